//! A dated event found in an article, with its provenance.

use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::{LazyLock, Mutex, PoisonError};

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::date::EventDate;
use super::places::Places;

/// How a date was worked out: the rule that fired, what it was anchored at,
/// and why (see [`Event::explanation`] for the sentence).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resolution {
    /// Stable rule name (e.g. `weekday`, `month_day_year`): from the
    /// tagger's static table, or interned when read from a file, so a
    /// million events do not each allocate it.
    #[serde(deserialize_with = "deserialize_rule")]
    pub rule: RuleName,
    /// The date a relative expression was resolved against, if any.
    pub anchor: Option<NaiveDate>,
    /// The explanation as stored; [`Event::explanation`] gives the
    /// sentence ("Wednesday → 2023-07-26: the Wednesday before …").
    pub explanation: Explanation,
    /// 0.0..=1.0: how sure the rule is about the value.
    pub confidence: f32,
}

/// A rule name. (An alias, so that serde does not take the field for a
/// string borrowed from the input.)
pub type RuleName = &'static str;

/// The rule names read from files, each stored once for the life of the
/// process (they are few: the tagger's and the importers' rule names).
static RULE_NAMES: LazyLock<Mutex<HashSet<&'static str>>> = LazyLock::new(Mutex::default);

/// `name` as a `'static` string: the one stored before, or stored now.
pub fn intern_rule(name: &str) -> &'static str {
    let mut names = RULE_NAMES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(&known) = names.get(name) {
        return known;
    }
    let stored: &'static str = Box::leak(Box::from(name));
    names.insert(stored);
    stored
}

fn deserialize_rule<'de, D: Deserializer<'de>>(deserializer: D) -> Result<&'static str, D::Error> {
    String::deserialize(deserializer).map(|name| intern_rule(&name))
}

/// An explanation, as stored.
///
/// The tagger's sentences all read `{expression} → {value}: {reason}`; only
/// the reason is kept (most reasons are static text, so a million events
/// do not each allocate a sentence) and [`Event::explanation`] builds the
/// sentence when it is shown, from the article text and the event's date.
#[derive(Debug, Clone, PartialEq)]
pub enum Explanation {
    /// A tagger reason that is static text ("an explicit calendar date").
    StaticReason(&'static str),
    /// A tagger reason ("the Wednesday before the article date, …").
    Reason(Box<str>),
    /// A whole sentence, kept as given (structured sources, added events,
    /// workspace files).
    Text(Box<str>),
}

impl Explanation {
    /// A whole sentence.
    pub fn text(sentence: impl Into<Box<str>>) -> Self {
        Self::Text(sentence.into())
    }

    /// The sentence for an event whose expression is `expr` and whose
    /// EDTF value is `value`.
    pub fn sentence(&self, expr: &str, value: &str) -> Cow<'_, str> {
        match self {
            Self::StaticReason(reason) => Cow::Owned(format!("{expr} → {value}: {reason}")),
            Self::Reason(reason) => Cow::Owned(format!("{expr} → {value}: {reason}")),
            Self::Text(text) => Cow::Borrowed(text),
        }
    }

    /// What is stored: the tagger's reason, or the whole sentence.
    pub fn stored(&self) -> &str {
        match self {
            Self::StaticReason(reason) => reason,
            Self::Reason(text) | Self::Text(text) => text,
        }
    }

    /// Whether the sentence is read from the event (a tagger reason)
    /// rather than stored whole.
    pub fn is_reason(&self) -> bool {
        !matches!(self, Self::Text(_))
    }
}

impl Default for Explanation {
    fn default() -> Self {
        Self::Text(Box::default())
    }
}

impl From<String> for Explanation {
    fn from(sentence: String) -> Self {
        Self::Text(sentence.into_boxed_str())
    }
}

impl From<&str> for Explanation {
    fn from(sentence: &str) -> Self {
        Self::Text(sentence.into())
    }
}

/// A whole sentence serialises as itself. A tagger reason needs the
/// article text to become a sentence ([`Event::with_explanation_text`]
/// does that before events are written), so serialising one on its own is
/// an error rather than a silently different file.
impl Serialize for Explanation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Text(text) => serializer.serialize_str(text),
            Self::StaticReason(_) | Self::Reason(_) => Err(serde::ser::Error::custom(
                "an explanation reason needs its article text (use Event::with_explanation_text)",
            )),
        }
    }
}

impl<'de> Deserialize<'de> for Explanation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
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
    pub label: Box<str>,
    /// Countries named in the passage (canonical English names), interned.
    pub places: Places,
    /// The group a structured source put the event in (a `TimelineJS`
    /// `group`, a CSV `country` column); lanes use it before `places`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Box<str>>,
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

    /// The explanation sentence ("Wednesday → 2023-07-26: the Wednesday
    /// before …"), given the article's text.
    pub fn explanation<'a>(&'a self, text: &str) -> Cow<'a, str> {
        self.resolution
            .explanation
            .sentence(self.expr(text), &self.date.value)
    }

    /// The event with its explanation stored as a whole sentence (so it
    /// no longer depends on the article text, the span or the date: before
    /// a correction changes the date, or to serialise it).
    #[must_use]
    pub fn with_explanation_text(mut self, text: &str) -> Self {
        self.fix_explanation(text);
        self
    }

    /// In place: [`Event::with_explanation_text`].
    pub fn fix_explanation(&mut self, text: &str) {
        if self.resolution.explanation.is_reason() {
            let sentence = self.explanation(text).into_owned();
            self.resolution.explanation = Explanation::Text(sentence.into_boxed_str());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(explanation: Explanation) -> Event {
        let day = NaiveDate::from_ymd_opt(2023, 7, 26).unwrap();
        Event {
            article: 0,
            date: EventDate::day(day),
            expr_span: 3..12,
            passage_span: 0..28,
            label: "Soldiers acted".into(),
            places: Places::default(),
            group: None,
            resolution: Resolution {
                rule: "weekday",
                anchor: None,
                explanation,
                confidence: 0.85,
            },
        }
    }

    const TEXT: &str = "On Wednesday, soldiers acted.";

    #[test]
    fn a_reason_reads_as_the_taggers_sentence() {
        let e = event(Explanation::Reason("the Wednesday before …".into()));
        assert_eq!(
            e.explanation(TEXT),
            "Wednesday → 2023-07-26: the Wednesday before …"
        );
        let e = event(Explanation::StaticReason("an explicit calendar date"));
        assert_eq!(
            e.explanation(TEXT),
            "Wednesday → 2023-07-26: an explicit calendar date"
        );
        // A whole sentence is shown as it is.
        let e = event(Explanation::text("From the `date` column."));
        assert_eq!(e.explanation(TEXT), "From the `date` column.");
    }

    #[test]
    fn stored_whole_it_no_longer_depends_on_the_text_or_date() {
        let e = event(Explanation::StaticReason("a reason")).with_explanation_text(TEXT);
        assert!(!e.resolution.explanation.is_reason());
        let mut moved = e.clone();
        moved.date = EventDate::year(1960).unwrap();
        assert_eq!(moved.explanation(""), "Wednesday → 2023-07-26: a reason");
    }

    #[test]
    fn only_whole_sentences_serialise() {
        let whole = event(Explanation::text("said so"));
        let json = serde_json::to_string(&whole.resolution).unwrap();
        assert!(json.contains(r#""explanation":"said so""#), "{json}");
        let back: Resolution = serde_json::from_str(&json).unwrap();
        assert_eq!(back, whole.resolution);
        let reason = event(Explanation::StaticReason("a reason"));
        assert!(serde_json::to_string(&reason.resolution).is_err());
    }
}
