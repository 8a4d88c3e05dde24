//! The `dateline` binary: the window, or a subcommand.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use rayon::prelude::*;

use dateline::io::{expand_paths, jsonl};
use dateline::state::loader::load_path;

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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Cmd::Extract { paths }) => run_extract(&paths),
        None => match dateline::ui::run(cli.paths) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("dateline: cannot open the window: {e}");
                ExitCode::FAILURE
            }
        },
    }
}

/// Extracts all files in parallel and prints them in the order given.
fn run_extract(paths: &[PathBuf]) -> ExitCode {
    let (files, walk_errors) = expand_paths(paths);
    let mut failed = !walk_errors.is_empty();
    for e in walk_errors {
        eprintln!("dateline: {e}");
    }
    let outputs: Vec<Result<Vec<u8>, String>> = files
        .par_iter()
        .map(|path| {
            let articles = load_path(path).map_err(|e| e.to_string())?;
            let mut buf = Vec::new();
            for loaded in articles {
                jsonl::write_events(&mut buf, &loaded.article, &loaded.events)
                    .map_err(|e| e.to_string())?;
                for w in loaded.warnings {
                    eprintln!("dateline: warning: {w}");
                }
            }
            Ok(buf)
        })
        .collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for output in outputs {
        match output {
            Ok(buf) => {
                if let Err(e) = out.write_all(&buf) {
                    eprintln!("dateline: cannot write output: {e}");
                    return ExitCode::FAILURE;
                }
            }
            Err(e) => {
                eprintln!("dateline: {e}");
                failed = true;
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
