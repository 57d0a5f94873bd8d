//! Practice activity measures (the README's measure): a count per N registered patients,
//! imported from national files for every practice in England, and `report benchmark`,
//! which sets the register's practices against the reference population with
//! Spiegelhalter's funnel limits for over-dispersed counts.

use std::collections::{BTreeMap, HashMap};

use crate::store::{Db, Write};

use crate::error::{Error, Result};

/// The 95% and 99.8% two-sided normal quantiles the method fixes (README, report benchmark).
pub const Z_95: f64 = 1.959964;
pub const Z_998: f64 = 3.090232;

/// Rows with a denominator under this are left out of the reference rate and φ: a rate
/// over a few hundred patients says little.
pub const MIN_REFERENCE: f64 = 1000.0;

#[derive(Debug, Clone)]
pub struct Measure {
    pub id: i64,
    pub name: String,
    /// The rate is per this many patients.
    pub per: i64,
    pub title: Option<String>,
    pub source: Option<String>,
}

impl Measure {
    /// What the rate counts, for titles: the title, else the name.
    pub fn label(&self) -> &str {
        self.title.as_deref().unwrap_or(&self.name)
    }
}

fn all(db: &Db) -> Result<Vec<Measure>> {
    let stmt = "SELECT id, name, per, title, source FROM measure ORDER BY name";
    let rows = db.query(stmt, (), |r| {
        Ok(Measure {
            id: r.get("id")?,
            name: r.get("name")?,
            per: r.get("per")?,
            title: r.get("title")?,
            source: r.get("source")?,
        })
    })?;
    Ok(rows)
}

/// The measure a reference names (any case, or its first words).
pub fn find(db: &Db, reference: &str) -> Result<Measure> {
    crate::reference::pick(reference, all(db)?, |m| m.name.as_str(), "measure", "measure list")
}

/// `measure add`.
pub fn add(db: &Write, name: &str, per: i64, title: Option<&str>, source: Option<&str>) -> Result<Measure> {
    let name = crate::text::line(name, "a measure name", 60, "NAME", &[])?;
    if per <= 0 {
        return Err(Error::invalid(format!("--per {per} is not a number of patients (measure {name})"))
            .with_hint("e.g. --per 1000 for a rate per 1,000 patients"));
    }
    let title = title.map(|t| crate::text::line(t, "a title", 200, "--title", &[])).transpose()?;
    let source = source.map(|t| crate::text::line(t, "a source", 200, "--source", &[])).transpose()?;
    let taken: Option<String> = db.value_opt("SELECT name FROM measure WHERE lower(name) = lower(?1)", [&name])?;
    if let Some(t) = taken {
        return Err(Error::conflict(format!("a measure is already called {t:?} (NAME)")));
    }
    db.execute(
        "INSERT INTO measure (name, per, title, source) VALUES (?1, ?2, ?3, ?4)",
        crate::params![name, per, title, source],
    )?;
    find(db, &name)
}

/// A measure with its imported periods (oldest import first) and how many practices
/// the latest holds.
#[derive(Debug, Clone)]
pub struct Listed {
    pub measure: Measure,
    pub periods: Vec<String>,
    pub practices: i64,
}

/// `measure list` (three questions, however many measures).
pub fn list(db: &Db) -> Result<Vec<Listed>> {
    let mut periods: std::collections::HashMap<i64, Vec<(i64, String)>> = std::collections::HashMap::new();
    db.each("SELECT id, measure_id, period FROM measure_period ORDER BY id", (), |r| {
        periods.entry(r.get("measure_id")?).or_default().push((r.get("id")?, r.get("period")?));
        Ok(())
    })?;
    let counts: std::collections::HashMap<i64, i64> = db
        .query("SELECT period_id, count(*) AS n FROM measure_value GROUP BY period_id", (), |r| {
            Ok((r.get("period_id")?, r.get("n")?))
        })?
        .into_iter()
        .collect();
    Ok(all(db)?
        .into_iter()
        .map(|measure| {
            let periods = periods.remove(&measure.id).unwrap_or_default();
            let practices = periods.last().and_then(|(id, _)| counts.get(id)).copied().unwrap_or(0);
            Listed { measure, periods: periods.into_iter().map(|(_, p)| p).collect(), practices }
        })
        .collect())
}

/// `measure remove`: the measure and every value imported for it.
pub fn remove(db: &Write, reference: &str) -> Result<(Measure, i64)> {
    let m = find(db, reference)?;
    let values = db.execute(
        "DELETE FROM measure_value WHERE period_id IN (SELECT id FROM measure_period WHERE measure_id = ?1)",
        [m.id],
    )? as i64;
    db.execute("DELETE FROM measure_period WHERE measure_id = ?1", [m.id])?;
    db.execute("DELETE FROM measure WHERE id = ?1", [m.id])?;
    Ok((m, values))
}

/// Where `measure import` finds its values.
#[derive(Debug, Clone)]
pub struct Columns<'a> {
    pub period: &'a str,
    pub code: &'a str,
    pub numerator: &'a str,
    /// None: the register's list size is the denominator.
    pub denominator: Option<&'a str>,
    pub delimiter: u8,
    pub decimal_comma: bool,
}

/// What an import kept and skipped.
#[derive(Debug, Clone, Default)]
pub struct Imported {
    pub measure: String,
    pub period: String,
    /// Practices with a value (one per code).
    pub kept: usize,
    /// Of which, practices in the register.
    pub in_register: usize,
    /// Rows skipped: no practice code.
    pub no_code: usize,
    /// Rows skipped: a numerator or denominator empty, `NA`, `nan` or `:` (or a
    /// denominator of 0).
    pub missing: usize,
    /// Rows skipped: a practice outside the register, with no denominator column.
    pub outside: usize,
    /// Rows that repeat another with the same values.
    pub duplicates: usize,
    /// The period was imported before and is replaced.
    pub replaced: bool,
    /// Practices kept with a denominator under 1,000 (left out of the reference).
    pub small: usize,
}

impl Imported {
    /// A warning when most denominators are too small to be list sizes: thousands
    /// grouped with dots (`15.057`) read without `--decimal-comma`, or the wrong column.
    pub fn warning(&self) -> Option<String> {
        (self.small * 2 > self.kept).then(|| {
            format!(
                "{} of {} denominators are under 1,000, too small for the reference rate: \
                 if the file groups thousands with dots (15.057), import it with --decimal-comma",
                self.small, self.kept
            )
        })
    }

    pub fn line(&self) -> String {
        let mut skipped = Vec::new();
        for (n, why) in [
            (self.missing, "with no value"),
            (self.no_code, "with no practice code"),
            (self.outside, "of practices outside the register"),
            (self.duplicates, "repeating another"),
        ] {
            if n > 0 {
                skipped.push(format!("{n} {why}"));
            }
        }
        format!(
            "{} {}: {} practice(s), {} in the register{}; skipped {}",
            self.measure,
            self.period,
            self.kept,
            self.in_register,
            if self.replaced { " (replacing the earlier import)" } else { "" },
            if skipped.is_empty() { "none".to_string() } else { skipped.join(", ") },
        )
    }
}

/// A number as a national file writes it: `94138.0`, or with `decimal_comma`,
/// `15.057` (15,057) and `2,42` (2.42). None for a missing value (empty, `NA`, `nan`,
/// `:`); a negative or unreadable number is exit 3.
pub fn parse_value(text: &str, decimal_comma: bool) -> std::result::Result<Option<f64>, String> {
    let t = text.trim();
    if t.is_empty() || t == ":" || t.eq_ignore_ascii_case("na") || t.eq_ignore_ascii_case("nan") {
        return Ok(None);
    }
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = match (decimal_comma, t.split_once(if decimal_comma { ',' } else { '.' })) {
        (_, Some((w, f))) => (w, Some(f)),
        (_, None) => (t, None),
    };
    let whole_ok = if decimal_comma {
        // Thousands grouped by dots: 1.234.567, each group after the first of three digits.
        let mut groups = whole.split('.');
        let first = groups.next().unwrap_or("");
        digits(first) && groups.all(|g| g.len() == 3 && digits(g))
    } else {
        digits(whole)
    };
    if !whole_ok || fraction.is_some_and(|f| !digits(f)) {
        let hint = if !decimal_comma && t.contains(',') {
            "; with a decimal comma, add --decimal-comma"
        } else if t.starts_with('-') {
            "; a count is never negative"
        } else {
            ""
        };
        return Err(format!("{t:?} is not a number{hint}"));
    }
    let plain = format!("{}.{}", whole.replace('.', ""), fraction.unwrap_or("0"));
    plain.parse::<f64>().map(Some).map_err(|_| format!("{t:?} is not a number"))
}

/// `measure import`: one value per practice code for the period, all or nothing,
/// replacing an earlier import of the same period.
pub fn import(db: &Write, measure: &Measure, input: impl std::io::Read, file: &str, c: &Columns) -> Result<Imported> {
    let period = crate::text::line(c.period, "a period", 20, "--period", &[])?;
    let lower = |s: &str| s.trim().to_ascii_lowercase();
    let (code_col, num_col, den_col) = (lower(c.code), lower(c.numerator), c.denominator.map(lower));
    let mut required = vec![code_col.as_str(), num_col.as_str()];
    required.extend(den_col.as_deref());
    // The register's practices with their list sizes.
    let register: HashMap<String, Option<i64>> = db
        .query("SELECT code, list_size FROM practice", (), |r| Ok((r.get("code")?, r.get("list_size")?)))?
        .into_iter()
        .collect();
    let mut summary = Imported { measure: measure.name.clone(), period: period.clone(), ..Default::default() };
    let mut values: BTreeMap<String, (f64, f64, u64)> = BTreeMap::new();
    let number = |text: Option<&str>, column: &str, line: u64, code: &str| -> Result<Option<f64>> {
        parse_value(text.unwrap_or(""), c.decimal_comma)
            .map_err(|why| Error::invalid(format!("{why} (practice {code})")).at(format!("{file}:{line}, {column}")))
    };
    // Read as it arrives: a national file can be hundreds of megabytes.
    crate::csvin::with_header_from(input, file, c.delimiter, &required, |line, row| {
        let code = row.get(&code_col).unwrap_or("").to_ascii_uppercase();
        if code.is_empty() {
            summary.no_code += 1;
            return Ok(());
        }
        let Some(numerator) = number(row.get(&num_col), c.numerator, line, &code)? else {
            summary.missing += 1;
            return Ok(());
        };
        let denominator = match (&den_col, c.denominator) {
            (Some(col), Some(name)) => number(row.get(col), name, line, &code)?,
            _ => match register.get(&code) {
                None => {
                    summary.outside += 1;
                    return Ok(());
                }
                Some(list_size) => list_size.map(|n| n as f64),
            },
        };
        let Some(denominator) = denominator.filter(|d| *d > 0.0) else {
            summary.missing += 1;
            return Ok(());
        };
        match values.get(&code) {
            Some(&(n, d, _)) if n == numerator && d == denominator => summary.duplicates += 1,
            Some(&(n, d, first)) => {
                return Err(Error::invalid(format!(
                    "practice {code} appears twice with different values: {n}/{d} at line {first}, \
                     {numerator}/{denominator} here"
                ))
                .at(format!("{file}:{line}, {}", c.code))
                .with_hint("keep one row a practice; the same row twice is taken once"));
            }
            None => {
                values.insert(code, (numerator, denominator, line));
            }
        }
        Ok(())
    })?;
    if values.is_empty() {
        return Err(Error::invalid(format!("no row of {file} has a practice code and values"))
            .at(file.to_string())
            .with_hint("check --code-column, --numerator-column and --denominator-column"));
    }
    summary.kept = values.len();
    summary.small = values.values().filter(|v| v.1 < MIN_REFERENCE).count();
    summary.in_register = values.keys().filter(|code| register.contains_key(*code)).count();
    let earlier: Option<i64> = db.value_opt(
        "SELECT id FROM measure_period WHERE measure_id = ?1 AND period = ?2",
        crate::params![measure.id, period],
    )?;
    if let Some(id) = earlier {
        db.execute("DELETE FROM measure_value WHERE period_id = ?1", [id])?;
        db.execute("DELETE FROM measure_period WHERE id = ?1", [id])?;
        summary.replaced = true;
    }
    let at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let period_id = db.insert(
        "INSERT INTO measure_period (measure_id, period, imported_at, file) VALUES (?1, ?2, ?3, ?4) RETURNING id",
        crate::params![measure.id, period, at, file],
    )?;
    let rows: Vec<&dyn crate::store::ToValue> =
        values.iter().flat_map(|(code, (n, d, _))| [&period_id as &dyn crate::store::ToValue, code, n, d]).collect();
    db.insert_rows("INSERT INTO measure_value (period_id, practice_code, numerator, denominator)", 4, &rows)?;
    Ok(summary)
}

/// Where a practice's rate falls against the funnel limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    High998,
    High95,
    Low95,
    Low998,
}

impl Signal {
    pub fn as_str(self) -> &'static str {
        match self {
            Signal::High998 => "high 99.8%",
            Signal::High95 => "high 95%",
            Signal::Low95 => "low 95%",
            Signal::Low998 => "low 99.8%",
        }
    }
}

/// The reference population of a period: its rate p0 (a proportion) and the
/// over-dispersion factor φ, from which the limits at any denominator follow.
#[derive(Debug, Clone, Copy)]
pub struct Funnel {
    pub p0: f64,
    pub phi: f64,
}

/// The limits at a denominator, as proportions: lower and upper 95%, lower and upper
/// 99.8%.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub lower_95: f64,
    pub upper_95: f64,
    pub lower_998: f64,
    pub upper_998: f64,
}

impl Funnel {
    /// The method (README, report benchmark): p0 = Σy ÷ Σn over the rows with n of at least 1,000; each row's z-score
    /// against p0, winsorised at the 10th and 90th percentiles; φ the mean of their
    /// squares, at least 1. None without such a row, or with p0 of 0.
    pub fn of(rows: &[(f64, f64)]) -> Option<Funnel> {
        let reference: Vec<(f64, f64)> = rows.iter().copied().filter(|(_, n)| *n >= MIN_REFERENCE).collect();
        let (y, n) = reference.iter().fold((0.0, 0.0), |(y, n), r| (y + r.0, n + r.1));
        if reference.is_empty() || y <= 0.0 {
            return None;
        }
        let p0 = y / n;
        let mut z: Vec<f64> = reference.iter().map(|(y, n)| (y / n - p0) / (p0 / n).sqrt()).collect();
        z.sort_by(f64::total_cmp);
        let k = z.len();
        let low = z[k / 10];
        let high = z[(9 * k).div_ceil(10) - 1];
        let phi = z.iter().map(|z| z.clamp(low, high).powi(2)).sum::<f64>() / k as f64;
        Some(Funnel { p0, phi: phi.max(1.0) })
    }

    pub fn limits(&self, n: f64) -> Limits {
        let se = (self.phi * self.p0 / n).sqrt();
        Limits {
            lower_95: (self.p0 - Z_95 * se).max(0.0),
            upper_95: self.p0 + Z_95 * se,
            lower_998: (self.p0 - Z_998 * se).max(0.0),
            upper_998: self.p0 + Z_998 * se,
        }
    }

    /// The signal of a rate y/n: outside the 99.8% limits, else outside the 95%.
    pub fn signal(&self, y: f64, n: f64) -> Option<Signal> {
        let (rate, l) = (y / n, self.limits(n));
        if rate > l.upper_998 {
            Some(Signal::High998)
        } else if rate > l.upper_95 {
            Some(Signal::High95)
        } else if rate < l.lower_998 {
            Some(Signal::Low998)
        } else if rate < l.lower_95 {
            Some(Signal::Low95)
        } else {
            None
        }
    }
}

/// One register practice in `report benchmark`.
#[derive(Debug, Clone)]
pub struct Compared {
    pub code: String,
    pub name: String,
    pub locality: Option<String>,
    pub numerator: f64,
    pub denominator: f64,
    /// Pooled over the open register practices of its locality with a value.
    pub locality_rate: Option<f64>,
    pub limits: Limits,
    pub signal: Option<Signal>,
}

/// `report benchmark`: the period's funnel, and the open register practices with a
/// value (of one locality, or all), by code. Rates are proportions; the view scales
/// them per N.
#[derive(Debug, Clone)]
pub struct Benchmark {
    pub measure: Measure,
    pub period: String,
    pub funnel: Funnel,
    /// Pooled over every open register practice with a value.
    pub group_rate: Option<f64>,
    /// Every imported row with a denominator of at least 1,000: (numerator, denominator).
    pub reference: Vec<(f64, f64)>,
    pub practices: Vec<Compared>,
}

pub fn benchmark(db: &Db, measure: &Measure, period: Option<&str>, locality: Option<i64>) -> Result<Benchmark> {
    let chosen: Option<(i64, String)> = match period {
        Some(p) => db.first(
            "SELECT id, period FROM measure_period WHERE measure_id = ?1 AND lower(period) = lower(?2)",
            crate::params![measure.id, p.trim()],
            |r| Ok((r.get("id")?, r.get("period")?)),
        )?,
        None => db.first(
            "SELECT id, period FROM measure_period WHERE measure_id = ?1 ORDER BY id DESC LIMIT 1",
            [measure.id],
            |r| Ok((r.get("id")?, r.get("period")?)),
        )?,
    };
    let Some((period_id, period)) = chosen else {
        let periods: Vec<String> =
            db.query("SELECT period FROM measure_period WHERE measure_id = ?1 ORDER BY id", [measure.id], |r| {
                r.get("period")
            })?;
        let hint = if periods.is_empty() {
            format!("`engage measure import {} FILE --period P ...` imports one", measure.name)
        } else {
            format!("its periods: {}", periods.join(", "))
        };
        let what = period.map_or_else(|| "no values".to_string(), |p| format!("no values for period {p:?}"));
        return Err(Error::not_found(format!("measure {} has {what}", measure.name)).with_hint(hint));
    };
    let all: Vec<(f64, f64)> =
        db.query("SELECT numerator, denominator FROM measure_value WHERE period_id = ?1", [period_id], |r| {
            Ok((r.get("numerator")?, r.get("denominator")?))
        })?;
    let funnel = Funnel::of(&all).ok_or_else(|| {
        Error::invalid(format!(
            "measure {} {period} has no practice with a denominator of 1,000 or more and a count above 0",
            measure.name
        ))
        .with_hint("the reference rate needs practices of a real size; import the national file")
    })?;
    let reference = all.into_iter().filter(|(_, n)| *n >= MIN_REFERENCE).collect();
    type Row = (String, String, Option<i64>, Option<String>, f64, f64);
    // The register's practices open in the period, where the period names its days (a
    // practice that closed since keeps its row); else those open today.
    let (from, to) = crate::dates::span_of(&period).unzip();
    let open: Vec<Row> = db.query(
        "SELECT p.code, p.name, p.locality_id, l.name AS locality, v.numerator, v.denominator
               FROM measure_value v JOIN practice p ON p.code = v.practice_code
               LEFT JOIN locality l ON l.id = p.locality_id
              WHERE v.period_id = ?1
                AND (p.status = 'open' OR p.close_date >= ?2)
                AND (?3 IS NULL OR p.open_date IS NULL OR p.open_date <= ?3)
              ORDER BY p.code",
        crate::params![period_id, from, to],
        |r| {
            Ok((
                r.get("code")?,
                r.get("name")?,
                r.get("locality_id")?,
                r.get("locality")?,
                r.get("numerator")?,
                r.get("denominator")?,
            ))
        },
    )?;
    // Each practice in the locality it had at the period's end, where the period names
    // its days (else the one it has now).
    let open: Vec<Row> = match to {
        None => open,
        Some(end) => {
            let places = crate::practice::localities(db)?;
            let names: HashMap<i64, String> = crate::locality::names(db)?;
            open.into_iter()
                .map(|mut r| {
                    if let Some(t) = places.get(&r.0) {
                        let then = *t.on(end);
                        (r.2, r.3) = (Some(then), names.get(&then).cloned());
                    }
                    r
                })
                .collect()
        }
    };
    // Σ counts and Σ patients: over the register, and per locality, in one pass.
    let mut sums: HashMap<Option<i64>, (f64, f64)> = HashMap::new();
    let mut all = (0.0, 0.0);
    for r in &open {
        let s = sums.entry(r.2).or_default();
        *s = (s.0 + r.4, s.1 + r.5);
        all = (all.0 + r.4, all.1 + r.5);
    }
    let rate = |(y, n): (f64, f64)| (n > 0.0).then(|| y / n);
    let group_rate = rate(all);
    let practices = open
        .iter()
        .filter(|r| locality.is_none() || r.2 == locality)
        .map(|r| Compared {
            code: r.0.clone(),
            name: r.1.clone(),
            locality: r.3.clone(),
            numerator: r.4,
            denominator: r.5,
            locality_rate: r.2.and_then(|_| rate(sums[&r.2])),
            limits: funnel.limits(r.5),
            signal: funnel.signal(r.4, r.5),
        })
        .collect();
    Ok(Benchmark { measure: measure.clone(), period, funnel, group_rate, reference, practices })
}

/// A period of a measure: its funnel, and the values (numerator, denominator) of the
/// register's practices, by code.
#[derive(Debug, Clone)]
pub struct PeriodValues {
    pub period: String,
    pub funnel: Funnel,
    pub values: HashMap<String, (f64, f64)>,
}

/// Every period imported of a measure, oldest first, with the values of the practices
/// among `register` (in one question however many periods). A period with no reference
/// rate (no practice of 1,000 patients or more) is left out.
pub fn periods(db: &Db, measure: &Measure, register: &std::collections::HashSet<String>) -> Result<Vec<PeriodValues>> {
    // Each period with every row's values (for its funnel) and the register's.
    type Period = (String, Vec<(f64, f64)>, HashMap<String, (f64, f64)>);
    let mut rows: Vec<Period> = Vec::new();
    db.each(
        "SELECT mp.period, v.practice_code, v.numerator, v.denominator
           FROM measure_value v JOIN measure_period mp ON mp.id = v.period_id
          WHERE mp.measure_id = ?1 ORDER BY mp.id",
        [measure.id],
        |r| {
            let period: String = r.get("period")?;
            if rows.last().is_none_or(|(p, _, _)| *p != period) {
                rows.push((period, Vec::new(), HashMap::new()));
            }
            let last = rows.last_mut().expect("a period");
            let (code, y, n): (String, f64, f64) =
                (r.get("practice_code")?, r.get("numerator")?, r.get("denominator")?);
            last.1.push((y, n));
            if register.contains(&code) {
                last.2.insert(code, (y, n));
            }
            Ok(())
        },
    )?;
    Ok(rows
        .into_iter()
        .filter_map(|(period, all, values)| Some(PeriodValues { funnel: Funnel::of(&all)?, period, values }))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_national_files_write_them() {
        assert_eq!(parse_value("94138.0", false), Ok(Some(94138.0)));
        assert_eq!(parse_value(" 12 ", false), Ok(Some(12.0)));
        assert_eq!(parse_value("15.057", true), Ok(Some(15057.0)));
        assert_eq!(parse_value("2,42", true), Ok(Some(2.42)));
        assert_eq!(parse_value("1.234.567,5", true), Ok(Some(1234567.5)));
        assert_eq!(parse_value("0,5", true), Ok(Some(0.5)));
        for missing in ["", "NA", "nan", ":", " na "] {
            assert_eq!(parse_value(missing, false), Ok(None), "{missing:?}");
            assert_eq!(parse_value(missing, true), Ok(None), "{missing:?}");
        }
        for bad in ["12a", "-3", "1e5", "1.2.3", ".5", "5."] {
            assert!(parse_value(bad, false).is_err(), "{bad:?}");
        }
        for bad in ["15.05", "1,2,3", "12.3456", "x"] {
            assert!(parse_value(bad, true).is_err(), "{bad:?}");
        }
        assert!(parse_value("2,42", false).unwrap_err().contains("--decimal-comma"));
    }

    #[test]
    fn funnel_by_hand() {
        // Ten practices of 10,000 patients; p0 = 1,100 / 100,000 = 0.011.
        let counts = [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 200.0];
        let rows: Vec<(f64, f64)> = counts.iter().map(|y| (*y, 10_000.0)).chain([(50.0, 999.0)]).collect();
        let f = Funnel::of(&rows).unwrap();
        assert!((f.p0 - 0.011).abs() < 1e-12);
        // z = (0.01 - 0.011) / sqrt(0.011 / 10000) = -0.953463 for nine, 8.581163 for one;
        // k = 10: the low value is z[1] and the high z[8], both -0.953463, so every z is
        // that; φ = 0.909091, less than 1, so 1.
        assert_eq!(f.phi, 1.0);
        let l = f.limits(10_000.0);
        let se = (0.011f64 / 10_000.0).sqrt();
        assert!((l.upper_95 - (0.011 + 1.959964 * se)).abs() < 1e-15);
        assert_eq!(f.signal(200.0, 10_000.0), Some(Signal::High998));
        assert_eq!(f.signal(100.0, 10_000.0), None);
        // A lower limit below 0 is 0.
        assert_eq!(f.limits(10.0).lower_998, 0.0);
        // Nothing of 1,000 patients or more: no funnel.
        assert!(Funnel::of(&[(5.0, 999.0)]).is_none());
    }
}
