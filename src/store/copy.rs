//! `db copy`: every row of one register into a new one, between a file and a server
//! either way. The source is read in one snapshot, so the copy is consistent while others
//! write; the target is written in one transaction, in batches of rows (a statement a few
//! hundred rows, not one a row, so that a server is not asked once a row).

use std::collections::HashMap;

use super::value::{Kind, Value};
use super::{Db, Register, Write};
use crate::error::{Error, Result};

/// The register's tables, each after those it refers to (the order of the PostgreSQL
/// schema and its migrations, which must create them so), with the columns that refer
/// to their own table.
fn tables() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut out = Vec::new();
    let mut current: Option<(&'static str, Vec<&'static str>)> = None;
    for line in super::postgres_schema_lines() {
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

/// The tables to copy: all of them, or all but the audit trail.
fn copied(audit: bool) -> Vec<(&'static str, Vec<&'static str>)> {
    tables().into_iter().filter(|(table, _)| audit || *table != "audit").collect()
}

/// Copies every row of `from` into `tx` (a new, empty register's write), table by table,
/// with or without its audit trail; returns how many rows.
pub(super) fn copy_rows(from: &Db, tx: &Write, audit: bool) -> Result<usize> {
    if let Some(server) = tx.server() {
        return copy_to_server(from, tx, server, audit);
    }
    let mut copied = 0;
    let mut all_columns = columns(tx)?;
    for (table, own) in self::copied(audit) {
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
    /// With `summary`, that row says what the source's one write did (its audit trail
    /// is not copied): a register built in a file for speed, then moved to a server.
    pub fn copy_into(&self, target: &mut Register, summary: Option<String>) -> Result<usize> {
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
            let n = copy_rows(&self.db, tx, summary.is_none())?;
            Ok(super::Written { value: n, summary: summary.unwrap_or_else(|| format!("copied {n} rows from {from}")) })
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

/// A table of more rows than this is copied into a server straight (three round trips
/// of its own); smaller ones travel together.
const STRAIGHT: i64 = 50_000;

/// Copies every row of `from` into a server's new register in a few round trips,
/// however many rows, each `COPY` streaming as the source is read (memory stays
/// bounded). A large table is copied straight in. The others travel in one `COPY` into
/// a temporary table partitioned by the table each row belongs to, each row a literal
/// of its table's type, and go in by one script for each run of them between large
/// tables (tables go in the order they refer to each other; a row referring to its own
/// table is checked at the end of its statement). A national register takes under 40.
fn copy_to_server(from: &Db, tx: &Write, server: &super::pg::Server, audit: bool) -> Result<usize> {
    let mut all_columns = columns(tx)?;
    let mut order = Vec::new();
    for (table, _) in copied(audit) {
        let cols = all_columns.remove(table).unwrap_or_default();
        if cols.is_empty() {
            return Err(Error::storage(format!("database error: the target register has no table {table}")));
        }
        let names: Vec<String> = cols.iter().map(|(c, _)| quoted(c)).collect();
        order.push((table, format!("SELECT {} FROM {table}", names.join(", ")), names.join(", ")));
    }
    let counts: Vec<String> =
        order.iter().map(|(table, _, _)| format!("SELECT '{table}' AS t, count(*) AS n FROM {table}")).collect();
    let rows: HashMap<String, i64> =
        from.query(&counts.join(" UNION ALL "), (), |r| Ok((r.get("t")?, r.get("n")?)))?.into_iter().collect();
    let straight = |table: &str| rows.get(table).is_some_and(|&n| n > STRAIGHT);
    let together: Vec<_> =
        order.iter().filter(|(table, _, _)| !straight(table) && rows.get(*table) != Some(&0)).collect();
    let mut copied = 0;
    let mut line = String::new();
    let failed = |e: std::io::Error| Error::storage(format!("database error: {e}"));
    if !together.is_empty() {
        let mut script =
            String::from("CREATE TEMP TABLE engage_copy (t text NOT NULL, r text NOT NULL) PARTITION BY LIST (t);\n");
        for (table, _, _) in &together {
            script +=
                &format!("CREATE TEMP TABLE engage_copy_{table} PARTITION OF engage_copy FOR VALUES IN ('{table}');\n");
        }
        tx.batch(&script)?;
        server.copy_in("COPY engage_copy (t, r) FROM STDIN", &mut |w| {
            for (table, select, _) in &together {
                from.each(select, (), |row| {
                    line.clear();
                    line.push_str(table);
                    line.push('\t');
                    copy_text(&row_literal(&row.all()?), &mut line);
                    line.push('\n');
                    copied += 1;
                    w.write_all(line.as_bytes()).map_err(failed)
                })?;
            }
            Ok(())
        })?;
    }
    // Each run of tables that travelled together goes in before the next large table.
    let mut script = String::new();
    for (table, select, names) in &order {
        if !straight(table) {
            if together.iter().any(|(t, _, _)| t == table) {
                script += &format!("INSERT INTO {table} SELECT (r::{table}).* FROM engage_copy_{table};\n");
            }
            continue;
        }
        if !script.is_empty() {
            tx.batch(&std::mem::take(&mut script))?;
        }
        server.copy_in(&format!("COPY {table} ({names}) FROM STDIN"), &mut |w| {
            from.each(select, (), |row| {
                line.clear();
                for (i, v) in row.all()?.iter().enumerate() {
                    if i > 0 {
                        line.push('\t');
                    }
                    match v {
                        Value::Null | Value::NullOf(_) => line.push_str("\\N"),
                        Value::Integer(n) => line.push_str(&n.to_string()),
                        Value::Real(x) => line.push_str(&x.to_string()),
                        Value::Text(t) => copy_text(t, &mut line),
                    }
                }
                line.push('\n');
                copied += 1;
                w.write_all(line.as_bytes()).map_err(failed)
            })
        })?;
    }
    if !together.is_empty() {
        script += "DROP TABLE engage_copy;";
    }
    if !script.is_empty() {
        tx.batch(&script)?;
    }
    Ok(copied)
}

/// A row as PostgreSQL reads a value of a table's row type: `(1,"text",)`, a missing
/// value written as nothing and text always quoted (a `"` or `\` doubled inside).
fn row_literal(values: &[Value]) -> String {
    let mut out = String::from("(");
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match v {
            Value::Null | Value::NullOf(_) => {}
            Value::Integer(n) => out.push_str(&n.to_string()),
            // Rust writes the shortest digits that read back as the same number.
            Value::Real(x) => out.push_str(&x.to_string()),
            Value::Text(t) => {
                out.push('"');
                for c in t.chars() {
                    if c == '"' || c == '\\' {
                        out.push(c);
                    }
                    out.push(c);
                }
                out.push('"');
            }
        }
    }
    out.push(')');
    out
}

/// Text as a field of `COPY`'s text format: a backslash, tab, newline or carriage
/// return escaped.
fn copy_text(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}
