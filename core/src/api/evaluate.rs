//! Evaluate a case: bytes in, an Assessment or an ErrorReport out.

use super::{JsonOutput, Options};
use crate::contract::decode::{self, Errors};
use crate::contract::{self, messages, Assessment, Case, ErrorCode, ErrorReport};
use crate::params::Parameters;
use crate::{engine, law, receipt};

/// Decodes a case from JSON bytes, reporting every problem at once (messages in the case's
/// locale, Dutch by default).
pub fn decode_case(bytes: &[u8]) -> Result<Case, ErrorReport> {
    decode_case_with(bytes, Options::default())
}

/// As [`decode_case`], the messages in the surface's locale when it chose one.
pub fn decode_case_with(bytes: &[u8], options: Options) -> Result<Case, ErrorReport> {
    let value =
        decode::parse_tree_in(bytes, options.locale).map_err(|e| ErrorReport::new(vec![e]))?;
    let mut errs = Errors::new(decode::locale_of(&value, options.locale));
    let case = Case::decode(&value, &mut errs);
    match case {
        Some(case) if errs.is_empty() => Ok(case),
        _ => Err(errs.into_report()),
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
    let locale = options.locale.or(case.locale).unwrap_or_default();
    let mut errs = Errors::new(locale);
    if case.schema_version != contract::SCHEMA_VERSION {
        errs.say(ErrorCode::UnsupportedSchemaVersion, "/schemaVersion", |l| {
            messages::schema_version(l, case.schema_version)
        });
        return Err(errs.into_report());
    }
    contract::validate::check(case, &mut errs);
    if !errs.is_empty() {
        return Err(errs.into_report());
    }
    let mut ctx = engine::Ctx::new(case, params, locale);
    law::assess(&mut ctx);
    let assessment = crate::status::complete(ctx.finish().map_err(ErrorReport::new)?, case, locale);
    Ok(receipt::attach(assessment, case, locale))
}

/// Bytes in, JSON out, with the embedded parameters: the function every surface calls.
pub fn evaluate_json(bytes: &[u8]) -> JsonOutput {
    evaluate_json_with(bytes, Parameters::embedded(), Options::default())
}

/// Bytes in, JSON out, with a parameter set and options.
pub fn evaluate_json_with(bytes: &[u8], params: &Parameters, options: Options) -> JsonOutput {
    let result =
        decode_case_with(bytes, options).and_then(|case| evaluate_with(&case, params, options));
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
    let result =
        decode_case_with(bytes, options).and_then(|case| evaluate_with(&case, params, options));
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
            json: super::serialisation_failure(&e.to_string()),
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
            out.extend_from_slice(super::serialisation_failure(&e.to_string()).as_bytes());
            false
        }
    }
}
