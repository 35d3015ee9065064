//! The appeal limits, pact regime (RULES.md §5 `appeal`, `requestToRemain`): Vreemdelingenwet
//! 2000 art. 69 as in force from 12-06-2026, counted under Dutch law (Awb 6:8, Algemene
//! termijnenwet), checked against APR 67(7) and 68(3)–(5).
//!
//! Texts read in MinBZK/regelrecht-corpus `regulation/nl/wet/vreemdelingenwet_2000/2026-06-12.yaml`
//! (art. 69, 82) and legalize-dev/legalize-eu `eu/28/32024R1348.md` (APR 67, 68). The legacy
//! regime (Vw-old 69) is in [`crate::law::legacy`].

use crate::calendar::{Counting, Period};
use crate::contract::{DecisionKind, ProcedureKind, ProcedureRegime};
use crate::engine::{Ctx, LimitSpec};
use crate::explain::{uri, Basis, NoteKind};
use crate::text;

const VW_69_1: Basis = Basis::new("Vw", "69(1)", uri::VW_NEW);
const VW_69_6: Basis = Basis::new("Vw", "69(6)", uri::VW_NEW);
const VW_69_7: Basis = Basis::new("Vw", "69(7)", uri::VW_NEW);
const APR_67_7_A: Basis = Basis::new("APR", "67(7)(a)", uri::APR);
const APR_67_7_B: Basis = Basis::new("APR", "67(7)(b)", uri::APR);
const APR_68_5_A: Basis = Basis::new("APR", "68(5)(a)", uri::APR);
const AMMR_43_3: Basis = Basis::new("AMMR", "43(3)", uri::AMMR);

/// Applies this module's provisions to the case.
pub fn assess(ctx: &mut Ctx) {
    if ctx.regime.procedure != Some(ProcedureRegime::Pact) {
        return;
    }
    appeal(ctx);
    request_to_remain(ctx);
}

/// The appeal period for a decision kind: `None` when the decision grants the application in
/// full (refugee status), so there is no appeal limit to report.
///
/// Vw-new 69(1): "In afwijking van artikel 6:7 van de Algemene wet bestuursrecht bedraagt de
/// termijn voor het indienen van een bezwaar- of beroepschrift vier weken."
/// 69(2): "In afwijking van het eerste lid, bedraagt de beroepstermijn: a. één week, indien de
/// aanvraag [...] 1° niet in behandeling is genomen op grond van artikel 30; 2° niet-ontvankelijk
/// is verklaard op grond van artikel 30a; 3° is afgewezen als kennelijk ongegrond op grond van
/// artikel 30b; 4° buiten behandeling is gesteld op grond van artikel 30c, eerste lid, onderdeel
/// b; [...] b. twee weken, indien: 1° de aanvraag [...] is ingewilligd op grond van artikel 29a;
/// 2° de aanvraag [...] is afgewezen als ongegrond op grond van artikel 31; of 3° de
/// verblijfsvergunning asiel [...] is ingetrokken op grond van artikel 32."
/// 69(4): "In afwijking van het eerste lid bedraagt de beroepstermijn één week, indien een
/// overdrachtsbesluit is genomen op grond van artikel 62b."
///
/// Every decision kind of the contract falls under 69(2) (or is a full grant), so the four weeks
/// of 69(1) are not reached by any kind the contract knows.
pub fn period_for(kind: DecisionKind) -> Option<(Period, Basis)> {
    use DecisionKind::*;
    match kind {
        DublinTransfer => Some((
            Period::weeks(1),
            Basis::new("Vw", "69(2)(a)(1°)", uri::VW_NEW),
        )),
        Inadmissible => Some((
            Period::weeks(1),
            Basis::new("Vw", "69(2)(a)(2°)", uri::VW_NEW),
        )),
        ManifestlyUnfounded => Some((
            Period::weeks(1),
            Basis::new("Vw", "69(2)(a)(3°)", uri::VW_NEW),
        )),
        ImplicitWithdrawal => Some((
            Period::weeks(1),
            Basis::new("Vw", "69(2)(a)(4°)", uri::VW_NEW),
        )),
        SubsidiaryProtection => Some((
            Period::weeks(2),
            Basis::new("Vw", "69(2)(b)(1°)", uri::VW_NEW),
        )),
        Unfounded => Some((
            Period::weeks(2),
            Basis::new("Vw", "69(2)(b)(2°)", uri::VW_NEW),
        )),
        Withdrawal => Some((
            Period::weeks(2),
            Basis::new("Vw", "69(2)(b)(3°)", uri::VW_NEW),
        )),
        RefugeeStatus => None,
    }
}

/// The appeal limit from the notification of the decision (Awb 6:8(1): it starts the day after
/// the decision was notified), extended by Atw 1–2 where it ends on a Saturday, Sunday or public
/// holiday.
pub fn appeal(ctx: &mut Ctx) {
    let d = &ctx.case.decision;
    let (kind, notified) = (d.kind, d.notified_at);
    let Some(kind) = kind else {
        if notified.is_some() {
            ctx.missing("/decision/kind", "deadlines.appeal");
        }
        return;
    };
    ctx.used("/decision/kind");
    let Some((period, basis)) = period_for(kind) else {
        ctx.explain(
            "appeal.refugeeStatusGranted",
            text!(
                ctx.locale,
                "De vluchtelingenstatus is verleend (art. 29 Vw): de aanvraag is volledig ingewilligd, de vreemdeling heeft geen belang bij beroep en er is geen beroepstermijn te bewaken.",
                "Refugee status was granted (Vw 29): the application was granted in full, the applicant has no interest in an appeal, and there is no appeal limit to monitor.",
            ),
            vec![Basis::new("Vw", "29", uri::VW_NEW), VW_69_1],
        );
        return;
    };
    let Some(notified) = notified else {
        ctx.missing("/decision/notifiedAt", "deadlines.appeal");
        return;
    };
    ctx.limit(LimitSpec {
        id: "appeal",
        from_path: "/decision/notifiedAt",
        from: notified,
        period,
        counting: Counting::Atw { liberty: false },
        basis: vec![basis.clone()],
        rule: "appeal.vw69",
        label: text!(
            ctx.locale,
            "Beroep bij de rechtbank",
            "Appeal to the district court"
        ),
    });
    apr_67_7(ctx, kind, period, basis);
}

/// Whether, at the time of the decision, a circumstance of APR 42(1) or (3) applied: the case is
/// in the accelerated or the border procedure, or a point of 42(1)/(3) decided the procedure;
/// not where the procedure is the regular one; `None` when the procedure is undetermined.
fn accelerated_circumstance(ctx: &Ctx) -> Option<bool> {
    if ctx
        .procedure
        .grounds
        .iter()
        .any(|g| g.starts_with("apr42_"))
    {
        return Some(true);
    }
    match ctx.procedure.kind {
        Some(ProcedureKind::Accelerated | ProcedureKind::AsylumBorder) => Some(true),
        Some(ProcedureKind::Regular) => Some(false),
        _ => {
            let g = &ctx.case.grounds;
            let all = [
                g.irrelevant_issues_only,
                g.inconsistent_statements,
                g.misled_authorities,
                g.delay_removal_only,
                g.safe_country_of_origin,
                g.danger_to_security_or_public_order,
                g.subsequent_not_inadmissible,
                g.irregular_entry_no_prompt_application,
                g.lawful_entry_no_prompt_application,
                g.low_recognition_rate,
            ];
            if all.contains(&Some(true)) {
                Some(true)
            } else if all.iter().all(|v| *v == Some(false)) {
                Some(false)
            } else {
                None
            }
        }
    }
}

/// APR 67(7) (read in the text): Member States lay down time limits to lodge appeals "(a) between
/// a minimum of five days and a maximum of ten days in the case of a decision rejecting an
/// application as inadmissible, as implicitly withdrawn, as unfounded or as manifestly unfounded
/// if at the time of the decision any of the circumstances referred to in Article 42(1) or (3)
/// apply; (b) between a minimum of two weeks and a maximum of one month in all other cases."
///
/// **Interpretation**: the engine reports the period Vw-new 69(2) enacts and, where it falls
/// outside the APR's range, says so in a note: an "unfounded" rejection (Vw 31: two weeks) with
/// an APR 42 circumstance exceeds the 10-day maximum of 67(7)(a); a one-week period (Vw 69(2)(a))
/// for an inadmissible, implicitly withdrawn or manifestly unfounded rejection without any 42
/// circumstance is below the two-week minimum of 67(7)(b).
fn apr_67_7(ctx: &mut Ctx, kind: DecisionKind, period: Period, basis: Basis) {
    use DecisionKind::*;
    if !matches!(
        kind,
        Inadmissible | ImplicitWithdrawal | Unfounded | ManifestlyUnfounded
    ) {
        return;
    }
    let days = match period.unit {
        crate::calendar::Unit::Weeks => period.amount * 7,
        _ => period.amount,
    };
    let iso = period.iso();
    match accelerated_circumstance(ctx) {
        Some(true) if days > 10 => ctx.note(
            NoteKind::Interpretation,
            text!(
                ctx.locale,
                format!("Strijdigheid: art. 69(2) Vw geeft voor deze afwijzing een beroepstermijn van {iso}, maar bij een afwijzing als ongegrond terwijl een omstandigheid van art. 42(1) of (3) APR van toepassing was, staat art. 67(7)(a) APR ten hoogste tien dagen toe. De engine geeft de termijn zoals de Vw die vaststelt; het beroep is in elk geval tijdig binnen tien dagen."),
                format!("Conflict: Vw 69(2) gives an appeal period of {iso} for this rejection, but for a rejection as unfounded while a circumstance of APR 42(1) or (3) applied, APR 67(7)(a) allows ten days at most. The engine gives the period as the Vw enacts it; an appeal within ten days is in time in any case."),
            ),
            vec![APR_67_7_A, basis],
        ),
        Some(false) if days < 14 => ctx.note(
            NoteKind::Interpretation,
            text!(
                ctx.locale,
                format!("Strijdigheid: art. 69(2) Vw geeft voor deze afwijzing een beroepstermijn van {iso}, maar zonder omstandigheid van art. 42(1) of (3) APR vraagt art. 67(7)(b) APR ten minste twee weken. De engine geeft de termijn zoals de Vw die vaststelt."),
                format!("Conflict: Vw 69(2) gives an appeal period of {iso} for this rejection, but without a circumstance of APR 42(1) or (3), APR 67(7)(b) requires at least two weeks. The engine gives the period as the Vw enacts it."),
            ),
            vec![APR_67_7_B, basis],
        ),
        _ => {}
    }
}

/// Whether the decision is one of APR 68(3), after which the applicant has no right to remain
/// pending the appeal unless a court allows it. APR 68(3) (read in the text): "(a) a decision
/// which rejects an application as unfounded or manifestly unfounded if at the time of the
/// decision: (i) the applicant is subject to an accelerated examination pursuant to Article
/// 42(1) or (3); (ii) the applicant is subject to the border procedure, except where the
/// applicant is an unaccompanied minor; (b) a decision which rejects an application as
/// inadmissible pursuant to Article 38(1), point (a), (b), (c), (d) or (e), or Article 38(2),
/// except where the applicant is an unaccompanied minor subject to the border procedure; (c) a
/// decision which rejects an application as implicitly withdrawn; (d) a decision which rejects a
/// subsequent application as unfounded or manifestly unfounded; or (e) a decision to withdraw
/// international protection in accordance with Article 14(1), point (b), (d) or (e), or Article
/// 19(1), point (b), of Regulation (EU) 2024/1347." `None` when a fact that decides it is
/// unknown.
fn no_right_to_remain(ctx: &mut Ctx, kind: DecisionKind) -> Option<(bool, &'static str)> {
    use DecisionKind::*;
    let uam = ctx.case.applicant.unaccompanied_minor == Some(true);
    let border = ctx.procedure.kind == Some(ProcedureKind::AsylumBorder);
    match kind {
        Unfounded | ManifestlyUnfounded => {
            let subsequent = ctx.case.application.subsequent;
            if subsequent == Some(true) {
                ctx.used("/application/subsequent");
                return Some((true, "68(3)(d)"));
            }
            match ctx.procedure.kind {
                Some(ProcedureKind::Accelerated) => Some((true, "68(3)(a)(i)")),
                Some(ProcedureKind::AsylumBorder) if !uam => Some((true, "68(3)(a)(ii)")),
                // The procedure is open: 68(3)(a) may apply.
                None => None,
                Some(_) => match subsequent {
                    Some(false) => Some((false, "68(2)")),
                    _ => {
                        ctx.missing("/application/subsequent", "deadlines.requestToRemain");
                        None
                    }
                },
            }
        }
        Inadmissible if border && uam => Some((false, "68(2)")),
        Inadmissible => Some((true, "68(3)(b)")),
        ImplicitWithdrawal => Some((true, "68(3)(c)")),
        _ => Some((false, "68(2)")),
    }
}

/// `requestToRemain`: the limit to ask the court to be allowed to remain on the territory
/// pending the appeal.
///
/// APR 68(5)(a): the applicant "shall have a time limit of at least five days from the date on
/// which the decision is notified to him or her to request to be allowed to remain on the
/// territory pending the outcome of the remedy". Vw-new 69(6) (read in the text): "Het verzoek om
/// een voorlopige voorziening, bedoeld in artikel 68, vierde lid, van de Procedureverordening,
/// wordt ingediend binnen een week na de bekendmaking van het besluit tot afwijzing van de
/// asielaanvraag [...], in de gevallen, bedoeld in artikel 68, derde lid, van de
/// Procedureverordening." A Dutch period: from the day after the notification (Awb 6:8), extended
/// by Atw 1–2; one week is never shorter than the five days of 68(5)(a).
///
/// A transfer decision: Vw-new 69(7): "Het verzoek om een voorlopige voorziening om de uitvoering
/// van het overdrachtsbesluit op te schorten, bedoeld in artikel 43, derde lid, van de Asiel- en
/// migratiebeheerverordening, wordt gelijktijdig ingediend met het beroepschrift"; without it the
/// transfer is not suspended. **Interpretation**: that request is the Dublin claimant's request
/// to remain pending the appeal, due with the appeal (one week, Vw 69(2)(a)(1°), 69(4)).
pub fn request_to_remain(ctx: &mut Ctx) {
    let d = &ctx.case.decision;
    let (Some(kind), Some(notified)) = (d.kind, d.notified_at) else {
        return;
    };
    let label = text!(
        ctx.locale,
        "Verzoek om voorlopige voorziening om de uitkomst van het beroep in Nederland af te wachten",
        "Request to be allowed to remain on the territory pending the appeal",
    );
    if kind == DecisionKind::RefugeeStatus {
        return;
    }
    if kind == DecisionKind::DublinTransfer {
        ctx.limit(LimitSpec {
            id: "requestToRemain",
            from_path: "/decision/notifiedAt",
            from: notified,
            period: Period::weeks(1),
            counting: Counting::Atw { liberty: false },
            basis: vec![VW_69_7, AMMR_43_3],
            rule: "appeal.requestToRemain.transfer",
            label,
        });
        ctx.note(
            NoteKind::Interpretation,
            text!(
                ctx.locale,
                "Tegen een overdrachtsbesluit wordt het verzoek om schorsing van de overdracht (art. 43(3) AMMR) gelijktijdig met het beroepschrift ingediend (art. 69(7) Vw); zonder dat verzoek wordt de overdracht niet opgeschort. De engine geeft daarvoor de beroepstermijn van een week als termijn requestToRemain.",
                "Against a transfer decision the request to suspend the transfer (AMMR 43(3)) is filed together with the appeal (Vw 69(7)); without it the transfer is not suspended. The engine gives the one-week appeal period as the requestToRemain limit.",
            ),
            vec![VW_69_7, AMMR_43_3],
        );
        return;
    }
    if kind == DecisionKind::Withdrawal {
        ctx.note(
            NoteKind::Info,
            text!(
                ctx.locale,
                "Bij intrekking van de bescherming is er alleen geen recht om het beroep af te wachten bij de gronden van art. 14(1)(b), (d) of (e) of 19(1)(b) Kwalificatieverordening (art. 68(3)(e) APR); dan moet binnen een week om een voorlopige voorziening worden verzocht (art. 69(6) Vw).",
                "On withdrawal of protection there is no right to remain pending the appeal only on the grounds of QR 14(1)(b), (d) or (e) or 19(1)(b) (APR 68(3)(e)); the request to remain must then be made within one week (Vw 69(6)).",
            ),
            vec![Basis::new("APR", "68(3)(e)", uri::APR), VW_69_6],
        );
        return;
    }
    // RULES §0: where a fact that decides whether APR 68(3) applies is open, the limit (whose
    // starting event, the notification, is known) is given with a note: missing it would cost the
    // right to remain, while a request that proves unneeded costs nothing.
    let Some((applies, article)) = no_right_to_remain(ctx, kind).or_else(|| {
        ctx.note(
            NoteKind::Assumption,
            text!(
                ctx.locale,
                "Of de vreemdeling het beroep in Nederland mag afwachten (art. 68(2) APR) of daarvoor binnen een week een voorlopige voorziening moet vragen (art. 68(3) APR, art. 69(6) Vw), hangt af van een onbekend feit (versnelde of grensprocedure, volgende aanvraag): de termijn requestToRemain is gegeven.",
                "Whether the applicant may remain pending the appeal (APR 68(2)) or must ask within a week to be allowed to remain (APR 68(3), Vw 69(6)) depends on an unknown fact (accelerated or border procedure, subsequent application): the requestToRemain limit is given.",
            ),
            vec![Basis::new("APR", "68(3)", uri::APR), VW_69_6],
        );
        Some((true, "68(3)"))
    }) else {
        return;
    };
    ctx.used("/decision/kind");
    if !applies {
        ctx.explain(
            "appeal.rightToRemain",
            text!(
                ctx.locale,
                "De vreemdeling mag het beroep in Nederland afwachten (art. 68(2) APR; art. 82(1) Vw): er is geen verzoek om een voorlopige voorziening nodig.",
                "The applicant may remain on the territory pending the appeal (APR 68(2); Vw 82(1)): no request to remain is needed.",
            ),
            vec![Basis::new("APR", article, uri::APR), Basis::new("Vw", "82(1)", uri::VW_NEW)],
        );
        return;
    }
    ctx.limit(LimitSpec {
        id: "requestToRemain",
        from_path: "/decision/notifiedAt",
        from: notified,
        period: Period::weeks(1),
        counting: Counting::Atw { liberty: false },
        basis: vec![VW_69_6, APR_68_5_A, Basis::new("APR", article, uri::APR)],
        rule: "appeal.requestToRemain",
        label,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::{Case, Situation};
    use crate::law::access::tests::{date, due, pact_ctx};
    use crate::params::Parameters;

    fn run(kind: DecisionKind, notified: &str) -> Option<(String, String, bool)> {
        let mut c = Case {
            schema_version: 1,
            ..Default::default()
        };
        c.application.lodged_at = Some(date("2026-07-01"));
        c.application.situation = Some(Situation::Territory);
        c.decision.kind = Some(kind);
        c.decision.notified_at = Some(date(notified));
        let p = Parameters::embedded();
        let mut ctx = pact_ctx(&c, p);
        assess(&mut ctx);
        due(ctx, "appeal")
    }

    #[test]
    fn one_week_kinds() {
        for k in [
            DecisionKind::DublinTransfer,
            DecisionKind::Inadmissible,
            DecisionKind::ManifestlyUnfounded,
            DecisionKind::ImplicitWithdrawal,
        ] {
            assert_eq!(
                run(k, "2026-08-03"),
                Some(("2026-08-10".into(), "P1W".into(), false))
            );
        }
    }

    #[test]
    fn two_week_kinds_and_whit_monday() {
        for k in [
            DecisionKind::SubsidiaryProtection,
            DecisionKind::Unfounded,
            DecisionKind::Withdrawal,
        ] {
            assert_eq!(
                run(k, "2026-08-03"),
                Some(("2026-08-17".into(), "P2W".into(), false))
            );
        }
        // Mon 11 May 2026 + 2 weeks = Whit Monday 25 May → Tue 26 May (Atw 1).
        assert_eq!(
            run(DecisionKind::Unfounded, "2026-05-11"),
            Some(("2026-05-26".into(), "P2W".into(), true))
        );
    }

    fn run_ctx(
        kind: DecisionKind,
        notified: &str,
        proc_kind: Option<ProcedureKind>,
        grounds: &[&'static str],
    ) -> crate::contract::Assessment {
        let mut c = Case {
            schema_version: 1,
            ..Default::default()
        };
        c.application.lodged_at = Some(date("2026-07-01"));
        c.application.situation = Some(Situation::Territory);
        c.application.subsequent = Some(false);
        c.decision.kind = Some(kind);
        c.decision.notified_at = Some(date(notified));
        let p = Parameters::embedded();
        let mut ctx = pact_ctx(&c, p);
        ctx.procedure.kind = proc_kind;
        ctx.procedure.grounds.extend(grounds.iter().copied());
        assess(&mut ctx);
        ctx.finish().unwrap()
    }

    #[test]
    fn unfounded_with_apr42_ground_conflicts_with_67_7_a() {
        let a = run_ctx(
            DecisionKind::Unfounded,
            "2026-08-03",
            Some(ProcedureKind::Accelerated),
            &["apr42_1_j"],
        );
        let d = a.deadlines.iter().find(|d| d.id == "appeal").unwrap();
        assert_eq!((d.period.as_str(), d.due.as_str()), ("P2W", "2026-08-17"));
        assert!(a.notes.iter().any(|n| n.kind == NoteKind::Interpretation
            && n.basis.iter().any(|b| b.article == "67(7)(a)")));
        // 68(3)(a)(i): request to remain within one week (Vw 69(6)): Mon 10 Aug.
        let r = a
            .deadlines
            .iter()
            .find(|d| d.id == "requestToRemain")
            .unwrap();
        assert_eq!((r.period.as_str(), r.due.as_str()), ("P1W", "2026-08-10"));
    }

    #[test]
    fn regular_unfounded_has_right_to_remain_and_no_conflict() {
        let a = run_ctx(
            DecisionKind::Unfounded,
            "2026-08-03",
            Some(ProcedureKind::Regular),
            &[],
        );
        assert!(a.deadlines.iter().all(|d| d.id != "requestToRemain"));
        assert!(!a
            .notes
            .iter()
            .any(|n| n.basis.iter().any(|b| b.article.starts_with("67(7)"))));
        assert!(a
            .explanation
            .iter()
            .any(|e| e.rule == "appeal.rightToRemain"));
    }

    #[test]
    fn one_week_without_apr42_circumstance_is_below_67_7_b() {
        // Implicit withdrawal in the regular procedure: Vw 69(2)(a)(4°) one week, APR 67(7)(b)
        // asks two weeks at least.
        let a = run_ctx(
            DecisionKind::ImplicitWithdrawal,
            "2026-08-03",
            Some(ProcedureKind::Regular),
            &[],
        );
        assert!(a.notes.iter().any(|n| n.kind == NoteKind::Interpretation
            && n.basis.iter().any(|b| b.article == "67(7)(b)")));
        // With an APR 42 circumstance one week is within 5-10 days: no note.
        let a = run_ctx(
            DecisionKind::Inadmissible,
            "2026-08-03",
            Some(ProcedureKind::Inadmissibility),
            &["apr42_1_g"],
        );
        assert!(a
            .notes
            .iter()
            .all(|n| !n.basis.iter().any(|b| b.article.starts_with("67(7)"))));
        // Inadmissible: 68(3)(b), request to remain within a week.
        assert!(a.deadlines.iter().any(|d| d.id == "requestToRemain"));
    }

    #[test]
    fn implicit_withdrawal_request_to_remain_extended_over_christmas() {
        // Fri 18 Dec 2026 + 1 week = Fri 25 Dec (Christmas) → 26 Dec (holiday), 27 Sunday →
        // Mon 28 Dec (Atw 1).
        let a = run_ctx(
            DecisionKind::ImplicitWithdrawal,
            "2026-12-18",
            Some(ProcedureKind::Regular),
            &[],
        );
        let r = a
            .deadlines
            .iter()
            .find(|d| d.id == "requestToRemain")
            .unwrap();
        assert_eq!((r.due.as_str(), r.extended), ("2026-12-28", true));
    }

    #[test]
    fn refugee_status_has_no_limit() {
        assert_eq!(run(DecisionKind::RefugeeStatus, "2026-08-03"), None);
    }
}
