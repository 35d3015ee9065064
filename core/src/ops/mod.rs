//! Caseload operations (issue #17): the deadline agenda of a whole caseload
//! ([`agenda`]) and the impact of a change of parameters or of engine release ([`impact`]).
//!
//! Both work one case at a time (a stream of cases through the same path as `evaluate`), so a
//! shell can run them over a caseload of any size with bounded memory; the whole-caseload JSON
//! entry points [`agenda::agenda_json`] and [`impact::impact_json`] are for in-memory surfaces
//! (WASM, Python) and small caseloads.

pub mod agenda;
pub mod impact;

use std::collections::BTreeMap;

use crate::contract::{ErrorCode, ErrorReport, InputError};

/// Adds the counts of `theirs` to `mine`, key by key (the summaries of two parts of a caseload).
fn add_counts<K: Ord + Clone>(mine: &mut BTreeMap<K, u64>, theirs: &BTreeMap<K, u64>) {
    for (k, v) in theirs {
        *mine.entry(k.clone()).or_default() += v;
    }
}

/// The lines of a JSON Lines text that hold a case (a last empty line is not one), with their
/// line number (1-based).
pub fn lines(text: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    text.split(|&b| b == b'\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix(b"\r").unwrap_or(l)))
        .filter(|(_, l)| !l.iter().all(u8::is_ascii_whitespace))
}

fn query_error(path: &str, message: String) -> ErrorReport {
    ErrorReport::new(vec![InputError::new(
        ErrorCode::InvalidValue,
        path,
        message,
    )])
}
