//! Crash recovery in the window: unsaved corrections are autosaved to a
//! recovery file after a minute, the file goes away once the work is
//! saved, and a recovery file left by a crashed run is offered back on
//! the next start (restored with its corrections unsaved, or set aside).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::{Path, PathBuf};

use dateline::io::Workspace;
use dateline::io::load_bytes;
use dateline::model::Change;
use dateline::state::loader::LoadedArticle;
use dateline::state::recovery::recovery_path;
use dateline::state::{AppState, Command};
use dateline::ui::DatelineApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const ARTICLE: &str = "date 2023-07-27 Coup in Niger - Wire\nCoup in Niger\nSoldiers detained the president of Niger on Wednesday. The junta said it would rule until 2026.\n";

/// A process id that is not running (beyond Linux's `pid_max`).
const DEAD_PID: u32 = 4_000_000_000;

fn state_with_article() -> AppState {
    let file = load_bytes("/data/coup.txt", ARTICLE.as_bytes().to_vec()).unwrap();
    AppState::with_articles(LoadedArticle::from_file(file))
}

fn harness(app: DatelineApp) -> Harness<'static, DatelineApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(64)
        .build_ui_state(|ui, app: &mut DatelineApp| app.show(ui), app);
    h.run();
    h
}

/// Runs frames at clock time `t` seconds.
fn run_at(h: &mut Harness<'_, DatelineApp>, t: f64) {
    h.input_mut().time = Some(t);
    h.run();
}

/// Steps until background work (loading, writing) has settled.
fn settle(h: &mut Harness<'_, DatelineApp>, done: impl Fn(&DatelineApp) -> bool) {
    for _ in 0..500 {
        h.step();
        if done(h.state()) {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("background work did not finish");
}

fn wait_for(path: &Path, h: &mut Harness<'_, DatelineApp>, t: f64, exists: bool) {
    for _ in 0..500 {
        run_at(h, t);
        if path.exists() == exists {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!(
        "{} never {}",
        path.display(),
        if exists { "appeared" } else { "went away" }
    );
}

fn correct_first_event(h: &mut Harness<'_, DatelineApp>, new_date: &str) {
    h.state_mut().apply(Command::Select(Some(0)));
    h.state_mut().apply(Command::Correct(Change::Date {
        old: String::new(),
        new: new_date.to_owned(),
    }));
}

#[test]
fn unsaved_corrections_are_autosaved_after_a_minute_and_removed_once_saved() {
    let dir = tempfile::tempdir().unwrap();
    let app = DatelineApp::new(state_with_article()).with_recovery_dir(dir.path());
    let mut h = harness(app);
    let own = recovery_path(dir.path(), std::process::id());

    run_at(&mut h, 10.0);
    correct_first_event(&mut h, "2023-07-25");
    run_at(&mut h, 11.0);
    run_at(&mut h, 50.0);
    assert!(!own.exists(), "autosaved before a minute had passed");
    wait_for(&own, &mut h, 75.0, true);

    // The recovery file is a workspace holding the correction.
    let json = std::fs::read_to_string(&own).unwrap();
    let workspace = Workspace::from_json(&json, "r").unwrap();
    let loaded = workspace.into_loaded("r");
    assert_eq!(loaded.corrections.len(), 1);
    assert!(json.contains("2023-07-25"));

    // Saved: the recovery file is no longer needed.
    h.state_mut().apply(Command::MarkSaved);
    wait_for(&own, &mut h, 80.0, false);
}

fn leave_recovery_file(dir: &Path) -> PathBuf {
    let mut state = state_with_article();
    state.apply(Command::Select(Some(0)));
    state.apply(Command::Correct(Change::Label {
        old: String::new(),
        new: "Recovered label".to_owned(),
    }));
    let workspace = Workspace::new(
        &state.articles,
        state.extracted_events(),
        &state.corrections,
        &[],
    );
    let path = recovery_path(dir, DEAD_PID);
    std::fs::write(&path, workspace.to_json().unwrap()).unwrap();
    path
}

#[test]
fn a_left_over_recovery_file_is_offered_and_restored_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let left = leave_recovery_file(dir.path());
    let app = DatelineApp::new(AppState::default()).with_recovery_dir(dir.path());
    let mut h = harness(app);
    assert!(
        h.query_by_label_contains("Restore unsaved corrections?")
            .is_some()
    );
    h.get_by_label("Restore").click();
    // (One step: the restored workspace loads in the background while a
    // spinner keeps the frames coming, so `run` could reach its step limit
    // before the load is done.)
    h.step();
    settle(&mut h, |app| {
        app.state().loading.is_none() && !app.state().timeline.is_empty()
    });
    h.run();
    let state = h.state().state();
    assert_eq!(state.corrections.len(), 1);
    assert!(
        state
            .timeline
            .events()
            .iter()
            .any(|e| &*e.label == "Recovered label")
    );
    assert!(
        state.dirty,
        "restored corrections are not saved anywhere yet"
    );
    assert!(!left.exists(), "not offered again");
    let restored = dir.path().join(format!(
        "restored-{}",
        left.file_name().unwrap().to_string_lossy()
    ));
    assert!(restored.exists(), "kept on disk until saved elsewhere");
    assert!(
        h.query_by_label_contains("Restore unsaved corrections?")
            .is_none()
    );
}

#[test]
fn a_discarded_recovery_file_is_set_aside_not_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let left = leave_recovery_file(dir.path());
    let app = DatelineApp::new(AppState::default()).with_recovery_dir(dir.path());
    let mut h = harness(app);
    h.get_by_label("Discard").click();
    h.run();
    assert!(!left.exists());
    let aside = dir.path().join(format!(
        "discarded-{}",
        left.file_name().unwrap().to_string_lossy()
    ));
    assert!(aside.exists());
    assert!(h.state().state().articles.is_empty(), "nothing was opened");
    assert!(
        h.query_by_label_contains("Restore unsaved corrections?")
            .is_none()
    );
}
