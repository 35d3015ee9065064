//! Writing the output: compact JSON, byte for byte what `serde_json::to_string` writes, with a
//! fast path for the strings that need no escaping.
//!
//! Why not plain `serde_json`: an assessment is ~10 KB in some 700 strings (every conclusion
//! carries its basis: act, article and URI), and `serde_json` examines each string one byte at a
//! time — measured at 40 % of all the work of `evaluate_json`. Nearly none of these strings
//! holds a character JSON must escape, so this serializer checks eight bytes at a time and copies
//! the string whole; a string that does need escaping is handed to `serde_json`, so the escaping
//! rules *are* `serde_json`'s. Numbers are written by `serde_json` too. Everything else (commas,
//! brackets, `null`, enum variants as strings) follows `serde_json`'s compact formatter, and the
//! conformance tests compare the two byte for byte on every vector (`tests/tests/encode.rs`) and
//! on generated values (the property test below).

use serde::ser::{self, Serialize};

/// Serialises `value` as compact JSON into `out` (appending).
pub fn to_writer<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    value.serialize(&mut Encoder { out })
}

/// Serialises `value` as compact JSON.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = Vec::with_capacity(1024);
    to_writer(&mut out, value)?;
    String::from_utf8(out).map_err(|e| Error(e.to_string()))
}

/// Why a value could not be written (a map with a key that is not a string or a number, or an
/// error raised by a `Serialize` implementation).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Error(String);

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error(e.to_string())
    }
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Whether JSON needs any character of `s` escaped: a control character, `"` or `\`.
fn needs_escape(s: &[u8]) -> bool {
    const QUOTE: u64 = LO.wrapping_mul(b'"' as u64);
    const BACKSLASH: u64 = LO.wrapping_mul(b'\\' as u64);
    const SPACE: u64 = LO.wrapping_mul(0x20);
    let hit = |w: u64| {
        let q = w ^ QUOTE;
        let b = w ^ BACKSLASH;
        ((w.wrapping_sub(SPACE) & !w) | (q.wrapping_sub(LO) & !q) | (b.wrapping_sub(LO) & !b)) & HI
            != 0
    };
    let mut words = s.chunks_exact(8);
    for chunk in &mut words {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        // One test for the three cases, after the "has less than" / "has zero byte" word tricks
        // (exact for "any byte"): a byte below 0x20, or a byte that is zero after xor with '"'
        // or with '\\'.
        if hit(u64::from_le_bytes(bytes)) {
            return true;
        }
    }
    // The last 0–7 bytes, padded with a letter that never needs escaping: one more word test
    // instead of a loop over bytes (most strings here — keys, acts, articles — are that short).
    let rest = words.remainder();
    let mut bytes = [b'a'; 8];
    bytes[..rest.len()].copy_from_slice(rest);
    hit(u64::from_le_bytes(bytes))
}

struct Encoder<'a> {
    out: &'a mut Vec<u8>,
}

impl Encoder<'_> {
    fn string(&mut self, s: &str) -> Result<(), Error> {
        if needs_escape(s.as_bytes()) {
            serde_json::to_writer(&mut *self.out, s)?;
        } else {
            self.out.reserve(s.len() + 2);
            self.out.push(b'"');
            self.out.extend_from_slice(s.as_bytes());
            self.out.push(b'"');
        }
        Ok(())
    }

    fn number<T: Serialize>(&mut self, v: T) -> Result<(), Error> {
        serde_json::to_writer(&mut *self.out, &v)?;
        Ok(())
    }

    /// `{"variant":` — the opening of an externally tagged variant with content.
    fn open_variant(&mut self, variant: &str) -> Result<(), Error> {
        self.out.push(b'{');
        self.string(variant)?;
        self.out.push(b':');
        Ok(())
    }
}

/// A sequence or map being written: whether the next element is the first.
struct Compound<'a, 'b> {
    enc: &'b mut Encoder<'a>,
    first: bool,
    /// Closing bytes: `]`, `}`, or `]}` / `}}` for a variant's content.
    close: &'static [u8],
}

impl Compound<'_, '_> {
    fn comma(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.enc.out.push(b',');
        }
    }

    fn end(self) {
        self.enc.out.extend_from_slice(self.close);
    }
}

impl<'a, 'b> ser::Serializer for &'b mut Encoder<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, 'b>;
    type SerializeTuple = Compound<'a, 'b>;
    type SerializeTupleStruct = Compound<'a, 'b>;
    type SerializeTupleVariant = Compound<'a, 'b>;
    type SerializeMap = Compound<'a, 'b>;
    type SerializeStruct = Compound<'a, 'b>;
    type SerializeStructVariant = Compound<'a, 'b>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0u8; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.string(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.open_variant(variant)?;
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a, 'b>, Error> {
        self.out.push(b'[');
        Ok(Compound {
            enc: self,
            first: true,
            close: b"]",
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, 'b>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'a, 'b>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, 'b>, Error> {
        self.open_variant(variant)?;
        self.out.push(b'[');
        Ok(Compound {
            enc: self,
            first: true,
            close: b"]}",
        })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a, 'b>, Error> {
        self.out.push(b'{');
        Ok(Compound {
            enc: self,
            first: true,
            close: b"}",
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a, 'b>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, 'b>, Error> {
        self.open_variant(variant)?;
        self.out.push(b'{');
        Ok(Compound {
            enc: self,
            first: true,
            close: b"}}",
        })
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.enc)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        // Keys go through serde_json's own key rules (strings as they are, numbers quoted,
        // anything else refused) — written straight into the output.
        key.serialize(KeyEncoder {
            enc: &mut *self.enc,
        })
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.enc.out.push(b':');
        value.serialize(&mut *self.enc)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.comma();
        self.enc.string(key)?;
        self.enc.out.push(b':');
        value.serialize(&mut *self.enc)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self);
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self);
        Ok(())
    }
}

/// A map key: a string is written as one; anything else is written as `serde_json` would write
/// it as a key (numbers quoted; other types refused with `serde_json`'s error).
struct KeyEncoder<'a, 'b> {
    enc: &'b mut Encoder<'a>,
}

impl KeyEncoder<'_, '_> {
    fn via_serde_json<T: Serialize + ?Sized>(self, key: &T) -> Result<(), Error> {
        // serde_json writes a one-entry map `{"key":null}` with its key rules; keep the key.
        let mut map = std::collections::BTreeMap::new();
        map.insert(SerdeJsonKey(key), ());
        let text = serde_json::to_string(&map)?;
        let inner = text
            .strip_prefix('{')
            .and_then(|t| t.strip_suffix(":null}"))
            .ok_or_else(|| Error(format!("unexpected key encoding {text}")))?;
        self.enc.out.extend_from_slice(inner.as_bytes());
        Ok(())
    }
}

/// Borrowed key for [`KeyEncoder::via_serde_json`]; ordering is irrelevant (one entry).
struct SerdeJsonKey<'k, T: ?Sized>(&'k T);

impl<T: Serialize + ?Sized> Serialize for SerdeJsonKey<'_, T> {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}
impl<T: ?Sized> PartialEq for SerdeJsonKey<'_, T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
impl<T: ?Sized> Eq for SerdeJsonKey<'_, T> {}
impl<T: ?Sized> PartialOrd for SerdeJsonKey<'_, T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl<T: ?Sized> Ord for SerdeJsonKey<'_, T> {
    fn cmp(&self, _: &Self) -> std::cmp::Ordering {
        std::cmp::Ordering::Equal
    }
}

macro_rules! key_via_serde_json {
    ($($method:ident: $ty:ty),* $(,)?) => {
        $(fn $method(self, v: $ty) -> Result<(), Error> {
            self.via_serde_json(&v)
        })*
    };
}

impl ser::Serializer for KeyEncoder<'_, '_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.enc.string(v)
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.enc.string(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    key_via_serde_json!(
        serialize_bool: bool,
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_i128: i128,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
        serialize_u128: u128,
        serialize_f32: f32,
        serialize_f64: f64,
        serialize_char: char,
    );
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        self.via_serde_json(v)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.via_serde_json(&None::<()>)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        self.via_serde_json(&Some(SerdeJsonKey(value)))
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.via_serde_json(&())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.via_serde_json(&())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(Error("key must be a string".to_owned()))
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(Error("key must be a string".to_owned()))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(Error("key must be a string".to_owned()))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(Error("key must be a string".to_owned()))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error("key must be a string".to_owned()))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(Error("key must be a string".to_owned()))
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        Err(Error("key must be a string".to_owned()))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error("key must be a string".to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    #[derive(Debug, Clone, Serialize)]
    #[serde(rename_all = "camelCase")]
    enum Kind {
        Plain,
        WithText(String),
        Pair(u32, String),
        Fields { a: Option<bool>, b: Vec<i64> },
    }

    #[derive(Debug, Clone, Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Sample {
        text: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        maybe: Option<String>,
        list: Vec<String>,
        kinds: Vec<Kind>,
        map: BTreeMap<String, u64>,
        int_keys: BTreeMap<i32, bool>,
        float: f64,
        unit: (),
        tuple: (u8, char, String),
        nothing: Option<u8>,
    }

    fn same<T: Serialize>(v: &T) {
        assert_eq!(to_string(v).unwrap(), serde_json::to_string(v).unwrap());
    }

    #[test]
    fn word_test_finds_every_character_that_needs_escaping_at_every_position() {
        for b in 0u8..=127 {
            let expected = b < 0x20 || b == b'"' || b == b'\\';
            // Every length (whole words and the padded tail) and every position in it.
            for len in 1..=20 {
                for pos in 0..len {
                    let mut s = vec![b'a'; len];
                    s[pos] = b;
                    assert_eq!(needs_escape(&s), expected, "byte {b:#x} at {pos} of {len}");
                }
            }
        }
        assert!(!needs_escape(b""));
        // Multi-byte UTF-8 never needs escaping.
        assert!(!needs_escape("é – “quoted” 🙂 ÿ".as_bytes()));
    }

    #[test]
    fn matches_serde_json_on_fixed_values() {
        same(&Sample {
            text: "plain".into(),
            maybe: Some("with \"quotes\", \\ and \u{1} \n\t\u{7f} \u{2028}".into()),
            list: vec![],
            kinds: vec![
                Kind::Plain,
                Kind::WithText("x".into()),
                Kind::Pair(7, "y".into()),
                Kind::Fields {
                    a: None,
                    b: vec![-1, 0, i64::MAX],
                },
            ],
            map: [("k\"1".to_owned(), 1u64), ("k2".to_owned(), u64::MAX)]
                .into_iter()
                .collect(),
            int_keys: [(-5, true), (12, false)].into_iter().collect(),
            float: 0.1 + 0.2,
            unit: (),
            tuple: (255, '"', String::new()),
            nothing: None,
        });
        same(&f64::NAN);
        same(&vec![Some(1.5e300), None]);
    }

    proptest! {
        #[test]
        fn matches_serde_json_on_any_strings(
            text in any::<String>(),
            list in proptest::collection::vec("[\\x00-\\x7f\\u{80}-\\u{10ffff}]{0,40}", 0..6),
            keys in proptest::collection::btree_map(any::<String>(), any::<u64>(), 0..4),
            maybe in proptest::option::of(any::<String>()),
            c in any::<char>(),
            float in any::<f64>(),
        ) {
            same(&Sample {
                text: text.clone(),
                maybe,
                list: list.clone(),
                kinds: vec![Kind::WithText(text.clone()), Kind::Pair(1, text)],
                map: keys,
                int_keys: BTreeMap::new(),
                float,
                unit: (),
                tuple: (0, c, list.concat()),
                nothing: None,
            });
        }
    }
}
