//! Meetings: locality meetings and the rest, the year's schedule, who came for which
//! practice, interests declared at them, quorum, and the calendar file.

use crate::store::{Db, Row, Write};
use chrono::{Datelike, NaiveDate, NaiveTime};

use crate::calendar::{self, Rule};
use crate::error::{Error, Result};
use crate::units::Hundredths;
use crate::{locality, practice};

mod attendance;
pub mod business;
mod ics;

pub use attendance::{
    Attendee, Declaration, InterestHeld, PracticeAttendance, Quorum, Shown, absent_members, attend_file, attend_one,
    attendees, attendees_of, declarations, declare, expected_practices, practice_attendance, quorum, show, unattend,
};
pub use ics::ics;

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
    pub fn default_sessions(self) -> Hundredths {
        Hundredths(if self == Kind::Locality { 100 } else { 0 })
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
    pub practice_code: Option<practice::Code>,
    /// The peer group, committee or forum whose meeting it is.
    pub group_id: Option<i64>,
    pub group: Option<String>,
    /// A visit's round of the roadshow, and what it was about.
    pub round: Option<String>,
    pub topic: Option<String>,
    pub date: NaiveDate,
    pub start: Option<NaiveTime>,
    pub duration_minutes: Option<i64>,
    pub title: Option<String>,
    pub location: Option<String>,
    pub sessions: Hundredths,
    pub quorum: Option<i64>,
    pub cancelled: bool,
    pub cancel_reason: Option<String>,
    pub uid: String,
    pub created_at: String,
    pub sequence: i64,
    /// Someone's attendance or apologies are recorded, or `meeting held` said it was
    /// held, or it is a visit (which needs no sign-in).
    pub recorded: bool,
}

/// SQL: whether the meeting `m` (the alias of a `meeting` row) is an event: coming to
/// one shows a practice takes part. Written as `OR`s: SQLite answers an `IN` list of
/// more than two values with a temporary table, and its own page cache, per statement.
pub fn is_event(m: &str) -> String {
    format!(
        "({m}.kind = 'development-day' OR {m}.kind = 'protected-learning' OR {m}.kind = 'practice-managers'
          OR {m}.kind = 'patient-forum')"
    )
}

/// SQL: whether the meeting `m` (the alias of a `meeting` row) is recorded as held, once
/// its day has come (the README).
pub fn recorded(m: &str) -> String {
    format!("({m}.kind = 'visit' OR {m}.held = 1 OR EXISTS (SELECT 1 FROM attendance r WHERE r.meeting_id = {m}.id))")
}

/// The meetings as [`Meeting::from_row`] reads them, as `m`.
fn meeting_select() -> String {
    format!(
        "SELECT m.id, m.kind, m.locality_id, l.name AS locality, m.practice_code, m.date, m.start, m.duration_minutes,
                m.title, m.location, m.sessions, m.quorum, m.status, m.cancel_reason, m.uid, m.created_at, m.sequence,
                {} AS recorded, m.group_id, g.name AS group_name, m.round, m.topic
           FROM meeting m LEFT JOIN locality l ON l.id = m.locality_id LEFT JOIN member_group g ON g.id = m.group_id",
        recorded("m")
    )
}

impl Meeting {
    fn from_row(r: &Row) -> Result<Meeting> {
        Ok(Meeting {
            id: r.get("id")?,
            kind: r.get("kind")?,
            locality_id: r.get("locality_id")?,
            locality: r.get("locality")?,
            practice_code: r.get("practice_code")?,
            date: r.get("date")?,
            start: r.get::<Option<String>>("start")?.and_then(|s| NaiveTime::parse_from_str(&s, "%H:%M").ok()),
            duration_minutes: r.get("duration_minutes")?,
            title: r.get("title")?,
            location: r.get("location")?,
            sessions: r.get("sessions")?,
            quorum: r.get("quorum")?,
            cancelled: r.get::<String>("status")? == "cancelled",
            cancel_reason: r.get("cancel_reason")?,
            uid: r.get("uid")?,
            created_at: r.get("created_at")?,
            sequence: r.get("sequence")?,
            recorded: r.get("recorded")?,
            group_id: r.get("group_id")?,
            group: r.get("group_name")?,
            round: r.get("round")?,
            topic: r.get("topic")?,
        })
    }

    /// `cancelled`; `scheduled` until its day; then `held`, or `unrecorded` while
    /// nobody's attendance is recorded.
    pub fn status_on(&self, today: NaiveDate) -> &'static str {
        match (self.cancelled, self.date <= today, self.recorded) {
            (true, _, _) => "cancelled",
            (false, false, _) => "scheduled",
            (false, true, true) => "held",
            (false, true, false) => "unrecorded",
        }
    }

    /// A short name for messages and session references: `locality meeting 2027-01-12 Evesham`.
    pub fn describe(&self) -> String {
        let what = self
            .locality
            .clone()
            .or_else(|| self.group.clone())
            .or_else(|| self.title.clone())
            .or_else(|| self.practice_code.as_ref().map(String::from));
        format!("{} meeting {}{}", self.kind.as_str(), self.date, what.map(|w| format!(" {w}")).unwrap_or_default())
    }
}

pub fn get(db: &Db, id: i64) -> Result<Meeting> {
    db.first(&format!("{} WHERE m.id = ?1", meeting_select()), [id], Meeting::from_row)?.ok_or_else(|| {
        Error::not_found(format!("no such meeting: {id} (ID)")).with_hint("`engage meeting list` shows the meetings")
    })
}

/// The meetings of `ids` that there are, by id, in one query.
pub fn get_many(db: &Db, ids: &[i64]) -> Result<Vec<Meeting>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let stmt =
        format!("{} WHERE m.id IN {} ORDER BY m.id", meeting_select(), crate::store::value_rows(1, ids.len(), 0));
    db.query(&stmt, crate::store::id_values(ids).as_slice(), Meeting::from_row)
}

/// A meeting id as typed.
pub fn parse_id(text: &str) -> Result<i64> {
    crate::units::parse_whole(text, 1..=i64::MAX).ok_or_else(|| {
        Error::invalid(format!("not a meeting id: {text:?} (ID)")).with_hint("a meeting is named by its number")
    })
}

fn check_text(text: &str, what: &str) -> Result<String> {
    crate::text::line(text, &format!("a {}", what.trim_start_matches('-')), 200, what, &[])
}

/// Everything `meeting add` takes.
#[derive(Debug, Clone)]
pub struct NewMeeting {
    pub kind: Kind,
    pub locality: Option<String>,
    pub practice: Option<String>,
    /// A group's name: the meeting is the group's.
    pub group: Option<String>,
    /// A visit's round and topic.
    pub round: Option<String>,
    pub topic: Option<String>,
    pub date: NaiveDate,
    pub start: Option<NaiveTime>,
    pub duration_minutes: Option<i64>,
    pub title: Option<String>,
    pub location: Option<String>,
    /// Hundredths; `None` takes the kind's default.
    pub sessions: Option<Hundredths>,
    pub quorum: Option<i64>,
}

impl NewMeeting {
    /// A meeting of `kind` on `date` with nothing else given.
    pub fn new(kind: Kind, date: NaiveDate) -> NewMeeting {
        NewMeeting {
            kind,
            locality: None,
            practice: None,
            group: None,
            round: None,
            topic: None,
            date,
            start: None,
            duration_minutes: None,
            title: None,
            location: None,
            sessions: None,
            quorum: None,
        }
    }
}

pub fn parse_quorum(text: &str) -> Result<i64> {
    crate::units::parse_whole(text, 1..=1000).ok_or_else(|| {
        Error::invalid(format!("not a quorum: {text:?} (--quorum)")).with_hint("a whole number of people, e.g. 4")
    })
}

fn new_uid(db: &Db) -> Result<String> {
    // Unique across registers without a random source: the clock, the process and a
    // counter; fixed once written, so re-exporting the calendar keeps every UID.
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let next: i64 = db.value("SELECT coalesce(max(id), 0) + 1 FROM meeting", ())?;
    Ok(format!("{next}-{nanos:x}-{:x}@engage", std::process::id()))
}

/// Where a meeting belongs: its locality and its group.
#[derive(Debug, Clone, Copy, Default)]
struct Place {
    locality_id: Option<i64>,
    group_id: Option<i64>,
}

fn insert(db: &Write, m: &NewMeeting, place: Place, series_month: Option<String>) -> Result<i64> {
    if let Some(start) = m.start {
        crate::calendar::check_local_time(m.date, start, "--start")?;
    }
    let uid = new_uid(db)?;
    let created = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    db.insert(
        "INSERT INTO meeting (kind, locality_id, practice_code, date, start, duration_minutes, title, location,
                              sessions, quorum, uid, created_at, series_month, group_id, round, topic)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) RETURNING id",
        crate::params![
            m.kind.as_str(),
            place.locality_id,
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
            place.group_id,
            m.round,
            m.topic,
        ],
    )
}

/// The kinds of meeting a group holds: a peer group's, a committee's (the board or
/// another), a forum's.
fn kinds_of(group: crate::group::Kind) -> &'static [Kind] {
    use crate::group::Kind as G;
    match group {
        G::PeerGroup => &[Kind::PeerGroup, Kind::Other],
        G::Committee => &[Kind::Board, Kind::Other],
        G::Forum => &[Kind::PracticeManagers, Kind::PatientForum, Kind::Other],
    }
}

/// The kind of meeting a group holds unless told otherwise: a peer group's
/// `peer-group`, a committee's `board`, a forum's `other`.
pub fn group_kind(db: &Db, reference: &str) -> Result<Kind> {
    let g = crate::group::find(db, reference)?;
    Ok(match g.kind {
        crate::group::Kind::PeerGroup => Kind::PeerGroup,
        crate::group::Kind::Committee => Kind::Board,
        crate::group::Kind::Forum => Kind::Other,
    })
}

/// Resolves a group for a meeting of `kind`; a committee's quorum is the meeting's
/// default (copied, so a later `group edit --quorum` leaves past meetings as they were).
fn group_for(db: &Db, reference: &str, kind: Kind) -> Result<crate::group::Group> {
    let g = crate::group::find(db, reference)?;
    let kinds = kinds_of(g.kind);
    if !kinds.contains(&kind) {
        let names: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
        return Err(Error::invalid(format!(
            "{} is a {}: its meetings are of kind {}, not {} (--kind)",
            g.name,
            g.kind.as_str(),
            names.join(" or "),
            kind.as_str()
        )));
    }
    Ok(g)
}

/// Resolves and checks a new meeting's locality, practice and group.
fn place(db: &Db, m: &mut NewMeeting) -> Result<Place> {
    let mut locality_id = m.locality.as_deref().map(|l| locality::find(db, l)).transpose()?.map(|l| l.id);
    if let Some(code) = &m.practice {
        let p = practice::get(db, code)?;
        locality_id = locality_id.or(Some(p.locality_id));
        m.practice = Some(p.code.into());
    }
    let group = m.group.as_deref().map(|g| group_for(db, g, m.kind)).transpose()?;
    if let Some(g) = &group {
        m.quorum = m.quorum.or(g.quorum);
    }
    if m.kind != Kind::Visit && (m.round.is_some() || m.topic.is_some()) {
        let flag = if m.round.is_some() { "--round" } else { "--topic" };
        return Err(Error::invalid(format!(
            "{flag} is for visits (--kind visit), not a {} meeting ({flag})",
            m.kind.as_str()
        )));
    }
    m.round = m.round.as_deref().map(|t| check_text(t, "--round")).transpose()?;
    m.topic = m.topic.as_deref().map(|t| check_text(t, "--topic")).transpose()?;
    match m.kind {
        Kind::Locality if locality_id.is_none() => {
            Err(Error::invalid("a locality meeting needs --locality (--locality)".to_string()))
        }
        Kind::Visit if m.practice.is_none() => {
            Err(Error::invalid("a visit is to one practice: give --practice (--practice)".to_string()))
        }
        _ => Ok(Place { locality_id, group_id: group.map(|g| g.id) }),
    }
}

pub fn add(db: &Write, mut m: NewMeeting) -> Result<Meeting> {
    m.title = m.title.as_deref().map(|t| check_text(t, "--title")).transpose()?;
    m.location = m.location.as_deref().map(|t| check_text(t, "--location")).transpose()?;
    let place = place(db, &mut m)?;
    let id = insert(db, &m, place, None)?;
    get(db, id)
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

/// Whose monthly meetings `meeting schedule` makes.
#[derive(Debug, Clone, Copy)]
pub enum Host<'a> {
    Locality(&'a str),
    Group(&'a str),
}

/// A year of monthly meetings of one kind for one locality or group. Months that
/// already have their scheduled meeting are left as they are, so re-running creates no
/// duplicates.
#[allow(clippy::too_many_arguments)]
pub fn schedule(
    db: &Write,
    kind: Kind,
    host: Host,
    months: &[crate::dates::Month],
    rule: Rule,
    start: Option<NaiveTime>,
    duration_minutes: Option<i64>,
    on_bank_holiday: OnBankHoliday,
) -> Result<Vec<Planned>> {
    let (place, quorum) = match host {
        Host::Locality(l) => (Place { locality_id: Some(locality::find(db, l)?.id), group_id: None }, None),
        Host::Group(g) => {
            let g = group_for(db, g, kind)?;
            (Place { locality_id: None, group_id: Some(g.id) }, g.quorum)
        }
    };
    for year in months.iter().map(|m| m.first().year()) {
        if on_bank_holiday != OnBankHoliday::Keep && calendar::bank_holidays(year).is_none() {
            return Err(Error::invalid(format!(
                "engage knows the bank holidays of {} to {} only, not {year} (--year)",
                calendar::HOLIDAY_YEARS.start(),
                calendar::HOLIDAY_YEARS.end()
            ))
            .with_hint("add --on-bank-holiday keep to schedule without them"));
        }
    }
    let mut out = Vec::new();
    for (year, month) in months.iter().map(|m| (m.first().year(), m.first().month())) {
        let series = format!("{year:04}-{month:02}");
        let rule_date = rule.date_in(year, month);
        let existing: Option<(i64, NaiveDate)> = db.first(
            "SELECT id, date FROM meeting WHERE kind = ?1
                    AND (locality_id = ?2 OR (locality_id IS NULL AND ?2 IS NULL))
                    AND (group_id = ?3 OR (group_id IS NULL AND ?3 IS NULL))
                    AND (series_month = ?4 OR date = ?5) ORDER BY id LIMIT 1",
            crate::params![kind.as_str(), place.locality_id, place.group_id, series, rule_date],
            |r| Ok((r.get("id")?, r.get("date")?)),
        )?;
        if let Some((id, date)) = existing {
            out.push(Planned { month: series, rule_date, date: Some(date), outcome: "exists", id: Some(id) });
            continue;
        }
        let holiday = calendar::is_bank_holiday(rule_date);
        let (date, outcome) = match (holiday, on_bank_holiday) {
            (true, OnBankHoliday::Skip) => (None, "skipped"),
            (true, OnBankHoliday::NextWorkingDay) => (Some(calendar::working_day_in_month(rule_date)), "moved"),
            _ => (Some(rule_date), "created"),
        };
        let id = match date {
            Some(date) => {
                let m = NewMeeting { start, duration_minutes, quorum, ..NewMeeting::new(kind, date) };
                Some(insert(db, &m, place, Some(series.clone()))?)
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
    pub group_id: Option<i64>,
    /// From today on, cancelled ones left out.
    pub upcoming: Option<NaiveDate>,
}

pub fn select(db: &Db, f: &Filter) -> Result<Vec<Meeting>> {
    let stmt = format!(
        "{} WHERE (?1 IS NULL OR m.date >= ?1) AND (?2 IS NULL OR m.date <= ?2)
            AND (?3 IS NULL OR m.locality_id = ?3) AND (?4 IS NULL OR m.kind = ?4)
            AND (?5 IS NULL OR (m.date >= ?5 AND m.status = 'scheduled')) AND (?6 IS NULL OR m.group_id = ?6)
          ORDER BY m.date, m.start, m.id",
        meeting_select()
    );
    let rows = db.query(
        &stmt,
        crate::params![f.from, f.to, f.locality_id, f.kind.map(Kind::as_str), f.upcoming, f.group_id],
        Meeting::from_row,
    )?;
    Ok(rows)
}

/// The next scheduled meeting of a locality on or after `today`.
/// Each locality's next meeting from `today`, by locality id (one query for a list).
pub fn next_locality_meetings(db: &Db, today: NaiveDate) -> Result<std::collections::HashMap<i64, NaiveDate>> {
    Ok(db
        .query(
            "SELECT locality_id, min(date) AS next FROM meeting
              WHERE locality_id IS NOT NULL AND kind = 'locality' AND status = 'scheduled' AND date >= ?1
              GROUP BY locality_id",
            [today],
            |r| Ok((r.get("locality_id")?, r.get("next")?)),
        )?
        .into_iter()
        .collect())
}

pub fn cancel(db: &Write, id: i64, reason: Option<&str>) -> Result<Meeting> {
    let m = get(db, id)?;
    if m.cancelled {
        return Err(Error::conflict(format!("meeting {id} is cancelled already ({})", m.describe())));
    }
    let reason = reason.map(|r| check_text(r, "--reason")).transpose()?;
    db.execute(
        "UPDATE meeting SET status = 'cancelled', cancel_reason = ?1, sequence = sequence + 1 WHERE id = ?2",
        crate::params![reason, id],
    )?;
    db.touch_meeting(id);
    get(db, id)
}

pub fn move_to(db: &Write, id: i64, date: NaiveDate, start: Option<NaiveTime>, today: NaiveDate) -> Result<Meeting> {
    let m = get(db, id)?;
    if m.cancelled {
        return Err(Error::conflict(format!("meeting {id} was cancelled ({})", m.describe())));
    }
    let present: i64 =
        db.value("SELECT count(*) FROM attendance WHERE meeting_id = ?1 AND status <> 'apologies'", [id])?;
    if present > 0 && date > today {
        return Err(Error::conflict(format!(
            "meeting {id} has attendance recorded; it cannot move to {date}, after today (--date)"
        )));
    }
    let start = start.or(m.start);
    if let Some(start) = start {
        crate::calendar::check_local_time(date, start, "--start")?;
    }
    let start = start.map(|t| t.format("%H:%M").to_string());
    db.execute(
        "UPDATE meeting SET date = ?1, start = ?2, sequence = sequence + 1 WHERE id = ?3",
        crate::params![date, start, id],
    )?;
    db.touch_meeting(id);
    get(db, id)
}

/// The first and last day of a calendar year, for `meeting schedule --year` checks.
pub fn parse_year(text: &str) -> Result<i32> {
    let t = text.trim();
    t.parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y) && t.len() == 4)
        .ok_or_else(|| Error::invalid(format!("not a year: {text:?} (--year)")).with_hint("e.g. --year 2027"))
}

/// `meeting held ID`: a meeting that took place though nobody's attendance is recorded
/// (nobody came, or the sheet is lost).
pub fn mark_held(db: &Write, id: i64, today: NaiveDate) -> Result<Meeting> {
    let m = get(db, id)?;
    if m.cancelled {
        return Err(Error::conflict(format!("meeting {id} was cancelled ({})", m.describe())));
    }
    if m.date > today {
        return Err(Error::invalid(format!("meeting {id} is on {}, after today: it has not been held (ID)", m.date)));
    }
    db.execute("UPDATE meeting SET held = 1 WHERE id = ?1", [id])?;
    get(db, id)
}

/// The numbers of the latest `n` meetings, latest first, for completing a meeting at
/// the shell.
pub fn recent_ids(db: &Db, n: i64) -> Result<Vec<i64>> {
    db.values("SELECT id FROM meeting ORDER BY date DESC, id DESC LIMIT ?1", [n])
}
