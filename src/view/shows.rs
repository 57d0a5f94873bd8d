//! The records of the `show` commands, and the lists that go with them: one record a
//! practice, person, locality, meeting, project, group, scheme or briefing, built from
//! the data the library returns.

use chrono::NaiveDate;

use crate::output::{Cell, Record, Table};
use engage::briefing::{Recipient, Sent};
use engage::scheme::{Held, Standing};
use engage::units::Pence;

pub const BRIEFING_COLUMNS: &[&str] = &["id", "date", "title", "recipients", "link"];

fn briefing_row(b: &Sent) -> Vec<Cell> {
    vec![
        Cell::Int(b.id),
        Cell::Date(b.date),
        Cell::text(&b.title),
        Cell::Int(b.recipients),
        Cell::opt_text(b.link.clone()),
    ]
}

/// `briefing list`.
pub fn briefings(list: &[Sent]) -> Table {
    let mut table = Table::new(BRIEFING_COLUMNS);
    for b in list {
        table.push(briefing_row(b));
    }
    table.footer = Some(super::facts::count(table.rows.len(), "briefing", "briefings"));
    table
}

/// `briefing show`: the briefing, its filters, and its recipients as they were.
pub fn briefing(b: &Sent, recipients: &[Recipient]) -> Record {
    let mut fields: Vec<(&'static str, Cell)> = BRIEFING_COLUMNS.iter().copied().zip(briefing_row(b)).collect();
    fields.push(("audience", Cell::text(&b.audience)));
    let mut table = Table::new(&["person_id", "name", "email", "role", "practice_code"]);
    for r in recipients {
        table.push(vec![
            Cell::Int(r.person_id),
            Cell::text(&r.name),
            Cell::text(&r.email),
            Cell::text(&r.role),
            Cell::opt_text(r.practice_code.clone()),
        ]);
    }
    Record { fields, sections: vec![("recipients", table)], trailing: Vec::new() }
}

pub const SCHEME_COLUMNS: &[&str] = &[
    "name",
    "per_patient_gbp",
    "from",
    "until",
    "instalments",
    "fund",
    "practices",
    "patients",
    "total_gbp",
    "paid_gbp",
];

/// A scheme's `scheme list` row: practices enrolled and not withdrawn, their patients,
/// what they earn in all and what has been paid.
fn scheme_row(h: &Held, today: NaiveDate) -> Vec<Cell> {
    let s = &h.scheme;
    let current: Vec<_> = h.enrolments.iter().filter(|e| e.withdrawn.is_none()).collect();
    let total: Pence = h.enrolments.iter().map(|e| e.total(s, today)).sum();
    vec![
        Cell::text(&s.name),
        Cell::Money(s.per_patient),
        Cell::Date(s.from),
        Cell::Date(s.until),
        Cell::text(s.every.as_str()),
        Cell::text(&s.fund),
        Cell::Int(current.len() as i64),
        Cell::Int(current.iter().map(|e| e.list_size).sum()),
        Cell::Money(total),
        Cell::Money(h.enrolments.iter().filter_map(|e| h.paid.get(&e.id).copied()).sum()),
    ]
}

/// `scheme list`.
pub fn schemes(list: &[Held], today: NaiveDate) -> Table {
    let mut table = Table::new(SCHEME_COLUMNS);
    for h in list {
        table.push(scheme_row(h, today));
    }
    table.footer = Some(super::facts::count(table.rows.len(), "scheme", "schemes"));
    table
}

/// `scheme show`: the scheme's `scheme list` fields (but `practices` is the list of
/// them), then per practice its enrolment, money, commitments and reviews.
pub fn scheme(h: &Held, today: NaiveDate) -> Record {
    let s = &h.scheme;
    let mut fields: Vec<(&'static str, Cell)> =
        SCHEME_COLUMNS.iter().copied().zip(scheme_row(h, today)).filter(|(k, _)| *k != "practices").collect();
    fields.push(("pay_after", Cell::opt_text(s.pay_after.map(|p| p.to_string()))));
    let mut practices = Table::new(&[
        "practice_code",
        "practice_name",
        "locality",
        "enrolled",
        "list_size",
        "total_gbp",
        "paid_gbp",
        "held_gbp",
        "commitments",
        "commitments_required",
        "reviews",
        "next_review",
        "overdue",
        "withdrawn",
        "commitment_list",
    ]);
    // At a narrow terminal, what a practice still owes stays: commitments, the review.
    practices.drop_order = vec![
        "commitment_list",
        "locality",
        "withdrawn",
        "paid_gbp",
        "list_size",
        "enrolled",
        "reviews",
        "commitments_required",
        "total_gbp",
    ];
    for e in &h.enrolments {
        let next = e.next_review(s);
        practices.marked.push(next.is_some_and(|d| d < today) || e.commitments < s.commitments);
        practices.push(vec![
            Cell::text(&e.practice_code),
            Cell::text(&e.practice_name),
            Cell::text(&e.locality),
            Cell::Date(e.enrolled),
            Cell::Int(e.list_size),
            Cell::Money(e.total(s, today)),
            Cell::Money(h.paid.get(&e.id).copied().unwrap_or_default()),
            Cell::Money(e.due_by(s, today, Standing::Held).iter().map(|i| i.amount).sum()),
            Cell::Int(e.commitments),
            Cell::Int(s.commitments),
            Cell::Int(e.reviews),
            Cell::opt_date(next),
            Cell::Bool(next.is_some_and(|d| d < today)),
            Cell::opt_date(e.withdrawn),
            Cell::Records(
                h.commitments
                    .get(&e.id)
                    .into_iter()
                    .flatten()
                    .map(|c| {
                        vec![
                            ("text", Cell::text(&c.text)),
                            ("kind", Cell::text(c.kind.as_str())),
                            ("agreed_with", Cell::opt_text(c.agreed_with.clone())),
                            ("priority", Cell::opt_int(c.priority)),
                        ]
                    })
                    .collect(),
            ),
        ]);
    }
    Record { fields, sections: vec![("practices", practices)], trailing: Vec::new() }
}

/// `project show`: the project's `project list` fields and when it closed, then its
/// assignments, the people who match its needs, and those who expressed interest.
pub fn project(s: &engage::project::Shown) -> Record {
    let mut fields: Vec<(&'static str, Cell)> =
        super::facts::PROJECT_COLUMNS.iter().copied().zip(super::facts::project_row(&s.listed)).collect();
    fields.push(("closed_on", Cell::opt_date(s.listed.project.closed_on)));
    let mut interest = Table::new(&["person_id", "name", "role", "practice_code", "note", "expressed_on"]);
    for k in &s.interest {
        interest.push(vec![
            Cell::Int(k.person_id),
            Cell::text(&k.name),
            Cell::text(&k.role),
            Cell::opt_text(k.practice_code.clone()),
            Cell::opt_text(k.note.clone()),
            Cell::Date(k.expressed_on),
        ]);
    }
    let sections = vec![
        ("assignments", super::facts::appointments(&s.assignments)),
        ("matches", super::facts::found(&s.matches)),
        ("interest", interest),
    ];
    Record { fields, sections, trailing: Vec::new() }
}

/// `locality show`: the locality's `locality list` fields and its open practices.
pub fn locality(listed: &engage::show::LocalityShown, practices: &[engage::practice::Listed]) -> Record {
    let fields = super::facts::LOCALITY_COLUMNS.iter().copied().zip(super::facts::locality_row(listed)).collect();
    Record { fields, sections: vec![("practices", super::facts::practices(practices))], trailing: Vec::new() }
}

/// `group show`: the group, its members with their terms, the practices that are
/// members today, and their mix.
pub fn group(s: &engage::group::Shown) -> Record {
    let g = &s.group;
    let mut members = Table::new(&["member_type", "practice_code", "person_id", "name", "voting", "from", "until"]);
    for m in &s.members {
        members.push(vec![
            Cell::text(if m.person_id.is_some() { "person" } else { "practice" }),
            Cell::opt_text(m.practice_code.clone()),
            Cell::opt_int(m.person_id),
            Cell::text(&m.name),
            Cell::Bool(m.voting),
            Cell::Date(m.from),
            Cell::opt_date(m.until),
        ]);
    }
    let mut table = Table::new(&[
        "practice_code",
        "practice_name",
        "locality",
        "list_size",
        "setting",
        "single_handed",
        "dispensing",
    ]);
    for p in &s.practices {
        table.push(vec![
            Cell::text(&p.practice.code),
            Cell::text(&p.practice.name),
            Cell::text(&p.locality),
            Cell::opt_int(p.practice.list_size),
            Cell::opt_text(p.setting.map(|s| s.as_str().to_string())),
            Cell::Bool(p.single_handed),
            Cell::Bool(p.dispensing),
        ]);
    }
    let fields =
        vec![("name", Cell::text(&g.name)), ("kind", Cell::text(g.kind.as_str())), ("quorum", Cell::opt_int(g.quorum))];
    let trailing = vec![("mix", Cell::Counts(engage::group::mix(&s.practices)))];
    Record { fields, sections: vec![("members", members), ("practices", table)], trailing }
}

/// `meeting item list`, and the `items` of `meeting show`.
pub fn items(items: &[engage::meeting::business::ItemShown]) -> Table {
    let mut table = Table::new(&["number", "title", "paper", "quorate", "minutes", "decisions", "actions"]);
    for it in items {
        table.push(vec![
            Cell::Int(it.number),
            Cell::text(&it.title),
            Cell::opt_text(it.paper.clone()),
            it.quorate.map_or(Cell::Null, Cell::Bool),
            Cell::Texts(it.minutes.clone()),
            Cell::Texts(it.decisions.clone()),
            Cell::Texts(it.actions.clone()),
        ]);
    }
    table
}

/// `meeting show`: the meeting's `meeting list` fields and more, then who came, the
/// declarations, the interests of those present, and the items.
pub fn meeting(s: &engage::meeting::Shown, today: NaiveDate) -> Record {
    let m = &s.meeting;
    let mut fields: Vec<(&'static str, Cell)> =
        super::facts::MEETING_COLUMNS.iter().copied().zip(super::facts::meeting_row(m, today)).collect();
    fields.push(("location", Cell::opt_text(m.location.clone())));
    fields.push(("cancel_reason", Cell::opt_text(m.cancel_reason.clone())));
    fields.push(("unrepresented", Cell::List(s.unrepresented.clone())));
    fields.push(("quorate", s.quorate.map_or(Cell::Null, Cell::Bool)));
    fields.push(("absent_members", Cell::Texts(s.absent_members.clone())));
    fields.push(("notes", Cell::Texts(s.notes.clone())));
    fields.push(("group", Cell::opt_text(m.group.clone())));
    fields.push(("round", Cell::opt_text(m.round.clone())));
    fields.push(("topic", Cell::opt_text(m.topic.clone())));
    let mut attendees = Table::new(&["person_id", "name", "role", "for_practice", "status", "substitute", "paid"]);
    for a in &s.attendees {
        attendees.push(vec![
            Cell::Int(a.person.id),
            Cell::text(&a.person.name),
            Cell::text(a.person.role.as_str()),
            Cell::opt_text(a.for_practice.clone()),
            Cell::text(a.status.as_str()),
            Cell::Bool(a.substitute),
            Cell::Bool(a.paid),
        ]);
    }
    let mut declarations = Table::new(&["person_id", "name", "text", "item", "withdrew"]);
    for d in &s.declarations {
        declarations.push(vec![
            Cell::Int(d.person_id),
            Cell::text(&d.name),
            Cell::text(&d.text),
            Cell::opt_int(d.item),
            Cell::Bool(d.withdrew),
        ]);
    }
    let mut interests = Table::new(&["person_id", "name", "interest", "from", "until"]);
    for i in &s.interests {
        interests.push(vec![
            Cell::Int(i.person_id),
            Cell::text(&i.name),
            Cell::text(&i.text),
            Cell::opt_date(i.from),
            Cell::opt_date(i.until),
        ]);
    }
    Record {
        fields,
        sections: vec![
            ("attendees", attendees),
            ("declarations", declarations),
            ("interests", interests),
            ("items", items(&s.items)),
        ],
        trailing: Vec::new(),
    }
}

/// `practice show`.
pub fn practice(s: &engage::show::PracticeShown) -> Record {
    let p = &s.practice;
    let mut fields = vec![
        ("code", Cell::text(&p.code)),
        ("name", Cell::text(&p.name)),
        ("locality", Cell::text(&s.locality)),
        ("list_size", Cell::opt_int(p.list_size)),
        ("postcode", Cell::opt_text(p.postcode.clone())),
        ("phone", Cell::opt_text(p.phone.clone())),
        ("setting", Cell::opt_text(p.setting.map(|s| s.as_str().to_string()))),
        ("status", Cell::text(if p.open { "open" } else { "closed" })),
        ("open_date", Cell::opt_date(p.open_date)),
        ("close_date", Cell::opt_date(p.close_date)),
        ("address", Cell::opt_text(p.address.clone())),
        ("commissioner", Cell::opt_text(p.commissioner.clone())),
        ("merged_into", Cell::opt_text(p.merged_into.clone())),
        ("merged_from", if s.merged_from.is_empty() { Cell::Null } else { Cell::text(s.merged_from.join(" ")) }),
        ("nominated_gp", Cell::opt_text(s.nominated_gp.clone())),
        ("named_lead", Cell::opt_text(s.named_lead.clone())),
        ("survey_returned", Cell::Bool(s.survey_returned_on.is_some())),
        ("survey_returned_on", Cell::opt_date(s.survey_returned_on)),
        ("locality_meetings_12m", Cell::Int(s.attendance.held)),
        ("represented_12m", Cell::Int(s.attendance.represented)),
        ("last_visit", Cell::opt_date(s.attendance.last_visit)),
        ("sessions_this_fy", Cell::Sessions(s.sessions_this_fy)),
        ("amount_this_fy_gbp", Cell::Money(s.amount_this_fy)),
    ];
    let c = s.census.as_ref();
    let flag = |f: Option<bool>| f.map_or(Cell::Null, Cell::Bool);
    fields.extend([
        ("census_date", Cell::opt_date(c.map(|c| c.as_at))),
        ("census_gps", Cell::opt_int(c.map(|c| c.gps))),
        ("census_gp_fte", Cell::opt_text(c.and_then(|c| c.gp_fte).map(engage::units::hundredths))),
        ("census_single_handed", flag(c.and_then(|c| c.single_handed))),
        ("census_dispensing", flag(c.and_then(|c| c.dispensing))),
        (
            "census_rural_urban",
            Cell::opt_text(c.and_then(|c| c.rural_urban.clone().or(c.setting.map(|s| s.to_string())))),
        ),
    ]);
    Record { fields, sections: vec![("people", super::facts::people(&s.people))], trailing: Vec::new() }
}

/// `person show`.
pub fn person(s: &engage::show::PersonShown) -> Record {
    let listed = super::facts::PERSON_COLUMNS.iter().copied().zip(super::facts::person_row(&s.person));
    let fields = listed
        .chain([
            ("practice_name", Cell::opt_text(s.practice_name.clone())),
            ("left_on", Cell::opt_date(s.person.left_on)),
            ("sessions_this_month", Cell::Sessions(s.sessions_this_month)),
            ("briefings", Cell::Bool(s.briefings)),
            ("sessions_this_fy", Cell::Sessions(s.sessions_this_fy)),
            ("amount_this_fy_gbp", Cell::Money(s.amount_this_fy)),
        ])
        .collect();
    let sections = vec![
        ("appointments", super::facts::appointments(&s.appointments)),
        ("interests", super::report::interests(&s.interests)),
        ("skills", super::facts::skills_of(&s.skills)),
    ];
    Record { fields, sections, trailing: Vec::new() }
}
