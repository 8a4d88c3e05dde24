//! Short event labels: the clause that carries the event, without the date
//! expression itself, trimmed to a readable length.

use std::ops::Range;

/// Longest label, in words, before it is cut with an ellipsis.
pub const MAX_LABEL_WORDS: usize = 12;

const LEADING_JUNK: &[&str] = &[
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
];
const DANGLING_PREPS: &[&str] = &[
    "on", "in", "at", "by", "since", "during", "from", "until", "till", "of", "between", "and",
    "to", "through", "around", "about", "before", "after", "as", "early", "late", "mid", "the",
    "earlier", "later", "just", "than",
];

fn is_clause_break(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')' | '“' | '”' | '"')
}

/// A label for the event whose date expression covers `expr` (byte range in
/// `text`) inside the passage `passage` (byte range in `text`).
pub fn label_for(text: &str, passage: &Range<usize>, expr: &Range<usize>) -> String {
    let sentence = text.get(passage.clone()).unwrap_or("");
    let rel_start = expr.start.saturating_sub(passage.start).min(sentence.len());
    let rel_end = expr.end.saturating_sub(passage.start).min(sentence.len());

    // Clause boundaries within the sentence.
    let mut breaks: Vec<usize> = vec![0];
    breaks.extend(
        sentence
            .char_indices()
            .filter(|&(i, c)| is_clause_break(c) && (i < rel_start || i >= rel_end))
            .map(|(i, c)| i + c.len_utf8()),
    );
    breaks.push(sentence.len());
    breaks.dedup();

    let clause_index = breaks
        .windows(2)
        .position(|w| matches!(w, [a, b] if *a <= rel_start && rel_start < *b))
        .unwrap_or(0);
    let clause = |i: usize| -> Option<Range<usize>> {
        match (breaks.get(i), breaks.get(i + 1)) {
            (Some(&a), Some(&b)) => Some(a..b),
            _ => None,
        }
    };
    let mut chosen = clause(clause_index).unwrap_or(0..sentence.len());
    let word_count = |r: &Range<usize>| label_words(sentence, r, rel_start..rel_end).len();
    // A clause that is only the date ("On Thursday,") borrows the next
    // clause, or the previous one at the end of a sentence.
    if word_count(&chosen) < 3 {
        if let Some(next) = clause(clause_index + 1).filter(|r| word_count(r) >= 2) {
            chosen = chosen.start..next.end;
        } else if let Some(prev) = clause_index.checked_sub(1).and_then(clause) {
            chosen = prev.start..chosen.end;
        }
    }
    let mut words = label_words(sentence, &chosen, rel_start..rel_end);
    while words
        .first()
        .is_some_and(|w| LEADING_JUNK.contains(&w.to_lowercase().as_str()))
        && words.len() > 2
    {
        words.remove(0);
    }
    while words
        .last()
        .is_some_and(|w| DANGLING_PREPS.contains(&w.to_lowercase().as_str()))
    {
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
    capitalize(&label)
}

/// Words of `range` in `sentence`, with the expression `skip` left out.
fn label_words(sentence: &str, range: &Range<usize>, skip: Range<usize>) -> Vec<String> {
    let before = sentence.get(range.start..skip.start.clamp(range.start, range.end));
    let after = sentence.get(skip.end.clamp(range.start, range.end)..range.end);
    let mut words: Vec<String> = Vec::new();
    let push = |words: &mut Vec<String>, s: Option<&str>| {
        for w in s.unwrap_or("").split_whitespace() {
            let w = w.trim_matches(|c: char| is_clause_break(c) || c == '.');
            if !w.is_empty() {
                words.push(w.to_owned());
            }
        }
    };
    push(&mut words, before);
    // Drop the preposition that governed the removed expression.
    if skip.start >= range.start
        && skip.start < range.end
        && words
            .last()
            .is_some_and(|w| DANGLING_PREPS.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    push(&mut words, after);
    words
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn empty_input_gives_empty_label() {
        assert_eq!(label_for("", &(0..0), &(0..0)), "");
    }
}
