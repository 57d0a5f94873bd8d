//! Reports on a register built here, with every value worked out by hand.

mod common;

use common::{Reg, column};
use serde_json::{Value, json};

fn register() -> Reg {
    common::example_register()
}

#[test]
fn engagement_gives_every_column_by_hand() {
    let reg = register();
    let rows = reg.json(&["report", "engagement"]);
    assert_eq!(
        rows,
        json!([
            {"practice_code": "M81004", "practice_name": "Riverside Surgery", "locality": "Evesham", "meetings_held": 4,
             "represented": 4, "gp_present": 4, "pm_present": 2, "apologies": 0, "representation_pct": 100.0,
             "nominated_gp": "Dr Asha Patel", "named_lead": "Dr Ben Okafor", "survey_returned": true,
             "last_visit": "2026-06-15", "sessions": "4.00", "amount_gbp": "1520.00", "at_risk": false,
             "group_meetings_held": 0, "group_represented": 0, "events_attended": 0},
            {"practice_code": "M81007", "practice_name": "Bredon Hill Surgery", "locality": "Evesham", "meetings_held": 4,
             "represented": 1, "gp_present": 1, "pm_present": 0, "apologies": 1, "representation_pct": 25.0,
             "nominated_gp": null, "named_lead": null, "survey_returned": false,
             "last_visit": "2025-11-20", "sessions": "13.00", "amount_gbp": "4940.00", "at_risk": true,
             "group_meetings_held": 0, "group_represented": 0, "events_attended": 0},
            {"practice_code": "M81026", "practice_name": "Abbey Surgery", "locality": "Evesham", "meetings_held": 4,
             "represented": 3, "gp_present": 3, "pm_present": 0, "apologies": 0, "representation_pct": 75.0,
             "nominated_gp": null, "named_lead": null, "survey_returned": false,
             "last_visit": null, "sessions": "3.00", "amount_gbp": "1140.00", "at_risk": false,
             "group_meetings_held": 0, "group_represented": 0, "events_attended": 0},
            {"practice_code": "M81015", "practice_name": "Malvern Health Centre", "locality": "Malvern", "meetings_held": 1,
             "represented": 1, "gp_present": 1, "pm_present": 0, "apologies": 0, "representation_pct": 100.0,
             "nominated_gp": null, "named_lead": null, "survey_returned": false,
             "last_visit": null, "sessions": "1.50", "amount_gbp": "570.00", "at_risk": false,
             "group_meetings_held": 0, "group_represented": 0, "events_attended": 0}
        ])
    );
    // A narrower period and one locality.
    let december = reg.json(&["report", "engagement", "--month", "2026-12", "--locality", "Evesham"]);
    assert_eq!(column(&december, "meetings_held"), vec![1, 1, 1]);
    assert_eq!(column(&december, "represented"), vec![1, 0, 1]);
    assert_eq!(column(&december, "representation_pct"), vec![json!(100.0), json!(0.0), json!(100.0)]);
    // For people: the totals row, the at-risk flag and the trend bar.
    let table = reg.ok(&["report", "engagement"]);
    assert!(table.contains("trend 12m") && table.contains("1 at risk"), "{table}");
    let m81007 = table.lines().find(|l| l.contains("M81007")).unwrap();
    assert!(m81007.contains("yes") && m81007.ends_with("········█▁▁▁"), "{m81007:?}");
    // February 2026 to January 2027: a dot where the locality held no meeting; the
    // substitute keeps M81026 represented; Malvern met once, in November.
    for (code, bar) in [("M81004", "········████"), ("M81026", "········▁███"), ("M81015", "·········█··")]
    {
        let line = table.lines().find(|l| l.contains(code)).unwrap();
        assert!(line.ends_with(bar), "{code}: {line:?}");
    }
}

#[test]
fn localities_give_patients_and_mean_representation() {
    let reg = register();
    assert_eq!(
        reg.json(&["report", "localities"]),
        json!([
            {"locality": "Evesham", "practices": 3, "list_size": 29551, "lead": "Dr Cara Lund", "meetings_held": 4,
             "mean_representation_pct": 66.7},
            {"locality": "Malvern", "practices": 1, "list_size": 8000, "lead": null, "meetings_held": 1,
             "mean_representation_pct": 100.0}
        ])
    );
}

#[test]
fn sessions_by_fund_against_budgets_to_the_penny() {
    let reg = register();
    reg.ok(&["session", "budget", "set", "board-member", "20000", "--fy", "2026-27"]);
    reg.ok(&["session", "budget", "set", "locality", "5000", "--fy", "2026-27"]);
    reg.ok(&["session", "budget", "set", "contingency", "1000", "--fy", "2026-27"]);
    reg.ok(&["session", "budget", "set", "practice-lead", "500.50", "--fy", "2026-27"]);
    assert_eq!(
        reg.json(&["report", "sessions", "--fy", "2026-27", "--by", "fund"]),
        json!([
            {"fund": "board-member", "sessions": "12.00", "amount_gbp": "4560.00", "budget_gbp": "20000.00", "remaining_gbp": "15440.00"},
            {"fund": "contingency", "sessions": "0.50", "amount_gbp": "190.00", "budget_gbp": "1000.00", "remaining_gbp": "810.00"},
            {"fund": "locality", "sessions": "9.00", "amount_gbp": "3420.00", "budget_gbp": "5000.00", "remaining_gbp": "1580.00"},
            {"fund": "practice-lead", "sessions": "0.00", "amount_gbp": "0.00", "budget_gbp": "500.50", "remaining_gbp": "500.50"}
        ])
    );
    let by_month = reg.json(&["report", "sessions", "--by", "month"]);
    assert_eq!(column(&by_month, "month"), vec!["2026-10", "2026-11", "2026-12", "2027-01"]);
    assert_eq!(column(&by_month, "amount_gbp"), vec!["2280.00", "2660.00", "2470.00", "760.00"]);
    let by_person = reg.json(&["report", "sessions", "--by", "person"]);
    assert_eq!(
        column(&by_person, "person"),
        vec!["Dr Asha Patel", "Dr Cara Lund", "Dr Eve Marsh", "Dr Fay Quill", "Dr Tom Reed"]
    );
    assert_eq!(by_person[4]["person_id"], 8);
    let by_source = reg.json(&["report", "sessions", "--by", "source"]);
    assert_eq!(column(&by_source, "source"), vec!["appointment", "fund", "meeting"]);
    // Without --fy there is no budget to compare with.
    assert!(reg.json(&["report", "sessions", "--by", "fund"])[0].get("budget_gbp").is_none());
}

#[test]
fn sessional_gps_by_contract() {
    let reg = register();
    assert_eq!(
        reg.json(&["report", "sessional-gps"]),
        json!([
            {"contract": "partner", "in_register": 4, "holding_role": 2, "attended": 4, "declared_skills": 1},
            {"contract": "salaried", "in_register": 1, "holding_role": 1, "attended": 0, "declared_skills": 0},
            {"contract": "locum", "in_register": 1, "holding_role": 0, "attended": 2, "declared_skills": 1}
        ])
    );
    // Before Uma left, the register held both locums.
    let november = reg.json(&["report", "sessional-gps", "--month", "2026-11"]);
    assert_eq!(
        november[2],
        json!({"contract": "locum", "in_register": 2, "holding_role": 0, "attended": 2, "declared_skills": 2})
    );
}

#[test]
fn visits_list_every_open_practice() {
    let reg = register();
    assert_eq!(
        reg.json(&["report", "visits", "--since", "2026-04-01"]),
        json!([
            {"practice_code": "M81004", "practice_name": "Riverside Surgery", "locality": "Evesham", "last_visit": "2026-06-15", "visited": true},
            {"practice_code": "M81007", "practice_name": "Bredon Hill Surgery", "locality": "Evesham", "last_visit": "2025-11-20", "visited": false},
            {"practice_code": "M81026", "practice_name": "Abbey Surgery", "locality": "Evesham", "last_visit": null, "visited": false},
            {"practice_code": "M81015", "practice_name": "Malvern Health Centre", "locality": "Malvern", "last_visit": null, "visited": false}
        ])
    );
    assert_eq!(
        column(&reg.json(&["report", "visits", "--since", "2025-11-01"]), "visited"),
        vec![true, true, false, false]
    );
}

#[test]
fn skills_and_interests() {
    let reg = register();
    reg.ok(&["person", "declare", "cara@nhs.net", "Director, Bredon Care Ltd", "--from", "2025-01-01"]);
    reg.ok(&["person", "declare", "asha@nhs.net", "Old shareholding", "--from", "2020-01-01", "--until", "2025-12-31"]);
    assert_eq!(
        reg.json(&["report", "skills"]),
        json!([
            {"skill": "diabetes", "people": 1, "localities_covered": 1, "localities_missing": "Malvern"},
            {"skill": "urgent-care", "people": 1, "localities_covered": 0, "localities_missing": "Evesham; Malvern"}
        ])
    );
    let interests = reg.json(&["report", "interests"]);
    assert_eq!(column(&interests, "interest"), vec!["Director, Bredon Care Ltd"]);
    assert_eq!(
        column(&reg.json(&["report", "interests", "--fy", "2025-26"]), "person_name"),
        vec!["Dr Asha Patel", "Dr Cara Lund"]
    );
}

#[test]
fn csv_and_json_of_every_report_carry_the_same_rows() {
    let reg = register();
    reg.ok(&["person", "declare", "cara@nhs.net", "Director, Bredon Care Ltd"]);
    let reports: &[&[&str]] = &[
        &["report", "engagement"],
        &["report", "localities"],
        &["report", "sessions", "--by", "fund"],
        &["report", "sessions", "--by", "person", "--fy", "2026-27"],
        &["report", "sessional-gps"],
        &["report", "visits"],
        &["report", "skills"],
        &["report", "interests"],
    ];
    for args in reports {
        let json = reg.json(args);
        let rows = json.as_array().unwrap();
        assert!(!rows.is_empty(), "{args:?}");
        let mut all = args.to_vec();
        all.extend(["--format", "csv"]);
        let text = reg.ok(&all);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
        assert_eq!(header, rows[0].as_object().unwrap().keys().cloned().collect::<Vec<_>>(), "{args:?}");
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), rows.len(), "{args:?}: no totals row in CSV");
        for (record, row) in records.iter().zip(rows) {
            for (name, cell) in header.iter().zip(record.iter()) {
                let expected = match &row[name] {
                    Value::Null => String::new(),
                    Value::String(s) => s.clone(),
                    Value::Number(n) if n.is_f64() => format!("{:.1}", n.as_f64().unwrap()),
                    other => other.to_string(),
                };
                assert_eq!(cell, expected, "{args:?} column {name}");
            }
        }
    }
}

#[test]
fn wrong_report_options_are_refused() {
    let reg = register();
    reg.fails(&["report", "engagement", "--from", "2027-01-10", "--to", "2027-01-01"], 3);
    reg.fails(&["report", "engagement", "--month", "2027-1"], 3);
    reg.fails(&["report", "engagement", "--fy", "2026"], 3);
    reg.fails(&["report", "engagement", "--locality", "Nowhere"], 4);
    reg.fails(&["report", "engagement", "--month", "2027-01", "--fy", "2026-27"], 2);
    reg.fails(&["report", "sessions", "--by", "colour"], 2);
    reg.fails(&["report", "visits", "--since", "last week"], 3);
}

#[test]
fn reports_that_take_a_locality_use_it() {
    let reg = register();
    // Malvern: M81015 and Dr Eve Marsh, who claimed in December.
    let all = reg.json(&["report", "sessions", "--by", "person"]);
    let malvern = reg.json(&["report", "sessions", "--by", "person", "--locality", "Malvern"]);
    assert!(column(&all, "person").len() > column(&malvern, "person").len());
    assert!(column(&malvern, "person").iter().all(|p| p == "Dr Eve Marsh"), "{malvern}");
    let gps = reg.json(&["report", "sessional-gps", "--locality", "Malvern"]);
    assert_eq!(column(&gps, "in_register"), vec![1, 0, 0]);
    reg.ok(&["person", "declare", "cara@nhs.net", "Director, Bredon Care Ltd", "--from", "2025-01-01"]);
    let interests = reg.json(&["report", "interests", "--locality", "Malvern"]);
    assert!(interests.as_array().unwrap().is_empty(), "{interests}");
    assert_eq!(reg.json(&["report", "interests", "--locality", "Evesham"]).as_array().unwrap().len(), 1);
    for report in ["sessions", "sessional-gps", "interests"] {
        let stderr = reg.fails(&["report", report, "--locality", "NoSuchPlace"], 4);
        assert!(stderr.contains("NoSuchPlace"), "{report}: {stderr}");
    }
}

#[test]
fn a_practice_is_expected_only_at_meetings_held_once_it_had_opened() {
    let reg = register();
    // Opened on 1 January 2027: of Evesham's meetings, only 12 January's expects it.
    reg.ok(&["practice", "add", "M81099", "New Surgery", "--locality", "EVE", "--opened", "2027-01-01"]);
    let rows = reg.json(&["report", "engagement", "--locality", "Evesham"]);
    let new = rows.as_array().unwrap().iter().find(|r| r["practice_code"] == "M81099").unwrap();
    assert_eq!((new["meetings_held"].clone(), new["represented"].clone()), (json!(1), json!(0)));
    assert_eq!((new["representation_pct"].clone(), new["at_risk"].clone()), (json!(0.0), json!(true)));
    // The others are as they were.
    let m81004 = rows.as_array().unwrap().iter().find(|r| r["practice_code"] == "M81004").unwrap();
    assert_eq!(m81004["meetings_held"], 4);
    let table = reg.ok(&["report", "engagement", "--locality", "Evesham"]);
    let line = table.lines().find(|l| l.contains("M81099")).unwrap();
    assert!(line.ends_with("···········▁"), "{line:?}");
    // October's meeting did not expect it; January's did.
    let unrepresented = |m: &str| reg.json(&["meeting", "show", m])["unrepresented"].clone();
    assert!(!unrepresented("1").as_array().unwrap().contains(&json!("M81099")), "{}", unrepresented("1"));
    assert!(unrepresented("4").as_array().unwrap().contains(&json!("M81099")), "{}", unrepresented("4"));
}
