//! The legacy regime: applications **lodged before 12 June 2026** stay under the Asylum
//! Procedures Directive 2013/32/EU as applied by the Vreemdelingenwet 2000 and the
//! Vreemdelingenbesluit 2000 in their text in force until 11 June 2026 (APR art. 79(3);
//! RULES.md §2, §6). Texts read in MinBZK/regelrecht-corpus
//! `regulation/nl/wet/vreemdelingenwet_2000/2026-02-28.yaml` (Vw-old) and
//! `regulation/nl/amvb/vreemdelingenbesluit_2000/2026-01-01.yaml` (Vb-old).
//!
//! Flow: no screening ([`screening`]); the track (spoor) and, for applications made at the
//! border, the old border procedure ([`tracks`]); the time limits of RULES.md §6 ([`limits`]);
//! the appeal limit of Vw-old art. 69 ([`appeal`]); then responsibility under Dublin III,
//! Eurodac (Reg. 603/2013) and reception, which their own modules decide for both regimes.

pub mod appeal;
pub mod limits;
pub mod tracks;

use crate::contract::ProcedureKind;
use crate::engine::Ctx;
use crate::explain::{uri, Basis};
use crate::text;

/// A provision of the Vreemdelingenwet 2000 as in force until 11-06-2026.
pub(crate) const fn vw_old(article: &'static str) -> Basis {
    Basis::new("Vw-old", article, uri::VW_OLD)
}

/// A provision of the Vreemdelingenbesluit 2000 as in force until 11-06-2026.
pub(crate) const fn vb_old(article: &'static str) -> Basis {
    Basis::new("Vb-old", article, uri::VB_OLD)
}

/// The route a legacy application takes: its track and whether it is handled in the old border
/// procedure (Vw-old art. 3(3), Vb-old art. 3.109b).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    /// The track; `None` when undetermined.
    pub kind: Option<ProcedureKind>,
    /// Handled in the border procedure (border detention, Vw-old 3(6) limit); `None` when unknown.
    pub border: Option<bool>,
}

/// Applies the legacy regime.
pub fn assess(ctx: &mut Ctx) {
    screening(ctx);
    let route = tracks::choose(ctx);
    let aa = limits::assess(ctx, route);
    appeal::assess(ctx, aa.as_ref());
    crate::law::responsibility::assess(ctx);
    crate::law::eurodac::assess(ctx);
    crate::law::reception::assess(ctx);
}

/// No screening in the legacy regime. SR art. 25: "It shall apply from 12 June 2026." A legacy
/// application was lodged before that date, so it was made — and any identification at the
/// border or on the territory took place — before the Screening Regulation applied. The old
/// procedure has its own first phase instead: the aanmeldfase with face image, fingerprints and
/// the aanmeldgehoor (Vb-old art. 3.108d(1)–(8)).
pub fn screening(ctx: &mut Ctx) {
    ctx.screening.required = Some(false);
    ctx.explain(
        "legacy.screening.notApplicable",
        text!(
                ctx.locale,
            "Geen screening: de Screeningsverordening geldt vanaf 12-06-2026 (art. 25) en dit verzoek is daarvóór ingediend. In de oude procedure volgt het verzoek de aanmeldfase met aanmeldgehoor (art. 3.108d Vb-oud).",
            "No screening: the Screening Regulation applies from 12-06-2026 (art. 25) and this application was lodged before that date. In the old procedure the application goes through the aanmeldfase with the intake interview (Vb-old 3.108d).",
        ),
        vec![
            Basis::new("SR", "25", uri::SR),
            Basis::new("APR", "79(3)", uri::APR),
            vb_old("3.108d"),
        ],
    );
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Helpers shared by the legacy unit tests and the vector harness.
    use serde_json::Value;

    /// Evaluates a case given as JSON and returns the output as a JSON value.
    pub fn run(case: &Value) -> Value {
        let out = crate::evaluate_json(case.to_string().as_bytes());
        serde_json::from_str(&out.json).unwrap()
    }

    /// A legacy case (lodged 2026-05-04) with the given parts merged in.
    pub fn case(parts: Value) -> Value {
        let mut base = serde_json::json!({
            "schemaVersion": 1,
            "applicant": { "dateOfBirth": "1990-01-01", "nationality": "SYR" },
            "application": {
                "madeAt": "2026-05-01", "registeredAt": "2026-05-04", "lodgedAt": "2026-05-04",
                "situation": "territory"
            },
            "grounds": {
                "irrelevantIssuesOnly": false, "inconsistentStatements": false,
                "misledAuthorities": false, "delayRemovalOnly": false,
                "dangerToSecurityOrPublicOrder": false, "subsequentNotInadmissible": false,
                "irregularEntryNoPromptApplication": false, "lawfulEntryNoPromptApplication": false,
                "inadmissible": false
            },
            "dublin": { "otherMemberStateResponsible": false }
        });
        merge(&mut base, parts);
        base
    }

    fn merge(base: &mut Value, parts: Value) {
        match (base, parts) {
            (Value::Object(b), Value::Object(p)) => {
                for (k, v) in p {
                    if v.is_null() {
                        b.remove(&k);
                    } else if let Some(slot) = b.get_mut(&k) {
                        merge(slot, v);
                    } else {
                        b.insert(k, v);
                    }
                }
            }
            (b, p) => *b = p,
        }
    }

    /// The deadline with `id`, if any.
    pub fn deadline<'a>(out: &'a Value, id: &str) -> Option<&'a Value> {
        out["deadlines"].as_array()?.iter().find(|d| d["id"] == id)
    }

    /// The due date of deadline `id`.
    pub fn due(out: &Value, id: &str) -> Option<String> {
        deadline(out, id).and_then(|d| d["due"].as_str().map(str::to_owned))
    }

    /// Whether `path` is reported missing.
    pub fn missing(out: &Value, path: &str) -> bool {
        out["missingFacts"]
            .as_array()
            .is_some_and(|m| m.iter().any(|f| f["path"] == path))
    }

    /// Whether an explanation with rule `rule` is present.
    pub fn explained(out: &Value, rule: &str) -> bool {
        out["explanation"]
            .as_array()
            .is_some_and(|m| m.iter().any(|e| e["rule"] == rule))
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::*;
    use serde_json::{json, Value};

    #[test]
    fn no_screening_in_the_legacy_regime() {
        let out = run(&case(json!({})));
        assert_eq!(out["regime"]["procedure"], "legacy");
        assert_eq!(out["screening"]["required"], false);
        assert!(explained(&out, "legacy.screening.notApplicable"));
    }

    #[test]
    fn public_vector_010() {
        let out = run(&case(
            json!({ "legacy": { "generalProcedureStartedAt": "2026-05-11" } }),
        ));
        assert_eq!(out["procedure"]["kind"], "legacyGeneral");
        assert_eq!(
            due(&out, "legacyGeneralProcedureDecision").as_deref(),
            Some("2026-05-20")
        );
    }

    /// Runs every `tests/vectors/legacy-*.json` through the engine and checks its assertions
    /// (the vector format of tests/vectors/README.md), until the conformance runner runs
    /// them on every surface.
    #[test]
    fn legacy_vectors() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("legacy-") && n.ends_with(".json"))
            })
            .collect();
        files.sort();
        let mut failures = Vec::new();
        for f in &files {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
            assert!(v["note"].is_string(), "{} has no note", f.display());
            let out = run(&v["input"]);
            for a in v["expect"].as_array().unwrap() {
                if !holds(&out, a) {
                    failures.push(format!(
                        "{}: {}\n  got at {}: {}",
                        f.file_name().unwrap().to_string_lossy(),
                        a,
                        a["path"],
                        out.pointer(a["path"].as_str().unwrap())
                            .unwrap_or(&Value::Null)
                    ));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} failing assertions:\n{}",
            failures.len(),
            failures.join("\n")
        );
        assert!(files.len() >= 80, "only {} legacy vectors", files.len());
    }

    fn holds(out: &Value, a: &Value) -> bool {
        let at = out
            .pointer(a["path"].as_str().unwrap())
            .unwrap_or(&Value::Null);
        if let Some(e) = a.get("equals") {
            return at == e;
        }
        if let Some(e) = a.get("notEquals") {
            return at != e;
        }
        if let Some(find) = a.get("find") {
            let has = a.get("has").cloned().unwrap_or(json!({}));
            return at
                .as_array()
                .is_some_and(|items| items.iter().any(|i| contains(i, find) && contains(i, &has)));
        }
        false
    }

    fn contains(item: &Value, fields: &Value) -> bool {
        fields
            .as_object()
            .is_some_and(|f| f.iter().all(|(k, v)| item.get(k) == Some(v)))
    }
}
