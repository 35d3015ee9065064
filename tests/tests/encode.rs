//! The output writer (`migratiepact_core::contract::encode`, with its fast path for strings that
//! need no escaping) against `serde_json`: byte for byte the same JSON for every vector, in both
//! languages, for assessments and error reports alike, and for the hostile inputs.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use migratiepact_conformance::{all_vectors, hostile_dir};
use migratiepact_core::{evaluate_json_with, render, Locale, Options, Parameters};

fn same_as_serde_json(bytes: &[u8], locale: Option<Locale>) -> (bool, usize) {
    let params = Parameters::embedded();
    // The surface's locale is that of the decoder's messages too.
    let result = migratiepact_core::api::decode_case_with(bytes, Options { locale })
        .and_then(|case| migratiepact_core::evaluate_with(&case, params, Options { locale }));
    let expected = match &result {
        Ok(a) => serde_json::to_string(a).unwrap(),
        Err(r) => serde_json::to_string(r).unwrap(),
    };
    let out = render(&result);
    assert_eq!(out.json, expected);
    assert_eq!(
        evaluate_json_with(bytes, params, Options { locale }).json,
        expected
    );
    // Appending to a caller's buffer gives the same bytes after what was there.
    let mut buf = b"previous answer\n".to_vec();
    let ok = migratiepact_core::evaluate_json_into(bytes, params, Options { locale }, &mut buf);
    assert_eq!(ok, result.is_ok());
    assert_eq!(
        buf.strip_prefix(b"previous answer\n"),
        Some(expected.as_bytes())
    );
    (result.is_ok(), expected.len())
}

#[test]
fn every_vector_is_written_as_serde_json_writes_it() {
    let vectors = all_vectors().unwrap();
    assert!(vectors.len() > 300, "only {} vectors", vectors.len());
    let (mut ok, mut errors, mut bytes) = (0, 0, 0);
    for v in &vectors {
        let input = &v.input;
        for locale in [None, Some(Locale::Nl), Some(Locale::En)] {
            let (assessed, n) = same_as_serde_json(input, locale);
            if assessed {
                ok += 1;
            } else {
                errors += 1;
            }
            bytes += n;
        }
    }
    // Both kinds of output are covered, and real volumes of text.
    assert!(
        ok > 500 && errors > 20,
        "{ok} assessments, {errors} reports"
    );
    assert!(bytes > 5_000_000, "{bytes} bytes");
}

#[test]
fn every_hostile_input_is_written_as_serde_json_writes_it() {
    let mut n = 0;
    for entry in std::fs::read_dir(hostile_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let bytes = std::fs::read(&path).unwrap();
            same_as_serde_json(&bytes, None);
            n += 1;
        }
    }
    assert!(n >= 100, "{n} hostile inputs");
}
