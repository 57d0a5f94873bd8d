//! The tables of the facts' lists: practices, people, localities.

use crate::locality::Listed as ListedLocality;
use crate::output::{Cell, Table};
use crate::person::Person;
use crate::practice::Listed;

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
    table
}

pub const PERSON_COLUMNS: &[&str] =
    &["id", "name", "role", "practice_code", "email", "phone", "gmc_number", "pay_to", "active"];

/// `person list`, and a practice's people in `practice show`.
pub fn people(rows: &[Person]) -> Table {
    let mut table = Table::new(PERSON_COLUMNS);
    for p in rows {
        table.push(person_row(p));
    }
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
pub fn locality_row(l: &ListedLocality) -> Vec<Cell> {
    vec![
        Cell::text(&l.name),
        Cell::opt_text(l.code.clone()),
        Cell::Int(l.practices),
        Cell::Int(l.list_size),
        Cell::opt_text(l.lead.clone()),
        Cell::opt_date(l.next_meeting),
    ]
}

/// `locality list`.
pub fn localities(rows: &[ListedLocality]) -> Table {
    let mut table = Table::new(LOCALITY_COLUMNS);
    for l in rows {
        table.push(locality_row(l));
    }
    table
}
