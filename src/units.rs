//! Sessions and money as integer hundredths ([`Hundredths`] of a session, [`Pence`]),
//! parsed exactly from text and rounded half-up, never through floats.

// Literals in hundredths are grouped as pounds and pence: 100_000_00 is £100,000.00.
#![allow(clippy::inconsistent_digit_grouping)]

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub};

use crate::error::{Error, Result};

/// Declares an integer count of hundredths: stored as an integer, written with two
/// decimals, added up without leaving the type.
macro_rules! hundredths_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&hundredths(self.0))
            }
        }
        impl Add for $name {
            type Output = $name;
            fn add(self, other: $name) -> $name {
                $name(self.0 + other.0)
            }
        }
        impl AddAssign for $name {
            fn add_assign(&mut self, other: $name) {
                self.0 += other.0;
            }
        }
        impl Sub for $name {
            type Output = $name;
            fn sub(self, other: $name) -> $name {
                $name(self.0 - other.0)
            }
        }
        impl Sum for $name {
            fn sum<I: Iterator<Item = $name>>(iter: I) -> $name {
                $name(iter.map(|v| v.0).sum())
            }
        }
        impl $crate::store::ToValue for $name {
            fn to_value(&self) -> $crate::store::Value<'_> {
                $crate::store::Value::Integer(self.0)
            }
            fn kind() -> $crate::store::ValueKind {
                $crate::store::ValueKind::Integer
            }
        }
        impl $crate::store::FromValue for $name {
            fn from_value(stored: $crate::store::Stored<'_>) -> std::result::Result<Self, String> {
                stored.integer().map($name)
            }
        }
    };
}

hundredths_type! {
    /// Money, in integer pence.
    Pence
}

hundredths_type! {
    /// Sessions, in integer hundredths of a session.
    Hundredths
}

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

/// The range a quantity may take (the README's session: bounds), in hundredths: a value outside it
/// is exit 3. For a signed quantity the bounds are on its size.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    pub name: &'static str,
    pub min: i64,
    pub max: i64,
}

/// One session's price: £0.00 to £100,000.00.
pub const RATE: Bounds = Bounds { name: "a rate", min: 0, max: 100_000_00 };
/// A claim: 0.01 to 100.00 sessions (negative for an adjustment).
pub const CLAIM: Bounds = Bounds { name: "a claim", min: 1, max: 100_00 };
/// An appointment's sessions a month: 0.01 to 40.00.
pub const PER_MONTH: Bounds = Bounds { name: "sessions a month", min: 1, max: 40_00 };
/// A meeting's sessions for each paid GP: 0 to 10.
pub const MEETING: Bounds = Bounds { name: "a meeting's sessions", min: 0, max: 10_00 };
/// A fund's budget for a year: £0 to £100,000,000.00.
pub const BUDGET: Bounds = Bounds { name: "a budget", min: 0, max: 100_000_000_00 };
/// A scheme's payment per registered patient: £0.01 to £1,000.00.
pub const PER_PATIENT: Bounds = Bounds { name: "a payment per patient", min: 1, max: 1_000_00 };
/// A project's budget of sessions: 0 to 100,000.
pub const PROJECT: Bounds = Bounds { name: "a project's sessions", min: 0, max: 100_000_00 };

fn bounded(value: i64, bounds: &Bounds, what: &str) -> Result<i64> {
    if (bounds.min..=bounds.max).contains(&value.abs()) {
        return Ok(value);
    }
    Err(Error::invalid(format!(
        "{} is {} to {}: {} is outside",
        bounds.name,
        with_commas(bounds.min),
        with_commas(bounds.max),
        hundredths(value)
    ))
    .at(what))
}

/// `123456789` hundredths as `1,234,567.89`.
pub fn with_commas(n: i64) -> String {
    let plain = hundredths(n);
    let (whole, frac) = plain.split_once('.').unwrap_or((&plain, "00"));
    format!("{}.{frac}", grouped(whole))
}

/// Digits grouped in threes: `317699` as `317,699` (a sign is kept).
pub fn grouped(digits: &str) -> String {
    let (sign, digits) = digits.strip_prefix('-').map_or(("", digits), |d| ("-", d));
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::from(sign);
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(*c);
    }
    out
}

/// A non-negative number of sessions (`1`, `0.5`, `2.25`) within `bounds`.
pub fn parse_hundredths(s: &str, what: &str, bounds: &Bounds) -> Result<Hundredths> {
    let v = parse_fixed2(s, what, "a number of sessions", "1, 0.5 or 2.25", false)?;
    bounded(v, bounds, what).map(Hundredths)
}

/// A number of sessions that may be negative (an adjustment), its size within `bounds`.
pub fn parse_signed_hundredths(s: &str, what: &str, bounds: &Bounds) -> Result<Hundredths> {
    let v = parse_fixed2(s, what, "a number of sessions", "1, 0.5 or -0.25", true)?;
    bounded(v, bounds, what).map(Hundredths)
}

/// An amount in pounds (`380`, `380.00`, `£380.5`), not negative, within `bounds`.
pub fn parse_pence(s: &str, what: &str, bounds: &Bounds) -> Result<Pence> {
    let v = parse_fixed2(s, what, "an amount", "380 or 380.00", false)?;
    bounded(v, bounds, what).map(Pence)
}

/// A whole number as typed (digits only, spaces around allowed) within `range`: ids,
/// item numbers, quorums, counts. The caller says what was wrong.
pub fn parse_whole(text: &str, range: std::ops::RangeInclusive<i64>) -> Option<i64> {
    let t = text.trim();
    t.parse::<i64>().ok().filter(|n| range.contains(n) && !t.is_empty() && t.bytes().all(|c| c.is_ascii_digit()))
}

/// `numerator / denominator` rounded half-up (halves away from zero), exactly.
pub fn div_round_half_up(numerator: i128, denominator: i128) -> i64 {
    assert!(denominator > 0);
    let q = numerator / denominator;
    let r = numerator % denominator;
    let rounded = if 2 * r.abs() >= denominator { q + numerator.signum() } else { q };
    rounded as i64
}

/// What `sessions` cost at `rate` a session, rounded half-up to the penny; `None` past
/// a billion pounds, which the bounds on rates and sessions keep any line far below
/// (at most £10,000,000.00), so that sums of a register's lines cannot overflow either.
pub fn amount(sessions: Hundredths, rate: Pence) -> Option<Pence> {
    const LIMIT: i128 = 100_000_000_000; // £1,000,000,000.00, in pence
    let product = sessions.0 as i128 * rate.0 as i128; // pence × 100
    (product.abs() <= LIMIT * 100).then(|| Pence(div_round_half_up(product, 100)))
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
    fn sessions() {
        assert_eq!(parse_hundredths("4", "t", &PER_MONTH).unwrap(), Hundredths(400));
        assert_eq!(parse_hundredths("0.5", "t", &PER_MONTH).unwrap(), Hundredths(50));
        assert_eq!(parse_hundredths("2.25", "t", &PER_MONTH).unwrap(), Hundredths(225));
        assert_eq!(parse_hundredths(" 1.05 ", "t", &PER_MONTH).unwrap(), Hundredths(105));
        for bad in ["", "-1", "1.255", "1.", ".5", "1e2", "one", "1,5", "9999999999"] {
            assert!(parse_hundredths(bad, "t", &PER_MONTH).is_err(), "{bad}");
        }
        assert_eq!(parse_signed_hundredths("-0.25", "t", &CLAIM).unwrap(), Hundredths(-25));
        assert!(parse_signed_hundredths("--1", "t", &CLAIM).is_err());
    }

    #[test]
    fn money() {
        assert_eq!(parse_pence("380", "t", &RATE).unwrap(), Pence(38000));
        assert_eq!(parse_pence("380.5", "t", &RATE).unwrap(), Pence(38050));
        assert_eq!(parse_pence("£395.00", "t", &RATE).unwrap(), Pence(39500));
        for bad in ["-5", "3,800", "380.001", "£", "abc"] {
            assert!(parse_pence(bad, "t", &RATE).is_err(), "{bad}");
        }
    }

    #[test]
    fn bounds() {
        assert_eq!(parse_pence("100000", "t", &RATE).unwrap(), Pence(100_000_00));
        let e = parse_pence("100000.01", "t", &RATE).unwrap_err();
        assert_eq!(e.message, "a rate is 0.00 to 100,000.00: 100000.01 is outside");
        assert_eq!(parse_signed_hundredths("-100", "t", &CLAIM).unwrap(), Hundredths(-100_00));
        for bad in ["0", "0.00", "100.01", "-100.01", "999999999.99"] {
            assert!(parse_signed_hundredths(bad, "t", &CLAIM).is_err(), "{bad}");
        }
        assert!(parse_hundredths("40.01", "t", &PER_MONTH).is_err());
        assert!(parse_hundredths("0", "t", &PER_MONTH).is_err());
        assert_eq!(parse_hundredths("0", "t", &MEETING).unwrap(), Hundredths(0));
        assert!(parse_hundredths("10.01", "t", &MEETING).is_err());
    }

    #[test]
    fn rounding_is_half_up_on_the_penny() {
        // 0.33 sessions at £380.00 = £125.40 exactly; 0.01 at £380.50 = 380.5p -> 381p.
        assert_eq!(amount(Hundredths(33), Pence(38000)), Some(Pence(12540)));
        assert_eq!(amount(Hundredths(1), Pence(38050)), Some(Pence(381)));
        assert_eq!(amount(Hundredths(1), Pence(38049)), Some(Pence(380)));
        assert_eq!(amount(Hundredths(-1), Pence(38050)), Some(Pence(-381)));
        assert_eq!(amount(Hundredths(225), Pence(39500)), Some(Pence(88875)));
        // The bug this guards: 999,999,999.99 sessions at £999,999,999.99.
        assert_eq!(amount(Hundredths(99_999_999_999), Pence(99_999_999_999)), None);
        assert_eq!(amount(Hundredths(100_00), Pence(100_000_00)), Some(Pence(1_000_000_000)));
        assert_eq!(div_round_half_up(400 * 17, 31), 219); // 4 sessions x 17/31 days = 2.1935
        assert_eq!(div_round_half_up(5, 10), 1);
        assert_eq!(div_round_half_up(-5, 10), -1);
    }
}
