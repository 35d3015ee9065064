//! Decision receipts: issued on request, hashes over the canonical forms, and `verify`
//! confirming the same result or naming what differs (docs/receipts.md).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use migratiepact_core::receipt::{self, Receipt};
use migratiepact_core::{decode_case, evaluate, evaluate_json, Parameters};
use serde_json::{json, Value};

const CASE: &str = r#"{"schemaVersion":1,"receipt":true,"asOf":"2026-07-01","application":{"madeAt":"2026-06-15","registeredAt":"2026-06-16","lodgedAt":"2026-06-20","situation":"territory"}}"#;

fn assessment(case: &str) -> Value {
    let out = evaluate_json(case.as_bytes());
    assert!(out.ok, "{}", out.json);
    serde_json::from_str(&out.json).unwrap()
}

#[test]
fn receipt_only_when_asked() {
    let without = CASE.replace(r#""receipt":true,"#, "");
    assert!(assessment(&without).get("receipt").is_none());
    let with = assessment(CASE);
    let r: Receipt = serde_json::from_value(with["receipt"].clone()).unwrap();
    assert_eq!(r.receipt_version, 1);
    assert_eq!(r.engine_version, with["engine"]["version"]);
    assert_eq!(r.ruleset, with["engine"]["ruleset"]);
    assert_eq!(r.parameters, Parameters::embedded().hash);
    assert_eq!(r.canonicalization, "migratiepact-c14n-1");
    assert!(r.input.starts_with("sha256:") && r.input.len() == 7 + 64);
}

#[test]
fn input_hash_is_sha256_of_the_documented_canonical_form() {
    // Written by hand from docs/receipts.md: decoded facts, keys sorted, no whitespace, unknown
    // facts left out, empty sections as {}, the receipt flag left out.
    let canonical = r#"{"applicant":{},"application":{"lodgedAt":"2026-06-20","madeAt":"2026-06-15","registeredAt":"2026-06-16","situation":"territory"},"asOf":"2026-07-01","decision":{},"dublin":{},"grounds":{},"legacy":{},"schemaVersion":1,"screening":{}}"#;
    let case = decode_case(CASE.as_bytes()).unwrap();
    assert_eq!(receipt::canonical_case(&case), canonical);
    let with = assessment(CASE);
    assert_eq!(with["receipt"]["input"], receipt::sha256(canonical));
}

#[test]
fn output_hash_covers_the_assessment_without_its_receipt() {
    let case = decode_case(CASE.as_bytes()).unwrap();
    let a = evaluate(&case, Parameters::embedded()).unwrap();
    let r = a.receipt.clone().unwrap();
    let mut v = serde_json::to_value(&a).unwrap();
    v.as_object_mut().unwrap().remove("receipt");
    assert_eq!(r.output, receipt::sha256(&receipt::canonical_json(&v)));
}

#[test]
fn verify_a_receipt_same() {
    let stored = assessment(CASE)["receipt"].to_string();
    let v = receipt::verify(CASE.as_bytes(), stored.as_bytes(), Parameters::embedded()).unwrap();
    assert!(v.same, "{:?}", v.differences);
    assert_eq!(v.checked, "receipt");
    // Spelling does not matter: reordered keys, spaces and nulls hash the same.
    let respelled = r#"{ "application": {"situation":"territory","lodgedAt":"2026-06-20","registeredAt":"2026-06-16","madeAt":"2026-06-15","detained":null},
        "asOf":"2026-07-01", "schemaVersion": 1 }"#;
    let v = receipt::verify(
        respelled.as_bytes(),
        stored.as_bytes(),
        Parameters::embedded(),
    )
    .unwrap();
    assert!(v.same, "{:?}", v.differences);
}

#[test]
fn verify_names_a_changed_fact_and_a_changed_parameter_set() {
    let stored = assessment(CASE)["receipt"].to_string();
    let other_case = CASE.replace("2026-06-20", "2026-06-22");
    let v = receipt::verify(
        other_case.as_bytes(),
        stored.as_bytes(),
        Parameters::embedded(),
    )
    .unwrap();
    assert!(!v.same);
    let paths: Vec<&str> = v.differences.iter().map(|d| d.path.as_str()).collect();
    assert!(paths.contains(&"/receipt/input"), "{paths:?}");
    assert!(paths.contains(&"/receipt/output"), "{paths:?}");

    let mut params: Value = serde_json::from_str(migratiepact_core::params::DEFAULT_JSON).unwrap();
    params["name"] = json!("nl-test-replacement");
    let params = Parameters::load(params.to_string().as_bytes()).unwrap();
    let v = receipt::verify(CASE.as_bytes(), stored.as_bytes(), &params).unwrap();
    assert!(!v.same);
    let d = v
        .differences
        .iter()
        .find(|d| d.path == "/receipt/parameters")
        .unwrap();
    assert_eq!(d.stored, json!(Parameters::embedded().hash));
    assert_eq!(d.now, json!(params.hash));
}

#[test]
fn verify_a_stored_assessment_field_by_field() {
    let mut stored = assessment(CASE);
    let v = receipt::verify(
        CASE.as_bytes(),
        stored.to_string().as_bytes(),
        Parameters::embedded(),
    )
    .unwrap();
    assert!(v.same, "{:?}", v.differences);
    assert_eq!(v.checked, "assessmentWithReceipt");

    // Tamper with a stored conclusion: the diff names the field, the receipt the output hash.
    let i = stored["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .position(|d| d["id"] == "registration")
        .unwrap();
    stored["deadlines"][i]["due"] = json!("2026-06-30");
    let v = receipt::verify(
        CASE.as_bytes(),
        stored.to_string().as_bytes(),
        Parameters::embedded(),
    )
    .unwrap();
    assert!(!v.same);
    let d = v
        .differences
        .iter()
        .find(|d| d.path == format!("/deadlines/{i}/due"))
        .unwrap();
    assert_eq!(d.stored, json!("2026-06-30"));
    assert_eq!(d.now, json!("2026-06-22"));

    // Without a receipt, the field comparison alone.
    stored.as_object_mut().unwrap().remove("receipt");
    let v = receipt::verify(
        CASE.as_bytes(),
        stored.to_string().as_bytes(),
        Parameters::embedded(),
    )
    .unwrap();
    assert_eq!(v.checked, "assessment");
    assert_eq!(v.differences.len(), 1);
}

#[test]
fn verify_refuses_what_it_cannot_read() {
    let e = receipt::verify(CASE.as_bytes(), b"{\"foo\":1}", Parameters::embedded()).unwrap_err();
    assert_eq!(e.errors[0].path, "");
    let e = receipt::verify(
        b"{\"schemaVersion\":1,\"bogus\":1}",
        b"{}",
        Parameters::embedded(),
    )
    .unwrap_err();
    assert_eq!(e.errors[0].path, "/bogus");
    let out = migratiepact_core::api::verify_json(CASE.as_bytes(), b"[]", Parameters::embedded());
    assert!(!out.ok);
}
