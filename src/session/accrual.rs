//! Appointment lines, month by month.

use chrono::NaiveDate;
use rusqlite::Connection;

use super::lines::accrual;
use crate::dates::Month;
use crate::error::Result;
use crate::units::Hundredths;

/// Creates month M's appointment lines; a month already accrued gains nothing.
/// Returns the lines created.
pub fn accrue(conn: &Connection, month: Month) -> Result<usize> {
    super::rederive(conn)?;
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.person_id, a.role, a.sessions_per_month, a.from_date, a.until_date, pr.name
           FROM appointment a LEFT JOIN project pr ON pr.id = a.project_id
          WHERE a.sessions_per_month > 0 AND a.from_date <= ?2 AND (a.until_date IS NULL OR a.until_date >= ?1)
            AND NOT EXISTS (SELECT 1 FROM session_line l WHERE l.appointment_id = a.id AND l.accrual_month = ?3)
          ORDER BY a.id",
    )?;
    type Due = (i64, i64, String, Hundredths, NaiveDate, Option<NaiveDate>, Option<String>);
    let due: Vec<Due> = stmt
        .query_map(rusqlite::params![month.first(), month.last(), month.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut created = 0;
    for (id, person_id, role, spm, from, until, project) in due {
        if let Some((sessions, work_date)) = accrual(spm, from, until, month) {
            let fund = project.map_or_else(|| role.clone(), |p| format!("project:{p}"));
            conn.prepare_cached(
                "INSERT INTO session_line (person_id, source, reference, fund, work_date, sessions, status,
                                           appointment_id, accrual_month)
                 VALUES (?1, 'appointment', ?2, ?3, ?4, ?5, 'approved', ?6, ?7)",
            )?
            .execute(rusqlite::params![
                person_id,
                role,
                fund,
                work_date,
                sessions,
                id,
                month.to_string()
            ])?;
            created += 1;
        }
    }
    Ok(created)
}
