//! Report figures: the current view of the timeline as a clean SVG, and the
//! same figure as PNG rasterised by resvg.
//!
//! A figure has a title and a subtitle (events, sources, time range, lanes,
//! filters), lanes with their names in a left margin, the marks the window
//! draws (points for exact days, lighter bars for months and years, thinner
//! bars for intervals, hollow marks for approximate dates, count badges
//! for clusters, coverage bands), labels placed where there is room and
//! joined to their marks by leader lines, a calendar axis with a coarser
//! second row, a legend of the mark styles present, and numbered source
//! notes (article title, publisher, date) that labels point to with
//! superscript numbers (or, when lanes are articles, the lane names do).
//!
//! Everything is computed from the same pure inputs the window uses
//! ([`Layout`], [`build_frame`], [`crate::state::axis::ticks`]); no GUI
//! crate is involved. Text is real SVG `<text>` in `DejaVu` Sans, which is
//! bundled (`assets/fonts/`) and loaded into resvg's font database from
//! the binary, so a PNG looks the same on every machine. Sizes are in px.
//!
//! ```
//! use dateline::figure::{FigureInput, FigureOptions, render_png, render_svg};
//! use dateline::state::AppState;
//!
//! let state = AppState::sample();
//! let input = FigureInput::from_state(&state).unwrap();
//! let options = FigureOptions { width_px: 900, ..FigureOptions::default() };
//! let svg = render_svg(&input, &options);
//! assert!(svg.starts_with("<svg"));
//! let png = render_png(&svg, 1.0).unwrap();
//! assert_eq!(&png[1..4], b"PNG");
//! ```
//!
//! [`build_frame`]: crate::state::view::build_frame

mod annotate;
pub mod axis;
mod geometry;
pub mod labels;
mod legend;
mod marks;
mod notes;
pub mod palette;
mod render;
pub mod svg;
pub mod text;
mod words;

use std::path::Path;
use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

use crate::model::{Article, Timeline};
use crate::state::AppState;
use crate::state::axis::TimeWindow;
use crate::state::layout::Layout;
use crate::state::views::{Filter, LaneMode};

pub use words::{short_date, source_note_text};

/// What a figure shows: the data, its lanes and the time window.
#[derive(Debug, Clone, Copy)]
pub struct FigureInput<'a> {
    pub timeline: &'a Timeline,
    pub articles: &'a [Article],
    /// Lanes and shown events, as in the window ([`AppState::layout`]).
    pub layout: &'a Layout,
    pub window: TimeWindow,
    /// How the lanes were made (named in the subtitle; article lanes carry
    /// their note number).
    pub lane_mode: LaneMode,
    /// The filter that made `layout` (described in the subtitle).
    pub filter: &'a Filter,
}

impl<'a> FigureInput<'a> {
    /// The view the window shows; `None` before there is a time window.
    pub fn from_state(state: &'a AppState) -> Option<Self> {
        Some(Self {
            timeline: &state.timeline,
            articles: &state.articles,
            layout: &state.layout,
            window: state.window?,
            lane_mode: state.prefs.lanes.mode,
            filter: &state.filter,
        })
    }
}

/// How a figure looks.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureOptions {
    /// Width of the figure, px (clamped to 320..=16384).
    pub width_px: u32,
    /// Height of the figure, px: at least this, more when the lanes and
    /// notes need it; `None` fits the content.
    pub height_px: Option<u32>,
    /// Title; empty for none.
    pub title: String,
    pub dark: bool,
    /// Base font size, px (clamped to 8..=32); everything scales with it.
    pub font_size_px: f32,
}

impl Default for FigureOptions {
    fn default() -> Self {
        Self {
            width_px: 1600,
            height_px: None,
            title: String::new(),
            dark: false,
            font_size_px: 14.0,
        }
    }
}

/// A label drawn next to a mark.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedLabel {
    /// Lane index (in the layout's order).
    pub lane: usize,
    /// The timeline event it labels (for a cluster, its first event).
    pub event: usize,
    /// The date part as drawn (may be empty).
    pub date: String,
    /// The label text as drawn (possibly shortened; may be empty).
    pub text: String,
    /// Note numbers it points to.
    pub notes: Vec<usize>,
    /// Box of the whole label, px.
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// One numbered source note.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceNote {
    pub number: usize,
    /// Index into the articles.
    pub article: usize,
    pub text: String,
}

/// Where a lane row was drawn, px.
#[derive(Debug, Clone, PartialEq)]
pub struct LaneBox {
    pub name: String,
    pub top: f64,
    pub bottom: f64,
    /// The line the marks sit on.
    pub mark_y: f64,
    pub color: palette::Rgb,
}

/// A rendered figure and what went into it.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub svg: String,
    pub width_px: u32,
    pub height_px: u32,
    pub lanes: Vec<LaneBox>,
    pub labels: Vec<PlacedLabel>,
    pub notes: Vec<SourceNote>,
    /// Plot area (left, top, right, bottom), px.
    pub plot: (f64, f64, f64, f64),
    /// Events in the time window (in shown lanes).
    pub events_in_window: usize,
}

/// Lays out and draws the figure.
pub fn render(input: &FigureInput<'_>, options: &FigureOptions) -> Figure {
    render::render(input, options)
}

/// The figure as an SVG document.
pub fn render_svg(input: &FigureInput<'_>, options: &FigureOptions) -> String {
    render(input, options).svg
}

/// Why a figure could not be rasterised or saved.
#[derive(Debug, thiserror::Error)]
pub enum FigureError {
    #[error("the figure's SVG is invalid: {0}")]
    Svg(#[from] usvg::Error),
    #[error("a {width}×{height} px image is too large or empty")]
    Size { width: f64, height: f64 },
    #[error("cannot encode the PNG: {0}")]
    Png(String),
    #[error("unknown figure format (use .svg or .png): {path}")]
    Format { path: String },
}

/// Output formats, chosen by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
}

impl Format {
    /// The format a path's extension names (case-insensitive).
    pub fn from_path(path: &Path) -> Result<Self, FigureError> {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "svg" => Ok(Self::Svg),
            "png" => Ok(Self::Png),
            _ => Err(FigureError::Format {
                path: path.display().to_string(),
            }),
        }
    }
}

/// The file contents of `svg` in `format` (PNG at `scale`).
pub fn encode(svg: &str, format: Format, scale: f32) -> Result<Vec<u8>, FigureError> {
    match format {
        Format::Svg => Ok(svg.as_bytes().to_vec()),
        Format::Png => render_png(svg, scale),
    }
}

/// The bundled fonts in a database, loaded once.
fn font_db() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(text::REGULAR_TTF.to_vec());
        db.load_font_data(text::BOLD_TTF.to_vec());
        db.set_sans_serif_family(text::FONT_FAMILY);
        db.set_serif_family(text::FONT_FAMILY);
        Arc::new(db)
    })
    .clone()
}

/// Parses an SVG with the bundled fonts (what [`render_png`] draws).
pub fn parse_svg(svg: &str) -> Result<usvg::Tree, FigureError> {
    let options = usvg::Options {
        font_family: text::FONT_FAMILY.to_owned(),
        fontdb: font_db(),
        ..usvg::Options::default()
    };
    Ok(usvg::Tree::from_str(svg, &options)?)
}

/// A rasterised figure: premultiplied RGBA rows, top to bottom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raster {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

fn pixmap(svg: &str, scale: f32) -> Result<tiny_skia::Pixmap, FigureError> {
    let tree = parse_svg(svg)?;
    let size = tree.size();
    let scale = if scale.is_finite() && scale > 0.0 {
        scale
    } else {
        1.0
    };
    let (w, h) = (
        (size.width() * scale).round(),
        (size.height() * scale).round(),
    );
    let too_big = || FigureError::Size {
        width: f64::from(w),
        height: f64::from(h),
    };
    if !(1.0..=32_768.0).contains(&w) || !(1.0..=32_768.0).contains(&h) {
        return Err(too_big());
    }
    #[allow(clippy::cast_sign_loss)] // checked positive above
    let mut pixmap = tiny_skia::Pixmap::new(w as u32, h as u32).ok_or_else(too_big)?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

/// Rasterises an SVG at `scale` (1.0 = its own size in px).
pub fn rasterize(svg: &str, scale: f32) -> Result<Raster, FigureError> {
    let pixmap = pixmap(svg, scale)?;
    Ok(Raster {
        width: pixmap.width(),
        height: pixmap.height(),
        rgba: pixmap.take(),
    })
}

/// Rasterises an SVG at `scale` and encodes it as PNG.
pub fn render_png(svg: &str, scale: f32) -> Result<Vec<u8>, FigureError> {
    pixmap(svg, scale)?
        .encode_png()
        .map_err(|e| FigureError::Png(e.to_string()))
}
