//! The audit trail: one row for every write (written by the store's write path),
//! shown by `engage log`.

use crate::store::Db;

use crate::error::Result;

/// One write, as the audit trail keeps it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: i64,
    pub at: String,
    pub user: String,
    pub command: String,
    pub summary: String,
    /// The database user of a team register's write; empty for a file register.
    pub db_user: String,
}

/// The newest `limit` audit rows, newest first.
pub fn log(db: &Db, limit: u32) -> Result<Vec<Entry>> {
    let stmt = "SELECT id, at, \"user\", db_user, command, summary FROM audit ORDER BY id DESC LIMIT ?1";
    let rows = db.query(stmt, [limit], |r| {
        Ok(Entry {
            id: r.get("id")?,
            at: r.get("at")?,
            user: r.get("user")?,
            db_user: r.get("db_user")?,
            command: r.get("command")?,
            summary: r.get("summary")?,
        })
    })?;
    Ok(rows)
}
