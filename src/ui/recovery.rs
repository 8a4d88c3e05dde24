//! The window side of crash recovery (the rules are in
//! [`crate::state::recovery`]): autosaving unsaved corrections once a
//! minute on a worker thread, and offering a recovery file left by a
//! Dateline that did not close normally.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, SystemTime};

use crate::io::Workspace;
use crate::state::AppState;
use crate::state::recovery::{
    AUTOSAVE_INTERVAL_SECS, Autosave, KEEP_DISCARDED, Recovery, find_recoveries, process_running,
    prune_discarded, recovery_path, remove_recovery, set_aside, write_recovery_bytes,
};

/// What the user chose about a recovery file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecoveryAction {
    /// Open this workspace (the recovery file, set aside under a new
    /// name) and mark its corrections unsaved.
    Restore(PathBuf),
    /// Report a problem.
    Error(String),
    /// Say something in the status bar.
    Info(String),
}

/// Autosave and recovery state of the window.
#[derive(Debug, Default)]
pub struct RecoveryUi {
    /// This process's recovery file; `None` turns recovery off (tests,
    /// benchmarks, systems without a data folder).
    own: Option<PathBuf>,
    autosave: Autosave,
    /// A write in progress: the edit count it holds, and its result.
    writing: Option<(u64, Receiver<Result<(), String>>)>,
    /// Recovery files left by earlier runs, newest first.
    offered: Vec<Recovery>,
}

impl RecoveryUi {
    /// Recovery in `dir` (the app's data folder): finds files left by
    /// earlier runs to offer, and removes discarded ones older than
    /// [`KEEP_DISCARDED`].
    pub fn in_dir(dir: &std::path::Path) -> Self {
        let pid = std::process::id();
        if let Some(cutoff) = std::time::SystemTime::now().checked_sub(KEEP_DISCARDED) {
            prune_discarded(dir, cutoff);
        }
        Self {
            offered: find_recoveries(dir, pid, process_running),
            own: Some(recovery_path(dir, pid)),
            ..Self::default()
        }
    }

    /// Whether a recovery file is waiting for the user's answer.
    pub fn offering(&self) -> bool {
        !self.offered.is_empty()
    }

    /// Runs once a frame: autosaves when due, cleans up after a save, and
    /// shows the offer of a left-over recovery file.
    pub fn frame(&mut self, ctx: &egui::Context, state: &AppState) -> Vec<RecoveryAction> {
        let mut actions = Vec::new();
        self.autosave_step(ctx, state, &mut actions);
        self.offer_ui(ctx, &mut actions);
        actions
    }

    fn autosave_step(
        &mut self,
        ctx: &egui::Context,
        state: &AppState,
        actions: &mut Vec<RecoveryAction>,
    ) {
        let Some(own) = self.own.clone() else {
            return;
        };
        if let Some((edits, rx)) = &self.writing {
            match rx.try_recv() {
                Ok(Ok(())) => {
                    let now = ctx.input(|i| i.time);
                    self.autosave.written(now, *edits);
                    self.writing = None;
                }
                Ok(Err(message)) => {
                    actions.push(RecoveryAction::Error(format!(
                        "autosave of unsaved corrections failed: {message}"
                    )));
                    let now = ctx.input(|i| i.time);
                    self.autosave.retry_later(now);
                    self.writing = None;
                }
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => self.writing = None,
            }
        }
        if !state.dirty {
            if self.autosave.has_file() {
                // Saved (or undone back to saved): the file is not needed.
                if let Err(e) = remove_recovery(&own) {
                    actions.push(RecoveryAction::Error(format!(
                        "cannot remove the recovery file ({e}): {}",
                        own.display()
                    )));
                }
            }
            self.autosave.reset();
            return;
        }
        let now = ctx.input(|i| i.time);
        if !self.autosave.due(now, state.dirty, state.edits) {
            // Wake up for the next autosave even if nothing else happens.
            ctx.request_repaint_after(Duration::from_secs_f64(AUTOSAVE_INTERVAL_SECS));
            return;
        }
        let workspace = Workspace::new(
            &state.articles,
            state.extracted_events(),
            &state.corrections,
            &state.prefs.saved_views,
        );
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let result = workspace
                .to_json()
                .map_err(|e| e.to_string())
                .and_then(|json| {
                    write_recovery_bytes(&own, json.as_bytes()).map_err(|e| e.to_string())
                });
            // A closed channel means the window is gone.
            let _ = tx.send(result);
            ctx.request_repaint();
        });
        self.writing = Some((state.edits, rx));
    }

    fn offer_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<RecoveryAction>) {
        let Some(recovery) = self.offered.first().cloned() else {
            return;
        };
        let age = recovery
            .modified
            .and_then(|m| SystemTime::now().duration_since(m).ok())
            .map_or_else(|| "at an unknown time".to_owned(), |d| ago(d.as_secs()));
        let more = self.offered.len().saturating_sub(1);
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("recovery_offer")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading("Restore unsaved corrections?");
            ui.label(format!(
                "Dateline did not close normally. Corrections that were not saved \
                 were kept in a recovery file, written {age}."
            ));
            ui.label(
                egui::RichText::new(recovery.path.display().to_string())
                    .small()
                    .weak(),
            );
            if more > 0 {
                ui.label(format!(
                    "{more} older recovery file(s) will be offered next."
                ));
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui
                    .button("Restore")
                    .on_hover_text(
                        "Open the recovered workspace; its corrections stay unsaved until you save",
                    )
                    .clicked()
                {
                    answer = Some(true);
                }
                if ui
                    .button("Discard")
                    .on_hover_text(
                        "Set the file aside (renamed \"discarded-…\") and start without it",
                    )
                    .clicked()
                {
                    answer = Some(false);
                }
            });
        });
        let Some(restore) = answer else {
            return;
        };
        self.offered.remove(0);
        let renamed = if restore {
            // Opened under a new name, so it is never offered twice and
            // stays on disk until the user saves elsewhere.
            let restored = recovery.path.with_file_name(format!(
                "restored-{}",
                recovery
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            ));
            std::fs::rename(&recovery.path, &restored).map(|()| restored)
        } else {
            set_aside(&recovery.path)
        };
        match (restore, renamed) {
            (true, Ok(path)) => actions.push(RecoveryAction::Restore(path)),
            (false, Ok(path)) => actions.push(RecoveryAction::Info(format!(
                "Recovery file set aside as {}",
                path.display()
            ))),
            (_, Err(e)) => actions.push(RecoveryAction::Error(format!(
                "cannot use the recovery file ({e}): {}",
                recovery.path.display()
            ))),
        }
    }

    /// The window is closing normally: this run's recovery file is not
    /// needed (the user saved, or chose to quit without saving).
    pub fn on_exit(&mut self) {
        if let Some(own) = &self.own {
            // Best effort: a file left behind is only offered once more.
            let _ = remove_recovery(own);
        }
    }
}

/// "3 minutes ago" and the like.
fn ago(secs: u64) -> String {
    let (n, unit) = match secs {
        0..60 => return "less than a minute ago".to_owned(),
        60..3600 => (secs / 60, "minute"),
        3600..86_400 => (secs / 3600, "hour"),
        _ => (secs / 86_400, "day"),
    };
    format!("{n} {unit}{} ago", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::ago;

    #[test]
    fn ages_read_naturally() {
        assert_eq!(ago(5), "less than a minute ago");
        assert_eq!(ago(60), "1 minute ago");
        assert_eq!(ago(7200), "2 hours ago");
        assert_eq!(ago(3 * 86_400), "3 days ago");
    }
}
