//! Sessions and money as integer hundredths ([`Hundredths`] of a session, [`Pence`]),
//! parsed exactly from text and rounded half-up, never through floats.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub};

use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

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
        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.0))
            }
        }
        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                value.as_i64().map($name)
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

/// A non-negative number of sessions (`1`, `0.5`, `2.25`).
pub fn parse_hundredths(s: &str, what: &str) -> Result<Hundredths> {
    parse_fixed2(s, what, "a number of sessions", "1, 0.5 or 2.25", false).map(Hundredths)
}

/// A number of sessions that may be negative (an adjustment).
pub fn parse_signed_hundredths(s: &str, what: &str) -> Result<Hundredths> {
    parse_fixed2(s, what, "a number of sessions", "1, 0.5 or -0.25", true).map(Hundredths)
}

/// An amount in pounds (`380`, `380.00`, `£380.5`), not negative.
pub fn parse_pence(s: &str, what: &str) -> Result<Pence> {
    parse_fixed2(s, what, "an amount", "380 or 380.00", false).map(Pence)
}

/// `numerator / denominator` rounded half-up (halves away from zero), exactly.
pub fn div_round_half_up(numerator: i128, denominator: i128) -> i64 {
    assert!(denominator > 0);
    let q = numerator / denominator;
    let r = numerator % denominator;
    let rounded = if 2 * r.abs() >= denominator { q + numerator.signum() } else { q };
    rounded as i64
}

/// What `sessions` cost at `rate` a session, rounded half-up to the penny.
pub fn amount(sessions: Hundredths, rate: Pence) -> Pence {
    Pence(div_round_half_up(sessions.0 as i128 * rate.0 as i128, 100))
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
        assert_eq!(parse_hundredths("4", "t").unwrap(), Hundredths(400));
        assert_eq!(parse_hundredths("0.5", "t").unwrap(), Hundredths(50));
        assert_eq!(parse_hundredths("2.25", "t").unwrap(), Hundredths(225));
        assert_eq!(parse_hundredths(" 1.05 ", "t").unwrap(), Hundredths(105));
        for bad in ["", "-1", "1.255", "1.", ".5", "1e2", "one", "1,5", "9999999999"] {
            assert!(parse_hundredths(bad, "t").is_err(), "{bad}");
        }
        assert_eq!(parse_signed_hundredths("-0.25", "t").unwrap(), Hundredths(-25));
        assert!(parse_signed_hundredths("--1", "t").is_err());
    }

    #[test]
    fn money() {
        assert_eq!(parse_pence("380", "t").unwrap(), Pence(38000));
        assert_eq!(parse_pence("380.5", "t").unwrap(), Pence(38050));
        assert_eq!(parse_pence("£395.00", "t").unwrap(), Pence(39500));
        for bad in ["-5", "3,800", "380.001", "£", "abc"] {
            assert!(parse_pence(bad, "t").is_err(), "{bad}");
        }
    }

    #[test]
    fn rounding_is_half_up_on_the_penny() {
        // 0.33 sessions at £380.00 = £125.40 exactly; 0.01 at £380.50 = 380.5p -> 381p.
        assert_eq!(amount(Hundredths(33), Pence(38000)), Pence(12540));
        assert_eq!(amount(Hundredths(1), Pence(38050)), Pence(381));
        assert_eq!(amount(Hundredths(1), Pence(38049)), Pence(380));
        assert_eq!(amount(Hundredths(-1), Pence(38050)), Pence(-381));
        assert_eq!(amount(Hundredths(225), Pence(39500)), Pence(88875));
        assert_eq!(div_round_half_up(400 * 17, 31), 219); // 4 sessions x 17/31 days = 2.1935
        assert_eq!(div_round_half_up(5, 10), 1);
        assert_eq!(div_round_half_up(-5, 10), -1);
    }
}
