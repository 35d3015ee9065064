//! Parameters: the facts that change without a change of law — equated holidays, cut-over
//! dates, safe countries of origin, recognition rates, crisis activations and capacity notices.
//! They are versioned data, each value with its validity period and source, embedded by default
//! (`core/params/default.json`) and replaceable at run time ([`Parameters::from_json`]).
//! The SHA-256 of the parameter file is reported in every assessment (`engine.parameters`).
//!
//! - this module: the types of the file and the lookups the rules make;
//! - [`decode`]: the file read through the one decoder that reads cases
//!   (`contract::decode`), every problem with a JSON Pointer and a stable code;
//! - [`check`]: the rules of the format that a JSON Schema cannot express (validity periods,
//!   overlaps, code lists, the CFR 11 floor).
//!
//! `schema/parameters.schema.json`, generated from these types, documents the format (and lets
//! an editor check a file); tests check it against good and bad parameter files.

mod check;
mod decode;

pub use crate::digits::decimal_text;

use std::sync::OnceLock;

use crate::calendar::HolidayCalendar;
use crate::contract::decode::Errors;
use crate::contract::{ErrorCode, ErrorReport, InputError};
use crate::explain::Locale;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where a value comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Source {
    /// Title or citation (e.g. "Besluit gelijkstelling …, Stcrt. 2025, 24713").
    pub title: String,
    /// Where to read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Days equated with public holidays by a decree under Atw art. 3(3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EquatedDecree {
    /// The decree.
    pub source: Source,
    /// The calendar years the decree covers (for these years the list is complete).
    pub years: Vec<i32>,
    /// The equated days.
    pub days: Vec<NaiveDate>,
}

/// A date the law switches on, with its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Cutover {
    /// First day the new rules apply.
    pub date: NaiveDate,
    /// Source.
    pub source: Source,
}

/// The cut-over dates of the Pact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Cutovers {
    /// APR art. 79: applications lodged as from this date fall under the APR (12-06-2026).
    pub procedure: Cutover,
    /// AMMR art. 84/85: applications registered as from this date fall under the AMMR
    /// (01-07-2026).
    pub responsibility: Cutover,
}

/// Which list designates a safe country of origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum SafeCountryList {
    /// APR Annex II (Reg. (EU) 2026/464).
    EuAnnexII,
    /// APR art. 62(1b): EU candidate countries, unless an exception applies.
    EuCandidate,
    /// National list (Voorschrift Vreemdelingen 2000 art. 3.37f, Bijlage 13).
    National,
}

impl SafeCountryList {
    /// Every list with its name in the parameter file.
    pub const VALUES: &'static [(&'static str, SafeCountryList)] = &[
        ("euAnnexII", SafeCountryList::EuAnnexII),
        ("euCandidate", SafeCountryList::EuCandidate),
        ("national", SafeCountryList::National),
    ];
}

/// A designation of a safe country of origin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SafeCountry {
    /// ISO 3166-1 alpha-3 code (XKX for Kosovo).
    pub country: String,
    /// Which list.
    pub list: SafeCountryList,
    /// First day of validity.
    pub valid_from: NaiveDate,
    /// Last day of validity (inclusive), if ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<NaiveDate>,
    /// Whether the designation is suspended (e.g. Ukraine on the national list).
    #[serde(default)]
    pub suspended: bool,
    /// Source.
    pub source: Source,
}

/// A Union-wide first-instance recognition rate (APR 42(1)(j)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RecognitionRate {
    /// ISO 3166-1 alpha-3 code.
    pub country: String,
    /// Recognition rate in percent (0..=100).
    pub rate_percent: f64,
    /// The reference year of the data.
    pub reference_year: i32,
    /// First day the figure is used.
    pub valid_from: NaiveDate,
    /// Last day the figure is used (inclusive), if replaced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<NaiveDate>,
    /// Source.
    pub source: Source,
}

/// A derogation a crisis or force-majeure decision (CFR) allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Derogation {
    /// CFR 10: registration within 4 weeks of making.
    Registration4Weeks,
    /// CFR 11(1): asylum border procedure + 6 weeks.
    BorderProcedurePlus6Weeks,
    /// RBPR 6(1): return border procedure + 6 weeks.
    ReturnBorderPlus6Weeks,
    /// CFR 11(3): in a mass-arrivals crisis (CFR 1(4)(a)), the threshold of the *mandatory*
    /// border procedure (APR 45(1) for 42(1)(j)) lowered to `thresholdPercent` (at least 5 %); the
    /// 20 % of APR 42(1)(j) itself is not changed.
    RecognitionRateThreshold,
    /// CFR 11(4): in a mass-arrivals crisis, the border procedure widened (not mandatory) to
    /// nationalities with a Union-wide recognition rate of 50 % or lower.
    BorderProcedureWidened,
}

impl Derogation {
    /// Every derogation with its name in the parameter file — the one place a new kind is
    /// added besides the enum (a test checks the names against the serde names and the schema).
    pub const VALUES: &'static [(&'static str, Derogation)] = &[
        ("registration4Weeks", Derogation::Registration4Weeks),
        (
            "borderProcedurePlus6Weeks",
            Derogation::BorderProcedurePlus6Weeks,
        ),
        ("returnBorderPlus6Weeks", Derogation::ReturnBorderPlus6Weeks),
        (
            "recognitionRateThreshold",
            Derogation::RecognitionRateThreshold,
        ),
        ("borderProcedureWidened", Derogation::BorderProcedureWidened),
    ];
}

/// A derogation from the AMMR time limits of the responsibility procedure that a crisis or
/// force-majeure decision allows (CFR 12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum ResponsibilityDerogation {
    /// CFR 12(1)-(2): the limits of AMMR 39, 40, 41 and 46 extended simultaneously (take charge
    /// request 4 months from registration, reply 2 months, take back notification and its
    /// confirmation 1 month, transfer 1 year); only in a crisis of CFR 1(4)(a) or force majeure.
    TimeLimitsExtended,
}

impl ResponsibilityDerogation {
    /// Every responsibility derogation with its name in the parameter file.
    pub const VALUES: &'static [(&'static str, ResponsibilityDerogation)] = &[(
        "timeLimitsExtended",
        ResponsibilityDerogation::TimeLimitsExtended,
    )];
}

/// Kind of an activation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum ActivationKind {
    /// CFR 1(4)(a): mass arrivals.
    MassArrivals,
    /// CFR 1(4)(b): instrumentalisation.
    Instrumentalisation,
    /// CFR: force majeure.
    ForceMajeure,
    /// The national emergency plan (noodplan).
    Noodplan,
}

impl ActivationKind {
    /// Every kind with its name in the parameter file.
    pub const VALUES: &'static [(&'static str, ActivationKind)] = &[
        ("massArrivals", ActivationKind::MassArrivals),
        ("instrumentalisation", ActivationKind::Instrumentalisation),
        ("forceMajeure", ActivationKind::ForceMajeure),
        ("noodplan", ActivationKind::Noodplan),
    ];
}

/// A crisis, force-majeure or emergency-plan activation (a Council implementing decision under
/// CFR 4–5, or the national noodplan).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Activation {
    /// Identifier.
    pub id: String,
    /// Kind.
    pub kind: ActivationKind,
    /// First day.
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
    /// Last day of the initial period (CFR 10(4): in a mass-arrivals crisis, CFR 1(4)(a), the
    /// registration derogation applies only then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_period_to: Option<NaiveDate>,
    /// The derogations authorised.
    pub derogations: Vec<Derogation>,
    /// The derogations from the AMMR time limits of responsibility procedures authorised (CFR 12),
    /// applied by `law::responsibility`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibility_derogations: Vec<ResponsibilityDerogation>,
    /// Lowered recognition-rate threshold in percent (not below 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold_percent: Option<f64>,
    /// Source.
    pub source: Source,
}

/// Kind of a capacity notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum NoticeKind {
    /// APR 48(2): NL notified that its adequate capacity is reached; the border procedure is not
    /// required for 42(1)(j) cases for the rest of the calendar year from the day after.
    AdequateCapacityReached,
    /// APR 50: the Commission authorised not examining 42(1)(c) and (j) cases at the border.
    AnnualMaximumAuthorised,
    /// APR 27(5): disproportionate numbers; registration within 15 days.
    DisproportionateNumbers,
}

impl NoticeKind {
    /// Every kind with its name in the parameter file.
    pub const VALUES: &'static [(&'static str, NoticeKind)] = &[
        (
            "adequateCapacityReached",
            NoticeKind::AdequateCapacityReached,
        ),
        (
            "annualMaximumAuthorised",
            NoticeKind::AnnualMaximumAuthorised,
        ),
        (
            "disproportionateNumbers",
            NoticeKind::DisproportionateNumbers,
        ),
    ];
}

/// A capacity notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Notice {
    /// Kind.
    pub kind: NoticeKind,
    /// First day it takes effect.
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
    /// Source.
    pub source: Source,
}

/// The parameter file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ParameterFile {
    /// Optional reference to `schema/parameters.schema.json`, so that an editor validates the file
    /// while it is written. Ignored by the engine (but part of the hashed bytes).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Format version of this file (1).
    pub format_version: u32,
    /// Name of this set, e.g. "nl-default-2026-11".
    pub name: String,
    /// Cut-over dates.
    pub cutovers: Cutovers,
    /// Days equated with public holidays (Atw 3(3)).
    pub equated_holidays: Vec<EquatedDecree>,
    /// Safe countries of origin.
    pub safe_countries: Vec<SafeCountry>,
    /// Recognition rates.
    pub recognition_rates: Vec<RecognitionRate>,
    /// Crisis and emergency-plan activations.
    pub activations: Vec<Activation>,
    /// Capacity notices.
    pub notices: Vec<Notice>,
}

/// A loaded parameter set: the file, its hash and the derived holiday calendar.
#[derive(Debug, Clone)]
pub struct Parameters {
    /// The data.
    pub file: ParameterFile,
    /// "sha256:<hex>" of the bytes it was loaded from.
    pub hash: String,
    /// The holiday calendar built from the statute and `file.equated_holidays`.
    pub calendar: HolidayCalendar,
}

/// Why a parameter set is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParamsError {
    /// Not valid JSON or not of the parameter format.
    #[error("parameter file is not valid: {0}")]
    Invalid(String),
    /// A value that breaks a rule of the format (e.g. valid_to before valid_from).
    #[error("parameter file is inconsistent at {path}: {message}")]
    Inconsistent {
        /// JSON Pointer.
        path: String,
        /// What is wrong.
        message: String,
    },
}

/// Every problem found in a refused parameter set (the structured form of a refusal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamsReport {
    /// The problems, in document order of the checks: contract error codes (`invalidJson`,
    /// `tooLarge`, `unknownField`, `missingField`, `wrongType`, `invalidDate`, `invalidValue`,
    /// `invalidCountry`, `outOfRange`, `inconsistent`) with JSON Pointers into the file.
    pub errors: Vec<InputError>,
}

impl ParamsReport {
    /// The refusal as the contract's ErrorReport (what the surfaces print or return).
    pub fn to_report(&self) -> ErrorReport {
        ErrorReport::new(self.errors.clone())
    }
}

impl std::fmt::Display for ParamsReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "parameter set refused ({} problem{})",
            self.errors.len(),
            if self.errors.len() == 1 { "" } else { "s" }
        )?;
        for e in &self.errors {
            // The code's JSON name, e.g. `invalidJson` (serialised as every report is, then
            // unquoted: the names are plain ASCII).
            let code = serde_json::to_string(&e.code).unwrap_or_default();
            let code = code.trim_matches('"');
            let path = if e.path.is_empty() {
                "(document)"
            } else {
                e.path.as_str()
            };
            write!(f, "; {code} at {path}: {}", e.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for ParamsReport {}

impl From<ParamsReport> for ParamsError {
    fn from(r: ParamsReport) -> ParamsError {
        match r.errors.as_slice() {
            [one] if one.code == ErrorCode::InvalidJson || one.code == ErrorCode::TooLarge => {
                ParamsError::Invalid(one.message.clone())
            }
            [one] => ParamsError::Inconsistent {
                path: one.path.clone(),
                message: one.message.clone(),
            },
            _ => ParamsError::Invalid(r.to_string()),
        }
    }
}

/// The embedded default parameter set.
pub const DEFAULT_JSON: &str = include_str!("../../params/default.json");

impl Parameters {
    /// Loads and checks a parameter set. A refused set gives its first problem as a
    /// [`ParamsError`]; when there are several, `ParamsError::Invalid` lists them all in its
    /// message. Use [`Parameters::load`] for the structured list.
    pub fn from_json(bytes: &[u8]) -> Result<Parameters, ParamsError> {
        Parameters::load(bytes).map_err(ParamsError::from)
    }

    /// Loads a parameter set through the decoder that reads cases, then checks the rules of
    /// the format (validity periods, code lists, overlaps). A refused set comes back with
    /// **every** problem found (at most `MAX_ERRORS`, then a `tooManyErrors` entry), each with a
    /// contract error code and a JSON Pointer into the file; messages in Dutch.
    pub fn load(bytes: &[u8]) -> Result<Parameters, ParamsReport> {
        Parameters::load_in(bytes, Locale::Nl)
    }

    /// As [`Parameters::load`], the messages in `locale`.
    pub fn load_in(bytes: &[u8], locale: Locale) -> Result<Parameters, ParamsReport> {
        let tree = crate::contract::decode::parse_tree_in(bytes, Some(locale))
            .map_err(|e| ParamsReport { errors: vec![e] })?;
        let mut errs = Errors::new(locale);
        let file = ParameterFile::decode(&tree, &mut errs);
        let file = match file {
            Some(file) if errs.is_empty() => file,
            _ => return Err(ParamsReport { errors: errs.0 }),
        };
        file.check_in(&mut errs);
        if !errs.is_empty() {
            return Err(ParamsReport { errors: errs.0 });
        }
        let hash = crate::receipt::sha256_bytes(bytes);
        let calendar = HolidayCalendar::new(&file.equated_holidays);
        Ok(Parameters {
            file,
            hash,
            calendar,
        })
    }

    /// Whether this is the embedded default set (same hash).
    pub fn is_embedded(&self) -> bool {
        self.hash == Parameters::embedded().hash
    }

    /// The embedded default set (parsed once).
    pub fn embedded() -> &'static Parameters {
        static DEFAULT: OnceLock<Parameters> = OnceLock::new();
        DEFAULT.get_or_init(|| match Parameters::from_json(DEFAULT_JSON.as_bytes()) {
            Ok(p) => p,
            // The embedded file is checked by a unit test; an empty set is the safe fallback.
            Err(_) => Parameters::empty(),
        })
    }

    /// A set with no data beyond the statutory cut-overs (used only if the embedded file were
    /// unreadable, which a test rules out).
    fn empty() -> Parameters {
        let src = |t: &str| Source {
            title: t.to_owned(),
            url: None,
        };
        let file = ParameterFile {
            schema: None,
            format_version: 1,
            name: "empty".to_owned(),
            cutovers: Cutovers {
                procedure: Cutover {
                    date: NaiveDate::from_ymd_opt(2026, 6, 12).unwrap_or_default(),
                    source: src("APR art. 79(3)"),
                },
                responsibility: Cutover {
                    date: NaiveDate::from_ymd_opt(2026, 7, 1).unwrap_or_default(),
                    source: src("AMMR art. 84, 85"),
                },
            },
            equated_holidays: vec![],
            safe_countries: vec![],
            recognition_rates: vec![],
            activations: vec![],
            notices: vec![],
        };
        Parameters {
            calendar: HolidayCalendar::new(&file.equated_holidays),
            file,
            hash: "sha256:empty".to_owned(),
        }
    }

    /// Safe-country designations in force on `date` for `country`.
    pub fn safe_country_designations<'a>(
        &'a self,
        country: &'a str,
        date: NaiveDate,
    ) -> impl Iterator<Item = &'a SafeCountry> + 'a {
        self.file.safe_countries.iter().filter(move |s| {
            s.country == country && s.valid_from <= date && s.valid_to.is_none_or(|to| date <= to)
        })
    }

    /// The recognition rate for `country` used on `date`, if the table has one.
    pub fn recognition_rate(&self, country: &str, date: NaiveDate) -> Option<&RecognitionRate> {
        self.file.recognition_rates.iter().rev().find(|r| {
            r.country == country && r.valid_from <= date && r.valid_to.is_none_or(|to| date <= to)
        })
    }

    /// Activations covering `date`.
    pub fn activations_on(&self, date: NaiveDate) -> impl Iterator<Item = &Activation> + '_ {
        self.file
            .activations
            .iter()
            .filter(move |a| a.from <= date && date <= a.to)
    }

    /// Notices of `kind` in effect on `date`.
    pub fn notice_on(&self, kind: NoticeKind, date: NaiveDate) -> Option<&Notice> {
        self.file
            .notices
            .iter()
            .find(|n| n.kind == kind && n.from <= date && date <= n.to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    #[test]
    fn embedded_set_is_the_file_and_loads_cleanly() {
        let p = Parameters::load(DEFAULT_JSON.as_bytes()).unwrap();
        assert_eq!(p.hash, Parameters::embedded().hash);
        assert_ne!(Parameters::embedded().hash, "sha256:empty");
        let on_disk =
            std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/params/default.json")).unwrap();
        let hex: String = Sha256::digest(&on_disk)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(format!("sha256:{hex}"), p.hash);
    }

    #[test]
    fn every_problem_is_reported_with_its_pointer() {
        let mut v: serde_json::Value = serde_json::from_str(DEFAULT_JSON).unwrap();
        v["recognitionRates"][0]["ratePercent"] = serde_json::json!("3");
        v["recognitionRates"][1]["validFrom"] = serde_json::json!("2026-13-01");
        v["recognitionRates"][1]["note"] = serde_json::json!("x");
        v["safeCountries"][0]["list"] = serde_json::json!("eu");
        v.as_object_mut().unwrap().remove("notices");
        let r = Parameters::load(v.to_string().as_bytes()).unwrap_err();
        let got: Vec<(ErrorCode, &str)> =
            r.errors.iter().map(|e| (e.code, e.path.as_str())).collect();
        for want in [
            (ErrorCode::MissingField, "/notices"),
            (ErrorCode::WrongType, "/recognitionRates/0/ratePercent"),
            (ErrorCode::InvalidDate, "/recognitionRates/1/validFrom"),
            (ErrorCode::UnknownField, "/recognitionRates/1/note"),
            (ErrorCode::InvalidValue, "/safeCountries/0/list"),
        ] {
            assert!(got.contains(&want), "{want:?} not in {got:?}");
        }
        assert_eq!(got.len(), 5, "{got:?}");
        // from_json keeps its type and lists them all in the message.
        let e = Parameters::from_json(v.to_string().as_bytes()).unwrap_err();
        assert!(
            matches!(&e, ParamsError::Invalid(m) if m.contains("5 problems") && m.contains("/notices"))
        );
    }

    #[test]
    fn rules_beyond_the_schema() {
        let mut v: serde_json::Value = serde_json::from_str(DEFAULT_JSON).unwrap();
        let mut second = v["recognitionRates"][0].clone();
        second["validFrom"] = serde_json::json!("2027-01-01");
        second["ratePercent"] = serde_json::json!(101.0);
        v["recognitionRates"].as_array_mut().unwrap().push(second);
        v["recognitionRates"][0]["source"]["title"] = serde_json::json!(" ");
        let r = Parameters::load(v.to_string().as_bytes()).unwrap_err();
        let got: Vec<(ErrorCode, &str)> =
            r.errors.iter().map(|e| (e.code, e.path.as_str())).collect();
        assert_eq!(
            got,
            [
                (ErrorCode::MissingField, "/recognitionRates/0/source/title"),
                (ErrorCode::OutOfRange, "/recognitionRates/2/ratePercent"),
                (ErrorCode::Inconsistent, "/recognitionRates/2/validFrom"),
            ]
        );
        // Closing the first entry the day before removes the overlap.
        v["recognitionRates"][0]["validTo"] = serde_json::json!("2026-12-31");
        v["recognitionRates"][0]["source"]["title"] = serde_json::json!("EUAA");
        v["recognitionRates"][2]["ratePercent"] = serde_json::json!(4.5);
        let p = Parameters::load(v.to_string().as_bytes()).unwrap();
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            p.recognition_rate("BGD", d("2026-12-31"))
                .unwrap()
                .rate_percent,
            3.0
        );
        assert_eq!(
            p.recognition_rate("BGD", d("2027-01-01"))
                .unwrap()
                .rate_percent,
            4.5
        );
        assert_ne!(p.hash, Parameters::embedded().hash);
    }

    #[test]
    fn the_decoder_equals_the_serde_derive() {
        use serde_json::json;
        let base: serde_json::Value = serde_json::from_str(DEFAULT_JSON).unwrap();
        type Edit = Box<dyn Fn(&mut serde_json::Value)>;
        let edits: Vec<Edit> = vec![
            Box::new(|_| {}),
            Box::new(|v| v["$schema"] = json!("../../schema/parameters.schema.json")),
            Box::new(|v| v["$schema"] = json!(null)),
            Box::new(|v| v["recognitionRates"][0]["ratePercent"] = json!(19)),
            Box::new(|v| v["recognitionRates"][0]["ratePercent"] = json!(12.345678901234567)),
            Box::new(|v| v["recognitionRates"][0]["ratePercent"] = json!(1e-7)),
            Box::new(|v| v["recognitionRates"][0]["validTo"] = json!(null)),
            Box::new(|v| v["recognitionRates"][0]["validTo"] = json!("2030-01-01")),
            Box::new(|v| v["safeCountries"][0]["suspended"] = json!(true)),
            Box::new(|v| v["safeCountries"][0]["source"]["url"] = json!(null)),
            Box::new(|v| v["safeCountries"][0]["validTo"] = json!("2199-12-31")),
            Box::new(|v| {
                v["activations"] = json!([
                    {"id": "a", "kind": "massArrivals", "from": "2026-09-01", "to": "2026-12-31",
                     "initialPeriodTo": "2026-10-01", "thresholdPercent": 12.5,
                     "derogations": ["registration4Weeks", "borderProcedurePlus6Weeks",
                                     "returnBorderPlus6Weeks", "recognitionRateThreshold"],
                     "source": {"title": "t", "url": "u"}},
                    {"id": "b", "kind": "instrumentalisation", "from": "2026-09-01",
                     "to": "2026-12-31", "initialPeriodTo": null, "thresholdPercent": null,
                     "derogations": [], "source": {"title": "t"}},
                    {"id": "c", "kind": "forceMajeure", "from": "2026-09-01", "to": "2026-12-31",
                     "thresholdPercent": 15, "derogations": [], "source": {"title": "t"}},
                    {"id": "d", "kind": "noodplan", "from": "2026-09-01", "to": "2026-12-31",
                     "derogations": [], "source": {"title": "t"}},
                ]);
                v["notices"] = json!([
                    {"kind": "adequateCapacityReached", "from": "2026-09-01", "to": "2026-12-31",
                     "source": {"title": "t"}},
                    {"kind": "annualMaximumAuthorised", "from": "2026-09-01", "to": "2026-12-31",
                     "source": {"title": "t", "url": null}},
                    {"kind": "disproportionateNumbers", "from": "2026-09-01", "to": "2026-12-31",
                     "source": {"title": "t"}},
                ]);
            }),
            Box::new(|v| {
                v["equatedHolidays"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"source": {"title": "d"}, "years": [2027, 2028], "days": []}));
            }),
            Box::new(|v| {
                for key in ["safeCountries", "recognitionRates", "equatedHolidays"] {
                    v[key] = json!([]);
                }
            }),
        ];
        for (i, edit) in edits.iter().enumerate() {
            let mut v = base.clone();
            edit(&mut v);
            let text = v.to_string();
            let tree = crate::contract::decode::parse_tree(text.as_bytes()).unwrap();
            let mut errs = Errors::default();
            let by_decoder = ParameterFile::decode(&tree, &mut errs);
            assert!(errs.is_empty(), "edit {i}: {:?}", errs.0);
            let by_serde: ParameterFile = serde_json::from_value(v).unwrap();
            assert_eq!(by_decoder.as_ref(), Some(&by_serde), "edit {i}");
        }
    }

    #[test]
    fn a_refusal_names_every_code_in_its_message() {
        let e = Parameters::from_json(br#"{"formatVersion": 1.5, "name": 3}"#).unwrap_err();
        let ParamsError::Invalid(m) = e else {
            panic!("{e:?}")
        };
        assert!(m.starts_with("parameter set refused ("), "{m}");
        assert!(m.contains("; wrongType at /formatVersion: "), "{m}");
        assert!(m.contains("; missingField at /cutovers: "), "{m}");
    }

    #[test]
    fn a_schema_reference_is_allowed_and_bad_json_is_refused() {
        let mut v: serde_json::Value = serde_json::from_str(DEFAULT_JSON).unwrap();
        v["$schema"] = serde_json::json!("../../schema/parameters.schema.json");
        assert!(Parameters::load(v.to_string().as_bytes()).is_ok());
        let r = Parameters::load(b"{").unwrap_err();
        assert_eq!(r.errors[0].code, ErrorCode::InvalidJson);
        assert!(matches!(
            Parameters::from_json(b"{"),
            Err(ParamsError::Invalid(_))
        ));
    }
}
