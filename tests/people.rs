//! People, roles over time, interests, skills, the survey and projects.

mod common;

use common::{Reg, column};
use serde_json::Value;

fn register() -> Reg {
    let reg = Reg::new();
    reg.ok(&["locality", "add", "Evesham", "--code", "EVE"]);
    reg.ok(&["locality", "add", "Malvern", "--code", "MAL"]);
    reg.ok(&["practice", "add", "M81004", "Riverside Surgery", "--locality", "EVE"]);
    reg.ok(&["practice", "add", "M81007", "Bredon Hill Surgery", "--locality", "EVE"]);
    reg.ok(&["practice", "add", "M81015", "Malvern Health Centre", "--locality", "MAL"]);
    let people = "name,role,practice,email,phone,gmc,pay_to\n\
        Dr Asha Patel,gp-partner,M81004,asha.patel@nhs.net,,7012345,\n\
        Dr Ben Okafor,gp-salaried,M81004,ben.okafor@nhs.net,,7023456,self\n\
        Dr Cara Lund,gp-partner,M81007,cara.lund@nhs.net,,7034567,\n\
        Dan Frost,practice-manager,M81004,dan.frost@nhs.net,01386 444401,,\n\
        Dr Tom Reed,gp-locum,,tom.reed@nhs.net,,7054321,\n";
    let r = reg.run_stdin(&["person", "import", "-"], people.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("5 rows: 5 inserted, 0 updated, 0 unchanged"), "{}", r.stderr);
    reg
}

#[test]
fn a_locum_with_no_practice_is_found_matched_and_paid_in_person() {
    let reg = register();
    let tom = reg.json(&["person", "show", "tom.reed@nhs.net"]);
    assert_eq!((tom["practice_code"].clone(), tom["pay_to"].as_str()), (Value::Null, Some("self")));
    assert_eq!(reg.json(&["person", "show", "7012345"])["pay_to"], "practice");
    reg.ok(&["skill", "add", "Dr Tom Reed", "Urgent Care", "--level", "specialist"]);
    let found = reg.json(&["skill", "find", "urgent-care"]);
    assert_eq!(column(&found, "name"), vec!["Dr Tom Reed"]);
    assert_eq!(found[0]["locality"], Value::Null);
    reg.ok(&["project", "add", "Urgent care redesign", "--needs", "urgent care,service redesign"]);
    let matched = reg.json(&["project", "match", "urgent care redesign"]);
    assert_eq!(column(&matched, "person_id"), vec![tom["id"].clone()]);
    assert_eq!(matched[0]["skills_matched"], 1);
    reg.ok(&[
        "project",
        "assign",
        "Urgent care redesign",
        "7054321",
        "--role",
        "clinical-lead",
        "--sessions-per-month",
        "4",
    ]);
    let matched = reg.json(&["project", "match", "Urgent care redesign"]);
    assert_eq!(matched[0]["sessions_this_month"], "4.00");
    let shown = reg.json(&["project", "show", "Urgent care redesign"]);
    assert_eq!(shown["people"], 1);
    assert_eq!(column(&shown["assignments"], "role"), vec!["clinical-lead"]);
}

#[test]
fn a_second_nominated_gp_ends_the_first_the_day_before() {
    let reg = register();
    reg.ok(&[
        "person",
        "appoint",
        "Dr Asha Patel",
        "nominated-gp",
        "--from",
        "2026-04-01",
        "--sessions-per-month",
        "1",
    ]);
    reg.ok(&[
        "person",
        "appoint",
        "ben.okafor@nhs.net",
        "nominated-gp",
        "--practice",
        "m81004",
        "--from",
        "2027-01-01",
    ]);
    let history = reg.json(&["person", "appointments"]);
    assert_eq!(column(&history, "person_name"), vec!["Dr Asha Patel", "Dr Ben Okafor"]);
    assert_eq!(column(&history, "from"), vec!["2026-04-01", "2027-01-01"]);
    assert_eq!(column(&history, "until"), vec![Value::from("2026-12-31"), Value::Null]);
    assert_eq!(column(&history, "sessions_per_month"), vec![Value::from("1.00"), Value::Null]);
    assert_eq!(column(&reg.json(&["person", "appointments", "--current"]), "person_name"), vec!["Dr Ben Okafor"]);
    assert_eq!(reg.json(&["practice", "show", "M81004"])["nominated_gp"], "Dr Ben Okafor");
    let engagement = reg.json(&["report", "engagement"]);
    let row = engagement.as_array().unwrap().iter().find(|r| r["practice_code"] == "M81004").unwrap();
    assert_eq!(row["nominated_gp"], "Dr Ben Okafor");
    // A locality lead: one per locality too, shown in the locality list.
    reg.ok(&["person", "appoint", "7034567", "locality-lead", "--locality", "Evesham", "--from", "2026-04-01"]);
    reg.ok(&["person", "appoint", "7012345", "locality-lead", "--locality", "Evesham", "--from", "2027-01-10"]);
    let localities = reg.json(&["locality", "list"]);
    assert_eq!(localities[0]["lead"], "Dr Asha Patel");
    // Ending an appointment, and history kept.
    let id = reg.json(&["person", "appointments", "--current"])[0]["id"].as_i64().unwrap().to_string();
    reg.ok(&["person", "unappoint", &id, "--date", "2027-01-14"]);
    assert_eq!(reg.json(&["person", "appointments"]).as_array().unwrap().len(), 4);
    reg.fails(&["person", "unappoint", &id, "--date", "2027-01-14"], 5);
}

#[test]
fn skills_are_one_tag_however_typed_and_specialists_rank_first() {
    let reg = register();
    reg.ok(&["skill", "add", "Dr Asha Patel", "urgent care", "Diabetes"]);
    reg.ok(&["skill", "add", "Dr Cara Lund", "URGENT-CARE", "--level", "specialist"]);
    reg.ok(&["skill", "add", "Dr Ben Okafor", "Urgent  Care!", "--level", "experienced"]);
    let a = reg.json(&["skill", "find", "Urgent Care"]);
    let b = reg.json(&["skill", "find", "urgent-care"]);
    assert_eq!(a, b);
    assert_eq!(column(&a, "name"), vec!["Dr Cara Lund", "Dr Ben Okafor", "Dr Asha Patel"]);
    assert_eq!(column(&a, "level"), vec!["specialist", "experienced", "interest"]);
    assert_eq!(column(&reg.json(&["skill", "find", "urgent care", "diabetes"]), "name"), vec!["Dr Asha Patel"]);
    assert_eq!(column(&reg.json(&["skill", "find", "urgent care", "--level", "experienced"]), "name").len(), 2);
    let all = reg.json(&["skill", "list"]);
    assert_eq!(column(&all, "skill"), vec!["diabetes", "urgent-care"]);
    assert_eq!((all[1]["people"].as_i64(), all[1]["specialist"].as_i64()), (Some(3), Some(1)));
    reg.ok(&["skill", "remove", "7012345", "Diabetes"]);
    assert_eq!(column(&reg.json(&["skill", "list"]), "skill"), vec!["urgent-care"]);
    reg.fails(&["skill", "remove", "7012345", "diabetes"], 4);
    // An import: a level raised, one unchanged, one new skill named twice (the later
    // row's level holds), as rows read one after another would leave them.
    let file = "person,skill,level\n\
        asha.patel@nhs.net,urgent care,specialist\n\
        7034567,Urgent Care,specialist\n\
        ben.okafor@nhs.net,frailty,interest\n\
        ben.okafor@nhs.net,Frailty,experienced\n";
    let r = reg.run_stdin(&["skill", "import", "-"], file.as_bytes());
    assert!(r.stderr.contains("4 rows: 1 added, 2 updated, 1 unchanged"), "{}", r.stderr);
    let found = reg.json(&["skill", "find", "urgent care"]);
    assert_eq!(column(&found, "level"), vec!["specialist", "specialist", "experienced"]);
    assert_eq!(column(&reg.json(&["skill", "find", "frailty"]), "level"), vec!["experienced"]);
}

#[test]
fn survey_missing_lists_exactly_the_practices_without_a_return() {
    let reg = register();
    assert_eq!(column(&reg.json(&["skill", "survey", "--missing"]), "code"), vec!["M81004", "M81007", "M81015"]);
    reg.ok(&["skill", "survey", "m81007", "--returned", "2027-01-05"]);
    let missing = reg.json(&["skill", "survey", "--missing"]);
    assert_eq!(column(&missing, "code"), vec!["M81004", "M81015"]);
    assert_eq!(column(&missing, "locality"), vec!["Evesham", "Malvern"]);
    assert_eq!(reg.json(&["practice", "show", "M81007"])["survey_returned"], true);
    reg.fails(&["skill", "survey", "M81099"], 4);
}

#[test]
fn interests_register() {
    let reg = register();
    reg.ok(&["person", "declare", "Dr Asha Patel", "Shareholder, Riverside Pharmacy Ltd", "--from", "2020-01-01"]);
    reg.ok(&["person", "declare", "7054321", "Sessional work for the out-of-hours provider"]);
    let register = reg.json(&["person", "interests"]);
    assert_eq!(column(&register, "person_name"), vec!["Dr Asha Patel", "Dr Tom Reed"]);
    assert_eq!(register[0]["from"], "2020-01-01");
    assert_eq!(register[1]["declared_on"], common::TODAY);
    assert_eq!(reg.json(&["person", "interests", "7054321"]).as_array().unwrap().len(), 1);
    reg.fails(&["person", "declare", "7054321", "x", "--from", "2027-02-01", "--until", "2027-01-01"], 3);
}

#[test]
fn import_upserts_by_email_then_gmc() {
    let reg = register();
    let update = "name,role,practice,email,phone,gmc,pay_to\n\
        Dr Asha Patel-Hart,gp-partner,M81004,ASHA.PATEL@nhs.net,,7012345,\n\
        Dr Tom Reed,gp-locum,,,,7054321,\n\
        Eve Sand,nurse,M81015,,,,\n";
    let r = reg.run_stdin(&["person", "import", "-", "--dry-run"], update.as_bytes());
    assert!(r.stderr.contains("3 rows: 1 inserted, 1 updated, 1 unchanged"), "{}", r.stderr);
    assert_eq!(reg.json(&["person", "list"]).as_array().unwrap().len(), 5);
    let r = reg.run_stdin(&["person", "import", "-"], update.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(reg.json(&["person", "show", "7012345"])["name"], "Dr Asha Patel-Hart");
    assert_eq!(reg.json(&["person", "list"]).as_array().unwrap().len(), 6);
}

#[test]
fn an_import_may_pass_an_email_on_and_refuses_a_number_someone_keeps() {
    let reg = register();
    // Asha takes a new address (found by her GMC number) and Ben takes her old one.
    let passed = "name,role,practice,email,phone,gmc,pay_to\n\
        Dr Asha Patel,gp-partner,M81004,asha.new@nhs.net,,7012345,\n\
        Dr Ben Okafor,gp-salaried,M81004,asha.patel@nhs.net,,7023456,self\n";
    let r = reg.run_stdin(&["person", "import", "-"], passed.as_bytes());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("2 rows: 0 inserted, 2 updated, 0 unchanged"), "{}", r.stderr);
    assert_eq!(reg.json(&["person", "show", "7012345"])["email"], "asha.new@nhs.net");
    assert_eq!(reg.json(&["person", "show", "7023456"])["email"], "asha.patel@nhs.net");
    // Cara, found by her email, given the GMC number Tom keeps: refused, nothing written.
    let file = reg.dir.path().join("clash.csv");
    std::fs::write(&file, "name,role,practice,email,gmc\nDr Cara Lund,gp-partner,M81007,cara.lund@nhs.net,7054321\n")
        .unwrap();
    let e = reg.fails(&["person", "import", file.to_str().unwrap()], 5);
    assert!(e.contains("the GMC number 7054321 belongs to Dr Tom Reed already"), "{e}");
    assert!(e.contains("clash.csv:2"), "{e}");
}

#[test]
fn wrong_input_is_refused_and_changes_nothing() {
    let reg = register();
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["person", "add", "Dr X", "--role", "gp-partner", "--practice", "M81004", "--gmc", "701234"],
            3,
            "not a GMC number: \"701234\" (--gmc)",
        ),
        (&["person", "add", "Dr X", "--role", "surgeon", "--practice", "M81004"], 2, "surgeon"),
        (&["person", "add", "Dr X", "--role", "gp-partner", "--practice", "M81099"], 4, "no such practice"),
        (&["person", "add", "Dr X", "--role", "gp-partner"], 3, "needs a practice"),
        (&["person", "add", "Dr X", "--role", "gp-locum", "--email", "not-an-email"], 3, "not an email address"),
        (&["person", "add", "Dr X", "--role", "gp-locum", "--gmc", "7012345"], 5, "belongs to Dr Asha Patel already"),
        (
            &["person", "appoint", "7012345", "board-member", "--from", "2027-02-01", "--until", "2027-01-01"],
            3,
            "is before --from",
        ),
        (&["person", "appoint", "7012345", "board-member", "--from", "2027-02-30"], 3, "not a date"),
        (
            &["person", "appoint", "7012345", "board-member", "--sessions-per-month", "1.234"],
            3,
            "not a number of sessions",
        ),
        (&["person", "appoint", "Dan Frost", "nominated-gp"], 3, "must be a GP"),
        (&["person", "appoint", "Dr Tom Reed", "locality-lead"], 3, "needs --locality"),
        (&["person", "appoint", "nobody@nhs.net", "board-member"], 4, "no such person"),
        (&["person", "show", "7999999"], 4, "no such person: \"7999999\" (GMC number)"),
        (&["person", "show", "999"], 4, "(id)"),
        (&["person", "leave", "7012345"], 2, "--yes"),
        (&["skill", "add", "7012345", "!!"], 3, "not a skill"),
        (&["project", "add", "P", "--from", "2027-02-01", "--until", "2027-01-01"], 3, "is before --from"),
        (&["project", "match", "Nothing"], 4, "no such project"),
    ];
    for (args, code, expected) in cases {
        let stderr = reg.fails(args, *code);
        assert!(stderr.contains(expected), "{args:?}: expected {expected:?} in {stderr}");
    }
    let bad = "name,role,practice,email,phone,gmc,pay_to\nDr Y,gp-locum,,y@nhs.net,,7011111,\nDr Z,gp-locum,,z@nhs.net,,70111,\n";
    let file = reg.dir.path().join("people.csv");
    std::fs::write(&file, bad).unwrap();
    let stderr = reg.fails(&["person", "import", file.to_str().unwrap()], 3);
    assert!(stderr.contains("people.csv:3, field gmc"), "{stderr}");
}

#[test]
fn an_ambiguous_name_exits_5_and_names_the_candidates() {
    let reg = register();
    reg.ok(&["person", "add", "Dr Tom Reed", "--role", "gp-salaried", "--practice", "M81015"]);
    let stderr = reg.fails(&["person", "show", "dr tom reed"], 5);
    assert!(stderr.contains("matches 2 people"), "{stderr}");
    assert!(stderr.contains("tom.reed@nhs.net\tgp-locum\t-"), "{stderr}");
    assert!(stderr.contains("\tgp-salaried\tM81015"), "{stderr}");
    reg.fails(&["skill", "add", "Dr Tom Reed", "x"], 5);
}

#[test]
fn leaving_keeps_history_and_hides_from_lists() {
    let reg = register();
    reg.ok(&["person", "appoint", "7054321", "board-member", "--from", "2026-04-01", "--sessions-per-month", "4"]);
    reg.ok(&["person", "leave", "7054321", "--date", "2027-01-10", "--yes"]);
    assert!(!column(&reg.json(&["person", "list"]), "gmc_number").contains(&Value::from("7054321")));
    let all = reg.json(&["person", "list", "--all"]);
    let tom = all.as_array().unwrap().iter().find(|p| p["gmc_number"] == "7054321").unwrap();
    assert_eq!(tom["active"], false);
    assert_eq!(reg.json(&["person", "appointments", "7054321"])[0]["until"], "2027-01-10");
}

/// Today is 15 January 2027 (common::TODAY).
#[test]
fn a_leaver_does_nothing_after_leaving() {
    let reg = register();
    reg.ok(&["session", "rate", "set", "gp", "380", "--from", "2026-04-01"]);
    reg.ok(&["person", "appoint", "7054321", "board-member", "--from", "2026-04-01", "--sessions-per-month", "4"]);
    // Appointed from next month: it has not started.
    reg.ok(&["person", "appoint", "7054321", "practice-lead", "--practice", "M81004", "--from", "2027-02-01"]);
    reg.ok(&["session", "claim", "7054321", "--date", "2027-01-12", "--sessions", "1", "--fund", "contingency"]);
    // Leaving before a claimed day is refused: the claim says they were still working.
    let stderr = reg.fails(&["person", "leave", "7054321", "--date", "2027-01-10", "--yes"], 3);
    assert!(stderr.contains("session line 1 on 2027-01-12, after leaving on 2027-01-10"), "{stderr}");
    reg.ok(&["person", "leave", "7054321", "--date", "2027-01-12", "--yes"]);
    // The appointment in force ends on the day; the one not started is gone.
    let appointments = reg.json(&["person", "appointments", "7054321"]);
    assert_eq!(column(&appointments, "role"), vec!["board-member"]);
    assert_eq!(appointments[0]["until"], "2027-01-12");
    // Nothing can be dated after leaving: a claim, an appointment, a sitting.
    let stderr = reg
        .fails(&["session", "claim", "7054321", "--date", "2027-01-13", "--sessions", "1", "--fund", "contingency"], 3);
    assert!(stderr.contains("left on 2027-01-12, before the work date 2027-01-13"), "{stderr}");
    let stderr = reg.fails(&["person", "appoint", "7054321", "board-member", "--from", "2027-01-13"], 3);
    assert!(stderr.contains("left on 2027-01-12"), "{stderr}");
    reg.ok(&["meeting", "add", "--kind", "locality", "--locality", "EVE", "--date", "2027-01-14"]);
    reg.fails(&["meeting", "attend", "1", "7054321", "--for-practice", "M81004"], 3);
}

#[test]
fn an_appointment_that_has_not_started_is_removed_not_ended() {
    let reg = register();
    reg.ok(&["person", "appoint", "7012345", "board-member", "--from", "2027-03-01", "--sessions-per-month", "4"]);
    let id = reg.json(&["person", "appointments", "7012345"])[0]["id"].to_string();
    let stderr = reg.run(&["person", "unappoint", &id]).stderr;
    assert!(stderr.contains("which had not started"), "{stderr}");
    assert!(reg.json(&["person", "appointments", "7012345"]).as_array().unwrap().is_empty());
    // With a date before its start, it is still a mistake to say so.
    reg.ok(&["person", "appoint", "7012345", "board-member", "--from", "2027-03-01"]);
    let id = reg.json(&["person", "appointments", "7012345"])[0]["id"].to_string();
    reg.fails(&["person", "unappoint", &id, "--date", "2027-02-01"], 3);
}

#[test]
fn every_list_carries_its_columns_in_csv_and_json() {
    let reg = register();
    reg.ok(&["skill", "add", "7012345", "diabetes"]);
    reg.ok(&["person", "declare", "7012345", "Shareholder"]);
    reg.ok(&["person", "appoint", "7012345", "board-member"]);
    reg.ok(&["project", "add", "Diabetes pathway", "--needs", "diabetes"]);
    let lists: &[(&[&str], &str)] = &[
        (&["person", "list"], "id,name,role,practice_code,email,phone,gmc_number,pay_to,active"),
        (
            &["person", "appointments"],
            "id,person_id,person_name,role,locality,practice_code,project,sessions_per_month,from,until",
        ),
        (&["person", "interests"], "person_id,person_name,role,practice_code,interest,from,until,declared_on"),
        (&["skill", "list"], "skill,people,specialist,experienced,interest"),
        (
            &["skill", "find", "diabetes"],
            "person_id,name,role,practice_code,locality,level,skills_matched,sessions_this_month",
        ),
        (
            &["project", "match", "Diabetes pathway"],
            "person_id,name,role,practice_code,locality,level,skills_matched,sessions_this_month",
        ),
        (&["skill", "survey", "--missing"], "code,name,locality"),
    ];
    for (args, header) in lists {
        let mut csv_args = args.to_vec();
        csv_args.extend(["--format", "csv"]);
        let csv_text = reg.ok(&csv_args);
        assert_eq!(csv_text.lines().next().unwrap(), *header, "{args:?}");
        let json = reg.json(args);
        let keys: Vec<&str> = json[0].as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys.join(","), *header, "{args:?}");
        assert_eq!(csv_text.lines().count() - 1, json.as_array().unwrap().len(), "{args:?}");
    }
}

#[test]
fn people_and_localities_are_found_by_the_names_people_say() {
    let reg = common::example_register();
    reg.ok(&["locality", "edit", "Evesham", "--name", "Evesham and Pershore"]);
    for (reference, name) in [
        ("Asha Patel", "Dr Asha Patel"),
        ("dr asha patel", "Dr Asha Patel"),
        ("okafor", "Dr Ben Okafor"),
        ("Ben", "Dr Ben Okafor"),
        ("pam ruddy", "Pam Ruddy"),
    ] {
        assert_eq!(reg.json(&["person", "show", reference])["name"], name, "{reference}");
    }
    assert_eq!(reg.json(&["locality", "show", "evesham"])["name"], "Evesham and Pershore");
    assert_eq!(reg.json(&["locality", "show", "pershore"])["name"], "Evesham and Pershore");
    // Nothing near: exit 4, with the closest names as a hint.
    let stderr = reg.fails(&["person", "show", "Asha Patil"], 4);
    assert!(stderr.contains("hint: did you mean \"Dr Asha Patel\"?"), "{stderr}");
    let stderr = reg.fails(&["locality", "show", "Evesam"], 4);
    assert!(stderr.contains("did you mean \"Evesham and Pershore\"?"), "{stderr}");
    // Two Dr Reeds would be ambiguous: exit 5 with both.
    reg.ok(&["person", "add", "Dr Tom Reedy", "--role", "gp-locum"]);
    reg.ok(&["person", "add", "Dr Ann Reed", "--role", "gp-locum"]);
    let stderr = reg.fails(&["person", "show", "reed"], 5);
    assert!(stderr.contains("Dr Ann Reed") && stderr.contains("Dr Tom Reed"), "{stderr}");
}
