//! File ▸ Export figure… (`Ctrl+E`): a small window to choose the figure's
//! size, title, background and font size, with a live preview, and to save
//! it as SVG or PNG (the path's extension decides).
//!
//! The figure is laid out on the UI thread (it is cheap: the same view
//! model as the plot); rasterising the preview, encoding and saving run on
//! worker threads. The preview is redrawn a moment after the options or
//! the view stop changing, never every frame. The system save dialog
//! (rfd) runs on a worker thread too; where there is none, the typed path
//! field is the way in.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use crate::figure::{self, FigureInput, FigureOptions, Format, Raster};
use crate::state::AppState;
use crate::state::views::{Filter, LaneMode};

/// Largest width of the preview image, in pixels.
const PREVIEW_WIDTH_PX: f32 = 720.0;
/// How long the options must stay unchanged before the preview is redrawn.
const PREVIEW_DELAY_S: f64 = 0.25;

/// What the preview depends on; a change schedules a new preview.
#[derive(Debug, Clone, PartialEq)]
struct Fingerprint {
    options: FigureOptions,
    window: Option<(f64, f64)>,
    events: usize,
    shown: usize,
    lanes: Vec<String>,
    mode: LaneMode,
    filter: Filter,
}

/// A message under the Save button.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Status {
    Saved(String),
    Info(String),
    Error(String),
}

/// The Export figure window and its background jobs.
pub struct FigureDialog {
    open: bool,
    options: FigureOptions,
    fit_height: bool,
    height_px: u32,
    /// PNG pixels per figure pixel (1 or 2).
    png_scale: u32,
    path: String,
    wanted: Option<Fingerprint>,
    changed_at: Option<f64>,
    texture: Option<egui::TextureHandle>,
    summary: String,
    preview_job: Option<Receiver<Result<Raster, String>>>,
    save_job: Option<Receiver<Result<PathBuf, String>>>,
    browse_job: Option<Receiver<Option<PathBuf>>>,
    status: Option<Status>,
}

impl std::fmt::Debug for FigureDialog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FigureDialog")
            .field("open", &self.open)
            .field("options", &self.options)
            .field("path", &self.path)
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

impl Default for FigureDialog {
    fn default() -> Self {
        Self {
            open: false,
            options: FigureOptions::default(),
            fit_height: true,
            height_px: 900,
            png_scale: 1,
            path: "dateline-figure.png".to_owned(),
            wanted: None,
            changed_at: None,
            texture: None,
            summary: String::new(),
            preview_job: None,
            save_job: None,
            browse_job: None,
            status: None,
        }
    }
}

impl FigureDialog {
    /// Opens the window (keeping the options chosen last time). `title`
    /// replaces the figure's title when given (e.g. the view's name).
    pub fn open(&mut self, title: Option<&str>) {
        self.open = true;
        if let Some(title) = title {
            title.clone_into(&mut self.options.title);
        }
        self.status = None;
        // Redraw the preview at once.
        self.wanted = None;
    }

    pub fn is_open(&self) -> bool {
        self.open
    }

    /// The options as the figure module takes them.
    fn figure_options(&self) -> FigureOptions {
        FigureOptions {
            height_px: (!self.fit_height).then_some(self.height_px),
            ..self.options.clone()
        }
    }

    /// Shows the window (when open) and collects finished background work.
    pub fn ui(&mut self, ctx: &egui::Context, state: &AppState) {
        self.poll_jobs(ctx);
        if !self.open {
            return;
        }
        let mut open = self.open;
        egui::Window::new("Export figure")
            .open(&mut open)
            .default_width(PREVIEW_WIDTH_PX + 20.0)
            .resizable(true)
            .show(ctx, |ui| self.contents_ui(ui, state));
        self.open = open;
        if self.open {
            self.refresh_preview(ctx, state);
        }
    }

    fn options_ui(&mut self, ui: &mut egui::Ui) {
        egui::Grid::new("figure-options")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let label = ui.label("Title");
                ui.add(
                    egui::TextEdit::singleline(&mut self.options.title)
                        .hint_text("No title")
                        .desired_width(360.0),
                )
                .labelled_by(label.id);
                ui.end_row();
                let label = ui.label("Width");
                ui.add(
                    egui::DragValue::new(&mut self.options.width_px)
                        .range(320..=8000)
                        .suffix(" px"),
                )
                .labelled_by(label.id);
                ui.end_row();
                let label = ui.label("Height");
                ui.horizontal(|ui| {
                    ui.checkbox(&mut self.fit_height, "Fit the content");
                    ui.add_enabled(
                        !self.fit_height,
                        egui::DragValue::new(&mut self.height_px)
                            .range(200..=8000)
                            .suffix(" px"),
                    )
                    .labelled_by(label.id);
                });
                ui.end_row();
                let label = ui.label("Font size");
                ui.add(
                    egui::DragValue::new(&mut self.options.font_size_px)
                        .range(9.0..=24.0)
                        .speed(0.1)
                        .fixed_decimals(1)
                        .suffix(" px"),
                )
                .labelled_by(label.id);
                ui.end_row();
                ui.label("Background");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut self.options.dark, false, "Light");
                    ui.radio_value(&mut self.options.dark, true, "Dark");
                });
                ui.end_row();
                ui.label("PNG size");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut self.png_scale, 1, "1×");
                    ui.radio_value(&mut self.png_scale, 2, "2× (print)");
                });
                ui.end_row();
            });
    }

    fn contents_ui(&mut self, ui: &mut egui::Ui, state: &AppState) {
        self.options_ui(ui);
        ui.separator();
        egui::ScrollArea::vertical()
            .max_height(440.0)
            .auto_shrink([false, true])
            .show(ui, |ui| match &self.texture {
                Some(texture) => {
                    let size = texture.size_vec2();
                    let width = ui.available_width().clamp(50.0, PREVIEW_WIDTH_PX);
                    let scaled = size * (width / size.x.max(1.0));
                    ui.image(egui::load::SizedTexture::new(texture.id(), scaled))
                        .on_hover_text("Preview of the figure");
                }
                None if FigureInput::from_state(state).is_none() => {
                    ui.weak("There is nothing to draw yet: open some articles first.");
                }
                None => {
                    ui.weak("Preparing the preview…");
                }
            });
        if !self.summary.is_empty() {
            ui.weak(&self.summary);
        }
        ui.separator();
        ui.horizontal(|ui| {
            let label = ui.label("Save as");
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.path)
                        .hint_text("figure.svg or figure.png")
                        .desired_width(320.0),
                )
                .labelled_by(label.id);
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui
                .add_enabled(self.browse_job.is_none(), egui::Button::new("Browse…"))
                .on_hover_text("Choose the file with the system's save dialog")
                .clicked()
            {
                self.browse(ui.ctx());
            }
            if ui
                .add_enabled(self.save_job.is_none(), egui::Button::new("Save"))
                .clicked()
                || enter
            {
                self.save(ui.ctx(), state);
            }
        });
        ui.weak("The extension picks the format: .svg (vector; text stays text) or .png.");
        match &self.status {
            Some(Status::Saved(m) | Status::Info(m)) => {
                ui.label(m);
            }
            Some(Status::Error(m)) => {
                ui.colored_label(super::theme::error_text(ui.visuals().dark_mode), m);
            }
            None => {}
        }
    }

    fn fingerprint(&self, state: &AppState) -> Fingerprint {
        Fingerprint {
            options: self.figure_options(),
            window: state.window.map(|w| (w.min_day, w.max_day)),
            events: state.timeline.len(),
            shown: state.layout.shown,
            lanes: state.layout.lanes.iter().map(|l| l.key.clone()).collect(),
            mode: state.prefs.lanes.mode,
            filter: state.filter.clone(),
        }
    }

    /// Schedules a new preview when something changed, and starts it once
    /// things have been still for a moment.
    fn refresh_preview(&mut self, ctx: &egui::Context, state: &AppState) {
        let now = ctx.input(|i| i.time);
        let fingerprint = self.fingerprint(state);
        if self.wanted.as_ref() != Some(&fingerprint) {
            self.wanted = Some(fingerprint);
            // A first preview starts at once; later ones wait for a pause.
            self.changed_at = Some(if self.texture.is_none() {
                now - PREVIEW_DELAY_S
            } else {
                now
            });
        }
        let Some(changed_at) = self.changed_at else {
            return;
        };
        let waited = now - changed_at;
        if waited < PREVIEW_DELAY_S || self.preview_job.is_some() {
            ctx.request_repaint_after(Duration::from_secs_f64(
                (PREVIEW_DELAY_S - waited).max(0.05),
            ));
            return;
        }
        self.changed_at = None;
        let Some(input) = FigureInput::from_state(state) else {
            self.texture = None;
            self.summary.clear();
            return;
        };
        let fig = figure::render(&input, &self.figure_options());
        self.summary = format!(
            "{} × {} px · {} events · {} labels · {} sources",
            fig.width_px,
            fig.height_px,
            fig.events_in_window,
            fig.labels.len(),
            fig.notes.len()
        );
        let scale = (PREVIEW_WIDTH_PX / fig.width_px.max(1) as f32).min(1.0);
        let (sender, receiver) = mpsc::channel();
        let repaint = ctx.clone();
        let svg = fig.svg;
        std::thread::spawn(move || {
            let _ = sender.send(figure::rasterize(&svg, scale).map_err(|e| e.to_string()));
            repaint.request_repaint();
        });
        self.preview_job = Some(receiver);
    }

    fn browse(&mut self, ctx: &egui::Context) {
        let (sender, receiver) = mpsc::channel();
        let repaint = ctx.clone();
        let current = PathBuf::from(self.path.trim());
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new()
                .add_filter("PNG image", &["png"])
                .add_filter("SVG vector image", &["svg"]);
            if let Some(name) = current.file_name() {
                dialog = dialog.set_file_name(name.to_string_lossy());
            }
            if let Some(dir) = current.parent().filter(|d| d.is_dir()) {
                dialog = dialog.set_directory(dir);
            }
            let _ = sender.send(dialog.save_file());
            repaint.request_repaint();
        });
        self.browse_job = Some(receiver);
        self.status = Some(Status::Info("Waiting for the save dialog…".to_owned()));
    }

    fn save(&mut self, ctx: &egui::Context, state: &AppState) {
        let path = PathBuf::from(self.path.trim());
        if path.as_os_str().is_empty() {
            self.status = Some(Status::Error(
                "Type a file name ending in .svg or .png.".to_owned(),
            ));
            return;
        }
        let format = match Format::from_path(&path) {
            Ok(format) => format,
            Err(e) => {
                self.status = Some(Status::Error(e.to_string()));
                return;
            }
        };
        let Some(input) = FigureInput::from_state(state) else {
            self.status = Some(Status::Error(
                "There is nothing to draw yet: open some articles first.".to_owned(),
            ));
            return;
        };
        let svg = figure::render_svg(&input, &self.figure_options());
        #[allow(clippy::cast_precision_loss)] // 1 or 2
        let scale = self.png_scale as f32;
        let (sender, receiver) = mpsc::channel();
        let repaint = ctx.clone();
        std::thread::spawn(move || {
            let result = figure::encode(&svg, format, scale)
                .map_err(|e| format!("cannot export the figure ({e}): {}", path.display()))
                .and_then(|bytes| {
                    crate::io::save::save_atomic(&path, &bytes).map_err(|e| e.to_string())
                })
                .map(|()| path);
            let _ = sender.send(result);
            repaint.request_repaint();
        });
        self.save_job = Some(receiver);
        self.status = Some(Status::Info("Saving…".to_owned()));
    }

    fn poll_jobs(&mut self, ctx: &egui::Context) {
        if let Some(result) = take(&mut self.preview_job) {
            match result {
                Ok(raster) => {
                    let image = egui::ColorImage::from_rgba_premultiplied(
                        [raster.width as usize, raster.height as usize],
                        &raster.rgba,
                    );
                    match &mut self.texture {
                        Some(texture) => texture.set(image, egui::TextureOptions::LINEAR),
                        None => {
                            self.texture = Some(ctx.load_texture(
                                "figure-preview",
                                image,
                                egui::TextureOptions::LINEAR,
                            ));
                        }
                    }
                }
                Err(e) => {
                    self.status = Some(Status::Error(format!("Cannot draw the preview: {e}")));
                }
            }
        }
        if let Some(result) = take(&mut self.save_job) {
            self.status = Some(match result {
                Ok(path) => Status::Saved(format!("Saved {}", path.display())),
                Err(e) => Status::Error(e),
            });
        }
        if let Some(chosen) = take(&mut self.browse_job) {
            self.status = Some(match chosen {
                Some(path) => {
                    self.path = path.display().to_string();
                    let with_ext = Format::from_path(&path).is_ok();
                    if with_ext {
                        Status::Info("Press Save to write the figure.".to_owned())
                    } else {
                        Status::Error(
                            "Add .svg or .png to the file name to choose the format.".to_owned(),
                        )
                    }
                }
                None => Status::Info(
                    "No file was chosen. If no dialog appeared, this system has none: type the path in the field instead.".to_owned(),
                ),
            });
        }
    }
}

/// The message of a finished job (clearing the job), if it has finished.
fn take<T>(job: &mut Option<Receiver<T>>) -> Option<T> {
    let outcome = match job.as_ref()?.try_recv() {
        Ok(value) => Some(value),
        Err(TryRecvError::Empty) => return None,
        Err(TryRecvError::Disconnected) => None,
    };
    *job = None;
    outcome
}
