//! Measures and `report benchmark`. Every expected figure comes from
//! `tests/benchmark/expected.py`, which reads the same fixture files with Python's csv
//! module and works out the method in the README's report benchmark on its own.

mod common;

use common::{Reg, column, fixture_str};
use serde_json::json;

/// The 05T practices of the ODS file, and the national prescribing measure.
fn south_worcestershire() -> Reg {
    let reg = Reg::new();
    reg.ok(&["practice", "import", &fixture_str("nhs/epraccur-05T.csv")]);
    reg.ok(&["measure", "add", "items", "--title", "Prescription items", "--source", "NHSBSA, 2018"]);
    reg
}

fn import_items(reg: &Reg) -> common::Run {
    reg.run(&[
        "measure",
        "import",
        "items",
        &fixture_str("nhs/indicators/practice-factors-2018.csv"),
        "--period",
        "2018",
        "--code-column",
        "code",
        "--numerator-column",
        "total_items",
        "--denominator-column",
        "list_size",
    ])
}

fn row<'a>(rows: &'a serde_json::Value, code: &str) -> &'a serde_json::Value {
    rows.as_array().unwrap().iter().find(|r| r["practice_code"] == code).unwrap_or_else(|| panic!("no row {code}"))
}

/// rate, limits (lower 95, upper 95, lower 99.8, upper 99.8) and signal.
fn figures(r: &serde_json::Value) -> (String, [String; 4], serde_json::Value) {
    let f = |k: &str| r[k].to_string();
    (f("rate"), [f("lower_95"), f("upper_95"), f("lower_998"), f("upper_998")], r["signal"].clone())
}

#[test]
fn the_national_prescribing_file_as_published() {
    let reg = south_worcestershire();
    let r = import_items(&reg);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // 15,742 rows: 8,483 cost centres with no list size or items, 16 identical repeats.
    assert!(
        r.stderr.contains(
            "items 2018: 7243 practice(s), 32 in the register; skipped 8483 with no value, 16 repeating another"
        ),
        "{}",
        r.stderr
    );
    let listed = reg.json(&["measure", "list"]);
    assert_eq!(
        listed,
        json!([{"name": "items", "per": 1000, "title": "Prescription items", "source": "NHSBSA, 2018",
                "periods": ["2018"], "practices": 7243}])
    );

    let rows = reg.json(&["report", "benchmark", "items"]);
    // The 31 open 05T practices and M81079, which closed in April 2019 and so was open
    // in 2018 (Y02708, closed in 2016, has values too, and is left out).
    assert_eq!(rows.as_array().unwrap().len(), 32);
    assert_eq!(row(&rows, "M81079")["practice_name"], "LINK END SURGERY");
    assert!(!column(&rows, "practice_code").contains(&json!("Y02708")));
    let codes = column(&rows, "practice_code");
    let mut sorted = codes.clone();
    sorted.sort_by_key(|c| c.as_str().unwrap().to_string());
    assert_eq!(codes, sorted);
    for r in rows.as_array().unwrap() {
        assert_eq!(r["reference_rate"], json!(18194.9));
    }
    let expected = [
        ("M81004", "25518.2", ["11406.4", "24983.5", "7491.6", "28898.3"], json!("high 95%")),
        ("M81038", "32503.2", ["10271.4", "26118.5", "5702.1", "30687.8"], json!("high 99.8%")),
        ("M81058", "31826.2", ["10017.6", "26372.3", "5301.9", "31088.0"], json!("high 99.8%")),
        ("M81029", "30892.5", ["8625.6", "27764.2", "3107.2", "33282.7"], json!("high 95%")),
        ("M81006", "15159.8", ["12371.5", "24018.4", "9013.2", "27376.7"], json!(null)),
        ("Y04968", "10772.3", ["7082.6", "29307.3", "674.3", "35715.5"], json!(null)),
    ];
    for (code, rate, limits, signal) in expected {
        let (r, l, s) = figures(row(&rows, code));
        assert_eq!((r.as_str(), l.each_ref().map(|x| x.as_str()), s), (rate, limits, signal), "{code}");
    }
    let m81004 = row(&rows, "M81004");
    assert_eq!((&m81004["numerator"], &m81004["denominator"]), (&json!(386118), &json!(15131.1)));
    assert_eq!(m81004["practice_name"], "RIVERSIDE SURGERY");

    // In CSV, the same figures; a table marks the signals.
    let csv = reg.ok(&["--format", "csv", "report", "benchmark", "items"]);
    assert!(csv.starts_with(
        "practice_code,practice_name,locality,numerator,denominator,rate,locality_rate,group_rate,reference_rate,\
         lower_95,upper_95,lower_998,upper_998,signal\r\n"
    ));
    assert!(csv.contains("M81038,"), "{csv}");
    assert!(csv.contains(",18194.9,10271.4,26118.5,5702.1,30687.8,high 99.8%\r\n"), "{csv}");

    // The same period again replaces it, all of it.
    let again = import_items(&reg);
    assert!(again.stderr.contains("(replacing the earlier import)"), "{}", again.stderr);
    assert_eq!(reg.json(&["measure", "list"])[0]["practices"], json!(7243));
}

#[test]
fn european_numbers_and_a_semicolon() {
    let reg = south_worcestershire();
    reg.ok(&["measure", "add", "hyp", "--per", "100", "--title", "Hypertension register"]);
    let args = [
        "measure",
        "import",
        "hyp",
        &fixture_str("nhs/indicators/qof-2018-19-cardiovascular.csv"),
        "--period",
        "2018-19",
        "--delimiter",
        ";",
        "--decimal-comma",
        "--code-column",
        "practiceCode",
        "--numerator-column",
        "HYP_N_1819",
        "--denominator-column",
        "allAges_1819",
    ];
    // Without --decimal-comma, `15.057` would be fifteen: no, it is read as written and
    // `2,42` is refused. Here the numerator columns are whole, so the list sizes decide.
    let r = reg.run(&args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("hyp 2018-19: 6873 practice(s), 31 in the register; skipped none"), "{}", r.stderr);
    let rows = reg.json(&["report", "benchmark", "hyp", "--period", "2018-19"]);
    assert_eq!(rows[0]["reference_rate"], json!(14.0));
    let expected = [
        ("M81007", "21.7", ["7.4", "20.6", "3.6", "24.4"], json!("high 95%")),
        ("M81004", "16.6", ["10.0", "17.9", "7.7", "20.2"], json!(null)),
        ("Y04968", "4.6", ["7.5", "20.4", "3.7", "24.2"], json!("low 95%")),
        ("M81017", "11.0", ["9.5", "18.4", "6.9", "21.0"], json!(null)),
    ];
    for (code, rate, limits, signal) in expected {
        let (r, l, s) = figures(row(&rows, code));
        assert_eq!((r.as_str(), l.each_ref().map(|x| x.as_str()), s), (rate, limits, signal), "{code}");
    }
    // M81004's list size is written `15.297` in the file: fifteen thousand, not fifteen.
    assert_eq!(row(&rows, "M81004")["denominator"], json!(15297));

    // The same file without --decimal-comma reads `15.297` as fifteen patients: a
    // warning says most denominators are too small to be list sizes.
    reg.ok(&["measure", "add", "hyp2", "--per", "100"]);
    let mut plain: Vec<&str> = args.iter().copied().filter(|a| *a != "--decimal-comma").collect();
    plain[2] = "hyp2";
    let r = reg.run(&plain);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("warning: 6873 of 6873 denominators are under 1,000"), "{}", r.stderr);
    assert!(r.stderr.contains("--decimal-comma"), "{}", r.stderr);
}

/// Three register practices in two localities, seven elsewhere, one too small for the
/// reference: p0 = 920 / 85,000, φ = 3.569437 (worked in expected.py, and by hand in the
/// unit test of the method).
fn small() -> Reg {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham", "--code", "EVE"]);
    reg.ok(&["locality", "add", "Malvern", "--code", "MAL"]);
    for (code, name, loc, size) in [
        ("M81004", "Riverside Surgery", "EVE", "10000"),
        ("M81007", "Bredon Hill Surgery", "EVE", "2000"),
        ("M81015", "Malvern Health Centre", "MAL", "3000"),
        ("M81099", "Closed Surgery", "MAL", "3000"),
    ] {
        reg.ok(&["practice", "add", code, name, "--locality", loc, "--list-size", size]);
    }
    reg.ok(&["practice", "close", "M81099", "--date", "2026-12-31", "--yes"]);
    reg.ok(&["measure", "add", "Referrals"]);
    reg
}

const SMALL: &str = "code,count,patients\n\
    M81004,150,10000\nM81007,40,2000\nM81015,30,3000\nM81099,1,3000\n\
    X00001,100,10000\nX00002,100,10000\nX00003,100,10000\nX00004,100,10000\n\
    X00005,100,10000\nX00006,100,10000\nX00007,100,10000\nY00008,5,500\n";

#[test]
fn pooled_rates_limits_and_a_locality() {
    let reg = small();
    // With M81099 (closed) in the file the reference moves; leave it out here.
    let file = SMALL.replace("M81099,1,3000\n", "");
    let args = [
        "measure",
        "import",
        "referrals",
        "-",
        "--period",
        "Q1",
        "--code-column",
        "Code",
        "--numerator-column",
        "COUNT",
        "--denominator-column",
        "patients",
    ];
    let r = reg.run_stdin(&args, file.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = reg.json(&["report", "benchmark", "referrals"]);
    assert_eq!(
        rows,
        json!([
            {"practice_code": "M81004", "practice_name": "Riverside Surgery", "locality": "Evesham",
             "numerator": 150, "denominator": 10000, "rate": 15.0, "locality_rate": 15.8, "group_rate": 14.7,
             "reference_rate": 10.8, "lower_95": 7.0, "upper_95": 14.7, "lower_998": 4.7, "upper_998": 16.9,
             "signal": "high 95%"},
            {"practice_code": "M81007", "practice_name": "Bredon Hill Surgery", "locality": "Evesham",
             "numerator": 40, "denominator": 2000, "rate": 20.0, "locality_rate": 15.8, "group_rate": 14.7,
             "reference_rate": 10.8, "lower_95": 2.2, "upper_95": 19.4, "lower_998": 0.0, "upper_998": 24.4,
             "signal": "high 95%"},
            {"practice_code": "M81015", "practice_name": "Malvern Health Centre", "locality": "Malvern",
             "numerator": 30, "denominator": 3000, "rate": 10.0, "locality_rate": 10.0, "group_rate": 14.7,
             "reference_rate": 10.8, "lower_95": 3.8, "upper_95": 17.9, "lower_998": 0.0, "upper_998": 21.9,
             "signal": null},
        ])
    );
    // One locality: its practices, the same pooled and reference rates.
    let malvern = reg.json(&["report", "benchmark", "referrals", "--locality", "Malvern"]);
    assert_eq!(malvern.as_array().unwrap().len(), 1);
    assert_eq!(malvern[0], rows[2]);

    // The plot: every reference practice a dot, the register's three labelled.
    let svg = reg.dir.path().join("funnel.svg");
    let r = reg.run(&["report", "benchmark", "referrals", "--plot", svg.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(text.trim_end().ends_with("</svg>"));
    assert_eq!(text.matches(r#"r="1.7"/>"#).count(), 10, "ten reference dots (Y00008 is too small)");
    assert_eq!(text.matches(r##"r="4.5" fill="#"##).count(), 3 + 5, "three practices and the key's five");
    for code in ["M81004", "M81007", "M81015"] {
        assert!(text.contains(&format!(">{code}</text>")), "{code}");
    }
    assert_eq!(text.matches("<polyline").count(), 4);
    assert!(text.contains("Referrals, Q1"));
    assert!(text.contains("high 95% (2)") && text.contains("within limits (1)"));
    // A plot that cannot be written: exit 1, nothing else changes.
    reg.fails(&["report", "benchmark", "referrals", "--plot", "/nonexistent/dir/f.svg"], 1);
}

#[test]
fn the_register_list_size_as_denominator() {
    let reg = small();
    // Without --denominator-column the register's list sizes are used, and rows for
    // practices outside the register are skipped: then there is no reference bigger
    // than... the three (and the closed one) of the register itself.
    let file = "code,count\nM81004,150\nM81007,40\nM81015,30\nM81099,1\nX00001,100\nX00002,NA\n";
    let r = reg.run_stdin(
        &[
            "measure",
            "import",
            "referrals",
            "-",
            "--period",
            "Q1",
            "--code-column",
            "code",
            "--numerator-column",
            "count",
        ],
        file.as_bytes(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "Referrals Q1: 4 practice(s), 4 in the register; skipped 1 with no value, 1 of practices outside the register"
        ),
        "{}",
        r.stderr
    );
    // p0 = (150 + 40 + 30 + 1) / (10,000 + 2,000 + 3,000 + 3,000) = 221 / 18,000.
    let rows = reg.json(&["report", "benchmark", "referrals"]);
    assert_eq!(column(&rows, "reference_rate"), vec![json!(12.3); 3]);
    assert_eq!(column(&rows, "denominator"), vec![json!(10000), json!(2000), json!(3000)]);
}

#[test]
fn bad_input_is_refused_and_nothing_written() {
    let reg = small();
    let import = |file: &str, extra: &[&str]| {
        let mut args = vec![
            "measure",
            "import",
            "referrals",
            "-",
            "--period",
            "Q1",
            "--code-column",
            "code",
            "--numerator-column",
            "count",
            "--denominator-column",
            "patients",
        ];
        args.extend_from_slice(extra);
        (args.iter().map(|s| s.to_string()).collect::<Vec<_>>(), file.to_string())
    };
    let fails = |file: &str, extra: &[&str], code: i32| {
        let (args, input) = import(file, extra);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let before = reg.dump();
        let r = reg.run_stdin(&args, input.as_bytes());
        assert_eq!(r.code, code, "{args:?}: {}", r.stderr);
        assert_eq!(r.stderr.lines().filter(|l| l.starts_with("error:")).count(), 1, "{}", r.stderr);
        assert_eq!(reg.dump(), before);
        r.stderr
    };
    // A numerator that is not a number, by file, line and column.
    let e = fails("code,count,patients\nM81004,150,10000\nM81007,forty,2000\n", &[], 3);
    assert!(e.contains("\"forty\" is not a number (practice M81007)") && e.contains("stdin:3, count"), "{e}");
    // A negative count.
    let e = fails("code,count,patients\nM81004,-1,10000\n", &[], 3);
    assert!(e.contains("never negative"), "{e}");
    // A missing column.
    let e = fails("code,items,patients\nM81004,150,10000\n", &[], 3);
    assert!(e.contains("the header has no \"count\" column") && e.contains("stdin:1"), "{e}");
    // The same practice twice with different values (the same values are one row).
    let e = fails("code,count,patients\nM81004,150,10000\nM81007,1,2000\nM81004,151,10000\n", &[], 3);
    assert!(e.contains("practice M81004 appears twice with different values") && e.contains("stdin:4"), "{e}");
    // A decimal comma without --decimal-comma.
    let e = fails("code;count;patients\nM81004;2,5;10000\n", &["--delimiter", ";"], 3);
    assert!(e.contains("add --decimal-comma"), "{e}");
    // Nothing usable at all.
    let e = fails("code,count,patients\n,1,2\nM81004,NA,10000\n", &[], 3);
    assert!(e.contains("no row of stdin has a practice code and values"), "{e}");
    // Usage: a delimiter of two characters.
    reg.fails(
        &["measure", "import", "referrals", "x.csv", "--period", "1", "--code-column", "a", "--numerator-column", "b"]
            .into_iter()
            .chain(["--delimiter", ";;"])
            .collect::<Vec<_>>(),
        2,
    );
    // A measure that does not exist; a report of a measure never imported.
    let factors = fixture_str("nhs/indicators/practice-factors-2018.csv");
    let e = reg.fails(
        &["measure", "import", "nothing", &factors, "--period", "1", "--code-column", "a", "--numerator-column", "b"],
        4,
    );
    assert!(e.contains("no such measure: \"nothing\""), "{e}");
    let e = reg.fails(&["report", "benchmark", "referrals"], 4);
    assert!(e.contains("measure Referrals has no values"), "{e}");
    reg.fails(&["measure", "add", "REFERRALS"], 5);
    reg.fails(&["measure", "add", "x", "--per", "0"], 3);

    // --dry-run says what it would keep and writes nothing.
    let (args, input) = import(SMALL, &["--dry-run"]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let before = reg.dump();
    let r = reg.run_stdin(&args, input.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("dry run of stdin: Referrals Q1: 12 practice(s), 4 in the register"), "{}", r.stderr);
    assert_eq!(reg.dump(), before);
    // A period that is not there.
    let r = reg.run_stdin(&args[..args.len() - 1], input.as_bytes());
    assert_eq!(r.code, 0);
    let e = reg.fails(&["report", "benchmark", "referrals", "--period", "Q2"], 4);
    assert!(e.contains("no values for period \"Q2\"") && e.contains("its periods: Q1"), "{e}");
    // Removing asks first, then takes the values too.
    reg.fails(&["measure", "remove", "referrals"], 2);
    reg.ok(&["measure", "remove", "referrals", "--yes"]);
    assert_eq!(reg.json(&["measure", "list"]), json!([]));
}

/// `report benchmark same --plot -` on `reg`; fails if it has not finished in 30 s.
fn plot_to_stdout(reg: &Reg) -> common::Run {
    let mut cmd = reg.cmd(&["report", "benchmark", "same", "--plot", "-"]);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send(cmd.output().unwrap()));
    // A plot that never ends (it once did, on equal rates) fails here rather than hanging.
    common::finish(rx.recv_timeout(std::time::Duration::from_secs(30)).expect("the plot finished in 30 s"))
}

#[test]
fn every_practice_at_one_rate_draws_a_collapsed_funnel() {
    for n in [1usize, 2, 7000] {
        let reg = small();
        reg.ok(&["measure", "add", "same"]);
        // Every practice at 1 per 100 patients: the limits collapse onto the England line.
        let mut file = String::from("code,count,patients\nM81004,100,10000\n");
        for i in 1..n {
            file.push_str(&format!("X{i:05},{},{}\n", 30 + i % 7 * 10, (30 + i % 7 * 10) * 100));
        }
        let args = [
            "measure",
            "import",
            "same",
            "-",
            "--period",
            "2018",
            "--code-column",
            "code",
            "--numerator-column",
            "count",
            "--denominator-column",
            "patients",
        ];
        let r = reg.run_stdin(&args, file.as_bytes());
        assert_eq!(r.code, 0, "{n}: {}", r.stderr);
        let r = plot_to_stdout(&reg);
        assert_eq!(r.code, 0, "{n}: {}", r.stderr);
        assert!(r.stdout.starts_with("<svg xmlns=") && r.stdout.trim_end().ends_with("</svg>"), "{n}");
        assert_eq!(r.stdout.matches("<polyline").count(), 4, "{n}: four limit curves, on the line");
        assert!(r.stdout.contains(">M81004</text>"), "{n}");
        assert!(r.stdout.len() < 2_000_000, "{n}: {} bytes", r.stdout.len());
        // The table is not printed with the plot on stdout; a file plot prints it.
        assert!(!r.stdout.contains("practice_code"), "{n}");
    }
}

#[test]
fn a_plot_never_replaces_what_is_not_a_plot() {
    let reg = small();
    let r = reg.run_stdin(
        &[
            "measure",
            "import",
            "referrals",
            "-",
            "--period",
            "Q1",
            "--code-column",
            "code",
            "--numerator-column",
            "count",
            "--denominator-column",
            "patients",
        ],
        SMALL.as_bytes(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let dir = reg.dir.path();
    // The register itself, and a file of another kind: exit 5, both as they were. (A
    // team register is no file a plot could replace.)
    if reg.team.is_none() {
        let db = reg.db.to_str().unwrap().to_string();
        let stderr = reg.fails(&["report", "benchmark", "referrals", "--plot", &db], 5);
        assert!(stderr.contains("is a database"), "{stderr}");
    }
    let notes = dir.join("notes.txt");
    std::fs::write(&notes, "my notes\n").unwrap();
    let stderr = reg.fails(&["report", "benchmark", "referrals", "--plot", notes.to_str().unwrap()], 5);
    assert!(stderr.contains("exists and holds something else"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "my notes\n");
    // A symbolic link at the path, even to an earlier plot, is not followed.
    let plot = dir.join("plot.svg");
    reg.ok(&["report", "benchmark", "referrals", "--plot", plot.to_str().unwrap()]);
    let link = dir.join("link.svg");
    std::os::unix::fs::symlink(&plot, &link).unwrap();
    let stderr = reg.fails(&["report", "benchmark", "referrals", "--plot", link.to_str().unwrap()], 5);
    assert!(stderr.contains("symbolic link"), "{stderr}");
    // An earlier plot is replaced; `-` is stdout, not a file called `-`.
    std::fs::write(&plot, "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n").unwrap();
    reg.ok(&["report", "benchmark", "referrals", "--plot", plot.to_str().unwrap()]);
    assert!(std::fs::read_to_string(&plot).unwrap().contains("Referrals, Q1"));
    let r = common::finish(
        reg.cmd(&["report", "benchmark", "referrals", "--plot", "-"]).current_dir(dir).output().unwrap(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("<svg") && !dir.join("-").exists());
}
