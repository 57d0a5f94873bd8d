//! People: GP partners, salaried and locum GPs, practice managers, nurses and others,
//! kept for history when they leave.

use crate::store::{Db, Row, ToValue, Write};
use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::history::Effective;

mod history;
use crate::practice;
pub(crate) use history::facts_began;
pub use history::{Facts, PersonPeriod, change as change_facts, facts_all_on, facts_on, periods, timelines};

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

const COLUMNS: &str = "id, name, role, practice_code, email, phone, gmc, pay_to, left_on";

/// SQL: the columns [`Person::from_row`] reads, of the person `p` (the alias of a
/// `person` row).
pub(crate) fn columns(p: &str) -> String {
    COLUMNS.split(", ").map(|c| format!("{p}.{c}")).collect::<Vec<_>>().join(", ")
}

impl Person {
    pub(crate) fn from_row(r: &Row) -> Result<Person> {
        Ok(Person {
            id: r.get("id")?,
            name: r.get("name")?,
            role: r.get("role")?,
            practice_code: r.get("practice_code")?,
            email: r.get("email")?,
            phone: r.get("phone")?,
            gmc: r.get("gmc")?,
            pay_to: r.get("pay_to")?,
            left_on: r.get("left_on")?,
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
    fn save(&mut self, db: &Write) -> Result<()> {
        // A new person (id 0) takes the next id; a known one is updated in place.
        let sql = if self.id == 0 {
            "INSERT INTO person (name, role, practice_code, email, phone, gmc, pay_to, left_on)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id"
        } else {
            "UPDATE person SET name = ?1, role = ?2, practice_code = ?3, email = ?4, phone = ?5, gmc = ?6,
                    pay_to = ?7, left_on = ?8
              WHERE id = ?9 RETURNING id"
        };
        let values = crate::params![
            self.name,
            self.role,
            self.practice_code,
            self.email,
            self.phone,
            self.gmc,
            self.pay_to,
            self.left_on,
            self.id
        ];
        let saved = db.value_unless_clash(sql, if self.id == 0 { &values[..8] } else { values })?;
        match saved {
            Some(id) => {
                self.id = id;
                Ok(())
            }
            None => Err(self.clash(db)),
        }
    }

    /// The error for an email or GMC number that someone else already has.
    fn clash(&self, db: &Db) -> Error {
        let email = format!("{} AND id <> ?2", db.dialect().nocase_eq("email", "?1"));
        for (sql, v) in [(email.as_str(), &self.email), ("gmc = ?1 AND id <> ?2", &self.gmc)] {
            let stmt = format!("SELECT {COLUMNS} FROM person WHERE {sql}");
            if let Some(v) = v
                && let Ok(Some(other)) = db.first(&stmt, (v, self.id), Person::from_row)
            {
                return clash(self, &other);
            }
        }
        Error::conflict(format!("{} clashes with another record", self.name))
    }
}

/// The error for `p` given an email or GMC number that `other` has already.
pub(crate) fn clash(p: &Person, other: &Person) -> Error {
    let same = |a: &Option<String>, b: &Option<String>| {
        a.as_deref().zip(b.as_deref()).is_some_and(|(a, b)| a.eq_ignore_ascii_case(b))
    };
    if same(&p.email, &other.email) {
        Error::conflict(format!(
            "the email {} belongs to {} already (email)",
            p.email.as_deref().unwrap_or_default(),
            other.name
        ))
    } else {
        Error::conflict(format!(
            "the GMC number {} belongs to {} already (gmc)",
            p.gmc.as_deref().unwrap_or_default(),
            other.name
        ))
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

pub fn get(db: &Db, id: i64) -> Result<Person> {
    db.first(&format!("SELECT {COLUMNS} FROM person WHERE id = ?1"), [id], Person::from_row)?
        .ok_or_else(|| Error::not_found(format!("no such person: id {id}")))
}

/// How a reference names a person: seven digits is a GMC number, other digits an id,
/// text with `@` an email, anything else a name (its spaces as one).
fn reference_kind(r: &str) -> (&'static str, String) {
    if r.len() == 7 && r.bytes().all(|c| c.is_ascii_digit()) {
        ("GMC number", r.to_string())
    } else if !r.is_empty() && r.bytes().all(|c| c.is_ascii_digit()) {
        ("id", r.to_string())
    } else if r.contains('@') {
        ("email", r.to_string())
    } else {
        ("name", r.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// Finds a person as the README says: seven digits is a GMC number, other digits an id,
/// text with `@` an email, anything else a name; all any case. Nothing is exit 4; more
/// than one is exit 5 listing the candidates.
pub fn find(db: &Db, reference: &str) -> Result<Person> {
    let r = reference.trim();
    let (what, key) = reference_kind(r);
    let sql = match what {
        "GMC number" => "gmc = ?1".to_string(),
        "id" => "id = CAST(?1 AS INTEGER)".to_string(),
        "email" => db.dialect().nocase_eq("email", "?1"),
        _ => db.dialect().nocase_eq("name", "?1"),
    };
    let stmt = format!("SELECT {COLUMNS} FROM person WHERE {sql} ORDER BY name, id");
    let found: Vec<Person> = db.query(&stmt, [key], Person::from_row)?;
    // A name said as people say it: without the title, the first names, or the surname.
    let everyone = if found.is_empty() && what == "name" {
        db.query(&format!("SELECT {COLUMNS} FROM person ORDER BY name, id"), (), Person::from_row)?
    } else {
        Vec::new()
    };
    Ok(resolve(reference, what, found.iter().collect(), &everyone)?.clone())
}

/// The one person a reference names, given those it names exactly and, for a name
/// that named no one, everyone (by name) to find it among as people say names.
fn resolve<'a>(reference: &str, what: &str, mut found: Vec<&'a Person>, everyone: &'a [Person]) -> Result<&'a Person> {
    let r = reference.trim();
    if found.is_empty() && what == "name" {
        let hits = crate::reference::matching(r, everyone.iter().enumerate().map(|(i, p)| (i, p.name.as_str())));
        found = hits.into_iter().map(|i| &everyone[i]).collect();
    }
    match found.len() {
        0 => {
            let names = if what == "name" { everyone } else { &[] };
            let hint = crate::reference::hint(
                r,
                names.iter().map(|p| p.name.as_str()),
                "`engage person list --all` shows everyone; refer to a person by id, email, GMC number or name",
            );
            Err(Error::not_found(format!("no such person: {reference:?}")).at(what).with_hint(hint))
        }
        1 => Ok(found[0]),
        n => Err(Error::conflict(format!("{reference:?} matches {n} people; use an id, email or GMC number"))
            .with_details(found.iter().map(|p| p.candidate()).collect())),
    }
}

/// Everyone, read once, to find many people as [`find`] finds one (an import, a
/// sign-in sheet) without asking the register again.
pub(crate) struct Everyone {
    /// By name, then id.
    people: Vec<Person>,
    /// Each person's keys (id, name, email, GMC number), hashed, in hash order: one
    /// allocation for a national register's 200,000, not one a key. A hit is checked
    /// against the person, so a key a person no longer has finds no one.
    index: Vec<(u64, usize)>,
    /// The keys of people changed since (an import's planned edits), unsorted.
    since: Vec<(u64, usize)>,
}

/// The kinds of key a person is found by, as [`reference_kind`] names them.
const KINDS: [&str; 4] = ["id", "name", "email", "GMC number"];

impl Everyone {
    pub(crate) fn load(db: &Db) -> Result<Everyone> {
        let people = db.query(&format!("SELECT {COLUMNS} FROM person ORDER BY name, id"), (), Person::from_row)?;
        let mut index: Vec<(u64, usize)> =
            people.iter().enumerate().flat_map(|(i, p)| Everyone::keys(p).into_iter().map(move |h| (h, i))).collect();
        index.sort_unstable();
        Ok(Everyone { people, index, since: Vec::new() })
    }

    /// A key's hash: its kind and its text in lower case.
    fn hash(what: &str, text: &str) -> u64 {
        use std::hash::{BuildHasher, Hash, Hasher};
        let mut h = foldhash::fast::FixedState::with_seed(0).build_hasher();
        what.hash(&mut h);
        text.chars().flat_map(char::to_lowercase).for_each(|c| c.hash(&mut h));
        h.finish()
    }

    /// The hashes of the keys a person is found by.
    fn keys(p: &Person) -> Vec<u64> {
        let id = p.id.to_string();
        [Some(id.as_str()), Some(p.name.as_str()), p.email.as_deref(), p.gmc.as_deref()]
            .into_iter()
            .zip(KINDS)
            .filter_map(|(text, what)| text.map(|t| Everyone::hash(what, t)))
            .collect()
    }

    /// Whether a person has this key now.
    fn has(p: &Person, what: &str, text: &str) -> bool {
        let same = |a: &str| a.chars().flat_map(char::to_lowercase).eq(text.chars().flat_map(char::to_lowercase));
        match what {
            "id" => text.parse::<i64>().is_ok_and(|id| id == p.id),
            "name" => same(&p.name),
            "email" => p.email.as_deref().is_some_and(same),
            _ => p.gmc.as_deref() == Some(text),
        }
    }

    /// Everyone with this key now, by name then id.
    fn with(&self, what: &str, text: &str) -> Vec<usize> {
        let h = Everyone::hash(what, text);
        let from = self.index.partition_point(|&(k, _)| k < h);
        let hits =
            self.index[from..].iter().take_while(|&&(k, _)| k == h).chain(self.since.iter().filter(|&&(k, _)| k == h));
        let mut found: Vec<usize> =
            hits.map(|&(_, i)| i).filter(|&i| Everyone::has(&self.people[i], what, text)).collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The person a reference names, as [`find`] finds them.
    pub(crate) fn find(&self, reference: &str) -> Result<&Person> {
        let (what, key) = reference_kind(reference.trim());
        let found = self.with(what, &key).into_iter().map(|i| &self.people[i]).collect();
        resolve(reference, what, found, &self.people)
    }

    /// Who holds an email (any case), else who holds a GMC number: how an import
    /// matches a row to someone already there.
    pub(crate) fn holder(&self, email: Option<&str>, gmc: Option<&str>) -> Option<usize> {
        let first = |what: &str, text: &str| self.with(what, text).first().copied();
        email.and_then(|e| first("email", e)).or_else(|| gmc.and_then(|g| first("GMC number", g)))
    }

    pub(crate) fn get(&self, i: usize) -> &Person {
        &self.people[i]
    }

    /// Puts `after` in place of person `i` (a change an import will write), so that a
    /// later row finds them as they will be; gives the error for an email or GMC number
    /// someone else holds.
    pub(crate) fn replace(&mut self, i: usize, after: Person) -> Result<()> {
        let others =
            |what: &str, text: Option<&str>| text.and_then(|t| self.with(what, t).into_iter().find(|&j| j != i));
        if let Some(other) =
            others("email", after.email.as_deref()).or_else(|| others("GMC number", after.gmc.as_deref()))
        {
            return Err(clash(&after, &self.people[other]));
        }
        self.since.extend(Everyone::keys(&after).into_iter().map(|h| (h, i)));
        self.people[i] = after;
        Ok(())
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

/// Where a practice code given for a person is looked up: the register, or a list an
/// import read from it once.
type Practices<'a> = &'a dyn Fn(&practice::Code) -> Result<practice::Code>;

/// The register as [`Practices`]: an unknown code is "no such practice".
fn in_register(db: &Db) -> impl Fn(&practice::Code) -> Result<practice::Code> + '_ {
    |code| Ok(practice::get(db, code)?.code)
}

fn apply(p: &mut Person, c: &Changes, field: &dyn Fn(&'static str) -> String, practices: Practices) -> Result<()> {
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
            p.practice_code = Some(practices(&code)?);
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

pub fn add(db: &Write, c: &Changes) -> Result<Person> {
    add_at(db, c, &|f| format!("--{f}"))
}

/// Adds a person; `field` names a field for messages (an option, or file:line).
pub fn add_at(db: &Write, c: &Changes, field: &dyn Fn(&'static str) -> String) -> Result<Person> {
    let mut p = to_add(c, field, &in_register(db))?;
    p.save(db)?;
    Ok(p)
}

/// The person `c` describes, checked against `practices` and not yet written (id 0).
pub(crate) fn to_add(c: &Changes, field: &dyn Fn(&'static str) -> String, practices: Practices) -> Result<Person> {
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
    apply(&mut p, c, field, practices)?;
    if c.pay_to.is_none() {
        p.pay_to = if p.practice_code.is_some() { PayTo::Practice } else { PayTo::Own };
    }
    Ok(p)
}

/// A checked change of a person's record from a day, not yet written: see
/// [`write_edits`].
#[derive(Debug)]
pub(crate) struct Edit {
    pub before: Person,
    pub after: Person,
    /// The period of facts it ends, if their practice, role or pay_to change.
    closed: Option<history::Closed>,
    /// The day their facts in force begin after it.
    facts_from: Option<NaiveDate>,
}

/// Checks `c` as a change of `before`'s record from `d`, as [`edit_at`] would make it,
/// given the day their facts in force began and the practices there are: `None` when
/// it changes nothing.
pub(crate) fn plan_edit(
    before: &Person,
    c: &Changes,
    (d, today): (NaiveDate, NaiveDate),
    began: Option<NaiveDate>,
    field: &dyn Fn(&'static str) -> String,
    practices: Practices,
) -> Result<Option<Edit>> {
    let mut after = before.clone();
    apply(&mut after, c, field, practices)?;
    if after == *before {
        return Ok(None);
    }
    let (closed, facts_from) = if after.facts() == before.facts() {
        (None, began)
    } else {
        (history::closing(before, began, d, today)?, Some(d))
    };
    Ok(Some(Edit { before: before.clone(), after, closed, facts_from }))
}

/// Writes planned edits, up to a thousand people a statement. Emails and GMC numbers are
/// cleared first, so that one person may take what another gives up in the same write.
pub(crate) fn write_edits(db: &Write, edits: &[Edit]) -> Result<()> {
    let closed: Vec<history::Closed> = edits.iter().filter_map(|e| e.closed.clone()).collect();
    history::insert_past(db, &closed)?;
    for e in edits.iter().filter(|e| e.after.facts() != e.before.facts()) {
        db.touch_person(e.before.id);
    }
    // Emails and GMC numbers cleared first, so that one may take another's.
    let ids: Vec<&dyn ToValue> = edits.iter().map(|e| &e.before.id as &dyn ToValue).collect();
    let nulls: Vec<&dyn ToValue> = ids.iter().flat_map(|id| [*id, &None::<String>]).collect();
    db.update_rows(("person", &["id"]), "email = v.column2, gmc = v.column2", 2, &nulls)?;
    let values: Vec<&dyn ToValue> = edits
        .iter()
        .flat_map(|e| -> [&dyn ToValue; 10] {
            let p = &e.after;
            [
                &p.id,
                &p.name,
                &p.role,
                &p.practice_code,
                &p.email,
                &p.phone,
                &p.gmc,
                &p.pay_to,
                &p.left_on,
                &e.facts_from,
            ]
        })
        .collect();
    let set = "name = v.column2, role = v.column3, practice_code = v.column4, email = v.column5, phone = v.column6,
               gmc = v.column7, pay_to = v.column8, left_on = v.column9, facts_from = v.column10";
    db.update_rows(("person", &["id"]), set, 10, &values)?;
    Ok(())
}

/// Adds new people (id 0), in order, up to a thousand a statement.
pub(crate) fn insert_all(db: &Write, people: &[Person]) -> Result<()> {
    let values: Vec<&dyn ToValue> = people
        .iter()
        .flat_map(|p| -> [&dyn ToValue; 8] {
            [&p.name, &p.role, &p.practice_code, &p.email, &p.phone, &p.gmc, &p.pay_to, &p.left_on]
        })
        .collect();
    db.insert_rows("INSERT INTO person (name, role, practice_code, email, phone, gmc, pay_to, left_on)", 8, &values)
}

/// Changes a person's record; returns them and whether anything changed. Name, email,
/// phone and GMC number are corrections; practice, role and pay_to change from `when`.
/// (What follows from a change of practice, their roles there ending, is
/// `lifecycle::edit_person`'s: edit people through it.)
pub(crate) fn edit_at(
    db: &Write,
    mut p: Person,
    c: &Changes,
    when: Effective,
    today: NaiveDate,
    field: &dyn Fn(&'static str) -> String,
) -> Result<(Person, bool)> {
    let before = p.clone();
    apply(&mut p, c, field, &in_register(db))?;
    let changed = p != before;
    if changed {
        change_facts(db, &before, &p.facts(), when, today)?;
        p.save(db)?;
    }
    Ok((p, changed))
}

/// Gives people new dated facts, each from a day, without the checks an edit makes (a
/// practice that closes leaves its partners with no practice), up to a thousand a
/// statement. With each comes the last day its change may start (the day after a
/// practice closes, which may be tomorrow).
pub(crate) fn move_on(db: &Write, moves: Vec<(Person, Facts, NaiveDate, NaiveDate)>) -> Result<()> {
    let began = facts_began(db)?;
    let mut edits = Vec::new();
    for (before, facts, from, latest) in moves {
        if before.facts() == facts {
            continue;
        }
        let closed = history::closing(&before, began.get(&before.id).copied(), from, latest)?;
        let after = before.clone().with_facts(facts);
        edits.push(Edit { before, after, closed, facts_from: Some(from) });
    }
    write_edits(db, &edits)
}

/// Records the day a person left (`lifecycle::leave` ends what they held first).
pub(crate) fn record_leaving(db: &Write, p: &mut Person, date: NaiveDate) -> Result<()> {
    p.left_on = Some(date);
    p.save(db)
}

/// The day each person who left did so, by id: reports count people by whether they
/// had left by a period's end.
pub fn left_days<M: FromIterator<(i64, NaiveDate)>>(db: &Db) -> Result<M> {
    Ok(db
        .query("SELECT id, left_on FROM person WHERE left_on IS NOT NULL", (), |r| {
            Ok((r.get("id")?, r.get("left_on")?))
        })?
        .into_iter()
        .collect())
}

/// How to name each person still here (their email, else their number), by name, for
/// completing a person at the shell.
pub fn handles(db: &Db) -> Result<Vec<String>> {
    db.values("SELECT coalesce(email, CAST(id AS TEXT)) FROM person WHERE left_on IS NULL ORDER BY name", ())
}
