//! The CSV readers (events CSV, TimelineJS sheet CSV, any table with a
//! `date` column) on arbitrary bytes.
#![no_main]

use dateline::io::load_bytes;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(file) = load_bytes("fuzz.csv", data.to_vec()) {
        for loaded in file.articles {
            for event in loaded.events.iter().flatten() {
                assert!(event.date.earliest <= event.date.latest);
                assert!(
                    loaded
                        .article
                        .text
                        .get(event.passage_span.clone())
                        .is_some()
                );
            }
        }
    }
});
