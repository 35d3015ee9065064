//! Procedure choice in the pact regime (APR, Vw-new): RULES.md §4.
//!
//! The decision order is a short first-match chain, evaluated in three-valued (Kleene) logic so
//! that an unknown fact leaves the kind open only where it could change it:
//!
//! 1. another Member State responsible → `dublin` (APR 39(1)(a); Vw-new 30);
//! 2. an inadmissibility ground → `inadmissibility` (APR 38; Vw-new 30a);
//! 3. a border situation (APR 43(1)) with a border ground — APR 42(1)(a)–(g), (j), or for an
//!    unaccompanied minor only 42(3)(b) (APR 44(1)(b), 53(1); Vw-new 3(3)) — and no exception of
//!    APR 53(2) → `asylumBorder`;
//! 4. any ground of APR 42(1) (42(3) for an unaccompanied minor) → `accelerated`;
//! 5. otherwise → `regular`.
//!
//! **Ground ids** (`procedure.grounds`): `"apr39_1_a"` for Dublin; `"apr38"` for
//! inadmissibility; `"apr42_1_a"` … `"apr42_1_j"` for the points of APR 42(1) that apply; for an
//! unaccompanied minor `"apr42_3_a"` … `"apr42_3_e"` for the points of APR 42(3) (in the border
//! procedure only `"apr42_3_b"`); none for the regular procedure. They list every point that is
//! established (true) and that counts for the procedure chosen.
//!
//! **Mandatory**: Dublin true (APR 39(1)(a) "shall not be examined on the merits"); regular true;
//! accelerated true (APR 42(1) "shall … accelerate"), but false for an unaccompanied minor
//! (42(3) "may", Vw-new 30b(1) "kan"; RULES §4 [rev. 12-2026]); border procedure true where
//! APR 45(1) (or 53(1) with 45(1)/50 for 42(3)(b)) makes it mandatory, false where NL applies it by
//! choice (Vw-new 3(3) on the "may" of APR 43(1)). Inadmissibility: APR 38(1) grounds are optional
//! ("may", Vw-new 30a "kan"), 38(2) — a subsequent application without new elements — is
//! mandatory ("shall", Vw-new 30a "verklaart"); the case does not say which ground applies, so the
//! engine reads `application.subsequent`: true → 38(2), mandatory; false → 38(1), not mandatory;
//! unknown → `mandatory` null.

use chrono::NaiveDate;

use crate::contract::validate::age_on;
use crate::contract::{Grounds as CaseGrounds, ProcedureKind, ProcedureLocation, ProcedureRegime};
use crate::engine::{Ctx, OpenKind};
use crate::explain::{uri, Basis, NoteKind};
use crate::law::crisis;
use crate::params::{decimal_text, ActivationKind, Derogation, NoticeKind, SafeCountryList};
use crate::text;

/// The Union-wide recognition-rate threshold of APR 42(1)(j) and 42(3)(e), in percent.
pub const RECOGNITION_THRESHOLD_PERCENT: f64 = 20.0;

/// A three-valued truth value with the unknown facts (JSON Pointers) that could change it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tri {
    /// `Some(v)` when known.
    pub value: Option<bool>,
    /// The unknown facts that could change the value (empty when known).
    pub unknown: Vec<&'static str>,
}

impl Tri {
    /// A known value.
    pub fn known(v: bool) -> Tri {
        Tri {
            value: Some(v),
            unknown: Vec::new(),
        }
    }

    /// A fact: known, or unknown at `path`.
    pub fn fact(v: Option<bool>, path: &'static str) -> Tri {
        match v {
            Some(v) => Tri::known(v),
            None => Tri {
                value: None,
                unknown: vec![path],
            },
        }
    }

    /// Kleene conjunction.
    pub fn and(self, other: Tri) -> Tri {
        match (self.value, other.value) {
            (Some(false), _) | (_, Some(false)) => Tri::known(false),
            (Some(true), Some(true)) => Tri::known(true),
            _ => Tri {
                value: None,
                unknown: merge(self.unknown, other.unknown),
            },
        }
    }

    /// Kleene disjunction.
    pub fn or(self, other: Tri) -> Tri {
        match (self.value, other.value) {
            (Some(true), _) | (_, Some(true)) => Tri::known(true),
            (Some(false), Some(false)) => Tri::known(false),
            _ => Tri {
                value: None,
                unknown: merge(self.unknown, other.unknown),
            },
        }
    }

    /// Negation.
    pub fn negate(self) -> Tri {
        Tri {
            value: self.value.map(|v| !v),
            unknown: self.unknown,
        }
    }

    /// Disjunction of many.
    pub fn any(items: impl IntoIterator<Item = Tri>) -> Tri {
        items.into_iter().fold(Tri::known(false), Tri::or)
    }

    /// True when known to be true.
    pub fn is_true(&self) -> bool {
        self.value == Some(true)
    }
}

fn merge(mut a: Vec<&'static str>, b: Vec<&'static str>) -> Vec<&'static str> {
    for p in b {
        if !a.contains(&p) {
            a.push(p);
        }
    }
    a
}

const APR_38: Basis = Basis::new("APR", "38", uri::APR);
const APR_39_1_A: Basis = Basis::new("APR", "39(1)(a)", uri::APR);
const APR_42_1: Basis = Basis::new("APR", "42(1)", uri::APR);
const APR_42_3: Basis = Basis::new("APR", "42(3)", uri::APR);
const APR_43_1: Basis = Basis::new("APR", "43(1)", uri::APR);
const APR_44_1_B: Basis = Basis::new("APR", "44(1)(b)", uri::APR);
const APR_45_1: Basis = Basis::new("APR", "45(1)", uri::APR);
const APR_53_1: Basis = Basis::new("APR", "53(1)", uri::APR);
const APR_53_2: Basis = Basis::new("APR", "53(2)", uri::APR);
const APR_54: Basis = Basis::new("APR", "54", uri::APR);
const VW_3_3: Basis = Basis::new("Vw", "3(3)", uri::VW_NEW);
const VW_30: Basis = Basis::new("Vw", "30", uri::VW_NEW);
const VW_30A: Basis = Basis::new("Vw", "30a", uri::VW_NEW);
const VW_30B: Basis = Basis::new("Vw", "30b(1)", uri::VW_NEW);

/// One row of the table of APR 42 grounds (#15 item 5a): the point of 42(1), its counterpart in
/// 42(3) (unaccompanied minors), whether it admits the border procedure (APR 44(1)(b), Vw-new
/// 3(3): 42(1)(a)–(g), (j); for minors only 42(3)(b)), whether it makes the border procedure
/// mandatory (APR 45(1): 42(1)(c), (f), (j); APR 53(1): for minors 42(3)(b)), and the fact of the
/// case.
#[derive(Debug, Clone, Copy)]
pub struct GroundRow {
    /// Id under 42(1).
    pub id1: &'static str,
    /// Id under 42(3), if the point has a counterpart there.
    pub id3: Option<&'static str>,
    /// Admits the border procedure for an adult or accompanied minor (APR 44(1)(b)).
    pub border: bool,
    /// Makes the border procedure mandatory (APR 45(1); for the 42(3) counterpart, APR 53(1)).
    pub mandatory_border: bool,
    /// JSON Pointer of the fact in the case.
    pub path: &'static str,
    /// The fact's value in the case.
    pub value: fn(&CaseGrounds) -> Option<bool>,
}

/// APR 42(1)(a)–(j) with their 42(3) counterparts (42(3): (a) safe country of origin = 42(1)(e);
/// (b) danger to national security or public order = (f); (c) subsequent application = (g); (d)
/// intentionally misled or destroyed documents = (c); (e) recognition rate = (j)).
pub const APR_42_GROUNDS: [GroundRow; 10] = [
    GroundRow {
        id1: "apr42_1_a",
        id3: None,
        border: true,
        mandatory_border: false,
        path: "/grounds/irrelevantIssuesOnly",
        value: |g| g.irrelevant_issues_only,
    },
    GroundRow {
        id1: "apr42_1_b",
        id3: None,
        border: true,
        mandatory_border: false,
        path: "/grounds/inconsistentStatements",
        value: |g| g.inconsistent_statements,
    },
    GroundRow {
        id1: "apr42_1_c",
        id3: Some("apr42_3_d"),
        border: true,
        mandatory_border: true,
        path: "/grounds/misledAuthorities",
        value: |g| g.misled_authorities,
    },
    GroundRow {
        id1: "apr42_1_d",
        id3: None,
        border: true,
        mandatory_border: false,
        path: "/grounds/delayRemovalOnly",
        value: |g| g.delay_removal_only,
    },
    GroundRow {
        id1: "apr42_1_e",
        id3: Some("apr42_3_a"),
        border: true,
        mandatory_border: false,
        path: "/grounds/safeCountryOfOrigin",
        value: |g| g.safe_country_of_origin,
    },
    GroundRow {
        id1: "apr42_1_f",
        id3: Some("apr42_3_b"),
        border: true,
        mandatory_border: true,
        path: "/grounds/dangerToSecurityOrPublicOrder",
        value: |g| g.danger_to_security_or_public_order,
    },
    GroundRow {
        id1: "apr42_1_g",
        id3: Some("apr42_3_c"),
        border: true,
        mandatory_border: false,
        path: "/grounds/subsequentNotInadmissible",
        value: |g| g.subsequent_not_inadmissible,
    },
    GroundRow {
        id1: "apr42_1_h",
        id3: None,
        border: false,
        mandatory_border: false,
        path: "/grounds/irregularEntryNoPromptApplication",
        value: |g| g.irregular_entry_no_prompt_application,
    },
    GroundRow {
        id1: "apr42_1_i",
        id3: None,
        border: false,
        mandatory_border: false,
        path: "/grounds/lawfulEntryNoPromptApplication",
        value: |g| g.lawful_entry_no_prompt_application,
    },
    GroundRow {
        id1: "apr42_1_j",
        id3: Some("apr42_3_e"),
        border: true,
        mandatory_border: true,
        path: "/grounds/lowRecognitionRate",
        value: |g| g.low_recognition_rate,
    },
];

/// One ground of the case: its row of [`APR_42_GROUNDS`] and its value.
struct Ground {
    /// Id under 42(1).
    id1: &'static str,
    /// Id under 42(3), if the point has a counterpart there.
    id3: Option<&'static str>,
    /// Counts for the border procedure of an adult (APR 44(1)(b): 42(1)(a)–(g), (j)).
    border: bool,
    /// The value.
    tri: Tri,
}

/// The grounds of the case, with the safe-country and recognition-rate grounds derived from the
/// parameter tables where the case leaves them open.
struct Grounds {
    list: Vec<Ground>,
    /// The Union-wide recognition rate of the nationality from the parameter table, when looked
    /// up (for the crisis thresholds of CFR 11(3) and 11(4)).
    rate: Option<f64>,
}

impl Grounds {
    fn get(&self, id1: &str) -> Tri {
        self.list
            .iter()
            .find(|g| g.id1 == id1)
            .map(|g| g.tri.clone())
            .unwrap_or_else(|| Tri::known(false))
    }

    /// Any ground of APR 42(1).
    fn any_42_1(&self) -> Tri {
        Tri::any(self.list.iter().map(|g| g.tri.clone()))
    }

    /// Any ground of APR 42(3) (unaccompanied minors).
    fn any_42_3(&self) -> Tri {
        Tri::any(
            self.list
                .iter()
                .filter(|g| g.id3.is_some())
                .map(|g| g.tri.clone()),
        )
    }

    /// Any border ground for an adult or accompanied minor (APR 44(1)(b), Vw-new 3(3)).
    fn any_border_adult(&self) -> Tri {
        Tri::any(self.list.iter().filter(|g| g.border).map(|g| g.tri.clone()))
    }
}

/// The outcome of the decision chain for one assumed value of "unaccompanied minor".
struct Chain {
    /// The kinds still possible.
    possible: Vec<ProcedureKind>,
    /// The kinds still possible with the unknown facts that lead to each (ordinary case last).
    open: Vec<OpenKind>,
    /// The unknown facts that could change which one.
    unknown: Vec<&'static str>,
}

/// The first-match chain of RULES §4 in Kleene logic, for a known "unaccompanied minor".
fn chain(
    dublin: &Tri,
    inadmissible: &Tri,
    border: &Tri,
    excluded: bool,
    grounds: &Grounds,
    minor: bool,
    widened: &Tri,
) -> Chain {
    // Border ground: 42(3)(b) for an unaccompanied minor, else 42(1)(a)–(g), (j), or in a
    // mass-arrivals crisis a nationality within CFR 11(4) (not for minors: APR 53(1) stands).
    let border_ground = if minor {
        grounds.get("apr42_1_f")
    } else {
        grounds.any_border_adult().or(widened.clone())
    };
    let border_step = border.clone().and(border_ground).and(Tri::known(!excluded));
    let accel_ground = if minor {
        grounds.any_42_3()
    } else {
        grounds.any_42_1()
    };
    let steps = [
        (ProcedureKind::Dublin, dublin.clone()),
        (ProcedureKind::Inadmissibility, inadmissible.clone()),
        (ProcedureKind::AsylumBorder, border_step),
        (ProcedureKind::Accelerated, accel_ground),
        (ProcedureKind::Regular, Tri::known(true)),
    ];
    let mut out = Chain {
        possible: Vec::new(),
        open: Vec::new(),
        unknown: Vec::new(),
    };
    for (kind, cond) in steps {
        if cond.value == Some(false) {
            continue;
        }
        if !out.possible.contains(&kind) {
            out.possible.push(kind);
            out.open.push(OpenKind {
                kind,
                facts: if cond.value == Some(true) {
                    Vec::new()
                } else {
                    cond.unknown.clone()
                },
            });
        }
        if cond.value == Some(true) {
            break;
        }
        out.unknown = merge(std::mem::take(&mut out.unknown), cond.unknown);
    }
    out
}

/// Applies the procedure choice (pact regime only; the legacy regime has its own tracks).
pub fn assess(ctx: &mut Ctx) {
    if ctx.regime.procedure != Some(ProcedureRegime::Pact) {
        return;
    }
    let uam = unaccompanied_minor(ctx);
    let grounds = grounds(ctx);
    let border = border_situation(ctx);
    let presumed_facts = [
        Presumed::BorderSupportUnavailable,
        Presumed::MedicalReasons,
        Presumed::DetentionGuaranteesUnmet,
    ];
    let excl_values: Vec<(Presumed, bool)> = presumed_facts
        .iter()
        .map(|p| (*p, p.value(ctx).unwrap_or(false)))
        .collect();
    let excluded = excl_values.iter().any(|(_, v)| *v);
    let family = Presumed::FamilyWithMinors.value(ctx).unwrap_or(false);

    let dublin = Tri::fact(
        ctx.case.dublin.other_member_state_responsible,
        "/dublin/otherMemberStateResponsible",
    );
    let inadmissible = Tri::fact(ctx.case.grounds.inadmissible, "/grounds/inadmissible");
    let (mandatory_threshold, widen) = match making_date(ctx) {
        Some(d) => crisis_border_thresholds(ctx, d),
        None => (None, false),
    };
    let widened = if widen {
        match grounds.rate {
            Some(r) => Tri::known(r <= CFR_11_4_PERCENT),
            None => Tri::fact(None, "/applicant/nationality"),
        }
    } else {
        Tri::known(false)
    };
    let run = |minor: bool| {
        chain(
            &dublin,
            &inadmissible,
            &border,
            excluded,
            &grounds,
            minor,
            &widened,
        )
    };
    let (possible, unknown, open) = match uam.value {
        Some(minor) => {
            let c = run(minor);
            (c.possible, c.unknown, c.open)
        }
        None => {
            // Unknown whether an unaccompanied minor: decide both ways (u ∨ ¬u is not Kleene).
            let (a, b) = (run(true), run(false));
            // The ordinary case is the adult's (the fact not established); a kind only the
            // minor's chain reaches is led to by the minor fact too.
            let mut open = b.open.clone();
            let ordinary = open.pop();
            for k in &a.open {
                match open.iter_mut().find(|o| o.kind == k.kind) {
                    Some(o) => o.facts = merge(std::mem::take(&mut o.facts), k.facts.clone()),
                    None if ordinary.as_ref().is_some_and(|o| o.kind == k.kind) => {}
                    None => open.push(OpenKind {
                        kind: k.kind,
                        facts: merge(k.facts.clone(), uam.unknown.clone()),
                    }),
                }
            }
            open.extend(ordinary);
            let mut unknown = merge(a.unknown, b.unknown);
            let mut possible = a.possible.clone();
            for k in &b.possible {
                if !possible.contains(k) {
                    possible.push(*k);
                }
            }
            if a.possible != b.possible {
                unknown = merge(unknown, uam.unknown.clone());
            }
            (possible, unknown, open)
        }
    };

    let border_possible = possible.contains(&ProcedureKind::AsylumBorder);
    if border_possible {
        // The presumed facts could change a border outcome: note the presumption, ask for them.
        for p in presumed_facts {
            if p.value(ctx).is_none() {
                presumption_note(ctx, p);
                ctx.missing(p.path(), "procedure.kind");
            }
        }
        if Presumed::FamilyWithMinors.value(ctx).is_none() && !uam.is_true() {
            presumption_note(ctx, Presumed::FamilyWithMinors);
            ctx.missing(Presumed::FamilyWithMinors.path(), "procedure.location");
        }
    }
    for p in presumed_facts
        .iter()
        .chain([Presumed::FamilyWithMinors].iter())
    {
        if p.value(ctx).is_some() && border.value != Some(false) {
            ctx.used(p.path());
        }
    }
    if excluded && border.is_true() {
        explain_exclusion(ctx, &excl_values);
    }

    let [kind] = possible.as_slice() else {
        for p in &unknown {
            ctx.missing(p, "procedure.kind");
        }
        ctx.procedure.kind = None;
        ctx.procedure.mandatory = None;
        ctx.open_kinds = open;
        // The location is still known where every possible kind runs at the same place.
        if !border_possible {
            ctx.procedure.location = Some(ProcedureLocation::TerApel);
        }
        let names: Vec<&str> = possible.iter().map(|k| kind_name(*k)).collect();
        let list = names.join(", ");
        ctx.explain(
            "procedure.undetermined",
            text!(
                ctx.locale,
                format!("De procedure is niet te bepalen: mogelijk zijn {list}; het hangt af van onbekende feiten (zie missingFacts)."),
                format!("The procedure cannot be determined: possible are {list}; it depends on unknown facts (see missingFacts)."),
            ),
            vec![APR_39_1_A, APR_38, APR_43_1, APR_42_1],
        );
        return;
    };
    ctx.procedure.kind = Some(*kind);
    ctx.used("/application/situation");
    match kind {
        ProcedureKind::Dublin => {
            ctx.used("/dublin/otherMemberStateResponsible");
            ctx.procedure.grounds = vec!["apr39_1_a"];
            ctx.procedure.mandatory = Some(true);
            ctx.explain(
                "procedure.dublin",
                text!(
                ctx.locale,
                    "Een andere lidstaat is verantwoordelijk: het verzoek wordt niet inhoudelijk behandeld maar niet in behandeling genomen met het oog op overdracht (Dublinprocedure).",
                    "Another Member State is responsible: the application is not examined on the merits and is not taken into consideration, with a view to transfer (Dublin procedure).",
                ),
                vec![APR_39_1_A, VW_30],
            );
        }
        ProcedureKind::Inadmissibility => {
            ctx.used("/grounds/inadmissible");
            ctx.procedure.grounds = vec!["apr38"];
            inadmissibility_mandatory(ctx);
        }
        ProcedureKind::AsylumBorder => {
            ctx.require_monitoring();
            border_procedure(ctx, &grounds, &uam, mandatory_threshold, &widened);
        }
        ProcedureKind::Accelerated => accelerated(ctx, &grounds, &uam, &border),
        _ => {
            ctx.procedure.mandatory = Some(true);
            ctx.explain(
                "procedure.regular",
                text!(
                ctx.locale,
                    "Geen Dublinclaim, geen niet-ontvankelijkheidsgrond en geen grond voor versnelde behandeling: de gewone procedure (beslissing binnen zes maanden na indiening).",
                    "No Dublin claim, no inadmissibility ground and no ground for accelerated examination: the regular procedure (decision within six months of lodging).",
                ),
                vec![Basis::new("APR", "35(4)", uri::APR), APR_42_1, Basis::new("APR", "39(2)", uri::APR)],
            );
        }
    }
    location(ctx, *kind, &uam, family);
}

fn kind_name(k: ProcedureKind) -> &'static str {
    match k {
        ProcedureKind::AsylumBorder => "asylumBorder",
        ProcedureKind::Accelerated => "accelerated",
        ProcedureKind::Regular => "regular",
        ProcedureKind::Dublin => "dublin",
        ProcedureKind::Inadmissibility => "inadmissibility",
        ProcedureKind::LegacyDublin => "legacyDublin",
        ProcedureKind::LegacySafeCountry => "legacySafeCountry",
        ProcedureKind::LegacyGeneral => "legacyGeneral",
        ProcedureKind::LegacyBorder => "legacyBorder",
    }
}

/// APR 43(1): "The border procedure may take place: (a) following an application made at an
/// external border crossing point or in a transit zone; (b) following apprehension in connection
/// with an unauthorised crossing of the external border; (c) following disembarkation in the
/// territory of a Member State after a search and rescue operation; (d) following relocation in
/// accordance with Article 67(11) of Regulation (EU) 2024/1351."
fn border_situation(ctx: &mut Ctx) -> Tri {
    match ctx.case.application.situation {
        Some(s) => Tri::known(s.is_border()),
        None => Tri::fact(None, "/application/situation"),
    }
}

/// The day whose law and tables apply to the grounds: the lodging date, else registration, else
/// making (RULES §4: parameters valid on the lodging date).
fn grounds_date(ctx: &Ctx) -> Option<NaiveDate> {
    let app = &ctx.case.application;
    app.lodged_at
        .or(app.registered_at)
        .or(app.made_at)
        .map(|w| w.date())
}

/// The day of making (else registration, else lodging): the day for the minor's age.
fn making_date(ctx: &Ctx) -> Option<NaiveDate> {
    let app = &ctx.case.application;
    app.made_at
        .or(app.registered_at)
        .or(app.lodged_at)
        .map(|w| w.date())
}

/// Unaccompanied minor (APR 42(3), 53(1)): the case's flag; else derived false where the date of
/// birth shows an adult (18 or over) on the day the application was made; unknown otherwise.
fn unaccompanied_minor(ctx: &mut Ctx) -> Tri {
    const PATH: &str = "/applicant/unaccompaniedMinor";
    if let Some(v) = ctx.case.applicant.unaccompanied_minor {
        ctx.used(PATH);
        return Tri::known(v);
    }
    if let (Some(born), Some(on)) = (ctx.case.applicant.date_of_birth, making_date(ctx)) {
        let age = age_on(born, on);
        if age >= 18 {
            ctx.used("/applicant/dateOfBirth");
            ctx.explain(
                "procedure.unaccompaniedMinorDerived",
                text!(
                ctx.locale,
                    format!("De vreemdeling was {age} jaar oud toen het verzoek werd gedaan en is dus geen alleenstaande minderjarige."),
                    format!("The applicant was {age} years old when the application was made and so is not an unaccompanied minor."),
                ),
                vec![Basis::new("APR", "3(11)", uri::APR), APR_42_3],
            );
            return Tri::known(false);
        }
    }
    Tri::fact(None, PATH)
}

/// The grounds of APR 42(1) (with their 42(3) counterparts): the case's values, with (e) and (j)
/// derived from the parameter tables where absent.
fn grounds(ctx: &mut Ctx) -> Grounds {
    let g = ctx.case.grounds.clone();
    let e = safe_country(ctx);
    let (j, rate) = low_recognition_rate(ctx);
    let mut list = Vec::with_capacity(APR_42_GROUNDS.len());
    for row in &APR_42_GROUNDS {
        let given = (row.value)(&g);
        if given.is_some() {
            ctx.used(row.path);
        }
        let tri = match row.id1 {
            "apr42_1_e" => e.clone(),
            "apr42_1_j" => j.clone(),
            _ => Tri::fact(given, row.path),
        };
        list.push(Ground {
            id1: row.id1,
            id3: row.id3,
            border: row.border,
            tri,
        });
    }
    Grounds { list, rate }
}

/// APR 42(1)(e) / 42(3)(a): "a third country may be considered to be a safe country of origin for
/// the applicant within the meaning of this Regulation". The designations are parameter data: APR
/// 61(2) with Annex II (Reg. (EU) 2026/464: BGD, COL, EGY, IND, XKX, MAR, TUN), EU candidate
/// countries under APR 61(1b)/62(1b) save their exceptions, and the national list (Voorschrift
/// Vreemdelingen 2000 art. 3.37f, Bijlage 13). A value in the case wins; otherwise the
/// nationality is looked up on the lodging date (else registration, else making); a suspended
/// designation does not count; a country on no list is not safe — the lists are closed.
fn safe_country(ctx: &mut Ctx) -> Tri {
    if let Some(v) = ctx.case.grounds.safe_country_of_origin {
        ctx.explain(
            "procedure.grounds.safeCountryFromCase",
            text!(
                ctx.locale,
                format!(
                    "Veilig land van herkomst: {} (opgegeven in de zaak).",
                    yes_no_nl(v)
                ),
                format!(
                    "Safe country of origin: {} (given in the case).",
                    yes_no_en(v)
                ),
            ),
            vec![
                Basis::new("APR", "42(1)(e)", uri::APR),
                Basis::new("APR", "61", uri::APR),
            ],
        );
        return Tri::known(v);
    }
    let (Some(nat), Some(date)) = (ctx.case.applicant.nationality.clone(), grounds_date(ctx))
    else {
        return Tri::fact(None, "/applicant/nationality");
    };
    ctx.used("/applicant/nationality");
    let found: Vec<(String, String)> = ctx
        .params
        .safe_country_designations(&nat, date)
        .filter(|s| !s.suspended)
        .map(|s| (list_name(s.list).to_owned(), s.source.title.clone()))
        .collect();
    if let Some((list, title)) = found.first() {
        ctx.explain(
            "procedure.grounds.safeCountryDerived",
            text!(
                ctx.locale,
                format!("{nat} is op {date} aangewezen als veilig land van herkomst (lijst {list}; bron: {title}); de zaak geeft geen waarde, dus de parametertabel is gebruikt."),
                format!("{nat} is designated a safe country of origin on {date} (list {list}; source: {title}); the case gives no value, so the parameter table was used."),
            ),
            vec![Basis::new("APR", "42(1)(e)", uri::APR), Basis::new("APR", "61", uri::APR), Basis::new("APR", "62(1b)", uri::APR)],
        );
        Tri::known(true)
    } else {
        ctx.explain(
            "procedure.grounds.safeCountryDerived",
            text!(
                ctx.locale,
                format!("{nat} staat op {date} op geen lijst van veilige landen van herkomst (EU-lijst bijlage II, kandidaat-lidstaten, nationale lijst; de lijsten zijn limitatief); de zaak geeft geen waarde, dus de parametertabel is gebruikt."),
                format!("{nat} is on no list of safe countries of origin on {date} (EU Annex II, candidate countries, national list; the lists are closed); the case gives no value, so the parameter table was used."),
            ),
            vec![Basis::new("APR", "42(1)(e)", uri::APR), Basis::new("APR", "61", uri::APR)],
        );
        Tri::known(false)
    }
}

/// APR 42(1)(j) / 42(3)(e): "of a nationality … for which the proportion of decisions by the
/// determining authority granting international protection is, according to the latest available
/// yearly Union-wide average Eurostat data, 20 % or lower". The rates are parameter data; a
/// country absent from the table stays unknown. A value in the case wins (it also covers the
/// provisos of point (j)). The 20 % is never lowered here: CFR 11(3) lowers only the threshold
/// of the *mandatory* border procedure (see [`crisis_border_thresholds`]). Returns the ground and
/// the rate looked up, if any.
fn low_recognition_rate(ctx: &mut Ctx) -> (Tri, Option<f64>) {
    const PATH: &str = "/grounds/lowRecognitionRate";
    let basis_j = || {
        vec![
            Basis::new("APR", "42(1)(j)", uri::APR),
            Basis::new("APR", "42(3)(e)", uri::APR),
        ]
    };
    let looked_up = match (ctx.case.applicant.nationality.clone(), grounds_date(ctx)) {
        (Some(nat), Some(date)) => ctx
            .params
            .recognition_rate(&nat, date)
            .cloned()
            .map(|r| (nat, date, r)),
        _ => None,
    };
    let rate = looked_up.as_ref().map(|(_, _, r)| r.rate_percent);
    if let Some(v) = ctx.case.grounds.low_recognition_rate {
        ctx.explain(
            "procedure.grounds.lowRateFromCase",
            text!(
                ctx.locale,
                format!(
                    "Erkenningspercentage van 20% of lager: {} (opgegeven in de zaak).",
                    yes_no_nl(v)
                ),
                format!(
                    "Recognition rate of 20% or lower: {} (given in the case).",
                    yes_no_en(v)
                ),
            ),
            basis_j(),
        );
        return (Tri::known(v), rate);
    }
    let (Some(nat), Some(date)) = (ctx.case.applicant.nationality.clone(), grounds_date(ctx))
    else {
        return (Tri::fact(None, "/applicant/nationality"), None);
    };
    ctx.used("/applicant/nationality");
    let Some((_, _, rate)) = looked_up else {
        ctx.explain(
            "procedure.grounds.lowRateUnknown",
            text!(
                ctx.locale,
                format!("De parametertabel heeft geen EU-erkenningspercentage voor {nat} op {date}; of grond 42(1)(j) geldt is onbekend."),
                format!("The parameter table has no Union-wide recognition rate for {nat} on {date}; whether ground 42(1)(j) applies is unknown."),
            ),
            basis_j(),
        );
        return (Tri::fact(None, PATH), None);
    };
    let threshold = RECOGNITION_THRESHOLD_PERCENT;
    let low = rate.rate_percent <= threshold;
    // Written as `{}` writes an f64, without core::fmt's float formatting (WASM size).
    let (rate_text, threshold_text) = (decimal_text(rate.rate_percent), decimal_text(threshold));
    ctx.explain(
        "procedure.grounds.lowRateDerived",
        text!(
                ctx.locale,
            format!(
                "Het EU-erkenningspercentage voor {nat} is {}% (referentiejaar {}; bron: {}); drempel {}%: grond 42(1)(j) {}. De zaak geeft geen waarde, dus de parametertabel is gebruikt.",
                rate_text, rate.reference_year, rate.source.title, threshold_text, if low { "geldt" } else { "geldt niet" }
            ),
            format!(
                "The Union-wide recognition rate for {nat} is {}% (reference year {}; source: {}); threshold {}%: ground 42(1)(j) {}. The case gives no value, so the parameter table was used.",
                rate_text, rate.reference_year, rate.source.title, threshold_text, if low { "applies" } else { "does not apply" }
            ),
        ),
        basis_j(),
    );
    (Tri::known(low), Some(rate.rate_percent))
}

/// The crisis thresholds of CFR 11 (read in `eu/34/32024R1359.md`) in force on `date`, only
/// "in a situation of crisis as referred to in Article 1(4), point (a)" — an "exceptional
/// situation of mass arrivals" (1(4)(b) is instrumentalisation; force majeure is 1(5)) — and
/// never before the CFR applies (art. 20: from 1 July 2026):
/// - 11(3): "by way of derogation from Article 45(1) of Regulation (EU) 2024/1348, Member States
///   may reduce the threshold provided for in Article 42(1), point (j), to 5 %": the threshold of
///   the **mandatory** border procedure (activation `thresholdPercent`, at least 5); the 20 % of
///   42(1)(j) itself still makes the examination accelerated;
/// - 11(4): "by way of derogation from Article 44(1), point (b), ... Member States may, in a
///   border procedure, take decisions on the merits ... where the applicant is a national ... of
///   a third country for which the proportion of decisions granting international protection ...
///   is ... 50 % or lower": the border procedure widened (not mandatory) to those nationalities.
///
/// Returns (mandatory threshold of 11(3), whether 11(4) widens the border procedure).
fn crisis_border_thresholds(ctx: &mut Ctx, date: NaiveDate) -> (Option<f64>, bool) {
    let mass = |d: Derogation| {
        ctx.params
            .activations_on(date)
            .any(|a| a.kind == ActivationKind::MassArrivals && a.derogations.contains(&d))
    };
    let lower = mass(Derogation::RecognitionRateThreshold);
    let widen = mass(Derogation::BorderProcedureWidened);
    let t = if lower {
        ctx.params
            .activations_on(date)
            .filter(|a| {
                a.kind == ActivationKind::MassArrivals
                    && a.derogations
                        .contains(&Derogation::RecognitionRateThreshold)
            })
            .find_map(|a| a.threshold_percent)
            .or(Some(CFR_11_3_FLOOR_PERCENT))
    } else {
        None
    };
    let t = match t {
        Some(t) if crisis::derogation(ctx, Derogation::RecognitionRateThreshold, date) => {
            let t_text = decimal_text(t);
            ctx.note(
                NoteKind::Interpretation,
                text!(
                    ctx.locale,
                    format!("Een crisisbesluit bij massale toestroom (art. 11(3) CFR) verlaagt de drempel van de verplichte grensprocedure (art. 45(1) APR) naar {t_text}%. Grond 42(1)(j) (20%) blijft gelden: boven {t_text}% maakt zij de behandeling versneld en blijft de grensprocedure mogelijk, maar niet verplicht."),
                    format!("A mass-arrivals crisis decision (CFR 11(3)) lowers the threshold of the mandatory border procedure (APR 45(1)) to {t_text}%. Ground 42(1)(j) (20%) still applies: above {t_text}% it makes the examination accelerated and the border procedure stays possible, but not mandatory."),
                ),
                vec![Basis::new("CFR", "11(3)", uri::CFR), APR_45_1, Basis::new("APR", "42(1)(j)", uri::APR)],
            );
            Some(t)
        }
        _ => None,
    };
    let widen = widen && crisis::derogation(ctx, Derogation::BorderProcedureWidened, date);
    (t, widen)
}

/// CFR 11(3): the threshold may be reduced "to 5 %".
const CFR_11_3_FLOOR_PERCENT: f64 = 5.0;

/// CFR 11(4): the border procedure may take in nationalities with a rate of "50 % or lower".
const CFR_11_4_PERCENT: f64 = 50.0;

fn list_name(l: SafeCountryList) -> &'static str {
    match l {
        SafeCountryList::EuAnnexII => "euAnnexII",
        SafeCountryList::EuCandidate => "euCandidate",
        SafeCountryList::National => "national",
    }
}

fn yes_no_nl(v: bool) -> &'static str {
    if v {
        "ja"
    } else {
        "nee"
    }
}

fn yes_no_en(v: bool) -> &'static str {
    if v {
        "yes"
    } else {
        "no"
    }
}

/// Facts that are presumed not established when absent (RULES §4; CONTRACT): the APR 53(2)
/// exceptions and whether the applicant applies together with minor children.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Presumed {
    FamilyWithMinors,
    BorderSupportUnavailable,
    MedicalReasons,
    DetentionGuaranteesUnmet,
}

impl Presumed {
    fn path(self) -> &'static str {
        match self {
            Presumed::FamilyWithMinors => "/applicant/familyWithMinors",
            Presumed::BorderSupportUnavailable => "/applicant/borderSupportUnavailable",
            Presumed::MedicalReasons => "/applicant/medicalReasonsAgainstBorder",
            Presumed::DetentionGuaranteesUnmet => "/applicant/detentionGuaranteesUnmet",
        }
    }

    fn value(self, ctx: &Ctx) -> Option<bool> {
        let a = &ctx.case.applicant;
        match self {
            Presumed::FamilyWithMinors => a.family_with_minors,
            Presumed::BorderSupportUnavailable => a.border_support_unavailable,
            Presumed::MedicalReasons => a.medical_reasons_against_border,
            Presumed::DetentionGuaranteesUnmet => a.detention_guarantees_unmet,
        }
    }
}

/// A note that an absent presumed fact is treated as not established (RULES §4: public vector 006
/// has no `familyWithMinors` and expects Schiphol).
fn presumption_note(ctx: &mut Ctx, p: Presumed) {
    let (nl, en) = match p {
        Presumed::FamilyWithMinors => (
            "dat de vreemdeling niet samen met minderjarige kinderen reist",
            "that the applicant does not apply together with minor children",
        ),
        Presumed::BorderSupportUnavailable => (
            "dat de nodige ondersteuning aan de grens kan worden geboden (art. 53(2)(b)-(c) APR)",
            "that the necessary support can be provided at the border (APR 53(2)(b)-(c))",
        ),
        Presumed::MedicalReasons => (
            "dat er geen medische redenen tegen de grensprocedure zijn (art. 53(2)(d) APR)",
            "that there are no medical reasons against the border procedure (APR 53(2)(d))",
        ),
        Presumed::DetentionGuaranteesUnmet => (
            "dat aan de waarborgen voor bewaring wordt voldaan (art. 53(2)(e) APR)",
            "that the guarantees for detention are met (APR 53(2)(e))",
        ),
    };
    ctx.note(
        NoteKind::Assumption,
        text!(
            ctx.locale,
            format!("Niet opgegeven; aangenomen is {nl}."),
            format!("Not given; assumed {en}."),
        ),
        vec![APR_53_2],
    );
}

/// APR 53(2): "Member States shall not apply or shall cease to apply the border procedure at any
/// stage of the procedure where: … (b) the necessary support cannot be provided to applicants
/// with special reception needs, including minors, …; (c) the necessary support cannot be
/// provided to applicants in need of special procedural guarantees …; (d) there are relevant
/// medical reasons for not applying the border procedure, including mental health reasons; (e)
/// the guarantees and conditions for detention … are not met … In the cases set out in the first
/// subparagraph …, the competent authority shall authorise the applicant to enter the territory
/// … and apply the appropriate procedure provided for in Chapter III."
fn explain_exclusion(ctx: &mut Ctx, values: &[(Presumed, bool)]) {
    let which: Vec<&str> = values
        .iter()
        .filter(|(_, v)| *v)
        .map(|(p, _)| match p {
            Presumed::BorderSupportUnavailable => "53(2)(b)/(c)",
            Presumed::MedicalReasons => "53(2)(d)",
            Presumed::DetentionGuaranteesUnmet => "53(2)(e)",
            Presumed::FamilyWithMinors => "",
        })
        .collect();
    let list = which.join(", ");
    ctx.explain(
        "procedure.border.excluded",
        text!(
                ctx.locale,
            format!("De grensprocedure wordt niet toegepast (art. {list} APR): de vreemdeling krijgt toegang en de aanvraag wordt op het grondgebied behandeld."),
            format!("The border procedure is not applied (APR {list}): the applicant is authorised to enter and the application is examined on the territory."),
        ),
        vec![APR_53_2],
    );
}

/// APR 38(1): "The determining authority may assess the admissibility … and may be authorised
/// under national law to reject an application as inadmissible where any of the following
/// grounds applies"; 38(2): "The determining authority shall reject an application as
/// inadmissible where the application is a subsequent application where no new relevant
/// elements … have arisen". Vw-new 30a: "kan … niet-ontvankelijk verklaren in de gevallen,
/// bedoeld in artikel 38, eerste lid, en verklaart … niet-ontvankelijk in de gevallen, bedoeld in
/// artikel 38, tweede lid".
fn inadmissibility_mandatory(ctx: &mut Ctx) {
    let subsequent = ctx.case.application.subsequent;
    ctx.procedure.mandatory = subsequent;
    match subsequent {
        Some(true) => {
            ctx.used("/application/subsequent");
            ctx.explain(
                "procedure.inadmissibility",
                text!(
                ctx.locale,
                    "Een niet-ontvankelijkheidsgrond geldt bij een volgend verzoek: niet-ontvankelijkverklaring is verplicht (art. 38(2) APR, art. 30a Vw).",
                    "An inadmissibility ground applies to a subsequent application: the rejection as inadmissible is mandatory (APR 38(2), Vw 30a).",
                ),
                vec![Basis::new("APR", "38(2)", uri::APR), VW_30A],
            );
        }
        Some(false) => {
            ctx.used("/application/subsequent");
            ctx.explain(
                "procedure.inadmissibility",
                text!(
                ctx.locale,
                    "Een niet-ontvankelijkheidsgrond van art. 38(1) APR geldt (geen volgend verzoek): de IND kan het verzoek niet-ontvankelijk verklaren (facultatief).",
                    "An inadmissibility ground of APR 38(1) applies (not a subsequent application): the IND may reject the application as inadmissible (optional).",
                ),
                vec![Basis::new("APR", "38(1)", uri::APR), VW_30A],
            );
        }
        None => {
            ctx.missing("/application/subsequent", "procedure.mandatory");
            ctx.explain(
                "procedure.inadmissibility",
                text!(
                ctx.locale,
                    "Een niet-ontvankelijkheidsgrond geldt. Of niet-ontvankelijkverklaring verplicht is (art. 38(2), volgend verzoek) of facultatief (art. 38(1)), hangt af van de vraag of het een volgend verzoek is.",
                    "An inadmissibility ground applies. Whether the rejection is mandatory (38(2), subsequent application) or optional (38(1)) depends on whether the application is a subsequent one.",
                ),
                vec![APR_38, VW_30A],
            );
        }
    }
}

/// The established grounds, as ids, for the procedure chosen.
fn ground_ids(grounds: &Grounds, minor: bool, border_only: bool) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = grounds
        .list
        .iter()
        .filter(|g| g.tri.is_true())
        .filter_map(|g| {
            if minor {
                g.id3.filter(|id| !border_only || *id == "apr42_3_b")
            } else if !border_only || g.border {
                Some(g.id1)
            } else {
                None
            }
        })
        .collect();
    crate::sort::sort(&mut ids);
    ids.dedup();
    ids
}

/// The asylum border procedure (Vw-new 3(3): the application is examined at the border "met dien
/// verstande dat een van de in artikel 42, eerste lid, onderdelen a tot en met g, en j, en artikel
/// 42, derde lid, onderdeel b, van de Procedureverordening genoemde gevallen van toepassing is";
/// APR 44(1)(b) likewise: "points (a) to (g) and (j), and Article 42(3), point (b)").
///
/// Mandatory, APR 45(1): "A Member State shall examine an application in a border procedure in
/// the cases referred to in Article 43(1) where any of the circumstances referred to in Article
/// 42(1), point (c), (f) or (j), apply." APR 53(1): "The border procedure shall be applied to
/// unaccompanied minors only in the circumstances referred to in Article 42(3), point (b)."
/// Capacity (parameters, not case facts): APR 48(2) "by way of derogation from Article 45(1), that
/// Member State is not required to examine in a border procedure applications made by applicants
/// as referred to in Article 42(1), point (j)", for "the remainder of the same calendar year
/// starting from the day following the date of the notification" (48(4)); APR 50: the Commission
/// authorises the Member State "to not examine in the border procedure applications made by
/// applicants as referred to in Article 42(1), points (c) and (j)"; "Such an authorisation shall
/// not exempt the Member State from the obligation to examine in the border procedure
/// applications made by applicants as referred to in Article 42(1), point (f), and Article 42(3),
/// point (b)."
fn border_procedure(
    ctx: &mut Ctx,
    grounds: &Grounds,
    uam: &Tri,
    mandatory_threshold: Option<f64>,
    widened: &Tri,
) {
    let minor = uam.is_true();
    ctx.procedure.grounds = ground_ids(grounds, minor, true);
    if ctx.procedure.grounds.is_empty() && widened.is_true() {
        ctx.procedure.grounds = vec!["cfr11_4"];
        ctx.explain(
            "procedure.border.crisisWidened",
            text!(
                ctx.locale,
                "Geen grond van art. 42(1)(a)–(g) of (j) APR, maar in een crisis van massale toestroom mag de grensprocedure ook worden toegepast op nationaliteiten met een EU-erkenningspercentage van 50% of lager (art. 11(4) CFR, afwijking van art. 44(1)(b) APR); niet verplicht.",
                "No ground of APR 42(1)(a)–(g) or (j), but in a mass-arrivals crisis the border procedure may also be applied to nationalities with a Union-wide recognition rate of 50% or lower (CFR 11(4), derogating from APR 44(1)(b)); not mandatory.",
            ),
            vec![Basis::new("CFR", "11(4)", uri::CFR), APR_44_1_B],
        );
    }
    let date = making_date(ctx);
    let capacity = date.and_then(|d| {
        ctx.params
            .notice_on(NoticeKind::AdequateCapacityReached, d)
            .map(|n| n.source.title.clone())
    });
    let annual_max = date.and_then(|d| {
        ctx.params
            .notice_on(NoticeKind::AnnualMaximumAuthorised, d)
            .map(|n| n.source.title.clone())
    });
    let c = if annual_max.is_some() {
        Tri::known(false)
    } else {
        grounds.get("apr42_1_c")
    };
    let j = if annual_max.is_some() || capacity.is_some() {
        Tri::known(false)
    } else {
        match mandatory_threshold {
            None => grounds.get("apr42_1_j"),
            // CFR 11(3): only nationalities at or below the lowered threshold stay mandatory.
            Some(t) => grounds.get("apr42_1_j").and(match grounds.rate {
                Some(r) => Tri::known(r <= t),
                None => Tri::fact(None, "/applicant/nationality"),
            }),
        }
    };
    let f = grounds.get("apr42_1_f");
    let m_minor = f.clone();
    let m_adult = Tri::any([c, f, j]);
    let mandatory = match uam.value {
        Some(true) => m_minor,
        Some(false) => m_adult,
        None if m_minor.value.is_some() && m_minor.value == m_adult.value => m_adult,
        None => Tri {
            value: None,
            unknown: merge(merge(m_minor.unknown, m_adult.unknown), uam.unknown.clone()),
        },
    };
    if let Some(title) = &capacity {
        ctx.explain(
            "procedure.capacity.adequateReached",
            text!(
                ctx.locale,
                format!("Nederland heeft gemeld dat zijn adequate capaciteit is bereikt ({title}): de grensprocedure is voor gevallen van art. 42(1)(j) niet verplicht."),
                format!("The Netherlands notified that its adequate capacity is reached ({title}): the border procedure is not mandatory for cases under 42(1)(j)."),
            ),
            vec![Basis::new("APR", "48(2)", uri::APR), Basis::new("APR", "48(4)", uri::APR)],
        );
    }
    if let Some(title) = &annual_max {
        ctx.explain(
            "procedure.capacity.annualMaximum",
            text!(
                ctx.locale,
                format!("De Commissie heeft Nederland na het bereiken van het jaarlijkse maximum gemachtigd ({title}): de grensprocedure is niet verplicht voor gevallen van art. 42(1)(c) en (j); wel voor (f) en 42(3)(b)."),
                format!("The Commission authorised the Netherlands after the annual maximum was reached ({title}): the border procedure is not mandatory for cases under 42(1)(c) and (j); it stays mandatory for (f) and 42(3)(b)."),
            ),
            vec![Basis::new("APR", "50", uri::APR)],
        );
    }
    if capacity.is_some() || annual_max.is_some() {
        ctx.note(
            NoteKind::Interpretation,
            text!(
                ctx.locale,
                "Na een capaciteitsmelding blijft de soort 'asylumBorder' (Nederland past de grensprocedure toe op grond van art. 3(3) Vw), maar zonder verplichting; art. 53(2) APR blijft gelden.",
                "After a capacity notice the kind stays 'asylumBorder' (the Netherlands applies the border procedure under Vw 3(3)), but it is not mandatory; APR 53(2) still applies.",
            ),
            vec![Basis::new("APR", "48(2)", uri::APR), Basis::new("APR", "50", uri::APR), VW_3_3],
        );
    }
    ctx.procedure.mandatory = mandatory.value;
    for p in &mandatory.unknown {
        ctx.missing(p, "procedure.mandatory");
    }
    let list = ctx.procedure.grounds.join(", ");
    let (rule, nl_m, en_m) = match mandatory.value {
        Some(true) => (
            "procedure.border.mandatory",
            "verplicht (art. 45(1) APR)",
            "mandatory (APR 45(1))",
        ),
        Some(false) => (
            "procedure.border.optional",
            "niet verplicht; Nederland past haar toe (art. 3(3) Vw)",
            "not mandatory; the Netherlands applies it (Vw 3(3))",
        ),
        None => (
            "procedure.border.mandatoryUnknown",
            "of zij verplicht is hangt af van onbekende feiten",
            "whether it is mandatory depends on unknown facts",
        ),
    };
    let mut basis = vec![APR_43_1, APR_44_1_B, VW_3_3];
    if minor {
        basis.push(APR_53_1);
    } else {
        basis.push(APR_45_1);
    }
    ctx.explain(
        rule,
        text!(
                ctx.locale,
            format!("Verzoek in een grenssituatie (art. 43(1) APR) met grond(en) {list}: asielgrensprocedure, {nl_m}."),
            format!("Application in a border situation (APR 43(1)) with ground(s) {list}: asylum border procedure, {en_m}."),
        ),
        basis,
    );
}

/// Accelerated examination, APR 42(1): "the determining authority shall … accelerate the
/// examination on the merits … where" one of points (a)–(j) applies; for unaccompanied minors
/// 42(3): "The accelerated examination procedure may be applied to unaccompanied minors only
/// where" (a)–(e) apply. Vw-new 30b(1): "kan ... versneld behandelen" — discretionary too. So
/// for an unaccompanied minor the accelerated procedure is not mandatory (RULES §4 [rev.
/// 12-2026]), with a note; for everyone else it is ("shall").
fn accelerated(ctx: &mut Ctx, grounds: &Grounds, uam: &Tri, border: &Tri) {
    let minor = uam.is_true();
    ctx.procedure.grounds = ground_ids(grounds, minor, false);
    ctx.procedure.mandatory = uam.value.map(|m| !m);
    if uam.value.is_none() {
        for p in &uam.unknown {
            ctx.missing(p, "procedure.mandatory");
        }
    }
    if uam.value != Some(false) {
        ctx.note(
            NoteKind::Interpretation,
            text!(
                ctx.locale,
                "Voor een alleenstaande minderjarige is versnelde behandeling facultatief: art. 42(3) APR ('may be applied ... only where') en art. 30b(1) Vw ('kan'); de engine geeft mandatory: false.",
                "For an unaccompanied minor the accelerated examination is optional: APR 42(3) ('may be applied ... only where') and Vw 30b(1) ('kan'); the engine gives mandatory: false.",
            ),
            vec![APR_42_3, VW_30B],
        );
    }
    let list = ctx.procedure.grounds.join(", ");
    let (nl_where, en_where) = if border.is_true() {
        ("; de grensprocedure is niet van toepassing, de aanvraag wordt op het grondgebied behandeld", "; the border procedure does not apply, the application is examined on the territory")
    } else {
        ("", "")
    };
    ctx.explain(
        "procedure.accelerated",
        text!(
                ctx.locale,
            format!("Grond(en) {list}: versnelde behandeling (beslissing binnen drie maanden na indiening){nl_where}."),
            format!("Ground(s) {list}: accelerated examination (decision within three months of lodging){en_where}."),
        ),
        vec![
            if minor { APR_42_3 } else { APR_42_1 },
            Basis::new("APR", "35(3)", uri::APR),
            VW_30B,
        ],
    );
}

/// Where the procedure runs (RULES §4): the border procedure at Aanmeldcentrum Schiphol, or, for
/// families with minors and unaccompanied minors, the gesloten gezinsvoorziening Zeist (APR 54(2):
/// "families with minors reside in reception facilities appropriate to their needs"); every other
/// procedure at the central location Ter Apel.
fn location(ctx: &mut Ctx, kind: ProcedureKind, uam: &Tri, family_with_minors: bool) {
    if kind != ProcedureKind::AsylumBorder {
        ctx.procedure.location = Some(ProcedureLocation::TerApel);
        ctx.explain(
            "procedure.location",
            text!(
                ctx.locale,
                "De aanvraag wordt behandeld op de centrale locatie Ter Apel.",
                "The application is handled at the central location Ter Apel.",
            ),
            vec![
                Basis::new("Vw", "3(3)", uri::VW_NEW),
                Basis::new("APR", "39", uri::APR),
            ],
        );
        return;
    }
    let zeist = Tri::known(family_with_minors).or(uam.clone());
    match zeist.value {
        Some(true) => {
            ctx.procedure.location = Some(ProcedureLocation::GgvZeist);
            ctx.explain(
                "procedure.location",
                text!(
                ctx.locale,
                    "Gezin met minderjarige kinderen of alleenstaande minderjarige in de grensprocedure: gesloten gezinsvoorziening Zeist.",
                    "Family with minor children or unaccompanied minor in the border procedure: the closed family facility in Zeist.",
                ),
                vec![APR_54, Basis::new("APR", "44(3)", uri::APR)],
            );
        }
        Some(false) => {
            ctx.procedure.location = Some(ProcedureLocation::AcSchiphol);
            ctx.explain(
                "procedure.location",
                text!(
                    ctx.locale,
                    "Grensprocedure in het Aanmeldcentrum Schiphol.",
                    "Border procedure at the Schiphol application centre.",
                ),
                vec![APR_54, VW_3_3],
            );
        }
        None => {
            ctx.procedure.location = None;
            for p in &zeist.unknown {
                ctx.missing(p, "procedure.location");
            }
            ctx.explain(
                "procedure.locationUndetermined",
                text!(
                ctx.locale,
                    "De plaats van de grensprocedure (Schiphol of Zeist) hangt af van de vraag of de vreemdeling een alleenstaande minderjarige is.",
                    "The place of the border procedure (Schiphol or Zeist) depends on whether the applicant is an unaccompanied minor.",
                ),
                vec![APR_54],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::Assessment;
    use crate::explain::Locale;
    use crate::params::Parameters;

    fn run(json: &str, params: &Parameters) -> Assessment {
        let case = crate::decode_case(json.as_bytes()).unwrap();
        let mut ctx = Ctx::new(&case, params, Locale::En);
        crate::law::transition::assess(&mut ctx);
        crate::law::crisis::assess(&mut ctx);
        assess(&mut ctx);
        ctx.finish().unwrap()
    }

    /// A pact case at `situation` with the grounds in `on` true and every other ground false.
    fn case(situation: &str, on: &[&str], extra_applicant: &str) -> String {
        let all = [
            "irrelevantIssuesOnly",
            "inconsistentStatements",
            "misledAuthorities",
            "delayRemovalOnly",
            "safeCountryOfOrigin",
            "dangerToSecurityOrPublicOrder",
            "subsequentNotInadmissible",
            "irregularEntryNoPromptApplication",
            "lawfulEntryNoPromptApplication",
            "lowRecognitionRate",
        ];
        let grounds: Vec<String> = all
            .iter()
            .map(|g| format!("\"{g}\":{}", on.contains(g)))
            .collect();
        format!(
            r#"{{"schemaVersion":1,"applicant":{{"dateOfBirth":"1990-01-01","nationality":"SYR"{extra_applicant}}},
            "application":{{"madeAt":"2026-08-03T10:00:00+02:00","registeredAt":"2026-08-03T16:00:00+02:00","lodgedAt":"2026-08-05","situation":"{situation}","subsequent":false}},
            "grounds":{{{},"inadmissible":false}},"dublin":{{"otherMemberStateResponsible":false}}}}"#,
            grounds.join(",")
        )
    }

    fn params_with(key: &str, item: serde_json::Value) -> Parameters {
        let mut v: serde_json::Value = serde_json::from_str(crate::params::DEFAULT_JSON).unwrap();
        v[key].as_array_mut().unwrap().push(item);
        Parameters::from_json(serde_json::to_string(&v).unwrap().as_bytes()).unwrap()
    }

    fn notice(kind: &str) -> Parameters {
        params_with(
            "notices",
            serde_json::json!({"kind": kind, "from": "2026-07-01", "to": "2026-12-31", "source": {"title": "test notice"}}),
        )
    }

    #[test]
    fn kleene_logic() {
        let u = Tri::fact(None, "/x");
        assert_eq!(u.clone().and(Tri::known(false)), Tri::known(false));
        assert_eq!(u.clone().or(Tri::known(true)), Tri::known(true));
        assert_eq!(u.clone().and(Tri::known(true)).unknown, vec!["/x"]);
        assert_eq!(u.clone().negate().value, None);
        assert_eq!(
            Tri::any([Tri::known(false), Tri::known(false)]),
            Tri::known(false)
        );
    }

    #[test]
    fn misled_adult_at_the_border_is_mandatory_at_schiphol() {
        let a = run(
            &case("borderCrossingPoint", &["misledAuthorities"], ""),
            Parameters::embedded(),
        );
        assert_eq!(a.procedure.kind, Some(ProcedureKind::AsylumBorder));
        assert_eq!(a.procedure.mandatory, Some(true));
        assert_eq!(a.procedure.location, Some(ProcedureLocation::AcSchiphol));
        assert!(a.monitoring.is_some());
        // familyWithMinors and the 53(2) facts are absent: presumed, and asked for.
        assert!(a
            .missing_facts
            .iter()
            .any(|m| m.path == "/applicant/familyWithMinors"));
    }

    #[test]
    fn adequate_capacity_notice_lifts_the_obligation_for_j_only() {
        let p = notice("adequateCapacityReached");
        let a = run(
            &case("borderCrossingPoint", &["lowRecognitionRate"], ""),
            &p,
        );
        assert_eq!(a.procedure.kind, Some(ProcedureKind::AsylumBorder));
        assert_eq!(a.procedure.mandatory, Some(false));
        let a = run(&case("borderCrossingPoint", &["misledAuthorities"], ""), &p);
        assert_eq!(a.procedure.mandatory, Some(true));
        // Outside the notice's period the obligation is back.
        let j = case("borderCrossingPoint", &["lowRecognitionRate"], "")
            .replace("2026-08-03T10:00:00+02:00", "2027-01-04T10:00:00+01:00")
            .replace("2026-08-03T16:00:00+02:00", "2027-01-04T16:00:00+01:00")
            .replace("2026-08-05", "2027-01-06");
        assert_eq!(run(&j, &p).procedure.mandatory, Some(true));
    }

    #[test]
    fn annual_maximum_lifts_c_and_j_but_not_f_or_42_3_b() {
        let p = notice("annualMaximumAuthorised");
        for (g, want) in [
            ("misledAuthorities", false),
            ("lowRecognitionRate", false),
            ("dangerToSecurityOrPublicOrder", true),
        ] {
            let a = run(&case("borderCrossingPoint", &[g], ""), &p);
            assert_eq!(a.procedure.kind, Some(ProcedureKind::AsylumBorder), "{g}");
            assert_eq!(a.procedure.mandatory, Some(want), "{g}");
        }
        let uam = case(
            "borderCrossingPoint",
            &["dangerToSecurityOrPublicOrder"],
            r#","unaccompaniedMinor":true"#,
        )
        .replace("1990-01-01", "2010-01-01");
        let a = run(&uam, &p);
        assert_eq!(a.procedure.mandatory, Some(true));
        assert_eq!(a.procedure.location, Some(ProcedureLocation::GgvZeist));
        assert_eq!(a.procedure.grounds, vec!["apr42_3_b"]);
    }

    #[test]
    fn crisis_lowers_the_recognition_rate_threshold() {
        let p = params_with(
            "activations",
            serde_json::json!({"id": "cfr-test", "kind": "massArrivals", "from": "2026-07-01", "to": "2026-09-30",
                "derogations": ["recognitionRateThreshold"], "thresholdPercent": 10.0, "source": {"title": "test decision"}}),
        );
        let territory = |nat: &str| {
            case("territory", &[], "")
                .replace("SYR", nat)
                .replace("\"safeCountryOfOrigin\":false,", "")
                .replace(",\"lowRecognitionRate\":false", "")
        };
        // Pakistan 12%: low under the 20% rule of 42(1)(j), which CFR 11(3) does not change: on
        // the territory still accelerated (RULES §8 [rev. 12-2026]).
        let a = run(&territory("PAK"), Parameters::embedded());
        assert_eq!(a.procedure.grounds, vec!["apr42_1_j"]);
        let a = run(&territory("PAK"), &p);
        assert_eq!(a.procedure.kind, Some(ProcedureKind::Accelerated));
        assert_eq!(a.procedure.grounds, vec!["apr42_1_j"]);
        // At the border: the border procedure, but no longer mandatory above 10%.
        let border = |nat: &str| territory(nat).replace("\"territory\"", "\"borderCrossingPoint\"");
        let a = run(&border("PAK"), &p);
        assert_eq!(a.procedure.kind, Some(ProcedureKind::AsylumBorder));
        assert_eq!(a.procedure.mandatory, Some(false));
        assert!(a
            .crisis
            .derogations_applied
            .contains(&"recognitionRateThreshold"));
        assert!(a.crisis.activations.contains(&"cfr-test".to_owned()));
        let a = run(&border("PAK"), Parameters::embedded());
        assert_eq!(a.procedure.mandatory, Some(true));
        // Bangladesh 3%: mandatory either way.
        let a = run(&border("BGD"), &p);
        assert_eq!(a.procedure.mandatory, Some(true));
        // Before the CFR applies (1 July 2026) the derogation has no effect.
        let early = params_with(
            "activations",
            serde_json::json!({"id": "cfr-early", "kind": "massArrivals", "from": "2026-06-12", "to": "2026-06-30",
                "derogations": ["recognitionRateThreshold"], "thresholdPercent": 10.0, "source": {"title": "test decision"}}),
        );
        let a = run(&border("PAK").replace("2026-08-0", "2026-06-2"), &early);
        assert!(a.crisis.derogations_applied.is_empty());
    }

    #[test]
    fn unknown_rate_leaves_the_kind_open_and_asks_only_for_it() {
        let c = case("territory", &[], "").replace(",\"lowRecognitionRate\":false", "");
        let a = run(&c, Parameters::embedded());
        assert_eq!(a.procedure.kind, None);
        let paths: Vec<&str> = a.missing_facts.iter().map(|m| m.path).collect();
        assert_eq!(paths, vec!["/grounds/lowRecognitionRate"]);
        assert_eq!(a.procedure.location, Some(ProcedureLocation::TerApel));
    }

    #[test]
    fn unknown_minor_flag_matters_only_where_it_changes_the_outcome() {
        let minor = |on: &[&str], sit: &str| case(sit, on, "").replace("1990-01-01", "2012-01-15");
        // (c) at the border: adult → border procedure; unaccompanied minor → accelerated.
        let a = run(
            &minor(&["misledAuthorities"], "borderCrossingPoint"),
            Parameters::embedded(),
        );
        assert_eq!(a.procedure.kind, None);
        assert!(a
            .missing_facts
            .iter()
            .any(|m| m.path == "/applicant/unaccompaniedMinor"));
        // (f) on the territory: accelerated either way.
        let a = run(
            &minor(&["dangerToSecurityOrPublicOrder"], "territory"),
            Parameters::embedded(),
        );
        assert_eq!(a.procedure.kind, Some(ProcedureKind::Accelerated));
    }

    #[test]
    fn exclusion_under_53_2_moves_the_case_to_the_territory() {
        let a = run(
            &case(
                "borderCrossingPoint",
                &["misledAuthorities"],
                r#","medicalReasonsAgainstBorder":true"#,
            ),
            Parameters::embedded(),
        );
        assert_eq!(a.procedure.kind, Some(ProcedureKind::Accelerated));
        assert_eq!(a.procedure.location, Some(ProcedureLocation::TerApel));
        assert!(a
            .explanation
            .iter()
            .any(|e| e.rule == "procedure.border.excluded"));
    }
}
