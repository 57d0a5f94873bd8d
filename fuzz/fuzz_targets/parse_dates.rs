#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    // A date that parses prints back the same, and the compact form agrees with it.
    if let Ok(d) = engage::dates::parse_date(s, "fuzz") {
        if !matches!(s.trim().to_ascii_lowercase().as_str(), "today" | "yesterday") {
            assert_eq!(engage::dates::iso(d), s.trim());
        }
    }
    if let Some(d) = engage::dates::parse_compact(s) {
        assert_eq!(engage::dates::iso(d).replace('-', ""), s);
    }
    let _ = engage::calendar::parse_time(s, "fuzz");
    let _ = engage::calendar::parse_duration(s, "fuzz");
});
