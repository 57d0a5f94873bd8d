#![no_main]
#[path = "common.rs"]
mod common;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::with_register(|tx| {
        engage::person_import::import(tx, data, "fuzz", engage::dates::parse_iso("2020-02-01").unwrap()).map(drop)
    });
});
