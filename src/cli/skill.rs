//! `engage skill …`

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::output::Output;
use crate::view;
use engage::person::{self, Role};
use engage::skill::{self, Added, Level, Search};
use engage::store::{Access, Written};
use engage::{dates, locality};

use super::{Ctx, ImportArgs, read_input};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SkillCommand {
    /// Record skills or interests of a person ('Urgent Care' and urgent-care are one skill).
    #[command(after_help = "Examples:\n  engage skill add 'Dr Asha Patel' 'urgent care' diabetes --level specialist")]
    Add(AddArgs),
    /// Remove skills from a person.
    #[command(after_help = "Examples:\n  engage skill remove 'Dr Asha Patel' diabetes")]
    Remove(RemoveArgs),
    /// Every skill with its counts, or one person's skills.
    #[command(after_help = "Examples:\n  engage skill list\n  engage skill list asha.patel@nhs.net")]
    List(ListArgs),
    /// Import skills from CSV `person,skill,level` (person by email or GMC number).
    #[command(after_help = "Examples:\n  engage skill import survey-returns.csv --dry-run")]
    Import(ImportArgs),
    /// People holding all the given skills, best level first, with their current sessions.
    #[command(after_help = "Examples:\n  engage skill find 'urgent care' --locality Evesham --level experienced")]
    Find(FindArgs),
    /// Record a practice's return of the skills survey, or list practices yet to return it.
    #[command(
        after_help = "Examples:\n  engage skill survey M81004 --returned 2027-01-10\n  engage skill survey --missing"
    )]
    Survey(SurveyArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Id, email, GMC number, or a name that matches one person.
    person: String,
    /// One or more skills.
    #[arg(required = true)]
    skills: Vec<String>,
    /// How well they know it.
    #[arg(long, value_parser = super::choice::<Level>(), default_value_t = Level::Interest)]
    level: Level,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// Id, email, GMC number, or a name that matches one person.
    person: String,
    /// Skill tags, e.g. 'urgent care' (any case; normalised).
    #[arg(required = true)]
    skills: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this person's skills.
    person: Option<String>,
}

#[derive(Debug, Args)]
pub struct FindArgs {
    /// Skill tags, e.g. 'urgent care' (any case; normalised).
    #[arg(required = true)]
    skills: Vec<String>,
    /// Only people of this locality's practices.
    #[arg(long, value_name = "L")]
    locality: Option<String>,
    /// Only people with this contract or job.
    #[arg(long, value_parser = super::choice::<Role>())]
    role: Option<Role>,
    /// At least this level in every skill.
    #[arg(long, value_parser = super::choice::<Level>())]
    level: Option<Level>,
}

#[derive(Debug, Args)]
pub struct SurveyArgs {
    /// The practice that returned the survey.
    #[arg(required_unless_present = "missing", conflicts_with = "missing")]
    practice: Option<String>,
    /// The day it came back [default: today].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    returned: Option<NaiveDate>,
    /// List the open practices that have not returned it.
    #[arg(long, conflicts_with = "returned")]
    missing: bool,
}

pub fn run(ctx: &Ctx, cmd: SkillCommand) -> Result<()> {
    let today = dates::today()?;
    match cmd {
        SkillCommand::Add(a) => {
            let tags = skill::tags(&a.skills, "SKILL")?;
            ctx.write(|tx| {
                let p = person::find(tx, &a.person)?;
                let mut changed = 0;
                for tag in &tags {
                    if skill::add_one(tx, p.id, tag, a.level)? != Added::Unchanged {
                        changed += 1;
                    }
                }
                let summary =
                    format!("{}: {} ({}), {changed} new or changed", p.name, tags.join(", "), a.level.as_str());
                Ok(summary)
            })?;
        }
        SkillCommand::Remove(a) => {
            let tags = skill::tags(&a.skills, "SKILL")?;
            ctx.write(|tx| {
                let p = person::find(tx, &a.person)?;
                skill::remove(tx, p.id, &p.name, &tags)?;
                let summary = format!("removed {} from {}", tags.join(", "), p.name);
                Ok(summary)
            })?;
        }
        SkillCommand::List(a) => {
            let reg = ctx.open(Access::Read)?;
            let table = match a.person {
                Some(p) => view::facts::skills_of(&skill::of_person(&reg.db, person::find(&reg.db, &p)?.id)?),
                None => view::facts::skills(&skill::list_all(&reg.db)?),
            };
            ctx.print(&Output::Table(table))?;
        }
        SkillCommand::Import(a) => {
            let (data, file) = read_input(&a.file)?;
            let mut reg = ctx.open(Access::writing(a.dry_run))?;
            let s = reg.write(a.dry_run, |tx| {
                let s = skill::import(tx, &data, &file)?;
                let summary = format!(
                    "imported skills from {file}: {} rows: {} added, {} updated, {} unchanged",
                    s.rows, s.added, s.updated, s.unchanged
                );
                Ok(Written { value: summary.clone(), summary })
            })?;
            ctx.note(if a.dry_run { format!("dry run: {s} (nothing written)") } else { s });
        }
        SkillCommand::Find(a) => {
            let reg = ctx.open(Access::Read)?;
            let search = Search {
                tags: skill::tags(&a.skills, "SKILL")?,
                all: true,
                locality_id: a.locality.as_deref().map(|l| locality::find(&reg.db, l)).transpose()?.map(|l| l.id),
                role: a.role,
                level: a.level,
            };
            ctx.print(&Output::Table(view::facts::found(&skill::find(&reg.db, &search, today)?)))?;
        }
        SkillCommand::Survey(a) => {
            if a.missing {
                let reg = ctx.open(Access::Read)?;
                return ctx.print(&Output::Table(view::facts::survey_missing(&skill::survey_missing(&reg.db)?)));
            }
            let date = a.returned.unwrap_or(today);
            let code = a.practice.expect("clap requires PRACTICE without --missing");
            ctx.write(|tx| {
                let which = skill::survey_returned(tx, &code, date)?;
                let summary = format!("{which} returned the skills survey on {date}");
                Ok(summary)
            })?;
        }
    }
    Ok(())
}
