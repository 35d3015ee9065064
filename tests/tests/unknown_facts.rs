//! RULES §0 [rev. 12-2026] as a property over generated pact-regime cases: removing a fact never
//! removes a time limit whose starting event is still known.
//!
//! Stated precisely. Let C be a generated case and C' the same case with one fact f removed (made
//! unknown); both are evaluated. For every deadline d of C among the limits of the pact regime's
//! access, screening, Eurodac and examination rules (`OWNED`), d is also a deadline of C' unless
//! one of these holds:
//! 1. f is a starting event of d (`starts(d)`): the limit has nothing to run from;
//! 2. f decides the regime: `regime` of C' differs from that of C;
//! 3. d is the screening limit, f decides whether screening is required (`screening.required`
//!    differs) and the screening has not started (`screening.startedAt` absent) — RULES §3 gives
//!    the limit once the screening has started, and only then while `required` is open; or f is
//!    the situation, which decides between SR 5 (7 or 4 days) and SR 7 (3 days) and has no
//!    "not established" value to give an ordinary case;
//! 4. d belongs to one procedure kind (`examination`, `borderDecision`, `borderProcedureEnd`)
//!    and f decides the kind: C' has another kind, or f is among the facts that keep
//!    `procedure.kind` of C' open (then the ordinary case of C' — none of the open facts
//!    established — may be another kind; its limits are given, with the alternatives);
//! 5. f is a ground the parameter tables derive from the nationality (42(1)(e), (j)): removing
//!    the case's value does not make it unknown but replaces it by the table's.
//!
//! `PROPTEST_CASES` raises the number of cases (default 256).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use serde_json::{json, Map, Value};

/// The deadline ids this property covers (pact-regime limits whose rules read the facts below).
const OWNED: &[&str] = &[
    "screening",
    "registration",
    "lodging",
    "eurodacTransmission",
    "examination",
    "borderDecision",
    "borderProcedureEnd",
];

/// The facts a deadline may run from (the first known one is used).
fn starts(id: &str) -> &'static [&'static str] {
    match id {
        "screening" => &[
            "/screening/apprehendedAt",
            "/application/madeAt",
            "/screening/startedAt",
        ],
        "registration" => &["/application/madeAt", "/screening/formCompletedAt"],
        "lodging" | "borderDecision" | "borderProcedureEnd" => &["/application/registeredAt"],
        "eurodacTransmission" => &["/application/registeredAt", "/screening/biometricsTakenAt"],
        "examination" => &["/application/lodgedAt"],
        _ => &[],
    }
}

fn opt_bool() -> impl Strategy<Value = Option<bool>> {
    prop_oneof![2 => Just(None), 2 => Just(Some(false)), 1 => Just(Some(true))]
}

/// A consistent pact-regime case: made on or after 1 July 2027 minus a few months, registered
/// and lodged a few days later; every other fact true, false or absent.
fn arb_case() -> impl Strategy<Value = Value> {
    let dates = ((2026i32..=2028, 1u32..=12, 1u32..=19), 0u32..4, 0u32..6);
    let situation = prop::sample::select(vec![
        "borderCrossingPoint",
        "externalBorderApprehension",
        "searchAndRescue",
        "relocation",
        "territory",
    ]);
    let person = (
        prop::sample::select(vec!["1990-01-01", "2012-03-01", "2021-06-01"]),
        prop::sample::select(vec!["SYR", "PAK", "BGD", "AFG"]),
        opt_bool(),
        opt_bool(),
    );
    let grounds = prop::collection::vec(opt_bool(), 11);
    let screening = (
        opt_bool(),
        opt_bool(),
        opt_bool(),
        opt_bool(),
        opt_bool(),
        opt_bool(),
    );
    let other = (opt_bool(), opt_bool(), opt_bool());
    (dates, situation, person, grounds, screening, other).prop_map(
        |(
            ((y, m, day), r, l),
            situation,
            (born, nat, uam, family),
            g,
            s,
            (dublin, subsequent, detained),
        )| {
            // From July 2026 (the AMMR and CFR apply), days 1..=28 so no month overflows.
            let m = if y == 2026 && m < 7 { m + 6 } else { m };
            let d = |n: u32| format!("{y:04}-{m:02}-{:02}", day + n);
            let mut applicant = Map::new();
            applicant.insert("dateOfBirth".into(), json!(born));
            applicant.insert("nationality".into(), json!(nat));
            if born != "1990-01-01" {
                if let Some(v) = uam {
                    applicant.insert("unaccompaniedMinor".into(), json!(v));
                }
            }
            if let Some(v) = family {
                applicant.insert("familyWithMinors".into(), json!(v));
            }
            let mut application = Map::new();
            application.insert("madeAt".into(), json!(format!("{}T10:00:00+02:00", d(0))));
            application.insert("registeredAt".into(), json!(d(r)));
            application.insert("lodgedAt".into(), json!(d(r + l)));
            application.insert("situation".into(), json!(situation));
            for (k, v) in [("subsequent", subsequent), ("detained", detained)] {
                if let Some(v) = v {
                    application.insert(k.into(), json!(v));
                }
            }
            let names = [
                "irrelevantIssuesOnly",
                "inconsistentStatements",
                "misledAuthorities",
                "delayRemovalOnly",
                "safeCountryOfOrigin",
                "dangerToSecurityOrPublicOrder",
                "subsequentNotInadmissible",
                "irregularEntryNoPromptApplication",
                "lawfulEntryNoPromptApplication",
                "lowRecognitionRate",
                "inadmissible",
            ];
            let mut grounds = Map::new();
            for (k, v) in names.iter().zip(g) {
                if let Some(v) = v {
                    grounds.insert((*k).into(), json!(v));
                }
            }
            let mut screening = Map::new();
            let (appr, started, prev, lawful, over72, form) = s;
            if appr.is_some() {
                screening.insert(
                    "apprehendedAt".into(),
                    json!(format!("{}T08:00:00+02:00", d(0))),
                );
            }
            if started.is_some() {
                screening.insert(
                    "startedAt".into(),
                    json!(format!("{}T09:00:00+02:00", d(0))),
                );
            }
            for (k, v) in [
                ("previouslyScreened", prev),
                ("enteredLawfully", lawful),
                ("stayedAtBorderOver72h", over72),
            ] {
                if let Some(v) = v {
                    screening.insert(k.into(), json!(v));
                }
            }
            if form.is_some() {
                screening.insert("formCompletedAt".into(), json!(d(0)));
            }
            let mut case = Map::new();
            case.insert("schemaVersion".into(), json!(1));
            case.insert("applicant".into(), Value::Object(applicant));
            case.insert("application".into(), Value::Object(application));
            case.insert("grounds".into(), Value::Object(grounds));
            case.insert("screening".into(), Value::Object(screening));
            if let Some(v) = dublin {
                case.insert("dublin".into(), json!({ "otherMemberStateResponsible": v }));
            }
            Value::Object(case)
        },
    )
}

/// Every leaf fact of the case, as a JSON Pointer.
fn leaves(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Value::Object(top) = v {
        for (section, inner) in top {
            if let Value::Object(o) = inner {
                for k in o.keys() {
                    out.push(format!("/{section}/{k}"));
                }
            }
        }
    }
    out
}

fn without(v: &Value, pointer: &str) -> Value {
    let mut v = v.clone();
    let mut parts = pointer.trim_start_matches('/').split('/');
    let (Some(section), Some(key)) = (parts.next(), parts.next()) else {
        return v;
    };
    if let Some(Value::Object(o)) = v.get_mut(section) {
        o.remove(key);
    }
    v
}

fn evaluate(case: &Value) -> Value {
    let out = migratiepact_core::evaluate_json(case.to_string().as_bytes());
    assert!(out.ok, "generated case refused: {case}\n{}", out.json);
    serde_json::from_str(&out.json).unwrap()
}

fn deadline_ids(a: &Value) -> Vec<String> {
    a["deadlines"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d["id"].as_str().map(str::to_owned))
        .collect()
}

fn keeps_kind_open(a: &Value, fact: &str) -> bool {
    a["missingFacts"].as_array().into_iter().flatten().any(|m| {
        m["path"] == fact
            && m["affects"]
                .as_array()
                .is_some_and(|x| x.iter().any(|y| y == "procedure.kind"))
    })
}

/// The property for one case and one removed fact; `Err` names the deadline that vanished.
fn check(case: &Value, fact: &str) -> Result<(), String> {
    let a = evaluate(case);
    let reduced = without(case, fact);
    let b = evaluate(&reduced);
    if a["regime"] != b["regime"] {
        return Ok(());
    }
    // 5. Removing a ground the parameter tables derive from the nationality does not make it
    //    unknown: the table's value replaces the case's (CONTRACT), a change of fact.
    if matches!(
        fact,
        "/grounds/lowRecognitionRate" | "/grounds/safeCountryOfOrigin"
    ) {
        return Ok(());
    }
    let after = deadline_ids(&b);
    for id in deadline_ids(&a) {
        if !OWNED.contains(&id.as_str()) || after.contains(&id) {
            continue;
        }
        if starts(&id).contains(&fact) {
            continue;
        }
        let started = case["screening"].get("startedAt").is_some();
        if id == "screening"
            && (fact == "/application/situation"
                || (a["screening"]["required"] != b["screening"]["required"] && !started))
        {
            continue;
        }
        let kind_specific = matches!(
            id.as_str(),
            "examination" | "borderDecision" | "borderProcedureEnd"
        );
        let kind_changed = (a["procedure"]["kind"] != b["procedure"]["kind"]
            && !b["procedure"]["kind"].is_null())
            || keeps_kind_open(&b, fact);
        if kind_specific && kind_changed {
            continue;
        }
        return Err(format!(
            "removing {fact} removed deadline {id}\ncase: {case}\nwithout: {}",
            b["deadlines"]
        ));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(256)
    ))]

    #[test]
    fn removing_a_fact_never_removes_a_limit_whose_start_is_known(case in arb_case(), pick in any::<usize>()) {
        let facts = leaves(&case);
        let fact = &facts[pick % facts.len()];
        if let Err(e) = check(&case, fact) {
            return Err(TestCaseError::fail(e));
        }
    }
}

/// The issue's examples, fixed: a started territory screening with "screened before?" open, and
/// a border apprehension with the 72-hour stay open, both keep their screening limit.
#[test]
fn the_issues_examples_keep_their_screening_limit() {
    let territory = json!({"schemaVersion": 1,
        "applicant": {"dateOfBirth": "1990-01-01", "nationality": "SYR"},
        "application": {"madeAt": "2026-10-13T15:00:00+02:00", "situation": "territory"},
        "screening": {"apprehendedAt": "2026-10-13T11:00:00+02:00", "startedAt": "2026-10-13T12:00:00+02:00",
                      "previouslyScreened": false, "enteredLawfully": false}});
    check(&territory, "/screening/previouslyScreened").unwrap();
    check(&territory, "/screening/enteredLawfully").unwrap();
    let border = json!({"schemaVersion": 1,
        "applicant": {"dateOfBirth": "1990-01-01", "nationality": "SYR"},
        "application": {"madeAt": "2026-10-13T15:00:00+02:00", "situation": "externalBorderApprehension"},
        "screening": {"apprehendedAt": "2026-10-13T11:00:00+02:00", "stayedAtBorderOver72h": true}});
    check(&border, "/screening/stayedAtBorderOver72h").unwrap();
    let b = evaluate(&without(&border, "/screening/stayedAtBorderOver72h"));
    let d = b["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "screening")
        .unwrap();
    assert_eq!(d["period"], "P7D");
    assert_eq!(d["alternatives"][0]["period"], "P4D");
}
