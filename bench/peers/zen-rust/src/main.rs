//! GoRules ZEN's Rust core (`zen-engine` crate) on the migratiepact procedure choice.
//!
//! Usage: `zen-rust-peer TABLE.json CASES.jsonl ITERS THREADS [KINDS_OUT]`
//!
//! Loads the JDM graph (`bench/peers/zen-node/procedure.jdm.json`, shared with the Node peer),
//! converts each manifest case to a ZEN `Variable` (not timed: the same way the
//! procedure-choice API alone is timed on an already decoded `Case`), evaluates it, and prints
//! one JSON line of figures per mode (`interpreted`, `compiled`) to stdout. With KINDS_OUT, the
//! first pass writes the procedure kind of each case (one a line) for the differential gate.
use std::io::{BufRead, Write};
use std::sync::Arc;
use std::time::Instant;

use serde_json::Value;
use zen_engine::model::DecisionContent;
use zen_engine::{Decision, DecisionEngine, Variable};

fn kind_of(result: &Variable) -> String {
    let v: Value = serde_json::to_value(result).unwrap_or(Value::Null);
    v.get("kind")
        .and_then(Value::as_str)
        .unwrap_or("null")
        .to_string()
}

/// Evaluates `cases` `iters` times on one thread; returns (per-call ns, CPU seconds spent in the
/// evaluation passes, kinds of the first pass). Each pass first converts the cases to ZEN
/// `Variable`s (not timed, and outside the CPU window), then evaluates them one by one.
fn run(decision: &Decision, cases: &[Value], iters: usize) -> (Vec<u64>, f64, Vec<String>) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut lat = Vec::with_capacity(cases.len() * iters);
        let mut kinds = Vec::with_capacity(cases.len());
        let mut cpu = 0.0;
        for it in 0..iters {
            let inputs: Vec<Variable> = cases.iter().map(Variable::from).collect();
            let c0 = cpu_seconds();
            for input in inputs {
                let t = Instant::now();
                let resp = decision.evaluate(input).await.unwrap();
                lat.push(t.elapsed().as_nanos() as u64);
                if it == 0 {
                    kinds.push(kind_of(&resp.result));
                }
            }
            cpu += cpu_seconds() - c0;
        }
        (lat, cpu, kinds)
    })
}

/// CPU time (user + system) of this process so far, in seconds (`/proc/self/stat`, 100 Hz).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<f64> = after
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0.0))
        .collect();
    (f.get(11).copied().unwrap_or(0.0) + f.get(12).copied().unwrap_or(0.0)) / 100.0
}

fn pct(sorted: &[u64], p: f64) -> u64 {
    if sorted.is_empty() {
        return 0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 5 {
        eprintln!("usage: zen-rust-peer TABLE.json CASES.jsonl ITERS THREADS [KINDS_OUT]");
        std::process::exit(2);
    }
    let table = std::fs::read(&args[1]).unwrap();
    let cases: Vec<Value> = std::io::BufReader::new(std::fs::File::open(&args[2]).unwrap())
        .lines()
        .map(|l| serde_json::from_str(&l.unwrap()).unwrap())
        .collect();
    let iters: usize = args[3].parse().unwrap();
    let threads: usize = args[4].parse().unwrap();
    let content: DecisionContent = serde_json::from_slice(&table).unwrap();
    let engine = DecisionEngine::default();
    let interpreted = engine.create_decision(Arc::new(content)).unwrap();
    let mut compiled = interpreted.clone();
    compiled.compile();

    // Warm-up (one pass each), then the timed passes.
    let (_, _, kinds) = run(&interpreted, &cases, 1);
    let _ = run(&compiled, &cases, 1);
    if let Some(path) = args.get(5) {
        let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
        for k in &kinds {
            writeln!(f, "{k}").unwrap();
        }
    }
    for (mode, decision) in [("interpreted", &interpreted), ("compiled", &compiled)] {
        let t0 = Instant::now();
        let (mut lat, cpu): (Vec<u64>, f64) = if threads <= 1 {
            let (lat, cpu, _) = run(decision, &cases, iters);
            (lat, cpu)
        } else {
            // Many threads: the process's CPU time over the whole run (conversions included).
            let c0 = cpu_seconds();
            let chunk = cases.len().div_ceil(threads);
            let lat = std::thread::scope(|s| {
                let hs: Vec<_> = cases
                    .chunks(chunk)
                    .map(|part| s.spawn(move || run(decision, part, iters).0))
                    .collect();
                hs.into_iter().flat_map(|h| h.join().unwrap()).collect()
            });
            (lat, cpu_seconds() - c0)
        };
        let wall = t0.elapsed().as_secs_f64();
        lat.sort_unstable();
        let n = cases.len() * iters;
        let busy: f64 = lat.iter().map(|&x| x as f64).sum::<f64>() / 1e9;
        // One thread: calls over the time spent in them (as every runner); many: over the wall.
        let rate = if threads <= 1 {
            n as f64 / busy
        } else {
            n as f64 / wall
        };
        println!(
            "{{\"mode\":\"{mode}\",\"threads\":{threads},\"cases\":{},\"iters\":{iters},\"wall_s\":{wall:.6},\"busy_s\":{busy:.6},\"cpu_s\":{cpu:.3},\"cases_per_s\":{:.1},\"p50_ns\":{},\"p99_ns\":{}}}",
            cases.len(),
            rate,
            pct(&lat, 0.50),
            pct(&lat, 0.99)
        );
    }
}
