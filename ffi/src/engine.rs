//! `MpEngine`: an immutable handle holding a replacement parameter set.

use std::ffi::c_char;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;

use migratiepact_core::api;
use migratiepact_core::{render, Locale, Parameters};

use crate::typed::{deadline_into, regime_into};
use crate::{
    boundary, clear_out, evaluate_into, give_string, input_bytes, refusal_status,
    MpDeadlineRequest, MpDeadlineResult, MpRegime, MpRegimeRequest, MpStatus,
};

/// An engine with its own parameter set (cut-over dates, safe-country designations, equated
/// holidays …; the format of `core/params/`). Opaque. Created by `mp_engine_new`, released by
/// `mp_engine_free`. Immutable once created: one engine may be used from many threads at once.
pub struct MpEngine {
    params: Parameters,
}

/// Creates an engine from a parameter file (JSON, the format of the embedded parameters).
///
/// - `params_json`: `len` bytes, borrowed for the call (copied; not NUL-terminated). Not NULL.
/// - `out`: receives the new engine on `MP_OK`, NULL otherwise. The caller owns it and must
///   release it with `mp_engine_free`. Not NULL.
/// - `err_out`, `err_len` (both optional, may be NULL): on `MP_INPUT_ERROR` or
///   `MP_INVALID_UTF8`, `*err_out` receives the refusal as a NUL-terminated ErrorReport JSON
///   document (`{"schemaVersion":1,"errors":[…]}`: every problem with its code and the JSON
///   Pointer into the parameter file, as `mp_check_params_json` and every other surface give
///   it), owned by the caller (release it with `mp_string_free`), and `*err_len` its length;
///   NULL and 0 otherwise.
///
/// Returns `MP_OK`, `MP_INPUT_ERROR` (the file was refused), `MP_INVALID_UTF8`,
/// `MP_NULL_POINTER`, `MP_INVALID_ARGUMENT` (length over `PTRDIFF_MAX`) or `MP_PANIC`.
///
/// # Safety
/// `params_json` must be readable for `len` bytes; `out`, `err_out` and `err_len` must be NULL
/// or valid for writes.
#[no_mangle]
pub unsafe extern "C" fn mp_engine_new(
    params_json: *const c_char,
    len: usize,
    out: *mut *mut MpEngine,
    err_out: *mut *mut c_char,
    err_len: *mut usize,
) -> MpStatus {
    boundary(|| {
        if !out.is_null() {
            // SAFETY: `out` is non-NULL and writable (function contract).
            unsafe { out.write(ptr::null_mut()) };
        }
        // SAFETY: `err_out`/`err_len` are NULL or writable (function contract).
        unsafe { clear_out(err_out, err_len) };
        if params_json.is_null() || out.is_null() {
            return MpStatus::MpNullPointer;
        }
        // SAFETY: non-NULL (checked), readable for `len` bytes (function contract).
        let Some(bytes) = (unsafe { input_bytes(params_json, len) }) else {
            return MpStatus::MpInvalidArgument;
        };
        let refused = |status: MpStatus, message: String| {
            if !err_out.is_null() && !err_len.is_null() {
                // SAFETY: both non-NULL (checked) and writable (function contract).
                if !unsafe { give_string(message, err_out, err_len) } {
                    return MpStatus::MpPanic;
                }
            }
            status
        };
        match api::load_params(bytes, Locale::Nl) {
            Ok(params) => {
                let engine = Box::new(MpEngine { params });
                // SAFETY: `out` is non-NULL (checked) and writable (function contract).
                unsafe { out.write(Box::into_raw(engine)) };
                MpStatus::MpOk
            }
            Err(report) => {
                // The statuses of this function since 0.1: a file over 1 MiB is an input error.
                let status = match refusal_status(bytes) {
                    MpStatus::MpInvalidUtf8 => MpStatus::MpInvalidUtf8,
                    _ => MpStatus::MpInputError,
                };
                refused(status, render(&Err(report)).json)
            }
        }
    })
}

/// As `mp_evaluate_json`, with the engine's parameter set. `engine` is borrowed (not NULL);
/// the output ownership is that of `mp_evaluate_json`.
///
/// # Safety
/// `engine` is NULL or a live engine from `mp_engine_new`; the other arguments as for
/// `mp_evaluate_json`.
#[no_mangle]
pub unsafe extern "C" fn mp_engine_evaluate_json(
    engine: *const MpEngine,
    input: *const c_char,
    len: usize,
    out: *mut *mut c_char,
    out_len: *mut usize,
) -> MpStatus {
    boundary(|| {
        // SAFETY: NULL or a live engine (function contract); never mutated after creation.
        let Some(engine) = (unsafe { engine.as_ref() }) else {
            // SAFETY: `out`/`out_len` are NULL or writable (function contract).
            unsafe { clear_out(out, out_len) };
            return MpStatus::MpNullPointer;
        };
        // SAFETY: the caller's guarantees are those of `evaluate_into`.
        unsafe { evaluate_into(&engine.params, input, len, out, out_len) }
    })
}

/// As `mp_regime`, with the engine's cut-over dates. `engine` is borrowed (not NULL).
///
/// # Safety
/// `engine` is NULL or a live engine; `req` NULL or readable; `out` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn mp_engine_regime(
    engine: *const MpEngine,
    req: *const MpRegimeRequest,
    out: *mut MpRegime,
) -> MpStatus {
    boundary(|| {
        // SAFETY: NULL or a live engine (function contract).
        let Some(engine) = (unsafe { engine.as_ref() }) else {
            return MpStatus::MpNullPointer;
        };
        // SAFETY: the caller's guarantees are those of `regime_into`.
        unsafe { regime_into(&engine.params, req, out) }
    })
}

/// As `mp_deadline`, with the engine's holiday calendar (its equated days). `engine` is
/// borrowed (not NULL).
///
/// # Safety
/// `engine` is NULL or a live engine; `req` NULL or readable (with `period` NULL or a
/// NUL-terminated string); `out` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn mp_engine_deadline(
    engine: *const MpEngine,
    req: *const MpDeadlineRequest,
    out: *mut MpDeadlineResult,
) -> MpStatus {
    boundary(|| {
        // SAFETY: NULL or a live engine (function contract).
        let Some(engine) = (unsafe { engine.as_ref() }) else {
            return MpStatus::MpNullPointer;
        };
        // SAFETY: the caller's guarantees are those of `deadline_into`.
        unsafe { deadline_into(&engine.params, req, out) }
    })
}

/// Releases an engine. NULL is a no-op. The engine must not be in use by another thread, and
/// must not be used or freed again afterwards.
///
/// # Safety
/// `engine` is NULL or an engine from `mp_engine_new` that has not been freed yet.
#[no_mangle]
pub unsafe extern "C" fn mp_engine_free(engine: *mut MpEngine) {
    let _ = catch_unwind(AssertUnwindSafe(|| {
        if !engine.is_null() {
            // SAFETY: `engine` came from `Box::into_raw` in `mp_engine_new` and is freed once.
            drop(unsafe { Box::from_raw(engine) });
        }
    }));
}
