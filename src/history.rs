//! Dated facts (the README's History): a practice's locality, and a person's practice, role and
//! pay_to, over time, so that a later edit never rewrites what happened before it.
//!
//! The value in force now lives in the record's own row (`practice.locality_id`,
//! `person.role`, ...) with the first day it holds (`locality_from`, `facts_from`;
//! NULL: from the beginning). The periods that ended live in `practice_past` and
//! `person_past`, each with its first day (NULL: from the beginning) and its last.
//! Periods follow one another without a gap, and the first holds from the beginning,
//! so every date has exactly one fact. A change is recorded from a day that has come:
//! the row's value is always the one in force today.
//!
//! Every read of a fact as at a date goes through here: SQL joins for a query over
//! some rows, or a [`Timeline`] per record for a report that reads everything once.

use chrono::NaiveDate;

use crate::error::{Error, Result};

/// From when an edit of a dated fact holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effective {
    /// A change from this day: the fact before it ends the day before.
    From(NaiveDate),
    /// A typing mistake: the new value replaces the fact for all time.
    Correction,
}

impl Effective {
    /// `--from D` (default today) or `--correction`.
    pub fn from_args(from: Option<NaiveDate>, correction: bool, today: NaiveDate) -> Effective {
        match (correction, from) {
            (true, _) => Effective::Correction,
            (false, from) => Effective::From(from.unwrap_or(today)),
        }
    }
}

/// One record's fact over time.
#[derive(Debug, Clone, Default)]
pub struct Timeline<T> {
    now: T,
    /// The periods that ended, each with its last day, oldest first.
    past: Vec<(NaiveDate, T)>,
}

impl<T> Timeline<T> {
    pub fn new(now: T) -> Timeline<T> {
        Timeline { now, past: Vec::new() }
    }

    /// The fact in force on a date.
    pub fn on(&self, date: NaiveDate) -> &T {
        self.past.iter().find(|(until, _)| date <= *until).map_or(&self.now, |(_, fact)| fact)
    }

    /// Adds a period that ended on `until`, after those already added (oldest first).
    pub fn ended(&mut self, until: NaiveDate, fact: T) {
        self.past.push((until, fact));
    }

    /// The fact in force now.
    pub fn now(&self) -> &T {
        &self.now
    }

    /// The spans of `from..=to` with one fact each, in order.
    pub fn spans(&self, from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, NaiveDate, &T)> {
        let mut out = Vec::new();
        let mut start = from;
        for (until, fact) in &self.past {
            if *until >= start && start <= to {
                out.push((start, (*until).min(to), fact));
                start = until.succ_opt().unwrap_or(*until);
            }
        }
        if start <= to && self.past.last().is_none_or(|(until, _)| *until < start) {
            out.push((start, to, &self.now));
        }
        out
    }
}

/// SQL: `LEFT JOIN` the person's period that had ended by now and was in force on
/// `date`, as `h`; with none, the person's row holds the facts (see [`person_fact`]).
pub fn person_past_join(h: &str, person: &str, date: &str) -> String {
    format!(
        "LEFT JOIN person_past {h} ON {h}.person_id = {person} AND {h}.until_date >= {date}
           AND ({h}.from_date IS NULL OR {h}.from_date <= {date})"
    )
}

/// SQL: a person's fact (`practice_code`, `role` or `pay_to`) as at the date of a
/// [`person_past_join`] `h`, over their row `p`.
pub fn person_fact(h: &str, p: &str, field: &str) -> String {
    format!("CASE WHEN {h}.person_id IS NULL THEN {p}.{field} ELSE {h}.{field} END")
}

/// SQL: the locality of the practice `code` on `date`. (Its aliases are its own: an
/// outer query's `h`, a person's period, must not be shadowed inside it.)
pub fn locality_on(code: &str, date: &str) -> String {
    format!(
        "(SELECT coalesce(lh.locality_id, lx.locality_id) FROM practice lx
            LEFT JOIN practice_past lh ON lh.practice_code = lx.code AND lh.until_date >= {date}
             AND (lh.from_date IS NULL OR lh.from_date <= {date})
          WHERE lx.code = {code})"
    )
}

/// The day before `d`, the last day of the fact a change from `d` ends.
pub(crate) fn day_before(d: NaiveDate, field: &str) -> Result<NaiveDate> {
    d.pred_opt().ok_or_else(|| Error::invalid(format!("not a date a change can start: {d} ({field})")))
}

/// Where a change from `d` may go, given the day the fact in force now began (`None`:
/// the beginning); `who` names the record. Returns `Some(d)` for a new period, `None`
/// when `d` is that first day (the fact in force is replaced from it).
pub(crate) fn new_period(
    d: NaiveDate,
    began: Option<NaiveDate>,
    today: NaiveDate,
    who: &str,
) -> Result<Option<NaiveDate>> {
    if d > today {
        return Err(Error::invalid(format!(
            "{d} has not come yet: a change is recorded from a day that has ({who}, --from)"
        ))
        .with_hint(format!("record it on or after {d}; the register holds what is in force")));
    }
    match began {
        Some(b) if d < b => Err(Error::conflict(format!(
            "{who} has a change recorded from {b}; a change from {d} would rewrite it (--from)"
        ))
        .with_hint(format!(
            "record changes in date order: give a date on or after {b}, or --correction for a typing mistake"
        ))),
        Some(b) if d == b => Ok(None),
        _ => Ok(Some(d)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::dates::parse_iso(s).unwrap()
    }

    #[test]
    fn a_timeline_has_one_fact_a_day() {
        let t = Timeline { now: 'c', past: vec![(d("2026-03-31"), 'a'), (d("2026-09-30"), 'b')] };
        assert_eq!((*t.on(d("2020-01-01")), *t.on(d("2026-03-31")), *t.on(d("2026-04-01"))), ('a', 'a', 'b'));
        assert_eq!((*t.on(d("2026-09-30")), *t.on(d("2026-10-01")), *t.now()), ('b', 'c', 'c'));
        let spans: Vec<_> = t.spans(d("2026-01-01"), d("2026-12-31")).into_iter().map(|(f, u, c)| (f, u, *c)).collect();
        assert_eq!(
            spans,
            [
                (d("2026-01-01"), d("2026-03-31"), 'a'),
                (d("2026-04-01"), d("2026-09-30"), 'b'),
                (d("2026-10-01"), d("2026-12-31"), 'c')
            ]
        );
        let inside: Vec<_> =
            t.spans(d("2026-05-01"), d("2026-06-30")).into_iter().map(|(f, u, c)| (f, u, *c)).collect();
        assert_eq!(inside, [(d("2026-05-01"), d("2026-06-30"), 'b')]);
        let later: Vec<_> = t.spans(d("2027-01-01"), d("2027-01-31")).into_iter().map(|(_, _, c)| *c).collect();
        assert_eq!(later, ['c']);
    }
}
