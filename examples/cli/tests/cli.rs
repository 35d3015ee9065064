//! The CLI contract: exit codes, JSON output identical to the Rust API, batch order and the
//! deadline command.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_migratiepact"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

const CASE: &str = r#"{"schemaVersion":1,"applicant":{"dateOfBirth":"1990-01-01","nationality":"SYR"},"application":{"madeAt":"2026-06-15T09:00:00+02:00","situation":"territory","registeredAt":"2026-06-16","lodgedAt":"2026-06-22"}}"#;

#[test]
fn evaluate_json_is_the_rust_api_output_and_exits_0() {
    let out = run(&["evaluate", "--json", "-"], CASE.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let rust = migratiepact_core::evaluate_json(CASE.as_bytes());
    assert!(rust.ok);
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim_end(), rust.json);
}

#[test]
fn bad_input_exits_1_with_an_error_report() {
    let out = run(&["evaluate", "--json"], b"{not json");
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["errors"][0]["code"], "invalidJson");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["frobnicate"], b"").status.code(), Some(2));
    assert_eq!(
        run(&["evaluate", "/no/such/file.json"], b"").status.code(),
        Some(2)
    );
    assert_eq!(
        run(&["deadline", "--from", "2026-06-15"], b"")
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn readable_summary_in_both_languages() {
    let nl = run(&["evaluate", "-"], CASE.as_bytes());
    assert_eq!(nl.status.code(), Some(0));
    let nl = String::from_utf8(nl.stdout).unwrap();
    assert!(nl.contains("REGIME") && nl.contains("MOTIVERING"), "{nl}");
    let en = run(&["evaluate", "--lang", "en", "-"], CASE.as_bytes());
    let en = String::from_utf8(en.stdout).unwrap();
    assert!(
        en.contains("REASONS") && en.contains("The application was lodged"),
        "{en}"
    );
}

#[test]
fn batch_keeps_order_one_line_per_line() {
    let dir = std::env::temp_dir().join(format!("mp-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("in.jsonl");
    let output = dir.join("out.jsonl");
    let mut lines = Vec::new();
    for i in 0..300 {
        if i % 7 == 3 {
            lines.push("{broken".to_owned());
        } else {
            lines.push(format!(
                r#"{{"schemaVersion":1,"caseId":"c{i}","application":{{"madeAt":"2026-07-01","lodgedAt":"2026-07-03"}}}}"#
            ));
        }
    }
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let out = run(
        &[
            "batch",
            input.to_str().unwrap(),
            "-o",
            output.to_str().unwrap(),
            "--jobs",
            "3",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1), "some lines are broken");
    let written = std::fs::read_to_string(&output).unwrap();
    let got: Vec<&str> = written.lines().collect();
    assert_eq!(got.len(), 300);
    for (i, (line, input)) in got.iter().zip(&lines).enumerate() {
        let want = migratiepact_core::evaluate_json(input.as_bytes()).json;
        assert_eq!(*line, want, "line {i}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn deadline_command_counts_per_law() {
    let out = run(
        &[
            "deadline",
            "--from",
            "2026-06-15",
            "--period",
            "P5D",
            "--law",
            "eu",
            "--json",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["due"], "2026-06-22");
    assert_eq!(v["extended"], true);
    assert_eq!(v["expiresAt"], "2026-06-23T00:00:00+02:00");
    let out = run(
        &[
            "deadline",
            "--from",
            "2026-08-03",
            "--period",
            "P1W",
            "--law",
            "nl",
            "--json",
        ],
        b"",
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["due"], "2026-08-10");
    assert_eq!(v["counting"], "atw");
    let bad = run(
        &[
            "deadline",
            "--from",
            "2026-02-30",
            "--period",
            "P5D",
            "--json",
        ],
        b"",
    );
    assert_eq!(bad.status.code(), Some(1));
}
