//! Round trips: Dateline JSON → load → save is byte-identical; `TimelineJS`
//! JSON → load → export keeps every event, date and group; events CSV
//! export → load → export is stable.
//!
//! `tests/data/formats/workspace_v1.json` is a committed version-1
//! workspace. Regenerate it (only when the schema changes on purpose) with
//! `DATELINE_BLESS=1 cargo test --test io_round_trip`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::{Path, PathBuf};

use dateline::io::save::{export_events_csv, export_timelinejs, save_workspace};
use dateline::io::{LoadedFile, SourceFormat, Workspace, content_hash, load_file};
use dateline::model::{Article, Change, Correction, Event};
use dateline::state::loader::LoadedArticle;
use dateline::state::views::{Filter, LaneMode, SavedView};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/formats")
        .join(name)
}

/// Articles and events (indexed into the articles) as the app holds them.
fn collect(loaded: Vec<LoadedArticle>) -> (Vec<Article>, Vec<Event>) {
    let mut articles = Vec::new();
    let mut events = Vec::new();
    for item in loaded {
        let index = articles.len();
        events.extend(item.events.into_iter().map(|mut e| {
            e.article = index;
            e
        }));
        articles.push(item.article);
    }
    (articles, events)
}

fn collect_file(file: LoadedFile) -> (Vec<Article>, Vec<Event>, Vec<Correction>, Vec<SavedView>) {
    let corrections = file.corrections.clone();
    let views = file.views.clone();
    let (articles, events) = collect(LoadedArticle::from_file(file));
    (articles, events, corrections, views)
}

/// The workspace the fixture was made from: two sample articles, an HTML
/// page, a `TimelineJS` file and the coups table, with corrections and views.
fn build_workspace() -> Workspace {
    let mut loaded = Vec::new();
    for (name, text) in dateline::sample::ARTICLES.iter().take(2) {
        let article = dateline::io::parse_article(
            &format!("sample_data/articles/{name}"),
            (*text).to_owned(),
        )
        .unwrap();
        loaded.push(LoadedArticle::from_article(article, Vec::new()));
    }
    for path in [fixture("news_page.html"), fixture("timeline.json")] {
        let file = load_file(&path).unwrap();
        let mut items = LoadedArticle::from_file(file);
        for item in &mut items {
            item.article.path = format!(
                "tests/data/formats/{}",
                path.file_name().unwrap().to_str().unwrap()
            );
        }
        loaded.extend(items);
    }
    let (articles, events) = collect(loaded);
    let first = &events[0];
    let corrections = vec![
        Correction {
            article_hash: content_hash(&articles[first.article].text),
            span: first.expr_span.clone(),
            change: Change::Date {
                old: first.date.value.to_string(),
                new: "1960-08-03".into(),
            },
            at: "2024-02-01T09:00:00Z".into(),
        },
        Correction {
            article_hash: content_hash(&articles[1].text),
            span: 0..4,
            change: Change::Reject,
            at: "2024-02-01T09:05:00Z".into(),
        },
        Correction {
            article_hash: content_hash(&articles[2].text),
            span: 10..20,
            change: Change::Add {
                date: "2023-07-28".into(),
                label: "Tchiani named head of the council".into(),
            },
            at: "2024-02-01T09:10:00Z".into(),
        },
    ];
    let views = vec![
        SavedView {
            name: "Niger since 1960".into(),
            from: "1958".into(),
            to: "2025".into(),
            lane_mode: LaneMode::Country,
            filter: Filter {
                countries: vec!["Niger".into()],
                ..Filter::default()
            },
        },
        SavedView {
            name: "Coup belt".into(),
            from: "2020-06".into(),
            to: "2023-12".into(),
            lane_mode: LaneMode::Article,
            filter: Filter::default(),
        },
    ];
    Workspace::new(&articles, &events, &corrections, &views)
}

fn fixture_text() -> String {
    let path = fixture("workspace_v1.json");
    if std::env::var_os("DATELINE_BLESS").is_some() {
        std::fs::write(&path, build_workspace().to_json().unwrap()).unwrap();
    }
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{e}: run DATELINE_BLESS=1 cargo test --test io_round_trip"))
}

#[test]
fn workspace_fixture_covers_the_schema() {
    let text = fixture_text();
    let ws = Workspace::from_json(&text, "w.json").unwrap();
    assert_eq!((ws.format.as_str(), ws.version), ("dateline-workspace", 1));
    assert_eq!(ws.articles.len(), 4);
    assert!(ws.events.len() > 10);
    assert!(ws.events.iter().any(|e| e.group.is_some()));
    assert!(ws.articles.iter().any(|a| a.body.is_some()));
    assert_eq!(ws.corrections.len(), 3);
    assert_eq!(ws.views.len(), 2);
    for a in &ws.articles {
        assert_eq!(a.content_hash, content_hash(&a.text));
    }
}

#[test]
fn workspace_load_then_save_is_byte_identical() {
    let text = fixture_text();
    // Straight through the schema type.
    let ws = Workspace::from_json(&text, "w.json").unwrap();
    assert_eq!(ws.to_json().unwrap(), text);

    // Through the app's loading path and the atomic save.
    let file = load_file(&fixture("workspace_v1.json")).unwrap();
    assert_eq!(file.format, SourceFormat::Workspace);
    assert_eq!(file.warnings().count(), 0);
    let (articles, events, corrections, views) = collect_file(file);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("saved.json");
    save_workspace(
        &out,
        &Workspace::new(&articles, &events, &corrections, &views),
    )
    .unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), text);

    // And again from the saved copy.
    let again = collect_file(load_file(&out).unwrap());
    save_workspace(
        &out,
        &Workspace::new(&again.0, &again.1, &again.2, &again.3),
    )
    .unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), text);
}

#[test]
fn workspace_from_the_current_build_round_trips() {
    let ws = build_workspace();
    let json = ws.to_json().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("w.json");
    std::fs::write(&out, &json).unwrap();
    let (articles, events, corrections, views) = collect_file(load_file(&out).unwrap());
    assert_eq!(
        Workspace::new(&articles, &events, &corrections, &views)
            .to_json()
            .unwrap(),
        json
    );
}

/// (EDTF value, earliest, latest, group, label) of every event, sorted.
fn summary(events: &[Event]) -> Vec<(String, String, String, Option<String>, String)> {
    let mut out: Vec<_> = events
        .iter()
        .map(|e| {
            (
                e.date.value.to_string(),
                e.date.earliest.to_string(),
                e.date.latest.to_string(),
                e.group.as_deref().map(str::to_owned),
                e.label.to_string(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn timelinejs_load_then_export_keeps_every_event_date_and_group() {
    let original = load_file(&fixture("timeline.json")).unwrap();
    let (articles, events, _, _) = collect_file(original);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("export.json");
    export_timelinejs(&out, &articles[0].title, &articles, &events).unwrap();

    let exported: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(
        exported["title"]["text"]["headline"],
        "Niger's coups since independence"
    );
    assert_eq!(exported["events"].as_array().unwrap().len(), 7);
    assert_eq!(exported["eras"].as_array().unwrap().len(), 1);
    assert_eq!(
        exported["events"][1]["start_date"],
        serde_json::json!({"year": 1974, "month": 4, "day": 15})
    );
    assert_eq!(
        exported["events"][3]["start_date"],
        serde_json::json!({"year": 1999})
    );
    assert_eq!(
        exported["events"][4]["end_date"],
        serde_json::json!({"year": 2023, "month": 8, "day": 30})
    );
    assert_eq!(exported["events"][0]["group"], "Niger");
    assert_eq!(
        exported["events"][3]["text"]["text"],
        "<p>Bare Mainassara is killed &amp; the guard takes over.</p>"
    );

    let (articles2, events2, _, _) = collect_file(load_file(&out).unwrap());
    assert_eq!(summary(&events2), summary(&events));
    let eras = |evs: &[Event]| {
        evs.iter()
            .filter(|e| e.resolution.rule == "timelinejs_era")
            .count()
    };
    assert_eq!(eras(&events2), 1);
    // A second export of the re-read file is the same file.
    let out2 = dir.path().join("export2.json");
    export_timelinejs(&out2, &articles2[0].title, &articles2, &events2).unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&out2).unwrap());
}

#[test]
fn article_events_export_to_timelinejs_with_sources() {
    let article =
        dateline::io::parse_article("a.txt", dateline::sample::ARTICLES[7].1.to_owned()).unwrap();
    let (articles, events) = collect(vec![LoadedArticle::from_article(article, Vec::new())]);
    assert!(!events.is_empty());
    let json = dateline::io::timelinejs::export_json("Niger 2023", &articles, &events).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let slides = value["events"].as_array().unwrap();
    assert_eq!(slides.len(), events.len());
    assert!(slides.iter().all(|s| s["start_date"]["year"].is_i64()));
    assert!(
        slides
            .iter()
            .all(|s| s["text"]["text"].as_str().unwrap().contains("<em>"))
    );
    // Read back: same days covered.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.json");
    std::fs::write(&path, &json).unwrap();
    let (_, back, _, _) = collect_file(load_file(&path).unwrap());
    let days = |evs: &[Event]| {
        let mut d: Vec<_> = evs
            .iter()
            .map(|e| (e.date.earliest, e.date.latest))
            .collect();
        d.sort();
        d
    };
    assert_eq!(days(&back), days(&events));
}

#[test]
fn events_csv_export_then_load_is_stable() {
    let (articles, events, _, _) = collect_file(load_file(&fixture("events.csv")).unwrap());
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.csv");
    export_events_csv(&first, &articles, &events).unwrap();
    let text = std::fs::read_to_string(&first).unwrap();
    assert!(text.starts_with(
        "date,label,group,source,passage\n2023-07-26,Guard detains Bazoum,Niger,events,"
    ));
    let (articles2, events2, _, _) = collect_file(load_file(&first).unwrap());
    let key = |evs: &[Event]| {
        evs.iter()
            .map(|e| (e.date.value.clone(), e.label.clone(), e.group.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(key(&events2), key(&events));
    let second = dir.path().join("second.csv");
    export_events_csv(&second, &articles2, &events2).unwrap();
    let (_, events3, _, _) = collect_file(load_file(&second).unwrap());
    assert_eq!(key(&events3), key(&events));
}
