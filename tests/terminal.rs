//! Tables at a terminal (the README's Output): drawn in a real pseudo-terminal of 80, 100 and 120
//! columns with script(1), on the demo register.

mod common;

use common::Reg;

/// The demo register, and a way to run engage in a terminal of `columns`.
fn demo() -> (Reg, std::path::PathBuf) {
    let reg = Reg::new();
    let db = reg.dir.path().join("demo.db");
    let out = reg.bare().arg("--db").arg(&db).arg("demo").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    (reg, db)
}

/// stdout and stderr of `engage ARGS` at a terminal `columns` wide (and tall enough
/// that nothing is paged), as script(1) records them.
fn at_terminal(reg: &Reg, db: &std::path::Path, columns: usize, args: &str) -> String {
    in_terminal(reg, db, columns, args, false)
}

/// As [`at_terminal`], with colour (`NO_COLOR` unset) when `colour`.
fn in_terminal(reg: &Reg, db: &std::path::Path, columns: usize, args: &str, colour: bool) -> String {
    let engage = env!("CARGO_BIN_EXE_engage");
    let command = format!("stty cols {columns} rows 1000; {engage} --db '{}' {args}", db.display());
    let mut script = std::process::Command::new("script");
    script.args(["-qec", &command, "/dev/null"]).env("ENGAGE_TODAY", common::TODAY).env("HOME", reg.dir.path());
    if colour {
        script.env_remove("NO_COLOR");
    } else {
        script.env("NO_COLOR", "1");
    }
    let out = script.output().expect("script(1), from bsdutils, is needed for the terminal tests");
    assert!(out.status.success(), "{args}: {}", String::from_utf8_lossy(&out.stdout));
    String::from_utf8(out.stdout).unwrap().replace("\r\n", "\n")
}

#[test]
fn tables_fit_the_terminal_and_never_split_a_code_or_an_email() {
    let (reg, db) = demo();
    let codes: Vec<String> = common::column(&reg_at(&db).json(&["practice", "list"]), "code")
        .iter()
        .map(|c| c.as_str().unwrap().into())
        .collect();
    let emails: Vec<String> = common::column(&reg_at(&db).json(&["person", "list"]), "email")
        .iter()
        .filter_map(|c| c.as_str().map(String::from))
        .collect();
    for columns in [80, 100, 120] {
        for args in
            ["report engagement", "person list", "practice list", "session list --month 2026-12", "report localities"]
        {
            let out = at_terminal(&reg, &db, columns, args);
            for line in out.lines() {
                if line.starts_with("note: ") {
                    continue; // stderr, which the terminal wraps
                }
                assert!(
                    line.chars().count() <= columns,
                    "{args} at {columns}: {} wide: {line:?}",
                    line.chars().count()
                );
            }
            if args == "report engagement" || args == "practice list" {
                for code in &codes {
                    assert!(out.contains(code.as_str()), "{args} at {columns}: {code} is split or missing\n{out}");
                }
            }
            if args == "person list" {
                for email in &emails {
                    assert!(out.contains(email.as_str()), "{args} at {columns}: {email} is split or missing\n{out}");
                }
            }
        }
    }
    // At 80 columns the engagement report keeps the figures and says what it left out;
    // at 120 it has room for the locality and the trend bar too.
    let narrow = at_terminal(&reg, &db, 80, "report engagement");
    assert!(narrow.contains("note: left out to fit 80 columns: named lead, nominated gp"), "{narrow}");
    assert!(narrow.contains("repr %") && narrow.contains("at risk"), "{narrow}");
    let wide = at_terminal(&reg, &db, 120, "report engagement");
    assert!(wide.contains("locality") && wide.contains("trend 12m") && wide.contains('█'), "{wide}");
    // Shortened names end with …; the CSV keeps them whole.
    assert!(narrow.contains('…') || !narrow.contains("Priory Gate Medical Practice "), "{narrow}");
    // With -q, no note.
    assert!(!at_terminal(&reg, &db, 80, "-q report engagement").contains("note: "));
}

#[test]
fn a_colour_terminal_shows_a_bold_header_and_totals_and_at_risk_rows_in_red() {
    let (reg, db) = demo();
    let rows = reg_at(&db).json(&["report", "engagement"]);
    let rows = rows.as_array().unwrap();
    let at_risk: Vec<&str> =
        rows.iter().filter(|r| r["at_risk"] == true).map(|r| r["practice_code"].as_str().unwrap()).collect();
    assert!(!at_risk.is_empty() && at_risk.len() < rows.len(), "the demo has practices at risk and others");
    let out = in_terminal(&reg, &db, 200, "report engagement", true);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.iter().any(|l| l.starts_with(" \x1b[1mcode\x1b[0m   ")), "{out}");
    assert!(lines.iter().any(|l| l.starts_with(" \x1b[1mtotal\x1b[0m")), "{out}");
    for row in rows {
        let code = row["practice_code"].as_str().unwrap();
        let line = lines.iter().find(|l| l.contains(code)).unwrap_or_else(|| panic!("{code}: {out}"));
        if at_risk.contains(&code) {
            assert!(line.starts_with(&format!(" \x1b[31m{code}\x1b[0m ")), "{line:?}");
        } else {
            assert!(line.starts_with(&format!(" {code} ")) && !line.contains('\x1b'), "{line:?}");
        }
        assert_eq!(line.trim_end(), *line, "no trailing spaces");
    }
    // Without colour, the same table with no escape in it.
    let plain = in_terminal(&reg, &db, 200, "report engagement", false);
    assert!(!plain.contains('\x1b'), "{plain}");
    let strip = |s: &str| s.replace("\x1b[1m", "").replace("\x1b[31m", "").replace("\x1b[0m", "");
    assert_eq!(strip(&out), plain);
}

fn reg_at(db: &std::path::Path) -> Reg {
    Reg::at_path(db.to_path_buf())
}

#[test]
fn long_output_at_a_terminal_goes_through_the_pager() {
    let (reg, db) = demo();
    let engage = env!("CARGO_BIN_EXE_engage");
    let run = |extra: &str| {
        let command = format!("stty cols 120 rows 10; {engage} --db '{}' practice list {extra}", db.display());
        let out = std::process::Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .env("ENGAGE_TODAY", common::TODAY)
            .env("ENGAGE_PAGER", "sed s/^/PAGED:/")
            .env("HOME", reg.dir.path())
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap().replace("\r\n", "\n")
    };
    let paged = run("");
    assert!(paged.lines().filter(|l| !l.is_empty()).all(|l| l.starts_with("PAGED:")), "{paged}");
    assert!(paged.contains("PAGED:31 practices, "), "{paged}");
    let direct = run("--no-pager");
    assert!(!direct.contains("PAGED:") && direct.contains("31 practices, "), "{direct}");
}

/// The header line of a table drawn at a terminal (the line above the rule).
fn header(out: &str) -> String {
    let lines: Vec<&str> = out.lines().filter(|l| !l.starts_with("note: ")).collect();
    let rule = lines.iter().position(|l| l.starts_with('─')).expect("a table");
    lines[rule - 1].to_string()
}

#[test]
fn money_is_never_left_out_and_an_interest_is_never_cut() {
    let (reg, db) = demo();
    let interests: Vec<String> = common::column(&reg_at(&db).json(&["person", "interests"]), "interest")
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    for columns in [80, 120, 200] {
        // The payment preview keeps who is paid, the sessions and the money; a column
        // with the same value on every row goes first, and the note says what it held.
        let lines = at_terminal(&reg, &db, columns, "session export --month 2026-12 --format table");
        let head = header(&lines);
        for want in ["payee name", "sessions", "rate £", "£"] {
            assert!(head.contains(want), "export at {columns}: no {want}: {head}");
        }
        if columns < 200 {
            assert!(
                lines.contains("left out to fit") && lines.contains("payment month (2026-12 on every row)"),
                "{lines}"
            );
        }
        let summary = at_terminal(&reg, &db, columns, "session export --month 2026-12 --summary --format table");
        let head = header(&summary);
        for want in ["payee name", "sessions", "£"] {
            assert!(head.contains(want), "summary at {columns}: no {want}: {head}");
        }
        for args in ["session list --month 2026-12", "report sessions --by person", "report sessions --by fund"] {
            let out = at_terminal(&reg, &db, columns, args);
            assert!(header(&out).contains('£'), "{args} at {columns}: {out}");
        }
        // The register of interests wraps an interest within its column: every word of
        // every interest is there, none cut with …
        for args in ["person interests", "report interests"] {
            let out = at_terminal(&reg, &db, columns, args);
            let words: String = out.split_whitespace().collect::<Vec<_>>().join(" ");
            for interest in &interests {
                for word in interest.split_whitespace() {
                    assert!(words.contains(word), "{args} at {columns}: {word:?} of {interest:?} missing\n{out}");
                }
            }
            for line in out.lines().filter(|l| !l.starts_with("note: ")) {
                assert!(line.chars().count() <= columns, "{args} at {columns}: {line:?}");
            }
        }
    }
}
