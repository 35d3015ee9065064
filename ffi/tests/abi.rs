//! The C ABI called from Rust: every documented status, byte-identity with
//! `migratiepact_core::evaluate_json` on every vector, and 8 threads at once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(
    clippy::undocumented_unsafe_blocks,
    reason = "tests pass valid pointers throughout"
)]

use std::ffi::{c_char, CStr};
use std::path::{Path, PathBuf};
use std::ptr;

use migratiepact::*;
use migratiepact_core::evaluate_json;

/// Calls `mp_evaluate_json` and copies the output (freeing it).
fn call(input: &[u8]) -> (MpStatus, Option<Vec<u8>>) {
    let mut out: *mut c_char = ptr::null_mut();
    let mut len = usize::MAX;
    // A non-NULL pointer even for an empty input.
    let base = if input.is_empty() {
        b"".as_ptr()
    } else {
        input.as_ptr()
    };
    let st = unsafe { mp_evaluate_json(base.cast(), input.len(), &mut out, &mut len) };
    if out.is_null() {
        assert_eq!(len, 0);
        return (st, None);
    }
    let bytes = unsafe { CStr::from_ptr(out) }.to_bytes().to_vec();
    assert_eq!(
        bytes.len(),
        len,
        "out_len must be the length without the NUL"
    );
    unsafe { mp_string_free(out) };
    (st, Some(bytes))
}

/// Every vector input, as the conformance runner sends it.
fn vector_inputs() -> Vec<(String, Vec<u8>)> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs: [PathBuf; 2] = [
        manifest.join("../tests/vectors/public"),
        manifest.join("../tests/vectors"),
    ];
    let mut out = Vec::new();
    for dir in dirs {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for f in files {
            let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&f).unwrap()).unwrap();
            let input = match (v.get("raw").and_then(|r| r.as_str()), v.get("input")) {
                (Some(raw), _) => raw.as_bytes().to_vec(),
                (None, Some(input)) => serde_json::to_vec(input).unwrap(),
                _ => continue,
            };
            out.push((f.display().to_string(), input));
        }
    }
    out
}

#[test]
fn outputs_are_byte_identical_to_the_rust_api() {
    let inputs = vector_inputs();
    assert!(!inputs.is_empty());
    for (name, input) in &inputs {
        let expected = evaluate_json(input);
        let (st, out) = call(input);
        assert_eq!(out.as_deref(), Some(expected.json.as_bytes()), "{name}");
        if expected.ok {
            assert_eq!(st, MpStatus::MpOk, "{name}");
        } else {
            assert!(
                matches!(
                    st,
                    MpStatus::MpInputError | MpStatus::MpInvalidUtf8 | MpStatus::MpTooLarge
                ),
                "{name}: {st:?}"
            );
        }
    }
}

#[test]
fn eight_threads_give_identical_results() {
    let inputs = vector_inputs();
    let expected: Vec<Vec<u8>> = inputs
        .iter()
        .map(|(_, i)| evaluate_json(i).json.into_bytes())
        .collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|t| {
                let (inputs, expected) = (&inputs, &expected);
                s.spawn(move || {
                    for round in 0..2 {
                        for k in 0..inputs.len() {
                            let i = (k + t * 3 + round) % inputs.len();
                            let (_, out) = call(&inputs[i].1);
                            assert_eq!(
                                out.as_deref(),
                                Some(expected[i].as_slice()),
                                "{}",
                                inputs[i].0
                            );
                        }
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
    });
}

#[test]
fn documented_statuses() {
    // empty input: an ErrorReport (invalidJson)
    let (st, out) = call(b"");
    assert_eq!(st, MpStatus::MpInputError);
    assert!(String::from_utf8(out.unwrap())
        .unwrap()
        .contains(r#""code":"invalidJson""#));
    // invalid UTF-8: its own status, the same ErrorReport as the Rust API
    let bad = b"{\"schemaVersion\":1,\"caseId\":\"\xff\"}";
    let (st, out) = call(bad);
    assert_eq!(st, MpStatus::MpInvalidUtf8);
    assert_eq!(out.unwrap(), evaluate_json(bad).json.into_bytes());
    // oversized: its own status, the tooLarge report
    let big = vec![b' '; 1024 * 1024 + 1];
    let (st, out) = call(&big);
    assert_eq!(st, MpStatus::MpTooLarge);
    assert!(String::from_utf8(out.unwrap())
        .unwrap()
        .contains("tooLarge"));
    // NULL pointers
    let mut out: *mut c_char = 8 as *mut c_char;
    let mut len = 5usize;
    let st = unsafe { mp_evaluate_json(ptr::null(), 0, &mut out, &mut len) };
    assert_eq!((st, out.is_null(), len), (MpStatus::MpNullPointer, true, 0));
    let input = b"{}";
    let st = unsafe { mp_evaluate_json(input.as_ptr().cast(), 2, ptr::null_mut(), &mut len) };
    assert_eq!(st, MpStatus::MpNullPointer);
    let st = unsafe { mp_evaluate_json(input.as_ptr().cast(), 2, &mut out, ptr::null_mut()) };
    assert_eq!((st, out.is_null()), (MpStatus::MpNullPointer, true));
    // a length no buffer can have
    let st = unsafe { mp_evaluate_json(input.as_ptr().cast(), usize::MAX, &mut out, &mut len) };
    assert_eq!((st, out.is_null()), (MpStatus::MpInvalidArgument, true));
    // frees accept NULL
    unsafe {
        mp_string_free(ptr::null_mut());
        mp_engine_free(ptr::null_mut());
    }
    let name = unsafe { CStr::from_ptr(mp_status_name(4)) };
    assert_eq!(name.to_str().unwrap(), "MP_TOO_LARGE");
}

#[test]
fn engine_with_embedded_parameters_matches_the_default() {
    // The embedded parameter file, loaded as a replacement set: same bytes, same output.
    let params = migratiepact_core::params::DEFAULT_JSON.as_bytes();
    let mut engine: *mut MpEngine = ptr::null_mut();
    let mut err: *mut c_char = ptr::null_mut();
    let mut err_len = 0usize;
    let st = unsafe {
        mp_engine_new(
            params.as_ptr().cast(),
            params.len(),
            &mut engine,
            &mut err,
            &mut err_len,
        )
    };
    assert_eq!(
        st,
        MpStatus::MpOk,
        "{:?}",
        (!err.is_null()).then(|| unsafe { CStr::from_ptr(err) })
    );
    assert!(err.is_null());
    for (name, input) in vector_inputs() {
        let mut out: *mut c_char = ptr::null_mut();
        let mut len = 0usize;
        let base = if input.is_empty() {
            b"".as_ptr()
        } else {
            input.as_ptr()
        };
        unsafe { mp_engine_evaluate_json(engine, base.cast(), input.len(), &mut out, &mut len) };
        let got = unsafe { CStr::from_ptr(out) }.to_bytes().to_vec();
        unsafe { mp_string_free(out) };
        assert_eq!(got, evaluate_json(&input).json.into_bytes(), "{name}");
    }
    unsafe { mp_engine_free(engine) };

    // a refused file: a message, no engine
    let bad = br#"{"nope":1}"#;
    let st = unsafe {
        mp_engine_new(
            bad.as_ptr().cast(),
            bad.len(),
            &mut engine,
            &mut err,
            &mut err_len,
        )
    };
    assert_eq!(st, MpStatus::MpInputError);
    assert!(engine.is_null() && !err.is_null());
    let report = unsafe { CStr::from_ptr(err) }.to_bytes().to_vec();
    assert_eq!(report.len(), err_len);
    unsafe { mp_string_free(err) };
    // The refusal is the ErrorReport every surface gives for this file, not a text.
    assert_eq!(
        report,
        migratiepact_core::api::check_params_json(bad, migratiepact_core::Locale::Nl)
            .json
            .into_bytes()
    );
    let v: serde_json::Value = serde_json::from_slice(&report).unwrap();
    assert_eq!(v["schemaVersion"], 1);
    assert!(v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["code"] == "unknownField" && e["path"] == "/nope"));
}

#[test]
fn regime_helper_reads_the_assessment() {
    let date = |year, month, day| MpDate { year, month, day };
    let mut out = MpRegime {
        procedure: MpProcedure::MpProcedureUndetermined,
        responsibility: MpResponsibility::MpResponsibilityUndetermined,
        workstream: MpProcedure::MpProcedureUndetermined,
    };
    // Lodged 11-06-2026 (the day before the APR applies), registered 30-06-2026 would be after
    // lodging: use registered = lodged.
    let req = MpRegimeRequest {
        made_at: MpDate::default(),
        registered_at: date(2026, 6, 11),
        lodged_at: date(2026, 6, 11),
    };
    assert_eq!(unsafe { mp_regime(&req, &mut out) }, MpStatus::MpOk);
    assert_eq!(out.procedure, MpProcedure::MpProcedureLegacy);
    assert_eq!(
        out.responsibility,
        MpResponsibility::MpResponsibilityDublin3
    );
    // Lodged 12-06-2026: APR (art. 79(3)); registered 01-07-2026: AMMR (art. 84/85).
    let req = MpRegimeRequest {
        made_at: date(2026, 6, 12),
        registered_at: date(2026, 7, 1),
        lodged_at: date(2026, 7, 1),
    };
    assert_eq!(unsafe { mp_regime(&req, &mut out) }, MpStatus::MpOk);
    assert_eq!(out.procedure, MpProcedure::MpProcedurePact);
    assert_eq!(out.workstream, MpProcedure::MpProcedurePact);
    assert_eq!(out.responsibility, MpResponsibility::MpResponsibilityAmmr);
    // Nothing known: undetermined.
    let req = MpRegimeRequest::default();
    assert_eq!(unsafe { mp_regime(&req, &mut out) }, MpStatus::MpOk);
    assert_eq!(out.procedure, MpProcedure::MpProcedureUndetermined);
    assert_eq!(
        out.responsibility,
        MpResponsibility::MpResponsibilityUndetermined
    );
    // An impossible date, NULLs.
    let req = MpRegimeRequest {
        lodged_at: date(2026, 2, 30),
        ..MpRegimeRequest::default()
    };
    assert_eq!(
        unsafe { mp_regime(&req, &mut out) },
        MpStatus::MpInvalidArgument
    );
    assert_eq!(
        unsafe { mp_regime(ptr::null(), &mut out) },
        MpStatus::MpNullPointer
    );
    assert_eq!(
        unsafe { mp_regime(&req, ptr::null_mut()) },
        MpStatus::MpNullPointer
    );
}

fn deadline(
    from: MpDate,
    time: Option<(u32, u32, i32)>,
    period: &CStr,
    law: MpLaw,
) -> (MpStatus, MpDeadlineResult) {
    let req = MpDeadlineRequest {
        from,
        has_time: time.is_some(),
        hour: time.map_or(0, |t| t.0),
        minute: time.map_or(0, |t| t.1),
        second: 0,
        utc_offset_seconds: time.map_or(0, |t| t.2),
        period: period.as_ptr(),
        law: law as u32,
    };
    let mut out = MpDeadlineResult {
        due: MpDate::default(),
        unextended_due: MpDate::default(),
        expires_at_unix: 0,
        expires_at_utc_offset: 0,
        expires_at: [0; MP_EXPIRES_AT_LEN],
        extended: false,
    };
    let st = unsafe { mp_deadline(&req, &mut out) };
    (st, out)
}

#[test]
fn deadline_helper_computes_with_the_core_calendar() {
    let d = |year, month, day| MpDate { year, month, day };
    // Eurodac 72 hours from 01-09-2026 10:15 CEST: PR 3(1) starts at the next full hour (11:00),
    // 72 elapsed hours end 04-09-2026 11:00, never extended.
    let (st, r) = deadline(
        d(2026, 9, 1),
        Some((10, 15, 7200)),
        c"PT72H",
        MpLaw::MpLawEu,
    );
    assert_eq!(st, MpStatus::MpOk);
    let text = unsafe { CStr::from_ptr(r.expires_at.as_ptr()) }
        .to_str()
        .unwrap();
    assert_eq!(text, "2026-09-04T11:00:00+02:00");
    assert_eq!(r.expires_at_unix, 1_788_512_400); // 2026-09-04T09:00:00Z
    assert_eq!(r.expires_at_utc_offset, 7200);
    assert!(!r.extended);
    // 5 days from Monday 31-08-2026 under PR 1182/71 end Saturday 05-09-2026: PR 3(4) moves the
    // end to Monday 07-09-2026.
    let (st, r) = deadline(d(2026, 8, 31), None, c"P5D", MpLaw::MpLawEu);
    assert_eq!(st, MpStatus::MpOk);
    assert_eq!(
        (r.due, r.unextended_due, r.extended),
        (d(2026, 9, 7), d(2026, 9, 5), true)
    );
    // The same under Dutch law (Awb 6:8, Atw 1): also Monday 07-09-2026.
    let (st, r) = deadline(d(2026, 8, 31), None, c"P5D", MpLaw::MpLawNl);
    assert_eq!(st, MpStatus::MpOk);
    assert_eq!(r.due, d(2026, 9, 7));
    // Errors.
    assert_eq!(
        deadline(d(2026, 8, 31), None, c"P5X", MpLaw::MpLawEu).0,
        MpStatus::MpInvalidArgument
    );
    assert_eq!(
        deadline(d(2026, 13, 1), None, c"P5D", MpLaw::MpLawEu).0,
        MpStatus::MpInvalidArgument
    );
    assert_eq!(
        deadline(d(1850, 1, 1), None, c"P5D", MpLaw::MpLawEu).0,
        MpStatus::MpInvalidArgument
    );
    assert_eq!(
        deadline(d(2026, 8, 31), Some((25, 0, 0)), c"P5D", MpLaw::MpLawEu).0,
        MpStatus::MpInvalidArgument
    );
    assert_eq!(
        deadline(d(2026, 8, 31), None, c"\xff", MpLaw::MpLawEu).0,
        MpStatus::MpInvalidUtf8
    );
    let mut req_out = std::mem::MaybeUninit::<MpDeadlineResult>::uninit();
    assert_eq!(
        unsafe { mp_deadline(ptr::null(), req_out.as_mut_ptr()) },
        MpStatus::MpNullPointer
    );
}
