//! Reference outputs for the WASM conformance test (`scripts/test-wasm.sh`): reads one JSON
//! string per line on stdin (the text of a case document), writes one line per input with what
//! native `migratiepact_core::evaluate_json` returns for it. Computed at test time, never stored.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let line = line.expect("stdin");
        if line.trim().is_empty() {
            continue;
        }
        let text: String = serde_json::from_str(&line).expect("one JSON string per line");
        let result = migratiepact_core::evaluate_json(text.as_bytes());
        writeln!(out, "{}", result.json).expect("stdout");
    }
    out.flush().expect("stdout");
}
