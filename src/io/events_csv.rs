//! CSV tables of events: reading any table with a `date` column, and
//! writing Dateline's events CSV.
//!
//! Written columns: `date,label,group,source,passage` — `date` is the EDTF
//! value, `group` the event's group (else the first country named in its
//! passage), `source` the article (`Title (Publisher, YYYY-MM-DD)`),
//! `passage` the sentence that carries the event.
//!
//! Read: a header with a `date` column (matched case-insensitively) and any
//! other columns. `date` is EDTF (`1974-04-15`, `1974-04`, `196X`,
//! `2020/2023-07-27`, `2021~`) or an ISO date-time (`2023-07-26T10:00Z`,
//! the date part is used). Recognised columns:
//! - label: `label`, `event`, `headline`, `title`, `description`, `summary`;
//! - group: `group`, `country`, `lane`, `place`, `region`, `location`;
//! - source: `source`, `sources`, `url`, `reference`;
//! - passage: `passage`, `text`, `sentence`, `details`, `notes`.
//!
//! Without a label column the label is made from the row: for a table of
//! coups (`outcome`, `leader`, `ousted` columns, like `sample_data/coups.csv`)
//! `Niger: successful coup (Seyni Kountche ousts Hamani Diori)`; otherwise
//! the group and the other values. Each row becomes one paragraph of the
//! file's article (see [`super::structured`]): `{date} — {label}. {passage}
//! {Column: value.}… Source: {source}.`

use super::structured::{self, Entry, passage_detail, sentence};
use super::timelinejs::source_note;
use super::{LoadError, Loaded};
use crate::model::{Article, Event, EventDate};

/// Resolution rule of events read from a CSV row.
pub const RULE: &str = "csv";

/// The header of the events CSV Dateline writes.
pub const HEADER: [&str; 5] = ["date", "label", "group", "source", "passage"];

const LABEL_COLUMNS: &[&str] = &[
    "label",
    "event",
    "headline",
    "title",
    "description",
    "summary",
];
const GROUP_COLUMNS: &[&str] = &["group", "country", "lane", "place", "region", "location"];
const SOURCE_COLUMNS: &[&str] = &["source", "sources", "url", "reference"];
const PASSAGE_COLUMNS: &[&str] = &["passage", "text", "sentence", "details", "notes"];

/// A CSV error with its line.
pub fn csv_error(e: &csv::Error, path: &str) -> LoadError {
    let line = e.position().map_or(0, csv::Position::line);
    let message = match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => format!("invalid UTF-8 in field {}", err.field() + 1),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{len} fields where the header has {expected_len}"),
        _ => e.to_string(),
    };
    LoadError::Csv {
        line,
        message,
        path: path.to_owned(),
    }
}

fn names(headers: &csv::StringRecord) -> Vec<String> {
    headers.iter().map(|h| h.trim().to_lowercase()).collect()
}

/// Whether a CSV header has a `date` column.
pub fn is_events_csv(headers: &csv::StringRecord) -> bool {
    names(headers).iter().any(|h| h == "date")
}

/// Reads an EDTF date, or the date part of an ISO date-time.
pub fn parse_date(raw: &str) -> Option<EventDate> {
    let raw = raw.trim();
    if let Ok(d) = EventDate::parse_edtf(raw) {
        return Some(d);
    }
    let (date, time) = raw.split_at_checked(10)?;
    if time.starts_with(['T', ' ', 't']) {
        return EventDate::parse_edtf(date).ok();
    }
    None
}

/// Where each known column is.
struct Columns {
    names: Vec<String>,
    headers: Vec<String>,
    date: usize,
    label: Option<usize>,
    group: Option<usize>,
    source: Option<usize>,
    passage: Option<usize>,
    outcome: Option<usize>,
    leader: Option<usize>,
    ousted: Option<usize>,
}

impl Columns {
    fn new(headers: &csv::StringRecord) -> Option<Self> {
        let names = names(headers);
        let find = |options: &[&str]| {
            options
                .iter()
                .find_map(|o| names.iter().position(|n| n == o))
        };
        Some(Self {
            date: names.iter().position(|n| n == "date")?,
            label: find(LABEL_COLUMNS),
            group: find(GROUP_COLUMNS),
            source: find(SOURCE_COLUMNS),
            passage: find(PASSAGE_COLUMNS),
            outcome: find(&["outcome"]),
            leader: find(&["leader"]),
            ousted: find(&["ousted"]),
            headers: headers.iter().map(|h| h.trim().to_owned()).collect(),
            names,
        })
    }

    /// Columns that are not read into a particular field.
    fn is_used(&self, i: usize) -> bool {
        [
            Some(self.date),
            self.label,
            self.group,
            self.source,
            self.passage,
            self.outcome,
            self.leader,
            self.ousted,
        ]
        .contains(&Some(i))
    }
}

/// `successful coup (A ousts B)`, `failed coup (A)`, `independence (A)`.
fn coup_phrase(outcome: &str, leader: &str, ousted: &str) -> String {
    let outcome = outcome.trim();
    let lower = outcome.to_lowercase();
    let is_coup = ["success", "fail", "attempt", "plot", "alleged", "coup"]
        .iter()
        .any(|w| lower.contains(w));
    let mut phrase = if is_coup && !lower.contains("coup") {
        // "successful (disputed)" -> "successful coup (disputed)"
        match outcome.split_once(' ') {
            Some((first, rest)) => format!("{first} coup {rest}"),
            None => format!("{outcome} coup"),
        }
    } else {
        outcome.to_owned()
    };
    let people = match (leader.trim(), ousted.trim()) {
        ("", "") => String::new(),
        (l, "") => l.to_owned(),
        ("", o) => format!("{o} ousted"),
        (l, o) => format!("{l} ousts {o}"),
    };
    if !people.is_empty() {
        if !phrase.is_empty() {
            phrase.push(' ');
        }
        phrase.push('(');
        phrase.push_str(&people);
        phrase.push(')');
    }
    phrase
}

fn row_entry(cols: &Columns, record: &csv::StringRecord) -> Result<Entry, String> {
    let field = |c: Option<usize>| {
        c.and_then(|c| record.get(c))
            .map(str::trim)
            .unwrap_or_default()
    };
    let raw_date = field(Some(cols.date));
    if raw_date.is_empty() {
        return Err("the date is empty".to_owned());
    }
    let date = parse_date(raw_date)
        .ok_or_else(|| format!("date {raw_date:?} is neither EDTF nor an ISO date"))?;
    let group = Some(field(cols.group).to_owned()).filter(|g| !g.is_empty());
    let others: Vec<(usize, &str)> = record
        .iter()
        .enumerate()
        .filter(|(i, v)| !cols.is_used(*i) && !v.trim().is_empty())
        .map(|(i, v)| (i, v.trim()))
        .collect();
    let given_label = field(cols.label);
    let mut consumed_others = false;
    let label = if given_label.is_empty() {
        let core = if cols.outcome.is_some() {
            coup_phrase(field(cols.outcome), field(cols.leader), field(cols.ousted))
        } else {
            consumed_others = true;
            others
                .iter()
                .map(|(_, v)| *v)
                .collect::<Vec<_>>()
                .join(", ")
        };
        match (&group, core.is_empty()) {
            (Some(g), false) => format!("{g}: {core}"),
            (Some(g), true) => g.clone(),
            (None, _) => core,
        }
    } else {
        given_label.to_owned()
    };
    let mut detail = Vec::new();
    let passage = field(cols.passage);
    if !passage.is_empty() {
        detail.push(sentence(passage));
    }
    if !given_label.is_empty() {
        // With a label column, the coup columns were not used for it.
        for (name, c) in [
            ("Outcome", cols.outcome),
            ("Leader", cols.leader),
            ("Ousted", cols.ousted),
        ] {
            if !field(c).is_empty() {
                detail.push(sentence(&format!("{name}: {}", field(c))));
            }
        }
    }
    if !consumed_others {
        for (i, v) in &others {
            let header = cols.headers.get(*i).map_or("", String::as_str);
            detail.push(sentence(&format!("{header}: {v}")));
        }
    }
    let source = field(cols.source);
    if !source.is_empty() {
        detail.push(sentence(&format!("Source: {source}")));
    }
    let date_column = cols.names.get(cols.date).map_or("date", String::as_str);
    Ok(Entry {
        explanation: format!(
            "From the `{date_column}` column ({raw_date:?}) → {}.",
            date.value
        ),
        display: raw_date.to_owned(),
        date,
        label,
        detail: detail.join(" "),
        group,
        rule: RULE,
    })
}

/// Reads a CSV of events (any table with a `date` column).
pub fn from_csv(
    path: &str,
    headers: &csv::StringRecord,
    mut reader: csv::Reader<&[u8]>,
) -> Result<Loaded, LoadError> {
    let cols = Columns::new(headers).ok_or_else(|| LoadError::UnknownCsv {
        path: path.to_owned(),
    })?;
    // Rows become events as they are read (a million-row table is not
    // also held as entries).
    let mut built = structured::Builder::new("");
    let mut warnings = Vec::new();
    let mut first_reason = None;
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(&e, path))?;
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let line = record.position().map_or(0, csv::Position::line);
        match row_entry(&cols, &record) {
            Ok(entry) => built.push(entry),
            Err(reason) => {
                warnings.push(format!("row at line {line} skipped ({reason}): {path}"));
                first_reason.get_or_insert(format!("line {line}: {reason}"));
            }
        }
    }
    if built.is_empty() {
        return Err(LoadError::NoEvents {
            reason: first_reason.unwrap_or_else(|| "the table has no rows".to_owned()),
            path: path.to_owned(),
        });
    }
    let title = std::path::Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (article, events) = built.finish(path, &title);
    Ok(Loaded {
        article,
        events: Some(events),
        warnings,
    })
}

/// Writes `events` (whose `article` indexes `articles`) as an events CSV
/// with the [`HEADER`] columns (RFC 4180 quoting, `\n` line ends).
pub fn write_events_csv(articles: &[Article], events: &[Event]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    writer.write_record(HEADER)?;
    for event in events {
        let article = articles.get(event.article);
        let group = event
            .group
            .as_deref()
            .or_else(|| event.places.first())
            .unwrap_or("");
        let source = article.map(source_note).unwrap_or_default();
        let passage = article.map_or("", |a| passage_detail(event, &a.text));
        writer.write_record([
            event.date.value.as_str(),
            &*event.label,
            group,
            source.as_str(),
            passage,
        ])?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(std::io::Error::other(e.to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(path: &str, text: &str) -> Result<Loaded, LoadError> {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let headers = reader.headers().unwrap().clone();
        assert!(is_events_csv(&headers));
        from_csv(path, &headers, reader)
    }

    #[test]
    fn coups_table_rows_become_labelled_events() {
        let loaded = load("coups.csv", crate::sample::COUPS_CSV).unwrap();
        let events = loaded.events.unwrap();
        assert_eq!(events.len(), crate::sample::COUPS_CSV.lines().count() - 1);
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        let labels: Vec<_> = events.iter().map(|e| &*e.label).collect();
        assert_eq!(labels[0], "Niger: independence (Hamani Diori)");
        assert_eq!(
            labels[1],
            "Niger: successful coup (Seyni Kountche ousts Hamani Diori)"
        );
        assert_eq!(labels[2], "Niger: failed coup (Moussa Bayere)");
        assert_eq!(labels[3], "Niger: failed coup");
        assert!(labels.contains(&"Chad: successful coup (disputed) (Mahamat Idriss Deby)"));
        let e = &events[1];
        let text = &loaded.article.text;
        assert_eq!(e.date.value, "1974-04-15");
        assert_eq!(e.group.as_deref(), Some("Niger"));
        assert_eq!(e.expr(text), "1974-04-15");
        assert_eq!(
            e.passage(text),
            "1974-04-15 — Niger: successful coup (Seyni Kountche ousts Hamani Diori). \
             Source: Powell & Thyne V2026.01.13; Cline Center v2.0.0."
        );
        assert_eq!(loaded.article.title, "coups");
    }

    #[test]
    fn plain_events_csv_and_bad_rows() {
        let loaded = load(
            "e.csv",
            "Date,Label,Group,Source,Passage,Extra\n\
             2023-07-26T08:00:00Z,Guard detains president,Niger,Wire,Soldiers acted,x\n\
             2020/2023-08,Coup belt,,,,\n\
             2023-02-30,Bad,,,,\n\
             ,,,,,\n\
             ,Empty date,,,,\n",
        )
        .unwrap();
        let events = loaded.events.unwrap();
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].date.value, "2023-07-26");
        assert_eq!(
            events[0].passage(&loaded.article.text),
            "2023-07-26T08:00:00Z — Guard detains president. Soldiers acted. Extra: x. Source: Wire."
        );
        assert_eq!(events[1].date.value, "2020/2023-08");
        assert_eq!(loaded.warnings.len(), 2);
        assert!(loaded.warnings[0].starts_with("row at line 4 skipped (date \"2023-02-30\""));
        assert!(loaded.warnings[1].contains("line 6") && loaded.warnings[1].ends_with("e.csv"));
    }

    #[test]
    fn generic_table_label_from_values() {
        let loaded = load(
            "g.csv",
            "region,date,what,who\nSahel,1960,independence,many\n",
        )
        .unwrap();
        let events = loaded.events.unwrap();
        assert_eq!(&*events[0].label, "Sahel: independence, many");
        assert_eq!(events[0].group.as_deref(), Some("Sahel"));
    }

    #[test]
    fn no_rows_is_an_error() {
        let err = load("n.csv", "date,label\n").unwrap_err();
        assert!(matches!(err, LoadError::NoEvents { .. }));
        let err = load("n.csv", "date,label\nsoon,x\n").unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
    }

    #[test]
    fn writes_quoted_csv() {
        let loaded = load(
            "e.csv",
            "date,label,group\n1960,\"Independence, at last\",Niger\n",
        )
        .unwrap();
        let bytes = write_events_csv(&[loaded.article], &loaded.events.unwrap()).unwrap();
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "date,label,group,source,passage\n1960,\"Independence, at last\",Niger,e,\n"
        );
    }
}
