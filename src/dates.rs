//! Dates, months and financial years as the officer types them, and "today" in
//! Europe/London.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Utc, Weekday};

use crate::error::{Error, Result};

/// The environment variable that fixes "today" (tests, demos, replaying a month).
pub const TODAY_VAR: &str = "ENGAGE_TODAY";

/// Today's date in Europe/London, or `$ENGAGE_TODAY` when set.
pub fn today() -> Result<NaiveDate> {
    match std::env::var(TODAY_VAR) {
        Ok(v) if !v.trim().is_empty() => parse_iso(v.trim()).ok_or_else(|| {
            Error::invalid(format!("{TODAY_VAR} is not a date: {v:?} (environment, {TODAY_VAR})"))
                .with_hint("use YYYY-MM-DD, e.g. ENGAGE_TODAY=2027-01-12")
        }),
        _ => Ok(london_date(Utc::now().naive_utc())),
    }
}

/// The calendar date in Europe/London at a UTC instant. British Summer Time runs from
/// 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
pub fn london_date(utc: NaiveDateTime) -> NaiveDate {
    let year = utc.year();
    let starts = last_weekday(year, 3, Weekday::Sun).and_hms_opt(1, 0, 0).expect("valid time");
    let ends = last_weekday(year, 10, Weekday::Sun).and_hms_opt(1, 0, 0).expect("valid time");
    let offset = if utc >= starts && utc < ends { Duration::hours(1) } else { Duration::zero() };
    (utc + offset).date()
}

/// The last given weekday of a month.
pub fn last_weekday(year: i32, month: u32, weekday: Weekday) -> NaiveDate {
    let last = last_day_of_month(year, month);
    let back = (last.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
    last - Duration::days(back as i64)
}

pub fn last_day_of_month(year: i32, month: u32) -> NaiveDate {
    let (y, m) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(y, m, 1).expect("valid month") - Duration::days(1)
}

/// `YYYY-MM-DD`, as the register stores dates (faster than chrono's formatter, which
/// showed in bulk imports).
pub fn iso(d: NaiveDate) -> String {
    // By hand: `format!` costs more than the rest of a bulk insert's row.
    let (y, m, day) = (d.year(), d.month(), d.day());
    if !(0..=9999).contains(&y) {
        return d.format("%Y-%m-%d").to_string();
    }
    let y = y as u32;
    let digit = |n: u32| char::from(b'0' + n as u8);
    let mut s = String::with_capacity(10);
    s.extend([digit(y / 1000), digit(y / 100 % 10), digit(y / 10 % 10), digit(y % 10), '-']);
    s.extend([digit(m / 10), digit(m % 10), '-', digit(day / 10), digit(day % 10)]);
    s
}

/// The number in a run of ASCII digits, or `None` if any byte is not a digit.
fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
}

/// The years a date may fall in (the README's session: bounds): 1900-01-01 to 2199-12-31.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// A date within [`YEARS`]; every date read from a user, a file or the register passes
/// here.
fn ymd(y: &[u8], m: &[u8], d: &[u8]) -> Option<NaiveDate> {
    let year = digits(y)? as i32;
    YEARS.contains(&year).then(|| NaiveDate::from_ymd_opt(year, digits(m)?, digits(d)?)).flatten()
}

/// Strict `YYYY-MM-DD`.
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    ymd(&b[..4], &b[5..7], &b[8..])
}

/// Strict `YYYYMMDD`, the form of the NHS files.
pub fn parse_compact(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 8 {
        return None;
    }
    ymd(&b[..4], &b[4..6], &b[6..])
}

/// A date as typed on the command line: `YYYY-MM-DD`, `today` or `yesterday`.
/// `what` names the option for the error message.
pub fn parse_date(s: &str, what: &str) -> Result<NaiveDate> {
    let t = s.trim();
    match t.to_ascii_lowercase().as_str() {
        "today" => today(),
        "yesterday" => Ok(today()? - Duration::days(1)),
        _ => parse_iso(t).ok_or_else(|| {
            Error::invalid(format!("not a date from 1900-01-01 to 2199-12-31: {s:?}"))
                .at(what)
                .with_hint("use YYYY-MM-DD, `today` or `yesterday`")
        }),
    }
}

/// A calendar month: its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month(pub NaiveDate);

impl Month {
    pub fn of(date: NaiveDate) -> Month {
        Month(date.with_day(1).expect("day 1 exists"))
    }
    pub fn first(self) -> NaiveDate {
        self.0
    }
    pub fn last(self) -> NaiveDate {
        last_day_of_month(self.0.year(), self.0.month())
    }
    pub fn previous(self) -> Month {
        Month::of(self.0 - Duration::days(1))
    }
    pub fn next(self) -> Month {
        Month::of(self.last() + Duration::days(1))
    }
    /// This month and the eleven after it: a calendar or financial year's months.
    pub fn twelve(self) -> Vec<Month> {
        std::iter::successors(Some(self), |m| Some(m.next())).take(12).collect()
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.0.year(), self.0.month())
    }
}

/// A month as typed: `YYYY-MM`, `this` or `last`.
pub fn parse_month(s: &str, what: &str) -> Result<Month> {
    let t = s.trim();
    match t.to_ascii_lowercase().as_str() {
        "this" => Ok(Month::of(today()?)),
        "last" => Ok(Month::of(today()?).previous()),
        _ => {
            let ok = t.len() == 7 && t.as_bytes()[4] == b'-';
            ok.then(|| parse_iso(&format!("{t}-01"))).flatten().map(Month).ok_or_else(|| {
                Error::invalid(format!("not a month: {s:?}")).at(what).with_hint("use YYYY-MM, `this` or `last`")
            })
        }
    }
}

/// An NHS financial year, 1 April to 31 March, named by its first calendar year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct FinancialYear(pub i32);

impl FinancialYear {
    pub fn containing(date: NaiveDate) -> FinancialYear {
        FinancialYear(if date.month() >= 4 { date.year() } else { date.year() - 1 })
    }
    pub fn first(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.0, 4, 1).expect("valid date")
    }
    pub fn last(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.0 + 1, 3, 31).expect("valid date")
    }
}

impl std::fmt::Display for FinancialYear {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.0, (self.0 + 1) % 100)
    }
}

/// A financial year as typed: `2027-28`, `this` or `last`.
pub fn parse_financial_year(s: &str, what: &str) -> Result<FinancialYear> {
    let t = s.trim();
    let bad = || {
        Error::invalid(format!("not a financial year: {s:?}"))
            .at(what)
            .with_hint("use the form 2027-28 (1 April 2027 to 31 March 2028), `this` or `last`")
    };
    match t.to_ascii_lowercase().as_str() {
        "this" => Ok(FinancialYear::containing(today()?)),
        "last" => Ok(FinancialYear(FinancialYear::containing(today()?).0 - 1)),
        _ => {
            let (a, b) = t.split_once('-').ok_or_else(bad)?;
            if a.len() != 4 || b.len() != 2 || !(a.bytes().chain(b.bytes())).all(|c| c.is_ascii_digit()) {
                return Err(bad());
            }
            let start: i32 = a.parse().map_err(|_| bad())?;
            let end: i32 = b.parse().map_err(|_| bad())?;
            // Its days must be dates (1900-01-01 to 2199-12-31).
            if (start + 1) % 100 != end || !YEARS.contains(&start) || !YEARS.contains(&(start + 1)) {
                return Err(bad());
            }
            Ok(FinancialYear(start))
        }
    }
}

/// The days a free-text period names, when it names some: a financial year (`2018-19`),
/// a calendar year (`2018`) or a month (`2018-05`, where it is not a financial year).
/// Other names (`Q3 2018`) name no days.
pub fn span_of(period: &str) -> Option<(NaiveDate, NaiveDate)> {
    let t = period.trim();
    if let Ok(fy) = parse_financial_year_text(t) {
        return Some((fy.first(), fy.last()));
    }
    if t.len() == 4 && t.bytes().all(|c| c.is_ascii_digit()) {
        let year: i32 = t.parse().ok()?;
        return YEARS.contains(&year).then(|| {
            (
                NaiveDate::from_ymd_opt(year, 1, 1).expect("a year"),
                NaiveDate::from_ymd_opt(year, 12, 31).expect("a year"),
            )
        });
    }
    let ok = t.len() == 7 && t.as_bytes()[4] == b'-';
    ok.then(|| parse_iso(&format!("{t}-01"))).flatten().map(|d| (Month(d).first(), Month(d).last()))
}

/// `2027-28` as a financial year (without `this` and `last`, which need today).
fn parse_financial_year_text(t: &str) -> Result<FinancialYear> {
    if t.eq_ignore_ascii_case("this") || t.eq_ignore_ascii_case("last") {
        return Err(Error::invalid(format!("not a financial year: {t:?}")));
    }
    parse_financial_year(t, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_text_periods_that_name_days() {
        let span = |s: &str| span_of(s).map(|(a, b)| (a.to_string(), b.to_string()));
        assert_eq!(span("2018-19"), Some(("2018-04-01".into(), "2019-03-31".into())));
        assert_eq!(span("2011-12"), Some(("2011-04-01".into(), "2012-03-31".into())));
        assert_eq!(span("2018"), Some(("2018-01-01".into(), "2018-12-31".into())));
        assert_eq!(span("2018-05"), Some(("2018-05-01".into(), "2018-05-31".into())));
        assert_eq!(span("Q3 2018"), None);
        assert_eq!(span("this"), None);
    }

    fn d(s: &str) -> NaiveDate {
        parse_iso(s).unwrap()
    }

    #[test]
    fn financial_years_print_as_typed() {
        for text in ["1900-01", "1999-00", "2027-28", "2198-99"] {
            let fy = parse_financial_year(text, "t").unwrap();
            assert_eq!(fy.to_string(), text);
        }
        // Only years whose days are dates (the README's session: bounds).
        for text in ["0000-01", "1899-00", "2199-00", "9999-00"] {
            assert!(parse_financial_year(text, "t").is_err(), "{text}");
        }
    }

    #[test]
    fn dates_are_from_1900_to_2199() {
        assert_eq!(parse_iso("1900-01-01"), NaiveDate::from_ymd_opt(1900, 1, 1));
        assert_eq!(parse_iso("2199-12-31"), NaiveDate::from_ymd_opt(2199, 12, 31));
        for text in ["0000-01-01", "1899-12-31", "2200-01-01", "9999-12-31"] {
            assert_eq!(parse_iso(text), None, "{text}");
        }
        assert_eq!(parse_compact("18991231"), None);
        assert!(parse_date("0000-01-01", "--date").unwrap_err().message.contains("1900-01-01 to 2199-12-31"));
    }

    #[test]
    fn iso_dates_print_as_chrono_does() {
        for (y, m, day) in
            [(0, 1, 1), (7, 3, 9), (999, 12, 31), (1974, 4, 1), (2027, 10, 5), (9999, 12, 31), (-1, 6, 15)]
        {
            let date = NaiveDate::from_ymd_opt(y, m, day).unwrap();
            assert_eq!(iso(date), date.format("%Y-%m-%d").to_string());
        }
        let mut date = d("1999-12-25");
        for _ in 0..800 {
            assert_eq!(iso(date), date.to_string());
            date = date.succ_opt().unwrap();
        }
    }

    #[test]
    fn london_date_follows_summer_time() {
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        // 23:30 UTC in July is 00:30 the next day in London.
        assert_eq!(london_date(at("2027-07-14 23:30")), d("2027-07-15"));
        // In January London is on UTC.
        assert_eq!(london_date(at("2027-01-14 23:30")), d("2027-01-14"));
        // BST 2027 starts 28 March 01:00 UTC and ends 31 October 01:00 UTC.
        assert_eq!(london_date(at("2027-03-28 00:59")), d("2027-03-28"));
        assert_eq!(london_date(at("2027-03-27 23:30")), d("2027-03-27"));
        assert_eq!(london_date(at("2027-10-30 23:30")), d("2027-10-31"));
        assert_eq!(london_date(at("2027-10-31 23:30")), d("2027-10-31"));
    }

    #[test]
    fn strict_date_forms() {
        assert_eq!(parse_iso("2027-01-12"), Some(d("2027-01-12")));
        for bad in ["2027-1-12", "2027-02-30", "27-01-12", "2027/01/12", " 2027-01-12", "2027-01-1x"] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
        assert_eq!(parse_compact("19740401"), Some(d("1974-04-01")));
        assert_eq!(parse_compact("19741301"), None);
        assert_eq!(parse_compact("1974041"), None);
    }

    #[test]
    fn months_and_financial_years() {
        assert_eq!(parse_month("2027-02", "m").unwrap().last(), d("2027-02-28"));
        assert_eq!(parse_month("2028-02", "m").unwrap().last(), d("2028-02-29"));
        assert!(parse_month("2027-13", "m").is_err());
        assert!(parse_month("2027-1", "m").is_err());
        let fy = parse_financial_year("2027-28", "fy").unwrap();
        assert_eq!((fy.first(), fy.last()), (d("2027-04-01"), d("2028-03-31")));
        assert_eq!(fy.to_string(), "2027-28");
        assert_eq!(parse_financial_year("2099-00", "fy").unwrap().0, 2099);
        assert!(parse_financial_year("2027-29", "fy").is_err());
        assert_eq!(FinancialYear::containing(d("2027-03-31")).0, 2026);
        assert_eq!(FinancialYear::containing(d("2027-04-01")).0, 2027);
    }
}
