//! Short event labels: the clause that carries the event, without the date
//! expression itself, trimmed to a readable length.

use std::ops::Range;

use super::text::WordSet;

/// Longest label, in words, before it is cut with an ellipsis.
pub const MAX_LABEL_WORDS: usize = 12;

const LEADING_JUNK: WordSet = WordSet::new(&[
    "and",
    "but",
    "or",
    "so",
    "then",
    "when",
    "while",
    "as",
    "which",
    "that",
    "after",
    "before",
    "since",
    "until",
    "on",
    "in",
    "at",
    "by",
    "during",
    "from",
    "between",
    "of",
    "indeed",
    "who",
    "also",
    "however",
    "meanwhile",
]);
const DANGLING_PREPS: WordSet = WordSet::new(&[
    "on", "in", "at", "by", "since", "during", "from", "until", "till", "of", "between", "and",
    "to", "through", "around", "about", "before", "after", "as", "early", "late", "mid", "the",
    "earlier", "later", "just", "than",
]);

/// Words that open a subordinate clause; when the date sits in such a
/// clause ("… who is in charge after a group of soldiers declared a coup
/// earlier this week"), the label starts after the word.
const SUBORDINATORS: WordSet = WordSet::new(&[
    "after", "when", "while", "because", "before", "until", "once", "where", "whereas", "although",
    "though", "since",
]);

/// Subordinators that are also prepositions ("since dawn", "after the
/// vote"); they open a clause only before a subject or a gerund.
const PREPOSITIONAL: WordSet = WordSet::new(&["after", "before", "since", "until"]);

/// Words that start a subject after a prepositional subordinator.
const SUBJECT_STARTS: WordSet = WordSet::new(&[
    "a", "an", "the", "his", "her", "its", "their", "he", "she", "they", "it", "we", "i", "this",
    "that", "these", "those", "some", "several", "many", "two", "three", "four",
]);

/// Byte length of the clause break (`,` `;` `:` `(` `)` `"` `—` `–` `“`
/// `”`) that starts at byte `i`, if one does.
fn break_at(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i)? {
        b',' | b';' | b':' | b'(' | b')' | b'"' => Some(1),
        0xE2 => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0x93 | 0x94 | 0x9C | 0x9D))
        )
        .then_some(3),
        _ => None,
    }
}

/// Byte length of the clause break that ends just before byte `end`.
fn break_ending_at(bytes: &[u8], end: usize) -> Option<usize> {
    let last = end.checked_sub(1)?;
    match bytes.get(last)? {
        b',' | b';' | b':' | b'(' | b')' | b'"' => Some(1),
        0x93 | 0x94 | 0x9C | 0x9D => {
            let start = end.checked_sub(3)?;
            break_at(bytes, start).filter(|&n| n == 3)
        }
        _ => None,
    }
}

/// Whether byte `b` may be the last byte of a clause break.
const fn may_end_break(b: u8) -> bool {
    matches!(
        b,
        b',' | b';' | b':' | b'(' | b')' | b'"' | 0x93 | 0x94 | 0x9C | 0x9D
    )
}

/// Whether byte `b` may be the first byte of a clause break.
const fn may_start_break(b: u8) -> bool {
    matches!(b, b',' | b';' | b':' | b'(' | b')' | b'"' | 0xE2)
}

/// Just after the last clause break that ends at or before `end`, or 0.
fn break_before(bytes: &[u8], end: usize) -> usize {
    let mut head = bytes.get(..end.min(bytes.len())).unwrap_or(&[]);
    // Only bytes that may end a break are checked in full.
    while let Some(last) = head.iter().rposition(|&b| may_end_break(b)) {
        if break_ending_at(bytes, last + 1).is_some() {
            return last + 1;
        }
        head = head.get(..last).unwrap_or(&[]);
    }
    0
}

/// Just after the first clause break at or after `start`, or the end.
fn break_after(bytes: &[u8], start: usize) -> usize {
    let mut from = start;
    while let Some(rel) = bytes
        .get(from..)
        .and_then(|tail| tail.iter().position(|&b| may_start_break(b)))
    {
        let i = from + rel;
        if let Some(n) = break_at(bytes, i) {
            return i + n;
        }
        from = i + 1;
    }
    bytes.len()
}

/// The pieces of `s` between ASCII whitespace, with their byte offsets.
fn ascii_tokens(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = s.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        let start = at;
        while bytes.get(at).is_some_and(|b| !b.is_ascii_whitespace()) {
            at += 1;
        }
        (at > start)
            .then(|| s.get(start..at).map(|w| (start, w)))
            .flatten()
    })
}

/// Byte length of the separator (space, tab, line break, no-break space)
/// that starts at byte `i`, if one does.
fn separator_at(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i)? {
        b' ' | b'\t' | b'\n' | b'\r' => Some(1),
        0xC2 if bytes.get(i + 1) == Some(&0xA0) => Some(2),
        _ => None,
    }
}

/// Whether byte `b` may be the first byte of a separator.
const fn may_start_separator(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0xC2)
}

/// The pieces of `s` between separators ([`separator_at`]), empty ones
/// included: `s.split([' ', '\t', '\n', '\r', '\u{a0}'])`, read byte by
/// byte.
fn spaced_pieces(s: &str) -> SpacedPieces<'_> {
    SpacedPieces {
        s,
        front: 0,
        back: s.len(),
        done: false,
    }
}

/// The iterator of [`spaced_pieces`].
struct SpacedPieces<'a> {
    s: &'a str,
    /// Start of the first piece not yet read from the front.
    front: usize,
    /// End of the last piece not yet read from the back.
    back: usize,
    done: bool,
}

impl<'a> Iterator for SpacedPieces<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        let bytes = self.s.as_bytes();
        let mut i = self.front;
        // Only bytes that may start a separator are checked in full.
        while let Some(rel) = bytes
            .get(i..self.back)
            .and_then(|rest| rest.iter().position(|&b| may_start_separator(b)))
        {
            let at = i + rel;
            if let Some(n) = separator_at(bytes, at).filter(|&n| at + n <= self.back) {
                let piece = self.s.get(self.front..at);
                self.front = at + n;
                return piece;
            }
            i = at + 1;
        }
        self.done = true;
        self.s.get(self.front..self.back)
    }
}

impl<'a> DoubleEndedIterator for SpacedPieces<'a> {
    fn next_back(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        let bytes = self.s.as_bytes();
        let mut end = self.back;
        while end > self.front {
            // A separator ending at `end`: one byte, or the two of U+00A0.
            let n = if bytes.get(end - 1) == Some(&0xA0) && end - 1 > self.front {
                separator_at(bytes, end - 2).filter(|&n| n == 2)
            } else {
                separator_at(bytes, end - 1).filter(|&n| n == 1)
            };
            if let Some(n) = n {
                let piece = self.s.get(end..self.back);
                self.back = end - n;
                return piece;
            }
            end -= 1;
        }
        self.done = true;
        self.s.get(self.front..self.back)
    }
}

/// The words of `s`: split at spaces, tabs, line breaks and no-break
/// spaces, with clause breaks and dots trimmed from both ends; empty words
/// are left out.
fn words_of(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    spaced_pieces(s).filter_map(|w| {
        let bytes = w.as_bytes();
        let mut start = 0;
        let mut end = bytes.len();
        while start < end {
            if bytes.get(start) == Some(&b'.') {
                start += 1;
            } else if let Some(n) = break_at(bytes, start) {
                start += n;
            } else {
                break;
            }
        }
        while end > start {
            if bytes.get(end - 1) == Some(&b'.') {
                end -= 1;
            } else if let Some(n) = break_ending_at(bytes, end) {
                end -= n;
            } else {
                break;
            }
        }
        w.get(start..end).filter(|w| !w.is_empty())
    })
}

/// A label for the event whose date expression covers `expr` (byte range in
/// `text`) inside the passage `passage` (byte range in `text`).
pub fn label_for(text: &str, passage: &Range<usize>, expr: &Range<usize>) -> String {
    let sentence = text.get(passage.clone()).unwrap_or("");
    let rel_start = expr.start.saturating_sub(passage.start).min(sentence.len());
    let rel_end = expr.end.saturating_sub(passage.start).min(sentence.len());

    // The clause holding the expression: from just after the last clause
    // break before it to just after the first break after it (breaks inside
    // the expression do not count).
    let bytes = sentence.as_bytes();
    let break_before = |end: usize| break_before(bytes, end);
    let break_after = |start: usize| break_after(bytes, start);
    let clause_start = break_before(rel_start);
    let clause_end = break_after(rel_end);
    let mut chosen = clause_start..clause_end;
    let has_words =
        |r: &Range<usize>, n: usize| has_label_words(sentence, r, rel_start..rel_end, n);
    // A clause that is only the date ("On Thursday,") borrows the next
    // clause, or the previous one at the end of a sentence.
    if !has_words(&chosen, 3) {
        let next = clause_end..break_after(clause_end);
        if clause_end < sentence.len() && has_words(&next, 2) {
            chosen = chosen.start..next.end;
        } else if clause_start > 0 {
            let prev_break = clause_start - break_ending_at(bytes, clause_start).unwrap_or(1);
            chosen = break_before(prev_break)..chosen.end;
        }
    }
    chosen.start = subordinate_start(sentence, &chosen, rel_start..rel_end);
    let mut words = label_words(sentence, &chosen, rel_start..rel_end, 3 * MAX_LABEL_WORDS);
    let junk = words
        .iter()
        .take(words.len().saturating_sub(2))
        .take_while(|w| LEADING_JUNK.contains(w))
        .count();
    words.drain(..junk);
    while words.last().is_some_and(|w| DANGLING_PREPS.contains(w)) {
        words.pop();
    }
    let truncated = words.len() > MAX_LABEL_WORDS;
    words.truncate(MAX_LABEL_WORDS);
    let mut label = words.join(" ");
    let trimmed_len = label
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '—' || c == '–')
        .len();
    label.truncate(trimmed_len);
    if truncated {
        label.push('…');
    }
    capitalize(label)
}

/// Start of the subordinate clause that holds the expression `expr` inside
/// `clause`: just after the last subordinating word before it, if that
/// word does not govern the expression directly ("since 2020") and leaves
/// at least three words; else the clause start.
fn subordinate_start(sentence: &str, clause: &Range<usize>, expr: Range<usize>) -> usize {
    let Some(before) = sentence.get(clause.start..expr.start.clamp(clause.start, clause.end))
    else {
        return clause.start;
    };
    // Byte offsets (in `sentence`) just after each clause-opening word.
    let mut opens: Vec<usize> = Vec::new();
    let mut tokens = ascii_tokens(before).peekable();
    while let Some((at, word)) = tokens.next() {
        if !SUBORDINATORS.contains(word) {
            continue;
        }
        let opens_clause = !PREPOSITIONAL.contains(word)
            || tokens.peek().is_some_and(|&(_, next)| {
                SUBJECT_STARTS.contains(next)
                    || next
                        .get(next.len().saturating_sub(3)..)
                        .is_some_and(|end| end.eq_ignore_ascii_case("ing"))
                    || next.chars().next().is_some_and(char::is_uppercase)
            });
        if opens_clause {
            // Just after the word (and the space after it).
            opens.push(clause.start + at + word.len() + 1);
        }
    }
    opens
        .into_iter()
        .rev()
        .find(|&start| {
            let between = sentence
                .get(start..expr.start)
                .map_or(0, |s| ascii_tokens(s).count());
            between >= 2 && has_label_words(sentence, &(start..clause.end), expr.clone(), 3)
        })
        .unwrap_or(clause.start)
}

/// Whether [`label_words`] would give at least `n` words (reading only as
/// many as it takes).
fn has_label_words(sentence: &str, range: &Range<usize>, skip: Range<usize>, n: usize) -> bool {
    let before = sentence
        .get(range.start..skip.start.clamp(range.start, range.end))
        .unwrap_or("");
    let after = sentence
        .get(skip.end.clamp(range.start, range.end)..range.end)
        .unwrap_or("");
    let possessive = after.starts_with("'s") || after.starts_with("’s");
    let governs = !possessive && skip.start >= range.start && skip.start < range.end;
    let mut found = 0;
    let mut before_words = words_of(before).rev();
    if let Some(last) = before_words.next() {
        // A preposition governing the expression is dropped.
        if !(governs && DANGLING_PREPS.contains(last)) {
            found += 1;
        }
    }
    found += before_words.take(n.saturating_sub(found)).count();
    if found >= n {
        return true;
    }
    found + words_of(after).take(n - found).count() >= n
}

/// Words of `range` in `sentence`, with the expression `skip` left out.
/// Words after the expression are read up to `limit` words in all (the
/// label needs only its first few words; the rest only tells that it was
/// cut).
fn label_words<'a>(
    sentence: &'a str,
    range: &Range<usize>,
    skip: Range<usize>,
    limit: usize,
) -> Vec<&'a str> {
    let before = sentence.get(range.start..skip.start.clamp(range.start, range.end));
    let after = sentence.get(skip.end.clamp(range.start, range.end)..range.end);
    let mut words: Vec<&'a str> = Vec::with_capacity(limit.min(32));
    let push = |words: &mut Vec<&'a str>, s: Option<&'a str>, limit: usize| {
        for w in words_of(s.unwrap_or("")) {
            if words.len() >= limit {
                break;
            }
            words.push(w);
        }
    };
    push(&mut words, before, usize::MAX);
    // "Wednesday's proclamation": the date qualifies the noun after it,
    // which keeps its preposition and takes "the" for the date.
    let possessive = after.is_some_and(|a| a.starts_with("'s") || a.starts_with("’s"));
    // Drop the preposition that governed the removed expression.
    if !possessive
        && skip.start >= range.start
        && skip.start < range.end
        && words.last().is_some_and(|w| DANGLING_PREPS.contains(w))
    {
        words.pop();
    }
    let first_after = words.len();
    push(&mut words, after, limit);
    if possessive
        && let Some(w) = words.get_mut(first_after)
        && let Some(rest) = w.strip_prefix("'s").or_else(|| w.strip_prefix("’s"))
    {
        *w = "the";
        if !rest.is_empty() {
            words.insert(first_after + 1, rest);
        }
    }
    words
}

fn capitalize(mut s: String) -> String {
    match s.chars().next() {
        Some(first) if first.is_ascii() => {
            if let Some(head) = s.get_mut(..1) {
                head.make_ascii_uppercase();
            }
            s
        }
        Some(first) => {
            let rest = s.get(first.len_utf8()..).unwrap_or("");
            first.to_uppercase().chain(rest.chars()).collect()
        }
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SEPARATORS: [char; 5] = [' ', '\t', '\n', '\r', '\u{a0}'];

    proptest! {
        #[test]
        fn spaced_pieces_split_like_str_split(
            s in "[a-c ,\t\n\r\u{a0}\u{e0}\u{2014}\u{201c}]{0,24}",
            back_first in proptest::collection::vec(any::<bool>(), 0..30),
        ) {
            let expected: Vec<&str> = s.split(SEPARATORS).collect();
            prop_assert_eq!(spaced_pieces(&s).collect::<Vec<_>>(), expected.clone());
            prop_assert_eq!(
                spaced_pieces(&s).rev().collect::<Vec<_>>(),
                expected.iter().rev().copied().collect::<Vec<_>>()
            );
            // Mixed ends, as `str::split` reads them.
            let (mut ours, mut theirs) = (spaced_pieces(&s), s.split(SEPARATORS));
            for back in back_first {
                let (a, b) = if back {
                    (ours.next_back(), theirs.next_back())
                } else {
                    (ours.next(), theirs.next())
                };
                prop_assert_eq!(a, b);
            }
        }

        #[test]
        fn break_scans_agree_with_a_byte_by_byte_reading(
            s in "[a-c ,;:()\"\u{2013}\u{2014}\u{201c}\u{201d}\u{2019}\u{e0}]{0,24}",
            at in 0usize..80,
        ) {
            let bytes = s.as_bytes();
            let at = at.min(bytes.len());
            let before = (1..=at)
                .rev()
                .find(|&e| break_ending_at(bytes, e).is_some())
                .unwrap_or(0);
            let after = (at..bytes.len())
                .find_map(|i| break_at(bytes, i).map(|n| i + n))
                .unwrap_or(bytes.len());
            prop_assert_eq!(break_before(bytes, at), before);
            prop_assert_eq!(break_after(bytes, at), after);
        }
    }

    fn label(sentence: &str, expr: &str) -> String {
        let start = sentence.find(expr).unwrap();
        label_for(sentence, &(0..sentence.len()), &(start..start + expr.len()))
    }

    #[test]
    fn drops_the_date_and_its_preposition() {
        assert_eq!(
            label(
                "The guard mounted the coup attempt on Wednesday.",
                "Wednesday"
            ),
            "The guard mounted the coup attempt"
        );
    }

    #[test]
    fn date_only_clause_borrows_the_next() {
        assert_eq!(
            label(
                "On Thursday, the minister called for his release.",
                "Thursday"
            ),
            "The minister called for his release"
        );
    }

    #[test]
    fn long_clauses_are_cut_with_an_ellipsis() {
        let l = label(
            "Soldiers who had surrounded the palace since dawn announced on television that the constitution was suspended and borders closed on July 26, 2023.",
            "July 26, 2023",
        );
        assert!(l.ends_with('…'), "{l}");
        assert!(l.split_whitespace().count() <= MAX_LABEL_WORDS);
        assert!(!l.contains("2023"));
    }

    #[test]
    fn subordinate_clause_carries_the_event() {
        assert_eq!(
            label(
                "It's still not clear who is in charge of Niger after a group of soldiers declared an apparent military coup earlier this week.",
                "earlier this week"
            ),
            "A group of soldiers declared an apparent military coup"
        );
        assert_eq!(
            label(
                "Niger has witnessed four coups since gaining independence from France in 1960.",
                "1960"
            ),
            "Gaining independence from France"
        );
        assert_eq!(
            label(
                "There have been six coups in the region since 2020.",
                "since 2020"
            ),
            "There have been six coups in the region"
        );
    }

    #[test]
    fn possessive_dates_leave_no_ending() {
        assert_eq!(
            label(
                "Wednesday's proclamation hands powers to the government.",
                "Wednesday"
            ),
            "The proclamation hands powers to the government"
        );
    }

    #[test]
    fn possessive_dates_keep_their_preposition() {
        assert_eq!(
            label(
                "Shortly after, the authority declared him the winner of Saturday's election.",
                "Saturday"
            ),
            "The authority declared him the winner of the election"
        );
    }

    #[test]
    fn empty_input_gives_empty_label() {
        assert_eq!(label_for("", &(0..0), &(0..0)), "");
    }
}
