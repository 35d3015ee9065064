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
//!   manner and have not already been subjected to the screening in a Member State": two facts
//!   of the case, `screening.enteredLawfully` and `screening.previouslyScreened`.
//! - SR 25: the Regulation applies from 12 June 2026.
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
use crate::engine::{AlternativeSpec, Ctx, LimitSpec};
use crate::explain::{uri, Basis, NoteKind};
use crate::law::application::{self, Act};
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
    } else if let Some(started) = ctx.case.screening.started_at {
        // RULES §0 and §3 [rev. 12-2026]: once the screening has started, it ends at its limit
        // whatever is unfinished (SR 8(4), 18(5)); the open question whether it was required
        // cannot change that limit.
        ctx.used("/screening/startedAt");
        let day = crate::calendar::dmy(started.date());
        ctx.explain(
            "screening.startedWhileRequiredOpen",
            text!(
                ctx.locale,
                format!("De screening is op {day} begonnen. Of zij vereist was is nog open (zie missingFacts), maar een begonnen screening eindigt uiterlijk bij het verstrijken van haar termijn (art. 8 en 18(5) SR): de termijn wordt gegeven."),
                format!("The screening started on {day}. Whether it was required is still open (see missingFacts), but a screening that has started ends at the latest when its limit expires (SR 8 and 18(5)): the limit is given."),
            ),
            vec![SR_8_4, Basis::new("SR", "18(5)", uri::SR)],
        );
        time_limit(ctx, situation);
    }
}

/// SR 7(1): "Member States shall provide in their national law that third-country nationals who
/// are found within their territory ... shall be subject to the screening ... only where such
/// third-country nationals have crossed an external border to enter the territory of the Member
/// States in an unauthorised manner and have not already been subjected to the screening in a
/// Member State" (read in `eu/4e/32024R1356.md`). Two facts of the case, both needed: the
/// crossing was unauthorised (`screening.enteredLawfully` false) and no earlier screening
/// (`screening.previouslyScreened` false). A person who entered lawfully (a visa, then an
/// overstay) is not screened under SR 7 (RULES §3 [rev. 12-2026]).
fn territory(ctx: &mut Ctx) -> Option<bool> {
    let lawful = ctx.case.screening.entered_lawfully;
    let screened = ctx.case.screening.previously_screened;
    if screened == Some(true) {
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
        return Some(false);
    }
    if lawful == Some(true) {
        ctx.used("/screening/enteredLawfully");
        ctx.explain(
            "screening.territoryEnteredLawfully",
            text!(
                ctx.locale,
                "De vreemdeling is rechtmatig ingereisd: art. 7(1) SR geldt alleen voor wie de buitengrens op niet-toegestane wijze is overgestoken; geen screening op het grondgebied.",
                "The applicant entered lawfully: SR 7(1) covers only persons who crossed the external border in an unauthorised manner; no screening within the territory.",
            ),
            vec![SR_7_1],
        );
        return Some(false);
    }
    if lawful == Some(false) && screened == Some(false) {
        ctx.used("/screening/enteredLawfully");
        ctx.used("/screening/previouslyScreened");
        ctx.explain(
            "screening.territory",
            text!(
                ctx.locale,
                "Aangetroffen op het grondgebied na een niet-toegestane overschrijding van de buitengrens en niet eerder gescreend: screening op het grondgebied (art. 7(1) SR).",
                "Found within the territory after an unauthorised crossing of the external border and not screened before: screening within the territory (SR 7(1)).",
            ),
            vec![SR_7_1],
        );
        return Some(true);
    }
    if lawful.is_none() {
        ctx.missing("/screening/enteredLawfully", "screening.required");
    }
    if screened.is_none() {
        ctx.missing("/screening/previouslyScreened", "screening.required");
    }
    ctx.explain(
        "screening.territoryUnknown",
        text!(
            ctx.locale,
            "Op het grondgebied wordt alleen gescreend wie de buitengrens op niet-toegestane wijze is overgestoken en niet eerder in een lidstaat is gescreend (art. 7(1) SR); dat is niet (geheel) bekend.",
            "Within the territory only persons who crossed the external border in an unauthorised manner and were not screened before in a Member State are screened (SR 7(1)); that is not (fully) known.",
        ),
        vec![SR_7_1],
    );
    None
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
        Situation::Territory => territory(ctx),
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
/// regard to persons referred to in Article 5(1), point (a), to whom Article 22(1) and (4) of
/// Regulation (EU) 2024/1358 applies, where those persons remain physically at the external
/// border for more than 72 hours, ... the period for the screening shall be reduced to four days"
/// and the screening "shall be carried out thereafter". SR 8(4): "The screening referred to in
/// Article 7 shall be carried out without delay and be completed within three days from
/// apprehension". SR 18(5): the screening ends at the limit even where checks are unfinished.
///
/// The SR has no rule of its own on the calculation of periods (arts 1–25 read): counted per PR
/// 1182/71. It applies from 12 June 2026 (SR 25): no limit for an earlier event.
///
/// RULES §3 [rev. 12-2026]: the four days need both a person under EDR 22(1)/(4) — apprehended
/// in connection with an irregular crossing (situation `externalBorderApprehension`) — and a stay
/// at the external border of more than 72 hours. Interpretation: the four days, like the seven,
/// run from the apprehension (noted). When the stay is unknown, the seven days are given with the
/// four-day alternative (RULES §0).
fn time_limit(ctx: &mut Ctx, situation: Situation) {
    let over72 = ctx.case.screening.stayed_at_border_over72h;
    let apprehended = situation == Situation::ExternalBorderApprehension;
    let (period, basis, nl, en) = match situation {
        Situation::Territory => (
            Period::days(3),
            SR_8_4,
            "Screening op het grondgebied",
            "Screening within the territory",
        ),
        Situation::ExternalBorderApprehension if over72 == Some(true) => {
            ctx.used("/screening/stayedAtBorderOver72h");
            four_days_note(ctx);
            (
                Period::days(4),
                SR_8_3,
                "Screening aan de buitengrens (langer dan 72 uur aan de grens)",
                "Screening at the external border (more than 72 hours at the border)",
            )
        }
        _ => {
            if over72 == Some(true) {
                ctx.note(
                    NoteKind::Info,
                    text!(
                        ctx.locale,
                        "De verkorting tot vier dagen (art. 8(3), tweede alinea, SR) geldt alleen voor wie bij onrechtmatige grensoverschrijding is aangehouden (art. 5(1)(a) SR, art. 22 EDR), niet in deze situatie.",
                        "The reduction to four days (SR 8(3), second subparagraph) applies only to persons apprehended for an unauthorised border crossing (SR 5(1)(a), EDR 22), not in this situation.",
                    ),
                    vec![SR_8_3],
                );
            } else if apprehended && over72 == Some(false) {
                ctx.used("/screening/stayedAtBorderOver72h");
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
        ctx.case.screening.started_at,
    ) {
        (Some(a), _, _) => (a, "/screening/apprehendedAt"),
        (None, Some(m), _) => {
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
        (None, None, Some(st)) => {
            ctx.missing("/screening/apprehendedAt", "deadlines.screening");
            ctx.note(
                NoteKind::Assumption,
                text!(
                    ctx.locale,
                    "Het moment van aanhouding, ontscheping of melding is niet opgegeven; de screeningstermijn is gerekend vanaf het begin van de screening, dat daar niet aan voorafgaat. Met het moment van aanhouding kan de termijn eerder eindigen.",
                    "The moment of apprehension, disembarkation or presentation is not given; the screening period is counted from the start of the screening, which does not precede it. With the moment of apprehension the limit may end earlier.",
                ),
                vec![basis.clone()],
            );
            (st, "/screening/startedAt")
        }
        (None, None, None) => {
            ctx.missing("/screening/apprehendedAt", "deadlines.screening");
            return;
        }
    };
    if !application::limit_applies(ctx, Act::Sr, from.date(), "screening") {
        return;
    }
    let computed = ctx.limit(LimitSpec {
        id: "screening",
        from_path,
        from,
        period,
        counting: Counting::Pr1182,
        basis: vec![basis, Basis::new("SR", "18(5)", uri::SR)],
        rule: "screening.timeLimit",
        label: text!(ctx.locale, nl, en),
    });
    if apprehended && over72.is_none() && computed.is_some() {
        ctx.alternative(
            "screening",
            "deadlines.screening",
            AlternativeSpec {
                from,
                fact: "/screening/stayedAtBorderOver72h",
                if_value: true,
                period: Period::days(4),
                counting: Counting::Pr1182,
                basis: vec![SR_8_3],
            },
        );
        let alt = ctx
            .deadline_by_id("screening")
            .and_then(|d| d.alternatives.first())
            .map(|a| a.due.clone())
            .unwrap_or_default();
        four_days_note(ctx);
        ctx.note(
            NoteKind::Info,
            text!(
                ctx.locale,
                format!("Screeningstermijn: zeven dagen (art. 8(3) SR). Als vaststaat dat de aangehouden vreemdeling meer dan 72 uur aan de buitengrens verbleef, is de termijn vier dagen: uiterlijk {alt}."),
                format!("Screening limit: seven days (SR 8(3)). If it is established that the apprehended person stayed more than 72 hours at the external border, the limit is four days: by {alt}."),
            ),
            vec![SR_8_3],
        );
    }
}

/// The interpretation note of the four-day limit (RULES §3 [rev. 12-2026]).
fn four_days_note(ctx: &mut Ctx) {
    ctx.note(
        NoteKind::Interpretation,
        text!(
            ctx.locale,
            "De verkorte screeningstermijn van vier dagen (art. 8(3), tweede alinea, SR: wie meer dan 72 uur aan de buitengrens verblijft wordt 'daarna' gescreend) wordt, zoals de termijn van zeven dagen, gerekend vanaf de aanhouding.",
            "The reduced screening period of four days (SR 8(3), second subparagraph: a person who stays at the external border for more than 72 hours is screened 'thereafter') is counted, like the seven days, from the apprehension.",
        ),
        vec![SR_8_3],
    );
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
            r#""apprehendedAt":"2026-08-07","previouslyScreened":false,"enteredLawfully":false"#,
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
    fn over_72_hours_unknown_gives_seven_days_with_the_four_day_alternative() {
        let a = run(&case(
            "externalBorderApprehension",
            r#""apprehendedAt":"2026-08-07""#,
        ));
        let d = a.deadlines.iter().find(|d| d.id == "screening").unwrap();
        // Fri 7 Aug + 7 days = Fri 14 Aug; + 4 days = Tue 11 Aug.
        assert_eq!((d.period.as_str(), d.due.as_str()), ("P7D", "2026-08-14"));
        let alt = &d.alternatives[0];
        assert_eq!(
            (
                alt.fact,
                alt.if_value,
                alt.period.as_str(),
                alt.due.as_str()
            ),
            (
                "/screening/stayedAtBorderOver72h",
                true,
                "P4D",
                "2026-08-11"
            )
        );
        let m = a
            .missing_facts
            .iter()
            .find(|m| m.path == "/screening/stayedAtBorderOver72h")
            .unwrap();
        assert_eq!(m.affects, ["deadlines.screening"]);
        let a = run(&case(
            "externalBorderApprehension",
            r#""apprehendedAt":"2026-08-05","stayedAtBorderOver72h":true"#,
        ));
        let d = a.deadlines.iter().find(|d| d.id == "screening").unwrap();
        assert_eq!((d.period.as_str(), d.due.as_str()), ("P4D", "2026-08-10"));
    }

    #[test]
    fn territory_needs_an_unauthorised_crossing() {
        let a = run(&case(
            "territory",
            r#""apprehendedAt":"2026-08-07","previouslyScreened":false,"enteredLawfully":true"#,
        ));
        assert_eq!(a.screening.required, Some(false));
        assert!(a.deadlines.iter().all(|d| d.id != "screening"));
        // Both unknown, screening not started: open, both facts missing, no limit.
        let a = run(&case("territory", r#""apprehendedAt":"2026-08-07""#));
        assert_eq!(a.screening.required, None);
        assert!(a.deadlines.iter().all(|d| d.id != "screening"));
        for p in [
            "/screening/enteredLawfully",
            "/screening/previouslyScreened",
        ] {
            assert!(a.missing_facts.iter().any(|m| m.path == p));
        }
        // Started: the limit is given (SR 8(4), 18(5)).
        let a = run(&case(
            "territory",
            r#""apprehendedAt":"2026-08-07","startedAt":"2026-08-07","enteredLawfully":false"#,
        ));
        assert_eq!(a.screening.required, None);
        let d = a.deadlines.iter().find(|d| d.id == "screening").unwrap();
        assert_eq!(d.due, "2026-08-11");
    }

    #[test]
    fn no_limit_before_the_screening_regulation_applies() {
        let a = run(
            r#"{"schemaVersion":1,"applicant":{"dateOfBirth":"1990-01-01"},
            "application":{"madeAt":"2026-06-11","lodgedAt":"2026-06-15","situation":"borderCrossingPoint"},
            "screening":{"apprehendedAt":"2026-06-11"}}"#,
        );
        assert!(a.deadlines.iter().all(|d| d.id != "screening"));
        assert!(a
            .explanation
            .iter()
            .any(|e| e.rule == "application.beforeActApplies"));
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
