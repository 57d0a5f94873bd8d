//! The NHS GP workforce census (`practice import --source workforce`): the national file
//! as published, dated figures, `practice show`, a peer group's mix and `report
//! coverage` against the file's own numbers.

mod common;

use std::collections::BTreeMap;

use common::{Reg, column, fixture, fixture_str};
use serde_json::{Value, json};

const CENSUS: &str = "nhs/indicators/practice-factors-2018.csv";

/// The file's own figures for each practice it gives a headcount: headcount, single
/// handed, dispensing, rural-urban class. Read with the csv crate, not with engage.
fn census_figures() -> BTreeMap<String, (i64, bool, bool, String)> {
    let mut out = BTreeMap::new();
    let mut reader = csv::Reader::from_path(fixture(CENSUS)).unwrap();
    let headers = reader.headers().unwrap().clone();
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (code, hc, single, disp, ruc) =
        (at("code"), at("TOTAL_GP_HC"), at("SINGLE_HANDED"), at("DISPENSING_BIN"), at("ruc11cd"));
    for r in reader.records() {
        let r = r.unwrap();
        if r[hc].is_empty() {
            continue;
        }
        let whole = |s: &str| s.parse::<f64>().unwrap() as i64;
        out.insert(
            r[code].to_string(),
            (whole(&r[hc]), whole(&r[single]) == 1, whole(&r[disp]) == 1, r[ruc].to_string()),
        );
    }
    out
}

/// South Worcestershire's practices from the ODS file, in one locality.
fn register() -> Reg {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham", "--code", "EVE"]);
    reg.ok(&["practice", "import", &fixture_str("nhs/epraccur-05T.csv"), "--commissioner", "05T", "--locality", "EVE"]);
    reg
}

/// Writes a file in the register's folder; gives its path.
fn write(reg: &Reg, name: &str, text: &str) -> String {
    let path = reg.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

fn import(reg: &Reg, file: &str, as_at: &str) -> String {
    let r = reg.run(&["practice", "import", file, "--source", "workforce", "--as-at", as_at]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stderr
}

#[test]
fn the_national_census_as_published_and_coverage_against_its_numbers() {
    let reg = register();
    let codes: Vec<String> =
        column(&reg.json(&["practice", "list"]), "code").iter().map(|c| c.as_str().unwrap().to_string()).collect();
    let figures = census_figures();
    let held: Vec<&String> = codes.iter().filter(|c| figures.contains_key(*c)).collect();
    assert!(held.len() > 25, "the 05T practices are in the national file");

    let stderr = import(&reg, &fixture_str(CENSUS), "2019-09-30");
    let lines = std::fs::read_to_string(fixture(CENSUS)).unwrap().lines().count() - 1;
    assert!(
        stderr
            .contains(&format!("{lines} rows (workforce census as at 2019-09-30): {} inserted, 0 updated", held.len())),
        "{stderr}"
    );
    // Again: the same figures, nothing changed.
    let again = import(&reg, &fixture_str(CENSUS), "2019-09-30");
    assert!(again.contains(&format!("0 inserted, 0 updated, {} unchanged", held.len())), "{again}");

    // People the register knows at two practices: M81004 has two partners and one
    // salaried GP, and a locum who sat for it; M81011 more partners than its census.
    let (first, second) = ("M81004", "M81011");
    for (name, role, practice) in [
        ("Dr Ada Lane", "gp-partner", first),
        ("Dr Bo Marsh", "gp-partner", first),
        ("Dr Cy Nash", "gp-salaried", first),
        ("Dr Di Orr", "gp-partner", second),
        ("Dr Ed Pike", "gp-partner", second),
        ("Dr Flo Quinn", "gp-partner", second),
        ("Dr Gus Rowe", "gp-partner", second),
        ("Dr Hal Stone", "gp-partner", second),
        ("Dr Ivy Tate", "gp-partner", second),
        ("Dr Jo Underhill", "gp-partner", second),
    ] {
        reg.ok(&["person", "add", name, "--role", role, "--practice", practice]);
    }
    reg.ok(&["person", "add", "Dr Kit Vale", "--role", "gp-locum"]);
    reg.ok(&["session", "rate", "set", "gp", "380", "--from", "2026-04-01"]);
    let added = reg.run(&["meeting", "add", "--kind", "locality", "--locality", "EVE", "--date", "2027-01-12"]);
    assert_eq!(added.code, 0, "{}", added.stderr);
    let id = added.stderr.split("added meeting ").nth(1).unwrap().split(':').next().unwrap();
    reg.ok(&["meeting", "attend", id, "Dr Kit Vale", "--for-practice", first]);

    let rows = reg.json(&["report", "coverage"]);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), held.len(), "one row per open practice with a census figure");
    let keys: Vec<&str> = rows[0].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "practice_code",
            "practice_name",
            "locality",
            "census_date",
            "census_gps",
            "known_partners",
            "known_salaried",
            "known_locums",
            "not_known"
        ]
    );
    for row in rows {
        let code = row["practice_code"].as_str().unwrap();
        let census = figures[code].0;
        assert_eq!(row["census_gps"], census, "{code}");
        assert_eq!(row["census_date"], "2019-09-30");
        let (p, s, l) = match code {
            "M81004" => (2, 1, 1),
            "M81011" => (7, 0, 0),
            _ => (0, 0, 0),
        };
        assert_eq!(
            (row["known_partners"].clone(), row["known_salaried"].clone(), row["known_locums"].clone()),
            (json!(p), json!(s), json!(l)),
            "{code}"
        );
        assert_eq!(row["not_known"], (census - p - s).max(0), "{code}");
    }
    // M81011's census counts 6 GPs and the register knows 7 partners: none unknown.
    assert_eq!(figures[second].0, 6);
    let m81011 = rows.iter().find(|r| r["practice_code"] == second).unwrap();
    assert_eq!(m81011["not_known"], 0);

    // The line on stderr: the census's GPs against those known, and the sessional share.
    let r = reg.run(&["report", "coverage", "--format", "csv"]);
    let total: i64 = held.iter().map(|c| figures[*c].0).sum();
    let not_known: i64 = rows.iter().map(|r| r["not_known"].as_i64().unwrap()).sum();
    assert!(
        r.stderr.contains(&format!(
            "the census counts {total} GPs at {} practices; the register knows 9 partners, 1 salaried and 1 locum there; \
             {not_known} not known; sessional GPs known: 2 of {} census GPs not known as partners",
            held.len(),
            total - 9
        )),
        "{}",
        r.stderr
    );
    assert_eq!(r.stdout.lines().count(), held.len() + 1, "CSV carries the practices' rows only");
    // For people: the locality's total under its practices, and the group's.
    let table = reg.ok(&["report", "coverage"]);
    assert!(table.contains(&format!("Evesham ({} practices)", held.len())), "{table}");
    assert!(table.lines().last().unwrap().contains(&format!("{} practices", held.len())), "{table}");

    // practice show gives the census.
    let show = reg.json(&["practice", "show", first]);
    let (gps, single, dispensing, class) = figures[first].clone();
    assert_eq!(show["census_date"], "2019-09-30");
    assert_eq!(show["census_gps"], gps);
    assert_eq!(show["census_gp_fte"], "9.63", "3.066... style figures rounded half-up to hundredths");
    assert_eq!(show["census_single_handed"], single);
    assert_eq!(show["census_dispensing"], dispensing);
    assert_eq!(show["census_rural_urban"], class.as_str());
}

#[test]
fn a_later_census_leaves_earlier_periods_as_they_were() {
    let reg = register();
    let write = |name: &str, text: &str| write(&reg, name, text);
    let first = write(
        "2019.csv",
        "PRAC_CODE,TOTAL_GP_HC,TOTAL_GP_FTE,SINGLE_HANDED\r\nM81004,10.0,8.5,0.0\r\nM81007,1,1,1\r\n",
    );
    let later = write("2020.csv", "PRAC_CODE,TOTAL_GP_HC\nM81004,12\n");
    import(&reg, &first, "2019-09-30");
    import(&reg, &later, "2020-09-30");
    let gps = |fy: &str| -> BTreeMap<String, Value> {
        reg.json(&["report", "coverage", "--fy", fy])
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["practice_code"].as_str().unwrap().to_string(), json!([r["census_date"], r["census_gps"]])))
            .collect()
    };
    let m81004 = |fy: &str| gps(fy)["M81004"].clone();
    // Before any census: the earliest; in each year, the latest dated by its end.
    assert_eq!(m81004("2018-19"), json!(["2019-09-30", 10]));
    assert_eq!(m81004("2019-20"), json!(["2019-09-30", 10]));
    assert_eq!(m81004("2020-21"), json!(["2020-09-30", 12]));
    // M81007 is in the first census only: later periods keep it.
    assert_eq!(gps("2020-21")["M81007"], json!(["2019-09-30", 1]));
    assert_eq!(gps("2020-21").len(), 2);
    // Today's show gives the latest census.
    assert_eq!(reg.json(&["practice", "show", "M81004"])["census_gps"], 12);
    assert_eq!(reg.json(&["practice", "show", "M81004"])["census_gp_fte"], Value::Null);
}

#[test]
fn the_census_decides_a_peer_groups_mix_where_it_has_one() {
    let reg = register();
    reg.ok(&["practice", "edit", "M81004", "--setting", "urban"]);
    reg.ok(&["practice", "edit", "M81007", "--setting", "urban"]);
    reg.ok(&["person", "add", "Dr Ada Lane", "--role", "gp-partner", "--practice", "M81007"]);
    reg.ok(&["person", "add", "Dr Bo Marsh", "--role", "gp-partner", "--practice", "M81007"]);
    reg.ok(&["group", "add", "Vale peers", "--kind", "peer-group"]);
    reg.ok(&["group", "join", "Vale peers", "M81004", "M81007", "M81008", "--from", "2026-04-01"]);
    let mix = |reg: &Reg| reg.json(&["group", "show", "Vale peers"])["mix"].clone();
    // Without a census: settings as typed, single-handed from the partners known (M81004
    // and M81008 have none).
    let before = mix(&reg);
    assert_eq!(
        (before["urban"].clone(), before["rural"].clone(), before["setting_unknown"].clone()),
        (json!(2), json!(0), json!(1))
    );
    assert_eq!(before["single_handed"], 2);
    assert_eq!(before["dispensing"], 0);
    // The census: M81007 is rural, dispensing and single-handed whatever the register's
    // partners; M81004 urban and not single-handed; M81008 not in it.
    let file = write(
        &reg,
        "census.csv",
        "code,TOTAL_GP_HC,SINGLE_HANDED,DISPENSING_BIN,RUC11\nM81004,10,0,0,Urban city and town\nM81007,1,1,1,Rural town and fringe\n",
    );
    import(&reg, &file, "2026-09-30");
    let after = mix(&reg);
    assert_eq!(
        after,
        json!({"list_size_under_5000": 0, "list_size_5000_to_9999": 0, "list_size_10000_and_over": 0,
               "urban": 1, "rural": 1, "mixed": 0, "setting_unknown": 1, "single_handed": 2, "dispensing": 1})
    );
    let practices = reg.ok(&["group", "show", "Vale peers", "--format", "csv"]);
    assert!(practices.contains("dispensing"), "{practices}");
}

#[test]
fn bad_census_files_are_refused_whole() {
    let reg = register();
    let write = |name: &str, text: &str| write(&reg, name, text);
    let cases: &[(&str, &str, &[&str])] = &[
        ("PRAC_CODE,TOTAL_GP_HC\nM81004,10\nM81007,3.5\n", "3", &["half.csv:3, TOTAL_GP_HC", "whole number", "M81007"]),
        ("PRAC_CODE,TOTAL_GP_HC\nM81004,10\nM81007,3\nM81004,11.0\n", "3", &["half.csv:4", "line 2", "M81004"]),
        ("PRAC_CODE,TOTAL_GP_HC\nM81004,ten\n", "3", &["half.csv:2, total_gp_hc", "\"ten\" is not a number"]),
        ("PRAC_CODE,TOTAL_GP_HC,SINGLE_HANDED\nM81004,10,2\n", "3", &["SINGLE_HANDED is 1 or 0"]),
        ("PRAC_CODE,TOTAL_GP_HC,RUC11CD\nM81004,10,F1\n", "3", &["RUC11CD", "\"F1\" is not a 2011 rural-urban class"]),
        ("PRACTICE,TOTAL_GP_HC\nM81004,10\n", "3", &["no PRAC_CODE or code column"]),
        ("PRAC_CODE,GPS\nM81004,10\n", "3", &["total_gp_hc"]),
        (
            "PRAC_CODE,TOTAL_GP_HC\nZ99999,10\nM81004,NA\n",
            "3",
            &["no row of", "1 rows name other practices and 1 give no headcount"],
        ),
    ];
    for (text, code, wanted) in cases {
        let file = write("half.csv", text);
        let e = reg.fails(
            &["practice", "import", &file, "--source", "workforce", "--as-at", "2019-09-30"],
            code.parse().unwrap(),
        );
        for w in *wanted {
            assert!(e.contains(w), "{text:?}: {e}");
        }
    }
    // Duplicates that agree count once; NA and other practices are skipped and counted.
    let file = write("ok.csv", "PRAC_CODE,TOTAL_GP_HC\nM81004,10\nM81004,10.0\nM81007,NA\nZ99999,4\n");
    let stderr = import(&reg, &file, "2019-09-30");
    assert!(stderr.contains("4 rows (workforce census as at 2019-09-30): 1 inserted, 0 updated, 0 unchanged, 3 skipped (1 of practices not in the register, 1 with no headcount, 1 duplicate)"), "{stderr}");
    // The date is required, and belongs to a census only.
    let e = reg.fails(&["practice", "import", &file, "--source", "workforce"], 2);
    assert!(e.contains("--as-at"), "{e}");
    let e = reg.fails(&["practice", "import", &fixture_str("nhs/epraccur-05T.csv"), "--as-at", "2019-09-30"], 2);
    assert!(e.contains("--as-at is the date of a workforce census"), "{e}");
    // A census file is not taken for practices.
    let e = reg.fails(&["practice", "import", &fixture_str(CENSUS)], 2);
    assert!(e.contains("is a GP workforce census: import it with --source workforce --as-at D"), "{e}");
    // A dry run writes nothing.
    let before = reg.dump();
    let r = reg.run(&[
        "practice",
        "import",
        &fixture_str(CENSUS),
        "--source",
        "workforce",
        "--as-at",
        "2020-09-30",
        "--dry-run",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("(nothing written)"), "{}", r.stderr);
    assert_eq!(reg.dump(), before);
}
