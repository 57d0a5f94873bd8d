#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    if let Ok(rule) = engage::calendar::Rule::parse(s) {
        for year in [2020, 2027, 2035] {
            for month in 1..=12 {
                let d = rule.date_in(year, month);
                assert_eq!(chrono::Datelike::month(&d), month);
                let moved = engage::calendar::next_working_day(d);
                assert!(moved >= d && (moved - d).num_days() < 7);
            }
        }
    }
});
