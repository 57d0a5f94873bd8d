//! The one way into the register file: path resolution, creation with private
//! permissions, the pragmas, versioned migrations, and write transactions that record
//! themselves in the audit table.

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::error::{Error, Result};

mod copy;
mod db;
mod pg;
mod value;

use db::Engine;
pub use db::{Db, Dialect, Row};
pub use pg::ServerUrl;
pub use value::{FromValue, Kind as ValueKind, Params, Stored, ToValue, Value};

/// `PRAGMA application_id` of an engage register ("ENGA").
pub const APPLICATION_ID: i64 = 0x454E_4741;

/// The busy timeout the README gives; after it a write fails with exit 6.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The schema, one migration a version: entry `i` takes the register from version `i`
/// to `i + 1`. Never edit a migration that has shipped; add a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/sqlite/001_practices.sql"),
    include_str!("migrations/sqlite/002_people.sql"),
    include_str!("migrations/sqlite/003_meetings.sql"),
    include_str!("migrations/sqlite/004_sessions.sql"),
    include_str!("migrations/sqlite/005_report_index.sql"),
    include_str!("migrations/sqlite/006_open_lines.sql"),
    include_str!("migrations/sqlite/007_sittings_index.sql"),
    include_str!("migrations/sqlite/008_history.sql"),
    include_str!("migrations/sqlite/009_meetings_held.sql"),
    include_str!("migrations/sqlite/010_groups.sql"),
    include_str!("migrations/sqlite/011_schemes.sql"),
    include_str!("migrations/sqlite/012_briefings.sql"),
    include_str!("migrations/sqlite/013_measures.sql"),
    include_str!("migrations/sqlite/014_accrued_through.sql"),
    include_str!("migrations/sqlite/015_audit_db_user.sql"),
    include_str!("migrations/sqlite/016_workforce_census.sql"),
    include_str!("migrations/sqlite/017_scheme_conditions.sql"),
];

/// The migrations of a team register, entry `i` taking it from version 14 + `i` (its
/// first schema, [`POSTGRES_SCHEMA`]) to the next.
const POSTGRES_MIGRATIONS: &[&str] = &[
    include_str!("migrations/postgres/015_audit_db_user.sql"),
    include_str!("migrations/postgres/016_workforce_census.sql"),
    include_str!("migrations/postgres/017_scheme_conditions.sql"),
];

/// The schema version [`POSTGRES_SCHEMA`] makes.
const POSTGRES_FIRST_VERSION: i64 = 14;

/// The schema as the migrations leave it, for a new register: one script instead of
/// replaying every migration (each `ALTER TABLE` makes SQLite read the whole schema
/// again, which was most of the time an import into a new register took). Generated
/// from the migrations, and checked against them by a test.
const SCHEMA: &str = include_str!("migrations/sqlite/schema.sql");

/// The schema of a team register on PostgreSQL at [`SCHEMA_VERSION`], with the table that
/// marks the database as a register and holds its version.
const POSTGRES_SCHEMA: &str = include_str!("migrations/postgres/schema.sql");

/// The lines of a team register's schema and of its migrations, in order: where the
/// register's tables (and functions) are read from, to copy or remove them.
fn postgres_schema_lines() -> impl Iterator<Item = &'static str> {
    std::iter::once(POSTGRES_SCHEMA).chain(POSTGRES_MIGRATIONS.iter().copied()).flat_map(str::lines)
}

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Where a register is: a file, or a team register's server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    File(PathBuf),
    Server(ServerUrl),
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::File(p) => write!(f, "{}", p.display()),
            Location::Server(url) => write!(f, "{url}"),
        }
    }
}

impl Location {
    /// A `--db` value: a `postgresql://` or `postgres://` URL names a team register's
    /// server (one holding a password is exit 3); anything else is a file's path.
    pub fn parse(value: &std::ffi::OsStr) -> Result<Location> {
        match value.to_str() {
            Some(text) if pg::is_server_url(text) => Ok(Location::Server(pg::parse_url(text)?)),
            _ => Ok(Location::File(PathBuf::from(value))),
        }
    }
}

impl From<&Path> for Location {
    fn from(path: &Path) -> Location {
        Location::File(path.to_path_buf())
    }
}

impl From<&PathBuf> for Location {
    fn from(path: &PathBuf) -> Location {
        Location::File(path.clone())
    }
}

impl From<PathBuf> for Location {
    fn from(path: PathBuf) -> Location {
        Location::File(path)
    }
}

/// The register: `--db`, else `$ENGAGE_DB`, else `<data dir>/engage/engage.db`.
pub fn resolve(flag: Option<&Path>) -> Result<Location> {
    match flag {
        Some(p) => Location::parse(p.as_os_str()),
        None => match std::env::var_os("ENGAGE_DB") {
            Some(p) if !p.is_empty() => Location::parse(&p),
            _ => Ok(Location::File(data_dir()?.join("engage.db"))),
        },
    }
}

/// Removes a whole register: a file with its `-wal` and `-shm` files, or a team
/// register's tables (and nothing else the database holds). For the demo, which is made
/// again; the caller has checked that it is one.
pub fn remove_register(location: &Location) -> Result<()> {
    match location {
        Location::File(path) => {
            for suffix in ["", "-wal", "-shm"] {
                let mut p = path.as_os_str().to_owned();
                p.push(suffix);
                match std::fs::remove_file(&p) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
                    _ => {}
                }
            }
            Ok(())
        }
        Location::Server(url) => {
            let server = pg::Server::connect(url)?;
            let tables: Vec<&str> = postgres_schema_lines()
                .filter_map(|l| l.strip_prefix("CREATE TABLE "))
                .filter_map(|l| l.split_whitespace().next())
                .collect();
            let functions: Vec<&str> = postgres_schema_lines()
                .filter_map(|l| l.strip_prefix("CREATE OR REPLACE FUNCTION "))
                .filter_map(|l| l.split('(').next())
                .collect();
            server.batch(&format!(
                "DROP TABLE IF EXISTS {} CASCADE; DROP FUNCTION IF EXISTS {}",
                tables.join(", "),
                functions.join(", ")
            ))
        }
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
/// created), may write (the register is created on first write), or writes only in a
/// transaction it rolls back or to an existing register (a preview, a dry run, a payment
/// run: a missing register is exit 4, as for a read, and nothing is created).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
    Preview,
}

impl Access {
    /// A write, or with `dry_run` a preview of one.
    pub fn writing(dry_run: bool) -> Access {
        if dry_run { Access::Preview } else { Access::Write }
    }
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
            .unwrap_or_else(user_of_process);
        // Arguments need not be UTF-8 (a path is an OS string).
        let command = std::iter::once("engage".to_string())
            .chain(std::env::args_os().skip(1).map(|a| shell_quote(&a.to_string_lossy())))
            .collect::<Vec<_>>()
            .join(" ");
        Actor { user, command }
    }
}

/// The name of the user this process runs as, from its user id (cron may set no
/// `$USER`): the name in `/etc/passwd`, else `uid N`.
fn user_of_process() -> String {
    let uid = rustix::process::geteuid().as_raw();
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    passwd
        .lines()
        .find_map(|line| {
            let fields: Vec<&str> = line.split(':').collect();
            (fields.len() > 2 && fields[2] == uid.to_string()).then(|| fields[0].to_string())
        })
        .unwrap_or_else(|| format!("uid {uid}"))
}

/// A word as a POSIX shell reads it back: plain when it is safe, else in single quotes.
pub fn shell_quote(s: &str) -> String {
    if !s.is_empty() && s.bytes().all(|c| c.is_ascii_alphanumeric() || b"-_./:=@,+%".contains(&c)) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// What the layer that owns the money does on the write path, handed to the store so
/// that the store imports nothing above it: `rederive` brings the session lines of what
/// a write touched up to date with the facts, just before the write commits (refusing a
/// change to a paid line).
pub struct Derived {
    pub rederive: fn(&Write) -> Result<()>,
}

/// What a write has touched that session lines are derived from, by id: meetings (their
/// attendance, date, status), appointments (with the meetings their nominated-GP range
/// covered before the change), and people whose dated facts changed.
#[derive(Debug, Default)]
pub struct Touched {
    pub meetings: std::collections::BTreeSet<i64>,
    pub appointments: std::collections::BTreeSet<i64>,
    pub people: std::collections::BTreeSet<i64>,
}

/// A write transaction: the connection to change the register through, and what the
/// write has touched, noted by the functions that change facts lines derive from. The
/// store hands it to [`Derived::rederive`] before it commits. A function that writes
/// takes one, so its signature says so.
pub struct Write<'a> {
    db: &'a Db,
    touched: std::cell::RefCell<Touched>,
}

impl std::ops::Deref for Write<'_> {
    type Target = Db;
    fn deref(&self) -> &Db {
        self.db
    }
}

/// Ids as a statement's values, for an `IN` list of [`value_rows`]`(1, n, …)`.
pub fn id_values(ids: &[i64]) -> Vec<&dyn ToValue> {
    ids.iter().map(|i| i as &dyn ToValue).collect()
}

/// The rows of a `VALUES` list of `rows` rows of `width` values, numbered from
/// `?{after + 1}`: `(?1, ?2), (?3, ?4)` (a statement's other placeholders come first).
pub fn value_rows(rows: usize, width: usize, after: usize) -> String {
    use std::fmt::Write as _;
    // Written into one string: a bulk load's statements have thousands of placeholders.
    let mut out = String::with_capacity(rows * width * 8);
    for r in 0..rows {
        out.push_str(if r == 0 { "(" } else { ", (" });
        for c in 1..=width {
            let sep = if c == 1 { "" } else { ", " };
            let _ = write!(out, "{sep}?{}", after + r * width + c);
        }
        out.push(')');
    }
    out
}

/// The statements of a bulk write, one for each chunk of `values` (`rows_a_statement`
/// rows of `width`): `sql` makes a statement for a number of rows, made again only when
/// that number changes (every chunk but the last has the same).
fn chunked<'v>(
    values: &'v [&'v dyn ToValue],
    width: usize,
    rows_a_statement: usize,
    sql: impl Fn(usize) -> String,
) -> impl Iterator<Item = (std::rc::Rc<str>, &'v [&'v dyn ToValue])> {
    let mut made: Option<(usize, std::rc::Rc<str>)> = None;
    values.chunks(rows_a_statement * width).map(move |chunk| {
        let rows = chunk.len() / width;
        let text = match &made {
            Some((n, text)) if *n == rows => text.clone(),
            _ => {
                let text: std::rc::Rc<str> = sql(rows).into();
                made = Some((rows, text.clone()));
                text
            }
        };
        (text, chunk)
    })
}

impl Write<'_> {
    /// Runs a statement that changes the register, giving the number of rows changed.
    pub fn execute(&self, sql: &str, params: impl Params) -> Result<usize> {
        self.db.execute(sql, &params)
    }
    /// Runs a statement that gives one value (an `INSERT … RETURNING id`), or `None`
    /// when it would break a uniqueness rule (an email someone else has), so that the
    /// caller can say whose.
    pub fn value_unless_clash<T: FromValue>(&self, sql: &str, params: impl Params) -> Result<Option<T>> {
        self.db.value_unless_clash(sql, &params)
    }
    /// Inserts many rows: `head` is `INSERT INTO t (a, b, …)`, `values` the rows' values
    /// one row after another, `width` to a row. On a server up to a thousand rows (and
    /// 30,000 values) go in one statement, so a bulk load makes a round trip a statement,
    /// not a row; on a file, 16. (A statement is kept prepared for the next chunk of its
    /// size: larger ones cost more memory than they save.)
    pub fn insert_rows(&self, head: &str, width: usize, values: &[&dyn ToValue]) -> Result<()> {
        debug_assert!(width > 0 && values.len().is_multiple_of(width), "{head}");
        // A file register has no round trips to save: a statement of a few rows, prepared
        // once, is cheapest (SQLite parses a long one for longer than its steps save: a
        // national import took a tenth less time at 16 rows than at 1,000). A server
        // takes up to a thousand, within its limit on a statement's parameters.
        let most = if self.db.sqlite().is_some() { 16 } else { 1_000 };
        let rows_a_statement = (30_000 / width).clamp(1, most);
        let sql = |rows: usize| format!("{head} VALUES {}", value_rows(rows, width, 0));
        for (sql, chunk) in chunked(values, width, rows_a_statement, sql) {
            self.db.execute(&sql, &chunk)?;
        }
        Ok(())
    }
    /// Updates many rows of `table` by their key columns (`id`; a practice's `code`; a
    /// skill's `person_id, tag`): `values` holds each row's key then its other values,
    /// `width` to a row, and `set` assigns columns from them (`v.column2`…, after the
    /// key's). Up to a thousand rows (and 30,000 values) go in one statement. Returns the
    /// number of rows changed.
    pub fn update_rows(
        &self,
        (table, key): (&str, &[&str]),
        set: &str,
        width: usize,
        values: &[&dyn ToValue],
    ) -> Result<usize> {
        debug_assert!(width > key.len() && values.len().is_multiple_of(width), "{table}");
        let rows_a_statement = (30_000 / width).clamp(1, 1_000);
        let matched: Vec<String> =
            key.iter().enumerate().map(|(i, k)| format!("{table}.{k} = v.column{}", i + 1)).collect();
        let matched = matched.join(" AND ");
        let sql = |rows: usize| {
            format!("UPDATE {table} SET {set} FROM (VALUES {}) AS v WHERE {matched}", value_rows(rows, width, 0))
        };
        let mut changed = 0;
        for (sql, chunk) in chunked(values, width, rows_a_statement, sql) {
            changed += self.db.execute(&sql, &chunk)?;
        }
        Ok(changed)
    }
    /// Deletes the rows of `table` with these ids, a few thousand a statement.
    pub fn delete_ids(&self, table: &str, ids: &[i64]) -> Result<usize> {
        let mut deleted = 0;
        for chunk in ids.chunks(10_000) {
            let sql = format!("DELETE FROM {table} WHERE id IN {}", value_rows(1, chunk.len(), 0));
            deleted += self.db.execute(&sql, &id_values(chunk).as_slice())?;
        }
        Ok(deleted)
    }
    /// Runs an `INSERT … RETURNING id`, giving the new row's id.
    pub fn insert(&self, sql: &str, params: impl Params) -> Result<i64> {
        debug_assert!(sql.trim_end().ends_with("RETURNING id"), "{sql}");
        self.db.value(sql, params)
    }
    /// A meeting whose attendance, date or status changed.
    pub fn touch_meeting(&self, id: i64) {
        self.touched.borrow_mut().meetings.insert(id);
    }
    /// Meetings a change reaches (those an appointment covered before it changed).
    pub fn touch_meetings(&self, ids: impl IntoIterator<Item = i64>) {
        self.touched.borrow_mut().meetings.extend(ids);
    }
    /// An appointment that was made, changed or removed.
    pub fn touch_appointment(&self, id: i64) {
        self.touched.borrow_mut().appointments.insert(id);
    }
    /// A person whose dated facts (practice, role, pay_to, or the day they began) changed.
    pub fn touch_person(&self, id: i64) {
        self.touched.borrow_mut().people.insert(id);
    }
    /// What was touched since the last call, leaving nothing noted.
    pub fn take_touched(&self) -> Touched {
        std::mem::take(&mut *self.touched.borrow_mut())
    }
}

/// An open register.
pub struct Register {
    pub db: Db,
    pub location: Location,
    pub actor: Actor,
    derived: &'static Derived,
    /// A reader's one transaction, open from [`Register::open`] until the register closes.
    snapshot: bool,
}

impl Drop for Register {
    fn drop(&mut self) {
        if self.snapshot {
            let _ = self.db.batch("COMMIT");
        }
        // For the tests that hold every command to its budget of round trips.
        if let Some(server) = self.db.server()
            && std::env::var_os("ENGAGE_COUNT_ROUND_TRIPS").is_some()
        {
            eprintln!("round trips: {}", server.round_trips());
        }
    }
}

/// What `db check` found in the file and its foreign keys: nothing when all is well.
pub struct Checked {
    pub file: Vec<String>,
    pub foreign_keys: Vec<String>,
}

/// What a write did: its value, and the one-line summary for the audit table.
pub struct Written<T> {
    pub value: T,
    pub summary: String,
}

impl Register {
    /// Opens (and for `Access::Write`, creates) the register at `location`, and brings
    /// its schema up to date.
    pub fn open(location: &Location, access: Access, actor: Actor, derived: &'static Derived) -> Result<Register> {
        match location {
            Location::File(path) => Register::open_file(path, access, actor, derived),
            Location::Server(url) => Register::open_server(url, access, actor, derived),
        }
    }

    /// The register file's path; `None` for a team register.
    pub fn path(&self) -> Option<&Path> {
        match &self.location {
            Location::File(p) => Some(p),
            Location::Server(_) => None,
        }
    }

    /// Makes a team register's two group roles, without login, and grants them what
    /// writing and reading the register need: `<dbname>_engage_write` and
    /// `<dbname>_engage_read` (roles are shared by the whole server, hence the prefix).
    /// Run once by the database's owner; running it again changes nothing.
    pub fn init_roles(&mut self) -> Result<(String, String)> {
        let Location::Server(url) = &self.location else {
            return Err(Error::invalid("db init-roles is for a team register (--db postgresql://…)".to_string())
                .with_hint("a register file is yours alone: its mode is 0600"));
        };
        let (write, read) = (format!("{}_engage_write", url.dbname), format!("{}_engage_read", url.dbname));
        let quote = |name: &str| format!("\"{}\"", name.replace('"', "\"\""));
        let literal = |name: &str| format!("'{}'", name.replace('\'', "''"));
        let sql = format!(
            "DO $$ BEGIN
                 IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {lw}) THEN CREATE ROLE {w} NOLOGIN; END IF;
                 IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {lr}) THEN CREATE ROLE {r} NOLOGIN; END IF;
             END $$;
             GRANT CONNECT ON DATABASE {db} TO {w}, {r};
             GRANT USAGE ON SCHEMA {schema} TO {w}, {r};
             GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {r};
             GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {w};",
            w = quote(&write),
            r = quote(&read),
            lw = literal(&write),
            lr = literal(&read),
            db = quote(&url.dbname),
            schema = "CURRENT_SCHEMA",
        );
        let (w, r) = (write.clone(), read.clone());
        self.write(false, |tx| {
            let schema: String = tx.value("SELECT current_schema()", ())?;
            tx.batch(&sql.replace("CURRENT_SCHEMA", &quote(&schema)))?;
            Ok(Written { value: (), summary: format!("made the roles {w} and {r}") })
        })?;
        Ok((write, read))
    }

    /// The database user a team register was opened as; empty for a file.
    pub fn db_user(&self) -> &str {
        self.db.server().map_or("", |s| s.user.as_str())
    }

    /// Opens a team register on its server; a database with no tables becomes one when
    /// written to. A transaction-level advisory lock serialises its creation, as it does
    /// every write.
    fn open_server(url: &ServerUrl, access: Access, actor: Actor, derived: &'static Derived) -> Result<Register> {
        let db = Db { engine: Engine::Postgres(Box::new(pg::Server::connect(url)?)) };
        let location = Location::Server(url.clone());
        let mut register = Register { db, location, actor, derived, snapshot: false };
        // Whether the register's own table is there, and how many tables in all.
        let tables = |db: &Db| -> Result<(bool, i64)> {
            db.one(
                "SELECT count(*) FILTER (WHERE table_name = 'engage_register') > 0 AS marked, count(*) AS tables
                   FROM information_schema.tables WHERE table_schema = current_schema()",
                (),
                |r| Ok((r.get("marked")?, r.get("tables")?)),
            )
        };
        let (marked, count) = tables(&register.db)?;
        if !marked {
            if count > 0 {
                return Err(Error::storage(format!("the database is not an engage register ({url})"))
                    .with_hint("give another database with --db; it was left unchanged"));
            }
            if access != Access::Write {
                return Err(Error::not_found(format!("there is no register yet ({url})"))
                    .with_hint("create one with `engage init`, or start with `engage practice import`"));
            }
            // Under the lock, so that two engages making the register make it once; the
            // schema, its migrations and the register's row go in one script.
            register.server_locked(true, || {
                if !tables(&register.db)?.0 {
                    let mut script = POSTGRES_SCHEMA.to_string();
                    for sql in POSTGRES_MIGRATIONS {
                        script.push_str("\n;\n");
                        script.push_str(sql);
                    }
                    script.push_str(&format!(
                        "\n;\nINSERT INTO engage_register (application_id, schema_version) VALUES ({APPLICATION_ID}, {SCHEMA_VERSION})"
                    ));
                    register.db.batch(&script)?;
                }
                Ok(())
            })?;
        }
        let (app_id, version): (i64, i64) =
            register.db.one("SELECT application_id, schema_version FROM engage_register", (), |r| {
                Ok((r.get("application_id")?, r.get("schema_version")?))
            })?;
        if app_id != APPLICATION_ID {
            return Err(Error::storage(format!("the database is not an engage register ({url})"))
                .with_hint("give another database with --db; it was left unchanged"));
        }
        if version > SCHEMA_VERSION {
            return Err(Error::storage(format!(
                "the register was written by a newer engage (schema version {version}; this engage knows up to {SCHEMA_VERSION}) ({url})"
            ))
            .with_hint("upgrade engage; the register was left unchanged"));
        }
        if version < SCHEMA_VERSION {
            // Schema changes are transactional on a server: all of them or none, under
            // the write lock, so that two engages opening an old register migrate it once.
            register.server_locked(true, || {
                let now: i64 = register.db.value("SELECT schema_version FROM engage_register", ())?;
                for sql in POSTGRES_MIGRATIONS.iter().skip((now - POSTGRES_FIRST_VERSION).max(0) as usize) {
                    register.db.batch(sql)?;
                }
                register.db.execute("UPDATE engage_register SET schema_version = ?1", &[SCHEMA_VERSION])
            })?;
        }
        if access == Access::Read {
            // One snapshot for the whole command, as a file reader has; it never waits
            // for a writer.
            register.db.batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
            register.snapshot = true;
        }
        Ok(register)
    }

    fn open_file(path: &Path, access: Access, actor: Actor, derived: &'static Derived) -> Result<Register> {
        check_path(path)?;
        let exists = path.exists();
        if !exists {
            if access != Access::Write {
                return Err(Error::not_found(format!("there is no register yet ({})", path.display()))
                    .with_hint("create one with `engage init`, or start with `engage practice import`"));
            }
            create_private_file(path)?;
        } else {
            adopt_empty_file(path)?;
        }
        refuse_network_drive(path)?;
        // No URI names: the path is a file's path, whatever it looks like.
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| storage_error(path, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Look before touching anything: a newer or foreign file must stay as it is.
        let version: i64 =
            conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| storage_error(path, e))?;
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
        conn.set_prepared_statement_cache_capacity(64);
        let db = Db { engine: Engine::Sqlite(conn) };
        let mut register =
            Register { db, location: Location::File(path.to_path_buf()), actor, derived, snapshot: false };
        if version < SCHEMA_VERSION {
            register.migrate(version)?;
        }
        if access == Access::Read {
            // A reader sees one state of the register, however many statements it runs:
            // a report never mixes rows from before and after another process's write.
            // It also takes the file's shared lock once instead of once per statement.
            // It holds no lock until its first read, and in WAL mode never blocks a writer.
            register.db.batch("BEGIN DEFERRED")?;
            register.snapshot = true;
        }
        Ok(register)
    }

    fn backup_before_migrating(&self, version: i64) -> Result<()> {
        let path = self.path().expect("a register file");
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
        let name = format!(
            "{}.v{version}-backup-{stamp}",
            path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
        );
        let target = path.with_file_name(name);
        // From a second connection: this one holds the write lock (and SQLite's backup
        // cannot read through a connection that is writing); in WAL mode the second one
        // reads the last committed state, which nobody else can change meanwhile.
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let source = Connection::open_with_flags(path, flags).map_err(|e| storage_error(path, e))?;
        copy_register(&source, &target)
    }

    /// Applies the pending migrations and the version bump in one IMMEDIATE transaction:
    /// an upgrade happens whole or not at all. The write lock comes first, then the
    /// backup of a register that holds data: other engage processes opening the same old
    /// register wait for the lock (exit 6 only past the busy timeout), and find it
    /// migrated, with one backup.
    fn migrate(&mut self, from: i64) -> Result<()> {
        let conn = self.db.sqlite().expect("a register file");
        conn.execute_batch("BEGIN IMMEDIATE")?;
        let result = (|| -> Result<()> {
            // Another process may have migrated while we waited for the lock.
            let now: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if now >= SCHEMA_VERSION {
                return Ok(());
            }
            if now.max(from) > 0 {
                self.backup_before_migrating(now.max(from))?;
                for sql in MIGRATIONS.iter().skip(now.max(from) as usize) {
                    conn.execute_batch(sql)?;
                }
            } else {
                conn.execute_batch(SCHEMA)?;
            }
            conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
            Ok(())
        })();
        match result {
            Ok(()) => Ok(conn.execute_batch("COMMIT")?),
            Err(e) => {
                let _ = conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// A consistent copy of the register at `target` (a new file, mode 0600), made with
    /// SQLite's online backup API so that other processes may go on writing.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        match self.db.sqlite() {
            Some(conn) => copy_register(conn, target),
            None => {
                // A team register's backup is a register file: a copy of every row.
                check_path(target)?;
                if target.exists() {
                    return Err(Error::conflict(format!("the backup file already exists ({})", target.display()))
                        .with_hint("choose a new file name; engage never overwrites a file"));
                }
                let file = Location::File(target.to_path_buf());
                let mut copy = Register::open(&file, Access::Write, self.actor.clone(), self.derived)?;
                match self.copy_into(&mut copy, None) {
                    Ok(_) => Ok(()),
                    Err(e) => {
                        drop(copy);
                        let _ = remove_register(&file);
                        Err(e)
                    }
                }
            }
        }
    }

    /// Runs `f` in one IMMEDIATE transaction and commits it with its audit row; any
    /// error rolls everything back. With `dry_run`, the transaction is rolled back
    /// after `f` has run, so the caller sees what would change and nothing is written.
    pub fn write<T>(&mut self, dry_run: bool, f: impl FnOnce(&Write) -> Result<Written<T>>) -> Result<T> {
        if let Some(conn) = self.db.sqlite() {
            // Rolled back when dropped unless committed.
            let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
            let value = self.written(dry_run, f)?;
            if dry_run {
                tx.rollback()?
            } else {
                tx.commit()?
            }
            return Ok(value);
        }
        self.server_locked(!dry_run, || self.written(dry_run, f))
    }

    /// Runs `f` in a transaction of a team register that holds the register's write lock
    /// (a transaction-level advisory lock, waited for up to the busy timeout: exit 6), so
    /// that checks and writes see one order; commits it when `commit` and `f` succeeded,
    /// else rolls it back.
    fn server_locked<T>(&self, commit: bool, f: impl FnOnce() -> Result<T>) -> Result<T> {
        self.db.batch(&format!(
            "BEGIN; SET LOCAL lock_timeout = '{}s';
             SELECT pg_advisory_xact_lock({APPLICATION_ID})",
            BUSY_TIMEOUT.as_secs()
        ))?;
        match f() {
            Ok(value) => {
                self.db.batch(if commit { "COMMIT" } else { "ROLLBACK" })?;
                Ok(value)
            }
            Err(e) => {
                let _ = self.db.batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// The inside of a write transaction: the change, the lines it re-derives, and
    /// (unless a dry run) its audit row.
    fn written<T>(&self, dry_run: bool, f: impl FnOnce(&Write) -> Result<Written<T>>) -> Result<T> {
        let write = Write { db: &self.db, touched: Default::default() };
        let written = f(&write)?;
        // The one place where a change to the facts reaches the session lines.
        (self.derived.rederive)(&write)?;
        if !dry_run {
            record(&self.db, &self.actor, &written.summary)?;
        }
        Ok(written.value)
    }

    /// SQLite's check of the file (quick: every page and b-tree, NOT NULL and CHECK
    /// constraints; `full`: also every index against its table, which takes minutes on a
    /// national register) and its foreign-key check, each problem a line. `step` is told
    /// what is being checked, for progress.
    pub fn check(&self, full: bool, step: &dyn Fn(&str)) -> Result<Checked> {
        if self.db.sqlite().is_none() {
            // The server keeps its own pages, and enforces every constraint and foreign
            // key as it writes.
            return Ok(Checked { file: Vec::new(), foreign_keys: Vec::new() });
        }
        step(if full { "the file (every page and index)" } else { "the file" });
        let pragma = if full { "PRAGMA integrity_check" } else { "PRAGMA quick_check" };
        let mut file: Vec<String> = self.db.values(pragma, ())?;
        file.retain(|line| line != "ok");
        step("foreign keys");
        let foreign_keys = self.db.query("PRAGMA foreign_key_check", (), |r| {
            // WITHOUT ROWID tables report no rowid.
            let row = r.get::<Option<i64>>("rowid")?.map(|n| format!(" row {n}")).unwrap_or_default();
            Ok(format!("{}{row} -> {}", r.get::<String>("table")?, r.get::<String>("parent")?))
        })?;
        Ok(Checked { file, foreign_keys })
    }

    /// For a register being generated in bulk that can be made again (the benchmark's):
    /// `false` stops waiting for each commit to reach the disk, `true` goes back to it.
    pub fn set_durable(&self, durable: bool) -> Result<()> {
        match self.db.sqlite() {
            Some(conn) => Ok(conn.pragma_update(None, "synchronous", if durable { "FULL" } else { "OFF" })?),
            None => self.db.batch(if durable { "SET synchronous_commit = on" } else { "SET synchronous_commit = off" }),
        }
    }

    /// Gathers the statistics the query planner chooses indexes by, after a bulk load.
    pub fn analyze(&self) -> Result<()> {
        self.db.batch("ANALYZE")
    }

    /// The schema version the register is at.
    pub fn schema_version(&self) -> Result<i64> {
        match self.db.sqlite() {
            Some(_) => self.db.value("PRAGMA user_version", ()),
            None => self.db.value("SELECT schema_version FROM engage_register", ()),
        }
    }

    /// A setting of the register (the `settings` table).
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.db.value_opt("SELECT value FROM settings WHERE key = ?1", [key])
    }
}

/// The audit row of a write: when, who (the OS user, and the database user of a team
/// register), the command line, what it did.
fn record(db: &Db, actor: &Actor, summary: &str) -> Result<()> {
    let at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let db_user = db.server().map_or("", |s| s.user.as_str());
    db.execute(
        "INSERT INTO audit (at, \"user\", command, summary, db_user) VALUES (?1, ?2, ?3, ?4, ?5)",
        &(at, &actor.user, &actor.command, summary, db_user),
    )?;
    Ok(())
}

/// A consistent copy of the register read through `source` at `target`, a new file
/// (mode 0600, in private folders), made with SQLite's online backup API so that other
/// processes may go on writing. It never overwrites a file.
fn copy_register(source: &Connection, target: &Path) -> Result<()> {
    check_path(target)?;
    if target.exists() {
        return Err(Error::conflict(format!("the backup file already exists ({})", target.display()))
            .with_hint("choose a new file name; engage never overwrites a file"));
    }
    create_private_file(target)?;
    let result = (|| -> Result<()> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut dest = Connection::open_with_flags(target, flags)?;
        {
            let backup = rusqlite::backup::Backup::new(source, &mut dest)?;
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

/// A register path must name a file: not empty, not SQLite's `:memory:` or another
/// name that keeps nothing, and not a URI (`file:…`), which SQLite would read as options.
fn check_path(path: &Path) -> Result<()> {
    let text = path.as_os_str().to_string_lossy();
    let refused = text.is_empty() || text.starts_with(':') || text.starts_with("file:");
    if refused {
        return Err(Error::invalid(format!("not a register path: {text:?} (--db or ENGAGE_DB)")).with_hint(
            "give the path of a file, e.g. --db ~/engage/engage.db; an in-memory register would keep nothing",
        ));
    }
    Ok(())
}

/// An existing empty file at the register path becomes the register only if this user
/// owns it, and is then made private (0600); anything else is left alone. (A file with
/// content is checked as a register when it is opened.)
fn adopt_empty_file(path: &Path) -> Result<()> {
    let meta = std::fs::metadata(path).map_err(|e| io_error(path, &e))?;
    if !meta.is_file() {
        return Err(Error::storage(format!("the register path is not a file ({})", path.display()))
            .with_hint("give the path of a file with --db"));
    }
    #[cfg(unix)]
    if meta.len() == 0 {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        if meta.uid() != rustix::process::geteuid().as_raw() {
            return Err(Error::storage(format!(
                "the empty file at the register path belongs to another user ({})",
                path.display()
            ))
            .with_hint("someone else could read or replace the register: remove the file, or give another path"));
        }
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).map_err(|e| io_error(path, &e))?;
    }
    Ok(())
}

/// Refuses a register on a network file system (NFS, SMB/CIFS): SQLite's locks and its
/// write-ahead log need a local disk, and a shared drive corrupts registers silently.
fn refuse_network_drive(path: &Path) -> Result<()> {
    let Ok(fs) = rustix::fs::statfs(path) else { return Ok(()) };
    if let Some(kind) = network_file_system(&fs) {
        return Err(Error::storage(format!(
            "the register is on a network drive ({kind}), where its locks and write-ahead log cannot be trusted ({})",
            path.display()
        ))
        .with_hint(
            "keep the register on this computer's own disk, and put `engage db backup` copies on the shared drive",
        ));
    }
    Ok(())
}

/// The name of a network file system, from `statfs`.
#[cfg(any(target_os = "linux", target_os = "android"))]
#[allow(clippy::unnecessary_cast)] // f_type is i64 on some targets, u32 or i32 on others
fn network_file_system(fs: &rustix::fs::StatFs) -> Option<&'static str> {
    network_magic(fs.f_type as i64)
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn network_file_system(fs: &rustix::fs::StatFs) -> Option<&'static str> {
    let name: String = fs.f_fstypename.iter().take_while(|c| **c != 0).map(|c| *c as u8 as char).collect();
    ["nfs", "smbfs", "afpfs", "webdav", "cifs"].into_iter().find(|n| *n == name)
}

/// Linux file system magic numbers of network file systems (`man 2 statfs`).
#[cfg_attr(not(any(target_os = "linux", target_os = "android")), allow(dead_code))]
fn network_magic(magic: i64) -> Option<&'static str> {
    match magic as u32 {
        0x6969 => Some("NFS"),
        0x517B => Some("SMB"),
        0xFF53_4D42 => Some("CIFS"),
        0xFE53_4D42 => Some("SMB2"),
        0x0102_1997 => Some("9P"),
        0x7372_7279 => Some("AFS"),
        0x5346_414F => Some("AFS"),
        0x0BD0_0BD0 => Some("Lustre"),
        0x4750_4653 => Some("GPFS"),
        _ => None,
    }
}

/// What a failed file operation on the register means, named for what it is.
fn io_error(path: &Path, e: &std::io::Error) -> Error {
    use std::io::ErrorKind;
    let (what, hint) = match e.kind() {
        ErrorKind::PermissionDenied => ("permission denied", "check the file's and its folder's owner and permissions"),
        ErrorKind::ReadOnlyFilesystem => ("the disk is read-only", "keep the register on a writable disk"),
        ErrorKind::StorageFull => ("the disk is full", "free some space; nothing was written"),
        _ => ("", "check the path"),
    };
    let what = if what.is_empty() { e.to_string() } else { what.to_string() };
    Error::storage(format!("cannot use the register: {what} ({})", path.display())).with_hint(hint)
}

/// A storage error on opening or reading the register, named for what it is: busy, disk
/// full, read-only, permission denied, damaged (a file that was an engage register), or
/// not an engage register at all.
pub fn storage_error(path: &Path, e: rusqlite::Error) -> Error {
    use rusqlite::ErrorCode;
    let code = e.sqlite_error_code();
    let base = Error::from(e);
    if base.kind != crate::error::Kind::Storage {
        return base;
    }
    match code {
        Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) if !was_a_register(path) => {
            Error::storage(format!("the file is not an engage register ({})", path.display()))
                .with_hint("give another path with --db; the file was left unchanged")
        }
        Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) => damaged(path),
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) if on_read_only_disk(path) => {
            Error::storage(format!("the register is on a read-only file system ({})", path.display())).with_hint(
                "engage writes beside the register even to read it (its -wal and -shm files): keep it on a writable disk, \
                 or copy it to one",
            )
        }
        _ => Error { message: format!("{} ({})", base.message, path.display()), ..base },
    }
}

/// Whether the file system holding `path` (or its folder) is mounted read-only.
fn on_read_only_disk(path: &Path) -> bool {
    let dir = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(d) => d,
        None => Path::new("."),
    };
    rustix::fs::statvfs(dir).is_ok_and(|s| s.f_flag.contains(rustix::fs::StatVfsMountFlags::RDONLY))
}

/// The error for a register whose file is damaged (truncated, overwritten).
pub fn damaged(path: &Path) -> Error {
    Error::storage(format!("the register is damaged ({})", path.display()))
        .with_hint("restore the latest backup (`engage db backup` makes them): copy it to the register's path")
}

/// Whether the file starts as an engage register does: SQLite's header with engage's
/// application id (bytes 68 to 71), so that a damaged register is told from a
/// foreign file.
fn was_a_register(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 72];
    let read = std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut head));
    read.is_ok() && head.starts_with(b"SQLite format 3\0") && head[68..72] == (APPLICATION_ID as u32).to_be_bytes()
}

/// Creates `path` (and its folders, private: 0700) as an empty file readable by its
/// owner only.
fn create_private_file(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent() {
        crate::outfile::create_private_dir(dir)?;
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

    #[test]
    fn network_file_systems_are_known_by_their_magic() {
        assert_eq!(network_magic(0x6969), Some("NFS"));
        assert_eq!(network_magic(0xFF53_4D42), Some("CIFS"));
        assert_eq!(network_magic(0xFE53_4D42), Some("SMB2"));
        assert_eq!(network_magic(0x517B), Some("SMB"));
        // ext4, tmpfs, btrfs, xfs, overlayfs: local.
        for local in [0xEF53, 0x0102_1994, 0x9123_683E, 0x5846_5342, 0x794C_7630] {
            assert_eq!(network_magic(local), None, "{local:#x}");
        }
    }

    #[test]
    fn storage_failures_are_named_for_what_they_are() {
        use rusqlite::ffi;
        let failure = |code| Error::from(rusqlite::Error::SqliteFailure(ffi::Error::new(code), None));
        assert!(failure(ffi::SQLITE_FULL).message.starts_with("the disk is full"));
        assert!(failure(ffi::SQLITE_READONLY).message.starts_with("the register is read-only"));
        assert!(failure(ffi::SQLITE_CANTOPEN).message.contains("permission denied"));
        assert!(failure(ffi::SQLITE_CORRUPT).message.starts_with("the register is damaged"));
        assert!(failure(ffi::SQLITE_IOERR).message.contains("could not be read or written"));
        assert_eq!(failure(ffi::SQLITE_BUSY).kind, crate::error::Kind::Busy);
    }

    /// The schema a connection holds, as the statements that make it, in the order they
    /// were made.
    fn schema_of(conn: &Connection) -> String {
        let app_id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0)).unwrap();
        let mut stmt = conn.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").unwrap();
        let made: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().collect::<rusqlite::Result<_>>().unwrap();
        let mut out = format!(
            "-- The register at schema version {SCHEMA_VERSION}, as the migrations beside this file leave it: what a\n\
             -- new register is made from. Generated, never edited: after adding a migration, run\n\
             -- ENGAGE_UPDATE_SCHEMA=1 cargo test --lib store::tests::the_schema\n\n\
             PRAGMA application_id = {app_id};\n"
        );
        for sql in made {
            out.push_str(&format!("\n{sql};\n"));
        }
        out
    }

    #[test]
    fn the_schema_of_a_new_register_is_what_the_migrations_make() {
        let migrated = Connection::open_in_memory().unwrap();
        for sql in MIGRATIONS {
            migrated.execute_batch(sql).unwrap();
        }
        let expected = schema_of(&migrated);
        if std::env::var_os("ENGAGE_UPDATE_SCHEMA").is_some() {
            std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/src/store/migrations/sqlite/schema.sql"), &expected)
                .unwrap();
            return;
        }
        assert_eq!(SCHEMA, expected, "schema.sql is not what the migrations make: regenerate it (see its head)");
        let fresh = Connection::open_in_memory().unwrap();
        fresh.execute_batch(SCHEMA).unwrap();
        assert_eq!(schema_of(&fresh), expected, "the schema script makes the schema it holds");
    }

    fn add_locality(reg: &mut Register, name: &str) {
        reg.write(false, |tx| {
            tx.execute("INSERT INTO locality (name) VALUES (?1)", [name])?;
            Ok(Written { value: (), summary: format!("added {name}") })
        })
        .unwrap();
    }

    fn localities(reg: &Register) -> i64 {
        reg.db.value("SELECT count(*) FROM locality", ()).unwrap()
    }

    fn open(path: &std::path::Path, access: Access) -> Register {
        Register::open(&Location::File(path.to_path_buf()), access, Actor::default(), &crate::session::DERIVED).unwrap()
    }

    #[test]
    fn a_reader_sees_one_state_of_the_register() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("register.db");
        add_locality(&mut open(&path, Access::Write), "North");
        let reader = open(&path, Access::Read);
        assert_eq!(localities(&reader), 1);
        // A write while the reader is open is neither blocked nor seen by it.
        add_locality(&mut open(&path, Access::Write), "South");
        assert_eq!(localities(&reader), 1, "a reader's later statements see the state its first one saw");
        drop(reader);
        assert_eq!(localities(&open(&path, Access::Read)), 2);
    }

    #[test]
    fn value_rows_number_their_placeholders_after_the_statements_own() {
        assert_eq!(value_rows(2, 2, 1), "(?2, ?3), (?4, ?5)");
        assert_eq!(value_rows(1, 3, 0), "(?1, ?2, ?3)");
        assert_eq!(value_rows(2, 2, 8), "(?9, ?10), (?11, ?12)");
        assert_eq!(value_rows(1, 1, 29_999), "(?30000)");
    }
}
