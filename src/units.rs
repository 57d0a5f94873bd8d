//! Sessions (and later money) as integer hundredths, parsed exactly from text.

use crate::error::{Error, Result};

/// Parses a non-negative decimal with at most two places (`1`, `0.5`, `2.25`) into
/// hundredths. `what` names the option or field for the error message.
pub fn parse_hundredths(s: &str, what: &str) -> Result<i64> {
    let t = s.trim();
    let bad = || {
        Error::invalid(format!("not a number of sessions: {s:?} ({what})"))
            .with_hint("a number with at most two decimals, e.g. 1, 0.5 or 2.25")
    };
    let (whole, frac) = t.split_once('.').unwrap_or((t, ""));
    if whole.is_empty() || whole.len() > 7 || frac.len() > 2 || t.ends_with('.') {
        return Err(bad());
    }
    if !whole.bytes().chain(frac.bytes()).all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    let whole: i64 = whole.parse().map_err(|_| bad())?;
    let frac: i64 = if frac.is_empty() { 0 } else { format!("{frac:0<2}").parse().map_err(|_| bad())? };
    Ok(whole * 100 + frac)
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
        for bad in ["", "-1", "1.255", "1.", ".5", "1e2", "one", "1,5", "99999999"] {
            assert!(parse_hundredths(bad, "t").is_err(), "{bad}");
        }
    }
}
