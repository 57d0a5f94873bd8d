//! The audit trail: one row for every write, shown by `engage log`.

use rusqlite::Connection;

use crate::error::Result;
use crate::output::{Cell, Table};
use crate::store::Actor;

pub fn record(conn: &Connection, actor: &Actor, summary: &str) -> Result<()> {
    let at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    conn.execute(
        "INSERT INTO audit (at, user, command, summary) VALUES (?1, ?2, ?3, ?4)",
        (at, &actor.user, &actor.command, summary),
    )?;
    Ok(())
}

/// The newest `limit` audit rows, newest first.
pub fn log(conn: &Connection, limit: u32) -> Result<Table> {
    let mut table = Table::new(&["id", "at", "user", "command", "summary"]);
    let mut stmt = conn.prepare("SELECT id, at, user, command, summary FROM audit ORDER BY id DESC LIMIT ?1")?;
    let mut rows = stmt.query([limit])?;
    while let Some(r) = rows.next()? {
        table.push(vec![
            Cell::Int(r.get(0)?),
            Cell::text(r.get::<_, String>(1)?),
            Cell::text(r.get::<_, String>(2)?),
            Cell::text(r.get::<_, String>(3)?),
            Cell::text(r.get::<_, String>(4)?),
        ]);
    }
    Ok(table)
}
