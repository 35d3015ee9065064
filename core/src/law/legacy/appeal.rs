//! The appeal limit in the legacy regime: Vw-old art. 69.

use super::limits::AaEnd;
use super::vw_old;
use crate::calendar::{Counting, Period};
use crate::contract::DecisionKind;
use crate::engine::{Ctx, LimitSpec};
use crate::explain::Basis;
use crate::text;

/// Whether the decision was a rejection "binnen een bij algemene maatregel van bestuur te bepalen
/// aantal dagen, dat niet de dagen van de rust- en voorbereidingstermijn omvat" (Vw-old
/// 69(2)(a)), i.e. within the AA days. The case's `decision.inGeneralProcedure` wins; otherwise
/// it follows from the dates: notified by the AA's last day → within; after the last day any
/// extension still possible on the facts allows → not within; in between → unknown.
fn within_general_procedure(ctx: &mut Ctx, aa: Option<&AaEnd>) -> Option<bool> {
    if let Some(v) = ctx.case.decision.in_general_procedure {
        ctx.used("/decision/inGeneralProcedure");
        return Some(v);
    }
    let notified = ctx.case.decision.notified_at?.date();
    let aa = aa?;
    if notified <= aa.due {
        return Some(true);
    }
    match aa.max_due {
        Some(m) if notified <= m => None,
        _ => Some(false),
    }
}

/// `legacyAppeal`. Vw-old art. 69(1): "In afwijking van artikel 6:7 van de Algemene wet
/// bestuursrecht bedraagt de termijn voor het indienen van een bezwaar- of beroepschrift vier
/// weken." (2): "In afwijking van het eerste lid bedraagt de beroepstermijn één week, indien de
/// aanvraag tot het verlenen van een verblijfsvergunning voor bepaalde tijd als bedoeld in
/// artikel 28: a. is afgewezen binnen een bij algemene maatregel van bestuur te bepalen aantal
/// dagen, dat niet de dagen van de rust- en voorbereidingstermijn omvat; b. niet in behandeling is
/// genomen op grond van artikel 30; c. niet-ontvankelijk is verklaard op grond van artikel 30a;
/// d. is afgewezen als kennelijk ongegrond op grond van artikel 30b; of e. buiten behandeling is
/// gesteld op grond van artikel 30c." From the day after notification (Awb 6:8), Atw applies.
pub fn assess(ctx: &mut Ctx, aa: Option<&AaEnd>) {
    let Some(notified) = ctx.case.decision.notified_at else {
        return;
    };
    let Some(kind) = ctx.case.decision.kind else {
        ctx.missing("/decision/kind", "deadlines.legacyAppeal");
        return;
    };
    ctx.used("/decision/kind");
    let one_week: Option<(&'static str, &'static str, &'static str)> = match kind {
        DecisionKind::DublinTransfer => Some((
            "69(2)(b)",
            "niet in behandeling genomen (art. 30)",
            "not taken into consideration (art. 30)",
        )),
        DecisionKind::Inadmissible => Some((
            "69(2)(c)",
            "niet-ontvankelijk (art. 30a)",
            "inadmissible (art. 30a)",
        )),
        DecisionKind::ManifestlyUnfounded => Some((
            "69(2)(d)",
            "kennelijk ongegrond (art. 30b)",
            "manifestly unfounded (art. 30b)",
        )),
        DecisionKind::ImplicitWithdrawal => Some((
            "69(2)(e)",
            "buiten behandeling gesteld (art. 30c)",
            "not further examined (art. 30c)",
        )),
        DecisionKind::Unfounded => match within_general_procedure(ctx, aa) {
            Some(true) => Some((
                "69(2)(a)",
                "afgewezen binnen de algemene asielprocedure",
                "rejected within the general asylum procedure",
            )),
            Some(false) => None,
            None => {
                ctx.missing("/decision/inGeneralProcedure", "deadlines.legacyAppeal");
                return;
            }
        },
        DecisionKind::Withdrawal
        | DecisionKind::SubsidiaryProtection
        | DecisionKind::RefugeeStatus => None,
    };
    let (weeks, basis, nl, en): (u32, Basis, String, String) = match one_week {
        Some((art, nl, en)) => (
            1,
            vw_old(art),
            format!("Beroep tegen een beschikking waarbij de aanvraag is {nl}: één week"),
            format!("Appeal against a decision by which the application was {en}: one week"),
        ),
        None => (
            4,
            vw_old("69(1)"),
            "Bezwaar of beroep: vier weken".to_owned(),
            "Objection or appeal: four weeks".to_owned(),
        ),
    };
    ctx.limit(LimitSpec {
        id: "legacyAppeal",
        from_path: "/decision/notifiedAt",
        from: notified,
        period: Period::weeks(weeks),
        counting: Counting::Atw { liberty: false },
        basis: vec![basis],
        rule: "legacy.limit.appeal",
        label: text!(ctx.locale, nl, en),
    });
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use serde_json::json;

    #[test]
    fn manifestly_unfounded_one_week() {
        // Notified Mon 20 Apr 2026 + 1 week = Mon 27 Apr, Koningsdag → Tue 28 Apr (Atw 1).
        let out = run(&case(json!({
            "application": { "madeAt": "2026-04-01", "registeredAt": "2026-04-02", "lodgedAt": "2026-04-02" },
            "decision": { "kind": "manifestlyUnfounded", "notifiedAt": "2026-04-20" }
        })));
        let d = deadline(&out, "legacyAppeal").unwrap();
        assert_eq!(d["due"], "2026-04-28");
        assert_eq!(d["period"], "P1W");
    }

    #[test]
    fn unfounded_after_va_four_weeks() {
        let out = run(&case(
            json!({ "decision": { "kind": "unfounded", "notifiedAt": "2026-06-01", "inGeneralProcedure": false } }),
        ));
        assert_eq!(due(&out, "legacyAppeal").as_deref(), Some("2026-06-29"));
    }

    #[test]
    fn unfounded_in_aa_derived_from_dates() {
        // AA from Mon 11 May 2026 ends Wed 20 May; decision notified 19 May → within the AA.
        let out = run(&case(json!({
            "legacy": { "generalProcedureStartedAt": "2026-05-11", "generalProcedureExtended": false },
            "decision": { "kind": "unfounded", "notifiedAt": "2026-05-19" }
        })));
        assert_eq!(deadline(&out, "legacyAppeal").unwrap()["period"], "P1W");
    }

    #[test]
    fn unfounded_unknown_whether_in_aa() {
        let out = run(&case(
            json!({ "decision": { "kind": "unfounded", "notifiedAt": "2026-05-19" } }),
        ));
        assert!(deadline(&out, "legacyAppeal").is_none());
        assert!(missing(&out, "/decision/inGeneralProcedure"));
    }
}
