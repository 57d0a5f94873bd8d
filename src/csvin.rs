//! Reading CSV input as published: UTF-8 with or without a BOM, CRLF or LF, with the
//! true line number of every record for error messages.

use std::collections::HashMap;
use std::io::{BufRead, Read};

use crate::error::{Error, Result};
use crate::text::restore_formula;

/// Reads CSV records with their line numbers, every field checked to be UTF-8 text.
/// Refuses what no CSV reader should guess at: UTF-16 text, and a quoted field that is
/// never closed (an odd number of quotes: escaped quotes come in pairs).
pub fn check_shape(data: &[u8], file: &str) -> Result<()> {
    if is_utf16(data) {
        return Err(utf16(file));
    }
    if count(data, b'"') % 2 == 1 {
        let last = memchr::memrchr(b'"', data).unwrap_or(0);
        return Err(unclosed_quote(file, count(&data[..last], b'\n') as u64 + 1));
    }
    Ok(())
}

fn is_utf16(head: &[u8]) -> bool {
    head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF")
}

fn utf16(file: &str) -> Error {
    Error::invalid("the file is UTF-16 text, not UTF-8")
        .at(format!("{file}:1"))
        .with_hint("save it as UTF-8 (CSV UTF-8 in a spreadsheet)")
}

fn unclosed_quote(file: &str, line: u64) -> Error {
    Error::invalid("a quoted field is never closed")
        .at(format!("{file}:{line}"))
        .with_hint("every opening \" needs a closing one; a quote inside a field is written twice")
}

/// Calls `each` with every record of `data` (read by the csv crate) and the line it
/// starts on, every field checked to be UTF-8 text. Blank lines are skipped.
pub fn records(data: &[u8], file: &str, each: impl FnMut(u64, &[&str]) -> Result<()>) -> Result<()> {
    records_delimited(data, file, b',', each)
}

/// [`records`] with another field separator (`;` in files written with a decimal comma).
pub fn records_delimited(
    data: &[u8],
    file: &str,
    delimiter: u8,
    each: impl FnMut(u64, &[&str]) -> Result<()>,
) -> Result<()> {
    // The whole file is at hand: its shape is checked before any row is taken.
    check_shape(data, file)?;
    records_from(data, file, delimiter, each)
}

/// The reading itself, from a stream (a file of any size is never held whole: a national
/// indicator file can be hundreds of megabytes): UTF-16 and an unclosed quote are
/// refused, a BOM skipped, each record handed on with the line it starts on.
pub fn records_from(
    input: impl Read,
    file: &str,
    delimiter: u8,
    mut each: impl FnMut(u64, &[&str]) -> Result<()>,
) -> Result<()> {
    let mut input = std::io::BufReader::with_capacity(1 << 16, input);
    let head = input.fill_buf().map_err(|e| read_error(file, &e))?;
    if is_utf16(head) {
        return Err(utf16(file));
    }
    if head.starts_with(b"\xEF\xBB\xBF") {
        input.consume(3);
    }
    let ends = std::rc::Rc::new(std::cell::RefCell::new(Ends::default()));
    let counted = Counting { inner: input, ends: ends.clone() };
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(counted);
    let mut record = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => match e.kind() {
                csv::ErrorKind::Io(io) => return Err(read_error(file, io)),
                _ => return Err(Error::invalid(format!("unreadable CSV: {e}")).at(file)),
            },
        }
        // The reader's own line numbers lag by one after CRLF endings, so count here: the
        // line of a record is one more than the newlines before its first byte.
        let line = ends.borrow_mut().line_at(record.position().map_or(0, |p| p.byte()));
        if record.len() == 1 && record[0].iter().all(u8::is_ascii_whitespace) {
            continue; // a blank line
        }
        // One check of the record's bytes; each field is then a slice of it that must
        // fall on characters (a character split by a comma is not text). Where that
        // fails, the field is checked alone, so that the one that is not text is named.
        let whole = std::str::from_utf8(record.as_slice()).ok();
        let mut fields = Vec::with_capacity(record.len());
        for (i, bytes) in record.iter().enumerate() {
            let text = whole.and_then(|w| w.get(record.range(i)?)).or_else(|| std::str::from_utf8(bytes).ok());
            let text = text.ok_or_else(|| {
                Error::invalid(format!("field {} is not UTF-8 text", i + 1))
                    .at(format!("{file}:{line}, field {}", i + 1))
                    .with_hint("save the file as UTF-8")
            })?;
            fields.push(text);
        }
        each(line, &fields)?;
    }
    let ends = ends.borrow();
    if ends.quotes % 2 == 1 {
        return Err(unclosed_quote(file, ends.last_quote_line));
    }
    Ok(())
}

fn read_error(file: &str, e: &std::io::Error) -> Error {
    Error::storage(format!("cannot read {file}: {e}"))
}

/// Where the lines of a stream end, as far as it has been read: the offsets of its
/// line-end bytes not yet passed, and its quotes, so that records are numbered by line
/// without the file being held.
#[derive(Default)]
struct Ends {
    /// Bytes read so far.
    offset: u64,
    /// Offsets of `\n` (true) and `\r` (false) bytes read but not yet passed.
    ahead: std::collections::VecDeque<(u64, bool)>,
    /// Newlines passed.
    passed: u64,
    /// Newlines read.
    newlines: u64,
    quotes: u64,
    last_quote_line: u64,
}

impl Ends {
    /// The line of a record whose first byte the reader puts at `start` (where it may
    /// point at the end of the line before, which is skipped).
    fn line_at(&mut self, mut start: u64) -> u64 {
        while let Some(&(at, newline)) = self.ahead.front() {
            if at <= start {
                if at == start {
                    start += 1;
                }
                self.passed += newline as u64;
                self.ahead.pop_front();
            } else {
                break;
            }
        }
        self.passed + 1
    }
}

/// A reader that notes line ends and quotes as bytes pass through it.
struct Counting<R> {
    inner: R,
    ends: std::rc::Rc<std::cell::RefCell<Ends>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let (buf, mut ends) = (&buf[..n], self.ends.borrow_mut());
        // Quotes are dense in a file that quotes every field, line ends are not: quotes
        // are counted, and only the last one's line kept.
        let quotes = count(buf, b'"');
        if quotes > 0 {
            ends.quotes += quotes as u64;
            let last = memchr::memrchr(b'"', buf).expect("a quote");
            ends.last_quote_line = ends.newlines + count(&buf[..last], b'\n') as u64 + 1;
        }
        let offset = ends.offset;
        for i in memchr::memchr2_iter(b'\n', b'\r', buf) {
            let newline = buf[i] == b'\n';
            ends.ahead.push_back((offset + i as u64, newline));
            ends.newlines += newline as u64;
        }
        ends.offset += n as u64;
        Ok(n)
    }
}

/// How many times `byte` occurs in `data`. bytecount counts a national file's 3 MB
/// several times faster than a plain loop (which the compiler does not vectorise).
fn count(data: &[u8], byte: u8) -> usize {
    bytecount::count(data, byte)
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

/// Reads a CSV with a header row that must name `required` columns (in any case);
/// calls `each` with every data row and its line number. Returns the header's column
/// names, lower-cased.
pub fn with_header(
    data: &[u8],
    file: &str,
    required: &[&str],
    each: impl FnMut(u64, &Row) -> Result<()>,
) -> Result<Vec<String>> {
    with_header_delimited(data, file, b',', required, each)
}

/// [`with_header`] with another field separator.
pub fn with_header_delimited(
    data: &[u8],
    file: &str,
    delimiter: u8,
    required: &[&str],
    each: impl FnMut(u64, &Row) -> Result<()>,
) -> Result<Vec<String>> {
    check_shape(data, file)?;
    with_header_from(data, file, delimiter, required, each)
}

/// [`with_header_delimited`] from a stream, never holding the file whole.
pub fn with_header_from(
    input: impl Read,
    file: &str,
    delimiter: u8,
    required: &[&str],
    mut each: impl FnMut(u64, &Row) -> Result<()>,
) -> Result<Vec<String>> {
    let mut columns: Option<HashMap<String, usize>> = None;
    let mut header = Vec::new();
    records_from(input, file, delimiter, |line, f| match &columns {
        None => {
            let mut map = HashMap::new();
            header = f.iter().map(|h| h.trim().to_ascii_lowercase()).collect();
            for (i, h) in header.iter().enumerate() {
                if map.insert(h.clone(), i).is_some() {
                    return Err(Error::invalid(format!("the column {h:?} appears twice")).at(format!("{file}:{line}")));
                }
            }
            for r in required {
                if !map.contains_key(*r) {
                    return Err(Error::invalid(format!("the header has no {r:?} column"))
                        .at(format!("{file}:{line}"))
                        .with_hint(format!("the file needs the columns {}", required.join(", "))));
                }
            }
            columns = Some(map);
            Ok(())
        }
        Some(map) => {
            if f.len() != header.len() {
                return Err(Error::invalid(format!(
                    "expected {} fields as in the header, found {}",
                    header.len(),
                    f.len()
                ))
                .at(format!("{file}:{line}, field count")));
            }
            each(line, &Row { columns: map, fields: f })
        }
    })?;
    if columns.is_none() {
        return Err(Error::invalid("the file is empty").at(file));
    }
    Ok(header)
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
        assert_eq!(err.at.as_deref(), Some("t.csv:1, field 2"));
        let err = fields(b"ok,fine\nok,\xFF\n").unwrap_err();
        assert_eq!(err.at.as_deref(), Some("t.csv:2, field 2"));
    }

    #[test]
    fn line_numbers_count_quoted_line_breaks_and_crlf() {
        let mut lines = Vec::new();
        records(b"a,b\r\n\r\n\"x\ny\",z\r\nlast,1\r\n", "t.csv", |line, f| {
            lines.push((line, f.len()));
            Ok(())
        })
        .unwrap();
        assert_eq!(lines, vec![(1, 2), (3, 2), (5, 2)]);
    }

    #[test]
    fn refuses_utf16_and_an_unclosed_quote() {
        assert!(fields(b"\xFF\xFEa\x00").unwrap_err().message.contains("UTF-16"));
        let err = fields(b"a,b\nc,\"d\n").unwrap_err();
        assert_eq!((err.message.as_str(), err.at.as_deref()), ("a quoted field is never closed", Some("t.csv:2")));
    }

    /// A stream read a byte at a time: every line end and quote falls at a chunk's edge.
    struct Trickle<'a>(&'a [u8]);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let Some((&first, rest)) = self.0.split_first() else { return Ok(0) };
            buf[0] = first;
            self.0 = rest;
            Ok(1)
        }
    }

    /// A stream that fails after its first line, as a file on a dropped network drive does.
    struct Failing(bool);

    impl Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if std::mem::replace(&mut self.0, true) {
                return Err(std::io::Error::other("disk gone"));
            }
            buf[..4].copy_from_slice(b"a,b\n");
            Ok(4)
        }
    }

    #[test]
    fn a_stream_that_fails_is_a_storage_error_not_bad_csv() {
        let mut lines = 0;
        let err = records_from(Failing(false), "t.csv", b',', |_, _| {
            lines += 1;
            Ok(())
        })
        .unwrap_err();
        assert_eq!(lines, 1);
        assert_eq!((err.kind, err.message.as_str()), (crate::error::Kind::Storage, "cannot read t.csv: disk gone"));
    }

    #[test]
    fn a_stream_is_numbered_as_the_whole_file_is() {
        let data = b"a,b\r\n\r\n\"x\ny\",z\r\n\"q\"\"\",1\nlast,\"2\"\r\n";
        let mut streamed = Vec::new();
        records_from(Trickle(data), "t.csv", b',', |line, f| {
            streamed.push((line, f.join("|")));
            Ok(())
        })
        .unwrap();
        assert_eq!(streamed, vec![(1, "a|b".into()), (3, "x\ny|z".into()), (5, "q\"|1".into()), (6, "last|2".into())]);
        let err = records_from(Trickle(b"a,\"b\"\nc,\"d\n\ne\n"), "t.csv", b',', |_, _| Ok(())).unwrap_err();
        assert_eq!((err.message.as_str(), err.at.as_deref()), ("a quoted field is never closed", Some("t.csv:2")));
    }
}
