//! The one output path: commands build a [`Table`] of rows or a [`Record`], and
//! [`render`] writes it as a table for people, RFC 4180 CSV, or JSON.

use std::io::Write;

use chrono::NaiveDate;

/// The output format (`--format`, `$ENGAGE_FORMAT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for reading at a terminal.
    Table,
    /// RFC 4180 CSV with a header row, for spreadsheets and scripts.
    Csv,
    /// A JSON array of objects (one object for `show`).
    Json,
}

/// One value, typed so that each format writes it as SPEC §1a says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Null,
    Int(i64),
    Text(String),
    /// Integer pence, written as pounds with two decimals (a string in JSON).
    Money(i64),
    /// Integer hundredths of a session, written with two decimals (a string in JSON).
    Sessions(i64),
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
            Cell::Money(p) | Cell::Sessions(p) => hundredths(*p),
            Cell::Pct(t) => decimal(*t, 10),
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

/// An integer count of hundredths (pence, hundredths of a session) with two decimals.
pub fn hundredths(n: i64) -> String {
    decimal(n, 100)
}

/// `n` tenths (`unit` 10) or hundredths (`unit` 100) written with their decimals, built
/// by hand: `format!` was a tenth of drawing a report.
fn decimal(n: i64, unit: u64) -> String {
    let whole = (n.unsigned_abs() / unit).to_string();
    let mut part = n.unsigned_abs() % unit;
    let mut s = String::with_capacity(whole.len() + 4);
    if n < 0 {
        s.push('-');
    }
    s.push_str(&whole);
    s.push('.');
    let mut place = unit / 10;
    while place > 0 {
        s.push(char::from(b'0' + (part / place) as u8));
        part %= place;
        place /= 10;
    }
    s
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
            let fields: Vec<Vec<(String, bool)>> = r
                .fields
                .iter()
                .map(|(k, v)| {
                    let value = if *v == Cell::Null { "-".to_string() } else { v.plain() };
                    vec![(k.replace('_', " "), false), (value, false)]
                })
                .collect();
            if style.terminal {
                let mut table = comfy_table::Table::new();
                table.load_style(comfy_table::presets::NOTHING);
                for row in fields {
                    table.add_row(row.into_iter().map(|(text, _)| text));
                }
                writeln!(w, "{table}")?;
            } else {
                draw(&fields, Layout { gap: false, rule: false }, w)?;
            }
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

/// A table for people: its header, rows and totals as text, each cell with whether it
/// is right-aligned (numbers, and every cell of a column whose first row is a number).
fn people_grid(t: &Table) -> Vec<Vec<(String, bool)>> {
    let numeric: Vec<bool> = (0..t.columns.len()).map(|i| t.rows.first().is_some_and(|r| r[i].is_numeric())).collect();
    let header = t.columns.iter().zip(&numeric).map(|(c, &n)| (c.replace('_', " "), n)).collect();
    let rows = t.rows.iter().chain(&t.totals);
    std::iter::once(header)
        .chain(rows.map(|row| row.iter().zip(&numeric).map(|(c, &n)| (c.for_people(), n || c.is_numeric())).collect()))
        .collect()
}

/// Draws a table for people. On a terminal comfy-table draws it, fitted to the width,
/// with a bold header and totals and the marked rows in red when colour is on.
/// Elsewhere (a pipe, a file, cron) [`draw`] writes the same bytes comfy-table would.
fn draw_people(t: &Table, style: Style, w: &mut dyn Write) -> std::io::Result<()> {
    let grid = people_grid(t);
    if !style.terminal {
        return draw(&grid, Layout { gap: true, rule: true }, w);
    }
    use comfy_table::{Attribute, CellAlignment, ContentArrangement};
    let mut table = comfy_table::Table::new();
    table.load_style(LIST_STYLE);
    table.set_content_arrangement(ContentArrangement::Dynamic);
    let totals = t.totals.as_ref().map(|_| grid.len() - 1);
    for (r, row) in grid.into_iter().enumerate() {
        let marked = r > 0 && t.marked.get(r - 1).copied().unwrap_or(false);
        let bold = r == 0 || Some(r) == totals;
        let cells = row.into_iter().map(|(text, right)| {
            let mut cell = comfy_table::Cell::new_owned(text);
            if right {
                cell = cell.set_alignment(CellAlignment::Right);
            }
            if style.colour && bold {
                cell = cell.add_attribute(Attribute::Bold);
            } else if style.colour && marked {
                cell = cell.fg(comfy_table::Color::Red);
            }
            cell
        });
        if r == 0 {
            table.set_header(cells);
        } else {
            table.add_row(cells);
        }
    }
    writeln!(w, "{table}")
}

/// How [`draw`] lays a table out.
#[derive(Debug, Clone, Copy)]
struct Layout {
    /// A space between columns (where comfy-table draws its vertical lines).
    gap: bool,
    /// A rule of `─` under the first row, the header.
    rule: bool,
}

/// Writes rows of cells (text, right-aligned) as comfy-table draws them when nothing
/// wraps and nothing is coloured: each cell padded by a space either side in a column
/// as wide as its widest line (at least 1), the lines of a cell one under another.
/// It builds the whole text in one string, where comfy-table copies every line of every
/// cell several times: a fifth of `report engagement` went on that. A test draws random
/// tables both ways and compares the bytes.
fn draw(rows: &[Vec<(String, bool)>], layout: Layout, w: &mut dyn Write) -> std::io::Result<()> {
    // Printable ASCII is one column a byte; anything else is measured as comfy-table does.
    let measure = |line: &str| {
        if line.bytes().all(|b| matches!(b, b' '..=b'~')) {
            line.len()
        } else {
            unicode_width::UnicodeWidthStr::width(line)
        }
    };
    let spaces = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(' ', n));
    let mut widths = vec![1; rows.iter().map(Vec::len).max().unwrap_or(0)];
    for row in rows {
        for (width, (text, _)) in widths.iter_mut().zip(row) {
            *width = text.split('\n').map(measure).fold(*width, usize::max);
        }
    }
    let mut out = String::with_capacity(rows.len() * (widths.iter().sum::<usize>() + 3 * widths.len() + 1));
    for (r, row) in rows.iter().enumerate() {
        // A row is as tall as its tallest cell; with no columns at all, it has no lines.
        let height =
            if widths.is_empty() { 0 } else { row.iter().map(|(t, _)| t.split('\n').count()).max().unwrap_or(1) };
        let mut lines: Vec<_> = row.iter().map(|(text, right)| (text.split('\n'), *right)).collect();
        for _ in 0..height {
            for (i, &width) in widths.iter().enumerate() {
                if i > 0 && layout.gap {
                    out.push(' ');
                }
                match lines.get_mut(i).and_then(|(l, right)| Some((l.next()?, *right))) {
                    Some((line, right)) => {
                        let pad = width - measure(line);
                        spaces(&mut out, 1 + if right { pad } else { 0 });
                        out.push_str(line);
                        spaces(&mut out, 1 + if right { 0 } else { pad });
                    }
                    None => spaces(&mut out, width + 2),
                }
            }
            out.push('\n');
        }
        if r == 0 && layout.rule {
            for (i, &width) in widths.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.extend(std::iter::repeat_n('─', width + 2));
            }
            out.push('\n');
        }
    }
    if out.is_empty() {
        out.push('\n');
    }
    w.write_all(out.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// comfy-table's drawing of `rows`, as this module drew every table before [`draw`].
    fn comfy(rows: &[Vec<(String, bool)>], layout: Layout) -> String {
        let mut table = comfy_table::Table::new();
        table.load_style(if layout.rule { LIST_STYLE } else { comfy_table::presets::NOTHING });
        table.set_content_arrangement(comfy_table::ContentArrangement::Disabled);
        table.force_no_tty();
        for (r, row) in rows.iter().enumerate() {
            let cells = row.iter().map(|(text, right)| {
                let cell = comfy_table::Cell::new(text);
                if *right { cell.set_alignment(comfy_table::CellAlignment::Right) } else { cell }
            });
            if r == 0 && layout.rule {
                table.set_header(cells);
            } else {
                table.add_row(cells);
            }
        }
        format!("{table}\n")
    }

    #[test]
    fn draws_what_comfy_table_draws() {
        // Wide, combining, zero-width and control characters, and line breaks.
        const PIECES: &[&str] =
            &["a", "Z", "7", " ", "-", "é", "e\u{301}", "漢", "😀", "\u{200b}", "\n", "\t", "\r", "─", "'", "Dr Ann"];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for round in 0..3000 {
            let layout =
                if round % 3 == 0 { Layout { gap: false, rule: false } } else { Layout { gap: true, rule: true } };
            let columns = 1 + next(6);
            let rows: Vec<Vec<(String, bool)>> = (0..1 + next(6))
                .map(|_| {
                    // Now and then a row shorter than the others.
                    let width = if next(8) == 0 { next(columns + 1) } else { columns };
                    (0..width)
                        .map(|_| ((0..next(6)).map(|_| PIECES[next(PIECES.len())]).collect(), next(2) == 0))
                        .collect()
                })
                .collect();
            let mut ours = Vec::new();
            draw(&rows, layout, &mut ours).unwrap();
            assert_eq!(String::from_utf8(ours).unwrap(), comfy(&rows, layout), "{rows:?} {layout:?}");
        }
    }

    #[test]
    fn numbers_are_written_exactly() {
        assert_eq!(hundredths(38000), "380.00");
        assert_eq!(hundredths(-5), "-0.05");
        assert_eq!(hundredths(206), "2.06");
        assert_eq!(Cell::Pct(667).plain(), "66.7");
        assert_eq!(Cell::Pct(0).json(), "0.0");
        assert_eq!(Cell::Pct(-5).plain(), "-0.5");
        assert_eq!(Cell::Pct(1000).plain(), "100.0");
        assert_eq!(hundredths(i64::MIN), "-92233720368547758.08");
        assert_eq!(hundredths(7), "0.07");
        assert_eq!(Cell::Date(NaiveDate::from_ymd_opt(2026, 4, 1).unwrap()).plain(), "2026-04-01");
        assert_eq!(Cell::Money(35000).json(), "\"350.00\"");
        assert_eq!(Cell::Bool(true).csv(), "true");
    }

    #[test]
    fn formulas_are_neutralised_in_text_only() {
        assert_eq!(Cell::text("=1+1").csv(), "'=1+1");
        assert_eq!(Cell::text("-x").csv(), "'-x");
        assert_eq!(Cell::Money(-500).csv(), "-5.00");
        assert_eq!(restore_formula("'=1+1"), "=1+1");
        assert_eq!(restore_formula("'tis"), "'tis");
    }
}
