//! Claims: sessions worked on a project or for a fund, approved or rejected.

use crate::store::{Db, Write};
use chrono::NaiveDate;

use super::lines::{Line, LineStatus, Source, line, lines_where};
use super::rates::Rates;
use crate::error::{Error, Result};
use crate::person;
use crate::units::{Hundredths, Pence};

/// What a claim is charged to.
#[derive(Debug, Clone)]
pub enum ClaimTo {
    Project(String),
    Fund(String),
}

/// `session claim`: sessions worked on a project or for a fund, to be approved.
pub fn claim(
    db: &Write,
    person_ref: &str,
    date: NaiveDate,
    sessions: Hundredths,
    to: &ClaimTo,
    note: Option<&str>,
    today: NaiveDate,
) -> Result<i64> {
    let p = person::find(db, person_ref)?;
    if date > today {
        return Err(Error::invalid(format!("the work date {date} is after today (--date)")));
    }
    if let Some(left) = p.left_on
        && date > left
    {
        return Err(Error::invalid(format!("{} left on {left}, before the work date {date}", p.name)).at("--date"));
    }
    if sessions.0 == 0 {
        return Err(Error::invalid("a claim of 0 sessions pays nothing (--sessions)".to_string()));
    }
    let note = note
        .filter(|n| !n.trim().is_empty())
        .map(|n| crate::text::line(n, "a note", 200, "--note", &[]))
        .transpose()?;
    let note = note.as_deref();
    let (source, reference, fund, project_id) = match to {
        ClaimTo::Project(name) => {
            let pr = crate::project::find(db, name)?;
            (Source::Project, pr.name.clone(), format!("project:{}", pr.name), Some(pr.id))
        }
        ClaimTo::Fund(f) => {
            let fund = crate::text::fund(f, "--fund")?;
            (Source::Fund, note.map_or_else(|| fund.clone(), str::to_string), fund, None)
        }
    };
    let id = db.insert(
        "INSERT INTO session_line (person_id, source, reference, fund, work_date, sessions, status, project_id, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'claimed', ?7, ?8) RETURNING id",
        crate::params![p.id, source, reference, fund, date, sessions, project_id, note],
    )?;
    if sessions.0 < 0 {
        refuse_below_zero(db, &p, &fund, id).map_err(|e| e.at("--sessions"))?;
    }
    Ok(id)
}

/// A negative claim is a correction within what a person is owed for a fund: their
/// lines for it (claimed, approved or paid), priced as the payment run prices them,
/// may not add up to less than zero (exit 3).
fn refuse_below_zero(db: &Db, p: &person::Person, fund: &str, claim: i64) -> Result<()> {
    let rates = Rates::load(db)?;
    let lines = lines_where(
        db,
        "l.person_id = ?1 AND l.fund = ?2 AND l.status IN ('claimed', 'approved', 'paid')",
        crate::params![p.id, fund],
    )?;
    let (mut owed, mut correction) = (Pence(0), Pence(0));
    for l in &lines {
        let amount = l.priced(&rates)?.amount;
        owed += amount;
        if l.id == claim {
            correction = amount;
        }
    }
    if owed.0 < 0 {
        return Err(Error::invalid(format!(
            "a correction of {correction} would leave {} owed {owed} for {fund}: it cannot go below 0.00",
            p.name
        ))
        .with_hint(format!(
            "{} is owed {} for {fund}; a correction takes back at most that",
            p.name,
            owed - correction
        )));
    }
    Ok(())
}

/// Approves claimed lines, all or none: a line that is not a claim awaiting approval
/// refuses them all (the first such, in the order given). Two questions however many.
pub fn approve(db: &Write, ids: &[i64]) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let marks = crate::store::value_rows(1, ids.len(), 0);
    let lines = lines_where(db, &format!("l.id IN {marks}"), crate::store::id_values(ids).as_slice())?;
    for &id in ids {
        match lines.iter().find(|l| l.id == id) {
            None => return Err(Error::not_found(format!("no such session line: {id} (ID)"))),
            Some(l) if l.status != LineStatus::Claimed => {
                return Err(Error::conflict(format!("session line {id} is {}, not claimed (ID)", l.status)));
            }
            Some(_) => {}
        }
    }
    db.execute(
        &format!("UPDATE session_line SET status = 'approved' WHERE id IN {marks}"),
        crate::store::id_values(ids).as_slice(),
    )?;
    Ok(())
}

pub fn reject(db: &Write, id: i64, reason: &str) -> Result<Line> {
    let l = line(db, id)?;
    if matches!(l.source, Source::Meeting | Source::Appointment) {
        return Err(Error::conflict(format!(
            "session line {id} comes from {} {}; change that instead (ID)",
            if l.source == Source::Meeting { "attendance at" } else { "the appointment" },
            l.reference
        )));
    }
    if !matches!(l.status, LineStatus::Claimed | LineStatus::Approved) {
        return Err(Error::conflict(format!("session line {id} is {} (ID)", l.status)));
    }
    if reason.trim().is_empty() {
        return Err(Error::invalid("say why the claim is rejected (--reason)".to_string()));
    }
    let reason = crate::text::line(reason, "a reason", 500, "--reason", &[])?;
    db.execute(
        "UPDATE session_line SET status = 'rejected', reject_reason = ?1 WHERE id = ?2",
        crate::params![reason, id],
    )?;
    Ok(l)
}
