//! The monthly payment run for finance.

use crate::store::{Db, Write};
use chrono::NaiveDate;

use super::accrual::{Accrued, accrue_through, refuse_unended};
use super::lines::{Line, Paid, Source, lines_where};
use super::rates::Rates;
use crate::dates::Month;
use crate::error::{Error, Result};
use crate::units::{Hundredths, Pence};

/// One line of a payment run as finance sees it.
#[derive(Debug, Clone)]
pub struct Payment {
    pub line_id: i64,
    /// None for a scheme's instalment, paid to a practice.
    pub person_id: Option<i64>,
    pub source: Source,
    pub reference: String,
    pub work_date: NaiveDate,
    pub sessions: Hundredths,
    pub payee: Paid,
}

/// What an export produced.
pub struct Export {
    pub month: Month,
    pub finalised: Option<String>,
    /// The appointment lines it accrued, arrears included.
    pub accrued: Accrued,
    pub payments: Vec<Payment>,
}

impl Export {
    /// Total sessions and pence.
    pub fn total(&self) -> (Hundredths, Pence) {
        (self.payments.iter().map(|p| p.sessions).sum(), self.payments.iter().map(|p| p.payee.amount).sum())
    }
}

/// `session export --month M`: for a finalised month, exactly the lines its run paid;
/// otherwise month M's accrual (arrears included), then every approved unpaid line with
/// a work date in or before M. With `finalise`, those lines are marked paid in run M,
/// which is refused while M has not ended. Without it, the caller rolls the transaction
/// back: a preview writes nothing.
pub fn export(db: &Write, month: Month, finalise: bool, today: NaiveDate) -> Result<Export> {
    let run: Option<String> =
        db.value_opt("SELECT finalised_at FROM payment_run WHERE month = ?1", [month.to_string()])?;
    if let Some(at) = &run {
        if finalise {
            return Err(Error::conflict(format!("the {month} run was finalised already ({at})"))
                .with_hint(format!("`engage session export --month {month}` reproduces it")));
        }
        let lines = lines_where(db, "l.payment_month = ?1", [month.to_string()])?;
        let rates = Rates::load(db)?;
        let payments = lines.into_iter().map(|l| payment(l, &rates)).collect::<Result<_>>()?;
        return Ok(Export { month, finalised: run, accrued: Accrued::default(), payments: sorted(payments) });
    }
    if finalise {
        refuse_unended(month, today, "a payment run")?;
        let later: Option<String> =
            db.value_opt("SELECT max(month) FROM payment_run WHERE month > ?1", [month.to_string()])?.flatten();
        if let Some(later) = later {
            return Err(Error::conflict(format!("{later} is finalised already; {month} cannot be finalised after it")));
        }
    }
    let accrued = accrue_through(db, month)?;
    let rates = Rates::load(db)?;
    let lines = lines_where(db, "l.status = 'approved' AND l.work_date <= ?1", [month.last()])?;
    let payments = sorted(lines.into_iter().map(|l| payment(l, &rates)).collect::<Result<_>>()?);
    let mut finalised = None;
    if finalise && payments.is_empty() {
        // The first run fixes where arrears start: an empty one (a mistyped month) would
        // make the next real run pay every month since as arrears.
        let first: bool = db.value("SELECT NOT EXISTS (SELECT 1 FROM payment_run)", ())?;
        if first {
            return Err(Error::invalid(format!(
                "{month} has nothing to pay and no run has been made yet; the first run decides how far back arrears go (--month)"
            ))
            .with_hint("finalise the first month that has lines to pay; `engage session export --month M` previews one"));
        }
    }
    if finalise {
        let at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        // The lines are marked paid a few thousand at a time (not one statement a line,
        // which a team register's server would answer a round trip each): ten values a
        // line, within both engines' limits on a statement's parameters.
        let month_text = month.to_string();
        for batch in payments.chunks(2_900) {
            let sql = format!(
                "UPDATE session_line SET status = 'paid', payment_month = ?1, paid_payee_type = v.column2,
                        paid_payee_id = v.column3, paid_payee_name = v.column4, paid_practice_code = v.column5,
                        paid_person_name = v.column6, paid_gmc = v.column7, paid_role = v.column8,
                        paid_rate = v.column9, paid_amount = v.column10
                   FROM (VALUES {}) AS v
                  WHERE session_line.id = v.column1 AND session_line.status = 'approved'",
                crate::store::value_rows(batch.len(), 10, 1)
            );
            // A scheme's instalment is paid under no role.
            let roles: Vec<Option<&String>> =
                batch.iter().map(|p| Some(&p.payee.role).filter(|r| !r.is_empty())).collect();
            let mut values: Vec<&dyn crate::store::ToValue> = vec![&month_text];
            for (p, role) in batch.iter().zip(&roles) {
                let q = &p.payee;
                values.extend([
                    &p.line_id as &dyn crate::store::ToValue,
                    &q.payee_type,
                    &q.payee_id,
                    &q.payee_name,
                    &q.practice_code,
                    &q.person_name,
                    &q.gmc,
                    role,
                    &q.rate,
                    &q.amount,
                ]);
            }
            let n = db.execute(&sql, values.as_slice())?;
            if n != batch.len() {
                return Err(Error::conflict(format!(
                    "{} of the month's session lines changed while finalising",
                    batch.len() - n
                )));
            }
        }
        let total: Pence = payments.iter().map(|p| p.payee.amount).sum();
        db.execute(
            "INSERT INTO payment_run (month, finalised_at, lines, amount) VALUES (?1, ?2, ?3, ?4)",
            crate::params![month.to_string(), at, payments.len() as i64, total],
        )?;
        super::accrual::mark_accrued(db, month)?;
        finalised = Some(at);
    }
    Ok(Export { month, finalised, accrued, payments })
}

fn payment(mut l: Line, rates: &Rates) -> Result<Payment> {
    let (line_id, person_id, source, work_date, sessions) = (l.id, l.person_id, l.source, l.work_date, l.sessions);
    let reference = std::mem::take(&mut l.reference);
    Ok(Payment { line_id, person_id, source, reference, work_date, sessions, payee: l.into_payee(rates)? })
}

/// Sorted as the README says (session): payee name, work date, source, reference (bytes), then line.
fn sorted(mut payments: Vec<Payment>) -> Vec<Payment> {
    // Collected in place from the lines, the payments keep the lines' larger buffer
    // (27 MB for a national month with a year of arrears) unless given it back.
    payments.shrink_to_fit();
    payments.sort_by(|a, b| {
        (a.payee.payee_name.as_bytes(), a.work_date, a.source.as_str(), a.reference.as_bytes(), a.line_id).cmp(&(
            b.payee.payee_name.as_bytes(),
            b.work_date,
            b.source.as_str(),
            b.reference.as_bytes(),
            b.line_id,
        ))
    });
    payments
}

/// Each finalised run whose paid lines no longer add up to what it recorded (their
/// number and pence), one line a run: nothing when all agree.
pub fn check_runs(db: &Db) -> Result<Vec<String>> {
    let sql = "SELECT r.month, r.lines, r.amount, count(l.id) AS found, coalesce(sum(l.paid_amount), 0) AS paid
           FROM payment_run r LEFT JOIN session_line l ON l.payment_month = r.month AND l.status = 'paid'
          GROUP BY r.month, r.lines, r.amount ORDER BY r.month";
    let mut out = Vec::new();
    db.each(sql, (), |r| {
        let (month, lines, amount, found, paid): (String, i64, Pence, i64, Pence) =
            (r.get("month")?, r.get("lines")?, r.get("amount")?, r.get("found")?, r.get("paid")?);
        if (lines, amount) != (found, paid) {
            out.push(format!("the {month} run recorded {lines} lines, £{amount}; its paid lines are {found}, £{paid}"));
        }
        Ok(())
    })?;
    Ok(out)
}
