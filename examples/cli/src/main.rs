//! `migratiepact`: evaluate a case, a whole caseload, or one period — the engine's command-line
//! surface. It only moves bytes: every rule lives in `migratiepact-core`.
//!
//! Exit codes (CONTRACT.md): 0 an assessment, 1 an ErrorReport, 2 a usage error.

/// `print!` to standard output, except that a closed pipe (`migratiepact … | head`) ends the
/// output quietly instead of panicking as `print!` does.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        // The reader went away: nothing more to say, and nobody to say it to.
        let _ = write!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// `println!` with [`out!`]'s handling of a closed pipe.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

mod ops;
mod report;
mod solidarity;
mod summary;
mod verify;

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Mutex, PoisonError};

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
    /// The deadline agenda of a caseload (docs/operations.md): every deadline due within the
    /// window or overdue, sorted by due date, with who must act and the provision.
    Agenda {
        /// Input file, one case per line (JSON Lines).
        input: PathBuf,
        /// "Now": an RFC 3339 instant or a date; every case is evaluated at this moment.
        #[arg(long)]
        as_of: String,
        /// The window: an ISO 8601 period in days or weeks.
        #[arg(long, default_value = "P14D")]
        within: String,
        /// Only the deadlines this actor must act on.
        #[arg(long, value_parser = ["ind", "coa", "kmar", "applicant", "otherMemberState"])]
        authority: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: ops::AgendaFormat,
        /// Language of names.
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// A replacement parameter set.
        #[arg(long)]
        params: Option<PathBuf>,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Worker threads (default: every core).
        #[arg(long)]
        jobs: Option<usize>,
        /// Bytes of rows sorted in memory before a sorted run goes to disk (tests).
        #[arg(long, hide = true, default_value_t = ops::SORT_BUFFER)]
        sort_buffer: usize,
    },
    /// What a change does to a caseload: two parameter sets (--params NEW [--base OLD]), or
    /// today's engine against stored assessments (--against OLD.jsonl, line by line).
    Impact {
        /// Input file, one case per line (JSON Lines).
        input: PathBuf,
        /// The new parameter set.
        #[arg(long)]
        params: Option<PathBuf>,
        /// The old parameter set (default: the embedded set).
        #[arg(long)]
        base: Option<PathBuf>,
        /// Stored answers, one per line of the input.
        #[arg(long)]
        against: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: ops::ImpactFormat,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Worker threads (default: every core).
        #[arg(long)]
        jobs: Option<usize>,
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
        Command::Agenda {
            input,
            as_of,
            within,
            authority,
            format,
            lang,
            params,
            output,
            jobs,
            sort_buffer,
        } => ops::agenda(ops::AgendaArgs {
            input,
            as_of,
            within,
            authority,
            format,
            lang,
            params,
            output,
            jobs,
            sort_buffer,
        }),
        Command::Impact {
            input,
            params,
            base,
            against,
            format,
            output,
            jobs,
        } => ops::impact(ops::ImpactArgs {
            input,
            params,
            base,
            against,
            format,
            output,
            jobs,
        }),
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
        outln!("{}", out.json);
        out.ok
    } else {
        let result = migratiepact_core::api::decode_case_with(&bytes, options)
            .and_then(|case| migratiepact_core::evaluate_with(&case, &params, options));
        let locale = options
            .locale
            .unwrap_or_else(|| summary::case_locale(&bytes));
        let text = match &result {
            Ok(a) => summary::assessment(a, locale),
            Err(r) => summary::errors(r, locale),
        };
        out!("{text}");
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
    let options = Options {
        locale: lang.map(Locale::from),
    };
    let workers = jobs
        .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1)
        .max(1);
    // The number of cases is not known before the end: the bar counts input bytes.
    let progress = if io::stderr().is_terminal() {
        progress_bar(
            file.metadata()
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len()),
        )
    } else {
        indicatif::ProgressBar::hidden()
    };
    let sink: Box<dyn Write> = match output {
        Some(p) => match fs::File::create(p) {
            Ok(f) => Box::new(f),
            Err(e) => return usage_error(&format!("cannot write {}: {e}", p.display())),
        },
        None => Box::new(io::stdout().lock()),
    };
    let mut w = BufWriter::with_capacity(OUTPUT_BUFFER, sink);
    let reader = io::BufReader::with_capacity(INPUT_BUFFER, file);
    // Straight into the block's output buffer: the same bytes as `evaluate_json_with`, without
    // a buffer per case.
    let job = |line: &[u8], out: &mut Vec<u8>| {
        let ok = migratiepact_core::evaluate_json_into(line, &params, options, out);
        out.push(b'\n');
        ok
    };
    let tally = run_parallel(reader, &mut w, &job, workers, &progress);
    progress.finish_and_clear();
    let tally = match tally {
        Ok(t) => t,
        Err(BatchError::Read(e)) => {
            return usage_error(&format!("cannot read {}: {e}", input.display()))
        }
        Err(BatchError::Write) => return usage_error("cannot write output"),
        Err(BatchError::Lost { written, read }) => {
            return usage_error(&format!(
                "internal error: {written} of {read} blocks of lines written"
            ))
        }
    };
    if w.flush().is_err() {
        return usage_error("cannot write output");
    }
    eprintln!(
        "migratiepact: {} cases, {} assessed, {} with errors ({} threads)",
        tally.cases,
        tally.cases - tally.failed,
        tally.failed,
        workers
    );
    if tally.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Lines handed to a worker at a time.
const BLOCK_LINES: usize = 128;
/// A block is also closed once its lines hold this many bytes (very long lines).
const BLOCK_BYTES: usize = 1 << 20;
/// Blocks in flight (being read, queued, evaluated or waiting to be written) per worker: this
/// bounds memory whatever the size of the input.
const BLOCKS_PER_WORKER: usize = 4;
const INPUT_BUFFER: usize = 1 << 20;
const OUTPUT_BUFFER: usize = 1 << 20;
/// A recycled block buffer grown beyond this (by huge lines) is shrunk back.
const KEEP_CAPACITY: usize = 4 << 20;

/// What a worker writes for each line of a block during which it panicked.
const INTERNAL_ERROR: &str = r#"{"schemaVersion":1,"errors":[{"code":"invalidJson","path":"","message":"internal error while evaluating this line"}]}"#;

/// Consecutive input lines and, once evaluated, their output lines. Blocks circulate between the
/// reader, the workers and the writer and are reused, buffers included.
#[derive(Default)]
struct Block {
    /// Position in the input.
    seq: u64,
    /// The lines, concatenated, without their line ends.
    input: Vec<u8>,
    /// Where each line ends in `input` (it starts where the previous one ends).
    ends: Vec<usize>,
    /// One Assessment or ErrorReport per line, each followed by a newline.
    output: Vec<u8>,
    /// Lines answered with an ErrorReport.
    failed: usize,
    /// Input bytes read into this block, line ends included (for the progress bar).
    consumed: u64,
}

impl Block {
    fn recycle(&mut self) {
        for buf in [&mut self.input, &mut self.output] {
            buf.clear();
            buf.shrink_to(KEEP_CAPACITY);
        }
        self.ends.clear();
        self.failed = 0;
        self.consumed = 0;
    }

    /// Runs `job` on every line of the block, collecting what it writes; `job` returns `false`
    /// for a line answered with an ErrorReport.
    fn run(&mut self, job: &Job<'_>) {
        let Block {
            input,
            ends,
            output,
            failed,
            ..
        } = self;
        output.clear();
        *failed = 0;
        // The core does not panic; should it anyway, every line of the block still gets a
        // well-formed answer so the output stays line-aligned.
        let evaluated = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut start = 0;
            for &end in ends.iter() {
                if !job(input.get(start..end).unwrap_or_default(), output) {
                    *failed += 1;
                }
                start = end;
            }
        }));
        if evaluated.is_err() {
            output.clear();
            for _ in ends.iter() {
                output.extend_from_slice(INTERNAL_ERROR.as_bytes());
                output.push(b'\n');
            }
            *failed = ends.len();
        }
    }
}

/// What the pipeline does with one input line: appends its output (whole lines) and returns
/// `false` for a line answered with an ErrorReport.
type Job<'a> = dyn Fn(&[u8], &mut Vec<u8>) -> bool + Sync + 'a;

enum BatchError {
    Read(io::Error),
    Write,
    Lost { written: u64, read: u64 },
}

#[derive(Default)]
struct Tally {
    cases: usize,
    failed: usize,
}

fn progress_bar(len: Option<u64>) -> indicatif::ProgressBar {
    let (bar, template) = match len {
        Some(len) => (
            indicatif::ProgressBar::new(len),
            "{wide_bar} {bytes}/{total_bytes} ({eta})",
        ),
        None => (indicatif::ProgressBar::new_spinner(), "{spinner} {bytes}"),
    };
    match indicatif::ProgressStyle::with_template(template) {
        Ok(style) => bar.with_style(style),
        Err(_) => bar,
    }
}

/// Evaluates every line of `reader` on `workers` threads and writes the answers to `w` in input
/// order, as they come: a reader thread cuts the input into numbered blocks, the workers evaluate
/// them, and this thread puts them back in order. A fixed set of blocks circulates, so memory
/// stays bounded. A read error comes before a write error.
fn run_parallel(
    reader: impl BufRead + Send,
    w: &mut impl Write,
    job: &Job<'_>,
    workers: usize,
    progress: &indicatif::ProgressBar,
) -> Result<Tally, BatchError> {
    let blocks = workers.saturating_mul(BLOCKS_PER_WORKER);
    // Every channel can hold every block, so a send never waits: only the reader waits, for a
    // free block, and only the writer and workers wait, for work.
    let (free_tx, free_rx) = mpsc::sync_channel::<Block>(blocks);
    let (work_tx, work_rx) = mpsc::sync_channel::<Block>(blocks);
    let (done_tx, done_rx) = mpsc::sync_channel::<Block>(blocks);
    for _ in 0..blocks {
        let _ = free_tx.send(Block::default());
    }
    let work_rx = Mutex::new(work_rx);
    std::thread::scope(|s| {
        let read = s.spawn(move || read_blocks(reader, &free_rx, &work_tx));
        let work_rx = &work_rx;
        let evaluators: Vec<_> = (0..workers)
            .map(|_| {
                let done_tx = done_tx.clone();
                s.spawn(move || loop {
                    let next = work_rx
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .recv();
                    let Ok(mut block) = next else { break };
                    block.run(job);
                    if done_tx.send(block).is_err() {
                        break;
                    }
                })
            })
            .collect();
        drop(done_tx);
        // Takes the writer's ends of the channels: when it stops, early on a write error, the
        // reader and the workers stop too.
        let written = write_in_order(done_rx, free_tx, w, progress);
        for evaluator in evaluators {
            let _ = evaluator.join();
        }
        let read = read
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("internal error while reading")))
            .map_err(BatchError::Read)?;
        let (tally, written) = written.map_err(|_| BatchError::Write)?;
        // A block read but not written would shift every following line.
        if written != read {
            return Err(BatchError::Lost { written, read });
        }
        Ok(tally)
    })
}

/// Cuts the input into blocks of lines without their line ends (`\n`, and a `\r` before it),
/// numbered in order. A last line that is empty is not a case. Returns the number of blocks sent.
fn read_blocks(
    mut reader: impl BufRead,
    free: &Receiver<Block>,
    work: &SyncSender<Block>,
) -> io::Result<u64> {
    let mut seq = 0;
    // An empty line is only a case if another line follows it.
    let mut pending_empty = false;
    let Ok(mut block) = free.recv() else {
        return Ok(seq);
    };
    loop {
        let start = block.input.len();
        let n = reader.read_until(b'\n', &mut block.input)?;
        if n == 0 {
            break;
        }
        block.consumed += n as u64;
        if block.input.last() == Some(&b'\n') {
            block.input.pop();
        }
        if block.input.len() > start && block.input.last() == Some(&b'\r') {
            block.input.pop();
        }
        let empty = block.input.len() == start;
        if pending_empty {
            block.ends.push(start);
        }
        if !empty {
            block.ends.push(block.input.len());
        }
        pending_empty = empty;
        if block.ends.len() >= BLOCK_LINES || block.input.len() >= BLOCK_BYTES {
            block.seq = seq;
            if work.send(block).is_err() {
                return Ok(seq);
            }
            seq += 1;
            match free.recv() {
                Ok(b) => block = b,
                // The writer stopped.
                Err(_) => return Ok(seq),
            }
        }
    }
    if !block.ends.is_empty() {
        block.seq = seq;
        if work.send(block).is_ok() {
            seq += 1;
        }
    }
    Ok(seq)
}

/// Writes evaluated blocks in input order, holding back those that arrive early, and hands each
/// written block back to the reader. Returns the tally and the number of blocks written.
fn write_in_order(
    done: Receiver<Block>,
    free: SyncSender<Block>,
    w: &mut impl Write,
    progress: &indicatif::ProgressBar,
) -> io::Result<(Tally, u64)> {
    let mut early: BTreeMap<u64, Block> = BTreeMap::new();
    let mut tally = Tally::default();
    let mut next = 0;
    for block in done {
        early.insert(block.seq, block);
        while let Some(mut block) = early.remove(&next) {
            w.write_all(&block.output)?;
            tally.cases += block.ends.len();
            tally.failed += block.failed;
            progress.inc(block.consumed);
            next += 1;
            block.recycle();
            let _ = free.send(block);
        }
    }
    Ok((tally, next))
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
        outln!("{}", out.unwrap_or_default());
    } else {
        match &result {
            Ok(r) => out!("{}", summary::period(r, locale)),
            Err(r) => out!("{}", summary::errors(r, locale)),
        }
    }
    if result.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
