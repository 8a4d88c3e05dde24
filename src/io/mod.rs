//! Reading articles from disk and writing extraction results.
//!
//! Every error names what failed and ends with the path. Partial failures
//! (one bad file among many) are returned alongside the successes.

pub mod article_text;
pub mod jsonl;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::model::Article;

pub use article_text::{ArticleError, parse_article};

/// Files larger than this are refused with a message instead of read.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// File name endings read when a folder is opened.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md"];

/// Why a path could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("file is {bytes} bytes, above the {limit}-byte limit: {path}")]
    TooLarge {
        bytes: u64,
        limit: u64,
        path: String,
    },
    #[error("looks like a binary file, not text: {path}")]
    Binary { path: String },
    #[error(transparent)]
    Article(#[from] ArticleError),
}

/// An article read from disk, with any warnings about how it was read.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub article: Article,
    pub warnings: Vec<String>,
}

/// Reads one article file. Invalid UTF-8 is decoded lossily, with a warning.
pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    let display = path.display().to_string();
    let read_err = |source| LoadError::Read {
        path: display.clone(),
        source,
    };
    let bytes_len = std::fs::metadata(path).map_err(read_err)?.len();
    if bytes_len > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes_len,
            limit: MAX_FILE_BYTES,
            path: display,
        });
    }
    let bytes = std::fs::read(path).map_err(read_err)?;
    load_bytes(&display, bytes)
}

/// Reads an article from raw bytes; `path` is used for display only.
pub fn load_bytes(path: &str, bytes: Vec<u8>) -> Result<Loaded, LoadError> {
    let mut warnings = Vec::new();
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(LoadError::Binary {
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
    let article = parse_article(path, text)?;
    if article.date.is_none() {
        warnings.push(format!(
            "no `date YYYY-MM-DD` header, so relative dates cannot be resolved: {path}"
        ));
    }
    Ok(Loaded { article, warnings })
}

/// Expands folders (recursively, following each real directory once, so
/// symlink loops end) into article files; files given directly are kept
/// whatever their extension. Unreadable folders are reported, not fatal.
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
            errors.push(LoadError::Read {
                path: dir.display().to_string(),
                source,
            });
            return;
        }
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for child in children {
        if child.is_dir() {
            walk_dir(&child, seen, files, errors);
        } else if child
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            files.push(child);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lossy_utf8_warns_and_binary_is_refused() {
        let loaded = load_bytes("x.txt", b"date 2020-01-02 T - P\nT\n\xff body".to_vec()).unwrap();
        assert!(loaded.article.text.contains('\u{fffd}'));
        assert!(loaded.warnings[0].contains("UTF-8"));
        let err = load_bytes("b.bin", vec![0, 1, 2, 3]).unwrap_err();
        assert!(err.to_string().ends_with("b.bin"));
    }

    #[test]
    fn missing_file_error_names_the_path() {
        let err = load_file(Path::new("/nonexistent/dir/a.txt")).unwrap_err();
        assert!(err.to_string().contains("/nonexistent/dir/a.txt"));
    }

    #[test]
    fn folders_expand_recursively_and_survive_symlink_loops() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("a.txt"), "x").unwrap();
        std::fs::write(dir.path().join("sub/b.md"), "y").unwrap();
        std::fs::write(dir.path().join("sub/c.png"), "z").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
        let (files, errors) = expand_paths(&[dir.path().to_path_buf()]);
        assert!(errors.is_empty());
        let names: Vec<_> = files
            .iter()
            .map(|p| p.file_name().unwrap().to_str().unwrap().to_owned())
            .collect();
        assert_eq!(names, vec!["a.txt", "b.md"]);
    }
}
