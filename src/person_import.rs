//! `person import`: CSV `name,role,practice,email,phone,gmc,pay_to`, upserting by email,
//! else GMC number. Every row is checked; one bad row fails the whole import.

use chrono::NaiveDate;

use crate::csvin;
use crate::error::{Error, Result};
use crate::history::Effective;
use crate::person::{self, Changes, PayTo, Role};
use crate::store::Write;

#[derive(Debug, Default)]
pub struct Summary {
    pub rows: usize,
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl Summary {
    pub fn line(&self) -> String {
        format!(
            "{} rows: {} inserted, {} updated, {} unchanged",
            self.rows, self.inserted, self.updated, self.unchanged
        )
    }
}

/// Adds or updates people from a CSV file; a changed practice, role or pay_to of
/// someone already there holds from `today`.
pub fn import(db: &Write, data: &[u8], file: &str, today: NaiveDate) -> Result<Summary> {
    let mut summary = Summary::default();
    // The line each email and GMC number was first seen on: one person a row.
    let mut seen: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
    csvin::with_header(data, file, &["name", "role"], |line, row| {
        summary.rows += 1;
        let at = |field: &'static str| format!("{file}:{line}, field {field}");
        let given = |name: &str| row.get(name).filter(|s| !s.is_empty()).map(str::to_string);
        let role_text = row.get("role").unwrap_or_default();
        let role = Role::parse_loose(role_text).ok_or_else(|| {
            Error::invalid(format!("not a role: {role_text:?} ({})", at("role")))
                .with_hint("gp-partner, gp-salaried, gp-locum, practice-manager, nurse or other")
        })?;
        let pay_to = match given("pay_to") {
            None => None,
            Some(t) => Some(
                PayTo::parse_loose(&t)
                    .ok_or_else(|| Error::invalid(format!("not self or practice: {t:?} ({})", at("pay_to"))))?,
            ),
        };
        let changes = Changes {
            name: Some(row.get("name").unwrap_or_default().to_string()),
            role: Some(role),
            practice: given("practice"),
            email: given("email"),
            phone: given("phone"),
            gmc: given("gmc"),
            pay_to,
        };
        // Match on the checked forms, so that case and spacing do not make a twin.
        let email = changes.email.as_deref().map(|e| person::check_email(e, &at("email"))).transpose()?;
        let gmc = changes.gmc.as_deref().map(|g| person::check_gmc(g, &at("gmc"))).transpose()?;
        for (field, value) in [("email", &email), ("gmc", &gmc)] {
            if let Some(v) = value
                && let Some(first) = seen.insert(format!("{field}:{v}"), line)
            {
                return Err(Error::invalid(format!("{v} is on lines {first} and {line}: one person a row"))
                    .at(at(field))
                    .with_hint("merge the two rows into one"));
            }
        }
        let existing = match (&email, &gmc) {
            (Some(e), _) if let Ok(p) = person::find(db, e) => Some(p),
            (_, Some(g)) if let Ok(p) = person::find(db, g) => Some(p),
            _ => None,
        };
        // An error that does not say where in the file it is gets the record's line.
        let located =
            |e: Error| if e.at.as_deref().is_some_and(|a| a.starts_with(file)) { e } else { e.at(at("record")) };
        match existing {
            Some(p) => {
                let (_, changed) =
                    crate::lifecycle::edit_person_at(db, p, &changes, Effective::From(today), today, &|f| at(f))
                        .map_err(located)?;
                if changed { summary.updated += 1 } else { summary.unchanged += 1 }
            }
            None => {
                person::add_at(db, &changes, &|f| at(f)).map_err(located)?;
                summary.inserted += 1;
            }
        }
        Ok(())
    })?;
    Ok(summary)
}
