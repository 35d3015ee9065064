//! The return border procedure (RBPR, Reg. (EU) 2024/1349; RULES.md §5
//! `returnBorderProcedureEnd`).
//!
//! RBPR 4(1): applicants whose application was rejected in the asylum border procedure are not
//! authorised to enter. 4(2): they reside "for a period not exceeding 12 weeks" at or near the
//! border; "The 12-week period shall start from the date on which the applicant [...] no longer
//! has a right to remain and is not allowed to remain". RBPR 6(1) (crisis): that period may be
//! extended by a maximum of six weeks "in a situation of crisis as defined in Article 1(4) of
//! Regulation (EU) 2024/1359" (mass arrivals or instrumentalisation, not force majeure). RBPR 11
//! "Calculation of time limits": "Any period of time prescribed in this Regulation shall be
//! calculated as follows: (a) ... the day on which that event occurs ... shall not itself be
//! counted ...; (b) a period expressed in weeks or months shall end with the expiry of whichever
//! day in the last week or month is the same day of the week ...; (c) time limits shall include
//! Saturdays, Sundays and official holidays in the Member State concerned; where a time limit
//! ends on a Saturday, Sunday or official holiday, the next working day shall be counted as the
//! last day of the time limit" (`Counting::Rbpr11`). RBPR 14(2): applies from 12 June 2026. Texts
//! read in legalize-dev/legalize-eu `eu/a2/32024R1349.md`.

use crate::calendar::{Counting, Period};
use crate::contract::{DecisionKind, ProcedureKind};
use crate::engine::{Ctx, LimitSpec};
use crate::explain::{uri, Basis};
use crate::law::application::{self, Act};
use crate::law::crisis;
use crate::params::Derogation;
use crate::text;

const RBPR_4_2: Basis = Basis::new("RBPR", "4(2)", uri::RBPR);
const RBPR_6_1: Basis = Basis::new("RBPR", "6(1)", uri::RBPR);

/// Applies this module's provisions to the case.
pub fn assess(ctx: &mut Ctx) {
    return_border_procedure_end(ctx);
}

/// The end of the return border procedure: 12 weeks (18 under a crisis derogation) from the end
/// of the right to remain, for an application rejected in the asylum border procedure. A decision
/// granting protection never starts it; an unknown decision kind with a known end of the right to
/// remain does (only a rejection ends that right).
pub fn return_border_procedure_end(ctx: &mut Ctx) {
    if ctx.procedure.kind != Some(ProcedureKind::AsylumBorder) {
        return;
    }
    let d = &ctx.case.decision;
    let rejected = match d.kind {
        Some(DecisionKind::RefugeeStatus | DecisionKind::SubsidiaryProtection) => return,
        Some(_) => true,
        None => false,
    };
    let Some(ended) = d.right_to_remain_ended_at else {
        if rejected {
            ctx.missing(
                "/decision/rightToRemainEndedAt",
                "deadlines.returnBorderProcedureEnd",
            );
        }
        return;
    };
    if !application::limit_applies(ctx, Act::Rbpr, ended.date(), "returnBorderProcedureEnd") {
        return;
    }
    let crisis = crisis::derogation(ctx, Derogation::ReturnBorderPlus6Weeks, ended.date());
    let (period, basis, rule) = if crisis {
        (
            Period::weeks(18),
            vec![RBPR_4_2, RBPR_6_1],
            "returnBorder.end",
        )
    } else {
        (Period::weeks(12), vec![RBPR_4_2], "returnBorder.end")
    };
    ctx.limit(LimitSpec {
        id: "returnBorderProcedureEnd",
        from_path: "/decision/rightToRemainEndedAt",
        from: ended,
        period,
        counting: Counting::Rbpr11,
        basis,
        rule,
        label: text!(
            ctx.locale,
            "Maximale duur van de terugkeergrensprocedure",
            "Maximum duration of the return border procedure",
        ),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::{Case, Situation};
    use crate::law::access::tests::{crisis_params, date, due, pact_ctx};
    use crate::params::Parameters;

    fn run(p: &Parameters, kind: Option<DecisionKind>) -> Option<(String, String, bool)> {
        let mut c = Case {
            schema_version: 1,
            ..Default::default()
        };
        c.application.registered_at = Some(date("2026-08-03"));
        c.application.lodged_at = Some(date("2026-08-05"));
        c.application.situation = Some(Situation::BorderCrossingPoint);
        c.decision.kind = kind;
        c.decision.right_to_remain_ended_at = Some(date("2026-09-15"));
        let mut ctx = pact_ctx(&c, p);
        ctx.procedure.kind = Some(ProcedureKind::AsylumBorder);
        assess(&mut ctx);
        due(ctx, "returnBorderProcedureEnd")
    }

    #[test]
    fn twelve_weeks_and_crisis_eighteen() {
        // Tue 15 Sept + 12 weeks = Tue 8 Dec 2026.
        assert_eq!(
            run(
                Parameters::embedded(),
                Some(DecisionKind::ManifestlyUnfounded)
            ),
            Some(("2026-12-08".into(), "P12W".into(), false))
        );
        // + 18 weeks = Tue 19 Jan 2027.
        assert_eq!(
            run(&crisis_params(), Some(DecisionKind::ManifestlyUnfounded)),
            Some(("2027-01-19".into(), "P18W".into(), false))
        );
    }

    #[test]
    fn not_after_a_grant() {
        assert_eq!(
            run(
                Parameters::embedded(),
                Some(DecisionKind::SubsidiaryProtection)
            ),
            None
        );
    }
}
