//! Golden assessments: the full output of the engine for chosen inputs — the example cases of
//! `examples/cases/` and the public vectors — in Dutch and in English, kept as insta snapshots
//! in `tests/tests/snapshots/`. Every change of wording, basis, limit or order shows in review
//! as a diff of these files.
//!
//! After a change of the rules that is meant, accept the new outputs with
//!
//! ```sh
//! INSTA_UPDATE=always cargo test -p migratiepact-conformance --test golden
//! ```
//!
//! and read the diff (`git diff tests/tests/snapshots/`) before committing it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

use migratiepact_conformance::{load_dir, load_file, workspace_root};
use migratiepact_core::{evaluate_json_with, Locale, Options, Parameters};

/// (snapshot name, input bytes) for every chosen input.
fn inputs() -> Vec<(String, Vec<u8>)> {
    let root = workspace_root();
    let mut out = Vec::new();
    let mut cases: Vec<PathBuf> = fs::read_dir(root.join("examples/cases"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    cases.sort();
    for p in cases {
        out.push((format!("case-{}", stem(&p)), fs::read(&p).unwrap()));
    }
    for v in load_dir(&root.join("tests/vectors/public")).unwrap() {
        out.push((format!("vector-{}", v.name), v.input));
    }
    // Project vectors of the law revision of December 2026 and of met/missed limits: one for
    // each kind of wording the revision added (alternatives under an unknown fact, the APR 73
    // and CFR notes, the Dublin III cap, the appeal conflict notes, the legacy border entry and
    // rest period, the reception lapse, met and missed).
    for name in PROJECT {
        let v = load_file(&root.join("tests/vectors").join(format!("{name}.json"))).unwrap();
        out.push((format!("vector-{}", v.name), v.input));
    }
    out
}

/// The project vectors kept as golden assessments (file names in `tests/vectors/`).
const PROJECT: &[&str] = &[
    "rev-pact-000-registration-apr73-easter-2027",
    "rev-pact-030-screening-border-72h-unknown-7-days-with-4-day-alternative",
    "rev-pact-036-uam-territory-misled-accelerated-optional",
    "rev-pact-044-examination-kind-open-6-months-with-3-month-alternative",
    "rev-pact-067-eurodac-categories-territory-15-and-23",
    "rev-dublin-006-hit-capped-three-months-from-registration",
    "rev-dublin-016-transfer-absconded-eighteen-months-option",
    "rev-dublin-020-ammr-detention-unknown-alternative",
    "rev-dublin-024-ammr-request-type-unknown-take-charge-given",
    "rev-appeal-001-unfounded-accelerated-conflict-67-7-a",
    "rev-appeal-010-dublin-transfer-request-with-appeal",
    "rev-legacy-003-border-entry-aa-at-schiphol-no-border-ground",
    "rev-legacy-007-border-family-zeist-counter-indications",
    "rev-legacy-010-rest-period-sixth-day-saturday-not-extended",
    "rev-reception-001-lapse-informed",
    "rev-reception-006-lapse-notes-18-3-trafficking",
    "ops-001-dublin-request-met-reply-missed-transfer-decision-met",
    "ops-002-legacy-decision-met-by-notification",
    "pact-b-090-return-border-twelve-weeks",
    "legacy-048-track-dublin-ter-apel",
];

fn stem(p: &Path) -> String {
    p.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn golden_assessments_in_dutch_and_english() {
    let inputs = inputs();
    let assessments = inputs
        .iter()
        .filter(|(_, input)| {
            evaluate_json_with(input, Parameters::embedded(), Options::default()).ok
        })
        .count();
    assert!(
        assessments >= 30,
        "at least 30 full Assessments, each in Dutch and English ({assessments})"
    );
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        for (name, input) in &inputs {
            for (tag, locale) in [("nl", Locale::Nl), ("en", Locale::En)] {
                let options = Options {
                    locale: Some(locale),
                };
                let out = evaluate_json_with(input, Parameters::embedded(), options);
                let doc: serde_json::Value = serde_json::from_str(&out.json).unwrap();
                let text = serde_json::to_string_pretty(&doc).unwrap();
                insta::assert_snapshot!(format!("{name}.{tag}"), text);
            }
        }
    });
}
