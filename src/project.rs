//! Time-limited commissioning projects: what skills they need, who matches, who is
//! assigned.

use crate::store::{Db, Row, Write};
use chrono::NaiveDate;

use crate::error::{Error, Result};
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
    fn from_row(r: &Row) -> Result<Project> {
        Ok(Project {
            id: r.get("id")?,
            name: r.get("name")?,
            from: r.get("from_date")?,
            until: r.get("until_date")?,
            needs: r.get::<String>("needs")?.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect(),
            sessions_budget: r.get("sessions_budget")?,
            closed_on: r.get("closed_on")?,
        })
    }
}

pub fn find(db: &Db, name: &str) -> Result<Project> {
    db.first(&format!("{SELECT} WHERE lower(name) = lower(?1)"), [name.trim()], Project::from_row)?.ok_or_else(|| {
        Error::not_found(format!("no such project: {name:?}")).with_hint("`engage project list` shows them")
    })
}

/// Every project, by name.
pub fn all(db: &Db) -> Result<Vec<Project>> {
    let stmt = format!("{SELECT} ORDER BY name");
    let rows = db.query(&stmt, (), Project::from_row)?;
    Ok(rows)
}

pub fn add(
    db: &Write,
    name: &str,
    from: Option<NaiveDate>,
    until: Option<NaiveDate>,
    needs: &[String],
    sessions_budget: Option<Hundredths>,
) -> Result<Project> {
    let name = check_name(name)?;
    if find(db, &name).is_ok() {
        return Err(Error::conflict(format!("a project is already called {name:?}")));
    }
    if let (Some(f), Some(u)) = (from, until)
        && u < f
    {
        return Err(Error::invalid(format!("--until {u} is before --from {f} (project {name})")));
    }
    let needs = skill::tags(needs, "--needs")?;
    db.execute(
        "INSERT INTO project (name, from_date, until_date, needs, sessions_budget) VALUES (?1, ?2, ?3, ?4, ?5)",
        crate::params![name, from, until, needs.join(","), sessions_budget],
    )?;
    find(db, &name)
}

/// Closes a project on `date`; its assignments in force end that day.
pub fn close(db: &Write, name: &str, date: NaiveDate) -> Result<(Project, usize)> {
    let p = find(db, name)?;
    if let Some(d) = p.closed_on {
        return Err(Error::conflict(format!("project {} closed on {d} already", p.name)));
    }
    let current: Vec<i64> = db.query(
        "SELECT id FROM appointment WHERE project_id = ?2 AND (until_date IS NULL OR until_date > ?1)",
        crate::params![date, p.id],
        |r| r.get("id"),
    )?;
    crate::appointment::end_all(db, &current, date)?;
    let ended = current.len();
    db.execute("UPDATE project SET closed_on = ?1 WHERE id = ?2", crate::params![date, p.id])?;
    Ok((p, ended))
}

/// A project as `project list` shows it.
#[derive(Debug, Clone)]
pub struct Listed {
    pub project: Project,
    /// People ever assigned to it.
    pub people: i64,
}

fn listed(db: &Db, only: Option<i64>) -> Result<Vec<Listed>> {
    let projects: Vec<Project> = match only {
        Some(id) => all(db)?.into_iter().filter(|p| p.id == id).collect(),
        None => all(db)?,
    };
    projects
        .into_iter()
        .map(|project| {
            let people =
                db.value("SELECT count(DISTINCT person_id) FROM appointment WHERE project_id = ?1", [project.id])?;
            Ok(Listed { project, people })
        })
        .collect()
}

/// `project list`, by name.
pub fn list(db: &Db) -> Result<Vec<Listed>> {
    listed(db, None)
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

pub fn show(db: &Db, name: &str, today: NaiveDate) -> Result<Shown> {
    let p = find(db, name)?;
    let listed = listed(db, Some(p.id))?.remove(0);
    let mut assignments = crate::appointment::list(db, None, false, today)?;
    assignments.retain(|a| a.project.as_deref() == Some(p.name.as_str()));
    let interest = db.query(
        "SELECT x.id, x.name, x.role, x.practice_code, i.note, i.expressed_on
               FROM project_interest i JOIN person x ON x.id = i.person_id WHERE i.project_id = ?1 ORDER BY i.id",
        [p.id],
        |r| {
            Ok(Keen {
                person_id: r.get("id")?,
                name: r.get("name")?,
                role: r.get("role")?,
                practice_code: r.get("practice_code")?,
                note: r.get("note")?,
                expressed_on: r.get("expressed_on")?,
            })
        },
    )?;
    Ok(Shown { listed, assignments, matches: matches(db, &p.name, today)?, interest })
}

/// People whose skills cover the project's needs, those who expressed interest first,
/// then best first; sessional GPs included.
pub fn matches(db: &Db, name: &str, today: NaiveDate) -> Result<Vec<skill::Found>> {
    let p = find(db, name)?;
    let mut found = skill::find(db, &Search { tags: p.needs.clone(), all: false, ..Search::default() }, today)?;
    let keen: std::collections::BTreeSet<i64> = db
        .query("SELECT person_id FROM project_interest WHERE project_id = ?1", [p.id], |r| r.get("person_id"))?
        .into_iter()
        .collect();
    found.sort_by_key(|f| !keen.contains(&f.person_id));
    Ok(found)
}

/// `project interest`: someone would like to work on the project.
pub fn interest(
    db: &Write,
    name: &str,
    person_ref: &str,
    note: Option<&str>,
    today: NaiveDate,
) -> Result<(Project, crate::person::Person)> {
    let p = find(db, name)?;
    let person = crate::person::find(db, person_ref)?;
    let note = note.map(|n| crate::text::line(n, "a note", 500, "--note", &[])).transpose()?;
    let done = db.execute(
        "INSERT INTO project_interest (project_id, person_id, note, expressed_on) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (project_id, person_id) DO NOTHING",
        crate::params![p.id, person.id, note, today],
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
    db: &Db,
    name: &str,
    audience: Option<&crate::audience::Audience>,
    today: NaiveDate,
) -> Result<(Project, String, Vec<crate::person::Person>)> {
    let p = find(db, name)?;
    let people = match audience {
        Some(a) => crate::audience::reachable(db, a, today)?,
        None => {
            let ids: std::collections::BTreeSet<i64> =
                matches(db, &p.name, today)?.iter().map(|f| f.person_id).collect();
            crate::audience::reachable(db, &crate::audience::Audience::default(), today)?
                .into_iter()
                .filter(|person| ids.contains(&person.id))
                .collect()
        }
    };
    let lead: Option<(String, Option<String>)> = db.first(
        "SELECT x.name, x.email FROM appointment a JOIN person x ON x.id = a.person_id
              WHERE a.project_id = ?1 AND a.role = 'clinical-lead' AND a.from_date <= ?2
                AND (a.until_date IS NULL OR a.until_date >= ?2) ORDER BY a.from_date DESC LIMIT 1",
        crate::params![p.id, today],
        |r| Ok((r.get("name")?, r.get("email")?)),
    )?;
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
