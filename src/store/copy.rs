//! `db copy`: every row of one register into a new one, between a file and a server
//! either way. The source is read in one snapshot, so the copy is consistent while others
//! write; the target is written in one transaction, in batches of rows (a statement a few
//! hundred rows, not one a row, so that a server is not asked once a row).

use std::collections::HashMap;

use super::value::{Kind, Value};
use super::{Db, Register, Write};
use crate::error::{Error, Result};

/// The register's tables, each after those it refers to (the order of the PostgreSQL
/// schema, which must create them so), with the columns that refer to their own table.
fn tables() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut out = Vec::new();
    let mut current: Option<(&'static str, Vec<&'static str>)> = None;
    for line in super::POSTGRES_SCHEMA.lines() {
        if let Some(rest) = line.strip_prefix("CREATE TABLE ") {
            out.extend(current.take());
            let name = rest.split_whitespace().next().unwrap_or_default();
            current = Some((name, Vec::new()));
        } else if let Some((name, own)) = current.as_mut()
            && line.contains(&format!("REFERENCES {name} "))
            && let Some(column) = line.split_whitespace().next()
        {
            own.push(column);
        }
    }
    out.extend(current);
    out.retain(|(name, _)| *name != "engage_register");
    out
}

/// Each table's columns and the kind each holds, as the target register declares them
/// (from a server in one question, not one a table).
fn columns(db: &Db) -> Result<HashMap<String, Vec<(String, Kind)>>> {
    let kind = |declared: &str| {
        let d = declared.to_ascii_lowercase();
        if d.contains("int") {
            Kind::Integer
        } else if d.contains("real") || d.contains("double") || d.contains("float") {
            Kind::Real
        } else {
            Kind::Text
        }
    };
    let mut out: HashMap<String, Vec<(String, Kind)>> = HashMap::new();
    let mut add = |r: &super::Row| -> Result<()> {
        let declared: String = r.get("type")?;
        out.entry(r.get("table_name")?).or_default().push((r.get("name")?, kind(&declared)));
        Ok(())
    };
    match db.sqlite() {
        Some(_) => {
            for (table, _) in tables() {
                let sql = format!(
                    "SELECT '{table}' AS table_name, name, type FROM pragma_table_info('{table}') ORDER BY cid"
                );
                db.each(&sql, (), &mut add)?;
            }
        }
        None => db.each(
            "SELECT table_name::text AS table_name, column_name::text AS name, data_type::text AS type
               FROM information_schema.columns WHERE table_schema = current_schema()
              ORDER BY table_name, ordinal_position",
            (),
            add,
        )?,
    }
    Ok(out)
}

/// A column name as a statement says it (`user` is a word PostgreSQL keeps).
fn quoted(column: &str) -> String {
    format!("\"{column}\"")
}

/// How many rows the target holds, over all the register's tables (one question).
pub(super) fn rows_held(db: &Db) -> Result<i64> {
    let counts: Vec<String> = tables().iter().map(|(table, _)| format!("(SELECT count(*) FROM {table})")).collect();
    db.value(&format!("SELECT {} AS n", counts.join(" + ")), ())
}

/// Copies every row of `from` into `tx` (a new, empty register's write), table by table;
/// returns how many rows.
pub(super) fn copy_rows(from: &Db, tx: &Write) -> Result<usize> {
    let mut copied = 0;
    let mut all_columns = columns(tx)?;
    for (table, own) in tables() {
        let cols = all_columns.remove(table).unwrap_or_default();
        if cols.is_empty() {
            return Err(Error::storage(format!("database error: the target register has no table {table}")));
        }
        let names: Vec<String> = cols.iter().map(|(c, _)| quoted(c)).collect();
        // Columns that refer to their own table (a practice merged into another) are
        // set after every row is in.
        let later: Vec<usize> =
            cols.iter().enumerate().filter(|(_, (c, _))| own.contains(&c.as_str())).map(|(i, _)| i).collect();
        let key = cols.first().map(|(c, _)| quoted(c)).unwrap_or_default();
        let per_batch = (30_000 / cols.len()).clamp(1, 500);
        let mut batch: Vec<Vec<Value<'static>>> = Vec::new();
        let mut pending: Vec<(Value<'static>, usize, Value<'static>)> = Vec::new();
        let head = format!("INSERT INTO {table} ({})", names.join(", "));
        let flush = |batch: &mut Vec<Vec<Value<'static>>>| -> Result<()> {
            let values: Vec<&dyn super::ToValue> = batch.iter().flatten().map(|v| v as &dyn super::ToValue).collect();
            tx.insert_rows(&head, cols.len(), &values)?;
            batch.clear();
            Ok(())
        };
        from.each(&format!("SELECT {} FROM {table}", names.join(", ")), (), |row| {
            let mut values = row.all()?;
            for (i, v) in values.iter_mut().enumerate() {
                if *v == Value::Null {
                    *v = Value::NullOf(cols[i].1);
                }
            }
            for &i in &later {
                if values[i] != Value::NullOf(cols[i].1) {
                    let value = std::mem::replace(&mut values[i], Value::NullOf(cols[i].1));
                    pending.push((values[0].clone(), i, value));
                }
            }
            batch.push(values);
            copied += 1;
            if batch.len() >= per_batch {
                flush(&mut batch)?;
            }
            Ok(())
        })?;
        flush(&mut batch)?;
        for (id, i, value) in pending {
            tx.execute(&format!("UPDATE {table} SET {} = ?1 WHERE {key} = ?2", quoted(&cols[i].0)), (value, id))?;
        }
    }
    Ok(copied)
}

impl Register {
    /// Copies this register (opened to read: one snapshot) into `target`, which must be
    /// empty (exit 5 otherwise); the copy is one write of the target, with its audit row.
    pub fn copy_into(&self, target: &mut Register) -> Result<usize> {
        if rows_held(&target.db)? > 0 {
            return Err(Error::conflict(format!("the target register is not empty ({})", target.location))
                .with_hint("copy into a new file, or an empty database"));
        }
        let from = self.location.to_string();
        let copied = target.write(false, |tx| {
            if tx.sqlite().is_some() {
                // Rows that refer to rows of a later batch are checked when the copy commits.
                tx.batch("PRAGMA defer_foreign_keys = ON")?;
            }
            let n = copy_rows(&self.db, tx)?;
            Ok(super::Written { value: n, summary: format!("copied {n} rows from {from}") })
        })?;
        // A server plans its queries by statistics of the tables, and answers from an
        // index alone only for pages its vacuum has marked, both of which its autovacuum
        // does only a while after a bulk load: until then the first commands after a
        // copy are slow (national: `practice show` 200 ms, not 20; `report engagement`
        // 0.7 s, not 0.4).
        if target.db.server().is_some() {
            target.db.batch("VACUUM ANALYZE")?;
        }
        Ok(copied)
    }
}
