//! A deterministic generator of realistic registers, for benchmarks: `group` (the
//! demo's size) or `national` (7,000 practices in 300 localities, 50,000 people, ten
//! years of monthly locality meetings (and quarterly peer groups, the board's business,
//! protected learning, a scheme paid to practices, a year of monthly newsletters), about 1.5 million attendance rows and 2 million
//! session lines, months before the last two finalised).
//!
//! The facts (practices, people, appointments, meetings and who came) are written with
//! the store's statements (kept prepared) in one transaction; the money goes through engage's own
//! library, as the commands do: rates, the lines the facts earn (derived by
//! `session::rederive`), claims and their approval, and the monthly payment runs. The
//! result passes `engage db check`.

use std::path::Path;

use chrono::{Datelike, Duration, Months, NaiveDate};
use engage::params;

use engage::calendar::Rule;
use engage::dates::Month;
use engage::error::{Error, Result};
use engage::session::{self, Category, ClaimTo};
use engage::store::{Access, Actor, Written};
use engage::units::{Hundredths, Pence};

/// How big a register to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
#[allow(dead_code)] // the bench makes national registers only
pub enum Scale {
    /// About the demo's size: 31 practices in 4 localities.
    Group,
    /// England: 7,000 practices in 300 localities.
    National,
}

impl Scale {
    fn sizes(self) -> (usize, usize, i32) {
        match self {
            Scale::Group => (4, 31, 2),
            Scale::National => (300, 7000, 10),
        }
    }
}

/// A small, fast, seeded generator (PCG-style LCG), the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) ^ (self.0 >> 11 & 0xffff)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const FIRST: &[&str] = &[
    "Amara", "Ben", "Chloe", "Dev", "Elin", "Farid", "Grace", "Hari", "Isla", "Jonah", "Kiran", "Leah", "Mateo", "Nia",
    "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wes", "Yara", "Zane",
];
const LAST: &[&str] = &[
    "Ashdown",
    "Birchall",
    "Carrow",
    "Dunmore",
    "Ellery",
    "Fairbank",
    "Garside",
    "Hallow",
    "Ingram",
    "Jessop",
    "Kettering",
    "Lytton",
    "Marlowe",
    "Nettleton",
    "Oakes",
    "Pendle",
    "Quarrie",
    "Rainford",
    "Stenning",
    "Thursby",
];
const SKILLS: &[&str] = &[
    "urgent-care",
    "diabetes",
    "mental-health",
    "frailty",
    "respiratory",
    "cardiology",
    "dermatology",
    "musculoskeletal",
    "end-of-life-care",
    "prescribing",
    "service-redesign",
    "finance",
    "it",
    "patient-engagement",
];

/// What was made (printed through `Debug`).
#[derive(Debug, Default)]
#[allow(dead_code)]
pub struct Made {
    pub localities: usize,
    pub practices: usize,
    pub people: usize,
    pub meetings: usize,
    pub attendance: usize,
    pub session_lines: usize,
    pub paid_months: usize,
}

/// Builds a register at `path` (which must not exist), as it would stand on `today`.
pub fn build(path: &Path, scale: Scale, seed: u64, today: NaiveDate) -> Result<Made> {
    if path.exists() {
        return Err(Error::conflict(format!("{} exists; the generator writes a new register", path.display())));
    }
    let mut reg = engage::open(path, Access::Write, Actor { user: "generator".into(), command: "generate".into() })?;
    reg.set_durable(false)?;
    let made = reg.write(false, |tx| {
    let (n_localities, n_practices, years) = scale.sizes();
    let mut rng = Rng(seed ^ 0x9E37_79B9_7F4A_7C15);
    let mut made = Made { localities: n_localities, practices: n_practices, ..Made::default() };
    let start = Month::of(today.checked_sub_months(Months::new(12 * years as u32)).expect("years back")).first();

    let long_ago = NaiveDate::from_ymd_opt(2000, 4, 1).expect("a date");
    for (category, pence) in
        [(Category::Gp, 38000), (Category::PracticeManager, 16000), (Category::Nurse, 14000), (Category::Other, 12000)]
    {
        session::rate_set(tx, category, Pence(pence), long_ago)?;
    }
    {
        let stmt: &str = "INSERT INTO locality (id, name, code) VALUES (?1, ?2, ?3)";
        for l in 1..=n_localities {
            tx.execute(stmt, params![l as i64, format!("Locality {l:03}"), format!("L{l:03}")])?;
        }
    }
    // Practices, spread evenly over the localities; a few closed.
    struct P {
        code: String,
        closed: bool,
        locality: i64,
        keen: u64,
        nominated: i64,
        manager: i64,
        gps: Vec<i64>,
    }
    let mut practices: Vec<P> = Vec::with_capacity(n_practices);
    {
        let stmt: &str = "INSERT INTO practice (code, name, locality_id, list_size, postcode, phone, setting, status, open_date, close_date)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '1974-04-01', ?9)";
        for i in 0..n_practices {
            let code = format!("{}{:05}", (b'A' + (i / 90_000) as u8 + (i % 25) as u8) as char, 10_000 + i);
            let locality = (i % n_localities) as i64 + 1;
            let closed = rng.chance(2);
            let name = format!(
                "{} {} Surgery",
                LAST[rng.below(LAST.len() as u64) as usize],
                ["Road", "Lane", "Green", "Park"][i % 4]
            );
            tx.execute(stmt, params![
                code,
                name,
                locality,
                2_000 + rng.below(18_000) as i64,
                format!("ZZ{} {}AB", 1 + i % 9, 1 + i % 9),
                format!("01632 9{:05}", i % 100_000),
                ["urban", "rural", "mixed"][i % 3],
                if closed { "closed" } else { "open" },
                if closed { Some("2020-03-31") } else { None },
            ])?;
            let keen = match rng.below(10) {
                0 => 30,
                1 | 2 => 60,
                _ => 92,
            };
            practices.push(P { code, closed, locality, keen, nominated: 0, manager: 0, gps: Vec::new() });
        }
    }
    // People: about seven a practice, and a thousand locums with no practice.
    let mut locums = Vec::new();
    {
        let stmt: &str = "INSERT INTO person (name, role, practice_code, email, gmc, pay_to) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
        let mut gmc = 7_000_000 + rng.below(1000) as i64;
        let mut add = |role: &str, practice: Option<&str>, rng: &mut Rng, made: &mut Made| -> Result<i64> {
            made.people += 1;
            let n = made.people;
            let name = format!(
                "{}{} {}",
                if role.starts_with("gp") { "Dr " } else { "" },
                FIRST[rng.below(FIRST.len() as u64) as usize],
                LAST[rng.below(LAST.len() as u64) as usize]
            );
            let g = role.starts_with("gp").then(|| {
                gmc += 1 + rng.below(3) as i64;
                gmc.to_string()
            });
            let pay_to = if practice.is_some() && !rng.chance(15) { "practice" } else { "self" };
            tx.execute(stmt, params![name, role, practice, format!("person{n}@gen.example"), g, pay_to])?;
            Ok(n as i64)
        };
        for p in practices.iter_mut() {
            for role in ["gp-partner", "gp-partner", "gp-partner", "gp-salaried"] {
                p.gps.push(add(role, Some(&p.code), &mut rng, &mut made)?);
            }
            p.manager = add("practice-manager", Some(&p.code), &mut rng, &mut made)?;
            add("nurse", Some(&p.code), &mut rng, &mut made)?;
            if rng.chance(15) {
                add("other", Some(&p.code), &mut rng, &mut made)?;
            }
            p.nominated = p.gps[rng.below(p.gps.len() as u64) as usize];
        }
        while made.people < n_practices * 50 / 7 {
            locums.push(add("gp-locum", None, &mut rng, &mut made)?);
        }
    }
    // Skills, a few interests and survey returns.
    {
        let skill: &str = "INSERT INTO skill (person_id, tag, level) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING";
        let survey: &str = "INSERT INTO survey (practice_code, returned_on) VALUES (?1, ?2)";
        for p in &practices {
            for gp in &p.gps {
                for _ in 0..rng.below(3) {
                    let tag = SKILLS[rng.below(SKILLS.len() as u64) as usize];
                    tx.execute(skill, params![
                        gp,
                        tag,
                        ["interest", "experienced", "specialist"][rng.below(3) as usize]
                    ])?;
                }
            }
            if rng.chance(60) {
                tx.execute(survey, params![p.code, today - Duration::days(rng.below(300) as i64)])?;
            }
        }
        let interest: &str = "INSERT INTO interest (person_id, text, from_date, declared_on) VALUES (?1, 'Director of a local provider', ?2, ?2)";
        for p in practices.iter().step_by(7) {
            tx.execute(interest, params![p.gps[0], start])?;
        }
    }
    // Appointments: a nominated GP and a practice lead (2 sessions a month) per practice,
    // a locality lead (1 a month) per locality, all from the start.
    {
        let stmt: &str = "INSERT INTO appointment (person_id, role, locality_id, practice_code, sessions_per_month, from_date)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
        for p in &practices {
            tx.execute(stmt, params![
                p.nominated,
                "nominated-gp",
                Option::<i64>::None,
                p.code,
                Option::<i64>::None,
                start
            ])?;
            let lead = p.gps[0];
            tx.execute(stmt, params![lead, "practice-lead", Option::<i64>::None, p.code, 200, start])?;
        }
        for l in 1..=n_localities as i64 {
            let lead = practices[(l - 1) as usize].gps[1];
            tx.execute(stmt, params![lead, "locality-lead", l, Option::<String>::None, 100, start])?;
        }
    }
    // Ten years of monthly locality meetings up to today, and who came.
    {
        let meeting: &str = "INSERT INTO meeting (kind, locality_id, date, start, duration_minutes, sessions, uid, created_at, series_month)
             VALUES ('locality', ?1, ?2, '12:30', 150, 100, ?3, '20000101T000000Z', ?4) RETURNING id";
        let attend: &str = "INSERT INTO attendance (meeting_id, person_id, for_practice, status) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING";
        let by_locality: Vec<Vec<usize>> = (1..=n_localities as i64)
            .map(|l| (0..practices.len()).filter(|&i| practices[i].locality == l).collect())
            .collect();
        let rule = Rule::parse("2nd tue")?;
        let mut month = Month::of(start);
        while month.first() <= today {
            let date = engage::calendar::next_working_day(rule.date_in(month.first().year(), month.first().month()));
            for (l, members) in by_locality.iter().enumerate() {
                let locality = l as i64 + 1;
                if date > today + Duration::days(90) {
                    continue;
                }
                let id = tx.insert(meeting, params![
                    locality,
                    date,
                    format!("gen-{locality}-{month}@engage"),
                    month.to_string()
                ])?;
                made.meetings += 1;
                if date > today {
                    continue;
                }
                for &i in members {
                    let p = &practices[i];
                    if p.closed {
                        continue;
                    }
                    if !rng.chance(p.keen) {
                        if rng.chance(40) {
                            tx.execute(attend, params![id, p.manager, p.code, "apologies"])?;
                            made.attendance += 1;
                        }
                        continue;
                    }
                    let gp = if rng.chance(90) { p.nominated } else { locums[rng.below(locums.len() as u64) as usize] };
                    // A locum sits for one practice at a time.
                    let status = if rng.chance(15) { "virtual" } else { "attended" };
                    if tx.execute(attend, params![id, gp, p.code, status])? == 1 {
                        made.attendance += 1;
                    }
                    // A second GP sometimes comes too; only one is paid.
                    if rng.chance(20) && tx.execute(attend, params![id, p.gps[3], p.code, "attended"])? == 1 {
                        made.attendance += 1;
                    }
                    if rng.chance(85) {
                        tx.execute(attend, params![id, p.manager, p.code, "attended"])?;
                        made.attendance += 1;
                    }
                }
            }
            month = Month::of(month.last() + Duration::days(1));
        }
    }
    // Beyond the locality meeting: a peer group for every ten practices (from five
    // localities), meeting quarterly; the board, a committee of fifteen voting GPs and
    // two managers without a vote, monthly, with its business; and quarterly protected
    // learning that about half the practices' managers come to.
    {
        let group: &str = "INSERT INTO member_group (id, name, kind, quorum) VALUES (?1, ?2, ?3, ?4)";
        let seat: &str = "INSERT INTO membership (group_id, practice_code, person_id, voting, from_date) VALUES (?1, ?2, ?3, ?4, ?5)";
        let meeting: &str = "INSERT INTO meeting (kind, group_id, date, start, duration_minutes, sessions, quorum, uid, created_at, title)
             VALUES (?1, ?2, ?3, '13:00', 120, 0, ?4, ?5, '20000101T000000Z', ?6) RETURNING id";
        let attend: &str = "INSERT INTO attendance (meeting_id, person_id, for_practice, status) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING";
        let item: &str = "INSERT INTO agenda_item (meeting_id, number, title, paper) VALUES (?1, ?2, ?3, ?4)";
        let said: &str = "INSERT INTO minute (meeting_id, item, kind, text) VALUES (?1, ?2, ?3, ?4)";
        let action: &str = "INSERT INTO action (meeting_id, item, text, owner_id, due, done_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
        let declare: &str = "INSERT INTO declaration (meeting_id, person_id, text, item, withdrew) VALUES (?1, ?2, ?3, 3, 1)";
        let open: Vec<usize> = (0..practices.len()).filter(|&i| !practices[i].closed).collect();
        let peer_groups: Vec<Vec<usize>> = open.chunks(10).map(<[usize]>::to_vec).collect();
        for (g, members) in peer_groups.iter().enumerate() {
            let id = g as i64 + 1;
            tx.execute(group, params![id, format!("Peer group {id:03}"), "peer-group", Option::<i64>::None])?;
            for &i in members {
                tx.execute(seat, params![id, practices[i].code, Option::<i64>::None, 0, start])?;
            }
        }
        let board = peer_groups.len() as i64 + 1;
        tx.execute(group, params![board, "Governing board", "committee", 8])?;
        let voters: Vec<i64> = practices.iter().step_by(n_practices / 15).take(15).map(|p| p.gps[0]).collect();
        let advisers: Vec<i64> = practices.iter().take(2).map(|p| p.manager).collect();
        for (who, voting) in voters.iter().map(|v| (v, 1)).chain(advisers.iter().map(|a| (a, 0))) {
            tx.execute(seat, params![board, Option::<String>::None, who, voting, start])?;
        }
        let mut month = Month::of(start);
        let mut n = 0;
        while month.first() <= today {
            n += 1;
            let day = |week: i64| engage::calendar::next_working_day(month.first() + Duration::days(7 * week));
            // The board, every month.
            let date = day(3);
            if date <= today {
                let m = tx.insert(meeting, params![
                    "board",
                    board,
                    date,
                    8,
                    format!("gen-board-{month}@engage"),
                    "Governing board"
                ])?;
                made.meetings += 1;
                for who in voters.iter().chain(&advisers) {
                    let status = if rng.chance(85) { "attended" } else { "apologies" };
                    tx.execute(attend, params![m, who, Option::<String>::None, status])?;
                    made.attendance += 1;
                }
                for (number, title) in
                    [(1, "Minutes and matters arising"), (2, "Finance report"), (3, "Contract award")]
                {
                    tx.execute(item, params![m, number, title, format!("papers/board-{month}-{number}.pdf")])?;
                    tx.execute(said, params![m, number, "minute", "The board discussed the paper."])?;
                }
                tx.execute(said, params![m, 3, "decision", "Approved."])?;
                tx.execute(declare, params![m, voters[n % voters.len()], "Partner in a bidding practice"])?;
                let due = date + Duration::days(28);
                let done = (due < today && rng.chance(80)).then_some(date + Duration::days(20));
                tx.execute(action, params![m, 2, "Circulate the forecast", voters[(n + 1) % voters.len()], due, done])?;
            }
            // Peer groups and protected learning, once a quarter.
            if month.first().month() % 3 == 1 {
                let date = day(1);
                if date <= today {
                    for (g, members) in peer_groups.iter().enumerate() {
                        let id = g as i64 + 1;
                        let m = tx.insert(meeting, params![
                            "peer-group",
                            id,
                            date,
                            Option::<i64>::None,
                            format!("gen-peer-{id}-{month}@engage"),
                            Option::<String>::None
                        ])?;
                        made.meetings += 1;
                        for &i in members {
                            if rng.chance(practices[i].keen) {
                                tx.execute(attend, params![m, practices[i].gps[1], practices[i].code, "attended"])?;
                                made.attendance += 1;
                            }
                        }
                    }
                    let date = day(2);
                    let m = tx.insert(meeting, params![
                        "protected-learning",
                        Option::<i64>::None,
                        date,
                        Option::<i64>::None,
                        format!("gen-plt-{month}@engage"),
                        "Protected learning"
                    ])?;
                    made.meetings += 1;
                    for &i in &open {
                        if rng.chance(50) {
                            tx.execute(attend, params![m, practices[i].manager, practices[i].code, "attended"])?;
                            made.attendance += 1;
                        }
                    }
                }
            }
            month = Month::of(month.last() + Duration::days(1));
        }
    }
    // A practice engagement scheme for the last two years: £1.50 a head, quarterly, two
    // practices in three enrolled; its instalments are paid in the runs below.
    {
        let from = Month::of(today.checked_sub_months(Months::new(24)).expect("two years back")).first();
        let until = Month::of(today.checked_add_months(Months::new(11)).expect("a year on")).last();
        let scheme = tx.insert(
            "INSERT INTO scheme (name, per_patient, from_date, until_date, instalments, fund, commitments, review_after)
             VALUES ('Practice engagement scheme', 150, ?1, ?2, 'quarterly', 'scheme:Practice engagement scheme', 3, 6) RETURNING id",
            params![from, until],
        )?;
        let enrol: &str = "INSERT INTO enrolment (scheme_id, practice_code, enrolled_on, list_size)
             SELECT ?1, code, ?2, coalesce(list_size, 0) FROM practice WHERE code = ?3 RETURNING id";
        let commit: &str = "INSERT INTO commitment (enrolment_id, text, kind, made_on) VALUES (?1, 'Frailty register', 'improvement', ?2)";
        for (i, p) in practices.iter().enumerate().filter(|(i, p)| i % 3 != 2 && !p.closed) {
            let enrolment = tx.insert(enrol, params![scheme, from + Duration::days((i % 60) as i64), p.code])?;
            tx.execute(commit, params![enrolment, from])?;
        }
    }
    // A monthly newsletter to everyone for the last year, kept with its recipients.
    {
        let mut month = Month::of(today.checked_sub_months(Months::new(11)).expect("a year back"));
        while month <= Month::of(today) {
            let day = month.first().min(today);
            let briefing = tx.insert(
                "INSERT INTO briefing (title, sent_on, audience) VALUES (?1, ?2, 'everyone') RETURNING id",
                params![format!("Newsletter {month}"), day],
            )?;
            tx.execute(
                "INSERT INTO briefing_recipient (briefing_id, person_id, name, email, role, practice_code)
                 SELECT ?1, id, name, email, role, practice_code FROM person
                  WHERE email IS NOT NULL AND briefings = 1 AND left_on IS NULL",
                [briefing],
            )?;
            month = month.next();
        }
    }
    // The lines the meetings earn, derived as every write derives them: the rows above
    // went in directly, so every meeting is noted as touched.
    let meetings: Vec<i64> =
        tx.values("SELECT id FROM meeting", ())?;
    tx.touch_meetings(meetings);
    session::rederive(tx)?;
    // Claims, approved; appointment lines and the payment runs, month by month. The
    // last two months stay unpaid.
    let open_month = Month::of(today).previous();
    let fund = ClaimTo::Fund("contingency".to_string());
    let mut month = Month::of(start);
    while month < Month::of(today) {
        for _ in 0..(n_practices / 2).max(1) {
            let p = &practices[rng.below(practices.len() as u64) as usize];
            let date = month.first() + Duration::days(rng.below(27) as i64);
            let id =
                session::claim(tx, &p.gps[2].to_string(), date, Hundredths(50), &fund, Some("Referral audit"), today)?;
            session::approve(tx, &[id])?;
        }
        if month < open_month {
            session::export(tx, month, true, today)?;
            made.paid_months += 1;
        } else {
            session::accrue(tx, month, today)?;
        }
        month = Month::of(month.last() + Duration::days(1));
    }
    made.session_lines = tx.value::<i64>("SELECT count(*) FROM session_line", ())? as usize;
    Ok(Written { value: made, summary: format!("generated a {scale:?} register") })
    })?;
    reg.set_durable(true)?;
    reg.analyze()?;
    Ok(made)
}
