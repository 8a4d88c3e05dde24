//! Hostile input and never losing work: huge and pathological files finish
//! (or are refused with a message), folders with symlink loops end, files
//! that vanish or change while loading are handled, a panic in one file's
//! load is reported against that file, and a save that dies midway leaves
//! the previous file intact.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    // `.to_string()` on values and labels keeps these tests independent of
    // how the event stores them.
    clippy::implicit_clone
)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;

use dateline::io::{LoadError, MAX_ARTICLE_BYTES, expand_paths, load_bytes, load_file};
use dateline::io::{save_atomic, save_atomic_with};
use dateline::state::loader::{LoadMessage, files_to_load, load_files, load_files_with, load_path};
use dateline::state::{AppState, Command};

const ARTICLE: &str =
    "date 2023-07-27 Coup - Wire\nCoup\nSoldiers detained the president of Niger on Wednesday.\n";

fn messages_for(paths: &[PathBuf]) -> Vec<LoadMessage> {
    let messages = Mutex::new(Vec::new());
    let sink = |m: LoadMessage| messages.lock().unwrap().push(m);
    let files = files_to_load(paths, &sink);
    load_files(&files, &sink);
    messages.into_inner().unwrap()
}

fn failures(messages: &[LoadMessage]) -> Vec<&str> {
    messages
        .iter()
        .filter_map(|m| match m {
            LoadMessage::Failed(s) => Some(s.as_str()),
            _ => None,
        })
        .collect()
}

fn loaded_count(messages: &[LoadMessage]) -> usize {
    messages
        .iter()
        .filter(|m| matches!(m, LoadMessage::Loaded(_)))
        .count()
}

#[test]
fn a_100_mb_single_line_article_is_refused_with_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    // A `.txt` is refused from its size alone (sparse: the size is real to
    // the loader, the disk stays empty).
    let txt = dir.path().join("one-line.txt");
    std::fs::File::create(&txt)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    // Without an extension it is read to learn what it is, then refused as
    // an article.
    let bare = dir.path().join("one-line");
    let mut f = std::fs::File::create(&bare).unwrap();
    let chunk = "Soldiers seized power on 26 July 2023 and nobody stopped; ".repeat(1024);
    for _ in 0..(100 * 1024 * 1024 / chunk.len()) {
        f.write_all(chunk.as_bytes()).unwrap();
    }
    drop(f);
    for path in [txt, bare] {
        let err = load_file(&path).unwrap_err();
        assert!(matches!(err, LoadError::TooLarge { .. }), "{err}");
        let msg = err.to_string();
        assert!(msg.contains("MB") || msg.contains("MiB"), "{msg}");
        assert!(msg.ends_with(&path.display().to_string()), "{msg}");
    }
}

#[test]
fn an_article_just_under_the_limit_on_one_line_loads() {
    // One line of prose and dates, no newline: sentence and label finding
    // must not go quadratic on it.
    let unit = "Soldiers seized power on 26 July 2023 in Niamey, and in 2024 the junta stayed; ";
    let copies = 4 * 1024 * 1024 / unit.len();
    let mut text = String::from("date 2024-01-01 One line - Wire\nOne line\n");
    text.push_str(&unit.repeat(copies));
    assert!((text.len() as u64) < MAX_ARTICLE_BYTES);
    let file = load_bytes("line.txt", text.into_bytes()).unwrap();
    let article = &file.articles[0].article;
    let events = dateline::extract::extract(article, 0);
    assert_eq!(events.len(), copies * 2);
}

#[test]
fn ten_million_digits_load_without_inventing_dates() {
    let digits: Vec<u8> = (0..10_000_000u32).map(|i| b'0' + (i % 10) as u8).collect();
    let file = load_bytes("digits.txt", digits).unwrap();
    let events = dateline::extract::extract(&file.articles[0].article, 0);
    assert!(events.is_empty(), "{} events from digits", events.len());
}

#[test]
fn deeply_nested_json_is_refused_not_overflowed() {
    for (name, open, close) in [("deep.json", "[", "]"), ("deep-obj.json", "{\"a\":", "}")] {
        let depth = 1_000_000;
        let text = format!("{}{}", open.repeat(depth), close.repeat(depth));
        let err = load_bytes(name, text.into_bytes()).unwrap_err().to_string();
        assert!(err.ends_with(name), "{err}");
    }
}

#[test]
fn deeply_nested_html_loads() {
    let depth = 100_000;
    let html = format!(
        "<html><head><meta property=\"article:published_time\" content=\"2023-07-27\"></head><body>{}Soldiers acted on Wednesday.{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let file = load_bytes("deep.html", html.into_bytes()).unwrap();
    let events = dateline::extract::extract(&file.articles[0].article, 0);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].date.value.to_string(), "2023-07-26");
}

#[cfg(unix)]
#[test]
fn a_folder_symlink_loop_ends_and_lists_each_file_once() {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("inner");
    std::fs::create_dir(&inner).unwrap();
    std::fs::write(inner.join("a.txt"), ARTICLE).unwrap();
    std::os::unix::fs::symlink(dir.path(), inner.join("loop")).unwrap();
    std::os::unix::fs::symlink(&inner, inner.join("self")).unwrap();
    let (files, errors) = expand_paths(&[dir.path().to_path_buf()]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(files.len(), 1, "{files:?}");
    let messages = messages_for(&[dir.path().to_path_buf()]);
    assert_eq!(loaded_count(&messages), 1);
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_instead_of_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo not available; skipped");
        return;
    }
    let good = dir.path().join("good.txt");
    std::fs::write(&good, ARTICLE).unwrap();
    let messages = messages_for(&[fifo.clone(), good]);
    assert_eq!(loaded_count(&messages), 1);
    let failed = failures(&messages);
    assert_eq!(failed.len(), 1);
    assert!(failed[0].contains("not a regular file"), "{}", failed[0]);
    assert!(failed[0].ends_with(&fifo.display().to_string()));
}

#[test]
fn a_file_that_vanishes_or_changes_after_listing_is_handled() {
    let dir = tempfile::tempdir().unwrap();
    let gone = dir.path().join("gone.txt");
    let changed = dir.path().join("changed.txt");
    std::fs::write(&gone, ARTICLE).unwrap();
    std::fs::write(&changed, ARTICLE).unwrap();
    let messages = Mutex::new(Vec::new());
    let sink = |m: LoadMessage| messages.lock().unwrap().push(m);
    let files = files_to_load(&[dir.path().to_path_buf()], &sink);
    assert_eq!(files.len(), 2);
    // Between listing and reading: one file is deleted, one rewritten.
    std::fs::remove_file(&gone).unwrap();
    std::fs::write(
        &changed,
        ARTICLE.replace("on Wednesday", "on 1 August 2023"),
    )
    .unwrap();
    load_files(&files, &sink);
    let messages = messages.into_inner().unwrap();
    let failed = failures(&messages);
    assert_eq!(failed.len(), 1);
    assert!(
        failed[0].ends_with(&gone.display().to_string()),
        "{}",
        failed[0]
    );
    let loaded: Vec<_> = messages
        .iter()
        .filter_map(|m| match m {
            LoadMessage::Loaded(a) => Some(a),
            _ => None,
        })
        .collect();
    assert_eq!(loaded.len(), 1);
    assert_eq!(loaded[0].events[0].date.value.to_string(), "2023-08-01");
}

#[test]
fn a_panic_while_loading_one_file_is_reported_and_the_app_keeps_going() {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<PathBuf> = (0..4)
        .map(|i| {
            let p = dir.path().join(format!("a{i}.txt"));
            std::fs::write(&p, ARTICLE).unwrap();
            p
        })
        .collect();
    let poisoned = paths[2].clone();
    let messages = Mutex::new(Vec::new());
    let sink = |m: LoadMessage| messages.lock().unwrap().push(m);
    load_files_with(&paths, &AtomicBool::new(false), &sink, |path: &Path| {
        assert!(path != poisoned, "reader bug for this file");
        load_path(path)
    });
    let messages = messages.into_inner().unwrap();
    assert!(matches!(messages.last(), Some(LoadMessage::Finished)));
    let failed = failures(&messages);
    assert_eq!(failed.len(), 1);
    assert!(failed[0].contains("internal error"), "{}", failed[0]);
    assert!(
        failed[0].contains("reader bug for this file"),
        "{}",
        failed[0]
    );
    assert!(failed[0].ends_with(&poisoned.display().to_string()));
    // The state takes the batch: three articles, one problem, still usable.
    let mut state = AppState::default();
    state.apply(Command::Load(messages));
    assert_eq!(state.articles.len(), 3);
    assert!(state.problems.iter().any(|p| p.contains("internal error")));
    state.apply(Command::Fit);
    assert_eq!(state.timeline.len(), 3);
}

#[test]
fn a_save_whose_write_fails_midway_leaves_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("work.dateline.json");
    save_atomic(&path, b"previous contents").unwrap();
    let err = save_atomic_with(&path, |file| {
        file.write_all(b"half of the new")?;
        Err(std::io::Error::other("disk full"))
    })
    .unwrap_err();
    assert!(err.to_string().contains("disk full"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), b"previous contents");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "temporary file left behind: {names:?}");
}

/// Set in the child process of [`a_save_killed_midway_leaves_the_old_file`].
const CHILD_ENV: &str = "DATELINE_TEST_DIE_MID_SAVE";

#[test]
fn child_dies_mid_save() {
    // Only does something when run as the child of the test below.
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let _ = save_atomic_with(Path::new(&path), |file| {
        file.write_all(b"{\"format\": \"dateline-workspace\", \"half")?;
        file.flush()?;
        // The process dies here: no unwinding, no cleanup.
        std::process::abort()
    });
}

#[test]
fn a_save_killed_midway_leaves_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("work.dateline.json");
    save_atomic(&path, b"previous contents").unwrap();
    let status = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child_dies_mid_save", "--test-threads=1"])
        .env(CHILD_ENV, &path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(!status.success(), "the child should have died");
    assert_eq!(std::fs::read(&path).unwrap(), b"previous contents");
    // The next save still works and replaces the file whole.
    save_atomic(&path, b"new contents").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"new contents");
}
