//! Parameters: the facts that change without a change of law — equated holidays, cut-over
//! dates, safe countries of origin, recognition rates, crisis activations and capacity notices.
//! They are versioned data, each value with its validity period and source, embedded by default
//! (`core/params/default.json`) and replaceable at run time ([`Parameters::from_json`]).
//! The SHA-256 of the parameter file is reported in every assessment (`engine.parameters`).

use std::sync::OnceLock;

use crate::calendar::HolidayCalendar;
use crate::contract::{ErrorCode, ErrorReport, InputError};
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
    /// Lowered recognition-rate threshold in percent (not below 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold_percent: Option<f64>,
    /// The derogations from the AMMR time limits of responsibility procedures authorised (CFR 12),
    /// applied by `law::responsibility`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibility_derogations: Vec<ResponsibilityDerogation>,
    /// Source.
    pub source: Source,
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
pub const DEFAULT_JSON: &str = include_str!("../params/default.json");

impl Parameters {
    /// Loads and checks a parameter set. A refused set gives its first problem as a
    /// [`ParamsError`]; when there are several, `ParamsError::Invalid` lists them all in its
    /// message. Use [`Parameters::load`] for the structured list.
    pub fn from_json(bytes: &[u8]) -> Result<Parameters, ParamsError> {
        Parameters::load(bytes).map_err(ParamsError::from)
    }

    /// Loads a parameter set, checking it against the JSON Schema of the format
    /// (`schema/parameters.schema.json`, generated from [`ParameterFile`]) and then against the
    /// rules of the format the schema cannot express (validity periods, code lists, overlaps).
    /// A refused set comes back with **every** problem found, each with a contract error code
    /// and a JSON Pointer into the file.
    pub fn load(bytes: &[u8]) -> Result<Parameters, ParamsReport> {
        let value = crate::contract::decode::parse_bytes(bytes)
            .map_err(|e| ParamsReport { errors: vec![e] })?;
        let mut errors = Vec::new();
        schema_check::validate(&value, &mut errors);
        if !errors.is_empty() {
            return Err(ParamsReport { errors });
        }
        // The tree has passed the schema, so every type, required key, enumeration value and
        // date format is known to be right: it is read by hand (`from_tree`) rather than by the
        // serde derive, which would put a second JSON-tree deserializer and chrono's format
        // parser into the WASM package. The result is the same `ParameterFile` (a test compares
        // the two readers); the error below is the one of a file the schema lets through but
        // the struct cannot hold, which `core/tests/schema.rs` (schema == struct) rules out.
        let file = from_tree::file(&value).ok_or_else(|| ParamsReport {
            errors: vec![InputError::new(
                ErrorCode::InvalidValue,
                "",
                "the parameter file passed the schema but does not fit the parameter format",
            )],
        })?;
        let errors = file.problems();
        if !errors.is_empty() {
            return Err(ParamsReport { errors });
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

impl ParameterFile {
    /// Checks the rules of the format that serde cannot; the first problem, if any.
    pub fn check(&self) -> Result<(), ParamsError> {
        match self.problems().into_iter().next() {
            None => Ok(()),
            Some(e) => Err(ParamsError::Inconsistent {
                path: e.path,
                message: e.message,
            }),
        }
    }

    /// Every rule of the format that the JSON Schema cannot express, checked all at once:
    /// validity periods that end before they start or overlap, code lists, percentages, the
    /// CFR 11 floor of 5%, equated days outside their decree's years, and sources without a title.
    pub fn problems(&self) -> Vec<InputError> {
        use chrono::Datelike;
        let mut out = Vec::new();
        let mut bad = |code: ErrorCode, path: String, message: String| {
            out.push(InputError::new(code, path, message));
        };
        let source = |path: String, s: &Source, bad: &mut dyn FnMut(ErrorCode, String, String)| {
            if s.title.trim().is_empty() {
                bad(
                    ErrorCode::MissingField,
                    format!("{path}/title"),
                    "every value needs a source: the title is empty".into(),
                );
            }
        };
        if self.format_version != 1 {
            bad(
                ErrorCode::OutOfRange,
                "/formatVersion".into(),
                "only format version 1 is supported".into(),
            );
        }
        if self.name.trim().is_empty() {
            bad(
                ErrorCode::MissingField,
                "/name".into(),
                "the set needs a name (e.g. \"nl-2027-01\")".into(),
            );
        }
        source(
            "/cutovers/procedure/source".into(),
            &self.cutovers.procedure.source,
            &mut bad,
        );
        source(
            "/cutovers/responsibility/source".into(),
            &self.cutovers.responsibility.source,
            &mut bad,
        );
        for (i, d) in self.equated_holidays.iter().enumerate() {
            source(format!("/equatedHolidays/{i}/source"), &d.source, &mut bad);
            if d.years.is_empty() {
                bad(
                    ErrorCode::MissingField,
                    format!("/equatedHolidays/{i}/years"),
                    "a decree covers at least one year".into(),
                );
            }
            for (j, day) in d.days.iter().enumerate() {
                if !d.years.contains(&day.year()) {
                    bad(
                        ErrorCode::Inconsistent,
                        format!("/equatedHolidays/{i}/days/{j}"),
                        format!("{day} is outside the years the decree covers"),
                    );
                }
            }
        }
        for (i, s) in self.safe_countries.iter().enumerate() {
            source(format!("/safeCountries/{i}/source"), &s.source, &mut bad);
            if s.valid_to.is_some_and(|to| to < s.valid_from) {
                bad(
                    ErrorCode::Inconsistent,
                    format!("/safeCountries/{i}/validTo"),
                    "ends before it starts".into(),
                );
            }
            if !crate::contract::countries::is_alpha3(&s.country) {
                bad(
                    ErrorCode::InvalidCountry,
                    format!("/safeCountries/{i}/country"),
                    format!("{:?} is not an ISO 3166-1 alpha-3 code", s.country),
                );
            }
            if let Some(j) = self.safe_countries[..i].iter().position(|o| {
                o.country == s.country
                    && o.list == s.list
                    && overlaps(o.valid_from, o.valid_to, s.valid_from, s.valid_to)
            }) {
                bad(
                    ErrorCode::Inconsistent,
                    format!("/safeCountries/{i}/validFrom"),
                    format!("overlaps /safeCountries/{j} (same country and list); close the earlier entry with validTo the day before"),
                );
            }
        }
        for (i, r) in self.recognition_rates.iter().enumerate() {
            source(format!("/recognitionRates/{i}/source"), &r.source, &mut bad);
            if !r.rate_percent.is_finite() || !(0.0..=100.0).contains(&r.rate_percent) {
                bad(
                    ErrorCode::OutOfRange,
                    format!("/recognitionRates/{i}/ratePercent"),
                    "not a percentage (0 to 100)".into(),
                );
            }
            if r.valid_to.is_some_and(|to| to < r.valid_from) {
                bad(
                    ErrorCode::Inconsistent,
                    format!("/recognitionRates/{i}/validTo"),
                    "ends before it starts".into(),
                );
            }
            if !crate::contract::countries::is_alpha3(&r.country) {
                bad(
                    ErrorCode::InvalidCountry,
                    format!("/recognitionRates/{i}/country"),
                    format!("{:?} is not an ISO 3166-1 alpha-3 code", r.country),
                );
            }
            if !(1950..=2199).contains(&r.reference_year) || r.reference_year > r.valid_from.year()
            {
                bad(
                    ErrorCode::OutOfRange,
                    format!("/recognitionRates/{i}/referenceYear"),
                    "the reference year must lie between 1950 and the year of validFrom (data cannot be used before its year)".into(),
                );
            }
            if let Some(j) = self.recognition_rates[..i].iter().position(|o| {
                o.country == r.country
                    && overlaps(o.valid_from, o.valid_to, r.valid_from, r.valid_to)
            }) {
                bad(
                    ErrorCode::Inconsistent,
                    format!("/recognitionRates/{i}/validFrom"),
                    format!("overlaps /recognitionRates/{j} for {}; close the earlier entry with validTo the day before", r.country),
                );
            }
        }
        for (i, a) in self.activations.iter().enumerate() {
            source(format!("/activations/{i}/source"), &a.source, &mut bad);
            if a.to < a.from {
                bad(
                    ErrorCode::Inconsistent,
                    format!("/activations/{i}/to"),
                    "ends before it starts".into(),
                );
            }
            if a.initial_period_to.is_some_and(|t| t < a.from || t > a.to) {
                bad(
                    ErrorCode::Inconsistent,
                    format!("/activations/{i}/initialPeriodTo"),
                    "the initial period lies outside the activation".into(),
                );
            }
            if a.threshold_percent
                .is_some_and(|t| !t.is_finite() || !(5.0..=100.0).contains(&t))
            {
                bad(
                    ErrorCode::OutOfRange,
                    format!("/activations/{i}/thresholdPercent"),
                    "CFR 11: the threshold may not be lowered below 5%".into(),
                );
            }
        }
        for (i, n) in self.notices.iter().enumerate() {
            source(format!("/notices/{i}/source"), &n.source, &mut bad);
            if n.to < n.from {
                bad(
                    ErrorCode::Inconsistent,
                    format!("/notices/{i}/to"),
                    "ends before it starts".into(),
                );
            }
        }
        out
    }
}

/// Whether two validity periods (inclusive, open-ended when `to` is absent) share a day.
fn overlaps(
    a_from: NaiveDate,
    a_to: Option<NaiveDate>,
    b_from: NaiveDate,
    b_to: Option<NaiveDate>,
) -> bool {
    a_to.is_none_or(|t| b_from <= t) && b_to.is_none_or(|t| a_from <= t)
}

/// `f` written exactly as `format!("{f}")` writes it: the shortest decimal that reads back as
/// `f`, never with an exponent (`20`, `12.5`, `0.0000001`, `-0`, `NaN`, `inf`), and on an exact
/// tie between two shortest candidates the upper one, as `core::fmt` does.
///
/// Texts which print an `f64` (the recognition rates and thresholds of `law::procedure`, the GDP
/// of `law::solidarity`, a schema minimum) use it, so that they can do so without
/// `core::fmt`'s own float formatting (Grisu and Dragon4 with their tables, ~20 KB of the WASM
/// package, 8.6 KB gzipped), which stays in the package as long as one `{}` of an `f64` is
/// left. The digits come from the formatter `serde_json` already carries for its number
/// output (shortest round-trip digits, ties to even), then the one tie case is corrected.
pub fn decimal_text(f: f64) -> String {
    if f.is_nan() {
        return "NaN".to_owned();
    }
    let Some(number) = serde_json::Number::from_f64(f) else {
        return if f < 0.0 { "-inf" } else { "inf" }.to_owned();
    };
    // serde_json writes e.g. `20.0`, `0.001234`, `1.25e-7`, `1e+21`.
    let written = number.to_string();
    let (negative, written) = match written.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, written.as_str()),
    };
    let (mantissa, exponent) = match written.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (written, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{int}{frac}");
    let trimmed = all.trim_start_matches('0');
    // The significant digits and the power of ten of the last one: f ≈ digits × 10^last.
    let mut point = len_i64(int) + exponent - (len_i64(&all) - len_i64(trimmed));
    let mut digits = trimmed.trim_end_matches('0').to_owned();
    if !digits.is_empty() && is_upper_tie(f, &digits, point - len_i64(&digits)) {
        // f lies exactly halfway between `digits` and the next number of as many digits:
        // core::fmt takes the upper one.
        let mut bytes = digits.into_bytes();
        let mut i = bytes.len();
        loop {
            if i == 0 {
                bytes.insert(0, b'1');
                point += 1;
                break;
            }
            i -= 1;
            if bytes[i] == b'9' {
                bytes[i] = b'0';
            } else {
                bytes[i] += 1;
                break;
            }
        }
        digits = String::from_utf8(bytes).unwrap_or_default();
        let kept = digits.trim_end_matches('0').len();
        digits.truncate(kept);
    }
    let mut out = String::with_capacity(digits.len() + 8);
    if negative {
        out.push('-');
    }
    let len = len_i64(&digits);
    let zeros = |n: i64| "0".repeat(usize::try_from(n).unwrap_or(0));
    if digits.is_empty() {
        out.push('0');
    } else if point <= 0 {
        out.push_str("0.");
        out.push_str(&zeros(-point));
        out.push_str(&digits);
    } else if point >= len {
        out.push_str(&digits);
        out.push_str(&zeros(point - len));
    } else {
        let (a, b) = digits.split_at(usize::try_from(point).unwrap_or(0));
        out.push_str(a);
        out.push('.');
        out.push_str(b);
    }
    out
}

fn len_i64(s: &str) -> i64 {
    i64::try_from(s.len()).unwrap_or(i64::MAX)
}

/// Whether |f| is exactly (D + ½) × 10^k, D the integer written by `digits`: then 2|f| × 10^-k
/// = 2D + 1. With |f| = m × 2^e (m an integer) and m = m' × 2^z (m' odd), both sides factor
/// uniquely: the power of two must vanish (z + e + 1 − k = 0) and the odd parts agree,
/// m' × 5^-k = 2D + 1 for k ≤ 0, m' = (2D + 1) × 5^k for k > 0. Integers only, no rounding.
fn is_upper_tie(f: f64, digits: &str, k: i64) -> bool {
    let bits = f.to_bits();
    let exp_bits = i64::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
    let fraction = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp_bits == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), exp_bits - 1075)
    };
    if m == 0 {
        return false;
    }
    let z = i64::from(m.trailing_zeros());
    if z + e + 1 - k != 0 {
        return false;
    }
    let odd = u128::from(m >> z);
    let Ok(d) = digits.parse::<u128>() else {
        return false;
    };
    let two_d_plus_one = d * 2 + 1;
    let five_pow = |n: i64| -> Option<u128> {
        let mut p: u128 = 1;
        for _ in 0..n {
            p = p.checked_mul(5)?;
        }
        Some(p)
    };
    if k <= 0 {
        five_pow(-k)
            .and_then(|p| odd.checked_mul(p))
            .is_some_and(|lhs| lhs == two_d_plus_one)
    } else {
        five_pow(k)
            .and_then(|p| two_d_plus_one.checked_mul(p))
            .is_some_and(|rhs| rhs == odd)
    }
}

/// Reads a [`ParameterFile`] from a JSON tree that has passed [`schema_check`]: the same result
/// as `serde_json::from_value::<ParameterFile>` on such a tree (see the test
/// `the_hand_reader_equals_the_serde_derive`), without serde's generic tree deserializer and
/// chrono's strftime parser (dates are read with [`crate::contract::decode::parse_date`], which
/// the schema check has already applied to every `date`). `None` when the tree does not fit.
mod from_tree {
    use chrono::NaiveDate;
    use serde_json::{Map, Value};

    use super::{
        Activation, ActivationKind, Cutover, Cutovers, Derogation, EquatedDecree, Notice,
        NoticeKind, ParameterFile, RecognitionRate, ResponsibilityDerogation, SafeCountry,
        SafeCountryList, Source,
    };

    type Obj = Map<String, Value>;

    fn obj(v: &Value) -> Option<&Obj> {
        v.as_object()
    }

    /// A present, non-null member (serde reads `null` as an absent `Option`).
    fn get<'a>(o: &'a Obj, key: &str) -> Option<&'a Value> {
        o.get(key).filter(|v| !v.is_null())
    }

    fn string(o: &Obj, key: &str) -> Option<String> {
        o.get(key)?.as_str().map(str::to_owned)
    }

    /// An optional member: `Some(None)` when absent or null, `None` when of the wrong type.
    fn optional<T>(o: &Obj, key: &str, read: impl Fn(&Value) -> Option<T>) -> Option<Option<T>> {
        match get(o, key) {
            None => Some(None),
            Some(v) => read(v).map(Some),
        }
    }

    fn date_value(v: &Value) -> Option<NaiveDate> {
        crate::contract::decode::parse_date(v.as_str()?)
    }

    fn date(o: &Obj, key: &str) -> Option<NaiveDate> {
        date_value(o.get(key)?)
    }

    fn i32_value(v: &Value) -> Option<i32> {
        i32::try_from(v.as_i64()?).ok()
    }

    fn list<T>(o: &Obj, key: &str, read: fn(&Value) -> Option<T>) -> Option<Vec<T>> {
        o.get(key)?.as_array()?.iter().map(read).collect()
    }

    fn named<T: Copy>(v: &Value, names: &[(&str, T)]) -> Option<T> {
        let s = v.as_str()?;
        names.iter().find(|(n, _)| *n == s).map(|(_, t)| *t)
    }

    fn source(o: &Obj) -> Option<Source> {
        let s = obj(o.get("source")?)?;
        Some(Source {
            title: string(s, "title")?,
            url: optional(s, "url", |v| v.as_str().map(str::to_owned))?,
        })
    }

    fn cutover(o: &Obj, key: &str) -> Option<Cutover> {
        let c = obj(o.get(key)?)?;
        Some(Cutover {
            date: date(c, "date")?,
            source: source(c)?,
        })
    }

    fn equated(v: &Value) -> Option<EquatedDecree> {
        let o = obj(v)?;
        Some(EquatedDecree {
            source: source(o)?,
            years: list(o, "years", i32_value)?,
            days: list(o, "days", date_value)?,
        })
    }

    fn safe_country(v: &Value) -> Option<SafeCountry> {
        let o = obj(v)?;
        Some(SafeCountry {
            country: string(o, "country")?,
            list: named(
                o.get("list")?,
                &[
                    ("euAnnexII", SafeCountryList::EuAnnexII),
                    ("euCandidate", SafeCountryList::EuCandidate),
                    ("national", SafeCountryList::National),
                ],
            )?,
            valid_from: date(o, "validFrom")?,
            valid_to: optional(o, "validTo", date_value)?,
            suspended: optional(o, "suspended", Value::as_bool)?.unwrap_or(false),
            source: source(o)?,
        })
    }

    fn recognition_rate(v: &Value) -> Option<RecognitionRate> {
        let o = obj(v)?;
        Some(RecognitionRate {
            country: string(o, "country")?,
            rate_percent: o.get("ratePercent")?.as_f64()?,
            reference_year: i32_value(o.get("referenceYear")?)?,
            valid_from: date(o, "validFrom")?,
            valid_to: optional(o, "validTo", date_value)?,
            source: source(o)?,
        })
    }

    fn derogation(v: &Value) -> Option<Derogation> {
        named(
            v,
            &[
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
            ],
        )
    }

    fn responsibility_derogation(v: &Value) -> Option<ResponsibilityDerogation> {
        named(
            v,
            &[(
                "timeLimitsExtended",
                ResponsibilityDerogation::TimeLimitsExtended,
            )],
        )
    }

    fn activation(v: &Value) -> Option<Activation> {
        let o = obj(v)?;
        Some(Activation {
            id: string(o, "id")?,
            kind: named(
                o.get("kind")?,
                &[
                    ("massArrivals", ActivationKind::MassArrivals),
                    ("instrumentalisation", ActivationKind::Instrumentalisation),
                    ("forceMajeure", ActivationKind::ForceMajeure),
                    ("noodplan", ActivationKind::Noodplan),
                ],
            )?,
            from: date(o, "from")?,
            to: date(o, "to")?,
            initial_period_to: optional(o, "initialPeriodTo", date_value)?,
            derogations: list(o, "derogations", derogation)?,
            threshold_percent: optional(o, "thresholdPercent", Value::as_f64)?,
            responsibility_derogations: match o.get("responsibilityDerogations") {
                None => Vec::new(),
                Some(_) => list(o, "responsibilityDerogations", responsibility_derogation)?,
            },
            source: source(o)?,
        })
    }

    fn notice(v: &Value) -> Option<Notice> {
        let o = obj(v)?;
        Some(Notice {
            kind: named(
                o.get("kind")?,
                &[
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
                ],
            )?,
            from: date(o, "from")?,
            to: date(o, "to")?,
            source: source(o)?,
        })
    }

    /// The parameter file.
    pub fn file(v: &Value) -> Option<ParameterFile> {
        let o = obj(v)?;
        let c = obj(o.get("cutovers")?)?;
        Some(ParameterFile {
            schema: optional(o, "$schema", |v| v.as_str().map(str::to_owned))?,
            format_version: u32::try_from(o.get("formatVersion")?.as_u64()?).ok()?,
            name: string(o, "name")?,
            cutovers: Cutovers {
                procedure: cutover(c, "procedure")?,
                responsibility: cutover(c, "responsibility")?,
            },
            equated_holidays: list(o, "equatedHolidays", equated)?,
            safe_countries: list(o, "safeCountries", safe_country)?,
            recognition_rates: list(o, "recognitionRates", recognition_rate)?,
            activations: list(o, "activations", activation)?,
            notices: list(o, "notices", notice)?,
        })
    }
}

/// A validator for the subset of JSON Schema (2020-12) that `schemars` generates for
/// [`ParameterFile`]: `$ref`/`$defs`, `type`, `properties`, `required`,
/// `additionalProperties: false`, `items`, `oneOf`/`anyOf`, `const`, `enum`, `minimum` and the
/// formats `date`, `uint32`, `int32`. The schema is the one committed as
/// `schema/parameters.schema.json` (a test keeps the two equal), so the file format has one
/// definition.
mod schema_check {
    use std::sync::OnceLock;

    use serde_json::{Map, Value};

    use crate::contract::error::pointer_token;
    use crate::contract::{ErrorCode, InputError};

    /// The committed schema, generated from `ParameterFile` (core/tests/schema.rs keeps them
    /// equal); embedding it keeps the schema generator out of the WASM package.
    pub(super) const SOURCE: &[u8] = include_bytes!("../../schema/parameters.schema.json");
    const EMBEDDED_LEN: usize = minify(SOURCE, &mut [], false);
    /// The schema as embedded: `SOURCE` without whitespace and without its `description`
    /// texts (which the check never reads), made at compile time — about a third of the bytes.
    pub(super) const EMBEDDED: [u8; EMBEDDED_LEN] = {
        let mut out = [0u8; EMBEDDED_LEN];
        minify(SOURCE, &mut out, true);
        out
    };

    /// Writes JSON text `src` into `out` (when `write`) without whitespace between tokens and
    /// without the object members `"description": "<a string>"`; returns the length written.
    /// A `const fn`, so the schema is shrunk by the compiler.
    pub(super) const fn minify(src: &[u8], out: &mut [u8], write: bool) -> usize {
        let mut i = 0;
        let mut n = 0;
        // The last byte kept, to know whether a string starts an object member (after `{`
        // or `,`) and whether a dropped member leaves a comma behind.
        let mut last = 0u8;
        let mut before_last = 0u8;
        while i < src.len() {
            let b = src[i];
            if b == b' ' || b == b'\n' || b == b'\r' || b == b'\t' {
                i += 1;
                continue;
            }
            if b != b'"' {
                if write {
                    out[n] = b;
                }
                n += 1;
                before_last = last;
                last = b;
                i += 1;
                continue;
            }
            let end = string_end(src, i);
            if last == b'{' || last == b',' {
                // An object key: a `"description"` member with a string value is dropped.
                const KEY: &[u8] = b"\"description\"";
                let mut is_key = end - i == KEY.len();
                let mut k = 0;
                while is_key && k < KEY.len() {
                    is_key = src[i + k] == KEY[k];
                    k += 1;
                }
                let colon = skip_ws(src, end);
                let value = skip_ws(src, colon + 1);
                if is_key
                    && colon < src.len()
                    && src[colon] == b':'
                    && value < src.len()
                    && src[value] == b'"'
                {
                    i = skip_ws(src, string_end(src, value));
                    if i < src.len() && src[i] == b',' {
                        // Not the last member: its comma goes with it.
                        i += 1;
                    } else if last == b',' {
                        // The last member: the comma before it goes.
                        n -= 1;
                        last = before_last;
                    }
                    continue;
                }
            }
            while i < end {
                if write {
                    out[n] = src[i];
                }
                n += 1;
                i += 1;
            }
            before_last = last;
            last = b'"';
        }
        n
    }

    /// The index just past the string that starts (with `"`) at `start`.
    const fn string_end(src: &[u8], start: usize) -> usize {
        let mut i = start + 1;
        while i < src.len() {
            match src[i] {
                b'\\' => i += 2,
                b'"' => return i + 1,
                _ => i += 1,
            }
        }
        i
    }

    const fn skip_ws(src: &[u8], mut i: usize) -> usize {
        while i < src.len() && matches!(src[i], b' ' | b'\n' | b'\r' | b'\t') {
            i += 1;
        }
        i
    }

    fn root() -> &'static Value {
        static ROOT: OnceLock<Value> = OnceLock::new();
        // Parsed with the engine's own JSON reader (the one every input goes through), so the
        // package carries one JSON-tree builder, not two.
        ROOT.get_or_init(|| {
            crate::contract::decode::parse_bytes(&EMBEDDED).unwrap_or(Value::Bool(true))
        })
    }

    /// Validates `v` against the parameter-file schema, pushing every problem.
    pub fn validate(v: &Value, errors: &mut Vec<InputError>) {
        let root = root();
        check(root, root, v, "", errors);
    }

    fn type_name(v: &Value) -> &'static str {
        match v {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }

    fn has_type(v: &Value, t: &str) -> bool {
        match t {
            "null" => v.is_null(),
            "boolean" => v.is_boolean(),
            "object" => v.is_object(),
            "array" => v.is_array(),
            "string" => v.is_string(),
            "number" => v.is_number(),
            "integer" => v.is_i64() || v.is_u64(),
            _ => false,
        }
    }

    fn resolve<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
        let name = reference.strip_prefix("#/$defs/")?;
        root.get("$defs")?.get(name)
    }

    fn check(root: &Value, schema: &Value, v: &Value, path: &str, errors: &mut Vec<InputError>) {
        let Some(s) = schema.as_object() else { return };
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            if let Some(target) = resolve(root, r) {
                check(root, target, v, path, errors);
            }
        }
        if let Some(t) = s.get("type") {
            let types: Vec<&str> = match t {
                Value::String(one) => vec![one.as_str()],
                Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            if !types.is_empty() && !types.iter().any(|t| has_type(v, t)) {
                let wanted = types.join(" or ");
                errors.push(InputError::new(
                    ErrorCode::WrongType,
                    path,
                    format!("expected {wanted}, found {}", type_name(v)),
                ));
                return;
            }
        }
        if let Some(c) = s.get("const") {
            if c != v {
                errors.push(InputError::new(
                    ErrorCode::InvalidValue,
                    path,
                    format!("expected {c}"),
                ));
            }
        }
        if let Some(Value::Array(options)) = s.get("enum") {
            if !options.contains(v) {
                errors.push(InputError::new(
                    ErrorCode::InvalidValue,
                    path,
                    format!("{v} is not one of the allowed values"),
                ));
            }
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(Value::Array(alts)) = s.get(key) {
                alternatives(root, alts, v, path, key == "oneOf", errors);
            }
        }
        if let Some(format) = s.get("format").and_then(Value::as_str) {
            format_check(format, v, path, errors);
        }
        if let (Some(min), Some(x)) = (s.get("minimum").and_then(Value::as_f64), v.as_f64()) {
            if x < min {
                errors.push(InputError::new(
                    ErrorCode::OutOfRange,
                    path,
                    format!("must be at least {}", super::decimal_text(min)),
                ));
            }
        }
        if let Value::Object(map) = v {
            object(root, s, map, path, errors);
        }
        if let (Value::Array(items), Some(item_schema)) = (v, s.get("items")) {
            for (i, item) in items.iter().enumerate() {
                check(root, item_schema, item, &format!("{path}/{i}"), errors);
            }
        }
    }

    fn object(
        root: &Value,
        s: &Map<String, Value>,
        map: &Map<String, Value>,
        path: &str,
        errors: &mut Vec<InputError>,
    ) {
        let props = s.get("properties").and_then(Value::as_object);
        if let Some(Value::Array(required)) = s.get("required") {
            for key in required.iter().filter_map(Value::as_str) {
                if !map.contains_key(key) {
                    errors.push(InputError::new(
                        ErrorCode::MissingField,
                        format!("{path}/{}", pointer_token(key)),
                        format!("{key:?} is required"),
                    ));
                }
            }
        }
        let closed = s.get("additionalProperties") == Some(&Value::Bool(false));
        for (key, value) in map {
            let child = format!("{path}/{}", pointer_token(key));
            match props.and_then(|p| p.get(key)) {
                Some(ps) => check(root, ps, value, &child, errors),
                None if closed => {
                    let known: Vec<&str> = props
                        .map(|p| p.keys().map(String::as_str).collect())
                        .unwrap_or_default();
                    errors.push(InputError::new(
                        ErrorCode::UnknownField,
                        child,
                        format!(
                            "unknown field {key:?}; expected one of {}",
                            known.join(", ")
                        ),
                    ));
                }
                None => {}
            }
        }
    }

    fn alternatives(
        root: &Value,
        alts: &[Value],
        v: &Value,
        path: &str,
        one: bool,
        errors: &mut Vec<InputError>,
    ) {
        // An enumeration (every alternative a `const`): name the allowed values.
        let consts: Vec<&Value> = alts.iter().filter_map(|a| a.get("const")).collect();
        if consts.len() == alts.len() && !consts.is_empty() {
            if !consts.contains(&v) {
                let names: Vec<String> = consts.iter().map(|c| c.to_string()).collect();
                errors.push(InputError::new(
                    ErrorCode::InvalidValue,
                    path,
                    format!("{v} is not one of {}", names.join(", ")),
                ));
            }
            return;
        }
        let mut best: Option<Vec<InputError>> = None;
        let mut matches = 0;
        for alt in alts {
            let mut errs = Vec::new();
            check(root, alt, v, path, &mut errs);
            if errs.is_empty() {
                matches += 1;
            } else if best.as_ref().is_none_or(|b| errs.len() < b.len()) {
                best = Some(errs);
            }
        }
        if matches == 0 {
            errors.extend(best.unwrap_or_default());
        } else if one && matches > 1 {
            errors.push(InputError::new(
                ErrorCode::InvalidValue,
                path,
                "matches more than one alternative",
            ));
        }
    }

    fn format_check(format: &str, v: &Value, path: &str, errors: &mut Vec<InputError>) {
        match (format, v) {
            ("date", Value::String(s)) if crate::contract::decode::parse_date(s).is_none() => {
                errors.push(InputError::new(
                    ErrorCode::InvalidDate,
                    path,
                    format!("{s:?} is not a date YYYY-MM-DD"),
                ));
            }
            ("uint32", Value::Number(n)) if n.as_u64().is_none_or(|x| x > u64::from(u32::MAX)) => {
                errors.push(InputError::new(
                    ErrorCode::OutOfRange,
                    path,
                    "expected an integer 0..=4294967295",
                ));
            }
            ("int32", Value::Number(n)) if n.as_i64().is_none_or(|x| i32::try_from(x).is_err()) => {
                errors.push(InputError::new(
                    ErrorCode::OutOfRange,
                    path,
                    "expected a 32-bit integer",
                ));
            }
            _ => {}
        }
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
    fn the_hand_reader_equals_the_serde_derive() {
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
            let mut errors = Vec::new();
            schema_check::validate(&v, &mut errors);
            assert!(errors.is_empty(), "edit {i}: {errors:?}");
            let by_hand = from_tree::file(&v);
            let by_serde: ParameterFile = serde_json::from_value(v).unwrap();
            assert_eq!(by_hand.as_ref(), Some(&by_serde), "edit {i}");
        }
    }

    #[test]
    fn the_embedded_schema_is_the_committed_one_without_descriptions() {
        fn strip(v: &mut serde_json::Value) {
            match v {
                serde_json::Value::Object(m) => {
                    m.retain(|k, v| !(k == "description" && v.is_string()));
                    m.values_mut().for_each(strip);
                }
                serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
                _ => {}
            }
        }
        let mut committed: serde_json::Value =
            serde_json::from_slice(schema_check::SOURCE).unwrap();
        strip(&mut committed);
        let embedded: serde_json::Value = serde_json::from_slice(&schema_check::EMBEDDED).unwrap();
        assert_eq!(embedded, committed);
        assert!(schema_check::EMBEDDED.len() * 2 < schema_check::SOURCE.len());
        // The last member, the first member and a member whose value is not a string.
        let cases: [(&[u8], &str); 5] = [
            (br#"{ "a": 1, "description": "x \" y" }"#, r#"{"a":1}"#),
            (
                br#"{ "description": "x", "a": [ 1, 2 ] }"#,
                r#"{"a":[1,2]}"#,
            ),
            (br#"{ "description": "x" }"#, r#"{}"#),
            (
                br#"{ "description": { "type": "string" } }"#,
                r#"{"description":{"type":"string"}}"#,
            ),
            (br#"[ "description", "a b" ]"#, r#"["description","a b"]"#),
        ];
        for (src, want) in cases {
            let mut out = vec![0u8; src.len()];
            let n = schema_check::minify(src, &mut out, true);
            assert_eq!(std::str::from_utf8(&out[..n]).unwrap(), want);
            assert_eq!(schema_check::minify(src, &mut [], false), n);
        }
    }

    #[test]
    fn decimal_text_is_display() {
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            20.0,
            12.5,
            0.1,
            1e-7,
            1.25e-7,
            1e21,
            1e22,
            1e23,
            123456789012345680000.0,
            5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::MIN,
            f64::EPSILON,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            12.345678901234567,
            4.5,
            99.99,
            0.3,
            2.0 / 3.0,
            // An exact tie at the 17th digit (…562.25): core::fmt writes …562.3.
            f64::from_bits(0x4317_9085_685d_83c9),
        ];
        // Every exponent and many mantissas (xorshift), both signs.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..300_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            values.push(f64::from_bits(x));
        }
        // Where ties live: integers and quarters around 2^50..2^60, whose exact decimals
        // end one or two digits past the 17th; percentages with few decimals.
        for shift in 48..64 {
            let base = 1u64 << shift;
            for i in 0..4000u64 {
                let m = base + i * 7919;
                let v = m as f64;
                values.extend([v, v / 4.0, v / 8.0, v / 2.0, v * 4.0, v * 1024.0]);
            }
        }
        for i in 0..20_000 {
            values.push(f64::from(i) / 100.0);
            values.push(f64::from(i) * 1e-3);
            values.push(f64::from(i) * 1e15);
        }
        for f in values {
            assert_eq!(decimal_text(f), format!("{f}"), "{:#x}", f.to_bits());
            assert_eq!(decimal_text(-f), format!("{}", -f), "{:#x}", (-f).to_bits());
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
