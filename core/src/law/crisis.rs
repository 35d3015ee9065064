//! Crisis and force majeure (CFR, Reg. (EU) 2024/1359) and the national emergency plan.
//! Activations are data (parameters), never code: a Council implementing decision authorises
//! derogations for 3 months, extendable once by 3 months (CFR 5).

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::engine::Ctx;
use crate::explain::{uri, Basis, NoteKind};
use crate::law::application::Act;
use crate::params::{Activation, ActivationKind, Derogation};
use crate::text;

/// Reports the activations in force on the days that matter for the case: the making and the
/// registration of the application (RULES §8: "the engine reports which derogations are active
/// on a date"). CFR 5: a Council implementing decision authorises the derogations "for a period
/// of three months", which "may be extended … for a further period of three months" (once).
/// The derogations themselves are applied by the rules they change, through [`derogation`]:
/// registration within four weeks (CFR 10, in `access`), the border procedure + 6 weeks (CFR
/// 11(1), in `examination`), the return border procedure + 6 weeks (RBPR 6(1)) and the lowered
/// recognition-rate threshold (CFR 11, in `procedure`). A national emergency plan (noodplan)
/// activation is not an EU act: it is reported for information.
pub fn assess(ctx: &mut Ctx) {
    let app = &ctx.case.application;
    let mut days: Vec<(NaiveDate, &'static str)> = Vec::new();
    for (w, path) in [
        (app.made_at, "/application/madeAt"),
        (app.registered_at, "/application/registeredAt"),
    ] {
        if let Some(w) = w {
            if !days.iter().any(|(d, _)| *d == w.date()) {
                days.push((w.date(), path));
            }
        }
    }
    for (day, path) in days {
        let active: Vec<Activation> = ctx.params.activations_on(day).cloned().collect();
        for a in active {
            if ctx.crisis.activations.contains(&a.id) {
                continue;
            }
            ctx.used(path);
            ctx.crisis.activations.push(a.id.clone());
            let derogations: Vec<&str> =
                a.derogations.iter().map(|d| derogation_name(*d)).collect();
            let list = if derogations.is_empty() {
                "-".to_owned()
            } else {
                derogations.join(", ")
            };
            let title = a.source.title.clone();
            if a.kind == ActivationKind::Noodplan {
                let text = text!(
                ctx.locale,
                    format!("Op {day} is het nationale noodplan geactiveerd ({}, {title}, {} t/m {}); afwijkingen: {list}.", a.id, a.from, a.to),
                    format!("On {day} the national emergency plan is activated ({}, {title}, {} to {}); derogations: {list}.", a.id, a.from, a.to),
                );
                let basis = vec![Basis {
                    act: Cow::Owned(title.clone()),
                    article: Cow::Borrowed("-"),
                    uri: Cow::Owned(a.source.url.clone().unwrap_or_default()),
                }];
                ctx.explain("crisis.noodplanActive", text.clone(), basis.clone());
                ctx.note(NoteKind::Info, text, basis);
            } else {
                let kind = match a.kind {
                    ActivationKind::MassArrivals => (
                        "massale toestroom (art. 1(4)(a) CFR)",
                        "mass arrivals (CFR 1(4)(a))",
                    ),
                    ActivationKind::Instrumentalisation => (
                        "instrumentalisering (art. 1(4)(b) CFR)",
                        "instrumentalisation (CFR 1(4)(b))",
                    ),
                    _ => ("overmacht (CFR)", "force majeure (CFR)"),
                };
                ctx.explain(
                    "crisis.activationInForce",
                    text!(
                ctx.locale,
                        format!("Op {day} geldt activering {} wegens {} ({title}, {} t/m {}); toegestane afwijkingen: {list}.", a.id, kind.0, a.from, a.to),
                        format!("On {day} activation {} for {} is in force ({title}, {} to {}); derogations authorised: {list}.", a.id, kind.1, a.from, a.to),
                    ),
                    vec![Basis::new("CFR", "4", uri::CFR), Basis::new("CFR", "5", uri::CFR)],
                );
            }
        }
    }
}

fn derogation_name(d: Derogation) -> &'static str {
    match d {
        Derogation::Registration4Weeks => "registration4Weeks",
        Derogation::BorderProcedurePlus6Weeks => "borderProcedurePlus6Weeks",
        Derogation::ReturnBorderPlus6Weeks => "returnBorderPlus6Weeks",
        Derogation::RecognitionRateThreshold => "recognitionRateThreshold",
        Derogation::BorderProcedureWidened => "borderProcedureWidened",
    }
}

/// Whether the derogation can be authorised for an activation of this kind (CFR, read in
/// `eu/34/32024R1359.md`; RBPR in `eu/a2/32024R1349.md`): CFR 10(1) and 11(1) "in a situation of
/// crisis or force majeure"; CFR 11(3) and 11(4) "in a situation of crisis as referred to in
/// Article 1(4), point (a)" — mass arrivals (1(4)(b) is instrumentalisation); RBPR 6(1) "in a
/// situation of crisis as defined in Article 1(4)" of the CFR (not force majeure). A national
/// emergency plan is no CFR decision and carries none of them.
fn kind_allows(d: Derogation, kind: ActivationKind) -> bool {
    match d {
        Derogation::Registration4Weeks | Derogation::BorderProcedurePlus6Weeks => {
            kind != ActivationKind::Noodplan
        }
        Derogation::RecognitionRateThreshold | Derogation::BorderProcedureWidened => {
            kind == ActivationKind::MassArrivals
        }
        Derogation::ReturnBorderPlus6Weeks => matches!(
            kind,
            ActivationKind::MassArrivals | ActivationKind::Instrumentalisation
        ),
    }
}

/// Whether derogation `d` applies on `on` under an activation in the parameters; when it does,
/// records the activation and the derogation in the assessment with an explanation.
///
/// CFR 20: "It shall apply from 1 July 2026": no derogation applies to an earlier date (RULES §8
/// [rev. 12-2026]); an activation covering such a date is reported with a note.
/// CFR 10(4): "In a situation of crisis as referred to in Article 1(4), point (a), the derogation
/// referred to in paragraph 1 of this Article may only be applied during the time period set out
/// in the initial Council implementing decision" — mass arrivals, not instrumentalisation (RULES
/// §8 names 1(4)(a) "instrumentalisation"; the text's 1(4)(a) is mass arrivals, and the engine
/// follows the text).
pub fn derogation(ctx: &mut Ctx, d: Derogation, on: NaiveDate) -> bool {
    let found = ctx.params.activations_on(on).find(|a| {
        a.derogations.contains(&d)
            && kind_allows(d, a.kind)
            && !(d == Derogation::Registration4Weeks
                && a.kind == ActivationKind::MassArrivals
                && a.initial_period_to.is_some_and(|end| on > end))
    });
    let Some(a) = found.cloned() else {
        return false;
    };
    if !Act::Cfr.applies_on(on) {
        let from = crate::calendar::dmy(Act::Cfr.applies_from());
        let name = derogation_name(d);
        ctx.explain(
            "crisis.beforeCfrApplies",
            text!(
                ctx.locale,
                format!("Activering {} noemt de afwijking {name}, maar {on} ligt vóór {from}, de dag vanaf wanneer de Crisis- en overmachtverordening van toepassing is (art. 20 CFR): de afwijking geldt niet.", a.id),
                format!("Activation {} lists derogation {name}, but {on} falls before {from}, the day from which the Crisis and Force Majeure Regulation applies (CFR 20): the derogation does not apply.", a.id),
            ),
            vec![Act::Cfr.basis()],
        );
        return false;
    }
    let (name, basis) = match d {
        Derogation::Registration4Weeks => ("registration4Weeks", Basis::new("CFR", "10", uri::CFR)),
        Derogation::BorderProcedurePlus6Weeks => (
            "borderProcedurePlus6Weeks",
            Basis::new("CFR", "11(1)", uri::CFR),
        ),
        Derogation::ReturnBorderPlus6Weeks => (
            "returnBorderPlus6Weeks",
            Basis::new("RBPR", "6(1)", uri::RBPR),
        ),
        Derogation::RecognitionRateThreshold => (
            "recognitionRateThreshold",
            Basis::new("CFR", "11(3)", uri::CFR),
        ),
        Derogation::BorderProcedureWidened => (
            "borderProcedureWidened",
            Basis::new("CFR", "11(4)", uri::CFR),
        ),
    };
    if !ctx.crisis.activations.contains(&a.id) {
        ctx.crisis.activations.push(a.id.clone());
    }
    if !ctx.crisis.derogations_applied.contains(&name) {
        ctx.crisis.derogations_applied.push(name);
        ctx.explain(
            "crisis.derogationApplied",
            text!(
                ctx.locale,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explain::Locale;
    use crate::params::Parameters;

    fn params(kind: &str) -> Parameters {
        let mut v: serde_json::Value = serde_json::from_str(crate::params::DEFAULT_JSON).unwrap();
        v["activations"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
            "id": "act-1", "kind": kind, "from": "2026-09-01", "to": "2026-11-30",
            "derogations": ["registration4Weeks"], "source": {"title": "test decision"}}));
        Parameters::from_json(serde_json::to_string(&v).unwrap().as_bytes()).unwrap()
    }

    fn run(p: &Parameters, made: &str) -> crate::contract::Assessment {
        let json = format!(
            r#"{{"schemaVersion":1,"application":{{"madeAt":"{made}","lodgedAt":"2026-12-10"}}}}"#
        );
        let case = crate::decode_case(json.as_bytes()).unwrap();
        let mut ctx = Ctx::new(&case, p, Locale::En);
        crate::law::transition::assess(&mut ctx);
        assess(&mut ctx);
        ctx.finish().unwrap()
    }

    #[test]
    fn reports_an_activation_covering_the_making_date() {
        let p = params("massArrivals");
        let a = run(&p, "2026-10-01");
        assert_eq!(a.crisis.activations, vec!["act-1".to_owned()]);
        assert!(a
            .explanation
            .iter()
            .any(|e| e.rule == "crisis.activationInForce"));
        assert!(run(&p, "2026-12-01").crisis.activations.is_empty());
    }

    #[test]
    fn noodplan_is_reported_as_information() {
        let a = run(&params("noodplan"), "2026-10-01");
        assert_eq!(a.crisis.activations, vec!["act-1".to_owned()]);
        assert!(a.notes.iter().any(|n| n.kind == NoteKind::Info));
    }
}
