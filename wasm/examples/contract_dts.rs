//! Prints `wasm/js/contract.d.ts`, the TypeScript types of the npm package's JSON contract,
//! generated from the Rust types of `migratiepact-core`: the JSON Schemas schemars derives for
//! them (for the answers, schemars' serialize contract: a member is required unless serde may
//! skip it), with
//! - `T | null` for every member the engine writes as `null`, and `?` (without `null`) for every
//!   member it may leave out (never `| undefined`: what the runtime gives is what the type says);
//! - string-literal unions for the contract's ids: deadline ids (`engine::DEADLINE_ORDER`),
//!   counting rules (`calendar::Counting::name` over every variant), the JSON Pointers of every
//!   fact of a Case (`MissingFact.path`), the APR 42 ground names (`Grounds`), and every enum.
//!
//! ```text
//! cargo run -p migratiepact-wasm --example contract_dts > wasm/js/contract.d.ts
//! ```
//! `wasm/tests/contract_dts.rs` fails when the committed file differs.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, dead_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;

use migratiepact_core::api::PeriodResult;
use migratiepact_core::calendar::Counting;
use migratiepact_core::law::solidarity::{Share, SolidarityRequest};
use migratiepact_core::{Assessment, Case, ErrorReport};
use serde_json::Value;

/// Every counting rule (`Counting::ALL`, kept complete in the core).
fn countings() -> Vec<&'static str> {
    Counting::ALL.iter().map(Counting::name).collect()
}

fn union(values: &[String]) -> String {
    values
        .iter()
        .map(|v| serde_json::to_string(v).unwrap())
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The JSON Pointer of every member of a Case (objects and leaves), as `MissingFact.path` names
/// them.
fn case_paths(schema: &Value, defs: &Value, prefix: &str, out: &mut Vec<String>) {
    let schema = resolve(schema, defs);
    let alternatives = ["anyOf", "oneOf"]
        .iter()
        .filter_map(|k| schema.get(*k).and_then(Value::as_array))
        .flatten();
    for alt in alternatives {
        case_paths(alt, defs, prefix, out);
    }
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (key, sub) in props {
            let path = format!("{prefix}/{key}");
            if !out.contains(&path) {
                out.push(path.clone());
            }
            case_paths(sub, defs, &path, out);
        }
    }
}

fn resolve<'a>(schema: &'a Value, defs: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => &defs[r.rsplit('/').next().unwrap_or_default()],
        None => schema,
    }
}

struct Gen {
    /// Named types ($defs of every schema, and the schemas themselves), by name.
    types: BTreeMap<String, Value>,
    /// Named types of the engine's answers (serialize contract: optional = may be left out).
    answers: Vec<String>,
    /// (type name, member) → the TypeScript type that replaces the schema's `string`.
    overrides: BTreeMap<(&'static str, &'static str), &'static str>,
}

impl Gen {
    fn ts(&self, s: &Value) -> String {
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            return r.rsplit('/').next().unwrap_or("unknown").to_owned();
        }
        if let Some(c) = s.get("const") {
            return c.to_string();
        }
        if let Some(e) = s.get("enum").and_then(Value::as_array) {
            return e
                .iter()
                .map(Value::to_string)
                .collect::<Vec<_>>()
                .join(" | ");
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(alts) = s.get(key).and_then(Value::as_array) {
                let mut parts: Vec<String> = Vec::new();
                for alt in alts {
                    // `{"type": "string", "anyOf": [{"format": …}, …]}`: the type is the parent's.
                    let mut alt = alt.clone();
                    if let (Some(o), Some(t)) = (alt.as_object_mut(), s.get("type")) {
                        let bare = ["type", "$ref", "const", "enum"]
                            .iter()
                            .all(|k| !o.contains_key(*k));
                        if bare {
                            o.insert("type".into(), t.clone());
                        }
                    }
                    let t = self.ts(&alt);
                    if !parts.contains(&t) {
                        parts.push(t);
                    }
                }
                return parts.join(" | ");
            }
        }
        match s.get("type") {
            Some(Value::Array(types)) => types
                .iter()
                .map(|t| {
                    let mut one = s.clone();
                    one["type"] = t.clone();
                    self.ts(&one)
                })
                .collect::<Vec<_>>()
                .join(" | "),
            Some(Value::String(t)) => match t.as_str() {
                "string" => "string".into(),
                "integer" | "number" => "number".into(),
                "boolean" => "boolean".into(),
                "null" => "null".into(),
                "array" => {
                    let item = self.ts(s.get("items").unwrap_or(&Value::Null));
                    if item.contains(' ') {
                        format!("({item})[]")
                    } else {
                        format!("{item}[]")
                    }
                }
                "object" => match s.get("additionalProperties") {
                    Some(a @ Value::Object(_)) if s.get("properties").is_none() => {
                        format!("{{ [key: string]: {} }}", self.ts(a))
                    }
                    _ => "{ [key: string]: unknown }".into(),
                },
                _ => "unknown".into(),
            },
            _ => "unknown".into(),
        }
    }

    fn doc(out: &mut String, s: &Value, indent: &str) {
        if let Some(d) = s.get("description").and_then(Value::as_str) {
            let text = d.split_whitespace().collect::<Vec<_>>().join(" ");
            let _ = writeln!(out, "{indent}/** {} */", text.replace("*/", "* /"));
        }
    }

    fn declare(&self, out: &mut String, name: &str, s: &Value) {
        Self::doc(out, s, "");
        let props = s.get("properties").and_then(Value::as_object);
        let Some(props) = props.filter(|_| s.get("type") == Some(&Value::from("object"))) else {
            let _ = writeln!(out, "export type {name} = {};", self.ts(s));
            return;
        };
        let mut required: Vec<&str> = s
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        // RULES §0, every fact may be unknown: the decoder takes a Case with only its
        // schemaVersion (the sections default to empty), which the schema does not say.
        if name == "Case" {
            required.retain(|k| *k == "schemaVersion");
        }
        let _ = writeln!(out, "export interface {name} {{");
        for (key, p) in props {
            Self::doc(out, p, "  ");
            let mut t = self.ts(p);
            let over = self
                .overrides
                .iter()
                .find(|((n, k), _)| n == &name && k == key);
            if let Some((_, replacement)) = over {
                t = t.replacen("string", replacement, 1);
            }
            let opt = if required.contains(&key.as_str()) {
                ""
            } else {
                "?"
            };
            // A member serde skips when it is None is never null when present.
            if !opt.is_empty() && self.answers.iter().any(|a| a == name) {
                t = t
                    .split(" | ")
                    .filter(|p| *p != "null")
                    .collect::<Vec<_>>()
                    .join(" | ");
            }
            let _ = writeln!(out, "  {key}{opt}: {t};");
        }
        let _ = writeln!(out, "}}");
    }
}

/// The schema of an input (what the engine accepts: schemars' deserialize contract).
fn input<T: schemars::JsonSchema>() -> Value {
    serde_json::to_value(schemars::schema_for!(T)).unwrap()
}

/// The schema of an answer (what the engine writes: schemars' serialize contract).
fn answer<T: schemars::JsonSchema>() -> Value {
    let generator = schemars::generate::SchemaSettings::default()
        .for_serialize()
        .into_generator();
    serde_json::to_value(generator.into_root_schema_for::<T>()).unwrap()
}

/// The text of `wasm/js/contract.d.ts`.
pub fn generate() -> String {
    // Answers first: a type that is both (an enum, a date) keeps its answer shape.
    let answers = [
        answer::<Assessment>(),
        answer::<ErrorReport>(),
        answer::<PeriodResult>(),
        answer::<Share>(),
    ];
    let inputs = [input::<Case>(), input::<SolidarityRequest>()];
    let mut types = BTreeMap::new();
    let mut answer_names = Vec::new();
    for (i, top) in answers.iter().chain(inputs.iter()).enumerate() {
        if i < answers.len() {
            let defs = top.get("$defs").and_then(Value::as_object);
            answer_names.extend(defs.into_iter().flat_map(|d| d.keys().cloned()));
            answer_names.push(top["title"].as_str().unwrap().to_owned());
        }
        if let Some(defs) = top.get("$defs").and_then(Value::as_object) {
            for (k, v) in defs {
                types.entry(k.clone()).or_insert_with(|| v.clone());
            }
        }
        let title = top["title"].as_str().unwrap().to_owned();
        let mut own = top.clone();
        if let Some(o) = own.as_object_mut() {
            o.remove("$defs");
            o.remove("$schema");
        }
        types.insert(title, own);
    }
    let case = &inputs[0];
    let mut paths = Vec::new();
    case_paths(case, &case["$defs"], "", &mut paths);
    let grounds: Vec<String> = case["$defs"]["Grounds"]["properties"]
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    let deadline_ids: Vec<String> = migratiepact_core::engine::DEADLINE_ORDER
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let counting: Vec<String> = countings().into_iter().map(str::to_owned).collect();

    let overrides = BTreeMap::from([
        (("Deadline", "id"), "DeadlineId"),
        (("Deadline", "counting"), "CountingRule"),
        (("PeriodResult", "counting"), "CountingRule"),
        (("MissingFact", "path"), "CasePath"),
    ]);
    let gen = Gen {
        types,
        answers: answer_names,
        overrides,
    };

    let mut out = String::new();
    out.push_str(
        "// The JSON contract of migratiepact as TypeScript types. Generated from the Rust types of\n\
         // migratiepact-core by `cargo run -p migratiepact-wasm --example contract_dts`; do not edit\n\
         // (wasm/tests/contract_dts.rs fails when this file differs from what the code generates).\n\n",
    );
    let _ = writeln!(
        out,
        "/** A deadline id, in the order of an assessment's `deadlines` (RULES.md §5, §6). */\nexport type DeadlineId = {};\n",
        union(&deadline_ids)
    );
    let _ = writeln!(
        out,
        "/** A counting rule (`counting` of a deadline or a period). */\nexport type CountingRule = {};\n",
        union(&counting)
    );
    let _ = writeln!(
        out,
        "/** The name of an APR art. 42 ground (and the other grounds) of a case's `grounds`. */\nexport type GroundName = {};\n",
        union(&grounds)
    );
    let _ = writeln!(
        out,
        "/** The JSON Pointer of a fact of a Case (`missingFacts[].path`). */\nexport type CasePath = {};\n",
        union(&paths)
    );
    for (name, s) in &gen.types {
        gen.declare(&mut out, name, s);
        out.push('\n');
    }
    out.pop();
    out
}

fn main() {
    print!("{}", generate());
}
