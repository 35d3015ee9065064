//! Access to the procedure (APR 27–28, 51(1); CFR 10): the time limits for registering and for
//! lodging an application, pact regime only (RULES.md §5 `registration`, `lodging`).
//!
//! Texts read in legalize-dev/legalize-eu `eu/28/32024R1348.md` (APR, consolidated).

use crate::calendar::{self, Counting, Period, When};
use crate::contract::{ProcedureKind, Situation};
use crate::engine::{AlternativeSpec, Ctx, LimitSpec};
use crate::explain::{uri, Basis, NoteKind};
use crate::law::application::{self, Act};
use crate::law::crisis;
use crate::params::{Derogation, NoticeKind};
use crate::text;

const APR_27_1: Basis = Basis::new("APR", "27(1)", uri::APR);
const APR_27_3: Basis = Basis::new("APR", "27(3)", uri::APR);
const APR_27_5: Basis = Basis::new("APR", "27(5)", uri::APR);
const APR_27_7: Basis = Basis::new("APR", "27(7)", uri::APR);
const APR_28_1: Basis = Basis::new("APR", "28(1)", uri::APR);
const APR_51_1: Basis = Basis::new("APR", "51(1)", uri::APR);
const CFR_10: Basis = Basis::new("CFR", "10", uri::CFR);

/// Applies this module's provisions to the case.
pub fn assess(ctx: &mut Ctx) {
    registration(ctx);
    lodging(ctx);
}

/// The limit for registering the application.
///
/// APR 27(1): the competent authorities shall register the application "promptly and, in any
/// event, no later than five days from when it is made".
/// APR 27(3): "Where an application is made to an authority [...] which is not responsible for
/// registering applications, that authority shall promptly and at the latest within three
/// working days from when the application was made inform the authority responsible for
/// registering applications. The authority responsible for registering applications shall
/// register the application as soon as possible and no later than five days from when it has
/// received the information."
/// APR 27(5): "Where there is a disproportionate number of third-country nationals or stateless
/// persons who make an application within the same period of time, making it unfeasible to
/// register applications within the deadlines provided for in paragraphs 1 and 3, the
/// application shall be registered no later than 15 days from when it was made."
/// APR 27(7): "For third-country nationals subject to the screening referred to in Article 5(1)
/// of Regulation (EU) 2024/1356, paragraphs 1 to 6 of this Article shall apply only after the
/// screening has ended."
/// CFR 10 (crisis derogation, data in the parameters): registration no later than four weeks
/// after the application is made (a CFR period: the CFR has no counting rule of its own, PR).
///
/// APR limits are counted by APR art. 73 (no two-working-days rule; RULES §1.1 [rev. 12-2026]).
/// The APR applies from 12 June 2026 (art. 79(2)): no limit for an application made before.
pub fn registration(ctx: &mut Ctx) {
    let app = &ctx.case.application;
    let Some(made) = app.made_at else {
        ctx.missing("/application/madeAt", "deadlines.registration");
        return;
    };
    // APR 27(7): persons screened under SR 5(1) (apprehended at the external border or
    // disembarked after search and rescue): the limits run only after the screening has ended.
    let screened_5_1 = matches!(
        app.situation,
        Some(Situation::ExternalBorderApprehension | Situation::SearchAndRescue)
    );
    let (start, start_path) = if screened_5_1 {
        match ctx.case.screening.form_completed_at {
            Some(end) => {
                ctx.note(
                    NoteKind::Interpretation,
                    text!(
                ctx.locale,
                        "Art. 27(7) APR: voor wie onder art. 5(1) Screeningsverordening wordt gescreend gelden de registratietermijnen pas na afloop van de screening. De engine neemt de voltooiing van het screeningsformulier (art. 17–18 SR) als einde van de screening en laat de termijn lopen vanaf het laatste van beide: het doen van het verzoek of het einde van de screening.",
                        "APR 27(7): for persons screened under SR 5(1) the registration limits apply only after the screening has ended. The engine takes the completion of the screening form (SR 17–18) as the end of the screening and runs the limit from the later of the making of the application and the end of the screening.",
                    ),
                    vec![APR_27_7, Basis::new("SR", "18", uri::SR)],
                );
                if end.date() > made.date() {
                    (end, "/screening/formCompletedAt")
                } else {
                    (made, "/application/madeAt")
                }
            }
            None => {
                ctx.missing("/screening/formCompletedAt", "deadlines.registration");
                ctx.explain(
                    "access.registration.afterScreening",
                    text!(
                ctx.locale,
                        "De registratietermijn loopt pas na afloop van de screening (art. 27(7) APR); het einde van de screening is onbekend.",
                        "The registration limit runs only after the screening has ended (APR 27(7)); the end of the screening is unknown.",
                    ),
                    vec![APR_27_7],
                );
                return;
            }
        }
    } else {
        (made, "/application/madeAt")
    };

    if !application::limit_applies(ctx, Act::Apr, made.date(), "registration") {
        return;
    }
    let label = text!(
        ctx.locale,
        "Registratie van het verzoek",
        "Registration of the application",
    );
    if crisis::derogation(ctx, Derogation::Registration4Weeks, made.date()) {
        ctx.note(
            NoteKind::Interpretation,
            text!(
                ctx.locale,
                "De registratietermijn van vier weken is een termijn van de Crisis- en overmachtverordening, die geen eigen rekenregel heeft: hij wordt berekend volgens Verordening 1182/71 (voor een termijn in weken hetzelfde einde als art. 73 APR).",
                "The four-week registration limit is a limit of the Crisis and Force Majeure Regulation, which has no counting rule of its own: it is counted per Reg. 1182/71 (for a period in weeks the same end as APR 73).",
            ),
            vec![CFR_10, Basis::new("PR", "1", uri::PR)],
        );
        ctx.limit(LimitSpec {
            id: "registration",
            from_path: start_path,
            from: start,
            period: Period::weeks(4),
            counting: Counting::Pr1182,
            basis: vec![CFR_10],
            rule: "access.registration",
            label,
        });
        return;
    }
    if let Some(n) = ctx
        .params
        .notice_on(NoticeKind::DisproportionateNumbers, made.date())
        .cloned()
    {
        ctx.note(
            NoteKind::Info,
            text!(
                ctx.locale,
                format!(
                    "Op {} geldt een melding van een onevenredig aantal verzoeken ({}, {} t/m {}): registratie binnen 15 dagen (art. 27(5) APR).",
                    made.date(), n.source.title, n.from, n.to
                ),
                format!(
                    "On {} a notice of a disproportionate number of applications is in force ({}, {} to {}): registration within 15 days (APR 27(5)).",
                    made.date(), n.source.title, n.from, n.to
                ),
            ),
            vec![APR_27_5],
        );
        ctx.limit(LimitSpec {
            id: "registration",
            from_path: start_path,
            from: start,
            period: Period::days(15),
            counting: Counting::Apr73,
            basis: vec![APR_27_5],
            rule: "access.registration",
            label,
        });
        return;
    }
    if app.made_to_other_authority == Some(true) {
        // APR 27(3): three working days to inform, then five days from receipt of the
        // information. The receipt is not a fact of the case: the engine assumes it on the last
        // day the informing authority has, which gives the latest lawful registration day.
        let inform = match calendar::compute(
            start,
            Period::working_days(3),
            Counting::Apr73,
            &ctx.params.calendar,
        ) {
            Ok(c) => c,
            Err(_) => {
                // Out of range: let the main computation report the error at the path.
                ctx.limit(LimitSpec {
                    id: "registration",
                    from_path: start_path,
                    from: start,
                    period: Period::days(5),
                    counting: Counting::Apr73,
                    basis: vec![APR_27_3],
                    rule: "access.registration.otherAuthority",
                    label,
                });
                return;
            }
        };
        ctx.note(
            NoteKind::Assumption,
            text!(
                ctx.locale,
                format!(
                    "Het verzoek is gedaan bij een autoriteit die niet registreert (art. 27(3) APR). Die moet de registrerende autoriteit uiterlijk op {} (drie werkdagen) informeren; daarna geldt vijf dagen vanaf ontvangst. De datum van ontvangst is niet bekend: de engine neemt de laatste dag van de informatietermijn, wat de uiterste registratiedatum geeft.",
                    inform.due
                ),
                format!(
                    "The application was made to an authority that does not register applications (APR 27(3)). It must inform the registering authority by {} (three working days); registration is then due within five days of receipt. The date of receipt is not known: the engine takes the last day of the informing period, which gives the latest registration day.",
                    inform.due
                ),
            ),
            vec![APR_27_3],
        );
        ctx.limit(LimitSpec {
            id: "registration",
            from_path: start_path,
            from: When::Date(inform.due),
            period: Period::days(5),
            counting: Counting::Apr73,
            basis: vec![APR_27_3],
            rule: "access.registration.otherAuthority",
            label,
        });
        return;
    }
    ctx.limit(LimitSpec {
        id: "registration",
        from_path: start_path,
        from: start,
        period: Period::days(5),
        counting: Counting::Apr73,
        basis: vec![APR_27_1],
        rule: "access.registration",
        label,
    });
}

/// The limit for lodging the application.
///
/// APR 28(1): "The applicant shall lodge the application [...] as soon as possible and no later
/// than 21 days from when the application is registered".
/// APR 51(1): "By way of derogation from Article 28 of this Regulation, applications subject to
/// a border procedure shall be lodged no later than five days from registration for the first
/// time or, following a transfer pursuant to Article 67(11) of Regulation (EU) 2024/1351, five
/// days from when the applicant arrives in the Member State of relocation [...]. Failure to
/// comply with the deadline of five days shall not affect the continued application of the
/// border procedure."
pub fn lodging(ctx: &mut Ctx) {
    let Some(registered) = ctx.case.application.registered_at else {
        ctx.missing("/application/registeredAt", "deadlines.lodging");
        return;
    };
    let label = text!(
        ctx.locale,
        "Indiening van het verzoek",
        "Lodging of the application"
    );
    if !application::limit_applies(ctx, Act::Apr, registered.date(), "lodging") {
        return;
    }
    // RULES §0: while the kind is open, the ordinary case decides, and the facts that would lead
    // to the other length are alternatives.
    let open = ctx.open_kind_facts();
    let border = match &open {
        Some((ordinary, _)) => *ordinary == ProcedureKind::AsylumBorder,
        None => ctx.procedure.kind == Some(ProcedureKind::AsylumBorder),
    };
    if border && ctx.case.application.situation == Some(Situation::Relocation) {
        ctx.note(
            NoteKind::Assumption,
            text!(
                ctx.locale,
                "Na herplaatsing (art. 67(11) AMMR) loopt de indieningstermijn van vijf dagen vanaf aankomst in Nederland (art. 51(1) APR). De aankomstdatum is geen gegeven van de zaak; de engine rekent vanaf de registratie in Nederland.",
                "After relocation (AMMR 67(11)) the five-day lodging limit runs from arrival in the Netherlands (APR 51(1)). The arrival date is not a fact of the case; the engine counts from the registration in the Netherlands.",
            ),
            vec![APR_51_1],
        );
    }
    let (period, basis, rule) = if border {
        (Period::days(5), APR_51_1, "access.lodging.border")
    } else {
        (Period::days(21), APR_28_1, "access.lodging")
    };
    let computed = ctx.limit(LimitSpec {
        id: "lodging",
        from_path: "/application/registeredAt",
        from: registered,
        period,
        counting: Counting::Apr73,
        basis: vec![basis],
        rule,
        label,
    });
    let Some((_, facts)) = open else {
        return;
    };
    if computed.is_none() {
        return;
    }
    let mut names = Vec::new();
    for (kind, fact) in facts {
        let other_border = kind == ProcedureKind::AsylumBorder;
        if other_border == border {
            continue;
        }
        let (period, basis) = if other_border {
            (Period::days(5), APR_51_1)
        } else {
            (Period::days(21), APR_28_1)
        };
        ctx.alternative(
            "lodging",
            "deadlines.lodging",
            AlternativeSpec {
                from: registered,
                fact,
                if_value: true,
                period,
                counting: Counting::Apr73,
                basis: vec![basis],
            },
        );
        names.push(fact);
    }
    if let (false, Some(alt)) = (
        names.is_empty(),
        ctx.deadline_by_id("lodging")
            .and_then(|d| d.alternatives.first())
            .map(|a| a.due.clone()),
    ) {
        let list = names.join(", ");
        let (nl, en) = if border {
            (
                format!("De procedure is nog niet bepaald. Zonder de open feiten is het de asielgrensprocedure: indiening binnen vijf dagen (art. 51(1) APR). Als een van {list} vaststaat, geldt de gewone termijn van 21 dagen (art. 28(1) APR): uiterlijk {alt}."),
                format!("The procedure is not yet determined. Without the open facts it is the asylum border procedure: lodging within five days (APR 51(1)). If one of {list} is established, the ordinary 21 days apply (APR 28(1)): by {alt}."),
            )
        } else {
            (
                format!("De procedure is nog niet bepaald. De indieningstermijn is 21 dagen (art. 28(1) APR). Als een van {list} vaststaat, is het de asielgrensprocedure en geldt vijf dagen (art. 51(1) APR): uiterlijk {alt}."),
                format!("The procedure is not yet determined. The lodging limit is 21 days (APR 28(1)). If one of {list} is established, it is the asylum border procedure and five days apply (APR 51(1)): by {alt}."),
            )
        };
        ctx.note(
            NoteKind::Info,
            text!(ctx.locale, nl, en),
            vec![APR_51_1, APR_28_1],
        );
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::contract::Case;
    use crate::explain::Locale;
    use crate::params::Parameters;
    use chrono::NaiveDate;
    use serde_json::Value;

    pub(crate) fn date(s: &str) -> When {
        When::Date(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    pub(crate) fn pact_ctx<'a>(case: &'a Case, params: &'a Parameters) -> Ctx<'a> {
        let mut ctx = Ctx::new(case, params, Locale::En);
        crate::law::transition::assess(&mut ctx);
        ctx
    }

    /// (due, period, extended) of deadline `id`.
    pub(crate) fn due(ctx: Ctx<'_>, id: &str) -> Option<(String, String, bool)> {
        let a = ctx.finish().ok()?;
        a.deadlines
            .iter()
            .find(|d| d.id == id)
            .map(|d| (d.due.clone(), d.period.clone(), d.extended))
    }

    fn case(made: &str, registered: &str) -> Case {
        let mut c = Case {
            schema_version: 1,
            ..Default::default()
        };
        c.application.made_at = Some(date(made));
        c.application.registered_at = Some(date(registered));
        c.application.lodged_at = Some(date(registered));
        c.application.situation = Some(Situation::Territory);
        c
    }

    #[test]
    fn registration_five_days_saturday_moves_to_monday() {
        let c = case("2026-06-15", "2026-06-16");
        let p = Parameters::embedded();
        let mut ctx = pact_ctx(&c, p);
        registration(&mut ctx);
        assert_eq!(
            due(ctx, "registration"),
            Some(("2026-06-22".into(), "P5D".into(), true))
        );
    }

    #[test]
    fn registration_other_authority_three_working_days_then_five_days() {
        // Made Thu 2026-12-24: 3 working days → Mon 28, Tue 29, Wed 30 (Christmas and the
        // weekend skipped); then 5 days (APR 73) → Mon 4 January 2027, a working day.
        let mut c = case("2026-12-24", "2026-12-28");
        c.application.made_to_other_authority = Some(true);
        let p = Parameters::embedded();
        let mut ctx = pact_ctx(&c, p);
        registration(&mut ctx);
        assert_eq!(
            due(ctx, "registration"),
            Some(("2027-01-04".into(), "P5D".into(), false))
        );
        // Before the APR applies (12 June 2026): no limit.
        let mut c = case("2026-04-23", "2026-04-24");
        c.application.made_to_other_authority = Some(true);
        let mut ctx = pact_ctx(&c, p);
        registration(&mut ctx);
        assert_eq!(due(ctx, "registration"), None);
    }

    #[test]
    fn registration_after_screening_for_sr_5_1() {
        let mut c = case("2026-07-01", "2026-07-10");
        c.application.situation = Some(Situation::SearchAndRescue);
        let p = Parameters::embedded();
        let mut ctx = pact_ctx(&c, p);
        registration(&mut ctx);
        let a = ctx.finish().unwrap();
        assert!(a.deadlines.iter().all(|d| d.id != "registration"));
        assert!(a
            .missing_facts
            .iter()
            .any(|m| m.path == "/screening/formCompletedAt"));

        c.screening.form_completed_at = Some(date("2026-07-06"));
        let mut ctx = pact_ctx(&c, p);
        registration(&mut ctx);
        // Mon 6 July + 5 days = Sat 11 July → Mon 13 July.
        assert_eq!(
            due(ctx, "registration"),
            Some(("2026-07-13".into(), "P5D".into(), true))
        );
    }

    fn params_with(extra: &str) -> Parameters {
        let mut v: Value = serde_json::from_str(crate::params::DEFAULT_JSON).unwrap();
        let add: Value = serde_json::from_str(extra).unwrap();
        for (k, val) in add.as_object().unwrap() {
            v[k] = val.clone();
        }
        Parameters::from_json(v.to_string().as_bytes()).unwrap()
    }

    pub(crate) fn crisis_params() -> Parameters {
        params_with(
            r#"{"activations":[{"id":"test-crisis","kind":"massArrivals","from":"2026-09-01","to":"2026-11-30",
            "derogations":["registration4Weeks","borderProcedurePlus6Weeks","returnBorderPlus6Weeks"],
            "source":{"title":"Test Council implementing decision"}}]}"#,
        )
    }

    #[test]
    fn registration_fifteen_days_under_disproportionate_numbers() {
        let p = params_with(
            r#"{"notices":[{"kind":"disproportionateNumbers","from":"2026-08-01","to":"2026-08-31",
            "source":{"title":"Test notice"}}]}"#,
        );
        let c = case("2026-08-10", "2026-08-11");
        let mut ctx = pact_ctx(&c, &p);
        registration(&mut ctx);
        // Mon 10 Aug + 15 days = Tue 25 Aug.
        assert_eq!(
            due(ctx, "registration"),
            Some(("2026-08-25".into(), "P15D".into(), false))
        );
    }

    #[test]
    fn registration_four_weeks_under_crisis() {
        let p = crisis_params();
        let c = case("2026-09-10", "2026-09-11");
        let mut ctx = pact_ctx(&c, &p);
        registration(&mut ctx);
        let a = ctx.finish().unwrap();
        let d = a.deadlines.iter().find(|d| d.id == "registration").unwrap();
        assert_eq!((d.due.as_str(), d.period.as_str()), ("2026-10-08", "P4W"));
        assert!(a.crisis.derogations_applied.contains(&"registration4Weeks"));
    }

    #[test]
    fn lodging_21_days_and_5_days_in_border_procedure() {
        let c = case("2026-06-15", "2026-06-16");
        let p = Parameters::embedded();
        let mut ctx = pact_ctx(&c, p);
        lodging(&mut ctx);
        assert_eq!(
            due(ctx, "lodging"),
            Some(("2026-07-07".into(), "P21D".into(), false))
        );

        let mut ctx = pact_ctx(&c, p);
        ctx.procedure.kind = Some(ProcedureKind::AsylumBorder);
        lodging(&mut ctx);
        // Tue 16 June + 5 days = Sun 21 June → Mon 22 June.
        assert_eq!(
            due(ctx, "lodging"),
            Some(("2026-06-22".into(), "P5D".into(), true))
        );
    }

    #[test]
    fn lodging_needs_registration() {
        let mut c = case("2026-06-15", "2026-06-16");
        c.application.registered_at = None;
        let p = Parameters::embedded();
        let mut ctx = pact_ctx(&c, p);
        lodging(&mut ctx);
        let a = ctx.finish().unwrap();
        assert!(a
            .missing_facts
            .iter()
            .any(|m| m.path == "/application/registeredAt"
                && m.affects.contains(&"deadlines.lodging")));
    }

    // -----------------------------------------------------------------------------------------
    // Vector harness (until the conformance runner covers them): every tests/vectors/pact-b-*.json.

    fn pointer<'v>(v: &'v Value, p: &str) -> Option<&'v Value> {
        if p.is_empty() {
            Some(v)
        } else {
            v.pointer(p)
        }
    }

    fn check(file: &str, out: &Value, assertion: &Value) -> Result<(), String> {
        let path = assertion["path"].as_str().unwrap_or("");
        let got = pointer(out, path);
        if let Some(want) = assertion.get("equals") {
            let ok = match got {
                None => want.is_null(),
                Some(g) => g == want,
            };
            if !ok {
                return Err(format!("{file}: {path} = {got:?}, want {want}"));
            }
        }
        if let Some(want) = assertion.get("notEquals") {
            if got == Some(want) || (got.is_none() && want.is_null()) {
                return Err(format!("{file}: {path} equals {want}"));
            }
        }
        if let Some(find) = assertion.get("find") {
            let arr = got
                .and_then(Value::as_array)
                .ok_or(format!("{file}: {path} not an array"))?;
            let matches = |el: &Value, o: &Value| {
                o.as_object()
                    .map(|o| o.iter().all(|(k, v)| el.get(k) == Some(v)))
                    .unwrap_or(false)
            };
            let el = arr
                .iter()
                .find(|el| matches(el, find))
                .ok_or(format!("{file}: no element {find} in {path}"))?;
            if let Some(has) = assertion.get("has") {
                if !matches(el, has) {
                    return Err(format!("{file}: element {el} lacks {has}"));
                }
            }
        }
        Ok(())
    }

    #[test]
    fn pact_b_vectors() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
        let mut failures = Vec::new();
        let mut n = 0;
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return;
        };
        let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files {
            let name = f.file_name().unwrap().to_string_lossy().to_string();
            if !name.starts_with("pact-b-") || !name.ends_with(".json") {
                continue;
            }
            n += 1;
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
            let input = serde_json::to_vec(&v["input"]).unwrap();
            let out: Value = serde_json::from_str(&crate::evaluate_json(&input).json).unwrap();
            for a in v["expect"].as_array().unwrap() {
                if let Err(e) = check(&name, &out, a) {
                    failures.push(e);
                }
            }
        }
        eprintln!("{n} pact-b vectors checked");
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
