//! `engage briefing …`

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::output::Output;
use engage::briefing;
use engage::dates;
use engage::store::Access;

use super::Ctx;
use super::person::AudienceArgs;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum BriefingCommand {
    /// Record a briefing sent, with its recipients as they are now.
    #[command(after_help = "Examples:\n  \
        engage briefing add 'Issue 14' --role 'gp-*' --link https://example.org/14\n  \
        engage briefing add 'Locum bulletin' --sessional --date 2027-01-08")]
    Add(AddArgs),
    /// List the briefings sent, by number.
    #[command(after_help = "Examples:\n  engage briefing list")]
    List,
    /// Show a briefing and the people it went to.
    #[command(after_help = "Examples:\n  engage briefing show 14")]
    Show(IdArg),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The briefing's title.
    title: String,
    /// The day it was sent [default: today].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    date: Option<NaiveDate>,
    /// Where it can be read.
    #[arg(long, value_name = "URL")]
    link: Option<String>,
    #[command(flatten)]
    audience: AudienceArgs,
}

#[derive(Debug, Args)]
pub struct IdArg {
    /// The briefing's number (see `briefing list`).
    id: String,
}

pub fn run(ctx: &Ctx, cmd: BriefingCommand) -> Result<()> {
    let today = dates::today()?;
    match cmd {
        BriefingCommand::Add(a) => {
            let date = a.date.unwrap_or(today);
            ctx.write(|tx| {
                let audience = a.audience.audience(tx)?;
                let (id, n) =
                    briefing::add(tx, &a.title, date, a.link.as_deref(), &audience, &a.audience.words(), today)?;
                Ok(format!(
                    "recorded briefing {id}: {} to {}",
                    a.title,
                    crate::view::facts::count(n, "person", "people")
                ))
            })?;
        }
        BriefingCommand::List => {
            let reg = ctx.open(Access::Read)?;
            ctx.print(&Output::Table(crate::view::shows::briefings(&briefing::list(&reg.db)?)))?;
        }
        BriefingCommand::Show(a) => {
            let id = briefing::parse_id(&a.id)?;
            let reg = ctx.open(Access::Read)?;
            let (b, recipients) = briefing::show(&reg.db, id)?;
            ctx.print(&Output::Record(crate::view::shows::briefing(&b, &recipients)))?;
        }
    }
    Ok(())
}
