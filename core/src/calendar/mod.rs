//! The legal calendar: Amsterdam time, Dutch public holidays, and the counting of periods under
//! EU law (Reg. 1182/71 art. 3; AMMR art. 75; Dublin III art. 42) and Dutch law (Awb 6:8,
//! Algemene termijnenwet), plus Aanmeldcentrum days (Vb-old 3.110(3)).
//!
//! Every day is an Amsterdam calendar day (RULES.md §1). The engine never reads a clock.
//! Nothing here rounds silently: a period from a date-only event where the law counts hours is
//! computed from the first hour of that day and says so in a note (after Catala's refusal to
//! round dates without a declared rule).

pub mod amsterdam;
pub mod holidays;
pub mod periods;

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate};
use chrono_tz::Tz;

use crate::digits::put_digits;
use crate::explain::{uri, Basis, Locale, Note, NoteKind};
use crate::text;

pub use amsterdam::{amsterdam_date, format_instant, midnight_after, to_amsterdam, AMSTERDAM};
pub use holidays::{Holiday, HolidayCalendar, StatutoryHoliday};
pub use periods::compute;

/// `YYYY`, `MM`, `DD` of a date whose year has four digits.
fn four_digit_ymd(d: NaiveDate) -> Option<(u32, u32, u32)> {
    use chrono::Datelike;
    let year = u32::try_from(d.year()).ok().filter(|y| *y <= 9999)?;
    Some((year, d.month(), d.day()))
}

/// A date as the contract writes it: `YYYY-MM-DD` (the same text as chrono's `Display`, built
/// without the formatting machinery: deadlines print several dates per case).
pub fn iso_date(d: NaiveDate) -> String {
    let Some((y, m, day)) = four_digit_ymd(d) else {
        return d.to_string();
    };
    let mut b = *b"0000-00-00";
    put_digits(&mut b[0..4], y);
    put_digits(&mut b[5..7], m);
    put_digits(&mut b[8..10], day);
    String::from_utf8_lossy(&b).into_owned()
}

/// A date as Dutch texts write it: `DD-MM-YYYY`.
pub fn dmy(d: NaiveDate) -> String {
    use chrono::Datelike;
    let Some((y, m, day)) = four_digit_ymd(d) else {
        return format!("{:02}-{:02}-{:04}", d.day(), d.month(), d.year());
    };
    let mut b = *b"00-00-0000";
    put_digits(&mut b[0..2], day);
    put_digits(&mut b[3..5], m);
    put_digits(&mut b[6..10], y);
    String::from_utf8_lossy(&b).into_owned()
}

/// A moment as the law's facts give it: a full instant with offset, or only an (Amsterdam) date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// An Amsterdam calendar date; the time of day is unknown.
    Date(NaiveDate),
    /// An instant (RFC 3339 with offset).
    Instant(DateTime<FixedOffset>),
}

impl When {
    /// The Amsterdam calendar date of this moment (RULES §1: 2026-06-11T23:30:00Z is 2026-06-12).
    pub fn date(&self) -> NaiveDate {
        match self {
            When::Date(d) => *d,
            When::Instant(i) => amsterdam_date(i),
        }
    }

    /// The earliest instant this moment can denote (00:00 Amsterdam for a date).
    pub fn earliest_instant(&self) -> DateTime<Tz> {
        match self {
            When::Date(d) => amsterdam::start_of_day(*d),
            When::Instant(i) => to_amsterdam(i),
        }
    }

    /// Whether the time of day is known.
    pub fn has_time(&self) -> bool {
        matches!(self, When::Instant(_))
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            When::Date(d) => write!(f, "{d}"),
            When::Instant(i) => write!(f, "{}", i.to_rfc3339()),
        }
    }
}

/// Unit of a period as the law states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Hours (elapsed hours; PR 3(1), 3(2)(a)).
    Hours,
    /// Calendar days.
    Days,
    /// Working days (PR 2(2): not Saturdays, Sundays or public holidays).
    WorkingDays,
    /// Aanmeldcentrum days (Vb-old 3.110(3)); the caller chooses Schiphol or not in [`Counting`].
    AcDays,
    /// Weeks.
    Weeks,
    /// Months.
    Months,
    /// Years.
    Years,
}

/// A period: an amount of a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    /// How many units.
    pub amount: u32,
    /// Which unit.
    pub unit: Unit,
}

impl Period {
    /// `amount` hours.
    pub const fn hours(amount: u32) -> Self {
        Period {
            amount,
            unit: Unit::Hours,
        }
    }
    /// `amount` calendar days.
    pub const fn days(amount: u32) -> Self {
        Period {
            amount,
            unit: Unit::Days,
        }
    }
    /// `amount` working days.
    pub const fn working_days(amount: u32) -> Self {
        Period {
            amount,
            unit: Unit::WorkingDays,
        }
    }
    /// `amount` Aanmeldcentrum days.
    pub const fn ac_days(amount: u32) -> Self {
        Period {
            amount,
            unit: Unit::AcDays,
        }
    }
    /// `amount` weeks.
    pub const fn weeks(amount: u32) -> Self {
        Period {
            amount,
            unit: Unit::Weeks,
        }
    }
    /// `amount` months.
    pub const fn months(amount: u32) -> Self {
        Period {
            amount,
            unit: Unit::Months,
        }
    }
    /// `amount` years.
    pub const fn years(amount: u32) -> Self {
        Period {
            amount,
            unit: Unit::Years,
        }
    }

    /// ISO 8601 duration as stated in law: `PT72H`, `P5D`, `P2W`, `P6M`, `P1Y`. Working days and
    /// AC days have no ISO unit; they are written as days (`P10D`) and the deadline's `unit`
    /// field says how they are counted.
    pub fn iso(&self) -> String {
        let (prefix, suffix) = match self.unit {
            Unit::Hours => ("PT", 'H'),
            Unit::Days | Unit::WorkingDays | Unit::AcDays => ("P", 'D'),
            Unit::Weeks => ("P", 'W'),
            Unit::Months => ("P", 'M'),
            Unit::Years => ("P", 'Y'),
        };
        // Built by hand (one per deadline): the same text as `format!("P{n}D")`.
        let mut out = String::with_capacity(8);
        out.push_str(prefix);
        out.push_str(&crate::digits::decimal(u128::from(self.amount)));
        out.push(suffix);
        out
    }

    /// Parses `PT72H`, `P5D`, `P2W`, `P6M`, `P1Y` (one unit only, amount 1..=9999).
    pub fn parse_iso(s: &str) -> Result<Period, CalendarError> {
        let bad = || CalendarError::InvalidPeriod(s.to_owned());
        let (digits, unit) = if let Some(rest) = s.strip_prefix("PT") {
            (rest.strip_suffix('H').ok_or_else(bad)?, Unit::Hours)
        } else if let Some(rest) = s.strip_prefix('P') {
            let (num, u) = rest.split_at(rest.len().saturating_sub(1));
            let unit = match u {
                "D" => Unit::Days,
                "W" => Unit::Weeks,
                "M" => Unit::Months,
                "Y" => Unit::Years,
                _ => return Err(bad()),
            };
            (num, unit)
        } else {
            return Err(bad());
        };
        if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let amount: u32 = digits.parse().map_err(|_| bad())?;
        if amount == 0 {
            return Err(bad());
        }
        Ok(Period { amount, unit })
    }
}

/// Which counting rule governs a period. The rule is part of the law that sets the period.
///
/// Acts checked for a rule of their own (RULES §1.1): the APR (art. 73), the AMMR (art. 75), the
/// RBPR (art. 11) and Dublin III (art. 42) have one. The SR (2024/1356, arts 1–25), the EDR
/// (2024/1358), the RCD (2024/1346) and the CFR (2024/1359, arts 1–20) have none, so their
/// limits follow Reg. 1182/71 (`Pr1182`), which applies "save as otherwise provided" (PR art. 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Counting {
    /// Reg. 1182/71 art. 3 in full: event day (hour) not counted, 3(4) extension to the next
    /// working day, 3(5) at least two working days in a period of two days or more.
    Pr1182,
    /// AMMR art. 75: as PR 3(1)–(4) (extension to the next working day) but no two-working-days
    /// rule.
    Ammr75,
    /// APR art. 73 (read in the text): "(a) ... the day on which that event occurs or that action
    /// takes place shall not itself be counted ...; (b) a period expressed in weeks or months
    /// shall end with the expiry of whichever day in the last week or month is the same day of
    /// the week, or falls on the same date of the month ...; (c) time limits shall include
    /// Saturdays, Sundays and official holidays in the Member State concerned; where a time limit
    /// ends on a Saturday, Sunday or official holiday, the next working day shall be counted as
    /// the last day of the time limit." The AMMR 75 rule: no two-working-days rule (PR 3(5)).
    Apr73,
    /// RBPR (Reg. (EU) 2024/1349) art. 11 "Calculation of time limits" (read in the text), word
    /// for word the rule of APR 73: event day not counted, same weekday/date, Saturdays, Sundays
    /// and official holidays included, an end on one of them moved to the next working day; no
    /// two-working-days rule.
    Rbpr11,
    /// Dublin III art. 42: event day not counted, no extension at all.
    Dublin3Art42,
    /// Dutch law: Awb 6:8 (start the day after the event), Atw 1 and 2 extensions, unless Atw
    /// art. 4 excludes the period (hours, > 90 days, > 12 weeks, > 3 months, years) or
    /// `liberty` says it is a "termijn van vrijheidsbeneming" (Atw 4(1)(c)).
    Atw {
        /// The period bounds a deprivation of liberty (Atw 4(1)(c)): never extended.
        liberty: bool,
    },
    /// A Dutch minimum period within which nobody has to act (the legacy rest period, "ten
    /// minste zes dagen", Vb-old 3.109(1)): counted from the day after the event (Awb 6:8); the
    /// Atw, which lengthens periods within which an act must or may be done, never moves it.
    Minimum,
    /// Aanmeldcentrum days (Vb-old 3.110(3)): weekends and Atw holidays do not count, except at
    /// Aanmeldcentrum Schiphol where every day counts. Day 1 is the first AC day on or after the
    /// start; the period ends at the end of the `amount`-th AC day.
    AcDays {
        /// Aanmeldcentrum Schiphol: every day counts.
        schiphol: bool,
    },
}

impl Counting {
    /// Every counting rule, in the order of the contract's documentation. [`Counting::name`]'s
    /// exhaustive `match` and the test below keep it complete.
    pub const ALL: [Counting; 10] = [
        Counting::Pr1182,
        Counting::Ammr75,
        Counting::Apr73,
        Counting::Rbpr11,
        Counting::Dublin3Art42,
        Counting::Atw { liberty: false },
        Counting::Atw { liberty: true },
        Counting::Minimum,
        Counting::AcDays { schiphol: false },
        Counting::AcDays { schiphol: true },
    ];

    /// Stable name used in the output (`counting` of a deadline).
    pub fn name(&self) -> &'static str {
        match self {
            Counting::Pr1182 => "pr1182",
            Counting::Ammr75 => "ammr75",
            Counting::Apr73 => "apr73",
            Counting::Rbpr11 => "rbpr11",
            Counting::Dublin3Art42 => "dublin3Art42",
            Counting::Atw { liberty: false } => "atw",
            Counting::Atw { liberty: true } => "atwLiberty",
            Counting::Minimum => "atwMinimum",
            Counting::AcDays { schiphol: false } => "acDays",
            Counting::AcDays { schiphol: true } => "acDaysSchiphol",
        }
    }
}

/// A computed period.
#[derive(Debug, Clone, PartialEq)]
pub struct Computed {
    /// Amsterdam date of the starting event.
    pub from: NaiveDate,
    /// The period as stated in law.
    pub period: Period,
    /// Last Amsterdam day on which the act is in time (for hours: the day of `expires_at`).
    pub due: NaiveDate,
    /// The instant the period has run out, in Amsterdam time.
    pub expires_at: DateTime<Tz>,
    /// Whether PR 3(4)/3(5), AMMR 75 or Atw 1/2 pushed the end.
    pub extended: bool,
    /// The last day before any extension.
    pub unextended_due: NaiveDate,
    /// The counting rules applied (PR 3(1), 3(2)(c), 3(4) … or Awb 6:8, Atw 1 …), in order.
    pub basis: Vec<Basis>,
    /// Notes (e.g. no equated-days decree covers a year in the period; hour period from a date).
    pub notes: Vec<CalendarNote>,
}

/// A note the calendar raises, kept as data until it is put in words in the assessment's
/// language ([`CalendarNote::render`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarNote {
    /// An hour period counted from an event known only by its date: computed from the first hour
    /// of that day (the earliest possible end), never rounded silently.
    HoursFromDate {
        /// The Amsterdam day of the event.
        date: NaiveDate,
        /// The counting rules of the period.
        basis: Vec<Basis>,
    },
    /// Atw art. 4 excludes the period from extension by the Atw.
    AtwExclusion {
        /// Art. 4(1)(a): the period, when its length or unit excludes it.
        period: Option<Period>,
        /// Art. 4(1)(c): a period of deprivation of liberty.
        liberty: bool,
    },
    /// No decree equating days with public holidays is known for the year (Atw art. 3(3)).
    UndecreedYear {
        /// The year.
        year: i32,
    },
}

impl CalendarNote {
    /// The note in one language.
    pub fn render(&self, locale: Locale) -> Note {
        match self {
            CalendarNote::HoursFromDate { date, basis } => Note {
                kind: NoteKind::Assumption,
                text: text!(
                    locale,
                    format!(
                        "Het tijdstip op {date} is onbekend; de termijn in uren is berekend alsof \
                         de gebeurtenis in het eerste uur van die dag (00:00) plaatsvond. Dit is \
                         het vroegst mogelijke einde."
                    ),
                    format!(
                        "The time of day on {date} is unknown; the period in hours is computed as \
                         if the event occurred in the first hour of that day (00:00). This is the \
                         earliest possible end."
                    )
                )
                .into_cow(),
                basis: basis.clone(),
            },
            CalendarNote::AtwExclusion { period, liberty } => {
                let mut parts: Vec<String> = Vec::new();
                if let Some(p) = period {
                    let iso = p.iso();
                    let kind = match p.unit {
                        Unit::Hours => text!(locale, "in uren", "expressed in hours"),
                        Unit::Days | Unit::WorkingDays | Unit::AcDays => {
                            text!(locale, "van meer dan 90 dagen", "of more than 90 days")
                        }
                        Unit::Weeks => {
                            text!(
                                locale,
                                "van meer dan twaalf weken",
                                "of more than twelve weeks"
                            )
                        }
                        Unit::Months => {
                            text!(
                                locale,
                                "van meer dan drie maanden",
                                "of more than three months"
                            )
                        }
                        Unit::Years => text!(locale, "in jaren", "expressed in years"),
                    };
                    parts.push(match locale {
                        Locale::Nl => {
                            format!("art. 4(1)(a): de termijn ({iso}) is een termijn {kind}")
                        }
                        Locale::En => {
                            format!("art. 4(1)(a): the period ({iso}) is a period {kind}")
                        }
                    });
                }
                if *liberty {
                    parts.push(
                        text!(
                            locale,
                            "art. 4(1)(c): het is een termijn van vrijheidsbeneming",
                            "art. 4(1)(c): it is a period of deprivation of liberty"
                        )
                        .to_string(),
                    );
                }
                let parts = parts.join("; ");
                Note {
                    kind: NoteKind::Info,
                    text: text!(
                        locale,
                        format!(
                            "De Algemene termijnenwet verlengt deze termijn niet (Atw {parts}); een \
                             einde op een zaterdag, zondag of feestdag blijft staan."
                        ),
                        format!(
                            "The Algemene termijnenwet does not extend this period (Atw {parts}); \
                             an end on a Saturday, Sunday or public holiday stands."
                        )
                    )
                    .into_cow(),
                    basis: vec![Basis::new("Atw", "4", uri::ATW)],
                }
            }
            CalendarNote::UndecreedYear { year } => Note {
                kind: NoteKind::Assumption,
                text: text!(
                    locale,
                    format!(
                        "Voor {year} is geen besluit bekend dat dagen met een algemeen erkende \
                         feestdag gelijkstelt; de berekening gebruikt alleen de feestdagen uit de \
                         wet (Atw art. 3(1)–(2)). Bij besluit kunnen voor {year} nog dagen worden \
                         gelijkgesteld (Atw art. 3(3))."
                    ),
                    format!(
                        "No decree equating days with public holidays is known for {year}; the \
                         computation uses the statutory holidays only (Atw art. 3(1)–(2)). Days \
                         may still be equated for {year} by decree (Atw art. 3(3))."
                    )
                )
                .into_cow(),
                basis: vec![Basis::new("Atw", "3(3)", uri::ATW)],
            },
        }
    }
}

/// Why a period cannot be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    /// A date outside 1900-01-01 ..= 2199-12-31, which the holiday calendar does not cover.
    #[error("date {0} is outside the calendar's range 1900-01-01..2199-12-31")]
    OutOfRange(String),
    /// A period string that is not `PT<n>H`, `P<n>D`, `P<n>W`, `P<n>M` or `P<n>Y`.
    #[error("invalid period {0:?}: expected PT<n>H, P<n>D, P<n>W, P<n>M or P<n>Y")]
    InvalidPeriod(String),
    /// A unit that the counting rule cannot count (e.g. hours in AC days).
    #[error("{unit} cannot be counted under {counting}")]
    UnitNotCountable {
        /// The unit.
        unit: &'static str,
        /// The counting rule.
        counting: &'static str,
    },
}

/// First and last date the calendar covers (Atw holidays are computed for these years only).
pub const MIN_YEAR: i32 = 1900;
/// Last year the calendar covers.
pub const MAX_YEAR: i32 = 2199;

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, Offset, TimeZone};

    #[test]
    fn four_digit_years_take_the_fast_path_and_others_do_not() {
        let d = NaiveDate::from_ymd_opt(2026, 6, 12).unwrap();
        assert_eq!(four_digit_ymd(d), Some((2026, 6, 12)));
        let far = NaiveDate::from_ymd_opt(10000, 1, 1).unwrap();
        assert_eq!(four_digit_ymd(far), None);
        assert_eq!(iso_date(far), far.to_string());
        let before = NaiveDate::from_ymd_opt(-1, 1, 1).unwrap();
        assert_eq!(four_digit_ymd(before), None);
    }

    #[test]
    fn hand_written_dates_match_chrono_on_every_day_of_the_calendar() {
        let mut d = NaiveDate::from_ymd_opt(MIN_YEAR, 1, 1).unwrap();
        let last = NaiveDate::from_ymd_opt(MAX_YEAR, 12, 31).unwrap();
        let mut days = 0;
        while d <= last {
            assert_eq!(iso_date(d), d.to_string());
            assert_eq!(
                dmy(d),
                format!("{:02}-{:02}-{:04}", d.day(), d.month(), d.year())
            );
            d = d.succ_opt().unwrap();
            days += 1;
        }
        assert_eq!(days, 109_573);
        // Outside four-digit years the chrono text is kept.
        let far = NaiveDate::from_ymd_opt(12_345, 6, 7).unwrap();
        assert_eq!(iso_date(far), "+12345-06-07");
    }

    #[test]
    fn hand_written_period_text_matches_format() {
        let units = [
            (Unit::Hours, "PT", "H"),
            (Unit::Days, "P", "D"),
            (Unit::WorkingDays, "P", "D"),
            (Unit::AcDays, "P", "D"),
            (Unit::Weeks, "P", "W"),
            (Unit::Months, "P", "M"),
            (Unit::Years, "P", "Y"),
        ];
        for amount in (0..=20_000).chain([99_999, 1_000_000, u32::MAX]) {
            for (unit, pre, post) in units {
                assert_eq!(
                    Period { amount, unit }.iso(),
                    format!("{pre}{amount}{post}")
                );
            }
        }
    }

    #[test]
    fn hand_written_instants_match_chrono() {
        // Every hour across both DST changes of 2026 and a sample over the calendar's range.
        let mut t = AMSTERDAM.with_ymd_and_hms(2026, 3, 28, 0, 0, 0).unwrap();
        let mut checked = 0;
        for _ in 0..(24 * 220) {
            let off = t.offset().fix().local_minus_utc();
            let expected = format!(
                "{}{}{:02}:{:02}",
                t.naive_local().format("%Y-%m-%dT%H:%M:%S"),
                if off < 0 { '-' } else { '+' },
                off.abs() / 3600,
                (off.abs() % 3600) / 60
            );
            assert_eq!(format_instant(&t), expected);
            t += chrono::TimeDelta::minutes(61);
            checked += 1;
        }
        assert_eq!(checked, 5280);
        for y in (MIN_YEAR..=MAX_YEAR).step_by(7) {
            let t = AMSTERDAM.with_ymd_and_hms(y, 7, 1, 23, 59, 59).unwrap();
            assert_eq!(
                format_instant(&t),
                format!("{}", t.format("%Y-%m-%dT%H:%M:%S%:z"))
            );
        }
    }
}
