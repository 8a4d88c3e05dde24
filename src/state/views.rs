//! Filters and saved views: a named time range plus filters.

use serde::{Deserialize, Serialize};

use crate::model::{Article, Event, Precision};

/// How events are grouped into lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LaneMode {
    /// One lane per country (the first country named in the passage).
    #[default]
    Country,
    /// One lane per article.
    Article,
    /// Everything in one lane.
    None,
}

/// Which events are shown. Empty lists mean "all".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// Case-insensitive text searched in the label, passage and article title.
    pub text: String,
    pub countries: Vec<String>,
    /// Article paths.
    pub articles: Vec<String>,
    pub precisions: Vec<Precision>,
}

impl Filter {
    /// Whether nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
            && self.countries.is_empty()
            && self.articles.is_empty()
            && self.precisions.is_empty()
    }

    /// Whether `event` (from `article`) passes. `needle` is the lowercased
    /// search text, computed once per filter pass.
    pub fn accepts(&self, event: &Event, article: &Article, needle: &str) -> bool {
        if !self.precisions.is_empty() && !self.precisions.contains(&event.date.precision) {
            return false;
        }
        if !self.countries.is_empty()
            && !event
                .places
                .iter()
                .any(|p| self.countries.iter().any(|c| c == p))
        {
            return false;
        }
        if !self.articles.is_empty() && !self.articles.contains(&article.path) {
            return false;
        }
        if needle.is_empty() {
            return true;
        }
        let contains = |s: &str| s.to_lowercase().contains(needle);
        contains(&event.label) || contains(event.passage(&article.text)) || contains(&article.title)
    }
}

/// A named time range plus filters, selectable from the View menu.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedView {
    pub name: String,
    /// Start and end of the time range as EDTF (`1960`, `2020-08`).
    pub from: String,
    pub to: String,
    #[serde(default)]
    pub lane_mode: LaneMode,
    #[serde(default)]
    pub filter: Filter,
}
