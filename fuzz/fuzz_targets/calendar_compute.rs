//! The period calculator `migratiepact_core::calendar::compute` on arbitrary events (dates and
//! instants with any offset, around and beyond 1900..=2199), periods (every unit, amounts up to
//! 20 000) and counting rules. It must never panic, and every result must hold the invariants of
//! RULES.md §1:
//! - `from` is the Amsterdam date of the event, `from <= due`, `due` lies within 1900..=2199;
//! - `unextended_due <= due`, and `extended` says exactly whether they differ;
//! - Dublin III art. 42, working days, AC days and hours are never extended;
//! - an end pushed by PR 3(4)/3(5), AMMR 75 or Atw 1/2 lands on a working day;
//! - a working-day period ends on its `amount`-th working day after the event day;
//! - day periods run out at 00:00 Amsterdam after `due`; hour periods run out `amount` whole
//!   hours after the start of the hour following the event;
//! - one more unit never ends earlier (monotone; at the Atw art. 4 thresholds only before any
//!   extension), and the ISO period round-trips.
#![no_main]

use arbitrary::Arbitrary;
use chrono::{Datelike, FixedOffset, NaiveDate, TimeZone};
use libfuzzer_sys::fuzz_target;
use migratiepact_core::calendar::{
    compute, midnight_after, Counting, Period, Unit, When, MAX_YEAR, MIN_YEAR,
};
use migratiepact_core::Parameters;

#[derive(Debug, Arbitrary)]
struct Input {
    year: i16,
    ordinal: u16,
    /// Seconds into the day, and the offset in seconds (both reduced modulo their range).
    time: Option<(u32, i32)>,
    amount: u16,
    unit: u8,
    counting: u8,
}

fn unit(u: u8) -> Unit {
    match u % 7 {
        0 => Unit::Hours,
        1 => Unit::Days,
        2 => Unit::WorkingDays,
        3 => Unit::AcDays,
        4 => Unit::Weeks,
        5 => Unit::Months,
        _ => Unit::Years,
    }
}

fn counting(c: u8) -> Counting {
    match c % 7 {
        0 => Counting::Pr1182,
        1 => Counting::Ammr75,
        2 => Counting::Dublin3Art42,
        3 => Counting::Atw { liberty: false },
        4 => Counting::Atw { liberty: true },
        5 => Counting::AcDays { schiphol: false },
        _ => Counting::AcDays { schiphol: true },
    }
}

fuzz_target!(|input: Input| {
    // Years 1800..=2300: the calendar's range and well beyond it on both sides.
    let year = 1800 + i32::from(input.year).rem_euclid(501);
    let Some(date) = NaiveDate::from_yo_opt(year, 1 + u32::from(input.ordinal) % 366) else {
        return;
    };
    let event = match input.time {
        None => When::Date(date),
        Some((secs, offset)) => {
            let Some(offset) = FixedOffset::east_opt(offset.rem_euclid(2 * 86_399) - 86_399) else {
                return;
            };
            let Some(local) = date
                .and_hms_opt(0, 0, 0)
                .map(|d| d + chrono::TimeDelta::seconds(i64::from(secs % 86_400)))
            else {
                return;
            };
            match offset.from_local_datetime(&local).single() {
                Some(i) => When::Instant(i),
                None => return,
            }
        }
    };
    let amount = u32::from(input.amount) % 20_001;
    let period = Period {
        amount,
        unit: unit(input.unit),
    };
    let counting = counting(input.counting);
    let cal = &Parameters::embedded().calendar;

    let Ok(c) = compute(event, period, counting, cal) else {
        return;
    };
    assert!(amount > 0, "a zero period was computed: {c:?}");
    assert_eq!(
        c.from,
        event.date(),
        "from is not the event's Amsterdam date"
    );
    assert!(c.from <= c.due, "due {} before from {}", c.due, c.from);
    assert!(
        (MIN_YEAR..=MAX_YEAR).contains(&c.due.year()),
        "due {} out of range",
        c.due
    );
    assert!(
        (MIN_YEAR..=MAX_YEAR).contains(&c.from.year()),
        "from {} out of range",
        c.from
    );
    assert!(
        c.unextended_due <= c.due,
        "extension moved the end backwards"
    );
    assert_eq!(
        c.extended,
        c.due != c.unextended_due,
        "extended flag is wrong"
    );
    assert_eq!(c.period, period);

    let never_extended = matches!(counting, Counting::Dublin3Art42 | Counting::AcDays { .. })
        || matches!(period.unit, Unit::Hours | Unit::WorkingDays | Unit::AcDays);
    if never_extended {
        assert!(!c.extended, "{counting:?} {period:?} was extended: {c:?}");
    }
    if c.extended {
        assert!(
            cal.is_working_day(c.due),
            "extended to a non-working day {}",
            c.due
        );
    }
    if period.unit == Unit::WorkingDays {
        assert!(
            cal.is_working_day(c.due),
            "working-day period ends on a non-working day"
        );
        if amount <= 400 {
            let mut d = c.from;
            let mut n = 0;
            while d < c.due {
                d = d.succ_opt().expect("within range");
                n += u32::from(cal.is_working_day(d));
            }
            assert_eq!(
                n, amount,
                "{} working days between {} and {}",
                n, c.from, c.due
            );
        }
    }

    if period.unit == Unit::Hours {
        let start = match event {
            When::Date(d) => midnight_after(d.pred_opt().expect("in range"))
                .with_timezone(&chrono::Utc)
                .timestamp(),
            When::Instant(i) => i.timestamp(),
        };
        let elapsed = c.expires_at.timestamp() - start;
        let want = i64::from(amount) * 3600;
        assert!(
            elapsed > want && elapsed <= want + 3600,
            "hours: {elapsed} s from event to expiry for {amount} h"
        );
    } else {
        assert_eq!(
            c.expires_at,
            midnight_after(c.due),
            "expiry is not 00:00 after due"
        );
    }

    // ISO round trip (working days and AC days are written in days).
    if !matches!(period.unit, Unit::WorkingDays | Unit::AcDays) && amount <= 9999 {
        assert_eq!(
            Period::parse_iso(&period.iso()),
            Ok(period),
            "{}",
            period.iso()
        );
    }

    // Monotone in the amount: one more unit never ends earlier — except where Atw art. 4(1)(a)
    // switches the extension off ("in meer dan 90 dagen, in meer dan twaalf weken, in meer dan
    // drie maanden"): from Sunday 24 March 2097, P90D ends on Saturday 22 June and Atw art. 1
    // extends it to Monday 24 June, while P91D ends on Sunday 23 June, unextended (found by this
    // target). The unextended ends are monotone everywhere.
    let longer = Period {
        amount: amount + 1,
        unit: period.unit,
    };
    if let Ok(l) = compute(event, longer, counting, cal) {
        assert!(
            l.unextended_due >= c.unextended_due,
            "{longer:?} ends {} (unextended) before {period:?} ends {}",
            l.unextended_due,
            c.unextended_due
        );
        let atw_threshold = matches!(counting, Counting::Atw { .. })
            && matches!(
                (period.unit, amount),
                (Unit::Days, 90) | (Unit::Weeks, 12) | (Unit::Months, 3)
            );
        if !atw_threshold {
            assert!(
                l.due >= c.due,
                "{longer:?} ends {} before {period:?} ends {}",
                l.due,
                c.due
            );
            assert!(l.expires_at >= c.expires_at, "expiry not monotone");
        }
    }
});
