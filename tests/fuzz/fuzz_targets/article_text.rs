//! The article text reader (header line, title, body) on arbitrary bytes,
//! and the tagger on what it accepts.
#![no_main]

use dateline::extract::extract;
use dateline::io::parse_article;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    if let Ok(article) = parse_article("fuzz.txt", text) {
        assert!(article.text.get(article.body.clone()).is_some());
        for event in extract(&article, 0) {
            assert!(article.text.get(event.expr_span.clone()).is_some());
        }
    }
});
