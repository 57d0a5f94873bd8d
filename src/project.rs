//! Time-limited commissioning projects: what skills they need, who matches, who is
//! assigned.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::output::{Cell, Record, Table};
use crate::skill::{self, Search};
use crate::units::Hundredths;

#[derive(Debug, Clone)]
pub struct Project {
    pub id: i64,
    pub name: String,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub needs: Vec<String>,
    pub sessions_budget: Option<Hundredths>,
    pub closed_on: Option<NaiveDate>,
}

pub fn check_name(name: &str) -> Result<String> {
    let t = name.trim();
    if t.is_empty() || t.chars().count() > 100 || t.chars().any(char::is_control) {
        return Err(Error::invalid(format!("not a project name: {name:?} (NAME)")));
    }
    Ok(t.to_string())
}

pub fn find(conn: &Connection, name: &str) -> Result<Project> {
    conn.query_row(
        "SELECT id, name, from_date, until_date, needs, sessions_budget, closed_on FROM project
          WHERE name = ?1 COLLATE NOCASE",
        [name.trim()],
        |r| {
            Ok(Project {
                id: r.get(0)?,
                name: r.get(1)?,
                from: r.get(2)?,
                until: r.get(3)?,
                needs: r.get::<_, String>(4)?.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect(),
                sessions_budget: r.get(5)?,
                closed_on: r.get(6)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found(format!("no such project: {name:?}")).with_hint("`engage project list` shows them"))
}

pub fn add(
    conn: &Connection,
    name: &str,
    from: Option<NaiveDate>,
    until: Option<NaiveDate>,
    needs: &[String],
    sessions_budget: Option<Hundredths>,
) -> Result<Project> {
    let name = check_name(name)?;
    if find(conn, &name).is_ok() {
        return Err(Error::conflict(format!("a project is already called {name:?}")));
    }
    if let (Some(f), Some(u)) = (from, until)
        && u < f
    {
        return Err(Error::invalid(format!("--until {u} is before --from {f} (project {name})")));
    }
    let needs = skill::tags(needs, "--needs")?;
    conn.execute(
        "INSERT INTO project (name, from_date, until_date, needs, sessions_budget) VALUES (?1, ?2, ?3, ?4, ?5)",
        rusqlite::params![name, from, until, needs.join(","), sessions_budget],
    )?;
    find(conn, &name)
}

/// Closes a project on `date`; its assignments in force end that day.
pub fn close(conn: &Connection, name: &str, date: NaiveDate) -> Result<(Project, usize)> {
    let p = find(conn, name)?;
    if let Some(d) = p.closed_on {
        return Err(Error::conflict(format!("project {} closed on {d} already", p.name)));
    }
    let current: Vec<i64> = conn
        .prepare("SELECT id FROM appointment WHERE project_id = ?2 AND (until_date IS NULL OR until_date > ?1)")?
        .query_map(rusqlite::params![date, p.id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in &current {
        crate::appointment::end(conn, *id, date)?;
    }
    let ended = current.len();
    conn.execute("UPDATE project SET closed_on = ?1 WHERE id = ?2", rusqlite::params![date, p.id])?;
    Ok((p, ended))
}

const COLUMNS: &[&str] = &["id", "name", "from", "until", "needs", "sessions_budget", "status", "people"];

fn rows(conn: &Connection, only: Option<i64>) -> Result<Table> {
    let mut stmt = conn.prepare(
        "SELECT p.id, p.name, p.from_date, p.until_date, p.needs, p.sessions_budget, p.closed_on,
                (SELECT count(DISTINCT a.person_id) FROM appointment a WHERE a.project_id = p.id)
           FROM project p WHERE ?1 IS NULL OR p.id = ?1 ORDER BY p.name",
    )?;
    let mut table = Table::new(COLUMNS);
    let mut rows = stmt.query([only])?;
    while let Some(r) = rows.next()? {
        table.push(vec![
            Cell::Int(r.get(0)?),
            Cell::text(r.get::<_, String>(1)?),
            Cell::opt_date(r.get(2)?),
            Cell::opt_date(r.get(3)?),
            Cell::text(r.get::<_, String>(4)?.replace(',', " ")),
            r.get::<_, Option<Hundredths>>(5)?.map_or(Cell::Null, Cell::Sessions),
            Cell::text(if r.get::<_, Option<String>>(6)?.is_some() { "closed" } else { "open" }),
            Cell::Int(r.get(7)?),
        ]);
    }
    Ok(table)
}

pub fn list(conn: &Connection) -> Result<Table> {
    rows(conn, None)
}

pub fn show(conn: &Connection, name: &str, today: NaiveDate) -> Result<Record> {
    let p = find(conn, name)?;
    let row = rows(conn, Some(p.id))?.rows.remove(0);
    let mut fields: Vec<(&'static str, Cell)> = COLUMNS.iter().copied().zip(row).collect();
    fields.push(("closed_on", Cell::opt_date(p.closed_on)));
    let mut assignments = crate::appointment::list(conn, None, false, today)?;
    assignments.retain(|a| a.project.as_deref() == Some(p.name.as_str()));
    let people = crate::view::facts::appointments(&assignments);
    Ok(Record { fields, sections: vec![("assignments", people), ("matches", matches(conn, &p.name, today)?)] })
}

/// People whose skills cover the project's needs, best first; sessional GPs included.
pub fn matches(conn: &Connection, name: &str, today: NaiveDate) -> Result<Table> {
    let p = find(conn, name)?;
    skill::find(conn, &Search { tags: p.needs, all: false, ..Search::default() }, today)
}
