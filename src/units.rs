//! Sessions and money as integer hundredths (hundredths of a session, pence), parsed
//! exactly from text and rounded half-up, never through floats.

use crate::error::{Error, Result};

/// Parses a decimal with at most two places into hundredths; `-` allowed only when
/// `signed`. `noun` says what was expected ("number of sessions", "amount").
fn parse_fixed2(s: &str, what: &str, noun: &str, example: &str, signed: bool) -> Result<i64> {
    let bad = || {
        Error::invalid(format!("not {noun}: {s:?}"))
            .at(what)
            .with_hint(format!("a number with at most two decimals, e.g. {example}"))
    };
    let t = s.trim();
    let (negative, body) = match t.strip_prefix('-') {
        Some(rest) if signed => (true, rest),
        _ => (false, t),
    };
    let body = if noun == "an amount" { body.strip_prefix('£').unwrap_or(body) } else { body };
    let (whole, frac) = body.split_once('.').unwrap_or((body, ""));
    if whole.is_empty() || whole.len() > 9 || frac.len() > 2 || body.ends_with('.') {
        return Err(bad());
    }
    if !whole.bytes().chain(frac.bytes()).all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    let whole: i64 = whole.parse().map_err(|_| bad())?;
    let frac: i64 = if frac.is_empty() { 0 } else { format!("{frac:0<2}").parse().map_err(|_| bad())? };
    let value = whole * 100 + frac;
    Ok(if negative { -value } else { value })
}

/// A non-negative number of sessions (`1`, `0.5`, `2.25`) in hundredths.
pub fn parse_hundredths(s: &str, what: &str) -> Result<i64> {
    parse_fixed2(s, what, "a number of sessions", "1, 0.5 or 2.25", false)
}

/// A number of sessions that may be negative (an adjustment), in hundredths.
pub fn parse_signed_hundredths(s: &str, what: &str) -> Result<i64> {
    parse_fixed2(s, what, "a number of sessions", "1, 0.5 or -0.25", true)
}

/// An amount in pounds (`380`, `380.00`, `£380.5`) in pence, not negative.
pub fn parse_pence(s: &str, what: &str) -> Result<i64> {
    parse_fixed2(s, what, "an amount", "380 or 380.00", false)
}

/// `numerator / denominator` rounded half-up (halves away from zero), exactly.
pub fn div_round_half_up(numerator: i128, denominator: i128) -> i64 {
    assert!(denominator > 0);
    let q = numerator / denominator;
    let r = numerator % denominator;
    let rounded = if 2 * r.abs() >= denominator { q + numerator.signum() } else { q };
    rounded as i64
}

/// The amount in pence of `sessions` hundredths at `rate` pence a session.
pub fn amount(sessions: i64, rate: i64) -> i64 {
    div_round_half_up(sessions as i128 * rate as i128, 100)
}

/// An integer count of hundredths (pence, hundredths of a session) with two decimals.
pub fn hundredths(n: i64) -> String {
    decimal(n, 100)
}

/// A count of tenths (a percentage) with one decimal.
pub fn tenths(n: i64) -> String {
    decimal(n, 10)
}

/// `n` tenths (`unit` 10) or hundredths (`unit` 100) written with their decimals.
fn decimal(n: i64, unit: u64) -> String {
    let whole = (n.unsigned_abs() / unit).to_string();
    let mut part = n.unsigned_abs() % unit;
    let mut s = String::with_capacity(whole.len() + 4);
    if n < 0 {
        s.push('-');
    }
    s.push_str(&whole);
    s.push('.');
    let mut place = unit / 10;
    while place > 0 {
        s.push(char::from(b'0' + (part / place) as u8));
        part %= place;
        place /= 10;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hundredths() {
        assert_eq!(parse_hundredths("4", "t").unwrap(), 400);
        assert_eq!(parse_hundredths("0.5", "t").unwrap(), 50);
        assert_eq!(parse_hundredths("2.25", "t").unwrap(), 225);
        assert_eq!(parse_hundredths(" 1.05 ", "t").unwrap(), 105);
        for bad in ["", "-1", "1.255", "1.", ".5", "1e2", "one", "1,5", "9999999999"] {
            assert!(parse_hundredths(bad, "t").is_err(), "{bad}");
        }
        assert_eq!(parse_signed_hundredths("-0.25", "t").unwrap(), -25);
        assert!(parse_signed_hundredths("--1", "t").is_err());
    }

    #[test]
    fn money() {
        assert_eq!(parse_pence("380", "t").unwrap(), 38000);
        assert_eq!(parse_pence("380.5", "t").unwrap(), 38050);
        assert_eq!(parse_pence("£395.00", "t").unwrap(), 39500);
        for bad in ["-5", "3,800", "380.001", "£", "abc"] {
            assert!(parse_pence(bad, "t").is_err(), "{bad}");
        }
    }

    #[test]
    fn rounding_is_half_up_on_the_penny() {
        // 0.33 sessions at £380.00 = £125.40 exactly; 0.01 at £380.50 = 380.5p -> 381p.
        assert_eq!(amount(33, 38000), 12540);
        assert_eq!(amount(1, 38050), 381);
        assert_eq!(amount(1, 38049), 380);
        assert_eq!(amount(-1, 38050), -381);
        assert_eq!(amount(225, 39500), 88875);
        assert_eq!(div_round_half_up(400 * 17, 31), 219); // 4 sessions x 17/31 days = 2.1935
        assert_eq!(div_round_half_up(5, 10), 1);
        assert_eq!(div_round_half_up(-5, 10), -1);
    }
}
