//! `migratiepact`: evaluate a case, a whole caseload, or one period — the engine's command-line
//! surface. It only moves bytes: every rule lives in `migratiepact-core`.
//!
//! Exit codes (CONTRACT.md): 0 an assessment, 1 an ErrorReport, 2 a usage error.

mod solidarity;
mod summary;
mod verify;

use std::fs;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use migratiepact_core::{api, Locale, Options, Parameters};

#[derive(Parser)]
#[command(
    name = "migratiepact",
    version,
    about = "Rules engine for the EU Pact on Migration and Asylum as applied in the Netherlands"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Lang {
    Nl,
    En,
}

impl From<Lang> for Locale {
    fn from(l: Lang) -> Locale {
        match l {
            Lang::Nl => Locale::Nl,
            Lang::En => Locale::En,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum LawArg {
    Eu,
    Nl,
}

#[derive(Subcommand)]
enum Command {
    /// Evaluate one case (a file, or - for standard input).
    Evaluate {
        /// Case file (JSON); "-" or absent reads standard input.
        file: Option<PathBuf>,
        /// Print the Assessment (or ErrorReport) as JSON instead of a summary.
        #[arg(long)]
        json: bool,
        /// Language of texts (overrides the case's locale).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// A replacement parameter set (JSON, see core/params/default.json).
        #[arg(long)]
        params: Option<PathBuf>,
    },
    /// Evaluate one case per line (JSON Lines), in order, using every core.
    Batch {
        /// Input file, one case per line.
        input: PathBuf,
        /// Output file (default: standard output), one Assessment or ErrorReport per line.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Language of texts.
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// A replacement parameter set.
        #[arg(long)]
        params: Option<PathBuf>,
        /// Worker threads (default: every core).
        #[arg(long)]
        jobs: Option<usize>,
    },
    /// Compute one period.
    Deadline {
        /// Starting event: a date YYYY-MM-DD or an RFC 3339 instant.
        #[arg(long)]
        from: String,
        /// ISO 8601 period as stated in law: P5D, P2W, P6M, P1Y, PT72H.
        #[arg(long)]
        period: String,
        /// eu: Reg. 1182/71 art. 3; nl: Awb 6:8 and the Algemene termijnenwet.
        #[arg(long, value_enum, default_value = "eu")]
        law: LawArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Language of notes.
        #[arg(long, value_enum)]
        lang: Option<Lang>,
    },
    /// Fair share of the Annual Solidarity Pool (AMMR 12(2), 66, Annex I) from population and
    /// GDP figures (a request or a figures file, see docs/solidarity.md).
    Solidarity {
        /// Request or figures file (JSON); "-" or absent reads standard input.
        file: Option<PathBuf>,
        /// Member State (ISO 3166-1 alpha-2; default NL).
        #[arg(long)]
        state: Option<String>,
        /// Pool relocations (default 30000, AMMR 12(2)(a)).
        #[arg(long)]
        relocations: Option<u64>,
        /// Pool financial contributions in euro (default 600000000, AMMR 12(2)(b)).
        #[arg(long)]
        eur: Option<u64>,
        /// Print the answer (or ErrorReport) as JSON.
        #[arg(long)]
        json: bool,
        /// Language of texts.
        #[arg(long, value_enum)]
        lang: Option<Lang>,
    },
    /// Re-evaluate a stored case and compare with its receipt or stored assessment
    /// (docs/receipts.md). Exit 0 same, 1 differs, 2 cannot verify.
    Verify {
        /// The stored case (JSON).
        case: PathBuf,
        /// The stored receipt, or the stored assessment (with or without its receipt).
        stored: PathBuf,
        /// The parameter set the receipt names (default: the embedded set).
        #[arg(long)]
        params: Option<PathBuf>,
        /// Print the Verification as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Check a parameter file (docs/parameters.md): every problem, or its hash.
    CheckParams {
        /// The parameter file (JSON).
        file: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Reads at most one byte more than the engine accepts, so an oversized input is reported as
/// `tooLarge` without reading it all.
fn read_input(file: Option<&PathBuf>) -> io::Result<Vec<u8>> {
    let limit = (migratiepact_core::contract::decode::MAX_INPUT_BYTES + 1) as u64;
    let mut buf = Vec::new();
    match file {
        Some(p) if p.as_os_str() != "-" => {
            fs::File::open(p)?.take(limit).read_to_end(&mut buf)?;
        }
        _ => {
            io::stdin().lock().take(limit).read_to_end(&mut buf)?;
        }
    }
    Ok(buf)
}

fn load_params(path: Option<&PathBuf>) -> Result<Parameters, String> {
    match path {
        None => Ok(Parameters::embedded().clone()),
        Some(p) => {
            let bytes = fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
            Parameters::from_json(&bytes).map_err(|e| format!("{}: {e}", p.display()))
        }
    }
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("migratiepact: {msg}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Evaluate {
            file,
            json,
            lang,
            params,
        } => evaluate(file.as_ref(), json, lang, params.as_ref()),
        Command::Batch {
            input,
            output,
            lang,
            params,
            jobs,
        } => batch(&input, output.as_ref(), lang, params.as_ref(), jobs),
        Command::Deadline {
            from,
            period,
            law,
            json,
            lang,
        } => deadline(&from, &period, law, json, lang),
        Command::Solidarity {
            file,
            state,
            relocations,
            eur,
            json,
            lang,
        } => solidarity::run(solidarity::Args {
            file,
            state,
            relocations,
            eur,
            json,
            lang,
        }),
        Command::Verify {
            case,
            stored,
            params,
            json,
        } => verify::verify(&case, &stored, params.as_ref(), json),
        Command::CheckParams { file, json } => verify::check_params(&file, json),
    }
}

fn evaluate(
    file: Option<&PathBuf>,
    json: bool,
    lang: Option<Lang>,
    params: Option<&PathBuf>,
) -> ExitCode {
    let params = match load_params(params) {
        Ok(p) => p,
        Err(e) => return usage_error(&e),
    };
    let bytes = match read_input(file) {
        Ok(b) => b,
        Err(e) => return usage_error(&format!("cannot read input: {e}")),
    };
    let options = Options {
        locale: lang.map(Locale::from),
    };
    let out = if json {
        let out = migratiepact_core::evaluate_json_with(&bytes, &params, options);
        println!("{}", out.json);
        out.ok
    } else {
        let result = migratiepact_core::decode_case(&bytes)
            .and_then(|case| migratiepact_core::evaluate_with(&case, &params, options));
        let locale = options
            .locale
            .unwrap_or_else(|| summary::case_locale(&bytes));
        let text = match &result {
            Ok(a) => summary::assessment(a, locale),
            Err(r) => summary::errors(r, locale),
        };
        print!("{text}");
        result.is_ok()
    };
    if out {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn batch(
    input: &PathBuf,
    output: Option<&PathBuf>,
    lang: Option<Lang>,
    params: Option<&PathBuf>,
    jobs: Option<usize>,
) -> ExitCode {
    let params = match load_params(params) {
        Ok(p) => p,
        Err(e) => return usage_error(&e),
    };
    let file = match fs::File::open(input) {
        Ok(f) => f,
        Err(e) => return usage_error(&format!("cannot read {}: {e}", input.display())),
    };
    let mut lines: Vec<Vec<u8>> = Vec::new();
    for line in io::BufReader::new(file).split(b'\n') {
        match line {
            Ok(mut l) => {
                if l.last() == Some(&b'\r') {
                    l.pop();
                }
                lines.push(l);
            }
            Err(e) => return usage_error(&format!("cannot read {}: {e}", input.display())),
        }
    }
    // A final newline does not make an empty last case.
    if lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let options = Options {
        locale: lang.map(Locale::from),
    };
    let workers = jobs
        .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1)
        .max(1);
    let progress = if io::stderr().is_terminal() {
        indicatif::ProgressBar::new(lines.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let outputs = evaluate_parallel(&lines, &params, options, workers, &progress);
    progress.finish_and_clear();
    let sink: Box<dyn Write> = match output {
        Some(p) => match fs::File::create(p) {
            Ok(f) => Box::new(f),
            Err(e) => return usage_error(&format!("cannot write {}: {e}", p.display())),
        },
        None => Box::new(io::stdout().lock()),
    };
    let mut w = BufWriter::new(sink);
    let mut failed = 0usize;
    for out in &outputs {
        if !out.ok {
            failed += 1;
        }
        if writeln!(w, "{}", out.json).is_err() {
            return usage_error("cannot write output");
        }
    }
    if w.flush().is_err() {
        return usage_error("cannot write output");
    }
    eprintln!(
        "migratiepact: {} cases, {} assessed, {} with errors ({} threads)",
        outputs.len(),
        outputs.len() - failed,
        failed,
        workers
    );
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Evaluates lines on `workers` threads, keeping the input order.
fn evaluate_parallel(
    lines: &[Vec<u8>],
    params: &Parameters,
    options: Options,
    workers: usize,
    progress: &indicatif::ProgressBar,
) -> Vec<migratiepact_core::JsonOutput> {
    let chunk = lines.len().div_ceil(workers).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = lines
            .chunks(chunk)
            .map(|part| {
                let handle = s.spawn(move || {
                    let mut out = Vec::with_capacity(part.len());
                    for (i, line) in part.iter().enumerate() {
                        out.push(migratiepact_core::evaluate_json_with(line, params, options));
                        if i % 256 == 255 {
                            progress.inc(256);
                        }
                    }
                    out
                });
                (part.len(), handle)
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|(n, h)| {
                // The core does not panic; should a worker die anyway, its lines still get a
                // well-formed answer so the output stays line-aligned.
                h.join().unwrap_or_else(|_| {
                    vec![
                        migratiepact_core::JsonOutput {
                            ok: false,
                            json: r#"{"schemaVersion":1,"errors":[{"code":"invalidJson","path":"","message":"internal error while evaluating this line"}]}"#.to_owned(),
                        };
                        n
                    ]
                })
            })
            .collect()
    })
}

fn deadline(from: &str, period: &str, law: LawArg, json: bool, lang: Option<Lang>) -> ExitCode {
    let law = match law {
        LawArg::Eu => api::Law::Eu,
        LawArg::Nl => api::Law::Nl,
    };
    let locale = lang.map(Locale::from).unwrap_or_default();
    let result = api::deadline(from, period, law, locale);
    if json {
        let out = match &result {
            Ok(r) => serde_json::to_string(r),
            Err(r) => serde_json::to_string(r),
        };
        println!("{}", out.unwrap_or_default());
    } else {
        match &result {
            Ok(r) => print!("{}", summary::period(r, locale)),
            Err(r) => print!("{}", summary::errors(r, locale)),
        }
    }
    if result.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
