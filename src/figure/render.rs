//! Layout and drawing of a figure (see [`super`] for what it contains).
//!
//! Vertical order: title, subtitle, lanes (names in the left margin; each
//! lane is a band of marks over label tracks), the axis, the legend and
//! the source notes. The height is what that content needs, or the
//! requested height when larger (extra room goes to label tracks first,
//! then evenly to the lanes).

use crate::state::layout::LaneInfo;
use crate::state::view::{FrameView, Mark, MarkKind, build_frame};
use crate::state::views::LaneMode;

use super::annotate::{self, LaneLabels};
use super::axis::{self, AxisPlan};
use super::geometry::{LaneGeom, Metrics, Plot};
use super::labels::{self, Bounds, Placement};
use super::legend::Legend;
use super::marks;
use super::notes::{NoteColumns, Notes};
use super::palette::{self, INTERVAL_OPACITY, PERIOD_OPACITY, Theme};
use super::svg::{Span, SvgWriter, escape, num};
use super::text::{self, normalize, text_width, truncate, wrap};
use super::words::subtitle;
use super::{Figure, FigureInput, FigureOptions, LaneBox, PlacedLabel};

/// Most label tracks a lane gets.
const MAX_TRACKS: usize = 12;
/// Label tracks shared among the lanes when the height is automatic.
const AUTO_TRACK_BUDGET: usize = 28;

/// Title and subtitle lines with their baselines.
#[derive(Debug, Clone, Default)]
struct Header {
    title: Vec<(String, f64)>,
    subtitle: Vec<(String, f64)>,
    subtitle_text: String,
    bottom: f64,
}

impl Header {
    fn new(title: &str, subtitle_text: String, m: Metrics, width: f64) -> Self {
        let content_width = width - 2.0 * m.margin;
        let mut y = m.margin;
        let mut header = Self::default();
        if !title.trim().is_empty() {
            for line in wrap(&normalize(title), content_width, m.title, true) {
                header.title.push((line, y + m.title * 0.95));
                y += m.title * 1.25;
            }
            y += 0.2 * m.font;
        }
        for line in wrap(&subtitle_text, content_width, m.subtitle, false)
            .into_iter()
            .take(2)
        {
            header.subtitle.push((line, y + m.subtitle));
            y += m.subtitle * 1.4;
        }
        header.subtitle_text = subtitle_text;
        header.bottom = y + 0.9 * m.font;
        header
    }

    fn draw(&self, w: &mut SvgWriter, m: Metrics, theme: Theme) {
        w.open("g", &[("id", "header".into())]);
        for (line, baseline) in &self.title {
            w.text(
                &[
                    ("x", m.margin.into()),
                    ("y", (*baseline).into()),
                    ("font-size", m.title.into()),
                    ("font-weight", "bold".into()),
                    ("fill", (&theme.text.hex()).into()),
                ],
                &[Span::plain(line.clone())],
            );
        }
        for (line, baseline) in &self.subtitle {
            w.text(
                &[
                    ("x", m.margin.into()),
                    ("y", (*baseline).into()),
                    ("font-size", m.subtitle.into()),
                    ("fill", (&theme.muted.hex()).into()),
                ],
                &[Span::plain(line.clone())],
            );
        }
        w.close("g");
    }
}

/// The axis plan with its vertical measures (offsets below the plot).
#[derive(Debug, Clone)]
struct AxisRows {
    plan: AxisPlan,
    tick_len: f64,
    fine_baseline: f64,
    coarse_baseline: f64,
    height: f64,
}

impl AxisRows {
    fn new(plot: Plot, m: Metrics, width: f64) -> Self {
        let plan = axis::plan(
            plot.window,
            plot.left,
            plot.width(),
            m.axis,
            (m.margin, width - m.margin),
        );
        let tick_len = 5.0 * m.scale;
        let fine_baseline = tick_len + m.axis * 1.15;
        let coarse_baseline = fine_baseline + m.axis * 1.45;
        let last = if plan.coarse.is_empty() {
            fine_baseline
        } else {
            coarse_baseline
        };
        Self {
            plan,
            tick_len,
            fine_baseline,
            coarse_baseline,
            height: last + 0.4 * m.axis,
        }
    }

    /// Vertical grid lines through the plot: faint at ticks, stronger at
    /// the coarse boundaries.
    fn draw_grid(&self, w: &mut SvgWriter, plot: Plot, theme: Theme) {
        w.open("g", &[("id", "grid".into())]);
        let (faint, strong) = (theme.grid.hex(), theme.grid_strong.hex());
        for &x in &self.plan.ticks {
            if !self.plan.boundaries.iter().any(|b| (b - x).abs() < 0.5) {
                w.vline(x, plot.top, plot.bottom, &faint);
            }
        }
        for &x in &self.plan.boundaries {
            w.vline(x, plot.top, plot.bottom, &strong);
        }
        w.close("g");
    }

    fn draw(&self, w: &mut SvgWriter, plot: Plot, m: Metrics, theme: Theme) {
        let y = plot.bottom;
        w.open(
            "g",
            &[
                ("id", "axis".into()),
                ("font-size", m.axis.into()),
                ("fill", (&theme.muted.hex()).into()),
            ],
        );
        let strong = theme.grid_strong.hex();
        w.leaf(
            "line",
            &[
                ("x1", plot.left.into()),
                ("y1", y.into()),
                ("x2", plot.right.into()),
                ("y2", y.into()),
                ("stroke", (&strong).into()),
            ],
        );
        for &x in &self.plan.ticks {
            w.vline(x, y, y + self.tick_len, &strong);
        }
        for &x in &self.plan.boundaries {
            w.vline(x, y, y + self.coarse_baseline + 0.3 * m.axis, &strong);
        }
        for label in &self.plan.fine {
            w.text(
                &[
                    ("x", label.x.into()),
                    ("y", (y + self.fine_baseline).into()),
                    ("text-anchor", "middle".into()),
                ],
                &[Span::plain(label.text.clone())],
            );
        }
        for label in &self.plan.coarse {
            w.text(
                &[
                    ("x", label.x.into()),
                    ("y", (y + self.coarse_baseline).into()),
                    ("text-anchor", "middle".into()),
                    ("font-weight", "bold".into()),
                    ("fill", (&theme.text.hex()).into()),
                ],
                &[Span::plain(label.text.clone())],
            );
        }
        w.close("g");
    }
}

/// Label tracks per lane: as many as wanted up to a share of a budget
/// (automatic height), or as many as fit in `height_px` (each lane that
/// wants one gets one; more in turns while there is room).
fn allocate_tracks(wanted: &[usize], height_px: Option<u32>, fixed: f64, m: Metrics) -> Vec<usize> {
    match height_px {
        None => {
            let cap = (AUTO_TRACK_BUDGET / wanted.len().max(1)).clamp(2, 10);
            wanted.iter().map(|&w| w.min(cap)).collect()
        }
        Some(h) => {
            let mut tracks: Vec<usize> = wanted.iter().map(|&w| w.min(1)).collect();
            let mut room = f64::from(h) - fixed - tracks.iter().sum::<usize>() as f64 * m.track;
            for round in 2..=MAX_TRACKS {
                for (t, &w) in tracks.iter_mut().zip(wanted) {
                    if w >= round && room >= m.track {
                        *t += 1;
                        room -= m.track;
                    }
                }
            }
            tracks
        }
    }
}

/// Stacks the lanes from `top`; `extra` px are shared evenly among them
/// (their content centred).
fn stack_lanes(
    lanes: &[LaneInfo],
    tracks: &[usize],
    top: f64,
    extra: f64,
    m: Metrics,
) -> Vec<LaneGeom> {
    let extra_each = extra / lanes.len().max(1) as f64;
    let mut y = top;
    let mut geoms = Vec::with_capacity(lanes.len());
    for (lane, &t) in lanes.iter().zip(tracks) {
        let (band, pad) = if lane.collapsed {
            (m.collapsed_band, 0.3 * m.lane_pad)
        } else {
            (m.band, m.lane_pad)
        };
        let height = band + pad + t as f64 * m.track + extra_each;
        let content_top = y + extra_each / 2.0 + 0.15 * m.lane_pad;
        geoms.push(LaneGeom {
            top: y,
            bottom: y + height,
            mark_y: content_top + band / 2.0,
            tracks_top: content_top + band,
            tracks: t,
        });
        y += height;
    }
    geoms
}

/// The lane names' column: where names start and how wide they may be.
#[derive(Debug, Clone, Copy)]
struct NameColumn {
    swatch: f64,
    x: f64,
    width: f64,
}

impl NameColumn {
    fn new(lanes: &[LaneInfo], lane_notes: &[Option<usize>], m: Metrics, width: f64) -> Self {
        let swatch = 4.0 * m.scale;
        let widest = lanes
            .iter()
            .zip(lane_notes)
            .map(|(l, n)| {
                text_width(&normalize(&l.name), m.lane_name, true)
                    + n.map_or(0.0, |n| 1.0 + text_width(&n.to_string(), m.sup, false))
            })
            .fold(0.0, f64::max);
        Self {
            swatch,
            x: m.margin + swatch + 0.5 * m.font,
            width: widest.min(0.22 * width).max(3.0 * m.font),
        }
    }

    /// A lane's name in at most `lines_max` lines (the last shortened).
    fn lines(
        self,
        name: &str,
        lines_max: usize,
        size: f64,
        m: Metrics,
        note: Option<usize>,
    ) -> Vec<String> {
        let note_w = note.map_or(0.0, |n| 1.0 + text_width(&n.to_string(), m.sup, false));
        let room = (self.width - note_w).max(m.font);
        let mut lines = wrap(&normalize(name), room, size, true);
        let lines_max = lines_max.max(1);
        if lines.len() > lines_max {
            let rest = lines.split_off(lines_max - 1).join(" ");
            lines.push(
                truncate(&rest, room, size, true, 1).unwrap_or_else(|| text::ELLIPSIS.to_string()),
            );
        }
        lines
    }
}

/// Shading of every other lane, colour swatches and names (with the note
/// number when lanes are articles).
#[allow(clippy::too_many_arguments)]
fn draw_lane_rows(
    w: &mut SvgWriter,
    lanes: &[LaneInfo],
    geoms: &[LaneGeom],
    lane_notes: &[Option<usize>],
    names: NameColumn,
    plot: Plot,
    m: Metrics,
    theme: Theme,
) -> Vec<LaneBox> {
    w.open("g", &[("id", "lanes".into())]);
    let mut boxes = Vec::new();
    for (i, (lane, geom)) in lanes.iter().zip(geoms).enumerate() {
        let color = palette::lane_color(lane.color);
        let height = geom.bottom - geom.top;
        if i % 2 == 1 {
            w.leaf(
                "rect",
                &[
                    ("x", m.margin.into()),
                    ("y", geom.top.into()),
                    ("width", (plot.right - m.margin).into()),
                    ("height", height.into()),
                    ("fill", (&theme.lane_band.hex()).into()),
                ],
            );
        }
        let inset = (0.15 * m.lane_pad).min(height / 4.0);
        w.leaf(
            "rect",
            &[
                ("x", m.margin.into()),
                ("y", (geom.top + inset).into()),
                ("width", names.swatch.into()),
                ("height", (height - 2.0 * inset).into()),
                ("rx", (names.swatch / 2.0).into()),
                ("fill", (&color.hex()).into()),
            ],
        );
        let size = if lane.collapsed {
            m.lane_name * 0.85
        } else {
            m.lane_name
        };
        let line_height = size * 1.2;
        let first_baseline = geom.mark_y + 0.36 * size;
        #[allow(clippy::cast_sign_loss)] // clamped to at least 0
        let lines_max =
            1 + ((geom.bottom - first_baseline - 0.3 * size) / line_height).max(0.0) as usize;
        let note = lane_notes.get(i).copied().flatten();
        let name_lines = names.lines(&lane.name, lines_max, size, m, note);
        let last = name_lines.len().saturating_sub(1);
        for (k, line) in name_lines.iter().enumerate() {
            let mut spans = vec![Span::plain(line.clone())];
            if k == last
                && let Some(n) = note
            {
                spans.push(Span {
                    text: n.to_string(),
                    fill: Some(theme.muted.hex()),
                    size_px: Some(m.sup),
                    dy_px: Some(-0.4 * size),
                    ..Span::default()
                });
            }
            w.text(
                &[
                    ("x", names.x.into()),
                    ("y", (first_baseline + k as f64 * line_height).into()),
                    ("font-size", size.into()),
                    ("font-weight", "bold".into()),
                    ("fill", (&theme.text.hex()).into()),
                ],
                &spans,
            );
        }
        boxes.push(LaneBox {
            name: lane.name.clone(),
            top: geom.top,
            bottom: geom.bottom,
            mark_y: geom.mark_y,
            color,
        });
    }
    w.close("g");
    boxes
}

/// A mark's tooltip (`<title>`): date, label and article.
fn tooltip(input: &FigureInput<'_>, mark: &Mark) -> Option<String> {
    let e = input.timeline.get(mark.event)?;
    let source = input
        .articles
        .get(e.article)
        .map_or(String::new(), |a| format!(" ({})", a.display_name()));
    Some(format!(
        "{}: {}{source}",
        e.date.describe(),
        normalize(&e.label)
    ))
}

/// One lane's coverage bands, bars, dots and badges, in the window's
/// styles: periods under intervals under dots under badges.
fn draw_lane_marks(
    w: &mut SvgWriter,
    input: &FigureInput<'_>,
    frame: &FrameView,
    plot: Plot,
    m: Metrics,
    (lane_index, geom): (usize, &LaneGeom),
) {
    let Some(lane) = input.layout.lanes.get(lane_index) else {
        return;
    };
    let color = palette::lane_color(lane.color);
    let hex = color.hex();
    let y = geom.mark_y;
    let collapsed = lane.collapsed;
    w.open("g", &[("class", "lane".into())]);
    for band in frame.coverage.iter().filter(|b| b.lane == lane_index) {
        let strength = f64::from(band.depth) / f64::from(band.max_depth.max(1));
        let half = m.bar_half(MarkKind::Period, collapsed);
        w.bar(
            (
                plot.x(band.start).max(plot.left),
                plot.x(band.end).min(plot.right),
            ),
            y,
            half,
            &hex,
            0.15 + 0.6 * strength,
            false,
        );
    }
    let marks: Vec<&Mark> = frame
        .marks
        .iter()
        .filter(|mk| mk.lane == lane_index)
        .collect();
    for kind in [MarkKind::Period, MarkKind::Interval] {
        for mark in marks
            .iter()
            .filter(|mk| mk.kind == kind && !plot.is_dot(mk))
        {
            // Bars end at the plot's edges (dots may overhang them).
            let x0 = plot.x(mark.start).max(plot.left);
            let x1 = plot.x(mark.end).min(plot.right).max(x0 + 3.0);
            let opacity = if kind == MarkKind::Interval {
                INTERVAL_OPACITY
            } else {
                PERIOD_OPACITY
            };
            w.open("g", &[]);
            if let Some(t) = tooltip(input, mark) {
                w.element("title", &[], &t);
            }
            w.bar(
                (x0, x1),
                y,
                m.bar_half(kind, collapsed),
                &hex,
                opacity,
                mark.approximate,
            );
            w.close("g");
        }
    }
    for mark in marks.iter().filter(|mk| plot.is_dot(mk)) {
        let hollow = mark.approximate || mark.kind != MarkKind::Point;
        w.open("g", &[]);
        if let Some(t) = tooltip(input, mark) {
            w.element("title", &[], &t);
        }
        w.circle(
            (plot.x(mark.center()), y),
            m.dot_radius(collapsed),
            &hex,
            hollow.then(|| m.ring()),
        );
        w.close("g");
    }
    for cluster in frame.clusters.iter().filter(|c| c.lane == lane_index) {
        let cx = plot.x(cluster.center());
        let r = if collapsed {
            m.dot_radius(true) + 1.0
        } else {
            m.badge_radius(cluster.count)
        };
        w.open("g", &[]);
        w.element("title", &[], &format!("{} events", cluster.count));
        w.circle((cx, y), r, &hex, None);
        if !collapsed {
            w.text(
                &[
                    ("x", cx.into()),
                    ("y", (y + 3.6 * m.scale).into()),
                    ("text-anchor", "middle".into()),
                    ("font-size", (10.0 * m.scale).into()),
                    ("font-weight", "bold".into()),
                    ("fill", (&color.badge_text().hex()).into()),
                ],
                &[Span::plain(cluster.count.to_string())],
            );
        }
        w.close("g");
    }
    w.close("g");
}

/// Placed labels with their leaders; returns what was drawn.
fn draw_labels(
    w: &mut SvgWriter,
    lane_labels: &[LaneLabels],
    placements: &[(usize, Placement)],
    geoms: &[LaneGeom],
    m: Metrics,
    theme: Theme,
) -> Vec<PlacedLabel> {
    let (muted, leader) = (theme.muted.hex(), theme.leader.hex());
    let mut drawn = Vec::new();
    w.open(
        "g",
        &[
            ("id", "labels".into()),
            ("font-size", m.label.into()),
            ("fill", (&theme.text.hex()).into()),
        ],
    );
    for &(lane, p) in placements {
        let (Some(ll), Some(geom)) = (lane_labels.get(lane), geoms.get(lane)) else {
            continue;
        };
        let (Some(source), Some(form)) = (
            ll.sources.get(p.candidate),
            ll.forms.get(p.candidate).and_then(|f| f.get(p.form)),
        ) else {
            continue;
        };
        let track_top = geom.tracks_top + p.track as f64 * m.track;
        let middle = track_top + m.track / 2.0;
        w.leaf(
            "line",
            &[
                ("x1", source.anchor_x.into()),
                (
                    "y1",
                    (geom.mark_y + source.mark_below + 1.5 * m.scale).into(),
                ),
                ("x2", source.anchor_x.into()),
                ("y2", middle.into()),
                ("stroke", (&leader).into()),
                ("stroke-width", (0.9 * m.scale).into()),
            ],
        );
        let mut spans = Vec::new();
        if !form.date.is_empty() {
            spans.push(Span {
                text: form.date.clone(),
                bold: true,
                fill: Some(muted.clone()),
                ..Span::default()
            });
        }
        if !form.text.is_empty() {
            let sep = if form.date.is_empty() { "" } else { " " };
            spans.push(Span::plain(format!("{sep}{}", form.text)));
        }
        if !form.refs.is_empty() {
            spans.push(Span {
                text: form.refs.clone(),
                fill: Some(muted.clone()),
                size_px: Some(m.sup),
                dy_px: Some(-0.4 * m.label),
                ..Span::default()
            });
        }
        w.text(
            &[("x", p.x.into()), ("y", (middle + 0.36 * m.label).into())],
            &spans,
        );
        drawn.push(PlacedLabel {
            lane,
            event: source.event,
            date: form.date.clone(),
            text: form.text.clone(),
            notes: if form.refs.is_empty() {
                Vec::new()
            } else {
                source.notes.iter().copied().collect()
            },
            x: p.x,
            y: track_top,
            width: p.width,
            height: m.track,
        });
    }
    w.close("g");
    drawn
}

/// The `<svg>` element, title, description, clip path and background.
fn prologue(
    w: &mut SvgWriter,
    (width, height): (f64, f64),
    header: &Header,
    plot: Plot,
    m: Metrics,
    theme: Theme,
) {
    w.raw(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" font-family=\"{}\" font-size=\"{}\">\n",
        num(width),
        num(height),
        num(width),
        num(height),
        escape(text::FONT_STACK),
        num(m.font),
    ));
    let title: Vec<&str> = header.title.iter().map(|(line, _)| line.as_str()).collect();
    let title = if title.is_empty() {
        "Timeline".to_owned()
    } else {
        title.join(" ")
    };
    w.element("title", &[], &title);
    w.element("desc", &[], &header.subtitle_text);
    let clip_pad = 12.0 * m.scale;
    w.open("defs", &[]);
    w.open("clipPath", &[("id", "plot-area".into())]);
    w.leaf(
        "rect",
        &[
            ("x", (plot.left - clip_pad).into()),
            ("y", plot.top.into()),
            ("width", (plot.width() + 2.0 * clip_pad).into()),
            ("height", (plot.bottom - plot.top).into()),
        ],
    );
    w.close("clipPath");
    w.close("defs");
    w.leaf(
        "rect",
        &[
            ("width", "100%".into()),
            ("height", "100%".into()),
            ("fill", (&theme.background.hex()).into()),
        ],
    );
}

/// What is drawn under the plot.
#[derive(Debug)]
struct Below {
    axis: AxisRows,
    legend: Legend,
    notes: NoteColumns,
}

impl Below {
    fn height(&self, m: Metrics) -> f64 {
        self.axis.height
            + m.font
            + self.legend.height(m)
            + 0.6 * m.font
            + self.notes.height(m)
            + m.margin
    }
}

/// Heights of the lanes (with their label tracks) and of the figure; sets
/// the plot's bottom.
fn vertical_layout(
    lanes: &[LaneInfo],
    wanted: &[usize],
    height_px: Option<u32>,
    plot: &mut Plot,
    below: &Below,
    m: Metrics,
) -> (Vec<LaneGeom>, f64) {
    let empty_height = if lanes.is_empty() { 5.0 * m.font } else { 0.0 };
    let no_tracks: f64 = stack_lanes(lanes, &vec![0; lanes.len()], 0.0, 0.0, m)
        .last()
        .map_or(0.0, |g| g.bottom);
    let fixed = plot.top + no_tracks + empty_height + below.height(m);
    let tracks = allocate_tracks(wanted, height_px, fixed, m);
    let needed = fixed + tracks.iter().sum::<usize>() as f64 * m.track;
    let height = height_px
        .map_or(needed, |h| f64::from(h).max(needed))
        .ceil();
    let extra = (height - needed).max(0.0);
    let geoms = stack_lanes(lanes, &tracks, plot.top, extra, m);
    plot.bottom = geoms
        .last()
        .map_or(plot.top + empty_height + extra, |g| g.bottom);
    (geoms, height)
}

/// Per lane, its note number when lanes are articles.
fn lane_notes(input: &FigureInput<'_>, notes: &Notes, article_mode: bool) -> Vec<Option<usize>> {
    input
        .layout
        .lanes
        .iter()
        .map(|l| {
            let event = input.timeline.get(*l.events.first()? as usize)?;
            article_mode
                .then(|| notes.number_of.get(&event.article).copied())
                .flatten()
        })
        .collect()
}

/// Per lane, the label tracks that would take its labels (none when
/// collapsed).
fn tracks_wanted(lanes: &[LaneInfo], lane_labels: &[LaneLabels], bounds: Bounds) -> Vec<usize> {
    lanes
        .iter()
        .zip(lane_labels)
        .map(|(lane, ll)| {
            if lane.collapsed {
                0
            } else {
                labels::tracks_wanted(&ll.candidates, &ll.order, MAX_TRACKS, bounds)
            }
        })
        .collect()
}

/// Places every lane's labels in its tracks: (lane, placement).
fn place_all(
    lane_labels: &[LaneLabels],
    geoms: &[LaneGeom],
    bounds: Bounds,
) -> Vec<(usize, Placement)> {
    lane_labels
        .iter()
        .zip(geoms)
        .enumerate()
        .flat_map(|(lane, (ll, geom))| {
            labels::place(&ll.candidates, &ll.order, geom.tracks, bounds)
                .into_iter()
                .map(move |p| (lane, p))
        })
        .collect()
}

/// Every lane's marks, clipped to the plot.
fn draw_marks(
    w: &mut SvgWriter,
    input: &FigureInput<'_>,
    frame: &FrameView,
    plot: Plot,
    m: Metrics,
    geoms: &[LaneGeom],
) {
    w.open(
        "g",
        &[
            ("id", "marks".into()),
            ("clip-path", "url(#plot-area)".into()),
        ],
    );
    for lane in geoms.iter().enumerate() {
        draw_lane_marks(w, input, frame, plot, m, lane);
    }
    w.close("g");
}

/// The message in an empty plot.
fn no_events(w: &mut SvgWriter, plot: Plot, theme: Theme) {
    w.text(
        &[
            ("x", f64::midpoint(plot.left, plot.right).into()),
            ("y", f64::midpoint(plot.top, plot.bottom).into()),
            ("text-anchor", "middle".into()),
            ("fill", (&theme.muted.hex()).into()),
        ],
        &[Span::plain("No events match this view.")],
    );
}

/// Lays out and draws the figure.
pub fn render(input: &FigureInput<'_>, options: &FigureOptions) -> Figure {
    let m = Metrics::new(f64::from(options.font_size_px.clamp(8.0, 32.0)));
    let theme = Theme::new(options.dark);
    let width = f64::from(options.width_px.clamp(320, 16_384));
    let lanes = &input.layout.lanes;
    let notes = Notes::new(input);
    let article_mode = input.lane_mode == LaneMode::Article;
    let lane_notes = lane_notes(input, &notes, article_mode);
    let names = NameColumn::new(lanes, &lane_notes, m, width);
    let mut plot = Plot {
        left: names.x + names.width + 1.2 * m.font,
        right: width - m.margin,
        top: 0.0,
        bottom: 0.0,
        window: input.window,
    };
    if plot.width() < 100.0 {
        plot.left = (plot.right - 100.0).max(m.margin);
    }

    // Marks and what their labels could say.
    let frame = build_frame(
        input.timeline,
        input.layout,
        input.window,
        plot.width(),
        None,
    );
    let marks = marks::spread(frame, input.layout, plot, m);
    let with_refs = !article_mode && notes.list.len() > 1;
    let lane_labels = annotate::label_sources(input, &marks, plot, m, &notes.number_of, with_refs);
    let bounds = Bounds {
        left: plot.left,
        right: plot.right,
        gap: 0.9 * m.label,
        pad: 3.0 * m.scale,
    };
    let wanted = tracks_wanted(lanes, &lane_labels, bounds);

    // Vertical layout.
    let header = Header::new(
        &options.title,
        subtitle(input, marks.frame.in_window, notes.list.len()),
        m,
        width,
    );
    plot.top = header.bottom;
    let refs_used = with_refs
        && lane_labels
            .iter()
            .any(|l| l.sources.iter().any(|s| !s.notes.is_empty()));
    let below = Below {
        axis: AxisRows::new(plot, m, width),
        legend: Legend::new(
            &marks.frame,
            plot,
            refs_used,
            m,
            (m.margin, width - m.margin),
        ),
        notes: NoteColumns::new(&notes.list, m, width - 2.0 * m.margin),
    };
    let (geoms, height) = vertical_layout(lanes, &wanted, options.height_px, &mut plot, &below, m);
    let placements = place_all(&lane_labels, &geoms, bounds);

    // Drawing, back to front.
    let mut w = SvgWriter::new();
    prologue(&mut w, (width, height), &header, plot, m, theme);
    header.draw(&mut w, m, theme);
    let lane_boxes = draw_lane_rows(&mut w, lanes, &geoms, &lane_notes, names, plot, m, theme);
    below.axis.draw_grid(&mut w, plot, theme);
    draw_marks(&mut w, input, &marks.frame, plot, m, &geoms);
    let placed = draw_labels(&mut w, &lane_labels, &placements, &geoms, m, theme);
    if lanes.is_empty() {
        no_events(&mut w, plot, theme);
    }
    below.axis.draw(&mut w, plot, m, theme);
    let legend_top = plot.bottom + below.axis.height + m.font;
    below.legend.draw(&mut w, legend_top, m, theme);
    let notes_top = legend_top + below.legend.height(m) + 0.6 * m.font;
    below
        .notes
        .draw(&mut w, &notes.list, (m.margin, notes_top), m, theme);
    w.raw("</svg>\n");

    #[allow(clippy::cast_sign_loss)] // both positive
    Figure {
        svg: w.finish(),
        width_px: width as u32,
        height_px: height as u32,
        lanes: lane_boxes,
        labels: placed,
        notes: notes.list,
        plot: (plot.left, plot.top, plot.right, plot.bottom),
        events_in_window: marks.frame.in_window,
    }
}
