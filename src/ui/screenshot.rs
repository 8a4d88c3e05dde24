//! File ▸ Save screenshot… (`Ctrl+Shift+S`): a PNG of the timeline exactly
//! as shown, cropped to the plot, at the screen's pixel density or doubled
//! for print.
//!
//! [`request`] asks egui for a screenshot of the next frame (egui 0.37
//! delivers it to a callback); the callback hands the image to a worker
//! thread that crops, scales, encodes and saves it atomically, so the UI
//! never waits. [`poll`] returns the outcome once, when it is ready. The
//! pending job lives in the context's temporary data, so callers keep no
//! state of their own.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Mutex};

use egui::{Color32, ColorImage, Rect};

/// The outcome of a screenshot: where it was saved, or why it failed.
pub type ScreenshotResult = Result<PathBuf, String>;

type Pending = Arc<Mutex<Option<Receiver<ScreenshotResult>>>>;

fn pending_id() -> egui::Id {
    egui::Id::unique("dateline-screenshot-pending")
}

/// A file name in the current folder that names the moment it was taken:
/// `dateline-2024-05-01-142530.png`.
pub fn default_path() -> PathBuf {
    let stamp = chrono::Local::now().format("%Y-%m-%d-%H%M%S");
    PathBuf::from(format!("dateline-{stamp}.png"))
}

/// Asks for a screenshot of `rect` (in points; the plot area) to be saved
/// at `path` as PNG, doubled in size when `double` (for print). The result
/// comes from [`poll`] a frame or two later. A request made while another
/// is pending replaces it.
pub fn request(ctx: &egui::Context, rect: Rect, path: PathBuf, double: bool) {
    let (sender, receiver) = mpsc::channel();
    ctx.data_mut(|d| d.insert_temp::<Pending>(pending_id(), Arc::new(Mutex::new(Some(receiver)))));
    let pixels_per_point = ctx.pixels_per_point();
    let repaint = ctx.clone();
    ctx.request_screenshot(move |image: Arc<ColorImage>| {
        std::thread::spawn(move || {
            let result = save(&image, rect, pixels_per_point, double, &path);
            // The receiver may be gone (a newer request); nothing to report then.
            let _ = sender.send(result);
            repaint.request_repaint();
        });
    });
}

/// Whether a screenshot is being taken or saved.
pub fn is_pending(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp::<Pending>(pending_id()))
        .is_some_and(|p| p.lock().is_ok_and(|r| r.is_some()))
}

/// The outcome of the pending screenshot, once, when it is ready.
pub fn poll(ctx: &egui::Context) -> Option<ScreenshotResult> {
    let pending = ctx.data(|d| d.get_temp::<Pending>(pending_id()))?;
    let mut slot = pending.lock().ok()?;
    let outcome = match slot.as_ref()?.try_recv() {
        Ok(result) => Some(result),
        Err(TryRecvError::Empty) => return None,
        Err(TryRecvError::Disconnected) => Some(Err(
            "the screenshot was not delivered (the window may not support screenshots)".to_owned(),
        )),
    };
    *slot = None;
    drop(slot);
    ctx.data_mut(|d| d.remove::<Pending>(pending_id()));
    outcome
}

/// Crops, scales, encodes and saves; the error message ends with the path.
fn save(
    image: &ColorImage,
    rect: Rect,
    pixels_per_point: f32,
    double: bool,
    path: &Path,
) -> ScreenshotResult {
    let mut image = crop(image, rect, pixels_per_point);
    if image.width() == 0 || image.height() == 0 {
        return Err(format!(
            "cannot save the screenshot (the area to capture is empty): {}",
            path.display()
        ));
    }
    if double {
        image = upscale_2x(&image);
    }
    let bytes = encode_png(&image)
        .map_err(|e| format!("cannot encode the screenshot ({e}): {}", path.display()))?;
    crate::io::save::save_atomic(path, &bytes).map_err(|e| e.to_string())?;
    Ok(path.to_path_buf())
}

/// The part of `image` (a screenshot in physical pixels) under `rect` (in
/// points), clamped to the image.
pub fn crop(image: &ColorImage, rect: Rect, pixels_per_point: f32) -> ColorImage {
    let [width, height] = image.size;
    #[allow(clippy::cast_sign_loss)] // clamped to 0 first
    let to_px = |v: f32, max: usize| ((v * pixels_per_point).round().max(0.0) as usize).min(max);
    let (x0, x1) = (to_px(rect.min.x, width), to_px(rect.max.x, width));
    let (y0, y1) = (to_px(rect.min.y, height), to_px(rect.max.y, height));
    if x1 <= x0 || y1 <= y0 {
        return ColorImage::new([0, 0], Vec::new());
    }
    let mut pixels = Vec::with_capacity((x1 - x0) * (y1 - y0));
    for row in y0..y1 {
        let start = row * width;
        if let Some(line) = image.pixels.get(start + x0..start + x1) {
            pixels.extend_from_slice(line);
        }
    }
    ColorImage::new([x1 - x0, pixels.len() / (x1 - x0).max(1)], pixels)
}

/// Each pixel doubled in both directions (sharp edges, for print).
pub fn upscale_2x(image: &ColorImage) -> ColorImage {
    let [width, height] = image.size;
    let mut pixels = Vec::with_capacity(width * height * 4);
    for row in image.pixels.chunks(width.max(1)).take(height) {
        let doubled: Vec<Color32> = row.iter().flat_map(|&p| [p, p]).collect();
        pixels.extend_from_slice(&doubled);
        pixels.extend_from_slice(&doubled);
    }
    ColorImage::new([width * 2, height * 2], pixels)
}

/// PNG bytes of an image (RGBA, 8 bits per channel).
pub fn encode_png(image: &ColorImage) -> Result<Vec<u8>, String> {
    let [width, height] = image.size;
    let rgba: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(egui::Color32::to_srgba_unmultiplied)
        .collect();
    let (Ok(w), Ok(h)) = (u32::try_from(width), u32::try_from(height)) else {
        return Err("the image is too large".to_owned());
    };
    let mut bytes = Vec::new();
    image::ImageEncoder::write_image(
        image::codecs::png::PngEncoder::new(&mut bytes),
        &rgba,
        w,
        h,
        image::ExtendedColorType::Rgba8,
    )
    .map_err(|e| e.to_string())?;
    Ok(bytes)
}
