//! The session line as stored, and the lines derived from the facts.
//!
//! Attendance and appointment lines are a function of the facts: who came to which
//! meeting for which practice, and the appointments' dates. A function that changes such
//! a fact takes the write (`store::Write`) and notes there what it touched (a meeting,
//! an appointment, a person whose dated facts changed); [`rederive`] brings the unpaid
//! lines of what was touched up to date: the store's write path runs it before it
//! commits, and the payment run before it reads the lines. A change that would alter a
//! paid line is refused there, whatever command made it. (A few fact writes remove lines
//! outright where the fact goes: an appointment that never began, an instalment after a
//! withdrawal.)

use std::collections::{BTreeSet, HashMap};

use crate::store::{Db, Params, Row, ToValue, Write, id_values};
use chrono::{Datelike, NaiveDate};

use super::rates::{Priced, Rates};
use crate::dates::Month;
use crate::error::{Error, Result};
use crate::meeting;
use crate::person::{PayTo, Role};
use crate::units::{self, Hundredths, Pence};

crate::text_enum! {
    /// The life of a line.
    pub enum LineStatus {
        /// Claimed, waiting for approval.
        Claimed = "claimed",
        /// Approved: to be paid in the next run.
        Approved = "approved",
        /// Rejected, with a reason.
        Rejected = "rejected",
        /// Paid in a finalised run.
        Paid = "paid",
    }
}

crate::text_enum! {
    /// Where a line comes from.
    pub enum Source {
        Meeting = "meeting",
        Appointment = "appointment",
        Project = "project",
        Fund = "fund",
        /// A scheme's instalment, paid to a practice.
        Scheme = "scheme",
    }
}

/// A session line with the person it pays (a scheme's instalment pays a practice and
/// has no person: no id, an empty name, no role).
#[derive(Debug, Clone)]
pub struct Line {
    pub id: i64,
    pub person_id: Option<i64>,
    pub person_name: String,
    pub role: Option<Role>,
    pub practice_code: Option<String>,
    pub practice_name: Option<String>,
    pub gmc: Option<String>,
    pub pay_to: PayTo,
    pub source: Source,
    pub reference: String,
    pub fund: String,
    pub work_date: NaiveDate,
    pub sessions: Hundredths,
    pub status: LineStatus,
    pub payment_month: Option<String>,
    /// What the payment run wrote, for a paid line.
    pub paid: Option<Paid>,
    /// A scheme instalment's amount: it is not priced by sessions.
    pub amount: Option<Pence>,
    /// Why it was rejected.
    pub reject_reason: Option<String>,
}

/// Whom an unpaid line pays.
enum Payee<'a> {
    /// The practice of this code.
    Practice(&'a str),
    Person,
}

/// Who a line pays and what: as the payment run wrote it, or would write it now.
#[derive(Debug, Clone)]
pub struct Paid {
    pub payee_type: String,
    pub payee_id: String,
    pub payee_name: String,
    pub practice_code: Option<String>,
    pub person_name: String,
    pub gmc: Option<String>,
    pub role: String,
    /// The rate of one session; none for a scheme's instalment.
    pub rate: Option<Pence>,
    pub amount: Pence,
}

/// The line with its person's facts as at its work date (the README's History); a scheme's
/// instalment with its enrolled practice.
fn line_select() -> String {
    use crate::history::{person_fact, person_past_join};
    format!(
        "SELECT l.id, l.person_id, coalesce(p.name, '') AS person_name, {role} AS role, {practice} AS practice_code,
                pr.name AS practice_name, p.gmc, coalesce({pay_to}, 'practice') AS pay_to,
                l.source, l.reference, l.fund, l.work_date, l.sessions, l.status, l.payment_month,
                l.paid_payee_type, l.paid_payee_id, l.paid_payee_name, l.paid_practice_code, l.paid_person_name,
                l.paid_gmc, l.paid_role, l.paid_rate, l.paid_amount, l.amount, l.reject_reason
           FROM session_line l LEFT JOIN person p ON p.id = l.person_id {past}
           LEFT JOIN enrolment e ON e.id = l.enrolment_id
           LEFT JOIN practice pr ON pr.code = {practice}",
        role = person_fact("h", "p", "role"),
        practice = format!("coalesce(e.practice_code, {})", person_fact("h", "p", "practice_code")),
        pay_to = person_fact("h", "p", "pay_to"),
        past = person_past_join("h", "l.person_id", "l.work_date"),
    )
}

impl Line {
    fn from_row(r: &Row) -> Result<Line> {
        let paid = match r.get::<Option<String>>("paid_payee_type")? {
            Some(payee_type) => Some(Paid {
                payee_type,
                payee_id: r.get("paid_payee_id")?,
                payee_name: r.get("paid_payee_name")?,
                practice_code: r.get("paid_practice_code")?,
                person_name: r.get("paid_person_name")?,
                gmc: r.get("paid_gmc")?,
                role: r.get::<Option<String>>("paid_role")?.unwrap_or_default(),
                rate: r.get("paid_rate")?,
                amount: r.get("paid_amount")?,
            }),
            None => None,
        };
        Ok(Line {
            id: r.get("id")?,
            person_id: r.get("person_id")?,
            person_name: r.get("person_name")?,
            role: r.get("role")?,
            practice_code: r.get("practice_code")?,
            practice_name: r.get("practice_name")?,
            gmc: r.get("gmc")?,
            pay_to: r.get("pay_to")?,
            source: r.get("source")?,
            reference: r.get("reference")?,
            fund: r.get("fund")?,
            work_date: r.get("work_date")?,
            sessions: r.get("sessions")?,
            status: r.get("status")?,
            payment_month: r.get("payment_month")?,
            paid,
            amount: r.get("amount")?,
            reject_reason: r.get("reject_reason")?,
        })
    }

    /// Rate and amount: as paid, or as [`Rates::price`] prices it now; a scheme's
    /// instalment is its amount (its rate shows as 0.00 where one must be given).
    pub fn priced(&self, rates: &Rates) -> Result<Priced> {
        match (&self.paid, self.amount, self.role) {
            (Some(p), _, _) => Ok(Priced { rate: p.rate.unwrap_or_default(), amount: p.amount }),
            (None, Some(amount), _) => Ok(Priced { rate: Pence(0), amount }),
            (None, None, Some(role)) => rates.price(role, self.work_date, self.sessions, Some(self.id)),
            (None, None, None) => Err(Error::storage(format!("session line {} has no person and no amount", self.id))),
        }
    }

    /// Who the line pays, as the payment run pays it (or paid it): the practice, for a
    /// scheme's instalment or a person paid through their practice on the work date;
    /// else the person.
    pub fn payee_name(&self) -> &str {
        if let Some(p) = &self.paid {
            return &p.payee_name;
        }
        match self.payee() {
            Payee::Practice(code) => self.practice_name.as_deref().unwrap_or(code),
            Payee::Person => &self.person_name,
        }
    }

    /// Whom an unpaid line pays: the one rule of [`Line::payee_name`] and the export.
    fn payee(&self) -> Payee<'_> {
        match (self.person_id, self.pay_to, &self.practice_code) {
            (None, _, Some(code)) | (Some(_), PayTo::Practice, Some(code)) => Payee::Practice(code),
            _ => Payee::Person,
        }
    }

    /// Who is paid and what, as the line was paid or would be paid now (taking the
    /// line's texts: an export has tens of thousands of lines).
    pub fn into_payee(self, rates: &Rates) -> Result<Paid> {
        if let Some(p) = self.paid {
            return Ok(p);
        }
        let priced = self.priced(rates)?;
        let (payee_type, payee_id, payee_name) = match self.payee() {
            Payee::Practice(code) => {
                let code = code.to_string();
                ("practice", code.clone(), self.practice_name.unwrap_or(code))
            }
            Payee::Person => {
                ("person", self.person_id.map(|id| id.to_string()).unwrap_or_default(), self.person_name.clone())
            }
        };
        Ok(Paid {
            payee_type: payee_type.to_string(),
            payee_id,
            payee_name,
            practice_code: self.practice_code,
            person_name: self.person_name,
            gmc: self.gmc,
            role: self.role.map(|r| r.as_str().to_string()).unwrap_or_default(),
            rate: self.amount.is_none().then_some(priced.rate),
            amount: priced.amount,
        })
    }
}

/// The lines matching an SQL condition over `l` (the line) and `p` (its person).
pub(super) fn lines_where(db: &Db, clause: &str, params: impl Params) -> Result<Vec<Line>> {
    db.query(&format!("{} WHERE {clause}", line_select()), params, Line::from_row)
}

/// One line by id (exit 4 when there is none).
pub(super) fn line(db: &Db, id: i64) -> Result<Line> {
    lines_where(db, "l.id = ?1", [id])?
        .pop()
        .ok_or_else(|| Error::not_found(format!("no such session line: {id} (ID)")))
}

fn paid_conflict(line: &Line) -> Error {
    Error::conflict(format!(
        "the change would change session line {} ({}, {} {}), paid in the {} run",
        line.id,
        line.payee_name(),
        line.source,
        line.work_date,
        line.payment_month.as_deref().unwrap_or("?")
    ))
    .with_hint("a paid line never changes; record a correction as a claim (negative sessions are allowed)")
}

/// Refuses (exit 5) a change to the facts of people, each from the day their facts in
/// force began (for all time, if they never changed), when one of their lines dated
/// from then was paid: it would change who or what the line paid.
fn refuse_paid_from_facts(db: &Db, people: &[i64]) -> Result<()> {
    let clause = format!(
        "l.status = 'paid' AND l.person_id IN {}
           AND EXISTS (SELECT 1 FROM person fp WHERE fp.id = l.person_id
                        AND (fp.facts_from IS NULL OR l.work_date >= fp.facts_from))
         ORDER BY l.work_date, l.id LIMIT 1",
        crate::store::value_rows(1, people.len(), 0)
    );
    let paid = lines_where(db, &clause, id_values(people).as_slice())?;
    match paid.first() {
        Some(line) => Err(paid_conflict(line)),
        None => Ok(()),
    }
}

/// How many people, or meetings, re-derivation asks about in one question.
const BATCH: usize = 300;

/// Brings the unpaid lines of everything the write touched up to date with the facts:
/// a person whose dated facts changed (no paid line of theirs from the day the new facts
/// hold may change, and the meetings they sat at from then may pay someone else), each
/// appointment (its accrued lines, and the meetings it covers as nominated GP) and each
/// meeting. A change that would alter a paid line is exit 5. The store's write path
/// calls it before it commits, and the payment run before it reads the lines. People
/// and meetings are taken a few hundred at a time, so that a write touching many asks
/// a team register's server a few questions, not a few for each.
pub fn rederive(w: &Write) -> Result<()> {
    let touched = w.take_touched();
    let mut meetings = touched.meetings;
    let people: Vec<i64> = touched.people.into_iter().collect();
    for batch in people.chunks(BATCH) {
        refuse_paid_from_facts(w, batch)?;
        // Who is paid for a meeting depends on who was a GP on its date.
        let stmt = format!(
            "SELECT DISTINCT a.meeting_id FROM attendance a JOIN meeting m ON m.id = a.meeting_id
                    JOIN person p ON p.id = a.person_id
              WHERE a.person_id IN {} AND (p.facts_from IS NULL OR m.date >= p.facts_from)",
            crate::store::value_rows(1, batch.len(), 0)
        );
        meetings.extend(w.query(&stmt, id_values(batch).as_slice(), |r| r.get::<i64>("meeting_id"))?);
    }
    let appointments: Vec<i64> = touched.appointments.into_iter().collect();
    for batch in appointments.chunks(BATCH) {
        appointment_lines(w, batch)?;
        meetings.extend(crate::appointment::covered_meetings(w, batch)?);
    }
    let meetings: Vec<i64> = meetings.into_iter().collect();
    for batch in meetings.chunks(BATCH) {
        meeting_lines(w, batch)?;
    }
    Ok(())
}

/// Meetings' lines follow who is paid for them (the nominated GP if present, else the
/// first GP recorded, per practice).
fn meeting_lines(db: &Write, ids: &[i64]) -> Result<()> {
    let meetings = meeting::get_many(db, ids)?;
    let paying: Vec<meeting::Meeting> = meetings.iter().filter(|m| !m.cancelled && m.sessions.0 > 0).cloned().collect();
    let mut came = meeting::attendees_of(db, &paying)?;
    // Each meeting's lines, as much of them as the comparison needs.
    struct Had {
        id: i64,
        person_id: Option<i64>,
        sessions: Hundredths,
        work_date: NaiveDate,
        status: LineStatus,
    }
    let mut existing: HashMap<i64, Vec<Had>> = HashMap::new();
    let stmt = format!(
        "SELECT id, meeting_id, person_id, sessions, work_date, status FROM session_line
          WHERE meeting_id IN {} ORDER BY id",
        crate::store::value_rows(1, ids.len(), 0)
    );
    db.each(&stmt, id_values(ids).as_slice(), |r| {
        let had = Had {
            id: r.get("id")?,
            person_id: r.get("person_id")?,
            sessions: r.get("sessions")?,
            work_date: r.get("work_date")?,
            status: r.get("status")?,
        };
        existing.entry(r.get("meeting_id")?).or_default().push(had);
        Ok(())
    })?;
    let (mut gone, mut changed, mut new) = (Vec::new(), Vec::new(), Vec::new());
    for m in &meetings {
        let wanted: BTreeSet<i64> =
            came.remove(&m.id).unwrap_or_default().into_iter().filter(|a| a.paid).map(|a| a.person.id).collect();
        let existing = existing.remove(&m.id).unwrap_or_default();
        for line in &existing {
            let keep = line.person_id.is_some_and(|p| wanted.contains(&p));
            let same = keep && line.sessions == m.sessions && line.work_date == m.date;
            if line.status == LineStatus::Paid {
                if !same {
                    return Err(paid_conflict(&self::line(db, line.id)?));
                }
            } else if !keep {
                gone.push(line.id);
            } else if !same {
                changed.push((line.id, m));
            }
        }
        for &person_id in &wanted {
            if !existing.iter().any(|l| l.person_id == Some(person_id)) {
                new.push((person_id, m));
            }
        }
    }
    db.delete_ids("session_line", &gone)?;
    let references: HashMap<i64, String> = meetings.iter().map(|m| (m.id, m.describe())).collect();
    let values: Vec<&dyn ToValue> = changed
        .iter()
        .flat_map(|(id, m)| -> [&dyn ToValue; 4] { [id, &m.sessions, &m.date, &references[&m.id]] })
        .collect();
    db.update_rows(
        ("session_line", &["id"]),
        "sessions = v.column2, work_date = v.column3, reference = v.column4",
        4,
        &values,
    )?;
    let values: Vec<&dyn ToValue> = new
        .iter()
        .flat_map(|(person_id, m)| -> [&dyn ToValue; 8] {
            [person_id, &"meeting", &references[&m.id], &m.kind, &m.date, &m.sessions, &"approved", &m.id]
        })
        .collect();
    db.insert_rows(
        "INSERT INTO session_line (person_id, source, reference, fund, work_date, sessions, status, meeting_id)",
        8,
        &values,
    )?;
    Ok(())
}

/// An appointment's line for one month: sessions pro-rated by the days it was active
/// (both ends included), and the work date (the month's or the appointment's last day).
pub(super) fn accrual(
    spm: Hundredths,
    from: NaiveDate,
    until: Option<NaiveDate>,
    month: Month,
) -> Option<(Hundredths, NaiveDate)> {
    let first = from.max(month.first());
    let last = until.map_or(month.last(), |u| u.min(month.last()));
    if last < first {
        return None;
    }
    let days = (last - first).num_days() + 1;
    let in_month = month.last().day() as i64;
    let sessions = Hundredths(units::div_round_half_up(spm.0 as i128 * days as i128, in_month as i128));
    (sessions.0 > 0).then_some((sessions, last))
}

/// Appointments' accrued lines follow their dates and sessions.
fn appointment_lines(db: &Write, ids: &[i64]) -> Result<()> {
    let marks = crate::store::value_rows(1, ids.len(), 0);
    // Those removed in the same write had earned nothing (appointment::remove).
    let stmt = format!("SELECT id, sessions_per_month, from_date, until_date FROM appointment WHERE id IN {marks}");
    let terms: HashMap<i64, (Option<Hundredths>, NaiveDate, Option<NaiveDate>)> = db
        .query(&stmt, id_values(ids).as_slice(), |r| {
            Ok((r.get("id")?, (r.get("sessions_per_month")?, r.get("from_date")?, r.get("until_date")?)))
        })?
        .into_iter()
        .collect();
    // Changed: their lines are no longer known to be complete.
    db.execute(
        &format!("UPDATE appointment SET accrued_through = NULL WHERE id IN {marks}"),
        id_values(ids).as_slice(),
    )?;
    let stmt = format!(
        "SELECT id, appointment_id, accrual_month, sessions, work_date, status FROM session_line
          WHERE appointment_id IN {marks} ORDER BY appointment_id, id"
    );
    let (mut gone, mut changed) = (Vec::new(), Vec::new());
    let mut paid = None;
    db.each(&stmt, id_values(ids).as_slice(), |r| {
        let Some(&(spm, from, until)) = terms.get(&r.get("appointment_id")?) else { return Ok(()) };
        let month = crate::dates::parse_month(&r.get::<String>("accrual_month")?, "accrual month")?;
        let now = spm.and_then(|spm| accrual(spm, from, until, month));
        let (sessions, work_date): (Hundredths, NaiveDate) = (r.get("sessions")?, r.get("work_date")?);
        if now == Some((sessions, work_date)) {
            return Ok(());
        }
        let id: i64 = r.get("id")?;
        match (r.get::<LineStatus>("status")?, now) {
            (LineStatus::Paid, _) => paid = paid.or(Some(id)),
            (_, Some((s, d))) => changed.push((id, s, d)),
            (_, None) => gone.push(id),
        }
        Ok(())
    })?;
    if let Some(id) = paid {
        return Err(paid_conflict(&line(db, id)?));
    }
    db.delete_ids("session_line", &gone)?;
    let values: Vec<&dyn ToValue> = changed.iter().flat_map(|(id, s, d)| -> [&dyn ToValue; 3] { [id, s, d] }).collect();
    db.update_rows(("session_line", &["id"]), "sessions = v.column2, work_date = v.column3", 3, &values)?;
    Ok(())
}

crate::text_enum! {
    /// The states `session list --status` takes: a line's, or a scheme instalment's
    /// kept back by its condition (which has no line yet).
    pub enum ListStatus {
        Claimed = "claimed",
        Approved = "approved",
        Rejected = "rejected",
        Paid = "paid",
        /// An instalment held until its scheme's condition is met.
        Held = "held",
        /// An instalment whose scheme ended before its condition was met: never paid.
        Lapsed = "lapsed",
    }
}

impl ListStatus {
    /// The line status it is, if it is one.
    pub fn line(self) -> Option<LineStatus> {
        match self {
            ListStatus::Claimed => Some(LineStatus::Claimed),
            ListStatus::Approved => Some(LineStatus::Approved),
            ListStatus::Rejected => Some(LineStatus::Rejected),
            ListStatus::Paid => Some(LineStatus::Paid),
            ListStatus::Held | ListStatus::Lapsed => None,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub month: Option<Month>,
    pub person_id: Option<i64>,
    pub status: Option<LineStatus>,
}

/// `session list`: lines by work date then id, each priced.
pub fn list(db: &Db, f: &Filter) -> Result<Vec<(Line, Priced)>> {
    let rates = Rates::load(db)?;
    let lines = lines_where(
        db,
        "(?1 IS NULL OR l.work_date >= ?1) AND (?2 IS NULL OR l.work_date <= ?2)
           AND (?3 IS NULL OR l.person_id = ?3) AND (?4 IS NULL OR l.status = ?4)
         ORDER BY l.work_date, l.id",
        crate::params![f.month.map(Month::first), f.month.map(Month::last), f.person_id, f.status],
    )?;
    lines
        .into_iter()
        .map(|l| {
            let priced = l.priced(&rates)?;
            Ok((l, priced))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::dates::parse_iso(s).unwrap()
    }

    #[test]
    fn accrual_is_pro_rated_by_days() {
        let jan = Month::of(d("2027-01-01"));
        assert_eq!(accrual(Hundredths(400), d("2026-04-01"), None, jan), Some((Hundredths(400), d("2027-01-31"))));
        // Joined on the 15th: 17 of 31 days of 4 sessions = 2.1935… → 2.19.
        assert_eq!(accrual(Hundredths(400), d("2027-01-15"), None, jan), Some((Hundredths(219), d("2027-01-31"))));
        // Left on the 10th: 10 of 31 days → 1.29, paid on the last day served.
        assert_eq!(
            accrual(Hundredths(400), d("2026-01-01"), Some(d("2027-01-10")), jan),
            Some((Hundredths(129), d("2027-01-10")))
        );
        assert_eq!(accrual(Hundredths(400), d("2027-02-01"), None, jan), None);
        // February 2028 has 29 days.
        let feb = Month::of(d("2028-02-01"));
        assert_eq!(accrual(Hundredths(100), d("2028-02-15"), None, feb), Some((Hundredths(52), d("2028-02-29"))));
    }
}
