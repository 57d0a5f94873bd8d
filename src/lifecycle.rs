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
    let closing = Closing { code, date, merged_into };
    let mut done = close_practices(db, &[closing], today).map_err(|(_, e)| e)?;
    Ok(done.remove(0))
}

/// A practice to close: its code, the day, and the practice it merges into.
#[derive(Debug, Clone, Copy)]
pub struct Closing<'a> {
    pub code: &'a str,
    pub date: NaiveDate,
    pub merged_into: Option<&'a str>,
}

/// Closes practices as [`close_practice`] closes one, asking the register the same few
/// questions however many there are (an import may close several). A refusal comes
/// with the number of the closing it is about.
pub fn close_practices(
    db: &Write,
    closings: &[Closing],
    today: NaiveDate,
) -> std::result::Result<Vec<Closure>, (usize, Error)> {
    if closings.is_empty() {
        return Ok(Vec::new());
    }
    let all = |e: Error| (0, e);
    let mut wanted: Vec<&str> = closings.iter().flat_map(|c| [Some(c.code), c.merged_into]).flatten().collect();
    wanted.sort_unstable();
    wanted.dedup();
    let known = practice::Known::of(db, &wanted).map_err(all)?;
    let get = |code: &str| known.get(db, code);
    let mut checked = Vec::new();
    for (i, c) in closings.iter().enumerate() {
        let checks = || -> Result<(practice::Practice, NaiveDate, Option<Code>)> {
            let p = get(c.code)?;
            if !p.open {
                return Err(Error::conflict(format!(
                    "practice {} is already closed ({})",
                    p.code,
                    p.close_date.map_or("no date".into(), |d| d.to_string())
                )));
            }
            let date = c.date;
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
            let next =
                date.succ_opt().ok_or_else(|| Error::invalid(format!("not a close date: {date}")).at("--date"))?;
            let successor = match c.merged_into {
                Some(m) => {
                    let m = practice::parse_code(m, "--merged-into")?;
                    let target = get(&m)?;
                    if target.code == p.code {
                        return Err(Error::invalid(format!(
                            "a practice cannot merge into itself ({}, --merged-into)",
                            p.code
                        )));
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
            Ok((p, next, successor))
        };
        checked.push(checks().map_err(|e| (i, e))?);
    }
    let days: Vec<(&Code, NaiveDate)> = checked.iter().zip(closings).map(|((p, _, _), c)| (&p.code, c.date)).collect();
    let index = |code: &str| days.iter().position(|(c, _)| c.as_str() == code).unwrap_or(0);
    if let Some((code, what, on)) = after_closing(db, &days).map_err(all)? {
        let i = index(&code);
        let e = Error::conflict(format!("practice {code} has {what} on {on}, after closing on {}", days[i].1))
            .at("--date")
            .with_hint("give the day it really closed, or correct that record first");
        return Err((i, e));
    }

    let schemes = crate::scheme::withdraw_practices(db, &days).map_err(all)?;
    let ends: Vec<(&str, Option<i64>, NaiveDate)> =
        checked.iter().map(|(p, next, _)| (p.code.as_str(), None, *next)).collect();
    let appointments = appointment::end_at_practices(db, &ends, &[NOMINATED_GP, PRACTICE_LEAD]).map_err(all)?;
    // Their seats in groups end: a closed practice is no one's member.
    let values: Vec<&dyn crate::store::ToValue> =
        days.iter().flat_map(|(code, date)| -> [&dyn crate::store::ToValue; 2] { [*code, date] }).collect();
    let on_days = crate::store::value_rows(days.len(), 2, 0);
    let sql = format!(
        "DELETE FROM membership WHERE id IN (SELECT m.id FROM membership m JOIN (VALUES {on_days}) AS c
            ON m.practice_code = c.column1 WHERE m.from_date > c.column2)"
    );
    db.execute(&sql, values.as_slice()).map_err(all)?;
    let sql = format!(
        "UPDATE membership SET until_date = c.column2 FROM (VALUES {on_days}) AS c
          WHERE membership.practice_code = c.column1
            AND (membership.until_date IS NULL OR membership.until_date > c.column2)"
    );
    db.execute(&sql, values.as_slice()).map_err(all)?;
    let sql = format!(
        "SELECT {} FROM person p JOIN (VALUES {on_days}) AS c ON p.practice_code = c.column1
          WHERE p.left_on IS NULL OR p.left_on > c.column2 ORDER BY p.id",
        person::columns("p"),
    );
    let staff: Vec<Person> = db.query(&sql, values.as_slice(), Person::from_row).map_err(all)?;
    let mut closures: Vec<Closure> = checked
        .iter()
        .zip(closings)
        .zip(schemes.iter().zip(&appointments))
        .map(|(((p, _, successor), c), (&schemes, &appointments))| Closure {
            code: p.code.clone(),
            name: p.name.clone(),
            date: c.date,
            merged_into: successor.clone(),
            schemes,
            appointments,
            people: 0,
            paid_self: 0,
        })
        .collect();
    let mut moves = Vec::new();
    for someone in staff {
        let Some(code) = &someone.practice_code else { continue };
        let i = index(code.as_str());
        let (closure, (_, next, _)) = (&mut closures[i], &checked[i]);
        let mut facts = someone.facts();
        facts.practice_code = closure.merged_into.clone();
        if closure.merged_into.is_none() && facts.pay_to == PayTo::Practice {
            facts.pay_to = PayTo::Own;
            closure.paid_self += 1;
        }
        closure.people += 1;
        // The day after a closure today is the one change that may start tomorrow.
        moves.push((someone, facts, *next, today.max(*next)));
    }
    person::move_on(db, moves).map_err(all)?;

    let values: Vec<&dyn crate::store::ToValue> = closures
        .iter()
        .flat_map(|c| -> [&dyn crate::store::ToValue; 3] { [&c.code, &c.date, &c.merged_into] })
        .collect();
    let set = "status = 'closed', close_date = v.column2, merged_into = v.column3";
    db.update_rows(("practice", &["code"]), set, 3, &values).map_err(all)?;
    Ok(closures)
}

/// What the register holds of a practice after the day it closes (its code, what, and
/// the day), the earliest over these closings: attendance for it, a claim by one of its
/// people, a paid line or instalment of its own, an enrolment that begins later, or
/// someone recorded there later. A closing is refused (exit 5) for it.
fn after_closing(db: &Db, days: &[(&Code, NaiveDate)]) -> Result<Option<(String, String, NaiveDate)>> {
    use crate::history::{person_fact, person_past_join};
    let mut values: Vec<&dyn crate::store::ToValue> = Vec::new();
    for (code, date) in days {
        values.extend([*code as &dyn crate::store::ToValue, date]);
    }
    let sql = format!(
        "WITH c (code, day) AS (VALUES {closing})
         SELECT c.code, 'attendance for it at meeting ' || m.id AS what, m.date AS day
           FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN c ON a.for_practice = c.code
          WHERE m.date > c.day AND a.status <> 'apologies' AND m.status = 'scheduled'
         UNION ALL
         SELECT c.code, 'a claim by ' || p.name || ' (session line ' || l.id || ')', l.work_date
           FROM session_line l JOIN person p ON p.id = l.person_id {past} JOIN c ON {practice} = c.code
          WHERE l.source IN ('project', 'fund') AND l.status <> 'rejected' AND l.work_date > c.day
         UNION ALL
         SELECT c.code, 'session line ' || l.id || ' paid in the ' || l.payment_month || ' run', l.work_date
           FROM session_line l JOIN c ON l.paid_practice_code = c.code WHERE l.status = 'paid' AND l.work_date > c.day
         UNION ALL
         SELECT c.code, 'its enrolment in ' || s.name, e.enrolled_on
           FROM enrolment e JOIN scheme s ON s.id = e.scheme_id JOIN c ON e.practice_code = c.code
          WHERE e.enrolled_on > c.day
         UNION ALL
         SELECT c.code, p.name || ' there until ' || h.until_date, h.until_date
           FROM person_past h JOIN person p ON p.id = h.person_id JOIN c ON h.practice_code = c.code
          WHERE h.until_date > c.day
         ORDER BY 3 LIMIT 1",
        closing = crate::store::value_rows(days.len(), 2, 0),
        past = person_past_join("h", "l.person_id", "l.work_date"),
        practice = person_fact("h", "p", "practice_code"),
    );
    db.first(&sql, values.as_slice(), |r| Ok((r.get("code")?, r.get("what")?, r.get("day")?)))
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
        appointment::end_at_practices(db, &[(old.as_str(), Some(p.id), d)], &[NOMINATED_GP, PRACTICE_LEAD])?;
    }
    Ok((p, changed))
}

/// Writes people's planned edits (see [`person::plan_edit`]) from `from`, and ends the
/// nominated-GP and practice-lead appointments of those who leave a practice the day
/// before, as [`edit_person_at`] does for one: an import changes many people this way.
pub(crate) fn write_person_edits(db: &Write, edits: &[person::Edit], from: NaiveDate) -> Result<()> {
    person::write_edits(db, edits)?;
    let left: Vec<(&str, Option<i64>, NaiveDate)> = edits
        .iter()
        .filter(|e| e.after.practice_code != e.before.practice_code)
        .filter_map(|e| e.before.practice_code.as_ref().map(|c| (c.as_str(), Some(e.before.id), from)))
        .collect();
    appointment::end_at_practices(db, &left, &[NOMINATED_GP, PRACTICE_LEAD])?;
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
