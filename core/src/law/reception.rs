//! Reception (COA; RULES.md §7): the right to reception, its lapse for Dublin claimants in the
//! pact regime, and the reception time limits. Both regimes: the legacy module calls [`assess`].
//!
//! - Pact: RCD (Dir. (EU) 2024/1346) 17–20 material reception conditions; AMMR 18(1): an
//!   applicant "shall not be entitled to the reception conditions set out in Articles 17 to 20 of
//!   Directive (EU) 2024/1346 … in any Member State other than the one in which he or she is
//!   required to be present … from the moment he or she has been notified of a decision to
//!   transfer him or her to the Member State responsible", "without prejudice to the need to
//!   ensure a standard of living in accordance with Union law, including the Charter"; RCD 21;
//!   Vw-new 44a(1)(d): the transfer decision (art. 30) carries by operation of law that "de
//!   vreemdeling overeenkomstig artikel 18, eerste lid, van de Asiel- en
//!   migratiebeheerverordening geen recht heeft op de opvangvoorzieningen, verstrekkingen en
//!   uitkeringen, bedoeld in de artikelen 17 tot en met 20 van de Opvangrichtlijn … Dit doet geen
//!   afbreuk aan de noodzaak om een levensstandaard te waarborgen die in overeenstemming is met het
//!   Unierecht".
//! - Pact: RCD 25(1): the assessment of special reception needs is to be "completed within 30
//!   days from the making of the application" (research/eu-law-notes.md §6, FS-RCD25).
//! - Legacy: Rva 2005 art. 2(3): the COA informs the applicant "binnen een redelijke termijn van ten
//!   hoogste vijftien dagen na de indiening van de asielaanvraag"; Vw-old 44a has no lapse of
//!   reception for Dublin claimants.

use crate::calendar::{Counting, Period, When};
use crate::contract::{DecisionKind, ProcedureRegime};
use crate::engine::{Ctx, LimitSpec};
use crate::explain::{uri, Basis, NoteKind};
use crate::text;

const RCD_17: Basis = Basis::new("RCD", "17", uri::RCD);
const RCD_21: Basis = Basis::new("RCD", "21", uri::RCD);
const RCD_25_1: Basis = Basis::new("RCD", "25(1)", uri::RCD);
const AMMR_18_1: Basis = Basis::new("AMMR", "18(1)", uri::AMMR);
const SR_11_1_B: Basis = Basis::new("SR", "11(1)(b)", uri::SR);
const RCD_5_1: Basis = Basis::new("RCD", "5(1)", uri::RCD);
const VW_44A: Basis = Basis::new("Vw", "44a(1)(d)", uri::VW_NEW);
const RVA_2_3: Basis = Basis::new("Rva 2005", "2(3)", uri::RVA);

/// Applies the reception rules (both regimes).
pub fn assess(ctx: &mut Ctx) {
    match ctx.regime.procedure {
        Some(ProcedureRegime::Pact) => {
            entitlement_pact(ctx);
            vulnerability_assessment(ctx);
        }
        Some(ProcedureRegime::Legacy) => {
            entitlement_legacy(ctx);
            reception_information(ctx);
        }
        None => {}
    }
}

/// When the transfer decision was notified: `dublin.transferDecisionNotifiedAt`, or a notified
/// decision of kind `dublinTransfer` (Vw-new 44a: the art. 30 decision is the transfer decision).
fn transfer_decision_notified(ctx: &mut Ctx) -> Option<When> {
    if let Some(w) = ctx.case.dublin.transfer_decision_notified_at {
        ctx.used("/dublin/transferDecisionNotifiedAt");
        return Some(w);
    }
    let d = &ctx.case.decision;
    if d.kind == Some(DecisionKind::DublinTransfer) {
        if let Some(w) = d.notified_at {
            ctx.used("/decision/notifiedAt");
            return Some(w);
        }
    }
    None
}

/// Pact regime: entitled to the RCD 17–20 reception until the transfer decision is notified
/// (AMMR 18(1), RCD 21, Vw-new 44a(1)(d)); from then on only a standard of living in line with
/// Union law and the Charter. AMMR 18(1) (read in the text): "Provided that the applicant has
/// been informed of his or her obligations and the consequences of non-compliance therewith in
/// accordance with Article 11(1), point (b), of Regulation (EU) 2024/1356 or Article 5(1) and 21
/// of Directive (EU) 2024/1346, the applicant shall not be entitled to the reception conditions
/// set out in Articles 17 to 20 of that Directive [...] from the moment he or she has been
/// notified of a decision to transfer him or her to the Member State responsible." So the lapse
/// needs `dublin.informedOfReceptionLapse`: false keeps the right; unknown leaves it open (the
/// fact is missing, RULES §0). Interpretation: AMMR 18(1) applies from 01-07-2026 (AMMR 85), so
/// only to a transfer decision notified on or after that day; with `asOf` before the
/// notification the applicant is still entitled.
fn entitlement_pact(ctx: &mut Ctx) {
    let ammr_from = ctx.params.file.cutovers.responsibility.date;
    let notified = transfer_decision_notified(ctx);
    let as_of = ctx.case.as_of;
    let lapsed = notified.filter(|n| {
        n.date() >= ammr_from
            && as_of.is_none_or(|a| match (a, n) {
                (When::Instant(_), When::Instant(_)) => {
                    a.earliest_instant() >= n.earliest_instant()
                }
                _ => a.date() >= n.date(),
            })
    });
    let informed = ctx.case.dublin.informed_of_reception_lapse;
    if let Some(n) = lapsed {
        let d = n.date();
        match informed {
            Some(true) => ctx.used("/dublin/informedOfReceptionLapse"),
            Some(false) => {
                ctx.used("/dublin/informedOfReceptionLapse");
                ctx.reception.entitled = Some(true);
                ctx.reception.minimum_standard_only = Some(false);
                ctx.explain(
                    "reception.notInformed",
                    text!(
                        ctx.locale,
                        format!("Het overdrachtsbesluit is op {d} bekendgemaakt, maar de vreemdeling is niet geïnformeerd over de gevolgen van het niet nakomen van zijn verplichtingen (art. 11(1)(b) Screeningsverordening of art. 5(1) en 21 Opvangrichtlijn): de voorwaarde van art. 18(1) AMMR is niet vervuld en het recht op opvang blijft bestaan."),
                        format!("The transfer decision was notified on {d}, but the applicant was not informed of the consequences of non-compliance (SR 11(1)(b) or RCD 5(1) and 21): the condition of AMMR 18(1) is not met and the right to reception remains."),
                    ),
                    vec![AMMR_18_1, SR_11_1_B, RCD_5_1, RCD_21],
                );
                return;
            }
            None => {
                ctx.missing("/dublin/informedOfReceptionLapse", "reception.entitled");
                ctx.missing(
                    "/dublin/informedOfReceptionLapse",
                    "reception.minimumStandardOnly",
                );
                ctx.reception.entitled = None;
                ctx.reception.minimum_standard_only = None;
                ctx.explain(
                    "reception.lapseOpen",
                    text!(
                        ctx.locale,
                        format!("Het overdrachtsbesluit is op {d} bekendgemaakt. Het recht op de opvang van art. 17-20 Opvangrichtlijn vervalt alleen als de vreemdeling over dat gevolg is geïnformeerd (art. 18(1) AMMR: art. 11(1)(b) Screeningsverordening of art. 5(1) en 21 Opvangrichtlijn); dat is onbekend, dus het verval is open."),
                        format!("The transfer decision was notified on {d}. The right to the reception conditions of RCD 17-20 lapses only if the applicant was informed of that consequence (AMMR 18(1): SR 11(1)(b) or RCD 5(1) and 21); that is unknown, so the lapse is open."),
                    ),
                    vec![AMMR_18_1, SR_11_1_B, RCD_5_1, RCD_21],
                );
                lapse_qualifications(ctx);
                return;
            }
        }
        ctx.reception.entitled = Some(false);
        ctx.reception.minimum_standard_only = Some(true);
        ctx.explain(
            "reception.dublinLapse",
            text!(
                ctx.locale,
                format!("Het overdrachtsbesluit is op {d} bekendgemaakt: vanaf dat moment bestaat van rechtswege geen recht meer op de opvangvoorzieningen van art. 17-20 Opvangrichtlijn."),
                format!("The transfer decision was notified on {d}: from that moment, by operation of law, there is no longer a right to the reception conditions of RCD 17-20."),
            ),
            vec![AMMR_18_1, RCD_21, VW_44A],
        );
        ctx.explain(
            "reception.minimumStandard",
            text!(
                ctx.locale,
                "Wel moet een levensstandaard worden gewaarborgd die in overeenstemming is met het Unierecht, waaronder het Handvest.",
                "A standard of living in accordance with Union law, including the Charter, must still be ensured.",
            ),
            vec![AMMR_18_1, VW_44A],
        );
        lapse_qualifications(ctx);
        return;
    }
    ctx.reception.entitled = Some(true);
    ctx.reception.minimum_standard_only = Some(false);
    if let Some(n) = notified.filter(|n| n.date() < ammr_from) {
        let d = n.date();
        ctx.note(
            NoteKind::Interpretation,
            text!(
                ctx.locale,
                format!("Het overdrachtsbesluit is op {d} bekendgemaakt, vóór de toepassing van de AMMR (01-07-2026, art. 85): art. 18(1) AMMR laat het recht op opvang daarom niet vervallen."),
                format!("The transfer decision was notified on {d}, before the AMMR applies (01-07-2026, art. 85): AMMR 18(1) therefore does not end the right to reception."),
            ),
            vec![AMMR_18_1, Basis::new("AMMR", "85", uri::AMMR)],
        );
    }
    let (nl, en) = if notified.is_some() {
        (
            " Het overdrachtsbesluit doet het recht (nog) niet vervallen.",
            " The transfer decision does not (yet) end that right.",
        )
    } else {
        ("", "")
    };
    ctx.explain(
        "reception.entitled",
        text!(
                ctx.locale,
            format!("Als verzoeker om internationale bescherming heeft de vreemdeling recht op opvang (art. 17 Opvangrichtlijn).{nl}"),
            format!("As an applicant for international protection the person is entitled to reception (RCD 17).{en}"),
        ),
        vec![RCD_17, Basis::new("RCD", "3", uri::RCD)],
    );
}

/// AMMR 18(3) (read in the text): "Paragraph 1 shall not apply where the applicant is not in the
/// Member State where he or she is required to be present and the competent authorities of the
/// Member State in which the applicant is present have reasonable grounds to believe that the
/// applicant might have been subjected to any of the offences referred to in Articles 2 and 3 of
/// Directive 2011/36/EU". 18(4): "When applying this Article, Member States shall take into
/// account the individual circumstances of the applicant, including any real risk of violations
/// of fundamental rights in the Member State where the applicant is required to be present. Any
/// measures taken by the Member States shall be proportionate." Noted whenever a lapse is
/// reported (or open).
fn lapse_qualifications(ctx: &mut Ctx) {
    ctx.note(
        NoteKind::Info,
        text!(
            ctx.locale,
            "Het verval geldt niet als er redelijke gronden zijn om aan te nemen dat de vreemdeling slachtoffer kan zijn van mensenhandel (art. 2 en 3 Richtlijn 2011/36/EU) en hij niet in de lidstaat is waar hij aanwezig moet zijn (art. 18(3) AMMR).",
            "The lapse does not apply where there are reasonable grounds to believe that the applicant might have been subjected to trafficking in human beings (Directive 2011/36/EU, arts. 2 and 3) and he or she is not in the Member State where presence is required (AMMR 18(3)).",
        ),
        vec![Basis::new("AMMR", "18(3)", uri::AMMR)],
    );
    ctx.note(
        NoteKind::Info,
        text!(
            ctx.locale,
            "Bij toepassing van het verval houdt Nederland rekening met de individuele omstandigheden, waaronder een reëel risico op schending van grondrechten in de lidstaat waar de vreemdeling aanwezig moet zijn (kwetsbare personen); elke maatregel moet evenredig zijn (art. 18(4) AMMR).",
            "In applying the lapse the Netherlands takes account of the applicant's individual circumstances, including any real risk of violations of fundamental rights in the Member State where presence is required (vulnerable persons); any measure must be proportionate (AMMR 18(4)).",
        ),
        vec![Basis::new("AMMR", "18(4)", uri::AMMR)],
    );
}

/// Legacy regime: the right to reception under the Rva 2005; no lapse for Dublin claimants
/// (Vw-old 44a has none).
fn entitlement_legacy(ctx: &mut Ctx) {
    ctx.reception.entitled = Some(true);
    ctx.reception.minimum_standard_only = Some(false);
    ctx.explain(
        "reception.entitledLegacy",
        text!(
                ctx.locale,
            "Als asielzoeker heeft de vreemdeling recht op opvang door het COA (Rva 2005); het oude recht kent geen verval van opvang bij een Dublinclaim.",
            "As an asylum applicant the person is entitled to reception by the COA (Rva 2005); the old law has no lapse of reception for Dublin claimants.",
        ),
        vec![Basis::new("Rva 2005", "3", uri::RVA), Basis::new("Vw-old", "44a", uri::VW_OLD)],
    );
}

/// RCD 25(1): special reception needs assessed "as early as possible" and completed "within 30
/// days from the making of the application"; counted per Reg. 1182/71.
fn vulnerability_assessment(ctx: &mut Ctx) {
    let Some(made) = ctx.case.application.made_at else {
        ctx.missing("/application/madeAt", "deadlines.vulnerabilityAssessment");
        return;
    };
    ctx.limit(LimitSpec {
        id: "vulnerabilityAssessment",
        from_path: "/application/madeAt",
        from: made,
        period: Period::days(30),
        counting: Counting::Pr1182,
        basis: vec![RCD_25_1],
        rule: "reception.vulnerabilityAssessment",
        label: text!(
            ctx.locale,
            "Beoordeling van bijzondere opvangbehoeften",
            "Assessment of special reception needs",
        ),
    });
}

/// Rva 2005 art. 2(3): information within at most fifteen days of lodging; a Dutch period (Awb
/// 6:8, Atw 1–2).
fn reception_information(ctx: &mut Ctx) {
    let Some(lodged) = ctx.case.application.lodged_at else {
        ctx.missing("/application/lodgedAt", "deadlines.receptionInformation");
        return;
    };
    ctx.limit(LimitSpec {
        id: "receptionInformation",
        from_path: "/application/lodgedAt",
        from: lodged,
        period: Period::days(15),
        counting: Counting::Atw { liberty: false },
        basis: vec![RVA_2_3],
        rule: "reception.information",
        label: text!(
            ctx.locale,
            "Informatie door het COA over de opvang",
            "Information by the COA on reception",
        ),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::Assessment;
    use crate::explain::Locale;
    use crate::params::Parameters;

    fn run(app: &str, dublin: &str, as_of: &str) -> Assessment {
        let json = format!(
            r#"{{"schemaVersion":1{as_of},"application":{{{app}}},"dublin":{{{dublin}}}}}"#
        );
        let case = crate::decode_case(json.as_bytes()).unwrap();
        let mut ctx = Ctx::new(&case, Parameters::embedded(), Locale::En);
        crate::law::transition::assess(&mut ctx);
        assess(&mut ctx);
        ctx.finish().unwrap()
    }

    const PACT: &str = r#""madeAt":"2026-08-03","lodgedAt":"2026-08-05""#;

    #[test]
    fn dublin_claimant_loses_reception_from_notification() {
        let informed =
            r#""transferDecisionNotifiedAt":"2026-09-15","informedOfReceptionLapse":true"#;
        let a = run(PACT, informed, "");
        assert_eq!(
            (a.reception.entitled, a.reception.minimum_standard_only),
            (Some(false), Some(true))
        );
        // AMMR 18(3) and 18(4) are noted with every lapse.
        for art in ["18(3)", "18(4)"] {
            assert!(a
                .notes
                .iter()
                .any(|n| n.basis.iter().any(|b| b.article == art)));
        }
        // Not informed: the condition of 18(1) fails; the right stays.
        let a = run(
            PACT,
            r#""transferDecisionNotifiedAt":"2026-09-15","informedOfReceptionLapse":false"#,
            "",
        );
        assert_eq!(
            (a.reception.entitled, a.reception.minimum_standard_only),
            (Some(true), Some(false))
        );
        // Unknown: the lapse is open and the fact missing.
        let a = run(PACT, r#""transferDecisionNotifiedAt":"2026-09-15""#, "");
        assert_eq!(
            (a.reception.entitled, a.reception.minimum_standard_only),
            (None, None)
        );
        let m = a
            .missing_facts
            .iter()
            .find(|m| m.path == "/dublin/informedOfReceptionLapse")
            .unwrap();
        assert!(m.affects.contains(&"reception.entitled"));
        let a = run(PACT, informed, r#","asOf":"2026-09-14""#);
        assert_eq!(a.reception.entitled, Some(true));
        let a = run(PACT, "", "");
        assert_eq!(
            (a.reception.entitled, a.reception.minimum_standard_only),
            (Some(true), Some(false))
        );
        let d = a
            .deadlines
            .iter()
            .find(|d| d.id == "vulnerabilityAssessment")
            .unwrap();
        assert_eq!(d.due, "2026-09-02");
    }

    #[test]
    fn legacy_has_no_lapse_and_informs_within_fifteen_days() {
        let app = r#""madeAt":"2026-05-08","lodgedAt":"2026-05-10""#;
        let a = run(app, r#""transferDecisionNotifiedAt":"2026-05-30""#, "");
        assert_eq!(a.reception.entitled, Some(true));
        let d = a
            .deadlines
            .iter()
            .find(|d| d.id == "receptionInformation")
            .unwrap();
        // 10-05 + 15 = Whit Monday 25-05-2026 → Atw 1: 26-05.
        assert_eq!(
            (d.due.as_str(), d.extended, d.counting),
            ("2026-05-26", true, "atw")
        );
        assert!(a
            .deadlines
            .iter()
            .all(|d| d.id != "vulnerabilityAssessment"));
    }
}
