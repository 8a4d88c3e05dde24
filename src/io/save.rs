//! Writing files safely, and the save/export entry points the UI calls.
//!
//! [`save_atomic`] never leaves a half-written file: it writes a temporary
//! file in the same folder, flushes it to disk, and renames it over the
//! target (then flushes the folder on Unix), so after a crash the file is
//! either the old one or the new one.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::workspace::Workspace;
use super::{events_csv, timelinejs};
use crate::model::{Article, Event};

/// Why a file could not be saved. Every message ends with the path.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("cannot save ({source}): {path}")]
    Write {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot encode the {what} ({message}): {path}")]
    Encode {
        what: &'static str,
        message: String,
        path: String,
    },
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes `bytes` to `path` atomically: a temporary file in the same
/// folder, fsync, rename over `path`, fsync of the folder (Unix). An
/// existing file keeps its permissions; a symlink is followed, so its
/// target is replaced, not the link.
pub fn save_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    save_atomic_with(path, |file| file.write_all(bytes))
}

/// [`save_atomic`] with the contents written by `write` into the
/// temporary file. If `write` fails (or the process dies while it runs),
/// the file at `path` is untouched; on failure the temporary file is
/// removed.
pub fn save_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let err = |source| SaveError::Write {
        path: path.display().to_string(),
        source,
    };
    let target: PathBuf = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path).map_err(err)?,
        _ => path.to_path_buf(),
    };
    let name = target.file_name().ok_or_else(|| {
        err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a file name",
        ))
    })?;
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let (temp_path, mut file) = create_temp(&dir, &name.to_string_lossy()).map_err(err)?;
    let written = (|| {
        write(&mut file)?;
        if let Ok(meta) = std::fs::metadata(&target) {
            file.set_permissions(meta.permissions())?;
        }
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp_path, &target)
    })();
    if let Err(e) = written {
        // Best effort: the temporary file is ours and useless now.
        let _ = std::fs::remove_file(&temp_path);
        return Err(err(e));
    }
    #[cfg(unix)]
    {
        // Makes the rename itself durable. Some file systems refuse to
        // sync a folder; the file is already in place, so that is not an
        // error worth reporting.
        let _ = std::fs::File::open(&dir).and_then(|d| d.sync_all());
    }
    Ok(())
}

/// Creates a new, unused `.NAME.PID.N.tmp` file in `dir`.
fn create_temp(dir: &Path, name: &str) -> std::io::Result<(PathBuf, std::fs::File)> {
    let mut last_err = None;
    for _ in 0..64 {
        let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
        {
            Ok(file) => return Ok((temp, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last_err = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last_err.unwrap_or_else(|| std::io::Error::other("no free temporary file name")))
}

/// Saves a workspace file (Dateline JSON), atomically.
pub fn save_workspace(path: &Path, workspace: &Workspace) -> Result<(), SaveError> {
    let json = workspace.to_json().map_err(|e| SaveError::Encode {
        what: "workspace",
        message: e.to_string(),
        path: path.display().to_string(),
    })?;
    save_atomic(path, json.as_bytes())
}

/// Exports events (whose `article` indexes `articles`) as an events CSV
/// (`date,label,group,source,passage`), atomically.
pub fn export_events_csv(
    path: &Path,
    articles: &[Article],
    events: &[Event],
) -> Result<(), SaveError> {
    let bytes = events_csv::write_events_csv(articles, events).map_err(|e| SaveError::Encode {
        what: "events CSV",
        message: e.to_string(),
        path: path.display().to_string(),
    })?;
    save_atomic(path, &bytes)
}

/// Exports events as a `TimelineJS3` JSON file titled `title`, atomically.
pub fn export_timelinejs(
    path: &Path,
    title: &str,
    articles: &[Article],
    events: &[Event],
) -> Result<(), SaveError> {
    let json = timelinejs::export_json(title, articles, events).map_err(|e| SaveError::Encode {
        what: "TimelineJS JSON",
        message: e.to_string(),
        path: path.display().to_string(),
    })?;
    save_atomic(path, json.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_files(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| Path::new(n).extension().is_some_and(|e| e == "tmp"))
            .collect()
    }

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.json");
        save_atomic(&path, b"one").unwrap();
        save_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert!(temp_files(dir.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn keeps_permissions_and_follows_symlinks() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.csv");
        std::fs::write(&real, "old").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        save_atomic(&link, b"new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[test]
    fn errors_name_the_path_and_clean_up() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no/such/dir/w.json");
        let err = save_atomic(&missing, b"x").unwrap_err();
        assert!(err.to_string().ends_with("w.json"), "{err}");
        // Renaming over a folder fails after the temporary was written.
        let folder = dir.path().join("folder");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("inside"), "x").unwrap();
        let err = save_atomic(&folder, b"x").unwrap_err();
        assert!(err.to_string().ends_with("folder"), "{err}");
        assert!(temp_files(dir.path()).is_empty());
    }
}
