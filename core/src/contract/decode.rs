//! Decoding: bytes → a checked JSON tree → typed values, collecting **every** problem with its
//! JSON Pointer (a form wants every wrong field, not the first).
//!
//! Each contract struct decodes itself through an [`Obj`], which remembers which keys the struct
//! asked for; whatever else the object holds is an `unknownField`. So the list of known keys
//! cannot drift from the struct: it *is* the struct's decode function.

use std::fmt;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;

use serde_json::{Map, Value};

use super::error::{push_pointer_token, ErrorCode, ErrorReport, InputError};
use super::messages;
use crate::calendar::{When, MAX_YEAR, MIN_YEAR};
use crate::explain::Locale;

/// Largest accepted input (CONTRACT.md: over 1 MiB → `tooLarge`).
pub const MAX_INPUT_BYTES: usize = 1024 * 1024;
/// Deepest accepted nesting of arrays and objects (the contract needs 3).
pub const MAX_DEPTH: usize = 32;

/// The most problems one report lists (docs/limits.md). Past it the report ends with one
/// `tooManyErrors` entry that counts the problems left out, so that a hostile input (1 MiB of
/// unknown keys) gets a report of bounded size rather than one of tens of megabytes.
pub const MAX_ERRORS: usize = 100;

/// Errors collected while decoding, in the language of their messages.
///
/// At most [`MAX_ERRORS`] are kept; each further problem only counts, in a last
/// `tooManyErrors` entry. The first field is the list a report is made of.
#[derive(Debug, Default)]
pub struct Errors(pub Vec<InputError>, pub Tally);

/// The language of an [`Errors`] list and the number of problems left out of it.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    /// The language of the messages.
    pub locale: Locale,
    /// Problems found past [`MAX_ERRORS`].
    pub more: usize,
}

impl Errors {
    /// An empty list whose messages are written in `locale`.
    pub fn new(locale: Locale) -> Self {
        Errors(Vec::new(), Tally { locale, more: 0 })
    }

    /// The language of the messages.
    pub fn locale(&self) -> Locale {
        self.1.locale
    }

    /// Records a problem whose message is the same in every language (a quoted value).
    pub fn push(&mut self, code: ErrorCode, path: impl Into<String>, message: impl Into<String>) {
        if self.room() {
            self.0.push(InputError::new(code, path, message));
        }
    }

    /// Records a problem with its message in the list's language: `text` is asked only for a
    /// problem that is listed.
    pub fn say(
        &mut self,
        code: ErrorCode,
        path: impl Into<String>,
        text: impl FnOnce(Locale) -> String,
    ) {
        if self.room() {
            let message = text(self.1.locale);
            self.0.push(InputError::new(code, path, message));
        }
    }

    /// Whether a problem may still be listed; if not, counts it in the closing
    /// `tooManyErrors` entry.
    fn room(&mut self) -> bool {
        if self.0.len() < MAX_ERRORS {
            return true;
        }
        self.1.more += 1;
        let message = messages::too_many(self.1.locale, self.1.more);
        match self.0.last_mut() {
            Some(last) if last.code == ErrorCode::TooManyErrors => last.message = message,
            _ => self
                .0
                .push(InputError::new(ErrorCode::TooManyErrors, "", message)),
        }
        false
    }

    /// Whether nothing was wrong.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The report of these errors.
    pub fn into_report(self) -> ErrorReport {
        ErrorReport::new(self.0)
    }
}

/// The language of a case's messages, read before the case is decoded: the surface's choice,
/// else the case's own `"locale"` (when it is `"en"` or `"nl"`), else Dutch.
pub fn locale_of(tree: &Json<'_>, chosen: Option<Locale>) -> Locale {
    chosen.unwrap_or(match tree.get("locale") {
        Some(Json::String(s)) if s == "en" => Locale::En,
        _ => Locale::Nl,
    })
}

/// A parsed JSON value that borrows its strings from the input where it can (the case decoder
/// reads every key once, so copying them into a map first would be wasted work).
///
/// Objects keep their members in input order; duplicate keys are refused while parsing.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(serde_json::Number),
    /// A string.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Json<'a>>),
    /// An object, members in input order.
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

impl Json<'_> {
    /// The member `key` of an object (`None` for a missing key or a non-object).
    pub fn get(&self, key: &str) -> Option<&Self> {
        match self {
            Json::Object(members) => member(members, key),
            _ => None,
        }
    }

    /// The same value as a `serde_json::Value` (for messages that quote it).
    pub fn to_value(&self) -> Value {
        match self {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Number(n) => Value::Number(n.clone()),
            Json::String(s) => Value::String(s.to_string()),
            Json::Array(items) => Value::Array(items.iter().map(Json::to_value).collect()),
            Json::Object(members) => {
                // Inserted one by one: collecting would pull in a second sort (WASM size).
                let mut map = Map::new();
                for (k, v) in members {
                    map.insert(k.to_string(), v.to_value());
                }
                Value::Object(map)
            }
        }
    }
}

/// The value of `key` among an object's members.
fn member<'a, 'j>(members: &'a [(Cow<'j, str>, Json<'j>)], key: &str) -> Option<&'a Json<'j>> {
    members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Compact JSON text, as `serde_json::Value` prints it.
impl fmt::Display for Json<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.to_value(), f)
    }
}

/// Objects with more members than this check duplicates with an ordered set instead of a scan
/// (k·log k comparisons, as a `BTreeMap` would; deterministic on every target).
const LINEAR_DUPLICATE_SCAN: usize = 16;

struct JsonVisitor;

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

struct KeySeed;

impl<'de> de::DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v))
    }
}

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number(v.into()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Json<'de>, E> {
        serde_json::Number::from_f64(v)
            .map(Json::Number)
            .ok_or_else(|| E::custom("number out of range"))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(v)))
    }
    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element()? {
            out.push(v);
        }
        Ok(Json::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mut out: Vec<(Cow<'de, str>, Json<'de>)> = Vec::new();
        let mut seen: Option<std::collections::BTreeSet<Cow<'de, str>>> = None;
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let duplicate = match &mut seen {
                Some(set) => !set.insert(key.clone()),
                None if out.len() < LINEAR_DUPLICATE_SCAN => out.iter().any(|(k, _)| *k == key),
                None => {
                    let mut set = std::collections::BTreeSet::new();
                    for (k, _) in &out {
                        set.insert(k.clone());
                    }
                    let duplicate = !set.insert(key.clone());
                    seen = Some(set);
                    duplicate
                }
            };
            if duplicate {
                return Err(de::Error::custom(format!(
                    "duplicate key {:?}",
                    key.as_ref()
                )));
            }
            let v = map.next_value()?;
            out.push((key, v));
        }
        Ok(Json::Object(out))
    }
}

fn depth_exceeds(bytes: &[u8], max: usize) -> bool {
    // Fewer opening brackets than the limit cannot nest deeper than it: a count the compiler
    // vectorises, so ordinary inputs skip the scan below.
    if bytes.iter().filter(|b| **b == b'[' || **b == b'{').count() <= max {
        return false;
    }
    // A cheap pre-scan so that deep nesting is refused before any recursion (strings skipped).
    let mut depth = 0usize;
    let mut in_str = false;
    let mut esc = false;
    for &b in bytes {
        if in_str {
            match (esc, b) {
                (true, _) => esc = false,
                (false, b'\\') => esc = true,
                (false, b'"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_str = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

/// Checks what every input must pass before parsing: size, UTF-8 (a byte order mark is skipped)
/// and nesting depth. Returns the text.
fn checked_text(bytes: &[u8], l: Locale) -> Result<&str, InputError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(InputError::new(
            ErrorCode::TooLarge,
            "",
            // Not the exact size: a surface may stop reading at the limit (the CLI reads at
            // most MAX_INPUT_BYTES + 1 bytes), and every surface must give the same bytes.
            messages::too_large(l, MAX_INPUT_BYTES),
        ));
    }
    // A UTF-8 byte order mark is tolerated (RFC 8259 §8.1 allows a parser to ignore it).
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        InputError::new(
            ErrorCode::InvalidJson,
            "",
            messages::not_utf8(l, e.valid_up_to()),
        )
    })?;
    if depth_exceeds(bytes, MAX_DEPTH) {
        return Err(InputError::new(
            ErrorCode::OutOfRange,
            "",
            messages::too_deep(l, MAX_DEPTH),
        ));
    }
    Ok(text)
}

fn syntax_error(e: &serde_json::Error, l: Locale) -> InputError {
    InputError::new(ErrorCode::InvalidJson, "", messages::not_json(l, e))
}

/// Parses input bytes into a `serde_json::Value`: size, UTF-8, syntax, duplicate keys and depth
/// (for inputs read through serde, such as parameter files and receipts).
pub fn parse_bytes(bytes: &[u8]) -> Result<Value, InputError> {
    // Through the same tree as cases: one JSON visitor in the package, not two.
    parse_tree(bytes).map(|tree| tree.to_value())
}

/// Parses input bytes into a [`Json`] tree borrowing from `bytes`, with the same checks and the
/// same errors as [`parse_bytes`] (messages in Dutch: the locale of an unreadable input cannot
/// be read).
pub fn parse_tree(bytes: &[u8]) -> Result<Json<'_>, InputError> {
    parse_tree_in(bytes, None)
}

/// As [`parse_tree`], the messages in `locale` when a surface chose one (else Dutch).
pub fn parse_tree_in(bytes: &[u8], locale: Option<Locale>) -> Result<Json<'_>, InputError> {
    let l = locale.unwrap_or_default();
    let text = checked_text(bytes, l)?;
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = Json::deserialize(&mut de).and_then(|j| de.end().map(|()| j));
    parsed.map_err(|e| syntax_error(&e, l))
}

pub(crate) fn type_name(v: &Json<'_>) -> &'static str {
    match v {
        Json::Null => "null",
        Json::Bool(_) => "boolean",
        Json::Number(_) => "number",
        Json::String(_) => "string",
        Json::Array(_) => "array",
        Json::Object(_) => "object",
    }
}

/// A JSON object being decoded into a struct.
pub struct Obj<'a> {
    map: &'a [(Cow<'a, str>, Json<'a>)],
    ptr: String,
    seen: Vec<&'static str>,
}

impl<'a> Obj<'a> {
    /// The object at `ptr`, or a `wrongType` error.
    pub fn new(v: &'a Json<'a>, ptr: &str, errs: &mut Errors) -> Option<Obj<'a>> {
        match v {
            Json::Object(map) => Some(Obj {
                map,
                ptr: ptr.to_owned(),
                seen: Vec::with_capacity(16),
            }),
            other => {
                errs.say(ErrorCode::WrongType, ptr, |l| {
                    messages::expected(l, "een object", "an object", type_name(other))
                });
                None
            }
        }
    }

    /// JSON Pointer of `key` in this object.
    pub fn path(&self, key: &str) -> String {
        let mut out = String::with_capacity(self.ptr.len() + key.len() + 1);
        out.push_str(&self.ptr);
        out.push('/');
        push_pointer_token(&mut out, key);
        out
    }

    /// The raw value of `key`; `None` when absent or `null` (unknown).
    pub fn raw(&mut self, key: &'static str) -> Option<&'a Json<'a>> {
        self.seen.push(key);
        match self.get(key) {
            None | Some(Json::Null) => None,
            Some(v) => Some(v),
        }
    }

    fn get(&self, key: &str) -> Option<&'a Json<'a>> {
        member(self.map, key)
    }

    /// Whether `key` is present with a non-null value (does not mark it as read).
    pub fn has(&self, key: &str) -> bool {
        !matches!(self.get(key), None | Some(Json::Null))
    }

    /// A boolean fact.
    pub fn bool(&mut self, key: &'static str, errs: &mut Errors) -> Option<bool> {
        match self.raw(key)? {
            Json::Bool(b) => Some(*b),
            other => {
                errs.say(ErrorCode::WrongType, self.path(key), |l| {
                    messages::expected(
                        l,
                        "true, false of null",
                        "true, false or null",
                        type_name(other),
                    )
                });
                None
            }
        }
    }

    /// A string of at most `max` characters.
    pub fn string(&mut self, key: &'static str, max: usize, errs: &mut Errors) -> Option<String> {
        self.str(key, max, errs).map(str::to_owned)
    }

    /// A borrowed string of at most `max` characters.
    pub fn str(&mut self, key: &'static str, max: usize, errs: &mut Errors) -> Option<&'a str> {
        match self.raw(key)? {
            // Fewer bytes than `max` means fewer characters: count only when it could matter.
            Json::String(s) if s.len() <= max || s.chars().count() <= max => Some(s.as_ref()),
            Json::String(_) => {
                errs.say(ErrorCode::OutOfRange, self.path(key), |l| {
                    messages::too_long(l, max)
                });
                None
            }
            other => {
                errs.say(ErrorCode::WrongType, self.path(key), |l| {
                    messages::expected(l, "een tekst", "a string", type_name(other))
                });
                None
            }
        }
    }

    /// A non-negative integer in `range`.
    pub fn integer(
        &mut self,
        key: &'static str,
        range: std::ops::RangeInclusive<u64>,
        errs: &mut Errors,
    ) -> Option<u64> {
        match self.raw(key)? {
            Json::Number(n) => match n.as_u64() {
                Some(v) if range.contains(&v) => Some(v),
                _ => {
                    errs.say(ErrorCode::OutOfRange, self.path(key), |l| {
                        messages::integer_in(l, *range.start(), *range.end())
                    });
                    None
                }
            },
            other => {
                errs.say(ErrorCode::WrongType, self.path(key), |l| {
                    messages::expected(l, "een getal", "a number", type_name(other))
                });
                None
            }
        }
    }

    /// One of the named values.
    pub fn enumerated<T: Copy>(
        &mut self,
        key: &'static str,
        values: &[(&'static str, T)],
        errs: &mut Errors,
    ) -> Option<T> {
        let s = self.str(key, 64, errs)?;
        match values.iter().find(|(name, _)| *name == s) {
            Some((_, v)) => Some(*v),
            None => {
                let names: Vec<&str> = values.iter().map(|(n, _)| *n).collect();
                errs.say(ErrorCode::InvalidValue, self.path(key), |l| {
                    messages::not_one_of(l, s, &names.join(", "))
                });
                None
            }
        }
    }

    /// An ISO 3166-1 alpha-3 country code.
    pub fn country(&mut self, key: &'static str, errs: &mut Errors) -> Option<String> {
        let s = self.str(key, 16, errs)?;
        if super::countries::is_alpha3(s) {
            Some(s.to_owned())
        } else {
            errs.say(ErrorCode::InvalidCountry, self.path(key), |l| {
                messages::not_alpha3(l, s)
            });
            None
        }
    }

    /// An Amsterdam date `YYYY-MM-DD`.
    pub fn date(&mut self, key: &'static str, errs: &mut Errors) -> Option<NaiveDate> {
        let s = match self.raw(key)? {
            Json::String(s) => s,
            other => {
                errs.say(ErrorCode::WrongType, self.path(key), |l| {
                    messages::expected(
                        l,
                        "een datum JJJJ-MM-DD als tekst",
                        "a date string YYYY-MM-DD",
                        type_name(other),
                    )
                });
                return None;
            }
        };
        match parse_date(s) {
            Some(d) => self.check_year(key, d, errs),
            None => {
                errs.say(ErrorCode::InvalidDate, self.path(key), |l| {
                    messages::not_date(l, s)
                });
                None
            }
        }
    }

    /// An instant (RFC 3339 with offset) or a date (that Amsterdam day).
    pub fn when(&mut self, key: &'static str, errs: &mut Errors) -> Option<When> {
        let s = match self.raw(key)? {
            Json::String(s) => s,
            other => {
                errs.say(ErrorCode::WrongType, self.path(key), |l| {
                    messages::expected(
                        l,
                        "een RFC 3339-tijdstip of een datum",
                        "an RFC 3339 instant or a date",
                        type_name(other),
                    )
                });
                return None;
            }
        };
        if s.len() == 10 {
            return match parse_date(s) {
                Some(d) => self.check_year(key, d, errs).map(When::Date),
                None => {
                    errs.say(ErrorCode::InvalidDate, self.path(key), |l| {
                        messages::not_date(l, s)
                    });
                    None
                }
            };
        }
        match parse_instant(s) {
            Some(i) => {
                let w = When::Instant(i);
                self.check_year(key, w.date(), errs).map(|_| w)
            }
            None => {
                errs.say(ErrorCode::InvalidInstant, self.path(key), |l| {
                    messages::not_instant(l, s)
                });
                None
            }
        }
    }

    /// A nested object (absent or null → `None`).
    pub fn object(&mut self, key: &'static str, errs: &mut Errors) -> Option<Obj<'a>> {
        let v = self.raw(key)?;
        Obj::new(v, &self.path(key), errs)
    }

    /// `d` if its year is within the calendar, else an `outOfRange` error at `key`.
    fn check_year(&self, key: &str, d: NaiveDate, errs: &mut Errors) -> Option<NaiveDate> {
        if (MIN_YEAR..=MAX_YEAR).contains(&d.year()) {
            Some(d)
        } else {
            errs.say(ErrorCode::OutOfRange, self.path(key), |l| {
                messages::outside_calendar(l, d, MIN_YEAR, MAX_YEAR)
            });
            None
        }
    }

    /// Reports every key the struct did not ask for as `unknownField`, in key order.
    pub fn finish(self, errs: &mut Errors) {
        let mut unknown: Vec<&str> = self
            .map
            .iter()
            .map(|(k, _)| k.as_ref())
            .filter(|k| !self.seen.contains(k))
            .collect();
        crate::sort::sort(&mut unknown);
        for key in unknown {
            if errs.0.len() >= MAX_ERRORS {
                // Past the bound only the count grows: no pointer is built for a key not listed.
                errs.say(ErrorCode::UnknownField, "", |_| String::new());
                continue;
            }
            errs.say(ErrorCode::UnknownField, self.path(key), |l| {
                messages::unknown_field(l, key)
            });
        }
    }
}

/// Parses exactly `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    // The shape is checked above; the numbers are read by hand (no strftime parser needed).
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    let year = i32::try_from(num(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, num(5..7)?, num(8..10)?)
}

/// Parses an RFC 3339 instant with offset (`Z` or `±HH:MM`), seconds required.
pub fn parse_instant(s: &str) -> Option<DateTime<FixedOffset>> {
    if s.len() < 20 || s.len() > 40 || !s.is_ascii() {
        return None;
    }
    DateTime::parse_from_rfc3339(s).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dup_message(input: &str) -> String {
        match parse_tree(input.as_bytes()) {
            Err(e) => e.message,
            Ok(j) => panic!("accepted {input}: {j}"),
        }
    }

    #[test]
    fn duplicate_keys_are_refused_in_small_and_large_objects() {
        let small = r#"{"a":1,"b":2,"a":3}"#;
        assert!(
            dup_message(small).starts_with("de invoer is geen geldige JSON: duplicate key \"a\"")
        );
        // Past the linear scan the set takes over; a key escaped differently is the same key.
        let mut big: Vec<String> = (0..40).map(|i| format!("\"k{i:02}\":{i}")).collect();
        big.push(r#""k\u00307":1"#.to_owned());
        let big = format!("{{{}}}", big.join(","));
        assert!(dup_message(&big).contains("duplicate key \"k07\""));
        // And the same for serde_json::Value, which parameter files use.
        assert_eq!(
            parse_bytes(small.as_bytes()).unwrap_err().message,
            dup_message(small)
        );
    }

    #[test]
    fn tree_keeps_input_order_and_borrows_plain_strings() {
        let j = parse_tree(br#"{"z":"plain","a":"esc\"aped","m":[1,-2,0.5,null,true]}"#).unwrap();
        let Json::Object(members) = &j else {
            panic!("not an object")
        };
        let keys: Vec<&str> = members.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["z", "a", "m"]);
        assert!(matches!(
            j.get("z"),
            Some(Json::String(Cow::Borrowed("plain")))
        ));
        assert!(matches!(j.get("a"), Some(Json::String(Cow::Owned(s))) if s == "esc\"aped"));
        // Printed as serde_json prints a Value (keys sorted there).
        assert_eq!(
            j.to_string(),
            r#"{"a":"esc\"aped","m":[1,-2,0.5,null,true],"z":"plain"}"#
        );
    }

    #[test]
    fn unknown_fields_are_reported_in_key_order() {
        let j = parse_tree(br#"{"zeta":1,"known":true,"alpha":2,"Mid":3}"#).unwrap();
        let mut errs = Errors::default();
        let mut o = Obj::new(&j, "/x", &mut errs).unwrap();
        assert_eq!(o.bool("known", &mut errs), Some(true));
        o.finish(&mut errs);
        let paths: Vec<&str> = errs.0.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, ["/x/Mid", "/x/alpha", "/x/zeta"]);
    }
}
