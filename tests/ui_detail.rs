//! The detail panel, driven headless with `egui_kittest`: provenance,
//! corrections, undo/redo, adding events and other reports.

// Test helpers may panic: a panic is a test failure.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use dateline::state::{Command, EventKey};
use dateline::ui::DatelineApp;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn harness() -> Harness<'static, DatelineApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .with_max_steps(64)
        .build_ui_state(
            |ui, app: &mut DatelineApp| app.show(ui),
            DatelineApp::with_sample(),
        );
    harness.run();
    harness
}

/// Selects the first event whose date is `value` and returns its key.
fn select(h: &mut Harness<'_, DatelineApp>, value: &str) -> EventKey {
    let index = h
        .state()
        .state()
        .timeline
        .events()
        .iter()
        .position(|e| e.date.value == value)
        .unwrap_or_else(|| panic!("an event on {value}"));
    h.state_mut().apply(Command::Select(Some(index)));
    h.run();
    EventKey::of(h.state().state().selected_event().unwrap())
}

fn has_label_containing(h: &Harness<'_, DatelineApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// Replaces the text of the field labelled `label`.
fn replace_text(h: &mut Harness<'_, DatelineApp>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn click(h: &mut Harness<'_, DatelineApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

#[test]
fn selecting_an_event_shows_its_passage_and_explanation() {
    let mut h = harness();
    select(&mut h, "2023-07-26");
    let (passage, explanation) = {
        let state = h.state().state();
        let event = state.selected_event().unwrap();
        let article = state.article_of(event).unwrap();
        (
            event.passage(&article.text).to_owned(),
            event.explanation(&article.text).into_owned(),
        )
    };
    h.get_by_label(&passage);
    assert!(has_label_containing(&h, &explanation));
    assert!(has_label_containing(&h, "(day)"));
    assert!(has_label_containing(&h, "confidence"));
    h.get_by_label("Show in article");
    h.get_by_label("Copy citation");
    click(&mut h, "Show in article");
    h.get_by_label("Article text");
}

#[test]
fn correcting_a_date_shows_the_new_date_and_the_extractors() {
    let mut h = harness();
    let key = select(&mut h, "2023-07-26");
    replace_text(&mut h, "Date (EDTF)", "2023-07-25");
    click(&mut h, "Apply date");
    let state = h.state().state();
    let event = state.selected_event().unwrap();
    assert_eq!(EventKey::of(event), key);
    assert_eq!(event.date.value, "2023-07-25");
    assert!(state.dirty);
    assert!(has_label_containing(&h, "extractor said 2023-07-26"));
    assert!(has_label_containing(&h, "25 July 2023 (day)"));
    assert!(has_label_containing(&h, "date: 2023-07-26 → 2023-07-25"));
}

#[test]
fn an_invalid_date_shows_an_error_and_changes_nothing() {
    let mut h = harness();
    select(&mut h, "2023-07-26");
    replace_text(&mut h, "Date (EDTF)", "2023-13-40");
    click(&mut h, "Apply date");
    let state = h.state().state();
    assert_eq!(state.selected_event().unwrap().date.value, "2023-07-26");
    assert!(state.corrections.is_empty());
    assert!(!state.dirty);
    assert!(has_label_containing(&h, "not a valid EDTF date"));
}

#[test]
fn rejecting_hides_an_event_and_restoring_brings_it_back() {
    let mut h = harness();
    let key = select(&mut h, "2023-07-26");
    let n = h.state().state().timeline.len();
    let shown = h.state().state().layout.shown;
    click(&mut h, "Reject event");
    let state = h.state().state();
    assert_eq!(state.timeline.len(), n - 1);
    assert_eq!(state.layout.shown, shown - 1);
    assert_eq!(state.rejected_events().len(), 1);
    assert!(has_label_containing(&h, "Rejected: hidden"));
    // Listed in View ▸ Rejected events (1).
    click(&mut h, "View");
    click(&mut h, "Rejected events (1)");
    assert!(h.query_all_by_label("Restore").next().is_some());
    click(&mut h, "Restore");
    let state = h.state().state();
    assert_eq!(state.timeline.len(), n);
    assert_eq!(state.layout.shown, shown);
    assert_eq!(EventKey::of(state.selected_event().unwrap()), key);
}

#[test]
fn undo_and_redo_with_the_keyboard() {
    let mut h = harness();
    select(&mut h, "2023-07-26");
    replace_text(&mut h, "Label", "Bazoum detained by guard");
    click(&mut h, "Apply label");
    assert_eq!(
        &*h.state().state().selected_event().unwrap().label,
        "Bazoum detained by guard"
    );
    // Leave the text field so the shortcut goes to the app.
    h.key_press(Key::Escape);
    h.run();
    let index = h
        .state()
        .state()
        .timeline
        .events()
        .iter()
        .position(|e| &*e.label == "Bazoum detained by guard");
    h.state_mut().apply(Command::Select(index));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    let label = h
        .state()
        .state()
        .selected_event()
        .unwrap()
        .label
        .to_string();
    assert_ne!(label, "Bazoum detained by guard");
    assert!(h.state().state().corrections.is_empty());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(
        &*h.state().state().selected_event().unwrap().label,
        "Bazoum detained by guard"
    );
    click(&mut h, "Undo correction");
    assert_eq!(*h.state().state().selected_event().unwrap().label, *label);
    click(&mut h, "Redo correction");
    assert_eq!(h.state().state().corrections.len(), 1);
}

#[test]
fn adding_an_event_from_the_article_view() {
    let mut h = harness();
    select(&mut h, "2023-07-26");
    let n = h.state().state().timeline.len();
    click(&mut h, "Show in article");
    // Select the first word of the article text by double-clicking it is
    // fiddly headless; select all instead, then add.
    h.get_by_label("Article text").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    assert!(has_label_containing(&h, "Selected:"));
    replace_text(&mut h, "New event date (EDTF)", "2023-08");
    replace_text(&mut h, "New event label", "Whole article");
    click(&mut h, "Add event from selection");
    let state = h.state().state();
    assert_eq!(state.timeline.len(), n + 1, "{:?}", state.correction_error);
    let event = state.selected_event().unwrap();
    assert_eq!(&*event.label, "Whole article");
    assert_eq!(event.date.value, "2023-08");
    assert!(has_label_containing(&h, "added by user"));
}

#[test]
fn other_reports_flag_the_burkina_faso_disagreement() {
    let mut h = harness();
    let index = h
        .state()
        .state()
        .timeline
        .events()
        .iter()
        .position(|e| {
            let state = h.state().state();
            e.date.value == "2022-01-24"
                && e.passage(&state.article_of(e).unwrap().text)
                    .contains("Powell")
        })
        .unwrap();
    h.state_mut().apply(Command::Select(Some(index)));
    h.run();
    assert!(has_label_containing(&h, "Other reports of this event"));
    assert!(has_label_containing(&h, "23 January 2022 —"));
    assert!(has_label_containing(
        &h,
        "Sources disagree on the date: 24 January 2022 vs 23 January 2022"
    ));
}
