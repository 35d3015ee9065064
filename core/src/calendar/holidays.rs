//! Dutch public holidays (RULES.md §1.3), one calendar for Reg. 1182/71 art. 2(1) and the
//! Algemene termijnenwet.
//!
//! Atw art. 3(1): "Algemeen erkende feestdagen in de zin van deze wet zijn: de Nieuwjaarsdag, de
//! Christelijke tweede Paas- en Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag
//! waarop de verjaardag van de Koning wordt gevierd en de vijfde mei." Art. 3(2): "Voor de
//! toepassing van deze wet wordt de Goede Vrijdag met de in het vorige lid genoemde dagen
//! gelijkgesteld." Art. 3(3): further days are equated by decree (data: [`EquatedDecree`]).
//!
//! Simplifications (documented, not silent): the current list of art. 3(1)–(2) is applied to
//! every year 1900–2199 (including 5 May every year, as the text has no interval). Only the date
//! of the monarch's day follows its history:
//! - from 2014: Koningsdag, 27 April, or 26 April when 27 April is a Sunday (Besluit 30-1-2013,
//!   Stcrt. 2013, 4075: "behoudens uitzonderingen in verband met zondagen");
//! - 1980–2013: Koninginnedag, 30 April, or 29 April when 30 April is a Sunday;
//! - 1949–1979: Koninginnedag, 30 April, or 1 May when 30 April is a Sunday;
//! - 1900–1948: Koninginnedag, 31 August (Queen Wilhelmina's birthday; no Sunday rule applied).

use chrono::{Datelike, NaiveDate, Weekday};

use crate::explain::{uri, Basis};
use crate::params::{EquatedDecree, Source};

use super::{MAX_YEAR, MIN_YEAR};

/// A public holiday listed by the Algemene termijnenwet itself (art. 3(1) and 3(2)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatutoryHoliday {
    /// Nieuwjaarsdag, 1 January (Atw 3(1)).
    NewYearsDay,
    /// Goede Vrijdag, Easter − 2 (equated by Atw 3(2)).
    GoodFriday,
    /// Tweede Paasdag, Easter + 1 (Atw 3(1)).
    EasterMonday,
    /// Koningsdag (from 2014) — "de dag waarop de verjaardag van de Koning wordt gevierd" (Atw
    /// 3(1)).
    KingsDay,
    /// Koninginnedag (before 2014), the celebration of the Queen's birthday.
    QueensDay,
    /// Bevrijdingsdag, "de vijfde mei" (Atw 3(1)), every year.
    LiberationDay,
    /// Hemelvaartsdag, Easter + 39 (Atw 3(1)).
    AscensionDay,
    /// Tweede Pinksterdag, Easter + 50 (Atw 3(1)).
    WhitMonday,
    /// Eerste Kerstdag, 25 December (Atw 3(1): "de beide Kerstdagen").
    ChristmasDay,
    /// Tweede Kerstdag, 26 December (Atw 3(1)).
    SecondChristmasDay,
}

impl StatutoryHoliday {
    /// Dutch name as the Atw (art. 3) names the day.
    pub fn name_nl(&self) -> &'static str {
        match self {
            StatutoryHoliday::NewYearsDay => "Nieuwjaarsdag",
            StatutoryHoliday::GoodFriday => "Goede Vrijdag",
            StatutoryHoliday::EasterMonday => "tweede Paasdag",
            StatutoryHoliday::KingsDay => "Koningsdag",
            StatutoryHoliday::QueensDay => "Koninginnedag",
            StatutoryHoliday::LiberationDay => "Bevrijdingsdag (5 mei)",
            StatutoryHoliday::AscensionDay => "Hemelvaartsdag",
            StatutoryHoliday::WhitMonday => "tweede Pinksterdag",
            StatutoryHoliday::ChristmasDay => "eerste Kerstdag",
            StatutoryHoliday::SecondChristmasDay => "tweede Kerstdag",
        }
    }

    /// English name.
    pub fn name_en(&self) -> &'static str {
        match self {
            StatutoryHoliday::NewYearsDay => "New Year's Day",
            StatutoryHoliday::GoodFriday => "Good Friday",
            StatutoryHoliday::EasterMonday => "Easter Monday",
            StatutoryHoliday::KingsDay => "King's Day",
            StatutoryHoliday::QueensDay => "Queen's Day",
            StatutoryHoliday::LiberationDay => "Liberation Day (5 May)",
            StatutoryHoliday::AscensionDay => "Ascension Day",
            StatutoryHoliday::WhitMonday => "Whit Monday",
            StatutoryHoliday::ChristmasDay => "Christmas Day",
            StatutoryHoliday::SecondChristmasDay => "Boxing Day (second Christmas Day)",
        }
    }

    /// The provision that makes the day a public holiday: Atw art. 3(2) for Good Friday, art.
    /// 3(1) for the others.
    pub fn basis(&self) -> Basis {
        match self {
            StatutoryHoliday::GoodFriday => Basis::new("Atw", "3(2)", uri::ATW),
            _ => Basis::new("Atw", "3(1)", uri::ATW),
        }
    }
}

/// A public holiday: listed by the Atw (art. 3(1)–(2)) or equated by a decree under art. 3(3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Holiday {
    /// A day the Atw lists itself.
    Statutory(StatutoryHoliday),
    /// A day equated with a public holiday by decree (Atw 3(3)).
    Equated {
        /// The decree.
        decree: Source,
    },
}

impl Holiday {
    /// Dutch name.
    pub fn name_nl(&self) -> &str {
        match self {
            Holiday::Statutory(h) => h.name_nl(),
            Holiday::Equated { .. } => "met een algemeen erkende feestdag gelijkgestelde dag",
        }
    }

    /// English name.
    pub fn name_en(&self) -> &str {
        match self {
            Holiday::Statutory(h) => h.name_en(),
            Holiday::Equated { .. } => "day equated with a public holiday",
        }
    }

    /// Whether the Atw lists the day itself (art. 3(1)–(2)) rather than a decree (art. 3(3)).
    pub fn is_statutory(&self) -> bool {
        matches!(self, Holiday::Statutory(_))
    }

    /// The decree that equated the day (Atw 3(3)), if any.
    pub fn decree(&self) -> Option<&Source> {
        match self {
            Holiday::Statutory(_) => None,
            Holiday::Equated { decree } => Some(decree),
        }
    }

    /// Where the law makes it a public holiday: Atw 3(1), 3(2), or the decree under Atw 3(3).
    pub fn basis(&self) -> Vec<Basis> {
        match self {
            Holiday::Statutory(h) => vec![h.basis()],
            Holiday::Equated { decree } => vec![
                Basis::new("Atw", "3(3)", uri::ATW),
                Basis {
                    act: decree.title.clone().into(),
                    article: "1".into(),
                    uri: decree
                        .url
                        .clone()
                        .unwrap_or_else(|| uri::ATW.to_owned())
                        .into(),
                },
            ],
        }
    }
}

/// The Dutch holiday calendar: the statutory days of Atw art. 3(1)–(2), computed for any year,
/// plus the days equated by decree under Atw art. 3(3) (data, with the years each decree covers).
/// Lookups are allocation-free except [`HolidayCalendar::holiday`], which clones a decree's
/// source.
#[derive(Debug, Clone, Default)]
pub struct HolidayCalendar {
    /// Equated days, sorted, each with the index of its decree in `decrees`.
    equated: Vec<(NaiveDate, usize)>,
    /// The decrees' sources.
    decrees: Vec<Source>,
    /// Years some decree covers, sorted and deduplicated.
    covered: Vec<i32>,
}

impl HolidayCalendar {
    /// Builds the calendar from the decrees equating days with public holidays (Atw art. 3(3):
    /// "Bij koninklijk besluit kunnen … dagen met de in het eerste lid genoemde dagen worden
    /// gelijkgesteld").
    pub fn new(decrees: &[EquatedDecree]) -> Self {
        let mut equated = Vec::new();
        let mut sources = Vec::with_capacity(decrees.len());
        let mut covered = Vec::new();
        for (i, d) in decrees.iter().enumerate() {
            sources.push(d.source.clone());
            equated.extend(d.days.iter().map(|day| (*day, i)));
            covered.extend(d.years.iter().copied());
        }
        crate::sort::sort(&mut equated);
        equated.dedup_by_key(|(day, _)| *day);
        crate::sort::sort(&mut covered);
        covered.dedup();
        HolidayCalendar {
            equated,
            decrees: sources,
            covered,
        }
    }

    /// Easter Sunday of `year` by the anonymous Gregorian algorithm (Meeus/Jones/Butcher); the
    /// movable days of Atw art. 3(1)–(2) (tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag,
    /// Goede Vrijdag) follow from it. `None` before 1583 (no Gregorian calendar) or beyond what a
    /// date can represent.
    pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
        if year < 1583 {
            return None;
        }
        let a = year % 19;
        let b = year / 100;
        let c = year % 100;
        let d = b / 4;
        let e = b % 4;
        let f = (b + 8) / 25;
        let g = (b - f + 1) / 3;
        let h = (19 * a + b - d - g + 15) % 30;
        let i = c / 4;
        let k = c % 4;
        let l = (32 + 2 * e + 2 * i - h - k) % 7;
        let m = (a + 11 * h + 22 * l) / 451;
        let month = (h + l - 7 * m + 114) / 31;
        let day = ((h + l - 7 * m + 114) % 31) + 1;
        NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
    }

    /// Saturday or Sunday (PR art. 2(2), Atw art. 1(1): "een zaterdag, zondag").
    pub fn is_weekend(d: NaiveDate) -> bool {
        matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
    }

    /// The statutory holiday on `d`, if any (Atw art. 3(1)–(2); the order of art. 3(1) decides
    /// when two fall on one day, e.g. 5 May and Ascension Day in 2016).
    pub fn statutory(d: NaiveDate) -> Option<StatutoryHoliday> {
        let (y, m, day) = (d.year(), d.month(), d.day());
        match (m, day) {
            (1, 1) => return Some(StatutoryHoliday::NewYearsDay),
            (12, 25) => return Some(StatutoryHoliday::ChristmasDay),
            (12, 26) => return Some(StatutoryHoliday::SecondChristmasDay),
            _ => {}
        }
        // Movable days: Good Friday (earliest 20 March) to Whit Monday (latest 14 June).
        if (3..=6).contains(&m) {
            if let Some(easter) = Self::easter_sunday(y) {
                let offset = d.signed_duration_since(easter).num_days();
                match offset {
                    -2 => return Some(StatutoryHoliday::GoodFriday),
                    1 => return Some(StatutoryHoliday::EasterMonday),
                    39 => return Some(StatutoryHoliday::AscensionDay),
                    50 => return Some(StatutoryHoliday::WhitMonday),
                    _ => {}
                }
            }
        }
        if let Some((km, kd, kind)) = monarchs_day(y) {
            if (m, day) == (km, kd) {
                return Some(kind);
            }
        }
        if (m, day) == (5, 5) {
            return Some(StatutoryHoliday::LiberationDay);
        }
        None
    }

    /// The public holiday on `d`, if any: a statutory day (Atw 3(1)–(2)) first, else a day
    /// equated by decree (Atw 3(3)).
    pub fn holiday(&self, d: NaiveDate) -> Option<Holiday> {
        if let Some(h) = Self::statutory(d) {
            return Some(Holiday::Statutory(h));
        }
        self.equated_index(d)
            .and_then(|i| self.decrees.get(i))
            .map(|src| Holiday::Equated {
                decree: src.clone(),
            })
    }

    /// Whether `d` is an "algemeen erkende feestdag" (Atw art. 3) — the Netherlands' public
    /// holidays for PR art. 2(1) as well (RULES.md §1.3).
    pub fn is_public_holiday(&self, d: NaiveDate) -> bool {
        Self::statutory(d).is_some() || self.equated_index(d).is_some()
    }

    /// PR art. 2(2): "working days shall include all days other than public holidays, Sundays
    /// and Saturdays" (Atw art. 1(1) uses the same three kinds of day).
    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        !Self::is_weekend(d) && !self.is_public_holiday(d)
    }

    /// The first working day strictly after `d` (PR 3(4): "the period shall end with the expiry
    /// of the last hour of the following working day"; Atw 1(1): "de eerstvolgende dag die niet
    /// een zaterdag, zondag of algemeen erkende feestdag is"). Returns `d` itself only if no
    /// later date can be represented.
    pub fn next_working_day(&self, d: NaiveDate) -> NaiveDate {
        self.next_working_day_opt(d).unwrap_or(d)
    }

    /// [`HolidayCalendar::next_working_day`], or `None` if the date type overflows.
    pub fn next_working_day_opt(&self, d: NaiveDate) -> Option<NaiveDate> {
        let mut t = d;
        // At most a weekend plus a few holidays in a row; 31 is a generous bound.
        for _ in 0..31 {
            t = t.succ_opt()?;
            if self.is_working_day(t) {
                return Some(t);
            }
        }
        None
    }

    /// Whether some decree under Atw art. 3(3) covers `year` (its list of equated days for that
    /// year is then complete).
    pub fn decree_covers(&self, year: i32) -> bool {
        self.covered.binary_search(&year).is_ok()
    }

    /// The equated days (Atw 3(3)) the calendar knows, in order.
    pub fn equated_days(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.equated.iter().map(|(d, _)| *d)
    }

    /// All public holidays of `year` in date order (Atw 3(1)–(3)); empty outside 1900..=2199.
    pub fn holidays_in(&self, year: i32) -> Vec<(NaiveDate, Holiday)> {
        let mut out = Vec::new();
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return out;
        }
        let Some(mut d) = NaiveDate::from_ymd_opt(year, 1, 1) else {
            return out;
        };
        while d.year() == year {
            if let Some(h) = self.holiday(d) {
                out.push((d, h));
            }
            match d.succ_opt() {
                Some(n) => d = n,
                None => break,
            }
        }
        out
    }

    fn equated_index(&self, d: NaiveDate) -> Option<usize> {
        self.equated
            .binary_search_by_key(&d, |(day, _)| *day)
            .ok()
            .and_then(|i| self.equated.get(i))
            .map(|(_, src)| *src)
    }
}

/// Month, day and kind of the monarch's day in `year` (see the module documentation).
fn monarchs_day(year: i32) -> Option<(u32, u32, StatutoryHoliday)> {
    let is_sunday = |m: u32, d: u32| {
        NaiveDate::from_ymd_opt(year, m, d).is_some_and(|x| x.weekday() == Weekday::Sun)
    };
    if year >= 2014 {
        let day = if is_sunday(4, 27) { 26 } else { 27 };
        Some((4, day, StatutoryHoliday::KingsDay))
    } else if year >= 1980 {
        let day = if is_sunday(4, 30) { 29 } else { 30 };
        Some((4, day, StatutoryHoliday::QueensDay))
    } else if year >= 1949 {
        if is_sunday(4, 30) {
            Some((5, 1, StatutoryHoliday::QueensDay))
        } else {
            Some((4, 30, StatutoryHoliday::QueensDay))
        }
    } else if year >= 1891 {
        Some((8, 31, StatutoryHoliday::QueensDay))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn decree() -> EquatedDecree {
        EquatedDecree {
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
        }
    }

    fn cal() -> HolidayCalendar {
        HolidayCalendar::new(&[decree()])
    }

    #[test]
    fn easter_known_years() {
        for (y, m, d) in [
            (1900, 4, 15),
            (1943, 4, 25),
            (1954, 4, 18),
            (1961, 4, 2),
            (1981, 4, 19),
            (2000, 4, 23),
            (2008, 3, 23),
            (2011, 4, 24),
            (2016, 3, 27),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2028, 4, 16),
            (2038, 4, 25),
            (2100, 3, 28),
            // The twenty-second century, where the Gregorian correction `(b - f + 1) / 3` first
            // differs from `(b - f) / 3` (dateutil.easter agrees with every year here).
            (2106, 4, 18),
            (2116, 3, 29),
            (2150, 4, 12),
            (2199, 4, 14),
        ] {
            assert_eq!(HolidayCalendar::easter_sunday(y), Some(ymd(y, m, d)), "{y}");
        }
        assert_eq!(HolidayCalendar::easter_sunday(1500), None);
    }

    fn expected(year: i32) -> Vec<(NaiveDate, &'static str, bool)> {
        match year {
            2026 => vec![
                (ymd(2026, 1, 1), "Nieuwjaarsdag", true),
                (
                    ymd(2026, 1, 2),
                    "met een algemeen erkende feestdag gelijkgestelde dag",
                    false,
                ),
                (ymd(2026, 4, 3), "Goede Vrijdag", true),
                (ymd(2026, 4, 6), "tweede Paasdag", true),
                (ymd(2026, 4, 27), "Koningsdag", true),
                (ymd(2026, 5, 5), "Bevrijdingsdag (5 mei)", true),
                (ymd(2026, 5, 14), "Hemelvaartsdag", true),
                (
                    ymd(2026, 5, 15),
                    "met een algemeen erkende feestdag gelijkgestelde dag",
                    false,
                ),
                (ymd(2026, 5, 25), "tweede Pinksterdag", true),
                (ymd(2026, 12, 25), "eerste Kerstdag", true),
                (ymd(2026, 12, 26), "tweede Kerstdag", true),
            ],
            2027 => vec![
                (ymd(2027, 1, 1), "Nieuwjaarsdag", true),
                (ymd(2027, 3, 26), "Goede Vrijdag", true),
                (ymd(2027, 3, 29), "tweede Paasdag", true),
                (ymd(2027, 4, 27), "Koningsdag", true),
                (ymd(2027, 5, 5), "Bevrijdingsdag (5 mei)", true),
                (ymd(2027, 5, 6), "Hemelvaartsdag", true),
                (
                    ymd(2027, 5, 7),
                    "met een algemeen erkende feestdag gelijkgestelde dag",
                    false,
                ),
                (ymd(2027, 5, 17), "tweede Pinksterdag", true),
                (ymd(2027, 12, 25), "eerste Kerstdag", true),
                (ymd(2027, 12, 26), "tweede Kerstdag", true),
            ],
            2028 => vec![
                (ymd(2028, 1, 1), "Nieuwjaarsdag", true),
                (ymd(2028, 4, 14), "Goede Vrijdag", true),
                (ymd(2028, 4, 17), "tweede Paasdag", true),
                (ymd(2028, 4, 27), "Koningsdag", true),
                (
                    ymd(2028, 4, 28),
                    "met een algemeen erkende feestdag gelijkgestelde dag",
                    false,
                ),
                (ymd(2028, 5, 5), "Bevrijdingsdag (5 mei)", true),
                (ymd(2028, 5, 25), "Hemelvaartsdag", true),
                (
                    ymd(2028, 5, 26),
                    "met een algemeen erkende feestdag gelijkgestelde dag",
                    false,
                ),
                (ymd(2028, 6, 5), "tweede Pinksterdag", true),
                (ymd(2028, 12, 25), "eerste Kerstdag", true),
                (ymd(2028, 12, 26), "tweede Kerstdag", true),
            ],
            _ => vec![],
        }
    }

    #[test]
    fn every_holiday_2026_2028() {
        let cal = cal();
        for year in [2026, 2027, 2028] {
            let got: Vec<(NaiveDate, String, bool)> = cal
                .holidays_in(year)
                .into_iter()
                .map(|(d, h)| (d, h.name_nl().to_owned(), h.is_statutory()))
                .collect();
            let want: Vec<(NaiveDate, String, bool)> = expected(year)
                .into_iter()
                .map(|(d, n, s)| (d, n.to_owned(), s))
                .collect();
            assert_eq!(got, want, "{year}");
            for (d, _, _) in &want {
                assert!(cal.is_public_holiday(*d));
                assert!(!cal.is_working_day(*d));
            }
        }
    }

    #[test]
    fn equated_day_carries_its_decree() {
        let h = cal().holiday(ymd(2026, 5, 15)).unwrap();
        assert!(!h.is_statutory());
        assert_eq!(
            h.decree().unwrap().title,
            "Besluit gelijkstelling 2026–2028"
        );
        assert_eq!(h.name_en(), "day equated with a public holiday");
        assert_eq!(h.basis()[0].article, "3(3)");
        // Without the decree, the day is an ordinary Friday.
        let bare = HolidayCalendar::new(&[]);
        assert!(bare.is_working_day(ymd(2026, 5, 15)));
        assert!(!bare.decree_covers(2026));
        assert!(cal().decree_covers(2027));
        assert!(!cal().decree_covers(2029));
    }

    #[test]
    fn good_friday_is_atw_3_2() {
        let h = HolidayCalendar::statutory(ymd(2026, 4, 3)).unwrap();
        assert_eq!(h, StatutoryHoliday::GoodFriday);
        assert_eq!(h.basis().article, "3(2)");
        assert_eq!(h.name_en(), "Good Friday");
    }

    #[test]
    fn monarchs_day_sunday_rules() {
        // 27 April a Sunday → Saturday 26 April (2014, 2025, 2031, 2036).
        for y in [2014, 2025, 2031, 2036] {
            assert_eq!(ymd(y, 4, 27).weekday(), Weekday::Sun);
            assert_eq!(
                HolidayCalendar::statutory(ymd(y, 4, 26)),
                Some(StatutoryHoliday::KingsDay)
            );
            assert_eq!(HolidayCalendar::statutory(ymd(y, 4, 27)), None);
        }
        assert_eq!(
            HolidayCalendar::statutory(ymd(2013, 4, 30)),
            Some(StatutoryHoliday::QueensDay)
        );
        // 2006: 30 April a Sunday → Saturday 29 April.
        assert_eq!(
            HolidayCalendar::statutory(ymd(2006, 4, 29)),
            Some(StatutoryHoliday::QueensDay)
        );
        assert_eq!(HolidayCalendar::statutory(ymd(2006, 4, 30)), None);
        // 1967: 30 April a Sunday → Monday 1 May.
        assert_eq!(
            HolidayCalendar::statutory(ymd(1967, 5, 1)),
            Some(StatutoryHoliday::QueensDay)
        );
        assert_eq!(
            HolidayCalendar::statutory(ymd(1930, 8, 31)),
            Some(StatutoryHoliday::QueensDay)
        );
        assert_eq!(HolidayCalendar::statutory(ymd(2014, 4, 30)), None);
    }

    #[test]
    fn coinciding_days_and_every_year_5_may() {
        // 2016: Ascension Day fell on 5 May; the order of Atw 3(1) names Hemelvaartsdag first.
        assert_eq!(
            HolidayCalendar::statutory(ymd(2016, 5, 5)),
            Some(StatutoryHoliday::AscensionDay)
        );
        for y in [1950, 2029, 2031, 2199] {
            assert!(HolidayCalendar::statutory(ymd(y, 5, 5)).is_some());
        }
    }

    #[test]
    fn weekends_and_next_working_day() {
        let cal = cal();
        assert!(HolidayCalendar::is_weekend(ymd(2026, 6, 20)));
        assert!(HolidayCalendar::is_weekend(ymd(2026, 6, 21)));
        assert!(!HolidayCalendar::is_weekend(ymd(2026, 6, 22)));
        // Thursday 2 April 2026 → GV, weekend, Easter Monday → Tuesday 7 April.
        assert_eq!(cal.next_working_day(ymd(2026, 4, 2)), ymd(2026, 4, 7));
        // Ascension Thursday 14 May + equated Friday 15 May → Monday 18 May.
        assert_eq!(cal.next_working_day(ymd(2026, 5, 13)), ymd(2026, 5, 18));
        // Christmas 2026: Fri 25, Sat 26, Sun 27 → Mon 28 Dec.
        assert_eq!(cal.next_working_day(ymd(2026, 12, 24)), ymd(2026, 12, 28));
        assert_eq!(cal.next_working_day(ymd(2026, 6, 22)), ymd(2026, 6, 23));
        assert_eq!(cal.next_working_day(NaiveDate::MAX), NaiveDate::MAX);
    }

    #[test]
    fn nine_statutory_holidays_every_year() {
        let cal = HolidayCalendar::new(&[]);
        for y in MIN_YEAR..=MAX_YEAR {
            let n = cal.holidays_in(y).len();
            // 9 statutory days, one fewer when two coincide (5 May with Ascension Day).
            assert!(n == 9 || n == 8, "{y}: {n}");
        }
        assert!(cal.holidays_in(2200).is_empty());
    }
}
