//! `migratiepact_core::evaluate_json` on arbitrary bytes: never panics, always answers with a
//! well-formed Assessment or ErrorReport, and answers the same way twice.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let out = migratiepact_core::evaluate_json(data);
    let doc: Value = serde_json::from_str(&out.json).expect("output is JSON");
    assert_eq!(
        doc.get("schemaVersion"),
        Some(&Value::from(1)),
        "{}",
        out.json
    );
    match doc.get("errors").and_then(Value::as_array) {
        Some(errors) => {
            assert!(!out.ok, "an assessment with errors: {}", out.json);
            assert!(!errors.is_empty(), "an empty ErrorReport");
            for e in errors {
                let path = e.get("path").and_then(Value::as_str).expect("error path");
                assert!(
                    path.is_empty() || path.starts_with('/'),
                    "bad pointer {path:?}"
                );
                assert!(
                    e.get("code").and_then(Value::as_str).is_some(),
                    "error without code"
                );
            }
        }
        None => {
            assert!(out.ok, "an ErrorReport without errors: {}", out.json);
            assert!(
                doc.get("explanation").is_some(),
                "assessment without explanation"
            );
        }
    }
    assert_eq!(
        migratiepact_core::evaluate_json(data),
        out,
        "not deterministic"
    );
});
