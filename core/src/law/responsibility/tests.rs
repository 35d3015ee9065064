//! Unit tests of the responsibility limits (the table, Dublin III from registration, the hit cap,
//! detention and the crisis extensions).

use super::*;
use crate::contract::{Case, ProcedureKind, ProcedureRegime, RequestType, Situation};
use crate::law::access::tests::{date, pact_ctx};
use crate::params::Parameters;

fn case(registered: &str, lodged: &str, t: RequestType) -> Case {
    let mut c = Case {
        schema_version: 1,
        ..Default::default()
    };
    c.application.made_at = Some(date(registered));
    c.application.registered_at = Some(date(registered));
    c.application.lodged_at = Some(date(lodged));
    c.application.situation = Some(Situation::Territory);
    c.application.detained = Some(false);
    c.dublin.other_member_state_responsible = Some(true);
    c.dublin.request_type = Some(t);
    c
}

/// A case registered before 1 July 2026 (Dublin III) with a later lodging date.
fn case2(registered: &str, lodged: &str, t: RequestType) -> Case {
    let mut c = case(registered, lodged, t);
    c.application.made_at = Some(date(registered));
    c
}

fn deadlines(c: &Case) -> Vec<(String, String, String, bool, Option<String>)> {
    let p = Parameters::embedded();
    let mut ctx = pact_ctx(c, p);
    assess(&mut ctx);
    ctx.finish()
        .unwrap()
        .deadlines
        .into_iter()
        .map(|d| {
            (
                d.id.to_owned(),
                d.period,
                d.due,
                d.extended,
                d.extension.map(|x| x.due),
            )
        })
        .collect()
}

fn get(c: &Case, id: &str) -> (String, String, bool) {
    let all = deadlines(c);
    let d = all.iter().find(|d| d.0 == id).unwrap();
    (d.1.clone(), d.2.clone(), d.3)
}

#[test]
fn ammr_take_charge_two_months_sunday_to_monday() {
    let c = case("2026-09-01", "2026-09-04", RequestType::TakeCharge);
    assert_eq!(
        get(&c, "dublinRequest"),
        ("P2M".into(), "2026-11-02".into(), true)
    );
}

#[test]
fn ammr_take_charge_one_month_from_hit_and_reply_two_weeks() {
    let mut c = case("2026-09-01", "2026-09-04", RequestType::TakeCharge);
    c.dublin.eurodac_hit_at = Some(date("2026-09-03"));
    c.dublin.request_sent_at = Some(date("2026-09-20"));
    assert_eq!(
        get(&c, "dublinRequest"),
        ("P1M".into(), "2026-10-05".into(), true)
    );
    // Sun 20 Sept + 2 weeks = Sun 4 Oct → Mon 5 Oct.
    assert_eq!(
        get(&c, "dublinReply"),
        ("P2W".into(), "2026-10-05".into(), true)
    );
}

#[test]
fn ammr_take_back_two_weeks_from_hit_missing_without() {
    let mut c = case("2026-07-01", "2026-07-03", RequestType::TakeBack);
    let p = Parameters::embedded();
    let mut ctx = pact_ctx(&c, p);
    assess(&mut ctx);
    let a = ctx.finish().unwrap();
    assert!(a
        .missing_facts
        .iter()
        .any(|m| m.path == "/dublin/eurodacHitAt"));
    c.dublin.eurodac_hit_at = Some(date("2026-07-02"));
    assert_eq!(
        get(&c, "dublinRequest"),
        ("P2W".into(), "2026-07-16".into(), false)
    );
}

#[test]
fn ammr_detained_limits() {
    let mut c = case("2026-07-06", "2026-07-08", RequestType::TakeCharge);
    c.application.detained = Some(true);
    c.dublin.request_sent_at = Some(date("2026-07-10"));
    c.dublin.accepted_at = Some(date("2026-07-17"));
    assert_eq!(
        get(&c, "dublinRequest"),
        ("P2W".into(), "2026-07-20".into(), false)
    );
    assert_eq!(
        get(&c, "dublinReply"),
        ("P1W".into(), "2026-07-17".into(), false)
    );
    assert_eq!(
        get(&c, "dublinTransfer"),
        ("P5W".into(), "2026-08-21".into(), false)
    );
    // Detained later: one week from detention.
    c.dublin.detained_at = Some(date("2026-08-12"));
    assert_eq!(
        get(&c, "dublinRequest"),
        ("P1W".into(), "2026-08-19".into(), false)
    );
}

#[test]
fn ammr_transfer_six_months_with_extensions() {
    let mut c = case("2026-07-06", "2026-07-08", RequestType::TakeCharge);
    c.dublin.request_sent_at = Some(date("2026-08-01"));
    c.dublin.accepted_at = Some(date("2026-08-31"));
    assert_eq!(
        get(&c, "dublinTransferDecision"),
        ("P2W".into(), "2026-09-14".into(), false)
    );
    // 31 Aug + 6 months = 28 Feb 2027 (clamp), a Sunday → Mon 1 March.
    assert_eq!(
        get(&c, "dublinTransfer"),
        ("P6M".into(), "2027-03-01".into(), true)
    );
    c.dublin.absconded = Some(true);
    let all = deadlines(&c);
    let t = all.iter().find(|d| d.0 == "dublinTransfer").unwrap();
    // + 3 years = Tue 31 Aug 2029.
    assert_eq!(t.4.as_deref(), Some("2029-08-31"));
}

#[test]
fn d3_limits_do_not_move_off_weekends() {
    // Registered 20 June 2026 (before 1 July): Dublin III. Lodged Sat 2026-06-20 + 3 months
    // = Sun 20 Sept, stays Sunday (D3 42).
    let mut c = case("2026-06-20", "2026-06-20", RequestType::TakeCharge);
    assert_eq!(
        get(&c, "dublinRequest"),
        ("P3M".into(), "2026-09-20".into(), false)
    );
    c.dublin.eurodac_hit_at = Some(date("2026-06-22"));
    c.dublin.request_sent_at = Some(date("2026-07-04"));
    assert_eq!(
        get(&c, "dublinRequest"),
        ("P2M".into(), "2026-08-22".into(), false)
    );
    assert_eq!(
        get(&c, "dublinReply"),
        ("P2M".into(), "2026-09-04".into(), false)
    );
    c.dublin.accepted_at = Some(date("2026-08-29"));
    c.dublin.imprisoned = Some(true);
    c.dublin.absconded = Some(false);
    let all = deadlines(&c);
    assert!(all.iter().all(|d| d.0 != "dublinTransferDecision"));
    let t = all.iter().find(|d| d.0 == "dublinTransfer").unwrap();
    assert_eq!(
        (t.1.as_str(), t.2.as_str(), t.4.as_deref()),
        ("P6M", "2027-02-28", Some("2027-08-29"))
    );
}

#[test]
fn d3_take_back_reply_and_detention() {
    let mut c = case("2026-06-15", "2026-06-16", RequestType::TakeBack);
    c.dublin.eurodac_hit_at = Some(date("2026-06-17"));
    c.dublin.request_sent_at = Some(date("2026-06-19"));
    assert_eq!(
        get(&c, "dublinReply"),
        ("P2W".into(), "2026-07-03".into(), false)
    );
    c.application.detained = Some(true);
    // D3 28(3): one month from the first written record, the registration of 15 June.
    assert_eq!(
        get(&c, "dublinRequest"),
        ("P1M".into(), "2026-07-15".into(), false)
    );
    c.dublin.accepted_at = Some(date("2026-06-26"));
    assert_eq!(
        get(&c, "dublinTransfer"),
        ("P6W".into(), "2026-08-07".into(), false)
    );
}

#[test]
fn unknown_request_type_and_detention_keep_the_limit() {
    let mut c = case("2026-09-01", "2026-09-04", RequestType::TakeCharge);
    c.dublin.request_type = None;
    c.application.detained = None;
    let p = Parameters::embedded();
    let mut ctx = pact_ctx(&c, p);
    assess(&mut ctx);
    let a = ctx.finish().unwrap();
    // RULES §0: the take charge limit (AMMR 39(1)) is given; detention (AMMR 45(1): two weeks
    // from registration, Tue 15 Sept) is its alternative.
    let d = a
        .deadlines
        .iter()
        .find(|d| d.id == "dublinRequest")
        .unwrap();
    assert_eq!((d.period.as_str(), d.due.as_str()), ("P2M", "2026-11-02"));
    assert_eq!(d.alternatives.len(), 1);
    assert_eq!(d.alternatives[0].fact, "/application/detained");
    assert_eq!(d.alternatives[0].due, "2026-09-15");
    let m = |p: &str| {
        a.missing_facts
            .iter()
            .find(|m| m.path == p)
            .unwrap()
            .affects
            .clone()
    };
    assert!(m("/dublin/requestType").contains(&"deadlines.dublinRequest"));
    assert!(m("/application/detained").contains(&"deadlines.dublinRequest"));
}

#[test]
fn d3_counts_from_registration_not_lodging() {
    // Public vector 016: registered 22 June, lodged 6 July 2026.
    let c = case2("2026-06-22", "2026-07-06", RequestType::TakeCharge);
    assert_eq!(
        get(&c, "dublinRequest"),
        ("P3M".into(), "2026-09-22".into(), false)
    );
}

#[test]
fn d3_hit_is_capped_at_three_months_from_registration() {
    // Registered 2 June, hit 20 August: 2 months from the hit (20 Oct) is later than 3 months
    // from registration (2 Sept): the earlier applies.
    let mut c = case2("2026-06-02", "2026-06-20", RequestType::TakeCharge);
    c.dublin.eurodac_hit_at = Some(date("2026-08-20"));
    assert_eq!(
        get(&c, "dublinRequest"),
        ("P3M".into(), "2026-09-02".into(), false)
    );
    // An early hit: 2 months from the hit is the earlier.
    c.dublin.eurodac_hit_at = Some(date("2026-06-10"));
    assert_eq!(
        get(&c, "dublinRequest"),
        ("P2M".into(), "2026-08-10".into(), false)
    );
}

#[test]
fn d3_provisional_from_lodging_when_registration_unknown() {
    let mut c = case2("2026-06-22", "2026-06-25", RequestType::TakeCharge);
    c.application.registered_at = None;
    c.application.made_at = Some(date("2026-06-20"));
    let p = Parameters::embedded();
    let mut ctx = pact_ctx(&c, p);
    ctx.regime.responsibility = Some(crate::contract::ResponsibilityRegime::Dublin3);
    assess(&mut ctx);
    let a = ctx.finish().unwrap();
    let d = a
        .deadlines
        .iter()
        .find(|d| d.id == "dublinRequest")
        .unwrap();
    assert_eq!(
        (d.from.as_str(), d.due.as_str()),
        ("2026-06-25", "2026-09-25")
    );
    assert!(a
        .missing_facts
        .iter()
        .any(|m| m.path == "/application/registeredAt"
            && m.affects.contains(&"deadlines.dublinRequest")));
}

#[test]
fn transfer_extension_is_an_option_on_six_months() {
    let mut c = case("2026-07-06", "2026-07-08", RequestType::TakeCharge);
    c.dublin.request_sent_at = Some(date("2026-08-01"));
    c.dublin.accepted_at = Some(date("2026-08-31"));
    c.dublin.absconded = Some(false);
    c.dublin.imprisoned = Some(false);
    let all = deadlines(&c);
    let t = all.iter().find(|d| d.0 == "dublinTransfer").unwrap();
    assert_eq!((t.1.as_str(), t.4.as_deref()), ("P6M", None));
    c.dublin.imprisoned = Some(true);
    let all = deadlines(&c);
    let t = all.iter().find(|d| d.0 == "dublinTransfer").unwrap();
    // 31 Aug 2026 + 1 year = Tue 31 Aug 2027; the limit itself stays six months.
    assert_eq!((t.1.as_str(), t.4.as_deref()), ("P6M", Some("2027-08-31")));
}

fn crisis_params(kind: &str) -> Parameters {
    let mut v: serde_json::Value = serde_json::from_str(crate::params::DEFAULT_JSON).unwrap();
    v["activations"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
        "id": "cfr-1", "kind": kind, "from": "2026-09-01", "to": "2026-11-30",
        "derogations": [], "responsibilityDerogations": ["timeLimitsExtended"],
        "source": {"title": "test decision"}}));
    Parameters::from_json(serde_json::to_string(&v).unwrap().as_bytes()).unwrap()
}

fn run_with(c: &Case, p: &Parameters) -> crate::contract::Assessment {
    let mut ctx = pact_ctx(c, p);
    assess(&mut ctx);
    ctx.finish().unwrap()
}

#[test]
fn cfr12_extends_the_ammr_limits_in_a_crisis() {
    let p = crisis_params("massArrivals");
    let mut c = case("2026-09-01", "2026-09-04", RequestType::TakeCharge);
    c.dublin.eurodac_hit_at = Some(date("2026-09-02"));
    c.dublin.request_sent_at = Some(date("2026-09-10"));
    c.dublin.accepted_at = Some(date("2026-10-01"));
    c.dublin.absconded = Some(false);
    c.dublin.imprisoned = Some(false);
    let a = run_with(&c, &p);
    let get = |id: &str| {
        let d = a.deadlines.iter().find(|d| d.id == id).unwrap();
        (
            d.period.clone(),
            d.due.clone(),
            d.basis[0].article.to_string(),
        )
    };
    // CFR 12(2)(a): 4 months from registration (Tue 1 Sept 2026 → Fri 1 Jan 2027, New Year;
    // PR 3(4): the next working day is Mon 4 Jan).
    assert_eq!(
        get("dublinRequest"),
        ("P4M".into(), "2027-01-04".into(), "12(2)(a)".into())
    );
    // 12(2)(b): reply 2 months (Thu 10 Sept → Tue 10 Nov).
    assert_eq!(
        get("dublinReply"),
        ("P2M".into(), "2026-11-10".into(), "12(2)(b)".into())
    );
    // 12(2)(d): transfer 1 year (Thu 1 Oct 2026 → Fri 1 Oct 2027).
    assert_eq!(
        get("dublinTransfer"),
        ("P1Y".into(), "2027-10-01".into(), "12(2)(d)".into())
    );
    assert_eq!(a.crisis.derogations_applied, vec![super::ammr::DEROGATION]);
    // An instrumentalisation crisis does not open CFR 12.
    let a = run_with(&c, &crisis_params("instrumentalisation"));
    let d = a
        .deadlines
        .iter()
        .find(|d| d.id == "dublinRequest")
        .unwrap();
    assert_eq!(d.period, "P1M");
    // Outside the activation: the AMMR limit.
    let mut c2 = case("2026-12-02", "2026-12-04", RequestType::TakeCharge);
    c2.dublin.request_type = Some(RequestType::TakeCharge);
    let a = run_with(&c2, &p);
    let d = a
        .deadlines
        .iter()
        .find(|d| d.id == "dublinRequest")
        .unwrap();
    assert_eq!(d.period, "P2M");
}

#[test]
fn cfr12_leaves_the_detained_limits() {
    let p = crisis_params("forceMajeure");
    let mut c = case("2026-09-01", "2026-09-04", RequestType::TakeCharge);
    c.application.detained = Some(true);
    let a = run_with(&c, &p);
    let d = a
        .deadlines
        .iter()
        .find(|d| d.id == "dublinRequest")
        .unwrap();
    assert_eq!((d.period.as_str(), d.due.as_str()), ("P2W", "2026-09-15"));
}

#[test]
fn works_for_legacy_cases() {
    let mut c = case("2026-03-02", "2026-03-03", RequestType::TakeCharge);
    c.application.registered_at = None;
    let p = Parameters::embedded();
    let mut ctx = pact_ctx(&c, p);
    assert_eq!(ctx.regime.procedure, Some(ProcedureRegime::Legacy));
    ctx.procedure.kind = Some(ProcedureKind::LegacyDublin);
    assess(&mut ctx);
    let a = ctx.finish().unwrap();
    let d = a
        .deadlines
        .iter()
        .find(|d| d.id == "dublinRequest")
        .unwrap();
    // Tue 3 March + 3 months = Wed 3 June 2026.
    assert_eq!(
        (d.period.as_str(), d.due.as_str(), d.counting),
        ("P3M", "2026-06-03", "dublin3Art42")
    );
}
