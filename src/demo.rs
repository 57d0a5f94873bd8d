//! `engage demo`: a fictional commissioning group built from `fixtures/demo/`, in a
//! register of its own that is rebuilt each time.

use chrono::{Datelike, NaiveDate};
use engage::store::{Access, Actor, Location, Register, Write, Written};

use engage::appointment::{self, Scope};
use engage::error::{Error, Result};
use engage::practice_import::{self, Options, Source};
use engage::{csvin, dates, interest, locality, person_import, skill, units};

/// The fictional group's localities (`name,code`) and practices (engage CSV). They are
/// compiled in, so the demo works from an installed binary too.
const LOCALITIES: &str = include_str!("../fixtures/demo/localities.csv");
const PRACTICES: &str = include_str!("../fixtures/demo/practices.csv");
const PEOPLE: &str = include_str!("../fixtures/demo/people.csv");
const APPOINTMENTS: &str = include_str!("../fixtures/demo/appointments.csv");
const SKILLS: &str = include_str!("../fixtures/demo/skills.csv");
const INTERESTS: &str = include_str!("../fixtures/demo/interests.csv");
const SURVEY: &str = include_str!("../fixtures/demo/survey.csv");
const WORKFORCE: &str = include_str!("../fixtures/demo/workforce.csv");
const PRESCRIBING: &str = include_str!("../fixtures/demo/prescribing.csv");

/// The name the demo group goes by.
pub const GROUP: &str = "Wychwood and Hallam Commissioning Group (fictional)";

/// Builds the demo register at `location`, replacing an earlier demo there. A file (or
/// database) that is not a demo register is never touched; a demo register changed
/// since it was built is replaced only once `confirm` agrees, told how many changes
/// would be lost.
pub fn build(location: &Location, actor: Actor, confirm: &dyn Fn(usize) -> Result<()>) -> Result<Built> {
    // What is there already: nothing (no file, or a database with no register), a
    // register, or something that cannot be opened as one.
    let (earlier, what) = match location {
        Location::File(p) if !p.exists() => (None, "the file"),
        Location::File(_) => (Some(engage::open(location.clone(), Access::Read, actor.clone())), "the file"),
        Location::Server(_) => match engage::open(location.clone(), Access::Read, actor.clone()) {
            Err(e) if e.kind == engage::error::Kind::NotFound => (None, "the database"),
            opened => (Some(opened), "the database"),
        },
    };
    if let Some(earlier) = earlier {
        let earlier = earlier.ok();
        let is_demo = earlier.as_ref().and_then(|r| r.setting("demo").ok().flatten()).is_some_and(|v| v == "1");
        if is_demo && let Some(r) = &earlier {
            // Every write leaves an audit row; building the demo left the first.
            let writes: i64 = r.db.value("SELECT count(*) FROM audit", ())?;
            let changes = usize::try_from(writes - 1).unwrap_or(0);
            if changes > 0 {
                confirm(changes)?;
            }
        }
        drop(earlier);
        if !is_demo {
            return Err(Error::conflict(format!(
                "{what} exists and is not a demo register; it was left alone ({location})"
            ))
            .with_hint("give `engage demo --db` a new path, or leave --db out to use the default demo file"));
        }
        engage::store::remove_register(location)?;
    }
    match location {
        // On a server, one record at a time would be thousands of round trips: the demo
        // is built in a file of its own and copied in a few, with the build's audit row.
        Location::Server(_) => build_then_copy(location, actor),
        Location::File(_) => {
            build_at(location, actor).map(|(register, _)| Built { register: Some(register), scratch: None })
        }
    }
}

/// A demo register just built, to tour: the register itself, or for one on a server the
/// file it was built in and copied from (the same rows, read without a round trip),
/// removed when this is dropped.
pub struct Built {
    register: Option<Register>,
    scratch: Option<std::path::PathBuf>,
}

impl std::ops::Deref for Built {
    type Target = Register;
    fn deref(&self) -> &Register {
        self.register.as_ref().expect("a built register until dropped")
    }
}

impl std::ops::DerefMut for Built {
    fn deref_mut(&mut self) -> &mut Register {
        self.register.as_mut().expect("a built register until dropped")
    }
}

impl Drop for Built {
    fn drop(&mut self) {
        drop(self.register.take());
        if let Some(dir) = &self.scratch {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// Builds the demo in a new register at `location`, in one write; gives the register and
/// what the write's audit row says.
fn build_at(location: &Location, actor: Actor) -> Result<(Register, String)> {
    let mut register = engage::open(location.clone(), Access::Write, actor)?;
    let built = register.write(false, |tx| {
        let summary = fill(tx)?;
        Ok(Written { value: summary.clone(), summary })
    });
    match built {
        Ok(summary) => Ok((register, summary)),
        Err(e) => {
            // A demo that failed to build leaves no register behind to be mistaken for one.
            drop(register);
            engage::store::remove_register(location)?;
            Err(e)
        }
    }
}

/// Builds the demo in a temporary file and copies it to the server's new register.
fn build_then_copy(location: &Location, actor: Actor) -> Result<Built> {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    let dir = std::env::temp_dir().join(format!("engage-demo-{}-{nanos}", std::process::id()));
    std::fs::create_dir(&dir)
        .map_err(|e| Error::storage(format!("cannot make a folder for the demo: {e} ({})", dir.display())))?;
    // Removes the folder if the build or the copy fails.
    let mut built = Built { register: None, scratch: Some(dir.clone()) };
    let (file, summary) = build_at(&Location::File(dir.join("demo.db")), actor.clone())?;
    let mut target = engage::open(location.clone(), Access::Write, actor)?;
    if let Err(e) = file.copy_into(&mut target, Some(summary)) {
        drop(target);
        engage::store::remove_register(location)?;
        return Err(e);
    }
    built.register = Some(file);
    Ok(built)
}

/// Writes the fictional group's year; gives the audit row's summary.
fn fill(tx: &Write) -> Result<String> {
    tx.execute("INSERT INTO settings (key, value) VALUES ('demo', '1'), ('group', ?1)", [GROUP])?;
    for line in LOCALITIES.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let (name, code) = line.split_once(',').expect("fixtures/demo/localities.csv has name,code");
        locality::add(tx, name, Some(code))?;
    }
    let options = Options {
        source: Source::Engage,
        commissioner: None,
        locality: None,
        list_changes: false,
        today: dates::today()?,
    };
    let summary = practice_import::import(tx, PRACTICES.as_bytes(), "fixtures/demo/practices.csv", options)?;
    person_import::import(tx, PEOPLE.as_bytes(), "fixtures/demo/people.csv", dates::today()?)?;
    skill::import(tx, SKILLS.as_bytes(), "fixtures/demo/skills.csv")?;
    let date = |row: &csvin::Row, name: &str| -> Result<Option<NaiveDate>> {
        row.get(name)
            .filter(|d| !d.is_empty())
            .map(|d| dates::parse_iso(d).ok_or_else(|| Error::invalid(format!("bad {name}: {d}"))))
            .transpose()
    };
    csvin::with_header(APPOINTMENTS.as_bytes(), "fixtures/demo/appointments.csv", &["person", "role"], |_, row| {
        let nonempty = |n: &str| row.get(n).filter(|v| !v.is_empty()).map(str::to_string);
        let scope = Scope { locality: nonempty("locality"), practice: nonempty("practice"), ..Scope::default() };
        let sessions = nonempty("sessions_per_month")
            .map(|s| units::parse_hundredths(&s, "sessions_per_month", &units::PER_MONTH))
            .transpose()?;
        let from = date(row, "from")?.expect("fixtures give a start");
        appointment::appoint(
            tx,
            row.get("person").unwrap_or_default(),
            row.get("role").unwrap_or_default(),
            &scope,
            sessions,
            from,
            None,
        )?;
        Ok(())
    })?;
    let today = dates::today()?;
    csvin::with_header(INTERESTS.as_bytes(), "fixtures/demo/interests.csv", &["person", "interest"], |_, row| {
        let (who, text) = (row.get("person").unwrap_or_default(), row.get("interest").unwrap_or_default());
        interest::declare(tx, who, text, date(row, "from")?, None, today)?;
        Ok(())
    })?;
    csvin::with_header(SURVEY.as_bytes(), "fixtures/demo/survey.csv", &["code", "returned"], |_, row| {
        skill::survey_returned(tx, row.get("code").unwrap_or_default(), date(row, "returned")?.expect("a date"))?;
        Ok(())
    })?;
    // The GP workforce census as at the last 30 September.
    let september = NaiveDate::from_ymd_opt(today.year(), 9, 30).expect("a day");
    let census_date =
        if september <= today { september } else { september.with_year(today.year() - 1).expect("a day") };
    engage::practice::census::import(tx, WORKFORCE.as_bytes(), "fixtures/demo/workforce.csv", census_date)?;
    meetings(tx, today)?;
    payments(tx, today)?;
    briefings(tx, today)?;
    prescribing(tx)?;
    Ok(format!("built the demo register: {}", summary.line()))
}

/// The prescribing measure: an eighth of England's practices from the national file as
/// the reference, and the demo's practices with invented counts.
fn prescribing(db: &Write) -> Result<()> {
    let m = engage::measure::add(db, "items", 1000, Some("Prescription items"), Some("NHSBSA 2018 (demo)"))?;
    let columns = engage::measure::Columns {
        period: "2018",
        code: "code",
        numerator: "total_items",
        denominator: Some("list_size"),
        delimiter: b',',
        decimal_comma: false,
    };
    engage::measure::import(db, &m, PRESCRIBING.as_bytes(), "fixtures/demo/prescribing.csv", &columns)?;
    Ok(())
}

/// Removes the demo register and its side files.
/// The roadshow round the demo's visits belong to: named after the year it began, a
/// year before today.
pub fn round(today: NaiveDate) -> String {
    use chrono::Datelike;
    format!("Roadshow {}", today.checked_sub_months(chrono::Months::new(12)).expect("a year ago").year())
}

/// A small deterministic generator, so that the demo is the same for the same day.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    /// True with probability `percent` in 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// How keen each practice is, in percent: most engage, a few drift away.
fn keenness(code: &str, months_ago: i64) -> u64 {
    let n: u64 = code.bytes().map(u64::from).sum();
    match n % 7 {
        0 => (25 + 6 * months_ago.clamp(0, 12)) as u64, // drifting: came, now rarely does
        1 => 60,
        _ => 92,
    }
}

/// A year of monthly locality meetings up to today and a quarter ahead, with realistic
/// attendance; monthly board meetings with declarations; a round of practice visits.
fn meetings(db: &Write, today: NaiveDate) -> Result<()> {
    use chrono::{Datelike, Months};
    use engage::calendar::Rule;
    use engage::meeting::{self, Kind, NewMeeting, OnBankHoliday, Status};

    let mut dice = Dice(2027);
    let start = today.checked_sub_months(Months::new(12)).expect("a year ago");
    let end = today.checked_add_months(Months::new(3)).expect("a quarter ahead");
    let in_range = |y: i32| engage::calendar::HOLIDAY_YEARS.contains(&y);
    let policy = |y: i32| if in_range(y) { OnBankHoliday::NextWorkingDay } else { OnBankHoliday::Keep };
    let rules = [("NB", "2nd tue"), ("RC", "3rd wed"), ("HV", "1st thu"), ("UV", "4th mon")];
    let time = |t: &str| engage::calendar::parse_time(t, "demo").expect("a time");
    for (code, rule) in rules {
        for year in start.year()..=end.year() {
            let rule = Rule::parse(rule)?;
            meeting::schedule(
                db,
                Kind::Locality,
                meeting::Host::Locality(code),
                &dates::Month(NaiveDate::from_ymd_opt(year, 1, 1).expect("a year")).twelve(),
                rule,
                Some(time("12:30")),
                Some(150),
                policy(year),
            )?;
        }
        // Keep the window: a year back, a quarter ahead.
        let loc = locality::find(db, code)?;
        db.execute(
            "DELETE FROM meeting WHERE locality_id = ?1 AND kind = 'locality' AND (date < ?2 OR date > ?3)",
            engage::params![loc.id, start, end],
        )?;
    }
    groups(db, today, start, &mut dice)?;
    // Locality meetings held so far: who came for each practice.
    let held = meeting::select(
        db,
        &meeting::Filter { kind: Some(Kind::Locality), to: Some(today), ..meeting::Filter::default() },
    )?;
    let locums: Vec<i64> =
        db.query("SELECT id FROM person WHERE role = 'gp-locum' ORDER BY id", (), |r| r.get("id"))?;
    for m in held {
        let months_ago = (today - m.date).num_days() / 30;
        let practices: Vec<String> = db.query(
            "SELECT code FROM practice WHERE locality_id = ?1 AND status = 'open' ORDER BY code",
            [m.locality_id],
            |r| r.get("code"),
        )?;
        for code in practices {
            let gp = engage::appointment::holder_id(db, "nominated-gp", None, Some(&code), m.date)?;
            let manager: Option<i64> = db
                .value(
                    "SELECT id FROM person WHERE practice_code = ?1 AND role = 'practice-manager' ORDER BY id LIMIT 1",
                    [&code],
                )
                .ok();
            let record = |who: i64, status: Status, for_practice: Option<&str>| {
                meeting::attend_one(db, &m, &who.to_string(), for_practice, status, today, &|_| "demo".into())
            };
            if dice.chance(keenness(&code, months_ago)) {
                match gp {
                    Some((id, _)) if dice.chance(90) => {
                        record(id, if dice.chance(15) { Status::Virtual } else { Status::Attended }, None)?;
                    }
                    _ if !locums.is_empty() => {
                        let locum = locums[(dice.next() as usize) % locums.len()];
                        record(locum, Status::Attended, Some(&code))?;
                    }
                    _ => {}
                }
                if let Some(pm) = manager.filter(|_| dice.chance(70)) {
                    record(pm, Status::Attended, None)?;
                }
            } else if let Some(pm) = manager.filter(|_| dice.chance(50)) {
                record(pm, Status::Apologies, None)?;
            }
        }
    }
    // The roadshow: this round has visited about two practices in three, and the
    // officer noted what some of them said.
    let round = round(today);
    let said = [
        "Would like a named contact for referrals to the community team",
        "Struggling to recruit a salaried GP; interested in the fellowship scheme",
        "Asked for the locality meeting to move to lunchtime",
        "Keen to host a protected learning afternoon on frailty",
    ];
    let practices: Vec<String> =
        db.query("SELECT code FROM practice WHERE status = 'open' ORDER BY code", (), |r| r.get("code"))?;
    for (i, code) in practices.iter().enumerate() {
        if dice.chance(66) {
            let date = engage::calendar::next_working_day(start + chrono::Duration::days(20 + 11 * i as i64));
            if date <= today {
                let visit = meeting::add(
                    db,
                    NewMeeting {
                        practice: Some(code.clone()),
                        start: Some(time("13:00")),
                        duration_minutes: Some(60),
                        round: Some(round.clone()),
                        topic: Some("The year's commissioning intentions".into()),
                        ..NewMeeting::new(Kind::Visit, date)
                    },
                )?;
                if i % 3 == 0 {
                    meeting::business::note(db, &visit, said[(i / 3) % said.len()], today)?;
                }
            }
        }
    }
    Ok(())
}

/// The groups beyond the locality meeting: the governing board as a committee (voting
/// GPs, non-voting managers) with a year of monthly meetings, their business and
/// actions; two peer groups that mix small and large, rural and city practices, meeting
/// quarterly; and quarterly protected learning, where some practices that rarely come
/// to their locality meeting take part.
fn groups(db: &Write, today: NaiveDate, start: NaiveDate, dice: &mut Dice) -> Result<()> {
    use chrono::{Datelike, Months};
    use engage::calendar::Rule;
    use engage::group::{self, Kind as GroupKind};
    use engage::meeting::{self, Kind, NewMeeting, Status, business};

    let time = |t: &str| engage::calendar::parse_time(t, "demo").expect("a time");
    let board = group::add(db, "Governing board", GroupKind::Committee, Some(4))?;
    let voting: Vec<String> = db.query(
        "SELECT DISTINCT person_id FROM appointment WHERE role = 'board-member' ORDER BY person_id",
        (),
        |r| Ok(r.get::<i64>("person_id")?.to_string()),
    )?;
    group::join(db, &board, &voting, Some(true), start, None)?;
    // A practice manager and a nurse sit on the board without a vote.
    let advisers: Vec<String> = db.query(
        "SELECT min(id) AS id FROM person WHERE role = 'practice-manager' UNION ALL
             SELECT min(id) FROM person WHERE role = 'nurse'",
        (),
        |r| Ok(r.get::<i64>("id")?.to_string()),
    )?;
    group::join(db, &board, &advisers, Some(false), start, None)?;
    let members: Vec<String> = voting.iter().chain(&advisers).cloned().collect();

    let topics = [
        ("Urgent care procurement", "Partner in a practice in the bidding federation"),
        ("Diabetes pathway", "Paid adviser to a diabetes education provider"),
        ("Estates plan", "Partner in a practice whose premises are in the plan"),
        ("Enhanced access", "Director of the GP federation"),
    ];
    let mut n = 0;
    for i in 0..13 {
        let month = start.checked_add_months(Months::new(i)).expect("a month");
        let Some(date) = Rule::parse("last thu").ok().map(|r| r.date_in(month.year(), month.month())) else { continue };
        let date = engage::calendar::working_day_in_month(date);
        if date < start || date > today {
            continue;
        }
        let m = meeting::add(
            db,
            NewMeeting {
                group: Some(board.name.clone()),
                start: Some(time("14:00")),
                duration_minutes: Some(180),
                title: Some(format!("Governing board, {}", date.format("%B %Y"))),
                location: Some("Wychwood House, Board Room".into()),
                ..NewMeeting::new(Kind::Board, date)
            },
        )?;
        let mut present = Vec::new();
        for id in &members {
            let status = if !dice.chance(85) {
                Status::Apologies
            } else if dice.chance(20) {
                Status::Virtual
            } else {
                Status::Attended
            };
            if dice.chance(95) {
                meeting::attend_one(db, &m, id, None, status, today, &|_| "demo".into())?;
                if status.present() {
                    present.push(id.clone());
                }
            }
        }
        let (topic, interest) = topics[n % topics.len()];
        n += 1;
        let ym = date.format("%Y-%m");
        let paper = |what: &str| Some(format!("papers/board-{ym}-{what}.pdf"));
        business::add_item(db, &m, "Minutes of the last meeting and matters arising", None)?;
        business::add_item(db, &m, "Finance report", paper("finance").as_deref())?;
        business::add_item(db, &m, topic, paper("paper").as_deref())?;
        business::record(db, &m, 1, business::Said::Decision, "The minutes were agreed as a true record.", today)?;
        business::record(
            db,
            &m,
            2,
            business::Said::Minute,
            "The board noted the financial position and the forecast to the year end.",
            today,
        )?;
        business::record(
            db,
            &m,
            3,
            business::Said::Minute,
            &format!("The board discussed the {} paper.", topic.to_lowercase()),
            today,
        )?;
        // Someone present declares an interest in the third item and withdraws from it.
        if let Some(who) = present.first().filter(|_| dice.chance(50)) {
            meeting::declare(db, &m, who, interest, Some(3), true)?;
        }
        let quorate = {
            let people = meeting::attendees(db, &m)?;
            meeting::quorum(db, &m, &people)?.item(3).unwrap_or(true)
        };
        let decision = if quorate {
            format!("The board approved the {} recommendations.", topic.to_lowercase())
        } else {
            "The item was not quorate; the decision is deferred to the next meeting.".to_string()
        };
        business::record(db, &m, 3, business::Said::Decision, &decision, today)?;
        // Actions: a month to do each; most older ones are done, a few are overdue.
        for (item, text) in [(2, "Circulate the revised forecast"), (3, "Write to the practices affected")] {
            let Some(owner) = present.get((n + item) % present.len().max(1)) else { continue };
            let due = date + chrono::Duration::days(28);
            let a = business::add_action(db, &m, item as i64, text, owner, due, today)?;
            if due < today && dice.chance(70) {
                let done = (date + chrono::Duration::days(21)).min(today);
                business::done(db, a.id, done, Some("Done and reported to the board"), today)?;
            }
        }
    }

    // Two peer groups, each mixing practices from two localities.
    let practices: Vec<(String, i64)> =
        db.query("SELECT code, locality_id FROM practice WHERE status = 'open' ORDER BY code", (), |r| {
            Ok((r.get("code")?, r.get("locality_id")?))
        })?;
    let localities = |codes: [&str; 2]| -> Result<Vec<i64>> {
        codes.iter().map(|c| Ok(engage::locality::find(db, c)?.id)).collect()
    };
    for (name, pair, rule) in [
        ("North and Upland peer group", ["NB", "UV"], "1st tue"),
        ("City and Vale peer group", ["RC", "HV"], "1st wed"),
    ] {
        let g = group::add(db, name, GroupKind::PeerGroup, None)?;
        let ids = localities(pair)?;
        let members: Vec<String> =
            practices.iter().filter(|(_, l)| ids.contains(l)).step_by(2).map(|(c, _)| c.clone()).collect();
        group::join(db, &g, &members, None, start, None)?;
        for q in 0..4 {
            let month = start.checked_add_months(Months::new(1 + 3 * q)).expect("a month");
            let date = engage::calendar::working_day_in_month(Rule::parse(rule)?.date_in(month.year(), month.month()));
            if date > today {
                continue;
            }
            let m = meeting::add(
                db,
                NewMeeting {
                    group: Some(g.name.clone()),
                    start: Some(time("13:00")),
                    ..NewMeeting::new(Kind::PeerGroup, date)
                },
            )?;
            for code in &members {
                let gp = engage::appointment::holder_id(db, "nominated-gp", None, Some(code), date)?;
                if let Some((id, _)) = gp.filter(|_| dice.chance(75)) {
                    meeting::attend_one(db, &m, &id.to_string(), None, Status::Attended, today, &|_| "demo".into())?;
                }
            }
        }
    }

    // Protected learning each quarter: practice managers and nurses of about half the
    // practices, some that drift from their locality meeting among them (the others
    // stay at risk).
    for (q, topic) in ["Frailty", "Safeguarding", "Prescribing", "Cancer early diagnosis"].iter().enumerate() {
        let month = start.checked_add_months(Months::new(2 + 3 * q as u32)).expect("a month");
        let date = engage::calendar::working_day_in_month(Rule::parse("3rd thu")?.date_in(month.year(), month.month()));
        if date > today {
            continue;
        }
        let m = meeting::add(
            db,
            NewMeeting {
                start: Some(time("13:30")),
                duration_minutes: Some(210),
                title: Some(format!("Protected learning: {topic}")),
                location: Some("Hallam Conference Centre".into()),
                ..NewMeeting::new(Kind::ProtectedLearning, date)
            },
        )?;
        for (code, _) in &practices {
            let who: Option<i64> = db.value_opt(
                "SELECT id FROM person WHERE practice_code = ?1 AND role IN ('practice-manager', 'nurse')
                        AND left_on IS NULL ORDER BY role, id LIMIT 1",
                [code],
            )?;
            let drifting = keenness(code, 0) < 50;
            let comes = if drifting { code.bytes().map(u64::from).sum::<u64>() % 2 == 0 } else { dice.chance(50) };
            if let Some(id) = who.filter(|_| comes) {
                meeting::attend_one(db, &m, &id.to_string(), None, Status::Attended, today, &|_| "demo".into())?;
            }
        }
    }
    Ok(())
}

/// A term of briefings: each Friday's briefing to the practices (partners and managers)
/// and a monthly newsletter to every GP. Two salaried GPs opted out and two locums have
/// no address, so `report reach` shows the sessional GPs reached less.
fn briefings(db: &Write, today: NaiveDate) -> Result<()> {
    use chrono::Datelike;
    use engage::audience::{self, Audience};
    use engage::person::Role;
    let ids = |role: &str, n: usize| -> Result<Vec<i64>> {
        Ok(db
            .query("SELECT id FROM person WHERE role = ?1 AND left_on IS NULL ORDER BY id", [role], |r| r.get("id"))?
            .into_iter()
            .take(n)
            .collect())
    };
    for id in ids("gp-salaried", 2)? {
        audience::set_briefings(db, id, false)?;
    }
    for id in ids("gp-locum", 2)? {
        db.execute("UPDATE person SET email = NULL WHERE id = ?1", [id])?;
    }
    let practices = Audience { roles: Some(vec![Role::GpPartner, Role::PracticeManager]), ..Audience::default() };
    let gps = Audience { roles: Some(vec![Role::GpPartner, Role::GpSalaried, Role::GpLocum]), ..Audience::default() };
    for week in (0..12).rev() {
        let friday = today - chrono::Duration::days(7 * week + (today.weekday().num_days_from_monday() as i64 + 3) % 7);
        if engage::calendar::is_bank_holiday(friday) {
            continue;
        }
        let words = "--role gp-partner,practice-manager";
        engage::briefing::add(db, &format!("Weekly briefing, {friday}"), friday, None, &practices, words, today)?;
        if week % 4 == 0 {
            engage::briefing::add(
                db,
                &format!("GP newsletter, {}", friday.format("%B %Y")),
                friday,
                None,
                &gps,
                "--role gp-*",
                today,
            )?;
        }
    }
    Ok(())
}

/// The practice engagement scheme, from a year ago for a year: £1.50 a head in
/// quarterly instalments, three improvement areas, a review after six months. About two
/// practices in three enrolled, with a named lead; most made their commitments, some
/// reviews are done and some overdue. Its instalments go through the payment runs.
fn scheme(db: &Write, from: NaiveDate, today: NaiveDate) -> Result<()> {
    use engage::scheme::{self, CommitmentKind, Every, NewCommitment, NewScheme, Outcome};
    let until = from.checked_add_months(chrono::Months::new(12)).and_then(|d| d.pred_opt()).expect("a year on");
    let s = scheme::add(
        db,
        &NewScheme {
            name: "Practice engagement scheme".into(),
            per_patient: engage::units::Pence(150),
            from,
            until,
            every: Every::Quarterly,
            fund: None,
            commitments: 3,
            review_after: Some(6),
            pay_after: None,
        },
    )?;
    let practices: Vec<(String, Option<i64>)> = db.query("SELECT p.code, (SELECT min(id) FROM person g WHERE g.practice_code = p.code AND g.role = 'gp-partner') AS partner
               FROM practice p WHERE p.status = 'open' ORDER BY p.code", (), |r| Ok((r.get("code")?, r.get("partner")?)))?;
    let areas = ["Frailty register and care plans", "Online access for patients", "Cancer screening uptake"];
    for (i, (code, partner)) in practices.iter().enumerate().filter(|(i, _)| i % 3 != 2) {
        let enrolled = from + chrono::Duration::days(7 * (i % 4) as i64);
        scheme::enrol(db, &s, std::slice::from_ref(code), enrolled)?;
        let has_lead =
            engage::appointment::holder_id(db, engage::appointment::PRACTICE_LEAD, None, Some(code), enrolled)?;
        if let (None, Some(partner)) = (has_lead, partner) {
            let scope = Scope { practice: Some(code.clone()), ..Scope::default() };
            appointment::appoint(db, &partner.to_string(), appointment::PRACTICE_LEAD, &scope, None, enrolled, None)?;
        }
        for area in areas.iter().take(if i % 5 == 0 { 1 } else { 3 }) {
            let c = NewCommitment { text: area, kind: CommitmentKind::Improvement, agreed_with: None, priority: None };
            scheme::commit(db, &s, code, &c, today)?;
        }
        // Reviews six months on: done for about half of those due.
        let due = enrolled.checked_add_months(chrono::Months::new(6)).expect("six months on");
        if due <= today && i % 2 == 0 {
            let outcome = if i % 4 == 0 { Outcome::Met } else { Outcome::Partly };
            scheme::review(db, &s, code, due, outcome, None, today)?;
        }
    }
    Ok(())
}

/// The audit scheme, from nine months ago for a year, that pays for agreed work: 50p a head
/// in monthly instalments to the practices not in the engagement scheme, for two audits
/// agreed with their locality's lead, held from the review due three months on until a
/// review finds them met or partly met. Half were reviewed when due, a few later (their
/// held instalments are paid as arrears), and the rest not yet (theirs are held).
fn audit_scheme(db: &Write, from: NaiveDate, today: NaiveDate) -> Result<()> {
    use engage::scheme::{self, CommitmentKind, Every, NewCommitment, NewScheme, Outcome, PayAfter};
    let until = from.checked_add_months(chrono::Months::new(12)).and_then(|d| d.pred_opt()).expect("a year on");
    let s = scheme::add(
        db,
        &NewScheme {
            name: "Clinical audit scheme".into(),
            per_patient: engage::units::Pence(50),
            from,
            until,
            every: Every::Monthly,
            fund: None,
            commitments: 2,
            review_after: Some(3),
            pay_after: Some(PayAfter::Reviewed),
        },
    )?;
    let practices: Vec<(String, Option<i64>)> = db.query(
        "SELECT p.code, (SELECT min(a.person_id) FROM appointment a
                          WHERE a.role = 'locality-lead' AND a.locality_id = p.locality_id) AS lead
           FROM practice p WHERE p.status = 'open' ORDER BY p.code",
        (),
        |r| Ok((r.get("code")?, r.get("lead")?)),
    )?;
    let audits = ["Antibiotic prescribing audit", "Two-week-wait referral audit"];
    for (i, (code, lead)) in practices.iter().enumerate().filter(|(i, _)| i % 3 == 2) {
        scheme::enrol(db, &s, std::slice::from_ref(code), from)?;
        let lead = lead.map(|l| l.to_string());
        for (n, audit) in audits.iter().enumerate() {
            let c = NewCommitment {
                text: audit,
                kind: CommitmentKind::Audit,
                agreed_with: lead.as_deref(),
                priority: Some(n as i64 + 1),
            };
            scheme::commit(db, &s, code, &c, today)?;
        }
        let due = from.checked_add_months(chrono::Months::new(3)).expect("three months on");
        let (reviewed, outcome) = match i % 4 {
            0 | 1 => (due, Outcome::Met),
            2 => (due.checked_add_months(chrono::Months::new(4)).expect("later"), Outcome::Partly),
            _ => continue,
        };
        if reviewed <= today {
            scheme::review(db, &s, code, reviewed, outcome, None, today)?;
        }
    }
    Ok(())
}

/// Rates, budgets, a project with a clinical lead, a few claims, and the payment runs
/// of the year: finalised up to the month before last, last month still open.
fn payments(db: &Write, today: NaiveDate) -> Result<()> {
    use engage::dates::{FinancialYear, Month};
    use engage::session::{self, Category, ClaimTo};
    use engage::units::{Hundredths, Pence};

    let fy = FinancialYear::containing(today);
    let long_ago = dates::parse_iso("2020-04-01").expect("a date");
    for (category, pence) in
        [(Category::Gp, 38000), (Category::PracticeManager, 16000), (Category::Nurse, 14000), (Category::Other, 12000)]
    {
        session::rate_set(db, category, Pence(pence), long_ago)?;
    }
    session::rate_set(db, Category::Gp, Pence(39500), fy.first())?;
    for (fund, pounds) in [
        ("locality", 160_000),
        ("board-member", 120_000),
        ("practice-lead", 60_000),
        ("contingency", 25_000),
        ("project:Urgent care redesign", 40_000),
    ] {
        session::budget_set(db, fund, fy, Pence(pounds * 100))?;
    }
    let start = Month::of(today).previous().previous().previous().previous().previous().previous().first();
    engage::project::add(
        db,
        "Urgent care redesign",
        Some(start),
        None,
        &["urgent care".to_string(), "service redesign".to_string()],
        Some(Hundredths(4800)),
    )?;
    let lead: i64 = db
        .value(
            "SELECT p.id FROM person p JOIN skill s ON s.person_id = p.id
          WHERE p.role = 'gp-locum' AND s.tag = 'urgent-care' ORDER BY p.id LIMIT 1",
            (),
        )
        .or_else(|_| db.value("SELECT id FROM person WHERE role = 'gp-locum' ORDER BY id LIMIT 1", ()))?;
    let scope = Scope { project_id: Some(db.value("SELECT id FROM project", ())?), ..Scope::default() };
    appointment::appoint(db, &lead.to_string(), "clinical-lead", &scope, Some(Hundredths(400)), start, None)?;
    // Claims: extra work from the contingency fund, mostly approved.
    let claimants: Vec<i64> =
        db.query("SELECT person_id FROM appointment WHERE role = 'practice-lead' ORDER BY id LIMIT 4", (), |r| {
            r.get("person_id")
        })?;
    for (i, who) in claimants.iter().enumerate() {
        let date = engage::calendar::next_working_day(start + chrono::Duration::days(30 * i as i64 + 9));
        let to = ClaimTo::Fund("contingency".into());
        let sessions = Hundredths(50 + 25 * i as i64);
        let id = session::claim(db, &who.to_string(), date, sessions, &to, Some("Referral audit"), today)?;
        if i == 3 {
            session::reject(db, id, "Duplicate of an earlier claim")?;
        } else {
            session::approve(db, &[id])?;
        }
    }
    // A locum on the board for the year, who leaves on the 10th of last month (below).
    let changes = engage::person::Changes {
        name: Some("Dr Rowan Ashby".into()),
        role: Some(engage::person::Role::GpLocum),
        email: Some("rowan.ashby@wychwood.example".into()),
        ..Default::default()
    };
    let leaver = engage::person::add(db, &changes)?.id;
    let a_year_ago = Month::of(today.checked_sub_months(chrono::Months::new(12)).expect("a year ago")).first();
    appointment::appoint(
        db,
        &leaver.to_string(),
        "board-member",
        &Scope::default(),
        Some(Hundredths(400)),
        a_year_ago,
        None,
    )?;
    scheme(db, a_year_ago, today)?;
    audit_scheme(db, a_year_ago.checked_add_months(chrono::Months::new(3)).expect("a quarter on"), today)?;
    // The year's payment runs, oldest first.
    let last = Month::of(today).previous();
    let mut month = Month::of(today.checked_sub_months(chrono::Months::new(12)).expect("a year ago"));
    while month < last {
        session::export(db, month, true, today)?;
        month = Month::of(month.last() + chrono::Duration::days(1));
    }
    // Last month, before its run: an engagement lead named late, from the first day of
    // the month before the month before (two months of arrears); a board member who left
    // on the 10th (a last part-month); and a claim awaiting approval.
    let late: i64 = db.value(
        "SELECT id FROM person WHERE role = 'gp-salaried' AND left_on IS NULL
            AND id NOT IN (SELECT person_id FROM appointment) ORDER BY id LIMIT 1",
        (),
    )?;
    let from = last.previous().previous().first();
    appointment::appoint(
        db,
        &late.to_string(),
        "engagement-lead",
        &Scope::default(),
        Some(Hundredths(200)),
        from,
        None,
    )?;
    engage::lifecycle::leave(db, &leaver.to_string(), last.first() + chrono::Duration::days(9), false, today)?;
    let claimant = claimants.first().copied().unwrap_or(late);
    let date = engage::calendar::next_working_day(last.first() + chrono::Duration::days(14));
    let to = ClaimTo::Fund("contingency".into());
    session::claim(db, &claimant.to_string(), date, Hundredths(100), &to, Some("Practice visits round"), today)?;
    session::accrue(db, last, today)?;
    Ok(())
}
