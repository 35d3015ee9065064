//! A parameter file read through the decoder that reads cases (`contract::decode`): the same
//! JSON tree, the same [`Obj`] that reports every key it was not asked for as `unknownField`,
//! the same codes and JSON Pointers. Each type of the file decodes itself here, key by key in
//! the order of its struct; a required key that is absent (or `null`) is `missingField`.

use chrono::NaiveDate;

use super::{
    Activation, ActivationKind, Cutover, Cutovers, Derogation, EquatedDecree, Notice, NoticeKind,
    ParameterFile, RecognitionRate, ResponsibilityDerogation, SafeCountry, SafeCountryList, Source,
};
use crate::contract::decode::{parse_date, type_name, Errors, Json, Obj};
use crate::contract::{messages, ErrorCode};

/// A key of an object: its value (absent or `null`: `None`) and its JSON Pointer.
struct Field<'a> {
    value: Option<&'a Json<'a>>,
    path: String,
}

fn field<'a>(o: &mut Obj<'a>, key: &'static str) -> Field<'a> {
    Field {
        path: o.path(key),
        value: o.raw(key),
    }
}

/// A required key: `missingField` when absent or `null`.
fn required<'a>(o: &mut Obj<'a>, key: &'static str, e: &mut Errors) -> Option<Field<'a>> {
    let f = field(o, key);
    if f.value.is_none() {
        e.say(ErrorCode::MissingField, f.path.clone(), |l| {
            messages::required(l, &format!("{key:?}"))
        });
        return None;
    }
    Some(f)
}

fn wrong(v: &Json<'_>, path: &str, nl: &str, en: &str, e: &mut Errors) {
    e.say(ErrorCode::WrongType, path, |l| {
        messages::expected(l, nl, en, type_name(v))
    });
}

fn string(v: &Json<'_>, path: &str, e: &mut Errors) -> Option<String> {
    match v {
        Json::String(s) => Some(s.to_string()),
        other => {
            wrong(other, path, "een tekst", "a string", e);
            None
        }
    }
}

fn date(v: &Json<'_>, path: &str, e: &mut Errors) -> Option<NaiveDate> {
    let Json::String(s) = v else {
        wrong(
            v,
            path,
            "een datum JJJJ-MM-DD als tekst",
            "a date string YYYY-MM-DD",
            e,
        );
        return None;
    };
    let d = parse_date(s);
    if d.is_none() {
        e.say(ErrorCode::InvalidDate, path, |l| messages::not_date(l, s));
    }
    d
}

fn number(v: &Json<'_>, path: &str, e: &mut Errors) -> Option<f64> {
    match v {
        Json::Number(n) => n.as_f64(),
        other => {
            wrong(other, path, "een getal", "a number", e);
            None
        }
    }
}

/// An integer in `lo..=hi`: `wrongType` for another type or a fraction, `outOfRange` outside.
fn integer(v: &Json<'_>, path: &str, lo: i64, hi: i64, e: &mut Errors) -> Option<i64> {
    let Json::Number(n) = v else {
        wrong(v, path, "een geheel getal", "an integer", e);
        return None;
    };
    if let Some(x) = n.as_i64().filter(|x| (lo..=hi).contains(x)) {
        return Some(x);
    }
    if n.is_f64() {
        wrong(v, path, "een geheel getal", "an integer", e);
    } else {
        e.say(ErrorCode::OutOfRange, path, |l| {
            messages::integer_in_signed(l, lo, hi)
        });
    }
    None
}

fn boolean(v: &Json<'_>, path: &str, e: &mut Errors) -> Option<bool> {
    match v {
        Json::Bool(b) => Some(*b),
        other => {
            wrong(other, path, "true of false", "true or false", e);
            None
        }
    }
}

fn enumerated<T: Copy>(
    v: &Json<'_>,
    path: &str,
    values: &[(&'static str, T)],
    e: &mut Errors,
) -> Option<T> {
    let s = string(v, path, e)?;
    let found = values.iter().find(|(name, _)| *name == s).map(|(_, t)| *t);
    if found.is_none() {
        let names: Vec<&str> = values.iter().map(|(n, _)| *n).collect();
        e.say(ErrorCode::InvalidValue, path, |l| {
            messages::not_one_of(l, &s, &names.join(", "))
        });
    }
    found
}

/// Each item of an array, decoded with its pointer; `None` when not an array or when any item
/// is refused (every item is still read, so every problem is reported).
fn list<'a, T>(
    v: &'a Json<'a>,
    path: &str,
    e: &mut Errors,
    mut item: impl FnMut(&'a Json<'a>, &str, &mut Errors) -> Option<T>,
) -> Option<Vec<T>> {
    let Json::Array(items) = v else {
        wrong(v, path, "een lijst", "an array", e);
        return None;
    };
    let mut out = Vec::with_capacity(items.len());
    let mut all = true;
    for (i, x) in items.iter().enumerate() {
        match item(x, &format!("{path}/{i}"), e) {
            Some(t) => out.push(t),
            None => all = false,
        }
    }
    all.then_some(out)
}

/// A required key read with `read`.
fn req<'a, T>(
    o: &mut Obj<'a>,
    key: &'static str,
    e: &mut Errors,
    read: impl FnOnce(&'a Json<'a>, &str, &mut Errors) -> Option<T>,
) -> Option<T> {
    let f = required(o, key, e)?;
    read(f.value?, &f.path, e)
}

/// An optional key read with `read`: `Some(None)` when absent or `null`, `None` when refused.
fn opt<'a, T>(
    o: &mut Obj<'a>,
    key: &'static str,
    e: &mut Errors,
    read: impl FnOnce(&'a Json<'a>, &str, &mut Errors) -> Option<T>,
) -> Option<Option<T>> {
    let f = field(o, key);
    match f.value {
        None => Some(None),
        Some(v) => read(v, &f.path, e).map(Some),
    }
}

/// Decodes an object with `read` and reports its unknown keys.
fn object<'a, T>(
    v: &'a Json<'a>,
    path: &str,
    e: &mut Errors,
    read: impl FnOnce(&mut Obj<'a>, &mut Errors) -> Option<T>,
) -> Option<T> {
    let mut o = Obj::new(v, path, e)?;
    let t = read(&mut o, e);
    o.finish(e);
    t
}

fn source<'a>(v: &'a Json<'a>, path: &str, e: &mut Errors) -> Option<Source> {
    object(v, path, e, |o, e| {
        let title = req(o, "title", e, string);
        let url = opt(o, "url", e, string);
        Some(Source {
            title: title?,
            url: url?,
        })
    })
}

fn cutover<'a>(v: &'a Json<'a>, path: &str, e: &mut Errors) -> Option<Cutover> {
    object(v, path, e, |o, e| {
        let date = req(o, "date", e, date);
        let source = req(o, "source", e, source);
        Some(Cutover {
            date: date?,
            source: source?,
        })
    })
}

fn cutovers<'a>(v: &'a Json<'a>, path: &str, e: &mut Errors) -> Option<Cutovers> {
    object(v, path, e, |o, e| {
        let procedure = req(o, "procedure", e, cutover);
        let responsibility = req(o, "responsibility", e, cutover);
        Some(Cutovers {
            procedure: procedure?,
            responsibility: responsibility?,
        })
    })
}

fn year(v: &Json<'_>, path: &str, e: &mut Errors) -> Option<i32> {
    integer(v, path, i64::from(i32::MIN), i64::from(i32::MAX), e)
        .and_then(|y| i32::try_from(y).ok())
}

fn equated<'a>(v: &'a Json<'a>, path: &str, e: &mut Errors) -> Option<EquatedDecree> {
    object(v, path, e, |o, e| {
        let source = req(o, "source", e, source);
        let years = req(o, "years", e, |v, p, e| list(v, p, e, year));
        let days = req(o, "days", e, |v, p, e| list(v, p, e, date));
        Some(EquatedDecree {
            source: source?,
            years: years?,
            days: days?,
        })
    })
}

fn safe_country<'a>(v: &'a Json<'a>, path: &str, e: &mut Errors) -> Option<SafeCountry> {
    object(v, path, e, |o, e| {
        let country = req(o, "country", e, string);
        let list = req(o, "list", e, |v, p, e| {
            enumerated(v, p, SafeCountryList::VALUES, e)
        });
        let valid_from = req(o, "validFrom", e, date);
        let valid_to = opt(o, "validTo", e, date);
        let suspended = opt(o, "suspended", e, boolean);
        let source = req(o, "source", e, source);
        Some(SafeCountry {
            country: country?,
            list: list?,
            valid_from: valid_from?,
            valid_to: valid_to?,
            suspended: suspended?.unwrap_or(false),
            source: source?,
        })
    })
}

fn recognition_rate<'a>(v: &'a Json<'a>, path: &str, e: &mut Errors) -> Option<RecognitionRate> {
    object(v, path, e, |o, e| {
        let country = req(o, "country", e, string);
        let rate_percent = req(o, "ratePercent", e, number);
        let reference_year = req(o, "referenceYear", e, year);
        let valid_from = req(o, "validFrom", e, date);
        let valid_to = opt(o, "validTo", e, date);
        let source = req(o, "source", e, source);
        Some(RecognitionRate {
            country: country?,
            rate_percent: rate_percent?,
            reference_year: reference_year?,
            valid_from: valid_from?,
            valid_to: valid_to?,
            source: source?,
        })
    })
}

fn activation<'a>(v: &'a Json<'a>, path: &str, e: &mut Errors) -> Option<Activation> {
    object(v, path, e, |o, e| {
        let id = req(o, "id", e, string);
        let kind = req(o, "kind", e, |v, p, e| {
            enumerated(v, p, ActivationKind::VALUES, e)
        });
        let from = req(o, "from", e, date);
        let to = req(o, "to", e, date);
        let initial_period_to = opt(o, "initialPeriodTo", e, date);
        let derogations = req(o, "derogations", e, |v, p, e| {
            list(v, p, e, |v, p, e| enumerated(v, p, Derogation::VALUES, e))
        });
        let responsibility_derogations = opt(o, "responsibilityDerogations", e, |v, p, e| {
            list(v, p, e, |v, p, e| {
                enumerated(v, p, ResponsibilityDerogation::VALUES, e)
            })
        });
        let threshold_percent = opt(o, "thresholdPercent", e, number);
        let source = req(o, "source", e, source);
        Some(Activation {
            id: id?,
            kind: kind?,
            from: from?,
            to: to?,
            initial_period_to: initial_period_to?,
            derogations: derogations?,
            responsibility_derogations: responsibility_derogations?.unwrap_or_default(),
            threshold_percent: threshold_percent?,
            source: source?,
        })
    })
}

fn notice<'a>(v: &'a Json<'a>, path: &str, e: &mut Errors) -> Option<Notice> {
    object(v, path, e, |o, e| {
        let kind = req(o, "kind", e, |v, p, e| {
            enumerated(v, p, NoticeKind::VALUES, e)
        });
        let from = req(o, "from", e, date);
        let to = req(o, "to", e, date);
        let source = req(o, "source", e, source);
        Some(Notice {
            kind: kind?,
            from: from?,
            to: to?,
            source: source?,
        })
    })
}

impl ParameterFile {
    /// Decodes a parameter file from a parsed JSON tree, collecting every problem in `e`.
    /// `None` when any part was refused.
    pub fn decode<'a>(v: &'a Json<'a>, e: &mut Errors) -> Option<ParameterFile> {
        object(v, "", e, |o, e| {
            let schema = opt(o, "$schema", e, string);
            let format_version = req(o, "formatVersion", e, |v, p, e| {
                integer(v, p, 0, i64::from(u32::MAX), e).and_then(|x| u32::try_from(x).ok())
            });
            let name = req(o, "name", e, string);
            let cutovers = req(o, "cutovers", e, cutovers);
            let equated_holidays = req(o, "equatedHolidays", e, |v, p, e| list(v, p, e, equated));
            let safe_countries = req(o, "safeCountries", e, |v, p, e| list(v, p, e, safe_country));
            let recognition_rates = req(o, "recognitionRates", e, |v, p, e| {
                list(v, p, e, recognition_rate)
            });
            let activations = req(o, "activations", e, |v, p, e| list(v, p, e, activation));
            let notices = req(o, "notices", e, |v, p, e| list(v, p, e, notice));
            Some(ParameterFile {
                schema: schema?,
                format_version: format_version?,
                name: name?,
                cutovers: cutovers?,
                equated_holidays: equated_holidays?,
                safe_countries: safe_countries?,
                recognition_rates: recognition_rates?,
                activations: activations?,
                notices: notices?,
            })
        })
    }
}
