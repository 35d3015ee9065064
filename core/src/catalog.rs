//! The deadline catalogue: for every deadline id of the contract, its name in words (Dutch and
//! English), who must act before it runs out, and the act of the case that completes it.
//!
//! One table, so that every surface (the readable summary, the web form, the agenda of a
//! caseload) names a deadline the same way. The per-case texts of the explanations stay with
//! the rules; this table holds what is the same for every case.

use crate::calendar::When;
use crate::contract::Case;
use crate::explain::Locale;

/// Who must act before a deadline runs out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Actor {
    /// Koninklijke Marechaussee (screening and registration at the external border).
    Kmar,
    /// Immigratie- en Naturalisatiedienst.
    Ind,
    /// Centraal Orgaan opvang asielzoekers.
    Coa,
    /// The applicant (or their lawyer).
    Applicant,
    /// The Member State that received a Dublin request (its reply).
    OtherMemberState,
}

impl Actor {
    /// Contract name.
    pub const fn name(self) -> &'static str {
        match self {
            Actor::Kmar => "kmar",
            Actor::Ind => "ind",
            Actor::Coa => "coa",
            Actor::Applicant => "applicant",
            Actor::OtherMemberState => "otherMemberState",
        }
    }

    /// Every actor with its contract name.
    pub const VALUES: &'static [(&'static str, Actor)] = &[
        ("kmar", Actor::Kmar),
        ("ind", Actor::Ind),
        ("coa", Actor::Coa),
        ("applicant", Actor::Applicant),
        ("otherMemberState", Actor::OtherMemberState),
    ];

    /// The actor in words.
    pub const fn label(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Actor::Kmar, Locale::Nl) => "Koninklijke Marechaussee",
            (Actor::Kmar, Locale::En) => "Royal Netherlands Marechaussee",
            (Actor::Ind, Locale::Nl) => "IND",
            (Actor::Ind, Locale::En) => "IND (Immigration and Naturalisation Service)",
            (Actor::Coa, Locale::Nl) => "COA",
            (Actor::Coa, Locale::En) => "COA (Central Agency for the Reception of Asylum Seekers)",
            (Actor::Applicant, Locale::Nl) => "Vreemdeling",
            (Actor::Applicant, Locale::En) => "Applicant",
            (Actor::OtherMemberState, Locale::Nl) => "Aangezochte lidstaat",
            (Actor::OtherMemberState, Locale::En) => "Requested Member State",
        }
    }
}

/// One row of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeadlineInfo {
    /// Deadline id of the contract.
    pub id: &'static str,
    /// Name in Dutch.
    pub nl: &'static str,
    /// Name in English.
    pub en: &'static str,
    /// Who must act. For `screening` and `eurodacTransmission` the screening authority (KMar at
    /// the external border, IND within the territory) is decided per case; this is the default
    /// for the territory.
    pub actor: Actor,
    /// The recorded act of the case that completes the deadline (status `met` or `missed`);
    /// `None` where the contract records no such act, or where the limit is a minimum.
    pub completed_by: Option<Completion>,
    /// A minimum period (it must have run before an act may follow, e.g. the legacy rest
    /// period): nothing is due at its end, so it is never overdue.
    pub minimum: bool,
}

/// A moment of the case that can complete a deadline, with its JSON Pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseFact {
    /// `/screening/formCompletedAt` (SR 17).
    ScreeningFormCompletedAt,
    /// `/application/registeredAt` (APR 27; Vb-old 3.107b).
    RegisteredAt,
    /// `/application/lodgedAt` (APR 28).
    LodgedAt,
    /// `/decision/notifiedAt`.
    DecisionNotifiedAt,
    /// `/decision/rightToRemainEndedAt` (APR 51(2): the border procedure lasts "until the
    /// applicant no longer has a right to remain").
    RightToRemainEndedAt,
    /// `/dublin/requestSentAt`.
    DublinRequestSentAt,
    /// `/dublin/acceptedAt`.
    DublinAcceptedAt,
    /// `/dublin/transferDecisionNotifiedAt`.
    DublinTransferDecisionNotifiedAt,
}

impl CaseFact {
    /// JSON Pointer of the fact in the Case.
    pub const fn pointer(self) -> &'static str {
        match self {
            CaseFact::ScreeningFormCompletedAt => "/screening/formCompletedAt",
            CaseFact::RegisteredAt => "/application/registeredAt",
            CaseFact::LodgedAt => "/application/lodgedAt",
            CaseFact::DecisionNotifiedAt => "/decision/notifiedAt",
            CaseFact::RightToRemainEndedAt => "/decision/rightToRemainEndedAt",
            CaseFact::DublinRequestSentAt => "/dublin/requestSentAt",
            CaseFact::DublinAcceptedAt => "/dublin/acceptedAt",
            CaseFact::DublinTransferDecisionNotifiedAt => "/dublin/transferDecisionNotifiedAt",
        }
    }

    /// The moment recorded in `case`, if any.
    pub fn get(self, case: &Case) -> Option<&When> {
        match self {
            CaseFact::ScreeningFormCompletedAt => case.screening.form_completed_at.as_ref(),
            CaseFact::RegisteredAt => case.application.registered_at.as_ref(),
            CaseFact::LodgedAt => case.application.lodged_at.as_ref(),
            CaseFact::DecisionNotifiedAt => case.decision.notified_at.as_ref(),
            CaseFact::RightToRemainEndedAt => case.decision.right_to_remain_ended_at.as_ref(),
            CaseFact::DublinRequestSentAt => case.dublin.request_sent_at.as_ref(),
            CaseFact::DublinAcceptedAt => case.dublin.accepted_at.as_ref(),
            CaseFact::DublinTransferDecisionNotifiedAt => {
                case.dublin.transfer_decision_notified_at.as_ref()
            }
        }
    }
}

/// The act that completes a deadline. The rule that makes it so is the provision setting the
/// limit (the deadline's first basis: it names the act the period is for, e.g. APR 27(1) "shall
/// register … no later than five days").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Completion {
    /// The fact of the case that records the act.
    pub fact: CaseFact,
    /// Where the recorded fact stands in for the act of the provision (e.g. the notification
    /// of a decision for its taking): the interpretation, in Dutch and English, reported as a
    /// note of kind `interpretation` whenever the completion is applied.
    pub interpretation: Option<(&'static str, &'static str)>,
}

const fn by(fact: CaseFact) -> Option<Completion> {
    Some(Completion {
        fact,
        interpretation: None,
    })
}

const fn by_reading(fact: CaseFact, nl: &'static str, en: &'static str) -> Option<Completion> {
    Some(Completion {
        fact,
        interpretation: Some((nl, en)),
    })
}

/// The notification of the decision stands for its taking.
const DECISION_NL: &str = "Als datum van de beschikking neemt de engine de datum van bekendmaking \
                           (decision.notifiedAt): het dossier legt geen andere datum vast.";
const DECISION_EN: &str = "The engine takes the date of notification (decision.notifiedAt) as \
                           the date of the decision: the case records no other date.";

impl DeadlineInfo {
    /// The name in `locale`.
    pub const fn name(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::Nl => self.nl,
            Locale::En => self.en,
        }
    }
}

const fn row(id: &'static str, nl: &'static str, en: &'static str, actor: Actor) -> DeadlineInfo {
    DeadlineInfo {
        id,
        nl,
        en,
        actor,
        completed_by: None,
        minimum: false,
    }
}

impl DeadlineInfo {
    const fn done(self, completed_by: Option<Completion>) -> DeadlineInfo {
        DeadlineInfo {
            completed_by,
            ..self
        }
    }

    const fn minimum(self) -> DeadlineInfo {
        DeadlineInfo {
            minimum: true,
            ..self
        }
    }
}

/// Every deadline id, in the order of the contract (RULES.md §5, then §6).
pub const DEADLINES: &[DeadlineInfo] = &[
    row("screening", "Screening", "Screening", Actor::Ind)
    .done(by_reading(
        CaseFact::ScreeningFormCompletedAt,
        "De engine neemt de voltooiing van het screeningsformulier (SR 17) als einde van de screening; de screening eindigt bij de doorverwijzing die daarop volgt (SR 18).",
        "The engine takes the completion of the screening form (SR 17) as the end of the screening; the screening ends on the referral that follows it (SR 18).",
    )),
    row(
        "registration",
        "Registratie van het verzoek",
        "Registration of the application",
        Actor::Ind,
    )
    .done(by(CaseFact::RegisteredAt)),
    row(
        "lodging",
        "Indienen van het verzoek",
        "Lodging of the application",
        Actor::Applicant,
    )
    .done(by(CaseFact::LodgedAt)),
    row(
        "eurodacTransmission",
        "Doorgifte aan Eurodac",
        "Transmission to Eurodac",
        Actor::Ind,
    ),
    row(
        "vulnerabilityAssessment",
        "Beoordeling van bijzondere opvangbehoeften",
        "Assessment of special reception needs",
        Actor::Coa,
    ),
    row(
        "borderDecision",
        "Beschikking in de asielgrensprocedure",
        "Decision in the asylum border procedure",
        Actor::Ind,
    )
    .done(by_reading(CaseFact::DecisionNotifiedAt, DECISION_NL, DECISION_EN)),
    row(
        "borderProcedureEnd",
        "Einde van de asielgrensprocedure",
        "End of the asylum border procedure",
        Actor::Ind,
    )
    .done(by(CaseFact::RightToRemainEndedAt)),
    row(
        "examination",
        "Beslistermijn",
        "Time limit for the decision",
        Actor::Ind,
    )
    .done(by_reading(CaseFact::DecisionNotifiedAt, DECISION_NL, DECISION_EN)),
    row(
        "dublinRequest",
        "Dublinverzoek (overname of terugname)",
        "Dublin request (take charge or take back)",
        Actor::Ind,
    )
    .done(by(CaseFact::DublinRequestSentAt)),
    row(
        "dublinReply",
        "Antwoord op het Dublinverzoek",
        "Reply to the Dublin request",
        Actor::OtherMemberState,
    )
    .done(by(CaseFact::DublinAcceptedAt)),
    row(
        "dublinTransferDecision",
        "Overdrachtsbesluit",
        "Transfer decision",
        Actor::Ind,
    )
    .done(by(CaseFact::DublinTransferDecisionNotifiedAt)),
    row(
        "dublinTransfer",
        "Overdracht aan de verantwoordelijke lidstaat",
        "Transfer to the responsible Member State",
        Actor::Ind,
    ),
    row(
        "appeal",
        "Beroep bij de rechtbank",
        "Appeal to the district court",
        Actor::Applicant,
    ),
    row(
        "requestToRemain",
        "Verzoek om het beroep in Nederland af te wachten",
        "Request to remain pending the appeal",
        Actor::Applicant,
    ),
    row(
        "returnBorderProcedureEnd",
        "Einde van de terugkeergrensprocedure",
        "End of the return border procedure",
        Actor::Ind,
    ),
    row(
        "legacyRegistration",
        "Registratie van de aanvraag",
        "Registration of the application",
        Actor::Ind,
    )
    .done(by(CaseFact::RegisteredAt)),
    row(
        "legacyRestPeriod",
        "Rust- en voorbereidingstermijn",
        "Rest and preparation period",
        Actor::Ind,
    )
    .minimum(),
    row(
        "legacyGeneralProcedureDecision",
        "Beschikking in de algemene asielprocedure",
        "Decision in the general asylum procedure",
        Actor::Ind,
    )
    .done(by_reading(CaseFact::DecisionNotifiedAt, DECISION_NL, DECISION_EN)),
    row(
        "legacyDecision",
        "Beslistermijn asielaanvraag",
        "Time limit for the decision on the application",
        Actor::Ind,
    )
    .done(by_reading(CaseFact::DecisionNotifiedAt, DECISION_NL, DECISION_EN)),
    row(
        "legacyBorderEntry",
        "Beslissing in de grensprocedure (daarna toegang van rechtswege)",
        "Decision in the border procedure (entry by operation of law afterwards)",
        Actor::Ind,
    )
    .done(by_reading(CaseFact::DecisionNotifiedAt, DECISION_NL, DECISION_EN)),
    row(
        "legacyDublinViews",
        "Zienswijze op het Dublinvoornemen",
        "Views on the intended Dublin decision",
        Actor::Applicant,
    ),
    row(
        "legacySafeCountryViews",
        "Zienswijze op het voornemen in spoor 2",
        "Views on the intended decision in track 2",
        Actor::Applicant,
    ),
    row(
        "legacySafeCountryDecision",
        "Beschikking in spoor 2",
        "Decision in track 2",
        Actor::Ind,
    )
    .done(by_reading(CaseFact::DecisionNotifiedAt, DECISION_NL, DECISION_EN)),
    row(
        "legacyIntendedDecisionViews",
        "Zienswijze op het voornemen in de verlengde asielprocedure",
        "Views on the intended decision in the extended asylum procedure",
        Actor::Applicant,
    ),
    row(
        "legacyAppeal",
        "Beroep bij de rechtbank",
        "Appeal to the district court",
        Actor::Applicant,
    ),
    row(
        "receptionInformation",
        "Informatie door het COA over de opvang",
        "Information by the COA on reception",
        Actor::Coa,
    ),
];

/// The catalogue row of a deadline id.
pub fn deadline(id: &str) -> Option<&'static DeadlineInfo> {
    DEADLINES.iter().find(|d| d.id == id)
}

/// The name of a deadline id in `locale` (the id itself when it is not in the catalogue).
pub fn deadline_name(id: &str, locale: Locale) -> &str {
    match deadline(id) {
        Some(d) => d.name(locale),
        None => id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_deadline_id_of_the_engine_is_in_the_catalogue_once() {
        for id in crate::engine::DEADLINE_ORDER {
            assert_eq!(
                DEADLINES.iter().filter(|d| d.id == *id).count(),
                1,
                "deadline id {id} must be in the catalogue exactly once"
            );
        }
    }

    #[test]
    fn names_are_given_in_both_languages() {
        for d in DEADLINES {
            assert!(!d.nl.is_empty() && !d.en.is_empty(), "{}", d.id);
            assert_eq!(deadline_name(d.id, Locale::En), d.en);
            assert_eq!(deadline_name(d.id, Locale::Nl), d.nl);
        }
        assert_eq!(
            deadline_name("noSuchDeadline", Locale::Nl),
            "noSuchDeadline"
        );
    }

    #[test]
    fn every_completing_fact_is_read_from_its_pointer() {
        let facts = DEADLINES
            .iter()
            .filter_map(|d| d.completed_by.map(|c| c.fact));
        for fact in facts {
            let mut case = serde_json::json!({"schemaVersion": 1});
            let parts: Vec<&str> = fact.pointer().trim_start_matches('/').split('/').collect();
            case[parts[0]][parts[1]] = serde_json::Value::from("2026-09-15");
            let case = crate::decode_case(case.to_string().as_bytes()).unwrap();
            assert_eq!(
                fact.get(&case).map(|w| w.to_string()),
                Some(String::from("2026-09-15")),
                "{}",
                fact.pointer()
            );
        }
    }

    #[test]
    fn a_minimum_has_no_completing_act() {
        for d in DEADLINES.iter().filter(|d| d.minimum) {
            assert!(d.completed_by.is_none(), "{}", d.id);
        }
        assert!(deadline("legacyRestPeriod").is_some_and(|d| d.minimum));
    }
}
