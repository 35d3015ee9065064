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

use migratiepact_conformance::{load_dir, workspace_root};
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
    out
}

fn stem(p: &Path) -> String {
    p.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn golden_assessments_in_dutch_and_english() {
    let inputs = inputs();
    assert!(
        inputs.len() >= 15,
        "at least 30 snapshots (15 inputs × 2 locales)"
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
