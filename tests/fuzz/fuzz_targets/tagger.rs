//! The tagger on arbitrary text, with an article date taken from the first
//! two bytes: no panic, spans on char boundaries inside the text,
//! earliest <= latest, values that read back as EDTF.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::tagger(data));
