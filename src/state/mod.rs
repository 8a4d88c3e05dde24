//! Application state, the commands that change it, and the view-model.
//!
//! The UI never mutates [`AppState`] directly: it collects [`Command`]s
//! during a frame and calls [`AppState::apply`] once at the end. Everything
//! here is tested without a window.

pub mod axis;
pub mod loader;
pub mod view;
pub mod views;

use crate::model::{Article, Event, Timeline};

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

/// Everything the app shows.
#[derive(Debug, Default)]
pub struct AppState {
    pub articles: Vec<Article>,
    pub timeline: Timeline,
    selected: Option<EventKey>,
    selected_index: Option<usize>,
    /// Problems met while loading (errors and warnings), newest last.
    pub problems: Vec<String>,
    /// The latest error, shown in the status bar.
    pub last_error: Option<String>,
    pub loading: Option<LoadProgress>,
    /// Set when the view should be fitted to the data on the next frame.
    pub fit_requested: bool,
}

/// A change to the state, emitted by the UI or by background work.
#[derive(Debug, Clone)]
pub enum Command {
    /// Select an event by timeline index (`None` clears the selection).
    Select(Option<usize>),
    /// Move the selection to the next (`true`) or previous event in time.
    Step { forward: bool },
    /// A background load started for this many files.
    LoadStarted { total: usize },
    /// A message from a background load.
    Load(LoadMessage),
    /// Something went wrong; shown in the status bar and problems list.
    Error(String),
    /// Fit the view to all events.
    Fit,
    /// The view has been fitted.
    FitApplied,
}

impl AppState {
    /// A state holding `articles` with their extracted events.
    pub fn with_articles(loaded: Vec<LoadedArticle>) -> Self {
        let mut state = Self::default();
        state.add_articles(loaded);
        state.fit_requested = true;
        state
    }

    /// The bundled sample, parsed and extracted.
    pub fn sample() -> Self {
        let mut loaded = Vec::new();
        let mut problems = Vec::new();
        for result in crate::sample::articles() {
            match result {
                Ok(article) => loaded.push(LoadedArticle::from_article(article, Vec::new())),
                Err(e) => problems.push(e.to_string()),
            }
        }
        let mut state = Self::with_articles(loaded);
        state.problems = problems;
        state
    }

    pub fn selected_index(&self) -> Option<usize> {
        self.selected_index
    }

    pub fn selected_event(&self) -> Option<&Event> {
        self.selected_index.and_then(|i| self.timeline.get(i))
    }

    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Select(index) => {
                self.selected_index = index.filter(|&i| i < self.timeline.len());
                self.selected = self.selected_event().map(EventKey::of);
            }
            Command::Step { forward } => {
                let next = self.timeline.step(self.selected_index, forward);
                self.apply(Command::Select(next));
            }
            Command::LoadStarted { total } => {
                self.loading = Some(LoadProgress {
                    done: 0,
                    total,
                    events: 0,
                });
            }
            Command::Load(message) => self.apply_load(message),
            Command::Error(message) => {
                self.problems.push(message.clone());
                self.last_error = Some(message);
            }
            Command::Fit => self.fit_requested = true,
            Command::FitApplied => self.fit_requested = false,
        }
    }

    fn apply_load(&mut self, message: LoadMessage) {
        match message {
            LoadMessage::Loaded(loaded) => {
                let events = loaded.events.len();
                let first = self.articles.is_empty();
                self.add_articles(vec![*loaded]);
                if let Some(p) = &mut self.loading {
                    p.done += 1;
                    p.events += events;
                }
                if first {
                    self.fit_requested = true;
                }
            }
            LoadMessage::Failed(message) => {
                if let Some(p) = &mut self.loading {
                    p.done += 1;
                }
                self.apply(Command::Error(message));
            }
            LoadMessage::Finished => {
                self.loading = None;
                self.fit_requested = true;
            }
        }
    }

    /// Adds articles and their events, re-sorting the timeline and keeping
    /// the selection on the same event.
    pub fn add_articles(&mut self, loaded: Vec<LoadedArticle>) {
        let mut events: Vec<Event> = self.timeline.events().to_vec();
        for item in loaded {
            let index = self.articles.len();
            self.problems.extend(item.warnings);
            events.extend(item.events.into_iter().map(|mut e| {
                e.article = index;
                e
            }));
            self.articles.push(item.article);
        }
        self.timeline = Timeline::new(events);
        self.selected_index = self.selected.and_then(|key| {
            self.timeline
                .events()
                .iter()
                .position(|e| EventKey::of(e) == key)
        });
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
        state.apply(Command::Load(LoadMessage::Loaded(Box::new(loaded(
            "a.txt",
            "date 2023-07-27 A - P\nA\nIn 1960 it began.\n",
        )))));
        state.apply(Command::Load(LoadMessage::Failed(
            "cannot read x: gone".into(),
        )));
        let progress = state.loading.clone().unwrap();
        assert_eq!((progress.done, progress.total, progress.events), (2, 2, 1));
        assert_eq!(state.last_error.as_deref(), Some("cannot read x: gone"));
        state.apply(Command::Load(LoadMessage::Finished));
        assert!(state.loading.is_none());
        assert_eq!(state.articles.len(), 1);
    }
}
