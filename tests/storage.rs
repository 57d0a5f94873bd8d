//! The register file: where it lives, how it is created, migrated, checked, backed up,
//! and the audit trail.

mod common;

use serde_json::Value;

use std::os::unix::fs::PermissionsExt;

use common::{Reg, fixture_str};

fn sha(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn reading_a_missing_register_exits_4_and_creates_nothing() {
    let reg = Reg::new();
    for args in
        [&["practice", "list"][..], &["locality", "list"], &["practice", "show", "M81004"], &["log"], &["db", "check"]]
    {
        let stderr = reg.fails(args, 4);
        assert!(stderr.contains("no register yet"), "{stderr}");
    }
    assert!(!reg.db.exists());
    assert!(!reg.db.parent().unwrap().exists(), "the register's folder was created");
}

#[test]
fn a_new_register_is_private_and_in_wal_mode() {
    // A new register is in WAL mode and private, whether its first command wrote, only
    // created the register, or failed.
    let bad = Reg::new();
    let file = bad.dir.path().join("bad.csv");
    std::fs::write(&file, "code,name\nM81004,Riverside Surgery\nnot-a-code,Nowhere\n").unwrap();
    let firsts: [(&[&str], i32); 3] =
        [(&["locality", "add", "Evesham"], 0), (&["init"], 0), (&["practice", "import", file.to_str().unwrap()], 3)];
    for (args, code) in firsts {
        let reg = Reg::new();
        assert_eq!(reg.run(args).code, code, "{args:?}");
        let mode = std::fs::metadata(&reg.db).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let conn = rusqlite::Connection::open(&reg.db).unwrap();
        let journal: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        assert_eq!(journal, "wal", "{args:?}");
        let fk: i64 = conn.query_row("PRAGMA foreign_key_check", [], |r| r.get(0)).unwrap_or(0);
        assert_eq!(fk, 0);
        drop(conn);
        let folder: Vec<String> = std::fs::read_dir(reg.db.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(folder, ["engage.db"], "{args:?}: no journal or WAL file is left behind");
    }
}

#[test]
fn the_path_comes_from_flag_then_environment_then_data_dir() {
    let reg = Reg::new();
    let data_default = reg.dir.path().join("data").join("engage").join("engage.db");
    let out = reg.bare().args(["db", "path"]).output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), data_default.to_str().unwrap());

    let env_db = reg.dir.path().join("env.db");
    let out = reg.bare().env("ENGAGE_DB", &env_db).args(["db", "path"]).output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), env_db.to_str().unwrap());

    let out = reg.bare().env("ENGAGE_DB", &env_db).arg("--db").arg(&reg.db).args(["db", "path"]).output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), reg.db.to_str().unwrap());
    assert!(!env_db.exists() && !reg.db.exists(), "db path created a file");

    // The default register is created with its folder on first write.
    let out = reg.bare().args(["locality", "add", "Evesham"]).output().unwrap();
    assert!(out.status.success());
    assert!(data_default.exists());
}

#[test]
fn init_creates_once_and_says_so() {
    let reg = Reg::new();
    let r = reg.run(&["init"]);
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("created the register"), "{}", r.stderr);
    let r = reg.run(&["init"]);
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("already exists"), "{}", r.stderr);
    let r = reg.run(&["-q", "init"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
}

#[test]
fn a_register_from_a_newer_engage_is_refused_untouched() {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham"]);
    {
        let conn = rusqlite::Connection::open(&reg.db).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = sha(&reg.db);
    for args in [&["practice", "list"][..], &["locality", "add", "Pershore"], &["init"]] {
        let stderr = reg.fails(args, 1);
        assert!(stderr.contains("newer engage"), "{stderr}");
        assert_eq!(sha(&reg.db), before);
    }
}

#[test]
fn a_file_that_is_not_a_register_is_refused_untouched() {
    let reg = Reg::new();
    std::fs::create_dir_all(reg.db.parent().unwrap()).unwrap();
    std::fs::write(&reg.db, "code,name\n").unwrap();
    let stderr = reg.fails(&["locality", "add", "Evesham"], 1);
    assert!(stderr.contains("not an engage register"), "{stderr}");
    assert_eq!(std::fs::read(&reg.db).unwrap(), b"code,name\n");

    // Another program's SQLite database is not taken over either.
    std::fs::remove_file(&reg.db).unwrap();
    rusqlite::Connection::open(&reg.db).unwrap().execute_batch("CREATE TABLE notes (t TEXT)").unwrap();
    let before = sha(&reg.db);
    reg.fails(&["locality", "add", "Evesham"], 1);
    assert_eq!(sha(&reg.db), before);
}

#[test]
fn every_write_is_audited_and_failures_are_not() {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham", "--code", "EVE"]);
    reg.ok(&["practice", "add", "M81004", "Riverside Surgery", "--locality", "eve"]);
    reg.fails(&["practice", "add", "M81004", "Again Surgery", "--locality", "eve"], 5);
    let log = reg.json(&["log"]);
    let rows = log.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["summary"], "added practice M81004 Riverside Surgery");
    assert_eq!(rows[0]["user"], "officer");
    assert!(rows[0]["command"].as_str().unwrap().starts_with("engage --db "), "{}", rows[0]["command"]);
    assert!(rows[0]["command"].as_str().unwrap().ends_with("practice add M81004 'Riverside Surgery' --locality eve"));
    assert_eq!(rows[1]["summary"], "added locality Evesham");
    assert_eq!(reg.json(&["log", "--limit", "1"]).as_array().unwrap().len(), 1);
    // A dry run writes no audit row either.
    reg.ok(&["practice", "import", &fixture_str("nhs/epraccur-05T.csv"), "--dry-run"]);
    assert_eq!(reg.json(&["log"]).as_array().unwrap().len(), 2);
}

#[test]
fn check_and_backup() {
    let reg = Reg::new();
    reg.ok(&["practice", "import", &fixture_str("nhs/epraccur-05T.csv"), "--commissioner", "05T"]);
    let checks = reg.json(&["db", "check"]);
    assert_eq!(checks[0]["result"], "ok");
    assert_eq!(checks[1]["result"], "ok");

    let copy = reg.dir.path().join("backups").join("copy.db");
    reg.ok(&["db", "backup", copy.to_str().unwrap()]);
    assert_eq!(std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777, 0o600);
    let restored = Reg::at_path(copy.clone());
    assert_eq!(restored.json(&["db", "check"])[0]["result"], "ok");
    assert_eq!(restored.json(&["practice", "list"]), reg.json(&["practice", "list"]));

    // An existing file is never overwritten.
    let before = sha(&copy);
    let stderr = reg.fails(&["db", "backup", copy.to_str().unwrap()], 5);
    assert!(stderr.contains("already exists"), "{stderr}");
    assert_eq!(sha(&copy), before);
}

#[test]
fn a_damaged_register_fails_its_check() {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham"]);
    {
        let conn = rusqlite::Connection::open(&reg.db).unwrap();
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF;
             INSERT INTO practice (code, name, locality_id, status) VALUES ('M81004', 'Orphan Surgery', 42, 'open');",
        )
        .unwrap();
    }
    let r = reg.run(&["db", "check", "--format", "csv"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.contains("foreign_keys,practice"), "{}", r.stdout);
    assert!(r.stderr.starts_with("error: the register failed its checks"), "{}", r.stderr);
}

#[test]
fn the_format_comes_from_the_environment_too() {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham", "--code", "EVE"]);
    let out = reg.cmd(&["locality", "list"]).env("ENGAGE_FORMAT", "csv").output().unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "name,code,practices,list_size,lead,next_meeting\r\nEvesham,EVE,0,0,,\r\n"
    );
    let r = reg.run(&["locality", "list", "--format", "yaml"]);
    assert_eq!(r.code, 2);
}

/// `fixtures/registers/v1.db` was written by the first schema. Each later schema must
/// migrate it, after writing a backup copy beside it.
#[test]
fn an_older_register_is_backed_up_then_migrated() {
    let reg = Reg::new();
    std::fs::create_dir_all(reg.db.parent().unwrap()).unwrap();
    std::fs::copy(common::fixture("registers/v1.db"), &reg.db).unwrap();
    std::fs::set_permissions(&reg.db, std::fs::Permissions::from_mode(0o600)).unwrap();
    let original = common::dump(&reg.db);

    let p = reg.json(&["practice", "show", "M81004"]);
    assert_eq!((p["locality"].as_str(), p["setting"].as_str()), (Some("Evesham"), Some("urban")));
    let version = reg.json(&["db", "check"])[3]["result"].as_i64().unwrap();
    let backups: Vec<_> = std::fs::read_dir(reg.db.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_str().unwrap().starts_with("engage.db.v1-backup-"))
        .collect();
    if version == 1 {
        assert!(backups.is_empty(), "a backup was written with nothing to migrate: {backups:?}");
    } else {
        assert_eq!(backups.len(), 1, "{backups:?}");
        assert_eq!(std::fs::metadata(&backups[0]).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(common::dump(&backups[0]), original);
        // Migrating happens once: opening again writes no second backup.
        reg.ok(&["practice", "list"]);
        let backups_now = std::fs::read_dir(reg.db.parent().unwrap())
            .unwrap()
            .filter(|e| e.as_ref().unwrap().file_name().to_str().unwrap().contains("-backup-"))
            .count();
        assert_eq!(backups_now, 1);
    }
}

#[test]
fn a_reader_leaves_the_register_as_it_found_it() {
    // A command that only reads ends without closing its connection; the system closes
    // the file. The register must be exactly as before, and ready for the next writer.
    let reg = Reg::new();
    reg.ok(&["practice", "import", &fixture_str("nhs/epraccur-05T.csv"), "--commissioner", "05T"]);
    reg.ok(&["locality", "add", "North"]);
    let before = reg.dump();
    let file = sha(&reg.db);
    for args in
        [&["practice", "list"][..], &["report", "engagement"], &["locality", "list"], &["log"], &["db", "check"]]
    {
        reg.ok(args);
    }
    assert_eq!(reg.dump(), before);
    assert_eq!(sha(&reg.db), file, "a reader changed the register's file");
    reg.ok(&["locality", "add", "South"]);
    assert!(reg.ok(&["locality", "list"]).contains("South"));
    let check = reg.ok(&["db", "check"]);
    assert!(check.contains("integrity") && check.contains("ok"), "{check}");
    let conn = rusqlite::Connection::open(&reg.db).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
}

/// `fixtures/registers/v7-demo.db` is the demo register at schema version 7, and
/// `v7-demo/N.out` what version 7's reports printed for line N of `commands.txt` (see
/// `make.sh`). Migrated to dated facts, the register must print exactly the same.
#[test]
fn a_migrated_register_keeps_its_reports() {
    let reg = Reg::new();
    std::fs::create_dir_all(reg.db.parent().unwrap()).unwrap();
    std::fs::copy(common::fixture("registers/v7-demo.db"), &reg.db).unwrap();
    std::fs::set_permissions(&reg.db, std::fs::Permissions::from_mode(0o600)).unwrap();
    let commands = std::fs::read_to_string(common::fixture("registers/v7-demo/commands.txt")).unwrap();
    for (n, line) in commands.lines().enumerate() {
        let args: Vec<&str> = line.split_whitespace().collect();
        let expected = std::fs::read_to_string(common::fixture(&format!("registers/v7-demo/{}.out", n + 1))).unwrap();
        let mut got = reg.ok(&args);
        if line.starts_with("meeting show") {
            // Version 9 tells a meeting held from one still to come (the README): the
            // status word of a past meeting is the one change in what it had, and
            // version 10 adds meeting business at the end.
            got = got.replace("\"status\": \"held\"", "\"status\": \"scheduled\"");
            let mut got: Value = serde_json::from_str(&got).unwrap();
            let object = got.as_object_mut().unwrap();
            for added in ["absent_members", "notes", "group", "round", "topic", "items"] {
                assert!(object.remove(added).is_some(), "meeting show has {added}");
            }
            for d in object["declarations"].as_array_mut().unwrap() {
                assert_eq!(d.as_object_mut().unwrap().remove("item"), Some(Value::Null));
            }
            assert_eq!(got, serde_json::from_str::<Value>(&expected).unwrap(), "engage {line}");
            continue;
        }
        if line.starts_with("report engagement") {
            // Version 10 adds three columns at the end (the README's output columns): nobody belonged to a
            // group or came to an event, so they are 0 and at_risk is as it was.
            let added = ",group_meetings_held,group_represented,events_attended";
            assert!(got.contains(added));
            got = got.replace(added, "").replace(",0,0,0\r\n", "\r\n");
        }
        if line.starts_with("practice show") {
            // Version 16 adds the workforce census, which an old register never had.
            let mut shown: Value = serde_json::from_str(&got).unwrap();
            let object = shown.as_object_mut().unwrap();
            for added in [
                "census_date",
                "census_gps",
                "census_gp_fte",
                "census_single_handed",
                "census_dispensing",
                "census_rural_urban",
            ] {
                assert_eq!(object.remove(added), Some(Value::Null), "practice show has {added}");
            }
            assert_eq!(shown, serde_json::from_str::<Value>(&expected).unwrap(), "engage {line}");
            continue;
        }
        if line.starts_with("session list") {
            // Version 11 adds who each line pays at the end (a scheme pays a practice),
            // and version 17 why a line was rejected or an instalment held.
            let records = |text: &str, drop: usize| -> Vec<Vec<String>> {
                let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
                reader
                    .records()
                    .map(|r| {
                        let r = r.unwrap();
                        r.iter().take(r.len() - drop).map(str::to_string).collect()
                    })
                    .collect()
            };
            assert_eq!(records(&got, 2), records(&expected, 0), "engage {line}");
            continue;
        }
        assert_eq!(got, expected, "engage {line}");
    }
    // Every fact holds from the beginning.
    assert_eq!(
        reg.json(&["practice", "history", "Z90101"]),
        serde_json::json!([{"from": null, "until": null, "locality": "Northbrook", "status": "open"}])
    );
}

#[test]
fn a_register_on_a_read_only_file_system_says_so() {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham"]);
    let mount = reg.dir.path().join("ro");
    std::fs::create_dir_all(&mount).unwrap();
    // A read-only mount of the machine's own, in a private mount namespace (unshare).
    let engage = env!("CARGO_BIN_EXE_engage");
    let script = format!(
        "mount -t tmpfs tmpfs '{m}' && cp '{db}' '{m}/engage.db' && mount -o remount,ro '{m}' \
         && {engage} --db '{m}/engage.db' locality list; echo \"exit $?\"",
        m = mount.display(),
        db = reg.db.display(),
    );
    let out = std::process::Command::new("unshare").args(["-rm", "sh", "-c", &script]).output();
    let Some(out) = out.ok().filter(|o| String::from_utf8_lossy(&o.stdout).contains("exit ")) else {
        eprintln!("skipped: no private mount namespace here (unshare -rm)");
        return;
    };
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("exit 1"), "{stdout}{stderr}");
    assert!(stderr.starts_with("error: the register is on a read-only file system ("), "{stderr}");
}

#[test]
fn db_check_finds_a_payment_run_that_no_longer_adds_up() {
    let reg = Reg::new_at("2027-02-05");
    reg.ok(&["person", "add", "Dr Tom Reed", "--role", "gp-locum"]);
    reg.ok(&["session", "rate", "set", "gp", "380", "--from", "2026-04-01"]);
    reg.ok(&["session", "claim", "Tom Reed", "--date", "2027-01-10", "--sessions", "1", "--fund", "contingency"]);
    reg.ok(&["session", "approve", "1"]);
    reg.ok(&["session", "export", "--month", "2027-01", "--finalise", "--yes"]);
    let checks = reg.json(&["db", "check"]);
    assert_eq!(common::column(&checks, "check"), ["integrity", "foreign_keys", "payment_runs", "schema_version"]);
    assert_eq!(checks[2]["result"], "ok");
    assert_eq!(reg.json(&["db", "check", "--full"])[0]["result"], "ok");
    // A paid line changed behind engage's back: the run no longer adds up.
    rusqlite::Connection::open(&reg.db)
        .unwrap()
        .execute("UPDATE session_line SET paid_amount = 1 WHERE id = 1", [])
        .unwrap();
    let r = reg.run(&["db", "check", "--format", "json"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let checks: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(checks[2]["result"], "the 2027-01 run recorded 1 lines, £380.00; its paid lines are 1, £0.01");
}
