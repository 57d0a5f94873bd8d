//! Localities: the groups of practices that meet monthly under an elected GP lead.

use crate::store::{Db, Write};

use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locality {
    pub id: i64,
    pub name: String,
    pub code: Option<String>,
}

/// The locality that new practices join when an import names none.
pub const UNASSIGNED: &str = "Unassigned";

/// A locality name: trimmed, non-empty, one line, at most 100 characters.
pub fn check_name(name: &str, whence: &str) -> Result<String> {
    crate::text::line(name, "a locality name", 100, whence, &[])
}

/// A locality code: 1 to 16 letters, digits, `-` or `_`.
pub fn check_code(code: &str, whence: &str) -> Result<String> {
    let t = code.trim();
    let ok = !t.is_empty() && t.len() <= 16 && t.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_');
    if !ok {
        return Err(Error::invalid(format!("not a locality code: {code:?}"))
            .at(whence)
            .with_hint("a code is 1 to 16 letters, digits, '-' or '_', e.g. SW-EVE"));
    }
    Ok(t.to_string())
}

/// The localities whose name or code is exactly `reference`, any case: what an import
/// takes a locality column to mean (a name it does not know is a new locality).
pub fn find_exact(db: &Db, reference: &str) -> Result<Vec<Locality>> {
    let stmt =
        "SELECT id, name, code FROM locality WHERE lower(name) = lower(?1) OR lower(code) = lower(?1) ORDER BY id";
    let found = db.query(stmt, [reference.trim()], |row| {
        Ok(Locality { id: row.get("id")?, name: row.get("name")?, code: row.get("code")? })
    })?;
    Ok(found)
}

/// Every locality, by id: an import matches its rows' localities against them at once.
pub fn all(db: &Db) -> Result<Vec<Locality>> {
    db.query("SELECT id, name, code FROM locality ORDER BY id", (), |row| {
        Ok(Locality { id: row.get("id")?, name: row.get("name")?, code: row.get("code")? })
    })
}

impl Locality {
    /// Whether `reference` names it exactly, by name or code in any case, as
    /// [`find_exact`] finds it.
    pub fn is(&self, reference: &str) -> bool {
        let r = reference.trim().to_lowercase();
        self.name.to_lowercase() == r || self.code.as_ref().is_some_and(|c| c.to_lowercase() == r)
    }
}

/// Finds a locality by name or code, any case, or as people say it (the README).
pub fn find(db: &Db, reference: &str) -> Result<Locality> {
    let r = reference.trim();
    let mut found = find_exact(db, r)?;
    // A locality said by the first words of its name (`evesham` for `Evesham and
    // Pershore`) or its last.
    let mut all = Vec::new();
    if found.is_empty() {
        all = db.query("SELECT id, name, code FROM locality ORDER BY name", (), |row| {
            Ok(Locality { id: row.get("id")?, name: row.get("name")?, code: row.get("code")? })
        })?;
        let hits = crate::reference::matching(r, all.iter().enumerate().map(|(i, l)| (i, l.name.as_str())));
        found = hits.into_iter().map(|i| all[i].clone()).collect();
    }
    match found.len() {
        0 => {
            let names = all.iter().map(|l| l.name.as_str());
            let hint = crate::reference::hint(r, names, "`engage locality list` shows the localities");
            Err(Error::not_found(format!("no such locality: {reference:?}")).with_hint(hint))
        }
        1 => Ok(found.into_iter().next().expect("one")),
        _ => Err(Error::conflict(format!("the locality reference {reference:?} is ambiguous")).with_details(
            found.iter().map(|l| format!("{}\t{}\tcode {}", l.id, l.name, l.code.as_deref().unwrap_or("-"))).collect(),
        )),
    }
}

fn ensure_free(db: &Db, name: Option<&str>, code: Option<&str>, except: Option<i64>) -> Result<()> {
    let clash = |sql: &str, value: &str| -> Result<Option<String>> {
        db.value_opt::<String>(sql, (value, except.unwrap_or(-1)))
    };
    if let Some(n) = name {
        let sql = "SELECT name FROM locality WHERE (lower(name) = lower(?1) OR lower(code) = lower(?1)) AND id <> ?2";
        if let Some(other) = clash(sql, n)? {
            return Err(Error::conflict(format!("a locality is already called or coded {n:?} (locality {other})")));
        }
    }
    if let Some(c) = code {
        let sql = "SELECT name FROM locality WHERE (lower(code) = lower(?1) OR lower(name) = lower(?1)) AND id <> ?2";
        if let Some(other) = clash(sql, c)? {
            return Err(Error::conflict(format!("the code {c:?} is already taken (locality {other})")));
        }
    }
    Ok(())
}

pub fn add(db: &Write, name: &str, code: Option<&str>) -> Result<Locality> {
    let name = check_name(name, "NAME")?;
    let code = code.map(|c| check_code(c, "--code")).transpose()?;
    ensure_free(db, Some(&name), code.as_deref(), None)?;
    let id = db.insert("INSERT INTO locality (name, code) VALUES (?1, ?2) RETURNING id", (&name, &code))?;
    Ok(Locality { id, name, code })
}

/// Renames or recodes a locality. `code: Some("")` clears the code.
pub fn edit(db: &Write, reference: &str, name: Option<&str>, code: Option<&str>) -> Result<Locality> {
    let mut loc = find(db, reference)?;
    let name = name.map(|n| check_name(n, "--name")).transpose()?;
    let code = match code {
        Some(c) if c.trim().is_empty() => Some(None),
        Some(c) => Some(Some(check_code(c, "--code")?)),
        None => None,
    };
    ensure_free(db, name.as_deref(), code.clone().flatten().as_deref(), Some(loc.id))?;
    if let Some(n) = name {
        loc.name = n;
    }
    if let Some(c) = code {
        loc.code = c;
    }
    db.execute("UPDATE locality SET name = ?1, code = ?2 WHERE id = ?3", (&loc.name, &loc.code, loc.id))?;
    Ok(loc)
}

/// Removes a locality; its practices (open or closed) must move elsewhere first or
/// with `move_to`. Returns how many practices moved.
pub fn remove(db: &Write, reference: &str, move_to: Option<&str>) -> Result<(Locality, usize, Option<Locality>)> {
    let loc = find(db, reference)?;
    let target = move_to.map(|m| find(db, m)).transpose()?;
    let held: i64 = db.value("SELECT count(*) FROM practice WHERE locality_id = ?1", [loc.id])?;
    let roles: i64 = db.value("SELECT count(*) FROM appointment WHERE locality_id = ?1", [loc.id])?;
    if roles > 0 {
        return Err(Error::conflict(format!(
            "locality {} is in use: {roles} appointment(s) name it (locality {})",
            loc.name, loc.name
        ))
        .with_hint("its history of leads stays with it; rename it with `engage locality edit` instead"));
    }
    let past: i64 =
        db.value("SELECT count(DISTINCT practice_code) FROM practice_past WHERE locality_id = ?1", [loc.id])?;
    if past > 0 {
        return Err(Error::conflict(format!(
            "locality {} is in use: {past} practice(s) were in it once (locality {})",
            loc.name, loc.name
        ))
        .with_hint("the history of where practices were stays; rename it with `engage locality edit` instead"));
    }
    let moved = match &target {
        Some(t) if t.id == loc.id => {
            return Err(Error::invalid(format!(
                "cannot move the practices of {} into itself (--move-practices-to)",
                loc.name
            )));
        }
        Some(t) => db.execute("UPDATE practice SET locality_id = ?1 WHERE locality_id = ?2", (t.id, loc.id))?,
        None if held > 0 => {
            return Err(Error::conflict(format!(
                "locality {} still holds {held} practice(s) (locality {})",
                loc.name, loc.name
            ))
            .with_hint(
                "move them first with --move-practices-to OTHER, or `engage practice edit CODE --locality OTHER`",
            ));
        }
        None => 0,
    };
    db.execute("DELETE FROM locality WHERE id = ?1", [loc.id])?;
    Ok((loc, moved, target))
}

/// A locality as `locality list` shows it.
#[derive(Debug, Clone)]
pub struct Listed {
    pub id: i64,
    pub name: String,
    pub code: Option<String>,
    /// Open practices and their patients.
    pub practices: i64,
    pub list_size: i64,
}

/// Every locality's name by id, for reports that place practices by their history.
pub fn names<M: FromIterator<(i64, String)>>(db: &Db) -> Result<M> {
    Ok(db.query("SELECT id, name FROM locality", (), |r| Ok((r.get("id")?, r.get("name")?)))?.into_iter().collect())
}

/// Each locality with its open practices and their patients, by name (`locality list`
/// adds its lead and next meeting: see `show::localities`).
pub fn list(db: &Db) -> Result<Vec<Listed>> {
    let stmt = "SELECT l.id, l.name, l.code, count(p.code) AS practices, coalesce(sum(p.list_size), 0) AS list_size
           FROM locality l LEFT JOIN practice p ON p.locality_id = l.id AND p.status = 'open'
          GROUP BY l.id ORDER BY l.name";
    let rows = db.query(stmt, (), |r| {
        Ok(Listed {
            id: r.get("id")?,
            name: r.get("name")?,
            code: r.get("code")?,
            practices: r.get("practices")?,
            list_size: r.get("list_size")?,
        })
    })?;
    Ok(rows)
}

/// Every locality's name and code, for completing a `--locality` at the shell.
pub fn names_and_codes(db: &Db) -> Result<Vec<String>> {
    db.values("SELECT name FROM locality UNION ALL SELECT code FROM locality WHERE code IS NOT NULL", ())
}
