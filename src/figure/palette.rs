//! Colours of figures. Lane colours are the same Okabe–Ito values as the
//! window's (`ui::theme::LANE_PALETTE`; `tests/figure_svg.rs` checks that
//! they match), and marks use the same opacities, so a figure looks like
//! the screen.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Black or white, whichever reads on this colour (the rule of the
    /// window's cluster badges).
    #[must_use]
    pub fn badge_text(self) -> Self {
        let luma =
            0.299 * f64::from(self.0) + 0.587 * f64::from(self.1) + 0.114 * f64::from(self.2);
        if luma > 140.0 {
            Self(0, 0, 0)
        } else {
            Self(255, 255, 255)
        }
    }
}

/// Okabe–Ito colours, cycled across lanes (same order as the window).
pub const LANE_PALETTE: [Rgb; 7] = [
    Rgb(0x00, 0x72, 0xB2), // blue
    Rgb(0xE6, 0x9F, 0x00), // orange
    Rgb(0x00, 0x9E, 0x73), // bluish green
    Rgb(0xCC, 0x79, 0xA7), // reddish purple
    Rgb(0x56, 0xB4, 0xE9), // sky blue
    Rgb(0xD5, 0x5E, 0x00), // vermillion
    Rgb(0xF0, 0xE4, 0x42), // yellow
];

/// Colour of lane `index`.
pub fn lane_color(index: usize) -> Rgb {
    LANE_PALETTE
        .get(index % LANE_PALETTE.len())
        .copied()
        .unwrap_or(Rgb(0x80, 0x80, 0x80))
}

/// Opacity of a period bar (month, year…): lighter than a point, so
/// precision shows (the window's `bar_fill`).
pub const PERIOD_OPACITY: f64 = 0.45;
/// Opacity of an interval bar (the window's `interval_fill`).
pub const INTERVAL_OPACITY: f64 = 0.3;

/// The neutral colours of a light or dark figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub background: Rgb,
    pub text: Rgb,
    /// Secondary text: subtitle, dates, axis labels, notes' details.
    pub muted: Rgb,
    /// Grid lines at ticks.
    pub grid: Rgb,
    /// Grid lines at coarse boundaries (years under months) and the axis.
    pub grid_strong: Rgb,
    /// Background of every other lane.
    pub lane_band: Rgb,
    /// Leader lines from marks to their labels.
    pub leader: Rgb,
}

impl Theme {
    pub fn light() -> Self {
        Self {
            background: Rgb(0xFF, 0xFF, 0xFF),
            text: Rgb(0x1A, 0x1A, 0x1A),
            muted: Rgb(0x5A, 0x5F, 0x66),
            grid: Rgb(0xE4, 0xE6, 0xEA),
            grid_strong: Rgb(0xB8, 0xBC, 0xC2),
            lane_band: Rgb(0xF5, 0xF6, 0xF8),
            leader: Rgb(0xA8, 0xAD, 0xB4),
        }
    }

    pub fn dark() -> Self {
        Self {
            background: Rgb(0x16, 0x17, 0x19),
            text: Rgb(0xE8, 0xE8, 0xE8),
            muted: Rgb(0xA4, 0xA8, 0xAE),
            grid: Rgb(0x2C, 0x2E, 0x32),
            grid_strong: Rgb(0x52, 0x56, 0x5C),
            lane_band: Rgb(0x1F, 0x21, 0x24),
            leader: Rgb(0x62, 0x67, 0x6E),
        }
    }

    pub fn new(dark: bool) -> Self {
        if dark { Self::dark() } else { Self::light() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_hex_and_badges_read() {
        assert_eq!(lane_color(0).hex(), "#0072b2");
        assert_eq!(lane_color(7), lane_color(0));
        assert_eq!(lane_color(6).badge_text(), Rgb(0, 0, 0));
        assert_eq!(lane_color(0).badge_text(), Rgb(255, 255, 255));
        assert_ne!(Theme::new(true), Theme::new(false));
    }
}
