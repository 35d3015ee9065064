//! wasm-bindgen-test in Node (`scripts/test-wasm.sh`): the exported functions called as
//! JavaScript calls them, checked against the native core entry points.
//! Only for wasm32 (JS imports cannot run natively); `cargo test --workspace` skips it.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use js_sys::{Object, Reflect, JSON};
use migratiepact_wasm::{deadline, evaluate, evaluate_json, version, Engine};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn pointer(v: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(v.clone(), |acc, k| get(&acc, k))
}

fn parse(s: &str) -> JsValue {
    JSON::parse(s).unwrap()
}

const BORDER: &str = r#"{"schemaVersion":1,"applicant":{"dateOfBirth":"1990-01-01","nationality":"MAR"},
 "application":{"madeAt":"2026-09-01T10:00:00+02:00","lodgedAt":"2026-09-03","situation":"borderCrossingPoint",
 "borderLocation":"schiphol"},"grounds":{"misledAuthorities":true}}"#;

#[wasm_bindgen_test]
fn evaluate_equals_native_evaluate_json_with_a_type_tag() {
    let out = evaluate(parse(BORDER));
    assert_eq!(get(&out, "type").as_string().as_deref(), Some("assessment"));
    // Without the tag the object serialises to exactly the core's JSON.
    let native = migratiepact_core::evaluate_json(BORDER.as_bytes()).json;
    Reflect::delete_property(out.unchecked_ref::<Object>(), &"type".into()).unwrap();
    assert_eq!(JSON::stringify(&out).unwrap().as_string().unwrap(), native);
}

#[wasm_bindgen_test]
fn evaluate_json_is_the_core_output() {
    assert_eq!(
        evaluate_json(BORDER),
        migratiepact_core::evaluate_json(BORDER.as_bytes()).json
    );
    assert_eq!(
        evaluate_json("{"),
        migratiepact_core::evaluate_json(b"{").json
    );
}

#[wasm_bindgen_test]
fn bad_case_is_a_value_with_the_pointer() {
    let out = evaluate(parse(
        r#"{"schemaVersion":1,"application":{"madeAt":"2026-02-30"}}"#,
    ));
    assert_eq!(get(&out, "type").as_string().as_deref(), Some("errors"));
    let first = Reflect::get_u32(&get(&out, "errors"), 0).unwrap();
    assert_eq!(
        get(&first, "code").as_string().as_deref(),
        Some("invalidDate")
    );
    assert_eq!(
        get(&first, "path").as_string().as_deref(),
        Some("/application/madeAt")
    );
}

#[wasm_bindgen_test]
fn undefined_is_an_invalid_json_value_not_an_exception() {
    let out = evaluate(JsValue::UNDEFINED);
    assert_eq!(get(&out, "type").as_string().as_deref(), Some("errors"));
    let first = Reflect::get_u32(&get(&out, "errors"), 0).unwrap();
    assert_eq!(
        get(&first, "code").as_string().as_deref(),
        Some("invalidJson")
    );
}

#[wasm_bindgen_test]
fn deadline_eu_and_nl() {
    // Reg. 1182/71: 5 days from Monday 2026-06-15 end on Saturday 20 June, extended by 3(4) to
    // Monday 22 June.
    let eu = deadline("2026-06-15", "P5D", "eu", None);
    assert_eq!(get(&eu, "type").as_string().as_deref(), Some("deadline"));
    assert_eq!(get(&eu, "due").as_string().as_deref(), Some("2026-06-22"));
    assert_eq!(get(&eu, "counting").as_string().as_deref(), Some("pr1182"));
    let nl = deadline("2026-06-15", "P1W", "nl", Some("en".into()));
    assert_eq!(get(&nl, "counting").as_string().as_deref(), Some("atw"));
    assert_eq!(get(&nl, "due").as_string().as_deref(), Some("2026-06-22"));
}

#[wasm_bindgen_test]
fn deadline_errors_are_values() {
    let out = deadline("2026-13-01", "P5X", "xx", None);
    assert_eq!(get(&out, "type").as_string().as_deref(), Some("errors"));
    let out = deadline("2026-06-15", "P5X", "eu", None);
    assert_eq!(
        pointer(
            &Reflect::get_u32(&get(&out, "errors"), 0).unwrap(),
            &["path"]
        )
        .as_string()
        .as_deref(),
        Some("/period")
    );
}

#[wasm_bindgen_test]
fn version_is_the_core_version() {
    assert_eq!(version(), migratiepact_core::VERSION);
}

#[wasm_bindgen_test]
fn engine_with_the_default_parameters_agrees_with_evaluate() {
    let engine = Engine::new(migratiepact_core::params::DEFAULT_JSON).unwrap();
    assert_eq!(engine.evaluate_json(BORDER), evaluate_json(BORDER));
    assert_eq!(
        engine.parameters(),
        migratiepact_core::Parameters::embedded().hash
    );
}

#[wasm_bindgen_test]
fn engine_from_bad_parameters_is_a_value() {
    let out = Engine::from_params("{\"nope\":1}");
    assert_eq!(get(&out, "type").as_string().as_deref(), Some("errors"));
}
