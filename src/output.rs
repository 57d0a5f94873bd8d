//! The one output path: commands build a [`Table`] of rows or a [`Record`], and
//! [`render`] writes it as a table for people, RFC 4180 CSV, or JSON.

use std::io::Write;

use chrono::NaiveDate;

use crate::units::{self, Hundredths, Pence};

crate::text_enum! {
    /// The output format (`--format`, `$ENGAGE_FORMAT`).
    pub enum Format {
        /// Aligned columns for reading at a terminal.
        Table = "table",
        /// RFC 4180 CSV with a header row, for spreadsheets and scripts.
        Csv = "csv",
        /// A JSON array of objects (one object for `show`).
        Json = "json",
    }
}

/// One value, typed so that each format writes it as SPEC §1a says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Null,
    Int(i64),
    Text(String),
    /// Money, written as pounds with two decimals (a string in JSON).
    Money(Pence),
    /// Sessions, written with two decimals (a string in JSON).
    Sessions(Hundredths),
    /// Tenths of a percent, written with one decimal (a number in JSON).
    Pct(i64),
    Bool(bool),
    Date(NaiveDate),
    /// A list of short texts (codes): a JSON array, space-separated elsewhere.
    List(Vec<String>),
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }
    pub fn opt_text(s: Option<String>) -> Cell {
        s.map_or(Cell::Null, Cell::Text)
    }
    pub fn opt_int(n: Option<i64>) -> Cell {
        n.map_or(Cell::Null, Cell::Int)
    }
    pub fn opt_date(d: Option<NaiveDate>) -> Cell {
        d.map_or(Cell::Null, Cell::Date)
    }

    /// The cell as text, as CSV and the table show it.
    pub fn plain(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Int(n) => n.to_string(),
            Cell::Text(s) => s.clone(),
            Cell::Money(p) => p.to_string(),
            Cell::Sessions(s) => s.to_string(),
            Cell::Pct(t) => units::tenths(*t),
            Cell::Bool(b) => b.to_string(),
            Cell::Date(d) => crate::dates::iso(*d),
            Cell::List(items) => items.join(" "),
        }
    }

    fn json(&self) -> String {
        match self {
            Cell::Null => "null".to_string(),
            Cell::Int(_) | Cell::Pct(_) | Cell::Bool(_) => self.plain(),
            Cell::Text(_) | Cell::Money(_) | Cell::Sessions(_) | Cell::Date(_) => {
                serde_json::to_string(&self.plain()).expect("a string serialises")
            }
            Cell::List(items) => serde_json::to_string(items).expect("strings serialise"),
        }
    }

    fn csv(&self) -> String {
        match self {
            Cell::Text(s) => neutralise_formula(s),
            other => other.plain(),
        }
    }

    /// The cell in a table for people: flags as yes/no, missing values blank.
    fn for_people(&self) -> String {
        match self {
            Cell::Bool(true) => "yes".to_string(),
            Cell::Bool(false) => "no".to_string(),
            other => other.plain(),
        }
    }

    fn is_numeric(&self) -> bool {
        matches!(self, Cell::Int(_) | Cell::Money(_) | Cell::Sessions(_) | Cell::Pct(_))
    }
}

/// Text that a spreadsheet would run as a formula gets a leading `'`, so that
/// `=1+1` shows as text. Numeric cells never pass through here.
pub fn neutralise_formula(s: &str) -> String {
    match s.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

/// Undoes [`neutralise_formula`] on text read back from an engage CSV.
pub fn restore_formula(s: &str) -> &str {
    match s.as_bytes() {
        [b'\'', b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r', ..] => &s[1..],
        _ => s,
    }
}

/// Rows under named columns.
#[derive(Debug, Clone)]
pub struct Table {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
    /// How many trailing columns are for people only (a trend bar): CSV and JSON leave
    /// them out.
    pub table_only: usize,
    /// A totals row, shown to people under the rows; CSV and JSON carry data only.
    pub totals: Option<Vec<Cell>>,
    /// Rows to draw attention to (at-risk practices), for people only.
    pub marked: Vec<bool>,
}

impl Table {
    pub fn new(columns: &[&'static str]) -> Table {
        Table { columns: columns.to_vec(), rows: Vec::new(), table_only: 0, totals: None, marked: Vec::new() }
    }

    /// The columns and rows that CSV and JSON carry.
    fn data_width(&self) -> usize {
        self.columns.len() - self.table_only
    }
    pub fn push(&mut self, row: Vec<Cell>) {
        debug_assert_eq!(row.len(), self.columns.len(), "row width for {:?}", self.columns);
        self.rows.push(row);
    }
}

/// One record (a `show`): fields, then lists that belong to it.
#[derive(Debug, Clone)]
pub struct Record {
    pub fields: Vec<(&'static str, Cell)>,
    pub sections: Vec<(&'static str, Table)>,
}

/// What a command prints on stdout.
pub enum Output {
    Table(Table),
    Record(Record),
}

/// How to draw tables for people.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Stdout is a terminal: fit its width.
    pub terminal: bool,
    /// Bold headers are allowed (a terminal, and `NO_COLOR` unset).
    pub colour: bool,
}

/// Writes `out` in `format`. The only place that knows the formats.
pub fn render(out: &Output, format: Format, style: Style, w: &mut dyn Write) -> std::io::Result<()> {
    match (out, format) {
        (Output::Table(t), Format::Csv) => {
            let n = t.data_width();
            write_csv(&t.columns[..n], t.rows.iter().map(|r| &r[..n]), w)
        }
        (Output::Table(t), Format::Json) => {
            w.write_all(b"[")?;
            let n = t.data_width();
            for (i, row) in t.rows.iter().enumerate() {
                w.write_all(if i == 0 { b"\n  " } else { b",\n  " })?;
                write_json_object(t.columns[..n].iter().copied().zip(row[..n].iter()), w)?;
            }
            w.write_all(if t.rows.is_empty() { b"]\n" } else { b"\n]\n" })
        }
        (Output::Table(t), Format::Table) => draw_people(t, style, w),
        (Output::Record(r), Format::Csv) => {
            let columns: Vec<&str> = r.fields.iter().map(|(k, _)| *k).collect();
            let row: Vec<Cell> = r.fields.iter().map(|(_, v)| v.clone()).collect();
            write_csv(&columns, std::iter::once(row.as_slice()), w)
        }
        (Output::Record(r), Format::Json) => {
            w.write_all(b"{")?;
            let mut first = true;
            for (k, v) in &r.fields {
                w.write_all(if first { b"\n  " } else { b",\n  " })?;
                first = false;
                write!(w, "{}: {}", json_key(k), v.json())?;
            }
            for (k, t) in &r.sections {
                w.write_all(if first { b"\n  " } else { b",\n  " })?;
                first = false;
                write!(w, "{}: [", json_key(k))?;
                for (i, row) in t.rows.iter().enumerate() {
                    w.write_all(if i == 0 { b"\n    " } else { b",\n    " })?;
                    write_json_object(t.columns.iter().copied().zip(row.iter()), w)?;
                }
                w.write_all(if t.rows.is_empty() { b"]" } else { b"\n  ]" })?;
            }
            w.write_all(b"\n}\n")
        }
        (Output::Record(r), Format::Table) => {
            let mut table = comfy_table::Table::new();
            table.load_style(comfy_table::presets::NOTHING);
            fit(&mut table, style);
            for (k, v) in &r.fields {
                let value = if *v == Cell::Null { "-".to_string() } else { v.plain() };
                table.add_row([k.replace('_', " "), value]);
            }
            write_table(&table, w)?;
            for (k, t) in &r.sections {
                writeln!(w, "\n{}:", k.replace('_', " "))?;
                if t.rows.is_empty() {
                    writeln!(w, "  (none)")?;
                } else {
                    draw_people(t, style, w)?;
                }
            }
            Ok(())
        }
    }
}

/// Writes the rows of one table as CSV, streaming; usable for large exports.
pub fn write_csv<'a>(
    columns: &[&str],
    rows: impl Iterator<Item = &'a [Cell]>,
    w: &mut dyn Write,
) -> std::io::Result<()> {
    let mut out = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(w);
    out.write_record(columns).map_err(csv_io)?;
    for row in rows {
        out.write_record(row.iter().map(Cell::csv)).map_err(csv_io)?;
    }
    out.flush()
}

/// The I/O error inside a CSV writer error, so that a closed pipe stays recognisable.
fn csv_io(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

fn json_key(k: &str) -> String {
    serde_json::to_string(k).expect("a string serialises")
}

fn write_json_object<'a>(pairs: impl Iterator<Item = (&'a str, &'a Cell)>, w: &mut dyn Write) -> std::io::Result<()> {
    w.write_all(b"{")?;
    for (i, (k, v)) in pairs.enumerate() {
        if i > 0 {
            w.write_all(b", ")?;
        }
        write!(w, "{}: {}", json_key(k), v.json())?;
    }
    w.write_all(b"}")
}

/// A rule under the header and nothing else: quiet, and easy to copy from.
const LIST_STYLE: comfy_table::TableStyle =
    comfy_table::TableStyle::new().header_separator(comfy_table::LineStyle::none().fill('─').junction(' '));

/// Draws a table for people with comfy-table: numbers right-aligned (and every cell of
/// a column whose first row is a number), a bold header and totals and the marked rows
/// in red when colour is on.
fn draw_people(t: &Table, style: Style, w: &mut dyn Write) -> std::io::Result<()> {
    use comfy_table::{Attribute, CellAlignment};
    let numeric: Vec<bool> = (0..t.columns.len()).map(|i| t.rows.first().is_some_and(|r| r[i].is_numeric())).collect();
    let mut table = comfy_table::Table::new();
    table.load_style(LIST_STYLE);
    fit(&mut table, style);
    let header = t.columns.iter().zip(&numeric).map(|(c, &right)| {
        let cell = comfy_table::Cell::new(c.replace('_', " "));
        let cell = if right { cell.set_alignment(CellAlignment::Right) } else { cell };
        if style.colour { cell.add_attribute(Attribute::Bold) } else { cell }
    });
    table.set_header(header);
    let marked = |r: usize| t.marked.get(r).copied().unwrap_or(false);
    let rows = t.rows.iter().enumerate().map(|(r, row)| (row, marked(r), false));
    for (row, marked, totals) in rows.chain(t.totals.iter().map(|row| (row, false, true))) {
        table.add_row(row.iter().zip(&numeric).map(|(c, &n)| {
            let mut cell = comfy_table::Cell::new(c.for_people());
            if n || c.is_numeric() {
                cell = cell.set_alignment(CellAlignment::Right);
            }
            if style.colour && totals {
                cell = cell.add_attribute(Attribute::Bold);
            } else if style.colour && marked {
                cell = cell.fg(comfy_table::Color::Red);
            }
            cell
        }));
    }
    write_table(&table, w)
}

/// At a terminal a table fits its width; elsewhere (a pipe, a file, cron) it is never
/// wrapped.
fn fit(table: &mut comfy_table::Table, style: Style) {
    if style.terminal {
        table.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
    } else {
        table.force_no_tty().set_content_arrangement(comfy_table::ContentArrangement::Disabled);
    }
}

/// Writes a drawn table, each line without trailing spaces.
fn write_table(table: &comfy_table::Table, w: &mut dyn Write) -> std::io::Result<()> {
    for line in table.lines() {
        writeln!(w, "{}", line.trim_end())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_exactly() {
        assert_eq!(units::hundredths(38000), "380.00");
        assert_eq!(units::hundredths(-5), "-0.05");
        assert_eq!(units::hundredths(206), "2.06");
        assert_eq!(Cell::Pct(667).plain(), "66.7");
        assert_eq!(Cell::Pct(0).json(), "0.0");
        assert_eq!(Cell::Pct(-5).plain(), "-0.5");
        assert_eq!(Cell::Pct(1000).plain(), "100.0");
        assert_eq!(units::hundredths(i64::MIN), "-92233720368547758.08");
        assert_eq!(units::hundredths(7), "0.07");
        assert_eq!(Cell::Date(NaiveDate::from_ymd_opt(2026, 4, 1).unwrap()).plain(), "2026-04-01");
        assert_eq!(Cell::Money(Pence(35000)).json(), "\"350.00\"");
        assert_eq!(Cell::Bool(true).csv(), "true");
    }

    #[test]
    fn formulas_are_neutralised_in_text_only() {
        assert_eq!(Cell::text("=1+1").csv(), "'=1+1");
        assert_eq!(Cell::text("-x").csv(), "'-x");
        assert_eq!(Cell::Money(Pence(-500)).csv(), "-5.00");
        assert_eq!(restore_formula("'=1+1"), "=1+1");
        assert_eq!(restore_formula("'tis"), "'tis");
    }
}
