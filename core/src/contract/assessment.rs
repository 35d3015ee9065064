//! The Assessment: what the law concludes for a case (CONTRACT.md "Assessment (output)").
//! Field order is fixed (it is the serialisation order), so outputs compare byte for byte.

use schemars::JsonSchema;
use serde::Serialize;

use crate::explain::{Basis, Explanation, Note};

/// The assessment.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    /// Contract version (1).
    pub schema_version: u32,
    /// The caller's reference, echoed.
    pub case_id: Option<String>,
    /// Engine and parameter versions.
    pub engine: EngineInfo,
    /// Which regime applies.
    pub regime: Regime,
    /// Screening (pact regime).
    pub screening: ScreeningOutcome,
    /// The procedure.
    pub procedure: ProcedureOutcome,
    /// Every time limit that can be computed from the facts, in the order of RULES.md §5–6.
    pub deadlines: Vec<Deadline>,
    /// Reception (COA).
    pub reception: ReceptionOutcome,
    /// Eurodac duties.
    pub eurodac: EurodacOutcome,
    /// Crisis, force-majeure and emergency-plan derogations in force.
    pub crisis: CrisisOutcome,
    /// Unknown facts that could change a conclusion (a form asks these next).
    pub missing_facts: Vec<MissingFact>,
    /// Every conclusion with its rule and basis.
    pub explanation: Vec<Explanation>,
    /// Interpretations and assumptions.
    pub notes: Vec<Note>,
    /// What the independent monitoring mechanism needs (SR 10, APR 43(4)).
    pub monitoring: Option<MonitoringRecord>,
    /// A decision receipt, when the case asks for one (`"receipt": true`; docs/receipts.md).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt: Option<crate::receipt::Receipt>,
}

/// Engine identification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct EngineInfo {
    /// Engine version (Cargo package version).
    pub version: String,
    /// Version of the encoded rules.
    pub ruleset: String,
    /// "sha256:<hex>" of the parameter set used.
    pub parameters: String,
}

/// Procedure regime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum ProcedureRegime {
    /// APR and Vw-new (lodged on or after 12-06-2026).
    Pact,
    /// APD as applied by Vw-old/Vb-old (lodged before 12-06-2026).
    Legacy,
}

/// Responsibility regime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum ResponsibilityRegime {
    /// AMMR (registered on or after 01-07-2026).
    Ammr,
    /// Dublin III (registered before 01-07-2026).
    Dublin3,
}

/// The regime.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Regime {
    /// Procedure regime; null when undetermined.
    pub procedure: Option<ProcedureRegime>,
    /// Responsibility regime; null when undetermined.
    pub responsibility: Option<ResponsibilityRegime>,
    /// The workstream (information system) that handles the case; null when undetermined.
    pub workstream: Option<ProcedureRegime>,
}

/// Screening authority.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Authority {
    /// Koninklijke Marechaussee (external border).
    Kmar,
    /// Immigratie- en Naturalisatiedienst (territory).
    Ind,
}

/// Screening location.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum ScreeningLocation {
    /// Schiphol (external border).
    Schiphol,
    /// Ter Apel (territory).
    TerApel,
}

/// Status of a screening component.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum ComponentStatus {
    /// Already recorded; not repeated.
    Done,
    /// Still to be done.
    Required,
    /// Not required for this person.
    NotRequired,
}

/// A screening component.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Component {
    /// "identification" | "securityCheck" | "biometrics" | "healthCheck" | "vulnerabilityCheck"
    /// | "screeningForm".
    pub id: &'static str,
    /// Status.
    pub status: ComponentStatus,
    /// Legal basis.
    pub basis: Vec<Basis>,
}

/// Screening outcome.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ScreeningOutcome {
    /// Whether screening is required; null when undetermined.
    pub required: Option<bool>,
    /// Who screens.
    pub authority: Option<Authority>,
    /// Where.
    pub location: Option<ScreeningLocation>,
    /// Components with their status.
    pub components: Vec<Component>,
}

/// Procedure kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum ProcedureKind {
    /// Asylum border procedure (APR 43–54).
    AsylumBorder,
    /// Accelerated examination (APR 42).
    Accelerated,
    /// Regular examination (APR 35(4)).
    Regular,
    /// Dublin: another Member State responsible (APR 39(1)(a); Vw-new 30).
    Dublin,
    /// Inadmissibility (APR 38; Vw-new 30a).
    Inadmissibility,
    /// Legacy spoor 1: Dublin (Vw-old 30).
    LegacyDublin,
    /// Legacy spoor 2: safe country of origin, protection elsewhere, EU national.
    LegacySafeCountry,
    /// Legacy spoor 4: algemene asielprocedure (AA), continuing as VA.
    LegacyGeneral,
    /// Legacy border procedure (Vw-old 3).
    LegacyBorder,
}

/// Where the procedure runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum ProcedureLocation {
    /// Aanmeldcentrum Schiphol.
    AcSchiphol,
    /// Gesloten gezinsvoorziening Zeist.
    GgvZeist,
    /// The central location Ter Apel.
    TerApel,
}

/// Procedure outcome.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ProcedureOutcome {
    /// Kind; null when undetermined.
    pub kind: Option<ProcedureKind>,
    /// Whether the law left no choice; null when undetermined.
    pub mandatory: Option<bool>,
    /// Ids of the grounds that decided it, e.g. "apr42_1_c".
    pub grounds: Vec<&'static str>,
    /// Where it runs; null when undetermined.
    pub location: Option<ProcedureLocation>,
}

/// Status of a deadline relative to `asOf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum DeadlineStatus {
    /// Still running at `asOf`.
    Running,
    /// Run out at `asOf`.
    Expired,
    /// The completing act is recorded in the case, on or before `due`.
    Met,
    /// The completing act is recorded in the case, after `due`.
    Missed,
}

/// The limit as it would be if an unknown fact were established (RULES §0): the deadline
/// itself gives the ordinary limit; this gives the other one and the fact that decides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Alternative {
    /// JSON Pointer of the unknown fact that would change the limit (e.g. "/application/detained").
    pub fact: &'static str,
    /// The value of that fact under which this alternative applies.
    pub if_value: bool,
    /// The period as stated in law under that fact.
    pub period: String,
    /// Last Amsterdam day under that fact.
    pub due: String,
    /// The instant the period runs out under that fact.
    pub expires_at: String,
    /// The provision that sets the alternative limit.
    pub basis: Vec<Basis>,
}

/// A possible extension of a limit (flagged, not applied).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Extension {
    /// The period the limit may be extended to, or by, as the law states it.
    pub period: String,
    /// The last day if fully extended.
    pub due: String,
    /// The instant the fully extended period runs out.
    pub expires_at: String,
    /// Legal basis of the extension.
    pub basis: Vec<Basis>,
}

/// A time limit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Deadline {
    /// Id of RULES.md §5/§6.
    pub id: &'static str,
    /// Amsterdam date of the starting event.
    pub from: String,
    /// ISO 8601 duration as stated in law.
    pub period: String,
    /// How days are counted: "calendarDays", "workingDays", "acDays", "hours", "weeks",
    /// "months", "years".
    pub unit: &'static str,
    /// Counting rule: "pr1182", "ammr75", "apr73", "rbpr11", "dublin3Art42", "atw",
    /// "atwLiberty", "atwMinimum", "acDays", "acDaysSchiphol".
    pub counting: &'static str,
    /// Last Amsterdam day on which the act is in time.
    pub due: String,
    /// The instant the period has run out.
    pub expires_at: String,
    /// Pushed by PR 3(4)/3(5), AMMR 75 or Atw 1–2.
    pub extended: bool,
    /// "running" | "expired", only with `asOf`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<DeadlineStatus>,
    /// The maximum extension the law allows, where one is possible.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extension: Option<Extension>,
    /// The limit under an unknown fact that would change it, if established (RULES §0).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Alternative>,
    /// Amsterdam date of the completing act, when recorded in the case (status met/missed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<String>,
    /// The provision setting the limit, then the counting provisions applied.
    pub basis: Vec<Basis>,
}

/// Reception outcome.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ReceptionOutcome {
    /// Entitled to the material reception conditions; null when undetermined.
    pub entitled: Option<bool>,
    /// Only a standard of living in line with Union law and the Charter must be ensured.
    pub minimum_standard_only: Option<bool>,
}

/// Eurodac outcome.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct EurodacOutcome {
    /// Whether biometrics must be taken; null when undetermined.
    pub biometrics_required: Option<bool>,
    /// Minimum age under the applicable regulation.
    pub minimum_age: Option<u32>,
    /// The Eurodac categories of Reg. (EU) 2024/1358 the case falls in (RULES §10), each with its
    /// duty and limit; omitted when none (the legacy regime, or no act on or after 12-06-2026).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<EurodacCategory>,
}

/// One Eurodac category of the case (EDR 15, 18, 20, 22, 23, 24, 26) with its duty and limit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct EurodacCategory {
    /// The article of the EDR that sets the duty ("15", "22", "23", "24").
    pub article: &'static str,
    /// The category: "applicant" (15), "irregularCrossing" (22), "illegalStay" (23),
    /// "searchAndRescue" (24).
    pub category: &'static str,
    /// Whether the biometrics must be taken (aged 6 or more on the day of the event); null when
    /// the age is unknown.
    pub required: Option<bool>,
    /// Amsterdam date of the event the transmission limit runs from; absent when unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The transmission period as stated in law (PT72H).
    pub period: &'static str,
    /// Last Amsterdam day of the transmission limit; absent when the event is unknown or the
    /// limit is "before release" (EDR 22(4)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    /// The instant the transmission period runs out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// The provision setting the duty and limit, then the counting provisions applied.
    pub basis: Vec<Basis>,
}

/// Crisis outcome.
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct CrisisOutcome {
    /// Activations whose period covers a date that mattered for this case.
    pub activations: Vec<String>,
    /// Derogations applied to this case.
    pub derogations_applied: Vec<&'static str>,
}

/// An unknown fact that could change a conclusion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MissingFact {
    /// JSON Pointer into the Case.
    pub path: &'static str,
    /// The conclusions it could change, e.g. "regime.procedure", "procedure.kind",
    /// "deadlines.registration".
    pub affects: Vec<&'static str>,
}

/// The monitoring record (SR 10, APR 43(4)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MonitoringRecord {
    /// The facts the engine used (JSON Pointers into the Case).
    pub facts_used: Vec<&'static str>,
    /// The rule ids applied.
    pub rules_applied: Vec<String>,
    /// Why a record is kept.
    pub basis: Vec<Basis>,
}
