//! The Rust surface of the cross-surface benchmark (`bench/run.sh`): the manifest's cases through
//! `evaluate_json` (bytes in, bytes out), `evaluate` (a decoded `Case`) and the procedure choice
//! alone (`law::procedure::assess` on a fresh context whose regime is the pact), one case at a
//! time on one thread, each call timed.
//!
//!   cargo bench -p migratiepact-core --bench surfaces -- --manifest bench/manifest/cases.jsonl \
//!       --iters 3 [--kinds OUT]
//!
//! Prints one JSON line per mode (cases/s over the time spent in the calls, p50 and p99 latency
//! in ns) — the format every runner of `bench/run.py` prints. With `--kinds`, writes the
//! procedure kind of each case (one a line) for the differential gate. Without `--manifest` it
//! runs the three built-in cases once (a smoke run, as `cargo test --benches` does).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a benchmark driver: a bad manifest should stop it loudly"
)]

mod common;
use common as cases;

use std::hint::black_box;
use std::io::{BufRead, Write};
use std::time::Instant;

use migratiepact_core::contract::{ProcedureKind, ProcedureRegime};
use migratiepact_core::engine::Ctx;
use migratiepact_core::{decode_case, evaluate, evaluate_json, law, Case, Parameters};

fn kind_name(k: Option<ProcedureKind>) -> String {
    match k {
        Some(k) => serde_json::to_value(k)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default(),
        None => "null".to_owned(),
    }
}

/// The procedure choice alone: a fresh context, the regime already known, APR §4 only. Not
/// inlined, so that a profiler can attribute its cost (`callgrind --toggle-collect`).
#[inline(never)]
fn procedure_alone(case: &Case, params: &Parameters) -> Option<ProcedureKind> {
    let mut ctx = Ctx::new(case, params, case.locale.unwrap_or_default());
    ctx.regime.procedure = Some(ProcedureRegime::Pact);
    law::procedure::assess(&mut ctx);
    ctx.procedure.kind
}

fn pct(sorted: &[u64], p: f64) -> u64 {
    let i = ((sorted.len().saturating_sub(1)) as f64 * p).round() as usize;
    sorted
        .get(i.min(sorted.len().saturating_sub(1)))
        .copied()
        .unwrap_or(0)
}

/// CPU time (user + system) of this process so far, in seconds, from `/proc/self/stat` (clock
/// ticks, 100 Hz): the measure that a busy, shared machine does not inflate.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<f64> = after
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0.0))
        .collect();
    (f.get(11).copied().unwrap_or(0.0) + f.get(12).copied().unwrap_or(0.0)) / 100.0
}

fn report(mode: &str, mut lat: Vec<u64>, wall: f64, cpu: f64, cases: usize, iters: usize) {
    lat.sort_unstable();
    let busy = lat.iter().map(|&x| x as f64).sum::<f64>() / 1e9;
    println!(
        "{{\"mode\":\"{mode}\",\"threads\":1,\"cases\":{cases},\"iters\":{iters},\"wall_s\":{wall:.6},\"busy_s\":{busy:.6},\"cpu_s\":{cpu:.3},\"cases_per_s\":{:.1},\"p50_ns\":{},\"p99_ns\":{}}}",
        (cases * iters) as f64 / busy.max(1e-12),
        pct(&lat, 0.50),
        pct(&lat, 0.99)
    );
}

/// Times `f` over every case, `iters` passes after one warm-up pass.
fn time<T>(lines: usize, iters: usize, mut f: impl FnMut(usize) -> T) -> (Vec<u64>, f64, f64) {
    for i in 0..lines {
        black_box(f(i));
    }
    let mut lat = Vec::with_capacity(lines * iters);
    let c0 = cpu_seconds();
    let t0 = Instant::now();
    for _ in 0..iters {
        for i in 0..lines {
            let t = Instant::now();
            black_box(f(i));
            lat.push(t.elapsed().as_nanos() as u64);
        }
    }
    (lat, t0.elapsed().as_secs_f64(), cpu_seconds() - c0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let iters: usize = arg("--iters")
        .map(|s| s.parse().expect("--iters N"))
        .unwrap_or(1);
    let lines: Vec<Vec<u8>> = match arg("--manifest") {
        Some(path) => std::io::BufReader::new(std::fs::File::open(&path).expect("manifest"))
            .split(b'\n')
            .map(|l| l.expect("manifest line"))
            .filter(|l| !l.is_empty())
            .collect(),
        None => cases::ALL
            .iter()
            .map(|(_, j)| j.as_bytes().to_vec())
            .collect(),
    };
    let params = Parameters::embedded();
    let decoded: Vec<Case> = lines
        .iter()
        .map(|l| decode_case(l).expect("a valid case"))
        .collect();

    // Correctness first: the procedure choice alone must agree with the full evaluation.
    let mut kinds = Vec::with_capacity(decoded.len());
    for (i, case) in decoded.iter().enumerate() {
        let full = evaluate(case, params)
            .expect("an assessment")
            .procedure
            .kind;
        let alone = procedure_alone(case, params);
        assert_eq!(
            full, alone,
            "case {i}: procedure choice alone differs from the full evaluation"
        );
        kinds.push(kind_name(full));
    }
    if let Some(path) = arg("--kinds") {
        let mut f = std::io::BufWriter::new(std::fs::File::create(path).expect("kinds file"));
        for k in &kinds {
            writeln!(f, "{k}").expect("write kinds");
        }
    }

    let n = lines.len();
    let (lat, wall, cpu) = time(n, iters, |i| evaluate_json(&lines[i]));
    report("evaluate_json", lat, wall, cpu, n, iters);
    let (lat, wall, cpu) = time(n, iters, |i| evaluate(&decoded[i], params));
    report("evaluate", lat, wall, cpu, n, iters);
    let (lat, wall, cpu) = time(n, iters, |i| procedure_alone(&decoded[i], params));
    report("procedure", lat, wall, cpu, n, iters);
}
