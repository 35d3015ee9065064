//! Eurodac (RULES.md §10): the duty to take an applicant's biometrics and the limit for sending
//! them to the Central System. Both regimes: the legacy module calls [`assess`] too.
//!
//! Which regulation applies is keyed on the **act**, the registration of the application (RULES
//! §2: the EDR applies to acts done on or after 12-06-2026, whatever the procedure regime of the
//! application): Reg. (EU) 2024/1358 (EDR) from 12-06-2026, Reg. (EU) 603/2013 before.
//!
//! - EDR 15(1): each Member State takes "the biometric data of every applicant for international
//!   protection of at least six years of age" on registration (APR 27) and transmits them "no
//!   later than 72 hours from that registration"; where the application is made at a border
//!   crossing point or in a transit zone, the biometrics are taken on making and transmitted no
//!   later than 72 hours after they were taken (research/eu-law-notes.md §5, FS-ED15).
//! - Reg. 603/2013 art. 9(1): "Each Member State shall promptly take the fingerprints of all
//!   fingers of every applicant for international protection of at least 14 years of age and
//!   shall, as soon as possible and no later than 72 hours after the lodging of his or her
//!   application for international protection, … transmit them".
//!
//! Both are EU acts without their own counting rule: Reg. 1182/71 (hours: the hour of the event
//! is not counted, PR 3(1), 3(2)(a)).

use chrono::NaiveDate;

use crate::calendar::{self, Counting, Period, When};
use crate::contract::validate::age_on;
use crate::contract::{EurodacCategory, Situation};
use crate::engine::{Ctx, LimitSpec};
use crate::explain::{uri, Basis, NoteKind};
use crate::law::application::{self, Act};
use crate::text;

const EDR_15_1: Basis = Basis::new("EDR", "15(1)", uri::EDR);
const OLD_9_1: Basis = Basis::new("Eurodac 603/2013", "9(1)", uri::EURODAC_OLD);

/// The Eurodac regulation that governs an act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reg {
    /// Reg. (EU) 2024/1358.
    Edr,
    /// Reg. (EU) 603/2013.
    Old,
}

impl Reg {
    fn minimum_age(self) -> i32 {
        match self {
            Reg::Edr => 6,
            Reg::Old => 14,
        }
    }
}

/// The earliest and latest possible Amsterdam day of registration: the registration date, or
/// bounded by making (registration never precedes it) and lodging (never follows it).
fn registration_bounds(ctx: &Ctx) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let app = &ctx.case.application;
    match app.registered_at {
        Some(r) => (Some(r.date()), Some(r.date())),
        None => (
            app.made_at.map(|w| w.date()),
            app.lodged_at.map(|w| w.date()),
        ),
    }
}

/// Applies the Eurodac rules to the case (both regimes).
pub fn assess(ctx: &mut Ctx) {
    if ctx.regime.procedure.is_none() {
        return;
    }
    duty(ctx);
    if ctx.regime.procedure == Some(crate::contract::ProcedureRegime::Pact) {
        categories(ctx);
    }
}

/// The Eurodac categories of the EDR the case falls in (RULES §10 [rev. 12-2026]), each with its
/// duty (aged six or more) and its transmission limit, all read in legalize-dev/legalize-eu
/// `eu/93/32024R1358.md`:
/// - art. 15(1) applicants: biometrics "of every applicant for international protection of at
///   least six years of age", transmitted "no later than 72 hours from that registration"; at a
///   border crossing point or in a transit zone taken "upon the making of the application" and
///   transmitted "no later than 72 hours after the biometric data have been taken";
/// - art. 22(1)–(2) persons "apprehended by the competent control authorities in connection with
///   the irregular crossing by land, sea or air of the border": transmitted "no later than 72
///   hours after the date of apprehension"; 22(4): persons "kept in custody, confinement or
///   detention upon their apprehension for a period exceeding 72 hours" — "before their release";
/// - art. 23(1)–(2) persons "illegally staying within its territory": "no later than 72 hours
///   after the third-country national ... has been found to be illegally staying" (the engine
///   takes the apprehension on the territory as that finding: an applicant found on the
///   territory, situation `territory`);
/// - art. 24(1)–(2) persons "disembarked following a search and rescue operation": "no later
///   than 72 hours after the date of disembarkation";
/// - art. 18 (admission procedure under the Union Resettlement Framework), art. 20 (national
///   resettlement) and art. 26 (temporary protection, only from 12 June 2029, art. 63(2)) have
///   no fact in the case and are not reported.
///
/// The EDR applies from 12 June 2026 (art. 63(2)); it has no counting rule of its own: PR 1182/71
/// (hours, PR 3(1), 3(2)(a)).
fn categories(ctx: &mut Ctx) {
    let app = &ctx.case.application;
    let apprehended = ctx.case.screening.apprehended_at;
    let bcp = app.situation == Some(Situation::BorderCrossingPoint);
    let (from15, path15) = if bcp {
        (
            ctx.case.screening.biometrics_taken_at,
            "/screening/biometricsTakenAt",
        )
    } else {
        (app.registered_at, "/application/registeredAt")
    };
    let mut list: Vec<(
        &'static str,
        &'static str,
        Option<When>,
        &'static str,
        Basis,
    )> = vec![("15", "applicant", from15, path15, EDR_15_1)];
    match app.situation {
        Some(Situation::ExternalBorderApprehension) => list.push((
            "22",
            "irregularCrossing",
            apprehended,
            "/screening/apprehendedAt",
            Basis::new("EDR", "22(2)", uri::EDR),
        )),
        Some(Situation::Territory) if apprehended.is_some() => {
            ctx.note(
                NoteKind::Interpretation,
                text!(
                    ctx.locale,
                    "Art. 23 EDR (illegaal verblijf): de engine neemt de aanhouding op het grondgebied als het moment waarop is vastgesteld dat de vreemdeling illegaal verblijft; daarvan lopen de 72 uur van art. 23(2).",
                    "EDR 23 (illegal stay): the engine takes the apprehension on the territory as the moment the person was found to be illegally staying; the 72 hours of EDR 23(2) run from it.",
                ),
                vec![Basis::new("EDR", "23(2)", uri::EDR)],
            );
            list.push((
                "23",
                "illegalStay",
                apprehended,
                "/screening/apprehendedAt",
                Basis::new("EDR", "23(2)", uri::EDR),
            ))
        }
        Some(Situation::SearchAndRescue) => list.push((
            "24",
            "searchAndRescue",
            apprehended,
            "/screening/apprehendedAt",
            Basis::new("EDR", "24(2)", uri::EDR),
        )),
        _ => {}
    }
    let born = ctx.case.applicant.date_of_birth;
    let made = ctx.case.application.made_at;
    for (article, category, from, path, basis) in list {
        if let Some(f) = from {
            if !application::limit_applies(ctx, Act::Edr, f.date(), "eurodacCategory") {
                continue;
            }
        }
        let age_day = from.or(made).map(|w| w.date());
        let required = match (born, age_day) {
            (Some(b), Some(d)) => Some(age_on(b, d) >= 6),
            _ => None,
        };
        if required == Some(false) {
            ctx.eurodac.categories.push(EurodacCategory {
                article,
                category,
                required,
                from: from.map(|w| calendar::iso_date(w.date())),
                period: "PT72H",
                due: None,
                expires_at: None,
                basis: vec![basis],
            });
            continue;
        }
        let before_release = article == "22" && ctx.case.application.detained == Some(true);
        let computed = match from {
            Some(f) if !before_release => {
                ctx.used(path);
                calendar::compute(f, Period::hours(72), Counting::Pr1182, &ctx.params.calendar).ok()
            }
            _ => None,
        };
        let mut all_basis = vec![basis.clone()];
        if let Some(c) = &computed {
            all_basis.extend(c.basis.iter().cloned());
        }
        let due = computed.as_ref().map(|c| calendar::iso_date(c.due));
        let expires_at = computed
            .as_ref()
            .map(|c| calendar::format_instant(&c.expires_at));
        let (nl, en) = match (&due, before_release, from) {
            (_, true, _) => (
                format!("Eurodac-categorie art. {article} ({category}): vastgehouden na de aanhouding; bij een vasthouding van meer dan 72 uur worden de gegevens vóór de vrijlating doorgezonden (art. 22(4) EDR)."),
                format!("Eurodac category art. {article} ({category}): detained upon apprehension; where held for more than 72 hours, the data are transmitted before release (EDR 22(4))."),
            ),
            (Some(d), false, _) => (
                format!("Eurodac-categorie art. {article} ({category}): biometrie afnemen en binnen 72 uur doorzenden, uiterlijk {d}."),
                format!("Eurodac category art. {article} ({category}): biometrics to be taken and transmitted within 72 hours, by {d}."),
            ),
            (None, false, _) => {
                ctx.missing(path, "eurodac.categories");
                (
                    format!("Eurodac-categorie art. {article} ({category}): biometrie afnemen en binnen 72 uur doorzenden; de gebeurtenis waarvan de termijn loopt is onbekend."),
                    format!("Eurodac category art. {article} ({category}): biometrics to be taken and transmitted within 72 hours; the event the limit runs from is unknown."),
                )
            }
        };
        if required.is_none() {
            ctx.missing("/applicant/dateOfBirth", "eurodac.categories");
        }
        ctx.explain("eurodac.category", text!(ctx.locale, nl, en), vec![basis]);
        ctx.eurodac.categories.push(EurodacCategory {
            article,
            category,
            required,
            from: from.map(|w| calendar::iso_date(w.date())),
            period: "PT72H",
            due,
            expires_at,
            basis: all_basis,
        });
    }
}

/// The duty to take and transmit the applicant's biometrics (EDR 15(1), Reg. 603/2013 9(1)).
fn duty(ctx: &mut Ctx) {
    let cutover = ctx.params.file.cutovers.procedure.date;
    let (lo, hi) = registration_bounds(ctx);
    let regs: Vec<Reg> = match (lo, hi) {
        (Some(l), _) if l >= cutover => vec![Reg::Edr],
        (_, Some(h)) if h < cutover => vec![Reg::Old],
        _ => vec![Reg::Edr, Reg::Old],
    };
    if ctx.case.application.registered_at.is_some() {
        ctx.used("/application/registeredAt");
    }
    let reg = match regs.as_slice() {
        [r] => Some(*r),
        _ => None,
    };
    ctx.eurodac.minimum_age = reg.map(|r| r.minimum_age() as u32);
    match reg {
        Some(Reg::Edr) => ctx.explain(
            "eurodac.regulation",
            text!(
                ctx.locale,
                "De registratie valt op of na 12-06-2026: de Eurodacverordening 2024/1358 geldt; vingerafdrukken en gezichtsopname van verzoekers van zes jaar of ouder.",
                "Registration is on or after 12-06-2026: Eurodac Regulation 2024/1358 applies; biometrics of applicants aged six or more.",
            ),
            vec![EDR_15_1],
        ),
        Some(Reg::Old) => ctx.explain(
            "eurodac.regulation",
            text!(
                ctx.locale,
                "De registratie valt vóór 12-06-2026: de oude Eurodacverordening 603/2013 geldt; vingerafdrukken van verzoekers van veertien jaar of ouder.",
                "Registration is before 12-06-2026: the old Eurodac Regulation 603/2013 applies; fingerprints of applicants aged fourteen or more.",
            ),
            vec![OLD_9_1],
        ),
        None => {
            ctx.missing("/application/registeredAt", "eurodac.minimumAge");
        }
    }
    if reg == Some(Reg::Old) && ctx.regime.procedure == Some(crate::contract::ProcedureRegime::Pact)
    {
        ctx.note(
            NoteKind::Interpretation,
            text!(
                ctx.locale,
                "De aanvraag valt onder de APR, maar is vóór 12-06-2026 geregistreerd: voor de biometrie geldt de regeling die gold op de dag van die handeling (603/2013).",
                "The application is under the APR but was registered before 12-06-2026: biometrics follow the regulation in force on the day of that act (603/2013).",
            ),
            vec![OLD_9_1, EDR_15_1],
        );
    }
    let Some(born) = ctx.case.applicant.date_of_birth else {
        ctx.missing("/applicant/dateOfBirth", "eurodac.biometricsRequired");
        ctx.explain(
            "eurodac.ageUnknown",
            text!(
                ctx.locale,
                "Of biometrie moet worden afgenomen hangt af van de leeftijd; de geboortedatum is onbekend.",
                "Whether biometrics must be taken depends on the age; the date of birth is unknown.",
            ),
            vec![if reg == Some(Reg::Old) { OLD_9_1 } else { EDR_15_1 }],
        );
        // RULES §0: the limit whose starting event is known is listed; it binds only if the
        // applicant is old enough, which the note says.
        if let Some(r) = reg {
            if transmission(ctx, r) {
                ctx.missing("/applicant/dateOfBirth", "deadlines.eurodacTransmission");
                let min = r.minimum_age();
                ctx.note(
                    NoteKind::Info,
                    text!(
                        ctx.locale,
                        format!("De termijn voor doorzending naar Eurodac geldt alleen als de verzoeker op de dag van registratie ten minste {min} jaar is; de geboortedatum is onbekend."),
                        format!("The Eurodac transmission limit applies only if the applicant is at least {min} on the day of registration; the date of birth is unknown."),
                    ),
                    vec![if r == Reg::Old { OLD_9_1 } else { EDR_15_1 }],
                );
            }
        }
        return;
    };
    ctx.used("/applicant/dateOfBirth");
    // Required for sure when old enough at the earliest possible registration under every
    // candidate regulation; not required when too young at the latest possible one.
    let yes = lo.is_some_and(|l| regs.iter().all(|r| age_on(born, l) >= r.minimum_age()));
    let no = hi.is_some_and(|h| regs.iter().all(|r| age_on(born, h) < r.minimum_age()));
    let required = if yes {
        Some(true)
    } else if no {
        Some(false)
    } else {
        None
    };
    ctx.eurodac.biometrics_required = required;
    let basis = match reg {
        Some(Reg::Edr) => vec![EDR_15_1],
        Some(Reg::Old) => vec![OLD_9_1],
        None => vec![EDR_15_1, OLD_9_1],
    };
    // `yes` implies a known earliest day, `no` a known latest day.
    let day = match required {
        Some(true) => lo,
        Some(false) => hi,
        None => None,
    };
    match (required, day) {
        (Some(v), Some(day)) => {
            let age = age_on(born, day);
            let min = match reg {
                Some(r) => r.minimum_age(),
                // Both regulations gave the same answer: name the decisive bound.
                None if v => 14,
                None => 6,
            };
            let (nl, en) = if v {
                (format!("De verzoeker is op de dag van registratie ({day}) {age} jaar, dus ten minste {min}: biometrie afnemen."), format!("The applicant is {age} on the day of registration ({day}), so at least {min}: biometrics must be taken."))
            } else {
                (format!("De verzoeker is op de dag van registratie ({day}) {age} jaar, jonger dan {min}: geen biometrie."), format!("The applicant is {age} on the day of registration ({day}), under {min}: no biometrics."))
            };
            ctx.explain("eurodac.biometrics", text!(ctx.locale, nl, en), basis);
        }
        _ => {
            ctx.missing("/application/registeredAt", "eurodac.biometricsRequired");
            ctx.explain(
                "eurodac.biometricsUnknown",
                text!(
                ctx.locale,
                    "Of de verzoeker op de dag van registratie oud genoeg is voor biometrie, hangt af van de registratiedatum, die onbekend is.",
                    "Whether the applicant is old enough for biometrics on the day of registration depends on the registration date, which is unknown.",
                ),
                basis,
            );
        }
    }
    if required == Some(true) {
        if let Some(r) = reg {
            transmission(ctx, r);
        }
    }
}

/// The "eurodacTransmission" limit: 72 hours (PT72H), counted per Reg. 1182/71. Returns whether
/// the limit was given.
fn transmission(ctx: &mut Ctx, reg: Reg) -> bool {
    let app = &ctx.case.application;
    let (from, from_path, basis, nl, en): (Option<When>, &'static str, Basis, &str, &str) = match reg {
        Reg::Edr if app.situation == Some(Situation::BorderCrossingPoint) => (
            ctx.case.screening.biometrics_taken_at,
            "/screening/biometricsTakenAt",
            EDR_15_1,
            "Doorzending biometrie naar Eurodac (72 uur na afname aan de grensdoorlaatpost)",
            "Transmission of biometrics to Eurodac (72 hours after taking at the border crossing point)",
        ),
        Reg::Edr => (
            app.registered_at,
            "/application/registeredAt",
            EDR_15_1,
            "Doorzending biometrie naar Eurodac (72 uur na registratie)",
            "Transmission of biometrics to Eurodac (72 hours after registration)",
        ),
        Reg::Old => (
            app.lodged_at,
            "/application/lodgedAt",
            OLD_9_1,
            "Doorzending vingerafdrukken naar Eurodac (72 uur na indiening)",
            "Transmission of fingerprints to Eurodac (72 hours after lodging)",
        ),
    };
    let Some(from) = from else {
        ctx.missing(from_path, "deadlines.eurodacTransmission");
        return false;
    };
    ctx.limit(LimitSpec {
        id: "eurodacTransmission",
        from_path,
        from,
        period: Period::hours(72),
        counting: Counting::Pr1182,
        basis: vec![basis],
        rule: "eurodac.transmission",
        label: text!(ctx.locale, nl, en),
    })
    .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::Assessment;
    use crate::explain::Locale;
    use crate::params::Parameters;

    fn run(dob: &str, app: &str) -> Assessment {
        let json = format!(
            r#"{{"schemaVersion":1,"applicant":{{"dateOfBirth":"{dob}"}},"application":{{{app}}}}}"#
        );
        let case = crate::decode_case(json.as_bytes()).unwrap();
        let mut ctx = Ctx::new(&case, Parameters::embedded(), Locale::En);
        crate::law::transition::assess(&mut ctx);
        assess(&mut ctx);
        ctx.finish().unwrap()
    }

    const PACT: &str = r#""madeAt":"2026-08-03","registeredAt":"2026-08-04T09:30:00+02:00","lodgedAt":"2026-08-06""#;
    const LEGACY: &str = r#""madeAt":"2026-05-18","registeredAt":"2026-05-18T10:00:00+02:00","lodgedAt":"2026-05-20T09:15:00+02:00""#;

    #[test]
    fn edr_age_six_on_the_registration_day() {
        assert_eq!(
            run("2020-08-04", PACT).eurodac.biometrics_required,
            Some(true)
        );
        assert_eq!(
            run("2020-08-05", PACT).eurodac.biometrics_required,
            Some(false)
        );
        let a = run("2020-08-04", PACT);
        let d = a
            .deadlines
            .iter()
            .find(|d| d.id == "eurodacTransmission")
            .unwrap();
        assert_eq!(
            (d.period.as_str(), d.expires_at.as_str()),
            ("PT72H", "2026-08-07T10:00:00+02:00")
        );
    }

    #[test]
    fn old_regulation_age_fourteen_from_lodging() {
        let a = run("2012-05-18", LEGACY);
        assert_eq!(
            (a.eurodac.biometrics_required, a.eurodac.minimum_age),
            (Some(true), Some(14))
        );
        let d = a
            .deadlines
            .iter()
            .find(|d| d.id == "eurodacTransmission")
            .unwrap();
        assert_eq!(d.expires_at, "2026-05-23T10:00:00+02:00");
        assert_eq!(
            run("2012-05-19", LEGACY).eurodac.biometrics_required,
            Some(false)
        );
    }

    #[test]
    fn unknown_registration_date_matters_only_near_a_birthday() {
        // Turns six between making and lodging: unknown.
        let app = r#""madeAt":"2026-08-03","lodgedAt":"2026-08-10""#;
        let a = run("2020-08-05", app);
        assert_eq!(a.eurodac.biometrics_required, None);
        assert!(a
            .missing_facts
            .iter()
            .any(|m| m.path == "/application/registeredAt"));
        // An adult: required whatever the registration day.
        assert_eq!(
            run("1990-01-01", app).eurodac.biometrics_required,
            Some(true)
        );
    }

    #[test]
    fn registration_before_the_cutover_keeps_the_old_regulation() {
        let app = r#""madeAt":"2026-06-08","registeredAt":"2026-06-10","lodgedAt":"2026-06-15T09:00:00+02:00""#;
        let a = run("2016-01-01", app);
        assert_eq!(
            (a.eurodac.biometrics_required, a.eurodac.minimum_age),
            (Some(false), Some(14))
        );
    }
}
