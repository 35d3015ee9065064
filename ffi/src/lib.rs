//! # migratiepact C ABI
//!
//! A thin C surface over `migratiepact_core` for legacy IND and COA systems: JSON in, JSON out
//! (`mp_evaluate_json`), an engine handle for a replacement parameter set (`mp_engine_*`), and
//! typed helpers that need no JSON (`mp_regime`, `mp_deadline`). There is no rule logic here:
//! every answer comes from the core, so the bytes a C caller gets are the bytes the Rust API
//! (`migratiepact_core::evaluate_json`) gives for the same input.
//!
//! Conventions (after rustls-ffi):
//! - every exported function runs inside a panic boundary (`catch_unwind`); a caught panic
//!   returns `MP_PANIC` (or NULL / nothing for functions without a status), never unwinds into C
//!   and never aborts the host;
//! - every pointer argument is checked for NULL (`MP_NULL_POINTER`);
//! - ownership of every pointer is stated on each function; each owned object has exactly one
//!   `_free` function, which accepts NULL;
//! - no global mutable state: every function is thread-safe.
//!
//! The header `include/migratiepact.h` is generated from this crate by cbindgen
//! (`ffi/tests/header.rs` fails when it is out of date; `MP_BLESS=1` rewrites it).
#![deny(unsafe_op_in_unsafe_fn)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

mod engine;
mod typed;

use std::ffi::{c_char, c_int, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;

use migratiepact_core::contract::decode::MAX_INPUT_BYTES;
use migratiepact_core::{evaluate_json_with, Options, Parameters};

pub use engine::{
    mp_engine_deadline, mp_engine_evaluate_json, mp_engine_free, mp_engine_new, mp_engine_regime,
    MpEngine,
};
pub use typed::{
    mp_deadline, mp_regime, MpDate, MpDeadlineRequest, MpDeadlineResult, MpLaw, MpProcedure,
    MpRegime, MpRegimeRequest, MpResponsibility, MP_EXPIRES_AT_LEN,
};

/// The result of every fallible function. Values are stable: new statuses get new numbers.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(
    clippy::enum_variant_names,
    reason = "variants are named for the C constants MP_OK, MP_INPUT_ERROR, …"
)]
pub enum MpStatus {
    /// Success. For `mp_evaluate_json`: `*out` holds an Assessment.
    MpOk = 0,
    /// The input was refused. For `mp_evaluate_json`: `*out` holds an ErrorReport
    /// (`{"schemaVersion":1,"errors":[…]}`) listing every problem found.
    MpInputError = 1,
    /// A required pointer argument was NULL. Nothing was allocated; `*out` (if `out` itself is
    /// not NULL) is set to NULL and `*out_len` (if not NULL) to 0.
    MpNullPointer = 2,
    /// The input is not UTF-8. For `mp_evaluate_json`: `*out` still holds the ErrorReport the
    /// Rust API gives for it (code `invalidJson`), so the output is byte-identical across
    /// surfaces; the status only tells the cause without parsing it.
    MpInvalidUtf8 = 3,
    /// The input is larger than 1 MiB (1 048 576 bytes). For `mp_evaluate_json`: `*out` still
    /// holds the ErrorReport (code `tooLarge`), as the Rust API gives it.
    MpTooLarge = 4,
    /// An argument is out of its domain: an impossible date, an unknown `MpLaw`, an invalid
    /// period string, a date outside 1900..2199, or a length over `PTRDIFF_MAX`. No output.
    MpInvalidArgument = 5,
    /// An internal error: a panic was caught at the boundary (a bug; please report it with the
    /// input). No output was produced and nothing was leaked across the boundary.
    MpPanic = 6,
}

/// Runs `f` inside the panic boundary: a panic becomes `MpPanic`.
pub(crate) fn boundary(f: impl FnOnce() -> MpStatus) -> MpStatus {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or(MpStatus::MpPanic)
}

/// Sets `*out = NULL` and `*out_len = 0` where those pointers are not NULL.
///
/// # Safety
/// `out` and `out_len` are NULL or valid for writes.
pub(crate) unsafe fn clear_out(out: *mut *mut c_char, out_len: *mut usize) {
    if !out.is_null() {
        // SAFETY: the caller guarantees `out` is valid for writes when not NULL.
        unsafe { out.write(ptr::null_mut()) };
    }
    if !out_len.is_null() {
        // SAFETY: as above, for `out_len`.
        unsafe { out_len.write(0) };
    }
}

/// Hands a Rust string to C as a NUL-terminated, library-owned string.
///
/// # Safety
/// `out` and `out_len` are non-NULL and valid for writes.
pub(crate) unsafe fn give_string(s: String, out: *mut *mut c_char, out_len: *mut usize) -> bool {
    let len = s.len();
    // JSON output never contains a raw NUL (JSON escapes every control character); refuse rather
    // than cut should one ever appear. The check runs on vector compares: `CString::new`'s scan
    // of a 10 KB answer cost about a tenth of the call's work once the engine got faster.
    if has_nul(s.as_bytes()) {
        return false;
    }
    let mut bytes = s.into_bytes();
    // `render` leaves room in its buffer, so the terminator does not grow the allocation.
    bytes.reserve_exact(1);
    bytes.push(0);
    // SAFETY: `bytes` ends with its only NUL (none before it, checked above).
    let c = unsafe { CString::from_vec_with_nul_unchecked(bytes) };
    // SAFETY: the caller guarantees both pointers are non-NULL and valid for writes.
    unsafe {
        out.write(c.into_raw());
        out_len.write(len);
    }
    true
}

/// Whether `bytes` contains a NUL byte: 64 bytes at a time, each block folded without an early
/// exit so that the compiler turns it into vector compares.
fn has_nul(bytes: &[u8]) -> bool {
    bytes
        .chunks(64)
        .any(|block| block.iter().fold(false, |found, b| found | (*b == 0)))
}

/// Borrows `len` bytes at `input`.
///
/// # Safety
/// `input` is non-NULL and valid for reads of `len` bytes for the returned lifetime.
pub(crate) unsafe fn input_bytes<'a>(input: *const c_char, len: usize) -> Option<&'a [u8]> {
    if len > isize::MAX as usize {
        return None;
    }
    // SAFETY: non-NULL and readable for `len` bytes (caller), `len` <= isize::MAX (checked);
    // u8 and c_char have the same layout and every bit pattern is valid.
    Some(unsafe { std::slice::from_raw_parts(input.cast::<u8>(), len) })
}

/// The status for a refused input, in the order the core checks: size, then UTF-8.
pub(crate) fn refusal_status(bytes: &[u8]) -> MpStatus {
    if bytes.len() > MAX_INPUT_BYTES {
        return MpStatus::MpTooLarge;
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if std::str::from_utf8(text).is_err() {
        MpStatus::MpInvalidUtf8
    } else {
        MpStatus::MpInputError
    }
}

/// Shared body of `mp_evaluate_json` and `mp_engine_evaluate_json`.
///
/// # Safety
/// As `mp_evaluate_json`.
pub(crate) unsafe fn evaluate_into(
    params: &Parameters,
    input: *const c_char,
    len: usize,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> MpStatus {
    // SAFETY: the caller's guarantees are those of `json_call`.
    unsafe {
        json_call(input, len, out, out_len, |bytes| {
            evaluate_json_with(bytes, params, Options::default())
        })
    }
}

/// Shared body of every JSON-in/JSON-out entry point: checks the pointers, runs `answer` on the
/// input bytes and hands the document to the caller with the status of its outcome.
///
/// # Safety
/// As `mp_evaluate_json`.
unsafe fn json_call(
    input: *const c_char,
    len: usize,
    out: *mut *mut c_char,
    out_len: *mut usize,
    answer: impl FnOnce(&[u8]) -> migratiepact_core::JsonOutput,
) -> MpStatus {
    // SAFETY: `out`/`out_len` are NULL or writable (function contract).
    unsafe { clear_out(out, out_len) };
    if input.is_null() || out.is_null() || out_len.is_null() {
        return MpStatus::MpNullPointer;
    }
    // SAFETY: `input` is non-NULL (checked) and readable for `len` bytes (function contract).
    let Some(bytes) = (unsafe { input_bytes(input, len) }) else {
        return MpStatus::MpInvalidArgument;
    };
    let result = answer(bytes);
    let status = if result.ok {
        MpStatus::MpOk
    } else {
        refusal_status(bytes)
    };
    // SAFETY: both pointers are non-NULL (checked) and writable (function contract).
    if unsafe { give_string(result.json, out, out_len) } {
        status
    } else {
        MpStatus::MpPanic
    }
}

/// Evaluates one case given as JSON (the contract's Case, schemaVersion 1) with the parameters
/// embedded in the library.
///
/// - `input`: `len` bytes of UTF-8 JSON, borrowed for the duration of the call. It need not be
///   NUL-terminated; a NUL byte inside it is part of the input. Must not be NULL, even when
///   `len` is 0 (an empty input gives `MP_INPUT_ERROR` with code `invalidJson`).
/// - `out`: on `MP_OK`, `MP_INPUT_ERROR`, `MP_INVALID_UTF8` and `MP_TOO_LARGE`, receives a
///   NUL-terminated JSON document (an Assessment on `MP_OK`, an ErrorReport otherwise) owned by
///   the caller, who must release it with `mp_string_free` (not `free`). On every other status
///   it receives NULL.
/// - `out_len`: receives the length of `*out` in bytes, without the terminating NUL (0 when
///   `*out` is NULL).
///
/// The output is byte-for-byte what `migratiepact_core::evaluate_json` returns for the same
/// bytes. Thread-safe; the library keeps no mutable state.
///
/// # Safety
/// `input` must be readable for `len` bytes; `out` and `out_len` must be NULL or valid for
/// writes.
#[no_mangle]
pub unsafe extern "C" fn mp_evaluate_json(
    input: *const c_char,
    len: usize,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> MpStatus {
    boundary(|| {
        // SAFETY: the caller's guarantees are those of `evaluate_into`.
        unsafe { evaluate_into(Parameters::embedded(), input, len, out, out_len) }
    })
}

/// Computes a Member State's fair share of an Annual Solidarity Pool (AMMR art. 12(2), 66 and
/// Annex I) from a JSON request (see `docs/solidarity.md` and `schema/solidarity-request.schema.json`).
///
/// Same ownership and statuses as `mp_evaluate_json`: `out` receives a share document on
/// `MP_OK`, an ErrorReport on `MP_INPUT_ERROR`, `MP_INVALID_UTF8` and `MP_TOO_LARGE`, to be
/// released with `mp_string_free`. The output is byte-for-byte what
/// `migratiepact_core::api::solidarity_json` returns. Thread-safe.
///
/// # Safety
/// `input` must be readable for `len` bytes; `out` and `out_len` must be NULL or valid for
/// writes.
#[no_mangle]
pub unsafe extern "C" fn mp_solidarity_json(
    input: *const c_char,
    len: usize,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> MpStatus {
    boundary(|| {
        // SAFETY: the caller's guarantees are those of `json_call`.
        unsafe {
            json_call(
                input,
                len,
                out,
                out_len,
                migratiepact_core::api::solidarity_json,
            )
        }
    })
}

/// Checks a replacement parameter file (the format of the embedded parameters) without making
/// an engine: `out` receives, on `MP_OK`, a summary (`{"counts":{…},"embedded":…,"name":…,
/// "ok":true,"parameters":"sha256:…"}`), and on `MP_INPUT_ERROR`, `MP_INVALID_UTF8` and
/// `MP_TOO_LARGE` the ErrorReport of every problem (codes and JSON Pointers into the file,
/// messages in Dutch), as `mp_engine_new` gives it. Same ownership as `mp_evaluate_json`;
/// byte-for-byte what `migratiepact_core::api::check_params_json` returns. Thread-safe.
///
/// # Safety
/// `input` must be readable for `len` bytes; `out` and `out_len` must be NULL or valid for
/// writes.
#[no_mangle]
pub unsafe extern "C" fn mp_check_params_json(
    input: *const c_char,
    len: usize,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> MpStatus {
    boundary(|| {
        // SAFETY: the caller's guarantees are those of `json_call`.
        unsafe {
            json_call(input, len, out, out_len, |bytes| {
                migratiepact_core::api::check_params_json(bytes, migratiepact_core::Locale::Nl)
            })
        }
    })
}

/// Releases a string this library returned (`mp_evaluate_json`, `mp_engine_evaluate_json`, the
/// ErrorReport of `mp_engine_new`, …). NULL is a no-op. Passing any other pointer, or the same
/// pointer twice, is undefined behaviour.
///
/// # Safety
/// `s` is NULL or a string returned by this library that has not been freed yet.
#[no_mangle]
pub unsafe extern "C" fn mp_string_free(s: *mut c_char) {
    let _ = catch_unwind(AssertUnwindSafe(|| {
        if !s.is_null() {
            // SAFETY: `s` came from `CString::into_raw` in this library and is freed once
            // (function contract).
            drop(unsafe { CString::from_raw(s) });
        }
    }));
}

/// The library version, e.g. "0.1.0" (equal to MP_VERSION_MAJOR.MINOR.PATCH). A static,
/// NUL-terminated string: never free it.
#[no_mangle]
pub extern "C" fn mp_version() -> *const c_char {
    static VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");
    VERSION.as_ptr().cast()
}

/// The name of a status, e.g. "MP_INPUT_ERROR", for logs; "MP_UNKNOWN_STATUS" for a value that is
/// not an `MpStatus`. A static, NUL-terminated string: never free it.
#[no_mangle]
pub extern "C" fn mp_status_name(status: c_int) -> *const c_char {
    let name: &'static str = match status {
        0 => "MP_OK\0",
        1 => "MP_INPUT_ERROR\0",
        2 => "MP_NULL_POINTER\0",
        3 => "MP_INVALID_UTF8\0",
        4 => "MP_TOO_LARGE\0",
        5 => "MP_INVALID_ARGUMENT\0",
        6 => "MP_PANIC\0",
        _ => "MP_UNKNOWN_STATUS\0",
    };
    name.as_ptr().cast()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_mp_panic() {
        assert_eq!(boundary(|| panic!("boom")), MpStatus::MpPanic);
        assert_eq!(boundary(|| MpStatus::MpOk), MpStatus::MpOk);
    }

    #[test]
    fn refusal_follows_the_core_order() {
        assert_eq!(refusal_status(b"{"), MpStatus::MpInputError);
        assert_eq!(refusal_status(b"\xff"), MpStatus::MpInvalidUtf8);
        assert_eq!(refusal_status(b"\xEF\xBB\xBF{"), MpStatus::MpInputError);
        let big = vec![0xffu8; MAX_INPUT_BYTES + 1];
        assert_eq!(refusal_status(&big), MpStatus::MpTooLarge);
    }

    #[test]
    fn engine_state_is_shareable() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<MpEngine>();
    }
}

#[cfg(test)]
mod has_nul_tests {
    #[test]
    fn finds_a_nul_at_every_position_of_every_length() {
        for len in 0..40 {
            assert!(!super::has_nul(&vec![b'x'; len]));
            for pos in 0..len {
                let mut v = vec![0xffu8; len];
                v[pos] = 0;
                assert!(super::has_nul(&v), "NUL at {pos} of {len}");
            }
        }
    }
}
