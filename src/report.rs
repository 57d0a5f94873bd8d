//! Reports: which practices take part, how each locality is doing, where the money
//! goes, whether sessional GPs are included, who has been visited, where skills are
//! missing, and the register of interests.

use std::collections::{BTreeMap, BTreeSet};

// foldhash: the reports hash a year's sittings and lines by small integer keys, where
// the standard SipHash was a tenth of `report engagement` (SPEC §5).
use foldhash::{HashMap, HashMapExt};

use chrono::{Datelike, Months, NaiveDate};
use rusqlite::Connection;

use crate::appointment::{self, LOCALITY_LEAD, NOMINATED_GP, PRACTICE_LEAD};
use crate::dates::{FinancialYear, Month};
use crate::error::{Error, Result};
use crate::output::{Cell, Table};
use crate::person::Role;
use crate::session::{self, Sittings};
use crate::units::{Hundredths, Pence, div_round_half_up};

/// The days a report covers.
#[derive(Debug, Clone, Copy)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Named by `--fy`: budgets apply.
    pub fy: Option<FinancialYear>,
}

impl Period {
    /// Without options: this financial year up to today.
    pub fn resolve(
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        month: Option<Month>,
        fy: Option<FinancialYear>,
        today: NaiveDate,
    ) -> Result<Period> {
        let p = match (month, fy) {
            (Some(m), _) => Period { from: m.first(), to: m.last(), fy: None },
            (None, Some(f)) => Period { from: f.first(), to: f.last(), fy: Some(f) },
            (None, None) => {
                let this = FinancialYear::containing(today);
                Period { from: from.unwrap_or(this.first()), to: to.unwrap_or(today), fy: None }
            }
        };
        if p.to < p.from {
            return Err(Error::invalid(format!("--to {} is before --from {}", p.to, p.from)));
        }
        Ok(p)
    }

    /// The last day whose meetings count as held: the period's end, or today.
    fn held_until(self, today: NaiveDate) -> NaiveDate {
        self.to.min(today)
    }
}

/// Tenths of a percent, half-up; `None` when nothing was possible.
fn pct(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| div_round_half_up(part as i128 * 1000, whole as i128))
}

const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

pub const ENGAGEMENT_COLUMNS: &[&str] = &[
    "practice_code",
    "practice_name",
    "locality",
    "meetings_held",
    "represented",
    "gp_present",
    "pm_present",
    "apologies",
    "representation_pct",
    "nominated_gp",
    "named_lead",
    "survey_returned",
    "last_visit",
    "sessions",
    "amount_gbp",
    "at_risk",
    "trend_12m",
];

/// Per open practice, its locality meetings held and attended in the period.
#[derive(Default)]
struct Attendance {
    code: String,
    name: String,
    locality: String,
    locality_id: i64,
    held: i64,
    represented: i64,
    gp: i64,
    pm: i64,
    apologies: i64,
    /// Representation in each of the 12 months ending with the period, as a bar.
    trend: String,
}

/// The first day of the 12 calendar months ending with `to`'s: a practice's trend.
fn trend_from(to: NaiveDate) -> NaiveDate {
    Month::of(to).first().checked_sub_months(Months::new(11)).expect("a year back")
}

/// The sittings [`attendance`] needs for a period held until `until`, with those of
/// the rest of the period (`to`) for its money: one read for both.
fn sittings_for(conn: &Connection, from: NaiveDate, until: NaiveDate, to: NaiveDate) -> Result<Sittings> {
    Sittings::load(conn, from.min(trend_from(until)), to.max(until))
}

/// Per open practice (of one locality, or all), by locality name then code: its
/// locality's meetings held from `from` to `to`, and at how many of them it was
/// represented (by anyone, by a GP, by its manager) or sent apologies without being
/// represented; and its trend over the 12 calendar months ending with `to`. Only a
/// sitting at the practice's own locality's meeting counts.
///
/// The meetings are read once and tallied in memory with `sittings`, which must cover
/// them (see [`sittings_for`]): a year at national scale is some 3,600 meetings and
/// 140,000 sittings.
fn attendance(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    locality_id: Option<i64>,
    sittings: &Sittings,
) -> Result<Vec<Attendance>> {
    const PRESENT: u8 = 1;
    const GP: u8 = 2;
    const PM: u8 = 4;
    const APOLOGIES: u8 = 8;
    let mut out = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT p.code, p.name, l.name, p.locality_id FROM practice p JOIN locality l ON l.id = p.locality_id
          WHERE p.status = 'open' AND (?1 IS NULL OR p.locality_id = ?1)",
    )?;
    let mut rows = stmt.query([locality_id])?;
    while let Some(r) = rows.next()? {
        out.push(Attendance {
            code: r.get(0)?,
            name: r.get(1)?,
            locality: r.get(2)?,
            locality_id: r.get(3)?,
            ..Default::default()
        });
    }
    // By locality name, then code (byte order, as SQLite's ORDER BY would have it).
    out.sort_unstable_by(|a, b| (&a.locality, &a.code).cmp(&(&b.locality, &b.code)));
    // Each practice's row, by the practice's number in `sittings`.
    let mut index: Vec<Option<usize>> = vec![None; sittings.codes.len()];
    for (i, a) in out.iter().enumerate() {
        if let Some(n) = sittings.find(&a.code) {
            index[n] = Some(i);
        }
    }
    let trend_from = trend_from(to);
    let month_of = |date: NaiveDate| {
        let months = (date.year() - trend_from.year()) * 12 + date.month() as i32 - trend_from.month() as i32;
        (date >= trend_from).then_some(months as usize)
    };
    // The meetings held: in the period, in a trend month, or both.
    struct Held {
        locality: i64,
        in_period: bool,
        month: Option<usize>,
    }
    let mut held: HashMap<i64, Held> = HashMap::new();
    let mut counts: HashMap<i64, i64> = HashMap::new();
    let mut held_in_month: HashMap<(i64, usize), i64> = HashMap::new();
    let window = "h.kind = 'locality' AND h.status = 'scheduled' AND h.date >= ?1 AND h.date <= ?2
                  AND h.locality_id IS NOT NULL";
    let mut stmt = conn.prepare_cached(&format!("SELECT h.id, h.locality_id, h.date FROM meeting h WHERE {window}"))?;
    let mut rows = stmt.query(rusqlite::params![from.min(trend_from), to])?;
    while let Some(r) = rows.next()? {
        let (id, locality, date): (i64, i64, NaiveDate) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let h = Held { locality, in_period: date >= from, month: month_of(date) };
        if h.in_period {
            *counts.entry(locality).or_default() += 1;
        }
        if let Some(m) = h.month {
            *held_in_month.entry((locality, m)).or_default() += 1;
        }
        held.insert(id, h);
    }
    // Per practice and meeting, who came for it.
    let mut per: HashMap<(usize, i64), u8> = HashMap::new();
    for sitting in &sittings.rows {
        let Some(i) = index[sitting.practice] else { continue };
        let meeting = sitting.meeting;
        if held.get(&meeting).is_none_or(|h| h.locality != out[i].locality_id) {
            continue;
        }
        let flags = if sitting.apologies {
            APOLOGIES
        } else {
            match sittings.people.get(&sitting.person).map(|p| p.0) {
                Some(role) if role.is_gp() => PRESENT | GP,
                Some(Role::PracticeManager) => PRESENT | PM,
                _ => PRESENT,
            }
        };
        *per.entry((i, meeting)).or_default() |= flags;
    }
    for a in &mut out {
        a.held = counts.get(&a.locality_id).copied().unwrap_or(0);
    }
    let mut present_in_month: HashMap<(usize, usize), i64> = HashMap::new();
    for ((i, meeting), flags) in per {
        let h = &held[&meeting];
        let present = flags & PRESENT != 0;
        if let (Some(m), true) = (h.month, present) {
            *present_in_month.entry((i, m)).or_default() += 1;
        }
        if h.in_period {
            let a = &mut out[i];
            a.represented += present as i64;
            a.gp += (flags & GP != 0) as i64;
            a.pm += (flags & PM != 0) as i64;
            a.apologies += (flags & (PRESENT | APOLOGIES) == APOLOGIES) as i64;
        }
    }
    for (i, a) in out.iter_mut().enumerate() {
        a.trend = (0..12)
            .map(|m| match held_in_month.get(&(a.locality_id, m)) {
                None => '·',
                Some(&n) => {
                    let p = present_in_month.get(&(i, m)).copied().unwrap_or(0).min(n);
                    BARS[div_round_half_up(p as i128 * 7, n as i128) as usize]
                }
            })
            .collect();
    }
    Ok(out)
}

/// `report engagement`: per open practice, by locality then code.
pub fn engagement(conn: &Connection, period: Period, locality_id: Option<i64>, today: NaiveDate) -> Result<Table> {
    let until = period.held_until(today);
    let mut sittings = sittings_for(conn, period.from, until, period.to)?;
    let rows = attendance(conn, period.from, until, locality_id, &sittings)?;
    let money = session::by_practice(conn, period.from, period.to, &mut sittings)?;
    let surveys: BTreeSet<String> = conn
        .prepare("SELECT practice_code FROM survey")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let visits: HashMap<String, NaiveDate> = conn
        .prepare(
            "SELECT practice_code, max(date) FROM meeting
              WHERE kind = 'visit' AND status = 'scheduled' AND date <= ?1 AND practice_code IS NOT NULL
              GROUP BY practice_code",
        )?
        .query_map([today], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let on = period.to.min(today);
    let [nominated, named] = appointment::holders(conn, [NOMINATED_GP, PRACTICE_LEAD], on)?;
    let mut table = Table::new(ENGAGEMENT_COLUMNS);
    table.table_only = 1;
    let mut sum = [0i64; 5];
    let (mut sum_sessions, mut sum_pence) = (Hundredths(0), Pence(0));
    let mut at_risk_count = 0;
    for a in rows {
        let represent = pct(a.represented, a.held);
        let at_risk = represent.is_some_and(|p| p < 500);
        let (sessions, pence) = money.get(&a.code).copied().unwrap_or_default();
        for (s, v) in sum.iter_mut().zip([a.held, a.represented, a.gp, a.pm, a.apologies]) {
            *s += v;
        }
        sum_sessions += sessions;
        sum_pence += pence;
        at_risk_count += at_risk as i64;
        table.marked.push(at_risk);
        table.push(vec![
            Cell::text(&a.code),
            Cell::text(&a.name),
            Cell::text(&a.locality),
            Cell::Int(a.held),
            Cell::Int(a.represented),
            Cell::Int(a.gp),
            Cell::Int(a.pm),
            Cell::Int(a.apologies),
            represent.map_or(Cell::Null, Cell::Pct),
            Cell::opt_text(nominated.get(&a.code).cloned()),
            Cell::opt_text(named.get(&a.code).cloned()),
            Cell::Bool(surveys.contains(&a.code)),
            Cell::opt_date(visits.get(&a.code).copied()),
            Cell::Sessions(sessions),
            Cell::Money(pence),
            Cell::Bool(at_risk),
            Cell::text(a.trend),
        ]);
    }
    table.totals = Some(vec![
        Cell::text("total"),
        Cell::text(format!("{} practices", table.rows.len())),
        Cell::Null,
        Cell::Int(sum[0]),
        Cell::Int(sum[1]),
        Cell::Int(sum[2]),
        Cell::Int(sum[3]),
        Cell::Int(sum[4]),
        pct(sum[1], sum[0]).map_or(Cell::Null, Cell::Pct),
        Cell::Null,
        Cell::Null,
        Cell::Null,
        Cell::Null,
        Cell::Sessions(sum_sessions),
        Cell::Money(sum_pence),
        Cell::text(format!("{at_risk_count} at risk")),
        Cell::Null,
    ]);
    Ok(table)
}

pub const LOCALITIES_COLUMNS: &[&str] =
    &["locality", "practices", "list_size", "lead", "meetings_held", "mean_representation_pct"];

/// `report localities`: per locality, its open practices, patients, lead, meetings held
/// and the mean of its practices' representation.
pub fn localities(conn: &Connection, period: Period, locality_id: Option<i64>, today: NaiveDate) -> Result<Table> {
    let until = period.held_until(today);
    let rows = attendance(conn, period.from, until, locality_id, &sittings_for(conn, period.from, until, until)?)?;
    let mut by: BTreeMap<String, (i64, i64, i64, i64)> = BTreeMap::new(); // id, practices, held, represented
    for a in &rows {
        let e = by.entry(a.locality.clone()).or_insert((a.locality_id, 0, a.held, 0));
        e.1 += 1;
        e.3 += a.represented;
    }
    let mut stmt = conn.prepare(
        "SELECT l.id, l.name, coalesce(sum(p.list_size), 0),
                (SELECT count(*) FROM meeting m WHERE m.locality_id = l.id AND m.kind = 'locality'
                    AND m.status = 'scheduled' AND m.date >= ?1 AND m.date <= ?2)
           FROM locality l LEFT JOIN practice p ON p.locality_id = l.id AND p.status = 'open'
          WHERE ?3 IS NULL OR l.id = ?3
          GROUP BY l.id ORDER BY l.name",
    )?;
    let mut table = Table::new(LOCALITIES_COLUMNS);
    let mut rows = stmt.query(rusqlite::params![period.from, until, locality_id])?;
    let (mut practices, mut patients, mut held_total) = (0, 0, 0);
    while let Some(r) = rows.next()? {
        let (id, name, list_size, held): (i64, String, i64, i64) = (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
        let (_, n, _, represented) = by.get(&name).copied().unwrap_or((id, 0, held, 0));
        practices += n;
        patients += list_size;
        held_total += held;
        // Every open practice of a locality has the same meetings, so the mean of their
        // rates is their represented meetings over practices × meetings, exactly.
        let mean = pct(represented, n * held);
        table.push(vec![
            Cell::text(name),
            Cell::Int(n),
            Cell::Int(list_size),
            Cell::opt_text(appointment::holder(conn, LOCALITY_LEAD, Some(id), None, period.to.min(today))?),
            Cell::Int(held),
            mean.map_or(Cell::Null, Cell::Pct),
        ]);
    }
    table.totals = Some(vec![
        Cell::text("total"),
        Cell::Int(practices),
        Cell::Int(patients),
        Cell::Null,
        Cell::Int(held_total),
        Cell::Null,
    ]);
    Ok(table)
}

crate::text_enum! {
    /// What `report sessions` groups by.
    pub enum By {
        Month = "month",
        Source = "source",
        Fund = "fund",
        Role = "role",
        Person = "person",
    }
}

/// `report sessions --by X`: sessions and money of approved and paid lines by work
/// date; with `--fy` and `--by fund`, against the budgets.
///
/// With a locality, only the lines counted for its practices (a meeting line for the
/// practice sat for, any other for the person's own practice), and no budget columns:
/// budgets are the whole group's.
pub fn sessions(conn: &Connection, period: Period, by: By, locality_id: Option<i64>) -> Result<Table> {
    let (key, extra) = match by {
        By::Month => ("substr(l.work_date, 1, 7)", "NULL"),
        By::Source => ("l.source", "NULL"),
        By::Fund => ("l.fund", "NULL"),
        By::Role => ("coalesce(l.paid_role, p.role)", "NULL"),
        By::Person => ("p.name", "p.id"),
    };
    let mut groups: BTreeMap<Vec<u8>, (String, Option<i64>, Hundredths, Pence)> = BTreeMap::new();
    for g in session::grouped(conn, period.from, period.to, key, extra, locality_id)? {
        let (k, id, sessions, pence) = (g.key, g.extra, g.sessions, g.pence);
        let sort = match id {
            Some(id) => [k.as_bytes(), &[0], format!("{id:020}").as_bytes()].concat(),
            None => k.as_bytes().to_vec(),
        };
        groups.insert(sort, (k, id, sessions, pence));
    }
    let first = match by {
        By::Month => "month",
        By::Source => "source",
        By::Fund => "fund",
        By::Role => "role",
        By::Person => "person",
    };
    let budgets: Option<BTreeMap<String, Pence>> = match (by, period.fy, locality_id) {
        (By::Fund, Some(fy), None) => Some(
            conn.prepare("SELECT fund, pence FROM budget WHERE fy = ?1")?
                .query_map([fy.0], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?,
        ),
        _ => None,
    };
    if let Some(b) = &budgets {
        for fund in b.keys() {
            groups.entry(fund.as_bytes().to_vec()).or_insert((fund.clone(), None, Hundredths(0), Pence(0)));
        }
    }
    let mut columns = vec![first, "sessions", "amount_gbp"];
    if budgets.is_some() {
        columns.extend(["budget_gbp", "remaining_gbp"]);
    }
    if by == By::Person {
        columns.push("person_id");
    }
    let mut table = Table::new(&columns);
    let (mut total_sessions, mut total_pence, mut total_budget) = (Hundredths(0), Pence(0), Pence(0));
    for (_, (key, id, sessions, pence)) in groups {
        total_sessions += sessions;
        total_pence += pence;
        let mut row = vec![Cell::text(&key), Cell::Sessions(sessions), Cell::Money(pence)];
        if let Some(b) = &budgets {
            let budget = b.get(&key).copied();
            total_budget += budget.unwrap_or_default();
            row.push(budget.map_or(Cell::Null, Cell::Money));
            row.push(budget.map_or(Cell::Null, |b| Cell::Money(b - pence)));
        }
        if let Some(id) = id {
            row.push(Cell::Int(id));
        }
        table.push(row);
    }
    let mut totals = vec![Cell::text("total"), Cell::Sessions(total_sessions), Cell::Money(total_pence)];
    if budgets.is_some() {
        totals.extend([Cell::Money(total_budget), Cell::Money(total_budget - total_pence)]);
    }
    if by == By::Person {
        totals.push(Cell::Null);
    }
    table.totals = Some(totals);
    Ok(table)
}

/// `report sessional-gps`: GPs by contract, in the register and taking part. With a
/// locality, the GPs of its practices and those who sat for one of them in the period.
pub fn sessional_gps(conn: &Connection, period: Period, locality_id: Option<i64>) -> Result<Table> {
    let mut table = Table::new(&["contract", "in_register", "holding_role", "attended", "declared_skills"]);
    let mut stmt = conn.prepare(
        "SELECT
            count(*) FILTER (WHERE p.left_on IS NULL OR p.left_on > ?3),
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM appointment a WHERE a.person_id = p.id
                                           AND a.from_date <= ?3 AND (a.until_date IS NULL OR a.until_date >= ?2))),
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM attendance a JOIN meeting m ON m.id = a.meeting_id
                                           WHERE a.person_id = p.id AND a.status <> 'apologies'
                                             AND m.status = 'scheduled' AND m.date >= ?2 AND m.date <= ?3)),
            count(*) FILTER (WHERE (p.left_on IS NULL OR p.left_on > ?3)
                               AND EXISTS (SELECT 1 FROM skill s WHERE s.person_id = p.id))
           FROM person p
          WHERE p.role = ?1
            AND (?4 IS NULL
                 OR p.practice_code IN (SELECT code FROM practice WHERE locality_id = ?4)
                 OR EXISTS (SELECT 1 FROM attendance a JOIN meeting m ON m.id = a.meeting_id
                              JOIN practice pr ON pr.code = a.for_practice
                             WHERE a.person_id = p.id AND pr.locality_id = ?4 AND m.date >= ?2 AND m.date <= ?3))",
    )?;
    let mut totals = [0i64; 4];
    for (contract, role) in [("partner", "gp-partner"), ("salaried", "gp-salaried"), ("locum", "gp-locum")] {
        let counts: [i64; 4] = stmt.query_row(rusqlite::params![role, period.from, period.to, locality_id], |r| {
            Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?])
        })?;
        for (t, c) in totals.iter_mut().zip(counts) {
            *t += c;
        }
        let mut row = vec![Cell::text(contract)];
        row.extend(counts.map(Cell::Int));
        table.push(row);
    }
    let mut row = vec![Cell::text("total")];
    row.extend(totals.map(Cell::Int));
    table.totals = Some(row);
    Ok(table)
}

/// `report visits`: every open practice, its latest visit whenever it was, and whether
/// it has been visited since `since`.
pub fn visits(conn: &Connection, since: NaiveDate, locality_id: Option<i64>, today: NaiveDate) -> Result<Table> {
    let mut stmt = conn.prepare(
        "SELECT p.code, p.name, l.name,
                (SELECT max(m.date) FROM meeting m WHERE m.kind = 'visit' AND m.practice_code = p.code
                    AND m.status = 'scheduled' AND m.date <= ?2)
           FROM practice p JOIN locality l ON l.id = p.locality_id
          WHERE p.status = 'open' AND (?1 IS NULL OR p.locality_id = ?1)
          ORDER BY l.name, p.code",
    )?;
    let mut table = Table::new(&["practice_code", "practice_name", "locality", "last_visit", "visited"]);
    let mut rows = stmt.query(rusqlite::params![locality_id, today])?;
    let mut visited_count = 0;
    while let Some(r) = rows.next()? {
        let last: Option<NaiveDate> = r.get(3)?;
        let visited = last.is_some_and(|d| d >= since);
        visited_count += visited as i64;
        table.marked.push(!visited);
        table.push(vec![
            Cell::text(r.get::<_, String>(0)?),
            Cell::text(r.get::<_, String>(1)?),
            Cell::text(r.get::<_, String>(2)?),
            Cell::opt_date(last),
            Cell::Bool(visited),
        ]);
    }
    let n = table.rows.len();
    table.totals = Some(vec![
        Cell::text("total"),
        Cell::text(format!("{visited_count} of {n} visited since {since}")),
        Cell::Null,
        Cell::Null,
        Cell::Null,
    ]);
    Ok(table)
}

/// `report skills`: each skill, how many active people hold it, and which localities
/// have someone with it (through their practice) and which have no one.
pub fn skills(conn: &Connection) -> Result<Table> {
    let localities: Vec<String> = conn
        .prepare("SELECT name FROM locality ORDER BY name")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut by_skill: BTreeMap<String, (BTreeSet<i64>, BTreeSet<String>)> = BTreeMap::new();
    let mut stmt = conn.prepare(
        "SELECT s.tag, p.id, l.name FROM skill s JOIN person p ON p.id = s.person_id
           LEFT JOIN practice pr ON pr.code = p.practice_code LEFT JOIN locality l ON l.id = pr.locality_id
          WHERE p.left_on IS NULL",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let e = by_skill.entry(r.get(0)?).or_default();
        e.0.insert(r.get(1)?);
        if let Some(l) = r.get::<_, Option<String>>(2)? {
            e.1.insert(l);
        }
    }
    let mut table = Table::new(&["skill", "people", "localities_covered", "localities_missing"]);
    for (skill, (people, covered)) in by_skill {
        let missing: Vec<&str> = localities.iter().map(String::as_str).filter(|l| !covered.contains(*l)).collect();
        table.marked.push(!missing.is_empty());
        table.push(vec![
            Cell::text(skill),
            Cell::Int(people.len() as i64),
            Cell::Int(covered.len() as i64),
            Cell::text(missing.join("; ")),
        ]);
    }
    Ok(table)
}

/// `report interests`: the register of declared interests in force in the period,
/// ready to publish; with a locality, those of the people of its practices.
pub fn interests(conn: &Connection, period: Period, locality_id: Option<i64>) -> Result<Table> {
    let all = crate::interest::list(conn, None)?;
    let codes: Option<BTreeSet<String>> = match locality_id {
        Some(id) => Some(
            conn.prepare("SELECT code FROM practice WHERE locality_id = ?1")?
                .query_map([id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?,
        ),
        None => None,
    };
    let mut table = Table::new(crate::interest::COLUMNS);
    for row in all.rows {
        let starts = if let Cell::Date(d) = row[5] { Some(d) } else { None };
        let ends = if let Cell::Date(d) = row[6] { Some(d) } else { None };
        let in_locality = codes.as_ref().is_none_or(|c| matches!(&row[3], Cell::Text(code) if c.contains(code)));
        if in_locality && starts.is_none_or(|s| s <= period.to) && ends.is_none_or(|e| e >= period.from) {
            table.push(row);
        }
    }
    Ok(table)
}
