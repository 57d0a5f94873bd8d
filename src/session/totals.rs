//! Sessions and money summed: for a person or a practice (the `show` commands), per
//! practice (`report engagement`) and grouped (`report sessions`, budgets). Approved
//! and paid lines count, by work date; every line is priced by [`Rates::price`], so a
//! line with no rate in force fails the total (exit 3) as it would fail the payment run.

// foldhash: the reports hash a year's sittings and lines by small integer keys, where
// the standard SipHash was a tenth of `report engagement` (the README's performance budgets).
use foldhash::HashMap;

use crate::store::{Db, Row, Value};
use chrono::NaiveDate;

use super::lines::Source;
use super::rates::Rates;
use crate::dates::FinancialYear;
use crate::error::Result;
use crate::history::{self, Timeline};
use crate::person::Role;
use crate::units::{Hundredths, Pence};

/// The practice a line counts for, in SQL over a line `l`, its person `p` and their
/// period `h` on the line's work date (see [`history::person_past_join`]): for a
/// meeting line the practice sat for, otherwise the person's practice on the day.
fn practice_sql() -> String {
    format!(
        "coalesce((SELECT a.for_practice FROM attendance a
                    WHERE a.meeting_id = l.meeting_id AND a.person_id = l.person_id), {})",
        history::person_fact("h", "p", "practice_code")
    )
}

const COUNTED: &str = "l.status IN ('approved', 'paid') AND l.work_date >= ?1 AND l.work_date <= ?2";

/// A counted line's sessions and amount (as paid, else priced now), from its columns
/// `id`, `sessions`, `paid_amount`, `work_date` and `role`.
fn priced(r: &Row, rates: &Rates) -> Result<(Hundredths, Pence)> {
    let (id, sessions, paid, date, role): (i64, Hundredths, Option<Pence>, NaiveDate, Role) =
        (r.get("id")?, r.get("sessions")?, r.get("paid_amount")?, r.get("work_date")?, r.get("role")?);
    let amount = match paid {
        Some(paid) => paid,
        None => rates.price(role, date, sessions, Some(id))?.amount,
    };
    Ok((sessions, amount))
}

/// Whose money [`totals`] adds up.
#[derive(Debug, Clone, Copy)]
pub enum Earner<'a> {
    Person(i64),
    /// What was earned for a practice: meeting lines for sitting for it, other lines of
    /// its own people.
    Practice(&'a str),
}

/// Sessions and pence of one person, or earned for one practice, in a financial year.
pub fn totals(db: &Db, of: Earner, fy: FinancialYear) -> Result<(Hundredths, Pence)> {
    let rates = Rates::load(db)?;
    let line =
        format!("l.id, l.sessions, l.paid_amount, l.work_date, {} AS role", history::person_fact("h", "p", "role"));
    let past = history::person_past_join("h", "l.person_id", "l.work_date");
    let from = format!("session_line l JOIN person p ON p.id = l.person_id {past}");
    let practice = practice_sql();
    let own = history::person_fact("h", "p", "practice_code");
    // Reach the lines through the person, or the practice's people (now or once) and
    // sittings, so that the indexes do the work instead of a scan of the year's lines.
    let (sql, key): (String, Value) = match of {
        Earner::Person(id) => {
            (format!("SELECT {line} FROM {from} WHERE l.person_id = ?3 AND {COUNTED}"), Value::Integer(id))
        }
        Earner::Practice(code) => (
            format!(
                "SELECT {line} FROM {from}
                  WHERE l.person_id IN (SELECT id FROM person WHERE practice_code = ?3
                                        UNION SELECT person_id FROM person_past WHERE practice_code = ?3)
                    AND {COUNTED} AND {practice} = ?3
                 UNION ALL
                 SELECT {line} FROM attendance a
                   JOIN session_line l ON l.meeting_id = a.meeting_id AND l.person_id = a.person_id
                   JOIN person p ON p.id = l.person_id {past}
                  WHERE a.for_practice = ?3 AND ({own} IS NULL OR {own} <> ?3) AND {COUNTED}"
            ),
            Value::Text(code.into()),
        ),
    };
    let mut sum = (Hundredths(0), Pence(0));
    db.each(&sql, crate::params![fy.first(), fy.last(), key], |r| {
        let (sessions, amount) = priced(r, &rates)?;
        sum.0 += sessions;
        sum.1 += amount;
        Ok(())
    })?;
    Ok(sum)
}

/// An approved or paid line of a period, priced: what `report sessions` and the budgets
/// add up.
#[derive(Debug, Clone)]
pub struct Counted {
    /// None for a scheme's instalment, paid to a practice.
    pub person_id: Option<i64>,
    /// The practice a scheme's instalment pays.
    pub practice: Option<String>,
    pub source: Source,
    pub fund: String,
    pub work_date: NaiveDate,
    /// The role it was paid under, or the person's role now; none for a scheme's
    /// instalment.
    pub role: Option<Role>,
    pub sessions: Hundredths,
    pub amount: Pence,
    /// When asked for: the locality, on its work date, of the practice it counts for (a
    /// meeting line's practice sat for, a scheme's instalment's practice, else the
    /// person's own); none for a line with no practice.
    pub locality: Option<i64>,
}

/// The approved and paid lines of a period, each priced; with `locality`, only lines
/// counted for its practices (a meeting line for the practice sat for, a scheme's
/// instalment for the practice it pays, any other for the person's own practice).
///
/// At national scale a year is some 200,000 lines: they are read from the period's
/// index without a join, the people's roles are read once, and the lines are grouped
/// by their caller in memory rather than sorted by SQLite.
pub fn counted(
    db: &Db,
    from: NaiveDate,
    to: NaiveDate,
    locality: Option<i64>,
    localities: bool,
) -> Result<Vec<Counted>> {
    let rates = Rates::load(db)?;
    let people = crate::person::timelines(db, |f| (f.role, f.practice_code))?;
    // With `localities`: each practice's locality over time, and for the period's
    // meetings that pay, the locality of the practice each person sat for that day.
    let places = if localities { crate::practice::localities(db)? } else { Default::default() };
    let place = |code: &str, date: NaiveDate| places.get(code).map(|t| *t.on(date));
    let mut sat: HashMap<(i64, i64), Option<i64>> = HashMap::default();
    if localities {
        let stmt = "SELECT a.meeting_id, a.person_id, a.for_practice, m.date FROM meeting m JOIN attendance a ON a.meeting_id = m.id
              WHERE m.date >= ?1 AND m.date <= ?2 AND m.sessions > 0 AND a.for_practice IS NOT NULL";
        db.each(stmt, crate::params![from, to], |r| {
            let locality = place(r.text("for_practice")?, r.get::<NaiveDate>("date")?);
            sat.insert((r.get("meeting_id")?, r.get("person_id")?), locality);
            Ok(())
        })?;
    }
    let enrolled: HashMap<i64, String> = db
        .query("SELECT id, practice_code FROM enrolment", (), |r| Ok((r.get("id")?, r.get("practice_code")?)))?
        .into_iter()
        .collect();
    // Only a locality needs each line's practice, and so its person: the practice
    // counted for, in the locality it was in on the work date.
    let (join, in_locality) = match locality {
        None => (String::new(), "?3 IS NULL".to_string()),
        Some(_) => (
            format!(
                "LEFT JOIN person p ON p.id = l.person_id {}",
                history::person_past_join("h", "l.person_id", "l.work_date")
            ),
            format!(
                "{} = ?3",
                history::locality_on(
                    &format!(
                        "coalesce((SELECT e.practice_code FROM enrolment e WHERE e.id = l.enrolment_id), {})",
                        practice_sql()
                    ),
                    "l.work_date"
                )
            ),
        ),
    };
    let stmt = format!(
        "SELECT l.id, l.person_id, l.source, l.fund, l.work_date, l.sessions, l.paid_amount, l.paid_role,
                l.enrolment_id, l.amount, l.meeting_id
           FROM session_line l {join} WHERE {COUNTED} AND {in_locality}"
    );
    let mut out = Vec::new();
    db.each(&stmt, crate::params![from, to, locality], |r| {
        let (id, person_id, work_date, sessions): (i64, Option<i64>, NaiveDate, Hundredths) =
            (r.get("id")?, r.get("person_id")?, r.get("work_date")?, r.get("sessions")?);
        let (paid, enrolment, fixed): (Option<Pence>, Option<i64>, Option<Pence>) =
            (r.get("paid_amount")?, r.get("enrolment_id")?, r.get("amount")?);
        let facts = person_id
            .map(|person| {
                people.get(&person).map(|t| t.on(work_date)).ok_or_else(|| {
                    crate::error::Error::storage(format!("session line {id} names no person ({person})"))
                })
            })
            .transpose()?;
        let role = match (r.get::<Option<Role>>("paid_role")?, facts) {
            (Some(paid), _) => Some(paid),
            (None, Some((role, _))) => Some(*role),
            (None, None) => None,
        };
        let amount = match (paid, fixed, role) {
            (Some(paid), _, _) => paid,
            (None, Some(fixed), _) => fixed,
            (None, None, Some(role)) => rates.price(role, work_date, sessions, Some(id))?.amount,
            (None, None, None) => {
                return Err(crate::error::Error::storage(format!("session line {id} has no person and no amount")));
            }
        };
        let practice = enrolment.and_then(|e| enrolled.get(&e).cloned());
        let locality = match (localities, &practice, person_id) {
            (false, _, _) => None,
            (true, Some(code), _) => place(code, work_date),
            (true, None, Some(person)) => match r.get::<Option<i64>>("meeting_id")?.and_then(|m| sat.get(&(m, person)))
            {
                Some(sat_for) => *sat_for,
                None => facts.and_then(|(_, own)| own.as_deref()).and_then(|c| place(c, work_date)),
            },
            (true, None, None) => None,
        };
        out.push(Counted {
            person_id,
            practice,
            source: r.get("source")?,
            fund: r.get("fund")?,
            work_date,
            role,
            sessions,
            amount,
            locality,
        });
        Ok(())
    })?;
    Ok(out)
}

/// The people, and who sat for which practice at the meetings of a span of dates: read
/// once for a report that tallies them more than one way (`report engagement` counts
/// attendance and money from the same sittings). Practice codes are numbered, so that
/// a sitting or a line finds its practice without a copy of the code.
#[derive(Default)]
pub struct Sittings {
    /// Practice codes, by number.
    pub codes: Vec<String>,
    numbers: HashMap<String, usize>,
    /// Per person: role and own practice, over time.
    pub people: HashMap<i64, Timeline<(Role, Option<usize>)>>,
    /// The sittings for a practice at meetings dated within the span.
    pub rows: Vec<Sitting>,
}

/// Someone at a meeting for a practice.
pub struct Sitting {
    pub meeting: i64,
    pub person: i64,
    /// The practice sat for (its number in [`Sittings::codes`]).
    pub practice: usize,
    pub apologies: bool,
}

impl Sittings {
    /// Everyone, and the sittings for a practice at the meetings dated `from` to `to`
    /// that the reports tally: locality meetings, group meetings and events (for
    /// representation), and meetings with sessions (whose lines count for the practice
    /// sat for). Board members sitting for no practice are not sittings.
    pub fn load(db: &Db, from: NaiveDate, to: NaiveDate) -> Result<Sittings> {
        let mut all = Sittings::default();
        all.people = crate::person::timelines(db, |f| (f.role, f.practice_code.map(|code| all.number(&code))))?;
        let stmt = format!(
            "SELECT a.meeting_id, a.person_id, a.for_practice, a.status FROM meeting m JOIN attendance a ON a.meeting_id = m.id
              WHERE m.date >= ?1 AND m.date <= ?2 AND a.for_practice IS NOT NULL
                AND (m.kind = 'locality' OR m.sessions > 0 OR m.group_id IS NOT NULL OR {})",
            crate::meeting::is_event("m")
        );
        db.each(&stmt, crate::params![from, to], |r| {
            let practice = all.number(r.text("for_practice")?);
            let apologies = r.text("status")? == "apologies";
            all.rows.push(Sitting { meeting: r.get("meeting_id")?, person: r.get("person_id")?, practice, apologies });
            Ok(())
        })?;
        Ok(all)
    }

    /// The number of a practice code, numbering it if it is new.
    pub fn number(&mut self, code: &str) -> usize {
        self.find(code).unwrap_or_else(|| {
            self.numbers.insert(code.to_string(), self.codes.len());
            self.codes.push(code.to_string());
            self.codes.len() - 1
        })
    }

    /// The number of a practice code already numbered.
    pub fn find(&self, code: &str) -> Option<usize> {
        self.numbers.get(code).copied()
    }
}

/// Sessions and money per practice in a period, as [`totals`] counts them: a meeting
/// line counts for the practice sat for, any other for the person's own practice.
/// `sittings` holds everyone and, for some span of dates, who sat for whom; a meeting
/// line whose sitting is not there (its meeting is outside the span) is looked up alone.
pub fn by_practice(
    db: &Db,
    from: NaiveDate,
    to: NaiveDate,
    sittings: &mut Sittings,
) -> Result<HashMap<String, (Hundredths, Pence)>> {
    let rates = Rates::load(db)?;
    let sat: HashMap<(i64, i64), usize> = sittings.rows.iter().map(|s| ((s.meeting, s.person), s.practice)).collect();
    // By the practice's number in `sittings`: a year is some 200,000 lines.
    let mut totals: Vec<(Hundredths, Pence)> = Vec::new();
    let stmt = "SELECT id, person_id, meeting_id, sessions, paid_amount, work_date FROM session_line
          WHERE status IN ('approved', 'paid') AND work_date >= ?1 AND work_date <= ?2 AND person_id IS NOT NULL";
    let mut add = |practice: usize, sessions: Hundredths, amount: Pence| {
        if totals.len() <= practice {
            totals.resize(practice + 1, Default::default());
        }
        totals[practice].0 += sessions;
        totals[practice].1 += amount;
    };
    // Lines whose sitting is not in `sittings`, looked up once the rows have all come
    // (a server sends a long result as one stream, with no other question between).
    let mut alone: Vec<(i64, i64, Option<usize>, Hundredths, Pence)> = Vec::new();
    db.each(stmt, crate::params![from, to], |r| {
        let (id, person, meeting, sessions): (i64, i64, Option<i64>, Hundredths) =
            (r.get("id")?, r.get("person_id")?, r.get("meeting_id")?, r.get("sessions")?);
        let work_date = r.get::<chrono::NaiveDate>("work_date")?;
        let Some(&(role, own)) = sittings.people.get(&person).map(|t| t.on(work_date)) else { return Ok(()) };
        let amount = || -> Result<Pence> {
            Ok(match r.get::<Option<Pence>>("paid_amount")? {
                Some(paid) => paid,
                None => rates.price(role, work_date, sessions, Some(id))?.amount,
            })
        };
        match meeting.map(|m| (m, sat.get(&(m, person)))) {
            None => {
                if let Some(n) = own {
                    add(n, sessions, amount()?);
                }
            }
            Some((_, Some(&n))) => add(n, sessions, amount()?),
            Some((m, None)) => alone.push((m, person, own, sessions, amount()?)),
        }
        Ok(())
    })?;
    for (meeting, person, own, sessions, amount) in alone {
        let elsewhere: Option<Option<String>> = db.value_opt(
            "SELECT for_practice FROM attendance WHERE meeting_id = ?1 AND person_id = ?2",
            [meeting, person],
        )?;
        if let Some(n) = elsewhere.flatten().map(|code| sittings.number(&code)).or(own) {
            add(n, sessions, amount);
        }
    }
    Ok(totals.into_iter().enumerate().map(|(n, t)| (sittings.codes[n].clone(), t)).collect())
}
