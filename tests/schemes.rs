//! Schemes paid to practices: enrolment with the list size on the day, commitments,
//! reviews, the instalments' amounts and `report schemes`, worked out by hand on the
//! example register (see `common`; today is 15 January 2027).

mod common;

use common::{Reg, column};
use serde_json::{Value, json};

/// The example register with a practice engagement scheme for 2026-27 at £2.00 a head,
/// quarterly, three commitments and a review six months after enrolment. List sizes:
/// M81004 14,966, M81007 5,585, M81026 9,000, M81015 8,000.
fn with_scheme() -> Reg {
    let reg = common::example_register();
    reg.ok(&[
        "scheme",
        "add",
        "Practice engagement",
        "--per-patient",
        "2",
        "--from",
        "2026-04-01",
        "--until",
        "2027-03-31",
        "--instalments",
        "quarterly",
        "--commitments",
        "3",
        "--review-after",
        "6",
    ]);
    reg.ok(&["scheme", "enrol", "practice", "M81004", "M81007", "--date", "2026-04-01"]);
    reg
}

fn row<'a>(rows: &'a Value, code: &str) -> &'a Value {
    rows.as_array().unwrap().iter().find(|r| r["practice_code"] == code).unwrap()
}

#[test]
fn a_practices_money_commitments_and_reviews() {
    let reg = with_scheme();
    // Abbey Surgery joins on 20 November with Fay as its lead, 2 sessions a month.
    reg.ok(&[
        "scheme",
        "enrol",
        "practice",
        "M81026",
        "--date",
        "2026-11-20",
        "--lead",
        "fay@nhs.net",
        "--lead-sessions",
        "2",
    ]);
    let leads = reg.json(&["person", "appointments", "fay@nhs.net"]);
    assert_eq!(column(&leads, "role"), vec![json!("practice-lead")]);
    assert_eq!(column(&leads, "from"), vec![json!("2026-11-20")]);
    assert_eq!(column(&leads, "sessions_per_month"), vec![json!("2.00")]);
    // The list size is kept as it was on the day: a later change does not move it.
    reg.ok(&["practice", "edit", "M81004", "--list-size", "15500"]);
    reg.ok(&["scheme", "commit", "practice", "M81004", "Frailty register", "--kind", "audit"]);
    reg.ok(&["scheme", "commit", "practice", "M81004", "Online access"]);
    reg.ok(&["scheme", "commit", "practice", "M81004", "Carers' register"]);
    reg.ok(&["scheme", "commit", "practice", "M81026", "Online access"]);
    reg.ok(&["scheme", "review", "practice", "M81004", "--date", "2026-10-05", "--outcome", "met"]);
    // Bredon Hill withdraws at the end of September: two quarters of four.
    reg.ok(&["scheme", "withdraw", "practice", "M81007", "--date", "2026-09-30", "--yes"]);
    let show = reg.json(&["scheme", "show", "practice"]);
    assert_eq!(show["name"], "Practice engagement");
    assert_eq!(show["per_patient_gbp"], "2.00");
    assert_eq!(show["instalments"], "quarterly");
    assert_eq!(show["fund"], "scheme:Practice engagement");
    assert_eq!(show["patients"], 14966 + 9000);
    // £2 × 14,966 = £29,932.00; × 5,585 = £11,170.00, half earned: £5,585.00;
    // × 9,000 = £18,000.00 over the two quarters from November.
    assert_eq!(show["total_gbp"], "53517.00");
    let practices = &show["practices"];
    assert_eq!(column(practices, "practice_code"), vec![json!("M81004"), json!("M81007"), json!("M81026")]);
    assert_eq!(column(practices, "total_gbp"), vec![json!("29932.00"), json!("5585.00"), json!("18000.00")]);
    assert_eq!(column(practices, "list_size"), vec![json!(14966), json!(5585), json!(9000)]);
    assert_eq!(
        row(practices, "M81004"),
        &json!({"practice_code": "M81004", "practice_name": "Riverside Surgery", "locality": "Evesham",
                "enrolled": "2026-04-01", "list_size": 14966, "total_gbp": "29932.00", "paid_gbp": "0.00",
                "held_gbp": "0.00", "commitments": 3, "commitments_required": 3, "reviews": 1, "next_review": null,
                "overdue": false, "withdrawn": null, "commitment_list": [
                    {"text": "Frailty register", "kind": "audit", "agreed_with": null, "priority": null},
                    {"text": "Online access", "kind": "improvement", "agreed_with": null, "priority": null},
                    {"text": "Carers' register", "kind": "improvement", "agreed_with": null, "priority": null}]})
    );
    // Abbey's review is due on 20 May 2027: not yet overdue. Bredon Hill withdrew.
    assert_eq!(column(practices, "next_review"), vec![Value::Null, Value::Null, json!("2027-05-20")]);
    assert_eq!(row(practices, "M81007")["withdrawn"], "2026-09-30");
    assert_eq!(
        reg.json(&["scheme", "list"]),
        json!([{"name": "Practice engagement", "per_patient_gbp": "2.00", "from": "2026-04-01", "until": "2027-03-31",
                "instalments": "quarterly", "fund": "scheme:Practice engagement", "practices": 2,
                "patients": 23966, "total_gbp": "53517.00", "paid_gbp": "0.00"}])
    );
}

#[test]
fn reviews_fall_due_and_the_report_counts_them_by_locality() {
    let reg = with_scheme();
    reg.ok(&["scheme", "enrol", "practice", "M81015", "--date", "2026-08-01"]);
    reg.ok(&[
        "scheme",
        "review",
        "practice",
        "M81007",
        "--date",
        "2026-12-01",
        "--outcome",
        "partly",
        "--note",
        "One of three",
    ]);
    // Due: M81004 on 1 October (overdue), M81007 reviewed, M81015 on 1 February (due).
    let practices = reg.json(&["scheme", "show", "practice"])["practices"].clone();
    assert_eq!(column(&practices, "overdue"), vec![json!(true), json!(false), json!(false)]);
    assert_eq!(column(&practices, "next_review"), vec![json!("2026-10-01"), Value::Null, json!("2027-02-01")]);
    // Earned in 2026-27 by quarter ends: M81004 £29,932.00 and M81007 £11,170.00 over four
    // quarters; M81015 £16,000.00 over the three from its own (July-September on).
    assert_eq!(
        reg.json(&["report", "schemes", "--fy", "2026-27"]),
        json!([
            {"scheme": "Practice engagement", "locality": "Evesham", "practices_enrolled": 2, "practices_open": 3,
             "patients_covered": 20551, "patients_pct": 69.5, "commitments": 0, "reviews_done": 1, "reviews_due": 1,
             "reviews_overdue": 1, "earned_gbp": "41102.00", "paid_gbp": "0.00", "held_gbp": "0.00"},
            {"scheme": "Practice engagement", "locality": "Malvern", "practices_enrolled": 1, "practices_open": 1,
             "patients_covered": 8000, "patients_pct": 100.0, "commitments": 0, "reviews_done": 0, "reviews_due": 1,
             "reviews_overdue": 0, "earned_gbp": "16000.00", "paid_gbp": "0.00", "held_gbp": "0.00"}
        ])
    );
    // A year with no instalments in it earns nothing.
    let next = reg.json(&["report", "schemes", "--fy", "2027-28"]);
    assert_eq!(column(&next, "earned_gbp"), vec![json!("0.00"), json!("0.00")]);
}

#[test]
fn bad_scheme_input_changes_nothing() {
    let reg = with_scheme();
    let add = |args: &[&str]| {
        let mut all = vec!["scheme", "add", "New", "--from", "2026-04-01", "--until", "2027-03-31"];
        all.extend(args);
        all.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    for (args, code, says) in [
        (add(&["--per-patient", "0"]), 3, "a payment per patient is 0.01 to 1,000.00"),
        (add(&["--per-patient", "1000.01"]), 3, "a payment per patient"),
        (add(&["--per-patient", "two"]), 3, "not an amount"),
        (add(&["--per-patient", "2", "--commitments", "x"]), 3, "--commitments"),
        (add(&["--per-patient", "2", "--review-after", "0"]), 3, "--review-after"),
        (add(&["--per-patient", "2", "--instalments", "weekly"]), 2, "invalid value"),
    ] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let e = reg.fails(&args, code);
        assert!(e.contains(says), "{args:?}: {e}");
    }
    let e =
        reg.fails(&["scheme", "add", "X", "--per-patient", "2", "--from", "2027-04-01", "--until", "2027-03-31"], 3);
    assert!(e.contains("--until 2027-03-31 is before --from 2027-04-01"), "{e}");
    reg.fails(
        &[
            "scheme",
            "add",
            "PRACTICE ENGAGEMENT",
            "--per-patient",
            "2",
            "--from",
            "2026-04-01",
            "--until",
            "2027-03-31",
        ],
        5,
    );
    let e = reg.fails(&["scheme", "enrol", "practice", "M81004"], 5);
    assert!(e.contains("M81004 is enrolled in Practice engagement already (since 2026-04-01)"), "{e}");
    reg.fails(&["scheme", "enrol", "practice", "M81026", "--date", "2027-04-01"], 3);
    reg.fails(&["scheme", "enrol", "nothing", "M81026"], 4);
    reg.fails(&["scheme", "enrol", "practice", "M81026", "M81015", "--lead", "fay@nhs.net"], 3);
    reg.fails(&["scheme", "enrol", "practice", "X99999"], 4);
    // All or nothing: the second practice's failure leaves the first unenrolled.
    reg.fails(&["scheme", "enrol", "practice", "M81026", "M81004"], 5);
    assert_eq!(reg.json(&["scheme", "list"])[0]["practices"], 2);
    reg.fails(&["scheme", "commit", "practice", "M81026", "Anything"], 4);
    reg.fails(&["scheme", "commit", "practice", "M81004", "Anything", "--kind", "wish"], 2);
    reg.fails(&["scheme", "review", "practice", "M81004", "--date", "2027-02-01", "--outcome", "met"], 3);
    reg.fails(&["scheme", "review", "practice", "M81004", "--date", "2026-03-01", "--outcome", "met"], 3);
    reg.fails(&["scheme", "withdraw", "practice", "M81004", "--date", "2026-03-01", "--yes"], 3);
    reg.fails(&["scheme", "withdraw", "practice", "M81004", "--date", "2026-09-30"], 2);
    reg.ok(&["scheme", "withdraw", "practice", "M81004", "--date", "2026-09-30", "--yes"]);
    reg.fails(&["scheme", "withdraw", "practice", "M81004", "--date", "2026-10-30", "--yes"], 5);
    // A practice without a list size cannot be paid per patient.
    reg.ok(&["practice", "add", "M81099", "New Surgery", "--locality", "EVE"]);
    let e = reg.fails(&["scheme", "enrol", "practice", "M81099"], 3);
    assert!(e.contains("has no list size"), "{e}");
}

/// The payment CSV's lines for a scheme (header first).
fn scheme_lines(csv: &str) -> Vec<String> {
    csv.lines().filter(|l| l.starts_with("payment_month") || l.contains(",scheme,")).map(str::to_string).collect()
}

#[test]
fn instalments_are_paid_to_practices_in_the_payment_run() {
    let reg = common::example_register();
    // £1.00 a head, monthly, October to December 2026: Bredon Hill's 5,585 patients earn
    // £5,585.00, in instalments of £1,861.66, £1,861.66 and £1,861.68.
    reg.ok(&[
        "scheme",
        "add",
        "PES",
        "--per-patient",
        "1",
        "--from",
        "2026-10-01",
        "--until",
        "2026-12-31",
        "--instalments",
        "monthly",
    ]);
    reg.ok(&["scheme", "enrol", "PES", "M81007", "--date", "2026-10-01"]);
    let header = "payment_month,payee_type,payee_id,payee_name,practice_code,person_id,person_name,gmc_number,role,source,reference,work_date,sessions,rate_gbp,amount_gbp";
    let october = reg.ok(&["session", "export", "--month", "2026-10", "--finalise", "--yes"]);
    assert_eq!(
        scheme_lines(&october),
        [header, "2026-10,practice,M81007,Bredon Hill Surgery,M81007,,,,,scheme,PES,2026-10-31,,,1861.66"]
    );
    // November's run is missed: December's pays it as arrears, with December's, the last
    // taking the remainder.
    let december = reg.run(&["session", "export", "--month", "2026-12", "--finalise", "--yes"]);
    assert_eq!(december.code, 0, "{}", december.stderr);
    assert_eq!(
        scheme_lines(&december.stdout),
        [
            header,
            "2026-12,practice,M81007,Bredon Hill Surgery,M81007,,,,,scheme,PES,2026-11-30,,,1861.66",
            "2026-12,practice,M81007,Bredon Hill Surgery,M81007,,,,,scheme,PES,2026-12-31,,,1861.68"
        ]
    );
    assert!(december.stderr.contains("2026-11"), "the arrears are named: {}", december.stderr);
    // The runs reproduce what they paid, and the scheme says so.
    assert_eq!(reg.ok(&["session", "export", "--month", "2026-10"]), october);
    let list = reg.json(&["scheme", "list"]);
    assert_eq!((list[0]["total_gbp"].clone(), list[0]["paid_gbp"].clone()), (json!("5585.00"), json!("5585.00")));
    // A paid instalment never moves: withdrawing before it is refused.
    let e = reg.fails(&["scheme", "withdraw", "PES", "M81007", "--date", "2026-10-15", "--yes"], 5);
    assert!(e.contains("instalment of 2026-10-31 (session line 15) was paid in the 2026-10 run"), "{e}");
    // The scheme's fund is spent like any other, and its lines are listed as the
    // practice's, with no sessions or rate.
    reg.ok(&["session", "budget", "set", "scheme:PES", "6000", "--fy", "2026-27"]);
    let funds = reg.json(&["report", "sessions", "--by", "fund", "--fy", "2026-27"]);
    let pes = funds.as_array().unwrap().iter().find(|r| r["fund"] == "scheme:PES").unwrap().clone();
    assert_eq!(
        pes,
        json!({"fund": "scheme:PES", "sessions": "0.00", "amount_gbp": "5585.00", "budget_gbp": "6000.00", "remaining_gbp": "415.00"})
    );
    let listed = reg.json(&["session", "list", "--month", "2026-11"]);
    let line = listed.as_array().unwrap().iter().find(|l| l["source"] == "scheme").unwrap().clone();
    assert_eq!(
        line,
        json!({"id": line["id"], "person_id": null, "person_name": "", "source": "scheme", "reference": "PES",
               "fund": "scheme:PES", "work_date": "2026-11-30", "sessions": null, "rate_gbp": null,
               "amount_gbp": "1861.66", "status": "paid", "payment_month": "2026-12",
               "payee_name": "Bredon Hill Surgery", "reason": null})
    );
}

#[test]
fn a_withdrawal_stops_the_instalments_after_it() {
    let reg = with_scheme();
    // Abbey joins on 20 November: £18,000.00 in two quarters, December and March.
    reg.ok(&["scheme", "enrol", "practice", "M81026", "--date", "2026-11-20"]);
    let preview = reg.ok(&["session", "export", "--month", "2026-12"]);
    assert!(preview.contains("Abbey Surgery,M81026,,,,,scheme,Practice engagement,2026-12-31,,,9000.00"), "{preview}");
    // The preview wrote nothing: the lines are made when a run is finalised.
    assert!(!reg.ok(&["session", "list", "--format", "csv"]).contains(",scheme,"));
    // Months before the first run accrue when named.
    reg.ok(&["session", "accrue", "--month", "2026-09"]);
    reg.ok(&["session", "accrue", "--month", "2026-12"]);
    reg.ok(&["scheme", "withdraw", "practice", "M81026", "--date", "2027-01-10", "--yes"]);
    let abbey = reg.json(&["scheme", "show", "practice"])["practices"][2].clone();
    assert_eq!((abbey["total_gbp"].clone(), abbey["withdrawn"].clone()), (json!("9000.00"), json!("2027-01-10")));
    // Withdrawn before December's quarter end: the accrued, unpaid line goes.
    reg.ok(&["scheme", "withdraw", "practice", "M81004", "--date", "2026-12-15", "--yes"]);
    let lines = reg.ok(&["session", "list", "--format", "csv"]);
    assert!(!lines.contains("2026-12-31,,,7483.00"), "{lines}");
    assert!(lines.contains("scheme,Practice engagement,scheme:Practice engagement,2026-09-30,,,7483.00"), "{lines}");
    // No run pays for a month that has not ended.
    reg.fails(&["session", "export", "--month", "2027-01", "--finalise", "--yes"], 3);
    // A practice that closes withdraws from its schemes that day: Bredon Hill keeps the
    // quarters of June and September, £2,792.50 each.
    reg.ok(&["practice", "close", "M81007", "--date", "2026-12-20", "--yes"]);
    let bredon = reg.json(&["scheme", "show", "practice"])["practices"][1].clone();
    assert_eq!((bredon["total_gbp"].clone(), bredon["withdrawn"].clone()), (json!("5585.00"), json!("2026-12-20")));
}

/// Runs `engage ARGS…` on the register as on the day `today`; insists on exit 0.
fn on(reg: &Reg, today: &str, args: &[&str]) -> common::Run {
    let r = common::finish(reg.cmd(args).env("ENGAGE_TODAY", today).output().unwrap());
    assert_eq!(r.code, 0, "engage {args:?} on {today}: {}", r.stderr);
    r
}

/// A practice's row of `scheme show` as on the day `today`.
fn shown(reg: &Reg, today: &str, scheme: &str, code: &str) -> Value {
    let show: Value =
        serde_json::from_str(&on(reg, today, &["scheme", "show", scheme, "--format", "json"]).stdout).unwrap();
    row(&show["practices"], code).clone()
}

/// The kept-back rows of `session list --status S` on the day: (work date, amount,
/// payee, reason).
fn kept(reg: &Reg, today: &str, status: &str) -> Vec<(String, String, String, String)> {
    let list: Value =
        serde_json::from_str(&on(reg, today, &["session", "list", "--status", status, "--format", "json"]).stdout)
            .unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .map(|l| {
            assert_eq!(
                (l["id"].clone(), l["status"].clone(), l["source"].clone()),
                (Value::Null, json!(status), json!("scheme"))
            );
            let text = |k: &str| l[k].as_str().unwrap().to_string();
            (text("work_date"), text("amount_gbp"), text("payee_name"), text("reason"))
        })
        .collect()
}

#[test]
fn a_scheme_that_pays_after_commitments_holds_instalments_until_they_are_made() {
    let reg = common::example_register();
    // £1.00 a head, monthly, October 2026 to March 2027, two commitments: Bredon Hill's
    // 5,585 patients earn £5,585.00, five instalments of £930.83 and a last of £930.85.
    on(
        &reg,
        "2026-10-01",
        &[
            "scheme",
            "add",
            "Improvement",
            "--per-patient",
            "1",
            "--from",
            "2026-10-01",
            "--until",
            "2027-03-31",
            "--instalments",
            "monthly",
            "--commitments",
            "2",
            "--pay-after",
            "committed",
        ],
    );
    on(&reg, "2026-10-01", &["scheme", "enrol", "improvement", "M81007", "--date", "2026-10-01"]);
    on(
        &reg,
        "2026-11-10",
        &[
            "scheme",
            "commit",
            "improvement",
            "M81007",
            "Cancer screening uptake",
            "--agreed-with",
            "asha@nhs.net",
            "--priority",
            "2",
        ],
    );
    // October's run: no commitment made by 31 October. November's: one of two by 30
    // November. Neither instalment is paid; both are held, in no export.
    let october = on(&reg, "2026-11-02", &["session", "export", "--month", "2026-10", "--finalise", "--yes"]);
    assert_eq!(scheme_lines(&october.stdout).len(), 1, "no instalment paid: {}", october.stdout);
    let november = on(&reg, "2026-12-02", &["session", "export", "--month", "2026-11", "--finalise", "--yes"]);
    assert_eq!(scheme_lines(&november.stdout).len(), 1, "no instalment paid: {}", november.stdout);
    let why = "1 of 2 commitments made".to_string();
    let bredon = "Bredon Hill Surgery".to_string();
    assert_eq!(
        kept(&reg, "2026-12-02", "held"),
        [
            ("2026-10-31".into(), "930.83".into(), bredon.clone(), why.clone()),
            ("2026-11-30".into(), "930.83".into(), bredon.clone(), why.clone())
        ]
    );
    let row = shown(&reg, "2026-12-02", "improvement", "M81007");
    assert_eq!((row["paid_gbp"].clone(), row["held_gbp"].clone()), (json!("0.00"), json!("1861.66")));
    let report: Value = serde_json::from_str(
        &on(&reg, "2026-12-02", &["report", "schemes", "--fy", "2026-27", "--format", "json"]).stdout,
    )
    .unwrap();
    assert_eq!((report[0]["held_gbp"].clone(), report[0]["paid_gbp"].clone()), (json!("1861.66"), json!("0.00")));
    // The second commitment on 5 January: December's run, for work to 31 December,
    // still holds them; the next run pays all four, each at its own date.
    on(
        &reg,
        "2027-01-05",
        &[
            "scheme",
            "commit",
            "improvement",
            "M81007",
            "Frailty register",
            "--agreed-with",
            "asha@nhs.net",
            "--priority",
            "1",
        ],
    );
    let december = on(&reg, "2027-01-06", &["session", "export", "--month", "2026-12", "--finalise", "--yes"]);
    assert_eq!(scheme_lines(&december.stdout).len(), 1, "{}", december.stdout);
    assert!(kept(&reg, "2027-01-06", "held").is_empty(), "met on 5 January: nothing is held any more");
    let january = on(&reg, "2027-02-02", &["session", "export", "--month", "2027-01", "--finalise", "--yes"]);
    let paid = |date: &str| {
        format!("2027-01,practice,M81007,Bredon Hill Surgery,M81007,,,,,scheme,Improvement,{date},,,930.83")
    };
    assert_eq!(
        scheme_lines(&january.stdout)[1..],
        [paid("2026-10-31"), paid("2026-11-30"), paid("2026-12-31"), paid("2027-01-31")]
    );
    assert!(
        january.stderr.contains("2026-10") && january.stderr.contains("2026-12"),
        "arrears named: {}",
        january.stderr
    );
    let row = shown(&reg, "2027-02-02", "improvement", "M81007");
    assert_eq!(
        (row["total_gbp"].clone(), row["paid_gbp"].clone(), row["held_gbp"].clone()),
        (json!("5585.00"), json!("3723.32"), json!("0.00"))
    );
    // Who agreed each commitment, in their order.
    assert_eq!(
        row["commitment_list"],
        json!([
            {"text": "Frailty register", "kind": "improvement", "agreed_with": "Dr Asha Patel", "priority": 1},
            {"text": "Cancer screening uptake", "kind": "improvement", "agreed_with": "Dr Asha Patel", "priority": 2}
        ])
    );
}

#[test]
fn a_scheme_that_pays_after_a_review_and_what_lapses_after_a_withdrawal() {
    let reg = common::example_register();
    // £1.00 a head, quarterly, April to December 2026, a review three months on (due
    // 1 July): Riverside's 14,966 patients earn £4,988.66, £4,988.66 and £4,988.68;
    // Bredon Hill's 5,585 £1,861.66, £1,861.66 and £1,861.68.
    on(
        &reg,
        "2026-04-01",
        &[
            "scheme",
            "add",
            "Audit",
            "--per-patient",
            "1",
            "--from",
            "2026-04-01",
            "--until",
            "2026-12-31",
            "--instalments",
            "quarterly",
            "--commitments",
            "1",
            "--review-after",
            "3",
            "--pay-after",
            "reviewed",
        ],
    );
    on(&reg, "2026-04-01", &["scheme", "enrol", "audit", "M81004", "M81007", "--date", "2026-04-01"]);
    // June's quarter falls before the review is due: paid.
    let june = on(&reg, "2026-07-02", &["session", "export", "--month", "2026-06", "--finalise", "--yes"]);
    let line = |run: &str, code: &str, name: &str, date: &str, amount: &str| {
        format!("{run},practice,{code},{name},{code},,,,,scheme,Audit,{date},,,{amount}")
    };
    assert_eq!(
        scheme_lines(&june.stdout)[1..],
        [
            line("2026-06", "M81007", "Bredon Hill Surgery", "2026-06-30", "1861.66"),
            line("2026-06", "M81004", "Riverside Surgery", "2026-06-30", "4988.66")
        ]
    );
    // September's waits for a review that finds the work met or partly met.
    let september = on(&reg, "2026-10-02", &["session", "export", "--month", "2026-09", "--finalise", "--yes"]);
    assert_eq!(scheme_lines(&september.stdout).len(), 1, "{}", september.stdout);
    assert_eq!(kept(&reg, "2026-10-02", "held").len(), 2);
    on(&reg, "2026-10-21", &["scheme", "review", "audit", "M81004", "--date", "2026-10-20", "--outcome", "not-met"]);
    // Bredon Hill withdraws at the end of October: December's quarter is not earned,
    // September's stays held until a review or the scheme's end.
    on(&reg, "2026-11-01", &["scheme", "withdraw", "audit", "M81007", "--date", "2026-10-31", "--yes"]);
    on(&reg, "2026-11-20", &["scheme", "review", "audit", "M81004", "--date", "2026-11-15", "--outcome", "partly"]);
    let november = on(&reg, "2026-12-01", &["session", "export", "--month", "2026-11", "--finalise", "--yes"]);
    assert_eq!(
        scheme_lines(&november.stdout)[1..],
        [line("2026-11", "M81004", "Riverside Surgery", "2026-09-30", "4988.66")]
    );
    let review = "no review has found the commitments met or partly met";
    assert_eq!(
        kept(&reg, "2026-12-01", "held"),
        [("2026-09-30".into(), "1861.66".into(), "Bredon Hill Surgery".into(), review.to_string())]
    );
    // The scheme ends on 31 December with no review of Bredon Hill: its September
    // quarter lapses, never paid; Riverside's December quarter is paid.
    assert!(kept(&reg, "2027-01-15", "held").is_empty());
    assert_eq!(
        kept(&reg, "2027-01-15", "lapsed"),
        [(
            "2026-09-30".into(),
            "1861.66".into(),
            "Bredon Hill Surgery".into(),
            format!("{review} when the scheme ended on 2026-12-31")
        )]
    );
    let december = on(&reg, "2027-01-15", &["session", "export", "--month", "2026-12", "--finalise", "--yes"]);
    assert_eq!(
        scheme_lines(&december.stdout)[1..],
        [line("2026-12", "M81004", "Riverside Surgery", "2026-12-31", "4988.68")]
    );
    let bredon = shown(&reg, "2027-01-15", "audit", "M81007");
    assert_eq!(
        (bredon["total_gbp"].clone(), bredon["paid_gbp"].clone(), bredon["held_gbp"].clone()),
        (json!("1861.66"), json!("1861.66"), json!("0.00"))
    );
    let riverside = shown(&reg, "2027-01-15", "audit", "M81004");
    assert_eq!((riverside["total_gbp"].clone(), riverside["paid_gbp"].clone()), (json!("14966.00"), json!("14966.00")));
    // The year's report: earned less what lapsed; September as it stood then.
    let schemes = |period: &[&str]| -> Value {
        let mut args = vec!["report", "schemes", "--format", "json"];
        args.extend(period);
        serde_json::from_str(&on(&reg, "2027-01-15", &args).stdout).unwrap()
    };
    let year = schemes(&["--fy", "2026-27"]);
    assert_eq!((year[0]["earned_gbp"].clone(), year[0]["held_gbp"].clone()), (json!("16827.66"), json!("0.00")));
    let then = schemes(&["--month", "2026-09"]);
    assert_eq!((then[0]["earned_gbp"].clone(), then[0]["held_gbp"].clone()), (json!("6850.32"), json!("6850.32")));
    // Nothing held or lapsed is in any export, and a lapsed instalment is never paid.
    let january = on(&reg, "2027-02-01", &["session", "export", "--month", "2027-01"]);
    assert_eq!(scheme_lines(&january.stdout).len(), 1, "{}", january.stdout);
}

#[test]
fn a_condition_needs_what_it_waits_for() {
    let reg = common::example_register();
    let add = |extra: &[&str]| {
        let mut args =
            vec!["scheme", "add", "X", "--per-patient", "1", "--from", "2026-04-01", "--until", "2027-03-31"];
        args.extend(extra);
        args.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let fails = |args: Vec<String>, code: i32| reg.fails(&args.iter().map(String::as_str).collect::<Vec<_>>(), code);
    assert!(fails(add(&["--pay-after", "committed"]), 3).contains("give --commitments N"));
    assert!(fails(add(&["--pay-after", "reviewed", "--commitments", "2"]), 3).contains("give --review-after MONTHS"));
    assert!(fails(add(&["--pay-after", "later"]), 2).contains("later"));
    reg.ok(&add(&["--commitments", "1"]).iter().map(String::as_str).collect::<Vec<_>>());
    reg.ok(&["scheme", "enrol", "X", "M81004", "--date", "2026-04-01"]);
    let e = reg.fails(&["scheme", "commit", "X", "M81004", "Audit", "--priority", "0"], 3);
    assert!(e.contains("--priority"), "{e}");
    let e = reg.fails(&["scheme", "commit", "X", "M81004", "Audit", "--agreed-with", "nobody@nhs.net"], 4);
    assert!(e.contains("nobody@nhs.net"), "{e}");
    // A scheme with no condition pays as before, and shows no condition.
    assert_eq!(reg.json(&["scheme", "show", "X"])["pay_after"], Value::Null);
}
