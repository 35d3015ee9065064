//! Amsterdam time (RULES.md §1): "All days are calendar days in Europe/Amsterdam (CET/CEST). An
//! instant given with an offset is first converted to Amsterdam local time; a date-only value is
//! an Amsterdam date."

use chrono::{DateTime, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use chrono_tz::Tz;

/// The zone of every legal day in this engine (RULES.md §1: "All days are calendar days in
/// Europe/Amsterdam (CET/CEST)").
pub const AMSTERDAM: Tz = chrono_tz::Europe::Amsterdam;

/// RULES.md §1: "An instant given with an offset is first converted to Amsterdam local time."
pub fn to_amsterdam(i: &DateTime<FixedOffset>) -> DateTime<Tz> {
    i.with_timezone(&AMSTERDAM)
}

/// RULES.md §1: the Amsterdam calendar date of an instant — "An instant of 2026-06-11T23:30:00Z
/// is Amsterdam date 2026-06-12."
pub fn amsterdam_date(i: &DateTime<FixedOffset>) -> NaiveDate {
    to_amsterdam(i).date_naive()
}

/// The first instant of Amsterdam day `d` (PR 3(2)(b): "a period expressed in days … shall
/// start at the beginning of the first hour of the first day"). Amsterdam changes its clocks at
/// 02:00/03:00, so midnight always exists; should a local midnight ever be ambiguous the earlier
/// instant is taken, and should it not exist the first valid instant after the gap (the gap's end).
pub fn start_of_day(d: NaiveDate) -> DateTime<Tz> {
    local_earliest(d.and_time(NaiveTime::MIN))
}

/// The instant a day-period ending on `d` has run out: 00:00 Amsterdam of the next day (PR
/// 3(2)(b): a period "shall end with the expiry of the last hour of the last day"). For the last
/// day chrono can represent, the end of that day is approximated by its start plus 24 hours.
pub fn midnight_after(d: NaiveDate) -> DateTime<Tz> {
    match d.succ_opt() {
        Some(next) => start_of_day(next),
        None => {
            let start = start_of_day(d);
            start
                .checked_add_signed(chrono::TimeDelta::hours(24))
                .unwrap_or(start)
        }
    }
}

/// Formats an Amsterdam instant as `YYYY-MM-DDTHH:MM:SS±HH:MM` (RFC 3339 with the Amsterdam
/// offset, whole seconds), e.g. "2026-06-23T00:00:00+02:00" (RULES.md §1: times are stated in
/// Amsterdam time).
pub fn format_instant(t: &DateTime<Tz>) -> String {
    // Written by hand rather than through chrono's format machinery: the same text, and the
    // strftime interpreter stays out of the WASM package.
    use chrono::{Datelike, Offset, Timelike};
    let off = t.offset().fix().local_minus_utc();
    let (sign, off) = if off < 0 { (b'-', -off) } else { (b'+', off) };
    let off = off.unsigned_abs();
    let year = match u32::try_from(t.year()) {
        Ok(y) if y <= 9999 => y,
        _ => {
            return format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}",
                t.year(),
                t.month(),
                t.day(),
                t.hour(),
                t.minute(),
                t.second(),
                char::from(sign),
                off / 3600,
                (off % 3600) / 60
            )
        }
    };
    let mut b = *b"0000-00-00T00:00:00+00:00";
    crate::digits::put_digits(&mut b[0..4], year);
    crate::digits::put_digits(&mut b[5..7], t.month());
    crate::digits::put_digits(&mut b[8..10], t.day());
    crate::digits::put_digits(&mut b[11..13], t.hour());
    crate::digits::put_digits(&mut b[14..16], t.minute());
    crate::digits::put_digits(&mut b[17..19], t.second());
    b[19] = sign;
    crate::digits::put_digits(&mut b[20..22], off / 3600);
    crate::digits::put_digits(&mut b[23..25], (off % 3600) / 60);
    String::from_utf8_lossy(&b).into_owned()
}

/// The earliest instant whose Amsterdam wall-clock reading is `local`, or the first instant after
/// a DST gap that swallows `local` (the end of the gap).
fn local_earliest(local: NaiveDateTime) -> DateTime<Tz> {
    match AMSTERDAM.from_local_datetime(&local) {
        LocalResult::Single(t) => t,
        LocalResult::Ambiguous(a, b) => a.min(b),
        LocalResult::None => {
            // A gap: the first wall-clock minute after it (Amsterdam gaps are one hour, on the
            // hour, so this ends within 60 steps; the bound only guards against bad zone data).
            let mut t = local;
            for _ in 0..(24 * 60) {
                t = match t.checked_add_signed(chrono::TimeDelta::minutes(1)) {
                    Some(next) => next,
                    None => break,
                };
                match AMSTERDAM.from_local_datetime(&t) {
                    LocalResult::Single(x) => return x,
                    LocalResult::Ambiguous(a, b) => return a.min(b),
                    LocalResult::None => {}
                }
            }
            AMSTERDAM.from_utc_datetime(&local)
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn utc_late_evening_is_next_amsterdam_day() {
        let i = DateTime::parse_from_rfc3339("2026-06-11T23:30:00Z").unwrap();
        assert_eq!(amsterdam_date(&i), ymd(2026, 6, 12));
        let i = DateTime::parse_from_rfc3339("2026-12-11T22:59:59Z").unwrap();
        assert_eq!(amsterdam_date(&i), ymd(2026, 12, 11));
        let i = DateTime::parse_from_rfc3339("2026-12-11T23:00:00Z").unwrap();
        assert_eq!(amsterdam_date(&i), ymd(2026, 12, 12));
    }

    #[test]
    fn formats_with_offset() {
        assert_eq!(
            format_instant(&midnight_after(ymd(2026, 6, 22))),
            "2026-06-23T00:00:00+02:00"
        );
        assert_eq!(
            format_instant(&start_of_day(ymd(2026, 12, 1))),
            "2026-12-01T00:00:00+01:00"
        );
        let i = DateTime::parse_from_rfc3339("2026-07-01T07:30:05Z").unwrap();
        assert_eq!(
            format_instant(&to_amsterdam(&i)),
            "2026-07-01T09:30:05+02:00"
        );
    }

    #[test]
    fn midnight_on_dst_days() {
        // 29 March 2026 (spring forward) and 25 October 2026 (fall back).
        assert_eq!(
            format_instant(&start_of_day(ymd(2026, 3, 29))),
            "2026-03-29T00:00:00+01:00"
        );
        assert_eq!(
            format_instant(&midnight_after(ymd(2026, 3, 29))),
            "2026-03-30T00:00:00+02:00"
        );
        assert_eq!(
            format_instant(&start_of_day(ymd(2026, 10, 25))),
            "2026-10-25T00:00:00+02:00"
        );
        assert_eq!(
            (midnight_after(ymd(2026, 10, 25)) - start_of_day(ymd(2026, 10, 25))).num_hours(),
            25
        );
    }

    #[test]
    fn gap_and_fold_fall_back_to_earliest_valid_instant() {
        let gap = ymd(2026, 3, 29).and_hms_opt(2, 30, 0).unwrap();
        assert_eq!(
            format_instant(&local_earliest(gap)),
            "2026-03-29T03:00:00+02:00"
        );
        let fold = ymd(2026, 10, 25).and_hms_opt(2, 30, 0).unwrap();
        assert_eq!(
            format_instant(&local_earliest(fold)),
            "2026-10-25T02:30:00+02:00"
        );
    }

    #[test]
    fn extreme_dates_do_not_panic() {
        let _ = midnight_after(NaiveDate::MAX);
        let _ = start_of_day(NaiveDate::MIN);
    }
}
