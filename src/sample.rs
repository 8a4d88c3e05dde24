//! The bundled sample, compiled into the binary so `cargo run --release`
//! shows a timeline from any directory. The same files live in
//! `sample_data/` for users to open and edit.

use crate::io::load_bytes;
use crate::state::LoadedArticle;
use crate::state::views::{Filter, LaneMode, SavedView};

/// (file name, contents) of every bundled sample article.
pub const ARTICLES: &[(&str, &str)] = &[
    (
        "01_niger_independence_1960.txt",
        include_str!("../sample_data/articles/01_niger_independence_1960.txt"),
    ),
    (
        "02_niger_coup_1974.txt",
        include_str!("../sample_data/articles/02_niger_coup_1974.txt"),
    ),
    (
        "03_niger_coup_1996.txt",
        include_str!("../sample_data/articles/03_niger_coup_1996.txt"),
    ),
    (
        "04_niger_coup_1999.txt",
        include_str!("../sample_data/articles/04_niger_coup_1999.txt"),
    ),
    (
        "05_niger_coup_2010.txt",
        include_str!("../sample_data/articles/05_niger_coup_2010.txt"),
    ),
    (
        "06_niger_coup_attempt_2021.txt",
        include_str!("../sample_data/articles/06_niger_coup_attempt_2021.txt"),
    ),
    (
        "07_burkina_faso_coup_2022.txt",
        include_str!("../sample_data/articles/07_burkina_faso_coup_2022.txt"),
    ),
    (
        "08_niger_coup_2023.txt",
        include_str!("../sample_data/articles/08_niger_coup_2023.txt"),
    ),
    (
        "09_gabon_coup_2023.txt",
        include_str!("../sample_data/articles/09_gabon_coup_2023.txt"),
    ),
    (
        "10_coup_belt_chronology_2023.txt",
        include_str!("../sample_data/articles/10_coup_belt_chronology_2023.txt"),
    ),
    (
        "11_niger_coups_backgrounder_2024.txt",
        include_str!("../sample_data/articles/11_niger_coups_backgrounder_2024.txt"),
    ),
];

/// The reference coups table (`sample_data/coups.csv`).
pub const COUPS_CSV: &str = include_str!("../sample_data/coups.csv");

/// Every bundled article's text, one after another with a blank line
/// between (for tests that want much news text).
#[cfg(test)]
pub fn joined_articles() -> String {
    ARTICLES
        .iter()
        .flat_map(|(_, text)| [*text, "\n\n"])
        .collect()
}

/// Reads every bundled file (the articles and the reference table) with
/// the same readers as files on disk; paths are `sample:FILE`. Returns the
/// loaded articles and any problems (there should be none).
pub fn loaded() -> (Vec<LoadedArticle>, Vec<String>) {
    let mut articles = Vec::new();
    let mut problems = Vec::new();
    let files = ARTICLES
        .iter()
        .chain(std::iter::once(&("coups.csv", COUPS_CSV)));
    for (name, text) in files {
        match load_bytes(&format!("sample:{name}"), text.as_bytes().to_vec()) {
            Ok(file) => articles.extend(LoadedArticle::from_file(file)),
            Err(e) => problems.push(e.to_string()),
        }
    }
    (articles, problems)
}

/// The coup-belt countries with a successful coup from August 2020 to
/// August 2023.
pub const COUP_BELT: &[&str] = &[
    "Mali",
    "Chad",
    "Guinea",
    "Sudan",
    "Burkina Faso",
    "Niger",
    "Gabon",
];

/// The sample's two saved views.
pub fn saved_views() -> Vec<SavedView> {
    vec![
        SavedView {
            name: "Niger since 1960".to_owned(),
            from: "1958".to_owned(),
            to: "2025".to_owned(),
            lane_mode: LaneMode::Country,
            filter: Filter {
                countries: vec!["Niger".to_owned()],
                ..Filter::default()
            },
        },
        SavedView {
            name: "Coup belt since 2020".to_owned(),
            from: "2020-06".to_owned(),
            to: "2023-12".to_owned(),
            lane_mode: LaneMode::Country,
            filter: Filter {
                countries: COUP_BELT.iter().map(|c| (*c).to_owned()).collect(),
                ..Filter::default()
            },
        },
    ]
}
