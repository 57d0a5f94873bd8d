//! `engage session …`

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use engage::dates::{FinancialYear, Month};

use crate::output::{Format, Output};
use crate::view;
use engage::session::{self, Category, ClaimTo, ListStatus};
use engage::store::{Access, Written};
use engage::{Error, dates, person, units};

use super::Ctx;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SessionCommand {
    /// Session rates per category, with the dates they apply from.
    #[command(subcommand)]
    Rate(RateCommand),
    /// Accrue an ended month's appointment lines, with arrears since the first run.
    #[command(after_help = "Examples:\n  engage session accrue --month 2027-01 --dry-run")]
    Accrue(AccrueArgs),
    /// Claim sessions worked on a project or for a fund, to be approved.
    #[command(after_help = "Examples:\n  \
        engage session claim 7054321 --date 2027-01-20 --sessions 1 --project Triage\n  \
        engage session claim 7012345 --date today --sessions 0.5 --fund contingency\n  \
        # a correction: negative sessions\n  \
        engage session claim 7012345 --date today --sessions -0.5 --fund contingency")]
    Claim(ClaimArgs),
    /// Approve claimed lines for payment.
    #[command(after_help = "Examples:\n  engage session approve 101 102 103")]
    Approve(ApproveArgs),
    /// Reject a claim, saying why.
    #[command(after_help = "Examples:\n  engage session reject 104 --reason 'Outside the project dates'")]
    Reject(RejectArgs),
    /// List session lines by work date.
    #[command(after_help = "Examples:\n  engage session list --month 2027-01 --status claimed")]
    List(ListArgs),
    /// The monthly payment CSV: a preview that writes nothing; --finalise pays it.
    #[command(after_help = "Examples:\n  \
        engage session export --month 2027-01 > payments-2027-01.csv\n  \
        engage session export --month last --summary\n  \
        # the monthly cron job: a whole private file, never over another\n  \
        engage -q session export --month last --finalise --yes --out run.csv")]
    Export(ExportArgs),
    /// Budgets per fund and financial year, with spend and what remains.
    #[command(subcommand)]
    Budget(BudgetCommand),
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum RateCommand {
    /// Set the price of one session for a category from a date.
    #[command(
        after_help = "Examples:\n  engage session rate set gp 380 --from 2026-04-01\n  engage session rate set practice-manager 160.00 --from 2026-04-01"
    )]
    Set(RateSetArgs),
    /// List the rates.
    #[command(after_help = "Examples:\n  engage session rate list")]
    List,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum BudgetCommand {
    /// Set a fund's budget for a financial year (April to March).
    #[command(
        after_help = "Examples:\n  engage session budget set locality 45000 --fy 2026-27\n  engage session budget set 'project:Urgent care redesign' 20000 --fy 2026-27"
    )]
    Set(BudgetSetArgs),
    /// List budgets with spend (approved and paid lines) and what remains.
    #[command(after_help = "Examples:\n  engage session budget list --fy this")]
    List(BudgetListArgs),
}

#[derive(Debug, Args)]
pub struct RateSetArgs {
    /// Whose rate: gp, practice-manager, nurse or other.
    #[arg(value_parser = super::choice::<Category>())]
    category: Category,
    /// Pounds for one session, e.g. 380 or 380.00.
    #[arg(allow_hyphen_values = true)]
    amount: String,
    /// The first day the rate applies.
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    from: NaiveDate,
}

#[derive(Debug, Args)]
pub struct AccrueArgs {
    /// YYYY-MM, this or last.
    #[arg(long, value_name = "M", value_parser = super::month_arg)]
    month: Month,
    /// Show what would change and write nothing.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("to").required(true))]
#[command(
    override_usage = "engage session claim <PERSON> --date <D> --sessions <N> (--project <P> | --fund <F>) [--note <T>]"
)]
pub struct ClaimArgs {
    /// Who did the work: id, email, GMC number or name.
    person: String,
    /// The day the work was done.
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    date: NaiveDate,
    /// Sessions worked (two decimals at most; negative for a correction).
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    sessions: String,
    /// The project the work was for.
    #[arg(long, value_name = "P", group = "to")]
    project: Option<String>,
    /// A fund such as contingency.
    #[arg(long, value_name = "F", group = "to")]
    fund: Option<String>,
    /// A note on the claim, in a line.
    #[arg(long, value_name = "T", allow_hyphen_values = true)]
    note: Option<String>,
}

#[derive(Debug, Args)]
pub struct ApproveArgs {
    /// Session line ids.
    #[arg(required = true)]
    ids: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RejectArgs {
    /// The session line's id (see `session list`).
    id: String,
    /// Why the claim is rejected.
    #[arg(long, value_name = "T", allow_hyphen_values = true)]
    reason: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only lines worked in this month.
    #[arg(long, value_name = "M", value_parser = super::month_arg)]
    month: Option<Month>,
    /// Only this person's lines.
    #[arg(long, value_name = "P")]
    person: Option<String>,
    /// Only lines in this state (held and lapsed: scheme instalments kept back by the scheme's condition).
    #[arg(long, value_parser = super::choice::<ListStatus>())]
    status: Option<ListStatus>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The payment month: YYYY-MM, this or last (the previous calendar month, for cron).
    #[arg(long, value_name = "M", value_parser = super::month_arg)]
    month: Month,
    /// One row per payee instead of one per line.
    #[arg(long)]
    summary: bool,
    /// Write the CSV, then mark its lines paid in this month's run, once the month has ended (needs --yes off a terminal).
    #[arg(long)]
    finalise: bool,
    /// Write the file itself (private, whole or not at all), nothing on stdout: for cron.
    #[arg(long, value_name = "FILE")]
    out: Option<std::path::PathBuf>,
    /// With --out: replace a file that holds something else.
    #[arg(long, requires = "out")]
    force: bool,
}

/// The payment file of `--out`: private (it names people and what they are paid).
const PAYMENT_FILE: engage::outfile::Kind = engage::outfile::Kind {
    noun: "payment file",
    option: "--out",
    replaces: |_| false,
    mode: 0o600,
    makes_folder: true,
};

#[derive(Debug, Args)]
pub struct BudgetSetArgs {
    /// The fund, e.g. locality, board-member or 'project:NAME'.
    fund: String,
    /// Pounds for the year.
    #[arg(allow_hyphen_values = true)]
    amount: String,
    /// The financial year, e.g. 2026-27 (1 April to 31 March).
    #[arg(long, value_name = "YYYY-YY", value_parser = super::fy_arg)]
    fy: FinancialYear,
}

#[derive(Debug, Args)]
pub struct BudgetListArgs {
    /// One financial year, e.g. 2026-27 [default: all].
    #[arg(long, value_name = "YYYY-YY", value_parser = super::fy_arg)]
    fy: Option<FinancialYear>,
}

fn parse_id(text: &str) -> engage::Result<i64> {
    let t = text.trim();
    t.parse::<i64>()
        .ok()
        .filter(|n| *n > 0 && t.bytes().all(|c| c.is_ascii_digit()))
        .ok_or_else(|| Error::invalid(format!("not a session line id: {text:?} (ID)")))
}

pub fn run(ctx: &Ctx, cmd: SessionCommand) -> Result<()> {
    let today = dates::today()?;
    match cmd {
        SessionCommand::Rate(RateCommand::Set(a)) => {
            let pence = units::parse_pence(&a.amount, "AMOUNT", &units::RATE)?;
            let from = a.from;
            ctx.write(|tx| {
                session::rate_set(tx, a.category, pence, from)?;
                Ok(format!("a {} session costs {} from {from}", a.category.as_str(), pence))
            })?;
        }
        SessionCommand::Rate(RateCommand::List) => {
            let reg = ctx.open(Access::Read)?;
            ctx.print(&Output::Table(view::session::rates(&session::rate_list(&reg.db)?)))?;
        }
        SessionCommand::Accrue(a) => {
            let month = a.month;
            let mut reg = ctx.open(Access::writing(a.dry_run))?;
            let accrued = reg.write(a.dry_run, |tx| {
                let accrued = session::accrue(tx, month, today)?;
                let n = accrued.total();
                Ok(Written { value: accrued, summary: format!("accrued {n} appointment line(s) for {month}") })
            })?;
            let tail = if a.dry_run { " (dry run: nothing written)" } else { "" };
            ctx.note(format!("{} appointment line(s) for {month}{tail}", accrued.total()));
            note_arrears(ctx, &accrued);
        }
        SessionCommand::Claim(a) => {
            let date = a.date;
            let sessions = units::parse_signed_hundredths(&a.sessions, "--sessions", &units::CLAIM)?;
            let to = match (a.project, a.fund) {
                (Some(p), _) => ClaimTo::Project(p),
                (None, Some(f)) => ClaimTo::Fund(f),
                (None, None) => unreachable!("clap requires --project or --fund"),
            };
            ctx.write(|tx| {
                let id = session::claim(tx, &a.person, date, sessions, &to, a.note.as_deref(), today)?;
                Ok(format!("claimed {} session(s) as line {id}, awaiting approval", sessions))
            })?;
        }
        SessionCommand::Approve(a) => {
            let ids = a.ids.iter().map(|i| parse_id(i)).collect::<engage::Result<Vec<_>>>()?;
            ctx.write(|tx| {
                session::approve(tx, &ids)?;
                let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
                Ok(format!("approved session line(s) {list}"))
            })?;
        }
        SessionCommand::Reject(a) => {
            let id = parse_id(&a.id)?;
            ctx.write(|tx| {
                let l = session::reject(tx, id, &a.reason)?;
                Ok(format!("rejected session line {id} ({}, {})", l.person_name, l.reference))
            })?;
        }
        SessionCommand::List(a) => {
            let reg = ctx.open(Access::Read)?;
            let filter = session::Filter {
                month: a.month,
                person_id: a.person.as_deref().map(|p| person::find(&reg.db, p)).transpose()?.map(|p| p.id),
                status: a.status.and_then(ListStatus::line),
            };
            // Lines, and the schemes' instalments kept back (they pay no person).
            use engage::scheme::Standing;
            let lines = match a.status {
                Some(ListStatus::Held | ListStatus::Lapsed) => Vec::new(),
                _ => session::list(&reg.db, &filter)?,
            };
            let mut kept = match filter.person_id {
                Some(_) => Vec::new(),
                None => engage::scheme::kept_back(&reg.db, today)?,
            };
            kept.retain(|k| {
                let status = match a.status {
                    None => true,
                    Some(ListStatus::Held) => k.standing == Standing::Held,
                    Some(ListStatus::Lapsed) => k.standing == Standing::Lapsed,
                    Some(_) => false,
                };
                status && a.month.is_none_or(|m| Month::of(k.date) == m)
            });
            ctx.print(&Output::Table(view::session::lines(&lines, &kept)))?;
        }
        SessionCommand::Export(a) => {
            use engage::outfile::{self, Existing};
            let month = a.month;
            // A payment run needs a register: a wrong path creates nothing and pays nothing.
            let mut reg = ctx.open(Access::Preview)?;
            let table = |export: &session::Export| {
                Output::Table(if a.summary {
                    view::session::payment_summary(export)
                } else {
                    view::session::payments(export)
                })
            };
            let render = |export: &session::Export| ctx.render_or(&table(export), Format::Csv);
            // Tried first in a transaction that is rolled back: a preview is done then,
            // having written nothing, and a refusal comes before the question. A run
            // finalised with --yes asks nothing: it is made once, in the write itself
            // (a national run is tens of thousands of lines).
            let draft = if a.finalise && ctx.yes {
                None
            } else {
                Some(reg.write(true, |tx| {
                    Ok(Written { value: session::export(tx, month, a.finalise, today)?, summary: String::new() })
                })?)
            };
            // With --out, the file is looked at before anything is asked or written (in
            // the write itself when there is no draft).
            let look = |csv: &[u8]| -> engage::Result<Option<Existing>> {
                a.out.as_ref().map(|path| outfile::check(path, csv, PAYMENT_FILE, a.force)).transpose()
            };
            let mut existing = match (&draft, &a.out) {
                (Some(draft), Some(_)) => look(&render(draft)?)?,
                _ => None,
            };
            // Writes the run where it goes: the file (unless it holds these bytes already: a
            // rerun), or stdout.
            let deliver = |csv: &[u8], existing: &Option<Existing>| -> engage::Result<()> {
                match (&a.out, existing) {
                    (Some(_), Some(Existing::Same)) => Ok(()),
                    (Some(path), _) => outfile::write(path, csv, PAYMENT_FILE),
                    (None, _) => super::stdout_bytes(csv).map_err(|err| {
                        Error::storage(format!("the {month} payment run could not be written: {err}"))
                            .with_hint("free the space or fix the output, then run the same command again")
                    }),
                }
            };
            let export = match draft {
                _ if a.finalise => {
                    ctx.confirm(&format!("Finalise the {month} payment run, marking its lines paid?"))?;
                    // The whole CSV is written and flushed before the run commits: output
                    // that cannot be written leaves nothing paid, and the same command can
                    // run again.
                    let looked = existing.is_some() || a.out.is_none();
                    reg.write(false, |tx| {
                        let e = session::export(tx, month, true, today)?;
                        let csv = render(&e).map_err(|err| Error::storage(format!("{err:#}")))?;
                        if !looked {
                            existing = look(&csv)?;
                        }
                        deliver(&csv, &existing).map_err(|err| {
                            let message = format!("{}; nothing was marked paid", err.message);
                            Error { message, ..err }
                        })?;
                        let (sessions, pence) = e.total();
                        let summary = format!(
                            "finalised the {month} payment run: {} line(s), {} sessions, £{}",
                            e.payments.len(),
                            sessions,
                            pence
                        );
                        Ok(Written { value: e, summary })
                    })?
                }
                Some(draft) if a.out.is_some() => {
                    deliver(&render(&draft)?, &existing)?;
                    draft
                }
                Some(draft) => {
                    // A preview goes out as it is made: a national run is megabytes of CSV.
                    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                    ctx.render_to(&table(&draft), Format::Csv, &mut out)?;
                    draft
                }
                None => unreachable!("a preview is always drafted"),
            };
            if let (Some(path), Some(existing)) = (&a.out, &existing) {
                ctx.note(match existing {
                    Existing::Same => format!("{} held this run already: left as it was", path.display()),
                    _ => format!("wrote {}", path.display()),
                });
            }
            let (sessions, pence) = export.total();
            let state = match (&export.finalised, a.finalise) {
                (Some(at), true) => format!("finalised now, {at}"),
                (Some(at), false) => format!("as finalised {at}"),
                (None, _) => "a preview: nothing was marked paid".to_string(),
            };
            ctx.note(format!(
                "{month}: {} line(s), {} sessions, £{} ({state})",
                export.payments.len(),
                sessions,
                pence
            ));
            note_arrears(ctx, &export.accrued);
            if export.finalised.is_none() && today <= month.last() {
                ctx.note(format!(
                    "{month} has not ended: its run can be finalised from {}",
                    month.last() + chrono::Duration::days(1)
                ));
            }
        }
        SessionCommand::Budget(BudgetCommand::Set(a)) => {
            let pence = units::parse_pence(&a.amount, "AMOUNT", &units::BUDGET)?;
            let fy = a.fy;
            ctx.write(|tx| {
                let fund = session::budget_set(tx, &a.fund, fy, pence)?;
                Ok(format!("the {fund} budget for {fy} is £{}", pence))
            })?;
        }
        SessionCommand::Budget(BudgetCommand::List(a)) => {
            let fy = a.fy;
            let reg = ctx.open(Access::Read)?;
            ctx.print(&Output::Table(view::session::budgets(&session::budget_list(&reg.db, fy)?)))?;
        }
    }
    Ok(())
}

/// `arrears: 2026-09 1 line`, a line for each earlier month an accrual paid.
fn note_arrears(ctx: &Ctx, accrued: &session::Accrued) {
    for (m, n) in accrued.arrears() {
        ctx.note(format!("arrears: {m} {}", crate::view::facts::count(n, "line", "lines")));
    }
}
