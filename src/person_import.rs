//! `person import`: CSV `name,role,practice,email,phone,gmc,pay_to`, upserting by email,
//! else GMC number. Every row is checked; one bad row fails the whole import.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::csvin;
use crate::error::{Error, Result};
use crate::person::{self, Changes, PayTo, Person, Role};
use crate::practice;
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
///
/// Everyone and every practice code are read once and every row is checked against
/// them; then the changed people are saved, and the new ones added, up to a thousand a
/// statement, so that an import asks a team register's server the same few questions
/// however long the file.
pub fn import(db: &Write, data: &[u8], file: &str, today: NaiveDate) -> Result<Summary> {
    let mut summary = Summary::default();
    let mut everyone = person::Everyone::load(db)?;
    let known = practice::Known::all(db)?;
    let practices = |code: &practice::Code| Ok(known.get(db, code)?.code);
    let began = person::facts_began(db)?;
    let mut added: Vec<Person> = Vec::new();
    let mut edits: Vec<person::Edit> = Vec::new();
    // The line each email and GMC number was first seen on: one person a row.
    let mut seen: HashMap<String, u64> = HashMap::new();
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
        let existing = everyone.holder(email.as_deref(), gmc.as_deref());
        // An error that does not say where in the file it is gets the record's line.
        let located =
            |e: Error| if e.at.as_deref().is_some_and(|a| a.starts_with(file)) { e } else { e.at(at("record")) };
        match existing {
            Some(i) => {
                let before = everyone.get(i);
                let planned = person::plan_edit(
                    before,
                    &changes,
                    (today, today),
                    began.get(&before.id).copied(),
                    &|f| at(f),
                    &practices,
                )
                .map_err(located)?;
                let Some(edit) = planned else {
                    summary.unchanged += 1;
                    return Ok(());
                };
                // A later row finds them as they will be, and may take the email or
                // number they give up.
                everyone.replace(i, edit.after.clone()).map_err(located)?;
                edits.push(edit);
                summary.updated += 1;
            }
            None => {
                // Neither its email nor its number is anyone's: it can clash with no one.
                added.push(person::to_add(&changes, &|f| at(f), &practices).map_err(located)?);
                summary.inserted += 1;
            }
        }
        Ok(())
    })?;
    crate::lifecycle::write_person_edits(db, &edits, today)?;
    person::insert_all(db, &added)?;
    Ok(summary)
}
