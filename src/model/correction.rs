//! User corrections to extracted events. A correction is keyed to the
//! article's content hash and the expression's byte span, so it survives
//! reloading and re-extraction; one whose article changed is kept and
//! flagged, never dropped.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// What the user changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// The date, as EDTF (`old` is what the extractor said).
    Date {
        old: String,
        new: String,
    },
    Label {
        old: String,
        new: String,
    },
    /// The lane (country) the event is shown in.
    Lane {
        old: Option<String>,
        new: String,
    },
    /// A false positive, hidden but listable and restorable.
    Reject,
    /// Undoes a rejection.
    Restore,
    /// An event the extractor missed: `span` covers the selected text.
    Add {
        date: String,
        label: String,
    },
}

/// One recorded correction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// Hex content hash of the article text (see `io::content_hash`).
    pub article_hash: String,
    /// Byte span of the expression (or selected text) in the article.
    pub span: Range<usize>,
    pub change: Change,
    /// When it was made, RFC 3339 (UTC).
    pub at: String,
}
