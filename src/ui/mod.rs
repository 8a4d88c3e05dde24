//! The egui shell. The only module (with `main.rs`) that uses egui, eframe,
//! `egui_plot` or rfd; it draws the state's view-model and turns input into
//! commands.

pub mod app;
pub mod article_view;
pub mod detail;
pub mod figure_dialog;
pub mod files;
pub mod problems;
pub mod recovery;
pub mod screenshot;
pub mod theme;
pub mod timeline;

pub use app::{DatelineApp, run};
