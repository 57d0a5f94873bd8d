//! Tables for people and scripts, built from the data the library returns. The
//! renderer ([`crate::output`]) turns them into a table, CSV or JSON.
//!
//! The payment side and the reports are here; the facts' own lists and shows
//! (practice, person, meeting, …) still build their tables next to their queries.

pub mod facts;
pub mod report;
pub mod session;
