//! The JSON Lines record printed by `dateline extract`, one per mention.

use rayon::prelude::*;

use crate::model::{Article, Event};

/// Events serialised per task when an article has many.
pub const PARALLEL_CHUNK: usize = 2048;

/// Bytes reserved per JSON line (a line with its passage and explanation
/// is about 550 bytes of news text).
const LINE_BYTES: usize = 768;

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
        for chunk in event_lines(article, events) {
            out.write_all(&chunk)?;
        }
    }
    Ok(())
}

/// The JSON lines of every event of `article`, in order, in one or more
/// buffers: many events (one big article) are serialised in parallel, in
/// chunks.
pub fn event_lines(article: &Article, events: &[Event]) -> Vec<Vec<u8>> {
    if events.len() <= PARALLEL_CHUNK {
        return vec![lines_of(article, events)];
    }
    events
        .par_chunks(PARALLEL_CHUNK)
        .map(|chunk| lines_of(article, chunk))
        .collect()
}

/// The JSON lines of `events`, in one buffer.
pub fn lines_of(article: &Article, events: &[Event]) -> Vec<u8> {
    let mut buf = Vec::new();
    append_lines(&mut buf, article, events);
    buf
}

/// Appends the JSON lines of `events` to `buf`.
pub fn append_lines(buf: &mut Vec<u8>, article: &Article, events: &[Event]) {
    buf.reserve(events.len() * LINE_BYTES);
    // What every line of the article opens with, written once.
    let mut head = b"{\"article\":".to_vec();
    write_str(&mut head, &article.path);
    head.extend_from_slice(b",\"article_date\":");
    write_opt_date(&mut head, article.date.map(IsoDate::new).as_ref());
    head.extend_from_slice(b",\"expr\":");
    let mut last_passage = None;
    for event in events {
        write_line(buf, article, &head, &mut last_passage, event);
    }
}

/// Writes the record of `event` as one line of compact JSON (the fields of
/// the command-line contract, in order), byte for byte what `serde_json`
/// writes for the record struct the tests keep as their oracle, without
/// building the record's strings. `head` is the start every line of the
/// article shares; `last_passage` the span of the passage written last
/// and where its JSON string lies in `out` (a passage with several dates
/// is escaped once and copied).
fn write_line(
    out: &mut Vec<u8>,
    article: &Article,
    head: &[u8],
    last_passage: &mut Option<(std::ops::Range<usize>, std::ops::Range<usize>)>,
    event: &Event,
) {
    let text = article.text.as_str();
    let expr = event.expr(text);
    out.extend_from_slice(head);
    write_str(out, expr);
    out.extend_from_slice(b",\"start\":");
    write_usize(out, event.expr_span.start);
    out.extend_from_slice(b",\"end\":");
    write_usize(out, event.expr_span.end);
    out.extend_from_slice(b",\"value\":");
    write_str(out, &event.date.value);
    out.extend_from_slice(b",\"earliest\":");
    write_date(out, &IsoDate::new(event.date.earliest));
    out.extend_from_slice(b",\"latest\":");
    write_date(out, &IsoDate::new(event.date.latest));
    out.extend_from_slice(b",\"precision\":\"");
    out.extend_from_slice(event.date.precision.as_str().as_bytes());
    out.extend_from_slice(b"\",\"sentence\":");
    match last_passage {
        Some((span, written)) if *span == event.passage_span && written.end <= out.len() => {
            out.extend_from_within(written.clone());
        }
        _ => {
            let start = out.len();
            write_str(out, event.passage(text));
            *last_passage = Some((event.passage_span.clone(), start..out.len()));
        }
    }
    out.extend_from_slice(b",\"label\":");
    write_str(out, &event.label);
    out.extend_from_slice(b",\"places\":[");
    for (i, place) in event.places.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_str(out, place);
    }
    out.extend_from_slice(b"],\"rule\":");
    write_str(out, event.resolution.rule);
    out.extend_from_slice(b",\"anchor\":");
    write_opt_date(out, event.resolution.anchor.map(IsoDate::new).as_ref());
    out.extend_from_slice(b",\"confidence\":");
    write_f32(out, event.resolution.confidence);
    out.extend_from_slice(b",\"explanation\":\"");
    let explanation = &event.resolution.explanation;
    if explanation.is_reason() {
        // `Explanation::sentence`, written in pieces.
        write_escaped(out, expr);
        out.extend_from_slice(" → ".as_bytes());
        write_escaped(out, &event.date.value);
        out.extend_from_slice(b": ");
    }
    write_escaped(out, explanation.stored());
    out.extend_from_slice(b"\"}\n");
}

/// A date as `YYYY-MM-DD` (or chrono's form outside years 0 to 9999).
enum IsoDate {
    Short([u8; 10]),
    Long(String),
}

impl IsoDate {
    fn new(d: chrono::NaiveDate) -> Self {
        match crate::model::date::iso_bytes(d) {
            Some(bytes) => Self::Short(bytes),
            None => Self::Long(d.format("%Y-%m-%d").to_string()),
        }
    }
}

fn write_date(out: &mut Vec<u8>, date: &IsoDate) {
    match date {
        // (Digits and dashes: nothing to escape.)
        IsoDate::Short(bytes) => {
            out.push(b'"');
            out.extend_from_slice(bytes);
            out.push(b'"');
        }
        IsoDate::Long(s) => write_str(out, s),
    }
}

fn write_opt_date(out: &mut Vec<u8>, date: Option<&IsoDate>) {
    match date {
        Some(date) => write_date(out, date),
        None => out.extend_from_slice(b"null"),
    }
}

fn write_usize(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// A float as `serde_json` writes it (its own shortest form, with `e+` in
/// large exponents; `null` when not finite).
fn write_f32(out: &mut Vec<u8>, x: f32) {
    if serde_json::to_writer(&mut *out, &x).is_err() {
        out.extend_from_slice(b"null");
    }
}

/// `s` as a JSON string, quoted.
fn write_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    write_escaped(out, s);
    out.push(b'"');
}

/// Eight copies of a byte.
const fn splat(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

/// Whether any of the eight bytes of `x` must be escaped in JSON: a quote,
/// a backslash or a control character below 0x20. (Each test is exact for
/// "any byte"; which byte it flags may be wrong, so a flagged word is
/// escaped byte by byte.)
fn needs_escape(x: u64) -> bool {
    let lows = splat(0x01);
    let highs = splat(0x80);
    let has_zero = |v: u64| v.wrapping_sub(lows) & !v & highs;
    let below_space = x.wrapping_sub(splat(0x20)) & !x & highs;
    (has_zero(x ^ splat(b'"')) | has_zero(x ^ splat(b'\\')) | below_space) != 0
}

/// The contents of a JSON string holding `s`, escaped as `serde_json`
/// escapes them: `\"`, `\\`, the short escapes for \b \f \n \r \t and
/// `\u00XX` for the other control characters; nothing else.
fn write_escaped(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(word) = bytes.get(i..i + 8) {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(word);
            if !needs_escape(u64::from_ne_bytes(eight)) {
                i += 8;
                continue;
            }
        }
        let end = (i + 8).min(bytes.len());
        while i < end {
            let b = bytes.get(i).copied().unwrap_or(0);
            let escape: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0C => b"\\f",
                0..0x20 => b"",
                _ => {
                    i += 1;
                    continue;
                }
            };
            out.extend_from_slice(bytes.get(run..i).unwrap_or_default());
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX.get(usize::from(b >> 4)).copied().unwrap_or(b'0'));
                out.push(HEX.get(usize::from(b & 15)).copied().unwrap_or(b'0'));
            } else {
                out.extend_from_slice(escape);
            }
            i += 1;
            run = i;
        }
    }
    out.extend_from_slice(bytes.get(run..).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventDate, Explanation, Places, Precision, Resolution};
    use chrono::NaiveDate;
    use serde::Serialize;
    use std::borrow::Cow;

    /// One date mention, as documented in the command-line contract: what
    /// the hand-written lines must match.
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
            let iso = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
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

    /// What `serde_json` writes for the record of each event: the form the
    /// hand-written lines must match byte for byte.
    fn serde_lines(article: &Article, events: &[Event]) -> Vec<u8> {
        let mut out = Vec::new();
        for event in events {
            serde_json::to_writer(&mut out, &ExtractRecord::new(article, event)).unwrap();
            out.push(b'\n');
        }
        out
    }

    #[test]
    fn tagged_article_lines_match_serde() {
        let text = "date 2023-07-27 Coup \"quoted\" - Wire\nT\n\nOn Wednesday, July 26, soldiers \
                    seized the palace in Niamey.\tThe \\ junta said \"since 2020\" \u{1}\u{7f} \
                    Nigeriens\r\nmarched on 26/07/2023. A decade ago, in 2013, Mali… "
            .to_owned();
        let mut article = crate::io::parse_article("dir/\"odd\"\\name.txt", text).unwrap();
        let events = crate::extract::extract(&article, 0);
        assert!(events.len() >= 5, "{events:?}");
        assert!(events.iter().any(|e| !e.places.is_empty()));
        assert_eq!(lines_of(&article, &events), serde_lines(&article, &events));
        article.date = None;
        assert_eq!(lines_of(&article, &events), serde_lines(&article, &events));
    }

    proptest::proptest! {
        #[test]
        fn escaping_matches_serde(s in "\\PC*|[\\x00-\\x7f]*|[\"\\\\\\x00-\\x20a-z]{0,40}") {
            let mut ours = Vec::new();
            write_str(&mut ours, &s);
            proptest::prop_assert_eq!(
                String::from_utf8(ours).unwrap(),
                serde_json::to_string(&s).unwrap()
            );
        }

        #[test]
        fn records_match_serde(
            text in "[\"\\\\\\x00-\\x1f a-zé→]{0,60}",
            label in "\\PC{0,20}|[\\x00-\\x1f\"]{0,5}",
            reason in "\\PC{0,20}",
            kind in 0..3u8,
            places in proptest::collection::vec("[A-Za-z\" ]{0,8}", 0..3),
            days in proptest::collection::vec(-4_000_000..4_000_000i32, 3),
            anchor in proptest::option::of(-800_000..800_000i32),
            confidence in proptest::num::f32::ANY,
            span in (0..70usize, 0..70usize),
        ) {
            let day = |n: i32| NaiveDate::from_num_days_from_ce_opt(n).unwrap();
            let mut date = EventDate::day(day(days[0]));
            date.earliest = day(days[1].min(days[2]));
            date.latest = day(days[1].max(days[2]));
            let text = format!("date 2023-07-27 T - P\n\n{text}");
            let floor = |i: usize| crate::extract::text::floor_boundary(&text, i.min(text.len()));
            let article = Article {
                path: label.clone(),
                date: (kind != 1).then(|| day(days[0])),
                title: String::new(),
                publisher: String::new(),
                body: 0..text.len(),
                text: text.clone(),
            };
            let event = Event {
                article: 0,
                date,
                expr_span: floor(span.0.min(span.1))..floor(span.0.max(span.1)),
                passage_span: floor(span.0)..text.len(),
                label: label.as_str().into(),
                places: Places::new(&places),
                group: None,
                resolution: Resolution {
                    rule: "rule",
                    anchor: anchor.map(day),
                    explanation: match kind {
                        0 => Explanation::StaticReason("an explicit date"),
                        1 => Explanation::Reason(reason.as_str().into()),
                        _ => Explanation::text(reason.as_str()),
                    },
                    confidence,
                },
            };
            // (Twice: the second line copies the passage the first escaped.)
            let events = [event.clone(), event];
            proptest::prop_assert_eq!(
                String::from_utf8(lines_of(&article, &events)).unwrap(),
                String::from_utf8(serde_lines(&article, &events)).unwrap()
            );
        }
    }
}
