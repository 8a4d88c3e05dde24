//! The temporal tagger: finds dated mentions in an article and resolves
//! them to EDTF values with provenance.
//!
//! Pipeline (each step pure and deterministic):
//! 1. [`parse::scan`]: one combined regex finds candidates; nearby words
//!    reject quantities ("2000 soldiers") and verbs ("may"). Large bodies
//!    are scanned in parallel, split at paragraph breaks.
//! 2. [`resolve::Context::resolve`]: candidates are anchored in text order
//!    (article date, chronology headings, the previously mentioned date).
//! 3. `compose`: "since X", "from X to Y", "between X and Y" and
//!    "until X" become intervals.
//! 4. Passage (sentence), label and countries are attached.
//!
//! Invariants: spans are byte ranges into the article text on char
//! boundaries; `earliest <= latest`; values parse as EDTF.

pub mod label;
pub mod parse;
pub mod patterns;
pub mod places;
pub mod resolve;
pub mod text;

use std::ops::Range;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::model::{Article, Event, EventDate, Precision, Resolution};
use resolve::{Context, Mention, with_year};
use text::{text_before, word_before_at};

/// Bodies larger than this are scanned in parallel chunks.
pub const PARALLEL_THRESHOLD: usize = 256 * 1024;

/// Extracts every dated event of `article`; `article_index` is stored in
/// each event.
pub fn extract(article: &Article, article_index: usize) -> Vec<Event> {
    let mentions = find_mentions(&article.text, article.body.clone(), article.date);
    let build = |m: Mention| to_event(&article.text, article_index, m);
    if mentions.len() > 512 {
        mentions.into_par_iter().map(build).collect()
    } else {
        mentions.into_iter().map(build).collect()
    }
}

/// Finds and resolves the mentions in `text[body]`, anchored at `dct`.
pub fn find_mentions(text: &str, body: Range<usize>, dct: Option<NaiveDate>) -> Vec<Mention> {
    let candidates = scan_body(text, body);
    let mut context = Context::default();
    let resolved: Vec<Mention> = candidates
        .iter()
        .filter_map(|c| context.resolve(text, c, dct))
        .collect();
    compose(text, resolved, dct)
}

fn scan_body(text: &str, body: Range<usize>) -> Vec<parse::Candidate> {
    if body.len() < PARALLEL_THRESHOLD {
        return parse::scan(text, body);
    }
    chunk_ranges(text, body, PARALLEL_THRESHOLD / 2)
        .into_par_iter()
        .map(|chunk| parse::scan(text, chunk))
        .flatten()
        .collect()
}

/// Splits `range` into chunks of about `target` bytes, cut at line breaks
/// (or, in a single huge line, at spaces) so no expression is split.
fn chunk_ranges(text: &str, range: Range<usize>, target: usize) -> Vec<Range<usize>> {
    let mut chunks = Vec::new();
    let mut start = range.start;
    while start < range.end {
        let ideal = text::floor_boundary(text, (start + target).min(range.end));
        let end = if ideal >= range.end {
            range.end
        } else {
            let window = text.get(ideal..range.end).unwrap_or("");
            let cut = window
                .find('\n')
                .filter(|&p| p < target)
                .or_else(|| window.find(' ').filter(|&p| p < target))
                .map_or(range.end, |p| ideal + p + 1);
            text::floor_boundary(text, cut)
        };
        chunks.push(start..end.max(start + 1).min(range.end));
        start = end.max(start + 1);
    }
    chunks
}

/// Turns "since X", "from X to Y", "between X and Y" and "until X" into
/// intervals. A "since" a few words before "in 1960" ("since gaining
/// independence in 1960") adds an interval and keeps the year, which dates
/// the embedded event.
fn compose(text: &str, mentions: Vec<Mention>, dct: Option<NaiveDate>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    let mut iter = mentions.into_iter().peekable();
    while let Some(m) = iter.next() {
        let (prev_start, prev) =
            word_before_at(text, m.span.start).unwrap_or((m.span.start, String::new()));
        if let Some(next) = iter.peek()
            && let Some(pair) = range_pair(text, prev_start, &prev, &m, next)
        {
            iter.next();
            out.push(pair);
            continue;
        }
        if m.date.precision == Precision::Interval {
            out.push(m);
            continue;
        }
        match prev.as_str() {
            "since" => out.push(since_interval(text, prev_start, &m, dct).unwrap_or(m)),
            "until" | "till" => {
                let date = EventDate::open_start(&m.date);
                let expr = text.get(prev_start..m.span.end).unwrap_or("");
                out.push(Mention {
                    explanation: format!(
                        "{expr} → {}: an interval ending with {}",
                        date.value, m.date.value
                    ),
                    span: prev_start..m.span.end,
                    date,
                    rule: "until",
                    ..m
                });
            }
            // since <a few words> in 1960: the interval and the year.
            "in" if m.date.precision == Precision::Year => {
                if let Some(since_at) = distant_since(text, prev_start)
                    && let Some(mut interval) = since_interval(text, since_at, &m, dct)
                {
                    interval.confidence *= 0.9;
                    out.push(interval);
                }
                out.push(m);
            }
            _ => out.push(m),
        }
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

/// "from X to Y" / "between X and Y", when `m` is X (preceded by `prev`,
/// which starts at `prev_start`) and `next` is Y.
fn range_pair(
    text: &str,
    prev_start: usize,
    prev: &str,
    m: &Mention,
    next: &Mention,
) -> Option<Mention> {
    let gap = text.get(m.span.end..next.span.start)?.trim().to_lowercase();
    let (joins, rule) = match prev {
        "from" => (
            matches!(
                gap.as_str(),
                "to" | "until" | "till" | "through" | "-" | "–" | "—"
            ),
            "from_to",
        ),
        "between" => (gap == "and", "between_and"),
        _ => (false, ""),
    };
    if !joins {
        return None;
    }
    // "from March to June 2023": the start takes the end's year.
    let start_date = if m.year_inferred && next.explicit_year {
        with_year(&m.date, chrono::Datelike::year(&next.date.earliest))
            .unwrap_or_else(|| m.date.clone())
    } else {
        m.date.clone()
    };
    let date = EventDate::between(&start_date, &next.date, Precision::Interval)?;
    let expr = text.get(prev_start..next.span.end).unwrap_or("");
    Some(Mention {
        explanation: format!(
            "{expr} → {}: from {} to {}",
            date.value, start_date.value, next.date.value
        ),
        span: prev_start..next.span.end,
        date,
        rule,
        anchor: m.anchor.or(next.anchor),
        confidence: m.confidence.min(next.confidence),
        explicit_year: true,
        year_inferred: false,
    })
}

/// The interval from `m` up to the article date, spanning from `start`.
fn since_interval(
    text: &str,
    start: usize,
    m: &Mention,
    dct: Option<NaiveDate>,
) -> Option<Mention> {
    let d = dct?;
    let date = EventDate::between(&m.date, &EventDate::day(d), Precision::Interval)?;
    let expr = text.get(start..m.span.end).unwrap_or("");
    Some(Mention {
        explanation: format!(
            "{expr} → {}: from {} up to the article date {}",
            date.value,
            m.date.value,
            d.format("%a %Y-%m-%d")
        ),
        span: start..m.span.end,
        date,
        rule: "since",
        anchor: Some(d),
        confidence: m.confidence,
        explicit_year: true,
        year_inferred: false,
    })
}

/// Start of a "since" at most eight words before `pos` in the same clause.
fn distant_since(text: &str, pos: usize) -> Option<usize> {
    let before = text_before(text, pos, 90);
    let clause_cut = before
        .rfind(['.', ',', ';', ':', '!', '?', '\n'])
        .map_or(0, |p| p + 1);
    let clause = before.get(clause_cut..)?;
    let at = clause.rfind("since ").or_else(|| clause.rfind("Since "))?;
    let gap_words = clause.get(at..)?.split_whitespace().count();
    let is_word_start = at == 0 || clause.get(..at)?.ends_with(' ');
    (is_word_start && (2..=9).contains(&gap_words)).then(|| pos - (clause.len() - at))
}

fn to_event(text: &str, article: usize, m: Mention) -> Event {
    let passage_span = text::sentence_around(text, &m.span);
    let passage = text.get(passage_span.clone()).unwrap_or("");
    Event {
        article,
        label: label::label_for(text, &passage_span, &m.span),
        places: places::countries_in(passage),
        group: None,
        date: m.date,
        expr_span: m.span,
        passage_span,
        resolution: Resolution {
            rule: m.rule.to_owned(),
            anchor: m.anchor,
            explanation: m.explanation,
            confidence: m.confidence,
        },
    }
}
