//! Every input format, read through the one entry point `io::load_file`
//! from the fixtures in `tests/data/formats/` and `sample_data/`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use dateline::io::{LoadedFile, SourceFormat, load_file};
use dateline::model::{Event, Precision};
use dateline::state::loader::load_path;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/formats")
        .join(name)
}

fn load(path: &Path) -> LoadedFile {
    load_file(path).unwrap_or_else(|e| panic!("{e}"))
}

/// Every span of every event lies on char boundaries of its article.
fn assert_spans_valid(file: &LoadedFile) {
    for a in &file.articles {
        for e in a.events.iter().flatten() {
            assert!(a.article.text.get(e.expr_span.clone()).is_some(), "{e:?}");
            assert!(
                a.article.text.get(e.passage_span.clone()).is_some(),
                "{e:?}"
            );
            assert!(
                e.passage_span.start <= e.expr_span.start && e.expr_span.end <= e.passage_span.end
            );
            assert_eq!(e.article, 0);
        }
    }
}

#[test]
fn article_text_format_and_plain_text() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_data/articles");
    let file = load(&dir.join("08_niger_coup_2023.txt"));
    assert_eq!(file.format, SourceFormat::ArticleText);
    assert!(file.articles[0].article.date.is_some());
    assert!(
        file.articles[0].events.is_none(),
        "text articles go to the tagger"
    );
    assert_eq!(file.warnings().count(), 0);
}

#[test]
fn html_news_page() {
    let file = load(&fixture("news_page.html"));
    assert_eq!(file.format, SourceFormat::Html);
    assert_eq!(
        file.warnings().count(),
        0,
        "{:?}",
        file.warnings().collect::<Vec<_>>()
    );
    let a = &file.articles[0].article;
    assert_eq!(a.title, "Niger: presidential guard detains Bazoum");
    assert_eq!(a.publisher, "Dateline Sample Gazette");
    assert_eq!(a.date, NaiveDate::from_ymd_opt(2023, 7, 27));
    let paragraphs: Vec<&str> = a.text.trim_end().split("\n\n").collect();
    assert_eq!(
        paragraphs,
        [
            "Niger: presidential guard detains Bazoum",
            "NIAMEY \u{2014} Members of Niger's presidential guard detained President Mohamed Bazoum \
             on Wednesday, and officers appeared on state television that night to say they had \
             removed him.",
            "General Abdourahamane Tchiani was named head of a transitional council two days later.",
            "Niamey, 26 July 2023.",
            "It is the fifth successful coup in the country since independence in 1960.",
        ]
    );
    for boilerplate in [
        "analytics",
        "Archive",
        "Related",
        "Most read",
        "Newsletter",
        "Share",
        "\u{a9}",
    ] {
        assert!(!a.text.contains(boilerplate), "{boilerplate}");
    }
    // The tagger runs on the extracted text, anchored at the meta date.
    let loaded = load_path(&fixture("news_page.html")).unwrap();
    let events = &loaded[0].events;
    let wednesday = events
        .iter()
        .find(|e| e.expr(&a.text) == "Wednesday")
        .expect("Wednesday found");
    assert_eq!(wednesday.date.value, "2023-07-26");
}

fn values(events: &[Event]) -> Vec<(&str, Option<&str>)> {
    events
        .iter()
        .map(|e| (e.date.value.as_str(), e.group.as_deref()))
        .collect()
}

#[test]
fn timelinejs_json() {
    let file = load(&fixture("timeline.json"));
    assert_eq!(file.format, SourceFormat::TimelineJsJson);
    assert_spans_valid(&file);
    let loaded = &file.articles[0];
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.article.title, "Niger's coups since independence");
    let events = loaded.events.as_ref().unwrap();
    assert_eq!(
        values(events),
        [
            ("1960-08-03", Some("Niger")),
            ("1974-04-15", Some("Niger")),
            ("1996-01", Some("Niger")),
            ("1999", Some("Niger")),
            ("2020-08-18/2023-08-30", Some("Region")),
            ("2023-07-26", Some("Niger")),
            ("2021/2021-03", None),
            ("1960/1974", None),
        ]
    );
    let precisions: Vec<_> = events.iter().map(|e| e.date.precision).collect();
    assert_eq!(
        precisions[..5],
        [
            Precision::Day,
            Precision::Day,
            Precision::Month,
            Precision::Year,
            Precision::Interval
        ]
    );
    let text = &loaded.article.text;
    assert_eq!(events[4].expr(text), "August 2020 to August 2023");
    assert_eq!(
        events[3].passage(text),
        "1999 — Wanke's coup. Bare Mainassara is killed & the guard takes over."
    );
    assert_eq!(events[7].resolution.rule, "timelinejs_era");
    assert!(
        events[1]
            .explanation(text)
            .contains("year 1974, month 4, day 15")
    );
}

#[test]
fn timelinejs_sheet_csv() {
    let file = load(&fixture("timeline_sheet.csv"));
    assert_eq!(file.format, SourceFormat::TimelineJsCsv);
    assert_spans_valid(&file);
    let loaded = &file.articles[0];
    assert_eq!(loaded.article.title, "Coup belt 2020-2023");
    assert!(loaded.article.text.starts_with("Sample TimelineJS sheet"));
    let events = loaded.events.as_ref().unwrap();
    assert_eq!(
        values(events),
        [
            ("2020-08-18", Some("Mali")),
            ("2021-04-20", Some("Chad")),
            ("2021-09", Some("Guinea")),
            ("2022", Some("Burkina Faso")),
            ("2023-07-26/2023-08-30", Some("Region")),
            ("2020/2023", None),
        ]
    );
    assert_eq!(events[4].expr(&loaded.article.text), "July to August 2023");
    assert_eq!(loaded.warnings.len(), 1);
    assert!(loaded.warnings[0].contains("line 9") && loaded.warnings[0].contains("2023-02-30"));
    assert!(loaded.warnings[0].ends_with("timeline_sheet.csv"));
}

#[test]
fn plain_events_csv() {
    let file = load(&fixture("events.csv"));
    assert_eq!(file.format, SourceFormat::EventsCsv);
    assert_spans_valid(&file);
    let loaded = &file.articles[0];
    let events = loaded.events.as_ref().unwrap();
    assert_eq!(
        values(events),
        [
            ("2023-07-26", Some("Niger")),
            ("2023-08", Some("Gabon")),
            ("2020/2023-08-30", Some("Region")),
            ("1974-04-15", Some("Niger")),
        ]
    );
    assert_eq!(&*events[0].label, "Guard detains Bazoum");
    assert_eq!(
        events[0].passage(&loaded.article.text),
        "2023-07-26 — Guard detains Bazoum. Members of the presidential guard detained the \
         president. Source: Sample wire."
    );
}

#[test]
fn coups_csv_is_a_structured_source() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_data/coups.csv");
    let file = load(&path);
    assert_eq!(file.format, SourceFormat::EventsCsv);
    assert_spans_valid(&file);
    let events = file.articles[0].events.as_ref().unwrap();
    assert_eq!(events.len(), 17);
    let kountche = events
        .iter()
        .find(|e| e.date.value == "1974-04-15")
        .unwrap();
    assert_eq!(
        &*kountche.label,
        "Niger: successful coup (Seyni Kountche ousts Hamani Diori)"
    );
    assert_eq!(kountche.group.as_deref(), Some("Niger"));
    let groups: std::collections::BTreeSet<_> =
        events.iter().filter_map(|e| e.group.as_deref()).collect();
    assert_eq!(
        groups.into_iter().collect::<Vec<_>>(),
        [
            "Burkina Faso",
            "Chad",
            "Gabon",
            "Guinea",
            "Mali",
            "Niger",
            "Sudan"
        ]
    );
}
