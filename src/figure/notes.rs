//! Numbered source notes: the articles with a shown event in the window,
//! numbered by publication date (undated last), then title; laid out in
//! one or two balanced columns under the plot.

use std::collections::{BTreeSet, HashMap};

use super::geometry::Metrics;
use super::palette::Theme;
use super::svg::{Span, SvgWriter};
use super::text::{text_width, wrap};
use super::words::source_note_text;
use super::{FigureInput, SourceNote};

/// The notes and each noted article's number.
#[derive(Debug, Clone, Default)]
pub struct Notes {
    pub list: Vec<SourceNote>,
    /// Article index → note number.
    pub number_of: HashMap<usize, usize>,
}

impl Notes {
    pub fn new(input: &FigureInput<'_>) -> Self {
        let window = input.window;
        let mut articles = BTreeSet::new();
        for i in input
            .timeline
            .overlapping(window.min_day.floor() as i64, window.max_day.ceil() as i64)
        {
            if input.layout.is_shown(i)
                && let Some(e) = input.timeline.get(i)
            {
                articles.insert(e.article);
            }
        }
        let mut articles: Vec<usize> = articles.into_iter().collect();
        articles.sort_by_key(|&i| {
            let a = input.articles.get(i);
            (
                a.and_then(|a| a.date).is_none(),
                a.and_then(|a| a.date),
                a.map(|a| a.display_name().to_lowercase()),
                i,
            )
        });
        let list: Vec<SourceNote> = articles
            .iter()
            .filter_map(|&a| Some((a, input.articles.get(a)?)))
            .enumerate()
            .map(|(i, (a, article))| SourceNote {
                number: i + 1,
                article: a,
                text: source_note_text(article),
            })
            .collect();
        let number_of = list.iter().map(|n| (n.article, n.number)).collect();
        Self { list, number_of }
    }
}

/// Notes in columns: per column, (note index, wrapped lines).
#[derive(Debug, Clone)]
pub struct NoteColumns {
    columns: Vec<Vec<(usize, Vec<String>)>>,
    column_width: f64,
    number_width: f64,
    lines: usize,
}

impl NoteColumns {
    /// Lays `notes` out across `width`: two columns on wide figures.
    pub fn new(notes: &[SourceNote], m: Metrics, width: f64) -> Self {
        let count = if width >= 1000.0 && notes.len() > 2 {
            2
        } else {
            1
        };
        let gutter = 2.0 * m.font;
        let column_width = (width - gutter * (count as f64 - 1.0)) / count as f64;
        let widest = format!("{}.", notes.len());
        let number_width = text_width(&widest, m.note, false) + 0.5 * m.note;
        let wrapped: Vec<Vec<String>> = notes
            .iter()
            .map(|n| wrap(&n.text, column_width - number_width, m.note, false))
            .collect();
        let total: usize = wrapped.iter().map(Vec::len).sum();
        let target = total.div_ceil(count);
        let mut columns: Vec<Vec<(usize, Vec<String>)>> = vec![Vec::new()];
        let mut used = 0;
        for (i, lines) in wrapped.into_iter().enumerate() {
            if used > 0 && used + lines.len() > target && columns.len() < count {
                columns.push(Vec::new());
                used = 0;
            }
            used += lines.len();
            if let Some(column) = columns.last_mut() {
                column.push((i, lines));
            }
        }
        let lines = columns
            .iter()
            .map(|c| c.iter().map(|(_, l)| l.len()).sum::<usize>())
            .max()
            .unwrap_or(0);
        Self {
            columns,
            column_width,
            number_width,
            lines,
        }
    }

    /// Height of the notes block with its heading (0 without notes).
    pub fn height(&self, m: Metrics) -> f64 {
        if self.lines == 0 {
            0.0
        } else {
            m.note * 2.0 + self.lines as f64 * m.note_line
        }
    }

    /// Draws the heading and the notes from `top`, starting at `left`.
    pub fn draw(
        &self,
        w: &mut SvgWriter,
        notes: &[SourceNote],
        (left, top): (f64, f64),
        m: Metrics,
        theme: Theme,
    ) {
        if notes.is_empty() {
            return;
        }
        w.open(
            "g",
            &[
                ("id", "notes".into()),
                ("font-size", m.note.into()),
                ("fill", (&theme.text.hex()).into()),
            ],
        );
        w.text(
            &[
                ("x", left.into()),
                ("y", (top + m.note).into()),
                ("font-weight", "bold".into()),
            ],
            &[Span::plain("Sources")],
        );
        let first_line = top + m.note * 2.0;
        let muted = theme.muted.hex();
        for (c, column) in self.columns.iter().enumerate() {
            let x = left + c as f64 * (self.column_width + 2.0 * m.font);
            let mut line = 0usize;
            for (i, lines) in column {
                let Some(note) = notes.get(*i) else { continue };
                let baseline = first_line + line as f64 * m.note_line + 0.75 * m.note;
                w.text(
                    &[
                        ("x", (x + self.number_width - 0.4 * m.note).into()),
                        ("y", baseline.into()),
                        ("text-anchor", "end".into()),
                        ("fill", (&muted).into()),
                    ],
                    &[Span::plain(format!("{}.", note.number))],
                );
                for (k, text) in lines.iter().enumerate() {
                    w.text(
                        &[
                            ("x", (x + self.number_width).into()),
                            ("y", (baseline + k as f64 * m.note_line).into()),
                        ],
                        &[Span::plain(text.clone())],
                    );
                }
                line += lines.len();
            }
        }
        w.close("g");
    }
}
