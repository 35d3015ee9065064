//! Check and load a replacement parameter set (docs/parameters.md).

use schemars::JsonSchema;
use serde::Serialize;

use super::JsonOutput;
use crate::contract::ErrorReport;
use crate::explain::Locale;
use crate::params::Parameters;

/// What `check-params` reports of an accepted set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ParamsSummary {
    /// How many entries each table holds.
    pub counts: ParamsCounts,
    /// Whether the set is the embedded default set (same hash).
    pub embedded: bool,
    /// The set's `name`.
    pub name: String,
    /// Always `true` (the set was accepted).
    pub ok: bool,
    /// "sha256:<hex>" of the file, as reported in `engine.parameters`.
    pub parameters: String,
}

/// The number of entries of each table of a parameter set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ParamsCounts {
    /// Activations.
    pub activations: usize,
    /// Equated-holiday decrees.
    pub equated_holidays: usize,
    /// Notices.
    pub notices: usize,
    /// Recognition rates.
    pub recognition_rates: usize,
    /// Safe-country designations.
    pub safe_countries: usize,
}

impl ParamsSummary {
    /// The summary of a loaded set.
    pub fn of(p: &Parameters) -> ParamsSummary {
        let f = &p.file;
        ParamsSummary {
            counts: ParamsCounts {
                activations: f.activations.len(),
                equated_holidays: f.equated_holidays.len(),
                notices: f.notices.len(),
                recognition_rates: f.recognition_rates.len(),
                safe_countries: f.safe_countries.len(),
            },
            embedded: p.is_embedded(),
            name: f.name.clone(),
            ok: true,
            parameters: p.hash.clone(),
        }
    }
}

/// Loads a parameter set; a refused set is the ErrorReport of every problem found (JSON
/// Pointers into the file, messages in `locale`).
pub fn load_params(bytes: &[u8], locale: Locale) -> Result<Parameters, ErrorReport> {
    Parameters::load_in(bytes, locale).map_err(|r| r.to_report())
}

/// A parameter file in; its [`ParamsSummary`] (`ok: true`) or the ErrorReport of every problem
/// (`ok: false`) out.
pub fn check_params_json(bytes: &[u8], locale: Locale) -> JsonOutput {
    super::to_output(&load_params(bytes, locale).map(|p| ParamsSummary::of(&p)))
}
