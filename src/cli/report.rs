//! `engage report …`

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use engage::dates::Month;

use crate::output::Output;
use engage::dates::{self, FinancialYear};
use engage::report::{self, By, Period};
use engage::store::{Access, Db};
use engage::{Error, locality};

use crate::view;

use super::Ctx;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ReportCommand {
    /// Per practice: locality meetings held and represented, leads, survey, last visit, sessions; at-risk flagged.
    #[command(after_help = "Examples:\n  \
        engage report engagement --fy 2026-27 --locality Evesham\n  \
        engage report engagement --fy last --format csv > engagement.csv")]
    Engagement(PeriodArgs),
    /// Per locality: practices, patients, lead, meetings held, mean representation.
    #[command(after_help = "Examples:\n  engage report localities --fy last")]
    Localities(PeriodArgs),
    /// Sessions and money by month, source, fund, role or person; against budgets with --fy and --by fund.
    #[command(
        after_help = "Examples:\n  engage report sessions --by month\n  engage report sessions --fy 2026-27 --by fund"
    )]
    Sessions(SessionsArgs),
    /// GPs by contract (partner, salaried, locum): in the register, holding a role, attending, with skills.
    #[command(after_help = "Examples:\n  engage report sessional-gps --fy this")]
    SessionalGps(PeriodArgs),
    /// Practices visited and not visited in the round.
    #[command(after_help = "Examples:\n  \
        engage report visits --since 2026-04-01\n  \
        engage report visits --round 'Autumn 2026'")]
    Visits(VisitsArgs),
    /// Schemes paid to practices: uptake by locality, commitments, reviews, money.
    #[command(after_help = "Examples:\n  engage report schemes --fy this\n  engage report schemes --month 2026-12")]
    Schemes(Span),
    /// How briefings reach people, by contract (partner, salaried, locum, …) and by locality.
    #[command(after_help = "Examples:\n  engage report reach --fy this")]
    Reach(Span),
    /// A measure per practice against England: funnel limits and signals, with a funnel plot.
    #[command(after_help = "Examples:\n  \
        engage report benchmark items --locality Evesham\n  \
        engage report benchmark items --period 2018 --plot items-2018.svg")]
    Benchmark(BenchmarkArgs),
    /// Each skill with the people and localities that have it, and the localities with no one.
    #[command(after_help = "Examples:\n  engage report skills")]
    Skills,
    /// GPs in the NHS workforce census per practice against those the register knows there.
    #[command(after_help = "Examples:\n  \
        # after the census: practice import FILE --source workforce --as-at D\n  \
        engage report coverage --fy this\n  \
        engage report coverage --locality Evesham --format csv > coverage.csv")]
    Coverage(PeriodArgs),
    /// The register of declared interests in force in the period, ready to publish.
    #[command(after_help = "Examples:\n  engage report interests --format csv > register-of-interests.csv")]
    Interests(PeriodArgs),
}

/// A funnel plot: it may replace an earlier plot (an SVG file), nothing else. It holds
/// no one's personal data, so it is readable by all (0644), like a picture.
const FUNNEL_PLOT: engage::outfile::Kind = engage::outfile::Kind {
    noun: "funnel plot",
    option: "--plot",
    replaces: view::funnel::is_svg,
    mode: 0o644,
    makes_folder: false,
};

#[derive(Debug, Args)]
pub struct BenchmarkArgs {
    /// The measure's name (any case, or its first words).
    measure: String,
    /// The period imported [default: the latest imported].
    #[arg(long, value_name = "P")]
    period: Option<String>,
    /// Only this locality's practices (its rate and England's stay as they are).
    #[arg(long, value_name = "L")]
    locality: Option<String>,
    /// Also write the funnel plot to this SVG file (it opens in any browser); - for stdout, instead of the table.
    #[arg(long, value_name = "FILE.svg")]
    plot: Option<std::path::PathBuf>,
}

// The days a report covers: `--from/--to`, `--month` or `--fy`.
// (Not a doc comment: a subcommand's own help line must not be replaced by it.)
#[derive(Debug, Args)]
pub struct Span {
    /// First day [default: the start of this financial year].
    #[arg(long, value_name = "D", conflicts_with_all = ["month", "fy"], value_parser = super::date_arg)]
    from: Option<NaiveDate>,
    /// Last day [default: today].
    #[arg(long, value_name = "D", conflicts_with_all = ["month", "fy"], value_parser = super::date_arg)]
    to: Option<NaiveDate>,
    /// One month: YYYY-MM, this or last.
    #[arg(long, value_name = "M", conflicts_with = "fy", value_parser = super::month_arg)]
    month: Option<Month>,
    /// A financial year: 2026-27, this or last.
    #[arg(long, value_name = "FY", value_parser = super::fy_arg)]
    fy: Option<FinancialYear>,
}

#[derive(Debug, Args)]
pub struct PeriodArgs {
    #[command(flatten)]
    span: Span,
    /// Only this locality's practices.
    #[arg(long, value_name = "L")]
    locality: Option<String>,
}

#[derive(Debug, Args)]
pub struct SessionsArgs {
    #[command(flatten)]
    period: PeriodArgs,
    /// What to group the lines by.
    #[arg(long, value_parser = super::choice::<By>(), default_value_t = By::Month)]
    by: By,
}

#[derive(Debug, Args)]
pub struct VisitsArgs {
    /// Visited in this round of the roadshow (see `meeting add --round`).
    #[arg(long, value_name = "NAME")]
    round: Option<String>,
    /// Visited on or after this day [default: the start of this financial year, or any day with --round].
    #[arg(long, value_name = "D", value_parser = super::date_arg)]
    since: Option<NaiveDate>,
    /// Only this locality's practices.
    #[arg(long, value_name = "L")]
    locality: Option<String>,
}

impl PeriodArgs {
    fn period(&self, today: chrono::NaiveDate) -> engage::Result<Period> {
        self.span.period(today)
    }
}

impl Span {
    /// The period named, or this whole financial year when none is (the schemes' and
    /// briefings' year).
    fn period_or_year(&self, today: chrono::NaiveDate) -> engage::Result<Period> {
        if self.from.is_none() && self.to.is_none() && self.month.is_none() && self.fy.is_none() {
            let fy = FinancialYear::containing(today);
            return Ok(Period { from: fy.first(), to: fy.last(), fy: Some(fy) });
        }
        self.period(today)
    }

    fn period(&self, today: chrono::NaiveDate) -> engage::Result<Period> {
        if let (Some(f), Some(t)) = (self.from, self.to)
            && t < f
        {
            return Err(Error::invalid(format!("--to {t} is before --from {f}")));
        }
        Period::resolve(self.from, self.to, self.month, self.fy, today)
    }
}

pub fn run(ctx: &Ctx, cmd: ReportCommand) -> Result<()> {
    let today = dates::today()?;
    let locality_of = |db: &Db, l: &Option<String>| -> engage::Result<Option<i64>> {
        Ok(l.as_deref().map(|l| locality::find(db, l)).transpose()?.map(|l| l.id))
    };
    let table = match cmd {
        ReportCommand::Engagement(a) => {
            let period = a.period(today)?;
            let reg = ctx.open(Access::Read)?;
            let report = report::engagement(&reg.db, period, locality_of(&reg.db, &a.locality)?, today)?;
            warn_unrecorded(ctx, &report.unrecorded);
            view::report::engagement(&report.rows)
        }
        ReportCommand::Localities(a) => {
            let period = a.period(today)?;
            let reg = ctx.open(Access::Read)?;
            let report = report::localities(&reg.db, period, locality_of(&reg.db, &a.locality)?, today)?;
            warn_unrecorded(ctx, &report.unrecorded);
            view::report::localities(&report.rows)
        }
        ReportCommand::Sessions(a) => {
            let period = a.period.period(today)?;
            let reg = ctx.open(Access::Read)?;
            view::report::sessions(&report::sessions(&reg.db, period, a.by, locality_of(&reg.db, &a.period.locality)?)?)
        }
        ReportCommand::SessionalGps(a) => {
            let period = a.period(today)?;
            let reg = ctx.open(Access::Read)?;
            view::report::sessional_gps(&report::sessional_gps(&reg.db, period, locality_of(&reg.db, &a.locality)?)?)
        }
        ReportCommand::Visits(a) => {
            let since = match (&a.since, &a.round) {
                (Some(d), _) => Some(*d),
                (None, None) => Some(FinancialYear::containing(today).first()),
                (None, Some(_)) => None,
            };
            let reg = ctx.open(Access::Read)?;
            let locality = locality_of(&reg.db, &a.locality)?;
            let rows = report::visits(&reg.db, since, a.round.as_deref(), locality, today)?;
            view::report::visits(&rows, since, a.round.as_deref())
        }
        ReportCommand::Schemes(a) => {
            let period = a.period_or_year(today)?;
            let reg = ctx.open(Access::Read)?;
            view::report::schemes(&engage::scheme::uptake(&reg.db, period.from, period.to, today)?)
        }
        ReportCommand::Reach(a) => {
            let period = a.period_or_year(today)?;
            let reg = ctx.open(Access::Read)?;
            view::report::reach(&engage::briefing::reach(&reg.db, period.from, period.to)?)
        }
        ReportCommand::Benchmark(a) => {
            let reg = ctx.open(Access::Read)?;
            let measure = engage::measure::find(&reg.db, &a.measure)?;
            let locality = locality_of(&reg.db, &a.locality)?;
            let b = engage::measure::benchmark(&reg.db, &measure, a.period.as_deref(), locality)?;
            match a.plot.as_deref() {
                // The plot is the data on stdout.
                Some(path) if path.as_os_str() == "-" => {
                    return Ok(super::stdout_bytes(view::funnel::svg(&b).as_bytes())?);
                }
                Some(path) => {
                    use engage::outfile;
                    let svg = view::funnel::svg(&b);
                    if outfile::check(path, svg.as_bytes(), FUNNEL_PLOT, false)? != outfile::Existing::Same {
                        outfile::write(path, svg.as_bytes(), FUNNEL_PLOT)?;
                    }
                    ctx.note(format!("wrote the funnel plot of {} {} to {}", measure.name, b.period, path.display()));
                }
                None => {}
            }
            view::report::benchmark(&b)
        }
        ReportCommand::Skills => {
            let reg = ctx.open(Access::Read)?;
            view::report::skills(&report::skills(&reg.db)?)
        }
        ReportCommand::Coverage(a) => {
            let period = a.period(today)?;
            let reg = ctx.open(Access::Read)?;
            let rows = report::coverage(&reg.db, period, locality_of(&reg.db, &a.locality)?)?;
            if rows.is_empty() {
                ctx.note(
                    "no practice has a workforce census: `engage practice import FILE --source workforce --as-at D`",
                );
            } else {
                ctx.note(coverage_line(&rows));
            }
            view::report::coverage(&rows)
        }
        ReportCommand::Interests(a) => {
            let period = a.period(today)?;
            let reg = ctx.open(Access::Read)?;
            view::report::interests(&report::interests(&reg.db, period, locality_of(&reg.db, &a.locality)?)?)
        }
    };
    ctx.print(&Output::Table(table))
}

/// The line under `report coverage`: the census's GPs, those the register knows, and
/// its known sessional share of the census GPs who are not its partners.
fn coverage_line(rows: &[report::CoverageRow]) -> String {
    let sum = |f: fn(&report::CoverageRow) -> i64| rows.iter().map(f).sum::<i64>();
    let (census, partners, salaried, locums) =
        (sum(|r| r.census_gps), sum(|r| r.partners), sum(|r| r.salaried), sum(|r| r.locums));
    let sessional = salaried + locums;
    let beyond_partners = (census - partners).max(0);
    let share =
        report::pct(sessional, beyond_partners).map_or(String::new(), |p| format!(" ({}%)", engage::units::tenths(p)));
    let count = |n: i64, one: &str, many: &str| view::facts::count(n as usize, one, many);
    format!(
        "coverage: the census counts {} at {}; the register knows {}, {salaried} salaried and {} there; \
         {} not known; sessional GPs known: {sessional} of {beyond_partners} census GPs not known as partners{share}",
        count(census, "GP", "GPs"),
        count(rows.len() as i64, "practice", "practices"),
        count(partners, "partner", "partners"),
        count(locums, "locum", "locums"),
        sum(report::CoverageRow::not_known),
    )
}

/// Says which meetings up to today a report left out because nobody's attendance is
/// recorded for them (the README's meeting: held or unrecorded).
fn warn_unrecorded(ctx: &Ctx, ids: &[i64]) {
    if !ids.is_empty() {
        let list: Vec<String> = ids.iter().map(i64::to_string).collect();
        ctx.warn(format!(
            "{} meeting{} up to today {} no attendance recorded (ids {}): left out; `engage meeting held ID` if {} held",
            ids.len(),
            if ids.len() == 1 { "" } else { "s" },
            if ids.len() == 1 { "has" } else { "have" },
            list.join(", "),
            if ids.len() == 1 { "it was" } else { "they were" }
        ));
    }
}
