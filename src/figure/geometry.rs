//! Sizes and positions shared by the parts of a figure, in px.

use crate::state::axis::{TimeWindow, x_from_time};
use crate::state::view::{MIN_BAR_PX, Mark, MarkKind};

/// Sizes derived from the base font size. Marks scale with the font: at
/// 13 px they are the window's sizes.
#[derive(Debug, Clone, Copy)]
pub struct Metrics {
    pub font: f64,
    pub title: f64,
    pub subtitle: f64,
    pub label: f64,
    /// Superscript note numbers.
    pub sup: f64,
    pub lane_name: f64,
    pub axis: f64,
    pub legend: f64,
    pub note: f64,
    pub margin: f64,
    pub scale: f64,
    /// Height of the band the marks sit in.
    pub band: f64,
    pub collapsed_band: f64,
    /// Height of one label track.
    pub track: f64,
    pub lane_pad: f64,
    pub note_line: f64,
    pub legend_row: f64,
}

impl Metrics {
    pub fn new(font: f64) -> Self {
        let scale = font / 13.0;
        let label = 0.9 * font;
        let note = 0.86 * font;
        let legend = 0.86 * font;
        Self {
            font,
            title: 1.6 * font,
            subtitle: 0.95 * font,
            label,
            sup: 0.68 * font,
            lane_name: 0.95 * font,
            axis: 0.88 * font,
            legend,
            note,
            margin: (1.6 * font).max(12.0),
            scale,
            band: 28.0 * scale,
            collapsed_band: 12.0 * scale,
            track: 1.45 * label,
            lane_pad: 0.5 * font,
            note_line: 1.4 * note,
            legend_row: 2.0 * legend,
        }
    }

    pub fn dot_radius(self, collapsed: bool) -> f64 {
        let radius = if collapsed { 3.0 } else { 5.5 };
        radius * self.scale
    }

    /// Half the height of a bar.
    pub fn bar_half(self, kind: MarkKind, collapsed: bool) -> f64 {
        let half = if collapsed {
            2.0
        } else if kind == MarkKind::Interval {
            3.0
        } else {
            5.0
        };
        half * self.scale
    }

    /// Radius of a cluster badge: wider for more digits.
    pub fn badge_radius(self, count: usize) -> f64 {
        let digits = count.to_string().len() as f64;
        (7.0 + 2.0 * (digits - 1.0)) * self.scale
    }

    /// Stroke width of hollow (approximate) dots.
    pub fn ring(self) -> f64 {
        2.0 * self.scale
    }
}

/// The plot area and its time window.
#[derive(Debug, Clone, Copy)]
pub struct Plot {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    pub window: TimeWindow,
}

impl Plot {
    pub fn width(self) -> f64 {
        self.right - self.left
    }

    /// x of a day number.
    pub fn x(self, day: f64) -> f64 {
        self.left + x_from_time(day, self.window, self.width())
    }

    /// Whether a period or interval is too short to draw as a bar (it is
    /// drawn as a hollow dot, as in the window).
    pub fn is_narrow(self, mark: &Mark) -> bool {
        mark.kind != MarkKind::Point && self.x(mark.end) - self.x(mark.start) < MIN_BAR_PX
    }

    /// Whether a mark is drawn as a dot.
    pub fn is_dot(self, mark: &Mark) -> bool {
        mark.kind == MarkKind::Point || self.is_narrow(mark)
    }
}

/// Where one lane is drawn.
#[derive(Debug, Clone, Copy)]
pub struct LaneGeom {
    pub top: f64,
    pub bottom: f64,
    /// The line the marks sit on.
    pub mark_y: f64,
    /// Top of the first label track.
    pub tracks_top: f64,
    pub tracks: usize,
}
