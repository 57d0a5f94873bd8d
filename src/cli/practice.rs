//! `engage practice …`

use chrono::NaiveDate;
use std::io::IsTerminal;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::output::Output;
use engage::practice::{self, Changes, Setting, StatusFilter};
use engage::practice_import::{self, Source};
use engage::store::{Access, Written};
use engage::{dates, locality};

use super::{Ctx, read_input};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum PracticeCommand {
    /// Add a practice to the register.
    #[command(after_help = "Examples:\n  \
        engage practice add M81004 'Riverside Surgery' --locality Evesham\n  \
        engage practice add M81099 'New Road' --locality EVE --opened 2027-04-01")]
    Add(AddArgs),
    /// Import practices from an NHS file or an engage CSV (upsert by code; never deletes).
    #[command(after_help = "Examples:\n  \
        # new practices go to the locality named\n  \
        engage practice import epraccur.csv --commissioner 05T --locality Evesham\n  \
        # list sizes of practices already held\n  \
        engage practice import gp-reg-pat-prac-all.csv\n  \
        # an engage CSV (code,name,locality,...): show the changes, write nothing\n  \
        engage practice import practices.csv --dry-run\n  \
        # from stdin\n  \
        engage practice import - --source epraccur --commissioner 05T < epraccur.csv\n  \
        # the GP workforce census, as at its date\n  \
        engage practice import census.csv --source workforce --as-at 2019-09-30")]
    Import(ImportArgs),
    /// List practices, by code.
    #[command(
        after_help = "Examples:\n  engage practice list --locality Evesham\n  engage practice list --status all --format csv > practices.csv"
    )]
    List(ListArgs),
    /// Show one practice with all the register holds about it.
    #[command(after_help = "Examples:\n  engage practice show M81004")]
    Show(ShowArgs),
    /// Change a practice's details: its locality from a date, the rest for all time.
    #[command(after_help = "Examples:\n  \
        engage practice edit M81007 --locality Malvern --from 2027-04-01\n  \
        # it was never in Malvern\n  \
        engage practice edit M81007 --locality Evesham --correction\n  \
        engage practice edit M81004 --setting rural --phone ''")]
    Edit(EditArgs),
    /// List a practice's localities over time, and when it opened and closed.
    #[command(after_help = "Examples:\n  engage practice history M81007")]
    History(ShowArgs),
    /// Put many practices in their localities from a CSV code,locality (what edit --locality does for one).
    #[command(after_help = "Examples:\n  \
        engage practice place fixtures/05T-localities.csv --dry-run\n  \
        # practices that move on 1 April\n  \
        engage practice place moves.csv --from 2027-04-01")]
    Place(PlaceArgs),
    /// Close a practice; it is kept with its history and hidden from default lists.
    #[command(after_help = "Examples:\n  engage practice close M81079 --date 2027-04-30 --merged-into M81004")]
    Close(CloseArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// ODS practice code, e.g. M81004.
    code: String,
    /// The practice's name.
    name: String,
    /// The locality it belongs to (name or code).
    #[arg(long)]
    locality: String,
    /// Registered patients.
    #[arg(long, value_name = "N")]
    list_size: Option<String>,
    /// Postcode (stored upper-case, one space).
    #[arg(long)]
    postcode: Option<String>,
    /// Phone number.
    #[arg(long, value_name = "T")]
    phone: Option<String>,
    /// Urban, rural or mixed.
    #[arg(long, value_parser = super::choice::<Setting>())]
    setting: Option<Setting>,
    /// The day it opened: it is expected at its locality's meetings from then on.
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    opened: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to import, or - for stdin.
    file: String,
    /// What kind of file it is; `auto` tells by the first line.
    #[arg(long, value_parser = super::choice::<Source>(), default_value_t = Source::Auto)]
    source: Source,
    /// Take only this commissioner's rows (epraccur field 15, or the list-size file's CCG/sub-ICB code).
    #[arg(long, value_name = "CODE")]
    commissioner: Option<String>,
    /// Where new practices go when the file names no locality [default: Unassigned].
    #[arg(long, value_name = "L")]
    locality: Option<String>,
    /// The census date of a workforce census (--source workforce).
    #[arg(long, value_name = "D", value_parser = super::date_arg, required_if_eq("source", "workforce"))]
    as_at: Option<NaiveDate>,
    /// Show what would change and write nothing.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this locality's practices (name or code).
    #[arg(long, value_name = "L")]
    locality: Option<String>,
    /// Open, closed or all practices.
    #[arg(long, value_parser = super::choice::<StatusFilter>(), default_value_t = StatusFilter::Open)]
    status: StatusFilter,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// ODS practice code (any case).
    code: String,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true))]
#[command(override_usage = "engage practice edit <CODE> [--locality L [--from D | --correction]]\n       \
                            engage practice edit <CODE> [--name N] [--list-size N] [--postcode P] [--phone T] [--setting S]")]
pub struct EditArgs {
    /// ODS practice code (any case).
    code: String,
    /// Correct the name.
    #[arg(long, group = "change")]
    name: Option<String>,
    /// Move the practice to this locality (name or code), from --from.
    #[arg(long, value_name = "L", group = "change")]
    locality: Option<String>,
    /// Registered patients.
    #[arg(long, value_name = "N", group = "change")]
    list_size: Option<String>,
    /// Correct the postcode ('' clears it).
    #[arg(long, group = "change")]
    postcode: Option<String>,
    /// Correct the phone number ('' clears it).
    #[arg(long, value_name = "T", group = "change")]
    phone: Option<String>,
    /// Urban, rural or mixed.
    #[arg(long, value_parser = super::choice::<Setting>(), group = "change")]
    setting: Option<Setting>,
    /// The first day in the new locality; the old one ends the day before [default: today].
    #[arg(long, value_name = "D", conflicts_with = "correction", value_parser = super::date_arg)]
    from: Option<NaiveDate>,
    /// Replace the locality for all time: a typing mistake, not a move.
    #[arg(long)]
    correction: bool,
}

#[derive(Debug, Args)]
pub struct PlaceArgs {
    /// CSV with a header and columns code,locality (name or code), or - for stdin.
    file: String,
    /// The first day in the new locality, for practices that move [default: today]; practices still in Unassigned are placed for all time.
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    from: Option<NaiveDate>,
    /// Show the counts and write nothing.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// ODS practice code (any case).
    code: String,
    /// The day it closed [default: today].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    date: Option<NaiveDate>,
    /// The practice it merged into.
    #[arg(long, value_name = "CODE")]
    merged_into: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: PracticeCommand) -> Result<()> {
    match cmd {
        PracticeCommand::Add(a) => {
            let changes = Changes {
                name: Some(a.name),
                locality: Some(a.locality),
                list_size: a.list_size,
                postcode: a.postcode,
                phone: a.phone,
                setting: a.setting,
                opened: a.opened,
            };
            ctx.write(|tx| {
                let p = practice::add(tx, &a.code, &changes)?;
                let summary = format!("added practice {} {}", p.code, p.name);
                Ok(summary)
            })?;
        }
        PracticeCommand::Import(a) if a.source == Source::Workforce => {
            let (data, file) = read_input(&a.file)?;
            let as_at = a.as_at.expect("clap requires --as-at with --source workforce");
            if a.commissioner.is_some() || a.locality.is_some() {
                return Err(engage::Error::usage(
                    "--commissioner and --locality do not apply to a workforce census: it records figures of practices already held",
                )
                .into());
            }
            let mut reg = ctx.open(Access::writing(a.dry_run))?;
            let summary = reg.write(a.dry_run, |tx| {
                let s = practice::census::import(tx, &data, &file, as_at)?;
                Ok(Written { summary: format!("imported {file}: {}", s.line()), value: s })
            })?;
            let verb = if a.dry_run { "dry run of" } else { "imported" };
            let nothing = if a.dry_run { " (nothing written)" } else { "" };
            ctx.note(format!("{verb} {file}: {}{nothing}", summary.line()));
        }
        PracticeCommand::Import(a) => {
            if a.as_at.is_some() {
                return Err(engage::Error::usage(
                    "--as-at is the date of a workforce census: give it with --source workforce",
                )
                .into());
            }
            let (data, file) = read_input(&a.file)?;
            let mut reg = ctx.open(Access::writing(a.dry_run))?;
            let options = practice_import::Options {
                source: a.source,
                commissioner: a.commissioner.as_deref(),
                locality: a.locality.as_deref(),
                list_changes: a.dry_run,
                today: dates::today()?,
            };
            // A national file without --commissioner adds thousands of practices: at a
            // terminal, ask first (after a trial run, rolled back); in a script, say so.
            const MANY: usize = 1000;
            let unfiltered = a.commissioner.is_none() && !a.dry_run;
            if unfiltered && !ctx.yes() && std::io::stdin().is_terminal() {
                let trial = reg.write(true, |tx| {
                    Ok(Written {
                        value: practice_import::import(tx, &data, &file, options)?.inserted,
                        summary: String::new(),
                    })
                })?;
                if trial > MANY {
                    ctx.confirm(&format!("{file} would add {trial} practices (no --commissioner): import them all?"))?;
                }
            }
            let summary = reg.write(a.dry_run, |tx| {
                let s = practice_import::import(tx, &data, &file, options)?;
                let mut line = format!("imported {file}: {}", s.line());
                for c in &s.closures {
                    line.push_str(&format!("; {c}"));
                }
                Ok(Written { value: s, summary: line })
            })?;
            if unfiltered && summary.inserted > MANY {
                ctx.note(format!(
                    "note: {} practices added without --commissioner; `--commissioner CODE` takes one group's",
                    summary.inserted
                ));
            }
            for w in &summary.warnings {
                ctx.warn(w);
            }
            for c in &summary.closures {
                ctx.note(c);
            }
            if a.dry_run {
                let line = summary.line();
                ctx.print(&Output::Table(crate::view::facts::import_changes(&summary.changes)))?;
                ctx.note(format!("dry run of {file}: {line} (nothing written)"));
            } else {
                ctx.note(format!("imported {file}: {}", summary.line()));
            }
        }
        PracticeCommand::List(a) => {
            let reg = ctx.open(Access::Read)?;
            let locality_id = a.locality.map(|l| locality::find(&reg.db, &l)).transpose()?.map(|l| l.id);
            let practices = practice::list(&reg.db, locality_id, a.status)?;
            ctx.print(&Output::Table(crate::view::facts::practices(&practices)))?;
        }
        PracticeCommand::Show(a) => {
            let reg = ctx.open(Access::Read)?;
            ctx.print(&Output::Record(crate::view::shows::practice(&engage::show::practice(
                &reg.db,
                &a.code,
                dates::today()?,
            )?)))?;
        }
        PracticeCommand::Edit(a) => {
            let today = dates::today()?;
            if a.locality.is_none() {
                super::refuse_undated(
                    a.from,
                    a.correction,
                    "--locality",
                    "a practice's other details are corrections for all time",
                    "leave it out to correct the name, list size, postcode, phone or setting",
                )?;
            }
            let when = engage::history::Effective::from_args(a.from, a.correction, today);
            let changes = Changes {
                name: a.name,
                locality: a.locality,
                list_size: a.list_size,
                postcode: a.postcode,
                phone: a.phone,
                setting: a.setting,
                opened: None,
            };
            ctx.write(|tx| {
                let (p, changed) = practice::edit(tx, &a.code, &changes, when, today)?;
                let summary = if changed {
                    format!("changed practice {} {}", p.code, p.name)
                } else {
                    format!("practice {} {} already had those details", p.code, p.name)
                };
                Ok(summary)
            })?;
        }
        PracticeCommand::History(a) => {
            let reg = ctx.open(Access::Read)?;
            let periods = engage::practice::periods(&reg.db, &a.code)?;
            ctx.print(&Output::Table(crate::view::facts::practice_history(&periods)))?;
        }
        PracticeCommand::Place(a) => {
            let today = dates::today()?;
            let from = a.from.unwrap_or(today);
            let (data, file) = read_input(&a.file)?;
            let mut reg = ctx.open(Access::writing(a.dry_run))?;
            let placed = reg.write(a.dry_run, |tx| {
                let placed = engage::practice::place::place(tx, &data, &file, from, today)?;
                Ok(Written { summary: format!("placed practices from {file}: {}", placed.line()), value: placed })
            })?;
            let tail = if a.dry_run { " (dry run: nothing written)" } else { "" };
            ctx.note(format!("{file}: {}{tail}", placed.line()));
        }
        PracticeCommand::Close(a) => {
            let today = dates::today()?;
            let date = a.date.unwrap_or(today);
            ctx.confirm_write(
                |m| format!("Close practice {}: {m}?", a.code.to_ascii_uppercase()),
                |tx| {
                    Ok(engage::lifecycle::close_practice(tx, &a.code, date, a.merged_into.as_deref(), today)?
                        .describe())
                },
            )?;
        }
    }
    Ok(())
}
