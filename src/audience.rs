//! Who a list, a mailing or a briefing reaches: the audience filters shared by
//! `person list`, `person emails` and `person vcard` (the README's person: reaching every GP), each person's
//! choice to receive briefings, and the vCard cards of an audience.

use crate::store::{Db, Write};
use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::person::{Person, Role};
use crate::text::{escape_content as escape, fold_content as fold};
use crate::text_enum::TextEnum;

/// The filters; every one given must hold.
#[derive(Debug, Clone, Default)]
pub struct Audience {
    /// Any of these roles.
    pub roles: Option<Vec<Role>>,
    /// Salaried and locum GPs.
    pub sessional: bool,
    pub locality_id: Option<i64>,
    pub practice: Option<String>,
    /// Members of the group today: in person, or through their practice.
    pub group_id: Option<i64>,
    /// People with this skill (a normalised tag).
    pub skill: Option<String>,
    /// Opted in to briefings and with an email.
    pub opted_in: bool,
    /// People who have left too.
    pub all: bool,
}

/// `--role`: a comma list of roles and `gp-*` style globs. A name that matches no role
/// is a usage error (exit 2), as clap's own checks are.
pub fn parse_roles(text: &str) -> Result<Vec<Role>> {
    let mut roles = Vec::new();
    for word in text.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        let word = word.to_ascii_lowercase();
        let matched: Vec<Role> = match word.strip_suffix('*') {
            Some(prefix) => Role::ALL.iter().copied().filter(|r| r.as_str().starts_with(prefix)).collect(),
            None => Role::ALL.iter().copied().filter(|r| r.as_str() == word).collect(),
        };
        if matched.is_empty() {
            let names: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
            return Err(Error::usage(format!("no role is called {word:?} (--role)"))
                .with_hint(format!("roles: {}; a glob such as gp-* takes several", names.join(", "))));
        }
        for r in matched {
            if !roles.contains(&r) {
                roles.push(r);
            }
        }
    }
    if roles.is_empty() {
        return Err(Error::usage("--role needs a role, e.g. gp-partner or gp-* (--role)".to_string()));
    }
    Ok(roles)
}

/// SQL: the person `p` (the alias of a `person` row) opted in and can be written to.
pub fn opted_in(p: &str) -> String {
    format!("({p}.briefings = 1 AND {p}.email IS NOT NULL)")
}

/// The people the filters select, by name then id (the README): everyone who has not
/// left (with `all`, those who have too), as they are `today`.
pub fn select(db: &Db, a: &Audience, today: NaiveDate) -> Result<Vec<Person>> {
    let roles = a.roles.as_ref().map(|r| r.iter().map(|r| format!("'{}'", r.as_str())).collect::<Vec<_>>().join(", "));
    let sql = format!(
        "SELECT {columns} FROM person p LEFT JOIN practice pr ON pr.code = p.practice_code
          WHERE (?1 IS NULL OR p.practice_code = ?1)
            AND (?2 IS NULL OR pr.locality_id = ?2)
            AND {roles}
            AND (?3 = 0 OR p.role IN ('gp-salaried', 'gp-locum'))
            AND (?4 IS NULL OR EXISTS (SELECT 1 FROM membership s WHERE s.group_id = ?4
                    AND s.from_date <= ?7 AND (s.until_date IS NULL OR s.until_date >= ?7)
                    AND (s.person_id = p.id OR s.practice_code = p.practice_code)))
            AND (?5 IS NULL OR EXISTS (SELECT 1 FROM skill k WHERE k.person_id = p.id AND k.tag = ?5))
            AND (?6 = 0 OR {opted_in})
            AND (?8 = 1 OR p.left_on IS NULL)
          ORDER BY p.name, p.id",
        columns = crate::person::columns("p"),
        opted_in = opted_in("p"),
        roles = roles.map_or("1 = 1".to_string(), |r| format!("p.role IN ({r})")),
    );
    let stmt = sql;
    let rows = db.query(
        &stmt,
        crate::params![a.practice, a.locality_id, a.sessional, a.group_id, a.skill, a.opted_in, today, a.all],
        crate::person::Person::from_row,
    )?;
    Ok(rows)
}

/// Those of an audience a mailing can reach: opted in, with an email, not left.
pub fn reachable(db: &Db, a: &Audience, today: NaiveDate) -> Result<Vec<Person>> {
    select(db, &Audience { opted_in: true, all: false, ..a.clone() }, today)
}

/// Whether each person wants briefings (`person add/edit --briefings`).
pub fn set_briefings(db: &Write, person_id: i64, yes: bool) -> Result<()> {
    db.execute("UPDATE person SET briefings = ?1 WHERE id = ?2", crate::params![yes, person_id])?;
    Ok(())
}

pub fn briefings(db: &Db, person_id: i64) -> Result<bool> {
    db.value("SELECT briefings FROM person WHERE id = ?1", [person_id])
}

/// vCard 4.0 cards (RFC 6350) for people: name (with its title as a prefix), email,
/// phone, the practice as organisation and the role.
pub fn vcards(db: &Db, people: &[Person]) -> Result<String> {
    let names: std::collections::HashMap<String, String> = db
        .query("SELECT code, name FROM practice", (), |r| Ok((r.get("code")?, r.get("name")?)))?
        .into_iter()
        .collect();
    let mut out = String::new();
    for p in people {
        let words = crate::reference::words(&p.name);
        let original: Vec<&str> = p.name.split_whitespace().collect();
        let prefix = if original.len() > words.len() { original[0] } else { "" };
        let plain: Vec<&str> = original[original.len() - words.len()..].to_vec();
        let (family, given) = match plain.split_last() {
            Some((last, rest)) => (last.to_string(), rest.join(" ")),
            None => (String::new(), String::new()),
        };
        let practice = p.practice_code.as_ref().and_then(|code| names.get(code.as_str()));
        let mut lines = vec![
            "BEGIN:VCARD".to_string(),
            "VERSION:4.0".to_string(),
            format!("FN:{}", escape(&p.name)),
            format!("N:{};{};;{};", escape(&family), escape(&given), escape(prefix)),
        ];
        if let Some(e) = &p.email {
            lines.push(format!("EMAIL;TYPE=work:{}", escape(e)));
        }
        if let Some(t) = &p.phone {
            lines.push(format!("TEL;TYPE=work;VALUE=text:{}", escape(t)));
        }
        if let Some(org) = &practice {
            lines.push(format!("ORG:{}", escape(org)));
        }
        lines.push(format!("ROLE:{}", escape(p.role.as_str())));
        lines.push(format!("UID:urn:engage:person:{}", p.id));
        lines.push("END:VCARD".to_string());
        for l in lines {
            fold(&l, &mut out);
        }
    }
    Ok(out)
}
