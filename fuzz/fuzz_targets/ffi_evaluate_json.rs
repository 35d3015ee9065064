//! The C entry point `mp_evaluate_json` (crate `migratiepact-ffi`, linked as an rlib) on
//! arbitrary bytes: never reports a caught panic, always hands out a NUL-terminated document of
//! the stated length that is byte for byte the Rust API's answer, with the status that matches it,
//! and `mp_string_free` releases it (leaks show up under the fuzzer's LeakSanitizer).
#![no_main]

use std::ffi::{c_char, CStr};
use std::ptr;

use libfuzzer_sys::fuzz_target;
use migratiepact::{mp_evaluate_json, mp_string_free, MpStatus};

fuzz_target!(|data: &[u8]| {
    let mut out: *mut c_char = ptr::null_mut();
    let mut out_len: usize = usize::MAX;
    // SAFETY: `data` is readable for `data.len()` bytes; `out`/`out_len` are valid for writes.
    let status =
        unsafe { mp_evaluate_json(data.as_ptr().cast(), data.len(), &mut out, &mut out_len) };
    assert_ne!(
        status,
        MpStatus::MpPanic,
        "a panic was caught at the C boundary"
    );
    assert!(!out.is_null(), "no output for status {status:?}");
    // SAFETY: on these statuses `out` is a NUL-terminated string owned by us.
    let bytes = unsafe { CStr::from_ptr(out) }.to_bytes().to_vec();
    // SAFETY: `out` came from mp_evaluate_json and is freed once.
    unsafe { mp_string_free(out) };
    assert_eq!(bytes.len(), out_len, "out_len is not the length of *out");
    let rust = migratiepact_core::evaluate_json(data);
    assert_eq!(bytes, rust.json.as_bytes(), "C and Rust outputs differ");
    match status {
        MpStatus::MpOk => assert!(rust.ok),
        MpStatus::MpInputError | MpStatus::MpInvalidUtf8 | MpStatus::MpTooLarge => {
            assert!(!rust.ok)
        }
        other => panic!("unexpected status {other:?}"),
    }
});
