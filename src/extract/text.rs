//! Small, bounded text helpers: sentences, paragraphs and neighbouring words.
//!
//! Every scan is limited to [`MAX_SCAN`] bytes in each direction, so a
//! single 100 MB line costs the same per mention as ordinary prose. All
//! returned offsets lie on char boundaries.

use std::ops::Range;

/// The furthest any helper looks from its starting point, in bytes.
pub const MAX_SCAN: usize = 600;

/// Abbreviations whose trailing dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pte", "adm", "brig",
    "cmdr", "gov", "sen", "rep", "pres", "prof", "st", "no", "vs", "etc", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "jr", "sr",
    "inc", "co", "corp", "ltd", "u.s", "u.n", "u.k", "e.g", "i.e", "approx", "est", "fig", "mt",
    "ft",
];

/// Largest char boundary `<= i`.
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Smallest char boundary `>= i`.
pub fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn is_sentence_end(text: &str, dot: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(&c) = bytes.get(dot) else {
        return false;
    };
    if c == b'!' || c == b'?' {
        return true;
    }
    if c != b'.' {
        return false;
    }
    // The word before the dot.
    let start = text
        .get(..dot)
        .and_then(|s| s.rfind(|ch: char| ch.is_whitespace() || ch == '(' || ch == '"'))
        .map_or(0, |p| p + 1);
    let word = text.get(start..dot).unwrap_or("").to_ascii_lowercase();
    if ABBREVIATIONS.contains(&word.as_str()) {
        return false;
    }
    // Single letters ("J. Smith") and dotted initialisms ("U.S").
    if word.len() == 1 || (word.contains('.') && word.len() <= 5) {
        return false;
    }
    true
}

/// Byte range of the sentence around `span` (trimmed of whitespace).
/// Sentences end at `.`, `!`, `?` followed by space, and at line breaks.
pub fn sentence_around(text: &str, span: &Range<usize>) -> Range<usize> {
    let lo = floor_boundary(text, span.start.saturating_sub(MAX_SCAN));
    let hi = ceil_boundary(text, span.end.saturating_add(MAX_SCAN));
    let bytes = text.as_bytes();

    let mut start = lo;
    let mut i = span.start.min(text.len());
    while i > lo {
        i -= 1;
        let Some(&b) = bytes.get(i) else { break };
        if b == b'\n' {
            start = i + 1;
            break;
        }
        let next_is_space = bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace);
        if next_is_space && is_sentence_end(text, i) {
            start = i + 1;
            break;
        }
    }
    let mut end = hi;
    let mut j = span.end.min(text.len());
    while j < hi {
        let Some(&b) = bytes.get(j) else { break };
        if b == b'\n' {
            end = j;
            break;
        }
        let next = bytes.get(j + 1);
        let at_end = next.is_none_or(u8::is_ascii_whitespace)
            || next.is_some_and(|&n| n == b'"' || n == b'\'' || n == 0xE2);
        if at_end && is_sentence_end(text, j) {
            end = j + 1;
            // Keep a closing quote with its sentence.
            if let Some(&q) = bytes.get(j + 1)
                && (q == b'"' || q == b'\'')
            {
                end = j + 2;
            }
            break;
        }
        j += 1;
    }
    let start = ceil_boundary(text, start);
    let end = floor_boundary(text, end.max(start));
    trim_range(text, start..end)
}

/// The range with surrounding whitespace removed.
pub fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = text.get(range.clone()).unwrap_or("");
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    let start = range.start + lead;
    start..(range.end - trail).max(start)
}

/// Start of the paragraph containing `pos` (after the last blank line),
/// looking back at most [`MAX_SCAN`] × 4 bytes.
pub fn paragraph_start(text: &str, pos: usize) -> usize {
    let lo = floor_boundary(text, pos.saturating_sub(MAX_SCAN * 4));
    let pos = floor_boundary(text, pos);
    text.get(lo..pos)
        .and_then(|s| {
            s.rfind("\n\n")
                .map(|p| p + 2)
                .or_else(|| s.rfind("\n\r\n").map(|p| p + 3))
        })
        .map_or(lo, |p| lo + p)
}

/// The word right before `pos` (letters, digits, `.`, `-`, `$`), lowercased,
/// skipping spaces but not crossing other punctuation.
pub fn word_before(text: &str, pos: usize) -> Option<String> {
    word_before_at(text, pos).map(|(_, w)| w)
}

/// Like [`word_before`], with the byte offset where the word starts.
pub fn word_before_at(text: &str, pos: usize) -> Option<(usize, String)> {
    let lo = floor_boundary(text, pos.saturating_sub(40));
    let before = text.get(lo..floor_boundary(text, pos))?;
    let trimmed = before.trim_end_matches([' ', '\t', '\u{a0}']);
    let word_start = trimmed
        .rfind(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '-' | '$' | '#' | '€' | '£')))
        .map_or(0, |p| {
            p + trimmed
                .get(p..)
                .and_then(|s| s.chars().next())
                .map_or(1, char::len_utf8)
        });
    let word = trimmed.get(word_start..)?;
    (!word.is_empty()).then(|| (lo + word_start, word.to_lowercase()))
}

/// The text right before `pos`, up to `max` bytes (on a char boundary).
pub fn text_before(text: &str, pos: usize, max: usize) -> &str {
    let lo = floor_boundary(text, pos.saturating_sub(max));
    text.get(lo..floor_boundary(text, pos)).unwrap_or("")
}

/// The word right after `pos` (skipping spaces), lowercased, or the single
/// punctuation character found there.
pub fn word_after(text: &str, pos: usize) -> Option<String> {
    let hi = ceil_boundary(text, pos.saturating_add(40));
    let after = text.get(ceil_boundary(text, pos)..hi)?;
    let trimmed = after.trim_start_matches([' ', '\t', '\u{a0}']);
    let mut chars = trimmed.char_indices();
    let (_, first) = chars.next()?;
    if !first.is_alphanumeric() {
        return Some(first.to_string());
    }
    let end = trimmed
        .find(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .unwrap_or(trimmed.len());
    let word = trimmed.get(..end)?.trim_end_matches('.');
    Some(word.to_lowercase())
}

/// Lowercased words of a slice (letters and apostrophes).
pub fn words(slice: &str) -> impl Iterator<Item = String> + '_ {
    slice
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence<'a>(text: &'a str, needle: &str) -> &'a str {
        let start = text.find(needle).unwrap();
        let r = sentence_around(text, &(start..start + needle.len()));
        &text[r]
    }

    #[test]
    fn sentences_respect_abbreviations_and_lines() {
        let text = "Headline line\nThe U.S. envoy met Gen. Tiani on Jul. 28 in Niamey. Talks failed! Next day.";
        assert_eq!(
            sentence(text, "Jul. 28"),
            "The U.S. envoy met Gen. Tiani on Jul. 28 in Niamey."
        );
        assert_eq!(sentence(text, "failed"), "Talks failed!");
        assert_eq!(sentence(text, "Headline"), "Headline line");
    }

    #[test]
    fn sentence_scan_is_bounded_on_huge_lines() {
        let text = format!("{} 1960 {}", "a".repeat(10_000), "b".repeat(10_000));
        let start = text.find("1960").unwrap();
        let r = sentence_around(&text, &(start..start + 4));
        assert!(r.len() <= 2 * MAX_SCAN + 4);
        assert!(r.contains(&start));
    }

    #[test]
    fn neighbouring_words() {
        let text = "troops since  2020, about $2000 soldiers";
        let p = text.find("2020").unwrap();
        assert_eq!(word_before(text, p).as_deref(), Some("since"));
        assert_eq!(word_after(text, p + 4).as_deref(), Some(","));
        let q = text.find("2000").unwrap();
        assert_eq!(word_before(text, q).as_deref(), Some("$"));
        assert_eq!(word_after(text, q + 4).as_deref(), Some("soldiers"));
        assert_eq!(word_before("é 1960", 3).as_deref(), Some("é"));
        assert_eq!(word_before("1960", 0), None);
    }

    #[test]
    fn paragraphs() {
        let text = "2023:\n\nOn August 30, soldiers appeared.";
        let p = text.find("August").unwrap();
        assert_eq!(paragraph_start(text, p), text.find("On").unwrap());
    }
}
