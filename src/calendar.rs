//! Bank holidays of England and Wales (2020 to 2035, substitute days included), the
//! monthly rules meetings are scheduled by (`2nd tue`, `last fri`), and times and
//! durations as typed.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};

use crate::dates::last_weekday;
use crate::error::{Error, Result};

/// The years whose bank holidays engage knows.
pub const HOLIDAY_YEARS: std::ops::RangeInclusive<i32> = 2020..=2035;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

/// Easter Sunday (the anonymous Gregorian algorithm).
fn easter(y: i32) -> NaiveDate {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let dd = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - dd - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    d(y, month as u32, day as u32)
}

fn first_weekday(y: i32, m: u32, wd: Weekday) -> NaiveDate {
    let first = d(y, m, 1);
    let ahead = (wd.num_days_from_monday() + 7 - first.weekday().num_days_from_monday()) % 7;
    first + Duration::days(ahead as i64)
}

fn weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The bank holidays of England and Wales in `year`, in date order; `None` outside
/// [`HOLIDAY_YEARS`].
pub fn bank_holidays(year: i32) -> Option<Vec<NaiveDate>> {
    if !HOLIDAY_YEARS.contains(&year) {
        return None;
    }
    let mut days = Vec::new();
    // New Year's Day, or the Monday after when it falls at a weekend.
    let mut new_year = d(year, 1, 1);
    while weekend(new_year) {
        new_year += Duration::days(1);
    }
    days.push(new_year);
    let e = easter(year);
    days.push(e - Duration::days(2));
    days.push(e + Duration::days(1));
    // Early May: first Monday, moved for VE Day's 75th anniversary in 2020.
    days.push(if year == 2020 { d(2020, 5, 8) } else { first_weekday(year, 5, Weekday::Mon) });
    if year == 2023 {
        days.push(d(2023, 5, 8)); // the coronation of King Charles III
    }
    // Spring: last Monday of May, moved for the Platinum Jubilee in 2022.
    if year == 2022 {
        days.extend([d(2022, 6, 2), d(2022, 6, 3)]);
    } else {
        days.push(last_weekday(year, 5, Weekday::Mon));
    }
    days.push(last_weekday(year, 8, Weekday::Mon));
    if year == 2022 {
        days.push(d(2022, 9, 19)); // the state funeral of Queen Elizabeth II
    }
    // Christmas and Boxing Day, with substitute days when they fall at a weekend.
    let (christmas, boxing) = (d(year, 12, 25), d(year, 12, 26));
    match christmas.weekday() {
        Weekday::Fri => days.extend([christmas, d(year, 12, 28)]),
        Weekday::Sat => days.extend([d(year, 12, 27), d(year, 12, 28)]),
        Weekday::Sun => days.extend([d(year, 12, 26), d(year, 12, 27)]),
        _ => days.extend([christmas, boxing]),
    }
    days.sort();
    Some(days)
}

/// The name of a bank holiday, for saying why a meeting moved.
pub fn holiday_name(date: NaiveDate) -> Option<&'static str> {
    if !is_bank_holiday(date) {
        return None;
    }
    let e = easter(date.year());
    Some(match (date.month(), date.day()) {
        (1, _) => "New Year's Day",
        _ if date == e - Duration::days(2) => "Good Friday",
        _ if date == e + Duration::days(1) => "Easter Monday",
        (5, 8) if date.year() == 2023 => "Coronation bank holiday",
        (5, _) if date == last_weekday(date.year(), 5, Weekday::Mon) => "Spring bank holiday",
        (5, _) => "Early May bank holiday",
        (6, _) => "Platinum Jubilee bank holiday",
        (8, _) => "Summer bank holiday",
        (9, _) => "State funeral bank holiday",
        (12, 25) => "Christmas Day",
        (12, 26) if date.weekday() == Weekday::Mon => "Christmas Day (substitute)",
        (12, 26) => "Boxing Day",
        _ => "Christmas bank holiday (substitute)",
    })
}

/// The working day a meeting on a bank holiday moves to: the next one, unless that is
/// in the next month; then the one before, so the meeting stays in its month.
pub fn working_day_in_month(date: NaiveDate) -> NaiveDate {
    let next = next_working_day(date);
    if next.month() == date.month() {
        return next;
    }
    let mut before = date - Duration::days(1);
    while weekend(before) || is_bank_holiday(before) {
        before -= Duration::days(1);
    }
    before
}

pub fn is_bank_holiday(date: NaiveDate) -> bool {
    bank_holidays(date.year()).is_some_and(|days| days.contains(&date))
}

/// The next day on or after `date` that is neither a weekend nor a bank holiday.
pub fn next_working_day(mut date: NaiveDate) -> NaiveDate {
    while weekend(date) || is_bank_holiday(date) {
        date += Duration::days(1);
    }
    date
}

/// A monthly rule: the nth (1 to 4) or last given weekday of the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// 1 to 4, or 0 for the last.
    pub nth: u32,
    pub weekday: Weekday,
}

impl Rule {
    pub fn parse(text: &str) -> Result<Rule> {
        let bad = || {
            Error::invalid(format!("not a monthly rule: {text:?} (--rule)"))
                .with_hint("say which weekday of the month, e.g. '2nd tue', 'last fri', '1st mon'")
        };
        let lower = text.trim().to_ascii_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        let [nth, day] = words[..] else { return Err(bad()) };
        let nth = match nth {
            "1st" | "first" => 1,
            "2nd" | "second" => 2,
            "3rd" | "third" => 3,
            "4th" | "fourth" => 4,
            "last" => 0,
            _ => return Err(bad()),
        };
        let weekday = match day.trim_end_matches('s') {
            "mon" | "monday" => Weekday::Mon,
            "tue" | "tues" | "tuesday" => Weekday::Tue,
            "wed" | "wednesday" => Weekday::Wed,
            "thu" | "thur" | "thurs" | "thursday" => Weekday::Thu,
            "fri" | "friday" => Weekday::Fri,
            "sat" | "saturday" => Weekday::Sat,
            "sun" | "sunday" => Weekday::Sun,
            _ => return Err(bad()),
        };
        Ok(Rule { nth, weekday })
    }

    /// The rule's date in a month.
    pub fn date_in(self, year: i32, month: u32) -> NaiveDate {
        if self.nth == 0 {
            last_weekday(year, month, self.weekday)
        } else {
            first_weekday(year, month, self.weekday) + Duration::weeks(self.nth as i64 - 1)
        }
    }
}

/// Refuses a start time that does not exist in Europe/London on that day: the hour the
/// clocks skip, 01:00 to 01:59 on the last Sunday of March.
pub fn check_local_time(date: NaiveDate, time: NaiveTime, what: &str) -> Result<()> {
    use chrono::{Datelike, Timelike};
    let spring = crate::dates::last_weekday(date.year(), 3, chrono::Weekday::Sun);
    if date == spring && time.hour() == 1 {
        return Err(Error::invalid(format!(
            "{} does not exist on {date}: the clocks go forward from 01:00 to 02:00 in Europe/London",
            time.format("%H:%M")
        ))
        .at(what)
        .with_hint("give a time before 01:00 or from 02:00"));
    }
    Ok(())
}

/// `HH:MM`, 00:00 to 23:59.
pub fn parse_time(text: &str, what: &str) -> Result<NaiveTime> {
    let t = text.trim();
    let ok = t.len() == 5 && t.as_bytes()[2] == b':';
    ok.then(|| NaiveTime::parse_from_str(t, "%H:%M").ok()).flatten().ok_or_else(|| {
        Error::invalid(format!("not a time: {text:?}")).at(what).with_hint("use the 24-hour clock, HH:MM, e.g. 12:30")
    })
}

/// A duration like `2h30m`, `2h`, `90m` or `1h 15m`, in minutes (1 minute to 24 hours).
pub fn parse_duration(text: &str, what: &str) -> Result<i64> {
    let bad = || Error::invalid(format!("not a duration: {text:?}")).at(what).with_hint("e.g. 2h30m, 2h or 90m");
    let compact: String = text.split_whitespace().collect::<String>().to_ascii_lowercase();
    let (mut minutes, mut number, mut seen_h, mut seen_m) = (0i64, String::new(), false, false);
    for c in compact.chars() {
        match c {
            '0'..='9' if number.len() < 4 => number.push(c),
            'h' if !seen_h && !seen_m && !number.is_empty() => {
                minutes += number.parse::<i64>().map_err(|_| bad())? * 60;
                number.clear();
                seen_h = true;
            }
            'm' if !seen_m && !number.is_empty() => {
                minutes += number.parse::<i64>().map_err(|_| bad())?;
                number.clear();
                seen_m = true;
            }
            _ => return Err(bad()),
        }
    }
    if !number.is_empty() || !(1..=24 * 60).contains(&minutes) {
        return Err(bad());
    }
    Ok(minutes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bank_holidays_of_2026_and_odd_years() {
        let days = bank_holidays(2026).unwrap();
        let expected = [
            d(2026, 1, 1),
            d(2026, 4, 3),
            d(2026, 4, 6),
            d(2026, 5, 4),
            d(2026, 5, 25),
            d(2026, 8, 31),
            d(2026, 12, 25),
            d(2026, 12, 28),
        ];
        assert_eq!(days, expected);
        assert!(bank_holidays(2022).unwrap().contains(&d(2022, 9, 19)));
        assert!(bank_holidays(2022).unwrap().contains(&d(2022, 12, 27)));
        assert_eq!(bank_holidays(2023).unwrap().len(), 9);
        assert_eq!(bank_holidays(2020).unwrap()[3], d(2020, 5, 8));
        assert!(bank_holidays(2027).unwrap().contains(&d(2027, 12, 27)));
        assert!(bank_holidays(2027).unwrap().contains(&d(2027, 12, 28)));
        assert_eq!(bank_holidays(2028).unwrap()[0], d(2028, 1, 3));
        assert_eq!(easter(2035), d(2035, 3, 25));
        assert!(bank_holidays(2036).is_none());
    }

    #[test]
    fn rules() {
        let first_mon = Rule::parse("1st mon").unwrap();
        assert_eq!(first_mon.date_in(2026, 4), d(2026, 4, 6));
        assert_eq!(next_working_day(d(2026, 4, 6)), d(2026, 4, 7));
        let last_fri = Rule::parse("Last Friday").unwrap();
        assert_eq!(last_fri.date_in(2026, 12), d(2026, 12, 25));
        assert_eq!(next_working_day(d(2026, 12, 25)), d(2026, 12, 29));
        assert_eq!(Rule::parse("2nd tue").unwrap().date_in(2027, 1), d(2027, 1, 12));
        for bad in ["5th mon", "2nd", "tue", "2nd tuesdays please", "every tue"] {
            assert!(Rule::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn times_and_durations() {
        assert_eq!(parse_time("12:30", "t").unwrap(), NaiveTime::from_hms_opt(12, 30, 0).unwrap());
        for bad in ["24:00", "12:60", "1230", "9:30", "noon"] {
            assert!(parse_time(bad, "t").is_err(), "{bad}");
        }
        assert_eq!(parse_duration("2h30m", "t").unwrap(), 150);
        assert_eq!(parse_duration("90m", "t").unwrap(), 90);
        assert_eq!(parse_duration("1h 15m", "t").unwrap(), 75);
        assert_eq!(parse_duration("3h", "t").unwrap(), 180);
        for bad in ["", "0m", "25h", "2h30", "m", "2x", "30m2h", "-1h"] {
            assert!(parse_duration(bad, "t").is_err(), "{bad}");
        }
    }
}
