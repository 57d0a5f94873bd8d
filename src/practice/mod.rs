//! Member practices: identified by their ODS code, kept with their history when they
//! close or merge.

pub mod census;
mod history;
pub mod place;

pub use history::{PracticePeriod, localities, locality_timeline, periods};

use crate::store::{Db, Row, ToValue, Write};
use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::locality;

crate::text_enum! {
    /// Where a practice is.
    pub enum Setting {
        Urban = "urban",
        Rural = "rural",
        Mixed = "mixed",
    }
}

crate::text_enum! {
    /// Which practices a list shows.
    pub enum StatusFilter {
        Open = "open",
        Closed = "closed",
        All = "all",
    }
}

/// A practice as the register holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Practice {
    pub code: Code,
    pub name: String,
    pub locality_id: i64,
    pub list_size: Option<i64>,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub phone: Option<String>,
    pub setting: Option<Setting>,
    pub open: bool,
    pub open_date: Option<NaiveDate>,
    pub close_date: Option<NaiveDate>,
    pub merged_into: Option<String>,
    pub commissioner: Option<String>,
}

const COLUMNS: &str = "code, name, locality_id, list_size, address, postcode, phone, setting, status, \
                           open_date, close_date, merged_into, commissioner";

impl Practice {
    pub fn new(code: Code, name: String, locality_id: i64) -> Practice {
        Practice {
            code,
            name,
            locality_id,
            list_size: None,
            address: None,
            postcode: None,
            phone: None,
            setting: None,
            open: true,
            open_date: None,
            close_date: None,
            merged_into: None,
            commissioner: None,
        }
    }

    fn from_row(r: &Row) -> Result<Practice> {
        Ok(Practice {
            code: r.get("code")?,
            name: r.get("name")?,
            locality_id: r.get("locality_id")?,
            list_size: r.get("list_size")?,
            address: r.get("address")?,
            postcode: r.get("postcode")?,
            phone: r.get("phone")?,
            setting: r.get("setting")?,
            open: r.get::<String>("status")? == "open",
            open_date: r.get("open_date")?,
            close_date: r.get("close_date")?,
            merged_into: r.get("merged_into")?,
            commissioner: r.get("commissioner")?,
        })
    }

    /// Inserts or replaces this practice's row.
    pub fn save(&self, tx: &Write) -> Result<()> {
        self.write(tx, SAVE_SQL)
    }

    /// Inserts the rows of practices known not to be in the register yet (a bulk
    /// import's new practices) through [`Write::insert_rows`]: cheaper than
    /// [`Practice::save`] each, and on a team register a round trip a thousand.
    pub fn insert_all(tx: &Write, practices: &[Practice]) -> Result<()> {
        let texts: Vec<[Option<&str>; 2]> = practices.iter().map(Practice::texts).collect();
        let values: Vec<&dyn ToValue> = practices.iter().zip(&texts).flat_map(|(p, t)| p.values(t)).collect();
        tx.insert_rows(INSERT_HEAD, WIDTH, &values)
    }

    /// Updates the rows of practices already in the register, up to a thousand to a
    /// statement.
    pub fn update_all(tx: &Write, practices: &[Practice]) -> Result<()> {
        let texts: Vec<[Option<&str>; 2]> = practices.iter().map(Practice::texts).collect();
        let values: Vec<&dyn ToValue> = practices.iter().zip(&texts).flat_map(|(p, t)| p.values(t)).collect();
        let set = "name = v.column2, locality_id = v.column3, list_size = v.column4, address = v.column5,
                   postcode = v.column6, phone = v.column7, setting = v.column8, status = v.column9,
                   open_date = v.column10, close_date = v.column11, merged_into = v.column12,
                   commissioner = v.column13";
        tx.update_rows(("practice", &["code"]), set, WIDTH, &values)?;
        Ok(())
    }

    fn write(&self, tx: &Write, sql: &str) -> Result<()> {
        tx.execute(sql, self.values(&self.texts()).as_slice())?;
        Ok(())
    }

    /// The setting and status as stored.
    fn texts(&self) -> [Option<&'static str>; 2] {
        [self.setting.map(Setting::as_str), Some(if self.open { "open" } else { "closed" })]
    }

    /// The row's values, in the order of [`INSERT_HEAD`]'s columns.
    fn values<'a>(&'a self, texts: &'a [Option<&'static str>; 2]) -> [&'a dyn ToValue; WIDTH] {
        [
            &self.code,
            &self.name,
            &self.locality_id,
            &self.list_size,
            &self.address,
            &self.postcode,
            &self.phone,
            &texts[0],
            &texts[1],
            &self.open_date,
            &self.close_date,
            &self.merged_into,
            &self.commissioner,
        ]
    }
}

/// The head of an insert of practices' rows: a plain insert for new practices is
/// cheaper than the upsert, which SQLite runs with a statement journal (a copy of every
/// page it touches) because its update half may cascade.
macro_rules! insert_head {
    () => {
        "INSERT INTO practice (code, name, locality_id, list_size, address, postcode, phone, setting, status,
                                      open_date, close_date, merged_into, commissioner)"
    };
}

const INSERT_HEAD: &str = insert_head!();

/// How many columns a practice's row has.
const WIDTH: usize = 13;

const SAVE_SQL: &str = concat!(
    insert_head!(),
    "
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, locality_id = excluded.locality_id,
       list_size = excluded.list_size, address = excluded.address, postcode = excluded.postcode,
       phone = excluded.phone, setting = excluded.setting, status = excluded.status,
       open_date = excluded.open_date, close_date = excluded.close_date,
       merged_into = excluded.merged_into, commissioner = excluded.commissioner"
);

/// An ODS practice code, upper-cased: one letter and five digits (`M81004`), or three
/// letters and three digits (`GUE010`, Channel Islands).
pub fn check_code(code: &str) -> Option<Code> {
    let c = code.trim().to_ascii_uppercase();
    Code::is_code(&c).then_some(Code(c))
}

/// An ODS practice code, upper-case, checked: made only by [`check_code`] and
/// [`parse_code`], or read from the register (where a stored value that is not a code
/// is an error).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Code(String);

impl Code {
    fn is_code(c: &str) -> bool {
        let b = c.as_bytes();
        let shape = |letters: usize| {
            b.len() == 6
                && b[..letters].iter().all(u8::is_ascii_uppercase)
                && b[letters..].iter().all(u8::is_ascii_digit)
        };
        shape(1) || shape(3)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Code {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Code> for String {
    fn from(code: Code) -> String {
        code.0
    }
}

impl From<&Code> for String {
    fn from(code: &Code) -> String {
        code.0.clone()
    }
}

impl PartialEq<str> for Code {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl std::borrow::Borrow<str> for Code {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl crate::store::ToValue for Code {
    fn to_value(&self) -> crate::store::Value<'_> {
        crate::store::ToValue::to_value(&self.0)
    }
}

impl crate::store::FromValue for Code {
    fn from_value(stored: crate::store::Stored<'_>) -> std::result::Result<Self, String> {
        match stored {
            crate::store::Stored::Text(text) if Code::is_code(text) => Ok(Code(text.to_string())),
            crate::store::Stored::Text(text) => Err(format!("{text:?} is not a practice code")),
            other => Err(format!("expected a practice code, found {}", other.kind())),
        }
    }
}

pub fn parse_code(code: &str, whence: &str) -> Result<Code> {
    check_code(code).ok_or_else(|| {
        Error::invalid(format!("not a practice code: {code:?}"))
            .at(whence)
            .with_hint("an ODS practice code is a letter and five digits, e.g. M81004 (or GUE010-style)")
    })
}

/// A practice name: trimmed, one line, 1 to 100 characters.
pub fn check_name(name: &str, whence: &str) -> Result<String> {
    crate::text::line(name, "a practice name", 100, whence, &[])
}

/// A UK postcode, upper-cased with one space before the inward part (`WR11 1JP`).
pub fn check_postcode(postcode: &str, whence: &str) -> Result<String> {
    let t = postcode.trim();
    // Most postcodes arrive as they are kept (the NHS files): take them as they are.
    if let Some((outward, inward)) = t.split_once(' ') {
        let ob = outward.as_bytes();
        let ib = inward.as_bytes();
        let ok = (2..=4).contains(&ob.len())
            && ib.len() == 3
            && ob[0].is_ascii_uppercase()
            && ob.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && ob.iter().any(u8::is_ascii_digit)
            && ib[0].is_ascii_digit()
            && ib[1..].iter().all(u8::is_ascii_uppercase);
        if ok {
            return Ok(t.to_string());
        }
    }
    let compact: String = postcode.split_whitespace().collect::<String>().to_ascii_uppercase();
    let b = compact.as_bytes();
    let ok = (5..=7).contains(&b.len()) && {
        let (outward, inward) = b.split_at(b.len() - 3);
        inward[0].is_ascii_digit()
            && inward[1..].iter().all(u8::is_ascii_uppercase)
            && outward[0].is_ascii_uppercase()
            && outward.iter().all(u8::is_ascii_alphanumeric)
            && outward.iter().any(u8::is_ascii_digit)
    };
    if !ok {
        return Err(Error::invalid(format!("not a postcode: {postcode:?}"))
            .at(whence)
            .with_hint("a UK postcode looks like WR11 1JP"));
    }
    let (outward, inward) = compact.split_at(compact.len() - 3);
    Ok(format!("{outward} {inward}"))
}

/// A telephone number: digits, spaces and `+ ( ) -`, with 6 to 15 digits.
pub fn check_phone(phone: &str, whence: &str) -> Result<String> {
    let t = phone.trim();
    let digits = t.bytes().filter(u8::is_ascii_digit).count();
    let ok = (6..=15).contains(&digits) && t.bytes().all(|c| c.is_ascii_digit() || b" +()-".contains(&c));
    if !ok {
        return Err(Error::invalid(format!("not a telephone number: {phone:?}"))
            .at(whence)
            .with_hint("digits and spaces, e.g. 01386 444400"));
    }
    Ok(t.to_string())
}

/// A registered list size: a whole number of patients, 0 to 1,000,000.
pub fn check_list_size(n: &str, whence: &str) -> Result<i64> {
    let t = n.trim().replace(',', "");
    match t.parse::<i64>() {
        Ok(v) if (0..=1_000_000).contains(&v) && t.bytes().all(|c| c.is_ascii_digit()) => Ok(v),
        _ => Err(Error::invalid(format!("not a list size: {n:?}"))
            .at(whence)
            .with_hint("a list size is a whole number of registered patients, e.g. 11250")),
    }
}

/// Finds a practice by its code (any case).
pub fn get(db: &Db, code: &str) -> Result<Practice> {
    let wanted = code.trim().to_ascii_uppercase();
    db.first(&format!("SELECT {COLUMNS} FROM practice WHERE code = ?1"), [&wanted], Practice::from_row)?.ok_or_else(
        || {
            Error::not_found(format!("no such practice: {code:?}"))
                .with_hint("`engage practice list --status all` shows the practices")
        },
    )
}

/// The practices of these codes that there are (upper-case codes), in one query.
pub fn get_many(db: &Db, codes: &[&str]) -> Result<Vec<Practice>> {
    if codes.is_empty() {
        return Ok(Vec::new());
    }
    let upper: Vec<String> = codes.iter().map(|c| c.trim().to_ascii_uppercase()).collect();
    let values: Vec<&dyn ToValue> = upper.iter().map(|c| c as &dyn ToValue).collect();
    let stmt = format!("SELECT {COLUMNS} FROM practice WHERE code IN {}", crate::store::value_rows(1, upper.len(), 0));
    db.query(&stmt, values.as_slice(), Practice::from_row)
}

/// Practices read once, to look many codes up without asking the register again; a
/// code not among them gets the error [`get`] gives ("no such practice").
pub struct Known(std::collections::HashMap<String, Practice>);

impl Known {
    /// The practices of these codes.
    pub fn of(db: &Db, codes: &[&str]) -> Result<Known> {
        Ok(Known(get_many(db, codes)?.into_iter().map(|p| (p.code.to_string(), p)).collect()))
    }

    /// Every practice.
    pub fn all(db: &Db) -> Result<Known> {
        Ok(Known(all(db)?.into_iter().map(|p| (p.code.to_string(), p)).collect()))
    }

    /// The practice a code names (any case), as [`get`] finds it.
    pub fn get(&self, db: &Db, code: &str) -> Result<Practice> {
        match self.0.get(&code.trim().to_ascii_uppercase()) {
            Some(p) => Ok(p.clone()),
            None => get(db, code),
        }
    }
}

/// Every practice, by code, for the importers' upserts.
pub fn all(db: &Db) -> Result<Vec<Practice>> {
    let stmt = format!("SELECT {COLUMNS} FROM practice ORDER BY code");
    let rows = db.query(&stmt, (), Practice::from_row)?;
    Ok(rows)
}

/// What `practice add` and `practice edit` may set; `None` leaves a field alone and,
/// for the optional fields, an empty string clears it.
#[derive(Debug, Default, Clone)]
pub struct Changes {
    pub name: Option<String>,
    pub locality: Option<String>,
    pub list_size: Option<String>,
    pub postcode: Option<String>,
    pub phone: Option<String>,
    pub setting: Option<Setting>,
    /// The day it opened (`practice add --opened`).
    pub opened: Option<NaiveDate>,
}

fn apply(db: &Db, p: &mut Practice, c: &Changes) -> Result<()> {
    if let Some(n) = &c.name {
        p.name = check_name(n, "--name")?;
    }
    if let Some(l) = &c.locality {
        p.locality_id = locality::find(db, l)?.id;
    }
    let optional = |v: &Option<String>, check: &dyn Fn(&str) -> Result<String>| -> Result<Option<Option<String>>> {
        match v {
            None => Ok(None),
            Some(s) if s.trim().is_empty() => Ok(Some(None)),
            Some(s) => Ok(Some(Some(check(s)?))),
        }
    };
    if let Some(v) = optional(&c.postcode, &|s| check_postcode(s, "--postcode"))? {
        p.postcode = v;
    }
    if let Some(v) = optional(&c.phone, &|s| check_phone(s, "--phone"))? {
        p.phone = v;
    }
    if let Some(v) = optional(&c.list_size, &|s| check_list_size(s, "--list-size").map(|n| n.to_string()))? {
        p.list_size = v.map(|s| s.parse().expect("checked"));
    }
    if let Some(s) = c.setting {
        p.setting = Some(s);
    }
    if let Some(d) = c.opened {
        p.open_date = Some(d);
    }
    Ok(())
}

pub fn add(db: &Write, code: &str, changes: &Changes) -> Result<Practice> {
    let code = parse_code(code, "CODE")?;
    if let Ok(existing) = get(db, &code) {
        return Err(Error::conflict(format!("practice {code} is already in the register ({})", existing.name))
            .with_hint(format!("change it with `engage practice edit {code}`")));
    }
    let mut p = Practice::new(code, String::new(), 0);
    apply(db, &mut p, changes)?;
    p.save(db)?;
    Ok(p)
}

/// Changes a practice; returns it and whether anything changed. A new locality holds
/// from `when`; the other details are corrections.
pub fn edit(
    db: &Write,
    code: &str,
    changes: &Changes,
    when: crate::history::Effective,
    today: NaiveDate,
) -> Result<(Practice, bool)> {
    let before = get(db, code)?;
    let mut p = before.clone();
    apply(db, &mut p, changes)?;
    if changes.locality.is_some()
        && p.locality_id == before.locality_id
        && let crate::history::Effective::From(_) = when
    {
        // A dated move that moves nothing is a mistake worth saying.
        let (name, since): (String, Option<NaiveDate>) = db.one(
            "SELECT l.name, p.locality_from FROM practice p JOIN locality l ON l.id = p.locality_id WHERE p.code = ?1",
            [p.code.as_str()],
            |r| Ok((r.get("name")?, r.get("locality_from")?)),
        )?;
        let since = since.or(before.open_date).map_or("the beginning".to_string(), |d| d.to_string());
        return Err(Error::invalid(format!("practice {} is already in {name} since {since} (--locality)", p.code))
            .with_hint("`engage practice history CODE` shows its localities over time"));
    }
    let changed = p != before;
    if changed {
        history::move_locality(db, &p.code, before.locality_id, p.locality_id, when, today)?;
        p.save(db)?;
    }
    Ok((p, changed))
}

/// SQL: the practice `p` (the alias of a `practice` row) was open on some day from `?1`
/// to `?2` (opened by the end, and open still or closed on or after the start). Reports
/// of a period take these practices; lists of today take the open ones.
pub fn open_in(p: &str) -> String {
    format!("({p}.open_date IS NULL OR {p}.open_date <= ?2) AND ({p}.status = 'open' OR {p}.close_date >= ?1)")
}

/// A practice as `practice list` shows it: with its locality's name.
#[derive(Debug, Clone)]
pub struct Listed {
    pub practice: Practice,
    pub locality: String,
}

/// `practice list`: practices by code, optionally of one locality.
pub fn list(db: &Db, locality_id: Option<i64>, status: StatusFilter) -> Result<Vec<Listed>> {
    let status_sql = match status {
        StatusFilter::Open => "p.status = 'open'",
        StatusFilter::Closed => "p.status = 'closed'",
        StatusFilter::All => "1 = 1",
    };
    let columns = COLUMNS.split(", ").map(|c| format!("p.{}", c.trim())).collect::<Vec<_>>().join(", ");
    let stmt = format!(
        "SELECT {columns}, l.name AS locality FROM practice p JOIN locality l ON l.id = p.locality_id
          WHERE {status_sql} AND (?1 IS NULL OR p.locality_id = ?1)
          ORDER BY p.code"
    );
    let rows = db.query(&stmt, [locality_id], |r| {
        Ok(Listed { practice: Practice::from_row(r)?, locality: r.get("locality")? })
    })?;
    Ok(rows)
}

/// The codes of the open practices, for completing a practice at the shell.
pub fn open_codes(db: &Db) -> Result<Vec<String>> {
    db.values("SELECT code FROM practice WHERE status = 'open' ORDER BY code", ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_checked_on_the_way_in_and_out() {
        assert_eq!(check_code(" m81004 ").map(String::from), Some("M81004".to_string()));
        assert!(check_code("M8100").is_none() && check_code("MM81004").is_none());
        use crate::store::{FromValue, Stored, ToValue, Value};
        assert_eq!(check_code("GUE010").unwrap().to_value(), Value::Text("GUE010".into()));
        assert_eq!(Code::from_value(Stored::Text("GUE010")).map(String::from), Ok("GUE010".to_string()));
        let bad = Code::from_value(Stored::Text("m81004")).unwrap_err();
        assert!(bad.contains("is not a practice code"), "{bad}");
    }

    #[test]
    fn codes() {
        assert_eq!(check_code("m81004").as_deref(), Some("M81004"));
        assert_eq!(check_code("GUE010").as_deref(), Some("GUE010"));
        for bad in ["M8100", "M810044", "81004M", "MM1004", "M81O04", ""] {
            assert_eq!(check_code(bad), None, "{bad}");
        }
    }

    #[test]
    fn postcodes() {
        assert_eq!(check_postcode("wr11 1jp", "t").unwrap(), "WR11 1JP");
        assert_eq!(check_postcode("WR111JP", "t").unwrap(), "WR11 1JP");
        assert_eq!(check_postcode("EC1A 1BB", "t").unwrap(), "EC1A 1BB");
        for bad in ["WR11", "11 1JP", "WR11 JP1", "WR11-1JP"] {
            assert!(check_postcode(bad, "t").is_err(), "{bad}");
        }
    }
}
