//! The Case: the facts of one application (CONTRACT.md "Case (input)").
//!
//! An absent or `null` fact is **unknown**, never false: every fact is an `Option`.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::decode::{Errors, Json, Obj};
use super::error::ErrorCode;
use super::messages;
use crate::calendar::When;
use crate::explain::Locale;

/// A moment: an RFC 3339 instant with offset, or a `YYYY-MM-DD` Amsterdam date.
pub type Moment = When;

impl Serialize for When {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl JsonSchema for When {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Moment".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An RFC 3339 instant with offset, or a YYYY-MM-DD date (that Amsterdam day).",
            "type": "string",
            "anyOf": [ { "format": "date-time" }, { "format": "date" } ]
        })
    }
}

/// The case (input).
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Case {
    /// Contract version; must be 1.
    pub schema_version: u32,
    /// Caller's reference (≤ 128 characters), echoed back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case_id: Option<String>,
    /// The moment of assessment; gives every deadline a status. The engine has no clock.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<When>,
    /// Language of texts: "nl" (default) or "en".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<Locale>,
    /// The applicant.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub applicant: Applicant,
    /// The application.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub application: Application,
    /// Grounds of APR 42(1) (and 42(3) for unaccompanied minors), and inadmissibility.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub grounds: Grounds,
    /// Screening facts (SR).
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub screening: ScreeningFacts,
    /// Responsibility (AMMR / Dublin III) facts.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub dublin: DublinFacts,
    /// The decision on the application, when one has been notified.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub decision: DecisionFacts,
    /// Legacy-regime process dates (Vw-old / Vb-old).
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub legacy: LegacyFacts,
    /// `true` asks for a decision receipt in the assessment (docs/receipts.md). Not a fact of
    /// the case: it is left out of the receipt's input hash.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt: Option<bool>,
}

/// The applicant.
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Applicant {
    /// Date of birth.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<NaiveDate>,
    /// Nationality, ISO 3166-1 alpha-3 (XXA stateless).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nationality: Option<String>,
    /// Unaccompanied minor (APR 42(3), 53(1)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unaccompanied_minor: Option<bool>,
    /// Applies together with minor children.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family_with_minors: Option<bool>,
    /// APR 53(2)(b)/(c): special reception or procedural needs cannot be met at the border.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub border_support_unavailable: Option<bool>,
    /// APR 53(2)(d): medical reasons against the border procedure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medical_reasons_against_border: Option<bool>,
    /// APR 53(2)(e): detention guarantees (RCD 10–13) cannot be met and the border procedure
    /// cannot be applied without detention.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detention_guarantees_unmet: Option<bool>,
}

/// Where the application was made (APR 43(1); SR 5, 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Situation {
    /// At a border crossing point or in a transit zone (APR 43(1)(a); SR 5(2)).
    BorderCrossingPoint,
    /// After apprehension for an irregular crossing of the external border (APR 43(1)(b); SR 5(1)(a)).
    ExternalBorderApprehension,
    /// After disembarkation following a search and rescue operation (APR 43(1)(c); SR 5(1)(b)).
    SearchAndRescue,
    /// After relocation under AMMR 67(11) (APR 43(1)(d)).
    Relocation,
    /// Within the territory (SR 7).
    Territory,
}

impl Situation {
    /// Values with their contract names.
    pub const VALUES: &'static [(&'static str, Situation)] = &[
        ("borderCrossingPoint", Situation::BorderCrossingPoint),
        (
            "externalBorderApprehension",
            Situation::ExternalBorderApprehension,
        ),
        ("searchAndRescue", Situation::SearchAndRescue),
        ("relocation", Situation::Relocation),
        ("territory", Situation::Territory),
    ];

    /// A border situation of APR 43(1).
    pub fn is_border(self) -> bool {
        !matches!(self, Situation::Territory)
    }
}

/// The Aanmeldcentrum (application centre) where the application is handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum BorderLocation {
    /// Aanmeldcentrum Schiphol (every day counts, Vb-old 3.110(3)).
    Schiphol,
    /// Ter Apel.
    TerApel,
    /// Budel.
    Budel,
    /// Zevenaar.
    Zevenaar,
}

impl BorderLocation {
    /// Values with their contract names.
    pub const VALUES: &'static [(&'static str, BorderLocation)] = &[
        ("schiphol", BorderLocation::Schiphol),
        ("terApel", BorderLocation::TerApel),
        ("budel", BorderLocation::Budel),
        ("zevenaar", BorderLocation::Zevenaar),
    ];
}

/// The application.
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Application {
    /// When the application was made (the wish expressed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub made_at: Option<When>,
    /// When it was registered (APR 27; Vb-old 3.107b).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registered_at: Option<When>,
    /// When it was lodged (APR 28; decides the procedure regime, APR 79(3)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lodged_at: Option<When>,
    /// Where it was made.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub situation: Option<Situation>,
    /// The Aanmeldcentrum where it is handled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub border_location: Option<BorderLocation>,
    /// A subsequent application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subsequent: Option<bool>,
    /// The applicant is detained.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detained: Option<bool>,
    /// Made to an authority that is not competent to register it (APR 27(3); Vb-old 3.107b).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub made_to_other_authority: Option<bool>,
}

/// Grounds (APR 42(1)(a)–(j), 42(3); APR 38).
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Grounds {
    /// 42(1)(a): only issues not relevant to international protection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub irrelevant_issues_only: Option<bool>,
    /// 42(1)(b): clearly inconsistent, contradictory, false or improbable statements.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inconsistent_statements: Option<bool>,
    /// 42(1)(c), 42(3)(d): misled the authorities or destroyed documents.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub misled_authorities: Option<bool>,
    /// 42(1)(d): applied merely to delay or frustrate removal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delay_removal_only: Option<bool>,
    /// 42(1)(e), 42(3)(a): safe country of origin (derived from the tables when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safe_country_of_origin: Option<bool>,
    /// 42(1)(f), 42(3)(b): danger to national security or public order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub danger_to_security_or_public_order: Option<bool>,
    /// 42(1)(g), 42(3)(c): subsequent application that is not inadmissible.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subsequent_not_inadmissible: Option<bool>,
    /// 42(1)(h): irregular entry or stay, no prompt application without good reason.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub irregular_entry_no_prompt_application: Option<bool>,
    /// 42(1)(i): lawful entry, no prompt application without good reason.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lawful_entry_no_prompt_application: Option<bool>,
    /// 42(1)(j), 42(3)(e): nationality with a recognition rate of 20% or lower (derived from the
    /// tables when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub low_recognition_rate: Option<bool>,
    /// An inadmissibility ground of APR 38 (Vw-new 30a) applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inadmissible: Option<bool>,
    /// Which inadmissibility ground (APR 38(1)(a)–(e), 38(2)); decides the APR 35(1) limit
    /// (two months, or ten working days for 38(1)(e)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inadmissible_ground: Option<InadmissibleGround>,
}

/// An inadmissibility ground of APR 38.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum InadmissibleGround {
    /// 38(1)(a): first country of asylum.
    FirstCountryOfAsylum,
    /// 38(1)(b): safe third country.
    SafeThirdCountry,
    /// 38(1)(c): international protection granted by another Member State.
    ProtectionInOtherMemberState,
    /// 38(1)(d): safe relocation by an international criminal court or tribunal.
    InternationalCourtRelocation,
    /// 38(1)(e): applied only after seven working days from receipt of a return decision.
    LateAfterReturnDecision,
    /// 38(2): subsequent application without new relevant elements.
    SubsequentWithoutNewElements,
}

impl InadmissibleGround {
    /// Values with their contract names.
    pub const VALUES: &'static [(&'static str, InadmissibleGround)] = &[
        (
            "firstCountryOfAsylum",
            InadmissibleGround::FirstCountryOfAsylum,
        ),
        ("safeThirdCountry", InadmissibleGround::SafeThirdCountry),
        (
            "protectionInOtherMemberState",
            InadmissibleGround::ProtectionInOtherMemberState,
        ),
        (
            "internationalCourtRelocation",
            InadmissibleGround::InternationalCourtRelocation,
        ),
        (
            "lateAfterReturnDecision",
            InadmissibleGround::LateAfterReturnDecision,
        ),
        (
            "subsequentWithoutNewElements",
            InadmissibleGround::SubsequentWithoutNewElements,
        ),
    ];
}

/// Screening facts (SR).
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ScreeningFacts {
    /// Apprehension, disembarkation or presentation at the border crossing point (SR 8(3)), or
    /// apprehension on the territory (SR 8(4)): the start of the screening limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apprehended_at: Option<When>,
    /// When the screening started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started_at: Option<When>,
    /// When biometrics were taken (SR 16; EDR).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub biometrics_taken_at: Option<When>,
    /// When identity was registered (SR 14).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity_registered_at: Option<When>,
    /// When the security check was done (SR 15).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_checked_at: Option<When>,
    /// When the preliminary health check was done (SR 12(1)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health_checked_at: Option<When>,
    /// When the vulnerability check was done (SR 12(3)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vulnerability_checked_at: Option<When>,
    /// When the screening form was completed (SR 17).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form_completed_at: Option<When>,
    /// Apprehended and kept at the external border for more than 72 hours (SR 8(3), 2nd subpara).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stayed_at_border_over72h: Option<bool>,
    /// Already screened at the external border (SR 7 applies only to persons not screened).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previously_screened: Option<bool>,
    /// Entered the territory lawfully (e.g. on a visa): SR 7(1) covers only persons who crossed
    /// an external border "in an unauthorised manner".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entered_lawfully: Option<bool>,
}

/// Type of a Dublin request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum RequestType {
    /// Take charge (AMMR 39; D3 21).
    TakeCharge,
    /// Take back (AMMR 41; D3 23).
    TakeBack,
}

impl RequestType {
    /// Values with their contract names.
    pub const VALUES: &'static [(&'static str, RequestType)] = &[
        ("takeCharge", RequestType::TakeCharge),
        ("takeBack", RequestType::TakeBack),
    ];
}

/// Responsibility facts.
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct DublinFacts {
    /// Another Member State is (or is asked to be) responsible.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other_member_state_responsible: Option<bool>,
    /// Take charge or take back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_type: Option<RequestType>,
    /// The Member State asked (ISO 3166-1 alpha-2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member_state: Option<String>,
    /// When the Eurodac or VIS hit was received.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eurodac_hit_at: Option<When>,
    /// When the request or notification was sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_sent_at: Option<When>,
    /// When the request was accepted (or the notification confirmed; tacitly or expressly).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_at: Option<When>,
    /// When the final decision on an appeal with suspensive effect was given (AMMR 46(1)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appeal_decided_at: Option<When>,
    /// When the transfer decision was notified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_decision_notified_at: Option<When>,
    /// When the applicant was detained, if detained after the application (AMMR 45(1)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detained_at: Option<When>,
    /// Imprisoned (transfer limit up to 1 year).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub imprisoned: Option<bool>,
    /// Absconded (transfer limit up to 3 years; D3: 18 months).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub absconded: Option<bool>,
    /// The applicant was informed that reception lapses on notification of a transfer decision
    /// (AMMR 18(1): "provided that the applicant has been informed").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub informed_of_reception_lapse: Option<bool>,
}

/// Kind of a decision on the application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum DecisionKind {
    /// Rejected as manifestly unfounded (Vw 30b).
    ManifestlyUnfounded,
    /// Rejected as unfounded (Vw 31).
    Unfounded,
    /// Inadmissible (Vw 30a).
    Inadmissible,
    /// Not examined, transfer to the responsible Member State (Vw 30).
    DublinTransfer,
    /// Implicit withdrawal (Vw-new 30c(1)(b); Vw-old 30c).
    ImplicitWithdrawal,
    /// Withdrawal of protection (Vw 32).
    Withdrawal,
    /// Subsidiary protection granted, refugee status refused (Vw-new 29a).
    SubsidiaryProtection,
    /// Refugee status granted.
    RefugeeStatus,
}

impl DecisionKind {
    /// Values with their contract names.
    pub const VALUES: &'static [(&'static str, DecisionKind)] = &[
        ("manifestlyUnfounded", DecisionKind::ManifestlyUnfounded),
        ("unfounded", DecisionKind::Unfounded),
        ("inadmissible", DecisionKind::Inadmissible),
        ("dublinTransfer", DecisionKind::DublinTransfer),
        ("implicitWithdrawal", DecisionKind::ImplicitWithdrawal),
        ("withdrawal", DecisionKind::Withdrawal),
        ("subsidiaryProtection", DecisionKind::SubsidiaryProtection),
        ("refugeeStatus", DecisionKind::RefugeeStatus),
    ];
}

/// The decision.
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct DecisionFacts {
    /// Kind of decision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<DecisionKind>,
    /// When it was notified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notified_at: Option<When>,
    /// When the right to remain ended (RBPR 4(2)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub right_to_remain_ended_at: Option<When>,
    /// Legacy: the rejection was given within the algemene asielprocedure (Vw-old 69(2)(a)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_general_procedure: Option<bool>,
}

/// Ground for extending the AA after its start (Vb-old 3.115(2)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum AaExtensionGround {
    /// Grounds a–e: decision by day 18 (21 with AA+).
    AToE,
    /// Ground f: decision by day 20 (23 with AA+).
    F,
    /// Ground g: decision by day 26 (29 with AA+).
    G,
}

impl AaExtensionGround {
    /// Values with their contract names.
    pub const VALUES: &'static [(&'static str, AaExtensionGround)] = &[
        ("aToE", AaExtensionGround::AToE),
        ("f", AaExtensionGround::F),
        ("g", AaExtensionGround::G),
    ];
}

/// Legacy-regime process facts.
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct LegacyFacts {
    /// End of the aanmeldfase (Vb-old 3.108d(8)); the rest period starts the next day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intake_interview_ended_at: Option<When>,
    /// Start of the algemene asielprocedure (AA day 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub general_procedure_started_at: Option<When>,
    /// The AA was extended before its start (Vb-old 3.115(1)): decision by day 9.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub general_procedure_extended: Option<bool>,
    /// The AA was extended after its start on a ground of Vb-old 3.115(2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extension_ground: Option<AaExtensionGround>,
    /// When the intended decision (voornemen) was issued or sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intended_decision_at: Option<When>,
    /// When the application at the border was notified (Vw-old 3(5)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub border_notified_at: Option<When>,
    /// The interview in spoor 2 (decision by the 8th day after it, Vb-old 3.109ca).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interview_at: Option<When>,
    /// Nuisance in or near the reception (no rest period, Vb-old 3.109(6)(b)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nuisance: Option<bool>,
    /// Suspected untrue identity, nationality or origin data (Vb-old 3.109(6)(d)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspected_false_identity: Option<bool>,
    /// Protection already granted in another EU/EEA state or Switzerland (spoor 2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protection_elsewhere: Option<bool>,
    /// The applicant is an EU national (spoor 2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eu_national: Option<bool>,
    /// Counter-indications that allow a family in the old border procedure (Vb-old 5.1a(3)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family_counter_indications: Option<bool>,
    /// NL was found responsible after a Dublin examination (Vw-old 42(6)): when.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub responsibility_established_at: Option<When>,
}

// ---------------------------------------------------------------------------------------------
// Decoding: each struct reads its own keys; whatever else is present is an unknownField.

impl Case {
    /// Decodes a case from a parsed JSON tree, collecting every problem.
    pub(crate) fn decode(v: &Json<'_>, e: &mut Errors) -> Option<Case> {
        let mut o = Obj::new(v, "", e)?;
        let schema_version = match o.raw("schemaVersion") {
            Some(Json::Number(n)) if n.as_u64() == Some(1) => 1,
            Some(other) => {
                e.say(ErrorCode::UnsupportedSchemaVersion, "/schemaVersion", |l| {
                    messages::schema_version(l, other)
                });
                return None;
            }
            None => {
                e.say(
                    ErrorCode::UnsupportedSchemaVersion,
                    "/schemaVersion",
                    messages::schema_version_required,
                );
                return None;
            }
        };
        let case = Case {
            schema_version,
            case_id: o.string("caseId", 128, e),
            as_of: o.when("asOf", e),
            locale: o.enumerated("locale", &[("nl", Locale::Nl), ("en", Locale::En)], e),
            applicant: o
                .object("applicant", e)
                .map(|x| Applicant::decode(x, e))
                .unwrap_or_default(),
            application: o
                .object("application", e)
                .map(|x| Application::decode(x, e))
                .unwrap_or_default(),
            grounds: o
                .object("grounds", e)
                .map(|x| Grounds::decode(x, e))
                .unwrap_or_default(),
            screening: o
                .object("screening", e)
                .map(|x| ScreeningFacts::decode(x, e))
                .unwrap_or_default(),
            dublin: o
                .object("dublin", e)
                .map(|x| DublinFacts::decode(x, e))
                .unwrap_or_default(),
            decision: o
                .object("decision", e)
                .map(|x| DecisionFacts::decode(x, e))
                .unwrap_or_default(),
            legacy: o
                .object("legacy", e)
                .map(|x| LegacyFacts::decode(x, e))
                .unwrap_or_default(),
            receipt: o.bool("receipt", e),
        };
        o.finish(e);
        Some(case)
    }
}

impl Applicant {
    fn decode(mut o: Obj<'_>, e: &mut Errors) -> Self {
        let r = Applicant {
            date_of_birth: o.date("dateOfBirth", e),
            nationality: o.country("nationality", e),
            unaccompanied_minor: o.bool("unaccompaniedMinor", e),
            family_with_minors: o.bool("familyWithMinors", e),
            border_support_unavailable: o.bool("borderSupportUnavailable", e),
            medical_reasons_against_border: o.bool("medicalReasonsAgainstBorder", e),
            detention_guarantees_unmet: o.bool("detentionGuaranteesUnmet", e),
        };
        o.finish(e);
        r
    }
}

impl Application {
    fn decode(mut o: Obj<'_>, e: &mut Errors) -> Self {
        let r = Application {
            made_at: o.when("madeAt", e),
            registered_at: o.when("registeredAt", e),
            lodged_at: o.when("lodgedAt", e),
            situation: o.enumerated("situation", Situation::VALUES, e),
            border_location: o.enumerated("borderLocation", BorderLocation::VALUES, e),
            subsequent: o.bool("subsequent", e),
            detained: o.bool("detained", e),
            made_to_other_authority: o.bool("madeToOtherAuthority", e),
        };
        o.finish(e);
        r
    }
}

impl Grounds {
    fn decode(mut o: Obj<'_>, e: &mut Errors) -> Self {
        let r = Grounds {
            irrelevant_issues_only: o.bool("irrelevantIssuesOnly", e),
            inconsistent_statements: o.bool("inconsistentStatements", e),
            misled_authorities: o.bool("misledAuthorities", e),
            delay_removal_only: o.bool("delayRemovalOnly", e),
            safe_country_of_origin: o.bool("safeCountryOfOrigin", e),
            danger_to_security_or_public_order: o.bool("dangerToSecurityOrPublicOrder", e),
            subsequent_not_inadmissible: o.bool("subsequentNotInadmissible", e),
            irregular_entry_no_prompt_application: o.bool("irregularEntryNoPromptApplication", e),
            lawful_entry_no_prompt_application: o.bool("lawfulEntryNoPromptApplication", e),
            low_recognition_rate: o.bool("lowRecognitionRate", e),
            inadmissible: o.bool("inadmissible", e),
            inadmissible_ground: o.enumerated("inadmissibleGround", InadmissibleGround::VALUES, e),
        };
        o.finish(e);
        r
    }
}

impl ScreeningFacts {
    fn decode(mut o: Obj<'_>, e: &mut Errors) -> Self {
        let r = ScreeningFacts {
            apprehended_at: o.when("apprehendedAt", e),
            started_at: o.when("startedAt", e),
            biometrics_taken_at: o.when("biometricsTakenAt", e),
            identity_registered_at: o.when("identityRegisteredAt", e),
            security_checked_at: o.when("securityCheckedAt", e),
            health_checked_at: o.when("healthCheckedAt", e),
            vulnerability_checked_at: o.when("vulnerabilityCheckedAt", e),
            form_completed_at: o.when("formCompletedAt", e),
            stayed_at_border_over72h: o.bool("stayedAtBorderOver72h", e),
            previously_screened: o.bool("previouslyScreened", e),
            entered_lawfully: o.bool("enteredLawfully", e),
        };
        o.finish(e);
        r
    }
}

impl DublinFacts {
    fn decode(mut o: Obj<'_>, e: &mut Errors) -> Self {
        let member_state_path = o.path("memberState");
        let member_state = o.string("memberState", 8, e).and_then(|s| {
            if super::countries::is_dublin_state_alpha2(&s) {
                Some(s)
            } else {
                e.say(ErrorCode::InvalidCountry, member_state_path, |l| {
                    messages::not_dublin_state(l, &s)
                });
                None
            }
        });
        let r = DublinFacts {
            other_member_state_responsible: o.bool("otherMemberStateResponsible", e),
            request_type: o.enumerated("requestType", RequestType::VALUES, e),
            member_state,
            eurodac_hit_at: o.when("eurodacHitAt", e),
            request_sent_at: o.when("requestSentAt", e),
            accepted_at: o.when("acceptedAt", e),
            appeal_decided_at: o.when("appealDecidedAt", e),
            transfer_decision_notified_at: o.when("transferDecisionNotifiedAt", e),
            detained_at: o.when("detainedAt", e),
            imprisoned: o.bool("imprisoned", e),
            absconded: o.bool("absconded", e),
            informed_of_reception_lapse: o.bool("informedOfReceptionLapse", e),
        };
        o.finish(e);
        r
    }
}

impl DecisionFacts {
    fn decode(mut o: Obj<'_>, e: &mut Errors) -> Self {
        let r = DecisionFacts {
            kind: o.enumerated("kind", DecisionKind::VALUES, e),
            notified_at: o.when("notifiedAt", e),
            right_to_remain_ended_at: o.when("rightToRemainEndedAt", e),
            in_general_procedure: o.bool("inGeneralProcedure", e),
        };
        o.finish(e);
        r
    }
}

impl LegacyFacts {
    fn decode(mut o: Obj<'_>, e: &mut Errors) -> Self {
        let r = LegacyFacts {
            intake_interview_ended_at: o.when("intakeInterviewEndedAt", e),
            general_procedure_started_at: o.when("generalProcedureStartedAt", e),
            general_procedure_extended: o.bool("generalProcedureExtended", e),
            extension_ground: o.enumerated("extensionGround", AaExtensionGround::VALUES, e),
            intended_decision_at: o.when("intendedDecisionAt", e),
            border_notified_at: o.when("borderNotifiedAt", e),
            interview_at: o.when("interviewAt", e),
            nuisance: o.bool("nuisance", e),
            suspected_false_identity: o.bool("suspectedFalseIdentity", e),
            protection_elsewhere: o.bool("protectionElsewhere", e),
            eu_national: o.bool("euNational", e),
            family_counter_indications: o.bool("familyCounterIndications", e),
            responsibility_established_at: o.when("responsibilityEstablishedAt", e),
        };
        o.finish(e);
        r
    }
}
