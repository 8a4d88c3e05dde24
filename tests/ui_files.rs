//! Opening and saving through the window (typed paths, never the system
//! dialog): the timeline fills in from a background load, and the saved
//! workspace reads back.

// Test helpers may panic: a panic is a test failure.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::time::{Duration, Instant};

use dateline::state::AppState;
use dateline::ui::DatelineApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const ARTICLE: &str = "date 2023-08-31 Officers Seize Power in Gabon - Test Wire\n\
Officers Seize Power in Gabon\n\n\
Army officers in Libreville announced on Wednesday that they had taken power, \
hours after the election result of August 26 was read out.\n";

fn harness() -> Harness<'static, DatelineApp> {
    let app = DatelineApp::new(AppState::default()).with_typed_paths();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .with_max_steps(40)
        .build_ui_state(|ui, app: &mut DatelineApp| app.show(ui), app);
    harness.run();
    harness
}

/// Steps the UI until `done` holds (background work runs on threads).
fn wait_for(h: &mut Harness<'_, DatelineApp>, done: impl Fn(&DatelineApp) -> bool) {
    let start = Instant::now();
    while !done(h.state()) {
        assert!(start.elapsed() < Duration::from_secs(20), "timed out");
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    h.run();
}

fn type_into(h: &mut Harness<'_, DatelineApp>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn menu(h: &mut Harness<'_, DatelineApp>, top: &str, item: &str) {
    h.get_by_label(top).click();
    h.run();
    h.get_by_label(item).click();
    h.run();
}

#[test]
fn open_a_typed_path_then_save_and_reopen_the_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("gabon.txt");
    std::fs::write(&article, ARTICLE).unwrap();

    let mut h = harness();
    menu(&mut h, "File", "Open path…");
    type_into(&mut h, "Open path:", article.to_str().unwrap());
    h.get_by_label("Open").click();
    h.step();
    wait_for(&mut h, |app| {
        app.state().loading.is_none() && app.state().timeline.len() >= 2
    });
    let values: Vec<String> = h
        .state()
        .state()
        .timeline
        .events()
        .iter()
        .map(|e| e.date.value.to_string())
        .collect();
    assert!(values.contains(&"2023-08-30".to_owned()), "{values:?}");
    assert!(values.contains(&"2023-08-26".to_owned()), "{values:?}");
    assert_eq!(
        h.state().state().prefs.recent[0],
        article.display().to_string()
    );

    let saved = dir.path().join("work.dateline.json");
    menu(&mut h, "File", "Save workspace as…");
    type_into(&mut h, "Save workspace path:", saved.to_str().unwrap());
    h.get_by_label("Save workspace").click();
    h.step();
    wait_for(&mut h, |_| saved.exists());
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(
        text.contains("\"dateline-workspace\"") && text.contains("Officers Seize Power in Gabon")
    );

    // A fresh window opening the workspace shows the same events.
    let mut h2 = harness();
    menu(&mut h2, "File", "Open path…");
    type_into(&mut h2, "Open path:", saved.to_str().unwrap());
    h2.get_by_label("Open").click();
    h2.step();
    wait_for(&mut h2, |app| {
        app.state().loading.is_none() && !app.state().timeline.is_empty()
    });
    let reopened: Vec<String> = h2
        .state()
        .state()
        .timeline
        .events()
        .iter()
        .map(|e| e.date.value.to_string())
        .collect();
    assert_eq!(reopened, values);
}

#[test]
fn a_missing_path_is_reported_and_nothing_is_lost() {
    let app = DatelineApp::with_sample().with_typed_paths();
    let before = app.state().timeline.len();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .with_max_steps(40)
        .build_ui_state(|ui, app: &mut DatelineApp| app.show(ui), app);
    h.run();
    menu(&mut h, "File", "Open path…");
    type_into(&mut h, "Open path:", "/nonexistent/nowhere.txt");
    h.get_by_label("Open").click();
    h.step();
    wait_for(&mut h, |app| app.state().loading.is_none());
    let state = h.state().state();
    assert_eq!(state.timeline.len(), before);
    let error = state.last_error.clone().unwrap();
    assert!(error.contains("/nonexistent/nowhere.txt"), "{error}");
    h.get_by_label_contains("nowhere.txt");
}
