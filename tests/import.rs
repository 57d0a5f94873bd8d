//! `practice import` on the NHS's own files, as published.

mod common;

use common::{Reg, column, fixture, fixture_str};
use serde_json::Value;

fn import_05t(reg: &Reg) {
    reg.ok(&["practice", "import", &fixture_str("nhs/epraccur-05T.csv"), "--commissioner", "05T"]);
}

fn total_list_size(rows: &Value) -> i64 {
    column(rows, "list_size").iter().map(|v| v.as_i64().unwrap_or(0)).sum()
}

#[test]
fn south_worcestershire_gives_31_open_and_2_closed_with_317699_patients() {
    let reg = Reg::new();
    let r = reg.run(&["practice", "import", &fixture_str("nhs/epraccur-05T.csv"), "--commissioner", "05T"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("33 inserted, 0 updated, 0 unchanged, 0 closed, 64 skipped"), "{}", r.stderr);

    let open = reg.json(&["practice", "list"]);
    assert_eq!(open.as_array().unwrap().len(), 31);
    let closed = reg.json(&["practice", "list", "--status", "closed"]);
    assert_eq!(column(&closed, "code"), vec!["M81079", "Y02708"]);
    assert_eq!(column(&closed, "close_date"), vec!["2019-04-30", "2016-05-31"]);
    assert_eq!(reg.json(&["practice", "list", "--status", "all"]).as_array().unwrap().len(), 33);
    // New practices land in the Unassigned locality the import created.
    assert!(column(&open, "locality").iter().all(|l| l == "Unassigned"));

    let r = reg.run(&["practice", "import", &fixture_str("nhs/gp-reg-pat-prac-all-2021-01.csv")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("0 inserted, 31 updated, 0 unchanged, 0 closed, 6627 skipped"), "{}", r.stderr);
    let open = reg.json(&["practice", "list"]);
    assert_eq!(total_list_size(&open), 317_699);
    let m81004 = reg.json(&["practice", "show", "m81004"]);
    assert_eq!(m81004["name"], "RIVERSIDE SURGERY");
    assert_eq!(m81004["postcode"], "WR11 1JP");
    assert_eq!(m81004["phone"], "01386 444400");
    assert_eq!(m81004["open_date"], "1974-04-01");
    assert_eq!(m81004["address"], "THE RIVERSIDE SURGERY, WATERSIDE, EVESHAM, WORCESTERSHIRE");

    let localities = reg.json(&["locality", "list"]);
    assert_eq!(localities[0]["name"], "Unassigned");
    assert_eq!(localities[0]["practices"], 31);
    assert_eq!(localities[0]["list_size"], 317_699);
}

#[test]
fn the_whole_national_file_imports_and_a_second_import_changes_nothing() {
    let file = fixture("nhs/epraccur-2019-12-full.csv");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_path(&file).unwrap();
    let gp_rows = reader.records().map(Result::unwrap).filter(|r| &r[25] == "4").count();
    let open_rows = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(&file)
        .unwrap()
        .records()
        .map(Result::unwrap)
        .filter(|r| &r[25] == "4" && &r[12] != "C")
        .count();

    let reg = Reg::new();
    let path = file.to_str().unwrap();
    let r = reg.run(&["practice", "import", path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains(&format!("{gp_rows} inserted")), "{}", r.stderr);
    let all = reg.json(&["practice", "list", "--status", "all"]);
    assert_eq!(all.as_array().unwrap().len(), gp_rows);
    assert_eq!(reg.json(&["practice", "list"]).as_array().unwrap().len(), open_rows);

    let before = reg.dump().lines().filter(|l| !l.starts_with("audit:")).collect::<Vec<_>>().join("\n");
    let r = reg.run(&["practice", "import", path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("0 inserted, 0 updated, {gp_rows} unchanged, 0 closed, {} skipped", 14_357 - gp_rows)),
        "{}",
        r.stderr
    );
    let after = reg.dump().lines().filter(|l| !l.starts_with("audit:")).collect::<Vec<_>>().join("\n");
    assert_eq!(before, after);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let reg = Reg::new();
    reg.ok(&["practice", "import", &fixture_str("nhs/epraccur-2019-12-full.csv")]);
    for format in ["table", "csv", "json"] {
        let mut child = reg
            .cmd(&["practice", "list", "--format", format])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(out.stderr.is_empty(), "{format}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn bom_and_lf_endings_import_like_the_original() {
    let original = std::fs::read(fixture("nhs/epraccur-05T.csv")).unwrap();
    let mut altered = b"\xEF\xBB\xBF".to_vec();
    altered.extend(String::from_utf8(original).unwrap().replace("\r\n", "\n").into_bytes());

    let a = Reg::new();
    import_05t(&a);
    let b = Reg::new();
    let file = b.dir.path().join("bom-lf.csv");
    std::fs::write(&file, &altered).unwrap();
    b.ok(&["practice", "import", file.to_str().unwrap(), "--commissioner", "05T"]);
    let list = ["practice", "list", "--status", "all"];
    assert_eq!(a.json(&list), b.json(&list));

    // And through stdin, with the source named.
    let c = Reg::new();
    let r = c.run_stdin(&["practice", "import", "-", "--source", "epraccur", "--commissioner", "05t"], &altered);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(a.json(&list), c.json(&list));
}

/// Writes the 05T file with line `line` (1-based) replaced through `edit`.
fn with_bad_line(reg: &Reg, line: usize, edit: impl Fn(&str) -> String) -> String {
    let text = std::fs::read_to_string(fixture("nhs/epraccur-05T.csv")).unwrap();
    let lines: Vec<String> = text
        .split_inclusive("\r\n")
        .enumerate()
        .map(|(i, l)| if i + 1 == line { edit(l) } else { l.to_string() })
        .collect();
    let file = reg.dir.path().join("bad.csv");
    std::fs::write(&file, lines.concat()).unwrap();
    file.to_str().unwrap().to_string()
}

#[test]
fn one_bad_row_fails_the_whole_import_naming_line_and_field() {
    let reg = Reg::new();
    import_05t(&reg);
    reg.ok(&["practice", "import", &fixture_str("nhs/gp-reg-pat-prac-all-2021-01.csv")]);
    // Line 3 is M81006 SEVERN VALLEY MEDICAL PRACTICE, a GP practice.
    type Edit = Box<dyn Fn(&str) -> String>;
    let cases: Vec<(Edit, &str)> = vec![
        (Box::new(|l: &str| l.replace("\"19740401\"", "\"19741301\"")), "bad.csv:3, field 11 open date"),
        (Box::new(|l: &str| l.replace("\"M81006\"", "\"M8100X\"")), "bad.csv:3, field 1 organisation code"),
        (Box::new(|l: &str| l.replacen("\"Y60\",", "", 1)), "bad.csv:3, field count"),
        (Box::new(|l: &str| l.replace("\"A\",\"B\"", "\"Q\",\"B\"")), "bad.csv:3, field 13 status code"),
        (Box::new(|l: &str| l.replace("\"WR2 5HL\"", "\"WR2 5H\"")), "bad.csv:3, field 10 postcode"),
        // Dates are from 1900-01-01 to 2199-12-31 (the README's session: bounds).
        (Box::new(|l: &str| l.replace("\"19740401\"", "\"18740401\"")), "bad.csv:3, field 11 open date"),
    ];
    for (edit, expected) in cases {
        let file = with_bad_line(&reg, 3, edit);
        let stderr = reg.fails(&["practice", "import", &file, "--commissioner", "05T"], 3);
        assert!(stderr.contains(expected), "expected {expected:?} in {stderr}");
    }
    // The last line is as good a place for a bad row as any: nothing before it lands.
    let file = with_bad_line(&reg, 97, |l| l.replace("\"20181024\"", "\"20181324\""));
    let stderr = reg.fails(&["practice", "import", &file], 3);
    assert!(stderr.contains("bad.csv:97, field 11 open date"), "{stderr}");
}

#[test]
fn a_bad_list_size_row_fails_the_import() {
    let reg = Reg::new();
    import_05t(&reg);
    let text = "PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS\r\n\
                GP_PRAC_PAT_LIST,01JAN2021,GP,18C,E38000236,M81004,WR11 1JP,ALL,ALL,14966\r\n\
                GP_PRAC_PAT_LIST,01JAN2021,GP,18C,E38000236,M81006,WR2 5HL,ALL,ALL,lots\r\n";
    let file = reg.dir.path().join("sizes.csv");
    std::fs::write(&file, text).unwrap();
    let stderr = reg.fails(&["practice", "import", file.to_str().unwrap()], 3);
    assert!(stderr.contains("sizes.csv:3, field NUMBER_OF_PATIENTS"), "{stderr}");
}

#[test]
fn sub_icb_list_size_files_and_commissioner_filter() {
    let reg = Reg::new();
    import_05t(&reg);
    let text = "PUBLICATION,EXTRACT_DATE,TYPE,SUB_ICB_LOCATION_CODE,ONS_SUB_ICB_LOCATION_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS\n\
                GP_PRAC_PAT_LIST,01OCT2026,GP,18C,E38000236,M81004,WR11 1JP,ALL,ALL,15001\n\
                GP_PRAC_PAT_LIST,01OCT2026,GP,99X,E38000999,M81006,WR2 5HL,ALL,ALL,20001\n\
                GP_PRAC_PAT_LIST,01OCT2026,GP,18C,E38000236,A81001,TS18 1HU,ALL,ALL,4000\n";
    let file = reg.dir.path().join("sizes.csv");
    std::fs::write(&file, text).unwrap();
    let r = reg.run(&["practice", "import", file.to_str().unwrap(), "--commissioner", "18C"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("0 inserted, 1 updated, 0 unchanged, 0 closed, 2 skipped"), "{}", r.stderr);
    assert_eq!(reg.json(&["practice", "show", "M81004"])["list_size"], 15001);
    assert_eq!(reg.json(&["practice", "show", "M81006"])["list_size"], Value::Null);
}

#[test]
fn dry_run_shows_changes_and_writes_nothing() {
    let reg = Reg::new();
    import_05t(&reg);
    let before = reg.dump();
    let r = reg.run(&[
        "practice",
        "import",
        &fixture_str("nhs/gp-reg-pat-prac-all-2021-01.csv"),
        "--dry-run",
        "--format",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(reg.dump(), before);
    let changes: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(changes.as_array().unwrap().len(), 31);
    assert_eq!(changes[0]["code"], "M81004");
    assert_eq!(changes[0]["action"], "update");
    assert_eq!(changes[0]["changes"], "list_size: - -> 14966");
    assert!(r.stderr.contains("nothing written"), "{}", r.stderr);
}

#[test]
fn reimporting_closes_moves_nothing_and_counts_closures() {
    let reg = Reg::new();
    import_05t(&reg);
    reg.ok(&["locality", "add", "Evesham"]);
    reg.ok(&["practice", "edit", "M81004", "--locality", "evesham"]);
    // The NHS file now says M81004 closed: the import closes it but never moves it.
    let file = with_bad_line(&reg, 2, |l| l.replace("\"19740401\",\"\",\"A\"", "\"19740401\",\"20270114\",\"C\""));
    let r = reg.run(&["practice", "import", &file, "--commissioner", "05T"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("0 inserted, 0 updated, 32 unchanged, 1 closed, 64 skipped"), "{}", r.stderr);
    let p = reg.json(&["practice", "show", "M81004"]);
    assert_eq!((p["status"].as_str(), p["close_date"].as_str()), (Some("closed"), Some("2027-01-14")));
    assert_eq!(p["locality"], "Evesham");
}

#[test]
fn engage_csv_creates_localities_and_round_trips() {
    let reg = Reg::new();
    let text = "code,name,locality,list_size,postcode,phone,setting\n\
                z90001,=Formula Surgery,North,1200,zz1 1ab,01632 960001,rural\n\
                Z90002,Quay Practice,South,,,,\n";
    let r = reg.run_stdin(&["practice", "import", "-"], text.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("2 inserted") && r.stderr.contains("created localities: North, South"), "{}", r.stderr);
    let csv_out = reg.ok(&["practice", "list", "--format", "csv"]);
    // Formula text is neutralised in CSV, and restored on import.
    assert!(csv_out.contains("'=Formula Surgery"), "{csv_out}");

    let other = Reg::new();
    let r = other.run_stdin(&["practice", "import", "-"], csv_out.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(reg.json(&["practice", "list"]), other.json(&["practice", "list"]));
    assert_eq!(other.json(&["practice", "show", "Z90001"])["name"], "=Formula Surgery");
    // Importing it again changes nothing.
    let r = other.run_stdin(&["practice", "import", "-"], csv_out.as_bytes());
    assert!(r.stderr.contains("0 inserted, 0 updated, 2 unchanged"), "{}", r.stderr);
}

#[test]
fn bad_engage_csv_and_unknown_files_are_refused() {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "North"]);
    let cases = [
        ("code,name\nZ90001,Ok Surgery\nZ90001,Twice Surgery\n", "appears twice"),
        ("code,name,setting\nZ90001,Ok Surgery,seaside\n", "input.csv:2, field setting"),
        ("code,name,list_size\nZ90001,Ok Surgery,-4\n", "input.csv:2, field list_size"),
        ("code,name\nZ90001,Ok Surgery,extra\n", "input.csv:2, field count"),
        ("code,name\nZ90001,\n", "input.csv:2, field name"),
        ("name,size\nOk Surgery,3\n", "input.csv:1"),
        ("", "empty"),
        ("code,name\nZ90001,Bad \u{7} Surgery\n", "input.csv:2, field name"),
        ("code,name,open_date\nZ90001,Ok Surgery,0000-01-01\n", "input.csv:2, field open_date"),
        ("code,name,close_date\nZ90001,Ok Surgery,2200-01-01\n", "1900-01-01 to 2199-12-31"),
    ];
    for (text, expected) in cases {
        let file = reg.dir.path().join("input.csv");
        std::fs::write(&file, text).unwrap();
        let stderr = reg.fails(&["practice", "import", file.to_str().unwrap()], 3);
        assert!(stderr.contains(expected), "{text:?}: expected {expected:?} in {stderr}");
    }
    let file = reg.dir.path().join("input.csv");
    std::fs::write(&file, b"code,name\nZ90001,Caf\xe9 Surgery\n").unwrap();
    let stderr = reg.fails(&["practice", "import", file.to_str().unwrap()], 3);
    assert!(stderr.contains("input.csv:2, field 2") && stderr.contains("UTF-8"), "{stderr}");

    reg.fails(&["practice", "import", "/no/such/file.csv"], 4);
    let stderr = reg.fails(&["practice", "import", &fixture_str("nhs/epraccur-05T.csv"), "--locality", "Nowhere"], 4);
    assert!(stderr.contains("Nowhere"), "{stderr}");
}

#[test]
fn an_import_names_a_locality_by_name_or_code() {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham and Pershore", "--code", "EVE"]);
    let file = reg.dir.path().join("input.csv");
    std::fs::write(&file, "code,name,locality\nZ90001,Ok Surgery,eve\nZ90002,Fine Surgery,evesham and pershore\n")
        .unwrap();
    let r = reg.run(&["practice", "import", file.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = reg.json(&["practice", "list"]);
    assert_eq!(column(&rows, "locality"), vec!["Evesham and Pershore", "Evesham and Pershore"]);
    assert_eq!(column(&reg.json(&["locality", "list"]), "name"), vec!["Evesham and Pershore"]);
    // Re-importing with the code is not a move: no warning.
    let r = reg.run(&["practice", "import", file.to_str().unwrap()]);
    assert!(!r.stderr.contains("stays in locality"), "{}", r.stderr);
}

#[test]
fn a_commissioner_that_matches_nothing_names_those_the_file_holds() {
    let reg = Reg::new();
    reg.ok(&["init"]);
    let stderr = reg.fails(&["practice", "import", &fixture_str("nhs/epraccur-05T.csv"), "--commissioner", "5T"], 3);
    assert!(stderr.contains("no practice in the file is commissioned by \"5T\""), "{stderr}");
    assert!(stderr.contains("hint: the file holds 05T (33)"), "{stderr}");
    let file = fixture_str("nhs/gp-reg-pat-prac-all-2021-01.csv");
    let stderr = reg.fails(&["practice", "import", &file, "--commissioner", "QQQ"], 3);
    assert!(stderr.contains("the file holds 72Q (209), 91Q (200), 93C (200)"), "{stderr}");
}

#[test]
fn a_national_import_without_a_commissioner_says_so() {
    let reg = Reg::new();
    let r = reg.run(&["practice", "import", &fixture_str("nhs/epraccur-2019-12-full.csv")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("note: 8204 practices added without --commissioner"), "{}", r.stderr);
}
