//! Counting periods (RULES.md §1.1–§1.2): Reg. 1182/71 art. 3, AMMR art. 75, Dublin III art. 42,
//! Awb 6:8 with the Algemene termijnenwet, and Aanmeldcentrum days (Vb-old 3.110(3)).
//!
//! Every function here is pure and total: dates outside 1900..=2199 (of the event or of the end)
//! give [`CalendarError::OutOfRange`], all date arithmetic is checked.

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, TimeDelta};

use crate::explain::{uri, Basis};

use super::amsterdam::{midnight_after, start_of_day, to_amsterdam, AMSTERDAM};
use super::holidays::HolidayCalendar;
use super::{
    CalendarError, CalendarNote, Computed, Counting, Period, Unit, When, MAX_YEAR, MIN_YEAR,
};

/// Computes the end of `period` from `event` under the `counting` rule (RULES.md §1).
///
/// - `Counting::Pr1182` — Reg. 1182/71 art. 3(1): "the day during which that event occurs or
///   that action takes place shall not be considered as falling within the period in question"
///   (for hours: "the hour"); 3(2)(a)–(c) (hours, days, weeks/months/years ending on the same
///   weekday or date, month-end clamp); 3(4): "Where the last day of a period expressed otherwise
///   than in hours is a public holiday, Sunday or Saturday, the period shall end with the expiry
///   of the last hour of the following working day"; 3(5): "Any period of two days or more shall
///   include at least two working days."
/// - `Counting::Ammr75` — AMMR art. 75: as PR 3(1)–(4); no two-working-days rule.
/// - `Counting::Apr73` — APR art. 73, and `Counting::Rbpr11` — RBPR art. 11: the same words as
///   AMMR 75 (event day not counted; same weekday or date; Saturdays, Sundays and official
///   holidays included, an end on one of them moved to the next working day); no two-working-days
///   rule.
/// - `Counting::Dublin3Art42` — Dublin III art. 42: event day not counted, same date/weekday,
///   month-end clamp, "Saturdays, Sundays and public holidays … shall be included" — no extension.
/// - `Counting::Atw` — Awb 6:8(1): "De termijn vangt aan met ingang van de dag na die waarop …";
///   Atw art. 1(1): a period ending on a Saturday, Sunday or public holiday "wordt verlengd tot en
///   met de eerstvolgende dag die niet een zaterdag, zondag of algemeen erkende feestdag is";
///   Atw art. 2: "Een in een wet gestelde termijn van ten minste drie dagen wordt, zo nodig,
///   zoveel verlengd, dat daarin ten minste twee dagen voorkomen die niet een zaterdag, zondag of
///   algemeen erkende feestdag zijn"; Atw art. 4: not for periods "omschreven in uren, in meer
///   dan 90 dagen, in meer dan twaalf weken, in meer dan drie maanden, of in een of meer jaren",
///   nor for periods "van vrijheidsbeneming".
/// - `Counting::AcDays` — Vb-old art. 3.110(3): "met uitzondering van het Aanmeldcentrum
///   Schiphol, tellen de dagen gedurende het weekeinde en de dagen die bij of krachtens de
///   Algemene termijnenwet zijn aangemerkt als algemeen erkende feestdagen niet mee"; day 1 is
///   the first such day on or after the event; the period ends with the `amount`-th.
///
/// Hour periods (any counting but AC days) start at the next full hour after the hour of the
/// event and last `amount` elapsed hours; they are never extended. An hour period from a date
/// without a time is counted from 00:00 of that day, with a note.
pub fn compute(
    event: When,
    period: Period,
    counting: Counting,
    cal: &HolidayCalendar,
) -> Result<Computed, CalendarError> {
    let from = event.date();
    in_range(from)?;
    if period.amount == 0 {
        return Err(CalendarError::InvalidPeriod(period.iso()));
    }
    let not_countable = || CalendarError::UnitNotCountable {
        unit: unit_name(period.unit),
        counting: counting.name(),
    };
    match (counting, period.unit) {
        (Counting::AcDays { schiphol }, Unit::AcDays | Unit::Days) => {
            ac_days(from, period, schiphol, cal)
        }
        (Counting::AcDays { .. }, _) | (_, Unit::AcDays) => Err(not_countable()),
        (_, Unit::Hours) => hours(event, period, counting),
        _ => days(from, period, counting, cal),
    }
}

/// Stable name of a unit (as in the output's `unit` field).
pub fn unit_name(unit: Unit) -> &'static str {
    match unit {
        Unit::Hours => "hours",
        Unit::Days => "calendarDays",
        Unit::WorkingDays => "workingDays",
        Unit::AcDays => "acDays",
        Unit::Weeks => "weeks",
        Unit::Months => "months",
        Unit::Years => "years",
    }
}

/// Periods in days, working days, weeks, months or years (not hours, not AC days).
fn days(
    from: NaiveDate,
    period: Period,
    counting: Counting,
    cal: &HolidayCalendar,
) -> Result<Computed, CalendarError> {
    let n = period.amount;
    let overflow = || CalendarError::OutOfRange(format!("{from} + {}", period.iso()));
    // PR 3(1) / AMMR 75 / D3 42 / Awb 6:8(1): the event day is not counted, so the period's last
    // day is the event date plus the period (same weekday or date for weeks, months, years).
    let raw = match period.unit {
        Unit::Days => from.checked_add_days(Days::new(u64::from(n))),
        Unit::Weeks => from.checked_add_days(Days::new(u64::from(n) * 7)),
        Unit::Months => from.checked_add_months(Months::new(n)),
        Unit::Years => n
            .checked_mul(12)
            .and_then(|m| from.checked_add_months(Months::new(m))),
        Unit::WorkingDays => return working_days(from, period, counting, cal),
        Unit::Hours | Unit::AcDays => None,
    }
    .ok_or_else(overflow)?;
    in_range(raw)?;

    let mut due = raw;
    let mut basis = Vec::new();
    let mut notes = Vec::new();
    let mut looks_at_holidays = true;
    match counting {
        Counting::Pr1182 => {
            basis.push(Basis::new("PR", "3(1)", uri::PR));
            basis.push(Basis::new("PR", pr_3_2(period.unit), uri::PR));
            if !cal.is_working_day(due) {
                due = next_working_day(cal, due)?;
                basis.push(Basis::new("PR", "3(4)", uri::PR));
            }
            // 3(5): a period of two days or more (weeks, months and years always are).
            let two_days_or_more = period.unit != Unit::Days || n >= 2;
            if two_days_or_more {
                let second = nth_working_day_after(cal, from, 2)?;
                if second > due {
                    due = second;
                    basis.push(Basis::new("PR", "3(5)", uri::PR));
                }
            }
        }
        Counting::Ammr75 | Counting::Apr73 | Counting::Rbpr11 => {
            basis.push(own_rule(counting));
            if !cal.is_working_day(due) {
                due = next_working_day(cal, due)?;
            }
        }
        Counting::Dublin3Art42 => {
            basis.push(Basis::new("D3", "42", uri::D3));
            looks_at_holidays = false;
        }
        Counting::Atw { liberty } => {
            basis.push(Basis::new("Awb", "6:8", uri::AWB));
            if let Some(note) = atw_4_exclusion(period, liberty) {
                basis.push(Basis::new("Atw", "4", uri::ATW));
                notes.push(note);
                looks_at_holidays = false;
            } else {
                if !cal.is_working_day(due) {
                    due = next_working_day(cal, due)?;
                    basis.push(Basis::new("Atw", "1", uri::ATW));
                }
                // Atw 2: a period of at least three days (weeks and months always are).
                let three_days_or_more = period.unit != Unit::Days || n >= 3;
                if three_days_or_more {
                    let second = nth_working_day_after(cal, from, 2)?;
                    if second > due {
                        due = second;
                        basis.push(Basis::new("Atw", "2", uri::ATW));
                    }
                }
            }
        }
        Counting::Minimum => {
            // A minimum within which nobody acts: counted from the day after (Awb 6:8), never
            // moved, so no day of the week or holiday matters.
            basis.push(Basis::new("Awb", "6:8", uri::AWB));
            looks_at_holidays = false;
        }
        Counting::AcDays { .. } => {}
    }
    in_range(due)?;
    if looks_at_holidays {
        notes.extend(undecreed_years(cal, from.succ_opt().unwrap_or(from), due));
    }
    Ok(Computed {
        from,
        period,
        due,
        expires_at: midnight_after(due),
        extended: due != raw,
        unextended_due: raw,
        basis,
        notes,
    })
}

/// Periods in working days: the `n`-th working day after the event day (PR 2(2), 3(3): "save
/// where … the periods are expressed in working days"). A working day needs no extension.
fn working_days(
    from: NaiveDate,
    period: Period,
    counting: Counting,
    cal: &HolidayCalendar,
) -> Result<Computed, CalendarError> {
    let due = nth_working_day_after(cal, from, period.amount)?;
    let mut basis = Vec::new();
    let mut notes = Vec::new();
    match counting {
        Counting::Pr1182 => {
            basis.push(Basis::new("PR", "3(1)", uri::PR));
            basis.push(Basis::new("PR", "3(2)(b)", uri::PR));
        }
        Counting::Ammr75 | Counting::Apr73 | Counting::Rbpr11 => basis.push(own_rule(counting)),
        Counting::Dublin3Art42 => basis.push(Basis::new("D3", "42", uri::D3)),
        Counting::Atw { liberty } => {
            basis.push(Basis::new("Awb", "6:8", uri::AWB));
            if let Some(note) = atw_4_exclusion(period, liberty) {
                basis.push(Basis::new("Atw", "4", uri::ATW));
                notes.push(note);
            }
        }
        Counting::Minimum => basis.push(Basis::new("Awb", "6:8", uri::AWB)),
        Counting::AcDays { .. } => {}
    }
    notes.extend(undecreed_years(cal, from.succ_opt().unwrap_or(from), due));
    Ok(Computed {
        from,
        period,
        due,
        expires_at: midnight_after(due),
        extended: false,
        unextended_due: due,
        basis,
        notes,
    })
}

/// Aanmeldcentrum days (Vb-old 3.110(3)): day 1 is the first AC day on or after the start of the
/// algemene asielprocedure; the period ends with the `n`-th AC day. At Schiphol every day counts.
fn ac_days(
    from: NaiveDate,
    period: Period,
    schiphol: bool,
    cal: &HolidayCalendar,
) -> Result<Computed, CalendarError> {
    let n = period.amount;
    let due = if schiphol {
        from.checked_add_days(Days::new(u64::from(n) - 1))
            .ok_or_else(|| CalendarError::OutOfRange(format!("{from} + {}", period.iso())))?
    } else {
        // The n-th working day after the day before the start = the n-th AC day on or after it.
        let eve = from
            .pred_opt()
            .ok_or_else(|| CalendarError::OutOfRange(from.to_string()))?;
        nth_working_day_after(cal, eve, n)?
    };
    in_range(due)?;
    let notes = if schiphol {
        Vec::new()
    } else {
        undecreed_years(cal, from, due)
    };
    Ok(Computed {
        from,
        period,
        due,
        expires_at: midnight_after(due),
        extended: false,
        unextended_due: due,
        basis: vec![Basis::new("Vb-old", "3.110(3)", uri::VB_OLD)],
        notes,
    })
}

/// Hour periods: PR 3(1) and 3(2)(a) — "A period expressed in hours shall start at the beginning
/// of the first hour and shall end with the expiry of the last hour of the period", the hour of
/// the event not counted. Elapsed hours: the arithmetic is done on the UTC time line.
fn hours(event: When, period: Period, counting: Counting) -> Result<Computed, CalendarError> {
    let from = event.date();
    let overflow = || CalendarError::OutOfRange(format!("{event} + {}", period.iso()));
    let instant = match event {
        When::Date(d) => start_of_day(d),
        When::Instant(i) => to_amsterdam(&i),
    };
    let ts = instant.timestamp();
    // Amsterdam's offsets are whole hours, so its hours begin where UTC hours begin.
    let first_hour = ts
        .checked_sub(ts.rem_euclid(3600))
        .and_then(|h| h.checked_add(3600))
        .ok_or_else(overflow)?;
    let end = i64::from(period.amount)
        .checked_mul(3600)
        .and_then(|s| first_hour.checked_add(s))
        .ok_or_else(overflow)?;
    let expires_at = DateTime::from_timestamp(end, 0)
        .ok_or_else(overflow)?
        .with_timezone(&AMSTERDAM);
    let due = expires_at
        .checked_sub_signed(TimeDelta::seconds(1))
        .ok_or_else(overflow)?
        .date_naive();
    in_range(due)?;

    let mut basis = Vec::new();
    let mut notes = Vec::new();
    match counting {
        Counting::Pr1182 => {
            basis.push(Basis::new("PR", "3(1)", uri::PR));
            basis.push(Basis::new("PR", "3(2)(a)", uri::PR));
        }
        Counting::Ammr75 | Counting::Apr73 | Counting::Rbpr11 => basis.push(own_rule(counting)),
        Counting::Dublin3Art42 => basis.push(Basis::new("D3", "42", uri::D3)),
        Counting::Atw { liberty } => {
            basis.push(Basis::new("Atw", "4", uri::ATW));
            if let Some(note) = atw_4_exclusion(period, liberty) {
                notes.push(note);
            }
        }
        Counting::Minimum => {}
        Counting::AcDays { .. } => {}
    }
    if let When::Date(d) = event {
        notes.push(CalendarNote::HoursFromDate {
            date: d,
            basis: basis.clone(),
        });
    }
    Ok(Computed {
        from,
        period,
        due,
        expires_at,
        extended: false,
        unextended_due: due,
        basis,
        notes,
    })
}

/// The article of an act's own counting rule (AMMR 75, APR 73, RBPR 11).
fn own_rule(counting: Counting) -> Basis {
    match counting {
        Counting::Apr73 => Basis::new("APR", "73", uri::APR),
        Counting::Rbpr11 => Basis::new("RBPR", "11", uri::RBPR),
        _ => Basis::new("AMMR", "75", uri::AMMR),
    }
}

/// Which point of PR 3(2) governs the unit: (b) days, (c) weeks, months and years.
fn pr_3_2(unit: Unit) -> &'static str {
    match unit {
        Unit::Hours => "3(2)(a)",
        Unit::Weeks | Unit::Months | Unit::Years => "3(2)(c)",
        Unit::Days | Unit::WorkingDays | Unit::AcDays => "3(2)(b)",
    }
}

/// Atw art. 4: the note saying why the Atw does not extend this period, or `None` if it may.
fn atw_4_exclusion(period: Period, liberty: bool) -> Option<CalendarNote> {
    let n = period.amount;
    let long = match period.unit {
        Unit::Hours | Unit::Years => true,
        Unit::Days | Unit::WorkingDays | Unit::AcDays => n > 90,
        Unit::Weeks => n > 12,
        Unit::Months => n > 3,
    };
    (long || liberty).then_some(CalendarNote::AtwExclusion {
        period: if long { Some(period) } else { None },
        liberty,
    })
}

/// One assumption note per year in `first..=last` that no equated-days decree covers (Atw
/// art. 3(3)).
fn undecreed_years(cal: &HolidayCalendar, first: NaiveDate, last: NaiveDate) -> Vec<CalendarNote> {
    (first.year()..=last.year())
        .filter(|y| !cal.decree_covers(*y))
        .map(|year| CalendarNote::UndecreedYear { year })
        .collect()
}

/// The first working day after `d`, within the calendar's range.
fn next_working_day(cal: &HolidayCalendar, d: NaiveDate) -> Result<NaiveDate, CalendarError> {
    match cal.next_working_day_opt(d) {
        Some(w) => in_range(w).map(|()| w),
        None => Err(CalendarError::OutOfRange(format!("after {d}"))),
    }
}

/// The `n`-th working day strictly after `d`, within the calendar's range.
fn nth_working_day_after(
    cal: &HolidayCalendar,
    d: NaiveDate,
    n: u32,
) -> Result<NaiveDate, CalendarError> {
    let out = || CalendarError::OutOfRange(format!("{n} working days after {d}"));
    // Fewer calendar days than `n` remain before the end of the range: no need to walk.
    let last = NaiveDate::from_ymd_opt(MAX_YEAR, 12, 31).ok_or_else(out)?;
    if i64::from(n) > last.signed_duration_since(d).num_days() {
        return Err(out());
    }
    let mut t = d;
    let mut left = n;
    while left > 0 {
        t = t.succ_opt().ok_or_else(out)?;
        if t.year() > MAX_YEAR {
            return Err(out());
        }
        if cal.is_working_day(t) {
            left -= 1;
        }
    }
    Ok(t)
}

fn in_range(d: NaiveDate) -> Result<(), CalendarError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&d.year()) {
        Ok(())
    } else {
        Err(CalendarError::OutOfRange(d.to_string()))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::calendar::amsterdam::format_instant;
    use crate::explain::{Locale, NoteKind};
    use crate::params::{EquatedDecree, Source};
    use chrono::Weekday;
    use proptest::prelude::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn cal() -> HolidayCalendar {
        HolidayCalendar::new(&[EquatedDecree {
            source: Source {
                title: "Besluit gelijkstelling 2026–2028".to_owned(),
                url: None,
            },
            years: vec![2026, 2027, 2028],
            days: vec![
                ymd(2026, 1, 2),
                ymd(2026, 5, 15),
                ymd(2027, 5, 7),
                ymd(2028, 4, 28),
                ymd(2028, 5, 26),
            ],
        }])
    }

    fn on(d: NaiveDate, p: &str, c: Counting) -> Computed {
        compute(When::Date(d), Period::parse_iso(p).unwrap(), c, &cal()).unwrap()
    }

    fn at(i: &str, p: Period, c: Counting) -> Computed {
        let i = DateTime::parse_from_rfc3339(i).unwrap();
        compute(When::Instant(i), p, c, &cal()).unwrap()
    }

    fn articles(c: &Computed) -> Vec<String> {
        c.basis
            .iter()
            .map(|b| format!("{} {}", b.act, b.article))
            .collect()
    }

    const PR: Counting = Counting::Pr1182;
    const D3: Counting = Counting::Dublin3Art42;
    const ATW: Counting = Counting::Atw { liberty: false };

    #[test]
    fn registration_p5d_ends_on_saturday_extended_to_monday() {
        let c = on(ymd(2026, 6, 15), "P5D", PR);
        assert_eq!(c.unextended_due, ymd(2026, 6, 20));
        assert_eq!(c.due, ymd(2026, 6, 22));
        assert!(c.extended);
        assert_eq!(format_instant(&c.expires_at), "2026-06-23T00:00:00+02:00");
        assert_eq!(articles(&c), ["PR 3(1)", "PR 3(2)(b)", "PR 3(4)"]);
        assert!(c.notes.is_empty());
    }

    #[test]
    fn p21d_not_extended() {
        let c = on(ymd(2026, 6, 16), "P21D", PR);
        assert_eq!(c.due, ymd(2026, 7, 7));
        assert!(!c.extended);
        assert_eq!(c.unextended_due, c.due);
        assert_eq!(articles(&c), ["PR 3(1)", "PR 3(2)(b)"]);
    }

    #[test]
    fn pt72h_from_instant() {
        let c = at("2026-07-01T09:30:00+02:00", Period::hours(72), PR);
        assert_eq!(format_instant(&c.expires_at), "2026-07-04T10:00:00+02:00");
        assert_eq!(c.due, ymd(2026, 7, 4));
        assert!(!c.extended);
        assert_eq!(articles(&c), ["PR 3(1)", "PR 3(2)(a)"]);
        assert!(c.notes.is_empty());
        // An event on the full hour: that hour is not counted either.
        let c = at("2026-07-01T10:00:00+02:00", Period::hours(1), PR);
        assert_eq!(format_instant(&c.expires_at), "2026-07-01T12:00:00+02:00");
        // Ending at midnight: the due day is the day before.
        let c = at("2026-07-01T22:10:00+02:00", Period::hours(1), PR);
        assert_eq!(format_instant(&c.expires_at), "2026-07-02T00:00:00+02:00");
        assert_eq!(c.due, ymd(2026, 7, 1));
    }

    #[test]
    fn hours_are_elapsed_across_dst() {
        let c = at("2026-10-23T09:30:00+02:00", Period::hours(72), PR);
        assert_eq!(format_instant(&c.expires_at), "2026-10-26T09:00:00+01:00");
        assert_eq!(c.due, ymd(2026, 10, 26));
        let c = at("2026-03-27T09:30:00+01:00", Period::hours(72), PR);
        assert_eq!(format_instant(&c.expires_at), "2026-03-30T11:00:00+02:00");
        // An hour period ending on a Saturday is never extended.
        let c = at("2026-06-18T09:30:00+02:00", Period::hours(48), PR);
        assert_eq!(c.due, ymd(2026, 6, 20));
        assert!(!c.extended);
    }

    #[test]
    fn hours_from_a_date_count_from_midnight_with_a_note() {
        let c = compute(When::Date(ymd(2026, 7, 1)), Period::hours(72), PR, &cal()).unwrap();
        assert_eq!(format_instant(&c.expires_at), "2026-07-04T01:00:00+02:00");
        assert_eq!(c.notes.len(), 1);
        assert_eq!(c.notes[0].render(Locale::En).kind, NoteKind::Assumption);
        assert!(c.notes[0]
            .render(Locale::En)
            .text
            .contains("earliest possible end"));
        assert!(c.notes[0]
            .render(Locale::Nl)
            .text
            .contains("vroegst mogelijke einde"));
    }

    #[test]
    fn ammr75_two_months_ending_on_sunday() {
        let c = on(ymd(2026, 9, 1), "P2M", Counting::Ammr75);
        assert_eq!(c.unextended_due, ymd(2026, 11, 1));
        assert_eq!(c.due, ymd(2026, 11, 2));
        assert!(c.extended);
        assert_eq!(articles(&c), ["AMMR 75"]);
    }

    #[test]
    fn apr73_has_no_two_working_days_rule() {
        // APR 27(1) example of RULES §1.1: made Thu 25-03-2027; + 5 days = Tue 30-03-2027 (Good
        // Friday 26-03, the weekend and Easter Monday 29-03 lie inside, the end is a working day);
        // PR 3(5) would push to Wed 31-03 (only one working day in the period).
        let c = on(ymd(2027, 3, 25), "P5D", Counting::Apr73);
        assert_eq!(c.due, ymd(2027, 3, 30));
        assert!(!c.extended);
        assert_eq!(articles(&c), ["APR 73"]);
        let p = on(ymd(2027, 3, 25), "P5D", Counting::Pr1182);
        assert_eq!(p.due, ymd(2027, 3, 31));
        // RBPR 11: an end on a Sunday moves to the Monday.
        let r = on(ymd(2026, 9, 6), "P12W", Counting::Rbpr11);
        assert_eq!((r.due, r.extended), (ymd(2026, 11, 30), true));
        assert_eq!(articles(&r), ["RBPR 11"]);
    }

    #[test]
    fn ammr75_has_no_two_working_days_rule() {
        // P2D from Thu 2 April 2026: Sat 4 April → Tue 7 April, and no 3(5) push to the 8th.
        let c = on(ymd(2026, 4, 2), "P2D", Counting::Ammr75);
        assert_eq!(c.due, ymd(2026, 4, 7));
    }

    #[test]
    fn six_months() {
        let c = on(ymd(2026, 8, 5), "P6M", PR);
        assert_eq!(c.due, ymd(2027, 2, 5));
        assert!(!c.extended);
        assert_eq!(articles(&c), ["PR 3(1)", "PR 3(2)(c)"]);
    }

    #[test]
    fn month_end_clamp() {
        assert_eq!(on(ymd(2027, 1, 31), "P1M", D3).due, ymd(2027, 2, 28));
        assert_eq!(on(ymd(2028, 1, 31), "P1M", D3).due, ymd(2028, 2, 29));
        assert_eq!(on(ymd(2026, 8, 31), "P1M", D3).due, ymd(2026, 9, 30));
        assert_eq!(on(ymd(2028, 2, 29), "P1Y", D3).due, ymd(2029, 2, 28));
        // Under PR the clamped Sunday 28 Feb 2027 is extended to Monday 1 March.
        let c = on(ymd(2027, 1, 31), "P1M", PR);
        assert_eq!(c.unextended_due, ymd(2027, 2, 28));
        assert_eq!(c.due, ymd(2027, 3, 1));
    }

    #[test]
    fn dublin_limit_ending_on_saturday_stays() {
        let c = on(ymd(2026, 4, 20), "P2M", D3);
        assert_eq!(c.due, ymd(2026, 6, 20));
        assert_eq!(c.due.weekday(), Weekday::Sat);
        assert!(!c.extended);
        assert_eq!(articles(&c), ["D3 42"]);
        // Dublin III does not look at holidays: no note even for a year without a decree.
        assert!(on(ymd(2030, 1, 1), "P3M", D3).notes.is_empty());
    }

    #[test]
    fn weeks_end_on_the_same_weekday() {
        let c = on(ymd(2026, 6, 17), "P2W", PR);
        assert_eq!(c.due, ymd(2026, 7, 1));
        assert_eq!(c.due.weekday(), Weekday::Wed);
    }

    #[test]
    fn pr_3_4_then_3_5_over_easter() {
        // Thu 2 April 2026 + 2 days = Sat 4 April; GV 3 Apr, weekend, Easter Monday 6 Apr.
        let c = on(ymd(2026, 4, 2), "P2D", PR);
        assert_eq!(c.unextended_due, ymd(2026, 4, 4));
        assert_eq!(c.due, ymd(2026, 4, 8));
        assert!(c.extended);
        assert_eq!(
            articles(&c),
            ["PR 3(1)", "PR 3(2)(b)", "PR 3(4)", "PR 3(5)"]
        );
        // 3(5) alone: Tue 7 April is a working day but the only one in the period.
        let c = on(ymd(2026, 4, 2), "P5D", PR);
        assert_eq!(c.unextended_due, ymd(2026, 4, 7));
        assert_eq!(c.due, ymd(2026, 4, 8));
        assert_eq!(articles(&c), ["PR 3(1)", "PR 3(2)(b)", "PR 3(5)"]);
        // A one-day period is not "of two days or more".
        let c = on(ymd(2026, 4, 2), "P1D", PR);
        assert_eq!(c.due, ymd(2026, 4, 7));
    }

    #[test]
    fn working_days() {
        // 10 working days from Wed 13 May 2026 skip Ascension, the equated 15th, Whit Monday.
        let c = compute(
            When::Date(ymd(2026, 5, 13)),
            Period::working_days(10),
            PR,
            &cal(),
        )
        .unwrap();
        assert_eq!(c.due, ymd(2026, 6, 1));
        assert!(!c.extended);
        let atw = compute(
            When::Date(ymd(2026, 5, 13)),
            Period::working_days(10),
            ATW,
            &cal(),
        )
        .unwrap();
        assert_eq!(atw.due, ymd(2026, 6, 1));
    }

    #[test]
    fn atw_one_week_not_extended() {
        let c = on(ymd(2026, 8, 3), "P1W", ATW);
        assert_eq!(c.due, ymd(2026, 8, 10));
        assert!(!c.extended);
        assert_eq!(articles(&c), ["Awb 6:8"]);
        assert!(c.notes.is_empty());
    }

    #[test]
    fn atw_1_and_2() {
        // Atw 1: P2D from Thu 18 June 2026 ends Sat 20 → Mon 22 (Atw 2 needs three days).
        let c = on(ymd(2026, 6, 18), "P2D", ATW);
        assert_eq!(c.due, ymd(2026, 6, 22));
        assert_eq!(articles(&c), ["Awb 6:8", "Atw 1"]);
        // P2D from Thu 2 April: Atw 1 to Tue 7 April; Atw 2 does not apply to two days.
        let c = on(ymd(2026, 4, 2), "P2D", ATW);
        assert_eq!(c.due, ymd(2026, 4, 7));
        // P3D from Thu 2 April: Sun 5 → Atw 1 → Tue 7 → Atw 2 → Wed 8.
        let c = on(ymd(2026, 4, 2), "P3D", ATW);
        assert_eq!(c.unextended_due, ymd(2026, 4, 5));
        assert_eq!(c.due, ymd(2026, 4, 8));
        assert_eq!(articles(&c), ["Awb 6:8", "Atw 1", "Atw 2"]);
        // Atw 2 alone: P5D from Thu 2 April ends on Tue 7 April, its only working day.
        let c = on(ymd(2026, 4, 2), "P5D", ATW);
        assert_eq!(c.due, ymd(2026, 4, 8));
        assert_eq!(articles(&c), ["Awb 6:8", "Atw 2"]);
        // Christmas 2026: P3D from Wed 23 Dec: Sat 26 → Mon 28; (23, 28] has 24 and 28.
        let c = on(ymd(2026, 12, 23), "P3D", ATW);
        assert_eq!(c.due, ymd(2026, 12, 28));
        assert_eq!(articles(&c), ["Awb 6:8", "Atw 1"]);
    }

    fn assert_atw4(c: &Computed, due: NaiveDate, reason: &str) {
        assert_eq!(c.due, due);
        assert!(!c.extended);
        assert!(articles(c).contains(&"Atw 4".to_owned()));
        assert_eq!(c.notes.len(), 1, "{:?}", c.notes);
        let note = c.notes[0].render(Locale::En);
        assert_eq!(note.kind, NoteKind::Info);
        assert!(note.text.contains(reason), "{}", note.text);
    }

    #[test]
    fn atw_4_exclusions() {
        // P13W from Sat 13 June 2026 → Sat 12 Sep 2026 stays.
        let c = on(ymd(2026, 6, 13), "P13W", ATW);
        assert_atw4(&c, ymd(2026, 9, 12), "more than twelve weeks");
        let c = on(ymd(2026, 6, 13), "P91D", ATW);
        assert_atw4(&c, ymd(2026, 9, 12), "more than 90 days");
        // P4M from Tue 20 Jan 2026 → Mon 20 Apr... use 27 Dec 2025 → Mon 27 Apr 2026 (Koningsdag).
        let c = on(ymd(2025, 12, 27), "P4M", ATW);
        assert_atw4(&c, ymd(2026, 4, 27), "more than three months");
        let c = on(ymd(2025, 4, 27), "P1Y", ATW);
        assert_atw4(&c, ymd(2026, 4, 27), "in years");
        let c = on(ymd(2026, 6, 16), "P4D", Counting::Atw { liberty: true });
        assert_atw4(&c, ymd(2026, 6, 20), "deprivation of liberty");
        let c = at("2026-07-01T09:30:00+02:00", Period::hours(72), ATW);
        assert_atw4(&c, ymd(2026, 7, 4), "in hours");
        // The limits themselves still fall under the Atw.
        let c = on(ymd(2026, 6, 14), "P90D", ATW);
        assert_eq!(c.unextended_due, ymd(2026, 9, 12));
        assert_eq!(c.due, ymd(2026, 9, 14));
        let c = on(ymd(2026, 6, 20), "P12W", ATW);
        assert_eq!(c.due, ymd(2026, 9, 14));
        let c = on(ymd(2026, 3, 27), "P3M", ATW);
        assert_eq!(c.unextended_due, ymd(2026, 6, 27));
        assert_eq!(c.due, ymd(2026, 6, 29));
    }

    #[test]
    fn ac_days() {
        let ac = Counting::AcDays { schiphol: false };
        let c = compute(When::Date(ymd(2026, 5, 11)), Period::ac_days(6), ac, &cal()).unwrap();
        assert_eq!(c.due, ymd(2026, 5, 20));
        assert!(!c.extended);
        assert_eq!(articles(&c), ["Vb-old 3.110(3)"]);
        assert_eq!(format_instant(&c.expires_at), "2026-05-21T00:00:00+02:00");
        let s = Counting::AcDays { schiphol: true };
        let c = compute(When::Date(ymd(2026, 5, 11)), Period::ac_days(6), s, &cal()).unwrap();
        assert_eq!(c.due, ymd(2026, 5, 16));
        // Days are AC days under this counting; a start on a Saturday begins on Monday.
        let c = compute(When::Date(ymd(2026, 6, 20)), Period::days(1), ac, &cal()).unwrap();
        assert_eq!(c.due, ymd(2026, 6, 22));
        let c = compute(When::Date(ymd(2026, 6, 22)), Period::days(1), ac, &cal()).unwrap();
        assert_eq!(c.due, ymd(2026, 6, 22));
    }

    #[test]
    fn undecreed_year_notes() {
        let c = on(ymd(2029, 3, 1), "P5D", PR);
        assert_eq!(c.notes.len(), 1);
        let note = c.notes[0].render(Locale::En);
        assert_eq!(note.kind, NoteKind::Assumption);
        assert!(note.text.contains("2029"));
        assert_eq!(note.basis[0].article, "3(3)");
        // One per uncovered year in (event, end].
        let c = on(ymd(2028, 12, 1), "P2Y", PR);
        assert_eq!(c.notes.len(), 2);
        // The event day itself is not in the period.
        assert!(on(ymd(2025, 12, 31), "P5D", PR).notes.is_empty());
        // AC days at Schiphol look at no holiday; elsewhere they do (and day 1 may be the start).
        let s = Counting::AcDays { schiphol: true };
        let c = compute(When::Date(ymd(2030, 1, 7)), Period::ac_days(6), s, &cal()).unwrap();
        assert!(c.notes.is_empty());
        let ac = Counting::AcDays { schiphol: false };
        let c = compute(When::Date(ymd(2030, 1, 7)), Period::ac_days(6), ac, &cal()).unwrap();
        assert_eq!(c.notes.len(), 1);
        // Hours look at no holiday.
        let c = at("2030-07-01T09:30:00+02:00", Period::hours(72), PR);
        assert!(c.notes.is_empty());
    }

    #[test]
    fn errors() {
        let cal = cal();
        let d = When::Date(ymd(2026, 6, 15));
        let err = compute(d, Period::ac_days(6), PR, &cal).unwrap_err();
        assert_eq!(
            err,
            CalendarError::UnitNotCountable {
                unit: "acDays",
                counting: "pr1182"
            }
        );
        for p in [Period::hours(3), Period::weeks(1), Period::working_days(2)] {
            let e = compute(d, p, Counting::AcDays { schiphol: true }, &cal).unwrap_err();
            assert!(matches!(e, CalendarError::UnitNotCountable { .. }), "{e}");
        }
        assert!(matches!(
            compute(d, Period::days(0), PR, &cal),
            Err(CalendarError::InvalidPeriod(_))
        ));
        for (when, p) in [
            (When::Date(ymd(1899, 12, 31)), Period::days(1)),
            (When::Date(ymd(2200, 1, 1)), Period::days(1)),
            (When::Date(ymd(2199, 12, 30)), Period::days(5)),
            (When::Date(ymd(2199, 6, 1)), Period::years(1)),
            (When::Date(ymd(2026, 1, 1)), Period::days(u32::MAX)),
            (When::Date(ymd(2026, 1, 1)), Period::years(u32::MAX)),
            (When::Date(ymd(2026, 1, 1)), Period::months(u32::MAX)),
            (When::Date(ymd(2026, 1, 1)), Period::weeks(u32::MAX)),
            (When::Date(ymd(2026, 1, 1)), Period::working_days(u32::MAX)),
            (When::Date(ymd(2026, 1, 1)), Period::hours(u32::MAX)),
            (When::Date(ymd(2199, 12, 31)), Period::hours(24)),
        ] {
            let e = compute(when, p, PR, &cal).unwrap_err();
            assert!(
                matches!(e, CalendarError::OutOfRange(_)),
                "{when} {p:?}: {e}"
            );
        }
        let e = compute(
            When::Date(ymd(2026, 1, 1)),
            Period::ac_days(u32::MAX),
            Counting::AcDays { schiphol: false },
            &cal,
        )
        .unwrap_err();
        assert!(matches!(e, CalendarError::OutOfRange(_)));
        // The last day of the range: 2199-12-31 is a Tuesday, a working day.
        let c = compute(When::Date(ymd(2199, 12, 30)), Period::days(1), PR, &cal).unwrap();
        assert_eq!(c.due, ymd(2199, 12, 31));
        // Extension past the range is out of range too (2199-12-26 + 3(4)).
        let e = compute(When::Date(ymd(2199, 12, 24)), Period::days(2), PR, &cal);
        assert!(e.is_ok() || matches!(e, Err(CalendarError::OutOfRange(_))));
    }

    fn any_counting() -> impl Strategy<Value = Counting> {
        prop_oneof![
            Just(Counting::Pr1182),
            Just(Counting::Ammr75),
            Just(Counting::Apr73),
            Just(Counting::Rbpr11),
            Just(Counting::Dublin3Art42),
            Just(Counting::Atw { liberty: false }),
            Just(Counting::Atw { liberty: true }),
            Just(Counting::AcDays { schiphol: false }),
            Just(Counting::AcDays { schiphol: true }),
        ]
    }

    fn any_unit() -> impl Strategy<Value = Unit> {
        prop_oneof![
            Just(Unit::Hours),
            Just(Unit::Days),
            Just(Unit::WorkingDays),
            Just(Unit::AcDays),
            Just(Unit::Weeks),
            Just(Unit::Months),
            Just(Unit::Years),
        ]
    }

    fn date_1950_2150() -> impl Strategy<Value = NaiveDate> {
        (0u64..73_000).prop_map(|n| ymd(1950, 1, 1).checked_add_days(Days::new(n)).unwrap())
    }

    fn last_day_of_month(y: i32, m: u32) -> u32 {
        let first_next = if m == 12 {
            ymd(y + 1, 1, 1)
        } else {
            ymd(y, m + 1, 1)
        };
        first_next.pred_opt().unwrap().day()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn due_never_before_unextended(
            d in date_1950_2150(), n in 1u32..400, unit in any_unit(), c in any_counting()
        ) {
            let cal = cal();
            if let Ok(r) = compute(When::Date(d), Period { amount: n, unit }, c, &cal) {
                prop_assert!(r.due >= r.unextended_due);
                prop_assert!(r.due >= r.from);
                prop_assert_eq!(r.extended, r.due != r.unextended_due);
                prop_assert!(!r.basis.is_empty());
                if unit != Unit::Hours {
                    prop_assert_eq!(r.expires_at, midnight_after(r.due));
                }
                let looks = matches!(
                    c,
                    Counting::Pr1182
                        | Counting::Ammr75
                        | Counting::Apr73
                        | Counting::Rbpr11
                        | Counting::Atw { .. }
                );
                if r.extended {
                    prop_assert!(looks);
                    prop_assert!(cal.is_working_day(r.due));
                }
                if c == Counting::Dublin3Art42 {
                    prop_assert!(!r.extended);
                }
                let two_days = match unit {
                    Unit::Days => n >= 2,
                    Unit::Weeks | Unit::Months | Unit::Years => true,
                    Unit::Hours | Unit::WorkingDays | Unit::AcDays => false,
                };
                if c == Counting::Pr1182 && two_days {
                    let second = nth_working_day_after(&cal, d, 2).unwrap();
                    prop_assert!(r.due >= second);
                }
            }
        }

        #[test]
        fn months_clamp_at_month_end(d in date_1950_2150(), n in 1u32..200, c in any_counting()) {
            let cal = cal();
            if let Ok(r) = compute(When::Date(d), Period::months(n), c, &cal) {
                let u = r.unextended_due;
                let months = (u.year() - d.year()) * 12 + (u.month() as i32 - d.month() as i32);
                prop_assert_eq!(months, n as i32);
                prop_assert_eq!(u.day(), d.day().min(last_day_of_month(u.year(), u.month())));
                if !r.extended {
                    prop_assert_eq!(r.due, u);
                }
            }
        }

        #[test]
        fn hours_are_exact_elapsed_hours(
            secs in 0i64..(200 * 366 * 86_400), n in 1u32..2000, c in any_counting()
        ) {
            let base = DateTime::parse_from_rfc3339("1950-01-01T00:00:00+00:00").unwrap();
            let ev = base + TimeDelta::seconds(secs);
            let ev = ev.with_timezone(&AMSTERDAM).fixed_offset();
            match compute(When::Instant(ev), Period::hours(n), c, &cal()) {
                Ok(r) => {
                    let elapsed = r.expires_at.signed_duration_since(ev);
                    prop_assert!(elapsed > TimeDelta::hours(i64::from(n)));
                    prop_assert!(elapsed <= TimeDelta::hours(i64::from(n) + 1));
                    prop_assert_eq!(r.expires_at.timestamp() % 3600, 0);
                    // The first counted hour starts at the next full hour after the event's hour.
                    let start = r.expires_at - TimeDelta::hours(i64::from(n));
                    prop_assert!(start > ev && start.signed_duration_since(ev) <= TimeDelta::hours(1));
                    prop_assert!(!r.extended);
                    prop_assert_eq!(r.due, (r.expires_at - TimeDelta::seconds(1)).date_naive());
                }
                Err(e) => prop_assert!(matches!(c, Counting::AcDays { .. }), "{}", e),
            }
        }

        #[test]
        fn never_panics(
            days in -200_000i64..200_000, n in any::<u32>(), unit in any_unit(),
            c in any_counting(), date_only in any::<bool>()
        ) {
            let d = ymd(2026, 1, 1) + TimeDelta::days(days);
            let when = if date_only {
                When::Date(d)
            } else {
                When::Instant(start_of_day(d).fixed_offset())
            };
            let r = compute(when, Period { amount: n, unit }, c, &cal());
            if !(MIN_YEAR..=MAX_YEAR).contains(&d.year()) {
                prop_assert!(matches!(r, Err(CalendarError::OutOfRange(_))));
            }
            if let Ok(r) = r {
                prop_assert!((MIN_YEAR..=MAX_YEAR).contains(&r.due.year()));
            }
        }

        #[test]
        fn in_range_small_periods_compute(
            d in date_1950_2150(), n in 1u32..40, unit in any_unit(), c in any_counting()
        ) {
            let r = compute(When::Date(d), Period { amount: n, unit }, c, &cal());
            let countable = match c {
                Counting::AcDays { .. } => matches!(unit, Unit::AcDays | Unit::Days),
                _ => unit != Unit::AcDays,
            };
            prop_assert_eq!(r.is_ok(), countable);
        }
    }
}
