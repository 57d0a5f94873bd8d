// A register to fuzz importers against: practices, people and a past meeting, made
// once per process; every input runs in a transaction that is rolled back.
use std::sync::OnceLock;

use engage::store::{Access, Actor, Register, Written};

pub fn with_register(f: impl FnOnce(&rusqlite::Transaction) -> engage::Result<()>) {
    static PATH: OnceLock<(tempfile::TempDir, std::path::PathBuf)> = OnceLock::new();
    let (_, path) = PATH.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fuzz.db");
        let mut reg = Register::open(&path, Access::Write, Actor::default()).unwrap();
        reg.write(false, |tx| {
            engage::locality::add(tx, "Evesham", Some("EVE"))?;
            let csv = "code,name,locality\nM81004,Riverside Surgery,Evesham\nM81007,Bredon Hill Surgery,Evesham\n";
            let options = engage::practice::import::Options {
                source: engage::practice::import::Source::Engage,
                commissioner: None,
                locality: None,
                list_changes: false,
            };
            engage::practice::import::import(tx, csv.as_bytes(), "seed", options)?;
            let people = "name,role,practice,email,phone,gmc,pay_to\nDr Asha Patel,gp-partner,M81004,asha@nhs.net,,7012345,\n";
            engage::person_import::import(tx, people.as_bytes(), "seed", engage::dates::parse_iso("2020-02-01").unwrap())?;
            tx.execute(
                "INSERT INTO meeting (kind, locality_id, date, sessions, uid, created_at) VALUES ('locality', 1, '2020-01-14', 100, 'u', 'x')",
                [],
            )?;
            Ok(Written { value: (), summary: "seed".into() })
        })
        .unwrap();
        (dir, path)
    });
    let mut reg = Register::open(path, Access::Write, Actor::default()).unwrap();
    // Errors are what bad input should give; a panic or a storage failure is a bug.
    match reg.write(true, |tx| f(tx).map(|()| Written { value: (), summary: String::new() })) {
        Ok(()) => {}
        Err(e) if e.kind != engage::Kind::Storage => {}
        Err(e) => panic!("storage failure on fuzzed input: {}", e.message),
    }
}
