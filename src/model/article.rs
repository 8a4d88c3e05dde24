//! A news article as read from a file.

use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One article: where it came from, its metadata and its full text.
///
/// `text` is the whole file contents; `body` is the byte range of the part
/// the tagger reads (title line and body, not the header line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The path as given by the user (or `sample:NAME` for bundled files).
    pub path: String,
    /// Publication date; anchors relative expressions. `None` when unknown.
    pub date: Option<NaiveDate>,
    pub title: String,
    pub publisher: String,
    pub text: String,
    pub body: Range<usize>,
}

impl Article {
    /// The slice of `text` the tagger reads.
    pub fn body_text(&self) -> &str {
        self.text.get(self.body.clone()).unwrap_or("")
    }

    /// A short name for lists and lanes: the title, or the file name.
    pub fn display_name(&self) -> &str {
        if self.title.trim().is_empty() {
            self.path.rsplit(['/', '\\']).next().unwrap_or(&self.path)
        } else {
            self.title.trim()
        }
    }
}
