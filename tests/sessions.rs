//! Sessions and payments: a worked month to the penny, finalising, late lines, rates,
//! rounding and the spreadsheet guard.

mod common;

use common::{Reg, column};
use serde_json::{Value, json};

/// Evesham's practices and people, rates from April 2026, and today 5 February 2027.
fn register() -> Reg {
    let reg = Reg::new_at("2027-02-05");
    reg.ok(&["locality", "add", "Evesham", "--code", "EVE"]);
    for (code, name) in [
        ("M81004", "Riverside Surgery"),
        ("M81007", "Bredon Hill Surgery"),
        ("M81026", "Abbey Surgery"),
        ("M81015", "Malvern Health Centre"),
    ] {
        reg.ok(&["practice", "add", code, name, "--locality", "EVE"]);
    }
    let people = "name,role,practice,email,phone,gmc,pay_to\n\
        Dr Asha Patel,gp-partner,M81004,asha@nhs.net,,7012345,\n\
        Dr Ben Okafor,gp-salaried,M81004,ben@nhs.net,,7023456,self\n\
        Dr Cara Lund,gp-partner,M81007,cara@nhs.net,,7034567,\n\
        Dan Frost,practice-manager,M81007,dan@nhs.net,,,\n\
        Dr Tom Reed,gp-locum,,tom@nhs.net,,7054321,\n\
        Dr Eve Marsh,gp-partner,M81015,eve@nhs.net,,7065432,\n\
        Dr Fay Quill,gp-partner,M81026,fay@nhs.net,,7076543,\n";
    assert_eq!(reg.run_stdin(&["person", "import", "-"], people.as_bytes()).code, 0);
    reg.ok(&["session", "rate", "set", "gp", "380", "--from", "2026-04-01"]);
    reg.ok(&["session", "rate", "set", "practice-manager", "160.00", "--from", "2026-04-01"]);
    reg
}

fn at(reg: &Reg, today: &str, args: &[&str]) -> common::Run {
    common::finish(reg.cmd(args).env("ENGAGE_TODAY", today).output().unwrap())
}

/// January 2027: a locality meeting (M81004 sends two GPs, a locum sits for M81026,
/// M81007's manager sends apologies), two board members (one joining on the 15th), a
/// nominated GP's monthly session, one approved and one rejected claim.
fn worked_month(reg: &Reg) {
    reg.ok(&["person", "appoint", "asha@nhs.net", "nominated-gp", "--from", "2026-04-01", "--sessions-per-month", "1"]);
    reg.ok(&["person", "appoint", "cara@nhs.net", "board-member", "--from", "2026-04-01", "--sessions-per-month", "4"]);
    reg.ok(&["person", "appoint", "eve@nhs.net", "board-member", "--from", "2027-01-15", "--sessions-per-month", "4"]);
    // December was paid: Eve's claim among it, which January corrects (a correction
    // takes back at most what was claimed for the fund).
    reg.ok(&["session", "claim", "eve@nhs.net", "--date", "2026-12-10", "--sessions", "1", "--fund", "contingency"]);
    let december = column(&reg.json(&["session", "list", "--status", "claimed"]), "id")[0].to_string();
    reg.ok(&["session", "approve", &december]);
    reg.ok(&["session", "export", "--month", "2026-12", "--finalise", "--yes"]);
    reg.ok(&["meeting", "add", "--kind", "locality", "--locality", "EVE", "--date", "2027-01-12", "--start", "12:30"]);
    reg.ok(&["meeting", "attend", "1", "asha@nhs.net", "ben@nhs.net", "cara@nhs.net"]);
    reg.ok(&["meeting", "attend", "1", "tom@nhs.net", "--for-practice", "M81026"]);
    reg.ok(&["meeting", "attend", "1", "dan@nhs.net", "--apologies"]);
    reg.ok(&["project", "add", "=1+1", "--needs", "urgent care"]);
    reg.ok(&["session", "claim", "tom@nhs.net", "--date", "2027-01-20", "--sessions", "1.5", "--project", "=1+1"]);
    reg.ok(&[
        "session",
        "claim",
        "cara@nhs.net",
        "--date",
        "2027-01-21",
        "--sessions",
        "0.5",
        "--fund",
        "contingency",
        "--note",
        "Referral audit",
    ]);
    reg.ok(&[
        "session",
        "claim",
        "eve@nhs.net",
        "--date",
        "2027-01-22",
        "--sessions",
        "-0.25",
        "--fund",
        "contingency",
        "--note",
        "-overclaimed in December",
    ]);
    let claims = reg.json(&["session", "list", "--status", "claimed"]);
    let ids: Vec<String> = column(&claims, "id").iter().map(|v| v.to_string()).collect();
    reg.ok(&["session", "approve", &ids[0], &ids[2]]);
    reg.ok(&["session", "reject", &ids[1], "--reason", "No audit report"]);
}

const JANUARY: &str = "\
payment_month,payee_type,payee_id,payee_name,practice_code,person_id,person_name,gmc_number,role,source,reference,work_date,sessions,rate_gbp,amount_gbp\r
2027-01,practice,M81007,Bredon Hill Surgery,M81007,3,Dr Cara Lund,7034567,gp-partner,meeting,locality meeting 2027-01-12 Evesham,2027-01-12,1.00,380.00,380.00\r
2027-01,practice,M81007,Bredon Hill Surgery,M81007,3,Dr Cara Lund,7034567,gp-partner,appointment,board-member,2027-01-31,4.00,380.00,1520.00\r
2027-01,person,5,Dr Tom Reed,,5,Dr Tom Reed,7054321,gp-locum,meeting,locality meeting 2027-01-12 Evesham,2027-01-12,1.00,380.00,380.00\r
2027-01,person,5,Dr Tom Reed,,5,Dr Tom Reed,7054321,gp-locum,project,'=1+1,2027-01-20,1.50,380.00,570.00\r
2027-01,practice,M81015,Malvern Health Centre,M81015,6,Dr Eve Marsh,7065432,gp-partner,fund,'-overclaimed in December,2027-01-22,-0.25,380.00,-95.00\r
2027-01,practice,M81015,Malvern Health Centre,M81015,6,Dr Eve Marsh,7065432,gp-partner,appointment,board-member,2027-01-31,2.19,380.00,832.20\r
2027-01,practice,M81004,Riverside Surgery,M81004,1,Dr Asha Patel,7012345,gp-partner,meeting,locality meeting 2027-01-12 Evesham,2027-01-12,1.00,380.00,380.00\r
2027-01,practice,M81004,Riverside Surgery,M81004,1,Dr Asha Patel,7012345,gp-partner,appointment,nominated-gp,2027-01-31,1.00,380.00,380.00\r
";

#[test]
fn a_worked_month_to_the_penny() {
    let reg = register();
    worked_month(&reg);
    let before = reg.dump();
    let csv = reg.ok(&["session", "export", "--month", "2027-01"]);
    assert_eq!(csv, JANUARY);
    // Totals: 11.44 sessions, £4,347.20.
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let (mut sessions, mut pence) = (0i64, 0i64);
    for r in reader.records().map(Result::unwrap) {
        sessions += r[12].replace('.', "").parse::<i64>().unwrap();
        pence += r[14].replace('.', "").parse::<i64>().unwrap();
    }
    assert_eq!((sessions, pence), (1144, 434720));
    let summary = reg.ok(&["session", "export", "--month", "2027-01", "--summary"]);
    assert_eq!(
        summary,
        "payment_month,payee_type,payee_id,payee_name,practice_code,lines,sessions,amount_gbp\r\n\
         2027-01,practice,M81007,Bredon Hill Surgery,M81007,2,5.00,1900.00\r\n\
         2027-01,person,5,Dr Tom Reed,,2,2.50,950.00\r\n\
         2027-01,practice,M81015,Malvern Health Centre,M81015,2,1.94,737.20\r\n\
         2027-01,practice,M81004,Riverside Surgery,M81004,2,2.00,760.00\r\n"
    );
    // A preview writes nothing, not even an audit row (it accrued January in a
    // transaction it rolled back), and gives the same bytes again.
    assert_eq!(reg.dump(), before);
    assert_eq!(reg.ok(&["session", "export", "--month", "2027-01"]), JANUARY);
    assert_eq!(reg.dump(), before);
    // Dan's apologies and Ben (not the nominated GP) earn nothing.
    let names = column(&reg.json(&["session", "list", "--month", "2027-01"]), "person_name");
    assert!(!names.contains(&"Dan Frost".into()) && !names.contains(&"Dr Ben Okafor".into()));
}

#[test]
fn finalising_pays_once_and_locks_the_month() {
    let reg = register();
    worked_month(&reg);
    let r = reg.run(&["session", "export", "--month", "2027-01", "--finalise"]);
    assert_eq!(r.code, 2, "finalising off a terminal needs --yes: {}", r.stderr);
    let finalised = reg.ok(&["session", "export", "--month", "2027-01", "--finalise", "--yes"]);
    assert_eq!(finalised, JANUARY);
    assert_eq!(reg.ok(&["session", "export", "--month", "2027-01"]), JANUARY);
    assert!(column(&reg.json(&["session", "list", "--month", "2027-01", "--status", "approved"]), "id").is_empty());
    let stderr = reg.fails(&["session", "export", "--month", "2027-01", "--finalise", "--yes"], 5);
    assert!(stderr.contains("finalised already"), "{stderr}");

    // Nothing may change a paid line.
    let stderr = reg.fails(&["meeting", "unattend", "1", "asha@nhs.net"], 5);
    assert!(stderr.contains("paid in the 2027-01 run"), "{stderr}");
    // Fay, now M81026's nominated GP, would replace the locum as its paid GP.
    reg.ok(&["person", "appoint", "fay@nhs.net", "nominated-gp", "--from", "2026-04-01"]);
    reg.fails(&["meeting", "attend", "1", "fay@nhs.net"], 5);
    reg.fails(&["meeting", "cancel", "1", "--yes"], 5);
    reg.fails(&["meeting", "move", "1", "--date", "2027-01-13"], 5);
    reg.fails(&["session", "rate", "set", "gp", "390", "--from", "2027-01-01"], 5);
    let board = reg.json(&["person", "appointments", "eve@nhs.net"])[0]["id"].to_string();
    reg.fails(&["person", "unappoint", &board, "--date", "2027-01-20"], 5);
    reg.fails(&["session", "export", "--month", "2026-12", "--finalise", "--yes"], 5);
    // Changes that leave paid lines alone are fine: apologies, and a new rate after the run.
    reg.ok(&["meeting", "attend", "1", "dan@nhs.net", "--virtual"]);
    reg.ok(&["session", "rate", "set", "gp", "395", "--from", "2027-02-01"]);
    assert_eq!(reg.ok(&["session", "export", "--month", "2027-01"]), JANUARY);

    // A late claim for January goes into February's run, at January's rate.
    reg.ok(&[
        "session",
        "claim",
        "fay@nhs.net",
        "--date",
        "2027-01-25",
        "--sessions",
        "1",
        "--fund",
        "contingency",
        "--note",
        "Late",
    ]);
    let id = column(&reg.json(&["session", "list", "--status", "claimed"]), "id")[0].to_string();
    reg.ok(&["session", "approve", &id]);
    let r = at(&reg, "2027-03-02", &["session", "export", "--month", "last"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(lines.contains(&"2027-02,practice,M81026,Abbey Surgery,M81026,7,Dr Fay Quill,7076543,gp-partner,fund,Late,2027-01-25,1.00,380.00,380.00"), "{}", r.stdout);
    assert!(lines.contains(&"2027-02,practice,M81007,Bredon Hill Surgery,M81007,3,Dr Cara Lund,7034567,gp-partner,appointment,board-member,2027-02-28,4.00,395.00,1580.00"), "{}", r.stdout);
    assert!(!r.stdout.contains("2027-01-12"), "January's paid lines are not paid twice");
}

#[test]
fn a_rate_change_mid_year_prices_each_side_at_its_own_rate() {
    let reg = register();
    reg.ok(&["session", "rate", "set", "gp", "395.50", "--from", "2026-10-01"]);
    reg.ok(&["session", "claim", "asha@nhs.net", "--date", "2026-09-30", "--sessions", "1", "--fund", "contingency"]);
    reg.ok(&["session", "claim", "asha@nhs.net", "--date", "2026-10-01", "--sessions", "1", "--fund", "contingency"]);
    reg.ok(&["session", "approve", "1", "2"]);
    let lines = reg.json(&["session", "list"]);
    assert_eq!(column(&lines, "rate_gbp"), vec!["380.00", "395.50"]);
    let rates = reg.json(&["session", "rate", "list"]);
    assert_eq!(
        column(&rates, "until"),
        vec![serde_json::Value::from("2026-09-30"), serde_json::Value::Null, serde_json::Value::Null]
    );
}

#[test]
fn amounts_round_half_up_on_the_penny() {
    let reg = register();
    reg.ok(&["session", "rate", "set", "gp", "380.50", "--from", "2027-01-01"]);
    // 0.01 x 380.50 = 3.805 -> 3.81; 0.33 x 380.50 = 125.565 -> 125.57; 2.25 x 380.50 = 856.125 -> 856.13.
    for s in ["0.01", "0.33", "2.25"] {
        reg.ok(&["session", "claim", "ben@nhs.net", "--date", "2027-01-10", "--sessions", s, "--fund", "contingency"]);
    }
    assert_eq!(column(&reg.json(&["session", "list"]), "amount_gbp"), vec!["3.81", "125.57", "856.13"]);
}

#[test]
fn a_missing_rate_fails_the_export_naming_category_and_date() {
    let reg = register();
    reg.ok(&["meeting", "add", "--kind", "practice-managers", "--date", "2026-03-10", "--sessions", "1"]);
    reg.ok(&["session", "claim", "dan@nhs.net", "--date", "2026-03-10", "--sessions", "1", "--fund", "contingency"]);
    reg.ok(&["session", "approve", "1"]);
    let stderr = reg.fails(&["session", "export", "--month", "2026-03"], 3);
    assert!(stderr.contains("no practice-manager session rate is in force on 2026-03-10"), "{stderr}");
    // The same line means the same thing wherever money is shown: exit 3, naming the
    // category and the date.
    for args in [
        vec!["session", "list"],
        vec!["report", "sessions", "--fy", "2025-26"],
        vec!["report", "engagement", "--fy", "2025-26"],
        vec!["session", "budget", "list", "--fy", "2025-26"],
    ] {
        reg.ok(&["session", "budget", "set", "contingency", "100", "--fy", "2025-26"]);
        let stderr = reg.fails(&args, 3);
        assert!(stderr.contains("no practice-manager session rate is in force on 2026-03-10"), "{args:?}: {stderr}");
    }
}

#[test]
fn a_nominated_gp_named_from_an_earlier_date_is_paid_for_meetings_not_yet_paid() {
    let reg = register();
    reg.ok(&["meeting", "add", "--kind", "locality", "--locality", "EVE", "--date", "2026-12-08"]);
    reg.ok(&["meeting", "add", "--kind", "locality", "--locality", "EVE", "--date", "2027-01-12"]);
    for m in ["1", "2"] {
        reg.ok(&["meeting", "attend", m, "ben@nhs.net", "asha@nhs.net"]);
    }
    // Ben was recorded first, so he is paid for M81004 at both.
    let paid = |m: &str| {
        let show = reg.json(&["meeting", "show", m]);
        let paid: Vec<_> = show["attendees"].as_array().unwrap().iter().filter(|a| a["paid"] == true).collect();
        assert_eq!(paid.len(), 1, "{show}");
        paid[0]["name"].as_str().unwrap().to_string()
    };
    assert_eq!((paid("1"), paid("2")), ("Dr Ben Okafor".to_string(), "Dr Ben Okafor".to_string()));
    reg.ok(&["session", "export", "--month", "2026-12", "--finalise", "--yes"]);
    // Asha named nominated GP from before December: December is paid, so refused, and
    // nothing changes.
    let stderr = reg.fails(&["person", "appoint", "asha@nhs.net", "nominated-gp", "--from", "2026-12-01"], 5);
    assert!(stderr.contains("paid in the 2026-12 run"), "{stderr}");
    // From January, after the last paid month: January's line moves to her, and the
    // meeting, the line list and the export agree.
    reg.ok(&["person", "appoint", "asha@nhs.net", "nominated-gp", "--from", "2027-01-01"]);
    assert_eq!((paid("1"), paid("2")), ("Dr Ben Okafor".to_string(), "Dr Asha Patel".to_string()));
    let lines = reg.json(&["session", "list", "--month", "2027-01"]);
    assert_eq!(column(&lines, "person_name"), vec!["Dr Asha Patel"]);
    let export = reg.ok(&["session", "export", "--month", "2027-01"]);
    assert!(export.contains(",Dr Asha Patel,7012345,gp-partner,meeting,"), "{export}");
    assert!(!export.contains("Dr Ben Okafor"), "{export}");
    // Her role ended before the January meeting: it goes back to Ben, recorded first.
    let asha = reg.json(&["person", "appointments", "asha@nhs.net"])[0]["id"].to_string();
    reg.ok(&["person", "unappoint", &asha, "--date", "2027-01-05"]);
    assert_eq!(paid("2"), "Dr Ben Okafor");
    assert_eq!(column(&reg.json(&["session", "list", "--month", "2027-01"]), "person_name"), vec!["Dr Ben Okafor"]);
}

#[test]
fn an_exclusive_role_handed_on_ends_the_old_holders_accrual_the_day_before() {
    let reg = register();
    reg.ok(&[
        "person",
        "appoint",
        "asha@nhs.net",
        "locality-lead",
        "--locality",
        "EVE",
        "--from",
        "2026-12-01",
        "--sessions-per-month",
        "2",
    ]);
    reg.ok(&["session", "accrue", "--month", "2027-01"]);
    let lead_lines = |reg: &Reg| -> Vec<(Value, Value, Value)> {
        let lines = reg.json(&["session", "list", "--month", "2027-01"]);
        lines
            .as_array()
            .unwrap()
            .iter()
            .map(|l| (l["person_name"].clone(), l["work_date"].clone(), l["sessions"].clone()))
            .collect()
    };
    assert_eq!(lead_lines(&reg), vec![(json!("Dr Asha Patel"), json!("2027-01-31"), json!("2.00"))]);
    // Eve takes the role on from 10 January: Asha's unpaid January line shrinks to the
    // nine days she held it.
    reg.ok(&["person", "appoint", "eve@nhs.net", "locality-lead", "--locality", "EVE", "--from", "2027-01-10"]);
    assert_eq!(lead_lines(&reg), vec![(json!("Dr Asha Patel"), json!("2027-01-09"), json!("0.58"))]);
}

#[test]
fn the_payment_run_is_csv_unless_format_says_otherwise() {
    let reg = register();
    worked_month(&reg);
    let csv = reg.ok(&["session", "export", "--month", "2027-01"]);
    assert!(csv.starts_with("payment_month,payee_type,payee_id,"), "{csv}");
    let json = reg.json(&["session", "export", "--month", "2027-01"]);
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), csv.lines().count() - 1);
    assert_eq!(rows[0]["payment_month"], "2027-01");
    assert!(rows.iter().all(|r| r["amount_gbp"].is_string()));
    let table = reg.ok(&["session", "export", "--month", "2027-01", "--summary", "--format", "table"]);
    assert!(table.lines().next().unwrap().contains("payment month"), "{table}");
}

#[test]
fn lines_follow_the_facts_whatever_command_changes_them() {
    let reg = register();
    reg.ok(&["meeting", "add", "--kind", "locality", "--locality", "EVE", "--date", "2027-01-12"]);
    // A sign-in sheet of three GPs for two practices: one line per practice.
    let sheet = "person,for_practice,status\nasha@nhs.net,,attended\nben@nhs.net,,attended\ncara@nhs.net,,virtual\n";
    assert_eq!(reg.run_stdin(&["meeting", "attend", "1", "--file", "-"], sheet.as_bytes()).code, 0);
    let paid = |reg: &Reg| {
        let mut names = column(&reg.json(&["session", "list"]), "person_name");
        names.sort_by_key(|n| n.to_string());
        names
    };
    assert_eq!(paid(&reg), vec!["Dr Asha Patel", "Dr Cara Lund"]);
    // Moving the meeting moves its lines; removing the paid GP pays the next one.
    reg.ok(&["meeting", "move", "1", "--date", "2027-01-13"]);
    assert_eq!(column(&reg.json(&["session", "list"]), "work_date"), vec!["2027-01-13", "2027-01-13"]);
    reg.ok(&["meeting", "unattend", "1", "asha@nhs.net"]);
    assert_eq!(paid(&reg), vec!["Dr Ben Okafor", "Dr Cara Lund"]);
    // A dry run shows nothing written; cancelling removes the unpaid lines.
    let before = reg.dump();
    let r = reg.run(&["meeting", "cancel", "1"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(reg.dump(), before);
    reg.ok(&["meeting", "cancel", "1", "--yes"]);
    assert!(paid(&reg).is_empty());
}

#[test]
fn accrual_is_idempotent_and_budgets_show_what_remains() {
    let reg = register();
    reg.ok(&["person", "appoint", "cara@nhs.net", "board-member", "--from", "2026-04-01", "--sessions-per-month", "4"]);
    let r = reg.run(&["session", "accrue", "--month", "2026-12", "--dry-run"]);
    assert!(r.stderr.contains("1 appointment line(s)") && r.stderr.contains("dry run"), "{}", r.stderr);
    assert!(reg.json(&["session", "list"]).as_array().unwrap().is_empty());
    reg.ok(&["session", "accrue", "--month", "2026-12"]);
    let r = reg.run(&["session", "accrue", "--month", "2026-12"]);
    assert!(r.stderr.contains("0 appointment line(s)"), "{}", r.stderr);
    reg.ok(&["session", "accrue", "--month", "2027-01"]);
    reg.ok(&["session", "budget", "set", "board-member", "20000", "--fy", "2026-27"]);
    reg.ok(&["session", "budget", "set", "Contingency", "5000.50", "--fy", "2026-27"]);
    let budgets = reg.json(&["session", "budget", "list", "--fy", "2026-27"]);
    assert_eq!(column(&budgets, "fund"), vec!["board-member", "contingency"]);
    assert_eq!(column(&budgets, "spent_gbp"), vec!["3040.00", "0.00"]);
    assert_eq!(column(&budgets, "remaining_gbp"), vec!["16960.00", "5000.50"]);
    assert_eq!(reg.json(&["person", "show", "cara@nhs.net"])["sessions_this_fy"], "8.00");
    assert_eq!(reg.json(&["practice", "show", "M81007"])["amount_this_fy_gbp"], "3040.00");
}

#[test]
fn wrong_session_input_is_refused_and_changes_nothing() {
    let reg = register();
    reg.ok(&["session", "claim", "asha@nhs.net", "--date", "2027-01-10", "--sessions", "1", "--fund", "contingency"]);
    let cases: &[(&[&str], i32, &str)] = &[
        (&["session", "rate", "set", "gp", "three hundred", "--from", "2027-01-01"], 3, "not an amount"),
        (&["session", "rate", "set", "gp", "-380", "--from", "2027-01-01"], 3, "not an amount"),
        (&["session", "rate", "set", "surgeon", "380", "--from", "2027-01-01"], 2, "surgeon"),
        (
            &["session", "claim", "asha@nhs.net", "--date", "2027-03-01", "--sessions", "1", "--fund", "x"],
            3,
            "after today",
        ),
        (
            &["session", "claim", "asha@nhs.net", "--date", "2027-01-10", "--sessions", "1.005", "--fund", "x"],
            3,
            "not a number of sessions",
        ),
        (&["session", "claim", "asha@nhs.net", "--date", "2027-01-10", "--sessions", "1"], 2, "--project"),
        (
            &["session", "claim", "asha@nhs.net", "--date", "2027-01-10", "--sessions", "1", "--project", "Nothing"],
            4,
            "no such project",
        ),
        (
            &["session", "claim", "nobody@nhs.net", "--date", "2027-01-10", "--sessions", "1", "--fund", "x"],
            4,
            "no such person",
        ),
        (&["session", "approve", "99"], 4, "no such session line: 99"),
        (&["session", "approve", "1", "x"], 3, "not a session line id"),
        (&["session", "reject", "1", "--reason", " "], 3, "say why"),
        (&["session", "export", "--month", "2027-13"], 3, "not a month"),
        (&["session", "budget", "set", "x", "10", "--fy", "2026-28"], 3, "not a financial year"),
        (&["session", "list", "--status", "lost"], 2, "lost"),
        // Bounds (the README).
        (&["session", "rate", "set", "gp", "100000.01", "--from", "2027-01-01"], 3, "a rate is 0.00 to 100,000.00"),
        (&["session", "rate", "set", "gp", "999999999.99", "--from", "2027-01-01"], 3, "a rate is"),
        (
            &["session", "claim", "asha@nhs.net", "--date", "2027-01-10", "--sessions", "999999999.99", "--fund", "x"],
            3,
            "a claim is 0.01 to 100.00",
        ),
        (
            &["session", "claim", "asha@nhs.net", "--date", "2027-01-10", "--sessions", "0", "--fund", "x"],
            3,
            "a claim is",
        ),
        (
            &["session", "claim", "asha@nhs.net", "--date", "0000-01-01", "--sessions", "1", "--fund", "x"],
            3,
            "not a date from 1900-01-01 to 2199-12-31",
        ),
        (
            &["person", "appoint", "cara@nhs.net", "board-member", "--sessions-per-month", "40.01"],
            3,
            "sessions a month is 0.01 to 40.00",
        ),
        (
            &["meeting", "add", "--kind", "board", "--date", "2027-01-20", "--sessions", "10.01"],
            3,
            "a meeting's sessions is 0.00 to 10.00",
        ),
        (&["session", "budget", "set", "x", "100000000.01", "--fy", "2026-27"], 3, "a budget is"),
        (&["session", "rate", "set", "gp", "380", "--from", "2200-01-01"], 3, "1900-01-01 to 2199-12-31"),
        // Months that have not ended (today is 2027-02-05).
        (&["session", "export", "--month", "2027-02", "--finalise", "--yes"], 3, "it can run from 2027-03-01"),
        (&["session", "export", "--month", "2027-12", "--finalise", "--yes"], 3, "2027-12 has not ended"),
        (&["session", "accrue", "--month", "this"], 3, "2027-02 has not ended"),
    ];
    for (args, code, expected) in cases {
        let stderr = reg.fails(args, *code);
        assert!(stderr.contains(expected), "{args:?}: expected {expected:?} in {stderr}");
    }
    reg.ok(&["session", "approve", "1"]);
    reg.fails(&["session", "approve", "1"], 5);
}

/// Cara is a board member from 2026-08-01 (4 sessions a month, £1,520). The August run
/// is finalised on time; cron misses September; the October run is made on 2 November.
fn missed_september() -> Reg {
    let reg = register();
    reg.ok(&["person", "appoint", "cara@nhs.net", "board-member", "--from", "2026-08-01", "--sessions-per-month", "4"]);
    let r = at(&reg, "2026-09-03", &["session", "export", "--month", "2026-08", "--finalise", "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 2, "{}", r.stdout);
    reg
}

/// (payee, work date, amount) of each row of a payment CSV.
fn rows(csv: &str) -> Vec<(String, String, String)> {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    reader.records().map(Result::unwrap).map(|r| (r[6].to_string(), r[11].to_string(), r[14].to_string())).collect()
}

#[test]
fn a_missed_month_is_paid_as_arrears_in_the_next_run() {
    let reg = missed_september();
    let r = at(&reg, "2026-11-02", &["session", "export", "--month", "2026-10", "--finalise", "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        rows(&r.stdout),
        vec![
            ("Dr Cara Lund".into(), "2026-09-30".into(), "1520.00".into()),
            ("Dr Cara Lund".into(), "2026-10-31".into(), "1520.00".into())
        ]
    );
    assert!(r.stderr.contains("arrears: 2026-09 1 line\n"), "{}", r.stderr);
    // The finalised run re-exports byte for byte.
    assert_eq!(reg.ok(&["session", "export", "--month", "2026-10"]), r.stdout);
    let paid = reg.json(&["session", "list", "--status", "paid"]);
    assert_eq!(column(&paid, "payment_month"), vec!["2026-08", "2026-10", "2026-10"]);
}

#[test]
fn a_backdated_appointment_is_paid_from_the_first_run_and_earlier_months_only_when_named() {
    let reg = missed_september();
    // Entered on 2 November, from 1 April: August (the first run's month) onwards is
    // arrears; April to July were before the register paid anyone.
    let r = at(
        &reg,
        "2026-11-02",
        &["person", "appoint", "eve@nhs.net", "board-member", "--from", "2026-04-01", "--sessions-per-month", "2"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = at(&reg, "2026-11-02", &["session", "export", "--month", "2026-10", "--finalise", "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let eve: Vec<_> = rows(&r.stdout).into_iter().filter(|r| r.0 == "Dr Eve Marsh").map(|r| (r.1, r.2)).collect();
    assert_eq!(
        eve,
        vec![
            ("2026-08-31".into(), "760.00".into()),
            ("2026-09-30".into(), "760.00".into()),
            ("2026-10-31".into(), "760.00".into())
        ]
    );
    assert!(r.stderr.contains("arrears: 2026-08 1 line\narrears: 2026-09 2 lines\n"), "{}", r.stderr);
    // May, named explicitly, goes into the next run that is not finalised.
    let r = at(&reg, "2026-11-02", &["session", "accrue", "--month", "2026-05"]);
    assert!(r.stderr.contains("1 appointment line(s) for 2026-05"), "{}", r.stderr);
    let r = at(&reg, "2026-12-01", &["session", "export", "--month", "2026-11"]);
    let eve: Vec<_> = rows(&r.stdout).into_iter().filter(|r| r.0 == "Dr Eve Marsh").map(|r| r.1).collect();
    assert_eq!(eve, vec!["2026-05-31", "2026-11-30"]);
}

/// A finalised run marks each appointment's lines complete through its month, so later
/// accruals look only at the months after; an appointment made or changed since must
/// still be paid for every month it is owed, and nothing twice.
#[test]
fn lines_known_complete_never_hide_what_is_owed() {
    let reg = missed_september();
    // October's run pays Cara's September arrears and October, and marks her lines.
    let r = at(&reg, "2026-11-02", &["session", "export", "--month", "2026-10", "--finalise", "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Entered after it, from 1 September: September and October are arrears.
    let r = at(
        &reg,
        "2026-11-20",
        &["person", "appoint", "eve@nhs.net", "board-member", "--from", "2026-09-01", "--sessions-per-month", "2"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Cara leaves mid-November: her November line is a part-month (4 x 15/30 = 2.00).
    reg.ok(&["person", "leave", "cara@nhs.net", "--date", "2026-11-15", "--yes"]);
    let r = at(&reg, "2026-12-01", &["session", "export", "--month", "2026-11", "--finalise", "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        rows(&r.stdout),
        vec![
            ("Dr Cara Lund".into(), "2026-11-15".into(), "760.00".into()),
            ("Dr Eve Marsh".into(), "2026-09-30".into(), "760.00".into()),
            ("Dr Eve Marsh".into(), "2026-10-31".into(), "760.00".into()),
            ("Dr Eve Marsh".into(), "2026-11-30".into(), "760.00".into()),
        ]
    );
    // A missed December: January's preview pays Eve both, Cara nothing.
    let r = at(&reg, "2027-02-01", &["session", "export", "--month", "2027-01"]);
    assert_eq!(
        rows(&r.stdout),
        vec![
            ("Dr Eve Marsh".into(), "2026-12-31".into(), "760.00".into()),
            ("Dr Eve Marsh".into(), "2027-01-31".into(), "760.00".into()),
        ]
    );
}

#[test]
fn a_leaver_is_paid_their_last_part_month_and_nothing_after() {
    let reg = missed_september();
    reg.ok(&["person", "leave", "cara@nhs.net", "--date", "2026-10-10", "--yes"]);
    let r = at(&reg, "2026-12-01", &["session", "export", "--month", "2026-11", "--finalise", "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // September whole; October 4 x 10/31 = 1.29 sessions at £380, paid on her last day.
    assert_eq!(
        rows(&r.stdout),
        vec![
            ("Dr Cara Lund".into(), "2026-09-30".into(), "1520.00".into()),
            ("Dr Cara Lund".into(), "2026-10-10".into(), "490.20".into())
        ]
    );
}

#[test]
fn a_preview_of_any_month_writes_nothing() {
    let reg = missed_september();
    let before = reg.dump();
    for (today, month) in
        [("2026-11-02", "2026-10"), ("2026-11-02", "2026-11"), ("2026-11-02", "2027-12"), ("2026-11-02", "2026-08")]
    {
        let r = at(&reg, today, &["session", "export", "--month", month]);
        assert_eq!(r.code, 0, "{month}: {}", r.stderr);
        assert_eq!(reg.dump(), before, "a preview of {month} wrote");
    }
    // What October's run would pay, and that it can be finalised.
    let r = at(&reg, "2026-11-02", &["session", "export", "--month", "2026-10"]);
    assert_eq!(rows(&r.stdout).len(), 2);
    assert!(r.stderr.contains("a preview: nothing was marked paid"), "{}", r.stderr);
    let r = at(&reg, "2026-11-02", &["session", "export", "--month", "2026-11"]);
    assert!(r.stderr.contains("2026-11 has not ended: its run can be finalised from 2026-12-01"), "{}", r.stderr);
}

#[test]
fn a_run_whose_output_cannot_be_written_pays_nothing_and_can_run_again() {
    let reg = missed_september();
    let before = reg.dump();
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = reg
        .cmd(&["session", "export", "--month", "2026-10", "--finalise", "--yes"])
        .env("ENGAGE_TODAY", "2026-11-02")
        .stdout(full)
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("could not be written") && stderr.contains("nothing was marked paid"), "{stderr}");
    assert_eq!(reg.dump(), before);
    let preview = at(&reg, "2026-11-02", &["session", "export", "--month", "2026-10"]).stdout;
    let r = at(&reg, "2026-11-02", &["session", "export", "--month", "2026-10", "--finalise", "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, preview);
}

#[test]
fn session_list_names_the_payee_the_export_pays() {
    let reg = register();
    worked_month(&reg);
    reg.ok(&["session", "accrue", "--month", "2027-01"]);
    // Lines by person and work date, with their payee in the preview of January.
    let csv = reg.ok(&["session", "export", "--month", "2027-01"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let mut paid: Vec<(String, String, String)> =
        reader.records().map(Result::unwrap).map(|r| (r[6].to_string(), r[11].to_string(), r[3].to_string())).collect();
    let list = reg.json(&["session", "list", "--month", "2027-01", "--status", "approved"]);
    let mut listed: Vec<(String, String, String)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let s = |k: &str| l[k].as_str().unwrap().to_string();
            (s("person_name"), s("work_date"), s("payee_name"))
        })
        .collect();
    paid.sort();
    listed.sort();
    assert_eq!(listed, paid);
    // Asha is paid through Riverside Surgery; Tom, a locum, himself.
    assert!(listed.contains(&("Dr Asha Patel".into(), "2027-01-12".into(), "Riverside Surgery".into())));
    assert!(listed.contains(&("Dr Tom Reed".into(), "2027-01-12".into(), "Dr Tom Reed".into())));
    // Once paid, the list names the payee the run paid.
    reg.ok(&["session", "export", "--month", "2027-01", "--finalise", "--yes"]);
    let list = reg.json(&["session", "list", "--month", "2027-01", "--status", "paid"]);
    assert_eq!(common::column(&list, "payee_name").len(), paid.len());
}
