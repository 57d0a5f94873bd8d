//! Skills and interests of people (normalised tags with a level), the search for the
//! right person, and the practices' returns of the skills survey.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::store::{Db, ToValue, Write};
use chrono::NaiveDate;

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

pub fn add_one(db: &Write, person_id: i64, tag: &str, level: Level) -> Result<Added> {
    let before: Option<String> =
        db.value_opt("SELECT level FROM skill WHERE person_id = ?1 AND tag = ?2", (person_id, tag))?;
    let result = match before.as_deref() {
        None => Added::New,
        Some(l) if l == level.as_str() => return Ok(Added::Unchanged),
        Some(_) => Added::LevelChanged,
    };
    db.execute(
        "INSERT INTO skill (person_id, tag, level) VALUES (?1, ?2, ?3)
         ON CONFLICT (person_id, tag) DO UPDATE SET level = excluded.level",
        (person_id, tag, level.as_str()),
    )?;
    Ok(result)
}

pub fn remove(db: &Write, person_id: i64, name: &str, tags: &[String]) -> Result<()> {
    for tag in tags {
        let n = db.execute("DELETE FROM skill WHERE person_id = ?1 AND tag = ?2", (person_id, tag))?;
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
pub fn list_all(db: &Db) -> Result<Vec<Held>> {
    let stmt = "SELECT s.tag, count(*) AS people,
                sum(CASE WHEN s.level = 'specialist' THEN 1 ELSE 0 END) AS specialist,
                sum(CASE WHEN s.level = 'experienced' THEN 1 ELSE 0 END) AS experienced,
                sum(CASE WHEN s.level = 'interest' THEN 1 ELSE 0 END) AS interest
           FROM skill s JOIN person p ON p.id = s.person_id
          WHERE p.left_on IS NULL
          GROUP BY s.tag ORDER BY s.tag";
    let rows = db.query(stmt, (), |r| {
        Ok(Held {
            skill: r.get("tag")?,
            people: r.get("people")?,
            specialist: r.get("specialist")?,
            experienced: r.get("experienced")?,
            interest: r.get("interest")?,
        })
    })?;
    Ok(rows)
}

/// One person's skills, best level first.
pub fn of_person(db: &Db, person_id: i64) -> Result<Vec<(String, Level)>> {
    let stmt = "SELECT tag, level FROM skill WHERE person_id = ?1
          ORDER BY CASE level WHEN 'specialist' THEN 0 WHEN 'experienced' THEN 1 ELSE 2 END, tag";
    let rows = db.query(stmt, [person_id], |r| Ok((r.get("tag")?, r.get("level")?)))?;
    Ok(rows)
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
pub fn find(db: &Db, search: &Search, today: NaiveDate) -> Result<Vec<Found>> {
    let mut found = Vec::new();
    if search.tags.is_empty() {
        return Ok(found);
    }
    let placeholders = (0..search.tags.len()).map(|i| format!("?{}", i + 5)).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "SELECT p.id, p.name, p.role, p.practice_code, l.name AS locality,
                min({rank}) AS weakest,
                count(*) AS matched,
                sum({rank}) AS total
           FROM skill s JOIN person p ON p.id = s.person_id
           LEFT JOIN practice pr ON pr.code = p.practice_code
           LEFT JOIN locality l ON l.id = pr.locality_id
          WHERE s.tag IN ({placeholders}) AND p.left_on IS NULL
            AND (?1 IS NULL OR pr.locality_id = ?1) AND (?2 IS NULL OR p.role = ?2)
          GROUP BY p.id, p.name, p.role, p.practice_code, l.name
         HAVING (?3 = 0 OR count(*) = {n}) AND (?4 IS NULL OR min({rank}) >= ?4)
          ORDER BY matched DESC, weakest DESC, total DESC, p.name, p.id",
        n = search.tags.len(),
        rank = "CASE s.level WHEN 'specialist' THEN 3 WHEN 'experienced' THEN 2 ELSE 1 END",
    );
    let role = search.role.map(|r| r.as_str());
    let level = search.level.map(Level::rank);
    let mut params: Vec<&dyn ToValue> = vec![&search.locality_id, &role, &search.all, &level];
    params.extend(search.tags.iter().map(|t| t as &dyn ToValue));
    let sessions = appointment::sessions_by_person(db, today)?;
    db.each(&sql, params.as_slice(), |r| {
        let id: i64 = r.get("id")?;
        found.push(Found {
            person_id: id,
            name: r.get("name")?,
            role: r.get("role")?,
            practice_code: r.get("practice_code")?,
            locality: r.get("locality")?,
            level: Level::from_rank(r.get("weakest")?),
            skills_matched: r.get("matched")?,
            sessions_this_month: sessions.get(&id).copied().unwrap_or_default(),
        });
        Ok(())
    })?;
    Ok(found)
}

/// Records that a practice returned the skills survey on `date`.
pub fn survey_returned(db: &Write, code: &str, date: NaiveDate) -> Result<String> {
    let p = practice::get(db, code)?;
    db.execute(
        "INSERT INTO survey (practice_code, returned_on) VALUES (?1, ?2)
         ON CONFLICT (practice_code) DO UPDATE SET returned_on = excluded.returned_on",
        (&p.code, date),
    )?;
    Ok(format!("{} {}", p.code, p.name))
}

/// When a practice returned the survey, if it has.
pub fn survey_date(db: &Db, code: &str) -> Result<Option<NaiveDate>> {
    db.value_opt("SELECT returned_on FROM survey WHERE practice_code = ?1", [code])
}

/// Open practices that have not returned the survey, by code: code, name, locality.
pub fn survey_missing(db: &Db) -> Result<Vec<[String; 3]>> {
    let stmt = "SELECT p.code, p.name, l.name AS locality FROM practice p JOIN locality l ON l.id = p.locality_id
          WHERE p.status = 'open' AND NOT EXISTS (SELECT 1 FROM survey s WHERE s.practice_code = p.code)
          ORDER BY p.code";
    let rows = db.query(stmt, (), |r| Ok([r.get("code")?, r.get("name")?, r.get("locality")?]))?;
    Ok(rows)
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
///
/// Everyone and every skill held are read once; the new skills are added, and the
/// changed levels set, up to a thousand a statement once every row is checked.
pub fn import(db: &Write, data: &[u8], file: &str) -> Result<ImportSummary> {
    let mut summary = ImportSummary::default();
    let everyone = person::Everyone::load(db)?;
    let mut held: HashMap<(i64, String), Level> = HashMap::new();
    db.each("SELECT person_id, tag, level FROM skill", (), |r| {
        held.insert((r.get("person_id")?, r.get("tag")?), r.get("level")?);
        Ok(())
    })?;
    // What the file sets, in the order first set: the new ones, and those changed.
    let mut order: Vec<(i64, String)> = Vec::new();
    let (mut new, mut changed) = (HashSet::new(), HashSet::new());
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
        let p = everyone.find(who).map_err(|e| Error::new(e.kind, format!("{} ({})", e.message, at("person"))))?;
        let tag = tags(&[row.get("skill").unwrap_or_default().to_string()], &at("skill"))?.remove(0);
        let level = match row.get("level").filter(|l| !l.is_empty()) {
            None => Level::Interest,
            Some(l) => Level::parse_loose(l).ok_or_else(|| {
                Error::invalid(format!("not a level (interest, experienced, specialist): {l:?} ({})", at("level")))
            })?,
        };
        let key = (p.id, tag);
        match held.insert(key.clone(), level) {
            Some(before) if before == level => summary.unchanged += 1,
            Some(_) => {
                summary.updated += 1;
                if !new.contains(&key) && changed.insert(key.clone()) {
                    order.push(key);
                }
            }
            None => {
                summary.added += 1;
                new.insert(key.clone());
                order.push(key);
            }
        }
        Ok(())
    })?;
    let levels: Vec<(&i64, &String, &'static str, bool)> =
        order.iter().map(|key| (&key.0, &key.1, held[key].as_str(), new.contains(key))).collect();
    let rows = |added: bool| -> Vec<&dyn ToValue> {
        levels
            .iter()
            .filter(|l| l.3 == added)
            .flat_map(|(id, tag, level, _)| -> [&dyn ToValue; 3] { [*id, *tag, level] })
            .collect()
    };
    db.insert_rows("INSERT INTO skill (person_id, tag, level)", 3, &rows(true))?;
    db.update_rows(("skill", &["person_id", "tag"]), "level = v.column3", 3, &rows(false))?;
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
