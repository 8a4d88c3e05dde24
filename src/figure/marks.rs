//! The marks of a figure: the window's frame, with dots and badges that
//! would overlap at the figure's size merged into badges. (The window
//! merges marks closer than 7 px, which leaves neighbouring badges
//! overlapping; a printed figure needs every badge readable.) Bars and
//! coverage bands are kept as they are.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::model::{Precision, Timeline};
use crate::state::layout::Layout;
use crate::state::view::{Cluster, FrameView, Mark};

use super::geometry::{Metrics, Plot};
use super::words::{clean_label, day_range, short_date};

/// The frame as the figure draws it.
#[derive(Debug, Clone)]
pub struct FigureMarks {
    /// `marks` holds bars and lone dots; `clusters` the badges.
    pub frame: FrameView,
    /// The events of each badge (timeline indices), as `frame.clusters`.
    pub members: Vec<Vec<usize>>,
}

/// A dot or badge while they are merged.
#[derive(Debug, Clone)]
struct Dot {
    lane: usize,
    start: f64,
    end: f64,
    first_event: usize,
    events: Vec<usize>,
    /// The mark, while the dot stands for one event.
    mark: Option<Mark>,
}

impl Dot {
    fn x(&self, plot: Plot) -> f64 {
        match &self.mark {
            Some(mark) => plot.x(mark.center()),
            None => plot.x(f64::midpoint(self.start, self.end)),
        }
    }

    fn radius(&self, m: Metrics) -> f64 {
        if self.mark.is_some() {
            m.dot_radius(false)
        } else {
            m.badge_radius(self.events.len())
        }
    }
}

/// The exact days of `lane`'s events in `[start, end)` (a window cluster).
fn cluster_events(layout: &Layout, cluster: &Cluster) -> Vec<usize> {
    let Some(lane) = layout.lanes.get(cluster.lane) else {
        return vec![cluster.first_event];
    };
    let lo = lane
        .points
        .partition_point(|p| f64::from(p.0) < cluster.start);
    let hi = lane
        .points
        .partition_point(|p| f64::from(p.0) < cluster.end);
    let events: Vec<usize> = lane
        .points
        .get(lo..hi.max(lo))
        .unwrap_or(&[])
        .iter()
        .map(|p| p.1 as usize)
        .collect();
    if events.is_empty() {
        vec![cluster.first_event]
    } else {
        events
    }
}

/// Merges dots and badges of a lane whose circles would touch.
pub fn spread(mut frame: FrameView, layout: &Layout, plot: Plot, m: Metrics) -> FigureMarks {
    let (dots, bars): (Vec<Mark>, Vec<Mark>) = std::mem::take(&mut frame.marks)
        .into_iter()
        .partition(|mk| plot.is_dot(mk));
    let clusters = std::mem::take(&mut frame.clusters);
    let mut items: Vec<Dot> = dots
        .into_iter()
        .map(|mk| Dot {
            lane: mk.lane,
            start: mk.start,
            end: mk.end,
            first_event: mk.event,
            events: vec![mk.event],
            mark: Some(mk),
        })
        .chain(clusters.iter().map(|c| Dot {
            lane: c.lane,
            start: c.start,
            end: c.end,
            first_event: c.first_event,
            events: cluster_events(layout, c),
            mark: None,
        }))
        .collect();
    items.sort_by(|a, b| a.lane.cmp(&b.lane).then(a.x(plot).total_cmp(&b.x(plot))));
    let mut merged: Vec<Dot> = Vec::with_capacity(items.len());
    for item in items {
        merged.push(item);
        // Merge the last two while they touch (merging moves the centre
        // left, so check again against the one before).
        while let [.., a, b] = merged.as_slice()
            && a.lane == b.lane
            && b.x(plot) - a.x(plot) < a.radius(m) + b.radius(m) + 1.5 * m.scale
        {
            let (Some(b), Some(mut a)) = (merged.pop(), merged.pop()) else {
                break;
            };
            if (b.start, b.first_event) < (a.start, a.first_event) {
                a.first_event = b.first_event;
            }
            a.start = a.start.min(b.start);
            a.end = a.end.max(b.end);
            a.events.extend(b.events);
            a.mark = None;
            merged.push(a);
        }
    }
    frame.marks = bars;
    let mut members = Vec::new();
    for dot in merged {
        if let Some(mark) = dot.mark {
            frame.marks.push(mark);
        } else {
            frame.clusters.push(Cluster {
                lane: dot.lane,
                start: dot.start,
                end: dot.end,
                count: dot.events.len(),
                first_event: dot.first_event,
            });
            members.push(dot.events);
        }
    }
    FigureMarks { frame, members }
}

/// What a badge's label says: (date, text, the event it names).
///
/// The exact day most of its events report (at least two) names it, with
/// that day's first event's label: the episode the sources agree on. Else
/// a week or less is one episode: its date range and first label. Else
/// just the date range (the badge gives the count).
pub fn caption(
    timeline: &Timeline,
    cluster: &Cluster,
    members: &[usize],
) -> (String, String, usize) {
    let mut by_day: BTreeMap<NaiveDate, (usize, usize)> = BTreeMap::new();
    for &i in members {
        if let Some(e) = timeline.get(i)
            && e.date.precision == Precision::Day
        {
            let entry = by_day.entry(e.date.earliest).or_insert((0, i));
            entry.0 += 1;
            entry.1 = entry.1.min(i);
        }
    }
    let busiest =
        by_day
            .values()
            .copied()
            .fold(None, |best: Option<(usize, usize)>, day| match best {
                Some(b) if b.0 >= day.0 => Some(b),
                _ => Some(day),
            });
    if let Some((count, event)) = busiest
        && count >= 2
        && let Some(e) = timeline.get(event)
    {
        return (short_date(&e.date), clean_label(&e.label), event);
    }
    let first = timeline.get(cluster.first_event);
    let day = |d: f64| crate::model::date::date_from_day_number(d.round() as i64);
    match (day(cluster.start), day(cluster.end - 1.0), first) {
        (Some(a), Some(b), first) if a != b => {
            let text = first
                .filter(|_| (b - a).num_days() <= 7)
                .map_or_else(String::new, |e| clean_label(&e.label));
            (day_range(a, b), text, cluster.first_event)
        }
        (_, _, Some(e)) => (
            short_date(&e.date),
            clean_label(&e.label),
            cluster.first_event,
        ),
        _ => (String::new(), String::new(), cluster.first_event),
    }
}
