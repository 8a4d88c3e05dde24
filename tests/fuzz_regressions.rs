//! Every input a fuzz target (`tests/fuzz/`, run with `.ci/fuzz`) found a
//! crash with, replayed through the same checks as the target. Inputs live
//! in `tests/data/fuzz/TARGET/`, one file each, exactly as libFuzzer saved
//! them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::implicit_clone
)]

use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate};
use dateline::extract::extract;
use dateline::io::{Workspace, load_bytes, parse_article};
use dateline::model::{Article, EventDate};

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/fuzz")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .map(|e| e.unwrap().path())
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    files.sort();
    files
}

/// The checks of `tests/fuzz/fuzz_targets/tagger.rs`.
fn check_tagger(data: &[u8]) {
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
        assert!(article.text.get(event.expr_span.clone()).is_some());
        assert!(article.text.get(event.passage_span.clone()).is_some());
        assert!(event.date.earliest <= event.date.latest);
        let value = event.date.value.to_string();
        let back = EventDate::parse_edtf(&value)
            .unwrap_or_else(|e| panic!("value does not read back: {value}: {e}"));
        assert_eq!(
            (back.earliest, back.latest),
            (event.date.earliest, event.date.latest),
            "{value} reads back as another interval"
        );
    }
}

#[test]
fn tagger_crashes_stay_fixed() {
    let found = inputs("tagger");
    assert!(!found.is_empty(), "the tagger's crash inputs are missing");
    for (path, data) in found {
        eprintln!("replaying {}", path.display());
        check_tagger(&data);
    }
}

/// The checks of `tests/fuzz/fuzz_targets/workspace_json.rs`: a workspace
/// that reads writes JSON that reads back the same.
#[test]
fn workspace_json_crashes_stay_fixed() {
    let found = inputs("workspace_json");
    assert!(!found.is_empty(), "the workspace crash inputs are missing");
    for (path, data) in found {
        eprintln!("replaying {}", path.display());
        let Ok(text) = std::str::from_utf8(&data) else {
            continue;
        };
        let w = Workspace::from_json(text, "fuzz.json").expect("the crash input reads");
        let json = w.to_json().unwrap();
        let again = Workspace::from_json(&json, "fuzz.json").expect("written JSON reads back");
        assert_eq!(again.to_json().unwrap(), json);
    }
}

#[test]
fn a_confidence_too_large_for_f32_is_kept_in_range() {
    // The workspace fuzz crash, in words: a confidence of 6.7e66 read as
    // infinity, was written as `null` and could not be read back.
    let text = include_str!("data/formats/workspace_v1.json");
    let first = text.find("\"confidence\"").unwrap();
    let end = first + text[first..].find(['\n', ',']).unwrap();
    let hostile = format!("{}\"confidence\": 1e60{}", &text[..first], &text[end..]);
    let w = Workspace::from_json(&hostile, "w.json").unwrap();
    assert!(
        w.events
            .iter()
            .all(|e| (0.0..=1.0).contains(&e.resolution.confidence))
    );
    assert!(
        w.events
            .iter()
            .any(|e| (e.resolution.confidence - 1.0).abs() < f32::EPSILON)
    );
}

/// The checks of `tests/fuzz/fuzz_targets/edtf.rs`.
#[test]
fn edtf_crashes_stay_fixed() {
    let found = inputs("edtf");
    assert!(!found.is_empty(), "the EDTF crash inputs are missing");
    for (path, data) in found {
        let input = String::from_utf8_lossy(&data);
        eprintln!("replaying {}: {input:?}", path.display());
        if let Ok(date) = EventDate::parse_edtf(&input) {
            assert!(date.earliest <= date.latest);
            let back = EventDate::parse_edtf(&date.value.to_string()).unwrap();
            assert_eq!((back.earliest, back.latest), (date.earliest, date.latest));
        }
    }
    // The crash in words: a second '/' made an interval of intervals.
    for nested in ["../../1974-04-15/2024", "2020/2021/2022", "2020/../2024"] {
        assert!(EventDate::parse_edtf(nested).is_err(), "{nested}");
    }
}

#[test]
fn other_targets_crashes_stay_fixed() {
    for (_, data) in inputs("article_text") {
        if let Ok(article) = parse_article("fuzz.txt", String::from_utf8_lossy(&data).into_owned())
        {
            let _ = extract(&article, 0);
        }
    }
    for (_, data) in inputs("html") {
        let _ = load_bytes("fuzz.html", data);
    }
    for (_, data) in inputs("timelinejs_json") {
        let _ = load_bytes("fuzz.json", data);
    }
    for (_, data) in inputs("csv") {
        let _ = load_bytes("fuzz.csv", data);
    }
}

#[test]
fn an_interval_from_an_interval_is_one_interval() {
    // The tagger's first fuzz crash, in words: "since" a week, with the
    // week already an interval, gave `A/B/C`.
    let week = EventDate::day_range(
        NaiveDate::from_ymd_opt(2078, 9, 19).unwrap(),
        NaiveDate::from_ymd_opt(2078, 9, 25).unwrap(),
        dateline::model::Precision::Week,
    )
    .unwrap();
    let today = EventDate::day(NaiveDate::from_ymd_opt(2078, 9, 27).unwrap());
    let since = EventDate::between(&week, &today, dateline::model::Precision::Interval).unwrap();
    assert_eq!(since.value.to_string(), "2078-09-19/2078-09-27");
    let until = EventDate::open_start(&week);
    assert_eq!(until.value.to_string(), "../2078-09-25");
    for d in [since, until] {
        assert!(
            EventDate::parse_edtf(&d.value.to_string()).is_ok(),
            "{}",
            d.value
        );
    }
}
