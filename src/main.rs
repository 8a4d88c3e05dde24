//! The `dateline` binary: the window, or a subcommand.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

use dateline::figure::{self, FigureInput, FigureOptions, Format};
use dateline::io::save::save_atomic;
use dateline::io::{Loaded, expand_paths, jsonl, load_file};
use dateline::model::date::day_number;
use dateline::model::{Article, Event, EventDate};
use dateline::state::axis::TimeWindow;
use dateline::state::loader::load_path;
use dateline::state::views::LaneMode;
use dateline::state::{AppState, Command, LoadedArticle};

/// The process's allocator: mimalloc, which keeps freed memory for the
/// next allocation of its thread instead of handing large blocks back to
/// the kernel (glibc's malloc maps and unmaps them, and every page of a
/// fresh mapping costs a fault).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turn news articles into an explorable timeline of dated events.
#[derive(Debug, Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Cmd>,
    /// Article files or folders to open (none: the bundled sample).
    paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Print every date mention as one JSON object per line.
    Extract {
        /// Article files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Write a figure of the timeline (SVG or PNG) without opening a window.
    Render(RenderArgs),
}

/// Options of `dateline render`.
#[derive(Debug, clap::Args)]
struct RenderArgs {
    /// Article files or folders (none: the bundled sample).
    paths: Vec<PathBuf>,
    /// The figure to write: a path ending in .svg or .png.
    #[arg(long, short)]
    out: PathBuf,
    /// Start of the time range, as EDTF (`1960`, `2020-06`, `2023-07-26`);
    /// default: fit the events.
    #[arg(long, value_name = "EDTF")]
    from: Option<String>,
    /// End of the time range, as EDTF (its whole period is included).
    #[arg(long, value_name = "EDTF")]
    to: Option<String>,
    /// Width in pixels.
    #[arg(long, value_name = "PX", default_value_t = 1600)]
    width: u32,
    /// Height in pixels (at least; it grows to fit the lanes and notes);
    /// default: what the content needs.
    #[arg(long, value_name = "PX")]
    height: Option<u32>,
    /// How events are put into lanes (default: country, or the view's).
    #[arg(long, value_enum)]
    group_by: Option<GroupBy>,
    /// Title printed above the figure (default: the view's name, if any).
    #[arg(long)]
    title: Option<String>,
    /// A saved view to show (its range, lanes and filters), such as the
    /// bundled sample's "Niger since 1960" or "Coup belt since 2020".
    #[arg(long, value_name = "NAME")]
    view: Option<String>,
    /// Light text on a dark background.
    #[arg(long)]
    dark: bool,
    /// Base font size in pixels.
    #[arg(long, value_name = "PX", default_value_t = 14.0)]
    font_size: f32,
    /// PNG only: pixels per figure pixel (2 for print at double density).
    #[arg(long, default_value_t = 1.0)]
    scale: f32,
}

/// `--group-by` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum GroupBy {
    Country,
    Article,
    None,
}

impl From<GroupBy> for LaneMode {
    fn from(g: GroupBy) -> Self {
        match g {
            GroupBy::Country => Self::Country,
            GroupBy::Article => Self::Article,
            GroupBy::None => Self::None,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Cmd::Extract { paths }) => run_extract(&paths),
        Some(Cmd::Render(args)) => match run_render(&args) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::FAILURE,
            Err(e) => {
                eprintln!("dateline: {e:#}");
                ExitCode::FAILURE
            }
        },
        None => match dateline::ui::run(cli.paths) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("dateline: cannot open the window: {e}");
                ExitCode::FAILURE
            }
        },
    }
}

/// What one file gives `dateline extract`: its warnings and its JSON lines,
/// serialised by the worker that read it; or, for a large article, the
/// article itself, tagged and serialised a window at a time (in parallel)
/// when its turn to be written comes, so that neither its events nor its
/// output are ever held whole.
enum FileOutput {
    Lines {
        warnings: Vec<String>,
        lines: Vec<u8>,
    },
    /// A large body for the tagger.
    Tag {
        article: Box<Article>,
        warnings: Vec<String>,
    },
    /// Many events that came with the file (a workspace).
    Many {
        article: Box<Article>,
        events: Vec<Event>,
        warnings: Vec<String>,
    },
}

/// Reads one file and, unless an article of it is large, tags and
/// serialises it (on a worker thread).
fn extract_file(path: &std::path::Path) -> Result<Vec<FileOutput>, String> {
    let file = load_file(path).map_err(|e| e.to_string())?;
    Ok(file
        .articles
        .into_iter()
        .map(
            |Loaded {
                 article,
                 events,
                 warnings,
             }| match events {
                Some(events) if events.len() > jsonl::PARALLEL_CHUNK => FileOutput::Many {
                    article: Box::new(article),
                    events,
                    warnings,
                },
                None if article.body.len() >= dateline::extract::PARALLEL_THRESHOLD => {
                    FileOutput::Tag {
                        article: Box::new(article),
                        warnings,
                    }
                }
                events => {
                    let events = events.unwrap_or_else(|| dateline::extract::extract(&article, 0));
                    FileOutput::Lines {
                        lines: jsonl::lines_of(&article, &events),
                        warnings,
                    }
                }
            },
        )
        .collect())
}

/// Extracts all files in parallel and prints them in the order given.
/// Files are read, tagged and serialised a window at a time on the worker
/// threads; each window is written before the next is read, so memory
/// holds a few files' output, not the whole run's.
fn run_extract(paths: &[PathBuf]) -> ExitCode {
    // The patterns compile on an idle worker while the first files are read.
    rayon::spawn(dateline::extract::prepare);
    let (files, walk_errors) = expand_paths(paths);
    let mut failed = !walk_errors.is_empty();
    for e in walk_errors {
        eprintln!("dateline: {e}");
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let window = 64 * rayon::current_num_threads().max(1);
    for files in files.chunks(window) {
        let done: Vec<_> = files.par_iter().map(|path| extract_file(path)).collect();
        for result in done {
            let outputs = match result {
                Ok(outputs) => outputs,
                Err(e) => {
                    eprintln!("dateline: {e}");
                    failed = true;
                    continue;
                }
            };
            for output in outputs {
                let written = match output {
                    FileOutput::Lines { warnings, lines } => {
                        print_warnings(&warnings);
                        out.write_all(&lines)
                    }
                    FileOutput::Tag { article, warnings } => {
                        print_warnings(&warnings);
                        dateline::extract::extract_in_runs(
                            &article,
                            0,
                            EVENTS_PER_RUN,
                            |events, lines: &mut Vec<u8>| {
                                lines.clear();
                                jsonl::append_lines(lines, &article, events);
                            },
                            |lines| out.write_all(lines),
                        )
                    }
                    FileOutput::Many {
                        article,
                        events,
                        warnings,
                    } => {
                        print_warnings(&warnings);
                        jsonl::write_events(&mut out, &article, &events)
                    }
                };
                if let Err(e) = written {
                    eprintln!("dateline: cannot write output: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
    }
    if let Err(e) = out.flush() {
        eprintln!("dateline: cannot write output: {e}");
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Events of a large article made and serialised by one task.
const EVENTS_PER_RUN: usize = 512;

fn print_warnings(warnings: &[String]) {
    for w in warnings {
        eprintln!("dateline: warning: {w}");
    }
}

/// Loads `paths` (in the order given; files that fail are reported and
/// skipped). Returns the articles and whether every file loaded.
fn load_for_render(paths: &[PathBuf]) -> (Vec<LoadedArticle>, bool) {
    // The patterns compile on an idle worker while the first files are read.
    rayon::spawn(dateline::extract::prepare);
    let (files, walk_errors) = expand_paths(paths);
    let mut ok = walk_errors.is_empty();
    for e in walk_errors {
        eprintln!("dateline: {e}");
    }
    let results: Vec<_> = files.par_iter().map(|path| load_path(path)).collect();
    let mut loaded = Vec::new();
    for result in results {
        match result {
            Ok(articles) => loaded.extend(articles),
            Err(e) => {
                eprintln!("dateline: {e}");
                ok = false;
            }
        }
    }
    (loaded, ok)
}

/// Reads `--from`/`--to` as EDTF: the first day of `from`'s period and
/// the day after the last day of `to`'s, as day numbers.
fn edtf_bound(flag: &str, value: &str, end: bool) -> anyhow::Result<f64> {
    let date = EventDate::parse_edtf(value).map_err(|e| anyhow::anyhow!("{flag}: {e}"))?;
    Ok(if end {
        day_number(date.latest) as f64 + 1.0
    } else {
        day_number(date.earliest) as f64
    })
}

/// `dateline render`: builds the state as the window would, applies the
/// view, lanes and range, and writes the figure. `Ok(false)` when the
/// figure was written but some input failed.
fn run_render(args: &RenderArgs) -> anyhow::Result<bool> {
    let format = Format::from_path(&args.out)?;
    let from = args
        .from
        .as_deref()
        .map(|v| edtf_bound("--from", v, false))
        .transpose()?;
    let to = args
        .to
        .as_deref()
        .map(|v| edtf_bound("--to", v, true))
        .transpose()?;
    if let (Some(a), Some(b)) = (from, to)
        && a >= b
    {
        anyhow::bail!(
            "--from {:?} is not before --to {:?}",
            args.from.as_deref().unwrap_or(""),
            args.to.as_deref().unwrap_or("")
        );
    }
    let (mut state, all_loaded) = render_state(args)?;
    set_render_window(&mut state, from, to)?;
    let input = FigureInput::from_state(&state)
        .ok_or_else(|| anyhow::anyhow!("nothing to draw: the articles have no dated events"))?;
    let options = FigureOptions {
        width_px: args.width,
        height_px: args.height,
        title: args
            .title
            .clone()
            .or_else(|| args.view.clone())
            .unwrap_or_default(),
        dark: args.dark,
        font_size_px: args.font_size,
    };
    let fig = figure::render(&input, &options);
    let bytes = figure::encode(&fig.svg, format, args.scale)?;
    save_atomic(&args.out, &bytes)?;
    let scale = if format == Format::Png {
        args.scale
    } else {
        1.0
    };
    eprintln!(
        "dateline: wrote {} ({}×{} px, {} events, {} labels, {} sources)",
        args.out.display(),
        (fig.width_px as f32 * scale).round(),
        (fig.height_px as f32 * scale).round(),
        fig.events_in_window,
        fig.labels.len(),
        fig.notes.len()
    );
    if let Some(h) = args.height
        && fig.height_px > h
    {
        eprintln!(
            "dateline: note: the figure is {} px high, not {h}, to fit its lanes and notes",
            fig.height_px
        );
    }
    Ok(all_loaded)
}

/// The state `dateline render` draws: the files (or the bundled sample),
/// with the view and lane mode asked for. Also says whether every file
/// loaded.
fn render_state(args: &RenderArgs) -> anyhow::Result<(AppState, bool)> {
    let (mut state, all_loaded) = if args.paths.is_empty() {
        (AppState::sample(), true)
    } else {
        let (loaded, ok) = load_for_render(&args.paths);
        if loaded.is_empty() {
            anyhow::bail!("nothing to draw: no article could be read");
        }
        let views: Vec<_> = loaded.iter().flat_map(|l| l.views.clone()).collect();
        let mut state = AppState::with_articles(loaded);
        state.builtin_views = views;
        (state, ok)
    };
    for problem in &state.problems {
        eprintln!("dateline: warning: {problem}");
    }
    if let Some(name) = &args.view {
        if !state.views().any(|v| &v.name == name) {
            let names: Vec<String> = state.views().map(|v| format!("{:?}", v.name)).collect();
            anyhow::bail!(
                "no saved view named {name:?} (available: {})",
                if names.is_empty() {
                    "none".to_owned()
                } else {
                    names.join(", ")
                }
            );
        }
        state.apply(Command::ApplyView(name.clone()));
    }
    if let Some(group_by) = args.group_by {
        state.apply(Command::SetLaneMode(group_by.into()));
    }
    if args.view.is_none() {
        state.apply(Command::Fit);
    }
    Ok((state, all_loaded))
}

/// Applies `--from`/`--to` (day numbers; either may be missing, leaving
/// that end where the view or fit put it).
fn set_render_window(
    state: &mut AppState,
    from: Option<f64>,
    to: Option<f64>,
) -> anyhow::Result<()> {
    if from.is_some() || to.is_some() {
        let current = state.window.unwrap_or(TimeWindow {
            min_day: 0.0,
            max_day: 365.0,
        });
        let window = TimeWindow {
            min_day: from.unwrap_or(current.min_day),
            max_day: to.unwrap_or(current.max_day),
        };
        if window.min_day >= window.max_day {
            anyhow::bail!(
                "the time range is empty: --from is after the end of the events (or --to before their start)"
            );
        }
        state.apply(Command::SetWindow(window));
    }
    Ok(())
}
