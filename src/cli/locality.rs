//! `engage locality …`

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::output::Output;
use engage::locality;
use engage::store::Access;

use super::Ctx;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum LocalityCommand {
    /// Add a locality.
    #[command(after_help = "Examples:\n  engage locality add Evesham --code EVE")]
    Add(AddArgs),
    /// List localities with their practices, patients, lead and next meeting.
    #[command(after_help = "Examples:\n  engage locality list --format csv")]
    List,
    /// Show a locality and its practices.
    #[command(after_help = "Examples:\n  engage locality show evesham")]
    Show(ShowArgs),
    /// Rename or recode a locality (an empty --code clears it).
    #[command(after_help = "Examples:\n  engage locality edit Evesham --name 'Evesham and Pershore' --code EVP")]
    Edit(EditArgs),
    /// Remove a locality; refused while it holds practices unless they move.
    #[command(after_help = "Examples:\n  engage locality remove Unassigned --move-practices-to Evesham --yes")]
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The locality's name.
    name: String,
    /// A short code, e.g. EVE.
    #[arg(long, value_name = "C")]
    code: Option<String>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Name or code (any case).
    name: String,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true))]
#[command(override_usage = "engage locality edit <NAME> [--name <NAME>] [--code <C>]")]
pub struct EditArgs {
    /// Name or code (any case).
    name: String,
    /// The new name.
    #[arg(long = "name", value_name = "NAME", group = "change")]
    new_name: Option<String>,
    /// The new code ('' clears it).
    #[arg(long, value_name = "C", group = "change")]
    code: Option<String>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// Name or code (any case).
    name: String,
    /// Move its practices (open and closed) to this locality first.
    #[arg(long, value_name = "OTHER")]
    move_practices_to: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: LocalityCommand) -> Result<()> {
    match cmd {
        LocalityCommand::Add(a) => {
            ctx.write(|tx| {
                let l = locality::add(tx, &a.name, a.code.as_deref())?;
                let summary = format!("added locality {}", l.name);
                Ok(summary)
            })?;
        }
        LocalityCommand::List => {
            let reg = ctx.open(Access::Read)?;
            let listed = engage::show::localities(&reg.db, engage::dates::today()?)?;
            ctx.print(&Output::Table(crate::view::facts::localities(&listed)))?;
        }
        LocalityCommand::Show(a) => {
            let reg = ctx.open(Access::Read)?;
            let (listed, practices) = engage::show::locality(&reg.db, &a.name, engage::dates::today()?)?;
            ctx.print(&Output::Record(crate::view::shows::locality(&listed, &practices)))?;
        }
        LocalityCommand::Edit(a) => {
            ctx.write(|tx| {
                let l = locality::edit(tx, &a.name, a.new_name.as_deref(), a.code.as_deref())?;
                let summary = format!("changed locality {} (code {})", l.name, l.code.as_deref().unwrap_or("-"));
                Ok(summary)
            })?;
        }
        LocalityCommand::Remove(a) => {
            ctx.confirm_write(
                |m| format!("{m}?").replacen("removed", "Remove", 1).replacen("moved", "move", 1),
                |tx| {
                    let (l, moved, target) = locality::remove(tx, &a.name, a.move_practices_to.as_deref())?;
                    Ok(match target {
                        Some(t) => format!("removed locality {}; moved {moved} practice(s) to {}", l.name, t.name),
                        None => format!("removed locality {}", l.name),
                    })
                },
            )?;
        }
    }
    Ok(())
}
