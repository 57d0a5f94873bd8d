//! `engage man`: a man page for engage and one for each command, with the sections
//! clap_mangen does not write (EXAMPLES, EXIT STATUS, ENVIRONMENT, FILES, SEE ALSO).

use std::io::Write;
use std::path::Path;

use anyhow::Result;

/// The whole command tree, built, with no `help` subcommands (a page lists the real ones).
fn tree() -> clap::Command {
    let mut cmd = <super::Cli as clap::CommandFactory>::command().disable_help_subcommand(true);
    cmd.build();
    cmd
}

/// The command at `path` (`["session", "export"]`), and its page's name
/// (`engage-session-export`).
fn find(path: &[String]) -> Result<(clap::Command, String)> {
    let mut cmd = tree();
    let mut name = "engage".to_string();
    for word in path {
        let sub = cmd.find_subcommand(word).cloned().ok_or_else(|| {
            let names: Vec<&str> = cmd.get_subcommands().filter(|s| !s.is_hide_set()).map(|s| s.get_name()).collect();
            let listing = format!("`{} --help` lists the commands", name.replace('-', " "));
            engage::Error::not_found(format!("no such command: {} {word}", name.replace('-', " ")))
                .with_hint(engage::reference::hint(word, names.into_iter(), &listing))
        })?;
        name = format!("{name}-{}", sub.get_name());
        cmd = sub;
    }
    Ok((cmd, name))
}

/// Roff text: backslashes and a leading dot or quote escaped, hyphens as minus signs.
fn roff(text: &str) -> String {
    let t = text.replace('\\', "\\e").replace('-', "\\-");
    if t.starts_with('.') || t.starts_with('\'') { format!("\\&{t}") } else { t }
}

/// One page, as roff.
fn page(path: &[String]) -> Result<Vec<u8>> {
    let (cmd, name) = find(path)?;
    let children: Vec<String> =
        cmd.get_subcommands().filter(|s| !s.is_hide_set()).map(|s| format!("{name}-{}", s.get_name())).collect();
    let bin = name.replace('-', " ");
    let examples: Vec<String> = cmd
        .get_after_help()
        .map(|h| h.to_string())
        .and_then(|h| h.split_once("Examples:").map(|(_, e)| e.to_string()))
        .map(|e| e.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect())
        .unwrap_or_default();
    let cmd = cmd
        .name(name.clone())
        .display_name(name.clone())
        .bin_name(bin)
        .after_help("")
        .version(env!("CARGO_PKG_VERSION"));
    let man = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    if cmd.has_subcommands() {
        man.render_subcommands_section(&mut out)?;
    }
    let examples = if path.is_empty() { MAIN_EXAMPLES.iter().map(|e| e.to_string()).collect() } else { examples };
    if !examples.is_empty() {
        writeln!(out, ".SH EXAMPLES")?;
        for line in &examples {
            match line.strip_prefix("# ") {
                Some(caption) => writeln!(out, ".PP\n{}", roff(caption))?,
                None => writeln!(out, ".PP\n.nf\n.RS 4\n{}\n.RE\n.fi", roff(line))?,
            }
        }
    }
    if path.is_empty() {
        out.extend_from_slice(MAIN_SECTIONS.as_bytes());
    } else {
        writeln!(out, ".SH EXIT STATUS\nAs for every command; see\n.BR engage (1).")?;
    }
    let mut see: Vec<String> = children;
    if !path.is_empty() {
        let parent = std::iter::once("engage")
            .chain(path[..path.len() - 1].iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join("-");
        if parent != "engage" {
            see.push(parent);
        }
        see.push("engage".to_string());
    }
    writeln!(out, ".SH \"SEE ALSO\"")?;
    let refs: Vec<String> = see.iter().map(|p| format!(".BR {} (1)", roff(p))).collect();
    writeln!(out, "{}", refs.join(",\n"))?;
    man.render_version_section(&mut out)?;
    Ok(out)
}

/// The main page's examples: the month's work in a few lines.
const MAIN_EXAMPLES: &[&str] = &[
    "# build a fictional group's register and take the tour",
    "engage demo",
    "# this group's practices from the NHS file",
    "engage practice import epraccur.csv --commissioner 05T",
    "# who takes part, this financial year",
    "engage report engagement",
    "# last month's payment run, for finance (the cron job)",
    "engage -q session export --month last --finalise --yes --out payments/last-month.csv",
];

const MAIN_SECTIONS: &str = r#".SH "EXIT STATUS"
.TP
0
Success.
.TP
1
The program or its storage failed: I/O, a full disk, a read\-only or damaged register, a register written by a newer engage, output that could not be written.
.TP
2
Command\-line usage: an unknown flag, a value outside a fixed list, a destructive command without \-\-yes off a terminal.
.TP
3
Invalid input data: a bad field, row, date, code, number or amount; nothing was written.
.TP
4
Not found: no such practice, locality, person, project, appointment or meeting, no such file, no register yet.
.TP
5
Conflict: a duplicate, an ambiguous reference, a record in use, a change to a paid line, a month already finalised.
.TP
6
The register stayed busy for more than 5 seconds; a cron job may retry.
.SH ENVIRONMENT
.TP
ENGAGE_DB
The register file, when \-\-db is not given.
.TP
ENGAGE_FORMAT
The output format, when \-\-format is not given: table, csv or json.
.TP
ENGAGE_TODAY
Today's date, YYYY\-MM\-DD (tests, demos, replaying a month); otherwise the date in Europe/London.
.TP
ENGAGE_PAGER, PAGER
The pager for long output at a terminal (default less \-FRX); \-\-no\-pager turns it off.
.TP
NO_COLOR
When set, tables are drawn without colour.
.SH FILES
.TP
~/.local/share/engage/engage.db
The register (the engage folder of the user's data directory), with its \-wal and \-shm files while engage runs. Mode 0600, in folders made 0700.
.TP
engage.db.vN\-backup\-TIMESTAMP
The copy written beside the register before a migration.
.TP
~/.local/share/engage/demo.db
The demo register that engage demo builds.
"#;

/// Every page's path: engage, then each command and subcommand.
fn all_paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(path.clone());
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help" && !s.is_hide_set()) {
            let mut p = path.clone();
            p.push(sub.get_name().to_string());
            walk(sub, p, out);
        }
    }
    let mut out = Vec::new();
    walk(&tree(), Vec::new(), &mut out);
    out
}

/// `engage man [COMMAND...]`: at a terminal the page as `man -l -` formats it, else (or
/// with `roff`) its roff source on stdout; with `dir`, every page written there.
pub fn man(ctx: &super::Ctx, command: &[String], dir: Option<&Path>, roff: bool) -> Result<()> {
    use std::io::IsTerminal;
    let Some(dir) = dir else {
        let text = page(command)?;
        if roff || !std::io::stdout().is_terminal() {
            return Ok(super::stdout_bytes(&text)?);
        }
        return show(&text);
    };
    std::fs::create_dir_all(dir)?;
    for path in all_paths() {
        let name = std::iter::once("engage".to_string()).chain(path.iter().cloned()).collect::<Vec<_>>().join("-");
        std::fs::write(dir.join(format!("{name}.1")), page(&path)?)?;
    }
    ctx.note(format!("wrote {} pages to {}", all_paths().len(), dir.display()));
    if let Some(line) = manpath_line(dir) {
        ctx.note(format!("`man engage` looks elsewhere: add this line to your shell's profile\n{line}"));
    }
    Ok(())
}

/// A page formatted by `man -l -` (which pages it at a terminal); its roff source when
/// `man` cannot be run.
fn show(text: &[u8]) -> Result<()> {
    let child = std::process::Command::new("man").args(["-l", "-"]).stdin(std::process::Stdio::piped()).spawn();
    let Ok(mut child) = child else { return Ok(super::stdout_bytes(text)?) };
    if let Some(mut input) = child.stdin.take() {
        // The reader may quit early (q in the pager): not an error.
        let _ = input.write_all(text);
    }
    child.wait()?;
    Ok(())
}

/// The line that puts `dir`'s pages on the manpath, when `man` would not find them:
/// man looks in the `man1` folder of each folder of the manpath.
fn manpath_line(dir: &Path) -> Option<String> {
    let dir = dir.canonicalize().ok()?;
    let root = if dir.file_name().is_some_and(|n| n == "man1") { dir.parent()?.to_path_buf() } else { dir.clone() };
    let searched = std::process::Command::new("manpath")
        .stderr(std::process::Stdio::null())
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .or_else(|| std::env::var("MANPATH").ok())
        .unwrap_or_default();
    let found = searched.split(':').any(|p| Path::new(p).canonicalize().ok().as_deref() == Some(root.as_path()));
    let hint = if dir.file_name().is_some_and(|n| n == "man1") {
        String::new()
    } else {
        format!("  # man looks in {}/man1: write the pages there", root.display())
    };
    // With MANPATH unset, the trailing colon keeps the system's own pages on the path.
    (!found).then(|| format!("export MANPATH=\"{}:$MANPATH\"{hint}", root.display()))
}
