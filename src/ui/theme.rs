//! Every colour the UI uses, in one place. Lane colours are the Okabe–Ito
//! palette, which stays distinguishable with the common colour-vision
//! deficiencies.

use egui::Color32;

/// Okabe–Ito colours, cycled across lanes.
pub const LANE_PALETTE: [Color32; 7] = [
    Color32::from_rgb(0x00, 0x72, 0xB2), // blue
    Color32::from_rgb(0xE6, 0x9F, 0x00), // orange
    Color32::from_rgb(0x00, 0x9E, 0x73), // bluish green
    Color32::from_rgb(0xCC, 0x79, 0xA7), // reddish purple
    Color32::from_rgb(0x56, 0xB4, 0xE9), // sky blue
    Color32::from_rgb(0xD5, 0x5E, 0x00), // vermillion
    Color32::from_rgb(0xF0, 0xE4, 0x42), // yellow
];

/// Colour of lane `index`.
pub fn lane_color(index: usize) -> Color32 {
    LANE_PALETTE
        .get(index % LANE_PALETTE.len())
        .copied()
        .unwrap_or(Color32::GRAY)
}

/// Fill for imprecise periods (bars): the lane colour, lighter.
pub fn bar_fill(lane: Color32) -> Color32 {
    lane.gamma_multiply(0.45)
}

/// Fill for intervals ("since 2020"): thinner and fainter than periods.
pub fn interval_fill(lane: Color32) -> Color32 {
    lane.gamma_multiply(0.3)
}

/// Text on a cluster badge: black or white, whichever reads on `fill`.
pub fn badge_text(fill: Color32) -> Color32 {
    let luma =
        0.299 * f32::from(fill.r()) + 0.587 * f32::from(fill.g()) + 0.114 * f32::from(fill.b());
    if luma > 140.0 {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// Background of the density strip and the overview band.
pub fn strip_bg(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(24)
    } else {
        Color32::from_gray(238)
    }
}

/// Bars of the density histograms.
pub fn density(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x56, 0xB4, 0xE9)
    } else {
        Color32::from_rgb(0x00, 0x72, 0xB2)
    }
}

/// The current window drawn on the overview band.
pub fn window_fill(dark: bool) -> Color32 {
    if dark {
        Color32::from_white_alpha(30)
    } else {
        Color32::from_black_alpha(25)
    }
}

/// Outline of the selected event.
pub fn selection(dark: bool) -> Color32 {
    if dark { Color32::WHITE } else { Color32::BLACK }
}

/// Background behind the highlighted date expression in a passage.
pub fn expr_highlight(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x6B, 0x52, 0x00)
    } else {
        Color32::from_rgb(0xFF, 0xE0, 0x80)
    }
}

/// Text colour for errors in the status bar.
pub fn error_text(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0xFF, 0x8A, 0x80)
    } else {
        Color32::from_rgb(0xB0, 0x00, 0x20)
    }
}

/// Background behind lane names drawn over the plot.
pub fn lane_label_bg(dark: bool) -> Color32 {
    if dark {
        Color32::from_black_alpha(170)
    } else {
        Color32::from_white_alpha(200)
    }
}

/// Faint horizontal guide under each lane.
pub fn lane_guide(dark: bool) -> Color32 {
    if dark {
        Color32::from_white_alpha(28)
    } else {
        Color32::from_black_alpha(22)
    }
}

/// Adds `DejaVu` Sans (bundled under `assets/fonts/`, with its licence) as a
/// fallback after egui's default fonts, for the arrows, dashes and accented
/// names that appear in explanations and articles.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "DejaVuSans".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(include_bytes!(
            "../../assets/fonts/DejaVuSans.ttf"
        ))),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("DejaVuSans".to_owned());
    }
    ctx.set_fonts(fonts);
}
