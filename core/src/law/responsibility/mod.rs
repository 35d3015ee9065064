//! Responsibility procedure time limits (RULES.md §5 `dublinRequest`, `dublinReply`,
//! `dublinTransferDecision`, `dublinTransfer`): AMMR 39–46 counted per AMMR 75 for applications
//! registered on or after 01-07-2026 ([`ammr`]), Dublin III 21–29 counted per D3 42 for
//! applications registered before (AMMR 84; [`dublin3`]), and the crisis extensions of CFR 12
//! (data: a crisis activation's `responsibilityDerogations`). The regime is decided by
//! [`crate::law::transition`]. Used by the pact regime and by the legacy regime (spoor 1, always
//! Dublin III).
//!
//! The law is a table: [`TABLE`] holds every request, reply, transfer-decision and transfer
//! limit of the three instruments, keyed by instrument, step and situation; [`EXTENSIONS`] the
//! optional extensions of the transfer limit. The driver in this module picks the row the facts
//! select, and the instrument modules add what only they have (the first written record of
//! D3 20(2) and the hit-based cap of *Mengesteab*; the crisis activation of CFR 12).
//!
//! Texts read in legalize-dev/legalize-eu: AMMR `eu/fe/32024R1351.md` (arts. 18, 39–46, 75,
//! 84–85), Dublin III `eu/9f/32013R0604.md` (arts. 20–29, 42), CFR `eu/34/32024R1359.md`
//! (arts. 1(4), 12, 20).
//!
//! Unknown facts (RULES §0): a limit whose starting event is known is always given. Where
//! detention is unknown the ordinary limit is given with the detained limit as an alternative
//! (`alternatives`, fact `/application/detained`). Where the request type is unknown the take
//! charge limit is given and a note names the take back limit. Where imprisonment or absconding
//! is unknown, the transfer limit stays six months and the longest extension the facts still
//! allow is reported as its `extension`.

pub mod ammr;
pub mod dublin3;

use crate::calendar::{self, Counting, Period, When};
use crate::contract::{ProcedureKind, RequestType, ResponsibilityRegime};
use crate::engine::{AlternativeSpec, Ctx, ExtensionSpec, LimitSpec};
use crate::explain::{uri, Basis, Locale, NoteKind, Text};
use crate::text;

/// The instrument whose limits apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Instrument {
    /// AMMR (Reg. (EU) 2024/1351), counted per AMMR 75.
    Ammr,
    /// AMMR limits as extended by CFR 12(2) in a crisis of CFR 1(4)(a) or force majeure.
    Cfr12,
    /// Dublin III (Reg. (EU) 604/2013), counted per D3 42.
    Dublin3,
}

/// A step of the responsibility procedure, one deadline id each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// `dublinRequest`: the take charge request or take back request (notification).
    Request,
    /// `dublinReply`: the reply of the requested Member State (or its confirmation).
    Reply,
    /// `dublinTransferDecision`: the transfer decision (AMMR only).
    TransferDecision,
    /// `dublinTransfer`: the transfer.
    Transfer,
}

impl Step {
    /// The deadline id.
    pub const fn id(self) -> &'static str {
        match self {
            Step::Request => "dublinRequest",
            Step::Reply => "dublinReply",
            Step::TransferDecision => "dublinTransferDecision",
            Step::Transfer => "dublinTransfer",
        }
    }

    /// `deadlines.<id>`, for `missingFacts`.
    pub const fn affects(self) -> &'static str {
        match self {
            Step::Request => "deadlines.dublinRequest",
            Step::Reply => "deadlines.dublinReply",
            Step::TransferDecision => "deadlines.dublinTransferDecision",
            Step::Transfer => "deadlines.dublinTransfer",
        }
    }
}

/// The situation that selects a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Situation {
    /// Take charge, no Eurodac or VIS hit.
    TakeCharge,
    /// Take charge based on a Eurodac or VIS hit.
    TakeChargeHit,
    /// Take back on other evidence than a Eurodac hit.
    TakeBack,
    /// Take back based on a Eurodac hit.
    TakeBackHit,
    /// The person is detained (AMMR 44–45, D3 28).
    Detained,
    /// Detained after the registration (AMMR 45(1), second subparagraph).
    DetainedLater,
    /// Any (the step has one limit).
    Any,
}

/// The event a limit runs from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// The registration of the application (AMMR 39(1)); for Dublin III the first written
    /// record of D3 20(2), taken to be the registration ([`dublin3::first_record`]).
    Registration,
    /// Receipt of the Eurodac or VIS hit.
    Hit,
    /// The placing in detention (AMMR 45(1)).
    Detention,
    /// Receipt of the request (sent through DubliNet: the day it is sent).
    Request,
    /// The acceptance or confirmation, or the final decision on an appeal with suspensive effect.
    Acceptance,
}

/// One limit of the law.
#[derive(Debug, Clone)]
pub struct Row {
    /// The instrument.
    pub instrument: Instrument,
    /// The step.
    pub step: Step,
    /// The situation.
    pub situation: Situation,
    /// The period as the law states it.
    pub period: Period,
    /// The event it runs from.
    pub from: Event,
    /// The provision.
    pub basis: Basis,
    /// Rule id of the explanation.
    pub rule: &'static str,
}

const fn row(
    instrument: Instrument,
    step: Step,
    situation: Situation,
    period: Period,
    from: Event,
    basis: Basis,
    rule: &'static str,
) -> Row {
    Row {
        instrument,
        step,
        situation,
        period,
        from,
        basis,
        rule,
    }
}

const fn ammr(article: &'static str) -> Basis {
    Basis::new("AMMR", article, uri::AMMR)
}
const fn d3(article: &'static str) -> Basis {
    Basis::new("D3", article, uri::D3)
}
const fn cfr(article: &'static str) -> Basis {
    Basis::new("CFR", article, uri::CFR)
}

use Event::{Acceptance, Detention, Hit, Registration, Request as Req};
use Instrument::{Ammr, Cfr12, Dublin3};
use Situation::{Any, Detained, DetainedLater, TakeBack, TakeBackHit, TakeCharge, TakeChargeHit};
use Step::{Reply, Request, Transfer, TransferDecision};

/// The request, reply, transfer-decision and transfer limits of the AMMR, of CFR 12 and of
/// Dublin III, as the texts state them.
///
/// AMMR (counted per AMMR 75):
/// - 39(1): "within two months of the date on which the application was registered, request
///   that other Member State to take charge of the applicant"; "in the case of a Eurodac hit
///   [...] or of a VIS hit [...], the request to take charge shall be sent within one month of
///   receiving such hit".
/// - 40(1): reply "within one month of receipt of the request"; 40(2): "in the case of a Eurodac
///   hit [...] or of a VIS hit [...] within two weeks of receipt of the request".
/// - 41(1): take back notification "within two weeks after receiving the Eurodac hit"; 41(3):
///   the notified Member State "shall confirm receipt of the notification [...] within two
///   weeks".
/// - 42(1): transfer decision "within two weeks of the acceptance or confirmation".
/// - 45(1): detained, request or notification within "two weeks from the registration of the
///   application"; detained later, "one week from the date on which the person was placed in
///   detention"; 45(2): reply "within one week of receipt of the request"; 45(3): transfer
///   "within five weeks" of the acceptance or confirmation or of the end of suspensive effect.
/// - 46(1): transfer "within six months of the acceptance of the take charge request, of the
///   confirmation of the take back notification [...] or of the final decision on an appeal or
///   review of a transfer decision with suspensive effect".
///
/// CFR 12(2) (read in the text; a crisis of CFR 1(4)(a) or force majeure, where the Member
/// State applies the derogation of 12(1) "from the time limits set out in Articles 39, 40, 41
/// and 46 of that Regulation simultaneously"): "(a) submit a take charge request [...] within
/// four months of the date on which the application was registered; (b) reply to a take charge
/// request [...] within two months of receipt of the request; (c) submit a take back
/// notification [...] within one month of receiving the Eurodac hit or confirm receipt within
/// one month of such notification; and (d) carry out a transfer [...] within one year of the
/// acceptance [...] or of the confirmation [...] or of the final decision on an appeal or review
/// of a transfer decision that has suspensive effect". Art. 45 (detention) is not among the
/// articles 12(1) derogates from: the detained limits stay.
///
/// Dublin III (counted per D3 42, no extension):
/// - 21(1): take charge "within three months of the date on which the application was lodged
///   within the meaning of Article 20(2)"; with a Eurodac hit "within two months of receiving
///   that hit".
/// - 22(1): reply "within two months of receipt of the request".
/// - 23(2): take back "within two months of receiving the Eurodac hit"; on other evidence
///   "within three months of the date on which the application [...] was lodged".
/// - 25(1): take back reply "no later than one month from the date on which the request was
///   received. When the request is based on data obtained from the Eurodac system, that time
///   limit shall be reduced to two weeks."
/// - 28(3): detained, request "shall not exceed one month from the lodging of the application",
///   reply "within two weeks of receipt of the request", transfer "at the latest within six
///   weeks of the implicit or explicit acceptance [...] or of the moment when the appeal or
///   review no longer has a suspensive effect".
/// - 29(1): transfer "at the latest within six months of acceptance of the request [...] or of
///   the final decision on an appeal or review where there is a suspensive effect". Dublin III
///   sets no limit for the transfer decision (art. 26).
#[rustfmt::skip]
pub const TABLE: &[Row] = &[
    // dublinRequest
    row(Ammr, Request, TakeCharge, Period::months(2), Registration, ammr("39(1)"), "responsibility.ammr.request.takeCharge"),
    row(Ammr, Request, TakeChargeHit, Period::months(1), Hit, ammr("39(1)"), "responsibility.ammr.request.takeChargeHit"),
    row(Ammr, Request, TakeBackHit, Period::weeks(2), Hit, ammr("41(1)"), "responsibility.ammr.request.takeBack"),
    row(Ammr, Request, Detained, Period::weeks(2), Registration, ammr("45(1)"), "responsibility.ammr.request.detained"),
    row(Ammr, Request, DetainedLater, Period::weeks(1), Detention, ammr("45(1)"), "responsibility.ammr.request.detainedLater"),
    row(Cfr12, Request, TakeCharge, Period::months(4), Registration, cfr("12(2)(a)"), "responsibility.cfr12.request.takeCharge"),
    row(Cfr12, Request, TakeChargeHit, Period::months(4), Registration, cfr("12(2)(a)"), "responsibility.cfr12.request.takeCharge"),
    row(Cfr12, Request, TakeBackHit, Period::months(1), Hit, cfr("12(2)(c)"), "responsibility.cfr12.request.takeBack"),
    row(Dublin3, Request, TakeCharge, Period::months(3), Registration, d3("21(1)"), "responsibility.d3.request"),
    row(Dublin3, Request, TakeChargeHit, Period::months(2), Hit, d3("21(1)"), "responsibility.d3.request.hit"),
    row(Dublin3, Request, TakeBack, Period::months(3), Registration, d3("23(2)"), "responsibility.d3.request"),
    row(Dublin3, Request, TakeBackHit, Period::months(2), Hit, d3("23(2)"), "responsibility.d3.request.hit"),
    row(Dublin3, Request, Detained, Period::months(1), Registration, d3("28(3)"), "responsibility.d3.request.detained"),
    // dublinReply
    row(Ammr, Reply, TakeCharge, Period::months(1), Req, ammr("40(1)"), "responsibility.ammr.reply"),
    row(Ammr, Reply, TakeChargeHit, Period::weeks(2), Req, ammr("40(2)"), "responsibility.ammr.reply.hit"),
    row(Ammr, Reply, TakeBack, Period::weeks(2), Req, ammr("41(3)"), "responsibility.ammr.reply.takeBack"),
    row(Ammr, Reply, TakeBackHit, Period::weeks(2), Req, ammr("41(3)"), "responsibility.ammr.reply.takeBack"),
    row(Ammr, Reply, Detained, Period::weeks(1), Req, ammr("45(2)"), "responsibility.ammr.reply.detained"),
    row(Cfr12, Reply, TakeCharge, Period::months(2), Req, cfr("12(2)(b)"), "responsibility.cfr12.reply"),
    row(Cfr12, Reply, TakeChargeHit, Period::months(2), Req, cfr("12(2)(b)"), "responsibility.cfr12.reply"),
    row(Cfr12, Reply, TakeBack, Period::months(1), Req, cfr("12(2)(c)"), "responsibility.cfr12.reply.takeBack"),
    row(Cfr12, Reply, TakeBackHit, Period::months(1), Req, cfr("12(2)(c)"), "responsibility.cfr12.reply.takeBack"),
    row(Dublin3, Reply, TakeCharge, Period::months(2), Req, d3("22(1)"), "responsibility.d3.reply.takeCharge"),
    row(Dublin3, Reply, TakeChargeHit, Period::months(2), Req, d3("22(1)"), "responsibility.d3.reply.takeCharge"),
    row(Dublin3, Reply, TakeBack, Period::months(1), Req, d3("25(1)"), "responsibility.d3.reply.takeBack"),
    row(Dublin3, Reply, TakeBackHit, Period::weeks(2), Req, d3("25(1)"), "responsibility.d3.reply.takeBackHit"),
    row(Dublin3, Reply, Detained, Period::weeks(2), Req, d3("28(3)"), "responsibility.d3.reply.detained"),
    // dublinTransferDecision
    row(Ammr, TransferDecision, Any, Period::weeks(2), Acceptance, ammr("42(1)"), "responsibility.ammr.transferDecision"),
    // dublinTransfer
    row(Ammr, Transfer, Any, Period::months(6), Acceptance, ammr("46(1)"), "responsibility.ammr.transfer"),
    row(Ammr, Transfer, Detained, Period::weeks(5), Acceptance, ammr("45(3)"), "responsibility.ammr.transfer.detained"),
    row(Cfr12, Transfer, Any, Period::years(1), Acceptance, cfr("12(2)(d)"), "responsibility.cfr12.transfer"),
    row(Dublin3, Transfer, Any, Period::months(6), Acceptance, d3("29(1)"), "responsibility.d3.transfer"),
    row(Dublin3, Transfer, Detained, Period::weeks(6), Acceptance, d3("28(3)"), "responsibility.d3.transfer.detained"),
];

/// A fact that opens an extension of the transfer limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtensionFact {
    /// The transfer could not be carried out because of imprisonment.
    Imprisoned,
    /// The person absconded.
    Absconded,
}

/// The extensions of the six-month transfer limit: options ("may be extended up to"), reported
/// with the limit, never applied to it.
///
/// AMMR 46(2): "That time limit may be extended up to a maximum of one year if the transfer
/// could not be carried out due to the imprisonment of the person concerned or up to a maximum of
/// three years from when the requesting Member State informed the Member State responsible that
/// the person concerned [...] has absconded [...]". D3 29(2): "This time limit may be extended
/// up to a maximum of one year if the transfer could not be carried out due to imprisonment of
/// the person concerned or up to a maximum of eighteen months if the person concerned absconds."
/// Longest first.
#[rustfmt::skip]
pub const EXTENSIONS: &[(Instrument, ExtensionFact, Period, &str, Basis)] = &[
    (Ammr, ExtensionFact::Absconded, Period::years(3), "P3Y", ammr("46(2)")),
    (Ammr, ExtensionFact::Imprisoned, Period::years(1), "P1Y", ammr("46(2)")),
    (Dublin3, ExtensionFact::Absconded, Period::months(18), "P18M", d3("29(2)")),
    (Dublin3, ExtensionFact::Imprisoned, Period::years(1), "P1Y", d3("29(2)")),
];

/// The row for `instrument`, `step` and `situation`, if the law sets one.
pub fn lookup(instrument: Instrument, step: Step, situation: Situation) -> Option<&'static Row> {
    TABLE
        .iter()
        .find(|r| r.instrument == instrument && r.step == step && r.situation == situation)
}

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
    let instrument = match ctx.regime.responsibility {
        Some(ResponsibilityRegime::Ammr) => Ammr,
        Some(ResponsibilityRegime::Dublin3) => Dublin3,
        // The transition module reports the missing registration date.
        None => return,
    };
    for step in [Request, Reply, TransferDecision, Transfer] {
        if instrument == Dublin3 && step == TransferDecision {
            continue;
        }
        if ctx.has_deadline(step.id()) {
            continue;
        }
        limit_for(ctx, instrument, step);
    }
    if instrument == Dublin3
        && [Request, Reply, Transfer]
            .iter()
            .any(|s| ctx.has_deadline(s.id()))
    {
        dublin3::note_ammr_84_2(ctx);
    }
}

/// Whether the person is detained for the transfer procedure: `Some(true)` when the case says
/// so (or gives a detention date), `Some(false)` when it says not, `None` when unknown.
pub fn detained(ctx: &Ctx) -> Option<bool> {
    if ctx.case.dublin.detained_at.is_some() {
        return Some(true);
    }
    ctx.case.application.detained
}

/// The situation for a step once detention is set aside: by request type and hit.
fn ordinary(step: Step, t: RequestType, hit: bool) -> Situation {
    match (step, t, hit) {
        (TransferDecision | Transfer, _, _) => Any,
        (_, RequestType::TakeCharge, false) => TakeCharge,
        (_, RequestType::TakeCharge, true) => TakeChargeHit,
        (_, RequestType::TakeBack, false) => TakeBack,
        (_, RequestType::TakeBack, true) => TakeBackHit,
    }
}

/// The detained situation for a step, where the law has one for the request type.
fn detained_situation(
    ctx: &Ctx,
    instrument: Instrument,
    step: Step,
    t: RequestType,
) -> Option<Situation> {
    match (instrument, step) {
        (_, TransferDecision) => None,
        (Ammr | Cfr12, Request) => {
            let d = &ctx.case;
            let later = match (d.dublin.detained_at, d.application.registered_at) {
                (Some(det), Some(reg)) => det.date() > reg.date(),
                _ => false,
            };
            Some(if later { DetainedLater } else { Detained })
        }
        // AMMR 45(2) sets the detained reply for take charge requests only.
        (Ammr | Cfr12, Reply) => (t == RequestType::TakeCharge).then_some(Detained),
        _ => Some(Detained),
    }
}

/// The starting event of a row, with its JSON Pointer; `None` (and the fact reported missing
/// where the step before is known) when unknown.
fn start(ctx: &mut Ctx, instrument: Instrument, row: &Row) -> Option<(When, &'static str)> {
    let case = ctx.case;
    let d = &case.dublin;
    let affects = row.step.affects();
    match row.from {
        Registration => match instrument {
            Dublin3 => dublin3::first_record(ctx, affects),
            _ => match case.application.registered_at {
                Some(r) => Some((r, "/application/registeredAt")),
                None => {
                    ctx.missing("/application/registeredAt", affects);
                    None
                }
            },
        },
        Hit => match d.eurodac_hit_at {
            Some(h) => Some((h, "/dublin/eurodacHitAt")),
            None => {
                ctx.missing("/dublin/eurodacHitAt", affects);
                None
            }
        },
        Detention => d.detained_at.map(|w| (w, "/dublin/detainedAt")),
        Req => d.request_sent_at.map(|w| (w, "/dublin/requestSentAt")),
        Acceptance => match (d.appeal_decided_at, d.accepted_at) {
            (Some(a), _) => Some((a, "/dublin/appealDecidedAt")),
            (None, Some(acc)) => Some((acc, "/dublin/acceptedAt")),
            (None, None) => {
                if d.request_sent_at.is_some() {
                    ctx.missing("/dublin/acceptedAt", affects);
                }
                None
            }
        },
    }
}

/// The counting rule of an instrument's limits.
pub const fn counting(instrument: Instrument) -> Counting {
    match instrument {
        Ammr => Counting::Ammr75,
        // No article of the CFR on the calculation of time limits was found in the text read
        // (arts. 10–13, 20): Reg. 1182/71 applies until one is.
        Cfr12 => Counting::Pr1182,
        Dublin3 => Counting::Dublin3Art42,
    }
}

/// Computes and records the limit of `step` under `instrument`, as far as the facts go.
fn limit_for(ctx: &mut Ctx, instrument: Instrument, step: Step) {
    // A step's limit is reported once the step before it is known.
    match step {
        Reply if ctx.case.dublin.request_sent_at.is_none() => return,
        Reply => receipt_note(ctx),
        _ => {}
    }
    let hit = ctx.case.dublin.eurodac_hit_at.is_some();
    let t = match ctx.case.dublin.request_type {
        Some(t) => {
            ctx.used("/dublin/requestType");
            t
        }
        None if matches!(step, Request | Reply) => {
            ctx.missing("/dublin/requestType", step.affects());
            RequestType::TakeCharge
        }
        None => RequestType::TakeCharge,
    };
    let type_known = ctx.case.dublin.request_type.is_some();
    let det = detained(ctx);
    if det.is_some() {
        ctx.used("/application/detained");
    }
    let detained_sit = detained_situation(ctx, instrument, step, t);
    let situation = match (det, detained_sit) {
        (Some(true), Some(s)) => s,
        _ => ordinary(step, t, hit),
    };
    let Some(row) = chosen_row(ctx, instrument, step, situation) else {
        if step == Request && situation == TakeBack && instrument != Dublin3 {
            // AMMR 41(1) runs from the hit only.
            ctx.missing("/dublin/eurodacHitAt", step.affects());
        }
        return;
    };
    let row = row.clone();
    let Some((from, path)) = start(ctx, instrument, &row) else {
        return;
    };
    let (row, from, path) = match (instrument, row.situation) {
        (Dublin3, TakeChargeHit) => dublin3::hit_cap(ctx, row, from, path),
        _ => (row, from, path),
    };
    let ext = (step == Transfer && row.situation == Any).then(|| extension(ctx, instrument));
    let computed = ctx.limit_with_extension(
        LimitSpec {
            id: step.id(),
            from_path: path,
            from,
            period: row.period,
            counting: counting(row.instrument),
            basis: vec![row.basis.clone()],
            rule: row.rule,
            label: label(ctx.locale, step),
        },
        ext.flatten(),
    );
    if computed.is_none() {
        return;
    }
    if det.is_none() {
        if let Some(s) = detained_sit {
            detained_alternative(ctx, instrument, step, s);
        }
    }
    if !type_known && matches!(step, Request | Reply) {
        take_back_note(ctx, instrument, step, hit);
    }
}

/// The row for the situation, with CFR 12 in place of the AMMR where a crisis activation on the
/// day of the starting event authorises it (never for the detained limits of AMMR 45).
fn chosen_row(
    ctx: &mut Ctx,
    instrument: Instrument,
    step: Step,
    situation: Situation,
) -> Option<&'static Row> {
    let base = lookup(instrument, step, situation)?;
    if instrument != Ammr {
        return Some(base);
    }
    let Some(crisis) = lookup(Cfr12, step, situation) else {
        if matches!(situation, Detained | DetainedLater) {
            if let Some(on) = base.start_date(ctx) {
                ammr::crisis_detention_note(ctx, on);
            }
        }
        return Some(base);
    };
    match base.start_date(ctx) {
        Some(on) if ammr::cfr12_applies(ctx, on) => Some(crisis),
        _ => Some(base),
    }
}

impl Row {
    /// The date of this row's starting event, where the case gives it (no facts recorded).
    fn start_date(&self, ctx: &Ctx) -> Option<chrono::NaiveDate> {
        let c = &ctx.case;
        let w = match self.from {
            Registration => c.application.registered_at,
            Hit => c.dublin.eurodac_hit_at,
            Detention => c.dublin.detained_at,
            Req => c.dublin.request_sent_at,
            Acceptance => c.dublin.appeal_decided_at.or(c.dublin.accepted_at),
        };
        w.map(|w| w.date())
    }
}

/// The longest extension of the transfer limit the facts still allow: absconding unless the case
/// rules it out, else imprisonment unless ruled out. An unknown fact is recorded as missing.
fn extension(ctx: &mut Ctx, instrument: Instrument) -> Option<ExtensionSpec> {
    let case = ctx.case;
    let d = &case.dublin;
    let (absconded, imprisoned) = (d.absconded, d.imprisoned);
    for (fact, value, path) in [
        (ExtensionFact::Absconded, absconded, "/dublin/absconded"),
        (ExtensionFact::Imprisoned, imprisoned, "/dublin/imprisoned"),
    ] {
        match value {
            Some(_) => ctx.used(path),
            None => ctx.missing(path, "deadlines.dublinTransfer"),
        }
        if value == Some(false) {
            continue;
        }
        let (_, _, period, stated, basis) = EXTENSIONS
            .iter()
            .find(|e| e.0 == instrument && e.1 == fact)?;
        if fact == ExtensionFact::Absconded && instrument == Ammr {
            ammr::absconding_note(ctx);
        }
        if value.is_none() {
            extension_note(ctx, fact, instrument);
        }
        return Some(ExtensionSpec {
            period: *period,
            stated: (*stated).to_owned(),
            counting: counting(instrument),
            basis: vec![basis.clone()],
        });
    }
    None
}

fn extension_note(ctx: &mut Ctx, fact: ExtensionFact, instrument: Instrument) {
    let art = if instrument == Dublin3 {
        "29(2) Dublin III"
    } else {
        "46(2) AMMR"
    };
    let (nl, en) = match fact {
        ExtensionFact::Absconded => ("onderduiken", "absconding"),
        ExtensionFact::Imprisoned => ("detentie (gevangenisstraf)", "imprisonment"),
    };
    ctx.note(
        NoteKind::Assumption,
        text!(
            ctx.locale,
            format!("De overdrachtstermijn blijft zes maanden. Of de termijn kan worden verlengd wegens {nl} (art. {art}), is onbekend: de langste verlenging die de feiten nog toelaten is vermeld (extension)."),
            format!("The transfer limit stays six months. Whether it may be extended for {en} ({art}) is unknown: the longest extension the facts still allow is reported (extension)."),
        ),
        vec![EXTENSIONS
            .iter()
            .find(|e| e.0 == instrument && e.1 == fact)
            .map_or(ammr("46(2)"), |e| e.4.clone())],
    );
}

/// Detention unknown (RULES §0): the detained limit attached to the ordinary one.
fn detained_alternative(ctx: &mut Ctx, instrument: Instrument, step: Step, s: Situation) {
    let Some(row) = lookup(instrument, step, s) else {
        return;
    };
    let row = row.clone();
    let from = match row.from {
        Registration => match instrument {
            Dublin3 => dublin3::first_record_quiet(ctx),
            _ => ctx.case.application.registered_at,
        },
        Req => ctx.case.dublin.request_sent_at,
        Acceptance => ctx
            .case
            .dublin
            .appeal_decided_at
            .or(ctx.case.dublin.accepted_at),
        Hit => ctx.case.dublin.eurodac_hit_at,
        Detention => ctx.case.dublin.detained_at,
    };
    let Some(from) = from else {
        return;
    };
    ctx.alternative(
        step.id(),
        step.affects(),
        AlternativeSpec {
            from,
            fact: "/application/detained",
            if_value: true,
            period: row.period,
            counting: counting(instrument),
            basis: vec![row.basis.clone()],
        },
    );
    let due = ctx
        .deadline_by_id(step.id())
        .and_then(|d| d.alternatives.last())
        .map(|a| a.due.clone())
        .unwrap_or_default();
    let art = row.basis.article.to_string();
    let act = row.basis.act.to_string();
    ctx.note(
        NoteKind::Assumption,
        text!(
            ctx.locale,
            format!("Of de vreemdeling in bewaring is, is onbekend: de termijn {} is gegeven voor wie niet in bewaring is. Bij bewaring geldt {} (art. {art} {act}), uiterlijk {due}.", step.id(), row.period.iso()),
            format!("Whether the person is detained is unknown: the {} limit is given for a person not detained. If detained, {} applies ({act} {art}), ending {due}.", step.id(), row.period.iso()),
        ),
        vec![row.basis.clone()],
    );
}

/// Request type unknown: the take charge limit is given; a note names the take back limit.
fn take_back_note(ctx: &mut Ctx, instrument: Instrument, step: Step, hit: bool) {
    let s = if hit { TakeBackHit } else { TakeBack };
    let Some(row) = lookup(instrument, step, s) else {
        return;
    };
    let from = match row.from {
        Registration => match instrument {
            Dublin3 => dublin3::first_record_quiet(ctx),
            _ => ctx.case.application.registered_at,
        },
        Hit => ctx.case.dublin.eurodac_hit_at,
        Req => ctx.case.dublin.request_sent_at,
        _ => None,
    };
    let due = from.and_then(|f| {
        calendar::compute(f, row.period, counting(instrument), &ctx.params.calendar)
            .ok()
            .map(|c| calendar::iso_date(c.due))
    });
    let (nl_due, en_due) = match &due {
        Some(d) => (format!(", uiterlijk {d}"), format!(", ending {d}")),
        None => (String::new(), String::new()),
    };
    let art = row.basis.article.to_string();
    let act = row.basis.act.to_string();
    ctx.note(
        NoteKind::Assumption,
        text!(
            ctx.locale,
            format!("Of het om overname (take charge) of terugname (take back) gaat, is onbekend: de termijn {} is gegeven voor een overnameverzoek. Bij terugname geldt {} (art. {art} {act}){nl_due}.", step.id(), row.period.iso()),
            format!("Whether the request is to take charge or to take back is unknown: the {} limit is given for a take charge request. For a take back, {} applies ({act} {art}){en_due}.", step.id(), row.period.iso()),
        ),
        vec![row.basis.clone()],
    );
}

fn label(locale: Locale, step: Step) -> Text {
    match step {
        Request => text!(
            locale,
            "Overname- of terugnameverzoek (terugnamekennisgeving) aan de andere lidstaat",
            "Take charge request or take back request (notification) to the other Member State",
        ),
        Reply => text!(
            locale,
            "Antwoord van de aangezochte lidstaat (stilzwijgen geldt als aanvaarding)",
            "Reply of the requested Member State (silence is acceptance)",
        ),
        TransferDecision => text!(locale, "Overdrachtsbesluit", "Transfer decision"),
        Transfer => text!(
            locale,
            "Overdracht aan de verantwoordelijke lidstaat",
            "Transfer to the Member State responsible",
        ),
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
        vec![ammr("40(1)"), d3("22(1)")],
    );
}

#[cfg(test)]
mod tests;
