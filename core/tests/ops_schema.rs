//! JSON Schemas of the caseload operations' outputs (issue #17), generated from the Rust types
//! like `schema.rs`; this test fails when the committed files drift. Regenerate with
//! `UPDATE_SCHEMA=1 cargo test -p migratiepact-core --test ops_schema`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use migratiepact_core::ops::agenda::{Agenda, AgendaRequest, AgendaRow};
use migratiepact_core::ops::impact::{CaseImpact, Impact};

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
        "{} differs from the schema the code generates; run UPDATE_SCHEMA=1 cargo test -p migratiepact-core --test ops_schema",
        path.display()
    );
}

#[test]
fn ops_schemas_match_the_code() {
    check(
        "agenda-request.schema.json",
        schemars::schema_for!(AgendaRequest),
    );
    check("agenda-row.schema.json", schemars::schema_for!(AgendaRow));
    check("agenda.schema.json", schemars::schema_for!(Agenda));
    check("case-impact.schema.json", schemars::schema_for!(CaseImpact));
    check("impact.schema.json", schemars::schema_for!(Impact));
}
