//! The core data model: articles, dated events and the sorted timeline.
//!
//! Offsets are UTF-8 byte offsets into an article's full file contents and
//! always lie on char boundaries; day intervals are inclusive.

pub mod article;
pub mod correction;
pub mod date;
pub mod event;
pub mod places;
pub mod timeline;

pub use article::Article;
pub use correction::{Change, Correction};
pub use date::{EventDate, Precision};
pub use event::{Event, Explanation, Resolution};
pub use places::Places;
pub use timeline::Timeline;
