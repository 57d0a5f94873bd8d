#![no_main]
use libfuzzer_sys::fuzz_target;

/// Every line the reader gives: its number and fields, or the error.
fn read(data: &[u8], by_crate: bool) -> Result<Vec<(u64, Vec<String>)>, String> {
    let mut out = Vec::new();
    let keep = |line: u64, f: &[&str]| {
        out.push((line, f.iter().map(|s| s.to_string()).collect()));
        Ok(())
    };
    let result = if by_crate {
        engage::csvin::records_by_csv_crate(data, "fuzz", keep)
    } else {
        engage::csvin::records(data, "fuzz", keep)
    };
    result.map(|()| out).map_err(|e| e.message)
}

// The plain-record splitter reads every input exactly as the csv crate does.
fuzz_target!(|data: &[u8]| {
    assert_eq!(read(data, false), read(data, true));
});
