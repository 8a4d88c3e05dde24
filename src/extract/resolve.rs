//! Phase 2 of the tagger: anchor each candidate. Absolute dates stand on
//! their own; relative ones are resolved against the article date (the
//! document creation time) or, for "two days later" and year-less dates in
//! a chronology, against the text's own context. Every result says how.

use std::fmt::Write as _;
use std::ops::Range;

use chrono::{Datelike, Months, NaiveDate, Weekday};

use super::parse::{Candidate, Modifier, Parsed, Unit};
use super::patterns::FUTURE_CUES;
use super::text::{paragraph_start, sentence_around, text_before, word_before, words};
use crate::model::date::{EventDate, Precision, Season, add_days};

/// A resolved mention, before passage, label and places are attached.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub span: Range<usize>,
    pub date: EventDate,
    pub rule: &'static str,
    pub anchor: Option<NaiveDate>,
    pub explanation: String,
    pub confidence: f32,
    /// The expression states its own year (so it can set context).
    pub explicit_year: bool,
    /// The year was taken from context or the anchor and may be replaced
    /// by an interval partner's explicit year ("from March to June 2023").
    pub year_inferred: bool,
}

/// Running context while walking an article's candidates in text order.
#[derive(Debug, Default)]
pub struct Context {
    /// Year of the latest chronology heading ("2023:").
    heading_year: Option<i32>,
    /// The latest mention with an explicit year: (its start, its year).
    last_explicit: Option<(usize, i32)>,
    /// The latest resolved date and where it ended, for "two days later".
    last_date: Option<(usize, EventDate)>,
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn iso_weekday(d: NaiveDate) -> String {
    d.format("%a %Y-%m-%d").to_string()
}

/// Whether the few words before `start` in its sentence point to the future.
fn future_context(text: &str, start: usize) -> bool {
    let before = text_before(text, start, 60);
    let cut = before
        .rfind(['.', '!', '?', '\n', ';'])
        .map_or(0, |p| p + 1);
    let tail = before.get(cut..).unwrap_or("");
    let recent: Vec<String> = words(tail).collect();
    recent
        .iter()
        .rev()
        .take(6)
        .any(|w| FUTURE_CUES.contains(&w.as_str()) || w.ends_with("'ll"))
}

impl Context {
    /// Resolves one candidate; `None` when it cannot be placed (no anchor
    /// for a relative expression, or an impossible date such as 31 June).
    #[allow(clippy::too_many_lines)] // one arm per form reads best as a table
    pub fn resolve(
        &mut self,
        text: &str,
        c: &Candidate,
        dct: Option<NaiveDate>,
    ) -> Option<Mention> {
        let expr = text.get(c.span.clone()).unwrap_or("");
        let mut m = Mention {
            span: c.span.clone(),
            date: EventDate::day(NaiveDate::MIN),
            rule: c.rule,
            anchor: None,
            explanation: String::new(),
            confidence: 0.9,
            explicit_year: false,
            year_inferred: false,
        };
        let dct_note = |d: NaiveDate| format!("the article date, {}", iso_weekday(d));
        match c.parsed {
            Parsed::Heading { year } => {
                self.heading_year = Some(year);
                self.last_explicit = Some((c.span.start, year));
                return None;
            }
            Parsed::FullDate {
                year,
                month,
                day,
                weekday,
            } => {
                let date = NaiveDate::from_ymd_opt(year, month, day)?;
                m.date = EventDate::day(date);
                m.explicit_year = true;
                m.confidence = 0.97;
                m.explanation = format!("{expr} → {}: an explicit calendar date", m.date.value);
                if let Some(wd) = weekday
                    && wd != date.weekday()
                {
                    m.confidence = 0.6;
                    let _ = write!(
                        m.explanation,
                        " (but {} was a {}, not a {wd:?})",
                        iso(date),
                        date.format("%A")
                    );
                }
            }
            Parsed::DayRange {
                year,
                month,
                first,
                last,
            } => {
                let a = NaiveDate::from_ymd_opt(year, month, first)?;
                let b = NaiveDate::from_ymd_opt(year, month, last)?;
                m.date = EventDate::day_range(a, b, Precision::Interval)?;
                m.explicit_year = true;
                m.confidence = 0.95;
                m.explanation = format!("{expr} → {}: an explicit range of days", m.date.value);
            }
            Parsed::Slash {
                first,
                second,
                year,
            } => {
                let (day, month, note, confidence) = if first > 12 {
                    (
                        first,
                        second,
                        "day/month order (the first number is above 12)",
                        0.9,
                    )
                } else if second > 12 {
                    (
                        second,
                        first,
                        "month/day order (the second number is above 12)",
                        0.9,
                    )
                } else if first == second {
                    (first, second, "day and month are the same", 0.95)
                } else {
                    (
                        first,
                        second,
                        "AMBIGUOUS: read as day/month (international order); month/day would give a different date",
                        0.5,
                    )
                };
                let date = NaiveDate::from_ymd_opt(year, month, day)?;
                m.date = EventDate::day(date);
                if confidence < 0.6 {
                    m.date = m.date.uncertain();
                }
                m.explicit_year = true;
                m.confidence = confidence;
                m.explanation = format!("{expr} → {}: {note}", m.date.value);
            }
            Parsed::MonthYear {
                year,
                month,
                modifier,
            } => {
                m.date = EventDate::month(year, month)?;
                m.explicit_year = true;
                m.confidence = 0.95;
                m.explanation = format!("{expr} → {}: an explicit month", m.date.value);
                if modifier.is_some() {
                    m.explanation
                        .push_str(" (part of the month: shown as the whole month)");
                }
            }
            Parsed::MonthDay {
                month,
                day,
                weekday,
            } => {
                let (year, how) = self.year_for_month_day(text, c.span.start, month, day, dct)?;
                let date = NaiveDate::from_ymd_opt(year, month, day)?;
                m.date = EventDate::day(date);
                m.year_inferred = true;
                m.confidence = 0.85;
                m.anchor = how.1;
                m.explanation = format!("{expr} → {}: {}", m.date.value, how.0);
                if let Some(wd) = weekday
                    && wd != date.weekday()
                {
                    m.confidence = 0.5;
                    let _ = write!(m.explanation, " (but that day was a {})", date.format("%A"));
                }
            }
            Parsed::Season {
                season,
                year,
                modifier,
            } => {
                if let Some(year) = year {
                    m.date = EventDate::season(year, season)?;
                    m.explicit_year = true;
                    m.explanation = format!("{expr} → {}: an explicit season", m.date.value);
                } else {
                    let dct = dct?;
                    let base = dct.year();
                    let pick = |y: i32| EventDate::season(y, season);
                    let candidates = [pick(base - 2), pick(base - 1), pick(base), pick(base + 1)];
                    let date = match modifier {
                        Some(Modifier::Next) => {
                            candidates.into_iter().flatten().find(|s| s.earliest > dct)
                        }
                        Some(Modifier::This) => candidates
                            .into_iter()
                            .flatten()
                            .find(|s| s.earliest <= dct && dct <= s.latest)
                            .or_else(|| {
                                pick(if season == Season::Winter && dct.month() <= 2 {
                                    base - 1
                                } else {
                                    base
                                })
                            }),
                        _ => candidates
                            .into_iter()
                            .flatten()
                            .rev()
                            .find(|s| s.latest < dct),
                    }?;
                    m.explanation = format!(
                        "{expr} → {}: the {} season relative to {}",
                        date.value,
                        match modifier {
                            Some(Modifier::Next) => "next such",
                            Some(Modifier::This) => "current",
                            _ => "most recent completed",
                        },
                        dct_note(dct)
                    );
                    m.anchor = Some(dct);
                    m.date = date;
                    m.confidence = 0.8;
                }
            }
            Parsed::Decade {
                decade_digit,
                century,
                modifier,
            } => {
                let start = if let Some(c) = century {
                    c * 100 + decade_digit * 10
                } else {
                    // "the '90s": the most recent such decade not after the article.
                    let recent = 2000 + decade_digit * 10;
                    if recent <= dct.map_or(2100, |d| d.year()) {
                        recent
                    } else {
                        1900 + decade_digit * 10
                    }
                };
                m.date = EventDate::decade(start)?;
                m.explicit_year = century.is_some();
                m.confidence = if century.is_some() { 0.9 } else { 0.75 };
                m.explanation = format!(
                    "{expr} → {}: the decade {start}–{}",
                    m.date.value,
                    start + 9
                );
                if let Some(part) = modifier {
                    let part = match part {
                        Modifier::Early => "early",
                        Modifier::Mid => "mid",
                        _ => "late",
                    };
                    let _ = write!(m.explanation, " ({part} part; shown as the whole decade)");
                }
            }
            Parsed::Century { number } => {
                m.date = EventDate::century(number - 1)?;
                m.confidence = 0.9;
                m.explanation = format!(
                    "{expr} → {}: the years {}–{} (conventional hundred)",
                    m.date.value,
                    (number - 1) * 100,
                    (number - 1) * 100 + 99
                );
            }
            Parsed::YearRange { first, last } => {
                m.date = EventDate::between(
                    &EventDate::year(first)?,
                    &EventDate::year(last)?,
                    Precision::Interval,
                )?;
                m.explicit_year = true;
                m.confidence = 0.9;
                m.explanation = format!("{expr} → {}: the years {first} to {last}", m.date.value);
            }
            Parsed::Ago { count, unit } => {
                let dct = dct?;
                m.anchor = Some(dct);
                m.date = shift(dct, unit, -count)?;
                if unit != Unit::Day {
                    m.date = m.date.approximate();
                }
                m.confidence = 0.8;
                m.explanation = format!(
                    "{expr} → {}: {count} {}{} before {}{}",
                    m.date.value,
                    unit.name(),
                    if count == 1 { "" } else { "s" },
                    dct_note(dct),
                    if unit == Unit::Day {
                        ""
                    } else {
                        " (approximate)"
                    }
                );
            }
            Parsed::Later {
                count,
                unit,
                forward,
            } => {
                let (at, base) = self.last_date.clone()?;
                if c.span.start.saturating_sub(at) > 1200 {
                    return None;
                }
                let signed = if forward { count } else { -count };
                let anchor = base.earliest;
                m.date = shift(anchor, unit, signed)?;
                if base.precision != Precision::Day && unit == Unit::Day {
                    m.date = m.date.approximate();
                }
                m.anchor = Some(anchor);
                m.confidence = 0.75;
                m.explanation = format!(
                    "{expr} → {}: {count} {}{} {} the previously mentioned date {}",
                    m.date.value,
                    unit.name(),
                    if count == 1 { "" } else { "s" },
                    if forward { "after" } else { "before" },
                    base.value
                );
            }
            Parsed::Following { unit, forward } => {
                let recent = self
                    .last_date
                    .clone()
                    .filter(|(at, _)| c.span.start.saturating_sub(*at) <= 1200);
                let (anchor, what) = match (recent, dct) {
                    (Some((_, d)), _) => (
                        d.earliest,
                        format!("the previously mentioned date {}", d.value),
                    ),
                    (None, Some(d)) => (d, dct_note(d)),
                    (None, None) => return None,
                };
                m.date = shift(anchor, unit, if forward { 1 } else { -1 })?;
                m.anchor = Some(anchor);
                m.confidence = 0.75;
                m.explanation = format!(
                    "{expr} → {}: the {} {} {} {what}",
                    m.date.value,
                    unit.name(),
                    if forward { "after" } else { "before" },
                    if unit == Unit::Day { "" } else { "that of" }
                )
                .replace("  ", " ");
            }
            Parsed::RelUnit {
                modifier,
                edge,
                the,
                count,
                unit,
            } => {
                let dct = dct?;
                m.anchor = Some(dct);
                m.confidence = 0.85;
                let (date, how) = relative_unit(dct, modifier, edge, the, count, unit)?;
                m.date = date;
                m.explanation = format!(
                    "{expr} → {}: {how}, relative to {}",
                    m.date.value,
                    dct_note(dct)
                );
            }
            Parsed::RelDay { offset, word } => {
                let dct = dct?;
                let date = add_days(dct, offset);
                m.anchor = Some(dct);
                m.date = EventDate::day(date);
                m.confidence = 0.9;
                let how = match offset {
                    -1 => "the day before",
                    1 => "the day after",
                    _ => "the same day as",
                };
                m.explanation = format!("{word} → {}: {how} {}", m.date.value, dct_note(dct));
            }
            Parsed::Weekday { weekday, modifier } => {
                let dct = dct?;
                let future = matches!(modifier, Some(Modifier::Next))
                    || (modifier.is_none() && future_context(text, c.span.start));
                let (date, how) = resolve_weekday(dct, weekday, modifier, future);
                m.anchor = Some(dct);
                m.date = EventDate::day(date);
                m.confidence = if future { 0.75 } else { 0.85 };
                m.explanation = format!("{expr} → {}: {how} {}", m.date.value, dct_note(dct));
            }
            Parsed::MonthAlone { month, modifier } => {
                let dct = dct?;
                let future = matches!(modifier, Some(Modifier::Next))
                    || (modifier.is_none() && future_context(text, c.span.start));
                let year = match modifier {
                    Some(Modifier::Last) => {
                        if month < dct.month() {
                            dct.year()
                        } else {
                            dct.year() - 1
                        }
                    }
                    Some(Modifier::Next) => {
                        if month > dct.month() {
                            dct.year()
                        } else {
                            dct.year() + 1
                        }
                    }
                    Some(Modifier::This) => dct.year(),
                    _ if future => {
                        if month >= dct.month() {
                            dct.year()
                        } else {
                            dct.year() + 1
                        }
                    }
                    _ => {
                        if month <= dct.month() {
                            dct.year()
                        } else {
                            dct.year() - 1
                        }
                    }
                };
                // A chronology heading overrides the article year.
                let (year, how) = match self.context_year(text, c.span.start) {
                    Some((y, why)) if modifier.is_none() => (y, why),
                    _ => (
                        year,
                        format!(
                            "the {} {} {}",
                            if future { "first" } else { "most recent" },
                            chrono::Month::try_from(u8::try_from(month).ok()?)
                                .ok()?
                                .name(),
                            if future { "on or after" } else { "not after" }
                        ) + &format!(" {}", dct_note(dct)),
                    ),
                };
                m.date = EventDate::month(year, month)?;
                m.anchor = Some(dct);
                m.year_inferred = true;
                m.confidence = 0.8;
                m.explanation = format!("{expr} → {}: {how}", m.date.value);
            }
            Parsed::Year { year } => {
                m.date = EventDate::year(year)?;
                m.explicit_year = true;
                m.confidence = 0.85;
                m.explanation = format!("{expr} → {}: a year", m.date.value);
            }
        }
        // A year that opens or closes an interval ("since 2020", "before
        // 2010") does not move the narrative to that year.
        let bounds_an_interval = word_before(text, c.span.start).is_some_and(|w| {
            matches!(
                w.as_str(),
                "since"
                    | "from"
                    | "between"
                    | "until"
                    | "till"
                    | "and"
                    | "to"
                    | "before"
                    | "after"
                    | "by"
            )
        });
        // A bare year sets the scene only as a sentence's topic ("In 2021,
        // …"), not in passing ("four coups since independence in 1960").
        let sets_scene = !matches!(
            c.parsed,
            Parsed::Year { .. } | Parsed::YearRange { .. } | Parsed::Decade { .. }
        ) || {
            let sentence = sentence_around(text, &c.span);
            words(text.get(sentence.start..c.span.start).unwrap_or("")).count() <= 2
        };
        if m.explicit_year && !bounds_an_interval && sets_scene {
            self.last_explicit = Some((c.span.start, m.date.earliest.year()));
        }
        self.last_date = Some((c.span.end, m.date.clone()));
        Some(m)
    }

    /// The year set by the text around `pos`: a chronology heading, or an
    /// explicit year in this sentence or the one before (same paragraph).
    fn context_year(&self, text: &str, pos: usize) -> Option<(i32, String)> {
        if let Some((at, year)) = self.last_explicit {
            let here = sentence_around(text, &(pos..pos));
            let para = paragraph_start(text, pos);
            let prev_sentence_start = here
                .start
                .checked_sub(2)
                .map_or(here.start, |p| sentence_around(text, &(p..p)).start)
                .max(para);
            if at >= prev_sentence_start && at < pos {
                return Some((year, format!("the year {year} set by the preceding text")));
            }
        }
        self.heading_year
            .map(|y| (y, format!("the year {y} from the chronology heading")))
    }

    fn year_for_month_day(
        &self,
        text: &str,
        pos: usize,
        month: u32,
        day: u32,
        dct: Option<NaiveDate>,
    ) -> Option<(i32, (String, Option<NaiveDate>))> {
        if let Some((year, why)) = self.context_year(text, pos) {
            return Some((year, (why, None)));
        }
        let dct = dct?;
        let this_year = NaiveDate::from_ymd_opt(dct.year(), month, day)
            // 29 February in a non-leap article year: try the year before.
            .or_else(|| NaiveDate::from_ymd_opt(dct.year() - 1, month, day))?;
        let future = future_context(text, pos);
        let year = if future {
            if this_year < dct {
                dct.year() + 1
            } else {
                this_year.year()
            }
        } else if this_year > dct {
            dct.year() - 1
        } else {
            this_year.year()
        };
        let how = format!(
            "the {} such day {} the article date {}",
            if future { "first" } else { "most recent" },
            if future { "on or after" } else { "not after" },
            iso_weekday(dct)
        );
        Some((year, (how, Some(dct))))
    }
}

fn resolve_weekday(
    dct: NaiveDate,
    weekday: Weekday,
    modifier: Option<Modifier>,
    future: bool,
) -> (NaiveDate, String) {
    let name = format!("{weekday:?}");
    let full = match weekday {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    };
    let _ = name;
    let back =
        i64::from((7 + dct.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7);
    let fwd = (7 - back) % 7;
    match modifier {
        Some(Modifier::Last | Modifier::Past) => {
            let days = if back == 0 { 7 } else { back };
            (add_days(dct, -days), format!("the {full} before"))
        }
        Some(Modifier::Next) => {
            let days = if fwd == 0 { 7 } else { fwd };
            (add_days(dct, days), format!("the {full} after"))
        }
        Some(Modifier::This) => {
            let monday = add_days(dct, -i64::from(dct.weekday().num_days_from_monday()));
            (
                add_days(monday, i64::from(weekday.num_days_from_monday())),
                format!("the {full} of the same week as"),
            )
        }
        _ if back == 0 => (dct, "the same day as".to_owned()),
        _ if future => (
            add_days(dct, fwd),
            format!("the {full} after (future tense)"),
        ),
        _ => (add_days(dct, -back), format!("the {full} before")),
    }
}

/// Moves `date` by `count` units and returns the period of that unit.
fn shift(date: NaiveDate, unit: Unit, count: i64) -> Option<EventDate> {
    match unit {
        Unit::Day => Some(EventDate::day(add_days(date, count))),
        Unit::Week | Unit::Weekend => {
            let d = add_days(date, count * 7);
            let monday = add_days(d, -i64::from(d.weekday().num_days_from_monday()));
            EventDate::day_range(monday, add_days(monday, 6), Precision::Week)
        }
        Unit::Month => {
            let months = Months::new(u32::try_from(count.unsigned_abs()).ok()?);
            let d = if count >= 0 {
                date.checked_add_months(months)?
            } else {
                date.checked_sub_months(months)?
            };
            EventDate::month(d.year(), d.month())
        }
        Unit::Year => EventDate::year(date.year() + i32::try_from(count).ok()?),
        Unit::Decade => EventDate::year(date.year() + 10 * i32::try_from(count).ok()?),
    }
}

fn relative_unit(
    dct: NaiveDate,
    modifier: Modifier,
    edge: Option<Modifier>,
    the: bool,
    count: Option<i64>,
    unit: Unit,
) -> Option<(EventDate, String)> {
    let n = count.unwrap_or(1);
    // "the past three years", "the last week": a span ending at the anchor.
    if modifier == Modifier::Past || (the && modifier == Modifier::Last) || count.is_some() {
        let back = match unit {
            Unit::Day => add_days(dct, -n),
            Unit::Week | Unit::Weekend => add_days(dct, -7 * n),
            Unit::Month => dct.checked_sub_months(Months::new(u32::try_from(n).ok()?))?,
            Unit::Year => dct.checked_sub_months(Months::new(u32::try_from(12 * n).ok()?))?,
            Unit::Decade => dct.checked_sub_months(Months::new(u32::try_from(120 * n).ok()?))?,
        };
        if modifier == Modifier::Next {
            let ahead = add_days(dct, (dct - back).num_days());
            return Some((
                EventDate::day_range(dct, ahead, Precision::Interval)?,
                format!("the {n} {}(s) after", unit.name()),
            ));
        }
        return Some((
            EventDate::day_range(back, dct, Precision::Interval)?,
            format!("the {n} {}(s) up to", unit.name()),
        ));
    }
    let offset = match modifier {
        Modifier::Last => -1,
        Modifier::Next => 1,
        _ => 0,
    };
    let period = match unit {
        Unit::Weekend => {
            let this_sat = add_days(dct, 5 - i64::from(dct.weekday().num_days_from_monday()));
            let sat = add_days(this_sat, 7 * offset);
            EventDate::day_range(sat, add_days(sat, 1), Precision::Week)?
        }
        _ => shift(dct, unit, offset)?,
    };
    let unit_name = unit.name();
    let which = match modifier {
        Modifier::Last => format!("the previous {unit_name}"),
        Modifier::Next => format!("the next {unit_name}"),
        _ => format!("the same {unit_name}"),
    };
    // "earlier this week": from the start of the period to the anchor;
    // "later this month": from the anchor to its end.
    let (date, how) = match (edge, modifier) {
        (Some(Modifier::Early), Modifier::This) if period.earliest <= dct => (
            EventDate::day_range(period.earliest, dct, Precision::Interval)?,
            format!("from the start of {which} up to"),
        ),
        (Some(Modifier::Late), Modifier::This) if dct <= period.latest => (
            EventDate::day_range(dct, period.latest, Precision::Interval)?,
            format!("from the anchor to the end of {which} as"),
        ),
        _ => (period, which),
    };
    Some((date, how))
}

/// A year taken over from an interval partner ("from March to June 2023").
pub fn with_year(date: &EventDate, year: i32) -> Option<EventDate> {
    match date.precision {
        Precision::Month => EventDate::month(year, date.earliest.month()),
        Precision::Day => NaiveDate::from_ymd_opt(year, date.earliest.month(), date.earliest.day())
            .map(EventDate::day),
        _ => None,
    }
}
