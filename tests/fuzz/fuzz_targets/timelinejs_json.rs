//! The TimelineJS3 JSON reader on arbitrary bytes (any JSON value, and the
//! same bytes through `load_bytes` as a `.json` file).
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::timelinejs_json(data));
