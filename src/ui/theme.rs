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
