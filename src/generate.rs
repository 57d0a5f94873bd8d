//! A deterministic generator of realistic registers, for benchmarks: `group` (the
//! demo's size) or `national` (7,000 practices in 300 localities, 50,000 people, ten
//! years of monthly locality meetings, about 1.5 million attendance rows and 2 million
//! session lines, months before the last two finalised).
//!
//! It writes through the register's own schema with prepared statements in one
//! transaction (the bulk path), keeping every rule the commands keep: one paid GP per
//! practice per meeting, the nominated GP first; pro-rated appointment lines; paid
//! lines frozen with what their run wrote. The result passes `engage db check`.

use std::path::Path;

use chrono::{Datelike, Duration, Months, NaiveDate};
use rusqlite::params;

use crate::calendar::Rule;
use crate::dates::Month;
use crate::error::{Error, Result};
use crate::store::{Access, Actor, Register};
use crate::units;

/// How big a register to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
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

/// What was made.
#[derive(Debug, Default)]
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
    let mut reg = Register::open(path, Access::Write, Actor { user: "generator".into(), command: "generate".into() })?;
    let conn = &mut reg.conn;
    conn.pragma_update(None, "synchronous", "OFF")?;
    let tx = conn.transaction()?;
    let (n_localities, n_practices, years) = scale.sizes();
    let mut rng = Rng(seed ^ 0x9E37_79B9_7F4A_7C15);
    let mut made = Made { localities: n_localities, practices: n_practices, ..Made::default() };
    let start = Month::of(today.checked_sub_months(Months::new(12 * years as u32)).expect("years back")).first();

    for (category, pence) in [("gp", 38000), ("practice-manager", 16000), ("nurse", 14000), ("other", 12000)] {
        tx.execute(
            "INSERT INTO rate (category, from_date, pence) VALUES (?1, '2000-04-01', ?2)",
            params![category, pence],
        )?;
    }
    {
        let mut stmt = tx.prepare("INSERT INTO locality (id, name, code) VALUES (?1, ?2, ?3)")?;
        for l in 1..=n_localities {
            stmt.execute(params![l as i64, format!("Locality {l:03}"), format!("L{l:03}")])?;
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
        let mut stmt = tx.prepare(
            "INSERT INTO practice (code, name, locality_id, list_size, postcode, phone, setting, status, open_date, close_date)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '1974-04-01', ?9)",
        )?;
        for i in 0..n_practices {
            let code = format!("{}{:05}", (b'A' + (i / 90_000) as u8 + (i % 25) as u8) as char, 10_000 + i);
            let locality = (i % n_localities) as i64 + 1;
            let closed = rng.chance(2);
            let name = format!(
                "{} {} Surgery",
                LAST[rng.below(LAST.len() as u64) as usize],
                ["Road", "Lane", "Green", "Park"][i % 4]
            );
            stmt.execute(params![
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
        let mut stmt = tx.prepare(
            "INSERT INTO person (name, role, practice_code, email, gmc, pay_to) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
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
            stmt.execute(params![name, role, practice, format!("person{n}@gen.example"), g, pay_to])?;
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
        let mut skill = tx.prepare("INSERT OR IGNORE INTO skill (person_id, tag, level) VALUES (?1, ?2, ?3)")?;
        let mut survey = tx.prepare("INSERT INTO survey (practice_code, returned_on) VALUES (?1, ?2)")?;
        for p in &practices {
            for gp in &p.gps {
                for _ in 0..rng.below(3) {
                    let tag = SKILLS[rng.below(SKILLS.len() as u64) as usize];
                    skill.execute(params![
                        gp,
                        tag,
                        ["interest", "experienced", "specialist"][rng.below(3) as usize]
                    ])?;
                }
            }
            if rng.chance(60) {
                survey.execute(params![p.code, today - Duration::days(rng.below(300) as i64)])?;
            }
        }
        let mut interest = tx.prepare(
            "INSERT INTO interest (person_id, text, from_date, declared_on) VALUES (?1, 'Director of a local provider', ?2, ?2)",
        )?;
        for p in practices.iter().step_by(7) {
            interest.execute(params![p.gps[0], start])?;
        }
    }
    // Appointments: a nominated GP and a practice lead (2 sessions a month) per practice,
    // a locality lead (1 a month) per locality, all from the start.
    let mut appointments: Vec<(i64, i64, &str, i64)> = Vec::new(); // id, person, role, sessions per month
    {
        let mut stmt = tx.prepare(
            "INSERT INTO appointment (person_id, role, locality_id, practice_code, sessions_per_month, from_date)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for p in &practices {
            stmt.execute(params![
                p.nominated,
                "nominated-gp",
                Option::<i64>::None,
                p.code,
                Option::<i64>::None,
                start
            ])?;
            let lead = p.gps[0];
            stmt.execute(params![lead, "practice-lead", Option::<i64>::None, p.code, 200, start])?;
            appointments.push((tx.last_insert_rowid(), lead, "practice-lead", 200));
        }
        for l in 1..=n_localities as i64 {
            let lead = practices[(l - 1) as usize].gps[1];
            stmt.execute(params![lead, "locality-lead", l, Option::<String>::None, 100, start])?;
            appointments.push((tx.last_insert_rowid(), lead, "locality-lead", 100));
        }
    }
    // Who is paid what: person id -> (role, practice, pay_to), for frozen paid lines.
    // Role, practice, pay_to, "name\u{1}payee name", GMC number.
    type Payee = (String, Option<String>, String, String, Option<String>);
    let mut payee: std::collections::HashMap<i64, Payee> = std::collections::HashMap::new();
    {
        let mut stmt = tx.prepare(
            "SELECT p.id, p.name, p.role, p.practice_code, p.pay_to, p.gmc, pr.name
               FROM person p LEFT JOIN practice pr ON pr.code = p.practice_code",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (id, name, role, practice, pay_to, gmc, practice_name): (
                i64,
                String,
                String,
                Option<String>,
                String,
                Option<String>,
                Option<String>,
            ) = (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?);
            let display =
                if pay_to == "practice" { practice_name.unwrap_or_else(|| name.clone()) } else { name.clone() };
            payee.insert(id, (role, practice, pay_to, format!("{name}\u{1}{display}"), gmc));
        }
    }
    let open_month = Month::of(today).previous(); // the last two months stay unpaid
    let paid = |date: NaiveDate| Month::of(date) < open_month;
    let mut insert_line = tx.prepare(
        "INSERT INTO session_line (person_id, source, reference, fund, work_date, sessions, status, meeting_id,
                                   appointment_id, accrual_month, payment_month, paid_payee_type, paid_payee_id,
                                   paid_payee_name, paid_practice_code, paid_person_name, paid_gmc, paid_role,
                                   paid_rate, paid_amount)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
    )?;
    let mut runs: std::collections::BTreeMap<String, (i64, i64)> = std::collections::BTreeMap::new();
    #[allow(clippy::too_many_arguments)]
    let mut line = |person: i64,
                    source: &str,
                    reference: &str,
                    fund: &str,
                    work_date: NaiveDate,
                    sessions: i64,
                    meeting: Option<i64>,
                    appointment: Option<(i64, String)>,
                    made: &mut Made|
     -> Result<()> {
        made.session_lines += 1;
        let (role, practice, pay_to, names, gmc) = &payee[&person];
        let (person_name, payee_name) = names.split_once('\u{1}').expect("two names");
        let rate = if role.starts_with("gp") { 38000 } else { 16000 };
        let (appointment_id, accrual_month) = appointment.map_or((None, None), |(a, m)| (Some(a), Some(m)));
        if paid(work_date) {
            let month = Month::of(work_date).to_string();
            let amount = units::amount(sessions, rate);
            let e = runs.entry(month.clone()).or_default();
            e.0 += 1;
            e.1 += amount;
            let (payee_type, payee_id) = match (pay_to.as_str(), practice) {
                ("practice", Some(code)) => ("practice", code.clone()),
                _ => ("person", person.to_string()),
            };
            insert_line.execute(params![
                person,
                source,
                reference,
                fund,
                work_date,
                sessions,
                "paid",
                meeting,
                appointment_id,
                accrual_month,
                month,
                payee_type,
                payee_id,
                payee_name,
                practice,
                person_name,
                gmc,
                role,
                rate,
                amount
            ])?;
        } else {
            insert_line.execute(params![
                person,
                source,
                reference,
                fund,
                work_date,
                sessions,
                "approved",
                meeting,
                appointment_id,
                accrual_month,
                Option::<String>::None,
                Option::<String>::None,
                Option::<String>::None,
                Option::<String>::None,
                Option::<String>::None,
                Option::<String>::None,
                Option::<String>::None,
                Option::<String>::None,
                Option::<i64>::None,
                Option::<i64>::None
            ])?;
        }
        Ok(())
    };
    // Ten years of monthly locality meetings up to today, and who came.
    {
        let mut meeting = tx.prepare(
            "INSERT INTO meeting (kind, locality_id, date, start, duration_minutes, sessions, uid, created_at, series_month)
             VALUES ('locality', ?1, ?2, '12:30', 150, 100, ?3, '20000101T000000Z', ?4)",
        )?;
        let mut attend = tx.prepare(
            "INSERT OR IGNORE INTO attendance (meeting_id, person_id, for_practice, status) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let by_locality: Vec<Vec<usize>> = (1..=n_localities as i64)
            .map(|l| (0..practices.len()).filter(|&i| practices[i].locality == l).collect())
            .collect();
        let rule = Rule::parse("2nd tue")?;
        let mut month = Month::of(start);
        while month.first() <= today {
            let date = crate::calendar::next_working_day(rule.date_in(month.first().year(), month.first().month()));
            for (l, members) in by_locality.iter().enumerate() {
                let locality = l as i64 + 1;
                if date > today + Duration::days(90) {
                    continue;
                }
                meeting.execute(params![
                    locality,
                    date,
                    format!("gen-{locality}-{month}@engage"),
                    month.to_string()
                ])?;
                made.meetings += 1;
                let id = tx.last_insert_rowid();
                if date > today {
                    continue;
                }
                let reference = format!("locality meeting {date} Locality {locality:03}");
                for &i in members {
                    let p = &practices[i];
                    if p.closed {
                        continue;
                    }
                    if !rng.chance(p.keen) {
                        if rng.chance(40) {
                            attend.execute(params![id, p.manager, p.code, "apologies"])?;
                            made.attendance += 1;
                        }
                        continue;
                    }
                    let gp = if rng.chance(90) { p.nominated } else { locums[rng.below(locums.len() as u64) as usize] };
                    // A locum sits for one practice at a time.
                    let status = if rng.chance(15) { "virtual" } else { "attended" };
                    if attend.execute(params![id, gp, p.code, status])? == 1 {
                        made.attendance += 1;
                        line(gp, "meeting", &reference, "locality", date, 100, Some(id), None, &mut made)?;
                    }
                    // A second GP sometimes comes too; only one is paid.
                    if rng.chance(20) && attend.execute(params![id, p.gps[3], p.code, "attended"])? == 1 {
                        made.attendance += 1;
                    }
                    if rng.chance(85) {
                        attend.execute(params![id, p.manager, p.code, "attended"])?;
                        made.attendance += 1;
                    }
                }
            }
            month = Month::of(month.last() + Duration::days(1));
        }
    }
    // Appointment lines for every month up to last month, and claims.
    let mut month = Month::of(start);
    while month < Month::of(today) {
        for (id, person, role, spm) in &appointments {
            line(
                *person,
                "appointment",
                role,
                role,
                month.last(),
                *spm,
                None,
                Some((*id, month.to_string())),
                &mut made,
            )?;
        }
        for _ in 0..(n_practices / 2).max(1) {
            let p = &practices[rng.below(practices.len() as u64) as usize];
            let date = month.first() + Duration::days(rng.below(27) as i64);
            line(p.gps[2], "fund", "Referral audit", "contingency", date, 50, None, None, &mut made)?;
        }
        month = Month::of(month.last() + Duration::days(1));
    }
    drop(insert_line);
    {
        let mut stmt =
            tx.prepare("INSERT INTO payment_run (month, finalised_at, lines, amount) VALUES (?1, ?2, ?3, ?4)")?;
        for (month, (lines, amount)) in &runs {
            stmt.execute(params![month, format!("{month}-28T06:00:00Z"), lines, amount])?;
        }
        made.paid_months = runs.len();
    }
    tx.execute(
        "INSERT INTO audit (at, user, command, summary) VALUES (?1, 'generator', 'generate', ?2)",
        params![chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string(), format!("generated a {scale:?} register")],
    )?;
    tx.commit()?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.execute_batch("ANALYZE")?;
    Ok(made)
}
