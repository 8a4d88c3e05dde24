//! Bad input: every file of the corpus in `tests/data/bad/` (and the big
//! and unreadable files made here at runtime) gives a clear message naming
//! the file, or loads with a warning; nothing panics; the rest of a folder
//! still loads.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use dateline::io::{self, LoadError, MAX_FILE_BYTES, SourceFormat, load_file};
use dateline::state::loader::{LoadMessage, files_to_load, load_files};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/bad")
}

fn bad(name: &str) -> PathBuf {
    corpus().join(name)
}

/// Loads a corpus file that must fail; checks the message ends with its
/// path and contains `needle`.
fn fails(name: &str, needle: &str) -> LoadError {
    let path = bad(name);
    let err = match load_file(&path) {
        Ok(file) => panic!("{name} loaded as {:?}", file.format),
        Err(e) => e,
    };
    let msg = err.to_string();
    assert!(
        msg.ends_with(&path.display().to_string()),
        "{name}: message does not end with the path: {msg}"
    );
    assert!(msg.contains(needle), "{name}: {needle:?} not in {msg}");
    err
}

#[test]
fn binary_files_are_refused() {
    fails("binary.txt", "binary");
    fails("photo.txt", "PNG image");
}

#[test]
fn non_utf8_text_is_decoded_lossily_with_a_warning() {
    let file = load_file(&bad("latin1.txt")).unwrap();
    let article = &file.articles[0].article;
    assert!(article.text.contains("g\u{fffd}n\u{fffd}ral"));
    assert_eq!(article.title, "Coup au Niger");
    let warnings: Vec<_> = file.warnings().collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("not valid UTF-8"));
    assert!(warnings[0].ends_with("latin1.txt"));
}

#[test]
fn utf16_text_is_converted_with_a_warning() {
    let file = load_file(&bad("utf16.txt")).unwrap();
    assert_eq!(file.format, SourceFormat::ArticleText);
    assert_eq!(file.articles[0].article.title, "Attempt foiled");
    assert!(file.warnings().any(|w| w.contains("UTF-16")));
}

#[test]
fn empty_files_are_refused() {
    let err = fails("empty.txt", "the file is empty");
    assert!(matches!(err, LoadError::Empty { .. }));
    fails("blank.md", "the file is empty");
}

#[test]
fn impossible_header_date_is_refused() {
    fails("bad_date.txt", "\"2023-02-30\" is not a real calendar date");
}

#[test]
fn malformed_json_reports_line_and_column() {
    let err = fails("malformed.json", "malformed JSON at line 5, column 35");
    let LoadError::Json { line, column, .. } = err else {
        panic!("not a JSON error: {err}");
    };
    assert_eq!((line, column), (5, 35));
    fails("truncated.json", "malformed JSON at line 4, column 32");
}

#[test]
fn unknown_or_newer_json_is_explained() {
    let err = fails("future_version.json", "format version 99");
    assert!(err.to_string().contains("reads versions up to 1"));
    fails("not_a_timeline.json", "neither a Dateline workspace");
    fails(
        "timeline_no_years.json",
        "no event with a usable date (event 1",
    );
}

#[test]
fn unusable_csv_is_explained() {
    fails("no_date_column.csv", "needs a `date` column");
    fails(
        "bad_dates.csv",
        "line 2: date \"soon\" is neither EDTF nor an ISO date",
    );
}

#[test]
fn html_without_text_or_date_loads_with_warnings() {
    let file = load_file(&bad("script_only.html")).unwrap();
    assert_eq!(file.format, SourceFormat::Html);
    let warnings: Vec<_> = file.warnings().collect();
    assert!(warnings.iter().any(|w| w.contains("no publication date")));
    assert!(warnings.iter().any(|w| w.contains("no readable text")));
    assert!(warnings.iter().all(|w| w.ends_with("script_only.html")));
    assert!(!file.articles[0].article.text.contains("2023"));
}

#[test]
fn files_above_the_size_limits_are_refused_without_reading() {
    let dir = tempfile::tempdir().unwrap();
    // Sparse files: the size is real, the disk use is not.
    let huge = dir.path().join("huge.json");
    let f = std::fs::File::create(&huge).unwrap();
    f.set_len(200 * 1024 * 1024).unwrap();
    let err = load_file(&huge).unwrap_err();
    assert!(matches!(err, LoadError::TooLarge { limit, .. } if limit == MAX_FILE_BYTES));
    assert_eq!(
        err.to_string(),
        format!(
            "file is 200.0 MiB, above the 128.0 MiB limit: {}",
            huge.display()
        )
    );
    let big_article = dir.path().join("big.txt");
    let f = std::fs::File::create(&big_article).unwrap();
    f.set_len(20 * 1024 * 1024).unwrap();
    let err = load_file(&big_article).unwrap_err();
    assert!(
        err.to_string()
            .contains("above the 16.0 MiB limit for one article"),
        "{err}"
    );
    assert!(err.to_string().ends_with("big.txt"));
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_folders_are_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked.txt");
    std::fs::write(&locked, "date 2023-07-27 T - P\nT\nx\n").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let locked_dir = dir.path().join("locked_dir");
    std::fs::create_dir(&locked_dir).unwrap();
    std::fs::write(locked_dir.join("a.txt"), "x").unwrap();
    std::fs::set_permissions(&locked_dir, std::fs::Permissions::from_mode(0o000)).unwrap();

    // Root ignores permissions; then the message is checked on a
    // permission error made by hand.
    let enforced = std::fs::File::open(&locked).is_err();
    if enforced {
        let err = load_file(&locked).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with("cannot read this file (Permission denied"),
            "{msg}"
        );
        assert!(msg.ends_with("locked.txt"), "{msg}");
        let (files, errors) = io::expand_paths(&[dir.path().to_path_buf()]);
        assert_eq!(files, vec![locked.clone()]);
        assert_eq!(errors.len(), 1);
        let msg = errors[0].to_string();
        assert!(
            msg.starts_with("cannot read this folder (Permission denied"),
            "{msg}"
        );
        assert!(msg.ends_with("locked_dir"), "{msg}");
    } else {
        eprintln!("running as root: permissions are not enforced, checking the message only");
        let err = LoadError::Read {
            path: locked.display().to_string(),
            source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        };
        assert!(
            err.to_string()
                .starts_with("cannot read this file (permission denied")
        );
        assert!(err.to_string().ends_with("locked.txt"));
    }
    std::fs::set_permissions(&locked_dir, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_folder_is_not_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let err = load_file(dir.path()).unwrap_err();
    assert!(err.to_string().contains("it is a folder"), "{err}");
}

/// Every message of a background load.
fn load_all(paths: &[PathBuf]) -> (usize, Vec<String>, Vec<String>, usize) {
    let messages = Mutex::new(Vec::new());
    let sink = |m: LoadMessage| messages.lock().unwrap().push(m);
    let files = files_to_load(paths, &sink);
    let n_files = files.len();
    load_files(&files, &sink);
    let mut loaded = Vec::new();
    let mut failed = Vec::new();
    let mut finished = 0;
    for m in messages.into_inner().unwrap() {
        match m {
            LoadMessage::Loaded(a) => loaded.push(a.article.path.clone()),
            LoadMessage::Failed(e) => failed.push(e),
            LoadMessage::Finished => finished += 1,
        }
    }
    (n_files, loaded, failed, finished)
}

#[test]
fn a_folder_of_bad_files_and_junk_still_loads_the_good_ones() {
    let dir = tempfile::tempdir().unwrap();
    // The whole corpus.
    for entry in std::fs::read_dir(corpus()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    // Thousands of files that are not articles, some hidden folders.
    let junk = dir.path().join("build");
    std::fs::create_dir_all(junk.join(".cache")).unwrap();
    for i in 0..3000 {
        let ext = ["png", "o", "dat", "pdf", "docx", ""][i % 6];
        let name = if ext.is_empty() {
            format!("blob{i}")
        } else {
            format!("blob{i}.{ext}")
        };
        std::fs::write(junk.join(name), [0u8, 1, 2]).unwrap();
    }
    std::fs::write(junk.join(".cache/hidden.txt"), "date 2020-01-01 H - P\nH\n").unwrap();
    // Good articles among them.
    for (name, text) in dateline::sample::ARTICLES.iter().take(3) {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    std::fs::write(dir.path().join("coups.csv"), dateline::sample::COUPS_CSV).unwrap();

    let (n_files, loaded, failed, finished) = load_all(&[dir.path().to_path_buf()]);
    assert_eq!(finished, 1);
    // Corpus (minus README) + 3 articles + coups.csv; no junk.
    assert_eq!(n_files, 15 + 3 + 1, "{loaded:?} {failed:?}");
    let loaded_names: Vec<_> = loaded
        .iter()
        .map(|p| {
            Path::new(p)
                .file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    for good in [
        "01_niger_independence_1960.txt",
        "02_niger_coup_1974.txt",
        "03_niger_coup_1996.txt",
        "coups.csv",
        "latin1.txt",
        "utf16.txt",
        "script_only.html",
    ] {
        assert!(
            loaded_names.iter().any(|n| n == good),
            "{good} did not load: {failed:?}"
        );
    }
    assert_eq!(loaded.len(), 7);
    assert_eq!(failed.len(), 12, "{failed:#?}");
    for name in [
        "binary.txt",
        "photo.txt",
        "empty.txt",
        "blank.md",
        "bad_date.txt",
        "malformed.json",
        "truncated.json",
        "future_version.json",
        "not_a_timeline.json",
        "no_date_column.csv",
        "bad_dates.csv",
        "timeline_no_years.json",
    ] {
        let path = dir.path().join(name).display().to_string();
        assert!(
            failed.iter().any(|f| f.ends_with(&path)),
            "no message naming {name}: {failed:#?}"
        );
    }
}

#[test]
fn missing_paths_are_reported_with_the_others_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, dateline::sample::ARTICLES[0].1).unwrap();
    let gone = dir.path().join("gone.txt");
    let (_, loaded, failed, _) = load_all(&[gone.clone(), good]);
    assert_eq!(loaded.len(), 1);
    assert_eq!(failed.len(), 1);
    assert!(
        failed[0].starts_with("cannot read this file (No such file"),
        "{}",
        failed[0]
    );
    assert!(failed[0].ends_with(&gone.display().to_string()));
}
