//! Real events keep every figure true: the first run, corrections with a floor, rates
//! blocked only by their own paid lines, sign-in sheets, declarations, leaving dates,
//! options that do not apply, and scheme instalments to the scheme's last day. Worked
//! by hand on the example register (see `common`; today is 15 January 2027).

mod common;

use common::{Reg, column};
use serde_json::json;

fn scheme(reg: &Reg, name: &str, every: &str, from: &str, until: &str) {
    reg.ok(&["scheme", "add", name, "--per-patient", "1", "--from", from, "--until", until, "--instalments", every]);
}

/// The amounts of a payment CSV's scheme lines, by practice code and work date.
fn scheme_lines(csv: &str) -> Vec<(String, String, String)> {
    csv.lines()
        .filter(|l| l.contains(",scheme,"))
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[2].to_string(), f[11].to_string(), f[14].to_string())
        })
        .collect()
}

#[test]
fn a_rate_is_blocked_only_by_paid_lines_of_its_own_category() {
    let reg = common::example_register();
    scheme(&reg, "Offer", "quarterly", "2026-04-01", "2027-03-31");
    reg.ok(&["scheme", "enrol", "Offer", "M81004", "--date", "2026-04-01"]);
    // Months before the first run are paid only when named.
    for month in ["2026-06", "2026-09"] {
        reg.ok(&["session", "accrue", "--month", month]);
    }
    reg.ok(&["session", "export", "--month", "2026-12", "--finalise", "--yes"]);
    let paid = reg.ok(&["session", "export", "--month", "2026-12"]);
    // £14,966 over four quarters: three paid by December.
    assert_eq!(
        scheme_lines(&paid),
        [
            ("M81004".into(), "2026-06-30".into(), "3741.50".into()),
            ("M81004".into(), "2026-09-30".into(), "3741.50".into()),
            ("M81004".into(), "2026-12-31".into(), "3741.50".into())
        ]
    );
    // Nurses have no paid lines: a nurse rate dated before the paid instalments is fine
    // (it failed with a database error on the instalments' empty rate).
    reg.ok(&["session", "rate", "set", "nurse", "150", "--from", "2026-09-30"]);
    reg.ok(&["session", "rate", "set", "other", "90", "--from", "2026-04-01"]);
    // A GP rate that would reprice December's paid board-member line is refused.
    let stderr = reg.fails(&["session", "rate", "set", "gp", "390", "--from", "2026-12-01"], 5);
    assert!(stderr.contains("was paid at 380.00"), "{stderr}");
    assert_eq!(reg.ok(&["session", "export", "--month", "2026-12"]), paid);
}

#[test]
fn a_correction_never_takes_a_person_below_nothing_for_a_fund() {
    let reg = common::example_register();
    // Eve is owed 0.5 of a session (£190.00) from the contingency fund; her other claim
    // was rejected and counts for nothing.
    let stderr = reg.fails(
        &["session", "claim", "eve@nhs.net", "--date", "2027-01-10", "--sessions", "-0.51", "--fund", "contingency"],
        3,
    );
    assert!(stderr.contains("would leave Dr Eve Marsh owed -3.80 for contingency"), "{stderr}");
    assert!(stderr.contains("is owed 190.00 for contingency"), "{stderr}");
    // A locum owed nothing cannot be taken to -£38,000.00.
    let stderr = reg.fails(
        &["session", "claim", "tom@nhs.net", "--date", "2027-01-10", "--sessions", "-100", "--fund", "contingency"],
        3,
    );
    assert!(stderr.contains("owed -38000.00"), "{stderr}");
    // Nor below what another fund owes them: funds are kept apart (she is owed £380.00
    // for Malvern's November meeting, and nothing as a board member).
    reg.fails(
        &["session", "claim", "eve@nhs.net", "--date", "2027-01-10", "--sessions", "-0.5", "--fund", "board-member"],
        3,
    );
    reg.fails(
        &["session", "claim", "eve@nhs.net", "--date", "2027-01-10", "--sessions", "-1.01", "--fund", "locality"],
        3,
    );
    // Within what is owed, it is a correction like any other claim.
    reg.ok(&["session", "claim", "eve@nhs.net", "--date", "2027-01-10", "--sessions", "-0.5", "--fund", "contingency"]);
    let lines = reg.json(&["session", "list", "--person", "eve@nhs.net", "--status", "claimed"]);
    assert_eq!(column(&lines, "amount_gbp"), vec![json!("-190.00")]);
    // Once it is claimed, nothing more can be taken back.
    reg.fails(
        &["session", "claim", "eve@nhs.net", "--date", "2027-01-11", "--sessions", "-0.01", "--fund", "contingency"],
        3,
    );
}

#[test]
fn the_first_run_must_pay_something_and_later_runs_may_be_quiet() {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham"]);
    reg.ok(&["practice", "add", "M81004", "Riverside Surgery", "--locality", "Evesham"]);
    reg.ok(&["person", "add", "Dr Asha Patel", "--role", "gp-partner", "--practice", "M81004"]);
    reg.ok(&["session", "rate", "set", "gp", "380", "--from", "2020-04-01"]);
    reg.ok(&["person", "appoint", "Asha Patel", "board-member", "--from", "2026-12-01", "--sessions-per-month", "4"]);
    // A mistyped month with nothing to pay would become the first run, and the next
    // real run would pay every month since as arrears.
    let stderr = reg.fails(&["session", "export", "--month", "2025-12", "--finalise", "--yes"], 3);
    assert!(stderr.contains("no run has been made yet; the first run decides how far back arrears go"), "{stderr}");
    // The preview of that month is still fine (empty).
    assert_eq!(reg.ok(&["session", "export", "--month", "2025-12"]).lines().count(), 1);
    let december = reg.ok(&["session", "export", "--month", "2026-12", "--finalise", "--yes"]);
    assert_eq!(december.lines().count(), 2, "{december}");
    assert!(december.contains(",appointment,board-member,2026-12-31,4.00,380.00,1520.00"), "{december}");
    // After the first run, a quiet month is a run like any other.
    reg.ok(&["person", "unappoint", "1", "--date", "2026-12-31"]);
    let january = common::finish(
        reg.cmd(&["session", "export", "--month", "2027-01", "--finalise", "--yes"])
            .env("ENGAGE_TODAY", "2027-02-02")
            .output()
            .unwrap(),
    );
    assert_eq!((january.code, january.stdout.lines().count()), (0, 1), "{}", january.stderr);
}

#[test]
fn a_sign_in_sheet_names_each_person_once() {
    let reg = common::example_register();
    let sheet = "person,for_practice,status\n\
        asha@nhs.net,,attended\n\
        pam@nhs.net,,attended\n\
        tom@nhs.net,M81026,attended\n\
        ASHA@nhs.net,M81007,virtual\n";
    let r = reg.run_stdin(&["meeting", "attend", "4", "--file", "-"], sheet.as_bytes());
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("Dr Asha Patel is on lines 2 and 5 (stdin:5, field person)"), "{}", r.stderr);
    let show = reg.json(&["meeting", "show", "4"]);
    assert_eq!(column(&show["attendees"], "name"), vec![json!("Dr Asha Patel"), json!("Dr Fay Quill")]);
}

#[test]
fn a_declaration_keeps_its_maker_at_the_meeting() {
    let reg = common::example_register();
    reg.ok(&["meeting", "declare", "1", "asha@nhs.net", "Partner in Riverside Pharmacy Ltd"]);
    let before = reg.json(&["meeting", "show", "1"]);
    let stderr = reg.fails(&["meeting", "attend", "1", "asha@nhs.net", "--apologies"], 5);
    assert!(stderr.contains("made 1 declaration(s) at meeting 1"), "{stderr}");
    reg.fails(&["meeting", "unattend", "1", "asha@nhs.net"], 5);
    // Attending virtually instead is still attending.
    reg.ok(&["meeting", "attend", "1", "asha@nhs.net", "--virtual"]);
    let after = reg.json(&["meeting", "show", "1"]);
    assert_eq!(after["quorate"], before["quorate"]);
    assert_eq!(column(&after["attendees"], "status")[0], json!("virtual"));
}

#[test]
fn a_leaving_date_has_come_and_can_be_corrected() {
    let reg = common::example_register();
    let stderr = reg.fails(&["person", "leave", "tom@nhs.net", "--date", "2027-01-31", "--yes"], 3);
    assert!(stderr.contains("2027-01-31 has not come yet"), "{stderr}");
    assert_eq!(reg.json(&["person", "show", "tom@nhs.net"])["active"], json!(true));
    // Uma left on 1 December; she sat at Malvern's meeting on 11 November.
    reg.fails(&["person", "leave", "uma@nhs.net", "--date", "2026-11-20", "--yes"], 5);
    reg.ok(&["person", "leave", "uma@nhs.net", "--date", "2026-11-20", "--correction", "--yes"]);
    assert_eq!(
        reg.json(&["person", "history", "uma@nhs.net"]),
        json!([{"from": null, "until": "2026-11-20", "practice_code": null, "role": "gp-locum", "pay_to": "self"}])
    );
    let stderr = reg.fails(&["person", "leave", "uma@nhs.net", "--date", "2026-11-01", "--correction", "--yes"], 3);
    assert!(stderr.contains("attendance at meeting 6 on 2026-11-11"), "{stderr}");
    // Only a recorded leaving date can be corrected.
    reg.fails(&["person", "leave", "tom@nhs.net", "--date", "2027-01-10", "--correction", "--yes"], 3);

    // Cara's board appointment (4 sessions a month) is paid to December; she leaves on
    // 10 January. Moving that back into December would change a paid line; moving it
    // forward carries the appointment with it.
    reg.ok(&["session", "export", "--month", "2026-12", "--finalise", "--yes"]);
    reg.ok(&["person", "leave", "cara@nhs.net", "--date", "2027-01-10", "--yes"]);
    let accrued = common::finish(
        reg.cmd(&["session", "accrue", "--month", "2027-01"]).env("ENGAGE_TODAY", "2027-02-01").output().unwrap(),
    );
    assert_eq!(accrued.code, 0, "{}", accrued.stderr);
    let board = |reg: &Reg| {
        let lines = reg.json(&["session", "list", "--month", "2027-01"]);
        let cara: Vec<_> = lines.as_array().unwrap().iter().filter(|l| l["person_name"] == "Dr Cara Lund").collect();
        assert_eq!(cara.len(), 1, "{lines}");
        (cara[0]["work_date"].clone(), cara[0]["sessions"].clone())
    };
    // Four sessions a month, for 10 of January's 31 days.
    assert_eq!(board(&reg), (json!("2027-01-10"), json!("1.29")));
    let stderr = reg.fails(&["person", "leave", "cara@nhs.net", "--date", "2026-12-20", "--correction", "--yes"], 5);
    assert!(stderr.contains("paid in the 2026-12 run"), "{stderr}");
    reg.ok(&["person", "leave", "cara@nhs.net", "--date", "2027-01-14", "--correction", "--yes"]);
    let roles = reg.json(&["person", "appointments", "cara@nhs.net"]);
    assert_eq!(column(&roles, "until"), vec![json!("2027-01-14"), json!("2027-01-14")]);
    // Her unpaid January line follows the corrected day: 14 days.
    assert_eq!(board(&reg), (json!("2027-01-14"), json!("1.81")));
}

#[test]
fn options_that_do_not_apply_are_refused() {
    let reg = common::example_register();
    let stderr = reg.fails(&["practice", "edit", "M81004", "--name", "Riverside", "--from", "2027-01-01"], 3);
    assert!(stderr.contains("--from applies to --locality only"), "{stderr}");
    reg.fails(&["practice", "edit", "M81004", "--phone", "01386 444400", "--correction"], 3);
    let stderr = reg.fails(&["practice", "edit", "M81004", "--locality", "EVE", "--from", "2027-01-01"], 3);
    assert!(stderr.contains("practice M81004 is already in Evesham since the beginning"), "{stderr}");
    reg.ok(&["practice", "edit", "M81007", "--locality", "MAL", "--from", "2027-01-01"]);
    let stderr = reg.fails(&["practice", "edit", "M81007", "--locality", "Malvern", "--from", "2027-01-10"], 3);
    assert!(stderr.contains("already in Malvern since 2027-01-01"), "{stderr}");
    let stderr = reg.fails(&["person", "edit", "asha@nhs.net", "--email", "a@nhs.net", "--from", "2027-01-01"], 3);
    assert!(stderr.contains("--from applies to --practice, --role and --pay-to only"), "{stderr}");
    let stderr = reg.fails(&["person", "edit", "asha@nhs.net", "--practice", "M81004", "--from", "2027-01-01"], 3);
    assert!(stderr.contains("Dr Asha Patel is already gp-partner at M81004, paid to practice"), "{stderr}");
    // A name, as always, is a correction.
    reg.ok(&["practice", "edit", "M81004", "--name", "Riverside Medical Practice"]);
}

#[test]
fn scheme_instalments_fall_due_by_the_schemes_last_day() {
    let reg = common::example_register();
    // A quarterly scheme ending on 30 November: its last instalment falls due that day,
    // so M81004, withdrawing on the last day, earns the whole £14,966.00.
    scheme(&reg, "Autumn", "quarterly", "2026-04-01", "2026-11-30");
    // A monthly one ending mid-December, joined by M81007 in October.
    scheme(&reg, "Winter", "monthly", "2026-10-01", "2026-12-15");
    reg.ok(&["scheme", "enrol", "Autumn", "M81004", "--date", "2026-04-01"]);
    reg.ok(&["scheme", "enrol", "Winter", "M81007", "--date", "2026-10-01"]);
    reg.ok(&["scheme", "withdraw", "Autumn", "M81004", "--date", "2026-11-30", "--yes"]);
    for month in ["2026-06", "2026-09", "2026-10", "2026-11"] {
        reg.ok(&["session", "accrue", "--month", month]);
    }
    let csv = reg.ok(&["session", "export", "--month", "2026-12"]);
    assert_eq!(
        scheme_lines(&csv),
        [
            // By payee: Bredon Hill Surgery, then Riverside Surgery.
            ("M81007".into(), "2026-10-31".into(), "1861.66".into()),
            ("M81007".into(), "2026-11-30".into(), "1861.66".into()),
            ("M81007".into(), "2026-12-15".into(), "1861.68".into()),
            ("M81004".into(), "2026-06-30".into(), "4988.66".into()),
            ("M81004".into(), "2026-09-30".into(), "4988.66".into()),
            ("M81004".into(), "2026-11-30".into(), "4988.68".into()),
        ]
    );
    let autumn = reg.json(&["scheme", "show", "Autumn"]);
    assert_eq!(autumn["practices"][0]["total_gbp"], json!("14966.00"));
}

/// The example register with M81007's partner Cara as its nominated GP, and M81007
/// enrolled in a quarterly scheme at £1.00 a head (5,585 patients, £1,396.25 a quarter).
fn with_bredon_hill_in_a_scheme() -> Reg {
    let reg = common::example_register();
    reg.ok(&["person", "appoint", "cara@nhs.net", "nominated-gp", "--from", "2026-04-01"]);
    scheme(&reg, "Offer", "quarterly", "2026-04-01", "2027-03-31");
    reg.ok(&["scheme", "enrol", "Offer", "M81007", "--date", "2026-04-01"]);
    reg
}

#[test]
fn a_merger_moves_its_people_and_ends_what_it_held_on_the_day() {
    let reg = with_bredon_hill_in_a_scheme();
    let december = |reg: &Reg| -> Vec<String> {
        ["engagement", "localities", "sessions", "schemes", "reach", "interests", "sessional-gps"]
            .iter()
            .map(|r| reg.ok(&["report", r, "--month", "2026-12", "--format", "csv"]))
            .collect()
    };
    let before = december(&reg);
    let r = reg.run(&["practice", "close", "M81007", "--date", "2026-12-31", "--merged-into", "m81004", "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr.trim(),
        "M81007 merged into M81004 2026-12-31: withdrawn from 1 scheme, 1 appointment ended, 2 people moved to M81004"
    );
    // Everything dated up to the day stays as it was.
    assert_eq!(december(&reg), before);
    let show = reg.json(&["practice", "show", "M81007"]);
    assert_eq!((&show["status"], &show["close_date"]), (&json!("closed"), &json!("2026-12-31")));
    assert_eq!(
        reg.json(&["person", "history", "cara@nhs.net"]),
        json!([
            {"from": null, "until": "2026-12-31", "practice_code": "M81007", "role": "gp-partner", "pay_to": "practice"},
            {"from": "2027-01-01", "until": null, "practice_code": "M81004", "role": "gp-partner", "pay_to": "practice"}
        ])
    );
    // Her nominated-GP role ended with the practice; her locality and board roles go on.
    let roles = reg.json(&["person", "appointments", "cara@nhs.net"]);
    assert_eq!(column(&roles, "role"), vec![json!("locality-lead"), json!("board-member"), json!("nominated-gp")]);
    assert_eq!(column(&roles, "until"), vec![json!(null), json!(null), json!("2026-12-31")]);
    // Three quarters earned, the fourth not: withdrawn on the day it closed.
    let offer = reg.json(&["scheme", "show", "Offer"]);
    assert_eq!(offer["practices"][0]["withdrawn"], json!("2026-12-31"));
    assert_eq!(offer["practices"][0]["total_gbp"], json!("4188.75"));
    // Today's lists leave it out; this year's reports keep it, for the months it was open.
    assert!(!column(&reg.json(&["practice", "list"]), "code").contains(&json!("M81007")));
    let year = reg.json(&["report", "engagement"]);
    let m81007 = year.as_array().unwrap().iter().find(|r| r["practice_code"] == "M81007").unwrap();
    assert_eq!((&m81007["meetings_held"], &m81007["represented"]), (&json!(3), &json!(1)));
    // January's meeting expects the practices open that day.
    assert_eq!(reg.json(&["meeting", "show", "4"])["unrepresented"], json!([]));
    // Cara now sits for M81004: January's board line goes to Riverside Surgery.
    let csv = reg.ok(&["session", "export", "--month", "2027-01"]);
    assert!(csv.contains("practice,M81004,Riverside Surgery,M81004,4,Dr Cara Lund"), "{csv}");
}

#[test]
fn a_closure_without_a_successor_leaves_its_people_paid_themselves() {
    let reg = common::example_register();
    reg.ok(&["person", "appoint", "fay@nhs.net", "nominated-gp", "--from", "2026-04-01", "--sessions-per-month", "1"]);
    let r = reg.run(&["practice", "close", "M81026", "--date", "2027-01-12", "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr.trim(),
        "M81026 closed 2027-01-12: 1 appointment ended, 1 person left with no practice (1 paid themselves from the next day)"
    );
    assert_eq!(
        reg.json(&["person", "history", "fay@nhs.net"]),
        json!([
            {"from": null, "until": "2027-01-12", "practice_code": "M81026", "role": "gp-partner", "pay_to": "practice"},
            {"from": "2027-01-13", "until": null, "practice_code": null, "role": "gp-partner", "pay_to": "self"}
        ])
    );
    // Her monthly session stops on the day: 12 of 31 days of January.
    let csv = common::finish(
        reg.cmd(&["session", "export", "--month", "2027-01"]).env("ENGAGE_TODAY", "2027-02-02").output().unwrap(),
    );
    assert!(
        csv.stdout.contains("practice,M81026,Abbey Surgery,M81026,6,Dr Fay Quill,7076543,gp-partner,appointment,nominated-gp,2027-01-12,0.39,380.00,148.20"),
        "{}",
        csv.stdout
    );
}

#[test]
fn a_closure_is_refused_where_the_register_holds_what_came_after() {
    let reg = common::example_register();
    // Asha sat for M81004 at January's meeting (2027-01-12).
    let stderr = reg.fails(&["practice", "close", "M81004", "--date", "2027-01-01", "--yes"], 5);
    assert!(
        stderr.contains(
            "practice M81004 has attendance for it at meeting 4 on 2027-01-12, after closing on 2027-01-01 (--date)"
        ),
        "{stderr}"
    );
    // Eve's approved claim of 1 December.
    let stderr = reg.fails(&["practice", "close", "M81015", "--date", "2026-11-30", "--yes"], 5);
    assert!(stderr.contains("a claim by Dr Eve Marsh (session line 13) on 2026-12-01"), "{stderr}");
    // Apologies are not attendance: M81007's manager's apologies of November do not
    // refuse it. A date that has not come, or before it opened, is exit 3.
    reg.fails(&["practice", "close", "M81007", "--date", "2027-01-20", "--yes"], 3);
    reg.ok(&["practice", "add", "M81099", "New Road", "--locality", "EVE", "--opened", "2026-06-01"]);
    let stderr = reg.fails(&["practice", "close", "M81099", "--date", "2026-05-31", "--yes"], 3);
    assert!(stderr.contains("before practice M81099 opened on 2026-06-01"), "{stderr}");
    reg.fails(&["practice", "close", "M81007", "--date", "2026-11-30", "--merged-into", "M81007", "--yes"], 3);
    reg.ok(&["practice", "close", "M81099", "--date", "2026-12-31", "--yes"]);
    reg.fails(&["practice", "close", "M81007", "--date", "2026-11-30", "--merged-into", "M81099", "--yes"], 3);
    // A paid line of December refuses a close in November.
    reg.ok(&["session", "export", "--month", "2026-12", "--finalise", "--yes"]);
    let stderr = reg.fails(&["practice", "close", "M81007", "--date", "2026-11-30", "--yes"], 5);
    assert!(stderr.contains("paid in the 2026-12 run"), "{stderr}");
    reg.ok(&["practice", "close", "M81007", "--date", "2026-12-31", "--yes"]);
    reg.fails(&["practice", "close", "M81007", "--date", "2026-12-31", "--yes"], 5);
}

/// The NHS file with M81007 marked closed on `date`.
fn epraccur_closing(reg: &Reg, date: &str) -> String {
    let text = std::fs::read_to_string(common::fixture("nhs/epraccur-05T.csv")).unwrap();
    let edited: String = text
        .split_inclusive("\r\n")
        .map(|l| {
            if l.starts_with("\"M81007\"") {
                l.replace("\"19740401\",\"\",\"A\"", &format!("\"19740401\",\"{date}\",\"C\""))
            } else {
                l.to_string()
            }
        })
        .collect();
    let file = reg.dir.path().join(format!("epraccur-{date}.csv"));
    std::fs::write(&file, edited).unwrap();
    file.to_str().unwrap().to_string()
}

#[test]
fn a_closure_from_the_nhs_file_follows_the_same_rules() {
    let reg = with_bredon_hill_in_a_scheme();
    // Dan sent apologies on 10 November; Cara sat for M81007 on 13 October.
    let early = epraccur_closing(&reg, "20261001");
    let stderr = reg.fails(&["practice", "import", &early, "--commissioner", "05T"], 5);
    assert!(stderr.contains("attendance for it at meeting 1 on 2026-10-13, after closing on 2026-10-01"), "{stderr}");
    assert!(stderr.contains(&format!("({early}:4, field 12 close date)")), "{stderr}");
    let r = reg.run(&["practice", "import", &epraccur_closing(&reg, "20261231"), "--commissioner", "05T"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "M81007 closed 2026-12-31: withdrawn from 1 scheme, 1 appointment ended, 2 people left with no practice (2 paid themselves from the next day)"
        ),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains(" 1 closed, "), "{}", r.stderr);
    let offer = reg.json(&["scheme", "show", "Offer"]);
    assert_eq!(offer["practices"][0]["withdrawn"], json!("2026-12-31"));
    // A later file cannot move the day, nor reopen it: it says so and changes nothing.
    let before = reg.dump();
    let r = reg.run(&["practice", "import", &epraccur_closing(&reg, "20261001"), "--commissioner", "05T"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("M81007 stays closed on 2026-12-31, not 2026-10-01"), "{}", r.stderr);
    let r = reg.run(&["practice", "import", &common::fixture_str("nhs/epraccur-05T.csv"), "--commissioner", "05T"]);
    assert!(r.stderr.contains("M81007 stays closed (since 2026-12-31)"), "{}", r.stderr);
    let without_audit = |d: String| d.lines().filter(|l| !l.starts_with("audit:")).collect::<Vec<_>>().join("\n");
    assert_eq!(without_audit(reg.dump()), without_audit(before));
}

#[test]
fn a_file_closing_several_practices_closes_them_together_or_names_the_row_refused() {
    let reg = with_bredon_hill_in_a_scheme();
    // The second row is refused (M81004 was sat for after the day): its line is named,
    // and neither practice closes.
    let csv = "code,name,status,close_date\n\
        M81007,Bredon Hill Surgery,closed,2026-12-31\n\
        M81004,Riverside Surgery,closed,2026-10-01\n";
    let before = reg.dump();
    let r = reg.run_stdin(&["practice", "import", "-"], csv.as_bytes());
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("practice M81004 has attendance for it"), "{}", r.stderr);
    assert!(r.stderr.contains("(stdin:3, field close_date)"), "{}", r.stderr);
    assert_eq!(reg.dump(), before, "nothing written");
    // Both on days that hold: each closes as `practice close` would close it alone.
    let csv = "code,name,status,close_date\n\
        M81007,Bredon Hill Surgery,closed,2026-12-31\n\
        M81015,Malvern Health Centre,closed,2026-12-31\n";
    let r = reg.run_stdin(&["practice", "import", "-"], csv.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("M81007 closed 2026-12-31: withdrawn from 1 scheme"), "{}", r.stderr);
    assert!(r.stderr.contains("M81015 closed 2026-12-31"), "{}", r.stderr);
    assert!(r.stderr.contains(" 2 closed, "), "{}", r.stderr);
    let alone = with_bredon_hill_in_a_scheme();
    alone.ok(&["practice", "close", "M81007", "--date", "2026-12-31", "--yes"]);
    alone.ok(&["practice", "close", "M81015", "--date", "2026-12-31", "--yes"]);
    for line in ["person list --all", "session list --format csv", "practice list --status all"] {
        let args: Vec<&str> = line.split(' ').collect();
        assert_eq!(reg.ok(&args), alone.ok(&args), "engage {line}");
    }
}

#[test]
fn an_engage_csv_closes_through_the_same_rules() {
    let reg = with_bredon_hill_in_a_scheme();
    let csv = "code,name,status,close_date\nM81007,Bredon Hill Surgery,closed,2026-12-31\n";
    let r = reg.run_stdin(&["practice", "import", "-"], csv.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("M81007 closed 2026-12-31: withdrawn from 1 scheme"), "{}", r.stderr);
    let reg = with_bredon_hill_in_a_scheme();
    for (bad, why) in [
        ("M81007,Bredon Hill Surgery,closed,\n", "a closed practice needs its close date (stdin:2, field close_date)"),
        ("M81007,Bredon Hill Surgery,open,2026-12-31\n", "is for a practice whose status is closed"),
        ("M81007,Bredon Hill Surgery,,2026-12-31\n", "is for a practice whose status is closed"),
    ] {
        let before = reg.dump();
        let r = reg.run_stdin(&["practice", "import", "-"], format!("code,name,status,close_date\n{bad}").as_bytes());
        assert_eq!(r.code, 3, "{bad}: {}", r.stderr);
        assert!(r.stderr.contains(why), "{bad}: {}", r.stderr);
        assert_eq!(reg.dump(), before);
    }
    let r = reg.run_stdin(
        &["practice", "import", "-"],
        b"code,name,status,close_date\nM81007,Bredon Hill Surgery,closed,2027-02-01\n",
    );
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("2027-02-01 has not come yet"), "{}", r.stderr);
}

#[test]
fn a_gp_who_moves_practice_hands_on_the_roles_held_there() {
    let reg = common::example_register();
    // Asha is M81004's nominated GP (from April); she moves to Malvern's practice.
    reg.ok(&["person", "edit", "asha@nhs.net", "--practice", "M81015", "--from", "2027-01-01"]);
    let roles = reg.json(&["person", "appointments", "asha@nhs.net"]);
    assert_eq!(column(&roles, "until"), vec![json!("2026-12-31")]);
    assert_eq!(reg.json(&["report", "engagement"]).as_array().unwrap()[0]["nominated_gp"], json!(null));
    // A nominated GP is one of the practice's GPs on the appointment's days...
    let stderr = reg.fails(&["person", "appoint", "ben@nhs.net", "nominated-gp", "--practice", "M81015"], 3);
    assert!(stderr.contains("Dr Ben Okafor is a gp-salaried at M81004"), "{stderr}");
    let stderr = reg.fails(
        &["person", "appoint", "asha@nhs.net", "nominated-gp", "--practice", "M81015", "--from", "2026-12-01"],
        3,
    );
    assert!(stderr.contains("is a gp-partner at M81004 on 2026-12-01"), "{stderr}");
    reg.fails(&["person", "appoint", "pam@nhs.net", "nominated-gp", "--practice", "M81004"], 3);
    // ...or a locum sitting for it, said so.
    reg.fails(&["person", "appoint", "tom@nhs.net", "nominated-gp", "--practice", "M81026"], 3);
    reg.ok(&["person", "appoint", "tom@nhs.net", "nominated-gp", "--practice", "M81026", "--locum"]);
    reg.fails(&["person", "appoint", "tom@nhs.net", "board-member", "--locum"], 3);
    // Paid sessions a month for the role and paid locality meetings: a warning.
    let r = reg.run(&[
        "person",
        "appoint",
        "asha@nhs.net",
        "nominated-gp",
        "--practice",
        "M81015",
        "--from",
        "2027-01-01",
        "--sessions-per-month",
        "1",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Malvern has no meeting from January yet: nothing to warn of.
    assert!(!r.stderr.contains("warning:"), "{}", r.stderr);
    reg.ok(&["meeting", "add", "--kind", "locality", "--locality", "MAL", "--date", "2027-02-10"]);
    let r = reg.run(&[
        "person",
        "appoint",
        "eve@nhs.net",
        "nominated-gp",
        "--from",
        "2027-01-15",
        "--sessions-per-month",
        "1",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("warning: 1 locality meeting(s) of M81015's locality from 2027-01-15 pay sessions too"),
        "{}",
        r.stderr
    );
}

#[test]
fn closing_a_practice_today_changes_no_report_of_a_period_that_ended() {
    let reg = with_bredon_hill_in_a_scheme();
    reg.ok(&["group", "add", "Vale peers", "--kind", "peer-group"]);
    reg.ok(&["group", "join", "Vale peers", "M81007", "M81015", "--from", "2026-04-01"]);
    reg.ok(&["measure", "add", "items"]);
    let values = "code,n,d\nM81004,150,10000\nM81007,40,2000\nM81015,30,3000\n";
    let r = reg.run_stdin(
        &[
            "measure",
            "import",
            "items",
            "-",
            "--period",
            "2026-12",
            "--code-column",
            "code",
            "--numerator-column",
            "n",
            "--denominator-column",
            "d",
        ],
        values.as_bytes(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let past = |reg: &Reg| -> Vec<String> {
        let mut out = Vec::new();
        for period in [["--month", "2026-12"], ["--fy", "2025-26"], ["--from", "2026-04-01"], ["--to", "2027-01-14"]] {
            for report in ["engagement", "localities", "sessions", "schemes", "reach", "interests", "sessional-gps"] {
                let mut args = vec!["report", report, "--format", "csv"];
                args.extend(period);
                if period[0] == "--from" {
                    args.extend(["--to", "2027-01-14"]);
                }
                if period[0] == "--to" {
                    args.extend(["--from", "2026-04-01"]);
                }
                out.push(reg.ok(&args));
            }
            out.push(reg.ok(&["report", "sessions", "--by", "locality", "--format", "csv", period[0], period[1]]));
        }
        out.push(reg.ok(&["report", "benchmark", "items", "--format", "csv"]));
        out.push(reg.ok(&["meeting", "show", "2", "--format", "json"]));
        out
    };
    let before = past(&reg);
    let mix = |reg: &Reg| reg.json(&["group", "show", "Vale peers"])["mix"].clone();
    assert_eq!(mix(&reg)["setting_unknown"], json!(2));
    let r = reg.run(&["practice", "close", "M81007", "--merged-into", "M81004", "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("M81007 merged into M81004 2027-01-15"), "{}", r.stderr);
    assert_eq!(past(&reg), before);
    // Today's lists and mixes take open practices only; its people move tomorrow.
    assert_eq!(mix(&reg)["setting_unknown"], json!(1));
    assert_eq!(
        reg.json(&["person", "history", "dan@nhs.net"]),
        json!([
            {"from": null, "until": "2027-01-15", "practice_code": "M81007", "role": "practice-manager", "pay_to": "practice"},
            {"from": "2027-01-16", "until": null, "practice_code": "M81004", "role": "practice-manager", "pay_to": "practice"}
        ])
    );
}
