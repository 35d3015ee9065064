//! Crisis and force majeure (CFR, Reg. (EU) 2024/1359) and the national emergency plan.
//! Activations are data (parameters), never code: a Council implementing decision authorises
//! derogations for 3 months, extendable once by 3 months (CFR 5).

use chrono::NaiveDate;

use crate::engine::Ctx;
use crate::explain::{uri, Basis, Text};
use crate::params::{ActivationKind, Derogation};

/// Applies this module's provisions to the case (reports the activations in force).
pub fn assess(_ctx: &mut Ctx) {}

/// Whether derogation `d` applies on `on` under an activation in the parameters; when it does,
/// records the activation and the derogation in the assessment with an explanation.
///
/// CFR 10 (registration within four weeks) applies, in an instrumentalisation situation
/// (CFR 1(4)(b)), only in the initial period of the decision.
pub fn derogation(ctx: &mut Ctx, d: Derogation, on: NaiveDate) -> bool {
    let found = ctx.params.activations_on(on).find(|a| {
        a.derogations.contains(&d)
            && !(d == Derogation::Registration4Weeks
                && a.kind == ActivationKind::Instrumentalisation
                && a.initial_period_to.is_some_and(|end| on > end))
    });
    let Some(a) = found.cloned() else {
        return false;
    };
    let (name, basis) = match d {
        Derogation::Registration4Weeks => ("registration4Weeks", Basis::new("CFR", "10", uri::CFR)),
        Derogation::BorderProcedurePlus6Weeks => {
            ("borderProcedurePlus6Weeks", Basis::new("CFR", "11(1)", uri::CFR))
        }
        Derogation::ReturnBorderPlus6Weeks => {
            ("returnBorderPlus6Weeks", Basis::new("RBPR", "6(1)", uri::RBPR))
        }
        Derogation::RecognitionRateThreshold => {
            ("recognitionRateThreshold", Basis::new("CFR", "11", uri::CFR))
        }
    };
    if !ctx.crisis.activations.contains(&a.id) {
        ctx.crisis.activations.push(a.id.clone());
    }
    if !ctx.crisis.derogations_applied.contains(&name) {
        ctx.crisis.derogations_applied.push(name);
        ctx.explain(
            "crisis.derogationApplied",
            Text::new(
                format!(
                    "Op {on} geldt activering {} ({}, {} t/m {}); de afwijking {name} is toegepast.",
                    a.id, a.source.title, a.from, a.to
                ),
                format!(
                    "On {on} activation {} ({}, {} to {}) is in force; derogation {name} was applied.",
                    a.id, a.source.title, a.from, a.to
                ),
            ),
            vec![basis, Basis::new("CFR", "5", uri::CFR)],
        );
    }
    true
}
