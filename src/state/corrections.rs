//! Applying the user's corrections to the extractor's events.
//!
//! The displayed events are always recomputed from the extractor's events
//! and the ordered list of corrections, so applying is idempotent: saving
//! the extractor's events with the corrections reloads to the same result,
//! and re-extracting the same article text re-applies every correction (they
//! are keyed by the article's content hash and the expression's span).

use std::collections::HashMap;
use std::ops::Range;

use crate::model::{
    Article, Change, Correction, Event, EventDate, Explanation, Places, Resolution,
};

/// The rule name of events the user added.
pub const USER_RULE: &str = "user";

/// The result of applying corrections.
#[derive(Debug, Default, Clone)]
pub struct Applied {
    /// Events to show (corrected, added, not rejected).
    pub shown: Vec<Event>,
    /// Rejected events: hidden, but listed and restorable.
    pub rejected: Vec<Event>,
    /// Per correction (same order): `None` when applied, else why not.
    pub status: Vec<Option<String>>,
}

/// An event created from an `Add` correction on `article` (index `index`).
pub fn added_event(
    index: usize,
    article: &Article,
    span: &Range<usize>,
    date: &str,
    label: &str,
) -> Result<Event, String> {
    let date = EventDate::parse_edtf(date.trim()).map_err(|e| format!("invalid date: {e}"))?;
    let text = &article.text;
    let selected = text
        .get(span.clone())
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| "the selected text is not in the article".to_owned())?;
    let passage_span = crate::extract::text::sentence_around(text, span);
    let passage_span = if passage_span.start <= span.start && passage_span.end >= span.end {
        passage_span
    } else {
        span.clone()
    };
    let label = if label.trim().is_empty() {
        selected.trim().to_owned()
    } else {
        label.trim().to_owned()
    };
    Ok(Event {
        article: index,
        date,
        expr_span: span.clone(),
        passage_span,
        label: label.into_boxed_str(),
        places: Places::default(),
        group: None,
        resolution: Resolution {
            rule: USER_RULE,
            anchor: None,
            explanation: Explanation::text("added by the user from a text selection"),
            confidence: 1.0,
        },
    })
}

/// Applies `corrections` in order to the extractor's `base` events.
/// `hashes[i]` is the content hash of `articles[i]`.
pub fn apply_corrections(
    base: &[Event],
    articles: &[Article],
    hashes: &[String],
    corrections: &[Correction],
) -> Applied {
    let mut events: Vec<Event> = base.to_vec();
    let mut rejected: Vec<bool> = vec![false; events.len()];
    let mut index: HashMap<(usize, usize, usize), Vec<usize>> = HashMap::new();
    for (i, e) in events.iter().enumerate() {
        index
            .entry((e.article, e.expr_span.start, e.expr_span.end))
            .or_default()
            .push(i);
    }
    let mut status = Vec::with_capacity(corrections.len());
    for correction in corrections {
        let Some(article) = hashes.iter().position(|h| *h == correction.article_hash) else {
            status.push(Some(
                "not applied: article changed or not loaded".to_owned(),
            ));
            continue;
        };
        let key = (article, correction.span.start, correction.span.end);
        if let Change::Add { date, label } = &correction.change {
            let result = articles
                .get(article)
                .ok_or_else(|| "article missing".to_owned())
                .and_then(|a| added_event(article, a, &correction.span, date, label));
            match result {
                Ok(event) => {
                    index.entry(key).or_default().push(events.len());
                    events.push(event);
                    rejected.push(false);
                    status.push(None);
                }
                Err(e) => status.push(Some(format!("not applied: {e}"))),
            }
            continue;
        }
        let Some(targets) = index.get(&key).filter(|t| !t.is_empty()) else {
            status.push(Some(
                "not applied: article changed (expression not found)".to_owned(),
            ));
            continue;
        };
        let mut outcome = None;
        for &i in targets {
            let (Some(event), Some(flag)) = (events.get_mut(i), rejected.get_mut(i)) else {
                continue;
            };
            match &correction.change {
                Change::Date { new, .. } => match EventDate::parse_edtf(new.trim()) {
                    Ok(date) => {
                        // The explanation keeps the value it was written
                        // for: stored whole before the date changes.
                        if let Some(a) = articles.get(event.article) {
                            event.fix_explanation(&a.text);
                        }
                        event.date = date;
                    }
                    Err(e) => outcome = Some(format!("not applied: invalid date: {e}")),
                },
                Change::Label { new, .. } => event.label = new.as_str().into(),
                Change::Lane { new, .. } => event.group = Some(new.as_str().into()),
                Change::Reject => *flag = true,
                Change::Restore => *flag = false,
                Change::Add { .. } => {}
            }
        }
        status.push(outcome);
    }
    let mut applied = Applied {
        status,
        ..Applied::default()
    };
    for (event, is_rejected) in events.into_iter().zip(rejected) {
        if is_rejected {
            applied.rejected.push(event);
        } else {
            applied.shown.push(event);
        }
    }
    applied
}

/// A short "old → new" description of a change.
pub fn describe(change: &Change) -> String {
    match change {
        Change::Date { old, new } => format!("date: {old} → {new}"),
        Change::Label { old, new } => format!("label: “{old}” → “{new}”"),
        Change::Lane { old, new } => {
            format!("lane: {} → {new}", old.as_deref().unwrap_or("(automatic)"))
        }
        Change::Reject => "rejected".to_owned(),
        Change::Restore => "restored".to_owned(),
        Change::Add { date, label } => format!("added: {date} “{label}”"),
    }
}

/// The current time, RFC 3339 UTC.
pub fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

    use super::*;
    use crate::io::{Workspace, parse_article};
    use crate::state::{AppState, Command, EventKey, LoadedArticle};

    const TEXT: &str = "date 2023-07-27 A - P\nNiger coup\nSoldiers detained the president of Niger on Wednesday. The junta spoke in 2024.\n";

    fn loaded(text: &str, corrections: Vec<Correction>) -> LoadedArticle {
        let mut l =
            LoadedArticle::from_article(parse_article("a.txt", text.to_owned()).unwrap(), vec![]);
        l.corrections = corrections;
        l
    }

    fn select_wednesday(state: &mut AppState) -> EventKey {
        let i = state
            .timeline
            .events()
            .iter()
            .position(|e| e.date.value == "2023-07-26")
            .expect("Wednesday resolved");
        state.apply(Command::Select(Some(i)));
        EventKey::of(state.selected_event().unwrap())
    }

    fn date(new: &str) -> Change {
        Change::Date {
            old: String::new(),
            new: new.into(),
        }
    }

    #[test]
    fn corrections_apply_undo_and_redo() {
        let mut state = AppState::with_articles(vec![loaded(TEXT, vec![])]);
        let n = state.timeline.len();
        let key = select_wednesday(&mut state);
        let text = state.articles[0].text.clone();
        let explained = state.selected_event().unwrap().explanation(&text);
        assert!(explained.contains("→ 2023-07-26: "), "{explained}");
        let explained = explained.into_owned();
        state.apply(Command::Correct(date("2023-07-25")));
        assert!(state.dirty);
        let e = state.selected_event().unwrap();
        assert_eq!(EventKey::of(e), key);
        assert_eq!(e.date.value, "2023-07-25");
        // The tagger's explanation still says what it found.
        assert_eq!(e.explanation(&text), explained);
        assert_eq!(state.original_of(e).unwrap().date.value, "2023-07-26");
        assert_eq!(
            state.corrections[0].change,
            Change::Date {
                old: "2023-07-26".into(),
                new: "2023-07-25".into()
            }
        );
        assert!(state.corrections[0].at.ends_with('Z'));
        // Invalid EDTF: an error, nothing changes.
        state.apply(Command::Correct(date("2023-13-45")));
        assert!(
            state
                .correction_error
                .as_deref()
                .unwrap()
                .contains("2023-13-45")
        );
        assert_eq!(state.corrections.len(), 1);
        assert_eq!(state.selected_event().unwrap().date.value, "2023-07-25");
        state.apply(Command::Correct(Change::Label {
            old: String::new(),
            new: "Bazoum detained".into(),
        }));
        state.apply(Command::Correct(Change::Lane {
            old: None,
            new: "Sahel".into(),
        }));
        let e = state.selected_event().unwrap();
        assert_eq!(&*e.label, "Bazoum detained");
        assert_eq!(e.group.as_deref(), Some("Sahel"));
        assert!(state.layout.lanes.iter().any(|l| l.key == "Sahel"));
        state.apply(Command::Correct(Change::Reject));
        assert_eq!(state.timeline.len(), n - 1);
        assert_eq!(state.rejected_events().len(), 1);
        assert_eq!(state.selected_index(), None);
        assert_eq!(EventKey::of(state.selected_event().unwrap()), key);
        state.apply(Command::Correct(Change::Restore));
        assert_eq!(state.timeline.len(), n);
        assert!(state.selected_index().is_some());
        assert_eq!(
            state.corrections_for(state.selected_event().unwrap()).len(),
            5
        );
        // Undo everything, then redo it.
        for _ in 0..5 {
            state.apply(Command::Undo);
        }
        assert!(state.corrections.is_empty());
        let e = state.selected_event().unwrap();
        assert_eq!(
            (e.date.value.as_str(), e.group.as_ref()),
            ("2023-07-26", None)
        );
        state.apply(Command::Redo);
        state.apply(Command::Redo);
        assert_eq!(&*state.selected_event().unwrap().label, "Bazoum detained");
        assert!(state.can_redo());
        state.apply(Command::Correct(date("2023-07")));
        assert!(!state.can_redo());
    }

    #[test]
    fn adding_an_event_from_a_selection() {
        let mut state = AppState::with_articles(vec![loaded(TEXT, vec![])]);
        let n = state.timeline.len();
        let start = TEXT.find("The junta spoke").unwrap();
        let span = start..start + "The junta spoke".len();
        state.apply(Command::AddEvent {
            article: 0,
            span: 0..0,
            date: "2023-08".into(),
            label: String::new(),
        });
        assert!(state.correction_error.is_some());
        state.apply(Command::AddEvent {
            article: 0,
            span: span.clone(),
            date: "2023-08-bad".into(),
            label: String::new(),
        });
        assert!(state.correction_error.is_some());
        assert_eq!(state.timeline.len(), n);
        state.apply(Command::AddEvent {
            article: 0,
            span: span.clone(),
            date: "2023-08".into(),
            label: "Junta speaks".into(),
        });
        assert_eq!(state.timeline.len(), n + 1);
        let e = state.selected_event().unwrap();
        assert_eq!(
            (&*e.label, e.date.value.as_str()),
            ("Junta speaks", "2023-08")
        );
        assert_eq!(e.expr_span, span);
        assert!(state.original_of(e).is_none());
        state.apply(Command::Undo);
        assert_eq!(state.timeline.len(), n);
    }

    #[test]
    fn corrections_survive_re_extraction_and_flag_changed_articles() {
        let mut state = AppState::with_articles(vec![loaded(TEXT, vec![])]);
        let key = select_wednesday(&mut state);
        state.apply(Command::Correct(date("2023-07-25")));
        let corrections = state.corrections.clone();
        // Re-extract the same text: the correction re-applies by hash + span.
        let again = AppState::with_articles(vec![loaded(TEXT, corrections.clone())]);
        let e = again
            .timeline
            .events()
            .iter()
            .find(|e| EventKey::of(e) == key)
            .unwrap();
        assert_eq!(e.date.value, "2023-07-25");
        assert!(again.unapplied_corrections().is_empty());
        // A changed article: the correction is kept and flagged.
        let changed = TEXT.replace("Soldiers", "Troops");
        let other = AppState::with_articles(vec![loaded(&changed, corrections)]);
        assert_eq!(other.corrections.len(), 1);
        let unapplied = other.unapplied_corrections();
        assert_eq!(unapplied.len(), 1);
        assert!(unapplied[0].1.contains("article changed"));
    }

    #[test]
    fn workspace_round_trip_reloads_the_same_timeline() {
        let mut state = AppState::sample();
        state.apply(Command::Select(Some(3)));
        state.apply(Command::Correct(date("2001-02-03")));
        state.apply(Command::Select(Some(5)));
        state.apply(Command::Correct(Change::Reject));
        state.apply(Command::Select(Some(7)));
        state.apply(Command::Correct(Change::Lane {
            old: None,
            new: "Elsewhere".into(),
        }));
        let article = &state.articles[0];
        let start = article.body.start;
        let end = article.text[start..]
            .find(' ')
            .map_or(article.body.end, |i| start + i);
        state.apply(Command::AddEvent {
            article: 0,
            span: start..end,
            date: "1999".into(),
            label: "added".into(),
        });
        assert!(state.correction_error.is_none());
        let json = Workspace::new(
            &state.articles,
            state.extracted_events(),
            &state.corrections,
            &[],
        )
        .to_json()
        .unwrap();
        let file = Workspace::from_json(&json, "w.dateline.json")
            .unwrap()
            .into_loaded("w.dateline.json");
        let reloaded = AppState::with_articles(LoadedArticle::from_file(file));
        assert_eq!(reloaded.timeline.events(), state.timeline.events());
        assert_eq!(reloaded.rejected_events(), state.rejected_events());
        assert_eq!(reloaded.corrections, state.corrections);
        assert!(reloaded.unapplied_corrections().is_empty());
    }

    #[test]
    fn sample_burkina_faso_reports_disagree() {
        let state = AppState::sample();
        let events = state.timeline.events();
        let target = events
            .iter()
            .position(|e| {
                e.date.value == "2022-01-24"
                    && e.passage(&state.articles[e.article].text)
                        .contains("Powell")
            })
            .expect("a 24 January 2022 Burkina Faso event");
        let reports = crate::state::grouping::other_reports(
            events,
            &state.articles,
            &state.article_countries,
            target,
        );
        assert!(
            reports
                .iter()
                .any(|r| r.disagrees && events[r.index].date.value == "2022-01-23"),
            "{reports:?} {:?} {:?}",
            events[target].label,
            events[target].article
        );
        assert!(
            reports
                .iter()
                .any(|r| !r.disagrees && events[r.index].date.value == "2022-01-24"),
            "{reports:?}"
        );
    }
}
