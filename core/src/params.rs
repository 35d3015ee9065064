//! Parameters: the facts that change without a change of law — equated holidays, cut-over
//! dates, safe countries of origin, recognition rates, crisis activations and capacity notices.
//! They are versioned data, each value with its validity period and source, embedded by default
//! (`core/params/default.json`) and replaceable at run time ([`Parameters::from_json`]).
//! The SHA-256 of the parameter file is reported in every assessment (`engine.parameters`).

use std::sync::OnceLock;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::calendar::HolidayCalendar;

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
    /// CFR 11: the 42(1)(j) recognition-rate threshold lowered (see `thresholdPercent`).
    RecognitionRateThreshold,
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
    /// Last day of the initial period (CFR 10 in an instrumentalisation crisis applies only then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_period_to: Option<NaiveDate>,
    /// The derogations authorised.
    pub derogations: Vec<Derogation>,
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

/// The embedded default parameter set.
pub const DEFAULT_JSON: &str = include_str!("../params/default.json");

impl Parameters {
    /// Loads and checks a parameter set.
    pub fn from_json(bytes: &[u8]) -> Result<Parameters, ParamsError> {
        let file: ParameterFile =
            serde_json::from_slice(bytes).map_err(|e| ParamsError::Invalid(e.to_string()))?;
        file.check()?;
        let hash = format!("sha256:{}", hex(&Sha256::digest(bytes)));
        let calendar = HolidayCalendar::new(&file.equated_holidays);
        Ok(Parameters {
            file,
            hash,
            calendar,
        })
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
            s.country == country
                && s.valid_from <= date
                && s.valid_to.is_none_or(|to| date <= to)
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
    /// Checks the rules of the format that serde cannot.
    pub fn check(&self) -> Result<(), ParamsError> {
        let bad = |path: String, message: &str| {
            Err(ParamsError::Inconsistent {
                path,
                message: message.to_owned(),
            })
        };
        if self.format_version != 1 {
            return bad("/formatVersion".into(), "only format version 1 is supported");
        }
        for (i, s) in self.safe_countries.iter().enumerate() {
            if s.valid_to.is_some_and(|to| to < s.valid_from) {
                return bad(format!("/safeCountries/{i}/validTo"), "ends before it starts");
            }
            if !crate::contract::countries::is_alpha3(&s.country) {
                return bad(format!("/safeCountries/{i}/country"), "not an ISO 3166-1 alpha-3 code");
            }
        }
        for (i, r) in self.recognition_rates.iter().enumerate() {
            if !(0.0..=100.0).contains(&r.rate_percent) {
                return bad(format!("/recognitionRates/{i}/ratePercent"), "not a percentage");
            }
            if r.valid_to.is_some_and(|to| to < r.valid_from) {
                return bad(format!("/recognitionRates/{i}/validTo"), "ends before it starts");
            }
            if !crate::contract::countries::is_alpha3(&r.country) {
                return bad(format!("/recognitionRates/{i}/country"), "not an ISO 3166-1 alpha-3 code");
            }
        }
        for (i, a) in self.activations.iter().enumerate() {
            if a.to < a.from {
                return bad(format!("/activations/{i}/to"), "ends before it starts");
            }
            if a.threshold_percent.is_some_and(|t| !(5.0..=100.0).contains(&t)) {
                return bad(
                    format!("/activations/{i}/thresholdPercent"),
                    "CFR 11: the threshold may not be lowered below 5%",
                );
            }
        }
        for (i, n) in self.notices.iter().enumerate() {
            if n.to < n.from {
                return bad(format!("/notices/{i}/to"), "ends before it starts");
            }
        }
        for (i, d) in self.equated_holidays.iter().enumerate() {
            if let Some(day) = d.days.iter().find(|day| {
                use chrono::Datelike;
                !d.years.contains(&day.year())
            }) {
                return bad(
                    format!("/equatedHolidays/{i}/days"),
                    &format!("{day} is outside the years the decree covers"),
                );
            }
        }
        Ok(())
    }
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}
