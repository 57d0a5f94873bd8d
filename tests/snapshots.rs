//! What people and finance see, byte for byte, on the demo register on a fixed day:
//! the tables of the tour and the commands it suggests, and the payment CSV. A change
//! shows in review (`cargo insta review`, or INSTA_UPDATE=always cargo test).

mod common;

use common::Reg;

#[test]
fn the_demo_as_people_and_finance_see_it() {
    let reg = Reg::new();
    reg.ok(&["demo"]);
    for (name, args) in [
        ("report-engagement", vec!["report", "engagement"]),
        ("report-localities", vec!["report", "localities"]),
        ("practice-list-upland", vec!["practice", "list", "--locality", "Upland Villages"]),
        ("practice-show", vec!["practice", "show", "Z90101"]),
        ("meeting-show", vec!["meeting", "show", "17"]),
        ("board-meeting-show", vec!["meeting", "show", "63"]),
        ("session-budget-list", vec!["session", "budget", "list", "--fy", "this"]),
        ("session-export-summary", vec!["session", "export", "--month", "last", "--summary"]),
        ("session-export-finalised", vec!["session", "export", "--month", "2026-11"]),
    ] {
        insta::assert_snapshot!(name, reg.ok(&args));
    }
}
