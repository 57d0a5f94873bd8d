//! Peer groups, committees and forums; meeting business (agenda, declarations by item,
//! minutes, decisions, actions); visit rounds; and what they add to `report engagement`.
//! Every value is worked out by hand from the example register (see `common`).

mod common;

use common::{Reg, column};
use serde_json::{Value, json};

fn register() -> Reg {
    common::example_register()
}

/// The example register with a board: Asha, Cara, Fay and Eve vote, Pam advises, Ben's
/// seat ended before the meeting of 14 January 2027 (meeting 9; 1-8 are the example
/// register's).
fn with_board() -> Reg {
    let reg = register();
    reg.ok(&["group", "add", "Board", "--kind", "committee", "--quorum", "3"]);
    reg.ok(&[
        "group",
        "join",
        "Board",
        "asha@nhs.net",
        "cara@nhs.net",
        "fay@nhs.net",
        "eve@nhs.net",
        "--from",
        "2026-04-01",
    ]);
    reg.ok(&["group", "join", "Board", "pam@nhs.net", "--non-voting", "--from", "2026-04-01"]);
    reg.ok(&["group", "join", "Board", "ben@nhs.net", "--from", "2026-04-01", "--until", "2026-12-31"]);
    let added = reg.run(&["meeting", "add", "--kind", "board", "--group", "Board", "--date", "2027-01-14"]);
    assert!(added.stderr.contains("added meeting 9"), "{}", added.stderr);
    reg.ok(&["meeting", "attend", "9", "asha@nhs.net", "cara@nhs.net", "fay@nhs.net", "pam@nhs.net", "ben@nhs.net"]);
    reg.ok(&["meeting", "attend", "9", "tom@nhs.net"]);
    reg.ok(&["meeting", "item", "add", "9", "Finance report", "--paper", "papers/finance-m9.pdf"]);
    reg.ok(&["meeting", "item", "add", "9", "Diabetes contract"]);
    reg
}

#[test]
fn a_committee_counts_its_voting_members_for_the_meeting_and_each_item() {
    let reg = with_board();
    // Present: Asha, Cara, Fay (voting), Pam (no vote), Ben (no longer a member), Tom
    // (never one): 3 count, and the quorum of 3, copied from the group, is met.
    let show = reg.json(&["meeting", "show", "9"]);
    assert_eq!(show["quorum"], 3);
    assert_eq!(show["group"], "Board");
    assert_eq!(show["quorate"], true);
    assert_eq!(show["absent_members"], json!(["Dr Eve Marsh"]));
    // Cara withdraws from item 2: it has 2, not quorate; item 1 and the meeting keep 3.
    reg.ok(&["meeting", "declare", "9", "cara@nhs.net", "Partner at a bidding practice", "--item", "2", "--withdrew"]);
    let show = reg.json(&["meeting", "show", "9"]);
    assert_eq!(show["quorate"], true);
    assert_eq!(column(&show["items"], "quorate"), vec![json!(true), json!(false)]);
    assert_eq!(
        show["declarations"],
        json!([{"person_id": 4, "name": "Dr Cara Lund", "text": "Partner at a bidding practice", "item": 2, "withdrew": true}])
    );
    // Pam's declaration and withdrawal change nothing: she has no vote.
    reg.ok(&["meeting", "declare", "9", "pam@nhs.net", "Married to a federation director", "--withdrew"]);
    assert_eq!(reg.json(&["meeting", "show", "9"])["quorate"], true);
    // Fay withdraws from the whole meeting: 2 count for it, and 1 for item 2.
    reg.ok(&["meeting", "declare", "9", "fay@nhs.net", "Shareholder in the provider", "--withdrew"]);
    let show = reg.json(&["meeting", "show", "9"]);
    assert_eq!(show["quorate"], false);
    assert_eq!(column(&show["items"], "quorate"), vec![json!(false), json!(false)]);
    // A later quorum for the group leaves the meeting's own as it was.
    reg.ok(&["group", "edit", "Board", "--quorum", "2"]);
    assert_eq!(reg.json(&["meeting", "show", "9"])["quorum"], 3);
    assert_eq!(reg.json(&["meeting", "show", "9"])["quorate"], false);
}

#[test]
fn declarations_come_from_people_at_the_meeting_and_keep_them_there() {
    let reg = with_board();
    reg.ok(&["meeting", "attend", "9", "eve@nhs.net", "--apologies"]);
    reg.ok(&["meeting", "declare", "9", "cara@nhs.net", "Partner at a bidding practice", "--item", "2", "--withdrew"]);
    let e = reg.fails(&["meeting", "declare", "9", "dan@nhs.net", "Anything"], 3);
    assert!(e.contains("Dan Frost is not recorded at meeting 9"), "{e}");
    let e = reg.fails(&["meeting", "declare", "9", "eve@nhs.net", "Anything"], 3);
    assert!(e.contains("sent apologies"), "{e}");
    let e = reg.fails(&["meeting", "declare", "9", "asha@nhs.net", "Anything", "--item", "9"], 4);
    assert!(e.contains("meeting 9 has no item 9"), "{e}");
    reg.fails(&["meeting", "declare", "9", "asha@nhs.net", "Anything", "--item", "two"], 3);
    let e = reg.fails(&["meeting", "unattend", "9", "cara@nhs.net"], 5);
    assert!(e.contains("declaration"), "{e}");
    // Someone without a declaration can still be taken off.
    reg.ok(&["meeting", "unattend", "9", "tom@nhs.net"]);
}

#[test]
fn meetings_of_a_group_must_be_of_its_kind() {
    let reg = with_board();
    let e = reg.fails(&["meeting", "add", "--kind", "peer-group", "--group", "Board", "--date", "2027-01-20"], 3);
    assert!(e.contains("Board is a committee: its meetings are of kind board or other"), "{e}");
    reg.fails(&["meeting", "add", "--kind", "board", "--group", "Nowhere", "--date", "2027-01-20"], 4);
    let e = reg.fails(&["meeting", "add", "--kind", "board", "--round", "Spring", "--date", "2027-01-20"], 3);
    assert!(e.contains("--round is for visits"), "{e}");
    // A year of a group's meetings, its kind taken from the group; re-running adds none.
    let planned = reg.ok(&["meeting", "schedule", "--group", "Board", "--year", "2027", "--rule", "last thu"]);
    assert_eq!(planned.matches("created").count() + planned.matches("moved").count(), 12, "{planned}");
    reg.ok(&["meeting", "schedule", "--group", "Board", "--year", "2027", "--rule", "last thu"]);
    let board = reg.json(&["meeting", "list", "--group", "Board"]);
    assert_eq!(board.as_array().unwrap().len(), 13);
    assert!(column(&board, "kind").iter().all(|k| k == "board"));
    assert!(column(&board, "quorum").iter().all(|q| q == 3));
    assert_eq!(reg.json(&["group", "list"])[0]["next_meeting"], "2027-01-28");
}

#[test]
fn a_peer_groups_mix_and_members() {
    let reg = register();
    reg.ok(&["person", "add", "Dr Gil Ross", "--role", "gp-partner", "--practice", "M81004", "--email", "gil@nhs.net"]);
    reg.ok(&["practice", "edit", "M81004", "--setting", "urban"]);
    reg.ok(&["practice", "edit", "M81007", "--setting", "rural"]);
    reg.ok(&["practice", "edit", "M81026", "--setting", "rural"]);
    reg.ok(&["group", "add", "South peer group", "--kind", "peer-group"]);
    reg.ok(&["group", "join", "south", "M81004", "M81007", "M81026", "M81015", "--from", "2026-04-01"]);
    reg.ok(&["group", "join", "south", "asha@nhs.net", "--from", "2026-04-01"]);
    reg.ok(&["group", "leave", "south", "M81015", "--date", "2026-12-31"]);
    let show = reg.json(&["group", "show", "South peer group"]);
    // Today: M81004 (14,966, urban, two partners), M81007 (5,585, rural, one), M81026
    // (9,000, rural, one). M81015 left on 31 December.
    assert_eq!(
        show["mix"],
        json!({"list_size_under_5000": 0, "list_size_5000_to_9999": 2, "list_size_10000_and_over": 1,
               "urban": 1, "rural": 2, "mixed": 0, "setting_unknown": 0, "single_handed": 2,
               "dispensing": 0})
    );
    let keys: Vec<&String> = show.as_object().unwrap().keys().collect();
    assert_eq!(keys[..5], ["name", "kind", "quorum", "members", "mix"]);
    assert_eq!(show["name"], "South peer group");
    assert_eq!(show["kind"], "peer-group");
    assert_eq!(show["quorum"], Value::Null);
    assert_eq!(show["members"].as_array().unwrap().len(), 5);
    assert_eq!(
        show["members"][2],
        json!({"member_type": "practice", "practice_code": "M81015", "person_id": null,
               "name": "Malvern Health Centre", "voting": false, "from": "2026-04-01", "until": "2026-12-31"})
    );
    assert_eq!(
        show["members"][4],
        json!({"member_type": "person", "practice_code": null, "person_id": 1, "name": "Dr Asha Patel",
               "voting": false, "from": "2026-04-01", "until": null})
    );
    assert_eq!(column(&show["practices"], "single_handed"), vec![json!(false), json!(true), json!(true)]);
    assert_eq!(
        reg.json(&["group", "list"]),
        json!([{"name": "South peer group", "kind": "peer-group", "members": 4, "practices": 3, "people": 1,
                "quorum": null, "next_meeting": null}])
    );
}

#[test]
fn memberships_are_dated_and_checked() {
    let reg = register();
    reg.ok(&["group", "add", "Board", "--kind", "committee"]);
    reg.ok(&["group", "add", "South", "--kind", "peer-group"]);
    reg.ok(&["group", "join", "Board", "asha@nhs.net", "--from", "2026-04-01"]);
    let e = reg.fails(&["group", "join", "Board", "asha@nhs.net", "--from", "2026-06-01"], 5);
    assert!(e.contains("Dr Asha Patel is a member of Board already (from 2026-04-01)"), "{e}");
    let e = reg.fails(&["group", "join", "South", "M81004", "--voting"], 3);
    assert!(e.contains("practices do not vote"), "{e}");
    reg.fails(&["group", "join", "South", "M81004", "--from", "2026-05-01", "--until", "2026-04-01"], 3);
    reg.fails(&["group", "join", "South", "nobody@nhs.net"], 4);
    reg.fails(&["group", "join", "Board", "uma@nhs.net", "--from", "2027-01-01"], 3);
    reg.fails(&["group", "add", "board", "--kind", "forum"], 5);
    reg.fails(&["group", "leave", "Board", "ben@nhs.net", "--date", "2027-01-01"], 4);
    reg.fails(&["group", "leave", "Board", "asha@nhs.net", "--date", "2026-03-01"], 3);
    // A seat that starts later cannot end before it starts.
    reg.ok(&["group", "join", "South", "M81004", "--from", "2027-03-01"]);
    reg.fails(&["group", "leave", "South", "M81004", "--date", "2027-02-01"], 3);
    // A committee's people vote unless told; leaving the register ends the seat.
    reg.ok(&["group", "join", "Board", "pam@nhs.net", "--from", "2026-04-01"]);
    reg.ok(&["person", "leave", "pam@nhs.net", "--date", "2027-01-10", "--yes"]);
    let members = &reg.json(&["group", "show", "Board"])["members"];
    assert_eq!(column(members, "name"), vec![json!("Dr Asha Patel"), json!("Pam Ruddy")]);
    assert_eq!(column(members, "voting"), vec![json!(true), json!(true)]);
    assert_eq!(column(members, "until"), vec![Value::Null, json!("2027-01-10")]);
    // A group with meetings is kept; one without goes, after asking.
    reg.ok(&["meeting", "add", "--kind", "board", "--group", "Board", "--date", "2027-01-14"]);
    reg.fails(&["group", "remove", "Board", "--yes"], 5);
    reg.fails(&["group", "remove", "South"], 2);
    reg.ok(&["group", "remove", "South", "--yes"]);
    assert_eq!(column(&reg.json(&["group", "list"]), "name"), vec![json!("Board")]);
}

#[test]
fn representation_counts_group_meetings_and_events_attended() {
    let reg = register();
    // Bredon Hill (M81007) came to 1 of Evesham's 4 meetings: at risk.
    let risk = |reg: &Reg| -> Vec<Value> {
        let rows = reg.json(&["report", "engagement"]);
        let row = rows.as_array().unwrap().iter().find(|r| r["practice_code"] == "M81007").unwrap().clone();
        ["meetings_held", "represented", "group_meetings_held", "group_represented", "events_attended", "at_risk"]
            .iter()
            .map(|k| row[k].clone())
            .collect()
    };
    assert_eq!(risk(&reg), vec![json!(4), json!(1), json!(0), json!(0), json!(0), json!(true)]);
    reg.ok(&["group", "add", "South", "--kind", "peer-group"]);
    reg.ok(&["group", "join", "South", "M81007", "--from", "2026-04-01"]);
    reg.ok(&["group", "join", "South", "M81026", "--from", "2026-12-01"]);
    // Meetings 9 and 10; Cara comes to the first for M81007, Fay to the second for M81026.
    reg.ok(&["meeting", "add", "--kind", "peer-group", "--group", "South", "--date", "2026-11-20"]);
    reg.ok(&["meeting", "add", "--kind", "peer-group", "--group", "South", "--date", "2027-01-08"]);
    reg.ok(&["meeting", "attend", "9", "cara@nhs.net"]);
    reg.ok(&["meeting", "attend", "10", "fay@nhs.net"]);
    // (1 + 1) of (4 + 2) is 33%: still at risk.
    assert_eq!(risk(&reg), vec![json!(4), json!(1), json!(2), json!(1), json!(0), json!(true)]);
    // Abbey Surgery joined on 1 December: only the second meeting was its.
    let rows = reg.json(&["report", "engagement"]);
    let abbey = rows.as_array().unwrap().iter().find(|r| r["practice_code"] == "M81026").unwrap();
    assert_eq!((abbey["group_meetings_held"].clone(), abbey["group_represented"].clone()), (json!(1), json!(1)));
    // The second meeting expected M81007 too, and nobody came for it.
    assert_eq!(reg.json(&["meeting", "show", "10"])["unrepresented"], json!(["M81007"]));
    // Cara comes to the second as well: (1 + 2) of 6 is 50%, no longer under half.
    reg.ok(&["meeting", "attend", "10", "cara@nhs.net"]);
    assert_eq!(risk(&reg), vec![json!(4), json!(1), json!(2), json!(2), json!(0), json!(false)]);
    reg.ok(&["meeting", "unattend", "10", "cara@nhs.net"]);
    // Its manager at protected learning: an event attended, so not at risk.
    reg.ok(&["meeting", "add", "--kind", "protected-learning", "--date", "2026-10-21", "--title", "PLT: frailty"]);
    reg.ok(&["meeting", "attend", "11", "dan@nhs.net"]);
    assert_eq!(risk(&reg), vec![json!(4), json!(1), json!(2), json!(1), json!(1), json!(false)]);
    // Apologies for an event are not attending it.
    reg.ok(&["meeting", "attend", "11", "dan@nhs.net", "--apologies"]);
    assert_eq!(risk(&reg)[4..], [json!(0), json!(true)]);
    // A member practice nobody in the register works at still had the group's meetings.
    reg.ok(&["practice", "add", "M81099", "Empty Surgery", "--locality", "EVE"]);
    reg.ok(&["group", "join", "South", "M81099", "--from", "2026-04-01"]);
    let rows = reg.json(&["report", "engagement"]);
    let empty = rows.as_array().unwrap().iter().find(|r| r["practice_code"] == "M81099").unwrap();
    assert_eq!((empty["group_meetings_held"].clone(), empty["group_represented"].clone()), (json!(2), json!(0)));
    // A group meeting nobody signed in to counts nowhere, and the report says so.
    reg.ok(&["meeting", "add", "--kind", "peer-group", "--group", "South", "--date", "2027-01-12"]);
    let run = reg.run(&["report", "engagement", "--format", "csv"]);
    assert!(run.stderr.contains("1 meeting up to today has no attendance recorded (ids 12)"), "{}", run.stderr);
    assert_eq!(risk(&reg)[2], json!(2));
}

#[test]
fn minutes_and_actions_of_a_meeting() {
    let reg = with_board();
    reg.ok(&["meeting", "attend", "9", "eve@nhs.net", "--apologies"]);
    reg.ok(&[
        "meeting",
        "declare",
        "9",
        "cara@nhs.net",
        "Partner at a *bidding* practice",
        "--item",
        "2",
        "--withdrew",
    ]);
    reg.ok(&["meeting", "minute", "9", "--item", "1", "The board noted the month 9 position."]);
    reg.ok(&["meeting", "decide", "9", "--item", "2", "Deferred to February."]);
    reg.ok(&[
        "meeting",
        "action",
        "9",
        "--item",
        "1",
        "Revise the forecast",
        "--owner",
        "fay@nhs.net",
        "--due",
        "2027-02-11",
    ]);
    reg.ok(&[
        "meeting",
        "action",
        "9",
        "--item",
        "2",
        "Ask for new bids",
        "--owner",
        "asha@nhs.net",
        "--due",
        "2027-01-14",
    ]);
    reg.ok(&[
        "meeting",
        "action",
        "9",
        "--item",
        "2",
        "Check the contract end date",
        "--owner",
        "pam@nhs.net",
        "--due",
        "2027-01-14",
    ]);
    reg.ok(&["action", "done", "3", "--date", "2027-01-14", "--note", "31 March"]);
    let minutes = reg.ok(&["meeting", "minutes", "9"]);
    assert_eq!(
        minutes,
        "# Board\n\
         \n\
         - **Date:** 2027-01-14\n\
         - **Meeting:** board 9\n\
         - **Group:** Board\n\
         - **Quorum:** 3; 3 counted: quorate\n\
         \n\
         ## Present\n\
         \n\
         - Dr Asha Patel (Riverside Surgery)\n\
         - Dr Cara Lund (Bredon Hill Surgery)\n\
         - Dr Fay Quill (Abbey Surgery)\n\
         - Pam Ruddy (Riverside Surgery)\n\
         - Dr Ben Okafor (Riverside Surgery)\n\
         - Dr Tom Reed\n\
         \n\
         ## Apologies\n\
         \n\
         - Dr Eve Marsh\n\
         \n\
         ## Absent\n\
         \n\
         None recorded.\n\
         \n\
         ## Declarations of interest\n\
         \n\
         - Dr Cara Lund (item 2): Partner at a \\*bidding\\* practice; withdrew from the item\n\
         \n\
         ## 1. Finance report\n\
         \n\
         Paper: papers/finance-m9.pdf\n\
         \n\
         Minutes:\n\
         \n\
         - The board noted the month 9 position.\n\
         \n\
         Actions:\n\
         \n\
         - [ ] Revise the forecast (Dr Fay Quill, due 2027-02-11); action 1\n\
         \n\
         ## 2. Diabetes contract\n\
         \n\
         Quorum for this item: 2 counted after withdrawals: not quorate.\n\
         \n\
         Decisions:\n\
         \n\
         - Deferred to February.\n\
         \n\
         Actions:\n\
         \n\
         - [ ] Ask for new bids (Dr Asha Patel, due 2027-01-14); action 2\n\
         - [x] Check the contract end date (Pam Ruddy, due 2027-01-14, done 2027-01-14); action 3\n"
    );
    // Today is 15 January: action 2 is overdue, 1 is open, 3 is done.
    assert_eq!(column(&reg.json(&["action", "list", "--overdue"]), "id"), vec![2]);
    assert_eq!(column(&reg.json(&["action", "list", "--open"]), "id"), vec![1, 2]);
    assert_eq!(column(&reg.json(&["action", "list", "--owner", "Fay Quill"]), "id"), vec![1]);
    assert_eq!(column(&reg.json(&["action", "list", "--group", "board"]), "id"), vec![1, 2, 3]);
    assert_eq!(
        reg.json(&["action", "list"])[2],
        json!({"id": 3, "meeting_id": 9, "meeting_date": "2027-01-14", "item": 2, "text": "Check the contract end date",
               "owner_id": 3, "owner_name": "Pam Ruddy", "due": "2027-01-14", "done_on": "2027-01-14", "overdue": false})
    );
    // The items as `meeting show` gives them.
    assert_eq!(
        reg.json(&["meeting", "show", "9"])["items"][1],
        json!({"number": 2, "title": "Diabetes contract", "paper": null, "quorate": false, "minutes": [],
               "decisions": ["Deferred to February."],
               "actions": ["Ask for new bids (Dr Asha Patel, due 2027-01-14)",
                           "Check the contract end date (Pam Ruddy, due 2027-01-14, done 2027-01-14)"]})
    );
    // Bad input changes nothing.
    reg.fails(&["action", "done", "3"], 5);
    reg.fails(&["action", "done", "2", "--date", "2027-02-01"], 3);
    reg.fails(&["action", "done", "2", "--date", "2027-01-01"], 3);
    reg.fails(&["action", "done", "99"], 4);
    reg.fails(&["meeting", "action", "9", "--item", "1", "X", "--owner", "fay@nhs.net", "--due", "2027-01-01"], 3);
    reg.fails(&["meeting", "action", "9", "--item", "3", "X", "--owner", "fay@nhs.net", "--due", "2027-02-01"], 4);
    reg.fails(&["meeting", "action", "9", "--item", "1", "X", "--owner", "uma@nhs.net", "--due", "2027-02-01"], 3);
    reg.fails(&["meeting", "minute", "5", "--item", "1", "Not yet held"], 3);
    reg.fails(&["meeting", "minute", "9", "--item", "1", ""], 3);
}

#[test]
fn visit_rounds_with_what_practices_said() {
    let reg = register();
    let visit = |code: &str, date: &str| {
        reg.ok(&["meeting", "add", "--kind", "visit", "--practice", code, "--date", date, "--round", "Winter 2026"]);
    };
    visit("M81004", "2026-12-02"); // meeting 9
    visit("M81015", "2027-01-05"); // meeting 10
    reg.ok(&[
        "meeting",
        "add",
        "--kind",
        "visit",
        "--practice",
        "M81026",
        "--date",
        "2027-01-20",
        "--round",
        "Winter 2026",
    ]);
    reg.ok(&["meeting", "note", "9", "Wants a named contact for the community team"]);
    reg.fails(&["meeting", "note", "11", "Not visited yet"], 3);
    let rows = reg.json(&["report", "visits", "--round", "winter 2026"]);
    assert_eq!(
        column(&rows, "practice_code"),
        vec![json!("M81004"), json!("M81007"), json!("M81026"), json!("M81015")]
    );
    assert_eq!(column(&rows, "last_visit"), vec![json!("2026-12-02"), Value::Null, Value::Null, json!("2027-01-05")]);
    assert_eq!(column(&rows, "visited"), vec![json!(true), json!(false), json!(false), json!(true)]);
    // Since a day, within the round.
    let rows = reg.json(&["report", "visits", "--round", "Winter 2026", "--since", "2027-01-01"]);
    assert_eq!(column(&rows, "visited"), vec![json!(false), json!(false), json!(false), json!(true)]);
    let e = reg.fails(&["report", "visits", "--round", "Spring"], 4);
    assert!(e.contains("the rounds are: Winter 2026"), "{e}");
    let show = reg.json(&["meeting", "show", "9"]);
    assert_eq!(show["round"], "Winter 2026");
    assert_eq!(show["notes"], json!(["Wants a named contact for the community team"]));
    assert!(
        reg.ok(&["meeting", "minutes", "9"]).contains("## Notes\n\n- Wants a named contact for the community team\n")
    );
}
