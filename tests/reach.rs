//! Reaching every GP: the audience filters, opting out of briefings, the email list and
//! the vCard cards, with exact recipient lists on the example register (see `common`:
//! Asha, Ben and Pam at M81004, Cara and Dan at M81007, Fay at M81026, all Evesham; Eve
//! at M81015, Malvern; Tom a locum; Uma a locum who left on 1 December).

mod common;

use common::{Reg, column};
use serde_json::json;

fn emails(reg: &Reg, filters: &[&str]) -> Vec<String> {
    let mut args = vec!["person", "emails"];
    args.extend(filters);
    reg.ok(&args).lines().map(str::to_string).collect()
}

#[test]
fn the_filters_choose_exactly_the_right_people() {
    let reg = common::example_register();
    // Sessional GPs: Ben (salaried) and Tom (locum); Uma has left.
    assert_eq!(emails(&reg, &["--sessional"]), ["ben@nhs.net", "tom@nhs.net"]);
    // Every GP of Evesham's practices, by name.
    assert_eq!(
        emails(&reg, &["--role", "gp-*", "--locality", "Evesham"]),
        ["asha@nhs.net", "ben@nhs.net", "cara@nhs.net", "fay@nhs.net"]
    );
    // A comma list of roles, at one practice.
    assert_eq!(
        emails(&reg, &["--role", "gp-partner,practice-manager", "--practice", "m81004"]),
        ["asha@nhs.net", "pam@nhs.net"]
    );
    // A skill, said as people say it.
    assert_eq!(emails(&reg, &["--skill", "Urgent Care"]), ["tom@nhs.net"]);
    // A group's members: Cara in person, and Eve through her practice.
    reg.ok(&["group", "add", "Board", "--kind", "committee"]);
    reg.ok(&["group", "join", "Board", "cara@nhs.net", "M81015", "--from", "2026-04-01"]);
    assert_eq!(emails(&reg, &["--group", "board"]), ["cara@nhs.net", "eve@nhs.net"]);
    // Opting out, and having no address, keep people off the list but not off `person list`.
    reg.ok(&["person", "edit", "tom@nhs.net", "--briefings", "no"]);
    reg.ok(&["person", "add", "Dr Nell Post", "--role", "gp-locum"]);
    assert_eq!(emails(&reg, &["--sessional"]), ["ben@nhs.net"]);
    let listed = reg.json(&["person", "list", "--sessional"]);
    assert_eq!(column(&listed, "name"), vec![json!("Dr Ben Okafor"), json!("Dr Nell Post"), json!("Dr Tom Reed")]);
    let opted = reg.json(&["person", "list", "--sessional", "--opted-in"]);
    assert_eq!(column(&opted, "name"), vec![json!("Dr Ben Okafor")]);
    assert_eq!(reg.json(&["person", "show", "tom@nhs.net"])["briefings"], false);
    reg.ok(&["person", "edit", "tom@nhs.net", "--briefings", "yes"]);
    assert_eq!(reg.json(&["person", "show", "tom@nhs.net"])["briefings"], true);
    assert_eq!(reg.json(&["person", "show", "Nell Post"])["briefings"], false);
    // With --all, person list shows those who left too; emails never do.
    let all = reg.json(&["person", "list", "--sessional", "--all"]);
    assert_eq!(all.as_array().unwrap().len(), 4);
    // As CSV: name,email.
    assert_eq!(
        reg.ok(&["person", "emails", "--sessional", "--format", "csv"]),
        "name,email\r\nDr Ben Okafor,ben@nhs.net\r\nDr Tom Reed,tom@nhs.net\r\n"
    );
    // A name that is no role is a usage error (exit 2), as clap's own are.
    let e = reg.fails(&["person", "emails", "--role", "gp-partner,surgeon"], 2);
    assert!(e.contains("no role is called \"surgeon\""), "{e}");
    reg.fails(&["person", "list", "--role", "x*"], 2);
    reg.fails(&["person", "emails", "--group", "Nowhere"], 4);
    reg.fails(&["person", "edit", "tom@nhs.net", "--briefings", "maybe"], 2);
}

#[test]
fn vcards_are_rfc_6350_and_escape_what_they_must() {
    let reg = common::example_register();
    // A practice whose name has commas, a semicolon and is long enough to fold.
    let long = "Smith, Jones; Partners at the Old Forge, Broadway Road, Evesham Health Centre Annexe";
    reg.ok(&["practice", "add", "M81098", long, "--locality", "EVE"]);
    reg.ok(&[
        "person",
        "add",
        "Dr Rhiannon Ap-Gwilym",
        "--role",
        "gp-salaried",
        "--practice",
        "M81098",
        "--email",
        "rhiannon@nhs.net",
        "--phone",
        "01386 444400",
    ]);
    let cards = reg.ok(&["person", "vcard", "--practice", "M81098"]);
    assert!(cards.lines().all(|l| l.len() <= 76), "a line is over 75 octets: {cards}");
    assert!(cards.contains("\r\n ") && !cards.replace("\r\n", "").contains('\n'), "folded with CRLF and a space");
    let unfolded = icalendar::parser::unfold(&cards);
    let parsed = icalendar::parser::read_calendar_simple(&unfolded).unwrap();
    assert_eq!(parsed.len(), 1);
    let card = &parsed[0];
    assert_eq!(card.name, "VCARD");
    let prop = |name: &str| card.find_prop(name).map(|p| p.val.to_string()).unwrap_or_default();
    assert_eq!(prop("VERSION"), "4.0");
    assert_eq!(prop("FN"), "Dr Rhiannon Ap-Gwilym");
    assert_eq!(prop("N"), "Ap-Gwilym;Rhiannon;;Dr;");
    assert_eq!(prop("EMAIL"), "rhiannon@nhs.net");
    assert_eq!(
        prop("ORG"),
        r"Smith\, Jones\; Partners at the Old Forge\, Broadway Road\, Evesham Health Centre Annexe"
    );
    assert_eq!(prop("ROLE"), "gp-salaried");
    // Every card of an audience, in name order, none for those who opted out.
    reg.ok(&["person", "edit", "ben@nhs.net", "--briefings", "no"]);
    let evesham = reg.ok(&["person", "vcard", "--locality", "Evesham", "--role", "gp-*"]);
    // The parser reads one card at a time.
    let names: Vec<String> = evesham
        .split_inclusive("END:VCARD\r\n")
        .map(|card| {
            let unfolded = icalendar::parser::unfold(card);
            let parsed = icalendar::parser::read_calendar_simple(&unfolded).unwrap();
            parsed[0].find_prop("FN").unwrap().val.to_string()
        })
        .collect();
    assert_eq!(names, ["Dr Asha Patel", "Dr Cara Lund", "Dr Fay Quill", "Dr Rhiannon Ap-Gwilym"]);
}

#[test]
fn a_briefing_keeps_its_recipients_and_the_report_counts_reach() {
    let reg = common::example_register();
    // Tom has opted out; Dan has no address.
    reg.ok(&["person", "edit", "tom@nhs.net", "--briefings", "no"]);
    reg.ok(&["person", "edit", "dan@nhs.net", "--email", ""]);
    reg.ok(&[
        "briefing",
        "add",
        "Weekly briefing 1",
        "--role",
        "gp-partner,practice-manager",
        "--date",
        "2027-01-08",
        "--link",
        "https://example.org/b1",
    ]);
    reg.ok(&["briefing", "add", "Locum and salaried bulletin", "--sessional", "--date", "2027-01-12"]);
    reg.ok(&["briefing", "add", "Evesham GPs", "--role", "gp-*", "--locality", "Evesham", "--date", "2027-01-14"]);
    assert_eq!(
        reg.json(&["briefing", "list"]),
        json!([
            {"id": 1, "date": "2027-01-08", "title": "Weekly briefing 1", "recipients": 5, "link": "https://example.org/b1"},
            {"id": 2, "date": "2027-01-12", "title": "Locum and salaried bulletin", "recipients": 1, "link": null},
            {"id": 3, "date": "2027-01-14", "title": "Evesham GPs", "recipients": 4, "link": null}
        ])
    );
    // Briefing 1 went to the partners Asha, Cara, Eve, Fay and the manager Pam; Dan has
    // no address. Ben changing practice later does not change who it went to.
    reg.ok(&["person", "edit", "ben@nhs.net", "--practice", "M81015", "--from", "2027-01-13"]);
    let show = reg.json(&["briefing", "show", "1"]);
    assert_eq!(show["audience"], "--role gp-partner,practice-manager");
    assert_eq!(
        column(&show["recipients"], "email"),
        vec![
            json!("asha@nhs.net"),
            json!("cara@nhs.net"),
            json!("eve@nhs.net"),
            json!("fay@nhs.net"),
            json!("pam@nhs.net")
        ]
    );
    let bulletin = reg.json(&["briefing", "show", "2"]);
    assert_eq!(
        bulletin["recipients"],
        json!([{"person_id": 2, "name": "Dr Ben Okafor", "email": "ben@nhs.net", "role": "gp-salaried", "practice_code": "M81004"}])
    );
    // Reach in 2026-27 (Uma left, so she is not counted): partners 4 of 4 reached, 2
    // briefings each but Eve (Malvern) 1: 7 of 4 = 1.8; salaried Ben 2; locum Tom opted
    // out: 0; managers Pam 1 of 2.
    let reach = reg.json(&["report", "reach", "--fy", "2026-27"]);
    let rows = reach.as_array().unwrap();
    let row = |group: &str, value: serde_json::Value| {
        rows.iter().find(|r| r["group"] == group && r["value"] == value).unwrap().clone()
    };
    assert_eq!(
        row("contract", json!("partner")),
        json!({"group": "contract", "value": "partner", "people": 4, "with_email": 4, "opted_in": 4, "reached": 4, "briefings_per_person": 1.8})
    );
    assert_eq!(
        row("contract", json!("salaried")),
        json!({"group": "contract", "value": "salaried", "people": 1, "with_email": 1, "opted_in": 1, "reached": 1, "briefings_per_person": 2.0})
    );
    assert_eq!(
        row("contract", json!("locum")),
        json!({"group": "contract", "value": "locum", "people": 1, "with_email": 1, "opted_in": 0, "reached": 0, "briefings_per_person": 0.0})
    );
    assert_eq!(
        row("contract", json!("manager")),
        json!({"group": "contract", "value": "manager", "people": 2, "with_email": 1, "opted_in": 1, "reached": 1, "briefings_per_person": 0.5})
    );
    // By locality now: Ben moved to Malvern. Evesham: Asha, Cara, Fay, Pam, Dan.
    assert_eq!(
        row("locality", json!("Evesham")),
        json!({"group": "locality", "value": "Evesham", "people": 5, "with_email": 4, "opted_in": 4, "reached": 4, "briefings_per_person": 1.4})
    );
    assert_eq!(row("locality", serde_json::Value::Null)["people"], 1);
    // Another year: nobody reached.
    let next = reg.json(&["report", "reach", "--fy", "2027-28"]);
    assert!(next.as_array().unwrap().iter().all(|r| r["reached"] == 0));
    // Refused, and nothing written.
    reg.fails(&["briefing", "add", "Too soon", "--date", "2027-02-01"], 3);
    reg.fails(&["briefing", "add", "Nobody", "--skill", "astronomy"], 3);
    reg.fails(&["briefing", "add", "", "--role", "gp-*"], 3);
    reg.fails(&["briefing", "show", "9"], 4);
    reg.fails(&["briefing", "show", "x"], 3);
}

#[test]
fn a_project_advert_reaches_the_people_whose_skills_match() {
    let reg = common::example_register();
    reg.ok(&[
        "project",
        "add",
        "Triage",
        "--from",
        "2027-02-01",
        "--until",
        "2027-07-31",
        "--needs",
        "urgent care",
        "--sessions-budget",
        "24",
    ]);
    reg.ok(&["skill", "add", "ben@nhs.net", "urgent care"]);
    // By skills: Ben and Tom (Uma has left); sessional GPs are who match here.
    let run = reg.run(&["project", "advertise", "Triage"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Triage\n======\n\nWhen: from 2027-02-01 to 2027-07-31\nSkills needed: urgent-care\n\
         Sessions: 24.00 in all, paid at the group's rates\nContact: the engagement team\n\n\
         Salaried and locum GPs are welcome: reply to the contact to express interest.\n"
    );
    assert!(run.stderr.contains("advertised Triage as briefing 1 to 2 people"), "{}", run.stderr);
    let sent = reg.json(&["briefing", "show", "1"]);
    assert_eq!(sent["title"], "Triage");
    assert_eq!(sent["audience"], "skills matching urgent-care");
    assert_eq!(column(&sent["recipients"], "email"), vec![json!("ben@nhs.net"), json!("tom@nhs.net")]);
    // With filters, to those they choose.
    reg.ok(&["project", "advertise", "Triage", "--practice", "M81004"]);
    let second = reg.json(&["briefing", "show", "2"]);
    assert_eq!(
        column(&second["recipients"], "email"),
        vec![json!("asha@nhs.net"), json!("ben@nhs.net"), json!("pam@nhs.net")]
    );
    // Interest ranks first among the matches.
    assert_eq!(
        column(&reg.json(&["project", "match", "Triage"]), "name"),
        vec![json!("Dr Ben Okafor"), json!("Dr Tom Reed")]
    );
    reg.ok(&["project", "interest", "Triage", "tom@nhs.net", "--note", "Two sessions a month"]);
    assert_eq!(
        column(&reg.json(&["project", "match", "Triage"]), "name"),
        vec![json!("Dr Tom Reed"), json!("Dr Ben Okafor")]
    );
    let show = reg.json(&["project", "show", "Triage"]);
    assert_eq!(
        show["interest"],
        json!([{"person_id": 8, "name": "Dr Tom Reed", "role": "gp-locum", "practice_code": null,
                "note": "Two sessions a month", "expressed_on": "2027-01-15"}])
    );
    reg.fails(&["project", "interest", "Triage", "tom@nhs.net"], 5);
    reg.fails(&["project", "interest", "Nothing", "tom@nhs.net"], 4);
    reg.fails(&["project", "advertise", "Triage", "--skill", "astronomy"], 3);
}
