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

use chrono::NaiveDate;
use dateline::io::Workspace;
use dateline::model::EventDate;

/// The fuzz targets' own checks.
#[path = "fuzz/checks.rs"]
mod checks;

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

/// Replays every saved input of `target` through `check`; `at_least_one`
/// says the target has found crashes whose inputs must be there.
fn replay(target: &str, at_least_one: bool, check: fn(&[u8])) {
    let found = inputs(target);
    assert!(
        !at_least_one || !found.is_empty(),
        "the {target} crash inputs are missing"
    );
    for (path, data) in found {
        eprintln!("replaying {}", path.display());
        check(&data);
    }
}

#[test]
fn tagger_crashes_stay_fixed() {
    replay("tagger", true, checks::tagger);
}

#[test]
fn workspace_json_crashes_stay_fixed() {
    replay("workspace_json", true, checks::workspace_json);
    for (_, data) in inputs("workspace_json") {
        let text = std::str::from_utf8(&data).unwrap();
        assert!(
            Workspace::from_json(text, "fuzz.json").is_ok(),
            "the crash input reads"
        );
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

#[test]
fn edtf_crashes_stay_fixed() {
    replay("edtf", true, checks::edtf);
    // The crash in words: a second '/' made an interval of intervals.
    for nested in ["../../1974-04-15/2024", "2020/2021/2022", "2020/../2024"] {
        assert!(EventDate::parse_edtf(nested).is_err(), "{nested}");
    }
}

#[test]
fn other_targets_crashes_stay_fixed() {
    replay("article_text", false, checks::article_text);
    replay("html", false, checks::html);
    replay("timelinejs_json", false, checks::timelinejs_json);
    replay("csv", false, checks::csv);
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
