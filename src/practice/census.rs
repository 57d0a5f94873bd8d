//! The NHS GP workforce census per practice (`practice import --source workforce`): how
//! many GPs work at each practice, whether it is single-handed or dispensing, and its
//! rural-urban class, as at the census date. Each census is a dated fact: a later one
//! adds rows and leaves an earlier one's figures as they were, so a past period keeps
//! the census it had.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::practice::Setting;
use crate::store::{Db, Row, ToValue, Write};

/// One practice's census figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Census {
    pub practice_code: String,
    pub as_at: NaiveDate,
    /// GPs by headcount.
    pub gps: i64,
    /// Full-time equivalent GPs, in hundredths.
    pub gp_fte: Option<i64>,
    pub single_handed: Option<bool>,
    pub dispensing: Option<bool>,
    /// The 2011 rural-urban class (`A1` to `E2`), when the file gives the code.
    pub rural_urban: Option<String>,
    /// Urban or rural, from the class.
    pub setting: Option<Setting>,
}

const COLUMNS: &str = "practice_code, as_at, gps, gp_fte, single_handed, dispensing, rural_urban, setting";

impl Census {
    fn from_row(r: &Row) -> Result<Census> {
        Ok(Census {
            practice_code: r.get("practice_code")?,
            as_at: r.get("as_at")?,
            gps: r.get("gps")?,
            gp_fte: r.get("gp_fte")?,
            single_handed: r.get("single_handed")?,
            dispensing: r.get("dispensing")?,
            rural_urban: r.get("rural_urban")?,
            setting: r.get("setting")?,
        })
    }

    /// The figures a row of the file gives, for telling a duplicate from a conflict.
    fn figures(&self) -> String {
        let flag = |f: Option<bool>| f.map_or("-", |b| if b { "yes" } else { "no" });
        format!(
            "{} GPs, FTE {}, single-handed {}, dispensing {}, class {}",
            self.gps,
            self.gp_fte.map_or("-".to_string(), crate::units::hundredths),
            flag(self.single_handed),
            flag(self.dispensing),
            self.rural_urban.as_deref().or(self.setting.map(|s| s.as_str())).unwrap_or("-"),
        )
    }
}

/// What a census import did.
#[derive(Debug, Default, Clone)]
pub struct Imported {
    pub as_at: Option<NaiveDate>,
    pub rows: usize,
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Rows of practices the register does not hold.
    pub other_practices: usize,
    /// Rows with no headcount (empty or `NA`).
    pub no_headcount: usize,
    /// Rows that repeat an earlier row exactly.
    pub duplicates: usize,
}

impl Imported {
    /// The one-line count for stderr and the audit trail.
    pub fn line(&self) -> String {
        let as_at = self.as_at.map_or(String::new(), |d| format!(" as at {d}"));
        format!(
            "{} rows (workforce census{as_at}): {} inserted, {} updated, {} unchanged, {} skipped \
             ({} of practices not in the register, {} with no headcount, {} duplicate)",
            self.rows,
            self.inserted,
            self.updated,
            self.unchanged,
            self.other_practices + self.no_headcount + self.duplicates,
            self.other_practices,
            self.no_headcount,
            self.duplicates
        )
    }
}

/// Imports a census file (header CSV: `PRAC_CODE` or `code`, `TOTAL_GP_HC`; optional
/// `TOTAL_GP_FTE`, `SINGLE_HANDED`, `DISPENSING_BIN`, `RUC11CD` or `RUC11`) as at
/// `as_at`, for the practices the register holds. The caller runs it in one write.
pub fn import(db: &Write, data: &[u8], file: &str, as_at: NaiveDate) -> Result<Imported> {
    let register: HashSet<String> = db.values("SELECT code FROM practice", ())?.into_iter().collect();
    let mut summary = Imported { as_at: Some(as_at), ..Default::default() };
    // Each practice's row and the line it came from, by code.
    let mut rows: BTreeMap<String, (Census, u64)> = BTreeMap::new();
    let mut code_column: Option<&str> = None;
    let header = crate::csvin::with_header(data, file, &["total_gp_hc"], |line, row| {
        summary.rows += 1;
        let column =
            *code_column.get_or_insert_with(|| if row.get("prac_code").is_some() { "prac_code" } else { "code" });
        let Some(code) = row.get(column).map(str::to_ascii_uppercase) else {
            return Err(no_code_column(file));
        };
        if !register.contains(&code) {
            summary.other_practices += 1;
            return Ok(());
        }
        let Some(census) = read_row(row, &code, as_at, file, line)? else {
            summary.no_headcount += 1;
            return Ok(());
        };
        match rows.get(&code) {
            Some((first, _)) if *first == census => summary.duplicates += 1,
            Some((first, first_line)) => {
                return Err(Error::invalid(format!(
                    "practice {code} appears twice with different figures: {} at line {first_line}, {} here",
                    first.figures(),
                    census.figures()
                ))
                .at(format!("{file}:{line}, {column}"))
                .with_hint("keep one row a practice; the same row twice is taken once"));
            }
            None => {
                rows.insert(code, (census, line));
            }
        }
        Ok(())
    })?;
    if !header.iter().any(|c| c == "prac_code" || c == "code") {
        return Err(no_code_column(file));
    }
    if rows.is_empty() {
        return Err(Error::invalid(format!("no row of {file} gives a headcount for a practice in the register"))
            .at(file.to_string())
            .with_hint(format!(
                "{} rows name other practices and {} give no headcount",
                summary.other_practices, summary.no_headcount
            )));
    }
    let before: HashMap<String, Census> = db
        .query(&format!("SELECT {COLUMNS} FROM practice_census WHERE as_at = ?1"), [as_at], Census::from_row)?
        .into_iter()
        .map(|c| (c.practice_code.clone(), c))
        .collect();
    let mut changed: Vec<&str> = Vec::new();
    let mut written: Vec<&Census> = Vec::new();
    for (code, (census, _)) in &rows {
        match before.get(code) {
            Some(old) if old == census => summary.unchanged += 1,
            Some(_) => {
                summary.updated += 1;
                changed.push(code);
                written.push(census);
            }
            None => {
                summary.inserted += 1;
                written.push(census);
            }
        }
    }
    for chunk in changed.chunks(1_000) {
        let mut params: Vec<&dyn ToValue> = vec![&as_at];
        params.extend(chunk.iter().map(|c| c as &dyn ToValue));
        let sql = format!(
            "DELETE FROM practice_census WHERE as_at = ?1 AND practice_code IN {}",
            crate::store::value_rows(1, chunk.len(), 1)
        );
        db.execute(&sql, params.as_slice())?;
    }
    let settings: Vec<Option<&str>> = written.iter().map(|c| c.setting.map(|s| s.as_str())).collect();
    let mut values: Vec<&dyn ToValue> = Vec::with_capacity(written.len() * 8);
    for (c, setting) in written.iter().zip(&settings) {
        values.extend([
            &c.practice_code as &dyn ToValue,
            &c.as_at,
            &c.gps,
            &c.gp_fte,
            &c.single_handed,
            &c.dispensing,
            &c.rural_urban,
            setting,
        ]);
    }
    db.insert_rows(&format!("INSERT INTO practice_census ({COLUMNS})"), 8, &values)?;
    Ok(summary)
}

fn no_code_column(file: &str) -> Error {
    Error::invalid(format!("{file} has no PRAC_CODE or code column"))
        .at(format!("{file}:1"))
        .with_hint("a workforce census file names each practice in a PRAC_CODE (or code) column")
}

/// One row's figures, or `None` when it gives no headcount.
fn read_row(row: &crate::csvin::Row, code: &str, as_at: NaiveDate, file: &str, line: u64) -> Result<Option<Census>> {
    let bad = |column: &str, why: String| {
        Error::invalid(format!("{why} (practice {code})")).at(format!("{file}:{line}, {column}"))
    };
    let number = |column: &str| -> Result<Option<i64>> {
        hundredths(row.get(column).unwrap_or("")).map_err(|why| bad(column, why))
    };
    let Some(headcount) = number("total_gp_hc")? else { return Ok(None) };
    if headcount % 100 != 0 {
        return Err(bad(
            "TOTAL_GP_HC",
            format!("a headcount is a whole number of GPs, not {}", crate::units::hundredths(headcount)),
        ));
    }
    let flag = |column: &str, label: &str| -> Result<Option<bool>> {
        match number(column)? {
            None => Ok(None),
            Some(0) => Ok(Some(false)),
            Some(100) => Ok(Some(true)),
            Some(n) => Err(bad(label, format!("{label} is 1 or 0, not {}", crate::units::hundredths(n)))),
        }
    };
    let (rural_urban, setting) =
        match (row.get("ruc11cd").filter(|s| !s.is_empty()), row.get("ruc11").filter(|s| !s.is_empty())) {
            (Some(class), _) => {
                let class = class.to_ascii_uppercase();
                // The classes are A1, B1, C1 and C2 (urban), D1, D2, E1 and E2 (rural); some
                // files give the letter alone (the national file of 2018 writes `C`).
                let setting = match class.as_str() {
                    "A1" | "B1" | "C1" | "C2" | "A" | "B" | "C" => Setting::Urban,
                    "D1" | "D2" | "E1" | "E2" | "D" | "E" => Setting::Rural,
                    _ => {
                        return Err(bad(
                            "RUC11CD",
                            format!("{class:?} is not a 2011 rural-urban class (A1, B1, C1, C2, D1, D2, E1 or E2)"),
                        ));
                    }
                };
                (Some(class), Some(setting))
            }
            (None, Some(text)) => {
                let lower = text.to_ascii_lowercase();
                let setting = if lower.starts_with("urban") {
                    Setting::Urban
                } else if lower.starts_with("rural") {
                    Setting::Rural
                } else {
                    return Err(bad("RUC11", format!("{text:?} is neither urban nor rural")));
                };
                (None, Some(setting))
            }
            (None, None) => (None, None),
        };
    Ok(Some(Census {
        practice_code: code.to_string(),
        as_at,
        gps: headcount / 100,
        gp_fte: number("total_gp_fte")?,
        single_handed: flag("single_handed", "SINGLE_HANDED")?,
        dispensing: flag("dispensing_bin", "DISPENSING_BIN")?,
        rural_urban,
        setting,
    }))
}

/// A number as the census writes it (`3.0`, `3.066666667`) in hundredths, rounded
/// half-up exactly; `None` when missing (empty or `NA`).
fn hundredths(text: &str) -> std::result::Result<Option<i64>, String> {
    let t = text.trim();
    if t.is_empty() || t.eq_ignore_ascii_case("na") || t.eq_ignore_ascii_case("nan") {
        return Ok(None);
    }
    let (whole, fraction) = t.split_once('.').unwrap_or((t, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 9 || !digits(whole) || !digits(fraction) {
        return Err(format!("{t:?} is not a number"));
    }
    let mut f = fraction.bytes().map(|b| i64::from(b - b'0'));
    let (tenths, hundredths, next) = (f.next().unwrap_or(0), f.next().unwrap_or(0), f.next().unwrap_or(0));
    let n: i64 = whole.parse::<i64>().map_err(|_| format!("{t:?} is not a number"))?;
    Ok(Some(n * 100 + tenths * 10 + hundredths + i64::from(next >= 5)))
}

/// Every census of every practice, oldest first, by practice code.
pub fn all(db: &Db) -> Result<HashMap<String, Vec<Census>>> {
    let mut out: HashMap<String, Vec<Census>> = HashMap::new();
    db.each(&format!("SELECT {COLUMNS} FROM practice_census ORDER BY as_at"), (), |r| {
        let c = Census::from_row(r)?;
        out.entry(c.practice_code.clone()).or_default().push(c);
        Ok(())
    })?;
    Ok(out)
}

/// The census that speaks for `on`: the latest dated on or before it, else the earliest.
pub fn on(censuses: &[Census], on: NaiveDate) -> Option<&Census> {
    censuses.iter().rev().find(|c| c.as_at <= on).or(censuses.first())
}

/// Each practice's census for `date` (see [`on`]), by practice code.
pub fn each_on(db: &Db, date: NaiveDate) -> Result<HashMap<String, Census>> {
    Ok(all(db)?.into_iter().filter_map(|(code, list)| on(&list, date).cloned().map(|c| (code, c))).collect())
}

/// A practice's censuses, oldest first.
pub fn of(db: &Db, code: &str) -> Result<Vec<Census>> {
    db.query(
        &format!("SELECT {COLUMNS} FROM practice_census WHERE practice_code = ?1 ORDER BY as_at"),
        [code],
        Census::from_row,
    )
}

#[cfg(test)]
mod tests {
    use super::hundredths;

    #[test]
    fn census_numbers_are_read_exactly() {
        assert_eq!(hundredths("3.0"), Ok(Some(300)));
        assert_eq!(hundredths("3.066666667"), Ok(Some(307)));
        assert_eq!(hundredths("11.70666667"), Ok(Some(1171)));
        assert_eq!(hundredths("0.125"), Ok(Some(13)));
        assert_eq!(hundredths("0.1249"), Ok(Some(12)));
        assert_eq!(hundredths("12"), Ok(Some(1200)));
        assert_eq!(hundredths(" NA "), Ok(None));
        assert_eq!(hundredths(""), Ok(None));
        assert!(hundredths("-1").is_err() && hundredths("1e3").is_err() && hundredths(".5").is_err());
    }
}
