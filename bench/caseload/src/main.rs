//! `caseload`: writes a realistic caseload of the Dutch asylum chain as JSON Lines of Cases
//! (CONTRACT.md), seeded and reproducible: the same `--seed` and `--cases` give the same bytes.
//!
//! ```sh
//! cargo run --release -p migratiepact-caseload -- --cases 1000000 --seed 17 -o cases.jsonl
//! ```
//!
//! The frequencies are those of a recent year in the Netherlands, rounded (see
//! `bench/caseload/README.md` for the figures, their sources, and how approximate they are):
//! legacy cases (lodged before 12-06-2026, still in the old procedure) and pact cases at every
//! stage — screening, registered, lodged, decided, in Dublin, appealed.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use migratiepact_caseload::Gen;

#[derive(Parser)]
#[command(
    name = "caseload",
    about = "Generate a realistic, seeded caseload (JSON Lines)"
)]
struct Args {
    /// Number of cases.
    #[arg(long, default_value_t = 10_000)]
    cases: u64,
    /// Seed (same seed, same caseload).
    #[arg(long, default_value_t = 17)]
    seed: u64,
    /// Output file (default: standard output).
    #[arg(short, long)]
    output: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let Some(mut g) = Gen::new(args.seed) else {
        eprintln!("caseload: a frequency table is empty");
        return ExitCode::from(2);
    };
    let sink: Box<dyn Write> = match &args.output {
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("caseload: cannot write {}: {e}", p.display());
                return ExitCode::from(2);
            }
        },
        None => Box::new(io::stdout().lock()),
    };
    let mut w = BufWriter::with_capacity(1 << 20, sink);
    for n in 0..args.cases {
        let case = g.next_case(n);
        if serde_json::to_writer(&mut w, &case).is_err() || w.write_all(b"\n").is_err() {
            eprintln!("caseload: cannot write output");
            return ExitCode::from(2);
        }
    }
    if w.flush().is_err() {
        eprintln!("caseload: cannot write output");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
