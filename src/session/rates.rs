//! The price of a session, per category and date, and the one way a line is priced:
//! its sessions times the rate in force on its work date for the person's category,
//! rounded half-up to the penny ([`units::amount`]).

use std::collections::HashMap;

use crate::store::{Db, Write};
use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::person::Role;
use crate::units::{self, Hundredths, Pence};

crate::text_enum! {
    /// The price list a session belongs to.
    pub enum Category {
        /// Every GP role (partner, salaried, locum).
        Gp = "gp",
        PracticeManager = "practice-manager",
        Nurse = "nurse",
        Other = "other",
    }
}

impl Category {
    /// GP roles are paid at the `gp` rate.
    pub fn of(role: Role) -> Category {
        match role {
            Role::GpPartner | Role::GpSalaried | Role::GpLocum => Category::Gp,
            Role::PracticeManager => Category::PracticeManager,
            Role::Nurse => Category::Nurse,
            Role::Other => Category::Other,
        }
    }
}

/// A line's rate and amount, in pence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Priced {
    pub rate: Pence,
    pub amount: Pence,
}

/// Every rate, for looking up the one in force on a date.
pub struct Rates(HashMap<Category, Vec<(NaiveDate, Pence)>>);

impl Rates {
    pub fn load(db: &Db) -> Result<Rates> {
        let mut map: HashMap<Category, Vec<(NaiveDate, Pence)>> = HashMap::new();
        db.each("SELECT category, from_date, pence FROM rate ORDER BY category, from_date", (), |r| {
            map.entry(r.get("category")?).or_default().push((r.get("from_date")?, r.get("pence")?));
            Ok(())
        })?;
        Ok(Rates(map))
    }

    fn on(&self, category: Category, date: NaiveDate) -> Option<Pence> {
        self.0.get(&category)?.iter().rev().find(|(from, _)| *from <= date).map(|(_, p)| *p)
    }

    /// Prices `sessions` worked on `date` by someone in `role`. Without a rate in force
    /// that is exit 3, naming the category and the date (and the line, when there is one).
    pub fn price(&self, role: Role, date: NaiveDate, sessions: Hundredths, line: Option<i64>) -> Result<Priced> {
        let category = Category::of(role);
        let rate = self.on(category, date).ok_or_else(|| {
            let line = line.map(|id| format!(" (session line {id})")).unwrap_or_default();
            Error::invalid(format!("no {category} session rate is in force on {date}{line}"))
                .with_hint(format!("set one with `engage session rate set {category} AMOUNT --from DATE`"))
        })?;
        let amount = units::amount(sessions, rate).ok_or_else(|| {
            let line = line.map(|id| format!(" (session line {id})")).unwrap_or_default();
            Error::invalid(format!("{sessions} sessions at £{rate} is beyond what a line can pay{line}"))
                .with_hint("rates are at most £100,000.00 and claims 100 sessions; correct the line or the rate")
        })?;
        Ok(Priced { rate, amount })
    }
}

/// Sets the price of a session from a date. Refused when it would change what a paid
/// line was paid.
pub fn rate_set(db: &Write, category: Category, pence: Pence, from: NaiveDate) -> Result<()> {
    let until: Option<NaiveDate> = db
        .value_opt(
            "SELECT min(from_date) FROM rate WHERE category = ?1 AND from_date > ?2",
            crate::params![category, from],
        )?
        .flatten();
    // Only paid lines priced by a rate can block one: a scheme's instalment has its own
    // amount, no rate and no role.
    let stmt = "SELECT l.id, l.work_date, l.paid_rate, l.paid_role FROM session_line l
          WHERE l.status = 'paid' AND l.work_date >= ?1 AND (?2 IS NULL OR l.work_date < ?2)
            AND l.paid_rate IS NOT NULL AND l.paid_role IS NOT NULL AND l.paid_role <> ''";
    db.each(stmt, crate::params![from, until], |r| {
        let paid: Pence = r.get("paid_rate")?;
        if Category::of(r.get("paid_role")?) == category && paid != pence {
            let (id, date): (i64, NaiveDate) = (r.get("id")?, r.get("work_date")?);
            return Err(Error::conflict(format!(
                "session line {id} of {date} was paid at {paid} a session; a {category} rate from {from} would change it (--from)",
            ))
            .with_hint("set the new rate from a date after the last paid month"));
        }
        Ok(())
    })?;
    db.execute(
        "INSERT INTO rate (category, from_date, pence) VALUES (?1, ?2, ?3)
         ON CONFLICT (category, from_date) DO UPDATE SET pence = excluded.pence",
        crate::params![category, from, pence],
    )?;
    Ok(())
}

/// One rate with the period it is in force.
#[derive(Debug, Clone)]
pub struct Rate {
    pub category: Category,
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
    pub pence: Pence,
}

/// `session rate list`: by category, then date.
pub fn rate_list(db: &Db) -> Result<Vec<Rate>> {
    let stmt = "SELECT category, from_date,
                (SELECT min(from_date) FROM rate r2 WHERE r2.category = r.category AND r2.from_date > r.from_date) AS next,
                pence
           FROM rate r ORDER BY category, from_date";
    let rates = db.query(stmt, (), |r| {
        let next: Option<NaiveDate> = r.get("next")?;
        Ok(Rate {
            category: r.get("category")?,
            from: r.get("from_date")?,
            until: next.map(|d| d - chrono::Duration::days(1)),
            pence: r.get("pence")?,
        })
    })?;
    Ok(rates)
}
