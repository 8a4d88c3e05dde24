//! The HTML reader on arbitrary bytes (as `load_bytes` sees a `.html`
//! file: decoding, reading, then the tagger).
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::html(data));
