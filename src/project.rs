//! Time-limited commissioning projects: what skills they need, who matches, who is
//! assigned.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::output::{Cell, Record};
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
    crate::text::line(name, "a project name", 100, "NAME", &[])
}

const SELECT: &str = "SELECT id, name, from_date, until_date, needs, sessions_budget, closed_on FROM project";

impl Project {
    fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Project> {
        Ok(Project {
            id: r.get(0)?,
            name: r.get(1)?,
            from: r.get(2)?,
            until: r.get(3)?,
            needs: r.get::<_, String>(4)?.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect(),
            sessions_budget: r.get(5)?,
            closed_on: r.get(6)?,
        })
    }
}

pub fn find(conn: &Connection, name: &str) -> Result<Project> {
    conn.query_row(&format!("{SELECT} WHERE name = ?1 COLLATE NOCASE"), [name.trim()], Project::from_row)
        .optional()?
        .ok_or_else(|| {
            Error::not_found(format!("no such project: {name:?}")).with_hint("`engage project list` shows them")
        })
}

/// Every project, by name.
pub fn all(conn: &Connection) -> Result<Vec<Project>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY name"))?;
    let rows = stmt.query_map([], Project::from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
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

/// A project as `project list` shows it.
#[derive(Debug, Clone)]
pub struct Listed {
    pub project: Project,
    /// People ever assigned to it.
    pub people: i64,
}

fn listed(conn: &Connection, only: Option<i64>) -> Result<Vec<Listed>> {
    let projects: Vec<Project> = match only {
        Some(id) => all(conn)?.into_iter().filter(|p| p.id == id).collect(),
        None => all(conn)?,
    };
    projects
        .into_iter()
        .map(|project| {
            let people = conn.query_row(
                "SELECT count(DISTINCT person_id) FROM appointment WHERE project_id = ?1",
                [project.id],
                |r| r.get(0),
            )?;
            Ok(Listed { project, people })
        })
        .collect()
}

/// `project list`, by name.
pub fn list(conn: &Connection) -> Result<Vec<Listed>> {
    listed(conn, None)
}

pub fn show(conn: &Connection, name: &str, today: NaiveDate) -> Result<Record> {
    let p = find(conn, name)?;
    let row = listed(conn, Some(p.id))?.remove(0);
    let mut fields: Vec<(&'static str, Cell)> =
        crate::view::facts::PROJECT_COLUMNS.iter().copied().zip(crate::view::facts::project_row(&row)).collect();
    fields.push(("closed_on", Cell::opt_date(p.closed_on)));
    let mut assignments = crate::appointment::list(conn, None, false, today)?;
    assignments.retain(|a| a.project.as_deref() == Some(p.name.as_str()));
    let sections = vec![
        ("assignments", crate::view::facts::appointments(&assignments)),
        ("matches", crate::view::facts::found(&matches(conn, &p.name, today)?)),
    ];
    Ok(Record { fields, sections, trailing: Vec::new() })
}

/// People whose skills cover the project's needs, best first; sessional GPs included.
pub fn matches(conn: &Connection, name: &str, today: NaiveDate) -> Result<Vec<skill::Found>> {
    let p = find(conn, name)?;
    skill::find(conn, &Search { tags: p.needs, all: false, ..Search::default() }, today)
}
