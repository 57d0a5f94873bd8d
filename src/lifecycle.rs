//! A practice closing, or merging into another: one set of rules, whichever command or
//! import brings the event, applied in the caller's one transaction. Everything dated
//! up to the closing day stays as it was; from the next day the practice earns nothing,
//! holds no roles and has no people.

use crate::store::{Db, Write};
use chrono::NaiveDate;

use crate::appointment::{self, NOMINATED_GP, PRACTICE_LEAD};
use crate::error::{Error, Result};
use crate::history::Effective;
use crate::person::{self, PayTo, Person};
use crate::practice::{self, Code};

/// What a closure did, for its summary.
#[derive(Debug, Clone)]
pub struct Closure {
    pub code: Code,
    pub name: String,
    pub date: NaiveDate,
    pub merged_into: Option<Code>,
    /// Schemes it withdrew from on the day.
    pub schemes: usize,
    /// Nominated-GP and practice-lead appointments ended (or removed, had they not begun).
    pub appointments: usize,
    /// People moved to the practice it merged into, or left with no practice.
    pub people: usize,
    /// Of those left with no practice, the ones paid through it who are paid
    /// themselves from the next day.
    pub paid_self: usize,
}

impl Closure {
    /// One line: `M81045 closed 2026-01-31: withdrawn from 1 scheme, 3 appointments
    /// ended, 6 people moved to M81042`.
    pub fn describe(&self) -> String {
        let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut done = Vec::new();
        if self.schemes > 0 {
            done.push(format!("withdrawn from {}", plural(self.schemes, "scheme", "schemes")));
        }
        if self.appointments > 0 {
            done.push(format!("{} ended", plural(self.appointments, "appointment", "appointments")));
        }
        match (&self.merged_into, self.people) {
            (_, 0) => {}
            (Some(to), n) => done.push(format!("{} moved to {to}", plural(n, "person", "people"))),
            (None, n) => {
                let mut s = format!("{} left with no practice", plural(n, "person", "people"));
                if self.paid_self > 0 {
                    s.push_str(&format!(" ({} paid themselves from the next day)", self.paid_self));
                }
                done.push(s);
            }
        }
        let merged = self.merged_into.as_ref().map(|m| format!(" into {m}")).unwrap_or_default();
        let verb = if self.merged_into.is_some() { "merged" } else { "closed" };
        if done.is_empty() {
            format!("{} {verb}{merged} {}", self.code, self.date)
        } else {
            format!("{} {verb}{merged} {}: {}", self.code, self.date, done.join(", "))
        }
    }
}

/// Closes the practice `code` on `date`, merged into `merged_into` if given. Refused
/// (exit 5) where attendance, a claim, a paid line or a paid instalment of the practice
/// is dated after `date`, and (exit 3) for a day before it opened or after `today`. Its
/// scheme enrolments end on the day (an instalment due that day is earned), its
/// nominated-GP and practice-lead appointments and its seats in groups end, and its
/// people's practice periods end: with a merger they continue at the successor from
/// the next day; without one they have no practice from then, and those paid through
/// the practice are paid themselves. Their unpaid lines are derived again when the
/// write commits.
pub fn close_practice(
    db: &Write,
    code: &str,
    date: NaiveDate,
    merged_into: Option<&str>,
    today: NaiveDate,
) -> Result<Closure> {
    let p = practice::get(db, code)?;
    if !p.open {
        return Err(Error::conflict(format!(
            "practice {} is already closed ({})",
            p.code,
            p.close_date.map_or("no date".into(), |d| d.to_string())
        )));
    }
    if date > today {
        return Err(Error::invalid(format!(
            "{date} has not come yet: practice {} is closed on or after the day it closes",
            p.code
        ))
        .at("--date"));
    }
    if p.open_date.is_some_and(|o| date < o) {
        return Err(Error::invalid(format!(
            "the close date {date} is before practice {} opened on {}",
            p.code,
            p.open_date.expect("checked"),
        ))
        .at("--date"));
    }
    let next = date.succ_opt().ok_or_else(|| Error::invalid(format!("not a close date: {date}")).at("--date"))?;
    let successor = match merged_into {
        Some(m) => {
            let m = practice::parse_code(m, "--merged-into")?;
            let target = practice::get(db, &m)?;
            if target.code == p.code {
                return Err(Error::invalid(format!("a practice cannot merge into itself ({}, --merged-into)", p.code)));
            }
            if !target.open || target.open_date.is_some_and(|o| o > next) {
                return Err(Error::invalid(format!(
                    "{} {} is not open on {next}: a practice merges into one that is (--merged-into)",
                    target.code, target.name
                )));
            }
            Some(target.code)
        }
        None => None,
    };
    refuse_after(db, &p.code, date)?;

    let schemes = crate::scheme::withdraw_practice(db, &p.code, date)?;
    let appointments = appointment::end_for_practice(db, &p.code, None, &[NOMINATED_GP, PRACTICE_LEAD], next)?;
    // Its seats in groups end: a closed practice is no one's member.
    db.execute("DELETE FROM membership WHERE practice_code = ?1 AND from_date > ?2", (p.code.as_str(), date))?;
    db.execute(
        "UPDATE membership SET until_date = ?2 WHERE practice_code = ?1 AND (until_date IS NULL OR until_date > ?2)",
        (p.code.as_str(), date),
    )?;

    let staff: Vec<Person> = db.query(
        &format!(
            "SELECT {} FROM person p WHERE p.practice_code = ?1 AND (p.left_on IS NULL OR p.left_on > ?2) ORDER BY p.id",
            person::columns("p")
        ),
        crate::params![p.code.as_str(), date],
        Person::from_row,
    )?;
    let mut paid_self = 0;
    for someone in &staff {
        let mut facts = someone.facts();
        facts.practice_code = successor.clone();
        if successor.is_none() && facts.pay_to == PayTo::Practice {
            facts.pay_to = PayTo::Own;
            paid_self += 1;
        }
        // The day after a closure today is the one change that may start tomorrow.
        person::move_on(db, someone, facts, next, today.max(next))?;
    }

    db.execute(
        "UPDATE practice SET status = 'closed', close_date = ?2, merged_into = ?3 WHERE code = ?1",
        crate::params![p.code.as_str(), date, successor.as_ref()],
    )?;
    Ok(Closure {
        code: p.code,
        name: p.name,
        date,
        merged_into: successor,
        schemes,
        appointments,
        people: staff.len(),
        paid_self,
    })
}

/// Refuses (exit 5) a close on `date` when the register holds the practice's activity
/// after it: attendance for it, a claim by one of its people, a paid line or instalment
/// of its own, an enrolment that begins later, or someone recorded there later.
fn refuse_after(db: &Db, code: &Code, date: NaiveDate) -> Result<()> {
    use crate::history::{person_fact, person_past_join};
    let sql = format!(
        "SELECT 'attendance for it at meeting ' || m.id AS what, m.date AS day FROM attendance a JOIN meeting m ON m.id = a.meeting_id
          WHERE a.for_practice = ?1 AND m.date > ?2 AND a.status <> 'apologies' AND m.status = 'scheduled'
         UNION ALL
         SELECT 'a claim by ' || p.name || ' (session line ' || l.id || ')', l.work_date
           FROM session_line l JOIN person p ON p.id = l.person_id {past}
          WHERE l.source IN ('project', 'fund') AND l.status <> 'rejected' AND l.work_date > ?2
            AND {practice} = ?1
         UNION ALL
         SELECT 'session line ' || l.id || ' paid in the ' || l.payment_month || ' run', l.work_date
           FROM session_line l WHERE l.status = 'paid' AND l.paid_practice_code = ?1 AND l.work_date > ?2
         UNION ALL
         SELECT 'its enrolment in ' || s.name, e.enrolled_on FROM enrolment e JOIN scheme s ON s.id = e.scheme_id
          WHERE e.practice_code = ?1 AND e.enrolled_on > ?2
         UNION ALL
         SELECT p.name || ' there until ' || h.until_date, h.until_date
           FROM person_past h JOIN person p ON p.id = h.person_id
          WHERE h.practice_code = ?1 AND h.until_date > ?2
         ORDER BY 2 LIMIT 1",
        past = person_past_join("h", "l.person_id", "l.work_date"),
        practice = person_fact("h", "p", "practice_code"),
    );
    let found: Option<(String, NaiveDate)> =
        db.first(&sql, crate::params![code.as_str(), date], |r| Ok((r.get("what")?, r.get("day")?)))?;
    match found {
        Some((what, on)) => {
            Err(Error::conflict(format!("practice {code} has {what} on {on}, after closing on {date}"))
                .at("--date")
                .with_hint("give the day it really closed, or correct that record first"))
        }
        None => Ok(()),
    }
}

/// Changes a person's record as [`person::edit_at`] does (`field` names a field for
/// messages), and ends their nominated-GP and practice-lead appointments at a practice
/// they leave from a day, the day before it. An import changes people this way.
pub fn edit_person_at(
    db: &Write,
    before: Person,
    c: &person::Changes,
    when: Effective,
    today: NaiveDate,
    field: &dyn Fn(&'static str) -> String,
) -> Result<(Person, bool)> {
    let old = before.practice_code.clone();
    let (p, changed) = person::edit_at(db, before, c, when, today, field)?;
    if let (Effective::From(d), Some(old)) = (when, &old)
        && p.practice_code.as_ref() != Some(old)
    {
        appointment::end_for_practice(db, old, Some(p.id), &[NOMINATED_GP, PRACTICE_LEAD], d)?;
    }
    Ok((p, changed))
}

/// Writes people's planned edits (see [`person::plan_edit`]) from `from`, and ends the
/// nominated-GP and practice-lead appointments of those who leave a practice the day
/// before, as [`edit_person_at`] does for one: an import changes many people this way.
pub(crate) fn write_person_edits(db: &Write, edits: &[person::Edit], from: NaiveDate) -> Result<()> {
    person::write_edits(db, edits)?;
    let left: Vec<(i64, Code)> = edits
        .iter()
        .filter(|e| e.after.practice_code != e.before.practice_code)
        .filter_map(|e| e.before.practice_code.clone().map(|c| (e.before.id, c)))
        .collect();
    appointment::end_for_people(db, &left, &[NOMINATED_GP, PRACTICE_LEAD], from)?;
    Ok(())
}

/// `person edit`: a person's record changed as [`person::edit_at`] changes it, and
/// what follows: a dated change of practice ends their nominated-GP and practice-lead
/// appointments there the day before. A dated change that changes nothing is refused.
pub fn edit_person(
    db: &Write,
    reference: &str,
    c: &person::Changes,
    when: Effective,
    today: NaiveDate,
) -> Result<(Person, bool)> {
    let before = person::find(db, reference)?;
    let (p, changed) = edit_person_at(db, before.clone(), c, when, today, &|f| format!("--{f}"))?;
    let dated = c.practice.is_some() || c.role.is_some() || c.pay_to.is_some();
    if dated && p.facts() == before.facts() && matches!(when, Effective::From(_)) {
        // A dated change that changes nothing is a mistake worth saying (an import,
        // which may run again, counts it unchanged instead).
        let since: Option<NaiveDate> = db.value("SELECT facts_from FROM person WHERE id = ?1", [p.id])?;
        let field = if c.practice.is_some() {
            "--practice"
        } else if c.role.is_some() {
            "--role"
        } else {
            "--pay-to"
        };
        return Err(Error::invalid(format!(
            "{} is already {} at {}, paid to {}, since {} ({field})",
            p.name,
            p.role.as_str(),
            p.practice_code.as_deref().unwrap_or("no practice"),
            p.pay_to.as_str(),
            since.map_or("the beginning".to_string(), |d| d.to_string()),
        ))
        .with_hint("`engage person history PERSON` shows their practice, role and pay-to over time"));
    }
    Ok((p, changed))
}

/// Marks a person as having left on `date`, a day that has come; their appointments
/// and seats in groups end that day. With `correction`, moves the leaving date already
/// recorded: what ended on the old day ends on the new one instead (exit 5 where that
/// would alter a paid line).
pub fn leave(
    db: &Write,
    reference: &str,
    date: NaiveDate,
    correction: bool,
    today: NaiveDate,
) -> Result<(Person, usize)> {
    let mut p = person::find(db, reference)?;
    if date > today {
        return Err(Error::invalid(format!(
            "{date} has not come yet: a leaving date is recorded once it has (--date)"
        ))
        .with_hint(format!("record that {} left on or after {date}", p.name)));
    }
    let recorded = p.left_on;
    match (recorded, correction) {
        (Some(d), false) => {
            return Err(Error::conflict(format!("{} already left on {d} (person {})", p.name, p.id))
                .with_hint(format!("`engage person leave {} --date D --correction` moves the date", p.id)));
        }
        (None, true) => {
            return Err(Error::invalid(format!(
                "{} has no leaving date to correct (person {}, --correction)",
                p.name, p.id
            ))
            .with_hint("leave out --correction to record that they left"));
        }
        (Some(d), true) if d == date => {
            return Err(Error::invalid(format!("{} left on {d} already (--date)", p.name)));
        }
        _ => {}
    }
    // A later leaving day: what the old one ended continues to the new one.
    if let Some(old) = recorded.filter(|&old| old < date) {
        let ended: Vec<i64> = db.query(
            "SELECT id FROM appointment WHERE person_id = ?1 AND until_date = ?2",
            crate::params![p.id, old],
            |r| r.get("id"),
        )?;
        appointment::touch(db, &ended)?;
        db.execute(
            "UPDATE appointment SET until_date = ?3 WHERE person_id = ?1 AND until_date = ?2",
            crate::params![p.id, old, date],
        )?;
        db.execute(
            "UPDATE membership SET until_date = ?3 WHERE person_id = ?1 AND until_date = ?2",
            crate::params![p.id, old, date],
        )?;
    }
    let current: Vec<i64> = db.query(
        "SELECT id FROM appointment
              WHERE person_id = ?2 AND from_date <= ?1 AND (until_date IS NULL OR until_date > ?1)",
        crate::params![date, p.id],
        |r| r.get("id"),
    )?;
    appointment::end_all(db, &current, date)?;
    let ended = current.len();
    // What the person did after leaving cannot have happened.
    let after: Option<(String, NaiveDate)> = db.first("SELECT 'attendance at meeting ' || m.id AS what, m.date AS day FROM attendance a JOIN meeting m ON m.id = a.meeting_id
              WHERE a.person_id = ?1 AND m.date > ?2 AND a.status <> 'apologies'
             UNION ALL
             SELECT 'session line ' || l.id, l.work_date FROM session_line l
              WHERE l.person_id = ?1 AND l.work_date > ?2 AND l.source IN ('project', 'fund')
             ORDER BY 2 LIMIT 1", (p.id, date), |r| Ok((r.get("what")?, r.get("day")?)))?;
    if let Some((what, on)) = after {
        return Err(Error::invalid(format!("{} has {what} on {on}, after leaving on {date}", p.name))
            .at("--date")
            .with_hint("give the day they really left, or correct that record first"));
    }
    // Appointments that would start after leaving never begin (their unpaid lines go
    // with them; a paid one keeps the appointment, and the change is refused).
    let later: Vec<i64> =
        db.query("SELECT id FROM appointment WHERE person_id = ?1 AND from_date > ?2", (p.id, date), |r| r.get("id"))?;
    for id in later {
        db.execute("DELETE FROM session_line WHERE appointment_id = ?1 AND status <> 'paid'", [id])?;
        appointment::remove(db, id)?;
    }
    // Their seats in groups end too; those that would start later never begin.
    db.execute("DELETE FROM membership WHERE person_id = ?1 AND from_date > ?2", (p.id, date))?;
    db.execute(
        "UPDATE membership SET until_date = ?2 WHERE person_id = ?1 AND (until_date IS NULL OR until_date > ?2)",
        (p.id, date),
    )?;
    person::record_leaving(db, &mut p, date)?;
    Ok((p, ended))
}
