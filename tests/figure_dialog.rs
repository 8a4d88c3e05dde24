//! The Export figure dialog, driven headless with `egui_kittest`: it shows
//! a preview and saves the figure where the typed path says.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use dateline::state::AppState;
use dateline::ui::figure_dialog::FigureDialog;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

struct Fixture {
    dialog: FigureDialog,
    state: AppState,
}

/// Steps the harness until `done` holds (background jobs finish on other
/// threads), for at most a few seconds.
fn step_until(harness: &mut Harness<'_, Fixture>, done: impl Fn(&Harness<'_, Fixture>) -> bool) {
    let start = Instant::now();
    while !done(harness) {
        assert!(start.elapsed() < Duration::from_secs(20), "timed out");
        std::thread::sleep(Duration::from_millis(30));
        harness.step();
    }
}

#[test]
fn previews_and_saves_the_figure() {
    let mut dialog = FigureDialog::default();
    dialog.open(Some("Niger and the coup belt"));
    assert!(dialog.is_open());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1000.0, 900.0))
        .build_ui_state(
            |ui, f: &mut Fixture| f.dialog.ui(ui.ctx(), &f.state),
            Fixture {
                dialog,
                state: AppState::sample(),
            },
        );
    harness.step();
    harness.get_by_label("Export figure");
    // The summary appears when the figure is laid out; the preview image
    // (with its hover text) when rasterised.
    step_until(&mut harness, |h| {
        h.query_by_label_contains("sources").is_some()
            && h.query_by_label("Preparing the preview…").is_none()
    });

    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join("figure.svg");
    let field = harness.get_by_role_and_label(Role::TextInput, "Save as");
    field.focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    field.type_text(path.to_str().unwrap());
    harness.step();
    harness.get_by_label("Save").click();
    step_until(&mut harness, |h| {
        h.query_by_label_contains("Saved ").is_some()
    });
    let svg = std::fs::read_to_string(&path).unwrap();
    assert!(svg.contains("Niger and the coup belt"));

    // A path without a known extension is refused, with the reason.
    let field = harness.get_by_role_and_label(Role::TextInput, "Save as");
    field.focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    field.type_text("figure.jpeg");
    harness.step();
    harness.get_by_label("Save").click();
    harness.step();
    assert!(harness.query_by_label_contains(".svg or .png").is_some());
}
