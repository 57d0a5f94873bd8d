//! The README's examples are true: every ```text block that starts with `$ engage` is
//! run, command by command, on the example register (`common::example_register`, with
//! two budgets and a declared interest), and
//! must print exactly what the README shows (stdout and stderr, then `$ echo $?` the exit
//! code). `ENGAGE_UPDATE_README=1 cargo test --test readme` rewrites the blocks from what
//! engage prints.

mod common;

use std::path::Path;

/// Splits a command line as a POSIX shell would for these examples: words separated by
/// spaces, with '…' and "…" quoting.
fn words(line: &str) -> Vec<String> {
    let (mut out, mut word, mut quote, mut started) = (Vec::new(), String::new(), None, false);
    for c in line.chars() {
        match (quote, c) {
            (None, '\'' | '"') => {
                quote = Some(c);
                started = true;
            }
            (Some(q), c) if c == q => quote = None,
            (None, ' ') => {
                if started {
                    out.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            (_, c) => {
                word.push(c);
                started = true;
            }
        }
    }
    if started {
        out.push(word);
    }
    out
}

/// What a block shows when its commands run on `reg`.
fn run_block(reg: &common::Reg, block: &str) -> String {
    let mut shown = String::new();
    let mut last_code = 0;
    for line in block.lines().filter(|l| l.starts_with("$ ")) {
        shown.push_str(line);
        shown.push('\n');
        if line == "$ echo $?" {
            shown.push_str(&format!("{last_code}\n"));
            continue;
        }
        let args = words(&line[2..]);
        assert_eq!(args[0], "engage", "README example: {line}");
        let args: Vec<&str> = args[1..].iter().map(String::as_str).collect();
        let r = reg.run(&args);
        last_code = r.code;
        shown.push_str(&r.stdout);
        shown.push_str(&r.stderr);
    }
    shown
}

#[test]
fn the_readme_examples_print_what_they_say() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let reg = common::example_register();
    reg.ok(&["session", "budget", "set", "board-member", "20000", "--fy", "2026-27"]);
    reg.ok(&["session", "budget", "set", "locality", "5000", "--fy", "2026-27"]);
    reg.ok(&["person", "declare", "cara@nhs.net", "Director, Bredon Care Ltd", "--from", "2025-01-01"]);
    let mut updated = String::new();
    let mut rest = readme.as_str();
    let mut checked = 0;
    let mut stale = Vec::new();
    while let Some(at) = rest.find("```text\n$ engage ") {
        let start = at + "```text\n".len();
        let end = start + rest[start..].find("```").expect("a closed block");
        let block = &rest[start..end];
        let now = run_block(&reg, block);
        if now != block {
            stale.push(format!("--- README:\n{block}--- engage:\n{now}"));
        }
        updated.push_str(&rest[..start]);
        updated.push_str(&now);
        rest = &rest[end..];
        checked += 1;
    }
    updated.push_str(rest);
    if std::env::var_os("ENGAGE_UPDATE_README").is_some() {
        std::fs::write(&path, &updated).unwrap();
    } else {
        assert!(
            stale.is_empty(),
            "README examples are stale (ENGAGE_UPDATE_README=1 cargo test --test readme):\n{}",
            stale.join("\n")
        );
    }
    assert!(checked >= 8, "only {checked} examples found");
}

/// The README's command lines: each `engage …` line of its `sh` blocks (a line ending in
/// `\` goes on), with the section it stands in. Synopses (words in capitals such as
/// CODE or FILE, or `[` options) are not commands to run.
fn command_lines(readme: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut section = String::new();
    let mut in_sh = false;
    let mut pending = String::new();
    for line in readme.lines() {
        if line.starts_with("## ") {
            section = line.trim_start_matches("## ").to_string();
        }
        if line.starts_with("```") {
            in_sh = line == "```sh";
            continue;
        }
        if !in_sh {
            continue;
        }
        let text = line.trim();
        if !pending.is_empty() || text.starts_with("engage ") {
            let code = text.split(" # ").next().unwrap().trim_end();
            pending.push_str(code.trim_end_matches('\\').trim_end());
            pending.push(' ');
            if code.ends_with('\\') {
                continue;
            }
            let command = std::mem::take(&mut pending).trim().to_string();
            let unquoted: String = command.split('\'').step_by(2).collect::<Vec<_>>().join(" ");
            // Placeholders are words in capitals; codes (M81004, 05T, EVE) are values.
            const CODES: &[&str] = &["EVE", "MAL", "WOR", "DRO"];
            let synopsis = unquoted.contains('[')
                || unquoted.contains("...")
                || unquoted
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase()) && !CODES.contains(&w));
            if !synopsis {
                out.push((section.clone(), command));
            }
        }
    }
    out
}

#[test]
fn every_example_command_in_the_readme_runs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let lines = command_lines(&readme);
    assert!(lines.len() > 60, "{} lines", lines.len());
    // Run from a folder of their own, where `fixtures/` is the project's.
    let reg = common::Reg::new();
    let work = reg.dir.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    std::os::unix::fs::symlink(root.join("fixtures"), work.join("fixtures")).unwrap();
    let bin = reg.dir.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_engage"), bin.join("engage")).unwrap();
    // The guide's own register for its first section; the demo for the rest.
    let guide = reg.dir.path().join("guide.db");
    let demo = reg.dir.path().join("demo.db");
    assert!(reg.bare().args(["--db", demo.to_str().unwrap(), "demo"]).output().unwrap().status.success());
    let mut failed = Vec::new();
    for (section, command) in &lines {
        if command == "engage demo" {
            continue;
        }
        let db = if section.starts_with("A first register") { &guide } else { &demo };
        let out = reg
            .bare()
            .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
            .env("ENGAGE_DB", db)
            .env("HOME", reg.dir.path())
            .current_dir(&work)
            .env_remove("CARGO_BIN_EXE_engage")
            .output_of_shell(command);
        if !out.status.success() {
            failed.push(format!(
                "[{section}] {command}: exit {:?}\n{}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr).lines().next().unwrap_or_default()
            ));
        }
    }
    assert!(failed.is_empty(), "{} of {} README commands failed:\n{}", failed.len(), lines.len(), failed.join("\n"));
}

/// Runs a command line through `sh -c` (for its redirections) with this command's
/// environment and folder.
trait ShellLine {
    fn output_of_shell(&mut self, line: &str) -> std::process::Output;
}

impl ShellLine for std::process::Command {
    fn output_of_shell(&mut self, line: &str) -> std::process::Output {
        let mut sh = std::process::Command::new("sh");
        sh.arg("-c").arg(line);
        for (k, v) in self.get_envs() {
            match v {
                Some(v) => sh.env(k, v),
                None => sh.env_remove(k),
            };
        }
        if let Some(dir) = self.get_current_dir() {
            sh.current_dir(dir);
        }
        sh.stdin(std::process::Stdio::null()).output().unwrap()
    }
}
