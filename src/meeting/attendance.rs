//! Who came to a meeting for which practice, who is paid for it, quorum, interests
//! declared there, and `meeting show`.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::store::{Db, ToValue, Write};
use chrono::NaiveDate;

use super::{Kind, Meeting, Status, get};
use crate::appointment;
use crate::error::{Error, Result};
use crate::person::{self, Person};
use crate::practice;

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

/// Who came, in the order recorded, with the paid GP of each practice marked (see the
/// README's meeting): for a meeting with sessions, the nominated GP current on its date
/// if present, else the first GP recorded for that practice. Apologies and non-GPs are never paid,
/// nor is anyone at a cancelled meeting or sitting for no practice.
pub fn attendees(db: &Db, m: &Meeting) -> Result<Vec<Attendee>> {
    Ok(attendees_of(db, std::slice::from_ref(m))?.remove(&m.id).unwrap_or_default())
}

/// [`attendees`] of several meetings, by meeting id, in two queries.
pub fn attendees_of(db: &Db, meetings: &[Meeting]) -> Result<HashMap<i64, Vec<Attendee>>> {
    if meetings.is_empty() {
        return Ok(HashMap::new());
    }
    // Each with their practice and role as they were on the day (the README's History).
    use crate::history::{person_fact, person_past_join};
    let sql = format!(
        "SELECT a.meeting_id, a.id AS seq, a.for_practice, a.status, {person},
                {role} AS role_then, {practice} AS practice_then, {pay_to} AS pay_to_then
           FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN person p ON p.id = a.person_id {past}
          WHERE a.meeting_id IN {ids} ORDER BY a.meeting_id, a.id",
        person = crate::person::columns("p"),
        role = person_fact("h", "p", "role"),
        practice = person_fact("h", "p", "practice_code"),
        pay_to = person_fact("h", "p", "pay_to"),
        past = person_past_join("h", "p.id", "m.date"),
        ids = crate::store::value_rows(1, meetings.len(), 0),
    );
    let ids: Vec<&dyn ToValue> = meetings.iter().map(|m| &m.id as &dyn ToValue).collect();
    let mut out: HashMap<i64, Vec<Attendee>> = meetings.iter().map(|m| (m.id, Vec::new())).collect();
    db.each(&sql, ids.as_slice(), |r| {
        let facts = crate::person::Facts {
            practice_code: r.get("practice_then")?,
            role: r.get("role_then")?,
            pay_to: r.get("pay_to_then")?,
        };
        let person = crate::person::Person::from_row(r)?.with_facts(facts);
        let for_practice: Option<String> = r.get("for_practice")?;
        let substitute = for_practice.is_some() && for_practice.as_deref() != person.practice_code.as_deref();
        let a =
            Attendee { seq: r.get("seq")?, person, for_practice, status: r.get("status")?, substitute, paid: false };
        out.entry(r.get("meeting_id")?).or_default().push(a);
        Ok(())
    })?;
    let paying: Vec<&Meeting> = meetings.iter().filter(|m| m.sessions.0 > 0 && !m.cancelled).collect();
    let dates: Vec<NaiveDate> = paying.iter().map(|m| m.date).collect();
    let nominated = appointment::holders_on(db, [appointment::NOMINATED_GP], &dates)?;
    for m in paying {
        let Some(came) = out.get_mut(&m.id) else { continue };
        let mut by_practice: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, a) in came.iter().enumerate() {
            if let (true, true, Some(code)) = (a.status.present(), a.person.role.is_gp(), &a.for_practice) {
                by_practice.entry(code.as_str()).or_default().push(i);
            }
        }
        let chosen: Vec<usize> = by_practice
            .into_iter()
            .map(|(code, idx)| {
                nominated
                    .get(&m.date)
                    .and_then(|[n]| n.get(code))
                    .and_then(|h| idx.iter().copied().find(|&i| came[i].person.id == h.person_id))
                    .unwrap_or(idx[0])
            })
            .collect();
        for i in chosen {
            came[i].paid = true;
        }
    }
    Ok(out)
}

/// The practices a meeting is for: a group's practice members or a locality's
/// practices, open on its date; or the visited one.
pub fn expected_practices(db: &Db, m: &Meeting) -> Result<Vec<String>> {
    if let (Kind::Visit, Some(code)) = (m.kind, &m.practice_code) {
        return Ok(vec![code.to_string()]);
    }
    if let Some(group) = m.group_id {
        return crate::group::practices_on(db, group, m.date);
    }
    let Some(loc) = m.locality_id else { return Ok(Vec::new()) };
    // The practices open and in the locality on the meeting's date (the README's History): those
    // there now and since before it, and those that were there then.
    let stmt = "SELECT code FROM practice p
          WHERE (open_date IS NULL OR open_date <= ?2) AND (status = 'open' OR close_date >= ?2)
            AND ((locality_id = ?1 AND (locality_from IS NULL OR locality_from <= ?2))
                 OR EXISTS (SELECT 1 FROM practice_past h WHERE h.practice_code = p.code AND h.locality_id = ?1
                               AND h.until_date >= ?2 AND (h.from_date IS NULL OR h.from_date <= ?2)))
          ORDER BY code";
    let codes = db.query(stmt, crate::params![loc, m.date], |r| r.get("code"))?;
    Ok(codes)
}

/// Quorum for a meeting and for each of its items (the README): those present in person
/// or virtually count, a committee's voting members only; a withdrawal without an item
/// counts against the meeting, one with an item against that item only.
#[derive(Debug, Clone, Default)]
pub struct Quorum {
    /// People needed; `None` when the meeting has no quorum.
    pub needed: Option<i64>,
    /// People counted for the meeting.
    pub counted: i64,
    /// Per item with withdrawals, the people who withdrew from it (and still counted
    /// for the meeting).
    pub withdrawn: BTreeMap<i64, i64>,
}

impl Quorum {
    pub fn meeting(&self) -> Option<bool> {
        self.needed.map(|n| self.counted >= n)
    }
    /// Those counted for an item: the meeting's, less those who withdrew from it.
    pub fn item_count(&self, item: i64) -> i64 {
        self.counted - self.withdrawn.get(&item).copied().unwrap_or(0)
    }
    pub fn item(&self, item: i64) -> Option<bool> {
        self.needed.map(|n| self.item_count(item) >= n)
    }
}

pub fn quorum(db: &Db, m: &Meeting, attendees: &[Attendee]) -> Result<Quorum> {
    let Some(needed) = m.quorum else { return Ok(Quorum::default()) };
    let voters = match m.group_id.map(|g| crate::group::get(db, g)).transpose()? {
        Some(g) if g.kind == crate::group::Kind::Committee => Some(crate::group::voters_on(db, g.id, m.date)?),
        _ => None,
    };
    let withdrawals: Vec<(i64, Option<i64>)> =
        db.query("SELECT person_id, item FROM declaration WHERE meeting_id = ?1 AND withdrew = 1", [m.id], |r| {
            Ok((r.get("person_id")?, r.get("item")?))
        })?;
    let whole: BTreeSet<i64> = withdrawals.iter().filter(|w| w.1.is_none()).map(|w| w.0).collect();
    let counted: BTreeSet<i64> = attendees
        .iter()
        .filter(|a| a.status.present() && voters.as_ref().is_none_or(|v| v.contains(&a.person.id)))
        .map(|a| a.person.id)
        .filter(|id| !whole.contains(id))
        .collect();
    let mut by_item: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
    for (person, item) in withdrawals {
        if let Some(item) = item.filter(|_| counted.contains(&person)) {
            by_item.entry(item).or_default().insert(person);
        }
    }
    Ok(Quorum {
        needed: Some(needed),
        counted: counted.len() as i64,
        withdrawn: by_item.into_iter().map(|(item, people)| (item, people.len() as i64)).collect(),
    })
}

/// A group's people with nothing recorded at its meeting (neither attendance nor
/// apologies), by name.
pub fn absent_members(db: &Db, m: &Meeting, attendees: &[Attendee]) -> Result<Vec<String>> {
    let Some(group) = m.group_id else { return Ok(Vec::new()) };
    let recorded: BTreeSet<i64> = attendees.iter().map(|a| a.person.id).collect();
    Ok(crate::group::people_on(db, group, m.date)?
        .into_iter()
        .filter(|(id, _, _)| !recorded.contains(id))
        .map(|(_, name, _)| name)
        .collect())
}

/// A declaration made at a meeting.
#[derive(Debug, Clone)]
pub struct Declaration {
    pub person_id: i64,
    pub name: String,
    pub text: String,
    pub item: Option<i64>,
    pub withdrew: bool,
}

pub fn declarations(db: &Db, meeting_id: i64) -> Result<Vec<Declaration>> {
    let stmt =
        "SELECT d.person_id, p.name, d.text, d.item, d.withdrew FROM declaration d JOIN person p ON p.id = d.person_id
          WHERE d.meeting_id = ?1 ORDER BY d.id";
    let rows = db.query(stmt, [meeting_id], |r| {
        Ok(Declaration {
            person_id: r.get("person_id")?,
            name: r.get("name")?,
            text: r.get("text")?,
            item: r.get("item")?,
            withdrew: r.get("withdrew")?,
        })
    })?;
    Ok(rows)
}

/// An interest in the register of someone present at a meeting, in force on its day.
#[derive(Debug, Clone)]
pub struct InterestHeld {
    pub person_id: i64,
    pub name: String,
    pub text: String,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

/// `meeting show`: the meeting, who came for whom (and who was paid), the practices
/// expected and not represented, quorum, the declarations, the register of interests of
/// those present as it stood on the day, and its business.
#[derive(Debug, Clone)]
pub struct Shown {
    pub meeting: Meeting,
    pub attendees: Vec<Attendee>,
    pub unrepresented: Vec<String>,
    pub quorate: Option<bool>,
    pub absent_members: Vec<String>,
    pub notes: Vec<String>,
    pub declarations: Vec<Declaration>,
    pub interests: Vec<InterestHeld>,
    pub items: Vec<super::business::ItemShown>,
}

pub fn show(db: &Db, id: i64, today: NaiveDate) -> Result<Shown> {
    let m = get(db, id)?;
    let people = attendees(db, &m)?;
    let represented: BTreeSet<&str> =
        people.iter().filter(|a| a.status.present()).filter_map(|a| a.for_practice.as_deref()).collect();
    let unrepresented: Vec<String> =
        expected_practices(db, &m)?.into_iter().filter(|c| !represented.contains(c.as_str())).collect();
    let quorum = quorum(db, &m, &people)?;
    let interests = db.query(
        "SELECT p.id, p.name, i.text, i.from_date, i.until_date
               FROM attendance a JOIN person p ON p.id = a.person_id JOIN interest i ON i.person_id = p.id
              WHERE a.meeting_id = ?1 AND a.status <> 'apologies'
                AND (i.from_date IS NULL OR i.from_date <= ?2) AND (i.until_date IS NULL OR i.until_date >= ?2)
              ORDER BY p.name, p.id, i.id",
        crate::params![m.id, m.date],
        |r| {
            Ok(InterestHeld {
                person_id: r.get("id")?,
                name: r.get("name")?,
                text: r.get("text")?,
                from: r.get("from_date")?,
                until: r.get("until_date")?,
            })
        },
    )?;
    Ok(Shown {
        unrepresented,
        quorate: quorum.meeting(),
        absent_members: absent_members(db, &m, &people)?,
        notes: super::business::notes(db, m.id)?,
        declarations: declarations(db, m.id)?,
        interests,
        items: super::business::items_shown(db, &m, &quorum, today)?,
        attendees: people,
        meeting: m,
    })
}

/// Records attendance (or apologies) of one person; `whence` names the record for
/// messages. A meeting after today takes apologies only.
pub fn attend_one(
    db: &Write,
    m: &Meeting,
    person_ref: &str,
    for_practice: Option<&str>,
    status: Status,
    today: NaiveDate,
    at: &dyn Fn(&str) -> String,
) -> Result<Person> {
    let whence = at("person");
    may_sit(m, status, today).map_err(|e| e.at(whence.clone()))?;
    let p = person::find(db, person_ref).map_err(|e| e.at(whence.clone()))?;
    let declared = if status == Status::Apologies { declarations_of(db, m.id, p.id)? } else { 0 };
    may_be_recorded(m, &p, status, declared).map_err(|e| e.at(whence))?;
    let practice_code = match for_practice {
        Some(code) => Some(sat_for(practice::get(db, code), at)?),
        None => crate::person::facts_on(db, &p, m.date)?.practice_code,
    };
    db.execute(
        "INSERT INTO attendance (meeting_id, person_id, for_practice, status) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (meeting_id, person_id) DO UPDATE SET for_practice = excluded.for_practice, status = excluded.status",
        crate::params![m.id, p.id, practice_code, status.as_str()],
    )?;
    db.touch_meeting(m.id);
    Ok(p)
}

/// Whether anyone may be recorded at the meeting as `status` today: no one at a
/// cancelled meeting, and only apologies for one after today.
fn may_sit(m: &Meeting, status: Status, today: NaiveDate) -> Result<()> {
    if m.cancelled {
        return Err(Error::conflict(format!("meeting {} was cancelled", m.id)));
    }
    if status.present() && m.date > today {
        return Err(Error::invalid(format!(
            "meeting {} on {} is after today: only apologies can be recorded",
            m.id, m.date
        ))
        .with_hint("record attendance on or after the day, or add --apologies"));
    }
    Ok(())
}

/// Whether this person may be recorded as `status` at the meeting, given the
/// declarations they made there: not after they left, and not sending apologies for a
/// meeting where they declared an interest.
fn may_be_recorded(m: &Meeting, p: &Person, status: Status, declared: i64) -> Result<()> {
    if let Some(left) = p.left_on
        && left < m.date
    {
        return Err(Error::invalid(format!("{} left on {left}, before the meeting", p.name)));
    }
    if status == Status::Apologies && declared > 0 {
        // A declaration says they were there: apologies would undo it (as unattend would).
        return Err(Error::conflict(format!(
            "{} made {declared} declaration(s) at meeting {}: they were there, not sending apologies",
            p.name, m.id
        ))
        .with_hint(format!("remove the declaration first if they were not there (`engage meeting show {}`)", m.id)));
    }
    Ok(())
}

/// The practice a row says someone sat for, as the register holds its code.
fn sat_for(found: Result<practice::Practice>, at: &dyn Fn(&str) -> String) -> Result<practice::Code> {
    let found = found.map_err(|e| Error::new(e.kind, format!("{} ({})", e.message, at("for_practice"))))?;
    Ok(found.code)
}

/// `meeting attend ID --file`: CSV `person,for_practice,status`; all or nothing.
/// Everyone, the practices, the meeting's declarations and who is recorded there are
/// read once, every row is checked, and then the rows are written up to a thousand a
/// statement.
pub fn attend_file(db: &Write, m: &Meeting, data: &[u8], file: &str, today: NaiveDate) -> Result<usize> {
    let everyone = person::Everyone::load(db)?;
    let known = practice::Known::all(db)?;
    let facts_then = crate::person::facts_all_on(db, m.date)?;
    let declared: HashMap<i64, i64> = db
        .query(
            "SELECT person_id, count(*) AS n FROM declaration WHERE meeting_id = ?1 GROUP BY person_id",
            [m.id],
            |r| Ok((r.get("person_id")?, r.get("n")?)),
        )?
        .into_iter()
        .collect();
    let recorded: std::collections::HashSet<i64> =
        db.values::<i64>("SELECT person_id FROM attendance WHERE meeting_id = ?1", [m.id])?.into_iter().collect();
    // Each person once: a second row for someone would silently replace the first.
    let mut lines: HashMap<i64, u64> = HashMap::new();
    let mut rows: Vec<(i64, Option<practice::Code>, Status)> = Vec::new();
    crate::csvin::with_header(data, file, &["person", "status"], |line, row| {
        let at = |field: &str| format!("{file}:{line}, field {field}");
        let status_text = row.get("status").unwrap_or_default();
        let status = Status::parse_loose(status_text).ok_or_else(|| {
            Error::invalid(format!("not attended, virtual or apologies: {status_text:?} ({})", at("status")))
        })?;
        may_sit(m, status, today).map_err(|e| e.at(at("person")))?;
        let p = everyone.find(row.get("person").unwrap_or_default()).map_err(|e| e.at(at("person")))?;
        may_be_recorded(m, p, status, declared.get(&p.id).copied().unwrap_or(0)).map_err(|e| e.at(at("person")))?;
        let practice_code = match row.get("for_practice").filter(|s| !s.is_empty()) {
            Some(code) => Some(sat_for(known.get(db, code), &at)?),
            None => facts_then.get(&p.id).map_or_else(|| p.practice_code.clone(), |f| f.practice_code.clone()),
        };
        if let Some(first) = lines.insert(p.id, line) {
            return Err(Error::invalid(format!("{} is on lines {first} and {line}", p.name))
                .at(at("person"))
                .with_hint("a sign-in sheet names each person once; keep the row that is right"));
        }
        rows.push((p.id, practice_code, status));
        Ok(())
    })?;
    let values = |again: bool| -> Vec<&dyn ToValue> {
        rows.iter()
            .filter(|(id, _, _)| recorded.contains(id) == again)
            .flat_map(|(id, code, status)| -> [&dyn ToValue; 4] { [&m.id, id, code, status] })
            .collect()
    };
    db.insert_rows("INSERT INTO attendance (meeting_id, person_id, for_practice, status)", 4, &values(false))?;
    let set = "for_practice = v.column3, status = v.column4";
    db.update_rows(("attendance", &["meeting_id", "person_id"]), set, 4, &values(true))?;
    db.touch_meeting(m.id);
    Ok(rows.len())
}

/// How many declarations a person made at a meeting.
fn declarations_of(db: &Db, meeting_id: i64, person_id: i64) -> Result<i64> {
    db.value("SELECT count(*) FROM declaration WHERE meeting_id = ?1 AND person_id = ?2", (meeting_id, person_id))
}

pub fn unattend(db: &Write, m: &Meeting, person_ref: &str) -> Result<Person> {
    let p = person::find(db, person_ref)?;
    let declared = declarations_of(db, m.id, p.id)?;
    if declared > 0 {
        return Err(Error::conflict(format!(
            "{} made {declared} declaration(s) at meeting {}: their attendance stays with them (PERSON)",
            p.name, m.id
        )));
    }
    let n = db.execute("DELETE FROM attendance WHERE meeting_id = ?1 AND person_id = ?2", (m.id, p.id))?;
    db.touch_meeting(m.id);
    if n == 0 {
        return Err(Error::not_found(format!("{} is not recorded at meeting {} (PERSON)", p.name, m.id)));
    }
    Ok(p)
}

/// `meeting declare`: an interest declared by someone present at the meeting, about
/// the whole meeting or one item, and whether they withdrew from it.
pub fn declare(
    db: &Write,
    m: &Meeting,
    person_ref: &str,
    text: &str,
    item: Option<i64>,
    withdrew: bool,
) -> Result<Person> {
    let t = crate::text::line(text, "a declaration", 500, "TEXT", &[])?;
    let p = person::find(db, person_ref)?;
    let status: Option<Status> =
        db.value_opt("SELECT status FROM attendance WHERE meeting_id = ?1 AND person_id = ?2", (m.id, p.id))?;
    match status {
        Some(s) if s.present() => {}
        Some(_) => {
            return Err(Error::invalid(format!(
                "{} sent apologies to meeting {}: only those present declare (PERSON)",
                p.name, m.id
            )));
        }
        None => {
            return Err(Error::invalid(format!("{} is not recorded at meeting {} (PERSON)", p.name, m.id))
                .with_hint(format!("record their attendance first: engage meeting attend {} {}", m.id, p.id)));
        }
    }
    if let Some(n) = item {
        super::business::item(db, m, n)?;
    }
    db.execute(
        "INSERT INTO declaration (meeting_id, person_id, text, item, withdrew) VALUES (?1, ?2, ?3, ?4, ?5)",
        crate::params![m.id, p.id, t, item, withdrew],
    )?;
    Ok(p)
}

/// Counts of a practice's locality meetings held in a period and those it was
/// represented at, and its last visit.
#[derive(Debug, Clone, Copy)]
pub struct PracticeAttendance {
    pub held: i64,
    pub represented: i64,
    pub last_visit: Option<NaiveDate>,
}

pub fn practice_attendance(
    db: &Db,
    p: &practice::Practice,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<PracticeAttendance> {
    // The meetings of the locality it was in on each date, while it was open.
    let from = p.open_date.map_or(from, |o| from.max(o));
    let to = p.close_date.filter(|_| !p.open).map_or(to, |c| to.min(c));
    let (mut held, mut represented) = (0, 0);
    for (from, to, &locality) in crate::practice::locality_timeline(db, &p.code)?.spans(from, to) {
        let (h, r): (i64, i64) = db.one(&format!(
                "SELECT count(*) AS held, coalesce(sum(CASE WHEN EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id
                            AND a.for_practice = ?2 AND a.status <> 'apologies') THEN 1 ELSE 0 END), 0) AS represented
                   FROM meeting m WHERE m.kind = 'locality' AND m.locality_id = ?1 AND m.status = 'scheduled'
                    AND m.date >= ?3 AND m.date <= ?4 AND {}",
                super::recorded("m")
            ), crate::params![locality, &p.code[..], from, to], |r| Ok((r.get("held")?, r.get("represented")?)))?;
        held += h;
        represented += r;
    }
    let code = &p.code[..];
    let last_visit = db.value("SELECT max(date) FROM meeting WHERE kind = 'visit' AND practice_code = ?1 AND status = 'scheduled' AND date <= ?2", crate::params![code, to])?;
    Ok(PracticeAttendance { held, represented, last_visit })
}
