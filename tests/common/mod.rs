//! Runs the real `engage` binary against a fresh temporary register.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

pub const TODAY: &str = "2027-01-15";

/// A temporary home with a register path in it (the file does not exist until a write).
pub struct Reg {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
    /// What `today` is for the commands run (`ENGAGE_TODAY`).
    pub today: &'static str,
    /// The database of a register on the test server, dropped with it.
    pub team: Option<std::sync::Arc<TeamDb>>,
}

/// What a run gave back.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)
}

pub fn fixture_str(name: &str) -> String {
    fixture(name).to_str().unwrap().to_string()
}

impl Reg {
    pub fn new() -> Reg {
        Reg::new_at(TODAY)
    }

    /// A register whose commands run on another day.
    pub fn new_at(today: &'static str) -> Reg {
        let dir = tempfile::tempdir().unwrap();
        // With ENGAGE_TEST_ON_POSTGRES, the scenarios run on a register on the test
        // server instead of a file (`.ci/run` runs the shared ones both ways).
        if std::env::var_os("ENGAGE_TEST_ON_POSTGRES").is_some() {
            let admin = std::env::var("ENGAGE_TEST_POSTGRES").expect("ENGAGE_TEST_POSTGRES names the test server");
            let team = TeamDb::new(&admin);
            return Reg { dir, db: PathBuf::from(&team.url), today, team: Some(std::sync::Arc::new(team)) };
        }
        let db = dir.path().join("register").join("engage.db");
        Reg { dir, db, today, team: None }
    }

    /// Another view of an existing register file.
    pub fn at_path(db: PathBuf) -> Reg {
        Reg { dir: tempfile::tempdir().unwrap(), db, today: TODAY, team: None }
    }

    /// `engage` with no `--db`, in this register's clean environment.
    pub fn bare(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_engage"));
        cmd.env_remove("ENGAGE_DB")
            .env_remove("ENGAGE_FORMAT")
            .env("ENGAGE_TODAY", self.today)
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("NO_COLOR", "1")
            .env("USER", "officer")
            .stdin(Stdio::null());
        cmd
    }

    /// `engage --db <this register> ARGS…`
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = self.bare();
        cmd.arg("--db").arg(&self.db).args(args);
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Run {
        finish(self.cmd(args).output().unwrap())
    }

    pub fn run_stdin(&self, args: &[&str], input: &[u8]) -> Run {
        use std::io::Write;
        let mut child =
            self.cmd(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        child.stdin.take().unwrap().write_all(input).unwrap();
        finish(child.wait_with_output().unwrap())
    }

    /// Runs and insists on exit 0; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let r = self.run(args);
        assert_eq!(r.code, 0, "engage {args:?} failed: {}", r.stderr);
        r.stdout
    }

    /// Runs with `--format json` and parses stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        serde_json::from_str(&self.ok(&all)).unwrap()
    }

    /// Runs expecting failure with `code`; asserts a one-line `error:` message and that
    /// the register did not change. Returns stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let before = self.dump();
        let r = self.run(args);
        assert_eq!(r.code, code, "engage {args:?}: expected exit {code}, stderr: {}", r.stderr);
        let first = r.stderr.lines().next().unwrap_or_default();
        assert!(first.starts_with("error: "), "engage {args:?}: stderr was {:?}", r.stderr);
        assert_eq!(r.stderr.lines().filter(|l| l.starts_with("error:")).count(), 1);
        assert_eq!(self.dump(), before, "engage {args:?} changed the register");
        r.stderr
    }

    /// Every row of every table (and the schema), in a stable order.
    pub fn dump(&self) -> String {
        match &self.team {
            Some(team) => team.dump(),
            None => dump(&self.db),
        }
    }
}

pub fn finish(out: Output) -> Run {
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

pub fn dump(db: &Path) -> String {
    if !db.exists() {
        return "(no register)".to_string();
    }
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut out = Vec::new();
    let Ok(version) = conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0)) else {
        // Not a database at all: its bytes are its dump.
        return format!("{:?}", std::fs::read(db).unwrap());
    };
    out.push(format!("user_version {version}"));
    let tables: Vec<(String, String)> = conn
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for (name, sql) in tables {
        out.push(sql);
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{name}\"")).unwrap();
        let width = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                let cells: Vec<String> =
                    (0..width).map(|i| format!("{:?}", r.get::<_, rusqlite::types::Value>(i).unwrap())).collect();
                Ok(format!("{name}: {}", cells.join(" | ")))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows.sort();
        out.extend(rows);
    }
    out.join("\n")
}

/// The JSON array's objects' values under `key`.
pub fn column(rows: &Value, key: &str) -> Vec<Value> {
    rows.as_array().unwrap().iter().map(|r| r[key].clone()).collect()
}

/// The example register of the README and the reports tests. Today is 15 January 2027; reports default to 1 April 2026 – 15 January 2027.
/// Evesham: M81004 fully engaged, M81007 drifting (at risk), M81026 kept going by a
/// locum substitute. Malvern: M81015 at its one meeting.
pub fn example_register() -> Reg {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham", "--code", "EVE"]);
    reg.ok(&["locality", "add", "Malvern", "--code", "MAL"]);
    for (code, name, loc, size) in [
        ("M81004", "Riverside Surgery", "EVE", "14966"),
        ("M81007", "Bredon Hill Surgery", "EVE", "5585"),
        ("M81026", "Abbey Surgery", "EVE", "9000"),
        ("M81015", "Malvern Health Centre", "MAL", "8000"),
    ] {
        reg.ok(&["practice", "add", code, name, "--locality", loc, "--list-size", size]);
    }
    let people = "name,role,practice,email,phone,gmc,pay_to\n\
        Dr Asha Patel,gp-partner,M81004,asha@nhs.net,,7012345,\n\
        Dr Ben Okafor,gp-salaried,M81004,ben@nhs.net,,7023456,\n\
        Pam Ruddy,practice-manager,M81004,pam@nhs.net,,,\n\
        Dr Cara Lund,gp-partner,M81007,cara@nhs.net,,7034567,\n\
        Dan Frost,practice-manager,M81007,dan@nhs.net,,,\n\
        Dr Fay Quill,gp-partner,M81026,fay@nhs.net,,7076543,\n\
        Dr Eve Marsh,gp-partner,M81015,eve@nhs.net,,7065432,\n\
        Dr Tom Reed,gp-locum,,tom@nhs.net,,7054321,\n\
        Dr Uma Vale,gp-locum,,uma@nhs.net,,7087654,\n";
    assert_eq!(reg.run_stdin(&["person", "import", "-"], people.as_bytes()).code, 0);
    reg.ok(&["session", "rate", "set", "gp", "380", "--from", "2026-04-01"]);
    reg.ok(&["person", "appoint", "asha@nhs.net", "nominated-gp", "--from", "2026-04-01"]);
    reg.ok(&["person", "appoint", "ben@nhs.net", "practice-lead", "--from", "2026-04-01"]);
    reg.ok(&["person", "appoint", "cara@nhs.net", "locality-lead", "--locality", "EVE", "--from", "2026-04-01"]);
    reg.ok(&["person", "appoint", "cara@nhs.net", "board-member", "--from", "2026-04-01", "--sessions-per-month", "4"]);
    for date in ["2026-10-13", "2026-11-10", "2026-12-08", "2027-01-12", "2027-02-09"] {
        reg.ok(&["meeting", "add", "--kind", "locality", "--locality", "EVE", "--date", date]);
    }
    reg.ok(&["meeting", "add", "--kind", "locality", "--locality", "MAL", "--date", "2026-11-11"]);
    // Meetings 1-4 are Evesham's held meetings, 5 is next month's, 6 is Malvern's.
    for m in ["1", "2", "3", "4"] {
        reg.ok(&["meeting", "attend", m, "asha@nhs.net"]);
    }
    reg.ok(&["meeting", "attend", "1", "pam@nhs.net"]);
    reg.ok(&["meeting", "attend", "3", "pam@nhs.net", "--virtual"]);
    reg.ok(&["meeting", "attend", "1", "cara@nhs.net"]);
    reg.ok(&["meeting", "attend", "2", "dan@nhs.net", "--apologies"]);
    reg.ok(&["meeting", "attend", "2", "tom@nhs.net", "--for-practice", "M81026"]);
    reg.ok(&["meeting", "attend", "3", "tom@nhs.net", "--for-practice", "M81026"]);
    reg.ok(&["meeting", "attend", "4", "fay@nhs.net"]);
    reg.ok(&["meeting", "attend", "5", "fay@nhs.net", "--apologies"]);
    reg.ok(&["meeting", "attend", "6", "eve@nhs.net", "uma@nhs.net"]);
    reg.ok(&["person", "leave", "uma@nhs.net", "--date", "2026-12-01", "--yes"]);
    reg.ok(&["skill", "add", "asha@nhs.net", "diabetes"]);
    reg.ok(&["skill", "add", "tom@nhs.net", "urgent care"]);
    reg.ok(&["skill", "add", "uma@nhs.net", "urgent care"]);
    reg.ok(&["skill", "survey", "M81004", "--returned", "2026-06-01"]);
    reg.ok(&["meeting", "add", "--kind", "visit", "--practice", "M81007", "--date", "2025-11-20"]);
    reg.ok(&["meeting", "add", "--kind", "visit", "--practice", "M81004", "--date", "2026-06-15"]);
    for m in ["2026-10", "2026-11", "2026-12"] {
        reg.ok(&["session", "accrue", "--month", m]);
    }
    reg.ok(&["session", "claim", "eve@nhs.net", "--date", "2026-12-01", "--sessions", "0.5", "--fund", "contingency"]);
    reg.ok(&["session", "claim", "eve@nhs.net", "--date", "2026-12-02", "--sessions", "1", "--fund", "contingency"]);
    reg.ok(&["session", "approve", "13"]);
    reg.ok(&["session", "reject", "14", "--reason", "Duplicate"]);
    reg
}

/// Every session line of the register at `db`, whole, in id order.
fn session_lines(db: &engage::store::Db) -> Vec<String> {
    db.query("SELECT * FROM session_line ORDER BY id", (), |r| Ok(format!("{:?}", r.all()?))).unwrap()
}

/// Re-derives the lines of every meeting and appointment in the register at `db` (which
/// covers every person's: touching a person says their facts changed), in a transaction
/// rolled back after; and
/// asserts that no line changes: the lines on file are what the facts give, so no write
/// that led here changed a fact without noting what it touched.
pub fn assert_lines_are_what_the_facts_give(db: &Path) {
    let actor = engage::store::Actor { user: "test".into(), command: "check".into() };
    let location = engage::store::Location::parse(db.as_os_str()).unwrap();
    let mut reg = engage::open(location, engage::store::Access::Write, actor).unwrap();
    let before = session_lines(&reg.db);
    assert!(!before.is_empty(), "a register with session lines");
    let after = reg
        .write(true, |w| {
            let ids = |table: &str| -> engage::Result<Vec<i64>> { w.values(&format!("SELECT id FROM {table}"), ()) };
            w.touch_meetings(ids("meeting")?);
            ids("appointment")?.into_iter().for_each(|id| w.touch_appointment(id));
            engage::session::rederive(w)?;
            Ok(engage::store::Written { value: session_lines(w), summary: String::new() })
        })
        .unwrap();
    assert_eq!(before.len(), after.len(), "as many lines re-derived as on file");
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(b, a, "a line on file differs from what its facts give");
    }
}

/// The PostgreSQL server the team-register tests use: `ENGAGE_TEST_POSTGRES`, a URL of a
/// database engage may create others from (`.ci/run` starts a throw-away server and
/// sets it). `None` (and a line saying the test was skipped) when it is not set.
pub fn postgres(test: &str) -> Option<String> {
    match std::env::var("ENGAGE_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            // Straight to stderr: the test harness shows no output of a passing test.
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr().lock(),
                "skipped {test}: set ENGAGE_TEST_POSTGRES to a PostgreSQL URL to run it (.ci/run does)"
            );
            None
        }
    }
}

/// A new, empty database on the test server, dropped when this goes.
pub struct TeamDb {
    admin: String,
    pub name: String,
    /// The register's URL, for `--db`.
    pub url: String,
}

impl TeamDb {
    pub fn new(admin: &str) -> TeamDb {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let name = format!("engage_test_{}_{}", std::process::id(), N.fetch_add(1, Ordering::SeqCst));
        let mut client = connect(admin).expect("the test server");
        client.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).unwrap();
        client.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        let url = with_dbname(admin, &name);
        TeamDb { admin: admin.to_string(), name, url }
    }

    /// A register on this database, as `Reg` runs one.
    pub fn reg(&self) -> Reg {
        Reg::at_path(PathBuf::from(&self.url))
    }

    /// A connection to the test server's own database.
    pub fn admin_client(admin: &str) -> postgres::Client {
        connect(admin).expect("the test server")
    }

    /// A connection of the test's own to the register's database.
    pub fn client(&self) -> postgres::Client {
        connect(&self.url).expect("the register's database")
    }

    /// Every row of the register, for comparing before and after a command that must
    /// change nothing ("(no register)" before one is made).
    pub fn dump(&self) -> String {
        let mut client = self.client();
        let tables: Vec<String> = client
            .query(
                "SELECT table_name::text FROM information_schema.tables
                  WHERE table_schema = current_schema() ORDER BY 1",
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        if tables.is_empty() {
            return "(no register)".to_string();
        }
        let mut out = Vec::new();
        for table in tables {
            out.push(format!("table {table}"));
            for row in client.query(&format!("SELECT row_to_json(t)::text FROM {table} t ORDER BY 1"), &[]).unwrap() {
                out.push(format!("{table}: {}", row.get::<_, String>(0)));
            }
        }
        out.join("\n")
    }

    /// A count the test asks the database for.
    pub fn count(&self, sql: &str) -> i64 {
        self.client().query_one(sql, &[]).unwrap().get(0)
    }
}

impl Drop for TeamDb {
    fn drop(&mut self) {
        if let Ok(mut client) = connect(&self.admin) {
            let _ = client.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        }
    }
}

/// `postgresql://user@/db?host=/socket` with its database replaced.
fn with_dbname(url: &str, name: &str) -> String {
    let (head, query) = url.split_once('?').map_or((url, None), |(h, q)| (h, Some(q)));
    let (base, _) = head.rsplit_once('/').expect("a URL with a database");
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

/// A connection of the test's own to the database a register URL names, read as engage
/// reads it.
fn connect(url: &str) -> Result<postgres::Client, postgres::Error> {
    let engage::store::Location::Server(u) = engage::store::Location::parse(url.as_ref()).unwrap() else {
        panic!("not a server URL: {url}");
    };
    let mut config = postgres::Config::new();
    config.host(&u.host).port(u.port).dbname(&u.dbname);
    if let Some(user) = &u.user {
        config.user(user);
    }
    config.connect(postgres::NoTls)
}

/// A register with January 2027 to pay: a practice, a partner, the GP rate, three claims
/// of which two are approved (its today is in February).
pub fn january_to_pay(reg: Reg) -> Reg {
    reg.ok(&["locality", "add", "Evesham"]);
    reg.ok(&["practice", "add", "M81004", "Riverside Surgery", "--locality", "Evesham"]);
    reg.ok(&["person", "add", "Dr Asha Patel", "--role", "gp-partner", "--practice", "M81004", "--gmc", "7012345"]);
    reg.ok(&["session", "rate", "set", "gp", "380", "--from", "2026-04-01"]);
    for day in ["2027-01-10", "2027-01-11", "2027-01-12"] {
        reg.ok(&["session", "claim", "7012345", "--date", day, "--sessions", "1", "--fund", "contingency"]);
    }
    reg.ok(&["session", "approve", "1", "2"]);
    reg
}
