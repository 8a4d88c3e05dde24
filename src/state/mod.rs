//! Application state, the commands that change it, and the view-model.
//!
//! The UI never mutates [`AppState`] directly: it collects [`Command`]s
//! during a frame and calls [`AppState::apply`] once at the end. Everything
//! here is tested without a window.

pub mod axis;
pub mod corrections;
pub mod gaps;
pub mod grouping;
pub mod layout;
pub mod loader;
pub mod recovery;
pub mod view;
pub mod views;

use serde::{Deserialize, Serialize};

use crate::model::date::{date_from_day_number, day_number};
use crate::model::{Article, Change, Correction, Event, EventDate, Timeline};
use axis::TimeWindow;
use gaps::GapAxis;
use layout::{LaneSettings, Layout};
use views::{Filter, LaneMode, SavedView};

pub use loader::{LoadMessage, LoadedArticle};

/// Identifies an event across timeline rebuilds: its article and the byte
/// span of its expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EventKey {
    pub article: usize,
    pub start: usize,
    pub end: usize,
}

impl EventKey {
    pub fn of(event: &Event) -> Self {
        Self {
            article: event.article,
            start: event.expr_span.start,
            end: event.expr_span.end,
        }
    }
}

/// How far a background load has got.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadProgress {
    pub done: usize,
    pub total: usize,
    pub events: usize,
}

/// Preferences kept between runs (documents are saved only in files).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub lanes: LaneSettings,
    /// Views the user saved.
    pub saved_views: Vec<SavedView>,
    pub dark_mode: bool,
    /// Recently opened paths, newest first.
    pub recent: Vec<String>,
    /// Squeeze long empty periods of the timeline (off by default).
    pub collapse_gaps: bool,
}

/// How many recent paths are remembered.
pub const MAX_RECENT: usize = 10;

impl Default for Prefs {
    fn default() -> Self {
        Self {
            lanes: LaneSettings::default(),
            saved_views: Vec::new(),
            dark_mode: true,
            recent: Vec::new(),
            collapse_gaps: false,
        }
    }
}

/// Everything the app shows.
#[derive(Debug, Default)]
pub struct AppState {
    pub articles: Vec<Article>,
    /// The country each article is mainly about (same order as `articles`).
    pub article_countries: Vec<Option<String>>,
    pub timeline: Timeline,
    selected: Option<EventKey>,
    selected_index: Option<usize>,
    /// Problems met while loading (errors and warnings), newest last.
    pub problems: Vec<String>,
    /// The latest error, shown in the status bar.
    pub last_error: Option<String>,
    pub loading: Option<LoadProgress>,
    pub prefs: Prefs,
    /// Views that come with the data (the bundled sample's).
    pub builtin_views: Vec<SavedView>,
    pub filter: Filter,
    /// Lanes and shown events; rebuilt when data, filter or lanes change.
    pub layout: Layout,
    /// The visible time range; `None` until there is data to fit.
    pub window: Option<TimeWindow>,
    /// Day ↔ axis mapping: long empty periods squeezed when
    /// `prefs.collapse_gaps`, else the identity. Rebuilt with the layout.
    gap_axis: GapAxis,
    /// The user's corrections (from a workspace, or made in the panel).
    pub corrections: Vec<Correction>,
    /// Corrections or views changed since the workspace was last saved.
    pub dirty: bool,
    /// How many edits (corrections, undo, redo) have been made: autosave
    /// writes a recovery file only when this moved since the last one.
    pub edits: u64,
    /// The extractor's events (uncorrected, article indices assigned); the
    /// timeline is these with `corrections` applied. Kept only once there
    /// are corrections: until then the timeline itself is the extractor's
    /// events, so a million events are not held twice.
    base: Vec<Event>,
    /// Whether `base` holds the extractor's events (see `ensure_base`).
    has_base: bool,
    /// Content hash of each article's text (same order as `articles`).
    article_hashes: Vec<String>,
    /// Rejected events: hidden from the timeline, listed and restorable.
    rejected: Vec<Event>,
    /// Per correction: `None` when applied, else why it could not be.
    correction_status: Vec<Option<String>>,
    /// Undone corrections, most recent last.
    redo: Vec<Correction>,
    /// Why the last correction was refused (shown in the detail panel).
    pub correction_error: Option<String>,
}

/// A change to the state, emitted by the UI or by background work.
#[derive(Debug, Clone)]
pub enum Command {
    /// Select an event by timeline index (`None` clears the selection).
    Select(Option<usize>),
    /// Move the selection to the next (`true`) or previous shown event.
    Step {
        forward: bool,
    },
    /// Move the selection to the nearest event in the next/previous lane.
    NextLane {
        forward: bool,
    },
    /// A background load started for this many files.
    LoadStarted {
        total: usize,
    },
    /// Messages from a background load, applied together (one re-sort
    /// and one re-layout per batch, however many files finished).
    Load(Vec<LoadMessage>),
    /// Something went wrong; shown in the status bar and problems list.
    Error(String),
    /// Show this time range (kept within the zoom limits).
    SetWindow(TimeWindow),
    /// Fit the window to the shown events.
    Fit,
    /// Show the whole range of all events, unfiltered.
    Reset,
    SetLaneMode(LaneMode),
    SetFilter(Filter),
    HideLane(String),
    ShowLane(String),
    ToggleCollapsed(String),
    /// Move a lane one place up (or down).
    MoveLane {
        key: String,
        up: bool,
    },
    /// Apply a saved or built-in view by name.
    ApplyView(String),
    /// Save the current window, lanes and filter under a name.
    SaveView(String),
    DeleteView(String),
    SetDarkMode(bool),
    /// Squeeze long empty periods of the timeline (or stop).
    SetCollapseGaps(bool),
    /// Replace the preferences (from storage at start-up).
    LoadPrefs(Prefs),
    /// Remember opened paths in the recent list.
    RememberRecent(Vec<String>),
    /// The workspace has been saved.
    MarkSaved,
    /// The corrections are not saved anywhere the user chose (a restored
    /// recovery file).
    MarkUnsaved,
    /// Select an event by key (also finds rejected events).
    SelectKey(EventKey),
    /// Correct the selected event (`old` values are filled in here).
    Correct(Change),
    /// Add an event the extractor missed, from text selected in an article.
    AddEvent {
        article: usize,
        span: std::ops::Range<usize>,
        date: String,
        label: String,
    },
    /// Undo the latest correction.
    Undo,
    /// Redo the latest undone correction.
    Redo,
}

impl AppState {
    /// A state holding `articles` with their extracted events.
    pub fn with_articles(loaded: Vec<LoadedArticle>) -> Self {
        let mut state = Self::default();
        state.add_articles(loaded);
        state.apply(Command::Fit);
        state
    }

    /// The bundled sample, parsed and extracted, with its saved views.
    pub fn sample() -> Self {
        let (loaded, problems) = crate::sample::loaded();
        let mut state = Self::with_articles(loaded);
        state.problems = problems;
        state.builtin_views = crate::sample::saved_views();
        state
    }

    pub fn selected_index(&self) -> Option<usize> {
        self.selected_index
    }

    /// The selected event: shown in the timeline, or rejected.
    pub fn selected_event(&self) -> Option<&Event> {
        match self.selected_index {
            Some(i) => self.timeline.get(i),
            None => self
                .selected
                .and_then(|key| self.rejected.iter().find(|e| EventKey::of(e) == key)),
        }
    }

    /// The events as the extractor found them (no corrections applied, no
    /// added events): what a workspace saves next to its corrections.
    pub fn extracted_events(&self) -> &[Event] {
        if self.has_base {
            &self.base
        } else {
            self.timeline.events()
        }
    }

    /// Rejected events (hidden from the timeline).
    pub fn rejected_events(&self) -> &[Event] {
        &self.rejected
    }

    pub fn is_rejected(&self, event: &Event) -> bool {
        let key = EventKey::of(event);
        self.rejected.iter().any(|e| EventKey::of(e) == key)
    }

    /// The extractor's version of `event` (`None` for added events).
    pub fn original_of(&self, event: &Event) -> Option<&Event> {
        let key = EventKey::of(event);
        self.extracted_events()
            .iter()
            .find(|e| EventKey::of(e) == key)
    }

    /// Content hash of article `index`'s text.
    pub fn article_hash(&self, index: usize) -> Option<&str> {
        self.article_hashes.get(index).map(String::as_str)
    }

    /// Corrections made to `event`, with why each was not applied (if so).
    pub fn corrections_for(&self, event: &Event) -> Vec<(&Correction, Option<&str>)> {
        let Some(hash) = self.article_hash(event.article) else {
            return Vec::new();
        };
        self.corrections
            .iter()
            .enumerate()
            .filter(|(_, c)| c.article_hash == hash && c.span == event.expr_span)
            .map(|(i, c)| {
                let status = self.correction_status.get(i).and_then(Option::as_deref);
                (c, status)
            })
            .collect()
    }

    /// Corrections that could not be applied, with the reason.
    pub fn unapplied_corrections(&self) -> Vec<(&Correction, &str)> {
        self.corrections
            .iter()
            .zip(&self.correction_status)
            .filter_map(|(c, s)| s.as_deref().map(|s| (c, s)))
            .collect()
    }

    pub fn can_undo(&self) -> bool {
        !self.corrections.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// All views: built-in first, then the user's.
    pub fn views(&self) -> impl Iterator<Item = &SavedView> {
        self.builtin_views.iter().chain(&self.prefs.saved_views)
    }

    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Select(index) => {
                self.selected_index = index.filter(|&i| i < self.timeline.len());
                self.selected = self
                    .selected_index
                    .and_then(|i| self.timeline.get(i))
                    .map(EventKey::of);
                self.correction_error = None;
            }
            Command::SelectKey(_)
            | Command::Correct(_)
            | Command::AddEvent { .. }
            | Command::Undo
            | Command::Redo => self.apply_edit(command),
            Command::Step { forward } => self.step(forward),
            Command::NextLane { forward } => self.next_lane(forward),
            Command::LoadStarted { total } => {
                self.loading = Some(LoadProgress {
                    done: 0,
                    total,
                    events: 0,
                });
            }
            Command::Load(messages) => self.apply_load(messages),
            Command::Error(message) => {
                self.problems.push(message.clone());
                self.last_error = Some(message);
            }
            Command::SetWindow(window) => {
                self.window = Some(self.gap_axis.constrain_window(
                    window,
                    self.shown_extent(),
                    false,
                ));
            }
            Command::Fit => {
                let current = self.window.unwrap_or(TimeWindow {
                    min_day: 0.0,
                    max_day: 365.0,
                });
                self.window = Some(self.gap_axis.constrain_window(
                    current,
                    self.shown_extent(),
                    true,
                ));
            }
            Command::Reset => {
                let current = self.window.unwrap_or(TimeWindow {
                    min_day: 0.0,
                    max_day: 365.0,
                });
                self.window = Some(self.gap_axis.constrain_window(
                    current,
                    self.timeline.extent_days(),
                    true,
                ));
            }
            Command::SetLaneMode(mode) => {
                self.prefs.lanes.mode = mode;
                self.relayout();
            }
            Command::SetFilter(filter) => {
                self.filter = filter;
                self.relayout();
            }
            Command::HideLane(key) => {
                self.prefs.lanes.hidden.insert(key);
                self.relayout();
            }
            Command::ShowLane(key) => {
                self.prefs.lanes.hidden.remove(&key);
                self.relayout();
            }
            Command::ToggleCollapsed(key) => {
                if !self.prefs.lanes.collapsed.remove(&key) {
                    self.prefs.lanes.collapsed.insert(key);
                }
                self.relayout();
            }
            Command::MoveLane { key, up } => self.move_lane(&key, up),
            Command::ApplyView(name) => self.apply_view(&name),
            Command::SaveView(name) => self.save_view(&name),
            Command::DeleteView(name) => self.prefs.saved_views.retain(|v| v.name != name),
            Command::SetDarkMode(dark) => self.prefs.dark_mode = dark,
            Command::SetCollapseGaps(on) => self.set_collapse_gaps(on),
            Command::RememberRecent(paths) => {
                for path in paths.into_iter().rev() {
                    self.prefs.recent.retain(|p| *p != path);
                    self.prefs.recent.insert(0, path);
                }
                self.prefs.recent.truncate(MAX_RECENT);
            }
            Command::MarkSaved => self.dirty = false,
            Command::MarkUnsaved => self.touch(),
            Command::LoadPrefs(prefs) => {
                self.prefs = prefs;
                self.relayout();
            }
        }
    }

    /// Applies a selection-by-key, correction, undo or redo command.
    fn apply_edit(&mut self, command: Command) {
        match command {
            Command::SelectKey(key) => {
                self.selected = Some(key);
                self.selected_index = self
                    .timeline
                    .events()
                    .iter()
                    .position(|e| EventKey::of(e) == key);
                self.correction_error = None;
                self.keep_selection_in_window();
            }
            Command::Correct(change) => self.correct(change),
            Command::AddEvent {
                article,
                span,
                date,
                label,
            } => self.add_event(article, &span, &date, &label),
            Command::Undo => {
                if let Some(c) = self.corrections.pop() {
                    self.redo.push(c);
                    self.touch();
                    self.correction_error = None;
                    self.rebuild();
                }
            }
            Command::Redo => {
                if let Some(c) = self.redo.pop() {
                    self.corrections.push(c);
                    self.touch();
                    self.correction_error = None;
                    self.rebuild();
                }
            }
            _ => {}
        }
    }

    /// First and last day of the shown events.
    fn shown_extent(&self) -> Option<(i64, i64)> {
        let mut extent: Option<(i64, i64)> = None;
        for (i, e) in self.timeline.events().iter().enumerate() {
            if self.layout.is_shown(i) {
                let (a, b) = (day_number(e.date.earliest), day_number(e.date.latest));
                extent = Some(extent.map_or((a, b), |(lo, hi)| (lo.min(a), hi.max(b))));
            }
        }
        extent.or_else(|| self.timeline.extent_days())
    }

    fn step(&mut self, forward: bool) {
        let mut next = self.timeline.step(self.selected_index, forward);
        // Skip events that are filtered out or in hidden lanes.
        while let Some(i) = next {
            if self.layout.is_shown(i) {
                break;
            }
            let further = self.timeline.step(Some(i), forward);
            next = if further == Some(i) { None } else { further };
        }
        if next.is_some() {
            self.apply(Command::Select(next));
            self.keep_selection_in_window();
        }
    }

    fn next_lane(&mut self, forward: bool) {
        let lanes = self.layout.lanes.len();
        if lanes == 0 {
            return;
        }
        let current = self.selected_index.and_then(|i| self.layout.lane_of(i));
        let target = match (current, forward) {
            (None, _) => 0,
            (Some(l), true) => (l + 1) % lanes,
            (Some(l), false) => (l + lanes - 1) % lanes,
        };
        let anchor_day = self.selected_event().map_or_else(
            || {
                self.window
                    .map_or(0.0, |w| f64::midpoint(w.min_day, w.max_day))
            },
            |e| day_number(e.date.earliest) as f64,
        );
        let Some(lane) = self.layout.lanes.get(target) else {
            return;
        };
        let nearest = lane.events.iter().copied().min_by(|&a, &b| {
            let d = |i: u32| {
                self.timeline.get(i as usize).map_or(f64::INFINITY, |e| {
                    (day_number(e.date.earliest) as f64 - anchor_day).abs()
                })
            };
            d(a).total_cmp(&d(b))
        });
        if let Some(i) = nearest {
            self.apply(Command::Select(Some(i as usize)));
            self.keep_selection_in_window();
        }
    }

    /// Pans (never zooms) so the selected event is inside the window.
    fn keep_selection_in_window(&mut self) {
        let (Some(window), Some(event)) = (self.window, self.selected_event()) else {
            return;
        };
        let day = day_number(event.date.earliest) as f64;
        if day < window.min_day || day > window.max_day {
            // Centred on the axis, so the zoom stays the same with gaps.
            let axis = &self.gap_axis;
            let span = axis.window_to_x(window);
            let half = (span.max_day - span.min_day) / 2.0;
            let x = axis.x_from_day(day);
            self.window = Some(axis.window_from_x(TimeWindow {
                min_day: x - half,
                max_day: x + half,
            }));
        }
    }

    fn move_lane(&mut self, key: &str, up: bool) {
        let mut order: Vec<String> = self.layout.lanes.iter().map(|l| l.key.clone()).collect();
        if let Some(i) = order.iter().position(|k| k == key) {
            let j = if up {
                i.checked_sub(1)
            } else {
                Some(i + 1).filter(|&j| j < order.len())
            };
            if let Some(j) = j {
                order.swap(i, j);
            }
        }
        self.prefs.lanes.order = order;
        self.relayout();
    }

    fn apply_view(&mut self, name: &str) {
        let Some(view) = self.views().find(|v| v.name == name).cloned() else {
            self.apply(Command::Error(format!("no saved view named {name:?}")));
            return;
        };
        let range = EventDate::parse_edtf(&view.from)
            .and_then(|from| EventDate::parse_edtf(&view.to).map(|to| (from, to)));
        match range {
            Ok((from, to)) => {
                self.prefs.lanes.mode = view.lane_mode;
                self.filter = view.filter;
                self.relayout();
                self.apply(Command::SetWindow(TimeWindow {
                    min_day: day_number(from.earliest) as f64,
                    max_day: day_number(to.latest) as f64 + 1.0,
                }));
            }
            Err(e) => self.apply(Command::Error(format!("view {name:?}: {e}"))),
        }
    }

    fn save_view(&mut self, name: &str) {
        let name = name.trim().to_owned();
        let Some(window) = self.window else { return };
        if name.is_empty() {
            return;
        }
        let iso = |day: f64| {
            date_from_day_number(day.round() as i64)
                .map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string())
        };
        let view = SavedView {
            name: name.clone(),
            from: iso(window.min_day),
            to: iso(window.max_day),
            lane_mode: self.prefs.lanes.mode,
            filter: self.filter.clone(),
        };
        self.prefs.saved_views.retain(|v| v.name != name);
        self.prefs.saved_views.push(view);
    }

    fn apply_load(&mut self, messages: Vec<LoadMessage>) {
        let mut batch = Vec::new();
        let mut finished = false;
        for message in messages {
            match message {
                LoadMessage::Loaded(loaded) => {
                    if let Some(p) = &mut self.loading {
                        // A workspace sends one message per article; the
                        // file is done with its last part.
                        if loaded.part + 1 >= loaded.parts {
                            p.done += 1;
                        }
                        p.events += loaded.events.len();
                    }
                    batch.push(*loaded);
                }
                LoadMessage::Failed(message) => {
                    if let Some(p) = &mut self.loading {
                        p.done += 1;
                    }
                    self.apply(Command::Error(message));
                }
                LoadMessage::Finished => finished = true,
            }
        }
        if !batch.is_empty() {
            self.add_articles(batch);
            if self.window.is_none() {
                self.apply(Command::Fit);
            }
        }
        if finished {
            self.loading = None;
            self.apply(Command::Fit);
        }
    }

    /// Adds articles and their events, re-sorting the timeline and keeping
    /// the selection on the same event.
    pub fn add_articles(&mut self, loaded: Vec<LoadedArticle>) {
        // The first article's events become the batch's vector (a single
        // large file is not copied); the others are appended to it.
        let mut events: Vec<Event> = Vec::new();
        // Articles opened again: replaced in place when their text changed
        // (their corrections stay, re-applied by content hash and span, or
        // flagged when the text no longer matches), left alone otherwise.
        let mut replaced: Vec<usize> = Vec::new();
        for item in loaded {
            let hash = crate::io::content_hash(&item.article.text);
            let country = crate::extract::places::primary_country(item.article.body_text());
            let existing = self
                .articles
                .iter()
                .position(|a| a.path == item.article.path);
            let index = match existing {
                Some(i) if self.article_hashes.get(i) == Some(&hash) => continue,
                Some(i) => {
                    replaced.push(i);
                    i
                }
                None => self.articles.len(),
            };
            self.problems.extend(item.warnings);
            self.corrections.extend(item.corrections);
            self.builtin_views.extend(item.views);
            let mut item_events = item.events;
            for e in &mut item_events {
                e.article = index;
            }
            if events.is_empty() {
                events = item_events;
            } else {
                events.append(&mut item_events);
            }
            if let (Some(article), Some(slot_hash), Some(slot_country)) = (
                self.articles.get_mut(index),
                self.article_hashes.get_mut(index),
                self.article_countries.get_mut(index),
            ) {
                *article = item.article;
                *slot_hash = hash;
                *slot_country = country;
            } else {
                self.articles.push(item.article);
                self.article_hashes.push(hash);
                self.article_countries.push(country);
            }
        }
        if !replaced.is_empty() {
            let keep = |e: &Event| !replaced.contains(&e.article);
            if self.has_base {
                self.base.retain(keep);
            } else {
                let kept: Vec<Event> = std::mem::take(&mut self.timeline)
                    .into_events()
                    .into_iter()
                    .filter(keep)
                    .collect();
                self.timeline = Timeline::new(kept);
            }
        }
        if self.corrections.is_empty() && !self.has_base {
            // Nothing to apply: merge the new events in.
            self.timeline = std::mem::take(&mut self.timeline).merge(events);
            self.reselect();
            self.relayout();
        } else {
            self.ensure_base();
            self.base.extend(events);
            self.rebuild();
        }
    }

    /// Keeps the extractor's events apart from the timeline, from the
    /// first correction on (before that they are the same events).
    fn ensure_base(&mut self) {
        if !self.has_base {
            self.base = self.timeline.events().to_vec();
            self.has_base = true;
        }
    }

    /// Recomputes the shown and rejected events from the extractor's
    /// events and the corrections, keeping the selection on the same event.
    fn rebuild(&mut self) {
        self.ensure_base();
        let applied = corrections::apply_corrections(
            &self.base,
            &self.articles,
            &self.article_hashes,
            &self.corrections,
        );
        self.timeline = Timeline::new(applied.shown);
        self.rejected = applied.rejected;
        self.correction_status = applied.status;
        self.reselect();
        self.relayout();
    }

    fn reselect(&mut self) {
        self.selected_index = self.selected.and_then(|key| {
            self.timeline
                .events()
                .iter()
                .position(|e| EventKey::of(e) == key)
        });
    }

    fn refuse(&mut self, message: String) {
        self.correction_error = Some(message);
    }

    /// Marks the corrections as changed and unsaved.
    fn touch(&mut self) {
        self.dirty = true;
        self.edits = self.edits.wrapping_add(1);
    }

    fn record(&mut self, correction: Correction) {
        self.corrections.push(correction);
        self.redo.clear();
        self.touch();
        self.correction_error = None;
        self.rebuild();
        self.keep_selection_in_window();
    }

    /// Records a correction of the selected event, filling in old values.
    fn correct(&mut self, change: Change) {
        let Some(event) = self.selected_event().cloned() else {
            self.refuse("select an event to correct first".to_owned());
            return;
        };
        let Some(hash) = self.article_hash(event.article).map(str::to_owned) else {
            self.refuse("the event's article is not loaded".to_owned());
            return;
        };
        let rejected = self.is_rejected(&event);
        let change = match change {
            Change::Date { new, .. } => {
                let new = new.trim().to_owned();
                match EventDate::parse_edtf(&new) {
                    Err(e) => {
                        self.refuse(format!("“{new}” is not a valid EDTF date: {e}"));
                        return;
                    }
                    Ok(date) if date.value == event.date.value => return,
                    Ok(date) => Change::Date {
                        old: event.date.value.to_string(),
                        new: date.value.to_string(),
                    },
                }
            }
            Change::Label { new, .. } => {
                let new = new.trim().to_owned();
                if new.is_empty() {
                    self.refuse("a label cannot be empty".to_owned());
                    return;
                }
                if *new == *event.label {
                    return;
                }
                Change::Label {
                    old: event.label.to_string(),
                    new,
                }
            }
            Change::Lane { new, .. } => {
                let new = new.trim().to_owned();
                if new.is_empty() {
                    self.refuse("a lane name cannot be empty".to_owned());
                    return;
                }
                if event.group.as_deref() == Some(new.as_str()) {
                    return;
                }
                Change::Lane {
                    old: event.group.as_deref().map(str::to_owned),
                    new,
                }
            }
            Change::Reject if rejected => return,
            Change::Restore if !rejected => return,
            Change::Reject => Change::Reject,
            Change::Restore => Change::Restore,
            Change::Add { .. } => {
                self.refuse("use “Add event from selection” in the article view".to_owned());
                return;
            }
        };
        self.record(Correction {
            article_hash: hash,
            span: event.expr_span.clone(),
            change,
            at: corrections::now_rfc3339(),
        });
    }

    fn add_event(
        &mut self,
        article: usize,
        span: &std::ops::Range<usize>,
        date: &str,
        label: &str,
    ) {
        let (Some(a), Some(hash)) = (self.articles.get(article), self.article_hash(article)) else {
            self.refuse("no such article".to_owned());
            return;
        };
        let hash = hash.to_owned();
        let event = match corrections::added_event(article, a, span, date, label) {
            Ok(e) => e,
            Err(e) => {
                self.refuse(e);
                return;
            }
        };
        let key = EventKey::of(&event);
        if self
            .timeline
            .events()
            .iter()
            .chain(&self.rejected)
            .any(|e| EventKey::of(e) == key)
        {
            self.refuse("an event already exists for exactly this text".to_owned());
            return;
        }
        self.selected = Some(key);
        self.record(Correction {
            article_hash: hash,
            span: span.clone(),
            change: Change::Add {
                date: event.date.value.to_string(),
                label: event.label.into_string(),
            },
            at: corrections::now_rfc3339(),
        });
    }

    fn relayout(&mut self) {
        self.layout = Layout::build(
            &self.timeline,
            &self.articles,
            &self.article_countries,
            &self.prefs.lanes,
            &self.filter,
        );
        self.refresh_gaps();
    }

    fn set_collapse_gaps(&mut self, on: bool) {
        self.prefs.collapse_gaps = on;
        self.refresh_gaps();
    }

    /// Finds the long empty periods among the shown events (when gap
    /// collapsing is on). O(n), only when the shown events change.
    fn refresh_gaps(&mut self) {
        self.gap_axis = if self.prefs.collapse_gaps {
            GapAxis::from_intervals(
                self.layout
                    .shown_events
                    .iter()
                    .filter_map(|&i| self.timeline.days(i as usize)),
            )
        } else {
            GapAxis::default()
        };
    }

    /// The day ↔ axis mapping the timeline is drawn with.
    pub fn gap_axis(&self) -> &GapAxis {
        &self.gap_axis
    }

    /// The article an event came from.
    pub fn article_of(&self, event: &Event) -> Option<&Article> {
        self.articles.get(event.article)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::parse_article;

    fn loaded(path: &str, text: &str) -> LoadedArticle {
        LoadedArticle::from_article(parse_article(path, text.to_owned()).unwrap(), vec![])
    }

    #[test]
    fn selection_survives_adding_articles() {
        let mut state = AppState::with_articles(vec![loaded(
            "a.txt",
            "date 2023-07-27 A - P\nA\nIt began on Wednesday. It ended in 2024.\n",
        )]);
        assert_eq!(state.timeline.len(), 2);
        state.apply(Command::Select(Some(1)));
        let key = EventKey::of(state.selected_event().unwrap());
        state.add_articles(vec![loaded(
            "b.txt",
            "date 1960-08-04 B - P\nB\nIndependence came yesterday.\n",
        )]);
        assert_eq!(state.timeline.len(), 3);
        assert_eq!(state.selected_index(), Some(2));
        assert_eq!(EventKey::of(state.selected_event().unwrap()), key);
        assert_eq!(state.selected_event().unwrap().article, 0);
        assert_eq!(state.timeline.events()[0].article, 1);
    }

    #[test]
    fn step_and_clear() {
        let mut state = AppState::sample();
        assert!(state.timeline.len() > 20, "sample has events");
        state.apply(Command::Step { forward: true });
        assert_eq!(state.selected_index(), Some(0));
        state.apply(Command::Step { forward: true });
        assert_eq!(state.selected_index(), Some(1));
        state.apply(Command::Step { forward: false });
        assert_eq!(state.selected_index(), Some(0));
        state.apply(Command::Select(None));
        assert!(state.selected_event().is_none());
        state.apply(Command::Select(Some(usize::MAX)));
        assert!(state.selected_event().is_none());
    }

    #[test]
    fn load_messages_update_progress_and_problems() {
        let mut state = AppState::default();
        state.apply(Command::LoadStarted { total: 2 });
        state.apply(Command::Load(vec![LoadMessage::Loaded(Box::new(loaded(
            "a.txt",
            "date 2023-07-27 A - P\nA\nIn 1960 it began.\n",
        )))]));
        state.apply(Command::Load(vec![LoadMessage::Failed(
            "cannot read x: gone".into(),
        )]));
        let progress = state.loading.clone().unwrap();
        assert_eq!((progress.done, progress.total, progress.events), (2, 2, 1));
        assert_eq!(state.last_error.as_deref(), Some("cannot read x: gone"));
        state.apply(Command::Load(vec![LoadMessage::Finished]));
        assert!(state.loading.is_none());
        assert_eq!(state.articles.len(), 1);
    }

    #[test]
    fn filters_lanes_and_stepping_skip_hidden_events() {
        let mut state = AppState::sample();
        let all = state.layout.shown;
        assert_eq!(all, state.timeline.len());
        state.apply(Command::SetFilter(Filter {
            countries: vec!["Gabon".into()],
            ..Filter::default()
        }));
        let gabon = state.layout.shown;
        assert!(gabon > 0 && gabon < all);
        state.apply(Command::Step { forward: true });
        let first = state.selected_event().unwrap();
        assert!(first.places.iter().any(|p| p == "Gabon"));
        state.apply(Command::SetFilter(Filter::default()));
        state.apply(Command::SetLaneMode(LaneMode::Article));
        assert_eq!(state.layout.lanes.len(), state.articles.len());
        let key = state.layout.lanes[0].key.clone();
        state.apply(Command::HideLane(key.clone()));
        assert_eq!(state.layout.lanes.len(), state.articles.len() - 1);
        assert_eq!(state.layout.hidden_lanes, vec![key.clone()]);
        state.apply(Command::ShowLane(key));
        let second = state.layout.lanes[1].key.clone();
        state.apply(Command::MoveLane {
            key: second.clone(),
            up: true,
        });
        assert_eq!(state.layout.lanes[0].key, second);
    }

    #[test]
    fn tab_moves_to_the_nearest_event_in_the_next_lane() {
        let mut state = AppState::sample();
        state.apply(Command::Step { forward: true });
        let lane = state
            .layout
            .lane_of(state.selected_index().unwrap())
            .unwrap();
        state.apply(Command::NextLane { forward: true });
        let next = state
            .layout
            .lane_of(state.selected_index().unwrap())
            .unwrap();
        assert_eq!(next, (lane + 1) % state.layout.lanes.len());
        state.apply(Command::NextLane { forward: false });
        assert_eq!(
            state.layout.lane_of(state.selected_index().unwrap()),
            Some(lane)
        );
    }

    #[test]
    fn saved_views_apply_save_and_delete() {
        let mut state = AppState::sample();
        assert_eq!(state.views().count(), 2);
        state.apply(Command::ApplyView("Coup belt since 2020".into()));
        let w = state.window.unwrap();
        let from = day_number(chrono::NaiveDate::from_ymd_opt(2020, 6, 1).unwrap()) as f64;
        assert!((w.min_day - from).abs() < 1e-9);
        assert!(
            state
                .layout
                .lanes
                .iter()
                .all(|l| crate::sample::COUP_BELT.contains(&l.key.as_str()))
        );
        state.apply(Command::SetWindow(TimeWindow {
            min_day: from,
            max_day: from + 100.0,
        }));
        state.apply(Command::SaveView("  my view ".into()));
        assert_eq!(state.prefs.saved_views.len(), 1);
        assert_eq!(state.prefs.saved_views[0].name, "my view");
        assert_eq!(state.prefs.saved_views[0].from, "2020-06-01");
        state.apply(Command::Reset);
        state.apply(Command::SetFilter(Filter::default()));
        state.apply(Command::ApplyView("my view".into()));
        assert!((state.window.unwrap().min_day - from).abs() < 1.0);
        assert_eq!(state.layout.lanes.len(), 7.min(state.layout.lanes.len()));
        state.apply(Command::DeleteView("my view".into()));
        assert!(state.prefs.saved_views.is_empty());
        state.apply(Command::ApplyView("nope".into()));
        assert!(state.last_error.as_deref().unwrap().contains("nope"));
    }

    #[test]
    fn reopening_a_changed_file_replaces_it_and_keeps_corrections() {
        let mut state = AppState::with_articles(vec![loaded(
            "a.txt",
            "date 2023-07-27 A - P\nA\nSoldiers in Niger acted on Wednesday. Talks began in March.\n",
        )]);
        assert_eq!(state.timeline.len(), 2);
        // Opening the same unchanged file again changes nothing.
        state.add_articles(vec![loaded(
            "a.txt",
            "date 2023-07-27 A - P\nA\nSoldiers in Niger acted on Wednesday. Talks began in March.\n",
        )]);
        assert_eq!((state.articles.len(), state.timeline.len()), (1, 2));
        // A correction, then the file changes on disk and is opened again.
        state.apply(Command::Select(Some(1)));
        state.apply(Command::Correct(crate::model::Change::Label {
            old: String::new(),
            new: "Soldiers act".into(),
        }));
        assert_eq!(state.corrections.len(), 1);
        state.add_articles(vec![loaded(
            "a.txt",
            "date 2023-07-27 A - P\nA\nSoldiers in Niger acted on Tuesday. Talks began in March. More in 2024.\n",
        )]);
        assert_eq!(state.articles.len(), 1);
        let values: Vec<&str> = state
            .timeline
            .events()
            .iter()
            .map(|e| e.date.value.as_str())
            .collect();
        assert_eq!(values, vec!["2023-03", "2023-07-25", "2024"]);
        assert_eq!(state.corrections.len(), 1, "the correction is kept");
    }

    #[test]
    fn recent_paths_are_unique_newest_first_and_bounded() {
        let mut state = AppState::default();
        state.apply(Command::RememberRecent(vec!["a".into(), "b".into()]));
        state.apply(Command::RememberRecent(vec!["c".into(), "a".into()]));
        assert_eq!(state.prefs.recent, vec!["c", "a", "b"]);
        state.apply(Command::RememberRecent(
            (0..20).map(|i| i.to_string()).collect(),
        ));
        assert_eq!(state.prefs.recent.len(), MAX_RECENT);
        assert_eq!(state.prefs.recent[0], "0");
    }

    #[test]
    fn fit_and_reset_cover_the_events() {
        let mut state = AppState::sample();
        let (first, last) = state.timeline.extent_days().unwrap();
        state.apply(Command::SetWindow(TimeWindow {
            min_day: 0.0,
            max_day: 10.0,
        }));
        state.apply(Command::Reset);
        let w = state.window.unwrap();
        assert!(w.min_day < first as f64 && w.max_day > last as f64);
        state.apply(Command::SetFilter(Filter {
            countries: vec!["Gabon".into()],
            ..Filter::default()
        }));
        state.apply(Command::Fit);
        let fitted = state.window.unwrap();
        assert!(fitted.max_day - fitted.min_day < w.max_day - w.min_day);
    }
}
