//! Crash safety, concurrent use, private files and safe migrations.
//!
//! Run with `--nocapture` to see the figures (kills that landed mid-write, operations
//! done concurrently).

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use common::{Reg, column, fixture_str};
use rusqlite::Connection;

/// A small deterministic generator for kill delays.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n.max(1)
    }
}

fn integrity(db: &Path) -> String {
    let conn = Connection::open(db).unwrap();
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    let fk: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    format!("{ok} fk={fk}")
}

fn count(db: &Path, sql: &str) -> i64 {
    Connection::open(db).unwrap().query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Starts `args` on a copy of `template`, kills it after `delay`; returns whether it was
/// still running when killed.
fn kill_after(reg: &Reg, template: &Path, args: &[&str], delay: Duration) -> bool {
    std::fs::copy(template, &reg.db).unwrap();
    for side in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{side}", reg.db.display()));
    }
    let mut child: Child = reg.cmd(args).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    std::thread::sleep(delay);
    let running = child.try_wait().unwrap().is_none();
    child.kill().ok(); // SIGKILL
    child.wait().unwrap();
    running
}

fn template(reg: &Reg, name: &str) -> PathBuf {
    let path = reg.dir.path().join(name);
    std::fs::copy(&reg.db, &path).unwrap();
    path
}

#[test]
fn killed_writes_leave_all_or_nothing() {
    killed_writes(4);
}

/// The full run: 134 kills (about 40 s). `.ci/run` runs it with `--include-ignored`.
#[test]
#[ignore = "long: run by .ci/run"]
fn killed_writes_leave_all_or_nothing_full() {
    killed_writes(1);
}

/// Kills each kind of write at random moments, `40 / divisor` times or so each.
fn killed_writes(divisor: usize) {
    let mut dice = Dice(8);
    let mut kills = 0;
    let mut mid_write = 0;

    // 1. The national ODS import into a register holding South Worcestershire.
    let reg = Reg::new();
    reg.ok(&["practice", "import", &fixture_str("nhs/epraccur-05T.csv")]);
    let before = count(&reg.db, "SELECT count(*) FROM practice");
    let import_template = template(&reg, "import.db");
    let national = fixture_str("nhs/epraccur-2019-12-full.csv");
    let started = Instant::now();
    reg.ok(&["practice", "import", &national]);
    let took = started.elapsed().as_millis() as u64;
    let after = count(&reg.db, "SELECT count(*) FROM practice");
    for _ in 0..40 / divisor {
        let delay = Duration::from_millis(dice.below(took * 6 / 5 + 1));
        mid_write += kill_after(&reg, &import_template, &["practice", "import", &national], delay) as usize;
        kills += 1;
        assert_eq!(integrity(&reg.db), "ok fk=0");
        let n = count(&reg.db, "SELECT count(*) FROM practice");
        assert!(n == before || n == after, "a killed import left {n} practices (before {before}, after {after})");
    }

    // 2. Finalising a month's payments.
    let reg = Reg::new_at("2027-02-05");
    reg.ok(&["locality", "add", "Evesham"]);
    reg.ok(&["practice", "add", "M81004", "Riverside Surgery", "--locality", "Evesham"]);
    reg.ok(&["person", "add", "Dr Asha Patel", "--role", "gp-partner", "--practice", "M81004", "--gmc", "7012345"]);
    reg.ok(&["session", "rate", "set", "gp", "380", "--from", "2026-04-01"]);
    for day in 1..=28 {
        let date = format!("2027-01-{day:02}");
        reg.ok(&["session", "claim", "7012345", "--date", &date, "--sessions", "0.5", "--fund", "contingency"]);
    }
    let ids: Vec<String> = (1..=28).map(|i| i.to_string()).collect();
    let mut approve = vec!["session", "approve"];
    approve.extend(ids.iter().map(String::as_str));
    reg.ok(&approve);
    let finalise_template = template(&reg, "finalise.db");
    let started = Instant::now();
    reg.ok(&["session", "export", "--month", "2027-01", "--finalise", "--yes"]);
    let took = started.elapsed().as_millis() as u64;
    for _ in 0..30 / divisor {
        let delay = Duration::from_millis(dice.below(took * 6 / 5 + 1));
        let args = ["session", "export", "--month", "2027-01", "--finalise", "--yes"];
        mid_write += kill_after(&reg, &finalise_template, &args, delay) as usize;
        kills += 1;
        assert_eq!(integrity(&reg.db), "ok fk=0");
        let runs = count(&reg.db, "SELECT count(*) FROM payment_run WHERE month = '2027-01'");
        let paid =
            count(&reg.db, "SELECT count(*) FROM session_line WHERE status = 'paid' AND payment_month = '2027-01'");
        assert_eq!((runs, paid), if runs == 1 { (1, 28) } else { (0, 0) }, "a killed run is whole or absent");
    }

    // 3. A large sign-in sheet.
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham"]);
    reg.ok(&["practice", "add", "M81004", "Riverside Surgery", "--locality", "Evesham"]);
    let mut people = String::from("name,role,practice,email,phone,gmc,pay_to\n");
    let mut sheet = String::from("person,for_practice,status\n");
    for i in 0..400 {
        people.push_str(&format!("Person {i},other,,p{i}@nhs.net,,,\n"));
        sheet.push_str(&format!("p{i}@nhs.net,M81004,attended\n"));
    }
    assert_eq!(reg.run_stdin(&["person", "import", "-"], people.as_bytes()).code, 0);
    reg.ok(&["meeting", "add", "--kind", "locality", "--locality", "Evesham", "--date", "2027-01-12"]);
    let file = reg.dir.path().join("sheet.csv");
    std::fs::write(&file, sheet).unwrap();
    let sheet_template = template(&reg, "sheet.db");
    let started = Instant::now();
    reg.ok(&["meeting", "attend", "1", "--file", file.to_str().unwrap()]);
    let took = started.elapsed().as_millis() as u64;
    for _ in 0..34 / divisor {
        let delay = Duration::from_millis(dice.below(took * 6 / 5 + 1));
        let args = ["meeting", "attend", "1", "--file", file.to_str().unwrap()];
        mid_write += kill_after(&reg, &sheet_template, &args, delay) as usize;
        kills += 1;
        assert_eq!(integrity(&reg.db), "ok fk=0");
        let n = count(&reg.db, "SELECT count(*) FROM attendance");
        assert!(n == 0 || n == 400, "a killed sign-in left {n} of 400 records");
    }
    // 4. The first import into a register that does not exist yet: whatever is left is
    //    a register with none or all of the file.
    let reg = Reg::new();
    let started = Instant::now();
    reg.ok(&["practice", "import", &national]);
    let took = started.elapsed().as_millis() as u64;
    let all = count(&reg.db, "SELECT count(*) FROM practice");
    let folder = reg.db.parent().unwrap().to_path_buf();
    for _ in 0..30 / divisor {
        if folder.exists() {
            std::fs::remove_dir_all(&folder).unwrap();
        }
        let delay = Duration::from_millis(dice.below(took * 6 / 5 + 1));
        let mut child: Child =
            reg.cmd(&["practice", "import", &national]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(delay);
        mid_write += child.try_wait().unwrap().is_none() as usize;
        child.kill().ok();
        child.wait().unwrap();
        kills += 1;
        if !reg.db.exists() {
            continue;
        }
        // The next command finds a register (rolling back a half-done first write) and
        // leaves it in WAL mode.
        reg.ok(&["db", "check"]);
        assert_eq!(integrity(&reg.db), "ok fk=0");
        let n = count(&reg.db, "SELECT count(*) FROM practice");
        assert!(n == 0 || n == all, "a killed first import left {n} practices (all: {all})");
        let journal: String =
            Connection::open(&reg.db).unwrap().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        assert_eq!(journal, "wal");
    }
    eprintln!("crash safety: {kills} kills, {mid_write} while the command was running, every register whole");
    assert!(kills >= 130 / divisor);
    // Delays are drawn up to 1.2 times the command's own time, timed once: most kills
    // land while it runs. A run where few did would have tested little; a third is asked
    // for, since the one timing may be slowed by other tests running beside it.
    assert!(mid_write * 3 >= kills, "only {mid_write} of {kills} kills landed while the command was running");
}

#[test]
fn two_writers_and_a_reader_lose_nothing() {
    writers_and_a_reader(Duration::from_secs(2));
}

#[test]
#[ignore = "long: run by .ci/run"]
fn two_writers_and_a_reader_lose_nothing_full() {
    writers_and_a_reader(Duration::from_secs(15));
}

fn writers_and_a_reader(time: Duration) {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham"]);
    let db = reg.db.clone();
    let deadline = Instant::now() + time;
    let spawn = |who: &'static str| {
        let db = db.clone();
        let home = reg.dir.path().to_path_buf();
        std::thread::spawn(move || {
            let (mut ok, mut failed) = (0usize, Vec::new());
            let mut i = 0;
            while Instant::now() < deadline {
                let args: Vec<String> = match who {
                    "a" => vec!["locality".into(), "add".into(), format!("North {i}")],
                    "b" => vec!["person".into(), "add".into(), format!("Person {i}"), "--role".into(), "other".into()],
                    _ => vec!["practice".into(), "list".into(), "--format".into(), "csv".into()],
                };
                let out = std::process::Command::new(env!("CARGO_BIN_EXE_engage"))
                    .arg("--db")
                    .arg(&db)
                    .args(&args)
                    .env("ENGAGE_TODAY", common::TODAY)
                    .env("HOME", &home)
                    .env_remove("ENGAGE_DB")
                    .stdin(Stdio::null())
                    .output()
                    .unwrap();
                if out.status.success() {
                    ok += 1;
                } else {
                    failed.push(String::from_utf8_lossy(&out.stderr).to_string());
                }
                i += 1;
            }
            (ok, failed)
        })
    };
    let (a, b, r) = (spawn("a"), spawn("b"), spawn("r"));
    let (a, b, r) = (a.join().unwrap(), b.join().unwrap(), r.join().unwrap());
    assert!(a.1.is_empty() && b.1.is_empty() && r.1.is_empty(), "failures: {:?} {:?} {:?}", a.1, b.1, r.1);
    assert_eq!(count(&reg.db, "SELECT count(*) FROM locality"), 1 + a.0 as i64);
    assert_eq!(count(&reg.db, "SELECT count(*) FROM person"), b.0 as i64);
    assert_eq!(count(&reg.db, "SELECT count(*) FROM audit"), 1 + (a.0 + b.0) as i64);
    assert_eq!(integrity(&reg.db), "ok fk=0");
    assert!(a.0 > 0 && b.0 > 0 && r.0 > 0, "each side ran: {} {} {}", a.0, b.0, r.0);
    eprintln!("concurrency: {} + {} writes and {} reads in {time:?}, none lost, no error", a.0, b.0, r.0);
}

#[test]
fn a_lock_held_beyond_the_timeout_is_exit_6() {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham"]);
    let before = reg.dump();
    let conn = Connection::open(&reg.db).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE; INSERT INTO settings VALUES ('held', 'x');").unwrap();
    let started = Instant::now();
    let r = reg.run(&["locality", "add", "Malvern"]);
    let waited = started.elapsed();
    conn.execute_batch("ROLLBACK").unwrap();
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.starts_with("error: the register is busy"), "{}", r.stderr);
    assert!(r.stderr.contains("hint: try again"), "{}", r.stderr);
    assert!(waited >= Duration::from_millis(4900), "gave up after {waited:?}");
    assert_eq!(reg.dump(), before);
}

fn payments_register() -> Reg {
    common::january_to_pay(Reg::new_at("2027-02-05"))
}

#[test]
fn finalising_the_same_month_twice_at_once_pays_it_once() {
    for _ in 0..3 {
        let reg = payments_register();
        let args = ["session", "export", "--month", "2027-01", "--finalise", "--yes"];
        // Hold the write lock while both runs start, so that both are running at once,
        // waiting for it, when it is released.
        let holder = Connection::open(&reg.db).unwrap();
        holder.execute_batch("BEGIN IMMEDIATE").unwrap();
        let mut a = reg.cmd(&args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let mut b = reg.cmd(&args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(300));
        assert!(a.try_wait().unwrap().is_none() && b.try_wait().unwrap().is_none(), "both runs wait for the lock");
        holder.execute_batch("ROLLBACK").unwrap();
        let (a, b) = (common::finish(a.wait_with_output().unwrap()), common::finish(b.wait_with_output().unwrap()));
        let mut codes = [a.code, b.code];
        codes.sort();
        assert_eq!(codes, [0, 5], "{} / {}", a.stderr, b.stderr);
        let winner = if a.code == 0 { &a } else { &b };
        assert_eq!(count(&reg.db, "SELECT count(*) FROM payment_run"), 1);
        assert_eq!(count(&reg.db, "SELECT count(*) FROM session_line WHERE payment_month = '2027-01'"), 2);
        assert_eq!(reg.ok(&["session", "export", "--month", "2027-01"]), winner.stdout);
    }
}

#[test]
fn finalising_while_a_claim_is_approved_loses_nothing() {
    for _ in 0..5 {
        let reg = payments_register();
        let f = reg
            .cmd(&["session", "export", "--month", "2027-01", "--finalise", "--yes"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let a = reg.cmd(&["session", "approve", "3"]).stderr(Stdio::piped()).spawn().unwrap();
        let (f, a) = (f.wait_with_output().unwrap(), a.wait_with_output().unwrap());
        assert!(f.status.success() && a.status.success());
        let (status, month): (String, Option<String>) = Connection::open(&reg.db)
            .unwrap()
            .query_row("SELECT status, payment_month FROM session_line WHERE id = 3", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        // Either the run took it, or it waits, approved, for the next run.
        assert!(
            (status == "paid" && month.as_deref() == Some("2027-01")) || (status == "approved" && month.is_none()),
            "{status} {month:?}"
        );
        let paid = count(&reg.db, "SELECT count(*) FROM session_line WHERE status = 'paid'");
        assert_eq!(paid, if status == "paid" { 3 } else { 2 });
    }
}

#[test]
fn the_register_and_its_side_files_are_private() {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham"]);
    // Hold the register open so that SQLite's -wal and -shm files exist.
    let conn = Connection::open(&reg.db).unwrap();
    conn.execute_batch("PRAGMA journal_mode = WAL; SELECT count(*) FROM locality;").unwrap();
    reg.ok(&["locality", "add", "Malvern"]);
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{}{suffix}", reg.db.display());
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{path}");
    }
    drop(conn);
    // The last connection to close folds the log into the file and removes it: the
    // register file alone then holds every write.
    let wal = format!("{}-wal", reg.db.display());
    reg.ok(&["locality", "list"]);
    assert!(!Path::new(&wal).exists(), "{wal} is left after every engage has exited");
    let folder = reg.db.parent().unwrap();
    let copy = folder.join("copy.db");
    reg.ok(&["db", "backup", copy.to_str().unwrap()]);
    assert_eq!(std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777, 0o600);
}

#[test]
fn a_backup_taken_while_another_process_writes_is_consistent() {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham"]);
    let db = reg.db.clone();
    let home = reg.dir.path().to_path_buf();
    let writer = std::thread::spawn(move || {
        for i in 0..60 {
            let status = std::process::Command::new(env!("CARGO_BIN_EXE_engage"))
                .arg("--db")
                .arg(&db)
                .args(["-q", "locality", "add", &format!("North {i}")])
                .env("HOME", &home)
                .stdin(Stdio::null())
                .status()
                .unwrap();
            assert!(status.success());
        }
    });
    let mut copies = Vec::new();
    for i in 0..5 {
        std::thread::sleep(Duration::from_millis(40));
        let copy = reg.dir.path().join(format!("backup-{i}.db"));
        reg.ok(&["db", "backup", copy.to_str().unwrap()]);
        copies.push(copy);
    }
    writer.join().unwrap();
    for copy in copies {
        let restored = Reg::at_path(copy.clone());
        let checks = restored.json(&["db", "check"]);
        assert_eq!((checks[0]["result"].as_str(), checks[1]["result"].as_str()), (Some("ok"), Some("ok")));
        // The copy holds a whole number of writes: each locality with its audit row.
        let localities = count(&copy, "SELECT count(*) FROM locality");
        assert_eq!(count(&copy, "SELECT count(*) FROM audit"), localities);
    }
    assert_eq!(column(&reg.json(&["locality", "list"]), "name").len(), 61);
}

#[test]
fn a_failed_migration_leaves_the_original_untouched() {
    let reg = Reg::new();
    std::fs::create_dir_all(reg.db.parent().unwrap()).unwrap();
    std::fs::copy(common::fixture("registers/v1.db"), &reg.db).unwrap();
    // Something in the way of version 2: a table it wants to create.
    Connection::open(&reg.db)
        .unwrap()
        .execute_batch("CREATE TABLE person (x TEXT); PRAGMA journal_mode = DELETE;")
        .unwrap();
    let before = std::fs::read(&reg.db).unwrap();
    let r = reg.run(&["practice", "list"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("person already exists"), "{}", r.stderr);
    assert_eq!(common::dump(&reg.db), {
        let copy = reg.dir.path().join("before.db");
        std::fs::write(&copy, &before).unwrap();
        common::dump(&copy)
    });
    // The backup written before migrating is there and private.
    let backups: Vec<_> = std::fs::read_dir(reg.db.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_str().unwrap().contains(".v1-backup-"))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(std::fs::metadata(&backups[0]).unwrap().permissions().mode() & 0o777, 0o600);
}

#[test]
fn folders_engage_creates_are_private_under_any_umask() {
    let reg = Reg::new();
    let dir = reg.dir.path();
    let engage = env!("CARGO_BIN_EXE_engage");
    let script = format!(
        "umask 000; {engage} --db sub/new/reg.db -q locality add North && {engage} --db sub/new/reg.db -q db backup bk/b1.db"
    );
    let status =
        std::process::Command::new("sh").arg("-c").arg(&script).current_dir(dir).env("HOME", dir).status().unwrap();
    assert!(status.success());
    for (path, mode) in
        [("sub", 0o700), ("sub/new", 0o700), ("sub/new/reg.db", 0o600), ("bk", 0o700), ("bk/b1.db", 0o600)]
    {
        let found = std::fs::metadata(dir.join(path)).unwrap().permissions().mode() & 0o777;
        assert_eq!(found, mode, "{path}");
    }
}

#[test]
fn an_existing_file_becomes_the_register_only_if_empty_and_ours() {
    let reg = Reg::new();
    std::fs::create_dir_all(reg.db.parent().unwrap()).unwrap();
    // An empty file of ours, readable by all: taken, and made private.
    std::fs::write(&reg.db, b"").unwrap();
    std::fs::set_permissions(&reg.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    reg.ok(&["locality", "add", "North"]);
    assert_eq!(std::fs::metadata(&reg.db).unwrap().permissions().mode() & 0o777, 0o600);
    // A file with something else in it is left exactly as it was.
    let other = reg.dir.path().join("notes.db");
    std::fs::write(&other, b"shopping list\n").unwrap();
    let r = Reg::at_path(other.clone()).run(&["locality", "add", "North"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("not an engage register"), "{}", r.stderr);
    assert_eq!(std::fs::read(&other).unwrap(), b"shopping list\n");
    // An empty file someone else owns (as root, the test can make one).
    let theirs = reg.dir.path().join("theirs.db");
    std::fs::write(&theirs, b"").unwrap();
    if std::os::unix::fs::chown(&theirs, Some(65534), Some(65534)).is_ok() {
        let r = Reg::at_path(theirs.clone()).run(&["locality", "add", "North"]);
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(r.stderr.contains("belongs to another user"), "{}", r.stderr);
        assert_eq!(std::fs::metadata(&theirs).unwrap().len(), 0);
    }
}

#[test]
fn register_paths_that_keep_nothing_are_refused_and_any_os_path_works() {
    use std::os::unix::ffi::OsStrExt;
    let reg = Reg::new();
    let dir = reg.dir.path();
    // (An empty --db is a usage error to clap, and an empty ENGAGE_DB means "not set".)
    for path in [":memory:", "file:x.db?mode=memory", "file:reg.db", ":memory"] {
        for via_env in [false, true] {
            let mut cmd = reg.bare();
            cmd.current_dir(dir);
            if via_env {
                cmd.env("ENGAGE_DB", path);
            } else {
                cmd.arg("--db").arg(path);
            }
            let r = common::finish(cmd.args(["locality", "add", "North"]).output().unwrap());
            assert_eq!(r.code, 3, "{path:?}: {}", r.stderr);
            assert!(r.stderr.contains("not a register path"), "{}", r.stderr);
        }
    }
    let stray: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(!stray.iter().any(|n| n.to_string_lossy().contains("memory") || n.to_string_lossy().starts_with("file:")));
    // A path that is not UTF-8, by flag and by environment.
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.db");
    for via_env in [false, true] {
        let mut cmd = reg.bare();
        cmd.current_dir(dir);
        if via_env {
            cmd.env("ENGAGE_DB", name)
        } else {
            cmd.arg("--db").arg(name)
        };
        let r =
            common::finish(cmd.args(["locality", "add", if via_env { "South" } else { "North" }]).output().unwrap());
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    assert_eq!(column(&Reg::at_path(dir.join(name)).json(&["locality", "list"]), "name"), vec!["North", "South"]);
}

#[test]
fn output_that_cannot_be_written_is_an_error_never_a_panic() {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "North"]);
    let full = || std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    for args in [
        &["completions", "bash"][..],
        &["man"],
        &["--help"],
        &["practice", "list", "--help"],
        &["--version"],
        &["locality", "list"],
        &["log"],
        &["db", "path"],
    ] {
        let out = reg.cmd(args).stdout(full()).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.starts_with("error: cannot write the output: "), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
    // A reader that stops early: exit 0, as for any command.
    for args in [&["completions", "bash"][..], &["man"], &["--help"]] {
        let mut child = reg.cmd(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    // Messages that cannot be written do not undo the write.
    let out = reg.cmd(&["locality", "add", "South"]).stderr(full()).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(column(&reg.json(&["locality", "list"]), "name"), vec!["North", "South"]);
}

#[test]
fn a_damaged_register_is_named_as_such() {
    let reg = Reg::new();
    reg.ok(&["practice", "import", &fixture_str("nhs/epraccur-05T.csv"), "--commissioner", "05T"]);
    let whole = std::fs::read(&reg.db).unwrap();
    let truncated = reg.dir.path().join("truncated.db");
    std::fs::write(&truncated, &whole[..whole.len() / 3]).unwrap();
    let damaged = Reg::at_path(truncated.clone());
    for args in [&["practice", "list"][..], &["db", "check"]] {
        let r = damaged.run(args);
        assert_eq!(r.code, 1, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("the register is damaged"), "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("restore the latest backup"), "{}", r.stderr);
    }
    // A database of another program is not called damaged.
    let foreign = reg.dir.path().join("foreign.db");
    Connection::open(&foreign).unwrap().execute_batch("CREATE TABLE t (x)").unwrap();
    let r = Reg::at_path(foreign).run(&["practice", "list"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("not an engage register"), "{}", r.stderr);
}

#[test]
fn six_commands_opening_an_old_register_at_once_all_wait_for_one_migration() {
    let reg = Reg::new();
    std::fs::create_dir_all(reg.db.parent().unwrap()).unwrap();
    std::fs::copy(common::fixture("registers/v7-demo.db"), &reg.db).unwrap();
    let children: Vec<Child> = (0..6)
        .map(|i| {
            let args: &[&str] =
                if i % 2 == 0 { &["practice", "list"] } else { &["locality", "add", ["A", "B", "C"][i / 2]] };
            reg.cmd(args).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let backups = std::fs::read_dir(reg.db.parent().unwrap())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().contains(".v7-backup-"))
        .count();
    assert_eq!(backups, 1);
    assert_eq!(integrity(&reg.db), "ok fk=0");
}

#[test]
fn after_the_last_engage_exits_the_register_file_alone_holds_every_write() {
    let reg = Reg::new();
    reg.ok(&["practice", "import", &fixture_str("nhs/epraccur-2019-12-full.csv")]);
    // A reader whose output nobody reads yet holds its snapshot open while a writer
    // commits; the writer cannot fold the log into the file past it.
    let mut reader =
        reg.cmd(&["practice", "list", "--format", "csv"]).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    std::thread::sleep(Duration::from_millis(300));
    reg.ok(&["locality", "add", "Zeta"]);
    let mut out = Vec::new();
    std::io::Read::read_to_end(reader.stdout.as_mut().unwrap(), &mut out).unwrap();
    assert!(reader.wait().unwrap().success());
    // Copying the file alone, as someone might with cp, keeps the write.
    let copy = reg.dir.path().join("copy.db");
    std::fs::copy(&reg.db, &copy).unwrap();
    assert_eq!(count(&copy, "SELECT count(*) FROM locality WHERE name = 'Zeta'"), 1);
    assert!(!Path::new(&format!("{}-wal", reg.db.display())).exists());
}
