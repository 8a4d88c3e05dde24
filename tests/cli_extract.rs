//! `dateline extract` on files written here: JSON Lines with exact offsets,
//! clear errors for bad files, and a non-zero exit code when one failed.

// Test helpers may panic: a panic is a test failure.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::process::Command;

const ARTICLE: &str = "  date 2023-07-27 Soldiers Hold Niger's President - Test Wire\n\
Soldiers Hold Niger's President\n\
\n\
Members of the presidential guard in Niamey detained President Mohamed Bazoum on Wednesday, \
and on Thursday the army backed them. He took office on April 2, 2021, two years ago.\n\
\n\
Niger has seen four coups since independence in 1960 and coups in the region since 2020. \
About 1,100 U.S. troops and 1500 French soldiers are based there; caf\u{e9} owners said in March \
that the 18-month transition worried them.\n";

fn dateline() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
}

#[test]
fn extract_prints_json_lines_with_exact_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("article.txt");
    std::fs::write(&path, ARTICLE).unwrap();
    let out = dateline().arg("extract").arg(&path).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() >= 7, "{stdout}");
    for line in &lines {
        let start = line["start"].as_u64().unwrap() as usize;
        let end = line["end"].as_u64().unwrap() as usize;
        assert_eq!(&ARTICLE[start..end], line["expr"].as_str().unwrap());
        assert_eq!(line["article"], path.to_str().unwrap());
        assert_eq!(line["article_date"], "2023-07-27");
        let sentence = line["sentence"].as_str().unwrap();
        assert!(sentence.contains(line["expr"].as_str().unwrap()));
        for key in ["value", "earliest", "latest", "precision", "label", "rule"] {
            assert!(line[key].is_string(), "{key} in {line}");
        }
        assert!(line["places"].is_array());
    }
    let value_of = |expr: &str| {
        lines
            .iter()
            .find(|l| l["expr"] == expr)
            .map(|l| l["value"].as_str().unwrap().to_owned())
    };
    assert_eq!(value_of("Wednesday").as_deref(), Some("2023-07-26"));
    assert_eq!(value_of("Thursday").as_deref(), Some("2023-07-27"));
    assert_eq!(value_of("April 2, 2021").as_deref(), Some("2021-04-02"));
    assert_eq!(value_of("two years ago").as_deref(), Some("2021~"));
    assert_eq!(value_of("since 2020").as_deref(), Some("2020/2023-07-27"));
    assert_eq!(value_of("1960").as_deref(), Some("1960"));
    assert_eq!(value_of("March").as_deref(), Some("2023-03"));
    // Quantities are not years.
    assert!(
        lines
            .iter()
            .all(|l| l["expr"] != "1500" && l["expr"] != "1,100")
    );
    let wednesday = lines.iter().find(|l| l["expr"] == "Wednesday").unwrap();
    assert_eq!(wednesday["places"][0], "Niger");
}

#[test]
fn a_large_article_is_written_as_a_small_one_is() {
    // A body past the size at which it is tagged and written a window of
    // events at a time: the same lines, in the same order, as the
    // library's own serialisation of all its events at once.
    let body = ARTICLE.split_once("\n\n").unwrap().1;
    let text = format!(
        "{}{}",
        ARTICLE,
        body.repeat(dateline::extract::PARALLEL_THRESHOLD / body.len() + 1)
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.txt");
    std::fs::write(&path, &text).unwrap();
    let out = dateline().arg("extract").arg(&path).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let article = dateline::io::parse_article(&path.display().to_string(), text).unwrap();
    let events = dateline::extract::extract(&article, 0);
    assert!(events.len() > 2 * dateline::io::jsonl::PARALLEL_CHUNK);
    let expected = dateline::io::jsonl::lines_of(&article, &events);
    assert_eq!(out.stdout.len(), expected.len());
    assert!(out.stdout == expected);
}

#[test]
fn bad_files_are_reported_and_the_rest_still_processed() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, ARTICLE).unwrap();
    let bad = dir.path().join("bad-date.txt");
    std::fs::write(&bad, "date 2023-02-30 T - P\nT\nOn Monday.\n").unwrap();
    let missing = dir.path().join("missing.txt");
    let out = dateline()
        .arg("extract")
        .args([&bad, &missing, &good])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad-date.txt") && stderr.contains("2023-02-30"),
        "{stderr}"
    );
    assert!(stderr.contains("missing.txt"), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.lines().count() >= 7);
}

#[test]
fn extract_requires_a_path() {
    let out = dateline().arg("extract").output().unwrap();
    assert!(!out.status.success());
}
