//! A person's dated facts (see the README's History): their practice, role (contract)
//! and pay_to over time. The facts in force now live in the person's row, with the day
//! they began (`facts_from`); the periods that ended live in `person_past`.

use crate::store::{Db, Row, ToValue, Write};
use chrono::NaiveDate;
use foldhash::{HashMap, HashMapExt};

use super::{PayTo, Person, Role};
use crate::error::{Error, Result};
use crate::history::{Effective, Timeline, day_before, new_period};
use crate::practice::Code;

/// A person's facts that change over time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub practice_code: Option<Code>,
    pub role: Role,
    pub pay_to: PayTo,
}

impl Person {
    /// The dated facts in the person's row: those in force now.
    pub fn facts(&self) -> Facts {
        Facts { practice_code: self.practice_code.clone(), role: self.role, pay_to: self.pay_to }
    }

    /// The person with the facts of another day.
    pub fn with_facts(mut self, f: Facts) -> Person {
        (self.practice_code, self.role, self.pay_to) = (f.practice_code, f.role, f.pay_to);
        self
    }
}

/// Every person's facts over time, by id, each mapped by `f` (a report keeps what it
/// needs).
pub fn timelines<T>(db: &Db, mut f: impl FnMut(Facts) -> T) -> Result<HashMap<i64, Timeline<T>>> {
    let facts = |r: &Row| -> Result<Facts> {
        Ok(Facts { practice_code: r.get("practice_code")?, role: r.get("role")?, pay_to: r.get("pay_to")? })
    };
    let mut all: HashMap<i64, Timeline<T>> = HashMap::new();
    let stmt = "SELECT id, practice_code, role, pay_to FROM person";
    db.each(stmt, (), |r| {
        all.insert(r.get("id")?, Timeline::new(f(facts(r)?)));
        Ok(())
    })?;
    let stmt = "SELECT person_id, until_date, practice_code, role, pay_to FROM person_past ORDER BY 1, 2";
    db.each(stmt, (), |r| {
        if let Some(t) = all.get_mut(&r.get("person_id")?) {
            t.ended(r.get("until_date")?, f(facts(r)?));
        }
        Ok(())
    })?;
    Ok(all)
}

/// The facts on a date of everyone whose facts then are not those in force now (the
/// rest have their row's), by id: one question for a whole sign-in sheet.
pub fn facts_all_on(db: &Db, date: NaiveDate) -> Result<HashMap<i64, Facts>> {
    let stmt = "SELECT person_id, practice_code, role, pay_to FROM person_past
                 WHERE until_date >= ?1 AND (from_date IS NULL OR from_date <= ?1)";
    let mut out = HashMap::new();
    db.each(stmt, [date], |r| {
        let facts = Facts { practice_code: r.get("practice_code")?, role: r.get("role")?, pay_to: r.get("pay_to")? };
        out.insert(r.get("person_id")?, facts);
        Ok(())
    })?;
    Ok(out)
}

/// A person's facts on a date.
pub fn facts_on(db: &Db, person: &Person, date: NaiveDate) -> Result<Facts> {
    let past = db.first(
        "SELECT practice_code, role, pay_to FROM person_past
              WHERE person_id = ?1 AND until_date >= ?2 AND (from_date IS NULL OR from_date <= ?2)",
        crate::params![person.id, date],
        |r| Ok(Facts { practice_code: r.get("practice_code")?, role: r.get("role")?, pay_to: r.get("pay_to")? }),
    )?;
    Ok(past.unwrap_or_else(|| person.facts()))
}

/// Records a person's new facts before their row is saved with them: from a day (the
/// facts before it end the day before), or for all time. (A change that would alter a
/// paid line is refused when the write commits: see `session::rederive`.)
pub fn change(db: &Write, before: &Person, after: &Facts, when: Effective, today: NaiveDate) -> Result<()> {
    if &before.facts() == after {
        return Ok(());
    }
    db.touch_person(before.id);
    let began: Option<NaiveDate> = db.value("SELECT facts_from FROM person WHERE id = ?1", [before.id])?;
    match when {
        Effective::Correction => {
            db.execute("DELETE FROM person_past WHERE person_id = ?1", [before.id])?;
            db.execute("UPDATE person SET facts_from = NULL WHERE id = ?1", [before.id])?;
        }
        Effective::From(d) => {
            if let Some(closed) = closing(before, began, d, today)? {
                insert_past(db, std::slice::from_ref(&closed))?;
                db.execute("UPDATE person SET facts_from = ?2 WHERE id = ?1", crate::params![before.id, d])?;
            }
        }
    }
    Ok(())
}

/// A period of a person's facts that a change ends: a `person_past` row.
#[derive(Debug, Clone)]
pub(crate) struct Closed {
    person_id: i64,
    from: Option<NaiveDate>,
    until: NaiveDate,
    facts: Facts,
}

/// Checks a change of `before`'s facts from `d`, given the day the facts in force began,
/// and gives the period it ends: `None` when `d` is that day (the change replaces them).
/// Their new facts begin on `d` either way.
pub(crate) fn closing(
    before: &Person,
    began: Option<NaiveDate>,
    d: NaiveDate,
    today: NaiveDate,
) -> Result<Option<Closed>> {
    if let Some(left) = before.left_on
        && d > left
    {
        return Err(Error::invalid(format!("{} left on {left}, before {d} (--from)", before.name)));
    }
    let Some(start) = new_period(d, began, today, &before.name)? else {
        return Ok(None);
    };
    Ok(Some(Closed { person_id: before.id, from: began, until: day_before(start, "--from")?, facts: before.facts() }))
}

/// Records ended periods, up to a thousand a statement.
pub(crate) fn insert_past(db: &Write, closed: &[Closed]) -> Result<()> {
    let values: Vec<&dyn ToValue> = closed
        .iter()
        .flat_map(|c| -> [&dyn ToValue; 6] {
            [&c.person_id, &c.from, &c.until, &c.facts.practice_code, &c.facts.role, &c.facts.pay_to]
        })
        .collect();
    db.insert_rows(
        "INSERT INTO person_past (person_id, from_date, until_date, practice_code, role, pay_to)",
        6,
        &values,
    )
}

/// The day each person's facts in force began, of those whose facts have changed.
pub(crate) fn facts_began(db: &Db) -> Result<HashMap<i64, NaiveDate>> {
    let stmt = "SELECT id, facts_from FROM person WHERE facts_from IS NOT NULL";
    Ok(db.query(stmt, (), |r| Ok((r.get("id")?, r.get("facts_from")?)))?.into_iter().collect())
}

/// One period of `person history`.
#[derive(Debug, Clone)]
pub struct PersonPeriod {
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub facts: Facts,
}

/// `person history PERSON`: their practice, role and pay_to over time; the last period
/// ends the day they left.
pub fn periods(db: &Db, p: &Person) -> Result<Vec<PersonPeriod>> {
    let mut out: Vec<PersonPeriod> = db.query(
        "SELECT from_date, until_date, practice_code, role, pay_to FROM person_past
              WHERE person_id = ?1 ORDER BY until_date",
        [p.id],
        |r| {
            Ok(PersonPeriod {
                from: r.get("from_date")?,
                until: r.get("until_date")?,
                facts: Facts { practice_code: r.get("practice_code")?, role: r.get("role")?, pay_to: r.get("pay_to")? },
            })
        },
    )?;
    let began: Option<NaiveDate> = db.value("SELECT facts_from FROM person WHERE id = ?1", [p.id])?;
    out.push(PersonPeriod { from: began, until: p.left_on, facts: p.facts() });
    Ok(out)
}
