//! Appointment lines and schemes' instalments, month by month, with the arrears of
//! months missed (the README's session: arrears).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::store::{ToValue, Write};
use chrono::NaiveDate;

use super::lines::accrual;
use crate::dates::{self, Month};
use crate::error::{Error, Result};
use crate::units::Hundredths;

/// The appointment lines an accrual made, by month.
#[derive(Debug, Clone, Default)]
pub struct Accrued {
    /// The month accrued for: lines of earlier months are arrears.
    pub month: Option<Month>,
    pub by_month: BTreeMap<Month, usize>,
}

impl Accrued {
    pub fn total(&self) -> usize {
        self.by_month.values().sum()
    }

    /// The lines of months before the one accrued for, by month.
    pub fn arrears(&self) -> impl Iterator<Item = (Month, usize)> + '_ {
        self.by_month.iter().filter(|(m, _)| Some(**m) != self.month).map(|(m, n)| (*m, *n))
    }
}

/// Refuses (exit 3) a run or an accrual for a month that has not ended: work not yet
/// done is never paid.
pub fn refuse_unended(month: Month, today: NaiveDate, what: &str) -> Result<()> {
    if today <= month.last() {
        let first = month.last().succ_opt().unwrap_or(month.last());
        return Err(Error::invalid(format!(
            "{month} has not ended: {what} pays only for time that has passed (--month)"
        ))
        .with_hint(format!(
            "it can run from {first}; `engage session export --month {month}` shows what it would pay"
        )));
    }
    Ok(())
}

/// `session accrue --month M`: month M's appointment lines, with the arrears of every
/// month from the first finalised one; refused while M has not ended.
pub fn accrue(db: &Write, month: Month, today: NaiveDate) -> Result<Accrued> {
    refuse_unended(month, today, "an accrual")?;
    let accrued = accrue_through(db, month)?;
    mark_accrued(db, month)?;
    Ok(accrued)
}

/// After [`accrue_through`] month M in a write that commits (a finalised run, `session
/// accrue`): every appointment active from the first finalised month F to M has every
/// line of [F, M], so the next accrual need only look at the months after M. Before
/// the first run there is no F yet (an earlier month may still become the first run),
/// and nothing is marked.
pub(super) fn mark_accrued(db: &Write, month: Month) -> Result<()> {
    let first_run: Option<String> = db.value("SELECT min(month) FROM payment_run", ())?;
    let Some(first) = first_run.map(|m| dates::parse_month(&m, "payment run")).transpose()? else { return Ok(()) };
    if first > month {
        return Ok(());
    }
    db.execute(
        "UPDATE appointment SET accrued_through = ?1
          WHERE sessions_per_month > 0 AND from_date <= ?3 AND (until_date IS NULL OR until_date >= ?2)
            AND (accrued_through IS NULL OR accrued_through < ?1)",
        crate::params![month.to_string(), first.first(), month.last()],
    )?;
    Ok(())
}

/// Creates month M's appointment lines, and those of every month from the register's
/// first finalised month F (M itself until a run is finalised) that an appointment was
/// active in and has no line for: a missed run or a backdated appointment is paid as
/// arrears, each line dated in its own month. A month already accrued gains nothing.
pub(super) fn accrue_through(db: &Write, month: Month) -> Result<Accrued> {
    super::rederive(db)?;
    let first_run: Option<String> = db.value("SELECT min(month) FROM payment_run", ())?;
    let first_run = first_run.map(|m| dates::parse_month(&m, "payment run")).transpose()?;
    let from = first_run.filter(|f| *f < month).unwrap_or(month);
    // The marks say what is complete from the first run on: no help for a month before it.
    let marked = first_run.is_some_and(|f| f <= month);
    // Each appointment active in the span, with how many of its months there already
    // have a line, from the month after the one its lines are known complete through
    // (see [`mark_accrued`]): at national scale some 7,000 appointments, of which almost
    // all are complete and need no more than that count.
    let stmt = "SELECT a.id, a.person_id, a.role, a.sessions_per_month, a.from_date, a.until_date, pr.name,
                a.accrued_through,
                (SELECT count(*) FROM session_line l
                  WHERE l.appointment_id = a.id AND l.accrual_month <= ?4
                    -- after the month known complete (`2026-10-` sorts between 2026-10
                    -- and 2026-11): one bound, so that the index is searched from it
                    AND l.accrual_month >= CASE WHEN ?5 = 1 AND a.accrued_through || '-' > ?3
                                                THEN a.accrued_through || '-' ELSE ?3 END) AS have
           FROM appointment a LEFT JOIN project pr ON pr.id = a.project_id
          WHERE a.sessions_per_month > 0 AND a.from_date <= ?2 AND (a.until_date IS NULL OR a.until_date >= ?1)
            AND (?5 = 0 OR a.accrued_through IS NULL OR a.accrued_through < ?4)
          ORDER BY a.id";
    type Due = (i64, i64, String, Hundredths, NaiveDate, Option<NaiveDate>, Option<String>, Option<String>, i64);
    let due: Vec<Due> =
        db.query(stmt, crate::params![from.first(), month.last(), from.to_string(), month.to_string(), marked], |r| {
            Ok((
                r.get("id")?,
                r.get("person_id")?,
                r.get("role")?,
                r.get("sessions_per_month")?,
                r.get("from_date")?,
                r.get("until_date")?,
                r.get("name")?,
                r.get("accrued_through")?,
                r.get("have")?,
            ))
        })?;
    let mut accrued = Accrued { month: Some(month), by_month: BTreeMap::new() };
    // Those short of a line, with the months they earned something in, from the first
    // one due (after those known complete): every whole month, and the partial first
    // and last ones when they come to a hundredth or more.
    let mut short: Vec<(&Due, Month, Month)> = Vec::new();
    for d in &due {
        let (_, _, _, spm, start, until, _, through, have) = d;
        let complete =
            through.as_ref().filter(|_| marked).map(|t| dates::parse_month(t, "accrued through")).transpose()?;
        let first = from.max(Month::of(*start)).max(complete.map_or(from, |c| c.next()));
        let last = until.map_or(month, |u| month.min(Month::of(u)));
        if first > last {
            continue;
        }
        let months = |a: Month, b: Month| {
            use chrono::Datelike;
            (b.first().year() - a.first().year()) as i64 * 12 + b.first().month() as i64 - a.first().month() as i64 + 1
        };
        let mut earning = months(first, last);
        earning -= accrual(*spm, *start, *until, first).is_none() as i64;
        earning -= (last != first && accrual(*spm, *start, *until, last).is_none()) as i64;
        if earning > *have {
            short.push((d, first, last));
        }
    }
    // The months they have a line for already, in one question for a few thousand.
    let mut done: HashMap<i64, BTreeSet<String>> = HashMap::new();
    let ids: Vec<i64> = short.iter().map(|(d, _, _)| d.0).collect();
    for chunk in ids.chunks(10_000) {
        let stmt = format!(
            "SELECT appointment_id, accrual_month FROM session_line
              WHERE accrual_month >= ?1 AND accrual_month <= ?2 AND appointment_id IN {}",
            crate::store::value_rows(1, chunk.len(), 2)
        );
        let (from_text, month_text) = (from.to_string(), month.to_string());
        let mut values: Vec<&dyn ToValue> = vec![&from_text, &month_text];
        values.extend(crate::store::id_values(chunk));
        db.each(&stmt, values.as_slice(), |r| {
            done.entry(r.get("appointment_id")?).or_default().insert(r.get("accrual_month")?);
            Ok(())
        })?;
    }
    // Each line due, written a statement's worth at a time (memory stays small however
    // many months of arrears): the appointment's place in `short`, its fund, and the
    // line's work date, sessions and month.
    let funds: Vec<String> =
        short.iter().map(|(d, _, _)| d.6.as_ref().map_or_else(|| d.2.clone(), |p| format!("project:{p}"))).collect();
    let (source, status) = ("appointment", "approved");
    let write = |lines: &mut Vec<(usize, NaiveDate, Hundredths, String)>| -> Result<()> {
        let values: Vec<&dyn ToValue> = lines
            .iter()
            .flat_map(|(k, date, sessions, key)| -> [&dyn ToValue; 9] {
                let d = short[*k].0;
                [&d.1, &source, &d.2, &funds[*k], date, sessions, &status, &d.0, key]
            })
            .collect();
        db.insert_rows(
            "INSERT INTO session_line (person_id, source, reference, fund, work_date, sessions, status,
                                       appointment_id, accrual_month)",
            9,
            &values,
        )?;
        lines.clear();
        Ok(())
    };
    let mut lines = Vec::new();
    for (k, ((id, _, _, spm, start, until, _, _, _), first, last)) in short.iter().enumerate() {
        let had = done.get(id);
        let mut m = *first;
        while m <= *last {
            let (key, this) = (m.to_string(), m);
            m = m.next();
            let Some((sessions, work_date)) =
                accrual(*spm, *start, *until, this).filter(|_| !had.is_some_and(|h| h.contains(&key)))
            else {
                continue;
            };
            lines.push((k, work_date, sessions, key));
            *accrued.by_month.entry(this).or_default() += 1;
            if lines.len() == 500 {
                write(&mut lines)?;
            }
        }
    }
    write(&mut lines)?;
    // And the schemes' instalments, paid to practices.
    for date in crate::scheme::accrue(db, from, month)? {
        *accrued.by_month.entry(Month::of(date)).or_default() += 1;
    }
    Ok(accrued)
}
