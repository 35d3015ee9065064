//! The words of the ErrorReport: every message the decoder and the validator write, in Dutch
//! (the default) and English. Codes and JSON Pointers are the contract; these texts are for the
//! people reading them, so they follow the case's `locale` (or the surface's locale option).
//! When the locale itself cannot be read (the input is not JSON), the message is Dutch.
//!
//! One function per message, both languages side by side, so that no message exists in one
//! language only (a test renders each in both and compares).

use std::fmt::Display;

use crate::explain::Locale;

/// The message in the language asked for.
fn tr(l: Locale, nl: impl Display, en: impl Display) -> String {
    match l {
        Locale::Nl => nl.to_string(),
        Locale::En => en.to_string(),
    }
}

/// The name of a JSON type, as a message names what it found.
pub fn type_name(l: Locale, json_type: &str) -> &'static str {
    match (l, json_type) {
        (Locale::Nl, "boolean") => "een booleaanse waarde",
        (Locale::Nl, "number") => "een getal",
        (Locale::Nl, "string") => "een tekst",
        (Locale::Nl, "array") => "een lijst",
        (Locale::Nl, "object") => "een object",
        (_, "boolean") => "boolean",
        (_, "number") => "number",
        (_, "string") => "string",
        (_, "array") => "array",
        (_, "object") => "object",
        _ => "null",
    }
}

/// `tooManyErrors`: how many problems were left out of the report.
pub fn too_many(l: Locale, more: usize) -> String {
    tr(
        l,
        format_args!(
            "en nog {more} problemen; dit rapport noemt er ten hoogste {}",
            super::decode::MAX_ERRORS
        ),
        format_args!(
            "and {more} more problems; this report lists at most {}",
            super::decode::MAX_ERRORS
        ),
    )
}

/// `tooLarge`.
pub fn too_large(l: Locale, max: usize) -> String {
    tr(
        l,
        format_args!("de invoer is groter dan {max} bytes (1 MiB), het maximum"),
        format_args!("input is larger than {max} bytes (1 MiB), the most accepted"),
    )
}

/// `invalidJson`: not UTF-8.
pub fn not_utf8(l: Locale, offset: usize) -> String {
    tr(
        l,
        format_args!("de invoer is geen UTF-8 (ongeldige byte op positie {offset})"),
        format_args!("input is not UTF-8 (invalid byte at offset {offset})"),
    )
}

/// `invalidJson`: a surface's value (a JavaScript object) that has no JSON text.
pub fn not_serialisable(l: Locale) -> String {
    tr(
        l,
        "de casus kan niet als JSON worden geschreven (undefined, een functie, een BigInt of een kringverwijzing)",
        "the case cannot be serialised as JSON (undefined, a function, a BigInt or a cycle)",
    )
}

/// `outOfRange`: nesting.
pub fn too_deep(l: Locale, max: usize) -> String {
    tr(
        l,
        format_args!("de invoer nest lijsten of objecten dieper dan {max} niveaus"),
        format_args!("input nests arrays or objects deeper than {max} levels"),
    )
}

/// `invalidJson`: a syntax error (the parser's own words follow).
pub fn not_json(l: Locale, detail: impl Display) -> String {
    tr(
        l,
        format_args!("de invoer is geen geldige JSON: {detail}"),
        format_args!("input is not valid JSON: {detail}"),
    )
}

/// `wrongType`: expected `what_nl` / `what_en`, found a value of type `found`.
pub fn expected(l: Locale, what_nl: &str, what_en: &str, found: &str) -> String {
    let found = type_name(l, found);
    tr(
        l,
        format_args!("verwacht {what_nl}, gevonden: {found}"),
        format_args!("expected {what_en}, found {found}"),
    )
}

/// `outOfRange`: a string too long.
pub fn too_long(l: Locale, max: usize) -> String {
    tr(
        l,
        format_args!("langer dan {max} tekens"),
        format_args!("longer than {max} characters"),
    )
}

/// `outOfRange`: an integer outside its range.
pub fn integer_in(l: Locale, lo: u64, hi: u64) -> String {
    tr(
        l,
        format_args!("verwacht een geheel getal in {lo}..={hi}"),
        format_args!("expected an integer in {lo}..={hi}"),
    )
}

/// `outOfRange`: an integer (of either sign) outside its range.
pub fn integer_in_signed(l: Locale, lo: i64, hi: i64) -> String {
    tr(
        l,
        format_args!("verwacht een geheel getal in {lo}..={hi}"),
        format_args!("expected an integer in {lo}..={hi}"),
    )
}

/// `invalidValue`: not one of an enumeration's values.
pub fn not_one_of(l: Locale, value: &str, names: &str) -> String {
    tr(
        l,
        format_args!("{value:?} is niet een van {names}"),
        format_args!("{value:?} is not one of {names}"),
    )
}

/// `invalidCountry`: not an alpha-3 code.
pub fn not_alpha3(l: Locale, value: &str) -> String {
    tr(
        l,
        format_args!("{value:?} is geen ISO 3166-1 alpha-3-code (XXA voor een staatloze)"),
        format_args!(
            "{value:?} is not an ISO 3166-1 alpha-3 code (use XXA for a stateless person)"
        ),
    )
}

/// `invalidCountry`: not the alpha-2 code of a state applying the AMMR.
pub fn not_dublin_state(l: Locale, value: &str) -> String {
    tr(
        l,
        format_args!(
            "{value:?} is niet de ISO 3166-1 alpha-2-code van een staat die de AMMR toepast"
        ),
        format_args!("{value:?} is not the ISO 3166-1 alpha-2 code of a state applying the AMMR"),
    )
}

/// `invalidDate`.
pub fn not_date(l: Locale, value: &str) -> String {
    tr(
        l,
        format_args!("{value:?} is geen datum JJJJ-MM-DD"),
        format_args!("{value:?} is not a date YYYY-MM-DD"),
    )
}

/// `invalidInstant`.
pub fn not_instant(l: Locale, value: &str) -> String {
    tr(
        l,
        format_args!(
            "{value:?} is geen RFC 3339-tijdstip met verschuiving (bv. 2026-06-15T09:00:00+02:00)"
        ),
        format_args!(
            "{value:?} is not an RFC 3339 instant with offset (e.g. 2026-06-15T09:00:00+02:00)"
        ),
    )
}

/// `invalidDate` / `invalidInstant` of a standalone period's start.
pub fn not_date_or_instant(l: Locale, value: &str) -> String {
    tr(
        l,
        format_args!(
            "{value:?} is geen datum JJJJ-MM-DD en geen RFC 3339-tijdstip met verschuiving"
        ),
        format_args!("{value:?} is not a date YYYY-MM-DD or an RFC 3339 instant with offset"),
    )
}

/// `outOfRange`: a year outside the calendar.
pub fn outside_calendar(l: Locale, date: impl Display, min: i32, max: i32) -> String {
    tr(
        l,
        format_args!("{date} ligt buiten de kalender van de engine ({min}..={max})"),
        format_args!("{date} is outside the calendar the engine covers ({min}..={max})"),
    )
}

/// `unknownField`.
pub fn unknown_field(l: Locale, key: &str) -> String {
    tr(
        l,
        format_args!("onbekend veld {key:?}"),
        format_args!("unknown field {key:?}"),
    )
}

/// `unsupportedSchemaVersion`: another version.
pub fn schema_version(l: Locale, found: impl Display) -> String {
    tr(
        l,
        format_args!("schemaVersion {found} wordt niet ondersteund; deze engine leest versie 1"),
        format_args!("schemaVersion {found} is not supported; this engine reads version 1"),
    )
}

/// `unsupportedSchemaVersion`: absent.
pub fn schema_version_required(l: Locale) -> String {
    tr(
        l,
        "schemaVersion is verplicht (1)",
        "schemaVersion is required (1)",
    )
}

/// `missingField`.
pub fn required(l: Locale, key: &str) -> String {
    tr(
        l,
        format_args!("{key} is verplicht"),
        format_args!("{key} is required"),
    )
}

/// `invalidValue`: not one of two strings (a surface's argument).
pub fn not_either(l: Locale, value: &str, a: &str, b: &str) -> String {
    tr(
        l,
        format_args!("{value:?} is niet {a:?} of {b:?}"),
        format_args!("{value:?} is not {a:?} or {b:?}"),
    )
}

/// The events of an application, as the order check names them (`inconsistent`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// The application was made.
    Made,
    /// The application was registered.
    Registered,
    /// The take-charge or take-back request was sent.
    RequestSent,
    /// The request was accepted.
    Accepted,
    /// The person was apprehended.
    Apprehended,
    /// The legacy general procedure started.
    GeneralProcedureStarted,
}

impl Event {
    fn words(self, l: Locale) -> &'static str {
        match (self, l) {
            (Event::Made, Locale::Nl) => "de aanvraag werd gedaan",
            (Event::Made, Locale::En) => "the application was made",
            (Event::Registered, Locale::Nl) => "de aanvraag werd geregistreerd",
            (Event::Registered, Locale::En) => "the application was registered",
            (Event::RequestSent, Locale::Nl) => "het verzoek werd verzonden",
            (Event::RequestSent, Locale::En) => "the request was sent",
            (Event::Accepted, Locale::Nl) => "het verzoek werd aanvaard",
            (Event::Accepted, Locale::En) => "the request was accepted",
            (Event::Apprehended, Locale::Nl) => "de vreemdeling werd aangehouden",
            (Event::Apprehended, Locale::En) => "the person was apprehended",
            (Event::GeneralProcedureStarted, Locale::Nl) => "de algemene asielprocedure begon",
            (Event::GeneralProcedureStarted, Locale::En) => "the general procedure started",
        }
    }
}

/// `inconsistent`: an event dated before one that must come first.
pub fn before_event(l: Locale, later: impl Display, event: Event, earlier: impl Display) -> String {
    let what = event.words(l);
    tr(
        l,
        format_args!("{later} ligt vóór het moment waarop {what} ({earlier})"),
        format_args!("{later} is before {what} ({earlier})"),
    )
}

/// `inconsistent`: born after the application.
pub fn born_after_made(l: Locale, born: impl Display, made: impl Display) -> String {
    tr(
        l,
        format_args!("geboren {born}, na het doen van de aanvraag ({made})"),
        format_args!("born {born}, after the application was made ({made})"),
    )
}

/// `inconsistent`: an "unaccompanied minor" who was an adult.
pub fn adult_minor(l: Locale, born: impl Display, made: impl Display) -> String {
    tr(
        l,
        format_args!(
            "een aanvrager geboren {born} was meerderjarig toen de aanvraag werd gedaan ({made})"
        ),
        format_args!(
            "an applicant born {born} was an adult when the application was made ({made})"
        ),
    )
}

/// `inconsistent`: `asOf` before birth.
pub fn as_of_before_birth(l: Locale, as_of: impl Display, born: impl Display) -> String {
    tr(
        l,
        format_args!("asOf {as_of} ligt vóór de geboorte van de aanvrager ({born})"),
        format_args!("asOf {as_of} is before the applicant was born ({born})"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message exists in both languages, and the two differ (no English left in Dutch).
    #[test]
    fn every_message_has_two_languages() {
        let both = |f: &dyn Fn(Locale) -> String| {
            let (nl, en) = (f(Locale::Nl), f(Locale::En));
            assert!(!nl.is_empty() && !en.is_empty());
            assert_ne!(nl, en, "{en}");
        };
        both(&|l| too_many(l, 3));
        both(&|l| too_large(l, 10));
        both(&|l| not_utf8(l, 1));
        both(&|l| too_deep(l, 32));
        both(&not_serialisable);
        both(&|l| not_json(l, "x"));
        both(&|l| expected(l, "een tekst", "a string", "number"));
        both(&|l| too_long(l, 8));
        both(&|l| integer_in(l, 0, 9));
        both(&|l| integer_in_signed(l, -1, 9));
        both(&|l| not_one_of(l, "x", "a, b"));
        both(&|l| not_alpha3(l, "x"));
        both(&|l| not_dublin_state(l, "x"));
        both(&|l| not_date(l, "x"));
        both(&|l| not_instant(l, "x"));
        both(&|l| not_date_or_instant(l, "x"));
        both(&|l| outside_calendar(l, "x", 1900, 2199));
        both(&|l| unknown_field(l, "x"));
        both(&|l| schema_version(l, 2));
        both(&schema_version_required);
        both(&|l| required(l, "x"));
        both(&|l| not_either(l, "x", "a", "b"));
        for e in [
            Event::Made,
            Event::Registered,
            Event::RequestSent,
            Event::Accepted,
            Event::Apprehended,
            Event::GeneralProcedureStarted,
        ] {
            both(&|l| before_event(l, "a", e, "b"));
        }
        both(&|l| born_after_made(l, "a", "b"));
        both(&|l| adult_minor(l, "a", "b"));
        both(&|l| as_of_before_birth(l, "a", "b"));
        for t in ["boolean", "number", "string", "array", "object"] {
            assert_ne!(type_name(Locale::Nl, t), type_name(Locale::En, t));
        }
    }
}
