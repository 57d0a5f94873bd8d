#![no_main]
#[path = "common.rs"]
mod common;
use engage::practice::import::{Options, Source, import};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the source, so every importer path is reached.
    let Some((&pick, rest)) = data.split_first() else { return };
    let source = [Source::Auto, Source::Engage, Source::Epraccur, Source::ListSizes][pick as usize % 4];
    let commissioner = (pick & 4 != 0).then_some("05T");
    common::with_register(|tx| import(tx, rest, "fuzz", Options { source, commissioner, locality: None, list_changes: true }).map(drop));
});
