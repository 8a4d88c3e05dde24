//! Report figures as PNG: rasterised by resvg from the same SVG, decodable,
//! of the requested size, and not blank (many colours, marks in every lane).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::collections::HashSet;

use dateline::figure::{self, FigureInput, FigureOptions};
use dateline::state::{AppState, Command};

fn distance(a: [u8; 4], b: (u8, u8, u8)) -> i32 {
    (i32::from(a[0]) - i32::from(b.0)).abs()
        + (i32::from(a[1]) - i32::from(b.1)).abs()
        + (i32::from(a[2]) - i32::from(b.2)).abs()
}

#[test]
fn png_has_the_requested_size_and_marks_in_every_lane() {
    for name in ["Niger since 1960", "Coup belt since 2020"] {
        let mut state = AppState::sample();
        state.apply(Command::ApplyView(name.to_owned()));
        let options = FigureOptions {
            width_px: 1200,
            height_px: Some(1100),
            title: name.to_owned(),
            ..FigureOptions::default()
        };
        let fig = figure::render(&FigureInput::from_state(&state).unwrap(), &options);
        assert_eq!((fig.width_px, fig.height_px), (1200, 1100), "{name} fits");
        let png = figure::render_png(&fig.svg, 1.0).unwrap();
        let image = image::load_from_memory(&png).unwrap().to_rgba8();
        assert_eq!(image.dimensions(), (1200, 1100));
        let colours: HashSet<[u8; 4]> = image.pixels().map(|p| p.0).collect();
        assert!(colours.len() > 200, "{name}: {} colours", colours.len());
        let px = |v: f64| u32::try_from(v.round() as i64).unwrap();
        let (left, right) = (px(fig.plot.0), px(fig.plot.2));
        for lane in &fig.lanes {
            let c = lane.color;
            let y0 = px(lane.mark_y - 4.0);
            let hits = (y0..y0 + 8)
                .flat_map(|y| (left..right).map(move |x| (x, y)))
                .filter(|&(x, y)| distance(image.get_pixel(x, y).0, (c.0, c.1, c.2)) < 40)
                .count();
            assert!(hits > 20, "{name}: marks in lane {}", lane.name);
        }
    }
}

#[test]
fn png_scales_and_bad_svg_is_an_error() {
    let state = AppState::sample();
    let options = FigureOptions {
        width_px: 640,
        ..FigureOptions::default()
    };
    let fig = figure::render(&FigureInput::from_state(&state).unwrap(), &options);
    let png = figure::render_png(&fig.svg, 2.0).unwrap();
    let image = image::load_from_memory(&png).unwrap();
    assert_eq!(
        (image.width(), image.height()),
        (2 * fig.width_px, 2 * fig.height_px)
    );
    let raster = figure::rasterize(&fig.svg, 0.5).unwrap();
    assert_eq!(
        raster.rgba.len(),
        (raster.width * raster.height * 4) as usize
    );
    assert!(figure::render_png("<svg", 1.0).is_err());
    assert!(
        figure::render_png(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\"/>",
            1.0
        )
        .is_err()
    );
}
