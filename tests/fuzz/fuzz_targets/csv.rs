//! The CSV readers (events CSV, TimelineJS sheet CSV, any table with a
//! `date` column) on arbitrary bytes.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::csv(data));
