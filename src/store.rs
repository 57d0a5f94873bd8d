//! The one way into the register file: path resolution, creation with private
//! permissions, the pragmas, versioned migrations, and write transactions that record
//! themselves in the audit table.

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

/// `PRAGMA application_id` of an engage register ("ENGA").
pub const APPLICATION_ID: i64 = 0x454E_4741;

/// The busy timeout SPEC §1 fixes; after it a write fails with exit 6.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The schema, one migration a version: entry `i` takes the register from version `i`
/// to `i + 1`. Never edit a migration that has shipped; add a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_practices.sql"),
    include_str!("migrations/002_people.sql"),
    include_str!("migrations/003_meetings.sql"),
    include_str!("migrations/004_sessions.sql"),
    include_str!("migrations/005_report_index.sql"),
    include_str!("migrations/006_open_lines.sql"),
    include_str!("migrations/007_sittings_index.sql"),
    include_str!("migrations/008_history.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The register's path: `--db`, else `$ENGAGE_DB`, else `<data dir>/engage/engage.db`.
pub fn resolve_path(flag: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = flag {
        return Ok(p.to_path_buf());
    }
    match std::env::var_os("ENGAGE_DB") {
        Some(p) if !p.is_empty() => Ok(PathBuf::from(p)),
        _ => Ok(data_dir()?.join("engage.db")),
    }
}

/// `<data dir>/engage`, where the register and the demo live by default.
pub fn data_dir() -> Result<PathBuf> {
    dirs::data_dir().map(|d| d.join("engage")).ok_or_else(|| {
        Error::storage("cannot find this user's data folder")
            .with_hint("give the register's path with --db or ENGAGE_DB")
    })
}

/// Whether a command only reads (a missing register is then exit 4 and nothing is
/// created) or may write (the register is created on first write).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

/// Who is acting, recorded with every write.
#[derive(Debug, Clone, Default)]
pub struct Actor {
    pub user: String,
    pub command: String,
}

impl Actor {
    /// The OS user and the command line of this process.
    pub fn from_process() -> Actor {
        let user = ["USER", "LOGNAME", "USERNAME"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
            .unwrap_or_else(|| "unknown".to_string());
        let command = std::iter::once("engage".to_string())
            .chain(std::env::args().skip(1).map(|a| shell_quote(&a)))
            .collect::<Vec<_>>()
            .join(" ");
        Actor { user, command }
    }
}

/// A word as a POSIX shell reads it back: plain when it is safe, else in single quotes.
pub fn shell_quote(s: &str) -> String {
    if !s.is_empty() && s.bytes().all(|c| c.is_ascii_alphanumeric() || b"-_./:=@,+%".contains(&c)) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// An open register.
pub struct Register {
    pub conn: Connection,
    pub path: PathBuf,
    pub actor: Actor,
    /// A reader's one transaction, open from [`Register::open`] until the register closes.
    snapshot: bool,
}

impl Drop for Register {
    fn drop(&mut self) {
        if self.snapshot {
            let _ = self.conn.execute_batch("COMMIT");
        }
    }
}

/// What a write did: its value, and the one-line summary for the audit table.
pub struct Written<T> {
    pub value: T,
    pub summary: String,
}

impl Register {
    /// Opens (and for `Access::Write`, creates) the register at `path`, sets the
    /// pragmas and brings its schema up to date.
    pub fn open(path: &Path, access: Access, actor: Actor) -> Result<Register> {
        let exists = path.exists();
        if !exists {
            if access == Access::Read {
                return Err(Error::not_found(format!("there is no register yet ({})", path.display()))
                    .with_hint("create one with `engage init`, or start with `engage practice import`"));
            }
            create_private_file(path)?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| Error::storage(format!("cannot open the register: {e} ({})", path.display())))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Look before touching anything: a newer or foreign file must stay as it is.
        let version: i64 =
            conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| not_a_register(path, e))?;
        let app_id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(Error::storage(format!(
                "the register was written by a newer engage (schema version {version}; this engage knows up to {SCHEMA_VERSION}) ({})",
                path.display()
            ))
            .with_hint("upgrade engage; the file was left unchanged"));
        }
        if app_id != APPLICATION_ID {
            let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
            if app_id != 0 || tables > 0 {
                return Err(Error::storage(format!("the file is not an engage register ({})", path.display()))
                    .with_hint("give another path with --db; the file was left unchanged"));
            }
        }
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut register = Register { conn, path: path.to_path_buf(), actor, snapshot: false };
        if version < SCHEMA_VERSION {
            if version > 0 {
                register.backup_before_migrating(version)?;
            }
            register.migrate(version)?;
        }
        if access == Access::Write {
            register.conn.execute_batch(&crate::session::lines::track_sql())?;
        }
        if access == Access::Read {
            // A reader sees one state of the register, however many statements it runs:
            // a report never mixes rows from before and after another process's write.
            // It also takes the file's shared lock once instead of once per statement.
            // It holds no lock until its first read, and in WAL mode never blocks a writer.
            register.conn.execute_batch("BEGIN DEFERRED")?;
            register.snapshot = true;
        }
        Ok(register)
    }

    fn backup_before_migrating(&self, version: i64) -> Result<()> {
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
        let name = format!(
            "{}.v{version}-backup-{stamp}",
            self.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
        );
        let target = self.path.with_file_name(name);
        self.backup_to(&target)
    }

    /// Applies the pending migrations and the version bump in one IMMEDIATE transaction:
    /// an upgrade happens whole or not at all.
    fn migrate(&mut self, from: i64) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the lock.
        let now: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        for sql in MIGRATIONS.iter().skip(now.max(from) as usize) {
            tx.execute_batch(sql)?;
        }
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.commit()?;
        Ok(())
    }

    /// A consistent copy of the register at `target` (a new file, mode 0600), made with
    /// SQLite's online backup API so that other processes may go on writing.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        if target.exists() {
            return Err(Error::conflict(format!("the backup file already exists ({})", target.display()))
                .with_hint("choose a new file name; engage never overwrites a file"));
        }
        create_private_file(target)?;
        let result = (|| -> Result<()> {
            let mut dest = Connection::open(target)?;
            {
                let backup = rusqlite::backup::Backup::new(&self.conn, &mut dest)?;
                backup.run_to_completion(256, Duration::from_millis(10), None)?;
            }
            // A backup is one self-contained file, not a WAL database with side files.
            dest.pragma_update(None, "journal_mode", "DELETE")?;
            Ok(())
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(target);
        }
        result
    }

    /// Runs `f` in one IMMEDIATE transaction and commits it with its audit row; any
    /// error rolls everything back. With `dry_run`, the transaction is rolled back
    /// after `f` has run, so the caller sees what would change and nothing is written.
    pub fn write<T>(&mut self, dry_run: bool, f: impl FnOnce(&Transaction) -> Result<Written<T>>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let written = f(&tx)?;
        // The one place where a change to the facts reaches the session lines.
        crate::session::rederive(&tx)?;
        if dry_run {
            tx.rollback()?;
        } else {
            crate::audit::record(&tx, &self.actor, &written.summary)?;
            tx.commit()?;
        }
        Ok(written.value)
    }

    /// A setting of the register (the `settings` table).
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self.conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }
}

fn not_a_register(path: &Path, e: rusqlite::Error) -> Error {
    let base = Error::from(e);
    if base.kind == crate::error::Kind::Busy {
        return base;
    }
    Error::storage(format!("the file is not an engage register ({})", path.display()))
        .with_hint("give another path with --db; the file was left unchanged")
}

/// Creates `path` (and its folder) as an empty file readable by its owner only.
fn create_private_file(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::storage(format!("cannot create the folder {}: {e}", dir.display())))?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map(drop).map_err(|e| Error::storage(format!("cannot create {}: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add_locality(reg: &mut Register, name: &str) {
        reg.write(false, |tx| {
            tx.execute("INSERT INTO locality (name) VALUES (?1)", [name])?;
            Ok(Written { value: (), summary: format!("added {name}") })
        })
        .unwrap();
    }

    fn localities(reg: &Register) -> i64 {
        reg.conn.query_row("SELECT count(*) FROM locality", [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn a_reader_sees_one_state_of_the_register() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("register.db");
        add_locality(&mut Register::open(&path, Access::Write, Actor::default()).unwrap(), "North");
        let reader = Register::open(&path, Access::Read, Actor::default()).unwrap();
        assert_eq!(localities(&reader), 1);
        // A write while the reader is open is neither blocked nor seen by it.
        add_locality(&mut Register::open(&path, Access::Write, Actor::default()).unwrap(), "South");
        assert_eq!(localities(&reader), 1, "a reader's later statements see the state its first one saw");
        drop(reader);
        assert_eq!(localities(&Register::open(&path, Access::Read, Actor::default()).unwrap()), 2);
    }
}
