//! `engage meeting …`

use anyhow::Result;
use clap::{Args, Subcommand};

use engage::calendar::{self, Rule};
use engage::meeting::{self, Filter, Kind, NewMeeting, OnBankHoliday, Status};
use engage::output::{Cell, Output, Table};
use engage::store::{Access, Written};
use engage::{Error, dates, locality, units};

use super::{Ctx, read_input};

#[derive(Debug, Subcommand)]
pub enum MeetingCommand {
    /// Add one meeting.
    #[command(after_help = "Examples:\n  \
        engage meeting add --kind locality --locality Evesham --date 2027-01-12\n  \
        engage meeting add --kind board --date 2027-01-20 --start 14:00 --quorum 4\n  \
        engage meeting add --kind visit --practice M81004 --date 2027-02-03")]
    Add(AddArgs),
    /// A year of monthly meetings by a rule such as '2nd tue', moved off bank holidays.
    #[command(after_help = "Examples:\n  \
        engage meeting schedule --locality Evesham --year 2027 --rule '2nd tue'\n  \
        engage meeting schedule --locality EVE --year 2028 --rule 'last fri'\n  \
        engage meeting schedule --locality EVE --year 2028 --rule '1st mon'")]
    Schedule(ScheduleArgs),
    /// List meetings by date (all of them without dates; cancelled ones marked).
    #[command(after_help = "Examples:\n  engage meeting list --locality Evesham --upcoming")]
    List(ListArgs),
    /// Show a meeting: who came for which practice, apologies, practices not represented, declarations, quorum.
    #[command(after_help = "Examples:\n  engage meeting show 42")]
    Show(IdArg),
    /// Record attendance, virtual attendance or apologies, by name or from a sign-in CSV.
    #[command(after_help = "Examples:\n  \
        engage meeting attend 42 'Dr Asha Patel' pam@nhs.net\n  \
        # a locum sitting for M81007\n  \
        engage meeting attend 42 7054321 --for-practice M81007\n  \
        # a sign-in sheet: person,for_practice,status\n  \
        engage meeting attend 42 --file sign-in.csv")]
    Attend(AttendArgs),
    /// Remove a person's attendance record from a meeting.
    #[command(after_help = "Examples:\n  engage meeting unattend 42 'Dr Asha Patel'")]
    Unattend(UnattendArgs),
    /// Record an interest declared at a meeting, and whether the person withdrew from the item.
    #[command(after_help = "Examples:\n  \
        engage meeting declare 42 7012345 'Partner at a bidding practice' --withdrew")]
    Declare(DeclareArgs),
    /// Record that a meeting was held though nobody's attendance is recorded.
    #[command(after_help = "Examples:\n  engage meeting held 42")]
    Held(IdArg),
    /// Cancel a meeting (kept, marked cancelled).
    #[command(after_help = "Examples:\n  engage meeting cancel 42 --reason 'Snow' --yes")]
    Cancel(CancelArgs),
    /// Move a meeting to another date (and start).
    #[command(after_help = "Examples:\n  engage meeting move 42 --date 2027-01-19 --start 13:00")]
    Move(MoveArgs),
    /// The schedule as an iCalendar file (RFC 5545) on stdout.
    #[command(after_help = "Examples:\n  engage meeting ics --locality Evesham --from 2027-04-01 > evesham-2027.ics")]
    Ics(IcsArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The kind of meeting.
    #[arg(long, value_parser = super::choice::<Kind>())]
    kind: Kind,
    /// The locality whose meeting it is (for --kind locality).
    #[arg(long, value_name = "L")]
    locality: Option<String>,
    /// The practice (a visit's practice).
    #[arg(long, value_name = "CODE")]
    practice: Option<String>,
    /// The day of the meeting.
    #[arg(long, value_name = "D")]
    date: String,
    /// Start time, HH:MM (Europe/London).
    #[arg(long, value_name = "HH:MM")]
    start: Option<String>,
    /// Length, e.g. 2h30m or 90m.
    #[arg(long)]
    duration: Option<String>,
    /// A title for the calendar and the minutes.
    #[arg(long, value_name = "T")]
    title: Option<String>,
    /// Where it is held.
    #[arg(long, value_name = "T")]
    location: Option<String>,
    /// Sessions paid to each eligible GP who attends [default: 1 for locality, else 0].
    #[arg(long, value_name = "N")]
    sessions: Option<String>,
    /// People needed (present, not withdrawn) for decisions.
    #[arg(long, value_name = "N")]
    quorum: Option<String>,
}

#[derive(Debug, Args)]
pub struct ScheduleArgs {
    /// The kind of meeting.
    #[arg(long, value_parser = super::choice::<Kind>(), default_value_t = Kind::Locality)]
    kind: Kind,
    /// The locality whose meetings these are.
    #[arg(long, value_name = "L")]
    locality: String,
    /// The calendar year, e.g. 2027.
    #[arg(long, value_name = "YYYY")]
    year: String,
    /// Which day of each month: '1st mon', '2nd tue', '3rd wed', '4th thu', 'last fri'.
    #[arg(long)]
    rule: String,
    /// The start time, HH:MM, Europe/London.
    #[arg(long, value_name = "HH:MM")]
    start: Option<String>,
    /// How long, e.g. 2h30m or 90m [default: 2h].
    #[arg(long)]
    duration: Option<String>,
    /// What to do when the day is a bank holiday in England and Wales.
    #[arg(long, value_parser = super::choice::<OnBankHoliday>(), default_value_t = OnBankHoliday::NextWorkingDay)]
    on_bank_holiday: OnBankHoliday,
    /// Show the dates and write nothing.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only meetings from this day.
    #[arg(long, value_name = "D")]
    from: Option<String>,
    /// Only meetings up to this day.
    #[arg(long, value_name = "D")]
    to: Option<String>,
    /// Only this locality's meetings.
    #[arg(long, value_name = "L")]
    locality: Option<String>,
    /// Only meetings of this kind.
    #[arg(long, value_parser = super::choice::<Kind>())]
    kind: Option<Kind>,
    /// Only meetings from today on that are not cancelled.
    #[arg(long)]
    upcoming: bool,
}

#[derive(Debug, Args)]
pub struct IdArg {
    /// The meeting's number (see `meeting list`).
    id: String,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("who").required(true))]
#[command(
    override_usage = "engage meeting attend <ID> <PEOPLE>... [OPTIONS]\n       engage meeting attend <ID> --file <FILE>"
)]
pub struct AttendArgs {
    /// The meeting's number.
    id: String,
    /// People: id, email, GMC number or name.
    #[arg(group = "who")]
    people: Vec<String>,
    /// The practice they sat for [default: their own].
    #[arg(long, value_name = "CODE", conflicts_with = "file")]
    for_practice: Option<String>,
    /// They joined remotely.
    #[arg(long, conflicts_with_all = ["apologies", "file"])]
    r#virtual: bool,
    /// They sent apologies.
    #[arg(long, conflicts_with = "file")]
    apologies: bool,
    /// A sign-in CSV `person,for_practice,status` (status attended, virtual or apologies), or - for stdin.
    #[arg(long, value_name = "FILE", group = "who")]
    file: Option<String>,
}

#[derive(Debug, Args)]
pub struct UnattendArgs {
    /// The meeting's number (see `meeting list`).
    id: String,
    /// Id, email, GMC number, or a name that matches one person.
    person: String,
}

#[derive(Debug, Args)]
pub struct DeclareArgs {
    /// The meeting's number (see `meeting list`).
    id: String,
    /// Id, email, GMC number, or a name that matches one person.
    person: String,
    /// The interest declared.
    text: String,
    /// They withdrew from the item (they then do not count towards the quorum).
    #[arg(long)]
    withdrew: bool,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// The meeting's number (see `meeting list`).
    id: String,
    /// Why it was cancelled, for the calendar.
    #[arg(long, value_name = "T")]
    reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct MoveArgs {
    /// The meeting's number (see `meeting list`).
    id: String,
    /// The new day.
    #[arg(long, value_name = "D")]
    date: String,
    /// The new start time, HH:MM [default: as it was].
    #[arg(long, value_name = "HH:MM")]
    start: Option<String>,
}

#[derive(Debug, Args)]
pub struct IcsArgs {
    /// Only this locality's meetings.
    #[arg(long, value_name = "L")]
    locality: Option<String>,
    /// Only meetings of this kind.
    #[arg(long, value_parser = super::choice::<Kind>())]
    kind: Option<Kind>,
    /// Only meetings from this day.
    #[arg(long, value_name = "D")]
    from: Option<String>,
    /// Only meetings up to this day.
    #[arg(long, value_name = "D")]
    to: Option<String>,
}

fn filter(
    conn: &rusqlite::Connection,
    from: &Option<String>,
    to: &Option<String>,
    loc: &Option<String>,
    kind: Option<Kind>,
) -> engage::Result<Filter> {
    let from = from.as_deref().map(|d| dates::parse_date(d, "--from")).transpose()?;
    let to = to.as_deref().map(|d| dates::parse_date(d, "--to")).transpose()?;
    if let (Some(f), Some(t)) = (from, to)
        && t < f
    {
        return Err(Error::invalid(format!("--to {t} is before --from {f}")));
    }
    let locality_id = loc.as_deref().map(|l| locality::find(conn, l)).transpose()?.map(|l| l.id);
    Ok(Filter { from, to, locality_id, kind, upcoming: None })
}

pub fn run(ctx: &Ctx, cmd: MeetingCommand) -> Result<()> {
    let today = dates::today()?;
    match cmd {
        MeetingCommand::Add(a) => {
            let m = NewMeeting {
                kind: a.kind,
                locality: a.locality,
                practice: a.practice,
                date: dates::parse_date(&a.date, "--date")?,
                start: a.start.as_deref().map(|s| calendar::parse_time(s, "--start")).transpose()?,
                duration_minutes: a
                    .duration
                    .as_deref()
                    .map(|d| calendar::parse_duration(d, "--duration"))
                    .transpose()?,
                title: a.title,
                location: a.location,
                sessions: a
                    .sessions
                    .as_deref()
                    .map(|s| units::parse_hundredths(s, "--sessions", &units::MEETING))
                    .transpose()?,
                quorum: a.quorum.as_deref().map(meeting::parse_quorum).transpose()?,
            };
            ctx.write(|tx| {
                let m = meeting::add(tx, m)?;
                Ok(format!("added meeting {}: {}", m.id, m.describe()))
            })?;
        }
        MeetingCommand::Schedule(a) => {
            let year = meeting::parse_year(&a.year)?;
            let rule = Rule::parse(&a.rule)?;
            let start = a.start.as_deref().map(|s| calendar::parse_time(s, "--start")).transpose()?;
            let duration = a.duration.as_deref().map(|d| calendar::parse_duration(d, "--duration")).transpose()?;
            let mut reg = ctx.open(Access::Write)?;
            let planned = reg.write(a.dry_run, |tx| {
                let planned =
                    meeting::schedule(tx, a.kind, &a.locality, year, rule, start, duration, a.on_bank_holiday)?;
                let created = planned.iter().filter(|p| matches!(p.outcome, "created" | "moved")).count();
                let summary = format!(
                    "scheduled {created} {} meeting(s) of {} for {year} ({})",
                    a.kind.as_str(),
                    a.locality,
                    a.rule
                );
                Ok(Written { value: planned, summary })
            })?;
            let mut table = Table::new(&["month", "rule_date", "date", "outcome", "id"]);
            for p in &planned {
                table.push(vec![
                    Cell::text(&p.month),
                    Cell::Date(p.rule_date),
                    Cell::opt_date(p.date),
                    Cell::text(p.outcome),
                    Cell::opt_int(p.id),
                ]);
            }
            ctx.print(&Output::Table(table))?;
            for p in planned.iter().filter(|p| p.outcome == "moved") {
                let why = calendar::holiday_name(p.rule_date).unwrap_or("bank holiday");
                ctx.note(format!("{} → {}: {why}", p.rule_date, p.date.map(|d| d.to_string()).unwrap_or_default()));
            }
            let created = planned.iter().filter(|p| matches!(p.outcome, "created" | "moved")).count();
            let tail = if a.dry_run { " (dry run: nothing written)" } else { "" };
            ctx.note(format!("{created} meeting(s) {}{tail}", if a.dry_run { "would be created" } else { "created" }));
        }
        MeetingCommand::List(a) => {
            let reg = ctx.open(Access::Read)?;
            let mut f = filter(&reg.conn, &a.from, &a.to, &a.locality, a.kind)?;
            if a.upcoming {
                f.upcoming = Some(today);
            }
            ctx.print(&Output::Table(engage::view::facts::meetings(&meeting::select(&reg.conn, &f)?, today)))?;
        }
        MeetingCommand::Show(a) => {
            let id = meeting::parse_id(&a.id)?;
            let reg = ctx.open(Access::Read)?;
            ctx.print(&Output::Record(meeting::show(&reg.conn, id, today)?))?;
        }
        MeetingCommand::Attend(a) => {
            let id = meeting::parse_id(&a.id)?;
            let status = if a.apologies {
                Status::Apologies
            } else if a.r#virtual {
                Status::Virtual
            } else {
                Status::Attended
            };
            let input = a.file.as_deref().map(read_input).transpose()?;
            ctx.write(|tx| {
                let m = meeting::get(tx, id)?;
                match &input {
                    Some((data, file)) => {
                        let n = meeting::attend_file(tx, &m, data, file, today)?;
                        Ok(format!("recorded {n} sign-in(s) from {file} at {}", m.describe()))
                    }
                    None => {
                        let mut names = Vec::new();
                        for who in &a.people {
                            let at = |field: &str| {
                                if field == "person" { "PERSON".to_string() } else { "--for-practice".to_string() }
                            };
                            let p = meeting::attend_one(tx, &m, who, a.for_practice.as_deref(), status, today, &at)?;
                            names.push(p.name);
                        }
                        Ok(format!("recorded {} ({}) at {}", names.join(", "), status.as_str(), m.describe()))
                    }
                }
            })?;
        }
        MeetingCommand::Unattend(a) => {
            let id = meeting::parse_id(&a.id)?;
            ctx.write(|tx| {
                let m = meeting::get(tx, id)?;
                let p = meeting::unattend(tx, &m, &a.person)?;
                Ok(format!("removed {} from {}", p.name, m.describe()))
            })?;
        }
        MeetingCommand::Declare(a) => {
            let id = meeting::parse_id(&a.id)?;
            ctx.write(|tx| {
                let m = meeting::get(tx, id)?;
                let p = meeting::declare(tx, &m, &a.person, &a.text, a.withdrew)?;
                let withdrew = if a.withdrew { ", and withdrew" } else { "" };
                Ok(format!("recorded {}'s declaration at {}{withdrew}", p.name, m.describe()))
            })?;
        }
        MeetingCommand::Held(a) => {
            let id = meeting::parse_id(&a.id)?;
            ctx.write(|tx| {
                let m = meeting::mark_held(tx, id, today)?;
                Ok(format!("recorded meeting {} as held: {}", m.id, m.describe()))
            })?;
        }
        MeetingCommand::Cancel(a) => {
            let id = meeting::parse_id(&a.id)?;
            ctx.confirm_write(
                |m| format!("{}?", m.replacen("cancelled", "Cancel", 1)),
                |tx| {
                    let m = meeting::cancel(tx, id, a.reason.as_deref())?;
                    Ok(format!("cancelled meeting {}: {}", m.id, m.describe()))
                },
            )?;
        }
        MeetingCommand::Move(a) => {
            let id = meeting::parse_id(&a.id)?;
            let date = dates::parse_date(&a.date, "--date")?;
            let start = a.start.as_deref().map(|s| calendar::parse_time(s, "--start")).transpose()?;
            ctx.write(|tx| {
                let m = meeting::move_to(tx, id, date, start, today)?;
                Ok(format!(
                    "moved meeting {} to {}{}",
                    m.id,
                    m.date,
                    m.start.map(|t| format!(" {}", t.format("%H:%M"))).unwrap_or_default()
                ))
            })?;
        }
        MeetingCommand::Ics(a) => {
            let reg = ctx.open(Access::Read)?;
            let f = filter(&reg.conn, &a.from, &a.to, &a.locality, a.kind)?;
            let text = meeting::ics(&reg.conn, &f)?;
            let mut out = std::io::stdout().lock();
            std::io::Write::write_all(&mut out, text.as_bytes())?;
            std::io::Write::flush(&mut out)?;
        }
    }
    Ok(())
}
