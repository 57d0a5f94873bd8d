//! Reading CSV input as published: UTF-8 with or without a BOM, CRLF or LF, with the
//! true line number of every record for error messages.

use std::collections::HashMap;

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

pub fn records(data: &[u8], file: &str, mut each: impl FnMut(u64, &[&str]) -> Result<()>) -> Result<()> {
    check_shape(data, file)?;
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(data);
    let mut record = csv::ByteRecord::new();
    let mut fields: Vec<&str> = Vec::new();
    // The reader's own line numbers lag by one after CRLF endings, so count here: the
    // line of a record is one more than the newlines before its first byte.
    let (mut counted_to, mut line) = (0usize, 1u64);
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) => return Err(Error::invalid(format!("unreadable CSV: {e} ({file})"))),
        }
        let mut start = record.position().map_or(0, |p| p.byte() as usize).max(counted_to);
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
            let text = match all {
                Some(all) => record.range(i).and_then(|r| all.get(r)),
                None => std::str::from_utf8(&record[i]).ok(),
            };
            let Some(text) = text else {
                return Err(Error::invalid(format!(
                    "field {} is not UTF-8 text ({file}:{line}, field {})",
                    i + 1,
                    i + 1
                ))
                .with_hint("save the file as UTF-8"));
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
