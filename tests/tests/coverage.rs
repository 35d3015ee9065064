//! Coverage of the law: every rule id the core can explain is exercised by at least one vector
//! (after RegelRecht's conformance coverage). A rule without a vector is a provision nobody has
//! checked against a worked case.
//!
//! The rule ids are read from the non-test source of `core/src/**` (everything before a file's
//! first `#[cfg(test)]`, comments removed): every string literal shaped like a rule id (dotted
//! camelCase, e.g. "procedure.border.mandatory") is one, except the conclusion paths handed to
//! `ctx.missing(…)` (e.g. "regime.procedure") and deadline paths ("deadlines.…"), which name
//! output fields, not rules. A literal passed straight to `explain(` or as a `LimitSpec`'s
//! `rule: "…"` is a rule id in any case. This finds ids that reach `ctx.explain` through a
//! variable (a tuple, a helper's argument) too. The exercised ids are the `explanation[].rule`
//! values of the outputs of every vector (shared and project); an exercised id the scan did not
//! find fails the test as well, so the scan cannot silently lose rules.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use migratiepact_conformance::{
    all_vectors, check_vector, load_dir, project_vectors_dir, workspace_root,
};
use migratiepact_core::{evaluate_json_with, Options, Parameters};
use serde_json::Value;

/// Where a rule id is declared: `file:line`.
type Declared = BTreeMap<String, Vec<String>>;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// A rule id: dotted camelCase, e.g. "procedure.border.mandatory".
fn is_rule_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('.').all(|part| {
            part.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// The code of a file without its test modules and without comments (string contents kept).
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => text,
    };
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        // Remove a `//` comment that is not inside a string literal.
        let mut in_str = false;
        let mut esc = false;
        let mut cut = line.len();
        let bytes = line.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if in_str {
                match (esc, b) {
                    (true, _) => esc = false,
                    (false, b'\\') => esc = true,
                    (false, b'"') => in_str = false,
                    _ => {}
                }
            } else if b == b'"' {
                in_str = true;
            } else if b == b'/' && bytes.get(i + 1) == Some(&b'/') {
                cut = i;
                break;
            }
        }
        out.push_str(&line[..cut]);
        out.push('\n');
    }
    out
}

/// Every string literal in `code` with its byte offset.
fn literals(code: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'"' {
            let start = i + 1;
            let mut j = start;
            while j < bytes.len() && bytes[j] != b'"' {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            out.push((start, code.get(start..j.min(bytes.len())).unwrap_or("")));
            i = j + 1;
        } else if bytes[i] == b'\'' && bytes.get(i + 2) == Some(&b'\'') {
            i += 3; // a char literal such as '"'
        } else {
            i += 1;
        }
    }
    out
}

/// Byte ranges of the argument lists of every `missing(` call in `code`.
fn missing_calls(code: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut from = 0;
    while let Some(i) = code[from..].find("missing(") {
        let open = from + i + "missing".len();
        let (mut depth, mut j, mut in_str) = (0usize, open, false);
        while j < bytes.len() {
            match (in_str, bytes[j]) {
                (true, b'\\') => j += 1,
                (true, b'"') | (false, b'"') => in_str = !in_str,
                (false, b'(') => depth += 1,
                (false, b')') => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        out.push((open, j));
        from = open + 1;
    }
    out
}

/// Every rule id declared in the non-test source of `core/src`, with where it is declared.
fn declared_rule_ids() -> Declared {
    let root = workspace_root();
    let mut files = Vec::new();
    rust_files(&root.join("core/src"), &mut files);
    files.sort();
    let mut out = Declared::new();
    for f in files {
        let code = code_of(&fs::read_to_string(&f).unwrap());
        let rel = f.strip_prefix(&root).unwrap_or(&f).display().to_string();
        let affects = missing_calls(&code);
        for (at, lit) in literals(&code) {
            if !is_rule_id(lit) || !lit.contains('.') {
                continue;
            }
            let before = code[..at.saturating_sub(1)].trim_end();
            let direct = before.ends_with("explain(") || before.ends_with("rule:");
            let in_missing = affects.iter().any(|(a, b)| (*a..*b).contains(&at));
            if !direct && (in_missing || lit.starts_with("deadlines.")) {
                continue;
            }
            let line = code[..at].matches('\n').count() + 1;
            out.entry(lit.to_owned())
                .or_default()
                .push(format!("{rel}:{line}"));
        }
    }
    out
}

/// The vectors that need another entry point than `evaluate_json` with the embedded parameters,
/// kept in subdirectories of `tests/vectors/` (which the plain runner does not read):
/// - `parameters/`: a `"parameters"` object whose top-level keys replace those of
///   `core/params/default.json` (crisis activations and capacity notices are data, so the rules
///   that read them need a parameter set that has some); evaluated with `evaluate_json_with`;
/// - `solidarity/`: a fair-share request for `law::solidarity::solidarity_json` (AMMR 66).
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
            let result = migratiepact_core::law::solidarity::solidarity_json(&v.input);
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
fn exercised_rule_ids() -> BTreeMap<String, Vec<String>> {
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
            }
        }
    }
    out
}

#[test]
fn the_scanner_finds_the_rule_ids() {
    let declared = declared_rule_ids();
    // The regime rules of law/transition.rs exist from the start; if these are not found, the
    // scanner is broken, not the coverage.
    for id in [
        "regime.lodgedOnOrAfterCutover",
        "regime.lodgedBeforeCutover",
    ] {
        assert!(
            declared.contains_key(id),
            "scanner missed {id}; found {declared:?}"
        );
    }
    assert!(is_rule_id("procedure.border.mandatory"));
    assert!(!is_rule_id("P5D") && !is_rule_id("") && !is_rule_id("a..b"));
}

#[test]
fn every_rule_id_in_the_core_is_exercised_by_a_vector() {
    let declared = declared_rule_ids();
    let exercised = exercised_rule_ids();
    let missing: Vec<String> = declared
        .iter()
        .filter(|(id, _)| !exercised.contains_key(*id))
        .map(|(id, at)| format!("  {id}  (declared at {})", at.join(", ")))
        .collect();
    // An id in an output that the scanner did not find means a rule id is built some other way
    // (a constant, a format!): the scanner must learn it, or coverage would silently shrink.
    let unseen: Vec<String> = exercised
        .keys()
        .filter(|id| !declared.contains_key(*id))
        .map(|id| format!("  {id}  (explained by {})", exercised[id].join(", ")))
        .collect();
    println!(
        "{} rule ids declared in core/src, {} exercised by vectors, {} without a vector",
        declared.len(),
        exercised.len(),
        missing.len()
    );
    assert!(
        unseen.is_empty(),
        "rule ids in outputs that the source scan does not find (extend declared_rule_ids):\n{}",
        unseen.join("\n")
    );
    assert!(
        missing.is_empty(),
        "{} rule ids without a vector (add one in tests/vectors/ that makes the engine explain \
         it):\n{}",
        missing.len(),
        missing.join("\n")
    );
}
