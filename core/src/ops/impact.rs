//! The impact of a change: every case evaluated twice — under two parameter sets (a country
//! added to the safe list, a crisis activation, a capacity notice) or by today's engine against
//! a stored answer (a new release against the last one) — and the two assessments compared by
//! JSON Pointer.
//!
//! Compared: the regime's workstream, the procedure (kind, mandatory, grounds, location), every
//! deadline's `due` and `status` (by id; a deadline that appears or disappears is a change of
//! `/deadlines/<index>`), reception, Eurodac (leaf by leaf, their `basis` lists aside) and the
//! set of missing facts. Paths point into the new assessment (into the old one for a deadline
//! that disappeared). Texts, explanations and notes are not compared: they follow from these.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::contract::decode::parse_date;
use crate::contract::{Assessment, ErrorReport};
use crate::{Options, Parameters};

/// One change.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// JSON Pointer into the assessment.
    pub path: String,
    /// The value before (null when absent).
    pub old: Value,
    /// The value after (null when absent).
    pub new: Value,
    /// For a change of a deadline: its id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<&'static str>,
}

/// What changed for one case.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CaseImpact {
    /// The case's reference.
    pub case_id: Option<String>,
    /// The changes, in the order of the assessment.
    pub changes: Vec<Change>,
}

/// One deadline as compared.
#[derive(Debug, Clone, PartialEq)]
struct Limit {
    id: &'static str,
    index: usize,
    due: Value,
    status: Value,
}

/// The compared parts of an answer (an Assessment, or the errors of an ErrorReport).
#[derive(Debug, Clone, PartialEq)]
pub struct Digest {
    top: Vec<(&'static str, Value)>,
    limits: Vec<Limit>,
    missing: Value,
}

const TOP: [&str; 7] = [
    "/regime/workstream",
    "/procedure/kind",
    "/procedure/mandatory",
    "/procedure/grounds",
    "/procedure/location",
    "/reception",
    "/eurodac",
];

fn known_id(id: &str) -> Option<&'static str> {
    crate::catalog::DEADLINES
        .iter()
        .find(|d| d.id == id)
        .map(|d| d.id)
}

impl Digest {
    /// Of a typed assessment.
    pub fn of(a: &Assessment) -> Digest {
        let val = |x: Result<Value, serde_json::Error>| x.unwrap_or(Value::Null);
        let top = vec![
            (TOP[0], val(serde_json::to_value(a.regime.workstream))),
            (TOP[1], val(serde_json::to_value(a.procedure.kind))),
            (TOP[2], Value::from(a.procedure.mandatory)),
            (TOP[3], Value::from(a.procedure.grounds.clone())),
            (TOP[4], val(serde_json::to_value(a.procedure.location))),
            (TOP[5], val(serde_json::to_value(&a.reception))),
            (TOP[6], val(serde_json::to_value(&a.eurodac))),
        ];
        let limits = a
            .deadlines
            .iter()
            .enumerate()
            .map(|(index, d)| Limit {
                id: d.id,
                index,
                due: Value::from(d.due.as_str()),
                status: val(serde_json::to_value(d.status)),
            })
            .collect();
        let mut paths: Vec<&str> = a.missing_facts.iter().map(|m| m.path).collect();
        paths.sort_unstable();
        paths.dedup();
        Digest {
            top,
            limits,
            missing: Value::from(paths),
        }
    }

    /// Of an ErrorReport.
    pub fn of_errors(r: &ErrorReport) -> Digest {
        Digest {
            top: vec![(
                "/errors",
                serde_json::to_value(&r.errors).unwrap_or(Value::Null),
            )],
            limits: Vec::new(),
            missing: Value::Array(Vec::new()),
        }
    }
}

/// Leaf-by-leaf differences of two JSON values under `path` (objects by key, their `basis`
/// lists aside; arrays and scalars as a whole).
fn diff_value(path: &str, old: &Value, new: &Value, out: &mut Vec<Change>) {
    if old == new {
        return;
    }
    if let (Value::Object(a), Value::Object(b)) = (old, new) {
        let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
        for k in keys {
            if k == "basis" {
                continue;
            }
            let o = a.get(k).unwrap_or(&Value::Null);
            let n = b.get(k).unwrap_or(&Value::Null);
            diff_value(&format!("{path}/{k}"), o, n, out);
        }
        return;
    }
    out.push(Change {
        path: path.to_owned(),
        old: old.clone(),
        new: new.clone(),
        deadline: None,
    });
}

fn limit_value(l: &Limit) -> Value {
    serde_json::json!({"id": l.id, "due": l.due, "status": l.status})
}

/// The changes from `old` to `new`.
pub fn diff(old: &Digest, new: &Digest) -> Vec<Change> {
    let mut out = Vec::new();
    let top_old: BTreeMap<&str, &Value> = old.top.iter().map(|(p, v)| (*p, v)).collect();
    let top_new: BTreeMap<&str, &Value> = new.top.iter().map(|(p, v)| (*p, v)).collect();
    for (p, n) in &new.top {
        diff_value(
            p,
            top_old.get(p).copied().unwrap_or(&Value::Null),
            n,
            &mut out,
        );
    }
    for (p, o) in &old.top {
        if !top_new.contains_key(p) {
            diff_value(p, o, &Value::Null, &mut out);
        }
    }
    for n in &new.limits {
        match old.limits.iter().find(|o| o.id == n.id) {
            Some(o) => {
                for (field, ov, nv) in [("due", &o.due, &n.due), ("status", &o.status, &n.status)] {
                    if ov != nv {
                        out.push(Change {
                            path: format!("/deadlines/{}/{field}", n.index),
                            old: ov.clone(),
                            new: nv.clone(),
                            deadline: Some(n.id),
                        });
                    }
                }
            }
            None => out.push(Change {
                path: format!("/deadlines/{}", n.index),
                old: Value::Null,
                new: limit_value(n),
                deadline: Some(n.id),
            }),
        }
    }
    for o in &old.limits {
        if !new.limits.iter().any(|n| n.id == o.id) {
            out.push(Change {
                path: format!("/deadlines/{}", o.index),
                old: limit_value(o),
                new: Value::Null,
                deadline: Some(o.id),
            });
        }
    }
    if old.missing != new.missing {
        out.push(Change {
            path: String::from("/missingFacts"),
            old: old.missing.clone(),
            new: new.missing.clone(),
            deadline: None,
        });
    }
    out
}

fn answer(
    bytes: &[u8],
    params: &Parameters,
    options: Options,
) -> (Option<String>, Result<Assessment, ErrorReport>) {
    match crate::decode_case(bytes) {
        Ok(case) => (
            case.case_id.clone(),
            crate::evaluate_with(&case, params, options),
        ),
        Err(r) => (None, Err(r)),
    }
}

/// The parts of a stored answer that are compared; everything else (explanations, notes, the
/// monitoring record) is skipped by the parser without being kept.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Stored {
    case_id: Option<String>,
    errors: Option<Value>,
    regime: Option<StoredRegime>,
    procedure: Option<StoredProcedure>,
    #[serde(default)]
    deadlines: Vec<StoredDeadline>,
    reception: Option<Value>,
    eurodac: Option<Value>,
    #[serde(default)]
    missing_facts: Vec<StoredMissing>,
}

#[derive(Deserialize)]
struct StoredRegime {
    workstream: Option<Value>,
}

#[derive(Deserialize)]
struct StoredProcedure {
    kind: Option<Value>,
    mandatory: Option<Value>,
    grounds: Option<Value>,
    location: Option<Value>,
}

#[derive(Deserialize)]
struct StoredDeadline {
    id: String,
    due: Option<Value>,
    status: Option<Value>,
}

#[derive(Deserialize)]
struct StoredMissing {
    path: String,
}

impl Digest {
    /// Of a stored answer as JSON bytes (an Assessment, or an ErrorReport compared by its
    /// errors), with its case id; `None` when the bytes are not such a document.
    pub fn of_stored(bytes: &[u8]) -> Option<(Option<String>, Digest)> {
        // Every compared member comes before `explanation` in the engine's fixed member order
        // (the bulk of an answer: explanations, notes, monitoring): parse the part before it,
        // closed as an object. A quote inside a JSON string is escaped, so the key cannot be
        // matched inside a text; should the cut not parse, the whole answer is parsed.
        const CUT: &[u8] = b",\"explanation\":";
        let head = memchr::memmem::find(bytes, CUT)
            .and_then(|i| bytes.get(..i))
            .map(|h| [h, b"}"].concat());
        let s: Stored = match head.and_then(|h| serde_json::from_slice(&h).ok()) {
            Some(s) => s,
            None => serde_json::from_slice(bytes).ok()?,
        };
        if let Some(errors) = s.errors {
            return Some((
                s.case_id,
                Digest {
                    top: vec![("/errors", errors)],
                    limits: Vec::new(),
                    missing: Value::Array(Vec::new()),
                },
            ));
        }
        let v = |x: Option<Value>| x.unwrap_or(Value::Null);
        let (kind, mandatory, grounds, location) = match s.procedure {
            Some(p) => (v(p.kind), v(p.mandatory), v(p.grounds), v(p.location)),
            None => (Value::Null, Value::Null, Value::Null, Value::Null),
        };
        let top = vec![
            (TOP[0], v(s.regime.and_then(|r| r.workstream))),
            (TOP[1], kind),
            (TOP[2], mandatory),
            (TOP[3], grounds),
            (TOP[4], location),
            (TOP[5], v(s.reception)),
            (TOP[6], v(s.eurodac)),
        ];
        let limits = s
            .deadlines
            .into_iter()
            .enumerate()
            .filter_map(|(index, d)| {
                Some(Limit {
                    id: known_id(&d.id)?,
                    index,
                    due: v(d.due),
                    status: v(d.status),
                })
            })
            .collect();
        let mut paths: Vec<String> = s.missing_facts.into_iter().map(|m| m.path).collect();
        paths.sort_unstable();
        paths.dedup();
        Some((
            s.case_id,
            Digest {
                top,
                limits,
                missing: Value::from(paths),
            },
        ))
    }
}

fn digest(r: &Result<Assessment, ErrorReport>) -> Digest {
    match r {
        Ok(a) => Digest::of(a),
        Err(e) => Digest::of_errors(e),
    }
}

/// The impact on one case (JSON bytes) of replacing the parameter set `base` by `new`; `None`
/// when nothing compared changes.
pub fn impact_params(
    bytes: &[u8],
    base: &Parameters,
    new: &Parameters,
    options: Options,
) -> Option<CaseImpact> {
    // Decoded once, evaluated twice.
    let (case_id, old, now) = match crate::decode_case(bytes) {
        Ok(case) => (
            case.case_id.clone(),
            crate::evaluate_with(&case, base, options),
            crate::evaluate_with(&case, new, options),
        ),
        Err(r) => (None, Err(r.clone()), Err(r)),
    };
    let changes = diff(&digest(&old), &digest(&now));
    (!changes.is_empty()).then_some(CaseImpact { case_id, changes })
}

/// The impact on one case of today's engine against a stored answer (an Assessment or an
/// ErrorReport as JSON bytes); `None` when nothing compared changes. A stored line that is not
/// such a document is compared as `{"errors": null}`: every part of today's answer is a change.
pub fn impact_stored(
    bytes: &[u8],
    stored: &[u8],
    params: &Parameters,
    options: Options,
) -> Option<CaseImpact> {
    let (case_id, now) = answer(bytes, params, options);
    let (stored_id, old) = Digest::of_stored(stored).unwrap_or_else(|| {
        (
            None,
            Digest {
                top: vec![("/errors", Value::Null)],
                limits: Vec::new(),
                missing: Value::Array(Vec::new()),
            },
        )
    });
    let changes = diff(&old, &digest(&now));
    (!changes.is_empty()).then_some(CaseImpact {
        case_id: case_id.or(stored_id),
        changes,
    })
}

/// The summary of an impact run: what a policy officer reads first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ImpactSummary {
    /// Cases compared.
    pub cases: u64,
    /// Cases with at least one change.
    pub changed: u64,
    /// Cases whose procedure (kind, mandatory, location) changes.
    pub procedure_changed: u64,
    /// Procedure kind changes, "old → new", with their number of cases.
    pub procedure_kinds: BTreeMap<String, u64>,
    /// Deadlines whose due date moved, per id, per number of days moved (new − old).
    pub deadlines_moved: BTreeMap<String, BTreeMap<i64, u64>>,
    /// Deadlines that appear, per id.
    pub deadlines_added: BTreeMap<String, u64>,
    /// Deadlines that disappear, per id.
    pub deadlines_removed: BTreeMap<String, u64>,
    /// Cases that now miss a limit: a deadline that becomes `expired` or `missed`.
    pub now_missing_a_limit: u64,
    /// Changes per path (deadline indexes replaced by ids: `/deadlines/examination/due`).
    pub changes_by_path: BTreeMap<String, u64>,
}

fn is_late(v: &Value) -> bool {
    matches!(v.as_str(), Some("expired" | "missed"))
}

impl ImpactSummary {
    /// Counts one case (`None`: unchanged).
    pub fn add(&mut self, c: Option<&CaseImpact>) {
        self.cases += 1;
        let Some(c) = c else {
            return;
        };
        self.changed += 1;
        let mut procedure = false;
        let mut late = false;
        let (mut kind_old, mut kind_new) = (None, None);
        for ch in &c.changes {
            let key = match ch.deadline {
                Some(id) => {
                    let field = ch
                        .path
                        .rsplit('/')
                        .next()
                        .filter(|f| !f.starts_with(char::is_numeric));
                    match field {
                        Some(f) => format!("/deadlines/{id}/{f}"),
                        None => format!("/deadlines/{id}"),
                    }
                }
                None => ch.path.clone(),
            };
            *self.changes_by_path.entry(key).or_default() += 1;
            if ch.path.starts_with("/procedure/") && ch.path != "/procedure/grounds" {
                procedure = true;
            }
            if ch.path == "/procedure/kind" {
                kind_old = Some(ch.old.clone());
                kind_new = Some(ch.new.clone());
            }
            if let Some(id) = ch.deadline {
                if ch.path.ends_with("/due") {
                    if let (Some(o), Some(n)) = (
                        ch.old.as_str().and_then(parse_date),
                        ch.new.as_str().and_then(parse_date),
                    ) {
                        *self
                            .deadlines_moved
                            .entry(id.to_owned())
                            .or_default()
                            .entry((n - o).num_days())
                            .or_default() += 1;
                    }
                } else if ch.path.ends_with("/status") {
                    late |= is_late(&ch.new) && !is_late(&ch.old);
                } else if ch.old.is_null() {
                    *self.deadlines_added.entry(id.to_owned()).or_default() += 1;
                    late |= ch.new.get("status").is_some_and(is_late);
                } else if ch.new.is_null() {
                    *self.deadlines_removed.entry(id.to_owned()).or_default() += 1;
                }
            }
        }
        if procedure {
            self.procedure_changed += 1;
        }
        if let (Some(o), Some(n)) = (kind_old, kind_new) {
            let name = |v: &Value| v.as_str().unwrap_or("undetermined").to_owned();
            *self
                .procedure_kinds
                .entry(format!("{} → {}", name(&o), name(&n)))
                .or_default() += 1;
        }
        if late {
            self.now_missing_a_limit += 1;
        }
    }

    /// Adds another summary.
    pub fn merge(&mut self, o: &ImpactSummary) {
        self.cases += o.cases;
        self.changed += o.changed;
        self.procedure_changed += o.procedure_changed;
        self.now_missing_a_limit += o.now_missing_a_limit;
        for (mine, theirs) in [
            (&mut self.procedure_kinds, &o.procedure_kinds),
            (&mut self.deadlines_added, &o.deadlines_added),
            (&mut self.deadlines_removed, &o.deadlines_removed),
            (&mut self.changes_by_path, &o.changes_by_path),
        ] {
            super::add_counts(mine, theirs);
        }
        for (id, moves) in &o.deadlines_moved {
            super::add_counts(self.deadlines_moved.entry(id.clone()).or_default(), moves);
        }
    }
}

/// The impact of a whole caseload held in memory.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Impact {
    /// One entry per changed case, in input order.
    pub cases: Vec<CaseImpact>,
    /// The summary.
    pub summary: ImpactSummary,
}

/// The impact on `cases` (JSON Lines) of replacing the parameter set `base` (JSON; empty: the
/// embedded set) by `new` (JSON): an [`Impact`], or an ErrorReport for a bad parameter set.
/// For the WASM and Python surfaces; the CLI streams.
pub fn impact_json(cases: &[u8], base: &[u8], new: &[u8]) -> crate::JsonOutput {
    let load = |bytes: &[u8], path: &str| -> Result<Parameters, ErrorReport> {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(Parameters::embedded().clone());
        }
        Parameters::from_json(bytes).map_err(|e| super::query_error(path, e.to_string()))
    };
    let result = load(base, "/base").and_then(|b| {
        let n = load(new, "/params")?;
        let mut summary = ImpactSummary::default();
        let mut out = Vec::new();
        for (_, line) in super::lines(cases) {
            let c = impact_params(line, &b, &n, Options::default());
            summary.add(c.as_ref());
            out.extend(c);
        }
        Ok(Impact {
            cases: out,
            summary,
        })
    });
    let (ok, json) = match &result {
        Ok(a) => (true, serde_json::to_string(a)),
        Err(r) => (false, serde_json::to_string(r)),
    };
    crate::JsonOutput {
        ok,
        json: json.unwrap_or_else(|_| String::from(r#"{"schemaVersion":1,"errors":[]}"#)),
    }
}
