//! `engage project …`

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::output::Output;
use crate::view;
use engage::appointment::{self, Scope};
use engage::store::{Access, Written};
use engage::{dates, project, units};

use super::Ctx;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ProjectCommand {
    /// Add a time-limited project and the skills it needs.
    #[command(after_help = "Examples:\n  \
        engage project add Triage --from 2027-04-01 --until 2028-03-31\n  \
        engage project add Triage --needs 'urgent care,service redesign'\n  \
        engage project add Triage --sessions-budget 48")]
    Add(AddArgs),
    /// List projects.
    #[command(after_help = "Examples:\n  engage project list")]
    List,
    /// Show a project, its people and who matches its needs.
    #[command(after_help = "Examples:\n  engage project show 'Urgent care redesign'")]
    Show(NameArg),
    /// Close a project; its assignments end.
    #[command(after_help = "Examples:\n  engage project close 'Urgent care redesign' --yes")]
    Close(CloseArgs),
    /// People whose skills cover the project's needs, best first.
    #[command(after_help = "Examples:\n  engage project match 'Urgent care redesign'")]
    Match(NameArg),
    /// Print the project's advert and record it as a briefing to those it goes to.
    #[command(after_help = "Examples:\n  \
        # to everyone whose skills match a need, sessional GPs included\n  \
        engage project advertise Triage > advert.txt\n  \
        engage project advertise Triage --sessional --locality Evesham")]
    Advertise(AdvertiseArgs),
    /// Record that someone would like to work on a project.
    #[command(after_help = "Examples:\n  engage project interest Triage 7054321 --note 'Two sessions a month'")]
    Interest(InterestArgs),
    /// Assign a person to a project (an appointment tied to it).
    #[command(after_help = "Examples:\n  \
        engage project assign Triage 'Dr Tom Reed' --role clinical-lead\n  \
        engage project assign Triage 7054321 --sessions-per-month 4")]
    Assign(AssignArgs),
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ProjectRole {
    ClinicalLead,
    Manager,
    Member,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The project's name.
    name: String,
    /// The project's first day.
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    from: Option<NaiveDate>,
    /// The project's last day.
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    until: Option<NaiveDate>,
    /// Skills needed, comma-separated.
    #[arg(long, value_name = "SKILL,...", value_delimiter = ',')]
    needs: Vec<String>,
    /// Sessions the project may pay for in all.
    #[arg(long, value_name = "N")]
    sessions_budget: Option<String>,
}

#[derive(Debug, Args)]
pub struct NameArg {
    /// The project's name (any case).
    name: String,
}

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// The project's name.
    name: String,
    /// The day it closed [default: today].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    date: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct AdvertiseArgs {
    /// The project's name (any case).
    name: String,
    #[command(flatten)]
    audience: super::person::AudienceArgs,
}

#[derive(Debug, Args)]
pub struct InterestArgs {
    /// The project's name (any case).
    name: String,
    /// Id, email, GMC number, or a name that matches one person.
    person: String,
    /// What they said.
    #[arg(long, value_name = "T")]
    note: Option<String>,
}

#[derive(Debug, Args)]
pub struct AssignArgs {
    /// The project's name (any case).
    name: String,
    /// Id, email, GMC number, or a name that matches one person.
    person: String,
    /// The role on the project, e.g. clinical-lead.
    #[arg(long, value_enum, default_value = "member")]
    role: ProjectRole,
    /// Sessions a month, paid for each month it is active (0.01 to 40).
    #[arg(long, value_name = "N")]
    sessions_per_month: Option<String>,
    /// First day [default: today, or the project's start if later].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    from: Option<NaiveDate>,
    /// Last day [default: the project's end].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    until: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, cmd: ProjectCommand) -> Result<()> {
    let today = dates::today()?;
    match cmd {
        ProjectCommand::Add(a) => {
            let (from, until) = (a.from, a.until);
            let budget = a
                .sessions_budget
                .as_deref()
                .map(|s| units::parse_hundredths(s, "--sessions-budget", &units::PROJECT))
                .transpose()?;
            let needs: Vec<String> = a.needs.into_iter().filter(|n| !n.trim().is_empty()).collect();
            ctx.write(|tx| {
                let p = project::add(tx, &a.name, from, until, &needs, budget)?;
                let summary = format!(
                    "added project {} needing {}",
                    p.name,
                    if p.needs.is_empty() { "-".into() } else { p.needs.join(", ") }
                );
                Ok(summary)
            })?;
        }
        ProjectCommand::List => {
            let reg = ctx.open(Access::Read)?;
            ctx.print(&Output::Table(view::facts::projects(&project::list(&reg.db)?)))?;
        }
        ProjectCommand::Show(a) => {
            let reg = ctx.open(Access::Read)?;
            ctx.print(&Output::Record(view::shows::project(&project::show(&reg.db, &a.name, today)?)))?;
        }
        ProjectCommand::Close(a) => {
            let on = a.date.unwrap_or(today);
            ctx.confirm_write(
                |m| format!("{}?", m.replacen("closed", "Close", 1)),
                |tx| {
                    let (p, ended) = project::close(tx, &a.name, on)?;
                    Ok(format!("closed project {} on {on}; {ended} assignment(s) ended", p.name))
                },
            )?;
        }
        ProjectCommand::Match(a) => {
            let reg = ctx.open(Access::Read)?;
            ctx.print(&Output::Table(view::facts::found(&project::matches(&reg.db, &a.name, today)?)))?;
        }
        ProjectCommand::Advertise(a) => {
            let words = a.audience.words();
            let filtered = words != "everyone";
            let mut reg = ctx.open(Access::Write)?;
            let text = reg.write(false, |tx| {
                let audience = if filtered { Some(a.audience.audience(tx)?) } else { None };
                let (p, text, people) = project::advert(tx, &a.name, audience.as_ref(), today)?;
                let words = if filtered { words.clone() } else { format!("skills matching {}", p.needs.join(", ")) };
                let (id, n) = engage::briefing::record(tx, &p.name, today, None, &people, &words)?;
                let summary =
                    format!("advertised {} as briefing {id} to {}", p.name, view::facts::count(n, "person", "people"));
                Ok(Written { value: (text, summary.clone()), summary })
            })?;
            super::stdout_bytes(text.0.as_bytes())?;
            ctx.note(text.1);
        }
        ProjectCommand::Interest(a) => {
            ctx.write(|tx| {
                let (p, person) = project::interest(tx, &a.name, &a.person, a.note.as_deref(), today)?;
                Ok(format!("recorded {}'s interest in {}", person.name, p.name))
            })?;
        }
        ProjectCommand::Assign(a) => {
            let sessions = a
                .sessions_per_month
                .as_deref()
                .map(|s| units::parse_hundredths(s, "--sessions-per-month", &units::PER_MONTH))
                .transpose()?;
            let (from, until) = (a.from, a.until);
            ctx.write(|tx| {
                let p = project::find(tx, &a.name)?;
                if let Some(d) = p.closed_on {
                    return Err(engage::Error::conflict(format!("project {} closed on {d}", p.name)));
                }
                let from = from.unwrap_or_else(|| p.from.map_or(today, |f| f.max(today)));
                let until = until.or(p.until);
                let role = match a.role {
                    ProjectRole::ClinicalLead => "clinical-lead",
                    ProjectRole::Manager => "manager",
                    ProjectRole::Member => "member",
                };
                let scope = Scope { project_id: Some(p.id), ..Scope::default() };
                let ap = appointment::appoint(tx, &a.person, role, &scope, sessions, from, until)?;
                let summary =
                    format!("assigned {} to {} as {role} from {from} (appointment {})", ap.person.name, p.name, ap.id);
                Ok(summary)
            })?;
        }
    }
    Ok(())
}
