//! The rules of the parameter format that a JSON Schema cannot express, checked all at once
//! after decoding: validity periods that end before they start or overlap, code lists,
//! percentages, the CFR 11 floor of 5 %, equated days outside their decree's years, and
//! sources without a title.

use chrono::{Datelike, NaiveDate};

use super::{ParameterFile, ParamsError, Source};
use crate::contract::decode::Errors;
use crate::contract::ErrorCode;
use crate::explain::Locale;

/// A message in Dutch and English.
fn tr(l: Locale, nl: String, en: String) -> String {
    match l {
        Locale::Nl => nl,
        Locale::En => en,
    }
}

/// "ends before it starts".
fn ends_before_start(l: Locale) -> String {
    tr(
        l,
        "eindigt voordat het begint".into(),
        "ends before it starts".into(),
    )
}

fn source(path: String, s: &Source, e: &mut Errors) {
    if s.title.trim().is_empty() {
        e.say(ErrorCode::MissingField, format!("{path}/title"), |l| {
            tr(
                l,
                "elke waarde heeft een bron nodig: de titel is leeg".into(),
                "every value needs a source: the title is empty".into(),
            )
        });
    }
}

fn not_alpha3(l: Locale, country: &str) -> String {
    tr(
        l,
        format!("{country:?} is geen ISO 3166-1 alpha-3-code"),
        format!("{country:?} is not an ISO 3166-1 alpha-3 code"),
    )
}

impl ParameterFile {
    /// Checks the rules of the format; the first problem, if any.
    pub fn check(&self) -> Result<(), ParamsError> {
        let mut e = Errors::new(Locale::En);
        self.check_in(&mut e);
        match e.0.into_iter().next() {
            None => Ok(()),
            Some(e) => Err(ParamsError::Inconsistent {
                path: e.path,
                message: e.message,
            }),
        }
    }

    /// Every problem of [`ParameterFile::check_in`], messages in English.
    pub fn problems(&self) -> Vec<crate::contract::InputError> {
        let mut e = Errors::new(Locale::En);
        self.check_in(&mut e);
        e.0
    }

    /// Records every rule of the format this file breaks, in `e`'s language.
    pub fn check_in(&self, e: &mut Errors) {
        if self.format_version != 1 {
            e.say(ErrorCode::OutOfRange, "/formatVersion", |l| {
                tr(
                    l,
                    "alleen formaatversie 1 wordt ondersteund".into(),
                    "only format version 1 is supported".into(),
                )
            });
        }
        if self.name.trim().is_empty() {
            e.say(ErrorCode::MissingField, "/name", |l| {
                tr(
                    l,
                    "de set heeft een naam nodig (bv. \"nl-2027-01\")".into(),
                    "the set needs a name (e.g. \"nl-2027-01\")".into(),
                )
            });
        }
        source(
            "/cutovers/procedure/source".into(),
            &self.cutovers.procedure.source,
            e,
        );
        source(
            "/cutovers/responsibility/source".into(),
            &self.cutovers.responsibility.source,
            e,
        );
        for (i, d) in self.equated_holidays.iter().enumerate() {
            source(format!("/equatedHolidays/{i}/source"), &d.source, e);
            if d.years.is_empty() {
                e.say(
                    ErrorCode::MissingField,
                    format!("/equatedHolidays/{i}/years"),
                    |l| {
                        tr(
                            l,
                            "een besluit beslaat ten minste één jaar".into(),
                            "a decree covers at least one year".into(),
                        )
                    },
                );
            }
            for (j, day) in d.days.iter().enumerate() {
                if !d.years.contains(&day.year()) {
                    e.say(
                        ErrorCode::Inconsistent,
                        format!("/equatedHolidays/{i}/days/{j}"),
                        |l| {
                            tr(
                                l,
                                format!("{day} ligt buiten de jaren die het besluit beslaat"),
                                format!("{day} is outside the years the decree covers"),
                            )
                        },
                    );
                }
            }
        }
        for (i, s) in self.safe_countries.iter().enumerate() {
            source(format!("/safeCountries/{i}/source"), &s.source, e);
            if s.valid_to.is_some_and(|to| to < s.valid_from) {
                e.say(
                    ErrorCode::Inconsistent,
                    format!("/safeCountries/{i}/validTo"),
                    ends_before_start,
                );
            }
            if !crate::contract::countries::is_alpha3(&s.country) {
                e.say(
                    ErrorCode::InvalidCountry,
                    format!("/safeCountries/{i}/country"),
                    |l| not_alpha3(l, &s.country),
                );
            }
            if let Some(j) = self.safe_countries[..i].iter().position(|o| {
                o.country == s.country
                    && o.list == s.list
                    && overlaps(o.valid_from, o.valid_to, s.valid_from, s.valid_to)
            }) {
                e.say(ErrorCode::Inconsistent, format!("/safeCountries/{i}/validFrom"), |l| {
                    tr(
                        l,
                        format!("overlapt /safeCountries/{j} (zelfde land en lijst); sluit de eerdere regel af met validTo de dag ervoor"),
                        format!("overlaps /safeCountries/{j} (same country and list); close the earlier entry with validTo the day before"),
                    )
                });
            }
        }
        for (i, r) in self.recognition_rates.iter().enumerate() {
            source(format!("/recognitionRates/{i}/source"), &r.source, e);
            if !r.rate_percent.is_finite() || !(0.0..=100.0).contains(&r.rate_percent) {
                e.say(
                    ErrorCode::OutOfRange,
                    format!("/recognitionRates/{i}/ratePercent"),
                    |l| {
                        tr(
                            l,
                            "geen percentage (0 tot en met 100)".into(),
                            "not a percentage (0 to 100)".into(),
                        )
                    },
                );
            }
            if r.valid_to.is_some_and(|to| to < r.valid_from) {
                e.say(
                    ErrorCode::Inconsistent,
                    format!("/recognitionRates/{i}/validTo"),
                    ends_before_start,
                );
            }
            if !crate::contract::countries::is_alpha3(&r.country) {
                e.say(
                    ErrorCode::InvalidCountry,
                    format!("/recognitionRates/{i}/country"),
                    |l| not_alpha3(l, &r.country),
                );
            }
            if !(1950..=2199).contains(&r.reference_year) || r.reference_year > r.valid_from.year()
            {
                e.say(ErrorCode::OutOfRange, format!("/recognitionRates/{i}/referenceYear"), |l| {
                    tr(
                        l,
                        "het referentiejaar ligt tussen 1950 en het jaar van validFrom (gegevens gelden niet vóór hun jaar)".into(),
                        "the reference year must lie between 1950 and the year of validFrom (data cannot be used before its year)".into(),
                    )
                });
            }
            if let Some(j) = self.recognition_rates[..i].iter().position(|o| {
                o.country == r.country
                    && overlaps(o.valid_from, o.valid_to, r.valid_from, r.valid_to)
            }) {
                e.say(ErrorCode::Inconsistent, format!("/recognitionRates/{i}/validFrom"), |l| {
                    tr(
                        l,
                        format!("overlapt /recognitionRates/{j} voor {}; sluit de eerdere regel af met validTo de dag ervoor", r.country),
                        format!("overlaps /recognitionRates/{j} for {}; close the earlier entry with validTo the day before", r.country),
                    )
                });
            }
        }
        for (i, a) in self.activations.iter().enumerate() {
            source(format!("/activations/{i}/source"), &a.source, e);
            if a.to < a.from {
                e.say(
                    ErrorCode::Inconsistent,
                    format!("/activations/{i}/to"),
                    ends_before_start,
                );
            }
            if a.initial_period_to.is_some_and(|t| t < a.from || t > a.to) {
                e.say(
                    ErrorCode::Inconsistent,
                    format!("/activations/{i}/initialPeriodTo"),
                    |l| {
                        tr(
                            l,
                            "de initiële periode ligt buiten de activering".into(),
                            "the initial period lies outside the activation".into(),
                        )
                    },
                );
            }
            if a.threshold_percent
                .is_some_and(|t| !t.is_finite() || !(5.0..=100.0).contains(&t))
            {
                e.say(
                    ErrorCode::OutOfRange,
                    format!("/activations/{i}/thresholdPercent"),
                    |l| {
                        tr(
                            l,
                            "CFR 11: de drempel mag niet onder 5% worden verlaagd".into(),
                            "CFR 11: the threshold may not be lowered below 5%".into(),
                        )
                    },
                );
            }
        }
        for (i, n) in self.notices.iter().enumerate() {
            source(format!("/notices/{i}/source"), &n.source, e);
            if n.to < n.from {
                e.say(
                    ErrorCode::Inconsistent,
                    format!("/notices/{i}/to"),
                    ends_before_start,
                );
            }
        }
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
