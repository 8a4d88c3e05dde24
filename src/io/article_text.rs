//! Reader for the article text format.
//!
//! ```text
//! date YYYY-MM-DD Title - Publisher   (line 1; leading spaces allowed)
//! Title                               (line 2)
//! body…                               (the rest)
//! ```
//!
//! Files without the header are plain text: no publication date, the first
//! non-empty line as the title, and the whole text as the body.

use chrono::NaiveDate;

use crate::model::Article;

/// Why an article could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArticleError {
    #[error("the header date {date:?} is not a real calendar date (expected YYYY-MM-DD) in {path}")]
    BadHeaderDate { date: String, path: String },
}

/// Parses `text` (the whole file) as an article; `path` is kept for display.
pub fn parse_article(path: &str, text: String) -> Result<Article, ArticleError> {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    let first_line = text.get(..first_line_end).unwrap_or("");
    let header = first_line
        .trim_start_matches([' ', '\t', '\u{feff}'])
        .trim_end_matches('\r');

    let Some(rest) = header.strip_prefix("date ") else {
        return Ok(plain_article(path, text));
    };
    let date_str = rest.split_whitespace().next().unwrap_or("");
    if !looks_like_iso_date(date_str) {
        return Ok(plain_article(path, text));
    }
    let date = NaiveDate::parse_from_str(date_str, "%Y-%m-%d").map_err(|_| {
        ArticleError::BadHeaderDate {
            date: date_str.to_owned(),
            path: path.to_owned(),
        }
    })?;
    let title_and_publisher = rest.get(date_str.len()..).unwrap_or("").trim();
    let (header_title, publisher) = match title_and_publisher.rsplit_once(" - ") {
        Some((t, p)) => (t.trim(), p.trim()),
        None => (title_and_publisher, ""),
    };
    let body_start = (first_line_end + 1).min(text.len());
    let second_line = text
        .get(body_start..)
        .and_then(|s| s.lines().next())
        .unwrap_or("")
        .trim();
    let title = if second_line.is_empty() {
        header_title
    } else {
        second_line
    };
    Ok(Article {
        path: path.to_owned(),
        date: Some(date),
        title: title.to_owned(),
        publisher: publisher.to_owned(),
        body: body_start..text.len(),
        text,
    })
}

fn looks_like_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

fn plain_article(path: &str, text: String) -> Article {
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
        .chars()
        .take(120)
        .collect();
    Article {
        path: path.to_owned(),
        date: None,
        title,
        publisher: String::new(),
        body: 0..text.len(),
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_header_format() {
        let text = "  date 2023-07-27 Soldiers Hold President - The Sample Wire\nSoldiers Hold President\n\nBody text on Wednesday.\n";
        let a = parse_article("a.txt", text.to_owned()).unwrap();
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2023, 7, 27));
        assert_eq!(a.title, "Soldiers Hold President");
        assert_eq!(a.publisher, "The Sample Wire");
        assert!(a.body_text().starts_with("Soldiers Hold President\n"));
        assert!(a.body_text().ends_with("on Wednesday.\n"));
        assert_eq!(&a.text[a.body.clone()], a.body_text());
    }

    #[test]
    fn title_with_dash_keeps_last_dash_for_publisher() {
        let text = "date 2021-03-31 Niger - attempt foiled - Wire\nNiger - attempt foiled\nx";
        let a = parse_article("a.txt", text.to_owned()).unwrap();
        assert_eq!(a.publisher, "Wire");
        assert_eq!(a.title, "Niger - attempt foiled");
    }

    #[test]
    fn impossible_header_date_is_an_error_naming_the_file() {
        let err = parse_article("bad.txt", "date 2023-02-30 T - P\nT\n".to_owned()).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("2023-02-30") && msg.ends_with("bad.txt"),
            "{msg}"
        );
    }

    #[test]
    fn plain_text_has_no_date() {
        let a = parse_article("n.txt", "\n  A headline\nMore text".to_owned()).unwrap();
        assert_eq!(a.date, None);
        assert_eq!(a.title, "A headline");
        assert_eq!(a.body, 0..a.text.len());
        let empty = parse_article("e.txt", String::new()).unwrap();
        assert_eq!(empty.title, "");
    }

    #[test]
    fn crlf_and_missing_title_line() {
        let a = parse_article("c.txt", "date 2020-08-18 Mali - W\r\n".to_owned()).unwrap();
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2020, 8, 18));
        assert_eq!(a.title, "Mali");
        assert_eq!(a.publisher, "W");
    }
}
