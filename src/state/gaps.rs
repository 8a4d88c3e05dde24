//! Gap collapsing: long empty periods of the timeline squeezed to a narrow,
//! marked band, so decades without events do not push the rest aside.
//!
//! The plot draws in an *axis coordinate* `x`. Without gaps (the default)
//! `x` is the day number itself. With gaps, each empty period longer than a
//! threshold takes a small fixed width on the axis instead of its length;
//! everywhere else one day is one axis unit. The mapping is piecewise
//! linear, continuous and strictly increasing, so it is invertible
//! everywhere: outside gaps `x = day - (days removed by earlier gaps)`, and
//! inside a gap days are spread evenly over its squeezed width.
//!
//! Gaps are found once, when the shown events change (see
//! [`crate::state::AppState`]), from the events' inclusive day intervals.
//! An event no longer than the gap threshold covers every day from its
//! first to its last, so runs of such periods bridge what would otherwise
//! be a gap. A longer one ("since independence in 1960", "ruled 1967–2009")
//! covers only its first and last days: its bar is drawn across the breaks
//! in between, and its ends stay at true scale. Otherwise one "since 1960"
//! in a news archive would leave nothing to collapse.
//!
//! Invariants: gaps are sorted, disjoint, each is longer than the
//! threshold ([`gap_threshold`]) and contains no covered day; a gap
//! `[start_day, end_day)` starts the day after a covered day and ends on
//! the next covered day.

use chrono::Datelike;

use crate::model::date::date_from_day_number;

use super::axis::{
    Tick, TickStep, TimeWindow, choose_step, coarse_ticks, constrain_span, constrain_window,
    tick_label, ticks, ticks_with_step,
};

/// A gap must be longer than this fraction of the data's whole range…
pub const GAP_FRACTION: f64 = 0.05;
/// …and longer than this many days.
pub const MIN_GAP_DAYS: f64 = 90.0;
/// Axis width of a squeezed gap, as a fraction of the range that is kept.
pub const SQUEEZED_FRACTION: f64 = 0.02;

/// Gaps must be longer than this many days, for data spanning
/// `range_days`: [`GAP_FRACTION`] of the range, and [`MIN_GAP_DAYS`].
pub fn gap_threshold(range_days: f64) -> f64 {
    (range_days * GAP_FRACTION).max(MIN_GAP_DAYS)
}

/// One empty period: no shown event covers any day in it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gap {
    /// First empty day (day number).
    pub start_day: f64,
    /// First covered day after it (exclusive end).
    pub end_day: f64,
}

impl Gap {
    /// Length in days.
    pub fn days(&self) -> f64 {
        self.end_day - self.start_day
    }

    /// Tooltip text: "No events: 1975 – 1987 (12 years hidden)".
    pub fn describe(&self) -> String {
        let first = date_from_day_number(self.start_day.floor() as i64);
        let last = date_from_day_number(self.end_day.floor() as i64 - 1);
        let (Some(first), Some(last)) = (first, last) else {
            return "No events".to_owned();
        };
        let days = self.days();
        let years = days / 365.25;
        let range = if years >= 2.0 && first.year() != last.year() {
            format!("{} – {}", first.year(), last.year())
        } else if first.year() == last.year() && first.month() == last.month() {
            format!("{} – {}", first.format("%-d"), last.format("%-d %b %Y"))
        } else {
            format!("{} – {}", first.format("%b %Y"), last.format("%b %Y"))
        };
        let plural = |n: f64, unit: &str| {
            if (n - 1.0).abs() < f64::EPSILON {
                format!("1 {unit}")
            } else {
                format!("{n} {unit}s")
            }
        };
        let hidden = if years >= 1.0 {
            plural(years.round(), "year")
        } else if days >= 45.0 {
            plural((days / 30.44).round(), "month")
        } else {
            plural(days.round(), "day")
        };
        format!("No events: {range} ({hidden} hidden)")
    }
}

/// The mapping between day numbers and the axis coordinate. The default
/// value has no gaps: the identity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GapAxis {
    gaps: Vec<Gap>,
    /// Axis units each gap takes.
    squeezed: f64,
    /// Per gap: where it starts on the axis.
    x_starts: Vec<f64>,
}

impl GapAxis {
    /// Finds the gaps between `intervals` (first and last day of each event,
    /// inclusive, sorted by first day) longer than [`gap_threshold`] of
    /// their whole range. Two passes, O(n) plus sorting the ends of events
    /// longer than the threshold.
    pub fn from_intervals<I>(intervals: I) -> Self
    where
        I: IntoIterator<Item = (f64, f64)>,
        I::IntoIter: Clone,
    {
        let intervals = intervals
            .into_iter()
            .filter(|(first, last)| first.is_finite() && last.is_finite())
            .map(|(first, last)| (first, last.max(first) + 1.0));
        let mut range: Option<(f64, f64)> = None;
        for (first, end) in intervals.clone() {
            range = Some(range.map_or((first, end), |(lo, hi)| (lo.min(first), hi.max(end))));
        }
        let Some((lo, hi)) = range else {
            return Self::default();
        };
        let threshold = gap_threshold(hi - lo);
        // Stretches between covered days, sweeping the events by start.
        let mut candidates = Vec::new();
        let mut long_ends = Vec::new();
        let mut covered_to: Option<f64> = None;
        for (first, end) in intervals {
            let covers_to = if end - first > threshold {
                long_ends.push(end - 1.0);
                first + 1.0
            } else {
                end
            };
            if let Some(to) = covered_to
                && first > to
            {
                candidates.push(Gap {
                    start_day: to,
                    end_day: first,
                });
            }
            covered_to = Some(covered_to.map_or(covers_to, |to| to.max(covers_to)));
        }
        // The last days of long events split the stretches they fall in.
        long_ends.sort_by(f64::total_cmp);
        let mut ends = long_ends.into_iter().peekable();
        let mut gaps = Vec::new();
        for mut gap in candidates {
            while let Some(&day) = ends.peek() {
                if day >= gap.end_day {
                    break;
                }
                if day > gap.start_day {
                    gaps.push(Gap {
                        start_day: gap.start_day,
                        end_day: day,
                    });
                }
                gap.start_day = gap.start_day.max(day + 1.0);
                ends.next();
            }
            if gap.end_day > gap.start_day {
                gaps.push(gap);
            }
        }
        gaps.retain(|g| g.days() > threshold);
        Self::with_gaps(gaps, hi - lo, threshold)
    }

    /// The axis squeezing `gaps` (sorted, disjoint, each longer than
    /// `threshold`) out of a range `range_days` long.
    fn with_gaps(gaps: Vec<Gap>, range_days: f64, threshold: f64) -> Self {
        if gaps.is_empty() {
            return Self::default();
        }
        let kept = range_days - gaps.iter().map(Gap::days).sum::<f64>();
        // At least a day wide; every gap shrinks at least fourfold.
        let squeezed = (kept * SQUEEZED_FRACTION).max(1.0).min(threshold / 4.0);
        let mut removed = 0.0;
        let x_starts = gaps
            .iter()
            .map(|g| {
                let x = g.start_day - removed;
                removed += g.days() - squeezed;
                x
            })
            .collect();
        Self {
            gaps,
            squeezed,
            x_starts,
        }
    }

    /// Whether there are no gaps (the axis is the day number).
    pub fn is_identity(&self) -> bool {
        self.gaps.is_empty()
    }

    /// All gaps, in time order.
    pub fn gaps(&self) -> &[Gap] {
        &self.gaps
    }

    /// Axis width of each squeezed gap (0 without gaps).
    pub fn squeezed_width(&self) -> f64 {
        self.squeezed
    }

    /// Axis coordinate of a day number.
    pub fn x_from_day(&self, day: f64) -> f64 {
        if self.gaps.is_empty() {
            return day;
        }
        let i = self.gaps.partition_point(|g| g.start_day <= day);
        let (Some(gap), Some(&x_start)) = (
            self.gaps.get(i.wrapping_sub(1)),
            self.x_starts.get(i.wrapping_sub(1)),
        ) else {
            return day;
        };
        if day < gap.end_day {
            x_start + (day - gap.start_day) * self.squeezed / gap.days()
        } else {
            x_start + self.squeezed + (day - gap.end_day)
        }
    }

    /// Day number at an axis coordinate; the inverse of
    /// [`GapAxis::x_from_day`].
    pub fn day_from_x(&self, x: f64) -> f64 {
        if self.gaps.is_empty() {
            return x;
        }
        let i = self.x_starts.partition_point(|&s| s <= x);
        let (Some(gap), Some(&x_start)) = (
            self.gaps.get(i.wrapping_sub(1)),
            self.x_starts.get(i.wrapping_sub(1)),
        ) else {
            return x;
        };
        if x < x_start + self.squeezed {
            gap.start_day + (x - x_start) / self.squeezed * gap.days()
        } else {
            gap.end_day + (x - x_start - self.squeezed)
        }
    }

    /// A day window in axis units.
    pub fn window_to_x(&self, window: TimeWindow) -> TimeWindow {
        TimeWindow {
            min_day: self.x_from_day(window.min_day),
            max_day: self.x_from_day(window.max_day),
        }
    }

    /// A window in axis units back in days.
    pub fn window_from_x(&self, window: TimeWindow) -> TimeWindow {
        TimeWindow {
            min_day: self.day_from_x(window.min_day),
            max_day: self.day_from_x(window.max_day),
        }
    }

    /// Gaps that overlap `[min_day, max_day]`.
    pub fn gaps_in(&self, min_day: f64, max_day: f64) -> &[Gap] {
        let from = self.gaps.partition_point(|g| g.end_day <= min_day);
        let to = self.gaps.partition_point(|g| g.start_day < max_day);
        self.gaps.get(from..to.max(from)).unwrap_or(&[])
    }

    /// The stretches of `[min_day, max_day]` outside every gap.
    pub fn segments(&self, min_day: f64, max_day: f64) -> Vec<(f64, f64)> {
        let mut out = Vec::new();
        let mut from = min_day;
        for gap in self.gaps_in(min_day, max_day) {
            if gap.start_day > from {
                out.push((from, gap.start_day.min(max_day)));
            }
            from = from.max(gap.end_day);
        }
        if from < max_day {
            out.push((from, max_day));
        }
        out
    }

    /// [`constrain_window`] on this axis: fitting and the zoom limits work
    /// on the axis coordinate, so a fitted window's margins are the same
    /// share of the plot with or without gaps. `window` is in days.
    pub fn constrain_window(
        &self,
        window: TimeWindow,
        fit_to: Option<(i64, i64)>,
        fit: bool,
    ) -> TimeWindow {
        if self.is_identity() {
            return constrain_window(window, fit_to, fit);
        }
        let fit_to = fit_to.map(|(first, last)| {
            (
                self.x_from_day(first as f64),
                self.x_from_day(last as f64 + 1.0),
            )
        });
        self.window_from_x(constrain_span(self.window_to_x(window), fit_to, fit))
    }

    /// Calendar ticks for the axis range `[min_x, max_x]`, each with its
    /// axis coordinate. The step suits the axis span; ticks inside gaps
    /// are dropped, the far side of each gap gets a tick of its own (so
    /// the date after a break is named where there is room), and a tick
    /// closer than half a step to the one before it is dropped. Without
    /// gaps these are exactly [`ticks`].
    pub fn ticks(&self, min_x: f64, max_x: f64, max_ticks: usize) -> Vec<(f64, Tick)> {
        if self.is_identity() {
            return ticks(min_x, max_x, max_ticks)
                .into_iter()
                .map(|t| (t.day, t))
                .collect();
        }
        if !(min_x.is_finite() && max_x.is_finite()) || max_x <= min_x {
            return Vec::new();
        }
        let step = choose_step(max_x - min_x, max_ticks);
        let limit = max_ticks.saturating_mul(2) + 2;
        let min_apart = step.approx_days() * 0.5;
        let mut out: Vec<(f64, Tick)> = Vec::new();
        for (from, to) in self.segments(self.day_from_x(min_x), self.day_from_x(max_x)) {
            let after_gap = self
                .gaps
                .binary_search_by(|g| g.end_day.total_cmp(&from))
                .is_ok();
            let edge = date_from_day_number(from as i64)
                .filter(|_| after_gap)
                .map(|date| Tick {
                    day: from,
                    step,
                    label: tick_label(date, step),
                });
            for tick in edge
                .into_iter()
                .chain(ticks_with_step(from, to, step, limit))
            {
                let x = self.x_from_day(tick.day);
                if out.last().is_none_or(|(last, _)| x - last >= min_apart) {
                    out.push((x, tick));
                }
            }
        }
        out
    }

    /// The coarse row ([`coarse_ticks`]) for the axis range, each with its
    /// axis coordinate: per stretch between gaps, so a period that starts
    /// inside a gap is named where the gap ends (one that merely goes on
    /// after the gap is not named again).
    pub fn coarse_ticks(&self, min_x: f64, max_x: f64, fine: TickStep) -> Vec<(f64, Tick)> {
        if self.is_identity() {
            return coarse_ticks(min_x, max_x, fine)
                .into_iter()
                .map(|t| (t.day, t))
                .collect();
        }
        let mut out: Vec<(f64, Tick)> = Vec::new();
        for (from, to) in self.segments(self.day_from_x(min_x), self.day_from_x(max_x)) {
            for tick in coarse_ticks(from, to, fine) {
                if out.last().is_none_or(|(_, last)| last.label != tick.label) {
                    out.push((self.x_from_day(tick.day), tick));
                }
            }
        }
        out
    }
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // whole day numbers, exact by construction
mod tests {
    use super::*;
    use crate::model::date::day_number;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn dn(y: i32, m: u32, d: u32) -> f64 {
        day_number(NaiveDate::from_ymd_opt(y, m, d).unwrap()) as f64
    }

    /// Single days as inclusive intervals.
    fn days(list: &[f64]) -> Vec<(f64, f64)> {
        list.iter().map(|&d| (d, d)).collect()
    }

    #[test]
    fn no_gaps_is_the_identity() {
        assert!(GapAxis::from_intervals(Vec::new()).is_identity());
        // Evenly spread events: nothing long enough to squeeze.
        let even: Vec<f64> = (0..100).map(|i| f64::from(i) * 30.0).collect();
        let axis = GapAxis::from_intervals(days(&even));
        assert!(axis.is_identity());
        for day in [-1e5, 0.0, 12.5, 2999.0, 1e6] {
            assert_eq!(axis.x_from_day(day), day);
            assert_eq!(axis.day_from_x(day), day);
        }
        assert_eq!(axis.segments(0.0, 10.0), vec![(0.0, 10.0)]);
    }

    #[test]
    fn a_single_event_has_no_gap() {
        let axis = GapAxis::from_intervals(days(&[dn(1960, 8, 3)]));
        assert!(axis.is_identity());
        let axis = GapAxis::from_intervals(vec![(dn(1960, 1, 1), dn(2020, 1, 1))]);
        assert!(axis.is_identity(), "one long interval covers its range");
    }

    #[test]
    fn one_gap_is_squeezed_and_the_rest_keeps_its_scale() {
        // 1960–1974 busy, nothing until 1996, then busy to 2023.
        let mut list: Vec<f64> = (0..15).map(|y| dn(1960 + y, 6, 1)).collect();
        list.extend((0..28).map(|y| dn(1996 + y, 1, 27)));
        let axis = GapAxis::from_intervals(days(&list));
        assert_eq!(axis.gaps().len(), 1);
        let gap = axis.gaps()[0];
        assert_eq!(gap.start_day, dn(1974, 6, 2));
        assert_eq!(gap.end_day, dn(1996, 1, 27));
        let w = axis.squeezed_width();
        assert!(w >= 1.0 && w < gap.days() / 4.0, "{w}");
        // Before the gap: unchanged. Across it: the gap takes `w`.
        assert_eq!(axis.x_from_day(dn(1970, 1, 1)), dn(1970, 1, 1));
        let after = axis.x_from_day(gap.end_day) - axis.x_from_day(gap.start_day);
        assert!((after - w).abs() < 1e-9);
        // One day after the gap is still one unit.
        let d = axis.x_from_day(dn(2000, 1, 2)) - axis.x_from_day(dn(2000, 1, 1));
        assert!((d - 1.0).abs() < 1e-9);
        // Round trips, including inside the gap.
        for day in [dn(1965, 1, 1), dn(1980, 1, 1), dn(2010, 2, 18)] {
            assert!((axis.day_from_x(axis.x_from_day(day)) - day).abs() < 1e-6);
        }
        assert_eq!(axis.gaps_in(dn(1990, 1, 1), dn(2000, 1, 1)), &[gap]);
        assert!(axis.gaps_in(dn(1997, 1, 1), dn(2000, 1, 1)).is_empty());
        assert_eq!(
            axis.segments(dn(1970, 1, 1), dn(2000, 1, 1)),
            vec![
                (dn(1970, 1, 1), gap.start_day),
                (gap.end_day, dn(2000, 1, 1))
            ]
        );
        assert_eq!(
            gap.describe(),
            "No events: 1974 – 1996 (22 years hidden)",
            "{gap:?}"
        );
    }

    #[test]
    fn gaps_at_the_edges() {
        // A lone event long before the rest, and one long after.
        let mut list = vec![dn(1900, 1, 1)];
        for year in 1990..1995 {
            list.extend((1..=12).map(|month| dn(year, month, 1)));
        }
        list.push(dn(2040, 1, 1));
        let axis = GapAxis::from_intervals(days(&list));
        let gaps = axis.gaps();
        assert_eq!(gaps.len(), 2, "{gaps:?}");
        assert_eq!(gaps[0].start_day, dn(1900, 1, 2));
        assert_eq!(gaps[0].end_day, dn(1990, 1, 1));
        assert_eq!(gaps[1].start_day, dn(1994, 12, 2));
        assert_eq!(gaps[1].end_day, dn(2040, 1, 1));
        // Before the data and after it, one day is one unit.
        let before = axis.x_from_day(dn(1899, 1, 1));
        assert_eq!(before, dn(1899, 1, 1));
        let span = axis.x_from_day(dn(2041, 1, 1)) - axis.x_from_day(dn(2040, 1, 1));
        assert!((span - 366.0).abs() < 1e-9, "{span}");
        // The whole range shrinks to the busy years plus two squeezed gaps.
        let total = axis.x_from_day(dn(2040, 1, 2)) - axis.x_from_day(dn(1900, 1, 1));
        let busy = dn(1994, 12, 2) - dn(1990, 1, 1) + 2.0;
        assert!((total - busy - 2.0 * axis.squeezed_width()).abs() < 1e-6);
    }

    #[test]
    fn short_periods_bridge_gaps_and_long_ones_cross_them() {
        // Range 1960–2023: gaps must be longer than about 3.2 years.
        let mut list = days(&[dn(1960, 8, 3), dn(1974, 4, 15), dn(2023, 7, 26)]);
        let without = GapAxis::from_intervals(list.clone());
        assert_eq!(without.gaps().len(), 2);
        assert_eq!(without.gaps()[1].start_day, dn(1974, 4, 16));
        // Five three-year periods, each shorter than a gap, end to end
        // from 1975 to 1989: they bridge that stretch.
        for y in [1975, 1978, 1981, 1984, 1987] {
            list.push((dn(y, 1, 1), dn(y + 2, 12, 31)));
        }
        list.sort_by(|a, b| a.0.total_cmp(&b.0));
        let bridged = GapAxis::from_intervals(list.clone());
        assert_eq!(bridged.gaps().len(), 2);
        assert_eq!(bridged.gaps()[1].start_day, dn(1990, 1, 1));
        assert_eq!(bridged.gaps()[1].end_day, dn(2023, 7, 26));
        // "Since independence" spans everything but hides no gap: only its
        // first and last days count.
        list.insert(0, (dn(1960, 1, 1), dn(2023, 7, 27)));
        let since = GapAxis::from_intervals(list.clone());
        assert_eq!(since.gaps(), bridged.gaps());
        // A long rule ending in 2000 splits the last gap at its end day.
        list.push((dn(1961, 1, 1), dn(2000, 6, 30)));
        list.sort_by(|a, b| a.0.total_cmp(&b.0));
        let split = GapAxis::from_intervals(list);
        let gaps = split.gaps();
        assert_eq!(gaps.len(), 3, "{gaps:?}");
        assert_eq!(gaps[0].start_day, dn(1961, 1, 2), "its first day too");
        assert_eq!(
            (gaps[1].start_day, gaps[1].end_day),
            (dn(1990, 1, 1), dn(2000, 6, 30))
        );
        assert_eq!(
            (gaps[2].start_day, gaps[2].end_day),
            (dn(2000, 7, 1), dn(2023, 7, 26))
        );
    }

    #[test]
    fn short_gaps_in_a_short_range_are_kept() {
        // Two weeks apart in a month of events: below MIN_GAP_DAYS.
        let axis = GapAxis::from_intervals(days(&[0.0, 1.0, 15.0, 30.0]));
        assert!(axis.is_identity());
        // The fraction matters too: a 100-day gap in 200 years stays.
        let list: Vec<f64> = (0..730).map(|i| f64::from(i) * 100.0).collect();
        assert!(GapAxis::from_intervals(days(&list)).is_identity());
    }

    #[test]
    fn ticks_skip_gaps_and_name_the_period_after_them() {
        let mut list: Vec<f64> = (0..6).map(|y| dn(1960 + y, 1, 1)).collect();
        list.extend((0..6).map(|y| dn(2000 + y, 1, 1)));
        let axis = GapAxis::from_intervals(days(&list));
        assert_eq!(axis.gaps().len(), 1);
        let lo = axis.x_from_day(dn(1959, 1, 1));
        let hi = axis.x_from_day(dn(2006, 1, 1));
        let ticks = axis.ticks(lo, hi, 12);
        let labels: Vec<&str> = ticks.iter().map(|(_, t)| t.label.as_str()).collect();
        assert!(
            labels.contains(&"1960") && labels.contains(&"2004"),
            "{labels:?}"
        );
        assert!(!labels.contains(&"1980"), "inside the gap: {labels:?}");
        for pair in ticks.windows(2) {
            assert!(pair[1].0 - pair[0].0 >= 365.25, "never crowded: {labels:?}");
        }
        assert!(ticks.windows(2).all(|w| w[0].0 < w[1].0));
        for (x, tick) in &ticks {
            assert!((axis.x_from_day(tick.day) - x).abs() < 1e-9);
        }
        let coarse = axis.coarse_ticks(lo, hi, ticks[0].1.step);
        let labels: Vec<&str> = coarse.iter().map(|(_, t)| t.label.as_str()).collect();
        assert_eq!(labels, vec!["1950s", "1960s", "2000s"]);
        // A century row names the century once, not after every gap.
        let coarse = axis.coarse_ticks(lo, hi, TickStep::Years(20));
        let labels: Vec<&str> = coarse.iter().map(|(_, t)| t.label.as_str()).collect();
        assert_eq!(labels, vec!["1900s", "2000s"]);
        // The far side of a gap gets a tick of its own where there is
        // room, even off the step's calendar boundaries.
        let mut mid_year: Vec<f64> = (0..6).map(|y| dn(1960 + y, 7, 1)).collect();
        mid_year.extend((0..6).map(|y| dn(2000 + y, 7, 1)));
        let axis = GapAxis::from_intervals(days(&mid_year));
        let zoomed = axis.ticks(
            axis.x_from_day(dn(1964, 2, 1)),
            axis.x_from_day(dn(2001, 1, 1)),
            4,
        );
        let labels: Vec<&str> = zoomed.iter().map(|(_, t)| t.label.as_str()).collect();
        assert_eq!(labels, vec!["1965", "2000", "2001"]);
        assert_eq!(zoomed[1].1.day, dn(2000, 7, 1));
        // Without gaps, exactly the calendar ticks.
        let plain = GapAxis::default().ticks(lo, hi, 12);
        let expected = crate::state::axis::ticks(lo, hi, 12);
        assert_eq!(
            plain.into_iter().map(|(_, t)| t).collect::<Vec<_>>(),
            expected
        );
    }

    #[test]
    fn fitting_on_the_axis_pads_the_axis_span() {
        let axis = GapAxis::from_intervals(days(&[dn(1960, 1, 1), dn(1961, 1, 1), dn(2000, 1, 1)]));
        let any = TimeWindow {
            min_day: 0.0,
            max_day: 1.0,
        };
        let fitted = axis.constrain_window(
            any,
            Some((dn(1960, 1, 1) as i64, dn(2000, 1, 1) as i64)),
            true,
        );
        let x = axis.window_to_x(fitted);
        let data = axis.x_from_day(dn(2000, 1, 2)) - axis.x_from_day(dn(1960, 1, 1));
        let pad = ((data - 1.0) * 0.04).max(15.0);
        assert!((axis.x_from_day(dn(1960, 1, 1)) - x.min_day - pad).abs() < 1e-6);
        assert!(fitted.min_day < dn(1960, 1, 1) && fitted.max_day > dn(2000, 1, 2));
        assert_eq!(
            GapAxis::default().constrain_window(any, Some((0, 10)), true),
            constrain_window(any, Some((0, 10)), true)
        );
    }

    #[test]
    fn descriptions_read_naturally() {
        let gap = |a: f64, b: f64| Gap {
            start_day: a,
            end_day: b,
        };
        assert_eq!(
            gap(dn(2021, 1, 1), dn(2021, 7, 1)).describe(),
            "No events: Jan 2021 – Jun 2021 (6 months hidden)"
        );
        assert_eq!(
            gap(dn(2021, 3, 2), dn(2021, 3, 30)).describe(),
            "No events: 2 – 29 Mar 2021 (28 days hidden)"
        );
        assert_eq!(
            gap(dn(2020, 1, 1), dn(2021, 2, 1)).describe(),
            "No events: Jan 2020 – Jan 2021 (1 year hidden)"
        );
    }

    /// Sorted event intervals, some long, over about 300 years.
    fn intervals() -> impl Strategy<Value = Vec<(f64, f64)>> {
        prop::collection::vec((-40_000i32..70_000, 0i32..8_000, 0u8..4), 0..60).prop_map(
            |mut raw| {
                raw.sort_unstable();
                raw.into_iter()
                    .map(|(start, len, kind)| {
                        let len = if kind == 0 { len } else { 0 };
                        (f64::from(start), f64::from(start + len))
                    })
                    .collect()
            },
        )
    }

    proptest! {
        #[test]
        fn the_mapping_is_monotonic_and_round_trips(
            list in intervals(),
            probes in prop::collection::vec(-50_000.0f64..80_000.0, 1..40),
        ) {
            let axis = GapAxis::from_intervals(list.clone());
            // Gaps are sorted, disjoint and long; they hold no day of a
            // short event and neither end of a long one.
            for w in axis.gaps().windows(2) {
                prop_assert!(w[0].end_day < w[1].start_day);
            }
            let lo = list.iter().map(|i| i.0).fold(f64::INFINITY, f64::min);
            let hi = list.iter().map(|i| i.1 + 1.0).fold(f64::NEG_INFINITY, f64::max);
            let threshold = gap_threshold(hi - lo);
            let outside = |first: f64, end: f64, gap: &Gap| end <= gap.start_day || first >= gap.end_day;
            for gap in axis.gaps() {
                prop_assert!(gap.days() > threshold);
                for &(first, last) in &list {
                    if last + 1.0 - first > threshold {
                        prop_assert!(outside(first, first + 1.0, gap) && outside(last, last + 1.0, gap));
                    } else {
                        prop_assert!(outside(first, last + 1.0, gap));
                    }
                }
            }
            let mut sorted = probes;
            sorted.sort_by(f64::total_cmp);
            let xs: Vec<f64> = sorted.iter().map(|&d| axis.x_from_day(d)).collect();
            for (w, d) in xs.windows(2).zip(sorted.windows(2)) {
                prop_assert!(w[0] <= w[1], "{:?} -> {:?}", d, w);
                if d[1] - d[0] > 1e-3 {
                    prop_assert!(w[0] < w[1], "{:?} -> {:?}", d, w);
                }
            }
            for (&day, &x) in sorted.iter().zip(&xs) {
                let inside = axis.gaps().iter().any(|g| day > g.start_day && day < g.end_day);
                let back = axis.day_from_x(x);
                if inside {
                    // Inside a gap, precision is lost by the squeeze factor.
                    prop_assert!((back - day).abs() < 1e-6 * (1.0 + day.abs()), "{day} -> {x} -> {back}");
                } else {
                    prop_assert!((back - day).abs() < 1e-9 * (1.0 + day.abs()), "{day} -> {x} -> {back}");
                }
                // x never lies further right than the day (gaps only shrink).
                prop_assert!(x <= day + 1e-9);
            }
            // Axis → day → axis too.
            for &x in &xs {
                let again = axis.x_from_day(axis.day_from_x(x));
                prop_assert!((again - x).abs() < 1e-9 * (1.0 + x.abs()));
            }
        }
    }
}
