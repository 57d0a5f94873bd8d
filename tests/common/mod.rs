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
        let db = dir.path().join("register").join("engage.db");
        Reg { dir, db, today }
    }

    /// Another view of an existing register file.
    pub fn at_path(db: PathBuf) -> Reg {
        Reg { dir: tempfile::tempdir().unwrap(), db, today: TODAY }
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
        dump(&self.db)
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
