//! The tabular Islamic calendar (the arithmetical one: a 30-year cycle
//! with 11 leap years), for the Gregorian days of Islamic feasts and of
//! Ramadan. The days observed follow the sighting of the new moon and may
//! differ from these by a day, sometimes two.

use chrono::{Datelike, NaiveDate};

/// Days in a 30-year cycle of the tabular calendar.
const CYCLE_DAYS: i64 = 10_631;

/// The Julian day number of the first day before year 1 (epoch of the
/// civil tabular calendar, 16 July 622 Julian).
const EPOCH: i64 = 1_948_439;

/// The Julian day number of 1 January of year 1 (proleptic Gregorian)
/// less one: `num_days_from_ce` plus this is the Julian day number.
const CE_OFFSET: i64 = 1_721_425;

/// The Julian day number of day `day` of month `month` (1-12) of Islamic
/// year `year`.
fn jdn(year: i64, month: i64, day: i64) -> i64 {
    day + (59 * (month - 1) + 1) / 2 + (year - 1) * 354 + (3 + 11 * year).div_euclid(30) + EPOCH
}

fn from_jdn(jdn: i64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(jdn - CE_OFFSET).ok()?)
}

/// The first and last Gregorian days of day `day` of month `month` of
/// Islamic year `year`, or of the whole month without a day.
pub fn days(year: i64, month: u32, day: Option<u32>) -> Option<(NaiveDate, NaiveDate)> {
    if !(1..=12).contains(&month) {
        return None;
    }
    let m = i64::from(month);
    match day {
        Some(d) if (1..=30).contains(&d) => {
            let date = from_jdn(jdn(year, m, i64::from(d)))?;
            Some((date, date))
        }
        Some(_) => None,
        None => {
            let next = if month == 12 {
                jdn(year + 1, 1, 1)
            } else {
                jdn(year, m + 1, 1)
            };
            Some((from_jdn(jdn(year, m, 1))?, from_jdn(next - 1)?))
        }
    }
}

/// The Islamic year in progress on `date`.
pub fn year_of(date: NaiveDate) -> i64 {
    let j = i64::from(date.num_days_from_ce()) + CE_OFFSET;
    let mut year = (j - EPOCH) * 30 / CYCLE_DAYS + 1;
    while jdn(year + 1, 1, 1) <= j {
        year += 1;
    }
    while jdn(year, 1, 1) > j {
        year -= 1;
    }
    year
}

/// The name of month `month` of the Islamic calendar.
pub fn month_name(month: u32) -> &'static str {
    match month {
        1 => "Muharram",
        2 => "Safar",
        3 => "Rabi al-Awwal",
        4 => "Rabi al-Thani",
        5 => "Jumada al-Awwal",
        6 => "Jumada al-Thani",
        7 => "Rajab",
        8 => "Shaban",
        9 => "Ramadan",
        10 => "Shawwal",
        11 => "Dhu al-Qadah",
        _ => "Dhu al-Hijjah",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn feasts_fall_within_a_day_of_the_days_observed() {
        // (Islamic year, month, day) and the day Saudi Arabia observed.
        let observed = [
            ((1444, 9, 1), ymd(2023, 3, 23)),
            ((1445, 9, 1), ymd(2024, 3, 11)),
            ((1446, 9, 1), ymd(2025, 3, 1)),
            ((1441, 10, 1), ymd(2020, 5, 24)),
            ((1444, 10, 1), ymd(2023, 4, 21)),
            ((1444, 12, 10), ymd(2023, 6, 28)),
            ((1445, 12, 10), ymd(2024, 6, 16)),
        ];
        for ((y, m, d), day) in observed {
            let (first, last) = days(y, m, Some(d)).unwrap();
            assert_eq!(first, last);
            assert!(
                (first - day).num_days().abs() <= 1,
                "{y}-{m}-{d}: {first} vs {day}"
            );
        }
    }

    #[test]
    fn a_month_runs_to_the_day_before_the_next() {
        let (first, last) = days(1444, 9, None).unwrap();
        let (next, _) = days(1444, 10, Some(1)).unwrap();
        assert_eq!(first, ymd(2023, 3, 23));
        assert_eq!(last.succ_opt().unwrap(), next);
        assert!((29..=30).contains(&((last - first).num_days() + 1)));
        // Dhu al-Hijjah runs into the next year's Muharram.
        let (_, end) = days(1444, 12, None).unwrap();
        assert_eq!(end.succ_opt().unwrap(), days(1445, 1, Some(1)).unwrap().0);
    }

    #[test]
    fn the_year_in_progress_holds_the_date() {
        for date in [
            ymd(1960, 8, 3),
            ymd(2023, 7, 26),
            ymd(2024, 7, 7),
            ymd(2024, 7, 8),
        ] {
            let y = year_of(date);
            assert!(days(y, 1, Some(1)).unwrap().0 <= date);
            assert!(days(y + 1, 1, Some(1)).unwrap().0 > date);
        }
        assert_eq!(year_of(ymd(2023, 7, 26)), 1445);
        assert!(days(1444, 13, None).is_none());
        assert!(days(1444, 9, Some(31)).is_none());
    }
}
