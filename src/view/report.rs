//! The tables of `report …`, and of the lists the reports share with other commands.

use crate::output::{Cell, Table};
use engage::interest::Interest;
use engage::report::{
    By, ContractRow, CoverageRow, EngagementRow, LocalityRow, SessionsReport, SkillRow, VisitRow, pct,
};
use engage::units::{Hundredths, Pence};

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
    "group_meetings_held",
    "group_represented",
    "events_attended",
    "trend_12m",
];

/// `report engagement`: a row a practice, at-risk rows marked, a totals row, and the
/// trend bar for people only.
pub fn engagement(rows: &[EngagementRow]) -> Table {
    let mut table = Table::new(ENGAGEMENT_COLUMNS);
    table.table_only = 1;
    // At a narrow terminal, the figures of representation stay; who the leads are, the
    // survey and the visit are in `practice show`.
    table.drop_order = vec![
        "named_lead",
        "nominated_gp",
        "survey_returned",
        "last_visit",
        "pm_present",
        "gp_present",
        "apologies",
        "sessions",
        "group_represented",
        "group_meetings_held",
        "events_attended",
        "locality",
        "trend_12m",
        "amount_gbp",
    ];
    for a in rows {
        table.marked.push(a.at_risk);
        table.push(vec![
            Cell::text(&a.code),
            Cell::text(&a.name),
            Cell::text(&a.locality),
            Cell::Int(a.held),
            Cell::Int(a.represented),
            Cell::Int(a.gp),
            Cell::Int(a.pm),
            Cell::Int(a.apologies),
            a.representation.map_or(Cell::Null, Cell::Tenths),
            Cell::opt_text(a.nominated_gp.clone()),
            Cell::opt_text(a.named_lead.clone()),
            Cell::Bool(a.survey_returned),
            Cell::opt_date(a.last_visit),
            Cell::Sessions(a.sessions),
            Cell::Money(a.amount),
            Cell::Bool(a.at_risk),
            Cell::Int(a.group_held),
            Cell::Int(a.group_represented),
            Cell::Int(a.events),
            Cell::text(&a.trend),
        ]);
    }
    let sum = |f: fn(&EngagementRow) -> i64| rows.iter().map(f).sum::<i64>();
    let (held, represented) = (sum(|a| a.held), sum(|a| a.represented));
    table.totals = Some(vec![
        Cell::text("total"),
        Cell::text(format!("{} practices", rows.len())),
        Cell::Null,
        Cell::Int(held),
        Cell::Int(represented),
        Cell::Int(sum(|a| a.gp)),
        Cell::Int(sum(|a| a.pm)),
        Cell::Int(sum(|a| a.apologies)),
        pct(represented, held).map_or(Cell::Null, Cell::Tenths),
        Cell::Null,
        Cell::Null,
        Cell::Null,
        Cell::Null,
        Cell::Sessions(rows.iter().map(|a| a.sessions).sum()),
        Cell::Money(rows.iter().map(|a| a.amount).sum()),
        Cell::text(format!("{} at risk", rows.iter().filter(|a| a.at_risk).count())),
        Cell::Int(sum(|a| a.group_held)),
        Cell::Int(sum(|a| a.group_represented)),
        Cell::Int(sum(|a| a.events)),
        Cell::Null,
    ]);
    table
}

/// `report localities`.
pub fn localities(rows: &[LocalityRow]) -> Table {
    let mut table =
        Table::new(&["locality", "practices", "list_size", "lead", "meetings_held", "mean_representation_pct"]);
    for l in rows {
        table.push(vec![
            Cell::text(&l.name),
            Cell::Int(l.practices),
            Cell::Int(l.list_size),
            Cell::opt_text(l.lead.clone()),
            Cell::Int(l.held),
            l.mean_representation.map_or(Cell::Null, Cell::Tenths),
        ]);
    }
    table.totals = Some(vec![
        Cell::text("total"),
        Cell::Int(rows.iter().map(|l| l.practices).sum()),
        Cell::Int(rows.iter().map(|l| l.list_size).sum()),
        Cell::Null,
        Cell::Int(rows.iter().map(|l| l.held).sum()),
        Cell::Null,
    ]);
    table
}

/// `report sessions --by X`: with budgets, `budget_gbp` and `remaining_gbp`; by person,
/// `person_id` last.
pub fn sessions(report: &SessionsReport) -> Table {
    let mut columns = vec![report.by.as_str(), "sessions", "amount_gbp"];
    if report.with_budgets {
        columns.extend(["budget_gbp", "remaining_gbp"]);
    }
    if report.by == By::Person {
        columns.push("person_id");
    }
    let mut table = Table::new(&columns);
    let mut total_budget = Pence(0);
    for g in &report.rows {
        let mut row = vec![Cell::text(&g.key), Cell::Sessions(g.sessions), Cell::Money(g.amount)];
        if let Some(budget) = g.budget {
            total_budget += budget.unwrap_or_default();
            row.push(budget.map_or(Cell::Null, Cell::Money));
            row.push(budget.map_or(Cell::Null, |b| Cell::Money(b - g.amount)));
        }
        if report.by == By::Person {
            row.push(Cell::opt_int(g.person_id));
        }
        table.push(row);
    }
    let total_sessions: Hundredths = report.rows.iter().map(|g| g.sessions).sum();
    let total_amount: Pence = report.rows.iter().map(|g| g.amount).sum();
    let mut totals = vec![Cell::text("total"), Cell::Sessions(total_sessions), Cell::Money(total_amount)];
    if report.with_budgets {
        totals.extend([Cell::Money(total_budget), Cell::Money(total_budget - total_amount)]);
    }
    if report.by == By::Person {
        totals.push(Cell::Null);
    }
    table.totals = Some(totals);
    table
}

/// `report sessional-gps`.
pub fn sessional_gps(rows: &[ContractRow]) -> Table {
    let mut table = Table::new(&["contract", "in_register", "holding_role", "attended", "declared_skills"]);
    let counts = |c: &ContractRow| [c.in_register, c.holding_role, c.attended, c.declared_skills];
    let mut totals = [0i64; 4];
    for c in rows {
        for (t, n) in totals.iter_mut().zip(counts(c)) {
            *t += n;
        }
        let mut row = vec![Cell::text(c.contract)];
        row.extend(counts(c).map(Cell::Int));
        table.push(row);
    }
    let mut row = vec![Cell::text("total")];
    row.extend(totals.map(Cell::Int));
    table.totals = Some(row);
    table
}

pub const COVERAGE_COLUMNS: &[&str] = &[
    "practice_code",
    "practice_name",
    "locality",
    "census_date",
    "census_gps",
    "known_partners",
    "known_salaried",
    "known_locums",
    "not_known",
];

/// `report coverage`: a row a practice, each locality's total under its practices and
/// the group's at the foot (for people; CSV and JSON carry the practices' rows).
pub fn coverage(rows: &[CoverageRow]) -> Table {
    let mut table = Table::new(COVERAGE_COLUMNS);
    let counts = |c: &CoverageRow| [c.census_gps, c.partners, c.salaried, c.locums, c.not_known()];
    // The locality's name under the practice names, so that the code column stays narrow.
    let total = |code: &str, name: String, sums: [i64; 5]| {
        let mut row = vec![Cell::text(code), Cell::text(name), Cell::Null, Cell::Null];
        row.extend(sums.map(Cell::Int));
        row
    };
    let (mut locality, mut group) = (([0i64; 5], 0usize), ([0i64; 5], 0usize));
    for (i, c) in rows.iter().enumerate() {
        let mut row =
            vec![Cell::text(&c.code), Cell::text(&c.name), Cell::text(&c.locality), Cell::Date(c.census_date)];
        row.extend(counts(c).map(Cell::Int));
        table.push(row);
        for (sums, n) in [&mut locality, &mut group] {
            for (t, v) in sums.iter_mut().zip(counts(c)) {
                *t += v;
            }
            *n += 1;
        }
        if rows.get(i + 1).is_none_or(|next| next.locality != c.locality) {
            let name = format!("{} ({})", c.locality, super::facts::count(locality.1, "practice", "practices"));
            table.subtotals.push((i, total("", name, locality.0)));
            locality = ([0; 5], 0);
        }
    }
    if !rows.is_empty() {
        table.totals = Some(total("total", super::facts::count(group.1, "practice", "practices"), group.0));
    }
    // At a narrow terminal, the census and the GPs not known stay.
    table.drop_order = vec!["census_date", "locality", "known_locums", "known_salaried", "known_partners"];
    table.never_drop = vec!["census_gps", "not_known"];
    table
}

/// `report visits`, unvisited practices marked, the totals row naming the round's start.
pub fn visits(rows: &[VisitRow], since: Option<chrono::NaiveDate>, round: Option<&str>) -> Table {
    let mut table = Table::new(&["practice_code", "practice_name", "locality", "last_visit", "visited"]);
    for v in rows {
        table.marked.push(!v.visited);
        table.push(vec![
            Cell::text(&v.code),
            Cell::text(&v.name),
            Cell::text(&v.locality),
            Cell::opt_date(v.last_visit),
            Cell::Bool(v.visited),
        ]);
    }
    let visited = rows.iter().filter(|v| v.visited).count();
    table.totals = Some(vec![
        Cell::text("total"),
        Cell::text(format!(
            "{visited} of {} visited{}{}",
            rows.len(),
            round.map(|r| format!(" in {r}")).unwrap_or_default(),
            since.map(|s| format!(" since {s}")).unwrap_or_default()
        )),
        Cell::Null,
        Cell::Null,
        Cell::Null,
    ]);
    table
}

/// `report skills`, skills missing somewhere marked.
pub fn skills(rows: &[SkillRow]) -> Table {
    let mut table = Table::new(&["skill", "people", "localities_covered", "localities_missing"]);
    for s in rows {
        table.marked.push(!s.missing.is_empty());
        table.push(vec![
            Cell::text(&s.skill),
            Cell::Int(s.people),
            Cell::Int(s.covered),
            Cell::text(s.missing.join("; ")),
        ]);
    }
    table
}

/// The register of interests (`report interests`, `person interests`, `person show`).
pub fn interests(rows: &[Interest]) -> Table {
    let mut table =
        Table::new(&["person_id", "person_name", "role", "practice_code", "interest", "from", "until", "declared_on"]);
    // The interest is the register's point: it keeps its room and wraps.
    table.never_drop = vec!["person_name", "interest"];
    table.drop_order = vec!["person_id", "declared_on", "role", "practice_code"];
    for i in rows {
        table.push(vec![
            Cell::Int(i.person_id),
            Cell::text(&i.person_name),
            Cell::text(i.role.as_str()),
            Cell::opt_text(i.practice_code.as_ref().map(String::from)),
            Cell::text(&i.text),
            Cell::opt_date(i.from),
            Cell::opt_date(i.until),
            Cell::Date(i.declared_on),
        ]);
    }
    table
}

/// `report schemes` (the README's output columns), rows with reviews overdue marked.
pub fn schemes(rows: &[engage::scheme::UptakeRow]) -> Table {
    let mut table = Table::new(&[
        "scheme",
        "locality",
        "practices_enrolled",
        "practices_open",
        "patients_covered",
        "patients_pct",
        "commitments",
        "reviews_done",
        "reviews_due",
        "reviews_overdue",
        "earned_gbp",
        "paid_gbp",
        "held_gbp",
    ]);
    table.drop_order = vec![
        "practices_open",
        "patients_covered",
        "paid_gbp",
        "held_gbp",
        "commitments",
        "reviews_done",
        "earned_gbp",
        "patients_pct",
        "reviews_due",
    ];
    for r in rows {
        table.marked.push(r.reviews_overdue > 0);
        table.push(vec![
            Cell::text(&r.scheme),
            Cell::text(&r.locality),
            Cell::Int(r.enrolled),
            Cell::Int(r.open),
            Cell::Int(r.patients),
            pct(r.patients, r.patients_of_open).map_or(Cell::Null, Cell::Tenths),
            Cell::Int(r.commitments),
            Cell::Int(r.reviews_done),
            Cell::Int(r.reviews_due),
            Cell::Int(r.reviews_overdue),
            Cell::Money(r.earned),
            Cell::Money(r.paid),
            Cell::Money(r.held),
        ]);
    }
    table
}

/// `report reach` (the README's output columns).
pub fn reach(rows: &[engage::briefing::ReachRow]) -> Table {
    let mut table =
        Table::new(&["group", "value", "people", "with_email", "opted_in", "reached", "briefings_per_person"]);
    table.drop_order = vec!["with_email", "opted_in"];
    for r in rows {
        table.push(vec![
            Cell::text(r.group),
            Cell::opt_text(r.value.clone()),
            Cell::Int(r.people),
            Cell::Int(r.with_email),
            Cell::Int(r.opted_in),
            Cell::Int(r.reached),
            r.per_person.map_or(Cell::Null, Cell::Tenths),
        ]);
    }
    table
}

/// `report benchmark`: rates per the measure's N, to one decimal.
pub fn benchmark(b: &engage::measure::Benchmark) -> Table {
    let mut table = Table::new(&[
        "practice_code",
        "practice_name",
        "locality",
        "numerator",
        "denominator",
        "rate",
        "locality_rate",
        "group_rate",
        "reference_rate",
        "lower_95",
        "upper_95",
        "lower_998",
        "upper_998",
        "signal",
    ]);
    // At a narrow terminal: who, how big, the rate, the 95% limits and the signal stay.
    table.drop_order = vec![
        "group_rate",
        "reference_rate",
        "numerator",
        "lower_998",
        "upper_998",
        "locality_rate",
        "locality",
        "practice_name",
    ];
    let per = |x: f64| Cell::one_decimal(x * b.measure.per as f64);
    for p in &b.practices {
        table.marked.push(p.signal.is_some());
        table.push(vec![
            Cell::text(&p.code),
            Cell::text(&p.name),
            Cell::opt_text(p.locality.clone()),
            Cell::figure(p.numerator),
            Cell::figure(p.denominator),
            per(p.numerator / p.denominator),
            p.locality_rate.map_or(Cell::Null, per),
            b.group_rate.map_or(Cell::Null, per),
            per(b.funnel.p0),
            per(p.limits.lower_95),
            per(p.limits.upper_95),
            per(p.limits.lower_998),
            per(p.limits.upper_998),
            p.signal.map_or(Cell::Null, |s| Cell::text(s.as_str())),
        ]);
    }
    table
}
