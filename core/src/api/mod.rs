//! The surface API: every JSON-in / JSON-out function of the engine, once. The shells
//! (`wasm/`, `ffi/`, the CLI in `examples/cli`) only move bytes in and out of these functions,
//! after Cedar's `cedar-policy::ffi` that `cedar-wasm` re-exports, so that every surface gives
//! the same bytes for the same input.
//!
//! | function | in | out (`ok`) | out (refused) |
//! | --- | --- | --- | --- |
//! | [`evaluate_json`], [`evaluate_json_with`] | a Case | an Assessment | ErrorReport |
//! | [`deadline_json`], [`deadline_json_with`] | start, period, law, locale | a PeriodResult | ErrorReport |
//! | [`regime_json`] | a Case | a RegimeResult | ErrorReport |
//! | [`solidarity_json`] | a SolidarityRequest | a Share | ErrorReport |
//! | [`verify_json`] | a Case and a stored receipt or Assessment | a Verification | ErrorReport |
//! | [`check_params_json`] | a parameter file | a ParamsSummary | ErrorReport |
//! | [`load_params`] | a parameter file | [`Parameters`] | ErrorReport |
//! | [`labels_json`] | a locale | the words for every id | — |
//! | [`agenda_json`] | an agenda request and cases | agenda rows and a summary | ErrorReport |
//! | [`impact_json`] | cases and two parameter sets | the changes per case | ErrorReport |
//!
//! Every refusal is an ErrorReport (`{"schemaVersion":1,"errors":[…]}`): stable codes and
//! JSON Pointers, messages in the case's locale (Dutch by default), at most
//! [`MAX_ERRORS`](crate::contract::decode::MAX_ERRORS) entries and then one `tooManyErrors`.

mod deadline;
mod evaluate;
mod labels;
mod ops;
mod params;
mod regime;
mod solidarity;
mod verify;

use serde::Serialize;

pub use deadline::{deadline, deadline_json, deadline_json_with, deadline_with, Law, PeriodResult};
pub use evaluate::{
    decode_case, decode_case_with, evaluate, evaluate_json, evaluate_json_into, evaluate_json_with,
    evaluate_with, render, render_into,
};
pub use labels::labels_json;
pub use ops::{agenda_json, impact_json};
pub use params::{check_params_json, load_params, ParamsCounts, ParamsSummary};
pub use regime::{regime_json, RegimeResult};
pub use solidarity::solidarity_json;
pub use verify::verify_json;

use crate::contract::{ErrorCode, ErrorReport, InputError};
use crate::explain::Locale;

/// Evaluation options a surface may set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Overrides the case's `locale` (the CLI's `--lang`, WASM's and C's locale argument): the
    /// language of the Assessment's texts and of an ErrorReport's messages.
    pub locale: Option<Locale>,
}

/// The result of a JSON call: the output document and whether it is the answer asked for
/// (`false`: an ErrorReport).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonOutput {
    /// `true` for the answer asked for, `false` for an ErrorReport.
    pub ok: bool,
    /// The JSON document (compact, one line).
    pub json: String,
}

/// A locale given by a surface as text (`None`: not chosen). Anything but `"nl"` or `"en"` is
/// refused with an `invalidValue` at `/locale`.
pub fn parse_locale(locale: Option<&str>) -> Result<Option<Locale>, ErrorReport> {
    match locale {
        None => Ok(None),
        Some("nl") => Ok(Some(Locale::Nl)),
        Some("en") => Ok(Some(Locale::En)),
        Some(other) => Err(ErrorReport::new(vec![InputError::new(
            ErrorCode::InvalidValue,
            "/locale",
            crate::contract::messages::not_either(Locale::Nl, other, "nl", "en"),
        )])),
    }
}

/// The ErrorReport for a surface value that has no JSON text (WASM: `JSON.stringify` of the
/// object failed), in Dutch.
pub fn unserialisable_case() -> JsonOutput {
    evaluate::render(&Err(ErrorReport::new(vec![InputError::new(
        ErrorCode::InvalidJson,
        "",
        crate::contract::messages::not_serialisable(Locale::Nl),
    )])))
}

/// Serialises a result of any entry point: the answer, or the ErrorReport.
pub fn to_output<T: Serialize>(result: &Result<T, ErrorReport>) -> JsonOutput {
    let (ok, json) = match result {
        Ok(v) => (true, serde_json::to_string(v)),
        Err(r) => (false, serde_json::to_string(r)),
    };
    match json {
        Ok(json) => JsonOutput { ok, json },
        // Serialising these plain structs cannot fail; answer with a well-formed report anyway.
        Err(e) => JsonOutput {
            ok: false,
            json: serialisation_failure(&e.to_string()),
        },
    }
}

/// The ErrorReport of an output that could not be written (never seen: the types are plain).
pub(crate) fn serialisation_failure(e: &str) -> String {
    format!(
        r#"{{"schemaVersion":1,"errors":[{{"code":"invalidJson","path":"","message":{}}}]}}"#,
        serde_json::Value::String(format!("output could not be serialised: {e}"))
    )
}
