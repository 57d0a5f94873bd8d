//! Time-limited commissioning projects: what skills they need, who matches, who is
//! assigned.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::skill::{self, Search};
use crate::store::Write;
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
pub fn close(conn: &Write, name: &str, date: NaiveDate) -> Result<(Project, usize)> {
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
    conn.execute("UPDATE project SET closed_on = ?1 WHERE id = ?2", crate::params![date, p.id])?;
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

/// Someone who said they would like to work on a project.
#[derive(Debug, Clone)]
pub struct Keen {
    pub person_id: i64,
    pub name: String,
    pub role: String,
    pub practice_code: Option<String>,
    pub note: Option<String>,
    pub expressed_on: NaiveDate,
}

/// `project show`: the project as listed, who was assigned to it, who matches its needs
/// and who expressed interest.
#[derive(Debug, Clone)]
pub struct Shown {
    pub listed: Listed,
    pub assignments: Vec<crate::appointment::Listed>,
    pub matches: Vec<skill::Found>,
    pub interest: Vec<Keen>,
}

pub fn show(conn: &Connection, name: &str, today: NaiveDate) -> Result<Shown> {
    let p = find(conn, name)?;
    let listed = listed(conn, Some(p.id))?.remove(0);
    let mut assignments = crate::appointment::list(conn, None, false, today)?;
    assignments.retain(|a| a.project.as_deref() == Some(p.name.as_str()));
    let interest = conn
        .prepare(
            "SELECT x.id, x.name, x.role, x.practice_code, i.note, i.expressed_on
               FROM project_interest i JOIN person x ON x.id = i.person_id WHERE i.project_id = ?1 ORDER BY i.id",
        )?
        .query_map([p.id], |r| {
            Ok(Keen {
                person_id: r.get(0)?,
                name: r.get(1)?,
                role: r.get(2)?,
                practice_code: r.get(3)?,
                note: r.get(4)?,
                expressed_on: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Shown { listed, assignments, matches: matches(conn, &p.name, today)?, interest })
}

/// People whose skills cover the project's needs, those who expressed interest first,
/// then best first; sessional GPs included.
pub fn matches(conn: &Connection, name: &str, today: NaiveDate) -> Result<Vec<skill::Found>> {
    let p = find(conn, name)?;
    let mut found = skill::find(conn, &Search { tags: p.needs.clone(), all: false, ..Search::default() }, today)?;
    let keen: std::collections::BTreeSet<i64> = conn
        .prepare_cached("SELECT person_id FROM project_interest WHERE project_id = ?1")?
        .query_map([p.id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    found.sort_by_key(|f| !keen.contains(&f.person_id));
    Ok(found)
}

/// `project interest`: someone would like to work on the project.
pub fn interest(
    conn: &Connection,
    name: &str,
    person_ref: &str,
    note: Option<&str>,
    today: NaiveDate,
) -> Result<(Project, crate::person::Person)> {
    let p = find(conn, name)?;
    let person = crate::person::find(conn, person_ref)?;
    let note = note.map(|n| crate::text::line(n, "a note", 500, "--note", &[])).transpose()?;
    let done = conn.execute(
        "INSERT INTO project_interest (project_id, person_id, note, expressed_on) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (project_id, person_id) DO NOTHING",
        rusqlite::params![p.id, person.id, note, today],
    )?;
    if done == 0 {
        return Err(Error::conflict(format!("{} expressed interest in {} already", person.name, p.name)));
    }
    Ok((p, person))
}

/// `project advertise`: the advert's text, and the people it goes to: those the filters
/// choose or, without filters, everyone whose skills match a need (sessional GPs
/// included); only those who receive briefings and have an email.
pub fn advert(
    conn: &Connection,
    name: &str,
    audience: Option<&crate::audience::Audience>,
    today: NaiveDate,
) -> Result<(Project, String, Vec<crate::person::Person>)> {
    let p = find(conn, name)?;
    let people = match audience {
        Some(a) => crate::audience::reachable(conn, a, today)?,
        None => {
            let ids: std::collections::BTreeSet<i64> =
                matches(conn, &p.name, today)?.iter().map(|f| f.person_id).collect();
            crate::audience::reachable(conn, &crate::audience::Audience::default(), today)?
                .into_iter()
                .filter(|person| ids.contains(&person.id))
                .collect()
        }
    };
    let lead: Option<(String, Option<String>)> = conn
        .query_row(
            "SELECT x.name, x.email FROM appointment a JOIN person x ON x.id = a.person_id
              WHERE a.project_id = ?1 AND a.role = 'clinical-lead' AND a.from_date <= ?2
                AND (a.until_date IS NULL OR a.until_date >= ?2) ORDER BY a.from_date DESC LIMIT 1",
            rusqlite::params![p.id, today],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let mut text = format!("{}\n{}\n\n", p.name, "=".repeat(p.name.chars().count()));
    let when = match (p.from, p.until) {
        (Some(f), Some(u)) => format!("from {f} to {u}"),
        (Some(f), None) => format!("from {f}"),
        (None, Some(u)) => format!("until {u}"),
        (None, None) => "dates to be agreed".to_string(),
    };
    text.push_str(&format!("When: {when}\n"));
    if !p.needs.is_empty() {
        text.push_str(&format!("Skills needed: {}\n", p.needs.join(", ")));
    }
    if let Some(b) = p.sessions_budget {
        text.push_str(&format!("Sessions: {b} in all, paid at the group's rates\n"));
    }
    let contact = match lead {
        Some((n, Some(e))) => format!("{n} <{e}>"),
        Some((n, None)) => n,
        None => "the engagement team".to_string(),
    };
    text.push_str(&format!(
        "Contact: {contact}\n\nSalaried and locum GPs are welcome: reply to the contact to express interest.\n"
    ));
    Ok((p, text, people))
}
