//! Meetings: the schedule, attendance, representation, quorum and the calendar file.

mod common;

use common::{Reg, column};
use serde_json::Value;

/// Evesham (3 practices, one closed) and Malvern (1), with GPs, a locum and a manager.
fn register() -> Reg {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham", "--code", "EVE"]);
    reg.ok(&["locality", "add", "Malvern", "--code", "MAL"]);
    for (code, name, loc) in [
        ("M81004", "Riverside Surgery", "EVE"),
        ("M81007", "Bredon Hill Surgery", "EVE"),
        ("M81026", "Abbey Surgery", "EVE"),
        ("M81079", "Link End Surgery", "EVE"),
        ("M81015", "Malvern Health Centre", "MAL"),
    ] {
        reg.ok(&["practice", "add", code, name, "--locality", loc]);
    }
    reg.ok(&["practice", "close", "M81079", "--date", "2026-06-30", "--yes"]);
    let people = "name,role,practice,email,phone,gmc,pay_to\n\
        Dr Asha Patel,gp-partner,M81004,asha@nhs.net,,7012345,\n\
        Dr Ben Okafor,gp-salaried,M81004,ben@nhs.net,,7023456,\n\
        Dr Cara Lund,gp-partner,M81007,cara@nhs.net,,7034567,\n\
        Dan Frost,practice-manager,M81007,dan@nhs.net,,,\n\
        Dr Tom Reed,gp-locum,,tom@nhs.net,,7054321,\n\
        Dr Eve Marsh,gp-partner,M81015,eve@nhs.net,,7065432,\n\
        Dr Fay Quill,gp-partner,M81026,fay@nhs.net,,7076543,\n";
    let r = reg.run_stdin(&["person", "import", "-"], people.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    reg
}

fn add_meeting(reg: &Reg, args: &[&str]) -> String {
    let mut all = vec!["meeting", "add"];
    all.extend(args);
    let r = reg.run(&all);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let id = r.stderr.split("added meeting ").nth(1).unwrap().split(':').next().unwrap();
    id.to_string()
}

#[test]
fn first_monday_and_last_friday_move_off_bank_holidays() {
    let reg = register();
    let out = reg.json(&[
        "meeting",
        "schedule",
        "--kind",
        "locality",
        "--locality",
        "EVE",
        "--year",
        "2026",
        "--rule",
        "1st mon",
        "--start",
        "12:30",
        "--duration",
        "2h30m",
    ]);
    assert_eq!(out.as_array().unwrap().len(), 12);
    let dates: Vec<Value> = column(&reg.json(&["meeting", "list", "--locality", "EVE"]), "date");
    assert!(dates.contains(&"2026-04-07".into()) && !dates.contains(&"2026-04-06".into()));
    assert!(dates.contains(&"2026-05-05".into()) && !dates.contains(&"2026-05-04".into()));
    assert!(dates.contains(&"2026-06-01".into()));
    assert_eq!(dates.len(), 12);

    reg.ok(&["meeting", "schedule", "--kind", "locality", "--locality", "MAL", "--year", "2026", "--rule", "last fri"]);
    let mal = column(&reg.json(&["meeting", "list", "--locality", "MAL"]), "date");
    assert_eq!(mal.last().unwrap(), "2026-12-29");
    assert!(mal.contains(&"2026-04-24".into()));

    let skip = Reg::new();
    skip.ok(&["locality", "add", "North"]);
    skip.ok(&[
        "meeting",
        "schedule",
        "--kind",
        "locality",
        "--locality",
        "North",
        "--year",
        "2026",
        "--rule",
        "1st mon",
        "--on-bank-holiday",
        "skip",
    ]);
    let months: Vec<String> =
        column(&skip.json(&["meeting", "list"]), "date").iter().map(|d| d.as_str().unwrap()[..7].to_string()).collect();
    assert_eq!(months.len(), 10);
    assert!(!months.contains(&"2026-04".to_string()) && !months.contains(&"2026-05".to_string()));
    skip.ok(&[
        "meeting",
        "schedule",
        "--kind",
        "board",
        "--locality",
        "North",
        "--year",
        "2026",
        "--rule",
        "last fri",
        "--on-bank-holiday",
        "skip",
    ]);
    let board = column(&skip.json(&["meeting", "list", "--kind", "board"]), "date");
    assert_eq!(board.len(), 11);
    assert!(!board.iter().any(|d| d.as_str().unwrap().starts_with("2026-12")));
    let keep = Reg::new();
    keep.ok(&["locality", "add", "North"]);
    keep.ok(&[
        "meeting",
        "schedule",
        "--kind",
        "locality",
        "--locality",
        "North",
        "--year",
        "2026",
        "--rule",
        "1st mon",
        "--on-bank-holiday",
        "keep",
    ]);
    assert!(column(&keep.json(&["meeting", "list"]), "date").contains(&"2026-04-06".into()));
}

#[test]
fn scheduling_the_same_year_twice_leaves_twelve() {
    let reg = register();
    let args = [
        "meeting",
        "schedule",
        "--kind",
        "locality",
        "--locality",
        "Evesham",
        "--year",
        "2027",
        "--rule",
        "2nd tue",
        "--start",
        "12:30",
    ];
    reg.ok(&args);
    let r = reg.run(&args);
    assert!(r.stderr.contains("0 meeting(s) created"), "{}", r.stderr);
    let list = reg.json(&["meeting", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 12);
    assert_eq!(list[0]["date"], "2027-01-12");
    assert_eq!(list[0]["sessions"], "1.00");
    // A dry run shows the dates and writes nothing.
    let before = reg.dump();
    let r = reg.run(&[
        "meeting",
        "schedule",
        "--kind",
        "locality",
        "--locality",
        "MAL",
        "--year",
        "2027",
        "--rule",
        "2nd tue",
        "--dry-run",
        "--format",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(reg.dump(), before);
    let planned: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(column(&planned, "outcome").iter().filter(|o| *o == "created").count(), 12);
    assert_eq!(reg.json(&["locality", "show", "EVE"])["next_meeting"], "2027-02-09");
}

#[test]
fn unrepresented_substitutes_apologies_and_the_paid_gp() {
    let reg = register();
    reg.ok(&["person", "appoint", "ben@nhs.net", "nominated-gp", "--from", "2026-04-01"]);
    let id =
        add_meeting(&reg, &["--kind", "locality", "--locality", "EVE", "--date", "2027-01-12", "--start", "12:30"]);
    reg.ok(&["meeting", "attend", &id, "Dr Asha Patel", "7023456"]);
    reg.ok(&["meeting", "attend", &id, "Dr Tom Reed", "--for-practice", "M81026"]);
    reg.ok(&["meeting", "attend", &id, "dan@nhs.net", "--apologies"]);
    let show = reg.json(&["meeting", "show", &id]);
    // M81007 sent apologies only; M81079 is closed; a locum sat for M81026.
    assert_eq!(show["unrepresented"], serde_json::json!(["M81007"]));
    let attendees = &show["attendees"];
    assert_eq!(column(attendees, "name"), vec!["Dr Asha Patel", "Dr Ben Okafor", "Dr Tom Reed", "Dan Frost"]);
    assert_eq!(column(attendees, "paid"), vec![false, true, true, false]);
    assert_eq!(column(attendees, "substitute"), vec![false, false, true, false]);
    assert_eq!(column(attendees, "for_practice"), vec!["M81004", "M81004", "M81026", "M81007"]);
    assert_eq!(show["quorate"], Value::Null);
    // Without the nominated GP, the first GP recorded for the practice is paid.
    reg.ok(&["meeting", "unattend", &id, "Dr Ben Okafor"]);
    let show = reg.json(&["meeting", "show", &id]);
    assert_eq!(column(&show["attendees"], "paid"), vec![true, true, false]);
    reg.fails(&["meeting", "unattend", &id, "Dr Ben Okafor"], 4);
    // Virtual attendance represents; changing a record replaces it.
    reg.ok(&["meeting", "attend", &id, "Dan Frost", "--virtual"]);
    assert_eq!(reg.json(&["meeting", "show", &id])["unrepresented"], serde_json::json!([]));
    assert_eq!(reg.json(&["practice", "show", "M81007"])["represented_12m"], 1);
}

#[test]
fn quorum_does_not_count_those_who_withdrew() {
    let reg = register();
    let id = add_meeting(
        &reg,
        &["--kind", "board", "--date", "2027-01-14", "--start", "14:00", "--title", "Board", "--quorum", "4"],
    );
    reg.ok(&["meeting", "attend", &id, "7012345", "7023456", "7034567", "7065432", "7076543"]);
    assert_eq!(reg.json(&["meeting", "show", &id])["quorate"], true);
    reg.ok(&["person", "declare", "7012345", "Director of Riverside Pharmacy Ltd", "--from", "2020-01-01"]);
    reg.ok(&["meeting", "declare", &id, "7012345", "Director of a bidding pharmacy", "--withdrew"]);
    reg.ok(&["meeting", "declare", &id, "7034567", "Practice is a bidder", "--withdrew"]);
    let show = reg.json(&["meeting", "show", &id]);
    assert_eq!(show["quorate"], false);
    assert_eq!(column(&show["declarations"], "withdrew"), vec![true, true]);
    assert_eq!(column(&show["interests"], "interest"), vec!["Director of Riverside Pharmacy Ltd"]);
    // Board meetings pay nothing unless asked.
    assert!(column(&show["attendees"], "paid").iter().all(|p| p == false));
}

#[test]
fn the_calendar_parses_and_keeps_its_uids() {
    let reg = register();
    reg.ok(&[
        "meeting",
        "schedule",
        "--kind",
        "locality",
        "--locality",
        "EVE",
        "--year",
        "2027",
        "--rule",
        "2nd tue",
        "--start",
        "12:30",
        "--duration",
        "2h30m",
    ]);
    add_meeting(
        &reg,
        &[
            "--kind",
            "visit",
            "--practice",
            "M81015",
            "--date",
            "2027-02-03",
            "--title",
            "Roadshow, with the board; all welcome",
        ],
    );
    let first = reg.ok(&["meeting", "ics"]);
    assert!(first.lines().all(|l| l.len() <= 76), "a line is over 75 octets");
    assert!(first.contains("\r\n") && !first.replace("\r\n", "").contains('\n'));
    let unfolded = icalendar::parser::unfold(&first);
    let calendar = icalendar::parser::read_calendar(&unfolded).unwrap();
    let events: Vec<_> = calendar.components.iter().filter(|c| c.name == "VEVENT").collect();
    assert_eq!(events.len(), 13);
    assert_eq!(calendar.components.iter().filter(|c| c.name == "VTIMEZONE").count(), 1);
    let uids: Vec<String> = events.iter().map(|e| e.find_prop("UID").unwrap().val.to_string()).collect();
    let start = events[0].find_prop("DTSTART").unwrap();
    assert_eq!(start.val.to_string(), "20270112T123000");
    assert_eq!(events[0].find_prop("DURATION").unwrap().val.to_string(), "PT150M");
    assert!(events[0].find_prop("DTEND").is_none());
    let mut unique = uids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 13);
    // Moving and cancelling keep the UIDs; a second export gives the same ones.
    reg.ok(&["meeting", "move", "3", "--date", "2027-03-16"]);
    reg.ok(&["meeting", "cancel", "4", "--reason", "Easter", "--yes"]);
    let second = reg.ok(&["meeting", "ics"]);
    let unfolded = icalendar::parser::unfold(&second);
    let calendar = icalendar::parser::read_calendar(&unfolded).unwrap();
    let again: Vec<String> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|e| e.find_prop("UID").unwrap().val.to_string())
        .collect();
    assert_eq!(again, uids);
    assert!(second.contains("STATUS:CANCELLED"));
    assert!(second.contains("SUMMARY:Roadshow\\, with the board\\; all welcome"));
    let only_visits = reg.ok(&["meeting", "ics", "--kind", "visit"]);
    assert_eq!(only_visits.matches("BEGIN:VEVENT").count(), 1);
    let list = reg.json(&["meeting", "list"]);
    let statuses: Vec<(Value, Value)> =
        list.as_array().unwrap().iter().map(|m| (m["id"].clone(), m["status"].clone())).collect();
    assert!(statuses.contains(&(4.into(), "cancelled".into())), "{statuses:?}");
    assert_eq!(statuses.iter().filter(|(_, s)| s == "cancelled").count(), 1);
    assert_eq!(reg.json(&["meeting", "list", "--upcoming"]).as_array().unwrap().len(), 11);
}

#[test]
fn a_sign_in_sheet_records_everyone_or_no_one() {
    let reg = register();
    let id = add_meeting(&reg, &["--kind", "locality", "--locality", "EVE", "--date", "2027-01-12"]);
    let sheet = "person,for_practice,status\nasha@nhs.net,,attended\n7054321,M81007,virtual\nDan Frost,,apologies\n";
    let r = reg.run_stdin(&["meeting", "attend", &id, "--file", "-"], sheet.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let show = reg.json(&["meeting", "show", &id]);
    assert_eq!(column(&show["attendees"], "status"), vec!["attended", "virtual", "apologies"]);
    assert_eq!(show["unrepresented"], serde_json::json!(["M81026"]));

    let bad = "person,for_practice,status\nfay@nhs.net,,attended\nnobody@nhs.net,,attended\n";
    let file = reg.dir.path().join("sheet.csv");
    std::fs::write(&file, bad).unwrap();
    let stderr = reg.fails(&["meeting", "attend", &id, "--file", file.to_str().unwrap()], 4);
    assert!(stderr.contains("sheet.csv:3, field person"), "{stderr}");
    std::fs::write(&file, "person,for_practice,status\nfay@nhs.net,,came\n").unwrap();
    let stderr = reg.fails(&["meeting", "attend", &id, "--file", file.to_str().unwrap()], 3);
    assert!(stderr.contains("sheet.csv:2, field status"), "{stderr}");
}

#[test]
fn wrong_meeting_input_is_refused_and_changes_nothing() {
    let reg = register();
    let past = add_meeting(&reg, &["--kind", "locality", "--locality", "EVE", "--date", "2027-01-12"]);
    let future = add_meeting(&reg, &["--kind", "locality", "--locality", "EVE", "--date", "2027-02-09"]);
    // Apologies for a future meeting are fine.
    reg.ok(&["meeting", "attend", &future, "Dr Asha Patel", "--apologies"]);
    let cases: &[(&[&str], i32, &str)] = &[
        (&["meeting", "add", "--kind", "picnic", "--date", "2027-01-12"], 2, "picnic"),
        (&["meeting", "add", "--kind", "locality", "--date", "2027-01-12"], 3, "needs --locality"),
        (&["meeting", "add", "--kind", "visit", "--date", "2027-01-12"], 3, "--practice"),
        (
            &["meeting", "add", "--kind", "board", "--date", "2027-01-12", "--start", "25:00"],
            3,
            "not a time: \"25:00\" (--start)",
        ),
        (&["meeting", "add", "--kind", "board", "--date", "2027-01-12", "--duration", "forever"], 3, "not a duration"),
        (&["meeting", "add", "--kind", "board", "--date", "12/01/2027"], 3, "not a date"),
        (&["meeting", "add", "--kind", "board", "--date", "2027-01-12", "--quorum", "0"], 3, "not a quorum"),
        (
            &["meeting", "add", "--kind", "locality", "--locality", "Nowhere", "--date", "2027-01-12"],
            4,
            "no such locality",
        ),
        (
            &["meeting", "schedule", "--kind", "locality", "--locality", "EVE", "--year", "2027", "--rule", "5th mon"],
            3,
            "not a monthly rule",
        ),
        (
            &["meeting", "schedule", "--kind", "locality", "--locality", "EVE", "--year", "2040", "--rule", "1st mon"],
            3,
            "bank holidays",
        ),
        (
            &["meeting", "schedule", "--kind", "locality", "--locality", "EVE", "--year", "27", "--rule", "1st mon"],
            3,
            "not a year",
        ),
        (&["meeting", "attend", &future, "Dr Cara Lund"], 3, "only apologies"),
        (&["meeting", "attend", &past, "nobody@nhs.net"], 4, "no such person"),
        (&["meeting", "attend", &past, "Dr Tom Reed", "--for-practice", "M81099"], 4, "no such practice"),
        (&["meeting", "attend", "999", "Dr Tom Reed"], 4, "no such meeting: 999"),
        (&["meeting", "show", "x1"], 3, "not a meeting id"),
        (&["meeting", "list", "--from", "2027-02-01", "--to", "2027-01-01"], 3, "is before --from"),
        (&["meeting", "move", &past, "--date", "2027-02-30"], 3, "not a date"),
        (&["meeting", "cancel", &past], 2, "--yes"),
    ];
    for (args, code, expected) in cases {
        let stderr = reg.fails(args, *code);
        assert!(stderr.contains(expected), "{args:?}: expected {expected:?} in {stderr}");
    }
    reg.ok(&["meeting", "attend", &past, "Dr Cara Lund"]);
    reg.fails(&["meeting", "move", &past, "--date", "2027-03-01"], 5);
    reg.ok(&["meeting", "cancel", &future, "--yes"]);
    reg.fails(&["meeting", "cancel", &future, "--yes"], 5);
    reg.fails(&["meeting", "attend", &future, "Dr Cara Lund", "--apologies"], 5);
}

#[test]
fn calendar_times_are_real_across_the_clock_changes() {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham"]);
    // 00:30 for three hours on the nights the clocks change: still three hours of
    // elapsed time, which a local DTEND would have made two (March) or four (October).
    for date in ["2027-03-28", "2027-10-31"] {
        let args = ["meeting", "add", "--kind", "board", "--date", date, "--start", "00:30", "--duration", "3h"];
        reg.ok(&args);
    }
    let ics = reg.ok(&["meeting", "ics"]);
    let unfolded = icalendar::parser::unfold(&ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).unwrap();
    let events: Vec<_> = calendar.components.iter().filter(|c| c.name == "VEVENT").collect();
    let durations: Vec<String> = events.iter().map(|e| e.find_prop("DURATION").unwrap().val.to_string()).collect();
    assert_eq!(durations, vec!["PT180M", "PT180M"]);
    // 01:30 on 28 March 2027 never happens in Europe/London; 01:30 in October happens
    // twice, and is kept.
    let stderr = reg.fails(&["meeting", "add", "--kind", "board", "--date", "2027-03-28", "--start", "01:30"], 3);
    assert!(stderr.contains("01:30 does not exist on 2027-03-28"), "{stderr}");
    reg.fails(&["meeting", "move", "1", "--date", "2027-03-28", "--start", "01:15"], 3);
    reg.ok(&["meeting", "add", "--kind", "board", "--date", "2027-10-31", "--start", "01:30"]);
    // The last day a date may be (the README): an all-day event ends the next day.
    reg.ok(&["meeting", "add", "--kind", "board", "--date", "2199-12-31"]);
    assert!(reg.ok(&["meeting", "ics"]).contains("DTEND;VALUE=DATE:22000101"));
    reg.fails(&["meeting", "add", "--kind", "board", "--date", "9999-12-31"], 3);
}

#[test]
fn a_meeting_moved_off_a_bank_holiday_stays_in_its_month() {
    let reg = register();
    let args =
        ["meeting", "schedule", "--kind", "locality", "--locality", "EVE", "--year", "2027", "--rule", "last mon"];
    let r = reg.run(&args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let dates: Vec<String> = column(&reg.json(&["meeting", "list", "--locality", "EVE"]), "date")
        .iter()
        .map(|d| d.as_str().unwrap().to_string())
        .collect();
    // Spring bank holiday (31 May) and Summer (30 August): the next working days are
    // 1 June and 31 August; June would leave May without a meeting.
    assert!(dates.contains(&"2027-05-28".to_string()) && dates.contains(&"2027-08-31".to_string()), "{dates:?}");
    let months: std::collections::BTreeSet<&str> = dates.iter().map(|d| &d[..7]).collect();
    assert_eq!(months.len(), 12, "{dates:?}");
    assert!(r.stderr.contains("2027-05-31 → 2027-05-28: Spring bank holiday\n"), "{}", r.stderr);
    assert!(r.stderr.contains("2027-08-30 → 2027-08-31: Summer bank holiday\n"), "{}", r.stderr);
}

#[test]
fn a_scheduled_meeting_with_nothing_recorded_is_unrecorded_not_held() {
    let reg = register();
    reg.ok(&["session", "rate", "set", "gp", "380", "--from", "2026-04-01"]);
    // Today is 2027-01-15: October to January are past, three of them signed in.
    reg.ok(&["meeting", "schedule", "--kind", "locality", "--locality", "EVE", "--year", "2026", "--rule", "2nd tue"]);
    reg.ok(&["meeting", "schedule", "--kind", "locality", "--locality", "EVE", "--year", "2027", "--rule", "2nd tue"]);
    let list = reg.json(&["meeting", "list", "--from", "2026-10-01", "--to", "2027-02-28"]);
    let ids: Vec<String> = column(&list, "id").iter().map(|v| v.to_string()).collect();
    // 2026-10-13, 11-10, 12-08, 2027-01-12, 02-09
    for m in &ids[..3] {
        reg.ok(&["meeting", "attend", m, "asha@nhs.net"]);
    }
    let list = reg.json(&["meeting", "list", "--from", "2026-10-01", "--to", "2027-02-28"]);
    assert_eq!(column(&list, "status"), vec!["held", "held", "held", "unrecorded", "scheduled"]);
    // The engagement report counts the three held meetings only, and says which it left
    // out; M81004 came to all three, the others to none.
    let r = reg.run(&["report", "engagement", "--from", "2026-10-01", "--format", "json"]);
    assert!(
        r.stderr.contains(&format!("warning: 1 meeting up to today has no attendance recorded (ids {})", ids[3])),
        "{}",
        r.stderr
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(column(&rows, "meetings_held"), vec![3, 3, 3, 0]);
    assert_eq!(column(&rows, "represented"), vec![3, 0, 0, 0]);
    // Before any sign-in, a fresh schedule flags nobody at risk.
    let fresh = register();
    fresh.ok(&[
        "meeting",
        "schedule",
        "--kind",
        "locality",
        "--locality",
        "EVE",
        "--year",
        "2026",
        "--rule",
        "2nd tue",
    ]);
    let rows = fresh.json(&["report", "engagement"]);
    assert!(column(&rows, "at_risk").iter().all(|r| r == false), "{rows}");
    // A meeting added since, dated before the unrecorded one: the warning names the
    // meetings by id, in order, for all localities and for one.
    reg.ok(&["meeting", "add", "--kind", "locality", "--locality", "EVE", "--date", "2026-11-20"]);
    let later = reg.json(&["meeting", "list", "--from", "2026-11-20", "--to", "2026-11-20"]);
    let later = column(&later, "id")[0].to_string();
    for locality in [&[][..], &["--locality", "EVE"][..]] {
        let r = reg.run(&[&["report", "engagement", "--from", "2026-10-01"], locality].concat());
        let said = format!("warning: 2 meetings up to today have no attendance recorded (ids {}, {later})", ids[3]);
        assert!(r.stderr.contains(&said), "{}", r.stderr);
    }
    // `meeting held` says a meeting took place with nobody signed in: it counts.
    reg.ok(&["meeting", "held", &ids[3]]);
    let rows = reg.json(&["report", "engagement", "--from", "2026-10-01"]);
    assert_eq!(column(&rows, "meetings_held"), vec![4, 4, 4, 0]);
    reg.fails(&["meeting", "held", &ids[4]], 3);
}

#[test]
fn minutes_read_as_written_in_any_markdown_reader() {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let reg = common::example_register();
    reg.ok(&["meeting", "add", "--kind", "board", "--date", "2027-01-14", "--start", "12:30", "--duration", "2h30m"]);
    let id = column(&reg.json(&["meeting", "list", "--kind", "board"]), "id")[0].to_string();
    reg.ok(&["meeting", "attend", &id, "asha@nhs.net", "tom@nhs.net"]);
    reg.ok(&["meeting", "attend", &id, "fay@nhs.net", "--for-practice", "M81004"]);
    reg.ok(&["meeting", "item", "add", &id, "Budget"]);
    let said = [
        "1. The budget was agreed",
        "2) Then the audit",
        "+ one more thing",
        "- a dash first",
        "= not a heading",
        "Fees &lt; last year & more",
        "Costs <b>rose</b>",
    ];
    for text in said {
        reg.ok(&["meeting", "minute", &id, "--item", "1", text]);
    }
    let minutes = reg.ok(&["meeting", "minutes", &id]);
    assert!(minutes.contains("- **Date:** 2027-01-14, 12:30-15:00\n"), "{minutes}");
    // Attendees by name, with the name of the practice each sat for.
    assert!(minutes.contains("- Dr Asha Patel (Riverside Surgery)\n"), "{minutes}");
    assert!(minutes.contains("- Dr Fay Quill (for Riverside Surgery, substitute)\n"), "{minutes}");
    // A CommonMark reader finds each minute as one list item holding exactly its text:
    // no nested list, no heading, no entity, no HTML.
    let mut items: Vec<String> = Vec::new();
    let (mut depth, mut text, mut html) = (0, String::new(), false);
    for event in Parser::new(&minutes) {
        match event {
            Event::Start(Tag::Item) => {
                depth += 1;
                text.clear();
            }
            Event::End(TagEnd::Item) => {
                depth -= 1;
                items.push(std::mem::take(&mut text));
            }
            Event::Start(Tag::List(_)) => assert!(depth <= 0, "a list inside a list item:\n{minutes}"),
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::Html(_) | Event::InlineHtml(_) => html = true,
            _ => {}
        }
    }
    assert!(!html, "{minutes}");
    for text in said {
        assert!(items.iter().any(|i| i == text), "{text:?} does not read as itself: {items:?}\n{minutes}");
    }
}
