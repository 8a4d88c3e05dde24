//! Event dates: an EDTF value with the inclusive day interval it covers.
//!
//! Invariants: `earliest <= latest`; both are inclusive calendar days
//! (proleptic Gregorian); `value` is an EDTF string (ISO 8601-2 level 0/1
//! subset: `2023-07-26`, `2023-07`, `2023`, `196X`, `19XX`, `2023-22`
//! (season), `2020/2023-07-27`, `2021~`, `../2024-03`) that
//! [`EventDate::parse_edtf`] reads back to the same interval.

use std::borrow::Cow;
use std::fmt;

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};
use smol_str::{SmolStr, ToSmolStr, format_smolstr};

/// How finely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Season,
    Year,
    Decade,
    Century,
    Interval,
}

impl Precision {
    /// The lowercase name used in EDTF explanations and JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
            Self::Season => "season",
            Self::Year => "year",
            Self::Decade => "decade",
            Self::Century => "century",
            Self::Interval => "interval",
        }
    }

    /// Whether a marker for this precision is a point (as opposed to a bar
    /// across a period).
    pub fn is_point(self) -> bool {
        matches!(self, Self::Day)
    }
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Seasons as numbered by EDTF level 1 (21..=24).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    /// The season's name, in lower case ("autumn").
    pub fn name(self) -> &'static str {
        match self {
            Self::Spring => "spring",
            Self::Summer => "summer",
            Self::Autumn => "autumn",
            Self::Winter => "winter",
        }
    }

    fn edtf_code(self) -> u32 {
        match self {
            Self::Spring => 21,
            Self::Summer => 22,
            Self::Autumn => 23,
            Self::Winter => 24,
        }
    }

    fn from_edtf_code(code: u32) -> Option<Self> {
        match code {
            21 => Some(Self::Spring),
            22 => Some(Self::Summer),
            23 => Some(Self::Autumn),
            24 => Some(Self::Winter),
            _ => None,
        }
    }
}

/// A resolved date: EDTF value, inclusive day interval and precision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// The EDTF string, stored inline (every value of the supported subset
    /// fits in its 23 bytes, so no date allocates).
    pub value: SmolStr,
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    pub precision: Precision,
}

/// Why an EDTF string could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a supported EDTF date: {input:?} ({reason})")]
pub struct EdtfError {
    pub input: String,
    pub reason: &'static str,
}

/// Last day of a month, or `None` for an invalid year/month.
pub fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (next_year, next_month) = if month == 12 {
        (year.checked_add(1)?, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
}

/// Days since 1970-01-01 (negative before); the x unit of the timeline.
pub fn day_number(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) - 719_163
}

/// Inverse of [`day_number`]; `None` outside chrono's range.
pub fn date_from_day_number(days: i64) -> Option<NaiveDate> {
    let ce = i32::try_from(days.checked_add(719_163)?).ok()?;
    NaiveDate::from_num_days_from_ce_opt(ce)
}

impl EventDate {
    /// A single day.
    pub fn day(date: NaiveDate) -> Self {
        Self {
            value: iso_bytes(date)
                .as_ref()
                .and_then(|b| std::str::from_utf8(b).ok())
                .map_or_else(|| date.format("%Y-%m-%d").to_smolstr(), SmolStr::new),
            earliest: date,
            latest: date,
            precision: Precision::Day,
        }
    }

    /// A calendar month.
    pub fn month(year: i32, month: u32) -> Option<Self> {
        if !(0..=9999).contains(&year) {
            return None;
        }
        let first = NaiveDate::from_ymd_opt(year, month, 1)?;
        Some(Self {
            value: iso_bytes(first)
                .as_ref()
                .and_then(|b| b.get(..7))
                .and_then(|b| std::str::from_utf8(b).ok())
                .map_or_else(|| format_smolstr!("{year:04}-{month:02}"), SmolStr::new),
            earliest: first,
            latest: last_day_of_month(year, month)?,
            precision: Precision::Month,
        })
    }

    /// A calendar year.
    pub fn year(year: i32) -> Option<Self> {
        if !(0..=9999).contains(&year) {
            return None;
        }
        Some(Self {
            value: four_digits(year)?,
            earliest: NaiveDate::from_ymd_opt(year, 1, 1)?,
            latest: NaiveDate::from_ymd_opt(year, 12, 31)?,
            precision: Precision::Year,
        })
    }

    /// The decade starting at `start_year` (rounded down to a multiple of 10).
    pub fn decade(start_year: i32) -> Option<Self> {
        let start = start_year - start_year.rem_euclid(10);
        if !(0..=9990).contains(&start) {
            return None;
        }
        Some(Self {
            value: format_smolstr!("{:03}X", start / 10),
            earliest: NaiveDate::from_ymd_opt(start, 1, 1)?,
            latest: NaiveDate::from_ymd_opt(start + 9, 12, 31)?,
            precision: Precision::Decade,
        })
    }

    /// A century given by its EDTF prefix: `century(19)` is `19XX`, the
    /// years 1900-1999 (what English calls "the 20th century").
    pub fn century(prefix: i32) -> Option<Self> {
        if !(0..=99).contains(&prefix) {
            return None;
        }
        let start = prefix * 100;
        Some(Self {
            value: format_smolstr!("{prefix:02}XX"),
            earliest: NaiveDate::from_ymd_opt(start, 1, 1)?,
            latest: NaiveDate::from_ymd_opt(start + 99, 12, 31)?,
            precision: Precision::Century,
        })
    }

    /// A meteorological (northern) season: spring = Mar-May, summer =
    /// Jun-Aug, autumn = Sep-Nov, winter = Dec of `year` to Feb of the next.
    pub fn season(year: i32, season: Season) -> Option<Self> {
        if !(0..=9998).contains(&year) {
            return None;
        }
        let (start_month, end_year, end_month) = match season {
            Season::Spring => (3, year, 5),
            Season::Summer => (6, year, 8),
            Season::Autumn => (9, year, 11),
            Season::Winter => (12, year + 1, 2),
        };
        Some(Self {
            value: format_smolstr!("{year:04}-{}", season.edtf_code()),
            earliest: NaiveDate::from_ymd_opt(year, start_month, 1)?,
            latest: last_day_of_month(end_year, end_month)?,
            precision: Precision::Season,
        })
    }

    /// An interval from the start of `from` to the end of `to`, with an
    /// explicit precision (`Interval` for "since 2020", `Week` for "last week").
    pub fn between(from: &Self, to: &Self, precision: Precision) -> Option<Self> {
        if from.earliest > to.latest {
            return None;
        }
        // An interval end point is one date: the start of `from` and the
        // end of `to` when they are intervals themselves ("since last
        // week" starts where last week starts).
        let start: Cow<'_, str> = match from.value.split_once('/') {
            Some(("..", _)) => Cow::Owned(from.earliest.format("%Y-%m-%d").to_string()),
            Some((start, _)) => Cow::Borrowed(start),
            None => Cow::Borrowed(&from.value),
        };
        let end: Cow<'_, str> = match to.value.rsplit_once('/') {
            Some((_, "..")) => Cow::Owned(to.latest.format("%Y-%m-%d").to_string()),
            Some((_, end)) => Cow::Borrowed(end),
            None => Cow::Borrowed(&to.value),
        };
        Some(Self {
            value: concat(&[
                start.trim_end_matches(['~', '?']),
                "/",
                end.trim_end_matches(['~', '?']),
            ]),
            earliest: from.earliest,
            latest: to.latest,
            precision,
        })
    }

    /// An interval of whole days.
    pub fn day_range(from: NaiveDate, to: NaiveDate, precision: Precision) -> Option<Self> {
        Self::between(&Self::day(from), &Self::day(to), precision)
    }

    /// An interval with an open start ("until March"): `../2024-03`.
    pub fn open_start(to: &Self) -> Self {
        let end = match to.value.rsplit_once('/') {
            Some((_, "..")) => to.latest.format("%Y-%m-%d").to_string(),
            Some((_, end)) => end.to_owned(),
            None => to.value.to_string(),
        };
        Self {
            value: format_smolstr!("../{end}"),
            earliest: to.earliest,
            latest: to.latest,
            precision: to.precision,
        }
    }

    /// Marks the date approximate (`2021~`).
    #[must_use]
    pub fn approximate(mut self) -> Self {
        // (An interval carries no qualifier of its own: its ends are
        // written unqualified, as `between` writes them, so that the value
        // reads back as itself.)
        if !self.value.ends_with('~') && !self.value.contains('/') {
            self.value = concat(&[&self.value, "~"]);
        }
        self
    }

    /// Marks the date uncertain (`2023-07-26?`).
    #[must_use]
    pub fn uncertain(mut self) -> Self {
        if !self.value.ends_with('?') && !self.value.ends_with('~') && !self.value.contains('/') {
            self.value = concat(&[&self.value, "?"]);
        }
        self
    }

    /// Whether the EDTF value carries the approximate or uncertain qualifier.
    pub fn is_approximate(&self) -> bool {
        self.value.ends_with('~') || self.value.ends_with('?') || self.value.ends_with('%')
    }

    /// Number of days covered, at least 1.
    pub fn span_days(&self) -> i64 {
        (self.latest - self.earliest).num_days() + 1
    }

    /// A short human reading of the date ("26 July 2023", "March 2023",
    /// "1960", "the 1990s", "2020 – 27 July 2023").
    pub fn describe(&self) -> String {
        let approx = if self.is_approximate() { "about " } else { "" };
        let core = match self.precision {
            Precision::Day => self.earliest.format("%-d %B %Y").to_string(),
            Precision::Month => self.earliest.format("%B %Y").to_string(),
            Precision::Year => self.earliest.format("%Y").to_string(),
            Precision::Decade => format!("the {}s", self.earliest.year()),
            Precision::Century => format!("{}–{}", self.earliest.year(), self.latest.year()),
            Precision::Season => {
                let name = match self.earliest.month() {
                    3 => "spring",
                    6 => "summer",
                    9 => "autumn",
                    _ => "winter",
                };
                format!("{name} {}", self.earliest.year())
            }
            Precision::Week | Precision::Interval => format!(
                "{} – {}",
                self.earliest.format("%-d %b %Y"),
                self.latest.format("%-d %b %Y")
            ),
        };
        format!("{approx}{core}")
    }

    /// Reads an EDTF string of the supported subset.
    pub fn parse_edtf(input: &str) -> Result<Self, EdtfError> {
        let err = |reason| EdtfError {
            input: input.to_owned(),
            reason,
        };
        let trimmed = input.trim();
        if let Some((from, to)) = trimmed.split_once('/') {
            if to.contains('/') {
                return Err(err("an interval has exactly one '/'"));
            }
            if from == ".." {
                let end = Self::parse_edtf(to).map_err(|_| err("bad interval end"))?;
                return Ok(Self::open_start(&end));
            }
            let start = Self::parse_edtf(from).map_err(|_| err("bad interval start"))?;
            let end = Self::parse_edtf(to).map_err(|_| err("bad interval end"))?;
            return Self::between(&start, &end, Precision::Interval)
                .ok_or_else(|| err("interval ends before it starts"));
        }
        let (core, qualifier) = match trimmed.char_indices().last() {
            Some((i, q @ ('~' | '?' | '%'))) => (trimmed.get(..i).unwrap_or(""), Some(q)),
            _ => (trimmed, None),
        };
        let parsed = Self::parse_core(core).ok_or_else(|| err("unrecognised form"))?;
        Ok(match qualifier {
            Some('~') => parsed.approximate(),
            Some('?') => parsed.uncertain(),
            Some(_) => {
                let mut p = parsed;
                p.value = format_smolstr!("{}%", p.value);
                p
            }
            None => parsed,
        })
    }

    fn parse_core(core: &str) -> Option<Self> {
        let parts: Vec<&str> = core.split('-').collect();
        match parts.as_slice() {
            [y] if y.len() == 4 => {
                if let Some(prefix) = y.strip_suffix("XX") {
                    return Self::century(parse_digits(prefix)?);
                }
                if let Some(prefix) = y.strip_suffix('X') {
                    return Self::decade(parse_digits(prefix)? * 10);
                }
                Self::year(parse_digits(y)?)
            }
            [y, m] if y.len() == 4 && m.len() == 2 => {
                let year = parse_digits(y)?;
                let month = u32::try_from(parse_digits(m)?).ok()?;
                match month {
                    1..=12 => Self::month(year, month),
                    _ => Self::season(year, Season::from_edtf_code(month)?),
                }
            }
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
                let date = NaiveDate::from_ymd_opt(
                    parse_digits(y)?,
                    u32::try_from(parse_digits(m)?).ok()?,
                    u32::try_from(parse_digits(d)?).ok()?,
                )?;
                Some(Self::day(date))
            }
            _ => None,
        }
    }
}

fn parse_digits(s: &str) -> Option<i32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Adds (or subtracts) whole days, saturating at chrono's range.
pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    let magnitude = Days::new(days.unsigned_abs());
    let moved = if days >= 0 {
        date.checked_add_days(magnitude)
    } else {
        date.checked_sub_days(magnitude)
    };
    moved.unwrap_or(date)
}

/// `{year:04}` of a year in 0 to 9999 (else `None`), without the
/// formatting machinery.
fn four_digits(year: i32) -> Option<SmolStr> {
    let year = u32::try_from(year).ok().filter(|y| *y <= 9999)?;
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let bytes = [
        digit(year / 1000),
        digit(year / 100),
        digit(year / 10),
        digit(year),
    ];
    std::str::from_utf8(&bytes).ok().map(SmolStr::new)
}

/// `pieces` joined, stored inline when they fit (as `format_smolstr!` of
/// them would be, without the formatting machinery).
fn concat(pieces: &[&str]) -> SmolStr {
    let mut buf = [0u8; 23];
    let mut len = 0;
    for piece in pieces {
        let Some(slot) = buf.get_mut(len..len + piece.len()) else {
            return SmolStr::new(pieces.concat());
        };
        slot.copy_from_slice(piece.as_bytes());
        len += piece.len();
    }
    buf.get(..len)
        .and_then(|b| std::str::from_utf8(b).ok())
        .map_or_else(|| SmolStr::new(pieces.concat()), SmolStr::new)
}

/// `YYYY-MM-DD` of a date in the years 0 to 9999 (else `None`), written
/// without the formatting machinery (the tagger writes one per mention).
pub fn iso_bytes(date: NaiveDate) -> Option<[u8; 10]> {
    let year = u32::try_from(date.year()).ok().filter(|y| *y <= 9999)?;
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let (month, day) = (date.month(), date.day());
    Some([
        digit(year / 1000),
        digit(year / 100),
        digit(year / 10),
        digit(year),
        b'-',
        digit(month / 10),
        digit(month),
        b'-',
        digit(day / 10),
        digit(day),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The values written without the formatting machinery are those
        /// `format_smolstr!` wrote.
        #[test]
        fn values_written_by_hand_match_the_formatted_ones(
            year in -20i32..10_020,
            a in "[0-9/~?.X-]{0,14}",
            b in "[0-9/~?.X-]{0,14}",
        ) {
            prop_assert_eq!(
                four_digits(year),
                (0..=9999).contains(&year).then(|| format_smolstr!("{year:04}"))
            );
            prop_assert_eq!(concat(&[&a, "/", &b]), format_smolstr!("{a}/{b}"));
            prop_assert_eq!(concat(&[&a, &b, "~"]), format_smolstr!("{a}{b}~"));
            prop_assert_eq!(concat(&[&a, &b, "~"]).is_heap_allocated(), a.len() + b.len() + 1 > 23);
        }
    }

    #[test]
    fn an_interval_reads_back_as_itself_when_marked_approximate_or_uncertain() {
        // ("the same week" after an ambiguous "05/07/2023": the week of an
        // uncertain day.)
        let week = EventDate::parse_edtf("2023-07-03/2023-07-09").unwrap();
        for marked in [week.clone().approximate(), week.uncertain()] {
            assert_eq!(marked.value, "2023-07-03/2023-07-09");
            let read = EventDate::parse_edtf(&marked.value).unwrap();
            assert_eq!(read.value, marked.value);
        }
        // A single date still carries its qualifier.
        assert_eq!(EventDate::year(2017).unwrap().approximate().value, "2017~");
    }

    #[test]
    fn iso_bytes_match_chrono_in_years_0_to_9999() {
        for (y, m, d) in [
            (0, 1, 1),
            (7, 3, 9),
            (1960, 8, 3),
            (2023, 12, 31),
            (9999, 12, 31),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let bytes = iso_bytes(date).unwrap();
            assert_eq!(
                std::str::from_utf8(&bytes).unwrap(),
                date.format("%Y-%m-%d").to_string()
            );
            assert_eq!(
                EventDate::day(date).value,
                date.format("%Y-%m-%d").to_string()
            );
        }
        assert_eq!(
            iso_bytes(NaiveDate::from_ymd_opt(10_000, 1, 1).unwrap()),
            None
        );
        assert_eq!(iso_bytes(NaiveDate::from_ymd_opt(-1, 1, 1).unwrap()), None);
        assert_eq!(EventDate::month(807, 2).unwrap().value, "0807-02");
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn constructors_cover_their_period() {
        let feb = EventDate::month(2024, 2).unwrap();
        assert_eq!(feb.value, "2024-02");
        assert_eq!((feb.earliest, feb.latest), (d(2024, 2, 1), d(2024, 2, 29)));
        let feb = EventDate::month(2023, 2).unwrap();
        assert_eq!(feb.latest, d(2023, 2, 28));
        let y = EventDate::year(1960).unwrap();
        assert_eq!((y.earliest, y.latest), (d(1960, 1, 1), d(1960, 12, 31)));
        let dec = EventDate::decade(1996).unwrap();
        assert_eq!(dec.value, "199X");
        assert_eq!((dec.earliest, dec.latest), (d(1990, 1, 1), d(1999, 12, 31)));
        let c = EventDate::century(19).unwrap();
        assert_eq!(c.value, "19XX");
        let w = EventDate::season(2023, Season::Winter).unwrap();
        assert_eq!((w.value.as_str(), w.latest), ("2023-24", d(2024, 2, 29)));
    }

    #[test]
    fn intervals_and_qualifiers() {
        let since = EventDate::between(
            &EventDate::year(2020).unwrap(),
            &EventDate::day(d(2023, 7, 27)),
            Precision::Interval,
        )
        .unwrap();
        assert_eq!(since.value, "2020/2023-07-27");
        assert_eq!(since.earliest, d(2020, 1, 1));
        assert_eq!(since.span_days(), 1304);
        assert!(
            EventDate::between(
                &EventDate::year(2024).unwrap(),
                &EventDate::year(2020).unwrap(),
                Precision::Interval
            )
            .is_none()
        );
        let approx = EventDate::year(2021).unwrap().approximate();
        assert_eq!(approx.value, "2021~");
        assert!(approx.is_approximate());
    }

    #[test]
    fn edtf_round_trips() {
        for value in [
            "2023-07-26",
            "2023-03",
            "1960",
            "196X",
            "19XX",
            "2023-22",
            "2020/2023-07-27",
            "2021~",
            "2023-07-26?",
            "../2024-03",
            "2023-07-24/2023-07-27",
        ] {
            let parsed = EventDate::parse_edtf(value).unwrap();
            assert_eq!(parsed.value, value);
            assert!(parsed.earliest <= parsed.latest);
        }
        for bad in [
            "",
            "2023-13-01",
            "2023-02-30",
            "abcd",
            "2024/2020",
            "12345",
            "2023-7",
        ] {
            assert!(EventDate::parse_edtf(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(day_number(d(1970, 1, 1)), 0);
        assert_eq!(day_number(d(1969, 12, 31)), -1);
        for date in [d(1, 1, 1), d(1960, 8, 3), d(2024, 2, 29), d(9999, 12, 31)] {
            assert_eq!(date_from_day_number(day_number(date)), Some(date));
        }
    }

    #[test]
    fn describe_reads_naturally() {
        assert_eq!(EventDate::day(d(2023, 7, 26)).describe(), "26 July 2023");
        assert_eq!(EventDate::month(2023, 3).unwrap().describe(), "March 2023");
        assert_eq!(
            EventDate::year(2021).unwrap().approximate().describe(),
            "about 2021"
        );
        assert_eq!(EventDate::decade(1990).unwrap().describe(), "the 1990s");
    }
}
