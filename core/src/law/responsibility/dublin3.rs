//! What only Dublin III has: its limits run from the lodging "within the meaning of Article
//! 20(2)", read as the first written record of the application (CJEU C-670/16 *Mengesteab*),
//! and a take charge request based on a Eurodac hit is capped at three months from that record.
//!
//! D3 20(2) (read in the text): "An application for international protection shall be deemed to
//! have been lodged once a form submitted by the applicant or a report prepared by the
//! authorities has reached the competent authorities of the Member State concerned." CJEU
//! 26-07-2017, C-670/16 *Mengesteab* (not read here; as RULES §5 states its holding): an
//! application is lodged once a written record prepared by a public authority, certifying that
//! the person has requested international protection, has reached the authority responsible;
//! and a take charge request based on a Eurodac hit must also be made no later than three months
//! after that lodging, even where the two months from the hit have not run out.
//!
//! D3 42 (counting): "(a) [...] the day on which that event occurs or that action takes place
//! shall not itself be counted [...]; (b) a period expressed in weeks or months shall end with
//! the expiry of whichever day in the last week or month is the same day of the week, or falls on
//! the same date of the month [...]; (c) time limits shall include Saturdays, Sundays and official
//! holidays in the Member State concerned." No extension: a limit ending on a Saturday ends on it.
//!
//! AMMR 84(2) (read in the text) keeps Dublin III for applications registered before 1 July 2026
//! as regards the *criteria* for determining responsibility; that its *time limits* and counting
//! rule stay with them is the engine's interpretation (RULES §2), noted on every Dublin III limit.

use crate::calendar::{self, When};
use crate::engine::Ctx;
use crate::explain::{uri, Basis, NoteKind};
use crate::text;

use super::{counting, lookup, Instrument, Row, Situation, Step};

const D3_20_2: Basis = Basis::new("D3", "20(2)", uri::D3);
const D3_21_1: Basis = Basis::new("D3", "21(1)", uri::D3);
const AMMR_84_2: Basis = Basis::new("AMMR", "84(2)", uri::AMMR);
const MENGESTEAB: Basis = Basis::new("CJEU", "C-670/16 (Mengesteab)", CURIA);
const CURIA: &str = "https://curia.europa.eu/juris/liste.jsf?num=C-670/16";

/// The first written record of the application (D3 20(2), *Mengesteab*): the registration
/// (`registeredAt`: the APR 27 registration, or the legacy registration of the aanmelding), with
/// a note. When the registration is unknown the lodging stands in and the limit is provisional
/// (RULES §0): the record cannot be later than the lodging, so the limit ends on the date given
/// or earlier; `registeredAt` is reported missing.
pub fn first_record(ctx: &mut Ctx, affects: &'static str) -> Option<(When, &'static str)> {
    let app = &ctx.case.application;
    let (registered, lodged) = (app.registered_at, app.lodged_at);
    if let Some(r) = registered {
        ctx.note(
            NoteKind::Interpretation,
            text!(
                ctx.locale,
                "Dublin III rekent vanaf de indiening in de zin van art. 20(2): een formulier of proces-verbaal heeft de bevoegde autoriteit bereikt. Volgens HvJ C-670/16 Mengesteab is dat het eerste schriftelijke stuk van een overheidsinstantie waaruit het verzoek blijkt; de engine neemt daarvoor de registratie van het verzoek (registeredAt), niet de latere indiening.",
                "Dublin III counts from lodging within the meaning of art. 20(2): a form or report has reached the competent authority. Under CJEU C-670/16 Mengesteab that is the first written document of a public authority recording the request; the engine takes the registration of the application (registeredAt), not the later lodging.",
            ),
            vec![D3_20_2, MENGESTEAB],
        );
        return Some((r, "/application/registeredAt"));
    }
    ctx.missing("/application/registeredAt", affects);
    let l = lodged?;
    ctx.note(
        NoteKind::Assumption,
        text!(
            ctx.locale,
            "De registratie van het verzoek (het eerste schriftelijke stuk, art. 20(2) Dublin III, HvJ C-670/16 Mengesteab) is onbekend: de termijn is voorlopig gerekend vanaf de indiening (lodgedAt). Zij eindigt op de gegeven datum of eerder, zodra de registratie bekend is.",
            "The registration of the application (the first written record, D3 20(2), CJEU C-670/16 Mengesteab) is unknown: the limit is provisionally counted from the lodging (lodgedAt). It ends on the date given or earlier, once the registration is known.",
        ),
        vec![D3_20_2, MENGESTEAB],
    );
    Some((l, "/application/lodgedAt"))
}

/// As [`first_record`], without notes or missing facts.
pub fn first_record_quiet(ctx: &Ctx) -> Option<When> {
    let app = &ctx.case.application;
    app.registered_at.or(app.lodged_at)
}

/// D3 21(1) with *Mengesteab*: a take charge request based on a Eurodac hit is due within two
/// months of the hit **and** no later than three months after the lodging (the first written
/// record): the earlier of the two. Returns the row, start and path of the limit that ends
/// first.
pub fn hit_cap(
    ctx: &mut Ctx,
    hit_row: Row,
    hit: When,
    hit_path: &'static str,
) -> (Row, When, &'static str) {
    let Some(record_row) = lookup(Instrument::Dublin3, Step::Request, Situation::TakeCharge) else {
        return (hit_row, hit, hit_path);
    };
    let Some((record, record_path)) = first_record(ctx, "deadlines.dublinRequest") else {
        return (hit_row, hit, hit_path);
    };
    let c = counting(Instrument::Dublin3);
    let cal = &ctx.params.calendar;
    let (Ok(by_hit), Ok(by_record)) = (
        calendar::compute(hit, hit_row.period, c, cal),
        calendar::compute(record, record_row.period, c, cal),
    ) else {
        return (hit_row, hit, hit_path);
    };
    let (hd, rd) = (
        calendar::iso_date(by_hit.due),
        calendar::iso_date(by_record.due),
    );
    ctx.note(
        NoteKind::Interpretation,
        text!(
            ctx.locale,
            format!("Een overnameverzoek op grond van een Eurodac-treffer moet binnen twee maanden na de treffer ({hd}) én uiterlijk drie maanden na de indiening ({rd}) worden gedaan (art. 21(1) Dublin III, HvJ C-670/16 Mengesteab): de vroegste datum geldt."),
            format!("A take charge request based on a Eurodac hit must be made within two months of the hit ({hd}) and no later than three months after lodging ({rd}) (D3 21(1), CJEU C-670/16 Mengesteab): the earlier date applies."),
        ),
        vec![D3_21_1, MENGESTEAB],
    );
    if by_record.due < by_hit.due {
        let capped = Row {
            rule: "responsibility.d3.request.hitCapped",
            ..record_row.clone()
        };
        (capped, record, record_path)
    } else {
        (hit_row, hit, hit_path)
    }
}

/// The note on every Dublin III limit: AMMR 84(2) keeps the criteria; the limits are an
/// interpretation.
pub fn note_ammr_84_2(ctx: &mut Ctx) {
    ctx.note(
        NoteKind::Interpretation,
        text!(
            ctx.locale,
            "Art. 84(2) AMMR laat voor verzoeken die vóór 1 juli 2026 zijn geregistreerd alleen de criteria van Dublin III gelden. Dat ook de termijnen van Dublin III (en de telling van art. 42) blijven gelden, is een interpretatie die de engine volgt.",
            "AMMR 84(2) keeps only the criteria of Dublin III for applications registered before 1 July 2026. That the Dublin III time limits (and the counting rule of art. 42) apply to them as well is an interpretation the engine takes.",
        ),
        vec![AMMR_84_2, Basis::new("D3", "42", uri::D3)],
    );
}
