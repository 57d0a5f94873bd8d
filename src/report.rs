//! Reports: which practices take part, how each locality is doing, where the money
//! goes, whether sessional GPs are included, who has been visited, where skills are
//! missing, and the register of interests.

use std::collections::{BTreeMap, BTreeSet};

// foldhash: the reports hash a year's sittings and lines by small integer keys, where
// the standard SipHash was a tenth of `report engagement` (the README's performance budgets).
use foldhash::{HashMap, HashMapExt};

use crate::store::{Db, ToValue};
use chrono::{Datelike, Months, NaiveDate};

use crate::appointment::{self, LOCALITY_LEAD, NOMINATED_GP, PRACTICE_LEAD};
use crate::dates::{FinancialYear, Month};
use crate::error::{Error, Result};
use crate::interest::Interest;
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
pub fn pct(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| div_round_half_up(part as i128 * 1000, whole as i128))
}

const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// Per open practice, its locality meetings held and attended in the period.
#[derive(Default)]
struct Attendance {
    code: String,
    name: String,
    locality: String,
    locality_id: i64,
    /// Its locality over time.
    place: crate::history::Timeline<i64>,
    /// The day it opened, when known: meetings before it do not count.
    opened: Option<NaiveDate>,
    /// The day it closed: meetings after it do not count.
    closed: Option<NaiveDate>,
    held: i64,
    represented: i64,
    gp: i64,
    pm: i64,
    apologies: i64,
    /// Representation in each of the 12 months ending with the period, as a bar.
    trend: String,
    /// Each of those months' meetings held and represented.
    monthly: [(i64, i64); 12],
}

/// The first day of the 12 calendar months ending with `to`'s: a practice's trend.
fn trend_from(to: NaiveDate) -> NaiveDate {
    Month::of(to).first().checked_sub_months(Months::new(11)).expect("a year back")
}

/// The sittings [`attendance`] needs for a period held until `until`, with those of
/// the rest of the period (`to`) for its money: one read for both.
fn sittings_for(db: &Db, from: NaiveDate, until: NaiveDate, to: NaiveDate) -> Result<Sittings> {
    Sittings::load(db, from.min(trend_from(until)), to.max(until))
}

/// Per open practice (of one locality, or all), by locality name then code: its
/// locality's meetings held from `from` to `to`, and at how many of them it was
/// represented (by anyone, by a GP, by its manager) or sent apologies without being
/// represented; and its trend over the 12 calendar months ending with `to`. Only a
/// sitting at the practice's own locality's meeting counts.
///
/// The meetings are read once and tallied in memory with `sittings`, which must cover
/// them (see [`sittings_for`]): a year at national scale is some 3,600 meetings and
/// 140,000 sittings. Also the period's locality meetings nobody's attendance is recorded
/// for, by id.
fn attendance(
    db: &Db,
    from: NaiveDate,
    to: NaiveDate,
    locality_id: Option<i64>,
    sittings: &Sittings,
) -> Result<(Vec<Attendance>, Vec<i64>)> {
    const PRESENT: u8 = 1;
    const GP: u8 = 2;
    const PM: u8 = 4;
    const APOLOGIES: u8 = 8;
    // Each practice is under the locality it has at the period's end, and counts the
    // meetings of the locality it was in on each meeting's date (the README's History).
    let mut places = crate::practice::localities(db)?;
    let names: HashMap<i64, String> = crate::locality::names(db)?;
    let mut out = Vec::new();
    // The practices open on some day of the period: one that closed since keeps its row.
    let stmt = format!(
        "SELECT code, name, open_date, close_date FROM practice WHERE {}",
        crate::practice::open_in("practice")
    );
    db.each(&stmt, crate::params![from, to], |r| {
        let code: String = r.get("code")?;
        let Some(place) = places.remove(&code) else { return Ok(()) };
        let at_end = *place.on(to);
        if locality_id.is_some_and(|l| l != at_end) {
            return Ok(());
        }
        out.push(Attendance {
            code,
            name: r.get("name")?,
            locality: names.get(&at_end).cloned().unwrap_or_default(),
            locality_id: at_end,
            place,
            opened: r.get("open_date")?,
            closed: r.get("close_date")?,
            ..Default::default()
        });
        Ok(())
    })?;
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
        date: NaiveDate,
        in_period: bool,
        month: Option<usize>,
    }
    let mut held: HashMap<i64, Held> = HashMap::new();
    // Each locality's meetings by date: a practice is expected at those held once it
    // had opened.
    let mut dates: HashMap<i64, Vec<NaiveDate>> = HashMap::new();
    // Held: not cancelled, and someone's attendance recorded (or marked held). Those
    // of the period with nothing recorded are named for the caller to say so.
    let mut unrecorded = Vec::new();
    let stmt = format!(
        "SELECT m.id, m.locality_id, m.date, {} AS recorded FROM meeting m
          WHERE m.kind = 'locality' AND m.status = 'scheduled' AND m.date >= ?1 AND m.date <= ?2
            AND m.locality_id IS NOT NULL",
        crate::meeting::recorded("m")
    );
    db.each(&stmt, crate::params![from.min(trend_from), to], |r| {
        let (id, locality, date): (i64, i64, NaiveDate) = (r.get("id")?, r.get("locality_id")?, r.get("date")?);
        if !r.get::<bool>("recorded")? {
            if date >= from && locality_id.is_none_or(|l| l == locality) {
                unrecorded.push(id);
            }
            return Ok(());
        }
        dates.entry(locality).or_default().push(date);
        held.insert(id, Held { locality, date, in_period: date >= from, month: month_of(date) });
        Ok(())
    })?;
    // Per practice and meeting, who came for it.
    let mut per: HashMap<(usize, i64), u8> = HashMap::new();
    for sitting in &sittings.rows {
        let Some(i) = index[sitting.practice] else { continue };
        let meeting = sitting.meeting;
        let Some(h) = held.get(&meeting).filter(|h| h.locality == *out[i].place.on(h.date)) else { continue };
        let flags = if sitting.apologies {
            APOLOGIES
        } else {
            // Their role on the meeting's date.
            match sittings.people.get(&sitting.person).map(|p| p.on(h.date).0) {
                Some(role) if role.is_gp() => PRESENT | GP,
                Some(Role::PracticeManager) => PRESENT | PM,
                _ => PRESENT,
            }
        };
        *per.entry((i, meeting)).or_default() |= flags;
    }
    let no_dates = Vec::new();
    let mut held_in_month: Vec<[i64; 12]> = vec![[0; 12]; out.len()];
    for (a, months) in out.iter_mut().zip(&mut held_in_month) {
        let mut held = 0;
        for (first, last, locality) in a.place.spans(from.min(trend_from), to) {
            for &date in dates.get(locality).unwrap_or(&no_dates) {
                if date < first
                    || date > last
                    || a.opened.is_some_and(|o| date < o)
                    || a.closed.is_some_and(|c| date > c)
                {
                    continue;
                }
                held += (date >= from) as i64;
                if let Some(m) = month_of(date) {
                    months[m] += 1;
                }
            }
        }
        a.held = held;
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
        for (m, (month, &held)) in a.monthly.iter_mut().zip(&held_in_month[i]).enumerate() {
            *month = (held, present_in_month.get(&(i, m)).copied().unwrap_or(0).min(held));
        }
        a.trend = (0..12)
            .map(|m| match held_in_month[i][m] {
                0 => '·',
                n => {
                    let p = present_in_month.get(&(i, m)).copied().unwrap_or(0).min(n);
                    BARS[div_round_half_up(p as i128 * 7, n as i128) as usize]
                }
            })
            .collect();
    }
    unrecorded.sort_unstable();
    Ok((out, unrecorded))
}

/// One practice in `report engagement`.
#[derive(Debug, Clone)]
pub struct EngagementRow {
    pub code: String,
    pub name: String,
    pub locality: String,
    /// Locality meetings held in the period, and at how many the practice was
    /// represented (by anyone, by a GP, by its manager) or only sent apologies.
    pub held: i64,
    pub represented: i64,
    pub gp: i64,
    pub pm: i64,
    pub apologies: i64,
    /// Represented ÷ held, in tenths of a percent.
    pub representation: Option<i64>,
    pub nominated_gp: Option<String>,
    pub named_lead: Option<String>,
    pub survey_returned: bool,
    pub last_visit: Option<NaiveDate>,
    pub sessions: Hundredths,
    pub amount: Pence,
    /// Representation under 50% over locality and group meetings together, and no
    /// event attended (see the README).
    pub at_risk: bool,
    /// Meetings held of the groups it was a member of on their dates, and at how many
    /// it was represented.
    pub group_held: i64,
    pub group_represented: i64,
    /// Development days, protected learning, practice managers' and patient forums
    /// someone attended for it.
    pub events: i64,
    /// Representation in each of the 12 months ending with the period, as a bar.
    pub trend: String,
    /// Each of those months' locality meetings held and represented, the first being
    /// [`EngagementRow::first_month`].
    pub monthly: [(i64, i64); 12],
    pub first_month: Month,
}

/// A practice's part beyond its locality meetings, from `from` to `to`.
#[derive(Debug, Clone, Copy, Default)]
struct Beyond {
    group_held: i64,
    group_represented: i64,
    events: i64,
}

/// Per practice (by its number in `sittings`, which must cover the period; members
/// are numbered), the
/// meetings of its groups held while it was a member, those it was represented at, and
/// the events someone came to for it; with the group meetings of the period that
/// nobody's attendance is recorded for, in no order.
fn beyond_locality(
    db: &Db,
    from: NaiveDate,
    to: NaiveDate,
    sittings: &mut Sittings,
) -> Result<(HashMap<usize, Beyond>, Vec<i64>)> {
    // The period's group meetings and events; who sat for which practice at them.
    struct Held {
        group: Option<i64>,
        date: NaiveDate,
        event: bool,
    }
    let mut held: HashMap<i64, Held> = HashMap::new();
    let mut unrecorded = Vec::new();
    let stmt = format!(
        "SELECT m.id, m.group_id, m.date, {event} AS event, {recorded} AS recorded FROM meeting m
          WHERE m.date >= ?1 AND m.date <= ?2 AND m.status = 'scheduled'
            AND (m.group_id IS NOT NULL OR {event})",
        event = crate::meeting::is_event("m"),
        recorded = crate::meeting::recorded("m"),
    );
    db.each(&stmt, crate::params![from, to], |r| {
        let (id, group): (i64, Option<i64>) = (r.get("id")?, r.get("group_id")?);
        if !r.get::<bool>("recorded")? {
            if group.is_some() {
                unrecorded.push(id);
            }
            return Ok(());
        }
        held.insert(id, Held { group, date: r.get("date")?, event: r.get("event")? });
        Ok(())
    })?;
    let mut out: HashMap<usize, Beyond> = HashMap::new();
    if held.is_empty() {
        return Ok((out, unrecorded));
    }
    let mut present: BTreeSet<(i64, usize)> = BTreeSet::new();
    for s in sittings.rows.iter().filter(|s| !s.apologies && held.contains_key(&s.meeting)) {
        if present.insert((s.meeting, s.practice)) && held[&s.meeting].event {
            out.entry(s.practice).or_default().events += 1;
        }
    }
    // The practices' seats in groups; each group meeting counts for those seated then.
    let mut seats: HashMap<i64, Vec<(usize, NaiveDate, Option<NaiveDate>)>> = HashMap::new();
    let stmt = "SELECT group_id, practice_code, from_date, until_date FROM membership WHERE practice_code IS NOT NULL";
    db.each(stmt, (), |r| {
        let n = sittings.number(r.text("practice_code")?);
        seats.entry(r.get("group_id")?).or_default().push((n, r.get("from_date")?, r.get("until_date")?));
        Ok(())
    })?;
    for (&id, h) in &held {
        for &(n, first, last) in h.group.and_then(|g| seats.get(&g)).into_iter().flatten() {
            if first <= h.date && last.is_none_or(|l| l >= h.date) {
                let b = out.entry(n).or_default();
                b.group_held += 1;
                b.group_represented += present.contains(&(id, n)) as i64;
            }
        }
    }
    Ok((out, unrecorded))
}

/// A report's rows, and the meetings of its period up to today that it left out
/// because nobody's attendance is recorded (the README's meeting: held or unrecorded).
pub struct WithUnrecorded<T> {
    pub rows: Vec<T>,
    pub unrecorded: Vec<i64>,
}

/// `report engagement`: per open practice, by locality then code.
pub fn engagement(
    db: &Db,
    period: Period,
    locality_id: Option<i64>,
    today: NaiveDate,
) -> Result<WithUnrecorded<EngagementRow>> {
    let until = period.held_until(today);
    let mut sittings = sittings_for(db, period.from, until, period.to)?;
    let (rows, mut unrecorded) = attendance(db, period.from, until, locality_id, &sittings)?;
    let (beyond, group_unrecorded) = beyond_locality(db, period.from, until, &mut sittings)?;
    if locality_id.is_none() {
        unrecorded.extend(group_unrecorded);
        unrecorded.sort_unstable();
    }
    let money = session::by_practice(db, period.from, period.to, &mut sittings)?;
    let surveys: BTreeSet<String> =
        db.query("SELECT practice_code FROM survey", (), |r| r.get("practice_code"))?.into_iter().collect();
    let visits: HashMap<String, NaiveDate> = db
        .query(
            "SELECT practice_code, max(date) AS last_visit FROM meeting
              WHERE kind = 'visit' AND status = 'scheduled' AND date <= ?1 AND practice_code IS NOT NULL
              GROUP BY practice_code",
            [today],
            |r| Ok((r.get("practice_code")?, r.get("last_visit")?)),
        )?
        .into_iter()
        .collect();
    let on = period.to.min(today);
    let [nominated, named] = appointment::holders(db, [NOMINATED_GP, PRACTICE_LEAD], on)?;
    let rows = rows
        .into_iter()
        .map(|a| {
            let representation = pct(a.represented, a.held);
            let (sessions, amount) = money.get(&a.code).copied().unwrap_or_default();
            let b = sittings.find(&a.code).and_then(|n| beyond.get(&n)).copied().unwrap_or_default();
            let (held, present) = (a.held + b.group_held, a.represented + b.group_represented);
            EngagementRow {
                nominated_gp: nominated.get(&a.code).map(|h| h.name.clone()),
                named_lead: named.get(&a.code).map(|h| h.name.clone()),
                survey_returned: surveys.contains(&a.code),
                last_visit: visits.get(&a.code).copied(),
                at_risk: held > 0 && present * 2 < held && b.events == 0,
                group_held: b.group_held,
                group_represented: b.group_represented,
                events: b.events,
                representation,
                sessions,
                amount,
                code: a.code,
                name: a.name,
                locality: a.locality,
                held: a.held,
                represented: a.represented,
                gp: a.gp,
                pm: a.pm,
                apologies: a.apologies,
                trend: a.trend,
                monthly: a.monthly,
                first_month: Month::of(trend_from(until)),
            }
        })
        .collect();
    Ok(WithUnrecorded { rows, unrecorded })
}

/// One locality in `report localities`.
#[derive(Debug, Clone)]
pub struct LocalityRow {
    pub name: String,
    /// Open practices and their patients.
    pub practices: i64,
    pub list_size: i64,
    pub lead: Option<String>,
    pub held: i64,
    /// The mean of its practices' representation, in tenths of a percent.
    pub mean_representation: Option<i64>,
}

/// `report localities`: per locality, its open practices, patients, lead, meetings held
/// and the mean of its practices' representation.
pub fn localities(
    db: &Db,
    period: Period,
    locality_id: Option<i64>,
    today: NaiveDate,
) -> Result<WithUnrecorded<LocalityRow>> {
    let until = period.held_until(today);
    let (rows, unrecorded) =
        attendance(db, period.from, until, locality_id, &sittings_for(db, period.from, until, until)?)?;
    let sizes: HashMap<String, i64> = db
        .query("SELECT code, list_size FROM practice WHERE list_size IS NOT NULL", (), |r| {
            Ok((r.get("code")?, r.get("list_size")?))
        })?
        .into_iter()
        .collect();
    // Per locality at the period's end: its practices, their patients, and each one's
    // meetings represented and held.
    #[derive(Default)]
    struct Members {
        practices: i64,
        list_size: i64,
        rates: Vec<(i64, i64)>,
    }
    let mut by: HashMap<i64, Members> = HashMap::new();
    for a in &rows {
        let e = by.entry(a.locality_id).or_default();
        e.practices += 1;
        e.list_size += sizes.get(&a.code).copied().unwrap_or(0);
        e.rates.push((a.represented, a.held));
    }
    let stmt = format!(
        "SELECT l.id, l.name,
                (SELECT count(*) FROM meeting m WHERE m.locality_id = l.id AND m.kind = 'locality'
                    AND m.status = 'scheduled' AND m.date >= ?1 AND m.date <= ?2 AND {}) AS held
           FROM locality l WHERE ?3 IS NULL OR l.id = ?3 ORDER BY l.name",
        crate::meeting::recorded("m")
    );
    let [leads] = appointment::holders(db, [LOCALITY_LEAD], period.to.min(today))?;
    let mut out = Vec::new();
    db.each(&stmt, crate::params![period.from, until, locality_id], |r| {
        let (id, name, held): (i64, String, i64) = (r.get("id")?, r.get("name")?, r.get("held")?);
        let Members { practices, list_size, rates } = by.remove(&id).unwrap_or_default();
        out.push(LocalityRow {
            lead: leads.get(&id.to_string()).map(|h| h.name.clone()),
            mean_representation: mean_pct(&rates),
            name,
            practices,
            list_size,
            held,
        });
        Ok(())
    })?;
    Ok(WithUnrecorded { rows: out, unrecorded })
}

/// The mean of rates `part / whole` (those with a whole), in tenths of a percent
/// rounded half up: exactly, over the least common multiple of the wholes, unless that
/// is too large for 128 bits (wholes of every size up to hundreds), then in `f64`.
fn mean_pct(rates: &[(i64, i64)]) -> Option<i64> {
    fn gcd(a: i128, b: i128) -> i128 {
        if b == 0 { a } else { gcd(b, a % b) }
    }
    let counted: Vec<(i128, i128)> = rates.iter().filter(|r| r.1 > 0).map(|&(p, w)| (p as i128, w as i128)).collect();
    if counted.is_empty() {
        return None;
    }
    let n = counted.len() as i128;
    let exact = || -> Option<i64> {
        let lcm = counted.iter().try_fold(1i128, |l, &(_, w)| (l / gcd(l, w)).checked_mul(w))?;
        let sum = counted.iter().try_fold(0i128, |s, &(p, w)| s.checked_add(p.checked_mul(lcm / w)?))?;
        Some(div_round_half_up(sum.checked_mul(1000)?, lcm.checked_mul(n)?))
    };
    exact().or_else(|| {
        let mean = counted.iter().map(|&(p, w)| p as f64 / w as f64).sum::<f64>() / n as f64;
        Some((mean * 1000.0 + 0.5).floor() as i64)
    })
}

crate::text_enum! {
    /// What `report sessions` groups by.
    pub enum By {
        Month = "month",
        Source = "source",
        Fund = "fund",
        Role = "role",
        Person = "person",
        /// The locality of the practice a line counts for, on its work date; `none` for
        /// a line with no practice (a locum paid for a board role).
        Locality = "locality",
    }
}

/// The key of `report sessions --by locality` for lines counted for no practice.
pub const NO_LOCALITY: &str = "none";

/// `report sessions`: the groups, by their key's bytes (a person's by name, then id).
#[derive(Debug, Clone)]
pub struct SessionsReport {
    pub by: By,
    /// With `--fy` and `--by fund`: every row has a budget column (empty where the fund
    /// has none).
    pub with_budgets: bool,
    pub rows: Vec<SessionsRow>,
}

#[derive(Debug, Clone)]
pub struct SessionsRow {
    /// The month, source, fund, role or person's name.
    pub key: String,
    /// With `--by person`.
    pub person_id: Option<i64>,
    pub sessions: Hundredths,
    pub amount: Pence,
    /// With budgets: the fund's, if it has one.
    pub budget: Option<Option<Pence>>,
}

/// `report sessions --by X`: sessions and money of approved and paid lines by work
/// date; with `--fy` and `--by fund`, against the budgets.
///
/// With a locality, only the lines counted for its practices (a meeting line for the
/// practice sat for, any other for the person's own practice), and no budget columns:
/// budgets are the whole group's.
pub fn sessions(db: &Db, period: Period, by: By, locality_id: Option<i64>) -> Result<SessionsReport> {
    let names: HashMap<i64, String> = match by {
        By::Person => {
            db.query("SELECT id, name FROM person", (), |r| Ok((r.get("id")?, r.get("name")?)))?.into_iter().collect()
        }
        _ => HashMap::new(),
    };
    let locality_names: HashMap<i64, String> = match by {
        By::Locality => crate::locality::names(db)?,
        _ => HashMap::new(),
    };
    // By the key's bytes; a person's by name, then id.
    let mut groups: BTreeMap<Vec<u8>, (String, Option<i64>, Hundredths, Pence)> = BTreeMap::new();
    for line in session::counted(db, period.from, period.to, locality_id, by == By::Locality)? {
        let (key, id) = match by {
            By::Month => (Month::of(line.work_date).to_string(), None),
            By::Source => (line.source.as_str().to_string(), None),
            By::Fund => (line.fund, None),
            // A scheme's instalment is paid to a practice: its role is `scheme`, and its
            // payee is the practice (by code, with no person id).
            By::Role => (line.role.map_or("scheme", |r| r.as_str()).to_string(), None),
            By::Person => match line.person_id {
                Some(id) => (names.get(&id).cloned().unwrap_or_default(), Some(id)),
                None => (line.practice.clone().unwrap_or_default(), None),
            },
            By::Locality => {
                let name = line.locality.and_then(|l| locality_names.get(&l).cloned());
                (name.unwrap_or_else(|| NO_LOCALITY.to_string()), None)
            }
        };
        let sort = match id {
            Some(id) => [key.as_bytes(), &[0], format!("{id:020}").as_bytes()].concat(),
            None => key.as_bytes().to_vec(),
        };
        let g = groups.entry(sort).or_insert((key, id, Hundredths(0), Pence(0)));
        g.2 += line.sessions;
        g.3 += line.amount;
    }
    let budgets: Option<BTreeMap<String, Pence>> = match (by, period.fy, locality_id) {
        (By::Fund, Some(fy), None) => Some(
            db.query("SELECT fund, pence FROM budget WHERE fy = ?1", [fy.0], |r| {
                Ok((r.get("fund")?, r.get("pence")?))
            })?
            .into_iter()
            .collect(),
        ),
        _ => None,
    };
    if let Some(b) = &budgets {
        for fund in b.keys() {
            groups.entry(fund.as_bytes().to_vec()).or_insert((fund.clone(), None, Hundredths(0), Pence(0)));
        }
    }
    let rows = groups
        .into_values()
        .map(|(key, person_id, sessions, amount)| {
            let budget = budgets.as_ref().map(|b| b.get(&key).copied());
            SessionsRow { key, person_id, sessions, amount, budget }
        })
        .collect();
    Ok(SessionsReport { by, with_budgets: budgets.is_some(), rows })
}

/// One contract type in `report sessional-gps`.
#[derive(Debug, Clone)]
pub struct ContractRow {
    /// `partner`, `salaried` or `locum`.
    pub contract: &'static str,
    pub in_register: i64,
    pub holding_role: i64,
    pub attended: i64,
    pub declared_skills: i64,
}

/// `report sessional-gps`: GPs by contract, in the register and taking part. With a
/// locality, the GPs of its practices and those who sat for one of them in the period.
///
/// Each GP counts under the contract held at the period's end, or on leaving if
/// earlier. At national scale that is 50,000 people: their facts are read once as
/// timelines, and who held a role, attended or declared skills in the period come from
/// one read each, tallied in memory (a query per person took seconds).
pub fn sessional_gps(db: &Db, period: Period, locality_id: Option<i64>) -> Result<Vec<ContractRow>> {
    let (from, to) = (period.from, period.to);
    let people = crate::person::timelines(db, |f| (f.role, f.practice_code))?;
    let left: HashMap<i64, NaiveDate> = crate::person::left_days(db)?;
    let ids = |sql: &str, params: &[&dyn ToValue]| -> Result<std::collections::HashSet<i64>> {
        Ok(db.values(sql, params)?.into_iter().collect())
    };
    let holding = ids(
        "SELECT DISTINCT person_id FROM appointment
          WHERE from_date <= ?2 AND (until_date IS NULL OR until_date >= ?1)",
        &[&from, &to],
    )?;
    let attended = ids(
        "SELECT DISTINCT a.person_id FROM meeting m JOIN attendance a ON a.meeting_id = m.id
          WHERE m.date >= ?1 AND m.date <= ?2 AND m.status = 'scheduled' AND a.status <> 'apologies'",
        &[&from, &to],
    )?;
    let skilled = ids("SELECT DISTINCT person_id FROM skill", &[])?;
    // With a locality: each practice's locality over time, and who sat for one of its
    // practices in the period (on the meeting's date).
    let places = match locality_id {
        Some(_) => crate::practice::localities(db)?,
        None => HashMap::new(),
    };
    let mut sat_for: std::collections::HashSet<i64> = std::collections::HashSet::new();
    if let Some(wanted) = locality_id {
        let stmt = "SELECT a.person_id, a.for_practice, m.date FROM meeting m JOIN attendance a ON a.meeting_id = m.id
              WHERE m.date >= ?1 AND m.date <= ?2 AND a.for_practice IS NOT NULL";
        db.each(stmt, crate::params![from, to], |r| {
            let date: NaiveDate = r.get("date")?;
            if places.get(r.text("for_practice")?).is_some_and(|t| *t.on(date) == wanted) {
                sat_for.insert(r.get("person_id")?);
            }
            Ok(())
        })?;
    }
    const CONTRACTS: [(&str, Role); 3] =
        [("partner", Role::GpPartner), ("salaried", Role::GpSalaried), ("locum", Role::GpLocum)];
    let mut counts = [[0i64; 4]; 3];
    for (id, timeline) in &people {
        let gone = left.get(id).copied();
        let on = gone.map_or(to, |l| l.min(to));
        let (role, practice) = timeline.on(on);
        let Some(c) = CONTRACTS.iter().position(|(_, r)| r == role) else { continue };
        if let Some(wanted) = locality_id {
            let at_practice =
                practice.as_ref().and_then(|p| places.get(p.as_str())).is_some_and(|t| *t.on(on) == wanted);
            if !at_practice && !sat_for.contains(id) {
                continue;
            }
        }
        let active = gone.is_none_or(|l| l > to);
        let row = &mut counts[c];
        row[0] += active as i64;
        row[1] += holding.contains(id) as i64;
        row[2] += attended.contains(id) as i64;
        row[3] += (active && skilled.contains(id)) as i64;
    }
    Ok(CONTRACTS
        .iter()
        .zip(counts)
        .map(|(&(contract, _), [in_register, holding_role, attended, declared_skills])| ContractRow {
            contract,
            in_register,
            holding_role,
            attended,
            declared_skills,
        })
        .collect())
}

/// One practice in `report coverage`.
#[derive(Debug, Clone)]
pub struct CoverageRow {
    pub code: String,
    pub name: String,
    pub locality: String,
    pub census_date: NaiveDate,
    pub census_gps: i64,
    pub partners: i64,
    pub salaried: i64,
    pub locums: i64,
}

impl CoverageRow {
    /// The GPs the census counts that the register does not know as partners or
    /// salaried GPs there, never below zero.
    pub fn not_known(&self) -> i64 {
        (self.census_gps - self.partners - self.salaried).max(0)
    }
}

/// `report coverage`: per practice open in the period with a census (the latest dated
/// on or before the period's end, else the earliest), GPs in the census against the
/// partners and salaried GPs the register has there at the period's end and the locums
/// who sat for it in the period; by locality (at the period's end), then code.
pub fn coverage(db: &Db, period: Period, locality_id: Option<i64>) -> Result<Vec<CoverageRow>> {
    let (from, to) = (period.from, period.to);
    let census = crate::practice::census::each_on(db, to)?;
    if census.is_empty() {
        return Ok(Vec::new());
    }
    let places = crate::practice::localities(db)?;
    let names: HashMap<i64, String> = crate::locality::names(db)?;
    // Partners and salaried GPs at each practice at the period's end, who had not left.
    let people = crate::person::timelines(db, |f| (f.role, f.practice_code))?;
    let left: HashMap<i64, NaiveDate> = crate::person::left_days(db)?;
    let mut known: HashMap<String, (i64, i64, i64)> = HashMap::new();
    for (id, timeline) in &people {
        if left.get(id).is_some_and(|l| *l <= to) {
            continue;
        }
        if let (role @ (Role::GpPartner | Role::GpSalaried), Some(code)) = timeline.on(to) {
            let k = known.entry(code.to_string()).or_default();
            if *role == Role::GpPartner { k.0 += 1 } else { k.1 += 1 }
        }
    }
    // Locums who sat for a practice in the period (a locum on the meeting's date).
    let mut sat: BTreeSet<(String, i64)> = BTreeSet::new();
    let stmt =
        "SELECT DISTINCT a.person_id, a.for_practice, m.date FROM meeting m JOIN attendance a ON a.meeting_id = m.id
          WHERE m.date >= ?1 AND m.date <= ?2 AND m.status = 'scheduled' AND a.status <> 'apologies'
            AND a.for_practice IS NOT NULL";
    db.each(stmt, crate::params![from, to], |r| {
        let id: i64 = r.get("person_id")?;
        let date: NaiveDate = r.get("date")?;
        if people.get(&id).is_some_and(|t| t.on(date).0 == Role::GpLocum) {
            sat.insert((r.get("for_practice")?, id));
        }
        Ok(())
    })?;
    for (code, _) in &sat {
        known.entry(code.clone()).or_default().2 += 1;
    }
    let mut out = Vec::new();
    let stmt = format!("SELECT code, name FROM practice WHERE {}", crate::practice::open_in("practice"));
    db.each(&stmt, crate::params![from, to], |r| {
        let code: String = r.get("code")?;
        let Some(c) = census.get(&code) else { return Ok(()) };
        let at_end = places.get(&code).map(|t| *t.on(to));
        if locality_id.is_some_and(|l| Some(l) != at_end) {
            return Ok(());
        }
        let (partners, salaried, locums) = known.get(&code).copied().unwrap_or_default();
        out.push(CoverageRow {
            locality: at_end.and_then(|l| names.get(&l).cloned()).unwrap_or_default(),
            name: r.get("name")?,
            census_date: c.as_at,
            census_gps: c.gps,
            partners,
            salaried,
            locums,
            code,
        });
        Ok(())
    })?;
    out.sort_unstable_by(|a, b| (&a.locality, &a.code).cmp(&(&b.locality, &b.code)));
    Ok(out)
}

/// One practice in `report visits`.
#[derive(Debug, Clone)]
pub struct VisitRow {
    pub code: String,
    pub name: String,
    pub locality: String,
    pub last_visit: Option<NaiveDate>,
    /// Visited on or after the round's first day.
    pub visited: bool,
}

/// `report visits`: every open practice, its latest visit (of the round, with one)
/// up to today, and whether it has been visited in the round and since `since`.
/// A round nobody has been visited in is exit 4.
pub fn visits(
    db: &Db,
    since: Option<NaiveDate>,
    round: Option<&str>,
    locality_id: Option<i64>,
    today: NaiveDate,
) -> Result<Vec<VisitRow>> {
    let round = match round {
        None => None,
        Some(r) => Some(
            db.value_opt::<String>(
                "SELECT round FROM meeting WHERE kind = 'visit' AND lower(round) = lower(?1) LIMIT 1",
                [r.trim()],
            )?
            .ok_or_else(|| {
                let rounds: Vec<String> = db
                    .values("SELECT DISTINCT round FROM meeting WHERE round IS NOT NULL ORDER BY round", ())
                    .unwrap_or_default();
                let hint = if rounds.is_empty() {
                    "no visit has a round yet: `engage meeting add --kind visit --round NAME`".to_string()
                } else {
                    format!("the rounds are: {}", rounds.join(", "))
                };
                Error::not_found(format!("no visits in a round called {r:?} (--round)")).with_hint(hint)
            })?,
        ),
    };
    let stmt = "SELECT p.code, p.name, l.name AS locality,
                (SELECT max(m.date) FROM meeting m WHERE m.kind = 'visit' AND m.practice_code = p.code
                    AND m.status = 'scheduled' AND m.date <= ?2 AND (?3 IS NULL OR m.round = ?3)) AS last_visit
           FROM practice p JOIN locality l ON l.id = p.locality_id
          WHERE p.status = 'open' AND (?1 IS NULL OR p.locality_id = ?1)
          ORDER BY l.name, p.code";
    let rows = db.query(stmt, crate::params![locality_id, today, round], |r| {
        let last_visit: Option<NaiveDate> = r.get("last_visit")?;
        Ok(VisitRow {
            code: r.get("code")?,
            name: r.get("name")?,
            locality: r.get("locality")?,
            last_visit,
            visited: last_visit.is_some_and(|d| since.is_none_or(|s| d >= s)),
        })
    })?;
    Ok(rows)
}

/// One skill in `report skills`.
#[derive(Debug, Clone)]
pub struct SkillRow {
    pub skill: String,
    /// Active people holding it.
    pub people: i64,
    /// Localities with someone holding it (through their practice), and the names of
    /// those with no one.
    pub covered: i64,
    pub missing: Vec<String>,
}

/// `report skills`: each skill, how many active people hold it, and which localities
/// have someone with it (through their practice) and which have no one.
pub fn skills(db: &Db) -> Result<Vec<SkillRow>> {
    let localities: Vec<String> = db.query("SELECT name FROM locality ORDER BY name", (), |r| r.get("name"))?;
    let mut by_skill: BTreeMap<String, (BTreeSet<i64>, BTreeSet<String>)> = BTreeMap::new();
    let sql = "SELECT s.tag, p.id, l.name FROM skill s JOIN person p ON p.id = s.person_id
           LEFT JOIN practice pr ON pr.code = p.practice_code LEFT JOIN locality l ON l.id = pr.locality_id
          WHERE p.left_on IS NULL";
    db.each(sql, (), |r| {
        let e = by_skill.entry(r.get("tag")?).or_default();
        e.0.insert(r.get("id")?);
        if let Some(l) = r.get::<Option<String>>("name")? {
            e.1.insert(l);
        }
        Ok(())
    })?;
    let rows = by_skill
        .into_iter()
        .map(|(skill, (people, covered))| SkillRow {
            missing: localities.iter().filter(|l| !covered.contains(*l)).cloned().collect(),
            skill,
            people: people.len() as i64,
            covered: covered.len() as i64,
        })
        .collect();
    Ok(rows)
}

/// `report interests`: the register of declared interests in force in the period,
/// ready to publish, with each person's role and practice as at the period's end (or on
/// leaving, if earlier); with a locality, those whose practice was in it then.
pub fn interests(db: &Db, period: Period, locality_id: Option<i64>) -> Result<Vec<Interest>> {
    let places = match locality_id {
        Some(_) => crate::practice::localities(db)?,
        None => HashMap::new(),
    };
    let left: HashMap<i64, NaiveDate> = match locality_id {
        Some(_) => crate::person::left_days(db)?,
        None => HashMap::new(),
    };
    let in_locality = |i: &Interest| {
        let Some(wanted) = locality_id else { return true };
        let on = left.get(&i.person_id).map_or(period.to, |&l| l.min(period.to));
        i.practice_code.as_ref().and_then(|p| places.get(p.as_str())).is_some_and(|t| *t.on(on) == wanted)
    };
    let in_period = |i: &Interest| i.from.is_none_or(|f| f <= period.to) && i.until.is_none_or(|u| u >= period.from);
    Ok(crate::interest::list(db, None, Some(period.to))?
        .into_iter()
        .filter(|i| in_locality(i) && in_period(i))
        .collect())
}
