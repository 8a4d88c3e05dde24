//! Short event labels: the clause that carries the event, without the date
//! expression itself, trimmed to a readable length.

use std::ops::Range;

use super::text::{WordSet, word_before_at_in};

/// Longest label, in words, before it is cut with an ellipsis.
pub const MAX_LABEL_WORDS: usize = 12;

const LEADING_JUNK: FilteredSet = FilteredSet::new(&[
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
    "notably",
]);
const DANGLING_PREPS: FilteredSet = FilteredSet::new(&[
    "on",
    "in",
    "at",
    "by",
    "since",
    "during",
    "from",
    "until",
    "till",
    "of",
    "between",
    "and",
    "to",
    "through",
    "around",
    "about",
    "before",
    "after",
    "as",
    "early",
    "late",
    "mid",
    "the",
    "earlier",
    "later",
    "just",
    "than",
    "for",
    "over",
    "throughout",
]);

/// Words that open a subordinate clause; when the date sits in such a
/// clause ("… who is in charge after a group of soldiers declared a coup
/// earlier this week"), the label starts after the word.
const SUBORDINATORS: FilteredSet = FilteredSet::new(&[
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

/// Longest word the first check of a [`FilteredSet`] sorts by length.
const FILTERED_LENGTH: usize = 9;

/// A [`WordSet`] with a first check by the length, first and last letter
/// of a word, which rejects most other words without comparing them.
#[derive(Debug)]
struct FilteredSet {
    set: WordSet,
    /// For each word length up to [`FILTERED_LENGTH`] and each first
    /// letter ([`letter_slot`]), bit `n` set: some word of the set has that
    /// length and first letter and ends with the `n`th letter.
    lasts: [[u32; 27]; FILTERED_LENGTH + 1],
    /// Whether some word of the set is longer (longer words are compared).
    has_longer: bool,
}

impl FilteredSet {
    // `get_mut` is not usable in a const fn; the length is checked and
    // `letter_slot` is below 27.
    #[allow(clippy::indexing_slicing)]
    const fn new(words: &'static [&'static str]) -> Self {
        let mut lasts = [[0u32; 27]; FILTERED_LENGTH + 1];
        let mut has_longer = false;
        let mut rest = words;
        while let [word, tail @ ..] = rest {
            if let [first, .., last] | [first @ last] = word.as_bytes() {
                if word.len() <= FILTERED_LENGTH {
                    lasts[word.len()][letter_slot(*first)] |= 1 << letter_slot(*last);
                } else {
                    has_longer = true;
                }
            }
            rest = tail;
        }
        Self {
            set: WordSet::new(words),
            lasts,
            has_longer,
        }
    }

    /// Whether `word` is in the set, ignoring ASCII case.
    fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            return self.set.contains(word);
        };
        let may = match self.lasts.get(bytes.len()) {
            Some(by_first) => by_first
                .get(letter_slot(first))
                .is_some_and(|lasts| lasts & (1 << letter_slot(last)) != 0),
            None => self.has_longer,
        };
        may && self.set.contains(word)
    }
}

/// 0 to 25 for the letters, either case; 26 for any other byte.
const fn letter_slot(b: u8) -> usize {
    if b.is_ascii_alphabetic() {
        (b.to_ascii_lowercase() - b'a') as usize
    } else {
        26
    }
}

/// Whether the byte at `i` is a comma or colon inside a number: "1,100
/// troops", "21:45 GMT" (not a clause break).
fn inside_number(bytes: &[u8], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|before| bytes.get(before))
        .is_some_and(u8::is_ascii_digit)
        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
}

/// Byte length of the clause break (`,` `;` `:` `(` `)` `"` `—` `–` `“`
/// `”`) that starts at byte `i`, if one does (a comma or colon inside a
/// number is none).
fn break_at(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i)? {
        b',' | b':' if inside_number(bytes, i) => None,
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
        b',' | b':' if inside_number(bytes, last) => None,
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

/// Whether `c` is punctuation trimmed from the end of a label (not the
/// "%" of "rose 9%").
fn trailing_punctuation(c: char) -> bool {
    (c.is_ascii_punctuation() && c != '%') || c == '—' || c == '–'
}

/// The words of `s`: split at spaces, tabs, line breaks and no-break
/// spaces, with clause breaks and dots trimmed from both ends; empty words
/// are left out.
fn words_of(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    spaced_pieces(s).filter_map(|w| {
        let (start, end) = trim_piece(w.as_bytes(), 0, w.len())?;
        w.get(start..end)
    })
}

/// A label for the event whose date expression covers `expr` (byte range in
/// `text`) inside the passage `passage` (byte range in `text`).
///
/// The clause around the expression is read once, from the expression
/// outwards ([`LabelWords::read_clause`]: its words, and its breaks on the
/// way); the clause choice, the subordinate clause and the label itself are
/// answered from those words. Only a clause that borrows its neighbour, or
/// a label that starts after a clause-opening word, is read again.
pub fn label_for(text: &str, passage: &Range<usize>, expr: &Range<usize>) -> String {
    let sentence = text.get(passage.clone()).unwrap_or("");
    let rel_start = expr.start.saturating_sub(passage.start).min(sentence.len());
    let rel_end = expr.end.saturating_sub(passage.start).min(sentence.len());
    let mut skip = date_list_around(sentence, rel_start..rel_end);
    let (rel_start, rel_end) = (skip.start, skip.end);
    let limit = 3 * MAX_LABEL_WORDS;
    let bytes = sentence.as_bytes();

    // The clause holding the expression: from just after the last clause
    // break before it to just after the first break after it (breaks inside
    // the expression do not count).
    let mut words = LabelWords::new();
    let mut clause = if rel_start <= rel_end
        && sentence.is_char_boundary(rel_start)
        && sentence.is_char_boundary(rel_end)
    {
        words.read_clause(sentence, &skip, limit)
    } else {
        let clause = break_before(bytes, rel_start)..break_after(bytes, rel_end);
        words.read(sentence, &clause, &skip, limit);
        clause
    };
    // A dateline with no comma is not part of the clause after it ("PORT
    // SUDAN - On the morning of 15 April 2023, Amira heard thunder": the
    // date's clause is only the date, and borrows the next).
    let dateline = if clause.start == 0 {
        dateline_end(sentence, rel_start)
    } else {
        0
    };
    if dateline > 0 && dateline <= rel_start {
        clause.start = dateline;
        words.read(sentence, &clause, &skip, limit);
    }
    let mut chosen = clause.clone();
    // A clause that is only the date ("On Thursday,") borrows the next
    // clause, or the previous one at the end of a sentence. (The words
    // read count as `has_label_words` counts them: `limit` is above 3.)
    let only_dates = only_dates_beside(sentence, &clause, &skip);
    let place_at_end = ends_in_a_place_phrase(sentence, &clause, &skip);
    if words.before + words.after < 3 || only_dates || place_at_end {
        let has_two_words = |next: &Range<usize>| {
            // With the expression before `next`, `has_label_words` reads
            // only the words of `next`.
            if skip.start <= skip.end && skip.end <= next.start {
                words_of(sentence.get(next.clone()).unwrap_or(""))
                    .nth(1)
                    .is_some()
            } else {
                has_label_words(sentence, next, skip.clone(), 2)
            }
        };
        let next = next_clause(sentence, clause.end, has_two_words);
        // (A next clause that tells nothing, "1999 and 2010", is taken
        // only when no clause comes before.)
        let next_will_do = |next: &Range<usize>| {
            has_two_words(next)
                && (clause.start == 0 || tells_something(sentence.get(next.clone()).unwrap_or("")))
        };
        // ("In 2020, when the pandemic began, revenue rose 5%": after a
        // clause of the date alone, the clause that tells of the date is
        // passed over for the main clause after it, which tells the event.)
        let main_after = (only_dates || words.before + words.after == 0)
            .then(|| main_clause_after(sentence, &next, has_two_words, next_will_do))
            .flatten();
        // ("Tandja, who died in November last year, had tried …": a
        // relative clause borrows the name it tells of, before it.)
        let relative = clause.start > 0 && opens_relative_clause(sentence, &clause);
        if let Some(after) = main_after {
            chosen = after;
            words.read(sentence, &chosen, &skip, limit);
        } else if clause.end < sentence.len() && !relative && next_will_do(&next) {
            chosen.end = next.end;
            if only_dates {
                // "In 1974 and 1996, the army seized power": a clause of
                // dates alone is left out, as the date is.
                skip = clause.clone();
                words.read(sentence, &chosen, &skip, limit);
            } else {
                words.extend_after(sentence, &chosen, &skip, limit);
            }
        } else if clause.start > 0 {
            // The clause before, or as many more as it takes (at most
            // [`MAX_BORROWED_BREAKS`]) to tell something: "…gather in a
            // stadium in Niamey, Niger, on Sunday, Aug. 6." borrows more
            // than "Niger,".
            let mut start = clause.start;
            for _ in 0..=MAX_BORROWED_BREAKS {
                let prev_break = start - break_ending_at(bytes, start).unwrap_or(1);
                start = break_before(bytes, prev_break);
                let borrowed = sentence.get(start..clause.start).unwrap_or("");
                if start == 0
                    || (has_two_words_telling_something(borrowed)
                        && !opens_with_a_preposition(borrowed))
                {
                    break;
                }
            }
            chosen.start = start;
            words.read(sentence, &chosen, &skip, limit);
        }
    }
    if words.may_open_clause {
        let start = subordinate_start(sentence, &chosen, skip.clone());
        if start != chosen.start {
            chosen.start = start;
            words.read(sentence, &chosen, &skip, limit);
        }
    }
    if let Some((name, from)) = opening_subject(sentence, &clause, &chosen, &skip) {
        chosen.start = from;
        words.read(sentence, &chosen, &skip, limit);
        words.prefix(sentence, &name);
    } else if let Some((predicate, subject)) = joined_predicate(sentence, &chosen, &skip) {
        chosen = predicate;
        words.read(sentence, &chosen, &skip, limit);
        if let Some(subject) = subject {
            words.prefix(sentence, &subject);
        }
    }
    words.label()
}

/// The part of `chosen` that tells the event of the expression at `skip`
/// when its clause joins two predicates with "and" and a verb in the
/// past, each with its own date ("M23 rebels seized Goma in late January
/// and took Bukavu on Feb. 16"): the predicate holding the expression,
/// with its subject when it is not in it ("M23 rebels took Bukavu" for
/// Feb. 16). A predicate that is only the expression after a preposition
/// takes the sentence's first clause, whose verb it belongs to ("M23
/// rebels seized Goma" for late January). Predicates that share one date
/// are left together ("resigned and dissolved parliament on Tuesday").
/// Returns the new chosen range and the subject to put before it.
///
/// Never inlined: asked of every label and rarely more than one search,
/// it made `label_for` slower when inlined there (criterion,
/// `news_one_core`).
#[inline(never)]
fn joined_predicate(
    sentence: &str,
    chosen: &Range<usize>,
    skip: &Range<usize>,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    if !(chosen.start <= skip.start && skip.end <= chosen.end) {
        return None;
    }
    let holds_a_date = |range: Range<usize>| {
        words_of(sentence.get(range).unwrap_or("")).any(|w| {
            is_listed_date(w)
                // ("Feb." is read without its point.)
                || (w.len() <= 4
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && super::patterns::month_number(w).is_some())
        })
    };
    // The last " and " before the expression and the first after it that
    // join a verb in the past, with a date on their far side (one search
    // over the clause: most clauses hold none).
    let (mut start, mut end) = (None, None);
    for i in AND_FINDER.find_iter(sentence.as_bytes().get(chosen.clone())?) {
        let at = chosen.start + i;
        let before = at + 5 <= skip.start;
        if !before && at < skip.end {
            continue;
        }
        let limit = if before { skip.start } else { chosen.end };
        let joins_a_verb = words_of(sentence.get(at + 5..limit).unwrap_or(""))
            .next()
            .is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_lowercase()) && super::resolve::is_past_form(w)
            });
        if !joins_a_verb {
            continue;
        }
        if before {
            if holds_a_date(chosen.start..at) {
                start = Some(at + 5);
            }
        } else if holds_a_date(at..chosen.end) {
            end = Some(at);
            break;
        }
    }
    if let Some(start) = start {
        let subject = predicate_subject(sentence, chosen.start, start)
            .or_else(|| predicate_subject(sentence, dateline_end(sentence, start), start));
        let range = start..end.unwrap_or(chosen.end);
        return Some((range, subject.map(|(subject, _)| subject)));
    }
    let range = chosen.start..end?;
    // Only the end was cut: the predicate left must tell something beside
    // the expression, or the sentence's first clause is taken.
    let words_beside = words_of(sentence.get(range.start..skip.start).unwrap_or(""))
        .chain(words_of(sentence.get(skip.end..range.end).unwrap_or("")))
        .filter(|w| !DANGLING_PREPS.contains(w))
        .count();
    if words_beside >= 2 {
        return Some((range, None));
    }
    let (subject, first_clause_end) =
        predicate_subject(sentence, dateline_end(sentence, skip.start), skip.start)?;
    (first_clause_end <= skip.start).then_some((subject.start..first_clause_end, None))
}

/// The search for " and " that [`joined_predicate`] runs over every
/// label's clause (set up once: setting it up costs more than a search).
static AND_FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b" and "));

/// The subject of the clause that starts at `from`, before its first verb
/// in the past (in that clause, before `limit`), when the words before the
/// verb read as a noun phrase ("M23 rebels seized Goma, …", "but the
/// coalition rejected the plan"): its range, and where the clause ends.
fn predicate_subject(sentence: &str, from: usize, limit: usize) -> Option<(Range<usize>, usize)> {
    let clause_end = break_after(sentence.as_bytes(), from);
    let head = sentence.get(from..limit.min(clause_end))?;
    let mut subject_start = None;
    for (at, w) in ascii_tokens(head) {
        let w = w.trim_end_matches(trailing_punctuation);
        if subject_start.is_none() {
            // (A linking word before the subject is left out.)
            if matches!(w, "but" | "and" | "while" | "then" | "yet" | "so") {
                continue;
            }
            subject_start = Some(at);
        }
        if w.starts_with(|c: char| c.is_ascii_lowercase()) && super::resolve::is_past_form(w) {
            let start = from + subject_start?;
            let subject = sentence.get(start..from + at)?.trim_end();
            return subject_phrase(subject).then(|| (start..start + subject.len(), clause_end));
        }
    }
    None
}

/// Whether `s` reads as the subject of a clause: a [`noun_phrase`], one
/// opened by a determiner ("the coalition", "his father"), or a pronoun.
fn subject_phrase(s: &str) -> bool {
    let mut words = words_of(s);
    noun_phrase(s)
        || matches!(
            s.trim(),
            "He" | "She" | "It" | "They" | "We" | "he" | "she" | "it" | "they" | "we"
        )
        || (words
            .next()
            .is_some_and(|w| matches!(w, "the" | "a" | "an" | "its" | "his" | "her" | "their"))
            && rest_of_noun_phrase(words))
}

/// Makes an article right before `words[seam]` (where the expression was
/// left out) fit the word after it: "in a 2011 election" reads "in an
/// election", "an October referendum" "a referendum".
fn fit_article(words: &mut [&str], seam: usize) {
    let Some(next) = words.get(seam).and_then(|w| w.bytes().next()) else {
        return;
    };
    let vowel = matches!(next.to_ascii_lowercase(), b'a' | b'e' | b'i' | b'o' | b'u');
    if let Some(article) = seam.checked_sub(1).and_then(|i| words.get_mut(i)) {
        // (Capitalised too, opening the sentence: "A 2018 investigation
        // found" reads "An investigation found".)
        match *article {
            "a" | "an" => *article = if vowel { "an" } else { "a" },
            "A" | "An" => *article = if vowel { "An" } else { "A" },
            _ => {}
        }
    }
}

/// Words after the first that tell a clause or a list from a name
/// ([`opening_name`]): verbs, "and" and "or", and prepositions other than
/// "of", after which a relative pronoun tells of the last name, not the
/// first ("Observers from the African Union, which suspended Guinea").
const NOT_IN_A_NAME: FilteredSet = FilteredSet::new(&[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "may", "might", "must", "should", "do", "does", "did", "says", "say", "from", "in",
    "at", "with", "for", "on", "by", "to", "over", "under", "near", "and", "or",
]);

/// Words that open a sentence without naming who acts in it ("On
/// Thursday, …", "Meanwhile, …"), as [`opening_subject`] reads them.
const NOT_A_NAME: FilteredSet = FilteredSet::new(&[
    "on",
    "in",
    "at",
    "by",
    "after",
    "before",
    "since",
    "during",
    "until",
    "from",
    "for",
    "with",
    "as",
    "when",
    "while",
    "but",
    "and",
    "so",
    "yet",
    "however",
    "meanwhile",
    "instead",
    "still",
    "last",
    "this",
    "next",
    "earlier",
    "later",
    "yesterday",
    "today",
    "tomorrow",
    "then",
    "now",
    "here",
    "there",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "if",
    "although",
    "though",
]);

/// The subject a clause leaves out, when the sentence opens with it and a
/// relative clause or an apposition about it: the subject's range, and
/// where the label's words start instead of `chosen.start`.
///
/// - "Traore, who seized power in September 2022 at the age of 34, has …"
///   (the date's clause is the relative clause): "Traore seized power at
///   the age of 34", the words after "who".
/// - "The vote, which had been scheduled for February 25, was postponed on
///   Saturday" (the date's clause follows the relative clause): "The vote
///   was postponed", that clause alone.
/// - "France's ambassador to Niger, Sylvain Itte, left the country on
///   Wednesday" (the date's clause follows an apposition): "Sylvain Itte
///   left the country", the part that is a proper name.
///
/// The name before a relative clause is the sentence's words before its
/// first comma (after a dateline, [`opening_name`]), all before the
/// expression `skip`.
fn opening_subject(
    sentence: &str,
    clause: &Range<usize>,
    chosen: &Range<usize>,
    skip: &Range<usize>,
) -> Option<(Range<usize>, usize)> {
    // The first ", " before the expression, after a dateline (bytes:
    // `find` sets up a substring search on every call).
    let bytes = sentence.as_bytes();
    let comma_before = |from: usize| {
        let found = memchr::memchr_iter(b',', bytes.get(from..skip.start)?)
            .find(|&i| bytes.get(from + i + 1) == Some(&b' '))?;
        Some(from + found)
    };
    // (Most sentences hold no ", " before the date: asked first.)
    let first = comma_before(0)?;
    let line_start = dateline_end(sentence, skip.start);
    let comma = if first >= line_start {
        first
    } else {
        comma_before(line_start)?
    };
    let second_at = comma + 2;
    // Whether `at` is `to` or only spaces before it.
    let starts_at = |at: usize, to: usize| {
        at <= to
            && sentence
                .get(at..to)
                .is_some_and(|gap| gap.trim().is_empty())
    };
    let pronoun_at = |at: usize| {
        ["who ", "which "]
            .into_iter()
            .find(|p| sentence.get(at..).is_some_and(|s| s.starts_with(p)))
            .map_or(0, str::len)
    };
    // (Asked first: most sentences hold no such clause.)
    let pronoun = pronoun_at(second_at);
    // ("Bazoum, elected in 2021, was ousted": a relative clause without
    // its pronoun.)
    let participle = || {
        sentence.get(second_at..).is_some_and(|rest| {
            opens_participle_phrase(rest.get(..rest.len().min(40)).unwrap_or(rest))
        })
    };
    if pronoun == 0 && !participle() {
        // "France's ambassador to Niger, Sylvain Itte, left the country on
        // Wednesday": the clause after an apposition takes the part that
        // is a proper name, the apposition first, when the sentence opens
        // with them.
        let appositive_end = comma_before(second_at)?;
        if !(starts_at(clause.start, appositive_end + 2)
            && chosen.start <= clause.start
            && noun_phrase(sentence.get(line_start..comma)?))
        {
            return None;
        }
        let from = clause.start + pronoun_at(appositive_end + 2);
        let appositive = second_at..appositive_end;
        return if proper_name(sentence.get(appositive.clone())?) {
            Some((appositive, from))
        } else {
            let name = opening_name(sentence, line_start, comma)?;
            proper_name(sentence.get(name.clone())?).then_some((name, from))
        };
    }
    let name = opening_name(sentence, line_start, comma);
    let after_relative = comma_before(second_at).map(|p| p + 2);
    // (Not when the label starts later in the clause: "…, was the
    // heaviest defeat for Wagner since it arrived in Mali in 2021".)
    if let Some(after) = after_relative
        && starts_at(clause.start, after)
        && after <= skip.start
        && chosen.start <= clause.start
    {
        // The clause after the relative one is the opening words' verb:
        // they are its whole subject, a preposition and all
        // ("Electricity from Nigeria, which supplied 70% of Niger's power
        // before the coup, was cut on Aug. 1").
        return name
            .or_else(|| {
                let head = sentence.get(line_start..comma)?;
                noun_phrase(head).then(|| comma - head.trim_start().len()..comma)
            })
            .map(|name| (name, clause.start));
    }
    (starts_at(clause.start, second_at) && chosen.start <= second_at)
        .then_some((name?, (second_at + pronoun).saturating_sub(1)))
}

/// Where a sentence's words start after a dateline ending in a dash
/// within its first 60 bytes and before `limit` ("BAMAKO, May 26 -
/// Colonel Assimi Goita, who …"); 0 without one.
fn dateline_end(sentence: &str, limit: usize) -> usize {
    // (Byte by byte: `find` sets up a substring search on every call.)
    let head = sentence.as_bytes();
    let head = head
        .get(..limit.min(60).min(head.len()))
        .unwrap_or_default();
    memchr::memchr2_iter(b'-', 0xE2, head)
        .find_map(|at| match head.get(at..) {
            // "—" and "–".
            Some([0xE2, 0x80, 0x93 | 0x94, ..]) => Some(at + 3),
            Some([b'-', b' ', ..]) if at > 0 && head.get(at - 1) == Some(&b' ') => Some(at + 2),
            Some([b'-', b'-', b' ', ..]) if at > 0 && head.get(at - 1) == Some(&b' ') => {
                Some(at + 3)
            }
            _ => None,
        })
        .unwrap_or(0)
}

/// The name a sentence opens with, from `line_start` up to the comma at
/// `comma`, as [`opening_subject`] reads it: one to five words, the
/// first capitalised, none a number, a verb ("The junta promised
/// elections, which were held in January": a clause, not a name) or a
/// preposition.
fn opening_name(sentence: &str, line_start: usize, comma: usize) -> Option<Range<usize>> {
    let head = sentence.get(line_start..comma)?;
    let name_start = line_start + head.len() - head.trim_start().len();
    let mut count = 0;
    for w in words_of(head) {
        count += 1;
        if count > 5
            || w.bytes().any(|b| b.is_ascii_digit())
            || (count > 1 && (NOT_IN_A_NAME.contains(w) || verb_like(w)))
        {
            return None;
        }
    }
    let first = words_of(head).next()?;
    (first.starts_with(|c: char| c.is_uppercase()) && !NOT_A_NAME.contains(first))
        .then_some(name_start..comma)
}

/// Whether `w` looks like a verb in the past or its participle.
fn verb_like(w: &str) -> bool {
    w.ends_with("ed") || super::resolve::is_past_form(w)
}

/// Whether `s` reads as a noun phrase that opens a sentence: one to six
/// words, the first capitalised and not a date's or a linking word, no
/// number, no verb and no "and" or "or" ("France's ambassador to Niger";
/// not "Embalo and his main rival", whose apposition names one of two).
fn noun_phrase(s: &str) -> bool {
    let mut words = words_of(s);
    let first_ok = words
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) && !NOT_A_NAME.contains(w));
    first_ok && rest_of_noun_phrase(words)
}

/// Whether `words`, after the first word of a noun phrase, fit one: at
/// most five, none a number, a verb, "and" or "or".
fn rest_of_noun_phrase<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let mut count = 0;
    words.into_iter().all(|w| {
        count += 1;
        count < 6
            && !w.bytes().any(|b| b.is_ascii_digit())
            && !verb_like(w)
            && !matches!(
                w,
                "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "and" | "or"
            )
    })
}

/// Whether `s` is a proper name: one to five words, each capitalised but
/// for the particles of names ("Abdourahamane Tiani", "Sidi Ould Cheikh",
/// "Ibn al-Hassan"), none a number.
fn proper_name(s: &str) -> bool {
    let mut count = 0;
    words_of(s).all(|w| {
        count += 1;
        count <= 5
            && !w.bytes().any(|b| b.is_ascii_digit())
            && (w.starts_with(|c: char| c.is_uppercase())
                || matches!(
                    w,
                    "of" | "de" | "du" | "la" | "le" | "al" | "el" | "bin" | "ibn" | "van" | "von"
                ))
            && !NOT_A_NAME.contains(w)
    }) && count > 0
}

/// Whether `w` is a date that may be listed with others: a year ("1996"),
/// a decade ("1990s"), a month named in full ("September") or a weekday
/// ("on Thursday and Friday").
fn is_listed_date(w: &str) -> bool {
    let b = w.as_bytes();
    let year = |y: &[u8]| y.len() == 4 && y.iter().all(u8::is_ascii_digit);
    year(b)
        || b.strip_suffix(b"s").is_some_and(year)
        || super::parse::MONTHS_FULL.contains(&w)
        || super::patterns::weekday(w).is_some()
}

/// Punctuation that may follow the last date of a list.
const LIST_END: [char; 5] = [',', '.', ';', ':', ')'];

/// `s` after an "and " or "or " that opens it.
fn conjunction(s: &str) -> Option<&str> {
    s.strip_prefix("and ")
        .or_else(|| s.strip_prefix("or "))
        .map(str::trim_start)
}

/// The whole list of dates that the date at `skip` is one of ("in 1974,
/// 1996, 1999 and 2010", "in January and September"), which the label
/// leaves out as it leaves out the date; `skip` when it is in no list.
fn date_list_around(sentence: &str, skip: Range<usize>) -> Range<usize> {
    let bytes = sentence.as_bytes();
    // (Asked of the bytes first: most dates are in no list.)
    let after = bytes.get(skip.end..).unwrap_or(&[]);
    let before = bytes.get(..skip.start).unwrap_or(&[]);
    let linked =
        |s: &[u8]| s.starts_with(b",") || s.starts_with(b" and ") || s.starts_with(b" or ");
    let linked_back =
        |s: &[u8]| s.ends_with(b", ") || s.ends_with(b" and ") || s.ends_with(b" or ");
    // (Only a date of one word is listed so: "in August 2020 and May
    // 2021" lists dates of two. A span that ends in one lists those after
    // it: "since their coups in 2020 and 2022".)
    if !(linked(after) || linked_back(before)) {
        return skip;
    }
    let expr = sentence
        .get(skip.clone())
        .map_or("", |e| e.trim_end_matches(LIST_END));
    let whole = is_listed_date(expr);
    // (A year ends the span, and another year is listed after it.)
    let ends_listed = || {
        let year_after = after
            .iter()
            .position(|b| !matches!(b, b',' | b' '))
            .and_then(|i| after.get(i..))
            .map(|rest| rest.strip_prefix(b"and ").unwrap_or(rest))
            .is_some_and(|rest| rest.first().is_some_and(u8::is_ascii_digit));
        year_after
            && expr
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.len() == 4 && is_listed_date(w))
    };
    if !(whole || (linked(after) && ends_listed())) {
        return skip;
    }
    let mut list = skip.clone();
    // Forward: ", 1999", " and 2010", ", and 2023".
    loop {
        let rest = sentence.get(list.end..).unwrap_or("");
        let comma = rest.strip_prefix(',').map(str::trim_start);
        let after_comma = comma.unwrap_or_else(|| rest.trim_start());
        let next = conjunction(after_comma).or(comma);
        // (A listed date opens with a digit or a capital: "On Thursday,
        // the minister …" is turned away by its first byte.)
        let Some(next) = next.filter(|n| {
            n.as_bytes()
                .first()
                .is_some_and(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        }) else {
            break;
        };
        let mut words = next.split(char::is_whitespace);
        let written = words.next().unwrap_or("");
        let word = written.trim_end_matches(LIST_END);
        // ("and August 17": a date of two words.)
        let two_words = word == written
            && words
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        if !is_listed_date(word) || two_words {
            break;
        }
        list.end = sentence.len() - next.len() + word.len();
    }
    // Backward: "1974, " or "1974 and " before (a list the whole date is
    // one word of).
    loop {
        if !whole {
            break;
        }
        let head = sentence.get(..list.start).unwrap_or("").trim_end();
        let linked = head
            .strip_suffix(" and")
            .or_else(|| head.strip_suffix(" or"))
            .map(|h| h.strip_suffix(',').unwrap_or(h))
            .or_else(|| head.strip_suffix(','));
        let Some(linked) = linked.map(str::trim_end) else {
            break;
        };
        let start = linked.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        // ("August 2020 and": a date of two words.)
        let two_words = linked
            .get(..start)
            .and_then(|h| h.split_whitespace().next_back())
            .is_some_and(|w| super::parse::MONTHS_FULL.contains(&w.trim_end_matches('.')));
        if !is_listed_date(linked.get(start..).unwrap_or("")) || two_words {
            break;
        }
        list.start = start;
    }
    list
}

/// Words before a date that only say when in the day or in the period,
/// or how near it is ("in the early hours of Wednesday", "at the end of
/// July", "late on Sunday", "Earlier on Friday", "so far this year"): the
/// label leaves them out with the date. Returns where they start, or
/// `start`.
pub fn time_of_day_start(text: &str, start: usize) -> usize {
    // "so far this year": how far, with the date.
    if let Some(head) = text.get(..start)
        && let Some(cut) = head.len().checked_sub("so far ".len())
        && head
            .get(cut..)
            .is_some_and(|t| t.eq_ignore_ascii_case("so far "))
        && (cut == 0
            || head
                .get(..cut)
                .is_some_and(|h| h.ends_with(char::is_whitespace)))
    {
        return cut;
    }
    // Most dates have no "of " or "on " right before them: asked first.
    let of_or_on = start
        .checked_sub(3)
        .and_then(|at| text.as_bytes().get(at..start))
        .is_some_and(|t| {
            t.get(2) == Some(&b' ')
                && t.get(..2)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"of") || w.eq_ignore_ascii_case(b"on"))
        });
    // ("in the night from Saturday 27 to Sunday 28 July")
    let after_from = text
        .get(..start)
        .is_some_and(|head| head.ends_with(" from ") || head.ends_with(" From "));
    if !of_or_on && !after_from {
        return start;
    }
    let word_before =
        |pos: usize| word_before_at_in(text, pos, &mut [0; 40]).map(|(at, w)| (at, w.into_owned()));
    let the_before = |pos: usize| {
        word_before(pos)
            .filter(|(_, w)| w == "the")
            .map(|(at, _)| at)
    };
    let from = word_before(start).and_then(|(last_at, last)| {
        let (at, word) = word_before(last_at)?;
        match (last.as_str(), word.as_str()) {
            ("on", "earlier" | "later" | "early" | "late") => Some(at),
            (
                "of",
                "morning" | "afternoon" | "evening" | "night" | "end" | "start" | "beginning"
                | "middle" | "eve",
            )
            | ("from", "night") => the_before(at),
            ("of", "hours") => word_before(at)
                .filter(|(_, w)| w == "early" || w == "small")
                .and_then(|(adj_at, _)| the_before(adj_at)),
            // "In the last days of July", "the first weeks of 2021", "the
            // first nine months of 2024", "the first 100 days of 2023".
            ("of", "days" | "weeks" | "months") => {
                let edge = |w: &str| matches!(w, "first" | "last" | "final" | "closing" | "past");
                word_before(at)
                    .and_then(|(before_at, w)| {
                        if edge(&w) {
                            Some(before_at)
                        } else if super::patterns::number_value(&w).is_some_and(|n| n > 1) {
                            word_before(before_at)
                                .filter(|(_, w)| edge(w))
                                .map(|(adj_at, _)| adj_at)
                        } else {
                            None
                        }
                    })
                    .and_then(the_before)
            }
            _ => None,
        }
    });
    from.unwrap_or(start)
}

/// The clause after `end`; when it has fewer than two words, the clauses
/// after it (at most [`MAX_BORROWED_BREAKS`] more) up to the first run
/// that has two and a lowercase word other than "and"/"or": "On Thursday,
/// Mali, Niger and Burkina Faso signed…" borrows "Mali, Niger and Burkina
/// Faso signed…", not "Mali," alone; "after those of 1974, 1996, 1999 and
/// 2010" finds no such run and keeps "1996,".
fn next_clause(
    sentence: &str,
    end: usize,
    has_two_words: impl Fn(&Range<usize>) -> bool,
) -> Range<usize> {
    let bytes = sentence.as_bytes();
    let first = end..break_after(bytes, end);
    if first.end >= bytes.len()
        || (has_two_words(&first) && tells_something(sentence.get(first.clone()).unwrap_or("")))
    {
        return first;
    }
    let mut next = first.clone();
    for _ in 0..MAX_BORROWED_BREAKS {
        let further = break_after(bytes, next.end);
        if further <= next.end {
            break;
        }
        next.end = further;
        if has_two_words(&next) && tells_something(sentence.get(next.clone()).unwrap_or("")) {
            return next;
        }
        if next.end >= bytes.len() {
            break;
        }
    }
    first
}

/// The main clause after `next`, when `next` tells of the date before it
/// ([`tells_of_the_date`]) and the clause after it will do as a label
/// (`will_do`).
fn main_clause_after(
    sentence: &str,
    next: &Range<usize>,
    has_two_words: impl Fn(&Range<usize>) -> bool + Copy,
    will_do: impl Fn(&Range<usize>) -> bool,
) -> Option<Range<usize>> {
    if !tells_of_the_date(sentence, next) {
        return None;
    }
    let after = next_clause(sentence, next.end, has_two_words);
    let after = past_a_year(sentence, after, has_two_words);
    (after.start >= next.end && will_do(&after)).then_some(after)
}

/// `clause` past the end of a date cut at its comma, which opens it: the
/// year and its comma ("…, which ended on March 31, 2023, revenue rose"
/// goes on at "revenue"), or, where the clause of the date goes on after
/// its year, the clause after that ("…, when he pushed through a
/// referendum on August 4, 2009 that let him stay, Issoufou led the
/// protests" goes on at "Issoufou").
fn past_a_year(
    sentence: &str,
    clause: Range<usize>,
    has_two_words: impl Fn(&Range<usize>) -> bool,
) -> Range<usize> {
    let text = sentence.get(clause.clone()).unwrap_or("");
    let trimmed = text.trim_start();
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    match trimmed.get(digits..) {
        Some(rest) if digits == 4 && rest.starts_with(',') => {
            let cut = text.len() - rest.len() + 1;
            (clause.start + cut)..clause.end
        }
        Some(rest) if digits == 4 && rest.starts_with(' ') && clause.end < sentence.len() => {
            next_clause(sentence, clause.end, has_two_words)
        }
        _ => clause,
    }
}

/// Whether `sentence[clause]` opens with "which", "when" or "where": a
/// clause that tells of the date before it ("In 2020, when the pandemic
/// began, …", "For FY23, which ended on March 31, …").
fn tells_of_the_date(sentence: &str, clause: &Range<usize>) -> bool {
    let clause = sentence.get(clause.clone()).unwrap_or("");
    words_of(clause).next().is_some_and(|w| {
        ["which", "when", "where"]
            .iter()
            .any(|r| r.eq_ignore_ascii_case(w))
    })
}

/// Whether `sentence[clause]` opens with a relative pronoun ("who died
/// in November").
fn opens_relative_clause(sentence: &str, clause: &Range<usize>) -> bool {
    let clause = sentence.get(clause.clone()).unwrap_or("");
    words_of(clause)
        .next()
        .is_some_and(|w| super::text::RELATIVE_PRONOUNS.contains(w))
        || opens_participle_phrase(clause)
}

/// Whether `words` open with a past participle, after an adverb in "-ly"
/// or none: a relative clause without its pronoun ("Bazoum, elected in
/// 2021, …"; "The vote, originally expected in late 2024, …").
fn opens_participle_phrase(words: &str) -> bool {
    let mut words = words_of(words);
    let first = words.next();
    // (Also a participle that tells of a plan: "scheduled", "expected".)
    let participle = |w: &str| {
        (super::resolve::is_ed_form(w) || super::resolve::is_past_form(w))
            && !["was", "were", "had", "did", "said"]
                .iter()
                .any(|a| a.eq_ignore_ascii_case(w))
    };
    match first {
        Some(w) if w.len() > 4 && w.ends_with("ly") => words.next().is_some_and(participle),
        Some(w) => participle(w),
        None => false,
    }
}

/// Whether `sentence[clause]`, without the expression at `skip`, holds
/// other dates and nothing but linking words beside them: "In 1974 and
/// 1996,", "In the 1960s and 1970s," "In late 2022 and early 2023," ("On
/// Thursday," holds no other date;
/// "In Mali in 2020," names a place).
fn only_dates_beside(sentence: &str, clause: &Range<usize>, skip: &Range<usize>) -> bool {
    let before = clause.start..skip.start.clamp(clause.start, clause.end);
    let after = skip.end.clamp(clause.start, clause.end)..clause.end;
    // (Split at every char that is not alphanumeric: a word with a letter
    // that is neither linking nor a month tells something either way.)
    let mut dates = 0;
    let only = [before, after].into_iter().all(|r| {
        sentence
            .get(r)
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .all(|w| {
                let date = w.starts_with(|c: char| c.is_ascii_digit())
                    || (w.starts_with(|c: char| c.is_ascii_uppercase())
                        && super::patterns::month_number(w).is_some());
                dates += usize::from(date);
                // ("In late 2022 and early 2023,", "In the third quarter of
                // 2022 and Q1 2023,": the parts go with their years.)
                let part = ["early", "mid", "late", "first", "second", "third", "fourth"]
                    .iter()
                    .chain(&[
                        "final", "quarter", "half", "Q1", "Q2", "Q3", "Q4", "H1", "H2",
                    ])
                    .any(|p| p.eq_ignore_ascii_case(w));
                w.is_empty() || date || part || LINKING_WORDS.contains(w)
            })
    });
    only && dates > 0
}

/// Whether `s` has a lowercase word other than "and"/"or": more than a
/// list of names ("Mali, Niger and Burkina Faso").
fn tells_something(s: &str) -> bool {
    words_of(s).any(is_telling_word)
}

/// A lowercase word other than a conjunction, an article or a
/// preposition: "in 1999 and 2010" tells nothing.
fn is_telling_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_lowercase()) && !LINKING_WORDS.contains(w)
}

/// Whether `word`, followed by `next`, opens a count ("at least seven
/// people", "at most 20"): not a preposition to strip.
fn opens_a_count(word: &str, next: Option<&str>) -> bool {
    word.eq_ignore_ascii_case("at")
        && next.is_some_and(|n| n.eq_ignore_ascii_case("least") || n.eq_ignore_ascii_case("most"))
}

/// Words that tell nothing by themselves (see [`is_telling_word`]).
const LINKING_WORDS: WordSet = WordSet::new(&[
    "and", "or", "the", "a", "an", "in", "on", "at", "of", "to", "by", "from", "since", "until",
    "between", "during", "after", "before", "with", "for", "as", "than", "those", "these",
]);

/// Whether `s` has two words or more and [`tells_something`], read in
/// one pass.
fn has_two_words_telling_something(s: &str) -> bool {
    let mut words = 0;
    let mut telling = false;
    for w in words_of(s) {
        words += 1;
        telling = telling || is_telling_word(w);
        if words >= 2 && telling {
            return true;
        }
    }
    false
}

/// Whether `s` opens with a preposition of place or distance ("from the
/// capital,", "in the capital on Saturday"): a phrase that tells where,
/// not what happened.
fn opens_with_a_preposition(s: &str) -> bool {
    words_of(s)
        .next()
        .is_some_and(|w| PLACE_PREPOSITIONS.contains(w))
}

/// Prepositions that open a phrase of place ([`opens_with_a_preposition`]).
const PLACE_PREPOSITIONS: WordSet = WordSet::new(&[
    "in", "at", "near", "from", "outside", "inside", "across", "around", "about", "along",
]);

/// Whether `clause` of `sentence` is its last and a short phrase of place
/// (at most four words besides the date at `expr`) after a clause break
/// ("…clashed with those of the new leader, Capt. Ibrahim Traore, in the
/// capital on Saturday."): it borrows the clauses before. ("…, in a move
/// that the Security Council will discuss on Wednesday" tells enough.)
fn ends_in_a_place_phrase(sentence: &str, clause: &Range<usize>, expr: &Range<usize>) -> bool {
    let words = |from: usize, to: usize| {
        sentence
            .get(from..to.max(from))
            .map_or(0, |s| words_of(s).count())
    };
    clause.start > 0
        && clause.end >= sentence.trim_end().len()
        && opens_with_a_preposition(sentence.get(clause.clone()).unwrap_or(""))
        && words(clause.start, expr.start.min(clause.end))
            + words(expr.end.max(clause.start), clause.end)
            <= 4
}

/// Clause breaks a date-only clause may borrow across (a list of names).
const MAX_BORROWED_BREAKS: usize = 4;

/// Words held without allocating.
const INLINE_WORDS: usize = 16;

/// A list of words: the first [`INLINE_WORDS`] on the stack, all of them
/// on the heap beyond that.
#[derive(Debug)]
struct WordList<'a> {
    inline: [&'a str; INLINE_WORDS],
    len: usize,
    heap: Option<Vec<&'a str>>,
}

impl<'a> WordList<'a> {
    fn new() -> Self {
        Self {
            inline: [""; INLINE_WORDS],
            len: 0,
            heap: None,
        }
    }

    fn as_slice(&self) -> &[&'a str] {
        match &self.heap {
            Some(heap) => heap,
            None => self.inline.get(..self.len).unwrap_or(&[]),
        }
    }

    fn as_mut_slice(&mut self) -> &mut [&'a str] {
        match &mut self.heap {
            Some(heap) => heap,
            None => self.inline.get_mut(..self.len).unwrap_or(&mut []),
        }
    }

    fn len(&self) -> usize {
        self.heap.as_ref().map_or(self.len, Vec::len)
    }

    fn push(&mut self, word: &'a str) {
        if let Some(heap) = &mut self.heap {
            heap.push(word);
        } else if let Some(slot) = self.inline.get_mut(self.len) {
            *slot = word;
            self.len += 1;
        } else {
            let mut heap = Vec::with_capacity(4 * INLINE_WORDS);
            heap.extend_from_slice(&self.inline);
            heap.push(word);
            self.heap = Some(heap);
        }
    }

    fn truncate(&mut self, len: usize) {
        match &mut self.heap {
            Some(heap) => heap.truncate(len),
            None => self.len = self.len.min(len),
        }
    }

    fn pop(&mut self) {
        self.truncate(self.len().saturating_sub(1));
    }

    fn insert(&mut self, i: usize, word: &'a str) {
        let inline = self.inline.get(..self.len).unwrap_or(&[]);
        let heap = self.heap.get_or_insert_with(|| inline.to_vec());
        if i <= heap.len() {
            heap.insert(i, word);
        }
    }
}

/// Byte classes of the clause scans: bytes that may start or end a
/// separator ([`separator_at`]) or a clause break ([`break_at`]), the form
/// feed, and the bytes a word may be trimmed of ([`trim_piece`]).
const SEP_START: u8 = 1;
const SEP_END: u8 = 2;
const BREAK_START: u8 = 4;
const BREAK_END: u8 = 8;
const FORM_FEED: u8 = 16;
const DOT: u8 = 32;
// Evaluated at compile time: an index out of range fails the build.
#[allow(clippy::indexing_slicing)]
const CLASSES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        let mut class = 0;
        if may_start_separator(byte) {
            class |= SEP_START;
        }
        if matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0xA0) {
            class |= SEP_END;
        }
        if may_start_break(byte) {
            class |= BREAK_START;
        }
        if may_end_break(byte) {
            class |= BREAK_END;
        }
        if byte == 0x0C {
            class |= FORM_FEED;
        }
        if byte == b'.' {
            class |= DOT;
        }
        table[b] = class;
        b += 1;
    }
    table
};

fn class(b: u8) -> u8 {
    CLASSES.get(usize::from(b)).copied().unwrap_or(0)
}

/// Pushes the words of `sentence[lo..hi]` (as [`words_of`] reads them)
/// while `list` holds fewer than `limit`. Tells whether the part read holds
/// a form feed (ASCII whitespace that does not separate words).
fn push_words<'a>(
    list: &mut WordList<'a>,
    sentence: &'a str,
    lo: usize,
    hi: usize,
    limit: usize,
) -> bool {
    let Some(s) = sentence.get(lo..hi) else {
        return false;
    };
    let bytes = s.as_bytes();
    let mut form_feed = false;
    let mut piece = 0;
    let mut i = 0;
    while list.len() < limit {
        // The end of the piece, and the length of the separator there.
        let (end, sep) = loop {
            match bytes.get(i) {
                None => break (i, 0),
                Some(b' ' | b'\t' | b'\n' | b'\r') => break (i, 1),
                Some(0xC2) if bytes.get(i + 1) == Some(&0xA0) => break (i, 2),
                Some(0x0C) => {
                    form_feed = true;
                    i += 1;
                }
                Some(_) => i += 1,
            }
        };
        push_piece(list, s, piece, end);
        if sep == 0 {
            break;
        }
        i = end + sep;
        piece = i;
    }
    form_feed
}

/// Pushes the word of the piece `s[start..end]`, if trimming leaves one
/// ([`trim_piece`]).
fn push_piece<'a>(list: &mut WordList<'a>, s: &'a str, start: usize, end: usize) {
    let bytes = s.as_bytes();
    // Most pieces need no trimming.
    let plain = end > start
        && bytes
            .get(start)
            .is_some_and(|&b| class(b) & (BREAK_START | DOT) == 0)
        && bytes
            .get(end - 1)
            .is_some_and(|&b| class(b) & (BREAK_END | DOT) == 0);
    let word = if plain {
        s.get(start..end)
    } else {
        trim_piece(bytes, start, end).and_then(|(start, end)| s.get(start..end))
    };
    if let Some(word) = word {
        list.push(word);
    }
}

/// The word of the piece `bytes[start..end]`: clause breaks and dots
/// trimmed from both ends, as [`words_of`] trims them; `None` if nothing is
/// left. (`start` and `end` are char boundaries, so reading `bytes` beyond
/// the piece finds no break the piece alone would not.)
fn trim_piece(bytes: &[u8], mut start: usize, mut end: usize) -> Option<(usize, usize)> {
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
    (end > start).then_some((start, end))
}

/// Whether the text after the expression starts with a possessive ending:
/// "Wednesday's proclamation": the date qualifies the noun after it, which
/// keeps its preposition and takes "the" for the date.
fn is_possessive(after: &str) -> bool {
    after.starts_with("'s") || after.starts_with("’s")
}

/// The words of a label range, as the former `label_words` gives them,
/// with what the label choice needs to know about them.
#[derive(Debug)]
struct LabelWords<'a> {
    list: WordList<'a>,
    /// Words before the expression (after the governing preposition is
    /// dropped).
    before: usize,
    /// Words read after it (before a possessive's "the" is put in).
    after: usize,
    /// Whether the range holds a possessive ending after the expression.
    possessive: bool,
    /// Whether `subordinate_start` may find a clause-opening word before
    /// the expression (else it gives the range start).
    may_open_clause: bool,
}

impl<'a> LabelWords<'a> {
    fn new() -> Self {
        Self {
            list: WordList::new(),
            before: 0,
            after: 0,
            possessive: false,
            may_open_clause: false,
        }
    }

    /// Reads the clause around the expression `skip` (well ordered, on
    /// char boundaries), as [`LabelWords::read`] reads it, and returns the
    /// clause: the words before the expression are read backwards up to the
    /// clause break before it, those after it forwards up to the break
    /// after it (up to `limit` words in all).
    fn read_clause(
        &mut self,
        sentence: &'a str,
        skip: &Range<usize>,
        limit: usize,
    ) -> Range<usize> {
        let bytes = sentence.as_bytes();
        // The words before the expression are trimmed as the text up to it
        // alone would trim them (a comma right before it ends "26," there,
        // as `read` finds).
        let head = sentence.get(..skip.start).unwrap_or(sentence);
        self.list.truncate(0);
        // Backwards: pieces between separators, last first, up to the
        // break.
        let mut end = skip.start;
        let mut i = skip.start;
        let mut form_feed = false;
        let clause_start = loop {
            // The last byte before `i` that may end a separator or a
            // break, or be a form feed.
            let Some((at, c)) = bytes.get(..i).and_then(|head| {
                head.iter().enumerate().rev().find_map(|(at, &b)| {
                    let c = class(b) & (SEP_END | BREAK_END | FORM_FEED);
                    (c != 0).then_some((at, c))
                })
            }) else {
                break 0;
            };
            i = at + 1;
            if c & BREAK_END != 0 && break_ending_at(bytes, i).is_some() {
                break i;
            }
            if c & SEP_END != 0 {
                // A no-break space's first byte is no break end, so the
                // clause does not start between its bytes.
                let n = if bytes.get(at) != Some(&0xA0) {
                    1
                } else if at >= 1 && bytes.get(at - 1) == Some(&0xC2) {
                    2
                } else {
                    0
                };
                if n > 0 {
                    push_piece(&mut self.list, head, i, end);
                    i -= n;
                    end = i;
                    continue;
                }
            }
            form_feed |= c & FORM_FEED != 0;
            i = at;
        };
        push_piece(&mut self.list, head, clause_start, end);
        self.list.as_mut_slice().reverse();
        self.note_openers(form_feed);

        // The clause ends after the expression unless the expression ends
        // the sentence (see `break_after`).
        let after = sentence.get(skip.end..).unwrap_or("");
        self.possessive = is_possessive(after);
        let governs = !self.possessive && skip.start < sentence.len();
        self.drop_governing(governs);

        // Forwards: pieces up to the break, trimmed as the text from the
        // expression on alone would trim them (",2020" right after "26" is
        // "2020" there, as `read` finds).
        let tail = sentence.get(skip.end..).unwrap_or("");
        let from = skip.end;
        let mut piece = skip.end;
        let mut i = skip.end;
        let clause_end = loop {
            // The next byte that may start a separator or a break.
            let Some((at, c)) = bytes.get(i..).and_then(|tail| {
                tail.iter().enumerate().find_map(|(rel, &b)| {
                    let c = class(b) & (SEP_START | BREAK_START);
                    (c != 0).then_some((i + rel, c))
                })
            }) else {
                if self.list.len() < limit {
                    push_piece(&mut self.list, tail, piece - from, bytes.len() - from);
                }
                break bytes.len();
            };
            if c & BREAK_START != 0
                && let Some(n) = break_at(bytes, at)
            {
                if self.list.len() < limit {
                    push_piece(&mut self.list, tail, piece - from, at + n - from);
                }
                break at + n;
            }
            if c & SEP_START != 0
                && let Some(n) = separator_at(bytes, at)
            {
                if self.list.len() >= limit {
                    break break_after(bytes, at);
                }
                push_piece(&mut self.list, tail, piece - from, at - from);
                piece = at + n;
                i = piece;
                continue;
            }
            i = at + 1;
        };
        self.after = self.list.len() - self.before;
        self.put_in_the();
        clause_start..clause_end
    }

    /// The words of `range` in `sentence`, with the expression `skip` left
    /// out. Words after the expression are read up to `limit` words in all
    /// (the label needs only its first few words; the rest only tells that
    /// it was cut).
    fn read(&mut self, sentence: &'a str, range: &Range<usize>, skip: &Range<usize>, limit: usize) {
        let before_end = skip.start.clamp(range.start, range.end);
        let after_start = skip.end.clamp(range.start, range.end);
        self.list.truncate(0);
        let form_feed = push_words(
            &mut self.list,
            sentence,
            range.start,
            before_end,
            usize::MAX,
        );
        self.note_openers(form_feed);
        self.possessive = sentence
            .get(after_start..range.end)
            .is_some_and(is_possessive);
        let governs = !self.possessive && skip.start >= range.start && skip.start < range.end;
        self.drop_governing(governs);
        push_words(&mut self.list, sentence, after_start, range.end, limit);
        self.after = self.list.len() - self.before;
        self.put_in_the();
    }

    /// Reads the words after the expression again, up to the end of
    /// `range`, which starts where the range last read started and ends
    /// further.
    fn extend_after(
        &mut self,
        sentence: &'a str,
        range: &Range<usize>,
        skip: &Range<usize>,
        limit: usize,
    ) {
        let after_start = skip.end.clamp(range.start, range.end);
        let possessive = sentence
            .get(after_start..range.end)
            .is_some_and(is_possessive);
        if possessive != self.possessive {
            self.read(sentence, range, skip, limit);
            return;
        }
        self.list.truncate(self.before);
        push_words(&mut self.list, sentence, after_start, range.end, limit);
        self.after = self.list.len() - self.before;
        self.put_in_the();
    }

    /// Puts the words of `sentence[range]` (which lies before the
    /// expression) before those read.
    fn prefix(&mut self, sentence: &'a str, range: &Range<usize>) {
        let words = words_of(sentence.get(range.clone()).unwrap_or(""));
        let mut n = 0;
        for w in words {
            self.list.insert(n, w);
            n += 1;
        }
        self.before += n;
    }

    /// Notes whether the words read so far (those before the expression)
    /// may hold a clause-opening word: `subordinate_start` splits at ASCII
    /// whitespace, so without a form feed, a clause-opening word it finds
    /// is one of these words.
    fn note_openers(&mut self, form_feed: bool) {
        self.may_open_clause = form_feed
            || self
                .list
                .as_slice()
                .iter()
                .any(|w| SUBORDINATORS.contains(w));
    }

    /// Drops the preposition that governed the removed expression, and
    /// counts the words before it.
    fn drop_governing(&mut self, governs: bool) {
        if governs
            && self
                .list
                .as_slice()
                .last()
                .is_some_and(|w| DANGLING_PREPS.contains(w))
        {
            self.list.pop();
        }
        self.before = self.list.len();
    }

    /// A possessive ending on the first word after the expression becomes
    /// "the"; an article left before it fits it ([`fit_article`]).
    fn put_in_the(&mut self) {
        fit_article(self.list.as_mut_slice(), self.before);
        if !self.possessive {
            return;
        }
        let at = self.before;
        let Some(first) = self.list.as_mut_slice().get_mut(at) else {
            return;
        };
        let Some(rest) = first
            .strip_prefix("'s")
            .or_else(|| first.strip_prefix("’s"))
        else {
            return;
        };
        *first = "the";
        if !rest.is_empty() {
            self.list.insert(at + 1, rest);
        }
    }

    /// The label: leading junk words stripped, dangling prepositions
    /// popped, at most [`MAX_LABEL_WORDS`] words joined by spaces, trailing
    /// punctuation trimmed, an ellipsis if cut, capitalised.
    fn label(&self) -> String {
        let words = self.list.as_slice();
        let junk = words
            .iter()
            .enumerate()
            .take(words.len().saturating_sub(2))
            .take_while(|&(i, w)| {
                LEADING_JUNK.contains(w) && !opens_a_count(w, words.get(i + 1).copied())
            })
            .count();
        let mut end = words.len();
        while end > junk
            && words
                .get(end - 1)
                .is_some_and(|w| DANGLING_PREPS.contains(w))
            && !is_particle(words, end - 1)
        {
            end -= 1;
        }
        let kept = words.get(junk..end).unwrap_or(&[]);
        let kept = kept.get(dateline_words(kept)..).unwrap_or(kept);
        let truncated = kept.len() > MAX_LABEL_WORDS;
        let shown = kept.get(..MAX_LABEL_WORDS).unwrap_or(kept);
        let Some((last, init)) = shown.split_last() else {
            return String::new();
        };
        // Trailing punctuation is trimmed from the last word only: the
        // space before it stops the trim.
        let last = last.trim_end_matches(trailing_punctuation);
        let ellipsis = if truncated { "…" } else { "" };
        let len = init.iter().map(|w| w.len() + 1).sum::<usize>() + last.len() + ellipsis.len();
        let mut label = String::with_capacity(len);
        for w in init {
            label.push_str(w);
            label.push(' ');
        }
        label.push_str(last);
        label.push_str(ellipsis);
        capitalize(label)
    }
}

/// How many words open `words` as a dateline before a dash ("NIAMEY --",
/// "May 17 -", "21:45 GMT -", or the dash alone): up to three words, none
/// starting with a lowercase letter, then the dash. 0 when there is none.
fn dateline_words(words: &[&str]) -> usize {
    let is_dash = |w: &&str| matches!(*w, "-" | "--" | "—" | "–");
    match words.iter().take(4).position(is_dash) {
        Some(dash)
            if dash + 1 < words.len()
                && words
                    .iter()
                    .take(dash)
                    .all(|w| !w.starts_with(|c: char| c.is_lowercase())) =>
        {
            dash + 1
        }
        _ => 0,
    }
}

/// Whether `words[i]` is the particle of a phrasal verb ("sworn in",
/// "took over"), kept at the end of a label.
fn is_particle(words: &[&str], i: usize) -> bool {
    let (Some(word), Some(verb)) = (words.get(i), i.checked_sub(1).and_then(|v| words.get(v)))
    else {
        return false;
    };
    (word.eq_ignore_ascii_case("in") && verb.eq_ignore_ascii_case("sworn"))
        || (word.eq_ignore_ascii_case("over")
            && ["took", "take", "takes", "taken", "taking", "handed", "hand"]
                .iter()
                .any(|v| v.eq_ignore_ascii_case(verb)))
}

/// Start of the subordinate clause that holds the expression `expr` inside
/// `clause`: just after the last subordinating word before it, if that
/// word does not govern the expression directly ("since 2020") and leaves
/// at least three words that tell something; else the clause start.
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
                    || (next.chars().next().is_some_and(char::is_uppercase)
                        // (Not a date: "since Jan. 1 and heading for …".)
                        && super::patterns::month_number(next).is_none()
                        && super::patterns::weekday(next).is_none())
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
            // (And it tells something: not "after those of 1974, 1996".)
            let tells = |r: Range<usize>| tells_something(sentence.get(r).unwrap_or(""));
            between >= 2
                && has_label_words(sentence, &(start..clause.end), expr.clone(), 3)
                && (tells(start..expr.start) || tells(expr.end..clause.end))
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
    use crate::extract::text::floor_boundary;
    use proptest::prelude::*;

    // The reading before the single word list: the oracle of the
    // property tests.

    /// A label for the event whose date expression covers `expr` (byte range in
    /// `text`) inside the passage `passage` (byte range in `text`).
    fn label_for_old(text: &str, passage: &Range<usize>, expr: &Range<usize>) -> String {
        let sentence = text.get(passage.clone()).unwrap_or("");
        let listed = date_list_around(
            sentence,
            expr.start.saturating_sub(passage.start).min(sentence.len())
                ..expr.end.saturating_sub(passage.start).min(sentence.len()),
        );
        let (mut rel_start, mut rel_end) = (listed.start, listed.end);

        // The clause holding the expression: from just after the last clause
        // break before it to just after the first break after it (breaks inside
        // the expression do not count).
        let bytes = sentence.as_bytes();
        let break_before = |end: usize| break_before(bytes, end);
        let break_after = |start: usize| break_after(bytes, start);
        let clause_start = break_before(rel_start);
        // (A dateline with no comma is not part of the clause after it.)
        let dateline = dateline_end(sentence, rel_start);
        let clause_start = if clause_start == 0 && dateline > 0 && dateline <= rel_start {
            dateline
        } else {
            clause_start
        };
        let clause_end = break_after(rel_end);
        let mut chosen = clause_start..clause_end;
        let has_words =
            |r: &Range<usize>, n: usize| has_label_words(sentence, r, rel_start..rel_end, n);
        // A clause that is only the date ("On Thursday,") borrows the next
        // clause, or the previous one at the end of a sentence.
        let only_dates =
            only_dates_beside(sentence, &(clause_start..clause_end), &(rel_start..rel_end));
        let place_at_end =
            ends_in_a_place_phrase(sentence, &(clause_start..clause_end), &(rel_start..rel_end));
        if !has_words(&chosen, 3) || only_dates || place_at_end {
            let next = next_clause(sentence, clause_end, |r| has_words(r, 2));
            let next_will_do = has_words(&next, 2)
                && (clause_start == 0 || tells_something(&sentence[next.clone()]));
            let relative = clause_start > 0 && opens_relative_clause(sentence, &chosen);
            if let Some(after) = main_after_old(sentence, &(rel_start..rel_end), &chosen, &next) {
                chosen = after;
            } else if clause_end < sentence.len() && !relative && next_will_do {
                chosen = chosen.start..next.end;
                if only_dates {
                    (rel_start, rel_end) = (clause_start, clause_end);
                }
            } else if clause_start > 0 {
                let mut start = clause_start;
                for _ in 0..=MAX_BORROWED_BREAKS {
                    let prev_break = start - break_ending_at(bytes, start).unwrap_or(1);
                    start = break_before(prev_break);
                    let borrowed = &sentence[start..clause_start];
                    if start == 0
                        || (words_of(borrowed).nth(1).is_some()
                            && tells_something(borrowed)
                            && !opens_with_a_preposition(borrowed))
                    {
                        break;
                    }
                }
                chosen = start..chosen.end;
            }
        }
        chosen.start = subordinate_start(sentence, &chosen, rel_start..rel_end);
        let mut name = None;
        if let Some((subject, from)) = opening_subject(
            sentence,
            &(clause_start..clause_end),
            &chosen,
            &(rel_start..rel_end),
        ) {
            chosen.start = from;
            name = Some(subject);
        } else if let Some((predicate, subject)) =
            joined_predicate(sentence, &chosen, &(rel_start..rel_end))
        {
            chosen = predicate;
            name = subject;
        }
        let mut words = label_words(sentence, &chosen, rel_start..rel_end, 3 * MAX_LABEL_WORDS);
        if let Some(name) = name {
            let mut named: Vec<&str> = words_of(&sentence[name]).collect();
            named.append(&mut words);
            words = named;
        }
        let mut junk = 0;
        while junk + 2 < words.len()
            && LEADING_JUNK.contains(words[junk])
            && !(words[junk].eq_ignore_ascii_case("at")
                && ["least", "most"].contains(&words[junk + 1].to_ascii_lowercase().as_str()))
        {
            junk += 1;
        }
        words.drain(..junk);
        while words.last().is_some_and(|w| DANGLING_PREPS.contains(w))
            && !is_particle(&words, words.len() - 1)
        {
            words.pop();
        }
        words.drain(..dateline_words(&words));
        let truncated = words.len() > MAX_LABEL_WORDS;
        words.truncate(MAX_LABEL_WORDS);
        let mut label = words.join(" ");
        let trimmed_len = label.trim_end_matches(trailing_punctuation).len();
        label.truncate(trimmed_len);
        if truncated {
            label.push('…');
        }
        capitalize(label)
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
        fit_article(&mut words, first_after);
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

    /// Pieces of generated sentences: the words the label looks up, clause
    /// breaks, dots, possessives and non-ASCII letters.
    const TOKENS: &[&str] = &[
        "after",
        "After",
        "when",
        "While",
        "since",
        "Since",
        "until",
        "before",
        "because",
        "once",
        "where",
        "whereas",
        "although",
        "though",
        "on",
        "in",
        "at",
        "by",
        "of",
        "to",
        "the",
        "The",
        "a",
        "he",
        "they",
        "It",
        "and",
        "but",
        "or",
        "so",
        "then",
        "which",
        "that",
        "indeed",
        "however",
        "meanwhile",
        "early",
        "late",
        "mid",
        "just",
        "than",
        "soldiers",
        "declared",
        "coup",
        "Wednesday",
        "Wednesday's",
        "Monday’s",
        "'s",
        "’s",
        "'sfoo",
        "gaining",
        "Niger",
        "2020",
        "July",
        "26,",
        "2023.",
        "x,",
        ",",
        ";",
        ":",
        "(",
        ")",
        "\"",
        "—",
        "–",
        "“",
        "”",
        "...",
        ".",
        "a,b",
        "e.g.",
        "Ôx",
        "é",
        "—word—",
        "-",
        "!",
        "?",
        "É",
    ];
    const SEPS: &[&str] = &[
        " ", " ", " ", " ", "  ", "\t", "\n", "\r", "\u{a0}", "\u{c}", "", ", ", " — ",
    ];

    fn sentence_of(parts: &[(usize, usize)]) -> String {
        let mut s = String::new();
        for &(t, sep) in parts {
            s.push_str(TOKENS.get(t % TOKENS.len()).copied().unwrap_or(""));
            s.push_str(SEPS.get(sep % SEPS.len()).copied().unwrap_or(""));
        }
        s
    }

    /// [`label_for`]'s main clause after a clause that tells of the date
    /// (`next`), after the clause `chosen` of the date at `skip` alone, as
    /// first written.
    fn main_after_old(
        sentence: &str,
        skip: &Range<usize>,
        chosen: &Range<usize>,
        next: &Range<usize>,
    ) -> Option<Range<usize>> {
        let has_words = |r: &Range<usize>, n: usize| has_label_words(sentence, r, skip.clone(), n);
        let only_dates = only_dates_beside(sentence, chosen, skip);
        ((only_dates || !has_words(chosen, 1)) && tells_of_the_date(sentence, next))
            .then(|| {
                let after = next_clause(sentence, next.end, |r| has_words(r, 2));
                past_a_year(sentence, after, |r| has_words(r, 2))
            })
            .filter(|after| {
                after.start >= next.end
                    && has_words(after, 2)
                    && (chosen.start == 0 || tells_something(&sentence[after.clone()]))
            })
    }

    /// Asserts that each (sentence, date expression, label) case reads so
    /// with `label_for` and with its oracle.
    fn labels_read_both_ways(cases: &[(&str, &str, &str)]) {
        for &(sentence, expr, label) in cases {
            let start = sentence.find(expr).unwrap();
            let expr = start..start + expr.len();
            let passage = 0..sentence.len();
            assert_eq!(label_for(sentence, &passage, &expr), label, "{sentence}");
            assert_eq!(
                label_for_old(sentence, &passage, &expr),
                label,
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_clause_that_tells_of_the_date_gives_way_to_the_main_one() {
        labels_read_both_ways(&[
            (
                "In 2020, which was a leap year, revenue rose 5 per cent.",
                "2020",
                "Revenue rose 5 per cent",
            ),
            (
                "For FY23, which ended on March 31, 2023, revenue rose 22 per cent.",
                "FY23",
                "Revenue rose 22 per cent",
            ),
            (
                "In mid-2009, when he pushed through a referendum on August 4, 2009 that let him stay, Issoufou led the protests.",
                "mid-2009",
                "Issoufou led the protests",
            ),
            // (The date inside the clause keeps that clause.)
            (
                "In 2020, when the pandemic began in March, revenue rose 5 per cent.",
                "March",
                "The pandemic began",
            ),
        ]);
    }

    #[test]
    fn a_dateline_is_not_part_of_the_dates_clause() {
        labels_read_both_ways(&[
            (
                "PORT SUDAN - On 15 April 2023, Amira heard thunder over Khartoum.",
                "15 April 2023",
                "Amira heard thunder over Khartoum",
            ),
            (
                "NIAMEY - On Wednesday soldiers sealed off the palace.",
                "Wednesday",
                "Soldiers sealed off the palace",
            ),
        ]);
    }

    #[test]
    fn a_count_opened_by_at_keeps_its_at() {
        labels_read_both_ways(&[
            (
                "At least 20 people died in the attack on Sunday.",
                "Sunday",
                "At least 20 people died in the attack",
            ),
            (
                "In June, at least seven people were killed.",
                "June",
                "At least seven people were killed",
            ),
            (
                "At most 300 troops remain, officials said on Friday.",
                "Friday",
                "At most 300 troops remain officials said",
            ),
            // (Any other "At" is stripped as before.)
            (
                "At a rally on Sunday, thousands cheered.",
                "Sunday",
                "A rally",
            ),
        ]);
    }

    #[test]
    fn a_place_phrase_at_the_end_borrows_the_clauses_before() {
        labels_read_both_ways(&[
            (
                "His supporters clashed with those of the new leader, Capt. Ibrahim Traore, \
                 in the capital on Saturday.",
                "Saturday",
                "His supporters clashed with those of the new leader Capt Ibrahim Traore…",
            ),
            (
                "The next hearing, in a separate case against four civilians, is scheduled \
                 for Feb. 3.",
                "Feb. 3",
                "The next hearing in a separate case against four civilians is scheduled",
            ),
            // (A longer phrase tells enough.)
            (
                "Keita resigned, in a move that the Security Council will discuss on Wednesday.",
                "Wednesday",
                "A move that the Security Council will discuss",
            ),
        ]);
    }

    #[test]
    fn predicates_joined_by_and_each_take_their_own_date() {
        labels_read_both_ways(&[
            (
                "M23 rebels seized Goma, the largest city in eastern Congo, in late January and took Bukavu on Feb. 16.",
                "Feb. 16",
                "M23 rebels took Bukavu",
            ),
            // A predicate that is only its date takes the first clause.
            (
                "M23 rebels seized Goma, the largest city in eastern Congo, in late January and took Bukavu on Feb. 16.",
                "late January",
                "M23 rebels seized Goma",
            ),
            (
                "Kabore was first elected in 2015 and won a second term in November 2020.",
                "2015",
                "Kabore was first elected",
            ),
            (
                "Kabore was first elected in 2015 and won a second term in November 2020.",
                "November 2020",
                "Kabore won a second term",
            ),
            // The subject of the predicate's own clause.
            (
                "Talks opened in Jeddah on Feb. 2 but were suspended on Feb. 4 and were due to resume the following Monday.",
                "the following Monday",
                "Talks were due to resume",
            ),
            // Predicates that share their date stay together.
            (
                "Keita resigned and dissolved parliament shortly before midnight on Tuesday.",
                "Tuesday",
                "Keita resigned and dissolved parliament shortly before midnight",
            ),
        ]);
    }

    #[test]
    fn a_clause_about_the_name_a_sentence_opens_with_takes_that_name() {
        labels_read_both_ways(&[
            // The date's clause is the relative clause.
            (
                "Traore, who seized power in September 2022 at the age of 34, has since expelled French forces.",
                "September 2022",
                "Traore seized power at the age of 34",
            ),
            (
                "Colonel Assimi Goita, who first seized power in August 2020, was sworn in on Monday.",
                "August 2020",
                "Colonel Assimi Goita first seized power",
            ),
            // The date's clause follows the relative clause.
            (
                "The vote, which had been scheduled for February 25, was postponed on Saturday.",
                "Saturday",
                "The vote was postponed",
            ),
            (
                "The vote, which had been scheduled for February 25, was postponed on Saturday.",
                "February 25",
                "The vote had been scheduled",
            ),
            // The words before the relative clause are the whole subject of
            // the clause after it, a preposition and all.
            (
                "Electricity from Nigeria, which supplied 70% of Niger's power before the coup, was cut on Aug. 1.",
                "Aug. 1",
                "Electricity from Nigeria was cut",
            ),
            (
                "Observers from the African Union, which suspended Guinea in 2021, arrived on Monday.",
                "Monday",
                "Observers from the African Union arrived",
            ),
            // A relative clause without its pronoun: a participle.
            (
                "Bazoum, elected in 2021, was ousted on July 26.",
                "2021",
                "Bazoum elected",
            ),
            (
                "The presidential vote, originally expected in late 2024, was postponed several times.",
                "late 2024",
                "The presidential vote originally expected",
            ),
            (
                "The election, scheduled for February 25, was delayed on Saturday.",
                "Saturday",
                "The election was delayed",
            ),
            // After a dateline.
            (
                "LIBREVILLE — General Brice Oligui Nguema, who led the coup on Wednesday, spoke.",
                "Wednesday",
                "General Brice Oligui Nguema led the coup",
            ),
            // Not a name: a clause, a date, a name after a preposition.
            (
                "The junta promised elections, which were held in January and March.",
                "January",
                "Were held",
            ),
            (
                "On Thursday, which was a holiday, soldiers took over the radio in 1974.",
                "1974",
                "Soldiers took over the radio",
            ),
            (
                "Observers from the African Union, which suspended Guinea in September 2021, said the vote was calm.",
                "September 2021",
                "Suspended Guinea",
            ),
            // After an apposition, the part that is a proper name.
            (
                "France's ambassador to Niger, Sylvain Itte, left the country on Wednesday.",
                "Wednesday",
                "Sylvain Itte left the country",
            ),
            (
                "Colonel Assimi Goita, Mali's leader, said on Monday that elections would wait.",
                "Monday",
                "Colonel Assimi Goita said that elections would wait",
            ),
            (
                "BAMAKO, May 26 - Colonel Assimi Goita, who led the August coup, said on Wednesday he had taken over.",
                "August",
                "Colonel Assimi Goita led coup",
            ),
            // Not after two names joined, nor a clause.
            (
                "Embalo and his main rival, Fernando Dias, had both claimed victory on Monday.",
                "Monday",
                "Had both claimed victory",
            ),
            (
                "Salou Djibo handed over to an elected president, Mahamadou Issoufou, the following year.",
                "the following year",
                "Salou Djibo handed over to an elected president Mahamadou Issoufou",
            ),
            // The clause's own subordinate start is kept.
            (
                "The fighting, which lasted two days, was the heaviest defeat for Wagner since it arrived in Mali in 2021.",
                "2021",
                "It arrived in Mali",
            ),
        ]);
    }

    #[test]
    fn an_article_left_before_the_noun_fits_it() {
        labels_read_both_ways(&[
            (
                "He came to power in a 2011 election after a coup.",
                "2011",
                "He came to power in an election after a coup",
            ),
            (
                "The junta ignored an Aug. 6 deadline to reinstate Bazoum.",
                "Aug. 6",
                "The junta ignored a deadline to reinstate Bazoum",
            ),
            (
                "Thousands attended a Sunday rally in Niamey.",
                "Sunday",
                "Thousands attended a rally in Niamey",
            ),
            (
                "A 2018 investigation by reporters counted his days abroad.",
                "2018",
                "An investigation by reporters counted his days abroad",
            ),
        ]);
    }

    #[test]
    fn a_listed_date_leaves_out_the_whole_list() {
        labels_read_both_ways(&[
            (
                "Coups took place in 1974, 1996, 1999 and 2010.",
                "1996",
                "Coups took place",
            ),
            (
                "Coups took place in 1974, 1996, 1999 and 2010.",
                "2010",
                "Coups took place",
            ),
            (
                "Mali and Burkina Faso, run by juntas that seized power in 2020 and 2022, \
                 objected.",
                "2020",
                "Run by juntas that seized power",
            ),
            (
                "Burkina Faso saw two coups last year, in January and September.",
                "September",
                "Burkina Faso saw two coups last year",
            ),
            (
                "Defence chiefs, who met in Accra on Thursday and Friday, agreed on a date.",
                "Thursday",
                "Defence chiefs met in Accra",
            ),
            // A span that ends in a listed date leaves out those after it.
            (
                "Both have been suspended from the bloc since their coups in 2020 and 2022.",
                "since their coups in 2020",
                "Both have been suspended from the bloc",
            ),
            // (Dates of two words are not listed so.)
            (
                "Coups followed in Mali in August 2020 and May 2021.",
                "May 2021",
                "Coups followed in Mali in August 2020",
            ),
            (
                "The talks were held on August 11 and August 17.",
                "August 11",
                "The talks were held and August 17",
            ),
        ]);
    }

    proptest! {
        #[test]
        fn labels_read_as_before(
            parts in proptest::collection::vec((0usize..200, 0usize..40), 0..70),
            a in 0usize..1000,
            b in 0usize..1000,
            framed in any::<bool>(),
        ) {
            let sentence = sentence_of(&parts);
            let (pre, post) = if framed { ("Pre. ", " Post") } else { ("", "") };
            let text = format!("{pre}{sentence}{post}");
            let passage = pre.len()..pre.len() + sentence.len();
            let floor = |i: usize| floor_boundary(&text, i % (text.len() + 1));
            let (a, b) = (floor(a), floor(b));
            let expr = a.min(b)..a.max(b);
            prop_assert_eq!(
                label_for(&text, &passage, &expr),
                label_for_old(&text, &passage, &expr),
                "{:?} {:?}", text, expr
            );
        }

        #[test]
        fn long_clauses_read_as_before(
            parts in proptest::collection::vec((0usize..200, 0usize..40), 0..70),
            a in 0usize..1000,
            b in 0usize..1000,
        ) {
            // Words and plain spaces only: clauses of many words.
            let words = TOKENS.iter().position(|t| *t == "26,").unwrap_or(1);
            let parts: Vec<(usize, usize)> =
                parts.iter().map(|&(t, sep)| (t % words, sep % 8)).collect();
            let text = sentence_of(&parts);
            let floor = |i: usize| floor_boundary(&text, i % (text.len() + 1));
            let (a, b) = (floor(a), floor(b));
            let expr = a.min(b)..a.max(b);
            let passage = 0..text.len();
            prop_assert_eq!(
                label_for(&text, &passage, &expr),
                label_for_old(&text, &passage, &expr),
                "{:?} {:?}", text, expr
            );
        }

        #[test]
        fn label_words_read_as_before(
            parts in proptest::collection::vec((0usize..200, 0usize..40), 0..70),
            cuts in proptest::collection::vec(0usize..1000, 4),
        ) {
            let sentence = sentence_of(&parts);
            let mut cuts: Vec<usize> = cuts.iter().map(|c| c % (sentence.len() + 1)).collect();
            cuts.sort_unstable();
            let (range, skip) = match cuts.as_slice() {
                &[a, b, c, d] => (a..d, b..c),
                _ => (0..0, 0..0),
            };
            let mut ours = LabelWords::new();
            ours.read(&sentence, &range, &skip, 3 * MAX_LABEL_WORDS);
            prop_assert_eq!(ours.list.as_slice().to_vec(), label_words(&sentence, &range, skip.clone(), 3 * MAX_LABEL_WORDS));
            prop_assert_eq!(
                ours.before + ours.after >= 3,
                has_label_words(&sentence, &range, skip.clone(), 3)
            );
            if !ours.may_open_clause {
                prop_assert_eq!(subordinate_start(&sentence, &range, skip), range.start);
            }
        }
    }

    proptest! {
        #[test]
        fn clauses_read_from_the_expression_as_from_their_breaks(
            parts in proptest::collection::vec((0usize..200, 0usize..40), 0..70),
            cuts in proptest::collection::vec(0usize..1000, 2),
            limit in 0usize..40,
        ) {
            let sentence = sentence_of(&parts);
            let floor = |i: usize| {
                let mut i = i % (sentence.len() + 1);
                while !sentence.is_char_boundary(i) {
                    i -= 1;
                }
                i
            };
            let (a, b) = match cuts.as_slice() {
                &[a, b] => (floor(a), floor(b)),
                _ => (0, 0),
            };
            let skip = a.min(b)..a.max(b);
            let bytes = sentence.as_bytes();
            let clause = break_before(bytes, skip.start)..break_after(bytes, skip.end);
            let mut ours = LabelWords::new();
            prop_assert_eq!(ours.read_clause(&sentence, &skip, limit), clause.clone());
            let mut theirs = LabelWords::new();
            theirs.read(&sentence, &clause, &skip, limit);
            prop_assert_eq!(ours.list.as_slice(), theirs.list.as_slice());
            prop_assert_eq!(
                (ours.before, ours.after, ours.possessive, ours.may_open_clause),
                (theirs.before, theirs.after, theirs.possessive, theirs.may_open_clause)
            );
        }
    }

    proptest! {
        #[test]
        fn filtered_sets_hold_exactly_their_words(
            word in "(?i)(and|but|meanwhile|however|between|through|earlier|than|although|whereas|once|since|till|mid|the|tha|thn|o|on|onn|ox|abc|é|x'|\\PC{0,10}|[a-z]{1,11})"
        ) {
            for set in [&LEADING_JUNK, &DANGLING_PREPS, &SUBORDINATORS] {
                prop_assert_eq!(set.contains(&word), set.set.contains(&word), "{:?}", word);
            }
        }
    }

    #[test]
    fn filtered_sets_hold_their_longer_words() {
        const SET: FilteredSet =
            FilteredSet::new(&["a", "abcdefghi", "abcdefghij", "ABCDEFGHIJKL"]);
        for w in [
            "a",
            "A",
            "abcdefghi",
            "abcdefghij",
            "Abcdefghij",
            "abcdefghijkl",
        ] {
            assert!(SET.contains(w), "{w}");
        }
        for w in ["b", "abcdefgh", "abcdefghix", "abcdefghijk", ""] {
            assert!(!SET.contains(w), "{w}");
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
    fn date_only_clause_borrows_a_whole_list_of_names() {
        assert_eq!(
            label(
                "Last Thursday, Mali, Niger and Burkina Faso signed a pact.",
                "Last Thursday"
            ),
            "Mali Niger and Burkina Faso signed a pact"
        );
    }

    #[test]
    fn commas_and_colons_inside_numbers_do_not_break_clauses() {
        assert_eq!(
            label(
                "Crowds filled a stadium by 21:45 GMT earlier today.",
                "today"
            ),
            "Crowds filled a stadium by 21:45 GMT"
        );
        // A dateline before a dash is left out.
        assert_eq!(
            label(
                "21:45 GMT - Crowds filled a stadium earlier today.",
                "today"
            ),
            "Crowds filled a stadium"
        );
        assert_eq!(
            label("About 1,100 troops left on Monday.", "Monday"),
            "About 1,100 troops left"
        );
    }

    #[test]
    fn a_percentage_ending_the_label_keeps_its_sign() {
        assert_eq!(label("Prices rose 9% in July.", "July"), "Prices rose 9%");
        assert_eq!(
            label(
                "The economy grew by 7.3%, the ministry said on Nov. 29.",
                "Nov. 29"
            ),
            "The ministry said"
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
        // "since" before a date opens no clause: the label of a later date
        // does not start inside the earlier one.
        let l = label(
            "Bullion is up about 27% since Jan. 1 and heading for its best year since 2010, traders said.",
            "since 2010",
        );
        assert!(l.starts_with("Bullion is up"), "{l}");
        let l = label(
            "Shares are down 5% since Monday and heading for their worst month since 2008, traders said.",
            "since 2008",
        );
        assert!(l.starts_with("Shares are down"), "{l}");
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
    fn time_of_day_words_are_found_before_a_date() {
        let start = |s: &str| {
            let at = s.find("Friday").unwrap();
            s.get(time_of_day_start(s, at)..at).unwrap().to_owned()
        };
        assert_eq!(
            start("Shots rang out in the early hours of Friday."),
            "the early hours of "
        );
        assert_eq!(start("In the small hours of Friday"), "the small hours of ");
        assert_eq!(
            start("Troops left on the night of Friday."),
            "the night of "
        );
        assert_eq!(
            start("Prisoners were freed on the eve of Friday prayers."),
            "the eve of "
        );
        assert_eq!(start("Earlier on Friday, crowds met."), "Earlier on ");
        assert_eq!(start("They met\nlate on Friday."), "late on ");
        assert_eq!(start("Talks ended on Friday."), "");
        assert_eq!(start("The hours of Friday were long."), "");
        assert_eq!(start("Most of the night of Friday"), "the night of ");
        assert_eq!(
            start("In the night from Friday 27 to Saturday 28 July"),
            "the night from "
        );
        assert_eq!(start("Prices rose from Friday on."), "");
        assert_eq!(start("Chocolate on Friday"), "");
        assert_eq!(start("Friday"), "");
    }

    #[test]
    fn leading_adverbs_are_dropped() {
        assert_eq!(
            label(
                "Notably in February 2008 fighters reached the palace.",
                "February 2008"
            ),
            "Fighters reached the palace"
        );
    }

    #[test]
    fn empty_input_gives_empty_label() {
        assert_eq!(label_for("", &(0..0), &(0..0)), "");
    }
}
