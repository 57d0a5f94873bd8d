//! Rules of the write path checked through the library, where the binary cannot show
//! them: the lines on file are what the facts give, whichever commands made them.

mod common;

use common::Reg;

#[test]
fn the_demo_registers_lines_are_what_its_facts_give() {
    let reg = Reg::new();
    let out = reg.cmd(&["demo"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    common::assert_lines_are_what_the_facts_give(&reg.db);
}

#[test]
fn after_each_closure_move_leaver_and_correction_the_lines_are_what_the_facts_give() {
    let reg = common::example_register();
    for step in [
        &["person", "appoint", "fay@nhs.net", "nominated-gp", "--from", "2026-04-01", "--sessions-per-month", "1"][..],
        &["meeting", "attend", "4", "ben@nhs.net"],
        &["meeting", "move", "3", "--date", "2026-12-09"],
        &["person", "appoint", "ben@nhs.net", "nominated-gp", "--from", "2026-12-01"],
        &["person", "edit", "asha@nhs.net", "--practice", "M81015", "--from", "2027-01-01"],
        &["practice", "close", "M81026", "--date", "2027-01-12", "--yes"],
        &["person", "leave", "cara@nhs.net", "--date", "2027-01-10", "--yes"],
        &["person", "leave", "cara@nhs.net", "--date", "2027-01-14", "--correction", "--yes"],
        &["meeting", "unattend", "2", "tom@nhs.net"],
        &["meeting", "cancel", "4", "--yes"],
    ] {
        reg.ok(step);
        common::assert_lines_are_what_the_facts_give(&reg.db);
    }
    // Fay's December as nominated GP accrued, then her role ended within it.
    reg.ok(&["session", "accrue", "--month", "2026-12"]);
    let roles = reg.json(&["person", "appointments", "fay@nhs.net"]);
    let nominated = roles.as_array().unwrap().iter().find(|r| r["role"] == "nominated-gp").unwrap();
    reg.ok(&["person", "unappoint", &nominated["id"].to_string(), "--date", "2026-12-20"]);
    common::assert_lines_are_what_the_facts_give(&reg.db);
}
