//! Counting periods (RULES.md §1.1–§1.2): Reg. 1182/71 art. 3, AMMR art. 75, Dublin III art. 42,
//! Awb 6:8 with the Algemene termijnenwet, and Aanmeldcentrum days (Vb-old 3.110(3)).
//!
//! Every function here is pure and total: dates outside 1900..=2199 (of the event or of the end)
//! give [`CalendarError::OutOfRange`], all date arithmetic is checked.

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, TimeDelta};

use crate::explain::{uri, Basis, NoteKind, PendingNote, Text};

use super::amsterdam::{midnight_after, start_of_day, to_amsterdam, AMSTERDAM};
use super::holidays::HolidayCalendar;
use super::{CalendarError, Computed, Counting, Period, Unit, When, MAX_YEAR, MIN_YEAR};

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
        Unit::Days => "days",
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
        Counting::Ammr75 => {
            basis.push(Basis::new("AMMR", "75", uri::AMMR));
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
        Counting::Ammr75 => basis.push(Basis::new("AMMR", "75", uri::AMMR)),
        Counting::Dublin3Art42 => basis.push(Basis::new("D3", "42", uri::D3)),
        Counting::Atw { liberty } => {
            basis.push(Basis::new("Awb", "6:8", uri::AWB));
            if let Some(note) = atw_4_exclusion(period, liberty) {
                basis.push(Basis::new("Atw", "4", uri::ATW));
                notes.push(note);
            }
        }
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
        Counting::Ammr75 => basis.push(Basis::new("AMMR", "75", uri::AMMR)),
        Counting::Dublin3Art42 => basis.push(Basis::new("D3", "42", uri::D3)),
        Counting::Atw { liberty } => {
            basis.push(Basis::new("Atw", "4", uri::ATW));
            if let Some(note) = atw_4_exclusion(period, liberty) {
                notes.push(note);
            }
        }
        Counting::AcDays { .. } => {}
    }
    if let When::Date(d) = event {
        notes.push(PendingNote {
            kind: NoteKind::Assumption,
            text: Text::new(
                format!(
                    "Het tijdstip op {d} is onbekend; de termijn in uren is berekend alsof de \
                     gebeurtenis in het eerste uur van die dag (00:00) plaatsvond. Dit is het \
                     vroegst mogelijke einde."
                ),
                format!(
                    "The time of day on {d} is unknown; the period in hours is computed as if \
                     the event occurred in the first hour of that day (00:00). This is the \
                     earliest possible end."
                ),
            ),
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

/// Which point of PR 3(2) governs the unit: (b) days, (c) weeks, months and years.
fn pr_3_2(unit: Unit) -> &'static str {
    match unit {
        Unit::Hours => "3(2)(a)",
        Unit::Weeks | Unit::Months | Unit::Years => "3(2)(c)",
        Unit::Days | Unit::WorkingDays | Unit::AcDays => "3(2)(b)",
    }
}

/// Atw art. 4: the note saying why the Atw does not extend this period, or `None` if it may.
fn atw_4_exclusion(period: Period, liberty: bool) -> Option<PendingNote> {
    let n = period.amount;
    let mut nl: Vec<String> = Vec::new();
    let mut en: Vec<String> = Vec::new();
    let by_unit = match period.unit {
        Unit::Hours => Some(("in uren", "expressed in hours")),
        Unit::Days | Unit::WorkingDays | Unit::AcDays if n > 90 => {
            Some(("van meer dan 90 dagen", "of more than 90 days"))
        }
        Unit::Weeks if n > 12 => Some(("van meer dan twaalf weken", "of more than twelve weeks")),
        Unit::Months if n > 3 => Some(("van meer dan drie maanden", "of more than three months")),
        Unit::Years => Some(("in jaren", "expressed in years")),
        _ => None,
    };
    if let Some((a, b)) = by_unit {
        nl.push(format!("art. 4(1)(a): de termijn ({}) is een termijn {a}", period.iso()));
        en.push(format!("art. 4(1)(a): the period ({}) is a period {b}", period.iso()));
    }
    if liberty {
        nl.push("art. 4(1)(c): het is een termijn van vrijheidsbeneming".to_owned());
        en.push("art. 4(1)(c): it is a period of deprivation of liberty".to_owned());
    }
    if nl.is_empty() {
        return None;
    }
    Some(PendingNote {
        kind: NoteKind::Info,
        text: Text::new(
            format!(
                "De Algemene termijnenwet verlengt deze termijn niet (Atw {}); een einde op een \
                 zaterdag, zondag of feestdag blijft staan.",
                nl.join("; ")
            ),
            format!(
                "The Algemene termijnenwet does not extend this period (Atw {}); an end on a \
                 Saturday, Sunday or public holiday stands.",
                en.join("; ")
            ),
        ),
        basis: vec![Basis::new("Atw", "4", uri::ATW)],
    })
}

/// One assumption note per year in `first..=last` that no equated-days decree covers (Atw
/// art. 3(3)).
fn undecreed_years(cal: &HolidayCalendar, first: NaiveDate, last: NaiveDate) -> Vec<PendingNote> {
    (first.year()..=last.year())
        .filter(|y| !cal.decree_covers(*y))
        .map(|y| PendingNote {
            kind: NoteKind::Assumption,
            text: Text::new(
                format!(
                    "Voor {y} is geen besluit bekend dat dagen met een algemeen erkende feestdag \
                     gelijkstelt; de berekening gebruikt alleen de feestdagen uit de wet (Atw \
                     art. 3(1)–(2)). Bij besluit kunnen voor {y} nog dagen worden gelijkgesteld \
                     (Atw art. 3(3))."
                ),
                format!(
                    "No decree equating days with public holidays is known for {y}; the \
                     computation uses the statutory holidays only (Atw art. 3(1)–(2)). Days may \
                     still be equated for {y} by decree (Atw art. 3(3))."
                ),
            ),
            basis: vec![Basis::new("Atw", "3(3)", uri::ATW)],
        })
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
        Err(CalendarError::OutOfRange(d.format("%Y-%m-%d").to_string()))
    }
}
