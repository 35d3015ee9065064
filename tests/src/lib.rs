//! The conformance suite: one set of JSON vectors (the public ones in `tests/vectors/public/`
//! and the project's own in `tests/vectors/`), one assertion format (`tests/vectors/README.md`), run on every surface.
//!
//! A surface is anything that turns input bytes into output JSON: the Rust API, the CLI, the C
//! library, the WASM package. Each must satisfy every vector, and all must agree byte for byte.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// One vector file.
#[derive(Debug, Clone)]
pub struct Vector {
    /// File it came from.
    pub file: PathBuf,
    /// Its name.
    pub name: String,
    /// The input bytes a surface receives.
    pub input: Vec<u8>,
    /// The assertions.
    pub expect: Vec<Value>,
}

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// The public vectors published with the specification, kept in the repository
/// (`tests/vectors/public/`).
pub fn shared_vectors_dir() -> PathBuf {
    workspace_root().join("tests/vectors/public")
}

/// The project's own vectors.
pub fn project_vectors_dir() -> PathBuf {
    workspace_root().join("tests/vectors")
}

/// The hostile-input catalogue (`tests/hostile/`, same format plus `rawBase64` / `rawRepeat`).
pub fn hostile_dir() -> PathBuf {
    workspace_root().join("tests/hostile")
}

/// Decodes standard base64 (RFC 4648 §4, padding optional, ASCII whitespace ignored).
pub fn base64_decode(s: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(s.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes().filter(|c| !c.is_ascii_whitespace() && *c != b'=') {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return Err(format!("invalid base64 character {:?}", c as char)),
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

/// The input bytes of a vector: `raw` as is, `rawBase64` decoded, `rawRepeat` (a list of
/// `[piece, times]`, for megabyte inputs; `{i}` in a piece becomes the repetition's index)
/// concatenated, or `input` serialised compactly by
/// serde_json.
pub fn input_bytes(v: &Value) -> Result<Vec<u8>, String> {
    if let Some(b64) = v.get("rawBase64") {
        return b64
            .as_str()
            .ok_or("rawBase64 must be a string")
            .map_err(str::to_owned)
            .and_then(base64_decode);
    }
    if let Some(parts) = v.get("rawRepeat") {
        let parts = parts.as_array().ok_or("rawRepeat must be an array")?;
        let mut out = Vec::new();
        for p in parts {
            let (Some(piece), Some(times)) = (
                p.get(0).and_then(Value::as_str),
                p.get(1).and_then(Value::as_u64),
            ) else {
                return Err(format!("rawRepeat element must be [string, count]: {p}"));
            };
            let times = usize::try_from(times).map_err(|e| e.to_string())?;
            if piece.contains("{i}") {
                // `{i}` is the repetition's index (0, 1, …): distinct keys, for example.
                for i in 0..times {
                    out.extend(piece.replace("{i}", &i.to_string()).into_bytes());
                }
            } else {
                out.extend(piece.as_bytes().repeat(times));
            }
        }
        return Ok(out);
    }
    if let Some(raw) = v.get("raw") {
        return raw
            .as_str()
            .map(|s| s.as_bytes().to_vec())
            .ok_or_else(|| "raw must be a string".to_owned());
    }
    match v.get("input") {
        Some(input) => serde_json::to_vec(input).map_err(|e| e.to_string()),
        None => Err("vector has neither input nor raw".to_owned()),
    }
}

/// Loads every `*.json` vector of a directory, sorted by file name.
pub fn load_dir(dir: &Path) -> Result<Vec<Vector>, String> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files.iter().map(|f| load_file(f)).collect()
}

/// Loads one vector file.
pub fn load_file(file: &Path) -> Result<Vector, String> {
    let text = fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let v: Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    let name = v
        .get("name")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| format!("{}: no name", file.display()))?;
    let expect = v
        .get("expect")
        .and_then(Value::as_array)
        .cloned()
        .ok_or_else(|| format!("{}: no expect array", file.display()))?;
    if expect.is_empty() {
        return Err(format!(
            "{}: expect is empty (a vector must assert something)",
            file.display()
        ));
    }
    let input = input_bytes(&v).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(Vector {
        file: file.to_path_buf(),
        name,
        input,
        expect,
    })
}

/// All vectors: shared first, then the project's.
pub fn all_vectors() -> Result<Vec<Vector>, String> {
    let mut v = load_dir(&shared_vectors_dir())?;
    let own = project_vectors_dir();
    if own.is_dir() {
        v.extend(load_dir(&own)?);
    }
    Ok(v)
}

/// Resolves a JSON Pointer; `None` when absent.
pub fn pointer<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    if path.is_empty() {
        Some(doc)
    } else {
        doc.pointer(path)
    }
}

fn includes(element: &Value, fields: &Value) -> bool {
    match fields.as_object() {
        Some(map) => map.iter().all(|(k, want)| {
            let got = element.get(k).unwrap_or(&Value::Null);
            got == want
        }),
        None => false,
    }
}

/// Checks one assertion against an output document; `Err` says what differs.
pub fn check(doc: &Value, assertion: &Value) -> Result<(), String> {
    let path = assertion
        .get("path")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("assertion without path: {assertion}"))?;
    let got = pointer(doc, path);
    if let Some(want) = assertion.get("equals") {
        let got = got.unwrap_or(&Value::Null);
        return if got == want {
            Ok(())
        } else {
            Err(format!("{path}: expected {want}, got {got}"))
        };
    }
    if let Some(want) = assertion.get("notEquals") {
        let got = got.unwrap_or(&Value::Null);
        return if got != want {
            Ok(())
        } else {
            Err(format!("{path}: expected anything but {want}"))
        };
    }
    if let Some(find) = assertion.get("find") {
        let arr = got.and_then(Value::as_array).ok_or_else(|| {
            format!(
                "{path}: expected an array, got {}",
                got.unwrap_or(&Value::Null)
            )
        })?;
        let Some(element) = arr.iter().find(|e| includes(e, find)) else {
            return Err(format!(
                "{path}: no element with {find}; have {}",
                Value::Array(arr.clone())
            ));
        };
        if let Some(has) = assertion.get("has") {
            if !includes(element, has) {
                let diffs: Vec<String> = has
                    .as_object()
                    .map(|m| {
                        m.iter()
                            .filter(|(k, v)| element.get(k.as_str()).unwrap_or(&Value::Null) != *v)
                            .map(|(k, v)| {
                                format!(
                                    "{k}: expected {v}, got {}",
                                    element.get(k.as_str()).unwrap_or(&Value::Null)
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                return Err(format!("{path} element {find}: {}", diffs.join("; ")));
            }
        }
        return Ok(());
    }
    Err(format!(
        "assertion has no equals/notEquals/find: {assertion}"
    ))
}

/// Error codes of CONTRACT.md (`ErrorCode` in core); an ErrorReport uses no other.
pub const ERROR_CODES: &[&str] = &[
    "invalidJson",
    "unsupportedSchemaVersion",
    "unknownField",
    "wrongType",
    "invalidDate",
    "invalidInstant",
    "invalidCountry",
    "outOfRange",
    "inconsistent",
    "tooLarge",
    "missingField",
    "invalidValue",
    "tooManyErrors",
];

/// Checks that `json` is a well-formed Assessment (`ok`) or ErrorReport (`!ok`) of CONTRACT.md;
/// `Err` says why not.
pub fn well_formed(ok: bool, json: &str) -> Result<(), String> {
    let doc: Value = serde_json::from_str(json).map_err(|e| format!("not JSON ({e})"))?;
    let obj = doc.as_object().ok_or("not an object")?;
    if obj.get("schemaVersion") != Some(&Value::from(1)) {
        return Err("schemaVersion is not 1".into());
    }
    if ok {
        for key in [
            "engine",
            "regime",
            "deadlines",
            "explanation",
            "missingFacts",
        ] {
            if !obj.contains_key(key) {
                return Err(format!("assessment without {key}"));
            }
        }
        if obj.contains_key("errors") {
            return Err("assessment with errors".into());
        }
        return Ok(());
    }
    let errors = obj
        .get("errors")
        .and_then(Value::as_array)
        .ok_or("report without errors array")?;
    if errors.is_empty() {
        return Err("empty errors array".into());
    }
    for e in errors {
        let code = e.get("code").and_then(Value::as_str).unwrap_or("");
        if !ERROR_CODES.contains(&code) {
            return Err(format!("unknown error code {code:?}"));
        }
        let path = e
            .get("path")
            .and_then(Value::as_str)
            .ok_or("error without path")?;
        if !(path.is_empty() || path.starts_with('/')) {
            return Err(format!("path {path:?} is not a JSON Pointer"));
        }
        if e.get("message")
            .and_then(Value::as_str)
            .is_none_or(str::is_empty)
        {
            return Err("error without message".into());
        }
    }
    Ok(())
}

/// Checks a vector against an output; returns every failed assertion.
pub fn check_vector(v: &Vector, output: &str) -> Vec<String> {
    let doc: Value = match serde_json::from_str(output) {
        Ok(d) => d,
        Err(e) => return vec![format!("output is not JSON ({e}): {output}")],
    };
    v.expect
        .iter()
        .filter_map(|a| check(&doc, a).err())
        .collect()
}

/// A readable line-by-line diff of two outputs (pretty-printed), for cross-surface mismatches.
pub fn diff(a: &str, b: &str) -> String {
    let pretty = |s: &str| {
        serde_json::from_str::<Value>(s)
            .ok()
            .and_then(|v| serde_json::to_string_pretty(&v).ok())
            .unwrap_or_else(|| s.to_owned())
    };
    let (pa, pb) = (pretty(a), pretty(b));
    let (la, lb): (Vec<&str>, Vec<&str>) = (pa.lines().collect(), pb.lines().collect());
    let mut out = String::new();
    for i in 0..la.len().max(lb.len()) {
        let (x, y) = (
            la.get(i).copied().unwrap_or(""),
            lb.get(i).copied().unwrap_or(""),
        );
        if x != y {
            out.push_str(&format!("line {}:\n  - {x}\n  + {y}\n", i + 1));
            if out.len() > 4000 {
                out.push_str("  …\n");
                break;
            }
        }
    }
    out
}
