//! Dateline turns news articles into an explorable timeline of dated events.
//!
//! The pipeline, every step pure and tested without a window:
//!
//! 1. [`io`] reads article files (the `date YYYY-MM-DD Title - Publisher`
//!    text format, or plain text) into [`model::Article`]s.
//! 2. [`extract`] finds every temporal expression in an article and
//!    resolves it against the publication date into [`model::Event`]s: an
//!    EDTF value, an inclusive day interval, the source passage, a label,
//!    the countries named, and an explanation of how the date was found.
//! 3. [`model::Timeline`] keeps the events sorted for range queries.
//! 4. [`state`] holds the application state, the `Command`s that change it
//!    and the view-model the UI draws.
//! 5. [`ui`] (the only module that touches egui/eframe/rfd) draws it.
//!
//! ```
//! use dateline::{extract, io};
//!
//! let text = "date 2023-07-27 Coup in Niger - Sample\nCoup in Niger\n\
//!             Soldiers detained the president on Wednesday.\n";
//! let article = io::parse_article("a.txt", text.to_owned()).unwrap();
//! let events = extract::extract(&article, 0);
//! assert_eq!(events.len(), 1);
//! assert_eq!(events[0].date.value, "2023-07-26");
//! assert_eq!(events[0].expr(&article.text), "Wednesday");
//! ```

pub mod extract;
pub mod figure;
pub mod io;
pub mod model;
pub mod sample;
pub mod state;
pub mod ui;
