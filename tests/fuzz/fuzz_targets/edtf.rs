//! The EDTF parser on arbitrary strings: a value it accepts has
//! earliest <= latest and reads back to the same interval.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::edtf(data));
