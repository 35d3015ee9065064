//! The appeal limit, pact regime (RULES.md §5 `appeal`): Vreemdelingenwet 2000 art. 69 as in
//! force from 12-06-2026, counted under Dutch law (Awb 6:8, Algemene termijnenwet).
//!
//! Text read in MinBZK/regelrecht-corpus `regulation/nl/wet/vreemdelingenwet_2000/2026-06-12.yaml`
//! (art. 69). The legacy regime (Vw-old 69) is in [`crate::law::legacy`].

use crate::calendar::{Counting, Period};
use crate::contract::{DecisionKind, ProcedureRegime};
use crate::engine::{Ctx, LimitSpec};
use crate::explain::{uri, Basis};
use crate::text;

const VW_69_1: Basis = Basis::new("Vw", "69(1)", uri::VW_NEW);

/// Applies this module's provisions to the case.
pub fn assess(ctx: &mut Ctx) {
    if ctx.regime.procedure != Some(ProcedureRegime::Pact) {
        return;
    }
    appeal(ctx);
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
        basis: vec![basis],
        rule: "appeal.vw69",
        label: text!(
            ctx.locale,
            "Beroep bij de rechtbank",
            "Appeal to the district court"
        ),
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

    #[test]
    fn refugee_status_has_no_limit() {
        assert_eq!(run(DecisionKind::RefugeeStatus, "2026-08-03"), None);
    }
}
