//! What `practice show` and `person show` gather: one practice or person with
//! everything the register knows of them, their money this financial year included.
//! They read the facts and the session lines, so they live above both.

use crate::store::Db;
use chrono::NaiveDate;

use crate::error::Result;
use crate::units::{Hundredths, Pence};
use crate::{appointment, person, practice};

/// `practice show`: a practice and what the register knows of it.
#[derive(Debug, Clone)]
pub struct PracticeShown {
    pub practice: practice::Practice,
    pub locality: String,
    /// The practices that merged into it.
    pub merged_from: Vec<String>,
    pub nominated_gp: Option<String>,
    pub named_lead: Option<String>,
    pub survey_returned_on: Option<NaiveDate>,
    /// Its locality meetings over the last 12 months, today included.
    pub attendance: crate::meeting::PracticeAttendance,
    pub sessions_this_fy: Hundredths,
    pub amount_this_fy: Pence,
    /// Its people today.
    pub people: Vec<person::Person>,
    /// The GP workforce census that speaks for today, if one was imported.
    pub census: Option<practice::census::Census>,
}

pub fn practice(db: &Db, code: &str, today: NaiveDate) -> Result<PracticeShown> {
    let p = practice::get(db, code)?;
    let locality: String = db.value("SELECT name FROM locality WHERE id = ?1", [p.locality_id])?;
    let year_ago =
        today.checked_sub_months(chrono::Months::new(12)).expect("a date a year ago") + chrono::Duration::days(1);
    let fy = crate::dates::FinancialYear::containing(today);
    let (sessions_this_fy, amount_this_fy) = crate::session::totals(db, crate::session::Earner::Practice(&p.code), fy)?;
    let merged_from: Vec<String> =
        db.query("SELECT code FROM practice WHERE merged_into = ?1 ORDER BY code", [&p.code], |r| r.get("code"))?;
    let audience = crate::audience::Audience { practice: Some(p.code.to_string()), ..Default::default() };
    Ok(PracticeShown {
        locality,
        merged_from,
        nominated_gp: appointment::holder(db, appointment::NOMINATED_GP, None, Some(&p.code), today)?,
        named_lead: appointment::holder(db, appointment::PRACTICE_LEAD, None, Some(&p.code), today)?,
        survey_returned_on: crate::skill::survey_date(db, &p.code)?,
        attendance: crate::meeting::practice_attendance(db, &p, year_ago, today)?,
        sessions_this_fy,
        amount_this_fy,
        people: crate::audience::select(db, &audience, today)?,
        census: practice::census::on(&practice::census::of(db, &p.code)?, today).cloned(),
        practice: p,
    })
}

/// `person show`: a person, their roles, interests and skills.
#[derive(Debug, Clone)]
pub struct PersonShown {
    pub person: person::Person,
    pub practice_name: Option<String>,
    pub sessions_this_month: Hundredths,
    /// Whether briefings reach them: they want them and have an email.
    pub briefings: bool,
    pub sessions_this_fy: Hundredths,
    pub amount_this_fy: Pence,
    pub appointments: Vec<appointment::Listed>,
    pub interests: Vec<crate::interest::Interest>,
    pub skills: Vec<(String, crate::skill::Level)>,
}

pub fn person(db: &Db, reference: &str, today: NaiveDate) -> Result<PersonShown> {
    let p = person::find(db, reference)?;
    let fy = crate::dates::FinancialYear::containing(today);
    let (sessions_this_fy, amount_this_fy) = crate::session::totals(db, crate::session::Earner::Person(p.id), fy)?;
    let practice_name: Option<String> = match &p.practice_code {
        Some(code) => Some(db.value("SELECT name FROM practice WHERE code = ?1", [code])?),
        None => None,
    };
    Ok(PersonShown {
        practice_name,
        sessions_this_month: appointment::sessions_in_month(db, p.id, today)?,
        briefings: crate::audience::briefings(db, p.id)? && p.email.is_some(),
        sessions_this_fy,
        amount_this_fy,
        appointments: appointment::list(db, Some(p.id), false, today)?,
        interests: crate::interest::list(db, Some(p.id), None)?,
        skills: crate::skill::of_person(db, p.id)?,
        person: p,
    })
}

/// A locality as `locality list` and `locality show` give it: its open practices and
/// their patients, its lead today and its next meeting.
#[derive(Debug, Clone)]
pub struct LocalityShown {
    pub locality: crate::locality::Listed,
    pub lead: Option<String>,
    pub next_meeting: Option<NaiveDate>,
}

/// `locality list`, by name.
pub fn localities(db: &Db, today: NaiveDate) -> Result<Vec<LocalityShown>> {
    let [leads] = appointment::holders(db, [appointment::LOCALITY_LEAD], today)?;
    let next = crate::meeting::next_locality_meetings(db, today)?;
    Ok(crate::locality::list(db)?
        .into_iter()
        .map(|locality| LocalityShown {
            lead: leads.get(&locality.id.to_string()).map(|h| h.name.clone()),
            next_meeting: next.get(&locality.id).copied(),
            locality,
        })
        .collect())
}

/// `locality show`: the locality as listed, and its open practices.
pub fn locality(db: &Db, reference: &str, today: NaiveDate) -> Result<(LocalityShown, Vec<practice::Listed>)> {
    let id = crate::locality::find(db, reference)?.id;
    let shown = localities(db, today)?.into_iter().find(|l| l.locality.id == id).expect("the locality is listed");
    let practices = practice::list(db, Some(id), practice::StatusFilter::Open)?;
    Ok((shown, practices))
}
