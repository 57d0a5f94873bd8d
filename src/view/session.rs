//! The tables of `session …` commands.

use std::collections::BTreeMap;

use crate::output::{Cell, Table};
use engage::scheme::{KeptBack, Standing};
use engage::session::lines::Source;
use engage::session::{Budget, Export, Line, Priced, Rate};
use engage::units::{Hundredths, Pence};

pub const LIST_COLUMNS: &[&str] = &[
    "id",
    "person_id",
    "person_name",
    "source",
    "reference",
    "fund",
    "work_date",
    "sessions",
    "rate_gbp",
    "amount_gbp",
    "status",
    "payment_month",
    "payee_name",
    "reason",
];

pub const EXPORT_COLUMNS: &[&str] = &[
    "payment_month",
    "payee_type",
    "payee_id",
    "payee_name",
    "practice_code",
    "person_id",
    "person_name",
    "gmc_number",
    "role",
    "source",
    "reference",
    "work_date",
    "sessions",
    "rate_gbp",
    "amount_gbp",
];

pub const SUMMARY_COLUMNS: &[&str] =
    &["payment_month", "payee_type", "payee_id", "payee_name", "practice_code", "lines", "sessions", "amount_gbp"];

/// `session rate list`.
pub fn rates(rates: &[Rate]) -> Table {
    let mut table = Table::new(&["category", "from", "until", "rate_gbp"]);
    for r in rates {
        table.push(vec![
            Cell::text(r.category.as_str()),
            Cell::Date(r.from),
            Cell::opt_date(r.until),
            Cell::Money(r.pence),
        ]);
    }
    table
}

/// `session list`.
pub fn lines(lines: &[(Line, Priced)], kept: &[KeptBack]) -> Table {
    let mut table = Table::new(LIST_COLUMNS);
    table.drop_order =
        vec!["reason", "payee_name", "payment_month", "person_id", "fund", "reference", "rate_gbp", "source", "status"];
    // By work date: an instalment kept back after the lines of its day.
    let mut kept_rows = kept.iter().peekable();
    let push_kept = |table: &mut Table, k: &KeptBack| {
        table.push(vec![
            Cell::Null,
            Cell::Null,
            Cell::text(""),
            Cell::text(Source::Scheme.as_str()),
            Cell::text(&k.scheme),
            Cell::text(&k.fund),
            Cell::Date(k.date),
            Cell::Null,
            Cell::Null,
            Cell::Money(k.amount),
            Cell::text(if k.standing == Standing::Lapsed { "lapsed" } else { "held" }),
            Cell::Null,
            Cell::text(&k.practice_name),
            Cell::text(&k.reason),
        ]);
    };
    for (l, priced) in lines {
        while let Some(k) = kept_rows.next_if(|k| k.date < l.work_date) {
            push_kept(&mut table, k);
        }
        let scheme = l.source == Source::Scheme;
        table.push(vec![
            Cell::Int(l.id),
            Cell::opt_int(l.person_id),
            Cell::text(&l.person_name),
            Cell::text(l.source.as_str()),
            Cell::text(&l.reference),
            Cell::text(&l.fund),
            Cell::Date(l.work_date),
            if scheme { Cell::Null } else { Cell::Sessions(l.sessions) },
            if scheme { Cell::Null } else { Cell::Money(priced.rate) },
            Cell::Money(priced.amount),
            Cell::text(l.status.as_str()),
            Cell::opt_text(l.payment_month.clone()),
            Cell::text(l.payee_name()),
            Cell::opt_text(l.reject_reason.clone()),
        ]);
    }
    for k in kept_rows {
        push_kept(&mut table, k);
    }
    let sessions: engage::units::Hundredths = lines.iter().map(|(l, _)| l.sessions).sum();
    let pence: engage::units::Pence = lines.iter().map(|(_, p)| p.amount).sum();
    let mut footer = format!(
        "{}, {sessions} sessions, £{}",
        super::facts::count(lines.len(), "line", "lines"),
        engage::units::with_commas(pence.0)
    );
    if !kept.is_empty() {
        let kept_pence: i64 = kept.iter().map(|k| k.amount.0).sum();
        footer.push_str(&format!(
            "; {} held or lapsed, £{}",
            super::facts::count(kept.len(), "instalment", "instalments"),
            engage::units::with_commas(kept_pence)
        ));
    }
    table.footer = Some(footer);
    table
}

/// The payment CSV's rows.
pub fn payments(export: &Export) -> Table {
    let mut table = Table::new(EXPORT_COLUMNS);
    // At a narrow terminal the preview keeps who is paid, for what and how much.
    table.never_drop = vec!["payee_name", "sessions"];
    table.drop_order = vec![
        "person_id",
        "payee_type",
        "payee_id",
        "gmc_number",
        "practice_code",
        "role",
        "source",
        "person_name",
        "reference",
        "work_date",
    ];
    for p in &export.payments {
        let q = &p.payee;
        table.push(vec![
            Cell::text(export.month.to_string()),
            Cell::text(&q.payee_type),
            Cell::text(&q.payee_id),
            Cell::text(&q.payee_name),
            Cell::opt_text(q.practice_code.clone()),
            Cell::opt_int(p.person_id),
            Cell::text(&q.person_name),
            Cell::opt_text(q.gmc.clone()),
            Cell::text(&q.role),
            Cell::text(p.source.as_str()),
            Cell::text(&p.reference),
            Cell::Date(p.work_date),
            if p.source == Source::Scheme { Cell::Null } else { Cell::Sessions(p.sessions) },
            q.rate.map_or(Cell::Null, Cell::Money),
            Cell::Money(q.amount),
        ]);
    }
    table
}

/// The payment run, one row per payee.
pub fn payment_summary(export: &Export) -> Table {
    // Keyed by payee name (as bytes), type and id; practice, lines, sessions, pence.
    type Key = (Vec<u8>, String, String);
    let mut groups: BTreeMap<Key, (Option<String>, i64, Hundredths, Pence)> = BTreeMap::new();
    for p in &export.payments {
        let q = &p.payee;
        let key = (q.payee_name.as_bytes().to_vec(), q.payee_type.clone(), q.payee_id.clone());
        let practice = if q.payee_type == "practice" { Some(q.payee_id.clone()) } else { q.practice_code.clone() };
        let e = groups.entry(key).or_insert((practice, 0, Hundredths(0), Pence(0)));
        e.1 += 1;
        e.2 += p.sessions;
        e.3 += q.amount;
    }
    let mut table = Table::new(SUMMARY_COLUMNS);
    table.never_drop = vec!["payee_name", "sessions"];
    table.drop_order = vec!["payee_type", "payee_id", "practice_code", "lines"];
    for ((name, payee_type, payee_id), (practice, lines, sessions, amount)) in groups {
        table.push(vec![
            Cell::text(export.month.to_string()),
            Cell::text(payee_type),
            Cell::text(payee_id),
            Cell::text(String::from_utf8(name).expect("names are UTF-8")),
            Cell::opt_text(practice),
            Cell::Int(lines),
            Cell::Sessions(sessions),
            Cell::Money(amount),
        ]);
    }
    table
}

/// `session budget list`.
pub fn budgets(budgets: &[Budget]) -> Table {
    let mut table = Table::new(&["fund", "fy", "budget_gbp", "spent_gbp", "remaining_gbp"]);
    for b in budgets {
        table.push(vec![
            Cell::text(&b.fund),
            Cell::text(b.fy.to_string()),
            Cell::Money(b.pence),
            Cell::Money(b.spent),
            Cell::Money(b.pence - b.spent),
        ]);
    }
    table
}
