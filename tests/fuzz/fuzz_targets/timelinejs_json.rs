//! The TimelineJS3 JSON reader on arbitrary bytes (any JSON value, and the
//! same bytes through `load_bytes` as a `.json` file).
#![no_main]

use dateline::io::{load_bytes, timelinejs};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) {
        if let Ok(loaded) = timelinejs::from_json_value("fuzz.json", &value) {
            for event in loaded.events.iter().flatten() {
                assert!(event.date.earliest <= event.date.latest);
            }
        }
    }
    let _ = load_bytes("fuzz.json", data.to_vec());
});
