//! Funds and their budgets for a financial year.

use std::collections::BTreeMap;

use crate::store::{Db, Write};

use crate::dates::FinancialYear;
use crate::error::Result;
use crate::units::{Hundredths, Pence};

/// Sets a fund's budget for a financial year.
pub fn budget_set(db: &Write, fund: &str, fy: FinancialYear, pence: Pence) -> Result<String> {
    let fund = crate::text::fund(fund, "FUND")?;
    db.execute(
        "INSERT INTO budget (fund, fy, pence) VALUES (?1, ?2, ?3) ON CONFLICT (fund, fy) DO UPDATE SET pence = excluded.pence",
        crate::params![fund, fy.0, pence],
    )?;
    Ok(fund)
}

/// Spend (approved and paid lines, by work date): sessions and pence per fund in a
/// financial year.
pub fn spend_by_fund(db: &Db, fy: FinancialYear) -> Result<BTreeMap<String, (Hundredths, Pence)>> {
    let mut spend: BTreeMap<String, (Hundredths, Pence)> = BTreeMap::new();
    for line in super::counted(db, fy.first(), fy.last(), None, false)? {
        let e = spend.entry(line.fund).or_default();
        e.0 += line.sessions;
        e.1 += line.amount;
    }
    Ok(spend)
}

/// A fund's budget for a year, and what was spent against it.
#[derive(Debug, Clone)]
pub struct Budget {
    pub fund: String,
    pub fy: FinancialYear,
    pub pence: Pence,
    pub spent: Pence,
}

/// `session budget list`: by year, then fund.
pub fn budget_list(db: &Db, fy: Option<FinancialYear>) -> Result<Vec<Budget>> {
    let years: Vec<i32> = match fy {
        Some(f) => vec![f.0],
        None => db.query("SELECT DISTINCT fy FROM budget ORDER BY fy", (), |r| r.get("fy"))?,
    };
    let mut out = Vec::new();
    for y in years {
        let year = FinancialYear(y);
        let spend = spend_by_fund(db, year)?;
        let stmt = "SELECT fund, pence FROM budget WHERE fy = ?1 ORDER BY fund";
        let budgets: Vec<(String, Pence)> = db.query(stmt, [y], |r| Ok((r.get("fund")?, r.get("pence")?)))?;
        for (fund, pence) in budgets {
            let spent = spend.get(&fund).map_or(Pence(0), |s| s.1);
            out.push(Budget { fund, fy: year, pence, spent });
        }
    }
    Ok(out)
}
