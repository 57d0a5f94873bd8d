//! `publish`: what the group's public pages show, gathered from the register. Only what
//! the register of interests and the group's public papers hold: practices and their
//! representation, localities and their leads, schemes' uptake, commitments and
//! reviews, measures; never an email, phone, GMC number, money paid to a person or a
//! note. The view draws the pages; the command writes them.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::dates::{FinancialYear, Month};
use crate::error::Result;
use crate::interest::Interest;
use crate::measure::Measure;
use crate::report::{self, Period};
use crate::scheme::{self, Commitment, UptakeRow};
use crate::store::Db;

/// The whole site's data.
#[derive(Debug, Clone)]
pub struct Site {
    /// The group's name (the register's `group` setting), if it has one.
    pub group: Option<String>,
    pub fy: FinancialYear,
    /// The days the representation and interests cover: the year to today.
    pub period: Period,
    /// The first of the 12 months of the trends.
    pub first_month: Month,
    pub localities: Vec<LocalityPage>,
    pub practices: Vec<PracticePage>,
    pub interests: Vec<Interest>,
    pub uptake: Vec<UptakeRow>,
    pub measures: Vec<MeasurePeriods>,
}

/// A locality's page.
#[derive(Debug, Clone)]
pub struct LocalityPage {
    /// Its file's name, without `.html`: its code, or its name in lower case with hyphens.
    pub slug: String,
    pub name: String,
    pub lead: Option<String>,
    /// The codes of its practices (open in the year, by the locality at its end).
    pub practices: Vec<String>,
    pub list_size: i64,
    /// Its practices' meetings held and represented in each of the 12 months.
    pub monthly: [(i64, i64); 12],
}

/// A practice's page.
#[derive(Debug, Clone)]
pub struct PracticePage {
    pub code: String,
    pub name: String,
    pub locality: String,
    pub locality_slug: String,
    pub list_size: Option<i64>,
    pub held: i64,
    pub represented: i64,
    /// Its meetings held and represented in each of the 12 months.
    pub monthly: [(i64, i64); 12],
    /// Its schemes: name, commitments (in order) and reviews (day, outcome).
    pub schemes: Vec<PracticeScheme>,
}

#[derive(Debug, Clone)]
pub struct PracticeScheme {
    pub scheme: String,
    pub enrolled: NaiveDate,
    pub withdrawn: Option<NaiveDate>,
    pub commitments: Vec<Commitment>,
    pub reviews: Vec<(NaiveDate, scheme::Outcome)>,
}

/// A measure over the periods imported, oldest first.
#[derive(Debug, Clone)]
pub struct MeasurePeriods {
    pub measure: Measure,
    pub periods: Vec<crate::measure::PeriodValues>,
}

/// Gathers the site for the financial year `fy`, as it stands on `today`.
pub fn gather(db: &Db, group: Option<String>, fy: FinancialYear, today: NaiveDate) -> Result<Site> {
    let period = Period { from: fy.first(), to: fy.last().min(today).max(fy.first()), fy: Some(fy) };
    let engagement = report::engagement(db, period, None, today)?.rows;
    let first_month = engagement.first().map_or(Month::of(period.to), |r| r.first_month);
    // Localities: by name, with a slug each (a code, else the name), and their leads.
    let [leads] = crate::appointment::holders(db, [crate::appointment::LOCALITY_LEAD], period.to)?;
    let mut slugs: HashMap<String, String> = HashMap::new();
    let mut localities: Vec<LocalityPage> = Vec::new();
    for l in crate::locality::list(db)? {
        let mut slug = l.code.clone().unwrap_or_else(|| slug_of(&l.name));
        if slugs.values().any(|s| s.eq_ignore_ascii_case(&slug)) {
            slug = format!("{slug}-{}", l.id);
        }
        slugs.insert(l.name.clone(), slug.clone());
        localities.push(LocalityPage {
            slug,
            lead: leads.get(&l.id.to_string()).map(|h| h.name.clone()),
            name: l.name,
            practices: Vec::new(),
            list_size: 0,
            monthly: [(0, 0); 12],
        });
    }
    let sizes: HashMap<String, Option<i64>> =
        crate::practice::all(db)?.into_iter().map(|p| (p.code.to_string(), p.list_size)).collect();
    let mut practices: Vec<PracticePage> = Vec::new();
    let by_name: HashMap<String, usize> = localities.iter().enumerate().map(|(i, l)| (l.name.clone(), i)).collect();
    for row in engagement {
        let list_size = sizes.get(&row.code).copied().flatten();
        if let Some(l) = by_name.get(&row.locality).map(|&i| &mut localities[i]) {
            l.practices.push(row.code.clone());
            l.list_size += list_size.unwrap_or(0);
            for (total, month) in l.monthly.iter_mut().zip(row.monthly) {
                total.0 += month.0;
                total.1 += month.1;
            }
        }
        practices.push(PracticePage {
            locality_slug: slugs.get(&row.locality).cloned().unwrap_or_default(),
            code: row.code,
            name: row.name,
            locality: row.locality,
            list_size,
            held: row.held,
            represented: row.represented,
            monthly: row.monthly,
            schemes: Vec::new(),
        });
    }
    practices.sort_by(|a, b| a.code.cmp(&b.code));
    add_schemes(db, &mut practices)?;
    let interests = report::interests(db, period, None)?;
    let uptake = scheme::uptake(db, period.from, period.to, today)?;
    let mut measures = Vec::new();
    let register: std::collections::HashSet<String> = practices.iter().map(|p| p.code.clone()).collect();
    for listed in crate::measure::list(db)? {
        let periods = crate::measure::periods(db, &listed.measure, &register)?;
        measures.push(MeasurePeriods { measure: listed.measure, periods });
    }
    Ok(Site { group, fy, period, first_month, localities, practices, interests, uptake, measures })
}

/// Each practice's schemes with their commitments and reviews (the reviews' notes stay
/// in the register).
fn add_schemes(db: &Db, practices: &mut [PracticePage]) -> Result<()> {
    let mut reviews: HashMap<i64, Vec<(NaiveDate, scheme::Outcome)>> = HashMap::new();
    db.each("SELECT enrolment_id, reviewed_on, outcome FROM scheme_review ORDER BY reviewed_on, id", (), |r| {
        reviews.entry(r.get("enrolment_id")?).or_default().push((r.get("reviewed_on")?, r.get("outcome")?));
        Ok(())
    })?;
    let mut commitments = scheme::commitments(db, None)?;
    let mut enrolled = scheme::all_enrolments(db)?;
    for s in scheme::all(db)? {
        for e in enrolled.remove(&s.id).unwrap_or_default() {
            let Ok(i) = practices.binary_search_by(|p| p.code.as_str().cmp(&e.practice_code)) else { continue };
            practices[i].schemes.push(PracticeScheme {
                scheme: s.name.clone(),
                enrolled: e.enrolled,
                withdrawn: e.withdrawn,
                commitments: commitments.remove(&e.id).unwrap_or_default(),
                reviews: reviews.remove(&e.id).unwrap_or_default(),
            });
        }
    }
    Ok(())
}

/// A name as a file name: lower case, words joined by hyphens (`Malvern Hills` is
/// `malvern-hills`).
pub fn slug_of(name: &str) -> String {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    if words.is_empty() { "locality".to_string() } else { words.join("-") }
}
