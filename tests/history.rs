//! History (the README's History): dated facts, judged as at their date, on the example register
//! (today 2027-01-15), with every value worked out by hand.
//!
//! The example's Evesham meetings are 1 to 4 (2026-10-13, 11-10, 12-08, 2027-01-12)
//! and 5 (next month); Malvern's is 6 (2026-11-11). M81007 was represented once (Cara,
//! at meeting 1) and sent apologies once (Dan, at 2).

mod common;

use common::{Reg, column};
use serde_json::{Value, json};

fn register() -> Reg {
    common::example_register()
}

fn row<'a>(rows: &'a Value, key: &str, value: &str) -> &'a Value {
    rows.as_array().unwrap().iter().find(|r| r[key] == value).unwrap_or_else(|| panic!("no {key} {value}: {rows}"))
}

fn attendee<'a>(show: &'a Value, name: &str) -> &'a Value {
    row(&show["attendees"], "name", name)
}

#[test]
fn a_moved_practice_keeps_its_meetings_in_its_old_locality() {
    let reg = register();
    let before = reg.json(&["report", "engagement"]);
    assert_eq!(row(&before, "practice_code", "M81007")["meetings_held"], 4);
    assert_eq!(reg.json(&["meeting", "show", "4"])["unrepresented"], json!(["M81007"]));

    reg.ok(&["practice", "edit", "M81007", "--locality", "Malvern", "--from", "2027-01-01"]);
    // Under Malvern now, with Evesham's three meetings before the move and none of
    // Malvern's since (Malvern's November meeting was before it joined).
    let rows = reg.json(&["report", "engagement"]);
    assert_eq!(column(&rows, "practice_code"), vec!["M81004", "M81026", "M81007", "M81015"]);
    let m81007 = row(&rows, "practice_code", "M81007");
    assert_eq!(
        (&m81007["locality"], &m81007["meetings_held"], &m81007["represented"], &m81007["apologies"]),
        (&json!("Malvern"), &json!(3), &json!(1), &json!(1))
    );
    assert_eq!((&m81007["representation_pct"], &m81007["sessions"]), (&json!(33.3), &json!("13.00")));
    // The other practices are as they were.
    for code in ["M81004", "M81026", "M81015"] {
        assert_eq!(row(&rows, "practice_code", code), row(&before, "practice_code", code), "{code}");
    }
    // October represented, November and December not, and no meeting of its own in
    // January.
    let table = reg.ok(&["report", "engagement"]);
    let line = table.lines().find(|l| l.contains("M81007")).unwrap();
    assert!(line.ends_with("········█▁▁·"), "{line:?}");
    // January's Evesham meeting no longer expects it; November's still does.
    assert_eq!(reg.json(&["meeting", "show", "4"])["unrepresented"], json!([]));
    assert_eq!(reg.json(&["meeting", "show", "2"])["unrepresented"], json!(["M81007"]));
    // Localities count it under Malvern: its mean is (1/1 + 1/3) / 2.
    let localities = reg.json(&["report", "localities"]);
    assert_eq!(column(&localities, "practices"), vec![2, 2]);
    assert_eq!(column(&localities, "list_size"), vec![14966 + 9000, 5585 + 8000]);
    assert_eq!(column(&localities, "mean_representation_pct"), vec![json!(87.5), json!(66.7)]);
    let show = reg.json(&["practice", "show", "M81007"]);
    assert_eq!(
        (&show["locality"], &show["locality_meetings_12m"], &show["represented_12m"]),
        (&json!("Malvern"), &json!(3), &json!(1))
    );
    assert_eq!(
        reg.json(&["practice", "history", "M81007"]),
        json!([
            {"from": null, "until": "2026-12-31", "locality": "Evesham", "status": "open"},
            {"from": "2027-01-01", "until": null, "locality": "Malvern", "status": "open"}
        ])
    );
    // December's report is as it was before the move.
    let december = |reg: &Reg| reg.json(&["report", "engagement", "--month", "2026-12"]);
    let moved = december(&reg);
    assert_eq!(row(&moved, "practice_code", "M81007")["locality"], "Evesham");
    assert_eq!(row(&moved, "practice_code", "M81007")["meetings_held"], 1);
}

#[test]
fn a_move_is_recorded_in_date_order_from_a_day_that_has_come() {
    let reg = register();
    let stderr = reg.fails(&["practice", "edit", "M81007", "--locality", "Malvern", "--from", "2027-02-01"], 3);
    assert!(stderr.contains("2027-02-01 has not come yet"), "{stderr}");
    reg.ok(&["practice", "edit", "M81007", "--locality", "Malvern", "--from", "2027-01-01"]);
    let stderr = reg.fails(&["practice", "edit", "M81007", "--locality", "Evesham", "--from", "2026-12-15"], 5);
    assert!(stderr.contains("has a change recorded from 2027-01-01"), "{stderr}");
    // The same day replaces the move; a correction replaces every period.
    reg.ok(&["practice", "edit", "M81007", "--locality", "Evesham", "--from", "2027-01-01"]);
    assert_eq!(column(&reg.json(&["practice", "history", "M81007"]), "locality"), vec!["Evesham", "Evesham"]);
    reg.ok(&["practice", "edit", "M81007", "--locality", "Malvern", "--correction"]);
    assert_eq!(
        reg.json(&["practice", "history", "M81007"]),
        json!([{"from": null, "until": null, "locality": "Malvern", "status": "open"}])
    );
    // Always in Malvern: Malvern's one meeting, which it missed.
    let m81007 = row(&reg.json(&["report", "engagement"]), "practice_code", "M81007").clone();
    assert_eq!((&m81007["meetings_held"], &m81007["represented"]), (&json!(1), &json!(0)));
    // Evesham's meetings no longer expect it.
    assert_eq!(reg.json(&["meeting", "show", "2"])["unrepresented"], json!([]));
    // A locality in a practice's history cannot be removed.
    reg.ok(&["locality", "add", "North"]);
    reg.ok(&["practice", "edit", "M81015", "--locality", "North", "--from", "2027-01-05"]);
    reg.ok(&["practice", "edit", "M81015", "--locality", "Malvern", "--from", "2027-01-10"]);
    let stderr = reg.fails(&["locality", "remove", "North", "--yes"], 5);
    assert!(stderr.contains("were in it once"), "{stderr}");
}

#[test]
fn placing_an_unassigned_practice_is_a_correction() {
    let reg = register();
    reg.ok(&["locality", "add", "Unassigned"]);
    reg.ok(&["practice", "add", "M81999", "New Road Surgery", "--locality", "Unassigned"]);
    reg.ok(&["practice", "edit", "M81999", "--locality", "Evesham"]);
    assert_eq!(
        reg.json(&["practice", "history", "M81999"]),
        json!([{"from": null, "until": null, "locality": "Evesham", "status": "open"}])
    );
    // Expected at every Evesham meeting, as if it had always been there.
    assert_eq!(row(&reg.json(&["report", "engagement"]), "practice_code", "M81999")["meetings_held"], 4);
}

#[test]
fn a_practice_history_shows_when_it_opened_and_closed() {
    let reg = register();
    reg.ok(&["practice", "add", "M81998", "Orchard Surgery", "--locality", "Evesham", "--opened", "2026-11-01"]);
    reg.ok(&["practice", "edit", "M81998", "--locality", "Malvern", "--from", "2026-12-01"]);
    reg.ok(&["practice", "close", "M81998", "--date", "2027-01-10", "--yes"]);
    assert_eq!(
        reg.json(&["practice", "history", "M81998"]),
        json!([
            {"from": "2026-11-01", "until": "2026-11-30", "locality": "Evesham", "status": "open"},
            {"from": "2026-12-01", "until": "2027-01-10", "locality": "Malvern", "status": "open"},
            {"from": "2027-01-11", "until": null, "locality": "Malvern", "status": "closed"}
        ])
    );
    // Expected at Evesham's November meeting only: opened after October's, in Malvern
    // from December (whose only meeting was in November), closed by now.
    assert_eq!(reg.json(&["meeting", "show", "2"])["unrepresented"], json!(["M81007", "M81998"]));
    for m in ["1", "3", "4", "6"] {
        let unrepresented = reg.json(&["meeting", "show", m])["unrepresented"].clone();
        assert!(!unrepresented.to_string().contains("M81998"), "meeting {m}: {unrepresented}");
    }
}

/// Ben, salaried at M81004, is the only GP for it at a meeting on 2026-12-20 (the
/// nominated GP, Asha, sent no one), and sits beside Asha on 2027-01-12; then he moves
/// to M81015 as a partner from 2027-01-01.
fn ben_moves_and_is_promoted() -> Reg {
    let reg = register();
    reg.ok(&["meeting", "add", "--kind", "locality", "--locality", "EVE", "--date", "2026-12-20"]);
    reg.ok(&["meeting", "attend", "9", "ben@nhs.net"]);
    reg.ok(&["meeting", "attend", "4", "ben@nhs.net"]);
    reg
}

#[test]
fn a_moved_and_promoted_gp_keeps_the_past_as_it_was() {
    let reg = ben_moves_and_is_promoted();
    let december = |reg: &Reg| reg.json(&["session", "export", "--month", "2026-12"]);
    let ben_paid = |reg: &Reg| row(&december(reg), "person_name", "Dr Ben Okafor").clone();
    let before = ben_paid(&reg);
    assert_eq!(
        (&before["payee_type"], &before["payee_id"], &before["role"], &before["amount_gbp"]),
        (&json!("practice"), &json!("M81004"), &json!("gp-salaried"), &json!("380.00"))
    );
    let sessional = |reg: &Reg, to: &str| {
        let rows = reg.json(&["report", "sessional-gps", "--from", "2026-04-01", "--to", to]);
        (column(&rows, "in_register"), column(&rows, "attended"))
    };
    // Partners Asha, Cara, Fay, Eve; salaried Ben; locums Tom (Uma left on 2026-12-01).
    assert_eq!(sessional(&reg, "2027-01-15"), (vec![json!(4), json!(1), json!(1)], vec![json!(4), json!(1), json!(2)]));

    reg.ok(&["person", "edit", "ben@nhs.net", "--practice", "M81015", "--role", "gp-partner", "--from", "2027-01-01"]);
    // December's line still pays M81004 for a salaried GP, and the meeting agrees.
    assert_eq!(ben_paid(&reg), before);
    let show = reg.json(&["meeting", "show", "9"]);
    let ben = attendee(&show, "Dr Ben Okafor");
    assert_eq!((&ben["role"], &ben["substitute"], &ben["paid"]), (&json!("gp-salaried"), &json!(false), &json!(true)));
    // In January he sat for M81004 while at M81015: a substitute, and a partner.
    let show = reg.json(&["meeting", "show", "4"]);
    let ben = attendee(&show, "Dr Ben Okafor");
    assert_eq!((&ben["role"], &ben["substitute"], &ben["paid"]), (&json!("gp-partner"), &json!(true), &json!(false)));
    assert_eq!(attendee(&show, "Dr Asha Patel")["paid"], true);
    // The sessional-GP report counts him as a partner at the year's end, as salaried
    // at December's.
    assert_eq!(sessional(&reg, "2027-01-15"), (vec![json!(5), json!(0), json!(1)], vec![json!(5), json!(0), json!(2)]));
    // (Fay's only meeting was in January.)
    assert_eq!(sessional(&reg, "2026-12-31"), (vec![json!(4), json!(1), json!(1)], vec![json!(3), json!(1), json!(2)]));
    // M81004 keeps the money he earned for it in December (his line and Asha's);
    // M81015 has only Eve's approved half-session claim.
    let rows = reg.json(&["report", "engagement", "--month", "2026-12"]);
    assert_eq!(row(&rows, "practice_code", "M81004")["amount_gbp"], "760.00");
    assert_eq!(row(&rows, "practice_code", "M81015")["amount_gbp"], "190.00");
    let m81004 = reg.json(&["practice", "show", "M81004"]);
    assert_eq!(m81004["amount_this_fy_gbp"], "1900.00");
    assert_eq!(
        reg.json(&["person", "history", "ben@nhs.net"]),
        json!([
            {"from": null, "until": "2026-12-31", "practice_code": "M81004", "role": "gp-salaried", "pay_to": "practice"},
            {"from": "2027-01-01", "until": null, "practice_code": "M81015", "role": "gp-partner", "pay_to": "practice"}
        ])
    );
}

#[test]
fn a_change_that_would_alter_a_paid_line_is_refused() {
    let reg = ben_moves_and_is_promoted();
    reg.ok(&["session", "export", "--month", "2026-12", "--finalise", "--yes"]);
    let stderr = reg.fails(&["person", "edit", "ben@nhs.net", "--pay-to", "self", "--from", "2026-12-10"], 5);
    assert!(stderr.contains("paid in the 2026-12 run"), "{stderr}");
    let stderr = reg.fails(&["person", "edit", "ben@nhs.net", "--role", "gp-locum", "--correction"], 5);
    assert!(stderr.contains("paid in the 2026-12 run"), "{stderr}");
    // Not a GP from before the meeting: someone else would be paid for it.
    let stderr = reg.fails(&["person", "edit", "ben@nhs.net", "--role", "other", "--from", "2026-12-15"], 5);
    assert!(stderr.contains("paid in the 2026-12 run"), "{stderr}");
    // Apologies at a paid meeting change no line; the nominated GP signing in would
    // take the paid line from Ben.
    reg.ok(&["meeting", "attend", "9", "pam@nhs.net", "--apologies"]);
    let stderr = reg.fails(&["meeting", "attend", "9", "asha@nhs.net"], 5);
    assert!(stderr.contains("paid in the 2026-12 run"), "{stderr}");
    // Dated after the last paid month, a change always goes through.
    reg.ok(&["person", "edit", "ben@nhs.net", "--pay-to", "self", "--from", "2027-01-01"]);
    let stderr = reg.fails(&["person", "edit", "ben@nhs.net", "--role", "gp-partner", "--from", "2027-02-01"], 3);
    assert!(stderr.contains("has not come yet"), "{stderr}");
}

#[test]
fn a_role_change_re_derives_the_unpaid_lines_it_touches() {
    let reg = ben_moves_and_is_promoted();
    let ben_lines = |reg: &Reg| {
        let lines = reg.json(&["session", "list", "--person", "ben@nhs.net"]);
        column(&lines, "reference").len()
    };
    assert_eq!(ben_lines(&reg), 1);
    // A practice manager from the 15th: no GP sat for M81004 on the 20th, so no line.
    reg.ok(&["person", "edit", "ben@nhs.net", "--role", "practice-manager", "--from", "2026-12-15"]);
    assert_eq!(ben_lines(&reg), 0);
    let show = reg.json(&["meeting", "show", "9"]);
    let ben = attendee(&show, "Dr Ben Okafor");
    assert_eq!((&ben["role"], &ben["paid"]), (&json!("practice-manager"), &json!(false)));
    // His other meetings are before the change: as they were.
    assert_eq!(attendee(&reg.json(&["meeting", "show", "4"]), "Dr Ben Okafor")["role"], "practice-manager");
    assert_eq!(
        column(&reg.json(&["person", "history", "ben@nhs.net"]), "role"),
        vec!["gp-salaried", "practice-manager"]
    );
}

#[test]
fn an_import_changes_a_person_from_today() {
    let reg = register();
    let people = "name,role,practice,email\nDr Ben Okafor,gp-partner,M81004,ben@nhs.net\n";
    assert_eq!(reg.run_stdin(&["person", "import", "-"], people.as_bytes()).code, 0);
    assert_eq!(column(&reg.json(&["person", "history", "ben@nhs.net"]), "role"), vec!["gp-salaried", "gp-partner"]);
    assert_eq!(
        column(&reg.json(&["person", "history", "ben@nhs.net"]), "from"),
        vec![json!(null), json!(common::TODAY)]
    );
    // Name, email, phone and GMC number are corrections: no new period.
    reg.ok(&["person", "edit", "ben@nhs.net", "--phone", "01632 960000", "--name", "Dr Benedict Okafor"]);
    assert_eq!(reg.json(&["person", "history", "ben@nhs.net"]).as_array().unwrap().len(), 2);
}
