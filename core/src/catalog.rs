//! The deadline catalogue: for every deadline id of the contract, its name in words (Dutch and
//! English), who must act before it runs out, and the act of the case that completes it.
//!
//! One table, so that every surface (the readable summary, the web form, the agenda of a
//! caseload) names a deadline the same way. The per-case texts of the explanations stay with
//! the rules; this table holds what is the same for every case.

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
}

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
    DeadlineInfo { id, nl, en, actor }
}

/// Every deadline id, in the order of the contract (RULES.md §5, then §6).
pub const DEADLINES: &[DeadlineInfo] = &[
    row("screening", "Screening", "Screening", Actor::Ind),
    row(
        "registration",
        "Registratie van het verzoek",
        "Registration of the application",
        Actor::Ind,
    ),
    row(
        "lodging",
        "Indienen van het verzoek",
        "Lodging of the application",
        Actor::Applicant,
    ),
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
    ),
    row(
        "borderProcedureEnd",
        "Einde van de asielgrensprocedure",
        "End of the asylum border procedure",
        Actor::Ind,
    ),
    row(
        "examination",
        "Beslistermijn",
        "Time limit for the decision",
        Actor::Ind,
    ),
    row(
        "dublinRequest",
        "Dublinverzoek (overname of terugname)",
        "Dublin request (take charge or take back)",
        Actor::Ind,
    ),
    row(
        "dublinReply",
        "Antwoord op het Dublinverzoek",
        "Reply to the Dublin request",
        Actor::OtherMemberState,
    ),
    row(
        "dublinTransferDecision",
        "Overdrachtsbesluit",
        "Transfer decision",
        Actor::Ind,
    ),
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
    ),
    row(
        "legacyRestPeriod",
        "Rust- en voorbereidingstermijn",
        "Rest and preparation period",
        Actor::Ind,
    ),
    row(
        "legacyGeneralProcedureDecision",
        "Beschikking in de algemene asielprocedure",
        "Decision in the general asylum procedure",
        Actor::Ind,
    ),
    row(
        "legacyDecision",
        "Beslistermijn asielaanvraag",
        "Time limit for the decision on the application",
        Actor::Ind,
    ),
    row(
        "legacyBorderEntry",
        "Beslissing in de grensprocedure (daarna toegang van rechtswege)",
        "Decision in the border procedure (entry by operation of law afterwards)",
        Actor::Ind,
    ),
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
    ),
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
}
