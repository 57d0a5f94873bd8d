//! Files engage writes for people and scripts (the payment CSV of `session export --out`,
//! a funnel plot): whole or not at all, and never over a register, a symbolic link or
//! a file of another kind.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// What a file is, for the messages and for the files it may replace.
#[derive(Debug, Clone, Copy)]
pub struct Kind {
    /// `payment file`, `funnel plot`.
    pub noun: &'static str,
    /// The option that names the file (`--out`, `--plot`).
    pub option: &'static str,
    /// An existing file this kind may replace without `--force` (an earlier plot).
    pub replaces: fn(&[u8]) -> bool,
    /// Unix permissions of the file: 0600 for what names people and money.
    pub mode: u32,
    /// Whether a missing folder is made (0700), as for cron's payment files.
    pub makes_folder: bool,
}

/// What stands at a path before it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Existing {
    /// Nothing.
    None,
    /// A file holding exactly the bytes to be written: writing them again is a rerun.
    Same,
    /// A file that may be replaced.
    Replaceable,
}

const SQLITE_HEADER: &[u8] = b"SQLite format 3\0";

/// Looks at `path` before `bytes` are written there: refused (exit 5) when it is a
/// symbolic link, not a plain file, a database (an engage register), or a file the kind
/// may not replace unless `force` is given. A database is refused even with `force`.
pub fn check(path: &Path, bytes: &[u8], kind: Kind, force: bool) -> Result<Existing> {
    let what = || format!("{} ({})", path.display(), kind.option);
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Existing::None),
        Err(e) => return Err(Error::storage(format!("cannot look at {}: {e}", what()))),
    };
    if meta.file_type().is_symlink() {
        return Err(Error::conflict(format!("{} is a symbolic link: engage does not write through one", what()))
            .with_hint("give the path of the file itself"));
    }
    if !meta.is_file() {
        return Err(Error::conflict(format!("{} is not a file", what())).with_hint("give a file's path"));
    }
    let old = std::fs::read(path).map_err(|e| Error::storage(format!("cannot read {}: {e}", what())))?;
    if old.starts_with(SQLITE_HEADER) {
        return Err(Error::conflict(format!(
            "{} is a database (an engage register?): it is never written over",
            what()
        ))
        .with_hint(format!("give {} a new file's path", kind.option)));
    }
    if old == bytes {
        return Ok(Existing::Same);
    }
    if force || (kind.replaces)(&old) {
        return Ok(Existing::Replaceable);
    }
    Err(Error::conflict(format!("{} exists and holds something else: it is left as it is", what()))
        .with_hint(format!("give a new file's path, or add --force to replace it with this {}", kind.noun)))
}

/// Writes `bytes` to `path` whole: to a new temporary file in the same folder (made, and
/// its missing parents, 0700, for a kind that makes it), flushed to disk, then renamed over `path`, so that `path`
/// holds either what it held or all of `bytes`, never part. Call [`check`] first.
pub fn write(path: &Path, bytes: &[u8], kind: Kind) -> Result<()> {
    let dir = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(d) => d.to_path_buf(),
        None => PathBuf::from("."),
    };
    if kind.makes_folder {
        create_private_dir(&dir)?;
    }
    let name = path
        .file_name()
        .ok_or_else(|| Error::invalid(format!("not a file's path: {} ({})", path.display(), kind.option)))?;
    let tmp = dir.join(format!(".{}.{}.tmp", name.to_string_lossy(), std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(kind.mode);
        }
        let mut file = options.open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)?;
        // The rename itself is on disk once the folder is.
        std::fs::File::open(&dir)?.sync_all()
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::storage(format!("the {} could not be written to {}: {e} ({})", kind.noun, path.display(), kind.option))
            .with_hint("free the space or choose a folder you can write to, then run the same command again")
    })
}

/// Creates `dir` and its missing parents, each 0700 (private), when it does not exist.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() || dir.exists() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| Error::storage(format!("cannot create the folder {}: {e}", dir.display())))
}
