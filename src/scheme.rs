//! Engagement schemes paid to practices: who enrolled (with the list size on the day),
//! what each practice committed to, the reviews due, and the instalments a practice
//! earns: per patient × its list size at enrolment, split over the scheme's months.

use std::collections::HashMap;

use crate::store::{Db, Row, ToValue, Write};
use chrono::{Datelike, Months, NaiveDate};

use crate::dates::Month;
use crate::error::{Error, Result};
use crate::practice;
use crate::units::Pence;

crate::text_enum! {
    /// How a practice's payment is split.
    pub enum Every {
        /// All of it when the practice enrols.
        Once = "once",
        /// At the end of each calendar quarter.
        Quarterly = "quarterly",
        /// At the end of each month.
        Monthly = "monthly",
    }
}

crate::text_enum! {
    /// What a practice committed to.
    pub enum CommitmentKind {
        Improvement = "improvement",
        Audit = "audit",
        Other = "other",
    }
}

crate::text_enum! {
    /// What a scheme waits for before it pays a practice's instalments.
    pub enum PayAfter {
        /// The practice has made the commitments the scheme requires.
        Committed = "committed",
        /// A review found its commitments met or partly met (instalments before the
        /// review is due are paid).
        Reviewed = "reviewed",
    }
}

crate::text_enum! {
    /// How a review found the practice's commitments.
    pub enum Outcome {
        Met = "met",
        Partly = "partly",
        NotMet = "not-met",
    }
}

#[derive(Debug, Clone)]
pub struct Scheme {
    pub id: i64,
    pub name: String,
    pub per_patient: Pence,
    pub from: NaiveDate,
    pub until: NaiveDate,
    pub every: Every,
    pub fund: String,
    /// Commitments required of each practice.
    pub commitments: i64,
    /// Months after enrolment that a review is due.
    pub review_after: Option<u32>,
    /// What its instalments wait for, if anything.
    pub pay_after: Option<PayAfter>,
}

const SELECT: &str =
    "SELECT id, name, per_patient, from_date, until_date, instalments, fund, commitments, review_after,
                             pay_after FROM scheme";

fn from_row(r: &Row) -> Result<Scheme> {
    Ok(Scheme {
        id: r.get("id")?,
        name: r.get("name")?,
        per_patient: r.get("per_patient")?,
        from: r.get("from_date")?,
        until: r.get("until_date")?,
        every: r.get("instalments")?,
        fund: r.get("fund")?,
        commitments: r.get("commitments")?,
        review_after: r.get("review_after")?,
        pay_after: r.get("pay_after")?,
    })
}

pub fn all(db: &Db) -> Result<Vec<Scheme>> {
    let stmt = format!("{SELECT} ORDER BY name");
    let rows = db.query(&stmt, (), from_row)?;
    Ok(rows)
}

/// Finds a scheme by name, any case, or as people say it (its first words).
pub fn find(db: &Db, reference: &str) -> Result<Scheme> {
    crate::reference::pick(reference, all(db)?, |s| s.name.as_str(), "scheme", "scheme list")
}

/// Everything `scheme add` takes.
#[derive(Debug, Clone)]
pub struct NewScheme {
    pub name: String,
    pub per_patient: Pence,
    pub from: NaiveDate,
    pub until: NaiveDate,
    pub every: Every,
    pub fund: Option<String>,
    pub commitments: i64,
    pub review_after: Option<u32>,
    pub pay_after: Option<PayAfter>,
}

pub fn add(db: &Write, s: &NewScheme) -> Result<Scheme> {
    let name = crate::text::line(&s.name, "a scheme name", 100, "NAME", &[])?;
    if s.until < s.from {
        return Err(Error::invalid(format!("--until {} is before --from {} (scheme {name})", s.until, s.from)));
    }
    match s.pay_after {
        Some(PayAfter::Committed) if s.commitments == 0 => {
            return Err(Error::invalid(format!(
                "--pay-after committed waits for the commitments a practice makes: give --commitments N (scheme {name})"
            )));
        }
        Some(PayAfter::Reviewed) if s.review_after.is_none() => {
            return Err(Error::invalid(format!(
                "--pay-after reviewed waits for a review: give --review-after MONTHS (scheme {name})"
            )));
        }
        _ => {}
    }
    let fund = match &s.fund {
        Some(f) => crate::text::fund(&crate::text::line(f, "a fund", 100, "--fund", &[])?, "--fund")?,
        None => format!("scheme:{name}"),
    };
    let taken: Option<String> = db.value_opt("SELECT name FROM scheme WHERE lower(name) = lower(?1)", [&name])?;
    if let Some(t) = taken {
        return Err(Error::conflict(format!("a scheme is already called {t:?} (NAME)")));
    }
    db.execute(
        "INSERT INTO scheme (name, per_patient, from_date, until_date, instalments, fund, commitments, review_after,
                             pay_after)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        crate::params![
            name,
            s.per_patient,
            s.from,
            s.until,
            s.every.as_str(),
            fund,
            s.commitments,
            s.review_after,
            s.pay_after.map(PayAfter::as_str)
        ],
    )?;
    find(db, &name)
}

/// One instalment of a practice's payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instalment {
    /// The day it is earned: the enrolment day (`once`), or the end of its month or
    /// quarter.
    pub date: NaiveDate,
    pub amount: Pence,
}

/// The last day of the calendar quarter `date` is in.
fn quarter_end(date: NaiveDate) -> NaiveDate {
    let month = (date.month() - 1) / 3 * 3 + 3;
    Month::of(NaiveDate::from_ymd_opt(date.year(), month, 1).expect("a quarter's last month")).last()
}

/// A practice's instalments: `total` split equally over the months or quarters from
/// enrolment to the scheme's end, each rounded down to the penny, the last taking the
/// remainder, so that they add up to `total` exactly. Each falls due at the end of its
/// month or quarter, or on the scheme's last day when that comes first: a practice that
/// takes part to the last day earns the whole total.
pub fn instalments(total: Pence, every: Every, enrolled: NaiveDate, until: NaiveDate) -> Vec<Instalment> {
    let mut dates = Vec::new();
    match every {
        Every::Once => dates.push(enrolled),
        Every::Monthly => {
            let mut m = Month::of(enrolled);
            while m <= Month::of(until) {
                dates.push(m.last().min(until));
                m = m.next();
            }
        }
        Every::Quarterly => {
            let mut q = quarter_end(enrolled);
            while q <= quarter_end(until) {
                dates.push(q.min(until));
                q = quarter_end(q.checked_add_months(Months::new(3)).expect("a quarter later"));
            }
        }
    }
    let n = dates.len() as i64;
    let each = total.0 / n;
    dates
        .iter()
        .enumerate()
        .map(|(i, &date)| {
            let amount = if i as i64 == n - 1 { total.0 - each * (n - 1) } else { each };
            Instalment { date, amount: Pence(amount) }
        })
        .collect()
}

/// A practice in a scheme.
#[derive(Debug, Clone)]
pub struct Enrolment {
    pub id: i64,
    pub practice_code: String,
    pub practice_name: String,
    pub locality: String,
    pub enrolled: NaiveDate,
    pub list_size: i64,
    pub withdrawn: Option<NaiveDate>,
    pub commitments: i64,
    pub reviews: i64,
    /// The day the scheme's condition was met (see [`PayAfter`]), if it has one and it was.
    pub met_on: Option<NaiveDate>,
}

/// How an instalment stands: paid when due, held for the scheme's condition, or lapsed
/// (the scheme ended before the condition was met: never paid).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Payable,
    Held,
    Lapsed,
}

/// The instalments a practice earns in a scheme: per patient × its list size at
/// enrolment, split by [`instalments`]; none dated after a withdrawal.
fn earned(
    per_patient: Pence,
    list_size: i64,
    every: Every,
    enrolled: NaiveDate,
    until: NaiveDate,
    withdrawn: Option<NaiveDate>,
) -> Vec<Instalment> {
    let mut all = instalments(Pence(per_patient.0 * list_size), every, enrolled, until);
    all.retain(|i| withdrawn.is_none_or(|w| i.date <= w));
    all
}

impl Enrolment {
    /// The instalments it earns.
    pub fn earned(&self, s: &Scheme) -> Vec<Instalment> {
        earned(s.per_patient, self.list_size, s.every, self.enrolled, s.until, self.withdrawn)
    }

    /// The first day whose instalments wait for the scheme's condition: enrolment
    /// (`committed`), or the day the first review is due (`reviewed`).
    fn held_from(&self, s: &Scheme) -> Option<NaiveDate> {
        match s.pay_after? {
            PayAfter::Committed => Some(self.enrolled),
            PayAfter::Reviewed => self.enrolled.checked_add_months(Months::new(s.review_after?)),
        }
    }

    /// How its instalment of `date` stands on the day `on`: payable when the scheme has
    /// no condition, the instalment falls before it applies, or it was met by `on` and by
    /// the scheme's last day; lapsed once the scheme has ended without it; else held.
    pub fn standing(&self, s: &Scheme, date: NaiveDate, on: NaiveDate) -> Standing {
        match self.held_from(s) {
            Some(from) if date >= from => {
                if self.met_on.is_some_and(|m| m <= on.min(s.until)) {
                    Standing::Payable
                } else if on > s.until {
                    Standing::Lapsed
                } else {
                    Standing::Held
                }
            }
            _ => Standing::Payable,
        }
    }

    /// Why its instalments are held or lapsed, as the officer would say it.
    pub fn waiting_for(&self, s: &Scheme, standing: Standing) -> String {
        let what = match s.pay_after {
            Some(PayAfter::Committed) => {
                format!("{} of {} commitments made", self.commitments, s.commitments)
            }
            _ => "no review has found the commitments met or partly met".to_string(),
        };
        match standing {
            Standing::Lapsed => format!("{what} when the scheme ended on {}", s.until),
            _ => what,
        }
    }

    /// Its instalments that have fallen due by `on` and stand so on that day.
    pub fn due_by(&self, s: &Scheme, on: NaiveDate, standing: Standing) -> Vec<Instalment> {
        self.earned(s).into_iter().filter(|i| i.date <= on && self.standing(s, i.date, on) == standing).collect()
    }

    /// What it earns, less what has lapsed by `on`.
    pub fn total(&self, s: &Scheme, on: NaiveDate) -> Pence {
        self.earned(s).iter().filter(|i| self.standing(s, i.date, on) != Standing::Lapsed).map(|i| i.amount).sum()
    }

    /// The review due: enrolment plus the scheme's months, until one is done; none once
    /// the practice has withdrawn.
    pub fn next_review(&self, s: &Scheme) -> Option<NaiveDate> {
        let after = s.review_after?;
        (self.reviews == 0 && self.withdrawn.is_none())
            .then(|| self.enrolled.checked_add_months(Months::new(after)))
            .flatten()
    }
}

/// A scheme's enrolments, by practice code.
pub fn enrolments(db: &Db, scheme_id: i64) -> Result<Vec<Enrolment>> {
    Ok(enrolments_of(db, Some(scheme_id))?.remove(&scheme_id).unwrap_or_default())
}

/// Every scheme's enrolments, by scheme id (each by practice code): two questions
/// however many schemes.
pub fn all_enrolments(db: &Db) -> Result<HashMap<i64, Vec<Enrolment>>> {
    enrolments_of(db, None)
}

fn enrolments_of(db: &Db, scheme_id: Option<i64>) -> Result<HashMap<i64, Vec<Enrolment>>> {
    let met = conditions_met(db, scheme_id)?;
    let stmt = "SELECT e.id, e.scheme_id, e.practice_code, p.name, l.name AS locality, e.enrolled_on, e.list_size,
                e.withdrawn_on,
                (SELECT count(*) FROM commitment c WHERE c.enrolment_id = e.id) AS commitments,
                (SELECT count(*) FROM scheme_review r WHERE r.enrolment_id = e.id) AS reviews
           FROM enrolment e JOIN practice p ON p.code = e.practice_code JOIN locality l ON l.id = p.locality_id
          WHERE ?1 IS NULL OR e.scheme_id = ?1 ORDER BY e.practice_code";
    let mut out: HashMap<i64, Vec<Enrolment>> = HashMap::new();
    db.each(stmt, [scheme_id], |r| {
        let id = r.get("id")?;
        out.entry(r.get("scheme_id")?).or_default().push(Enrolment {
            id,
            practice_code: r.get("practice_code")?,
            practice_name: r.get("name")?,
            locality: r.get("locality")?,
            enrolled: r.get("enrolled_on")?,
            list_size: r.get("list_size")?,
            withdrawn: r.get("withdrawn_on")?,
            commitments: r.get("commitments")?,
            reviews: r.get("reviews")?,
            met_on: met.get(&id).copied(),
        });
        Ok(())
    })?;
    Ok(out)
}

/// The day each enrolment in a scheme with a condition met it (of one scheme, or all),
/// by enrolment id: the day its last required commitment was made (`committed`), or of
/// its first review that found them met or partly met (`reviewed`). One question.
fn conditions_met(db: &Db, scheme_id: Option<i64>) -> Result<HashMap<i64, NaiveDate>> {
    let stmt = "SELECT c.enrolment_id, c.made_on AS day, s.commitments AS needed
           FROM commitment c JOIN enrolment e ON e.id = c.enrolment_id JOIN scheme s ON s.id = e.scheme_id
          WHERE s.pay_after = 'committed' AND (?1 IS NULL OR s.id = ?1)
         UNION ALL
         SELECT r.enrolment_id, r.reviewed_on AS day, 1 AS needed
           FROM scheme_review r JOIN enrolment e ON e.id = r.enrolment_id JOIN scheme s ON s.id = e.scheme_id
          WHERE s.pay_after = 'reviewed' AND (r.outcome = 'met' OR r.outcome = 'partly') AND (?1 IS NULL OR s.id = ?1)
         ORDER BY 1, 2";
    let mut days: HashMap<i64, (Vec<NaiveDate>, i64)> = HashMap::new();
    db.each(stmt, [scheme_id], |r| {
        let entry = days.entry(r.get("enrolment_id")?).or_default();
        entry.0.push(r.get("day")?);
        entry.1 = r.get("needed")?;
        Ok(())
    })?;
    Ok(days
        .into_iter()
        .filter_map(|(id, (days, needed))| days.get(usize::try_from(needed).ok()?.checked_sub(1)?).map(|d| (id, *d)))
        .collect())
}

fn enrolment_of(db: &Db, s: &Scheme, code: &str) -> Result<Enrolment> {
    let code = practice::get(db, code)?.code;
    enrolments(db, s.id)?.into_iter().find(|e| e.practice_code == code.as_str()).ok_or_else(|| {
        Error::not_found(format!("{code} is not enrolled in {} (PRACTICE)", s.name))
            .with_hint(format!("`engage scheme enrol '{}' {code}` enrols it", s.name))
    })
}

/// `scheme enrol`: practices join on `date` with their list size that day. All or
/// nothing; a practice enrolled already is exit 5.
pub fn enrol(db: &Write, s: &Scheme, codes: &[String], date: NaiveDate) -> Result<Vec<practice::Practice>> {
    if date < s.from || date > s.until {
        return Err(Error::invalid(format!(
            "{} runs from {} to {}: {date} is outside it (--date)",
            s.name, s.from, s.until
        )));
    }
    let wanted: Vec<&str> = codes.iter().map(String::as_str).collect();
    let known = practice::Known::of(db, &wanted)?;
    let enrolled: HashMap<String, NaiveDate> = db
        .query("SELECT practice_code, enrolled_on FROM enrolment WHERE scheme_id = ?1", [s.id], |r| {
            Ok((r.get("practice_code")?, r.get("enrolled_on")?))
        })?
        .into_iter()
        .collect();
    let mut out: Vec<practice::Practice> = Vec::new();
    for code in codes {
        let p = known.get(db, code)?;
        if !p.open || p.open_date.is_some_and(|o| o > date) {
            return Err(Error::invalid(format!("{} {} is not open on {date} (PRACTICE)", p.code, p.name)));
        }
        if p.list_size.is_none() {
            return Err(Error::invalid(format!(
                "{} {} has no list size: the scheme pays per patient (PRACTICE)",
                p.code, p.name
            ))
            .with_hint(format!("`engage practice edit {} --list-size N` first", p.code)));
        }
        if let Some(on) = enrolled.get(p.code.as_str()) {
            return Err(Error::conflict(format!("{} is enrolled in {} already (since {on})", p.code, s.name)));
        }
        if out.iter().any(|o| o.code == p.code) {
            return Err(Error::conflict(format!("{} is enrolled in {} already (since {date})", p.code, s.name)));
        }
        out.push(p);
    }
    let values: Vec<&dyn ToValue> =
        out.iter().flat_map(|p| -> [&dyn ToValue; 4] { [&s.id, &p.code, &date, &p.list_size] }).collect();
    db.insert_rows("INSERT INTO enrolment (scheme_id, practice_code, enrolled_on, list_size)", 4, &values)?;
    Ok(out)
}

/// `scheme withdraw`: no instalment after `date` is earned.
pub fn withdraw(db: &Write, s: &Scheme, code: &str, date: NaiveDate) -> Result<Enrolment> {
    let e = enrolment_of(db, s, code)?;
    if let Some(w) = e.withdrawn {
        return Err(Error::conflict(format!("{} withdrew from {} on {w} already", e.practice_code, s.name)));
    }
    if date < e.enrolled {
        return Err(Error::invalid(format!(
            "{} enrolled in {} on {}, after {date} (--date)",
            e.practice_code, s.name, e.enrolled
        )));
    }
    end_enrolments(db, &[(e.id, date)])?;
    enrolment_of(db, s, code)
}

/// Practices that close withdraw, each on its day, from every scheme they had enrolled
/// in by then (by [`withdraw`]'s rules), and one that had withdrawn later withdraws that
/// day instead: in a few statements however many. Gives how many schemes each left.
pub fn withdraw_practices(db: &Write, days: &[(&practice::Code, NaiveDate)]) -> Result<Vec<usize>> {
    if days.is_empty() {
        return Ok(Vec::new());
    }
    let mut values: Vec<&dyn ToValue> = Vec::new();
    for (code, date) in days {
        values.extend([*code as &dyn ToValue, date]);
    }
    let stmt = format!(
        "SELECT e.id, e.practice_code FROM enrolment e JOIN (VALUES {}) AS c ON e.practice_code = c.column1
          WHERE e.enrolled_on <= c.column2 AND (e.withdrawn_on IS NULL OR e.withdrawn_on > c.column2) ORDER BY e.id",
        crate::store::value_rows(days.len(), 2, 0)
    );
    let current: Vec<(i64, String)> =
        db.query(&stmt, values.as_slice(), |r| Ok((r.get("id")?, r.get("practice_code")?)))?;
    let day = |code: &str| days.iter().find(|(c, _)| c.as_str() == code).map(|(_, d)| *d).expect("a closing");
    let withdrawn: Vec<(i64, NaiveDate)> = current.iter().map(|(id, code)| (*id, day(code))).collect();
    end_enrolments(db, &withdrawn)?;
    Ok(days.iter().map(|(code, _)| current.iter().filter(|(_, c)| c == code.as_str()).count()).collect())
}

/// Ends enrolments, each on its day: instalments after it are not earned, so lines made
/// for them go, unless paid (a paid one refuses them all, exit 5).
fn end_enrolments(db: &Write, ends: &[(i64, NaiveDate)]) -> Result<()> {
    if ends.is_empty() {
        return Ok(());
    }
    let values: Vec<&dyn ToValue> = ends.iter().flat_map(|(id, d)| -> [&dyn ToValue; 2] { [id, d] }).collect();
    let rows = crate::store::value_rows(ends.len(), 2, 0);
    let paid_after: Option<(i64, NaiveDate, String, String)> = db.first(
        &format!(
            "SELECT l.id, l.work_date, l.payment_month, e.practice_code
               FROM session_line l JOIN enrolment e ON e.id = l.enrolment_id
               JOIN (VALUES {rows}) AS v ON l.enrolment_id = v.column1
              WHERE l.work_date > v.column2 AND l.status = 'paid' ORDER BY l.work_date LIMIT 1"
        ),
        values.as_slice(),
        |r| Ok((r.get("id")?, r.get("work_date")?, r.get("payment_month")?, r.get("practice_code")?)),
    )?;
    if let Some((id, on, run, code)) = paid_after {
        return Err(Error::conflict(format!(
            "{code}'s instalment of {on} (session line {id}) was paid in the {run} run: it cannot withdraw before it (--date)"
        ))
        .with_hint("a paid line never changes; withdraw from a later day, or recover the money outside engage"));
    }
    db.execute(
        &format!(
            "DELETE FROM session_line WHERE status <> 'paid' AND id IN
               (SELECT l.id FROM session_line l JOIN (VALUES {rows}) AS v ON l.enrolment_id = v.column1
                 WHERE l.work_date > v.column2)"
        ),
        values.as_slice(),
    )?;
    db.update_rows(("enrolment", &["id"]), "withdrawn_on = v.column2", 2, &values)?;
    Ok(())
}

/// A commitment as `scheme commit` takes it.
#[derive(Debug, Clone)]
pub struct NewCommitment<'a> {
    pub text: &'a str,
    pub kind: CommitmentKind,
    /// Who agreed it (a person reference), if anyone.
    pub agreed_with: Option<&'a str>,
    /// Its order among the practice's commitments: 1 first.
    pub priority: Option<i64>,
}

/// `scheme commit`: a commitment the practice made, recorded today.
pub fn commit(db: &Write, s: &Scheme, code: &str, c: &NewCommitment, today: NaiveDate) -> Result<Enrolment> {
    let text = crate::text::line(c.text, "a commitment", 500, "TEXT", &[])?;
    let e = enrolment_of(db, s, code)?;
    let agreed_with = c.agreed_with.map(|p| crate::person::find(db, p)).transpose()?.map(|p| p.id);
    db.execute(
        "INSERT INTO commitment (enrolment_id, text, kind, made_on, agreed_with, priority)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        crate::params![e.id, text, c.kind.as_str(), today, agreed_with, c.priority],
    )?;
    Ok(e)
}

/// A commitment as `scheme show` lists it.
#[derive(Debug, Clone)]
pub struct Commitment {
    pub text: String,
    pub kind: CommitmentKind,
    pub made_on: NaiveDate,
    /// The name of the person who agreed it.
    pub agreed_with: Option<String>,
    pub priority: Option<i64>,
}

/// A scheme's (or every scheme's) commitments by enrolment id, each practice's in priority order (those
/// with none after, in the order made).
pub fn commitments(db: &Db, scheme_id: Option<i64>) -> Result<HashMap<i64, Vec<Commitment>>> {
    let stmt = "SELECT c.enrolment_id, c.text, c.kind, c.made_on, p.name AS agreed_with, c.priority
           FROM commitment c JOIN enrolment e ON e.id = c.enrolment_id LEFT JOIN person p ON p.id = c.agreed_with
          WHERE ?1 IS NULL OR e.scheme_id = ?1
          ORDER BY c.enrolment_id, CASE WHEN c.priority IS NULL THEN 1 ELSE 0 END, c.priority, c.id";
    let mut out: HashMap<i64, Vec<Commitment>> = HashMap::new();
    db.each(stmt, [scheme_id], |r| {
        out.entry(r.get("enrolment_id")?).or_default().push(Commitment {
            text: r.get("text")?,
            kind: r.get("kind")?,
            made_on: r.get("made_on")?,
            agreed_with: r.get("agreed_with")?,
            priority: r.get("priority")?,
        });
        Ok(())
    })?;
    Ok(out)
}

/// `scheme review`: a review on a day from enrolment to today.
pub fn review(
    db: &Write,
    s: &Scheme,
    code: &str,
    date: NaiveDate,
    outcome: Outcome,
    note: Option<&str>,
    today: NaiveDate,
) -> Result<Enrolment> {
    let note = note.map(|n| crate::text::line(n, "a note", 500, "--note", &[])).transpose()?;
    let e = enrolment_of(db, s, code)?;
    if date > today {
        return Err(Error::invalid(format!("{date} has not come yet: a review is recorded once held (--date)")));
    }
    if date < e.enrolled {
        return Err(Error::invalid(format!("{} enrolled on {}, after {date} (--date)", e.practice_code, e.enrolled)));
    }
    db.execute(
        "INSERT INTO scheme_review (enrolment_id, reviewed_on, outcome, note) VALUES (?1, ?2, ?3, ?4)",
        crate::params![e.id, date, outcome.as_str(), note],
    )?;
    Ok(e)
}

/// Pence paid through the payment runs per enrolment, for instalments dated from
/// `from` to `to` (all of them without).
fn paid(db: &Db, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<HashMap<i64, Pence>> {
    let sql = "SELECT enrolment_id, sum(paid_amount) AS paid FROM session_line
          WHERE enrolment_id IS NOT NULL AND status = 'paid'
            AND (?1 IS NULL OR work_date >= ?1) AND (?2 IS NULL OR work_date <= ?2)
          GROUP BY enrolment_id";
    let rows = db.query(sql, crate::params![from, to], |r| Ok((r.get("enrolment_id")?, r.get("paid")?)))?;
    Ok(rows.into_iter().collect())
}

/// The instalments earned from the first day of `from` to the last of `to` that have no
/// line yet, made into approved lines paid to the practice from the scheme's fund
/// (accrued as appointments are: see the README's scheme). Returns the day of each line
/// made.
pub(crate) fn accrue(db: &Write, from: Month, to: Month) -> Result<Vec<NaiveDate>> {
    let mut made = Vec::new();
    // How many instalments have their line already, per enrolment, from the
    // instalments' own index: at national scale some thousands of enrolments, almost all
    // complete, which need no more than that count.
    let lines: HashMap<i64, i64> = db
        .query(
            "SELECT enrolment_id, count(*) AS n FROM session_line WHERE enrolment_id IS NOT NULL GROUP BY enrolment_id",
            (),
            |r| Ok((r.get("enrolment_id")?, r.get("n")?)),
        )?
        .into_iter()
        .collect();
    // Each enrolment with its scheme: all that an instalment needs. An instalment held
    // for the scheme's condition on the month's last day has no line until it is met;
    // then it is paid as arrears at its own date. One that lapsed never has one.
    let schemes: HashMap<i64, Scheme> = all(db)?.into_iter().map(|s| (s.id, s)).collect();
    let enrolled = all_enrolments(db)?;
    // In the order they enrolled, so that lines are numbered the same on every run.
    let mut terms: Vec<(&Scheme, &Enrolment)> = enrolled
        .iter()
        .flat_map(|(id, list)| {
            let scheme = &schemes[id];
            list.iter().map(move |e| (scheme, e))
        })
        .filter(|(_, e)| e.enrolled <= to.last())
        .collect();
    terms.sort_by_key(|(_, e)| e.id);
    // The enrolments short of a line, with what they have earned by `to` and may be paid.
    let short: Vec<(&Scheme, &Enrolment, Vec<Instalment>)> = terms
        .iter()
        .map(|&(s, e)| (s, e, e.due_by(s, to.last(), Standing::Payable)))
        .filter(|(_, e, earned)| lines.get(&e.id).copied().unwrap_or(0) < earned.len() as i64)
        .collect();
    if short.is_empty() {
        return Ok(made);
    }
    // The lines they have, in one question. A line made before instalments fell due on
    // the scheme's last day is dated at the end of that month or quarter, after it: it
    // is the last instalment.
    let ids: Vec<i64> = short.iter().map(|(_, e, _)| e.id).collect();
    let mut have: HashMap<i64, std::collections::BTreeSet<NaiveDate>> = HashMap::new();
    for chunk in ids.chunks(10_000) {
        let stmt = format!(
            "SELECT enrolment_id, work_date FROM session_line WHERE enrolment_id IN {}",
            crate::store::value_rows(1, chunk.len(), 0)
        );
        db.each(&stmt, crate::store::id_values(chunk).as_slice(), |r| {
            have.entry(r.get("enrolment_id")?).or_default().insert(r.get("work_date")?);
            Ok(())
        })?;
    }
    let mut new: Vec<(&Scheme, &Enrolment, NaiveDate, String, Pence)> = Vec::new();
    for (s, e, earned) in &short {
        let had: std::collections::BTreeSet<NaiveDate> =
            have.get(&e.id).map(|h| h.iter().map(|d| (*d).min(s.until)).collect()).unwrap_or_default();
        for i in earned.iter().filter(|i| i.date >= from.first() && !had.contains(&i.date)) {
            new.push((s, e, i.date, Month::of(i.date).to_string(), i.amount));
            made.push(i.date);
        }
    }
    // Paid to the practice (no person), from the scheme's fund, approved.
    let (nobody, sessions) = (None::<i64>, 0_i64);
    let values: Vec<&dyn ToValue> = new
        .iter()
        .flat_map(|(s, e, date, month, amount)| -> [&dyn ToValue; 10] {
            [&nobody, &"scheme", &s.name, &s.fund, date, &sessions, &"approved", month, &e.id, amount]
        })
        .collect();
    db.insert_rows(
        "INSERT INTO session_line (person_id, source, reference, fund, work_date, sessions, status,
                                   accrual_month, enrolment_id, amount)",
        10,
        &values,
    )?;
    Ok(made)
}

/// An instalment kept back by its scheme's condition: held until it is met, or lapsed.
/// It has no session line (a run makes one once it may be paid), but `session list`
/// shows it.
#[derive(Debug, Clone)]
pub struct KeptBack {
    pub scheme: String,
    pub fund: String,
    pub practice_code: String,
    pub practice_name: String,
    pub date: NaiveDate,
    pub amount: Pence,
    pub standing: Standing,
    /// Why: what the condition still waits for.
    pub reason: String,
}

/// The instalments that have fallen due by `on` and are held or lapsed on that day, by
/// date then practice (of the schemes with a condition).
pub fn kept_back(db: &Db, on: NaiveDate) -> Result<Vec<KeptBack>> {
    let mut out = Vec::new();
    let mut enrolled = all_enrolments(db)?;
    for s in all(db)?.into_iter().filter(|s| s.pay_after.is_some()) {
        for e in enrolled.remove(&s.id).unwrap_or_default() {
            for standing in [Standing::Held, Standing::Lapsed] {
                for i in e.due_by(&s, on, standing) {
                    out.push(KeptBack {
                        scheme: s.name.clone(),
                        fund: s.fund.clone(),
                        practice_code: e.practice_code.clone(),
                        practice_name: e.practice_name.clone(),
                        date: i.date,
                        amount: i.amount,
                        standing,
                        reason: e.waiting_for(&s, standing),
                    });
                }
            }
        }
    }
    out.sort_by(|a, b| (a.date, &a.practice_code, &a.scheme).cmp(&(b.date, &b.practice_code, &b.scheme)));
    Ok(out)
}

/// A scheme with its enrolments and what the payment runs paid each (by enrolment id).
#[derive(Debug, Clone)]
pub struct Held {
    pub scheme: Scheme,
    pub enrolments: Vec<Enrolment>,
    pub paid: HashMap<i64, Pence>,
    /// Each enrolment's commitments (`scheme show` only).
    pub commitments: HashMap<i64, Vec<Commitment>>,
}

/// `scheme list`, by name.
pub fn list(db: &Db) -> Result<Vec<Held>> {
    let paid = paid(db, None, None)?;
    let mut enrolled = all_enrolments(db)?;
    all(db)?
        .into_iter()
        .map(|scheme| {
            let enrolments = enrolled.remove(&scheme.id).unwrap_or_default();
            Ok(Held { enrolments, paid: paid.clone(), commitments: HashMap::new(), scheme })
        })
        .collect()
}

/// `scheme show`: the scheme with every enrolment.
pub fn show(db: &Db, reference: &str) -> Result<Held> {
    let scheme = find(db, reference)?;
    Ok(Held {
        enrolments: enrolments(db, scheme.id)?,
        paid: paid(db, None, None)?,
        commitments: commitments(db, Some(scheme.id))?,
        scheme,
    })
}

/// One row of `report schemes`: a scheme in a locality.
#[derive(Debug, Clone)]
pub struct UptakeRow {
    pub scheme: String,
    pub locality: String,
    pub enrolled: i64,
    pub open: i64,
    pub patients: i64,
    pub patients_of_open: i64,
    pub commitments: i64,
    pub reviews_done: i64,
    pub reviews_due: i64,
    pub reviews_overdue: i64,
    pub earned: Pence,
    pub paid: Pence,
    /// Instalments of the period held for the scheme's condition at its end.
    pub held: Pence,
}

/// `report schemes`: per scheme and locality (by scheme name, then locality name), the
/// practices enrolled of those open in the period, patients covered, commitments,
/// reviews, and the money earned in the period (instalments dated in it, less those
/// lapsed), paid of that, and held for the scheme's condition. Enrolments, commitments,
/// reviews, localities and what is held are counted as they stood at the period's end
/// (or today, if sooner), so a past period's figures stay as they were.
pub fn uptake(db: &Db, from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Result<Vec<UptakeRow>> {
    let at = to.min(today);
    let paid = paid(db, Some(from), Some(to))?;
    let places = crate::practice::localities(db)?;
    let names: HashMap<i64, String> = crate::locality::names(db)?;
    let locality_of =
        |code: &str| -> String { places.get(code).and_then(|t| names.get(t.on(at))).cloned().unwrap_or_default() };
    // The practices open in the period and their patients, by locality.
    let mut open: HashMap<String, (i64, i64)> = HashMap::new();
    let stmt = format!(
        "SELECT code, coalesce(list_size, 0) AS list_size FROM practice WHERE {}",
        practice::open_in("practice")
    );
    db.each(&stmt, crate::params![from, to], |r| {
        let e = open.entry(locality_of(&r.get::<String>("code")?)).or_default();
        e.0 += 1;
        e.1 += r.get::<i64>("list_size")?;
        Ok(())
    })?;
    let dated = |sql: &str| -> Result<HashMap<i64, i64>> {
        Ok(db.query(sql, [at], |r| Ok((r.get("enrolment_id")?, r.get("n")?)))?.into_iter().collect())
    };
    let commitments =
        dated("SELECT enrolment_id, count(*) AS n FROM commitment WHERE made_on <= ?1 GROUP BY enrolment_id")?;
    let reviews =
        dated("SELECT enrolment_id, count(*) AS n FROM scheme_review WHERE reviewed_on <= ?1 GROUP BY enrolment_id")?;
    let mut out = Vec::new();
    let mut enrolled = all_enrolments(db)?;
    for s in all(db)? {
        let mut by_locality: std::collections::BTreeMap<String, UptakeRow> = std::collections::BTreeMap::new();
        for e in enrolled.remove(&s.id).unwrap_or_default() {
            let locality = locality_of(&e.practice_code);
            let (n_open, patients_open) = open.get(&locality).copied().unwrap_or_default();
            let row = by_locality.entry(locality.clone()).or_insert_with(|| UptakeRow {
                scheme: s.name.clone(),
                locality,
                enrolled: 0,
                open: n_open,
                patients: 0,
                patients_of_open: patients_open,
                commitments: 0,
                reviews_done: 0,
                reviews_due: 0,
                reviews_overdue: 0,
                earned: Pence(0),
                paid: Pence(0),
                held: Pence(0),
            });
            let enrolled = e.enrolled <= at && e.withdrawn.is_none_or(|w| w >= at);
            if enrolled {
                row.enrolled += 1;
                row.patients += e.list_size;
            }
            let done = reviews.get(&e.id).copied().unwrap_or(0);
            row.commitments += commitments.get(&e.id).copied().unwrap_or(0);
            row.reviews_done += done;
            let due = s.review_after.and_then(|m| e.enrolled.checked_add_months(Months::new(m)));
            if let (true, 0, Some(due)) = (enrolled, done, due) {
                row.reviews_due += 1;
                row.reviews_overdue += (due < at) as i64;
            }
            for i in e.earned(&s).iter().filter(|i| i.date >= from && i.date <= to) {
                let standing = e.standing(&s, i.date, at);
                if standing != Standing::Lapsed {
                    row.earned += i.amount;
                }
                if standing == Standing::Held && i.date <= at {
                    row.held += i.amount;
                }
            }
            row.paid += paid.get(&e.id).copied().unwrap_or_default();
        }
        out.extend(by_locality.into_values());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::dates::parse_iso(s).unwrap()
    }

    #[test]
    fn instalments_add_up_to_the_penny_and_the_last_takes_the_remainder() {
        // £2.00 a head × 7,333 patients = £14,666.00 over the 4 quarters of 2027-28:
        // 1,466,600 ÷ 4 = 366,650 each, exactly.
        let q = instalments(Pence(1_466_600), Every::Quarterly, d("2027-04-01"), d("2028-03-31"));
        assert_eq!(
            q.iter().map(|i| i.date.to_string()).collect::<Vec<_>>(),
            ["2027-06-30", "2027-09-30", "2027-12-31", "2028-03-31"]
        );
        assert!(q.iter().all(|i| i.amount == Pence(366_650)));
        // £1.00 × 1,001 over 3 months: 33,366 twice, then 33,368.
        let m = instalments(Pence(100_100), Every::Monthly, d("2027-05-15"), d("2027-07-31"));
        assert_eq!(m.iter().map(|i| i.amount.0).collect::<Vec<_>>(), [33_366, 33_366, 33_368]);
        assert_eq!(m[0].date, d("2027-05-31"));
        assert_eq!(m.iter().map(|i| i.amount).sum::<Pence>(), Pence(100_100));
        // Enrolled part-way through the year: the quarters from its own.
        let late = instalments(Pence(1_000), Every::Quarterly, d("2027-11-20"), d("2028-03-31"));
        assert_eq!(
            late,
            [
                Instalment { date: d("2027-12-31"), amount: Pence(500) },
                Instalment { date: d("2028-03-31"), amount: Pence(500) }
            ]
        );
        // Once: all of it on the day.
        let once = instalments(Pence(12_345), Every::Once, d("2027-06-01"), d("2028-03-31"));
        assert_eq!(once, [Instalment { date: d("2027-06-01"), amount: Pence(12_345) }]);
        // A scheme that ends mid-month pays its last instalment on its last day.
        let short = instalments(Pence(7), Every::Monthly, d("2027-01-10"), d("2027-02-14"));
        assert_eq!(
            short,
            [
                Instalment { date: d("2027-01-31"), amount: Pence(3) },
                Instalment { date: d("2027-02-14"), amount: Pence(4) }
            ]
        );
        // A quarterly scheme ending on 30 November: its last quarter falls due that day,
        // so a practice that takes part to the last day earns every instalment.
        let autumn = instalments(Pence(511_800), Every::Quarterly, d("2026-04-01"), d("2026-11-30"));
        assert_eq!(
            autumn.iter().map(|i| i.date.to_string()).collect::<Vec<_>>(),
            ["2026-06-30", "2026-09-30", "2026-11-30"]
        );
        let kept = earned(Pence(100), 5_118, Every::Quarterly, d("2026-04-01"), d("2026-11-30"), Some(d("2026-11-30")));
        assert_eq!(kept.iter().map(|i| i.amount).sum::<Pence>(), Pence(511_800));
    }
}
