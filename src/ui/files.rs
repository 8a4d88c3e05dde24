//! Getting files in and out from the window: native dialogs on a worker
//! thread, a typed-path fallback when no dialog is available, and saving
//! (workspace, exports) written atomically off the UI thread.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use egui::{Key, RichText};

use crate::io::save::save_atomic;
use crate::io::workspace::Workspace;
use crate::io::{ARTICLE_EXTENSIONS, complete_path, events_csv, timelinejs};
use crate::model::Event;
use crate::state::AppState;

use super::theme;

/// How many path completions are offered.
const MAX_SUGGESTIONS: usize = 12;

/// A dialog that returned nothing faster than this was not shown at all.
const DIALOG_UNAVAILABLE_BELOW: Duration = Duration::from_millis(250);

/// What a chosen path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Open,
    OpenFolder,
    SaveWorkspace,
    ExportCsv,
    ExportTimelineJs,
}

impl Purpose {
    fn verb(self) -> &'static str {
        match self {
            Self::Open | Self::OpenFolder => "Open",
            Self::SaveWorkspace => "Save workspace",
            Self::ExportCsv => "Export CSV",
            Self::ExportTimelineJs => "Export TimelineJS",
        }
    }

    fn hint(self) -> &'static str {
        match self {
            Self::Open | Self::OpenFolder => "/path/to/article.txt or a folder",
            Self::SaveWorkspace => "/path/to/workspace.dateline.json",
            Self::ExportCsv => "/path/to/events.csv",
            Self::ExportTimelineJs => "/path/to/timeline.json",
        }
    }
}

#[derive(Debug)]
enum DialogOutcome {
    Picked(Vec<PathBuf>),
    Cancelled,
    Unavailable,
}

/// What the window should do after a file action.
#[derive(Debug)]
pub enum FileAction {
    /// Load these paths in the background.
    Open(Vec<PathBuf>),
    /// Tell the user something (saved, exported).
    Info(String),
    Error(String),
    /// The workspace was saved to this path.
    SavedWorkspace(PathBuf),
}

/// Dialogs, the typed-path prompt and background saves.
#[derive(Debug, Default)]
pub struct Files {
    dialog: Option<(Purpose, Receiver<DialogOutcome>)>,
    prompt: Option<(Purpose, String)>,
    notice: Option<String>,
    saving: Vec<Receiver<FileAction>>,
    /// Where the workspace was last saved or opened from.
    pub workspace_path: Option<PathBuf>,
    /// When set, paths are always typed (no native dialog): for machines
    /// without a desktop portal, and for tests.
    pub typed_paths_only: bool,
    /// Completions for the typed path, refreshed when the text changes.
    suggestions: Vec<String>,
}

impl Files {
    /// Asks for a path: the native dialog on a worker thread.
    pub fn choose(&mut self, ctx: &egui::Context, purpose: Purpose) {
        if self.typed_paths_only {
            self.ask_path(purpose);
            return;
        }
        if self.dialog.is_some() {
            return;
        }
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let started = Instant::now();
            let dialog = rfd::FileDialog::new();
            let picked = match purpose {
                Purpose::Open => dialog
                    .set_title("Open articles")
                    .add_filter("Articles and timelines", ARTICLE_EXTENSIONS)
                    .add_filter("All files", &["*"])
                    .pick_files(),
                Purpose::OpenFolder => dialog
                    .set_title("Open a folder of articles")
                    .pick_folder()
                    .map(|p| vec![p]),
                Purpose::SaveWorkspace => dialog
                    .set_title("Save workspace")
                    .add_filter("Dateline workspace", &["json"])
                    .set_file_name("workspace.dateline.json")
                    .save_file()
                    .map(|p| vec![p]),
                Purpose::ExportCsv => dialog
                    .set_title("Export events as CSV")
                    .add_filter("CSV", &["csv"])
                    .set_file_name("events.csv")
                    .save_file()
                    .map(|p| vec![p]),
                Purpose::ExportTimelineJs => dialog
                    .set_title("Export TimelineJS JSON")
                    .add_filter("JSON", &["json"])
                    .set_file_name("timeline.json")
                    .save_file()
                    .map(|p| vec![p]),
            };
            let outcome = match picked {
                Some(paths) => DialogOutcome::Picked(paths),
                None if started.elapsed() < DIALOG_UNAVAILABLE_BELOW => DialogOutcome::Unavailable,
                None => DialogOutcome::Cancelled,
            };
            // A closed channel means the window is gone; nothing to do.
            let _ = tx.send(outcome);
            ctx.request_repaint();
        });
        self.dialog = Some((purpose, rx));
    }

    /// Shows the typed-path prompt for `purpose`.
    pub fn ask_path(&mut self, purpose: Purpose) {
        let text = match purpose {
            Purpose::SaveWorkspace => self
                .workspace_path
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            _ => String::new(),
        };
        self.prompt = Some((purpose, text));
    }

    /// Dialog results and finished saves since the last frame.
    pub fn poll(&mut self, ctx: &egui::Context, state: &AppState) -> Vec<FileAction> {
        let mut actions = Vec::new();
        if let Some((purpose, rx)) = &self.dialog
            && let Ok(outcome) = rx.try_recv()
        {
            let purpose = *purpose;
            self.dialog = None;
            match outcome {
                DialogOutcome::Picked(paths) => {
                    actions.extend(self.run(ctx, purpose, paths, state));
                }
                DialogOutcome::Cancelled => {}
                DialogOutcome::Unavailable => {
                    self.notice = Some(
                        "The system file dialog is not available here (no desktop portal). \
                         Type a path below instead; you can also drop files onto the window \
                         or pass paths on the command line."
                            .to_owned(),
                    );
                    self.ask_path(purpose);
                }
            }
        }
        self.saving.retain(|rx| match rx.try_recv() {
            Ok(action) => {
                actions.push(action);
                false
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => true,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => false,
        });
        actions
    }

    /// Saves the workspace to its known path, or asks where.
    pub fn save_workspace(&mut self, ctx: &egui::Context, state: &AppState) -> Vec<FileAction> {
        if let Some(path) = self.workspace_path.clone() {
            self.run(ctx, Purpose::SaveWorkspace, vec![path], state)
        } else {
            self.choose(ctx, Purpose::SaveWorkspace);
            Vec::new()
        }
    }

    /// Carries out `purpose` on the chosen paths.
    fn run(
        &mut self,
        ctx: &egui::Context,
        purpose: Purpose,
        paths: Vec<PathBuf>,
        state: &AppState,
    ) -> Vec<FileAction> {
        if matches!(purpose, Purpose::Open | Purpose::OpenFolder) {
            return vec![FileAction::Open(paths)];
        }
        let Some(path) = paths.into_iter().next() else {
            return Vec::new();
        };
        // Encoding reads the state, so it happens here; writing (with its
        // fsyncs) happens on a worker thread.
        let shown: Vec<Event> = state
            .layout
            .shown_events
            .iter()
            .filter_map(|&i| state.timeline.get(i as usize).cloned())
            .collect();
        let encoded: Result<Vec<u8>, String> = match purpose {
            Purpose::SaveWorkspace => {
                let views: Vec<_> = state.prefs.saved_views.clone();
                Workspace::new(
                    &state.articles,
                    state.extracted_events(),
                    &state.corrections,
                    &views,
                )
                .to_json()
                .map(String::into_bytes)
                .map_err(|e| e.to_string())
            }
            Purpose::ExportCsv => {
                events_csv::write_events_csv(&state.articles, &shown).map_err(|e| e.to_string())
            }
            Purpose::ExportTimelineJs => {
                timelinejs::export_json("Dateline timeline", &state.articles, &shown)
                    .map(String::into_bytes)
                    .map_err(|e| e.to_string())
            }
            Purpose::Open | Purpose::OpenFolder => Ok(Vec::new()),
        };
        let bytes = match encoded {
            Ok(bytes) => bytes,
            Err(e) => {
                return vec![FileAction::Error(format!(
                    "cannot encode the file ({e}): {}",
                    path.display()
                ))];
            }
        };
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let count = shown.len();
        std::thread::spawn(move || {
            let action = match save_atomic(&path, &bytes) {
                Ok(()) if purpose == Purpose::SaveWorkspace => FileAction::SavedWorkspace(path),
                Ok(()) => {
                    FileAction::Info(format!("Exported {count} events to {}", path.display()))
                }
                Err(e) => FileAction::Error(e.to_string()),
            };
            let _ = tx.send(action);
            ctx.request_repaint();
        });
        self.saving.push(rx);
        Vec::new()
    }

    /// Whether the prompt or a notice wants a bar above the timeline.
    pub fn wants_bar(&self) -> bool {
        self.prompt.is_some() || self.notice.is_some()
    }

    /// The typed-path bar; returns the actions of a submitted path.
    pub fn prompt_ui(&mut self, ui: &mut egui::Ui, state: &AppState) -> Vec<FileAction> {
        if let Some(notice) = &self.notice {
            ui.label(RichText::new(notice).color(theme::error_text(ui.visuals().dark_mode)));
        }
        let mut submit = None;
        let mut close = false;
        if let Some((purpose, text)) = &mut self.prompt {
            ui.horizontal(|ui| {
                let label = ui.label(format!("{} path:", purpose.verb()));
                let edit = ui
                    .add(
                        egui::TextEdit::singleline(text)
                            .hint_text(purpose.hint())
                            .desired_width(ui.available_width() - 160.0),
                    )
                    .labelled_by(label.id);
                if edit.changed() {
                    self.suggestions = complete_path(text, MAX_SUGGESTIONS);
                }
                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                if (ui.button(purpose.verb()).clicked() || enter) && !text.trim().is_empty() {
                    submit = Some((*purpose, PathBuf::from(text.trim())));
                }
                if ui.button("Close").clicked() {
                    close = true;
                }
            });
            if !self.suggestions.is_empty() && !text.is_empty() {
                let mut chosen = None;
                ui.horizontal_wrapped(|ui| {
                    ui.weak("Complete:");
                    for suggestion in &self.suggestions {
                        let name = suggestion
                            .rsplit_terminator('/')
                            .next()
                            .unwrap_or(suggestion);
                        if ui.small_button(name).on_hover_text(suggestion).clicked() {
                            chosen = Some(suggestion.clone());
                        }
                    }
                });
                if let Some(path) = chosen {
                    *text = path;
                    self.suggestions = complete_path(text, MAX_SUGGESTIONS);
                }
            }
        } else if ui.button("Dismiss").clicked() {
            close = true;
        }
        let mut actions = Vec::new();
        if let Some((purpose, path)) = submit {
            let ctx = ui.ctx().clone();
            actions = self.run(&ctx, purpose, vec![path], state);
            close = true;
        }
        if close {
            self.prompt = None;
            self.notice = None;
        }
        actions
    }
}
