//! The hostile-input catalogue (`tests/hostile/*.json`) through the Rust API: every input gives
//! its expected error code (or its expected assessment), the output is always a well-formed
//! Assessment or ErrorReport, and the answer is the same every time. The other surfaces (CLI, C,
//! WASM) run the same catalogue in `scripts/test-surfaces.sh`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashSet;

use migratiepact_conformance::{check_vector, hostile_dir, load_dir, well_formed, Vector};
use serde_json::Value;

fn catalogue() -> Vec<Vector> {
    load_dir(&hostile_dir()).expect("hostile catalogue loads")
}

#[test]
fn catalogue_has_at_least_fifty_noted_inputs_with_unique_names() {
    let all = catalogue();
    assert!(all.len() >= 50, "only {} hostile inputs", all.len());
    let mut names = HashSet::new();
    for v in &all {
        assert!(names.insert(v.name.clone()), "duplicate name {}", v.name);
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&v.file).unwrap()).unwrap();
        let note = doc.get("note").and_then(Value::as_str).unwrap_or("");
        assert!(
            !note.trim().is_empty(),
            "{}: a hostile input needs a note",
            v.file.display()
        );
    }
}

#[test]
fn every_hostile_input_gives_its_expected_answer() {
    let mut failures = Vec::new();
    let all = catalogue();
    for v in &all {
        let out = migratiepact_core::evaluate_json(&v.input);
        for mut f in check_vector(v, &out.json) {
            if f.len() > 1500 {
                let cut = (0..=1500)
                    .rev()
                    .find(|i| f.is_char_boundary(*i))
                    .unwrap_or(0);
                f.truncate(cut);
                f.push_str(" …");
            }
            failures.push(format!("{} ({}): {f}", v.name, v.file.display()));
        }
        if let Err(e) = well_formed(out.ok, &out.json) {
            failures.push(format!("{}: output not well-formed: {e}", v.name));
        }
        let again = migratiepact_core::evaluate_json(&v.input);
        if again != out {
            failures.push(format!(
                "{}: a second evaluation gave another answer",
                v.name
            ));
        }
    }
    println!("{} hostile inputs, {} failures", all.len(), failures.len());
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn oversized_input_is_refused_without_reading_it() {
    // 16 MiB of bytes that are not UTF-8: the size check comes first, so the message is cheap.
    let big = vec![0xFFu8; 16 * 1024 * 1024];
    let out = migratiepact_core::evaluate_json(&big);
    assert!(!out.ok);
    assert!(out.json.contains(r#""code":"tooLarge""#), "{}", out.json);
    assert!(out.json.len() < 512, "the report does not echo the input");
}

/// Figures for docs/limits.md: work grows linearly with input size. Wall time is printed, not
/// asserted (timing assertions flake); run with
/// `cargo test --release -p migratiepact-conformance --test hostile -- --ignored --nocapture`.
#[test]
#[ignore = "measurement, not a check: prints figures for docs/limits.md"]
fn work_grows_linearly_with_input_size() {
    let base =
        br#"{"schemaVersion":1,"application":{"madeAt":"2026-06-15","lodgedAt":"2026-06-20"}"#;
    let sizes = [1_000usize, 10_000, 100_000, 1_000_000];
    type Pad = fn(usize) -> Vec<u8>;
    let shapes: [(&str, Pad); 4] = [
        ("whitespace", |n| vec![b' '; n]),
        ("unknownKeys", |n| {
            let mut s = Vec::new();
            let mut i = 0;
            while s.len() < n {
                s.extend(format!(",\"k{i}\":0").bytes());
                i += 1;
            }
            s
        }),
        ("bigArray", |n| {
            let mut s = b",\"x\":[0".to_vec();
            s.extend(b",0".repeat(n / 2));
            s.push(b']');
            s
        }),
        ("nestedShallow", |n| {
            // Many depth-31 arrays side by side: the depth scan and the parser stay linear.
            let unit = format!("{}{}", "[".repeat(30), "]".repeat(30));
            let mut s = b",\"x\":[".to_vec();
            let k = n / (unit.len() + 1);
            s.extend(vec![unit; k.max(1)].join(",").bytes());
            s.push(b']');
            s
        }),
    ];
    for (name, pad) in shapes {
        for n in sizes {
            let mut input = base.to_vec();
            input.extend(pad(n));
            input.push(b'}');
            let rounds = (2_000_000 / input.len()).clamp(3, 2000);
            let start = std::time::Instant::now();
            let mut ok = 0;
            for _ in 0..rounds {
                ok += usize::from(migratiepact_core::evaluate_json(&input).ok);
            }
            let per = start.elapsed().as_nanos() / rounds as u128;
            println!(
                "{name:>14} {:>8} bytes: {:>10} ns/eval, {:>6.1} ns/byte (ok {ok}/{rounds})",
                input.len(),
                per,
                per as f64 / input.len() as f64
            );
        }
    }
}

/// A refusal is bounded: at most 100 problems and one `tooManyErrors` entry, so the answer to
/// a megabyte of unknown keys is a few kilobytes (docs/limits.md states the bound).
#[test]
fn a_megabyte_of_unknown_keys_gets_a_bounded_report() {
    let v = catalogue()
        .into_iter()
        .find(|v| v.name == "hostile-a-megabyte-of-unknown-keys")
        .expect("the vector is in the catalogue");
    assert!(v.input.len() > 900_000 && v.input.len() <= 1024 * 1024);
    let out = migratiepact_core::evaluate_json(&v.input);
    assert!(!out.ok);
    let doc: Value = serde_json::from_str(&out.json).unwrap();
    let errors = doc["errors"].as_array().unwrap();
    assert_eq!(
        errors.len(),
        migratiepact_core::contract::decode::MAX_ERRORS + 1
    );
    assert!(out.json.len() < 16 * 1024, "{} bytes", out.json.len());
    // The same bound in English, through the surface's locale option.
    let en = migratiepact_core::evaluate_json_with(
        &v.input,
        migratiepact_core::Parameters::embedded(),
        migratiepact_core::Options {
            locale: Some(migratiepact_core::Locale::En),
        },
    );
    let doc: Value = serde_json::from_str(&en.json).unwrap();
    assert_eq!(
        doc["errors"][100]["message"],
        "and 89901 more problems; this report lists at most 100"
    );
}
