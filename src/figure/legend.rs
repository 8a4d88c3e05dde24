//! The legend: the mark styles the figure uses, each drawn as on the plot
//! (in a neutral colour) with a few words, in rows across the figure.

use crate::state::view::{FrameView, MarkKind};

use super::geometry::{Metrics, Plot};
use super::palette::{INTERVAL_OPACITY, PERIOD_OPACITY, Theme};
use super::svg::{Span, SvgWriter};
use super::text::text_width;

/// A style the legend explains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegendItem {
    Day,
    Hollow,
    Period,
    ApproxPeriod,
    Interval,
    Cluster,
    Coverage,
    Note,
}

impl LegendItem {
    pub fn text(self) -> &'static str {
        match self {
            Self::Day => "Exact day",
            Self::Hollow => "Approximate day, or a period too short for a bar",
            Self::Period => "Month, season, year or decade",
            Self::ApproxPeriod => "Approximate period",
            Self::Interval => "Interval (from – to)",
            Self::Cluster => "Events too close to draw apart (count)",
            Self::Coverage => "Many overlapping periods (darker: more)",
            Self::Note => "Source note number",
        }
    }
}

/// The legend's items in rows, with their x.
#[derive(Debug, Clone, Default)]
pub struct Legend {
    rows: Vec<Vec<(LegendItem, f64)>>,
}

impl Legend {
    /// The styles `frame` uses (and the note numbers, when labels carry
    /// them), laid out in rows between `left` and `right`.
    pub fn new(
        frame: &FrameView,
        plot: Plot,
        refs_used: bool,
        m: Metrics,
        (left, right): (f64, f64),
    ) -> Self {
        let marks = &frame.marks;
        let bars = || marks.iter().filter(|mk| !plot.is_dot(mk));
        let wanted = [
            (
                marks
                    .iter()
                    .any(|mk| mk.kind == MarkKind::Point && !mk.approximate),
                LegendItem::Day,
            ),
            (
                marks
                    .iter()
                    .any(|mk| plot.is_dot(mk) && (mk.approximate || mk.kind != MarkKind::Point)),
                LegendItem::Hollow,
            ),
            (
                bars().any(|mk| mk.kind == MarkKind::Period && !mk.approximate),
                LegendItem::Period,
            ),
            (
                bars().any(|mk| mk.kind == MarkKind::Period && mk.approximate),
                LegendItem::ApproxPeriod,
            ),
            (
                bars().any(|mk| mk.kind == MarkKind::Interval),
                LegendItem::Interval,
            ),
            (!frame.clusters.is_empty(), LegendItem::Cluster),
            (!frame.coverage.is_empty(), LegendItem::Coverage),
            (refs_used, LegendItem::Note),
        ];
        let glyph = 26.0 * m.scale;
        let mut rows: Vec<Vec<(LegendItem, f64)>> = Vec::new();
        let mut row: Vec<(LegendItem, f64)> = Vec::new();
        let mut x = left;
        for item in wanted.into_iter().filter(|w| w.0).map(|w| w.1) {
            let width = glyph + 0.5 * m.legend + text_width(item.text(), m.legend, false);
            if !row.is_empty() && x + width > right {
                rows.push(std::mem::take(&mut row));
                x = left;
            }
            row.push((item, x));
            x += width + 1.8 * m.legend;
        }
        if !row.is_empty() {
            rows.push(row);
        }
        Self { rows }
    }

    pub fn height(&self, m: Metrics) -> f64 {
        self.rows.len() as f64 * m.legend_row
    }

    pub fn draw(&self, w: &mut SvgWriter, top: f64, m: Metrics, theme: Theme) {
        w.open(
            "g",
            &[
                ("id", "legend".into()),
                ("font-size", m.legend.into()),
                ("fill", (&theme.text.hex()).into()),
            ],
        );
        for (r, row) in self.rows.iter().enumerate() {
            let cy = top + (r as f64 + 0.5) * m.legend_row;
            for &(item, x) in row {
                glyph(w, item, x, cy, m, theme);
                w.text(
                    &[
                        ("x", (x + 26.0 * m.scale + 0.5 * m.legend).into()),
                        ("y", (cy + 0.36 * m.legend).into()),
                    ],
                    &[Span::plain(item.text())],
                );
            }
        }
        w.close("g");
    }
}

/// An item's sample mark, 26 px wide at 13 px type.
#[allow(clippy::many_single_char_names)] // w(riter), x, m(etrics), s(cale): as in the rest of the figure code
fn glyph(w: &mut SvgWriter, item: LegendItem, x: f64, cy: f64, m: Metrics, theme: Theme) {
    let color = theme.muted.hex();
    let s = m.scale;
    let (x0, x1) = (x + 1.0 * s, x + 25.0 * s);
    let mid = f64::midpoint(x0, x1);
    match item {
        LegendItem::Day => w.circle((mid, cy), m.dot_radius(false), &color, None),
        LegendItem::Hollow => w.circle((mid, cy), m.dot_radius(false), &color, Some(m.ring())),
        LegendItem::Period => w.bar((x0, x1), cy, 5.0 * s, &color, PERIOD_OPACITY, false),
        LegendItem::ApproxPeriod => w.bar((x0, x1), cy, 5.0 * s, &color, PERIOD_OPACITY, true),
        LegendItem::Interval => w.bar((x0, x1), cy, 3.0 * s, &color, INTERVAL_OPACITY, false),
        LegendItem::Cluster => {
            w.circle((mid, cy), m.badge_radius(3), &color, None);
            w.text(
                &[
                    ("x", mid.into()),
                    ("y", (cy + 3.6 * s).into()),
                    ("text-anchor", "middle".into()),
                    ("font-size", (10.0 * s).into()),
                    ("font-weight", "bold".into()),
                    ("fill", (&theme.background.hex()).into()),
                ],
                &[Span::plain("3")],
            );
        }
        LegendItem::Coverage => {
            let third = (x1 - x0) / 3.0;
            for (k, opacity) in [0.25, 0.5, 0.75].into_iter().enumerate() {
                let a = x0 + k as f64 * third;
                w.bar((a, a + third), cy, 5.0 * s, &color, opacity, false);
            }
        }
        LegendItem::Note => {
            w.text(
                &[
                    ("x", mid.into()),
                    ("y", (cy + 0.1 * m.legend).into()),
                    ("text-anchor", "middle".into()),
                    ("font-size", m.sup.into()),
                    ("fill", (&color).into()),
                ],
                &[Span::plain("1")],
            );
        }
    }
}
