//! A missing register stays missing: every command that reads, previews, runs dry or
//! exports, given a register path where there is none, is exit 4 ("there is no register
//! yet") and creates nothing, not even the folder. Only `init`, `demo` and commands that
//! add records create one. Every command is accounted for: a new one must join a list.

mod common;

use std::collections::BTreeSet;

use common::Reg;

/// Commands that read, preview or run dry, each with arguments that would work on a
/// register holding what they name.
const READS: &[&[&str]] = &[
    &["action", "list"],
    &["briefing", "list"],
    &["briefing", "show", "1"],
    &["db", "backup", "{dir}/backup.db"],
    &["db", "copy", "{dir}/nowhere.db", "{dir}/backup.db"],
    &["db", "check"],
    &["group", "list"],
    &["group", "show", "Board"],
    &["locality", "list"],
    &["locality", "show", "Evesham"],
    &["log"],
    &["measure", "list"],
    &[
        "measure",
        "import",
        "items",
        "{file}",
        "--period",
        "2018",
        "--code-column",
        "code",
        "--numerator-column",
        "n",
        "--dry-run",
    ],
    &["meeting", "ics"],
    &["meeting", "item", "list", "1"],
    &["meeting", "list"],
    &["meeting", "minutes", "1"],
    &["meeting", "show", "1"],
    &["meeting", "schedule", "--locality", "Evesham", "--fy", "2026-27", "--rule", "2nd tue", "--dry-run"],
    &["person", "appointments"],
    &["person", "emails"],
    &["person", "history", "1"],
    &["person", "import", "{file}", "--dry-run"],
    &["person", "interests"],
    &["person", "list"],
    &["person", "show", "1"],
    &["person", "vcard"],
    &["practice", "history", "M81004"],
    &["practice", "import", "{file}", "--dry-run"],
    &["practice", "list"],
    &["practice", "place", "{file}", "--dry-run"],
    &["practice", "show", "M81004"],
    &["project", "list"],
    &["project", "match", "Triage"],
    &["project", "show", "Triage"],
    &["report", "benchmark", "items"],
    &["report", "engagement"],
    &["report", "interests"],
    &["report", "coverage"],
    &["publish", "{dir}/site"],
    &["report", "localities"],
    &["report", "reach"],
    &["report", "schemes"],
    &["report", "sessional-gps"],
    &["report", "sessions"],
    &["report", "skills"],
    &["report", "visits"],
    &["scheme", "list"],
    &["scheme", "show", "Offer"],
    &["session", "accrue", "--month", "2026-12", "--dry-run"],
    &["session", "budget", "list"],
    &["session", "export", "--month", "2026-12"],
    &["session", "export", "--month", "2026-12", "--finalise", "--yes"],
    &["session", "export", "--month", "2026-12", "--finalise", "--yes", "--out", "{dir}/pay.csv"],
    &["session", "list"],
    &["session", "rate", "list"],
    &["skill", "find", "diabetes"],
    &["skill", "import", "{file}", "--dry-run"],
    &["skill", "list"],
    &["skill", "survey", "--missing"],
];

/// Commands that add or change records (a write may create the register), and those
/// that need no register at all.
const OTHERS: &[&str] = &[
    "action done",
    "briefing add",
    "completions",
    "db init-roles",
    "db path",
    "demo",
    "group add",
    "group edit",
    "group join",
    "group leave",
    "group remove",
    "init",
    "locality add",
    "locality edit",
    "locality remove",
    "man",
    "measure add",
    "measure remove",
    "meeting action",
    "meeting add",
    "meeting attend",
    "meeting cancel",
    "meeting decide",
    "meeting declare",
    "meeting held",
    "meeting item add",
    "meeting minute",
    "meeting move",
    "meeting note",
    "meeting unattend",
    "person add",
    "person appoint",
    "person declare",
    "person edit",
    "person leave",
    "person unappoint",
    "practice add",
    "practice close",
    "practice edit",
    "project add",
    "project advertise",
    "project assign",
    "project close",
    "project interest",
    "scheme add",
    "scheme commit",
    "scheme enrol",
    "scheme review",
    "scheme withdraw",
    "session approve",
    "session budget set",
    "session claim",
    "session rate set",
    "session reject",
    "skill add",
    "skill remove",
    "skill survey",
];

#[test]
fn reads_previews_and_dry_runs_on_a_missing_register_create_nothing() {
    let reg = Reg::new();
    let folder = reg.db.parent().unwrap().to_path_buf();
    let file = reg.dir.path().join("input.csv");
    std::fs::write(&file, "code,n,name,role,person,skill\nM81004,1,Dr Z,gp-locum,z@nhs.net,diabetes\n").unwrap();
    for args in READS {
        let args: Vec<String> = args
            .iter()
            .map(|a| a.replace("{file}", file.to_str().unwrap()).replace("{dir}", reg.dir.path().to_str().unwrap()))
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let r = reg.run(&args);
        assert_eq!(r.code, 4, "engage {args:?}: {}", r.stderr);
        assert!(r.stderr.starts_with("error: there is no register yet"), "engage {args:?}: {}", r.stderr);
        assert!(!folder.exists(), "engage {args:?} created {}", folder.display());
        assert!(!reg.dir.path().join("pay.csv").exists() && !reg.dir.path().join("backup.db").exists());
    }
}

#[test]
fn every_command_is_accounted_for() {
    let reg = Reg::new();
    let pages = reg.dir.path().join("man");
    reg.ok(&["man", "--dir", pages.to_str().unwrap()]);
    // Each command's page is engage-<words>.1; a group's own page names no command.
    let mut all: BTreeSet<String> = std::fs::read_dir(&pages)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_str().unwrap().trim_end_matches(".1").replace('-', " "))
        .filter_map(|n| n.strip_prefix("engage ").map(str::to_string))
        .collect();
    // Words of commands and of groups, told apart: a group is a prefix of another page.
    let groups: BTreeSet<String> =
        all.iter().filter(|n| all.iter().any(|m| m.starts_with(&format!("{n} ")))).cloned().collect();
    all.retain(|n| !groups.contains(n));
    // Hyphenated command words: their pages join them with the other words.
    let fix = |n: &str| n.replace("sessional gps", "sessional-gps").replace("init roles", "init-roles");
    let all: BTreeSet<String> = all.iter().map(|n| fix(n)).collect();
    let mut known: BTreeSet<String> = OTHERS.iter().map(|s| s.to_string()).collect();
    for args in READS {
        let words: Vec<&str> = args.iter().take_while(|a| !a.starts_with('-') && !a.contains('{')).copied().collect();
        // The command's words are those that name a page: the longest such prefix.
        let name = (1..=words.len()).rev().map(|n| words[..n].join(" ")).find(|w| all.contains(w));
        known.insert(name.unwrap_or_else(|| panic!("{args:?} names no command")));
    }
    let missing: Vec<&String> = all.difference(&known).collect();
    assert!(missing.is_empty(), "commands in neither list: {missing:?}");
}
