//! The full text of an article in a scrollable window, with the selected
//! event's passage highlighted and scrolled into view, and "Add event from
//! selection".

use std::ops::Range;
use std::sync::Arc;

use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{FontId, RichText};

use crate::state::{AppState, Command};

use super::theme;

/// An open article window.
#[derive(Debug, Clone, Default)]
pub struct ArticleView {
    pub article: usize,
    /// The passage and the expression to highlight.
    pub passage: Option<Range<usize>>,
    pub expr: Option<Range<usize>>,
    /// Scroll the expression into view on the next frame.
    pub scroll_pending: bool,
    /// The selected text (byte range), kept while typing the date.
    pub selection: Option<Range<usize>>,
    pub add_date: String,
    pub add_label: String,
}

impl ArticleView {
    pub fn new(article: usize, passage: Range<usize>, expr: Range<usize>) -> Self {
        Self {
            article,
            passage: Some(passage),
            expr: Some(expr),
            scroll_pending: true,
            ..Self::default()
        }
    }
}

/// Byte offset of character index `chars` in `text`.
fn byte_of_char(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}

fn char_of_byte(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |s| s.chars().count())
}

fn highlighted_job(
    text: &str,
    passage: Option<&Range<usize>>,
    expr: Option<&Range<usize>>,
    dark: bool,
    ui: &egui::Ui,
) -> LayoutJob {
    let normal = TextFormat {
        font_id: FontId::proportional(14.0),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let in_passage = TextFormat {
        background: ui.visuals().faint_bg_color,
        color: ui.visuals().strong_text_color(),
        ..normal.clone()
    };
    let in_expr = TextFormat {
        background: theme::expr_highlight(dark),
        color: ui.visuals().strong_text_color(),
        ..normal.clone()
    };
    // Boundaries where the format may change.
    let mut cuts = vec![0, text.len()];
    for r in [passage, expr].into_iter().flatten() {
        cuts.push(r.start.min(text.len()));
        cuts.push(r.end.min(text.len()));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut job = LayoutJob::default();
    for pair in cuts.windows(2) {
        let (Some(&a), Some(&b)) = (pair.first(), pair.get(1)) else {
            continue;
        };
        let Some(slice) = text.get(a..b) else {
            continue;
        };
        let inside = |r: Option<&Range<usize>>| r.is_some_and(|r| r.start <= a && b <= r.end);
        let format = if inside(expr) {
            &in_expr
        } else if inside(passage) {
            &in_passage
        } else {
            &normal
        };
        job.append(slice, 0.0, format.clone());
    }
    job
}

/// Draws the window; returns `false` when the user closed it.
pub fn article_window(
    ctx: &egui::Context,
    state: &AppState,
    view: &mut ArticleView,
    commands: &mut Vec<Command>,
) -> bool {
    let Some(article) = state.articles.get(view.article) else {
        return false;
    };
    let mut open = true;
    egui::Window::new(format!("Article: {}", article.display_name()))
        .open(&mut open)
        .default_size([620.0, 560.0])
        .vscroll(false)
        .show(ctx, |ui| {
            ui.weak(&article.path);
            add_event_ui(ui, article.text.as_str(), view, commands);
            ui.separator();
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| text_ui(ui, &article.text, view));
        });
    open
}

fn add_event_ui(
    ui: &mut egui::Ui,
    text: &str,
    view: &mut ArticleView,
    commands: &mut Vec<Command>,
) {
    match view.selection.clone().filter(|r| r.start < r.end) {
        None => {
            ui.weak("Select text below to add an event the extractor missed.");
        }
        Some(range) => {
            let quoted: String = text
                .get(range.clone())
                .unwrap_or("")
                .chars()
                .take(80)
                .collect();
            ui.label(format!("Selected: “{quoted}”"));
            ui.horizontal(|ui| {
                let label = ui.label("New event date (EDTF)");
                ui.add(
                    egui::TextEdit::singleline(&mut view.add_date)
                        .desired_width(110.0)
                        .hint_text("2023-07"),
                )
                .labelled_by(label.id);
                let label = ui.label("New event label");
                ui.add(egui::TextEdit::singleline(&mut view.add_label).desired_width(180.0))
                    .labelled_by(label.id);
            });
            if ui.button("Add event from selection").clicked() {
                commands.push(Command::AddEvent {
                    article: view.article,
                    span: range,
                    date: view.add_date.trim().to_owned(),
                    label: view.add_label.trim().to_owned(),
                });
                view.add_label.clear();
            }
        }
    }
}

fn text_ui(ui: &mut egui::Ui, text: &str, view: &mut ArticleView) {
    let dark = ui.visuals().dark_mode;
    let passage = view.passage.clone();
    let expr = view.expr.clone();
    let mut layouter =
        |ui: &egui::Ui, buf: &dyn egui::TextBuffer, wrap: f32| -> Arc<egui::Galley> {
            let mut job = highlighted_job(buf.as_str(), passage.as_ref(), expr.as_ref(), dark, ui);
            job.wrap.max_width = wrap;
            ui.fonts_mut(|f| f.layout_job(job))
        };
    let name = ui.label(RichText::new("Article text").small().weak());
    let mut read_only = text;
    let output = egui::TextEdit::multiline(&mut read_only)
        .desired_width(f32::INFINITY)
        .layouter(&mut layouter)
        .show(ui);
    let _ = (*output.response).clone().labelled_by(name.id);
    if let Some(range) = output.cursor_range {
        let chars = range.as_sorted_char_range();
        let bytes = byte_of_char(text, chars.start.0)..byte_of_char(text, chars.end.0);
        // A click without a drag clears the selection.
        view.selection = (bytes.start < bytes.end).then_some(bytes);
    }
    if view.scroll_pending {
        view.scroll_pending = false;
        if let Some(expr) = &view.expr {
            let at = CCursor::new(char_of_byte(text, expr.start));
            let rect = output
                .galley
                .pos_from_cursor(at)
                .translate(output.galley_pos.to_vec2());
            ui.scroll_to_rect(rect.expand(40.0), Some(egui::Align::Center));
        }
    }
    if view.passage.is_some() {
        ui.label(
            RichText::new("The highlighted passage is the event's source.")
                .small()
                .weak(),
        );
    }
}
