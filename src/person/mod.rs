//! People: GP partners, salaried and locum GPs, practice managers, nurses and others,
//! kept for history when they leave.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row};

use crate::error::{Error, Result};
use crate::history::Effective;

mod history;
use crate::practice;
use crate::store::Write;
pub use history::{Facts, PersonPeriod, change as change_facts, facts_on, periods, timelines};

crate::text_enum! {
    /// A person's contract or job.
    pub enum Role {
        GpPartner = "gp-partner",
        GpSalaried = "gp-salaried",
        GpLocum = "gp-locum",
        PracticeManager = "practice-manager",
        Nurse = "nurse",
        Other = "other",
    }
}

impl Role {
    pub fn is_gp(self) -> bool {
        matches!(self, Role::GpPartner | Role::GpSalaried | Role::GpLocum)
    }
    /// Locums and others may belong to no practice; everyone else works at one.
    pub fn needs_practice(self) -> bool {
        !matches!(self, Role::GpLocum | Role::Other)
    }
}

crate::text_enum! {
    /// Who is paid for a person's sessions.
    pub enum PayTo {
        /// The person themselves.
        Own = "self",
        /// The practice they work at.
        Practice = "practice",
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub role: Role,
    pub practice_code: Option<practice::Code>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub gmc: Option<String>,
    pub pay_to: PayTo,
    pub left_on: Option<NaiveDate>,
}

pub(crate) const COLUMNS_SQL: &str = "id, name, role, practice_code, email, phone, gmc, pay_to, left_on";

impl Person {
    pub(crate) fn from_row(r: &Row) -> rusqlite::Result<Person> {
        Ok(Person {
            id: r.get(0)?,
            name: r.get(1)?,
            role: r.get(2)?,
            practice_code: r.get(3)?,
            email: r.get(4)?,
            phone: r.get(5)?,
            gmc: r.get(6)?,
            pay_to: r.get(7)?,
            left_on: r.get(8)?,
        })
    }

    /// One line naming the person for lists of candidates.
    pub fn candidate(&self) -> String {
        format!(
            "{}\t{}\t{}\t{}\t{}",
            self.id,
            self.name,
            self.email.as_deref().unwrap_or("-"),
            self.role.as_str(),
            self.practice_code.as_deref().unwrap_or("-")
        )
    }

    /// Inserts the person (id 0) or updates them: one statement either way, an upsert
    /// on the id.
    fn save(&mut self, conn: &Connection) -> Result<()> {
        let result = conn
            .prepare_cached(
                "INSERT INTO person (id, name, role, practice_code, email, phone, gmc, pay_to, left_on)
                 VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role,
                    practice_code = excluded.practice_code, email = excluded.email, phone = excluded.phone,
                    gmc = excluded.gmc, pay_to = excluded.pay_to, left_on = excluded.left_on
                 RETURNING id",
            )?
            .query_row(
                rusqlite::params![
                    self.id,
                    self.name,
                    self.role,
                    self.practice_code,
                    self.email,
                    self.phone,
                    self.gmc,
                    self.pay_to,
                    self.left_on
                ],
                |r| r.get(0),
            )
            .map(|id| self.id = id);
        result.map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::ConstraintViolation) => self.clash(conn),
            _ => e.into(),
        })
    }

    /// The error for an email or GMC number that someone else already has.
    fn clash(&self, conn: &Connection) -> Error {
        let other = |sql: &str, v: &Option<String>| -> Option<String> {
            v.as_ref()
                .and_then(|v| conn.query_row(sql, (v, self.id), |r| r.get::<_, String>(0)).optional().ok().flatten())
        };
        if let Some(n) = other("SELECT name FROM person WHERE email = ?1 COLLATE NOCASE AND id <> ?2", &self.email) {
            return Error::conflict(format!(
                "the email {} belongs to {n} already (email)",
                self.email.as_deref().unwrap_or_default()
            ));
        }
        if let Some(n) = other("SELECT name FROM person WHERE gmc = ?1 AND id <> ?2", &self.gmc) {
            return Error::conflict(format!(
                "the GMC number {} belongs to {n} already (gmc)",
                self.gmc.as_deref().unwrap_or_default()
            ));
        }
        Error::conflict(format!("{} clashes with another record", self.name))
    }
}

/// A person's name: trimmed, one line, 1 to 100 characters.
pub fn check_name(name: &str, whence: &str) -> Result<String> {
    let t = crate::text::line(name, "a name", 100, whence, &[])?;
    Ok(t.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A GMC reference number: exactly seven digits.
pub fn check_gmc(gmc: &str, whence: &str) -> Result<String> {
    let t = gmc.trim();
    if t.len() != 7 || !t.bytes().all(|c| c.is_ascii_digit()) {
        return Err(Error::invalid(format!("not a GMC number: {gmc:?}"))
            .at(whence)
            .with_hint("a GMC reference number is exactly seven digits, e.g. 7012345"));
    }
    Ok(t.to_string())
}

/// An email address, sanity-checked: `local@domain`, with a dot in the domain, no
/// spaces, no `mailto:`, no comments, and no leading, trailing or doubled dots on either
/// side. Stored lower-case.
pub fn check_email(email: &str, whence: &str) -> Result<String> {
    let t = email.trim();
    let dots_ok =
        |part: &str| !part.is_empty() && !part.starts_with('.') && !part.ends_with('.') && !part.contains("..");
    let ok = match t.split_once('@') {
        Some((local, domain)) => {
            dots_ok(local)
                && dots_ok(domain)
                && !domain.contains('@')
                && domain.contains('.')
                && !t.to_ascii_lowercase().starts_with("mailto:")
                && t.len() <= 254
                && !t.chars().any(|c| c.is_whitespace() || crate::text::hidden(c) || "<>,;:\"()[]\\".contains(c))
        }
        None => false,
    };
    if !ok {
        return Err(Error::invalid(format!("not an email address: {email:?}"))
            .at(whence)
            .with_hint("an address as local@domain, e.g. a.gp@nhs.net"));
    }
    Ok(t.to_ascii_lowercase())
}

pub fn get(conn: &Connection, id: i64) -> Result<Person> {
    conn.prepare_cached(&format!("SELECT {COLUMNS_SQL} FROM person WHERE id = ?1"))?
        .query_row([id], Person::from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(format!("no such person: id {id}")))
}

/// Finds a person as the README says: seven digits is a GMC number, other digits an id,
/// text with `@` an email, anything else a name; all any case. Nothing is exit 4; more
/// than one is exit 5 listing the candidates.
pub fn find(conn: &Connection, reference: &str) -> Result<Person> {
    let r = reference.trim();
    let (sql, what) = if r.len() == 7 && r.bytes().all(|c| c.is_ascii_digit()) {
        ("gmc = ?1", "GMC number")
    } else if !r.is_empty() && r.bytes().all(|c| c.is_ascii_digit()) {
        ("id = CAST(?1 AS INTEGER)", "id")
    } else if r.contains('@') {
        ("email = ?1 COLLATE NOCASE", "email")
    } else {
        ("name = ?1 COLLATE NOCASE", "name")
    };
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS_SQL} FROM person WHERE {sql} ORDER BY name, id"))?;
    let key = if what == "name" { r.split_whitespace().collect::<Vec<_>>().join(" ") } else { r.to_string() };
    let mut found: Vec<Person> = stmt.query_map([key], Person::from_row)?.collect::<rusqlite::Result<_>>()?;
    // A name said as people say it: without the title, the first names, or the surname.
    let mut everyone = Vec::new();
    if found.is_empty() && what == "name" {
        everyone = conn
            .prepare_cached(&format!("SELECT {COLUMNS_SQL} FROM person ORDER BY name, id"))?
            .query_map([], Person::from_row)?
            .collect::<rusqlite::Result<Vec<Person>>>()?;
        let hits = crate::reference::matching(r, everyone.iter().enumerate().map(|(i, p)| (i, p.name.as_str())));
        found = hits.into_iter().map(|i| everyone[i].clone()).collect();
    }
    match found.len() {
        0 => {
            let hint = crate::reference::hint(
                r,
                everyone.iter().map(|p| p.name.as_str()),
                "`engage person list --all` shows everyone; refer to a person by id, email, GMC number or name",
            );
            Err(Error::not_found(format!("no such person: {reference:?}")).at(what).with_hint(hint))
        }
        1 => Ok(found.into_iter().next().expect("one")),
        n => Err(Error::conflict(format!("{reference:?} matches {n} people; use an id, email or GMC number"))
            .with_details(found.iter().map(Person::candidate).collect())),
    }
}

/// What `person add`, `edit` and `import` may set; `None` leaves a field alone, and an
/// empty string clears an optional one.
#[derive(Debug, Default, Clone)]
pub struct Changes {
    pub name: Option<String>,
    pub role: Option<Role>,
    pub practice: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub gmc: Option<String>,
    pub pay_to: Option<PayTo>,
}

fn apply(conn: &Connection, p: &mut Person, c: &Changes, field: &dyn Fn(&'static str) -> String) -> Result<()> {
    if let Some(n) = &c.name {
        p.name = check_name(n, &field("name"))?;
    }
    if let Some(r) = c.role {
        p.role = r;
    }
    let cleared = |v: &Option<String>| v.as_deref().map(|s| s.trim().is_empty());
    match (&c.practice, cleared(&c.practice)) {
        (_, Some(true)) => p.practice_code = None,
        (Some(code), _) => {
            let code = practice::check_code(code)
                .ok_or_else(|| Error::invalid(format!("not a practice code: {code:?} ({})", field("practice"))))?;
            p.practice_code = Some(practice::get(conn, &code)?.code);
        }
        _ => {}
    }
    match (&c.email, cleared(&c.email)) {
        (_, Some(true)) => p.email = None,
        (Some(e), _) => p.email = Some(check_email(e, &field("email"))?),
        _ => {}
    }
    match (&c.phone, cleared(&c.phone)) {
        (_, Some(true)) => p.phone = None,
        (Some(t), _) => p.phone = Some(practice::check_phone(t, &field("phone"))?),
        _ => {}
    }
    match (&c.gmc, cleared(&c.gmc)) {
        (_, Some(true)) => p.gmc = None,
        (Some(g), _) => p.gmc = Some(check_gmc(g, &field("gmc"))?),
        _ => {}
    }
    if let Some(t) = c.pay_to {
        p.pay_to = t;
    }
    if p.role.needs_practice() && p.practice_code.is_none() {
        return Err(Error::invalid(format!(
            "a {} needs a practice ({}, {})",
            p.role.as_str(),
            if p.name.is_empty() { "new person" } else { &p.name },
            field("practice")
        ))
        .with_hint("only locums (gp-locum) and `other` may belong to no practice"));
    }
    if !p.role.is_gp() && p.gmc.is_some() && c.gmc.is_some() {
        // Nurses and managers have no GMC number; a typo in --role is likelier.
        return Err(Error::invalid(format!("only GPs have GMC numbers ({}, {})", p.name, field("gmc"))));
    }
    Ok(())
}

pub fn add(conn: &Connection, c: &Changes) -> Result<Person> {
    add_at(conn, c, &|f| format!("--{f}"))
}

/// Adds a person; `field` names a field for messages (an option, or file:line).
pub fn add_at(conn: &Connection, c: &Changes, field: &dyn Fn(&'static str) -> String) -> Result<Person> {
    let mut p = Person {
        id: 0,
        name: String::new(),
        role: c.role.unwrap_or(Role::Other),
        practice_code: None,
        email: None,
        phone: None,
        gmc: None,
        pay_to: PayTo::Own,
        left_on: None,
    };
    apply(conn, &mut p, c, field)?;
    if c.pay_to.is_none() {
        p.pay_to = if p.practice_code.is_some() { PayTo::Practice } else { PayTo::Own };
    }
    p.save(conn)?;
    Ok(p)
}

/// Changes a person's record; returns them and whether anything changed. Name, email,
/// phone and GMC number are corrections; practice, role and pay_to change from `when`.
/// (What follows from a change of practice, their roles there ending, is
/// `lifecycle::edit_person`'s: edit people through it.)
pub(crate) fn edit_at(
    conn: &Write,
    mut p: Person,
    c: &Changes,
    when: Effective,
    today: NaiveDate,
    field: &dyn Fn(&'static str) -> String,
) -> Result<(Person, bool)> {
    let before = p.clone();
    apply(conn, &mut p, c, field)?;
    let changed = p != before;
    if changed {
        change_facts(conn, &before, &p.facts(), when, today)?;
        p.save(conn)?;
    }
    Ok((p, changed))
}

/// Gives a person new dated facts from `from`, without the checks an edit makes: a
/// practice that closes leaves its partners with no practice. `latest` is the last day
/// a change may start (the day after a practice closes, which may be tomorrow).
pub(crate) fn move_on(
    conn: &Write,
    p: &Person,
    facts: crate::person::Facts,
    from: NaiveDate,
    latest: NaiveDate,
) -> Result<Person> {
    change_facts(conn, p, &facts, Effective::From(from), latest)?;
    let mut moved = p.clone().with_facts(facts);
    moved.save(conn)?;
    Ok(moved)
}

/// Records the day a person left (`lifecycle::leave` ends what they held first).
pub(crate) fn record_leaving(conn: &Connection, p: &mut Person, date: NaiveDate) -> Result<()> {
    p.left_on = Some(date);
    p.save(conn)
}
