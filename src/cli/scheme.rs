//! `engage scheme …`

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::output::Output;
use engage::appointment::{self, Scope};
use engage::scheme::{self, CommitmentKind, Every, NewCommitment, NewScheme, Outcome, PayAfter};
use engage::{dates, units};

use super::Ctx;
use engage::store::Access;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SchemeCommand {
    /// Add a scheme that pays practices per registered patient.
    #[command(after_help = "Examples:\n  \
        # £2.00 a head, paid once; add --instalments quarterly to spread it\n  \
        engage scheme add PES --per-patient 2 --from 2027-04-01 --until 2028-03-31\n  \
        # paid once each practice has agreed three improvement areas\n  \
        engage scheme add 'Improvement 27' --per-patient 2 --from 2027-04-01 \\\n    \
        --until 2028-03-31 --instalments quarterly --commitments 3 \\\n    \
        --pay-after committed")]
    Add(AddArgs),
    /// List the schemes with their practices, patients and money.
    #[command(after_help = "Examples:\n  engage scheme list")]
    List,
    /// Show a scheme: per practice its enrolment, money, commitments and reviews.
    #[command(after_help = "Examples:\n  engage scheme show PES")]
    Show(NameArg),
    /// Enrol practices (their list size that day is kept), and name a practice lead.
    #[command(after_help = "Examples:\n  \
        engage scheme enrol PES M81004 M81007 --date 2027-04-01\n  \
        engage scheme enrol PES M81026 --lead 7076543 --lead-sessions 2")]
    Enrol(EnrolArgs),
    /// Withdraw a practice: no instalment after the day is earned.
    #[command(after_help = "Examples:\n  engage scheme withdraw PES M81007 --date 2027-09-30 --yes")]
    Withdraw(WithdrawArgs),
    /// Record what a practice committed to.
    #[command(after_help = "Examples:\n  \
        engage scheme commit PES M81004 'Frailty register audit' --kind audit\n  \
        engage scheme commit PES M81004 'Diabetes recall' --agreed-with 7023456 \\\n    \
        --priority 1")]
    Commit(CommitArgs),
    /// Record a review of a practice's commitments.
    #[command(after_help = "Examples:\n  \
        engage scheme review PES M81004 --date 2027-10-05 --outcome met")]
    Review(ReviewArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The scheme's name.
    name: String,
    /// Pounds paid per registered patient, e.g. 2 or 1.50.
    #[arg(long, value_name = "AMOUNT")]
    per_patient: String,
    /// The scheme's first day.
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    from: NaiveDate,
    /// The scheme's last day.
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    until: NaiveDate,
    /// How each practice's payment is split.
    #[arg(long, value_parser = super::choice::<Every>(), default_value_t = Every::Once)]
    instalments: Every,
    /// The fund it is paid from [default: scheme:<name>].
    #[arg(long, value_name = "F")]
    fund: Option<String>,
    /// Commitments each practice makes (improvement areas, audits).
    #[arg(long, value_name = "N", default_value = "0")]
    commitments: String,
    /// Months after enrolment that a review is due.
    #[arg(long, value_name = "MONTHS")]
    review_after: Option<String>,
    /// Hold each practice's instalments until it has made the commitments, or until a review finds them met or partly met.
    #[arg(long, value_name = "WHEN", value_parser = super::choice::<PayAfter>())]
    pay_after: Option<PayAfter>,
}

#[derive(Debug, Args)]
pub struct NameArg {
    /// The scheme's name (any case, or its first words).
    name: String,
}

#[derive(Debug, Args)]
pub struct EnrolArgs {
    /// The scheme's name.
    name: String,
    /// Practices (ODS codes).
    #[arg(required = true)]
    practices: Vec<String>,
    /// The day they enrol [default: today].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    date: Option<NaiveDate>,
    /// Appoint this person the practice's practice-lead from that day (one practice).
    #[arg(long, value_name = "PERSON")]
    lead: Option<String>,
    /// Sessions a month paid to the lead.
    #[arg(long, value_name = "N", requires = "lead")]
    lead_sessions: Option<String>,
}

#[derive(Debug, Args)]
pub struct WithdrawArgs {
    /// The scheme's name.
    name: String,
    /// The practice (ODS code).
    practice: String,
    /// The last day it takes part.
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    date: NaiveDate,
}

#[derive(Debug, Args)]
pub struct CommitArgs {
    /// The scheme's name.
    name: String,
    /// The practice (ODS code).
    practice: String,
    /// What it committed to.
    text: String,
    /// What sort of commitment it is.
    #[arg(long, value_parser = super::choice::<CommitmentKind>(), default_value_t = CommitmentKind::Improvement)]
    kind: CommitmentKind,
    /// Who agreed it with the practice (the locality lead, say): a person.
    #[arg(long, value_name = "PERSON")]
    agreed_with: Option<String>,
    /// Its order among the practice's commitments: 1 comes first.
    #[arg(long, value_name = "N")]
    priority: Option<String>,
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The scheme's name.
    name: String,
    /// The practice (ODS code).
    practice: String,
    /// The day of the review.
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    date: NaiveDate,
    /// What the review found.
    #[arg(long, value_parser = super::choice::<Outcome>())]
    outcome: Outcome,
    /// A note for the record.
    #[arg(long, value_name = "T")]
    note: Option<String>,
}

fn parse_count(text: &str, what: &str, max: i64) -> engage::Result<i64> {
    units::parse_whole(text, 0..=max)
        .ok_or_else(|| engage::Error::invalid(format!("not a whole number from 0 to {max}: {text:?} ({what})")))
}

pub fn run(ctx: &Ctx, cmd: SchemeCommand) -> Result<()> {
    let today = dates::today()?;
    match cmd {
        SchemeCommand::Add(a) => {
            let review_after = a.review_after.as_deref().map(|m| parse_count(m, "--review-after", 120)).transpose()?;
            if review_after == Some(0) {
                return Err(engage::Error::invalid(
                    "a review is due 1 or more months after enrolment (--review-after)",
                )
                .into());
            }
            let s = NewScheme {
                name: a.name,
                per_patient: units::parse_pence(&a.per_patient, "--per-patient", &units::PER_PATIENT)?,
                from: a.from,
                until: a.until,
                every: a.instalments,
                fund: a.fund,
                commitments: parse_count(&a.commitments, "--commitments", 100)?,
                review_after: review_after.map(|m| m as u32),
                pay_after: a.pay_after,
            };
            ctx.write(|tx| {
                let s = scheme::add(tx, &s)?;
                Ok(format!("added scheme {} ({} a patient, {}, fund {})", s.name, s.per_patient, s.every, s.fund))
            })?;
        }
        SchemeCommand::List => {
            let reg = ctx.open(Access::Read)?;
            ctx.print(&Output::Table(crate::view::shows::schemes(&scheme::list(&reg.db)?, today)))?;
        }
        SchemeCommand::Show(a) => {
            let reg = ctx.open(Access::Read)?;
            ctx.print(&Output::Record(crate::view::shows::scheme(&scheme::show(&reg.db, &a.name)?, today)))?;
        }
        SchemeCommand::Enrol(a) => {
            let date = a.date.unwrap_or(today);
            let sessions = a
                .lead_sessions
                .as_deref()
                .map(|s| units::parse_hundredths(s, "--lead-sessions", &units::PER_MONTH))
                .transpose()?;
            if a.lead.is_some() && a.practices.len() > 1 {
                return Err(engage::Error::invalid(
                    "--lead names one practice's lead: enrol one practice with it (--lead)",
                )
                .into());
            }
            ctx.write(|tx| {
                let s = scheme::find(tx, &a.name)?;
                let enrolled = scheme::enrol(tx, &s, &a.practices, date)?;
                let codes: Vec<String> = enrolled.iter().map(|p| p.code.to_string()).collect();
                let mut summary = format!("enrolled {} in {} from {date}", codes.join(", "), s.name);
                if let Some(lead) = &a.lead {
                    let scope = Scope { practice: Some(codes[0].clone()), ..Scope::default() };
                    let ap = appointment::appoint(tx, lead, appointment::PRACTICE_LEAD, &scope, sessions, date, None)?;
                    summary.push_str(&format!("; {} is its practice lead (appointment {})", ap.person.name, ap.id));
                }
                Ok(summary)
            })?;
        }
        SchemeCommand::Withdraw(a) => {
            let date = a.date;
            ctx.confirm_write(
                |m| format!("{}?", m.replacen("withdrew", "Withdraw", 1)),
                |tx| {
                    let s = scheme::find(tx, &a.name)?;
                    let e = scheme::withdraw(tx, &s, &a.practice, date)?;
                    Ok(format!("withdrew {} from {} on {date}", e.practice_code, s.name))
                },
            )?;
        }
        SchemeCommand::Commit(a) => {
            let priority = a.priority.as_deref().map(|p| parse_count(p, "--priority", 100)).transpose()?;
            if priority == Some(0) {
                return Err(engage::Error::invalid("a priority is 1 (first) or more (--priority)").into());
            }
            let c = NewCommitment { text: &a.text, kind: a.kind, agreed_with: a.agreed_with.as_deref(), priority };
            ctx.write(|tx| {
                let s = scheme::find(tx, &a.name)?;
                let e = scheme::commit(tx, &s, &a.practice, &c, today)?;
                Ok(format!("recorded {}'s {} commitment in {}", e.practice_code, a.kind, s.name))
            })?;
        }
        SchemeCommand::Review(a) => {
            let date = a.date;
            ctx.write(|tx| {
                let s = scheme::find(tx, &a.name)?;
                let e = scheme::review(tx, &s, &a.practice, date, a.outcome, a.note.as_deref(), today)?;
                Ok(format!("recorded the review of {} in {} on {date}: {}", e.practice_code, s.name, a.outcome))
            })?;
        }
    }
    Ok(())
}
