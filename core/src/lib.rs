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
pub mod law;
pub mod ops;
pub mod params;
pub mod receipt;
pub mod sort;
pub mod status;

use contract::decode::{self, Errors};
pub use contract::{Assessment, Case, ErrorCode, ErrorReport, InputError};
pub use explain::Locale;
pub use params::{Parameters, ParamsError};

/// Engine version (the crate version).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Evaluation options a surface may set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Overrides the case's `locale` (the CLI's `--lang`).
    pub locale: Option<Locale>,
}

/// Decodes a case from JSON bytes, reporting every problem at once.
pub fn decode_case(bytes: &[u8]) -> Result<Case, ErrorReport> {
    let value = decode::parse_tree(bytes).map_err(|e| ErrorReport::new(vec![e]))?;
    let mut errs = Errors::default();
    let case = Case::decode(&value, &mut errs);
    match case {
        Some(case) if errs.is_empty() => Ok(case),
        _ => Err(ErrorReport::new(errs.0)),
    }
}

/// Evaluates a typed case with a parameter set.
pub fn evaluate(case: &Case, params: &Parameters) -> Result<Assessment, ErrorReport> {
    evaluate_with(case, params, Options::default())
}

/// Evaluates a typed case with options.
pub fn evaluate_with(
    case: &Case,
    params: &Parameters,
    options: Options,
) -> Result<Assessment, ErrorReport> {
    let mut errs = Errors::default();
    if case.schema_version != contract::SCHEMA_VERSION {
        errs.push(
            ErrorCode::UnsupportedSchemaVersion,
            "/schemaVersion",
            format!(
                "schemaVersion {} is not supported; this engine reads version 1",
                case.schema_version
            ),
        );
        return Err(ErrorReport::new(errs.0));
    }
    contract::validate::check(case, &mut errs);
    if !errs.is_empty() {
        return Err(ErrorReport::new(errs.0));
    }
    let locale = options.locale.or(case.locale).unwrap_or_default();
    let mut ctx = engine::Ctx::new(case, params, locale);
    law::assess(&mut ctx);
    let assessment = status::complete(ctx.finish().map_err(ErrorReport::new)?, case, locale);
    Ok(receipt::attach(assessment, case, locale))
}

/// The result of a JSON evaluation: the output document and whether it is an Assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonOutput {
    /// `true` for an Assessment, `false` for an ErrorReport.
    pub ok: bool,
    /// The JSON document (compact, one line).
    pub json: String,
}

/// Bytes in, JSON out, with the embedded parameters: the function every surface calls.
pub fn evaluate_json(bytes: &[u8]) -> JsonOutput {
    evaluate_json_with(bytes, Parameters::embedded(), Options::default())
}

/// Bytes in, JSON out, with a parameter set and options.
pub fn evaluate_json_with(bytes: &[u8], params: &Parameters, options: Options) -> JsonOutput {
    let result = decode_case(bytes).and_then(|case| evaluate_with(&case, params, options));
    render(&result)
}

/// Bytes in, JSON appended to `out` (no output buffer of its own): for writers of many answers,
/// such as the CLI's `batch`. Returns whether the JSON is an Assessment (`false`: an
/// ErrorReport). The bytes appended are exactly [`evaluate_json_with`]'s `json`.
pub fn evaluate_json_into(
    bytes: &[u8],
    params: &Parameters,
    options: Options,
    out: &mut Vec<u8>,
) -> bool {
    let result = decode_case(bytes).and_then(|case| evaluate_with(&case, params, options));
    render_into(&result, out)
}

/// Serialises an evaluation result.
pub fn render(result: &Result<Assessment, ErrorReport>) -> JsonOutput {
    // An assessment is ~10 KB: start with room for it rather than growing from 128 bytes.
    let mut buf = Vec::with_capacity(16 * 1024);
    let ok = render_into(result, &mut buf);
    match String::from_utf8(buf) {
        Ok(json) => JsonOutput { ok, json },
        // The encoder writes UTF-8 only; answer with a well-formed report anyway.
        Err(e) => JsonOutput {
            ok: false,
            json: serialisation_failure(&e.to_string()),
        },
    }
}

/// Serialises an evaluation result, appending to `out`; whether it is an Assessment.
pub fn render_into(result: &Result<Assessment, ErrorReport>, out: &mut Vec<u8>) -> bool {
    let start = out.len();
    let (ok, written) = match result {
        Ok(a) => (true, contract::encode::to_writer(out, a)),
        Err(r) => (false, contract::encode::to_writer(out, r)),
    };
    match written {
        Ok(()) => ok,
        // Serialising these plain structs cannot fail; answer with a well-formed report anyway.
        Err(e) => {
            out.truncate(start);
            out.extend_from_slice(serialisation_failure(&e.to_string()).as_bytes());
            false
        }
    }
}

fn serialisation_failure(e: &str) -> String {
    format!(
        r#"{{"schemaVersion":1,"errors":[{{"code":"invalidJson","path":"","message":{}}}]}}"#,
        serde_json::Value::String(format!("output could not be serialised: {e}"))
    )
}
