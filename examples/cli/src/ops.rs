//! `agenda` and `impact`: caseload operations over the same bounded pipeline as `batch`
//! (issue #17). The rules, names and actors come from the core (`migratiepact_core::ops`,
//! `catalog`); this file reads, sorts and formats.
//!
//! Memory: the input streams through a fixed set of blocks (see `run_parallel`). The agenda's
//! rows must be sorted by due date before the first is written: they are kept as compact
//! sort-keyed lines in a buffer of at most [`SORT_BUFFER`] bytes; a full buffer is sorted and
//! written to a temporary file (a run), and the runs are merged at the end (an external merge
//! sort), so memory stays bounded whatever the size of the caseload. Impact writes its lines in
//! input order as they come.

use std::collections::BinaryHeap;
use std::fs;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Seek, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Mutex, PoisonError};

use clap::ValueEnum;
use migratiepact_core::ops::agenda::{self, AgendaQuery, AgendaSummary};
use migratiepact_core::ops::impact::{self, ImpactSummary};
use migratiepact_core::{Locale, Options, Parameters};

use super::{load_params, progress_bar, run_parallel, usage_error, BatchError, Lang, INPUT_BUFFER};

/// Bytes of sort-keyed agenda rows kept in memory before a run is written to disk.
pub const SORT_BUFFER: usize = 64 << 20;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AgendaFormat {
    Table,
    Csv,
    Json,
    Ics,
    Html,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImpactFormat {
    Json,
    Csv,
    Html,
}

/// The agenda's arguments.
pub struct AgendaArgs {
    pub input: PathBuf,
    pub as_of: String,
    pub within: String,
    pub authority: Option<String>,
    pub format: AgendaFormat,
    pub lang: Option<Lang>,
    pub params: Option<PathBuf>,
    pub output: Option<PathBuf>,
    pub jobs: Option<usize>,
    pub sort_buffer: usize,
}

fn workers(jobs: Option<usize>) -> usize {
    jobs.or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1)
        .max(1)
}

fn progress_for(file: &fs::File) -> indicatif::ProgressBar {
    if io::stderr().is_terminal() {
        progress_bar(
            file.metadata()
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len()),
        )
    } else {
        indicatif::ProgressBar::hidden()
    }
}

fn sink(output: Option<&PathBuf>) -> Result<Box<dyn Write>, ExitCode> {
    match output {
        Some(p) => match fs::File::create(p) {
            Ok(f) => Ok(Box::new(BufWriter::with_capacity(1 << 20, f))),
            Err(e) => Err(usage_error(&format!("cannot write {}: {e}", p.display()))),
        },
        None => Ok(Box::new(BufWriter::with_capacity(
            1 << 20,
            io::stdout().lock(),
        ))),
    }
}

fn pipeline_error(e: BatchError, input: &std::path::Path) -> ExitCode {
    match e {
        BatchError::Read(e) => usage_error(&format!("cannot read {}: {e}", input.display())),
        BatchError::Write => usage_error("cannot write output"),
        BatchError::Lost { written, read } => usage_error(&format!(
            "internal error: {written} of {read} blocks of lines written"
        )),
    }
}

// ---------------------------------------------------------------------------------------------
// The external sort of agenda rows.

/// One sort-keyed row: `due \t caseId \t position \t row JSON`, so that the byte order of the
/// lines is the agenda's order (due date, case id, the order of the contract).
fn keyed_row(r: &agenda::AgendaRow, out: &mut Vec<u8>) {
    let pos = migratiepact_core::catalog::DEADLINES
        .iter()
        .position(|d| d.id == r.id)
        .unwrap_or(99);
    out.extend_from_slice(r.due.as_bytes());
    out.push(b'\t');
    // JSON-escaped: no raw tab or newline inside.
    let id = serde_json::to_string(&r.case_id).unwrap_or_default();
    out.extend_from_slice(id.as_bytes());
    out.push(b'\t');
    out.extend_from_slice(format!("{pos:02}").as_bytes());
    out.push(b'\t');
    let _ = serde_json::to_writer(&mut *out, r);
    out.push(b'\n');
}

/// The row JSON of a keyed line.
fn row_json(line: &[u8]) -> &[u8] {
    let mut tabs = 0;
    for (i, &b) in line.iter().enumerate() {
        if b == b'\t' {
            tabs += 1;
            if tabs == 3 {
                return &line[i + 1..];
            }
        }
    }
    line
}

/// Receives the workers' keyed lines (whole lines per write) and sorts them with bounded memory.
pub(crate) struct Sorter {
    lines: Vec<Vec<u8>>,
    bytes: usize,
    runs: Vec<fs::File>,
    limit: usize,
}

impl Sorter {
    fn new(limit: usize) -> Sorter {
        Sorter {
            lines: Vec::new(),
            bytes: 0,
            runs: Vec::new(),
            limit,
        }
    }

    fn spill(&mut self) -> io::Result<()> {
        self.lines.sort_unstable();
        let mut f = tempfile::tempfile()?;
        {
            let mut w = BufWriter::new(&mut f);
            for l in self.lines.drain(..) {
                w.write_all(&l)?;
            }
            w.flush()?;
        }
        f.rewind()?;
        self.runs.push(f);
        self.bytes = 0;
        Ok(())
    }

    /// Every line in order.
    fn finish(mut self, mut each: impl FnMut(&[u8]) -> io::Result<()>) -> io::Result<usize> {
        if self.runs.is_empty() {
            self.lines.sort_unstable();
            for l in &self.lines {
                each(l)?;
            }
            return Ok(0);
        }
        if !self.lines.is_empty() {
            self.spill()?;
        }
        let runs = self.runs.len();
        let mut readers: Vec<BufReader<fs::File>> = self
            .runs
            .into_iter()
            .map(|f| BufReader::with_capacity(1 << 16, f))
            .collect();
        // k-way merge: the smallest head of every run.
        let mut heap = BinaryHeap::new();
        for (i, r) in readers.iter_mut().enumerate() {
            let mut l = Vec::new();
            if r.read_until(b'\n', &mut l)? > 0 {
                heap.push(std::cmp::Reverse((l, i)));
            }
        }
        while let Some(std::cmp::Reverse((l, i))) = heap.pop() {
            each(&l)?;
            let mut next = l;
            next.clear();
            if let Some(r) = readers.get_mut(i) {
                if r.read_until(b'\n', &mut next)? > 0 {
                    heap.push(std::cmp::Reverse((next, i)));
                }
            }
        }
        Ok(runs)
    }
}

impl Write for Sorter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        for l in buf.split_inclusive(|&b| b == b'\n') {
            // A worker's internal-error line (it has no key): not a row.
            if l.first().is_some_and(|b| b.is_ascii_digit()) {
                self.bytes += l.len() + std::mem::size_of::<Vec<u8>>();
                self.lines.push(l.to_vec());
            }
        }
        if self.bytes >= self.limit {
            self.spill()?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// agenda

pub fn agenda(args: AgendaArgs) -> ExitCode {
    let locale = args.lang.map(Locale::from).unwrap_or_default();
    let query = match AgendaQuery::parse(
        &args.as_of,
        Some(&args.within),
        args.authority.as_deref(),
        locale,
    ) {
        Ok(q) => q,
        Err(r) => {
            let msgs: Vec<String> = r
                .errors
                .iter()
                .map(|e| format!("{}: {}", e.path, e.message))
                .collect();
            return usage_error(&msgs.join("; "));
        }
    };
    let params = match load_params(args.params.as_ref()) {
        Ok(p) => p,
        Err(e) => return usage_error(&e),
    };
    let file = match fs::File::open(&args.input) {
        Ok(f) => f,
        Err(e) => return usage_error(&format!("cannot read {}: {e}", args.input.display())),
    };
    let progress = progress_for(&file);
    let workers = workers(args.jobs);
    let summary = Mutex::new(AgendaSummary::default());
    let job = |line: &[u8], out: &mut Vec<u8>| match agenda::agenda_case(line, &params, &query) {
        Ok(c) => {
            for r in &c.rows {
                keyed_row(r, out);
            }
            summary
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .add(&c);
            true
        }
        Err(_) => {
            summary
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .add_error();
            false
        }
    };
    let mut sorter = Sorter::new(args.sort_buffer.max(1));
    let reader = io::BufReader::with_capacity(INPUT_BUFFER, file);
    let tally = run_parallel(reader, &mut sorter, &job, workers, &progress);
    progress.finish_and_clear();
    if let Err(e) = tally {
        return pipeline_error(e, &args.input);
    }
    let summary = summary.into_inner().unwrap_or_else(PoisonError::into_inner);
    let mut w = match sink(args.output.as_ref()) {
        Ok(w) => w,
        Err(code) => return code,
    };
    let written = crate::report::agenda(args.format, sorter, &summary, &query, &mut *w)
        .and_then(|runs| w.flush().map(|()| runs));
    let runs = match written {
        Ok(runs) => runs,
        Err(e) => return usage_error(&format!("cannot write output: {e}")),
    };
    eprintln!(
        "migratiepact: {} cases, {} rows on the agenda, {} with errors ({} threads, {} sorted runs on disk)",
        summary.cases, summary.rows, summary.errors, workers, runs
    );
    if args.format != AgendaFormat::Table && args.format != AgendaFormat::Html {
        eprint!("{}", crate::report::agenda_summary_text(&summary, locale));
    }
    ExitCode::SUCCESS
}

/// Writes every sorted row (its JSON) to `each`; returns the number of runs on disk.
pub(crate) fn sorted_rows(
    sorter: Sorter,
    mut each: impl FnMut(&[u8]) -> io::Result<()>,
) -> io::Result<usize> {
    sorter.finish(|l| {
        let j = row_json(l);
        each(j.strip_suffix(b"\n").unwrap_or(j))
    })
}

// ---------------------------------------------------------------------------------------------
// impact

/// The impact's arguments.
pub struct ImpactArgs {
    pub input: PathBuf,
    pub params: Option<PathBuf>,
    pub base: Option<PathBuf>,
    pub against: Option<PathBuf>,
    pub format: ImpactFormat,
    pub output: Option<PathBuf>,
    pub jobs: Option<usize>,
}

/// Reads two JSON Lines files side by side as one stream of lines `case \x1e stored`: the
/// record separator cannot occur in JSON text (a control character, escaped inside strings),
/// so the pair splits unambiguously.
struct Paired<A, B> {
    a: A,
    b: B,
    buf: Vec<u8>,
    at: usize,
    done: bool,
}

impl<A: BufRead, B: BufRead> Read for Paired<A, B> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.at >= self.buf.len() && !self.done {
            self.buf.clear();
            self.at = 0;
            let na = self.a.read_until(b'\n', &mut self.buf)?;
            if self.buf.last() == Some(&b'\n') {
                self.buf.pop();
            }
            self.buf.push(0x1e);
            let nb = self.b.read_until(b'\n', &mut self.buf)?;
            if na == 0 && nb == 0 {
                self.done = true;
                self.buf.clear();
                break;
            }
            if self.buf.last() != Some(&b'\n') {
                self.buf.push(b'\n');
            }
        }
        let n = out.len().min(self.buf.len() - self.at);
        out[..n].copy_from_slice(&self.buf[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

pub fn impact(args: ImpactArgs) -> ExitCode {
    let file = match fs::File::open(&args.input) {
        Ok(f) => f,
        Err(e) => return usage_error(&format!("cannot read {}: {e}", args.input.display())),
    };
    let progress = progress_for(&file);
    let workers = workers(args.jobs);
    let summary = Mutex::new(ImpactSummary::default());
    let options = Options::default();
    let write_case = |c: Option<impact::CaseImpact>, out: &mut Vec<u8>| {
        summary
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .add(c.as_ref());
        if let Some(c) = c {
            let _ = serde_json::to_writer(&mut *out, &c);
            out.push(b'\n');
        }
    };
    // The changed cases as JSON Lines, in input order.
    let mut lines = match tempfile::tempfile() {
        Ok(f) => BufWriter::with_capacity(1 << 20, f),
        Err(e) => return usage_error(&format!("cannot create a temporary file: {e}")),
    };
    let result = match (&args.against, &args.params) {
        (Some(stored), None) => {
            if args.base.is_some() {
                return usage_error("--base goes with --params, not with --against");
            }
            let params = Parameters::embedded();
            let stored_file = match fs::File::open(stored) {
                Ok(f) => f,
                Err(e) => return usage_error(&format!("cannot read {}: {e}", stored.display())),
            };
            let job = |line: &[u8], out: &mut Vec<u8>| {
                let (case, old) = match line.iter().position(|&b| b == 0x1e) {
                    Some(i) => (&line[..i], &line[i + 1..]),
                    None => (line, &b""[..]),
                };
                write_case(impact::impact_stored(case, old, params, options), out);
                true
            };
            let reader = io::BufReader::with_capacity(
                INPUT_BUFFER,
                Paired {
                    a: io::BufReader::with_capacity(INPUT_BUFFER, file),
                    b: io::BufReader::with_capacity(INPUT_BUFFER, stored_file),
                    buf: Vec::new(),
                    at: 0,
                    done: false,
                },
            );
            run_parallel(reader, &mut lines, &job, workers, &progress)
        }
        (None, Some(new)) => {
            let (base, new) = match (load_params(args.base.as_ref()), load_params(Some(new))) {
                (Ok(b), Ok(n)) => (b, n),
                (Err(e), _) | (_, Err(e)) => return usage_error(&e),
            };
            let job = |line: &[u8], out: &mut Vec<u8>| {
                write_case(impact::impact_params(line, &base, &new, options), out);
                true
            };
            let reader = io::BufReader::with_capacity(INPUT_BUFFER, file);
            run_parallel(reader, &mut lines, &job, workers, &progress)
        }
        _ => return usage_error(
            "give either --params NEW.json [--base OLD.json] or --against OLD_ASSESSMENTS.jsonl",
        ),
    };
    progress.finish_and_clear();
    if let Err(e) = result {
        return pipeline_error(e, &args.input);
    }
    let summary = summary.into_inner().unwrap_or_else(PoisonError::into_inner);
    let lines = match lines.into_inner() {
        Ok(mut f) => match f.rewind() {
            Ok(()) => BufReader::with_capacity(1 << 20, f),
            Err(e) => return usage_error(&format!("cannot read back: {e}")),
        },
        Err(e) => return usage_error(&format!("cannot write: {e}")),
    };
    let mut w = match sink(args.output.as_ref()) {
        Ok(w) => w,
        Err(code) => return code,
    };
    if let Err(e) =
        crate::report::impact(args.format, lines, &summary, &mut *w).and_then(|()| w.flush())
    {
        return usage_error(&format!("cannot write output: {e}"));
    }
    eprintln!(
        "migratiepact: {} cases, {} changed, {} change procedure, {} now miss a limit ({} threads)",
        summary.cases,
        summary.changed,
        summary.procedure_changed,
        summary.now_missing_a_limit,
        workers
    );
    ExitCode::SUCCESS
}
