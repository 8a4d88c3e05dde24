//! Crash recovery: unsaved corrections are written to a recovery file (a
//! complete Dateline workspace) at most once a minute, and offered back on
//! the next start if Dateline did not close normally.
//!
//! Each running Dateline writes its own `recovery-PID.dateline.json` in the
//! app's data folder; the file is removed when the work is saved or
//! deliberately discarded, and on a normal quit. On start, recovery files
//! of processes that are no longer running are offered back. Restoring
//! opens the file as a workspace, so nothing else needs to exist.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::io::save::save_workspace;
use crate::io::{SaveError, Workspace, save_atomic};

/// Seconds between autosaves of unsaved corrections.
pub const AUTOSAVE_INTERVAL_SECS: f64 = 60.0;

const PREFIX: &str = "recovery-";
const SUFFIX: &str = ".dateline.json";
/// The prefix [`set_aside`] gives a discarded recovery file.
const DISCARDED: &str = "discarded-";

/// Decides when to autosave: when there are unsaved edits that the last
/// recovery file does not hold, and at least
/// [`AUTOSAVE_INTERVAL_SECS`] after the last autosave (or after the first
/// unsaved edit was seen).
#[derive(Debug, Clone, Default)]
pub struct Autosave {
    /// The edit count the recovery file holds (`None`: no file written).
    saved_edits: Option<u64>,
    /// When the clock started: the last autosave, or the first time
    /// unsaved edits were seen after one.
    since: Option<f64>,
}

impl Autosave {
    /// Whether to write a recovery file now (`now` in seconds on any
    /// monotonic clock). Call [`Autosave::written`] once it is written.
    pub fn due(&mut self, now: f64, dirty: bool, edits: u64) -> bool {
        if !dirty || self.saved_edits == Some(edits) {
            return false;
        }
        match self.since {
            None => {
                self.since = Some(now);
                false
            }
            Some(since) => now - since >= AUTOSAVE_INTERVAL_SECS,
        }
    }

    /// Records that the recovery file now holds `edits`, written at `now`.
    pub fn written(&mut self, now: f64, edits: u64) {
        self.saved_edits = Some(edits);
        self.since = Some(now);
    }

    /// Writing the recovery file failed at `now`: try again a full
    /// interval later.
    pub fn retry_later(&mut self, now: f64) {
        self.since = Some(now);
    }

    /// The work was saved or discarded: no recovery file is needed.
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// Whether a recovery file has been written (and not reset since).
    pub fn has_file(&self) -> bool {
        self.saved_edits.is_some()
    }
}

/// The recovery file of the process `pid` in `dir`.
pub fn recovery_path(dir: &Path, pid: u32) -> PathBuf {
    dir.join(format!("{PREFIX}{pid}{SUFFIX}"))
}

/// The process id in a recovery file's name.
fn pid_of(path: &Path) -> Option<u32> {
    path.file_name()?
        .to_str()?
        .strip_prefix(PREFIX)?
        .strip_suffix(SUFFIX)?
        .parse()
        .ok()
}

/// A recovery file left behind by a Dateline that did not close normally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    pub path: PathBuf,
    /// When it was last written, if the file system says.
    pub modified: Option<SystemTime>,
}

/// Recovery files in `dir` whose process is not running any more, newest
/// first. `running(pid)` says whether a process is alive; the current
/// process's own file is never offered.
pub fn find_recoveries(dir: &Path, own_pid: u32, running: impl Fn(u32) -> bool) -> Vec<Recovery> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<Recovery> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| pid_of(p).is_some_and(|pid| pid != own_pid && !running(pid)))
        .map(|path| Recovery {
            modified: std::fs::metadata(&path).and_then(|m| m.modified()).ok(),
            path,
        })
        .collect();
    found.sort_by(|a, b| b.modified.cmp(&a.modified).then(a.path.cmp(&b.path)));
    found
}

/// Whether process `pid` is running, where the system can tell (Linux:
/// `/proc`); elsewhere every other process counts as gone, so its
/// recovery file is offered.
pub fn process_running(pid: u32) -> bool {
    cfg!(target_os = "linux") && Path::new("/proc").join(pid.to_string()).exists()
}

/// Writes `workspace` as the recovery file `path` (atomically, creating
/// the folder if needed).
pub fn write_recovery(path: &Path, workspace: &Workspace) -> Result<(), SaveError> {
    create_parent(path)?;
    save_workspace(path, workspace)
}

/// [`write_recovery`] for already encoded bytes (the UI encodes on its
/// thread and writes on a worker).
pub fn write_recovery_bytes(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    create_parent(path)?;
    save_atomic(path, bytes)
}

fn create_parent(path: &Path) -> Result<(), SaveError> {
    match path.parent() {
        Some(dir) => std::fs::create_dir_all(dir).map_err(|source| SaveError::Write {
            path: path.display().to_string(),
            source,
        }),
        None => Ok(()),
    }
}

/// Removes a recovery file; a file that is already gone is not an error.
pub fn remove_recovery(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// How long a discarded recovery file is kept before [`prune_discarded`]
/// removes it: 30 days.
pub const KEEP_DISCARDED: Duration = Duration::from_hours(30 * 24);

/// Removes the discarded recovery files in `dir` (see [`set_aside`]) last
/// written before `cutoff`, returning the ones removed. Restored files are
/// left alone: the user may have gone on saving to them.
pub fn prune_discarded(dir: &Path, cutoff: SystemTime) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_prefix(DISCARDED))
                .is_some_and(|rest| pid_of(Path::new(rest)).is_some())
        })
        .filter(|path| {
            std::fs::symlink_metadata(path)
                .and_then(|m| m.modified())
                .is_ok_and(|modified| modified < cutoff)
        })
        .filter(|path| std::fs::remove_file(path).is_ok())
        .collect()
}

/// Sets a discarded recovery file aside as `discarded-….dateline.json`
/// (replacing an older one) instead of deleting it, so a wrong click
/// loses nothing.
pub fn set_aside(recovery: &Path) -> std::io::Result<PathBuf> {
    let name = recovery
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let aside = recovery.with_file_name(format!("{DISCARDED}{name}"));
    std::fs::rename(recovery, &aside)?;
    Ok(aside)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    #[test]
    fn autosave_waits_a_minute_after_the_first_unsaved_edit() {
        let mut auto = Autosave::default();
        assert!(!auto.due(0.0, false, 0), "nothing unsaved");
        assert!(!auto.due(10.0, true, 1), "clock starts at the first edit");
        assert!(!auto.due(69.9, true, 1));
        assert!(auto.due(70.0, true, 1));
        auto.written(70.0, 1);
        assert!(auto.has_file());
        assert!(!auto.due(200.0, true, 1), "the file already holds edit 1");
        assert!(
            !auto.due(129.0, true, 2),
            "a minute since the last autosave"
        );
        assert!(auto.due(130.0, true, 2));
        auto.retry_later(135.0);
        assert!(!auto.due(190.0, true, 3), "a failed write waits a minute");
        assert!(auto.due(195.0, true, 3));
        auto.reset();
        assert!(!auto.has_file());
        assert!(!auto.due(131.0, false, 2), "saved: nothing to recover");
    }

    #[test]
    fn prunes_only_old_discarded_recovery_files() {
        let dir = tempfile::tempdir().unwrap();
        let now = SystemTime::now();
        let long_ago = now - KEEP_DISCARDED - Duration::from_mins(1);
        let file = |name: &str, modified: SystemTime| {
            let path = dir.path().join(name);
            std::fs::write(&path, "{}").unwrap();
            std::fs::File::options()
                .write(true)
                .open(&path)
                .unwrap()
                .set_modified(modified)
                .unwrap();
            path
        };
        let old_discarded = file("discarded-recovery-1.dateline.json", long_ago);
        let new_discarded = file("discarded-recovery-2.dateline.json", now);
        let old_restored = file("restored-recovery-3.dateline.json", long_ago);
        let old_recovery = file("recovery-4.dateline.json", long_ago);
        let other = file("discarded-notes.txt", long_ago);
        let removed = prune_discarded(dir.path(), now - KEEP_DISCARDED);
        assert_eq!(removed, vec![old_discarded.clone()]);
        assert!(!old_discarded.exists());
        for kept in [new_discarded, old_restored, old_recovery, other] {
            assert!(kept.exists(), "{} kept", kept.display());
        }
        assert!(prune_discarded(&dir.path().join("missing"), now).is_empty());
    }

    #[test]
    fn finds_files_of_dead_processes_only_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        for pid in [10, 20, 30] {
            std::fs::write(recovery_path(dir.path(), pid), "{}").unwrap();
        }
        std::fs::write(dir.path().join("recovery-x.dateline.json"), "{}").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "").unwrap();
        let found = find_recoveries(dir.path(), 30, |pid| pid == 20);
        let names: Vec<_> = found.iter().map(|r| pid_of(&r.path)).collect();
        assert_eq!(names, vec![Some(10)], "own (30) and running (20) skipped");
        assert!(find_recoveries(&dir.path().join("missing"), 1, |_| false).is_empty());
    }

    #[test]
    fn recovery_file_is_a_workspace_that_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = recovery_path(&dir.path().join("data"), 7);
        let text = "date 2023-07-27 Title - P\nTitle\nSoldiers acted on Wednesday.\n".to_owned();
        let article = Article {
            path: "a.txt".into(),
            date: chrono::NaiveDate::from_ymd_opt(2023, 7, 27),
            title: "Title".into(),
            publisher: "P".into(),
            body: 0..text.len(),
            text,
        };
        let workspace = Workspace::new(&[article], &[], &[], &[]);
        write_recovery(&path, &workspace).unwrap();
        let read = std::fs::read_to_string(&path).unwrap();
        assert_eq!(Workspace::from_json(&read, "r").unwrap(), workspace);
        let aside = set_aside(&path).unwrap();
        assert!(!path.exists() && aside.exists());
        remove_recovery(&path).unwrap();
        remove_recovery(&aside).unwrap();
        assert!(!aside.exists());
    }

    #[test]
    fn process_running_sees_this_process_on_linux() {
        if cfg!(target_os = "linux") {
            assert!(process_running(std::process::id()));
            assert!(!process_running(u32::MAX));
        }
    }
}
