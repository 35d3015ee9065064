//! Dates of application of the pact acts (RULES.md §2 [rev. 12-2026]): a time limit is given only
//! where its starting event falls on or after the date from which the act setting it applies; for
//! an earlier event the step was governed by the law then in force, and a note says so.
//!
//! Final articles read in legalize-dev/legalize-eu:
//! - SR (Reg. (EU) 2024/1356, `eu/4e/32024R1356.md`) art. 25: "It shall apply from 12 June 2026."
//! - EDR (Reg. (EU) 2024/1358, `eu/93/32024R1358.md`) art. 63(2): "This Regulation shall apply
//!   from 12 June 2026. However, Article 26 shall apply from 12 June 2029."
//! - RBPR (Reg. (EU) 2024/1349, `eu/a2/32024R1349.md`) art. 14(2): "This Regulation shall apply
//!   from 12 June 2026."
//! - APR (Reg. (EU) 2024/1348, `eu/28/32024R1348.md`) art. 79(2): applies from 12 June 2026
//!   (research/verified.md §1).
//! - AMMR (Reg. (EU) 2024/1351, `eu/fe/32024R1351.md`) art. 85: applies from 1 July 2026.
//! - CFR (Reg. (EU) 2024/1359, `eu/34/32024R1359.md`) art. 20: "It shall apply from 1 July 2026."
//! - Vw 2000 as amended for the pact (Vw-new): in force from 12 June 2026
//!   (MinBZK/regelrecht-corpus `regulation/nl/wet/vreemdelingenwet_2000/2026-06-12.yaml`).

use chrono::NaiveDate;

use crate::engine::Ctx;
use crate::explain::{uri, Basis, NoteKind};
use crate::text;

/// An act whose time limits the engine computes, with the date from which it applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    /// Screening Regulation 2024/1356 (art. 25).
    Sr,
    /// Eurodac Regulation 2024/1358 (art. 63(2), first subparagraph).
    Edr,
    /// EDR art. 26, temporary protection (art. 63(2), second subparagraph).
    EdrArt26,
    /// Return Border Procedure Regulation 2024/1349 (art. 14(2)).
    Rbpr,
    /// Asylum Procedure Regulation 2024/1348 (art. 79(2)).
    Apr,
    /// Asylum and Migration Management Regulation 2024/1351 (art. 85).
    Ammr,
    /// Crisis and Force Majeure Regulation 2024/1359 (art. 20).
    Cfr,
    /// The Vreemdelingenwet 2000 as in force from 12 June 2026.
    VwNew,
}

impl Act {
    /// The first day on which the act applies.
    pub fn applies_from(self) -> NaiveDate {
        let (y, m, d) = match self {
            Act::Sr | Act::Edr | Act::Rbpr | Act::Apr | Act::VwNew => (2026, 6, 12),
            Act::Ammr | Act::Cfr => (2026, 7, 1),
            Act::EdrArt26 => (2029, 6, 12),
        };
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    /// The final article that sets the date.
    pub fn basis(self) -> Basis {
        match self {
            Act::Sr => Basis::new("SR", "25", uri::SR),
            Act::Edr => Basis::new("EDR", "63(2)", uri::EDR),
            Act::EdrArt26 => Basis::new("EDR", "63(2), second subparagraph", uri::EDR),
            Act::Rbpr => Basis::new("RBPR", "14(2)", uri::RBPR),
            Act::Apr => Basis::new("APR", "79(2)", uri::APR),
            Act::Ammr => Basis::new("AMMR", "85", uri::AMMR),
            Act::Cfr => Basis::new("CFR", "20", uri::CFR),
            Act::VwNew => Basis::new("Vw", "3(6)", uri::VW_NEW),
        }
    }

    /// The act's name (the same in both languages).
    pub fn name(self) -> &'static str {
        match self {
            Act::Sr => "SR 2024/1356",
            Act::Edr => "EDR 2024/1358",
            Act::EdrArt26 => "EDR 2024/1358 art. 26",
            Act::Rbpr => "RBPR 2024/1349",
            Act::Apr => "APR 2024/1348",
            Act::Ammr => "AMMR 2024/1351",
            Act::Cfr => "CFR 2024/1359",
            Act::VwNew => "Vw 2000 (2026-06-12)",
        }
    }

    /// Whether the act applies on `on`.
    pub fn applies_on(self, on: NaiveDate) -> bool {
        on >= self.applies_from()
    }
}

/// Whether the limit `id`, set by `act`, runs from an event on `event`. When the event falls
/// before the act applied, the limit is not given: an explanation and a note say that the step
/// was governed by the law then in force (RULES §2 [rev. 12-2026]).
pub fn limit_applies(ctx: &mut Ctx, act: Act, event: NaiveDate, id: &'static str) -> bool {
    if act.applies_on(event) {
        return true;
    }
    let from = crate::calendar::dmy(act.applies_from());
    let day = crate::calendar::dmy(event);
    let name = act.name();
    let text = text!(
        ctx.locale,
        format!("Termijn {id} niet gegeven: de gebeurtenis waarvan zij loopt ({day}) ligt vóór {from}, de dag vanaf wanneer {name} van toepassing is; die stap viel onder het recht dat toen gold."),
        format!("Limit {id} not given: the event it runs from ({day}) falls before {from}, the day from which {name} applies; that step was governed by the law then in force."),
    );
    ctx.explain(
        "application.beforeActApplies",
        text.clone(),
        vec![act.basis()],
    );
    ctx.note(NoteKind::Info, text, vec![act.basis()]);
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_the_final_articles() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(Act::Sr.applies_from(), d(2026, 6, 12));
        assert_eq!(Act::Edr.applies_from(), d(2026, 6, 12));
        assert_eq!(Act::Rbpr.applies_from(), d(2026, 6, 12));
        assert_eq!(Act::Apr.applies_from(), d(2026, 6, 12));
        assert_eq!(Act::Ammr.applies_from(), d(2026, 7, 1));
        assert_eq!(Act::Cfr.applies_from(), d(2026, 7, 1));
        assert_eq!(Act::EdrArt26.applies_from(), d(2029, 6, 12));
        assert!(!Act::Cfr.applies_on(d(2026, 6, 30)));
        assert!(Act::Cfr.applies_on(d(2026, 7, 1)));
    }
}
