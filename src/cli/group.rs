//! `engage group …` and `engage action …`

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::output::Output;
use crate::view;
use engage::group::{self, Kind};
use engage::meeting::business::{self, ActionFilter};
use engage::store::Access;
use engage::{dates, meeting, person};

use super::Ctx;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum GroupCommand {
    /// Add a peer group, committee or forum.
    #[command(after_help = "Examples:\n  \
        engage group add 'North peer group' --kind peer-group\n  \
        engage group add Board --kind committee --quorum 4")]
    Add(AddArgs),
    /// List the groups with their members today and their next meeting.
    #[command(after_help = "Examples:\n  engage group list")]
    List,
    /// Show a group: members and their terms, its practices and their mix.
    #[command(after_help = "Examples:\n  engage group show 'North peer group'")]
    Show(NameArg),
    /// Rename a group or change its quorum (for meetings added from now on).
    #[command(after_help = "Examples:\n  engage group edit Board --quorum 5")]
    Edit(EditArgs),
    /// Remove a group that has no meetings, with its memberships.
    #[command(after_help = "Examples:\n  engage group remove 'Old forum' --yes")]
    Remove(NameArg),
    /// Give practices or people a seat: a MEMBER shaped like an ODS code is a practice.
    #[command(after_help = "Examples:\n  \
        engage group join 'North peer group' M81004 M81007 M81012\n  \
        engage group join Board 'Asha Patel' --from 2026-04-01\n  \
        engage group join Board pam@nhs.net --non-voting")]
    Join(JoinArgs),
    /// End a practice's or person's seat on a day (their last).
    #[command(after_help = "Examples:\n  engage group leave Board 'Asha Patel' --date 2027-03-31")]
    Leave(LeaveArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The group's name.
    name: String,
    /// What sort of group it is.
    #[arg(long, value_parser = super::choice::<Kind>())]
    kind: Kind,
    /// Voting members needed at its meetings (present, not withdrawn).
    #[arg(long, value_name = "N")]
    quorum: Option<String>,
}

#[derive(Debug, Args)]
pub struct NameArg {
    /// The group's name (any case, or its first words).
    name: String,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The group's name (any case, or its first words).
    name: String,
    /// A new name.
    #[arg(long = "name", value_name = "NAME")]
    new_name: Option<String>,
    /// Voting members needed at meetings added from now on.
    #[arg(long, value_name = "N")]
    quorum: Option<String>,
}

#[derive(Debug, Args)]
pub struct JoinArgs {
    /// The group's name (any case, or its first words).
    name: String,
    /// Practices (ODS codes) or people (id, email, GMC number or name).
    #[arg(required = true)]
    members: Vec<String>,
    /// The people vote [default for a committee's people].
    #[arg(long, conflicts_with = "non_voting")]
    voting: bool,
    /// The people do not vote [default outside committees].
    #[arg(long)]
    non_voting: bool,
    /// The first day of the seat [default: today].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    from: Option<NaiveDate>,
    /// The last day of the seat [default: open-ended].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    until: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct LeaveArgs {
    /// The group's name (any case, or its first words).
    name: String,
    /// A practice (ODS code) or a person (id, email, GMC number or name).
    member: String,
    /// The last day of the seat.
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    date: NaiveDate,
}

pub fn run(ctx: &Ctx, cmd: GroupCommand) -> Result<()> {
    let today = dates::today()?;
    match cmd {
        GroupCommand::Add(a) => {
            let quorum = a.quorum.as_deref().map(meeting::parse_quorum).transpose()?;
            ctx.write(|tx| {
                let g = group::add(tx, &a.name, a.kind, quorum)?;
                Ok(format!("added {} {}", g.kind.as_str(), g.name))
            })?;
        }
        GroupCommand::List => {
            let reg = ctx.open(Access::Read)?;
            ctx.print(&Output::Table(view::facts::groups(&group::list(&reg.db, today)?)))?;
        }
        GroupCommand::Show(a) => {
            let reg = ctx.open(Access::Read)?;
            ctx.print(&Output::Record(crate::view::shows::group(&group::show(&reg.db, &a.name, today)?)))?;
        }
        GroupCommand::Edit(a) => {
            let quorum = a.quorum.as_deref().map(meeting::parse_quorum).transpose()?;
            ctx.write(|tx| {
                let g = group::edit(tx, &a.name, a.new_name.as_deref(), quorum)?;
                Ok(format!("edited group {}", g.name))
            })?;
        }
        GroupCommand::Remove(a) => {
            ctx.confirm_write(
                |m| format!("{}?", m.replacen("removed", "Remove", 1)),
                |tx| {
                    let g = group::remove(tx, &a.name)?;
                    Ok(format!("removed {} {}", g.kind.as_str(), g.name))
                },
            )?;
        }
        GroupCommand::Join(a) => {
            let from = a.from.unwrap_or(today);
            let until = a.until;
            let voting = match (a.voting, a.non_voting) {
                (true, _) => Some(true),
                (_, true) => Some(false),
                _ => None,
            };
            ctx.write(|tx| {
                let g = group::find(tx, &a.name)?;
                let names = group::join(tx, &g, &a.members, voting, from, until)?;
                Ok(format!("{} joined {} from {from}", names.join(", "), g.name))
            })?;
        }
        GroupCommand::Leave(a) => {
            let date = a.date;
            ctx.write(|tx| {
                let g = group::find(tx, &a.name)?;
                let name = group::leave(tx, &g, &a.member, date)?;
                Ok(format!("{name} left {} on {date}", g.name))
            })?;
        }
    }
    Ok(())
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ActionCommand {
    /// List actions agreed at meetings, by number.
    #[command(after_help = "Examples:\n  \
        engage action list --overdue\n  \
        engage action list --open --owner 'Asha Patel'\n  \
        engage action list --group Board")]
    List(ActionListArgs),
    /// Mark an action done.
    #[command(after_help = "Examples:\n  engage action done 12 --note 'Letter sent 3 March'")]
    Done(DoneArgs),
}

#[derive(Debug, Args)]
pub struct ActionListArgs {
    /// Only actions not done yet.
    #[arg(long)]
    open: bool,
    /// Only actions not done and due before today.
    #[arg(long)]
    overdue: bool,
    /// Only this person's actions.
    #[arg(long, value_name = "PERSON")]
    owner: Option<String>,
    /// Only actions from this group's meetings.
    #[arg(long, value_name = "NAME")]
    group: Option<String>,
}

#[derive(Debug, Args)]
pub struct DoneArgs {
    /// The action's number (see `action list`).
    id: String,
    /// The day it was done [default: today].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    date: Option<NaiveDate>,
    /// What was done.
    #[arg(long, value_name = "T")]
    note: Option<String>,
}

/// An action's number as typed.
fn parse_action_id(text: &str) -> engage::Result<i64> {
    engage::units::parse_whole(text, 1..=i64::MAX).ok_or_else(|| {
        engage::Error::invalid(format!("not an action number: {text:?} (ID)"))
            .with_hint("`engage action list` shows the numbers")
    })
}

pub fn run_action(ctx: &Ctx, cmd: ActionCommand) -> Result<()> {
    let today = dates::today()?;
    match cmd {
        ActionCommand::List(a) => {
            let reg = ctx.open(Access::Read)?;
            let filter = ActionFilter {
                open: a.open,
                overdue: a.overdue,
                owner_id: a.owner.as_deref().map(|o| person::find(&reg.db, o)).transpose()?.map(|p| p.id),
                group_id: a.group.as_deref().map(|g| group::find(&reg.db, g)).transpose()?.map(|g| g.id),
                meeting_id: None,
            };
            ctx.print(&Output::Table(view::facts::actions(&business::actions(&reg.db, &filter, today)?, today)))?;
        }
        ActionCommand::Done(a) => {
            let id = parse_action_id(&a.id)?;
            let date = a.date.unwrap_or(today);
            ctx.write(|tx| {
                let act = business::done(tx, id, date, a.note.as_deref(), today)?;
                Ok(format!("action {} done on {date}: {}", act.id, act.text))
            })?;
        }
    }
    Ok(())
}
