//! Decoding: bytes → a checked JSON tree → typed values, collecting **every** problem with its
//! JSON Pointer (a form wants every wrong field, not the first).
//!
//! Each contract struct decodes itself through an [`Obj`], which remembers which keys the struct
//! asked for; whatever else the object holds is an `unknownField`. So the list of known keys
//! cannot drift from the struct: it *is* the struct's decode function.

use std::fmt;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::error::{pointer_token, ErrorCode, InputError};
use crate::calendar::{When, MAX_YEAR, MIN_YEAR};

/// Largest accepted input (CONTRACT.md: over 1 MiB → `tooLarge`).
pub const MAX_INPUT_BYTES: usize = 1024 * 1024;
/// Deepest accepted nesting of arrays and objects (the contract needs 3).
pub const MAX_DEPTH: usize = 32;

/// Errors collected while decoding.
#[derive(Debug, Default)]
pub struct Errors(pub Vec<InputError>);

impl Errors {
    /// Records a problem.
    pub fn push(&mut self, code: ErrorCode, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(InputError::new(code, path, message));
    }
    /// Whether nothing was wrong.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A JSON value parsed with duplicate keys refused and depth bounded.
struct Checked(Value);

struct CheckedVisitor;

impl<'de> Deserialize<'de> for Checked {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(CheckedVisitor)
    }
}

impl<'de> Visitor<'de> for CheckedVisitor {
    type Value = Checked;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Checked, E> {
        Ok(Checked(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Checked, E> {
        Ok(Checked(Value::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Checked, E> {
        Ok(Checked(Value::from(v)))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Checked, E> {
        serde_json::Number::from_f64(v)
            .map(|n| Checked(Value::Number(n)))
            .ok_or_else(|| E::custom("number out of range"))
    }
    fn visit_str<E>(self, v: &str) -> Result<Checked, E> {
        Ok(Checked(Value::String(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Checked, E> {
        Ok(Checked(Value::String(v)))
    }
    fn visit_unit<E>(self) -> Result<Checked, E> {
        Ok(Checked(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Checked, E> {
        Ok(Checked(Value::Null))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Checked, A::Error> {
        let mut out = Vec::new();
        while let Some(Checked(v)) = seq.next_element()? {
            out.push(v);
        }
        Ok(Checked(Value::Array(out)))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Checked, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(de::Error::custom(format!("duplicate key {key:?}")));
            }
            let Checked(v) = map.next_value()?;
            out.insert(key, v);
        }
        Ok(Checked(Value::Object(out)))
    }
}

fn depth_exceeds(bytes: &[u8], max: usize) -> bool {
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

/// Parses input bytes into a JSON tree: size, UTF-8, syntax, duplicate keys and depth.
pub fn parse_bytes(bytes: &[u8]) -> Result<Value, InputError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(InputError::new(
            ErrorCode::TooLarge,
            "",
            // Not the exact size: a surface may stop reading at the limit (the CLI reads at
            // most MAX_INPUT_BYTES + 1 bytes), and every surface must give the same bytes.
            format!("input is larger than {MAX_INPUT_BYTES} bytes (1 MiB), the most accepted"),
        ));
    }
    // A UTF-8 byte order mark is tolerated (RFC 8259 §8.1 allows a parser to ignore it).
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        InputError::new(
            ErrorCode::InvalidJson,
            "",
            format!(
                "input is not UTF-8 (invalid byte at offset {})",
                e.valid_up_to()
            ),
        )
    })?;
    if depth_exceeds(bytes, MAX_DEPTH) {
        return Err(InputError::new(
            ErrorCode::OutOfRange,
            "",
            format!("input nests arrays or objects deeper than {MAX_DEPTH} levels"),
        ));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = Checked::deserialize(&mut de).and_then(|c| de.end().map(|()| c));
    match parsed {
        Ok(Checked(v)) => Ok(v),
        Err(e) => Err(InputError::new(
            ErrorCode::InvalidJson,
            "",
            format!("input is not valid JSON: {e}"),
        )),
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// A JSON object being decoded into a struct.
pub struct Obj<'a> {
    map: &'a Map<String, Value>,
    ptr: String,
    seen: Vec<&'static str>,
}

impl<'a> Obj<'a> {
    /// The object at `ptr`, or a `wrongType` error.
    pub fn new(v: &'a Value, ptr: &str, errs: &mut Errors) -> Option<Obj<'a>> {
        match v {
            Value::Object(map) => Some(Obj {
                map,
                ptr: ptr.to_owned(),
                seen: Vec::with_capacity(16),
            }),
            other => {
                errs.push(
                    ErrorCode::WrongType,
                    ptr,
                    format!("expected an object, found {}", type_name(other)),
                );
                None
            }
        }
    }

    /// JSON Pointer of `key` in this object.
    pub fn path(&self, key: &str) -> String {
        format!("{}/{}", self.ptr, pointer_token(key))
    }

    /// The raw value of `key`; `None` when absent or `null` (unknown).
    pub fn raw(&mut self, key: &'static str) -> Option<&'a Value> {
        self.seen.push(key);
        match self.map.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => Some(v),
        }
    }

    /// Whether `key` is present with a non-null value (does not mark it as read).
    pub fn has(&self, key: &str) -> bool {
        !matches!(self.map.get(key), None | Some(Value::Null))
    }

    /// A boolean fact.
    pub fn bool(&mut self, key: &'static str, errs: &mut Errors) -> Option<bool> {
        match self.raw(key)? {
            Value::Bool(b) => Some(*b),
            other => {
                errs.push(
                    ErrorCode::WrongType,
                    self.path(key),
                    format!("expected true, false or null, found {}", type_name(other)),
                );
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
            Value::String(s) if s.len() <= max || s.chars().count() <= max => Some(s.as_str()),
            Value::String(_) => {
                errs.push(
                    ErrorCode::OutOfRange,
                    self.path(key),
                    format!("longer than {max} characters"),
                );
                None
            }
            other => {
                errs.push(
                    ErrorCode::WrongType,
                    self.path(key),
                    format!("expected a string, found {}", type_name(other)),
                );
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
            Value::Number(n) => match n.as_u64() {
                Some(v) if range.contains(&v) => Some(v),
                _ => {
                    errs.push(
                        ErrorCode::OutOfRange,
                        self.path(key),
                        format!("expected an integer in {}..={}", range.start(), range.end()),
                    );
                    None
                }
            },
            other => {
                errs.push(
                    ErrorCode::WrongType,
                    self.path(key),
                    format!("expected a number, found {}", type_name(other)),
                );
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
                errs.push(
                    ErrorCode::InvalidValue,
                    self.path(key),
                    format!("{s:?} is not one of {}", names.join(", ")),
                );
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
            errs.push(
                ErrorCode::InvalidCountry,
                self.path(key),
                format!("{s:?} is not an ISO 3166-1 alpha-3 code (use XXA for a stateless person)"),
            );
            None
        }
    }

    /// An Amsterdam date `YYYY-MM-DD`.
    pub fn date(&mut self, key: &'static str, errs: &mut Errors) -> Option<NaiveDate> {
        let s = match self.raw(key)? {
            Value::String(s) => s,
            other => {
                errs.push(
                    ErrorCode::WrongType,
                    self.path(key),
                    format!(
                        "expected a date string YYYY-MM-DD, found {}",
                        type_name(other)
                    ),
                );
                return None;
            }
        };
        match parse_date(s) {
            Some(d) => self.check_year(key, d, errs),
            None => {
                errs.push(
                    ErrorCode::InvalidDate,
                    self.path(key),
                    format!("{s:?} is not a date YYYY-MM-DD"),
                );
                None
            }
        }
    }

    /// An instant (RFC 3339 with offset) or a date (that Amsterdam day).
    pub fn when(&mut self, key: &'static str, errs: &mut Errors) -> Option<When> {
        let s = match self.raw(key)? {
            Value::String(s) => s,
            other => {
                errs.push(
                    ErrorCode::WrongType,
                    self.path(key),
                    format!(
                        "expected an RFC 3339 instant or a date, found {}",
                        type_name(other)
                    ),
                );
                return None;
            }
        };
        if s.len() == 10 {
            return match parse_date(s) {
                Some(d) => self.check_year(key, d, errs).map(When::Date),
                None => {
                    errs.push(
                        ErrorCode::InvalidDate,
                        self.path(key),
                        format!("{s:?} is not a date YYYY-MM-DD"),
                    );
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
                errs.push(
                    ErrorCode::InvalidInstant,
                    self.path(key),
                    format!(
                        "{s:?} is not an RFC 3339 instant with offset (e.g. 2026-06-15T09:00:00+02:00)"
                    ),
                );
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
            errs.push(
                ErrorCode::OutOfRange,
                self.path(key),
                format!("{d} is outside the calendar the engine covers ({MIN_YEAR}..={MAX_YEAR})"),
            );
            None
        }
    }

    /// Reports every key the struct did not ask for as `unknownField`.
    pub fn finish(self, errs: &mut Errors) {
        for key in self.map.keys() {
            if !self.seen.iter().any(|s| s == key) {
                errs.push(
                    ErrorCode::UnknownField,
                    self.path(key),
                    format!("unknown field {key:?}"),
                );
            }
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
