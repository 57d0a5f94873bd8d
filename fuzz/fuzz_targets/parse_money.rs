#![no_main]
use libfuzzer_sys::fuzz_target;

use engage::units::{self, Hundredths, Pence};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    // Whatever parses writes back as the same number, and amounts never overflow.
    if let Ok(p) = units::parse_pence(s, "fuzz", &units::BUDGET) {
        assert!(p >= Pence(0));
        assert_eq!(units::parse_pence(&p.to_string(), "fuzz", &units::BUDGET).unwrap(), p);
        let _ = units::amount(Hundredths(1_000_000), p);
    }
    if let Ok(h) = units::parse_signed_hundredths(s, "fuzz", &units::CLAIM) {
        assert_eq!(units::parse_signed_hundredths(&h.to_string(), "fuzz", &units::CLAIM).unwrap(), h);
    }
    let _ = units::parse_hundredths(s, "fuzz", &units::PER_MONTH);
});
