//! Produces the byte-exact inputs and the CURRENT Rust outputs that the C and Python harnesses
//! compare against, and measures the Rust API's throughput for comparison with the C path.
//!
//! ```text
//! cargo run --release -p migratiepact-ffi --example vectors -- gen OUTDIR VECTOR_DIR:KIND...
//! cargo run --release -p migratiepact-ffi --example vectors -- bench OUTDIR SECONDS
//! ```
//!
//! `gen` writes, for every vector file (`*.json` with `input` or `raw`, see
//! tests/vectors/README.md) and every plain case file in a directory of kind `case`:
//! `OUTDIR/NNNN.in` (the bytes the conformance runner sends: `serde_json::to_vec(input)`, or the
//! raw string's bytes), `OUTDIR/NNNN.out` (what `migratiepact_core::evaluate_json` returns for
//! them, now) and a line `NNNN<TAB>kind<TAB>ok<TAB>status<TAB>name` in `OUTDIR/index.tsv`, where
//! `status` is the exact `MpStatus` expected or `-` for "any refusal status".
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use migratiepact_core::contract::decode::MAX_INPUT_BYTES;
use migratiepact_core::evaluate_json;

struct Item {
    kind: String,
    name: String,
    input: Vec<u8>,
    status: Option<u32>,
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

fn collect(specs: &[String]) -> Vec<Item> {
    let mut items = Vec::new();
    for spec in specs {
        let (dir, kind) = spec.rsplit_once(':').unwrap_or((spec.as_str(), "vector"));
        for path in json_files(Path::new(dir)) {
            let bytes = std::fs::read(&path).unwrap();
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            if kind == "case" {
                items.push(Item {
                    kind: kind.into(),
                    name: stem,
                    input: bytes,
                    status: None,
                });
                continue;
            }
            let v: serde_json::Value = serde_json::from_slice(&bytes)
                .unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()));
            let name = v["name"].as_str().map_or(stem, str::to_owned);
            let input = if let Some(raw) = v.get("raw").and_then(|r| r.as_str()) {
                raw.as_bytes().to_vec()
            } else if let Some(input) = v.get("input") {
                serde_json::to_vec(input).unwrap()
            } else {
                panic!("{}: neither input nor raw", path.display());
            };
            items.push(Item {
                kind: kind.into(),
                name,
                input,
                status: None,
            });
        }
    }
    // Inputs whose status the C surface must name exactly (output still compared byte-for-byte).
    let first_case = items
        .iter()
        .find(|i| i.input.first() == Some(&b'{'))
        .map(|i| i.input.clone())
        .unwrap_or_else(|| br#"{"schemaVersion":1}"#.to_vec());
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(&first_case);
    let mut oversized = first_case.clone();
    oversized.resize(MAX_INPUT_BYTES + 1, b' ');
    let synthetic: [(&str, Vec<u8>, Option<u32>); 6] = [
        ("empty", Vec::new(), Some(1)),
        (
            "invalid-utf8",
            b"{\"schemaVersion\":1,\"caseId\":\"\xff\"}".to_vec(),
            Some(3),
        ),
        ("invalid-utf8-only", b"\xc3\x28".to_vec(), Some(3)),
        ("oversized", oversized, Some(4)),
        ("nul-inside", b"{\"schemaVersion\":1}\0".to_vec(), Some(1)),
        ("bom", bom, None),
    ];
    for (name, input, status) in synthetic {
        items.push(Item {
            kind: "synthetic".into(),
            name: name.into(),
            input,
            status,
        });
    }
    items
}

fn gen(out: &Path, specs: &[String]) {
    std::fs::create_dir_all(out).unwrap();
    let mut index = String::new();
    for (n, item) in collect(specs).iter().enumerate() {
        let id = format!("{n:04}");
        let result = evaluate_json(&item.input);
        std::fs::write(out.join(format!("{id}.in")), &item.input).unwrap();
        std::fs::write(out.join(format!("{id}.out")), result.json.as_bytes()).unwrap();
        let status = match (result.ok, item.status) {
            (true, _) => "0".to_owned(),
            (false, Some(s)) => s.to_string(),
            (false, None) => "-".to_owned(),
        };
        writeln!(
            index,
            "{id}\t{}\t{}\t{status}\t{}",
            item.kind,
            u8::from(result.ok),
            item.name
        )
        .unwrap();
    }
    std::fs::write(out.join("index.tsv"), index).unwrap();
}

/// Rust-API throughput over the `public` vectors, for comparison with `harness --bench`.
fn bench(dir: &Path, secs: f64) {
    let index = std::fs::read_to_string(dir.join("index.tsv")).unwrap();
    let inputs: Vec<Vec<u8>> = index
        .lines()
        .filter(|l| l.split('\t').nth(1) == Some("public"))
        .map(|l| std::fs::read(dir.join(format!("{}.in", &l[..4]))).unwrap())
        .collect();
    assert!(!inputs.is_empty(), "no public vectors in {}", dir.display());
    let budget = Duration::from_secs_f64(secs);
    let start = Instant::now();
    let mut calls = 0u64;
    let mut bytes = 0usize;
    while start.elapsed() < budget {
        for input in &inputs {
            bytes += evaluate_json(std::hint::black_box(input)).json.len();
            calls += 1;
        }
    }
    let el = start.elapsed().as_secs_f64();
    println!(
        "rust: {calls} calls in {el:.2} s = {:.0} calls/s over {} public vectors (output {bytes} B)",
        calls as f64 / el,
        inputs.len()
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("gen") if args.len() >= 2 => gen(Path::new(&args[1]), &args[2..]),
        Some("bench") if args.len() == 3 => bench(Path::new(&args[1]), args[2].parse().unwrap()),
        _ => {
            eprintln!(
                "usage: vectors gen OUTDIR DIR[:public|project|case]... | bench OUTDIR SECONDS"
            );
            std::process::exit(2);
        }
    }
}
