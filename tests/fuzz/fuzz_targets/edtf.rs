//! The EDTF parser on arbitrary strings: a value it accepts has
//! earliest <= latest and reads back to the same interval.
#![no_main]

use dateline::model::EventDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(date) = EventDate::parse_edtf(input) {
        assert!(date.earliest <= date.latest, "{input:?}");
        let value = date.value.to_string();
        let back = EventDate::parse_edtf(&value).expect("its own value reads back");
        assert_eq!(
            (back.earliest, back.latest),
            (date.earliest, date.latest),
            "{input:?}"
        );
    }
});
