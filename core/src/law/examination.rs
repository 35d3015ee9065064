//! The decision limits of the examination, pact regime (RULES.md §5): the asylum border
//! procedure (Vw-new 3(6) `borderDecision`; APR 51(2) and CFR 11(1) `borderProcedureEnd`) and
//! the examination procedure (APR 35 `examination`).
//!
//! Texts read: APR in legalize-dev/legalize-eu `eu/28/32024R1348.md`; Vw-new in
//! MinBZK/regelrecht-corpus `regulation/nl/wet/vreemdelingenwet_2000/2026-06-12.yaml`.

use crate::calendar::{self, Counting, Period};
use crate::contract::{InadmissibleGround, ProcedureKind, Situation};
use crate::engine::{AlternativeSpec, Ctx, ExtensionSpec, LimitSpec};
use crate::explain::{uri, Basis, NoteKind};
use crate::law::application::{self, Act};
use crate::law::crisis;
use crate::params::Derogation;
use crate::text;

const VW_3_6: Basis = Basis::new("Vw", "3(6)", uri::VW_NEW);
const AMMR_67_11: Basis = Basis::new("AMMR", "67(11)", uri::AMMR);
const APR_51_2: Basis = Basis::new("APR", "51(2)", uri::APR);
const APR_52_2: Basis = Basis::new("APR", "52(2)", uri::APR);
const CFR_11_1: Basis = Basis::new("CFR", "11(1)", uri::CFR);
const APR_35_1: Basis = Basis::new("APR", "35(1)", uri::APR);
const APR_35_2: Basis = Basis::new("APR", "35(2)", uri::APR);
const APR_35_3: Basis = Basis::new("APR", "35(3)", uri::APR);
const APR_35_4: Basis = Basis::new("APR", "35(4)", uri::APR);
const APR_35_5: Basis = Basis::new("APR", "35(5)", uri::APR);
const APR_35_7: Basis = Basis::new("APR", "35(7)", uri::APR);

/// Applies this module's provisions to the case. While the procedure kind is open (RULES §0),
/// the limits of the ordinary case (none of the open facts established) are given; for the
/// examination limit, the facts that would lead to another kind are alternatives.
pub fn assess(ctx: &mut Ctx) {
    let kind = match ctx.open_kind_facts() {
        Some((ordinary, _)) => Some(ordinary),
        None => ctx.procedure.kind,
    };
    match kind {
        Some(ProcedureKind::AsylumBorder) => {
            border_decision(ctx);
            border_procedure_end(ctx);
        }
        Some(
            k @ (ProcedureKind::Regular
            | ProcedureKind::Accelerated
            | ProcedureKind::Inadmissibility),
        ) => {
            examination(ctx, k);
            open_examination(ctx);
        }
        _ => {}
    }
    if ctx.procedure.kind.is_none() && kind.is_some() {
        ctx.note(
            NoteKind::Info,
            text!(
                ctx.locale,
                "De procedure is nog niet bepaald (zie missingFacts): de beslistermijnen zijn die van de procedure die geldt als geen van de open feiten vaststaat; waar een open feit de termijn verandert, staat het alternatief bij de termijn (alternatives).",
                "The procedure is not yet determined (see missingFacts): the decision limits are those of the procedure that applies when none of the open facts is established; where an open fact changes a limit, the alternative is given with it (alternatives).",
            ),
            vec![Basis::new("APR", "35", uri::APR), APR_51_2],
        );
    }
}

/// The examination limit under the facts that would lead to another kind with an examination
/// limit of its own (APR 35(1), (3), (4)), while the kind is open.
fn open_examination(ctx: &mut Ctx) {
    let (Some((ordinary, facts)), Some(lodged)) =
        (ctx.open_kind_facts(), ctx.case.application.lodged_at)
    else {
        return;
    };
    if !ctx.has_deadline("examination") {
        return;
    }
    for (kind, fact) in facts {
        let (period, basis) = match kind {
            ProcedureKind::Accelerated => (Period::months(3), APR_35_3),
            ProcedureKind::Inadmissibility => (Period::months(2), APR_35_1),
            ProcedureKind::Regular => (Period::months(6), APR_35_4),
            _ => continue,
        };
        if kind == ordinary {
            continue;
        }
        ctx.alternative(
            "examination",
            "deadlines.examination",
            AlternativeSpec {
                from: lodged,
                fact,
                if_value: true,
                period,
                counting: Counting::Apr73,
                basis: vec![basis],
            },
        );
    }
}

fn relocated(ctx: &Ctx) -> bool {
    ctx.case.application.situation == Some(Situation::Relocation)
}

/// Vw-new 3(6): "Op de aanvraag, bedoeld in het derde lid, wordt binnen vijf weken na de
/// registratie daarvan een beschikking gegeven. Indien na het verstrijken van deze termijn nog
/// niet is beslist over het in behandeling nemen, de ontvankelijkheid of de kennelijke
/// ongegrondheid van de aanvraag, verkrijgt de vreemdeling van rechtswege toegang tot
/// Nederland, onder opheffing van de maatregel, bedoeld in artikel 6, derde lid. De termijn kan
/// met vier weken worden verlengd wanneer de vreemdeling wordt herplaatst overeenkomstig
/// artikel 67, elfde lid, van de Asiel- en migratiebeheerverordening."
///
/// A Dutch limit, counted under Awb 6:8; it bounds the measure of Vw 6(3) (a deprivation of
/// liberty), so the Atw does not extend it (Atw 4(1)(c); RULES.md §1.2 interpretation).
/// "Kan worden verlengd": for a relocated applicant the engine applies the nine weeks (the
/// relocation is the only ground the law names), and says so.
pub fn border_decision(ctx: &mut Ctx) {
    let Some(registered) = ctx.case.application.registered_at else {
        ctx.missing("/application/registeredAt", "deadlines.borderDecision");
        return;
    };
    if !application::limit_applies(ctx, Act::VwNew, registered.date(), "borderDecision") {
        return;
    }
    ctx.note(
        NoteKind::Interpretation,
        text!(
                ctx.locale,
            "De beslistermijn in de asielgrensprocedure (art. 3(6) Vw) begrenst de vrijheidsbeneming van art. 6(3) Vw: het is een termijn van vrijheidsbeneming die de Algemene termijnenwet niet verlengt (art. 4(1)(c) Atw).",
            "The decision limit in the asylum border procedure (Vw 3(6)) bounds the deprivation of liberty of Vw 6(3): it is a period of deprivation of liberty that the Algemene termijnenwet does not extend (Atw 4(1)(c)).",
        ),
        vec![VW_3_6, Basis::new("Atw", "4", uri::ATW)],
    );
    let (period, basis) = if relocated(ctx) {
        ctx.used("/application/situation");
        ctx.note(
            NoteKind::Interpretation,
            text!(
                ctx.locale,
                "Art. 3(6) Vw: de termijn 'kan' met vier weken worden verlengd bij herplaatsing (art. 67(11) AMMR). De engine past de verlenging toe omdat de vreemdeling is herplaatst.",
                "Vw 3(6): the limit 'may' be extended by four weeks on relocation (AMMR 67(11)). The engine applies the extension because the applicant was relocated.",
            ),
            vec![VW_3_6, AMMR_67_11],
        );
        (Period::weeks(9), vec![VW_3_6, AMMR_67_11])
    } else {
        (Period::weeks(5), vec![VW_3_6])
    };
    ctx.limit(LimitSpec {
        id: "borderDecision",
        from_path: "/application/registeredAt",
        from: registered,
        period,
        counting: Counting::Atw { liberty: true },
        basis,
        rule: "examination.borderDecision",
        label: text!(
            ctx.locale,
            "Beschikking in de asielgrensprocedure (anders toegang van rechtswege)",
            "Decision in the asylum border procedure (otherwise entry by operation of law)",
        ),
    });
}

/// APR 51(2): "the maximum duration of the border procedure shall be 12 weeks from when the
/// application is registered until the applicant no longer has a right to remain and is not
/// allowed to remain. Following that period, the applicant shall be authorised to enter the
/// Member State's territory except where Article 4 of Regulation (EU) 2024/1349 applies. [...]
/// The 12-week period may be extended to 16 weeks if the Member State to which the person is
/// transferred pursuant to Article 67(11) of Regulation (EU) 2024/1351 is applying the border
/// procedure."
/// CFR 11(1) (crisis derogation, data in the parameters): the duration may be extended by a
/// maximum of six additional weeks, not cumulative with the 16-week extension.
///
/// Verified condition for the 16 weeks: the applicant is relocated under AMMR 67(11) to the
/// Member State that applies the border procedure (APR 52(2)). For the Netherlands that is an
/// applicant relocated to NL (situation `relocation`) whose case NL examines in the border
/// procedure (Vw-new 83b(2) also sets 16 weeks for the court in that case).
pub fn border_procedure_end(ctx: &mut Ctx) {
    let Some(registered) = ctx.case.application.registered_at else {
        ctx.missing("/application/registeredAt", "deadlines.borderProcedureEnd");
        return;
    };
    if !application::limit_applies(ctx, Act::Apr, registered.date(), "borderProcedureEnd") {
        return;
    }
    let label = text!(
        ctx.locale,
        "Maximale duur van de asielgrensprocedure",
        "Maximum duration of the asylum border procedure",
    );
    let crisis = crisis::derogation(
        ctx,
        Derogation::BorderProcedurePlus6Weeks,
        registered.date(),
    );
    let (period, basis, rule) = if crisis {
        if relocated(ctx) {
            ctx.note(
                NoteKind::Interpretation,
                text!(
                ctx.locale,
                    "De verlenging met zes weken in een crisis (art. 11(1) CFR) wordt niet opgeteld bij de verlenging tot 16 weken na herplaatsing (art. 51(2) APR): de engine past 12 + 6 = 18 weken toe.",
                    "The six-week crisis extension (CFR 11(1)) is not cumulative with the 16-week extension after relocation (APR 51(2)): the engine applies 12 + 6 = 18 weeks.",
                ),
                vec![CFR_11_1, APR_51_2],
            );
        }
        (
            Period::weeks(18),
            vec![APR_51_2, CFR_11_1],
            "examination.borderProcedureEnd",
        )
    } else if relocated(ctx) {
        ctx.used("/application/situation");
        ctx.note(
            NoteKind::Interpretation,
            text!(
                ctx.locale,
                "Art. 51(2) APR: de 12 weken 'kunnen' tot 16 weken worden verlengd als de lidstaat waarnaar de persoon is herplaatst (art. 67(11) AMMR) de grensprocedure toepast. De vreemdeling is naar Nederland herplaatst en Nederland past de grensprocedure toe; Nederland heeft die keuze gemaakt in art. 3(6) en 83b(2) Vw.",
                "APR 51(2): the 12 weeks 'may' be extended to 16 weeks if the Member State to which the person was relocated (AMMR 67(11)) applies the border procedure. The applicant was relocated to the Netherlands, which applies the border procedure; the Netherlands made that choice in Vw 3(6) and 83b(2).",
            ),
            vec![APR_51_2, APR_52_2, Basis::new("Vw", "83b(2)", uri::VW_NEW)],
        );
        (
            Period::weeks(16),
            vec![APR_51_2, AMMR_67_11],
            "examination.borderProcedureEnd.relocation",
        )
    } else {
        (
            Period::weeks(12),
            vec![APR_51_2],
            "examination.borderProcedureEnd",
        )
    };
    ctx.limit(LimitSpec {
        id: "borderProcedureEnd",
        from_path: "/application/registeredAt",
        from: registered,
        period,
        counting: Counting::Apr73,
        basis,
        rule,
        label,
    });
}

/// APR 35, read in full:
/// (1) inadmissibility (38(1)(a)–(d), 38(2)) "no later than two months from the date on which
/// the application is lodged"; "In the case referred to in Article 38(1), point (e), the
/// determining authority shall conclude the examination within ten working days."
/// (2) the 35(1) first-subparagraph limits may be extended "by no more than two months"
/// (disproportionate numbers, complex issues, the applicant's failure under Art. 9).
/// (3) accelerated: "no later than three months from the date on which the application is
/// lodged". (4) regular: "no later than six months from the date on which the application is
/// lodged". (5) "may extend the time limit of six months [...] by a period of not more than six
/// months" on the same three grounds. (7) postponement for an uncertain, temporary situation in
/// the country of origin; "In any event, the determining authority shall conclude the
/// examination procedure within 21 months from the lodging of an application."
///
/// Extensions are possibilities, not facts: they are flagged (`extension`), not applied. APR
/// limits are counted by APR art. 73 (RULES §1.1 [rev. 12-2026]); the APR has no rule of its own
/// for working days beyond art. 73(c), so the 10 working days of 35(1) are the 10th working day
/// after lodging.
pub fn examination(ctx: &mut Ctx, kind: ProcedureKind) {
    let Some(lodged) = ctx.case.application.lodged_at else {
        ctx.missing("/application/lodgedAt", "deadlines.examination");
        return;
    };
    let label = text!(
        ctx.locale,
        "Afronding van de behandeling",
        "Conclusion of the examination",
    );
    match kind {
        ProcedureKind::Regular => {
            let computed = ctx.limit_with_extension(
                LimitSpec {
                    id: "examination",
                    from_path: "/application/lodgedAt",
                    from: lodged,
                    period: Period::months(6),
                    counting: Counting::Apr73,
                    basis: vec![APR_35_4],
                    rule: "examination.regular",
                    label,
                },
                Some(ExtensionSpec {
                    period: Period::months(12),
                    stated: "P6M".to_owned(),
                    counting: Counting::Apr73,
                    basis: vec![APR_35_5],
                }),
            );
            if computed.is_some() {
                if let Ok(cap) = calendar::compute(
                    lodged,
                    Period::months(21),
                    Counting::Apr73,
                    &ctx.params.calendar,
                ) {
                    ctx.explain(
                        "examination.regular.postponementCap",
                        text!(
                ctx.locale,
                            format!(
                                "Bij uitstel wegens een onzekere, tijdelijke situatie in het land van herkomst (art. 35(7) APR) moet de behandeling in elk geval binnen 21 maanden na indiening zijn afgerond: uiterlijk {}.",
                                cap.due
                            ),
                            format!(
                                "If the examination is postponed because of an uncertain, temporary situation in the country of origin (APR 35(7)), it must in any event be concluded within 21 months of lodging: by {}.",
                                cap.due
                            ),
                        ),
                        vec![APR_35_7],
                    );
                }
            }
        }
        ProcedureKind::Accelerated => {
            ctx.limit(LimitSpec {
                id: "examination",
                from_path: "/application/lodgedAt",
                from: lodged,
                period: Period::months(3),
                counting: Counting::Apr73,
                basis: vec![APR_35_3],
                rule: "examination.accelerated",
                label,
            });
        }
        ProcedureKind::Inadmissibility => match ctx.case.grounds.inadmissible_ground {
            Some(InadmissibleGround::LateAfterReturnDecision) => {
                ctx.used("/grounds/inadmissibleGround");
                ctx.limit(LimitSpec {
                    id: "examination",
                    from_path: "/application/lodgedAt",
                    from: lodged,
                    period: Period::working_days(10),
                    counting: Counting::Apr73,
                    basis: vec![APR_35_1, Basis::new("APR", "38(1)(e)", uri::APR)],
                    rule: "examination.inadmissibility.returnDecision",
                    label,
                });
            }
            ground => {
                if ground.is_some() {
                    ctx.used("/grounds/inadmissibleGround");
                } else {
                    ctx.missing("/grounds/inadmissibleGround", "deadlines.examination");
                    ctx.note(
                            NoteKind::Assumption,
                            text!(
                ctx.locale,
                                "De niet-ontvankelijkheidsgrond is onbekend; de engine geeft de termijn van twee maanden (art. 35(1) APR). Voor de grond van art. 38(1)(e) APR (verzoek pas na zeven werkdagen na een terugkeerbesluit) geldt tien werkdagen.",
                                "The inadmissibility ground is unknown; the engine gives the two-month limit (APR 35(1)). For the ground of APR 38(1)(e) (application only after seven working days from a return decision) the limit is ten working days.",
                            ),
                            vec![APR_35_1],
                        );
                }
                ctx.limit_with_extension(
                    LimitSpec {
                        id: "examination",
                        from_path: "/application/lodgedAt",
                        from: lodged,
                        period: Period::months(2),
                        counting: Counting::Apr73,
                        basis: vec![APR_35_1],
                        rule: "examination.inadmissibility",
                        label,
                    },
                    Some(ExtensionSpec {
                        period: Period::months(4),
                        stated: "P2M".to_owned(),
                        counting: Counting::Apr73,
                        basis: vec![APR_35_2],
                    }),
                );
            }
        },
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::Case;
    use crate::law::access::tests::{crisis_params, date, due, pact_ctx};
    use crate::params::Parameters;

    fn case(registered: &str, lodged: &str, situation: Situation) -> Case {
        let mut c = Case {
            schema_version: 1,
            ..Default::default()
        };
        c.application.made_at = Some(date(registered));
        c.application.registered_at = Some(date(registered));
        c.application.lodged_at = Some(date(lodged));
        c.application.situation = Some(situation);
        c
    }

    fn run(
        c: &Case,
        p: &Parameters,
        kind: ProcedureKind,
        id: &str,
    ) -> Option<(String, String, bool)> {
        let mut ctx = pact_ctx(c, p);
        ctx.procedure.kind = Some(kind);
        assess(&mut ctx);
        due(ctx, id)
    }

    #[test]
    fn border_decision_five_weeks_not_extended_by_atw() {
        // Registered Sat 2026-08-01: + 5 weeks = Sat 5 Sept; a liberty period stays on Saturday.
        let c = case("2026-08-01", "2026-08-03", Situation::BorderCrossingPoint);
        let p = Parameters::embedded();
        assert_eq!(
            run(&c, p, ProcedureKind::AsylumBorder, "borderDecision"),
            Some(("2026-09-05".into(), "P5W".into(), false))
        );
    }

    #[test]
    fn border_decision_nine_weeks_when_relocated() {
        let c = case("2026-08-03", "2026-08-05", Situation::Relocation);
        let p = Parameters::embedded();
        assert_eq!(
            run(&c, p, ProcedureKind::AsylumBorder, "borderDecision"),
            Some(("2026-10-05".into(), "P9W".into(), false))
        );
        assert_eq!(
            run(&c, p, ProcedureKind::AsylumBorder, "borderProcedureEnd"),
            Some(("2026-11-23".into(), "P16W".into(), false))
        );
    }

    #[test]
    fn border_procedure_end_twelve_weeks_and_crisis_eighteen() {
        let c = case("2026-09-05", "2026-09-07", Situation::BorderCrossingPoint);
        // Sat 5 Sept + 12 weeks = Sat 28 Nov → Mon 30 Nov (PR 3(4)).
        assert_eq!(
            run(
                &c,
                Parameters::embedded(),
                ProcedureKind::AsylumBorder,
                "borderProcedureEnd"
            ),
            Some(("2026-11-30".into(), "P12W".into(), true))
        );
        let p = crisis_params();
        // + 18 weeks = Sat 9 Jan 2027 → Mon 11 Jan.
        assert_eq!(
            run(&c, &p, ProcedureKind::AsylumBorder, "borderProcedureEnd"),
            Some(("2027-01-11".into(), "P18W".into(), true))
        );
        // Not cumulative with relocation.
        let r = case("2026-09-05", "2026-09-07", Situation::Relocation);
        assert_eq!(
            run(&r, &p, ProcedureKind::AsylumBorder, "borderProcedureEnd"),
            Some(("2027-01-11".into(), "P18W".into(), true))
        );
    }

    #[test]
    fn examination_regular_with_flagged_extension() {
        let c = case("2026-08-04", "2026-08-05", Situation::Territory);
        let p = Parameters::embedded();
        let mut ctx = pact_ctx(&c, p);
        ctx.procedure.kind = Some(ProcedureKind::Regular);
        assess(&mut ctx);
        let a = ctx.finish().unwrap();
        let d = a.deadlines.iter().find(|d| d.id == "examination").unwrap();
        assert_eq!(
            (d.due.as_str(), d.period.as_str(), d.extended),
            ("2027-02-05", "P6M", false)
        );
        let x = d.extension.as_ref().unwrap();
        assert_eq!((x.period.as_str(), x.due.as_str()), ("P6M", "2027-08-05"));
        assert!(a
            .explanation
            .iter()
            .any(|e| e.rule == "examination.regular.postponementCap"
                && e.text.contains("2028-05-08")));
        // 5 Aug 2026 + 21 months = Fri 5 May 2028, Bevrijdingsdag → Mon 8 May.
    }

    #[test]
    fn examination_month_end_clamp_accelerated() {
        // 30 Nov 2026 + 3 months = 28 Feb 2027 (Sunday; no 30 Feb) → Mon 1 March.
        let c = case("2026-11-27", "2026-11-30", Situation::Territory);
        assert_eq!(
            run(
                &c,
                Parameters::embedded(),
                ProcedureKind::Accelerated,
                "examination"
            ),
            Some(("2027-03-01".into(), "P3M".into(), true))
        );
    }

    #[test]
    fn examination_inadmissibility_two_months_or_ten_working_days() {
        let mut c = case("2026-12-15", "2026-12-17", Situation::Territory);
        c.grounds.inadmissible_ground = Some(InadmissibleGround::SafeThirdCountry);
        let p = Parameters::embedded();
        // Thu 17 Dec + 2 months = Wed 17 Feb 2027.
        assert_eq!(
            run(&c, p, ProcedureKind::Inadmissibility, "examination"),
            Some(("2027-02-17".into(), "P2M".into(), false))
        );
        c.grounds.inadmissible_ground = Some(InadmissibleGround::LateAfterReturnDecision);
        // 10 working days after Thu 17 Dec 2026: 18, 21, 22, 23, 24, (25, 26 Christmas), 28, 29,
        // 30, 31, (1 Jan) → 10th is Mon 4 Jan 2027.
        assert_eq!(
            run(&c, p, ProcedureKind::Inadmissibility, "examination"),
            Some(("2027-01-04".into(), "P10D".into(), false))
        );
    }
}
