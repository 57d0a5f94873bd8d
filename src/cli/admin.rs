//! `engage init`, `db`, `log`, `demo`, `completions`, `man`.

use std::path::PathBuf;

use std::io::IsTerminal;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::demo;
use crate::output::{Cell, Output, Table};
use engage::store::{self, Access, Actor, Written};
use engage::{Error, audit, practice};

use super::Ctx;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum DbCommand {
    /// Print the register's path (it need not exist yet).
    #[command(after_help = "Examples:\n  \
        engage db path\n  \
        # a copy; never cp the register while engage may run\n  \
        engage db backup /media/usb/engage-$(date +%F).db")]
    Path,
    /// Check the register: its file, foreign keys and payment runs (exit 1 on any problem).
    #[command(after_help = "Examples:\n  \
        engage db check\n  \
        # also every index against its table: minutes on a national register\n  \
        engage db check --full")]
    Check(CheckArgs),
    /// Write a consistent copy of the register to a new file, while others may write.
    #[command(after_help = "Examples:\n  engage db backup ~/backups/engage-$(date +%F).db")]
    Backup(BackupArgs),
    /// Copy a whole register into a new one: a file to a team's server, or back.
    #[command(after_help = "Examples:\n  \
        # move a laptop register to the team's server (an empty database)\n  \
        engage db copy ~/engage.db postgresql://officer@db.example.nhs.uk/engage\n  \
        # a file for the auditors, from the team register\n  \
        engage db copy postgresql://officer@db.example.nhs.uk/engage audit.db")]
    Copy(CopyArgs),
    /// Make the team register's two roles, to write and to read (its database's owner, once).
    #[command(
        name = "init-roles",
        after_help = "Examples:\n  \
        engage --db postgresql://owner@db.example.nhs.uk/engage db init-roles\n  \
        # then, as the DBA: GRANT engage_engage_write TO officer;"
    )]
    InitRoles,
}

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The register to copy: a file, or a postgresql:// URL.
    from: PathBuf,
    /// The new register: a file that does not exist yet, or an empty database.
    to: PathBuf,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// SQLite's full integrity check (every index against its table) instead of its quick one.
    #[arg(long)]
    full: bool,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The new file (never overwritten).
    file: PathBuf,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// How many entries, newest first.
    #[arg(long, value_name = "N", default_value_t = 20)]
    limit: u32,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

pub fn init(ctx: &Ctx) -> Result<()> {
    let location = ctx.location()?;
    // A register there already (a file, or a server's database) is left as it is.
    match ctx.open(Access::Read) {
        Ok(_) => {
            ctx.note(format!("the register already exists: {location}"));
            return Ok(());
        }
        Err(e) if e.downcast_ref::<engage::Error>().is_some_and(|e| e.kind == engage::error::Kind::NotFound) => {}
        Err(e) => return Err(e),
    }
    let mut reg = ctx.open(Access::Write)?;
    reg.write(false, |_| Ok(Written { value: (), summary: "created the register".into() }))?;
    ctx.note(format!("created the register: {location}"));
    Ok(())
}

pub fn db(ctx: &Ctx, cmd: DbCommand) -> Result<()> {
    match cmd {
        DbCommand::Path => ctx.line(&ctx.location()?.to_string()),
        DbCommand::InitRoles => {
            let mut reg = ctx.open(Access::Write)?;
            let (write, read) = reg.init_roles()?;
            ctx.note(format!(
                "the roles {write} (to write) and {read} (to read) can use the register; grant them to people's logins"
            ));
            Ok(())
        }
        DbCommand::Copy(a) => {
            let from = store::Location::parse(a.from.as_os_str())?;
            let to = store::Location::parse(a.to.as_os_str())?;
            if let store::Location::File(path) = &to
                && path.exists()
            {
                return Err(Error::conflict(format!("the file already exists ({})", path.display()))
                    .with_hint("copy into a new file; engage never overwrites one")
                    .into());
            }
            let source = engage::open(from.clone(), Access::Read, Actor::default())?;
            let new_file = matches!(&to, store::Location::File(_));
            let mut target = engage::open(to.clone(), Access::Write, Actor::from_process())?;
            match source.copy_into(&mut target, None) {
                Ok(n) => {
                    ctx.note(format!("copied {n} rows from {from} to {to}"));
                    Ok(())
                }
                Err(e) => {
                    // A file made for the copy goes with it.
                    drop(target);
                    if new_file {
                        let _ = store::remove_register(&to);
                    }
                    Err(e.into())
                }
            }
        }
        DbCommand::Check(a) => {
            let reg = ctx.open(Access::Read)?;
            // Progress at a terminal: a national register takes seconds.
            let terminal = std::io::stderr().is_terminal() && !ctx.quiet;
            let started = std::time::Instant::now();
            let step = |what: &str| {
                if terminal {
                    super::stderr_line(&format!("checking {what}… ({:.1} s)", started.elapsed().as_secs_f64()));
                }
            };
            let checked = reg.check(a.full, &step)?;
            step("payment runs");
            let runs = engage::session::check_runs(&reg.db)?;
            if terminal {
                super::stderr_line(&format!("checked in {:.1} s", started.elapsed().as_secs_f64()));
            }
            let mut table = Table::new(&["check", "result"]);
            let said = |problems: &[String]| if problems.is_empty() { "ok".to_string() } else { problems.join("; ") };
            table.push(vec![Cell::text("integrity"), Cell::text(said(&checked.file))]);
            table.push(vec![Cell::text("foreign_keys"), Cell::text(said(&checked.foreign_keys))]);
            table.push(vec![Cell::text("payment_runs"), Cell::text(said(&runs))]);
            let version = reg.schema_version()?;
            table.push(vec![Cell::text("schema_version"), Cell::Int(version)]);
            ctx.print(&Output::Table(table))?;
            if !checked.file.is_empty() || !checked.foreign_keys.is_empty() || !runs.is_empty() {
                return Err(Error::storage(format!("the register failed its checks ({})", reg.location))
                    .with_hint("restore the latest backup with `cp BACKUP \"$(engage db path)\"`")
                    .into());
            }
            Ok(())
        }
        DbCommand::Backup(a) => {
            let reg = ctx.open(Access::Read)?;
            reg.backup_to(&a.file)?;
            ctx.note(format!("backed up {} to {}", reg.location, a.file.display()));
            Ok(())
        }
    }
}

pub fn log(ctx: &Ctx, args: LogArgs) -> Result<()> {
    let reg = ctx.open(Access::Read)?;
    ctx.print(&Output::Table(crate::view::facts::audit(&audit::log(&reg.db, args.limit)?)))
}

pub fn demo(ctx: &Ctx) -> Result<()> {
    // Only an explicit --db moves the demo: $ENGAGE_DB names the officer's own register.
    let location = match &ctx.db_flag {
        Some(p) => store::Location::parse(p.as_os_str())?,
        None => store::Location::File(store::data_dir()?.join("demo.db")),
    };
    let confirm = |changes: usize| -> engage::Result<()> {
        let question = format!(
            "The demo register {} has {} since it was built; rebuilding it loses {}. Rebuild it?",
            location,
            crate::view::facts::count(changes, "change", "changes"),
            if changes == 1 { "it" } else { "them" }
        );
        ctx.confirm(&question).map_err(|e| match e.downcast::<engage::Error>() {
            Ok(e) => e,
            Err(e) => engage::Error::storage(format!("{e:#}")),
        })
    };
    let reg = demo::build(&location, Actor::from_process(), &confirm)?;
    let practices = practice::list(&reg.db, None, practice::StatusFilter::Open)?;
    let patients: i64 = practices.iter().filter_map(|p| p.practice.list_size).sum();
    let people = engage::audience::select(&reg.db, &Default::default(), engage::dates::today()?)?;
    let sessional = people
        .iter()
        .filter(|p| matches!(p.role, engage::person::Role::GpSalaried | engage::person::Role::GpLocum))
        .count();
    let today = engage::dates::today()?;
    ctx.note(format!(
        "{}: {} open practices, {patients} registered patients, {} people ({sessional} sessional GPs).\n\n\
         Engagement this financial year (at risk: represented at under half of its locality and group\n\
         meetings, and at no event):",
        demo::GROUP,
        practices.len(),
        people.len()
    ));
    let period = engage::report::Period::resolve(None, None, None, None, today)?;
    let engagement = engage::report::engagement(&reg.db, period, None, today)?;
    ctx.print(&Output::Table(crate::view::report::engagement(&engagement.rows)))?;
    let last_month = engage::dates::Month::of(today).previous();
    let mut reg = reg;
    // A preview, rolled back: the tour writes nothing.
    let export = reg.write(true, |tx| {
        Ok(Written { value: engage::session::export(tx, last_month, false, today)?, summary: String::new() })
    })?;
    let (sessions, pence) = export.total();
    // Appointment lines of earlier months: arrears.
    let mut arrears: std::collections::BTreeMap<engage::dates::Month, usize> = Default::default();
    for p in &export.payments {
        if p.source == engage::session::lines::Source::Appointment && p.work_date < last_month.first() {
            *arrears.entry(engage::dates::Month::of(p.work_date)).or_default() += 1;
        }
    }
    let lines = |n: usize| crate::view::facts::count(n, "line", "lines");
    let arrears: Vec<String> = arrears.iter().map(|(m, n)| format!("{m}: {}", lines(*n))).collect();
    let waiting = engage::session::list(
        &reg.db,
        &engage::session::Filter { status: Some(engage::session::LineStatus::Claimed), ..Default::default() },
    )?;
    ctx.note(format!(
        "\nLast month's payment run ({last_month}, a preview: not finalised yet):\n\
         {}, {} sessions, £{}, with arrears for a lead named late\n\
         ({}) and a leaver's last part-month.\n\
         Claims awaiting approval: {} (`engage session list --status claimed`).",
        lines(export.payments.len()),
        sessions,
        pence,
        arrears.join(", "),
        waiting.len()
    ));
    ctx.print(&Output::Table(crate::view::session::payment_summary(&export)))?;
    let quoted = store::shell_quote(&location.to_string());
    let filter =
        engage::meeting::Filter { kind: Some(engage::meeting::Kind::Locality), to: Some(today), ..Default::default() };
    let last = engage::meeting::select(&reg.db, &filter)?.last().map_or(1, |m| m.id);
    let filter =
        engage::meeting::Filter { kind: Some(engage::meeting::Kind::Board), to: Some(today), ..Default::default() };
    let board = engage::meeting::select(&reg.db, &filter)?.last().map_or(1, |m| m.id);
    let round = crate::demo::round(today);
    let overdue = engage::meeting::business::actions(
        &reg.db,
        &engage::meeting::business::ActionFilter { overdue: true, ..Default::default() },
        today,
    )?;
    ctx.note(format!(
        "\nBeyond the locality meetings: the governing board (a committee with voting and\n\
         non-voting members), two peer groups, protected learning and a roadshow round.\n\
         Board actions overdue: {} (`engage action list --overdue`).",
        overdue.len()
    ));
    let items = engage::measure::find(&reg.db, "items")?;
    let benchmark = engage::measure::benchmark(&reg.db, &items, None, None)?;
    let signals: Vec<String> = ["high 99.8%", "high 95%", "low 95%", "low 99.8%"]
        .iter()
        .filter_map(|s| {
            let n = benchmark.practices.iter().filter(|p| p.signal.is_some_and(|x| x.as_str() == *s)).count();
            (n > 0).then(|| format!("{n} {s}"))
        })
        .collect();
    ctx.note(format!(
        "\nPrescription items per 1,000 patients against England's practices: {} outside\n\
         the funnel limits ({}).",
        benchmark.practices.iter().filter(|p| p.signal.is_some()).count(),
        signals.join(", ")
    ));
    let held = engage::scheme::kept_back(&reg.db, today)?;
    let coverage = engage::report::coverage(&reg.db, period, None)?;
    ctx.note(format!(
        "\nThe clinical audit scheme pays once a review finds its audits done; instalments\n\
         held meanwhile: {} (`engage session list --status held`). GPs in the workforce\n\
         census that the register does not know: {} (`engage report coverage`).",
        held.len(),
        coverage.iter().map(engage::report::CoverageRow::not_known).sum::<i64>()
    ));
    // The site goes beside a demo file, else in the current folder.
    let site = match &location {
        store::Location::File(path) => path.with_file_name("demo-site"),
        store::Location::Server(_) => std::path::PathBuf::from("demo-site"),
    };
    let site_quoted = store::shell_quote(&site.display().to_string());
    ctx.note(format!(
        "\nThe group's pages for its website and the board:\n  \
         engage --db {quoted} publish {site_quoted}\n\
         then open {} in a browser.",
        store::shell_quote(&site.join("index.html").display().to_string())
    ));
    ctx.note(format!(
        "\nThe demo register is {quoted}; explore it with, for example:\n  \
         engage --db {quoted} report localities\n  \
         engage --db {quoted} practice list --locality 'Upland Villages'\n  \
         engage --db {quoted} practice show Z90101\n  \
         engage --db {quoted} skill find 'urgent care'\n  \
         engage --db {quoted} person interests\n  \
         engage --db {quoted} meeting list --upcoming\n  \
         engage --db {quoted} meeting show {last}\n  \
         engage --db {quoted} meeting minutes {board}\n  \
         engage --db {quoted} action list --overdue\n  \
         engage --db {quoted} report schemes\n  \
         engage --db {quoted} report reach\n  \
         engage --db {quoted} report benchmark items --plot items.svg\n  \
         engage --db {quoted} group show 'City and Vale peer group'\n  \
         engage --db {quoted} report visits --round '{round}'\n  \
         engage --db {quoted} session export --month last --summary --format csv\n  \
         engage --db {quoted} session budget list --fy this"
    ));
    Ok(())
}

pub fn completions(_ctx: &Ctx, args: CompletionsArgs) -> Result<()> {
    // Made in memory first: clap_complete panics on a failed write.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut super::full_command(), "engage", &mut script);
    // Then the register's own values where an option or argument takes one.
    match args.shell {
        clap_complete::Shell::Bash => script.extend_from_slice(BASH_VALUES.as_bytes()),
        clap_complete::Shell::Fish => script.extend_from_slice(FISH_VALUES.as_bytes()),
        clap_complete::Shell::Zsh => script = zsh_values(&String::from_utf8_lossy(&script)).into_bytes(),
        _ => {}
    }
    Ok(super::stdout_bytes(&script)?)
}

/// Bash: the register's values for the options that take them, through
/// `engage complete-values`, with the same --db; everything else as clap completes it.
const BASH_VALUES: &str = r#"
# The register's own values (localities, practices, meetings, people, groups, months).
_engage_values() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" kind="" i
    local db=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        [[ "${COMP_WORDS[i]}" == --db ]] && db=(--db "${COMP_WORDS[i+1]}")
    done
    case "$prev" in
        --locality|--move-practices-to) kind=locality ;;
        --practice|--for-practice|--merged-into) kind=practice ;;
        --month) kind=month ;;
        --person|--owner) kind=person ;;
        --group) kind=group ;;
        --role) kind=role ;;
        --rule) kind=rule ;;
    esac
    if [[ -z "$kind" && COMP_CWORD -eq 3 && "$cur" != -* ]]; then
        case "${COMP_WORDS[1]} ${COMP_WORDS[2]}" in
            "meeting show"|"meeting attend"|"meeting unattend"|"meeting held"|"meeting cancel"|"meeting move"|"meeting declare"|"meeting minute"|"meeting decide"|"meeting action"|"meeting minutes"|"meeting note") kind=meeting ;;
            "group show"|"group edit"|"group remove"|"group join"|"group leave") kind=group ;;
            "person show"|"person edit"|"person history"|"person leave"|"person appoint") kind=person ;;
            "practice show"|"practice edit"|"practice history"|"practice close") kind=practice ;;
            "locality show"|"locality edit"|"locality remove") kind=locality ;;
        esac
    fi
    if [[ -n "$kind" ]]; then
        # Each value quoted as the shell reads it back: 'Upland Villages' stays one word.
        local IFS=$'
' value
        COMPREPLY=()
        for value in $(compgen -W "$(engage "${db[@]}" complete-values "$kind" 2>/dev/null)" -- "$cur"); do
            COMPREPLY+=("$(printf '%q' "$value")")
        done
        return 0
    fi
    _engage "$@"
}
complete -F _engage_values -o bashdefault engage
"#;

/// Zsh: the options that take the register's values complete them through
/// `engage complete-values` instead of file names (clap writes `_default` for them).
fn zsh_values(script: &str) -> String {
    const OPTIONS: &[(&str, &str)] = &[
        ("'--locality=[", "locality"),
        ("'--practice=[", "practice"),
        ("'--for-practice=[", "practice"),
        ("'--month=[", "month"),
        ("'--person=[", "person"),
        ("'--owner=[", "person"),
        ("'--group=[", "group"),
        ("'--role=[", "role"),
        ("'--rule=[", "rule"),
    ];
    let mut out = String::with_capacity(script.len() + 512);
    for line in script.lines() {
        let kind = OPTIONS.iter().find(|(start, _)| line.starts_with(start)).map(|(_, kind)| *kind);
        match kind {
            Some(kind) if line.contains(":_default'") => {
                out.push_str(&line.replacen(":_default'", &format!(":_engage_values_{kind}'"), 1))
            }
            _ => {
                if line.starts_with("if [ \"$funcstack[1]\" = \"_engage\" ]") {
                    out.push_str(ZSH_VALUES);
                }
                out.push_str(line);
            }
        }
        out.push('\n');
    }
    out
}

const ZSH_VALUES: &str = r#"# The register's own values (localities, practices, months, people, groups).
_engage_values() {
    local -a values db line
    local i
    # The register named on the line, as engage will read it (from the whole line: the
    # words of a subcommand's completion start after --db).
    line=(${(z)LBUFFER})
    for (( i = 1; i < $#line; i++ )); do
        [[ $line[i] == --db ]] && db=(--db "${(Q)line[i+1]}")
    done
    values=(${(f)"$(engage $db complete-values $1 2>/dev/null)"})
    # compadd quotes what it inserts: 'Upland Villages' stays one word.
    compadd -a values
}
_engage_values_locality() { _engage_values locality }
_engage_values_practice() { _engage_values practice }
_engage_values_month() { _engage_values month }
_engage_values_person() { _engage_values person }
_engage_values_group() { _engage_values group }
_engage_values_role() { _engage_values role }
_engage_values_rule() { _engage_values rule }

"#;

/// Fish: the same values for the options that take them (fish escapes what it inserts).
const FISH_VALUES: &str = r#"
# The register's own values (localities, practices, months, people, groups, roles, rules),
# from the register named on the line.
function __engage_values
    set -l words (commandline -opc)
    set -l at (contains -i -- --db $words)
    and engage --db $words[(math $at + 1)] complete-values $argv[1] 2>/dev/null
    or engage complete-values $argv[1] 2>/dev/null
end
complete -c engage -l locality -f -r -a '(__engage_values locality)'
complete -c engage -l practice -f -r -a '(__engage_values practice)'
complete -c engage -l for-practice -f -r -a '(__engage_values practice)'
complete -c engage -l month -f -r -a '(__engage_values month)'
complete -c engage -l person -f -r -a '(__engage_values person)'
complete -c engage -l owner -f -r -a '(__engage_values person)'
complete -c engage -l group -f -r -a '(__engage_values group)'
complete -c engage -l role -f -r -a '(__engage_values role)'
complete -c engage -l rule -f -r -a '(__engage_values rule)'
"#;

/// `engage complete-values KIND`: the register's values of one kind, one a line, for the
/// completion scripts; nothing (and no error) when there is no register.
pub fn complete_values(ctx: &Ctx, kind: &str) -> Result<()> {
    let today = engage::dates::today()?;
    let mut values: Vec<String> = Vec::new();
    if kind == "role" {
        use engage::text_enum::TextEnum;
        values.extend(engage::person::Role::ALL.iter().map(|r| r.as_str().to_string()));
    } else if kind == "rule" {
        for nth in ["1st", "2nd", "3rd", "4th", "last"] {
            for day in ["mon", "tue", "wed", "thu", "fri"] {
                values.push(format!("{nth} {day}"));
            }
        }
    } else if kind == "month" {
        values.extend(["this".to_string(), "last".to_string()]);
        let mut m = engage::dates::Month::of(today);
        for _ in 0..12 {
            values.push(m.to_string());
            m = m.previous();
        }
    } else if let Ok(reg) = ctx.open(Access::Read) {
        let db = &reg.db;
        values.extend(match kind {
            "locality" => engage::locality::names_and_codes(db)?,
            "practice" => engage::practice::open_codes(db)?,
            "meeting" => engage::meeting::recent_ids(db, 200)?.iter().map(i64::to_string).collect(),
            "person" => engage::person::handles(db)?,
            "group" => engage::group::all(db)?.into_iter().map(|g| g.name).collect(),
            _ => return Err(Error::invalid(format!("not a kind of value: {kind:?} (KIND)")).into()),
        });
    }
    let mut text = values.join("\n");
    text.push('\n');
    Ok(super::stdout_bytes(text.as_bytes())?)
}
