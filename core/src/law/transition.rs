//! Which regime applies (RULES.md §2): the transition from the Asylum Procedures Directive as
//! applied by Vw-old/Vb-old to the APR and Vw-new, and from Dublin III to the AMMR.

use crate::calendar::When;
use crate::contract::{ProcedureRegime, ResponsibilityRegime};
use crate::engine::Ctx;
use crate::explain::{uri, Basis, NoteKind};
use crate::text;

const APR_79_3: Basis = Basis::new("APR", "79(3)", uri::APR);
const AMMR_84: Basis = Basis::new("AMMR", "84", uri::AMMR);
const AMMR_85: Basis = Basis::new("AMMR", "85", uri::AMMR);

/// Decides the procedure regime, the responsibility regime and the workstream.
pub fn assess(ctx: &mut Ctx) {
    ctx.regime.procedure = procedure_regime(ctx);
    ctx.regime.workstream = workstream(ctx);
    ctx.regime.responsibility = responsibility_regime(ctx);
}

/// APR art. 79(3), first subparagraph: "This Regulation shall apply to applications for
/// international protection lodged as from 12 June 2026. Applications for international
/// protection lodged before that date [...] shall be governed by Directive 2013/32/EU"
/// (read in legalize-dev/legalize-eu `eu/28/32024R1348.md`). The test word is **lodged**, in
/// Amsterdam time. An application cannot be lodged before it was made or registered, so one
/// made or registered on or after the cut-over is under the APR even when the lodging date is
/// unknown.
pub fn procedure_regime(ctx: &mut Ctx) -> Option<ProcedureRegime> {
    let cutover = ctx.params.file.cutovers.procedure.date;
    let app = &ctx.case.application;
    let (lodged, registered, made) = (app.lodged_at, app.registered_at, app.made_at);
    let show = |w: &When| crate::calendar::dmy(w.date());
    let cut = crate::calendar::dmy(cutover);
    if let Some(l) = lodged {
        ctx.used("/application/lodgedAt");
        let d = show(&l);
        return Some(if l.date() >= cutover {
            ctx.explain(
                "regime.lodgedOnOrAfterCutover",
                text!(
                ctx.locale,
                    format!("Het verzoek is ingediend op {d}, op of na {cut}: de Procedureverordening (APR) en de Vreemdelingenwet 2000 zoals die vanaf {cut} geldt zijn van toepassing."),
                    format!("The application was lodged on {d}, on or after {cut}: the Asylum Procedure Regulation (APR) and the Aliens Act 2000 as in force from {cut} apply."),
                ),
                vec![APR_79_3],
            );
            ProcedureRegime::Pact
        } else {
            ctx.explain(
                "regime.lodgedBeforeCutover",
                text!(
                ctx.locale,
                    format!("Het verzoek is ingediend op {d}, vóór {cut}: de Procedurerichtlijn 2013/32/EU zoals toegepast in de Vreemdelingenwet 2000 en het Vreemdelingenbesluit 2000 (oude tekst) blijft van toepassing."),
                    format!("The application was lodged on {d}, before {cut}: Directive 2013/32/EU as applied by the Aliens Act 2000 and Aliens Decree 2000 (old text) continues to apply."),
                ),
                vec![APR_79_3, Basis::new("Vw-old", "42", uri::VW_OLD)],
            );
            ProcedureRegime::Legacy
        });
    }
    let later_fact = [
        ("/application/registeredAt", registered),
        ("/application/madeAt", made),
    ]
    .into_iter()
    .find_map(|(p, w)| w.filter(|w| w.date() >= cutover).map(|w| (p, w)));
    if let Some((path, w)) = later_fact {
        ctx.used(path);
        let d = show(&w);
        let (nl_what, en_what) = if path.ends_with("registeredAt") {
            ("geregistreerd", "registered")
        } else {
            ("gedaan", "made")
        };
        ctx.explain(
            "regime.madeOnOrAfterCutover",
            text!(
                ctx.locale,
                format!("De indieningsdatum is onbekend, maar het verzoek is op {d} {nl_what}, op of na {cut}; het kan dus niet vóór {cut} zijn ingediend: de APR is van toepassing."),
                format!("The lodging date is unknown, but the application was {en_what} on {d}, on or after {cut}, so it cannot have been lodged before {cut}: the APR applies."),
            ),
            vec![APR_79_3, Basis::new("APR", "28(1)", uri::APR)],
        );
        return Some(ProcedureRegime::Pact);
    }
    ctx.missing("/application/lodgedAt", "regime.procedure");
    ctx.explain(
        "regime.procedureUndetermined",
        text!(
                ctx.locale,
            format!("Het regime is niet te bepalen: het hangt af van de vraag of het verzoek vóór {cut} is ingediend, en de indieningsdatum is onbekend."),
            format!("The regime cannot be determined: it depends on whether the application was lodged before {cut}, and the lodging date is unknown."),
        ),
        vec![APR_79_3],
    );
    None
}

/// The workstream follows the procedure regime: legacy applications stay in the old workflow and
/// information system until decided (RULES.md §2, the implementation letter).
pub fn workstream(ctx: &mut Ctx) -> Option<ProcedureRegime> {
    let regime = ctx.regime.procedure?;
    let (nl, en) = match regime {
        ProcedureRegime::Pact => (
            "het pactproces (nieuw informatiesysteem)",
            "the pact workflow (new information system)",
        ),
        ProcedureRegime::Legacy => (
            "het bestaande proces (oud informatiesysteem)",
            "the legacy workflow (old information system)",
        ),
    };
    ctx.explain(
        "regime.workstream",
        text!(
            ctx.locale,
            format!("De zaak wordt behandeld in {nl}, volgens het procedureregime."),
            format!("The case is handled in {en}, following the procedure regime."),
        ),
        vec![APR_79_3],
    );
    Some(regime)
}

/// AMMR art. 84: "(1) Where an application has been registered after 1 July 2026, any events
/// that are likely to entail the responsibility of a Member State [...] shall be taken into
/// consideration, even if they precede that date. (2) [...] an application [...] registered
/// before 1 July 2026 shall be determined in accordance with the criteria set out in Regulation
/// (EU) No 604/2013." Art. 85: the Regulation applies from 1 July 2026. Interpretation: an
/// application registered **on** 1 July 2026 falls under the AMMR (art. 84 leaves the day open;
/// art. 85 makes the AMMR apply from it). Keyed on the Amsterdam date of registration.
/// Registration never precedes making and never follows lodging, so those dates can settle it
/// when the registration date is unknown.
pub fn responsibility_regime(ctx: &mut Ctx) -> Option<ResponsibilityRegime> {
    let cutover = ctx.params.file.cutovers.responsibility.date;
    let app = &ctx.case.application;
    let cut = crate::calendar::dmy(cutover);
    let (regime, path, how_nl, how_en) = if let Some(r) = app.registered_at {
        let d = crate::calendar::dmy(r.date());
        if r.date() >= cutover {
            (
                ResponsibilityRegime::Ammr,
                "/application/registeredAt",
                format!("geregistreerd op {d}, op of na {cut}"),
                format!("registered on {d}, on or after {cut}"),
            )
        } else {
            (
                ResponsibilityRegime::Dublin3,
                "/application/registeredAt",
                format!("geregistreerd op {d}, vóór {cut}"),
                format!("registered on {d}, before {cut}"),
            )
        }
    } else if let Some(m) = app.made_at.filter(|m| m.date() >= cutover) {
        let d = crate::calendar::dmy(m.date());
        (
            ResponsibilityRegime::Ammr,
            "/application/madeAt",
            format!("gedaan op {d} en dus op of na {cut} geregistreerd"),
            format!("made on {d} and so registered on or after {cut}"),
        )
    } else if let Some(l) = app.lodged_at.filter(|l| l.date() < cutover) {
        let d = crate::calendar::dmy(l.date());
        (
            ResponsibilityRegime::Dublin3,
            "/application/lodgedAt",
            format!("ingediend op {d} en dus vóór {cut} geregistreerd"),
            format!("lodged on {d} and so registered before {cut}"),
        )
    } else {
        ctx.missing("/application/registeredAt", "regime.responsibility");
        ctx.explain(
            "regime.responsibilityUndetermined",
            text!(
                ctx.locale,
                format!("Het verantwoordelijkheidsregime is niet te bepalen: het hangt af van de vraag of het verzoek vóór {cut} is geregistreerd."),
                format!("The responsibility regime cannot be determined: it depends on whether the application was registered before {cut}."),
            ),
            vec![AMMR_84],
        );
        return None;
    };
    ctx.used(path);
    match regime {
        ResponsibilityRegime::Ammr => {
            ctx.explain(
                "regime.registeredOnOrAfterAmmr",
                text!(
                ctx.locale,
                    format!("Het verzoek is {how_nl}: de verantwoordelijke lidstaat wordt bepaald volgens de Asiel- en migratiebeheerverordening (AMMR)."),
                    format!("The application was {how_en}: the Member State responsible is determined under the Asylum and Migration Management Regulation (AMMR)."),
                ),
                vec![AMMR_84, AMMR_85],
            );
            if app.registered_at.is_some_and(|r| r.date() == cutover) {
                ctx.note(
                    NoteKind::Interpretation,
                    text!(
                ctx.locale,
                        format!("Artikel 84 AMMR regelt verzoeken geregistreerd vóór en ná {cut}; de dag zelf is open. Omdat de AMMR vanaf {cut} van toepassing is (art. 85), valt een op {cut} geregistreerd verzoek onder de AMMR."),
                        format!("AMMR art. 84 covers applications registered before and after {cut}; the day itself is left open. As the AMMR applies from {cut} (art. 85), an application registered on {cut} falls under the AMMR."),
                    ),
                    vec![AMMR_84, AMMR_85],
                );
            }
        }
        ResponsibilityRegime::Dublin3 => {
            ctx.explain(
                "regime.registeredBeforeAmmr",
                text!(
                ctx.locale,
                    format!("Het verzoek is {how_nl}: de verantwoordelijke lidstaat wordt bepaald volgens de criteria en termijnen van Dublin III (Verordening 604/2013)."),
                    format!("The application was {how_en}: the Member State responsible is determined under the criteria and time limits of Dublin III (Regulation 604/2013)."),
                ),
                vec![AMMR_84, Basis::new("D3", "7", uri::D3)],
            );
        }
    }
    Some(regime)
}
