//! The command line: global options, the subcommands (one module each), and the
//! context they share for opening the register and printing.

mod admin;
mod locality;
mod meeting;
mod person;
mod practice;
mod project;
mod report;
mod session;
mod skill;

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::Result;
use clap::{Parser, Subcommand};

use engage::Error;
use engage::output::{self, Format, Output, Style};
use engage::store::{self, Access, Actor, Register};

/// The register of a commissioning group's member practices, localities, people,
/// meetings and session payments.
#[derive(Debug, Parser)]
#[command(name = "engage", version, propagate_version = true, max_term_width = 100)]
#[command(after_help = "Start with `engage demo`, then `engage --help` for each command.\n\
The register is --db, else $ENGAGE_DB, else the engage folder of your data directory.")]
pub struct Cli {
    /// The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db].
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Output format for data on stdout.
    #[arg(long, global = true, env = "ENGAGE_FORMAT", value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Silence messages on stderr (warnings and errors still show).
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Answer yes to confirmations; needed for destructive commands off a terminal.
    #[arg(short, long, global = true)]
    pub yes: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Member practices: add, import NHS files, list, show, edit, close.
    #[command(subcommand)]
    Practice(Deferred<practice::PracticeCommand>),
    /// Localities: the groups of practices that meet monthly.
    #[command(subcommand)]
    Locality(Deferred<locality::LocalityCommand>),
    /// People and the roles they hold: GPs (partners, salaried, locums), managers, nurses.
    #[command(subcommand)]
    Person(Deferred<person::PersonCommand>),
    /// Skills and interests of people, the search for the right person, the skills survey.
    #[command(subcommand)]
    Skill(Deferred<skill::SkillCommand>),
    /// Meetings: the year's schedule, who came for which practice, declarations, the calendar.
    #[command(subcommand)]
    Meeting(Deferred<meeting::MeetingCommand>),
    /// Sessions and payments: rates, claims, the monthly payment CSV, budgets.
    #[command(subcommand)]
    Session(Deferred<session::SessionCommand>),
    /// Reports: engagement, localities, sessions and budgets, sessional GPs, visits, skills, interests.
    #[command(subcommand)]
    Report(Deferred<report::ReportCommand>),
    /// Time-limited commissioning projects and who works on them.
    #[command(subcommand)]
    Project(Deferred<project::ProjectCommand>),
    /// Create the register (also done on the first write).
    #[command(after_help = "Example:\n  engage init\n  engage --db ~/work/register.db init")]
    Init,
    /// The register file: its path, checks and backups.
    #[command(subcommand)]
    Db(Deferred<admin::DbCommand>),
    /// The audit trail: every write, newest first.
    #[command(after_help = "Example:\n  engage log --limit 5")]
    Log(admin::LogArgs),
    /// Build a fictional group's register and show a short tour of it.
    #[command(after_help = "Example:\n  engage demo\n  engage demo --db /tmp/demo.db")]
    Demo,
    /// Print a shell completion script.
    #[command(after_help = "Example:\n  engage completions bash > ~/.local/share/bash-completion/completions/engage")]
    Completions(admin::CompletionsArgs),
    /// Print the man page (roff) on stdout.
    #[command(after_help = "Example:\n  engage man > engage.1 && man ./engage.1")]
    Man,
}

/// A group of subcommands (`practice`, `session`, ...) whose own subcommands and
/// options clap builds only when the group is invoked (or for help, completions and
/// the man page), not on every run: building all of them was a tenth of the time of
/// a command on a small register.
#[derive(Debug)]
pub struct Deferred<T>(pub T);

/// Set by [`full_command`]: build every group at once.
static EAGER: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The whole command tree, every group built: for completions and the man page, whose
/// `help` subcommand must list every group's subcommands too.
pub fn full_command() -> clap::Command {
    EAGER.store(true, std::sync::atomic::Ordering::Relaxed);
    <Cli as clap::CommandFactory>::command()
}

impl<T: Subcommand> Subcommand for Deferred<T> {
    fn augment_subcommands(cmd: clap::Command) -> clap::Command {
        if EAGER.load(std::sync::atomic::Ordering::Relaxed) {
            return T::augment_subcommands(cmd);
        }
        cmd.defer(T::augment_subcommands)
    }
    fn augment_subcommands_for_update(cmd: clap::Command) -> clap::Command {
        if EAGER.load(std::sync::atomic::Ordering::Relaxed) {
            return T::augment_subcommands_for_update(cmd);
        }
        cmd.defer(T::augment_subcommands_for_update)
    }
    fn has_subcommand(name: &str) -> bool {
        T::has_subcommand(name)
    }
}

impl<T: clap::FromArgMatches> clap::FromArgMatches for Deferred<T> {
    fn from_arg_matches(matches: &clap::ArgMatches) -> std::result::Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Deferred)
    }
    fn from_arg_matches_mut(matches: &mut clap::ArgMatches) -> std::result::Result<Self, clap::Error> {
        T::from_arg_matches_mut(matches).map(Deferred)
    }
    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> std::result::Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }
    fn update_from_arg_matches_mut(&mut self, matches: &mut clap::ArgMatches) -> std::result::Result<(), clap::Error> {
        self.0.update_from_arg_matches_mut(matches)
    }
}

/// The register a command opened. A writer's closes when the command is done with it.
/// A reader's stays open until the process ends, a moment later: the system then closes
/// its file and releases its locks, which is all that closing does for a reader (it has
/// nothing to write or checkpoint, and SQLite expects readers to stop at any time),
/// without SQLite first freeing its schema and caches an allocation at a time.
pub struct Opened {
    register: Option<Register>,
    close: bool,
}

impl Drop for Opened {
    fn drop(&mut self) {
        if !self.close {
            std::mem::forget(self.register.take());
        }
    }
}

impl std::ops::Deref for Opened {
    type Target = Register;
    fn deref(&self) -> &Register {
        self.register.as_ref().expect("open until dropped")
    }
}

impl std::ops::DerefMut for Opened {
    fn deref_mut(&mut self) -> &mut Register {
        self.register.as_mut().expect("open until dropped")
    }
}

/// What every command gets: the options and the ways to open and print.
pub struct Ctx {
    db_flag: Option<PathBuf>,
    format: Format,
    quiet: bool,
    yes: bool,
}

impl Ctx {
    fn db_path(&self) -> engage::Result<PathBuf> {
        store::resolve_path(self.db_flag.as_deref())
    }

    /// Opens the register for reading (a missing register is exit 4) or writing
    /// (created on first write), for the rest of this command.
    pub fn open(&self, access: Access) -> Result<Opened> {
        let register = Register::open(&self.db_path()?, access, Actor::from_process())?;
        Ok(Opened { register: Some(register), close: access == Access::Write })
    }

    /// Prints command output on stdout in the chosen format.
    pub fn print(&self, out: &Output) -> Result<()> {
        let stdout = std::io::stdout();
        let terminal = stdout.is_terminal();
        let colour = terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        let mut lock = stdout.lock();
        output::render(out, self.format, Style { terminal, colour }, &mut lock)?;
        lock.flush()?;
        Ok(())
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
            eprintln!("{}", text.as_ref());
        }
    }

    /// A warning on stderr; `-q` does not silence it.
    pub fn warn(&self, text: impl AsRef<str>) {
        eprintln!("warning: {}", text.as_ref());
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
        eprint!("{question} [y/N] ");
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
    let ctx = Ctx { db_flag: cli.db, format: cli.format, quiet: cli.quiet, yes: cli.yes };
    match cli.command {
        Command::Practice(Deferred(cmd)) => practice::run(&ctx, cmd),
        Command::Locality(Deferred(cmd)) => locality::run(&ctx, cmd),
        Command::Person(Deferred(cmd)) => person::run(&ctx, cmd),
        Command::Skill(Deferred(cmd)) => skill::run(&ctx, cmd),
        Command::Meeting(Deferred(cmd)) => meeting::run(&ctx, cmd),
        Command::Session(Deferred(cmd)) => session::run(&ctx, cmd),
        Command::Report(Deferred(cmd)) => report::run(&ctx, cmd),
        Command::Project(Deferred(cmd)) => project::run(&ctx, cmd),
        Command::Init => admin::init(&ctx),
        Command::Db(Deferred(cmd)) => admin::db(&ctx, cmd),
        Command::Log(args) => admin::log(&ctx, args),
        Command::Demo => admin::demo(&ctx),
        Command::Completions(args) => admin::completions(&ctx, args),
        Command::Man => admin::man(&ctx),
    }
}

/// The bytes of an input file: mapped into memory (a national file is read without
/// copying it), or read whole (stdin, pipes, empty files).
pub enum Input {
    Mapped(memmap2::Mmap),
    Read(Vec<u8>),
}

impl std::ops::Deref for Input {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Input::Mapped(m) => m,
            Input::Read(v) => v,
        }
    }
}

/// Reads an input file, or stdin for `-`. Returns the bytes and the name to use in
/// messages.
pub fn read_input(path: &str) -> Result<(Input, String)> {
    if path == "-" {
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut data)?;
        return Ok((Input::Read(data), "stdin".to_string()));
    }
    let failed = |e: std::io::Error| -> anyhow::Error {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::not_found(format!("no such file: {path:?} (FILE)")).into()
        } else {
            Error::storage(format!("cannot read {path:?}: {e} (FILE)")).into()
        }
    };
    let file = std::fs::File::open(path).map_err(failed)?;
    let meta = file.metadata().map_err(failed)?;
    if meta.is_file() && meta.len() > 0 {
        // SAFETY: the map is only read. Should another program truncate the file while
        // it is imported, the process dies of SIGBUS inside its write transaction,
        // which is rolled back: nothing is written, as for any other failed import.
        if let Ok(map) = unsafe { memmap2::MmapOptions::new().populate().map(&file) } {
            return Ok((Input::Mapped(map), path.to_string()));
        }
    }
    let mut data = Vec::new();
    std::io::Read::read_to_end(&mut &file, &mut data).map_err(failed)?;
    Ok((Input::Read(data), path.to_string()))
}
