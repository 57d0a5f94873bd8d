#![no_main]
#[path = "common.rs"]
mod common;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::with_register(|tx| {
        let m = engage::meeting::get(tx, 1)?;
        let today = engage::dates::parse_iso("2020-02-01").unwrap();
        engage::meeting::attend_file(tx, &m, data, "fuzz", today).map(drop)
    });
});
