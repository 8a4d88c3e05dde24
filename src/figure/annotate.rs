//! What each lane's labels could say: one label source per mark or badge
//! (same dated label from several articles: one label, every note), with
//! the forms it can take, longest first, and the order they are placed in
//! (exact days and badges first, then periods, then intervals; each right
//! to left).

use std::collections::{BTreeSet, HashMap};

use crate::state::view::MarkKind;

use super::FigureInput;
use super::geometry::{Metrics, Plot};
use super::labels::Candidate;
use super::marks::{self, FigureMarks};
use super::text::{text_width, truncate};
use super::words::{clean_label, short_date};

/// Something a label may be drawn for.
#[derive(Debug, Clone)]
pub struct LabelSource {
    /// The event it names (for a badge, the one its caption names).
    pub event: usize,
    pub anchor_x: f64,
    /// How far below the mark line the mark reaches (the leader starts there).
    pub mark_below: f64,
    /// 0: exact days and badges; 1: periods; 2: intervals.
    priority: u8,
    date: String,
    text: String,
    pub notes: BTreeSet<usize>,
}

/// One way of drawing a label: date (bold), text and note numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub date: String,
    pub text: String,
    pub refs: String,
    pub width: f64,
}

/// A lane's label sources, their forms, and the placement inputs.
#[derive(Debug, Default)]
pub struct LaneLabels {
    pub sources: Vec<LabelSource>,
    pub forms: Vec<Vec<Form>>,
    pub candidates: Vec<Candidate>,
    pub order: Vec<usize>,
}

fn refs_text(notes: &BTreeSet<usize>) -> String {
    let mut list: Vec<String> = notes.iter().take(4).map(usize::to_string).collect();
    if notes.len() > 4 {
        list.push("…".to_owned());
    }
    list.join(",")
}

fn form(m: Metrics, date: &str, text: &str, refs: &str) -> Form {
    let mut width = text_width(date, m.label, true) + text_width(text, m.label, false);
    if !date.is_empty() && !text.is_empty() {
        width += text_width(" ", m.label, false);
    }
    if !refs.is_empty() {
        width += 1.0 + text_width(refs, m.sup, false);
    }
    Form {
        date: date.to_owned(),
        text: text.to_owned(),
        refs: refs.to_owned(),
        width,
    }
}

/// The forms a label can take, longest first: text up to 30 and 18 ems,
/// the date alone, the note numbers alone (the last resort).
fn forms(m: Metrics, source: &LabelSource, with_refs: bool) -> Vec<Form> {
    let refs = if with_refs {
        refs_text(&source.notes)
    } else {
        String::new()
    };
    let mut out: Vec<Form> = Vec::new();
    for ems in [30.0, 18.0] {
        if let Some(text) = truncate(&source.text, ems * m.label, m.label, false, 6) {
            out.push(form(m, &source.date, &text, &refs));
        }
    }
    out.push(form(m, &source.date, "", &refs));
    if !refs.is_empty() {
        out.push(form(m, "", "", &refs));
    }
    out.dedup();
    out
}

impl LaneLabels {
    fn finish(&mut self, m: Metrics, with_refs: bool) {
        self.forms = self
            .sources
            .iter()
            .map(|s| forms(m, s, with_refs))
            .collect();
        self.candidates = self
            .sources
            .iter()
            .zip(&self.forms)
            .map(|(s, f)| Candidate {
                anchor_x: s.anchor_x,
                widths: f.iter().map(|f| f.width).collect(),
            })
            .collect();
        let key = |s: &LabelSource| (s.priority, -s.anchor_x);
        let mut order: Vec<usize> = (0..self.sources.len()).collect();
        order.sort_by(|&a, &b| {
            match (self.sources.get(a).map(key), self.sources.get(b).map(key)) {
                (Some(ka), Some(kb)) => ka.0.cmp(&kb.0).then(ka.1.total_cmp(&kb.1)),
                _ => a.cmp(&b),
            }
        });
        self.order = order;
    }
}

/// Label sources of every lane (collapsed lanes get none). Note numbers
/// follow the labels when `with_refs`.
pub fn label_sources(
    input: &FigureInput<'_>,
    marks: &FigureMarks,
    plot: Plot,
    m: Metrics,
    note_of: &HashMap<usize, usize>,
    with_refs: bool,
) -> Vec<LaneLabels> {
    let lanes = &input.layout.lanes;
    let mut out: Vec<LaneLabels> = lanes.iter().map(|_| LaneLabels::default()).collect();
    let mut seen: HashMap<(usize, String, String), usize> = HashMap::new();
    let collapsed = |lane: usize| lanes.get(lane).is_none_or(|l| l.collapsed);
    for mark in &marks.frame.marks {
        let Some(event) = input.timeline.get(mark.event) else {
            continue;
        };
        if collapsed(mark.lane) {
            continue;
        }
        let (anchor_x, mark_below, priority) = if plot.is_dot(mark) {
            let priority = u8::from(mark.kind != MarkKind::Point);
            (plot.x(mark.center()), m.dot_radius(false), priority)
        } else {
            let priority = if mark.kind == MarkKind::Interval {
                2
            } else {
                1
            };
            (
                plot.x(mark.start).max(plot.left),
                m.bar_half(mark.kind, false),
                priority,
            )
        };
        let date = short_date(&event.date);
        let text = clean_label(&event.label);
        let note = note_of.get(&event.article).copied();
        let Some(lane) = out.get_mut(mark.lane) else {
            continue;
        };
        let key = (mark.lane, date.clone(), text.to_lowercase());
        if let Some(&existing) = seen.get(&key) {
            // The same dated label from another article: one label, both notes.
            if let (Some(source), Some(n)) = (lane.sources.get_mut(existing), note) {
                source.notes.insert(n);
            }
            continue;
        }
        seen.insert(key, lane.sources.len());
        lane.sources.push(LabelSource {
            event: mark.event,
            anchor_x,
            mark_below,
            priority,
            date,
            text,
            notes: note.into_iter().collect(),
        });
    }
    for (cluster, members) in marks.frame.clusters.iter().zip(&marks.members) {
        if collapsed(cluster.lane) {
            continue;
        }
        let (date, text, event) = marks::caption(input.timeline, cluster, members);
        let notes: BTreeSet<usize> = members
            .iter()
            .filter_map(|&i| input.timeline.get(i))
            .filter_map(|e| note_of.get(&e.article).copied())
            .collect();
        if let Some(lane) = out.get_mut(cluster.lane) {
            lane.sources.push(LabelSource {
                event,
                anchor_x: plot.x(cluster.center()),
                mark_below: m.badge_radius(cluster.count),
                priority: 0,
                date,
                text,
                notes,
            });
        }
    }
    for lane in &mut out {
        lane.finish(m, with_refs);
    }
    out
}
