//! Sessions and payments: rates, the lines that earn money (attendance, appointments,
//! claims), the monthly payment run for finance, and budgets.
//!
//! Sessions are integer hundredths and money integer pence. A line's amount is its
//! sessions times the rate in force on its work date for the person's category,
//! rounded half-up to the penny; a paid line keeps what its payment run wrote.

use std::collections::BTreeMap;

use foldhash::{HashMap, HashMapExt};

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OptionalExtension, Row};

use crate::dates::{FinancialYear, Month};
use crate::error::{Error, Result};
use crate::meeting;
use crate::output::{Cell, Table};
use crate::person::{self, PayTo, Role};
use crate::units;

/// The price list a session belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Category {
    Gp,
    PracticeManager,
    Nurse,
    Other,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Gp => "gp",
            Category::PracticeManager => "practice-manager",
            Category::Nurse => "nurse",
            Category::Other => "other",
        }
    }
    /// GP roles are paid at the `gp` rate.
    pub fn of(role: Role) -> Category {
        match role {
            Role::GpPartner | Role::GpSalaried | Role::GpLocum => Category::Gp,
            Role::PracticeManager => Category::PracticeManager,
            Role::Nurse => Category::Nurse,
            Role::Other => Category::Other,
        }
    }
    fn parse(s: &str) -> Option<Category> {
        [Category::Gp, Category::PracticeManager, Category::Nurse, Category::Other]
            .into_iter()
            .find(|c| c.as_str() == s)
    }
}

/// Every rate, for looking up the one in force on a date.
pub struct Rates(HashMap<Category, Vec<(NaiveDate, i64)>>);

impl Rates {
    pub fn load(conn: &Connection) -> Result<Rates> {
        let mut map: HashMap<Category, Vec<(NaiveDate, i64)>> = HashMap::new();
        let mut stmt = conn.prepare("SELECT category, from_date, pence FROM rate ORDER BY category, from_date")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(c) = Category::parse(&r.get::<_, String>(0)?) {
                map.entry(c).or_default().push((r.get(1)?, r.get(2)?));
            }
        }
        Ok(Rates(map))
    }

    pub fn on(&self, category: Category, date: NaiveDate) -> Option<i64> {
        self.0.get(&category)?.iter().rev().find(|(from, _)| *from <= date).map(|(_, p)| *p)
    }

    /// The rate, or exit 3 naming the category and date.
    pub fn require(&self, category: Category, date: NaiveDate, line: i64) -> Result<i64> {
        self.on(category, date).ok_or_else(|| {
            Error::invalid(format!("no {} session rate is in force on {date} (session line {line})", category.as_str()))
                .with_hint(format!("set one with `engage session rate set {} AMOUNT --from DATE`", category.as_str()))
        })
    }
}

/// Sets the price of a session from a date. Refused when it would change what a paid
/// line was paid.
pub fn rate_set(conn: &Connection, category: Category, pence: i64, from: NaiveDate) -> Result<()> {
    let until: Option<NaiveDate> = conn
        .query_row(
            "SELECT min(from_date) FROM rate WHERE category = ?1 AND from_date > ?2",
            rusqlite::params![category.as_str(), from],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    let mut stmt = conn.prepare(
        "SELECT l.id, l.work_date, l.paid_rate, p.role FROM session_line l JOIN person p ON p.id = l.person_id
          WHERE l.status = 'paid' AND l.work_date >= ?1 AND (?2 IS NULL OR l.work_date < ?2)",
    )?;
    let mut rows = stmt.query(rusqlite::params![from, until])?;
    while let Some(r) = rows.next()? {
        let role = Role::parse(&r.get::<_, String>(3)?).unwrap_or(Role::Other);
        let paid: i64 = r.get(2)?;
        if Category::of(role) == category && paid != pence {
            let (id, date): (i64, NaiveDate) = (r.get(0)?, r.get(1)?);
            return Err(Error::conflict(format!(
                "session line {id} of {date} was paid at {} a session; a {} rate from {from} would change it (--from)",
                crate::output::hundredths(paid),
                category.as_str()
            ))
            .with_hint("set the new rate from a date after the last paid month"));
        }
    }
    conn.execute(
        "INSERT INTO rate (category, from_date, pence) VALUES (?1, ?2, ?3)
         ON CONFLICT (category, from_date) DO UPDATE SET pence = excluded.pence",
        rusqlite::params![category.as_str(), from, pence],
    )?;
    Ok(())
}

pub fn rate_list(conn: &Connection) -> Result<Table> {
    let mut table = Table::new(&["category", "from", "until", "rate_gbp"]);
    let mut stmt = conn.prepare(
        "SELECT category, from_date,
                (SELECT min(from_date) FROM rate r2 WHERE r2.category = r.category AND r2.from_date > r.from_date),
                pence
           FROM rate r ORDER BY category, from_date",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let next: Option<NaiveDate> = r.get(2)?;
        table.push(vec![
            Cell::text(r.get::<_, String>(0)?),
            Cell::Date(r.get(1)?),
            Cell::opt_date(next.map(|d| d - chrono::Duration::days(1))),
            Cell::Money(r.get(3)?),
        ]);
    }
    Ok(table)
}

/// The life of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LineStatus {
    Claimed,
    Approved,
    Rejected,
    Paid,
}

impl LineStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            LineStatus::Claimed => "claimed",
            LineStatus::Approved => "approved",
            LineStatus::Rejected => "rejected",
            LineStatus::Paid => "paid",
        }
    }
}

/// A session line with the person it pays.
#[derive(Debug, Clone)]
pub struct Line {
    pub id: i64,
    pub person_id: i64,
    pub person_name: String,
    pub role: Role,
    pub practice_code: Option<String>,
    pub practice_name: Option<String>,
    pub gmc: Option<String>,
    pub pay_to: PayTo,
    pub source: String,
    pub reference: String,
    pub fund: String,
    pub work_date: NaiveDate,
    pub sessions: i64,
    pub status: String,
    pub payment_month: Option<String>,
    /// What the payment run wrote: payee type, id, name, practice code, person name,
    /// GMC number, role, rate, amount.
    pub paid: Option<Paid>,
}

#[derive(Debug, Clone)]
pub struct Paid {
    pub payee_type: String,
    pub payee_id: String,
    pub payee_name: String,
    pub practice_code: Option<String>,
    pub person_name: String,
    pub gmc: Option<String>,
    pub role: String,
    pub rate: i64,
    pub amount: i64,
}

const LINE_SELECT: &str = "SELECT l.id, l.person_id, p.name, p.role, p.practice_code, pr.name, p.gmc, p.pay_to,
        l.source, l.reference, l.fund, l.work_date, l.sessions, l.status, l.payment_month,
        l.paid_payee_type, l.paid_payee_id, l.paid_payee_name, l.paid_practice_code, l.paid_person_name,
        l.paid_gmc, l.paid_role, l.paid_rate, l.paid_amount
   FROM session_line l JOIN person p ON p.id = l.person_id LEFT JOIN practice pr ON pr.code = p.practice_code";

impl Line {
    fn from_row(r: &Row) -> rusqlite::Result<Line> {
        let paid = match r.get::<_, Option<String>>(15)? {
            Some(payee_type) => Some(Paid {
                payee_type,
                payee_id: r.get(16)?,
                payee_name: r.get(17)?,
                practice_code: r.get(18)?,
                person_name: r.get(19)?,
                gmc: r.get(20)?,
                role: r.get(21)?,
                rate: r.get(22)?,
                amount: r.get(23)?,
            }),
            None => None,
        };
        Ok(Line {
            id: r.get(0)?,
            person_id: r.get(1)?,
            person_name: r.get(2)?,
            role: Role::parse(&r.get::<_, String>(3)?).unwrap_or(Role::Other),
            practice_code: r.get(4)?,
            practice_name: r.get(5)?,
            gmc: r.get(6)?,
            pay_to: PayTo::parse(&r.get::<_, String>(7)?).unwrap_or(PayTo::Own),
            source: r.get(8)?,
            reference: r.get(9)?,
            fund: r.get(10)?,
            work_date: r.get(11)?,
            sessions: r.get(12)?,
            status: r.get(13)?,
            payment_month: r.get(14)?,
            paid,
        })
    }

    /// Rate and amount: as paid, or at the rate in force on the work date.
    pub fn priced(&self, rates: &Rates) -> Option<(i64, i64)> {
        match &self.paid {
            Some(p) => Some((p.rate, p.amount)),
            None => {
                rates.on(Category::of(self.role), self.work_date).map(|rate| (rate, units::amount(self.sessions, rate)))
            }
        }
    }

    /// Who is paid, as the line would be paid now (or was paid).
    fn payee(&self) -> Paid {
        if let Some(p) = &self.paid {
            return p.clone();
        }
        let (payee_type, payee_id, payee_name) = match (self.pay_to, &self.practice_code) {
            (PayTo::Practice, Some(code)) => {
                ("practice", code.clone(), self.practice_name.clone().unwrap_or_else(|| code.clone()))
            }
            _ => ("person", self.person_id.to_string(), self.person_name.clone()),
        };
        Paid {
            payee_type: payee_type.to_string(),
            payee_id,
            payee_name,
            practice_code: self.practice_code.clone(),
            person_name: self.person_name.clone(),
            gmc: self.gmc.clone(),
            role: self.role.as_str().to_string(),
            rate: 0,
            amount: 0,
        }
    }
}

fn lines_where(conn: &Connection, clause: &str, params: impl rusqlite::Params) -> Result<Vec<Line>> {
    let mut stmt = conn.prepare(&format!("{LINE_SELECT} WHERE {clause}"))?;
    let rows = stmt.query_map(params, Line::from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn paid_conflict(line: &Line, what: &str) -> Error {
    Error::conflict(format!(
        "{what} would change session line {} ({}, {} {}), paid in the {} run",
        line.id,
        line.person_name,
        line.source,
        line.work_date,
        line.payment_month.as_deref().unwrap_or("?")
    ))
    .with_hint("a paid line never changes; record a correction as a claim (negative sessions are allowed)")
}

/// Brings a meeting's attendance lines in step with who is paid for it (the nominated
/// GP if present, else the first GP recorded, per practice). Unpaid lines follow the
/// attendance; a change that would alter a paid line is refused.
pub fn sync_meeting(conn: &Connection, meeting_id: i64, what: &str) -> Result<()> {
    let m = meeting::get(conn, meeting_id)?;
    let wanted: BTreeMap<i64, ()> = if m.cancelled || m.sessions <= 0 {
        BTreeMap::new()
    } else {
        meeting::attendees(conn, &m)?.into_iter().filter(|a| a.paid).map(|a| (a.person.id, ())).collect()
    };
    let existing = lines_where(conn, "l.meeting_id = ?1", [meeting_id])?;
    for line in &existing {
        let keep = wanted.contains_key(&line.person_id);
        let same = keep && line.sessions == m.sessions && line.work_date == m.date;
        if line.status == "paid" {
            if !same {
                return Err(paid_conflict(line, what));
            }
        } else if !keep {
            conn.execute("DELETE FROM session_line WHERE id = ?1", [line.id])?;
        } else if !same {
            conn.execute(
                "UPDATE session_line SET sessions = ?1, work_date = ?2, reference = ?3 WHERE id = ?4",
                rusqlite::params![m.sessions, m.date, m.describe(), line.id],
            )?;
        }
    }
    for person_id in wanted.keys() {
        if !existing.iter().any(|l| l.person_id == *person_id) {
            conn.prepare_cached(
                "INSERT INTO session_line (person_id, source, reference, fund, work_date, sessions, status, meeting_id)
                 VALUES (?1, 'meeting', ?2, ?3, ?4, ?5, 'approved', ?6)",
            )?
            .execute(rusqlite::params![
                person_id,
                m.describe(),
                m.kind.as_str(),
                m.date,
                m.sessions,
                m.id
            ])?;
        }
    }
    Ok(())
}

/// An appointment's line for one month: sessions pro-rated by the days it was active
/// (both ends included), and the work date (the month's or the appointment's last day).
fn accrual(spm: i64, from: NaiveDate, until: Option<NaiveDate>, month: Month) -> Option<(i64, NaiveDate)> {
    let first = from.max(month.first());
    let last = until.map_or(month.last(), |u| u.min(month.last()));
    if last < first {
        return None;
    }
    let days = (last - first).num_days() + 1;
    let in_month = month.last().day() as i64;
    let sessions = units::div_round_half_up(spm as i128 * days as i128, in_month as i128);
    (sessions > 0).then_some((sessions, last))
}

/// Creates month M's appointment lines; a month already accrued gains nothing.
/// Returns the lines created.
pub fn accrue(conn: &Connection, month: Month) -> Result<usize> {
    let mut stmt = conn.prepare(
        "SELECT a.id, a.person_id, a.role, a.sessions_per_month, a.from_date, a.until_date, pr.name
           FROM appointment a LEFT JOIN project pr ON pr.id = a.project_id
          WHERE a.sessions_per_month > 0 AND a.from_date <= ?2 AND (a.until_date IS NULL OR a.until_date >= ?1)
            AND NOT EXISTS (SELECT 1 FROM session_line l WHERE l.appointment_id = a.id AND l.accrual_month = ?3)
          ORDER BY a.id",
    )?;
    type Due = (i64, i64, String, i64, NaiveDate, Option<NaiveDate>, Option<String>);
    let due: Vec<Due> = stmt
        .query_map(rusqlite::params![month.first(), month.last(), month.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut created = 0;
    for (id, person_id, role, spm, from, until, project) in due {
        if let Some((sessions, work_date)) = accrual(spm, from, until, month) {
            let fund = project.map_or_else(|| role.clone(), |p| format!("project:{p}"));
            conn.prepare_cached(
                "INSERT INTO session_line (person_id, source, reference, fund, work_date, sessions, status,
                                           appointment_id, accrual_month)
                 VALUES (?1, 'appointment', ?2, ?3, ?4, ?5, 'approved', ?6, ?7)",
            )?
            .execute(rusqlite::params![
                person_id,
                role,
                fund,
                work_date,
                sessions,
                id,
                month.to_string()
            ])?;
            created += 1;
        }
    }
    Ok(created)
}

/// After an appointment's dates change, its accrued lines follow; a paid one that
/// would change refuses the change.
pub fn resync_appointment(conn: &Connection, appointment_id: i64, what: &str) -> Result<()> {
    let (spm, from, until): (Option<i64>, NaiveDate, Option<NaiveDate>) = conn.query_row(
        "SELECT sessions_per_month, from_date, until_date FROM appointment WHERE id = ?1",
        [appointment_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut stmt = conn.prepare("SELECT id, accrual_month FROM session_line WHERE appointment_id = ?1")?;
    let accrued: Vec<(i64, String)> =
        stmt.query_map([appointment_id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    for (line_id, month_text) in accrued {
        let month = crate::dates::parse_month(&month_text, "accrual month")?;
        let now = spm.and_then(|spm| accrual(spm, from, until, month));
        let line = lines_where(conn, "l.id = ?1", [line_id])?.remove(0);
        let same = now.is_some_and(|(s, d)| s == line.sessions && d == line.work_date);
        if same {
            continue;
        }
        if line.status == "paid" {
            return Err(paid_conflict(&line, what));
        }
        match now {
            Some((s, d)) => {
                conn.execute(
                    "UPDATE session_line SET sessions = ?1, work_date = ?2 WHERE id = ?3",
                    rusqlite::params![s, d, line_id],
                )?;
            }
            None => {
                conn.execute("DELETE FROM session_line WHERE id = ?1", [line_id])?;
            }
        }
    }
    Ok(())
}

/// What a claim is charged to.
#[derive(Debug, Clone)]
pub enum ClaimTo {
    Project(String),
    Fund(String),
}

/// A fund name: a normalised tag (`Clinical contingency` → `clinical-contingency`), or
/// `project:<name>`.
pub fn check_fund(text: &str, whence: &str) -> Result<String> {
    if let Some(name) = text.trim().strip_prefix("project:") {
        if name.trim().is_empty() {
            return Err(Error::invalid(format!("not a fund: {text:?} ({whence})")));
        }
        return Ok(format!("project:{}", name.trim()));
    }
    let tag = crate::skill::normalise(text);
    if tag.is_empty() || tag.len() > 60 {
        return Err(Error::invalid(format!("not a fund: {text:?} ({whence})"))
            .with_hint("a fund is a short name such as contingency, locality or board-member"));
    }
    Ok(tag)
}

/// `session claim`: sessions worked on a project or for a fund, to be approved.
pub fn claim(
    conn: &Connection,
    person_ref: &str,
    date: NaiveDate,
    sessions: i64,
    to: &ClaimTo,
    note: Option<&str>,
    today: NaiveDate,
) -> Result<i64> {
    let p = person::find(conn, person_ref)?;
    if date > today {
        return Err(Error::invalid(format!("the work date {date} is after today (--date)")));
    }
    if sessions == 0 {
        return Err(Error::invalid("a claim of 0 sessions pays nothing (--sessions)".to_string()));
    }
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if note.is_some_and(|n| n.chars().count() > 200 || n.chars().any(char::is_control)) {
        return Err(Error::invalid("a note is one line of at most 200 characters (--note)".to_string()));
    }
    let (source, reference, fund, project_id) = match to {
        ClaimTo::Project(name) => {
            let pr = crate::project::find(conn, name)?;
            ("project", pr.name.clone(), format!("project:{}", pr.name), Some(pr.id))
        }
        ClaimTo::Fund(f) => {
            let fund = check_fund(f, "--fund")?;
            ("fund", note.map_or_else(|| fund.clone(), str::to_string), fund, None)
        }
    };
    conn.execute(
        "INSERT INTO session_line (person_id, source, reference, fund, work_date, sessions, status, project_id, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'claimed', ?7, ?8)",
        rusqlite::params![p.id, source, reference, fund, date, sessions, project_id, note],
    )?;
    Ok(conn.last_insert_rowid())
}

fn line(conn: &Connection, id: i64) -> Result<Line> {
    lines_where(conn, "l.id = ?1", [id])?
        .pop()
        .ok_or_else(|| Error::not_found(format!("no such session line: {id} (ID)")))
}

pub fn approve(conn: &Connection, id: i64) -> Result<Line> {
    let l = line(conn, id)?;
    if l.status != "claimed" {
        return Err(Error::conflict(format!("session line {id} is {}, not claimed (ID)", l.status)));
    }
    conn.execute("UPDATE session_line SET status = 'approved' WHERE id = ?1", [id])?;
    Ok(l)
}

pub fn reject(conn: &Connection, id: i64, reason: &str) -> Result<Line> {
    let l = line(conn, id)?;
    if l.source == "meeting" || l.source == "appointment" {
        return Err(Error::conflict(format!(
            "session line {id} comes from {} {}; change that instead (ID)",
            if l.source == "meeting" { "attendance at" } else { "the appointment" },
            l.reference
        )));
    }
    if !matches!(l.status.as_str(), "claimed" | "approved") {
        return Err(Error::conflict(format!("session line {id} is {} (ID)", l.status)));
    }
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().any(char::is_control) {
        return Err(Error::invalid("say why the claim is rejected (--reason)".to_string()));
    }
    conn.execute(
        "UPDATE session_line SET status = 'rejected', reject_reason = ?1 WHERE id = ?2",
        rusqlite::params![reason, id],
    )?;
    Ok(l)
}

pub const LIST_COLUMNS: &[&str] = &[
    "id",
    "person_id",
    "person_name",
    "source",
    "reference",
    "fund",
    "work_date",
    "sessions",
    "rate_gbp",
    "amount_gbp",
    "status",
    "payment_month",
];

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub month: Option<Month>,
    pub person_id: Option<i64>,
    pub status: Option<LineStatus>,
}

/// `session list`: lines by work date then id.
pub fn list(conn: &Connection, f: &Filter) -> Result<Table> {
    let rates = Rates::load(conn)?;
    let lines = lines_where(
        conn,
        "(?1 IS NULL OR l.work_date >= ?1) AND (?2 IS NULL OR l.work_date <= ?2)
           AND (?3 IS NULL OR l.person_id = ?3) AND (?4 IS NULL OR l.status = ?4)
         ORDER BY l.work_date, l.id",
        rusqlite::params![
            f.month.map(Month::first),
            f.month.map(Month::last),
            f.person_id,
            f.status.map(LineStatus::as_str)
        ],
    )?;
    let mut table = Table::new(LIST_COLUMNS);
    for l in lines {
        let priced = l.priced(&rates);
        table.push(vec![
            Cell::Int(l.id),
            Cell::Int(l.person_id),
            Cell::text(&l.person_name),
            Cell::text(&l.source),
            Cell::text(&l.reference),
            Cell::text(&l.fund),
            Cell::Date(l.work_date),
            Cell::Sessions(l.sessions),
            priced.map_or(Cell::Null, |(r, _)| Cell::Money(r)),
            priced.map_or(Cell::Null, |(_, a)| Cell::Money(a)),
            Cell::text(&l.status),
            Cell::opt_text(l.payment_month.clone()),
        ]);
    }
    Ok(table)
}

pub const EXPORT_COLUMNS: &[&str] = &[
    "payment_month",
    "payee_type",
    "payee_id",
    "payee_name",
    "practice_code",
    "person_id",
    "person_name",
    "gmc_number",
    "role",
    "source",
    "reference",
    "work_date",
    "sessions",
    "rate_gbp",
    "amount_gbp",
];

pub const SUMMARY_COLUMNS: &[&str] =
    &["payment_month", "payee_type", "payee_id", "payee_name", "practice_code", "lines", "sessions", "amount_gbp"];

/// One line of a payment run as finance sees it.
#[derive(Debug, Clone)]
pub struct Payment {
    pub line_id: i64,
    pub person_id: i64,
    pub source: String,
    pub reference: String,
    pub work_date: NaiveDate,
    pub sessions: i64,
    pub payee: Paid,
}

/// What an export produced.
pub struct Export {
    pub month: Month,
    pub finalised: Option<String>,
    pub accrued: usize,
    pub payments: Vec<Payment>,
}

/// `session export --month M`: for a finalised month, exactly the lines its run paid;
/// otherwise month M's accrual, then every approved unpaid line with a work date in or
/// before M. With `finalise`, those lines are marked paid in run M.
pub fn export(conn: &Connection, month: Month, finalise: bool) -> Result<Export> {
    let run: Option<String> = conn
        .query_row("SELECT finalised_at FROM payment_run WHERE month = ?1", [month.to_string()], |r| r.get(0))
        .optional()?;
    if let Some(at) = &run {
        if finalise {
            return Err(Error::conflict(format!("the {month} run was finalised already ({at})"))
                .with_hint(format!("`engage session export --month {month}` reproduces it")));
        }
        let lines = lines_where(conn, "l.payment_month = ?1", [month.to_string()])?;
        return Ok(Export {
            month,
            finalised: run,
            accrued: 0,
            payments: sorted(lines.iter().map(to_payment).collect()),
        });
    }
    if finalise {
        let later: Option<String> = conn
            .query_row("SELECT max(month) FROM payment_run WHERE month > ?1", [month.to_string()], |r| r.get(0))
            .optional()?
            .flatten();
        if let Some(later) = later {
            return Err(Error::conflict(format!("{later} is finalised already; {month} cannot be finalised after it")));
        }
    }
    let accrued = accrue(conn, month)?;
    let rates = Rates::load(conn)?;
    let lines = lines_where(conn, "l.status = 'approved' AND l.work_date <= ?1", [month.last()])?;
    let mut payments = Vec::with_capacity(lines.len());
    for l in &lines {
        let rate = rates.require(Category::of(l.role), l.work_date, l.id)?;
        let mut payee = l.payee();
        payee.rate = rate;
        payee.amount = units::amount(l.sessions, rate);
        payments.push(Payment {
            line_id: l.id,
            person_id: l.person_id,
            source: l.source.clone(),
            reference: l.reference.clone(),
            work_date: l.work_date,
            sessions: l.sessions,
            payee,
        });
    }
    let payments = sorted(payments);
    let mut finalised = None;
    if finalise {
        let at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let mut stmt = conn.prepare_cached(
            "UPDATE session_line SET status = 'paid', payment_month = ?1, paid_payee_type = ?2, paid_payee_id = ?3,
                    paid_payee_name = ?4, paid_practice_code = ?5, paid_person_name = ?6, paid_gmc = ?7,
                    paid_role = ?8, paid_rate = ?9, paid_amount = ?10
              WHERE id = ?11 AND status = 'approved'",
        )?;
        for p in &payments {
            let q = &p.payee;
            let n = stmt.execute(rusqlite::params![
                month.to_string(),
                q.payee_type,
                q.payee_id,
                q.payee_name,
                q.practice_code,
                q.person_name,
                q.gmc,
                q.role,
                q.rate,
                q.amount,
                p.line_id
            ])?;
            if n != 1 {
                return Err(Error::conflict(format!("session line {} changed while finalising", p.line_id)));
            }
        }
        let total: i64 = payments.iter().map(|p| p.payee.amount).sum();
        conn.execute(
            "INSERT INTO payment_run (month, finalised_at, lines, amount) VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![month.to_string(), at, payments.len() as i64, total],
        )?;
        finalised = Some(at);
    }
    Ok(Export { month, finalised, accrued, payments })
}

fn to_payment(l: &Line) -> Payment {
    Payment {
        line_id: l.id,
        person_id: l.person_id,
        source: l.source.clone(),
        reference: l.reference.clone(),
        work_date: l.work_date,
        sessions: l.sessions,
        payee: l.paid.clone().expect("a paid line has its payment"),
    }
}

/// Sorted as SPEC §2 says: payee name, work date, source, reference (bytes), then line.
fn sorted(mut payments: Vec<Payment>) -> Vec<Payment> {
    payments.sort_by(|a, b| {
        (a.payee.payee_name.as_bytes(), a.work_date, a.source.as_bytes(), a.reference.as_bytes(), a.line_id).cmp(&(
            b.payee.payee_name.as_bytes(),
            b.work_date,
            b.source.as_bytes(),
            b.reference.as_bytes(),
            b.line_id,
        ))
    });
    payments
}

impl Export {
    /// The payment CSV's rows.
    pub fn lines_table(&self) -> Table {
        let mut table = Table::new(EXPORT_COLUMNS);
        for p in &self.payments {
            let q = &p.payee;
            table.push(vec![
                Cell::text(self.month.to_string()),
                Cell::text(&q.payee_type),
                Cell::text(&q.payee_id),
                Cell::text(&q.payee_name),
                Cell::opt_text(q.practice_code.clone()),
                Cell::Int(p.person_id),
                Cell::text(&q.person_name),
                Cell::opt_text(q.gmc.clone()),
                Cell::text(&q.role),
                Cell::text(&p.source),
                Cell::text(&p.reference),
                Cell::Date(p.work_date),
                Cell::Sessions(p.sessions),
                Cell::Money(q.rate),
                Cell::Money(q.amount),
            ]);
        }
        table
    }

    /// One row per payee.
    pub fn summary_table(&self) -> Table {
        // Keyed by payee name (as bytes), type and id; practice, lines, sessions, pence.
        type Key = (Vec<u8>, String, String);
        let mut groups: BTreeMap<Key, (Option<String>, i64, i64, i64)> = BTreeMap::new();
        for p in &self.payments {
            let q = &p.payee;
            let key = (q.payee_name.as_bytes().to_vec(), q.payee_type.clone(), q.payee_id.clone());
            let practice = if q.payee_type == "practice" { Some(q.payee_id.clone()) } else { q.practice_code.clone() };
            let e = groups.entry(key).or_insert((practice, 0, 0, 0));
            e.1 += 1;
            e.2 += p.sessions;
            e.3 += q.amount;
        }
        let mut table = Table::new(SUMMARY_COLUMNS);
        for ((name, payee_type, payee_id), (practice, lines, sessions, amount)) in groups {
            table.push(vec![
                Cell::text(self.month.to_string()),
                Cell::text(payee_type),
                Cell::text(payee_id),
                Cell::text(String::from_utf8(name).expect("names are UTF-8")),
                Cell::opt_text(practice),
                Cell::Int(lines),
                Cell::Sessions(sessions),
                Cell::Money(amount),
            ]);
        }
        table
    }

    pub fn total(&self) -> (i64, i64) {
        (self.payments.iter().map(|p| p.sessions).sum(), self.payments.iter().map(|p| p.payee.amount).sum())
    }
}

/// Sets a fund's budget for a financial year.
pub fn budget_set(conn: &Connection, fund: &str, fy: FinancialYear, pence: i64) -> Result<String> {
    let fund = check_fund(fund, "FUND")?;
    conn.execute(
        "INSERT INTO budget (fund, fy, pence) VALUES (?1, ?2, ?3) ON CONFLICT (fund, fy) DO UPDATE SET pence = excluded.pence",
        rusqlite::params![fund, fy.0, pence],
    )?;
    Ok(fund)
}

/// Spend (approved and paid lines, by work date) per fund in a financial year.
pub fn spend_by_fund(conn: &Connection, fy: FinancialYear) -> Result<BTreeMap<String, (i64, i64)>> {
    Ok(grouped(conn, fy.first(), fy.last(), "l.fund", "NULL")?.into_iter().map(|(k, _, s, a)| (k, (s, a))).collect())
}

pub fn budget_list(conn: &Connection, fy: Option<FinancialYear>) -> Result<Table> {
    let years: Vec<i32> = match fy {
        Some(f) => vec![f.0],
        None => conn
            .prepare("SELECT DISTINCT fy FROM budget ORDER BY fy")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?,
    };
    let mut table = Table::new(&["fund", "fy", "budget_gbp", "spent_gbp", "remaining_gbp"]);
    for y in years {
        let year = FinancialYear(y);
        let spend = spend_by_fund(conn, year)?;
        let mut stmt = conn.prepare("SELECT fund, pence FROM budget WHERE fy = ?1 ORDER BY fund")?;
        let budgets: Vec<(String, i64)> =
            stmt.query_map([y], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        for (fund, pence) in budgets {
            let spent = spend.get(&fund).map_or(0, |s| s.1);
            table.push(vec![
                Cell::text(&fund),
                Cell::text(year.to_string()),
                Cell::Money(pence),
                Cell::Money(spent),
                Cell::Money(pence - spent),
            ]);
        }
    }
    Ok(table)
}

/// A line's amount in pence, in SQL over a line `l` joined to its person `p`: as paid,
/// else its sessions at the rate in force on its work date for the person's category,
/// rounded half-up (halves away from zero) like [`units::amount`]; NULL without a rate.
pub const AMOUNT_SQL: &str = "coalesce(l.paid_amount,
    (SELECT CASE WHEN l.sessions * r.pence >= 0 THEN (l.sessions * r.pence + 50) / 100
                 ELSE (l.sessions * r.pence - 50) / 100 END
       FROM rate r
      WHERE r.category = (CASE WHEN p.role LIKE 'gp-%' THEN 'gp' ELSE p.role END) AND r.from_date <= l.work_date
      ORDER BY r.from_date DESC LIMIT 1))";

/// The practice a line counts for, in SQL: for a meeting line the practice sat for,
/// otherwise the person's own practice. Needs `LEFT JOIN attendance a` on the line.
const PRACTICE_SQL: &str = "coalesce(a.for_practice, p.practice_code)";
const LINES_FROM: &str = "FROM session_line l JOIN person p ON p.id = l.person_id
      LEFT JOIN attendance a ON a.meeting_id = l.meeting_id AND a.person_id = l.person_id";

/// Sessions and money (approved and paid lines, by work date) of one person, or earned
/// for one practice, in a financial year. Lines without a rate count their sessions but
/// no money.
pub fn totals(
    conn: &Connection,
    person_id: Option<i64>,
    practice: Option<&str>,
    fy: FinancialYear,
) -> Result<(i64, i64)> {
    let period = "l.status IN ('approved', 'paid') AND l.work_date >= ?1 AND l.work_date <= ?2";
    // Reach the lines through the person, or the practice's own people and sittings, so
    // that the indexes do the work instead of a scan of the year's lines.
    let sql = match (person_id, practice) {
        (Some(_), _) => format!(
            "SELECT coalesce(sum(l.sessions), 0), coalesce(sum({AMOUNT_SQL}), 0) {LINES_FROM}
              WHERE l.person_id = ?3 AND {period}"
        ),
        (None, Some(_)) => format!(
            "SELECT coalesce(sum(s), 0), coalesce(sum(m), 0) FROM (
                SELECT l.sessions AS s, {AMOUNT_SQL} AS m {LINES_FROM}
                 WHERE p.practice_code = ?4 AND {period} AND {PRACTICE_SQL} = ?4
                UNION ALL
                SELECT l.sessions, {AMOUNT_SQL} FROM attendance a
                  JOIN session_line l ON l.meeting_id = a.meeting_id AND l.person_id = a.person_id
                  JOIN person p ON p.id = l.person_id
                 WHERE a.for_practice = ?4 AND p.practice_code IS NOT ?4 AND {period})"
        ),
        (None, None) => {
            format!("SELECT coalesce(sum(l.sessions), 0), coalesce(sum({AMOUNT_SQL}), 0) {LINES_FROM} WHERE {period}")
        }
    };
    // Each statement numbers only the parameters it uses.
    let all: [&dyn rusqlite::ToSql; 4] = [&fy.first(), &fy.last(), &person_id, &practice];
    let n = match (person_id, practice) {
        (Some(_), _) => 3,
        (None, Some(_)) => 4,
        (None, None) => 2,
    };
    Ok(conn.query_row(&sql, &all[..n], |r| Ok((r.get(0)?, r.get(1)?)))?)
}

/// The people, and who sat for which practice at the meetings of a span of dates: read
/// once for a report that tallies them more than one way (`report engagement` counts
/// attendance and money from the same sittings). Practice codes are numbered, so that
/// a sitting or a line finds its practice without a copy of the code.
#[derive(Default)]
pub struct Sittings {
    /// Practice codes, by number.
    pub codes: Vec<String>,
    numbers: HashMap<String, usize>,
    /// Per person: role and own practice.
    pub people: HashMap<i64, (Role, Option<usize>)>,
    /// The sittings for a practice at meetings dated within the span.
    pub rows: Vec<Sitting>,
}

/// Someone at a meeting for a practice.
pub struct Sitting {
    pub meeting: i64,
    pub person: i64,
    /// The practice sat for (its number in [`Sittings::codes`]).
    pub practice: usize,
    pub apologies: bool,
}

impl Sittings {
    /// Everyone, and the sittings for a practice at meetings dated `from` to `to`.
    pub fn load(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Sittings> {
        let mut all = Sittings::default();
        let mut stmt = conn.prepare_cached("SELECT id, role, practice_code FROM person")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let role = Role::parse(r.get_ref(1)?.as_str()?).unwrap_or(Role::Other);
            let practice = r.get_ref(2)?.as_str_or_null()?.map(|code| all.number(code));
            all.people.insert(r.get(0)?, (role, practice));
        }
        let mut stmt = conn.prepare_cached(
            "SELECT a.meeting_id, a.person_id, a.for_practice, a.status FROM meeting m JOIN attendance a ON a.meeting_id = m.id
              WHERE m.date >= ?1 AND m.date <= ?2 AND a.for_practice IS NOT NULL",
        )?;
        let mut rows = stmt.query(rusqlite::params![from, to])?;
        while let Some(r) = rows.next()? {
            let practice = all.number(r.get_ref(2)?.as_str()?);
            let apologies = r.get_ref(3)?.as_str()? == "apologies";
            all.rows.push(Sitting { meeting: r.get(0)?, person: r.get(1)?, practice, apologies });
        }
        Ok(all)
    }

    /// The number of a practice code, numbering it if it is new.
    pub fn number(&mut self, code: &str) -> usize {
        self.find(code).unwrap_or_else(|| {
            self.numbers.insert(code.to_string(), self.codes.len());
            self.codes.push(code.to_string());
            self.codes.len() - 1
        })
    }

    /// The number of a practice code already numbered.
    pub fn find(&self, code: &str) -> Option<usize> {
        self.numbers.get(code).copied()
    }
}

/// Sessions and money per practice in a period, as [`totals`] counts them: a meeting
/// line counts for the practice sat for, any other for the person's own practice.
/// `sittings` holds everyone and, for some span of dates, who sat for whom; a meeting
/// line whose sitting is not there (its meeting is outside the span, or nobody sat for
/// a practice) is looked up alone.
///
/// Done in passes over the period's lines with the people, sittings and rates held in
/// memory: at national scale a year is some 200,000 lines, and a join per line (person,
/// sitting, rate) costs several times the scan.
pub fn by_practice(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    sittings: &mut Sittings,
) -> Result<HashMap<String, (i64, i64)>> {
    let rates = Rates::load(conn)?;
    let sat: HashMap<(i64, i64), usize> = sittings.rows.iter().map(|s| ((s.meeting, s.person), s.practice)).collect();
    let mut totals: Vec<(i64, i64)> = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT person_id, meeting_id, sessions, paid_amount, work_date FROM session_line
          WHERE status IN ('approved', 'paid') AND work_date >= ?1 AND work_date <= ?2",
    )?;
    let mut rows = stmt.query(rusqlite::params![from, to])?;
    while let Some(r) = rows.next()? {
        let (person, meeting, sessions): (i64, Option<i64>, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let Some(&(role, own)) = sittings.people.get(&person) else { continue };
        let category = Category::of(role);
        let practice = match meeting {
            None => own,
            Some(m) => match sat.get(&(m, person)) {
                Some(&n) => Some(n),
                None => {
                    // Rare, so prepared (from the cache) only when a line needs it.
                    let elsewhere: Option<Option<String>> = conn
                        .prepare_cached("SELECT for_practice FROM attendance WHERE meeting_id = ?1 AND person_id = ?2")?
                        .query_row([m, person], |r| r.get(0))
                        .optional()?;
                    elsewhere.flatten().map(|code| sittings.number(&code)).or(own)
                }
            },
        };
        let Some(practice) = practice else { continue };
        let amount = match r.get::<_, Option<i64>>(3)? {
            Some(paid) => paid,
            None => {
                let date = r.get_ref(4)?.as_str()?;
                let date = crate::dates::parse_iso(date)
                    .ok_or_else(|| Error::storage(format!("a session line's work date is not a date: {date:?}")))?;
                rates.on(category, date).map_or(0, |rate| units::amount(sessions, rate))
            }
        };
        if totals.len() <= practice {
            totals.resize(practice + 1, (0, 0));
        }
        totals[practice].0 += sessions;
        totals[practice].1 += amount;
    }
    Ok(totals.into_iter().enumerate().map(|(n, t)| (sittings.codes[n].clone(), t)).collect())
}

/// Sessions and money of approved and paid lines in a period, grouped by an SQL
/// expression over `l` and `p` (with a second one carried along, e.g. a person's id),
/// ordered by the key's bytes. A line without a rate in force fails it (exit 3), as the
/// payment run would.
/// One group of [`grouped`]: key, the extra value, sessions, pence.
pub type Group = (String, Option<i64>, i64, i64);

pub fn grouped(conn: &Connection, from: NaiveDate, to: NaiveDate, key: &str, extra: &str) -> Result<Vec<Group>> {
    let sql = format!(
        "SELECT {key} AS k, {extra} AS x, sum(l.sessions), sum({AMOUNT_SQL}), count(*) - count({AMOUNT_SQL})
           FROM session_line l JOIN person p ON p.id = l.person_id
          WHERE l.status IN ('approved', 'paid') AND l.work_date >= ?1 AND l.work_date <= ?2
          GROUP BY k, x ORDER BY k, x"
    );
    let mut stmt = conn.prepare(&sql)?;
    type Row = (String, Option<i64>, i64, Option<i64>, i64); // key, extra, sessions, pence, unpriced
    let rows: Vec<Row> = stmt
        .query_map(rusqlite::params![from, to], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
        .collect::<rusqlite::Result<_>>()?;
    if rows.iter().any(|r| r.4 > 0) {
        let sql = format!(
            "SELECT l.id, l.work_date, p.role FROM session_line l JOIN person p ON p.id = l.person_id
              WHERE l.status IN ('approved', 'paid') AND l.work_date >= ?1 AND l.work_date <= ?2
                AND {AMOUNT_SQL} IS NULL ORDER BY l.work_date, l.id LIMIT 1"
        );
        let (id, date, role): (i64, NaiveDate, String) =
            conn.query_row(&sql, rusqlite::params![from, to], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        let category = Category::of(Role::parse(&role).unwrap_or(Role::Other));
        return Err(Rates(HashMap::new()).require(category, date, id).expect_err("no rate"));
    }
    Ok(rows.into_iter().map(|(k, x, s, a, _)| (k, x, s, a.unwrap_or(0))).collect())
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
        assert_eq!(accrual(400, d("2026-04-01"), None, jan), Some((400, d("2027-01-31"))));
        // Joined on the 15th: 17 of 31 days of 4 sessions = 2.1935… → 2.19.
        assert_eq!(accrual(400, d("2027-01-15"), None, jan), Some((219, d("2027-01-31"))));
        // Left on the 10th: 10 of 31 days → 1.29, paid on the last day served.
        assert_eq!(accrual(400, d("2026-01-01"), Some(d("2027-01-10")), jan), Some((129, d("2027-01-10"))));
        assert_eq!(accrual(400, d("2027-02-01"), None, jan), None);
        // February 2028 has 29 days.
        let feb = Month::of(d("2028-02-01"));
        assert_eq!(accrual(100, d("2028-02-15"), None, feb), Some((52, d("2028-02-29"))));
    }
}
