//! Coverage of the law, from the rule registry (`migratiepact_core::registry::RULES`, after
//! RegelRecht's conformance coverage): every registered rule is exercised by at least one
//! vector, and every rule id the engine explains on any vector is registered. A rule without a
//! vector is a provision nobody has checked against a worked case; a rule without a row is one
//! the legal reference (`docs/rules.md`) does not describe.
//!
//! The exercised ids are the `explanation[].rule` values of the outputs of every vector (shared,
//! project and the special ones below). A new rule id fails here until its row is added to
//! `core/src/registry.rs` (and `docs/rules.md` regenerated); the message names the id and the
//! vectors that explain it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::fs;

use migratiepact_conformance::{
    all_vectors, check_vector, load_dir, project_vectors_dir, workspace_root,
};
use migratiepact_core::registry::{self, RULES};
use migratiepact_core::{evaluate_json_with, Options, Parameters};
use serde_json::Value;

/// The vectors that need another entry point than `evaluate_json` with the embedded parameters,
/// kept in subdirectories of `tests/vectors/` (which the plain runner does not read):
/// - `parameters/`: a `"parameters"` object whose top-level keys replace those of
///   `core/params/default.json` (crisis activations and capacity notices are data, so the rules
///   that read them need a parameter set that has some); evaluated with `evaluate_json_with`;
/// - `solidarity/`: a fair-share request for `api::solidarity_json` (AMMR 66).
///
/// Returns (vector name, output JSON), and fails on a vector whose assertions do not hold.
fn special_outputs() -> Vec<(String, String)> {
    let root = workspace_root();
    let mut out = Vec::new();
    let mut failures = Vec::new();
    let dir = project_vectors_dir().join("parameters");
    if dir.is_dir() {
        let default: Value = serde_json::from_str(
            &fs::read_to_string(root.join("core/params/default.json")).unwrap(),
        )
        .unwrap();
        for v in load_dir(&dir).unwrap() {
            let doc: Value = serde_json::from_str(&fs::read_to_string(&v.file).unwrap()).unwrap();
            let mut params = default.clone();
            if let (Some(target), Some(patch)) = (
                params.as_object_mut(),
                doc.get("parameters").and_then(Value::as_object),
            ) {
                for (k, x) in patch {
                    target.insert(k.clone(), x.clone());
                }
            } else {
                failures.push(format!("{}: no \"parameters\" object", v.file.display()));
                continue;
            }
            let params = match Parameters::from_json(params.to_string().as_bytes()) {
                Ok(p) => p,
                Err(e) => {
                    failures.push(format!("{}: parameters refused: {e:?}", v.file.display()));
                    continue;
                }
            };
            let result = evaluate_json_with(&v.input, &params, Options::default());
            for f in check_vector(&v, &result.json) {
                failures.push(format!("{} ({}): {f}", v.name, v.file.display()));
            }
            out.push((v.name, result.json));
        }
    }
    let dir = project_vectors_dir().join("solidarity");
    if dir.is_dir() {
        for v in load_dir(&dir).unwrap() {
            let result = migratiepact_core::api::solidarity_json(&v.input);
            for f in check_vector(&v, &result.json) {
                failures.push(format!("{} ({}): {f}", v.name, v.file.display()));
            }
            out.push((v.name, result.json));
        }
    }
    assert!(
        failures.is_empty(),
        "special vectors fail:\n{}",
        failures.join("\n")
    );
    out
}

/// The rule ids explained in the outputs of every vector (shared, project, and the special ones
/// of [`special_outputs`]), with the vectors that exercise them.
fn exercised_rule_ids() -> (BTreeMap<String, Vec<String>>, BTreeMap<String, Vec<Value>>) {
    let mut outputs: Vec<(String, String)> = all_vectors()
        .expect("vectors load")
        .into_iter()
        .map(|v| {
            (
                v.name.clone(),
                migratiepact_core::evaluate_json(&v.input).json,
            )
        })
        .collect();
    outputs.extend(special_outputs());
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut bases: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for (name, json) in outputs {
        let doc: Value = serde_json::from_str(&json).unwrap();
        for e in doc
            .get("explanation")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(rule) = e.get("rule").and_then(Value::as_str) {
                let names = out.entry(rule.to_owned()).or_default();
                if !names.contains(&name) {
                    names.push(name.clone());
                }
                let seen = bases.entry(rule.to_owned()).or_default();
                if !seen.contains(&e["basis"]) {
                    seen.push(e["basis"].clone());
                }
            }
        }
    }
    (out, bases)
}

#[test]
fn every_registered_rule_is_exercised_and_every_explained_rule_is_registered() {
    let (exercised, bases) = exercised_rule_ids();
    let unregistered: Vec<String> = exercised
        .keys()
        .filter(|id| registry::find(id).is_none())
        .map(|id| {
            format!(
                "  {id}  (explained by {}; basis {})",
                exercised[id].join(", "),
                bases[id].first().map(Value::to_string).unwrap_or_default()
            )
        })
        .collect();
    let unexercised: Vec<String> = RULES
        .iter()
        .filter(|r| !exercised.contains_key(r.id))
        .map(|r| format!("  {}  ({} {}, in {})", r.id, r.act, r.article, r.module))
        .collect();
    println!(
        "{} rules registered, {} exercised by vectors, {} without a vector, {} unregistered",
        RULES.len(),
        exercised.len(),
        unexercised.len(),
        unregistered.len()
    );
    assert!(
        unregistered.is_empty(),
        "{} rule ids explained by the engine but not in the registry (add a row to \
         core/src/registry.rs, then UPDATE_RULES=1 cargo test -p migratiepact-core --test rules):\n{}",
        unregistered.len(),
        unregistered.join("\n")
    );
    assert!(
        unexercised.is_empty(),
        "{} registered rules without a vector (add one in tests/vectors/ that makes the engine \
         explain it):\n{}",
        unexercised.len(),
        unexercised.join("\n")
    );
}

/// The registry's act and article are those of a basis the engine gives for the rule.
#[test]
fn the_registry_cites_a_basis_the_engine_gives() {
    let (_, bases) = exercised_rule_ids();
    let mut wrong = Vec::new();
    for r in RULES {
        let Some(seen) = bases.get(r.id) else {
            continue;
        };
        if r.article.starts_with('(') {
            // The basis is data (a parameter entry's source): the assessment cites that.
            continue;
        }
        let cited = seen
            .iter()
            .flat_map(|b| b.as_array().into_iter().flatten())
            .any(|b| b["act"] == r.act && b["article"] == r.article && b["uri"] == r.uri);
        if !cited {
            wrong.push(format!(
                "  {}: registry {} {}; engine {}",
                r.id,
                r.act,
                r.article,
                Value::Array(seen.clone())
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "registry rows whose basis the engine never gives:\n{}",
        wrong.join("\n")
    );
}
