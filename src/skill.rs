//! Skills and interests of people (normalised tags with a level), the search for the
//! right person, and the practices' returns of the skills survey.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};

use crate::appointment;
use crate::error::{Error, Result};
use crate::person::{self, Role};
use crate::practice;
use crate::units::Hundredths;

crate::text_enum! {
    /// How well someone knows a field, from least to most.
    pub enum Level {
        Interest = "interest",
        Experienced = "experienced",
        Specialist = "specialist",
    }
}

impl Level {
    fn rank(self) -> i64 {
        self as i64 + 1
    }
    fn from_rank(rank: i64) -> Level {
        match rank {
            3 => Level::Specialist,
            2 => Level::Experienced,
            _ => Level::Interest,
        }
    }
}

/// Normalised, de-duplicated tags; an empty one is an error.
pub fn tags(texts: &[String], whence: &str) -> Result<Vec<String>> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for t in texts {
        let tag = crate::text::tag(t);
        if tag.is_empty() || tag.len() > 60 {
            return Err(Error::invalid(format!("not a skill: {t:?}"))
                .at(whence)
                .with_hint("a skill is a word or two with letters or digits, e.g. 'urgent care'"));
        }
        if seen.insert(tag.clone()) {
            out.push(tag);
        }
    }
    Ok(out)
}

/// What adding a skill did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    New,
    LevelChanged,
    Unchanged,
}

pub fn add_one(conn: &Connection, person_id: i64, tag: &str, level: Level) -> Result<Added> {
    let before: Option<String> = conn
        .prepare_cached("SELECT level FROM skill WHERE person_id = ?1 AND tag = ?2")?
        .query_row((person_id, tag), |r| r.get(0))
        .optional()?;
    let result = match before.as_deref() {
        None => Added::New,
        Some(l) if l == level.as_str() => return Ok(Added::Unchanged),
        Some(_) => Added::LevelChanged,
    };
    conn.prepare_cached(
        "INSERT INTO skill (person_id, tag, level) VALUES (?1, ?2, ?3)
         ON CONFLICT (person_id, tag) DO UPDATE SET level = excluded.level",
    )?
    .execute((person_id, tag, level.as_str()))?;
    Ok(result)
}

pub fn remove(conn: &Connection, person_id: i64, name: &str, tags: &[String]) -> Result<()> {
    for tag in tags {
        let n = conn.execute("DELETE FROM skill WHERE person_id = ?1 AND tag = ?2", (person_id, tag))?;
        if n == 0 {
            return Err(Error::not_found(format!("{name} has no skill {tag:?} (SKILL)")));
        }
    }
    Ok(())
}

/// A skill with how many active people hold it, at each level.
#[derive(Debug, Clone)]
pub struct Held {
    pub skill: String,
    pub people: i64,
    pub specialist: i64,
    pub experienced: i64,
    pub interest: i64,
}

/// Every skill with how many active people hold it, at each level.
pub fn list_all(conn: &Connection) -> Result<Vec<Held>> {
    let mut stmt = conn.prepare(
        "SELECT s.tag, count(*), sum(s.level = 'specialist'), sum(s.level = 'experienced'), sum(s.level = 'interest')
           FROM skill s JOIN person p ON p.id = s.person_id
          WHERE p.left_on IS NULL
          GROUP BY s.tag ORDER BY s.tag",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Held {
            skill: r.get(0)?,
            people: r.get(1)?,
            specialist: r.get(2)?,
            experienced: r.get(3)?,
            interest: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One person's skills, best level first.
pub fn of_person(conn: &Connection, person_id: i64) -> Result<Vec<(String, Level)>> {
    let mut stmt = conn.prepare(
        "SELECT tag, level FROM skill WHERE person_id = ?1
          ORDER BY CASE level WHEN 'specialist' THEN 0 WHEN 'experienced' THEN 1 ELSE 2 END, tag",
    )?;
    let rows = stmt.query_map([person_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Someone a search by skill found.
#[derive(Debug, Clone)]
pub struct Found {
    pub person_id: i64,
    pub name: String,
    pub role: Role,
    pub practice_code: Option<String>,
    pub locality: Option<String>,
    /// The weakest of their levels among the skills matched.
    pub level: Level,
    pub skills_matched: i64,
    pub sessions_this_month: Hundredths,
}

/// What a search for people by skill asks.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub tags: Vec<String>,
    /// Every tag must be held (`skill find`), or at least one (`project match`).
    pub all: bool,
    pub locality_id: Option<i64>,
    pub role: Option<Role>,
    pub level: Option<Level>,
}

/// People holding the skills, best first: most skills matched, then the best of their
/// weakest level among them, then name. `level` is that weakest level.
pub fn find(conn: &Connection, search: &Search, today: NaiveDate) -> Result<Vec<Found>> {
    let mut found = Vec::new();
    if search.tags.is_empty() {
        return Ok(found);
    }
    let placeholders = (0..search.tags.len()).map(|i| format!("?{}", i + 5)).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "SELECT p.id, p.name, p.role, p.practice_code, l.name,
                min(CASE s.level WHEN 'specialist' THEN 3 WHEN 'experienced' THEN 2 ELSE 1 END) AS weakest,
                count(*) AS matched,
                sum(CASE s.level WHEN 'specialist' THEN 3 WHEN 'experienced' THEN 2 ELSE 1 END) AS total
           FROM skill s JOIN person p ON p.id = s.person_id
           LEFT JOIN practice pr ON pr.code = p.practice_code
           LEFT JOIN locality l ON l.id = pr.locality_id
          WHERE s.tag IN ({placeholders}) AND p.left_on IS NULL
            AND (?1 IS NULL OR pr.locality_id = ?1) AND (?2 IS NULL OR p.role = ?2)
          GROUP BY p.id
         HAVING (NOT ?3 OR count(*) = {n}) AND (?4 IS NULL OR weakest >= ?4)
          ORDER BY matched DESC, weakest DESC, total DESC, p.name, p.id",
        n = search.tags.len()
    );
    let mut params: Vec<rusqlite::types::Value> = vec![
        search.locality_id.into(),
        search.role.map(|r| r.as_str().to_string()).into(),
        search.all.into(),
        search.level.map(Level::rank).into(),
    ];
    params.extend(search.tags.iter().map(|t| t.clone().into()));
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        found.push(Found {
            person_id: id,
            name: r.get(1)?,
            role: r.get(2)?,
            practice_code: r.get(3)?,
            locality: r.get(4)?,
            level: Level::from_rank(r.get(5)?),
            skills_matched: r.get(6)?,
            sessions_this_month: appointment::sessions_in_month(conn, id, today)?,
        });
    }
    Ok(found)
}

/// Records that a practice returned the skills survey on `date`.
pub fn survey_returned(conn: &Connection, code: &str, date: NaiveDate) -> Result<String> {
    let p = practice::get(conn, code)?;
    conn.execute(
        "INSERT INTO survey (practice_code, returned_on) VALUES (?1, ?2)
         ON CONFLICT (practice_code) DO UPDATE SET returned_on = excluded.returned_on",
        (&p.code, date),
    )?;
    Ok(format!("{} {}", p.code, p.name))
}

/// When a practice returned the survey, if it has.
pub fn survey_date(conn: &Connection, code: &str) -> Result<Option<NaiveDate>> {
    Ok(conn
        .prepare_cached("SELECT returned_on FROM survey WHERE practice_code = ?1")?
        .query_row([code], |r| r.get(0))
        .optional()?)
}

/// Open practices that have not returned the survey, by code: code, name, locality.
pub fn survey_missing(conn: &Connection) -> Result<Vec<[String; 3]>> {
    let mut stmt = conn.prepare(
        "SELECT p.code, p.name, l.name FROM practice p JOIN locality l ON l.id = p.locality_id
          WHERE p.status = 'open' AND NOT EXISTS (SELECT 1 FROM survey s WHERE s.practice_code = p.code)
          ORDER BY p.code",
    )?;
    let rows = stmt.query_map([], |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?]))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Counts of a skills import.
#[derive(Debug, Default)]
pub struct ImportSummary {
    pub rows: usize,
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// `skill import`: CSV `person,skill,level`, the person by email or GMC number. Every
/// row is checked; one bad row fails the whole import.
pub fn import(conn: &Connection, data: &[u8], file: &str) -> Result<ImportSummary> {
    let mut summary = ImportSummary::default();
    crate::csvin::with_header(data, file, &["person", "skill"], |line, row| {
        summary.rows += 1;
        let at = |field: &str| format!("{file}:{line}, field {field}");
        let who = row.get("person").unwrap_or_default();
        let is_gmc = who.len() == 7 && who.bytes().all(|c| c.is_ascii_digit());
        if !who.contains('@') && !is_gmc {
            return Err(Error::invalid(format!(
                "the person must be an email or a GMC number: {who:?} ({})",
                at("person")
            )));
        }
        let p = person::find(conn, who).map_err(|e| Error::new(e.kind, format!("{} ({})", e.message, at("person"))))?;
        let tag = tags(&[row.get("skill").unwrap_or_default().to_string()], &at("skill"))?.remove(0);
        let level = match row.get("level").filter(|l| !l.is_empty()) {
            None => Level::Interest,
            Some(l) => Level::parse_loose(l).ok_or_else(|| {
                Error::invalid(format!("not a level (interest, experienced, specialist): {l:?} ({})", at("level")))
            })?,
        };
        match add_one(conn, p.id, &tag, level)? {
            Added::New => summary.added += 1,
            Added::LevelChanged => summary.updated += 1,
            Added::Unchanged => summary.unchanged += 1,
        }
        Ok(())
    })?;
    Ok(summary)
}

#[cfg(test)]
mod tests {

    #[test]
    fn tags_are_normalised() {
        assert_eq!(crate::text::tag("Urgent Care"), "urgent-care");
        assert_eq!(crate::text::tag("  urgent--care! "), "urgent-care");
        assert_eq!(crate::text::tag("IT / Digital"), "it-digital");
        assert_eq!(crate::text::tag("Café Médecine"), "café-médecine");
        assert_eq!(crate::text::tag("---"), "");
    }
}
