//! Report figures as SVG: the document parses (usvg, with the bundled
//! fonts), holds every placed label and every source note as real text,
//! labels never overlap, and the colours match the window's.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use dateline::figure::{self, Figure, FigureInput, FigureOptions};
use dateline::state::views::Filter;
use dateline::state::{AppState, Command};
use resvg::usvg;

/// All text of a parsed SVG, in document order, joined by spaces.
fn all_text(tree: &usvg::Tree) -> String {
    fn walk(group: &usvg::Group, out: &mut Vec<String>) {
        for node in group.children() {
            match node {
                usvg::Node::Group(g) => walk(g, out),
                usvg::Node::Text(t) => {
                    for chunk in t.chunks() {
                        out.push(chunk.text().to_owned());
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(tree.root(), &mut out);
    out.join(" ")
}

fn view(name: &str) -> AppState {
    let mut state = AppState::sample();
    state.apply(Command::ApplyView(name.to_owned()));
    assert!(state.last_error.is_none(), "{:?}", state.last_error);
    state
}

fn render(state: &AppState, options: &FigureOptions) -> Figure {
    figure::render(&FigureInput::from_state(state).unwrap(), options)
}

/// Checks what every figure must hold; `roomy` figures (automatic height)
/// also refer to every note from a label or lane name.
fn check_figure(fig: &Figure, roomy: bool) {
    let tree = figure::parse_svg(&fig.svg).expect("the SVG parses");
    assert!((f64::from(tree.size().width()) - f64::from(fig.width_px)).abs() < 0.5);
    assert!((f64::from(tree.size().height()) - f64::from(fig.height_px)).abs() < 0.5);
    let text = all_text(&tree);
    assert!(!fig.labels.is_empty(), "some labels were placed");
    for label in &fig.labels {
        assert!(
            text.contains(&label.text),
            "label {:?} in the SVG",
            label.text
        );
        assert!(
            text.contains(&label.date),
            "date {:?} in the SVG",
            label.date
        );
    }
    assert!(!fig.notes.is_empty());
    for note in &fig.notes {
        let numbered = format!("{}. {}", note.number, note.text);
        assert!(text.contains(&numbered), "note {numbered:?} in the SVG");
    }
    // Labels stay in the plot and never overlap within a lane's track.
    let (left, _, right, _) = fig.plot;
    for (i, a) in fig.labels.iter().enumerate() {
        assert!(a.x >= left - 0.01 && a.x + a.width <= right + 0.01, "{a:?}");
        let lane = &fig.lanes[a.lane];
        assert!(
            a.y >= lane.mark_y && a.y + a.height <= lane.bottom + 0.01,
            "{a:?}"
        );
        for b in &fig.labels[i + 1..] {
            let same_row = a.lane == b.lane && (a.y - b.y).abs() < 0.5;
            assert!(
                !same_row || a.x + a.width <= b.x || b.x + b.width <= a.x,
                "{a:?} overlaps {b:?}"
            );
        }
    }
    // Every note is referred to: by a label, or by a lane name.
    for note in fig.notes.iter().filter(|_| roomy) {
        assert!(
            fig.labels.iter().any(|l| l.notes.contains(&note.number))
                || fig.svg.contains(&format!(">{}</tspan>", note.number)),
            "note {} is referenced",
            note.number
        );
    }
}

#[test]
fn saved_views_make_complete_figures() {
    for name in ["Niger since 1960", "Coup belt since 2020"] {
        let state = view(name);
        let options = FigureOptions {
            title: name.to_owned(),
            ..FigureOptions::default()
        };
        let fig = render(&state, &options);
        check_figure(&fig, true);
        assert!(fig.svg.contains(&format!(">{name}</text>")), "title");
        assert!(fig.svg.contains("font-family=\"&apos;DejaVu Sans&apos;"));
        assert!(fig.events_in_window > 10);
    }
    let coup_belt = render(&view("Coup belt since 2020"), &FigureOptions::default());
    let lanes: Vec<&str> = coup_belt.lanes.iter().map(|l| l.name.as_str()).collect();
    for country in [
        "Niger",
        "Mali",
        "Burkina Faso",
        "Guinea",
        "Chad",
        "Sudan",
        "Gabon",
    ] {
        assert!(lanes.contains(&country), "{country} in {lanes:?}");
    }
}

#[test]
fn lanes_by_article_carry_their_note_numbers() {
    let mut state = AppState::sample();
    state.apply(Command::SetLaneMode(
        dateline::state::views::LaneMode::Article,
    ));
    state.apply(Command::Fit);
    let fig = render(&state, &FigureOptions::default());
    check_figure(&fig, true);
    assert!(
        fig.labels.iter().all(|l| l.notes.is_empty()),
        "no per-label numbers"
    );
}

#[test]
fn text_is_escaped_and_sizes_are_honoured() {
    let state = AppState::sample();
    let options = FigureOptions {
        title: "Coups <1960–2024> & \"after\"".to_owned(),
        width_px: 900,
        height_px: Some(3000),
        dark: true,
        font_size_px: 12.0,
    };
    let fig = render(&state, &options);
    assert_eq!((fig.width_px, fig.height_px), (900, 3000));
    let tree = figure::parse_svg(&fig.svg).unwrap();
    assert!(all_text(&tree).contains("Coups <1960–2024> & \"after\""));
    assert!(
        fig.svg
            .contains("&lt;1960–2024&gt; &amp; &quot;after&quot;")
    );
    // Too small a height grows to fit.
    let small = render(
        &state,
        &FigureOptions {
            height_px: Some(100),
            ..options
        },
    );
    assert!(small.height_px > 100);
    check_figure(&small, false);
}

#[test]
fn a_view_with_no_events_still_draws() {
    let mut state = AppState::sample();
    state.apply(Command::SetFilter(Filter {
        text: "no such words anywhere".to_owned(),
        ..Filter::default()
    }));
    let fig = render(&state, &FigureOptions::default());
    assert!(fig.lanes.is_empty() && fig.labels.is_empty() && fig.notes.is_empty());
    let tree = figure::parse_svg(&fig.svg).unwrap();
    assert!(all_text(&tree).contains("No events match this view."));
}

#[test]
fn figure_palette_matches_the_window() {
    let ui = dateline::ui::theme::LANE_PALETTE;
    assert_eq!(ui.len(), figure::palette::LANE_PALETTE.len());
    for (a, b) in ui.iter().zip(figure::palette::LANE_PALETTE) {
        assert_eq!((a.r(), a.g(), a.b()), (b.0, b.1, b.2));
    }
}
