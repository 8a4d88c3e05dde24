//! The Problems window: every file that could not be read, and every
//! warning about how one was read, each naming its file.

use crate::state::AppState;

/// Shows the window while `open` is true.
pub fn problems_ui(ctx: &egui::Context, state: &AppState, open: &mut bool) {
    egui::Window::new(format!("Problems ({})", state.problems.len()))
        .open(open)
        .default_size([640.0, 320.0])
        .show(ctx, |ui| {
            if state.problems.is_empty() {
                ui.weak("No problems: every file was read.");
                return;
            }
            if ui.button("Copy all").clicked() {
                ui.ctx().copy_text(state.problems.join("\n"));
            }
            ui.separator();
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    for problem in &state.problems {
                        ui.label(problem);
                    }
                });
        });
}
