//! The figure's calendar axis: a row of fine labels at the ticks of
//! [`crate::state::axis::ticks`] and, when those labels do not say the
//! year (months) or the month (days), a second row naming the coarser
//! period, centred under it: days over months, months over years.

use chrono::{Datelike, NaiveDate};

use crate::model::date::{date_from_day_number, day_number};
use crate::state::axis::{TickStep, TimeWindow, ticks, x_from_time};

use super::text::text_width;

/// A label on the axis, centred at `x`.
#[derive(Debug, Clone, PartialEq)]
pub struct AxisLabel {
    pub x: f64,
    pub text: String,
}

/// Everything the axis draws, in px.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AxisPlan {
    /// Tick (and grid line) positions.
    pub ticks: Vec<f64>,
    pub fine: Vec<AxisLabel>,
    /// Boundaries of the coarse periods inside the plot (stronger lines).
    pub boundaries: Vec<f64>,
    /// Coarse labels, centred on the visible part of their period.
    pub coarse: Vec<AxisLabel>,
}

/// Plans the axis for `window` drawn from `left` to `left + width` px,
/// with labels `font_px` high. Labels never overlap and stay within
/// `[min_x, max_x]`.
pub fn plan(
    window: TimeWindow,
    left: f64,
    width: f64,
    font_px: f64,
    (min_x, max_x): (f64, f64),
) -> AxisPlan {
    let x_of = |day: f64| left + x_from_time(day, window, width);
    let gap = font_px * 1.2;
    #[allow(clippy::cast_sign_loss)] // clamped positive
    let mut max_ticks = (width / (font_px * 4.0)).clamp(2.0, 60.0) as usize;
    loop {
        let ticks = ticks(window.min_day, window.max_day, max_ticks);
        let Some(step) = ticks.first().map(|t| t.step) else {
            return AxisPlan::default();
        };
        let mut fine: Vec<AxisLabel> = ticks
            .iter()
            .filter_map(|t| {
                let date = date_from_day_number(t.day as i64)?;
                Some(AxisLabel {
                    x: x_of(t.day),
                    text: fine_label(date, step),
                })
            })
            .collect();
        // Keep labels inside the image by nudging the outermost ones in.
        let half = |l: &AxisLabel| text_width(&l.text, font_px, false) / 2.0;
        for label in &mut fine {
            let h = half(label);
            label.x = label.x.clamp(min_x + h, (max_x - h).max(min_x + h));
        }
        let crowded = fine
            .windows(2)
            .any(|w| matches!(w, [a, b] if a.x + half(a) + gap > b.x - half(b)));
        if crowded && max_ticks > 2 {
            max_ticks -= 1;
            continue;
        }
        let (boundaries, coarse) = coarse_row(window, step, font_px, &x_of);
        return AxisPlan {
            ticks: ticks.iter().map(|t| x_of(t.day)).collect(),
            fine,
            boundaries,
            coarse,
        };
    }
}

/// The label of a tick when a coarse row names the larger period.
fn fine_label(date: NaiveDate, step: TickStep) -> String {
    match step {
        TickStep::Years(_) => date.year().to_string(),
        TickStep::Months(_) => date.format("%b").to_string(),
        TickStep::Days(_) => date.day().to_string(),
    }
}

/// Coarse periods (years for month ticks, months for day ticks) overlapping
/// the window: boundaries inside it and labels that fit their visible part.
fn coarse_row(
    window: TimeWindow,
    step: TickStep,
    font_px: f64,
    x_of: &impl Fn(f64) -> f64,
) -> (Vec<f64>, Vec<AxisLabel>) {
    let (Some(first), Some(last)) = (
        date_from_day_number(window.min_day.floor() as i64),
        date_from_day_number(window.max_day.ceil() as i64),
    ) else {
        return (Vec::new(), Vec::new());
    };
    // (start of period, start of next period, long label, short label)
    let mut periods: Vec<(NaiveDate, NaiveDate, String, String)> = Vec::new();
    match step {
        TickStep::Years(_) => {}
        TickStep::Months(_) => {
            for year in first.year()..=last.year() {
                if let (Some(a), Some(b)) = (
                    NaiveDate::from_ymd_opt(year, 1, 1),
                    NaiveDate::from_ymd_opt(year + 1, 1, 1),
                ) {
                    periods.push((a, b, year.to_string(), year.to_string()));
                }
            }
        }
        TickStep::Days(_) => {
            let mut start = NaiveDate::from_ymd_opt(first.year(), first.month(), 1);
            while let Some(a) = start.filter(|a| *a <= last) {
                let next = if a.month() == 12 {
                    NaiveDate::from_ymd_opt(a.year() + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(a.year(), a.month() + 1, 1)
                };
                let Some(b) = next else { break };
                periods.push((
                    a,
                    b,
                    a.format("%B %Y").to_string(),
                    a.format("%b %Y").to_string(),
                ));
                start = Some(b);
            }
        }
    }
    let mut boundaries = Vec::new();
    let mut labels: Vec<AxisLabel> = Vec::new();
    for (a, b, long, short) in periods {
        let (start, end) = (day_number(a) as f64, day_number(b) as f64);
        if start > window.min_day && start < window.max_day {
            boundaries.push(x_of(start));
        }
        let x0 = x_of(start.max(window.min_day));
        let x1 = x_of(end.min(window.max_day));
        let room = x1 - x0 - font_px;
        let text = [long, short]
            .into_iter()
            .find(|t| text_width(t, font_px, true) <= room);
        if let Some(text) = text {
            labels.push(AxisLabel {
                x: f64::midpoint(x0, x1),
                text,
            });
        }
    }
    (boundaries, labels)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dn(y: i32, m: u32, d: u32) -> f64 {
        day_number(NaiveDate::from_ymd_opt(y, m, d).unwrap()) as f64
    }

    fn texts(labels: &[AxisLabel]) -> Vec<&str> {
        labels.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn decades_need_no_second_row() {
        let w = TimeWindow {
            min_day: dn(1958, 1, 1),
            max_day: dn(2026, 1, 1),
        };
        let axis = plan(w, 100.0, 1200.0, 12.0, (0.0, 1400.0));
        assert!(texts(&axis.fine).contains(&"1960"));
        assert!(axis.coarse.is_empty() && axis.boundaries.is_empty());
        assert_eq!(axis.ticks.len(), axis.fine.len());
    }

    #[test]
    fn months_get_years_underneath() {
        let w = TimeWindow {
            min_day: dn(2020, 6, 1),
            max_day: dn(2024, 1, 1),
        };
        let axis = plan(w, 0.0, 1200.0, 12.0, (0.0, 1200.0));
        assert!(texts(&axis.fine).iter().all(|t| t.len() == 3), "{axis:?}");
        assert_eq!(texts(&axis.coarse), vec!["2020", "2021", "2022", "2023"]);
        assert_eq!(axis.boundaries.len(), 3);
        // Each year label sits in the middle of its visible part.
        let x2021 = axis.coarse[1].x;
        let mid = x_from_time(f64::midpoint(dn(2021, 1, 1), dn(2022, 1, 1)), w, 1200.0);
        assert!((x2021 - mid).abs() < 1e-6);
    }

    #[test]
    fn days_get_months_underneath_and_labels_never_overlap() {
        let w = TimeWindow {
            min_day: dn(2023, 7, 10),
            max_day: dn(2023, 9, 10),
        };
        let axis = plan(w, 0.0, 900.0, 12.0, (0.0, 900.0));
        assert_eq!(
            texts(&axis.coarse),
            vec!["July 2023", "August 2023", "September 2023"]
        );
        for pair in axis.fine.windows(2) {
            let w0 = text_width(&pair[0].text, 12.0, false);
            let w1 = text_width(&pair[1].text, 12.0, false);
            assert!(pair[0].x + w0 / 2.0 < pair[1].x - w1 / 2.0);
        }
    }
}
