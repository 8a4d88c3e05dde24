//! `TimelineJS3`: reading its JSON and Google-sheet CSV layouts, and writing
//! its JSON so a timeline built here can be published with `TimelineJS`.
//!
//! JSON (<https://timeline.knightlab.com/docs/json-format.html>):
//!
//! ```json
//! {"title": {"text": {"headline": "…", "text": "…"}},
//!  "events": [{"start_date": {"year": 1974, "month": 4, "day": 15},
//!              "end_date": {"year": 1975},
//!              "text": {"headline": "…", "text": "<p>…</p>"},
//!              "group": "Niger", "display_date": "…"}],
//!  "eras": [{"start_date": {…}, "end_date": {…}, "text": {"headline": "…"}}]}
//! ```
//!
//! Date parts may be numbers or strings. A file becomes one article (see
//! [`super::structured`]): the title slide gives its title and first
//! paragraph, each event and era one paragraph and one event. Dates map to
//! EDTF by the parts given: year only → `1974` (year precision), year and
//! month → `1974-04`, year, month and day → `1974-04-15`; with an
//! `end_date` → an interval `1974/1975-03`. `group` is kept in
//! [`Event::group`]; eras are events whose rule is [`ERA_RULE`]. Times of
//! day and media are not read.
//!
//! CSV: the columns of the `TimelineJS` Google-sheet template (`Year, Month,
//! Day, Time, End Year, End Month, End Day, End Time, Display Date,
//! Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail,
//! Type, Group, Background`), matched by name in any order; `Type` is
//! `title` for the title slide and `era` for an era.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use serde_json::Value;

use super::html::fragment_text;
use super::structured::{self, Entry, passage_detail};
use super::{LoadError, Loaded};
use crate::model::{Article, Event, EventDate, Precision, date::last_day_of_month};

/// Resolution rule of events read from `TimelineJS` events.
pub const RULE: &str = "timelinejs";
/// Resolution rule of events read from `TimelineJS` eras (written back as eras).
pub const ERA_RULE: &str = "timelinejs_era";

/// Whether a parsed JSON value looks like a `TimelineJS3` file.
pub fn is_timelinejs(value: &Value) -> bool {
    value.get("events").is_some_and(Value::is_array)
}

/// The date parts of a `TimelineJS` date object or sheet row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Parts {
    year: Option<i64>,
    month: Option<i64>,
    day: Option<i64>,
}

impl Parts {
    fn is_empty(self) -> bool {
        self.year.is_none() && self.month.is_none() && self.day.is_none()
    }

    fn describe(self) -> String {
        let mut out = Vec::new();
        for (name, v) in [
            ("year", self.year),
            ("month", self.month),
            ("day", self.day),
        ] {
            if let Some(v) = v {
                out.push(format!("{name} {v}"));
            }
        }
        out.join(", ")
    }

    fn to_date(self) -> Result<EventDate, String> {
        let year = self.year.ok_or("no year")?;
        let year_i32 = i32::try_from(year)
            .ok()
            .filter(|y| (0..=9999).contains(y))
            .ok_or_else(|| format!("year {year} is outside 0–9999"))?;
        let month = |m: i64| {
            u32::try_from(m)
                .ok()
                .filter(|m| (1..=12).contains(m))
                .ok_or_else(|| format!("month {m} is not 1–12"))
        };
        match (self.month, self.day) {
            (None, _) => EventDate::year(year_i32).ok_or_else(|| format!("bad year {year}")),
            (Some(m), None) => {
                EventDate::month(year_i32, month(m)?).ok_or_else(|| format!("bad month {m}"))
            }
            (Some(m), Some(d)) => {
                let m = month(m)?;
                u32::try_from(d)
                    .ok()
                    .and_then(|d| NaiveDate::from_ymd_opt(year_i32, m, d))
                    .map(EventDate::day)
                    .ok_or_else(|| format!("{year:04}-{m:02}-{d:02} is not a real date"))
            }
        }
    }
}

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A date part: a number, a numeric string, or (for months) a month name.
fn part(value: Option<&Value>, what: &str) -> Result<Option<i64>, String> {
    let bad = |v: &dyn std::fmt::Display| format!("{what} {v} is not a number");
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => Ok(Some(i)),
            (None, Some(f)) if f.fract() == 0.0 && f.abs() < 1e9 => Ok(Some(f as i64)),
            _ => Err(bad(n)),
        },
        Some(Value::String(s)) => part_str(s, what),
        Some(other) => Err(bad(other)),
    }
}

fn part_str(s: &str, what: &str) -> Result<Option<i64>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if let Ok(n) = s.parse::<i64>() {
        return Ok(Some(n));
    }
    let lower = s.to_lowercase();
    if what == "month"
        && let Some(i) = MONTHS
            .iter()
            .position(|m| lower.len() >= 3 && lower.starts_with(m))
    {
        return Ok(i64::try_from(i + 1).ok());
    }
    Err(format!("{what} {s:?} is not a number"))
}

fn parts_of(obj: Option<&Value>) -> Result<Parts, String> {
    let Some(obj) = obj.filter(|v| !v.is_null()) else {
        return Ok(Parts::default());
    };
    Ok(Parts {
        year: part(obj.get("year"), "year")?,
        month: part(obj.get("month"), "month")?,
        day: part(obj.get("day"), "day")?,
    })
}

/// One slide as read from JSON or CSV, before its date is checked.
struct Slide {
    start: Parts,
    end: Parts,
    display: Option<String>,
    headline: String,
    text: String,
    group: Option<String>,
    era: bool,
}

impl Slide {
    fn into_entry(self) -> Result<(Entry, Option<String>), String> {
        let start = self
            .start
            .to_date()
            .map_err(|e| format!("start date: {e}"))?;
        let mut note = None;
        let date = if self.end.is_empty() {
            start
        } else {
            match self.end.to_date() {
                Ok(end) if end.value == start.value => start,
                Ok(end) => {
                    if let Some(d) = EventDate::between(&start, &end, Precision::Interval) {
                        d
                    } else {
                        note = Some(format!(
                            "end date {} is before the start {}; the end was dropped",
                            end.value, start.value
                        ));
                        start
                    }
                }
                Err(e) => {
                    note = Some(format!("end date: {e}; the end was dropped"));
                    start
                }
            }
        };
        let mut explanation = format!("From the TimelineJS start date ({})", self.start.describe());
        if !self.end.is_empty() {
            let _ = write!(explanation, " and end date ({})", self.end.describe());
        }
        let _ = write!(explanation, " → {}.", date.value);
        let display = self
            .display
            .map(|d| fragment_text(&d))
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| date.describe());
        Ok((
            Entry {
                date,
                display,
                label: fragment_text(&self.headline),
                detail: fragment_text(&self.text),
                group: self.group,
                rule: if self.era { ERA_RULE } else { RULE },
                explanation,
            },
            note,
        ))
    }
}

fn string_field(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn slide_from_json(v: &Value, era: bool) -> Result<Slide, String> {
    let text = v.get("text");
    Ok(Slide {
        start: parts_of(v.get("start_date"))?,
        end: parts_of(v.get("end_date"))?,
        display: string_field(v.get("display_date")).or_else(|| {
            v.get("start_date")
                .and_then(|d| string_field(d.get("display_date")))
        }),
        headline: string_field(text.and_then(|t| t.get("headline"))).unwrap_or_default(),
        text: string_field(text.and_then(|t| t.get("text"))).unwrap_or_default(),
        group: string_field(v.get("group")),
        era,
    })
}

fn file_stem(path: &str) -> String {
    std::path::Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Turns slides into one article; skipped slides become warnings.
fn finish(
    path: &str,
    title: Option<(String, String)>,
    slides: Vec<(usize, &'static str, Result<Slide, String>)>,
) -> Result<Loaded, LoadError> {
    let mut warnings = Vec::new();
    let mut entries = Vec::new();
    let mut first_reason = None;
    for (n, what, slide) in slides {
        let headline = slide
            .as_ref()
            .map(|s| fragment_text(&s.headline))
            .unwrap_or_default();
        let name = if headline.is_empty() {
            format!("{what} {n}")
        } else {
            format!("{what} {n} ({headline:?})")
        };
        match slide.and_then(Slide::into_entry) {
            Ok((entry, note)) => {
                if let Some(note) = note {
                    warnings.push(format!("{name}: {note}: {path}"));
                }
                entries.push(entry);
            }
            Err(reason) => {
                warnings.push(format!("{name} skipped ({reason}): {path}"));
                first_reason.get_or_insert(format!("{name}: {reason}"));
            }
        }
    }
    if entries.is_empty() {
        return Err(LoadError::NoEvents {
            reason: first_reason.unwrap_or_else(|| "the file lists no events".to_owned()),
            path: path.to_owned(),
        });
    }
    let (title, preface) = title
        .map(|(h, t)| (fragment_text(&h), fragment_text(&t)))
        .unwrap_or_default();
    let title = if title.is_empty() {
        file_stem(path)
    } else {
        title
    };
    let (article, events) = structured::build(path, &title, &preface, entries);
    Ok(Loaded {
        article,
        events: Some(events),
        warnings,
    })
}

/// Reads a parsed `TimelineJS3` JSON file.
pub fn from_json_value(path: &str, value: &Value) -> Result<Loaded, LoadError> {
    let title = value.get("title").map(|t| {
        let text = t.get("text");
        (
            string_field(text.and_then(|x| x.get("headline"))).unwrap_or_default(),
            string_field(text.and_then(|x| x.get("text"))).unwrap_or_default(),
        )
    });
    let list = |key: &str| {
        value
            .get(key)
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default()
    };
    let mut slides = Vec::new();
    for (i, v) in list("events").iter().enumerate() {
        slides.push((i + 1, "event", slide_from_json(v, false)));
    }
    for (i, v) in list("eras").iter().enumerate() {
        slides.push((i + 1, "era", slide_from_json(v, true)));
    }
    finish(path, title, slides)
}

/// Lowercased, trimmed header names.
fn header_names(headers: &csv::StringRecord) -> Vec<String> {
    headers.iter().map(|h| h.trim().to_lowercase()).collect()
}

/// Whether a CSV header is the `TimelineJS` sheet layout.
pub fn is_timelinejs_csv(headers: &csv::StringRecord) -> bool {
    let names = header_names(headers);
    names.iter().any(|h| h == "year") && names.iter().any(|h| h == "headline")
}

/// Reads a `TimelineJS` Google-sheet CSV export.
pub fn from_csv(
    path: &str,
    headers: &csv::StringRecord,
    mut reader: csv::Reader<&[u8]>,
) -> Result<Loaded, LoadError> {
    let names = header_names(headers);
    let col = |name: &str| names.iter().position(|h| h == name);
    let cols = [
        "year",
        "month",
        "day",
        "end year",
        "end month",
        "end day",
        "display date",
        "headline",
        "text",
        "type",
        "group",
    ]
    .map(col);
    let [
        year,
        month,
        day,
        end_year,
        end_month,
        end_day,
        display,
        headline,
        text,
        kind,
        group,
    ] = cols;
    let mut title = None;
    let mut slides = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| super::events_csv::csv_error(&e, path))?;
        let line = record.position().map_or(0, csv::Position::line);
        let field = |c: Option<usize>| {
            c.and_then(|c| record.get(c))
                .map(str::trim)
                .unwrap_or_default()
        };
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let kind = field(kind).to_lowercase();
        if kind == "title" {
            title = Some((field(headline).to_owned(), field(text).to_owned()));
            continue;
        }
        let parts = |y, m, d| -> Result<Parts, String> {
            Ok(Parts {
                year: part_str(field(y), "year")?,
                month: part_str(field(m), "month")?,
                day: part_str(field(d), "day")?,
            })
        };
        let slide = parts(year, month, day).and_then(|start| {
            Ok(Slide {
                start,
                end: parts(end_year, end_month, end_day)?,
                display: Some(field(display).to_owned()).filter(|d| !d.is_empty()),
                headline: field(headline).to_owned(),
                text: field(text).to_owned(),
                group: Some(field(group).to_owned()).filter(|g| !g.is_empty()),
                era: kind == "era",
            })
        });
        slides.push((usize::try_from(line).unwrap_or(0), "row at line", slide));
    }
    finish(path, title, slides)
}

#[derive(Debug, Serialize)]
struct OutFile {
    title: OutSlide,
    events: Vec<OutSlide>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    eras: Vec<OutSlide>,
}

#[derive(Debug, Serialize)]
struct OutSlide {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<OutDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<OutDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
    text: OutText,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
}

#[derive(Debug, Serialize)]
struct OutText {
    headline: String,
    text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
struct OutDate {
    year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
}

impl OutDate {
    fn day(d: NaiveDate) -> Self {
        Self {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }
    fn month(d: NaiveDate) -> Self {
        Self {
            year: d.year(),
            month: Some(d.month()),
            day: None,
        }
    }
    fn year(d: NaiveDate) -> Self {
        Self {
            year: d.year(),
            month: None,
            day: None,
        }
    }
}

/// Start and (for periods) end of a date that is not an interval.
fn out_bounds(date: &EventDate) -> (OutDate, Option<OutDate>) {
    let (e, l) = (date.earliest, date.latest);
    match date.precision {
        Precision::Day if e == l => (OutDate::day(e), None),
        Precision::Month => (OutDate::month(e), None),
        Precision::Year => (OutDate::year(e), None),
        _ => {
            let month_aligned = e.day() == 1 && last_day_of_month(l.year(), l.month()) == Some(l);
            if month_aligned && e.month() == 1 && l.month() == 12 {
                (OutDate::year(e), Some(OutDate::year(l)))
            } else if month_aligned {
                (OutDate::month(e), Some(OutDate::month(l)))
            } else {
                (OutDate::day(e), Some(OutDate::day(l)))
            }
        }
    }
}

/// `TimelineJS` start and end dates of an event date, keeping the precision
/// of each end of an interval.
fn out_dates(date: &EventDate) -> (OutDate, Option<OutDate>) {
    if let Some((a, b)) = date.value.split_once('/')
        && let (Ok(a), Ok(b)) = (EventDate::parse_edtf(a), EventDate::parse_edtf(b))
    {
        let (start, _) = out_bounds(&a);
        let (b_start, b_end) = out_bounds(&b);
        return (start, Some(b_end.unwrap_or(b_start)));
    }
    out_bounds(date)
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// A short source note: `Title (Publisher, 2023-07-27)`.
pub fn source_note(article: &Article) -> String {
    let mut extra = Vec::new();
    if !article.publisher.is_empty() {
        extra.push(article.publisher.clone());
    }
    if let Some(d) = article.date {
        extra.push(d.format("%Y-%m-%d").to_string());
    }
    let name = article.display_name();
    if extra.is_empty() {
        name.to_owned()
    } else {
        format!("{name} ({})", extra.join(", "))
    }
}

/// Writes `events` (whose `article` indexes `articles`) as a `TimelineJS3`
/// JSON file titled `title`. The headline is the event's label; the text is
/// its passage and, for events found in articles, the source article;
/// `group` is the event's group, else the first country in its passage.
/// Events read from `TimelineJS` eras are written as eras.
pub fn export_json(
    title: &str,
    articles: &[Article],
    events: &[Event],
) -> Result<String, serde_json::Error> {
    let mut out = OutFile {
        title: OutSlide {
            start_date: None,
            end_date: None,
            display_date: None,
            text: OutText {
                headline: escape(title),
                text: String::new(),
            },
            group: None,
        },
        events: Vec::new(),
        eras: Vec::new(),
    };
    for event in events {
        let article = articles.get(event.article);
        let detail = article.map_or("", |a| passage_detail(event, &a.text));
        let mut text = String::new();
        if !detail.is_empty() {
            let _ = write!(text, "<p>{}</p>", escape(detail));
        }
        let from_timeline = event.resolution.rule == RULE || event.resolution.rule == ERA_RULE;
        if let Some(a) = article.filter(|_| !from_timeline) {
            let _ = write!(text, "<p><em>{}</em></p>", escape(&source_note(a)));
        }
        let (start, end) = out_dates(&event.date);
        let slide = OutSlide {
            start_date: Some(start),
            end_date: end,
            display_date: event.date.is_approximate().then(|| event.date.describe()),
            text: OutText {
                headline: escape(&event.label),
                text,
            },
            group: event
                .group
                .as_deref()
                .or_else(|| event.places.first())
                .map(str::to_owned),
        };
        if event.resolution.rule == ERA_RULE {
            out.eras.push(OutSlide {
                end_date: Some(slide.end_date.unwrap_or(start)),
                group: None,
                ..slide
            });
        } else {
            out.events.push(slide);
        }
    }
    let mut json = serde_json::to_string_pretty(&out)?;
    json.push('\n');
    Ok(json)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(json: &str) -> Result<Loaded, LoadError> {
        let value: Value = serde_json::from_str(json).unwrap();
        from_json_value("t.json", &value)
    }

    #[test]
    fn dates_map_to_edtf_by_parts() {
        let loaded = load(
            r#"{"title": {"text": {"headline": "Niger <b>coups</b>", "text": "<p>Since 1960</p>"}},
                "events": [
                  {"start_date": {"year": "1960"}, "text": {"headline": "Independence"}},
                  {"start_date": {"year": 1974, "month": "4"}, "text": {"headline": "Coup"}, "group": "Niger"},
                  {"start_date": {"year": 2023, "month": 7, "day": 26}, "text": {"headline": "Coup", "text": "<p>Guard &amp; army</p>"}},
                  {"start_date": {"year": 2020}, "end_date": {"year": 2023, "month": 8}, "text": {"headline": "Coup belt"}, "group": 5},
                  {"start_date": {"year": 2023, "month": 2, "day": 30}, "text": {"headline": "Bad"}},
                  {"text": {"headline": "No date"}}
                ],
                "eras": [{"start_date": {"year": 1960}, "end_date": {"year": 1974}, "text": {"headline": "First republic"}}]}"#,
        )
        .unwrap();
        let events = loaded.events.unwrap();
        let values: Vec<_> = events.iter().map(|e| e.date.value.as_str()).collect();
        assert_eq!(
            values,
            ["1960", "1974-04", "2023-07-26", "2020/2023-08", "1960/1974"]
        );
        let precisions: Vec<_> = events.iter().map(|e| e.date.precision).collect();
        assert_eq!(
            precisions,
            [
                Precision::Year,
                Precision::Month,
                Precision::Day,
                Precision::Interval,
                Precision::Interval
            ]
        );
        assert_eq!(events[1].group.as_deref(), Some("Niger"));
        assert_eq!(events[3].group.as_deref(), Some("5"));
        assert_eq!(events[4].resolution.rule, ERA_RULE);
        let a = &loaded.article;
        assert_eq!(a.title, "Niger coups");
        assert!(a.text.starts_with("Since 1960\n\n"));
        assert_eq!(
            events[2].passage(&a.text),
            "26 July 2023 — Coup. Guard & army"
        );
        assert_eq!(events[2].expr(&a.text), "26 July 2023");
        assert_eq!(loaded.warnings.len(), 2);
        assert!(
            loaded.warnings[0].contains("event 5 (\"Bad\") skipped"),
            "{:?}",
            loaded.warnings
        );
        assert!(loaded.warnings[1].contains("event 6") && loaded.warnings[1].ends_with("t.json"));
    }

    #[test]
    fn no_usable_event_is_an_error() {
        let err = load(r#"{"events": [{"start_date": {"year": "x"}}]}"#).unwrap_err();
        assert!(
            err.to_string().contains("year \"x\" is not a number"),
            "{err}"
        );
        assert!(err.to_string().ends_with("t.json"));
    }

    #[test]
    fn export_keeps_precision_of_each_end() {
        let date = |v: &str| out_dates(&EventDate::parse_edtf(v).unwrap());
        let y = |year| OutDate {
            year,
            month: None,
            day: None,
        };
        assert_eq!(date("1960"), (y(1960), None));
        assert_eq!(
            date("2020/2023-07-27"),
            (
                y(2020),
                Some(OutDate {
                    year: 2023,
                    month: Some(7),
                    day: Some(27)
                })
            )
        );
        assert_eq!(date("196X"), (y(1960), Some(y(1969))));
        assert_eq!(
            date("2023-22"),
            (
                OutDate {
                    year: 2023,
                    month: Some(6),
                    day: None
                },
                Some(OutDate {
                    year: 2023,
                    month: Some(8),
                    day: None
                })
            )
        );
    }
}
