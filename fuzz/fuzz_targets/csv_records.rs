#![no_main]
use libfuzzer_sys::fuzz_target;

// Any bytes: the reader gives records on lines that never go back (records split by a
// bare CR share a line), or one error, and never panics.
fuzz_target!(|data: &[u8]| {
    let mut last = 0;
    let _ = engage::csvin::records(data, "fuzz", |line, _| {
        assert!(line >= last, "line {line} after {last}");
        last = line;
        Ok(())
    });
});
