//! `engage demo`: a fictional commissioning group built from `fixtures/demo/`, in a
//! register of its own that is rebuilt each time.

use std::path::Path;

use chrono::NaiveDate;

use crate::appointment::{self, Scope};
use crate::error::{Error, Result};
use crate::practice::import::{self, Options, Source};
use crate::store::{Access, Actor, Register, Written};
use crate::{csvin, dates, interest, locality, person_import, skill, units};

/// The fictional group's localities (`name,code`) and practices (engage CSV). They are
/// compiled in, so the demo works from an installed binary too.
const LOCALITIES: &str = include_str!("../fixtures/demo/localities.csv");
const PRACTICES: &str = include_str!("../fixtures/demo/practices.csv");
const PEOPLE: &str = include_str!("../fixtures/demo/people.csv");
const APPOINTMENTS: &str = include_str!("../fixtures/demo/appointments.csv");
const SKILLS: &str = include_str!("../fixtures/demo/skills.csv");
const INTERESTS: &str = include_str!("../fixtures/demo/interests.csv");
const SURVEY: &str = include_str!("../fixtures/demo/survey.csv");

/// The name the demo group goes by.
pub const GROUP: &str = "Wychwood and Hallam Commissioning Group (fictional)";

/// Builds the demo register at `path`, replacing an earlier demo there. A file that is
/// not a demo register is never touched.
pub fn build(path: &Path, actor: Actor) -> Result<Register> {
    if path.exists() {
        let is_demo = Register::open(path, Access::Read, actor.clone())
            .ok()
            .and_then(|r| r.setting("demo").ok().flatten())
            .is_some_and(|v| v == "1");
        if !is_demo {
            return Err(Error::conflict(format!(
                "the file exists and is not a demo register; it was left alone ({})",
                path.display()
            ))
            .with_hint("give `engage demo --db` a new path, or leave --db out to use the default demo file"));
        }
        for suffix in ["", "-wal", "-shm"] {
            let mut p = path.as_os_str().to_owned();
            p.push(suffix);
            match std::fs::remove_file(&p) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
                _ => {}
            }
        }
    }
    let mut register = Register::open(path, Access::Write, actor)?;
    register.write(false, |tx| {
        tx.execute("INSERT INTO settings (key, value) VALUES ('demo', '1'), ('group', ?1)", [GROUP])?;
        for line in LOCALITIES.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            let (name, code) = line.split_once(',').expect("fixtures/demo/localities.csv has name,code");
            locality::add(tx, name, Some(code))?;
        }
        let options = Options { source: Source::Engage, commissioner: None, locality: None };
        let summary = import::import(tx, PRACTICES.as_bytes(), "fixtures/demo/practices.csv", options)?;
        person_import::import(tx, PEOPLE.as_bytes(), "fixtures/demo/people.csv")?;
        skill::import(tx, SKILLS.as_bytes(), "fixtures/demo/skills.csv")?;
        let date = |row: &csvin::Row, name: &str| -> Result<Option<NaiveDate>> {
            Ok(row
                .get(name)
                .filter(|d| !d.is_empty())
                .map(|d| dates::parse_iso(d).ok_or_else(|| Error::invalid(format!("bad {name}: {d}"))))
                .transpose()?)
        };
        csvin::with_header(
            APPOINTMENTS.as_bytes(),
            "fixtures/demo/appointments.csv",
            &["person", "role"],
            |_, row| {
                let nonempty = |n: &str| row.get(n).filter(|v| !v.is_empty()).map(str::to_string);
                let scope = Scope { locality: nonempty("locality"), practice: nonempty("practice"), project_id: None };
                let sessions = nonempty("sessions_per_month")
                    .map(|s| units::parse_hundredths(&s, "sessions_per_month"))
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
            },
        )?;
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
        Ok(Written { value: (), summary: format!("built the demo register: {}", summary.line()) })
    })?;
    Ok(register)
}
