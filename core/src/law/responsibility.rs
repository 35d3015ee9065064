//! Responsibility procedure time limits (RULES.md §5 `dublinRequest`, `dublinReply`,
//! `dublinTransferDecision`, `dublinTransfer`): AMMR 39–46 counted per AMMR 75 for applications
//! registered on or after 01-07-2026, and Dublin III 21–29 counted per D3 42 for applications
//! registered before (AMMR 84; the regime is decided by [`crate::law::transition`]). Used by the
//! pact regime and by the legacy regime (spoor 1, always Dublin III).
//!
//! Texts read in legalize-dev/legalize-eu: AMMR `eu/fe/32024R1351.md` (arts. 39–46, 75, 83–84),
//! Dublin III `eu/9f/32013R0604.md` (arts. 21–29, 42).
//!
//! Detention is a fact that changes every limit (AMMR 45, D3 28(3)). Where it is unknown, the
//! limits for persons not detained are given, with a note, and the fact is reported missing.
//! A step's limit is reported once the step before it is known (request → reply → acceptance →
//! transfer decision and transfer).

use crate::calendar::{Counting, Period, When};
use crate::contract::{ProcedureKind, RequestType, ResponsibilityRegime};
use crate::engine::{Ctx, ExtensionSpec, LimitSpec};
use crate::explain::{uri, Basis, Locale, NoteKind, Text};
use crate::text;

const AMMR_39_1: Basis = Basis::new("AMMR", "39(1)", uri::AMMR);
const AMMR_40_1: Basis = Basis::new("AMMR", "40(1)", uri::AMMR);
const AMMR_40_2: Basis = Basis::new("AMMR", "40(2)", uri::AMMR);
const AMMR_41_1: Basis = Basis::new("AMMR", "41(1)", uri::AMMR);
const AMMR_41_3: Basis = Basis::new("AMMR", "41(3)", uri::AMMR);
const AMMR_42_1: Basis = Basis::new("AMMR", "42(1)", uri::AMMR);
const AMMR_45_1: Basis = Basis::new("AMMR", "45(1)", uri::AMMR);
const AMMR_45_2: Basis = Basis::new("AMMR", "45(2)", uri::AMMR);
const AMMR_45_3: Basis = Basis::new("AMMR", "45(3)", uri::AMMR);
const AMMR_46_1: Basis = Basis::new("AMMR", "46(1)", uri::AMMR);
const AMMR_46_2: Basis = Basis::new("AMMR", "46(2)", uri::AMMR);
const D3_20_2: Basis = Basis::new("D3", "20(2)", uri::D3);
const D3_21_1: Basis = Basis::new("D3", "21(1)", uri::D3);
const D3_22_1: Basis = Basis::new("D3", "22(1)", uri::D3);
const D3_23_2: Basis = Basis::new("D3", "23(2)", uri::D3);
const D3_25_1: Basis = Basis::new("D3", "25(1)", uri::D3);
const D3_28_3: Basis = Basis::new("D3", "28(3)", uri::D3);
const D3_29_1: Basis = Basis::new("D3", "29(1)", uri::D3);
const D3_29_2: Basis = Basis::new("D3", "29(2)", uri::D3);

/// Applies this module's provisions to the case: when the case is a Dublin case (procedure
/// `dublin` or `legacyDublin`, or another Member State is considered responsible).
pub fn assess(ctx: &mut Ctx) {
    let dublin_kind = matches!(
        ctx.procedure.kind,
        Some(ProcedureKind::Dublin | ProcedureKind::LegacyDublin)
    );
    if !dublin_kind && ctx.case.dublin.other_member_state_responsible != Some(true) {
        return;
    }
    ctx.used("/dublin/otherMemberStateResponsible");
    match ctx.regime.responsibility {
        Some(ResponsibilityRegime::Ammr) => {
            detention_note(ctx, false);
            ammr_request(ctx);
            ammr_reply(ctx);
            ammr_transfer_decision(ctx);
            ammr_transfer(ctx);
        }
        Some(ResponsibilityRegime::Dublin3) => {
            detention_note(ctx, true);
            d3_request(ctx);
            d3_reply(ctx);
            d3_transfer(ctx);
        }
        // The transition module reports the missing registration date.
        None => {}
    }
}

/// Whether the person is detained for the transfer procedure: `Some(true)` when the case says
/// so (or gives a detention date), `Some(false)` when it says not, `None` when unknown.
fn detained(ctx: &Ctx) -> Option<bool> {
    if ctx.case.dublin.detained_at.is_some() {
        return Some(true);
    }
    ctx.case.application.detained
}

fn detention_note(ctx: &mut Ctx, d3: bool) {
    if detained(ctx).is_some() {
        ctx.used("/application/detained");
        return;
    }
    for id in [
        "deadlines.dublinRequest",
        "deadlines.dublinReply",
        "deadlines.dublinTransfer",
    ] {
        ctx.missing("/application/detained", id);
    }
    let (art_nl, basis) = if d3 {
        ("art. 28(3) Dublin III", D3_28_3)
    } else {
        ("art. 45 AMMR", AMMR_45_1)
    };
    ctx.note(
        NoteKind::Assumption,
        text!(
                ctx.locale,
            format!("Of de vreemdeling in bewaring is, is onbekend; de termijnen voor wie niet in bewaring is zijn gegeven. Bij bewaring gelden kortere termijnen ({art_nl})."),
            format!("Whether the person is detained is unknown; the limits for persons not detained are given. Detention shortens them ({}).", if d3 { "Dublin III 28(3)" } else { "AMMR 45" }),
        ),
        vec![basis],
    );
}

fn request_type(ctx: &mut Ctx, affects: &'static str) -> Option<RequestType> {
    let t = ctx.case.dublin.request_type;
    match t {
        Some(_) => ctx.used("/dublin/requestType"),
        None => ctx.missing("/dublin/requestType", affects),
    }
    t
}

fn request_label(locale: Locale) -> Text {
    text!(
        locale,
        "Overname- of terugnameverzoek (terugnamekennisgeving) aan de andere lidstaat",
        "Take charge request or take back request (notification) to the other Member State",
    )
}

fn reply_label(locale: Locale) -> Text {
    text!(
        locale,
        "Antwoord van de aangezochte lidstaat (stilzwijgen geldt als aanvaarding)",
        "Reply of the requested Member State (silence is acceptance)",
    )
}

fn transfer_label(locale: Locale) -> Text {
    text!(
        locale,
        "Overdracht aan de verantwoordelijke lidstaat",
        "Transfer to the Member State responsible",
    )
}

#[allow(clippy::too_many_arguments)]
fn limit(
    ctx: &mut Ctx,
    id: &'static str,
    from_path: &'static str,
    from: When,
    period: Period,
    counting: Counting,
    basis: Vec<Basis>,
    rule: &'static str,
    label: Text,
) {
    ctx.limit(LimitSpec {
        id,
        from_path,
        from,
        period,
        counting,
        basis,
        rule,
        label,
    });
}

// ---------------------------------------------------------------------------------------------
// AMMR (counted per AMMR 75)

/// AMMR 39(1): "it shall, immediately and in any event within two months of the date on which
/// the application was registered, request that other Member State to take charge of the
/// applicant. [...] in the case of a Eurodac hit with data recorded pursuant to Articles 22 and
/// 24 of Regulation (EU) 2024/1358 or of a VIS hit [...], the request to take charge shall be
/// sent within one month of receiving such hit."
/// AMMR 41(1): "the Member State where the person is present shall make a take back
/// notification immediately and in any event within two weeks after receiving the Eurodac hit."
/// AMMR 45(1): "where a person is detained pursuant to Article 44, the period for submitting a
/// take charge request or a take back notification shall not exceed two weeks from the
/// registration of the application [...]. Where a person is detained at a later stage than the
/// registration of the application, the period [...] shall not exceed one week from the date on
/// which the person was placed in detention."
/// AMMR 75: event day not counted; same weekday/date; month-end clamp; a limit ending on a
/// Saturday, Sunday or official holiday ends on the next working day.
pub fn ammr_request(ctx: &mut Ctx) {
    let registered = ctx.case.application.registered_at;
    let d = &ctx.case.dublin;
    let (hit, detained_at) = (d.eurodac_hit_at, d.detained_at);
    if detained(ctx) == Some(true) {
        if let (Some(det), Some(reg)) = (detained_at, registered) {
            if det.date() > reg.date() {
                limit(
                    ctx,
                    "dublinRequest",
                    "/dublin/detainedAt",
                    det,
                    Period::weeks(1),
                    Counting::Ammr75,
                    vec![AMMR_45_1],
                    "responsibility.ammr.request.detainedLater",
                    request_label(ctx.locale),
                );
                return;
            }
        }
        match registered {
            Some(reg) => limit(
                ctx,
                "dublinRequest",
                "/application/registeredAt",
                reg,
                Period::weeks(2),
                Counting::Ammr75,
                vec![AMMR_45_1],
                "responsibility.ammr.request.detained",
                request_label(ctx.locale),
            ),
            None => ctx.missing("/application/registeredAt", "deadlines.dublinRequest"),
        }
        return;
    }
    match request_type(ctx, "deadlines.dublinRequest") {
        Some(RequestType::TakeCharge) => match (hit, registered) {
            (Some(h), _) => limit(
                ctx,
                "dublinRequest",
                "/dublin/eurodacHitAt",
                h,
                Period::months(1),
                Counting::Ammr75,
                vec![AMMR_39_1],
                "responsibility.ammr.request.takeChargeHit",
                request_label(ctx.locale),
            ),
            (None, Some(reg)) => limit(
                ctx,
                "dublinRequest",
                "/application/registeredAt",
                reg,
                Period::months(2),
                Counting::Ammr75,
                vec![AMMR_39_1],
                "responsibility.ammr.request.takeCharge",
                request_label(ctx.locale),
            ),
            (None, None) => ctx.missing("/application/registeredAt", "deadlines.dublinRequest"),
        },
        Some(RequestType::TakeBack) => match hit {
            Some(h) => limit(
                ctx,
                "dublinRequest",
                "/dublin/eurodacHitAt",
                h,
                Period::weeks(2),
                Counting::Ammr75,
                vec![AMMR_41_1],
                "responsibility.ammr.request.takeBack",
                request_label(ctx.locale),
            ),
            None => ctx.missing("/dublin/eurodacHitAt", "deadlines.dublinRequest"),
        },
        None => {}
    }
}

/// AMMR 40(1): "The requested Member State [...] shall reply to the request to take charge of an
/// applicant without delay and in any event within one month of receipt of the request."
/// 40(2): "in the case of a Eurodac hit [...] or of a VIS hit [...], the requested Member State
/// shall reply to the request within two weeks of receipt of the request." 41(3): "The notified
/// Member State shall confirm receipt of the notification [...] within two weeks". 45(2) (take
/// charge, detained): "within one week of receipt of the request".
/// Counted from `requestSentAt`: requests travel through DubliNet, so sending and receipt fall on
/// the same day (interpretation, noted).
pub fn ammr_reply(ctx: &mut Ctx) {
    let Some(sent) = ctx.case.dublin.request_sent_at else {
        return;
    };
    receipt_note(ctx);
    let hit = ctx.case.dublin.eurodac_hit_at.is_some();
    match request_type(ctx, "deadlines.dublinReply") {
        Some(RequestType::TakeCharge) => {
            let (period, basis, rule) = if detained(ctx) == Some(true) {
                (
                    Period::weeks(1),
                    AMMR_45_2,
                    "responsibility.ammr.reply.detained",
                )
            } else if hit {
                (Period::weeks(2), AMMR_40_2, "responsibility.ammr.reply.hit")
            } else {
                (Period::months(1), AMMR_40_1, "responsibility.ammr.reply")
            };
            limit(
                ctx,
                "dublinReply",
                "/dublin/requestSentAt",
                sent,
                period,
                Counting::Ammr75,
                vec![basis],
                rule,
                reply_label(ctx.locale),
            );
        }
        Some(RequestType::TakeBack) => {
            limit(
                ctx,
                "dublinReply",
                "/dublin/requestSentAt",
                sent,
                Period::weeks(2),
                Counting::Ammr75,
                vec![AMMR_41_3],
                "responsibility.ammr.reply.takeBack",
                reply_label(ctx.locale),
            );
        }
        None => {}
    }
}

fn receipt_note(ctx: &mut Ctx) {
    ctx.note(
        NoteKind::Interpretation,
        text!(
                ctx.locale,
            "De antwoordtermijn loopt vanaf ontvangst van het verzoek. Verzoeken gaan via DubliNet en worden op de dag van verzending ontvangen; de engine rekent vanaf de verzenddatum.",
            "The reply limit runs from receipt of the request. Requests travel through DubliNet and are received on the day they are sent; the engine counts from the date sent.",
        ),
        vec![AMMR_40_1, D3_22_1],
    );
}

/// AMMR 42(1): "The determining Member State whose take charge request [...] has been accepted
/// or that made a take back notification [...] shall take a transfer decision within two weeks
/// of the acceptance or confirmation."
pub fn ammr_transfer_decision(ctx: &mut Ctx) {
    match ctx.case.dublin.accepted_at {
        Some(acc) => limit(
            ctx,
            "dublinTransferDecision",
            "/dublin/acceptedAt",
            acc,
            Period::weeks(2),
            Counting::Ammr75,
            vec![AMMR_42_1],
            "responsibility.ammr.transferDecision",
            text!(ctx.locale, "Overdrachtsbesluit", "Transfer decision"),
        ),
        None => {
            if ctx.case.dublin.request_sent_at.is_some() {
                ctx.missing("/dublin/acceptedAt", "deadlines.dublinTransferDecision");
            }
        }
    }
}

/// The start of the transfer limit: the final decision on an appeal with suspensive effect when
/// known, else the acceptance or confirmation.
fn transfer_start(ctx: &mut Ctx) -> Option<(When, &'static str)> {
    let d = &ctx.case.dublin;
    match (d.appeal_decided_at, d.accepted_at) {
        (Some(a), _) => Some((a, "/dublin/appealDecidedAt")),
        (None, Some(acc)) => Some((acc, "/dublin/acceptedAt")),
        (None, None) => {
            if d.request_sent_at.is_some() {
                ctx.missing("/dublin/acceptedAt", "deadlines.dublinTransfer");
            }
            None
        }
    }
}

/// AMMR 46(1): transfer "as soon as practically possible and within six months of the
/// acceptance of the take charge request, of the confirmation of the take back notification
/// [...] or of the final decision on an appeal or review of a transfer decision with suspensive
/// effect". 46(2): "That time limit may be extended up to a maximum of one year if the transfer
/// could not be carried out due to the imprisonment of the person concerned or up to a maximum of
/// three years from when the requesting Member State informed the Member State responsible that
/// the person concerned [...] has absconded [...]". 45(3), detained: "within five weeks of: (a)
/// the date on which the request to take charge was accepted or the take back notification was
/// confirmed; or (b) the date when the appeal or review no longer has suspensive effect".
///
/// The 46(2) extensions are possibilities: flagged as `extension`, not applied. The three years
/// run from when NL informed the responsible Member State of the absconding, which is not a fact
/// of the case; the engine counts them from the start of the transfer limit (the earliest
/// possible end) and says so.
pub fn ammr_transfer(ctx: &mut Ctx) {
    let Some((start, path)) = transfer_start(ctx) else {
        return;
    };
    if detained(ctx) == Some(true) {
        limit(
            ctx,
            "dublinTransfer",
            path,
            start,
            Period::weeks(5),
            Counting::Ammr75,
            vec![AMMR_45_3],
            "responsibility.ammr.transfer.detained",
            transfer_label(ctx.locale),
        );
        return;
    }
    let d = &ctx.case.dublin;
    let ext = if d.absconded == Some(true) {
        ctx.used("/dublin/absconded");
        ctx.note(
            NoteKind::Assumption,
            text!(
                ctx.locale,
                "De verlenging tot drie jaar na onderduiken (art. 46(2) AMMR) loopt vanaf het moment waarop Nederland de verantwoordelijke lidstaat over het onderduiken informeerde; dat moment is geen gegeven van de zaak. De engine rekent vanaf het begin van de overdrachtstermijn (vroegst mogelijke einde).",
                "The extension to three years after absconding (AMMR 46(2)) runs from when the Netherlands informed the Member State responsible of the absconding; that moment is not a fact of the case. The engine counts from the start of the transfer limit (earliest possible end).",
            ),
            vec![AMMR_46_2],
        );
        Some(ExtensionSpec {
            period: Period::years(3),
            stated: "P3Y".to_owned(),
            counting: Counting::Ammr75,
            basis: vec![AMMR_46_2],
        })
    } else if d.imprisoned == Some(true) {
        ctx.used("/dublin/imprisoned");
        Some(ExtensionSpec {
            period: Period::years(1),
            stated: "P1Y".to_owned(),
            counting: Counting::Ammr75,
            basis: vec![AMMR_46_2],
        })
    } else {
        None
    };
    ctx.limit_with_extension(
        LimitSpec {
            id: "dublinTransfer",
            from_path: path,
            from: start,
            period: Period::months(6),
            counting: Counting::Ammr75,
            basis: vec![AMMR_46_1],
            rule: "responsibility.ammr.transfer",
            label: transfer_label(ctx.locale),
        },
        ext,
    );
}

// ---------------------------------------------------------------------------------------------
// Dublin III (counted per D3 42: no extension; a limit ending on a Saturday ends on it)

fn d3_lodged(ctx: &mut Ctx, affects: &'static str) -> Option<When> {
    let lodged = ctx.case.application.lodged_at;
    match lodged {
        Some(_) => ctx.note(
            NoteKind::Interpretation,
            text!(
                ctx.locale,
                "Dublin III rekent vanaf de indiening in de zin van art. 20(2) (een formulier of proces-verbaal heeft de bevoegde autoriteit bereikt). De engine neemt de datum van indiening uit de zaak (RULES §5). Wordt de registratie onder art. 27 APR als dat proces-verbaal gezien (HvJ C-670/16 Mengesteab), dan begint de termijn eerder.",
                "Dublin III counts from lodging within the meaning of art. 20(2) (a form or report has reached the competent authority). The engine takes the case's lodging date (RULES §5). If the registration under APR 27 is taken as that report (CJEU C-670/16 Mengesteab), the limit starts earlier.",
            ),
            vec![D3_20_2],
        ),
        None => ctx.missing("/application/lodgedAt", affects),
    }
    lodged
}

/// D3 21(1): take charge "within three months of the date on which the application was lodged
/// within the meaning of Article 20(2)"; "in the case of a Eurodac hit with data recorded
/// pursuant to Article 14 of Regulation (EU) No 603/2013, the request shall be sent within two
/// months of receiving that hit". D3 23(2): take back "within two months of receiving the
/// Eurodac hit"; "If the take back request is based on evidence other than data obtained from
/// the Eurodac system, it shall be sent [...] within three months of the date on which the
/// application [...] was lodged". D3 28(3), detained: "the period for submitting a take charge
/// or take back request shall not exceed one month from the lodging of the application".
/// D3 42: event day not counted; same weekday/date; month-end clamp; "time limits shall include
/// Saturdays, Sundays and official holidays" — no extension.
pub fn d3_request(ctx: &mut Ctx) {
    let hit = ctx.case.dublin.eurodac_hit_at;
    if detained(ctx) == Some(true) {
        if let Some(l) = d3_lodged(ctx, "deadlines.dublinRequest") {
            limit(
                ctx,
                "dublinRequest",
                "/application/lodgedAt",
                l,
                Period::months(1),
                Counting::Dublin3Art42,
                vec![D3_28_3],
                "responsibility.d3.request.detained",
                request_label(ctx.locale),
            );
        }
        return;
    }
    let Some(kind) = request_type(ctx, "deadlines.dublinRequest") else {
        return;
    };
    let basis = match kind {
        RequestType::TakeCharge => D3_21_1,
        RequestType::TakeBack => D3_23_2,
    };
    match hit {
        Some(h) => limit(
            ctx,
            "dublinRequest",
            "/dublin/eurodacHitAt",
            h,
            Period::months(2),
            Counting::Dublin3Art42,
            vec![basis],
            "responsibility.d3.request.hit",
            request_label(ctx.locale),
        ),
        None => {
            if let Some(l) = d3_lodged(ctx, "deadlines.dublinRequest") {
                limit(
                    ctx,
                    "dublinRequest",
                    "/application/lodgedAt",
                    l,
                    Period::months(3),
                    Counting::Dublin3Art42,
                    vec![basis],
                    "responsibility.d3.request",
                    request_label(ctx.locale),
                );
            }
        }
    }
}

/// D3 22(1): "The requested Member State [...] shall give a decision on the request to take
/// charge of an applicant within two months of receipt of the request." D3 25(1): take back "no
/// later than one month from the date on which the request was received. When the request is
/// based on data obtained from the Eurodac system, that time limit shall be reduced to two
/// weeks." D3 28(3), detained: "Such reply shall be given within two weeks of receipt of the
/// request."
pub fn d3_reply(ctx: &mut Ctx) {
    let Some(sent) = ctx.case.dublin.request_sent_at else {
        return;
    };
    receipt_note(ctx);
    if detained(ctx) == Some(true) {
        limit(
            ctx,
            "dublinReply",
            "/dublin/requestSentAt",
            sent,
            Period::weeks(2),
            Counting::Dublin3Art42,
            vec![D3_28_3],
            "responsibility.d3.reply.detained",
            reply_label(ctx.locale),
        );
        return;
    }
    let hit = ctx.case.dublin.eurodac_hit_at.is_some();
    match request_type(ctx, "deadlines.dublinReply") {
        Some(RequestType::TakeCharge) => limit(
            ctx,
            "dublinReply",
            "/dublin/requestSentAt",
            sent,
            Period::months(2),
            Counting::Dublin3Art42,
            vec![D3_22_1],
            "responsibility.d3.reply.takeCharge",
            reply_label(ctx.locale),
        ),
        Some(RequestType::TakeBack) => {
            let (period, rule) = if hit {
                (Period::weeks(2), "responsibility.d3.reply.takeBackHit")
            } else {
                (Period::months(1), "responsibility.d3.reply.takeBack")
            };
            limit(
                ctx,
                "dublinReply",
                "/dublin/requestSentAt",
                sent,
                period,
                Counting::Dublin3Art42,
                vec![D3_25_1],
                rule,
                reply_label(ctx.locale),
            );
        }
        None => {}
    }
}

/// D3 29(1): transfer "at the latest within six months of acceptance of the request [...] or of
/// the final decision on an appeal or review where there is a suspensive effect". 29(2): "This
/// time limit may be extended up to a maximum of one year if the transfer could not be carried
/// out due to imprisonment of the person concerned or up to a maximum of eighteen months if the
/// person concerned absconds." D3 28(3), detained: "at the latest within six weeks of the
/// implicit or explicit acceptance [...] or of the moment when the appeal or review no longer has
/// a suspensive effect". Dublin III sets no limit for the transfer decision itself (art. 26).
pub fn d3_transfer(ctx: &mut Ctx) {
    let Some((start, path)) = transfer_start(ctx) else {
        return;
    };
    if detained(ctx) == Some(true) {
        limit(
            ctx,
            "dublinTransfer",
            path,
            start,
            Period::weeks(6),
            Counting::Dublin3Art42,
            vec![D3_28_3],
            "responsibility.d3.transfer.detained",
            transfer_label(ctx.locale),
        );
        return;
    }
    let d = &ctx.case.dublin;
    let ext = if d.absconded == Some(true) {
        ctx.used("/dublin/absconded");
        Some(ExtensionSpec {
            period: Period::months(18),
            stated: "P18M".to_owned(),
            counting: Counting::Dublin3Art42,
            basis: vec![D3_29_2],
        })
    } else if d.imprisoned == Some(true) {
        ctx.used("/dublin/imprisoned");
        Some(ExtensionSpec {
            period: Period::years(1),
            stated: "P1Y".to_owned(),
            counting: Counting::Dublin3Art42,
            basis: vec![D3_29_2],
        })
    } else {
        None
    };
    ctx.limit_with_extension(
        LimitSpec {
            id: "dublinTransfer",
            from_path: path,
            from: start,
            period: Period::months(6),
            counting: Counting::Dublin3Art42,
            basis: vec![D3_29_1],
            rule: "responsibility.d3.transfer",
            label: transfer_label(ctx.locale),
        },
        ext,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::{Case, ProcedureRegime, Situation};
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
        assert_eq!(
            get(&c, "dublinRequest"),
            ("P1M".into(), "2026-07-16".into(), false)
        );
        c.dublin.accepted_at = Some(date("2026-06-26"));
        assert_eq!(
            get(&c, "dublinTransfer"),
            ("P6W".into(), "2026-08-07".into(), false)
        );
    }

    #[test]
    fn unknown_request_type_and_detention_are_missing() {
        let mut c = case("2026-09-01", "2026-09-04", RequestType::TakeCharge);
        c.dublin.request_type = None;
        c.application.detained = None;
        let p = Parameters::embedded();
        let mut ctx = pact_ctx(&c, p);
        assess(&mut ctx);
        let a = ctx.finish().unwrap();
        assert!(a.deadlines.is_empty());
        let paths: Vec<_> = a.missing_facts.iter().map(|m| m.path).collect();
        assert!(paths.contains(&"/dublin/requestType"));
        assert!(paths.contains(&"/application/detained"));
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
}
