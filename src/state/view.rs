//! The view-model of the timeline: lanes and marks as plain data, built
//! from the state and drawn by the UI without further decisions.

use crate::model::date::day_number;

use super::AppState;

/// One horizontal lane.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    pub name: String,
    /// Vertical position in plot units (lane 0 at the top, y = 0).
    pub y: f64,
}

/// One event as drawn: a point for a day, a bar for a longer period.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Index into the timeline's events.
    pub event: usize,
    pub lane: usize,
    /// Start and end in day numbers (end exclusive: a day spans 1.0).
    pub start: f64,
    pub end: f64,
    pub point: bool,
    pub approximate: bool,
    pub selected: bool,
}

impl Mark {
    /// The x where a point mark is drawn (the middle of its day).
    pub fn center(&self) -> f64 {
        f64::midpoint(self.start, self.end)
    }
}

/// Everything the plot draws.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimelineView {
    pub lanes: Vec<Lane>,
    pub marks: Vec<Mark>,
}

/// Lane y of lane `index`.
pub fn lane_y(index: usize) -> f64 {
    -(index as f64)
}

/// Builds the view: one lane per article, in load order.
pub fn build(state: &AppState) -> TimelineView {
    let lanes = state
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| Lane {
            name: a.display_name().to_owned(),
            y: lane_y(i),
        })
        .collect();
    let selected = state.selected_index();
    let marks = state
        .timeline
        .events()
        .iter()
        .enumerate()
        .map(|(i, e)| Mark {
            event: i,
            lane: e.article,
            start: day_number(e.date.earliest) as f64,
            end: day_number(e.date.latest) as f64 + 1.0,
            point: e.date.precision.is_point(),
            approximate: e.date.is_approximate(),
            selected: selected == Some(i),
        })
        .collect();
    TimelineView { lanes, marks }
}

impl TimelineView {
    /// The event under (or nearest to) a plot position, within `max_px`
    /// pixels; `px_per_day` and `px_per_lane` convert plot units to pixels.
    pub fn hit(
        &self,
        x_day: f64,
        y: f64,
        px_per_day: f64,
        px_per_lane: f64,
        max_px: f64,
    ) -> Option<usize> {
        self.marks
            .iter()
            .map(|m| {
                let lane_y = lane_y(m.lane);
                let dx_days = if m.point {
                    (x_day - m.center()).abs()
                } else if x_day < m.start {
                    m.start - x_day
                } else if x_day > m.end {
                    x_day - m.end
                } else {
                    0.0
                };
                let dx = dx_days * px_per_day;
                let dy = (y - lane_y).abs() * px_per_lane;
                // Points win over bars they sit on.
                let bias = if m.point { 0.0 } else { 2.0 };
                (m.event, dx.hypot(dy) + bias)
            })
            .filter(|(_, d)| *d <= max_px)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(e, _)| e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::parse_article;
    use crate::state::{Command, LoadedArticle};

    fn state() -> AppState {
        let a = parse_article(
            "a.txt",
            "date 2023-07-27 A - P\nA\nIt began on Wednesday. Trouble grew in 2022.\n".to_owned(),
        )
        .unwrap();
        let b = parse_article(
            "b.txt",
            "date 1960-08-04 B - P\nB\nIndependence came yesterday.\n".to_owned(),
        )
        .unwrap();
        AppState::with_articles(vec![
            LoadedArticle::from_article(a, vec![]),
            LoadedArticle::from_article(b, vec![]),
        ])
    }

    #[test]
    fn one_lane_per_article_points_and_bars() {
        let mut s = state();
        s.apply(Command::Select(Some(0)));
        let v = build(&s);
        assert_eq!(
            v.lanes.iter().map(|l| l.name.as_str()).collect::<Vec<_>>(),
            vec!["A", "B"]
        );
        assert_eq!(v.marks.len(), 3);
        let first = &v.marks[0];
        assert_eq!((first.lane, first.point, first.selected), (1, true, true));
        let year = v.marks.iter().find(|m| !m.point).unwrap();
        assert!((year.end - year.start - 365.0).abs() < 1e-9);
    }

    #[test]
    fn hit_finds_the_nearest_mark_within_reach() {
        let s = state();
        let v = build(&s);
        let wed = v.marks.iter().find(|m| m.point && m.lane == 0).unwrap();
        assert_eq!(
            v.hit(wed.center() + 2.0, 0.05, 1.0, 40.0, 10.0),
            Some(wed.event)
        );
        assert_eq!(v.hit(wed.center() + 50.0, 0.0, 1.0, 40.0, 10.0), None);
        let bar = v.marks.iter().find(|m| !m.point).unwrap();
        assert_eq!(
            v.hit(bar.start + 100.0, 0.0, 1.0, 40.0, 10.0),
            Some(bar.event)
        );
    }
}
