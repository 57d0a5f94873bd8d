//! The schedule as an iCalendar (RFC 5545) file.

use crate::store::Db;
use chrono::Duration;

use super::{Filter, Kind, select};
use crate::error::Result;
use crate::text::{escape_content as escape, fold_content as fold};

/// The calendar (RFC 5545) of the selected meetings, Europe/London times.
pub fn ics(db: &Db, f: &Filter) -> Result<String> {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//engage//meetings//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    lines.extend(
        [
            "BEGIN:VTIMEZONE",
            "TZID:Europe/London",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "TZNAME:BST",
            "DTSTART:19700329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "DTSTART:19701025T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
        .map(String::from),
    );
    for m in select(db, f)? {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", m.uid));
        lines.push(format!("DTSTAMP:{}", m.created_at));
        lines.push(format!("SEQUENCE:{}", m.sequence));
        match m.start {
            Some(start) => {
                // A duration, not an end: an end in local time would stretch or shrink a
                // meeting that spans the night the clocks change (RFC 5545 §3.3.6: a
                // duration in hours and minutes is exact elapsed time).
                let begin = m.date.and_time(start);
                lines.push(format!("DTSTART;TZID=Europe/London:{}", begin.format("%Y%m%dT%H%M%S")));
                lines.push(format!("DURATION:PT{}M", m.duration_minutes.unwrap_or(120)));
            }
            None => {
                lines.push(format!("DTSTART;VALUE=DATE:{}", m.date.format("%Y%m%d")));
                lines.push(format!("DTEND;VALUE=DATE:{}", (m.date + Duration::days(1)).format("%Y%m%d")));
            }
        }
        let summary = match (&m.title, &m.locality, m.kind) {
            (Some(t), _, _) => t.clone(),
            (None, Some(l), Kind::Locality) => format!("{l} locality meeting"),
            (None, _, Kind::Visit) => format!("Practice visit: {}", m.practice_code.as_deref().unwrap_or_default()),
            (None, Some(l), k) => format!("{} ({l})", title_case(k.as_str())),
            (None, None, k) => title_case(k.as_str()),
        };
        lines.push(format!("SUMMARY:{}", escape(&summary)));
        if let Some(loc) = &m.location {
            lines.push(format!("LOCATION:{}", escape(loc)));
        }
        lines.push(format!("CATEGORIES:{}", escape(m.kind.as_str())));
        lines.push(format!("STATUS:{}", if m.cancelled { "CANCELLED" } else { "CONFIRMED" }));
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        fold(&line, &mut out);
    }
    Ok(out)
}

fn title_case(kind: &str) -> String {
    let spaced = kind.replace('-', " ");
    let mut chars = spaced.chars();
    chars.next().map(|c| c.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_lines_within_75_octets() {
        let mut out = String::new();
        fold(&format!("SUMMARY:{}", "é".repeat(60)), &mut out);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), format!("SUMMARY:{}", "é".repeat(60)));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}
