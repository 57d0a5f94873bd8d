//! Briefings sent to an audience, kept with their recipients as they were that day, and
//! `report reach`: how many people of each contract and locality the briefings reach.

use crate::store::{Db, Row, Write};
use chrono::NaiveDate;

use crate::audience::{self, Audience};
use crate::error::{Error, Result};

/// `briefing add`: the briefing and its recipients (opted in, with an email, not left,
/// as the filters choose them now). `audience_words` is the filters as typed, kept
/// with it.
pub fn add(
    db: &Write,
    title: &str,
    date: NaiveDate,
    link: Option<&str>,
    audience: &Audience,
    audience_words: &str,
    today: NaiveDate,
) -> Result<(i64, usize)> {
    let title = crate::text::line(title, "a briefing title", 200, "TITLE", &[])?;
    let link = link.map(|l| crate::text::line(l, "a link", 500, "--link", &[])).transpose()?;
    if date > today {
        return Err(Error::invalid(format!("{date} has not come yet: a briefing is recorded once sent (--date)")));
    }
    let people = audience::reachable(db, audience, today)?;
    let n = record(db, &title, date, link.as_deref(), &people, audience_words)?;
    Ok(n)
}

/// Records a briefing sent to `people` (kept as they are now); exit 3 when nobody.
/// Returns its number and how many it went to.
pub fn record(
    db: &Write,
    title: &str,
    date: NaiveDate,
    link: Option<&str>,
    people: &[crate::person::Person],
    audience_words: &str,
) -> Result<(i64, usize)> {
    if people.is_empty() {
        return Err(Error::invalid("nobody the filters choose receives briefings: nothing to record".to_string())
            .with_hint("`engage person list` with the same filters shows who they choose"));
    }
    let id = db.insert(
        "INSERT INTO briefing (title, sent_on, link, audience) VALUES (?1, ?2, ?3, ?4) RETURNING id",
        crate::params![title, date, link, audience_words],
    )?;
    let values: Vec<&dyn crate::store::ToValue> = people
        .iter()
        .flat_map(|p| -> [&dyn crate::store::ToValue; 6] { [&id, &p.id, &p.name, &p.email, &p.role, &p.practice_code] })
        .collect();
    db.insert_rows(
        "INSERT INTO briefing_recipient (briefing_id, person_id, name, email, role, practice_code)",
        6,
        &values,
    )?;
    Ok((id, people.len()))
}

/// A briefing as `briefing list` and `briefing show` give it.
#[derive(Debug, Clone)]
pub struct Sent {
    pub id: i64,
    pub date: NaiveDate,
    pub title: String,
    /// How many it reached.
    pub recipients: i64,
    pub link: Option<String>,
    /// The filters it went with, as typed.
    pub audience: String,
}

/// Someone a briefing reached, as they were when it was sent.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub person_id: i64,
    pub name: String,
    pub email: String,
    pub role: String,
    pub practice_code: Option<String>,
}

fn sent(r: &Row) -> Result<Sent> {
    Ok(Sent {
        id: r.get("id")?,
        date: r.get("sent_on")?,
        title: r.get("title")?,
        recipients: r.get("recipients")?,
        link: r.get("link")?,
        audience: r.get("audience")?,
    })
}

const SELECT: &str = "SELECT b.id, b.sent_on, b.title,
        (SELECT count(*) FROM briefing_recipient r WHERE r.briefing_id = b.id) AS recipients, b.link, b.audience
   FROM briefing b";

/// `briefing list`, by number.
pub fn list(db: &Db) -> Result<Vec<Sent>> {
    let stmt = format!("{SELECT} ORDER BY b.id");
    let rows = db.query(&stmt, (), sent)?;
    Ok(rows)
}

/// `briefing show`: the briefing, the filters it went with, and its recipients as they
/// were when it was sent.
pub fn show(db: &Db, id: i64) -> Result<(Sent, Vec<Recipient>)> {
    let found = db.first(&format!("{SELECT} WHERE b.id = ?1"), [id], sent)?;
    let Some(briefing) = found else {
        return Err(
            Error::not_found(format!("no such briefing: {id} (ID)")).with_hint("`engage briefing list` shows them")
        );
    };
    let stmt = "SELECT person_id, name, email, role, practice_code FROM briefing_recipient WHERE briefing_id = ?1
          ORDER BY name, person_id";
    let recipients = db.query(stmt, [id], |r| {
        Ok(Recipient {
            person_id: r.get("person_id")?,
            name: r.get("name")?,
            email: r.get("email")?,
            role: r.get("role")?,
            practice_code: r.get("practice_code")?,
        })
    })?;
    Ok((briefing, recipients))
}

/// A briefing's number as typed.
pub fn parse_id(text: &str) -> Result<i64> {
    crate::units::parse_whole(text, 1..=i64::MAX).ok_or_else(|| {
        Error::invalid(format!("not a briefing number: {text:?} (ID)")).with_hint("`engage briefing list` shows them")
    })
}

/// One row of `report reach`.
#[derive(Debug, Clone)]
pub struct ReachRow {
    /// `contract` or `locality`.
    pub group: &'static str,
    /// The contract, or the locality's name (none for people with no practice).
    pub value: Option<String>,
    pub people: i64,
    pub with_email: i64,
    pub opted_in: i64,
    /// Sent at least one briefing in the period.
    pub reached: i64,
    /// Briefings received in the period, per person, in tenths.
    pub per_person: Option<i64>,
}

/// The contracts `report reach` counts, by role.
const CONTRACTS: &[(&str, &str)] = &[
    ("gp-partner", "partner"),
    ("gp-salaried", "salaried"),
    ("gp-locum", "locum"),
    ("practice-manager", "manager"),
    ("nurse", "nurse"),
    ("other", "other"),
];

/// `report reach`: people who had not left by the period's end, by contract (their
/// role now) and by locality (their practice's now; those with no practice last), and
/// how the briefings dated in the period reached them.
pub fn reach(db: &Db, from: NaiveDate, to: NaiveDate) -> Result<Vec<ReachRow>> {
    // Briefings received in the period, per person: at national scale a year of
    // newsletters is some 600,000 recipients, counted in one pass.
    let mut received: std::collections::HashMap<i64, i64> = std::collections::HashMap::new();
    let stmt = "SELECT r.person_id FROM briefing b JOIN briefing_recipient r ON r.briefing_id = b.id
          WHERE b.sent_on >= ?1 AND b.sent_on <= ?2";
    db.each(stmt, crate::params![from, to], |r| {
        *received.entry(r.get("person_id")?).or_default() += 1;
        Ok(())
    })?;
    // Per contract and per locality: people, with an email, opted in, reached, received.
    let mut by_role: std::collections::HashMap<String, [i64; 5]> = std::collections::HashMap::new();
    // Keyed so that localities come by name (bytes), people with no practice last.
    type Tally = (Option<String>, [i64; 5]);
    let mut by_locality: std::collections::BTreeMap<(bool, Vec<u8>), Tally> = std::collections::BTreeMap::new();
    // Each person's contract and practice at the period's end, in the locality the
    // practice was in then: a past period's figures stay as they were.
    use crate::history::{locality_on, person_fact, person_past_join};
    let stmt = format!(
        "SELECT p.id, {role} AS role, p.email IS NOT NULL AS has_email, {opted_in} AS opted_in, l.name AS locality
           FROM person p {past}
           LEFT JOIN locality l ON l.id = {locality}
          WHERE p.left_on IS NULL OR p.left_on > ?1",
        past = person_past_join("h", "p.id", "?1"),
        role = person_fact("h", "p", "role"),
        locality = locality_on(&person_fact("h", "p", "practice_code"), "?1"),
        opted_in = audience::opted_in("p"),
    );
    db.each(&stmt, [to], |r| {
        let (id, role, email, opted, locality): (i64, String, bool, bool, Option<String>) =
            (r.get("id")?, r.get("role")?, r.get("has_email")?, r.get("opted_in")?, r.get("locality")?);
        let n = received.get(&id).copied().unwrap_or(0);
        let add = |t: &mut [i64; 5]| {
            t[0] += 1;
            t[1] += email as i64;
            t[2] += opted as i64;
            t[3] += (n > 0) as i64;
            t[4] += n;
        };
        add(by_role.entry(role).or_default());
        let key = (locality.is_none(), locality.clone().unwrap_or_default().into_bytes());
        add(&mut by_locality.entry(key).or_insert((locality, [0; 5])).1);
        Ok(())
    })?;
    let make = |group: &'static str, value: Option<String>, n: [i64; 5]| ReachRow {
        group,
        value,
        people: n[0],
        with_email: n[1],
        opted_in: n[2],
        reached: n[3],
        per_person: (n[0] > 0).then(|| crate::units::div_round_half_up(n[4] as i128 * 10, n[0] as i128)),
    };
    let mut out: Vec<ReachRow> = CONTRACTS
        .iter()
        .map(|(role, contract)| {
            make("contract", Some(contract.to_string()), by_role.get(*role).copied().unwrap_or([0; 5]))
        })
        .collect();
    out.extend(by_locality.into_values().map(|(name, n)| make("locality", name, n)));
    Ok(out)
}
