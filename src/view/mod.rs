//! Tables for people and scripts, built from the data the library returns. The
//! renderer ([`crate::output`]) turns them into a table, CSV or JSON.
//!
//! The payment side is here; the facts' commands (practice, person, meeting, …) still
//! build their tables next to their queries, and move here as they are reworked.

pub mod session;
