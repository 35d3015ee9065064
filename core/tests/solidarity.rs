//! Solidarity fair share (AMMR 12(2), 66, Annex I) through the JSON entry point the C and WASM
//! shells call, against examples computed by hand (docs/solidarity.md).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use migratiepact_core::law::solidarity::{Share, SolidarityRequest};
use serde_json::{json, Value};

fn run(request: &Value) -> (bool, Value) {
    let out = migratiepact_core::api::solidarity_json(request.to_string().as_bytes());
    (out.ok, serde_json::from_str(&out.json).unwrap())
}

/// Toy: NL 50 persons / GDP 100, BE 30 / 300, LU 20 / 600. P = 100, G = 1000.
/// NL: ½·50/100 + ½·100/1000 = 0.25 + 0.05 = 0.30 → 9 000 relocations, EUR 180 000 000.
/// BE: 0.15 + 0.15 = 0.30; LU: 0.10 + 0.30 = 0.40 (together 1).
#[test]
fn three_state_toy() {
    let figures = json!({"memberStates": [
        {"state": "NL", "population": 50, "gdp": 100},
        {"state": "BE", "population": 30, "gdp": 300},
        {"state": "LU", "population": 20, "gdp": 600}
    ]});
    let mut total_relocations = 0;
    for (state, key, relocations, eur) in [
        ("NL", "30.000000", "9000", "180000000.00"),
        ("BE", "30.000000", "9000", "180000000.00"),
        ("LU", "40.000000", "12000", "240000000.00"),
    ] {
        let (ok, s) =
            run(&json!({"schemaVersion": 1, "state": state, "locale": "en", "figures": figures}));
        assert!(ok, "{s}");
        assert_eq!(s["keyPercent"], key);
        assert_eq!(s["relocations"]["rounded"], relocations);
        assert_eq!(s["eur"]["rounded"], eur);
        assert_eq!(s["memberStates"], 3);
        assert_eq!(s["poolSource"], "ammr12_2Minimum");
        total_relocations += s["relocations"]["rounded"]
            .as_str()
            .unwrap()
            .parse::<u64>()
            .unwrap();
    }
    assert_eq!(total_relocations, 30_000);
}

/// NL with the caller's figures (round, illustrative numbers — not Eurostat data):
/// NL 18 000 000 persons, GDP 1 000 000 (EUR million); DE 84 000 000 / 4 000 000;
/// FR 68 000 000 / 3 000 000; IT 30 000 000 / 2 000 000. P = 200 000 000, G = 10 000 000.
/// NL: ½·0.09 + ½·0.10 = 0.095 = 19/200 → 30 000 × 0.095 = 2 850 relocations;
/// EUR 600 000 000 × 0.095 = EUR 57 000 000. With a pool of 42 000 / EUR 840 000 000 (the
/// 12(3) ratio kept): 3 990 relocations, EUR 79 800 000.
#[test]
fn netherlands_with_callers_figures() {
    let request = json!({
        "schemaVersion": 1,
        "state": "NL",
        "locale": "nl",
        "figures": {
            "population": {"referenceYear": 2025, "unit": "persons", "source": {"title": "illustrative"}},
            "gdp": {"referenceYear": 2024, "unit": "EUR million", "source": {"title": "illustrative"}},
            "memberStates": [
                {"state": "NL", "population": 18000000, "gdp": 1000000},
                {"state": "DE", "population": 84000000, "gdp": 4000000},
                {"state": "FR", "population": 68000000, "gdp": 3000000},
                {"state": "IT", "population": 30000000, "gdp": 2000000}
            ]
        }
    });
    let (ok, s) = run(&request);
    assert!(ok, "{s}");
    assert_eq!(s["key"], json!({"numerator": "19", "denominator": "200"}));
    assert_eq!(s["population"]["percent"], "9.000000");
    assert_eq!(s["gdp"]["percent"], "10.000000");
    assert_eq!(
        s["relocations"]["exact"],
        json!({"numerator": "2850", "denominator": "1"})
    );
    assert_eq!(s["relocations"]["rounded"], "2850");
    assert_eq!(s["eur"]["rounded"], "57000000.00");
    assert_eq!(s["figures"]["gdp"]["referenceYear"], 2024);
    let rules: Vec<&str> = s["explanation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "solidarity.pool",
            "solidarity.referenceKey",
            "solidarity.fairShare.relocations",
            "solidarity.fairShare.financial"
        ]
    );
    for e in s["explanation"].as_array().unwrap() {
        assert!(!e["basis"].as_array().unwrap().is_empty());
    }
    let key_text = s["explanation"][1]["text"].as_str().unwrap();
    assert!(key_text.contains("9.500000%"), "{key_text}");
    // The list lacks 21 Member States: said, not hidden.
    assert!(s["notes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["kind"] == "assumption"));

    let mut bigger = request.clone();
    bigger["pool"] = json!({"relocations": 42000, "eur": 840000000});
    let (ok, s) = run(&bigger);
    assert!(ok, "{s}");
    assert_eq!(s["relocations"]["rounded"], "3990");
    assert_eq!(s["eur"]["rounded"], "79800000.00");
    assert_eq!(s["poolSource"], "caller");
}

/// Decimal GDP figures are exact: NL 1/3 of the population and GDP 0.1 of 0.7 (1/7):
/// key = 1/6 + 1/14 = 5/21; 30 000 × 5/21 = 7 142.857142… → 7 143 (nearest, halves up).
#[test]
fn decimal_figures_and_rounding() {
    let (ok, s) = run(&json!({"schemaVersion": 1, "figures": {"memberStates": [
        {"state": "NL", "population": 1, "gdp": 0.1},
        {"state": "AT", "population": 2, "gdp": 0.6}
    ]}}));
    assert!(ok, "{s}");
    assert_eq!(s["state"], "NL");
    assert_eq!(s["key"], json!({"numerator": "5", "denominator": "21"}));
    assert_eq!(s["relocations"]["decimal"], "7142.857143");
    assert_eq!(s["relocations"]["rounded"], "7143");
    assert_eq!(
        s["relocations"]["rounding"],
        "nearest whole relocation, halves rounded up"
    );
    assert_eq!(s["eur"]["rounded"], "142857142.86");
    // No source or year given: the answer says so.
    let assumptions = s["notes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "assumption")
        .count();
    assert!(assumptions >= 2);
}

#[test]
fn a_bare_figures_object_is_accepted() {
    // A figures file as kept on disk: `{"population": …, "gdp": …, "memberStates": […]}`.
    let out = migratiepact_core::api::solidarity_json(br#"{"gdp":{"unit":"EUR million"},"memberStates":[{"state":"NL","population":1,"gdp":1},{"state":"BE","population":1,"gdp":3}]}"#);
    assert!(out.ok, "{}", out.json);
    let s: Value = serde_json::from_str(&out.json).unwrap();
    // ½·½ + ½·¼ = 3/8 → 11 250 relocations.
    assert_eq!(s["relocations"]["rounded"], "11250");
    assert_eq!(s["figures"]["gdp"]["unit"], "EUR million");
}

#[test]
fn errors_are_reported_all_at_once() {
    let (ok, r) = run(
        &json!({"schemaVersion": 1, "state": "NL", "colour": "red", "pool": {"relocations": -1},
        "figures": {"memberStates": [
            {"state": "EL", "population": 10, "gdp": 1},
            {"state": "NL", "population": "many", "gdp": 1.1234567},
            {"population": 1, "gdp": 1}
        ]}}),
    );
    assert!(!ok);
    let got: Vec<(String, String)> = r["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["code"].as_str().unwrap().to_owned(),
                e["path"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    for want in [
        ("outOfRange", "/pool/relocations"),
        ("missingField", "/pool/eur"),
        ("wrongType", "/figures/memberStates/1/population"),
        ("outOfRange", "/figures/memberStates/1/gdp"),
        ("missingField", "/figures/memberStates/2/state"),
        ("unknownField", "/colour"),
    ] {
        assert!(
            got.contains(&(want.0.to_owned(), want.1.to_owned())),
            "{want:?} not in {got:?}"
        );
    }
    // Once the shape is right, the list itself is checked: EL is not ISO (GR).
    let (ok, r) = run(&json!({"schemaVersion": 1, "figures": {"memberStates": [
        {"state": "EL", "population": 10, "gdp": 1}, {"state": "NL", "population": 10, "gdp": 1}]}}));
    assert!(!ok);
    assert_eq!(r["errors"][0]["code"], "invalidCountry");
    assert!(r["errors"][0]["message"].as_str().unwrap().contains("GR"));
    let (ok, r) = run(&json!({"schemaVersion": 2, "figures": {"memberStates": []}}));
    assert!(!ok);
    assert_eq!(r["errors"][0]["code"], "unsupportedSchemaVersion");
}

fn check_schema(name: &str, schema: schemars::Schema) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../schema")
        .join(name);
    let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} differs from the schema the code generates; run UPDATE_SCHEMA=1 cargo test -p migratiepact-core --test solidarity",
        path.display()
    );
}

#[test]
fn schemas_match_the_code() {
    check_schema(
        "solidarity-request.schema.json",
        schemars::schema_for!(SolidarityRequest),
    );
    check_schema("solidarity-share.schema.json", schemars::schema_for!(Share));
}

/// The bound of the figures (docs/solidarity.md): a population of exactly 10^10 persons is
/// computed; one more person is refused with its JSON Pointer.
#[test]
fn population_bound_is_ten_to_the_tenth_inclusive() {
    let request = |nl: u64| {
        json!({"schemaVersion": 1, "state": "NL", "locale": "en", "figures": {"memberStates": [
            {"state": "NL", "population": nl, "gdp": 100},
            {"state": "BE", "population": 30, "gdp": 300}
        ]}})
    };
    let (ok, s) = run(&request(10_000_000_000));
    assert!(ok, "{s}");
    let (ok, s) = run(&request(10_000_000_001));
    assert!(!ok, "{s}");
    assert_eq!(s["errors"][0]["path"], "/figures/memberStates/0/population");
}

/// The bound of a GDP figure, that of the exact arithmetic: its digits (the value × 10^scale)
/// at most 10^21 and at most 6 decimals, both inclusive; beyond either it is refused with its
/// JSON Pointer.
#[test]
fn gdp_bound_is_inclusive() {
    let request = |gdp: &str| {
        format!(
            r#"{{"schemaVersion": 1, "state": "NL", "locale": "en", "figures": {{"memberStates": [
            {{"state": "NL", "population": 50, "gdp": {gdp}}},
            {{"state": "BE", "population": 30, "gdp": 300}}]}}}}"#
        )
    };
    let run_text = |gdp: &str| {
        let out = migratiepact_core::api::solidarity_json(request(gdp).as_bytes());
        (out.ok, serde_json::from_str::<Value>(&out.json).unwrap())
    };
    for accepted in ["1000000000000000000000", "0.000001"] {
        let (ok, s) = run_text(accepted);
        assert!(ok, "{accepted}: {s}");
    }
    for refused in ["2000000000000000000000", "0.0000001"] {
        let (ok, s) = run_text(refused);
        assert!(!ok, "{refused}: {s}");
        assert_eq!(s["errors"][0]["path"], "/figures/memberStates/0/gdp");
    }
}
