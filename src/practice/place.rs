//! `practice place`: many practices put in their localities at once, from a CSV
//! `code,locality`, as `practice edit --locality` puts one: placing a practice still in
//! `Unassigned` (where imports put new ones) is a correction, any other a move from a
//! day. All or nothing, inside the caller's one transaction.

use std::collections::HashMap;

use crate::store::Write;
use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::history::Effective;
use crate::locality;

/// What a placing did (or, in a dry run, would do).
#[derive(Debug, Default)]
pub struct Placed {
    pub rows: usize,
    /// Practices taken out of `Unassigned` (corrections: no history row).
    pub placed: usize,
    /// Practices moved from another locality, from the day given.
    pub moved: usize,
    /// Rows that named the locality a practice is in already.
    pub unchanged: usize,
}

impl Placed {
    pub fn line(&self) -> String {
        format!("{} rows: {} placed, {} moved, {} unchanged", self.rows, self.placed, self.moved, self.unchanged)
    }
}

/// Places the practices of `data` (the bytes of `file`): a move holds from `from`.
pub fn place(db: &Write, data: &[u8], file: &str, from: NaiveDate, today: NaiveDate) -> Result<Placed> {
    crate::csvin::check_shape(data, file)?;
    let mut out = Placed::default();
    let mut seen: HashMap<super::Code, u64> = HashMap::new();
    crate::csvin::with_header(data, file, &["code", "locality"], |line, row| {
        let at = |field: &str| format!("{file}:{line}, field {field}");
        out.rows += 1;
        let code_text = row.get("code").unwrap_or_default();
        let code = super::check_code(code_text)
            .ok_or_else(|| Error::invalid(format!("not a practice code: {code_text:?}")).at(at("code")))?;
        if let Some(first) = seen.insert(code.clone(), line) {
            return Err(Error::invalid(format!("practice {code} is on lines {first} and {line}")).at(at("code")));
        }
        // A row names what the file means to be there: one that names nothing is bad
        // input (exit 3), not a record missing from the register.
        let p = super::get(db, &code)
            .map_err(|e| Error::invalid(format!("{}: the register does not hold it", e.message)).at(at("code")))?;
        let wanted = row.get("locality").unwrap_or_default();
        let to = locality::find(db, wanted).map_err(|e| {
            Error::invalid(format!("{}: add it first with `engage locality add`", e.message)).at(at("locality"))
        })?;
        if to.id == p.locality_id {
            out.unchanged += 1;
            return Ok(());
        }
        let unassigned: bool = db.value(
            "SELECT name = ?2 FROM locality WHERE id = ?1",
            crate::params![p.locality_id, locality::UNASSIGNED],
        )?;
        let changes = super::Changes { locality: Some(to.name.clone()), ..Default::default() };
        super::edit(db, &code, &changes, Effective::From(from), today).map_err(|e| {
            let at = e.at.clone().unwrap_or_default();
            e.at(if at.is_empty() { format!("{file}:{line}") } else { format!("{file}:{line}, {at}") })
        })?;
        if unassigned {
            out.placed += 1
        } else {
            out.moved += 1
        }
        Ok(())
    })?;
    Ok(out)
}
