//! A team register on PostgreSQL: the same commands print the same bytes as on a file.
//! The tests that need a server run when `ENGAGE_TEST_POSTGRES` names one (`.ci/run`
//! starts one) and say they were skipped otherwise.

mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{Reg, TeamDb};

/// What the demo's tour and the reports print, command by command.
const COMMANDS: &[&str] = &[
    "report engagement",
    "report engagement --format csv",
    "report localities",
    "report reach",
    "report schemes",
    "report sessional-gps",
    "report interests",
    "report visits",
    "report skills",
    "report sessions --by month",
    "report sessions --by source",
    "report sessions --by fund",
    "report sessions --by role",
    "report sessions --by person",
    "report sessions --by locality --format json",
    "report benchmark items",
    "report coverage",
    "scheme show clinical",
    "session list --status held",
    "practice list",
    "practice show Z90101",
    "practice history Z90101",
    "locality list",
    "person list",
    "person show 1",
    "person interests",
    "skill find urgent-care",
    "meeting list",
    "meeting show 13",
    "meeting minutes 74",
    "action list",
    "group list",
    "scheme list",
    "briefing list",
    "project list",
    "session list",
    "session export --month 2026-12 --format csv",
    "session budget list --fy this",
    "db check",
];

fn run(reg: &Reg, line: &str) -> (i32, String, String) {
    let args: Vec<&str> = line.split(' ').collect();
    let r = reg.run(&args);
    (r.code, r.stdout, r.stderr)
}

#[test]
fn the_demo_and_every_report_are_the_same_on_a_server_as_in_a_file() {
    let Some(admin) = common::postgres("the_demo_and_every_report_are_the_same_on_a_server_as_in_a_file") else {
        return;
    };
    let team = TeamDb::new(&admin);
    let file = Reg::new();
    let server = team.reg();
    let built_file = file.run(&["demo", "--db", file.db.to_str().unwrap()]);
    let built_server = server.run(&["demo", "--db", &team.url]);
    assert_eq!(built_file.code, 0, "{}", built_file.stderr);
    assert_eq!(built_server.code, 0, "{}", built_server.stderr);
    let path = file.db.to_str().unwrap();
    assert_eq!(
        built_file.stdout.replace(&engage::store::shell_quote(path), "REG").replace(path, "REG"),
        built_server.stdout.replace(&engage::store::shell_quote(&team.url), "REG").replace(&team.url, "REG"),
        "the demo's tour"
    );
    for line in COMMANDS {
        assert_eq!(run(&file, line), run(&server, line), "engage {line}");
    }
    // Built again over itself, as an officer refreshing the demo would.
    let again = server.run(&["demo", "--db", &team.url]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(run(&file, "report engagement"), run(&server, "report engagement"));
}

#[test]
fn a_server_register_is_written_once_per_write_and_refuses_what_a_file_refuses() {
    let Some(admin) = common::postgres("a_server_register_is_written_once_per_write_and_refuses_what_a_file_refuses")
    else {
        return;
    };
    let team = TeamDb::new(&admin);
    let reg = team.reg();
    assert_eq!(reg.run(&["practice", "list"]).code, 4, "no register yet: exit 4, nothing made");
    reg.ok(&["locality", "add", "North", "--code", "N"]);
    let clash = reg.run(&["locality", "add", "north"]);
    assert_eq!(clash.code, 5, "{}", clash.stderr);
    reg.ok(&["person", "add", "Ann Example", "--role", "other", "--email", "ann@nhs.example"]);
    let twice = reg.run(&["person", "add", "Ann Other", "--role", "other", "--email", "ANN@nhs.example"]);
    assert_eq!(twice.code, 5, "the same email twice: {}", twice.stderr);
    assert!(twice.stderr.contains("belongs to Ann Example"), "{}", twice.stderr);
    let log = reg.ok(&["log", "--format", "json"]);
    assert_eq!(log.matches("\"id\"").count(), 2, "two writes, two audit rows (the refused ones wrote nothing): {log}");
    assert_eq!(reg.ok(&["db", "path"]).trim(), team.url);
    // The database user beside the OS user; a file register records none.
    let user = team.url.split("://").nth(1).and_then(|r| r.split_once('@')).map(|(u, _)| u.to_string()).unwrap();
    let entries = reg.json(&["log"]);
    assert_eq!(entries[0]["db_user"], user.as_str(), "{entries}");
    assert_eq!(entries[0]["user"], "officer");
    let file = Reg::new();
    file.ok(&["locality", "add", "North"]);
    assert_eq!(file.json(&["log"])[0]["db_user"], "");
}

#[test]
fn a_register_url_never_holds_a_password_and_never_becomes_a_folder() {
    let reg = Reg::new();
    let r = common::finish(
        reg.bare()
            .args(["--db", "postgresql://officer:s3cret@db.example/engage", "practice", "list"])
            .output()
            .unwrap(),
    );
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("holds a password") && !r.stderr.contains("s3cret"), "{}", r.stderr);
    // An unreachable server is a storage error; no folder named after the URL appears.
    let here = reg.dir.path();
    let r = reg
        .bare()
        .current_dir(here)
        .args(["--db", "postgresql://officer@/engage?host=/nonexistent/socket", "init"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(1), "{}", String::from_utf8_lossy(&r.stderr));
    assert!(!here.join("postgresql:").exists());
    let path = reg.bare().args(["--db", "postgres://officer@db.example/engage", "db", "path"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&path.stdout).trim(), "postgres://officer@db.example/engage");
}

/// The commands whose output a copy must give back exactly.
const COPIED: &[&str] = &[
    "report engagement",
    "report sessions --by locality",
    "session export --month 2026-12 --format csv",
    "practice show Z90101",
    "meeting minutes 74",
    "log --format csv",
];

#[test]
fn db_copy_makes_a_new_file_that_prints_what_the_first_printed_and_refuses_to_overwrite() {
    let first = Reg::new();
    assert_eq!(first.run(&["demo", "--db", first.db.to_str().unwrap()]).code, 0);
    let copy = Reg::new();
    let made = first.run(&["db", "copy", first.db.to_str().unwrap(), copy.db.to_str().unwrap()]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    for line in COPIED.iter().filter(|l| !l.starts_with("log")) {
        assert_eq!(run(&first, line), run(&copy, line), "engage {line}");
    }
    let log = copy.ok(&["log", "--format", "csv"]);
    assert!(log.contains("copied"), "the copy's own audit row: {log}");
    let before = std::fs::read(&copy.db).unwrap();
    let again = first.run(&["db", "copy", first.db.to_str().unwrap(), copy.db.to_str().unwrap()]);
    assert_eq!(again.code, 5, "{}", again.stderr);
    assert_eq!(std::fs::read(&copy.db).unwrap(), before, "the existing file is untouched");
}

#[test]
fn db_copy_moves_a_register_to_a_server_and_back() {
    let Some(admin) = common::postgres("db_copy_moves_a_register_to_a_server_and_back") else {
        return;
    };
    let team = TeamDb::new(&admin);
    let laptop = Reg::new();
    assert_eq!(laptop.run(&["demo", "--db", laptop.db.to_str().unwrap()]).code, 0);
    // Text a copy must carry as it is: quotes, a backslash, brackets and a comma.
    let said = r#"They said "no" \ (twice), then: C:\path\"#;
    laptop.ok(&["meeting", "note", "13", said]);
    // A table too large to travel with the others (over 50,000 rows) is copied straight in.
    let mut values = String::from("code,items,patients\n");
    for i in 0..60_000 {
        values += &format!("Y{i:05},{}.{},{}\n", i * 7, i % 10, 1000 + i);
    }
    let file = laptop.dir.path().join("big.csv");
    std::fs::write(&file, values).unwrap();
    laptop.ok(&["measure", "add", "big", "--per", "1000"]);
    let big = ["measure", "import", "big", file.to_str().unwrap(), "--period", "1", "--code-column", "code"];
    laptop.ok(&[&big[..], &["--numerator-column", "items", "--denominator-column", "patients"]].concat());
    // The whole register in at most 50 round trips, as every command.
    let trips = round_trips(&laptop, &format!("db copy {} {}", laptop.db.to_str().unwrap(), team.url));
    assert!(trips <= 50, "db copy asked the server {trips} times");
    let server = team.reg();
    let audit = Reg::new();
    let saved = server.run(&["db", "backup", audit.db.to_str().unwrap()]);
    assert_eq!(saved.code, 0, "{}", saved.stderr);
    for line in
        COPIED.iter().filter(|l| !l.starts_with("log")).chain(&["meeting show 13", "report benchmark big --format csv"])
    {
        let on_laptop = run(&laptop, line);
        assert_eq!(on_laptop, run(&server, line), "engage {line} on the server");
        assert_eq!(on_laptop, run(&audit, line), "engage {line} in the server's backup");
    }
    assert!(run(&server, "meeting show 13").1.contains(said), "the note as it was written");
    assert_eq!(
        team.count("SELECT count(*) FROM measure_value"),
        60_000 + 937,
        "every value, the demo's and the big one's"
    );
    // A database that holds a register already is refused, and keeps what it had.
    let log = server.ok(&["log", "--format", "csv"]);
    let again = laptop.run(&["db", "copy", laptop.db.to_str().unwrap(), &team.url]);
    assert_eq!(again.code, 5, "{}", again.stderr);
    assert_eq!(server.ok(&["log", "--format", "csv"]), log);
}

/// The register's write lock on a server: the advisory lock every write takes.
const WRITE_LOCK: &str = "SELECT pg_advisory_xact_lock(1162757953)";

fn payments(team: &TeamDb) -> Reg {
    common::january_to_pay(Reg { today: "2027-02-05", ..team.reg() })
}

#[test]
fn two_officers_finalising_one_month_at_once_pay_it_once() {
    let Some(admin) = common::postgres("two_officers_finalising_one_month_at_once_pay_it_once") else {
        return;
    };
    let team = TeamDb::new(&admin);
    let reg = payments(&team);
    let args = ["session", "export", "--month", "2027-01", "--finalise", "--yes"];
    // Hold the write lock while both start, so that both wait for it at once.
    let mut holder = team.client();
    let mut tx = holder.transaction().unwrap();
    tx.batch_execute(WRITE_LOCK).unwrap();
    let mut a = reg.cmd(&args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut b = reg.cmd(&args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    std::thread::sleep(Duration::from_millis(500));
    assert!(a.try_wait().unwrap().is_none() && b.try_wait().unwrap().is_none(), "both runs wait for the lock");
    tx.rollback().unwrap();
    let (a, b) = (common::finish(a.wait_with_output().unwrap()), common::finish(b.wait_with_output().unwrap()));
    let mut codes = [a.code, b.code];
    codes.sort();
    assert_eq!(codes, [0, 5], "{} / {}", a.stderr, b.stderr);
    assert_eq!(team.count("SELECT count(*) FROM payment_run"), 1);
    assert_eq!(team.count("SELECT count(*) FROM session_line WHERE payment_month = '2027-01'"), 2);
    let winner = if a.code == 0 { &a } else { &b };
    assert_eq!(reg.ok(&["session", "export", "--month", "2027-01"]), winner.stdout);
}

#[test]
fn a_write_lock_held_beyond_the_timeout_is_exit_6_and_readers_never_wait() {
    let Some(admin) = common::postgres("a_write_lock_held_beyond_the_timeout_is_exit_6_and_readers_never_wait") else {
        return;
    };
    let team = TeamDb::new(&admin);
    let reg = team.reg();
    reg.ok(&["locality", "add", "Evesham"]);
    let mut holder = team.client();
    let mut tx = holder.transaction().unwrap();
    tx.batch_execute(WRITE_LOCK).unwrap();
    let started = Instant::now();
    let read = reg.run(&["locality", "list", "--format", "csv"]);
    assert_eq!(read.code, 0, "{}", read.stderr);
    assert!(started.elapsed() < Duration::from_secs(2), "a reader does not wait for the writer's lock");
    let r = reg.run(&["locality", "add", "Malvern"]);
    let waited = started.elapsed();
    tx.rollback().unwrap();
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.starts_with("error: the register is busy"), "{}", r.stderr);
    assert!(waited >= Duration::from_millis(4900), "gave up after {waited:?}");
    assert_eq!(team.count("SELECT count(*) FROM locality"), 1, "nothing written");
}

#[test]
fn two_writers_and_a_reader_on_a_server_lose_nothing() {
    let Some(admin) = common::postgres("two_writers_and_a_reader_on_a_server_lose_nothing") else {
        return;
    };
    let team = TeamDb::new(&admin);
    let reg = team.reg();
    reg.ok(&["locality", "add", "Evesham"]);
    let deadline = Instant::now() + Duration::from_secs(2);
    let spawn = |who: &'static str| {
        let reg = Reg { dir: tempfile::tempdir().unwrap(), ..team.reg() };
        std::thread::spawn(move || {
            let (mut ok, mut failed) = (0usize, Vec::new());
            let mut i = 0;
            while Instant::now() < deadline {
                let name = format!("{who} {i}");
                let args: Vec<&str> = match who {
                    "a" => vec!["locality", "add", &name],
                    "b" => vec!["person", "add", &name, "--role", "other"],
                    _ => vec!["practice", "list", "--format", "csv"],
                };
                let r = reg.run(&args);
                if r.code == 0 {
                    ok += 1
                } else {
                    failed.push(r.stderr)
                }
                i += 1;
            }
            (ok, failed)
        })
    };
    let (a, b, r) = (spawn("a"), spawn("b"), spawn("r"));
    let (a, b, r) = (a.join().unwrap(), b.join().unwrap(), r.join().unwrap());
    assert!(a.1.is_empty() && b.1.is_empty() && r.1.is_empty(), "failures: {:?} {:?} {:?}", a.1, b.1, r.1);
    assert_eq!(team.count("SELECT count(*) FROM locality"), 1 + a.0 as i64);
    assert_eq!(team.count("SELECT count(*) FROM person"), b.0 as i64);
    assert_eq!(team.count("SELECT count(*) FROM audit"), 1 + (a.0 + b.0) as i64);
    assert!(a.0 > 0 && b.0 > 0 && r.0 > 0, "each side ran: {} {} {}", a.0, b.0, r.0);
}

#[test]
fn a_client_killed_mid_write_leaves_nothing_half_written() {
    let Some(admin) = common::postgres("a_client_killed_mid_write_leaves_nothing_half_written") else {
        return;
    };
    let team = TeamDb::new(&admin);
    let reg = team.reg();
    reg.ok(&["init"]);
    let national = common::fixture_str("nhs/epraccur-2019-12-full.csv");
    let mut landed = 0;
    for delay in [150, 300, 600] {
        let mut child =
            reg.cmd(&["practice", "import", &national]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        let running = child.try_wait().unwrap().is_none();
        child.kill().unwrap();
        let status = child.wait().unwrap();
        // The server ends a killed client's transaction: all of the import or none of it.
        let practices = team.count("SELECT count(*) FROM practice");
        if running && !status.success() {
            landed += 1;
            assert_eq!(practices, 0, "a killed import left {practices} practices");
        }
        assert_eq!(reg.run(&["db", "check"]).code, 0);
    }
    assert!(landed > 0, "no kill landed while the import was running");
}

#[test]
fn a_server_register_has_the_files_tables_and_columns() {
    let Some(admin) = common::postgres("a_server_register_has_the_files_tables_and_columns") else {
        return;
    };
    let team = TeamDb::new(&admin);
    team.reg().ok(&["init"]);
    let file = Reg::new();
    file.ok(&["init"]);
    let kind = |declared: &str| {
        let d = declared.to_ascii_lowercase();
        if d.contains("int") {
            "integer"
        } else if d.contains("real") || d.contains("double") {
            "real"
        } else {
            "text"
        }
    };
    let conn = rusqlite::Connection::open(&file.db).unwrap();
    let mut tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    tables.sort();
    let mut server = team.client();
    let mut on_server: Vec<String> = server
        .query(
            "SELECT table_name::text FROM information_schema.tables
              WHERE table_schema = current_schema() AND table_name <> 'engage_register' ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    on_server.sort();
    assert_eq!(tables, on_server, "the same tables");
    for table in &tables {
        let in_file: Vec<(String, String)> = conn
            .prepare(&format!("SELECT name, type FROM pragma_table_info('{table}') ORDER BY cid"))
            .unwrap()
            .query_map([], |r| Ok((r.get::<_, String>(0)?, kind(&r.get::<_, String>(1)?).to_string())))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let in_server: Vec<(String, String)> = server
            .query(
                "SELECT column_name::text, data_type::text FROM information_schema.columns
                  WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
                &[table],
            )
            .unwrap()
            .iter()
            .map(|r| (r.get::<_, String>(0), kind(&r.get::<_, String>(1)).to_string()))
            .collect();
        assert_eq!(in_file, in_server, "the columns of {table}");
    }
}

#[test]
fn a_team_register_migrates_once_and_a_newer_one_is_refused_untouched() {
    let Some(admin) = common::postgres("a_team_register_migrates_once_and_a_newer_one_is_refused_untouched") else {
        return;
    };
    let team = TeamDb::new(&admin);
    let reg = team.reg();
    reg.ok(&["locality", "add", "North"]);
    // Back to version 14, as an earlier engage left it.
    team.client()
        .batch_execute(
            "ALTER TABLE audit DROP COLUMN db_user; DROP TABLE practice_census;
             ALTER TABLE scheme DROP COLUMN pay_after;
             ALTER TABLE commitment DROP COLUMN agreed_with, DROP COLUMN priority;
             UPDATE engage_register SET schema_version = 14",
        )
        .unwrap();
    reg.ok(&["locality", "add", "South"]);
    assert_eq!(team.count("SELECT schema_version FROM engage_register"), 17);
    assert_eq!(team.count("SELECT count(*) FROM practice_census"), 0, "version 16 made the census table");
    assert_eq!(team.count("SELECT count(*) FROM audit WHERE db_user = ''"), 1, "the earlier write keeps no user");
    team.client().batch_execute("UPDATE engage_register SET schema_version = 99").unwrap();
    let r = reg.run(&["locality", "add", "East"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("newer engage"), "{}", r.stderr);
    assert_eq!(team.count("SELECT count(*) FROM locality"), 2);
}

#[test]
fn a_reader_of_a_team_register_cannot_write_to_it() {
    let Some(admin) = common::postgres("a_reader_of_a_team_register_cannot_write_to_it") else {
        return;
    };
    let team = TeamDb::new(&admin);
    let owner = team.reg();
    owner.ok(&["locality", "add", "North"]);
    owner.ok(&["db", "init-roles"]);
    owner.ok(&["db", "init-roles"]); // again: nothing changes
    let (reader, writer) = (format!("{}_reader", team.name), format!("{}_writer", team.name));
    let mut client = team.client();
    client
        .batch_execute(&format!(
            "CREATE ROLE {reader} LOGIN IN ROLE {db}_engage_read; CREATE ROLE {writer} LOGIN IN ROLE {db}_engage_write",
            db = team.name
        ))
        .unwrap();
    let as_user = |user: &str| {
        let url = team.url.replacen("://", &format!("://{user}@"), 1);
        let url = match url.split_once('@') {
            Some((head, rest)) if rest.contains('@') => format!("{head}@{}", rest.split_once('@').unwrap().1),
            _ => url,
        };
        Reg::at_path(std::path::PathBuf::from(url))
    };
    let r = as_user(&reader);
    assert!(r.ok(&["locality", "list", "--format", "csv"]).contains("North"));
    let before = team.count("SELECT count(*) FROM audit");
    let refused = r.run(&["locality", "add", "South"]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(
        refused.stderr.starts_with(&format!("error: this register is read-only for {reader}")),
        "{}",
        refused.stderr
    );
    assert_eq!(team.count("SELECT count(*) FROM locality"), 1, "nothing written");
    assert_eq!(team.count("SELECT count(*) FROM audit"), before);
    as_user(&writer).ok(&["locality", "add", "South"]);
    assert_eq!(team.count("SELECT count(*) FROM locality"), 2);
    drop(client);
    let db = team.name.clone();
    drop(team);
    let mut admin_client = TeamDb::admin_client(&admin);
    for role in [reader, writer, format!("{db}_engage_read"), format!("{db}_engage_write")] {
        let _ = admin_client.batch_execute(&format!("DROP ROLE IF EXISTS {role}"));
    }
}

/// How many round trips to the server a command made (`ENGAGE_COUNT_ROUND_TRIPS`).
fn round_trips(reg: &Reg, line: &str) -> u64 {
    let args: Vec<&str> = line.split(' ').collect();
    let out = reg.cmd(&args).env("ENGAGE_COUNT_ROUND_TRIPS", "1").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "engage {line}: {stderr}");
    stderr.lines().filter_map(|l| l.strip_prefix("round trips: ")).map(|n| n.parse::<u64>().unwrap()).sum()
}

#[test]
fn no_command_asks_the_server_more_than_fifty_times() {
    let Some(admin) = common::postgres("no_command_asks_the_server_more_than_fifty_times") else {
        return;
    };
    let team = TeamDb::new(&admin);
    let reg = team.reg();
    // The demo is built in a file and copied in, and its tour reads the file.
    let n = round_trips(&reg, "demo");
    assert!(n <= 50, "engage demo --db URL made {n} round trips");
    let writes = [
        "practice close Z90110 --merged-into Z90111 --yes",
        "briefing add Winter-update",
        "group add Peers --kind peer-group",
        "group join Peers Z90101 Z90102 Z90103 Z90104 Z90105 Z90106 Z90107 Z90108 Z90109 Z90112 Z90113 Z90114 1 2 3",
        "locality add Extra",
        "session export --month 2026-12 --finalise --yes",
        "meeting list",
    ];
    // The site, written from the server's register.
    let publish = format!("publish {}", reg.dir.path().join("site").display());
    let mut most = (0, "");
    for line in COMMANDS.iter().chain(&writes).chain([&publish.as_str()]) {
        let n = round_trips(&reg, line);
        assert!(n <= 50, "engage {line} made {n} round trips");
        if n > most.0 {
            most = (n, line);
        }
    }
    eprintln!("the most round trips: {} (engage {})", most.0, most.1);
}

/// The test server over TCP, where it takes only TLS and passwords (`.ci/run` starts it
/// so): its `host:port` and the authority that signed its certificate for `localhost`.
fn tls_server(test: &str) -> Option<(String, String)> {
    match (std::env::var("ENGAGE_TEST_POSTGRES_TLS"), std::env::var("ENGAGE_TEST_POSTGRES_CA")) {
        (Ok(at), Ok(ca)) if !at.is_empty() && !ca.is_empty() => Some((at, ca)),
        _ => {
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr().lock(),
                "skipped {test}: set ENGAGE_TEST_POSTGRES_TLS (host:port) and ENGAGE_TEST_POSTGRES_CA (.ci/run does)"
            );
            None
        }
    }
}

#[test]
fn a_team_register_over_tls_checks_the_certificate_and_finds_the_password_as_libpq_does() {
    let test = "a_team_register_over_tls_checks_the_certificate_and_finds_the_password_as_libpq_does";
    let (Some(admin), Some((at, ca))) = (common::postgres(test), tls_server(test)) else {
        return;
    };
    let team = TeamDb::new(&admin);
    let role = format!("{}_officer", team.name);
    // A colon and a backslash, which a .pgpass line escapes.
    let password = r"horse:battery\staple";
    TeamDb::admin_client(&admin)
        .batch_execute(&format!(
            "CREATE ROLE {role} LOGIN PASSWORD '{password}'; ALTER DATABASE {db} OWNER TO {role}",
            db = team.name
        ))
        .unwrap();
    let port = at.rsplit_once(':').unwrap().1;
    let url = |query: &str| format!("postgresql://{role}@{at}/{}?{query}", team.name);
    let checked = url(&format!("sslmode=verify-full&sslrootcert={ca}"));
    // Every command runs with this HOME, whose .pgpass holds the password.
    let home = Reg::new();
    let pgpass = home.dir.path().join(".pgpass");
    let line = format!("# the team register\nlocalhost:{port}:{}:{role}:horse\\:battery\\\\staple\n", team.name);
    std::fs::write(&pgpass, line).unwrap();
    let chmod = |mode: u32| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    chmod(0o600);
    let engage = |db: &str, args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = home.bare();
        cmd.env_remove("PGPASSWORD").arg("--db").arg(db).args(args).envs(env.iter().copied());
        common::finish(cmd.output().unwrap())
    };
    let ok = |db: &str, args: &[&str]| {
        let r = engage(db, args, &[]);
        assert_eq!(r.code, 0, "engage {args:?} on {db}: {}", r.stderr);
        r.stdout
    };

    // The certificate checked against the authority, the password from .pgpass.
    ok(&checked, &["locality", "add", "Evesham"]);
    let log: serde_json::Value = serde_json::from_str(&ok(&checked, &["log", "--format", "json"])).unwrap();
    assert_eq!(log[0]["db_user"], role.as_str(), "{log}");
    // sslmode=require encrypts without checking whose certificate it is.
    assert!(ok(&url("sslmode=require"), &["locality", "list", "--format", "csv"]).contains("Evesham"));

    let refused = |db: &str, env: &[(&str, &str)], why: &str| {
        let before = team.dump();
        let r = engage(db, &["locality", "add", "Pershore"], env);
        assert_eq!(r.code, 1, "{why}: {}", r.stderr);
        let error = r.stderr.lines().filter(|l| l.starts_with("error: ")).collect::<Vec<_>>();
        assert!(
            error.len() == 1 && error[0].starts_with("error: cannot reach the register's server"),
            "{why}: {}",
            r.stderr
        );
        assert!(!r.stderr.contains("battery") && !r.stderr.contains("wrong-one"), "a password shown: {}", r.stderr);
        assert_eq!(team.dump(), before, "{why}: nothing written");
        r.stderr
    };
    // verify-full without the authority: the server's certificate is nobody the public
    // roots know.
    let stderr = refused(&url("sslmode=verify-full"), &[], "an unknown authority");
    assert!(stderr.contains("certificate") && stderr.contains("hint: ") && stderr.contains("sslrootcert="), "{stderr}");
    // The server takes TCP only over TLS.
    refused(&url("sslmode=disable"), &[], "no TLS");
    // PGPASSWORD comes before .pgpass.
    refused(&checked, &[("PGPASSWORD", "wrong-one")], "a wrong PGPASSWORD");
    // A .pgpass others can read is not used (libpq's rule), and says so.
    chmod(0o644);
    let stderr = refused(&checked, &[], "a .pgpass others can read");
    assert!(stderr.contains("can be read by others"), "{stderr}");
    chmod(0o600);
    // PGPASSFILE names another file.
    let elsewhere = home.dir.path().join("team.pgpass");
    std::fs::rename(&pgpass, &elsewhere).unwrap();
    refused(&checked, &[], "no password file");
    let r = engage(&checked, &["locality", "add", "Pershore"], &[("PGPASSFILE", elsewhere.to_str().unwrap())]);
    assert_eq!(r.code, 0, "{}", r.stderr);

    let db = team.name.clone();
    drop(team);
    let _ = TeamDb::admin_client(&admin)
        .batch_execute(&format!("DROP DATABASE IF EXISTS {db}; DROP ROLE IF EXISTS {role}"));
}

#[test]
fn an_import_asks_the_server_the_same_few_questions_however_long_the_file() {
    let Some(admin) = common::postgres("an_import_asks_the_server_the_same_few_questions_however_long_the_file") else {
        return;
    };
    let team = TeamDb::new(&admin);
    let server = team.reg();
    let file = Reg::new();
    for (reg, db) in [(&file, file.db.to_str().unwrap()), (&server, team.url.as_str())] {
        assert_eq!(reg.run(&["demo", "--db", db]).code, 0);
    }
    let codes: Vec<String> = common::column(&file.json(&["practice", "list"]), "code")
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    // 300 new people, a few to a practice.
    let mut new = String::from("name,role,practice,email,gmc\n");
    for i in 0..300 {
        new += &format!(
            "Dr Ada Import{i},gp-salaried,{},ada{i}@import.example,{}\n",
            codes[i % codes.len()],
            7_300_000 + i
        );
    }
    // Every GP of the demo with a practice moves to the next one: their nominated-GP and
    // practice-lead appointments end, and their meetings' lines are derived again.
    let mut moves = String::from("name,role,practice,email,gmc\n");
    let mut moved = 0;
    for p in file.json(&["person", "list"]).as_array().unwrap() {
        let (Some(code), Some(email)) = (p["practice_code"].as_str(), p["email"].as_str()) else { continue };
        if !p["role"].as_str().unwrap().starts_with("gp-") {
            continue;
        }
        let next = &codes[(codes.iter().position(|c| c == code).unwrap() + 1) % codes.len()];
        moves += &format!(
            "{},{},{next},{email},{}\n",
            p["name"].as_str().unwrap(),
            p["role"].as_str().unwrap(),
            p["gmc_number"].as_str().unwrap_or("")
        );
        moved += 1;
    }
    assert!(moved > 30, "{moved} GPs moved");
    // Every practice's list size changes, as a month's file changes them; then three
    // practices close, with their schemes, appointments and people.
    let practices = file.json(&["practice", "list"]);
    let (mut sizes, mut closing) =
        (String::from("code,name,list_size\n"), String::from("code,name,status,close_date\n"));
    for (i, p) in practices.as_array().unwrap().iter().enumerate() {
        let (code, name) = (p["code"].as_str().unwrap(), p["name"].as_str().unwrap());
        sizes += &format!("{code},{name},{}\n", p["list_size"].as_i64().unwrap() + 7);
        let status = if i < 3 { format!("closed,{}", common::TODAY) } else { "open,".to_string() };
        closing += &format!("{code},{name},{status}\n");
    }
    let n = practices.as_array().unwrap().len();
    let dir = tempfile::tempdir().unwrap();
    // Two skills for everyone with an email, and a sign-in sheet of forty.
    let (mut skills, mut sheet) = (String::from("person,skill,level\n"), String::from("person,for_practice,status\n"));
    for (i, p) in file.json(&["person", "list"]).as_array().unwrap().iter().enumerate() {
        if let Some(email) = p["email"].as_str() {
            skills += &format!("{email},skill {},specialist\n{email},prescribing,experienced\n", i % 7);
        }
        if i < 40 {
            sheet += &format!("{},{},attended\n", p["id"], p["practice_code"].as_str().unwrap_or(""));
        }
    }
    for (command, name, text, summary) in [
        ("person import", "new.csv", &new, "300 inserted, 0 updated, 0 unchanged".to_string()),
        ("person import", "new.csv", &new, "0 inserted, 0 updated, 300 unchanged".to_string()),
        ("person import", "moves.csv", &moves, format!("0 inserted, {moved} updated, 0 unchanged")),
        ("practice import", "sizes.csv", &sizes, format!("0 inserted, {n} updated, 0 unchanged, 0 closed")),
        ("practice import", "closing.csv", &closing, format!("0 inserted, 0 updated, {} unchanged, 3 closed", n - 3)),
        ("skill import", "skills.csv", &skills, "added".to_string()),
        ("meeting attend 13 --file", "sheet.csv", &sheet, "recorded 40 sign-in(s)".to_string()),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let line = format!("{command} {}", path.display());
        let n = round_trips(&server, &line);
        assert!(n <= 50, "engage {line} made {n} round trips");
        let args: Vec<&str> = line.split(' ').collect();
        let imported = file.run(&args);
        assert!(imported.stderr.contains(&summary), "{summary}: {}", imported.stderr);
    }
    let compared = ["person list --all", "practice list --status all", "session list", "report sessions --by person"];
    for line in compared.iter().chain(&["meeting show 13", "skill list", "scheme list", "db check"]) {
        assert_eq!(run(&file, line), run(&server, line), "engage {line}");
    }
}
