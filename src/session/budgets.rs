//! Funds and their budgets for a financial year.

use std::collections::BTreeMap;

use rusqlite::Connection;

use crate::dates::FinancialYear;
use crate::error::Result;
use crate::units::{Hundredths, Pence};

/// Sets a fund's budget for a financial year.
pub fn budget_set(conn: &Connection, fund: &str, fy: FinancialYear, pence: Pence) -> Result<String> {
    let fund = crate::text::fund(fund, "FUND")?;
    conn.execute(
        "INSERT INTO budget (fund, fy, pence) VALUES (?1, ?2, ?3) ON CONFLICT (fund, fy) DO UPDATE SET pence = excluded.pence",
        rusqlite::params![fund, fy.0, pence],
    )?;
    Ok(fund)
}

/// Spend (approved and paid lines, by work date): sessions and pence per fund in a
/// financial year.
pub fn spend_by_fund(conn: &Connection, fy: FinancialYear) -> Result<BTreeMap<String, (Hundredths, Pence)>> {
    let mut spend: BTreeMap<String, (Hundredths, Pence)> = BTreeMap::new();
    for line in super::counted(conn, fy.first(), fy.last(), None, false)? {
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
pub fn budget_list(conn: &Connection, fy: Option<FinancialYear>) -> Result<Vec<Budget>> {
    let years: Vec<i32> = match fy {
        Some(f) => vec![f.0],
        None => conn
            .prepare("SELECT DISTINCT fy FROM budget ORDER BY fy")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?,
    };
    let mut out = Vec::new();
    for y in years {
        let year = FinancialYear(y);
        let spend = spend_by_fund(conn, year)?;
        let mut stmt = conn.prepare("SELECT fund, pence FROM budget WHERE fy = ?1 ORDER BY fund")?;
        let budgets: Vec<(String, Pence)> =
            stmt.query_map([y], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        for (fund, pence) in budgets {
            let spent = spend.get(&fund).map_or(Pence(0), |s| s.1);
            out.push(Budget { fund, fy: year, pence, spent });
        }
    }
    Ok(out)
}
