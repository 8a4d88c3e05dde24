//! What each fuzz target checks on one input, shared by the targets in
//! `fuzz_targets/` and by `tests/fuzz_regressions.rs`, which replays every
//! crash input found so far through the same function.

// Each fuzz target uses one of these; the regression tests use them all.
#![allow(dead_code)]

use chrono::{Days, NaiveDate};
use dateline::extract::extract;
use dateline::io::{Workspace, load_bytes, parse_article, timelinejs};
use dateline::model::{Article, Event, EventDate};

/// An event's spans lie on char boundaries inside `text`, its interval is
/// ordered, and its value reads back as EDTF to the same interval.
fn check_event(text: &str, event: &Event) {
    assert!(text.get(event.expr_span.clone()).is_some());
    assert!(text.get(event.passage_span.clone()).is_some());
    check_date(&event.date);
}

fn check_date(date: &EventDate) {
    assert!(date.earliest <= date.latest, "{}", date.value);
    let value = date.value.to_string();
    let back = EventDate::parse_edtf(&value)
        .unwrap_or_else(|e| panic!("value does not read back: {value}: {e}"));
    assert_eq!(
        (back.earliest, back.latest),
        (date.earliest, date.latest),
        "{value} reads back as another interval"
    );
}

/// The tagger on arbitrary text, with an article date (1900 to about
/// 2079, or none) taken from the first two bytes.
pub fn tagger(data: &[u8]) {
    let (published, body) = match data {
        [a, b, rest @ ..] => {
            let offset = u16::from_le_bytes([*a, *b]);
            let day = (offset != u16::MAX)
                .then(|| NaiveDate::from_ymd_opt(1900, 1, 1))
                .flatten()
                .and_then(|start| start.checked_add_days(Days::new(u64::from(offset))));
            (day, rest)
        }
        _ => (None, data),
    };
    let text = String::from_utf8_lossy(body).into_owned();
    let article = Article {
        path: "fuzz.txt".to_owned(),
        date: published,
        title: String::new(),
        publisher: String::new(),
        body: 0..text.len(),
        text,
    };
    for event in extract(&article, 0) {
        check_event(&article.text, &event);
    }
}

/// The article text reader, and the tagger on what it accepts.
pub fn article_text(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    if let Ok(article) = parse_article("fuzz.txt", text) {
        assert!(article.text.get(article.body.clone()).is_some());
        for event in extract(&article, 0) {
            check_event(&article.text, &event);
        }
    }
}

/// A `.html` file as `load_bytes` reads it, then the tagger.
pub fn html(data: &[u8]) {
    if let Ok(file) = load_bytes("fuzz.html", data.to_vec()) {
        for loaded in file.articles {
            let article = loaded.article;
            assert!(article.text.get(article.body.clone()).is_some());
            for event in extract(&article, 0) {
                check_event(&article.text, &event);
            }
        }
    }
}

/// A workspace that reads writes JSON that reads back the same.
pub fn workspace_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(workspace) = Workspace::from_json(text, "fuzz.json") {
        let json = workspace.to_json().expect("a read workspace encodes");
        let again = Workspace::from_json(&json, "fuzz.json").expect("written JSON reads back");
        assert_eq!(again.to_json().expect("encodes"), json);
        let _ = workspace.into_loaded("fuzz.json");
    }
}

/// Any JSON value through the `TimelineJS` reader, and the same bytes as a
/// `.json` file.
pub fn timelinejs_json(data: &[u8]) {
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(data)
        && let Ok(loaded) = timelinejs::from_json_value("fuzz.json", &value)
    {
        for event in loaded.events.iter().flatten() {
            assert!(event.date.earliest <= event.date.latest);
        }
    }
    let _ = load_bytes("fuzz.json", data.to_vec());
}

/// The CSV readers (events CSV, `TimelineJS` sheet, any table with a `date`
/// column).
pub fn csv(data: &[u8]) {
    if let Ok(file) = load_bytes("fuzz.csv", data.to_vec()) {
        for loaded in file.articles {
            for event in loaded.events.iter().flatten() {
                assert!(event.date.earliest <= event.date.latest);
                let text = &loaded.article.text;
                assert!(text.get(event.passage_span.clone()).is_some());
            }
        }
    }
}

/// The EDTF parser: a value it accepts is ordered and reads back to the
/// same interval.
pub fn edtf(data: &[u8]) {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(date) = EventDate::parse_edtf(input) {
        check_date(&date);
    }
}
