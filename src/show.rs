//! The records of `practice show` and `person show`: one practice or person with
//! everything the register knows of them, their money this financial year included.
//! They read the facts and the session lines, so they live above both.

use chrono::NaiveDate;
use rusqlite::Connection;

use crate::appointment;
use crate::error::Result;
use crate::output::{Cell, Record};
use crate::{person, practice};

/// `practice show`: everything the register knows of one practice.
pub fn practice(conn: &Connection, code: &str, today: NaiveDate) -> Result<Record> {
    let p = practice::get(conn, code)?;
    let locality: String = conn.query_row("SELECT name FROM locality WHERE id = ?1", [p.locality_id], |r| r.get(0))?;
    let survey = crate::skill::survey_date(conn, &p.code)?;
    // Attendance over the last 12 months, today included.
    let year_ago =
        today.checked_sub_months(chrono::Months::new(12)).expect("a date a year ago") + chrono::Duration::days(1);
    let fy = crate::dates::FinancialYear::containing(today);
    let (fy_sessions, fy_pence) = crate::session::totals(conn, crate::session::Earner::Practice(&p.code), fy)?;
    let attendance = crate::meeting::practice_attendance(conn, &p, year_ago, today)?;
    let merged_from: Vec<String> = conn
        .prepare("SELECT code FROM practice WHERE merged_into = ?1 ORDER BY code")?
        .query_map([&p.code], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let fields = vec![
        ("code", Cell::text(&p.code)),
        ("name", Cell::text(&p.name)),
        ("locality", Cell::text(locality)),
        ("list_size", Cell::opt_int(p.list_size)),
        ("postcode", Cell::opt_text(p.postcode.clone())),
        ("phone", Cell::opt_text(p.phone.clone())),
        ("setting", Cell::opt_text(p.setting.map(|s| s.as_str().to_string()))),
        ("status", Cell::text(if p.open { "open" } else { "closed" })),
        ("open_date", Cell::opt_date(p.open_date)),
        ("close_date", Cell::opt_date(p.close_date)),
        ("address", Cell::opt_text(p.address.clone())),
        ("commissioner", Cell::opt_text(p.commissioner.clone())),
        ("merged_into", Cell::opt_text(p.merged_into.clone())),
        ("merged_from", if merged_from.is_empty() { Cell::Null } else { Cell::text(merged_from.join(" ")) }),
        (
            "nominated_gp",
            Cell::opt_text(appointment::holder(conn, appointment::NOMINATED_GP, None, Some(&p.code), today)?),
        ),
        (
            "named_lead",
            Cell::opt_text(appointment::holder(conn, appointment::PRACTICE_LEAD, None, Some(&p.code), today)?),
        ),
        ("survey_returned", Cell::Bool(survey.is_some())),
        ("survey_returned_on", Cell::opt_date(survey)),
        ("locality_meetings_12m", Cell::Int(attendance.held)),
        ("represented_12m", Cell::Int(attendance.represented)),
        ("last_visit", Cell::opt_date(attendance.last_visit)),
        ("sessions_this_fy", Cell::Sessions(fy_sessions)),
        ("amount_this_fy_gbp", Cell::Money(fy_pence)),
    ];
    let audience = crate::audience::Audience { practice: Some(p.code.to_string()), ..Default::default() };
    let people = crate::audience::select(conn, &audience, today)?;
    Ok(Record { fields, sections: vec![("people", crate::view::facts::people(&people))], trailing: Vec::new() })
}

/// `person show`: the person, their roles, interests and skills.
pub fn person(conn: &Connection, reference: &str, today: NaiveDate) -> Result<Record> {
    let p = person::find(conn, reference)?;
    let fy = crate::dates::FinancialYear::containing(today);
    let (fy_sessions, fy_pence) = crate::session::totals(conn, crate::session::Earner::Person(p.id), fy)?;
    let practice_name: Option<String> = match &p.practice_code {
        Some(code) => Some(conn.query_row("SELECT name FROM practice WHERE code = ?1", [code], |r| r.get(0))?),
        None => None,
    };
    let listed = crate::view::facts::PERSON_COLUMNS.iter().copied().zip(crate::view::facts::person_row(&p));
    let fields = listed
        .chain([
            ("practice_name", Cell::opt_text(practice_name)),
            ("left_on", Cell::opt_date(p.left_on)),
            ("sessions_this_month", Cell::Sessions(crate::appointment::sessions_in_month(conn, p.id, today)?)),
            // Whether briefings reach them: they want them and have an email.
            ("briefings", Cell::Bool(crate::audience::briefings(conn, p.id)? && p.email.is_some())),
            ("sessions_this_fy", Cell::Sessions(fy_sessions)),
            ("amount_this_fy_gbp", Cell::Money(fy_pence)),
        ])
        .collect();
    let sections = vec![
        ("appointments", crate::view::facts::appointments(&crate::appointment::list(conn, Some(p.id), false, today)?)),
        ("interests", crate::view::report::interests(&crate::interest::list(conn, Some(p.id), None)?)),
        ("skills", crate::view::facts::skills_of(&crate::skill::of_person(conn, p.id)?)),
    ];
    Ok(Record { fields, sections, trailing: Vec::new() })
}
