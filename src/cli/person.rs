//! `engage person …`

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::output::Output;
use crate::output::{Cell, Format};
use engage::appointment::{self, Scope};
use engage::audience::{self, Audience};
use engage::history::Effective;
use engage::person::{self, Changes, PayTo, Role};
use engage::store::{Access, Db, Written};
use engage::{dates, interest, locality, person_import, practice, project, units};

use super::{Ctx, ImportArgs, read_input};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum PersonCommand {
    /// Add a person: a GP (partner, salaried, locum), manager, nurse or other.
    #[command(after_help = "Examples:\n  \
        engage person add 'Dr Asha Patel' --role gp-partner --practice M81004\n  \
        engage person add 'Dr Asha Patel' --role gp-partner --gmc 7012345\n  \
        # a locum, with no practice\n  \
        engage person add 'Dr Tom Reed' --role gp-locum --email tom.reed@nhs.net")]
    Add(AddArgs),
    /// Import people from CSV `name,role,practice,email,phone,gmc,pay_to` (upsert by email, else GMC).
    #[command(after_help = "Examples:\n  engage person import people.csv --dry-run")]
    Import(ImportArgs),
    /// List people by name (those who left only with --all).
    #[command(after_help = "Examples:\n  \
        engage person list --locality Evesham --role gp-locum\n  \
        engage person list --role 'gp-*' --opted-in")]
    List(ListArgs),
    /// The email addresses of those who receive briefings, one a line (csv: name,email).
    #[command(after_help = "Examples:\n  \
        engage person emails --sessional\n  \
        engage person emails --locality Evesham --role 'gp-*' --format csv")]
    Emails(AudienceArgs),
    /// vCard 4.0 cards of those who receive briefings, for an address book.
    #[command(after_help = "Examples:\n  engage person vcard --group Board > board.vcf")]
    Vcard(AudienceArgs),
    /// Show a person with their roles, interests and skills.
    #[command(after_help = "Examples:\n  engage person show asha.patel@nhs.net")]
    Show(PersonArg),
    /// Change a person's details: practice, role and pay-to from a date, the rest for all time.
    #[command(after_help = "Examples:\n  \
        engage person edit 7012345 --role gp-partner --from 2027-01-01\n  \
        engage person edit ben@nhs.net --practice M81015 --pay-to self\n  \
        # it was never partner\n  \
        engage person edit 7012345 --role gp-salaried --correction\n  \
        engage person edit 7012345 --email asha.patel@nhs.net")]
    Edit(EditArgs),
    /// List a person's practice, role and pay-to over time.
    #[command(after_help = "Examples:\n  engage person history 7012345")]
    History(PersonArg),
    /// Record that a person left; they are kept for history and their roles end.
    #[command(after_help = "Examples:\n  \
        engage person leave 'Dr Tom Reed' --date 2027-03-31 --yes\n  \
        # the leaving date was mistyped\n  \
        engage person leave 'Dr Tom Reed' --date 2027-03-30 --correction --yes")]
    Leave(LeaveArgs),
    /// Appoint a person to a role for a period.
    #[command(after_help = "Examples:\n  \
        engage person appoint 'Dr Asha Patel' nominated-gp --practice M81004\n  \
        engage person appoint 7012345 locality-lead --locality Evesham\n  \
        engage person appoint 7012345 board-member --sessions-per-month 4\n  \
        engage person appoint 7012345 board-member --until 2029-03-31\n  \
        # a locum who sits for a practice that has no GP to spare\n  \
        engage person appoint 'Dr Tom Reed' nominated-gp --practice M81026 --locum")]
    Appoint(AppointArgs),
    /// List appointments, of one person or everyone.
    #[command(after_help = "Examples:\n  engage person appointments --current")]
    Appointments(AppointmentsArgs),
    /// End an appointment.
    #[command(after_help = "Examples:\n  engage person unappoint 12 --date 2027-03-31")]
    Unappoint(UnappointArgs),
    /// Declare an interest (the register of interests).
    #[command(after_help = "Examples:\n  \
        engage person declare 7012345 'Partner in Riverside Pharmacy Ltd'\n  \
        engage person declare 7012345 'Trustee, Evesham Carers' --from 2019-06-01")]
    Declare(DeclareArgs),
    /// The register of declared interests.
    #[command(after_help = "Examples:\n  engage person interests --format csv > interests.csv")]
    Interests(InterestsArgs),
}

#[derive(Debug, Args)]
pub struct PersonArg {
    /// Id, email, GMC number, or a name that matches one person.
    person: String,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Full name, e.g. 'Dr Asha Patel'.
    name: String,
    /// The contract or job: gp-partner, gp-salaried, gp-locum, practice-manager, nurse or other.
    #[arg(long, value_parser = super::choice::<Role>())]
    role: Role,
    /// Their practice (a locum may have none).
    #[arg(long, value_name = "CODE")]
    practice: Option<String>,
    /// Email address (unique in the register).
    #[arg(long, value_name = "E")]
    email: Option<String>,
    /// Phone number.
    #[arg(long, value_name = "T")]
    phone: Option<String>,
    /// GMC reference number (seven digits).
    #[arg(long, value_name = "NNNNNNN")]
    gmc: Option<String>,
    /// Who is paid for their sessions [default: practice if they have one, else self].
    #[arg(long, value_parser = super::choice::<PayTo>())]
    pay_to: Option<PayTo>,
    /// Whether they receive briefings [default: yes; only those with an email can].
    #[arg(long, value_parser = yes_no(), value_name = "yes|no")]
    briefings: Option<String>,
}

/// A yes or no on the command line.
fn yes_no() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(["yes", "no"])
}

// The audience filters (the README's person: reaching every GP), shared by `person list`, `person emails`
// and `person vcard`.
// (Not a doc comment: a subcommand's own help line must not be replaced by it.)
#[derive(Debug, Args)]
pub struct AudienceArgs {
    /// Only these roles: a comma list, with globs such as gp-*.
    #[arg(long, value_name = "ROLE,...")]
    role: Option<String>,
    /// Only salaried and locum GPs.
    #[arg(long)]
    sessional: bool,
    /// Only people of this locality's practices.
    #[arg(long, value_name = "L")]
    locality: Option<String>,
    /// Only people of this practice (ODS code).
    #[arg(long, value_name = "CODE")]
    practice: Option<String>,
    /// Only members of this group today, in person or through their practice.
    #[arg(long, value_name = "NAME")]
    group: Option<String>,
    /// Only people with this skill.
    #[arg(long, value_name = "SKILL")]
    skill: Option<String>,
    /// Only people who receive briefings and have an email.
    #[arg(long)]
    opted_in: bool,
}

impl AudienceArgs {
    /// The filters as they were typed, to keep with a briefing: `everyone` with none.
    pub fn words(&self) -> String {
        let mut words = Vec::new();
        let mut say = |flag: &str, value: &Option<String>| {
            if let Some(v) = value {
                words.push(format!("{flag} {}", engage::store::shell_quote(v)));
            }
        };
        say("--role", &self.role);
        say("--locality", &self.locality);
        say("--practice", &self.practice);
        say("--group", &self.group);
        say("--skill", &self.skill);
        if self.sessional {
            words.push("--sessional".to_string());
        }
        if words.is_empty() { "everyone".to_string() } else { words.join(" ") }
    }

    pub fn audience(&self, db: &Db) -> engage::Result<Audience> {
        Ok(Audience {
            roles: self.role.as_deref().map(audience::parse_roles).transpose()?,
            sessional: self.sessional,
            locality_id: self.locality.as_deref().map(|l| locality::find(db, l)).transpose()?.map(|l| l.id),
            practice: self.practice.as_deref().map(|c| practice::get(db, c)).transpose()?.map(|p| p.code.into()),
            group_id: self.group.as_deref().map(|g| engage::group::find(db, g)).transpose()?.map(|g| g.id),
            skill: self.skill.as_deref().map(engage::text::tag),
            opted_in: self.opted_in,
            all: false,
        })
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    audience: AudienceArgs,
    /// Include people who have left.
    #[arg(long)]
    all: bool,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true))]
#[command(
    override_usage = "engage person edit <PERSON> [--role R] [--practice CODE] [--pay-to P] [--from D | --correction]\n       \
                            engage person edit <PERSON> [--name N] [--email E] [--phone T] [--gmc NNNNNNN]"
)]
pub struct EditArgs {
    /// Id, email, GMC number, or a name that matches one person.
    person: String,
    /// Correct the name.
    #[arg(long, group = "change")]
    name: Option<String>,
    /// A new contract or job, from --from.
    #[arg(long, value_parser = super::choice::<Role>(), group = "change")]
    role: Option<Role>,
    /// A move to another practice, from --from ('' for none: locums and others).
    #[arg(long, value_name = "CODE", group = "change")]
    practice: Option<String>,
    /// Correct the email ('' clears it).
    #[arg(long, value_name = "E", group = "change")]
    email: Option<String>,
    /// Correct the phone number ('' clears it).
    #[arg(long, value_name = "T", group = "change")]
    phone: Option<String>,
    /// Correct the GMC number ('' clears it).
    #[arg(long, value_name = "NNNNNNN", group = "change")]
    gmc: Option<String>,
    /// Who is paid for their sessions, from --from.
    #[arg(long, value_parser = super::choice::<PayTo>(), group = "change")]
    pay_to: Option<PayTo>,
    /// Whether they receive briefings.
    #[arg(long, value_parser = yes_no(), value_name = "yes|no", group = "change")]
    briefings: Option<String>,
    /// The first day a new practice, role or pay-to holds; the old one ends the day before [default: today].
    #[arg(long, value_name = "D", conflicts_with = "correction", value_parser = super::date_arg)]
    from: Option<NaiveDate>,
    /// Replace the practice, role or pay-to for all time: a typing mistake, not a change.
    #[arg(long)]
    correction: bool,
}

#[derive(Debug, Args)]
pub struct LeaveArgs {
    /// Id, email, GMC number, or a name that matches one person.
    person: String,
    /// The day they left [default: today].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    date: Option<NaiveDate>,
    /// Move the leaving date already recorded to --date (a typing mistake).
    #[arg(long, requires = "date")]
    correction: bool,
}

#[derive(Debug, Args)]
pub struct AppointArgs {
    /// Id, email, GMC number, or a name that matches one person.
    person: String,
    /// locality-lead, nominated-gp, practice-lead, board-member, engagement-lead, clinical-lead, or any name.
    role: String,
    /// The locality of a locality-lead.
    #[arg(long, value_name = "L", conflicts_with_all = ["practice", "project"])]
    locality: Option<String>,
    /// The practice of a nominated-gp or practice-lead [default: their own].
    #[arg(long, value_name = "CODE", conflicts_with = "project")]
    practice: Option<String>,
    /// The project a clinical lead works on.
    #[arg(long, value_name = "P")]
    project: Option<String>,
    /// Sessions paid a month for the role (two decimals at most).
    #[arg(long, value_name = "N")]
    sessions_per_month: Option<String>,
    /// First day [default: today].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    from: Option<NaiveDate>,
    /// Last day [default: open-ended].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    until: Option<NaiveDate>,
    /// A nominated GP who is a locum sitting for the practice, not one of its GPs.
    #[arg(long)]
    locum: bool,
}

#[derive(Debug, Args)]
pub struct AppointmentsArgs {
    /// Only this person's appointments.
    person: Option<String>,
    /// Only those in force today.
    #[arg(long)]
    current: bool,
}

#[derive(Debug, Args)]
pub struct UnappointArgs {
    /// The appointment's id (see `person appointments`).
    id: String,
    /// The last day of the appointment [default: today; an appointment that has not started is removed].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    date: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct DeclareArgs {
    /// Id, email, GMC number, or a name that matches one person.
    person: String,
    /// What the interest is.
    text: String,
    /// The first day the interest held [default: unknown].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    from: Option<NaiveDate>,
    /// The last day it held [default: still holds].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    until: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct InterestsArgs {
    /// Only this person's interests.
    person: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: PersonCommand) -> Result<()> {
    let today = dates::today()?;
    match cmd {
        PersonCommand::Add(a) => ctx.write(|tx| {
            let changes = Changes {
                name: Some(a.name),
                role: Some(a.role),
                practice: a.practice,
                email: a.email,
                phone: a.phone,
                gmc: a.gmc,
                pay_to: a.pay_to,
            };
            let p = person::add(tx, &changes)?;
            if let Some(b) = &a.briefings {
                audience::set_briefings(tx, p.id, b == "yes")?;
            }
            Ok(format!("added {} ({}, id {})", p.name, p.role.as_str(), p.id))
        })?,
        PersonCommand::Import(a) => {
            let (data, file) = read_input(&a.file)?;
            let mut reg = ctx.open(Access::writing(a.dry_run))?;
            let summary = reg.write(a.dry_run, |tx| {
                let s = person_import::import(tx, &data, &file, today)?;
                Ok(Written { summary: format!("imported people from {file}: {}", s.line()), value: s })
            })?;
            let verb = if a.dry_run { "dry run of" } else { "imported people from" };
            let tail = if a.dry_run { " (nothing written)" } else { "" };
            ctx.note(format!("{verb} {file}: {}{tail}", summary.line()));
        }
        PersonCommand::List(a) => {
            let reg = ctx.open(Access::Read)?;
            let audience = Audience { all: a.all, ..a.audience.audience(&reg.db)? };
            ctx.print(&Output::Table(crate::view::facts::people(&audience::select(&reg.db, &audience, today)?)))?;
        }
        PersonCommand::Emails(a) => {
            let reg = ctx.open(Access::Read)?;
            let people = audience::reachable(&reg.db, &a.audience(&reg.db)?, today)?;
            let mut table = crate::output::Table::new(&["name", "email"]);
            for p in &people {
                table.push(vec![Cell::text(&p.name), Cell::opt_text(p.email.clone())]);
            }
            if ctx.format.unwrap_or(Format::Table) == Format::Table {
                // One address a line, to paste into a mail's Bcc.
                let text: String = people.iter().filter_map(|p| p.email.as_deref()).map(|e| format!("{e}\n")).collect();
                super::stdout_bytes(text.as_bytes())?;
            } else {
                ctx.print(&Output::Table(table))?;
            }
            ctx.note(crate::view::facts::count(people.len(), "address", "addresses"));
        }
        PersonCommand::Vcard(a) => {
            let reg = ctx.open(Access::Read)?;
            let people = audience::reachable(&reg.db, &a.audience(&reg.db)?, today)?;
            super::stdout_bytes(audience::vcards(&reg.db, &people)?.as_bytes())?;
            ctx.note(crate::view::facts::count(people.len(), "card", "cards"));
        }
        PersonCommand::Show(a) => {
            let reg = ctx.open(Access::Read)?;
            ctx.print(&Output::Record(crate::view::shows::person(&engage::show::person(&reg.db, &a.person, today)?)))?;
        }
        PersonCommand::Edit(a) => {
            if a.practice.is_none() && a.role.is_none() && a.pay_to.is_none() {
                super::refuse_undated(
                    a.from,
                    a.correction,
                    "--practice, --role and --pay-to",
                    "name, email, phone and GMC number are corrections for all time",
                    "leave it out to correct those details",
                )?;
            }
            let when = Effective::from_args(a.from, a.correction, today);
            ctx.write(|tx| {
                let changes = Changes {
                    name: a.name,
                    role: a.role,
                    practice: a.practice,
                    email: a.email,
                    phone: a.phone,
                    gmc: a.gmc,
                    pay_to: a.pay_to,
                };
                let (p, mut changed) = engage::lifecycle::edit_person(tx, &a.person, &changes, when, today)?;
                if let Some(b) = &a.briefings {
                    changed |= audience::briefings(tx, p.id)? != (b == "yes");
                    audience::set_briefings(tx, p.id, b == "yes")?;
                }
                Ok(if changed {
                    format!("changed {} (id {})", p.name, p.id)
                } else {
                    format!("{} already had those details", p.name)
                })
            })?
        }
        PersonCommand::History(a) => {
            let reg = ctx.open(Access::Read)?;
            let p = person::find(&reg.db, &a.person)?;
            ctx.print(&Output::Table(crate::view::facts::person_history(&person::periods(&reg.db, &p)?)))?;
        }
        PersonCommand::Leave(a) => {
            let date = a.date.unwrap_or(today);
            ctx.confirm_write(
                |m| format!("Record that {m}?"),
                |tx| {
                    let (p, ended) = engage::lifecycle::leave(tx, &a.person, date, a.correction, today)?;
                    Ok(format!("{} left on {date}; {ended} appointment(s) ended", p.name))
                },
            )?;
        }
        PersonCommand::Appoint(a) => {
            let from = a.from.unwrap_or(today);
            let until = a.until;
            let sessions = a
                .sessions_per_month
                .as_deref()
                .map(|s| units::parse_hundredths(s, "--sessions-per-month", &units::PER_MONTH))
                .transpose()?;
            let mut warnings = Vec::new();
            ctx.write(|tx| {
                let project_id = a.project.as_deref().map(|p| project::find(tx, p)).transpose()?.map(|p| p.id);
                let scope =
                    Scope { locality: a.locality.clone(), practice: a.practice.clone(), project_id, locum: a.locum };
                let ap = appointment::appoint(tx, &a.person, &a.role, &scope, sessions, from, until)?;
                let mut message =
                    format!("appointed {} {} from {from} (appointment {})", ap.person.name, ap.role, ap.id);
                for (id, name) in &ap.ended {
                    message.push_str(&format!("; ended {name}'s appointment {id} on the day before"));
                }
                warnings = ap.warnings;
                Ok(message)
            })?;
            for w in warnings {
                ctx.warn(w);
            }
        }
        PersonCommand::Appointments(a) => {
            let reg = ctx.open(Access::Read)?;
            let person_id = a.person.as_deref().map(|p| person::find(&reg.db, p)).transpose()?.map(|p| p.id);
            ctx.print(&Output::Table(crate::view::facts::appointments(&appointment::list(
                &reg.db, person_id, a.current, today,
            )?)))?;
        }
        PersonCommand::Unappoint(a) => {
            let id: i64 =
                a.id.trim()
                    .parse()
                    .map_err(|_| engage::Error::invalid(format!("not an appointment id: {:?} (ID)", a.id)))?;
            let date = a.date;
            ctx.write(|tx| {
                Ok(match appointment::unappoint(tx, id, date, today)? {
                    (name, role, appointment::Unappointed::Removed) => {
                        format!("removed {name}'s {role} (appointment {id}), which had not started")
                    }
                    (name, role, appointment::Unappointed::Ended) => {
                        format!("ended {name}'s {role} (appointment {id}) on {}", date.unwrap_or(today))
                    }
                })
            })?
        }
        PersonCommand::Declare(a) => {
            let from = a.from;
            let until = a.until;
            ctx.write(|tx| {
                let p = interest::declare(tx, &a.person, &a.text, from, until, today)?;
                Ok(format!("recorded an interest declared by {} (id {})", p.name, p.id))
            })?
        }
        PersonCommand::Interests(a) => {
            let reg = ctx.open(Access::Read)?;
            let person_id = a.person.as_deref().map(|p| person::find(&reg.db, p)).transpose()?.map(|p| p.id);
            ctx.print(&Output::Table(crate::view::report::interests(&interest::list(&reg.db, person_id, None)?)))?;
        }
    }
    Ok(())
}
