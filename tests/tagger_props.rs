//! Property tests for the temporal tagger: on any text it never panics,
//! every span is a valid char-boundary range inside the text, every value
//! is EDTF that reads back, output is deterministic, and a large body
//! scanned in parallel chunks gives exactly what one sequential scan gives.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use chrono::NaiveDate;
use dateline::extract::{self, PARALLEL_THRESHOLD, find_mentions, parse, patterns, scan_body};
use dateline::model::{Article, EventDate};
use proptest::prelude::*;

/// Pieces of date-ish text (and things that look like dates but are not),
/// joined at random to stress the scanner and the resolver.
const TOKENS: &[&str] = &[
    "July",
    "26",
    ",",
    " ",
    "2023",
    "since",
    "from",
    "to",
    "until",
    "between",
    "and",
    "in",
    "on",
    "'90s",
    "’70s",
    "1990s",
    "the",
    "early",
    "mid-",
    "last",
    "next",
    "this",
    "week",
    "weekend",
    "month",
    "year",
    "years",
    "two",
    "a",
    "ago",
    "today",
    "yesterday",
    "tomorrow",
    "2023:",
    "\n",
    "\n\n",
    "é",
    "—",
    "–",
    "-",
    "/",
    "05/07/2023",
    "26/07/2023",
    "2023-07-26",
    "Monday",
    "Friday",
    "first",
    "the last Sunday of",
    "Wednesday's",
    "day",
    "later",
    "earlier",
    "that",
    "night",
    "Since then",
    "then",
    "A year ago today",
    "March",
    "May",
    "may",
    "Sept.",
    "Jul.",
    "1960",
    "20-21",
    "2020-21",
    "$",
    "1,960",
    "2000",
    "soldiers",
    "century",
    "20th",
    "twenty-first",
    "summer",
    "winter",
    "of",
    ".",
    ":",
    ";",
    "(",
    ")",
    "\"",
    "🙂",
    "\u{a0}",
    "\t",
    "ſince",
    "K",
    "0",
    "31",
    "29",
    "February",
    "1999:",
    "the following year",
    "the next day",
    "two days later",
    "will",
    "is due to",
    "again",
    "every",
    "aged",
    "at",
    "1800",
    "Resolution",
    "9999",
    "0000",
    "1000",
    "2199",
    "JANUARY",
    "sept",
    "the same",
    "this morning",
    "last night",
    "coming",
    "past",
    "mid-1990s",
    "Jan",
    "_",
    "x",
    "an",
    "tonight",
    "fall",
    "1st",
    "12",
    "’",
    "'",
    "\r\n",
    "!",
    "?",
    "Gen.",
    "U.S.",
    ". ",
    ".\"",
];

/// Country names, near misses and what may stand around them.
const PLACE_TOKENS: &[&str] = &[
    "Niger",
    "Nigeria",
    "Nigerien",
    "Nigeriens",
    "Guinea",
    "Guinea-Bissau",
    "Equatorial Guinea",
    "Bissau",
    "Burkinabè",
    "Burkinabe",
    "Lomé",
    "Yaoundé",
    "Sao Tome",
    "Sao Tome and Principe",
    "São Tomé",
    "Côte d'Ivoire",
    "N’Djamena",
    "CAR",
    "DRC",
    "South Sudan",
    "Sudan",
    "Sudanese",
    "Victoria, Seychelles",
    "Cape Verde",
    "Cape Verdean",
    "x",
    "s",
    "_",
    "-",
    " ",
    "é",
    "\n",
    ".",
    "'s",
    "1",
];

fn tokens() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..60).prop_map(|parts| {
        let mut text = String::new();
        for (i, p) in parts.iter().enumerate() {
            if i % 3 == 0 {
                text.push(' ');
            }
            text.push_str(p);
        }
        text
    })
}

fn dct() -> impl Strategy<Value = Option<NaiveDate>> {
    prop::option::of((1i32..=9998, 1u32..=12, 1u32..=28))
        .prop_map(|o| o.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)))
}

fn article(text: String, date: Option<NaiveDate>) -> Article {
    let len = text.len();
    Article {
        path: "prop.txt".to_owned(),
        date,
        title: String::new(),
        publisher: String::new(),
        text,
        body: 0..len,
    }
}

/// Every invariant of the tagger's output, on `text`.
fn check_invariants(text: &str, date: Option<NaiveDate>) -> Result<(), TestCaseError> {
    let a = article(text.to_owned(), date);
    let events = extract::extract(&a, 0);
    for e in &events {
        let expr = &e.expr_span;
        let passage = &e.passage_span;
        prop_assert!(expr.start <= expr.end && expr.end <= text.len(), "{e:?}");
        prop_assert!(passage.start <= passage.end && passage.end <= text.len());
        for i in [expr.start, expr.end, passage.start, passage.end] {
            prop_assert!(text.is_char_boundary(i), "{i} in {e:?}");
        }
        prop_assert!(
            passage.start <= expr.start && expr.end <= passage.end,
            "expr outside passage: {e:?}"
        );
        prop_assert!(!e.expr(text).is_empty(), "empty expression: {e:?}");
        prop_assert!(e.date.earliest <= e.date.latest, "{e:?}");
        let parsed = EventDate::parse_edtf(&e.date.value);
        prop_assert!(parsed.is_ok(), "{:?}: {parsed:?}", e.date.value);
        let parsed = parsed.unwrap();
        prop_assert_eq!(&parsed.value, &e.date.value);
        prop_assert!((0.0..=1.0).contains(&e.resolution.confidence));
    }
    // Deterministic: the same input gives the same output.
    prop_assert_eq!(&events, &extract::extract(&a, 0));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_unicode_never_breaks_invariants(text in "\\PC{0,300}", date in dct()) {
        check_invariants(&text, date)?;
    }

    #[test]
    fn arbitrary_chars_including_controls(text in any::<String>(), date in dct()) {
        check_invariants(&text, date)?;
    }

    #[test]
    fn date_like_token_soup_never_breaks_invariants(text in tokens(), date in dct()) {
        check_invariants(&text, date)?;
    }

    /// The fast scan (the multi-pattern scanner's match and rule, then that
    /// rule's own groups over the match) reads every match exactly as the
    /// combined pattern's groups do.
    #[test]
    fn fast_scan_agrees_with_the_combined_pattern(text in tokens(), other in "\\PC{0,200}") {
        let combined = patterns::COMBINED.as_ref().unwrap();
        let mut reader = patterns::Reader::new().unwrap();
        for t in [text.as_str(), other.as_str()] {
            prop_assert_eq!(
                parse::scan(t, 0..t.len()),
                parse::scan_with_combined_captures(t, 0..t.len())
            );
            // And without falling back: the scanner finds the combined
            // pattern's matches with their rules, and every match is read
            // by its rule.
            let mut at = 0;
            for caps in combined.captures_iter(t) {
                let whole = caps.get(0).unwrap();
                let (span, index) = reader.find(t, at).unwrap();
                prop_assert_eq!(&span, &whole.range());
                at = span.end;
                let rule = patterns::RULES[index];
                prop_assert!(caps.name(&format!("r_{rule}")).is_some(), "{rule} for {whole:?}");
                let read = reader.read(t, &span, index).unwrap();
                for name in combined.capture_names().flatten() {
                    let fast = read.text(name);
                    let slow = caps.name(name).map(|m| m.as_str());
                    let in_rule = patterns::rule_engine(index)
                        .unwrap()
                        .group_names()
                        .flatten()
                        .any(|n| n == name);
                    if in_rule {
                        prop_assert_eq!(fast, slow, "group {} of {:?}", name, whole);
                    }
                }
            }
            prop_assert!(reader.find(t, at).is_none());
        }
    }

    /// The sentence index answers every question as the scans of the text
    /// do, inside the indexed part and around it.
    #[test]
    fn sentence_index_agrees_with_the_scans(
        text in tokens(),
        other in "\\PC{0,200}",
        reps in 1usize..16,
        from in 0usize..3000,
        len in 0usize..6000,
    ) {
        use dateline::extract::text::{
            Sentences, paragraph_start, sentence_around, sentence_start,
        };
        for t in [text.repeat(reps), other.repeat(reps)] {
            let lo = from.min(t.len());
            let index = Sentences::new(&t, lo..lo.saturating_add(len));
            let boundaries = (0..=t.len()).filter(|&i| t.is_char_boundary(i));
            for (k, pos) in boundaries.enumerate() {
                prop_assert_eq!(index.start(&t, pos), sentence_start(&t, pos), "{}", pos);
                prop_assert_eq!(index.paragraph_start(&t, pos), paragraph_start(&t, pos));
                let end = dateline::extract::text::ceil_boundary(&t, pos + k % 7);
                prop_assert_eq!(
                    index.around(&t, &(pos..end)),
                    sentence_around(&t, &(pos..end))
                );
            }
        }
    }

    /// Country names found byte by byte are those the gazetteer's pattern
    /// finds, on any part of the text.
    #[test]
    fn country_lookup_agrees_with_the_pattern(
        parts in prop::collection::vec(prop::sample::select(PLACE_TOKENS), 0..40),
        other in "\\PC{0,200}",
        from in 0usize..200,
        len in 0usize..400,
    ) {
        use dateline::extract::places::{country_mentions, country_mentions_by_pattern};
        for t in [parts.concat(), other] {
            let lo = dateline::extract::text::floor_boundary(&t, from.min(t.len()));
            let hi = dateline::extract::text::floor_boundary(&t, lo.saturating_add(len));
            prop_assert_eq!(country_mentions(&t, 0..t.len()), country_mentions_by_pattern(&t, 0..t.len()));
            prop_assert_eq!(country_mentions(&t, lo..hi), country_mentions_by_pattern(&t, lo..hi));
        }
    }

    #[test]
    fn sub_ranges_stay_inside_their_range(text in tokens(), cut in 0usize..400, date in dct()) {
        let start = dateline::extract::text::floor_boundary(&text, cut.min(text.len()));
        for m in find_mentions(&text, start..text.len(), date) {
            // Composition may reach back to a governing word ("since"), but
            // never outside the text or off a char boundary.
            prop_assert!(m.span.end <= text.len());
            prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6))]

    /// A body over the parallel threshold, built from a random paragraph
    /// repeated, scans to the same candidates in chunks as in one pass.
    #[test]
    fn parallel_chunks_match_one_sequential_scan(
        paragraph in tokens(),
        single_line in any::<bool>(),
    ) {
        let unit = if single_line {
            // One huge line: chunks must be cut at safe punctuation only.
            format!("{} (note) ", paragraph.replace('\n', " "))
        } else {
            format!("{paragraph}\n\n")
        };
        let reps = PARALLEL_THRESHOLD / unit.len().max(1) + 2;
        let text = unit.repeat(reps);
        prop_assume!(text.len() > PARALLEL_THRESHOLD);
        let chunked = scan_body(&text, 0..text.len());
        let sequential = parse::scan(&text, 0..text.len());
        prop_assert_eq!(chunked, sequential);
    }
}

const NEWS: &str = "2021:\n\nOn May 24, officers detained the transitional president; two days later he resigned. \
Niger has seen four coups since independence in 1960 and six in the region since 2020. \
Bazoum was elected two years ago, and the guard moved against him on Wednesday, July 26, 2023. \
About 1,100 troops (and some 1500 soldiers) stay; the vote is due in March.\n\n";

#[test]
fn large_body_gives_the_same_mentions_in_every_paragraph() {
    let reps = PARALLEL_THRESHOLD / NEWS.len() + 20;
    let text = NEWS.repeat(reps);
    assert!(text.len() > PARALLEL_THRESHOLD);
    let dct = NaiveDate::from_ymd_opt(2023, 7, 27);
    let big = find_mentions(&text, 0..text.len(), dct);
    let one = find_mentions(NEWS, 0..NEWS.len(), dct);
    assert!(!one.is_empty());
    assert_eq!(big.len(), one.len() * reps);
    for (i, m) in big.iter().enumerate() {
        let k = i % one.len();
        let offset = (i / one.len()) * NEWS.len();
        let expected = &one[k];
        assert_eq!(m.span.start, expected.span.start + offset, "{m:?}");
        assert_eq!(m.span.end, expected.span.end + offset, "{m:?}");
        assert_eq!(m.date.value, expected.date.value, "{m:?}");
    }
    // And the chunked scan equals the sequential one.
    assert_eq!(
        scan_body(&text, 0..text.len()),
        parse::scan(&text, 0..text.len())
    );
    // More than one chunk was used.
    assert!(extract::chunk_ranges(&text, 0..text.len(), PARALLEL_THRESHOLD / 2).len() > 1);
}

#[test]
fn huge_line_without_safe_cuts_is_scanned_whole() {
    let text = "On July 26, 2023 soldiers acted. ".repeat(PARALLEL_THRESHOLD / 30);
    let chunks = extract::chunk_ranges(&text, 0..text.len(), PARALLEL_THRESHOLD / 2);
    assert_eq!(chunks.first().map(|c| c.start), Some(0));
    assert_eq!(chunks.last().map(|c| c.end), Some(text.len()));
    assert_eq!(
        scan_body(&text, 0..text.len()),
        parse::scan(&text, 0..text.len())
    );
}
