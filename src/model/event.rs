//! A dated event found in an article, with its provenance.

use std::borrow::Cow;
use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::date::EventDate;

/// How a date was worked out: the rule that fired, what it was anchored at,
/// and a sentence saying so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resolution {
    /// Stable rule name (e.g. `weekday`, `month_day_year`); borrowed from
    /// the tagger's static table, so a million events do not each
    /// allocate it.
    pub rule: Cow<'static, str>,
    /// The date a relative expression was resolved against, if any.
    pub anchor: Option<NaiveDate>,
    /// Human explanation: "Wednesday → 2023-07-26: the Wednesday before …".
    pub explanation: String,
    /// 0.0..=1.0: how sure the rule is about the value.
    pub confidence: f32,
}

/// One dated mention in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Index of the article in the owning collection.
    pub article: usize,
    pub date: EventDate,
    /// Byte range of the date expression in the article's `text`.
    pub expr_span: Range<usize>,
    /// Byte range of the sentence (passage) that carries the event.
    pub passage_span: Range<usize>,
    /// Short readable label: the clause that carries the event.
    pub label: String,
    /// Countries named in the passage (canonical English names).
    pub places: Vec<String>,
    /// The group a structured source put the event in (a `TimelineJS`
    /// `group`, a CSV `country` column); lanes use it before `places`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    pub resolution: Resolution,
}

impl Event {
    /// The expression text, given the article's text.
    pub fn expr<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.expr_span.clone()).unwrap_or("")
    }

    /// The passage text, given the article's text.
    pub fn passage<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.passage_span.clone()).unwrap_or("")
    }
}
