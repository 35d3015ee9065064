//! The JSON Schemas under `schema/` are generated from the Rust types; this test fails when the
//! committed files differ from what the code generates. Regenerate with
//! `UPDATE_SCHEMA=1 cargo test -p migratiepact-core --test schema`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use migratiepact_core::api::PeriodResult;
use migratiepact_core::contract::{Assessment, Case, ErrorReport};
use migratiepact_core::params::ParameterFile;

fn check(name: &str, schema: schemars::Schema) {
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
        "{} differs from the schema the code generates; run UPDATE_SCHEMA=1 cargo test -p migratiepact-core --test schema",
        path.display()
    );
}

#[test]
fn schemas_match_the_code() {
    check("case.schema.json", schemars::schema_for!(Case));
    check("assessment.schema.json", schemars::schema_for!(Assessment));
    check(
        "error-report.schema.json",
        schemars::schema_for!(ErrorReport),
    );
    check(
        "parameters.schema.json",
        schemars::schema_for!(ParameterFile),
    );
    check(
        "period-result.schema.json",
        schemars::schema_for!(PeriodResult),
    );
    check(
        "params-summary.schema.json",
        schemars::schema_for!(migratiepact_core::api::ParamsSummary),
    );
}

#[test]
fn case_schema_names_every_contract_section() {
    let schema = serde_json::to_value(schemars::schema_for!(Case)).unwrap();
    let props = schema["properties"].as_object().unwrap();
    for key in [
        "schemaVersion",
        "caseId",
        "asOf",
        "locale",
        "applicant",
        "application",
        "grounds",
        "screening",
        "dublin",
        "decision",
        "legacy",
    ] {
        assert!(props.contains_key(key), "Case schema lacks {key}");
    }
}
