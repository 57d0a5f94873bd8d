//! `practice import`: the NHS ODS `epraccur` file, the NHS "Patients Registered at a
//! GP Practice" totals, and engage's own CSV. Each row is checked and applied as it is
//! read, inside the caller's one transaction: a bad row anywhere fails the whole import
//! and nothing is written. The import is an upsert by code that never deletes.

use chrono::NaiveDate;
// foldhash: every row of a national file is hashed by its code (twice) and its
// commissioner, where the standard SipHash was over 1% of an import's instructions.
use foldhash::{HashMap, HashMapExt};

use crate::csvin::{records, with_header};
use crate::dates;
use crate::error::{Error, Result};
use crate::locality;
use crate::practice::{self, Practice, Setting};
use crate::store::Write;

crate::text_enum! {
    /// Which kind of file is being imported.
    pub enum Source {
        /// Tell the kinds apart by the file's first line.
        Auto = "auto",
        /// engage's CSV: header `code,name,locality,list_size,postcode,phone,setting`.
        Engage = "engage",
        /// The NHS ODS practice file: no header, 27 quoted fields.
        Epraccur = "epraccur",
        /// The NHS registered-patients totals: header with CODE and NUMBER_OF_PATIENTS.
        ListSizes = "list-sizes",
        /// The NHS GP workforce census (PRAC_CODE or code, TOTAL_GP_HC), as at --as-at:
        /// dated figures of practices already held ([`crate::practice::census`]).
        Workforce = "workforce",
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    pub source: Source,
    /// Take only this commissioner's rows (epraccur field 15; list-sizes CCG or sub-ICB code).
    pub commissioner: Option<&'a str>,
    /// Where new practices go when the file names no locality.
    pub locality: Option<&'a str>,
    /// Fill [`Summary::changes`], the table a dry run shows (building it for a real
    /// import would cost a tenth of the time and show nothing).
    pub list_changes: bool,
    /// Today: a practice closes on a day that has come.
    pub today: NaiveDate,
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug)]
pub struct Summary {
    pub source: Option<Source>,
    pub rows: usize,
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub closed: usize,
    pub skipped: usize,
    pub created_localities: Vec<String>,
    pub warnings: Vec<String>,
    /// What each closure did, a line each (`M81045 closed 2026-01-31: ...`).
    pub closures: Vec<String>,
    /// One row per practice inserted, updated or closed.
    pub changes: Vec<Change>,
}

/// What an import did to one practice, for a dry run to show.
#[derive(Debug, Clone)]
pub struct Change {
    pub code: String,
    pub name: String,
    /// `insert`, `update` or `close`.
    pub action: &'static str,
    /// `name: OLD -> NEW; ...`, and what a closure did.
    pub changes: String,
}

impl Summary {
    fn new(source: Source) -> Summary {
        Summary {
            source: Some(source),
            rows: 0,
            inserted: 0,
            updated: 0,
            unchanged: 0,
            closed: 0,
            skipped: 0,
            created_localities: Vec::new(),
            warnings: Vec::new(),
            closures: Vec::new(),
            changes: Vec::new(),
        }
    }

    /// The one-line count for stderr and the audit trail.
    pub fn line(&self) -> String {
        let mut s = format!(
            "{} rows ({}): {} inserted, {} updated, {} unchanged, {} closed, {} skipped",
            self.rows,
            self.source.map_or("?", Source::as_str),
            self.inserted,
            self.updated,
            self.unchanged,
            self.closed,
            self.skipped
        );
        if !self.created_localities.is_empty() {
            s.push_str(&format!("; created localities: {}", self.created_localities.join(", ")));
        }
        s
    }
}

/// A row's wishes for one practice: `None` leaves the register's value as it is.
#[derive(Debug)]
struct Incoming {
    line: u64,
    code: practice::Code,
    name: Option<String>,
    locality: Option<String>,
    list_size: Option<i64>,
    address: Option<String>,
    postcode: Option<String>,
    phone: Option<String>,
    setting: Option<Setting>,
    open: Option<bool>,
    open_date: Option<NaiveDate>,
    close_date: Option<NaiveDate>,
    commissioner: Option<String>,
}

impl Incoming {
    /// A row that names its practice and wishes nothing else.
    fn new(line: u64, code: practice::Code) -> Incoming {
        Incoming {
            line,
            code,
            name: None,
            locality: None,
            list_size: None,
            address: None,
            postcode: None,
            phone: None,
            setting: None,
            open: None,
            open_date: None,
            close_date: None,
            commissioner: None,
        }
    }
}

/// Imports `data` (the bytes of `file`) into the register. The caller runs this inside
/// one write transaction.
pub fn import(db: &Write, data: &[u8], file: &str, opts: Options) -> Result<Summary> {
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    crate::csvin::check_shape(data, file)?;
    if data.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::invalid(format!("the file is empty ({file})")));
    }
    let source = match opts.source {
        Source::Auto => detect(data, file)?,
        s => s,
    };
    if opts.commissioner.is_some() && source == Source::Engage {
        return Err(Error::invalid(format!(
            "--commissioner applies to epraccur and list-sizes files, not to engage CSV ({file})"
        )));
    }
    let mut summary = Summary::new(source);
    let default_locality = opts.locality.map(|l| locality::find(db, l)).transpose()?.map(|l| l.id);
    let mut apply = Apply::new(db, source, default_locality, opts.list_changes, opts.today)?;
    // Each row is applied as it is read: the caller's transaction makes the import
    // whole or nothing, and the file's rows are never all held at once.
    let mut sink = |row: Option<Incoming>| {
        summary.rows += 1;
        match row {
            Some(row) => apply.row(row, file, &mut summary),
            None => {
                summary.skipped += 1;
                Ok(())
            }
        }
    };
    let mut seen = Commissioners::default();
    let warning = match source {
        Source::Epraccur => read_epraccur(data, file, opts.commissioner, &mut seen, &mut sink).map(|()| None)?,
        Source::ListSizes => read_list_sizes(data, file, opts.commissioner, &mut seen, &mut sink).map(|()| None)?,
        Source::Engage | Source::Auto => read_engage(data, file, &mut sink)?,
        Source::Workforce => {
            return Err(Error::usage("a workforce census is imported by practice::census::import, with its date"));
        }
    };
    apply.finish()?;
    apply.close(file, &mut summary)?;
    if let Some(c) = opts.commissioner
        && seen.matched == 0
    {
        return Err(seen.none_for(c, file));
    }
    summary.warnings.extend(warning);
    Ok(summary)
}

/// The commissioners of a file's GP practice rows, and how many rows were the one asked
/// for: a `--commissioner` that matches nothing is a mistake, not an empty import.
#[derive(Default)]
struct Commissioners {
    /// Rows by commissioner, counted only when one is asked for (for the error).
    rows: HashMap<String, usize>,
    matched: usize,
}

impl Commissioners {
    /// Whether a row of `commissioner` is taken when `wanted` is asked for (any, when
    /// none is).
    fn see(&mut self, commissioner: Option<&str>, wanted: Option<&str>) -> bool {
        let Some(wanted) = wanted else { return true };
        let c = commissioner.map(str::trim).unwrap_or_default();
        *self.rows.entry(c.to_uppercase()).or_default() += 1;
        let taken = c.eq_ignore_ascii_case(wanted.trim());
        self.matched += taken as usize;
        taken
    }

    fn none_for(&self, wanted: &str, file: &str) -> Error {
        let mut held: Vec<(&String, &usize)> = self.rows.iter().filter(|(c, _)| !c.is_empty()).collect();
        held.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let names: Vec<String> = held.iter().take(8).map(|(c, n)| format!("{c} ({n})")).collect();
        let more = if held.len() > 8 { format!(" and {} more", held.len() - 8) } else { String::new() };
        Error::invalid(format!("no practice in the file is commissioned by {:?}", wanted.trim()))
            .at(format!("{file}, --commissioner"))
            .with_hint(if names.is_empty() {
                "the file names no commissioner".to_string()
            } else {
                format!("the file holds {}{more}", names.join(", "))
            })
    }
}

fn detect(data: &[u8], file: &str) -> Result<Source> {
    let first = data.split(|&c| c == b'\n').next().unwrap_or_default();
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(first);
    let record = reader.byte_records().next().transpose().ok().flatten().unwrap_or_default();
    let fields: Vec<String> = record.iter().map(|f| String::from_utf8_lossy(f).trim().to_ascii_lowercase()).collect();
    let has = |name: &str| fields.iter().any(|f| f == name);
    if first.first() == Some(&b'"') && record.len() == 27 {
        Ok(Source::Epraccur)
    } else if has("total_gp_hc") {
        Err(Error::usage(format!("{file} is a GP workforce census: import it with --source workforce --as-at D"))
            .with_hint("D is the census date (the NHS publishes the census as at 30 September, for instance)"))
    } else if has("code") && has("number_of_patients") {
        Ok(Source::ListSizes)
    } else if has("code") && has("name") {
        Ok(Source::Engage)
    } else {
        Err(Error::invalid(format!("cannot tell what kind of file this is from its first line ({file}:1)")).with_hint(
            "expected an NHS epraccur file (27 quoted fields), a list-size file (CODE, NUMBER_OF_PATIENTS) \
             or a CSV with code and name columns; name it with --source",
        ))
    }
}

fn bad(file: &str, line: u64, field: &str, what: String) -> Error {
    Error::invalid(what).at(format!("{file}:{line}, field {field}"))
}

/// What a reader hands on for each row: `Some` for a row to apply, `None` for a row it
/// checked and skipped (another setting or commissioner).
type Sink<'a> = &'a mut dyn FnMut(Option<Incoming>) -> Result<()>;

fn read_epraccur(
    data: &[u8],
    file: &str,
    commissioner: Option<&str>,
    seen: &mut Commissioners,
    sink: Sink,
) -> Result<()> {
    records(data, file, |line, f| {
        if f.len() != 27 {
            return Err(bad(
                file,
                line,
                "count",
                format!("expected the 27 fields of an epraccur row, found {}", f.len()),
            ));
        }
        let setting = f[25].trim();
        if setting.is_empty() || !setting.bytes().all(|c| c.is_ascii_digit()) {
            return Err(bad(file, line, "26 prescribing setting", format!("not a prescribing setting: {setting:?}")));
        }
        let code = practice::check_code(f[0])
            .ok_or_else(|| bad(file, line, "1 organisation code", format!("not a practice code: {:?}", f[0])))?;
        let name = practice::check_name(f[1], "")
            .map_err(|_| bad(file, line, "2 name", format!("not a practice name: {:?}", f[1])))?;
        let date = |i: usize, label: &str| -> Result<Option<NaiveDate>> {
            let v = f[i].trim();
            if v.is_empty() {
                return Ok(None);
            }
            dates::parse_compact(v).map(Some).ok_or_else(|| {
                bad(file, line, label, format!("not a date from 19000101 to 21991231 (YYYYMMDD): {v:?}"))
            })
        };
        let open_date = date(10, "11 open date")?
            .ok_or_else(|| bad(file, line, "11 open date", "the open date is missing".to_string()))?;
        let close_date = date(11, "12 close date")?;
        if close_date.is_some_and(|c| c < open_date) {
            return Err(bad(
                file,
                line,
                "12 close date",
                format!("the close date {:?} is before the open date", f[11]),
            ));
        }
        let open = match f[12].trim() {
            "A" | "D" | "P" => true,
            "C" => false,
            other => return Err(bad(file, line, "13 status code", format!("not a status (A, C, D or P): {other:?}"))),
        };
        if !open && close_date.is_none() {
            return Err(bad(file, line, "12 close date", "a closed practice (status C) has no close date".to_string()));
        }
        let postcode = match f[9].trim() {
            "" => None,
            pc => Some(
                practice::check_postcode(pc, "")
                    .map_err(|_| bad(file, line, "10 postcode", format!("not a postcode: {pc:?}")))?,
            ),
        };
        // Every row is checked, taken or not: a file with a broken row anywhere is suspect.
        if setting != "4" || !seen.see(Some(f[14]), commissioner) {
            return sink(None);
        }
        let address: Vec<&str> = f[4..9].iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
        let nonempty = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        sink(Some(Incoming {
            name: Some(name),
            address: (!address.is_empty()).then(|| address.join(", ")),
            postcode,
            phone: nonempty(f[17]),
            open: Some(open),
            open_date: Some(open_date),
            close_date: if open { None } else { close_date },
            commissioner: nonempty(f[14]),
            ..Incoming::new(line, code)
        }))
    })
}

fn read_list_sizes(
    data: &[u8],
    file: &str,
    commissioner: Option<&str>,
    seen: &mut Commissioners,
    sink: Sink,
) -> Result<()> {
    with_header(data, file, &["code", "number_of_patients"], |line, row| {
        let group = row.get("sub_icb_location_code").or_else(|| row.get("ccg_code"));
        if !seen.see(group, commissioner) {
            return sink(None);
        }
        let (code, patients) = (row.get("code").unwrap_or_default(), row.get("number_of_patients").unwrap_or_default());
        let code = practice::check_code(code)
            .ok_or_else(|| bad(file, line, "CODE", format!("not a practice code: {code:?}")))?;
        let list_size = practice::check_list_size(patients, "")
            .map_err(|_| bad(file, line, "NUMBER_OF_PATIENTS", format!("not a number of patients: {patients:?}")))?;
        sink(Some(Incoming { list_size: Some(list_size), ..Incoming::new(line, code) }))
    })
    .map(drop)
}

const ENGAGE_COLUMNS: &[&str] =
    &["code", "name", "locality", "list_size", "postcode", "phone", "setting", "status", "open_date", "close_date"];

/// Returns a warning for columns it does not know.
fn read_engage(data: &[u8], file: &str, sink: Sink) -> Result<Option<String>> {
    let header = with_header(data, file, &["code", "name"], |line, row| {
        let get = |name: &str| row.get(name).filter(|s| !s.is_empty());
        let code_text = get("code").unwrap_or_default();
        let code = practice::check_code(code_text)
            .ok_or_else(|| bad(file, line, "code", format!("not a practice code: {code_text:?}")))?;
        let name_text = row.get("name").unwrap_or_default();
        let name = practice::check_name(name_text, "")
            .map_err(|_| bad(file, line, "name", format!("not a practice name: {name_text:?}")))?;
        let field = |name: &'static str, check: &dyn Fn(&str) -> Result<()>| -> Result<()> {
            match get(name) {
                Some(v) => check(v).map_err(|e| e.at(format!("{file}:{line}, field {name}"))),
                None => Ok(()),
            }
        };
        let mut row = Incoming { name: Some(name), ..Incoming::new(line, code) };
        field("locality", &|v| locality::check_name(v, "").map(drop))?;
        row.locality = get("locality").map(str::to_string);
        field("list_size", &|v| practice::check_list_size(v, "").map(drop))?;
        row.list_size = get("list_size").map(|v| practice::check_list_size(v, "").expect("checked"));
        field("postcode", &|v| practice::check_postcode(v, "").map(drop))?;
        row.postcode = get("postcode").map(|v| practice::check_postcode(v, "").expect("checked"));
        field("phone", &|v| practice::check_phone(v, "").map(drop))?;
        row.phone = get("phone").map(str::to_string);
        if let Some(s) = get("setting") {
            row.setting =
                Some(Setting::parse_loose(s).ok_or_else(|| {
                    bad(file, line, "setting", format!("not a setting (urban, rural or mixed): {s:?}"))
                })?);
        }
        if let Some(s) = get("status") {
            row.open = Some(match s.to_ascii_lowercase().as_str() {
                "open" => true,
                "closed" => false,
                _ => return Err(bad(file, line, "status", format!("not a status (open or closed): {s:?}"))),
            });
        }
        let date = |name: &str| -> Result<Option<NaiveDate>> {
            get(name)
                .map(|v| {
                    dates::parse_iso(v).ok_or_else(|| {
                        bad(file, line, name, format!("not a date from 1900-01-01 to 2199-12-31: {v:?}"))
                    })
                })
                .transpose()
        };
        row.open_date = date("open_date")?;
        row.close_date = date("close_date")?;
        match (row.open, row.close_date) {
            (Some(false), None) => {
                return Err(bad(file, line, "close_date", "a closed practice needs its close date".to_string()));
            }
            (Some(true) | None, Some(c)) => {
                return Err(bad(
                    file,
                    line,
                    "close_date",
                    format!("a close date ({c}) is for a practice whose status is closed"),
                ));
            }
            _ => {}
        }
        if let (Some(o), Some(c)) = (row.open_date, row.close_date)
            && c < o
        {
            return Err(bad(file, line, "close_date", format!("the close date {c} is before the open date {o}")));
        }
        sink(Some(row))
    })?;
    for required in ["code", "name"] {
        if !header.iter().any(|h| h == required) {
            return Err(Error::invalid(format!("the header has no {required:?} column ({file}:1)"))
                .with_hint("the columns are code,name,locality,list_size,postcode,phone,setting"));
        }
    }
    let unknown: Vec<&str> = header.iter().map(String::as_str).filter(|h| !ENGAGE_COLUMNS.contains(h)).collect();
    Ok((!unknown.is_empty()).then(|| format!("ignored columns: {} ({file}:1)", unknown.join(", "))))
}

/// Applies rows one by one: inserts new practices, updates changed ones, counts the
/// rest, and refuses a practice that appears twice in the file.
struct Apply<'c> {
    db: &'c Write<'c>,
    source: Source,
    /// Where new practices go when their row names no locality: `--locality`, else
    /// `Unassigned`, looked up (or created) when a row first needs it.
    default_locality: Option<i64>,
    list_changes: bool,
    today: NaiveDate,
    existing: HashMap<practice::Code, Practice>,
    /// New practices not yet written: a thousand at a time (see [`Write::insert_rows`]).
    new: Vec<Practice>,
    /// Practices changed, not yet written: a thousand at a time (see [`Write::update_rows`]).
    changed: Vec<Practice>,
    /// Practices the file closes (code, day, line, and the change listed for it): they
    /// close together once every row is written.
    closings: Vec<(practice::Code, NaiveDate, u64, Option<usize>)>,
    /// Every code seen so far, with its line.
    seen: HashMap<practice::Code, u64>,
    localities: Vec<locality::Locality>,
}

impl<'c> Apply<'c> {
    fn new(
        db: &'c Write<'c>,
        source: Source,
        default_locality: Option<i64>,
        list_changes: bool,
        today: NaiveDate,
    ) -> Result<Apply<'c>> {
        let existing: HashMap<practice::Code, Practice> =
            practice::all(db)?.into_iter().map(|p| (p.code.clone(), p)).collect();
        Ok(Apply {
            db,
            source,
            default_locality,
            list_changes,
            today,
            existing,
            new: Vec::new(),
            changed: Vec::new(),
            closings: Vec::new(),
            seen: HashMap::new(),
            localities: locality::all(db)?,
        })
    }

    fn locality_id(&mut self, name: &str, summary: &mut Summary) -> Result<i64> {
        // By its exact name or code; a name the register does not know is created.
        if let Some(l) = self.localities.iter().find(|l| l.is(name)) {
            return Ok(l.id);
        }
        summary.created_localities.push(name.to_string());
        let loc = locality::add(self.db, name, None)?;
        let id = loc.id;
        self.localities.push(loc);
        Ok(id)
    }

    /// What a row's status means for a practice already held: the day it closes, when
    /// the row closes an open practice. The row keeps none of the status: imports never
    /// reopen a practice or move the day it closed (a warning says so).
    fn status(&self, before: &Practice, row: &mut Incoming, file: &str, summary: &mut Summary) -> Option<NaiveDate> {
        let (open, close_date) = (row.open.take(), row.close_date.take());
        match (before.open, open) {
            (true, Some(false)) => close_date,
            (false, Some(true)) => {
                summary.warnings.push(format!(
                    "practice {} stays closed (since {}): the file says open, and imports never reopen a practice ({file}:{})",
                    before.code,
                    before.close_date.map_or("an unknown day".into(), |d| d.to_string()),
                    row.line
                ));
                None
            }
            (false, Some(false)) => {
                if let (Some(held), Some(wanted)) = (before.close_date, close_date)
                    && held != wanted
                {
                    summary.warnings.push(format!(
                        "practice {} stays closed on {held}, not {wanted}: imports never move the day a practice closed ({file}:{})",
                        before.code, row.line
                    ));
                } else if before.close_date.is_none() {
                    row.close_date = close_date;
                }
                None
            }
            _ => None,
        }
    }

    fn row(&mut self, row: Incoming, file: &str, summary: &mut Summary) -> Result<()> {
        if let Some(first) = self.seen.insert(row.code.clone(), row.line) {
            return Err(Error::invalid(format!(
                "practice {} appears twice, on lines {first} and {} ({file}:{}, field code)",
                row.code, row.line, row.line
            )));
        }
        let mut row = row;
        match self.existing.remove(&row.code) {
            Some(before) => {
                if let Some(wanted) = &row.locality {
                    let held = self.localities.iter().find(|l| l.id == before.locality_id);
                    let current = held.map_or("", |l| l.name.as_str());
                    let same = self.localities.iter().any(|l| l.is(wanted) && l.id == before.locality_id);
                    if !same {
                        summary.warnings.push(format!(
                            "practice {} stays in locality {current}, not {wanted}: imports never move practices (line {})",
                            row.code, row.line
                        ));
                    }
                }
                let closing = self.status(&before, &mut row, file, summary);
                let line = row.line;
                let mut after = before.clone();
                merge(&mut after, row);
                if after == before && closing.is_none() {
                    summary.unchanged += 1;
                    return Ok(());
                }
                let changes = describe(&before, &after);
                if after != before {
                    self.changed.push(after.clone());
                }
                if let Some(date) = closing {
                    // A closure from a file follows the rules `practice close` follows,
                    // once every row is read (see `close`).
                    summary.closed += 1;
                    let change = self.list_changes.then_some(summary.changes.len());
                    self.closings.push((after.code.clone(), date, line, change));
                } else {
                    summary.updated += 1;
                }
                if self.list_changes {
                    summary.changes.push(Change {
                        code: after.code.to_string(),
                        name: after.name.clone(),
                        action: if closing.is_some() { "close" } else { "update" },
                        changes,
                    });
                }
                Ok(())
            }
            None if self.source == Source::ListSizes => {
                summary.skipped += 1;
                Ok(())
            }
            None => {
                let loc = match (&row.locality, self.default_locality) {
                    (Some(name), _) => self.locality_id(name, summary)?,
                    (None, Some(id)) => id,
                    (None, None) => {
                        let id = self.locality_id(locality::UNASSIGNED, summary)?;
                        *self.default_locality.insert(id)
                    }
                };
                let mut p = Practice::new(row.code.clone(), String::new(), loc);
                merge(&mut p, row);
                summary.inserted += 1;
                if self.list_changes {
                    summary.changes.push(Change {
                        code: p.code.to_string(),
                        name: p.name.clone(),
                        action: "insert",
                        changes: if p.open { "open" } else { "closed" }.to_string(),
                    });
                }
                self.new.push(p);
                if self.new.len() >= 1000 {
                    self.finish()?;
                }
                Ok(())
            }
        }
    }

    /// Writes the new practices still held, then the changed ones (a changed row may
    /// name a new practice, merged into it).
    fn finish(&mut self) -> Result<()> {
        Practice::insert_all(self.db, &self.new)?;
        self.new.clear();
        Practice::update_all(self.db, &self.changed)?;
        self.changed.clear();
        Ok(())
    }

    /// Closes the practices the file closed, all at once, once the rows are written;
    /// a refusal names the row that closed the practice.
    fn close(&mut self, file: &str, summary: &mut Summary) -> Result<()> {
        let closings: Vec<crate::lifecycle::Closing> = self
            .closings
            .iter()
            .map(|(code, date, _, _)| crate::lifecycle::Closing { code: code.as_str(), date: *date, merged_into: None })
            .collect();
        let label = if self.source == Source::Epraccur { "12 close date" } else { "close_date" };
        let closures = crate::lifecycle::close_practices(self.db, &closings, self.today)
            .map_err(|(i, e)| e.at(format!("{file}:{}, field {label}", self.closings[i].2)))?;
        for (closure, (_, _, _, change)) in closures.iter().zip(&self.closings) {
            if let Some(c) = change.and_then(|i| summary.changes.get_mut(i)) {
                c.changes = [c.changes.as_str(), &closure.describe()]
                    .into_iter()
                    .filter(|c| !c.is_empty())
                    .collect::<Vec<_>>()
                    .join("; ");
            }
            summary.closures.push(closure.describe());
        }
        Ok(())
    }
}

fn merge(p: &mut Practice, row: Incoming) {
    fn set<T>(field: &mut T, value: Option<T>) {
        if let Some(v) = value {
            *field = v;
        }
    }
    fn set_opt<T>(field: &mut Option<T>, value: Option<T>) {
        if value.is_some() {
            *field = value;
        }
    }
    set(&mut p.name, row.name);
    set_opt(&mut p.list_size, row.list_size);
    set_opt(&mut p.address, row.address);
    set_opt(&mut p.postcode, row.postcode);
    set_opt(&mut p.phone, row.phone);
    set_opt(&mut p.setting, row.setting);
    set_opt(&mut p.open_date, row.open_date);
    set_opt(&mut p.commissioner, row.commissioner);
    match row.open {
        Some(true) => {
            p.open = true;
            p.close_date = None;
            p.merged_into = None;
        }
        Some(false) => {
            p.open = false;
            set_opt(&mut p.close_date, row.close_date);
        }
        None => set_opt(&mut p.close_date, row.close_date),
    }
}

/// `name: OLD -> NEW; ...` for the fields that differ.
fn describe(before: &Practice, after: &Practice) -> String {
    let show = |v: Option<String>| v.unwrap_or_else(|| "-".to_string());
    let pairs: [(&str, Option<String>, Option<String>); 9] = [
        ("name", Some(before.name.clone()), Some(after.name.clone())),
        ("list_size", before.list_size.map(|n| n.to_string()), after.list_size.map(|n| n.to_string())),
        ("address", before.address.clone(), after.address.clone()),
        ("postcode", before.postcode.clone(), after.postcode.clone()),
        ("phone", before.phone.clone(), after.phone.clone()),
        ("setting", before.setting.map(|s| s.as_str().into()), after.setting.map(|s| s.as_str().into())),
        ("status", Some(open_word(before.open).into()), Some(open_word(after.open).into())),
        ("open_date", before.open_date.map(|d| d.to_string()), after.open_date.map(|d| d.to_string())),
        ("close_date", before.close_date.map(|d| d.to_string()), after.close_date.map(|d| d.to_string())),
    ];
    pairs
        .into_iter()
        .filter(|(_, b, a)| b != a)
        .map(|(k, b, a)| format!("{k}: {} -> {}", show(b), show(a)))
        .collect::<Vec<_>>()
        .join("; ")
}

fn open_word(open: bool) -> &'static str {
    if open { "open" } else { "closed" }
}
