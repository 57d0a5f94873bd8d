//! Roles held for a period: locality lead, nominated GP, practice lead, board member,
//! project roles. History is never overwritten: an appointment ends, it is not edited.

use crate::store::{Db, ToValue, Write, id_values};
use std::collections::{BTreeSet, HashMap};

use chrono::{Duration, NaiveDate};

use crate::error::{Error, Result};
use crate::person::{self, Person};
use crate::units::Hundredths;
use crate::{locality, practice};

pub const LOCALITY_LEAD: &str = "locality-lead";
pub const NOMINATED_GP: &str = "nominated-gp";
pub const PRACTICE_LEAD: &str = "practice-lead";

/// Where an appointment applies.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    pub locality: Option<String>,
    pub practice: Option<String>,
    pub project_id: Option<i64>,
    /// A nominated GP who is a locum sitting for the practice, not one of its own GPs.
    pub locum: bool,
}

#[derive(Debug, Clone)]
pub struct Appointment {
    pub id: i64,
    pub person: Person,
    pub role: String,
    pub ended: Vec<(i64, String)>,
    /// What the officer should know (a nominated GP paid twice for one meeting).
    pub warnings: Vec<String>,
}

/// Appoints a person to a role from `from` (until `until`, if given). One current
/// locality lead per locality and one current nominated GP per practice: the holder
/// on `from` is ended the day before.
pub fn appoint(
    db: &Write,
    person_ref: &str,
    role: &str,
    scope: &Scope,
    sessions_per_month: Option<Hundredths>,
    from: NaiveDate,
    until: Option<NaiveDate>,
) -> Result<Appointment> {
    let person = person::find(db, person_ref)?;
    let role = crate::text::tag(role);
    if role.is_empty() {
        return Err(Error::invalid(format!("not a role: {role:?} (ROLE)")));
    }
    if let Some(u) = until
        && u < from
    {
        return Err(Error::invalid(format!("--until {u} is before --from {from} ({})", person.name)));
    }
    if let Some(left) = person.left_on
        && from > left
    {
        return Err(
            Error::invalid(format!("{} left on {left}, before the appointment's start", person.name)).at("--from")
        );
    }
    let locality_id = scope.locality.as_deref().map(|l| locality::find(db, l)).transpose()?.map(|l| l.id);
    let mut practice_code = scope.practice.as_deref().map(|c| practice::get(db, c)).transpose()?.map(|p| p.code);
    let exclusive = match role.as_str() {
        LOCALITY_LEAD => {
            if locality_id.is_none() {
                return Err(Error::invalid(format!("a locality lead needs --locality ({})", person.name)));
            }
            true
        }
        NOMINATED_GP | PRACTICE_LEAD => {
            if practice_code.is_none() {
                practice_code = person.practice_code.clone();
            }
            if practice_code.is_none() {
                return Err(Error::invalid(format!("a {role} needs --practice ({} has no practice)", person.name)));
            }
            role == NOMINATED_GP
        }
        _ => false,
    };
    if matches!(role.as_str(), LOCALITY_LEAD | NOMINATED_GP) && !person.role.is_gp() {
        return Err(Error::invalid(format!(
            "a {role} must be a GP; {} is a {} (person {})",
            person.name,
            person.role.as_str(),
            person.id
        )));
    }
    if scope.locum && role != NOMINATED_GP {
        return Err(Error::invalid(format!("--locum applies to a nominated-gp only, not a {role} (--locum)")));
    }
    let mut warnings = Vec::new();
    if role == NOMINATED_GP {
        let code = practice_code.as_deref().expect("a nominated GP's practice");
        nominated_gp_fits(db, &person, code, from, until, scope.locum)?;
        if sessions_per_month.is_some()
            && let Some(w) = paid_twice(db, &person, code, from, until)?
        {
            warnings.push(w);
        }
    }
    let mut ended = Vec::new();
    if exclusive {
        let stmt = "SELECT a.id, p.name, a.from_date FROM appointment a JOIN person p ON p.id = a.person_id
              WHERE a.role = ?1 AND (a.locality_id = ?2 OR (a.locality_id IS NULL AND ?2 IS NULL))
                AND (a.practice_code = ?3 OR (a.practice_code IS NULL AND ?3 IS NULL))
                AND a.from_date <= ?4 AND (a.until_date IS NULL OR a.until_date >= ?4)";
        let holders: Vec<(i64, String, NaiveDate)> =
            db.query(stmt, crate::params![role, locality_id, practice_code, from], |r| {
                Ok((r.get("id")?, r.get("name")?, r.get("from_date")?))
            })?;
        for (id, name, their_from) in holders {
            if their_from >= from {
                return Err(Error::conflict(format!(
                    "{name} holds this {role} from {their_from} already (appointment {id})"
                ))
                .with_hint(format!("end it first with `engage person unappoint {id}`, or appoint from a later date")));
            }
            touch(db, &[id])?;
            db.execute("UPDATE appointment SET until_date = ?1 WHERE id = ?2", (from - Duration::days(1), id))?;
            ended.push((id, name));
        }
        let later: Option<(i64, String)> = db.first(
            "SELECT a.id, p.name FROM appointment a JOIN person p ON p.id = a.person_id
                  WHERE a.role = ?1 AND (a.locality_id = ?2 OR (a.locality_id IS NULL AND ?2 IS NULL))
                AND (a.practice_code = ?3 OR (a.practice_code IS NULL AND ?3 IS NULL)) AND a.from_date > ?4
                  ORDER BY a.from_date LIMIT 1",
            crate::params![role, locality_id, practice_code, from],
            |r| Ok((r.get("id")?, r.get("name")?)),
        )?;
        if let Some((id, name)) = later {
            return Err(Error::conflict(format!("{name} is appointed to this {role} later on (appointment {id})")));
        }
    }
    let id = db.insert(
        "INSERT INTO appointment (person_id, role, locality_id, practice_code, project_id, sessions_per_month,
                                  from_date, until_date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
        crate::params![person.id, role, locality_id, practice_code, scope.project_id, sessions_per_month, from, until],
    )?;
    db.touch_appointment(id);
    Ok(Appointment { id, person, role, ended, warnings })
}

/// The meetings whose paid GP appointments decide: for a nominated GP, the meetings in
/// its range where someone sat for its practice.
pub fn covered_meetings(db: &Db, ids: &[i64]) -> Result<Vec<i64>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let stmt = format!(
        "SELECT DISTINCT a.meeting_id FROM appointment n
               JOIN attendance a ON a.for_practice = n.practice_code
               JOIN meeting m ON m.id = a.meeting_id
              WHERE n.id IN {} AND n.role = 'nominated-gp'
                AND m.date >= n.from_date AND (n.until_date IS NULL OR m.date <= n.until_date)",
        crate::store::value_rows(1, ids.len(), 0)
    );
    db.query(&stmt, id_values(ids).as_slice(), |r| r.get("meeting_id"))
}

/// Notes, before appointments change or go, that their session lines follow and that
/// the meetings they covered as nominated GP may pay someone else (those they cover
/// after are found when the lines are re-derived).
pub(crate) fn touch(db: &Write, ids: &[i64]) -> Result<()> {
    db.touch_meetings(covered_meetings(db, ids)?);
    for &id in ids {
        db.touch_appointment(id);
    }
    Ok(())
}

/// A nominated GP is one of the practice's GPs on every day of the appointment (as
/// their history has it), or, with `locum`, a GP sitting for it (exit 3 otherwise).
fn nominated_gp_fits(
    db: &Db,
    person: &Person,
    code: &str,
    from: NaiveDate,
    until: Option<NaiveDate>,
    locum: bool,
) -> Result<()> {
    for period in crate::person::periods(db, person)? {
        let overlaps =
            period.from.is_none_or(|f| until.is_none_or(|u| f <= u)) && period.until.is_none_or(|u| u >= from);
        let fits = period.facts.role.is_gp() && (locum || period.facts.practice_code.as_deref() == Some(code));
        if overlaps && !fits {
            let on = period.from.map_or(from, |f| f.max(from));
            let was = match &period.facts.practice_code {
                Some(p) => format!("a {} at {p}", period.facts.role.as_str()),
                None => format!("a {} with no practice", period.facts.role.as_str()),
            };
            return Err(Error::invalid(format!(
                "{} is {was} on {on}: a nominated GP is one of the practice's GPs ({code}, --from)",
                person.name
            ))
            .with_hint(if period.facts.role.is_gp() {
                "for a locum sitting for the practice, add --locum".to_string()
            } else {
                "appoint one of the practice's GPs".to_string()
            }));
        }
    }
    Ok(())
}

/// A warning when a nominated GP paid sessions a month is also paid for the locality
/// meetings of the practice's locality (the monthly session covers the meeting).
fn paid_twice(
    db: &Db,
    person: &Person,
    code: &str,
    from: NaiveDate,
    until: Option<NaiveDate>,
) -> Result<Option<String>> {
    let locality_on = crate::history::locality_on("?1", "?2");
    let paying: i64 = db.value(
        &format!(
            "SELECT count(*) FROM meeting m
              WHERE m.kind = 'locality' AND m.status = 'scheduled' AND m.sessions > 0
                AND m.locality_id = {locality_on} AND m.date >= ?2 AND (?3 IS NULL OR m.date <= ?3)"
        ),
        crate::params![code, from, until],
    )?;
    Ok((paying > 0).then(|| {
        format!(
            "{paying} locality meeting(s) of {code}'s locality from {from} pay sessions too: {} would be paid twice              for each one attended (the monthly sessions cover the meeting; `engage meeting add --sessions 0`              or an appointment without --sessions-per-month avoids it)",
            person.name
        )
    }))
}

/// Ends, on the day before each `from`, the appointments of `roles` at a practice (of
/// one person there, or anyone's) that hold on or after it; those that would start on
/// or after it are removed, with their unpaid lines. A paid line that would change
/// refuses the write (exit 5). Gives how many it ended or removed for each, all found
/// in one question.
pub fn end_at_practices(db: &Write, ends: &[(&str, Option<i64>, NaiveDate)], roles: &[&str]) -> Result<Vec<usize>> {
    if ends.is_empty() || roles.is_empty() {
        return Ok(vec![0; ends.len()]);
    }
    let codes: BTreeSet<&str> = ends.iter().map(|(code, _, _)| *code).collect();
    let stmt = format!(
        "SELECT id, person_id, practice_code, from_date, until_date FROM appointment
          WHERE role IN {} AND practice_code IN {} ORDER BY id",
        crate::store::value_rows(1, roles.len(), 0),
        crate::store::value_rows(1, codes.len(), roles.len())
    );
    let mut values: Vec<&dyn ToValue> = roles.iter().map(|r| r as &dyn ToValue).collect();
    values.extend(codes.iter().map(|c| c as &dyn ToValue));
    type Held = (i64, Option<i64>, String, NaiveDate, Option<NaiveDate>);
    let held: Vec<Held> = db.query(&stmt, values.as_slice(), |r| {
        Ok((r.get("id")?, r.get("person_id")?, r.get("practice_code")?, r.get("from_date")?, r.get("until_date")?))
    })?;
    let mut found = Vec::new();
    let mut counts = Vec::new();
    for &(code, person, from) in ends {
        let before = found.len();
        for (id, holder, at, starts, until) in &held {
            if at == code && (person.is_none() || *holder == person) && until.is_none_or(|u| u >= from) {
                found.push((*id, *starts, from));
            }
        }
        counts.push(found.len() - before);
    }
    end_found(db, &found)?;
    Ok(counts)
}

/// Ends found appointments (id, first day, `from`) the day before `from`, or removes
/// those that would start on or after it, with their unpaid lines.
fn end_found(db: &Write, found: &[(i64, NaiveDate, NaiveDate)]) -> Result<()> {
    let (later, begun): (Vec<_>, Vec<_>) = found.iter().copied().partition(|&(_, starts, from)| starts >= from);
    let later: Vec<i64> = later.into_iter().map(|(id, _, _)| id).collect();
    if !later.is_empty() {
        let marks = crate::store::value_rows(1, later.len(), 0);
        let sql = format!("DELETE FROM session_line WHERE appointment_id IN {marks} AND status <> 'paid'");
        db.execute(&sql, id_values(&later).as_slice())?;
        remove_all(db, &later)?;
    }
    let ended: Vec<(i64, NaiveDate)> =
        begun.iter().map(|&(id, _, from)| (id, from.pred_opt().unwrap_or(from))).collect();
    end_each(db, &ended)
}

/// What `unappoint` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unappointed {
    /// Ended on the date.
    Ended,
    /// Removed: it had not started.
    Removed,
}

/// Ends appointment `id` on `date` (default today); one that has not started by today
/// is removed instead, when no date is given.
pub fn unappoint(
    db: &Write,
    id: i64,
    date: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(String, String, Unappointed)> {
    let row: Option<(String, String, NaiveDate, Option<NaiveDate>)> = db.first(
        "SELECT p.name, a.role, a.from_date, a.until_date FROM appointment a JOIN person p ON p.id = a.person_id
              WHERE a.id = ?1",
        [id],
        |r| Ok((r.get("name")?, r.get("role")?, r.get("from_date")?, r.get("until_date")?)),
    )?;
    let (name, role, from, until) = row.ok_or_else(|| Error::not_found(format!("no such appointment: {id} (ID)")))?;
    if date.is_none() && from > today {
        remove(db, id)?;
        return Ok((name, role, Unappointed::Removed));
    }
    let date = date.unwrap_or(today);
    if date < from {
        return Err(Error::invalid(format!(
            "--date {date} is before the appointment began on {from} (appointment {id})"
        )));
    }
    if let Some(u) = until
        && u <= date
    {
        return Err(Error::conflict(format!("appointment {id} already ended on {u} ({name}, {role})")));
    }
    end(db, id, date)?;
    Ok((name, role, Unappointed::Ended))
}

/// Removes an appointment that has earned nothing yet (one that has not started).
pub fn remove(db: &Write, id: i64) -> Result<()> {
    remove_all(db, &[id])
}

/// Removes appointments that have earned nothing (exit 5 naming one that has).
fn remove_all(db: &Write, ids: &[i64]) -> Result<()> {
    let marks = crate::store::value_rows(1, ids.len(), 0);
    let earned: Option<i64> = db.value_opt(
        &format!(
            "SELECT appointment_id FROM session_line WHERE appointment_id IN {marks} ORDER BY appointment_id LIMIT 1"
        ),
        id_values(ids).as_slice(),
    )?;
    if let Some(id) = earned {
        return Err(Error::conflict(format!("appointment {id} has session lines already"))
            .with_hint("end it on a date instead: `engage person unappoint ID --date D`"));
    }
    touch(db, ids)?;
    db.execute(&format!("DELETE FROM appointment WHERE id IN {marks}"), id_values(ids).as_slice())?;
    Ok(())
}

/// Ends an appointment on `date`; its accrued session lines follow.
pub fn end(db: &Write, id: i64, date: NaiveDate) -> Result<()> {
    end_all(db, &[id], date)
}

/// Ends appointments on `date` (one that starts after it, on the day it starts).
pub fn end_all(db: &Write, ids: &[i64], date: NaiveDate) -> Result<()> {
    end_each(db, &ids.iter().map(|&id| (id, date)).collect::<Vec<_>>())
}

/// Ends each appointment on its day (one that starts after it, on the day it starts);
/// their accrued session lines follow.
fn end_each(db: &Write, ends: &[(i64, NaiveDate)]) -> Result<()> {
    touch(db, &ends.iter().map(|(id, _)| *id).collect::<Vec<_>>())?;
    let values: Vec<&dyn ToValue> = ends.iter().flat_map(|(id, day)| -> [&dyn ToValue; 2] { [id, day] }).collect();
    let set = "until_date = CASE WHEN appointment.from_date > v.column2 THEN appointment.from_date ELSE v.column2 END";
    db.update_rows(("appointment", &["id"]), set, 2, &values)?;
    Ok(())
}

/// An appointment with the names a list shows.
#[derive(Debug, Clone)]
pub struct Listed {
    pub id: i64,
    pub person_id: i64,
    pub person_name: String,
    pub role: String,
    pub locality: Option<String>,
    pub practice_code: Option<String>,
    pub project: Option<String>,
    pub sessions_per_month: Option<Hundredths>,
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
}

/// Appointments by start date, of one person or everyone; `current` keeps those in
/// force today.
pub fn list(db: &Db, person_id: Option<i64>, current: bool, today: NaiveDate) -> Result<Vec<Listed>> {
    let stmt = "SELECT a.id, a.person_id, p.name, a.role, l.name AS locality, a.practice_code, pr.name AS project, a.sessions_per_month,
                a.from_date, a.until_date
           FROM appointment a JOIN person p ON p.id = a.person_id
           LEFT JOIN locality l ON l.id = a.locality_id
           LEFT JOIN project pr ON pr.id = a.project_id
          WHERE (?1 IS NULL OR a.person_id = ?1)
            AND (?2 = 0 OR (a.from_date <= ?3 AND (a.until_date IS NULL OR a.until_date >= ?3)))
          ORDER BY a.from_date, a.id";
    let rows = db.query(stmt, crate::params![person_id, current, today], |r| {
        Ok(Listed {
            id: r.get("id")?,
            person_id: r.get("person_id")?,
            person_name: r.get("name")?,
            role: r.get("role")?,
            locality: r.get("locality")?,
            practice_code: r.get("practice_code")?,
            project: r.get("project")?,
            sessions_per_month: r.get("sessions_per_month")?,
            from: r.get("from_date")?,
            until: r.get("until_date")?,
        })
    })?;
    Ok(rows)
}

/// The name of whoever holds `role` for a locality or practice on `date`.
pub fn holder(
    db: &Db,
    role: &str,
    locality_id: Option<i64>,
    practice_code: Option<&str>,
    date: NaiveDate,
) -> Result<Option<String>> {
    Ok(holder_id(db, role, locality_id, practice_code, date)?.map(|(_, name)| name))
}

/// The id and name of whoever holds `role` for a locality or practice on `date`.
pub fn holder_id(
    db: &Db,
    role: &str,
    locality_id: Option<i64>,
    practice_code: Option<&str>,
    date: NaiveDate,
) -> Result<Option<(i64, String)>> {
    // One statement per scope, so that each can use its index.
    let scope = match (locality_id, practice_code) {
        (Some(_), _) => "a.locality_id = ?2",
        (None, Some(_)) => "a.practice_code = ?3",
        (None, None) => "?2 IS NULL AND ?3 IS NULL",
    };
    // The latest start wins, then the latest appointment.
    let sql = format!(
        "SELECT p.id, p.name
           FROM appointment a JOIN person p ON p.id = a.person_id
          WHERE {scope} AND a.role = ?1 AND a.from_date <= ?4 AND (a.until_date IS NULL OR a.until_date >= ?4)
          ORDER BY a.from_date DESC, a.id DESC LIMIT 1"
    );
    db.first(&sql, crate::params![role, locality_id, practice_code, date], |r| Ok((r.get("id")?, r.get("name")?)))
}

/// Who holds a role: the person's id and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub person_id: i64,
    pub name: String,
}

/// Everyone holding each of `roles` on `date`, by practice code (or by locality id, as
/// text, for locality roles): one query for a whole report instead of one per practice.
pub fn holders<const N: usize>(db: &Db, roles: [&str; N], date: NaiveDate) -> Result<[HashMap<String, Holder>; N]> {
    Ok(holders_on(db, roles, &[date])?.remove(&date).unwrap_or_else(|| std::array::from_fn(|_| HashMap::new())))
}

/// [`holders`] on each of several dates, in one query.
pub fn holders_on<const N: usize>(
    db: &Db,
    roles: [&str; N],
    dates: &[NaiveDate],
) -> Result<HashMap<NaiveDate, [HashMap<String, Holder>; N]>> {
    let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) else {
        return Ok(HashMap::new());
    };
    let dates: BTreeSet<NaiveDate> = dates.iter().copied().collect();
    let stmt = format!(
        "SELECT a.role, coalesce(a.practice_code, CAST(a.locality_id AS TEXT)) AS scope, p.id AS person_id, p.name,
                a.from_date, a.until_date, a.id
           FROM appointment a JOIN person p ON p.id = a.person_id
          WHERE a.role IN {} AND a.from_date <= ?2 AND (a.until_date IS NULL OR a.until_date >= ?1)
            AND (a.practice_code IS NOT NULL OR a.locality_id IS NOT NULL)",
        crate::store::value_rows(1, N, 2)
    );
    let mut params: Vec<&dyn ToValue> = vec![first, last];
    params.extend(roles.iter().map(|r| r as &dyn ToValue));
    // Per date, role and scope, the latest start (then the latest appointment), as
    // `holder` picks; compared here rather than sorted by the database.
    type Latest = HashMap<String, (NaiveDate, i64, Holder)>;
    let mut latest: HashMap<NaiveDate, [Latest; N]> = HashMap::new();
    db.each(&stmt, params.as_slice(), |r| {
        let role: String = r.get("role")?;
        let Some(i) = roles.iter().position(|&w| w == role) else { return Ok(()) };
        let (from, until): (NaiveDate, Option<NaiveDate>) = (r.get("from_date")?, r.get("until_date")?);
        let (key, id): (String, i64) = (r.get("scope")?, r.get("id")?);
        for &date in dates.range(from..).take_while(|&&d| until.is_none_or(|u| d <= u)) {
            let by = &mut latest.entry(date).or_insert_with(|| std::array::from_fn(|_| HashMap::new()))[i];
            match by.get(&key) {
                Some((f, n, _)) if (*f, *n) > (from, id) => {}
                _ => {
                    let holder = Holder { person_id: r.get("person_id")?, name: r.get("name")? };
                    by.insert(key.clone(), (from, id, holder));
                }
            }
        }
        Ok(())
    })?;
    Ok(latest
        .into_iter()
        .map(|(date, by)| (date, by.map(|by| by.into_iter().map(|(key, (_, _, holder))| (key, holder)).collect())))
        .collect())
}

/// A person's current monthly session commitment (hundredths): the sessions per month
/// of their appointments in force on `date`.
/// Everyone's monthly session commitment on `date`, by person (one query for a list).
pub fn sessions_by_person(db: &Db, date: NaiveDate) -> Result<HashMap<i64, Hundredths>> {
    Ok(db
        .query(
            "SELECT person_id, coalesce(sum(sessions_per_month), 0) AS sessions FROM appointment
              WHERE from_date <= ?1 AND (until_date IS NULL OR until_date >= ?1) GROUP BY person_id",
            [date],
            |r| Ok((r.get("person_id")?, r.get("sessions")?)),
        )?
        .into_iter()
        .collect())
}

pub fn sessions_in_month(db: &Db, person_id: i64, date: NaiveDate) -> Result<Hundredths> {
    db.value(
        "SELECT coalesce(sum(sessions_per_month), 0) FROM appointment
              WHERE person_id = ?1 AND from_date <= ?2 AND (until_date IS NULL OR until_date >= ?2)",
        crate::params![person_id, date],
    )
}
