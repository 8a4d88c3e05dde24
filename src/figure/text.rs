//! Text metrics from the bundled `DejaVu` Sans fonts, so layout decisions
//! (what fits, where labels go) match what resvg draws, and fitting text
//! into a width: truncation at word boundaries and greedy word wrap.
//!
//! Widths are advance sums without kerning, so they are never smaller
//! than what resvg shapes; a character the font lacks counts as 0.6 em.

use std::sync::OnceLock;

/// `DejaVu` Sans, bundled under `assets/fonts/` with its licence.
pub static REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// `DejaVu` Sans Bold.
pub static BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The family name the SVG asks for (the bundled fonts' name).
pub const FONT_FAMILY: &str = "DejaVu Sans";
/// The `font-family` attribute: the bundled font, then look-alikes for
/// viewers that do not have it.
pub const FONT_STACK: &str = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

/// The ellipsis that marks shortened text.
pub const ELLIPSIS: char = '…';

struct Faces {
    regular: Option<ttf_parser::Face<'static>>,
    bold: Option<ttf_parser::Face<'static>>,
}

fn faces() -> &'static Faces {
    static FACES: OnceLock<Faces> = OnceLock::new();
    FACES.get_or_init(|| Faces {
        regular: ttf_parser::Face::parse(REGULAR_TTF, 0).ok(),
        bold: ttf_parser::Face::parse(BOLD_TTF, 0).ok(),
    })
}

/// Width in pixels of `text` set in `DejaVu` Sans at `size_px`.
pub fn text_width(text: &str, size_px: f64, bold: bool) -> f64 {
    let faces = faces();
    let face = if bold { &faces.bold } else { &faces.regular };
    let Some(face) = face else {
        return text.chars().count() as f64 * size_px * 0.6;
    };
    let per_unit = size_px / f64::from(face.units_per_em().max(1));
    text.chars()
        .map(|c| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(size_px * 0.6, |a| f64::from(a) * per_unit)
        })
        .sum()
}

/// Collapses runs of whitespace to single spaces and trims the ends (SVG
/// collapses them too, so what is measured is what is drawn).
pub fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` shortened with an ellipsis to fit `max_px`, cutting at a word
/// boundary when one leaves at least half the room used; `None` when not
/// even `min_chars` characters and the ellipsis fit.
pub fn truncate(
    text: &str,
    max_px: f64,
    size_px: f64,
    bold: bool,
    min_chars: usize,
) -> Option<String> {
    if text_width(text, size_px, bold) <= max_px {
        return Some(text.to_owned());
    }
    let room = max_px - text_width("…", size_px, bold);
    let mut width = 0.0;
    let mut cut = 0;
    let mut count = 0;
    for (i, c) in text.char_indices() {
        let w = text_width(c.encode_utf8(&mut [0; 4]), size_px, bold);
        if width + w > room {
            break;
        }
        width += w;
        cut = i + c.len_utf8();
        count += 1;
    }
    if count < min_chars {
        return None;
    }
    let head = text.get(..cut).unwrap_or("");
    let at_word = head
        .rfind(' ')
        .filter(|&i| text_width(head.get(..i).unwrap_or(""), size_px, bold) >= room / 2.0);
    let kept = at_word.map_or(head, |i| head.get(..i).unwrap_or(head));
    let kept = kept.trim_end_matches([' ', ',', ';', ':', '-', '–', '—', '.']);
    if kept.chars().count() < min_chars {
        return None;
    }
    Some(format!("{kept}{ELLIPSIS}"))
}

/// Greedy word wrap into lines no wider than `max_px`; a word wider than
/// a line is split between characters.
pub fn wrap(text: &str, max_px: f64, size_px: f64, bold: bool) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate, size_px, bold) <= max_px {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if text_width(word, size_px, bold) <= max_px {
            word.clone_into(&mut line);
            continue;
        }
        // A word longer than the line: split it.
        for c in word.chars() {
            let mut next = line.clone();
            next.push(c);
            if !line.is_empty() && text_width(&next, size_px, bold) > max_px {
                lines.push(std::mem::take(&mut line));
                line.push(c);
            } else {
                line = next;
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        let w = text_width("Niger", 10.0, false);
        assert!(w > 20.0 && w < 40.0, "{w}");
        assert!(text_width("Niger", 10.0, true) > w);
        assert!((text_width("Niger", 20.0, false) - 2.0 * w).abs() < 1e-9);
        assert!(text_width("", 10.0, false).abs() < f64::EPSILON);
        // Both bundled fonts parse.
        assert!(faces().regular.is_some() && faces().bold.is_some());
    }

    #[test]
    fn truncation_prefers_word_boundaries() {
        let text = "Soldiers detained the president in Niamey";
        assert_eq!(
            truncate(text, 1000.0, 12.0, false, 4).as_deref(),
            Some(text)
        );
        let short = truncate(text, 150.0, 12.0, false, 4).unwrap();
        assert!(short.ends_with('…'), "{short}");
        assert!(text_width(&short, 12.0, false) <= 150.0);
        assert!(text.starts_with(short.trim_end_matches('…')));
        assert!(!short.trim_end_matches('…').ends_with(' '));
        assert_eq!(truncate(text, 5.0, 12.0, false, 4), None);
    }

    #[test]
    fn wrapping_keeps_every_word() {
        let text = "Niger Since Independence: A Chronology of Coups";
        let lines = wrap(text, 120.0, 12.0, false);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| text_width(l, 12.0, false) <= 120.0));
        assert_eq!(lines.join(" "), text);
        let long = wrap("Supercalifragilistic", 40.0, 12.0, false);
        assert_eq!(long.concat(), "Supercalifragilistic");
        assert_eq!(normalize("  a \n b  "), "a b");
    }
}
