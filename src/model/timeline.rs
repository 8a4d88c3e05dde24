//! Events sorted by time, with range queries and nearest-event lookup.
//!
//! Invariant: `events` is sorted by (earliest, latest, article, span start),
//! so the order is deterministic whatever order the events were added in.

use chrono::NaiveDate;

use super::date::{EventDate, day_number};
use super::event::{Event, Explanation, Resolution};
use super::places::Places;

/// A sorted collection of events.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    events: Vec<Event>,
    /// Longest event duration in days, for overlap queries.
    max_span_days: i64,
    /// Per event: first and last day as day numbers (cached, since every
    /// frame compares them).
    days: Vec<(i32, i32)>,
}

impl Timeline {
    /// Builds a timeline, sorting the events.
    pub fn new(mut events: Vec<Event>) -> Self {
        sort_events(&mut events);
        let max_span_days = events.iter().map(|e| e.date.span_days()).max().unwrap_or(0);
        let as_i32 = |d| i32::try_from(day_number(d)).unwrap_or(i32::MAX);
        let days = events
            .iter()
            .map(|e| (as_i32(e.date.earliest), as_i32(e.date.latest)))
            .collect();
        Self {
            events,
            max_span_days,
            days,
        }
    }

    /// This timeline with `more` events added: the new ones are sorted and
    /// merged in place, O(n + m log m) rather than a full re-sort. The
    /// events vector grows at its end (the allocator extends a large block
    /// without copying it) and is merged from the back, so adding to a
    /// million events does not hold a second copy of them.
    #[must_use]
    pub fn merge(self, mut more: Vec<Event>) -> Self {
        if more.is_empty() {
            return self;
        }
        if self.events.is_empty() {
            return Self::new(more);
        }
        sort_events(&mut more);
        let mut events = self.events;
        let old = events.len();
        events.reserve_exact(more.len());
        events.resize_with(old + more.len(), placeholder);
        merge_from_back(&mut events, old, more);
        // Already sorted: `new` only recomputes the caches.
        Self::new(events)
    }

    fn order(a: &Event, b: &Event) -> std::cmp::Ordering {
        (a.date.earliest, a.date.latest, a.article, a.expr_span.start).cmp(&(
            b.date.earliest,
            b.date.latest,
            b.article,
            b.expr_span.start,
        ))
    }

    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// First and last day (day numbers) of event `index`.
    pub fn days(&self, index: usize) -> Option<(f64, f64)> {
        self.days
            .get(index)
            .map(|&(a, b)| (f64::from(a), f64::from(b)))
    }

    /// The events, giving up the timeline (to add more and re-sort).
    pub fn into_events(self) -> Vec<Event> {
        self.events
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    pub fn get(&self, index: usize) -> Option<&Event> {
        self.events.get(index)
    }

    /// First and last day covered by any event, as day numbers.
    pub fn extent_days(&self) -> Option<(i64, i64)> {
        let first = self.events.first()?;
        let last = self
            .events
            .iter()
            .map(|e| day_number(e.date.latest))
            .max()?;
        Some((day_number(first.date.earliest), last))
    }

    /// Indices of events whose interval overlaps `[from_day, to_day]`
    /// (day numbers, inclusive), in timeline order. O(log n + k + w) where w
    /// is the number of events starting within the longest span before.
    pub fn overlapping(&self, from_day: i64, to_day: i64) -> Vec<usize> {
        let start_bound = from_day.saturating_sub(self.max_span_days);
        let first = self
            .events
            .partition_point(|e| day_number(e.date.earliest) < start_bound);
        let end = self
            .events
            .partition_point(|e| day_number(e.date.earliest) <= to_day);
        (first..end.max(first))
            .filter(|&i| {
                self.events
                    .get(i)
                    .is_some_and(|e| day_number(e.date.latest) >= from_day)
            })
            .collect()
    }

    /// The event whose interval is nearest to the day number `x_day`
    /// (distance 0 inside the interval), among those accepted by `keep`.
    pub fn nearest(&self, x_day: f64, keep: impl Fn(&Event) -> bool) -> Option<usize> {
        self.events
            .iter()
            .enumerate()
            .filter(|(_, e)| keep(e))
            .map(|(i, e)| {
                let start = day_number(e.date.earliest) as f64;
                let end = day_number(e.date.latest) as f64 + 1.0;
                let distance = if x_day < start {
                    start - x_day
                } else if x_day > end {
                    x_day - end
                } else {
                    0.0
                };
                (i, distance)
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    }

    /// Index of the next (or previous) event in time order.
    pub fn step(&self, from: Option<usize>, forward: bool) -> Option<usize> {
        if self.events.is_empty() {
            return None;
        }
        let last = self.events.len() - 1;
        Some(match (from, forward) {
            (None, true) => 0,
            (None, false) => last,
            (Some(i), true) => (i + 1).min(last),
            (Some(i), false) => i.saturating_sub(1),
        })
    }
}

/// An event that owns no heap memory, to fill the slots a merge writes.
fn placeholder() -> Event {
    Event {
        article: usize::MAX,
        date: EventDate::day(NaiveDate::MIN),
        expr_span: 0..0,
        passage_span: 0..0,
        label: Box::default(),
        places: Places::default(),
        group: None,
        resolution: Resolution {
            rule: "",
            anchor: None,
            explanation: Explanation::default(),
            confidence: 0.0,
        },
    }
}

/// Merges the sorted `events[..old]` with the sorted `more` into `events`,
/// whose slots from `old` on are placeholders (`events.len() == old +
/// more.len()`). Works from the back: the largest remaining event goes to
/// the last free slot, and an old event moved there leaves a placeholder
/// behind, so the free slots are always `events[i..k]`. Equal events keep
/// old before new.
fn merge_from_back(events: &mut [Event], old: usize, mut more: Vec<Event>) {
    let mut i = old;
    let mut k = events.len();
    while let Some(newest) = more.last() {
        let Some(slot) = k.checked_sub(1) else { break };
        let old_is_later = i
            .checked_sub(1)
            .and_then(|p| events.get(p))
            .is_some_and(|a| Timeline::order(a, newest) == std::cmp::Ordering::Greater);
        if old_is_later {
            i -= 1;
            events.swap(i, slot);
        } else if let (Some(target), Some(event)) = (events.get_mut(slot), more.pop()) {
            *target = event;
        }
        k = slot;
    }
}

/// Sorts `events` by [`Timeline::order`], stably (equal events keep their
/// order), without the scratch copy of half the events that a stable sort
/// of such large elements takes: a small key per event is sorted instead
/// (its position makes the order total, hence stable) and the events are
/// then swapped into place. Sorted input (from `merge`) is only checked.
fn sort_events(events: &mut [Event]) {
    if events.is_sorted_by(|a, b| Timeline::order(a, b) != std::cmp::Ordering::Greater) {
        return;
    }
    let mut keys: Vec<_> = events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            (
                e.date.earliest,
                e.date.latest,
                e.article,
                e.expr_span.start,
                i,
            )
        })
        .collect();
    keys.sort_unstable();
    // `from[k]`: the position of the event that goes to position `k`.
    let mut from: Vec<usize> = keys.iter().map(|k| k.4).collect();
    drop(keys);
    // Follow each cycle of the permutation, marking positions done.
    for start in 0..from.len() {
        let mut current = start;
        while let Some(slot) = from.get_mut(current) {
            let next = std::mem::replace(slot, current);
            if next == start || next == current {
                break;
            }
            events.swap(current, next);
            current = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventDate, Resolution};
    use chrono::NaiveDate;

    fn event(article: usize, date: EventDate) -> Event {
        Event {
            article,
            date,
            expr_span: 0..1,
            passage_span: 0..1,
            label: "".into(),
            places: crate::model::Places::default(),
            group: None,
            resolution: Resolution {
                rule: "test",
                anchor: None,
                explanation: crate::model::Explanation::default(),
                confidence: 1.0,
            },
        }
    }

    fn day(y: i32, m: u32, d: u32) -> EventDate {
        EventDate::day(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    #[test]
    fn sorts_and_queries_ranges() {
        let tl = Timeline::new(vec![
            event(0, day(2023, 7, 26)),
            event(0, EventDate::year(1960).unwrap()),
            event(1, day(1974, 4, 15)),
            event(1, EventDate::year(2010).unwrap()),
        ]);
        let years: Vec<i32> = tl
            .events()
            .iter()
            .map(|e| chrono::Datelike::year(&e.date.earliest))
            .collect();
        assert_eq!(years, vec![1960, 1974, 2010, 2023]);
        let from = day_number(NaiveDate::from_ymd_opt(1960, 6, 1).unwrap());
        let to = day_number(NaiveDate::from_ymd_opt(1980, 1, 1).unwrap());
        // The year 1960 overlaps June 1960 even though it starts before it.
        assert_eq!(tl.overlapping(from, to), vec![0, 1]);
        assert!(tl.overlapping(to, to + 10).is_empty());
    }

    fn labelled(article: usize, year: i32, label: usize) -> Event {
        let mut e = event(article, EventDate::year(year).unwrap());
        e.label = label.to_string().into();
        e
    }

    proptest::proptest! {
        /// Merging batches in place gives exactly the stable sort of all
        /// events (equal keys: earlier batches first, then batch order),
        /// with few distinct keys so that ties are common.
        #[test]
        fn merging_batches_equals_a_stable_sort(
            batches in proptest::collection::vec(
                proptest::collection::vec((0usize..3, 1990i32..1996), 0..40),
                1..6,
            )
        ) {
            let mut timeline = Timeline::default();
            let mut all = Vec::new();
            for batch in &batches {
                let first = all.len();
                let events: Vec<Event> = batch
                    .iter()
                    .enumerate()
                    .map(|(i, &(article, year))| labelled(article, year, first + i))
                    .collect();
                all.extend(events.iter().cloned());
                timeline = timeline.merge(events);
            }
            all.sort_by(Timeline::order);
            proptest::prop_assert_eq!(timeline.events(), &all[..]);
            for (index, e) in all.iter().enumerate() {
                let expected = (
                    day_number(e.date.earliest) as f64,
                    day_number(e.date.latest) as f64,
                );
                proptest::prop_assert_eq!(timeline.days(index), Some(expected));
            }
        }
    }

    #[test]
    fn merge_equals_building_from_scratch() {
        let a = vec![
            event(0, day(2020, 1, 1)),
            event(0, day(1960, 8, 3)),
            event(0, EventDate::year(2000).unwrap()),
        ];
        let b = vec![
            event(1, day(1999, 4, 9)),
            event(1, day(2023, 7, 26)),
            event(1, day(1960, 8, 3)),
        ];
        let merged = Timeline::new(a.clone()).merge(b.clone());
        let whole = Timeline::new(a.into_iter().chain(b).collect());
        assert_eq!(merged.events(), whole.events());
        assert_eq!(merged.days(5), whole.days(5));
        assert_eq!(merged.extent_days(), whole.extent_days());
    }

    #[test]
    fn sorting_matches_a_stable_sort() {
        // Shuffled, with ties (same article, day and span: kept in order,
        // told apart by their labels).
        let mut events = Vec::new();
        for i in 0..200_u32 {
            let year = 2000 + i32::try_from(i * 7919 % 13).unwrap();
            let mut e = event((i % 3) as usize, day(year, 1 + i % 12, 1 + i % 5));
            e.label = i.to_string().into();
            events.push(e);
        }
        let mut expected = events.clone();
        expected.sort_by(Timeline::order);
        let tl = Timeline::new(events);
        assert_eq!(tl.events(), expected.as_slice());
        // Sorted input stays as it is.
        assert_eq!(
            Timeline::new(expected.clone()).events(),
            expected.as_slice()
        );
    }

    #[test]
    fn nearest_and_step() {
        let tl = Timeline::new(vec![
            event(0, day(2020, 1, 1)),
            event(0, day(2021, 1, 1)),
            event(1, day(2022, 1, 1)),
        ]);
        let x = day_number(NaiveDate::from_ymd_opt(2021, 2, 1).unwrap()) as f64;
        assert_eq!(tl.nearest(x, |_| true), Some(1));
        assert_eq!(tl.nearest(x, |e| e.article == 1), Some(2));
        assert_eq!(tl.step(None, true), Some(0));
        assert_eq!(tl.step(Some(2), true), Some(2));
        assert_eq!(tl.step(Some(1), false), Some(0));
        assert_eq!(Timeline::default().step(None, true), None);
    }
}
