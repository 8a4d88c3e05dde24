//! Building an article and its events from a structured source (a
//! `TimelineJS` file, a CSV of events), where each record already carries
//! its date.
//!
//! The article's text is written so every event has a passage to show:
//! an optional preface paragraph, then one paragraph per record,
//!
//! ```text
//! {display date} — {label}. {detail}
//! ```
//!
//! paragraphs separated by blank lines. Each event's `expr_span` covers the
//! display date and its `passage_span` the whole paragraph, so clicking an
//! event highlights its date exactly as for an article.

use crate::extract::places::countries_in;
use crate::model::{Article, Event, EventDate, Resolution};

/// Between the display date and the label in a record's paragraph.
pub const DATE_SEPARATOR: &str = " — ";

/// One dated record of a structured source.
#[derive(Debug, Clone)]
pub struct Entry {
    pub date: EventDate,
    /// The date as the source wrote it (or a readable form of it).
    pub display: String,
    pub label: String,
    /// The rest of the record's text (may be empty).
    pub detail: String,
    pub group: Option<String>,
    /// Resolution rule name, e.g. `timelinejs`, `csv`.
    pub rule: &'static str,
    /// How the date was read, for the detail panel.
    pub explanation: String,
}

/// Whitespace runs as single spaces, trimmed: keeps a record in one
/// paragraph.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', ':', ';', '…'])
}

/// Appends `.` unless `s` already ends a sentence.
pub fn sentence(s: &str) -> String {
    let s = s.trim();
    if s.is_empty() || ends_sentence(s) {
        s.to_owned()
    } else {
        format!("{s}.")
    }
}

/// Builds the article text and its events (with `article == 0`).
pub fn build(path: &str, title: &str, preface: &str, entries: Vec<Entry>) -> (Article, Vec<Event>) {
    let mut builder = Builder::new(preface);
    builder.reserve(entries.len());
    for entry in entries {
        builder.push(entry);
    }
    builder.finish(path, title)
}

/// [`build`] one entry at a time, so a large table becomes events as its
/// rows are read instead of being held as entries first.
#[derive(Debug, Default)]
pub struct Builder {
    text: String,
    events: Vec<Event>,
}

impl Builder {
    /// A builder whose text starts with `preface` (on one line).
    pub fn new(preface: &str) -> Self {
        Self {
            text: one_line(preface),
            events: Vec::new(),
        }
    }

    /// Room for `additional` more entries.
    pub fn reserve(&mut self, additional: usize) {
        self.events.reserve_exact(additional);
    }

    /// Whether no entry has been added.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// Appends `entry` as one paragraph of the text, and its event.
    pub fn push(&mut self, entry: Entry) {
        let text = &mut self.text;
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let passage_start = text.len();
        let display = match one_line(&entry.display) {
            d if d.is_empty() => entry.date.value.to_string(),
            d => d,
        };
        text.push_str(&display);
        let expr_span = passage_start..text.len();
        let label = one_line(&entry.label);
        let detail = one_line(&entry.detail);
        if !label.is_empty() {
            text.push_str(DATE_SEPARATOR);
            text.push_str(&sentence(&label));
        } else if !detail.is_empty() {
            text.push_str(DATE_SEPARATOR);
        }
        if !detail.is_empty() {
            if !label.is_empty() {
                text.push(' ');
            }
            text.push_str(&detail);
        }
        let passage_span = passage_start..text.len();
        let passage = text.get(passage_span.clone()).unwrap_or("");
        let places = countries_in(passage);
        let label = if label.is_empty() {
            detail.chars().take(120).collect()
        } else {
            label
        };
        self.events.push(Event {
            article: 0,
            date: entry.date,
            expr_span,
            passage_span,
            label: label.into_boxed_str(),
            places: places.into(),
            resolution: Resolution {
                rule: entry.rule,
                anchor: None,
                explanation: entry.explanation.into(),
                confidence: 1.0,
            },
            group: entry
                .group
                .map(|g| one_line(&g))
                .filter(|g| !g.is_empty())
                .map(String::into_boxed_str),
        });
    }

    /// The article (its text trimmed to size) and its events.
    pub fn finish(self, path: &str, title: &str) -> (Article, Vec<Event>) {
        let mut text = self.text;
        text.push('\n');
        text.shrink_to_fit();
        let mut events = self.events;
        events.shrink_to_fit();
        let article = Article {
            path: path.to_owned(),
            date: None,
            title: one_line(title),
            publisher: String::new(),
            body: 0..text.len(),
            text,
        };
        (article, events)
    }
}

/// The part of an event's passage after `{expr} — {label}.`, when the
/// passage has the shape [`build`] writes; otherwise the whole passage.
/// Exports use it so a file read and written again does not repeat the
/// date and label in its text.
pub fn passage_detail<'a>(event: &Event, text: &'a str) -> &'a str {
    let passage = event.passage(text);
    let expr = event.expr(text);
    let Some(rest) = passage
        .strip_prefix(expr)
        .filter(|_| !expr.is_empty() && event.expr_span.start == event.passage_span.start)
    else {
        return passage.trim();
    };
    let Some(rest) = rest.strip_prefix(DATE_SEPARATOR) else {
        return rest.trim();
    };
    let label = sentence(&event.label);
    rest.strip_prefix(label.as_str())
        .or_else(|| rest.strip_prefix(&*event.label))
        .unwrap_or(rest)
        .trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(value: &str, label: &str, detail: &str, group: Option<&str>) -> Entry {
        Entry {
            date: EventDate::parse_edtf(value).unwrap(),
            display: value.to_owned(),
            label: label.to_owned(),
            detail: detail.to_owned(),
            group: group.map(str::to_owned),
            rule: "test",
            explanation: String::new(),
        }
    }

    #[test]
    fn builds_text_with_exact_spans() {
        let (article, events) = build(
            "t.json",
            "Title",
            "A  preface\nline",
            vec![
                entry("1974-04-15", "Niger: coup", "Source:  P&T", Some("Niger")),
                entry("2023", "", "Only detail", None),
                entry("1960", "Independence!", "", Some("  ")),
            ],
        );
        assert_eq!(
            article.text,
            "A preface line\n\n1974-04-15 — Niger: coup. Source: P&T\n\n2023 — Only detail\n\n1960 — Independence!\n"
        );
        assert_eq!(events[0].expr(&article.text), "1974-04-15");
        assert_eq!(
            events[0].passage(&article.text),
            "1974-04-15 — Niger: coup. Source: P&T"
        );
        assert_eq!(events[0].places.to_vec(), vec!["Niger".to_owned()]);
        assert_eq!(events[0].group.as_deref(), Some("Niger"));
        assert_eq!(&*events[1].label, "Only detail");
        assert_eq!(events[2].group, None);
        assert_eq!(passage_detail(&events[0], &article.text), "Source: P&T");
        assert_eq!(passage_detail(&events[1], &article.text), "");
        assert_eq!(passage_detail(&events[2], &article.text), "");
    }
}
