//! The regime of a case alone (APR art. 79(3), AMMR art. 84): the C library's `mp_regime` and
//! this JSON entry point answer what `evaluate` puts in the Assessment's `regime`.

use super::{JsonOutput, Options};
use crate::contract::Regime;
use crate::params::Parameters;

/// The regime object of an Assessment (`regime.procedure`, `.responsibility`, `.workstream`).
pub type RegimeResult = Regime;

/// A Case in, its `regime` out (or the ErrorReport the case gets from `evaluate`).
pub fn regime_json(bytes: &[u8], params: &Parameters, options: Options) -> JsonOutput {
    let result = super::decode_case_with(bytes, options)
        .and_then(|case| super::evaluate_with(&case, params, options))
        .map(|a| a.regime);
    super::to_output(&result)
}
