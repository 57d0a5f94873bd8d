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

/// The file `publish` leaves in its folder, naming the files it wrote there.
pub const SITE_MARKER: &str = ".engage-site";

/// What [`write_site`] did.
#[derive(Debug, Clone, Default)]
pub struct SiteWritten {
    pub written: usize,
    /// Pages of an earlier publish that this one no longer has (a practice closed).
    pub removed: usize,
}

/// Writes a static site into `dir`: each `(path, text)` of `files` (paths under `dir`,
/// `/` between folders) as a page readable by all (0644) in folders 0755, for a web
/// server. `dir` must be missing, empty, or hold only what an earlier publish wrote
/// there (its [`SITE_MARKER`] lists them); anything else there, or a symbolic link at
/// `dir` or in it, is refused (exit 5) before anything is written. Pages of the earlier
/// publish that this one does not have are removed. Each page is written whole (to a
/// temporary file, then renamed); pages are not flushed one by one, as a site is written
/// again by running the same command.
pub fn write_site(dir: &Path, files: impl IntoIterator<Item = (String, String)>, option: &str) -> Result<SiteWritten> {
    let earlier = earlier_site(dir, option)?;
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o755);
    }
    let failed = |what: &Path, e: std::io::Error| {
        Error::storage(format!("cannot write {}: {e} ({option})", what.display()))
            .with_hint("free the space or choose a folder you can write to, then run the same command again")
    };
    let page = |path: &Path, text: &[u8]| -> std::io::Result<()> {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        let result =
            std::fs::write(&tmp, text).and_then(|()| set_mode(&tmp, 0o644)).and_then(|()| std::fs::rename(&tmp, path));
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    };
    // Each folder made (0755) before its first page; each page written as it comes.
    let mut folders: Vec<PathBuf> = Vec::new();
    let mut now: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    for (name, text) in files {
        let path = dir.join(&name);
        let folder = path.parent().map_or_else(|| dir.to_path_buf(), Path::to_path_buf);
        if !folders.contains(&folder) {
            for f in [dir.to_path_buf(), folder.clone()] {
                builder.create(&f).map_err(|e| failed(&f, e))?;
                set_mode(&f, 0o755).map_err(|e| failed(&f, e))?;
            }
            folders.push(folder);
        }
        page(&path, text.as_bytes()).map_err(|e| failed(&path, e))?;
        now.insert(name);
    }
    let mut removed = 0;
    for old in earlier.iter().filter(|n| !now.contains(n.as_str())) {
        let path = dir.join(old);
        match std::fs::remove_file(&path) {
            Ok(()) => removed += 1,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(failed(&path, e)),
        }
    }
    let mut marker = String::from("engage publish wrote these files; it replaces them when it publishes again\n");
    for name in &now {
        marker.push_str(name);
        marker.push('\n');
    }
    let path = dir.join(SITE_MARKER);
    page(&path, marker.as_bytes()).map_err(|e| failed(&path, e))?;
    Ok(SiteWritten { written: now.len(), removed })
}

/// The files an earlier publish wrote in `dir` (none for a missing or empty folder),
/// after checking that nothing else is there.
fn earlier_site(dir: &Path, option: &str) -> Result<Vec<String>> {
    let shown = format!("{} ({option})", dir.display());
    let meta = match std::fs::symlink_metadata(dir) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::storage(format!("cannot look at {shown}: {e}"))),
    };
    if meta.file_type().is_symlink() {
        return Err(Error::conflict(format!("{shown} is a symbolic link: engage does not write through one"))
            .with_hint("give the folder's own path"));
    }
    if !meta.is_dir() {
        return Err(Error::conflict(format!("{shown} is not a folder: it is left as it is"))
            .with_hint("give a new or empty folder, or one engage published to before"));
    }
    let listed: Vec<String> = match std::fs::read_to_string(dir.join(SITE_MARKER)) {
        Ok(text) => text.lines().skip(1).filter(|l| !l.is_empty()).map(str::to_string).collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(Error::storage(format!("cannot read {}: {e}", dir.join(SITE_MARKER).display()))),
    };
    let known: std::collections::BTreeSet<&str> = listed.iter().map(String::as_str).collect();
    // Everything under the folder, never through a symbolic link.
    let mut stack = vec![(dir.to_path_buf(), String::new())];
    while let Some((folder, prefix)) = stack.pop() {
        let entries =
            std::fs::read_dir(&folder).map_err(|e| Error::storage(format!("cannot read {}: {e}", folder.display())))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::storage(format!("cannot read {}: {e}", folder.display())))?;
            let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
            let kind = entry.file_type().map_err(|e| Error::storage(format!("cannot look at {name}: {e}")))?;
            let foreign = || {
                Error::conflict(format!("{shown} holds {name}, which engage did not write: nothing was written"))
                    .with_hint("publish into a new or empty folder, or one engage published to before")
            };
            if kind.is_symlink() {
                return Err(foreign());
            } else if kind.is_dir() {
                let empty = std::fs::read_dir(entry.path()).is_ok_and(|mut d| d.next().is_none());
                if !empty && !known.iter().any(|k| k.starts_with(&format!("{name}/"))) {
                    return Err(foreign());
                }
                stack.push((entry.path(), format!("{name}/")));
            } else if name != SITE_MARKER && !known.contains(name.as_str()) {
                return Err(foreign());
            } else if is_database(&entry.path()) {
                return Err(Error::conflict(format!(
                    "{shown} holds {name}, a database (an engage register?): it is never written over"
                ))
                .with_hint("move the database out of the site's folder"));
            }
        }
    }
    Ok(listed.into_iter().filter(|n| !n.split('/').any(|part| part == ".." || part.is_empty())).collect())
}

/// Whether the file at `path` is an SQLite database.
fn is_database(path: &Path) -> bool {
    let mut head = [0u8; 16];
    std::fs::File::open(path).and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head)).is_ok()
        && head == *SQLITE_HEADER
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_: &Path, _: u32) -> std::io::Result<()> {
    Ok(())
}
