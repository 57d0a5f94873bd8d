//! `engage demo`: a fictional commissioning group built from `fixtures/demo/`, in a
//! register of its own that is rebuilt each time.

use std::path::Path;

use crate::error::{Error, Result};
use crate::locality;
use crate::practice::import::{self, Options, Source};
use crate::store::{Access, Actor, Register, Written};

/// The fictional group's localities (`name,code`) and practices (engage CSV). They are
/// compiled in, so the demo works from an installed binary too.
const LOCALITIES: &str = include_str!("../fixtures/demo/localities.csv");
const PRACTICES: &str = include_str!("../fixtures/demo/practices.csv");

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
        Ok(Written { value: (), summary: format!("built the demo register: {}", summary.line()) })
    })?;
    Ok(register)
}
