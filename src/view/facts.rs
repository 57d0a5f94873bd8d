//! The tables of the facts' lists: practices, people, localities.

use crate::output::{Cell, Table};
use engage::appointment::Listed as Appointment;
use engage::audit::Entry;
use engage::meeting::Meeting;
use engage::person::Person;
use engage::person::PersonPeriod;
use engage::practice::Listed;
use engage::practice::PracticePeriod;
use engage::project::Listed as ListedProject;
use engage::show::LocalityShown;
use engage::skill::{Found, Held, Level};

pub const PRACTICE_COLUMNS: &[&str] =
    &["code", "name", "locality", "list_size", "postcode", "phone", "setting", "status", "open_date", "close_date"];

/// `practice list`, and a locality's practices in `locality show`.
pub fn practices(rows: &[Listed]) -> Table {
    let mut table = Table::new(PRACTICE_COLUMNS);
    for Listed { practice: p, locality } in rows {
        table.push(vec![
            Cell::text(&p.code),
            Cell::text(&p.name),
            Cell::text(locality),
            Cell::opt_int(p.list_size),
            Cell::opt_text(p.postcode.clone()),
            Cell::opt_text(p.phone.clone()),
            Cell::opt_text(p.setting.map(|s| s.as_str().to_string())),
            Cell::text(if p.open { "open" } else { "closed" }),
            Cell::opt_date(p.open_date),
            Cell::opt_date(p.close_date),
        ]);
    }
    let patients: i64 = rows.iter().filter_map(|l| l.practice.list_size).sum();
    table.footer = Some(format!(
        "{}, {} patients",
        count(rows.len(), "practice", "practices"),
        engage::units::grouped(&patients.to_string())
    ));
    table
}

/// `1 practice`, `31 practices`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", engage::units::grouped(&n.to_string()), if n == 1 { one } else { many })
}

/// `practice history`: its localities over time (the README's output columns).
pub fn practice_history(rows: &[PracticePeriod]) -> Table {
    let mut table = Table::new(&["from", "until", "locality", "status"]);
    for r in rows {
        table.push(vec![
            Cell::opt_date(r.from),
            Cell::opt_date(r.until),
            Cell::text(&r.locality),
            Cell::text(if r.open { "open" } else { "closed" }),
        ]);
    }
    table
}

/// `person history`: their practice, role and pay-to over time (the README's output columns).
pub fn person_history(rows: &[PersonPeriod]) -> Table {
    let mut table = Table::new(&["from", "until", "practice_code", "role", "pay_to"]);
    for r in rows {
        table.push(vec![
            Cell::opt_date(r.from),
            Cell::opt_date(r.until),
            Cell::opt_text(r.facts.practice_code.as_ref().map(String::from)),
            Cell::text(r.facts.role.as_str()),
            Cell::text(r.facts.pay_to.as_str()),
        ]);
    }
    table
}

pub const PERSON_COLUMNS: &[&str] =
    &["id", "name", "role", "practice_code", "email", "phone", "gmc_number", "pay_to", "active"];

/// `person list`, and a practice's people in `practice show`.
pub fn people(rows: &[Person]) -> Table {
    let mut table = Table::new(PERSON_COLUMNS);
    table.drop_order = vec!["active", "pay_to", "gmc_number", "phone", "role", "practice_code", "email"];
    for p in rows {
        table.push(person_row(p));
    }
    table.footer = Some(count(rows.len(), "person", "people"));
    table
}

/// A person's fields as `person list` gives them (and `person show` begins with).
pub fn person_row(p: &Person) -> Vec<Cell> {
    vec![
        Cell::Int(p.id),
        Cell::text(&p.name),
        Cell::text(p.role.as_str()),
        Cell::opt_text(p.practice_code.as_ref().map(String::from)),
        Cell::opt_text(p.email.clone()),
        Cell::opt_text(p.phone.clone()),
        Cell::opt_text(p.gmc.clone()),
        Cell::text(p.pay_to.as_str()),
        Cell::Bool(p.left_on.is_none()),
    ]
}

pub const LOCALITY_COLUMNS: &[&str] = &["name", "code", "practices", "list_size", "lead", "next_meeting"];

/// A locality's fields as `locality list` gives them.
pub fn locality_row(s: &LocalityShown) -> Vec<Cell> {
    let l = &s.locality;
    vec![
        Cell::text(&l.name),
        Cell::opt_text(l.code.clone()),
        Cell::Int(l.practices),
        Cell::Int(l.list_size),
        Cell::opt_text(s.lead.clone()),
        Cell::opt_date(s.next_meeting),
    ]
}

/// `locality list`.
pub fn localities(rows: &[LocalityShown]) -> Table {
    let mut table = Table::new(LOCALITY_COLUMNS);
    for l in rows {
        table.push(locality_row(l));
    }
    table
}

pub const MEETING_COLUMNS: &[&str] = &[
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

/// A meeting's fields as `meeting list` gives them (and `meeting show` begins with).
pub fn meeting_row(m: &Meeting, today: chrono::NaiveDate) -> Vec<Cell> {
    vec![
        Cell::Int(m.id),
        Cell::text(m.kind.as_str()),
        Cell::Date(m.date),
        Cell::opt_text(m.start.map(|t| t.format("%H:%M").to_string())),
        Cell::opt_int(m.duration_minutes),
        Cell::opt_text(m.locality.clone()),
        Cell::opt_text(m.practice_code.as_ref().map(String::from)),
        Cell::opt_text(m.title.clone()),
        Cell::text(m.status_on(today)),
        Cell::Sessions(m.sessions),
        Cell::opt_int(m.quorum),
    ]
}

/// `meeting list`.
pub fn meetings(rows: &[Meeting], today: chrono::NaiveDate) -> Table {
    let mut table = Table::new(MEETING_COLUMNS);
    for m in rows {
        table.push(meeting_row(m, today));
    }
    table.footer = Some(count(rows.len(), "meeting", "meetings"));
    table
}

/// `person appointments`, a person's in `person show`, a project's in `project show`.
pub fn appointments(rows: &[Appointment]) -> Table {
    let mut table = Table::new(&[
        "id",
        "person_id",
        "person_name",
        "role",
        "locality",
        "practice_code",
        "project",
        "sessions_per_month",
        "from",
        "until",
    ]);
    for a in rows {
        table.push(vec![
            Cell::Int(a.id),
            Cell::Int(a.person_id),
            Cell::text(&a.person_name),
            Cell::text(&a.role),
            Cell::opt_text(a.locality.clone()),
            Cell::opt_text(a.practice_code.clone()),
            Cell::opt_text(a.project.clone()),
            a.sessions_per_month.map_or(Cell::Null, Cell::Sessions),
            Cell::Date(a.from),
            Cell::opt_date(a.until),
        ]);
    }
    table
}

/// `log`: the audit trail.
pub fn audit(rows: &[Entry]) -> Table {
    let mut table = Table::new(&["id", "at", "user", "db_user", "command", "summary"]);
    for e in rows {
        table.push(vec![
            Cell::Int(e.id),
            Cell::text(&e.at),
            Cell::text(&e.user),
            Cell::text(&e.db_user),
            Cell::text(&e.command),
            Cell::text(&e.summary),
        ]);
    }
    table
}

/// `skill list`: every skill with its holders at each level.
pub fn skills(rows: &[Held]) -> Table {
    let mut table = Table::new(&["skill", "people", "specialist", "experienced", "interest"]);
    for h in rows {
        table.push(vec![
            Cell::text(&h.skill),
            Cell::Int(h.people),
            Cell::Int(h.specialist),
            Cell::Int(h.experienced),
            Cell::Int(h.interest),
        ]);
    }
    table
}

/// One person's skills (`skill list PERSON`, `person show`).
pub fn skills_of(rows: &[(String, Level)]) -> Table {
    let mut table = Table::new(&["skill", "level"]);
    for (skill, level) in rows {
        table.push(vec![Cell::text(skill), Cell::text(level.as_str())]);
    }
    table
}

/// `skill find`, `project match`.
pub fn found(rows: &[Found]) -> Table {
    let mut table = Table::new(&[
        "person_id",
        "name",
        "role",
        "practice_code",
        "locality",
        "level",
        "skills_matched",
        "sessions_this_month",
    ]);
    for f in rows {
        table.push(vec![
            Cell::Int(f.person_id),
            Cell::text(&f.name),
            Cell::text(f.role.as_str()),
            Cell::opt_text(f.practice_code.clone()),
            Cell::opt_text(f.locality.clone()),
            Cell::text(f.level.as_str()),
            Cell::Int(f.skills_matched),
            Cell::Sessions(f.sessions_this_month),
        ]);
    }
    table
}

/// `skill survey --missing`.
pub fn survey_missing(rows: &[[String; 3]]) -> Table {
    let mut table = Table::new(&["code", "name", "locality"]);
    for row in rows {
        table.push(row.iter().map(Cell::text).collect());
    }
    table
}

pub const PROJECT_COLUMNS: &[&str] = &["id", "name", "from", "until", "needs", "sessions_budget", "status", "people"];

/// A project's fields as `project list` gives them (and `project show` begins with).
pub fn project_row(l: &ListedProject) -> Vec<Cell> {
    let p = &l.project;
    vec![
        Cell::Int(p.id),
        Cell::text(&p.name),
        Cell::opt_date(p.from),
        Cell::opt_date(p.until),
        Cell::text(p.needs.join(" ")),
        p.sessions_budget.map_or(Cell::Null, Cell::Sessions),
        Cell::text(if p.closed_on.is_some() { "closed" } else { "open" }),
        Cell::Int(l.people),
    ]
}

/// `project list`.
pub fn projects(rows: &[ListedProject]) -> Table {
    let mut table = Table::new(PROJECT_COLUMNS);
    for l in rows {
        table.push(project_row(l));
    }
    table
}

pub const GROUP_COLUMNS: &[&str] = &["name", "kind", "members", "practices", "people", "quorum", "next_meeting"];

/// `group list`.
pub fn groups(rows: &[engage::group::Listed]) -> Table {
    let mut table = Table::new(GROUP_COLUMNS);
    for l in rows {
        table.push(vec![
            Cell::text(&l.group.name),
            Cell::text(l.group.kind.as_str()),
            Cell::Int(l.practices + l.people),
            Cell::Int(l.practices),
            Cell::Int(l.people),
            Cell::opt_int(l.group.quorum),
            Cell::opt_date(l.next_meeting),
        ]);
    }
    table.footer = Some(count(rows.len(), "group", "groups"));
    table
}

/// `action list` (the README's output columns), overdue actions marked.
pub fn actions(rows: &[engage::meeting::business::Action], today: chrono::NaiveDate) -> Table {
    let mut table = Table::new(&[
        "id",
        "meeting_id",
        "meeting_date",
        "item",
        "text",
        "owner_id",
        "owner_name",
        "due",
        "done_on",
        "overdue",
    ]);
    table.drop_order = vec!["meeting_id", "owner_id", "item", "done_on"];
    for a in rows {
        table.marked.push(a.overdue(today));
        table.push(vec![
            Cell::Int(a.id),
            Cell::Int(a.meeting_id),
            Cell::Date(a.meeting_date),
            Cell::Int(a.item),
            Cell::text(&a.text),
            Cell::Int(a.owner_id),
            Cell::text(&a.owner_name),
            Cell::Date(a.due),
            Cell::opt_date(a.done_on),
            Cell::Bool(a.overdue(today)),
        ]);
    }
    let overdue = rows.iter().filter(|a| a.overdue(today)).count();
    table.footer = Some(format!("{}, {overdue} overdue", count(rows.len(), "action", "actions")));
    table
}

/// `measure list`.
pub fn measures(rows: &[engage::measure::Listed]) -> Table {
    let mut table = Table::new(&["name", "per", "title", "source", "periods", "practices"]);
    for r in rows {
        table.push(vec![
            Cell::text(&r.measure.name),
            Cell::Int(r.measure.per),
            Cell::opt_text(r.measure.title.clone()),
            Cell::opt_text(r.measure.source.clone()),
            Cell::List(r.periods.clone()),
            Cell::Int(r.practices),
        ]);
    }
    table
}

/// The practices a `practice import --dry-run` would insert, update or close.
pub fn import_changes(changes: &[engage::practice_import::Change]) -> Table {
    let mut table = Table::new(&["code", "name", "action", "changes"]);
    for c in changes {
        table.push(vec![Cell::text(&c.code), Cell::text(&c.name), Cell::text(c.action), Cell::text(&c.changes)]);
    }
    table
}
