//! Reading articles and timelines from disk, and writing them back.
//!
//! One entry point reads any supported file, [`load_file`] (or
//! [`load_bytes`] for data already in memory). It decides the format by the
//! file name's extension, or by sniffing the contents when the extension is
//! unknown, and returns a [`LoadedFile`]:
//!
//! | format | extension | articles | events |
//! | --- | --- | --- | --- |
//! | article text format (`date YYYY-MM-DD Title - Publisher`) | `.txt` `.md` … | 1 | run the tagger |
//! | plain text without header | `.txt` `.md` … | 1 | run the tagger (unanchored) |
//! | HTML news page ([`html`]) | `.html` `.htm` | 1 | run the tagger |
//! | Dateline workspace ([`workspace`]) | `.json` | many | ready-made |
//! | `TimelineJS3` JSON ([`timelinejs`]) | `.json` | 1 per file | ready-made |
//! | `TimelineJS` sheet CSV ([`timelinejs`]) | `.csv` | 1 per file | ready-made |
//! | events CSV / any table with a `date` column ([`events_csv`]) | `.csv` | 1 per file | ready-made |
//!
//! Writers: [`events_csv::write_events_csv`], [`timelinejs::export_json`],
//! [`workspace::Workspace::to_json`], all saved with [`save::save_atomic`].
//!
//! Every error names what failed and ends with the path. Partial failures
//! (a bad row, an undecodable byte, a missing date) are returned as
//! warnings next to what did load.
//!
//! Invariants of what is returned: every event's spans are byte ranges on
//! char boundaries inside its article's `text`; `article` is 0 in every
//! event (the index is set when the article joins a collection).

pub mod article_text;
pub mod events_csv;
pub mod html;
pub mod jsonl;
pub mod save;
pub mod structured;
pub mod timelinejs;
pub mod workspace;

use std::collections::HashSet;
use std::io::{Read, Seek};
use std::path::{Path, PathBuf};

use crate::model::{Article, Correction, Event};
use crate::state::views::SavedView;

pub use article_text::{ArticleError, parse_article};
pub use save::{SaveError, save_atomic, save_atomic_with};
pub use workspace::Workspace;

/// Files larger than this are refused with a message instead of read
/// (workspaces and tables; a single article has the lower
/// [`MAX_ARTICLE_BYTES`]).
pub const MAX_FILE_BYTES: u64 = 128 * 1024 * 1024;

/// Text and HTML articles larger than this are refused: the tagger reads
/// every byte, and no news article comes near it.
pub const MAX_ARTICLE_BYTES: u64 = 16 * 1024 * 1024;

/// File name endings read when a folder is opened.
pub const ARTICLE_EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "markdown", "html", "htm", "xhtml", "json", "csv",
];

/// Why a path could not be loaded. Every message ends with the path.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read this file ({source}): {path}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot read this folder ({source}): {path}")]
    ReadDir {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("file is {}, above the {} limit{what}: {path}", mib(*bytes), mib(*limit))]
    TooLarge {
        bytes: u64,
        limit: u64,
        /// Which limit: empty, or " for one article".
        what: &'static str,
        path: String,
    },
    #[error("looks like a binary file ({kind}), not text: {path}")]
    Binary { kind: &'static str, path: String },
    #[error("the file is empty: {path}")]
    Empty { path: String },
    #[error(transparent)]
    Article(#[from] ArticleError),
    #[error("malformed JSON at line {line}, column {column} ({message}): {path}")]
    Json {
        line: usize,
        column: usize,
        message: String,
        path: String,
    },
    #[error(
        "this JSON is neither a Dateline workspace (\"format\": \"dateline-workspace\") \
         nor a TimelineJS3 timeline (an \"events\" list): {path}"
    )]
    UnknownJson { path: String },
    #[error(
        "this workspace is format version {found}, but this Dateline reads versions up to \
         {supported}; open it with a newer Dateline: {path}"
    )]
    UnsupportedVersion {
        found: u64,
        supported: u64,
        path: String,
    },
    #[error("not a valid Dateline workspace ({message}): {path}")]
    BadWorkspace { message: String, path: String },
    #[error("malformed CSV at line {line} ({message}): {path}")]
    Csv {
        line: u64,
        message: String,
        path: String,
    },
    #[error(
        "this CSV has no column Dateline knows: it needs a `date` column, or the TimelineJS \
         columns Year, Month, Day, …, Headline, Text: {path}"
    )]
    UnknownCsv { path: String },
    #[error("no event with a usable date ({reason}): {path}")]
    NoEvents { reason: String, path: String },
}

impl LoadError {
    /// A malformed-JSON error from `serde_json`, with its position.
    pub(crate) fn json(e: &serde_json::Error, path: &str) -> Self {
        let full = e.to_string();
        let message = match full.rsplit_once(" at line ") {
            Some((message, _)) => message.to_owned(),
            None => full,
        };
        Self::Json {
            line: e.line(),
            column: e.column(),
            message,
            path: path.to_owned(),
        }
    }
}

/// `bytes` as a short size: `200.0 MiB`, `512 bytes`.
fn mib(bytes: u64) -> String {
    if bytes < 1024 * 1024 {
        format!("{bytes} bytes")
    } else {
        format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
    }
}

/// Which reader a file went through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceFormat {
    /// The article text format, with its `date YYYY-MM-DD …` header.
    ArticleText,
    /// Text (or Markdown) without the header.
    PlainText,
    /// An HTML page; the article text is the page's readable text.
    Html,
    /// A Dateline workspace (JSON).
    Workspace,
    /// A `TimelineJS3` JSON file.
    TimelineJsJson,
    /// A `TimelineJS` Google-sheet CSV export.
    TimelineJsCsv,
    /// A CSV of events (`date,label,group,source,passage`) or any table
    /// with a `date` column.
    EventsCsv,
}

impl SourceFormat {
    /// Whether the file carries its own events (so the tagger is not run).
    pub fn is_structured(self) -> bool {
        !matches!(self, Self::ArticleText | Self::PlainText | Self::Html)
    }

    /// A short name for lists and messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ArticleText => "article",
            Self::PlainText => "plain text",
            Self::Html => "HTML page",
            Self::Workspace => "Dateline workspace",
            Self::TimelineJsJson => "TimelineJS JSON",
            Self::TimelineJsCsv => "TimelineJS CSV",
            Self::EventsCsv => "events CSV",
        }
    }
}

/// One article read from a file, with any warnings about how it was read.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub article: Article,
    /// Events that came with the file (structured sources), with
    /// `article == 0`; `None` when the tagger should find them.
    pub events: Option<Vec<Event>>,
    pub warnings: Vec<String>,
}

/// Everything one file yielded.
#[derive(Debug, Clone)]
pub struct LoadedFile {
    /// The path as given.
    pub path: String,
    pub format: SourceFormat,
    /// One article, or (for a workspace) every article in it.
    pub articles: Vec<Loaded>,
    /// A workspace's user corrections (empty for other formats).
    pub corrections: Vec<Correction>,
    /// A workspace's saved views (empty for other formats).
    pub views: Vec<SavedView>,
}

impl LoadedFile {
    fn single(path: &str, format: SourceFormat, loaded: Loaded) -> Self {
        Self {
            path: path.to_owned(),
            format,
            articles: vec![loaded],
            corrections: Vec::new(),
            views: Vec::new(),
        }
    }

    /// Every warning of every article.
    pub fn warnings(&self) -> impl Iterator<Item = &str> {
        self.articles
            .iter()
            .flat_map(|a| a.warnings.iter().map(String::as_str))
    }
}

/// Hex BLAKE3 hash of an article's text; corrections are keyed by it.
pub fn content_hash(text: &str) -> String {
    blake3::hash(text.as_bytes()).to_hex().to_string()
}

/// Reads one file of any supported format (see the module docs).
pub fn load_file(path: &Path) -> Result<LoadedFile, LoadError> {
    let display = path.display().to_string();
    let read_err = |source| LoadError::Read {
        path: display.clone(),
        source,
    };
    let is_folder = || LoadError::Read {
        path: display.clone(),
        source: std::io::Error::other("it is a folder; open it as a folder"),
    };
    // Opened first and then looked at: one path lookup rather than two.
    let (file, metadata) = match open_for_reading(path) {
        Ok(opened) => opened,
        // Windows cannot open a folder.
        Err(_) if path.is_dir() => return Err(is_folder()),
        Err(e) => return Err(read_err(e)),
    };
    if metadata.is_dir() {
        return Err(is_folder());
    }
    if !metadata.is_file() {
        // A pipe or device could block the load forever or never end.
        return Err(LoadError::Read {
            path: display,
            source: std::io::Error::other("not a regular file (a pipe, socket or device)"),
        });
    }
    let too_large = |bytes| LoadError::TooLarge {
        bytes,
        limit: MAX_FILE_BYTES,
        what: "",
        path: display.clone(),
    };
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large(metadata.len()));
    }
    if matches!(kind_by_extension(&display), Some(Kind::Text | Kind::Html))
        && metadata.len() > MAX_ARTICLE_BYTES
    {
        return Err(LoadError::TooLarge {
            bytes: metadata.len(),
            limit: MAX_ARTICLE_BYTES,
            what: " for one article",
            path: display,
        });
    }
    // Read at most one byte past the limit, in case the file grew since
    // its size was read (`load_bytes` then refuses an article that is too
    // large).
    let limit = if matches!(kind_by_extension(&display), Some(Kind::Text | Kind::Html)) {
        MAX_ARTICLE_BYTES
    } else {
        MAX_FILE_BYTES
    };
    let bytes = read_up_to(path, file, metadata.len(), limit + 1).map_err(read_err)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    load_bytes(&display, bytes)
}

/// Files at least this large are read in two halves at once.
const SPLIT_READ_BYTES: u64 = 4 * 1024 * 1024;

/// The file at `path` opened for reading, and its metadata. On Unix it is
/// opened without waiting, so that a pipe with no writer does not block
/// the open (the caller reads only a regular file).
fn open_for_reading(path: &Path) -> std::io::Result<(std::fs::File, std::fs::Metadata)> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path)?;
    let metadata = file.metadata()?;
    Ok((file, metadata))
}

/// At most `limit` bytes of `file` (at `path`), whose size was `size` when
/// looked at. A large file is read in two halves at once (each thread
/// copying its half and taking its pages); whatever the file has beyond
/// `size` by then is read after them, and a file that has shrunk is read
/// again from the start.
fn read_up_to(
    path: &Path,
    mut file: std::fs::File,
    size: u64,
    limit: u64,
) -> std::io::Result<Vec<u8>> {
    let read_all = |file: std::fs::File| {
        let mut bytes = Vec::with_capacity(usize::try_from(size.min(limit)).unwrap_or(0));
        file.take(limit).read_to_end(&mut bytes)?;
        Ok(bytes)
    };
    let Ok(len) = usize::try_from(size) else {
        return read_all(file);
    };
    if size < SPLIT_READ_BYTES || size > limit {
        return read_all(file);
    }
    let half = len / 2;
    let mut bytes = vec![0u8; len];
    let (first, second) = bytes.split_at_mut(half);
    let (a, b) = rayon::join(
        || file.read_exact(first),
        || -> std::io::Result<()> {
            let mut other = std::fs::File::open(path)?;
            other.seek(std::io::SeekFrom::Start(half as u64))?;
            other.read_exact(second)
        },
    );
    match a.and(b) {
        Ok(()) => {
            file.seek(std::io::SeekFrom::Start(size))?;
            file.take(limit - size).read_to_end(&mut bytes)?;
            Ok(bytes)
        }
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            file.seek(std::io::SeekFrom::Start(0))?;
            read_all(file)
        }
        Err(e) => Err(e),
    }
}

/// The broad kind of a file, before its reader looks inside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Html,
    Json,
    Csv,
}

fn kind_by_extension(path: &str) -> Option<Kind> {
    let ext = Path::new(path)
        .extension()
        .and_then(|e| e.to_str())?
        .to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" | "text" | "md" | "markdown" => Kind::Text,
        "html" | "htm" | "xhtml" => Kind::Html,
        "json" => Kind::Json,
        "csv" => Kind::Csv,
        _ => return None,
    })
}

fn kind_by_content(text: &str) -> Kind {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if start.starts_with('{') {
        return Kind::Json;
    }
    if start.starts_with('<') {
        let head: String = start.chars().take(1024).collect::<String>().to_lowercase();
        if head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") {
            return Kind::Html;
        }
    }
    Kind::Text
}

/// Reads a file's contents; `path` is used to choose the reader (by its
/// extension) and in messages. Invalid UTF-8 is decoded lossily, with a
/// warning.
pub fn load_bytes(path: &str, bytes: Vec<u8>) -> Result<LoadedFile, LoadError> {
    let (text, mut warnings) = decode(path, bytes)?;
    let kind = kind_by_extension(path).unwrap_or_else(|| kind_by_content(&text));
    if matches!(kind, Kind::Text | Kind::Html) && text.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: text.len() as u64,
            limit: MAX_ARTICLE_BYTES,
            what: " for one article",
            path: path.to_owned(),
        });
    }
    let mut file = match kind {
        Kind::Text => {
            let article = parse_article(path, text)?;
            let format = if article.date.is_some() {
                SourceFormat::ArticleText
            } else {
                warnings.push(format!(
                    "no `date YYYY-MM-DD` header, so relative dates stay unanchored until \
                     you set the article's date: {path}"
                ));
                SourceFormat::PlainText
            };
            LoadedFile::single(
                path,
                format,
                Loaded {
                    article,
                    events: None,
                    warnings: Vec::new(),
                },
            )
        }
        Kind::Html => {
            let page = html::parse_html(path, &text);
            LoadedFile::single(
                path,
                SourceFormat::Html,
                Loaded {
                    article: page.article,
                    events: None,
                    warnings: page.warnings,
                },
            )
        }
        Kind::Json => load_json(path, strip_bom(&text))?,
        Kind::Csv => load_csv(path, strip_bom(&text))?,
    };
    if let Some(first) = file.articles.first_mut() {
        warnings.append(&mut first.warnings);
        first.warnings = warnings;
    }
    Ok(file)
}

fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

fn load_json(path: &str, text: &str) -> Result<LoadedFile, LoadError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| LoadError::json(&e, path))?;
    if workspace::is_workspace(&value) {
        let ws = Workspace::from_json_value(text, &value, path)?;
        return Ok(ws.into_loaded(path));
    }
    if timelinejs::is_timelinejs(&value) {
        let loaded = timelinejs::from_json_value(path, &value)?;
        return Ok(LoadedFile::single(
            path,
            SourceFormat::TimelineJsJson,
            loaded,
        ));
    }
    Err(LoadError::UnknownJson {
        path: path.to_owned(),
    })
}

fn load_csv(path: &str, text: &str) -> Result<LoadedFile, LoadError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| events_csv::csv_error(&e, path))?
        .clone();
    if timelinejs::is_timelinejs_csv(&headers) {
        let loaded = timelinejs::from_csv(path, &headers, reader)?;
        Ok(LoadedFile::single(
            path,
            SourceFormat::TimelineJsCsv,
            loaded,
        ))
    } else if events_csv::is_events_csv(&headers) {
        let loaded = events_csv::from_csv(path, &headers, reader)?;
        Ok(LoadedFile::single(path, SourceFormat::EventsCsv, loaded))
    } else {
        Err(LoadError::UnknownCsv {
            path: path.to_owned(),
        })
    }
}

/// Magic numbers of common binary formats that may contain no NUL byte
/// early on.
const BINARY_MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"{\\rtf", "RTF document"),
];

/// Bytes to text: refuses empty and binary files, decodes UTF-16 with a
/// byte-order mark, and invalid UTF-8 lossily (with a warning).
fn decode(path: &str, bytes: Vec<u8>) -> Result<(String, Vec<String>), LoadError> {
    let mut warnings = Vec::new();
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty {
            path: path.to_owned(),
        });
    }
    if let Some((_, kind)) = BINARY_MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Err(LoadError::Binary {
            kind,
            path: path.to_owned(),
        });
    }
    if let Some(text) = decode_utf16(&bytes) {
        warnings.push(format!("UTF-16 text was converted to UTF-8: {path}"));
        return Ok((text, warnings));
    }
    let head = bytes.get(..8192).unwrap_or(&bytes);
    let controls = control_bytes(head);
    // (`memchr` looks at 32 bytes a step; `contains` at 8.)
    let nul = memchr::memchr(0, head).is_some();
    if nul || controls * 10 > head.len() {
        return Err(LoadError::Binary {
            kind: if nul { "NUL bytes" } else { "control bytes" },
            path: path.to_owned(),
        });
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            warnings.push(format!(
                "not valid UTF-8; undecodable bytes were replaced with \u{fffd}: {path}"
            ));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    if text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        return Err(LoadError::Empty {
            path: path.to_owned(),
        });
    }
    Ok((text, warnings))
}

/// How many of `bytes` are control characters other than tab, newline,
/// form feed and carriage return. Counted in byte-wide sums of at most 255
/// bytes, without `&&` or `matches!` (a branch or a table lookup per byte):
/// the compiler counts sixteen or more bytes at a time.
#[allow(clippy::needless_bitwise_bool)] // `&` keeps the loop free of branches
fn control_bytes(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|chunk| {
            let count = chunk.iter().fold(0u8, |count, &b| {
                let control = (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0c);
                count.wrapping_add(u8::from(control))
            });
            usize::from(count)
        })
        .sum()
}

/// UTF-16 text with a byte-order mark, decoded lossily; `None` otherwise.
fn decode_utf16(bytes: &[u8]) -> Option<String> {
    let little = match bytes {
        [0xff, 0xfe, ..] => true,
        [0xfe, 0xff, ..] => false,
        _ => return None,
    };
    let units = bytes.get(2..)?.chunks_exact(2).map(|pair| match pair {
        [a, b] if little => u16::from_le_bytes([*a, *b]),
        [a, b] => u16::from_be_bytes([*a, *b]),
        _ => 0xfffd,
    });
    Some(
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
}

/// Expands folders (recursively, following each real directory once, so
/// symlink loops end) into article files; files given directly are kept
/// whatever their extension. Inside folders, only files with an
/// [`ARTICLE_EXTENSIONS`] ending are kept, and hidden files and folders
/// (names starting with `.`) and a folder's own notes (README, LICENSE,
/// CHANGELOG, CONTRIBUTING, COPYING) are skipped. Unreadable folders are
/// reported, not fatal.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut seen_dirs = HashSet::new();
    for path in paths {
        if path.is_dir() {
            walk_dir(path, &mut seen_dirs, &mut files, &mut errors);
        } else {
            files.push(path.clone());
        }
    }
    (files, errors)
}

/// Whether a file found in a folder is one Dateline reads.
pub fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Whether a file is a folder's own documentation (`README.md`,
/// `LICENSE.txt`, …) rather than an article.
fn is_folder_note(path: &Path) -> bool {
    const NOTES: [&str; 5] = ["readme", "license", "changelog", "contributing", "copying"];
    path.file_stem()
        .and_then(|s| s.to_str())
        .is_some_and(|stem| NOTES.contains(&stem.to_ascii_lowercase().as_str()))
}

fn walk_dir(
    dir: &Path,
    seen: &mut HashSet<PathBuf>,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<LoadError>,
) {
    let real = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !seen.insert(real) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            errors.push(LoadError::ReadDir {
                path: dir.display().to_string(),
                source,
            });
            return;
        }
    };
    let mut children: Vec<(PathBuf, bool)> = entries
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| {
            let path = e.path();
            // `file_type` needs no extra system call; symlinks are followed.
            let is_dir = match e.file_type() {
                Ok(t) if t.is_symlink() => path.is_dir(),
                Ok(t) => t.is_dir(),
                Err(_) => false,
            };
            (path, is_dir)
        })
        .collect();
    // By the bytes of the path: the children share the folder's path, so
    // this is the order of their names, as `Path`'s own order gives it,
    // without splitting every path into components at each comparison (a
    // folder of 4,000 articles took 30 million instructions to sort).
    children.sort_unstable_by(|(a, _), (b, _)| {
        a.as_os_str()
            .as_encoded_bytes()
            .cmp(b.as_os_str().as_encoded_bytes())
    });
    for (child, is_dir) in children {
        if is_dir {
            walk_dir(&child, seen, files, errors);
        } else if has_article_extension(&child) && !is_folder_note(&child) {
            files.push(child);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_is_listed_in_the_order_of_its_paths() {
        let dir = tempfile::tempdir().unwrap();
        let names = [
            "b.txt", "a.txt", "a b.txt", "A.txt", "a-b.txt", "a.b.txt", "é.txt", "10.txt", "9.txt",
        ];
        for name in names {
            std::fs::write(dir.path().join(name), "date 2020-01-02 T - P\nT\n\nBody.").unwrap();
        }
        std::fs::create_dir(dir.path().join("a")).unwrap();
        std::fs::write(dir.path().join("a").join("z.txt"), "Body.").unwrap();
        let (files, errors) = expand_paths(&[dir.path().to_path_buf()]);
        assert!(errors.is_empty(), "{errors:?}");
        // `Path`'s own order, a folder's files where the folder sorts.
        let mut expected: Vec<PathBuf> = names.iter().map(|n| dir.path().join(n)).collect();
        expected.push(dir.path().join("a"));
        expected.sort();
        let expected: Vec<PathBuf> = expected
            .into_iter()
            .map(|p| if p.ends_with("a") { p.join("z.txt") } else { p })
            .collect();
        assert_eq!(files, expected);
    }

    #[test]
    fn a_large_file_read_in_two_halves_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        let size = SPLIT_READ_BYTES as usize + 12_345;
        let bytes: Vec<u8> = (0..size).map(|i| b'a' + (i % 23) as u8).collect();
        std::fs::write(&path, &bytes).unwrap();
        let whole = |size: u64, limit: u64| {
            let file = std::fs::File::open(&path).unwrap();
            read_up_to(&path, file, size, limit).unwrap()
        };
        assert_eq!(whole(size as u64, u64::MAX), bytes);
        // A file that grew after its size was read: the rest is read too,
        // up to the limit.
        assert_eq!(whole(SPLIT_READ_BYTES, u64::MAX), bytes);
        let limit = SPLIT_READ_BYTES + 100;
        assert_eq!(whole(SPLIT_READ_BYTES, limit), bytes[..limit as usize]);
        // One that shrank: read again from the start.
        assert_eq!(whole(size as u64 + 4096, u64::MAX), bytes);
        // An odd length splits unevenly.
        std::fs::write(&path, &bytes[..size - 1]).unwrap();
        assert_eq!(whole(size as u64 - 1, u64::MAX), bytes[..size - 1]);
    }

    #[test]
    fn lossy_utf8_warns_and_binary_is_refused() {
        let loaded = load_bytes("x.txt", b"date 2020-01-02 T - P\nT\n\xff body".to_vec()).unwrap();
        let first = &loaded.articles[0];
        assert!(first.article.text.contains('\u{fffd}'));
        assert!(first.warnings[0].contains("UTF-8"));
        assert_eq!(loaded.format, SourceFormat::ArticleText);
        let err = load_bytes("b.bin", vec![0, 1, 2, 3]).unwrap_err();
        assert!(err.to_string().ends_with("b.bin"));
        let err = load_bytes("doc.txt", b"%PDF-1.7\n...".to_vec()).unwrap_err();
        assert!(err.to_string().contains("PDF"), "{err}");
    }

    #[test]
    fn control_bytes_are_counted_in_any_length() {
        let scalar = |bytes: &[u8]| {
            bytes
                .iter()
                .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
                .count()
        };
        // Lengths across the 255-byte sums, every byte value.
        for len in [0, 1, 254, 255, 256, 511, 1000, 8192] {
            let bytes: Vec<u8> = (0..len)
                .map(|i| u8::try_from(i * 7 % 256).unwrap())
                .collect();
            assert_eq!(control_bytes(&bytes), scalar(&bytes), "length {len}");
        }
        let all_controls = vec![1u8; 600];
        assert_eq!(control_bytes(&all_controls), 600);
        assert_eq!(control_bytes(b"\t\n\r\x0c text"), 0);
    }

    #[test]
    fn empty_and_whitespace_files_are_errors() {
        for bytes in [&b""[..], b"  \n\t\r\n"] {
            let err = load_bytes("e.txt", bytes.to_vec()).unwrap_err();
            assert!(matches!(err, LoadError::Empty { .. }));
            assert_eq!(err.to_string(), "the file is empty: e.txt");
        }
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let text = "date 2023-07-27 T - P\nT\nOn Wednesday.\n";
        let mut bytes = vec![0xff, 0xfe];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let loaded = load_bytes("u.txt", bytes).unwrap();
        assert_eq!(loaded.articles[0].article.text, text);
        assert!(loaded.articles[0].warnings[0].contains("UTF-16"));
    }

    #[test]
    fn plain_text_warns_about_missing_date() {
        let loaded = load_bytes("n.md", b"# Notes\nIn 1960 it began.".to_vec()).unwrap();
        assert_eq!(loaded.format, SourceFormat::PlainText);
        assert!(loaded.articles[0].events.is_none());
        assert!(loaded.warnings().any(|w| w.contains("unanchored")));
    }

    #[test]
    fn unknown_extensions_are_sniffed() {
        let html = load_bytes("page", b"<!DOCTYPE html><title>T</title><p>x</p>".to_vec());
        assert_eq!(html.unwrap().format, SourceFormat::Html);
        let json = load_bytes("data", br#"{"events": []}"#.to_vec()).unwrap_err();
        assert!(matches!(json, LoadError::NoEvents { .. }), "{json}");
        let text = load_bytes("README", b"date 2020-01-01 A - B\nA\n".to_vec()).unwrap();
        assert_eq!(text.format, SourceFormat::ArticleText);
    }

    #[test]
    fn json_errors_have_line_and_column() {
        let err =
            load_bytes("w.json", b"{\n  \"events\": [\n    {,}\n  ]\n}".to_vec()).unwrap_err();
        let LoadError::Json { line, column, .. } = &err else {
            panic!("{err}");
        };
        assert_eq!((*line, *column), (3, 6));
        let msg = err.to_string();
        assert!(
            msg.starts_with("malformed JSON at line 3, column 6 ("),
            "{msg}"
        );
        assert!(msg.ends_with(": w.json"), "{msg}");
        let err = load_bytes("o.json", b"{\"a\": 1}".to_vec()).unwrap_err();
        assert!(matches!(err, LoadError::UnknownJson { .. }));
    }

    #[test]
    fn content_hash_is_stable_hex() {
        let h = content_hash("abc");
        assert_eq!(h.len(), 64);
        assert_eq!(h, content_hash("abc"));
        assert_ne!(h, content_hash("abd"));
        assert!(h.bytes().all(|b| b.is_ascii_hexdigit()));
    }

    #[test]
    fn too_large_message_is_readable() {
        let err = LoadError::TooLarge {
            bytes: 200 * 1024 * 1024,
            limit: MAX_FILE_BYTES,
            what: "",
            path: "big.txt".into(),
        };
        assert_eq!(
            err.to_string(),
            "file is 200.0 MiB, above the 128.0 MiB limit: big.txt"
        );
    }

    #[test]
    fn missing_file_error_names_the_path() {
        let err = load_file(Path::new("/nonexistent/dir/a.txt")).unwrap_err();
        assert!(err.to_string().ends_with("/nonexistent/dir/a.txt"));
    }

    #[test]
    fn folders_expand_recursively_and_survive_symlink_loops() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        std::fs::write(dir.path().join(".git/x.txt"), "x").unwrap();
        std::fs::write(dir.path().join("a.txt"), "x").unwrap();
        std::fs::write(dir.path().join("sub/b.md"), "y").unwrap();
        std::fs::write(dir.path().join("sub/c.png"), "z").unwrap();
        std::fs::write(dir.path().join("sub/d.HTML"), "z").unwrap();
        std::fs::write(dir.path().join("README.md"), "notes").unwrap();
        std::fs::write(dir.path().join("sub/License.txt"), "terms").unwrap();
        std::fs::write(dir.path().join("sub/readme-coups.txt"), "an article").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
        let (files, errors) = expand_paths(&[dir.path().to_path_buf()]);
        assert!(errors.is_empty());
        let names: Vec<_> = files
            .iter()
            .map(|p| p.file_name().unwrap().to_str().unwrap().to_owned())
            .collect();
        assert_eq!(names, vec!["a.txt", "b.md", "d.HTML", "readme-coups.txt"]);
        // Named directly, a README is read like any article.
        let readme = dir.path().join("README.md");
        assert_eq!(expand_paths(std::slice::from_ref(&readme)).0, vec![readme]);
    }
}

/// Completions for a path being typed: entries of its folder whose names
/// start with the typed file name, folders first (ending in `/`), sorted,
/// at most `limit`. Hidden entries are offered only when the typed name
/// starts with a dot. Reads at most 20,000 entries, so a huge folder
/// cannot stall the caller.
pub fn complete_path(typed: &str, limit: usize) -> Vec<String> {
    let (dir, prefix) = match typed.rfind('/') {
        Some(i) => (
            typed.get(..=i).unwrap_or("/"),
            typed.get(i + 1..).unwrap_or(""),
        ),
        None => ("./", typed),
    };
    let Ok(entries) = std::fs::read_dir(if dir.is_empty() { "." } else { dir }) else {
        return Vec::new();
    };
    let mut found: Vec<(bool, String)> = entries
        .take(20_000)
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let visible = !name.starts_with('.') || prefix.starts_with('.');
            (visible && name.starts_with(prefix)).then(|| {
                let is_dir = e.path().is_dir();
                let base = if typed.contains('/') { dir } else { "" };
                (
                    !is_dir,
                    format!("{base}{name}{}", if is_dir { "/" } else { "" }),
                )
            })
        })
        .collect();
    found.sort();
    found.into_iter().take(limit).map(|(_, p)| p).collect()
}

#[cfg(test)]
mod completion_tests {
    use super::complete_path;

    #[test]
    fn completes_folders_first_then_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("niger")).unwrap();
        std::fs::write(dir.path().join("niger.txt"), "x").unwrap();
        std::fs::write(dir.path().join("nigeria.txt"), "x").unwrap();
        std::fs::write(dir.path().join("mali.txt"), "x").unwrap();
        std::fs::write(dir.path().join(".nigerhidden"), "x").unwrap();
        let base = format!("{}/", dir.path().display());
        let got = complete_path(&format!("{base}nig"), 10);
        assert_eq!(
            got,
            vec![
                format!("{base}niger/"),
                format!("{base}niger.txt"),
                format!("{base}nigeria.txt")
            ]
        );
        assert_eq!(complete_path(&format!("{base}nig"), 1).len(), 1);
        assert!(complete_path("/no/such/folder/x", 5).is_empty());
        assert_eq!(
            complete_path(&format!("{base}.n"), 5),
            vec![format!("{base}.nigerhidden")]
        );
    }
}
