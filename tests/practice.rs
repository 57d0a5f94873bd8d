//! Practices and localities by hand: add, list, show, edit, close, remove, and every
//! wrong input refused with its exit code and the register unchanged.

mod common;

use common::{Reg, column, fixture_str};
use serde_json::Value;

const PRACTICE_COLUMNS: &[&str] =
    &["code", "name", "locality", "list_size", "postcode", "phone", "setting", "status", "open_date", "close_date"];

fn small_register() -> Reg {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham", "--code", "EVE"]);
    reg.ok(&["locality", "add", "Malvern Hills", "--code", "MAL"]);
    reg.ok(&[
        "practice",
        "add",
        "m81004",
        "Riverside Surgery",
        "--locality",
        "eve",
        "--list-size",
        "14966",
        "--postcode",
        "wr11 1jp",
        "--phone",
        "01386 444400",
        "--setting",
        "urban",
    ]);
    reg.ok(&["practice", "add", "M81007", "Bredon Hill Surgery", "--locality", "Evesham", "--list-size", "5585"]);
    reg.ok(&["practice", "add", "M81015", "Malvern Health Centre", "--locality", "malvern hills"]);
    reg
}

#[test]
fn add_list_show() {
    let reg = small_register();
    let list = reg.json(&["practice", "list"]);
    assert_eq!(column(&list, "code"), vec!["M81004", "M81007", "M81015"]);
    let first = list[0].as_object().unwrap();
    assert_eq!(first.keys().map(String::as_str).collect::<Vec<_>>(), PRACTICE_COLUMNS);
    assert_eq!(list[0]["postcode"], "WR11 1JP");
    assert_eq!(list[0]["list_size"], 14966);
    assert_eq!(list[0]["setting"], "urban");
    assert_eq!(list[2]["list_size"], Value::Null);

    let evesham = reg.json(&["practice", "list", "--locality", "EVESHAM"]);
    assert_eq!(column(&evesham, "code"), vec!["M81004", "M81007"]);

    let show = reg.json(&["practice", "show", "M81007"]);
    assert_eq!(show["name"], "Bredon Hill Surgery");
    assert_eq!(show["locality"], "Evesham");

    let localities = reg.json(&["locality", "list"]);
    assert_eq!(column(&localities, "name"), vec!["Evesham", "Malvern Hills"]);
    assert_eq!(column(&localities, "practices"), vec![2, 1]);
    assert_eq!(column(&localities, "list_size"), vec![14966 + 5585, 0]);
    let shown = reg.json(&["locality", "show", "mal"]);
    assert_eq!(shown["name"], "Malvern Hills");
    assert_eq!(column(&shown["practices"], "code"), vec!["M81015"]);
}

#[test]
fn csv_and_json_carry_the_same_rows_and_columns() {
    let reg = Reg::new();
    reg.ok(&["practice", "import", &fixture_str("nhs/epraccur-05T.csv"), "--commissioner", "05T"]);
    reg.ok(&["practice", "import", &fixture_str("nhs/gp-reg-pat-prac-all-2021-01.csv")]);
    for args in [&["practice", "list", "--status", "all"][..], &["locality", "list"]] {
        let json = reg.json(args);
        let mut all = args.to_vec();
        all.extend(["--format", "csv"]);
        let csv_text = reg.ok(&all);
        let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
        let rows = json.as_array().unwrap();
        assert_eq!(header, rows[0].as_object().unwrap().keys().cloned().collect::<Vec<_>>());
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), rows.len());
        for (record, row) in records.iter().zip(rows) {
            for (name, cell) in header.iter().zip(record.iter()) {
                let expected = match &row[name] {
                    Value::Null => String::new(),
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                assert_eq!(cell, expected, "{args:?} column {name}");
            }
        }
    }
    let header = reg.ok(&["practice", "list", "--format", "csv"]).lines().next().unwrap().to_string();
    assert_eq!(header, PRACTICE_COLUMNS.join(","));
    // The table for people has the same rows.
    let table = reg.ok(&["practice", "list"]);
    assert_eq!(table.lines().count(), 2 + 31);
    assert!(table.lines().nth(2).unwrap().contains("RIVERSIDE SURGERY"));
}

#[test]
fn edit_changes_only_what_is_given_and_empty_clears() {
    let reg = small_register();
    reg.ok(&["practice", "edit", "M81004", "--locality", "MAL", "--phone", "", "--list-size", "15000"]);
    let p = reg.json(&["practice", "show", "M81004"]);
    assert_eq!(p["locality"], "Malvern Hills");
    assert_eq!(p["phone"], Value::Null);
    assert_eq!(p["list_size"], 15000);
    assert_eq!(p["postcode"], "WR11 1JP");
    assert_eq!(p["setting"], "urban");
    let r = reg.run(&["practice", "edit", "M81004", "--list-size", "15000"]);
    assert!(r.stderr.contains("already had those details"), "{}", r.stderr);
    // Nothing to change is clap's usage error.
    assert_eq!(reg.run(&["practice", "edit", "M81004"]).code, 2);
}

#[test]
fn close_keeps_history_and_hides_from_default_lists() {
    let reg = small_register();
    let stderr = reg.fails(&["practice", "close", "M81007", "--date", "2027-01-10"], 2);
    assert!(stderr.contains("--yes"), "{stderr}");
    reg.ok(&["practice", "close", "M81007", "--date", "2027-01-10", "--merged-into", "m81004", "--yes"]);
    assert_eq!(column(&reg.json(&["practice", "list"]), "code"), vec!["M81004", "M81015"]);
    let closed = reg.json(&["practice", "list", "--status", "closed"]);
    assert_eq!(column(&closed, "close_date"), vec!["2027-01-10"]);
    let p = reg.json(&["practice", "show", "M81007"]);
    assert_eq!((p["status"].as_str(), p["merged_into"].as_str()), (Some("closed"), Some("M81004")));
    assert_eq!(reg.json(&["practice", "show", "M81004"])["merged_from"], "M81007");
    // Closing again is a conflict; the default date is today.
    reg.fails(&["practice", "close", "M81007", "--yes"], 5);
    reg.ok(&["practice", "close", "M81015", "--yes"]);
    assert_eq!(reg.json(&["practice", "show", "M81015"])["close_date"], common::TODAY);
}

#[test]
fn wrong_practice_input_is_refused_and_changes_nothing() {
    let reg = small_register();
    let cases: &[(&[&str], i32, &str)] = &[
        (&["practice", "add", "M8100", "X Surgery", "--locality", "eve"], 3, "not a practice code: \"M8100\" (CODE)"),
        (&["practice", "add", "M81099", " ", "--locality", "eve"], 3, "not a practice name"),
        (&["practice", "add", "M81099", "X Surgery", "--locality", "nowhere"], 4, "no such locality: \"nowhere\""),
        (&["practice", "add", "M81004", "X Surgery", "--locality", "eve"], 5, "already in the register"),
        (&["practice", "add", "M81099", "X Surgery", "--locality", "eve", "--list-size", "many"], 3, "--list-size"),
        (&["practice", "add", "M81099", "X Surgery", "--locality", "eve", "--postcode", "WR11"], 3, "--postcode"),
        (&["practice", "add", "M81099", "X Surgery", "--locality", "eve", "--phone", "call us"], 3, "--phone"),
        (&["practice", "add", "M81099", "X Surgery", "--locality", "eve", "--setting", "seaside"], 2, "seaside"),
        (&["practice", "show", "M81099"], 4, "no such practice: \"M81099\""),
        (&["practice", "edit", "M81099", "--name", "X"], 4, "no such practice"),
        (&["practice", "edit", "M81004", "--locality", "nowhere"], 4, "no such locality"),
        (
            &["practice", "close", "M81004", "--date", "2027-02-30", "--yes"],
            3,
            "not a date from 1900-01-01 to 2199-12-31: \"2027-02-30\" (--date)",
        ),
        (&["practice", "close", "M81004", "--merged-into", "M81004", "--yes"], 3, "cannot merge into itself"),
        (&["practice", "close", "M81004", "--merged-into", "M81099", "--yes"], 4, "no such practice"),
        (&["practice", "list", "--locality", "nowhere"], 4, "no such locality"),
        (&["practice", "list", "--status", "gone"], 2, "gone"),
    ];
    for (args, code, expected) in cases {
        let stderr = reg.fails(args, *code);
        assert!(stderr.contains(expected), "{args:?}: expected {expected:?} in {stderr}");
    }
}

#[test]
fn localities_edit_and_remove() {
    let reg = small_register();
    reg.ok(&["locality", "edit", "EVE", "--name", "Evesham and Pershore", "--code", "EVP"]);
    assert_eq!(reg.json(&["practice", "show", "M81004"])["locality"], "Evesham and Pershore");
    reg.ok(&["locality", "edit", "evp", "--code", ""]);
    assert_eq!(reg.json(&["locality", "show", "Evesham and Pershore"])["code"], Value::Null);

    let stderr = reg.fails(&["locality", "remove", "Evesham and Pershore", "--yes"], 5);
    assert!(stderr.contains("still holds 2 practice(s)"), "{stderr}");
    reg.fails(&["locality", "remove", "MAL", "--move-practices-to", "Evesham and Pershore"], 2);
    reg.ok(&["locality", "remove", "MAL", "--move-practices-to", "Evesham and Pershore", "--yes"]);
    assert_eq!(column(&reg.json(&["locality", "list"]), "practices"), vec![3]);
    assert_eq!(reg.json(&["practice", "show", "M81015"])["locality"], "Evesham and Pershore");

    reg.ok(&["locality", "add", "Empty"]);
    reg.ok(&["locality", "remove", "empty", "--yes"]);
    assert_eq!(reg.json(&["locality", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn wrong_locality_input_is_refused_and_changes_nothing() {
    let reg = small_register();
    let cases: &[(&[&str], i32, &str)] = &[
        (&["locality", "add", "evesham"], 5, "already called or coded"),
        (&["locality", "add", "Pershore", "--code", "eve"], 5, "already taken"),
        (&["locality", "add", "Pershore", "--code", "P S"], 3, "not a locality code"),
        (&["locality", "add", ""], 3, "not a locality name"),
        (&["locality", "edit", "Evesham", "--name", "Malvern Hills"], 5, "already called"),
        (&["locality", "edit", "Nowhere", "--name", "X"], 4, "no such locality"),
        (&["locality", "show", "Nowhere"], 4, "no such locality"),
        (&["locality", "remove", "Nowhere", "--yes"], 4, "no such locality"),
        (&["locality", "remove", "Evesham", "--move-practices-to", "Nowhere", "--yes"], 4, "no such locality"),
        (&["locality", "remove", "Evesham", "--move-practices-to", "EVE", "--yes"], 3, "into itself"),
    ];
    for (args, code, expected) in cases {
        let stderr = reg.fails(args, *code);
        assert!(stderr.contains(expected), "{args:?}: expected {expected:?} in {stderr}");
    }
}

#[test]
fn locality_names_and_codes_never_clash_so_references_are_never_ambiguous() {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "North", "--code", "N1"]);
    let stderr = reg.fails(&["locality", "add", "n1"], 5);
    assert!(stderr.contains("already called or coded \"n1\" (locality North)"), "{stderr}");
    reg.ok(&["locality", "add", "South", "--code", "S1"]);
    let stderr = reg.fails(&["locality", "edit", "South", "--code", "north"], 5);
    assert!(stderr.contains("already taken (locality North)"), "{stderr}");
}

#[test]
fn practice_place_puts_many_practices_in_their_localities() {
    let reg = Reg::new();
    reg.ok(&["practice", "import", &common::fixture_str("nhs/epraccur-05T.csv"), "--commissioner", "05T"]);
    for l in ["Evesham", "Malvern", "Worcester", "Droitwich"] {
        reg.ok(&["locality", "add", l]);
    }
    let file = common::fixture_str("05T-localities.csv");
    let before = reg.dump();
    let r = reg.run(&["practice", "place", &file, "--dry-run"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("33 rows: 33 placed, 0 moved, 0 unchanged (dry run: nothing written)"), "{}", r.stderr);
    assert_eq!(reg.dump(), before);
    reg.ok(&["practice", "place", &file]);
    let counts: Vec<(String, i64)> = reg
        .json(&["locality", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["name"].as_str().unwrap().to_string(), l["practices"].as_i64().unwrap()))
        .collect();
    // The two closed practices count in no list of today.
    assert_eq!(
        counts,
        [
            ("Droitwich".into(), 7),
            ("Evesham".into(), 6),
            ("Malvern".into(), 7),
            ("Unassigned".into(), 0),
            ("Worcester".into(), 11)
        ]
    );
    // Placing out of Unassigned is a correction: no history row, no false move.
    assert_eq!(
        reg.json(&["practice", "history", "M81004"]),
        serde_json::json!([{"from": "1974-04-01", "until": null, "locality": "Evesham", "status": "open"}])
    );
    // The same file again changes nothing; a move holds from --from.
    let r = reg.run(&["practice", "place", &file]);
    assert!(r.stderr.contains("33 rows: 0 placed, 0 moved, 33 unchanged"), "{}", r.stderr);
    let moves = "code,locality\nm81074,MALVERN\nM81004,Evesham\n";
    let r = reg.run_stdin(&["practice", "place", "-", "--from", "2027-01-01"], moves.as_bytes());
    assert!(r.stderr.contains("2 rows: 0 placed, 1 moved, 1 unchanged"), "{}", r.stderr);
    assert_eq!(
        column(&reg.json(&["practice", "history", "M81074"]), "until"),
        vec![serde_json::json!("2026-12-31"), serde_json::json!(null)]
    );
    // Bad rows: exit 3 naming the line and field, nothing written.
    for (text, why) in [
        ("code,locality\nM81004,Evesham\nM81006,Nowhere\n", "(stdin:3, field locality)"),
        ("code,locality\nM81099,Evesham\n", "(stdin:2, field code)"),
        ("code,locality\nM8100,Evesham\n", "not a practice code"),
        ("code,locality\nM81004,Malvern\nm81004,Worcester\n", "practice M81004 is on lines 2 and 3"),
        ("code\nM81004\n", "the header has no \"locality\" column"),
    ] {
        let before = reg.dump();
        let r = reg.run_stdin(&["practice", "place", "-"], text.as_bytes());
        assert_eq!(r.code, 3, "{text:?}: {}", r.stderr);
        assert!(r.stderr.contains(why), "{text:?}: {}", r.stderr);
        assert_eq!(reg.dump(), before);
    }
}
