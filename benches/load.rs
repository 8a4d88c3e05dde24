//! Loading speed: a folder of 10,000 article files (about 30 MB) expanded,
//! read, parsed and run through the tagger by the background loader — the
//! issue's target is under 3 s on a 2-core machine.
//!
//! ```text
//! cargo bench --bench load -- --warm-up-time 1 --measurement-time 10 --sample-size 10
//! ```
//!
//! The files are written once into a temporary folder, built from the
//! bundled sample articles: each joins the bodies of two sample articles
//! under a header whose date and title vary, so no two files are alike.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::hint::black_box;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{Days, NaiveDate};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::sample::ARTICLES;
use dateline::state::loader::{LoadMessage, files_to_load, load_files};
use dateline::state::{AppState, Command};
use rayon::prelude::*;

const FILES: usize = 10_000;

/// Header date, title and publisher of a sample article, and its body
/// (everything after the header line).
fn split(text: &str) -> (NaiveDate, &str, &str, &str) {
    let (header, body) = text.split_once('\n').unwrap();
    let rest = header.trim_start().strip_prefix("date ").unwrap();
    let (date, rest) = rest.split_at(10);
    let (title, publisher) = rest.trim().rsplit_once(" - ").unwrap();
    (
        NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
        title,
        publisher,
        body,
    )
}

/// Writes the synthetic corpus; returns its size in bytes.
fn write_corpus(dir: &Path) -> u64 {
    let mut total = 0u64;
    for i in 0..FILES {
        let (date, title, publisher, body) = split(ARTICLES[i % ARTICLES.len()].1);
        let (_, _, _, other) = split(ARTICLES[(i * 7 + 3) % ARTICLES.len()].1);
        let other_body = other.split_once("\n\n").map_or(other, |(_, b)| b);
        let date = date
            .checked_add_days(Days::new((i / ARTICLES.len()) as u64 % 400))
            .unwrap();
        let text = format!(
            "date {date} {title} (report {i}) - {publisher}\n{body}\n\n{other_body}\n\nFiled as report {i} on {}.\n",
            date.format("%-d %B %Y")
        );
        // A few folders, as a real archive would have.
        let sub = dir.join(format!("batch{:02}", i % 20));
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(sub.join(format!("article_{i:05}.txt")), &text).unwrap();
        total += text.len() as u64;
    }
    total
}

/// Expands the folder and loads every file; returns (articles, events).
fn load_folder(dir: &Path) -> (usize, usize) {
    let articles = AtomicUsize::new(0);
    let events = AtomicUsize::new(0);
    let failed = AtomicUsize::new(0);
    let sink = |m: LoadMessage| match m {
        LoadMessage::Loaded(a) => {
            articles.fetch_add(1, Ordering::Relaxed);
            events.fetch_add(a.events.len(), Ordering::Relaxed);
        }
        LoadMessage::Failed(_) => {
            failed.fetch_add(1, Ordering::Relaxed);
        }
        LoadMessage::Finished => {}
    };
    let files = files_to_load(&[dir.to_path_buf()], &sink);
    load_files(&files, &sink);
    assert_eq!(failed.load(Ordering::Relaxed), 0);
    (articles.into_inner(), events.into_inner())
}

/// The whole path the window takes: load in the background while the "UI"
/// applies whatever arrived every 16 ms as one batch, until finished.
/// Returns the events on the timeline.
fn load_into_state(dir: &Path) -> usize {
    let (tx, rx) = std::sync::mpsc::channel::<LoadMessage>();
    let dir = dir.to_path_buf();
    let worker = std::thread::spawn(move || {
        let sink = |m: LoadMessage| {
            let _ = tx.send(m);
        };
        let files = files_to_load(&[dir], &sink);
        load_files(&files, &sink);
    });
    let mut state = AppState::default();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(16));
        let batch: Vec<LoadMessage> = rx.try_iter().collect();
        let done = batch.iter().any(|m| matches!(m, LoadMessage::Finished));
        if !batch.is_empty() {
            state.apply(Command::Load(batch));
        }
        if done {
            break;
        }
    }
    worker.join().unwrap();
    state.timeline.len()
}

fn bench_load(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let bytes = write_corpus(dir.path());
    let started = std::time::Instant::now();
    let (articles, events) = load_folder(dir.path());
    assert_eq!(articles, FILES);
    eprintln!(
        "corpus: {FILES} files, {:.1} MB, {events} events; first (cold-ish) load took {:.2} s",
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    let mut group = c.benchmark_group("load");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.bench_function("10k_article_files", |b| {
        b.iter(|| black_box(load_folder(black_box(dir.path()))));
    });
    group.bench_function("10k_article_files_into_state", |b| {
        b.iter(|| black_box(load_into_state(black_box(dir.path()))));
    });
    // The same without the tagger: what reading and parsing alone cost.
    group.bench_function("10k_article_files_read_only", |b| {
        b.iter(|| {
            let (files, _) = dateline::io::expand_paths(&[dir.path().to_path_buf()]);
            let bytes: usize = files
                .par_iter()
                .map(|f| {
                    dateline::io::load_file(f)
                        .map_or(0, |l| l.articles.iter().map(|a| a.article.text.len()).sum())
                })
                .sum();
            black_box(bytes)
        });
    });
    group.finish();
}

criterion_group!(benches, bench_load);
criterion_main!(benches);
