//! Background loading: read and extract files in parallel, reporting each
//! one as it finishes so the timeline fills in while work goes on.

use std::path::PathBuf;

use rayon::prelude::*;

use crate::extract::extract;
use crate::io::{expand_paths, load_file};
use crate::model::{Article, Event};

/// An article with its events (article index 0 until it is added).
#[derive(Debug, Clone)]
pub struct LoadedArticle {
    pub article: Article,
    pub events: Vec<Event>,
    pub warnings: Vec<String>,
}

impl LoadedArticle {
    /// Runs the tagger on an article.
    pub fn from_article(article: Article, warnings: Vec<String>) -> Self {
        let events = extract(&article, 0);
        Self {
            article,
            events,
            warnings,
        }
    }
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

/// Loads and extracts `files` in parallel, calling `sink` once per file
/// (in completion order) and then with [`LoadMessage::Finished`]. A panic
/// while handling one file is reported against that file.
pub fn load_files(files: &[PathBuf], sink: &(impl Fn(LoadMessage) + Sync)) {
    files.par_iter().for_each(|path| {
        let outcome = std::panic::catch_unwind(|| match load_file(path) {
            Ok(loaded) => LoadMessage::Loaded(Box::new(LoadedArticle::from_article(
                loaded.article,
                loaded.warnings,
            ))),
            Err(e) => LoadMessage::Failed(e.to_string()),
        });
        sink(outcome.unwrap_or_else(|_| {
            LoadMessage::Failed(format!(
                "internal error while reading this file (please report it): {}",
                path.display()
            ))
        }));
    });
    sink(LoadMessage::Finished);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

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
        let messages = Mutex::new(Vec::new());
        let sink = |m: LoadMessage| messages.lock().unwrap().push(m);
        let files = files_to_load(&[good, bad, missing], &sink);
        load_files(&files, &sink);
        let messages = messages.into_inner().unwrap();
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
        let failures: Vec<_> = messages
            .iter()
            .filter_map(|m| match m {
                LoadMessage::Failed(s) => Some(s.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(failures.len(), 2);
        assert!(failures.iter().any(|f| f.ends_with("bad.txt")));
        assert!(failures.iter().any(|f| f.contains("missing.txt")));
    }
}
