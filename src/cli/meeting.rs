//! `engage meeting …`

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use engage::dates::FinancialYear;

use crate::output::{Cell, Output, Table};
use engage::calendar::{self, Rule};
use engage::meeting::{self, Filter, Kind, NewMeeting, OnBankHoliday, Status, business};
use engage::store::{Access, Db, Written};
use engage::{Error, dates, locality, units};

use super::{Ctx, read_input};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum MeetingCommand {
    /// Add one meeting.
    #[command(after_help = "Examples:\n  \
        engage meeting add --kind locality --locality Evesham --date 2027-01-12\n  \
        engage meeting add --kind board --group Board --date 2027-01-20\n  \
        engage meeting add --kind visit --practice M81004 --date 2027-02-03\n  \
        engage meeting add --kind visit --practice M81007 --round 'Spring 2027'")]
    Add(AddArgs),
    /// A year of monthly meetings by a rule such as '2nd tue', moved off bank holidays.
    #[command(after_help = "Examples:\n  \
        engage meeting schedule --locality Evesham --year 2027 --rule '2nd tue'\n  \
        engage meeting schedule --locality EVE --year 2028 --rule 'last fri'\n  \
        # a peer group's meetings\n  \
        engage meeting schedule --group North --year 2027 --rule '1st mon'")]
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
    /// Record an interest declared at a meeting by someone there, and whether they withdrew.
    #[command(after_help = "Examples:\n  \
        engage meeting declare 42 7012345 'Partner at a bidder' --item 3 --withdrew")]
    Declare(DeclareArgs),
    /// The agenda: numbered items and their papers.
    #[command(subcommand)]
    Item(ItemCommand),
    /// Record what was said under an item.
    #[command(after_help = "Examples:\n  \
        engage meeting minute 42 --item 2 'The board noted the month 8 position.'")]
    Minute(SayArgs),
    /// Record a decision under an item.
    #[command(after_help = "Examples:\n  engage meeting decide 42 --item 3 'Approved the diabetes pathway.'")]
    Decide(SayArgs),
    /// Record an action under an item: what, who owns it, by when.
    #[command(after_help = "Examples:\n  \
        engage meeting action 42 --item 3 'Reply' --owner 7012345 --due 2027-02-28")]
    Action(ActionArgs),
    /// The minutes as Markdown on stdout, ready to circulate.
    #[command(after_help = "Examples:\n  engage meeting minutes 42 > board-2027-01.md")]
    Minutes(IdArg),
    /// Keep a note with a meeting: what the practice said on a visit.
    #[command(after_help = "Examples:\n  engage meeting note 57 'Wants help with the frailty register'")]
    Note(NoteArgs),
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

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ItemCommand {
    /// Add the next item to a meeting's agenda.
    #[command(after_help = "Examples:\n  \
        engage meeting item add 42 'Finance report' --paper papers/finance-m8.pdf")]
    Add(ItemAddArgs),
    /// A meeting's agenda with what was minuted, decided and actioned under each item.
    #[command(after_help = "Examples:\n  engage meeting item list 42")]
    List(IdArg),
}

#[derive(Debug, Args)]
pub struct ItemAddArgs {
    /// The meeting's number (see `meeting list`).
    id: String,
    /// The item's title.
    title: String,
    /// The item's paper: a file path or a link.
    #[arg(long, value_name = "PATH-OR-URL")]
    paper: Option<String>,
}

#[derive(Debug, Args)]
pub struct SayArgs {
    /// The meeting's number (see `meeting list`).
    id: String,
    /// The agenda item's number.
    #[arg(long, value_name = "N")]
    item: String,
    /// The text, as it should read in the minutes.
    #[arg(allow_hyphen_values = true)]
    text: String,
}

#[derive(Debug, Args)]
pub struct ActionArgs {
    /// The meeting's number (see `meeting list`).
    id: String,
    /// The agenda item's number.
    #[arg(long, value_name = "N")]
    item: String,
    /// What is to be done.
    #[arg(allow_hyphen_values = true)]
    text: String,
    /// Who owns it: id, email, GMC number or name.
    #[arg(long, value_name = "PERSON")]
    owner: String,
    /// When it is due.
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    due: NaiveDate,
}

#[derive(Debug, Args)]
pub struct NoteArgs {
    /// The meeting's number (see `meeting list`).
    id: String,
    /// The note.
    #[arg(allow_hyphen_values = true)]
    text: String,
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
    /// The peer group, committee or forum whose meeting it is.
    #[arg(long, value_name = "NAME")]
    group: Option<String>,
    /// The round of the roadshow a visit belongs to.
    #[arg(long, value_name = "NAME")]
    round: Option<String>,
    /// What a visit is about.
    #[arg(long, value_name = "T")]
    topic: Option<String>,
    /// The day of the meeting.
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    date: NaiveDate,
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
    /// People needed (present, not withdrawn) for decisions [default: the group's].
    #[arg(long, value_name = "N")]
    quorum: Option<String>,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("host").required(true))]
pub struct ScheduleArgs {
    /// The kind of meeting [default: locality; a group's: peer-group, board or other].
    #[arg(long, value_parser = super::choice::<Kind>())]
    kind: Option<Kind>,
    /// The locality whose meetings these are.
    #[arg(long, value_name = "L", group = "host")]
    locality: Option<String>,
    /// The group whose meetings these are (instead of a locality).
    #[arg(long, value_name = "NAME", group = "host")]
    group: Option<String>,
    /// The calendar year, e.g. 2027.
    #[arg(long, value_name = "YYYY", required_unless_present = "fy", conflicts_with = "fy")]
    year: Option<String>,
    /// The financial year instead (April to March), e.g. 2027-28.
    #[arg(long, value_name = "FY", value_parser = super::fy_arg)]
    fy: Option<FinancialYear>,
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
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    from: Option<NaiveDate>,
    /// Only meetings up to this day.
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    to: Option<NaiveDate>,
    /// Only this locality's meetings.
    #[arg(long, value_name = "L")]
    locality: Option<String>,
    /// Only meetings of this kind.
    #[arg(long, value_parser = super::choice::<Kind>())]
    kind: Option<Kind>,
    /// Only this group's meetings.
    #[arg(long, value_name = "NAME")]
    group: Option<String>,
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
    #[arg(allow_hyphen_values = true)]
    text: String,
    /// The agenda item it is about [default: the whole meeting].
    #[arg(long, value_name = "N")]
    item: Option<String>,
    /// They withdrew (from the item, or from the meeting): they do not count towards its quorum.
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
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    date: NaiveDate,
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
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    from: Option<NaiveDate>,
    /// Only meetings up to this day.
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    to: Option<NaiveDate>,
}

fn filter(
    db: &Db,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    loc: &Option<String>,
    kind: Option<Kind>,
) -> engage::Result<Filter> {
    if let (Some(f), Some(t)) = (from, to)
        && t < f
    {
        return Err(Error::invalid(format!("--to {t} is before --from {f}")));
    }
    let locality_id = loc.as_deref().map(|l| locality::find(db, l)).transpose()?.map(|l| l.id);
    Ok(Filter { from, to, locality_id, kind, group_id: None, upcoming: None })
}

pub fn run(ctx: &Ctx, cmd: MeetingCommand) -> Result<()> {
    let today = dates::today()?;
    match cmd {
        MeetingCommand::Add(a) => {
            let m = NewMeeting {
                kind: a.kind,
                locality: a.locality,
                practice: a.practice,
                group: a.group,
                round: a.round,
                topic: a.topic,
                date: a.date,
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
            let (months, year) = match (&a.year, &a.fy) {
                (Some(y), _) => {
                    let year = meeting::parse_year(y)?;
                    let first = dates::Month(chrono::NaiveDate::from_ymd_opt(year, 1, 1).expect("a year"));
                    (first, year.to_string())
                }
                (None, Some(fy)) => (dates::Month(fy.first()), fy.to_string()),
                (None, None) => unreachable!("clap requires --year or --fy"),
            };
            let months = months.twelve();
            let rule = Rule::parse(&a.rule)?;
            let start = a.start.as_deref().map(|s| calendar::parse_time(s, "--start")).transpose()?;
            let duration = a.duration.as_deref().map(|d| calendar::parse_duration(d, "--duration")).transpose()?;
            let mut reg = ctx.open(Access::writing(a.dry_run))?;
            let planned = reg.write(a.dry_run, |tx| {
                let (host, name) = match (&a.locality, &a.group) {
                    (Some(l), _) => (meeting::Host::Locality(l), l),
                    (None, Some(g)) => (meeting::Host::Group(g), g),
                    (None, None) => unreachable!("clap requires --locality or --group"),
                };
                let kind = match (a.kind, &host) {
                    (Some(k), _) => k,
                    (None, meeting::Host::Locality(_)) => Kind::Locality,
                    (None, meeting::Host::Group(g)) => meeting::group_kind(tx, g)?,
                };
                let planned = meeting::schedule(tx, kind, host, &months, rule, start, duration, a.on_bank_holiday)?;
                let created = planned.iter().filter(|p| matches!(p.outcome, "created" | "moved")).count();
                let summary =
                    format!("scheduled {created} {} meeting(s) of {name} for {year} ({})", kind.as_str(), a.rule);
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
            let mut f = filter(&reg.db, a.from, a.to, &a.locality, a.kind)?;
            f.group_id = a.group.as_deref().map(|g| engage::group::find(&reg.db, g)).transpose()?.map(|g| g.id);
            if a.upcoming {
                f.upcoming = Some(today);
            }
            ctx.print(&Output::Table(crate::view::facts::meetings(&meeting::select(&reg.db, &f)?, today)))?;
        }
        MeetingCommand::Show(a) => {
            let id = meeting::parse_id(&a.id)?;
            let reg = ctx.open(Access::Read)?;
            ctx.print(&Output::Record(crate::view::shows::meeting(&meeting::show(&reg.db, id, today)?, today)))?;
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
            let item = a.item.as_deref().map(business::parse_item).transpose()?;
            ctx.write(|tx| {
                let m = meeting::get(tx, id)?;
                let p = meeting::declare(tx, &m, &a.person, &a.text, item, a.withdrew)?;
                let about = item.map(|n| format!(" on item {n}")).unwrap_or_default();
                let withdrew = if a.withdrew { ", and withdrew" } else { "" };
                Ok(format!("recorded {}'s declaration{about} at {}{withdrew}", p.name, m.describe()))
            })?;
        }
        MeetingCommand::Item(ItemCommand::Add(a)) => {
            let id = meeting::parse_id(&a.id)?;
            ctx.write(|tx| {
                let m = meeting::get(tx, id)?;
                let it = business::add_item(tx, &m, &a.title, a.paper.as_deref())?;
                Ok(format!("added item {}: {} to {}", it.number, it.title, m.describe()))
            })?;
        }
        MeetingCommand::Item(ItemCommand::List(a)) => {
            let id = meeting::parse_id(&a.id)?;
            let reg = ctx.open(Access::Read)?;
            let m = meeting::get(&reg.db, id)?;
            let quorum = meeting::quorum(&reg.db, &m, &meeting::attendees(&reg.db, &m)?)?;
            ctx.print(&Output::Table(crate::view::shows::items(&business::items_shown(&reg.db, &m, &quorum, today)?)))?;
        }
        MeetingCommand::Minute(a) => say(ctx, a, business::Said::Minute, today)?,
        MeetingCommand::Decide(a) => say(ctx, a, business::Said::Decision, today)?,
        MeetingCommand::Action(a) => {
            let id = meeting::parse_id(&a.id)?;
            let n = business::parse_item(&a.item)?;
            let due = a.due;
            ctx.write(|tx| {
                let m = meeting::get(tx, id)?;
                let act = business::add_action(tx, &m, n, &a.text, &a.owner, due, today)?;
                Ok(format!("added action {} for {}, due {}: {}", act.id, act.owner_name, act.due, act.text))
            })?;
        }
        MeetingCommand::Minutes(a) => {
            let id = meeting::parse_id(&a.id)?;
            let reg = ctx.open(Access::Read)?;
            let text = business::minutes(&reg.db, id, today)?;
            super::stdout_bytes(text.as_bytes())?;
        }
        MeetingCommand::Note(a) => {
            let id = meeting::parse_id(&a.id)?;
            ctx.write(|tx| {
                let m = meeting::get(tx, id)?;
                business::note(tx, &m, &a.text, today)?;
                Ok(format!("noted at {}", m.describe()))
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
            let date = a.date;
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
            let f = filter(&reg.db, a.from, a.to, &a.locality, a.kind)?;
            let text = meeting::ics(&reg.db, &f)?;
            let mut out = std::io::stdout().lock();
            std::io::Write::write_all(&mut out, text.as_bytes())?;
            std::io::Write::flush(&mut out)?;
        }
    }
    Ok(())
}

/// `meeting minute` and `meeting decide`: a line under an item.
fn say(ctx: &Ctx, a: SayArgs, said: business::Said, today: chrono::NaiveDate) -> Result<()> {
    let id = meeting::parse_id(&a.id)?;
    let n = business::parse_item(&a.item)?;
    ctx.write(|tx| {
        let m = meeting::get(tx, id)?;
        let it = business::record(tx, &m, n, said, &a.text, today)?;
        Ok(format!("recorded a {} under item {} ({}) of {}", said.as_str(), it.number, it.title, m.describe()))
    })
}
