//! Every vector through the Rust API and the CLI; both must satisfy every assertion and agree
//! byte for byte.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use migratiepact_conformance::{all_vectors, check_vector, diff, workspace_root};

fn cli_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("MIGRATIEPACT_BIN") {
        return PathBuf::from(p);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"));
    let bin = target.join("debug/migratiepact");
    let status = Command::new(env!("CARGO"))
        .args([
            "build",
            "--quiet",
            "-p",
            "migratiepact-cli",
            "--bin",
            "migratiepact",
        ])
        .current_dir(workspace_root())
        .status()
        .expect("cargo build of the CLI");
    assert!(status.success(), "building the CLI failed");
    bin
}

fn run_cli(bin: &PathBuf, input: &[u8]) -> (i32, String) {
    let mut child = Command::new(bin)
        .args(["evaluate", "--json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn CLI");
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    let code = out.status.code().unwrap_or(-1);
    let text = String::from_utf8(out.stdout).unwrap();
    (code, text.trim_end_matches('\n').to_owned())
}

#[test]
fn every_vector_on_rust_api_and_cli() {
    let mut vectors = all_vectors().expect("vectors load");
    assert!(vectors.len() >= 14, "the public vectors must be present");
    // scripts/mutants.sh only: the CLI is a shell over the same core function, so a mutant of
    // the law is caught (or not) by the Rust half alone, at a fraction of the time.
    let rust_only = std::env::var_os("MIGRATIEPACT_VECTORS_RUST_ONLY").is_some();
    // scripts/mutants.sh only: vectors that fail before any mutation (cargo-mutants needs a
    // green baseline), named and counted here so that no skip goes unseen.
    if let Some(skip) = std::env::var_os("MIGRATIEPACT_SKIP_VECTORS") {
        let skip = skip.to_string_lossy().into_owned();
        let names: Vec<&str> = skip.split(',').filter(|s| !s.is_empty()).collect();
        vectors.retain(|v| !names.contains(&v.name.as_str()));
        eprintln!("MIGRATIEPACT_SKIP_VECTORS: {} vectors skipped", names.len());
    }
    let bin = (!rust_only).then(cli_binary);
    let mut failures = Vec::new();
    for v in &vectors {
        let rust = migratiepact_core::evaluate_json(&v.input);
        for f in check_vector(v, &rust.json) {
            failures.push(format!("[rust] {} ({}): {f}", v.name, v.file.display()));
        }
        let Some(bin) = &bin else { continue };
        let (code, cli) = run_cli(bin, &v.input);
        let want_code = if rust.ok { 0 } else { 1 };
        if code != want_code {
            failures.push(format!(
                "[cli] {}: exit {code}, expected {want_code}",
                v.name
            ));
        }
        if cli != rust.json {
            failures.push(format!(
                "[cli≠rust] {}:\n{}",
                v.name,
                diff(&rust.json, &cli)
            ));
        }
    }
    println!("{} vectors, {} failures", vectors.len(), failures.len());
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn vectors_have_notes_and_unique_names() {
    let vectors = all_vectors().unwrap();
    let mut names = std::collections::HashSet::new();
    for v in &vectors {
        assert!(
            names.insert(v.name.clone()),
            "duplicate vector name {}",
            v.name
        );
    }
    for v in migratiepact_conformance::load_dir(&migratiepact_conformance::project_vectors_dir())
        .unwrap_or_default()
    {
        let text = std::fs::read_to_string(&v.file).unwrap();
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        let note = doc.get("note").and_then(|n| n.as_str()).unwrap_or("");
        assert!(
            !note.trim().is_empty(),
            "{}: project vectors need a note citing the rule",
            v.file.display()
        );
    }
}
