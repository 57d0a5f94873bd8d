//! A practice's dated facts (see the README's History): its locality over time, and when
//! it opened and closed. The locality in force now lives in the practice's row, with the
//! day it began (`locality_from`); the periods that ended live in `practice_past`.

use crate::store::{Db, Write};
use chrono::NaiveDate;
use foldhash::{HashMap, HashMapExt};

use crate::error::{Error, Result};
use crate::history::{Effective, Timeline, day_before, new_period};

/// Every practice's locality over time, by code.
pub fn localities(db: &Db) -> Result<HashMap<String, Timeline<i64>>> {
    localities_of(db, None)
}

/// One practice's locality over time.
pub fn locality_timeline(db: &Db, code: &str) -> Result<Timeline<i64>> {
    localities_of(db, Some(code))?.remove(code).ok_or_else(|| Error::not_found(format!("no such practice: {code}")))
}

fn localities_of(db: &Db, code: Option<&str>) -> Result<HashMap<String, Timeline<i64>>> {
    let mut all: HashMap<String, Timeline<i64>> = HashMap::new();
    db.each("SELECT code, locality_id FROM practice WHERE ?1 IS NULL OR code = ?1", [code], |r| {
        all.insert(r.get("code")?, Timeline::new(r.get("locality_id")?));
        Ok(())
    })?;
    let sql = "SELECT practice_code, until_date, locality_id FROM practice_past
          WHERE ?1 IS NULL OR practice_code = ?1 ORDER BY 1, 2";
    db.each(sql, [code], |r| {
        if let Some(t) = all.get_mut(&r.get::<String>("practice_code")?) {
            t.ended(r.get("until_date")?, r.get("locality_id")?);
        }
        Ok(())
    })?;
    Ok(all)
}

/// Records a practice's move to another locality before its row is saved with it.
/// Placing a practice that is still in `Unassigned` is a correction.
pub fn move_locality(
    db: &Write,
    code: &str,
    from_locality: i64,
    to_locality: i64,
    when: Effective,
    today: NaiveDate,
) -> Result<()> {
    if from_locality == to_locality {
        return Ok(());
    }
    let unassigned: bool = db.value(
        "SELECT name = ?2 FROM locality WHERE id = ?1",
        crate::params![from_locality, crate::locality::UNASSIGNED],
    )?;
    let began: Option<NaiveDate> = db.value("SELECT locality_from FROM practice WHERE code = ?1", [code])?;
    match when {
        Effective::From(d) if !unassigned => {
            if let Some(d) = new_period(d, began, today, &format!("practice {code}"))? {
                db.execute(
                    "INSERT INTO practice_past (practice_code, from_date, until_date, locality_id) VALUES (?1, ?2, ?3, ?4)",
                    crate::params![code, began, day_before(d, "--from")?, from_locality],
                )?;
                db.execute("UPDATE practice SET locality_from = ?2 WHERE code = ?1", crate::params![code, d])?;
            }
        }
        _ => {
            db.execute("DELETE FROM practice_past WHERE practice_code = ?1", [code])?;
            db.execute("UPDATE practice SET locality_from = NULL WHERE code = ?1", [code])?;
        }
    }
    Ok(())
}

/// One period of `practice history`.
#[derive(Debug, Clone)]
pub struct PracticePeriod {
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub locality: String,
    pub open: bool,
}

/// `practice history CODE`: its localities over time, split where it closed; the first
/// period starts the day it opened, when the register knows it.
pub fn periods(db: &Db, code: &str) -> Result<Vec<PracticePeriod>> {
    let p = super::get(db, code)?;
    let mut periods: Vec<PracticePeriod> = db.query("SELECT * FROM (SELECT h.from_date, h.until_date, l.name FROM practice_past h
                              JOIN locality l ON l.id = h.locality_id WHERE h.practice_code = ?1 ORDER BY h.until_date) AS past
             UNION ALL
             SELECT p.locality_from, NULL, l.name FROM practice p JOIN locality l ON l.id = p.locality_id
              WHERE p.code = ?1", [&p.code[..]], |r| {
            Ok(PracticePeriod { from: r.get("from_date")?, until: r.get("until_date")?, locality: r.get("name")?, open: true })
        })?;
    if let Some(first) = periods.first_mut()
        && first.from.is_none()
    {
        first.from = p.open_date;
    }
    let Some(closed) = p.close_date.filter(|_| !p.open) else { return Ok(periods) };
    let mut out = Vec::with_capacity(periods.len() + 1);
    for period in periods {
        let after = closed.succ_opt().unwrap_or(closed);
        if period.until.is_some_and(|u| u <= closed) {
            out.push(period);
        } else if period.from.is_some_and(|f| f > closed) {
            out.push(PracticePeriod { open: false, ..period });
        } else {
            out.push(PracticePeriod { until: Some(closed), ..period.clone() });
            out.push(PracticePeriod { from: Some(after), open: false, ..period });
        }
    }
    Ok(out)
}
