//! The HTML reader on arbitrary bytes (as `load_bytes` sees a `.html`
//! file: decoding, reading, then the tagger).
#![no_main]

use dateline::io::load_bytes;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(file) = load_bytes("fuzz.html", data.to_vec()) {
        for loaded in file.articles {
            let article = loaded.article;
            assert!(article.text.get(article.body.clone()).is_some());
            let _ = dateline::extract::extract(&article, 0);
        }
    }
});
