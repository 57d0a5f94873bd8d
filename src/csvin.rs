//! Reading CSV input as published: UTF-8 with or without a BOM, CRLF or LF, with the
//! true line number of every record for error messages.

use std::collections::HashMap;
use std::ops::Range;

use crate::error::{Error, Result};
use crate::output::restore_formula;

/// Reads CSV records with their line numbers, every field checked to be UTF-8 text.
/// Refuses what no CSV reader should guess at: UTF-16 text, and a quoted field that is
/// never closed (an odd number of quotes: escaped quotes come in pairs).
pub fn check_shape(data: &[u8], file: &str) -> Result<()> {
    if data.starts_with(b"\xFF\xFE") || data.starts_with(b"\xFE\xFF") {
        return Err(Error::invalid(format!("the file is UTF-16 text, not UTF-8 ({file}:1)"))
            .with_hint("save it as UTF-8 (CSV UTF-8 in a spreadsheet)"));
    }
    if count(data, b'"') % 2 == 1 {
        let last = data.iter().rposition(|&c| c == b'"').unwrap_or(0);
        let line = count(&data[..last], b'\n') + 1;
        return Err(Error::invalid(format!("a quoted field is never closed ({file}:{line})"))
            .with_hint("every opening \" needs a closing one; a quote inside a field is written twice"));
    }
    Ok(())
}

/// Calls `each` with every record of `data` and the line it starts on. Blank lines are
/// skipped. Records are split here while they are plain (fields either quoted with no
/// quote inside, or unquoted with no quote at all: every line of the NHS files); from
/// the first record that is not, the csv crate reads the rest, so that doubled quotes
/// and stray ones mean exactly what they mean to it.
pub fn records(data: &[u8], file: &str, mut each: impl FnMut(u64, &[&str]) -> Result<()>) -> Result<()> {
    check_shape(data, file)?;
    if data.starts_with(b"\xEF\xBB\xBF") {
        return records_csv(data, 0, 1, file, each);
    }
    let mut ends: Vec<(usize, usize)> = Vec::new();
    let mut fields: Vec<&str> = Vec::new();
    let (mut pos, mut line) = (0usize, 1u64);
    loop {
        // Line ends between records, and blank lines, as the csv crate skips them.
        while let Some(&c) = data.get(pos) {
            match c {
                b'\n' => line += 1,
                b'\r' => {}
                _ => break,
            }
            pos += 1;
        }
        if pos == data.len() {
            return Ok(());
        }
        let Some((end, newlines)) = split_plain(data, pos, &mut ends) else {
            return records_csv(data, pos, line, file, each);
        };
        fields.clear();
        // One check of the record's bytes; each field then starts and ends next to an
        // ASCII comma or quote, or at the record's ends, so on a character boundary.
        let record = std::str::from_utf8(&data[pos..end]).ok();
        for (i, &(a, b)) in ends.iter().enumerate() {
            let text = field_text(record, Some(a - pos..b - pos), &data[a..b]);
            fields.push(text.ok_or_else(|| not_text(file, line, i))?);
        }
        if !(fields.len() == 1 && fields[0].bytes().all(|c| c.is_ascii_whitespace())) {
            each(line, &fields)?;
        }
        line += newlines;
        pos = end;
    }
}

/// Splits the plain record starting at `start` into `ends` (the byte range of each
/// field's text); returns where the record ends (its line end, or the end of `data`)
/// and how many newlines its quoted fields hold. `None` when the record is not plain.
fn split_plain(data: &[u8], start: usize, ends: &mut Vec<(usize, usize)>) -> Option<(usize, u64)> {
    ends.clear();
    let mut pos = start;
    loop {
        // `pos` is the start of a field. Fields are short (eight bytes on average in
        // epraccur): a plain search beats a vectorised one set up for each field.
        let next = if data.get(pos) == Some(&b'"') {
            let close = pos + 1 + data[pos + 1..].iter().position(|&c| c == b'"')?;
            ends.push((pos + 1, close));
            close + 1
        } else {
            let rest = &data[pos..];
            let stop = pos + rest.iter().position(|&c| matches!(c, b',' | b'\n' | b'\r' | b'"')).unwrap_or(rest.len());
            if data.get(stop) == Some(&b'"') {
                return None;
            }
            ends.push((pos, stop));
            stop
        };
        match data.get(next) {
            None | Some(b'\n' | b'\r') => return Some((next, count(&data[start..next], b'\n') as u64)),
            Some(b',') => pos = next + 1,
            Some(_) => return None, // text after a closing quote, or a doubled quote
        }
    }
}

/// A field's text: its `range` of the record's text when the whole record is UTF-8 (the
/// range must fall on characters: a character split by a comma is not text), else its
/// own `bytes` checked alone, so that the field that is not text can be named.
fn field_text<'a>(record: Option<&'a str>, range: Option<Range<usize>>, bytes: &'a [u8]) -> Option<&'a str> {
    match record {
        Some(record) => range.and_then(|r| record.get(r)),
        None => std::str::from_utf8(bytes).ok(),
    }
}

fn not_text(file: &str, line: u64, i: usize) -> Error {
    Error::invalid(format!("field {} is not UTF-8 text ({file}:{line}, field {})", i + 1, i + 1))
        .with_hint("save the file as UTF-8")
}

/// What [`records`] gives, read by the csv crate alone: the oracle its splitter is tested
/// and fuzzed against.
#[doc(hidden)]
pub fn records_by_csv_crate(data: &[u8], file: &str, each: impl FnMut(u64, &[&str]) -> Result<()>) -> Result<()> {
    check_shape(data, file)?;
    records_csv(data, 0, 1, file, each)
}

/// The csv crate's reading of `data[from..]`, whose first byte is on line `line`.
fn records_csv(
    data: &[u8],
    from: usize,
    line: u64,
    file: &str,
    mut each: impl FnMut(u64, &[&str]) -> Result<()>,
) -> Result<()> {
    // A reader drops a BOM at the start of what it reads, as at the start of a file;
    // inside the file a BOM is text. So a reader that takes over mid-file starts at the
    // line end before `from`, which it skips as a blank line.
    let base = from.saturating_sub(1);
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(&data[base..]);
    let mut record = csv::ByteRecord::new();
    let mut fields: Vec<&str> = Vec::new();
    // The reader's own line numbers lag by one after CRLF endings, so count here: the
    // line of a record is one more than the newlines before its first byte.
    let (mut counted_to, mut line) = (from, line);
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) => return Err(Error::invalid(format!("unreadable CSV: {e} ({file})"))),
        }
        let mut start = record.position().map_or(0, |p| base + p.byte() as usize).max(counted_to);
        while matches!(data.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        line += count(&data[counted_to..start], b'\n') as u64;
        counted_to = start;
        if record.len() == 1 && record[0].iter().all(u8::is_ascii_whitespace) {
            continue; // a blank line
        }
        fields.clear();
        // One check of the record's bytes, then each field is a slice of it whose ends
        // must fall on characters (a character split by a comma is not text).
        let all = std::str::from_utf8(record.as_slice()).ok();
        for i in 0..record.len() {
            let text = field_text(all, record.range(i), &record[i]);
            let Some(text) = text else {
                return Err(not_text(file, line, i));
            };
            fields.push(text);
        }
        each(line, &fields)?;
        // The fields borrow the record, which the next read overwrites.
        fields = reclaim(fields);
    }
}

/// How many times `byte` occurs in `data`, counted in blocks the compiler can vectorise
/// (a plain filter-and-count is byte at a time).
fn count(data: &[u8], byte: u8) -> usize {
    let mut chunks = data.chunks_exact(64);
    let mut n: usize = chunks.by_ref().map(|c| c.iter().map(|&b| (b == byte) as u8).sum::<u8>() as usize).sum();
    n += chunks.remainder().iter().filter(|&&b| b == byte).count();
    n
}

/// An emptied vector of borrowed fields, its allocation kept for the next record.
fn reclaim<'a>(mut v: Vec<&str>) -> Vec<&'a str> {
    v.clear();
    v.into_iter().map(|_| "").collect()
}

/// One row of a CSV with a header: fields by lower-case column name, trimmed, with
/// engage's formula guard removed.
pub struct Row<'a> {
    columns: &'a HashMap<String, usize>,
    fields: &'a [&'a str],
}

impl Row<'_> {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.columns.get(name).map(|&i| restore_formula(self.fields[i].trim()))
    }
}

/// Reads a CSV with a header row that must name `required` columns; calls `each` with
/// every data row and its line number.
pub fn with_header(
    data: &[u8],
    file: &str,
    required: &[&str],
    mut each: impl FnMut(u64, &Row) -> Result<()>,
) -> Result<()> {
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let mut columns: Option<HashMap<String, usize>> = None;
    let mut width = 0;
    records(data, file, |line, f| match &columns {
        None => {
            let mut map = HashMap::new();
            for (i, h) in f.iter().enumerate() {
                let h = h.trim().to_ascii_lowercase();
                if map.insert(h.clone(), i).is_some() {
                    return Err(Error::invalid(format!("the column {h:?} appears twice ({file}:{line})")));
                }
            }
            for r in required {
                if !map.contains_key(*r) {
                    return Err(Error::invalid(format!("the header has no {r:?} column ({file}:{line})")));
                }
            }
            width = f.len();
            columns = Some(map);
            Ok(())
        }
        Some(map) => {
            if f.len() != width {
                return Err(Error::invalid(format!(
                    "expected {width} fields as in the header, found {} ({file}:{line}, field count)",
                    f.len()
                )));
            }
            each(line, &Row { columns: map, fields: f })
        }
    })?;
    if columns.is_none() {
        return Err(Error::invalid(format!("the file is empty ({file})")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(data: &[u8]) -> Result<Vec<Vec<String>>> {
        let mut out = Vec::new();
        records(data, "t.csv", |_, f| {
            out.push(f.iter().map(|s| s.to_string()).collect());
            Ok(())
        })?;
        Ok(out)
    }

    #[test]
    fn fields_are_text_each_on_its_own() {
        assert_eq!(fields("é,\"a,b\",ü\n".as_bytes()).unwrap(), vec![vec!["é", "a,b", "ü"]]);
        // A character split by a comma: the record's bytes are text, its fields are not.
        let err = fields(b"ok,\xC3,\xA9\n").unwrap_err();
        assert!(err.message.contains("t.csv:1, field 2"), "{}", err.message);
        let err = fields(b"ok,fine\nok,\xFF\n").unwrap_err();
        assert!(err.message.contains("t.csv:2, field 2"), "{}", err.message);
    }

    fn read(data: &[u8], by_crate: bool) -> Result<Vec<(u64, Vec<String>)>> {
        let mut out = Vec::new();
        let keep = |line: u64, f: &[&str]| {
            out.push((line, f.iter().map(|s| s.to_string()).collect()));
            Ok(())
        };
        if by_crate {
            records_by_csv_crate(data, "t.csv", keep)?;
        } else {
            records(data, "t.csv", keep)?;
        }
        Ok(out)
    }

    #[test]
    fn a_bom_inside_the_file_is_text_after_a_record_that_is_not_plain() {
        // Found by the csv_records fuzz target: the csv crate took over at a record that
        // began with a BOM and dropped it, as it would at the start of a file.
        let data = "a,b\n\u{feff}x\"y\",z\n\u{feff}w\n".as_bytes();
        let ours = read(data, false).unwrap();
        assert_eq!(ours, read(data, true).unwrap());
        assert_eq!(ours[1], (2, vec!["\u{feff}x\"y\"".to_string(), "z".to_string()]));
        assert_eq!(ours[2], (3, vec!["\u{feff}w".to_string()]));
    }

    /// The plain-record splitter reads every input exactly as the csv crate does: the
    /// same records, fields, line numbers and errors, over many random small files made
    /// of the bytes that matter (separators, quotes, both line ends, spaces, a two-byte
    /// character and a byte that is not UTF-8).
    #[test]
    fn splits_as_the_csv_crate_does() {
        const BYTES: &[&[u8]] =
            &[b"a", b"b", b",", b",", b"\"", b"\"", b"\r", b"\n", b"\r\n", b" ", "\u{e9}".as_bytes(), b"\xC3", b"\xFF"];
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let (mut plain, mut total) = (0, 0);
        for _ in 0..200_000 {
            let len = (next() % 24) as usize;
            let mut data = Vec::new();
            for _ in 0..len {
                data.extend_from_slice(BYTES[(next() % BYTES.len() as u64) as usize]);
            }
            // Mostly whole quoted fields, as the NHS files have them.
            if next() % 2 == 0 {
                data = data.split(|&c| c == b',').map(|f| [b"\"", f, b"\""].concat()).collect::<Vec<_>>().join(&b',');
            }
            let ours = read(&data, false);
            let theirs = read(&data, true);
            match (&ours, &theirs) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{:?}", String::from_utf8_lossy(&data)),
                (Err(a), Err(b)) => assert_eq!(a.message, b.message, "{:?}", String::from_utf8_lossy(&data)),
                _ => panic!("{:?}: {ours:?} vs {theirs:?}", String::from_utf8_lossy(&data)),
            }
            total += 1;
            plain += usize::from(ours.is_ok() && !data.contains(&b'"'));
        }
        assert!(plain > 1000 && total == 200_000);
    }

    #[test]
    fn counts_bytes_past_a_block() {
        let mut data = vec![b'x'; 200];
        for i in [0, 63, 64, 130, 199] {
            data[i] = b'"';
        }
        assert_eq!(count(&data, b'"'), 5);
        assert_eq!(count(&data[..10], b'"'), 1);
        assert_eq!(count(&[b'"'; 300], b'"'), 300);
    }
}
