//! The read handle ([`Db`]) and its rows ([`Row`], read by column name): how every
//! module above the store runs its SQL. Statements are written in the subset of SQL that
//! SQLite and PostgreSQL share (numbered placeholders `?1`, `RETURNING`, `coalesce`,
//! `CASE`); what cannot be is asked of [`Dialect`]. This is the SQLite implementation.

use std::cell::Cell;

use rusqlite::types::ValueRef;

use super::value::{FromValue, Params, Stored, Value};
use crate::error::{Error, Result};

/// The SQL dialect behind the seam, for the few statements that cannot be written in
/// the shared subset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// `column = value`, ignoring the case of ASCII letters, in the form the column's
    /// case-blind index answers (the people's names and emails: `lower()` on both sides
    /// serves the small tables, where no index is needed).
    pub fn nocase_eq(self, column: &str, value: &str) -> String {
        match self {
            Dialect::Sqlite => format!("{column} = {value} COLLATE NOCASE"),
            Dialect::Postgres => format!("lower({column}) = lower({value})"),
        }
    }
}

/// The register, to read: every query a module runs goes through here. A write
/// transaction ([`super::Write`]) is one too.
pub struct Db {
    pub(super) engine: Engine,
}

/// The database behind the seam: a register file, or a team register's server.
pub(super) enum Engine {
    Sqlite(rusqlite::Connection),
    Postgres(Box<super::pg::Server>),
}

/// A row of a query's result, read by column name (`row.get("name")`); a computed
/// column is named with `AS`.
pub struct Row<'r> {
    row: RowRef<'r>,
    names: &'r [String],
    /// Names that more than one column has: reading one is an error, not a guess.
    twice: &'r [String],
    /// Where the next name is looked for first: columns are usually read in order.
    next: Cell<usize>,
}

#[derive(Clone, Copy)]
enum RowRef<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Postgres(&'r postgres::Row),
}

impl Row<'_> {
    /// The column called `name`, as a `T`; a stored value of another type is a storage
    /// error naming the column (the file was changed behind engage's back).
    pub fn get<T: FromValue>(&self, name: &str) -> Result<T> {
        let i = self.index(name)?;
        self.at(i, name)
    }

    /// The text in the column called `name`, borrowed from the row (no copy: for the
    /// keys a long report groups by); `None` for NULL.
    pub fn text_opt(&self, name: &str) -> Result<Option<&str>> {
        let i = self.index(name)?;
        match self.stored(i, name)? {
            Stored::Null => Ok(None),
            Stored::Text(t) => Ok(Some(t)),
            other => Err(Error::storage(format!(
                "database error: unexpected stored value in column {name}: expected text, found {}",
                other.kind()
            ))),
        }
    }

    /// The text in the column called `name`, borrowed from the row; NULL is an error.
    pub fn text(&self, name: &str) -> Result<&str> {
        self.text_opt(name)?
            .ok_or_else(|| Error::storage(format!("database error: unexpected stored value in column {name}: NULL")))
    }

    /// Every column's value, in the query's order: for copying or comparing whole rows.
    pub fn all(&self) -> Result<Vec<Value<'static>>> {
        (0..self.names.len()).map(|i| self.at(i, &self.names[i])).collect()
    }

    fn index(&self, name: &str) -> Result<usize> {
        if self.twice.iter().any(|t| t == name) {
            return Err(Error::storage(format!("database error: the query has two columns called {name:?}")));
        }
        let next = self.next.get();
        let i = if self.names.get(next).is_some_and(|n| n == name) {
            next
        } else {
            self.names
                .iter()
                .position(|n| n == name)
                .ok_or_else(|| Error::storage(format!("database error: the query has no column {name:?}")))?
        };
        self.next.set(i + 1);
        Ok(i)
    }

    /// Column `i` as engage's stored value, whichever engine the row came from.
    fn stored(&self, i: usize, name: &str) -> Result<Stored<'_>> {
        let row = match self.row {
            RowRef::Sqlite(row) => row,
            RowRef::Postgres(row) => return super::pg::stored(row, i),
        };
        Ok(match row.get_ref(i)? {
            ValueRef::Null => Stored::Null,
            ValueRef::Integer(n) => Stored::Integer(n),
            ValueRef::Real(x) => Stored::Real(x),
            ValueRef::Text(t) => {
                Stored::Text(std::str::from_utf8(t).map_err(|_| {
                    Error::storage(format!("database error: column {name} holds text that is not UTF-8"))
                })?)
            }
            ValueRef::Blob(b) => Stored::Blob(b),
        })
    }

    fn at<T: FromValue>(&self, i: usize, name: &str) -> Result<T> {
        let stored = self.stored(i, name)?;
        T::from_value(stored)
            .map_err(|e| Error::storage(format!("database error: unexpected stored value in column {name}: {e}")))
    }
}

impl rusqlite::ToSql for Value<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::ToSqlOutput;
        Ok(match self {
            Value::Null | Value::NullOf(_) => ToSqlOutput::Owned(rusqlite::types::Value::Null),
            Value::Integer(n) => ToSqlOutput::from(*n),
            Value::Real(x) => ToSqlOutput::from(*x),
            Value::Text(t) => ToSqlOutput::Borrowed(ValueRef::Text(t.as_bytes())),
        })
    }
}

impl Db {
    /// The dialect of the SQL behind the seam.
    pub fn dialect(&self) -> Dialect {
        match self.engine {
            Engine::Sqlite(_) => Dialect::Sqlite,
            Engine::Postgres(_) => Dialect::Postgres,
        }
    }

    /// The register file's connection, for what only a file has (its pragmas, its
    /// backup API); `None` for a team register.
    pub(super) fn sqlite(&self) -> Option<&rusqlite::Connection> {
        match &self.engine {
            Engine::Sqlite(conn) => Some(conn),
            Engine::Postgres(_) => None,
        }
    }

    /// The team register's server; `None` for a file.
    pub(super) fn server(&self) -> Option<&super::pg::Server> {
        match &self.engine {
            Engine::Sqlite(_) => None,
            Engine::Postgres(server) => Some(server),
        }
    }

    /// Runs statements with no parameters and no rows (`BEGIN`, `COMMIT`, a script).
    pub(super) fn batch(&self, sql: &str) -> Result<()> {
        match &self.engine {
            Engine::Sqlite(conn) => Ok(conn.execute_batch(sql)?),
            Engine::Postgres(server) => server.batch(sql),
        }
    }

    /// A prepared statement (kept for reuse) with `params` bound to its placeholders.
    fn bound(&self, sql: &str, params: &dyn Params) -> Result<rusqlite::CachedStatement<'_>> {
        let Engine::Sqlite(conn) = &self.engine else { unreachable!("a file register's statement") };
        let mut stmt = conn.prepare_cached(sql)?;
        let mut i = 0;
        let mut failed = None;
        params.each(&mut |v| {
            i += 1;
            if failed.is_none() {
                failed = stmt.raw_bind_parameter(i, v).err();
            }
        });
        if let Some(e) = failed {
            return Err(e.into());
        }
        let wanted = stmt.parameter_count();
        if i != wanted {
            return Err(Error::storage(format!("database error: {i} values for {wanted} placeholders in {sql}")));
        }
        Ok(stmt)
    }

    /// Calls `f` with each row of `sql`'s result until it returns `false`. With `long`,
    /// a server's rows stream in as `f` reads them (memory stays bounded), and `f` may not
    /// ask the server anything meanwhile; otherwise they come all at once. Either way in
    /// one round trip.
    fn run(&self, sql: &str, params: &dyn Params, long: bool, f: &mut dyn FnMut(&Row) -> Result<bool>) -> Result<()> {
        if let Engine::Postgres(server) = &self.engine {
            let mut twice: Option<Vec<String>> = None;
            return server.run(sql, params, long, &mut |row, names| {
                let twice = twice.get_or_insert_with(|| {
                    names.iter().enumerate().filter(|(i, n)| names[..*i].contains(n)).map(|(_, n)| n.clone()).collect()
                });
                f(&Row { row: RowRef::Postgres(row), names, twice, next: Cell::new(0) })
            });
        }
        let mut stmt = self.bound(sql, params)?;
        let names: Vec<String> = stmt.column_names().map(String::from).collect();
        let twice: Vec<String> =
            names.iter().enumerate().filter(|(i, n)| names[..*i].contains(n)).map(|(_, n)| n.clone()).collect();
        let mut rows = stmt.raw_query();
        while let Some(r) = rows.next()? {
            let row = Row { row: RowRef::Sqlite(r), names: &names, twice: &twice, next: Cell::new(0) };
            if !f(&row)? {
                break;
            }
        }
        Ok(())
    }

    /// Each row of the result, made into a `T` by `f`.
    pub fn query<T>(&self, sql: &str, params: impl Params, mut f: impl FnMut(&Row) -> Result<T>) -> Result<Vec<T>> {
        let mut out = Vec::new();
        self.run(sql, &params, false, &mut |row| {
            out.push(f(row)?);
            Ok(true)
        })?;
        Ok(out)
    }

    /// Calls `f` with each row of the result in turn, keeping none (for a long result
    /// that is written out or added up as it is read). `f` must not query the register:
    /// on a server the connection is busy streaming the rows (an error says so).
    pub fn each(&self, sql: &str, params: impl Params, mut f: impl FnMut(&Row) -> Result<()>) -> Result<()> {
        self.run(sql, &params, true, &mut |row| f(row).map(|()| true))
    }

    /// The first row of the result made into a `T` by `f`, or `None` when there is none.
    pub fn first<T>(&self, sql: &str, params: impl Params, f: impl FnOnce(&Row) -> Result<T>) -> Result<Option<T>> {
        let mut f = Some(f);
        let mut out = None;
        self.run(sql, &params, false, &mut |row| {
            out = Some((f.take().expect("called once"))(row)?);
            Ok(false)
        })?;
        Ok(out)
    }

    /// The value of the one column of the first row, or `None` when there is no row.
    pub fn value_opt<T: FromValue>(&self, sql: &str, params: impl Params) -> Result<Option<T>> {
        self.first(sql, params, |row| row.at(0, "1"))
    }

    /// The value of the one column of the first row (a count, a sum, a lookup that
    /// must find its row).
    pub fn value<T: FromValue>(&self, sql: &str, params: impl Params) -> Result<T> {
        self.value_opt(sql, params)?.ok_or_else(|| Error::storage(format!("database error: no row from {sql}")))
    }

    /// The value of the one column of each row.
    pub fn values<T: FromValue>(&self, sql: &str, params: impl Params) -> Result<Vec<T>> {
        self.query(sql, params, |row| row.at(0, "1"))
    }

    /// The first row of the result made into a `T` by `f`; no row is a storage error
    /// (for a row that must be there: the register's own invariants keep it).
    pub fn one<T>(&self, sql: &str, params: impl Params, f: impl FnOnce(&Row) -> Result<T>) -> Result<T> {
        self.first(sql, params, f)?.ok_or_else(|| Error::storage(format!("database error: no row from {sql}")))
    }

    /// The one value a statement gives, or `None` when it breaks a uniqueness rule.
    pub(super) fn value_unless_clash<T: FromValue>(&self, sql: &str, params: &dyn Params) -> Result<Option<T>> {
        if let Engine::Postgres(server) = &self.engine {
            return server.value_unless_clash(sql, params);
        }
        let mut stmt = self.bound(sql, params)?;
        let mut rows = stmt.raw_query();
        let row = match rows.next() {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                    || e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY =>
            {
                return Ok(None);
            }
            other => other?,
        };
        let names = [String::from("1")];
        match row {
            Some(r) => {
                Row { row: RowRef::Sqlite(r), names: &names, twice: &[], next: Cell::new(0) }.at(0, "1").map(Some)
            }
            None => Err(Error::storage(format!("database error: no row from {sql}"))),
        }
    }

    /// Runs a statement that changes the register, giving the number of rows changed.
    /// Only a write transaction ([`super::Write`]) offers it to the modules above.
    pub(super) fn execute(&self, sql: &str, params: &dyn Params) -> Result<usize> {
        if let Engine::Postgres(server) = &self.engine {
            return server.execute(sql, params);
        }
        Ok(self.bound(sql, params)?.raw_execute()?)
    }
}

/// A storage failure, named for what it is: busy (exit 6), disk full, read-only,
/// permission denied, damaged.
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => Error::new(
                crate::error::Kind::Busy,
                "the register is busy: another engage held it locked for longer than 5 s",
            )
            .with_hint("try again in a moment; a cron job may retry on exit code 6"),
            Some(ErrorCode::DiskFull) => Error::storage("the disk is full: nothing was written")
                .with_hint("free some space on the register's disk, then run the command again"),
            Some(ErrorCode::ReadOnly) => {
                Error::storage(format!("the register is read-only (the file or its folder): {e}"))
                    .with_hint("check the permissions of the register, its -wal and -shm files and its folder")
            }
            Some(ErrorCode::PermissionDenied) | Some(ErrorCode::CannotOpen) => {
                Error::storage(format!("cannot open the register: permission denied or no such folder: {e}"))
                    .with_hint("check the permissions of the register, its -wal and -shm files and its folder")
            }
            Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) => Error::storage(format!(
                "the register is damaged: {e}"
            ))
            .with_hint("restore the latest backup (`engage db backup` makes them): copy it to the register's path"),
            Some(ErrorCode::SystemIoFailure) => {
                Error::storage(format!("the register could not be read or written: {e}"))
                    .with_hint("check the disk (full, removed or failing) and the permissions of the register's files")
            }
            _ => Error::storage(format!("database error: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Db {
        Db { engine: Engine::Sqlite(rusqlite::Connection::open_in_memory().unwrap()) }
    }

    #[test]
    fn rows_are_read_by_name_in_any_order() {
        let db = db();
        let rows = db
            .query("SELECT 1 AS a, 'x' AS b, NULL AS c UNION ALL SELECT ?1, ?2, ?3", (2, "y", 3), |r| {
                Ok((r.get::<Option<i64>>("c")?, r.get::<String>("b")?, r.get::<i64>("a")?))
            })
            .unwrap();
        assert_eq!(rows, vec![(None, "x".to_string(), 1), (Some(3), "y".to_string(), 2)]);
        let missing = db.query("SELECT 1 AS a", (), |r| r.get::<i64>("b")).unwrap_err();
        let twice = db.query("SELECT 1 AS a, 2 AS a", (), |r| r.get::<i64>("a")).unwrap_err();
        assert!(twice.message.contains("two columns called \"a\""), "{}", twice.message);
        assert!(missing.message.contains("no column \"b\""), "{}", missing.message);
        let wrong = db.value::<chrono::NaiveDate>("SELECT 'soon'", ()).unwrap_err();
        assert!(wrong.message.contains("\"soon\" is not a date"), "{}", wrong.message);
        let short = db.value::<i64>("SELECT ?1 + ?2", [1]).unwrap_err();
        assert!(short.message.contains("1 values for 2 placeholders"), "{}", short.message);
        assert_eq!(db.value_opt::<i64>("SELECT 1 WHERE 0", ()).unwrap(), None);
        assert_eq!(db.values::<i64>("SELECT 1 UNION ALL SELECT 2", ()).unwrap(), vec![1, 2]);
    }
}
