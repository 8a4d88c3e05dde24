//! Calendar maths for the time axis: time↔x mapping and tick generation.
//!
//! The x unit is the day number ([`crate::model::date::day_number`]: days
//! since 1970-01-01, as `f64`). Ticks fall on real calendar boundaries
//! (1 January, the first of a month, Mondays), never on "365.25-day" steps.

use chrono::{Datelike, NaiveDate};

use crate::model::date::{date_from_day_number, day_number};

/// A visible time window in day numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeWindow {
    pub min_day: f64,
    pub max_day: f64,
}

/// Screen x (pixels from the left edge) of a day number.
pub fn x_from_time(day: f64, window: TimeWindow, width_px: f64) -> f64 {
    let span = (window.max_day - window.min_day).max(f64::EPSILON);
    (day - window.min_day) / span * width_px
}

/// Day number at screen x; the inverse of [`x_from_time`].
pub fn time_from_x(x_px: f64, window: TimeWindow, width_px: f64) -> f64 {
    let span = window.max_day - window.min_day;
    window.min_day + x_px / width_px.max(f64::EPSILON) * span
}

/// The spacing between ticks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickStep {
    Days(i32),
    Months(i32),
    Years(i32),
}

impl TickStep {
    /// Approximate length in days (for choosing a step and for the plot grid).
    pub fn approx_days(self) -> f64 {
        match self {
            Self::Days(n) => f64::from(n),
            Self::Months(n) => f64::from(n) * 30.44,
            Self::Years(n) => f64::from(n) * 365.25,
        }
    }
}

const STEPS: &[TickStep] = &[
    TickStep::Days(1),
    TickStep::Days(2),
    TickStep::Days(7),
    TickStep::Months(1),
    TickStep::Months(3),
    TickStep::Months(6),
    TickStep::Years(1),
    TickStep::Years(2),
    TickStep::Years(5),
    TickStep::Years(10),
    TickStep::Years(20),
    TickStep::Years(50),
    TickStep::Years(100),
    TickStep::Years(200),
    TickStep::Years(500),
    TickStep::Years(1000),
];

impl TickStep {
    /// The step whose [`TickStep::approx_days`] is `days` (the inverse the
    /// plot's axis formatter needs, which only gets the step size back).
    pub fn from_approx_days(days: f64) -> Self {
        STEPS
            .iter()
            .copied()
            .find(|s| (s.approx_days() - days).abs() < 0.5)
            .unwrap_or(Self::Years(((days / 365.25).round() as i32).max(1)))
    }
}

/// The finest step that gives at most `max_ticks` ticks over `span_days`.
pub fn choose_step(span_days: f64, max_ticks: usize) -> TickStep {
    let max_ticks = max_ticks.max(1) as f64;
    STEPS
        .iter()
        .copied()
        .find(|s| span_days / s.approx_days() <= max_ticks)
        .unwrap_or(TickStep::Years(1000))
}

/// One tick: its day number, its step and its label.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub day: f64,
    pub step: TickStep,
    pub label: String,
}

/// Label of a tick at `date` for a given step.
pub fn tick_label(date: NaiveDate, step: TickStep) -> String {
    match step {
        TickStep::Years(_) => date.year().to_string(),
        TickStep::Months(_) => {
            if date.month() == 1 {
                date.year().to_string()
            } else {
                date.format("%b %Y").to_string()
            }
        }
        TickStep::Days(_) => date.format("%-d %b %Y").to_string(),
    }
}

/// Ticks on calendar boundaries inside `[min_day, max_day]`.
pub fn ticks(min_day: f64, max_day: f64, max_ticks: usize) -> Vec<Tick> {
    if !(min_day.is_finite() && max_day.is_finite()) || max_day <= min_day {
        return Vec::new();
    }
    let step = choose_step(max_day - min_day, max_ticks);
    ticks_with_step(min_day, max_day, step, max_ticks.saturating_mul(2) + 2)
}

/// Ticks of a given `step` inside `[min_day, max_day]`, trying at most
/// `limit` + 1 calendar boundaries from the one at or before `min_day`.
pub fn ticks_with_step(min_day: f64, max_day: f64, step: TickStep, limit: usize) -> Vec<Tick> {
    if !(min_day.is_finite() && max_day.is_finite()) || max_day < min_day {
        return Vec::new();
    }
    let Some(first) = date_from_day_number(min_day.floor() as i64) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut push = |date: NaiveDate| {
        let day = day_number(date) as f64;
        if day >= min_day && day <= max_day {
            out.push(Tick {
                day,
                step,
                label: tick_label(date, step),
            });
        }
    };
    match step {
        TickStep::Years(n) => {
            let mut year = first.year().div_euclid(n) * n;
            for _ in 0..=limit {
                let Some(date) = NaiveDate::from_ymd_opt(year, 1, 1) else {
                    break;
                };
                push(date);
                year += n;
            }
        }
        TickStep::Months(n) => {
            let month0 = i32::try_from(first.month0()).unwrap_or(0);
            let mut index = first.year() * 12 + month0.div_euclid(n) * n;
            for _ in 0..=limit {
                let Some(date) = NaiveDate::from_ymd_opt(
                    index.div_euclid(12),
                    u32::try_from(index.rem_euclid(12)).unwrap_or(0) + 1,
                    1,
                ) else {
                    break;
                };
                push(date);
                index += n;
            }
        }
        TickStep::Days(n) => {
            let mut day = min_day.floor() as i64;
            if n == 7 {
                // Align weeks on Mondays.
                day -= i64::from(first.weekday().num_days_from_monday());
            }
            for _ in 0..=limit {
                let Some(date) = date_from_day_number(day) else {
                    break;
                };
                push(date);
                day += i64::from(n);
            }
        }
    }
    out
}

/// The coarser unit shown above the tick labels, so the reader always
/// knows where they are: months over days and weeks, years over months,
/// decades over years, centuries over decades.
pub fn coarse_step(fine: TickStep) -> TickStep {
    match fine {
        TickStep::Days(_) => TickStep::Months(1),
        TickStep::Months(_) => TickStep::Years(1),
        TickStep::Years(n) if n < 10 => TickStep::Years(10),
        TickStep::Years(n) if n < 100 => TickStep::Years(100),
        TickStep::Years(_) => TickStep::Years(1000),
    }
}

/// Label of a coarse period starting at `date`: "July 2023", "2023",
/// "1990s", "1900s".
pub fn coarse_label(date: NaiveDate, step: TickStep) -> String {
    match step {
        TickStep::Days(_) | TickStep::Months(_) => date.format("%B %Y").to_string(),
        TickStep::Years(1) => date.year().to_string(),
        TickStep::Years(_) => format!("{}s", date.year()),
    }
}

/// The coarse row for a window whose fine ticks use `fine`: the start of
/// each coarse period inside the window, plus the period containing the
/// window's left edge (first, at `min_day`), so a label is always shown.
pub fn coarse_ticks(min_day: f64, max_day: f64, fine: TickStep) -> Vec<Tick> {
    let step = coarse_step(fine);
    let Some(first) = date_from_day_number(min_day.floor() as i64) else {
        return Vec::new();
    };
    let start = match step {
        TickStep::Months(_) => NaiveDate::from_ymd_opt(first.year(), first.month(), 1),
        TickStep::Years(n) => NaiveDate::from_ymd_opt(first.year().div_euclid(n) * n, 1, 1),
        TickStep::Days(_) => Some(first),
    };
    let Some(mut date) = start else {
        return Vec::new();
    };
    let mut out = vec![Tick {
        day: min_day,
        step,
        label: coarse_label(date, step),
    }];
    for _ in 0..64 {
        let next = match step {
            TickStep::Months(_) => date.checked_add_months(chrono::Months::new(1)),
            TickStep::Years(n) => NaiveDate::from_ymd_opt(date.year() + n, 1, 1),
            TickStep::Days(_) => None,
        };
        let Some(next) = next else { break };
        let day = day_number(next) as f64;
        if day > max_day {
            break;
        }
        out.push(Tick {
            day,
            step,
            label: coarse_label(next, step),
        });
        date = next;
    }
    out
}

/// Smallest window the timeline zooms to, in days.
pub const MIN_SPAN_DAYS: f64 = 1.0;
/// Largest window, in days (about 2,000 years).
pub const MAX_SPAN_DAYS: f64 = 2000.0 * 365.25;

/// The window zoomed by `factor` (above 1 zooms in) around `center_day`,
/// which stays at the same screen position.
pub fn zoom_window(window: TimeWindow, factor: f64, center_day: f64) -> TimeWindow {
    if !(factor.is_finite() && factor > 0.0 && center_day.is_finite()) {
        return window;
    }
    TimeWindow {
        min_day: center_day - (center_day - window.min_day) / factor,
        max_day: center_day + (window.max_day - center_day) / factor,
    }
}

/// The window to show: all of `extent` (first and last day numbers, with a
/// margin) when fitting or when the current window is unusable, else the
/// current window kept within the zoom limits around its centre.
pub fn constrain_window(current: TimeWindow, fit_to: Option<(i64, i64)>, fit: bool) -> TimeWindow {
    constrain_span(
        current,
        fit_to.map(|(first, last)| (first as f64, last as f64 + 1.0)),
        fit,
    )
}

/// [`constrain_window`] for any linear coordinate: `fit_to` is the start
/// and the (exclusive) end of the extent to fit, in the window's units.
pub fn constrain_span(current: TimeWindow, fit_to: Option<(f64, f64)>, fit: bool) -> TimeWindow {
    let usable = current.min_day.is_finite()
        && current.max_day.is_finite()
        && current.max_day > current.min_day;
    let mut window = current;
    if (fit || !usable)
        && let Some((first, end)) = fit_to
    {
        let pad = ((end - first - 1.0) * 0.04).max(15.0);
        window = TimeWindow {
            min_day: first - pad,
            max_day: end + pad,
        };
    }
    if !(window.min_day.is_finite() && window.max_day.is_finite()) {
        window = TimeWindow {
            min_day: 0.0,
            max_day: 365.0,
        };
    }
    let span = window.max_day - window.min_day;
    let clamped = span.clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
    if (clamped - span).abs() > f64::EPSILON {
        let mid = f64::midpoint(window.min_day, window.max_day);
        window = TimeWindow {
            min_day: mid - clamped / 2.0,
            max_day: mid + clamped / 2.0,
        };
    }
    window
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dn(y: i32, m: u32, d: u32) -> f64 {
        day_number(NaiveDate::from_ymd_opt(y, m, d).unwrap()) as f64
    }

    #[test]
    fn x_and_time_round_trip() {
        let w = TimeWindow {
            min_day: dn(1960, 1, 1),
            max_day: dn(2024, 1, 1),
        };
        for day in [w.min_day, dn(1974, 4, 15), w.max_day, w.max_day + 100.0] {
            let x = x_from_time(day, w, 1200.0);
            assert!((time_from_x(x, w, 1200.0) - day).abs() < 1e-6);
        }
        assert!(x_from_time(w.min_day, w, 1200.0).abs() < 1e-9);
        assert!((x_from_time(w.max_day, w, 1200.0) - 1200.0).abs() < 1e-9);
    }

    #[test]
    fn decades_at_overview_scale() {
        let t = ticks(dn(1955, 6, 1), dn(2025, 6, 1), 10);
        let labels: Vec<&str> = t.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(
            labels,
            vec!["1960", "1970", "1980", "1990", "2000", "2010", "2020"]
        );
        assert!(t.iter().all(|t| t.step == TickStep::Years(10)));
    }

    #[test]
    fn months_at_year_scale_and_days_at_week_scale() {
        let t = ticks(dn(2023, 1, 15), dn(2023, 12, 20), 12);
        assert_eq!(t[0].label, "Feb 2023");
        assert_eq!(t.len(), 11);
        let t = ticks(dn(2023, 7, 20), dn(2023, 7, 30), 12);
        assert_eq!(t[0].label, "20 Jul 2023");
        assert_eq!(t.last().unwrap().label, "30 Jul 2023");
    }

    #[test]
    fn leap_day_and_week_alignment() {
        let t = ticks(dn(2024, 2, 27), dn(2024, 3, 2), 10);
        assert!(t.iter().any(|t| t.label == "29 Feb 2024"));
        let weeks = ticks(dn(2023, 7, 1), dn(2023, 8, 31), 10);
        assert_eq!(weeks[0].step, TickStep::Days(7));
        assert_eq!(weeks[0].label, "3 Jul 2023"); // a Monday
    }

    #[test]
    fn coarse_row_names_the_enclosing_period() {
        let months = coarse_ticks(dn(2023, 7, 20), dn(2023, 8, 10), TickStep::Days(2));
        let labels: Vec<&str> = months.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, vec!["July 2023", "August 2023"]);
        assert!(
            (months[0].day - dn(2023, 7, 20)).abs() < 1e-9,
            "sticky at the left edge"
        );
        let years = coarse_ticks(dn(2022, 11, 1), dn(2024, 2, 1), TickStep::Months(3));
        let labels: Vec<&str> = years.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, vec!["2022", "2023", "2024"]);
        let decades = coarse_ticks(dn(1985, 1, 1), dn(2005, 1, 1), TickStep::Years(2));
        let labels: Vec<&str> = decades.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, vec!["1980s", "1990s", "2000s"]);
        let centuries = coarse_ticks(dn(1890, 1, 1), dn(2020, 1, 1), TickStep::Years(20));
        let labels: Vec<&str> = centuries.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, vec!["1800s", "1900s", "2000s"]);
        // Year 1 and the end of the calendar do not panic.
        assert!(!coarse_ticks(dn(1, 1, 1), dn(1, 3, 1), TickStep::Days(7)).is_empty());
        assert!(!coarse_ticks(dn(9999, 1, 1), dn(9999, 12, 31), TickStep::Months(1)).is_empty());
    }

    #[test]
    fn steps_round_trip_through_their_length() {
        for &step in STEPS {
            assert_eq!(TickStep::from_approx_days(step.approx_days()), step);
        }
    }

    #[test]
    fn zoom_keeps_the_point_under_the_pointer() {
        let w = TimeWindow {
            min_day: 0.0,
            max_day: 1000.0,
        };
        let z = zoom_window(w, 2.0, 250.0);
        assert!((z.min_day - 125.0).abs() < 1e-9 && (z.max_day - 625.0).abs() < 1e-9);
        let x_before = x_from_time(250.0, w, 800.0);
        assert!((x_from_time(250.0, z, 800.0) - x_before).abs() < 1e-9);
        let back = zoom_window(z, 0.5, 250.0);
        assert!((back.min_day - w.min_day).abs() < 1e-9 && (back.max_day - w.max_day).abs() < 1e-9);
        assert_eq!(zoom_window(w, f64::NAN, 1.0), w);
        assert_eq!(zoom_window(w, 0.0, 1.0), w);
    }

    #[test]
    fn windows_fit_and_respect_zoom_limits() {
        let current = TimeWindow {
            min_day: 0.0,
            max_day: 100.0,
        };
        assert_eq!(constrain_window(current, Some((10, 20)), false), current);
        let fitted = constrain_window(current, Some((0, 1000)), true);
        assert!((fitted.min_day + 40.0).abs() < 1e-9 && (fitted.max_day - 1041.0).abs() < 1e-9);
        let tiny = constrain_window(
            TimeWindow {
                min_day: 5.0,
                max_day: 5.1,
            },
            None,
            false,
        );
        assert!((tiny.max_day - tiny.min_day - MIN_SPAN_DAYS).abs() < 1e-9);
        assert!((f64::midpoint(tiny.min_day, tiny.max_day) - 5.05).abs() < 1e-9);
        let huge = constrain_window(
            TimeWindow {
                min_day: -1e9,
                max_day: 1e9,
            },
            None,
            false,
        );
        assert!((huge.max_day - huge.min_day - MAX_SPAN_DAYS).abs() < 1e-3);
        let broken = constrain_window(
            TimeWindow {
                min_day: f64::NAN,
                max_day: 1.0,
            },
            Some((0, 10)),
            false,
        );
        assert!(broken.min_day.is_finite() && broken.max_day > broken.min_day);
    }

    #[test]
    fn degenerate_windows_give_no_ticks() {
        assert!(ticks(5.0, 5.0, 10).is_empty());
        assert!(ticks(f64::NAN, 5.0, 10).is_empty());
        assert!(ticks(1e12, 2e12, 10).is_empty());
        let year_one = ticks(dn(1, 1, 1), dn(3, 1, 1), 10);
        assert!(
            year_one
                .iter()
                .any(|t| t.label == "1" || t.label == "Jul 1")
        );
    }
}
