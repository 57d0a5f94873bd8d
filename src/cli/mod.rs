//! The command line: global options, the subcommands (one module each), and the
//! context they share for opening the register and printing.

mod admin;
mod briefing;
mod group;
mod locality;
mod man;
mod measure;
mod meeting;
mod person;
mod practice;
mod project;
mod publish;
mod report;
mod scheme;
mod session;
mod skill;

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::Result;
use clap::{Parser, Subcommand};

use crate::output::{self, Format, Output, Style};
use engage::Error;
use engage::store::{self, Access, Actor, Register, Written};
use engage::text_enum::TextEnum;

/// The register of a commissioning group's member practices, localities, people,
/// meetings and session payments.
#[derive(Debug, Parser)]
#[command(name = "engage", version, propagate_version = true, max_term_width = 100)]
#[command(after_help = "Start with `engage demo`, then `engage <command> --help` for each command.\n\
The register is --db, else $ENGAGE_DB, else the engage folder of your data directory.")]
pub struct Cli {
    /// The register: a file, or a team's postgresql:// URL [default: $ENGAGE_DB, else
    /// <data dir>/engage/engage.db].
    #[arg(long, global = true, value_name = "PATH|URL", help_heading = "Global options")]
    pub db: Option<PathBuf>,

    /// Output format for data on stdout [default: table; csv for `session export`].
    #[arg(
        long,
        global = true,
        env = "ENGAGE_FORMAT",
        value_parser = choice::<Format>(),
        help_heading = "Global options"
    )]
    pub format: Option<Format>,

    /// Silence messages on stderr (warnings and errors still show).
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub quiet: bool,

    /// Answer yes to confirmations; needed for destructive commands off a terminal.
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub yes: bool,

    /// Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX).
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_pager: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Member practices: add, import NHS files, list, show, edit, history, close.
    #[command(subcommand)]
    Practice(practice::PracticeCommand),
    /// Localities: the groups of practices that meet monthly.
    #[command(subcommand)]
    Locality(locality::LocalityCommand),
    /// People and the roles they hold over time: GPs (partners, salaried, locums), managers, nurses.
    #[command(subcommand)]
    Person(person::PersonCommand),
    /// Skills and interests of people, the search for the right person, the skills survey.
    #[command(subcommand)]
    Skill(skill::SkillCommand),
    /// Meetings: the year's schedule, who came for which practice, declarations, the calendar.
    #[command(subcommand)]
    Meeting(meeting::MeetingCommand),
    /// Sessions and payments: rates, claims, the monthly payment CSV, budgets.
    #[command(subcommand)]
    Session(session::SessionCommand),
    /// Reports: engagement, localities, sessions and budgets, sessional GPs, visits, schemes, reach, benchmark, skills, interests.
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// Time-limited commissioning projects and who works on them.
    #[command(subcommand)]
    Project(project::ProjectCommand),
    /// Peer groups, committees and forums, and who sits on them over time.
    #[command(subcommand)]
    Group(group::GroupCommand),
    /// Actions agreed at meetings: what is open, what is overdue, marking them done.
    #[command(subcommand)]
    Action(group::ActionCommand),
    /// Schemes that pay practices per patient: enrolment, commitments, reviews.
    #[command(subcommand)]
    Scheme(scheme::SchemeCommand),
    /// Briefings sent to every GP (sessional GPs included), kept with their recipients.
    #[command(subcommand)]
    Briefing(briefing::BriefingCommand),
    /// Practice activity measures from national files, for `report benchmark`.
    #[command(subcommand)]
    Measure(measure::MeasureCommand),
    /// Write the group's pages for its website and the board: representation, localities, practices, interests.
    #[command(after_help = "Examples:\n  \
        engage publish site\n  \
        engage publish ~/board-pack/2026-27 --fy 2026-27")]
    Publish(publish::PublishArgs),
    /// Create the register (also done on the first write).
    #[command(after_help = "Examples:\n  engage init\n  engage --db ~/work/register.db init")]
    Init,
    /// The register itself: where it is, checks, backups and copies.
    #[command(subcommand)]
    Db(admin::DbCommand),
    /// The audit trail: every write, newest first.
    #[command(after_help = "Examples:\n  engage log --limit 5")]
    Log(admin::LogArgs),
    /// Build a fictional group's register and show a short tour of it.
    #[command(after_help = "Examples:\n  engage demo\n  engage demo --db /tmp/demo.db")]
    Demo,
    /// Print a shell completion script.
    #[command(after_help = "Examples:\n  engage completions bash > ~/.local/share/bash-completion/completions/engage")]
    Completions(admin::CompletionsArgs),
    /// Show a man page (roff when piped or with --roff), or write them all with --dir.
    #[command(after_help = "Examples:\n  \
        engage man session export\n  \
        engage man --roff > engage.1\n  \
        engage man --dir ~/.local/share/man/man1")]
    Man(ManArgs),
    /// The register's values of one kind, for the completion scripts.
    #[command(hide = true, after_help = "Examples:\n  engage complete-values locality")]
    CompleteValues(CompleteValuesArgs),
}

/// A value parser for one of the register's text enums: its texts are the possible
/// values, each with its description.
pub fn choice<T: TextEnum>() -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    let values = T::ALL.iter().map(|v| match v.help().trim_end_matches('.') {
        "" => PossibleValue::new(v.as_str()),
        help => PossibleValue::new(v.as_str()).help(help),
    });
    PossibleValuesParser::new(values).map(|text| T::parse(&text).expect("one of the possible values"))
}

/// The whole command tree, every group built: for completions, the man page and the
/// tests of every command's help. (A run builds only the commands it was given: each
/// subcommand enum is `#[command(defer = true)]`.)
pub fn full_command() -> clap::Command {
    let mut cmd = <Cli as clap::CommandFactory>::command();
    cmd.build();
    cmd
}

// A file to import, shared by the importers of people and skills.
// (Not a doc comment: a subcommand's own help line must not be replaced by it.)
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The CSV file, or - for stdin.
    pub file: String,
    /// Show the counts and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// What every command gets: the options and the ways to open and print.
pub struct Ctx {
    db_flag: Option<PathBuf>,
    /// `--format` or `$ENGAGE_FORMAT`, if given; each command has its default.
    format: Option<Format>,
    quiet: bool,
    yes: bool,
    no_pager: bool,
}

impl Ctx {
    /// The register this command works on (`--db`, `ENGAGE_DB`, or the default file).
    pub fn location(&self) -> engage::Result<store::Location> {
        store::resolve(self.db_flag.as_deref())
    }

    /// Opens the register for reading (a missing register is exit 4) or writing
    /// (created on first write), for the rest of this command.
    pub fn open(&self, access: Access) -> Result<Register> {
        // Only a write records who made it; a read need not look the user up.
        let actor = if access == Access::Read { Actor::default() } else { Actor::from_process() };
        Ok(engage::open(self.location()?, access, actor)?)
    }

    /// Prints command output on stdout in the chosen format (a table by default).
    pub fn print(&self, out: &Output) -> Result<()> {
        self.print_or(out, Format::Table)
    }

    /// Whether `--yes` was given.
    pub fn yes(&self) -> bool {
        self.yes
    }

    /// How tables are drawn: for stdout as it is (a terminal of some size, or not).
    fn style(&self) -> Style {
        let stdout = std::io::stdout();
        let terminal = stdout.is_terminal();
        let colour = terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        let width = terminal_size().map(|(columns, _)| columns);
        Style { terminal, colour, width, notes: !self.quiet }
    }

    /// Renders command output as [`Ctx::print_or`] would print it, into memory.
    /// Writes command output to `w` as it is made, in the chosen format, else in
    /// `default` (for output too large to hold twice: a national payment run).
    pub fn render_to(&self, out: &Output, default: Format, w: &mut dyn Write) -> Result<()> {
        output::render(out, self.format.unwrap_or(default), self.style(), w)?;
        w.flush()?;
        Ok(())
    }

    pub fn render_or(&self, out: &Output, default: Format) -> Result<Vec<u8>> {
        let mut buffer = Vec::new();
        output::render(out, self.format.unwrap_or(default), self.style(), &mut buffer)?;
        Ok(buffer)
    }

    /// Prints command output on stdout in the chosen format, else in `default`; at a
    /// terminal, output taller than the window goes through the pager.
    pub fn print_or(&self, out: &Output, default: Format) -> Result<()> {
        if let Output::Table(t) = out
            && t.rows.is_empty()
        {
            self.note("nothing to show: no rows match");
        }
        let text = self.render_or(out, default)?;
        match terminal_size() {
            Some((_, rows)) if !self.no_pager && bytecount::count(&text, b'\n') >= rows => page(&text),
            _ => Ok(stdout_bytes(&text)?),
        }
    }

    /// Prints one plain line of data on stdout (a path, a generated file).
    pub fn line(&self, text: &str) -> Result<()> {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{text}")?;
        out.flush()?;
        Ok(())
    }

    /// A message for people on stderr, silenced by `-q`.
    pub fn note(&self, text: impl AsRef<str>) {
        if !self.quiet {
            stderr_line(text.as_ref());
        }
    }

    /// A warning on stderr; `-q` does not silence it.
    pub fn warn(&self, text: impl AsRef<str>) {
        stderr_line(&format!("warning: {}", text.as_ref()));
    }

    /// Runs one write; its summary (for the audit trail) is also the message on stderr.
    pub fn write(&self, f: impl FnOnce(&engage::store::Write) -> engage::Result<String>) -> Result<()> {
        let mut reg = self.open(Access::Write)?;
        let message = reg.write(false, |tx| {
            let summary = f(tx)?;
            Ok(Written { value: summary.clone(), summary })
        })?;
        self.note(message);
        Ok(())
    }

    /// Runs a destructive write: first in a transaction that is rolled back, so that a
    /// refusal is said before the question is asked; then, once confirmed (the question
    /// is made from the summary), for real. With `--yes` it is written at once.
    pub fn confirm_write(
        &self,
        question: impl FnOnce(&str) -> String,
        f: impl Fn(&engage::store::Write) -> engage::Result<String>,
    ) -> Result<()> {
        if self.yes {
            // Nothing to ask: one write, not a rehearsal and then the write.
            return self.write(f);
        }
        let mut reg = self.open(Access::Write)?;
        let run = |dry_run: bool, reg: &mut Register| {
            reg.write(dry_run, |tx| {
                let summary = f(tx)?;
                Ok(Written { value: summary.clone(), summary })
            })
        };
        let message = run(true, &mut reg)?;
        self.confirm(&question(&message))?;
        run(false, &mut reg)?;
        self.note(message);
        Ok(())
    }

    /// Asks before a destructive command. On a terminal, the officer answers; off a
    /// terminal, `--yes` is required (exit 2 without it).
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.yes {
            return Ok(());
        }
        if !std::io::stdin().is_terminal() {
            return Err(Error::usage(format!("{question}: needs --yes when stdin is not a terminal"))
                .with_hint("add --yes to confirm; nothing was changed")
                .into());
        }
        let _ = write!(std::io::stderr(), "{question} [y/N] ");
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
            Ok(())
        } else {
            Err(Error::usage("not confirmed; nothing was changed").into())
        }
    }
}

pub fn run(cli: Cli) -> Result<()> {
    let ctx = Ctx { db_flag: cli.db, format: cli.format, quiet: cli.quiet, yes: cli.yes, no_pager: cli.no_pager };
    match cli.command {
        Command::Practice(cmd) => practice::run(&ctx, cmd),
        Command::Locality(cmd) => locality::run(&ctx, cmd),
        Command::Person(cmd) => person::run(&ctx, cmd),
        Command::Skill(cmd) => skill::run(&ctx, cmd),
        Command::Meeting(cmd) => meeting::run(&ctx, cmd),
        Command::Session(cmd) => session::run(&ctx, cmd),
        Command::Report(cmd) => report::run(&ctx, cmd),
        Command::Project(cmd) => project::run(&ctx, cmd),
        Command::Group(cmd) => group::run(&ctx, cmd),
        Command::Action(cmd) => group::run_action(&ctx, cmd),
        Command::Scheme(cmd) => scheme::run(&ctx, cmd),
        Command::Measure(cmd) => measure::run(&ctx, cmd),
        Command::Briefing(cmd) => briefing::run(&ctx, cmd),
        Command::Init => admin::init(&ctx),
        Command::Db(cmd) => admin::db(&ctx, cmd),
        Command::Log(args) => admin::log(&ctx, args),
        Command::Demo => admin::demo(&ctx),
        Command::Publish(a) => publish::run(&ctx, a),
        Command::Completions(args) => admin::completions(&ctx, args),
        Command::Man(a) => man::man(&ctx, &a.command, a.dir.as_deref(), a.roff),
        Command::CompleteValues(a) => admin::complete_values(&ctx, &a.kind),
    }
}

/// Reads an input file, or stdin for `-`. Returns the bytes and the name to use in
/// messages.
pub fn read_input(path: &str) -> Result<(Vec<u8>, String)> {
    if path == "-" {
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut data)?;
        return Ok((data, "stdin".to_string()));
    }
    match std::fs::read(path) {
        Ok(data) => Ok((data, path.to_string())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(Error::not_found(format!("no such file: {path:?} (FILE)")).into())
        }
        Err(e) => Err(Error::storage(format!("cannot read {path:?}: {e} (FILE)")).into()),
    }
}

/// Opens an input file, or stdin for `-`, to be read as it goes (for files too large to
/// hold). Returns the reader and the name to use in messages.
pub fn open_input(path: &str) -> Result<(Box<dyn std::io::Read>, String)> {
    if path == "-" {
        return Ok((Box::new(std::io::stdin()), "stdin".to_string()));
    }
    match std::fs::File::open(path) {
        Ok(f) => Ok((Box::new(f), path.to_string())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(Error::not_found(format!("no such file: {path:?} (FILE)")).into())
        }
        Err(e) => Err(Error::storage(format!("cannot read {path:?}: {e} (FILE)")).into()),
    }
}

/// One line on stderr. A message that cannot be written (stderr closed or full) is
/// dropped: there is nowhere left to say so, and it must not undo the command's work.
pub fn stderr_line(text: &str) {
    let _ = writeln!(std::io::stderr(), "{text}");
}

/// `--from` or `--correction` on an edit that changes nothing dated: exit 3, naming the
/// fields they apply to (`applies_to`) and what the others are (`rest`).
pub fn refuse_undated(
    from: Option<chrono::NaiveDate>,
    correction: bool,
    applies_to: &str,
    rest: &str,
    hint: &str,
) -> engage::Result<()> {
    if from.is_none() && !correction {
        return Ok(());
    }
    let flag = if correction { "--correction" } else { "--from" };
    Err(Error::invalid(format!("{flag} applies to {applies_to} only: {rest} ({flag})")).with_hint(hint))
}

/// Dates, months and financial years are parsed by clap as the command line is read,
/// each by one of these. A bad value is engage's own error (exit 3, with its hint), not
/// clap's usage error: `main` names the option it came from, which clap knows.
pub fn date_arg(text: &str) -> engage::Result<chrono::NaiveDate> {
    engage::dates::parse_date(text, "")
}

pub fn month_arg(text: &str) -> engage::Result<engage::dates::Month> {
    engage::dates::parse_month(text, "")
}

pub fn fy_arg(text: &str) -> engage::Result<engage::dates::FinancialYear> {
    engage::dates::parse_financial_year(text, "")
}

/// Bytes on stdout, flushed: every command's output goes this way (or through
/// [`Ctx::print_or`]), so that a closed pipe or a full disk is an error, never a panic.
pub fn stdout_bytes(bytes: &[u8]) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}

/// The terminal's columns and rows, when stdout is one.
fn terminal_size() -> Option<(usize, usize)> {
    let stdout = std::io::stdout();
    if !stdout.is_terminal() {
        return None;
    }
    let size = rustix::termios::tcgetwinsize(&stdout).ok()?;
    (size.ws_col > 0 && size.ws_row > 0).then(|| (usize::from(size.ws_col), usize::from(size.ws_row)))
}

/// Shows `text` through `$ENGAGE_PAGER`, else `$PAGER`, else `less -FRX`, as git does; a
/// pager of `cat` (or none that starts) prints it directly.
fn page(text: &[u8]) -> Result<()> {
    let pager = ["ENGAGE_PAGER", "PAGER"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|p| !p.trim().is_empty()))
        .unwrap_or_else(|| "less -FRX".to_string());
    if pager.trim() == "cat" {
        return Ok(stdout_bytes(text)?);
    }
    let child = std::process::Command::new("sh")
        .arg("-c")
        .arg(&pager)
        .env("LESS", std::env::var("LESS").unwrap_or_else(|_| "FRX".to_string()))
        .stdin(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = child else { return Ok(stdout_bytes(text)?) };
    if let Some(mut input) = child.stdin.take() {
        // The reader may quit early (q in less): not an error.
        let _ = input.write_all(text);
    }
    child.wait()?;
    Ok(())
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// The command whose page to print, e.g. `session export` [default: engage's own].
    command: Vec<String>,
    /// Write every page (engage.1, engage-session-export.1, ...) into this folder.
    #[arg(long, value_name = "DIR", conflicts_with = "command")]
    dir: Option<PathBuf>,
    /// Print the page's roff source even at a terminal (it is what a pipe gets).
    #[arg(long, conflicts_with = "dir")]
    roff: bool,
}

#[derive(Debug, clap::Args)]
pub struct CompleteValuesArgs {
    /// locality, practice, meeting, person, group or month.
    kind: String,
}
