//! Small, bounded text helpers: sentences, paragraphs and neighbouring words.
//!
//! Every scan is limited to [`MAX_SCAN`] bytes in each direction, so a
//! single 100 MB line costs the same per mention as ordinary prose. All
//! returned offsets lie on char boundaries.

use std::borrow::Cow;
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

/// [`ABBREVIATIONS`], looked up by length and first letter.
const ABBREVIATION_SET: WordSet = WordSet::new(ABBREVIATIONS);

/// Pronouns that open a relative clause ("who died in November", "Gabon,
/// where officers ousted Bongo in August 2023, …"; "that" is left out: it
/// more often opens what was said).
pub const RELATIVE_PRONOUNS: WordSet = WordSet::new(&["who", "which", "whose", "where"]);

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

/// Whether the `.`, `!` or `?` at `dot` ends a sentence: not a dot after
/// an abbreviation, a single letter or a short dotted initialism.
///
/// The word before a dot is read from the eight bytes before it at once
/// while it is ASCII (the result is that of [`is_sentence_end_by_chars`],
/// which reads anything else; a property test checks it).
fn is_sentence_end(text: &str, dot: usize) -> bool {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = ONES * 0x80;
    let bytes = text.as_bytes();
    match bytes.get(dot) {
        Some(b'!' | b'?') => return true,
        Some(b'.') => {}
        _ => return false,
    }
    // Only words of up to 6 bytes (the longest abbreviation) can keep the
    // sentence going, so at most 7 bytes before the dot are read: bytes
    // `first..8` of `x`, the eight bytes before the dot (little-endian,
    // zero before the text's start).
    let first = 8 - dot.min(7);
    let x = if let Some(window) = dot
        .checked_sub(8)
        .and_then(|from| bytes.get(from..))
        .and_then(<[u8]>::first_chunk::<8>)
    {
        u64::from_le_bytes(*window)
    } else {
        let mut window = [0u8; 8];
        let before = bytes.get(..dot).unwrap_or(&[]);
        let pad = window.len().saturating_sub(before.len());
        for (w, &b) in window.iter_mut().skip(pad).zip(before) {
            *w = b;
        }
        u64::from_le_bytes(window)
    };
    let read = HIGH.checked_shl(8 * first as u32).unwrap_or(0);
    // The last separator: ASCII whitespace (as `char::is_whitespace`),
    // `(` or `"`.
    let separators = (byte_range_mask(x, b'\t', b'\r')
        | byte_mask(x, b' ')
        | byte_mask(x, b'(')
        | byte_mask(x, b'"'))
        & !x
        & read;
    let start = match separators {
        0 if dot > 7 => {
            // No separator: a word of 7 bytes or more, unless a non-ASCII
            // char (maybe whitespace) is in it.
            return x & read == 0 || is_sentence_end_by_chars(text, dot);
        }
        0 => first,
        _ => (71 - separators.leading_zeros() as usize) / 8,
    };
    // A non-ASCII char after the separator may be whitespace.
    let word_bytes = HIGH.checked_shl(8 * start as u32).unwrap_or(0);
    if x & word_bytes != 0 {
        return is_sentence_end_by_chars(text, dot);
    }
    let word = x.checked_shr(8 * start as u32).unwrap_or(0);
    match 8 - start {
        // Single letters ("J. Smith"); a single digit ends a sentence
        // ("expires on Aug. 6. Officials said").
        1 => (word as u8).is_ascii_digit(),
        // Dotted initialisms ("U.S") and abbreviations.
        len @ 2..=6 => {
            let dotted = len <= 5 && byte_mask(word, b'.') != 0;
            let lower = word | (byte_range_mask(word, b'A', b'Z') >> 2);
            let key = (len as u64) << 56 | lower;
            if key == NO_KEY {
                return !number_follows(text, dot);
            }
            !(dotted || is_abbreviation(key))
        }
        _ => true,
    }
}

/// The high bit of each byte of `x` (ASCII bytes) equal to `c`.
fn byte_mask(x: u64, c: u8) -> u64 {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const LOW: u64 = ONES * 0x7F;
    let t = (x & LOW) ^ (ONES * u64::from(c));
    !((t + LOW) | t) & (ONES * 0x80)
}

/// The high bit of each byte of `x` (ASCII bytes) in `lo..=hi` (`hi` below
/// 0x7F).
fn byte_range_mask(x: u64, lo: u8, hi: u8) -> u64 {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = ONES * 0x80;
    let low = x & !HIGH;
    let ge_lo = low + ONES * (0x80 - u64::from(lo));
    let gt_hi = low + ONES * (0x7F - u64::from(hi));
    ge_lo & !gt_hi & HIGH
}

/// The key of an ASCII word of up to 7 bytes: its bytes lowercased,
/// little-endian, with the length in the top byte.
const fn abbreviation_key(word: &[u8]) -> u64 {
    let mut key = (word.len() as u64) << 56;
    let mut rest = word;
    let mut shift = 0;
    while let [b, tail @ ..] = rest {
        key |= (b.to_ascii_lowercase() as u64) << shift;
        shift += 8;
        rest = tail;
    }
    key
}

/// The slot of `key` in [`ABBREVIATION_TABLE`] hashed with `multiplier`.
const fn abbreviation_slot(key: u64, multiplier: u64) -> usize {
    (key.wrapping_mul(multiplier) >> 56) as usize
}

/// A perfect hash of the keys of [`ABBREVIATIONS`]: a multiplier under
/// which no two keys share a slot, and the key in each slot (`u64::MAX`,
/// which is no key: none).
const ABBREVIATION_TABLE: (u64, [u64; 256]) = abbreviation_table();

// Evaluated at compile time: an index out of range fails the build.
#[allow(clippy::indexing_slicing)]
const fn abbreviation_table() -> (u64, [u64; 256]) {
    // Multipliers are drawn from splitmix64 until one puts every key in a
    // slot of its own (a few hundred tries; a unit test checks the table).
    let mut state = 0u64;
    let mut tries = 0;
    loop {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        let multiplier = (z ^ (z >> 31)) | 1;
        let mut table = [u64::MAX; 256];
        let mut n = 0;
        while n < ABBREVIATIONS.len() {
            let key = abbreviation_key(ABBREVIATIONS[n].as_bytes());
            let slot = abbreviation_slot(key, multiplier);
            if table[slot] != u64::MAX {
                break;
            }
            table[slot] = key;
            n += 1;
        }
        tries += 1;
        if n == ABBREVIATIONS.len() || tries == 100_000 {
            return (multiplier, table);
        }
    }
}

/// Whether the [`abbreviation_key`] `key` is that of an abbreviation.
fn is_abbreviation(key: u64) -> bool {
    let (multiplier, table) = &ABBREVIATION_TABLE;
    table.get(abbreviation_slot(key, *multiplier)) == Some(&key)
}

/// [`is_sentence_end`] reading the word before the dot by chars.
fn is_sentence_end_by_chars(text: &str, dot: usize) -> bool {
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
    // The word before the dot. Only words of up to 6 bytes (the longest
    // abbreviation) can keep the sentence going, so at most 7 bytes before
    // the dot are read.
    let lo = floor_boundary(text, dot.saturating_sub(7));
    let window = text.get(lo..dot).unwrap_or("");
    let start = match window.rfind(|ch: char| ch.is_whitespace() || ch == '(' || ch == '"') {
        Some(p) => lo + p + 1,
        None if lo == 0 => 0,
        None => return true,
    };
    let word = text.get(start..dot).unwrap_or("");
    if word.eq_ignore_ascii_case("no") {
        return !number_follows(text, dot);
    }
    if ABBREVIATION_SET.contains(word) {
        return false;
    }
    // Single letters ("J. Smith") and dotted initialisms ("U.S"); a
    // single digit ends a sentence.
    let initial = word.len() == 1 && !word.bytes().all(|b| b.is_ascii_digit());
    !(initial || (word.contains('.') && word.len() <= 5))
}

/// The key of "no", the abbreviation of "number" ("No. 2") when a number
/// follows it, and otherwise an answer that ends its sentence ("No. The
/// country has seen four coups").
const NO_KEY: u64 = abbreviation_key(b"no");

/// Whether a number ("No. 2", "No. #3") follows the dot at `dot`.
fn number_follows(text: &str, dot: usize) -> bool {
    text.get(dot + 1..)
        .unwrap_or("")
        .trim_start_matches([' ', '\u{a0}'])
        .starts_with(|c: char| c.is_ascii_digit() || c == '#')
}

/// Whether the byte may end a sentence or a line (the cheap pre-check of
/// the sentence scans).
fn is_stop_byte(b: u8) -> bool {
    matches!(b, b'\n' | b'.' | b'!' | b'?')
}

/// Start of the sentence holding `pos` (not trimmed): just after the last
/// line break or sentence end before it, looking back at most
/// [`MAX_SCAN`] bytes.
pub fn sentence_start(text: &str, pos: usize) -> usize {
    let pos = pos.min(text.len());
    let lo = floor_boundary(text, pos.saturating_sub(MAX_SCAN));
    let bytes = text.as_bytes();
    let mut upto = pos;
    while upto > lo {
        let Some(window) = bytes.get(lo..upto) else {
            break;
        };
        let Some(rel) = window.iter().rposition(|&b| is_stop_byte(b)) else {
            break;
        };
        let i = lo + rel;
        if bytes.get(i) == Some(&b'\n') {
            return ceil_boundary(text, i + 1);
        }
        let next_is_space = bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace);
        if next_is_space && is_sentence_end(text, i) {
            return ceil_boundary(text, i + 1);
        }
        // A sentence that ends inside a closing quote: "… together." Attacks
        if let Some(quote) = closing_quote_then_space(bytes, i)
            && i + quote < pos
            && is_sentence_end(text, i)
        {
            return ceil_boundary(text, i + quote + 1);
        }
        upto = i;
    }
    ceil_boundary(text, lo)
}

/// The length of the closing quote right after the stop at `i` (`"`, `'`,
/// `”` or `’`) when a space follows it, or `None`.
fn closing_quote_then_space(bytes: &[u8], i: usize) -> Option<usize> {
    let len = match (bytes.get(i + 1), bytes.get(i + 2..i + 4)) {
        (Some(b'"' | b'\''), _) => 1,
        (Some(0xE2), Some([0x80, 0x9D | 0x99])) => 3,
        _ => return None,
    };
    bytes
        .get(i + 1 + len)
        .is_some_and(u8::is_ascii_whitespace)
        .then_some(len)
}

/// End of the sentence holding `pos` (exclusive, not trimmed), looking
/// ahead at most [`MAX_SCAN`] bytes.
fn sentence_end(text: &str, pos: usize) -> usize {
    let hi = ceil_boundary(text, pos.saturating_add(MAX_SCAN));
    let bytes = text.as_bytes();
    let mut from = pos.min(text.len());
    while from < hi {
        let Some(window) = bytes.get(from..hi) else {
            break;
        };
        let Some(rel) = window.iter().position(|&b| is_stop_byte(b)) else {
            break;
        };
        let j = from + rel;
        if bytes.get(j) == Some(&b'\n') {
            return j;
        }
        let next = bytes.get(j + 1);
        let at_end = next.is_none_or(u8::is_ascii_whitespace)
            || next.is_some_and(|&n| n == b'"' || n == b'\'' || n == 0xE2);
        if at_end && is_sentence_end(text, j) {
            // Keep a closing quote with its sentence.
            return if matches!(next, Some(b'"' | b'\'')) {
                j + 2
            } else {
                j + 1
            };
        }
        from = j + 1;
    }
    hi
}

/// Whether only whitespace stands between the line break before `pos`
/// (or the text's start) and `pos`.
pub fn opens_its_line(text: &str, pos: usize) -> bool {
    text.get(..pos)
        .map(|head| head.rsplit('\n').next().unwrap_or(head))
        .is_some_and(|lead| lead.trim().is_empty())
}

/// Byte range of the sentence around `span` (trimmed of whitespace).
/// Sentences end at `.`, `!`, `?` followed by space, and at line breaks.
pub fn sentence_around(text: &str, span: &Range<usize>) -> Range<usize> {
    let start = sentence_start(text, span.start);
    let end = floor_boundary(text, sentence_end(text, span.end).max(start));
    trim_range(text, start..end)
}

/// The sentence and paragraph boundaries of a part of a text, found once so
/// that [`Sentences::start`], [`Sentences::around`] and
/// [`Sentences::paragraph_start`] answer by binary search. Each gives
/// exactly what [`sentence_start`], [`sentence_around`] and
/// [`paragraph_start`] give (a property test checks it); a question about a
/// place whose scan would leave the indexed part is answered by those.
#[derive(Debug, Default)]
pub struct Sentences {
    /// The part of the text whose boundaries are listed.
    covered: Range<usize>,
    /// Stop bytes that end the sentence before a position, for
    /// [`sentence_start`] (the next sentence starts just after).
    before: Vec<usize>,
    /// Stop bytes that end the sentence holding a position, for
    /// `sentence_end`, with the end they give.
    after: Vec<(usize, usize)>,
    /// Starts of `"\n\n"` (overlapping ones included).
    blank_lines: Vec<usize>,
    /// Starts of `"\n\r\n"`.
    blank_crlf: Vec<usize>,
    /// Where each block of [`BLOCK`] bytes of `covered` starts in `before`
    /// and in `after` (how many of their stops come before it), so that a
    /// search looks among one block's stops only, not the whole text's.
    before_blocks: Vec<usize>,
    after_blocks: Vec<usize>,
}

/// Bytes of text per entry of the block indexes of [`Sentences`].
const BLOCK: usize = 4096;

/// For each block of [`BLOCK`] bytes of `covered`, and for its end, how
/// many of `stops` (ascending) come before its start.
fn block_starts(stops: impl Iterator<Item = usize>, covered: &Range<usize>) -> Vec<usize> {
    let blocks = covered.len().div_ceil(BLOCK);
    let mut starts = Vec::with_capacity(blocks + 1);
    let mut before = 0;
    let mut stops = stops.peekable();
    for b in 0..=blocks {
        let block_start = covered.start + b * BLOCK;
        while stops.next_if(|&s| s < block_start).is_some() {
            before += 1;
        }
        starts.push(before);
    }
    starts
}

/// How many of `stops` (ascending, each read by `at`, all in `covered`)
/// come before `pos` (in `covered`), as `partition_point` over all of them
/// gives, searched among the stops of `pos`'s block (`blocks` as
/// [`block_starts`] made them).
fn stops_before<T>(
    stops: &[T],
    at: impl Fn(&T) -> usize,
    blocks: &[usize],
    covered: &Range<usize>,
    pos: usize,
) -> usize {
    let b = pos.saturating_sub(covered.start) / BLOCK;
    let lo = blocks.get(b).copied().unwrap_or(stops.len());
    let hi = blocks.get(b + 1).copied().unwrap_or(stops.len());
    lo + stops
        .get(lo..hi)
        .map_or(0, |own| own.partition_point(|s| at(s) < pos))
}

impl Sentences {
    /// Nothing indexed: every question is answered by scanning the text.
    pub const EMPTY: Self = Self {
        covered: 0..0,
        before: Vec::new(),
        after: Vec::new(),
        blank_lines: Vec::new(),
        blank_crlf: Vec::new(),
        before_blocks: Vec::new(),
        after_blocks: Vec::new(),
    };

    /// The boundaries of `text[range]` (clamped to the text).
    pub fn new(text: &str, range: Range<usize>) -> Self {
        let bytes = text.as_bytes();
        let covered = range.start.min(bytes.len())..range.end.min(bytes.len());
        // About one stop byte in sixty in news text: enough room that the
        // lists rarely grow.
        let stops = covered.len() / 48 + 8;
        let mut index = Self {
            covered: covered.clone(),
            before: Vec::with_capacity(stops),
            after: Vec::with_capacity(stops),
            blank_lines: Vec::with_capacity(covered.len() / 256 + 4),
            blank_crlf: Vec::new(),
            before_blocks: Vec::new(),
            after_blocks: Vec::new(),
        };
        let Some(part) = bytes.get(covered.clone()) else {
            return index;
        };
        // Stop bytes in text order: the sentence ends, with the line breaks
        // before each taken first.
        let mut lines = memchr::memchr_iter(b'\n', part);
        let mut line = lines.next();
        for rel in memchr::memchr3_iter(b'.', b'!', b'?', part) {
            while let Some(l) = line.filter(|&l| l < rel) {
                index.add_line(text, covered.start + l);
                line = lines.next();
            }
            index.add_end(text, covered.start + rel);
        }
        for l in line.into_iter().chain(lines) {
            index.add_line(text, covered.start + l);
        }
        index.before_blocks = block_starts(index.before.iter().copied(), &covered);
        index.after_blocks = block_starts(index.after.iter().map(|&(j, _)| j), &covered);
        index
    }

    /// Lists the line break at `i`.
    fn add_line(&mut self, text: &str, i: usize) {
        let bytes = text.as_bytes();
        let next = bytes.get(i + 1).copied();
        self.before.push(i);
        self.after.push((i, i));
        if next == Some(b'\n') && i + 2 <= self.covered.end {
            self.blank_lines.push(i);
        }
        if next == Some(b'\r') && bytes.get(i + 2) == Some(&b'\n') && i + 3 <= self.covered.end {
            self.blank_crlf.push(i);
        }
    }

    /// Lists the `.`, `!` or `?` at `i` if it ends a sentence.
    fn add_end(&mut self, text: &str, i: usize) {
        let next = text.as_bytes().get(i + 1).copied();
        let next_is_space = next.is_some_and(|n| n.is_ascii_whitespace());
        let quote = matches!(next, Some(b'"' | b'\''));
        let may_end = next_is_space || next.is_none() || quote || next == Some(0xE2);
        if !may_end || !is_sentence_end(text, i) {
            return;
        }
        if next_is_space {
            self.before.push(i);
        } else if let Some(len) = closing_quote_then_space(text.as_bytes(), i) {
            // (The sentence after starts past the quote.)
            self.before.push(i + len);
        }
        self.after.push((i, if quote { i + 2 } else { i + 1 }));
    }

    /// [`sentence_start`] of `pos`.
    pub fn start(&self, text: &str, pos: usize) -> usize {
        let pos = pos.min(text.len());
        let lo = floor_boundary(text, pos.saturating_sub(MAX_SCAN));
        if lo < self.covered.start || pos > self.covered.end {
            return sentence_start(text, pos);
        }
        let n = stops_before(
            &self.before,
            |&i| i,
            &self.before_blocks,
            &self.covered,
            pos,
        );
        match n.checked_sub(1).and_then(|k| self.before.get(k)) {
            Some(&i) if i >= lo => ceil_boundary(text, i + 1),
            _ => ceil_boundary(text, lo),
        }
    }

    /// `sentence_end` of `pos`.
    fn end(&self, text: &str, pos: usize) -> usize {
        let hi = ceil_boundary(text, pos.saturating_add(MAX_SCAN));
        let from = pos.min(text.len());
        if from < self.covered.start || hi > self.covered.end {
            return sentence_end(text, pos);
        }
        let n = stops_before(
            &self.after,
            |&(j, _)| j,
            &self.after_blocks,
            &self.covered,
            from,
        );
        match self.after.get(n) {
            Some(&(j, end)) if j < hi => end,
            _ => hi,
        }
    }

    /// [`sentence_around`] of `span`.
    pub fn around(&self, text: &str, span: &Range<usize>) -> Range<usize> {
        let start = self.start(text, span.start);
        let end = floor_boundary(text, self.end(text, span.end).max(start));
        trim_range(text, start..end)
    }

    /// [`paragraph_start`] of `pos`.
    pub fn paragraph_start(&self, text: &str, pos: usize) -> usize {
        let lo = floor_boundary(text, pos.saturating_sub(MAX_SCAN * 4));
        let end = floor_boundary(text, pos);
        if lo < self.covered.start || end > self.covered.end {
            return paragraph_start(text, pos);
        }
        let pos = end;
        let last_fitting = |starts: &[usize], len: usize| {
            let n = starts.partition_point(|&q| q + len <= pos);
            n.checked_sub(1)
                .and_then(|k| starts.get(k))
                .copied()
                .filter(|&q| q >= lo)
                .map(|q| q + len)
        };
        last_fitting(&self.blank_lines, 2)
            .or_else(|| last_fitting(&self.blank_crlf, 3))
            .unwrap_or(lo)
    }
}

/// The range with surrounding whitespace removed.
///
/// ASCII whitespace is skipped byte by byte; from the first non-ASCII
/// byte on, the chars are read (a property test checks that the result is
/// that of trimming the slice by chars).
pub fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = text.get(range.clone()).unwrap_or("");
    let bytes = slice.as_bytes();
    let mut lead = bytes
        .iter()
        .position(|&b| !is_ascii_space(b))
        .unwrap_or(bytes.len());
    if bytes.get(lead).is_some_and(|b| !b.is_ascii()) {
        let rest = slice.get(lead..).unwrap_or("");
        lead += rest.len() - rest.trim_start().len();
    }
    let kept = bytes
        .iter()
        .rposition(|&b| !is_ascii_space(b))
        .map_or(0, |i| i + 1);
    let mut trail = bytes.len() - kept;
    if kept > 0 && bytes.get(kept - 1).is_some_and(|b| !b.is_ascii()) {
        let rest = slice.get(..kept).unwrap_or("");
        trail += rest.len() - rest.trim_end().len();
    }
    let start = range.start + lead;
    start..(range.end - trail).max(start)
}

/// Whether the ASCII byte `b` is whitespace (as [`char::is_whitespace`]).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
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

/// `word` lowercased (borrowed when it has no uppercase letter to change).
fn lowercase(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else if word.is_ascii() {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// The word right before `pos` (letters, digits, `.`, `-`, `$`), lowercased,
/// skipping spaces but not crossing other punctuation.
pub fn word_before(text: &str, pos: usize) -> Option<Cow<'_, str>> {
    word_before_at(text, pos).map(|(_, w)| w)
}

/// Like [`word_before`], with the byte offset where the word starts.
///
/// Read byte by byte while the text is ASCII (the result is that of
/// [`word_before_at_raw_by_chars`], which reads anything else; a property
/// test checks it).
pub fn word_before_at(text: &str, pos: usize) -> Option<(usize, Cow<'_, str>)> {
    let (start, word, upper) = word_before_at_raw(text, pos)?;
    Some((
        start,
        match upper {
            Some(false) => Cow::Borrowed(word),
            _ => lowercase(word),
        },
    ))
}

/// Room for the longest word [`word_before_at`] reads (it looks back at
/// most 40 bytes).
pub type WordBuf = [u8; 40];

/// [`word_before`], lowercased into `buf` when that is needed (no
/// allocation for an ASCII word).
pub fn word_before_in<'a>(text: &'a str, pos: usize, buf: &'a mut WordBuf) -> Option<Cow<'a, str>> {
    word_before_at_in(text, pos, buf).map(|(_, w)| w)
}

/// [`word_before_at`], lowercased into `buf` when that is needed (no
/// allocation for an ASCII word; a property test checks that the word is
/// the same).
pub fn word_before_at_in<'a>(
    text: &'a str,
    pos: usize,
    buf: &'a mut WordBuf,
) -> Option<(usize, Cow<'a, str>)> {
    let (start, word, upper) = word_before_at_raw(text, pos)?;
    match upper {
        Some(false) => return Some((start, Cow::Borrowed(word))),
        Some(true) => {
            if let Some(slot) = buf.get_mut(..word.len()) {
                slot.copy_from_slice(word.as_bytes());
                slot.make_ascii_lowercase();
                if let Ok(lower) = std::str::from_utf8(slot) {
                    return Some((start, Cow::Borrowed(lower)));
                }
            }
        }
        None => {}
    }
    Some((start, lowercase(word)))
}

/// [`word_before_at`] as written (not lowercased), and whether it is
/// ASCII with an uppercase letter (`Some(true)`), ASCII without one
/// (`Some(false)`), or was read by chars (`None`: not known).
fn word_before_at_raw(text: &str, pos: usize) -> Option<(usize, &str, Option<bool>)> {
    let bytes = text.as_bytes();
    if !text.is_char_boundary(pos) {
        return word_before_at_raw_by_chars(text, pos);
    }
    let lo = pos.saturating_sub(40);
    // Skip spaces and tabs back from `pos`.
    let mut end = pos;
    while end > lo {
        match bytes.get(end - 1) {
            Some(b' ' | b'\t') => end -= 1,
            Some(&b) if !b.is_ascii() => return word_before_at_raw_by_chars(text, pos),
            _ => break,
        }
    }
    // Then word bytes.
    let mut start = end;
    let mut upper = false;
    while start > lo {
        match bytes.get(start - 1) {
            Some(&b) if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'$' | b'#') => {
                upper |= b.is_ascii_uppercase();
                start -= 1;
            }
            Some(&b) if !b.is_ascii() => return word_before_at_raw_by_chars(text, pos),
            _ => break,
        }
    }
    // Every byte read is ASCII, so `lo` (when reached) is a char boundary.
    let word = text.get(start..end)?;
    (!word.is_empty()).then_some((start, word, Some(upper)))
}

/// [`word_before_at`] reading by chars.
#[cfg(test)]
fn word_before_at_by_chars(text: &str, pos: usize) -> Option<(usize, Cow<'_, str>)> {
    word_before_at_raw_by_chars(text, pos).map(|(start, word, _)| (start, lowercase(word)))
}

/// [`word_before_at_raw`] reading by chars.
fn word_before_at_raw_by_chars(text: &str, pos: usize) -> Option<(usize, &str, Option<bool>)> {
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
    (!word.is_empty()).then_some((lo + word_start, word, None))
}

/// `haystack.rfind(needle)` for a short haystack, comparing bytes (no
/// searcher to set up; a property test checks that they agree).
pub fn rfind_bytes(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    let Some(&first) = needle.first() else {
        return Some(haystack.len());
    };
    // The places of its first byte, from the end; the first that starts
    // the needle is the last match.
    let bytes = haystack.as_bytes();
    memchr::memrchr_iter(first, bytes).find(|&i| bytes.get(i..i + needle.len()) == Some(needle))
}

/// `word.to_ascii_lowercase()` given to `f`, lowercased on the stack when
/// it is short (no allocation).
pub fn with_ascii_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 24];
    if let Some(slot) = buf.get_mut(..word.len()) {
        slot.copy_from_slice(word.as_bytes());
        slot.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(slot) {
            return f(lower);
        }
    }
    f(&word.to_ascii_lowercase())
}

/// The text right before `pos`, up to `max` bytes (on a char boundary).
pub fn text_before(text: &str, pos: usize, max: usize) -> &str {
    let lo = floor_boundary(text, pos.saturating_sub(max));
    text.get(lo..floor_boundary(text, pos)).unwrap_or("")
}

/// The text right after `pos`, up to `max` bytes (on a char boundary).
pub fn text_after(text: &str, pos: usize, max: usize) -> &str {
    let hi = floor_boundary(text, pos.saturating_add(max));
    text.get(ceil_boundary(text, pos)..hi).unwrap_or("")
}

/// The word right after `pos` (skipping spaces), lowercased, or the single
/// punctuation character found there.
pub fn word_after(text: &str, pos: usize) -> Option<Cow<'_, str>> {
    let hi = ceil_boundary(text, pos.saturating_add(40));
    let after = text.get(ceil_boundary(text, pos)..hi)?;
    let trimmed = after.trim_start_matches([' ', '\t', '\u{a0}']);
    let mut chars = trimmed.char_indices();
    let (_, first) = chars.next()?;
    if !first.is_alphanumeric() {
        return trimmed.get(..first.len_utf8()).map(Cow::Borrowed);
    }
    let end = trimmed
        .find(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .unwrap_or(trimmed.len());
    let word = trimmed.get(..end)?.trim_end_matches('.');
    Some(lowercase(word))
}

/// Words of a slice (letters, digits and apostrophes), as they are written.
///
/// ASCII is classified byte by byte; only non-ASCII characters are decoded
/// (the result is that of splitting at every char that is neither
/// alphanumeric nor `'`; a property test checks it).
pub fn raw_words(slice: &str) -> RawWords<'_> {
    RawWords { s: slice, at: 0 }
}

/// The iterator of [`raw_words`].
#[derive(Debug, Clone)]
pub struct RawWords<'a> {
    s: &'a str,
    at: usize,
}

/// Byte classes of [`raw_words`]: ASCII word bytes (letters, digits, `'`),
/// other ASCII bytes, and the bytes of non-ASCII chars (decoded).
const WORD_BYTE: u8 = 1;
const NON_ASCII: u8 = 2;
// Evaluated at compile time: an index out of range fails the build.
#[allow(clippy::indexing_slicing)]
const RAW_WORD_CLASSES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if !byte.is_ascii() {
            NON_ASCII
        } else if byte.is_ascii_alphanumeric() || byte == b'\'' {
            WORD_BYTE
        } else {
            0
        };
        b += 1;
    }
    table
};

/// Whether the char at `at` of `s` (non-ASCII: rare in news text, kept out
/// of the loops of [`RawWords`]) is alphanumeric, and its length.
#[cold]
#[inline(never)]
fn decode_at(s: &str, at: usize) -> Option<(bool, usize)> {
    s.get(at..)
        .and_then(|rest| rest.chars().next())
        .map(|c| (c.is_alphanumeric(), c.len_utf8()))
}

impl<'a> Iterator for RawWords<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.s.as_bytes();
        let class = |b: u8| RAW_WORD_CLASSES.get(usize::from(b)).copied().unwrap_or(0);
        let decode = |at: usize| decode_at(self.s, at);
        let mut at = self.at;
        // Skip to the next word char.
        let start = loop {
            match class(*bytes.get(at)?) {
                WORD_BYTE => break at,
                NON_ASCII => match decode(at)? {
                    (true, _) => break at,
                    (false, len) => at += len,
                },
                _ => at += 1,
            }
        };
        // Read to its end.
        while let Some(&b) = bytes.get(at) {
            match class(b) {
                WORD_BYTE => at += 1,
                NON_ASCII => match decode(at) {
                    Some((true, len)) => at += len,
                    _ => break,
                },
                _ => break,
            }
        }
        self.at = at;
        self.s.get(start..at)
    }
}

/// Whether `word` is in `table` (lowercase entries), ignoring ASCII case.
pub fn in_table(table: &[&str], word: &str) -> bool {
    table.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// A constant set of lowercase words, matched ignoring ASCII case, that
/// goes straight to the few words of the same length and first letter
/// before comparing.
#[derive(Debug)]
pub struct WordSet {
    words: &'static [&'static str],
    /// For each word length (16: longer), bit `i` set: `words[i]` (of the
    /// first 128) has that length.
    by_length: [u128; 17],
    /// For each first letter (26: other), bit `i` set: `words[i]` (of the
    /// first 128) starts with it, ignoring ASCII case.
    by_first: [u128; 27],
}

impl WordSet {
    /// The set of `words` (lowercase).
    // `get_mut` is not usable in a const fn; `length_slot` is below 17,
    // `first_slot` below 27.
    #[allow(clippy::indexing_slicing)]
    pub const fn new(words: &'static [&'static str]) -> Self {
        let mut by_length = [0u128; 17];
        let mut by_first = [0u128; 27];
        let mut i = 0;
        while i < words.len() && i < 128 {
            let w = words[i].as_bytes();
            by_length[length_slot(w.len())] |= 1 << i;
            by_first[first_slot_const(w)] |= 1 << i;
            i += 1;
        }
        Self {
            words,
            by_length,
            by_first,
        }
    }

    /// Whether `word` is in the set, ignoring ASCII case. Inlined where it
    /// is asked: most words are turned away by their length and first
    /// letter alone.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let by_length = self.by_length.get(length_slot(bytes.len()));
        let by_first = self.by_first.get(first_slot(bytes));
        let (Some(&by_length), Some(&by_first)) = (by_length, by_first) else {
            return false;
        };
        let candidates = by_length & by_first;
        (candidates != 0 || self.words.len() > 128) && self.contains_among(word, candidates)
    }

    /// Whether `word` is one of the `candidates` (bit `i`: `words[i]`) or of
    /// the words past the 128th.
    #[inline(never)]
    fn contains_among(&self, word: &str, mut candidates: u128) -> bool {
        let same = |t: &&str| t.len() == word.len() && t.eq_ignore_ascii_case(word);
        while candidates != 0 {
            let i = candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            if self.words.get(i).is_some_and(&same) {
                return true;
            }
        }
        // Words past the 128th, one by one.
        self.words
            .get(128..)
            .is_some_and(|rest| rest.iter().any(same))
    }
}

const fn length_slot(len: usize) -> usize {
    if len < 16 { len } else { 16 }
}

/// The slot of a word's first byte: its letter (`a` is 0), or 26 for
/// anything else.
fn first_slot(word: &[u8]) -> usize {
    word.first()
        .and_then(|&b| FIRST_SLOTS.get(usize::from(b)))
        .map_or(26, |&slot| usize::from(slot))
}

/// [`first_slot`], at compile time.
const fn first_slot_const(word: &[u8]) -> usize {
    match word.first() {
        Some(&b) if b.is_ascii_alphabetic() => (b.to_ascii_lowercase() - b'a') as usize,
        _ => 26,
    }
}

/// [`first_slot`] of a word starting with each byte.
const FIRST_SLOTS: [u8; 256] = first_slots();

// Evaluated at compile time: an index out of range fails the build.
#[allow(clippy::indexing_slicing)]
const fn first_slots() -> [u8; 256] {
    let mut table = [26u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = first_slot_const(&[b as u8]) as u8;
        b += 1;
    }
    table
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
    use proptest::prelude::*;

    const SET_WORDS: &[&str] = &[
        "and",
        "at",
        "before",
        "since",
        "meanwhile",
        "",
        "x",
        "a-very-long-word-indeed",
        "2020",
    ];

    proptest! {
        #[test]
        fn word_sets_hold_exactly_their_words(
            word in "(and|AND|at|At|atx|before|Before|bEfOrE|since|meanwhile|x|X|y|a-very-long-word-indeed|a-very-long-word-indeeD|a-very-long-word-indeex|2020|202|\\PC{0,6})"
        ) {
            const SET: WordSet = WordSet::new(SET_WORDS);
            let expected = SET_WORDS.iter().any(|t| t.eq_ignore_ascii_case(&word));
            prop_assert_eq!(SET.contains(&word), expected);
        }
    }

    proptest! {
        #[test]
        fn words_before_read_by_bytes_agree_with_chars(
            s in "((Gen|U\\.S|\\$20|#1|a-b|ÉTÉ|since|In|SINCE|abcdefghijklmnopqrstuvwxyz0123456789|ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFG)|[ \t\n,;(]|[\u{a0}€£é\u{2003}\u{660}.-]){0,12}"
        ) {
            for pos in 0..=s.len() + 1 {
                prop_assert_eq!(word_before_at(&s, pos), word_before_at_by_chars(&s, pos), "{:?} at {}", s, pos);
                let mut buf = [0u8; 40];
                prop_assert_eq!(word_before_at_in(&s, pos, &mut buf), word_before_at(&s, pos), "{:?} at {}", s, pos);
            }
        }
    }

    proptest! {
        #[test]
        fn bytes_found_from_the_end_as_rfind_finds_them(
            haystack in "(since |Since |sinc|e |é|since|SINCE |\\PC{0,3}){0,12}",
            needle in "(since |Since |e|é|)",
        ) {
            prop_assert_eq!(rfind_bytes(&haystack, &needle), haystack.rfind(needle.as_str()));
        }

        #[test]
        fn words_lowercased_on_the_stack_are_lowercased(
            word in "(Year|WEEK|Décade|twenty|ABCDEFGHIJKLMNOPQRSTUVWX|ABCDEFGHIJKLMNOPQRSTUVWXY|\\PC{0,30})"
        ) {
            prop_assert_eq!(with_ascii_lowercase(&word, str::to_owned), word.to_ascii_lowercase());
        }
    }

    /// `trim_range` trimming the slice by chars.
    fn trim_range_by_chars(text: &str, range: Range<usize>) -> Range<usize> {
        let slice = text.get(range.clone()).unwrap_or("");
        let lead = slice.len() - slice.trim_start().len();
        let trail = slice.len() - slice.trim_end().len();
        let start = range.start + lead;
        start..(range.end - trail).max(start)
    }

    proptest! {
        #[test]
        fn ranges_trimmed_by_bytes_agree_with_chars(
            s in "((ab|é|\u{2003}x)|[ \t\n\x0b\x0c\r]|[\u{a0}\u{85}\u{2003}\u{3000}\x1f])*",
            a in 0usize..30,
            b in 0usize..30,
        ) {
            for (lo, hi) in [(0, s.len()), (a, b), (a, s.len()), (0, b)] {
                prop_assert_eq!(trim_range(&s, lo..hi), trim_range_by_chars(&s, lo..hi), "{:?} {}..{}", s, lo, hi);
            }
        }
    }

    /// More words than the candidate masks hold.
    const MANY_WORDS: &[&str] = &[
        "a'0", "aa", "aaa", "bb", "bbb27", "bbbb", "ccc", "cccc'", "ccccc54", "d", "dddd3",
        "ddddd", "e30", "ee'", "eeeee", "f", "ff", "fff57", "gg6", "ggg", "gggg", "hhh'", "hhhh33",
        "hhhhh", "i60", "iiii", "iiiii", "j'", "jj", "jjjjj9", "k", "kk36", "kkk", "ll", "lll",
        "llll'63", "mmm12", "mmmm", "mmmmm", "n", "nnnn", "nnnnn39", "o", "oo66", "ooooo'", "p15",
        "pp", "ppp", "qq", "qqq'42", "qqqq", "rrr", "rrrr", "rrrrr69", "s'", "ssss18", "sssss",
        "t45", "tt", "ttttt", "u", "uu", "vv'21", "vvv", "www", "wwww48", "xxxx", "xxxxx'", "y",
        "yyyyy24", "z", "zz51",
    ];

    proptest! {
        #[test]
        fn large_word_sets_hold_exactly_their_words(
            word in "([a-eA-E]{1,5}'?[0-9]{0,2}|[wW][0-9]{1,2}[xX]|\\PC{0,4})",
            pick in 0usize..160,
        ) {
            // More words than the set sorts out by their bits (128).
            static WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
                let more = (0..70).map(|i| &*Box::leak(format!("w{i}x").into_boxed_str()));
                MANY_WORDS.iter().copied().chain(more).collect()
            });
            static SET: std::sync::LazyLock<WordSet> =
                std::sync::LazyLock::new(|| WordSet::new(WORDS.as_slice()));
            assert!(WORDS.len() > 128);
            let expected = WORDS.iter().any(|t| t.eq_ignore_ascii_case(&word));
            prop_assert_eq!(SET.contains(&word), expected);
            if let Some(w) = WORDS.get(pick) {
                prop_assert!(SET.contains(w));
                prop_assert!(SET.contains(&w.to_ascii_uppercase()));
            }
        }
    }

    /// `is_sentence_end` reading the whole word before the dot.
    fn is_sentence_end_unbounded(text: &str, dot: usize) -> bool {
        let bytes = text.as_bytes();
        match bytes.get(dot) {
            Some(b'!' | b'?') => return true,
            Some(b'.') => {}
            _ => return false,
        }
        let start = text
            .get(..dot)
            .and_then(|s| s.rfind(|ch: char| ch.is_whitespace() || ch == '(' || ch == '"'))
            .map_or(0, |p| p + 1);
        let word = text.get(start..dot).unwrap_or("");
        if word.eq_ignore_ascii_case("no") {
            let rest = text[dot + 1..].trim_start_matches([' ', '\u{a0}']);
            return !rest.starts_with(|c: char| c.is_ascii_digit() || c == '#');
        }
        if ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)) {
            return false;
        }
        let initial = word.len() == 1 && !word.bytes().all(|b| b.is_ascii_digit());
        !(initial || (word.contains('.') && word.len() <= 5))
    }

    proptest! {
        #[test]
        fn sentence_ends_read_only_the_last_seven_bytes(
            s in "(Gen|U\\.S|approx|No|no|a|ab|abcdef|abcdefg|[ (\"\u{a0}\u{2003}é.!?xX7#]){0,12}"
        ) {
            for dot in 0..=s.len() {
                prop_assert_eq!(is_sentence_end(&s, dot), is_sentence_end_unbounded(&s, dot), "{:?} at {}", s, dot);
            }
        }
    }

    proptest! {
        #[test]
        fn sentence_ends_read_by_bytes_agree_with_chars(
            s in "((Gen|gEN|U\\.S|u\\.n|APPROX|sept|a\\.m|no|J|ab|abcdef|abcdefg)|[ \t\n\x0b\x0c\r(\"]|\\.|[\x00\u{a0}\u{85}\u{2003}é!?xX1_-]){0,12}"
        ) {
            for dot in 0..=s.len() + 1 {
                prop_assert_eq!(is_sentence_end(&s, dot), is_sentence_end_by_chars(&s, dot), "{:?} at {}", s, dot);
            }
        }
    }

    #[test]
    fn sentence_ends_read_by_bytes_agree_with_chars_on_every_short_text() {
        const PIECES: &[&str] = &[
            "a", "J", "ab", "Gen", "U.S", "abcdef", ".", " ", "\x0b", "(", "\"", "\u{a0}", "é",
            "\u{2003}", "\u{85}", "7",
        ];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| PIECES.iter().map(move |p| format!("{t}{p}")))
                .collect();
            texts.extend(longer);
            texts.dedup();
        }
        for prefix in ["", "abcdefgh", "x \u{2003}"] {
            for t in &texts {
                let s = format!("{prefix}{t}.");
                for dot in 0..s.len() {
                    assert_eq!(
                        is_sentence_end(&s, dot),
                        is_sentence_end_by_chars(&s, dot),
                        "{s:?} at {dot}"
                    );
                }
            }
        }
    }

    #[test]
    fn abbreviations_are_found_by_their_keys() {
        let found = |word: &[u8]| is_abbreviation(abbreviation_key(word));
        for a in ABBREVIATIONS {
            assert!(found(a.as_bytes()), "{a}: pick another multiplier");
            assert!(found(a.to_ascii_uppercase().as_bytes()), "{a}");
            assert!(!found(format!("{a}x").as_bytes()), "{a}");
            assert!(!found(format!("{a}\0").as_bytes()), "{a}");
        }
        assert!(!found(b"m"));
        assert!(!found(b""));
        for word in 0..=u16::MAX {
            let word = word.to_le_bytes();
            let expected = ABBREVIATIONS
                .iter()
                .any(|a| a.as_bytes().eq_ignore_ascii_case(&word));
            assert_eq!(found(&word), expected, "{word:?}");
        }
    }

    proptest! {
        #[test]
        fn raw_words_split_at_every_non_word_char(
            s in "(?s)[a-zA-Z0-9' .,\u{a0}\u{2019}éÉß\u{0660}-\u{0669}\u{1F600}\n-]{0,40}"
        ) {
            let by_chars: Vec<&str> = s
                .split(|c: char| !(c.is_alphanumeric() || c == '\''))
                .filter(|w| !w.is_empty())
                .collect();
            prop_assert_eq!(raw_words(&s).collect::<Vec<_>>(), by_chars);
        }
    }

    proptest! {
        #[test]
        fn a_block_search_counts_the_stops_a_whole_search_counts(
            start in 0usize..10_000,
            len in 0usize..5 * BLOCK,
            picks in proptest::collection::vec(0usize..5 * BLOCK, 0..400),
            at in 0usize..5 * BLOCK + 1,
        ) {
            let covered = start..start + len;
            let mut stops: Vec<usize> = picks.iter().filter(|&&p| p < len).map(|p| start + p).collect();
            stops.sort_unstable();
            stops.dedup();
            let blocks = block_starts(stops.iter().copied(), &covered);
            let pos = start + at.min(len);
            prop_assert_eq!(
                stops_before(&stops, |&s| s, &blocks, &covered, pos),
                stops.partition_point(|&s| s < pos)
            );
        }
    }

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
        // A single digit before the dot ends the sentence; a letter does not.
        let text = "The deadline expires on Aug. 6. Officials said J. Smith would talk.";
        assert_eq!(sentence(text, "Aug. 6"), "The deadline expires on Aug. 6.");
        assert_eq!(
            sentence(text, "Officials"),
            "Officials said J. Smith would talk."
        );
        // "No." before a number is "number"; before anything else, an answer.
        let text =
            "Is it the first? No. Niger has seen four coups. He read statement No. 2 in 2023.";
        assert_eq!(sentence(text, "Niger"), "Niger has seen four coups.");
        assert_eq!(
            sentence(text, "statement"),
            "He read statement No. 2 in 2023."
        );
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
