//! Typed helpers that need no JSON: the regime for given dates and one computed time limit.
//! Both call the core (`evaluate` for the regime, `calendar::compute` for a limit); no rule is
//! restated here.

use std::ffi::{c_char, CStr};

use chrono::{FixedOffset, NaiveDate, NaiveTime, TimeZone};
use migratiepact_core::calendar::{compute, format_instant, Counting, Period, When};
use migratiepact_core::contract::{
    Application, Case, ProcedureRegime, ResponsibilityRegime, SCHEMA_VERSION,
};
use migratiepact_core::{evaluate, Parameters};

use crate::{boundary, MpStatus};

/// A calendar date (Amsterdam). `{0, 0, 0}` means "unknown" where a field says so.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MpDate {
    /// Year, e.g. 2026.
    pub year: i32,
    /// Month, 1..=12.
    pub month: u32,
    /// Day of the month, 1..=31.
    pub day: u32,
}

impl MpDate {
    fn is_unknown(&self) -> bool {
        *self == MpDate::default()
    }

    fn to_naive(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, self.day)
    }

    fn from_naive(d: NaiveDate) -> MpDate {
        use chrono::Datelike;
        MpDate {
            year: d.year(),
            month: d.month(),
            day: d.day(),
        }
    }

    /// `None` for unknown, `Some(Err)` for an impossible date.
    fn to_when(self) -> Option<Result<When, ()>> {
        if self.is_unknown() {
            None
        } else {
            Some(self.to_naive().map(When::Date).ok_or(()))
        }
    }
}

/// The dates that decide the regime (contract `application.madeAt`, `registeredAt`,
/// `lodgedAt`). A date of `{0, 0, 0}` is unknown.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MpRegimeRequest {
    /// When the application was made.
    pub made_at: MpDate,
    /// When it was registered (decides the responsibility regime: AMMR art. 84).
    pub registered_at: MpDate,
    /// When it was lodged (decides the procedure regime: APR art. 79(3)).
    pub lodged_at: MpDate,
}

/// The procedure regime (also used for the workstream).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(
    clippy::enum_variant_names,
    reason = "variants are named for the C constants MP_PROCEDURE_…"
)]
pub enum MpProcedure {
    /// Cannot be determined from the dates given (the lodging date is needed).
    MpProcedureUndetermined = 0,
    /// APR and Vw-new (lodged on or after 12-06-2026).
    MpProcedurePact = 1,
    /// APD as applied by Vw-old/Vb-old (lodged before 12-06-2026).
    MpProcedureLegacy = 2,
}

/// The responsibility regime.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(
    clippy::enum_variant_names,
    reason = "variants are named for the C constants MP_RESPONSIBILITY_…"
)]
pub enum MpResponsibility {
    /// Cannot be determined from the dates given (the registration date is needed).
    MpResponsibilityUndetermined = 0,
    /// AMMR (registered on or after 01-07-2026).
    MpResponsibilityAmmr = 1,
    /// Dublin III (registered before 01-07-2026).
    MpResponsibilityDublin3 = 2,
}

/// The regime, as the Assessment's `regime` object.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MpRegime {
    /// `regime.procedure`.
    pub procedure: MpProcedure,
    /// `regime.responsibility`.
    pub responsibility: MpResponsibility,
    /// `regime.workstream` (which information system handles the case).
    pub workstream: MpProcedure,
}

/// The law whose counting rules govern a period (`MpDeadlineRequest.law`).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(
    clippy::enum_variant_names,
    reason = "variants are named for the C constants MP_LAW_…"
)]
pub enum MpLaw {
    /// EU law: Reg. 1182/71 art. 3 in full (the CLI's `--law eu`).
    MpLawEu = 0,
    /// Dutch law: Awb 6:8 and the Algemene termijnenwet (the CLI's `--law nl`).
    MpLawNl = 1,
}

/// Size of `MpDeadlineResult.expires_at`, including the terminating NUL.
pub const MP_EXPIRES_AT_LEN: usize = 32;

/// One time limit to compute.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct MpDeadlineRequest {
    /// The day of the starting event (an Amsterdam date when `has_time` is false).
    pub from: MpDate,
    /// Whether `hour`, `minute`, `second` and `utc_offset_seconds` give the time of the event.
    /// Needed for hour periods ("PT72H"); without it an hour period runs from 00:00 Amsterdam.
    pub has_time: bool,
    /// Hour of the event, 0..=23, in the offset below.
    pub hour: u32,
    /// Minute, 0..=59.
    pub minute: u32,
    /// Second, 0..=59.
    pub second: u32,
    /// Offset from UTC of the time given, in seconds (e.g. 7200 for CEST).
    pub utc_offset_seconds: i32,
    /// The period as an ISO 8601 duration, NUL-terminated, borrowed for the call: "PT72H",
    /// "P5D", "P12W", "P2M", "P1Y". Not NULL.
    pub period: *const c_char,
    /// An `MpLaw` value (`MP_LAW_EU` or `MP_LAW_NL`); anything else is `MP_INVALID_ARGUMENT`.
    pub law: u32,
}

/// A computed time limit.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct MpDeadlineResult {
    /// The last Amsterdam day on which the act is in time.
    pub due: MpDate,
    /// The last day before any extension (equal to `due` when `extended` is false).
    pub unextended_due: MpDate,
    /// The instant the period has run out, in seconds since 1970-01-01T00:00:00Z.
    pub expires_at_unix: i64,
    /// The Amsterdam offset from UTC at `expires_at_unix`, in seconds (3600 or 7200).
    pub expires_at_utc_offset: i32,
    /// The same instant as RFC 3339 in Amsterdam time, NUL-terminated, exactly as the
    /// Assessment's `expiresAt` (e.g. "2026-09-05T00:00:00+02:00").
    pub expires_at: [c_char; MP_EXPIRES_AT_LEN],
    /// Whether Reg. 1182/71 art. 3(4)/3(5) or Atw art. 1/2 pushed the end.
    pub extended: bool,
}

fn procedure(p: Option<ProcedureRegime>) -> MpProcedure {
    match p {
        None => MpProcedure::MpProcedureUndetermined,
        Some(ProcedureRegime::Pact) => MpProcedure::MpProcedurePact,
        Some(ProcedureRegime::Legacy) => MpProcedure::MpProcedureLegacy,
    }
}

fn responsibility(r: Option<ResponsibilityRegime>) -> MpResponsibility {
    match r {
        None => MpResponsibility::MpResponsibilityUndetermined,
        Some(ResponsibilityRegime::Ammr) => MpResponsibility::MpResponsibilityAmmr,
        Some(ResponsibilityRegime::Dublin3) => MpResponsibility::MpResponsibilityDublin3,
    }
}

/// Shared body of `mp_regime` and `mp_engine_regime`.
///
/// # Safety
/// `req` is NULL or readable; `out` is NULL or writable.
pub(crate) unsafe fn regime_into(
    params: &Parameters,
    req: *const MpRegimeRequest,
    out: *mut MpRegime,
) -> MpStatus {
    // SAFETY: `req` is NULL or points to a readable request (function contract).
    let Some(req) = (unsafe { req.as_ref() }) else {
        return MpStatus::MpNullPointer;
    };
    if out.is_null() {
        return MpStatus::MpNullPointer;
    }
    let mut dates = [req.made_at, req.registered_at, req.lodged_at]
        .into_iter()
        .map(MpDate::to_when);
    let mut next = || match dates.next().flatten() {
        None => Ok(None),
        Some(Ok(w)) => Ok(Some(w)),
        Some(Err(())) => Err(()),
    };
    let (Ok(made_at), Ok(registered_at), Ok(lodged_at)) = (next(), next(), next()) else {
        return MpStatus::MpInvalidArgument;
    };
    let case = Case {
        schema_version: SCHEMA_VERSION,
        application: Application {
            made_at,
            registered_at,
            lodged_at,
            ..Application::default()
        },
        ..Case::default()
    };
    match evaluate(&case, params) {
        Ok(a) => {
            let regime = MpRegime {
                procedure: procedure(a.regime.procedure),
                responsibility: responsibility(a.regime.responsibility),
                workstream: procedure(a.regime.workstream),
            };
            // SAFETY: `out` is non-NULL (checked) and writable (function contract).
            unsafe { out.write(regime) };
            MpStatus::MpOk
        }
        // Dates the contract refuses (e.g. lodged before made, or outside 1900..2199).
        Err(_) => MpStatus::MpInputError,
    }
}

/// The regime for the given dates, as `evaluate` decides it (APR art. 79(3), AMMR art. 84),
/// with the embedded parameters.
///
/// - `req`: borrowed, not NULL. Unknown dates are `{0, 0, 0}`.
/// - `out`: written on `MP_OK`, untouched otherwise. Not NULL.
///
/// Returns `MP_OK`; `MP_INVALID_ARGUMENT` for an impossible date (2026-02-30);
/// `MP_INPUT_ERROR` for dates the contract refuses (lodged before made, before 1900 …);
/// `MP_NULL_POINTER`; `MP_PANIC`. Thread-safe.
///
/// # Safety
/// `req` must be NULL or readable; `out` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn mp_regime(req: *const MpRegimeRequest, out: *mut MpRegime) -> MpStatus {
    boundary(|| {
        // SAFETY: the caller's guarantees are those of `regime_into`.
        unsafe { regime_into(Parameters::embedded(), req, out) }
    })
}

/// Shared body of `mp_deadline` and `mp_engine_deadline`.
///
/// # Safety
/// `req` is NULL or readable, its `period` NULL or NUL-terminated; `out` NULL or writable.
pub(crate) unsafe fn deadline_into(
    params: &Parameters,
    req: *const MpDeadlineRequest,
    out: *mut MpDeadlineResult,
) -> MpStatus {
    // SAFETY: `req` is NULL or points to a readable request (function contract).
    let Some(req) = (unsafe { req.as_ref() }) else {
        return MpStatus::MpNullPointer;
    };
    if out.is_null() || req.period.is_null() {
        return MpStatus::MpNullPointer;
    }
    // SAFETY: `period` is non-NULL (checked) and NUL-terminated (function contract).
    let period = unsafe { CStr::from_ptr(req.period) };
    let Ok(period) = period.to_str() else {
        return MpStatus::MpInvalidUtf8;
    };
    let Ok(period) = Period::parse_iso(period) else {
        return MpStatus::MpInvalidArgument;
    };
    let counting = match req.law {
        x if x == MpLaw::MpLawEu as u32 => Counting::Pr1182,
        x if x == MpLaw::MpLawNl as u32 => Counting::Atw { liberty: false },
        _ => return MpStatus::MpInvalidArgument,
    };
    let Some(date) = req.from.to_naive() else {
        return MpStatus::MpInvalidArgument;
    };
    let event = if req.has_time {
        let time = NaiveTime::from_hms_opt(req.hour, req.minute, req.second);
        let offset = FixedOffset::east_opt(req.utc_offset_seconds);
        let (Some(time), Some(offset)) = (time, offset) else {
            return MpStatus::MpInvalidArgument;
        };
        match offset.from_local_datetime(&date.and_time(time)).single() {
            Some(instant) => When::Instant(instant),
            None => return MpStatus::MpInvalidArgument,
        }
    } else {
        When::Date(date)
    };
    let Ok(c) = compute(event, period, counting, &params.calendar) else {
        return MpStatus::MpInvalidArgument;
    };
    let mut expires_at = [0 as c_char; MP_EXPIRES_AT_LEN];
    let text = format_instant(&c.expires_at);
    if text.len() >= MP_EXPIRES_AT_LEN {
        return MpStatus::MpPanic;
    }
    for (slot, b) in expires_at.iter_mut().zip(text.bytes()) {
        *slot = b as c_char;
    }
    let result = MpDeadlineResult {
        due: MpDate::from_naive(c.due),
        unextended_due: MpDate::from_naive(c.unextended_due),
        expires_at_unix: c.expires_at.timestamp(),
        expires_at_utc_offset: {
            use chrono::Offset;
            c.expires_at.offset().fix().local_minus_utc()
        },
        expires_at,
        extended: c.extended,
    };
    // SAFETY: `out` is non-NULL (checked) and writable (function contract).
    unsafe { out.write(result) };
    MpStatus::MpOk
}

/// Computes one time limit with the core's calendar (`calendar::compute`) and the embedded
/// holiday calendar: `MP_LAW_EU` counts under Reg. 1182/71 art. 3 (event day not counted,
/// extension to the next working day, at least two working days), `MP_LAW_NL` under Awb 6:8
/// and the Algemene termijnenwet (which does not extend hour periods or periods over 12 weeks
/// / 3 months / 90 days).
///
/// - `req`: borrowed, not NULL; `req->period` not NULL.
/// - `out`: written on `MP_OK`, untouched otherwise. Not NULL.
///
/// Returns `MP_OK`; `MP_INVALID_ARGUMENT` (impossible date or time, invalid period, unknown
/// law, date outside 1900..2199); `MP_INVALID_UTF8` (period string); `MP_NULL_POINTER`;
/// `MP_PANIC`. Thread-safe.
///
/// # Safety
/// `req` must be NULL or readable, with `period` NULL or a NUL-terminated string; `out` NULL or
/// writable.
#[no_mangle]
pub unsafe extern "C" fn mp_deadline(
    req: *const MpDeadlineRequest,
    out: *mut MpDeadlineResult,
) -> MpStatus {
    boundary(|| {
        // SAFETY: the caller's guarantees are those of `deadline_into`.
        unsafe { deadline_into(Parameters::embedded(), req, out) }
    })
}
