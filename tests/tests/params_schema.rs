//! `schema/parameters.schema.json` documents the parameter format (and lets an editor check a
//! file); the engine reads files through its own decoder. This test holds the two to the same
//! files: a good file is valid under the schema and loads; each bad file is invalid under the
//! schema and refused by the engine with the code and JSON Pointer named here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use migratiepact_conformance::workspace_root;
use migratiepact_core::params::DEFAULT_JSON;
use migratiepact_core::{api, ErrorCode, Locale};
use serde_json::{json, Value};

fn validator() -> jsonschema::Validator {
    let text =
        std::fs::read_to_string(workspace_root().join("schema/parameters.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    // Formats (`date`) are checked too: in draft 2020-12 they are annotations unless asked for.
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn default() -> Value {
    serde_json::from_str(DEFAULT_JSON).unwrap()
}

#[test]
fn good_files_are_valid_under_the_schema_and_load() {
    let v = validator();
    let mut goods = vec![default()];
    let mut with_schema = default();
    with_schema["$schema"] = json!("../../schema/parameters.schema.json");
    goods.push(with_schema);
    let mut activation = default();
    activation["activations"] = json!([{
        "id": "a", "kind": "massArrivals", "from": "2026-09-01", "to": "2026-12-31",
        "initialPeriodTo": "2026-10-01", "thresholdPercent": 12.5,
        "derogations": ["registration4Weeks", "borderProcedurePlus6Weeks",
                        "returnBorderPlus6Weeks", "recognitionRateThreshold"],
        "source": {"title": "t", "url": "u"}}]);
    goods.push(activation);
    for (i, g) in goods.iter().enumerate() {
        let errors: Vec<String> = v.iter_errors(g).map(|e| e.to_string()).collect();
        assert!(
            errors.is_empty(),
            "good file {i} invalid under the schema: {errors:?}"
        );
        assert!(
            api::load_params(g.to_string().as_bytes(), Locale::En).is_ok(),
            "good file {i} refused"
        );
    }
}

#[test]
fn bad_files_are_invalid_under_the_schema_and_refused_at_their_pointer() {
    type Edit = fn(&mut Value);
    let bads: Vec<(Edit, ErrorCode, &str)> = vec![
        (|v| v["nope"] = json!(1), ErrorCode::UnknownField, "/nope"),
        (
            |v| {
                v.as_object_mut().unwrap().remove("notices");
            },
            ErrorCode::MissingField,
            "/notices",
        ),
        (
            |v| v["formatVersion"] = json!("1"),
            ErrorCode::WrongType,
            "/formatVersion",
        ),
        (
            |v| v["recognitionRates"][0]["ratePercent"] = json!("3"),
            ErrorCode::WrongType,
            "/recognitionRates/0/ratePercent",
        ),
        (
            |v| v["recognitionRates"][0]["validFrom"] = json!("2026-13-01"),
            ErrorCode::InvalidDate,
            "/recognitionRates/0/validFrom",
        ),
        (
            |v| v["safeCountries"][0]["list"] = json!("eu"),
            ErrorCode::InvalidValue,
            "/safeCountries/0/list",
        ),
        (
            |v| v["safeCountries"][0]["source"]["note"] = json!("x"),
            ErrorCode::UnknownField,
            "/safeCountries/0/source/note",
        ),
        (
            |v| {
                v["activations"] = json!([{"id": "a", "kind": "massArrivals",
                    "from": "2026-09-01", "to": "2026-12-31", "derogations": ["sometimes"],
                    "source": {"title": "t"}}]);
            },
            ErrorCode::InvalidValue,
            "/activations/0/derogations/0",
        ),
        (
            |v| v["equatedHolidays"] = json!({}),
            ErrorCode::WrongType,
            "/equatedHolidays",
        ),
    ];
    let schema = validator();
    for (i, (edit, code, path)) in bads.into_iter().enumerate() {
        let mut v = default();
        edit(&mut v);
        assert!(
            !schema.is_valid(&v),
            "bad file {i} ({path}) is valid under the schema"
        );
        let report = api::load_params(v.to_string().as_bytes(), Locale::En).unwrap_err();
        assert!(
            report
                .errors
                .iter()
                .any(|e| e.code == code && e.path == path),
            "bad file {i}: {code:?} at {path} not in {:?}",
            report.errors
        );
    }
}

/// The decoder's name table of each enumeration of the file is exactly the schema's (which is
/// generated from the enum): a variant added to `Derogation` (or another kind) without its row
/// in `VALUES` fails here, naming the table.
#[test]
fn the_decoders_names_are_the_schemas() {
    use migratiepact_core::params::{ActivationKind, Derogation, NoticeKind, SafeCountryList};
    let text =
        std::fs::read_to_string(workspace_root().join("schema/parameters.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    let names = |def: &str| -> Vec<String> {
        let mut out: Vec<String> = schema["$defs"][def]["oneOf"]
            .as_array()
            .unwrap()
            .iter()
            .map(|alt| alt["const"].as_str().unwrap().to_owned())
            .collect();
        out.sort();
        out
    };
    fn table<T: serde::Serialize>(values: &[(&str, T)]) -> Vec<String> {
        let mut out: Vec<String> = values
            .iter()
            .map(|(name, v)| {
                assert_eq!(serde_json::to_value(v).unwrap(), json!(name), "{name}");
                (*name).to_owned()
            })
            .collect();
        out.sort();
        out
    }
    assert_eq!(
        table(Derogation::VALUES),
        names("Derogation"),
        "Derogation::VALUES"
    );
    assert_eq!(
        table(ActivationKind::VALUES),
        names("ActivationKind"),
        "ActivationKind::VALUES"
    );
    assert_eq!(
        table(NoticeKind::VALUES),
        names("NoticeKind"),
        "NoticeKind::VALUES"
    );
    assert_eq!(
        table(SafeCountryList::VALUES),
        names("SafeCountryList"),
        "SafeCountryList::VALUES"
    );
}
