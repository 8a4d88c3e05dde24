//! The detail panel: the selected event's passage with the date expression
//! highlighted and its context, how its date was resolved, its article,
//! other reports of the same event, and the user's corrections.

use std::ops::Range;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, RichText};

use crate::extract::text::{ceil_boundary, floor_boundary, sentence_around};
use crate::model::{Article, Change, Event};
use crate::state::grouping::{MAX_GAP_DAYS, other_reports};
use crate::state::{AppState, Command, EventKey, corrections};

use super::article_view::ArticleView;
use super::theme;

/// What the panel keeps between frames: the edit fields and the open
/// article window.
#[derive(Debug, Default)]
pub struct DetailPanel {
    /// The event the edit fields were filled from.
    for_key: Option<EventKey>,
    /// The values they were filled with (refilled when the event changes).
    filled: (String, String, String),
    date_text: String,
    label_text: String,
    lane_text: String,
    /// The open article window, if any.
    pub article: Option<ArticleView>,
}

impl DetailPanel {
    fn refill(&mut self, event: &Event, lane: &str) {
        let key = EventKey::of(event);
        let values = (
            event.date.value.to_string(),
            event.label.to_string(),
            lane.to_owned(),
        );
        if self.for_key != Some(key) || self.filled != values {
            self.for_key = Some(key);
            self.date_text.clone_from(&values.0);
            self.label_text.clone_from(&values.1);
            self.lane_text.clone_from(&values.2);
            self.filled = values;
        }
    }
}

fn warning_color(ui: &egui::Ui) -> Color32 {
    ui.visuals().warn_fg_color
}

/// Draws the panel for the current selection.
pub fn detail_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    panel: &mut DetailPanel,
    commands: &mut Vec<Command>,
) {
    let Some(event) = state.selected_event() else {
        ui.add_space(8.0);
        ui.weak("Click an event on the timeline or in the list to see its source passage and how its date was worked out.");
        ui.add_space(4.0);
        ui.weak("← / → step through events in time; Esc clears the selection.");
        undo_redo_ui(ui, state, commands);
        return;
    };
    let Some(article) = state.article_of(event) else {
        return;
    };
    let country = state
        .article_countries
        .get(event.article)
        .and_then(Option::as_deref);
    let lane = event
        .group
        .as_deref()
        .or_else(|| event.places.first())
        .or(country)
        .unwrap_or_default()
        .to_owned();
    panel.refill(event, &lane);
    let original = state.original_of(event);
    let rejected = state.is_rejected(event);
    egui::ScrollArea::vertical().show(ui, |ui| {
        if rejected {
            ui.colored_label(
                warning_color(ui),
                "Rejected: hidden from the timeline (restorable)",
            );
            if ui.button("Restore event").clicked() {
                commands.push(Command::Correct(Change::Restore));
            }
        }
        ui.heading(&event.label);
        if let Some(o) = original.filter(|o| o.label != event.label) {
            ui.weak(format!(
                "label corrected by user; extractor said “{}”",
                o.label
            ));
        }
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.strong(format!(
                "{} ({})",
                event.date.describe(),
                event.date.precision
            ));
            ui.monospace(event.date.value.as_str());
        });
        match original {
            Some(o) if o.date.value != event.date.value => {
                ui.colored_label(
                    warning_color(ui),
                    format!("date corrected by user; extractor said {}", o.date.value),
                );
            }
            None => {
                ui.weak("added by user");
            }
            Some(_) => {}
        }
        if let Some(o) = original.filter(|o| o.group != event.group) {
            ui.weak(format!(
                "lane corrected by user; extractor said {}",
                o.group.as_deref().unwrap_or("(automatic)")
            ));
        }
        ui.add_space(8.0);
        ui.label(RichText::new("Source passage").small().weak());
        passage_ui(ui, article, event);
        if ui.button("Show in article").clicked() {
            panel.article = Some(ArticleView::new(
                event.article,
                event.passage_span.clone(),
                event.expr_span.clone(),
            ));
        }
        ui.add_space(8.0);
        ui.label(RichText::new("How the date was resolved").small().weak());
        ui.label(event.explanation(&article.text));
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
        reports_ui(ui, state, event, commands);
        ui.separator();
        article_ui(ui, article, event);
        ui.separator();
        corrections_ui(ui, state, event, panel, commands, rejected);
    });
}

/// The byte range of the sentence before (`forward == false`) or after
/// the passage, inside the article's body.
fn neighbour_sentence(
    article: &Article,
    passage: &Range<usize>,
    forward: bool,
) -> Option<Range<usize>> {
    let text = &article.text;
    let body = &article.body;
    let at = if forward {
        let k = ceil_boundary(text, passage.end.saturating_add(1));
        (k < body.end).then_some(k)?
    } else {
        let k = floor_boundary(text, passage.start.checked_sub(2)?);
        (k >= body.start && passage.start > body.start).then_some(k)?
    };
    let r = sentence_around(text, &(at..at));
    let ok = if forward {
        r.start >= passage.end
    } else {
        r.end <= passage.start
    };
    (ok && r.start < r.end && r.start >= body.start && r.end <= body.end).then_some(r)
}

/// The passage as one label, with the expression highlighted, and one
/// sentence of context either side (lighter). The passage label's text
/// (what screen readers and tests see) is the passage itself.
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
    let context = |ui: &mut egui::Ui, range: Option<Range<usize>>| {
        if let Some(s) = range.and_then(|r| text.get(r)) {
            ui.label(RichText::new(s).weak().italics());
        }
    };
    context(ui, neighbour_sentence(article, &passage, false));
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
    context(ui, neighbour_sentence(article, &passage, true));
}

/// Other reports of the same event, with a flag when their dates disagree.
fn reports_ui(ui: &mut egui::Ui, state: &AppState, event: &Event, commands: &mut Vec<Command>) {
    let Some(index) = state.selected_index() else {
        return;
    };
    let events = state.timeline.events();
    // Only events starting near this one can be reports of it (day or month
    // precision, at most MAX_GAP_DAYS apart), and the timeline is sorted by
    // start: search that stretch, not every event, each frame.
    let reach = chrono::Days::new(u64::try_from(MAX_GAP_DAYS).unwrap_or(3) + 31);
    let from = event
        .date
        .earliest
        .checked_sub_days(reach)
        .unwrap_or(event.date.earliest);
    let to = event
        .date
        .latest
        .checked_add_days(reach)
        .unwrap_or(event.date.latest);
    let lo = events.partition_point(|e| e.date.earliest < from);
    let hi = events.partition_point(|e| e.date.earliest <= to).max(lo);
    let nearby = events.get(lo..hi).unwrap_or(&[]);
    let mut reports = other_reports(
        nearby,
        &state.articles,
        &state.article_countries,
        index.saturating_sub(lo),
    );
    for report in &mut reports {
        report.index += lo;
    }
    if reports.is_empty() {
        ui.label(
            RichText::new("No other reports of this event")
                .small()
                .weak(),
        );
        return;
    }
    ui.label(
        RichText::new(format!("Other reports of this event ({})", reports.len()))
            .small()
            .weak(),
    );
    let mut dates: Vec<String> = vec![event.date.describe()];
    for report in &reports {
        let Some(other) = events.get(report.index) else {
            continue;
        };
        let source = state
            .article_of(other)
            .map_or("unknown source", Article::display_name);
        let text = format!("{} — {source}", other.date.describe());
        let mut label = RichText::new(text);
        if report.disagrees {
            label = label.color(warning_color(ui));
        }
        if ui.link(label).clicked() {
            commands.push(Command::SelectKey(EventKey::of(other)));
        }
        let d = other.date.describe();
        if report.disagrees && !dates.contains(&d) {
            dates.push(d);
        }
    }
    if dates.len() > 1 {
        ui.colored_label(
            warning_color(ui),
            format!("⚠ Sources disagree on the date: {}", dates.join(" vs ")),
        );
    }
}

fn citation(article: &Article, event: &Event) -> String {
    let date = article
        .date
        .map_or_else(|| "n.d.".to_owned(), |d| d.format("%-d %B %Y").to_string());
    let passage = event.passage(&article.text).trim();
    let mut parts = vec![format!("“{}”", article.display_name())];
    if !article.publisher.is_empty() {
        parts.push(article.publisher.clone());
    }
    parts.push(date);
    format!("{}. “{passage}”", parts.join(", "))
}

fn article_ui(ui: &mut egui::Ui, article: &Article, event: &Event) {
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
    if ui
        .link(RichText::new(&article.path).weak())
        .on_hover_text("Click to copy the path")
        .clicked()
    {
        ui.ctx().copy_text(article.path.clone());
    }
    if ui.button("Copy citation").clicked() {
        ui.ctx().copy_text(citation(article, event));
    }
}

fn undo_redo_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        if ui
            .add_enabled(state.can_undo(), egui::Button::new("Undo correction"))
            .on_hover_text("Ctrl+Z")
            .clicked()
        {
            commands.push(Command::Undo);
        }
        if ui
            .add_enabled(state.can_redo(), egui::Button::new("Redo correction"))
            .on_hover_text("Ctrl+Shift+Z")
            .clicked()
        {
            commands.push(Command::Redo);
        }
    });
}

fn edit_row(ui: &mut egui::Ui, name: &str, value: &mut String, button: &str) -> bool {
    ui.horizontal(|ui| {
        let label = ui.label(name);
        let edit = ui
            .add(egui::TextEdit::singleline(value).desired_width(170.0))
            .labelled_by(label.id);
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.button(button).clicked() || enter
    })
    .inner
}

fn corrections_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    event: &Event,
    panel: &mut DetailPanel,
    commands: &mut Vec<Command>,
    rejected: bool,
) {
    ui.label(RichText::new("Correct this event").small().weak());
    if edit_row(ui, "Date (EDTF)", &mut panel.date_text, "Apply date") {
        commands.push(Command::Correct(Change::Date {
            old: String::new(),
            new: panel.date_text.clone(),
        }));
    }
    if edit_row(ui, "Label", &mut panel.label_text, "Apply label") {
        commands.push(Command::Correct(Change::Label {
            old: String::new(),
            new: panel.label_text.clone(),
        }));
    }
    if edit_row(ui, "Lane", &mut panel.lane_text, "Apply lane") {
        commands.push(Command::Correct(Change::Lane {
            old: None,
            new: panel.lane_text.clone(),
        }));
    }
    if let Some(error) = &state.correction_error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
    ui.horizontal(|ui| {
        if rejected {
            if ui.button("Restore event").clicked() {
                commands.push(Command::Correct(Change::Restore));
            }
        } else if ui
            .button("Reject event")
            .on_hover_text("A false positive: hide it (it stays listed and restorable)")
            .clicked()
        {
            commands.push(Command::Correct(Change::Reject));
        }
    });
    undo_redo_ui(ui, state, commands);
    let made = state.corrections_for(event);
    if !made.is_empty() {
        ui.label(RichText::new("Corrections made").small().weak());
        for (correction, status) in made {
            let mut line = format!(
                "{}  {}",
                correction.at,
                corrections::describe(&correction.change)
            );
            if let Some(status) = status {
                line = format!("{line} ({status})");
            }
            ui.label(RichText::new(line).small());
        }
    }
}
