//! What only the AMMR has: the crisis extensions of CFR 12, applied to the AMMR rows of
//! [`super::TABLE`] where a crisis activation authorises them, and the start of the three-year
//! absconding extension of AMMR 46(2).
//!
//! AMMR 75 (counting, read in the text): "(a) [...] the day on which that event occurs or that
//! action takes place shall not itself be counted [...]; (b) a period expressed in weeks or
//! months shall end with the expiry of whichever day in the last week or month is the same day of
//! the week, or falls on the same date of the month [...]; (c) time limits shall include
//! Saturdays, Sundays and official holidays in the Member State concerned; where a time limit
//! ends on a Saturday, Sunday or official holiday, the next working day shall be counted as the
//! last day of the time limit." AMMR 85: it applies from 1 July 2026.
//!
//! CFR 12(1) (read in the text): "In a situation of crisis as referred to in Article 1(4), point
//! (a), or *force majeure* which renders it impossible for a Member State facing such a situation
//! to comply with the time limits set out in Articles 39, 40, 41 and 46 of Regulation (EU)
//! 2024/1351 [...], Member States may derogate from the time limits set out in Articles 39, 40,
//! 41 and 46 of that Regulation simultaneously." CFR 20: "It shall apply from 1 July 2026."
//! Encoded as data: a crisis activation of kind `massArrivals` or `forceMajeure` whose
//! `responsibilityDerogations` lists `timeLimitsExtended`. An instrumentalisation crisis (CFR
//! 1(4)(b)) does not open CFR 12.

use chrono::NaiveDate;

use crate::engine::Ctx;
use crate::explain::{uri, Basis, NoteKind};
use crate::params::{ActivationKind, ResponsibilityDerogation};
use crate::text;

const CFR_12_1: Basis = Basis::new("CFR", "12(1)", uri::CFR);
const CFR_20: Basis = Basis::new("CFR", "20", uri::CFR);
const AMMR_46_2: Basis = Basis::new("AMMR", "46(2)", uri::AMMR);

/// The day from which the CFR applies (CFR 20, second paragraph).
pub fn cfr_applies_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 7, 1).unwrap_or(NaiveDate::MIN)
}

/// The derogation name reported in `crisis.derogationsApplied`.
pub const DEROGATION: &str = "responsibilityTimeLimitsExtended";

/// Whether CFR 12 extends the AMMR limit of an event on `on`: a crisis activation of CFR 1(4)(a)
/// or force majeure in force that day authorises it, and the CFR applies (from 01-07-2026).
/// When it does, the activation and the derogation are recorded with an explanation.
///
/// **Interpretation**: the day that decides is the day of the limit's starting event (the
/// registration, the hit, the receipt of the request, the acceptance): CFR 12(2) counts each
/// extended limit from that event.
pub fn cfr12_applies(ctx: &mut Ctx, on: NaiveDate) -> bool {
    if on < cfr_applies_from() {
        return false;
    }
    let found = ctx
        .params
        .activations_on(on)
        .find(|a| {
            matches!(
                a.kind,
                ActivationKind::MassArrivals | ActivationKind::ForceMajeure
            ) && a
                .responsibility_derogations
                .contains(&ResponsibilityDerogation::TimeLimitsExtended)
        })
        .cloned();
    let Some(a) = found else {
        return false;
    };
    if !ctx.crisis.activations.contains(&a.id) {
        ctx.crisis.activations.push(a.id.clone());
    }
    if !ctx.crisis.derogations_applied.contains(&DEROGATION) {
        ctx.crisis.derogations_applied.push(DEROGATION);
        ctx.explain(
            "responsibility.cfr12.derogationApplied",
            text!(
                ctx.locale,
                format!("Op {on} geldt activering {} ({}, {} t/m {}): de termijnen van art. 39, 40, 41 en 46 AMMR zijn tegelijk verlengd (art. 12(2) CFR: overnameverzoek vier maanden na registratie, antwoord twee maanden, terugnamekennisgeving en bevestiging een maand, overdracht een jaar).", a.id, a.source.title, a.from, a.to),
                format!("On {on} activation {} ({}, {} to {}) is in force: the limits of AMMR 39, 40, 41 and 46 are extended simultaneously (CFR 12(2): take charge request four months from registration, reply two months, take back notification and its confirmation one month, transfer one year).", a.id, a.source.title, a.from, a.to),
            ),
            vec![CFR_12_1, Basis::new("CFR", "12(2)", uri::CFR), CFR_20],
        );
        ctx.note(
            NoteKind::Interpretation,
            text!(
                ctx.locale,
                "Of een crisisverlenging van art. 12 CFR geldt, hangt af van de dag van de gebeurtenis waarvan de termijn loopt (registratie, treffer, ontvangst van het verzoek, aanvaarding). De CFR heeft geen eigen regel voor het berekenen van termijnen: Verordening 1182/71 geldt.",
                "Whether a CFR 12 crisis extension applies depends on the day of the event the limit runs from (registration, hit, receipt of the request, acceptance). The CFR has no rule of its own on calculating time limits: Regulation 1182/71 applies.",
            ),
            vec![Basis::new("CFR", "12(2)", uri::CFR), Basis::new("PR", "3", uri::PR)],
        );
    }
    true
}

/// A detained person during a CFR 12 crisis: the detained limits of AMMR 45 stay (CFR 12(1)
/// derogates from arts. 39, 40, 41 and 46 only).
pub fn crisis_detention_note(ctx: &mut Ctx, on: NaiveDate) {
    if !cfr12_applies(ctx, on) {
        return;
    }
    ctx.note(
        NoteKind::Interpretation,
        text!(
            ctx.locale,
            "Art. 12(1) CFR wijkt af van de termijnen van art. 39, 40, 41 en 46 AMMR, niet van art. 45 (bewaring): de kortere termijnen voor wie in bewaring is blijven gelden.",
            "CFR 12(1) derogates from the limits of AMMR 39, 40, 41 and 46, not from art. 45 (detention): the shorter limits for detained persons stay.",
        ),
        vec![CFR_12_1, Basis::new("AMMR", "45", uri::AMMR)],
    );
}

/// AMMR 46(2): the three years run "from when the requesting Member State informed the Member
/// State responsible that the person concerned [...] has absconded" — not a fact of the case.
pub fn absconding_note(ctx: &mut Ctx) {
    ctx.note(
        NoteKind::Assumption,
        text!(
            ctx.locale,
            "De verlenging tot drie jaar na onderduiken (art. 46(2) AMMR) loopt vanaf het moment waarop Nederland de verantwoordelijke lidstaat over het onderduiken informeerde; dat moment is geen gegeven van de zaak. De engine rekent vanaf het begin van de overdrachtstermijn (vroegst mogelijke einde).",
            "The extension to three years after absconding (AMMR 46(2)) runs from when the Netherlands informed the Member State responsible of the absconding; that moment is not a fact of the case. The engine counts from the start of the transfer limit (earliest possible end).",
        ),
        vec![AMMR_46_2],
    );
}
