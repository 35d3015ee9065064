//! Every id the engine emits on every conformance vector has words in both languages
//! (`migratiepact_core::labels`), so a form never has to show a code.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::path::Path;

use migratiepact_core::explain::Locale;
use migratiepact_core::labels::label;
use serde_json::Value;

fn vectors() -> Vec<(String, Value)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
    let mut out = Vec::new();
    for dir in [root.clone(), root.join("public")] {
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for f in files {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
            out.push((f.display().to_string(), v));
        }
    }
    out
}

/// (group, id) for every id of an Assessment a form shows.
fn ids(a: &Value, out: &mut BTreeSet<(&'static str, String)>) {
    let mut put = |g: &'static str, v: &Value| {
        if let Some(s) = v.as_str() {
            out.insert((g, s.to_owned()));
        }
    };
    put("procedureRegime", &a["regime"]["procedure"]);
    put("responsibilityRegime", &a["regime"]["responsibility"]);
    put("workstream", &a["regime"]["workstream"]);
    put("authority", &a["screening"]["authority"]);
    put("screeningLocation", &a["screening"]["location"]);
    for c in a["screening"]["components"].as_array().unwrap() {
        put("component", &c["id"]);
        put("componentStatus", &c["status"]);
    }
    put("procedureKind", &a["procedure"]["kind"]);
    put("procedureLocation", &a["procedure"]["location"]);
    for g in a["procedure"]["grounds"].as_array().unwrap() {
        put("ground", g);
    }
    let mut bases: Vec<&Value> = Vec::new();
    for d in a["deadlines"].as_array().unwrap() {
        put("deadline", &d["id"]);
        put("deadlineActor", &d["id"]);
        put("unit", &d["unit"]);
        put("counting", &d["counting"]);
        put("countingRule", &d["counting"]);
        put("deadlineStatus", &d["status"]);
        bases.push(&d["basis"]);
        bases.push(&d["extension"]["basis"]);
        for alt in d["alternatives"].as_array().into_iter().flatten() {
            put("fact", &alt["fact"]);
            bases.push(&alt["basis"]);
        }
    }
    for m in a["missingFacts"].as_array().unwrap() {
        put("fact", &m["path"]);
        for c in m["affects"].as_array().unwrap() {
            let first = c.as_str().unwrap().split('.').next().unwrap();
            put("conclusion", &Value::from(first));
        }
    }
    for n in a["notes"].as_array().unwrap() {
        put("noteKind", &n["kind"]);
        bases.push(&n["basis"]);
    }
    for e in a["explanation"].as_array().unwrap() {
        bases.push(&e["basis"]);
    }
    for b in bases.into_iter().filter_map(Value::as_array).flatten() {
        put("act", &b["act"]);
    }
}

#[test]
fn every_id_emitted_on_every_vector_has_words() {
    let mut seen = BTreeSet::new();
    let mut evaluated = 0;
    for (_, v) in vectors() {
        let Some(input) = v.get("input") else {
            continue;
        };
        let out = migratiepact_core::evaluate_json(input.to_string().as_bytes());
        if !out.ok {
            continue;
        }
        evaluated += 1;
        ids(&serde_json::from_str(&out.json).unwrap(), &mut seen);
    }
    assert!(evaluated > 100, "only {evaluated} vectors evaluated");
    let missing: Vec<_> = seen
        .iter()
        .filter(|(g, id)| {
            [Locale::Nl, Locale::En]
                .iter()
                .any(|l| label(g, id, *l).is_none())
        })
        .collect();
    assert!(missing.is_empty(), "ids without words: {missing:?}");
    // The groups a form relies on were all exercised.
    for g in [
        "procedureKind",
        "ground",
        "deadline",
        "counting",
        "fact",
        "act",
    ] {
        assert!(seen.iter().any(|(s, _)| *s == g), "no {g} emitted");
    }
}

#[test]
fn every_fact_a_vector_gives_has_a_question() {
    fn leaves(v: &Value, at: &str, out: &mut BTreeSet<String>) {
        match v.as_object() {
            Some(o) => o
                .iter()
                .for_each(|(k, x)| leaves(x, &format!("{at}/{k}"), out)),
            None => {
                out.insert(at.to_owned());
            }
        }
    }
    let mut paths = BTreeSet::new();
    for (_, v) in vectors() {
        if let Some(input) = v.get("input") {
            leaves(input, "", &mut paths);
        }
    }
    let skip = ["/schemaVersion", "/locale", "/receipt"];
    // A section given as something other than an object (an error vector) is no fact.
    let section = |p: &str| label("section", p.trim_start_matches('/'), Locale::Nl).is_some();
    let missing: Vec<_> = paths
        .iter()
        .filter(|p| !skip.contains(&p.as_str()) && !section(p))
        .filter(|p| label("fact", p, Locale::Nl).is_none())
        .collect();
    // Vectors with unknown fields (error vectors) name fields that do not exist: only real
    // Case fields must have a question, so check against the decoder's verdict.
    let real: Vec<_> = missing
        .into_iter()
        .filter(|p| {
            let mut case = serde_json::json!({"schemaVersion": 1});
            let parts: Vec<&str> = p.trim_start_matches('/').split('/').collect();
            if parts.len() == 2 {
                case[parts[0]] = serde_json::json!({ parts[1]: null });
            } else {
                case[parts[0]] = Value::Null;
            }
            migratiepact_core::decode_case(case.to_string().as_bytes()).is_ok()
        })
        .collect();
    assert!(real.is_empty(), "facts without a question: {real:?}");
}
