//! The central timeline: `egui_plot` provides the calendar axis, zoom and
//! pan (x only); marks and lane names are painted from the view-model.

use egui::{Align2, Color32, CornerRadius, FontId, Painter, Pos2, Rect, Stroke, StrokeKind, Vec2};
use egui_plot::{GridInput, GridMark, Plot, PlotPoint, PlotTransform};

use crate::model::date::date_from_day_number;
use crate::state::axis::{TickStep, TimeWindow, constrain_window, tick_label, ticks, zoom_window};
use crate::state::view::{Mark, TimelineView, lane_y};
use crate::state::{AppState, Command};

use super::theme;

/// Pixels within which a click or hover picks a mark.
const PICK_RADIUS_PX: f64 = 12.0;
/// Horizontal room one axis label needs.
const LABEL_WIDTH_PX: f32 = 110.0;
/// Zoom per scrolled point (wheel notches are about 50 points).
const ZOOM_PER_SCROLL_POINT: f64 = 0.004;
/// Zoom per press of `+` or `-`.
const KEY_ZOOM: f64 = 1.5;

fn step_from_size(step_size: f64) -> TickStep {
    [
        TickStep::Days(1),
        TickStep::Days(2),
        TickStep::Days(7),
        TickStep::Months(1),
        TickStep::Months(3),
        TickStep::Months(6),
    ]
    .into_iter()
    .find(|s| (s.approx_days() - step_size).abs() < 0.5)
    .unwrap_or(TickStep::Years(
        ((step_size / 365.25).round() as i32).max(1),
    ))
}

/// Draws the timeline and pushes the user's selections as commands.
/// Returns where the selected event's mark was drawn, if it is visible.
pub fn timeline_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &TimelineView,
    commands: &mut Vec<Command>,
) -> Option<Pos2> {
    let (transform, plot_response) = plot_ui(ui, state, view.lanes.len());
    if state.fit_requested {
        commands.push(Command::FitApplied);
    }
    let frame = *transform.frame();
    let painter = ui.painter_at(frame);
    let dark = ui.visuals().dark_mode;
    let selected_pos = paint_marks(&painter, &transform, view, dark);
    paint_lane_names(&painter, &transform, view, ui.visuals().text_color(), dark);

    let bounds = transform.bounds();
    let px_per_day = f64::from(frame.width()) / bounds.width().max(f64::EPSILON);
    let px_per_lane = f64::from(frame.height()) / bounds.height().max(f64::EPSILON);
    let pick = |pos: Pos2| {
        let p: PlotPoint = transform.value_from_position(pos);
        view.hit(p.x, p.y, px_per_day, px_per_lane, PICK_RADIUS_PX)
    };
    if plot_response.double_clicked() {
        commands.push(Command::Fit);
    } else if plot_response.clicked()
        && let Some(pos) = plot_response.interact_pointer_pos()
    {
        commands.push(Command::Select(pick(pos)));
    }
    if let Some(pos) = plot_response.hover_pos()
        && let Some(event) = pick(pos).and_then(|i| state.timeline.get(i))
    {
        let article = state.article_of(event).map_or("", |a| a.display_name());
        plot_response.on_hover_ui_at_pointer(|ui| {
            ui.strong(event.date.describe());
            ui.label(&event.label);
            ui.weak(article);
        });
    }
    if state.timeline.is_empty() {
        painter.text(
            frame.center(),
            Align2::CENTER_CENTER,
            "No events yet: open articles with File ▸ Open files…, drop them here, or pass paths on the command line.",
            FontId::proportional(14.0),
            ui.visuals().weak_text_color(),
        );
    }
    selected_pos
}

/// The plot itself: calendar grid, zoom and pan on x, lanes fixed on y.
fn plot_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    lane_count: usize,
) -> (PlotTransform, egui::Response) {
    #[allow(clippy::cast_sign_loss)] // clamped to at least 2.0 first
    let max_ticks = (ui.available_width() / LABEL_WIDTH_PX).max(2.0) as usize;
    let lanes = lane_count.max(1) as f64;
    let fit = state.fit_requested;
    let extent = state.timeline.extent_days();
    let plot = Plot::new("timeline")
        .allow_zoom([true, false])
        .allow_scroll(false)
        .allow_drag([true, false])
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_axes([true, false])
        .show_grid([true, false])
        .show_x(false)
        .show_y(false)
        .label_formatter(|_| None)
        .x_grid_spacer(move |input: GridInput| {
            let (lo, hi) = input.bounds;
            ticks(lo, hi, max_ticks)
                .into_iter()
                .map(|t| GridMark {
                    value: t.day,
                    step_size: t.step.approx_days(),
                })
                .collect()
        })
        .x_axis_formatter(|mark, _range| {
            date_from_day_number(mark.value.round() as i64)
                .map(|d| tick_label(d, step_from_size(mark.step_size)))
                .unwrap_or_default()
        });
    // The wheel zooms time around the pointer; + and - zoom around the centre.
    let (scroll, key_zoom) = ui.input(|i| {
        let keys = if i.key_pressed(egui::Key::Plus) || i.key_pressed(egui::Key::Equals) {
            KEY_ZOOM
        } else if i.key_pressed(egui::Key::Minus) {
            1.0 / KEY_ZOOM
        } else {
            1.0
        };
        (
            f64::from(i.smooth_scroll_delta.y + i.smooth_scroll_delta.x),
            keys,
        )
    });
    let typing = ui.ctx().egui_wants_keyboard_input();
    let shown = plot.show(ui, |plot_ui| {
        let bounds = plot_ui.plot_bounds();
        let mut current = TimeWindow {
            min_day: bounds.min()[0],
            max_day: bounds.max()[0],
        };
        if let Some(pointer) = plot_ui.pointer_coordinate()
            && plot_ui.response().hovered()
            && scroll.abs() > 0.0
        {
            current = zoom_window(current, (scroll * ZOOM_PER_SCROLL_POINT).exp(), pointer.x);
        }
        if !typing && (key_zoom - 1.0).abs() > f64::EPSILON {
            let centre = f64::midpoint(current.min_day, current.max_day);
            current = zoom_window(current, key_zoom, centre);
        }
        let window = constrain_window(current, extent, fit);
        plot_ui.set_plot_bounds_x(window.min_day..=window.max_day);
        plot_ui.set_plot_bounds_y(-(lanes - 0.5)..=0.6);
    });
    (shown.transform, shown.response)
}

/// Paints bars, then points, then the selection ring; returns where the
/// selected mark is.
fn paint_marks(
    painter: &Painter,
    transform: &PlotTransform,
    view: &TimelineView,
    dark: bool,
) -> Option<Pos2> {
    let frame = *transform.frame();
    let bounds = transform.bounds();
    let (x_lo, x_hi) = (bounds.min()[0], bounds.max()[0]);
    for lane in &view.lanes {
        let y = transform.position_from_point_y(lane.y);
        painter.hline(
            frame.x_range(),
            y,
            Stroke::new(1.0, theme::lane_guide(dark)),
        );
    }
    let bar_rect = |mark: &Mark, half_height: f32| {
        let y = transform.position_from_point_y(lane_y(mark.lane));
        let x0 = transform.position_from_point_x(mark.start);
        let x1 = transform.position_from_point_x(mark.end).max(x0 + 3.0);
        Rect::from_min_max(
            Pos2::new(x0, y - half_height),
            Pos2::new(x1, y + half_height),
        )
    };
    let center = |mark: &Mark| {
        Pos2::new(
            transform.position_from_point_x(mark.center()),
            transform.position_from_point_y(lane_y(mark.lane)),
        )
    };
    let visible: Vec<&Mark> = view
        .marks
        .iter()
        .filter(|m| m.end >= x_lo && m.start <= x_hi)
        .collect();
    for mark in visible.iter().filter(|m| !m.point) {
        let color = theme::lane_color(mark.lane);
        let rect = bar_rect(mark, 5.0);
        painter.rect_filled(rect, CornerRadius::same(2), theme::bar_fill(color));
        if mark.approximate {
            painter.rect_stroke(
                rect,
                CornerRadius::same(2),
                Stroke::new(1.0, color),
                StrokeKind::Inside,
            );
        }
    }
    for mark in visible.iter().filter(|m| m.point) {
        let color = theme::lane_color(mark.lane);
        if mark.approximate {
            painter.circle_stroke(center(mark), 5.0, Stroke::new(2.0, color));
        } else {
            painter.circle_filled(center(mark), 5.5, color);
        }
    }
    let mark = visible.iter().find(|m| m.selected)?;
    let stroke = Stroke::new(2.0, theme::selection(dark));
    if mark.point {
        painter.circle_stroke(center(mark), 9.0, stroke);
    } else {
        painter.rect_stroke(
            bar_rect(mark, 8.0),
            CornerRadius::same(3),
            stroke,
            StrokeKind::Outside,
        );
    }
    let pos = center(mark);
    Some(Pos2::new(pos.x.clamp(frame.left(), frame.right()), pos.y))
}

/// Lane names at the left edge, above each lane's guide line.
fn paint_lane_names(
    painter: &Painter,
    transform: &PlotTransform,
    view: &TimelineView,
    text: Color32,
    dark: bool,
) {
    let frame = *transform.frame();
    let font = FontId::proportional(12.0);
    for (i, lane) in view.lanes.iter().enumerate() {
        let y = transform.position_from_point_y(lane.y);
        let name: String = lane.name.chars().take(48).collect();
        let galley = painter.layout_no_wrap(name, font.clone(), text);
        let pos = Pos2::new(frame.left() + 8.0, y - 10.0 - galley.size().y);
        let rect = Rect::from_min_size(pos, galley.size()).expand(2.0);
        painter.rect_filled(rect, CornerRadius::same(2), theme::lane_label_bg(dark));
        painter.rect_filled(
            Rect::from_min_size(
                Pos2::new(rect.left() - 4.0, rect.top()),
                Vec2::new(3.0, rect.height()),
            ),
            CornerRadius::ZERO,
            theme::lane_color(i),
        );
        painter.galley(pos, galley, text);
    }
}
