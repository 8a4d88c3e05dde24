//! The Dateline workspace file: the app's own document, in JSON.
//!
//! # Schema, version 1
//!
//! ```json
//! {
//!   "format": "dateline-workspace",
//!   "version": 1,
//!   "articles": [
//!     {
//!       "path": "articles/08_niger_coup_2023.txt",
//!       "date": "2023-07-27",
//!       "title": "Soldiers hold Niger's president",
//!       "publisher": "Dateline Sample Wire",
//!       "text": "date 2023-07-27 …\n…",
//!       "body": {"start": 61, "end": 2210},
//!       "content_hash": "9f2c…"
//!     }
//!   ],
//!   "events": [
//!     {
//!       "article": 0,
//!       "date": {"value": "2023-07-26", "earliest": "2023-07-26",
//!                "latest": "2023-07-26", "precision": "day"},
//!       "expr_span": {"start": 120, "end": 129},
//!       "passage_span": {"start": 80, "end": 190},
//!       "label": "…",
//!       "places": ["Niger"],
//!       "resolution": {"rule": "weekday", "anchor": "2023-07-27",
//!                      "explanation": "…", "confidence": 0.95},
//!       "group": "Niger"
//!     }
//!   ],
//!   "corrections": [
//!     {"article_hash": "9f2c…", "span": {"start": 120, "end": 129},
//!      "change": {"kind": "date", "old": "2023-07-26", "new": "2023-07-25"},
//!      "at": "2024-01-02T10:00:00Z"}
//!   ],
//!   "views": [
//!     {"name": "Coup belt", "from": "2020", "to": "2023-12",
//!      "lane_mode": "country",
//!      "filter": {"text": "", "countries": [], "articles": [], "precisions": []}}
//!   ]
//! }
//! ```
//!
//! - `format` must be `"dateline-workspace"`; `version` is an integer.
//!   Readers refuse a version above [`VERSION`] with a clear message; within
//!   a version, changes are only additions and readers ignore fields they
//!   do not know.
//! - `articles[]`: `path` as the user opened it; `date` the publication
//!   date (`YYYY-MM-DD`) or `null`; `text` the full text that every span
//!   points into (for HTML pages, the extracted readable text); `body` the
//!   byte range the tagger reads (absent: the whole text); `content_hash`
//!   the hex BLAKE3 hash of `text` ([`super::content_hash`]).
//! - `events[]`: [`Event`]s. `article` indexes `articles`; spans are UTF-8
//!   byte ranges (`end` exclusive) on char boundaries of that article's
//!   `text`; `date.value` is EDTF, `earliest`/`latest` the inclusive day
//!   interval, `precision` one of `day week month season year decade
//!   century interval`; `group` is present only for events from structured
//!   sources (`TimelineJS`, CSV).
//! - `corrections[]`: [`Correction`]s, keyed by `article_hash` and `span`
//!   so they survive re-extraction; `change.kind` is one of `date label
//!   lane reject restore add`.
//! - `views[]`: [`SavedView`]s.
//!
//! Files are written by [`Workspace::to_json`]: pretty-printed with two
//! spaces, keys in the order above, events sorted by article and span,
//! ending with a newline, so reading a file and writing it again gives the
//! same bytes.

use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{LoadError, Loaded, LoadedFile, SourceFormat, content_hash};
use crate::model::{Article, Correction, Event, Explanation};
use crate::state::views::SavedView;

/// The `format` value of a workspace file.
pub const FORMAT: &str = "dateline-workspace";
/// The newest format version this build reads and the one it writes.
pub const VERSION: u64 = 1;

/// A saved workspace; see the module docs for the schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub format: String,
    pub version: u64,
    #[serde(default)]
    pub articles: Vec<WorkspaceArticle>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub corrections: Vec<Correction>,
    #[serde(default)]
    pub views: Vec<SavedView>,
}

/// An article as stored in a workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceArticle {
    pub path: String,
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub publisher: String,
    pub text: String,
    /// The tagged part of `text`; absent when it is the whole text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Range<usize>>,
    #[serde(default)]
    pub content_hash: String,
}

impl WorkspaceArticle {
    pub fn from_article(article: &Article) -> Self {
        Self {
            path: article.path.clone(),
            date: article.date,
            title: article.title.clone(),
            publisher: article.publisher.clone(),
            body: (article.body != (0..article.text.len())).then(|| article.body.clone()),
            content_hash: content_hash(&article.text),
            text: article.text.clone(),
        }
    }

    /// The article, with an invalid `body` replaced by the whole text.
    pub fn to_article(&self) -> Article {
        let whole = 0..self.text.len();
        let body = self
            .body
            .clone()
            .filter(|b| valid_span(&self.text, b))
            .unwrap_or(whole);
        Article {
            path: self.path.clone(),
            date: self.date,
            title: self.title.clone(),
            publisher: self.publisher.clone(),
            text: self.text.clone(),
            body,
        }
    }
}

fn valid_span(text: &str, span: &Range<usize>) -> bool {
    span.start <= span.end && text.get(span.clone()).is_some()
}

/// Whether a parsed JSON value declares itself a Dateline workspace.
pub fn is_workspace(value: &Value) -> bool {
    value.get("format").and_then(Value::as_str) == Some(FORMAT)
}

impl Workspace {
    /// A workspace of `articles` and `events` (whose `article` indexes
    /// `articles`), with the user's corrections and saved views. Events are
    /// stored sorted by article and span, so the file does not depend on
    /// the order they were found in.
    pub fn new(
        articles: &[Article],
        events: &[Event],
        corrections: &[Correction],
        views: &[SavedView],
    ) -> Self {
        // Explanations are written whole (the file does not depend on how
        // this build stores them).
        let mut events: Vec<Event> = events
            .iter()
            .map(|e| {
                let text = articles.get(e.article).map_or("", |a| a.text.as_str());
                e.clone().with_explanation_text(text)
            })
            .collect();
        events.sort_by(|a, b| {
            (
                a.article,
                a.expr_span.start,
                a.expr_span.end,
                a.passage_span.start,
                a.passage_span.end,
            )
                .cmp(&(
                    b.article,
                    b.expr_span.start,
                    b.expr_span.end,
                    b.passage_span.start,
                    b.passage_span.end,
                ))
                .then_with(|| a.date.value.cmp(&b.date.value))
        });
        Self {
            format: FORMAT.to_owned(),
            version: VERSION,
            articles: articles
                .iter()
                .map(WorkspaceArticle::from_article)
                .collect(),
            events,
            corrections: corrections.to_vec(),
            views: views.to_vec(),
        }
    }

    /// The workspace as JSON (see the module docs for the layout).
    pub fn to_json(&self) -> serde_json::Result<String> {
        let mut json = serde_json::to_string_pretty(self)?;
        json.push('\n');
        Ok(json)
    }

    /// Reads a workspace file's text; `path` is used in messages. Malformed
    /// JSON is reported with its line and column; a newer `version` with
    /// [`LoadError::UnsupportedVersion`].
    pub fn from_json(text: &str, path: &str) -> Result<Self, LoadError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let value: Value = serde_json::from_str(text).map_err(|e| LoadError::json(&e, path))?;
        if !is_workspace(&value) {
            return Err(LoadError::BadWorkspace {
                message: format!("it has no \"format\": \"{FORMAT}\""),
                path: path.to_owned(),
            });
        }
        Self::from_json_value(text, &value, path)
    }

    /// [`Self::from_json`] for text already parsed into `value`.
    pub(crate) fn from_json_value(
        text: &str,
        value: &Value,
        path: &str,
    ) -> Result<Self, LoadError> {
        let bad = |message: String| LoadError::BadWorkspace {
            message,
            path: path.to_owned(),
        };
        let version = match value.get("version") {
            None => return Err(bad("it has no \"version\"".to_owned())),
            Some(v) => v
                .as_u64()
                .filter(|&v| v >= 1)
                .ok_or_else(|| bad(format!("\"version\" is {v}, not a positive integer")))?,
        };
        if version > VERSION {
            return Err(LoadError::UnsupportedVersion {
                found: version,
                supported: VERSION,
                path: path.to_owned(),
            });
        }
        let mut workspace: Self = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
        // A number too large for a confidence reads as infinity, which JSON
        // cannot write back; a confidence is a share, so keep it in 0..=1.
        for event in &mut workspace.events {
            let c = event.resolution.confidence;
            event.resolution.confidence = if c.is_nan() { 0.0 } else { c.clamp(0.0, 1.0) };
        }
        Ok(workspace)
    }

    /// Splits the workspace into its articles, each with its own events
    /// (`article == 0`), checking what a hand-edited file may have broken:
    /// events pointing outside their article are dropped, and a stale
    /// `content_hash` is reported, each with a warning.
    pub fn into_loaded(self, path: &str) -> LoadedFile {
        let mut loaded: Vec<Loaded> = self
            .articles
            .iter()
            .map(|a| {
                let mut warnings = Vec::new();
                if !a.content_hash.is_empty() && a.content_hash != content_hash(&a.text) {
                    warnings.push(format!(
                        "the text of article {:?} does not match its content_hash (edited \
                         outside Dateline?); its corrections may not line up: {path}",
                        a.path
                    ));
                }
                if a.body.as_ref().is_some_and(|b| !valid_span(&a.text, b)) {
                    warnings.push(format!(
                        "the body range of article {:?} is outside its text; the whole text \
                         is used: {path}",
                        a.path
                    ));
                }
                Loaded {
                    article: a.to_article(),
                    events: Some(Vec::new()),
                    warnings,
                }
            })
            .collect();
        let mut stray = Vec::new();
        for (i, mut event) in self.events.into_iter().enumerate() {
            let Some(target) = loaded.get_mut(event.article) else {
                stray.push(format!(
                    "event {} refers to article {}, which is not in the workspace; dropped: {path}",
                    i + 1,
                    event.article
                ));
                continue;
            };
            let text = &target.article.text;
            let spans_ok =
                valid_span(text, &event.expr_span) && valid_span(text, &event.passage_span);
            if !spans_ok || event.date.earliest > event.date.latest {
                target.warnings.push(format!(
                    "event {} ({:?}) has a span outside its article or an empty date \
                     interval; dropped: {path}",
                    i + 1,
                    event.label
                ));
                continue;
            }
            event.article = 0;
            tagger_form(&mut event, text);
            if let Some(events) = &mut target.events {
                events.push(event);
            }
        }
        if let Some(first) = loaded.first_mut() {
            first.warnings.append(&mut stray);
        }
        LoadedFile {
            path: path.to_owned(),
            format: SourceFormat::Workspace,
            articles: loaded,
            corrections: self.corrections,
            views: self.views,
        }
    }
}

/// Stores a tagger-style explanation ("{expression} → {value}: {reason}")
/// as the tagger does, by its reason: the same sentence, in less memory,
/// and an event equal to the one the tagger gives.
fn tagger_form(event: &mut Event, text: &str) {
    let Explanation::Text(sentence) = &event.resolution.explanation else {
        return;
    };
    let reason = sentence
        .strip_prefix(event.expr(text))
        .and_then(|rest| rest.strip_prefix(" → "))
        .and_then(|rest| rest.strip_prefix(event.date.value.as_str()))
        .and_then(|rest| rest.strip_prefix(": "));
    if let Some(reason) = reason {
        event.resolution.explanation = crate::extract::resolve::reason(reason);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Change;

    /// A sample article with one hand-made event (so this test does not
    /// depend on the tagger) and the coups table with its own events.
    fn sample() -> Workspace {
        let text = crate::sample::ARTICLES[1].1.to_owned();
        let article = crate::io::parse_article("a.txt", text).unwrap();
        let at = article.text.find("1974").unwrap();
        let event = Event {
            article: 0,
            date: crate::model::EventDate::year(1974).unwrap(),
            expr_span: at..at + 4,
            passage_span: article.body.clone(),
            label: "coup".into(),
            places: crate::model::Places::new(["Niger"]),
            resolution: crate::model::Resolution {
                rule: "year",
                anchor: article.date,
                explanation: "a year".into(),
                confidence: 0.9,
            },
            group: None,
        };
        let csv = crate::io::load_bytes("coups.csv", crate::sample::COUPS_CSV.into()).unwrap();
        let table = csv.articles.into_iter().next().unwrap();
        let articles = vec![article, table.article];
        let mut events = vec![event];
        events.extend(table.events.unwrap().into_iter().map(|mut e| {
            e.article = 1;
            e
        }));
        events.reverse();
        let corrections = vec![Correction {
            article_hash: content_hash(&articles[0].text),
            span: events[0].expr_span.clone(),
            change: Change::Reject,
            at: "2024-01-02T10:00:00Z".into(),
        }];
        let views = vec![SavedView {
            name: "Niger".into(),
            from: "1960".into(),
            to: "1975".into(),
            lane_mode: crate::state::views::LaneMode::Article,
            filter: crate::state::views::Filter::default(),
        }];
        Workspace::new(&articles, &events, &corrections, &views)
    }

    #[test]
    fn round_trips_byte_for_byte() {
        let ws = sample();
        assert!(!ws.events.is_empty());
        let json = ws.to_json().unwrap();
        assert!(json.starts_with("{\n  \"format\": \"dateline-workspace\",\n  \"version\": 1,\n"));
        let back = Workspace::from_json(&json, "w.json").unwrap();
        assert_eq!(back, ws);
        assert_eq!(back.to_json().unwrap(), json);
    }

    #[test]
    fn version_and_format_errors() {
        let err = Workspace::from_json(
            r#"{"format": "dateline-workspace", "version": 2}"#,
            "w.json",
        )
        .unwrap_err();
        assert!(matches!(
            err,
            LoadError::UnsupportedVersion {
                found: 2,
                supported: 1,
                ..
            }
        ));
        assert!(err.to_string().contains("version 2") && err.to_string().ends_with("w.json"));
        let err =
            Workspace::from_json(r#"{"format": "dateline-workspace"}"#, "w.json").unwrap_err();
        assert!(err.to_string().contains("no \"version\""), "{err}");
        let err =
            Workspace::from_json(r#"{"format": "other", "version": 1}"#, "w.json").unwrap_err();
        assert!(matches!(err, LoadError::BadWorkspace { .. }));
        let err = Workspace::from_json(
            "{\"format\": \"dateline-workspace\", \"version\": 1,\n \"articles\": 3}",
            "w.json",
        )
        .unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
        let ok = Workspace::from_json(
            r#"{"format": "dateline-workspace", "version": 1, "future": true}"#,
            "w.json",
        )
        .unwrap();
        assert!(ok.articles.is_empty());
    }

    #[test]
    fn into_loaded_splits_and_checks() {
        let mut ws = sample();
        let n_events = ws.events.len();
        ws.articles[1].text.push('!');
        let mut bad = ws.events[0].clone();
        bad.expr_span = 0..usize::MAX;
        ws.events.push(bad);
        let mut stray = ws.events[0].clone();
        stray.article = 9;
        ws.events.push(stray);
        let file = ws.into_loaded("w.json");
        assert_eq!(file.format, SourceFormat::Workspace);
        assert_eq!(file.articles.len(), 2);
        let kept: usize = file
            .articles
            .iter()
            .map(|a| a.events.as_ref().unwrap().len())
            .sum();
        assert_eq!(kept, n_events);
        assert!(
            file.articles
                .iter()
                .flat_map(|a| a.events.as_ref().unwrap())
                .all(|e| e.article == 0)
        );
        let warnings: Vec<_> = file.warnings().collect();
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        assert!(warnings.iter().all(|w| w.ends_with("w.json")));
        assert_eq!(file.corrections.len(), 1);
        assert_eq!(file.views.len(), 1);
    }
}
