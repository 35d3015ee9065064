//! `migratiepact verify`: re-evaluate a stored case against its receipt or stored assessment
//! (docs/receipts.md); `migratiepact check-params`: check a parameter file before it is used
//! (docs/parameters.md). The logic is in `migratiepact_core::{receipt, params}`.
//!
//! Exit codes of `verify`: 0 same, 1 differs, 2 cannot verify (unreadable files, a case or
//! stored document the engine refuses — the ErrorReport is printed).
//! Exit codes of `check-params`: 0 accepted, 1 refused (every problem printed), 2 usage error.

use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

use migratiepact_core::{api, receipt, Locale};

use super::{load_params, usage_error};

pub fn verify(case: &PathBuf, stored: &PathBuf, params: Option<&PathBuf>, json: bool) -> ExitCode {
    let params = match load_params(params) {
        Ok(p) => p,
        Err(e) => return usage_error(&e),
    };
    let read = |p: &PathBuf| fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display()));
    let (case_bytes, stored_bytes) = match (read(case), read(stored)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return usage_error(&e),
    };
    match receipt::verify(&case_bytes, &stored_bytes, &params) {
        Ok(v) => {
            if json {
                outln!("{}", serde_json::to_string(&v).unwrap_or_default());
            } else if v.same {
                outln!("same");
            } else {
                outln!(
                    "differs ({} difference{}):",
                    v.differences.len(),
                    if v.differences.len() == 1 { "" } else { "s" }
                );
                for d in &v.differences {
                    let path = if d.path.is_empty() {
                        "(whole result)"
                    } else {
                        d.path.as_str()
                    };
                    outln!("  {path}: stored {}, now {}", d.stored, d.now);
                }
                if v.differences
                    .iter()
                    .any(|d| d.path == "/receipt/parameters")
                {
                    outln!("  (re-run with --params and the parameter set the receipt names)");
                }
            }
            if v.same {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(report) => {
            outln!("{}", serde_json::to_string(&report).unwrap_or_default());
            eprintln!("migratiepact: cannot verify");
            ExitCode::from(2)
        }
    }
}

pub fn check_params(file: &PathBuf, json: bool) -> ExitCode {
    let bytes = match fs::read(file) {
        Ok(b) => b,
        Err(e) => return usage_error(&format!("cannot read {}: {e}", file.display())),
    };
    if json {
        let out = api::check_params_json(&bytes, Locale::Nl);
        outln!("{}", out.json);
        return if out.ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        };
    }
    match api::load_params(&bytes, Locale::Nl) {
        Ok(p) => {
            let s = api::ParamsSummary::of(&p);
            outln!("accepted: {} ({})", s.name, s.parameters);
            outln!(
                "  {} equated-holiday decrees, {} safe-country designations, {} recognition rates, {} activations, {} notices",
                s.counts.equated_holidays,
                s.counts.safe_countries,
                s.counts.recognition_rates,
                s.counts.activations,
                s.counts.notices
            );
            if s.embedded {
                outln!("  identical to the embedded default set");
            }
            ExitCode::SUCCESS
        }
        Err(report) => {
            outln!(
                "refused: {} problem{}",
                report.errors.len(),
                if report.errors.len() == 1 { "" } else { "s" }
            );
            for e in &report.errors {
                let code = serde_json::to_value(e.code)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                let path = if e.path.is_empty() {
                    "(document)"
                } else {
                    e.path.as_str()
                };
                outln!("  {path}: {code}: {}", e.message);
            }
            ExitCode::from(1)
        }
    }
}
