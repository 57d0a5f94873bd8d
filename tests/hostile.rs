//! The hostile-input corpus (`tests/hostile/`, made by `make.py`): malformed and
//! truncated CSV, wrong encodings, BOMs in odd places, huge fields and lines, control
//! characters, impossible dates and times, bad codes, GMC numbers, amounts and
//! references, SQL in names. Each case must exit with its code, say why in one line,
//! and leave the register exactly as it was.

mod common;

use common::Reg;
use serde_json::Value;

fn register() -> Reg {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham", "--code", "EVE"]);
    reg.ok(&["practice", "add", "M81004", "Riverside Surgery", "--locality", "EVE"]);
    reg.ok(&["practice", "add", "M81007", "Bredon Hill Surgery", "--locality", "EVE"]);
    let people = "name,role,practice,email,phone,gmc,pay_to\n\
        Dr Asha Patel,gp-partner,M81004,asha@nhs.net,,7012345,\n\
        Dr Tom Reed,gp-locum,,tom@nhs.net,,7054321,\n\
        Dr Tom Reed,gp-salaried,M81007,tom.reed@nhs.net,,7054322,\n";
    assert_eq!(reg.run_stdin(&["person", "import", "-"], people.as_bytes()).code, 0);
    reg.ok(&["meeting", "add", "--kind", "locality", "--locality", "EVE", "--date", "2027-01-12"]);
    reg.ok(&["meeting", "add", "--kind", "locality", "--locality", "EVE", "--date", "2027-02-09"]);
    reg.ok(&["session", "rate", "set", "gp", "380", "--from", "2026-04-01"]);
    reg.ok(&["group", "add", "Board", "--kind", "committee", "--quorum", "2"]);
    reg.ok(&["meeting", "attend", "1", "asha@nhs.net"]);
    reg.ok(&["meeting", "item", "add", "1", "Finance"]);
    reg.ok(&["measure", "add", "items"]);
    reg
}

#[test]
fn every_hostile_input_is_refused_cleanly() {
    let reg = register();
    // Each case starts from the same register, whatever the cases before it did (a case
    // that changed it fails anyway; on a server, where there is no file to copy, the
    // cases after it are compared with the register as it then was).
    let template = reg.dir.path().join("template.db");
    let on_file = reg.team.is_none();
    if on_file {
        std::fs::copy(&reg.db, &template).unwrap();
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    let cases = std::fs::read_to_string(dir.join("cases.jsonl")).unwrap();
    let mut n = 0;
    let mut wrong = Vec::new();
    for line in cases.lines() {
        let case: Value = serde_json::from_str(line).unwrap();
        let file = case["file"].as_str().map(|f| dir.join("files").join(f).to_str().unwrap().to_string());
        let args: Vec<String> = case["args"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap().replace("{file}", file.as_deref().unwrap_or("")))
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        if on_file {
            std::fs::copy(&template, &reg.db).unwrap();
        }
        let before = reg.dump();
        let r = reg.run(&args);
        let expect = case["expect"].as_str().unwrap();
        let errors = r.stderr.lines().filter(|l| l.starts_with("error:")).count();
        let ok = r.code == case["exit"].as_i64().unwrap() as i32
            && r.stderr.starts_with("error: ")
            && errors == 1
            && r.stderr.lines().next().unwrap_or_default().len() < 400
            && r.stderr.contains(expect)
            && reg.dump() == before;
        if !ok {
            let first: String = r.stderr.chars().take(300).collect();
            wrong.push(format!(
                "case {}: {:?} exit {} (want {} {expect:?}): {first}",
                case["n"], args, r.code, case["exit"]
            ));
        }
        n += 1;
    }
    assert!(n >= 200, "only {n} cases");
    assert!(wrong.is_empty(), "{} of {n} cases went wrong:\n{}", wrong.len(), wrong.join("\n"));
    eprintln!("hostile input: {n} cases refused with their exit code, one line, register unchanged");
}

#[test]
fn sql_and_formulas_in_names_are_kept_as_text() {
    let reg = register();
    let name = "Robert'); DROP TABLE practice;--";
    reg.ok(&["locality", "add", name]);
    reg.ok(&["practice", "add", "M81099", "=HYPERLINK(\"http://x\")", "--locality", name]);
    let p = reg.json(&["practice", "show", "M81099"]);
    assert_eq!(p["locality"], name);
    assert_eq!(p["name"], "=HYPERLINK(\"http://x\")");
    let csv = reg.ok(&["practice", "list", "--format", "csv"]);
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{csv}");
    assert_eq!(reg.json(&["practice", "list"]).as_array().unwrap().len(), 3);
}
