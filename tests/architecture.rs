//! The core/shell rule: only `src/ui/` and `src/main.rs` may use egui,
//! eframe, `egui_plot` or rfd.

// Test helpers may panic: a panic is a test failure.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::{Path, PathBuf};

const GUI_CRATES: &[&str] = &["egui", "eframe", "egui_plot", "rfd"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Whether `line` names one of the GUI crates as a path or import.
fn mentions_gui_crate(line: &str) -> Option<&'static str> {
    let code = line.split("//").next().unwrap_or("");
    GUI_CRATES.iter().copied().find(|krate| {
        code.match_indices(krate).any(|(i, _)| {
            let before = code[..i].chars().next_back();
            let after = code[i + krate.len()..].chars().next();
            let word_start = before.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            let word_end = after.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            word_start && word_end && code[i + krate.len()..].starts_with("::")
        })
    })
}

#[test]
fn core_modules_do_not_touch_the_gui() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 10, "found the sources");
    let mut offenders = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        if rel.starts_with("ui") || rel == Path::new("main.rs") {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if let Some(krate) = mentions_gui_crate(line) {
                offenders.push(format!("{}:{}: uses {krate}", rel.display(), n + 1));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "GUI crates in the core:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_checker_catches_gui_paths() {
    assert_eq!(mentions_gui_crate("use egui::Ui;"), Some("egui"));
    assert_eq!(
        mentions_gui_crate("let p = egui_plot::Plot::new(\"x\");"),
        Some("egui_plot")
    );
    assert_eq!(
        mentions_gui_crate("    rfd::FileDialog::new()"),
        Some("rfd")
    );
    assert_eq!(mentions_gui_crate("// egui::Ui in a comment"), None);
    assert_eq!(mentions_gui_crate("let my_egui = 1;"), None);
}
