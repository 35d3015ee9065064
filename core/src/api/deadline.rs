//! One computed period, which needs no Case: the CLI's `deadline` command, the C library's
//! typed helper and the WASM `deadline()` export.

use schemars::JsonSchema;
use serde::Serialize;

use crate::calendar::{self, Counting, Period, When};
use crate::contract::decode::{parse_date, parse_instant};
use crate::contract::{messages, ErrorCode, ErrorReport, InputError};
use crate::explain::{Basis, Locale, Note};
use crate::params::Parameters;

/// Which body of law sets a standalone period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Law {
    /// An EU act: Reg. 1182/71 art. 3.
    Eu,
    /// Dutch law: Awb 6:8 and the Algemene termijnenwet.
    Nl,
}

impl Law {
    /// Parses "eu" or "nl".
    pub fn parse(s: &str) -> Option<Law> {
        match s {
            "eu" => Some(Law::Eu),
            "nl" => Some(Law::Nl),
            _ => None,
        }
    }

    fn counting(self) -> Counting {
        match self {
            Law::Eu => Counting::Pr1182,
            Law::Nl => Counting::Atw { liberty: false },
        }
    }
}

/// One computed period.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PeriodResult {
    /// Amsterdam date of the starting event.
    pub from: String,
    /// The period as stated in law.
    pub period: String,
    /// Counting rule applied.
    pub counting: &'static str,
    /// Last Amsterdam day on which the act is in time.
    pub due: String,
    /// The instant the period has run out.
    pub expires_at: String,
    /// Whether the end was pushed by PR 3(4)/3(5) or Atw 1–2.
    pub extended: bool,
    /// The counting provisions applied.
    pub basis: Vec<Basis>,
    /// Notes (assumptions, exclusions).
    pub notes: Vec<Note>,
}

/// Computes one period from `from` (a date or an RFC 3339 instant), `period` (ISO 8601:
/// `P5D`, `P2W`, `P6M`, `P1Y`, `PT72H`) under `law`, with the embedded holiday calendar.
pub fn deadline(
    from: &str,
    period: &str,
    law: Law,
    locale: Locale,
) -> Result<PeriodResult, ErrorReport> {
    deadline_with(from, period, law, locale, Parameters::embedded())
}

/// As [`deadline`] with a parameter set (its equated holidays).
pub fn deadline_with(
    from: &str,
    period: &str,
    law: Law,
    locale: Locale,
    params: &Parameters,
) -> Result<PeriodResult, ErrorReport> {
    let mut errors = Vec::new();
    let when = if from.len() == 10 {
        parse_date(from)
            .map(When::Date)
            .ok_or(ErrorCode::InvalidDate)
    } else {
        parse_instant(from)
            .map(When::Instant)
            .ok_or(ErrorCode::InvalidInstant)
    };
    let when = match when {
        Ok(w) => Some(w),
        Err(code) => {
            errors.push(InputError::new(
                code,
                "/from",
                messages::not_date_or_instant(locale, from),
            ));
            None
        }
    };
    let parsed = match Period::parse_iso(period) {
        Ok(p) => Some(p),
        Err(e) => {
            errors.push(InputError::new(
                ErrorCode::InvalidValue,
                "/period",
                e.to_string(),
            ));
            None
        }
    };
    let (Some(when), Some(parsed)) = (when, parsed) else {
        return Err(ErrorReport::new(errors));
    };
    let counting = law.counting();
    let c = calendar::compute(when, parsed, counting, &params.calendar).map_err(|e| {
        let code = match e {
            calendar::CalendarError::OutOfRange(_) => ErrorCode::OutOfRange,
            _ => ErrorCode::InvalidValue,
        };
        ErrorReport::new(vec![InputError::new(code, "/from", e.to_string())])
    })?;
    Ok(PeriodResult {
        from: c.from.to_string(),
        period: parsed.iso(),
        counting: counting.name(),
        due: c.due.to_string(),
        expires_at: calendar::format_instant(&c.expires_at),
        extended: c.extended,
        basis: c.basis.clone(),
        notes: c.notes.iter().map(|n| n.render(locale)).collect(),
    })
}

/// [`deadline`] as JSON (a PeriodResult, or an ErrorReport).
pub fn deadline_json(from: &str, period: &str, law: &str, locale: Locale) -> super::JsonOutput {
    super::to_output(&law_of(law, locale).and_then(|l| deadline(from, period, l, locale)))
}

/// [`deadline_with`] as JSON, every argument as a surface receives it: `law` "eu" or "nl",
/// `locale` "nl", "en" or none (Dutch).
pub fn deadline_json_with(
    from: &str,
    period: &str,
    law: &str,
    locale: Option<&str>,
    params: &Parameters,
) -> super::JsonOutput {
    let result = super::parse_locale(locale).and_then(|locale| {
        let locale = locale.unwrap_or_default();
        law_of(law, locale).and_then(|l| deadline_with(from, period, l, locale, params))
    });
    super::to_output(&result)
}

fn law_of(law: &str, locale: Locale) -> Result<Law, ErrorReport> {
    Law::parse(law).ok_or_else(|| {
        ErrorReport::new(vec![InputError::new(
            ErrorCode::InvalidValue,
            "/law",
            messages::not_either(locale, law, "eu", "nl"),
        )])
    })
}
