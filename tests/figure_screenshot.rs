//! The screenshot helpers: cropping to the plot (points × pixels per
//! point), doubling for print, PNG encoding.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use dateline::ui::screenshot::{crop, encode_png, upscale_2x};
use egui::{Color32, ColorImage, Rect, pos2};

fn test_image() -> ColorImage {
    // 8×6 px; each pixel encodes its position.
    let pixels = (0..6)
        .flat_map(|y| (0..8).map(move |x| Color32::from_rgb(x * 10, y * 10, 200)))
        .collect();
    ColorImage::new([8, 6], pixels)
}

#[test]
fn crops_in_points_at_the_pixel_density() {
    let image = test_image();
    // Points (1,1)-(3,2) at 2 px per point = pixels (2,2)-(6,4).
    let cropped = crop(
        &image,
        Rect::from_min_max(pos2(1.0, 1.0), pos2(3.0, 2.0)),
        2.0,
    );
    assert_eq!(cropped.size, [4, 2]);
    assert_eq!(cropped.pixels[0], Color32::from_rgb(20, 20, 200));
    assert_eq!(cropped.pixels[7], Color32::from_rgb(50, 30, 200));
    // A rect past the edges is clamped, never a panic.
    let clamped = crop(
        &image,
        Rect::from_min_max(pos2(-5.0, 4.0), pos2(50.0, 50.0)),
        1.0,
    );
    assert_eq!(clamped.size, [8, 2]);
    let empty = crop(
        &image,
        Rect::from_min_max(pos2(20.0, 20.0), pos2(30.0, 30.0)),
        1.0,
    );
    assert_eq!(empty.size, [0, 0]);
}

#[test]
fn doubles_and_encodes() {
    let image = test_image();
    let double = upscale_2x(&image);
    assert_eq!(double.size, [16, 12]);
    assert_eq!(double.pixels[0], double.pixels[17]);
    assert_eq!(double.pixels[2], image.pixels[1]);
    let png = encode_png(&double).unwrap();
    let decoded = image::load_from_memory(&png).unwrap().to_rgba8();
    assert_eq!(decoded.dimensions(), (16, 12));
    assert_eq!(decoded.get_pixel(2, 0).0, [10, 0, 200, 255]);
}
