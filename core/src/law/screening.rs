//! Screening (Reg. (EU) 2024/1356, SR; Vw-new 2ff): pact regime only (RULES.md §3).
//!
//! Texts read in legalize-dev/legalize-eu `eu/4e/32024R1356.md` (SR, consolidated English).
//!
//! - SR 5(1): screening of third-country nationals who "(a) are apprehended in connection with an
//!   unauthorised crossing of the external border … or (b) are disembarked in the territory of a
//!   Member State following a search and rescue operation"; 5(2): those "who have made an
//!   application for international protection at external border crossing points or in transit
//!   zones".
//! - SR 7(1): screening within the territory "only where such third-country nationals have
//!   crossed an external border to enter the territory of the Member States in an unauthorised
//!   manner and have not already been subjected to the screening in a Member State".
//! - Relocation (APR 43(1)(d)): a person relocated under AMMR 67(11) was screened in the Member
//!   State of arrival, which refers him or her "together with the form referred to in Article 17"
//!   (SR 18(3)); SR 7(1) excludes persons "already … subjected to the screening in a Member
//!   State". Interpretation: no new screening in the Netherlands (noted).
//! - Authority and place (Vw-new 2ff(2); RULES §3): the KMar at the external border (Schiphol);
//!   the IND within the territory (Ter Apel).

use chrono::NaiveDate;

use crate::calendar::{Counting, Period, When};
use crate::contract::validate::age_on;
use crate::contract::{
    Authority, Component, ComponentStatus, ProcedureRegime, ScreeningLocation, Situation,
};
use crate::engine::{Ctx, LimitSpec};
use crate::explain::{uri, Basis, NoteKind};
use crate::text;

const SR_5: Basis = Basis::new("SR", "5", uri::SR);
const SR_7_1: Basis = Basis::new("SR", "7(1)", uri::SR);
const SR_8_3: Basis = Basis::new("SR", "8(3)", uri::SR);
const SR_8_4: Basis = Basis::new("SR", "8(4)", uri::SR);
const SR_18_3: Basis = Basis::new("SR", "18(3)", uri::SR);
const VW_2FF: Basis = Basis::new("Vw", "2ff", uri::VW_NEW);

/// Applies the Screening Regulation (pact regime only).
pub fn assess(ctx: &mut Ctx) {
    if ctx.regime.procedure != Some(ProcedureRegime::Pact) {
        return;
    }
    let Some(situation) = ctx.case.application.situation else {
        ctx.missing("/application/situation", "screening.required");
        ctx.explain(
            "screening.situationUnknown",
            text!(
                ctx.locale,
                "Of screening nodig is en wie screent, hangt af van de plaats waar het verzoek is gedaan (buitengrens of grondgebied), en die is onbekend.",
                "Whether screening is required and who screens depends on where the application was made (external border or territory), which is unknown.",
            ),
            vec![SR_5, SR_7_1],
        );
        return;
    };
    ctx.used("/application/situation");
    let required = required(ctx, situation);
    ctx.screening.required = required;
    if required == Some(false) {
        return;
    }
    authority(ctx, situation);
    if required == Some(true) {
        ctx.require_monitoring();
        time_limit(ctx, situation);
        components(ctx);
    }
}

/// SR 5 (external border) and SR 7(1) (territory): is the person to be screened?
fn required(ctx: &mut Ctx, situation: Situation) -> Option<bool> {
    match situation {
        Situation::BorderCrossingPoint
        | Situation::ExternalBorderApprehension
        | Situation::SearchAndRescue => {
            let (art, nl, en) = match situation {
                Situation::BorderCrossingPoint => (
                    "5(2)",
                    "een verzoek aan een grensdoorlaatpost of in een transitzone",
                    "an application at a border crossing point or in a transit zone",
                ),
                Situation::ExternalBorderApprehension => (
                    "5(1)(a)",
                    "aanhouding bij onrechtmatige overschrijding van de buitengrens",
                    "apprehension for an unauthorised crossing of the external border",
                ),
                _ => (
                    "5(1)(b)",
                    "ontscheping na een opsporings- en reddingsoperatie",
                    "disembarkation after a search and rescue operation",
                ),
            };
            ctx.explain(
                "screening.border",
                text!(
                    ctx.locale,
                    format!("Screening aan de buitengrens is verplicht: {nl} (art. {art} SR)."),
                    format!("Screening at the external border is required: {en} (SR {art})."),
                ),
                vec![Basis::new("SR", art, uri::SR)],
            );
            Some(true)
        }
        Situation::Territory => match ctx.case.screening.previously_screened {
            Some(true) => {
                ctx.used("/screening/previouslyScreened");
                ctx.explain(
                    "screening.territoryPreviouslyScreened",
                    text!(
                ctx.locale,
                        "De vreemdeling is al in een lidstaat gescreend: geen screening op het grondgebied (art. 7(1) SR).",
                        "The applicant was already screened in a Member State: no screening within the territory (SR 7(1)).",
                    ),
                    vec![SR_7_1],
                );
                Some(false)
            }
            Some(false) => {
                ctx.used("/screening/previouslyScreened");
                ctx.explain(
                    "screening.territory",
                    text!(
                ctx.locale,
                        "Aangetroffen op het grondgebied zonder eerder te zijn gescreend: screening op het grondgebied (art. 7(1) SR).",
                        "Found within the territory without having been screened: screening within the territory (SR 7(1)).",
                    ),
                    vec![SR_7_1],
                );
                ctx.note(
                    NoteKind::Interpretation,
                    text!(
                ctx.locale,
                        "Art. 7(1) SR geldt voor wie de buitengrens onrechtmatig is overgestoken; de engine neemt aan dat een asielzoeker op het grondgebied die niet eerder is gescreend daaronder valt (RULES §3).",
                        "SR 7(1) covers persons who crossed the external border in an unauthorised manner; the engine takes an applicant on the territory who was not screened before to be such a person (RULES §3).",
                    ),
                    vec![SR_7_1],
                );
                Some(true)
            }
            None => {
                ctx.missing("/screening/previouslyScreened", "screening.required");
                ctx.explain(
                    "screening.territoryUnknown",
                    text!(
                ctx.locale,
                        "Op het grondgebied wordt alleen gescreend wie niet eerder in een lidstaat is gescreend (art. 7(1) SR); dat is onbekend.",
                        "Within the territory only persons not screened before in a Member State are screened (SR 7(1)); that is unknown.",
                    ),
                    vec![SR_7_1],
                );
                None
            }
        },
        Situation::Relocation => {
            ctx.explain(
                "screening.relocation",
                text!(
                ctx.locale,
                    "Herplaatst op grond van art. 67(11) AMMR: de screening is gedaan in de lidstaat van aankomst, die het screeningsformulier meestuurt (art. 18(3) SR); geen nieuwe screening (art. 7(1) SR).",
                    "Relocated under AMMR 67(11): the screening was done in the Member State of arrival, which sends the screening form along (SR 18(3)); no new screening (SR 7(1)).",
                ),
                vec![SR_18_3, SR_7_1, Basis::new("APR", "43(1)(d)", uri::APR)],
            );
            ctx.note(
                NoteKind::Interpretation,
                text!(
                ctx.locale,
                    "Een herplaatste vreemdeling wordt in Nederland niet opnieuw gescreend: art. 18(3) SR laat de screening eindigen met de doorverwijzing voor herplaatsing, en art. 7(1) SR sluit wie al in een lidstaat is gescreend uit.",
                    "A relocated person is not screened again in the Netherlands: SR 18(3) ends the screening with the referral for relocation, and SR 7(1) excludes persons already screened in a Member State.",
                ),
                vec![SR_18_3, SR_7_1],
            );
            Some(false)
        }
    }
}

/// Vw-new 2ff(2): at the external border the KMar performs the screening tasks; within the
/// territory the IND, at Ter Apel (RULES §3, the implementation letter).
fn authority(ctx: &mut Ctx, situation: Situation) {
    if situation == Situation::Territory {
        ctx.screening.authority = Some(Authority::Ind);
        ctx.screening.location = Some(ScreeningLocation::TerApel);
        ctx.explain(
            "screening.authority",
            text!(
                ctx.locale,
                "Screening op het grondgebied: de IND screent, in Ter Apel.",
                "Screening within the territory: the IND screens, at Ter Apel.",
            ),
            vec![VW_2FF, Basis::new("SR", "8(2)", uri::SR)],
        );
    } else {
        ctx.screening.authority = Some(Authority::Kmar);
        ctx.screening.location = Some(ScreeningLocation::Schiphol);
        ctx.explain(
            "screening.authority",
            text!(
                ctx.locale,
                "Screening aan de buitengrens: de Koninklijke Marechaussee screent (identificatie, veiligheidscontrole, biometrie en Eurodac), op Schiphol.",
                "Screening at the external border: the Royal Netherlands Marechaussee screens (identification, security check, biometrics and Eurodac), at Schiphol.",
            ),
            vec![VW_2FF, Basis::new("SR", "8(1)", uri::SR)],
        );
    }
}

/// SR 8(3): "the screening shall be carried out without delay and in any case be completed within
/// seven days from the apprehension in the external border area, the disembarkation in the
/// territory of the Member State concerned or the presentation at the border crossing point. With
/// regard to persons referred to in Article 5(1), point (a), … where those persons remain
/// physically at the external border for more than 72 hours, … the period for the screening shall
/// be reduced to four days." SR 8(4): "The screening referred to in Article 7 shall be carried out
/// without delay and be completed within three days from apprehension". Counted per PR 1182/71.
/// Interpretation: the four days, like the seven, run from the apprehension; the reduction
/// concerns only persons apprehended at the external border (SR 5(1)(a)).
fn time_limit(ctx: &mut Ctx, situation: Situation) {
    let over72 = ctx.case.screening.stayed_at_border_over72h;
    let (period, basis, nl, en) = match situation {
        Situation::Territory => (
            Period::days(3),
            SR_8_4,
            "Screening op het grondgebied",
            "Screening within the territory",
        ),
        Situation::ExternalBorderApprehension => match over72 {
            Some(true) => {
                ctx.used("/screening/stayedAtBorderOver72h");
                ctx.note(
                    NoteKind::Interpretation,
                    text!(
                ctx.locale,
                        "De verkorte screeningstermijn van vier dagen (art. 8(3), tweede alinea, SR) wordt, zoals de termijn van zeven dagen, gerekend vanaf de aanhouding.",
                        "The reduced screening period of four days (SR 8(3), second subparagraph) is counted, like the seven days, from the apprehension.",
                    ),
                    vec![SR_8_3],
                );
                (
                    Period::days(4),
                    SR_8_3,
                    "Screening aan de buitengrens (langer dan 72 uur aan de grens)",
                    "Screening at the external border (more than 72 hours at the border)",
                )
            }
            Some(false) => {
                ctx.used("/screening/stayedAtBorderOver72h");
                (
                    Period::days(7),
                    SR_8_3,
                    "Screening aan de buitengrens",
                    "Screening at the external border",
                )
            }
            None => {
                ctx.missing("/screening/stayedAtBorderOver72h", "deadlines.screening");
                ctx.explain(
                    "screening.timeLimitUnknown",
                    text!(
                ctx.locale,
                        "De screeningstermijn is zeven dagen, of vier dagen wanneer de aangehouden vreemdeling meer dan 72 uur aan de buitengrens verbleef; dat laatste is onbekend.",
                        "The screening period is seven days, or four days where the apprehended person stayed more than 72 hours at the external border; the latter is unknown.",
                    ),
                    vec![SR_8_3],
                );
                return;
            }
        },
        _ => {
            if over72 == Some(true) {
                ctx.note(
                    NoteKind::Info,
                    text!(
                ctx.locale,
                        "De verkorting tot vier dagen (art. 8(3), tweede alinea, SR) geldt alleen voor wie bij onrechtmatige grensoverschrijding is aangehouden (art. 5(1)(a) SR), niet in deze situatie.",
                        "The reduction to four days (SR 8(3), second subparagraph) applies only to persons apprehended for an unauthorised border crossing (SR 5(1)(a)), not in this situation.",
                    ),
                    vec![SR_8_3],
                );
            }
            (
                Period::days(7),
                SR_8_3,
                "Screening aan de buitengrens",
                "Screening at the external border",
            )
        }
    };
    let (from, from_path) = match (
        ctx.case.screening.apprehended_at,
        ctx.case.application.made_at,
    ) {
        (Some(a), _) => (a, "/screening/apprehendedAt"),
        (None, Some(m)) => {
            ctx.note(
                NoteKind::Assumption,
                text!(
                ctx.locale,
                    "Het moment van aanhouding, ontscheping of melding is niet opgegeven; de screeningstermijn is gerekend vanaf het moment waarop het verzoek is gedaan.",
                    "The moment of apprehension, disembarkation or presentation is not given; the screening period is counted from when the application was made.",
                ),
                vec![basis.clone()],
            );
            (m, "/application/madeAt")
        }
        (None, None) => {
            ctx.missing("/screening/apprehendedAt", "deadlines.screening");
            return;
        }
    };
    ctx.limit(LimitSpec {
        id: "screening",
        from_path,
        from,
        period,
        counting: Counting::Pr1182,
        basis: vec![basis, Basis::new("SR", "18(5)", uri::SR)],
        rule: "screening.timeLimit",
        label: text!(ctx.locale, nl, en),
    });
}

/// The elements of the screening (SR 8(5)), each done once: "The biometric data of a
/// third-country national subject to the screening shall be taken once for the purpose of both
/// the identification or verification of identity of that person and registration in Eurodac"
/// (SR 14(2)); SR 8(5)(d): registration of biometric data "to the extent that it has not yet
/// occurred". A component with a recorded date is done and is not repeated (RULES §3). A child
/// under six gives no biometrics (EDR 15(1), 22(1): "at least six years of age").
fn components(ctx: &mut Ctx) {
    let s = ctx.case.screening.clone();
    let under_six = match (ctx.case.applicant.date_of_birth, screening_day(ctx)) {
        (Some(born), Some(on)) => age_on(born, on) < 6,
        _ => false,
    };
    let items: [(&'static str, Option<When>, &'static str, Vec<Basis>); 6] = [
        (
            "identification",
            s.identity_registered_at,
            "/screening/identityRegisteredAt",
            vec![
                Basis::new("SR", "14", uri::SR),
                Basis::new("SR", "8(5)(c)", uri::SR),
            ],
        ),
        (
            "securityCheck",
            s.security_checked_at,
            "/screening/securityCheckedAt",
            vec![
                Basis::new("SR", "15", uri::SR),
                Basis::new("SR", "16", uri::SR),
                Basis::new("SR", "8(5)(e)", uri::SR),
            ],
        ),
        (
            "biometrics",
            s.biometrics_taken_at,
            "/screening/biometricsTakenAt",
            vec![
                Basis::new("SR", "8(5)(d)", uri::SR),
                Basis::new("SR", "14(2)", uri::SR),
                Basis::new("EDR", "15(1)", uri::EDR),
            ],
        ),
        (
            "healthCheck",
            s.health_checked_at,
            "/screening/healthCheckedAt",
            vec![
                Basis::new("SR", "12(1)", uri::SR),
                Basis::new("SR", "8(5)(a)", uri::SR),
            ],
        ),
        (
            "vulnerabilityCheck",
            s.vulnerability_checked_at,
            "/screening/vulnerabilityCheckedAt",
            vec![
                Basis::new("SR", "12(3)", uri::SR),
                Basis::new("SR", "8(5)(b)", uri::SR),
            ],
        ),
        (
            "screeningForm",
            s.form_completed_at,
            "/screening/formCompletedAt",
            vec![
                Basis::new("SR", "17", uri::SR),
                Basis::new("SR", "8(5)(f)", uri::SR),
            ],
        ),
    ];
    let mut done = Vec::new();
    let mut todo = Vec::new();
    for (id, at, path, basis) in items {
        let status = if at.is_some() {
            ctx.used(path);
            done.push(id);
            ComponentStatus::Done
        } else if id == "biometrics" && under_six {
            ComponentStatus::NotRequired
        } else {
            todo.push(id);
            ComponentStatus::Required
        };
        ctx.screening
            .components
            .push(Component { id, status, basis });
    }
    let d = if done.is_empty() {
        "-".to_owned()
    } else {
        done.join(", ")
    };
    let t = if todo.is_empty() {
        "-".to_owned()
    } else {
        todo.join(", ")
    };
    let (nl6, en6) = if under_six {
        (
            " Biometrie is niet vereist: de vreemdeling is jonger dan zes jaar.",
            " Biometrics are not required: the person is under six.",
        )
    } else {
        ("", "")
    };
    ctx.explain(
        "screening.components",
        text!(
                ctx.locale,
            format!("Onderdelen van de screening (art. 8(5) SR): gedaan, niet te herhalen: {d}; nog te doen: {t}.{nl6}"),
            format!("Screening elements (SR 8(5)): done, not to be repeated: {d}; still to do: {t}.{en6}"),
        ),
        vec![Basis::new("SR", "8(5)", uri::SR), Basis::new("SR", "14(2)", uri::SR)],
    );
}

/// The day the screening concerns: apprehension, else the making of the application.
fn screening_day(ctx: &Ctx) -> Option<NaiveDate> {
    ctx.case
        .screening
        .apprehended_at
        .or(ctx.case.screening.started_at)
        .or(ctx.case.application.made_at)
        .map(|w| w.date())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::Assessment;
    use crate::explain::Locale;
    use crate::params::Parameters;

    fn run(json: &str) -> Assessment {
        let case = crate::decode_case(json.as_bytes()).unwrap();
        let mut ctx = Ctx::new(&case, Parameters::embedded(), Locale::En);
        crate::law::transition::assess(&mut ctx);
        assess(&mut ctx);
        ctx.finish().unwrap()
    }

    fn case(situation: &str, screening: &str) -> String {
        format!(
            r#"{{"schemaVersion":1,"applicant":{{"dateOfBirth":"1990-01-01"}},
            "application":{{"madeAt":"2026-08-07","lodgedAt":"2026-08-12","situation":"{situation}"}},
            "screening":{{{screening}}}}}"#
        )
    }

    #[test]
    fn territory_three_days_include_two_working_days() {
        let a = run(&case(
            "territory",
            r#""apprehendedAt":"2026-08-07","previouslyScreened":false"#,
        ));
        assert_eq!(a.screening.required, Some(true));
        assert_eq!(a.screening.authority, Some(Authority::Ind));
        let d = a.deadlines.iter().find(|d| d.id == "screening").unwrap();
        // Fri + 3 days = Mon; PR 3(5): two working days → Tue.
        assert_eq!(
            (d.period.as_str(), d.due.as_str(), d.extended),
            ("P3D", "2026-08-11", true)
        );
        assert!(a.monitoring.is_some());
    }

    #[test]
    fn over_72_hours_unknown_leaves_the_limit_open() {
        let a = run(&case(
            "externalBorderApprehension",
            r#""apprehendedAt":"2026-08-07""#,
        ));
        assert!(a.deadlines.iter().all(|d| d.id != "screening"));
        assert!(a
            .missing_facts
            .iter()
            .any(|m| m.path == "/screening/stayedAtBorderOver72h"));
        let a = run(&case(
            "externalBorderApprehension",
            r#""apprehendedAt":"2026-08-05","stayedAtBorderOver72h":true"#,
        ));
        let d = a.deadlines.iter().find(|d| d.id == "screening").unwrap();
        assert_eq!((d.period.as_str(), d.due.as_str()), ("P4D", "2026-08-10"));
    }

    #[test]
    fn relocation_and_previously_screened_need_no_screening() {
        assert_eq!(run(&case("relocation", "")).screening.required, Some(false));
        let a = run(&case("territory", r#""previouslyScreened":true"#));
        assert_eq!(a.screening.required, Some(false));
        assert_eq!(a.screening.authority, None);
    }

    #[test]
    fn recorded_components_are_done_and_not_repeated() {
        let a = run(&case(
            "borderCrossingPoint",
            r#""biometricsTakenAt":"2026-08-07","securityCheckedAt":"2026-08-07""#,
        ));
        let status = |id: &str| {
            a.screening
                .components
                .iter()
                .find(|c| c.id == id)
                .unwrap()
                .status
        };
        assert_eq!(status("biometrics"), ComponentStatus::Done);
        assert_eq!(status("securityCheck"), ComponentStatus::Done);
        assert_eq!(status("screeningForm"), ComponentStatus::Required);
        // No apprehension moment: counted from making, with an assumption note.
        assert!(a.notes.iter().any(|n| n.kind == NoteKind::Assumption));
        assert_eq!(
            a.deadlines
                .iter()
                .find(|d| d.id == "screening")
                .unwrap()
                .due,
            "2026-08-14"
        );
    }
}
