//! The register of declared interests: what each person has declared, with its dates,
//! ready to publish.

use crate::store::{Db, Write};
use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::person::{self, Person, Role};
use crate::practice;

/// Records a declared interest.
pub fn declare(
    db: &Write,
    person_ref: &str,
    text: &str,
    from: Option<NaiveDate>,
    until: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<Person> {
    let p = person::find(db, person_ref)?;
    let t = crate::text::line(text, "an interest", 500, "TEXT", &['\t'])?;
    if let (Some(f), Some(u)) = (from, until)
        && u < f
    {
        return Err(Error::invalid(format!("--until {u} is before --from {f} ({})", p.name)));
    }
    db.execute(
        "INSERT INTO interest (person_id, text, from_date, until_date, declared_on) VALUES (?1, ?2, ?3, ?4, ?5)",
        crate::params![p.id, t, from, until, today],
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
pub fn list(db: &Db, person_id: Option<i64>, as_at: Option<NaiveDate>) -> Result<Vec<Interest>> {
    use crate::history::{person_fact, person_past_join};
    let stmt = format!(
        "SELECT p.id, p.name, {role} AS role, {practice} AS practice_code, i.text, i.from_date, i.until_date, i.declared_on
           FROM interest i JOIN person p ON p.id = i.person_id {past}
          WHERE ?1 IS NULL OR p.id = ?1
          ORDER BY p.name, p.id, i.id",
        past = person_past_join("h", "p.id", "CASE WHEN p.left_on < ?2 THEN p.left_on ELSE ?2 END"),
        role = person_fact("h", "p", "role"),
        practice = person_fact("h", "p", "practice_code"),
    );
    let rows = db.query(&stmt, crate::params![person_id, as_at], |r| {
        Ok(Interest {
            person_id: r.get("id")?,
            person_name: r.get("name")?,
            role: r.get("role")?,
            practice_code: r.get("practice_code")?,
            text: r.get("text")?,
            from: r.get("from_date")?,
            until: r.get("until_date")?,
            declared_on: r.get("declared_on")?,
        })
    })?;
    Ok(rows)
}
