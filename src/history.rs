//! Dated facts (the README's History): a practice's locality, and a person's practice, role and
//! pay_to, over time, so that a later edit never rewrites what happened before it.
//!
//! The value in force now lives in the record's own row (`practice.locality_id`,
//! `person.role`, ...) with the first day it holds (`locality_from`, `facts_from`;
//! NULL: from the beginning). The periods that ended live in `practice_past` and
//! `person_past`, each with its first day (NULL: from the beginning) and its last.
//! Periods follow one another without a gap, and the first holds from the beginning,
//! so every date has exactly one fact. A change is recorded from a day that has come:
//! the row's value is always the one in force today.
//!
//! Every read of a fact as at a date goes through here: SQL joins for a query over
//! some rows, or a [`Timeline`] per record for a report that reads everything once.

use chrono::NaiveDate;
use foldhash::{HashMap, HashMapExt};
use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::person::{PayTo, Person, Role};
use crate::practice::Code;

/// From when an edit of a dated fact holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effective {
    /// A change from this day: the fact before it ends the day before.
    From(NaiveDate),
    /// A typing mistake: the new value replaces the fact for all time.
    Correction,
}

impl Effective {
    /// `--from D` (default today) or `--correction`.
    pub fn from_args(from: Option<NaiveDate>, correction: bool, today: NaiveDate) -> Effective {
        match (correction, from) {
            (true, _) => Effective::Correction,
            (false, from) => Effective::From(from.unwrap_or(today)),
        }
    }
}

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

/// One record's fact over time.
#[derive(Debug, Clone, Default)]
pub struct Timeline<T> {
    now: T,
    /// The periods that ended, each with its last day, oldest first.
    past: Vec<(NaiveDate, T)>,
}

impl<T> Timeline<T> {
    fn new(now: T) -> Timeline<T> {
        Timeline { now, past: Vec::new() }
    }

    /// The fact in force on a date.
    pub fn on(&self, date: NaiveDate) -> &T {
        self.past.iter().find(|(until, _)| date <= *until).map_or(&self.now, |(_, fact)| fact)
    }

    /// The fact in force now.
    pub fn now(&self) -> &T {
        &self.now
    }

    /// The spans of `from..=to` with one fact each, in order.
    pub fn spans(&self, from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, NaiveDate, &T)> {
        let mut out = Vec::new();
        let mut start = from;
        for (until, fact) in &self.past {
            if *until >= start && start <= to {
                out.push((start, (*until).min(to), fact));
                start = until.succ_opt().unwrap_or(*until);
            }
        }
        if start <= to && self.past.last().is_none_or(|(until, _)| *until < start) {
            out.push((start, to, &self.now));
        }
        out
    }
}

/// Every practice's locality over time, by code.
pub fn localities(conn: &Connection) -> Result<HashMap<String, Timeline<i64>>> {
    localities_of(conn, None)
}

/// One practice's locality over time.
pub fn locality_timeline(conn: &Connection, code: &str) -> Result<Timeline<i64>> {
    localities_of(conn, Some(code))?.remove(code).ok_or_else(|| Error::not_found(format!("no such practice: {code}")))
}

fn localities_of(conn: &Connection, code: Option<&str>) -> Result<HashMap<String, Timeline<i64>>> {
    let mut all: HashMap<String, Timeline<i64>> = HashMap::new();
    let mut stmt = conn.prepare_cached("SELECT code, locality_id FROM practice WHERE ?1 IS NULL OR code = ?1")?;
    let mut rows = stmt.query([code])?;
    while let Some(r) = rows.next()? {
        all.insert(r.get(0)?, Timeline::new(r.get(1)?));
    }
    let mut stmt = conn.prepare_cached(
        "SELECT practice_code, until_date, locality_id FROM practice_past
          WHERE ?1 IS NULL OR practice_code = ?1 ORDER BY 1, 2",
    )?;
    let mut rows = stmt.query([code])?;
    while let Some(r) = rows.next()? {
        if let Some(t) = all.get_mut(r.get_ref(0)?.as_str()?) {
            t.past.push((r.get(1)?, r.get(2)?));
        }
    }
    Ok(all)
}

/// Every person's facts over time, by id, each mapped by `f` (a report keeps what it
/// needs).
pub fn people<T>(conn: &Connection, mut f: impl FnMut(Facts) -> T) -> Result<HashMap<i64, Timeline<T>>> {
    let facts = |r: &rusqlite::Row, at: usize| -> rusqlite::Result<Facts> {
        Ok(Facts { practice_code: r.get(at)?, role: r.get(at + 1)?, pay_to: r.get(at + 2)? })
    };
    let mut all: HashMap<i64, Timeline<T>> = HashMap::new();
    let mut stmt = conn.prepare_cached("SELECT id, practice_code, role, pay_to FROM person")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        all.insert(r.get(0)?, Timeline::new(f(facts(r, 1)?)));
    }
    let mut stmt = conn
        .prepare_cached("SELECT person_id, until_date, practice_code, role, pay_to FROM person_past ORDER BY 1, 2")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(t) = all.get_mut(&r.get(0)?) {
            t.past.push((r.get(1)?, f(facts(r, 2)?)));
        }
    }
    Ok(all)
}

/// SQL: `LEFT JOIN` the person's period that had ended by now and was in force on
/// `date`, as `h`; with none, the person's row holds the facts (see [`person_fact`]).
pub fn person_past_join(h: &str, person: &str, date: &str) -> String {
    format!(
        "LEFT JOIN person_past {h} ON {h}.person_id = {person} AND {h}.until_date >= {date}
           AND ({h}.from_date IS NULL OR {h}.from_date <= {date})"
    )
}

/// SQL: a person's fact (`practice_code`, `role` or `pay_to`) as at the date of a
/// [`person_past_join`] `h`, over their row `p`.
pub fn person_fact(h: &str, p: &str, field: &str) -> String {
    format!("iif({h}.person_id IS NULL, {p}.{field}, {h}.{field})")
}

/// SQL: the locality of the practice `code` on `date`. (Its aliases are its own: an
/// outer query's `h`, a person's period, must not be shadowed inside it.)
pub fn locality_on(code: &str, date: &str) -> String {
    format!(
        "(SELECT coalesce(lh.locality_id, lx.locality_id) FROM practice lx
            LEFT JOIN practice_past lh ON lh.practice_code = lx.code AND lh.until_date >= {date}
             AND (lh.from_date IS NULL OR lh.from_date <= {date})
          WHERE lx.code = {code})"
    )
}

/// A person's facts on a date.
pub fn facts_on(conn: &Connection, person: &Person, date: NaiveDate) -> Result<Facts> {
    let past = conn
        .prepare_cached(
            "SELECT practice_code, role, pay_to FROM person_past
              WHERE person_id = ?1 AND until_date >= ?2 AND (from_date IS NULL OR from_date <= ?2)",
        )?
        .query_row(rusqlite::params![person.id, date], |r| {
            Ok(Facts { practice_code: r.get(0)?, role: r.get(1)?, pay_to: r.get(2)? })
        })
        .optional()?;
    Ok(past.unwrap_or_else(|| person.facts()))
}

/// The day before `d`, the last day of the fact a change from `d` ends.
fn day_before(d: NaiveDate, field: &str) -> Result<NaiveDate> {
    d.pred_opt().ok_or_else(|| Error::invalid(format!("not a date a change can start: {d} ({field})")))
}

/// Where a change from `d` may go, given the day the fact in force now began (`None`:
/// the beginning); `who` names the record. Returns `Some(d)` for a new period, `None`
/// when `d` is that first day (the fact in force is replaced from it).
fn new_period(d: NaiveDate, began: Option<NaiveDate>, today: NaiveDate, who: &str) -> Result<Option<NaiveDate>> {
    if d > today {
        return Err(Error::invalid(format!(
            "{d} has not come yet: a change is recorded from a day that has ({who}, --from)"
        ))
        .with_hint(format!("record it on or after {d}; the register holds what is in force")));
    }
    match began {
        Some(b) if d < b => Err(Error::conflict(format!(
            "{who} has a change recorded from {b}; a change from {d} would rewrite it (--from)"
        ))
        .with_hint(format!(
            "record changes in date order: give a date on or after {b}, or --correction for a typing mistake"
        ))),
        Some(b) if d == b => Ok(None),
        _ => Ok(Some(d)),
    }
}

/// Records a person's new facts before their row is saved with them: from a day (the
/// facts before it end the day before), or for all time. (A change that would alter a
/// paid line is refused when the write commits: see `session::rederive`.)
pub fn change_person(
    conn: &Connection,
    before: &Person,
    after: &Facts,
    when: Effective,
    today: NaiveDate,
) -> Result<()> {
    let now = before.facts();
    if &now == after {
        return Ok(());
    }
    let began: Option<NaiveDate> =
        conn.query_row("SELECT facts_from FROM person WHERE id = ?1", [before.id], |r| r.get(0))?;
    match when {
        Effective::Correction => {
            conn.execute("DELETE FROM person_past WHERE person_id = ?1", [before.id])?;
            conn.execute("UPDATE person SET facts_from = NULL WHERE id = ?1", [before.id])?;
        }
        Effective::From(d) => {
            if let Some(left) = before.left_on
                && d > left
            {
                return Err(Error::invalid(format!("{} left on {left}, before {d} (--from)", before.name)));
            }
            let start = new_period(d, began, today, &before.name)?;
            if let Some(d) = start {
                conn.execute(
                    "INSERT INTO person_past (person_id, from_date, until_date, practice_code, role, pay_to)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    rusqlite::params![
                        before.id,
                        began,
                        day_before(d, "--from")?,
                        now.practice_code,
                        now.role,
                        now.pay_to
                    ],
                )?;
                conn.execute("UPDATE person SET facts_from = ?2 WHERE id = ?1", rusqlite::params![before.id, d])?;
            }
        }
    }
    Ok(())
}

/// Records a practice's move to another locality before its row is saved with it.
/// Placing a practice that is still in `Unassigned` is a correction.
pub fn move_practice(
    conn: &Connection,
    code: &str,
    from_locality: i64,
    to_locality: i64,
    when: Effective,
    today: NaiveDate,
) -> Result<()> {
    if from_locality == to_locality {
        return Ok(());
    }
    let unassigned: bool = conn.query_row(
        "SELECT name = ?2 FROM locality WHERE id = ?1",
        rusqlite::params![from_locality, crate::locality::UNASSIGNED],
        |r| r.get(0),
    )?;
    let began: Option<NaiveDate> =
        conn.query_row("SELECT locality_from FROM practice WHERE code = ?1", [code], |r| r.get(0))?;
    match when {
        Effective::From(d) if !unassigned => {
            if let Some(d) = new_period(d, began, today, &format!("practice {code}"))? {
                conn.execute(
                    "INSERT INTO practice_past (practice_code, from_date, until_date, locality_id) VALUES (?1, ?2, ?3, ?4)",
                    rusqlite::params![code, began, day_before(d, "--from")?, from_locality],
                )?;
                conn.execute("UPDATE practice SET locality_from = ?2 WHERE code = ?1", rusqlite::params![code, d])?;
            }
        }
        _ => {
            conn.execute("DELETE FROM practice_past WHERE practice_code = ?1", [code])?;
            conn.execute("UPDATE practice SET locality_from = NULL WHERE code = ?1", [code])?;
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
pub fn practice_history(conn: &Connection, code: &str) -> Result<Vec<PracticePeriod>> {
    let p = crate::practice::get(conn, code)?;
    let mut periods: Vec<PracticePeriod> = conn
        .prepare(
            "SELECT * FROM (SELECT h.from_date, h.until_date, l.name FROM practice_past h
                              JOIN locality l ON l.id = h.locality_id WHERE h.practice_code = ?1 ORDER BY h.until_date)
             UNION ALL
             SELECT p.locality_from, NULL, l.name FROM practice p JOIN locality l ON l.id = p.locality_id
              WHERE p.code = ?1",
        )?
        .query_map([&p.code[..]], |r| {
            Ok(PracticePeriod { from: r.get(0)?, until: r.get(1)?, locality: r.get(2)?, open: true })
        })?
        .collect::<rusqlite::Result<_>>()?;
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

/// One period of `person history`.
#[derive(Debug, Clone)]
pub struct PersonPeriod {
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub facts: Facts,
}

/// `person history PERSON`: their practice, role and pay_to over time; the last period
/// ends the day they left.
pub fn person_history(conn: &Connection, p: &Person) -> Result<Vec<PersonPeriod>> {
    let mut out: Vec<PersonPeriod> = conn
        .prepare(
            "SELECT from_date, until_date, practice_code, role, pay_to FROM person_past
              WHERE person_id = ?1 ORDER BY until_date",
        )?
        .query_map([p.id], |r| {
            Ok(PersonPeriod {
                from: r.get(0)?,
                until: r.get(1)?,
                facts: Facts { practice_code: r.get(2)?, role: r.get(3)?, pay_to: r.get(4)? },
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let began: Option<NaiveDate> =
        conn.query_row("SELECT facts_from FROM person WHERE id = ?1", [p.id], |r| r.get(0))?;
    out.push(PersonPeriod { from: began, until: p.left_on, facts: p.facts() });
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::dates::parse_iso(s).unwrap()
    }

    #[test]
    fn a_timeline_has_one_fact_a_day() {
        let t = Timeline { now: 'c', past: vec![(d("2026-03-31"), 'a'), (d("2026-09-30"), 'b')] };
        assert_eq!((*t.on(d("2020-01-01")), *t.on(d("2026-03-31")), *t.on(d("2026-04-01"))), ('a', 'a', 'b'));
        assert_eq!((*t.on(d("2026-09-30")), *t.on(d("2026-10-01")), *t.now()), ('b', 'c', 'c'));
        let spans: Vec<_> = t.spans(d("2026-01-01"), d("2026-12-31")).into_iter().map(|(f, u, c)| (f, u, *c)).collect();
        assert_eq!(
            spans,
            [
                (d("2026-01-01"), d("2026-03-31"), 'a'),
                (d("2026-04-01"), d("2026-09-30"), 'b'),
                (d("2026-10-01"), d("2026-12-31"), 'c')
            ]
        );
        let inside: Vec<_> =
            t.spans(d("2026-05-01"), d("2026-06-30")).into_iter().map(|(f, u, c)| (f, u, *c)).collect();
        assert_eq!(inside, [(d("2026-05-01"), d("2026-06-30"), 'b')]);
        let later: Vec<_> = t.spans(d("2027-01-01"), d("2027-01-31")).into_iter().map(|(_, _, c)| *c).collect();
        assert_eq!(later, ['c']);
    }
}
