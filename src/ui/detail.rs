//! The detail panel: the selected event's passage with the date expression
//! highlighted, how its date was resolved, and its article.

use egui::text::{LayoutJob, TextFormat};
use egui::{FontId, RichText};

use crate::model::{Article, Event};
use crate::state::AppState;

use super::theme;

/// Draws the panel for the current selection.
pub fn detail_ui(ui: &mut egui::Ui, state: &AppState) {
    let Some(event) = state.selected_event() else {
        ui.add_space(8.0);
        ui.weak("Click an event on the timeline or in the list to see its source passage and how its date was worked out.");
        ui.add_space(4.0);
        ui.weak("← / → step through events in time; Esc clears the selection.");
        return;
    };
    let Some(article) = state.article_of(event) else {
        return;
    };
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(&event.label);
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.strong(event.date.describe());
            ui.label(format!("({})", event.date.precision));
            ui.monospace(&event.date.value);
        });
        ui.add_space(8.0);
        ui.label(RichText::new("Source passage").small().weak());
        passage_ui(ui, article, event);
        ui.add_space(8.0);
        ui.label(RichText::new("How the date was resolved").small().weak());
        ui.label(&event.resolution.explanation);
        ui.horizontal(|ui| {
            ui.weak(format!("rule: {}", event.resolution.rule));
            ui.weak(format!(
                "confidence: {:.0}%",
                event.resolution.confidence * 100.0
            ));
        });
        if !event.places.is_empty() {
            ui.weak(format!("places: {}", event.places.join(", ")));
        }
        ui.separator();
        article_ui(ui, article);
    });
}

/// The passage as one label, with the expression highlighted. The label's
/// text (what screen readers and tests see) is the passage itself.
fn passage_ui(ui: &mut egui::Ui, article: &Article, event: &Event) {
    let text = &article.text;
    let passage = event.passage_span.clone();
    let expr = event.expr_span.start.clamp(passage.start, passage.end)
        ..event.expr_span.end.clamp(passage.start, passage.end);
    let dark = ui.visuals().dark_mode;
    let normal = TextFormat {
        font_id: FontId::proportional(15.0),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let highlighted = TextFormat {
        background: theme::expr_highlight(dark),
        color: ui.visuals().strong_text_color(),
        ..normal.clone()
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    for (range, format) in [
        (passage.start..expr.start, &normal),
        (expr.clone(), &highlighted),
        (expr.end..passage.end, &normal),
    ] {
        if let Some(s) = text.get(range) {
            job.append(s, 0.0, format.clone());
        }
    }
    ui.label(job);
}

fn article_ui(ui: &mut egui::Ui, article: &Article) {
    ui.strong(article.display_name());
    let date = article.date.map_or_else(
        || "no publication date".to_owned(),
        |d| d.format("%-d %B %Y").to_string(),
    );
    if article.publisher.is_empty() {
        ui.label(date);
    } else {
        ui.label(format!("{} · {date}", article.publisher));
    }
    ui.weak(&article.path);
}
