//! The application shell: menus, panels, keyboard shortcuts, the native
//! file dialog and background loading. State changes go through
//! [`Command`]s applied once per frame.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

use egui::{Key, KeyboardShortcut, Modifiers, RichText};

use crate::model::Precision;
use crate::state::Prefs;
use crate::state::loader::{files_to_load, load_files_cancellable};
use crate::state::views::{Filter, LaneMode};
use crate::state::{AppState, Command};

use super::figure_dialog::FigureDialog;
use super::files::{FileAction, Files, Purpose};
use super::recovery::{RecoveryAction, RecoveryUi};
use super::{article_view, detail, problems, screenshot, theme, timeline};

/// A dialog that returned nothing faster than this was not shown at all.
const OPEN_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
const SAVE_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
const FIGURE_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
const SCREENSHOT_SHORTCUT: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
const QUIT_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);
const UNDO_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
const REDO_SHORTCUT: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);

/// The Dateline window.
#[derive(Debug)]
pub struct DatelineApp {
    state: AppState,
    commands: Vec<Command>,
    background: (Sender<Command>, Receiver<Command>),
    files: Files,
    /// Set to stop the running background load.
    cancel_load: Arc<AtomicBool>,
    /// The latest confirmation (saved, exported), shown in the status bar.
    info: Option<String>,
    /// The selection the event list last scrolled to.
    list_shown_selection: Option<usize>,
    /// Where the selected event's mark was drawn in the last frame.
    selected_mark_pos: Option<egui::Pos2>,
    /// The plot area in the last frame (what a screenshot captures).
    plot_rect: Option<egui::Rect>,
    figure_dialog: FigureDialog,
    fonts_installed: bool,
    /// The search box's text (applied to the filter as it changes).
    search: String,
    /// The name being typed for "Save current view…".
    new_view_name: Option<String>,
    /// The detail panel's edit fields and article window.
    detail: detail::DetailPanel,
    /// Open windows and the quit prompt.
    dialogs: Dialogs,
    /// Autosave of unsaved corrections and the offer to restore them.
    recovery: RecoveryUi,
    /// A restored recovery file is loading: mark its corrections unsaved
    /// once it is in.
    restoring: bool,
}

/// Windows and prompts the app shows over the panels.
#[derive(Debug, Default)]
struct Dialogs {
    /// The "Rejected events" window is open.
    rejected: bool,
    /// The "Problems" window is open.
    problems: bool,
    /// Paths waiting for the user to confirm opening a workspace over
    /// unsaved corrections.
    pending_open: Option<Vec<PathBuf>>,
    quit: QuitState,
}

/// Where a request to close the window stands.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum QuitState {
    #[default]
    Running,
    /// Asking whether to quit with unsaved corrections.
    Confirming,
    /// The user chose to quit without saving.
    Allowed,
}

impl DatelineApp {
    /// An app showing `state`.
    pub fn new(state: AppState) -> Self {
        Self {
            state,
            search: String::new(),
            new_view_name: None,
            commands: Vec::new(),
            background: channel(),
            files: Files::default(),
            cancel_load: Arc::new(AtomicBool::new(false)),
            info: None,
            list_shown_selection: None,
            selected_mark_pos: None,
            plot_rect: None,
            figure_dialog: FigureDialog::default(),
            fonts_installed: false,
            detail: detail::DetailPanel::default(),
            dialogs: Dialogs::default(),
            recovery: RecoveryUi::default(),
            restoring: false,
        }
    }

    /// Autosaves unsaved corrections to a recovery file in `dir` (the
    /// app's data folder) once a minute, and offers back files that
    /// earlier runs left there.
    #[must_use]
    pub fn with_recovery_dir(mut self, dir: &std::path::Path) -> Self {
        self.recovery = RecoveryUi::in_dir(dir);
        self
    }

    /// Paths are typed into a field instead of chosen in the system
    /// dialog (headless machines, tests).
    #[must_use]
    pub fn with_typed_paths(mut self) -> Self {
        self.files.typed_paths_only = true;
        self
    }

    /// The app on the bundled sample.
    pub fn with_sample() -> Self {
        Self::new(AppState::sample())
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Applies a command right away (for scripted use: benchmarks, tests).
    pub fn apply(&mut self, command: Command) {
        self.state.apply(command);
    }

    /// Screen position of the selected event's mark in the last frame.
    pub fn last_mark_position(&self) -> Option<egui::Pos2> {
        self.selected_mark_pos
    }

    /// Starts loading `paths` (files or folders) in the background.
    pub fn open_paths(&mut self, ctx: &egui::Context, paths: Vec<PathBuf>) {
        if paths.is_empty() {
            return;
        }
        // A workspace brings its own corrections: ask before mixing them
        // with unsaved ones.
        let workspace = paths.iter().any(|p| {
            p.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        });
        if workspace && self.state.dirty && self.dialogs.pending_open.is_none() {
            self.dialogs.pending_open = Some(paths);
            return;
        }
        self.state.apply(Command::RememberRecent(
            paths.iter().map(|p| p.display().to_string()).collect(),
        ));
        let sender = self.background.0.clone();
        let ctx = ctx.clone();
        self.cancel_load = Arc::new(AtomicBool::new(false));
        let cancel = Arc::clone(&self.cancel_load);
        self.state.apply(Command::LoadStarted { total: 0 });
        std::thread::spawn(move || {
            let sink = |message| {
                // A closed channel means the window is gone; nothing to do.
                let _ = sender.send(Command::Load(vec![message]));
                ctx.request_repaint();
            };
            let files = files_to_load(&paths, &sink);
            let _ = sender.send(Command::LoadStarted { total: files.len() });
            load_files_cancellable(&files, &cancel, &sink);
        });
    }

    fn file_actions(&mut self, ctx: &egui::Context, actions: Vec<FileAction>) {
        for action in actions {
            match action {
                FileAction::Open(paths) => self.open_paths(ctx, paths),
                FileAction::Info(message) => self.info = Some(message),
                FileAction::Error(message) => self.commands.push(Command::Error(message)),
                FileAction::SavedWorkspace(path) => {
                    self.info = Some(format!("Saved workspace to {}", path.display()));
                    self.files.workspace_path = Some(path);
                    self.commands.push(Command::MarkSaved);
                }
            }
        }
    }

    fn recovery_step(&mut self, ctx: &egui::Context) {
        if self.restoring && self.state.loading.is_none() {
            // The restored workspace is in: its corrections are saved
            // nowhere the user chose.
            self.restoring = false;
            self.commands.push(Command::MarkUnsaved);
            self.info = Some(format!(
                "Restored {} correction(s); they are not saved yet (File ▸ Save workspace as…)",
                self.state.corrections.len()
            ));
        }
        for action in self.recovery.frame(ctx, &self.state) {
            match action {
                RecoveryAction::Restore(path) => {
                    self.info = Some(format!(
                        "Restoring unsaved corrections from {}",
                        path.display()
                    ));
                    self.restoring = true;
                    self.open_paths(ctx, vec![path]);
                }
                RecoveryAction::Info(message) => self.info = Some(message),
                RecoveryAction::Error(message) => self.commands.push(Command::Error(message)),
            }
        }
    }

    fn poll_background(&mut self, ctx: &egui::Context) {
        // Everything that arrived since the last frame, load messages
        // merged into one batch.
        let mut batch = Vec::new();
        while let Ok(command) = self.background.1.try_recv() {
            match command {
                Command::Load(messages) => batch.extend(messages),
                other => self.commands.push(other),
            }
        }
        if !batch.is_empty() {
            self.commands.push(Command::Load(batch));
        }
        let actions = self.files.poll(ctx, &self.state);
        self.file_actions(ctx, actions);
    }

    fn handle_input(&mut self, ctx: &egui::Context) {
        let typing = ctx.text_edit_focused();
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            self.open_paths(ctx, dropped);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&OPEN_SHORTCUT)) {
            self.files.choose(ctx, Purpose::Open);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&FIGURE_SHORTCUT)) {
            self.figure_dialog.open(None);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&SCREENSHOT_SHORTCUT)) {
            self.screenshot(ctx, false);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&SAVE_SHORTCUT)) {
            let actions = self.files.save_workspace(ctx, &self.state);
            self.file_actions(ctx, actions);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&QUIT_SHORTCUT)) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if ctx.input(|i| i.viewport().close_requested())
            && self.state.dirty
            && self.dialogs.quit != QuitState::Allowed
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialogs.quit = QuitState::Confirming;
        }
        if typing {
            return;
        }
        // Checked before undo: Ctrl+Z also matches Ctrl+Shift+Z logically.
        if ctx.input_mut(|i| i.consume_shortcut(&REDO_SHORTCUT)) {
            self.commands.push(Command::Redo);
        } else if ctx.input_mut(|i| i.consume_shortcut(&UNDO_SHORTCUT)) {
            self.commands.push(Command::Undo);
        }
        ctx.input(|i| {
            if i.key_pressed(Key::ArrowRight) {
                self.commands.push(Command::Step { forward: true });
            }
            if i.key_pressed(Key::ArrowLeft) {
                self.commands.push(Command::Step { forward: false });
            }
            if i.key_pressed(Key::Escape) {
                self.commands.push(Command::Select(None));
            }
            if i.key_pressed(Key::F) {
                self.commands.push(Command::Fit);
            }
            if i.key_pressed(Key::Home) {
                self.commands.push(Command::Reset);
            }
            if i.key_pressed(Key::G) && i.modifiers.is_none() {
                let on = self.state.prefs.collapse_gaps;
                self.commands.push(Command::SetCollapseGaps(!on));
            }
        });
        // Tab moves between lanes instead of between widgets.
        let tab = ctx.input_mut(|i| {
            if i.consume_key(Modifiers::SHIFT, Key::Tab) {
                Some(false)
            } else if i.consume_key(Modifiers::NONE, Key::Tab) {
                Some(true)
            } else {
                None
            }
        });
        if let Some(forward) = tab {
            self.commands.push(Command::NextLane { forward });
        }
    }

    /// Draws the whole window into `ui` and applies the frame's commands.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.fonts_installed {
            // Fonts take effect from the next pass; draw nothing until then.
            theme::install_fonts(&ctx);
            self.fonts_installed = true;
            ctx.request_repaint();
            return;
        }
        let theme = if self.state.prefs.dark_mode {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        };
        if ctx.theme() != theme {
            ctx.set_theme(theme);
        }
        self.poll_background(&ctx);
        self.recovery_step(&ctx);
        self.handle_input(&ctx);

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        if self.files.wants_bar() {
            let actions = egui::Panel::top("path_prompt")
                .show(ui, |ui| self.files.prompt_ui(ui, &self.state))
                .inner;
            self.file_actions(&ctx, actions);
        }
        egui::Panel::left("events")
            .resizable(true)
            .default_size(260.0)
            .show(ui, |ui| self.event_list_ui(ui));
        egui::Panel::right("detail")
            .resizable(true)
            .default_size(360.0)
            .show(ui, |ui| {
                detail::detail_ui(ui, &self.state, &mut self.detail, &mut self.commands);
            });
        if let Some(view) = &mut self.detail.article
            && !article_view::article_window(&ctx, &self.state, view, &mut self.commands)
        {
            self.detail.article = None;
        }
        self.rejected_window(&ctx);
        self.figure_dialog.ui(&ctx, &self.state);
        if let Some(result) = screenshot::poll(&ctx) {
            match result {
                Ok(path) => self.info = Some(format!("Saved screenshot to {}", path.display())),
                Err(e) => self.commands.push(Command::Error(e)),
            }
        }
        problems::problems_ui(&ctx, &self.state, &mut self.dialogs.problems);
        self.quit_prompt(&ctx);
        self.open_prompt(&ctx);
        egui::CentralPanel::default().show(ui, |ui| {
            self.toolbar_ui(ui);
            let drawn = timeline::timeline_ui(ui, &self.state, &mut self.commands);
            self.selected_mark_pos = drawn.selected;
            self.plot_rect = drawn.plot;
        });

        let changed = !self.commands.is_empty();
        for command in self.commands.drain(..) {
            self.state.apply(command);
        }
        if changed {
            ctx.request_repaint();
        }
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| self.file_menu_ui(ui));
            ui.menu_button("View", |ui| self.view_menu_ui(ui));
        });
    }

    /// Saves a PNG of the plot area as shown (optionally doubled).
    fn screenshot(&mut self, ctx: &egui::Context, double: bool) {
        match self.plot_rect {
            Some(rect) => {
                // An absolute path, so the status bar says exactly where.
                let name = screenshot::default_path();
                let path =
                    std::env::current_dir().map_or_else(|_| name.clone(), |dir| dir.join(&name));
                screenshot::request(ctx, rect, path, double);
            }
            None => self.commands.push(Command::Error(
                "nothing to capture: the timeline is empty".to_owned(),
            )),
        }
    }

    fn file_menu_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let open =
            egui::Button::new("Open files…").shortcut_text(ctx.format_shortcut(&OPEN_SHORTCUT));
        if ui.add(open).clicked() {
            self.files.choose(&ctx, Purpose::Open);
        }
        if ui.button("Open folder…").clicked() {
            self.files.choose(&ctx, Purpose::OpenFolder);
        }
        if ui.button("Open path…").clicked() {
            self.files.ask_path(Purpose::Open);
        }
        let recent = self.state.prefs.recent.clone();
        ui.add_enabled_ui(!recent.is_empty(), |ui| {
            ui.menu_button("Open recent", |ui| {
                for path in recent {
                    if ui.button(&path).clicked() {
                        self.open_paths(&ctx, vec![PathBuf::from(path)]);
                    }
                }
            });
        });
        ui.separator();
        let save =
            egui::Button::new("Save workspace").shortcut_text(ctx.format_shortcut(&SAVE_SHORTCUT));
        if ui.add(save).clicked() {
            let actions = self.files.save_workspace(&ctx, &self.state);
            self.file_actions(&ctx, actions);
        }
        if ui.button("Save workspace as…").clicked() {
            self.files.choose(&ctx, Purpose::SaveWorkspace);
        }
        let figure = egui::Button::new("Export figure…")
            .shortcut_text(ctx.format_shortcut(&FIGURE_SHORTCUT));
        if ui.add(figure).clicked() {
            self.figure_dialog.open(None);
        }
        let shot = egui::Button::new("Save screenshot")
            .shortcut_text(ctx.format_shortcut(&SCREENSHOT_SHORTCUT));
        if ui
            .add(shot)
            .on_hover_text("A PNG of the timeline exactly as shown, in the current folder")
            .clicked()
        {
            self.screenshot(&ctx, false);
        }
        if ui.button("Save screenshot at 2× (print)").clicked() {
            self.screenshot(&ctx, true);
        }
        ui.menu_button("Export shown events", |ui| {
            if ui.button("Events CSV…").clicked() {
                self.files.choose(&ctx, Purpose::ExportCsv);
            }
            if ui.button("TimelineJS JSON…").clicked() {
                self.files.choose(&ctx, Purpose::ExportTimelineJs);
            }
        });
        ui.separator();
        let quit = egui::Button::new("Quit").shortcut_text(ctx.format_shortcut(&QUIT_SHORTCUT));
        if ui.add(quit).clicked() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn view_menu_ui(&mut self, ui: &mut egui::Ui) {
        if ui.button("Fit all (F, double-click)").clicked() {
            self.commands.push(Command::Fit);
        }
        if ui.button("Whole range (Home)").clicked() {
            self.commands.push(Command::Reset);
        }
        let mut collapse = self.state.prefs.collapse_gaps;
        if ui
            .checkbox(&mut collapse, "Collapse empty periods (G)")
            .on_hover_text("Squeeze long stretches without events into a marked break")
            .changed()
        {
            self.commands.push(Command::SetCollapseGaps(collapse));
        }
        ui.separator();
        ui.menu_button("Saved views", |ui| {
            let names: Vec<String> = self.state.views().map(|v| v.name.clone()).collect();
            for name in names {
                if ui.button(&name).clicked() {
                    self.commands.push(Command::ApplyView(name));
                }
            }
            ui.separator();
            if ui.button("Save current view…").clicked() {
                self.new_view_name = Some(String::new());
            }
            let user: Vec<String> = self
                .state
                .prefs
                .saved_views
                .iter()
                .map(|v| v.name.clone())
                .collect();
            if !user.is_empty() {
                ui.menu_button("Delete", |ui| {
                    for name in user {
                        if ui.button(&name).clicked() {
                            self.commands.push(Command::DeleteView(name));
                        }
                    }
                });
            }
        });
        let rejected = self.state.rejected_events().len();
        let unapplied = self.state.unapplied_corrections().len();
        let title = if unapplied > 0 {
            format!("Rejected events ({rejected}) · not applied ({unapplied})")
        } else {
            format!("Rejected events ({rejected})")
        };
        if ui.button(title).clicked() {
            self.dialogs.rejected = true;
        }
        if !self.state.layout.hidden_lanes.is_empty() {
            ui.menu_button("Hidden lanes", |ui| {
                for key in self.state.layout.hidden_lanes.clone() {
                    if ui.button(format!("Show {key}")).clicked() {
                        self.commands.push(Command::ShowLane(key));
                    }
                }
            });
        }
        ui.separator();
        let dark = self.state.prefs.dark_mode;
        if ui
            .button(if dark { "Light theme" } else { "Dark theme" })
            .clicked()
        {
            self.commands.push(Command::SetDarkMode(!dark));
        }
    }

    /// Rejected events (restorable) and corrections that could not be
    /// applied.
    fn rejected_window(&mut self, ctx: &egui::Context) {
        let mut open = self.dialogs.rejected;
        egui::Window::new("Rejected events")
            .open(&mut open)
            .default_size([420.0, 300.0])
            .show(ctx, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    let rejected = self.state.rejected_events();
                    if rejected.is_empty() {
                        ui.weak("No rejected events.");
                    }
                    for event in rejected {
                        let key = crate::state::EventKey::of(event);
                        ui.horizontal(|ui| {
                            if ui
                                .link(format!("{}  {}", event.date.value, event.label))
                                .clicked()
                            {
                                self.commands.push(Command::SelectKey(key));
                            }
                            if ui.button("Restore").clicked() {
                                self.commands.push(Command::SelectKey(key));
                                self.commands
                                    .push(Command::Correct(crate::model::Change::Restore));
                            }
                        });
                    }
                    let unapplied = self.state.unapplied_corrections();
                    if !unapplied.is_empty() {
                        ui.separator();
                        ui.strong("Corrections not applied (kept in the workspace)");
                        for (correction, reason) in unapplied {
                            ui.label(format!(
                                "{}  {} — {reason}",
                                correction.at,
                                crate::state::corrections::describe(&correction.change)
                            ));
                        }
                    }
                });
            });
        self.dialogs.rejected = open;
    }

    /// Asks before quitting with unsaved corrections.
    /// Asks before opening a workspace while corrections are unsaved.
    fn open_prompt(&mut self, ctx: &egui::Context) {
        let Some(paths) = self.dialogs.pending_open.clone() else {
            return;
        };
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("open_prompt")).show(ctx, |ui| {
            ui.heading("Unsaved corrections");
            ui.label(
                "Opening a workspace adds its corrections to yours. Save your corrections first?",
            );
            ui.horizontal(|ui| {
                if ui.button("Save workspace…").clicked() {
                    choice = Some(false);
                    self.files.choose(ctx, Purpose::SaveWorkspace);
                }
                if ui.button("Open anyway").clicked() {
                    choice = Some(true);
                }
                if ui.button("Cancel").clicked() {
                    choice = Some(false);
                }
            });
        });
        if let Some(open) = choice {
            if open {
                // Marked pending, so open_paths does not ask again.
                self.open_paths(ctx, paths);
            }
            self.dialogs.pending_open = None;
        }
    }

    fn quit_prompt(&mut self, ctx: &egui::Context) {
        if self.dialogs.quit != QuitState::Confirming {
            return;
        }
        egui::Modal::new(egui::Id::unique("quit_prompt")).show(ctx, |ui| {
            ui.heading("Unsaved changes");
            ui.label("You have corrections or views that are not saved in a workspace.");
            ui.horizontal(|ui| {
                if ui.button("Save workspace…").clicked() {
                    self.dialogs.quit = QuitState::Running;
                    self.files.choose(ctx, Purpose::SaveWorkspace);
                }
                if ui.button("Quit without saving").clicked() {
                    self.dialogs.quit = QuitState::Allowed;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
                if ui.button("Cancel").clicked() {
                    self.dialogs.quit = QuitState::Running;
                }
            });
        });
    }

    /// Search, lanes and filters above the timeline, with live counts.
    fn toolbar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let search_label = ui.label("Search");
            let search = ui
                .add(
                    egui::TextEdit::singleline(&mut self.search)
                        .hint_text("labels, passages, titles")
                        .desired_width(200.0),
                )
                .labelled_by(search_label.id);
            if search.changed() {
                self.commands.push(Command::SetFilter(Filter {
                    text: self.search.clone(),
                    ..self.state.filter.clone()
                }));
            }
            let mode = self.state.prefs.lanes.mode;
            let lanes_label = ui.label("Lanes:");
            egui::ComboBox::from_id_salt("lane_mode")
                .selected_text(match mode {
                    LaneMode::Country => "By country",
                    LaneMode::Article => "By article",
                    LaneMode::None => "One lane",
                })
                .show_ui(ui, |ui| {
                    for (m, name) in [
                        (LaneMode::Country, "By country"),
                        (LaneMode::Article, "By article"),
                        (LaneMode::None, "One lane"),
                    ] {
                        if ui.selectable_label(mode == m, name).clicked() {
                            self.commands.push(Command::SetLaneMode(m));
                        }
                    }
                })
                .response
                .labelled_by(lanes_label.id);
            self.filter_menu_ui(ui);
            let filter = &self.state.filter;
            if !filter.is_empty() && ui.button("Clear filters").clicked() {
                self.search.clear();
                self.commands.push(Command::SetFilter(Filter::default()));
            }
            ui.label(format!(
                "Showing {} of {} events",
                self.state.layout.shown,
                self.state.timeline.len()
            ));
        });
        if let Some(name) = &mut self.new_view_name {
            let mut done = None;
            ui.horizontal(|ui| {
                ui.label("Save view as:");
                let edit = ui.text_edit_singleline(name);
                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                if (ui.button("Save").clicked() || enter) && !name.trim().is_empty() {
                    done = Some(Some(name.clone()));
                }
                if ui.button("Cancel").clicked() {
                    done = Some(None);
                }
            });
            if let Some(result) = done {
                if let Some(name) = result {
                    self.commands.push(Command::SaveView(name));
                }
                self.new_view_name = None;
            }
        }
    }

    fn filter_menu_ui(&mut self, ui: &mut egui::Ui) {
        let filter = self.state.filter.clone();
        let active = filter.countries.len() + filter.precisions.len() + filter.articles.len();
        let title = if active == 0 {
            "Filters".to_owned()
        } else {
            format!("Filters ({active})")
        };
        ui.menu_button(title, |ui| {
            ui.label(RichText::new("Precision").strong());
            for p in [
                Precision::Day,
                Precision::Week,
                Precision::Month,
                Precision::Season,
                Precision::Year,
                Precision::Decade,
                Precision::Century,
                Precision::Interval,
            ] {
                let mut on = filter.precisions.contains(&p);
                if ui.checkbox(&mut on, p.as_str()).changed() {
                    let mut next = filter.clone();
                    if on {
                        next.precisions.push(p);
                    } else {
                        next.precisions.retain(|x| *x != p);
                    }
                    self.commands.push(Command::SetFilter(next));
                }
            }
            ui.separator();
            ui.label(RichText::new("Country").strong());
            let mut countries: Vec<&str> = self
                .state
                .timeline
                .events()
                .iter()
                .flat_map(|e| e.places.iter())
                .collect();
            countries.sort_unstable();
            countries.dedup();
            egui::ScrollArea::vertical()
                .max_height(240.0)
                .id_salt("country_filter")
                .show(ui, |ui| {
                    for c in countries {
                        let mut on = filter.countries.iter().any(|x| x == c);
                        if ui.checkbox(&mut on, c).changed() {
                            let mut next = filter.clone();
                            if on {
                                next.countries.push(c.to_owned());
                            } else {
                                next.countries.retain(|x| x != c);
                            }
                            self.commands.push(Command::SetFilter(next));
                        }
                    }
                });
            ui.separator();
            ui.label(RichText::new("Article").strong());
            egui::ScrollArea::vertical()
                .max_height(200.0)
                .id_salt("article_filter")
                .show(ui, |ui| {
                    for a in &self.state.articles {
                        let mut on = filter.articles.contains(&a.path);
                        if ui.checkbox(&mut on, a.display_name()).changed() {
                            let mut next = filter.clone();
                            if on {
                                next.articles.push(a.path.clone());
                            } else {
                                next.articles.retain(|x| x != &a.path);
                            }
                            self.commands.push(Command::SetFilter(next));
                        }
                    }
                });
        });
    }

    fn status_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.label(format!(
                "{} events · {} articles",
                self.state.timeline.len(),
                self.state.articles.len()
            ));
            if let Some(p) = &self.state.loading {
                ui.separator();
                ui.spinner();
                ui.label(format!(
                    "loading {}/{} files, {} events",
                    p.done, p.total, p.events
                ));
                if p.total > 0 {
                    #[allow(clippy::cast_precision_loss)] // progress display
                    let fraction = p.done as f32 / p.total as f32;
                    ui.add(egui::ProgressBar::new(fraction).desired_width(120.0));
                }
                if ui.button("Cancel").clicked() {
                    self.cancel_load.store(true, Ordering::Relaxed);
                }
            }
            if let Some(info) = &self.info {
                ui.separator();
                ui.label(info);
            }
            if !self.state.problems.is_empty() {
                ui.separator();
                let problems = format!("{} problems", self.state.problems.len());
                if ui
                    .link(problems)
                    .on_hover_text("Show the files that could not be read")
                    .clicked()
                {
                    self.dialogs.problems = true;
                }
            }
            if let Some(err) = &self.state.last_error {
                ui.separator();
                ui.label(RichText::new(err).color(theme::error_text(ui.visuals().dark_mode)));
            }
        });
    }

    fn event_list_ui(&mut self, ui: &mut egui::Ui) {
        ui.strong(format!("Events ({})", self.state.layout.shown));
        ui.separator();
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
        let row_pitch = row_height + ui.spacing().item_spacing.y;
        let selected = self.state.selected_index();
        let mut area = egui::ScrollArea::vertical().auto_shrink([false, false]);
        if selected != self.list_shown_selection {
            self.list_shown_selection = selected;
            let row = selected.and_then(|i| {
                self.state
                    .layout
                    .shown_events
                    .binary_search(&u32::try_from(i).unwrap_or(u32::MAX))
                    .ok()
            });
            if let Some(index) = row {
                let offset = (index as f32 * row_pitch - ui.available_height() / 2.0).max(0.0);
                area = area.vertical_scroll_offset(offset);
            }
        }
        let shown = &self.state.layout.shown_events;
        area.show_rows(ui, row_height, shown.len(), |ui, rows| {
            // Full-width rows, text on the left, cut to one line.
            ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                for row in rows {
                    let Some(index) = shown.get(row).map(|&i| i as usize) else {
                        continue;
                    };
                    let Some(event) = self.state.timeline.get(index) else {
                        continue;
                    };
                    let text = format!("{}  {}", event.date.value, event.label);
                    if ui.selectable_label(selected == Some(index), text).clicked() {
                        self.commands.push(Command::Select(Some(index)));
                    }
                }
            });
        });
    }
}

/// Storage key of the preferences.
const PREFS_KEY: &str = "dateline-prefs";

impl eframe::App for DatelineApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.state.prefs);
    }

    fn on_exit(&mut self) {
        self.recovery.on_exit();
    }
}

/// Opens the window on `paths`, or on the bundled sample when empty.
pub fn run(paths: Vec<PathBuf>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Dateline")
            .with_inner_size([1400.0, 860.0])
            .with_min_inner_size([640.0, 400.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Dateline",
        options,
        Box::new(move |cc| {
            let mut app = if paths.is_empty() {
                DatelineApp::with_sample()
            } else {
                DatelineApp::new(AppState::default())
            };
            if let Some(dir) = eframe::storage_dir("Dateline") {
                app = app.with_recovery_dir(&dir);
            }
            if let Some(prefs) = cc
                .storage
                .and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY))
            {
                app.state.apply(Command::LoadPrefs(prefs));
            }
            app.open_paths(&cc.egui_ctx, paths);
            Ok(Box::new(app))
        }),
    )
}
