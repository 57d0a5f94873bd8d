//! engage: the register of a commissioning group's member practices, localities,
//! people, meetings and session payments, over one local SQLite file.
//!
//! The binary (`src/main.rs`, `src/cli/`, and what people see: `src/view/`,
//! `src/output.rs` and the demo) parses, builds tables and prints; the register itself
//! lives here, named like the officer's job, and returns data. The library cannot reach
//! up to the binary: `docs/architecture.md` draws the layers.

pub mod appointment;
pub mod audience;
pub mod audit;
pub mod briefing;
pub mod calendar;
pub mod csvin;
pub mod dates;
pub mod error;
pub mod group;
pub mod history;
pub mod interest;
pub mod lifecycle;
pub mod locality;
pub mod measure;
pub mod meeting;
pub mod outfile;
pub mod person;
pub mod person_import;
pub mod practice;
pub mod practice_import;
pub mod project;
pub mod publish;
pub mod reference;
pub mod report;
pub mod scheme;
pub mod session;
pub mod show;
pub mod skill;
pub mod store;
pub mod text;
pub mod text_enum;
pub mod units;

pub use error::{Error, Kind, Result};

/// Opens (and for a write, creates) the register at `path`, with the money layer on its
/// write path: every write's touched session lines are derived again before it commits.
pub fn open(
    location: impl Into<store::Location>,
    access: store::Access,
    actor: store::Actor,
) -> Result<store::Register> {
    store::Register::open(&location.into(), access, actor, &session::DERIVED)
}
