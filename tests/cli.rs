//! The command line as a whole: completions kept in step, the man page, the demo.

mod common;

use std::path::Path;

use common::{Reg, column};

#[test]
fn completion_files_are_up_to_date() {
    let reg = Reg::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("ENGAGE_UPDATE_COMPLETIONS").is_some();
    for (shell, file) in [
        ("bash", "engage.bash"),
        ("zsh", "_engage"),
        ("fish", "engage.fish"),
        ("powershell", "_engage.ps1"),
        ("elvish", "engage.elv"),
    ] {
        let generated = reg.ok(&["completions", shell]);
        assert!(generated.contains("practice"), "{shell}");
        let path = dir.join(file);
        if update {
            std::fs::write(&path, &generated).unwrap();
        }
        let kept = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            kept == generated,
            "completions/{file} is stale: rerun with ENGAGE_UPDATE_COMPLETIONS=1 cargo test --test cli"
        );
    }
}

#[test]
fn man_page_and_version() {
    let reg = Reg::new();
    let man = reg.ok(&["man"]);
    assert!(man.starts_with(".ie") && man.contains(".TH engage 1"), "{}", &man[..80.min(man.len())]);
    let version = reg.ok(&["--version"]);
    assert_eq!(version.trim(), format!("engage {}", env!("CARGO_PKG_VERSION")));
    // A mistyped command names the nearest.
    let r = reg.run(&["man", "session", "exprot"]);
    assert_eq!(r.code, 4);
    assert!(
        r.stderr.contains("no such command: engage session exprot") && r.stderr.contains("\"export\""),
        "{}",
        r.stderr
    );
}

#[test]
fn man_formats_at_a_terminal_and_says_how_to_find_the_pages() {
    let reg = Reg::new();
    let engage = env!("CARGO_BIN_EXE_engage");
    let at_terminal = |args: &str| {
        let out = std::process::Command::new("script")
            .args(["-qec", &format!("stty cols 80 rows 1000; {engage} {args}"), "/dev/null"])
            .env("MANPAGER", "cat")
            .env("PAGER", "cat")
            .env("HOME", reg.dir.path())
            .output()
            .expect("script(1), from bsdutils");
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    // Formatted by man at a terminal; the roff source with --roff (and in a pipe).
    let shown = at_terminal("man session export");
    assert!(shown.contains("engage-session-export(1)") && !shown.contains(".TH"), "{shown}");
    assert!(at_terminal("man --roff session export").contains(".TH engage-session-export 1"));
    // Written into a folder man does not search: the line to add is printed, and with
    // it man finds the page.
    let dir = reg.dir.path().join("share").join("man").join("man1");
    let r = reg.run(&["man", "--dir", dir.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let line = r.stderr.lines().find(|l| l.starts_with("export MANPATH=")).unwrap_or_else(|| panic!("{}", r.stderr));
    let root = line.trim_start_matches("export MANPATH=\"").split(':').next().unwrap();
    assert_eq!(std::path::Path::new(root), dir.parent().unwrap().canonicalize().unwrap());
    let found = std::process::Command::new("man")
        .args(["-w", "engage-session-export"])
        .env("MANPATH", format!("{root}:"))
        .output()
        .expect("man, from man-db");
    assert_eq!(
        String::from_utf8_lossy(&found.stdout).trim(),
        dir.canonicalize().unwrap().join("engage-session-export.1").to_str().unwrap()
    );
}

#[test]
fn demo_builds_its_own_register_and_can_be_rebuilt() {
    let reg = Reg::new();
    // The officer's own register, named by ENGAGE_DB, must not be touched.
    let own = reg.dir.path().join("own.db");
    let out = reg.bare().env("ENGAGE_DB", &own).arg("demo").output().unwrap();
    let run = common::finish(out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!own.exists(), "the demo wrote to ENGAGE_DB");
    let demo_db = reg.dir.path().join("data").join("engage").join("demo.db");
    assert!(run.stdout.contains("Riverside City") && run.stdout.contains("repr %"), "{}", run.stdout);
    assert!(run.stderr.contains(demo_db.to_str().unwrap()), "{}", run.stderr);

    let demo = Reg::at_path(demo_db.clone());
    let practices = demo.json(&["practice", "list"]);
    assert_eq!(practices.as_array().unwrap().len(), 31);
    let localities = demo.json(&["locality", "list"]);
    assert_eq!(column(&localities, "practices"), vec![7, 9, 11, 4]);
    assert!(column(&localities, "practices").iter().all(|n| (4..=11).contains(&n.as_i64().unwrap())));

    // A year of locality meetings up to today, with attendance and some practices missing.
    let held = demo.json(&["meeting", "list", "--kind", "locality", "--to", common::TODAY]);
    assert!(held.as_array().unwrap().len() >= 4 * 12, "{}", held.as_array().unwrap().len());
    let last = held.as_array().unwrap().last().unwrap()["id"].to_string();
    let show = demo.json(&["meeting", "show", &last]);
    assert!(!show["attendees"].as_array().unwrap().is_empty());
    assert!(
        column(&demo.json(&["meeting", "list", "--upcoming"]), "date")
            .iter()
            .all(|d| d.as_str().unwrap() >= common::TODAY)
    );
    assert!(!demo.json(&["meeting", "list", "--kind", "board"]).as_array().unwrap().is_empty());
    assert!(!demo.json(&["meeting", "list", "--kind", "visit"]).as_array().unwrap().is_empty());

    // A year of payments: finalised runs up to the month before last, last month open.
    assert!(run.stdout.contains("payee type"), "{}", run.stdout);
    // The tour's figures are those the commands give straight afterwards: it wrote
    // nothing after building.
    let before = demo.dump();
    let engagement = demo.ok(&["report", "engagement"]);
    assert!(run.stdout.starts_with(&engagement), "{}\n---\n{engagement}", run.stdout);
    let export = demo.json(&["session", "export", "--month", "2026-12"]);
    let rows = export.as_array().unwrap();
    let pence: i64 =
        rows.iter().map(|r| r["amount_gbp"].as_str().unwrap().replace('.', "").parse::<i64>().unwrap()).sum();
    let hundredths: i64 =
        // A scheme's instalments have no sessions.
        rows.iter().filter_map(|r| r["sessions"].as_str()).map(|s| s.replace('.', "").parse::<i64>().unwrap()).sum();
    let tour = format!(
        "Last month's payment run (2026-12, a preview: not finalised yet):\n{} lines, {}.{:02} sessions, £{}.{:02}, \
         with arrears for a lead named late\n(2026-10: 1 line, 2026-11: 1 line) and a leaver's last part-month.\n\
         Claims awaiting approval: 1",
        rows.len(),
        hundredths / 100,
        hundredths % 100,
        pence / 100,
        pence % 100
    );
    assert!(run.stderr.contains(&tour), "{}\n---\n{tour}", run.stderr);
    assert_eq!(demo.dump(), before, "a preview wrote");
    assert_eq!(column(&demo.json(&["session", "list", "--status", "claimed"]), "status").len(), 1);
    let people = demo.json(&["person", "list", "--all"]);
    assert_eq!(column(&people, "active").iter().filter(|a| **a == false).count(), 1);
    let paid = demo.json(&["session", "list", "--month", "2026-11", "--status", "paid"]);
    assert!(!paid.as_array().unwrap().is_empty());
    assert!(column(&paid, "payment_month").iter().all(|m| m == "2026-11"));
    assert!(demo.json(&["session", "list", "--month", "2026-12", "--status", "paid"]).as_array().unwrap().is_empty());
    let budgets = demo.json(&["session", "budget", "list", "--fy", "this"]);
    assert!(column(&budgets, "spent_gbp").iter().all(|s| s != "0.00"));

    // Rebuilding a demo nobody changed needs no question.
    let out = reg.bare().arg("demo").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // One that was changed asks first (needing --yes off a terminal, exit 2 without),
    // naming how many changes it would lose; then it starts afresh.
    demo.ok(&["practice", "close", "Z90101", "--yes"]);
    demo.ok(&["locality", "add", "Teme Valley"]);
    let before = demo.dump();
    let out = reg.bare().arg("demo").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("has 2 changes since it was built; rebuilding it loses them"), "{stderr}");
    assert_eq!(demo.dump(), before);
    let out = reg.bare().args(["demo", "--yes"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(demo.json(&["practice", "list"]).as_array().unwrap().len(), 31);
}

#[test]
fn demo_never_overwrites_a_register_that_is_not_a_demo() {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham"]);
    let stderr = reg.fails(&["demo"], 5);
    assert!(stderr.contains("not a demo register"), "{stderr}");
    assert_eq!(common::column(&reg.json(&["locality", "list"]), "name"), vec!["Evesham"]);

    let elsewhere = Reg::new();
    elsewhere.ok(&["demo"]);
    assert_eq!(elsewhere.json(&["practice", "list"]).as_array().unwrap().len(), 31);
}

#[test]
fn tables_say_yes_and_no_and_an_empty_list_says_so() {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham"]);
    reg.ok(&["practice", "add", "M81004", "Riverside Surgery", "--locality", "Evesham"]);
    let show = reg.ok(&["practice", "show", "M81004"]);
    let survey = show.lines().find(|l| l.trim_start().starts_with("survey returned ")).unwrap();
    assert!(survey.ends_with(" no"), "{survey:?}");
    assert!(!show.contains("false") && !show.contains("true"), "{show}");
    assert_eq!(reg.json(&["practice", "show", "M81004"])["survey_returned"], false);
    let r = reg.run(&["person", "list"]);
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("nothing to show"), "{}", r.stderr);
    // The audit trail names the user from the user id when no $USER is set (cron).
    let out = reg.cmd(&["locality", "add", "Malvern"]).env_remove("USER").env_remove("LOGNAME").output().unwrap();
    assert!(out.status.success());
    let user = reg.json(&["log", "--limit", "1"])[0]["user"].as_str().unwrap().to_string();
    assert!(!user.is_empty() && user != "unknown" && user != "officer", "{user}");
}

#[test]
fn man_pages_cover_every_command_and_name_only_pages_that_exist() {
    let reg = Reg::new();
    let dir = reg.dir.path().join("man");
    reg.ok(&["man", "--dir", dir.to_str().unwrap()]);
    let pages: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(pages.contains(&"engage.1".to_string()) && pages.contains(&"engage-session-export.1".to_string()));
    assert!(pages.len() > 60, "{pages:?}");
    for page in &pages {
        let text = std::fs::read_to_string(dir.join(page)).unwrap();
        let see = text.split(".SH \"SEE ALSO\"").nth(1).unwrap_or_else(|| panic!("{page}: no SEE ALSO"));
        for line in see.lines().filter(|l| l.starts_with(".BR ")) {
            let name = line.trim_start_matches(".BR ").split(' ').next().unwrap().replace("\\-", "-");
            assert!(pages.contains(&format!("{name}.1")), "{page} names {name}(1), which is not there");
        }
        // Every command but a group of commands has examples.
        if !text.contains(".SH SUBCOMMANDS") {
            assert!(text.contains(".SH EXAMPLES"), "{page}: no examples");
        }
    }
    let main = reg.ok(&["man"]);
    for section in [".SH \"EXIT STATUS\"", ".SH ENVIRONMENT", ".SH FILES", ".SH EXAMPLES", "ENGAGE_TODAY", "NO_COLOR"] {
        assert!(main.contains(section), "engage(1) lacks {section}");
    }
    assert_eq!(
        reg.ok(&["man", "session", "export"]),
        std::fs::read_to_string(dir.join("engage-session-export.1")).unwrap()
    );
    assert_eq!(reg.run(&["man", "nothing"]).code, 4);
}

#[test]
fn bash_completes_the_registers_own_values() {
    let reg = common::example_register();
    let dir = reg.dir.path();
    let script = dir.join("engage.bash");
    std::fs::write(&script, reg.ok(&["completions", "bash"])).unwrap();
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_engage"), bin.join("engage")).unwrap();
    let complete = |words: &[&str]| -> Vec<String> {
        let words: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
        let line = format!(
            "source '{}'; COMP_WORDS=(engage --db '{}' {}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); \
             _engage_values engage; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            script.display(),
            reg.db.display(),
            words.join(" ")
        );
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(&line)
            .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
            .env("ENGAGE_TODAY", common::TODAY)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let mut got: Vec<String> = String::from_utf8(out.stdout).unwrap().lines().map(String::from).collect();
        got.retain(|l| !l.is_empty());
        got
    };
    // Each line a word, as the script offers them (COMP_WORDS here has --db first).
    assert_eq!(complete(&["practice", "list", "--locality", "M"]), vec!["Malvern", "MAL"]);
    assert_eq!(complete(&["meeting", "attend", "1", "--for-practice", "M8100"]), vec!["M81004", "M81007"]);
    assert_eq!(complete(&["session", "export", "--month", "l"]), vec!["last"]);
    assert_eq!(complete(&["session", "export", "--month", "2026-1"]), vec!["2026-12", "2026-11", "2026-10"]);
    // Not a file name in sight.
    std::fs::write(dir.join("Malvern-notes.txt"), "").unwrap();
    assert!(!complete(&["practice", "list", "--locality", "Malvern-"]).iter().any(|c| c.contains("notes")));
}

#[test]
fn the_demo_builds_whatever_today_is() {
    // The demo's year follows today: it must build on any day, not only the tests' one.
    for today in ["2026-01-01", "2026-11-28", "2027-03-31", "2028-02-29"] {
        let reg = Reg::new_at(today);
        let db = reg.dir.path().join("demo.db");
        let out = reg.bare().arg("--db").arg(&db).arg("demo").output().unwrap();
        assert!(out.status.success(), "{today}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn zsh_and_fish_complete_the_registers_own_values_too() {
    let reg = Reg::new();
    let zsh = reg.ok(&["completions", "zsh"]);
    assert!(zsh.contains(":L:_engage_values_locality'"), "--locality completes file names in zsh");
    assert!(zsh.contains("values=(${(f)\"$(engage $db complete-values $1 2>/dev/null)\"})"));
    assert!(!zsh.lines().any(|l| l.starts_with("'--month=[") && l.contains("_default")));
    let fish = reg.ok(&["completions", "fish"]);
    assert!(fish.contains("complete -c engage -l locality -f -r -a '(__engage_values locality)'"));
}

/// A shell from the machine's packages: .ci/run installs zsh and fish and says so with
/// ENGAGE_TEST_SHELLS; elsewhere a test that needs one is skipped, saying so.
fn shell(name: &str) -> Option<String> {
    let found = std::process::Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    if found.is_none() {
        assert!(std::env::var_os("ENGAGE_TEST_SHELLS").is_none(), "{name} is needed (ENGAGE_TEST_SHELLS is set)");
        eprintln!("skipped: {name} is not installed (.ci/run installs it)");
    }
    found
}

#[test]
fn completion_quotes_values_with_spaces_and_offers_fixed_lists() {
    let reg = Reg::new();
    let dir = reg.dir.path();
    let db = dir.join("demo.db");
    assert!(reg.bare().arg("--db").arg(&db).arg("demo").output().unwrap().status.success());
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_engage"), bin.join("engage")).unwrap();
    let path = format!("{}:/usr/bin:/bin", bin.display());

    // Bash: the completion function, called as bash calls it.
    let script = dir.join("engage.bash");
    std::fs::write(&script, reg.ok(&["completions", "bash"])).unwrap();
    let bash = |words: &str| -> Vec<String> {
        let line = format!(
            "source '{}'; COMP_WORDS=(engage --db '{}' {words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); \
             _engage_values engage \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
             printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            script.display(),
            db.display(),
        );
        let out = std::process::Command::new("bash").arg("-c").arg(&line).env("PATH", &path).output().unwrap();
        String::from_utf8(out.stdout).unwrap().lines().filter(|l| !l.is_empty()).map(String::from).collect()
    };
    assert_eq!(bash("practice list --locality Upl"), ["Upland\\ Villages"]);
    assert_eq!(bash("meeting schedule --rule 2nd")[..2], ["2nd\\ mon", "2nd\\ tue"]);
    assert_eq!(bash("person list --role gp-s"), ["gp-salaried"]);
    assert!(bash("session list --status p").contains(&"paid".to_string()));
    assert!(bash("meeting list --kind pr").contains(&"protected-learning".to_string()));
    assert!(bash("practice list --format j").contains(&"json".to_string()));
    // The completed line runs as it reads.
    let completed =
        format!("engage --db '{}' practice list --locality {}", db.display(), bash("practice list --locality Upl")[0]);
    let out = std::process::Command::new("bash").arg("-c").arg(&completed).env("PATH", &path).output().unwrap();
    assert!(out.status.success(), "{completed}: {}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Upland Villages"));

    // Fish: what it offers for the line (it escapes a value with spaces as it inserts it).
    if let Some(fish) = shell("fish") {
        let file = dir.join("engage.fish");
        std::fs::write(&file, reg.ok(&["completions", "fish"])).unwrap();
        let fish_offers = |line: &str| -> Vec<String> {
            let cmd = format!("source '{}'; complete -C \"engage --db '{}' {line}\"", file.display(), db.display());
            let out = std::process::Command::new(&fish).arg("-c").arg(&cmd).env("PATH", &path).output().unwrap();
            String::from_utf8(out.stdout).unwrap().lines().map(|l| l.split('\t').next().unwrap().to_string()).collect()
        };
        assert_eq!(fish_offers("practice list --locality Upl"), ["Upland Villages"]);
        assert!(fish_offers("meeting schedule --rule 2nd").contains(&"2nd tue".to_string()));
        assert_eq!(fish_offers("person list --role gp-s"), ["gp-salaried"]);
        assert!(fish_offers("session list --status p").contains(&"paid".to_string()));
    }

    // Zsh: a real interactive shell in a pseudo-terminal, a TAB typed, and the line it
    // completed run through `print -rl --`, a word a line.
    if let Some(zsh) = shell("zsh") {
        let fpath = dir.join("zfunc");
        std::fs::create_dir_all(&fpath).unwrap();
        std::fs::write(fpath.join("_engage"), reg.ok(&["completions", "zsh"])).unwrap();
        let drive = format!(
            r#"zmodload zsh/zpty
zpty -b z "env PATH={path} TERM=dumb HOME={home} zsh -f -i"
zpty -w z "fpath=({fpath} \$fpath); autoload -U compinit; compinit -u -D; PS1='> '"
zpty -w -n z $'engage --db {db} practice list --locality Upl\t'
sleep 2
zpty -w -n z $'\C-aprint -rl -- \n'
sleep 1
zpty -w z exit
all=""
while zpty -r -t z chunk 2>/dev/null; do all+=$chunk; done
print -r -- "$all"
zpty -d z
"#,
            home = dir.display(),
            fpath = fpath.display(),
            db = db.display(),
        );
        let out = std::process::Command::new(&zsh).args(["-f", "-c", &drive]).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout).replace('\r', "");
        assert!(text.lines().any(|l| l == "Upland Villages"), "zsh completed:\n{text}");
    }
}
