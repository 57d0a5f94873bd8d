//! Meeting business: numbered agenda items with their papers, what was said and
//! decided under each, actions someone owns, notes (what a practice said on a visit),
//! and the minutes as Markdown ready to circulate.

use std::fmt::Write as _;

use crate::store::{Db, Row, Write};
use chrono::NaiveDate;

use super::attendance::{self, Quorum};
use super::{Meeting, get};
use crate::error::{Error, Result};
use crate::person;

/// One agenda item.
#[derive(Debug, Clone)]
pub struct Item {
    pub number: i64,
    pub title: String,
    pub paper: Option<String>,
}

/// An item number as typed (`--item 2`).
pub fn parse_item(text: &str) -> Result<i64> {
    crate::units::parse_whole(text, 1..=999).ok_or_else(|| {
        Error::invalid(format!("not an item number: {text:?} (--item)")).with_hint("items are numbered 1, 2, …")
    })
}

/// `meeting item add`: the next number on the agenda.
pub fn add_item(db: &Write, m: &Meeting, title: &str, paper: Option<&str>) -> Result<Item> {
    let title = crate::text::line(title, "an item title", 200, "TITLE", &[])?;
    let paper = paper.map(|p| crate::text::line(p, "a paper", 500, "--paper", &[])).transpose()?;
    if m.cancelled {
        return Err(Error::conflict(format!("meeting {} was cancelled ({})", m.id, m.describe())));
    }
    let number: i64 = db.value("SELECT coalesce(max(number), 0) + 1 FROM agenda_item WHERE meeting_id = ?1", [m.id])?;
    db.execute(
        "INSERT INTO agenda_item (meeting_id, number, title, paper) VALUES (?1, ?2, ?3, ?4)",
        crate::params![m.id, number, title, paper],
    )?;
    Ok(Item { number, title, paper })
}

pub fn items(db: &Db, meeting_id: i64) -> Result<Vec<Item>> {
    let stmt = "SELECT number, title, paper FROM agenda_item WHERE meeting_id = ?1 ORDER BY number";
    let rows = db.query(stmt, [meeting_id], |r| {
        Ok(Item { number: r.get("number")?, title: r.get("title")?, paper: r.get("paper")? })
    })?;
    Ok(rows)
}

/// The item numbered `n` of a meeting; exit 4 when the agenda has none.
pub fn item(db: &Db, m: &Meeting, n: i64) -> Result<Item> {
    db.first("SELECT number, title, paper FROM agenda_item WHERE meeting_id = ?1 AND number = ?2", (m.id, n), |r| {
        Ok(Item { number: r.get("number")?, title: r.get("title")?, paper: r.get("paper")? })
    })?
    .ok_or_else(|| {
        Error::not_found(format!("meeting {} has no item {n} (--item)", m.id))
            .with_hint(format!("`engage meeting item list {}` shows its agenda", m.id))
    })
}

/// Business is recorded once the meeting has taken place.
fn held(m: &Meeting, today: NaiveDate, what: &str) -> Result<()> {
    if m.cancelled {
        return Err(Error::conflict(format!("meeting {} was cancelled ({})", m.id, m.describe())));
    }
    if m.date > today {
        return Err(Error::invalid(format!(
            "meeting {} is on {}, after today: {what} come after it (ID)",
            m.id, m.date
        )));
    }
    Ok(())
}

crate::text_enum! {
    /// What a line of the minutes is.
    pub enum Said {
        Minute = "minute",
        Decision = "decision",
    }
}

/// `meeting minute` and `meeting decide`: a line under an item.
pub fn record(db: &Write, m: &Meeting, n: i64, said: Said, text: &str, today: NaiveDate) -> Result<Item> {
    let text = crate::text::line(text, &format!("a {}", said.as_str()), 2000, "TEXT", &[])?;
    held(m, today, "minutes and decisions")?;
    let it = item(db, m, n)?;
    db.execute(
        "INSERT INTO minute (meeting_id, item, kind, text) VALUES (?1, ?2, ?3, ?4)",
        crate::params![m.id, n, said.as_str(), text],
    )?;
    Ok(it)
}

/// The lines said under each item, in the order recorded: (item, kind, text).
fn said(db: &Db, meeting_id: i64) -> Result<Vec<(i64, Said, String)>> {
    let stmt = "SELECT item, kind, text FROM minute WHERE meeting_id = ?1 ORDER BY id";
    let rows = db.query(stmt, [meeting_id], |r| Ok((r.get("item")?, r.get("kind")?, r.get("text")?)))?;
    Ok(rows)
}

/// An action someone owns.
#[derive(Debug, Clone)]
pub struct Action {
    pub id: i64,
    pub meeting_id: i64,
    pub meeting_date: NaiveDate,
    pub item: i64,
    pub text: String,
    pub owner_id: i64,
    pub owner_name: String,
    pub due: NaiveDate,
    pub done_on: Option<NaiveDate>,
    pub note: Option<String>,
}

impl Action {
    /// Not done, and due before today.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.done_on.is_none() && self.due < today
    }
}

const ACTION_SELECT: &str =
    "SELECT a.id, a.meeting_id, m.date, a.item, a.text, a.owner_id, p.name, a.due, a.done_on, a.done_note
      FROM action a JOIN meeting m ON m.id = a.meeting_id JOIN person p ON p.id = a.owner_id";

fn action_row(r: &Row) -> Result<Action> {
    Ok(Action {
        id: r.get("id")?,
        meeting_id: r.get("meeting_id")?,
        meeting_date: r.get("date")?,
        item: r.get("item")?,
        text: r.get("text")?,
        owner_id: r.get("owner_id")?,
        owner_name: r.get("name")?,
        due: r.get("due")?,
        done_on: r.get("done_on")?,
        note: r.get("done_note")?,
    })
}

pub fn get_action(db: &Db, id: i64) -> Result<Action> {
    db.first(&format!("{ACTION_SELECT} WHERE a.id = ?1"), [id], action_row)?.ok_or_else(|| {
        Error::not_found(format!("no such action: {id} (ID)")).with_hint("`engage action list --open` shows them")
    })
}

/// `meeting action`: an action under an item, its owner and due date.
pub fn add_action(
    db: &Write,
    m: &Meeting,
    n: i64,
    text: &str,
    owner: &str,
    due: NaiveDate,
    today: NaiveDate,
) -> Result<Action> {
    let text = crate::text::line(text, "an action", 500, "TEXT", &[])?;
    if due < m.date {
        return Err(Error::invalid(format!("--due {due} is before the meeting on {}", m.date)));
    }
    held(m, today, "actions")?;
    item(db, m, n)?;
    let owner = person::find(db, owner).map_err(|e| e.at("--owner"))?;
    if let Some(left) = owner.left_on.filter(|l| *l < today) {
        return Err(Error::invalid(format!(
            "{} left on {left}: give the action to someone here (--owner)",
            owner.name
        )));
    }
    let id = db.insert(
        "INSERT INTO action (meeting_id, item, text, owner_id, due) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
        crate::params![m.id, n, text, owner.id, due],
    )?;
    get_action(db, id)
}

/// Which actions `action list` shows.
#[derive(Debug, Clone, Default)]
pub struct ActionFilter {
    pub open: bool,
    pub overdue: bool,
    pub owner_id: Option<i64>,
    pub group_id: Option<i64>,
    pub meeting_id: Option<i64>,
}

/// Actions by id (the order they were agreed in).
pub fn actions(db: &Db, f: &ActionFilter, today: NaiveDate) -> Result<Vec<Action>> {
    let stmt = format!(
        "{ACTION_SELECT}
          WHERE (?1 = 0 OR a.done_on IS NULL) AND (?2 = 0 OR (a.done_on IS NULL AND a.due < ?3))
            AND (?4 IS NULL OR a.owner_id = ?4) AND (?5 IS NULL OR m.group_id = ?5) AND (?6 IS NULL OR a.meeting_id = ?6)
          ORDER BY a.id"
    );
    let rows =
        db.query(&stmt, crate::params![f.open, f.overdue, today, f.owner_id, f.group_id, f.meeting_id], action_row)?;
    Ok(rows)
}

/// `action done`: done on a day from the meeting's to today, with a note.
pub fn done(db: &Write, id: i64, date: NaiveDate, note: Option<&str>, today: NaiveDate) -> Result<Action> {
    let note = note.map(|n| crate::text::line(n, "a note", 500, "--note", &[])).transpose()?;
    let a = get_action(db, id)?;
    if date > today {
        return Err(Error::invalid(format!("{date} has not come yet (--date)")));
    }
    if date < a.meeting_date {
        return Err(Error::invalid(format!(
            "{date} is before the meeting that agreed action {id}, on {} (--date)",
            a.meeting_date
        )));
    }
    if let Some(d) = a.done_on {
        return Err(Error::conflict(format!("action {id} was done on {d} already")));
    }
    db.execute("UPDATE action SET done_on = ?1, done_note = ?2 WHERE id = ?3", crate::params![date, note, id])?;
    get_action(db, id)
}

/// `meeting note`: what the practice said on a visit, or anything worth keeping.
pub fn note(db: &Write, m: &Meeting, text: &str, today: NaiveDate) -> Result<()> {
    let text = crate::text::line(text, "a note", 2000, "TEXT", &[])?;
    held(m, today, "notes")?;
    db.execute(
        "INSERT INTO meeting_note (meeting_id, text, noted_on) VALUES (?1, ?2, ?3)",
        crate::params![m.id, text, today],
    )?;
    Ok(())
}

pub fn notes(db: &Db, meeting_id: i64) -> Result<Vec<String>> {
    let stmt = "SELECT text FROM meeting_note WHERE meeting_id = ?1 ORDER BY id";
    let rows = db.query(stmt, [meeting_id], |r| r.get("text"))?;
    Ok(rows)
}

/// An action as one line: `Write to the trust (Dr Asha Patel, due 2027-02-01)`.
fn action_line(a: &Action) -> String {
    let done = a.done_on.map(|d| format!(", done {d}")).unwrap_or_default();
    format!("{} ({}, due {}{done})", a.text, a.owner_name, a.due)
}

/// An agenda item as `meeting show` and `meeting item list` give it: whether it was
/// quorate (after withdrawals from it), and what was minuted, decided and given as an
/// action under it.
#[derive(Debug, Clone)]
pub struct ItemShown {
    pub number: i64,
    pub title: String,
    pub paper: Option<String>,
    pub quorate: Option<bool>,
    pub minutes: Vec<String>,
    pub decisions: Vec<String>,
    pub actions: Vec<String>,
}

/// The items of a meeting with their business.
pub fn items_shown(db: &Db, m: &Meeting, quorum: &Quorum, today: NaiveDate) -> Result<Vec<ItemShown>> {
    let said = said(db, m.id)?;
    let actions = actions(db, &ActionFilter { meeting_id: Some(m.id), ..ActionFilter::default() }, today)?;
    Ok(items(db, m.id)?
        .into_iter()
        .map(|it| {
            let lines = |kind: Said| -> Vec<String> {
                said.iter().filter(|(n, k, _)| *n == it.number && *k == kind).map(|(_, _, t)| t.clone()).collect()
            };
            ItemShown {
                quorate: quorum.item(it.number),
                minutes: lines(Said::Minute),
                decisions: lines(Said::Decision),
                actions: actions.iter().filter(|a| a.item == it.number).map(action_line).collect(),
                number: it.number,
                title: it.title,
                paper: it.paper,
            }
        })
        .collect())
}

/// Text set in Markdown as it was typed: characters Markdown would read as markup are
/// escaped.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    // What would start a list or a heading at the start of a line: `1. `, `2) `, `+ `,
    // `- `, `= ` (the rest are escaped wherever they stand, below).
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let marker = match text.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => Some(digits),
        Some(b'+' | b'-' | b'=') if digits == 0 => Some(0),
        _ => None,
    };
    for (i, c) in text.char_indices() {
        // `&` would start an entity (`&lt;` reads as `<`).
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&') || marker == Some(i) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn yes_no(quorate: bool) -> &'static str {
    if quorate { "quorate" } else { "not quorate" }
}

/// `meeting minutes ID`: the minutes as Markdown (the README's meeting business).
pub fn minutes(db: &Db, id: i64, today: NaiveDate) -> Result<String> {
    let m = get(db, id)?;
    let people = attendance::attendees(db, &m)?;
    let quorum = attendance::quorum(db, &m, &people)?;
    let mut out = String::new();
    let heading = m
        .title
        .clone()
        .or_else(|| m.group.clone())
        .or_else(|| m.locality.clone().map(|l| format!("{l} locality meeting")));
    let heading = heading.unwrap_or_else(|| m.describe());
    let _ = writeln!(out, "# {}\n", md(&heading));
    let when = match (m.start, m.duration_minutes) {
        (Some(s), Some(d)) => {
            let end = s + chrono::Duration::minutes(d);
            format!("{}, {}-{}", m.date, s.format("%H:%M"), end.format("%H:%M"))
        }
        (Some(s), None) => format!("{}, {}", m.date, s.format("%H:%M")),
        _ => m.date.to_string(),
    };
    let _ = writeln!(out, "- **Date:** {when}");
    if let Some(place) = &m.location {
        let _ = writeln!(out, "- **Place:** {}", md(place));
    }
    let _ = writeln!(out, "- **Meeting:** {} {}", m.kind.as_str(), m.id);
    if let Some(g) = &m.group {
        let _ = writeln!(out, "- **Group:** {}", md(g));
    }
    if let Some(l) = &m.locality {
        let _ = writeln!(out, "- **Locality:** {}", md(l));
    }
    if let Some(r) = &m.round {
        let _ = writeln!(out, "- **Round:** {}", md(r));
    }
    if let Some(t) = &m.topic {
        let _ = writeln!(out, "- **Topic:** {}", md(t));
    }
    let status = m.status_on(today);
    if status != "held" {
        let _ = writeln!(out, "- **Status:** {status}");
    }
    if let (Some(needed), Some(q)) = (quorum.needed, quorum.meeting()) {
        let _ = writeln!(out, "- **Quorum:** {needed}; {} counted: {}", quorum.counted, yes_no(q));
    }

    let list = |out: &mut String, title: &str, lines: Vec<String>| {
        let _ = writeln!(out, "\n## {title}\n");
        if lines.is_empty() {
            let _ = writeln!(out, "None recorded.");
        }
        for l in lines {
            let _ = writeln!(out, "- {l}");
        }
    };
    // Practices by name, as the people reading the minutes know them.
    let codes: Vec<&str> = people.iter().filter_map(|a| a.for_practice.as_deref()).collect();
    let practice_names: std::collections::HashMap<String, String> =
        crate::practice::get_many(db, &codes)?.into_iter().map(|p| (p.code.to_string(), md(&p.name))).collect();
    let present_line = |a: &attendance::Attendee| {
        let mut line = md(&a.person.name);
        let mut about = Vec::new();
        if let Some(code) = &a.for_practice {
            let name = practice_names.get(code).cloned().unwrap_or_else(|| code.clone());
            about.push(if a.substitute { format!("for {name}, substitute") } else { name });
        }
        if a.status == super::Status::Virtual {
            about.push("virtual".to_string());
        }
        if !about.is_empty() {
            let _ = write!(line, " ({})", about.join(", "));
        }
        line
    };
    list(&mut out, "Present", people.iter().filter(|a| a.status.present()).map(present_line).collect());
    list(&mut out, "Apologies", people.iter().filter(|a| !a.status.present()).map(|a| md(&a.person.name)).collect());
    if m.group_id.is_some() {
        list(&mut out, "Absent", attendance::absent_members(db, &m, &people)?.iter().map(|n| md(n)).collect());
    }
    let declarations = attendance::declarations(db, m.id)?;
    list(
        &mut out,
        "Declarations of interest",
        declarations
            .iter()
            .map(|d| {
                let about = d.item.map(|n| format!(" (item {n})")).unwrap_or_default();
                let withdrew = match (d.withdrew, d.item) {
                    (true, Some(_)) => "; withdrew from the item",
                    (true, None) => "; withdrew from the meeting",
                    _ => "",
                };
                format!("{}{about}: {}{withdrew}", md(&d.name), md(&d.text))
            })
            .collect(),
    );
    let notes = notes(db, m.id)?;
    if !notes.is_empty() {
        list(&mut out, "Notes", notes.iter().map(|n| md(n)).collect());
    }
    let said = said(db, m.id)?;
    let actions = actions(db, &ActionFilter { meeting_id: Some(m.id), ..ActionFilter::default() }, today)?;
    for it in items(db, m.id)? {
        let _ = writeln!(out, "\n## {}. {}\n", it.number, md(&it.title));
        if let Some(p) = &it.paper {
            let _ = writeln!(out, "Paper: {}\n", md(p));
        }
        if let Some(q) = quorum.item(it.number).filter(|_| quorum.withdrawn.contains_key(&it.number)) {
            let _ = writeln!(
                out,
                "Quorum for this item: {} counted after withdrawals: {}.\n",
                quorum.item_count(it.number),
                yes_no(q)
            );
        }
        let mut any = false;
        for (kind, title) in [(Said::Minute, "Minutes"), (Said::Decision, "Decisions")] {
            let lines: Vec<&String> =
                said.iter().filter(|(n, k, _)| *n == it.number && *k == kind).map(|s| &s.2).collect();
            if !lines.is_empty() {
                any = true;
                let _ = writeln!(out, "{title}:\n");
                for l in lines {
                    let _ = writeln!(out, "- {}", md(l));
                }
                out.push('\n');
            }
        }
        let item_actions: Vec<&Action> = actions.iter().filter(|a| a.item == it.number).collect();
        if !item_actions.is_empty() {
            any = true;
            let _ = writeln!(out, "Actions:\n");
            for a in item_actions {
                let done = if a.done_on.is_some() { "x" } else { " " };
                let _ = writeln!(out, "- [{done}] {}; action {}", md(&action_line(a)), a.id);
            }
            out.push('\n');
        }
        if !any {
            let _ = writeln!(out, "Nothing recorded.\n");
        }
    }
    while out.contains("\n\n\n") {
        out = out.replace("\n\n\n", "\n\n");
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    Ok(out)
}
