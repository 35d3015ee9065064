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

/// The cases `batch` made of a file before it streamed: split at `\n`, one `\r` stripped from
/// each line, and an empty last line dropped. The reference the streaming reader must match.
fn reference_lines(bytes: &[u8]) -> Vec<&[u8]> {
    let mut lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    // `BufRead::split` yields nothing after a final `\n` (nor for an empty file).
    if bytes.is_empty() || bytes.ends_with(b"\n") {
        lines.pop();
    }
    for line in &mut lines {
        if let Some(l) = line.strip_suffix(b"\r") {
            *line = l;
        }
    }
    if lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// What `batch` must write for `bytes`: each case's `evaluate_json` answer on its own line, with
/// the number of cases and of ErrorReports.
fn expected_batch(bytes: &[u8]) -> (Vec<u8>, usize, usize) {
    let mut out = Vec::new();
    let (mut cases, mut failed) = (0, 0);
    for line in reference_lines(bytes) {
        let answer = migratiepact_core::evaluate_json(line);
        out.extend_from_slice(answer.json.as_bytes());
        out.push(b'\n');
        cases += 1;
        failed += usize::from(!answer.ok);
    }
    (out, cases, failed)
}

struct TempDir(std::path::PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("mp-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

/// Runs `batch` on `bytes` with `--jobs jobs`, checks the output, exit code and summary against
/// the reference, and returns the output.
fn check_batch(dir: &TempDir, bytes: &[u8], jobs: usize) -> Vec<u8> {
    check_batch_against(dir, bytes, &expected_batch(bytes), jobs)
}

fn check_batch_against(
    dir: &TempDir,
    bytes: &[u8],
    expected: &(Vec<u8>, usize, usize),
    jobs: usize,
) -> Vec<u8> {
    let input = dir.0.join("in.jsonl");
    let output = dir.0.join(format!("out-{jobs}.jsonl"));
    std::fs::write(&input, bytes).unwrap();
    let jobs_arg = jobs.to_string();
    let out = run(
        &[
            "batch",
            input.to_str().unwrap(),
            "-o",
            output.to_str().unwrap(),
            "--jobs",
            &jobs_arg,
        ],
        b"",
    );
    let (want, cases, failed) = expected;
    let (cases, failed) = (*cases, *failed);
    let got = std::fs::read(&output).unwrap();
    assert!(
        got == *want,
        "--jobs {jobs}: output differs from the reference"
    );
    assert_eq!(
        out.status.code(),
        Some(if failed == 0 { 0 } else { 1 }),
        "--jobs {jobs}"
    );
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "migratiepact: {cases} cases, {} assessed, {failed} with errors ({jobs} threads)\n",
            cases - failed
        )
    );
    got
}

/// The example cases, one compact line each.
fn example_lines() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../cases");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "{files:?}");
    files
        .iter()
        .map(|p| {
            let v: serde_json::Value = serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap();
            serde_json::to_string(&v).unwrap()
        })
        .collect()
}

#[test]
fn batch_streams_thousands_of_lines_in_order_whatever_the_jobs() {
    let dir = TempDir::new("batch-order");
    let cases = example_lines();
    let mut bytes = Vec::new();
    // 3001 lines: not a multiple of any block size; every line's answer differs (its caseId or
    // its text), so a block out of place shows. Invalid JSON, invalid cases, empty lines and
    // CRLF line ends are mixed in.
    for i in 0..3001usize {
        let line = match i % 10 {
            3 => format!("{{broken {i}"),
            6 => format!(
                r#"{{"schemaVersion":1,"caseId":"x{i}","application":{{"madeAt":"not a date"}}}}"#
            ),
            8 if i % 20 == 8 => String::new(),
            _ => {
                let mut v: serde_json::Value =
                    serde_json::from_str(&cases[i % cases.len()]).unwrap();
                v["caseId"] = serde_json::Value::String(format!("MIX-{i:05}"));
                serde_json::to_string(&v).unwrap()
            }
        };
        bytes.extend_from_slice(line.as_bytes());
        bytes.extend_from_slice(if i % 9 == 4 { b"\r\n" } else { b"\n" });
    }
    let expected = expected_batch(&bytes);
    assert_eq!(expected.1, 3001);
    assert!(expected.2 > 0 && expected.2 < 3001);
    for jobs in [1, 2, 3, 7] {
        check_batch_against(&dir, &bytes, &expected, jobs);
    }
}

#[test]
fn batch_line_counts_around_block_sizes() {
    let dir = TempDir::new("batch-counts");
    let valid = &example_lines()[0];
    for n in [1usize, 63, 64, 65, 127, 128, 129, 255, 256, 257, 513] {
        let mut bytes = Vec::new();
        for i in 0..n {
            if i % 5 == 2 {
                bytes.extend_from_slice(format!("[{i}]\n").as_bytes());
            } else {
                bytes.extend_from_slice(valid.as_bytes());
                bytes.push(b'\n');
            }
        }
        let out = check_batch(&dir, &bytes, 3);
        assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), n);
    }
}

#[test]
fn batch_empty_file_empty_lines_and_no_final_newline() {
    let dir = TempDir::new("batch-edges");
    let case = example_lines().swap_remove(0);
    let c = case.as_str();
    let inputs: Vec<String> = vec![
        String::new(),
        "\n".into(),
        "\r\n".into(),
        "\n\n".into(),
        "\r".into(),
        c.into(),
        format!("{c}\n{c}"),
        format!("{c}\r\n{c}\r"),
        format!("{c}\n\n"),
        format!("{c}\n\n\n"),
        format!("{c}\r\n\r\n"),
        format!("\n\n{c}"),
        format!("{c}\n\n{c}\n"),
        format!("{c}\r\r\n\n"),
        "{broken".into(),
    ];
    for input in &inputs {
        for jobs in [1, 2] {
            check_batch(&dir, input.as_bytes(), jobs);
        }
    }
    // The empty file: no case, no output, success.
    let out = check_batch(&dir, b"", 2);
    assert!(out.is_empty());
    // No final newline: the same answers as with one.
    let without = check_batch(&dir, format!("{c}\n{{broken").as_bytes(), 2);
    let with = check_batch(&dir, format!("{c}\n{{broken\n").as_bytes(), 2);
    assert!(without == with);
    assert_eq!(without.iter().filter(|&&b| b == b'\n').count(), 2);
}

#[test]
fn batch_writes_to_standard_output_and_reports_a_missing_input() {
    let dir = TempDir::new("batch-stdout");
    let input = dir.0.join("in.jsonl");
    let bytes = format!("{CASE}\n{{broken\n{CASE}\n");
    std::fs::write(&input, &bytes).unwrap();
    let out = run(&["batch", input.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout == expected_batch(bytes.as_bytes()).0);
    let missing = dir.0.join("missing.jsonl");
    let out = run(&["batch", missing.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
