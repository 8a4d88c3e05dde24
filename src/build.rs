//! Builds the tagger's scanner ahead of time: the rules of
//! `src/extract/rules.rs` as one leftmost-first multi-pattern regex, a
//! forward and a reverse dense DFA, serialised into `OUT_DIR` for
//! `extract::patterns` to read in place (so a run does not spend its first
//! milliseconds compiling the patterns, nor each thread filling a lazy
//! DFA's cache).

#[path = "extract/rules.rs"]
#[allow(dead_code)]
mod rules;

use std::error::Error;
use std::path::PathBuf;

use regex_automata::dfa::{dense, regex::Regex};
use regex_automata::nfa::thompson::{self, WhichCaptures};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=src/extract/rules.rs");
    println!("cargo::rerun-if-changed=src/build.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("cargo sets no OUT_DIR")?);
    let big_endian = std::env::var("CARGO_CFG_TARGET_ENDIAN").is_ok_and(|e| e == "big");
    let regex = Regex::builder()
        .dense(
            dense::Config::new()
                .minimize(true)
                .dfa_size_limit(None)
                .determinize_size_limit(None),
        )
        .thompson(thompson::Config::new().which_captures(WhichCaptures::None))
        .build_many(&rules::rule_sources())?;
    for (name, dfa) in [("forward", regex.forward()), ("reverse", regex.reverse())] {
        let (bytes, pad) = if big_endian {
            dfa.to_bytes_big_endian()
        } else {
            dfa.to_bytes_little_endian()
        };
        let bytes = bytes
            .get(pad..)
            .ok_or("a DFA serialised shorter than its padding")?;
        std::fs::write(out.join(format!("scanner_{name}.dfa")), bytes)?;
    }
    Ok(())
}
