//! The register of declared interests: what each person has declared, with its dates,
//! ready to publish.

use chrono::NaiveDate;
use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::person::{self, Person, Role};
use crate::practice;

/// Records a declared interest.
pub fn declare(
    conn: &Connection,
    person_ref: &str,
    text: &str,
    from: Option<NaiveDate>,
    until: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<Person> {
    let p = person::find(conn, person_ref)?;
    let t = crate::text::line(text, "an interest", 500, "TEXT", &['\t'])?;
    if let (Some(f), Some(u)) = (from, until)
        && u < f
    {
        return Err(Error::invalid(format!("--until {u} is before --from {f} ({})", p.name)));
    }
    conn.execute(
        "INSERT INTO interest (person_id, text, from_date, until_date, declared_on) VALUES (?1, ?2, ?3, ?4, ?5)",
        rusqlite::params![p.id, t, from, until, today],
    )?;
    Ok(p)
}

/// A declared interest with the person who declared it.
#[derive(Debug, Clone)]
pub struct Interest {
    pub person_id: i64,
    pub person_name: String,
    pub role: Role,
    pub practice_code: Option<practice::Code>,
    pub text: String,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub declared_on: NaiveDate,
}

/// The register of interests, by person name, then the order declared; each person
/// with their role and practice as they are now or, with `as_at`, as they were on that
/// day (or on leaving, if earlier): a published register for a past year does not change
/// after a later change of role.
pub fn list(conn: &Connection, person_id: Option<i64>, as_at: Option<NaiveDate>) -> Result<Vec<Interest>> {
    use crate::history::{person_fact, person_past_join};
    let mut stmt = conn.prepare(&format!(
        "SELECT p.id, p.name, {role}, {practice}, i.text, i.from_date, i.until_date, i.declared_on
           FROM interest i JOIN person p ON p.id = i.person_id {past}
          WHERE ?1 IS NULL OR p.id = ?1
          ORDER BY p.name, p.id, i.id",
        past = person_past_join("h", "p.id", "min(?2, coalesce(p.left_on, ?2))"),
        role = person_fact("h", "p", "role"),
        practice = person_fact("h", "p", "practice_code"),
    ))?;
    let rows = stmt.query_map(rusqlite::params![person_id, as_at], |r| {
        Ok(Interest {
            person_id: r.get(0)?,
            person_name: r.get(1)?,
            role: r.get(2)?,
            practice_code: r.get(3)?,
            text: r.get(4)?,
            from: r.get(5)?,
            until: r.get(6)?,
            declared_on: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
