//! # migratiepact-core
//!
//! One rules engine for the Dutch asylum chain under the EU Pact on Migration and Asylum: which
//! regime applies, screening, procedure and location, every legal time limit (Reg. 1182/71 or
//! the Algemene termijnenwet, in Amsterdam time, with Dutch public holidays), reception,
//! Eurodac duties and crisis derogations — each conclusion with its article.
//!
//! Pure: no I/O, no clock (the caller's `asOf` is "now"), no unsafe code.
//!
//! ```
//! let input = br#"{"schemaVersion":1,"application":{"madeAt":"2026-06-15","lodgedAt":"2026-06-20"}}"#;
//! let out = migratiepact_core::evaluate_json(input);
//! assert!(out.ok);
//! assert!(out.json.contains(r#""procedure":"pact""#));
//! ```
#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod api;
pub mod calendar;
pub mod catalog;
pub mod contract;
pub mod digits;
pub mod engine;
pub mod explain;
pub mod labels;
pub mod law;
pub mod ops;
pub mod params;
pub mod receipt;
pub mod registry;
pub mod sort;
pub mod status;

pub use api::{
    decode_case, evaluate, evaluate_json, evaluate_json_into, evaluate_json_with, evaluate_with,
    labels_json, render, render_into, JsonOutput, Options,
};
pub use contract::{Assessment, Case, ErrorCode, ErrorReport, InputError};
pub use explain::Locale;
pub use params::{Parameters, ParamsError};

/// Engine version (the crate version).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
