//! Snapshot of the timeline view-model (lanes, marks, clusters, bands) for
//! a fixed synthetic timeline at decade, year and day zoom, so any change
//! to layout or clustering shows up as a reviewable diff; and the decade
//! view again with long empty periods squeezed.

// Test helpers may panic: a panic is a test failure.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::fmt::Write as _;

use chrono::NaiveDate;
use dateline::model::date::{date_from_day_number, day_number};
use dateline::model::{Event, EventDate, Precision, Resolution, Timeline};
use dateline::state::axis::TimeWindow;
use dateline::state::gaps::GapAxis;
use dateline::state::layout::{LaneSettings, Layout};
use dateline::state::view::{FrameView, build_frame, build_frame_on};
use dateline::state::views::Filter;

fn event(country: &str, date: EventDate) -> Event {
    Event {
        article: 0,
        date,
        expr_span: 0..1,
        passage_span: 0..1,
        label: "".into(),
        places: vec![country.to_owned()].into(),
        group: None,
        resolution: Resolution {
            rule: "test",
            anchor: None,
            explanation: String::new().into(),
            confidence: 1.0,
        },
    }
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn timeline() -> Timeline {
    let mut events = vec![
        event("Niger", EventDate::day(d(1974, 4, 15))),
        event("Niger", EventDate::day(d(1996, 1, 27))),
        event("Niger", EventDate::day(d(1999, 4, 9))),
        event("Niger", EventDate::day(d(2010, 2, 18))),
        event("Niger", EventDate::day(d(2023, 7, 26))),
        event("Niger", EventDate::day(d(2023, 7, 27))),
        event("Niger", EventDate::year(2021).unwrap().approximate()),
        event(
            "Niger",
            EventDate::day_range(d(2020, 1, 1), d(2023, 7, 27), Precision::Interval).unwrap(),
        ),
        event("Mali", EventDate::day(d(2020, 8, 18))),
        event("Mali", EventDate::day(d(2021, 5, 24))),
        event("Mali", EventDate::month(2021, 5).unwrap()),
        event("Gabon", EventDate::day(d(2023, 8, 30))),
        event("Gabon", EventDate::day(d(2023, 8, 30))),
        event("Gabon", EventDate::decade(1960).unwrap()),
    ];
    events.extend((0..30).map(|i| {
        event(
            "Burkina Faso",
            EventDate::day(d(2022, 1, 1) + chrono::Days::new(i)),
        )
    }));
    Timeline::new(events)
}

fn iso(day: f64) -> String {
    date_from_day_number(day.floor() as i64).map_or_else(|| "?".into(), |d| d.to_string())
}

fn render(frame: &FrameView) -> String {
    let mut out = String::new();
    for (i, lane) in frame.lanes.iter().enumerate() {
        writeln!(out, "lane {i} {:?} ({} events)", lane.name, lane.count).unwrap();
        for m in frame.marks.iter().filter(|m| m.lane == i) {
            writeln!(
                out,
                "  mark {:?} {}..{} approx={} selected={}",
                m.kind,
                iso(m.start),
                iso(m.end - 1.0),
                m.approximate,
                m.selected
            )
            .unwrap();
        }
        for c in frame.clusters.iter().filter(|c| c.lane == i) {
            writeln!(
                out,
                "  cluster {} events {}..{}",
                c.count,
                iso(c.start),
                iso(c.end - 1.0)
            )
            .unwrap();
        }
        let bands = frame.coverage.iter().filter(|c| c.lane == i).count();
        if bands > 0 {
            writeln!(out, "  {bands} coverage runs").unwrap();
        }
    }
    for gap in &frame.gaps {
        writeln!(
            out,
            "gap {}..{} {:?}",
            iso(gap.start_day),
            iso(gap.end_day - 1.0),
            gap.describe()
        )
        .unwrap();
    }
    writeln!(
        out,
        "in window: {}; density total: {}",
        frame.in_window,
        frame.density.iter().sum::<u32>()
    )
    .unwrap();
    out
}

fn frame_for(from: NaiveDate, to: NaiveDate, selected: Option<usize>) -> String {
    let tl = timeline();
    let layout = Layout::build(&tl, &[], &[], &LaneSettings::default(), &Filter::default());
    let window = TimeWindow {
        min_day: day_number(from) as f64,
        max_day: day_number(to) as f64,
    };
    render(&build_frame(&tl, &layout, window, 1000.0, selected))
}

/// The frame with gap collapsing on, as the app builds it: gaps found
/// among the shown events.
fn squeezed_frame_for(from: NaiveDate, to: NaiveDate) -> String {
    let tl = timeline();
    let layout = Layout::build(&tl, &[], &[], &LaneSettings::default(), &Filter::default());
    let axis = GapAxis::from_intervals(
        layout
            .shown_events
            .iter()
            .filter_map(|&i| tl.days(i as usize)),
    );
    let window = TimeWindow {
        min_day: day_number(from) as f64,
        max_day: day_number(to) as f64,
    };
    render(&build_frame_on(&tl, &layout, window, 1000.0, None, &axis))
}

#[test]
fn decades_view() {
    insta::assert_snapshot!(frame_for(d(1955, 1, 1), d(2025, 1, 1), None));
}

#[test]
fn year_view_with_selection() {
    insta::assert_snapshot!(frame_for(d(2021, 9, 1), d(2022, 3, 1), Some(20)));
}

#[test]
fn day_view() {
    insta::assert_snapshot!(frame_for(d(2023, 7, 20), d(2023, 9, 5), None));
}

#[test]
fn decades_view_with_gaps_collapsed() {
    insta::assert_snapshot!(squeezed_frame_for(d(1955, 1, 1), d(2025, 1, 1)));
}
