//! Coverage of the law: every rule id the core can explain is exercised by at least one vector
//! (after RegelRecht's conformance coverage). A rule without a vector is a provision nobody has
//! checked against a worked case.
//!
//! The rule ids are read from the source of `core/src/**`: the string literal passed as the first
//! argument of `ctx.explain(` / `self.explain(`, and the `rule: "…"` field of a `LimitSpec` (a
//! deadline's rule, explained by `Ctx::limit`). Test modules (`#[cfg(test)]` onwards) are not
//! scanned. The exercised ids are the `explanation[].rule` values of the outputs of every vector
//! (shared and project).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use migratiepact_conformance::{all_vectors, workspace_root};
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

/// The string literal starting at the first non-whitespace character of `rest`, if any.
fn leading_literal(rest: &str) -> Option<&str> {
    let rest = rest.trim_start();
    let body = rest.strip_prefix('"')?;
    let end = body.find('"')?;
    Some(&body[..end])
}

/// A rule id: dotted camelCase, e.g. "procedure.border.mandatory".
fn is_rule_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('.').all(|part| {
            part.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// Every rule id declared in the non-test source of `core/src`.
fn declared_rule_ids() -> Declared {
    let root = workspace_root();
    let mut files = Vec::new();
    rust_files(&root.join("core/src"), &mut files);
    files.sort();
    let mut out = Declared::new();
    for f in files {
        let text = fs::read_to_string(&f).unwrap();
        // Only the code before the first test module.
        let code = match text.find("#[cfg(test)]") {
            Some(i) => &text[..i],
            None => &text[..],
        };
        let rel = f.strip_prefix(&root).unwrap_or(&f).display().to_string();
        for pattern in ["ctx.explain(", "self.explain(", "rule: "] {
            let mut from = 0;
            while let Some(i) = code[from..].find(pattern) {
                let at = from + i;
                from = at + pattern.len();
                // `fn explain(&mut self, rule: &'static str …)` has no literal: skipped below.
                if let Some(id) = leading_literal(&code[from..]) {
                    if is_rule_id(id) {
                        let line = code[..at].matches('\n').count() + 1;
                        out.entry(id.to_owned())
                            .or_default()
                            .push(format!("{rel}:{line}"));
                    }
                }
            }
        }
    }
    out
}

/// The rule ids explained in the outputs of every vector, with the vectors that exercise them.
fn exercised_rule_ids() -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for v in all_vectors().expect("vectors load") {
        let result = migratiepact_core::evaluate_json(&v.input);
        let doc: Value = serde_json::from_str(&result.json).unwrap();
        for e in doc
            .get("explanation")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(rule) = e.get("rule").and_then(Value::as_str) {
                let names = out.entry(rule.to_owned()).or_default();
                if !names.contains(&v.name) {
                    names.push(v.name.clone());
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
