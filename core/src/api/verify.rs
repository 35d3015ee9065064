//! Confirm a stored decision (docs/receipts.md): re-evaluate the case and compare.

use super::JsonOutput;
use crate::params::Parameters;
use crate::receipt;

/// [`receipt::verify`] as JSON: a Verification (`ok: true`) or an ErrorReport (`ok: false`).
pub fn verify_json(case_bytes: &[u8], stored: &[u8], params: &Parameters) -> JsonOutput {
    super::to_output(&receipt::verify(case_bytes, stored, params))
}
