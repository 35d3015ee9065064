//! The ErrorReport: every problem found in an input, each with a stable code and a JSON Pointer.

use schemars::JsonSchema;
use serde::Serialize;

/// Stable error codes (CONTRACT.md). Names are fixed; add, never rename.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum ErrorCode {
    /// The input is not JSON (or not UTF-8, or has a duplicate key).
    InvalidJson,
    /// `schemaVersion` is missing or not 1.
    UnsupportedSchemaVersion,
    /// A key the contract does not know (typos are caught).
    UnknownField,
    /// A value of the wrong JSON type (e.g. a string where a boolean is asked for).
    WrongType,
    /// Not a `YYYY-MM-DD` date, or a date that does not exist.
    InvalidDate,
    /// Not an RFC 3339 instant with offset (or a date), or an impossible offset.
    InvalidInstant,
    /// Not an ISO 3166-1 alpha-3 country code (or alpha-2 Member State code where asked).
    InvalidCountry,
    /// A value outside what the engine covers (a date before 1900 or after 2199, a string too
    /// long, nesting too deep).
    OutOfRange,
    /// Facts that contradict each other (e.g. lodged before made).
    Inconsistent,
    /// Input over 1 MiB.
    TooLarge,
    /// A required field is absent.
    MissingField,
    /// A value that is not one of the allowed values of an enumeration.
    InvalidValue,
    /// More problems than one report lists (100): the last entry of a report so cut short,
    /// with path "" and a message that counts the problems left out (docs/limits.md).
    TooManyErrors,
}

/// One problem in an input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct InputError {
    /// Stable code.
    pub code: ErrorCode,
    /// JSON Pointer to the offending value ("" for the whole document).
    pub path: String,
    /// What is wrong, in the case's locale (Dutch by default; English with `"locale":"en"` or a
    /// surface's locale option), for people and logs. Codes and paths are the contract.
    pub message: String,
}

impl InputError {
    /// An error.
    pub fn new(code: ErrorCode, path: impl Into<String>, message: impl Into<String>) -> Self {
        InputError {
            code,
            path: path.into(),
            message: message.into(),
        }
    }
}

/// The ErrorReport (output for bad input).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ErrorReport {
    /// Contract version (1).
    pub schema_version: u32,
    /// Every problem found, in document order.
    pub errors: Vec<InputError>,
}

impl ErrorReport {
    /// A report of these errors.
    pub fn new(errors: Vec<InputError>) -> Self {
        ErrorReport {
            schema_version: super::SCHEMA_VERSION,
            errors,
        }
    }
}

/// Escapes a key for use as a JSON Pointer reference token (RFC 6901).
pub fn pointer_token(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    push_pointer_token(&mut out, key);
    out
}

/// Appends `key` escaped as a JSON Pointer token (RFC 6901: `~` → `~0`, `/` → `~1`).
pub fn push_pointer_token(out: &mut String, key: &str) {
    if key.contains(['~', '/']) {
        for c in key.chars() {
            match c {
                '~' => out.push_str("~0"),
                '/' => out.push_str("~1"),
                c => out.push(c),
            }
        }
    } else {
        out.push_str(key);
    }
}
