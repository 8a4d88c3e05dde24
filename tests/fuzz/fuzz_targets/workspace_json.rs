//! The Dateline workspace reader on arbitrary bytes; a workspace it
//! accepts must write back to JSON that reads back the same.
#![no_main]

use dateline::io::Workspace;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(workspace) = Workspace::from_json(text, "fuzz.json") {
        let json = workspace.to_json().expect("a read workspace encodes");
        let again = Workspace::from_json(&json, "fuzz.json").expect("written JSON reads back");
        assert_eq!(again.to_json().expect("encodes"), json);
        let _ = workspace.into_loaded("fuzz.json");
    }
});
