//! A worked year: six of South Worcestershire's practices (from the NHS files in
//! `fixtures/nhs/`) in two localities, twelve monthly payment runs of 2026-27, and the
//! real world moving under them: a practice moves locality (July), a salaried GP becomes
//! a partner at another practice (September), a locum leaves (November), a practice
//! closes and merges (January) and an overclaim is corrected (February). Before and
//! after each event, every report of every earlier month is read: it must not change by
//! a byte. Each month's payment run is checked against figures worked out by hand below,
//! and the reports of every month, as they stand at the end of the year, are kept as
//! snapshots (`tests/snapshots/worked_year__*.snap`).
//!
//! The group (rate £380 a session throughout):
//! - Evesham (Tuesdays): M81004 Riverside (Dr Ada Hale, nominated GP; Dr Ben Ives,
//!   salaried, paid himself), M81007 Bredon Hill (Dr Cal Judd, nominated GP and board
//!   member at 4 sessions a month), M81074 Pershore (Dr Dee Kerr, nominated GP).
//! - Teme (Wednesdays): M81042 Tenbury (Dr Eli Lowe, nominated GP and locality lead),
//!   M81045 Knightwick (Dr Fen Moss, nominated GP; Hal Orr, manager), M81075 Malvern
//!   Health Centre (Dr Ivy Pike), for which Dr Gus Nye, a locum and the engagement lead
//!   at 2 sessions a month, sits until he leaves on 15 November.
//! - A scheme at £1.00 a head, quarterly, for M81004 (14,966 patients: £3,741.50 a
//!   quarter) and M81045 (4,749: £1,187.25).

mod common;

use common::Reg;

/// The months of the year, and the day after each when its run is made (`today`).
const MONTHS: [(&str, &str); 12] = [
    ("2026-04", "2026-05-02"),
    ("2026-05", "2026-06-02"),
    ("2026-06", "2026-07-02"),
    ("2026-07", "2026-08-02"),
    ("2026-08", "2026-09-02"),
    ("2026-09", "2026-10-02"),
    ("2026-10", "2026-11-02"),
    ("2026-11", "2026-12-02"),
    ("2026-12", "2027-01-02"),
    ("2027-01", "2027-02-02"),
    ("2027-02", "2027-03-02"),
    ("2027-03", "2027-04-02"),
];

/// Runs `engage` on `today`, insisting on exit 0; returns stdout.
fn on(reg: &Reg, today: &str, args: &[&str]) -> String {
    let r = common::finish(reg.cmd(args).env("ENGAGE_TODAY", today).output().unwrap());
    assert_eq!(r.code, 0, "engage {args:?} on {today}: {}", r.stderr);
    r.stdout
}

fn setup() -> Reg {
    let reg = Reg::new_at("2026-04-01");
    reg.ok(&["practice", "import", &common::fixture_str("nhs/epraccur-05T.csv"), "--commissioner", "05T"]);
    reg.ok(&["practice", "import", &common::fixture_str("nhs/gp-reg-pat-prac-all-2021-01.csv")]);
    reg.ok(&["locality", "add", "Evesham", "--code", "EVE"]);
    reg.ok(&["locality", "add", "Teme", "--code", "TEM"]);
    for (code, locality) in [
        ("M81004", "EVE"),
        ("M81007", "EVE"),
        ("M81074", "EVE"),
        ("M81042", "TEM"),
        ("M81045", "TEM"),
        ("M81075", "TEM"),
    ] {
        reg.ok(&["practice", "edit", code, "--locality", locality]);
    }
    let people = "name,role,practice,email,phone,gmc,pay_to\n\
        Dr Ada Hale,gp-partner,M81004,ada@nhs.net,,7100001,\n\
        Dr Ben Ives,gp-salaried,M81004,ben@nhs.net,,7100002,self\n\
        Dr Cal Judd,gp-partner,M81007,cal@nhs.net,,7100003,\n\
        Dr Dee Kerr,gp-partner,M81074,dee@nhs.net,,7100004,\n\
        Dr Eli Lowe,gp-partner,M81042,eli@nhs.net,,7100005,\n\
        Dr Fen Moss,gp-partner,M81045,fen@nhs.net,,7100006,\n\
        Dr Gus Nye,gp-locum,,gus@nhs.net,,7100007,\n\
        Hal Orr,practice-manager,M81045,hal@nhs.net,,,\n\
        Dr Ivy Pike,gp-partner,M81075,ivy@nhs.net,,7100009,\n";
    assert_eq!(reg.run_stdin(&["person", "import", "-"], people.as_bytes()).code, 0);
    reg.ok(&["session", "rate", "set", "gp", "380", "--from", "2026-04-01"]);
    for (who, practice) in
        [("ada", "M81004"), ("cal", "M81007"), ("dee", "M81074"), ("eli", "M81042"), ("fen", "M81045")]
    {
        reg.ok(&["person", "appoint", &format!("{who}@nhs.net"), "nominated-gp", "--practice", practice]);
    }
    reg.ok(&["person", "appoint", "eli@nhs.net", "locality-lead", "--locality", "TEM"]);
    reg.ok(&["person", "appoint", "cal@nhs.net", "board-member", "--sessions-per-month", "4"]);
    reg.ok(&["person", "appoint", "gus@nhs.net", "engagement-lead", "--sessions-per-month", "2"]);
    reg.ok(&["person", "declare", "ben@nhs.net", "Director, Vale Pharmacy Ltd", "--from", "2025-06-01"]);
    for (locality, rule) in [("EVE", "2nd tue"), ("TEM", "2nd wed")] {
        reg.ok(&[
            "meeting",
            "schedule",
            "--kind",
            "locality",
            "--locality",
            locality,
            "--fy",
            "2026-27",
            "--rule",
            rule,
        ]);
    }
    reg.ok(&[
        "scheme",
        "add",
        "Practice engagement",
        "--per-patient",
        "1",
        "--from",
        "2026-04-01",
        "--until",
        "2027-03-31",
        "--instalments",
        "quarterly",
    ]);
    reg.ok(&["scheme", "enrol", "Practice engagement", "M81004", "M81045"]);
    reg
}

/// The id of a locality's meeting in a month.
fn meeting(reg: &Reg, locality: &str, month: &str) -> String {
    let list = reg.json(&["meeting", "list", "--locality", locality]);
    let found = list.as_array().unwrap().iter().find(|m| m["date"].as_str().unwrap().starts_with(month)).unwrap();
    found["id"].to_string()
}

/// Who came to the month's meetings, by email and the practice sat for.
fn sign_ins(month: &str) -> [Vec<(&'static str, &'static str)>; 2] {
    let later = |m: &str| month >= m;
    let mut evesham = vec![("ada", "M81004"), ("cal", "M81007")];
    let mut teme = vec![("eli", "M81042")];
    // Pershore moves to Teme in July; its GP goes to Teme's meetings.
    if later("2026-07") {
        teme.push(("dee", "M81074"))
    } else {
        evesham.push(("dee", "M81074"))
    }
    // Ben comes for his new practice from September (not its nominated GP: unpaid).
    if later("2026-09") {
        evesham.push(("ben", "M81007"));
    }
    // Knightwick's GP sits for Tenbury (unpaid) once Knightwick has merged into it.
    if later("2027-02") {
        teme.push(("fen", "M81042"))
    } else {
        teme.push(("fen", "M81045"))
    }
    // Gus sits for Malvern until he leaves in November; Ivy from December.
    if later("2026-12") {
        teme.push(("ivy", "M81075"))
    } else {
        teme.push(("gus", "M81075"))
    }
    teme.push(("hal", if later("2027-02") { "M81042" } else { "M81045" }));
    [evesham, teme]
}

/// Every report of a month, as an officer would publish it.
fn reports(reg: &Reg, month: &str, today: &str) -> String {
    let mut out = String::new();
    for args in [
        vec!["report", "engagement"],
        vec!["report", "localities"],
        vec!["report", "sessions", "--by", "locality"],
        vec!["report", "sessions", "--by", "person"],
        vec!["report", "sessional-gps"],
        vec!["report", "schemes"],
        vec!["report", "reach"],
        vec!["report", "interests"],
        vec!["session", "export"],
    ] {
        let mut all = args.clone();
        all.extend(["--month", month, "--format", "csv"]);
        out.push_str(&format!("$ engage {}\n{}\n", all.join(" "), on(reg, today, &all)));
    }
    out
}

/// Every report of every month before `month`.
fn earlier(reg: &Reg, month: &str, today: &str) -> Vec<String> {
    MONTHS.iter().filter(|(m, _)| *m < month).map(|(m, _)| reports(reg, m, today)).collect()
}

/// Applies an event and checks that no earlier month's report changed.
fn event(reg: &Reg, month: &str, today: &str, what: &[&[&str]]) {
    let before = earlier(reg, month, today);
    for args in what {
        on(reg, today, args);
    }
    let after = earlier(reg, month, today);
    for (i, (b, a)) in before.iter().zip(&after).enumerate() {
        assert_eq!(a, b, "{:?} changed {}'s reports", what, MONTHS[i].0);
    }
}

/// Pence from a CSV amount.
fn pence(text: &str) -> i64 {
    let (pounds, p) = text.trim_start_matches('-').split_once('.').unwrap();
    let value = pounds.parse::<i64>().unwrap() * 100 + p.parse::<i64>().unwrap();
    if text.starts_with('-') { -value } else { value }
}

/// A claim, approved.
fn claim(reg: &Reg, today: &str, date: &str, sessions: &str, note: &str) {
    on(
        reg,
        today,
        &[
            "session",
            "claim",
            "ben@nhs.net",
            "--date",
            date,
            "--sessions",
            sessions,
            "--fund",
            "contingency",
            "--note",
            note,
        ],
    );
    let claimed = on(reg, today, &["session", "list", "--status", "claimed", "--format", "csv"]);
    let id = claimed.lines().nth(1).unwrap().split(',').next().unwrap().to_string();
    on(reg, today, &["session", "approve", &id]);
}

#[test]
fn a_year_of_real_events_keeps_every_earlier_figure() {
    let reg = setup();
    // Worked by hand. A locality meeting pays one session (£380.00) to one GP of each
    // practice (the nominated GP if present); the board member earns 4 sessions
    // (£1,520.00) and the engagement lead 2 (£760.00) a month.
    // - April, May, July, August: six meeting lines, the board member, the engagement
    //   lead: 6 × 380 + 1,520 + 760 = £4,560.00.
    // - June: that, Ben's claim of one session (£380.00), and the first quarter's
    //   instalments (3,741.50 + 1,187.25): £9,868.75.
    // - September: £4,560.00 and the second quarter: £9,488.75 (Ben, now a partner of
    //   M81007 whose nominated GP also came, is not paid).
    // - October: £4,560.00 and Ben's claim: £4,940.00.
    // - November: Gus leaves on the 15th: his lead role pays 2 × 15/30 = 1.00 session:
    //   6 × 380 + 1,520 + 380 = £4,180.00.
    // - December: Ivy sits for Malvern; no engagement lead: 6 × 380 + 1,520 = £3,800.00,
    //   and the third quarter: £8,728.75.
    // - January: £3,800.00.
    // - February: Knightwick merged into Tenbury, whose nominated GP is paid: five
    //   meeting lines, 5 × 380 + 1,520 = £3,420.00, less Ben's correction of half a
    //   session (£190.00): £3,230.00.
    // - March: £3,420.00 and Riverside's last quarter (Knightwick withdrew when it
    //   closed on 31 January): £7,161.50.
    let expected: [i64; 12] =
        [456000, 456000, 986875, 456000, 456000, 948875, 494000, 418000, 872875, 380000, 323000, 716150];
    for (i, (month, today)) in MONTHS.iter().enumerate() {
        match *month {
            "2026-06" => claim(&reg, today, "2026-06-15", "1", "Audit"),
            "2026-07" => event(
                &reg,
                month,
                today,
                &[&["practice", "edit", "M81074", "--locality", "TEM", "--from", "2026-07-01"]],
            ),
            "2026-09" => event(
                &reg,
                month,
                today,
                &[&[
                    "person",
                    "edit",
                    "ben@nhs.net",
                    "--role",
                    "gp-partner",
                    "--practice",
                    "M81007",
                    "--from",
                    "2026-09-01",
                ]],
            ),
            "2026-10" => claim(&reg, today, "2026-10-20", "1", "Audit"),
            "2026-11" => {
                event(&reg, month, today, &[&["person", "leave", "gus@nhs.net", "--date", "2026-11-15", "--yes"]])
            }
            "2027-02" => {
                let before = earlier(&reg, month, today);
                claim(&reg, today, "2027-02-10", "-0.5", "Overclaimed in October");
                assert_eq!(earlier(&reg, month, today), before, "the correction changed an earlier month");
            }
            _ => {}
        }
        let [evesham, teme] = sign_ins(month);
        for (locality, people) in [("EVE", evesham), ("TEM", teme)] {
            let id = meeting(&reg, locality, month);
            let mut sheet = String::from("person,for_practice,status\n");
            for (who, practice) in people {
                sheet.push_str(&format!("{who}@nhs.net,{practice},attended\n"));
            }
            let r = common::finish({
                let mut cmd = reg.cmd(&["meeting", "attend", &id, "--file", "-"]);
                cmd.env("ENGAGE_TODAY", today).stdin(std::process::Stdio::piped());
                let mut child =
                    cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap();
                use std::io::Write;
                child.stdin.take().unwrap().write_all(sheet.as_bytes()).unwrap();
                child.wait_with_output().unwrap()
            });
            assert_eq!(r.code, 0, "{month} {locality}: {}", r.stderr);
        }
        // Knightwick closes on the last day of January and merges into Tenbury.
        if *month == "2027-01" {
            event(
                &reg,
                month,
                today,
                &[&["practice", "close", "M81045", "--date", "2027-01-31", "--merged-into", "M81042", "--yes"]],
            );
        }
        let csv = on(&reg, today, &["session", "export", "--month", month, "--finalise", "--yes"]);
        let total: i64 = csv.lines().skip(1).map(|l| pence(l.rsplit(',').next().unwrap())).sum();
        assert_eq!(total, expected[i], "{month}:\n{csv}");
        // A run, once made, is reproduced byte for byte.
        assert_eq!(on(&reg, today, &["session", "export", "--month", month]), csv);
    }

    // Lines as finance sees them, where the events fall.
    let run = |month: &str| on(&reg, "2027-04-02", &["session", "export", "--month", month]);
    let june = run("2026-06");
    assert!(june.contains("2026-06,person,2,Dr Ben Ives,M81004,2,Dr Ben Ives,7100002,gp-salaried,fund,Audit,2026-06-15,1.00,380.00,380.00\r\n"), "{june}");
    let october = run("2026-10");
    assert!(october.contains("2026-10,person,2,Dr Ben Ives,M81007,2,Dr Ben Ives,7100002,gp-partner,fund,Audit,2026-10-20,1.00,380.00,380.00\r\n"), "{october}");
    let november = run("2026-11");
    assert!(november.contains("2026-11,person,7,Dr Gus Nye,,7,Dr Gus Nye,7100007,gp-locum,appointment,engagement-lead,2026-11-15,1.00,380.00,380.00\r\n"), "{november}");
    let march = run("2027-03");
    assert!(
        march.contains(
            "2027-03,practice,M81004,RIVERSIDE SURGERY,M81004,,,,,scheme,Practice engagement,2027-03-31,,,3741.50\r\n"
        ),
        "{march}"
    );
    assert!(!march.contains("M81045"), "{march}");
    // Pershore's money is Evesham's until June and Teme's from July.
    let by_locality = |month: &str| {
        on(&reg, "2027-04-02", &["report", "sessions", "--by", "locality", "--month", month, "--format", "csv"])
    };
    // June: Evesham's meeting lines (3 × 380), the board member (1,520), Ben's claim
    // (380) and Riverside's instalment (3,741.50); Teme's meeting lines (3 × 380, Gus's
    // counted for Malvern, which he sat for) and Knightwick's instalment (1,187.25); the
    // engagement lead belongs to no practice (760).
    assert_eq!(
        by_locality("2026-06"),
        "locality,sessions,amount_gbp\r\nEvesham,8.00,6781.50\r\nTeme,3.00,2327.25\r\nnone,2.00,760.00\r\n"
    );
    // July: Pershore's meeting line is Teme's now.
    assert_eq!(
        by_locality("2026-07"),
        "locality,sessions,amount_gbp\r\nEvesham,6.00,2280.00\r\nTeme,4.00,1520.00\r\nnone,2.00,760.00\r\n"
    );
    let year =
        on(&reg, "2027-04-02", &["report", "sessions", "--by", "locality", "--fy", "2026-27", "--format", "csv"]);
    let whole = on(&reg, "2027-04-02", &["report", "sessions", "--by", "month", "--fy", "2026-27", "--format", "csv"]);
    let sum = |csv: &str| csv.lines().skip(1).map(|l| pence(l.rsplit(',').next().unwrap())).sum::<i64>();
    assert_eq!(sum(&year), expected.iter().sum::<i64>());
    assert_eq!(sum(&whole), expected.iter().sum::<i64>());

    // The year's reports as they stand at its end, kept for review.
    for (month, _) in MONTHS {
        insta::assert_snapshot!(format!("worked-year-{month}"), reports(&reg, month, "2027-04-02"));
    }
    // After a year of events, every line is what its facts give.
    common::assert_lines_are_what_the_facts_give(&reg.db);
}
