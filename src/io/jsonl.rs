//! The JSON Lines record printed by `dateline extract`, one per mention.

use serde::Serialize;

use std::borrow::Cow;

use chrono::Datelike;
use rayon::prelude::*;

use crate::model::{Article, Event, Places, Precision};

/// One date mention, as documented in the command-line contract.
#[derive(Debug, Clone, Serialize)]
pub struct ExtractRecord<'a> {
    pub article: &'a str,
    pub article_date: Option<String>,
    pub expr: &'a str,
    pub start: usize,
    pub end: usize,
    pub value: &'a str,
    pub earliest: String,
    pub latest: String,
    pub precision: Precision,
    pub sentence: &'a str,
    pub label: &'a str,
    pub places: &'a Places,
    pub rule: &'a str,
    pub anchor: Option<String>,
    pub confidence: f32,
    pub explanation: Cow<'a, str>,
}

impl<'a> ExtractRecord<'a> {
    pub fn new(article: &'a Article, event: &'a Event) -> Self {
        let iso = |d: chrono::NaiveDate| {
            // What `%Y-%m-%d` gives, without chrono's format parser for the
            // usual years.
            if let Ok(year @ 0..=9999) = u32::try_from(d.year()) {
                let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
                let (month, day) = (d.month(), d.day());
                [
                    digit(year / 1000),
                    digit(year / 100),
                    digit(year / 10),
                    digit(year),
                    '-',
                    digit(month / 10),
                    digit(month),
                    '-',
                    digit(day / 10),
                    digit(day),
                ]
                .into_iter()
                .collect()
            } else {
                d.format("%Y-%m-%d").to_string()
            }
        };
        Self {
            article: &article.path,
            article_date: article.date.map(iso),
            expr: event.expr(&article.text),
            start: event.expr_span.start,
            end: event.expr_span.end,
            value: &event.date.value,
            earliest: iso(event.date.earliest),
            latest: iso(event.date.latest),
            precision: event.date.precision,
            sentence: event.passage(&article.text),
            label: &event.label,
            places: &event.places,
            rule: event.resolution.rule,
            anchor: event.resolution.anchor.map(iso),
            confidence: event.resolution.confidence,
            explanation: event.explanation(&article.text),
        }
    }
}

/// Events serialised per task when an article has many.
const PARALLEL_CHUNK: usize = 2048;

/// Writes every event of `article` as one JSON line. Many events are
/// serialised in parallel, a few chunks per thread at a time, and written
/// before the next ones are serialised, so the output is never held whole.
pub fn write_events(
    out: &mut impl std::io::Write,
    article: &Article,
    events: &[Event],
) -> std::io::Result<()> {
    let window = PARALLEL_CHUNK * 2 * rayon::current_num_threads().max(1);
    for events in events.chunks(window) {
        for chunk in event_lines(article, events)? {
            out.write_all(&chunk)?;
        }
    }
    Ok(())
}

/// The JSON lines of every event of `article`, in order, in one or more
/// buffers: many events (one big article) are serialised in parallel, in
/// chunks.
pub fn event_lines(article: &Article, events: &[Event]) -> std::io::Result<Vec<Vec<u8>>> {
    events
        .par_chunks(PARALLEL_CHUNK)
        .map(|chunk| {
            let mut buf = Vec::with_capacity(chunk.len() * 512);
            write_lines(&mut buf, article, chunk)?;
            Ok(buf)
        })
        .collect()
}

fn write_lines(
    out: &mut impl std::io::Write,
    article: &Article,
    events: &[Event],
) -> std::io::Result<()> {
    for event in events {
        serde_json::to_writer(&mut *out, &ExtractRecord::new(article, event))?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventDate, Explanation, Resolution};
    use chrono::NaiveDate;

    #[test]
    fn many_events_are_written_in_order_across_windows() {
        let text = "date 2024-01-01 T - P\nT\nOn 26 July 2023 soldiers acted.\n".to_owned();
        let article = Article {
            path: "a.txt".to_owned(),
            date: NaiveDate::from_ymd_opt(2024, 1, 1),
            title: "T".to_owned(),
            publisher: "P".to_owned(),
            body: 0..text.len(),
            text,
        };
        let window = PARALLEL_CHUNK * 2 * rayon::current_num_threads().max(1);
        let count = 2 * window + 7;
        let events: Vec<Event> = (0..count)
            .map(|i| Event {
                article: 0,
                date: EventDate::day(NaiveDate::from_ymd_opt(2023, 7, 26).unwrap()),
                expr_span: 27..39,
                passage_span: 24..55,
                label: i.to_string().into(),
                places: Places::default(),
                group: None,
                resolution: Resolution {
                    rule: "test",
                    anchor: None,
                    explanation: Explanation::text("read"),
                    confidence: 1.0,
                },
            })
            .collect();
        let mut out = Vec::new();
        write_events(&mut out, &article, &events).unwrap();
        let labels: Vec<String> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|line| {
                let record: serde_json::Value = serde_json::from_str(line).unwrap();
                assert_eq!(record["expr"], "26 July 2023");
                record["label"].as_str().unwrap().to_owned()
            })
            .collect();
        let expected: Vec<String> = (0..count).map(|i| i.to_string()).collect();
        assert_eq!(labels, expected);
    }
}
