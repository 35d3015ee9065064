//! `mp_solidarity_json` gives byte-for-byte the core's solidarity answer, with the statuses of
//! `mp_evaluate_json`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, unsafe_code)]

use std::ffi::{c_char, CStr};

use migratiepact::{mp_solidarity_json, mp_string_free, MpStatus};

fn call(input: &[u8]) -> (MpStatus, String) {
    let mut out: *mut c_char = std::ptr::null_mut();
    let mut len = 0usize;
    // SAFETY: input is a valid slice; out/len are valid for writes.
    let status =
        unsafe { mp_solidarity_json(input.as_ptr().cast(), input.len(), &mut out, &mut len) };
    let text = if out.is_null() {
        String::new()
    } else {
        // SAFETY: the library returned a NUL-terminated string that we free exactly once.
        let s = unsafe { CStr::from_ptr(out) }.to_str().unwrap().to_owned();
        // SAFETY: `out` came from the library and is freed once.
        unsafe { mp_string_free(out) };
        s
    };
    (status, text)
}

#[test]
fn share_matches_the_core_byte_for_byte() {
    // Hand-computed: NL ½·½ + ½·¼ = 3/8 of 30 000 → 11 250 relocations.
    let input = br#"{"memberStates":[{"state":"NL","population":1,"gdp":1},{"state":"BE","population":1,"gdp":3}]}"#;
    let (status, json) = call(input);
    assert_eq!(status, MpStatus::MpOk);
    assert_eq!(json, migratiepact_core::api::solidarity_json(input).json);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["relocations"]["rounded"], "11250");
}

#[test]
fn bad_requests_give_an_error_report() {
    let (status, json) = call(b"{not json");
    assert_eq!(status, MpStatus::MpInputError);
    assert!(json.contains("invalidJson"));
    // SAFETY: NULL input is checked and refused.
    let status = unsafe {
        mp_solidarity_json(
            std::ptr::null(),
            0,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
        )
    };
    assert_eq!(status, MpStatus::MpNullPointer);
}
