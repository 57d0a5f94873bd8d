//! Tables for people and scripts, built from the data the library returns. The
//! renderer ([`crate::output`]) turns them into a table, CSV or JSON.
//!
//! Every list, report and `show` record is built here (`shows` holds the records).

pub mod facts;
pub mod funnel;
pub mod report;
pub mod session;
pub mod shows;
pub mod site;
