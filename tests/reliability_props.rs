//! Property tests for never losing or changing work: a workspace the app
//! writes (with any corrections) reads back to the same state and writes
//! back byte for byte; extraction does not depend on file order or on how
//! many threads run; time↔x mapping round-trips.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    // `.to_string()` on values and labels keeps these tests independent of
    // how the event stores them.
    clippy::implicit_clone
)]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

use dateline::io::{Workspace, load_bytes};
use dateline::model::Change;
use dateline::state::axis::{TimeWindow, time_from_x, x_from_time};
use dateline::state::loader::{LoadMessage, LoadedArticle, load_files};
use dateline::state::{AppState, Command};
use proptest::prelude::*;

/// Sentences with dates of every kind the tagger reads, and some without.
const SENTENCES: &[&str] = &[
    "Soldiers detained the president of Niger on Wednesday.",
    "The junta in Mali took power in August 2020.",
    "Burkina Faso's army seized power on 24 January 2022.",
    "Two years ago, Guinea's president was ousted.",
    "Niger has been under military rule since 2023.",
    "From 1974 to 1987 Seyni Kountché ruled Niger.",
    "The 1990s brought multiparty elections to the region.",
    "Last week the ECOWAS summit met in Abuja.",
    "Sudan's generals fell out in April.",
    "The transition should end by 2026-03-31.",
    "Nobody expected a coup.",
    "Officials said 1,100 troops remained for three years.",
];

fn article_text(date: &str, sentences: &[usize]) -> String {
    let body: Vec<&str> = sentences
        .iter()
        .map(|&i| SENTENCES[i % SENTENCES.len()])
        .collect();
    format!("date {date} Report - Wire\nReport\n{}\n", body.join(" "))
}

fn state_from(files: &[(String, String)]) -> AppState {
    let loaded: Vec<LoadedArticle> = files
        .iter()
        .flat_map(|(name, text)| {
            LoadedArticle::from_file(load_bytes(name, text.clone().into_bytes()).unwrap())
        })
        .collect();
    AppState::with_articles(loaded)
}

fn workspace_json(state: &AppState) -> String {
    Workspace::new(
        &state.articles,
        state.extracted_events(),
        &state.corrections,
        &state.prefs.saved_views,
    )
    .to_json()
    .unwrap()
}

/// What a user sees of the timeline: per event its article, span, date
/// value, label and lane group.
fn visible(state: &AppState) -> Vec<(String, usize, String, String, Option<String>)> {
    let mut out: Vec<_> = state
        .timeline
        .events()
        .iter()
        .map(|e| {
            (
                state.articles[e.article].path.clone(),
                e.expr_span.start,
                e.date.value.to_string(),
                e.label.to_string(),
                e.group.as_deref().map(str::to_owned),
            )
        })
        .collect();
    out.sort();
    out
}

#[derive(Debug, Clone)]
enum Edit {
    Date(usize, i32, u32),
    Label(usize, String),
    Lane(usize, String),
    Reject(usize),
    Undo,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1950..2030i32, 1..=12u32).prop_map(|(i, y, m)| Edit::Date(i, y, m)),
        (any::<usize>(), "[A-Za-z ]{1,20}").prop_map(|(i, s)| Edit::Label(i, s)),
        (any::<usize>(), "[A-Z][a-z]{2,8}").prop_map(|(i, s)| Edit::Lane(i, s)),
        any::<usize>().prop_map(Edit::Reject),
        Just(Edit::Undo),
    ]
}

fn files() -> impl Strategy<Value = Vec<(String, String)>> {
    prop::collection::vec(
        (
            (2000..2026i32, 1..=12u32, 1..=28u32),
            prop::collection::vec(0..SENTENCES.len(), 1..6),
        ),
        1..5,
    )
    .prop_map(|articles| {
        articles
            .into_iter()
            .enumerate()
            .map(|(i, ((y, m, d), sentences))| {
                (
                    format!("a{i}.txt"),
                    article_text(&format!("{y:04}-{m:02}-{d:02}"), &sentences),
                )
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn a_workspace_the_app_writes_reads_back_identically(
        files in files(),
        edits in prop::collection::vec(edit(), 0..8),
    ) {
        let mut state = state_from(&files);
        for edit in edits {
            let n = state.timeline.len();
            if n == 0 {
                break;
            }
            let pick = |i: usize| Some(i % n);
            let change = match edit {
                Edit::Date(i, y, m) => {
                    state.apply(Command::Select(pick(i)));
                    Change::Date { old: String::new(), new: format!("{y:04}-{m:02}") }
                }
                Edit::Label(i, s) => {
                    state.apply(Command::Select(pick(i)));
                    Change::Label { old: String::new(), new: s }
                }
                Edit::Lane(i, s) => {
                    state.apply(Command::Select(pick(i)));
                    Change::Lane { old: None, new: s }
                }
                Edit::Reject(i) => {
                    state.apply(Command::Select(pick(i)));
                    Change::Reject
                }
                Edit::Undo => {
                    state.apply(Command::Undo);
                    continue;
                }
            };
            state.apply(Command::Correct(change));
        }
        let json = workspace_json(&state);
        let reread = state_from(&[("w.dateline.json".to_owned(), json.clone())]);
        prop_assert_eq!(workspace_json(&reread), json);
        prop_assert_eq!(visible(&reread), visible(&state));
        prop_assert_eq!(reread.rejected_events().len(), state.rejected_events().len());
    }

    #[test]
    fn time_and_x_round_trip(
        min in -40_000.0..40_000.0f64,
        span in 1.0..800_000.0f64,
        width in 50.0..4000.0f64,
        frac in 0.0..1.0f64,
    ) {
        let window = TimeWindow { min_day: min, max_day: min + span };
        let day = min + frac * span;
        let x = x_from_time(day, window, width);
        prop_assert!((-1e-6..=width + 1e-6).contains(&x));
        let back = time_from_x(x, window, width);
        prop_assert!((back - day).abs() <= span * 1e-9 + 1e-9, "{day} -> {x} -> {back}");
    }
}

/// Loads `paths` with `threads` worker threads; the events per file.
fn extract_with(paths: &[PathBuf], threads: usize) -> BTreeMap<String, Vec<String>> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    let messages = Mutex::new(Vec::new());
    pool.install(|| load_files(paths, &|m| messages.lock().unwrap().push(m)));
    let mut out = BTreeMap::new();
    for m in messages.into_inner().unwrap() {
        if let LoadMessage::Loaded(a) = m {
            let events = a
                .events
                .iter()
                .map(|e| {
                    format!(
                        "{:?} {} {} {}",
                        e.expr_span, e.date.value, e.label, e.resolution.confidence
                    )
                })
                .collect();
            out.insert(a.article.path.clone(), events);
        }
    }
    out
}

#[test]
fn extraction_does_not_depend_on_file_order_or_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths: Vec<PathBuf> = (0..24)
        .map(|i| {
            let path = dir.path().join(format!("f{i:02}.txt"));
            let sentences: Vec<usize> =
                (0..40).map(|k| (i * 7 + k * 5) % SENTENCES.len()).collect();
            let date = format!("20{:02}-0{}-1{}", 10 + i % 15, 1 + i % 9, i % 10);
            std::fs::write(&path, article_text(&date, &sentences)).unwrap();
            path
        })
        .collect();
    // One long article too, so the tagger's in-file parallel path runs.
    let big = dir.path().join("big.txt");
    let sentences: Vec<usize> = (0..12_000).map(|k| k * 7 % SENTENCES.len()).collect();
    std::fs::write(&big, article_text("2024-05-06", &sentences)).unwrap();
    paths.push(big);

    let one = extract_with(&paths, 1);
    assert_eq!(one.len(), paths.len());
    assert!(one.values().all(|events| !events.is_empty()));
    let two = extract_with(&paths, 2);
    paths.reverse();
    let reversed = extract_with(&paths, 4);
    assert_eq!(one, two);
    assert_eq!(one, reversed);

    // And the state built from the files in either order shows the same
    // timeline.
    let read = |paths: &[PathBuf]| -> Vec<(String, String)> {
        paths
            .iter()
            .map(|p| (p.display().to_string(), std::fs::read_to_string(p).unwrap()))
            .collect()
    };
    let forward = state_from(&read(&paths));
    paths.reverse();
    let backward = state_from(&read(&paths));
    assert_eq!(visible(&forward), visible(&backward));
}
