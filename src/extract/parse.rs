//! Phase 1 of the tagger: find candidate expressions with the scanner
//! (one search gives each match and its rule) and read each into a
//! context-free [`Parsed`] value: the commonest forms from their words, the
//! others from their rule's groups. Only the words right
//! around a match are consulted here (to tell "in 2000" from "2000
//! soldiers"); anchoring happens in [`super::resolve`].

use std::cell::RefCell;
use std::ops::Range;

use chrono::Weekday;

use super::patterns::{
    COMBINED, COUNT_NOUNS, EVENT_NOUNS, Groups, IDENTIFIER_WORDS, QUANTITY_WORDS, RULES, Reader,
    YEAR_PREPS, month_number, number_value, ordinal_value, weekday,
};
use super::text::{
    WordSet, raw_words, sentence_around, text_after, with_ascii_lowercase, word_after, word_before,
    word_before_at_in, word_before_in,
};
use crate::model::date::Season;

/// A unit of relative time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Year,
    Decade,
}

impl Unit {
    fn parse(word: &str) -> Option<Self> {
        with_ascii_lowercase(word, |lower| {
            Some(match lower {
                "day" => Self::Day,
                "week" => Self::Week,
                "weekend" => Self::Weekend,
                "month" => Self::Month,
                "year" => Self::Year,
                "decade" => Self::Decade,
                _ => return None,
            })
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Weekend => "weekend",
            Self::Month => "month",
            Self::Year => "year",
            Self::Decade => "decade",
        }
    }
}

/// A feast whose day moves from year to year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Movable {
    /// This many days from Western Easter Sunday ("Good Friday": -2,
    /// "Easter Monday": 1).
    Easter(i8),
    /// The `nth` `weekday` of `month` (-1: the last), then `offset` days
    /// on: "Thanksgiving" is the fourth Thursday of November, "Black
    /// Friday" the day after it. `what` says so in an explanation.
    Nth {
        month: u32,
        weekday: Weekday,
        nth: i8,
        offset: i8,
        what: &'static str,
    },
}

/// A deictic modifier: "last", "this", "next"…
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modifier {
    Last,
    This,
    Next,
    /// "the past week": the span up to the anchor.
    Past,
    Early,
    Mid,
    Late,
    /// "in March of that year": the year of the date told of before.
    That,
}

impl Modifier {
    fn parse(word: &str) -> Option<Self> {
        with_ascii_lowercase(word, |lower| {
            Some(match lower {
                "last" => Self::Last,
                // ("the current year": this one.)
                "this" | "current" => Self::This,
                // "this past week".
                w if w.starts_with("this") && w.ends_with("past") => Self::Past,
                "next" | "coming" => Self::Next,
                "past" => Self::Past,
                // "so far this year": as "earlier this year".
                "early" | "earlier" => Self::Early,
                w if w.starts_with("so") && w.ends_with("far") => Self::Early,
                "mid" => Self::Mid,
                "late" | "later" | "end" => Self::Late,
                "that" => Self::That,
                _ => return None,
            })
        })
    }
}

/// What a matched expression says, before it is anchored.
#[derive(Debug, Clone, PartialEq)]
pub enum Parsed {
    /// A chronology heading "2023:" (sets the year context; not an event).
    Heading {
        year: i32,
    },
    FullDate {
        year: i32,
        month: u32,
        day: u32,
        weekday: Option<Weekday>,
    },
    DayRange {
        year: i32,
        month: u32,
        first: u32,
        last: u32,
    },
    /// "July 26-27": a range of days, the year taken as for one day.
    MonthDayRange {
        month: u32,
        first: u32,
        last: u32,
    },
    Slash {
        first: u32,
        second: u32,
        year: i32,
    },
    MonthYear {
        year: i32,
        month: u32,
        modifier: Option<Modifier>,
    },
    /// "August last year": a month in a year given relative to the anchor.
    MonthRelYear {
        month: u32,
        year_offset: i32,
        /// "July 30 last year": the day, if given.
        day: Option<u32>,
        /// "mid-June last year": a part of the month (shown as the whole
        /// month).
        part: bool,
    },
    MonthDay {
        month: u32,
        day: u32,
        weekday: Option<Weekday>,
    },
    Season {
        season: Season,
        year: Option<i32>,
        modifier: Option<Modifier>,
    },
    /// "the summer of last year": the season of the year `offset` from
    /// the anchor's.
    SeasonOfYear {
        season: Season,
        offset: i32,
    },
    /// "the summer of that year" (`offset` 0), "the spring of the
    /// following year" (1): the season of the year `offset` from that of
    /// the date told before.
    SeasonOfToldYear {
        season: Season,
        offset: i32,
    },
    /// "the following spring" (`offset` 1), "the previous summer" (-1),
    /// "that winter" (0): a season told of from the date before.
    SeasonTold {
        season: Season,
        offset: i8,
    },
    /// An Islamic feast or Ramadan ("Eid al-Adha", "Tabaski 2023",
    /// "during Ramadan"): day `day` of month `month` of a year of the
    /// Islamic calendar (no day: the whole month), in the Gregorian
    /// `year` if given.
    Islamic {
        month: u32,
        day: Option<u32>,
        year: Option<i32>,
    },
    /// "the last Sunday of December" (`nth` -1), "the first Monday of next
    /// month" (`nth` 1, `month_offset` 1): the `nth` `weekday` of a month
    /// named (in `year` if given), given relative to the article date, or
    /// ("of the month": no month, no offset) the month told of.
    NthWeekday {
        nth: i8,
        weekday: Weekday,
        month: Option<u32>,
        year: Option<i32>,
        month_offset: Option<i32>,
    },
    /// "the following May" (`offset` 1), "the previous December" (-1): a
    /// month told of from the date before (or, with none, from the
    /// article date).
    MonthTold {
        month: u32,
        offset: i8,
    },
    /// "the third quarter of 2023", "Q3", "the first half of next year":
    /// the months `first..=last` of a year given, given relative to the
    /// anchor (`year_offset`), or neither ("Q3": the latest such quarter).
    /// "late 2022", "early next year": the third of the year that `part`
    /// names. `first` after `last` is in the year before ("the 12 months
    /// to July").
    Quarter {
        first: u32,
        last: u32,
        year: Option<i32>,
        year_offset: Option<i32>,
        part: Option<Modifier>,
    },
    /// "the new year", "the start of the new year": the year whose first
    /// day is nearest the article date (or its first or last month).
    NewYear,
    /// "last quarter", "this quarter", "the next quarter": the calendar
    /// quarter `offset` quarters from the article date's.
    QuarterRel {
        offset: i32,
    },
    Decade {
        decade_digit: i32,
        century: Option<i32>,
        modifier: Option<Modifier>,
    },
    Century {
        number: i32,
    },
    /// "the turn of the century" (`millennium`: "of the millennium"):
    /// about the year the latest such turn fell in.
    Turn {
        millennium: bool,
    },
    YearRange {
        first: i32,
        last: i32,
    },
    /// "epidemiological week 31", "epi weeks 30-32 of 2024": ISO weeks
    /// `first..=last` of `year`, or of the year nearest the anchor.
    WeekNumber {
        first: u32,
        last: u32,
        year: Option<i32>,
    },
    /// "two years ago"; with `today` ("a year ago today") an exact day.
    Ago {
        count: i64,
        unit: Unit,
        today: bool,
        /// "two years ago Saturday": exactly that long before the weekday
        /// named (the one up to the article date).
        on: Option<Weekday>,
        /// "sixty years ago this Friday": the weekday is the one of the
        /// article date's week.
        on_this: bool,
        /// "three years ago this week": the week (or month) of that day.
        this: Option<Unit>,
        /// "five years from now", "in two weeks' time": after the anchor.
        ahead: bool,
    },
    /// "since then": from the previously mentioned date to the anchor.
    SinceThen,
    /// "that night", "later that day", "that year": the period of `unit`
    /// around the previously mentioned date.
    ThatUnit {
        unit: Unit,
        /// "the same day in 2005": the day's date in that year.
        year: Option<i32>,
    },
    Later {
        count: i64,
        unit: Unit,
        forward: bool,
    },
    /// "Days later", "a few weeks earlier": some (uncounted) `unit`s
    /// after or before the date told before; "weeks ago" (`ago`): before
    /// the article date.
    VagueLater {
        unit: Unit,
        forward: bool,
        ago: bool,
    },
    Following {
        unit: Unit,
        forward: bool,
    },
    /// "on the 30th": that day of the month of the date told of before.
    DayOfMonth {
        day: u32,
    },
    /// "later in the month": the `unit` of the date told of before (or
    /// the article date's, from its `edge`).
    InThe {
        edge: Modifier,
        unit: Unit,
    },
    RelUnit {
        modifier: Modifier,
        edge: Option<Modifier>,
        the: bool,
        count: Option<i64>,
        unit: Unit,
    },
    /// "Monday next week": that day of the week `weeks` from the article
    /// date's.
    WeekdayOfWeek {
        weekday: Weekday,
        weeks: i64,
    },
    /// "over the weekend": the weekend before the article date, or the
    /// coming one in the future tense.
    Weekend,
    RelDay {
        offset: i64,
        word: &'static str,
    },
    Weekday {
        weekday: Weekday,
        modifier: Option<Modifier>,
    },
    MonthAlone {
        month: u32,
        modifier: Option<Modifier>,
    },
    Year {
        year: i32,
    },
    /// "Good Friday", "Easter Monday", "Thanksgiving", "Labor Day": a
    /// feast whose day moves from year to year, of `year` if given.
    Movable {
        feast: Movable,
        year: Option<i32>,
    },
    /// "this Christmas", "last Easter", "next New Year's Day": a yearly
    /// day (`month` and `day`, or a `movable` feast) before, after or in
    /// the year of the anchor.
    Holiday {
        month: u32,
        day: u32,
        movable: Option<Movable>,
        modifier: Modifier,
    },
    /// "this day in 1974": the article date's month and day in `year`.
    ThisDayIn {
        year: i32,
    },
}

/// A candidate: the rule that matched, its byte span and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub rule: &'static str,
    pub span: Range<usize>,
    pub parsed: Parsed,
}

/// `parsed` with its season turned into the season of the northern
/// hemisphere that has the same months, for an article from the southern
/// hemisphere: its spring is September to November, the north's autumn;
/// its summer December to February, the north's winter. `None` when
/// `parsed` names no season.
#[inline]
pub(crate) fn season_of_the_south(parsed: &Parsed) -> Option<Parsed> {
    let north = |season: Season| match season {
        Season::Spring => Season::Autumn,
        Season::Summer => Season::Winter,
        Season::Autumn => Season::Spring,
        Season::Winter => Season::Summer,
    };
    Some(match *parsed {
        Parsed::Season {
            season,
            year,
            modifier,
        } => Parsed::Season {
            season: north(season),
            year,
            modifier,
        },
        Parsed::SeasonOfYear { season, offset } => Parsed::SeasonOfYear {
            season: north(season),
            offset,
        },
        Parsed::SeasonOfToldYear { season, offset } => Parsed::SeasonOfToldYear {
            season: north(season),
            offset,
        },
        Parsed::SeasonTold { season, offset } => Parsed::SeasonTold {
            season: north(season),
            offset,
        },
        _ => return None,
    })
}

/// Scans `text[range]` and returns the accepted candidates in text order.
///
/// The text before `range` is context for the scanner's assertions (a
/// word boundary or a line start at `range.start` is judged on the whole
/// text), so scanning a text in pieces cut at line breaks gives the same
/// candidates as scanning it whole.
///
/// The scanner's one search (a DFA, no capture groups) gives each
/// match with the rule it belongs to. The commonest forms are read straight
/// from the matched text: a bare year, weekday, month or "yesterday"
/// (`quick_candidate`), dates with a named month (`date_from_words`),
/// and relative or named days and periods ("last Friday", "two years ago":
/// `relative_from_words`); the others by [`Reader::read`] (that rule's
/// own groups, read over the match only).
pub fn scan(text: &str, range: Range<usize>) -> Vec<Candidate> {
    let Some(haystack) = text.get(..range.end) else {
        return Vec::new();
    };
    if !text.is_char_boundary(range.start) || range.start > range.end {
        return Vec::new();
    }
    READER.with(|cell| {
        // This thread's reader, used in place; a fresh one if it is in use.
        if let Ok(mut slot) = cell.try_borrow_mut() {
            if slot.is_none() {
                *slot = Reader::new();
            }
            slot.as_mut()
                .map(|reader| scan_with(reader, text, haystack, range.clone()))
        } else {
            Reader::new().map(|mut reader| scan_with(&mut reader, text, haystack, range.clone()))
        }
        .unwrap_or_default()
    })
}

/// [`scan`] with `reader`; `haystack` is `text[..range.end]`.
fn scan_with(
    reader: &mut Reader,
    text: &str,
    haystack: &str,
    range: Range<usize>,
) -> Vec<Candidate> {
    // About one candidate in a hundred bytes of news text: room enough
    // that the list seldom grows, small enough for the allocator's quick
    // sizes in an ordinary article.
    let mut out = Vec::with_capacity(range.len() / 128 + 4);
    for (span, index) in reader.find_all(text, range) {
        let matched = haystack.get(span.clone()).unwrap_or("");
        // A heading may be the bare year of its line, read by its groups.
        let heading = RULES.get(index) == Some(&"heading");
        if heading && let Some((year_span, year)) = heading_year(matched, &span) {
            out.push(Candidate {
                rule: "heading",
                span: year_span,
                parsed: Parsed::Heading { year },
            });
            continue;
        }
        if !heading && let Quick::Read(quick) = quick_candidate(text, &span, matched) {
            if let Some((rule, parsed)) = quick {
                out.push(Candidate { rule, span, parsed });
            }
            continue;
        }
        if let Some((rule, parsed)) = RULES
            .get(index)
            .and_then(|rule| date_from_words(rule, matched))
        {
            out.push(Candidate { rule, span, parsed });
            continue;
        }
        if let Some(Quick::Read(quick)) = RULES
            .get(index)
            .map(|rule| relative_from_words(rule, text, &span, matched))
        {
            if let Some((rule, parsed)) = quick {
                out.push(Candidate { rule, span, parsed });
            }
            continue;
        }
        let read = RULES
            .get(index)
            .and_then(|rule| Some((*rule, reader.read(haystack, &span, index)?)));
        let Some((rule, groups)) = read else {
            // Not expected; read it the slow way.
            out.extend(scan_with_combined_captures(text, span));
            continue;
        };
        // A chronology heading "2023:" is a mention of its year only, and
        // "over the weekend" and "the weekend's" of "the weekend".
        let span = groups
            .range("hd_y")
            .or_else(|| groups.range("we_x"))
            .or_else(|| groups.range("we_p"))
            .unwrap_or(span);
        if let Some((rule, parsed)) = interpret(rule, &groups, text, &span) {
            out.push(Candidate { rule, span, parsed });
        }
    }
    out
}

thread_local! {
    /// This thread's search state of the scanner and the rules.
    static READER: RefCell<Option<Reader>> = const { RefCell::new(None) };
}

/// The same as [`scan`], reading every match with the combined scanner's
/// own capture groups (slower; kept to check that [`scan`] agrees).
pub fn scan_with_combined_captures(text: &str, range: Range<usize>) -> Vec<Candidate> {
    let Some(re) = COMBINED.as_ref() else {
        return Vec::new();
    };
    let Some(haystack) = text.get(..range.end) else {
        return Vec::new();
    };
    if !text.is_char_boundary(range.start) || range.start > range.end {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = range.start;
    while at < range.end {
        let Some(caps) = re.captures_at(haystack, at) else {
            break;
        };
        let Some(whole) = caps.get(0) else { break };
        at = if whole.end() > whole.start() {
            whole.end()
        } else {
            super::text::ceil_boundary(text, whole.end() + 1)
        };
        let Some(&rule) = RULES
            .iter()
            .find(|r| caps.name(&format!("r_{r}")).is_some())
        else {
            continue;
        };
        let span = caps
            .name("hd_y")
            .or_else(|| caps.name("we_x"))
            .or_else(|| caps.name("we_p"))
            .unwrap_or(whole)
            .range();
        if let Some((rule, parsed)) = interpret(rule, &caps, text, &span) {
            out.push(Candidate { rule, span, parsed });
        }
    }
    out
}

/// The named groups of a match: the groups of the rule's own pattern
/// ([`Groups`]) or of the combined pattern ([`regex::Captures`]).
trait Named<'h> {
    fn text(&self, name: &str) -> Option<&'h str>;
}

impl<'h> Named<'h> for Groups<'_, 'h> {
    fn text(&self, name: &str) -> Option<&'h str> {
        Groups::text(self, name)
    }
}

impl<'h> Named<'h> for regex::Captures<'h> {
    fn text(&self, name: &str) -> Option<&'h str> {
        self.name(name).map(|m| m.as_str())
    }
}

fn num<'h, T: std::str::FromStr>(caps: &impl Named<'h>, name: &str) -> Option<T> {
    caps.text(name)?.parse().ok()
}

fn text_of<'h>(caps: &impl Named<'h>, name: &str) -> Option<&'h str> {
    caps.text(name)
}

fn month_of<'h>(caps: &impl Named<'h>, name: &str) -> Option<u32> {
    month_number(text_of(caps, name)?)
}

fn weekday_of<'h>(caps: &impl Named<'h>, name: &str) -> Option<Weekday> {
    weekday(text_of(caps, name)?)
}

fn modifier_of<'h>(caps: &impl Named<'h>, name: &str) -> Option<Modifier> {
    Modifier::parse(text_of(caps, name)?)
}

#[allow(clippy::too_many_lines)] // one arm per rule reads best as a table
fn interpret<'h>(
    rule: &str,
    caps: &impl Named<'h>,
    text: &str,
    span: &Range<usize>,
) -> Option<(&'static str, Parsed)> {
    let has = |g: &str| caps.text(g).is_some();
    let parsed = if rule == "heading" {
        (
            "heading",
            Parsed::Heading {
                year: num(caps, "hd_y")?,
            },
        )
    } else if rule == "iso" {
        (
            "iso",
            Parsed::FullDate {
                year: num(caps, "iso_y")?,
                month: num(caps, "iso_m")?,
                day: num(caps, "iso_d")?,
                weekday: None,
            },
        )
    } else if rule == "dotted" {
        (
            "dotted_date",
            Parsed::FullDate {
                year: num(caps, "dt_y")?,
                month: num(caps, "dt_m")?,
                day: num(caps, "dt_d")?,
                weekday: None,
            },
        )
    } else if rule == "range_mdy" {
        (
            "day_range",
            Parsed::DayRange {
                year: num(caps, "rmdy_y")?,
                month: month_of(caps, "rmdy_m")?,
                first: num(caps, "rmdy_d1")?,
                last: num(caps, "rmdy_d2")?,
            },
        )
    } else if rule == "range_dmy" {
        (
            "day_range",
            Parsed::DayRange {
                year: num(caps, "rdmy_y")?,
                month: month_of(caps, "rdmy_m")?,
                first: num(caps, "rdmy_d1")?,
                last: num(caps, "rdmy_d2")?,
            },
        )
    } else if rule == "range_md" || rule == "range_dm" {
        let (m, d1, d2) = if rule == "range_md" {
            ("rmd_m", "rmd_d1", "rmd_d2")
        } else {
            ("rdm_m", "rdm_d1", "rdm_d2")
        };
        let (first, last) = (num(caps, d1)?, num(caps, d2)?);
        if first >= last {
            return None;
        }
        (
            "day_range",
            Parsed::MonthDayRange {
                month: month_of(caps, m)?,
                first,
                last,
            },
        )
    } else if rule == "mdy" {
        (
            "month_day_year",
            Parsed::FullDate {
                year: num(caps, "mdy_y")?,
                month: month_of(caps, "mdy_m")?,
                day: num(caps, "mdy_d")?,
                weekday: weekday_of(caps, "mdy_wd"),
            },
        )
    } else if rule == "dmy" {
        (
            "day_month_year",
            Parsed::FullDate {
                year: num(caps, "dmy_y")?,
                month: month_of(caps, "dmy_m")?,
                day: num(caps, "dmy_d")?,
                weekday: weekday_of(caps, "dmy_wd"),
            },
        )
    } else if rule == "slash" {
        let year: i32 = num(caps, "sl_y")?;
        let year = if text_of(caps, "sl_y")?.len() == 2 {
            century_of_two_digits(year)
        } else {
            year
        };
        (
            "slash_date",
            Parsed::Slash {
                first: num(caps, "sl_a")?,
                second: num(caps, "sl_b")?,
                year,
            },
        )
    } else if rule == "my" {
        (
            "month_year",
            Parsed::MonthYear {
                year: num(caps, "my_y")?,
                month: month_of(caps, "my_m")?,
                modifier: modifier_of(caps, "my_mod"),
            },
        )
    } else if rule == "month_rel_year" || rule == "day_rel_year" {
        let day_given = rule == "day_rel_year";
        let modifier = if day_given { "dry_mod" } else { "mry_mod" };
        let year_offset = match text_of(caps, modifier)?.to_ascii_lowercase().as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        let (month, day) = if day_given {
            (
                month_of(caps, "dry_m").or_else(|| month_of(caps, "dry_m2"))?,
                Some(num(caps, "dry_d").or_else(|| num(caps, "dry_d2"))?),
            )
        } else {
            (month_of(caps, "mry_m")?, None)
        };
        (
            if day_given {
                "day_relative_year"
            } else {
                "month_relative_year"
            },
            Parsed::MonthRelYear {
                month,
                year_offset,
                day,
                part: has("mry_part"),
            },
        )
    } else if rule == "holiday" && has("ho_ind") {
        // (Not where no country is named, nor the film.)
        if word_before(text, span.start).is_some_and(|w| w == "film" || w == "movie") {
            return None;
        }
        let (_, month, day) = super::places::independence_day(text, span)?;
        (
            "independence_day",
            day_of_year(num(caps, "ho_y"), month, day),
        )
    } else if rule == "holiday"
        && let Some(modifier) = modifier_of(caps, "ho_mod")
    {
        // "this Christmas", "last Easter": the modifier says which one.
        if has("ho_ind") || has("ho_y") {
            return None;
        }
        let (month, day) = holiday_day(caps);
        (
            "holiday",
            Parsed::Holiday {
                month,
                day,
                movable: movable_of(caps),
                modifier,
            },
        )
    } else if rule == "holiday"
        && let Some(feast) = movable_of(caps)
    {
        // "Easter" alone is a date after a preposition ("by Easter"), not
        // in "Easter Island" or "an Easter egg".
        if has("ho_ea")
            && !has("ho_eaw")
            && !word_before(text, span.start).is_some_and(|w| HOLIDAY_PREPS.contains(&&*w))
        {
            return None;
        }
        // ("Black Friday" in quotes is a name given to a day: "a day
        // Malians remember as "Black Friday"".)
        if text_of(caps, "ho_mv").is_some_and(|w| w.starts_with("Black"))
            && text
                .get(..span.start)
                .is_some_and(|h| h.ends_with(['"', '“', '\'', '‘']))
        {
            return None;
        }
        (
            "holiday",
            Parsed::Movable {
                feast,
                year: num(caps, "ho_y"),
            },
        )
    } else if rule == "holiday" {
        // "Christmas" alone is a date after a preposition ("over
        // Christmas") or with its year ("spent Christmas 2018"), not in
        // "Christmas Island" or "a Christmas tree"; so is "Halloween".
        if (has("ho_x") || text_of(caps, "ho_fx").is_some_and(|w| w == "Halloween"))
            && !has("ho_y")
            && !word_before(text, span.start).is_some_and(|w| HOLIDAY_PREPS.contains(&&*w))
            && !awaited_before(text, span.start)
        {
            return None;
        }
        let (month, day) = holiday_day(caps);
        ("holiday", day_of_year(num(caps, "ho_y"), month, day))
    } else if rule == "islamic" {
        let (month, day) = if has("is_fitr") {
            (10, Some(1))
        } else if has("is_adha") {
            (12, Some(10))
        } else if has("is_ram") {
            (9, None)
        } else {
            (3, Some(12))
        };
        let year = num(caps, "is_y");
        // "Ramadan" and "Mawlid" are also names ("Tariq Ramadan"): alone,
        // they are dates after a preposition or "of" ("during Ramadan",
        // "the holy month of Ramadan").
        // (Or as the subject of its start or end, not after a name: "Ramadan
        // began on Monday", not "Tariq Ramadan began".)
        if year.is_none() && matches!((month, day), (9, None) | (3, Some(12))) {
            let prep = word_before(text, span.start);
            let starts_or_ends = || {
                word_after(text, span.end).is_some_and(|w| {
                    matches!(
                        w.as_ref(),
                        "begins" | "began" | "starts" | "started" | "ends" | "ended"
                    )
                }) && {
                    // (The start of a sentence, or after a word not
                    // capitalised.)
                    let before =
                        super::text::text_before(text, span.start, 40).trim_end_matches(' ');
                    before.is_empty()
                        || before.ends_with(['.', '!', '?', '"', '“', '\n', ':', '('])
                        || !before
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| w.starts_with(char::is_uppercase))
                }
            };
            if !prep.is_some_and(|w| HOLIDAY_PREPS.contains(&&*w) || w == "of" || w == "in")
                && !starts_or_ends()
            {
                return None;
            }
        }
        ("islamic", Parsed::Islamic { month, day, year })
    } else if rule == "md" {
        (
            "month_day",
            Parsed::MonthDay {
                month: month_of(caps, "md_m")?,
                day: num(caps, "md_d")?,
                weekday: weekday_of(caps, "md_wd"),
            },
        )
    } else if rule == "dm" {
        (
            "day_month",
            Parsed::MonthDay {
                month: month_of(caps, "dm_m")?,
                day: num(caps, "dm_d")?,
                weekday: weekday_of(caps, "dm_wd"),
            },
        )
    } else if rule == "quarter" {
        let quarter = |first: u32, last: u32, part: Option<Modifier>| {
            let year = num(caps, "qu_y")
                .or_else(|| num(caps, "qu_qy"))
                .or_else(|| num(caps, "qu_hy"))
                .or_else(|| num(caps, "qu_py"))
                .or_else(|| num(caps, "qu_ty"));
            Some((
                "quarter",
                Parsed::Quarter {
                    first,
                    last,
                    year,
                    year_offset: quarter_year_offset(caps),
                    part,
                },
            ))
        };
        // "the three months to June": the months up to June ("the 12
        // months to July", "the year to July": from the August of the
        // year before).
        if let Some(month) = text_of(caps, "qu_tm") {
            let last = month_number(month)?;
            let n = match text_of(caps, "qu_tn") {
                Some(n) => super::patterns::number_value(n)
                    .and_then(|n| u32::try_from(n).ok())
                    .filter(|n| (1..=12).contains(n))?,
                None => 12,
            };
            return quarter((last + 12 - n) % 12 + 1, last, None);
        }
        // "the September quarter" (as Australian statistics name them):
        // the three months ending in September.
        if let Some(month) = text_of(caps, "qu_mq") {
            let last = month_number(month)?;
            return quarter(last.checked_sub(2)?, last, None);
        }
        // "the year to date": as "so far this year".
        if has("qu_ytd") {
            return Some((
                "relative_unit",
                Parsed::RelUnit {
                    modifier: Modifier::This,
                    edge: Some(Modifier::Early),
                    the: false,
                    count: None,
                    unit: Unit::Year,
                },
            ));
        }
        // "late 2022", "mid-2023", "early next year": a third of the year.
        if let Some(part) = modifier_of(caps, "qu_part") {
            let (first, last) = third_of_year(part);
            return quarter(first, last, Some(part));
        }
        // "the first six months of 2024", "the last three months of the
        // year".
        if let (Some(edge), Some(n)) = (text_of(caps, "qu_edge"), text_of(caps, "qu_n")) {
            let n = super::patterns::number_value(n)
                .and_then(|n| u32::try_from(n).ok())
                .filter(|n| (2..=11).contains(n))?;
            return if edge.eq_ignore_ascii_case("first") {
                quarter(1, n, None)
            } else {
                quarter(13 - n, 12, None)
            };
        }
        // "the first quarter" alone is a year's, not "the first quarter
        // of the century" (nor "of its rule").
        // (Nor "the last quarter of the century" for "last quarter".)
        let rel = text_of(caps, "qu_rel");
        let alone = text_of(caps, "qu_alone").or_else(|| text_of(caps, "qu_adj"));
        if (alone.is_some() || rel.is_some())
            && (word_after(text, span.end).is_some_and(|w| w.eq_ignore_ascii_case("of"))
                || tells_of_a_game(text, span))
        {
            return None;
        }
        // "last quarter", "this quarter": a calendar quarter told from
        // the article date.
        if let Some(rel) = rel {
            let offset = match rel.to_ascii_lowercase().as_str() {
                "last" | "previous" | "past" => -1,
                "next" | "coming" => 1,
                _ => 0,
            };
            return Some(("quarter", Parsed::QuarterRel { offset }));
        }
        let (ordinal, half) = if let Some(q) = text_of(caps, "qu_q") {
            (q.get(1..)?.parse::<u32>().ok()?, false)
        } else if let Some(h) = text_of(caps, "qu_h") {
            (h.get(1..)?.parse::<u32>().ok()?, true)
        } else {
            let half = match alone {
                Some(_) => false,
                None => text_of(caps, "qu_kind")?.eq_ignore_ascii_case("half"),
            };
            let ordinal = match alone
                .or_else(|| text_of(caps, "qu_ord"))?
                .to_ascii_lowercase()
                .as_str()
            {
                "first" | "1st" => 1,
                "second" | "2nd" => 2,
                "third" | "3rd" => 3,
                "final" | "last" if half => 2,
                "fourth" | "4th" | "final" | "last" => 4,
                _ => return None,
            };
            (ordinal, half)
        };
        let months = if half { 6 } else { 3 };
        if ordinal == 0 || ordinal * months > 12 {
            return None;
        }
        quarter((ordinal - 1) * months + 1, ordinal * months, None)?
    } else if rule == "season_told" {
        if let Some(month) = text_of(caps, "st_m") {
            let forward = text_of(caps, "st_mrel").is_some_and(|w| {
                w.eq_ignore_ascii_case("following") || w.eq_ignore_ascii_case("next")
            });
            return Some((
                "month_told",
                Parsed::MonthTold {
                    month: month_number(month)?,
                    offset: if forward { 1 } else { -1 },
                },
            ));
        }
        let offset = text_of(caps, "st_rel").map_or(0, told_offset);
        (
            "season_told",
            Parsed::SeasonTold {
                season: season_named(text_of(caps, "st_s")?),
                offset,
            },
        )
    } else if rule == "season"
        && let Some(told) = text_of(caps, "se_told")
        && !has("se_mod")
    {
        // "the summer of that year", "the spring of the following year".
        let word = told
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        let offset = i32::from(told_offset(word));
        (
            "season",
            Parsed::SeasonOfToldYear {
                season: season_named(text_of(caps, "se_s")?),
                offset,
            },
        )
    } else if rule == "season"
        && let Some(rel) = modifier_of(caps, "se_rel")
        && !has("se_mod")
    {
        // "the summer of last year", "the spring of next year".
        let offset = match rel {
            Modifier::Last => -1,
            Modifier::Next => 1,
            _ => 0,
        };
        (
            "season",
            Parsed::SeasonOfYear {
                season: season_named(text_of(caps, "se_s")?),
                offset,
            },
        )
    } else if rule == "season" {
        let season = season_named(text_of(caps, "se_s")?);
        let year = num(caps, "se_y");
        let modifier = modifier_of(caps, "se_mod");
        // A bare season ("the summer", "fall") names no particular one.
        if year.is_none()
            && !matches!(
                modifier,
                Some(Modifier::Last | Modifier::This | Modifier::Next | Modifier::Past)
            )
            && !(matches!(modifier, None | Some(Modifier::Early | Modifier::Late))
                && bare_season_told(text, span))
        {
            return None;
        }
        (
            "season",
            Parsed::Season {
                season,
                year,
                modifier,
            },
        )
    } else if rule == "decade" {
        // "'90s" must start a word ("rock'n'roll 90s" is no decade).
        if has("dc_short")
            && !has("dc_mod")
            && text
                .get(..span.start)
                .and_then(|s| s.chars().next_back())
                .is_some_and(char::is_alphanumeric)
        {
            return None;
        }
        if has("dc_bare") && !bare_decade_in_context(text, span.start) {
            return None;
        }
        // "the sixties": the decade's word.
        let word_digit = || {
            let word = text_of(caps, "dc_word")?;
            [
                "twenties",
                "thirties",
                "forties",
                "fifties",
                "sixties",
                "seventies",
                "eighties",
                "nineties",
            ]
            .iter()
            .position(|w| w.eq_ignore_ascii_case(word))
            .and_then(|i| i32::try_from(i + 2).ok())
        };
        (
            "decade",
            Parsed::Decade {
                decade_digit: num(caps, "dc_d")
                    .or_else(|| num(caps, "dc_short"))
                    .or_else(|| num(caps, "dc_bare"))
                    .or_else(word_digit)?,
                century: num(caps, "dc_full"),
                modifier: modifier_of(caps, "dc_mod").or_else(|| modifier_of(caps, "dc_wmod")),
            },
        )
    } else if rule == "century" && has("ce_turn") {
        // "the turn of the century", "the turn of the millennium".
        (
            "century",
            Parsed::Turn {
                millennium: text_of(caps, "ce_turn")?.eq_ignore_ascii_case("millennium"),
            },
        )
    } else if rule == "century" {
        let number = match num(caps, "ce_num") {
            Some(n) => n,
            None => ordinal_value(text_of(caps, "ce_word")?)?,
        };
        ("century", Parsed::Century { number })
    } else if rule == "year_range" {
        let first: i32 = num(caps, "yr_a")?;
        let b_text = text_of(caps, "yr_b")?;
        let b: i32 = b_text.parse().ok()?;
        let last = if b_text.len() == 2 {
            first - first % 100 + b
        } else {
            b
        };
        if !(1000..=2199).contains(&first) || last <= first || last - first > 200 {
            return None;
        }
        // ("during a 1998-99 civil war": a span of years written short is
        // one whatever comes before it, unless a count noun follows; so is
        // a span of a few years written whole, "forecasts covering
        // 2024-2026".)
        let bytes = text.as_bytes();
        let short_span = (b_text.len() == 2 || last - first <= 30)
            && !span
                .start
                .checked_sub(1)
                .and_then(|i| bytes.get(i))
                .is_some_and(|b| matches!(b, b'$' | b',' | b'.' | b'#' | b'/'))
            && bytes.get(span.end) != Some(&b'%')
            && !word_after(text, span.end).is_some_and(|w| COUNT_NOUN_SET.contains(&w));
        if !short_span && !number_looks_like_year(text, span) {
            return None;
        }
        ("year_range", Parsed::YearRange { first, last })
    } else if rule == "week_number" {
        let first: u32 = num(caps, "wn_n")
            .or_else(|| number_value(text_of(caps, "wn_n")?).and_then(|n| u32::try_from(n).ok()))?;
        let last: u32 = num(caps, "wn_m").unwrap_or(first);
        if first == 0 || last < first || last > 53 {
            return None;
        }
        let year = num(caps, "wn_y");
        // A week named by its number alone is a week of the calendar only
        // between brackets or before them ("(week 30)", "week 32 (8–14
        // August)"), or with its year, or after the text told of
        // epidemiological weeks ("covering epidemiological week nine … 87
        // new cases in week nine"); not "week 3 of the trial".
        if has("wn_bare")
            && year.is_none()
            && (!told_of_epi_weeks(text, span.start)
                || text
                    .get(span.end..)
                    .is_some_and(|rest| rest.starts_with(" of ")))
            && !week_bracketed(text, span)
        {
            return None;
        }
        ("week_number", Parsed::WeekNumber { first, last, year })
    } else if rule == "since_then" {
        ("since_then", Parsed::SinceThen)
    } else if rule == "that_unit" {
        // "that week-long protest" is no reference to a week.
        if text.get(span.end..)?.starts_with('-') {
            return None;
        }
        let unit = match text_of(caps, "th_u")?.to_ascii_lowercase().as_str() {
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            _ => Unit::Day,
        };
        // "the same day in 2005": that day's date in the year told. ("That
        // date" alone refers back to a date, not to a new event: "Beyond
        // that date the country falls into a legal vacuum".)
        let year = num(caps, "th_y").filter(|_| unit == Unit::Day);
        if year.is_none() && text_of(caps, "th_u")?.eq_ignore_ascii_case("date") {
            return None;
        }
        ("that_unit", Parsed::ThatUnit { unit, year })
    } else if rule == "ago" {
        let ahead = has("ago_fwd");
        (if ahead { "from_now" } else { "ago" }, {
            let (unit, count) = counted_units(caps, "ago")?;
            Parsed::Ago {
                count,
                unit,
                // "two weeks from today": exactly, as "a year ago today".
                today: has("ago_today") || has("ago_fwd_day"),
                on: weekday_of(caps, "ago_wd"),
                on_this: has("ago_thiswd"),
                this: text_of(caps, "ago_this").and_then(Unit::parse),
                ahead,
            }
        })
    } else if rule == "in_time" {
        let (unit, count) = counted_units(caps, "tm")?;
        (
            "in_time",
            Parsed::Ago {
                count,
                unit,
                today: false,
                on: None,
                on_this: false,
                this: None,
                ahead: true,
            },
        )
    } else if rule == "later" {
        ("later", {
            let (unit, count) = counted_units(caps, "lt")?;
            let dir = text_of(caps, "lt_dir")?;
            if (dir.eq_ignore_ascii_case("on") && !on_ends_phrase(text, span.end))
                || not_later(text, span)
            {
                return None;
            }
            Parsed::Later {
                count,
                unit,
                forward: !dir.eq_ignore_ascii_case("earlier"),
            }
        })
    } else if rule == "vague_later" {
        // ("arrived weeks later than planned" tells of no date, nor does
        // "many years ago" tell how many.)
        if word_after(text, span.end).is_some_and(|w| w.eq_ignore_ascii_case("than"))
            || word_before(text, span.start).is_some_and(|w| w.eq_ignore_ascii_case("many"))
        {
            return None;
        }
        let dir = text_of(caps, "vl_dir")?;
        (
            "vague_later",
            Parsed::VagueLater {
                unit: plural_unit(text_of(caps, "vl_u")?)?.0,
                forward: dir.eq_ignore_ascii_case("later"),
                ago: dir.eq_ignore_ascii_case("ago"),
            },
        )
    } else if rule == "following" {
        let (unit, forward) = if let Some(dir) = text_of(caps, "fo_day") {
            let forward = dir.eq_ignore_ascii_case("after");
            if let Some(rel) = text_of(caps, "fo_rel") {
                return day_beside(text_of(caps, "fo_du")?, forward, rel);
            }
            if told_from_an_event(text, span) {
                return None;
            }
            (Unit::parse(text_of(caps, "fo_du")?)?, forward)
        } else {
            let dir = text_of(caps, "fo_dir")?.to_ascii_lowercase();
            // "the next morning", "the previous night": a day.
            let unit = text_of(caps, "fo_u")?;
            let part_of_day = PARTS_OF_DAY.iter().any(|p| p.eq_ignore_ascii_case(unit));
            (
                if part_of_day {
                    Unit::Day
                } else {
                    Unit::parse(unit)?
                },
                dir == "following" || dir == "next",
            )
        };
        ("following", Parsed::Following { unit, forward })
    } else if rule == "weekend" {
        // "on the weekend of July 29-30": the days after it are the date.
        if word_after(text, span.end).is_some_and(|w| w == "of") {
            return None;
        }
        ("weekend", Parsed::Weekend)
    } else if rule == "ordinal_day" {
        // "On the 30th," "by the 15th.": after "the" and a preposition,
        // and ending its phrase ("the 5th Battalion", "the 2nd round" are
        // no dates).
        let mut buf = [0u8; 40];
        let the_at = super::text::word_before_at_in(text, span.start, &mut buf)
            .filter(|(_, w)| w == "the")
            .map(|(at, _)| at)?;
        if !word_before(text, the_at).is_some_and(|w| ORDINAL_DAY_PREPS.contains(&&*w)) {
            return None;
        }
        if !word_after(text, span.end).is_none_or(|w| {
            w.chars().all(|c| !c.is_alphanumeric())
                || [
                    "and", "or", "when", "at", "to", "around", "before", "after", "until", "in",
                ]
                .contains(&&*w)
        }) {
            return None;
        }
        let day: u32 = num(caps, "od_d")?;
        if !(1..=31).contains(&day) {
            return None;
        }
        ("ordinal_day", Parsed::DayOfMonth { day })
    } else if rule == "in_the" {
        (
            "in_the",
            match text_of(caps, "it_hours") {
                // "hours later": later in the day told of before.
                Some(dir) => Parsed::InThe {
                    edge: Modifier::parse(dir)?,
                    unit: Unit::Day,
                },
                None => Parsed::InThe {
                    edge: modifier_of(caps, "it_edge")?,
                    unit: Unit::parse(text_of(caps, "it_u")?)?,
                },
            },
        )
    } else if rule == "edge_of" && has("eo_yr") {
        // "the middle of 2009": as "mid-2009", its middle third.
        if text_of(caps, "eo_ys").is_some_and(|w| w.eq_ignore_ascii_case("middle")) {
            let (first, last) = third_of_year(Modifier::Mid);
            return Some((
                "quarter",
                Parsed::Quarter {
                    first,
                    last,
                    year: Some(num(caps, "eo_yr")?),
                    year_offset: None,
                    part: Some(Modifier::Mid),
                },
            ));
        }
        // "the end of 2024": December 2024; "the start of 2024": January.
        let last = text_of(caps, "eo_ys")
            .is_some_and(|w| w.eq_ignore_ascii_case("end") || w.eq_ignore_ascii_case("close"));
        (
            "edge_of",
            Parsed::MonthYear {
                year: num(caps, "eo_yr")?,
                month: if last { 12 } else { 1 },
                modifier: None,
            },
        )
    } else if rule == "edge_of" && has("eo_ny") {
        // "in the new year", "since the start of the new year", written
        // in lowercase (not the holiday: "marked the New Year"; nor "the
        // new year's celebrations").
        if text
            .get(span.end..)
            .is_some_and(|rest| rest.starts_with(['\'', '’']))
        {
            return None;
        }
        ("edge_of", Parsed::NewYear)
    } else if rule == "edge_of" && has("eo_ts") {
        // "by the end of that year": the year of the date told of before,
        // its end or start read as for "the end of the year".
        (
            "edge_of",
            Parsed::ThatUnit {
                unit: Unit::Year,
                year: None,
            },
        )
    } else if rule == "edge_of" {
        (
            "edge_of",
            Parsed::RelUnit {
                modifier: modifier_of(caps, "eo_mod").unwrap_or(Modifier::This),
                edge: None,
                // "the end of the year", "year-end": the year being told of.
                the: has("eo_ye")
                    || text_of(caps, "eo_mod").is_some_and(|w| w.eq_ignore_ascii_case("the")),
                count: None,
                unit: Unit::parse(text_of(caps, "eo_u").or(text_of(caps, "eo_ye"))?)?,
            },
        )
    } else if rule == "rel_unit" {
        // ("the past ten days": days come only counted, in a group of
        // their own.)
        // ("the next fortnight": the next 14 days.)
        let fortnight = has("ru_fn");
        let count = match text_of(caps, "ru_n").or(text_of(caps, "ru_dn")) {
            Some(n) => Some(number_value(n)?),
            None if fortnight => Some(14),
            None => None,
        };
        let plural = has("ru_pl") || has("ru_du") || fortnight;
        // "the coming weeks", "the past months": no count, no date; "would
        // last one year": a count without "the" is a length.
        let unit = if fortnight {
            Unit::Day
        } else {
            Unit::parse(text_of(caps, "ru_u").or(text_of(caps, "ru_du"))?)?
        };
        if (count.is_none() && plural)
            || (count.is_some() && !has("ru_the"))
            || part_of_a_year(text, span)
            || !counted_days_alone(text, span, unit, count.is_some() && plural)
        {
            return None;
        }
        (
            "relative_unit",
            Parsed::RelUnit {
                modifier: text_of(caps, "ru_mod").and_then(rel_unit_modifier)?,
                edge: modifier_of(caps, "ru_pre"),
                the: has("ru_the"),
                count,
                unit,
            },
        )
    } else if rule == "rel_day" {
        if has("rd_ln") {
            (
                "relative_day",
                Parsed::RelDay {
                    offset: -1,
                    word: "last night",
                },
            )
        } else if has("rd_this") {
            (
                "relative_day",
                Parsed::RelDay {
                    offset: 0,
                    word: "this morning",
                },
            )
        } else if has("rd_wr") {
            (
                "relative_day",
                Parsed::RelDay {
                    offset: 0,
                    word: "the time of writing",
                },
            )
        } else if let Some(year) = num(caps, "rd_y") {
            ("this_day_in", Parsed::ThisDayIn { year })
        } else {
            let word = text_of(caps, "rd_w")?;
            if born_yesterday(text, span.start, word) {
                return None;
            }
            relative_day(word)
        }
    } else if rule == "weekday" && has("wd_wk") {
        let weeks = match text_of(caps, "wd_wk")?.to_ascii_lowercase().as_str() {
            "next" => 1,
            "last" => -1,
            _ => 0,
        };
        (
            "weekday",
            Parsed::WeekdayOfWeek {
                weekday: weekday_of(caps, "wd_w")?,
                weeks,
            },
        )
    } else if rule == "nth_weekday" {
        let nth = match text_of(caps, "nw_ord")?.to_ascii_lowercase().as_str() {
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            "fourth" | "4th" => 4,
            "fifth" | "5th" => 5,
            _ => -1,
        };
        let month_offset = match text_of(caps, "nw_rel")
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("next") => Some(1),
            Some("last") => Some(-1),
            Some("this") => Some(0),
            _ => None,
        };
        (
            "nth_weekday",
            Parsed::NthWeekday {
                nth,
                weekday: weekday_of(caps, "nw_w")?,
                month: month_of(caps, "nw_m"),
                year: num(caps, "nw_y"),
                month_offset,
            },
        )
    } else if rule == "weekday" {
        weekday_candidate(
            text,
            span,
            weekday_of(caps, "wd_w")?,
            modifier_of(caps, "wd_mod"),
        )?
    } else if rule == "month_alone" {
        if has("ma_that") {
            // "in March of that year": a date, whatever the word before.
            (
                "month_alone",
                Parsed::MonthAlone {
                    month: month_of(caps, "ma_m")?,
                    modifier: Some(Modifier::That),
                },
            )
        } else {
            month_alone_candidate(
                text,
                span,
                month_of(caps, "ma_m")?,
                modifier_of(caps, "ma_mod"),
            )?
        }
    } else if rule == "year" {
        match text_of(caps, "yr_fy") {
            // "FY2024", "FY24" ("FY99": 1999).
            Some(fy) => {
                let n: i32 = fy.parse().ok()?;
                let year = if fy.len() == 2 {
                    century_of_two_digits(n)
                } else {
                    n
                };
                ("fiscal_year", Parsed::Year { year })
            }
            None => year_candidate(text, span, num(caps, "yr_y")?)?,
        }
    } else {
        return None;
    };
    Some(parsed)
}

/// The year of a year written in two digits: 2000–2069 for 00–69,
/// 1970–1999 for 70–99 ("FY99", "10/21/98": 1999, 1998).
pub(crate) fn century_of_two_digits(n: i32) -> i32 {
    if n < 70 { 2000 + n } else { 1900 + n }
}

/// Whether the week number at `span` stands between brackets ("(week
/// 30)") or right before them, with a date in them ("week 32 (8–14
/// August)").
fn week_bracketed(text: &str, span: &Range<usize>) -> bool {
    let before = text.get(..span.start).unwrap_or("").trim_end();
    let after = text.get(span.end..).unwrap_or("");
    (before.ends_with('(') && after.trim_start().starts_with(')'))
        || after
            .strip_prefix(" (")
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// What [`quick_candidate`] made of a match.
enum Quick {
    /// Not one of the quick forms: read it with the rule's groups.
    Other,
    /// A quick form, read (`None`: rejected in context).
    Read(Option<(&'static str, Parsed)>),
}

/// The commonest matches (a bare year, weekday, month or "yesterday") read
/// without the rules' capture groups. Only the rule named here can match
/// such a text exactly, so this agrees with [`interpret`].
fn quick_candidate(text: &str, span: &Range<usize>, matched: &str) -> Quick {
    if matched.len() == 4 && matched.bytes().all(|b| b.is_ascii_digit()) {
        return Quick::Read(
            matched
                .parse()
                .ok()
                .and_then(|year| year_candidate(text, span, year)),
        );
    }
    if let Some(day) = weekday(matched) {
        return Quick::Read(weekday_candidate(text, span, day, None));
    }
    if let Some(month) = MONTHS_FULL
        .iter()
        .position(|m| *m == matched)
        .and_then(|i| u32::try_from(i + 1).ok())
    {
        return Quick::Read(month_alone_candidate(text, span, month, None));
    }
    if ["today", "yesterday", "tomorrow", "tonight"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(matched))
    {
        if (matched.eq_ignore_ascii_case("today") && means_present_day(text, span.end))
            || born_yesterday(text, span.start, matched)
        {
            return Quick::Read(None);
        }
        return Quick::Read(Some(relative_day(matched)));
    }
    Quick::Other
}

/// The feast the `holiday` rule matched, when its day moves ("Good
/// Friday": two days before Western Easter Sunday; "Thanksgiving": the
/// fourth Thursday of November); `None` for a holiday of the calendar.
fn movable_of<'h>(caps: &impl Named<'h>) -> Option<Movable> {
    let nth = |month, weekday, nth, offset, what| {
        Some(Movable::Nth {
            month,
            weekday,
            nth,
            offset,
            what,
        })
    };
    if let Some(w) = text_of(caps, "ho_mv") {
        let first = w.split([' ', '\u{a0}']).next().unwrap_or(w);
        return match first {
            "Black" => nth(
                11,
                Weekday::Thu,
                4,
                1,
                "the day after US Thanksgiving, the fourth Thursday of November",
            ),
            "Cyber" => nth(
                11,
                Weekday::Thu,
                4,
                4,
                "the Monday after US Thanksgiving, the fourth Thursday of November",
            ),
            "Labor" => nth(
                9,
                Weekday::Mon,
                1,
                0,
                "the first Monday of September (US Labor Day)",
            ),
            "Memorial" => nth(
                5,
                Weekday::Mon,
                -1,
                0,
                "the last Monday of May (US Memorial Day)",
            ),
            "Martin" | "MLK" => nth(
                1,
                Weekday::Mon,
                3,
                0,
                "the third Monday of January (Martin Luther King Jr. Day)",
            ),
            "Presidents" | "Presidents'" | "Presidents’" => nth(
                2,
                Weekday::Mon,
                3,
                0,
                "the third Monday of February (US Presidents' Day)",
            ),
            "Remembrance" => nth(
                11,
                Weekday::Sun,
                2,
                0,
                "the second Sunday of November (Remembrance Sunday)",
            ),
            _ => nth(
                11,
                Weekday::Thu,
                4,
                0,
                "the fourth Thursday of November (US Thanksgiving)",
            ),
        };
    }
    match text_of(caps, "ho_eaw") {
        Some("Monday") => Some(Movable::Easter(1)),
        Some(_) => Some(Movable::Easter(0)),
        None if caps.text("ho_gf").is_some() => Some(Movable::Easter(-2)),
        None if caps.text("ho_ea").is_some() => Some(Movable::Easter(0)),
        None => None,
    }
}

/// The month and day of a holiday of the calendar the `holiday` rule
/// matched (Christmas, if not another: New Year's Day or Eve, Christmas
/// Eve, Boxing Day, Valentine's Day, Halloween, Bastille Day…).
fn holiday_day<'h>(caps: &impl Named<'h>) -> (u32, u32) {
    if let Some(w) = text_of(caps, "ho_fx") {
        let first = w.split([' ', '\u{a0}']).next().unwrap_or(w);
        match first {
            "Halloween" => (10, 31),
            "the" | "The" | "Fourth" | "July" => (7, 4),
            "Bastille" => (7, 14),
            "St" | "St." | "Saint" => (3, 17),
            "Guy" | "Bonfire" => (11, 5),
            "Hogmanay" => (12, 31),
            "Juneteenth" => (6, 19),
            "Canada" => (7, 1),
            "Australia" => (1, 26),
            "Anzac" => (4, 25),
            "International" => (3, 8),
            // Veterans, Armistice, Remembrance Day.
            _ => (11, 11),
        }
    } else if let Some(w) = text_of(caps, "ho_ny") {
        if w == "Eve" { (12, 31) } else { (1, 1) }
    } else if let Some(w) = text_of(caps, "ho_xw") {
        if w == "Eve" { (12, 24) } else { (12, 25) }
    } else if caps.text("ho_bd").is_some() {
        (12, 26)
    } else if caps.text("ho_vd").is_some() {
        (2, 14)
    } else {
        (12, 25)
    }
}

/// A holiday's day: of the year written with it ("Christmas Day 2023"),
/// or year-less.
fn day_of_year(year: Option<i32>, month: u32, day: u32) -> Parsed {
    match year {
        Some(year) => Parsed::FullDate {
            year,
            month,
            day,
            weekday: None,
        },
        None => Parsed::MonthDay {
            month,
            day,
            weekday: None,
        },
    }
}

/// Whether "on" of "a year on" ending at `end` closes its phrase ("One
/// year on, the junta …", "two years on."), as it does when it tells a
/// time ("two years on from the coup"), not in "three years on the run"
/// or "days on end".
fn on_ends_phrase(text: &str, end: usize) -> bool {
    text.get(end..)
        .and_then(|rest| rest.chars().next())
        .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | ')' | '—' | '–' | '\n'))
        || text
            .get(end..)
            .is_some_and(|rest| rest.starts_with(" from "))
}

/// Whether the span told "later" at `span` is denied or compared: "ends
/// on 18 January, and not a day later" tells of no day after it, nor does
/// "first production … about six months later than previously planned".
fn not_later(text: &str, span: &Range<usize>) -> bool {
    word_before(text, span.start).is_some_and(|w| w.eq_ignore_ascii_case("not"))
        || word_after(text, span.end).is_some_and(|w| w.eq_ignore_ascii_case("than"))
}

/// Whether "yesterday" at `start` is the idiom "(not) born yesterday".
fn born_yesterday(text: &str, start: usize, word: &str) -> bool {
    word.eq_ignore_ascii_case("yesterday")
        && word_before_in(text, start, &mut [0; 40]).is_some_and(|w| w == "born")
}

/// Things of the present age, not of the article's day ("today's world").
const PRESENT_DAY_NOUNS: WordSet = WordSet::new(&[
    "borders",
    "dollars",
    "economy",
    "generation",
    "money",
    "prices",
    "society",
    "standards",
    "terms",
    "world",
    "youth",
]);

/// Whether "today" ending at `end` is "today's" meaning "present-day":
/// before a name ("today's Sahel states", "today's Niger") or a word of
/// [`PRESENT_DAY_NOUNS`] ("in today's money"), not "today's vote".
fn means_present_day(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let Some(rest) = rest
        .strip_prefix("'s ")
        .or_else(|| rest.strip_prefix("\u{2019}s "))
    else {
        return false;
    };
    let word = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.starts_with(|c: char| c.is_uppercase()) || PRESENT_DAY_NOUNS.contains(word)
}

/// The year of a chronology heading's match ("2023:", "  1999" alone on
/// its line) and where it is: the heading's pattern allows only spaces and
/// tabs before the year's four digits, so they are the first digits of the
/// match (what the rule's group `hd_y` holds; a property test checks it).
fn heading_year(matched: &str, span: &Range<usize>) -> Option<(Range<usize>, i32)> {
    let at = matched.bytes().position(|b| b.is_ascii_digit())?;
    let digits = matched.get(at..at + 4)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = digits.parse().ok()?;
    Some((span.start + at..span.start + at + 4, year))
}

/// The year a part of a year is told in relative to the article date:
/// "this year" 0, "last year" -1, "next year" 1. "of the year" names no
/// year: `None`, read as "the third quarter" alone (the latest begun by
/// the article date, or the next in the future).
fn quarter_year_offset<'h>(caps: &impl Named<'h>) -> Option<i32> {
    text_of(caps, "qu_mod")
        .or_else(|| text_of(caps, "qu_pmod"))
        .or_else(|| text_of(caps, "qu_qmod"))
        .or_else(|| text_of(caps, "qu_hmod"))
        .filter(|m| !m.eq_ignore_ascii_case("the"))
        .map(|m| match m.to_ascii_lowercase().as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        })
}

/// A match of a date rule with named days and months ("July 26, 2023",
/// "Friday, 26th of July 2023", "mid-March 2021") read from its words,
/// without the rule's groups. The match is known to be the rule's, so its
/// words are, in order: a weekday and "the" (both optional, not in "my"),
/// or a modifier ("my" only, optional); then the rule's day, month and year
/// (a day with its ordinal suffix, a month with its dot cut off by the
/// split); for an ISO date ("2023-07-26") or a slash date ("26/07/2023")
/// its numbers. Anything else (say "midMarch 2021", one word for two groups)
/// is left to the groups (`None`). A property test checks this reading
/// against the combined pattern's groups.
#[allow(clippy::too_many_lines)] // one arm per rule reads best as a table
fn date_from_words(rule: &str, matched: &str) -> Option<(&'static str, Parsed)> {
    let mut words = matched
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    let mut modifier = None;
    let mut weekday_word = None;
    if rule == "my" {
        if let Some(w) = words.next_if(|w| month_number(w).is_none()) {
            if !["early", "late", "mid"]
                .iter()
                .any(|m| m.eq_ignore_ascii_case(w))
            {
                return None;
            }
            modifier = Some(Modifier::parse(w)?);
        }
    } else if let Some(w) = words.next_if(|w| weekday(w).is_some()) {
        weekday_word = weekday(w);
        words.next_if(|w| *w == "the");
    }
    let day = |w: &str| -> Option<u32> {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (!digits.is_empty() && digits.len() <= 2).then_some(())?;
        digits.parse().ok()
    };
    let month = |w: Option<&str>| -> Option<u32> {
        let w = w?;
        (w.len() >= 3 && w.bytes().all(|b| b.is_ascii_alphabetic())).then_some(())?;
        month_number(w)
    };
    let year = |w: Option<&str>| -> Option<i32> {
        let w = w?;
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then_some(())?;
        w.parse().ok()
    };
    let read = match rule {
        "mdy" => {
            let month = month(words.next())?;
            let day = day(words.next()?)?;
            let year = year(words.next())?;
            (
                "month_day_year",
                Parsed::FullDate {
                    year,
                    month,
                    day,
                    weekday: weekday_word,
                },
            )
        }
        // "2023-07-26": the year, month and day groups, in order.
        "iso" => {
            let year = year(words.next())?;
            let month = day(words.next()?)?;
            let day = day(words.next()?)?;
            (
                "iso",
                Parsed::FullDate {
                    year,
                    month,
                    day,
                    weekday: None,
                },
            )
        }
        // "26/07/2023", "7/26/23": two numbers and a year of four digits
        // or two ([`century_of_two_digits`]).
        "slash" => {
            let first = day(words.next()?)?;
            let second = day(words.next()?)?;
            let written = words
                .next()
                .filter(|w| matches!(w.len(), 2 | 4) && w.bytes().all(|b| b.is_ascii_digit()))?;
            let year: i32 = written.parse().ok()?;
            let year = if written.len() == 2 {
                century_of_two_digits(year)
            } else {
                year
            };
            (
                "slash_date",
                Parsed::Slash {
                    first,
                    second,
                    year,
                },
            )
        }
        "dmy" => {
            let day = day(words.next()?)?;
            words.next_if(|w| *w == "of");
            let month = month(words.next())?;
            let year = year(words.next())?;
            (
                "day_month_year",
                Parsed::FullDate {
                    year,
                    month,
                    day,
                    weekday: weekday_word,
                },
            )
        }
        "md" => {
            let month = month(words.next())?;
            let day = day(words.next()?)?;
            (
                "month_day",
                Parsed::MonthDay {
                    month,
                    day,
                    weekday: weekday_word,
                },
            )
        }
        "dm" => {
            let day = day(words.next()?)?;
            words.next_if(|w| *w == "of");
            let month = month(words.next())?;
            (
                "day_month",
                Parsed::MonthDay {
                    month,
                    day,
                    weekday: weekday_word,
                },
            )
        }
        "my" => {
            let month = month(words.next())?;
            words.next_if(|w| *w == "of");
            let year = year(words.next())?;
            (
                "month_year",
                Parsed::MonthYear {
                    year,
                    month,
                    modifier,
                },
            )
        }
        _ => return None,
    };
    // Every word read: nothing left over.
    words.next().is_none().then_some(read)
}

/// A match of a rule of relative or named days and periods ("last
/// Friday", "early March", "last night", "two years ago", "the past two
/// weeks") read from its words, as [`date_from_words`] does for dates:
/// the match is known to be the rule's, and anything unexpected is left to
/// the groups ([`Quick::Other`]). A property test checks this reading
/// against the combined pattern's groups.
#[allow(clippy::too_many_lines)] // one arm per rule reads best as a table
fn relative_from_words(rule: &str, text: &str, span: &Range<usize>, matched: &str) -> Quick {
    let mut words = matched
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    let is = |w: &str, list: &[&str]| list.iter().any(|l| l.eq_ignore_ascii_case(w));
    let read = match rule {
        "weekday" => {
            let modifier = words
                .next_if(|w| is(w, &["last", "next", "this", "coming", "past"]))
                .and_then(Modifier::parse);
            let Some(day) = words.next().and_then(weekday) else {
                return Quick::Other;
            };
            words.next_if(|w| is(w, PARTS_OF_DAY));
            // "Monday next week": read by the groups.
            if words.next().is_some() {
                return Quick::Other;
            }
            weekday_candidate(text, span, day, modifier)
        }
        "month_alone" => {
            let list = [
                "last", "next", "this", "early", "late", "mid", "earlier", "later", "end", "that",
            ];
            let modifier = words.next_if(|w| is(w, &list)).and_then(Modifier::parse);
            let Some(month) = words
                .next()
                .and_then(|w| MONTHS_FULL.iter().position(|m| *m == w))
                .and_then(|i| u32::try_from(i + 1).ok())
            else {
                return Quick::Other;
            };
            month_alone_candidate(text, span, month, modifier)
        }
        "rel_day" => match (words.next(), words.next()) {
            (Some(a), Some(b)) if is(a, &["last"]) && is(b, &["night"]) => Some((
                "relative_day",
                Parsed::RelDay {
                    offset: -1,
                    word: "last night",
                },
            )),
            (Some(a), Some(b))
                if is(a, &["this"]) && is(b, &["morning", "afternoon", "evening"]) =>
            {
                Some((
                    "relative_day",
                    Parsed::RelDay {
                        offset: 0,
                        word: "this morning",
                    },
                ))
            }
            _ => return Quick::Other,
        },
        "ago" => {
            let count = words.next().and_then(number_value);
            let unit = words.next().and_then(plural_unit);
            let (Some(count), Some((unit, _)), Some(true)) =
                (count, unit, words.next().map(|w| is(w, &["ago"])))
            else {
                return Quick::Other;
            };
            let today = words.next_if(|w| is(w, &["today"])).is_some();
            // "a year ago on Friday" (AP style, as "a year ago Friday").
            let on_word = words.next_if(|w| is(w, &["on"])).is_some();
            let on = words.next_if(|w| weekday(w).is_some()).and_then(weekday);
            if on_word && on.is_none() {
                return Quick::Other;
            }
            let this = if words.next_if(|w| is(w, &["this"])).is_some() {
                let Some(this) = words.next().and_then(Unit::parse) else {
                    return Quick::Other;
                };
                Some(this)
            } else {
                None
            };
            Some((
                "ago",
                Parsed::Ago {
                    count,
                    unit,
                    today,
                    on,
                    on_this: false,
                    this,
                    ahead: false,
                },
            ))
        }
        // "two days later", "a year earlier" (as "ago": a fortnight is
        // left to the groups).
        "later" => {
            let count = words.next().and_then(number_value);
            let unit = words.next().and_then(plural_unit);
            let (Some(count), Some((unit, _)), Some(dir)) = (count, unit, words.next()) else {
                return Quick::Other;
            };
            if (dir.eq_ignore_ascii_case("on") && !on_ends_phrase(text, span.end))
                || not_later(text, span)
            {
                return Quick::Read(None);
            }
            Some((
                "later",
                Parsed::Later {
                    count,
                    unit,
                    forward: !dir.eq_ignore_ascii_case("earlier"),
                },
            ))
        }
        // "the following week", "the next morning", "the day after".
        "following" => {
            let (Some(the), Some(first), Some(second)) = (words.next(), words.next(), words.next())
            else {
                return Quick::Other;
            };
            if !the.eq_ignore_ascii_case("the") {
                return Quick::Other;
            }
            let (unit, forward) = if is(second, &["after", "before"]) {
                let forward = second.eq_ignore_ascii_case("after");
                if let Some(rel) = words.next() {
                    return Quick::Read(day_beside(first, forward, rel));
                }
                if told_from_an_event(text, span) {
                    return Quick::Read(None);
                }
                let Some(unit) = Unit::parse(first) else {
                    return Quick::Other;
                };
                (unit, forward)
            } else {
                // "the next morning", "the previous night": a day.
                let unit = if is(second, PARTS_OF_DAY) {
                    Unit::Day
                } else {
                    let Some(unit) = Unit::parse(second) else {
                        return Quick::Other;
                    };
                    unit
                };
                (unit, is(first, &["following", "next"]))
            };
            Some(("following", Parsed::Following { unit, forward }))
        }
        // "that night", "later that day", "the same week": the unit is the
        // last word.
        "that_unit" => {
            let Some(unit) = words.by_ref().last() else {
                return Quick::Other;
            };
            // ("the same day in 2005", and "that date", are left to the
            // groups.)
            if unit.starts_with(|c: char| c.is_ascii_digit()) || unit.eq_ignore_ascii_case("date") {
                return Quick::Other;
            }
            // "that week-long protest" is no reference to a week.
            match text.get(span.end..) {
                Some(rest) if !rest.starts_with('-') => Some((
                    "that_unit",
                    Parsed::ThatUnit {
                        unit: if unit.eq_ignore_ascii_case("week") {
                            Unit::Week
                        } else if unit.eq_ignore_ascii_case("month") {
                            Unit::Month
                        } else if unit.eq_ignore_ascii_case("year") {
                            Unit::Year
                        } else {
                            Unit::Day
                        },
                        year: None,
                    },
                )),
                _ => None,
            }
        }
        // "May of last year", "June this year".
        "month_rel_year" => {
            let Some(month) = words.next().and_then(month_number) else {
                return Quick::Other;
            };
            words.next_if(|w| w.eq_ignore_ascii_case("of"));
            let (Some(which), Some(_year)) = (words.next(), words.next()) else {
                return Quick::Other;
            };
            let year_offset = with_ascii_lowercase(which, |w| match w {
                "last" => -1,
                "next" => 1,
                _ => 0,
            });
            Some((
                "month_relative_year",
                Parsed::MonthRelYear {
                    month,
                    year_offset,
                    day: None,
                    part: false,
                },
            ))
        }
        // "last summer", "spring 2021", "winter of 1999".
        "season" => {
            let modifier_word =
                words.next_if(|w| is(w, &["last", "this", "next", "past", "early", "late"]));
            let Some(season_word) = words.next() else {
                return Quick::Other;
            };
            let season = season_named(season_word);
            words.next_if(|w| w.eq_ignore_ascii_case("of"));
            let year = match words.next() {
                None => None,
                Some(w) if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) => {
                    let Ok(year) = w.parse() else {
                        return Quick::Other;
                    };
                    Some(year)
                }
                Some(_) => return Quick::Other,
            };
            let modifier = modifier_word.and_then(Modifier::parse);
            // A bare season ("the summer", "fall") names no particular one.
            if year.is_none()
                && !matches!(
                    modifier,
                    Some(Modifier::Last | Modifier::This | Modifier::Next | Modifier::Past)
                )
                && !(matches!(modifier, None | Some(Modifier::Early | Modifier::Late))
                    && bare_season_told(text, span))
            {
                None
            } else {
                Some((
                    "season",
                    Parsed::Season {
                        season,
                        year,
                        modifier,
                    },
                ))
            }
        }
        // "the 20th century", "the twentieth century" (a hyphenated
        // ordinal is two words: left to the groups).
        "century" => {
            let (Some(first), Some(_century), None) = (words.next(), words.next(), words.peek())
            else {
                return Quick::Other;
            };
            let number = if first.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
                let digits = first.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                digits.parse().ok()
            } else {
                ordinal_value(first)
            };
            let Some(number) = number else {
                return Quick::Other;
            };
            Some(("century", Parsed::Century { number }))
        }
        // "since then": its two words.
        "since_then" => {
            words.nth(1);
            Some(("since_then", Parsed::SinceThen))
        }
        "rel_unit" => {
            let edge = if words.next_if(|w| is(w, &["so"])).is_some() {
                // "so far this year".
                if words.next_if(|w| is(w, &["far"])).is_none() {
                    return Quick::Other;
                }
                Some(Modifier::Early)
            } else {
                words
                    .next_if(|w| is(w, &["earlier", "later"]))
                    .and_then(Modifier::parse)
            };
            let the = words.next_if(|w| is(w, &["the"])).is_some();
            let modifier = words
                .next_if(|w| {
                    is(
                        w,
                        &[
                            "this",
                            "last",
                            "next",
                            "past",
                            "coming",
                            "current",
                            "following",
                        ],
                    )
                })
                .and_then(rel_unit_modifier);
            let count = words
                .next_if(|w| plural_unit(w).is_none())
                .map(number_value);
            let (Some(modifier), Some((unit, plural))) =
                (modifier, words.next().and_then(plural_unit))
            else {
                return Quick::Other;
            };
            match count {
                Some(None) => return Quick::Other,
                // "the coming weeks", "the past months": no count, no date.
                None if plural => None,
                // "would last one year": a count without "the" is a length
                // ("the last two years" is a period).
                Some(_) if !the => None,
                _ if part_of_a_year(text, span) => None,
                _ if !counted_days_alone(text, span, unit, count.is_some() && plural) => None,
                count => Some((
                    "relative_unit",
                    Parsed::RelUnit {
                        modifier,
                        edge,
                        the,
                        count: count.flatten(),
                        unit,
                    },
                )),
            }
        }
        _ => return Quick::Other,
    };
    // Every word read: nothing left over.
    if words.next().is_some() {
        return Quick::Other;
    }
    Quick::Read(read)
}

/// A unit word, maybe plural ("years"): the unit and whether plural.
/// Parts of a day after a weekday ("Friday night") or a "next" ("the next
/// morning").
const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

/// A unit word with its count: a fortnight is two weeks.
fn unit_count(word: &str, count: i64) -> Option<(Unit, i64)> {
    if word.eq_ignore_ascii_case("fortnight") {
        return Some((Unit::Week, count.checked_mul(2)?));
    }
    if word.eq_ignore_ascii_case("century") {
        return Some((Unit::Year, count.checked_mul(100)?));
    }
    // "48 hours later": whole days only.
    if word.eq_ignore_ascii_case("hour") || word.eq_ignore_ascii_case("hours") {
        return (count % 24 == 0 && count > 0).then_some((Unit::Day, count / 24));
    }
    Some((Unit::parse(word)?, count))
}

/// The units counted by the groups of an "ago" or "later" rule (prefix
/// `p`): "two years" (the count `<p>_n`, the unit `<p>_u`, plural or not),
/// "half a century" (`<p>_half`), "a quarter of a century" (`<p>_qu`), "a
/// year and a half" (`<p>_ah`). A fraction is counted in the finer unit
/// ("a year and a half": 18 months, "half a decade": 5 years); a quarter
/// of a unit with no whole number of finer ones is `None`.
fn counted_units<'h>(caps: &impl Named<'h>, p: &str) -> Option<(Unit, i64)> {
    let group = |suffix: &str| caps.text(&[p, suffix].concat());
    let word = group("_u")?;
    let word = if word.eq_ignore_ascii_case("centuries") {
        "century"
    } else if plural_unit(word).is_some_and(|(_, plural)| plural)
        || word.eq_ignore_ascii_case("fortnights")
    {
        word.get(..word.len() - 1)?
    } else {
        word
    };
    let fraction = group("_half").is_some() || group("_qu").is_some();
    let n = if fraction {
        1
    } else {
        number_value(group("_n")?)?
    };
    if !fraction && group("_ah").is_none() && group("_ahb").is_none() {
        return unit_count(word, n);
    }
    // The count in quarters of the unit named.
    let quarters = match (group("_half"), group("_qu")) {
        (Some(_), _) => 2,
        (_, Some(_)) => 1,
        _ => n.checked_mul(4)?.checked_add(2)?,
    };
    // The finer unit, and how many of it make the unit named.
    let (finer, whole) = match word.to_ascii_lowercase().as_str() {
        "century" => (Unit::Year, 100),
        "decade" => (Unit::Year, 10),
        "year" => (Unit::Month, 12),
        "month" => (Unit::Day, 30),
        "fortnight" => (Unit::Day, 14),
        "week" => (Unit::Day, 7),
        _ => return None,
    };
    let finer_count = quarters.checked_mul(whole)?;
    (finer_count % 4 == 0).then_some((finer, finer_count / 4))
}

fn plural_unit(word: &str) -> Option<(Unit, bool)> {
    if let Some(unit) = Unit::parse(word) {
        return Some((unit, false));
    }
    let single = word.strip_suffix(['s', 'S'])?;
    Some((Unit::parse(single)?, true))
}

pub(crate) const MONTHS_FULL: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn relative_day(word: &str) -> (&'static str, Parsed) {
    let (offset, word) = with_ascii_lowercase(word, |lower| match lower {
        "yesterday" => (-1, "yesterday"),
        "tomorrow" => (1, "tomorrow"),
        "tonight" => (0, "tonight"),
        _ => (0, "today"),
    });
    ("relative_day", Parsed::RelDay { offset, word })
}

fn weekday_candidate(
    text: &str,
    span: &Range<usize>,
    weekday: Weekday,
    modifier: Option<Modifier>,
) -> Option<(&'static str, Parsed)> {
    // "every Friday", "each Monday": a habit, not a day; "the Sunday
    // Times", "the Monday Club": a name; "It was a Friday in August
    // 2020", "one Sunday morning": some day, not a known one (but "set a
    // Sunday deadline" is the coming Sunday's).
    let mut buf = [0u8; 40];
    if modifier.is_none()
        && word_before_in(text, span.start, &mut buf).is_some_and(|w| match &*w {
            // ("as if it was any other Friday"; "where weekly Monday
            // protests had been growing".)
            "every" | "each" | "any" | "other" | "weekly" | "regular" | "usual" => true,
            "a" | "an" | "one" => {
                !word_after(text, span.end).is_some_and(|w| EVENT_AFTER_DAY.contains(&w))
            }
            "the" => starts_a_name(text, span.end),
            _ => false,
        })
    {
        return None;
    }
    if modifier.is_none() && names_a_day(text, span.start) {
        return None;
    }
    // "moved matches from Monday evenings to weekend afternoons": a habit;
    // so are "during Friday prayers" (not "after Friday prayers", told of
    // one Friday).
    if modifier.is_none()
        && word_after(text, span.end).is_some_and(|w| {
            ["mornings", "afternoons", "evenings", "nights"]
                .iter()
                .any(|p| p.eq_ignore_ascii_case(&w))
                || (w == "prayers"
                    && word_before_in(text, span.start, &mut [0; 40])
                        .is_some_and(|b| b == "during"))
        })
    {
        return None;
    }
    Some(("weekday", Parsed::Weekday { weekday, modifier }))
}

/// Nouns after "a Sunday" that make it a known day: the deadline, vote or
/// meeting set for it ("gave the junta a Sunday deadline"); after "the
/// Feb. 25", they name the event a date is set for.
pub(crate) const EVENT_AFTER_DAY: WordSet = WordSet::new(&[
    "ballot",
    "deadline",
    "election",
    "hearing",
    "meeting",
    "poll",
    "referendum",
    "runoff",
    "session",
    "summit",
    "ultimatum",
    "vote",
]);

/// Words that make a weekday after them the name of a day ("Black
/// Thursday", "Bloody Sunday", "Good Friday", "Super Tuesday").
const DAY_NAME_WORDS: &[&str] = &[
    "Ash", "Black", "Bloody", "Cyber", "Easter", "Good", "Holy", "Maundy", "Palm", "Super",
];

/// Whether a weekday at `start` is part of a named day
/// ([`DAY_NAME_WORDS`]).
fn names_a_day(text: &str, start: usize) -> bool {
    let Some(head) = text.get(..start).and_then(|h| h.strip_suffix(' ')) else {
        return false;
    };
    DAY_NAME_WORDS.iter().any(|w| {
        head.strip_suffix(w)
            .is_some_and(|before| !before.ends_with(|c: char| c.is_alphanumeric()))
    })
}

/// Whether a capitalised word that is not a month follows `end` after a
/// space ("the Sunday Times").
pub(crate) fn starts_a_name(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let word: &str = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.chars().next().is_some_and(char::is_uppercase) && month_number(word).is_none()
}

fn month_alone_candidate(
    text: &str,
    span: &Range<usize>,
    month: u32,
    modifier: Option<Modifier>,
) -> Option<(&'static str, Parsed)> {
    if modifier.is_none()
        && !month_alone_in_context(text, span.start)
        && !heads_an_entry(text, span)
        && !listed_with_dated_month(text, span.end)
        && !month_owns_an_event(text, span.end, month)
        && !joined_months(text, span)
    {
        return None;
    }
    // "That April, few mourned him", "in that April", "won a majority
    // that November."; not "said that March would be decisive".
    // Nor "warn that February and March often bring the worst fires":
    // after a verb of saying, "that" opens a clause whatever follows.
    if modifier == Some(Modifier::That)
        && !text
            .get(span.clone())
            .is_some_and(|t| t.starts_with("That"))
        && !month_alone_in_context(text, span.start)
        && (that_opens_a_clause(text, span)
            || (!word_after(text, span.end).is_none_or(|w| {
                w.chars()
                    .all(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')'))
                    || ["and", "when", "after", "before", "as", "but", "while"].contains(&&*w)
            }) && !that_month_names_a_time(text, span)))
    {
        return None;
    }
    Some(("month_alone", Parsed::MonthAlone { month, modifier }))
}

/// Whether the month at `span` opens its line and a dash or a colon
/// follows it: the date of a chronology's entry ("1987 ¶ November -
/// Kountche dies in a Paris hospital").
fn heads_an_entry(text: &str, span: &Range<usize>) -> bool {
    let after = text
        .get(span.end..)
        .unwrap_or("")
        .trim_start_matches([' ', '\t']);
    super::text::opens_its_line(text, span.start)
        && ["-", "–", "—", ":"].iter().any(|d| after.starts_with(d))
}

/// Whether the month name at `span` is joined to another by a dash alone
/// or "to", a span of months ("the lean season (June–August)",
/// "June-September", "January to June", "the April-to-September
/// mid-crop");
/// `compose` makes the two one range. (Not "May–June" after a name:
/// "Theresa May-June", as May is also one.)
fn joined_months(text: &str, span: &Range<usize>) -> bool {
    let is_month = |w: &str| MONTHS_FULL.contains(&w);
    let after = text.get(span.end..).unwrap_or("");
    // (Or by "to": "covering January to June".)
    let next = ["-to-", "–", "-", " to "]
        .iter()
        .find_map(|d| after.strip_prefix(d))
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_alphabetic()).next())
        .is_some_and(is_month);
    let before = text.get(..span.start).unwrap_or("");
    let prev = ["-to-", "–", "-"]
        .iter()
        .find_map(|d| before.strip_suffix(d))
        .and_then(|head| head.rsplit(|c: char| !c.is_ascii_alphabetic()).next())
        .is_some_and(|w| is_month(w) && w != "May");
    let first_is_may = text.get(span.clone()) == Some("May");
    (next && !first_is_may) || prev
}

/// Whether the month name ending at `end` owns an event named in the
/// three lowercase words after it: "April's presidential election",
/// "December's failed putsch" (not "June's mother", nor "May's
/// government": May is also a name).
pub(crate) fn month_owns_an_event(text: &str, end: usize, month: u32) -> bool {
    month != 5
        && text.get(end..).is_some_and(|rest| {
            ["'s ", "’s "].iter().any(|s| {
                rest.strip_prefix(s).is_some_and(|next| {
                    raw_words(next)
                        .take(3)
                        .take_while(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
                        .any(is_event_noun)
                })
            })
        })
}

/// Whether a decade written "60s" (no century, no apostrophe) that starts
/// at `start` is one: after "the" ("the 60s", "the late 80s") or after
/// another decade and "and", "or" or a comma ("the 1960s and 70s"); not
/// an age ("in his 60s", "the over-60s") nor a temperature.
fn bare_decade_in_context(text: &str, start: usize) -> bool {
    let Some(head) = text.get(..start) else {
        return false;
    };
    let Some(head) = head.strip_suffix(' ') else {
        return false;
    };
    if word_before(text, start).is_some_and(|w| w == "the") {
        // (Not a temperature: "highs in the 80s Fahrenheit".)
        let sentence = sentence_around(text, &(start..start));
        return !text.get(sentence).is_some_and(|s| {
            let s = s.to_ascii_lowercase();
            s.contains("temperature") || s.contains("fahrenheit") || s.contains("degrees")
        });
    }
    let linked = head
        .strip_suffix(" and")
        .or_else(|| head.strip_suffix(" or"))
        .or_else(|| head.strip_suffix(','));
    linked.is_some_and(|h| {
        let decade = h.rsplit(char::is_whitespace).next().unwrap_or("");
        let digits = decade
            .trim_end_matches('s')
            .trim_end_matches(['\'', '’'])
            .trim_start_matches(['\'', '’']);
        digits.len() >= 2 && digits.ends_with('0') && digits.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Words besides [`SAID_SET`] after which "that" opens a clause ("says
/// that March will be decisive", "the fear that May brings floods"), not
/// a time.
const THAT_CLAUSE_SET: WordSet = WordSet::new(&[
    "says",
    "say",
    "saying",
    "warn",
    "warns",
    "warning",
    "notes",
    "argues",
    "insists",
    "shows",
    "showed",
    "suggests",
    "predict",
    "predicts",
    "predicted",
    "tells",
    "announces",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "hope",
    "hoped",
    "hopes",
    "fear",
    "feared",
    "fears",
    "knew",
    "know",
    "knows",
    "suggested",
    "agreed",
    "decided",
    "expected",
    "expects",
    "fact",
    "news",
    "belief",
    "claim",
    "sign",
    "now",
    "so",
    "such",
    "given",
    "clear",
    "sure",
    "is",
    "was",
]);

/// [`super::patterns::SAID_WORDS`], which open a "that" clause too.
const SAID_SET: WordSet = WordSet::new(super::patterns::SAID_WORDS);

/// Whether the word before "that <month>" at `span` is a verb of saying
/// or knowing ("warn that February and March bring the worst fires",
/// "said that March and April were the wettest"): "that" opens a clause.
fn that_opens_a_clause(text: &str, span: &Range<usize>) -> bool {
    word_before(text, span.start).is_some_and(|before| {
        SAID_SET.contains(&before)
            || (THAT_CLAUSE_SET.contains(&before) && !matches!(&*before, "is" | "was" | "so"))
    })
}

/// Whether "that <month>" in the middle of a sentence names a time, as
/// in "Elections that November brought him to power": after a word that
/// opens no clause with "that" ([`THAT_CLAUSE_SET`]), and before no modal
/// ("said that March would be decisive").
fn that_month_names_a_time(text: &str, span: &Range<usize>) -> bool {
    let Some(before) = word_before(text, span.start) else {
        return false;
    };
    let opens_a_clause = THAT_CLAUSE_SET.contains(&before)
        || SAID_SET.contains(&before)
        || !before.chars().next().is_some_and(char::is_alphabetic);
    // (Or before a break: "a disputed election that October -- had
    // triggered protests".)
    !opens_a_clause
        && word_after(text, span.end).is_some_and(|w| {
            (w.chars().next().is_some_and(char::is_alphabetic)
                && ![
                    "would", "will", "could", "should", "might", "must", "may", "can", "is", "was",
                ]
                .contains(&&*w))
                || ["-", "—", "–", ")", ";", ","].contains(&&*w)
        })
}

fn year_candidate(text: &str, span: &Range<usize>, year: i32) -> Option<(&'static str, Parsed)> {
    if !(1000..=2199).contains(&year) {
        return None;
    }
    // "in fiscal 2016", "(Fiscal Year 2024)" (the year whatever follows).
    let head = text.get(..span.start).unwrap_or("");
    let fiscal = ["fiscal ", "fiscal year "].iter().any(|words| {
        let Some(cut) = head.len().checked_sub(words.len()) else {
            return false;
        };
        head.get(cut..)
            .is_some_and(|t| t.eq_ignore_ascii_case(words))
            && head
                .get(..cut)
                .and_then(|before| before.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric())
    });
    if fiscal {
        return Some(("fiscal_year", Parsed::Year { year }));
    }
    if !number_looks_like_year(text, span) {
        return None;
    }
    Some(("year", Parsed::Year { year }))
}

/// The first and last months of the third of a year `part` names: early
/// January to April, mid May to August, late September to December.
fn third_of_year(part: Modifier) -> (u32, u32) {
    match part {
        Modifier::Early => (1, 4),
        Modifier::Mid => (5, 8),
        _ => (9, 12),
    }
}

/// Words after which a bare month name is a date ("in March"), not a verb,
/// a name or a modal ("May").
const MONTH_PREPS: &[&str] = &[
    "in",
    "into",
    "beyond",
    "since",
    "until",
    "till",
    "by",
    "of",
    "from",
    "to",
    "between",
    "and",
    "or",
    "during",
    "before",
    "after",
    "through",
    "throughout",
    "early",
    "late",
    "mid",
    "mid-",
    "last",
    "next",
    "this",
    "that",
    "until",
    "on",
];

/// Whether "the day after" / "the day before" at `span` is told from an
/// event ("the day after the coup", "the day after soldiers announced
/// …"), not from the date before it. Told from that date, the phrase
/// stands alone: a break, a conjunction or a preposition follows it ("the
/// day after, the army backed the coup").
fn told_from_an_event(text: &str, span: &Range<usize>) -> bool {
    let after = text.get(span.end..).unwrap_or("");
    let next = after.trim_start_matches([' ', '\t']);
    match next.chars().next() {
        None => false,
        Some(c) if !c.is_alphanumeric() => false,
        // "the week before last": two weeks back, not read. (A
        // preposition after it opens no event: "had closed the day
        // before for a funeral".)
        Some(_) => word_after(text, span.end).is_none_or(|w| {
            ![
                "and", "or", "but", "for", "at", "in", "on", "with", "when", "as", "by", "while",
            ]
            .contains(&&*w)
        }),
    }
}

/// "the day before yesterday", "the day after tomorrow": two days from
/// the article date (`unit` the word before "before"/"after", `rel` the
/// word after it); any other such phrase is none.
fn day_beside(unit: &str, forward: bool, rel: &str) -> Option<(&'static str, Parsed)> {
    if !unit.eq_ignore_ascii_case("day") {
        // "the year before last", "the week after next": the period two
        // before or after the article date's.
        let unit = Unit::parse(unit).filter(|u| *u != Unit::Day)?;
        let beyond = if forward { "next" } else { "last" };
        return rel.eq_ignore_ascii_case(beyond).then_some((
            "relative_unit",
            Parsed::Ago {
                count: 2,
                unit,
                today: false,
                on: None,
                on_this: false,
                this: Some(unit),
                ahead: forward,
            },
        ));
    }
    let parsed = match (forward, rel.eq_ignore_ascii_case("tomorrow")) {
        (true, true) => Parsed::RelDay {
            offset: 2,
            word: "the day after tomorrow",
        },
        (false, false) => Parsed::RelDay {
            offset: -2,
            word: "the day before yesterday",
        },
        _ => return None,
    };
    Some(("relative_day", parsed))
}

/// Whether the text before `start` (up to 20 KB back) told of
/// epidemiological weeks ("epidemiological week 9"), so that a week named
/// by its number alone is one of them.
fn told_of_epi_weeks(text: &str, start: usize) -> bool {
    let from = text.floor_char_boundary(start.saturating_sub(20_000));
    text.get(from..start).is_some_and(|before| {
        memchr::memmem::find(before.as_bytes(), b"pidemiological week").is_some()
            || memchr::memmem::find(before.as_bytes(), b"pidemiological Week").is_some()
    })
}

/// Words before "the 30th" that make it a day.
const ORDINAL_DAY_PREPS: &[&str] = &[
    "on", "by", "until", "till", "from", "since", "before", "after", "to", "and",
];

/// Words after which "Christmas" is the day.
const HOLIDAY_PREPS: &[&str] = &[
    "on", "at", "over", "before", "after", "until", "till", "since", "by", "during", "for",
];

/// Whether words that await what follows end right before `start`:
/// "ahead of Christmas", "the run-up to Christmas"; or "to" closes a span
/// from a named day or a date ("from Thanksgiving to Christmas", "Nov. 29
/// to Christmas"; not "Flights to Christmas Island").
fn awaited_before(text: &str, start: usize) -> bool {
    let head = text
        .get(text.floor_char_boundary(start.saturating_sub(12))..start)
        .unwrap_or("");
    if let Some(from) = super::text::text_before(text, start, 40).strip_suffix(" to ")
        && from.rsplit(' ').next().is_some_and(|w| {
            w.ends_with(|c: char| c.is_ascii_digit())
                || ["Thanksgiving", "Easter", "Halloween", "Day", "Eve"].contains(&w)
        })
    {
        return true;
    }
    ["ahead of ", "run-up to ", "lead-up to ", "build-up to "]
        .iter()
        .any(|cue| {
            head.len() >= cue.len()
                && head
                    .get(head.len() - cue.len()..)
                    .is_some_and(|end| end.eq_ignore_ascii_case(cue))
        })
}

fn month_alone_in_context(text: &str, start: usize) -> bool {
    let mut buf = [0u8; 40];
    word_before_in(text, start, &mut buf).is_some_and(|w| MONTH_PREPS.contains(&&*w))
        // The next of a list of months: "raised it in May, July and
        // September".
        // (That month a date itself: not "Theresa May, June Smith".)
        || text
            .get(..start)
            .and_then(|head| head.strip_suffix(", "))
            .is_some_and(|head| {
                MONTHS_FULL.iter().any(|m| {
                    head.strip_suffix(m).is_some_and(|before| {
                        before.ends_with(' ') && month_alone_in_context(text, before.len())
                    })
                })
            })
        || month_names_an_event(text, start)
        || as_soon_as(text, start).is_some()
        || planned_for(text, start)
}

/// Words before "for" that make the month after it the date of a plan
/// ("the vote planned for February"; not "voted for May").
const PLANNED_FOR_SET: WordSet = WordSet::new(&[
    "planned",
    "scheduled",
    "set",
    "slated",
    "due",
    "fixed",
    "pencilled",
    "penciled",
    "earmarked",
    "rescheduled",
    "postponed",
    "delayed",
    "pushed",
    "moved",
    "called",
    "expected",
    "timed",
]);

/// Whether a plan word and "for" come right before `start` ("planned
/// for", "pencilled in for"), or a noun of figures and "for" ("figures
/// for September").
fn planned_for(text: &str, start: usize) -> bool {
    let mut buf = [0u8; 40];
    let Some((at, word)) = word_before_at_in(text, start, &mut buf) else {
        return false;
    };
    if word != "for" {
        return false;
    }
    let mut buf = [0u8; 40];
    match word_before_at_in(text, at, &mut buf) {
        Some((at, w)) if w == "in" => {
            let mut buf = [0u8; 40];
            word_before_in(text, at, &mut buf).is_some_and(|w| w == "pencilled" || w == "penciled")
        }
        // ("figures for September", "inflation data for October": the
        // month the figures are of.)
        Some((_, w)) => PLANNED_FOR_SET.contains(&w) || names_figures(&w),
        None => false,
    }
}

/// Where "as early as", "as late as" or "as soon as" starts, when it comes
/// right before `start` ("could come as early as May").
pub(crate) fn as_soon_as(text: &str, start: usize) -> Option<usize> {
    let head = text.get(..start)?.strip_suffix(" as ")?;
    ["early", "late", "soon", "recently"].iter().find_map(|w| {
        let cut = head.len().checked_sub(w.len())?;
        let (before, word) = (head.get(..cut)?, head.get(cut..)?);
        (word.eq_ignore_ascii_case(w) && (before.ends_with("as ") || before.ends_with("As ")))
            .then(|| cut - 3)
    })
}

/// How many periods from the one told before a word of a told season
/// names: "following" or "next" 1, "previous" or "preceding" -1, any
/// other ("same", "that") 0.
fn told_offset(word: &str) -> i8 {
    let is = |words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case(word));
    if is(&["following", "next"]) {
        1
    } else if is(&["previous", "preceding"]) {
        -1
    } else {
        0
    }
}

/// The season of its name ("fall" is autumn).
fn season_named(name: &str) -> Season {
    if name.eq_ignore_ascii_case("spring") {
        Season::Spring
    } else if name.eq_ignore_ascii_case("summer") {
        Season::Summer
    } else if name.eq_ignore_ascii_case("autumn") || name.eq_ignore_ascii_case("fall") {
        Season::Autumn
    } else {
        Season::Winter
    }
}

/// Whether the month name ending at `end` is listed before a month with
/// its year: "(January and September 2022)", "March or April 2024" (the
/// year is shared later, by `compose`).
fn listed_with_dated_month(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let Some(rest) = [" and ", " or ", " & "]
        .iter()
        .find_map(|j| rest.strip_prefix(j))
    else {
        return false;
    };
    let name_len = rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let (Some(name), Some(after)) = (rest.get(..name_len), rest.get(name_len..)) else {
        return false;
    };
    let is_month = MONTHS_FULL.contains(&name) || (name.len() <= 4 && month_number(name).is_some());
    let year = after
        .strip_prefix('.')
        .unwrap_or(after)
        .strip_prefix(' ')
        .unwrap_or("");
    is_month
        && year
            .get(..4)
            .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
        && !year.as_bytes().get(4).is_some_and(u8::is_ascii_digit)
}

/// Nouns of events a month name may qualify: "the July coup", "Niger's
/// March elections".
/// Words of a game: "scored twice in the third quarter" is a match's
/// quarter, not a year's.
const GAME_SET: WordSet = WordSet::new(&[
    "scored",
    "scoring",
    "goal",
    "goals",
    "game",
    "games",
    "match",
    "matches",
    "basket",
    "baskets",
    "touchdown",
    "touchdowns",
    "quarterback",
    "halftime",
    "trailed",
    "trailing",
]);

/// Whether the sentence around `span` tells of a game ([`GAME_SET`]).
fn tells_of_a_game(text: &str, span: &Range<usize>) -> bool {
    let sentence = sentence_around(text, span);
    text.get(sentence)
        .is_some_and(|s| raw_words(s).any(|w| GAME_SET.contains(w)))
}

const MONTH_EVENT_NOUN_SET: WordSet = WordSet::new(&[
    "coup",
    "coups",
    "putsch",
    "takeover",
    "mutiny",
    "uprising",
    "revolution",
    "election",
    "elections",
    "vote",
    "poll",
    "polls",
    "referendum",
    "summit",
    "meeting",
    "talks",
    "attack",
    "attacks",
    "raid",
    "ambush",
    "massacre",
    "killings",
    "bombing",
    "offensive",
    "invasion",
    "protests",
    "riots",
    "unrest",
    "crackdown",
    "deadline",
    "ultimatum",
    "sanctions",
    "agreement",
    "accord",
    "ceasefire",
    "deal",
    "decree",
    "ruling",
    "visit",
    "announcement",
    "decision",
    "withdrawal",
    "overthrow",
    "assassination",
    "crisis",
    "strike",
    "strikes",
    "flooding",
    "floods",
    "earthquake",
    "recess",
    "session",
    "hearing",
    "trial",
    "verdict",
    "runoff",
    "run-off",
    "ballot",
    "holidays",
    // Figures published for a month ("the August inflation figures") are
    // in [`FIGURES_SET`], which [`is_event_noun`] asks too.
    "figure",
    "clashes",
    "fighting",
    "rally",
    "rallies",
    "demonstrations",
    "marathon",
    "race",
    "tournament",
    "festival",
    "budget",
    "reshuffle",
    "conference",
    "congress",
    "census",
    "auction",
    // "the October cut", "the March hike" (of a rate).
    "cut",
    "hike",
]);

/// Whether the month name at `start` qualifies an event noun after an
/// article or a possessive: "the July coup", "Niger's March elections",
/// "in a March referendum".
fn month_names_an_event(text: &str, start: usize) -> bool {
    month_event_reference(text, start).is_some()
}

/// Whether the month name at `start` names an event told of before: it
/// qualifies an event noun after "the" or a possessive ("between late 2019
/// and the October vote", after "October 2020"), not after "a".
pub(crate) fn month_names_a_known_event(text: &str, start: usize) -> bool {
    month_event_reference(text, start) == Some(true)
}

/// For a month name at `start` that qualifies an event noun after an
/// article or a possessive, whether that is definite ("the", "Niger's"),
/// not "a" or "an"; `None` for any other month name.
fn month_event_reference(text: &str, start: usize) -> Option<bool> {
    let after = text
        .get(start..)
        .and_then(|t| t.find([' ', '\u{a0}']).map(|p| start + p))?;
    if !event_noun_after(text, after) {
        return None;
    }
    let before = word_before(text, start);
    // (Or a possessive determiner: "at its September meeting".)
    if matches!(
        before.as_deref(),
        Some("the" | "its" | "their" | "his" | "her" | "our")
    ) || text
        .get(..start)
        .is_some_and(|t| t.trim_end().ends_with("'s") || t.trim_end().ends_with("’s"))
    {
        Some(true)
    } else {
        // (Figures need no article: "is due to publish August inflation
        // data".)
        (matches!(before.as_deref(), Some("a" | "an"))
            || word_after(text, after).is_some_and(|w| FIGURES_SET.contains(&w)))
        .then_some(false)
    }
}

/// Whether an event noun ([`is_event_noun`]) comes right after `pos`, or
/// after one word of the kind of vote ("the March presidential vote").
pub(crate) fn event_noun_after(text: &str, pos: usize) -> bool {
    let Some(word) = word_after(text, pos) else {
        return false;
    };
    // (The noun after the kind: the word after the first space.)
    let noun_after_kind = || {
        text_after(text, pos, 48)
            .trim_start()
            .split_once(' ')
            .and_then(|(_, rest)| word_after(rest, 0))
            .is_some_and(|w| is_event_noun(&w))
    };
    is_event_noun(&word) || (VOTE_KINDS.contains(&&*word) && noun_after_kind())
}

/// Whether `w` names an event or figures a month name may qualify ("the
/// July coup", "the August inflation figures"): a word of
/// [`MONTH_EVENT_NOUN_SET`] or of [`FIGURES_SET`].
fn is_event_noun(w: &str) -> bool {
    MONTH_EVENT_NOUN_SET.contains(w) || FIGURES_SET.contains(w)
}

/// Kinds of vote between a month and its noun ("the March presidential
/// vote").
const VOTE_KINDS: [&str; 7] = [
    "presidential",
    "legislative",
    "parliamentary",
    "general",
    "local",
    "municipal",
    "regional",
];

/// Whether a noun of [`FIGURES_SET`] comes right after `end`, the end of a
/// month name ("August inflation data").
pub(crate) fn qualifies_figures(text: &str, end: usize) -> bool {
    word_after(text, end).is_some_and(|w| FIGURES_SET.contains(&w))
}

/// Whether `w` names figures published for a period, before "for"
/// ("figures for September", "results for the quarter").
pub(crate) fn names_figures(w: &str) -> bool {
    FIGURES_SET.contains(w) || w == "results"
}

/// Nouns of figures published for a month, which a month name may
/// qualify without an article ("August inflation data").
const FIGURES_SET: WordSet = WordSet::new(&[
    "inflation",
    "figures",
    "data",
    "numbers",
    "statistics",
    "cpi",
    "gdp",
    // "the July employment report", "the June reading", "May retail sales".
    "employment",
    "unemployment",
    "jobs",
    "payrolls",
    "reading",
    "report",
    "retail",
    "sales",
    // "The July deficit alone was the worst", "the June trade surplus".
    "deficit",
    "surplus",
    "shortfall",
    "output",
    "exports",
    "imports",
]);

// The word lists of [`number_looks_like_year`], looked up by length and
// first letter. The words asked about are lowercased and the lists are
// lowercase, so a set holds a word exactly when its list does (a test
// checks the lists).
const IDENTIFIER_SET: WordSet = WordSet::new(IDENTIFIER_WORDS);
const COUNT_NOUN_SET: WordSet = WordSet::new(COUNT_NOUNS);
const QUANTITY_SET: WordSet = WordSet::new(QUANTITY_WORDS);
const YEAR_PREP_SET: WordSet = WordSet::new(YEAR_PREPS);
pub(crate) const EVENT_NOUN_SET: WordSet = WordSet::new(EVENT_NOUNS);

/// Whether the season at `span` is told of as one near the article date:
/// "adopted in the spring", "over the summer", "heard before the summer",
/// "unlikely before spring" (a preposition, and "the" or not, before it;
/// no "of" after it: not "the fall of Kabul").
fn in_the_season(text: &str, span: &Range<usize>) -> bool {
    let season_prep = |prep: &str| {
        matches!(
            prep,
            "in" | "during"
                | "over"
                | "through"
                | "throughout"
                | "by"
                | "until"
                | "till"
                | "before"
                | "after"
                | "since"
        )
    };
    let mut buf = [0u8; 40];
    let Some((the_at, the)) = super::text::word_before_at_in(text, span.start, &mut buf) else {
        return false;
    };
    // ("fall" only after "the": "prices rose after fall in demand".)
    let fall = text
        .get(span.clone())
        .is_some_and(|w| w.eq_ignore_ascii_case("fall"));
    // ("scheduled for the summer", "planned for spring": a plan's time.)
    !text.get(span.end..).unwrap_or("").starts_with(" of ")
        && ((!fall && (season_prep(&the) || planned_for(text, span.start)))
            || (the == "the"
                && (word_before_in(text, the_at, &mut [0; 40]).is_some_and(|p| season_prep(&p))
                    || planned_for(text, the_at))))
}

/// Whether the bare season at `span` (no year, no "last") is a date: in
/// [`in_the_season`], or listed right after one that is ("through the
/// spring and summer").
fn bare_season_told(text: &str, span: &Range<usize>) -> bool {
    in_the_season(text, span) || listed_after_a_season(text, span)
}

/// Whether the bare season at `span` is listed after one read in the
/// year ("through the spring and summer").
fn listed_after_a_season(text: &str, span: &Range<usize>) -> bool {
    let mut buf = [0u8; 40];
    let Some((and_at, and)) = super::text::word_before_at_in(text, span.start, &mut buf) else {
        return false;
    };
    if and != "and" && and != "or" {
        return false;
    }
    let mut buf = [0u8; 40];
    super::text::word_before_at_in(text, and_at, &mut buf).is_some_and(|(at, season)| {
        matches!(&*season, "spring" | "summer" | "autumn" | "fall" | "winter")
            && in_the_season(text, &(at..at + season.len()))
    })
}

/// The modifier of a relative unit: as [`Modifier::parse`] reads it, and
/// "following" as "next" ("the following two months": counted on from the
/// date told of before, see `resolve`).
fn rel_unit_modifier(word: &str) -> Option<Modifier> {
    if word.eq_ignore_ascii_case("following") {
        Some(Modifier::Next)
    } else {
        Modifier::parse(word)
    }
}

/// Whether a relative unit at `span` of `unit` may be a date: any unit but
/// days, and days only counted ("the past ten days", "over the next three
/// days": "the next day" is the day after a date told of, "the last day"
/// no date) and not of something ("the last two days of the campaign").
fn counted_days_alone(text: &str, span: &Range<usize>, unit: Unit, counted: bool) -> bool {
    unit != Unit::Day
        || (counted
            && !text
                .get(span.end..)
                .is_some_and(|after| after.starts_with(" of ")))
}

/// Whether "of" and a year (or a month) follow `span`: "the last six
/// months of 2022", "the first weeks of this year", "the last week of
/// November" are part of that period, not counted back from the article
/// date.
fn part_of_a_year(text: &str, span: &Range<usize>) -> bool {
    let after = text.get(span.end..).unwrap_or("");
    let Some(rest) = after.strip_prefix(" of ") else {
        return false;
    };
    let mut words = rest.split([' ', ',', '.', ';']);
    // (Or of a month: "the last week of November".)
    words.next().is_some_and(|w| {
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            || MONTHS_FULL.contains(&w)
            || ["this", "last", "next", "that", "the"]
                .iter()
                .any(|m| m.eq_ignore_ascii_case(w))
                && words.next().is_some_and(|y| y.eq_ignore_ascii_case("year"))
    })
}

/// Whether the number at `span` reads as a year rather than a quantity:
/// "in 2000" and "the 2023 coup" are years; "2000 soldiers", "some 1500",
/// "1,960" and "$2000" are not.
fn number_looks_like_year(text: &str, span: &Range<usize>) -> bool {
    let bytes = text.as_bytes();
    let before = span
        .start
        .checked_sub(1)
        .and_then(|i| bytes.get(i))
        .copied();
    let before2 = span
        .start
        .checked_sub(2)
        .and_then(|i| bytes.get(i))
        .copied();
    let after = bytes.get(span.end).copied();
    let after2 = bytes.get(span.end + 1).copied();
    // Part of a bigger number: "1,960", "3.2000", "2000,000", "2000.5".
    if matches!(before, Some(b',' | b'.')) && before2.is_some_and(|b| b.is_ascii_digit()) {
        return false;
    }
    if matches!(after, Some(b',' | b'.')) && after2.is_some_and(|b| b.is_ascii_digit()) {
        return false;
    }
    // "mid-2025", "late-2023": a part of the year.
    if before == Some(b'-')
        && after != Some(b'-')
        && hyphen_modifier_before(text, span.start.saturating_sub(1))
    {
        return true;
    }
    if matches!(before, Some(b'$' | b'#' | b'+' | b'/' | b'-' | b'=')) || after == Some(b'%') {
        return false;
    }
    // "resolution 2719 (2023)": the year a UN resolution is numbered in.
    if before == Some(b'(') && names_a_resolution(text.get(..span.start - 1).unwrap_or("")) {
        return false;
    }
    // A compound adjective: "a 2000-strong force", "the 1500-member unit".
    if after == Some(b'-') && after2.is_some_and(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let mut buf = [0u8; 40];
    let prev = word_before_in(text, span.start, &mut buf);
    if prev.as_deref().is_some_and(|p| IDENTIFIER_SET.contains(p)) {
        return false;
    }
    // "at 1800": a time of day on the 24-hour clock.
    if prev.as_deref() == Some("at") && looks_like_hhmm(text.get(span.clone()).unwrap_or("")) {
        return false;
    }
    let next = word_after(text, span.end);
    let next_word = next.as_deref().unwrap_or("");
    // "by 1015 GMT", "until 2300 hrs": a time of day on the 24-hour clock.
    if matches!(
        next_word,
        "gmt" | "utc" | "hrs" | "hours" | "local" | "bst" | "cet" | "wat" | "edt" | "est"
    ) && looks_like_hhmm(text.get(span.clone()).unwrap_or(""))
    {
        return false;
    }
    // "the 2030 Agenda": a programme named by its target year. (Not after
    // an "In" opening the sentence: "In 1996 people danced too"; a count
    // there would be written "1,996".)
    if (COUNT_NOUN_SET.contains(next_word) && !after_opening_in(text, span.start))
        || next_word.eq_ignore_ascii_case("agenda")
    {
        return false;
    }
    let next_is_punct = next
        .as_deref()
        .is_none_or(|w| w.chars().all(|c| !c.is_alphanumeric()));
    if prev.as_deref().is_some_and(|p| QUANTITY_SET.contains(p)) {
        return next_is_punct;
    }
    // "1984 votes out of 2019 registered": a count.
    if prev.as_deref() == Some("of")
        && super::text::word_before_at_in(text, span.start, &mut [0; 40]).is_some_and(
            |(of_at, _)| word_before_in(text, of_at, &mut [0; 40]).is_some_and(|w| w == "out"),
        )
    {
        return false;
    }
    prev.as_deref().is_some_and(|p| YEAR_PREP_SET.contains(p))
        || next_is_punct
        // "making 2009 the driest year", "2020 was the hottest", "2016 saw
        // a surge": a count is followed by what it counts.
        || matches!(next_word, "the" | "a" | "an" | "was" | "is" | "saw")
        || EVENT_NOUN_SET.contains(next_word)
        || in_list_of_years(text, span, next_word)
        || possessive_then_singular(text, span.start, next_word)
        || qualifies_a_singular(text, span, prev.as_deref().unwrap_or(""), next_word)
}

/// Whether "In" opening a sentence (or the text) stands right before
/// `start`.
fn after_opening_in(text: &str, start: usize) -> bool {
    text.get(..start)
        .and_then(|head| head.strip_suffix("In "))
        .is_some_and(|head| {
            head.trim_end_matches([' ', '"', '\u{201c}'])
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n'))
        })
}

/// Whether the number at `span` stands as a year qualifying a noun of
/// [`EVENT_NOUNS`] after a word that is not a plural: "a 2019 bilateral
/// agreement", "the 2015 national census" (not "a 2000 strong force",
/// "the 2000 regional troops").
fn qualifies_a_singular(text: &str, span: &Range<usize>, prev: &str, next_word: &str) -> bool {
    let singular = next_word.len() > 2
        && !next_word.ends_with(['s', 'S'])
        && next_word.bytes().all(|b| b.is_ascii_alphabetic());
    if !singular {
        return false;
    }
    // (The word after the year is ASCII, as long as written.)
    let rest = text.get(span.end..).unwrap_or("");
    let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    matches!(prev, "a" | "an" | "the")
        && word_after(text, span.end + spaces + next_word.len())
            .is_some_and(|w| EVENT_NOUN_SET.contains(&w))
}

/// Whether the number at `start` follows a possessive and comes before a
/// word that is not a plural, as a year qualifying a noun does: "ECOWAS's
/// 2001 protocol", "the OAU's 2000 Lomé declaration" (not "the region's
/// 2000 villages").
fn possessive_then_singular(text: &str, start: usize, next_word: &str) -> bool {
    let head = text.get(..start).unwrap_or("");
    // (Or a plural's: "the United Nations' 2026 humanitarian appeal".)
    (head.ends_with("'s ")
        || head.ends_with("’s ")
        || head.ends_with("s' ")
        || head.ends_with("s’ "))
        && next_word.len() > 2
        && !next_word.ends_with(['s', 'S'])
        && next_word.chars().all(char::is_alphabetic)
}

/// Whether `head` ends with a resolution's number: "resolution 2719 ".
fn names_a_resolution(head: &str) -> bool {
    let number = head.trim_end();
    let words = number.trim_end_matches(|c: char| c.is_ascii_digit());
    let word = words.trim_end();
    words.len() < number.len()
        && word.len() < words.len()
        && word
            .get(word.len().saturating_sub(10)..)
            .is_some_and(|w| w.eq_ignore_ascii_case("resolution"))
}

/// Whether the hyphen at `hyphen` ends "early", "mid" or "late" (a whole
/// word): "mid-2025".
fn hyphen_modifier_before(text: &str, hyphen: usize) -> bool {
    hyphen_modifier_start(text, hyphen).is_some()
}

/// Where the "early", "mid" or "late" (a whole word) that the hyphen at
/// `hyphen` ends starts: "mid-2025".
pub(crate) fn hyphen_modifier_start(text: &str, hyphen: usize) -> Option<usize> {
    let before = text.get(..hyphen).unwrap_or("");
    ["early", "mid", "late", "end"].iter().find_map(|m| {
        let start = before.len().checked_sub(m.len())?;
        let whole_word = before
            .get(..start)
            .and_then(|rest| rest.chars().next_back())
            .is_none_or(|c| !c.is_alphanumeric());
        (before.get(start..)?.eq_ignore_ascii_case(m) && whole_word).then_some(start)
    })
}

/// "1974, 1996, 1999 and 2010": a number followed by "and"/"or" and
/// another year is one of a list (the others are read by the comma after
/// them, or by the "and" before).
fn in_list_of_years(text: &str, span: &Range<usize>, next_word: &str) -> bool {
    let four_digits = |w: &str| {
        w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && w.parse::<i32>().is_ok_and(|y| (1000..=2199).contains(&y))
    };
    matches!(next_word, "and" | "or")
        && text
            .get(span.end..)
            .map(str::trim_start)
            .and_then(|rest| rest.get(next_word.len()..))
            .map(str::trim_start)
            .and_then(|rest| rest.get(..4))
            .is_some_and(four_digits)
}

/// Whether four digits read as a 24-hour time ("1800", "0630").
fn looks_like_hhmm(digits: &str) -> bool {
    let (Some(hh), Some(mm)) = (digits.get(..2), digits.get(2..)) else {
        return false;
    };
    digits.len() == 4
        && hh.parse::<u32>().is_ok_and(|h| h <= 23)
        && mm.parse::<u32>().is_ok_and(|m| m <= 59)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str) -> Vec<(&'static str, String)> {
        scan(text, 0..text.len())
            .into_iter()
            .map(|c| (c.rule, text[c.span].to_owned()))
            .collect()
    }

    #[test]
    fn finds_the_main_forms() {
        assert_eq!(
            rules(
                "Soldiers acted on July 26, 2023 and on 26 July 2023, in March 2023 and in 1960."
            ),
            vec![
                ("month_day_year", "July 26, 2023".to_owned()),
                ("day_month_year", "26 July 2023".to_owned()),
                ("month_year", "March 2023".to_owned()),
                ("year", "1960".to_owned()),
            ]
        );
        assert_eq!(
            rules("It happened on Wednesday, two years ago, in March."),
            vec![
                ("weekday", "Wednesday".to_owned()),
                ("ago", "two years ago".to_owned()),
                ("month_alone", "March".to_owned()),
            ]
        );
    }

    #[test]
    fn a_match_too_long_for_the_backtracker_is_still_read() {
        // Spaces between the words make a match longer than the bounded
        // backtracker takes: read by the combined pattern instead.
        let text = format!("On July{}26, 2023 and in March 2021.", " ".repeat(200_000));
        let found = scan(&text, 0..text.len());
        assert_eq!(found, scan_with_combined_captures(&text, 0..text.len()));
        let rules: Vec<&str> = found.iter().map(|c| c.rule).collect();
        assert_eq!(rules, ["month_day_year", "month_year"]);
    }

    #[test]
    fn dates_read_from_their_words_agree_with_the_groups() {
        for text in [
            "Friday, the 26th of July 2023; Monday 3 Sept. 2022 and Sept.\u{a0}4",
            "midMarch 2021, mid-March 2021, Early  - May, 2020, LATE June of 1999",
            "Tuesday, July 4,2023 and July 4th 2023, 1st of May, Sunday 12 Dec",
            "Wednesday the 5 of Jan. 2021 and Jan 5, and 5\tJanuary, Thursday, Feb 29",
            "2023-07-26, 1999-12-31 and 2021-02-30; 26/07/2023, 7/4/23, 31/12/0099 and 1/2/2024",
            "Timeline\n2021:\n  \t1999  \nIn 2020: a coup\n2019\r\n 2018 : talks on May 4",
            "Two days later, a Year earlier, 3 weeks later, a fortnight later; since then, Since  then",
            "the following week, The Next Morning, the day after, the previous year; that night, later that day, the same week-long, Earlier that Month",
            "May of last year, June this Year, last summer, Spring 2021, winter of 1999, the fall, early autumn, late Winter 2020",
            "the 20th century, the twentieth Century, the twenty-first century, 21st century, 3rd century",
        ] {
            let fast = scan(text, 0..text.len());
            assert_eq!(fast, scan_with_combined_captures(text, 0..text.len()));
            assert!(fast.len() >= 3, "{fast:?}");
        }
    }

    #[test]
    fn relative_forms_read_from_their_words_agree_with_the_groups() {
        for text in [
            "Last Friday morning, every Monday, this Sunday night, COMING Tuesday",
            "in early March, lateMay, mid-June, Later July, since earlier April",
            "last night, This Evening, two years ago today, 3 Weeks ago, an hour ago",
            "earlier the past two weeks, the coming weeks, this weekend, last 5 years, the last 5 years",
            "the last a week, later this month, next decades, past Year",
        ] {
            let fast = scan(text, 0..text.len());
            assert_eq!(fast, scan_with_combined_captures(text, 0..text.len()));
            assert!(fast.len() >= 3, "{fast:?}");
        }
    }

    proptest::proptest! {
        /// The sets of [`number_looks_like_year`] hold a lowercased word
        /// exactly when their lists do.
        #[test]
        fn year_word_sets_agree_with_their_lists(
            word in "(in|IN|since|soldiers|Soldiers|people|\\$|€|£|no\\.|coup|war|\\PC{0,12})"
        ) {
            let mut buf = [0u8; 40];
            let text = format!("{word} 1960");
            let lower = word_before_in(&text, word.len() + 1, &mut buf).unwrap_or_default();
            for (set, list) in [
                (&IDENTIFIER_SET, IDENTIFIER_WORDS),
                (&COUNT_NOUN_SET, COUNT_NOUNS),
                (&QUANTITY_SET, QUANTITY_WORDS),
                (&YEAR_PREP_SET, YEAR_PREPS),
                (&EVENT_NOUN_SET, EVENT_NOUNS),
            ] {
                proptest::prop_assert_eq!(set.contains(&lower), list.contains(&&*lower), "{:?}", lower);
                for entry in list {
                    proptest::prop_assert!(set.contains(entry));
                    proptest::prop_assert!(!entry.bytes().any(|b| b.is_ascii_uppercase()));
                }
            }
        }
    }

    #[test]
    fn quantities_are_not_years() {
        assert!(rules("Around 1,100 U.S. troops and 2000 soldiers, some 1500 of them.").is_empty());
        assert!(rules("It cost $2000 or 1960% more; call 555-1960 now").is_empty());
        assert!(rules("They may march. March on!").is_empty());
    }

    #[test]
    fn years_in_context_are_years() {
        let found = rules("the 2023 coup; in 2000, soldiers; (1974). Since 2020 it is.");
        let texts: Vec<&str> = found.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, vec!["2023", "2000", "1974", "2020"]);
    }
}
