//! Peer groups, committees and forums: the group's work beyond the locality meeting.
//! Memberships of practices and people are dated (the README's History): a group's meeting expects
//! the practices that were members on its date, and a committee's quorum counts the
//! people who had a vote on it.

use std::collections::{BTreeSet, HashMap};

use crate::store::{Db, Row, Value, Write};
use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::person::{self, Role};
use crate::practice;

crate::text_enum! {
    /// What sort of group it is.
    pub enum Kind {
        /// Practices that meet to learn from each other.
        PeerGroup = "peer-group",
        /// A board or committee: voting members and a quorum.
        Committee = "committee",
        /// A forum (practice managers, nurses, patients).
        Forum = "forum",
    }
}

#[derive(Debug, Clone)]
pub struct Group {
    pub id: i64,
    pub name: String,
    pub kind: Kind,
    pub quorum: Option<i64>,
}

const SELECT: &str = "SELECT id, name, kind, quorum FROM member_group";

fn from_row(r: &Row) -> Result<Group> {
    Ok(Group { id: r.get("id")?, name: r.get("name")?, kind: r.get("kind")?, quorum: r.get("quorum")? })
}

pub fn check_name(name: &str) -> Result<String> {
    crate::text::line(name, "a group name", 100, "NAME", &[])
}

pub fn get(db: &Db, id: i64) -> Result<Group> {
    db.one(&format!("{SELECT} WHERE id = ?1"), [id], from_row)
}

/// Every group, by name.
pub fn all(db: &Db) -> Result<Vec<Group>> {
    let stmt = format!("{SELECT} ORDER BY name");
    let rows = db.query(&stmt, (), from_row)?;
    Ok(rows)
}

/// Finds a group by its name, any case, or as people say it (its first words).
pub fn find(db: &Db, reference: &str) -> Result<Group> {
    crate::reference::pick(reference, all(db)?, |g| g.name.as_str(), "group", "group list")
}

fn ensure_free(db: &Db, name: &str, except: Option<i64>) -> Result<()> {
    let clash: Option<String> = db.value_opt(
        "SELECT name FROM member_group WHERE lower(name) = lower(?1) AND id <> ?2",
        (name, except.unwrap_or(-1)),
    )?;
    match clash {
        Some(c) => Err(Error::conflict(format!("a group is already called {c:?} (NAME)"))),
        None => Ok(()),
    }
}

pub fn add(db: &Write, name: &str, kind: Kind, quorum: Option<i64>) -> Result<Group> {
    let name = check_name(name)?;
    ensure_free(db, &name, None)?;
    let id = db.insert(
        "INSERT INTO member_group (name, kind, quorum) VALUES (?1, ?2, ?3) RETURNING id",
        crate::params![name, kind.as_str(), quorum],
    )?;
    get(db, id)
}

/// Renames a group or sets its quorum. The quorum applies to meetings added from now
/// on: each meeting keeps the quorum it was added with, so a past meeting's outcome
/// never changes.
pub fn edit(db: &Write, reference: &str, name: Option<&str>, quorum: Option<i64>) -> Result<Group> {
    let mut g = find(db, reference)?;
    if let Some(n) = name {
        let n = check_name(n)?;
        ensure_free(db, &n, Some(g.id))?;
        g.name = n;
    }
    g.quorum = quorum.or(g.quorum);
    db.execute("UPDATE member_group SET name = ?1, quorum = ?2 WHERE id = ?3", crate::params![g.name, g.quorum, g.id])?;
    Ok(g)
}

/// Removes a group that has held no meeting, with its memberships.
pub fn remove(db: &Write, reference: &str) -> Result<Group> {
    let g = find(db, reference)?;
    let meetings: i64 = db.value("SELECT count(*) FROM meeting WHERE group_id = ?1", [g.id])?;
    if meetings > 0 {
        return Err(Error::conflict(format!(
            "group {} has {meetings} meeting(s) in the register; it is kept with them",
            g.name
        ))
        .with_hint("end its memberships with `engage group leave` instead"));
    }
    db.execute("DELETE FROM membership WHERE group_id = ?1", [g.id])?;
    db.execute("DELETE FROM member_group WHERE id = ?1", [g.id])?;
    Ok(g)
}

/// A member as typed: a practice when it is shaped like an ODS code and names a
/// practice in the register, else a person.
pub enum Member {
    Practice(practice::Practice),
    Person(person::Person),
}

impl Member {
    pub fn resolve(db: &Db, reference: &str) -> Result<Member> {
        if let Some(code) = practice::check_code(reference)
            && let Ok(p) = practice::get(db, code.as_str())
        {
            return Ok(Member::Practice(p));
        }
        Ok(Member::Person(person::find(db, reference)?))
    }

    pub fn name(&self) -> String {
        match self {
            Member::Practice(p) => format!("{} {}", p.code, p.name),
            Member::Person(p) => p.name.clone(),
        }
    }

    /// The membership column and value that name this member.
    fn key(&self) -> (&'static str, Value<'_>) {
        match self {
            Member::Practice(p) => ("practice_code", Value::Text(p.code.as_str().into())),
            Member::Person(p) => ("person_id", Value::Integer(p.id)),
        }
    }
}

/// `group join`: dated seats for practices and people, all or nothing. `voting`
/// `None` takes the default: a committee's people vote, nobody else does.
pub fn join(
    db: &Write,
    g: &Group,
    members: &[String],
    voting: Option<bool>,
    from: NaiveDate,
    until: Option<NaiveDate>,
) -> Result<Vec<String>> {
    if let Some(u) = until.filter(|u| *u < from) {
        return Err(Error::invalid(format!("--until {u} is before --from {from}")));
    }
    // The practices named, in one question; a person is found as `person show` finds one.
    let codes: Vec<&str> = members.iter().filter_map(|r| practice::check_code(r).map(|_| r.as_str())).collect();
    let practices: HashMap<String, practice::Practice> =
        practice::get_many(db, &codes)?.into_iter().map(|p| (p.code.to_string(), p)).collect();
    let mut seats: Vec<(Member, bool)> = Vec::new();
    for reference in members {
        let known = practice::check_code(reference).and_then(|c| practices.get(c.as_str()));
        let m = match known {
            Some(p) => Member::Practice(p.clone()),
            None => Member::Person(person::find(db, reference)?),
        };
        let vote = match (&m, voting) {
            (Member::Practice(p), Some(true)) => {
                return Err(Error::invalid(format!(
                    "{} is a practice: practices do not vote, their people do (--voting)",
                    p.code
                )));
            }
            (Member::Practice(_), _) => false,
            (Member::Person(_), Some(v)) => v,
            (Member::Person(_), None) => g.kind == Kind::Committee,
        };
        if let Member::Person(p) = &m
            && let Some(left) = p.left_on.filter(|l| *l < from)
        {
            return Err(Error::invalid(format!("{} left on {left}, before {from} (--from)", p.name)));
        }
        seats.push((m, vote));
    }
    // Seats that overlap the new ones, in one question.
    // (practice, person, from, until) of each seat held.
    type Seat = (Option<String>, Option<i64>, NaiveDate, Option<NaiveDate>);
    let overlaps: Vec<Seat> = db.query(
        "SELECT practice_code, person_id, from_date, until_date FROM membership WHERE group_id = ?1
            AND (until_date IS NULL OR until_date >= ?2) AND (?3 IS NULL OR from_date <= ?3)",
        crate::params![g.id, from, until],
        |r| Ok((r.get("practice_code")?, r.get("person_id")?, r.get("from_date")?, r.get("until_date")?)),
    )?;
    for (i, (m, _)) in seats.iter().enumerate() {
        let held = overlaps.iter().find(|(code, id, _, _)| match m {
            Member::Practice(p) => code.as_deref() == Some(p.code.as_str()),
            Member::Person(p) => *id == Some(p.id),
        });
        // Named twice: the second seat would overlap the first.
        let twice = seats[..i].iter().any(|(earlier, _)| earlier.key() == m.key());
        let held = held.map(|(_, _, f, u)| (*f, *u)).or(twice.then_some((from, until)));
        if let Some((f, u)) = held {
            let term = u.map_or(format!("from {f}"), |u| format!("from {f} to {u}"));
            return Err(Error::conflict(format!("{} is a member of {} already ({term})", m.name(), g.name))
                .with_hint("`engage group leave` ends a membership; join again from a later day"));
        }
    }
    let keys: Vec<(Option<&str>, Option<i64>)> = seats
        .iter()
        .map(|(m, _)| match m {
            Member::Practice(p) => (Some(p.code.as_str()), None),
            Member::Person(p) => (None, Some(p.id)),
        })
        .collect();
    let values: Vec<&dyn crate::store::ToValue> = seats
        .iter()
        .zip(&keys)
        .flat_map(|((_, vote), (code, id))| -> [&dyn crate::store::ToValue; 6] {
            [&g.id, code, id, vote, &from, &until]
        })
        .collect();
    db.insert_rows(
        "INSERT INTO membership (group_id, practice_code, person_id, voting, from_date, until_date)",
        6,
        &values,
    )?;
    Ok(seats.iter().map(|(m, _)| m.name()).collect())
}

/// `group leave`: ends the membership in force on `date` (its last day).
pub fn leave(db: &Write, g: &Group, reference: &str, date: NaiveDate) -> Result<String> {
    let m = Member::resolve(db, reference)?;
    let (column, value) = m.key();
    let seat: Option<(i64, NaiveDate)> = db.first(
        &format!(
            "SELECT id, from_date FROM membership WHERE group_id = ?1 AND {column} = ?2
                    AND (until_date IS NULL OR until_date >= ?3) ORDER BY from_date LIMIT 1"
        ),
        crate::params![g.id, value, date],
        |r| Ok((r.get("id")?, r.get("from_date")?)),
    )?;
    let Some((id, from)) = seat else {
        return Err(Error::not_found(format!("{} is not a member of {} on {date} (MEMBER)", m.name(), g.name)));
    };
    if date < from {
        return Err(Error::invalid(format!("{} joined {} on {from}, after {date} (--date)", m.name(), g.name)));
    }
    db.execute("UPDATE membership SET until_date = ?1 WHERE id = ?2", crate::params![date, id])?;
    Ok(m.name())
}

/// One seat in a group, as `group show` lists it.
#[derive(Debug, Clone)]
pub struct Membership {
    pub practice_code: Option<String>,
    pub person_id: Option<i64>,
    pub name: String,
    pub voting: bool,
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
}

/// Every seat a group has had: practices by code, then people by name and id, each by
/// first day.
pub fn memberships(db: &Db, group_id: i64) -> Result<Vec<Membership>> {
    let stmt =
        "SELECT s.practice_code, s.person_id, coalesce(p.name, x.name) AS name, s.voting, s.from_date, s.until_date
           FROM membership s LEFT JOIN practice p ON p.code = s.practice_code LEFT JOIN person x ON x.id = s.person_id
          WHERE s.group_id = ?1
          ORDER BY s.person_id IS NOT NULL, s.practice_code, x.name, s.person_id, s.from_date";
    let rows = db.query(stmt, [group_id], |r| {
        Ok(Membership {
            practice_code: r.get("practice_code")?,
            person_id: r.get("person_id")?,
            name: r.get("name")?,
            voting: r.get("voting")?,
            from: r.get("from_date")?,
            until: r.get("until_date")?,
        })
    })?;
    Ok(rows)
}

/// The practices that were members of a group on a date, by code: those its meeting
/// that day expects.
pub fn practices_on(db: &Db, group_id: i64, date: NaiveDate) -> Result<Vec<String>> {
    let stmt = "SELECT DISTINCT practice_code FROM membership WHERE group_id = ?1 AND practice_code IS NOT NULL
            AND from_date <= ?2 AND (until_date IS NULL OR until_date >= ?2) ORDER BY practice_code";
    let rows = db.query(stmt, crate::params![group_id, date], |r| r.get("practice_code"))?;
    Ok(rows)
}

/// The people who were members on a date (id, name, voting), by name and id.
pub fn people_on(db: &Db, group_id: i64, date: NaiveDate) -> Result<Vec<(i64, String, bool)>> {
    let stmt = "SELECT p.id, p.name, max(s.voting) AS voting FROM membership s JOIN person p ON p.id = s.person_id
          WHERE s.group_id = ?1 AND s.from_date <= ?2 AND (s.until_date IS NULL OR s.until_date >= ?2)
          GROUP BY p.id ORDER BY p.name, p.id";
    let rows =
        db.query(stmt, crate::params![group_id, date], |r| Ok((r.get("id")?, r.get("name")?, r.get("voting")?)))?;
    Ok(rows)
}

/// The voting members of a committee on a date.
pub fn voters_on(db: &Db, group_id: i64, date: NaiveDate) -> Result<BTreeSet<i64>> {
    Ok(people_on(db, group_id, date)?.into_iter().filter(|p| p.2).map(|p| p.0).collect())
}

/// A group as `group list` shows it.
#[derive(Debug, Clone)]
pub struct Listed {
    pub group: Group,
    pub practices: i64,
    pub people: i64,
    pub next_meeting: Option<NaiveDate>,
}

/// `group list`: every group by name, with its members today and its next meeting
/// (three questions, however many groups).
pub fn list(db: &Db, today: NaiveDate) -> Result<Vec<Listed>> {
    let members: HashMap<i64, (i64, i64)> = db
        .query(
            "SELECT group_id, count(DISTINCT practice_code) AS practices, count(DISTINCT person_id) AS people
               FROM membership WHERE from_date <= ?1 AND (until_date IS NULL OR until_date >= ?1) GROUP BY group_id",
            [today],
            |r| Ok((r.get("group_id")?, (r.get("practices")?, r.get("people")?))),
        )?
        .into_iter()
        .collect();
    let next: HashMap<i64, NaiveDate> = db
        .query(
            "SELECT group_id, min(date) AS next FROM meeting
              WHERE group_id IS NOT NULL AND status = 'scheduled' AND date >= ?1 GROUP BY group_id",
            [today],
            |r| Ok((r.get("group_id")?, r.get("next")?)),
        )?
        .into_iter()
        .collect();
    Ok(all(db)?
        .into_iter()
        .map(|group| {
            let (practices, people) = members.get(&group.id).copied().unwrap_or_default();
            let next_meeting = next.get(&group.id).copied();
            Listed { group, practices, people, next_meeting }
        })
        .collect())
}

/// A peer group's practice on a date: its size, setting, whether it is single-handed
/// and dispensing. The GP workforce census speaks for a practice that has one; else the
/// register's own `--setting` and GP partners (one or fewer is single-handed).
#[derive(Debug, Clone)]
pub struct MixPractice {
    pub practice: practice::Practice,
    pub locality: String,
    pub setting: Option<practice::Setting>,
    pub single_handed: bool,
    pub dispensing: bool,
}

/// The partners of a practice on a date, as the register's history has them.
/// How many GP partners each practice had on `date`, by practice code (in one query).
fn partners_on(db: &Db, date: NaiveDate) -> Result<HashMap<String, i64>> {
    let practice = crate::history::person_fact("h", "p", "practice_code");
    let sql = format!(
        "SELECT {practice} AS code, count(*) AS partners FROM person p {h}
          WHERE {role} = ?2 AND (p.left_on IS NULL OR p.left_on >= ?1) AND {practice} IS NOT NULL
          GROUP BY {practice}",
        h = crate::history::person_past_join("h", "p.id", "?1"),
        role = crate::history::person_fact("h", "p", "role"),
    );
    Ok(db
        .query(&sql, crate::params![date, Role::GpPartner.as_str()], |r| Ok((r.get("code")?, r.get("partners")?)))?
        .into_iter()
        .collect())
}

/// The open practices that are members today, with what the mix is made of (a list of
/// today: a practice that closes today has left it).
pub fn mix_practices(db: &Db, group_id: i64, today: NaiveDate) -> Result<Vec<MixPractice>> {
    // Each practice, locality and partner count read once, not once a practice.
    let mut practices: HashMap<String, practice::Practice> =
        practice::all(db)?.into_iter().map(|p| (p.code.to_string(), p)).collect();
    let localities: HashMap<i64, String> = crate::locality::list(db)?.into_iter().map(|l| (l.id, l.name)).collect();
    let partners = partners_on(db, today)?;
    let mut census = practice::census::each_on(db, today)?;
    let mut out = Vec::new();
    for code in practices_on(db, group_id, today)? {
        let practice = practices.remove(&code).ok_or_else(|| Error::not_found(format!("no such practice: {code}")))?;
        if !practice.open {
            continue;
        }
        let locality = localities.get(&practice.locality_id).cloned().unwrap_or_default();
        let census = census.remove(&code);
        let census = census.as_ref();
        let single_handed =
            census.and_then(|c| c.single_handed).unwrap_or_else(|| partners.get(&code).copied().unwrap_or(0) <= 1);
        let setting = census.and_then(|c| c.setting).or(practice.setting);
        let dispensing = census.and_then(|c| c.dispensing).unwrap_or(false);
        out.push(MixPractice { practice, locality, setting, single_handed, dispensing });
    }
    Ok(out)
}

/// The mix of a group's practices (the README's group): list-size bands, settings,
/// single-handed and dispensing practices.
pub fn mix(practices: &[MixPractice]) -> Vec<(&'static str, i64)> {
    let count = |f: &dyn Fn(&MixPractice) -> bool| practices.iter().filter(|p| f(p)).count() as i64;
    let size = |p: &MixPractice| p.practice.list_size;
    let setting = |p: &MixPractice| p.setting.map(|s| s.as_str());
    vec![
        ("list_size_under_5000", count(&|p| size(p).is_some_and(|n| n < 5000))),
        ("list_size_5000_to_9999", count(&|p| size(p).is_some_and(|n| (5000..10000).contains(&n)))),
        ("list_size_10000_and_over", count(&|p| size(p).is_some_and(|n| n >= 10000))),
        ("urban", count(&|p| setting(p) == Some("urban"))),
        ("rural", count(&|p| setting(p) == Some("rural"))),
        ("mixed", count(&|p| setting(p) == Some("mixed"))),
        ("setting_unknown", count(&|p| setting(p).is_none())),
        ("single_handed", count(&|p| p.single_handed)),
        ("dispensing", count(&|p| p.dispensing)),
    ]
}

/// `group show`: the group, its members with their terms and, for a group with
/// practices, those that are members today and what they are made of.
#[derive(Debug, Clone)]
pub struct Shown {
    pub group: Group,
    pub members: Vec<Membership>,
    pub practices: Vec<MixPractice>,
}

pub fn show(db: &Db, reference: &str, today: NaiveDate) -> Result<Shown> {
    let group = find(db, reference)?;
    Ok(Shown { practices: mix_practices(db, group.id, today)?, members: memberships(db, group.id)?, group })
}
