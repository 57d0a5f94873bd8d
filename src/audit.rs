//! The audit trail: one row for every write (written by the store's write path),
//! shown by `engage log`.

use rusqlite::Connection;

use crate::error::Result;

/// One write, as the audit trail keeps it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: i64,
    pub at: String,
    pub user: String,
    pub command: String,
    pub summary: String,
}

/// The newest `limit` audit rows, newest first.
pub fn log(conn: &Connection, limit: u32) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare("SELECT id, at, user, command, summary FROM audit ORDER BY id DESC LIMIT ?1")?;
    let rows = stmt.query_map([limit], |r| {
        Ok(Entry { id: r.get(0)?, at: r.get(1)?, user: r.get(2)?, command: r.get(3)?, summary: r.get(4)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
