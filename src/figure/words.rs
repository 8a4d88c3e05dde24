//! The words of a figure: short dates for labels, labels without wire
//! datelines, source notes and the subtitle.

use chrono::{Datelike, NaiveDate};

use crate::model::date::date_from_day_number;
use crate::model::{Article, EventDate, Precision};
use crate::state::axis::TimeWindow;
use crate::state::views::{Filter, LaneMode};

use super::FigureInput;
use super::text::normalize;

/// A short date for labels: `15 Apr 1974`, `Apr 1974`, `1974`, `1990s`,
/// `Dec 1958 – 4 Aug 1960`, `c. 1995`, `until 1974`.
pub fn short_date(date: &EventDate) -> String {
    let approx = if date.is_approximate() { "c. " } else { "" };
    let value = date.value.trim_end_matches(['~', '?', '%']);
    if let Some(end) = value.strip_prefix("../") {
        let end =
            EventDate::parse_edtf(end).map_or_else(|_| single_date(date), |d| single_date(&d));
        return format!("{approx}until {end}");
    }
    let core = match date.precision {
        Precision::Week | Precision::Interval => {
            let sides = value.split_once('/').and_then(|(a, b)| {
                Some((
                    EventDate::parse_edtf(a).ok()?,
                    EventDate::parse_edtf(b).ok()?,
                ))
            });
            match sides {
                Some((a, b)) => join_dates(&a, &b),
                None => day_range(date.earliest, date.latest),
            }
        }
        _ => single_date(date),
    };
    format!("{approx}{core}")
}

fn single_date(date: &EventDate) -> String {
    let d = date.earliest;
    match date.precision {
        Precision::Day => d.format("%-d %b %Y").to_string(),
        Precision::Month => d.format("%b %Y").to_string(),
        Precision::Year => d.year().to_string(),
        Precision::Decade | Precision::Century => format!("{}s", d.year()),
        Precision::Season => {
            let name = match d.month() {
                3 => "Spring",
                6 => "Summer",
                9 => "Autumn",
                _ => "Winter",
            };
            format!("{name} {}", d.year())
        }
        Precision::Week | Precision::Interval => day_range(date.earliest, date.latest),
    }
}

fn join_dates(a: &EventDate, b: &EventDate) -> String {
    if a.precision == Precision::Day && b.precision == Precision::Day {
        return day_range(a.earliest, b.earliest);
    }
    let (a, b) = (single_date(a), single_date(b));
    if a.contains(' ') || b.contains(' ') {
        format!("{a} – {b}")
    } else {
        format!("{a}–{b}")
    }
}

/// `24–27 Jul 2023`, `28 Aug – 3 Sep 2023`, `30 Dec 2023 – 2 Jan 2024`.
pub fn day_range(a: NaiveDate, b: NaiveDate) -> String {
    if a == b {
        a.format("%-d %b %Y").to_string()
    } else if a.year() == b.year() && a.month() == b.month() {
        format!("{}–{}", a.day(), b.format("%-d %b %Y"))
    } else if a.year() == b.year() {
        format!("{} – {}", a.format("%-d %b"), b.format("%-d %b %Y"))
    } else {
        format!("{} – {}", a.format("%-d %b %Y"), b.format("%-d %b %Y"))
    }
}

/// A label as drawn on a figure: whitespace collapsed, a leading wire
/// dateline (`NIAMEY -- `) removed.
pub fn clean_label(label: &str) -> String {
    let label = normalize(label);
    for dash in [" -- ", " — ", " – "] {
        if let Some((head, rest)) = label.split_once(dash)
            && head.chars().count() <= 40
            && head.chars().any(char::is_alphabetic)
            && !head.chars().any(char::is_lowercase)
            && !rest.is_empty()
        {
            let mut chars = rest.chars();
            return chars.next().map_or_else(String::new, |c| {
                c.to_uppercase().chain(chars).collect::<String>()
            });
        }
    }
    label
}

/// A source note: `Title. Publisher, 27 July 2023.`
pub fn source_note_text(article: &Article) -> String {
    let mut note = normalize(article.display_name());
    if !note.ends_with(['.', '?', '!']) {
        note.push('.');
    }
    let publisher = normalize(&article.publisher);
    let date = article.date.map(|d| d.format("%-d %B %Y").to_string());
    let tail = match (publisher.is_empty(), date) {
        (false, Some(date)) => format!(" {publisher}, {date}."),
        (false, None) => format!(" {publisher}."),
        (true, Some(date)) => format!(" {date}."),
        (true, None) => {
            // A table or page without a byline: name the file.
            let file = article.path.rsplit(['/', '\\']).next().unwrap_or("");
            let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
            if stem == article.display_name() {
                return format!("{file}.");
            }
            if file.is_empty() {
                String::new()
            } else {
                format!(" File {file}.")
            }
        }
    };
    note + &tail
}

/// `1958 – 2025`, `Jun 2020 – Dec 2023` or `10 Jul – 10 Sep 2023`.
fn window_text(window: TimeWindow) -> String {
    let (Some(a), Some(b)) = (
        date_from_day_number(window.min_day.floor() as i64),
        date_from_day_number((window.max_day.ceil() as i64) - 1),
    ) else {
        return String::new();
    };
    let days = window.max_day - window.min_day;
    if days > 3.0 * 365.0 {
        format!("{} – {}", a.year(), b.year())
    } else if days > 90.0 {
        format!("{} – {}", a.format("%b %Y"), b.format("%b %Y"))
    } else {
        day_range(a, b)
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn filter_text(filter: &Filter) -> Option<String> {
    let mut parts = Vec::new();
    let list = |items: &[String]| {
        let mut shown: Vec<String> = items.iter().take(4).cloned().collect();
        if items.len() > 4 {
            shown.push(format!("+{} more", items.len() - 4));
        }
        shown.join(", ")
    };
    if !filter.countries.is_empty() {
        parts.push(list(&filter.countries));
    }
    if !filter.text.trim().is_empty() {
        parts.push(format!("matching “{}”", filter.text.trim()));
    }
    if !filter.articles.is_empty() {
        parts.push(plural(
            filter.articles.len(),
            "chosen article",
            "chosen articles",
        ));
    }
    if !filter.precisions.is_empty() {
        let names: Vec<&str> = filter.precisions.iter().map(|p| p.as_str()).collect();
        parts.push(format!("precision {}", names.join(", ")));
    }
    (!parts.is_empty()).then(|| format!("filter: {}", parts.join("; ")))
}

/// `44 events · 11 sources · 1958 – 2025 · one lane per country · filter: Niger`.
pub fn subtitle(input: &FigureInput<'_>, in_window: usize, sources: usize) -> String {
    let mut parts = vec![
        plural(in_window, "event", "events"),
        plural(sources, "source", "sources"),
        window_text(input.window),
    ];
    match input.lane_mode {
        LaneMode::Country => parts.push("one lane per country".to_owned()),
        LaneMode::Article => parts.push("one lane per article".to_owned()),
        LaneMode::None => {}
    }
    parts.extend(filter_text(input.filter));
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn short_dates_read_naturally() {
        let e = |v: &str| short_date(&EventDate::parse_edtf(v).unwrap());
        assert_eq!(e("1974-04-15"), "15 Apr 1974");
        assert_eq!(e("1974-04"), "Apr 1974");
        assert_eq!(e("1960"), "1960");
        assert_eq!(e("199X"), "1990s");
        assert_eq!(e("1995~"), "c. 1995");
        assert_eq!(e("2023-22"), "Summer 2023");
        assert_eq!(e("1958-12/1960-08-04"), "Dec 1958 – 4 Aug 1960");
        assert_eq!(e("1974/1987"), "1974–1987");
        assert_eq!(e("2023-07-24/2023-07-27"), "24–27 Jul 2023");
        assert_eq!(e("2023-08-28/2023-09-03"), "28 Aug – 3 Sep 2023");
        assert_eq!(e("../1974"), "until 1974");
        assert_eq!(
            day_range(d(2023, 12, 30), d(2024, 1, 2)),
            "30 Dec 2023 – 2 Jan 2024"
        );
    }

    #[test]
    fn labels_lose_wire_datelines_only() {
        assert_eq!(
            clean_label("NIAMEY -- Niger became a  sovereign state"),
            "Niger became a sovereign state"
        );
        assert_eq!(
            clean_label("Army -- not a dateline"),
            "Army -- not a dateline"
        );
        assert_eq!(clean_label("1999 -- 2010"), "1999 -- 2010");
    }

    #[test]
    fn source_notes_name_title_publisher_and_date() {
        let article = Article {
            path: "a.txt".into(),
            date: Some(d(2023, 7, 27)),
            title: "Niger Soldiers Say They Have Removed President Bazoum".into(),
            publisher: "Sample Wire".into(),
            text: String::new(),
            body: 0..0,
        };
        assert_eq!(
            source_note_text(&article),
            "Niger Soldiers Say They Have Removed President Bazoum. Sample Wire, 27 July 2023."
        );
        let bare = Article {
            path: "data/events.csv".into(),
            date: None,
            title: "events".into(),
            publisher: String::new(),
            text: String::new(),
            body: 0..0,
        };
        assert_eq!(source_note_text(&bare), "events.csv.");
    }
}
