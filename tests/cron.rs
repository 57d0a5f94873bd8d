//! The README's cron recipe, run as cron runs it: its own lines, under `sh -c`, with
//! cron's bare environment, twice. The first run writes the month's payment file whole
//! and private; the second is refused (the month is paid), leaves the file as it was,
//! and the failure mail names the exit code.

mod common;

use std::path::Path;
use std::process::Command;

use chrono::{Datelike, Months};
use common::Reg;

/// The crontab of the README: its `NAME=value` lines and its one job's command (what
/// follows the five time fields, with cron's `\%` made `%`).
fn recipe() -> (Vec<(String, String)>, String) {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let block = readme.split("```cron\n").nth(1).expect("a cron block in the README").split("```").next().unwrap();
    let mut vars = Vec::new();
    let mut job = None;
    for line in block.lines().filter(|l| !l.trim().is_empty()) {
        match line.split_once('=') {
            Some((name, value)) if !name.contains(' ') => vars.push((name.to_string(), value.to_string())),
            _ => job = Some(line.split_whitespace().skip(5).collect::<Vec<_>>().join(" ").replace("\\%", "%")),
        }
    }
    (vars, job.expect("a job line"))
}

#[test]
fn the_readme_cron_recipe_runs_twice_under_cron() {
    let (vars, job) = recipe();
    assert!(job.contains("--out") && !job.contains(" > "), "the recipe writes with --out: {job}");
    let names: Vec<&str> = vars.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["PATH", "ENGAGE_DB"], "the crontab names the binary's folder and the register");

    // A register with a claim in last month (by the real clock: cron's environment has
    // no ENGAGE_TODAY, and the recipe names the file with `date`).
    let today = chrono::Local::now().date_naive();
    let last = today.with_day(1).unwrap().checked_sub_months(Months::new(1)).unwrap();
    let reg = Reg::new_at(Box::leak(today.to_string().into_boxed_str()));
    reg.ok(&["person", "add", "Dr Tom Reed", "--role", "gp-locum"]);
    reg.ok(&["session", "rate", "set", "gp", "380", "--from", "2020-04-01"]);
    reg.ok(&["session", "claim", "Tom Reed", "--date", &last.to_string(), "--sessions", "1", "--fund", "contingency"]);
    reg.ok(&["session", "approve", "1"]);

    // cron's environment: HOME, LOGNAME, SHELL and the crontab's own lines. Its PATH
    // names where engage is installed; here, where cargo built it, and a `mail` that
    // keeps what it is sent.
    let home = reg.dir.path().join("home");
    let bin = reg.dir.path().join("bin");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(&bin).unwrap();
    let mail = bin.join("mail");
    std::fs::write(&mail, format!("#!/bin/sh\ncat >> '{}'\n", home.join("mail.txt").display())).unwrap();
    std::fs::set_permissions(&mail, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let engage_dir = Path::new(env!("CARGO_BIN_EXE_engage")).parent().unwrap();
    let cron = |vars: &[(String, String)]| {
        let mut cmd = Command::new("/bin/sh");
        cmd.env_clear().arg("-c").arg(&job).env("HOME", &home).env("LOGNAME", "officer").env("SHELL", "/bin/sh");
        for (name, value) in vars {
            let value = match name.as_str() {
                "PATH" => format!("{}:{}:/usr/bin:/bin", engage_dir.display(), bin.display()),
                "ENGAGE_DB" => reg.db.to_str().unwrap().to_string(),
                _ => value.clone(),
            };
            cmd.env(name, value);
        }
        common::finish(cmd.output().unwrap())
    };
    let month = last.format("%Y-%m").to_string();

    let first = cron(&vars);
    assert_eq!(first.code, 0, "{}", first.stderr);
    // One file, named by `date` for last month (on the 2nd, when cron runs it, that is
    // the month engage pays; `date -d 'last month'` can name another on the 31st).
    let files: Vec<_> = std::fs::read_dir(home.join("payments")).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let file = files[0].clone();
    assert!(file.file_name().unwrap().to_str().unwrap().starts_with("engage-20"), "{file:?}");
    assert_eq!((first.stdout.as_str(), first.stderr.as_str()), ("", ""), "-q and --out: nothing on stdout or stderr");
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(written, reg.ok(&["session", "export", "--month", &month]));
    assert!(written.contains(",fund,contingency,") && written.ends_with(",1.00,380.00,380.00\r\n"), "{written}");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(std::fs::metadata(file.parent().unwrap()).unwrap().permissions().mode() & 0o777, 0o700);
    assert!(!home.join("mail.txt").exists());

    let second = cron(&vars);
    assert_eq!(second.code, 0, "the mail was sent: {}", second.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), written, "the second run left the file as it was");
    let sent = std::fs::read_to_string(home.join("mail.txt")).unwrap();
    assert!(sent.contains("failed with exit 5"), "{sent}");
    assert!(second.stderr.contains("finalised already"), "{}", second.stderr);

    // A mistyped register pays nothing and creates nothing: exit 4 in the mail.
    std::fs::remove_file(home.join("mail.txt")).unwrap();
    let typo = home.join("engage-typo.db");
    let r = {
        let mut cmd = Command::new("/bin/sh");
        cmd.env_clear().arg("-c").arg(&job).env("HOME", &home);
        cmd.env("PATH", format!("{}:{}:/usr/bin:/bin", engage_dir.display(), bin.display())).env("ENGAGE_DB", &typo);
        common::finish(cmd.output().unwrap())
    };
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(std::fs::read_to_string(home.join("mail.txt")).unwrap().contains("failed with exit 4"));
    assert!(!typo.exists());
}
