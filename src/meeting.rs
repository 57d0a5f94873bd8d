//! Meetings: locality meetings and the rest, the year's schedule, who came for which
//! practice, interests declared at them, quorum, and the calendar file.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Duration, NaiveDate, NaiveTime};
use rusqlite::{Connection, OptionalExtension, Row};

use crate::appointment;
use crate::calendar::{self, Rule};
use crate::error::{Error, Result};
use crate::output::{Cell, Record, Table};
use crate::person::{self, Person};
use crate::{locality, practice};

crate::text_enum! {
    /// What sort of meeting it is.
    pub enum Kind {
        Locality = "locality",
        Board = "board",
        PeerGroup = "peer-group",
        DevelopmentDay = "development-day",
        ProtectedLearning = "protected-learning",
        PracticeManagers = "practice-managers",
        PatientForum = "patient-forum",
        /// A roadshow visit to one practice.
        Visit = "visit",
        Other = "other",
    }
}

impl Kind {
    /// Sessions paid to each eligible GP by default: one for a locality meeting.
    pub fn default_sessions(self) -> i64 {
        if self == Kind::Locality { 100 } else { 0 }
    }
}

crate::text_enum! {
    /// How someone took part.
    pub enum Status {
        Attended = "attended",
        Virtual = "virtual",
        Apologies = "apologies",
    }
}

impl Status {
    pub fn present(self) -> bool {
        self != Status::Apologies
    }
}

crate::text_enum! {
    /// What to do when a scheduled date is a bank holiday.
    pub enum OnBankHoliday {
        NextWorkingDay = "next-working-day",
        Skip = "skip",
        Keep = "keep",
    }
}

#[derive(Debug, Clone)]
pub struct Meeting {
    pub id: i64,
    pub kind: Kind,
    pub locality_id: Option<i64>,
    pub locality: Option<String>,
    pub practice_code: Option<String>,
    pub date: NaiveDate,
    pub start: Option<NaiveTime>,
    pub duration_minutes: Option<i64>,
    pub title: Option<String>,
    pub location: Option<String>,
    pub sessions: i64,
    pub quorum: Option<i64>,
    pub cancelled: bool,
    pub cancel_reason: Option<String>,
    pub uid: String,
    pub created_at: String,
    pub sequence: i64,
}

const SELECT: &str = "SELECT m.id, m.kind, m.locality_id, l.name, m.practice_code, m.date, m.start, m.duration_minutes,
        m.title, m.location, m.sessions, m.quorum, m.status, m.cancel_reason, m.uid, m.created_at, m.sequence
   FROM meeting m LEFT JOIN locality l ON l.id = m.locality_id";

impl Meeting {
    fn from_row(r: &Row) -> rusqlite::Result<Meeting> {
        Ok(Meeting {
            id: r.get(0)?,
            kind: r.get(1)?,
            locality_id: r.get(2)?,
            locality: r.get(3)?,
            practice_code: r.get(4)?,
            date: r.get(5)?,
            start: r.get::<_, Option<String>>(6)?.and_then(|s| NaiveTime::parse_from_str(&s, "%H:%M").ok()),
            duration_minutes: r.get(7)?,
            title: r.get(8)?,
            location: r.get(9)?,
            sessions: r.get(10)?,
            quorum: r.get(11)?,
            cancelled: r.get::<_, String>(12)? == "cancelled",
            cancel_reason: r.get(13)?,
            uid: r.get(14)?,
            created_at: r.get(15)?,
            sequence: r.get(16)?,
        })
    }

    /// A short name for messages and session references: `locality meeting 2027-01-12 Evesham`.
    pub fn describe(&self) -> String {
        let what = self.locality.clone().or_else(|| self.title.clone()).or_else(|| self.practice_code.clone());
        format!("{} meeting {}{}", self.kind.as_str(), self.date, what.map(|w| format!(" {w}")).unwrap_or_default())
    }

    fn list_row(&self) -> Vec<Cell> {
        vec![
            Cell::Int(self.id),
            Cell::text(self.kind.as_str()),
            Cell::Date(self.date),
            Cell::opt_text(self.start.map(|t| t.format("%H:%M").to_string())),
            Cell::opt_int(self.duration_minutes),
            Cell::opt_text(self.locality.clone()),
            Cell::opt_text(self.practice_code.clone()),
            Cell::opt_text(self.title.clone()),
            Cell::text(if self.cancelled { "cancelled" } else { "scheduled" }),
            Cell::Sessions(self.sessions),
            Cell::opt_int(self.quorum),
        ]
    }
}

pub const LIST_COLUMNS: &[&str] = &[
    "id",
    "kind",
    "date",
    "start",
    "duration_minutes",
    "locality",
    "practice_code",
    "title",
    "status",
    "sessions",
    "quorum",
];

pub fn get(conn: &Connection, id: i64) -> Result<Meeting> {
    conn.prepare_cached(&format!("{SELECT} WHERE m.id = ?1"))?
        .query_row([id], Meeting::from_row)
        .optional()?
        .ok_or_else(|| {
            Error::not_found(format!("no such meeting: {id} (ID)"))
                .with_hint("`engage meeting list` shows the meetings")
        })
}

/// A meeting id as typed.
pub fn parse_id(text: &str) -> Result<i64> {
    let t = text.trim();
    t.parse::<i64>().ok().filter(|n| *n > 0 && t.bytes().all(|c| c.is_ascii_digit())).ok_or_else(|| {
        Error::invalid(format!("not a meeting id: {text:?} (ID)")).with_hint("a meeting is named by its number")
    })
}

fn check_text(text: &str, what: &str) -> Result<String> {
    let t = text.trim();
    if t.is_empty() || t.chars().count() > 200 || t.chars().any(char::is_control) {
        return Err(Error::invalid(format!("not a {}: {text:?} ({what})", what.trim_start_matches('-'))));
    }
    Ok(t.to_string())
}

/// Everything `meeting add` takes.
#[derive(Debug, Clone)]
pub struct NewMeeting {
    pub kind: Kind,
    pub locality: Option<String>,
    pub practice: Option<String>,
    pub date: NaiveDate,
    pub start: Option<NaiveTime>,
    pub duration_minutes: Option<i64>,
    pub title: Option<String>,
    pub location: Option<String>,
    /// Hundredths; `None` takes the kind's default.
    pub sessions: Option<i64>,
    pub quorum: Option<i64>,
}

pub fn parse_quorum(text: &str) -> Result<i64> {
    let t = text.trim();
    t.parse::<i64>().ok().filter(|n| (1..=1000).contains(n) && t.bytes().all(|c| c.is_ascii_digit())).ok_or_else(|| {
        Error::invalid(format!("not a quorum: {text:?} (--quorum)")).with_hint("a whole number of people, e.g. 4")
    })
}

fn new_uid(conn: &Connection) -> Result<String> {
    // Unique across registers without a random source: the clock, the process and a
    // counter; fixed once written, so re-exporting the calendar keeps every UID.
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let next: i64 = conn.query_row("SELECT coalesce(max(id), 0) + 1 FROM meeting", [], |r| r.get(0))?;
    Ok(format!("{next}-{nanos:x}-{:x}@engage", std::process::id()))
}

fn insert(conn: &Connection, m: &NewMeeting, locality_id: Option<i64>, series_month: Option<String>) -> Result<i64> {
    let uid = new_uid(conn)?;
    let created = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    conn.prepare_cached(
        "INSERT INTO meeting (kind, locality_id, practice_code, date, start, duration_minutes, title, location,
                              sessions, quorum, uid, created_at, series_month)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(rusqlite::params![
        m.kind.as_str(),
        locality_id,
        m.practice,
        m.date,
        m.start.map(|t| t.format("%H:%M").to_string()),
        m.duration_minutes,
        m.title,
        m.location,
        m.sessions.unwrap_or(m.kind.default_sessions()),
        m.quorum,
        uid,
        created,
        series_month,
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Resolves and checks a new meeting's locality and practice.
fn place(conn: &Connection, m: &mut NewMeeting) -> Result<Option<i64>> {
    let mut locality_id = m.locality.as_deref().map(|l| locality::find(conn, l)).transpose()?.map(|l| l.id);
    if let Some(code) = &m.practice {
        let p = practice::get(conn, code)?;
        locality_id = locality_id.or(Some(p.locality_id));
        m.practice = Some(p.code);
    }
    match m.kind {
        Kind::Locality if locality_id.is_none() => {
            Err(Error::invalid("a locality meeting needs --locality (--locality)".to_string()))
        }
        Kind::Visit if m.practice.is_none() => {
            Err(Error::invalid("a visit is to one practice: give --practice (--practice)".to_string()))
        }
        _ => Ok(locality_id),
    }
}

pub fn add(conn: &Connection, mut m: NewMeeting) -> Result<Meeting> {
    m.title = m.title.as_deref().map(|t| check_text(t, "--title")).transpose()?;
    m.location = m.location.as_deref().map(|t| check_text(t, "--location")).transpose()?;
    let locality_id = place(conn, &mut m)?;
    let id = insert(conn, &m, locality_id, None)?;
    get(conn, id)
}

/// One month's outcome of `meeting schedule`.
#[derive(Debug, Clone)]
pub struct Planned {
    pub month: String,
    /// The rule's date.
    pub rule_date: NaiveDate,
    /// The meeting's date, or `None` when skipped.
    pub date: Option<NaiveDate>,
    /// `created`, `moved`, `skipped` (bank holiday) or `exists`.
    pub outcome: &'static str,
    pub id: Option<i64>,
}

/// A year of monthly meetings of one kind for one locality. Months that already have
/// their scheduled meeting are left as they are, so re-running creates no duplicates.
#[allow(clippy::too_many_arguments)]
pub fn schedule(
    conn: &Connection,
    kind: Kind,
    locality_ref: &str,
    year: i32,
    rule: Rule,
    start: Option<NaiveTime>,
    duration_minutes: Option<i64>,
    on_bank_holiday: OnBankHoliday,
) -> Result<Vec<Planned>> {
    let loc = locality::find(conn, locality_ref)?;
    if on_bank_holiday != OnBankHoliday::Keep && calendar::bank_holidays(year).is_none() {
        return Err(Error::invalid(format!(
            "engage knows the bank holidays of {} to {} only, not {year} (--year)",
            calendar::HOLIDAY_YEARS.start(),
            calendar::HOLIDAY_YEARS.end()
        ))
        .with_hint("add --on-bank-holiday keep to schedule without them"));
    }
    let mut out = Vec::new();
    for month in 1..=12 {
        let series = format!("{year:04}-{month:02}");
        let rule_date = rule.date_in(year, month);
        let existing: Option<(i64, NaiveDate)> = conn
            .query_row(
                "SELECT id, date FROM meeting WHERE kind = ?1 AND locality_id = ?2
                    AND (series_month = ?3 OR date = ?4) ORDER BY id LIMIT 1",
                rusqlite::params![kind.as_str(), loc.id, series, rule_date],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((id, date)) = existing {
            out.push(Planned { month: series, rule_date, date: Some(date), outcome: "exists", id: Some(id) });
            continue;
        }
        let holiday = calendar::is_bank_holiday(rule_date);
        let (date, outcome) = match (holiday, on_bank_holiday) {
            (true, OnBankHoliday::Skip) => (None, "skipped"),
            (true, OnBankHoliday::NextWorkingDay) => (Some(calendar::next_working_day(rule_date)), "moved"),
            _ => (Some(rule_date), "created"),
        };
        let id = match date {
            Some(date) => {
                let m = NewMeeting {
                    kind,
                    locality: None,
                    practice: None,
                    date,
                    start,
                    duration_minutes,
                    title: None,
                    location: None,
                    sessions: None,
                    quorum: None,
                };
                Some(insert(conn, &m, Some(loc.id), Some(series.clone()))?)
            }
            None => None,
        };
        out.push(Planned { month: series, rule_date, date, outcome, id });
    }
    Ok(out)
}

/// Which meetings a list or calendar covers.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub locality_id: Option<i64>,
    pub kind: Option<Kind>,
    /// From today on, cancelled ones left out.
    pub upcoming: Option<NaiveDate>,
}

pub fn select(conn: &Connection, f: &Filter) -> Result<Vec<Meeting>> {
    let mut stmt = conn.prepare(&format!(
        "{SELECT} WHERE (?1 IS NULL OR m.date >= ?1) AND (?2 IS NULL OR m.date <= ?2)
            AND (?3 IS NULL OR m.locality_id = ?3) AND (?4 IS NULL OR m.kind = ?4)
            AND (?5 IS NULL OR (m.date >= ?5 AND m.status = 'scheduled'))
          ORDER BY m.date, m.start, m.id"
    ))?;
    let rows = stmt.query_map(
        rusqlite::params![f.from, f.to, f.locality_id, f.kind.map(Kind::as_str), f.upcoming],
        Meeting::from_row,
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn list(conn: &Connection, f: &Filter) -> Result<Table> {
    let mut table = Table::new(LIST_COLUMNS);
    for m in select(conn, f)? {
        table.push(m.list_row());
    }
    Ok(table)
}

/// The next scheduled meeting of a locality on or after `today`.
pub fn next_locality_meeting(conn: &Connection, locality_id: i64, today: NaiveDate) -> Result<Option<NaiveDate>> {
    Ok(conn
        .prepare_cached(
            "SELECT min(date) FROM meeting WHERE locality_id = ?1 AND kind = 'locality' AND status = 'scheduled'
                AND date >= ?2",
        )?
        .query_row(rusqlite::params![locality_id, today], |r| r.get(0))?)
}

/// One attendance line with what is needed to judge it.
#[derive(Debug, Clone)]
pub struct Attendee {
    pub seq: i64,
    pub person: Person,
    pub for_practice: Option<String>,
    pub status: Status,
    pub substitute: bool,
    pub paid: bool,
}

/// Who came, in the order recorded, with the paid GP of each practice marked (SPEC
/// §1a): for a meeting with sessions, the nominated GP current on its date if present,
/// else the first GP recorded for that practice. Apologies and non-GPs are never paid,
/// nor is anyone at a cancelled meeting or sitting for no practice.
pub fn attendees(conn: &Connection, m: &Meeting) -> Result<Vec<Attendee>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.person_id, a.for_practice, a.status FROM attendance a WHERE a.meeting_id = ?1 ORDER BY a.id",
    )?;
    let rows: Vec<(i64, i64, Option<String>, Status)> = stmt
        .query_map([m.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::with_capacity(rows.len());
    for (seq, person_id, for_practice, status) in rows {
        let person = person::get(conn, person_id)?;
        let substitute = for_practice.is_some() && for_practice != person.practice_code;
        out.push(Attendee { seq, person, for_practice, status, substitute, paid: false });
    }
    if m.sessions > 0 && !m.cancelled {
        let mut by_practice: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, a) in out.iter().enumerate() {
            if let (true, true, Some(code)) = (a.status.present(), a.person.role.is_gp(), &a.for_practice) {
                by_practice.entry(code.clone()).or_default().push(i);
            }
        }
        for (code, idx) in by_practice {
            let nominated = appointment::holder_id(conn, appointment::NOMINATED_GP, None, Some(&code), m.date)?;
            let chosen =
                nominated.and_then(|(id, _)| idx.iter().copied().find(|&i| out[i].person.id == id)).unwrap_or(idx[0]);
            out[chosen].paid = true;
        }
    }
    Ok(out)
}

/// The practices a meeting is for: a locality's open practices, or the visited one.
fn expected_practices(conn: &Connection, m: &Meeting) -> Result<Vec<String>> {
    if let (Kind::Visit, Some(code)) = (m.kind, &m.practice_code) {
        return Ok(vec![code.clone()]);
    }
    let Some(loc) = m.locality_id else { return Ok(Vec::new()) };
    let mut stmt =
        conn.prepare_cached("SELECT code FROM practice WHERE locality_id = ?1 AND status = 'open' ORDER BY code")?;
    let codes = stmt.query_map([loc], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(codes)
}

/// Whether enough people took part: those present (in person or virtually), less those
/// who withdrew from an item. `None` when the meeting has no quorum.
pub fn quorate(conn: &Connection, m: &Meeting, attendees: &[Attendee]) -> Result<Option<bool>> {
    let Some(quorum) = m.quorum else { return Ok(None) };
    let withdrew: BTreeSet<i64> = conn
        .prepare_cached("SELECT person_id FROM declaration WHERE meeting_id = ?1 AND withdrew = 1")?
        .query_map([m.id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let counted = attendees.iter().filter(|a| a.status.present() && !withdrew.contains(&a.person.id)).count();
    Ok(Some(counted as i64 >= quorum))
}

pub fn show(conn: &Connection, id: i64) -> Result<Record> {
    let m = get(conn, id)?;
    let people = attendees(conn, &m)?;
    let represented: BTreeSet<&str> =
        people.iter().filter(|a| a.status.present()).filter_map(|a| a.for_practice.as_deref()).collect();
    let unrepresented: Vec<String> =
        expected_practices(conn, &m)?.into_iter().filter(|c| !represented.contains(c.as_str())).collect();
    let mut fields: Vec<(&'static str, Cell)> = LIST_COLUMNS.iter().copied().zip(m.list_row()).collect();
    fields.push(("location", Cell::opt_text(m.location.clone())));
    fields.push(("cancel_reason", Cell::opt_text(m.cancel_reason.clone())));
    fields.push(("unrepresented", Cell::List(unrepresented)));
    fields.push(("quorate", quorate(conn, &m, &people)?.map_or(Cell::Null, Cell::Bool)));

    let mut attendees_table =
        Table::new(&["person_id", "name", "role", "for_practice", "status", "substitute", "paid"]);
    for a in &people {
        attendees_table.push(vec![
            Cell::Int(a.person.id),
            Cell::text(&a.person.name),
            Cell::text(a.person.role.as_str()),
            Cell::opt_text(a.for_practice.clone()),
            Cell::text(a.status.as_str()),
            Cell::Bool(a.substitute),
            Cell::Bool(a.paid),
        ]);
    }
    let mut declarations = Table::new(&["person_id", "name", "text", "withdrew"]);
    let mut stmt = conn.prepare(
        "SELECT d.person_id, p.name, d.text, d.withdrew FROM declaration d JOIN person p ON p.id = d.person_id
          WHERE d.meeting_id = ?1 ORDER BY d.id",
    )?;
    let mut rows = stmt.query([m.id])?;
    while let Some(r) = rows.next()? {
        declarations.push(vec![
            Cell::Int(r.get(0)?),
            Cell::text(r.get::<_, String>(1)?),
            Cell::text(r.get::<_, String>(2)?),
            Cell::Bool(r.get(3)?),
        ]);
    }
    // The register of interests of those present, as it stood on the day.
    let mut interests = Table::new(&["person_id", "name", "interest", "from", "until"]);
    let mut stmt = conn.prepare(
        "SELECT p.id, p.name, i.text, i.from_date, i.until_date
           FROM attendance a JOIN person p ON p.id = a.person_id JOIN interest i ON i.person_id = p.id
          WHERE a.meeting_id = ?1 AND a.status <> 'apologies'
            AND (i.from_date IS NULL OR i.from_date <= ?2) AND (i.until_date IS NULL OR i.until_date >= ?2)
          ORDER BY p.name, p.id, i.id",
    )?;
    let mut rows = stmt.query(rusqlite::params![m.id, m.date])?;
    while let Some(r) = rows.next()? {
        interests.push(vec![
            Cell::Int(r.get(0)?),
            Cell::text(r.get::<_, String>(1)?),
            Cell::text(r.get::<_, String>(2)?),
            Cell::opt_date(r.get(3)?),
            Cell::opt_date(r.get(4)?),
        ]);
    }
    Ok(Record {
        fields,
        sections: vec![("attendees", attendees_table), ("declarations", declarations), ("interests", interests)],
    })
}

/// Records attendance (or apologies) of one person; `whence` names the record for
/// messages. A meeting after today takes apologies only.
pub fn attend_one(
    conn: &Connection,
    m: &Meeting,
    person_ref: &str,
    for_practice: Option<&str>,
    status: Status,
    today: NaiveDate,
    at: &dyn Fn(&str) -> String,
) -> Result<Person> {
    let whence = at("person");
    if m.cancelled {
        return Err(Error::conflict(format!("meeting {} was cancelled ({whence})", m.id)));
    }
    if status.present() && m.date > today {
        return Err(Error::invalid(format!(
            "meeting {} on {} is after today: only apologies can be recorded ({whence})",
            m.id, m.date
        ))
        .with_hint("record attendance on or after the day, or add --apologies"));
    }
    let p = person::find(conn, person_ref)
        .map_err(|e| Error::new(e.kind, format!("{} ({whence})", e.message)).with_details(e.details))?;
    if let Some(left) = p.left_on
        && left < m.date
    {
        return Err(Error::invalid(format!("{} left on {left}, before the meeting ({whence})", p.name)));
    }
    let practice_code = match for_practice {
        Some(code) => {
            let found = practice::get(conn, code)
                .map_err(|e| Error::new(e.kind, format!("{} ({})", e.message, at("for_practice"))))?;
            Some(found.code)
        }
        None => p.practice_code.clone(),
    };
    conn.prepare_cached(
        "INSERT INTO attendance (meeting_id, person_id, for_practice, status) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (meeting_id, person_id) DO UPDATE SET for_practice = excluded.for_practice, status = excluded.status",
    )?
    .execute(rusqlite::params![m.id, p.id, practice_code, status.as_str()])?;
    Ok(p)
}

/// `meeting attend ID --file`: CSV `person,for_practice,status`; all or nothing.
pub fn attend_file(conn: &Connection, m: &Meeting, data: &[u8], file: &str, today: NaiveDate) -> Result<usize> {
    let mut n = 0;
    crate::csvin::with_header(data, file, &["person", "status"], |line, row| {
        let at = |field: &str| format!("{file}:{line}, field {field}");
        let status_text = row.get("status").unwrap_or_default();
        let status = Status::parse_loose(status_text).ok_or_else(|| {
            Error::invalid(format!("not attended, virtual or apologies: {status_text:?} ({})", at("status")))
        })?;
        let for_practice = row.get("for_practice").filter(|s| !s.is_empty());
        attend_one(conn, m, row.get("person").unwrap_or_default(), for_practice, status, today, &at)?;
        n += 1;
        Ok(())
    })?;
    Ok(n)
}

pub fn unattend(conn: &Connection, m: &Meeting, person_ref: &str) -> Result<Person> {
    let p = person::find(conn, person_ref)?;
    let n = conn.execute("DELETE FROM attendance WHERE meeting_id = ?1 AND person_id = ?2", (m.id, p.id))?;
    if n == 0 {
        return Err(Error::not_found(format!("{} is not recorded at meeting {} (PERSON)", p.name, m.id)));
    }
    Ok(p)
}

pub fn declare(conn: &Connection, m: &Meeting, person_ref: &str, text: &str, withdrew: bool) -> Result<Person> {
    let p = person::find(conn, person_ref)?;
    let t = text.trim();
    if t.is_empty() || t.chars().count() > 500 || t.chars().any(char::is_control) {
        return Err(Error::invalid(format!("not a declaration: {text:?} (TEXT)")));
    }
    conn.execute(
        "INSERT INTO declaration (meeting_id, person_id, text, withdrew) VALUES (?1, ?2, ?3, ?4)",
        rusqlite::params![m.id, p.id, t, withdrew],
    )?;
    Ok(p)
}

pub fn cancel(conn: &Connection, id: i64, reason: Option<&str>) -> Result<Meeting> {
    let m = get(conn, id)?;
    if m.cancelled {
        return Err(Error::conflict(format!("meeting {id} is cancelled already ({})", m.describe())));
    }
    let reason = reason.map(|r| check_text(r, "--reason")).transpose()?;
    conn.execute(
        "UPDATE meeting SET status = 'cancelled', cancel_reason = ?1, sequence = sequence + 1 WHERE id = ?2",
        rusqlite::params![reason, id],
    )?;
    get(conn, id)
}

pub fn move_to(
    conn: &Connection,
    id: i64,
    date: NaiveDate,
    start: Option<NaiveTime>,
    today: NaiveDate,
) -> Result<Meeting> {
    let m = get(conn, id)?;
    if m.cancelled {
        return Err(Error::conflict(format!("meeting {id} was cancelled ({})", m.describe())));
    }
    let present: i64 =
        conn.query_row("SELECT count(*) FROM attendance WHERE meeting_id = ?1 AND status <> 'apologies'", [id], |r| {
            r.get(0)
        })?;
    if present > 0 && date > today {
        return Err(Error::conflict(format!(
            "meeting {id} has attendance recorded; it cannot move to {date}, after today (--date)"
        )));
    }
    let start = start.or(m.start).map(|t| t.format("%H:%M").to_string());
    conn.execute(
        "UPDATE meeting SET date = ?1, start = ?2, sequence = sequence + 1 WHERE id = ?3",
        rusqlite::params![date, start, id],
    )?;
    get(conn, id)
}

/// Counts of a practice's locality meetings held in a period and those it was
/// represented at, and its last visit.
pub struct PracticeAttendance {
    pub held: i64,
    pub represented: i64,
    pub last_visit: Option<NaiveDate>,
}

pub fn practice_attendance(
    conn: &Connection,
    code: &str,
    locality_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<PracticeAttendance> {
    let (held, represented): (i64, i64) = conn.query_row(
        "SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id
                    AND a.for_practice = ?2 AND a.status <> 'apologies')), 0)
           FROM meeting m WHERE m.kind = 'locality' AND m.locality_id = ?1 AND m.status = 'scheduled'
            AND m.date >= ?3 AND m.date <= ?4",
        rusqlite::params![locality_id, code, from, to],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let last_visit = conn.query_row(
        "SELECT max(date) FROM meeting WHERE kind = 'visit' AND practice_code = ?1 AND status = 'scheduled' AND date <= ?2",
        rusqlite::params![code, to],
        |r| r.get(0),
    )?;
    Ok(PracticeAttendance { held, represented, last_visit })
}

/// The calendar (RFC 5545) of the selected meetings, Europe/London times.
pub fn ics(conn: &Connection, f: &Filter) -> Result<String> {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//engage//meetings//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    lines.extend(
        [
            "BEGIN:VTIMEZONE",
            "TZID:Europe/London",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "TZNAME:BST",
            "DTSTART:19700329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "DTSTART:19701025T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
        .map(String::from),
    );
    for m in select(conn, f)? {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", m.uid));
        lines.push(format!("DTSTAMP:{}", m.created_at));
        lines.push(format!("SEQUENCE:{}", m.sequence));
        match m.start {
            Some(start) => {
                let begin = m.date.and_time(start);
                let end = begin + Duration::minutes(m.duration_minutes.unwrap_or(120));
                lines.push(format!("DTSTART;TZID=Europe/London:{}", begin.format("%Y%m%dT%H%M%S")));
                lines.push(format!("DTEND;TZID=Europe/London:{}", end.format("%Y%m%dT%H%M%S")));
            }
            None => {
                lines.push(format!("DTSTART;VALUE=DATE:{}", m.date.format("%Y%m%d")));
                lines.push(format!("DTEND;VALUE=DATE:{}", (m.date + Duration::days(1)).format("%Y%m%d")));
            }
        }
        let summary = match (&m.title, &m.locality, m.kind) {
            (Some(t), _, _) => t.clone(),
            (None, Some(l), Kind::Locality) => format!("{l} locality meeting"),
            (None, _, Kind::Visit) => format!("Practice visit: {}", m.practice_code.clone().unwrap_or_default()),
            (None, Some(l), k) => format!("{} ({l})", title_case(k.as_str())),
            (None, None, k) => title_case(k.as_str()),
        };
        lines.push(format!("SUMMARY:{}", escape(&summary)));
        if let Some(loc) = &m.location {
            lines.push(format!("LOCATION:{}", escape(loc)));
        }
        lines.push(format!("CATEGORIES:{}", escape(m.kind.as_str())));
        lines.push(format!("STATUS:{}", if m.cancelled { "CANCELLED" } else { "CONFIRMED" }));
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        fold(&line, &mut out);
    }
    Ok(out)
}

fn title_case(kind: &str) -> String {
    let spaced = kind.replace('-', " ");
    let mut chars = spaced.chars();
    chars.next().map(|c| c.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or_default()
}

/// RFC 5545 TEXT escaping.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes a content line folded at 75 octets (never inside a UTF-8 character), CRLF.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

/// The first and last day of a calendar year, for `meeting schedule --year` checks.
pub fn parse_year(text: &str) -> Result<i32> {
    let t = text.trim();
    t.parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y) && t.len() == 4)
        .ok_or_else(|| Error::invalid(format!("not a year: {text:?} (--year)")).with_hint("e.g. --year 2027"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_lines_within_75_octets() {
        let mut out = String::new();
        fold(&format!("SUMMARY:{}", "é".repeat(60)), &mut out);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), format!("SUMMARY:{}", "é".repeat(60)));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}
