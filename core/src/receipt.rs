//! Decision receipts for the independent monitoring mechanism (SR 10, APR 43(4)).
//!
//! A receipt says which engine, which rules and which parameter set produced which assessment
//! from which facts — in hashes, so it can be stored beside a decision and checked later without
//! trusting the system that stored it:
//!
//! - `input`: SHA-256 of the **canonical form of the case** ([`canonical_case`]);
//! - `output`: SHA-256 of the canonical form of the assessment without its receipt
//!   ([`output_hash`]);
//! - `engineVersion`, `ruleset`, `parameters` (the hash of the parameter set), `locale`.
//!
//! Canonical form (`"canonicalization": "migratiepact-c14n-1"`): the **decoded** value (what the
//! engine understood, not the bytes sent) serialised by the engine itself as JSON with object
//! keys sorted by their UTF-16 code units (RFC 8785 order; all keys here are ASCII, so that is
//! byte order), no whitespace, strings escaped as `serde_json` does, absent and `null` facts
//! left out (both mean "unknown"), instants written as RFC 3339 with the offset given
//! (`Z` becomes `+00:00`). The case's own `receipt` flag is not a fact and is left out. So the
//! same facts give the same hash whatever the key order, spacing or `null`s of the stored file.
//!
//! [`verify`] re-evaluates a stored case and reports `same`, or every difference: receipt fields
//! (e.g. another parameter set) and, when the stored document is a whole assessment, every
//! changed field by JSON Pointer. docs/receipts.md has the details.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::contract::{Assessment, Case, ErrorCode, ErrorReport, InputError};
use crate::explain::Locale;
use crate::params::Parameters;

/// Version of the receipt format.
pub const RECEIPT_VERSION: u32 = 1;
/// Name of the canonical form hashed into `input` and `output`.
pub const CANONICALIZATION: &str = "migratiepact-c14n-1";

/// A decision receipt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Receipt {
    /// Receipt format version (1).
    pub receipt_version: u32,
    /// Engine version (Cargo package version).
    pub engine_version: String,
    /// Version of the encoded rules.
    pub ruleset: String,
    /// "sha256:<hex>" of the parameter set used.
    pub parameters: String,
    /// Language of the texts in the assessment (part of the output).
    pub locale: Locale,
    /// The canonical form hashed ("migratiepact-c14n-1").
    pub canonicalization: String,
    /// "sha256:<hex>" of the canonical case.
    pub input: String,
    /// "sha256:<hex>" of the canonical assessment without its receipt.
    pub output: String,
}

/// Writes `v` in canonical form: keys sorted, no whitespace.
pub fn canonical_json(v: &Value) -> String {
    let mut out = String::new();
    write_canonical(v, &mut out);
    out
}

fn write_canonical(v: &Value, out: &mut String) {
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            crate::sort::sort_by(&mut keys, |a, b| a.encode_utf16().lt(b.encode_utf16()));
            out.push('{');
            let mut first = true;
            for k in keys {
                let Some(value) = map.get(k) else { continue };
                if value.is_null() {
                    continue;
                }
                if !first {
                    out.push(',');
                }
                first = false;
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                write_canonical(value, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// "sha256:<hex>" of `text`.
pub fn sha256(text: &str) -> String {
    sha256_bytes(text.as_bytes())
}

/// "sha256:<hex>" of `bytes` (lower-case hex, as the parameter-set hash).
pub(crate) fn sha256_bytes(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(7 + 64);
    s.push_str("sha256:");
    for b in digest {
        s.push(char::from(HEX[usize::from(b >> 4)]));
        s.push(char::from(HEX[usize::from(b & 0xf)]));
    }
    s
}

/// The canonical form of the compact JSON text `json` written by `serde_json` (the engine's own
/// serialisation of a case or an assessment), read straight from the text: object keys sorted
/// by their UTF-16 code units, members whose value is `null` left out, every other token
/// (strings with their escapes, numbers, booleans) copied as written, and the top-level member
/// `skip` left out. This is [`canonical_json`] of the same document — serde_json writes keys,
/// strings and numbers exactly as `Value`'s `Display` does — without building a `Value` tree
/// (which would instantiate the serialisation of every contract type a second time, into
/// `serde_json::value::Serializer`). `None` when the text is not one JSON value.
fn canonical_text(json: &str, skip: &str) -> Option<String> {
    let mut r = Reader { s: json, i: 0 };
    let mut out = String::with_capacity(json.len());
    r.value(&mut out, Some(skip))?;
    r.ws();
    (r.i == json.len()).then_some(out)
}

/// A cursor over JSON text for [`canonical_text`].
struct Reader<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }

    fn expect(&mut self, b: u8) -> Option<()> {
        self.ws();
        (self.peek()? == b).then(|| self.i += 1)
    }

    /// One value, written canonically to `out`.
    fn value(&mut self, out: &mut String, skip: Option<&str>) -> Option<()> {
        self.ws();
        let token = match self.peek()? {
            b'{' => return self.object(out, skip),
            b'[' => return self.array(out),
            b'"' => self.string()?,
            _ => self.scalar()?,
        };
        out.push_str(token);
        Some(())
    }

    /// A string token, quotes and escapes included.
    fn string(&mut self) -> Option<&'a str> {
        let start = self.i;
        self.i += 1;
        loop {
            match self.peek()? {
                b'\\' => self.i += 2,
                b'"' => {
                    self.i += 1;
                    return self.s.get(start..self.i);
                }
                _ => self.i += 1,
            }
        }
    }

    /// A number, `true`, `false` or `null`.
    fn scalar(&mut self) -> Option<&'a str> {
        let start = self.i;
        while let Some(b) = self.peek() {
            if matches!(b, b',' | b'}' | b']' | b':' | b' ' | b'\n' | b'\r' | b'\t') {
                break;
            }
            self.i += 1;
        }
        (self.i > start).then(|| self.s.get(start..self.i))?
    }

    fn array(&mut self, out: &mut String) -> Option<()> {
        self.i += 1;
        out.push('[');
        self.ws();
        if self.peek()? == b']' {
            self.i += 1;
        } else {
            loop {
                self.value(out, None)?;
                self.ws();
                match self.peek()? {
                    b',' => out.push(','),
                    b']' => {
                        self.i += 1;
                        break;
                    }
                    _ => return None,
                }
                self.i += 1;
            }
        }
        out.push(']');
        Some(())
    }

    fn object(&mut self, out: &mut String, skip: Option<&str>) -> Option<()> {
        self.i += 1;
        // (key as UTF-16 code units, key token, canonical value), kept sorted by insertion:
        // objects here have at most a few dozen keys, and no sort routine is instantiated.
        let mut members: Vec<(Vec<u16>, &'a str, String)> = Vec::new();
        self.ws();
        if self.peek()? == b'}' {
            self.i += 1;
        } else {
            loop {
                self.ws();
                if self.peek()? != b'"' {
                    return None;
                }
                let key = self.string()?;
                self.expect(b':')?;
                let mut value = String::new();
                self.value(&mut value, None)?;
                let units = utf16_units(key)?;
                let skipped = skip.is_some_and(|s| s.encode_utf16().eq(units.iter().copied()));
                if value != "null" && !skipped {
                    // After any equal key: the order of a stable sort.
                    let at = members
                        .iter()
                        .position(|(k, _, _)| *k > units)
                        .unwrap_or(members.len());
                    members.insert(at, (units, key, value));
                }
                self.ws();
                match self.peek()? {
                    b',' => self.i += 1,
                    b'}' => {
                        self.i += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        out.push('{');
        for (n, (_, key, value)) in members.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            out.push_str(key);
            out.push(':');
            out.push_str(value);
        }
        out.push('}');
        Some(())
    }
}

/// The UTF-16 code units of the string a JSON string token stands for.
fn utf16_units(token: &str) -> Option<Vec<u16>> {
    let inner = token.get(1..token.len().checked_sub(1)?)?;
    let mut units = Vec::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        let c = if c == '\\' {
            match chars.next()? {
                'b' => '\u{8}',
                'f' => '\u{c}',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => {
                    let mut unit = 0u16;
                    for _ in 0..4 {
                        unit = unit * 16 + u16::try_from(chars.next()?.to_digit(16)?).ok()?;
                    }
                    units.push(unit);
                    continue;
                }
                other => other,
            }
        } else {
            c
        };
        let mut buf = [0u16; 2];
        units.extend_from_slice(c.encode_utf16(&mut buf));
    }
    Some(units)
}

fn without_receipt(mut v: Value) -> Value {
    if let Value::Object(map) = &mut v {
        map.remove("receipt");
    }
    v
}

/// The canonical form of a decoded case (its `receipt` flag left out).
pub fn canonical_case(case: &Case) -> String {
    serde_json::to_string(case)
        .ok()
        .and_then(|json| canonical_text(&json, "receipt"))
        .unwrap_or_else(|| "null".to_owned())
}

/// The canonical form of an assessment without its receipt (from the same serialisation as the
/// output document).
pub fn canonical_assessment(assessment: &Assessment) -> String {
    crate::contract::encode::to_string(assessment)
        .ok()
        .and_then(|json| canonical_text(&json, "receipt"))
        .unwrap_or_else(|| "null".to_owned())
}

/// SHA-256 of the canonical case.
pub fn input_hash(case: &Case) -> String {
    sha256(&canonical_case(case))
}

/// SHA-256 of the canonical assessment without its receipt.
pub fn output_hash(assessment: &Assessment) -> String {
    sha256(&canonical_assessment(assessment))
}

/// The receipt for `assessment`, evaluated from `case` in `locale`.
pub fn issue(case: &Case, assessment: &Assessment, locale: Locale) -> Receipt {
    Receipt {
        receipt_version: RECEIPT_VERSION,
        engine_version: assessment.engine.version.clone(),
        ruleset: assessment.engine.ruleset.clone(),
        parameters: assessment.engine.parameters.clone(),
        locale,
        canonicalization: CANONICALIZATION.to_owned(),
        input: input_hash(case),
        output: output_hash(assessment),
    }
}

/// Adds a receipt when the case asks for one (`"receipt": true`). Called by
/// [`crate::evaluate_with`] on every assessment.
pub fn attach(mut assessment: Assessment, case: &Case, locale: Locale) -> Assessment {
    if case.receipt == Some(true) {
        let receipt = issue(case, &assessment, locale);
        assessment.receipt = Some(receipt);
    }
    assessment
}

/// One difference found by [`verify`].
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Difference {
    /// JSON Pointer: `/receipt/<field>` for a receipt field, otherwise a field of the assessment.
    pub path: String,
    /// The stored value (null when absent).
    pub stored: Value,
    /// The value the engine gives now (null when absent).
    pub now: Value,
}

/// The result of [`verify`].
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Verification {
    /// Contract version (1).
    pub schema_version: u32,
    /// `true` when the engine, on these facts and this parameter set, gives the same result.
    pub same: bool,
    /// What was checked: "receipt", "assessment" or "assessmentWithReceipt".
    pub checked: String,
    /// The receipt of the re-evaluation (always issued, whether the case asks for one or not).
    pub now: Option<Receipt>,
    /// Every difference found (empty when `same`).
    pub differences: Vec<Difference>,
}

fn field_error(code: ErrorCode, path: &str, message: impl Into<String>) -> ErrorReport {
    ErrorReport::new(vec![InputError::new(code, path, message)])
}

/// Re-evaluates a stored case (`case_bytes`, the Case JSON) and compares with `stored`: a
/// receipt, or a stored assessment (with or without its receipt). The parameter set must be the
/// one the receipt names, or the difference is reported at `/receipt/parameters`.
///
/// An `Err` means nothing could be verified: the case no longer decodes, or `stored` is neither
/// a receipt nor an assessment.
pub fn verify(
    case_bytes: &[u8],
    stored: &[u8],
    params: &Parameters,
) -> Result<Verification, ErrorReport> {
    let case = crate::decode_case(case_bytes)?;
    let stored =
        crate::contract::decode::parse_bytes(stored).map_err(|e| ErrorReport::new(vec![e]))?;
    let Value::Object(map) = &stored else {
        return Err(field_error(
            ErrorCode::WrongType,
            "",
            "expected a receipt or an assessment (a JSON object)",
        ));
    };
    let (receipt_value, assessment_value, checked) = if map.contains_key("receiptVersion") {
        (Some(stored.clone()), None, "receipt")
    } else if map.contains_key("engine") && map.contains_key("schemaVersion") {
        match map.get("receipt") {
            Some(r) if !r.is_null() => (
                Some(r.clone()),
                Some(stored.clone()),
                "assessmentWithReceipt",
            ),
            _ => (None, Some(stored.clone()), "assessment"),
        }
    } else {
        return Err(field_error(
            ErrorCode::InvalidValue,
            "",
            "neither a receipt (receiptVersion, input, output, …) nor an assessment (schemaVersion, engine, …)",
        ));
    };
    let receipt: Option<Receipt> = match receipt_value {
        Some(v) => {
            let path = if checked == "receipt" { "" } else { "/receipt" };
            Some(serde_json::from_value(v).map_err(|e| {
                field_error(ErrorCode::InvalidValue, path, format!("not a receipt: {e}"))
            })?)
        }
        None => None,
    };
    // The receipt records the language of the texts; without one, the case's own locale.
    let locale = receipt
        .as_ref()
        .map(|r| r.locale)
        .or(case.locale)
        .unwrap_or_default();
    let options = crate::Options {
        locale: Some(locale),
    };
    let mut differences = Vec::new();
    let (now, now_value) = match crate::evaluate_with(&case, params, options) {
        Ok(a) => {
            let r = issue(&case, &a, locale);
            let v = without_receipt(serde_json::to_value(&a).unwrap_or(Value::Null));
            (Some(r), v)
        }
        Err(report) => {
            let v = serde_json::to_value(&report).unwrap_or(Value::Null);
            differences.push(Difference {
                path: String::new(),
                stored: Value::String("an assessment".into()),
                now: v.clone(),
            });
            (None, v)
        }
    };
    if let (Some(stored_r), Some(now_r)) = (&receipt, &now) {
        let a = serde_json::to_value(stored_r).unwrap_or(Value::Null);
        let b = serde_json::to_value(now_r).unwrap_or(Value::Null);
        if let (Value::Object(a), Value::Object(b)) = (&a, &b) {
            for (k, sv) in a {
                let nv = b.get(k).cloned().unwrap_or(Value::Null);
                if *sv != nv {
                    differences.push(Difference {
                        path: format!("/receipt/{k}"),
                        stored: sv.clone(),
                        now: nv,
                    });
                }
            }
        }
    }
    if let (Some(stored_a), Some(_)) = (assessment_value, &now) {
        diff(
            &without_receipt(stored_a),
            &now_value,
            String::new(),
            &mut differences,
        );
    }
    Ok(Verification {
        schema_version: crate::contract::SCHEMA_VERSION,
        same: differences.is_empty(),
        checked: checked.to_owned(),
        now,
        differences,
    })
}

/// Field-level differences between two JSON values, by JSON Pointer.
pub fn diff(stored: &Value, now: &Value, path: String, out: &mut Vec<Difference>) {
    match (stored, now) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            crate::sort::sort(&mut keys);
            keys.dedup();
            for k in keys {
                let child = format!("{path}/{}", crate::contract::error::pointer_token(k));
                diff(
                    a.get(k).unwrap_or(&Value::Null),
                    b.get(k).unwrap_or(&Value::Null),
                    child,
                    out,
                );
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for i in 0..a.len().max(b.len()) {
                diff(
                    a.get(i).unwrap_or(&Value::Null),
                    b.get(i).unwrap_or(&Value::Null),
                    format!("{path}/{i}"),
                    out,
                );
            }
        }
        (a, b) if a != b => out.push(Difference {
            path,
            stored: a.clone(),
            now: b.clone(),
        }),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn canonical_form_sorts_keys_and_drops_nulls() {
        let v = json!({"b": 1, "a": {"d": null, "c": [true, "x"]}});
        assert_eq!(canonical_json(&v), r#"{"a":{"c":[true,"x"]},"b":1}"#);
    }

    #[test]
    fn same_facts_same_hash_whatever_the_spelling() {
        let a = crate::decode_case(
            br#"{"schemaVersion":1,"application":{"madeAt":"2026-06-15","lodgedAt":"2026-06-20"}}"#,
        )
        .unwrap();
        let b = crate::decode_case(
            br#"{ "application" : { "lodgedAt":"2026-06-20", "madeAt":"2026-06-15", "subsequent": null }, "schemaVersion" : 1, "receipt": true }"#,
        )
        .unwrap();
        assert_eq!(input_hash(&a), input_hash(&b));
        let c = crate::decode_case(
            br#"{"schemaVersion":1,"application":{"madeAt":"2026-06-15","lodgedAt":"2026-06-21"}}"#,
        )
        .unwrap();
        assert_ne!(input_hash(&a), input_hash(&c));
    }

    #[test]
    fn the_canonical_text_is_the_canonical_tree() {
        let docs = [
            json!({"b": 1, "a": {"d": null, "c": [true, "x", null, {}]}, "receipt": {"x": 1}}),
            json!({"z\u{e9}": "\"quoted\" \\ \u{1}\u{1f}\n\t", "\u{10000}": 1, "\u{ffff}": 2,
                   "a\nb": [], "k\u{1}": 3, "": [[null]], "n": [-1, 0, 18446744073709551615u64, -9223372036854775808i64],
                   "f": [1.5, 20.0, 1e-7, 1e21, -0.0], "receipt": null}),
            json!([{"b": null, "a": 1}, "receipt", {"receipt": 1}]),
            json!("x"),
            json!(null),
            json!({}),
        ];
        for v in docs {
            let want = canonical_json(&without_receipt(v.clone()));
            let text = serde_json::to_string(&v).unwrap();
            assert_eq!(canonical_text(&text, "receipt").unwrap(), want, "{text}");
            let pretty = serde_json::to_string_pretty(&v).unwrap();
            assert_eq!(
                canonical_text(&pretty, "receipt").unwrap(),
                want,
                "{pretty}"
            );
        }
        assert_eq!(canonical_text("{", "receipt"), None);
        assert_eq!(canonical_text("[1] 2", "receipt"), None);
    }

    #[test]
    fn canonical_case_and_assessment_are_the_tree_forms() {
        for input in [
            &br#"{"schemaVersion":1,"application":{"madeAt":"2026-06-15","lodgedAt":"2026-06-20"},"receipt":true}"#[..],
            br#"{"schemaVersion":1,"locale":"en","applicant":{"dateOfBirth":"1990-01-01","nationality":"MAR"},"application":{"madeAt":"2026-09-01T10:00:00Z","lodgedAt":"2026-09-03","situation":"borderCrossingPoint","borderLocation":"schiphol"},"grounds":{"misledAuthorities":true}}"#,
        ] {
            let case = crate::decode_case(input).unwrap();
            let tree = serde_json::to_value(&case).unwrap();
            assert_eq!(canonical_case(&case), canonical_json(&without_receipt(tree)));
            let a = crate::evaluate(&case, Parameters::embedded()).unwrap();
            let tree = serde_json::to_value(&a).unwrap();
            assert_eq!(
                canonical_assessment(&a),
                canonical_json(&without_receipt(tree))
            );
        }
    }

    #[test]
    fn sha256_of_empty_string_is_the_known_value() {
        assert_eq!(
            sha256(""),
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn diff_names_changed_added_and_removed_fields() {
        let mut out = Vec::new();
        diff(
            &json!({"a": 1, "b": [1, 2], "c": "x"}),
            &json!({"a": 2, "b": [1], "d": true}),
            String::new(),
            &mut out,
        );
        let paths: Vec<&str> = out.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(paths, ["/a", "/b/1", "/c", "/d"]);
    }
}
