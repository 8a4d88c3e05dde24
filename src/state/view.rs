//! The per-frame view-model of the timeline: what is drawn for a given time
//! window and width, as plain data. Only events in the window are visited
//! (binary search per lane); marks that would overlap on screen are merged
//! into clusters with a count, and a per-pixel density histogram is built.
//! The UI draws this without further decisions.
//!
//! Positions (marks, clusters, bands) are in day numbers; pixels and
//! clustering follow the frame's [`GapAxis`], which squeezes long empty
//! periods when gap collapsing is on (the identity otherwise).

use crate::model::Timeline;

use super::axis::TimeWindow;
use super::gaps::{Gap, GapAxis};
use super::layout::{LaneInfo, Layout};

/// Marks closer than this many pixels merge into a cluster.
pub const CLUSTER_PX: f64 = 7.0;
/// Smallest empty space between two count badges of a lane, pixels.
pub const BADGE_GAP_PX: f64 = 2.0;

/// Radius in pixels of the badge that shows a cluster of `count` events:
/// 7 for one digit, 2 more per further digit, so the count fits inside.
pub fn badge_radius_px(count: usize) -> f64 {
    let digits = count.max(1).ilog10() + 1;
    7.0 + 2.0 * f64::from(digits - 1)
}

/// Bars narrower than this are drawn (and clustered) as points.
pub const MIN_BAR_PX: f64 = 4.0;
/// Above this many bars in view, a lane's bars are drawn as a per-pixel
/// coverage band instead of one by one.
pub const MAX_BARS_PER_LANE: usize = 200;

/// One lane row as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct LaneRow {
    pub name: String,
    pub key: String,
    /// Centre y in plot units (0 at the top, negative downwards).
    pub y: f64,
    pub height: f64,
    pub color: usize,
    pub collapsed: bool,
    /// Events in the lane (whole timeline, after filters).
    pub count: usize,
}

/// What kind of mark an event gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// An exact day: a dot.
    Point,
    /// A month, year or longer period: a light bar across it.
    Period,
    /// An interval ("since 2020", "from 1960 to 1974"): a bar.
    Interval,
}

/// One event as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Index into the timeline's events.
    pub event: usize,
    pub lane: usize,
    /// Start and end in day numbers (end exclusive: a day spans 1.0).
    pub start: f64,
    pub end: f64,
    pub kind: MarkKind,
    pub approximate: bool,
    pub selected: bool,
}

impl Mark {
    /// The x where a point mark is drawn (the middle of its day).
    pub fn center(&self) -> f64 {
        f64::midpoint(self.start, self.end)
    }
}

/// Several events too close to draw apart, drawn as one badge.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub lane: usize,
    /// Extent of the clustered events, day numbers.
    pub start: f64,
    pub end: f64,
    pub count: usize,
    /// The earliest event in the cluster.
    pub first_event: usize,
}

impl Cluster {
    pub fn center(&self) -> f64 {
        f64::midpoint(self.start, self.end)
    }
}

/// Many overlapping periods in one lane, drawn as a band whose strength is
/// how many of them cover each stretch.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    pub lane: usize,
    /// Start and end, day numbers.
    pub start: f64,
    pub end: f64,
    /// How many bars cover this stretch.
    pub depth: u32,
    /// The deepest stretch of the lane (for scaling the band's strength).
    pub max_depth: u32,
}

/// Everything the plot draws for one window.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrameView {
    pub window: Option<TimeWindow>,
    pub lanes: Vec<LaneRow>,
    pub marks: Vec<Mark>,
    pub clusters: Vec<Cluster>,
    pub coverage: Vec<Coverage>,
    /// Events per pixel column across all lanes (length = width in px).
    pub density: Vec<u32>,
    /// Events in the window.
    pub in_window: usize,
    /// Day ↔ axis mapping the frame was built on (plot x is the axis).
    pub axis: GapAxis,
    /// Squeezed empty periods in the window, drawn as marked breaks.
    pub gaps: Vec<Gap>,
}

/// Marks of one lane, merging runs of nearby points into clusters.
struct LaneBuilder {
    lane: usize,
    pending: Option<(i64, Cluster, Mark)>,
}

impl LaneBuilder {
    /// Adds a point-like mark whose centre falls in cluster `bin`.
    fn add(&mut self, bin: i64, mark: Mark, marks: &mut Vec<Mark>, clusters: &mut Vec<Cluster>) {
        if let Some((b, cluster, _)) = &mut self.pending
            && *b == bin
        {
            cluster.count += 1;
            cluster.start = cluster.start.min(mark.start);
            cluster.end = cluster.end.max(mark.end);
            return;
        }
        self.flush(marks, clusters);
        let cluster = Cluster {
            lane: self.lane,
            start: mark.start,
            end: mark.end,
            count: 1,
            first_event: mark.event,
        };
        self.pending = Some((bin, cluster, mark));
    }

    /// Emits the pending run: a lone mark, or a cluster.
    fn flush(&mut self, marks: &mut Vec<Mark>, clusters: &mut Vec<Cluster>) {
        match self.pending.take() {
            Some((_, cluster, mark)) if cluster.count == 1 => marks.push(mark),
            Some((_, cluster, _)) => clusters.push(cluster),
            None => {}
        }
    }
}

fn mark_kind(precision: crate::model::Precision) -> MarkKind {
    match precision {
        crate::model::Precision::Day => MarkKind::Point,
        crate::model::Precision::Interval => MarkKind::Interval,
        _ => MarkKind::Period,
    }
}

/// Points per lane in view up to which each is visited (and clustered by
/// runs); above it, cluster counts come from binary searches per bin.
pub const POINTS_VISITED_LIMIT: usize = 4096;

/// Pixel geometry of a frame: `window` in days, pixels along the axis.
#[derive(Debug, Clone, Copy)]
struct Geometry<'a> {
    window: TimeWindow,
    axis: &'a GapAxis,
    /// The window's left edge on the axis.
    min_x: f64,
    width_px: f64,
    px_per_unit: f64,
}

impl Geometry<'_> {
    fn to_px(self, day: f64) -> f64 {
        (self.axis.x_from_day(day) - self.min_x) * self.px_per_unit
    }

    fn to_day(self, px: f64) -> f64 {
        self.axis.day_from_x(self.min_x + px / self.px_per_unit)
    }

    #[allow(clippy::cast_sign_loss)] // width is clamped to 1..=16384
    fn columns(self) -> usize {
        self.width_px.ceil() as usize
    }
}

/// Builds the frame for `window` drawn `width_px` wide. Cost per lane is
/// O(log n) plus the marks drawn: dense stretches are counted with binary
/// searches per cluster bin and per pixel column, never visited one by one.
pub fn build_frame(
    timeline: &Timeline,
    layout: &Layout,
    window: TimeWindow,
    width_px: f64,
    selected: Option<usize>,
) -> FrameView {
    build_frame_on(
        timeline,
        layout,
        window,
        width_px,
        selected,
        &GapAxis::default(),
    )
}

/// [`build_frame`] on an axis that may squeeze empty periods: pixel
/// columns, cluster bins and hit testing follow `axis`; `window` is in
/// days. The gaps in view are listed in [`FrameView::gaps`].
pub fn build_frame_on(
    timeline: &Timeline,
    layout: &Layout,
    window: TimeWindow,
    width_px: f64,
    selected: Option<usize>,
    axis: &GapAxis,
) -> FrameView {
    let width_px = width_px.clamp(1.0, 16_384.0);
    let on_axis = axis.window_to_x(window);
    let geo = Geometry {
        window,
        axis,
        min_x: on_axis.min_day,
        width_px,
        px_per_unit: width_px / (on_axis.max_day - on_axis.min_day).max(f64::EPSILON),
    };
    let mut frame = FrameView {
        window: Some(window),
        density: vec![0u32; geo.columns()],
        axis: axis.clone(),
        gaps: axis.gaps_in(window.min_day, window.max_day).to_vec(),
        ..FrameView::default()
    };
    let mark_for = |index: usize, lane: usize| {
        let event = timeline.get(index)?;
        let (start, last) = timeline.days(index)?;
        Some(Mark {
            event: index,
            lane,
            start,
            end: last + 1.0,
            kind: mark_kind(event.date.precision),
            approximate: event.date.is_approximate(),
            selected: selected == Some(index),
        })
    };
    for (lane_index, lane) in layout.lanes.iter().enumerate() {
        let lane_clusters = frame.clusters.len();
        points_of_lane(&mut frame, lane_index, lane, geo, &mark_for);
        merge_crowded_badges(&mut frame.clusters, lane_clusters, geo);
        bars_of_lane(&mut frame, lane_index, lane, geo, &mark_for);
        add_density(&mut frame.density, lane, geo);
    }
    if let Some(index) = selected
        && let Some(lane) = layout.lane_of(index)
        && !frame.marks.iter().any(|m| m.selected)
        && let Some(mark) = mark_for(index, lane)
        && mark.end >= window.min_day
        && mark.start <= window.max_day
    {
        // The selection stays visible even inside a cluster or a band.
        frame.marks.push(mark);
    }
    frame.lanes = layout
        .lanes
        .iter()
        .map(|l| LaneRow {
            name: l.name.clone(),
            key: l.key.clone(),
            y: l.center_y(),
            height: l.height,
            color: l.color,
            collapsed: l.collapsed,
            count: l.events.len(),
        })
        .collect();
    frame
}

/// Merges neighbouring clusters of one lane (`clusters[from..]`, in time
/// order) whose count badges would overlap on screen, so every count stays
/// readable; the counts add up, so no event is dropped. A merged badge can
/// grow a digit and reach the one before it, so merging looks back too.
fn merge_crowded_badges(clusters: &mut Vec<Cluster>, from: usize, geo: Geometry<'_>) {
    let lane = clusters.split_off(from.min(clusters.len()));
    let centre = |c: &Cluster| f64::midpoint(geo.to_px(c.start), geo.to_px(c.end));
    let crowded = |a: &Cluster, b: &Cluster| {
        centre(b) - centre(a) < badge_radius_px(a.count) + badge_radius_px(b.count) + BADGE_GAP_PX
    };
    let mut merged: Vec<Cluster> = Vec::with_capacity(lane.len());
    for cluster in lane {
        merged.push(cluster);
        while let [.., before, last] = merged.as_slice() {
            if !crowded(before, last) {
                break;
            }
            let Some(last) = merged.pop() else { break };
            if let Some(before) = merged.last_mut() {
                before.count += last.count;
                before.start = before.start.min(last.start);
                before.end = before.end.max(last.end);
            }
        }
    }
    clusters.append(&mut merged);
}

/// Exact-day events of one lane: marks, or clusters where they crowd.
fn points_of_lane(
    frame: &mut FrameView,
    lane_index: usize,
    lane: &LaneInfo,
    geo: Geometry<'_>,
    mark_for: &impl Fn(usize, usize) -> Option<Mark>,
) {
    let window = geo.window;
    let lo = lane
        .points
        .partition_point(|p| f64::from(p.0) + 1.0 < window.min_day);
    let hi = lane
        .points
        .partition_point(|p| f64::from(p.0) <= window.max_day);
    let in_view = lane.points.get(lo..hi).unwrap_or(&[]);
    frame.in_window += in_view.len();
    if in_view.len() <= POINTS_VISITED_LIMIT {
        let mut builder = LaneBuilder {
            lane: lane_index,
            pending: None,
        };
        for &(_, id) in in_view {
            let Some(mark) = mark_for(id as usize, lane_index) else {
                continue;
            };
            if mark.selected {
                frame.marks.push(mark);
                continue;
            }
            let bin = (geo.to_px(mark.center()) / CLUSTER_PX).floor() as i64;
            builder.add(bin, mark, &mut frame.marks, &mut frame.clusters);
        }
        builder.flush(&mut frame.marks, &mut frame.clusters);
        return;
    }
    // Dense: one binary search per cluster bin.
    #[allow(clippy::cast_sign_loss)] // positive
    let bins = (geo.width_px / CLUSTER_PX).ceil() as usize;
    let mut from = lo;
    for bin in 0..bins {
        let bin_end_day = geo.to_day((bin + 1) as f64 * CLUSTER_PX);
        // Points whose day centre (day + 0.5) falls before the bin's end.
        let to = advance(lane.points.get(..hi).unwrap_or(&[]), from, |p| {
            f64::from(p.0) + 0.5 < bin_end_day
        });
        let count = to - from;
        if count == 1 {
            if let Some(mark) = lane
                .points
                .get(from)
                .and_then(|p| mark_for(p.1 as usize, lane_index))
            {
                frame.marks.push(mark);
            }
        } else if count > 1
            && let (Some(first), Some(last)) = (lane.points.get(from), lane.points.get(to - 1))
        {
            frame.clusters.push(Cluster {
                lane: lane_index,
                start: f64::from(first.0),
                end: f64::from(last.0) + 1.0,
                count,
                first_event: first.1 as usize,
            });
        }
        from = to;
    }
}

/// The first index at or after `from` where `pred` turns false, for a
/// slice where it is true then false. Gallops from `from` (1, 2, 4, …)
/// before a binary search, so sweeping increasing positions across a frame
/// reads memory in order and costs O(log gap) per step.
fn advance<T>(slice: &[T], from: usize, pred: impl Fn(&T) -> bool) -> usize {
    let mut lo = from.min(slice.len());
    let mut step = 1;
    loop {
        let probe = lo.saturating_add(step);
        match slice.get(probe) {
            Some(x) if pred(x) => {
                lo = probe;
                step *= 2;
            }
            _ => {
                let hi = probe.min(slice.len());
                let tail = slice.get(lo..hi).unwrap_or(&[]);
                return lo + tail.partition_point(&pred);
            }
        }
    }
}

/// Periods and intervals of one lane: bars, or a coverage band where many
/// overlap.
fn bars_of_lane(
    frame: &mut FrameView,
    lane_index: usize,
    lane: &LaneInfo,
    geo: Geometry<'_>,
    mark_for: &impl Fn(usize, usize) -> Option<Mark>,
) {
    let window = geo.window;
    // Overlapping = started by the window's end, minus ended before its start.
    let started = lane
        .bars
        .partition_point(|b| f64::from(b.0) <= window.max_day);
    let ended = lane
        .bar_ends
        .partition_point(|&e| f64::from(e) < window.min_day);
    let overlapping = started.saturating_sub(ended);
    frame.in_window += overlapping;
    if overlapping == 0 {
        return;
    }
    if overlapping <= MAX_BARS_PER_LANE {
        let earliest_start = window.min_day - lane.max_span_days as f64 - 1.0;
        let first = lane
            .bars
            .partition_point(|b| f64::from(b.0) < earliest_start);
        for &(_, end, id) in lane.bars.get(first..started).unwrap_or(&[]) {
            if f64::from(end) >= window.min_day
                && let Some(mark) = mark_for(id as usize, lane_index)
            {
                frame.marks.push(mark);
            }
        }
        return;
    }
    // Dense: depth per pixel column from the sorted starts and ends.
    let mut runs: Vec<(usize, usize, u32)> = Vec::new();
    let (mut started, mut ended) = (0, 0);
    for column in 0..geo.columns() {
        let col_start = geo.to_day(column as f64);
        let col_end = geo.to_day(column as f64 + 1.0);
        started = advance(&lane.bars, started, |b| f64::from(b.0) < col_end);
        ended = advance(&lane.bar_ends, ended, |&e| f64::from(e) <= col_start);
        let depth = u32::try_from(started.saturating_sub(ended)).unwrap_or(u32::MAX);
        match runs.last_mut() {
            Some((_, end, last)) if *last == depth => *end = column + 1,
            _ => runs.push((column, column + 1, depth)),
        }
    }
    let max_depth = runs.iter().map(|r| r.2).max().unwrap_or(0);
    frame.coverage.extend(
        runs.into_iter()
            .filter(|r| r.2 > 0)
            .map(|(a, b, depth)| Coverage {
                lane: lane_index,
                start: geo.to_day(a as f64),
                end: geo.to_day(b as f64),
                depth,
                max_depth,
            }),
    );
}

/// Adds the lane's events per pixel column (by the middle of each event)
/// to the density strip, sweeping the columns left to right.
fn add_density(density: &mut [u32], lane: &LaneInfo, geo: Geometry<'_>) {
    let mut from_points = lane
        .points
        .partition_point(|p| f64::from(p.0) + 0.5 < geo.window.min_day);
    for (column, slot) in density.iter_mut().enumerate() {
        let col_end = geo.to_day(column as f64 + 1.0);
        let to = advance(&lane.points, from_points, |p| {
            f64::from(p.0) + 0.5 < col_end
        });
        *slot += u32::try_from(to - from_points).unwrap_or(u32::MAX);
        from_points = to;
    }
    // Bars are few per lane compared with points; count their middles.
    let earliest_start = geo.window.min_day - lane.max_span_days as f64 - 1.0;
    let first = lane
        .bars
        .partition_point(|b| f64::from(b.0) < earliest_start);
    let last = lane
        .bars
        .partition_point(|b| f64::from(b.0) <= geo.window.max_day);
    if last - first > POINTS_VISITED_LIMIT {
        return;
    }
    for &(start, end, _) in lane.bars.get(first..last).unwrap_or(&[]) {
        let mid = geo.to_px(f64::midpoint(f64::from(start), f64::from(end)));
        if mid >= 0.0 && mid < geo.width_px {
            #[allow(clippy::cast_sign_loss)] // checked >= 0
            if let Some(slot) = density.get_mut(mid as usize) {
                *slot += 1;
            }
        }
    }
}

/// What a pick hit: a single event or a cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    Event(usize),
    Cluster(usize),
    /// A stretch of a coverage band (index into `coverage`).
    Coverage(usize),
}

impl FrameView {
    /// The mark or cluster nearest to a plot position, within `max_px`
    /// pixels. `x_day` is on the frame's axis (the day number unless gaps
    /// are squeezed); `px_per_day` (pixels per axis unit) and `px_per_lane`
    /// convert plot units to pixels.
    pub fn hit(
        &self,
        x_day: f64,
        y: f64,
        px_per_day: f64,
        px_per_lane: f64,
        max_px: f64,
    ) -> Option<Hit> {
        let lane_y = |lane: usize| self.lanes.get(lane).map_or(0.0, |l| l.y);
        let x = |day: f64| self.axis.x_from_day(day);
        let dx_to = |start: f64, end: f64, point: bool| {
            let (start, end) = (x(start), x(end));
            if point {
                (x_day - f64::midpoint(start, end)).abs()
            } else if x_day < start {
                start - x_day
            } else if x_day > end {
                x_day - end
            } else {
                0.0
            }
        };
        let marks = self.marks.iter().map(|m| {
            let point =
                m.kind == MarkKind::Point || (x(m.end) - x(m.start)) * px_per_day < MIN_BAR_PX;
            let dx = dx_to(m.start, m.end, point) * px_per_day;
            let dy = (y - lane_y(m.lane)).abs() * px_per_lane;
            // Points win over the bars they sit on.
            let bias = if point { 0.0 } else { 2.0 };
            (Hit::Event(m.event), dx.hypot(dy) + bias)
        });
        let clusters = self.clusters.iter().enumerate().map(|(i, c)| {
            let dx = dx_to(c.start, c.end, true) * px_per_day;
            let dy = (y - lane_y(c.lane)).abs() * px_per_lane;
            (Hit::Cluster(i), dx.hypot(dy))
        });
        // Bands are picked only where the pointer is on them, and last.
        let bands = self.coverage.iter().enumerate().map(|(i, c)| {
            let inside = x_day >= x(c.start) && x_day <= x(c.end);
            let dy = (y - lane_y(c.lane)).abs() * px_per_lane;
            (
                Hit::Coverage(i),
                if inside && dy <= 6.0 {
                    max_px
                } else {
                    f64::INFINITY
                },
            )
        });
        marks
            .chain(clusters)
            .chain(bands)
            .filter(|(_, d)| *d <= max_px)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(h, _)| h)
    }

    /// The squeezed gap under axis position `x` (widened to at least
    /// `min_width` axis units, so a narrow break can still be pointed at).
    pub fn gap_at(&self, x: f64, min_width: f64) -> Option<&Gap> {
        self.gaps.iter().find(|g| {
            let (a, b) = (
                self.axis.x_from_day(g.start_day),
                self.axis.x_from_day(g.end_day),
            );
            let pad = ((min_width - (b - a)) / 2.0).max(0.0);
            x >= a - pad && x <= b + pad
        })
    }
}

/// Events per bin over `[min_day, max_day]` for the overview band.
pub fn overview_density(
    timeline: &Timeline,
    layout: &Layout,
    min_day: f64,
    max_day: f64,
    bins: usize,
) -> Vec<u32> {
    let mut out = vec![0u32; bins.max(1)];
    let span = (max_day - min_day).max(1.0);
    let last = out.len() - 1;
    for &index in &layout.shown_events {
        let Some((first, latest)) = timeline.days(index as usize) else {
            continue;
        };
        let mid = f64::midpoint(first, latest);
        #[allow(clippy::cast_sign_loss)] // clamped to >= 0 first
        let bin = (((mid - min_day) / span * out.len() as f64).max(0.0) as usize).min(last);
        if let Some(b) = out.get_mut(bin) {
            *b += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::day_number;
    use crate::model::{Event, EventDate, Resolution};
    use crate::state::layout::LaneSettings;
    use crate::state::views::{Filter, LaneMode};
    use chrono::NaiveDate;

    fn event(article: usize, date: EventDate) -> Event {
        Event {
            article,
            date,
            expr_span: 0..1,
            passage_span: 0..1,
            label: "".into(),
            places: crate::model::Places::default(),
            group: Some(format!("lane{article}").into()),
            resolution: Resolution {
                rule: "test",
                anchor: None,
                explanation: String::new().into(),
                confidence: 1.0,
            },
        }
    }

    fn day(y: i32, m: u32, d: u32) -> EventDate {
        EventDate::day(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    fn dn(y: i32, m: u32, d: u32) -> f64 {
        day_number(NaiveDate::from_ymd_opt(y, m, d).unwrap()) as f64
    }

    fn setup(events: Vec<Event>) -> (Timeline, Layout) {
        let tl = Timeline::new(events);
        let layout = Layout::build(
            &tl,
            &[],
            &[],
            &LaneSettings {
                mode: LaneMode::Country,
                ..Default::default()
            },
            &Filter::default(),
        );
        (tl, layout)
    }

    #[test]
    fn close_points_cluster_and_far_ones_do_not() {
        let (tl, layout) = setup(vec![
            event(0, day(2023, 7, 26)),
            event(0, day(2023, 7, 27)),
            event(0, day(2023, 7, 27)),
            event(0, day(2023, 1, 1)),
            event(1, EventDate::year(2023).unwrap()),
        ]);
        let window = TimeWindow {
            min_day: dn(2022, 12, 1),
            max_day: dn(2024, 1, 31),
        };
        let frame = build_frame(&tl, &layout, window, 400.0, None);
        assert_eq!(frame.in_window, 5);
        assert_eq!(frame.clusters.len(), 1);
        assert_eq!(frame.clusters[0].count, 3);
        assert_eq!(frame.marks.len(), 2, "the January point and the year bar");
        assert!(frame.marks.iter().any(|m| m.kind == MarkKind::Period));
        assert_eq!(frame.density.len(), 400);
        assert_eq!(frame.density.iter().sum::<u32>(), 5);
        // Zoomed in to days, the three late-July points separate.
        let window = TimeWindow {
            min_day: dn(2023, 7, 20),
            max_day: dn(2023, 8, 1),
        };
        let frame = build_frame(&tl, &layout, window, 800.0, None);
        assert!(
            frame.clusters.iter().all(|c| c.count == 2),
            "two on the same day still merge"
        );
        assert_eq!(frame.in_window, 4);
    }

    #[test]
    fn the_selection_is_never_clustered_and_culling_works() {
        let (tl, layout) = setup(vec![
            event(0, day(2023, 7, 26)),
            event(0, day(2023, 7, 27)),
            event(0, day(1960, 8, 3)),
        ]);
        let window = TimeWindow {
            min_day: dn(2023, 1, 1),
            max_day: dn(2024, 1, 1),
        };
        let frame = build_frame(&tl, &layout, window, 300.0, Some(2));
        assert_eq!(frame.in_window, 2, "1960 is culled");
        assert!(frame.clusters.is_empty() || frame.clusters.iter().all(|c| c.first_event != 2));
        let frame = build_frame(&tl, &layout, window, 300.0, Some(1));
        assert!(frame.marks.iter().any(|m| m.selected && m.event == 1));
    }

    #[test]
    fn hits_marks_and_clusters() {
        let (tl, layout) = setup(vec![
            event(0, day(2023, 7, 26)),
            event(1, EventDate::year(2020).unwrap()),
        ]);
        let window = TimeWindow {
            min_day: dn(2019, 1, 1),
            max_day: dn(2024, 1, 1),
        };
        let frame = build_frame(&tl, &layout, window, 1000.0, None);
        let ppd = 1000.0 / (window.max_day - window.min_day);
        let y0 = frame.lanes[0].y;
        assert_eq!(
            frame.hit(dn(2023, 7, 26), y0, ppd, 60.0, 10.0),
            Some(Hit::Event(1))
        );
        let y1 = frame.lanes[1].y;
        assert_eq!(
            frame.hit(dn(2020, 6, 1), y1, ppd, 60.0, 10.0),
            Some(Hit::Event(0))
        );
        assert_eq!(frame.hit(dn(2021, 6, 1), y1, ppd, 60.0, 10.0), None);
    }

    #[test]
    fn overview_density_counts_every_shown_event() {
        let (tl, layout) = setup(vec![
            event(0, day(1960, 1, 1)),
            event(0, day(2020, 1, 1)),
            event(1, day(2020, 1, 2)),
        ]);
        let d = overview_density(&tl, &layout, dn(1960, 1, 1), dn(2020, 12, 31), 10);
        assert_eq!(d.len(), 10);
        assert_eq!(d.iter().sum::<u32>(), 3);
        assert_eq!((d[0], d[9]), (1, 2));
    }

    #[test]
    fn badges_grow_with_digits() {
        let radius = |count| badge_radius_px(count).round() as i64;
        assert_eq!(radius(0), 7);
        assert_eq!(radius(9), 7);
        assert_eq!(radius(10), 9);
        assert_eq!(radius(999), 11);
        assert_eq!(radius(1000), 13);
    }

    #[test]
    fn dense_lanes_are_counted_not_visited() {
        // 6,000 points over 20 years and 500 overlapping periods in one lane.
        let mut events: Vec<Event> = (0..6000)
            .map(|i| {
                let d = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()
                    + chrono::Days::new(i * 7300 / 6000);
                event(0, EventDate::day(d))
            })
            .collect();
        events.extend((0..500).map(|i| event(0, EventDate::year(2005 + (i % 3)).unwrap())));
        let (tl, layout) = setup(events);
        let window = TimeWindow {
            min_day: dn(1999, 1, 1),
            max_day: dn(2021, 1, 1),
        };
        let frame = build_frame(&tl, &layout, window, 1000.0, None);
        assert_eq!(frame.in_window, 6500);
        let clustered: usize = frame.clusters.iter().map(|c| c.count).sum::<usize>()
            + frame
                .marks
                .iter()
                .filter(|m| m.kind == MarkKind::Point)
                .count();
        assert_eq!(clustered, 6000, "every point is in a cluster or a mark");
        assert!(frame.clusters.len() <= 1000 / 7 + 1);
        // No two count badges overlap, so every count can be read.
        let px = |day: f64| (day - window.min_day) / (window.max_day - window.min_day) * 1000.0;
        for pair in frame.clusters.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let apart = px(b.center()) - px(a.center());
            let needed = badge_radius_px(a.count) + badge_radius_px(b.count) + BADGE_GAP_PX;
            assert!(apart >= needed, "{a:?} and {b:?} are {apart:.1} px apart");
        }
        assert!(frame.clusters.len() > 20, "still spread along the lane");
        assert!(
            frame.marks.iter().all(|m| m.kind == MarkKind::Point),
            "bars became a band"
        );
        let deepest = frame.coverage.iter().map(|c| c.depth).max().unwrap();
        // 500 bars over three years: 167, 167 and 166 deep; a pixel column
        // on a year boundary sees two years at once.
        let depths: Vec<u32> = frame.coverage.iter().map(|c| c.depth).collect();
        assert!(depths.contains(&167) && depths.contains(&166), "{depths:?}");
        assert_eq!(deepest, 334);
        assert!(frame.coverage.iter().all(|c| c.max_depth == deepest));
        assert_eq!(frame.density.iter().sum::<u32>(), 6500);
        // The selection is drawn even inside a cluster.
        let frame = build_frame(&tl, &layout, window, 1000.0, Some(3000));
        assert!(frame.marks.iter().any(|m| m.selected && m.event == 3000));
    }

    #[test]
    fn squeezed_gaps_bring_events_together_and_are_listed() {
        // Yearly events 1960–1974 and 1996–2023, nothing in between.
        let mut events: Vec<Event> = (1960..=1974).map(|y| event(0, day(y, 4, 15))).collect();
        events.extend((1996..=2023).map(|y| event(1, day(y, 1, 27))));
        let (tl, layout) = setup(events);
        let (last_before, first_after) = (14, 15);
        let axis = GapAxis::from_intervals(
            layout
                .shown_events
                .iter()
                .filter_map(|&i| tl.days(i as usize)),
        );
        assert_eq!(axis.gaps().len(), 1, "{:?}", axis.gaps());
        let window = TimeWindow {
            min_day: dn(1958, 1, 1),
            max_day: dn(2026, 1, 1),
        };
        let px = |frame: &FrameView, event: usize| {
            let m = frame.marks.iter().find(|m| m.event == event).unwrap();
            let on_axis = frame.axis.window_to_x(window);
            (frame.axis.x_from_day(m.center()) - on_axis.min_day) * 1000.0
                / (on_axis.max_day - on_axis.min_day)
        };
        let plain = build_frame(&tl, &layout, window, 1000.0, None);
        let squeezed = build_frame_on(&tl, &layout, window, 1000.0, None, &axis);
        assert!(plain.gaps.is_empty());
        assert_eq!(squeezed.gaps, axis.gaps());
        assert_eq!(
            squeezed.gaps[0].describe(),
            "No events: 1974 – 1996 (22 years hidden)"
        );
        // 1974 → 1996: far apart on the calendar, close with the gap squeezed.
        let apart = |f: &FrameView| px(f, first_after) - px(f, last_before);
        assert!(
            apart(&squeezed) < apart(&plain) / 3.0,
            "{} vs {}",
            apart(&squeezed),
            apart(&plain)
        );
        // The events either side of the gap spread out instead.
        let before = |f: &FrameView| px(f, last_before) - px(f, 0);
        assert!(before(&squeezed) > before(&plain));
        // Same events, same counts; hit testing works on the axis.
        assert_eq!(squeezed.in_window, plain.in_window);
        assert_eq!(squeezed.density.iter().sum::<u32>(), 43);
        assert!(squeezed.clusters.is_empty() && squeezed.marks.len() == 43);
        let on_axis = squeezed.axis.window_to_x(window);
        let ppu = 1000.0 / (on_axis.max_day - on_axis.min_day);
        let x = squeezed.axis.x_from_day(dn(1996, 1, 27) + 0.5);
        let y = squeezed.lanes[layout.lane_of(first_after).unwrap()].y;
        assert_eq!(
            squeezed.hit(x, y, ppu, 60.0, 10.0),
            Some(Hit::Event(first_after))
        );
        let middle = squeezed.axis.x_from_day(dn(1985, 1, 1));
        assert!(squeezed.gap_at(middle, 0.0).is_some());
        assert!(
            squeezed
                .gap_at(squeezed.axis.x_from_day(dn(2000, 1, 1)), 0.0)
                .is_none()
        );
    }

    #[test]
    fn advance_agrees_with_binary_search() {
        let data: Vec<i32> = (0..500).map(|i| i * 3 % 1000).collect::<Vec<_>>();
        let mut sorted = data;
        sorted.sort_unstable();
        for from in [0, 1, 7, 100, 499, 500, 600] {
            for bound in [-5, 0, 1, 2, 3, 150, 998, 999, 1000, 5000] {
                let expected = sorted
                    .partition_point(|&x| x < bound)
                    .max(from.min(sorted.len()));
                assert_eq!(
                    advance(&sorted, from, |&x| x < bound),
                    expected,
                    "from {from} bound {bound}"
                );
            }
        }
        assert_eq!(advance::<i32>(&[], 0, |_| true), 0);
    }
}
