#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    if let Ok(m) = engage::dates::parse_month(s, "fuzz") {
        assert!(m.first() <= m.last());
    }
    if let Ok(fy) = engage::dates::parse_financial_year(s, "fuzz") {
        assert!(fy.first() < fy.last());
        assert_eq!(engage::dates::parse_financial_year(&fy.to_string(), "fuzz").unwrap(), fy);
    }
});
