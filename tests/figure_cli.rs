//! `dateline render`: figures from the command line with no display at all.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::Path;
use std::process::{Command, Output};

fn render(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
        .arg("render")
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn renders_the_sample_headless() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("sample.png");
    let out = render(&[
        "--from",
        "1960",
        "--to",
        "2024",
        "--out",
        png.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let image = image::open(&png).unwrap();
    assert_eq!(image.width(), 1600);
    assert!(stderr(&out).contains("wrote"));

    let svg = dir.path().join("belt.svg");
    let out = render(&[
        "--view",
        "Coup belt since 2020",
        "--width",
        "1000",
        "--height",
        "1400",
        "--out",
        svg.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&svg).unwrap();
    let tree = dateline::figure::parse_svg(&text).unwrap();
    assert!((tree.size().width() - 1000.0).abs() < 0.01);
    assert!((tree.size().height() - 1400.0).abs() < 0.01);
    assert!(text.contains(">Coup belt since 2020</text>"));
}

#[test]
fn renders_files_grouped_by_article() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("events.csv");
    std::fs::write(
        &csv,
        "date,label,group,source,passage\n\
         2023-07-26,Guard detains the president,Niger,Wire,Soldiers acted.\n\
         2021-03-31,Coup attempt fails,Niger,Wire,Gunfire was heard.\n\
         2022-01-24,Army takes power,Burkina Faso,Wire,Officers spoke.\n",
    )
    .unwrap();
    let articles = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_data/articles");
    let out_path = dir.path().join("by-article.svg");
    let out = render(&[
        csv.to_str().unwrap(),
        articles.to_str().unwrap(),
        "--group-by",
        "article",
        "--title",
        "By article",
        "--out",
        out_path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&out_path).unwrap();
    assert!(text.contains("Guard detains the president"));
    assert!(text.contains("one lane per article"));
}

#[test]
fn bad_arguments_are_explained() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("f.png");
    let png = png.to_str().unwrap();
    let out = render(&["--from", "19x0", "--out", png]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("--from") && stderr(&out).contains("19x0"),
        "{}",
        stderr(&out)
    );
    let out = render(&["--from", "2024", "--to", "1960", "--out", png]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("not before"), "{}", stderr(&out));
    let out = render(&["--out", dir.path().join("f.jpg").to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains(".svg or .png"), "{}", stderr(&out));
    let out = render(&["--out", "/nonexistent-folder/sub/f.png"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("/nonexistent-folder/sub/f.png"),
        "{}",
        stderr(&out)
    );
    let out = render(&["--view", "No such view", "--out", png]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("Niger since 1960"),
        "{}",
        stderr(&out)
    );
    assert!(!Path::new(png).exists(), "nothing written on errors");
}
