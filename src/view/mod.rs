//! Tables for people and scripts, built from the data the library returns. The
//! renderer ([`crate::output`]) turns them into a table, CSV or JSON.
//!
//! Every list and report is built here. The `show` commands' records (a practice, a
//! person, a locality, a meeting, a project) are still put together next to their
//! queries, from these tables and their own fields.

pub mod facts;
pub mod funnel;
pub mod report;
pub mod session;
