//! Background loading: read and extract files in parallel, reporting each
//! article as it finishes so the timeline fills in while work goes on.
//!
//! A file gives one [`LoadedArticle`] (an article, an HTML page, a CSV or
//! `TimelineJS` file) or several (a workspace). Text articles are run through
//! the tagger here; structured files bring their own events.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;

use crate::extract::extract;
use crate::io::{LoadError, LoadedFile, SourceFormat, expand_paths, load_file};
use crate::model::{Article, Correction, Event};
use crate::state::views::SavedView;

/// An article with its events (article index 0 until it is added).
#[derive(Debug, Clone)]
pub struct LoadedArticle {
    pub article: Article,
    pub events: Vec<Event>,
    pub warnings: Vec<String>,
    /// The reader the file went through.
    pub format: SourceFormat,
    /// This article's place among the articles of its file: `part` of
    /// `parts` (0-based). A text file is part 0 of 1; a workspace of 40
    /// articles sends parts 0..40. A file is finished when
    /// `part + 1 == parts`.
    pub part: usize,
    pub parts: usize,
    /// A workspace's corrections; they ride on its first article (part 0)
    /// and are empty everywhere else.
    pub corrections: Vec<Correction>,
    /// A workspace's saved views, on its first article like corrections.
    pub views: Vec<SavedView>,
}

impl LoadedArticle {
    /// Runs the tagger on an article (a text article: the format is the
    /// article text format when it has a date, plain text otherwise).
    pub fn from_article(article: Article, warnings: Vec<String>) -> Self {
        let events = extract(&article, 0);
        let format = if article.date.is_some() {
            SourceFormat::ArticleText
        } else {
            SourceFormat::PlainText
        };
        Self {
            article,
            events,
            warnings,
            format,
            part: 0,
            parts: 1,
            corrections: Vec::new(),
            views: Vec::new(),
        }
    }

    /// Everything a file yielded, ready to add: structured files keep their
    /// events; text articles are run through the tagger.
    pub fn from_file(file: LoadedFile) -> Vec<Self> {
        let parts = file.articles.len();
        let mut corrections = Some(file.corrections);
        let mut views = Some(file.views);
        file.articles
            .into_iter()
            .enumerate()
            .map(|(part, loaded)| {
                let events = match loaded.events {
                    Some(events) => events,
                    None => extract(&loaded.article, 0),
                };
                Self {
                    article: loaded.article,
                    events,
                    warnings: loaded.warnings,
                    format: file.format,
                    part,
                    parts,
                    corrections: corrections.take().unwrap_or_default(),
                    views: views.take().unwrap_or_default(),
                }
            })
            .collect()
    }
}

/// Reads one file of any supported format and extracts its articles.
pub fn load_path(path: &Path) -> Result<Vec<LoadedArticle>, LoadError> {
    load_file(path).map(LoadedArticle::from_file)
}

/// What a background load reports.
#[derive(Debug, Clone)]
pub enum LoadMessage {
    Loaded(Box<LoadedArticle>),
    Failed(String),
    Finished,
}

/// Expands `paths` (folders recursively) and returns the files to load,
/// reporting folders that cannot be read through `sink`.
pub fn files_to_load(paths: &[PathBuf], sink: &(impl Fn(LoadMessage) + Sync)) -> Vec<PathBuf> {
    let (files, errors) = expand_paths(paths);
    for e in errors {
        sink(LoadMessage::Failed(e.to_string()));
    }
    files
}

/// Loads and extracts `files` in parallel, calling `sink` once per article
/// (in completion order; one per file except for workspaces, see
/// [`LoadedArticle::part`]) or once per failed file, and then with
/// [`LoadMessage::Finished`]. A panic while handling one file is reported
/// against that file.
pub fn load_files(files: &[PathBuf], sink: &(impl Fn(LoadMessage) + Sync)) {
    load_files_cancellable(files, &AtomicBool::new(false), sink);
}

/// [`load_files`] that stops starting new files once `cancel` is set
/// (files already being read finish). [`LoadMessage::Finished`] is sent
/// either way.
pub fn load_files_cancellable(
    files: &[PathBuf],
    cancel: &AtomicBool,
    sink: &(impl Fn(LoadMessage) + Sync),
) {
    load_files_with(files, cancel, sink, load_path);
}

/// [`load_files_cancellable`] with the per-file work given: `load` reads
/// one file. A panic inside `load` is caught and reported against its
/// file, with the panic's message; the other files carry on.
pub fn load_files_with(
    files: &[PathBuf],
    cancel: &AtomicBool,
    sink: &(impl Fn(LoadMessage) + Sync),
    load: impl Fn(&Path) -> Result<Vec<LoadedArticle>, LoadError> + Sync,
) {
    files.par_iter().for_each(|path| {
        if cancel.load(Ordering::Relaxed) {
            return;
        }
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match load(path) {
            Ok(articles) if articles.is_empty() => vec![LoadMessage::Failed(format!(
                "the file holds no articles: {}",
                path.display()
            ))],
            Ok(articles) => articles
                .into_iter()
                .map(|a| LoadMessage::Loaded(Box::new(a)))
                .collect(),
            Err(e) => vec![LoadMessage::Failed(e.to_string())],
        }));
        match outcome {
            Ok(messages) => messages.into_iter().for_each(sink),
            Err(payload) => sink(LoadMessage::Failed(format!(
                "internal error while reading this file ({}; please report it): {}",
                panic_message(payload.as_ref()),
                path.display()
            ))),
        }
    });
    sink(LoadMessage::Finished);
}

/// The text of a caught panic, when it has one.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("panic")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    fn run(files: &[PathBuf], cancel: bool) -> Vec<LoadMessage> {
        let messages = Mutex::new(Vec::new());
        let sink = |m: LoadMessage| messages.lock().unwrap().push(m);
        let files = files_to_load(files, &sink);
        load_files_cancellable(&files, &AtomicBool::new(cancel), &sink);
        messages.into_inner().unwrap()
    }

    #[test]
    fn loads_good_files_and_reports_bad_ones() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("good.txt");
        std::fs::write(
            &good,
            "date 2023-07-27 T - P\nT\nOn Wednesday soldiers acted.\n",
        )
        .unwrap();
        let bad = dir.path().join("bad.txt");
        std::fs::write(&bad, "date 2023-02-30 T - P\nT\n").unwrap();
        let missing = dir.path().join("missing.txt");
        let messages = run(&[good, bad, missing], false);
        assert_eq!(messages.len(), 4);
        assert!(matches!(messages.last(), Some(LoadMessage::Finished)));
        let loaded: Vec<_> = messages
            .iter()
            .filter_map(|m| match m {
                LoadMessage::Loaded(a) => Some(a),
                _ => None,
            })
            .collect();
        assert_eq!(loaded.len(), 1);
        assert_eq!(loaded[0].events[0].date.value, "2023-07-26");
        assert_eq!(loaded[0].format, SourceFormat::ArticleText);
        assert_eq!((loaded[0].part, loaded[0].parts), (0, 1));
        let failures: Vec<_> = messages
            .iter()
            .filter_map(|m| match m {
                LoadMessage::Failed(s) => Some(s.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(failures.len(), 2);
        assert!(failures.iter().any(|f| f.ends_with("bad.txt")));
        assert!(failures.iter().any(|f| f.ends_with("missing.txt")));
    }

    #[test]
    fn structured_files_keep_their_events_and_workspaces_split() {
        let dir = tempfile::tempdir().unwrap();
        let csv = dir.path().join("coups.csv");
        std::fs::write(&csv, crate::sample::COUPS_CSV).unwrap();
        let articles: Vec<Article> = crate::sample::loaded()
            .0
            .into_iter()
            .take(3)
            .map(|l| l.article)
            .collect();
        let events: Vec<Event> = articles
            .iter()
            .enumerate()
            .flat_map(|(i, a)| extract(a, i))
            .collect();
        let ws = crate::io::Workspace::new(&articles, &events, &[], &[]);
        let ws_path = dir.path().join("w.json");
        std::fs::write(&ws_path, ws.to_json().unwrap()).unwrap();
        let messages = run(&[csv, ws_path], false);
        let loaded: Vec<_> = messages
            .iter()
            .filter_map(|m| match m {
                LoadMessage::Loaded(a) => Some(a),
                _ => None,
            })
            .collect();
        assert_eq!(loaded.len(), 4);
        let csv = loaded
            .iter()
            .find(|a| a.format == SourceFormat::EventsCsv)
            .unwrap();
        assert!(csv.events.iter().all(|e| e.resolution.rule == "csv"));
        let parts: Vec<_> = loaded
            .iter()
            .filter(|a| a.format == SourceFormat::Workspace)
            .map(|a| (a.part, a.parts))
            .collect();
        assert_eq!(parts.len(), 3);
        assert!(parts.iter().all(|&(_, n)| n == 3));
        let total: usize = loaded
            .iter()
            .filter(|a| a.format == SourceFormat::Workspace)
            .map(|a| a.events.len())
            .sum();
        assert_eq!(total, events.len());
    }

    #[test]
    fn cancelled_load_still_finishes() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("good.txt");
        std::fs::write(&good, "date 2023-07-27 T - P\nT\nIn 1960.\n").unwrap();
        let messages = run(&[good], true);
        assert_eq!(messages.len(), 1);
        assert!(matches!(messages[0], LoadMessage::Finished));
    }
}
