//! Sessions and payments: the money side of the register.
//!
//! Sessions are integer hundredths and money integer pence. The facts (meetings and who
//! came, appointments) earn session lines; claims add lines of their own. Each job has
//! its room:
//!
//! - [`rates`]: the price of a session, and the one way a line is priced;
//! - [`lines`]: the session line as stored, and the lines derived from the facts, brought
//!   up to date in one place ([`rederive`]) that every write goes through;
//! - [`accrual`]: appointment lines, month by month;
//! - [`claims`]: claims, approval and rejection;
//! - [`export`]: the monthly payment run for finance;
//! - [`budgets`]: funds and their budgets;
//! - [`totals`]: sessions and money summed for shows and reports.

pub mod accrual;
pub mod budgets;
pub mod claims;
pub mod export;
pub mod lines;
pub mod rates;
pub mod totals;

pub use accrual::{Accrued, accrue};
pub use budgets::{Budget, budget_list, budget_set, spend_by_fund};
pub use claims::{ClaimTo, approve, claim, reject};
pub use export::{Export, Payment, check_runs, export};
pub use lines::{Filter, Line, LineStatus, ListStatus, list, rederive};
pub use rates::{Category, Priced, Rate, Rates, rate_list, rate_set};
pub use totals::{Counted, Earner, Sittings, by_practice, counted, totals};

/// The money layer's part of every write (see [`crate::store::Derived`]): the lines a
/// write touches are noted as it runs and derived again before it commits.
pub static DERIVED: crate::store::Derived = crate::store::Derived { rederive: lines::rederive };
