//! The Dateline workspace reader on arbitrary bytes; a workspace it
//! accepts must write back to JSON that reads back the same.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::workspace_json(data));
