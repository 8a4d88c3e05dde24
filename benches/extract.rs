//! Throughput of the temporal tagger on news text: the bundled sample
//! articles plus the sentences of the tagger corpus (`tests/tagger_corpus.rs`),
//! repeated to more than 5 MB.
//!
//! - `extract/one_core`: many article-sized documents, each extracted on a
//!   single thread (the per-core speed of the tagger);
//! - `extract/news_one_core`: the same with the sample articles alone (news
//!   text without the date-dense corpus sentences);
//! - `extract/one_big_body`: the whole corpus as one article body, which
//!   the tagger scans in parallel chunks.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::model::Article;

/// The allocator the `dateline` binary runs with (see `src/main.rs`), so
/// the tagger is measured as it runs there.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Bytes of text the benchmark runs over.
const TARGET_BYTES: usize = 5 * 1024 * 1024 + 1;

/// The first string of every table row of the tagger corpus: the sentences.
fn corpus_sentences() -> Vec<String> {
    let source = include_str!("../tests/tagger_corpus.rs");
    let mut row_opened = false;
    source
        .lines()
        .filter_map(|line| {
            // A row is `("sentence", …` on one line, or `(` then `"sentence",`.
            let line = line.trim_start();
            let first = if row_opened {
                line.strip_prefix('"')
            } else {
                line.strip_prefix("(\"")
            };
            row_opened = line == "(";
            first
        })
        .filter_map(|rest| {
            let mut out = String::new();
            let mut chars = rest.chars();
            while let Some(c) = chars.next() {
                match c {
                    '"' => return Some(out),
                    '\\' => match chars.next()? {
                        'n' => out.push('\n'),
                        't' => out.push('\t'),
                        other => out.push(other),
                    },
                    c => out.push(c),
                }
            }
            None
        })
        .collect()
}

/// Article-sized documents (the sample articles, and the corpus sentences
/// grouped into paragraphs) repeated past [`TARGET_BYTES`].
fn documents() -> Vec<Article> {
    documents_of(true)
}

/// The documents, with the corpus sentences or without them (the sample
/// articles alone: news text with about one mention per 120 bytes; the
/// corpus sentences, each written around a date, have one per 60).
fn documents_of(with_corpus: bool) -> Vec<Article> {
    let date = NaiveDate::from_ymd_opt(2023, 7, 27);
    let mut sources: Vec<String> = dateline::sample::ARTICLES
        .iter()
        .map(|(_, text)| (*text).to_owned())
        .collect();
    let sentences = if with_corpus {
        corpus_sentences()
    } else {
        Vec::new()
    };
    for group in sentences.chunks(12) {
        let mut text = "date 2023-07-27 Corpus - Bench\nCorpus\n\n".to_owned();
        for sentence in group {
            text.push_str(sentence);
            text.push(' ');
        }
        sources.push(text);
    }
    let mut docs = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES {
        for (i, text) in sources.iter().enumerate() {
            let mut article =
                dateline::io::parse_article(&format!("doc{i}.txt"), text.clone()).unwrap();
            if article.date.is_none() {
                article.date = date;
            }
            total += article.body.len();
            docs.push(article);
        }
    }
    docs
}

fn bench_extract(c: &mut Criterion) {
    let docs = documents();
    let bytes: usize = docs.iter().map(|a| a.body.len()).sum();
    let one_thread = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    // The first thread to use the tagger's regexes owns their fast caches;
    // make that the thread that is measured.
    let mentions: usize = one_thread.install(|| {
        docs.iter()
            .map(|a| dateline::extract::extract(a, 0).len())
            .sum()
    });
    eprintln!(
        "corpus: {} documents, {:.1} MB, one mention per {} bytes",
        docs.len(),
        bytes as f64 / 1e6,
        bytes / mentions.max(1)
    );

    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("one_core", |b| {
        b.iter(|| {
            one_thread.install(|| {
                docs.iter()
                    .map(|a| dateline::extract::extract(black_box(a), 0).len())
                    .sum::<usize>()
            })
        });
    });

    let news = documents_of(false);
    let news_bytes: usize = news.iter().map(|a| a.body.len()).sum();
    let news_mentions: usize = one_thread.install(|| {
        news.iter()
            .map(|a| dateline::extract::extract(a, 0).len())
            .sum()
    });
    eprintln!(
        "news (sample articles only): {} documents, {:.1} MB, one mention per {} bytes",
        news.len(),
        news_bytes as f64 / 1e6,
        news_bytes / news_mentions.max(1)
    );
    group.throughput(Throughput::Bytes(news_bytes as u64));
    group.bench_function("news_one_core", |b| {
        b.iter(|| {
            one_thread.install(|| {
                news.iter()
                    .map(|a| dateline::extract::extract(black_box(a), 0).len())
                    .sum::<usize>()
            })
        });
    });

    let mut body = String::new();
    for a in &docs {
        body.push_str(a.body_text());
        body.push_str("\n\n");
    }
    let len = body.len();
    let big = Article {
        path: "big.txt".to_owned(),
        date: NaiveDate::from_ymd_opt(2023, 7, 27),
        title: String::new(),
        publisher: String::new(),
        text: body,
        body: 0..len,
    };
    group.throughput(Throughput::Bytes(len as u64));
    group.bench_function("one_big_body", |b| {
        b.iter(|| dateline::extract::extract(black_box(&big), 0).len());
    });
    group.finish();
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
