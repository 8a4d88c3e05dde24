//! Lane layout: which events are shown, in which lane, in what order.
//!
//! Built once whenever the data, the filter or the lane settings change
//! (never per frame). Each lane keeps its events sorted by start day with
//! the longest span, so a frame finds the events in view by binary search.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::model::{Article, Event, Timeline};

use super::views::{Filter, LaneMode};

/// Marker in [`Layout::event_lane`] for events not shown.
pub const NO_LANE: u32 = u32::MAX;
/// Lane name for events that name no country.
pub const NO_COUNTRY: &str = "No country named";

/// How lanes are chosen and arranged; persisted with the preferences.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LaneSettings {
    pub mode: LaneMode,
    /// Lane keys the user has hidden.
    pub hidden: BTreeSet<String>,
    /// Lane keys drawn collapsed (a thin strip).
    pub collapsed: BTreeSet<String>,
    /// Lane keys in the order the user chose; others follow.
    pub order: Vec<String>,
}

/// One lane as laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct LaneInfo {
    /// Stable key (country name, article path, or "all").
    pub key: String,
    /// Display name.
    pub name: String,
    /// Colour slot, stable for the key within this layout.
    pub color: usize,
    pub collapsed: bool,
    /// Top of the lane in lane units (lane 0 starts at 0, going down).
    pub top: f64,
    pub height: f64,
    /// Events in this lane, sorted by (earliest, latest, timeline index).
    pub events: Vec<u32>,
    /// Longest event span in the lane, in days.
    pub max_span_days: i64,
    /// Events of this key hidden by the user (when the lane is hidden).
    pub hidden: bool,
    /// Index for frames: exact days as (day number, event), sorted.
    pub points: Vec<(i32, u32)>,
    /// Periods and intervals as (first day, day after the last, event),
    /// sorted by first day.
    pub bars: Vec<(i32, i32, u32)>,
    /// The bars' ends (day after the last day), sorted, for counting.
    pub bar_ends: Vec<i32>,
}

impl LaneInfo {
    fn new(key: String, name: String, settings: &LaneSettings) -> Self {
        Self {
            hidden: settings.hidden.contains(&key),
            collapsed: settings.collapsed.contains(&key),
            key,
            name,
            color: 0,
            top: 0.0,
            height: 1.0,
            events: Vec::new(),
            max_span_days: 0,
            points: Vec::new(),
            bars: Vec::new(),
            bar_ends: Vec::new(),
        }
    }

    /// Adds timeline event `index` (events arrive in timeline order).
    fn push(&mut self, timeline: &Timeline, index: usize) {
        let (Some(event), Some((first, last))) = (timeline.get(index), timeline.days(index)) else {
            return;
        };
        let id = u32::try_from(index).unwrap_or(u32::MAX);
        self.events.push(id);
        self.max_span_days = self.max_span_days.max(event.date.span_days());
        // Day numbers of real dates fit in i32 (chrono's range).
        let (first, end) = (first as i32, (last as i32).saturating_add(1));
        if event.date.precision.is_point() {
            self.points.push((first, id));
        } else {
            self.bars.push((first, end, id));
            self.bar_ends.push(end);
        }
    }

    /// Vertical centre, in lane units (negative downwards, as plotted).
    pub fn center_y(&self) -> f64 {
        -(self.top + self.height / 2.0)
    }
}

/// The result of laying out a timeline.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    /// Shown lanes, top to bottom.
    pub lanes: Vec<LaneInfo>,
    /// Lanes the user hid (listed so they can be shown again).
    pub hidden_lanes: Vec<String>,
    /// Per timeline event: its lane index, or [`NO_LANE`].
    pub event_lane: Vec<u32>,
    /// Number of events shown.
    pub shown: usize,
    /// Indices of the shown events, in time order (for lists).
    pub shown_events: Vec<u32>,
    /// Shown events per bin over `overview_range` (the whole data range
    /// with a margin), for the overview band.
    pub overview: Vec<u32>,
    pub overview_range: (f64, f64),
    /// Total height in lane units.
    pub total_height: f64,
}

/// Resolution of the cached overview histogram.
pub const OVERVIEW_BINS: usize = 1024;

/// Height of a collapsed lane, in lane units.
pub const COLLAPSED_HEIGHT: f64 = 0.35;

/// The lane key and display name of an event. In country mode: the group a
/// structured source gave it, else the first country its passage names,
/// else the country its article is mainly about (`article_country`).
pub fn lane_key(
    mode: LaneMode,
    event: &Event,
    article: Option<&Article>,
    article_country: Option<&str>,
) -> (String, String) {
    match mode {
        LaneMode::Country => {
            let key = event
                .group
                .as_deref()
                .or_else(|| event.places.first())
                .or(article_country)
                .unwrap_or(NO_COUNTRY)
                .to_owned();
            (key.clone(), key)
        }
        LaneMode::Article => {
            let key = article.map_or_else(|| format!("#{}", event.article), |a| a.path.clone());
            let name = article.map_or_else(|| key.clone(), |a| a.display_name().to_owned());
            (key, name)
        }
        LaneMode::None => ("all".to_owned(), "All events".to_owned()),
    }
}

impl Layout {
    /// Lays out `timeline`: filters, assigns lanes, orders them.
    /// `article_countries[i]` is the main country of article `i`, if known.
    pub fn build(
        timeline: &Timeline,
        articles: &[Article],
        article_countries: &[Option<String>],
        settings: &LaneSettings,
        filter: &Filter,
    ) -> Self {
        let needle = filter.text.trim().to_lowercase();
        let check_filter = !filter.is_empty();
        let mut keys: HashMap<String, usize> = HashMap::new();
        let mut lanes: Vec<LaneInfo> = Vec::new();
        for (index, event) in timeline.events().iter().enumerate() {
            let article = articles.get(event.article);
            if check_filter && !article.is_some_and(|a| filter.accepts(event, a, &needle)) {
                continue;
            }
            let country = article_countries
                .get(event.article)
                .and_then(Option::as_deref);
            let (key, name) = lane_key(settings.mode, event, article, country);
            let lane = *keys.entry(key.clone()).or_insert_with(|| {
                lanes.push(LaneInfo::new(key, name, settings));
                lanes.len() - 1
            });
            if let Some(info) = lanes.get_mut(lane) {
                info.push(timeline, index);
            }
        }
        // Colours follow first appearance, so they are stable under reordering.
        for (i, lane) in lanes.iter_mut().enumerate() {
            lane.color = i;
        }
        // Order: the user's order first, then by event count, then by name.
        let rank = |key: &str| {
            settings
                .order
                .iter()
                .position(|k| k == key)
                .unwrap_or(usize::MAX)
        };
        lanes.sort_by(|a, b| {
            rank(&a.key)
                .cmp(&rank(&b.key))
                .then(b.events.len().cmp(&a.events.len()))
                .then(a.name.cmp(&b.name))
        });
        let hidden_lanes = lanes
            .iter()
            .filter(|l| l.hidden)
            .map(|l| l.key.clone())
            .collect();
        lanes.retain(|l| !l.hidden);
        // Events are already in timeline order, which sorts by start day.
        let mut top = 0.0;
        let mut shown = 0;
        for lane in &mut lanes {
            // Timeline order sorts by first day already; ends need sorting.
            lane.bar_ends.sort_unstable();
            lane.top = top;
            lane.height = if lane.collapsed {
                COLLAPSED_HEIGHT
            } else {
                1.0
            };
            top += lane.height;
            shown += lane.events.len();
        }
        // Event → lane in the final order (hidden lanes drop out).
        let mut event_lane = vec![NO_LANE; timeline.len()];
        for (i, lane) in lanes.iter().enumerate() {
            for &e in &lane.events {
                if let Some(slot) = event_lane.get_mut(e as usize) {
                    *slot = u32::try_from(i).unwrap_or(NO_LANE);
                }
            }
        }
        let shown_events = event_lane
            .iter()
            .enumerate()
            .filter(|(_, l)| **l != NO_LANE)
            .filter_map(|(i, _)| u32::try_from(i).ok())
            .collect();
        let mut layout = Self {
            lanes,
            hidden_lanes,
            event_lane,
            shown,
            shown_events,
            overview: Vec::new(),
            overview_range: (0.0, 1.0),
            total_height: top,
        };
        if let Some((first, last)) = timeline.extent_days() {
            let pad = ((last - first) as f64 * 0.02).max(30.0);
            let range = (first as f64 - pad, last as f64 + 1.0 + pad);
            layout.overview =
                super::view::overview_density(timeline, &layout, range.0, range.1, OVERVIEW_BINS);
            layout.overview_range = range;
        }
        layout
    }

    /// Whether timeline event `index` is shown.
    pub fn is_shown(&self, index: usize) -> bool {
        self.event_lane.get(index).is_some_and(|&l| l != NO_LANE)
    }

    /// The lane of a shown event.
    pub fn lane_of(&self, index: usize) -> Option<usize> {
        self.event_lane
            .get(index)
            .filter(|&&l| l != NO_LANE)
            .map(|&l| l as usize)
    }

    /// Events of `lane` that overlap `[from_day, to_day]`, as a range of
    /// positions in `lane.events` to scan (callers still check the end).
    pub fn candidates(
        &self,
        timeline: &Timeline,
        lane: &LaneInfo,
        from_day: f64,
        to_day: f64,
    ) -> std::ops::Range<usize> {
        let start_of = |i: &u32| {
            timeline
                .days(*i as usize)
                .map_or(f64::MIN, |(start, _)| start)
        };
        let lo = lane
            .events
            .partition_point(|i| start_of(i) < from_day - lane.max_span_days as f64 - 1.0);
        let hi = lane.events.partition_point(|i| start_of(i) <= to_day);
        lo..hi.max(lo)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::parse_article;
    use crate::model::date::day_number;
    use crate::state::LoadedArticle;

    fn timeline() -> (Timeline, Vec<Article>) {
        let texts = [
            "date 2023-07-27 A - P\nA\nSoldiers in Niger acted on Wednesday. Mali's junta spoke in March. Nothing named in 2019.\n",
            "date 2021-04-01 B - P\nB\nIn Niamey, guards fired yesterday. Chad changed in 2021.\n",
        ];
        let mut events = Vec::new();
        let mut articles = Vec::new();
        for (i, t) in texts.iter().enumerate() {
            let loaded = LoadedArticle::from_article(
                parse_article(&format!("{i}.txt"), (*t).to_owned()).unwrap(),
                vec![],
            );
            events.extend(loaded.events.into_iter().map(|mut e| {
                e.article = i;
                e
            }));
            articles.push(loaded.article);
        }
        (Timeline::new(events), articles)
    }

    fn names(layout: &Layout) -> Vec<&str> {
        layout.lanes.iter().map(|l| l.name.as_str()).collect()
    }

    #[test]
    fn lanes_by_country_article_and_none() {
        let (tl, articles) = timeline();
        assert_eq!(tl.len(), 5);
        let by_country = Layout::build(
            &tl,
            &articles,
            &[],
            &LaneSettings::default(),
            &Filter::default(),
        );
        assert_eq!(
            names(&by_country),
            vec!["Niger", "Chad", "Mali", NO_COUNTRY]
        );
        assert_eq!(by_country.shown, 5);
        let settings = LaneSettings {
            mode: LaneMode::Article,
            ..Default::default()
        };
        assert_eq!(
            names(&Layout::build(
                &tl,
                &articles,
                &[],
                &settings,
                &Filter::default()
            )),
            vec!["A", "B"]
        );
        let settings = LaneSettings {
            mode: LaneMode::None,
            ..Default::default()
        };
        let one = Layout::build(&tl, &articles, &[], &settings, &Filter::default());
        assert_eq!((one.lanes.len(), one.shown), (1, 5));
    }

    #[test]
    fn hidden_collapsed_and_ordered_lanes() {
        let (tl, articles) = timeline();
        let settings = LaneSettings {
            hidden: ["Chad".to_owned()].into(),
            collapsed: ["Niger".to_owned()].into(),
            order: vec!["Mali".to_owned()],
            ..Default::default()
        };
        let layout = Layout::build(&tl, &articles, &[], &settings, &Filter::default());
        assert_eq!(names(&layout), vec!["Mali", "Niger", NO_COUNTRY]);
        assert_eq!(layout.hidden_lanes, vec!["Chad".to_owned()]);
        assert_eq!(layout.shown, 4);
        assert_eq!(layout.shown_events.len(), 4);
        assert!(layout.shown_events.windows(2).all(|w| w[0] < w[1]));
        let niger = &layout.lanes[1];
        assert!(niger.collapsed && (niger.height - COLLAPSED_HEIGHT).abs() < 1e-9);
        assert!((layout.lanes[2].top - (1.0 + COLLAPSED_HEIGHT)).abs() < 1e-9);
        let chad_event = tl
            .events()
            .iter()
            .position(|e| e.places.first().is_some_and(|p| p == "Chad"))
            .unwrap();
        assert!(!layout.is_shown(chad_event));
    }

    #[test]
    fn filters_by_text_precision_and_country() {
        let (tl, articles) = timeline();
        let filter = Filter {
            text: "GUARDS".into(),
            ..Default::default()
        };
        let layout = Layout::build(&tl, &articles, &[], &LaneSettings::default(), &filter);
        assert_eq!(layout.shown, 1);
        let filter = Filter {
            precisions: vec![crate::model::Precision::Year],
            ..Default::default()
        };
        assert_eq!(
            Layout::build(&tl, &articles, &[], &LaneSettings::default(), &filter).shown,
            2
        );
        let filter = Filter {
            countries: vec!["Niger".into()],
            ..Default::default()
        };
        assert_eq!(
            Layout::build(&tl, &articles, &[], &LaneSettings::default(), &filter).shown,
            2
        );
    }

    #[test]
    fn candidates_cover_events_overlapping_the_window() {
        let (tl, articles) = timeline();
        let settings = LaneSettings {
            mode: LaneMode::None,
            ..Default::default()
        };
        let layout = Layout::build(&tl, &articles, &[], &settings, &Filter::default());
        let lane = &layout.lanes[0];
        let mid_2021 = day_number(chrono::NaiveDate::from_ymd_opt(2021, 6, 1).unwrap()) as f64;
        let range = layout.candidates(&tl, lane, mid_2021, mid_2021 + 1.0);
        let overlapping: Vec<_> = lane.events[range]
            .iter()
            .filter(|&&i| day_number(tl.events()[i as usize].date.latest) as f64 >= mid_2021)
            .collect();
        assert_eq!(overlapping.len(), 1, "only the year 2021 covers June 2021");
    }
}
