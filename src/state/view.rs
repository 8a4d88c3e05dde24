//! The per-frame view-model of the timeline: what is drawn for a given time
//! window and width, as plain data. Only events in the window are visited
//! (binary search per lane); marks that would overlap on screen are merged
//! into clusters with a count, and a per-pixel density histogram is built.
//! The UI draws this without further decisions.

use crate::model::Timeline;
use crate::model::date::day_number;

use super::axis::TimeWindow;
use super::layout::Layout;

/// Marks closer than this many pixels merge into a cluster.
pub const CLUSTER_PX: f64 = 7.0;
/// Bars narrower than this are drawn (and clustered) as points.
pub const MIN_BAR_PX: f64 = 4.0;

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

/// Everything the plot draws for one window.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrameView {
    pub window: Option<TimeWindow>,
    pub lanes: Vec<LaneRow>,
    pub marks: Vec<Mark>,
    pub clusters: Vec<Cluster>,
    /// Events per pixel column across all lanes (length = width in px).
    pub density: Vec<u32>,
    /// Events in the window.
    pub in_window: usize,
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

/// Builds the frame for `window` drawn `width_px` wide.
pub fn build_frame(
    timeline: &Timeline,
    layout: &Layout,
    window: TimeWindow,
    width_px: f64,
    selected: Option<usize>,
) -> FrameView {
    let width_px = width_px.clamp(1.0, 16_384.0);
    let span = (window.max_day - window.min_day).max(f64::EPSILON);
    let px_per_day = width_px / span;
    let to_px = |day: f64| (day - window.min_day) * px_per_day;
    #[allow(clippy::cast_sign_loss)] // clamped to 1..=16384 above
    let columns = width_px.ceil() as usize;
    let mut density = vec![0u32; columns];
    let mut marks = Vec::new();
    let mut clusters = Vec::new();
    let mut in_window = 0;

    for (lane_index, lane) in layout.lanes.iter().enumerate() {
        let mut builder = LaneBuilder {
            lane: lane_index,
            pending: None,
        };
        let range = layout.candidates(timeline, lane, window.min_day, window.max_day);
        for &index in lane.events.get(range).unwrap_or(&[]) {
            let index = index as usize;
            let Some(event) = timeline.get(index) else {
                continue;
            };
            let start = day_number(event.date.earliest) as f64;
            let end = day_number(event.date.latest) as f64 + 1.0;
            if end < window.min_day || start > window.max_day {
                continue;
            }
            in_window += 1;
            #[allow(clippy::cast_sign_loss)] // clamped to the columns first
            let column = (to_px(f64::midpoint(start, end)).clamp(0.0, width_px - 1.0)) as usize;
            if let Some(c) = density.get_mut(column) {
                *c += 1;
            }
            let mark = Mark {
                event: index,
                lane: lane_index,
                start,
                end,
                kind: mark_kind(event.date.precision),
                approximate: event.date.is_approximate(),
                selected: selected == Some(index),
            };
            // The selection is always drawn on its own, never in a cluster;
            // bars wide enough to see are drawn as bars.
            if mark.selected || to_px(end) - to_px(start) >= MIN_BAR_PX {
                marks.push(mark);
            } else {
                let bin = (to_px(mark.center()) / CLUSTER_PX).floor() as i64;
                builder.add(bin, mark, &mut marks, &mut clusters);
            }
        }
        builder.flush(&mut marks, &mut clusters);
    }
    let lanes = layout
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
    FrameView {
        window: Some(window),
        lanes,
        marks,
        clusters,
        density,
        in_window,
    }
}

/// What a pick hit: a single event or a cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    Event(usize),
    Cluster(usize),
}

impl FrameView {
    /// The mark or cluster nearest to a plot position, within `max_px`
    /// pixels; `px_per_day` and `px_per_lane` convert plot units to pixels.
    pub fn hit(
        &self,
        x_day: f64,
        y: f64,
        px_per_day: f64,
        px_per_lane: f64,
        max_px: f64,
    ) -> Option<Hit> {
        let lane_y = |lane: usize| self.lanes.get(lane).map_or(0.0, |l| l.y);
        let dx_to = |start: f64, end: f64, point: bool| {
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
            let point = m.kind == MarkKind::Point || (m.end - m.start) * px_per_day < MIN_BAR_PX;
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
        marks
            .chain(clusters)
            .filter(|(_, d)| *d <= max_px)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(h, _)| h)
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
    for (index, event) in timeline.events().iter().enumerate() {
        if !layout.is_shown(index) {
            continue;
        }
        let mid = (day_number(event.date.earliest) + day_number(event.date.latest)) as f64 / 2.0;
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
            label: String::new(),
            places: vec![],
            group: Some(format!("lane{article}")),
            resolution: Resolution {
                rule: "test".into(),
                anchor: None,
                explanation: String::new(),
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
}
