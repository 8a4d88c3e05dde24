//! Other reports of the same real-world event: events from other articles
//! with close dates (day or month precision only), the same country and
//! shared key words.

use std::collections::BTreeSet;

use crate::model::date::day_number;
use crate::model::{Article, Event, Precision};

/// How many days apart two reports of the same event may be.
pub const MAX_GAP_DAYS: i64 = 3;

/// Stems of words that mark what kind of event a passage reports
/// ("mutin" matches mutiny, mutinies, mutinous).
const KEY_STEMS: &[&str] = &[
    "coup",
    "seiz",
    "oust",
    "overthr",
    "detain",
    "arrest",
    "mutin",
    "junta",
    "takeover",
    "independen",
    "president",
    "army",
    "armies",
    "soldier",
    "troop",
    "guard",
    "elect",
    "attack",
    "kill",
    "protest",
    "constitution",
    "referendum",
    "sanction",
    "power",
];

/// Capitalised words that are not names.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "of",
    "he",
    "she",
    "it",
    "they",
    "we",
    "but",
    "and",
    "after",
    "before",
    "when",
    "this",
    "that",
    "its",
    "his",
    "her",
    "their",
    "on",
    "by",
    "as",
    "for",
    "from",
    "with",
    "since",
    "until",
    "last",
    "next",
    "mr",
    "mrs",
    "ms",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "there",
    "some",
    "earlier",
    "later",
    "then",
    "now",
    "today",
    "yesterday",
];

/// One other report of an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Index in the timeline.
    pub index: usize,
    /// Its date disagrees with the selected event's (no overlap).
    pub disagrees: bool,
}

fn groupable(precision: Precision) -> bool {
    matches!(precision, Precision::Day | Precision::Month)
}

/// Days between two events' intervals (0 when they overlap).
fn gap_days(a: &Event, b: &Event) -> i64 {
    let start = day_number(a.date.earliest).max(day_number(b.date.earliest));
    let end = day_number(a.date.latest).min(day_number(b.date.latest));
    (start - end).max(0)
}

fn countries(event: &Event, article_countries: &[Option<String>]) -> BTreeSet<String> {
    let mut set: BTreeSet<String> = event.places.iter().map(str::to_owned).collect();
    set.extend(event.group.as_deref().map(str::to_owned));
    if let Some(Some(c)) = article_countries.get(event.article) {
        set.insert(c.clone());
    }
    set
}

/// Key words and capitalised names in an event's passage (lower case).
fn terms(event: &Event, articles: &[Article], countries: &BTreeSet<String>) -> BTreeSet<String> {
    let text = articles
        .get(event.article)
        .map_or("", |a| event.passage(&a.text));
    let country_words: BTreeSet<String> = countries
        .iter()
        .flat_map(|c| {
            c.split_whitespace()
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect();
    let mut set = BTreeSet::new();
    for raw in text.split(|c: char| !c.is_alphanumeric() && c != '\'') {
        let word = raw.trim_matches('\'');
        if word.is_empty() {
            continue;
        }
        let lower = word.to_lowercase();
        let capitalised = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().count() >= 3
            && !NOT_NAMES.contains(&lower.as_str())
            && !country_words.contains(&lower);
        if let Some(stem) = KEY_STEMS.iter().find(|s| lower.starts_with(**s)) {
            set.insert((*stem).to_owned());
        } else if capitalised {
            set.insert(lower);
        }
    }
    set
}

/// Other reports of event `target` (a timeline index): events from other
/// articles whose day- or month-precise dates overlap or lie within
/// [`MAX_GAP_DAYS`], that name a common country and share a key word or
/// name. In timeline order.
pub fn other_reports(
    events: &[Event],
    articles: &[Article],
    article_countries: &[Option<String>],
    target: usize,
) -> Vec<Report> {
    let Some(event) = events.get(target) else {
        return Vec::new();
    };
    if !groupable(event.date.precision) {
        return Vec::new();
    }
    let my_countries = countries(event, article_countries);
    if my_countries.is_empty() {
        return Vec::new();
    }
    events
        .iter()
        .enumerate()
        .filter(|&(i, other)| {
            i != target
                && other.article != event.article
                && groupable(other.date.precision)
                && gap_days(event, other) <= MAX_GAP_DAYS
        })
        .filter_map(|(i, other)| {
            let theirs = countries(other, article_countries);
            let shared: BTreeSet<String> = my_countries.intersection(&theirs).cloned().collect();
            if shared.is_empty() {
                return None;
            }
            let all: BTreeSet<String> = my_countries.union(&theirs).cloned().collect();
            let their_terms = terms(other, articles, &all);
            if terms(event, articles, &all).is_disjoint(&their_terms) {
                return None;
            }
            Some(Report {
                index: i,
                disagrees: gap_days(event, other) > 0,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;
    use crate::model::{EventDate, Resolution};
    use chrono::NaiveDate;

    fn article(text: &str) -> Article {
        Article {
            path: "x.txt".into(),
            date: None,
            title: String::new(),
            publisher: String::new(),
            text: text.into(),
            body: 0..text.len(),
        }
    }

    fn event(article: usize, date: EventDate, places: &[&str], len: usize) -> Event {
        Event {
            article,
            date,
            expr_span: 0..1,
            passage_span: 0..len,
            label: "".into(),
            places: places.iter().map(|s| (*s).to_owned()).collect(),
            group: None,
            resolution: Resolution {
                rule: "t",
                anchor: None,
                explanation: String::new().into(),
                confidence: 1.0,
            },
        }
    }

    fn day(y: i32, m: u32, d: u32) -> EventDate {
        EventDate::day(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    #[test]
    fn groups_close_reports_and_flags_disagreement() {
        let texts = [
            "Soldiers seized power in Burkina Faso on 24 January.",
            "Soldiers ousted President Kabore in Burkina Faso on 23 January.",
            "Burkina Faso held an election on 25 January.",
            "Soldiers seized power in Mali on 24 January.",
            "Soldiers seized power in Burkina Faso in 2022.",
            "Soldiers seized power in Burkina Faso on 10 February.",
        ];
        let articles: Vec<Article> = texts.iter().map(|t| article(t)).collect();
        let bf = &["Burkina Faso"];
        let events = vec![
            event(0, day(2022, 1, 24), bf, texts[0].len()),
            event(1, day(2022, 1, 23), bf, texts[1].len()),
            // Same country and close, but no shared key word.
            event(2, day(2022, 1, 25), bf, texts[2].len()),
            // Another country.
            event(3, day(2022, 1, 24), &["Mali"], texts[3].len()),
            // A year is too coarse to group.
            event(4, EventDate::year(2022).unwrap(), bf, texts[4].len()),
            // Too far apart.
            event(5, day(2022, 2, 10), bf, texts[5].len()),
            // Same article as the target.
            event(0, day(2022, 1, 24), bf, texts[0].len()),
        ];
        let reports = other_reports(&events, &articles, &[], 0);
        assert_eq!(
            reports,
            vec![Report {
                index: 1,
                disagrees: true
            }]
        );
        // A month-precise report overlaps, so it does not disagree.
        let mut month = events.clone();
        month[1].date = EventDate::month(2022, 1).unwrap();
        let reports = other_reports(&month, &articles, &[], 0);
        assert_eq!(
            reports,
            vec![Report {
                index: 1,
                disagrees: false
            }]
        );
        // The article's main country counts as the event's country.
        let mut no_places = events;
        no_places[1].places = crate::model::Places::default();
        assert!(other_reports(&no_places, &articles, &[], 0).is_empty());
        let countries = vec![None, Some("Burkina Faso".to_owned())];
        assert_eq!(other_reports(&no_places, &articles, &countries, 0).len(), 1);
    }
}
