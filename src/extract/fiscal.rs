//! Fiscal years: which months "FY23" or "fiscal 2025" covers, as the text
//! around it tells ("For FY23, which ended on March 31, 2023", "whose
//! fiscal 2025 began on July 1", "the July-June fiscal year") or as an
//! Indian company's report implies (April to March); and "the first
//! quarter of fiscal 2025", "the second half of FY24" within it.
//!
//! A fiscal year is named by the calendar year it ends in ("FY23" ends in
//! March 2023, "fiscal 2025" that began on July 1, 2024 ends in June
//! 2025), as governments and most companies name theirs; by the year it
//! begins in when the text says so ("fiscal 2020, the financial year that
//! began in April 2020") or in a Japanese report (April to March, named by
//! its first year).

use std::ops::Range;

use chrono::{Datelike, Months};

use super::parse::MONTHS_FULL;
use super::resolve::Mention;
use super::text::{raw_words, text_after, text_before, word_before_at};
use crate::model::{EventDate, Explanation, Precision};

/// How far before a fiscal year (in bytes) the text is read for the month
/// its fiscal years end in.
const LOOK_BEFORE: usize = 6000;

/// How far after it.
const LOOK_AFTER: usize = 3000;

/// Where the months of a fiscal year were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The text says when the fiscal year ends or begins.
    Told,
    /// An Indian company's or government's figures (crore, lakh, rupees,
    /// with India named): April to March.
    Indian,
    /// A Japanese report (Japan, Tokyo or the yen named): April to March,
    /// named by the year it begins in.
    Japanese,
}

/// The fiscal years of a text: the month (1-12) they end in, whether each
/// is named by the year it begins in (else the year it ends in), and
/// where that was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Calendar {
    pub end: u32,
    pub named_by_start: bool,
    pub source: Source,
}

/// The fiscal years around `span`; `None` when the text does not say
/// (the calendar year).
pub fn calendar_around(text: &str, span: &Range<usize>) -> Option<Calendar> {
    let window = window_around(text, span);
    let japanese = || {
        ["Japan", "Tokyo", " yen"]
            .iter()
            .any(|w| window.contains(w))
    };
    if let Some((end, named_by_start)) = told_end_month(window) {
        return Some(Calendar {
            end,
            // (A Japanese year of April to March is named by its start
            // unless the text tells otherwise.)
            named_by_start: named_by_start.unwrap_or(end == 3 && japanese()),
            source: Source::Told,
        });
    }
    if indian(window) {
        return Some(Calendar {
            end: 3,
            named_by_start: false,
            source: Source::Indian,
        });
    }
    japanese().then_some(Calendar {
        end: 3,
        named_by_start: true,
        source: Source::Japanese,
    })
}

/// The text within [`LOOK_BEFORE`] and [`LOOK_AFTER`] of `span`.
fn window_around<'t>(text: &'t str, span: &Range<usize>) -> &'t str {
    let start = span.start.saturating_sub(LOOK_BEFORE);
    let len = span.end.saturating_sub(start).saturating_add(LOOK_AFTER);
    text_after(text, start, len)
}

/// The month (1-12) a fiscal year ends in, and whether it is named by the
/// year it begins in (`None`: not told).
type EndMonth = (u32, Option<bool>);

/// The month a fiscal year ends in, as `window` tells it: "fiscal year
/// ending (in) June", "FY23, which ended on March 31", "fiscal 2025 began
/// on July 1" (so ends in June), "the April-March fiscal year"; and
/// whether it is named by the year it begins in, when the text gives the
/// year of its start or end ("fiscal 2020, the financial year that began
/// in April 2020": yes; "FY23, which ended on March 31, 2023": no).
fn told_end_month(window: &str) -> Option<EndMonth> {
    let bytes = window.as_bytes();
    for (at, _) in window.match_indices(['f', 'F']) {
        let rest = bytes.get(at..).unwrap_or_default();
        let fiscal = starts_with_ignore_case(rest, b"fiscal");
        let key_len = if fiscal {
            "fiscal".len()
        } else if starts_with_ignore_case(rest, b"financial year") {
            "financial year".len()
        } else if rest.starts_with(b"FY") {
            2
        } else {
            continue;
        };
        // ("the April-March fiscal year", "a July–June fiscal year".)
        let (mut first, mut last) = ("", "");
        for w in raw_words(text_before(window, at, 24)) {
            (first, last) = (last, w);
        }
        if let (Some(_), Some(end)) = (month_word(first), month_word(last)) {
            return Some((end, None));
        }
        let after = text_after(window, at + key_len, 100);
        // The year the fiscal year is named by: "fiscal 2020", "FY23".
        let named = raw_words(after)
            .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            .and_then(|w| {
                let digits = w.get(..w.find(|c: char| !c.is_ascii_digit()).unwrap_or(w.len()))?;
                let n: i32 = digits.parse().ok()?;
                match digits.len() {
                    2 => Some(super::parse::century_of_two_digits(n)),
                    4 => Some(n),
                    _ => None,
                }
            });
        // ("fiscal year", "fiscal 2025"; not "a fiscal plan to end the
        // deficit by March".)
        if fiscal
            && !raw_words(after).next().is_some_and(|w| {
                w.eq_ignore_ascii_case("year") || w.starts_with(|c: char| c.is_ascii_digit())
            })
        {
            continue;
        }
        if let Some((end, begins, year)) = end_month_after(after) {
            // (The year of its start or end against the year it is named
            // by: "fiscal 2020 … began in April 2020" is named by its
            // start; "fiscal 2025 began on July 1, 2024" by its end.)
            let by_start = named.zip(year).and_then(|(named, year)| {
                let start_year = if begins || end == 12 { year } else { year - 1 };
                if named == start_year && end != 12 {
                    Some(true)
                } else if named == start_year + 1 || (end == 12 && named == year) {
                    Some(false)
                } else {
                    None
                }
            });
            return Some((end, by_start));
        }
    }
    None
}

/// The month a fiscal year ends in, from the words after its name: an
/// end ("ending", "ended", "ends", "to", "through") or a start ("began",
/// "begins", "starting", "started") and, within three words, a month.
fn end_month_after(after: &str) -> Option<(u32, bool, Option<i32>)> {
    let mut words = raw_words(after).take(12);
    while let Some(w) = words.next() {
        let lower = w.to_ascii_lowercase();
        let ends = matches!(
            lower.as_str(),
            "end" | "ends" | "ending" | "ended" | "to" | "through"
        );
        let begins = matches!(
            lower.as_str(),
            "begin"
                | "begins"
                | "began"
                | "beginning"
                | "start"
                | "starts"
                | "started"
                | "starting"
        );
        if !ends && !begins {
            continue;
        }
        // ("to" and "through" only right before the month: "the fiscal
        // year to June 30".)
        let reach = if matches!(lower.as_str(), "to" | "through") {
            1
        } else {
            3
        };
        let mut near = words.clone().take(reach + 3);
        let month = near.by_ref().take(reach).find_map(month_word)?;
        // The year told with it: "ended on March 31, 2023", "began in
        // April 2020".
        let year = near
            .take(2)
            .find(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|w| w.parse().ok());
        let end = if ends {
            month
        } else if month == 1 {
            12
        } else {
            month - 1
        };
        return Some((end, begins, year));
    }
    None
}

/// Whether `window` reads as an Indian company's or government's figures:
/// amounts in crore or lakh or rupees, with India, the Sensex, the Nifty
/// or an Indian exchange or regulator named.
fn indian(window: &str) -> bool {
    let amounts = ["crore", "lakh", "₹", "Rs "]
        .iter()
        .any(|w| window.contains(w));
    amounts
        && ["India", "Sensex", "Nifty", "BSE", "NSE", "SEBI", "RBI"]
            .iter()
            .any(|w| window.contains(w))
}

/// Whether `bytes` starts with `prefix`, ASCII case aside.
fn starts_with_ignore_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// The number of the month `word` names in full or as an abbreviation of
/// three letters or more ("Sept", "March"), not any word that starts like
/// one ("Marketing").
fn month_word(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    if word.len() < 3 {
        return None;
    }
    MONTHS_FULL
        .iter()
        .position(|full| {
            full.get(..word.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(word))
        })
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// Fiscal year `year` of `calendar`: from the month after its end month
/// in the year before to its end month in `year` (or, named by its start,
/// from that month in `year` to the end month in the year after).
pub fn interval(year: i32, calendar: &Calendar) -> Option<EventDate> {
    let end = calendar.end;
    let end_year = if calendar.named_by_start && end != 12 {
        year + 1
    } else {
        year
    };
    let (from_year, from_month) = if end == 12 {
        (end_year, 1)
    } else {
        (end_year - 1, end + 1)
    };
    EventDate::between(
        &EventDate::month(from_year, from_month)?,
        &EventDate::month(end_year, end)?,
        Precision::Interval,
    )
}

/// "the first quarter of fiscal 2025", "the second half of FY24": the
/// months of that part of the fiscal year `m` (a fiscal year read as its
/// months), spanning from "the"; `None` for other words before it.
pub fn part_of(text: &str, m: &Mention) -> Option<Mention> {
    if m.rule != "fiscal_year" || m.date.precision != Precision::Interval {
        return None;
    }
    // Back over "fiscal", "fiscal year" or "financial year", to "of".
    let mut at = m.span.start;
    let mut word = word_before_at(text, at)?;
    if word.1 == "year" {
        at = word.0;
        word = word_before_at(text, at)?;
    }
    if word.1 == "fiscal" || word.1 == "financial" {
        at = word.0;
        word = word_before_at(text, at)?;
    }
    if word.1 != "of" {
        return None;
    }
    let (unit_at, unit) = word_before_at(text, word.0)?;
    let (which_at, which) = word_before_at(text, unit_at)?;
    let (the_at, _) = word_before_at(text, which_at).filter(|(_, w)| w == "the")?;
    let nth: u32 = match which.as_ref() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" | "final" | "last" => 4,
        _ => return None,
    };
    let (months, nth) = match unit.as_ref() {
        "quarter" => (3, nth),
        "half" if nth <= 2 || which == "final" || which == "last" => (6, nth.min(2)),
        _ => return None,
    };
    let first = m
        .date
        .earliest
        .checked_add_months(Months::new(months * (nth - 1)))?;
    let last_month = first.checked_add_months(Months::new(months - 1))?;
    let date = EventDate::between(
        &EventDate::month(first.year(), first.month())?,
        &EventDate::month(last_month.year(), last_month.month())?,
        Precision::Interval,
    )?;
    Some(Mention {
        explanation: Explanation::Reason(super::resolve::boxed(&[
            "the ",
            &which,
            " ",
            &unit,
            " of the fiscal year ",
            &m.date.value,
        ])),
        span: the_at..m.span.end,
        date,
        rule: "fiscal_part",
        ..m.clone()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn told_end_months() {
        let cases: &[(&str, Option<EndMonth>)] = &[
            (
                "For FY23, which ended on March 31, 2023, profit rose",
                Some((3, Some(false))),
            ),
            (
                "Baobab, whose fiscal 2025 began on July 1, said",
                Some((6, None)),
            ),
            (
                "Its fiscal 2025 began on July 1, 2024.",
                Some((6, Some(false))),
            ),
            (
                "fiscal 2020, the financial year that began in April 2020",
                Some((3, Some(true))),
            ),
            (
                "in the fiscal year ending in September, sales",
                Some((9, None)),
            ),
            ("under the April-March fiscal year", Some((3, None))),
            ("in the fiscal year to June 30", Some((6, None))),
            // (No month told: the calendar year.)
            ("fiscal 2025 results were strong", None),
            ("a fiscal plan to end the deficit", None),
        ];
        for (text, want) in cases {
            assert_eq!(told_end_month(text), *want, "{text}");
        }
    }

    #[test]
    fn intervals_end_in_the_named_year_or_begin_in_it() {
        let calendar = |end, named_by_start| Calendar {
            end,
            named_by_start,
            source: Source::Told,
        };
        let value = |year, end, by_start| {
            interval(year, &calendar(end, by_start)).map(|d| d.value.to_string())
        };
        assert_eq!(value(2023, 3, false), Some("2022-04/2023-03".into()));
        assert_eq!(value(2025, 6, false), Some("2024-07/2025-06".into()));
        assert_eq!(value(2020, 3, true), Some("2020-04/2021-03".into()));
    }

    #[test]
    fn indian_and_japanese_reports_read_april_to_march() {
        let around = |text: &str| {
            let at = text.find("FY24").or_else(|| text.find("2024")).unwrap_or(0);
            calendar_around(text, &(at..at + 4)).map(|c| (c.end, c.named_by_start, c.source))
        };
        assert_eq!(
            around("Net profit rose to Rs 1,488 crore, the company told the BSE. In FY24 it"),
            Some((3, false, Source::Indian))
        );
        // (Crore without India named is not enough: Pakistan's run July to June.)
        assert_eq!(
            around("Profit rose to Rs 40 crore in Karachi. In FY24 it"),
            None
        );
        assert_eq!(
            around("The Tokyo carmaker expects profit to rise in fiscal 2024."),
            Some((3, true, Source::Japanese))
        );
    }
}
