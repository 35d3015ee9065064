//! Procedure choice in the legacy regime (RULES.md §6): spoor 1 Dublin (Vw-old 30; Vb-old
//! 3.109c), spoor 2 safe country of origin / protection elsewhere / EU national (Vw-old 30a,
//! 30b(1)(b); Vb-old 3.109ca), the old border procedure (Vw-old 3(3); Vb-old 3.109b) and
//! spoor 4, the algemene asielprocedure continuing as verlengde asielprocedure (Vb-old 3.109,
//! 3.110–3.116). Sporen 3 and 5 are not in use.
//!
//! **Interpretation: spoor 1 and 2 at the border.** Vw-old 3(3) tests an application made at the
//! border "in de grensprocedure" against art. 30, 30a and 30b, and Vb-old 3.109b(1) keeps it
//! there "zolang redelijkerwijs kan worden aangenomen dat hierop kan worden besloten met
//! toepassing van artikel 30, 30a of 30b". A Dublin case and a spoor-2 case are exactly such
//! cases, so when made at the border they are handled *within* the border procedure. The track
//! still decides the steps and limits (Vb-old 3.109c and 3.109ca displace the aanmeldfase, the
//! rest period and the AA; Vb-old 3.117(9)–(10) apply them to detained applicants), so the
//! procedure kind stays `legacyDublin` / `legacySafeCountry`; the location becomes the border
//! location (AC Schiphol, or GGV Zeist for a family) and the Vw-old 3(6) four-week limit applies.
//! Unaccompanied minors are never in the border procedure (Vb-old 3.109b(7)) and families only
//! with counter-indications — for every track alike.

use super::{vb_old, vw_old, Route};
use crate::contract::{BorderLocation, ProcedureKind, ProcedureLocation, Situation};
use crate::engine::Ctx;
use crate::explain::{uri, Basis, NoteKind};
use crate::params::SafeCountryList;
use crate::text;

/// ISO 3166-1 alpha-3 codes of the Member States of the European Union (Protocol No 24 on asylum
/// for nationals of Member States).
const EU_MEMBER_STATES: &[&str] = &[
    "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
    "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
    "SWE",
];

/// Where a border application is handled, or why it is not in the border procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Placement {
    /// In the border procedure, at this location.
    Border(ProcedureLocation),
    /// Not in the border procedure (unaccompanied minor, or family without counter-indications).
    NotBorder,
    /// Undetermined (missing facts recorded).
    Unknown,
}

/// Chooses the track in the decision order spoor 1 → spoor 2 → border procedure → spoor 4, and
/// records it in `ctx.procedure`. An unknown deciding fact leaves the kind null.
pub fn choose(ctx: &mut Ctx) -> Route {
    let route = decide(ctx);
    ctx.procedure.kind = route.kind;
    if route.kind.is_some() {
        // Each track is prescribed by the Vb-old ("vindt ... plaats", "zijn niet van toepassing").
        ctx.procedure.mandatory = Some(true);
    }
    route
}

fn decide(ctx: &mut Ctx) -> Route {
    match dublin(ctx) {
        Some(true) => return track_with_border(ctx, ProcedureKind::LegacyDublin),
        None => return undetermined(ctx),
        Some(false) => {}
    }
    match spoor2(ctx) {
        Some(true) => return track_with_border(ctx, ProcedureKind::LegacySafeCountry),
        None => return undetermined(ctx),
        Some(false) => {}
    }
    match made_at_border(ctx) {
        None => undetermined(ctx),
        Some(false) => general(ctx),
        Some(true) => match border_ground(ctx) {
            None => undetermined(ctx),
            Some(false) => {
                not_likely_at_border(ctx);
                general(ctx)
            }
            Some(true) => match placement(ctx) {
                Placement::Border(loc) => border(ctx, loc),
                Placement::NotBorder => general(ctx),
                Placement::Unknown => undetermined(ctx),
            },
        },
    }
}

/// Spoor 1. Vw-old art. 30(1): "Een aanvraag tot het verlenen van een verblijfsvergunning voor
/// bepaalde tijd als bedoeld in artikel 28 wordt niet in behandeling genomen, indien op grond van
/// de Dublinverordening is vastgesteld dat een andere lidstaat verantwoordelijk is voor de
/// behandeling van de aanvraag." Vb-old art. 3.109c(1): where the application will probably not
/// be taken into consideration under art. 30, arts. 3.108d, 3.109 and 3.110–3.118 do not apply.
fn dublin(ctx: &mut Ctx) -> Option<bool> {
    let v = ctx.case.dublin.other_member_state_responsible;
    match v {
        Some(b) => {
            ctx.used("/dublin/otherMemberStateResponsible");
            if b {
                ctx.procedure.grounds.extend(["vwOld30", "vbOld3_109c"]);
                ctx.explain(
                    "legacy.track.dublin",
                    text!(
                ctx.locale,
                        "Spoor 1 (Dublin): een andere lidstaat is verantwoordelijk; de aanvraag wordt vermoedelijk niet in behandeling genomen (art. 30 Vw-oud). Aanmeldfase, rust- en voorbereidingstermijn en AA gelden niet (art. 3.109c(1) Vb-oud).",
                        "Track 1 (Dublin): another Member State is responsible; the application will probably not be taken into consideration (Vw-old 30). The aanmeldfase, rest period and AA do not apply (Vb-old 3.109c(1)).",
                    ),
                    vec![vw_old("30(1)"), vb_old("3.109c(1)")],
                );
            }
        }
        None => ctx.missing("/dublin/otherMemberStateResponsible", "procedure.kind"),
    }
    v
}

/// Spoor 2. Vb-old art. 3.109ca(1): arts. 3.108d, 3.109 and 3.110–3.116 do not apply where the
/// application "(a) vermoedelijk niet-ontvankelijk zal worden verklaard met toepassing van
/// artikel 30a, eerste lid, onder a of e, van de Wet; (b) ... onder b, ... voor zover bedoelde
/// bescherming is verleend door een staat die partij is bij de Overeenkomst betreffende de
/// Europese Economische Ruimte, niet zijnde een lidstaat van de Europese Unie, of door
/// Zwitserland; (c) vermoedelijk kennelijk ongegrond zal worden verklaard met toepassing van
/// artikel 30b, eerste lid, onder b, van de Wet; of (d) vermoedelijk niet-ontvankelijk zal worden
/// verklaard gelet op het bepaalde in het Protocol (nr. 24) inzake asiel voor onderdanen van
/// lidstaten van de Europese Unie". Vw-old 30a(1)(a): "de vreemdeling in een andere lidstaat van
/// de Europese Unie internationale bescherming geniet"; 30b(1)(b): "de vreemdeling afkomstig is
/// uit een veilig land van herkomst in de zin van de artikelen 36 en 37 van de
/// Procedurerichtlijn".
fn spoor2(ctx: &mut Ctx) -> Option<bool> {
    let (safe, m1) = safe_country(ctx);
    let (elsewhere, m2) = protection_elsewhere(ctx);
    let (eu, m3) = eu_national(ctx);
    let parts = [
        (safe, "vwOld30b_1_b"),
        (elsewhere, "vwOld30a"),
        (eu, "vbOld3_109ca_1_d"),
    ];
    let found: Vec<&'static str> = parts
        .iter()
        .filter(|(v, _)| *v == Some(true))
        .map(|(_, id)| *id)
        .collect();
    if !found.is_empty() {
        ctx.procedure.grounds.extend(found.iter().copied());
        ctx.procedure.grounds.push("vbOld3_109ca");
        ctx.explain(
            "legacy.track.safeCountry",
            text!(
                ctx.locale,
                format!(
                    "Spoor 2: de aanvraag wordt vermoedelijk niet-ontvankelijk of kennelijk ongegrond verklaard ({}); de procedure van art. 3.109ca Vb-oud geldt, zonder aanmeldfase, rust- en voorbereidingstermijn en AA.",
                    found.join(", ")
                ),
                format!(
                    "Track 2: the application will probably be declared inadmissible or manifestly unfounded ({}); the procedure of Vb-old 3.109ca applies, without the aanmeldfase, rest period and AA.",
                    found.join(", ")
                ),
            ),
            vec![
                vb_old("3.109ca(1)"),
                vw_old("30a(1)(a)"),
                vw_old("30a(1)(b)"),
                vw_old("30b(1)(b)"),
            ],
        );
        return Some(true);
    }
    let unknown: Vec<&'static str> = [m1, m2, m3].into_iter().flatten().collect();
    if unknown.is_empty() {
        return Some(false);
    }
    for path in unknown {
        ctx.missing(path, "procedure.kind");
    }
    None
}

/// Safe country of origin (Vw-old 30b(1)(b)): the case's `grounds.safeCountryOfOrigin` wins;
/// when absent, derived from the **national** list only (Voorschrift Vreemdelingen 2000 art.
/// 3.37f with Bijlage 13), valid on the lodging date and not suspended. The EU list of APR Annex
/// II and the candidate countries of APR 62(1b) apply only with the APR, from 12-06-2026, and so
/// never to a legacy application.
fn safe_country(ctx: &mut Ctx) -> (Option<bool>, Option<&'static str>) {
    if let Some(v) = ctx.case.grounds.safe_country_of_origin {
        ctx.used("/grounds/safeCountryOfOrigin");
        return (Some(v), None);
    }
    let Some(nat) = ctx.case.applicant.nationality.clone() else {
        return (None, Some("/applicant/nationality"));
    };
    let Some(on) = ctx.case.application.lodged_at.map(|l| l.date()) else {
        return (None, Some("/application/lodgedAt"));
    };
    ctx.used("/applicant/nationality");
    let designation = ctx
        .params
        .safe_country_designations(&nat, on)
        .find(|s| s.list == SafeCountryList::National)
        .cloned();
    let safe = designation.as_ref().is_some_and(|s| !s.suspended);
    let (nl, en) = match &designation {
        Some(s) if s.suspended => (
            format!("{nat} staat op de nationale lijst van veilige landen van herkomst, maar de aanwijzing is opgeschort ({}).", s.source.title),
            format!("{nat} is on the national list of safe countries of origin, but the designation is suspended ({}).", s.source.title),
        ),
        Some(s) => (
            format!("{nat} is op {on} een veilig land van herkomst volgens de nationale lijst ({}).", s.source.title),
            format!("{nat} is a safe country of origin on {on} under the national list ({}).", s.source.title),
        ),
        None => (
            format!("{nat} staat op {on} niet op de nationale lijst van veilige landen van herkomst; de EU-lijst van de Procedureverordening geldt niet voor verzoeken ingediend vóór 12-06-2026."),
            format!("{nat} is not on the national list of safe countries of origin on {on}; the EU list of the APR does not apply to applications lodged before 12-06-2026."),
        ),
    };
    ctx.explain(
        "legacy.safeCountry.derived",
        text!(ctx.locale, nl, en),
        vec![vw_old("30b(1)(b)"), Basis::new("APR", "79(3)", uri::APR)],
    );
    (Some(safe), None)
}

/// Protection already granted in another EU Member State (Vw-old 30a(1)(a)) or in an EEA state
/// or Switzerland (30a(1)(b) as limited by Vb-old 3.109ca(1)(b)). **Interpretation**: when the
/// fact is absent but the case says no inadmissibility ground applies (`grounds.inadmissible`
/// false), protection elsewhere — itself an inadmissibility ground of art. 30a — is ruled out.
fn protection_elsewhere(ctx: &mut Ctx) -> (Option<bool>, Option<&'static str>) {
    if let Some(v) = ctx.case.legacy.protection_elsewhere {
        ctx.used("/legacy/protectionElsewhere");
        return (Some(v), None);
    }
    if ctx.case.grounds.inadmissible == Some(false) {
        ctx.used("/grounds/inadmissible");
        ctx.note(
            NoteKind::Interpretation,
            text!(
                ctx.locale,
                "Bescherming in een andere lidstaat, een EER-staat of Zwitserland is een grond van niet-ontvankelijkheid (art. 30a(1)(a)-(b) Vw-oud). Omdat geen grond van niet-ontvankelijkheid van toepassing is, is spoor 2 op die grond uitgesloten.",
                "Protection in another Member State, an EEA state or Switzerland is an inadmissibility ground (Vw-old 30a(1)(a)-(b)). As no inadmissibility ground applies, track 2 on that ground is ruled out.",
            ),
            vec![vw_old("30a(1)"), vb_old("3.109ca(1)(a)-(b)")],
        );
        return (Some(false), None);
    }
    (None, Some("/legacy/protectionElsewhere"))
}

/// EU national (Vb-old 3.109ca(1)(d), Protocol No 24): the case's `legacy.euNational` wins;
/// when absent, derived from the nationality (an EU Member State's alpha-3 code).
fn eu_national(ctx: &mut Ctx) -> (Option<bool>, Option<&'static str>) {
    if let Some(v) = ctx.case.legacy.eu_national {
        ctx.used("/legacy/euNational");
        return (Some(v), None);
    }
    match ctx.case.applicant.nationality.as_deref() {
        Some(n) => {
            let eu = EU_MEMBER_STATES.contains(&n);
            ctx.used("/applicant/nationality");
            (Some(eu), None)
        }
        None => (None, Some("/applicant/nationality")),
    }
}

/// Made at the border (Vw-old 3(3): "Indien een vreemdeling aan de grens te kennen geeft een
/// aanvraag ... te willen indienen"): at a border crossing point, or in another border situation
/// handled by Aanmeldcentrum Schiphol. Vb-old 3.109b(1) adds that the applicant does not meet the
/// conditions for entry; the engine assumes this of every border applicant (one who does would
/// not apply at the border).
fn made_at_border(ctx: &mut Ctx) -> Option<bool> {
    let Some(situation) = ctx.case.application.situation else {
        ctx.missing("/application/situation", "procedure.kind");
        return None;
    };
    ctx.used("/application/situation");
    let schiphol = ctx.case.application.border_location == Some(BorderLocation::Schiphol);
    Some(situation == Situation::BorderCrossingPoint || (situation.is_border() && schiphol))
}

/// Vb-old art. 3.109b(1): the border procedure applies "zolang redelijkerwijs kan worden
/// aangenomen dat hierop kan worden besloten met toepassing van artikel 30, 30a of 30b van de
/// Wet". Spoor 1 and 2 being decided before, the remaining grounds are art. 30a (any other
/// inadmissibility ground, e.g. a safe third country or a subsequent application without new
/// elements) and art. 30b(1): (a) only irrelevant issues, (c)–(d) misled the authorities or
/// destroyed documents, (e) manifestly inconsistent or false statements, (f) applied merely to
/// frustrate removal, (g) subsequent application not inadmissible, (h) unlawful entry without
/// prompt application, (j) "op ernstige gronden een gevaar ... voor de openbare orde of nationale
/// veiligheid". (Grounds (i) refusal of fingerprints and (k) forced removal have no input fact;
/// the APR grounds 42(1)(i) and (j) have no Vw-old counterpart.)
fn border_ground(ctx: &mut Ctx) -> Option<bool> {
    let g = &ctx.case.grounds;
    let list: [(Option<bool>, &'static str, &'static str); 8] = [
        (g.inadmissible, "vwOld30a", "/grounds/inadmissible"),
        (
            g.irrelevant_issues_only,
            "vwOld30b_1_a",
            "/grounds/irrelevantIssuesOnly",
        ),
        (
            g.misled_authorities,
            "vwOld30b_1_c",
            "/grounds/misledAuthorities",
        ),
        (
            g.inconsistent_statements,
            "vwOld30b_1_e",
            "/grounds/inconsistentStatements",
        ),
        (
            g.delay_removal_only,
            "vwOld30b_1_f",
            "/grounds/delayRemovalOnly",
        ),
        (
            g.subsequent_not_inadmissible,
            "vwOld30b_1_g",
            "/grounds/subsequentNotInadmissible",
        ),
        (
            g.irregular_entry_no_prompt_application,
            "vwOld30b_1_h",
            "/grounds/irregularEntryNoPromptApplication",
        ),
        (
            g.danger_to_security_or_public_order,
            "vwOld30b_1_j",
            "/grounds/dangerToSecurityOrPublicOrder",
        ),
    ];
    let found: Vec<&'static str> = list
        .iter()
        .filter(|(v, _, _)| *v == Some(true))
        .map(|x| x.1)
        .collect();
    for (v, _, path) in &list {
        if v.is_some() {
            ctx.used(path);
        }
    }
    if !found.is_empty() {
        ctx.procedure.grounds.extend(found.iter().copied());
        return Some(true);
    }
    let unknown: Vec<&'static str> = list
        .iter()
        .filter(|(v, _, _)| v.is_none())
        .map(|x| x.2)
        .collect();
    if unknown.is_empty() {
        return Some(false);
    }
    for path in unknown {
        ctx.missing(path, "procedure.kind");
    }
    None
}

/// Vb-old 3.109b(3): "Indien naar het oordeel van Onze Minister geen sprake is van een aanvraag
/// waarop vermoedelijk zal worden besloten tot toepassing van artikel 30, 30a of 30b van de Wet,
/// wordt de behandeling van de aanvraag voortgezet onder opheffing van de maatregel, bedoeld in
/// artikel 6, derde lid, van de Wet."
fn not_likely_at_border(ctx: &mut Ctx) {
    ctx.explain(
        "legacy.border.notLikely",
        text!(
                ctx.locale,
            "Het verzoek is aan de grens gedaan, maar geen grond van art. 30, 30a of 30b Vw-oud is aannemelijk: geen grensprocedure; de behandeling wordt voortgezet onder opheffing van de maatregel van art. 6(3) Vw-oud.",
            "The application was made at the border, but no ground of Vw-old 30, 30a or 30b is likely: no border procedure; the examination continues with the Vw-old 6(3) measure lifted.",
        ),
        vec![vb_old("3.109b(1)"), vb_old("3.109b(3)"), vw_old("3(3)")],
    );
}

/// Who may be in the border procedure. Vb-old 3.109b(7): "Aanvragen van alleenstaande
/// minderjarige vreemdelingen worden niet behandeld in de grensprocedure." Families with minor
/// children only where there are counter-indications (contra-indicaties; Vb-old 5.1a(3), IND WI
/// 2020/9), and then in the gesloten gezinsvoorziening Zeist; everyone else at Aanmeldcentrum
/// Schiphol.
fn placement(ctx: &mut Ctx) -> Placement {
    let family = ctx.case.applicant.family_with_minors;
    match unaccompanied_minor(ctx, family == Some(true)) {
        Some(true) => {
            ctx.explain(
                "legacy.border.unaccompaniedMinor",
                text!(
                ctx.locale,
                    "Alleenstaande minderjarige: de aanvraag wordt niet in de grensprocedure behandeld (art. 3.109b(7) Vb-oud).",
                    "Unaccompanied minor: the application is not handled in the border procedure (Vb-old 3.109b(7)).",
                ),
                vec![vb_old("3.109b(7)")],
            );
            return Placement::NotBorder;
        }
        None => return Placement::Unknown,
        Some(false) => {}
    }
    match family {
        None => {
            ctx.missing("/applicant/familyWithMinors", "procedure.location");
            Placement::Unknown
        }
        Some(false) => {
            ctx.used("/applicant/familyWithMinors");
            Placement::Border(ProcedureLocation::AcSchiphol)
        }
        Some(true) => {
            ctx.used("/applicant/familyWithMinors");
            match ctx.case.legacy.family_counter_indications {
                None => {
                    ctx.missing("/legacy/familyCounterIndications", "procedure.location");
                    Placement::Unknown
                }
                Some(true) => {
                    ctx.used("/legacy/familyCounterIndications");
                    ctx.explain(
                        "legacy.border.familyZeist",
                        text!(
                ctx.locale,
                            "Gezin met minderjarige kinderen met contra-indicaties: grensprocedure in de gesloten gezinsvoorziening Zeist.",
                            "Family with minor children with counter-indications: border procedure in the closed family facility in Zeist.",
                        ),
                        vec![vb_old("3.109b(1)"), vb_old("5.1a(3)"), vw_old("6(3)")],
                    );
                    Placement::Border(ProcedureLocation::GgvZeist)
                }
                Some(false) => {
                    ctx.used("/legacy/familyCounterIndications");
                    ctx.explain(
                        "legacy.border.familyNotDetained",
                        text!(
                ctx.locale,
                            "Gezin met minderjarige kinderen zonder contra-indicaties: geen grensprocedure; het gezin krijgt toegang en de aanvraag wordt voortgezet.",
                            "Family with minor children without counter-indications: no border procedure; the family is admitted and the examination continues.",
                        ),
                        vec![vb_old("3.109b(3)"), vb_old("5.1a(3)")],
                    );
                    Placement::NotBorder
                }
            }
        }
    }
}

/// Whether the applicant is an unaccompanied minor: the case's fact wins; an applicant who is 18
/// or older on the lodging date, or who applies together with his or her family, is not one.
fn unaccompanied_minor(ctx: &mut Ctx, with_family: bool) -> Option<bool> {
    if let Some(v) = ctx.case.applicant.unaccompanied_minor {
        ctx.used("/applicant/unaccompaniedMinor");
        return Some(v);
    }
    if with_family {
        return Some(false);
    }
    let lodged = ctx.case.application.lodged_at.map(|l| l.date());
    if let (Some(dob), Some(on)) = (ctx.case.applicant.date_of_birth, lodged) {
        if crate::contract::validate::age_on(dob, on) >= 18 {
            ctx.used("/applicant/dateOfBirth");
            return Some(false);
        }
    }
    ctx.missing("/applicant/unaccompaniedMinor", "procedure.kind");
    None
}

/// Spoor 1 or 2: the kind is the track; where the application was made at the border it is
/// handled within the border procedure (module-level interpretation).
fn track_with_border(ctx: &mut Ctx, kind: ProcedureKind) -> Route {
    let border = match made_at_border(ctx) {
        None => {
            ctx.procedure.location = None;
            None
        }
        Some(false) => {
            ctx.procedure.location = ordinary_location(ctx);
            Some(false)
        }
        Some(true) => match placement(ctx) {
            Placement::Border(loc) => {
                ctx.procedure.location = Some(loc);
                ctx.procedure.grounds.push("vbOld3_109b");
                ctx.note(
                    NoteKind::Interpretation,
                    text!(
                ctx.locale,
                        "Een aan de grens gedane aanvraag wordt in de grensprocedure getoetst aan art. 30, 30a en 30b Vw-oud (art. 3(3) Vw-oud). Een Dublin- of spoor-2-zaak aan de grens wordt daarom binnen de grensprocedure behandeld: het spoor bepaalt de stappen en termijnen (art. 3.109c/3.109ca Vb-oud), de grenslocatie en de termijn van vier weken van art. 3(6) Vw-oud gelden ook.",
                        "An application made at the border is tested in the border procedure against Vw-old 30, 30a and 30b (Vw-old 3(3)). A Dublin or track-2 case at the border is therefore handled within the border procedure: the track decides the steps and limits (Vb-old 3.109c/3.109ca); the border location and the four-week limit of Vw-old 3(6) apply as well.",
                    ),
                    vec![vw_old("3(3)"), vw_old("3(6)"), vb_old("3.109b(1)")],
                );
                ctx.explain(
                    "legacy.border.trackAtBorder",
                    text!(
                ctx.locale,
                        "Het verzoek is aan de grens gedaan: het spoor wordt binnen de grensprocedure gevolgd.",
                        "The application was made at the border: the track is followed within the border procedure.",
                    ),
                    vec![vw_old("3(3)"), vb_old("3.109b(1)")],
                );
                Some(true)
            }
            Placement::NotBorder => {
                ctx.procedure.location = ordinary_location(ctx);
                Some(false)
            }
            Placement::Unknown => {
                ctx.procedure.location = None;
                None
            }
        },
    };
    Route {
        kind: Some(kind),
        border,
    }
}

/// The old border procedure (Vw-old 3(3); Vb-old 3.109b).
fn border(ctx: &mut Ctx, loc: ProcedureLocation) -> Route {
    ctx.procedure.grounds.push("vbOld3_109b");
    ctx.procedure.location = Some(loc);
    let (nl, en) = match loc {
        ProcedureLocation::GgvZeist => (
            "de gesloten gezinsvoorziening Zeist",
            "the closed family facility in Zeist",
        ),
        _ => ("Aanmeldcentrum Schiphol", "Aanmeldcentrum Schiphol"),
    };
    ctx.explain(
        "legacy.track.border",
        text!(
                ctx.locale,
            format!("Grensprocedure: het verzoek is aan de grens gedaan en zal vermoedelijk worden afgedaan op grond van art. 30a of 30b Vw-oud ({}); behandeling in {nl}.", ctx.procedure.grounds.join(", ")),
            format!("Border procedure: the application was made at the border and will probably be decided under Vw-old 30a or 30b ({}); handled at {en}.", ctx.procedure.grounds.join(", ")),
        ),
        vec![vw_old("3(3)"), vb_old("3.109b(1)"), vw_old("6(3)")],
    );
    Route {
        kind: Some(ProcedureKind::LegacyBorder),
        border: Some(true),
    }
}

/// Spoor 4: the algemene asielprocedure (Vb-old 3.109, 3.110), continuing as the verlengde
/// asielprocedure when the AA limits are exceeded (Vb-old 3.116(1)(a)).
fn general(ctx: &mut Ctx) -> Route {
    ctx.procedure.grounds.push("vbOld3_110");
    ctx.procedure.location = ordinary_location(ctx);
    ctx.explain(
        "legacy.track.general",
        text!(
                ctx.locale,
            "Spoor 4: de algemene asielprocedure (AA), zo nodig voortgezet als verlengde asielprocedure (VA).",
            "Track 4: the general asylum procedure (AA), continuing as the extended asylum procedure (VA) where needed.",
        ),
        vec![vb_old("3.109(1)"), vb_old("3.110(1)"), vb_old("3.116(1)(a)")],
    );
    Route {
        kind: Some(ProcedureKind::LegacyGeneral),
        border: Some(false),
    }
}

/// Where a case outside the border procedure is handled: Aanmeldcentrum Schiphol when the case
/// says so, otherwise the central location Ter Apel. AC Budel and AC Zevenaar have no location
/// value in the contract; the location is then null and the explanation names the AC.
fn ordinary_location(ctx: &mut Ctx) -> Option<ProcedureLocation> {
    match ctx.case.application.border_location {
        Some(BorderLocation::Schiphol) => {
            ctx.used("/application/borderLocation");
            Some(ProcedureLocation::AcSchiphol)
        }
        Some(ac @ (BorderLocation::Budel | BorderLocation::Zevenaar)) => {
            ctx.used("/application/borderLocation");
            let name = if ac == BorderLocation::Budel {
                "Budel"
            } else {
                "Zevenaar"
            };
            ctx.explain(
                "legacy.location.otherAc",
                text!(
                    ctx.locale,
                    format!("De aanvraag wordt behandeld in Aanmeldcentrum {name}."),
                    format!("The application is handled at Aanmeldcentrum {name}."),
                ),
                vec![vb_old("3.110(1)")],
            );
            None
        }
        Some(BorderLocation::TerApel) | None => Some(ProcedureLocation::TerApel),
    }
}

/// A deciding fact is unknown: the kind stays null (the missing facts are recorded).
fn undetermined(ctx: &mut Ctx) -> Route {
    ctx.procedure.location = None;
    ctx.procedure.grounds.clear();
    ctx.explain(
        "legacy.track.undetermined",
        text!(
            ctx.locale,
            "Het spoor is niet te bepalen: een beslissend feit is onbekend (zie missingFacts).",
            "The track cannot be determined: a deciding fact is unknown (see missingFacts).",
        ),
        vec![
            vw_old("30"),
            vb_old("3.109b"),
            vb_old("3.109c"),
            vb_old("3.109ca"),
        ],
    );
    Route {
        kind: None,
        border: None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use serde_json::json;

    #[test]
    fn dublin_first() {
        let out = run(&case(
            json!({ "dublin": { "otherMemberStateResponsible": true } }),
        ));
        assert_eq!(out["procedure"]["kind"], "legacyDublin");
        assert_eq!(out["procedure"]["location"], "terApel");
    }

    #[test]
    fn unknown_dublin_leaves_kind_null() {
        let out = run(&case(
            json!({ "dublin": { "otherMemberStateResponsible": null } }),
        ));
        assert_eq!(out["procedure"]["kind"], serde_json::Value::Null);
        assert!(missing(&out, "/dublin/otherMemberStateResponsible"));
    }

    #[test]
    fn national_list_makes_spoor_2() {
        let out = run(&case(json!({ "applicant": { "nationality": "MAR" } })));
        assert_eq!(out["procedure"]["kind"], "legacySafeCountry");
        assert!(explained(&out, "legacy.safeCountry.derived"));
    }

    #[test]
    fn eu_annex_ii_only_country_is_not_safe_for_legacy() {
        // Egypt is on the APR Annex II list (from 12-06-2026), not on the national list.
        let out = run(&case(json!({ "applicant": { "nationality": "EGY" } })));
        assert_eq!(out["procedure"]["kind"], "legacyGeneral");
    }

    #[test]
    fn suspended_ukraine_is_not_safe() {
        let out = run(&case(json!({ "applicant": { "nationality": "UKR" } })));
        assert_eq!(out["procedure"]["kind"], "legacyGeneral");
    }

    #[test]
    fn eu_national_spoor_2() {
        let out = run(&case(json!({ "applicant": { "nationality": "ROU" } })));
        assert_eq!(out["procedure"]["kind"], "legacySafeCountry");
    }

    #[test]
    fn border_procedure_adult_at_schiphol() {
        let out = run(&case(json!({
            "application": { "situation": "borderCrossingPoint", "borderLocation": "schiphol" },
            "applicant": { "familyWithMinors": false },
            "grounds": { "misledAuthorities": true }
        })));
        assert_eq!(out["procedure"]["kind"], "legacyBorder");
        assert_eq!(out["procedure"]["location"], "acSchiphol");
    }

    #[test]
    fn unaccompanied_minor_never_at_the_border() {
        let out = run(&case(json!({
            "application": { "situation": "borderCrossingPoint", "borderLocation": "schiphol" },
            "applicant": { "unaccompaniedMinor": true, "dateOfBirth": "2010-01-01" },
            "grounds": { "misledAuthorities": true }
        })));
        assert_eq!(out["procedure"]["kind"], "legacyGeneral");
        assert!(explained(&out, "legacy.border.unaccompaniedMinor"));
    }

    #[test]
    fn family_with_counter_indications_in_zeist() {
        let out = run(&case(json!({
            "application": { "situation": "borderCrossingPoint" },
            "applicant": { "familyWithMinors": true },
            "grounds": { "inconsistentStatements": true },
            "legacy": { "familyCounterIndications": true }
        })));
        assert_eq!(out["procedure"]["kind"], "legacyBorder");
        assert_eq!(out["procedure"]["location"], "ggvZeist");
    }
}
