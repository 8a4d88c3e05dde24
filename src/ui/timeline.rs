//! The central timeline: `egui_plot` provides the calendar axis and drag
//! panning (x only); marks, clusters, lane names, the density strip and the
//! overview band are painted from the frame view-model. The visible window
//! lives in the state and changes only through commands.
//!
//! The plot's x is the state's gap axis ([`GapAxis`]): the day number, or
//! with gap collapsing on, a coordinate in which long empty periods are
//! squeezed to a marked break. Zoom and pan work on that axis; windows
//! sent back to the state are in days.

use egui::{
    Align2, CornerRadius, FontId, Painter, Pos2, Rect, Sense, Shape, Stroke, StrokeKind, Vec2,
};
use egui_plot::{GridInput, GridMark, Plot, PlotPoint, PlotTransform};

use crate::model::date::date_from_day_number;
use crate::state::axis::{TickStep, TimeWindow, choose_step, tick_label, ticks, zoom_window};
use crate::state::gaps::GapAxis;
use crate::state::view::{FrameView, Hit, Mark, MarkKind, badge_radius_px, build_frame_on};
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
const DENSITY_HEIGHT: f32 = 18.0;
/// Height of the coarse date row above the plot.
const COARSE_HEIGHT: f32 = 16.0;
const OVERVIEW_HEIGHT: f32 = 42.0;
/// Lane height in points, for a comfortable reading size.
const MIN_LANE_PX: f32 = 34.0;

/// What the timeline reports back to the window after drawing.
#[derive(Debug, Clone, Copy, Default)]
pub struct TimelineOutput {
    /// Where the selected event's mark was drawn, if it is visible.
    pub selected: Option<Pos2>,
    /// The plot area (for screenshots).
    pub plot: Option<Rect>,
}

/// Draws the timeline and pushes the user's actions as commands.
pub fn timeline_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    commands: &mut Vec<Command>,
) -> TimelineOutput {
    let Some(window) = state.window else {
        empty_ui(ui);
        return TimelineOutput::default();
    };
    let (coarse_rect, _) = ui.allocate_exact_size(
        Vec2::new(ui.available_width(), COARSE_HEIGHT),
        Sense::hover(),
    );
    let plot_height = (ui.available_height() - DENSITY_HEIGHT - OVERVIEW_HEIGHT - 8.0).max(120.0);
    let axis = state.gap_axis();
    let (transform, response) = plot_ui(ui, state, window, plot_height, commands);
    coarse_row_ui(ui, coarse_rect, &transform, axis);
    let frame = *transform.frame();
    let view = build_frame_on(
        &state.timeline,
        &state.layout,
        window,
        f64::from(frame.width()),
        state.selected_index(),
        axis,
    );
    let painter = ui.painter_at(frame);
    let dark = ui.visuals().dark_mode;
    gaps_ui(ui, &painter, &transform, &view);
    let selected_pos = paint_marks(&painter, &transform, &view, dark);
    lane_names_ui(ui, &painter, &transform, &view, commands);
    interact(&response, &transform, &view, state, commands);
    if state.layout.lanes.is_empty() {
        painter.text(
            frame.center(),
            Align2::CENTER_CENTER,
            "No event matches the filters.",
            FontId::proportional(14.0),
            ui.visuals().weak_text_color(),
        );
    }
    density_ui(ui, &view, frame.x_range(), dark);
    overview_ui(ui, state, window, frame.x_range(), commands);
    TimelineOutput {
        selected: selected_pos,
        plot: Some(frame),
    }
}

fn empty_ui(ui: &mut egui::Ui) {
    ui.centered_and_justified(|ui| {
        ui.weak(
            "No events yet: open articles with File ▸ Open files… (Ctrl+O), drop files or folders here, or pass paths on the command line.",
        );
    });
}

/// The coarser date row above the plot (months over days, years over
/// months, decades over years), with the enclosing period always named at
/// the left edge.
fn coarse_row_ui(ui: &egui::Ui, strip: Rect, transform: &PlotTransform, axis: &GapAxis) {
    let frame = *transform.frame();
    let rect = Rect::from_x_y_ranges(frame.x_range(), strip.y_range());
    let painter = ui.painter_at(rect);
    let bounds = transform.bounds();
    let (lo, hi) = (bounds.min()[0], bounds.max()[0]);
    #[allow(clippy::cast_sign_loss)] // clamped to at least 2.0 first
    let max_ticks = (frame.width() / LABEL_WIDTH_PX).max(2.0) as usize;
    let fine = choose_step(hi - lo, max_ticks);
    let font = FontId::proportional(11.0);
    let color = ui.visuals().strong_text_color();
    let ticks = axis.coarse_ticks(lo, hi, fine);
    let xs: Vec<f32> = ticks
        .iter()
        .map(|(x, _)| transform.position_from_point_x(*x))
        .collect();
    for (i, (_, tick)) in ticks.iter().enumerate() {
        let Some(&x) = xs.get(i) else { continue };
        // The sticky first label gives way to the next boundary's label.
        let room = xs.get(i + 1).map_or(f32::INFINITY, |next| next - x);
        let galley = painter.layout_no_wrap(tick.label.clone(), font.clone(), color);
        if galley.size().x + 8.0 > room {
            continue;
        }
        if i > 0 {
            painter.vline(
                x,
                rect.y_range(),
                Stroke::new(1.0, ui.visuals().weak_text_color()),
            );
        }
        painter.galley(
            Pos2::new(x + 4.0, rect.center().y - galley.size().y / 2.0),
            galley,
            color,
        );
    }
}

/// The plot: calendar grid and drag panning; the window comes from the state.
fn plot_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    window: TimeWindow,
    height: f32,
    commands: &mut Vec<Command>,
) -> (PlotTransform, egui::Response) {
    #[allow(clippy::cast_sign_loss)] // clamped to at least 2.0 first
    let max_ticks = (ui.available_width() / LABEL_WIDTH_PX).max(2.0) as usize;
    let total_height = state.layout.total_height.max(1.0);
    let axis = state.gap_axis();
    let on_axis = axis.window_to_x(window);
    let plot = Plot::new("timeline")
        .height(height)
        .allow_zoom(false)
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
            axis.ticks(lo, hi, max_ticks)
                .into_iter()
                .map(|(x, t)| GridMark {
                    value: x,
                    step_size: t.step.approx_days(),
                })
                .collect()
        })
        .x_axis_formatter(|mark, _range| {
            date_from_day_number(axis.day_from_x(mark.value).round() as i64)
                .map(|d| tick_label(d, TickStep::from_approx_days(mark.step_size)))
                .unwrap_or_default()
        });
    let shown = plot.show(ui, |plot_ui| {
        plot_ui.set_plot_bounds_x(on_axis.min_day..=on_axis.max_day);
        plot_ui.set_plot_bounds_y(-(total_height + 0.15)..=0.15);
    });
    let bounds = shown.transform.bounds();
    let after_drag = TimeWindow {
        min_day: bounds.min()[0],
        max_day: bounds.max()[0],
    };
    let mut next = after_drag;
    // The wheel zooms time around the pointer; + and - around the centre.
    let response = &shown.response;
    if response.hovered() {
        let scroll = ui.input(|i| f64::from(i.smooth_scroll_delta.y + i.smooth_scroll_delta.x));
        if let Some(pointer) = response.hover_pos()
            && scroll.abs() > 0.0
        {
            let center = shown.transform.value_from_position(pointer).x;
            next = zoom_window(next, (scroll * ZOOM_PER_SCROLL_POINT).exp(), center);
        }
    }
    if !ui.ctx().text_edit_focused() {
        let factor = ui.input(|i| {
            if i.key_pressed(egui::Key::Plus) || i.key_pressed(egui::Key::Equals) {
                KEY_ZOOM
            } else if i.key_pressed(egui::Key::Minus) {
                1.0 / KEY_ZOOM
            } else {
                1.0
            }
        });
        if (factor - 1.0).abs() > f64::EPSILON {
            next = zoom_window(next, factor, f64::midpoint(next.min_day, next.max_day));
        }
    }
    // Compared on the axis, where the window was set (inside a squeezed
    // gap, converting back to days loses a little precision).
    if (next.min_day - on_axis.min_day).abs() > 1e-9
        || (next.max_day - on_axis.max_day).abs() > 1e-9
    {
        commands.push(Command::SetWindow(axis.window_from_x(next)));
    }
    (shown.transform, shown.response)
}

/// Screen x of a day number, through the frame's gap axis.
fn x_of(transform: &PlotTransform, view: &FrameView, day: f64) -> f32 {
    transform.position_from_point_x(view.axis.x_from_day(day))
}

fn lane_center(transform: &PlotTransform, view: &FrameView, lane: usize) -> f32 {
    transform.position_from_point_y(view.lanes.get(lane).map_or(0.0, |l| l.y))
}

/// Paints lanes, bars, points, clusters and the selection; returns where
/// the selected mark is.
fn paint_marks(
    painter: &Painter,
    transform: &PlotTransform,
    view: &FrameView,
    dark: bool,
) -> Option<Pos2> {
    let frame = *transform.frame();
    for lane in &view.lanes {
        let y = transform.position_from_point_y(lane.y);
        painter.hline(
            frame.x_range(),
            y,
            Stroke::new(1.0, theme::lane_guide(dark)),
        );
    }
    let bar_rect = |mark: &Mark, half: f32| {
        let y = lane_center(transform, view, mark.lane);
        let x0 = x_of(transform, view, mark.start);
        let x1 = x_of(transform, view, mark.end).max(x0 + 3.0);
        Rect::from_min_max(Pos2::new(x0, y - half), Pos2::new(x1, y + half))
    };
    let center = |mark: &Mark| {
        Pos2::new(
            x_of(transform, view, mark.center()),
            lane_center(transform, view, mark.lane),
        )
    };
    let color_of = |lane: usize| theme::lane_color(view.lanes.get(lane).map_or(0, |l| l.color));
    let collapsed = |lane: usize| view.lanes.get(lane).is_some_and(|l| l.collapsed);
    let is_point = |m: &Mark| {
        m.kind == MarkKind::Point
            || x_of(transform, view, m.end) - x_of(transform, view, m.start) < 4.0
    };

    paint_coverage(painter, transform, view);
    // Periods and intervals (imprecise: lighter, so precision is visible).
    for mark in view.marks.iter().filter(|m| !is_point(m)) {
        let color = color_of(mark.lane);
        let half = if collapsed(mark.lane) {
            2.0
        } else if mark.kind == MarkKind::Interval {
            3.0
        } else {
            5.0
        };
        let rect = bar_rect(mark, half);
        let fill = if mark.kind == MarkKind::Interval {
            theme::interval_fill(color)
        } else {
            theme::bar_fill(color)
        };
        painter.rect_filled(rect, CornerRadius::same(2), fill);
        if mark.approximate {
            painter.rect_stroke(
                rect,
                CornerRadius::same(2),
                Stroke::new(1.0, color),
                StrokeKind::Inside,
            );
        }
    }
    for mark in view.marks.iter().filter(|m| is_point(m)) {
        let color = color_of(mark.lane);
        let radius = if collapsed(mark.lane) { 3.0 } else { 5.5 };
        if mark.approximate || mark.kind != MarkKind::Point {
            painter.circle_stroke(center(mark), radius - 0.5, Stroke::new(2.0, color));
        } else {
            painter.circle_filled(center(mark), radius, color);
        }
    }
    paint_clusters(painter, transform, view);
    let mark = view.marks.iter().find(|m| m.selected)?;
    let stroke = Stroke::new(2.0, theme::selection(dark));
    if is_point(mark) {
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

/// Dense periods: one band per lane, stronger where more overlap.
fn paint_coverage(painter: &Painter, transform: &PlotTransform, view: &FrameView) {
    let color_of = |lane: usize| theme::lane_color(view.lanes.get(lane).map_or(0, |l| l.color));
    for band in &view.coverage {
        let color = color_of(band.lane);
        let y = lane_center(transform, view, band.lane);
        let strength = band.depth as f32 / band.max_depth.max(1) as f32;
        let rect = Rect::from_min_max(
            Pos2::new(x_of(transform, view, band.start), y - 5.0),
            Pos2::new(x_of(transform, view, band.end), y + 5.0),
        );
        painter.rect_filled(
            rect,
            CornerRadius::ZERO,
            color.gamma_multiply(0.15 + 0.6 * strength),
        );
    }
}

/// Cluster badges with their event counts.
fn paint_clusters(painter: &Painter, transform: &PlotTransform, view: &FrameView) {
    let color_of = |lane: usize| theme::lane_color(view.lanes.get(lane).map_or(0, |l| l.color));
    for cluster in &view.clusters {
        let color = color_of(cluster.lane);
        // The middle on screen (a cluster may straddle a squeezed gap).
        let x = f32::midpoint(
            x_of(transform, view, cluster.start),
            x_of(transform, view, cluster.end),
        );
        let pos = Pos2::new(x, lane_center(transform, view, cluster.lane));
        let text = cluster.count.to_string();
        let radius = badge_radius_px(cluster.count) as f32;
        painter.circle_filled(pos, radius, color);
        painter.text(
            pos,
            Align2::CENTER_CENTER,
            text,
            FontId::proportional(10.0),
            theme::badge_text(color),
        );
    }
}

/// Lane names at the left edge; right-click one to collapse, hide or move it.
fn lane_names_ui(
    ui: &egui::Ui,
    painter: &Painter,
    transform: &PlotTransform,
    view: &FrameView,
    commands: &mut Vec<Command>,
) {
    let frame = *transform.frame();
    let text_color = ui.visuals().text_color();
    let dark = ui.visuals().dark_mode;
    for lane in &view.lanes {
        let y = transform.position_from_point_y(lane.y);
        let name: String = lane.name.chars().take(48).collect();
        let label = format!("{name} ({})", lane.count);
        let galley = painter.layout_no_wrap(label, FontId::proportional(12.0), text_color);
        let lane_px = transform.position_from_point_y(lane.y - lane.height / 2.0)
            - transform.position_from_point_y(lane.y + lane.height / 2.0);
        let above = if lane.collapsed || lane_px < MIN_LANE_PX {
            galley.size().y / 2.0
        } else {
            10.0 + galley.size().y
        };
        let pos = Pos2::new(frame.left() + 8.0, y - above);
        let rect = Rect::from_min_size(pos, galley.size()).expand(2.0);
        painter.rect_filled(rect, CornerRadius::same(2), theme::lane_label_bg(dark));
        painter.rect_filled(
            Rect::from_min_size(
                Pos2::new(rect.left() - 4.0, rect.top()),
                Vec2::new(3.0, rect.height()),
            ),
            CornerRadius::ZERO,
            theme::lane_color(lane.color),
        );
        painter.galley(pos, galley, text_color);
        let response = ui
            .interact(
                rect,
                ui.scope_id().with(("lane", &lane.key)),
                Sense::click(),
            )
            .on_hover_text("Right-click: collapse, hide or move this lane");
        response.context_menu(|ui| {
            let collapse = if lane.collapsed { "Expand" } else { "Collapse" };
            if ui.button(collapse).clicked() {
                commands.push(Command::ToggleCollapsed(lane.key.clone()));
            }
            if ui.button("Hide").clicked() {
                commands.push(Command::HideLane(lane.key.clone()));
            }
            if ui.button("Move up").clicked() {
                commands.push(Command::MoveLane {
                    key: lane.key.clone(),
                    up: true,
                });
            }
            if ui.button("Move down").clicked() {
                commands.push(Command::MoveLane {
                    key: lane.key.clone(),
                    up: false,
                });
            }
        });
    }
}

/// Clicks, double-clicks and hover tooltips on the plot.
fn interact(
    response: &egui::Response,
    transform: &PlotTransform,
    view: &FrameView,
    state: &AppState,
    commands: &mut Vec<Command>,
) {
    let frame = *transform.frame();
    let bounds = transform.bounds();
    let px_per_day = f64::from(frame.width()) / bounds.width().max(f64::EPSILON);
    let px_per_lane = f64::from(frame.height()) / bounds.height().max(f64::EPSILON);
    let pick = |pos: Pos2| {
        let p: PlotPoint = transform.value_from_position(pos);
        view.hit(p.x, p.y, px_per_day, px_per_lane, PICK_RADIUS_PX)
    };
    if response.double_clicked() {
        commands.push(Command::Fit);
    } else if response.clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        match pick(pos) {
            Some(Hit::Event(i)) => commands.push(Command::Select(Some(i))),
            Some(Hit::Cluster(c)) => {
                if let Some(cluster) = view.clusters.get(c) {
                    // Zoom in until the cluster's events separate.
                    let (start, end) = (
                        view.axis.x_from_day(cluster.start),
                        view.axis.x_from_day(cluster.end),
                    );
                    let pad = ((end - start) * 0.25).max(1.0);
                    commands.push(Command::SetWindow(view.axis.window_from_x(TimeWindow {
                        min_day: start - pad,
                        max_day: end + pad,
                    })));
                    commands.push(Command::Select(Some(cluster.first_event)));
                }
            }
            Some(Hit::Coverage(_)) => {
                // Zoom in around the pointer until the periods separate.
                let x = transform.value_from_position(pos).x;
                let w = transform.bounds().width() / 8.0;
                commands.push(Command::SetWindow(view.axis.window_from_x(TimeWindow {
                    min_day: x - w,
                    max_day: x + w,
                })));
            }
            None => commands.push(Command::Select(None)),
        }
    }
    let Some(pos) = response.hover_pos() else {
        return;
    };
    match pick(pos) {
        Some(Hit::Event(i)) => {
            if let Some(event) = state.timeline.get(i) {
                let article = state.article_of(event).map_or("", |a| a.display_name());
                response.clone().on_hover_ui_at_pointer(|ui| {
                    ui.strong(event.date.describe());
                    ui.label(&event.label);
                    ui.weak(article);
                });
            }
        }
        Some(Hit::Cluster(c)) => {
            if let Some(cluster) = view.clusters.get(c) {
                let describe = |day: f64| {
                    date_from_day_number(day as i64)
                        .map_or_else(String::new, |d| d.format("%-d %b %Y").to_string())
                };
                response.clone().on_hover_ui_at_pointer(|ui| {
                    ui.strong(format!("{} events", cluster.count));
                    ui.label(format!(
                        "{} – {}",
                        describe(cluster.start),
                        describe(cluster.end - 1.0)
                    ));
                    ui.weak("Click to zoom in until they separate");
                });
            }
        }
        Some(Hit::Coverage(c)) => {
            if let Some(band) = view.coverage.get(c) {
                response.clone().on_hover_ui_at_pointer(|ui| {
                    ui.strong(format!("{} overlapping periods", band.depth));
                    ui.weak("Click to zoom in");
                });
            }
        }
        None => {
            let x = transform.value_from_position(pos).x;
            let min_width = GAP_MIN_PX / px_per_day.max(f64::EPSILON);
            if let Some(gap) = view.gap_at(x, min_width) {
                response.clone().on_hover_ui_at_pointer(|ui| {
                    ui.strong(gap.describe());
                    ui.weak("Longer periods that span it are drawn across the break");
                    ui.weak("View ▸ Collapse empty periods (G) turns this off");
                });
            }
        }
    }
}

/// Narrowest a squeezed gap is drawn, in points.
const GAP_MIN_PX: f64 = 8.0;

/// Squeezed empty periods: a shaded band with a zig-zag break line at each
/// edge, labelled for screen readers and tests ("No events: …").
fn gaps_ui(ui: &egui::Ui, painter: &Painter, transform: &PlotTransform, view: &FrameView) {
    let frame = *transform.frame();
    let dark = ui.visuals().dark_mode;
    let stroke = Stroke::new(1.2, ui.visuals().weak_text_color());
    #[allow(clippy::cast_sign_loss)] // a height, clamped to >= 0
    let steps = (frame.height().max(0.0) / 5.0).ceil() as usize;
    for gap in &view.gaps {
        let (a, b) = (
            x_of(transform, view, gap.start_day),
            x_of(transform, view, gap.end_day),
        );
        let pad = ((GAP_MIN_PX as f32 - (b - a)) / 2.0).max(0.0);
        let (a, b) = (a - pad, b + pad);
        let rect = Rect::from_x_y_ranges(a..=b, frame.y_range());
        painter.rect_filled(rect, CornerRadius::ZERO, theme::strip_bg(dark));
        for x in [a, b] {
            let zigzag: Vec<Pos2> = (0..=steps)
                .map(|i| {
                    let dx = if i % 2 == 0 { -2.0 } else { 2.0 };
                    Pos2::new(x + dx, frame.top() + i as f32 * 5.0)
                })
                .collect();
            painter.add(Shape::line(zigzag, stroke));
        }
        let label = gap.describe();
        let response = ui.interact(
            rect.intersect(frame),
            ui.scope_id().with(("gap", gap.start_day.to_bits())),
            Sense::hover(),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, label.clone()));
    }
}

/// A per-pixel histogram of the events in view, under the lanes.
fn density_ui(ui: &mut egui::Ui, view: &FrameView, x_range: egui::Rangef, dark: bool) {
    let (rect, _) = ui.allocate_exact_size(
        Vec2::new(ui.available_width(), DENSITY_HEIGHT),
        Sense::hover(),
    );
    let rect = Rect::from_x_y_ranges(x_range, rect.y_range());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, CornerRadius::ZERO, theme::strip_bg(dark));
    let max = view.density.iter().copied().max().unwrap_or(0).max(1) as f32;
    let color = theme::density(dark);
    for (i, &count) in view.density.iter().enumerate() {
        if count == 0 {
            continue;
        }
        let h = (count as f32 / max).sqrt() * (rect.height() - 2.0);
        let x = rect.left() + i as f32;
        painter.line_segment(
            [
                Pos2::new(x + 0.5, rect.bottom()),
                Pos2::new(x + 0.5, rect.bottom() - h),
            ],
            Stroke::new(1.0, color),
        );
    }
    painter.text(
        Pos2::new(rect.right() - 4.0, rect.center().y),
        Align2::RIGHT_CENTER,
        format!("{} in view", view.in_window),
        FontId::proportional(10.0),
        ui.visuals().weak_text_color(),
    );
}

/// The whole data range with the current window marked; drag or click to
/// move the window.
fn overview_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    window: TimeWindow,
    x_range: egui::Rangef,
    commands: &mut Vec<Command>,
) {
    let dark = ui.visuals().dark_mode;
    let (outer, _) = ui.allocate_exact_size(
        Vec2::new(ui.available_width(), OVERVIEW_HEIGHT),
        Sense::hover(),
    );
    let rect = Rect::from_x_y_ranges(x_range, outer.y_range().shrink(2.0));
    let response = ui.interact(
        rect,
        ui.scope_id().with("overview"),
        Sense::click_and_drag(),
    );
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, CornerRadius::same(3), theme::strip_bg(dark));
    if state.layout.overview.is_empty() {
        return;
    }
    let (lo, hi) = state.layout.overview_range;
    let to_x = |day: f64| rect.left() + ((day - lo) / (hi - lo)) as f32 * rect.width();
    let density = &state.layout.overview;
    let max = density.iter().copied().max().unwrap_or(0).max(1) as f32;
    let color = theme::density(dark);
    let bin_width = rect.width() / density.len() as f32;
    for (i, &count) in density.iter().enumerate() {
        if count > 0 {
            let h = (count as f32 / max).sqrt() * (rect.height() - 14.0);
            let x = rect.left() + (i as f32 + 0.5) * bin_width;
            painter.line_segment(
                [
                    Pos2::new(x, rect.bottom() - 12.0),
                    Pos2::new(x, rect.bottom() - 12.0 - h),
                ],
                Stroke::new(bin_width.max(1.0), color),
            );
        }
    }
    // Decade labels along the bottom.
    #[allow(clippy::cast_sign_loss)] // at least 2
    let max_ticks = (rect.width() / 60.0).max(2.0) as usize;
    for tick in ticks(lo, hi, max_ticks) {
        painter.text(
            Pos2::new(to_x(tick.day), rect.bottom() - 1.0),
            Align2::CENTER_BOTTOM,
            &tick.label,
            FontId::proportional(9.0),
            ui.visuals().weak_text_color(),
        );
    }
    let x0 = to_x(window.min_day).max(rect.left());
    let x1 = to_x(window.max_day).min(rect.right()).max(x0 + 2.0);
    let window_rect = Rect::from_x_y_ranges(x0..=x1, rect.y_range());
    painter.rect_filled(window_rect, CornerRadius::same(2), theme::window_fill(dark));
    painter.rect_stroke(
        window_rect,
        CornerRadius::same(2),
        Stroke::new(1.5, theme::selection(dark)),
        StrokeKind::Inside,
    );
    if (response.dragged() || response.clicked())
        && let Some(pointer) = response.interact_pointer_pos()
    {
        // Centred on the day under the pointer, keeping the zoom (on the
        // gap axis, where the zoom is what the plot shows).
        let axis = state.gap_axis();
        let day = lo + f64::from((pointer.x - rect.left()) / rect.width()) * (hi - lo);
        let on_axis = axis.window_to_x(window);
        let half = (on_axis.max_day - on_axis.min_day) / 2.0;
        let x = axis.x_from_day(day);
        commands.push(Command::SetWindow(axis.window_from_x(TimeWindow {
            min_day: x - half,
            max_day: x + half,
        })));
    }
}
