//! Properties of `evaluate_json` over generated inputs (proptest):
//! - it never panics, whatever the bytes: arbitrary JSON values, case-shaped objects with
//!   hostile values in every fact, and byte- and value-level mutations of the real vectors;
//! - its output is always a well-formed Assessment or ErrorReport (CONTRACT.md);
//! - it is deterministic: the same bytes give the same output, byte for byte.
//!
//! `PROPTEST_CASES` raises the number of cases (default 256 per property).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::OnceLock;

use migratiepact_conformance::{all_vectors, well_formed};
use proptest::prelude::*;
use serde_json::{Map, Number, Value};

/// Evaluates and checks the three properties; `Err` describes the violation with the input.
fn evaluate_checked(input: &[u8]) -> Result<migratiepact_core::JsonOutput, TestCaseError> {
    let first = migratiepact_core::evaluate_json(input);
    let show = || String::from_utf8_lossy(&input[..input.len().min(2000)]).into_owned();
    if let Err(e) = well_formed(first.ok, &first.json) {
        return Err(TestCaseError::fail(format!(
            "output not well-formed ({e}) for input {}\noutput: {}",
            show(),
            first.json
        )));
    }
    let second = migratiepact_core::evaluate_json(input);
    if second != first {
        return Err(TestCaseError::fail(format!(
            "not deterministic for input {}",
            show()
        )));
    }
    Ok(first)
}

/// Any JSON value (bounded size), including numbers of every kind and odd strings.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,40}".prop_map(Value::String),
        arb_moment().prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((arb_key(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Keys: mostly the contract's own, sometimes anything.
fn arb_key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(KEYS).prop_map(str::to_owned),
        1 => ".{0,12}",
    ]
}

/// Every key of the Case contract (all sections), so generated objects reach the decoders.
const KEYS: &[&str] = &[
    "schemaVersion",
    "caseId",
    "asOf",
    "locale",
    "applicant",
    "application",
    "grounds",
    "screening",
    "dublin",
    "decision",
    "legacy",
    "dateOfBirth",
    "nationality",
    "unaccompaniedMinor",
    "familyWithMinors",
    "borderSupportUnavailable",
    "medicalReasonsAgainstBorder",
    "detentionGuaranteesUnmet",
    "madeAt",
    "registeredAt",
    "lodgedAt",
    "situation",
    "borderLocation",
    "subsequent",
    "detained",
    "madeToOtherAuthority",
    "irrelevantIssuesOnly",
    "inconsistentStatements",
    "misledAuthorities",
    "delayRemovalOnly",
    "safeCountryOfOrigin",
    "dangerToSecurityOrPublicOrder",
    "subsequentNotInadmissible",
    "irregularEntryNoPromptApplication",
    "lawfulEntryNoPromptApplication",
    "lowRecognitionRate",
    "inadmissible",
    "inadmissibleGround",
    "apprehendedAt",
    "startedAt",
    "biometricsTakenAt",
    "identityRegisteredAt",
    "securityCheckedAt",
    "healthCheckedAt",
    "vulnerabilityCheckedAt",
    "formCompletedAt",
    "stayedAtBorderOver72h",
    "previouslyScreened",
    "otherMemberStateResponsible",
    "requestType",
    "memberState",
    "eurodacHitAt",
    "requestSentAt",
    "acceptedAt",
    "appealDecidedAt",
    "transferDecisionNotifiedAt",
    "detainedAt",
    "imprisoned",
    "absconded",
    "kind",
    "notifiedAt",
    "rightToRemainEndedAt",
    "inGeneralProcedure",
    "intakeInterviewEndedAt",
    "generalProcedureStartedAt",
    "generalProcedureExtended",
    "extensionGround",
    "intendedDecisionAt",
    "borderNotifiedAt",
    "interviewAt",
    "nuisance",
    "suspectedFalseIdentity",
    "protectionElsewhere",
    "euNational",
    "familyCounterIndications",
    "responsibilityEstablishedAt",
];

/// Dates and instants around the edges: the calendar's range (1900..=2199), leap days, DST
/// changes, the regime cut-over, odd offsets, and impossible ones.
fn arb_moment() -> impl Strategy<Value = String> {
    let year = prop_oneof![
        3 => 2024i32..2030,
        1 => prop::sample::select(vec![0, 1582, 1899, 1900, 1901, 2198, 2199, 2200, 9999]),
        1 => 1890i32..2210,
    ];
    let month = prop_oneof![4 => 1u32..=12, 1 => 0u32..=13];
    let day = prop_oneof![4 => 1u32..=28, 1 => 28u32..=32, 1 => Just(0u32)];
    let date = (year, month, day).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
    let offset = prop_oneof![
        Just("Z".to_owned()),
        Just("+02:00".to_owned()),
        Just("+01:00".to_owned()),
        (0u32..=25, 0u32..=60, any::<bool>())
            .prop_map(|(h, m, neg)| format!("{}{h:02}:{m:02}", if neg { '-' } else { '+' })),
    ];
    let time =
        (0u32..=24, 0u32..=60, 0u32..=60).prop_map(|(h, m, s)| format!("{h:02}:{m:02}:{s:02}"));
    prop_oneof![
        2 => date.clone(),
        2 => (date, time, offset).prop_map(|(d, t, o)| format!("{d}T{t}{o}")),
        1 => ".{0,30}",
    ]
}

/// A value a fact of the contract might (wrongly or rightly) hold.
fn arb_fact() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => arb_moment().prop_map(Value::String),
        2 => any::<bool>().prop_map(Value::Bool),
        1 => Just(Value::Null),
        1 => prop::sample::select(ENUM_VALUES).prop_map(Value::from),
        1 => prop::sample::select(vec!["SYR", "AFG", "TUR", "MAR", "XXA", "NL", "DE", "syr", ""])
            .prop_map(Value::from),
        1 => any::<i32>().prop_map(Value::from),
        1 => arb_json(),
    ]
}

const ENUM_VALUES: &[&str] = &[
    "borderCrossingPoint",
    "externalBorderApprehension",
    "searchAndRescue",
    "relocation",
    "territory",
    "schiphol",
    "terApel",
    "budel",
    "zevenaar",
    "takeCharge",
    "takeBack",
    "manifestlyUnfounded",
    "unfounded",
    "inadmissible",
    "dublinTransfer",
    "implicitWithdrawal",
    "withdrawal",
    "subsidiaryProtection",
    "refugeeStatus",
    "firstCountryOfAsylum",
    "safeThirdCountry",
    "protectionInOtherMemberState",
    "internationalCourtRelocation",
    "lateAfterReturnDecision",
    "subsequentWithoutNewElements",
    "aToE",
    "f",
    "g",
    "nl",
    "en",
];

/// The keys of each section.
const SECTIONS: &[(&str, &[&str])] = &[
    (
        "applicant",
        &[
            "dateOfBirth",
            "nationality",
            "unaccompaniedMinor",
            "familyWithMinors",
            "borderSupportUnavailable",
            "medicalReasonsAgainstBorder",
            "detentionGuaranteesUnmet",
        ],
    ),
    (
        "application",
        &[
            "madeAt",
            "registeredAt",
            "lodgedAt",
            "situation",
            "borderLocation",
            "subsequent",
            "detained",
            "madeToOtherAuthority",
        ],
    ),
    (
        "grounds",
        &[
            "irrelevantIssuesOnly",
            "inconsistentStatements",
            "misledAuthorities",
            "delayRemovalOnly",
            "safeCountryOfOrigin",
            "dangerToSecurityOrPublicOrder",
            "subsequentNotInadmissible",
            "irregularEntryNoPromptApplication",
            "lawfulEntryNoPromptApplication",
            "lowRecognitionRate",
            "inadmissible",
            "inadmissibleGround",
        ],
    ),
    (
        "screening",
        &[
            "apprehendedAt",
            "startedAt",
            "biometricsTakenAt",
            "identityRegisteredAt",
            "securityCheckedAt",
            "healthCheckedAt",
            "vulnerabilityCheckedAt",
            "formCompletedAt",
            "stayedAtBorderOver72h",
            "previouslyScreened",
        ],
    ),
    (
        "dublin",
        &[
            "otherMemberStateResponsible",
            "requestType",
            "memberState",
            "eurodacHitAt",
            "requestSentAt",
            "acceptedAt",
            "appealDecidedAt",
            "transferDecisionNotifiedAt",
            "detainedAt",
            "imprisoned",
            "absconded",
        ],
    ),
    (
        "decision",
        &[
            "kind",
            "notifiedAt",
            "rightToRemainEndedAt",
            "inGeneralProcedure",
        ],
    ),
    (
        "legacy",
        &[
            "intakeInterviewEndedAt",
            "generalProcedureStartedAt",
            "generalProcedureExtended",
            "extensionGround",
            "intendedDecisionAt",
            "borderNotifiedAt",
            "interviewAt",
            "nuisance",
            "suspectedFalseIdentity",
            "protectionElsewhere",
            "euNational",
            "familyCounterIndications",
            "responsibilityEstablishedAt",
        ],
    ),
];

/// A case-shaped object: schemaVersion 1 (mostly), each section present with a random subset of
/// its facts, each fact a random value. Reaches the law modules, not only the decoder.
fn arb_case() -> impl Strategy<Value = Value> {
    let sections: Vec<BoxedStrategy<Option<(String, Value)>>> = SECTIONS
        .iter()
        .map(|(name, keys)| {
            let keys: Vec<&'static str> = keys.to_vec();
            let facts = prop::collection::vec((prop::sample::select(keys), arb_fact()), 0..10);
            prop::option::weighted(0.8, facts)
                .prop_map(move |f| {
                    f.map(|kv| {
                        let map: Map<String, Value> =
                            kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
                        ((*name).to_owned(), Value::Object(map))
                    })
                })
                .boxed()
        })
        .collect();
    let version = prop_oneof![20 => Just(Value::from(1)), 1 => arb_json()];
    let as_of = prop::option::weighted(0.5, arb_moment());
    let locale = prop::option::of(prop::sample::select(vec!["nl", "en", "fr"]));
    (version, as_of, locale, sections).prop_map(|(v, as_of, locale, sections)| {
        let mut m = Map::new();
        m.insert("schemaVersion".into(), v);
        if let Some(a) = as_of {
            m.insert("asOf".into(), Value::String(a));
        }
        if let Some(l) = locale {
            m.insert("locale".into(), Value::from(l));
        }
        for (k, v) in sections.into_iter().flatten() {
            m.insert(k, v);
        }
        Value::Object(m)
    })
}

/// The inputs of every vector (shared and project) as bytes and (where JSON) values.
fn corpus() -> &'static [(Vec<u8>, Option<Value>)] {
    static CORPUS: OnceLock<Vec<(Vec<u8>, Option<Value>)>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        all_vectors()
            .expect("vectors load")
            .into_iter()
            .map(|v| {
                let value = serde_json::from_slice(&v.input).ok();
                (v.input, value)
            })
            .collect()
    })
}

/// A byte-level mutation of a real vector.
#[derive(Debug, Clone)]
enum ByteEdit {
    Flip(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Truncate(usize),
    Duplicate(usize, usize),
}

fn arb_byte_edit() -> impl Strategy<Value = ByteEdit> {
    let interesting = prop::sample::select(
        b"{}[]\",:0123456789-+TZ.\\ \x00\xff\xc3\xef\xbb\xbfnulltruefalse".to_vec(),
    );
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| ByteEdit::Flip(i, b)),
        (any::<usize>(), prop::collection::vec(interesting, 1..6))
            .prop_map(|(i, b)| ByteEdit::Insert(i, b)),
        (any::<usize>(), 1usize..20).prop_map(|(i, n)| ByteEdit::Delete(i, n)),
        any::<usize>().prop_map(ByteEdit::Truncate),
        (any::<usize>(), 1usize..64).prop_map(|(i, n)| ByteEdit::Duplicate(i, n)),
    ]
}

fn apply(bytes: &mut Vec<u8>, edit: &ByteEdit) {
    let len = bytes.len().max(1);
    match edit {
        ByteEdit::Flip(i, b) => {
            if let Some(x) = bytes.get_mut(i % len) {
                *x ^= b | 1;
            }
        }
        ByteEdit::Insert(i, b) => {
            let at = i % (bytes.len() + 1);
            bytes.splice(at..at, b.iter().copied());
        }
        ByteEdit::Delete(i, n) => {
            let at = i % len;
            let end = (at + n).min(bytes.len());
            if at < end {
                bytes.drain(at..end);
            }
        }
        ByteEdit::Truncate(i) => bytes.truncate(i % len),
        ByteEdit::Duplicate(i, n) => {
            let at = i % len;
            let end = (at + n).min(bytes.len());
            if at < end {
                let piece = bytes[at..end].to_vec();
                bytes.splice(end..end, piece);
            }
        }
    }
}

/// Replaces the value at a random position of a JSON tree (walking `path` choices) by `new`.
fn replace_somewhere(v: &mut Value, path: &[usize], new: Value) {
    let mut cur = v;
    for &choice in path {
        let next_is_leafy = match &*cur {
            Value::Object(m) if !m.is_empty() => false,
            Value::Array(a) if !a.is_empty() => false,
            _ => true,
        };
        if next_is_leafy {
            break;
        }
        cur = match cur {
            Value::Object(m) => {
                let n = m.len();
                match m.values_mut().nth(choice % n) {
                    Some(x) => x,
                    None => return,
                }
            }
            Value::Array(a) => {
                let n = a.len();
                match a.get_mut(choice % n) {
                    Some(x) => x,
                    None => return,
                }
            }
            _ => break,
        };
    }
    *cur = new;
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(256),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_json_values_never_panic(v in arb_json()) {
        let bytes = serde_json::to_vec(&v).unwrap();
        evaluate_checked(&bytes)?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        evaluate_checked(&bytes)?;
    }

    #[test]
    fn case_shaped_objects_never_panic(v in arb_case()) {
        let bytes = serde_json::to_vec(&v).unwrap();
        evaluate_checked(&bytes)?;
        // Whitespace does not change the answer.
        let pretty = serde_json::to_vec_pretty(&v).unwrap();
        let a = migratiepact_core::evaluate_json(&bytes);
        let b = migratiepact_core::evaluate_json(&pretty);
        prop_assert_eq!(a, b, "pretty-printing changed the answer for {}", v);
    }

    #[test]
    fn byte_mutations_of_vectors_never_panic(
        pick in any::<usize>(),
        edits in prop::collection::vec(arb_byte_edit(), 1..6),
    ) {
        let corpus = corpus();
        let mut bytes = corpus[pick % corpus.len()].0.clone();
        for e in &edits {
            apply(&mut bytes, e);
        }
        evaluate_checked(&bytes)?;
    }

    #[test]
    fn value_mutations_of_vectors_never_panic(
        pick in any::<usize>(),
        path in prop::collection::vec(any::<usize>(), 0..4),
        new in arb_fact(),
    ) {
        let corpus = corpus();
        let Some(mut v) = corpus[pick % corpus.len()].1.clone() else {
            return Ok(());
        };
        replace_somewhere(&mut v, &path, new);
        let bytes = serde_json::to_vec(&v).unwrap();
        evaluate_checked(&bytes)?;
    }

    #[test]
    fn key_order_does_not_change_the_answer(pick in any::<usize>()) {
        // serde_json (without preserve_order) sorts keys; reversing the text order of the
        // top-level keys by hand must give the same output.
        let corpus = corpus();
        let Some(Value::Object(m)) = corpus[pick % corpus.len()].1.clone() else {
            return Ok(());
        };
        let forward = serde_json::to_vec(&Value::Object(m.clone())).unwrap();
        let parts: Vec<String> = m
            .iter()
            .rev()
            .map(|(k, v)| format!("{}:{}", Value::String(k.clone()), v))
            .collect();
        let backward = format!("{{{}}}", parts.join(","));
        let a = migratiepact_core::evaluate_json(&forward);
        let b = migratiepact_core::evaluate_json(backward.as_bytes());
        prop_assert_eq!(a, b);
    }
}
