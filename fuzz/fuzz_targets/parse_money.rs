#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    // Whatever parses writes back as the same number, and amounts never overflow.
    if let Ok(p) = engage::units::parse_pence(s, "fuzz") {
        assert!(p >= 0);
        assert_eq!(engage::units::parse_pence(&engage::output::hundredths(p), "fuzz").unwrap(), p);
        let _ = engage::units::amount(p, 1_000_000);
    }
    if let Ok(h) = engage::units::parse_signed_hundredths(s, "fuzz") {
        assert_eq!(engage::units::parse_signed_hundredths(&engage::output::hundredths(h), "fuzz").unwrap(), h);
    }
    let _ = engage::units::parse_hundredths(s, "fuzz");
});
