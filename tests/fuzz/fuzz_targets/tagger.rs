//! The tagger on arbitrary text, with an article date taken from the first
//! two bytes: no panic, spans on char boundaries inside the text,
//! earliest <= latest, values that read back as EDTF.
#![no_main]

use chrono::{Days, NaiveDate};
use dateline::extract::extract;
use dateline::model::{Article, EventDate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (date, body) = match data {
        [a, b, rest @ ..] => {
            // Any day from 1900 to about 2079, or no date at all.
            let offset = u16::from_le_bytes([*a, *b]);
            let date = (offset != u16::MAX)
                .then(|| NaiveDate::from_ymd_opt(1900, 1, 1))
                .flatten()
                .and_then(|d| d.checked_add_days(Days::new(u64::from(offset))));
            (date, rest)
        }
        _ => (None, data),
    };
    let text = String::from_utf8_lossy(body).into_owned();
    let article = Article {
        path: "fuzz.txt".to_owned(),
        date,
        title: String::new(),
        publisher: String::new(),
        body: 0..text.len(),
        text,
    };
    for event in extract(&article, 0) {
        assert!(article.text.get(event.expr_span.clone()).is_some());
        assert!(article.text.get(event.passage_span.clone()).is_some());
        assert!(event.date.earliest <= event.date.latest);
        let value = event.date.value.to_string();
        let back = EventDate::parse_edtf(&value);
        assert!(back.is_ok(), "value does not read back: {value}");
    }
});
