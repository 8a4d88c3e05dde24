//! The window, driven headless with `egui_kittest`: selecting an event shows
//! its passage in the detail panel.

// Test helpers may panic: a panic is a test failure.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use dateline::ui::DatelineApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn harness() -> Harness<'static, DatelineApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .build_ui_state(
            |ui, app: &mut DatelineApp| app.show(ui),
            DatelineApp::with_sample(),
        );
    harness.run();
    harness
}

fn selected_passage(harness: &Harness<'_, DatelineApp>) -> String {
    let app = harness.state();
    let event = app.state().selected_event().expect("an event is selected");
    let article = app.state().article_of(event).unwrap();
    event.passage(&article.text).to_owned()
}

#[test]
fn clicking_an_event_in_the_list_shows_its_passage() {
    let mut harness = harness();
    assert!(harness.state().state().selected_event().is_none());
    assert!(harness.query_by_label_contains("Click an event").is_some());

    let target = 3;
    let (row_label, expected_passage) = {
        let state = harness.state().state();
        let event = state.timeline.get(target).unwrap();
        let article = state.article_of(event).unwrap();
        (
            format!("{}  {}", event.date.value, event.label),
            event.passage(&article.text).to_owned(),
        )
    };
    harness.get_by_label(&row_label).click();
    harness.run();

    assert_eq!(harness.state().state().selected_index(), Some(target));
    assert_eq!(selected_passage(&harness), expected_passage);
    // The detail panel shows the passage as one label.
    harness.get_by_label(&expected_passage);
    assert!(harness.query_by_label_contains("Click an event").is_none());
}

#[test]
fn arrow_keys_step_through_time_and_escape_clears() {
    let mut harness = harness();
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(harness.state().state().selected_index(), Some(0));
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(harness.state().state().selected_index(), Some(1));
    let passage = selected_passage(&harness);
    harness.get_by_label(&passage);
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().state().selected_event().is_none());
}

#[test]
fn clicking_a_mark_on_the_timeline_selects_it() {
    let mut harness = harness();
    // Select with the keyboard first so we know a mark's lane, then click
    // on empty plot space to clear, then on the mark itself.
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    let pos = harness
        .state()
        .last_mark_position()
        .expect("the selected mark was drawn");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().state().selected_event().is_none());
    harness.hover_at(pos);
    harness.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
    let selected = harness
        .state()
        .state()
        .selected_event()
        .expect("click selected a mark");
    assert!(
        selected
            .passage(&harness.state().state().article_of(selected).unwrap().text)
            .len()
            > 5
    );
}
