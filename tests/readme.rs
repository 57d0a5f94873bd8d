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
