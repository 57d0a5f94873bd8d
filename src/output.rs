//! The one output path: commands build a [`Table`] of rows or a [`Record`], and
//! [`render`] writes it as a table for people, RFC 4180 CSV, or JSON.

use std::borrow::Cow;
use std::io::Write;

use chrono::NaiveDate;
use unicode_width::UnicodeWidthStr;

use engage::text::neutralise_formula;
use engage::units::{self, Hundredths, Pence};

engage::text_enum! {
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

/// One value, typed so that each format writes it as the README says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Null,
    Int(i64),
    Text(String),
    /// Money, written as pounds with two decimals (a string in JSON).
    Money(Pence),
    /// Sessions, written with two decimals (a string in JSON).
    Sessions(Hundredths),
    /// Tenths (of a percent, of a rate per N), written with one decimal (a number in JSON).
    Tenths(i64),
    Bool(bool),
    Date(NaiveDate),
    /// A list of short texts (codes): a JSON array, space-separated elsewhere.
    List(Vec<String>),
    /// A list of sentences (minutes, names): a JSON array, `; `-separated elsewhere.
    Texts(Vec<String>),
    /// Named counts (a peer group's mix): a JSON object, `key n` pairs elsewhere.
    Counts(Vec<(&'static str, i64)>),
    /// Small records (a practice's commitments): a JSON array of objects; elsewhere each
    /// record's values with `, `, the records with `; `.
    Records(Vec<Vec<(&'static str, Cell)>>),
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
    /// A statistic to one decimal (rounded half away from zero).
    pub fn one_decimal(x: f64) -> Cell {
        Cell::Tenths((x * 10.0).round() as i64)
    }
    /// A count as imported: whole, or to one decimal (a mean list size).
    pub fn figure(x: f64) -> Cell {
        if x.fract() == 0.0 && x.abs() < 1e15 { Cell::Int(x as i64) } else { Cell::one_decimal(x) }
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
            Cell::Tenths(t) => units::tenths(*t),
            Cell::Bool(b) => b.to_string(),
            Cell::Date(d) => engage::dates::iso(*d),
            Cell::List(items) => items.join(" "),
            Cell::Texts(items) => items.join("; "),
            Cell::Counts(pairs) => pairs.iter().map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", "),
            Cell::Records(records) => records
                .iter()
                .map(|r| r.iter().map(|(_, c)| c.plain()).filter(|t| !t.is_empty()).collect::<Vec<_>>().join(", "))
                .collect::<Vec<_>>()
                .join("; "),
        }
    }

    fn json(&self) -> String {
        match self {
            Cell::Null => "null".to_string(),
            Cell::Int(_) | Cell::Tenths(_) | Cell::Bool(_) => self.plain(),
            Cell::Text(_) | Cell::Money(_) | Cell::Sessions(_) | Cell::Date(_) => {
                serde_json::to_string(&self.plain()).expect("a string serialises")
            }
            Cell::List(items) | Cell::Texts(items) => serde_json::to_string(items).expect("strings serialise"),
            Cell::Counts(pairs) => {
                let pairs: Vec<String> = pairs.iter().map(|(k, n)| format!("{}: {n}", json_key(k))).collect();
                format!("{{{}}}", pairs.join(", "))
            }
            Cell::Records(records) => {
                let objects: Vec<String> = records
                    .iter()
                    .map(|r| {
                        let fields: Vec<String> =
                            r.iter().map(|(k, c)| format!("{}: {}", json_key(k), c.json())).collect();
                        format!("{{{}}}", fields.join(", "))
                    })
                    .collect();
                format!("[{}]", objects.join(", "))
            }
        }
    }

    /// The cell in CSV: text borrowed where it needs no change (an export has tens of
    /// thousands of rows).
    fn csv(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(s) => neutralise_formula(s),
            Cell::Texts(_) | Cell::Records(_) => Cow::Owned(neutralise_formula(&self.plain()).into_owned()),
            other => Cow::Owned(other.plain()),
        }
    }

    /// The cell in a table for people: flags as yes/no, missing values blank.
    fn for_people(&self) -> String {
        match self {
            Cell::Bool(true) => "yes".to_string(),
            Cell::Bool(false) => "no".to_string(),
            Cell::Counts(pairs) => {
                pairs.iter().map(|(k, n)| format!("{} {n}", k.replace('_', " "))).collect::<Vec<_>>().join(", ")
            }
            other => other.plain(),
        }
    }

    fn is_numeric(&self) -> bool {
        matches!(self, Cell::Int(_) | Cell::Money(_) | Cell::Sessions(_) | Cell::Tenths(_))
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
    /// Subtotal rows shown to people after the row of each index (a locality's total
    /// under its practices); CSV and JSON carry data only.
    pub subtotals: Vec<(usize, Vec<Cell>)>,
    /// Rows to draw attention to (at-risk practices), for people only.
    pub marked: Vec<bool>,
    /// At a terminal too narrow for every column, the columns to leave out first, most
    /// dispensable first; without it, columns go from the right (never the first).
    pub drop_order: Vec<&'static str>,
    /// Columns never left out at a narrow terminal (as money never is): a payment
    /// preview's sessions and payee.
    pub never_drop: Vec<&'static str>,
    /// A line under a list at a terminal: how many, and a total where one means
    /// something (`31 practices, 317,699 patients`).
    pub footer: Option<String>,
}

impl Table {
    pub fn new(columns: &[&'static str]) -> Table {
        Table {
            columns: columns.to_vec(),
            rows: Vec::new(),
            table_only: 0,
            totals: None,
            subtotals: Vec::new(),
            marked: Vec::new(),
            drop_order: Vec::new(),
            never_drop: Vec::new(),
            footer: None,
        }
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
    /// Fields that JSON gives after the first section (the README puts a group's `mix`
    /// after its `members`); tables and CSV give them with the other fields.
    pub trailing: Vec<(&'static str, Cell)>,
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
    /// The terminal's width, when known.
    pub width: Option<usize>,
    /// Notes on stderr (a column left out) are wanted: `-q` turns them off.
    pub notes: bool,
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
            let columns: Vec<&str> = r.fields.iter().chain(&r.trailing).map(|(k, _)| *k).collect();
            let row: Vec<Cell> = r.fields.iter().chain(&r.trailing).map(|(_, v)| v.clone()).collect();
            write_csv(&columns, std::iter::once(row.as_slice()), w)
        }
        (Output::Record(r), Format::Json) => {
            let mut keys = 0;
            let mut key = |k: &str, w: &mut dyn Write| -> std::io::Result<()> {
                w.write_all(if keys == 0 { b"\n  " } else { b",\n  " })?;
                keys += 1;
                write!(w, "{}: ", json_key(k))
            };
            w.write_all(b"{")?;
            for (k, v) in &r.fields {
                key(k, w)?;
                w.write_all(v.json().as_bytes())?;
            }
            for (n, (k, t)) in r.sections.iter().enumerate() {
                key(k, w)?;
                w.write_all(b"[")?;
                for (i, row) in t.rows.iter().enumerate() {
                    w.write_all(if i == 0 { b"\n    " } else { b",\n    " })?;
                    write_json_object(t.columns.iter().copied().zip(row.iter()), w)?;
                }
                w.write_all(if t.rows.is_empty() { b"]" } else { b"\n  ]" })?;
                if n == 0 {
                    for (k, v) in &r.trailing {
                        key(k, w)?;
                        w.write_all(v.json().as_bytes())?;
                    }
                }
            }
            w.write_all(b"\n}\n")
        }
        (Output::Record(r), Format::Table) => {
            let mut table = comfy_table::Table::new();
            table.load_style(comfy_table::presets::NOTHING);
            fit(&mut table, style);
            for (k, v) in r.fields.iter().chain(&r.trailing) {
                let value = if *v == Cell::Null { "-".to_string() } else { v.for_people() };
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
        for cell in row {
            out.write_field(cell.csv().as_bytes()).map_err(csv_io)?;
        }
        out.write_record(None::<&[u8]>).map_err(csv_io)?;
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

/// Draws a table for people: a header, a rule under it, then a line a row (more for a
/// cell that wraps), each column as wide as its widest cell, with a space either side
/// and one between columns. Numbers are right-aligned (and every cell of a column whose
/// first row is a number); with colour on, the header and totals are bold and the
/// marked rows red. At a terminal it fits the width (see [`fit_columns`]).
///
/// engage measures every column itself, to fit the terminal, so the lines are written
/// here directly, row by row, rather than through comfy-table (which draws records,
/// whose values it wraps): a report of 7,000 practices needs the memory of its cells
/// and no more.
fn draw_people(t: &Table, style: Style, w: &mut dyn Write) -> std::io::Result<()> {
    let numeric: Vec<bool> = (0..t.columns.len()).map(|i| t.rows.first().is_some_and(|r| r[i].is_numeric())).collect();
    let text = |row: &[Cell]| -> Vec<String> { row.iter().map(Cell::for_people).collect() };
    let rows: Vec<Vec<String>> = t.rows.iter().map(|r| text(r)).collect();
    let totals: Option<Vec<String>> = t.totals.as_ref().map(|r| text(r));
    let subtotals: Vec<Vec<String>> = t.subtotals.iter().map(|(_, r)| text(r)).collect();
    let layout = match (style.terminal, style.width) {
        (true, Some(width)) => fit_columns(t, &rows, totals.as_deref(), width),
        _ => Layout {
            keep: (0..t.columns.len()).map(|i| (i, None)).collect(),
            left_out: Vec::new(),
            constant: Vec::new(),
        },
    };
    if style.notes && !layout.left_out.is_empty() {
        let names: Vec<String> = layout
            .left_out
            .iter()
            .map(|&c| match t.columns.iter().position(|x| *x == c).filter(|&i| layout.constant.contains(&i)) {
                Some(i) => format!("{} ({} on every row)", label(c), rows[0][i]),
                None => label(c),
            })
            .collect();
        let _ = writeln!(
            std::io::stderr(),
            "note: left out to fit {} columns: {} (--format csv shows every column)",
            style.width.unwrap_or_default(),
            names.join(", ")
        );
    }
    let marked = |r: usize| t.marked.get(r).copied().unwrap_or(false);
    let mut all = Vec::with_capacity(rows.len() + subtotals.len() + 1);
    let mut under = t.subtotals.iter().zip(&subtotals).peekable();
    for (r, (shown, row)) in rows.iter().zip(&t.rows).enumerate() {
        all.push((shown, row, marked(r), false));
        while let Some(((_, sub), shown)) = under.next_if(|((after, _), _)| *after == r) {
            all.push((shown, sub, false, true));
        }
    }
    all.extend(totals.iter().zip(&t.totals).map(|(shown, row)| (shown, row, false, true)));
    let paint = |on: bool, how: &'static str| (style.colour && on).then_some(how);
    let header: Vec<DrawnCell> = layout
        .keep
        .iter()
        .map(|&(i, _)| {
            let name = t.columns[i];
            let header = if name == "practice_code" && t.columns.contains(&"practice_name") {
                "code".to_string()
            } else {
                label(name)
            };
            (Cow::Owned(header), numeric[i])
        })
        .collect();
    // Each row's kept cells as drawn (shortened or wrapped to fit) and how they are painted.
    let drawn: Vec<(Vec<DrawnCell>, Option<&str>)> = all
        .iter()
        .map(|&(shown, row, marked, totals)| {
            let cells = layout
                .keep
                .iter()
                .map(|&(i, max)| (fitted(t.columns[i], &shown[i], max), numeric[i] || row[i].is_numeric()))
                .collect();
            (cells, paint(totals, BOLD).or(paint(marked, RED)))
        })
        .collect();
    let widths: Vec<usize> = (0..layout.keep.len())
        .map(|k| {
            let cells = drawn.iter().map(|(cells, _)| &cells[k].0).chain([&header[k].0]);
            cells.flat_map(|text| text.split('\n').map(UnicodeWidthStr::width).max()).max().unwrap_or(0)
        })
        .collect();
    write_row(&header, &widths, paint(true, BOLD), w)?;
    let rule: Vec<String> = widths.iter().map(|width| "─".repeat(width + 2)).collect();
    writeln!(w, "{}", rule.join(" "))?;
    for (cells, paint) in &drawn {
        write_row(cells, &widths, *paint, w)?;
    }
    match &t.footer {
        Some(footer) if style.terminal => writeln!(w, "{footer}"),
        _ => Ok(()),
    }
}

/// A cell as drawn: its text (shortened or wrapped to fit) and whether it is right-aligned.
type DrawnCell<'a> = (Cow<'a, str>, bool);

/// The terminal's bold and red, and back to plain.
const BOLD: &str = "\x1b[1m";
const RED: &str = "\x1b[31m";
const PLAIN: &str = "\x1b[0m";

/// Writes one row of a table: each cell (its text, and whether it is right-aligned)
/// padded to its column's width, a cell of several lines over as many lines, and no
/// line with trailing spaces. `paint` is the escape sequence the text is drawn in.
fn write_row(cells: &[DrawnCell], widths: &[usize], paint: Option<&str>, w: &mut dyn Write) -> std::io::Result<()> {
    let height = 1 + cells.iter().map(|(text, _)| text.matches('\n').count()).max().unwrap_or(0);
    let mut line = String::new();
    for n in 0..height {
        line.clear();
        for (k, ((text, right), width)) in cells.iter().zip(widths).enumerate() {
            let text = if height == 1 { text } else { text.split('\n').nth(n).unwrap_or("") };
            let fill = width.saturating_sub(UnicodeWidthStr::width(text));
            line.push_str(if k == 0 { " " } else { "   " });
            if *right {
                pad(&mut line, fill);
            }
            match paint {
                Some(paint) if !text.is_empty() => {
                    line.push_str(paint);
                    line.push_str(text);
                    line.push_str(PLAIN);
                }
                _ => line.push_str(text),
            }
            if !*right {
                pad(&mut line, fill);
            }
        }
        line.truncate(line.trim_end().len());
        line.push('\n');
        w.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// Adds `n` spaces to a line.
fn pad(line: &mut String, n: usize) {
    line.extend(std::iter::repeat_n(' ', n));
}

/// A column's header for people: the column's name, shorter where the name is long and
/// its meaning plain from the table (CSV and JSON keep the full, stable names).
fn label(column: &str) -> String {
    let short = match column {
        "practice_code" => "practice",
        "practice_name" => "practice",
        "meetings_held" => "held",
        "represented" => "repr",
        "gp_present" => "gp",
        "pm_present" => "pm",
        "representation_pct" => "repr %",
        "mean_representation_pct" => "mean repr %",
        "nominated_gp" => "nominated gp",
        "survey_returned" => "survey",
        "amount_gbp" => "£",
        "at_risk" => "at risk",
        "gmc_number" => "gmc",
        "list_size" => "patients",
        "duration_minutes" => "minutes",
        "group_meetings_held" => "grp held",
        "group_represented" => "grp repr",
        "events_attended" => "events",
        "per_patient_gbp" => "£ a patient",
        "practices_enrolled" => "enrolled",
        "practices_open" => "open",
        "patients_covered" => "patients",
        "patients_pct" => "patients %",
        "commitments_required" => "required",
        "numerator" => "count",
        "denominator" => "patients",
        "locality_rate" => "loc rate",
        "group_rate" => "group rate",
        "reference_rate" => "england",
        "lower_95" => "low 95",
        "upper_95" => "high 95",
        "lower_998" => "low 99.8",
        "upper_998" => "high 99.8",
        // Money: `held_gbp` is `held £`.
        other => {
            return match other.strip_suffix("_gbp") {
                Some(what) => format!("{} £", what.replace('_', " ")),
                None => other.replace('_', " "),
            };
        }
    };
    short.to_string()
}

/// Whether a column holds free text that may be shortened with `…` to fit: names and
/// titles. Codes, dates, numbers, amounts, emails and references never are.
fn free_text(column: &str) -> bool {
    column.ends_with("name")
        || matches!(
            column,
            "locality" | "title" | "location" | "nominated_gp" | "named_lead" | "lead" | "text" | "note"
        )
}

/// Whether a column's text wraps within its width at a narrow terminal instead of being
/// shortened: a declared interest is read whole or not at all.
fn wraps(column: &str) -> bool {
    column == "interest"
}

/// Whether a column holds money: never left out of a table.
fn money(column: &str) -> bool {
    column.ends_with("_gbp")
}

/// A cell's text within `max` characters, if it has one: wrapped onto more lines for a
/// column that [`wraps`], else shortened with `…`.
fn fitted<'a>(column: &str, text: &'a str, max: Option<usize>) -> Cow<'a, str> {
    match max {
        Some(max) if wraps(column) => Cow::Owned(wrap(text, max)),
        _ => shorten(text, max),
    }
}

/// Text broken into lines of at most `max` characters, between words where it can.
fn wrap(text: &str, max: usize) -> String {
    let max = max.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let mut word = word.to_string();
        while word.chars().count() > max {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let head: String = word.chars().take(max).collect();
            word = word.chars().skip(max).collect();
            lines.push(head);
        }
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if !line.is_empty() && needed > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    lines.push(line);
    lines.join("\n")
}

/// The columns a table shows at a terminal, each with the width its text is shortened
/// (or wrapped) to, and those left out to fit (empty columns go without a word), of
/// which those holding one value on every row.
struct Layout {
    keep: Vec<(usize, Option<usize>)>,
    left_out: Vec<&'static str>,
    constant: Vec<usize>,
}

/// Fits a table to `width` terminal columns: columns with nothing in them are left out;
/// then free-text columns are shortened with `…` (an interest wraps instead), the widest
/// first, down to 12 characters; then columns holding one value on every row are left
/// out, then columns as the table's drop order says (or from the right, never the
/// first), until the rest fits. Money and the table's `never_drop` columns are never
/// left out, and nothing else is ever cut.
fn fit_columns(t: &Table, rows: &[Vec<String>], totals: Option<&[String]>, width: usize) -> Layout {
    // A space each side of a cell, and one between columns.
    const PADDING: usize = 3;
    const SHORTEST: usize = 12;
    // A wrapped interest narrower than this would read a word a line.
    const SHORTEST_WRAP: usize = 30;
    let n = t.columns.len();
    let cells = |i: usize| rows.iter().map(move |r| &r[i]).chain(totals.map(|r| &r[i]));
    let natural: Vec<usize> = (0..n)
        .map(|i| cells(i).map(|c| c.chars().count()).chain([label(t.columns[i]).chars().count()]).max().unwrap_or(0))
        .collect();
    let empty = |i: usize| i > 0 && !rows.is_empty() && rows.iter().all(|r| r[i].is_empty());
    let mut keep: Vec<usize> = (0..n).filter(|&i| !empty(i)).collect();
    let mut left_out: Vec<&'static str> = Vec::new();
    let mut widths = natural.clone();
    let total = |keep: &[usize], widths: &[usize]| keep.iter().map(|&i| widths[i] + PADDING).sum::<usize>() - 1;
    // Shorten the widest free text first, a character at a time.
    while total(&keep, &widths) > width {
        let widest = keep
            .iter()
            .copied()
            .filter(|&i| {
                let shortest = if wraps(t.columns[i]) { SHORTEST_WRAP } else { SHORTEST };
                (free_text(t.columns[i]) || wraps(t.columns[i]))
                    && widths[i] > shortest.max(label(t.columns[i]).chars().count())
            })
            .max_by_key(|&i| widths[i]);
        match widest {
            Some(i) => widths[i] -= 1,
            None => break,
        }
    }
    // Then leave out the least useful columns: first those that say the same on every
    // row (the note says what), then as the table's order says, then from the right.
    let protected = |i: usize| money(t.columns[i]) || t.never_drop.contains(&t.columns[i]);
    let constant: Vec<usize> = (0..n)
        .filter(|&i| rows.len() > 1 && !rows[0][i].is_empty() && rows.iter().all(|r| r[i] == rows[0][i]))
        .collect();
    let listed = t.drop_order.iter().filter_map(|c| t.columns.iter().position(|x| x == c));
    let mut order: Vec<usize> = Vec::new();
    // The first column names the row: it goes only when it says the same on every row.
    for i in constant.iter().copied().chain(listed).chain((1..n).rev()) {
        if !protected(i) && !order.contains(&i) {
            order.push(i);
        }
    }
    for i in order {
        if total(&keep, &widths) <= width || keep.len() <= 1 {
            break;
        }
        if let Some(at) = keep.iter().position(|&k| k == i) {
            keep.remove(at);
            left_out.push(t.columns[i]);
        }
    }
    // What leaving columns out freed goes back to the shortened text, narrowest first.
    while total(&keep, &widths) < width {
        let narrowest = keep.iter().copied().filter(|&i| widths[i] < natural[i]).min_by_key(|&i| widths[i]);
        match narrowest {
            Some(i) => widths[i] += 1,
            None => break,
        }
    }
    let keep = keep.into_iter().map(|i| (i, (widths[i] < natural[i]).then_some(widths[i]))).collect();
    Layout { keep, left_out, constant }
}

/// Text cut to `max` characters, the last one `…`.
fn shorten(text: &str, max: Option<usize>) -> Cow<'_, str> {
    match max {
        Some(max) if text.chars().count() > max => {
            let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
            cut.push('…');
            Cow::Owned(cut)
        }
        _ => Cow::Borrowed(text),
    }
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
    use engage::text::restore_formula;

    #[test]
    fn a_long_table_lines_up_whichever_row_is_widest() {
        // The widest name is in the last rows, and a wide character near the first.
        let mut t = Table::new(&["name", "list_size"]);
        for i in 0..1234 {
            let name = if i == 3 { "診療所".to_string() } else { "x".repeat(1 + i % 7 + i / 1200 * 20) };
            t.push(vec![Cell::Text(name), Cell::Int(i as i64 * 1000)]);
        }
        let style = Style { terminal: false, width: None, notes: false, colour: false };
        let mut out = Vec::new();
        render(&Output::Table(t), Format::Table, style, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 1234 + 2);
        let width = |l: &str| UnicodeWidthStr::width(l);
        // Every row ends with the right-aligned number: all are as wide as the rule under
        // the header, less its last padding.
        let odd: Vec<&&str> = lines.iter().skip(2).filter(|l| width(l) + 1 != width(lines[1])).take(3).collect();
        assert!(odd.is_empty(), "{odd:?}");
        assert_eq!(width(lines[1]), 1 + 27 + 2 + 8 + 2);
        assert!(lines[2 + 1233].starts_with(&format!(" {:<27}  ", "x".repeat(22))));
    }

    #[test]
    fn numbers_are_written_exactly() {
        assert_eq!(units::hundredths(38000), "380.00");
        assert_eq!(units::hundredths(-5), "-0.05");
        assert_eq!(units::hundredths(206), "2.06");
        assert_eq!(Cell::Tenths(667).plain(), "66.7");
        assert_eq!(Cell::Tenths(0).json(), "0.0");
        assert_eq!(Cell::Tenths(-5).plain(), "-0.5");
        assert_eq!(Cell::Tenths(1000).plain(), "100.0");
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
