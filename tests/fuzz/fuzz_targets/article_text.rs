//! The article text reader (header line, title, body) on arbitrary bytes,
//! and the tagger on what it accepts.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::article_text(data));
