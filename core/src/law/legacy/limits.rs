//! The time limits of the legacy regime (RULES.md §6), each from the event the Vw-old or Vb-old
//! names, counted under Dutch law (Awb 6:8, Algemene termijnenwet; Atw art. 5 makes arts. 1–4
//! apply to periods set by an AMvB) or in Aanmeldcentrum days (Vb-old 3.110(3)).

use chrono::NaiveDate;

use super::{vb_old, vw_old, Route};
use crate::calendar::{self, Counting, Period};
use crate::contract::{
    AaExtensionGround, BorderLocation, ProcedureKind, ProcedureLocation, Situation,
};
use crate::engine::{AlternativeSpec, Ctx, ExtensionSpec, LimitSpec};
use crate::explain::{uri, Basis, NoteKind};
use crate::text;

/// Dutch counting for a period set by law or AMvB: Awb 6:8 and Atw 1–2 (Atw 4 applied by the
/// calendar where the period is too long).
const ATW: Counting = Counting::Atw { liberty: false };

/// The end of the algemene asielprocedure as far as the facts go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AaEnd {
    /// The last AC day for the decision with the extensions known from the case.
    pub due: NaiveDate,
    /// The last AC day if every extension still possible on the facts were applied; `None` when
    /// the facts rule out any further extension.
    pub max_due: Option<NaiveDate>,
}

/// Computes every legacy limit the facts allow; returns the end of the AA (used for the appeal).
pub fn assess(ctx: &mut Ctx, route: Route) -> Option<AaEnd> {
    registration(ctx);
    rest_period(ctx, route);
    let aa = general_procedure_decision(ctx, route);
    decision(ctx, route);
    border_entry(ctx, route);
    dublin_views(ctx, route);
    safe_country_views(ctx, route);
    safe_country_decision(ctx, route);
    intended_decision_views(ctx, route, aa);
    aa
}

/// `legacyRegistration`. Vb-old art. 3.107b(1): "Wanneer een vreemdeling een verzoek om
/// internationale bescherming ... doet bij Onze Minister of bij een ambtenaar belast met de
/// grensbewaking of met het toezicht op vreemdelingen, vindt de registratie plaats binnen drie
/// werkdagen nadat het verzoek is gedaan." (2): "Wanneer het verzoek wordt gedaan bij een andere
/// autoriteit, dient de registratie plaats te vinden binnen zes werkdagen nadat het verzoek is
/// gedaan." When it is unknown to which authority the request was made, the three-day limit is
/// given with the six-day limit flagged as its possible extension.
pub fn registration(ctx: &mut Ctx) {
    let Some(made) = ctx.case.application.made_at else {
        ctx.missing("/application/madeAt", "deadlines.legacyRegistration");
        return;
    };
    let other = ctx.case.application.made_to_other_authority;
    let (days, basis) = match other {
        Some(true) => (6, vb_old("3.107b(2)")),
        _ => (3, vb_old("3.107b(1)")),
    };
    if other.is_some() {
        ctx.used("/application/madeToOtherAuthority");
    } else {
        ctx.missing(
            "/application/madeToOtherAuthority",
            "deadlines.legacyRegistration",
        );
    }
    let ext = other.is_none().then(|| ExtensionSpec {
        period: Period::working_days(6),
        stated: "P6D".to_owned(),
        counting: ATW,
        basis: vec![vb_old("3.107b(2)")],
    });
    ctx.limit_with_extension(
        LimitSpec {
            id: "legacyRegistration",
            from_path: "/application/madeAt",
            from: made,
            period: Period::working_days(days),
            counting: ATW,
            basis: vec![basis],
            rule: "legacy.limit.registration",
            label: text!(
                ctx.locale,
                "Registratie van het verzoek",
                "Registration of the application",
            ),
        },
        ext,
    );
}

/// `legacyRestPeriod`. Vb-old art. 3.109(1): "Met ingang van de dag volgend op het einde van de
/// aanmeldfase, bedoeld in artikel 3.108d, wordt de vreemdeling een rust- en
/// voorbereidingstermijn gegeven van ten minste zes dagen. Het onderzoek, bedoeld in artikel
/// 3.110, vangt na de rust- en voorbereidingstermijn aan." (6): "In afwijking van het eerste lid
/// wordt geen rust- en voorbereidingstermijn gegeven indien: a. de vreemdeling een gevaar vormt
/// voor de openbare orde of nationale veiligheid; b. de vreemdeling overlast veroorzaakt in een
/// opvangvoorziening of in de omgeving daarvan; c. de vreemdeling rechtens zijn vrijheid is
/// ontnomen op grond van artikel 59b van de Wet dan wel op grond van een
/// niet-vreemdelingrechtelijke titel; d. het vermoeden bestaat dat de aanvraag mede kan worden
/// afgewezen omdat de vreemdeling niet naar waarheid gegevens heeft verstrekt over zijn
/// identiteit, nationaliteit, herkomst of etniciteit." Not in spoor 1 (3.109c(1)) or spoor 2
/// (3.109ca(1)).
///
/// **Interpretation** (RULES §1.2, [rev. 12-2026]): "ten minste zes dagen" is a minimum within
/// which nobody has to act. It runs from the day after the end of the aanmeldfase (Awb 6:8,
/// matching "met ingang van de dag volgend op"), and the Atw does not extend it: Atw 1(1)
/// extends a statutory period ending on a Saturday, Sunday or public holiday to the next day that
/// is none of these, which serves the one who must act within it; a minimum rest has no act to
/// protect. Its `due` is the 6th day; the AA may lawfully start on the 7th, whatever weekday that
/// is, and is then not early. Unknown exclusions do not hide it (RULES §0). In
/// the border procedure the measure of Vw-old 6(3) is no detention "op grond van artikel 59b",
/// so `application.detained` does not exclude the rest period there (3.109(6)(c)); Vb-old
/// 3.109b(2) lets the AA start earlier at the applicant's request.
pub fn rest_period(ctx: &mut Ctx, route: Route) {
    match route.kind {
        None => return,
        Some(ProcedureKind::LegacyDublin) => {
            ctx.explain(
                "legacy.restPeriod.none",
                text!(
                ctx.locale,
                    "Geen rust- en voorbereidingstermijn: in spoor 1 (Dublin) is art. 3.109 Vb-oud niet van toepassing (art. 3.109c(1) Vb-oud).",
                    "No rest period: in track 1 (Dublin) Vb-old 3.109 does not apply (Vb-old 3.109c(1)).",
                ),
                vec![vb_old("3.109c(1)")],
            );
            return;
        }
        Some(ProcedureKind::LegacySafeCountry) => {
            ctx.explain(
                "legacy.restPeriod.none",
                text!(
                ctx.locale,
                    "Geen rust- en voorbereidingstermijn: in spoor 2 is art. 3.109 Vb-oud niet van toepassing (art. 3.109ca(1) Vb-oud).",
                    "No rest period: in track 2 Vb-old 3.109 does not apply (Vb-old 3.109ca(1)).",
                ),
                vec![vb_old("3.109ca(1)")],
            );
            return;
        }
        Some(_) => {}
    }
    let border = route.kind == Some(ProcedureKind::LegacyBorder);
    let c = &ctx.case;
    let detained = if border {
        Some(false)
    } else {
        c.application.detained
    };
    let exclusions: [(
        Option<bool>,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    ); 4] = [
        (
            c.grounds.danger_to_security_or_public_order,
            "/grounds/dangerToSecurityOrPublicOrder",
            "3.109(6)(a)",
            "gevaar voor de openbare orde of nationale veiligheid",
            "danger to public order or national security",
        ),
        (
            c.legacy.nuisance,
            "/legacy/nuisance",
            "3.109(6)(b)",
            "overlast in of bij de opvang",
            "nuisance in or near the reception facility",
        ),
        (
            detained,
            "/application/detained",
            "3.109(6)(c)",
            "vrijheidsontneming (art. 59b Vw-oud of niet-vreemdelingrechtelijke titel)",
            "detention (Vw-old 59b or a title outside aliens law)",
        ),
        (
            c.legacy.suspected_false_identity,
            "/legacy/suspectedFalseIdentity",
            "3.109(6)(d)",
            "vermoeden van onware gegevens over identiteit, nationaliteit, herkomst of etniciteit",
            "suspected untrue data on identity, nationality, origin or ethnicity",
        ),
    ];
    let applying: Vec<_> = exclusions.iter().filter(|e| e.0 == Some(true)).collect();
    if !applying.is_empty() {
        let nl: Vec<&str> = applying.iter().map(|e| e.3).collect();
        let en: Vec<&str> = applying.iter().map(|e| e.4).collect();
        let basis: Vec<Basis> = applying.iter().map(|e| vb_old(e.2)).collect();
        for e in &applying {
            ctx.used(e.1);
        }
        ctx.explain(
            "legacy.restPeriod.excluded",
            text!(
                ctx.locale,
                format!(
                    "Geen rust- en voorbereidingstermijn: {} (art. 3.109(6) Vb-oud).",
                    nl.join("; ")
                ),
                format!("No rest period: {} (Vb-old 3.109(6)).", en.join("; ")),
            ),
            basis,
        );
        return;
    }
    let unknown: Vec<&'static str> = exclusions
        .iter()
        .filter(|e| e.0.is_none())
        .map(|e| e.1)
        .collect();
    // RULES §0: an unknown exclusion does not hide the rest period; the period is given for the
    // ordinary case (no exclusion established) and the facts that could remove it are missing.
    // Once the AA has started the rest period lies behind; its exclusions no longer matter.
    if ctx.case.legacy.general_procedure_started_at.is_none() {
        for path in &unknown {
            ctx.missing(path, "deadlines.legacyRestPeriod");
        }
    }
    for e in &exclusions {
        if e.0.is_some() && !(border && e.1 == "/application/detained") {
            ctx.used(e.1);
        }
    }
    let Some(end) = ctx.case.legacy.intake_interview_ended_at else {
        ctx.explain(
            "legacy.restPeriod.pending",
            text!(
                ctx.locale,
                "Er geldt een rust- en voorbereidingstermijn van ten minste zes dagen; die vangt aan op de dag na het einde van de aanmeldfase (nog niet bekend).",
                "A rest period of at least six days applies; it starts on the day after the end of the aanmeldfase (not yet known).",
            ),
            vec![vb_old("3.109(1)")],
        );
        return;
    };
    let computed = ctx.limit(LimitSpec {
        id: "legacyRestPeriod",
        from_path: "/legacy/intakeInterviewEndedAt",
        from: end,
        period: Period::days(6),
        // A minimum: counted from the day after (Awb 6:8), never extended by the Atw.
        counting: Counting::Minimum,
        basis: vec![vb_old("3.109(1)"), vb_old("3.108d(8)")],
        rule: "legacy.limit.restPeriod",
        label: text!(
                ctx.locale,
            "Rust- en voorbereidingstermijn (minimum; de AA begint op zijn vroegst de dag erna)",
            "Rest and preparation period (minimum; the AA starts on the following day at the earliest)",
        ),
    });
    ctx.note(
        NoteKind::Interpretation,
        text!(
                ctx.locale,
            "De rust- en voorbereidingstermijn is een minimum ('ten minste zes dagen', art. 3.109(1) Vb-oud), een termijn waarbinnen niemand iets hoeft te doen. De Algemene termijnenwet verlengt termijnen waarbinnen een handeling moet of mag worden verricht, niet zo'n minimum: de vervaldatum is de zesde dag, ook als dat een zaterdag, zondag of feestdag is, en het onderzoek (AA) mag op de dag erna beginnen, welke dag dat ook is.",
            "The rest and preparation period is a minimum ('at least six days', Vb-old 3.109(1)), a period within which nobody has to act. The Algemene termijnenwet lengthens periods within which an act must or may be done, not such a minimum: its due date is the sixth day, even a Saturday, Sunday or holiday, and the examination (AA) may start on the following day, whatever day that is.",
        ),
        vec![vb_old("3.109(1)"), Basis::new("Atw", "1", uri::ATW)],
    );
    if border {
        ctx.note(
            NoteKind::Info,
            text!(
                ctx.locale,
                "In de grensprocedure kan het onderzoek na een kortere rust- en voorbereidingstermijn aanvangen als de vreemdeling daar prijs op stelt (art. 3.109b(2) Vb-oud).",
                "In the border procedure the examination may start after a shorter rest period if the applicant wishes so (Vb-old 3.109b(2)).",
            ),
            vec![vb_old("3.109b(2)")],
        );
    }
    let started = ctx.case.legacy.general_procedure_started_at;
    if let (Some(c), Some(start)) = (computed, started) {
        if start.date() <= c.due {
            ctx.note(
                NoteKind::Info,
                text!(
                ctx.locale,
                    format!("De AA is gestart op {} , vóór het einde van de minimale rust- en voorbereidingstermijn ({}).", start.date(), c.due),
                    format!("The AA started on {}, before the end of the minimum rest period ({}).", start.date(), c.due),
                ),
                vec![vb_old("3.109(1)"), vb_old("3.110(5)")],
            );
        }
    }
}

/// The last AA day for the decision under Vb-old 3.114(6) and 3.115(8)–(10): "uiterlijk op de
/// zesde dag"; with an extension before the start (3.115(1)) "uiterlijk op de negende dag"; with
/// an extension after the start (3.115(2)) "uiterlijk op de achttiende dag" (grounds a–e),
/// "twintigste dag" (f), "zesentwintigste dag" (g); with both, "uiterlijk op de
/// eenentwintigste, drieëntwintigste of negenentwintigste dag". (3.115(3): +3 days, + at most
/// 12, 14 or 20 days; both: at most 21, 23 or 29 days.)
pub fn aa_days(before_start: bool, after_start: Option<AaExtensionGround>) -> u32 {
    match (before_start, after_start) {
        (false, None) => 6,
        (true, None) => 9,
        (false, Some(AaExtensionGround::AToE)) => 18,
        (false, Some(AaExtensionGround::F)) => 20,
        (false, Some(AaExtensionGround::G)) => 26,
        (true, Some(AaExtensionGround::AToE)) => 21,
        (true, Some(AaExtensionGround::F)) => 23,
        (true, Some(AaExtensionGround::G)) => 29,
    }
}

fn aa_basis(before_start: bool, after_start: Option<AaExtensionGround>) -> Vec<Basis> {
    let mut b = vec![vb_old("3.110(1)"), vb_old("3.114(6)")];
    match (before_start, after_start) {
        (false, None) => {}
        (true, None) => b.extend([vb_old("3.115(1)"), vb_old("3.115(8)")]),
        (false, Some(g)) => b.extend([vb_old(ground_article(g)), vb_old("3.115(9)")]),
        (true, Some(g)) => b.extend([
            vb_old("3.115(1)"),
            vb_old(ground_article(g)),
            vb_old("3.115(10)"),
        ]),
    }
    b
}

fn ground_article(g: AaExtensionGround) -> &'static str {
    match g {
        AaExtensionGround::AToE => "3.115(2)(a)-(e)",
        AaExtensionGround::F => "3.115(2)(f)",
        AaExtensionGround::G => "3.115(2)(g)",
    }
}

/// `legacyGeneralProcedureDecision`. Vb-old art. 3.110(1): "Voor het onderzoek naar de aanvraag
/// ... zijn in een Aanmeldcentrum zes dagen beschikbaar." (3): "Voor de termijnen, genoemd in het
/// eerste en tweede lid, met uitzondering van het Aanmeldcentrum Schiphol, tellen de dagen
/// gedurende het weekeinde en de dagen die bij of krachtens de Algemene termijnenwet zijn
/// aangemerkt als algemeen erkende feestdagen niet mee." Art. 3.114(6): "Onze Minister maakt de
/// beschikking uiterlijk op de zesde dag bekend"; extensions per [`aa_days`]. Day 1 is the start
/// of the AA (3.110(5): the Minister fixes and announces it).
///
/// Without a recorded extension the statutory term stands: an extension is a decision the
/// Minister notifies in writing with its reason and new end (3.115(4)). The longest extension
/// still possible on the facts is flagged. **Interpretation**: the border procedure is run by
/// Aanmeldcentrum Schiphol, also for a family held in Zeist, so its AA days are Schiphol days.
pub fn general_procedure_decision(ctx: &mut Ctx, route: Route) -> Option<AaEnd> {
    let border = route.kind == Some(ProcedureKind::LegacyBorder);
    let open = route.kind.is_none();
    if !(border || open || route.kind == Some(ProcedureKind::LegacyGeneral)) {
        return None;
    }
    let start = ctx.case.legacy.general_procedure_started_at?;
    let schiphol = if open {
        aa_at_schiphol_whatever_the_track(ctx)?
    } else {
        border || ctx.procedure.location == Some(ProcedureLocation::AcSchiphol)
    };
    if border && ctx.procedure.location == Some(ProcedureLocation::GgvZeist) {
        ctx.note(
            NoteKind::Interpretation,
            text!(
                ctx.locale,
                "De grensprocedure wordt gevoerd door Aanmeldcentrum Schiphol, ook voor een gezin in de gesloten gezinsvoorziening Zeist: voor de AA-termijn tellen alle dagen (art. 3.110(3) Vb-oud).",
                "The border procedure is run by Aanmeldcentrum Schiphol, also for a family held in the closed family facility in Zeist: every day counts for the AA (Vb-old 3.110(3)).",
            ),
            vec![vb_old("3.110(3)"), vb_old("3.109b(1)")],
        );
    }
    let pre = ctx.case.legacy.general_procedure_extended;
    let post = ctx.case.legacy.extension_ground;
    if pre.is_some() {
        ctx.used("/legacy/generalProcedureExtended");
    }
    if post.is_some() {
        ctx.used("/legacy/extensionGround");
    }
    let days = aa_days(pre == Some(true), post);
    let max_days = aa_days(pre.unwrap_or(true), post.or(Some(AaExtensionGround::G)));
    let counting = Counting::AcDays { schiphol };
    let ext = (max_days > days).then(|| ExtensionSpec {
        period: Period::ac_days(max_days),
        stated: format!("P{}D", max_days - days),
        counting,
        basis: aa_basis(pre.unwrap_or(true), post.or(Some(AaExtensionGround::G))),
    });
    let computed = ctx.limit_with_extension(
        LimitSpec {
            id: "legacyGeneralProcedureDecision",
            from_path: "/legacy/generalProcedureStartedAt",
            from: start,
            period: Period::ac_days(days),
            counting,
            basis: aa_basis(pre == Some(true), post),
            rule: "legacy.limit.generalProcedureDecision",
            label: text!(
                ctx.locale,
                format!("Beschikking in de algemene asielprocedure (uiterlijk AA-dag {days})"),
                format!(
                    "Decision in the general asylum procedure (by AA day {days} at the latest)"
                ),
            ),
        },
        ext,
    )?;
    let max_due = if max_days > days {
        calendar::compute(
            start,
            Period::ac_days(max_days),
            counting,
            &ctx.params.calendar,
        )
        .ok()
        .map(|c| c.due)
    } else {
        None
    };
    Some(AaEnd {
        due: computed.due,
        max_due,
    })
}

/// The AA has started but a fact that decides the track or the location is open (RULES §0: a
/// limit that runs while a procedure is under way is given as long as the open fact cannot change
/// it). It cannot where the application is handled at Aanmeldcentrum Schiphol (every day counts,
/// in the border procedure and outside it alike: Vb-old 3.110(3)), nor where it was not made at
/// the border (the ordinary AC days count). Made at a border crossing point with no AC given,
/// the Schiphol count (the earlier end) is given with a note. `None` when the situation is
/// unknown.
fn aa_at_schiphol_whatever_the_track(ctx: &mut Ctx) -> Option<bool> {
    let app = &ctx.case.application;
    let (location, situation) = (app.border_location, app.situation);
    let schiphol = if location == Some(BorderLocation::Schiphol) {
        ctx.used("/application/borderLocation");
        true
    } else {
        let situation = situation?;
        ctx.used("/application/situation");
        // Made at a border crossing point: in the border procedure the AA is held at AC
        // Schiphol (every day counts); the earlier end is given, with a note.
        if situation == Situation::BorderCrossingPoint {
            ctx.note(
                NoteKind::Assumption,
                text!(
                    ctx.locale,
                    "De aanvraag is aan de grens gedaan: de AA-termijn is geteld zoals in Aanmeldcentrum Schiphol (alle dagen tellen). Blijkt de vreemdeling niet in de grensprocedure en wordt de AA elders gehouden, dan tellen weekends en feestdagen niet mee en eindigt de termijn later (art. 3.110(3) Vb-oud).",
                    "The application was made at the border: the AA limit is counted as at Aanmeldcentrum Schiphol (every day counts). If the applicant proves not to be in the border procedure and the AA is held elsewhere, weekends and holidays do not count and the limit ends later (Vb-old 3.110(3)).",
                ),
                vec![vb_old("3.110(3)"), vb_old("3.109b(1)")],
            );
        }
        situation == Situation::BorderCrossingPoint
    };
    ctx.note(
        NoteKind::Interpretation,
        text!(
            ctx.locale,
            "De algemene asielprocedure is gestart; het spoor of de plaats is nog niet vast te stellen (zie missingFacts), maar dat verandert de AA-termijn niet: die is gegeven.",
            "The general asylum procedure has started; the track or the location cannot be determined yet (see missingFacts), but that does not change the AA limit: it is given.",
        ),
        vec![vb_old("3.110(1)"), vb_old("3.110(3)")],
    );
    Some(schiphol)
}

/// `legacyDecision`. Vw-old art. 42(1): "Op de aanvraag tot het verlenen van een
/// verblijfsvergunning voor bepaalde tijd als bedoeld in artikel 28 ... wordt binnen zes maanden
/// na ontvangst van de aanvraag een beschikking gegeven." (4): "De termijn, bedoeld in het eerste
/// lid, kan met ten hoogste negen maanden worden verlengd, indien: a. complexe feitelijke of
/// juridische kwesties aan de orde zijn; b. een groot aantal vreemdelingen tegelijk een aanvraag
/// indient ...; of c. de vertraging ... aan de vreemdeling is toe te schrijven." (5): "Bij wijze
/// van uitzondering kunnen, in naar behoren gerechtvaardigde gevallen, de in het eerste en vierde
/// lid genoemde termijnen met ten hoogste drie maanden worden verlengd ..." (6): where it is
/// examined whether art. 30 applies, "vangt de termijn, bedoeld in het eerste lid, aan op het
/// tijdstip waarop overeenkomstig de Dublinverordening wordt vastgesteld dat Nederland
/// verantwoordelijk is". Receipt of the application = lodging. Six months exceed three months, so
/// the Atw does not apply (Atw 4(1)(a)); the extensions (6 + 9 + 3 = 18 months) are flagged.
pub fn decision(ctx: &mut Ctx, route: Route) {
    if ctx.case.dublin.other_member_state_responsible == Some(true)
        || route.kind == Some(ProcedureKind::LegacyDublin)
    {
        ctx.explain(
            "legacy.decision.dublinNotStarted",
            text!(
                ctx.locale,
                "De beslistermijn van zes maanden loopt nog niet: in een Dublinzaak vangt zij pas aan wanneer is vastgesteld dat Nederland verantwoordelijk is (art. 42(6) Vw-oud).",
                "The six-month decision limit is not running: in a Dublin case it starts only when the Netherlands is found responsible (Vw-old 42(6)).",
            ),
            vec![vw_old("42(6)")],
        );
        return;
    }
    let (from, path, basis) = match ctx.case.legacy.responsibility_established_at {
        Some(r) => (
            r,
            "/legacy/responsibilityEstablishedAt",
            vec![vw_old("42(1)"), vw_old("42(6)")],
        ),
        None => {
            let Some(l) = ctx.case.application.lodged_at else {
                return;
            };
            if ctx.case.dublin.other_member_state_responsible.is_none() {
                ctx.missing(
                    "/dublin/otherMemberStateResponsible",
                    "deadlines.legacyDecision",
                );
            }
            (l, "/application/lodgedAt", vec![vw_old("42(1)")])
        }
    };
    ctx.limit_with_extension(
        LimitSpec {
            id: "legacyDecision",
            from_path: path,
            from,
            period: Period::months(6),
            counting: ATW,
            basis,
            rule: "legacy.limit.decision",
            label: text!(
                ctx.locale,
                "Beslistermijn asielaanvraag",
                "Time limit for the decision on the application",
            ),
        },
        Some(ExtensionSpec {
            period: Period::months(18),
            stated: "P12M".to_owned(),
            counting: ATW,
            basis: vec![vw_old("42(4)"), vw_old("42(5)"), vw_old("42(7)")],
        }),
    );
}

/// Whether an application whose entry was refused at the border (`borderNotifiedAt` known) is in
/// the border procedure: always ([rev. 12-2026], RULES §6: the limit belongs to the border
/// procedure, whatever the track — spoor 1, spoor 2 or the AA at AC Schiphol), except an
/// unaccompanied minor (Vb-old 3.109b(7): "Aanvragen van alleenstaande minderjarige
/// vreemdelingen worden niet behandeld in de grensprocedure") and a family with minor children
/// without counter-indications, who are admitted. Where one of those facts is open the limit is
/// given (its starting event is known, RULES §0) and the fact is missing.
fn in_border_procedure(ctx: &mut Ctx) -> bool {
    const AFFECTS: &str = "deadlines.legacyBorderEntry";
    let case = ctx.case;
    let a = &case.applicant;
    let family = a.family_with_minors;
    let adult = match (a.date_of_birth, case.application.lodged_at) {
        (Some(dob), Some(l)) => crate::contract::validate::age_on(dob, l.date()) >= 18,
        _ => false,
    };
    match a.unaccompanied_minor {
        Some(true) => {
            ctx.used("/applicant/unaccompaniedMinor");
            ctx.explain(
                "legacy.borderEntry.unaccompaniedMinor",
                text!(
                    ctx.locale,
                    "Geen termijn van art. 3(6) Vw-oud: een alleenstaande minderjarige wordt niet in de grensprocedure behandeld (art. 3.109b(7) Vb-oud).",
                    "No Vw-old 3(6) limit: an unaccompanied minor is not handled in the border procedure (Vb-old 3.109b(7)).",
                ),
                vec![vb_old("3.109b(7)"), vw_old("3(6)")],
            );
            return false;
        }
        None if family != Some(true) && !adult => {
            ctx.missing("/applicant/unaccompaniedMinor", AFFECTS)
        }
        _ => {}
    }
    if family == Some(true) {
        match case.legacy.family_counter_indications {
            Some(false) => {
                ctx.explain(
                    "legacy.borderEntry.familyAdmitted",
                    text!(
                        ctx.locale,
                        "Geen termijn van art. 3(6) Vw-oud: een gezin met minderjarige kinderen zonder contra-indicaties wordt niet in de grensprocedure gehouden en krijgt toegang.",
                        "No Vw-old 3(6) limit: a family with minor children without counter-indications is not held in the border procedure and is admitted.",
                    ),
                    vec![vb_old("3.109b(3)"), vb_old("5.1a(3)")],
                );
                return false;
            }
            None => ctx.missing("/legacy/familyCounterIndications", AFFECTS),
            Some(true) => {}
        }
    } else if family.is_none() && a.unaccompanied_minor != Some(false) && !adult {
        ctx.missing("/applicant/familyWithMinors", AFFECTS);
    }
    true
}

/// `legacyBorderEntry`. Vw-old art. 3(6): "Indien vier weken na de kennisgeving, bedoeld in het
/// vijfde lid, nog niet is beslist over het in behandeling nemen, de ontvankelijkheid of
/// kennelijke ongegrondheid van de aanvraag, verkrijgt de vreemdeling van rechtswege toegang tot
/// Nederland." (5): "De vreemdeling wordt onverwijld in kennis gesteld van het uitstel van het
/// besluit tot weigering van toegang tot Nederland." **Interpretation** (RULES.md §1.2): the
/// limit bounds the border detention and is a "termijn van vrijheidsbeneming" (Atw 4(1)(c)):
/// never extended.
pub fn border_entry(ctx: &mut Ctx, route: Route) {
    let Some(notified) = ctx.case.legacy.border_notified_at else {
        if route.border == Some(true) {
            ctx.missing("/legacy/borderNotifiedAt", "deadlines.legacyBorderEntry");
        }
        return;
    };
    if !in_border_procedure(ctx) {
        return;
    }
    ctx.limit(LimitSpec {
        id: "legacyBorderEntry",
        from_path: "/legacy/borderNotifiedAt",
        from: notified,
        period: Period::weeks(4),
        counting: Counting::Atw { liberty: true },
        basis: vec![vw_old("3(6)"), vw_old("3(5)")],
        rule: "legacy.limit.borderEntry",
        label: text!(
            ctx.locale,
            "Beslissing in de grensprocedure; daarna van rechtswege toegang",
            "Decision in the border procedure; entry by operation of law afterwards",
        ),
    });
    ctx.note(
        NoteKind::Interpretation,
        text!(
                ctx.locale,
            "De termijn van vier weken van art. 3(6) Vw-oud begrenst de grensdetentie en is een termijn van vrijheidsbeneming: de Algemene termijnenwet verlengt haar niet (art. 4 Atw).",
            "The four-week limit of Vw-old 3(6) bounds the border detention and is a period of deprivation of liberty: the Algemene termijnenwet does not extend it (Atw 4).",
        ),
        vec![vw_old("3(6)"), Basis::new("Atw", "4", uri::ATW)],
    );
}

/// `legacyDublinViews`. Vb-old art. 3.109c(8): views on the intended decision "uiterlijk binnen
/// twee weken. Indien de vreemdeling rechtens zijn vrijheid is ontnomen geldt hiervoor een
/// termijn van een week." (9): "De termijn ... vangt aan met ingang van de dag na die waarop het
/// voornemen is uitgereikt of toegezonden." In the border procedure the applicant is held under
/// Vw-old 6(3) (the measure 3.109b(3) lifts when the border procedure ends), so one week applies
/// there unless the case says the applicant is not detained.
pub fn dublin_views(ctx: &mut Ctx, route: Route) {
    if route.kind != Some(ProcedureKind::LegacyDublin) {
        return;
    }
    let Some(intended) = ctx.case.legacy.intended_decision_at else {
        return;
    };
    let detained = match ctx.case.application.detained {
        Some(d) => {
            ctx.used("/application/detained");
            Some(d)
        }
        None if route.border == Some(true) => Some(true),
        None => None,
    };
    // RULES §0: detention unknown → the two weeks for a person not detained, with the one-week
    // limit as the alternative.
    let open = detained.is_none();
    let detained = detained.unwrap_or(false);
    ctx.limit(LimitSpec {
        id: "legacyDublinViews",
        from_path: "/legacy/intendedDecisionAt",
        from: intended,
        period: Period::weeks(if detained { 1 } else { 2 }),
        counting: ATW,
        basis: vec![vb_old("3.109c(8)"), vb_old("3.109c(9)")],
        rule: "legacy.limit.dublinViews",
        label: text!(
            ctx.locale,
            if detained {
                "Zienswijze op het Dublinvoornemen (vreemdeling in bewaring: een week)"
            } else {
                "Zienswijze op het Dublinvoornemen"
            },
            if detained {
                "Views on the intended Dublin decision (applicant detained: one week)"
            } else {
                "Views on the intended Dublin decision"
            },
        ),
    });
    if open {
        ctx.alternative(
            "legacyDublinViews",
            "deadlines.legacyDublinViews",
            AlternativeSpec {
                from: intended,
                fact: "/application/detained",
                if_value: true,
                period: Period::weeks(1),
                counting: ATW,
                basis: vec![vb_old("3.109c(8)")],
            },
        );
        let due = ctx
            .deadline_by_id("legacyDublinViews")
            .and_then(|d| d.alternatives.last())
            .map(|a| a.due.clone())
            .unwrap_or_default();
        ctx.note(
            NoteKind::Assumption,
            text!(
                ctx.locale,
                format!("Of de vreemdeling rechtens zijn vrijheid is ontnomen, is onbekend: de zienswijzetermijn van twee weken is gegeven. Bij vrijheidsontneming geldt een week (art. 3.109c(8) Vb-oud), uiterlijk {due}."),
                format!("Whether the applicant is deprived of liberty is unknown: the two-week period for views is given. If deprived of liberty, one week applies (Vb-old 3.109c(8)), ending {due}."),
            ),
            vec![vb_old("3.109c(8)")],
        );
    }
}

/// `legacySafeCountryViews`. Vb-old art. 3.109ca(8): views on the intended decision "uiterlijk
/// binnen een dag na de dag waarop het voornemen is uitgereikt of toegezonden". A one-day period
/// ending on a Saturday, Sunday or holiday runs to the next working day (Atw 1, 5).
pub fn safe_country_views(ctx: &mut Ctx, route: Route) {
    if route.kind != Some(ProcedureKind::LegacySafeCountry) {
        return;
    }
    let Some(intended) = ctx.case.legacy.intended_decision_at else {
        return;
    };
    ctx.limit(LimitSpec {
        id: "legacySafeCountryViews",
        from_path: "/legacy/intendedDecisionAt",
        from: intended,
        period: Period::days(1),
        counting: ATW,
        basis: vec![vb_old("3.109ca(8)")],
        rule: "legacy.limit.safeCountryViews",
        label: text!(
            ctx.locale,
            "Zienswijze op het voornemen in spoor 2",
            "Views on the intended decision in track 2",
        ),
    });
}

/// `legacySafeCountryDecision`. Vb-old art. 3.109ca(11): "De beschikking wordt uiterlijk op de
/// achtste dag na het in het vierde lid bedoelde gehoor genomen en wordt bekendgemaakt door
/// uitreiking of toezending ervan." Counted from the day after the interview (Awb 6:8), under
/// the Atw as an AMvB period (Atw 5).
pub fn safe_country_decision(ctx: &mut Ctx, route: Route) {
    if route.kind != Some(ProcedureKind::LegacySafeCountry) {
        return;
    }
    let Some(interview) = ctx.case.legacy.interview_at else {
        return;
    };
    ctx.limit(LimitSpec {
        id: "legacySafeCountryDecision",
        from_path: "/legacy/interviewAt",
        from: interview,
        period: Period::days(8),
        counting: ATW,
        basis: vec![vb_old("3.109ca(11)")],
        rule: "legacy.limit.safeCountryDecision",
        label: text!(
            ctx.locale,
            "Beschikking in spoor 2 (achtste dag na het gehoor)",
            "Decision in track 2 (eighth day after the interview)",
        ),
    });
}

/// `legacyIntendedDecisionViews`. Vb-old art. 3.116(1)(a): the intended decision to reject "indien
/// de termijnen, bedoeld in de artikelen 3.113, eerste en derde lid, of 3.114, eerste en zesde
/// lid, dan wel de op grond van artikel 3.115, eerste of derde lid, verlengde termijn, zijn
/// overschreden" (the verlengde asielprocedure); (2)(a): views within "vier weken"; (3): "vangt
/// aan met ingang van de dag na die waarop het voornemen is uitgereikt of toegezonden". An
/// intended decision within the AA days follows 3.114(2) / 3.115(6) instead (views by AA day 4,
/// or on the first or second day after it), which has no deadline id here.
pub fn intended_decision_views(ctx: &mut Ctx, route: Route, aa: Option<AaEnd>) {
    if !matches!(
        route.kind,
        Some(ProcedureKind::LegacyGeneral | ProcedureKind::LegacyBorder)
    ) {
        return;
    }
    let Some(intended) = ctx.case.legacy.intended_decision_at else {
        return;
    };
    let Some(aa) = aa else {
        ctx.missing(
            "/legacy/generalProcedureStartedAt",
            "deadlines.legacyIntendedDecisionViews",
        );
        return;
    };
    let on = intended.date();
    if on <= aa.due {
        ctx.used("/legacy/intendedDecisionAt");
        ctx.explain(
            "legacy.intendedDecision.withinAa",
            text!(
                ctx.locale,
                format!("Het voornemen van {on} valt binnen de AA (uiterlijk {}): de zienswijze volgt art. 3.114(2) of 3.115(6) Vb-oud, niet de vier weken van de VA.", aa.due),
                format!("The intended decision of {on} falls within the AA (ends {}): views follow Vb-old 3.114(2) or 3.115(6), not the four weeks of the VA.", aa.due),
            ),
            vec![vb_old("3.114(2)"), vb_old("3.115(6)")],
        );
        return;
    }
    if aa.max_due.is_some_and(|m| on <= m) {
        ctx.missing(
            "/legacy/generalProcedureExtended",
            "deadlines.legacyIntendedDecisionViews",
        );
        ctx.missing(
            "/legacy/extensionGround",
            "deadlines.legacyIntendedDecisionViews",
        );
        return;
    }
    ctx.limit(LimitSpec {
        id: "legacyIntendedDecisionViews",
        from_path: "/legacy/intendedDecisionAt",
        from: intended,
        period: Period::weeks(4),
        counting: ATW,
        basis: vec![
            vb_old("3.116(1)(a)"),
            vb_old("3.116(2)(a)"),
            vb_old("3.116(3)"),
        ],
        rule: "legacy.limit.intendedDecisionViews",
        label: text!(
            ctx.locale,
            "Zienswijze op het voornemen in de verlengde asielprocedure",
            "Views on the intended decision in the extended asylum procedure",
        ),
    });
}

/// The start of a period as a `When` (used in tests).
#[cfg(test)]
fn date(s: &str) -> crate::calendar::When {
    crate::calendar::When::Date(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use serde_json::json;

    #[test]
    fn aa_table_matches_vb_3_115() {
        use AaExtensionGround::*;
        assert_eq!(aa_days(false, None), 6);
        assert_eq!(aa_days(true, None), 9);
        assert_eq!(
            [
                aa_days(false, Some(AToE)),
                aa_days(false, Some(F)),
                aa_days(false, Some(G))
            ],
            [18, 20, 26]
        );
        assert_eq!(
            [
                aa_days(true, Some(AToE)),
                aa_days(true, Some(F)),
                aa_days(true, Some(G))
            ],
            [21, 23, 29]
        );
    }

    #[test]
    fn ac_days_over_easter_at_ter_apel_and_schiphol() {
        let cal = &crate::Parameters::embedded().calendar;
        // Start Thu 2 Apr 2026: 2, 7, 8, 9, 10, 13 (GV 3 Apr, weekend, Easter Monday 6 Apr skipped).
        let t = calendar::compute(
            date("2026-04-02"),
            Period::ac_days(6),
            Counting::AcDays { schiphol: false },
            cal,
        )
        .unwrap();
        assert_eq!(t.due.to_string(), "2026-04-13");
        let s = calendar::compute(
            date("2026-04-02"),
            Period::ac_days(6),
            Counting::AcDays { schiphol: true },
            cal,
        )
        .unwrap();
        assert_eq!(s.due.to_string(), "2026-04-07");
    }

    #[test]
    fn registration_three_working_days_over_koningsdag() {
        // Made Fri 24 Apr 2026: Mon 27 Apr is Koningsdag → 28, 29, 30 Apr.
        let out = run(&case(
            json!({ "application": { "madeAt": "2026-04-24", "madeToOtherAuthority": false } }),
        ));
        assert_eq!(
            due(&out, "legacyRegistration").as_deref(),
            Some("2026-04-30")
        );
    }

    #[test]
    fn rest_period_excluded_by_nuisance() {
        let out = run(&case(
            json!({ "legacy": { "intakeInterviewEndedAt": "2026-05-05", "nuisance": true, "suspectedFalseIdentity": false }, "application": { "detained": false } }),
        ));
        assert!(deadline(&out, "legacyRestPeriod").is_none());
        assert!(explained(&out, "legacy.restPeriod.excluded"));
    }

    #[test]
    fn rest_period_six_days() {
        // Ends Tue 5 May (a holiday is irrelevant for the start): days 6..11 May, due Mon 11 May.
        let out = run(&case(
            json!({ "legacy": { "intakeInterviewEndedAt": "2026-05-05", "nuisance": false, "suspectedFalseIdentity": false }, "application": { "detained": false } }),
        ));
        assert_eq!(due(&out, "legacyRestPeriod").as_deref(), Some("2026-05-11"));
    }

    #[test]
    fn decision_six_months_not_extended_by_atw() {
        // Lodged 2026-05-04 → 2026-11-04 (a Wednesday); with 42(4)+(5) → 2027-11-04.
        let out = run(&case(json!({})));
        let d = deadline(&out, "legacyDecision").unwrap();
        assert_eq!(d["due"], "2026-11-04");
        assert_eq!(d["extension"]["due"], "2027-11-04");
    }

    #[test]
    fn border_entry_not_extended() {
        // Notified Sat 4 Apr 2026 + 4 weeks = Sat 2 May 2026, stands (Atw 4(1)(c)).
        let out = run(&case(json!({
            "application": { "situation": "borderCrossingPoint", "borderLocation": "schiphol" },
            "applicant": { "familyWithMinors": false },
            "grounds": { "misledAuthorities": true },
            "legacy": { "borderNotifiedAt": "2026-04-04" }
        })));
        let d = deadline(&out, "legacyBorderEntry").unwrap();
        assert_eq!(d["due"], "2026-05-02");
        assert_eq!(d["extended"], false);
    }

    #[test]
    fn dublin_views_two_weeks_or_one_detained() {
        let base = json!({
            "application": { "madeAt": "2026-04-01", "registeredAt": "2026-04-02", "lodgedAt": "2026-04-02", "detained": false },
            "dublin": { "otherMemberStateResponsible": true },
            "legacy": { "intendedDecisionAt": "2026-04-13" }
        });
        let out = run(&case(base.clone()));
        assert_eq!(
            due(&out, "legacyDublinViews").as_deref(),
            Some("2026-04-28")
        );
        let mut detained = base;
        detained["application"]["detained"] = json!(true);
        let out = run(&case(detained));
        assert_eq!(
            due(&out, "legacyDublinViews").as_deref(),
            Some("2026-04-20")
        );
    }

    #[test]
    fn safe_country_views_and_decision() {
        let out = run(&case(json!({
            "applicant": { "nationality": "MAR" },
            "legacy": { "intendedDecisionAt": "2026-05-13", "interviewAt": "2026-05-07" }
        })));
        assert_eq!(
            due(&out, "legacySafeCountryViews").as_deref(),
            Some("2026-05-18")
        );
        assert_eq!(
            due(&out, "legacySafeCountryDecision").as_deref(),
            Some("2026-05-18")
        );
    }

    #[test]
    fn va_views_four_weeks_only_after_the_aa() {
        let mk = |intended: &str| {
            run(&case(json!({
                "legacy": {
                    "generalProcedureStartedAt": "2026-05-11", "generalProcedureExtended": false,
                    "extensionGround": "aToE", "intendedDecisionAt": intended
                }
            })))
        };
        // AA day 18 from 11-05-2026 = 08-06-2026 (Ascension, 15 May and Whit Monday skipped).
        assert!(deadline(&mk("2026-06-08"), "legacyIntendedDecisionViews").is_none());
        assert_eq!(
            due(&mk("2026-06-09"), "legacyIntendedDecisionViews").as_deref(),
            Some("2026-07-07")
        );
    }
}
