//! Timeline interactions driven headless with `egui_kittest`: zoom, pan,
//! fit, keyboard navigation between events and lanes, search, and
//! collapsing empty periods.

// Test helpers may panic: a panic is a test failure.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use dateline::state::axis::TimeWindow;
use dateline::state::{AppState, Command};
use dateline::ui::DatelineApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn harness() -> Harness<'static, DatelineApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .with_max_steps(30)
        .build_ui_state(
            |ui, app: &mut DatelineApp| app.show(ui),
            DatelineApp::with_sample(),
        );
    harness.run();
    harness
}

fn window(h: &Harness<'_, DatelineApp>) -> TimeWindow {
    h.state().state().window.expect("a window is set")
}

fn span(w: TimeWindow) -> f64 {
    w.max_day - w.min_day
}

/// A point inside the plot area, away from lane labels.
fn plot_point(h: &Harness<'_, DatelineApp>) -> egui::Pos2 {
    let _ = h;
    egui::pos2(700.0, 300.0)
}

#[test]
fn plus_and_minus_zoom_and_f_fits() {
    let mut h = harness();
    let fitted = window(&h);
    h.key_press(egui::Key::Plus);
    h.run();
    let zoomed = window(&h);
    assert!(
        (span(fitted) / span(zoomed) - 1.5).abs() < 1e-6,
        "{fitted:?} -> {zoomed:?}"
    );
    let mid = |w: TimeWindow| f64::midpoint(w.min_day, w.max_day);
    assert!(
        (mid(fitted) - mid(zoomed)).abs() < 1e-6,
        "zooms around the centre"
    );
    h.key_press(egui::Key::Minus);
    h.key_press(egui::Key::Minus);
    h.run();
    assert!(span(window(&h)) > span(fitted));
    h.key_press(egui::Key::F);
    h.run();
    assert_eq!(window(&h), fitted);
}

#[test]
fn wheel_zooms_time_around_the_pointer() {
    let mut h = harness();
    let before = window(&h);
    let pos = plot_point(&h);
    h.hover_at(pos);
    h.run();
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, 120.0),
        modifiers: egui::Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    h.run();
    let after = window(&h);
    assert!(span(after) < span(before) * 0.95, "{before:?} -> {after:?}");
    assert!(after.min_day > before.min_day && after.max_day < before.max_day);
}

#[test]
fn dragging_pans_time_only() {
    let mut h = harness();
    h.key_press(egui::Key::Plus);
    h.key_press(egui::Key::Plus);
    h.run();
    let before = window(&h);
    let start = plot_point(&h);
    h.hover_at(start);
    h.event(egui::Event::PointerButton {
        pos: start,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    h.step();
    for dx in [20.0, 60.0, 120.0] {
        h.event(egui::Event::PointerMoved(start + egui::vec2(dx, 15.0)));
        h.step();
    }
    h.event(egui::Event::PointerButton {
        pos: start + egui::vec2(120.0, 15.0),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
    let after = window(&h);
    assert!(
        after.min_day < before.min_day,
        "dragging right shows earlier time"
    );
    assert!(
        (span(after) - span(before)).abs() < 1e-6,
        "panning keeps the zoom"
    );
}

#[test]
fn tab_moves_between_lanes_and_arrows_between_events() {
    let mut h = harness();
    h.key_press(egui::Key::ArrowRight);
    h.run();
    let first = h.state().state().selected_index().unwrap();
    let lane_of = |h: &Harness<'_, DatelineApp>| {
        let s = h.state().state();
        s.layout.lane_of(s.selected_index().unwrap()).unwrap()
    };
    let lane = lane_of(&h);
    h.key_press(egui::Key::Tab);
    h.run();
    assert_ne!(h.state().state().selected_index(), Some(first));
    assert_eq!(
        lane_of(&h),
        (lane + 1) % h.state().state().layout.lanes.len()
    );
    h.key_press(egui::Key::ArrowRight);
    h.run();
    let passage = {
        let s = h.state().state();
        let e = s.selected_event().unwrap();
        e.passage(&s.article_of(e).unwrap().text).to_owned()
    };
    h.get_by_label(&passage);
}

#[test]
fn search_filters_events_and_counts_update() {
    let mut h = harness();
    let total = h.state().state().timeline.len();
    h.get_by_label(&format!("Showing {total} of {total} events"));
    h.get_by_label("Search").click();
    h.run();
    h.get_by_label("Search").type_text("Gabon");
    h.run();
    let shown = h.state().state().layout.shown;
    assert!(shown > 0 && shown < total, "{shown} of {total}");
    h.get_by_label(&format!("Showing {shown} of {total} events"));
    // Every shown event mentions Gabon somewhere (label, passage or title).
    let s = h.state().state();
    for &i in &s.layout.shown_events {
        let e = s.timeline.get(i as usize).unwrap();
        let a = s.article_of(e).unwrap();
        let hay = format!("{} {} {}", e.label, e.passage(&a.text), a.title).to_lowercase();
        assert!(hay.contains("gabon"), "{hay}");
    }
    h.get_by_label("Clear filters").click();
    h.run();
    assert_eq!(h.state().state().layout.shown, total);
}

/// Screen x of event `index`'s mark, once selected.
fn mark_x(h: &mut Harness<'_, DatelineApp>, index: usize) -> f32 {
    h.state_mut().apply(Command::Select(Some(index)));
    h.run();
    h.state().last_mark_position().expect("the mark is drawn").x
}

#[test]
fn collapsing_empty_periods_from_the_view_menu_and_g() {
    let mut h = harness();
    assert!(!h.state().state().prefs.collapse_gaps, "off by default");
    assert!(h.query_by_label_contains("No events:").is_none());
    // The sample has nothing between 2001 and 2008: find the events either
    // side of that stretch (short ones, whose marks sit at their dates).
    let (before, after, gap) = {
        let mut s = AppState::sample();
        s.apply(Command::SetCollapseGaps(true));
        let gap = *s
            .gap_axis()
            .gaps()
            .iter()
            .find(|g| g.describe().contains("2001 – 2008"))
            .expect("the sample has a gap in the 2000s");
        let short = |i: usize| {
            let (a, b) = s.timeline.days(i).unwrap();
            (b - a < 400.0).then_some((a, b))
        };
        let before = (0..s.timeline.len())
            .find(|&i| short(i).is_some_and(|(_, b)| (b + 1.0 - gap.start_day).abs() < 0.5))
            .unwrap();
        let after = (0..s.timeline.len())
            .find(|&i| short(i).is_some_and(|(a, _)| (a - gap.end_day).abs() < 0.5))
            .unwrap();
        (before, after, gap)
    };
    let apart_before = mark_x(&mut h, after) - mark_x(&mut h, before);
    let window_before = window(&h);

    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Collapse empty periods (G)").click();
    h.run();
    assert!(h.state().state().prefs.collapse_gaps);
    assert_eq!(h.state().state().gap_axis().gaps().len(), 5);
    h.get_by_label(&gap.describe());
    assert_eq!(window(&h), window_before, "the same dates stay in view");
    let apart_after = mark_x(&mut h, after) - mark_x(&mut h, before);
    assert!(
        apart_after < apart_before / 2.0,
        "{apart_before} px apart, then {apart_after} px"
    );

    // Zoom, arrows and fit still work on the squeezed axis.
    let on_axis = |h: &Harness<'_, DatelineApp>| {
        let axis = h.state().state().gap_axis().clone();
        axis.window_to_x(window(h))
    };
    let fitted = on_axis(&h);
    h.key_press(egui::Key::Plus);
    h.run();
    assert!((span(fitted) / span(on_axis(&h)) - 1.5).abs() < 1e-6);
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert!(h.state().last_mark_position().is_some());
    h.key_press(egui::Key::F);
    h.run();
    // Fitted on the axis: the same margin either side of the events there.
    let (first, last) = h.state().state().timeline.extent_days().unwrap();
    let axis = h.state().state().gap_axis().clone();
    let shown = on_axis(&h);
    let left = axis.x_from_day(first as f64) - shown.min_day;
    let right = shown.max_day - axis.x_from_day(last as f64 + 1.0);
    assert!(left > 0.0 && (left - right).abs() < 1e-6, "{left} {right}");

    h.key_press(egui::Key::G);
    h.run();
    assert!(!h.state().state().prefs.collapse_gaps);
    assert!(h.state().state().gap_axis().is_identity());
    assert!(h.query_by_label_contains("No events:").is_none());
}

#[test]
fn arrow_keys_in_the_search_box_edit_text_instead_of_moving_the_selection() {
    let mut h = harness();
    h.key_press(egui::Key::ArrowRight);
    h.run();
    let first = h.state().state().selected_index();
    assert!(first.is_some(), "→ selects an event");
    h.get_by_label("Search").click();
    h.run();
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert_eq!(h.state().state().selected_index(), first);
}
