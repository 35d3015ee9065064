//! The rule registry: every rule id the engine writes in `explanation[].rule`, with the act,
//! article and ELI/BWB URI of its (first) legal basis, the provision it implements (quoted
//! where the module quotes it, summarised where it does not) and the module that holds it.
//!
//! It is the legal reference of the project: `docs/rules.md` is generated from it
//! (`UPDATE_RULES=1 cargo test -p migratiepact-core --test rules`, checked for drift), and the
//! coverage test (`tests/tests/coverage.rs`) checks that every row is exercised by a vector and
//! that every rule id any vector's output explains has a row here.
//!
//! Adding a rule: add one [`Rule`] row below (sorted by id), then regenerate `docs/rules.md`.

/// One rule of the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The id written in `explanation[].rule`.
    pub id: &'static str,
    /// Short name of the act of its first basis ("APR", "AMMR", "Vw-old", …).
    pub act: &'static str,
    /// Article, paragraph and point of its first basis, e.g. "42(1)(c)"; in parentheses where
    /// the basis is data (the source of a parameter entry, such as an emergency-plan
    /// activation), which the assessment cites instead.
    pub article: &'static str,
    /// ELI (EU acts) or BWB (Dutch acts) URI of the act.
    pub uri: &'static str,
    /// The provision, quoted (short) where `quoted`, else summarised.
    pub provision: &'static str,
    /// Whether `provision` quotes the law (else it summarises the rule).
    pub quoted: bool,
    /// The module that holds the rule, e.g. "law::procedure".
    pub module: &'static str,
}

/// A registry row (keeps the table below one line of fields per rule).
const fn rule(
    id: &'static str,
    act: &'static str,
    article: &'static str,
    uri: &'static str,
    quoted: bool,
    provision: &'static str,
    module: &'static str,
) -> Rule {
    Rule {
        id,
        act,
        article,
        uri,
        provision,
        quoted,
        module,
    }
}

/// Every rule, sorted by id.
#[rustfmt::skip]
pub const RULES: &[Rule] = &[
    rule("access.lodging", "APR", "28(1)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "The limit for lodging the application. APR 28(1): \"The applicant shall lodge the application [...] as soon as possible and no later than 21 days from when the application is registered\". APR 51(1) […]",
         "law::access"),
    rule("access.lodging.border", "APR", "51(1)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "The limit for lodging the application. APR 28(1): \"The applicant shall lodge the application [...] as soon as possible and no later than 21 days from when the application is registered\". APR 51(1) […]",
         "law::access"),
    rule("access.registration", "APR", "27(1)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "The limit for registering the application. APR 27(1): the competent authorities shall register the application \"promptly and, in any event, no later than five days from when it is made\". APR 27(3) […]",
         "law::access"),
    rule("access.registration.afterScreening", "APR", "27(7)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "The limit for registering the application. APR 27(1): the competent authorities shall register the application \"promptly and, in any event, no later than five days from when it is made\". APR 27(3) […]",
         "law::access"),
    rule("access.registration.otherAuthority", "APR", "27(3)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "The limit for registering the application. APR 27(1): the competent authorities shall register the application \"promptly and, in any event, no later than five days from when it is made\". APR 27(3) […]",
         "law::access"),
    rule("appeal.refugeeStatusGranted", "Vw", "29", "https://wetten.overheid.nl/BWBR0011823/2026-06-12", false,
         "The appeal limit from the notification of the decision (Awb 6:8(1): it starts the day after the decision was notified), extended by Atw 1–2 where it ends on a Saturday, Sunday or public holiday.",
         "law::appeal"),
    rule("appeal.vw69", "Vw", "69(2)(a)(3°)", "https://wetten.overheid.nl/BWBR0011823/2026-06-12", false,
         "The appeal limit from the notification of the decision (Awb 6:8(1): it starts the day after the decision was notified), extended by Atw 1–2 where it ends on a Saturday, Sunday or public holiday.",
         "law::appeal"),
    rule("crisis.activationInForce", "CFR", "4", "http://data.europa.eu/eli/reg/2024/1359/oj", false,
         "Reports the activations in force on the days that matter for the case: the making and the registration of the application (RULES §8: \"the engine reports which derogations are active on a date\"). CFR […]",
         "law::crisis"),
    rule("crisis.derogationApplied", "CFR", "10", "http://data.europa.eu/eli/reg/2024/1359/oj", false,
         "Whether derogation `d` applies on `on` under an activation in the parameters; when it does, records the activation and the derogation in the assessment with an explanation. CFR 10 (registration […]",
         "law::crisis"),
    rule("crisis.noodplanActive", "Noodplan", "(the activation's source)", "", false,
         "Reports the activations in force on the days that matter for the case: the making and the registration of the application (RULES §8: \"the engine reports which derogations are active on a date\"). CFR […]",
         "law::crisis"),
    rule("eurodac.ageUnknown", "EDR", "15(1)", "http://data.europa.eu/eli/reg/2024/1358/oj", false,
         "Applies the Eurodac rules to the case (both regimes).",
         "law::eurodac"),
    rule("eurodac.biometrics", "Eurodac 603/2013", "9(1)", "http://data.europa.eu/eli/reg/2013/603/oj", false,
         "Applies the Eurodac rules to the case (both regimes).",
         "law::eurodac"),
    rule("eurodac.biometricsUnknown", "EDR", "15(1)", "http://data.europa.eu/eli/reg/2024/1358/oj", false,
         "Applies the Eurodac rules to the case (both regimes).",
         "law::eurodac"),
    rule("eurodac.regulation", "Eurodac 603/2013", "9(1)", "http://data.europa.eu/eli/reg/2013/603/oj", false,
         "Applies the Eurodac rules to the case (both regimes).",
         "law::eurodac"),
    rule("eurodac.transmission", "Eurodac 603/2013", "9(1)", "http://data.europa.eu/eli/reg/2013/603/oj", false,
         "The \"eurodacTransmission\" limit: 72 hours (PT72H), counted per Reg. 1182/71.",
         "law::eurodac"),
    rule("examination.accelerated", "APR", "35(3)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "APR 35, read in full: (1) inadmissibility (38(1)(a)–(d), 38(2)) \"no later than two months from the date on which the application is lodged\"; \"In the case referred to in Article 38(1), point (e), the […]",
         "law::examination"),
    rule("examination.borderDecision", "Vw", "3(6)", "https://wetten.overheid.nl/BWBR0011823/2026-06-12", true,
         "Op de aanvraag, bedoeld in het derde lid, wordt binnen vijf weken na de registratie daarvan een beschikking gegeven. Indien na het verstrijken van deze termijn nog niet is beslist over het in behandeling nemen, de […]",
         "law::examination"),
    rule("examination.borderProcedureEnd", "APR", "51(2)", "http://data.europa.eu/eli/reg/2024/1348/oj", true,
         "the maximum duration of the border procedure shall be 12 weeks from when the application is registered until the applicant no longer has a right to remain and is not allowed to remain. Following that period, the […]",
         "law::examination"),
    rule("examination.borderProcedureEnd.relocation", "APR", "51(2)", "http://data.europa.eu/eli/reg/2024/1348/oj", true,
         "the maximum duration of the border procedure shall be 12 weeks from when the application is registered until the applicant no longer has a right to remain and is not allowed to remain. Following that period, the […]",
         "law::examination"),
    rule("examination.inadmissibility", "APR", "35(1)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "APR 35, read in full: (1) inadmissibility (38(1)(a)–(d), 38(2)) \"no later than two months from the date on which the application is lodged\"; \"In the case referred to in Article 38(1), point (e), the […]",
         "law::examination"),
    rule("examination.inadmissibility.returnDecision", "APR", "35(1)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "APR 35, read in full: (1) inadmissibility (38(1)(a)–(d), 38(2)) \"no later than two months from the date on which the application is lodged\"; \"In the case referred to in Article 38(1), point (e), the […]",
         "law::examination"),
    rule("examination.regular", "APR", "35(4)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "APR 35, read in full: (1) inadmissibility (38(1)(a)–(d), 38(2)) \"no later than two months from the date on which the application is lodged\"; \"In the case referred to in Article 38(1), point (e), the […]",
         "law::examination"),
    rule("examination.regular.postponementCap", "APR", "35(7)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "APR 35, read in full: (1) inadmissibility (38(1)(a)–(d), 38(2)) \"no later than two months from the date on which the application is lodged\"; \"In the case referred to in Article 38(1), point (e), the […]",
         "law::examination"),
    rule("legacy.border.familyNotDetained", "Vb-old", "3.109b(3)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", false,
         "Who may be in the border procedure. Vb-old 3.109b(7): \"Aanvragen van alleenstaande minderjarige vreemdelingen worden niet behandeld in de grensprocedure.\" Families with minor children only where […]",
         "law::legacy::tracks"),
    rule("legacy.border.familyZeist", "Vb-old", "3.109b(1)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", false,
         "Who may be in the border procedure. Vb-old 3.109b(7): \"Aanvragen van alleenstaande minderjarige vreemdelingen worden niet behandeld in de grensprocedure.\" Families with minor children only where […]",
         "law::legacy::tracks"),
    rule("legacy.border.notLikely", "Vb-old", "3.109b(1)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", true,
         "Indien naar het oordeel van Onze Minister geen sprake is van een aanvraag waarop vermoedelijk zal worden besloten tot toepassing van artikel 30, 30a of 30b van de Wet, wordt de behandeling van de aanvraag voortgezet […]",
         "law::legacy::tracks"),
    rule("legacy.border.trackAtBorder", "Vw-old", "3(3)", "https://wetten.overheid.nl/BWBR0011823/2026-02-28", false,
         "Spoor 1 or 2: the kind is the track; where the application was made at the border it is handled within the border procedure (module-level interpretation).",
         "law::legacy::tracks"),
    rule("legacy.border.unaccompaniedMinor", "Vb-old", "3.109b(7)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", false,
         "Who may be in the border procedure. Vb-old 3.109b(7): \"Aanvragen van alleenstaande minderjarige vreemdelingen worden niet behandeld in de grensprocedure.\" Families with minor children only where […]",
         "law::legacy::tracks"),
    rule("legacy.decision.dublinNotStarted", "Vw-old", "42(6)", "https://wetten.overheid.nl/BWBR0011823/2026-02-28", false,
         "`legacyDecision`. Vw-old art. 42(1): \"Op de aanvraag tot het verlenen van een verblijfsvergunning voor bepaalde tijd als bedoeld in artikel 28 ... wordt binnen zes maanden na ontvangst van de […]",
         "law::legacy::limits"),
    rule("legacy.intendedDecision.withinAa", "Vb-old", "3.114(2)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", false,
         "`legacyIntendedDecisionViews`. Vb-old art. 3.116(1)(a): the intended decision to reject \"indien de termijnen, bedoeld in de artikelen 3.113, eerste en derde lid, of 3.114, eerste en zesde lid, dan […]",
         "law::legacy::limits"),
    rule("legacy.limit.appeal", "Vw-old", "69(2)(d)", "https://wetten.overheid.nl/BWBR0011823/2026-02-28", true,
         "In afwijking van artikel 6:7 van de Algemene wet bestuursrecht bedraagt de termijn voor het indienen van een bezwaar- of beroepschrift vier weken.",
         "law::legacy::appeal"),
    rule("legacy.limit.borderEntry", "Vw-old", "3(6)", "https://wetten.overheid.nl/BWBR0011823/2026-02-28", true,
         "Indien vier weken na de kennisgeving, bedoeld in het vijfde lid, nog niet is beslist over het in behandeling nemen, de ontvankelijkheid of kennelijke ongegrondheid van de aanvraag, verkrijgt de vreemdeling van […]",
         "law::legacy::limits"),
    rule("legacy.limit.decision", "Vw-old", "42(1)", "https://wetten.overheid.nl/BWBR0011823/2026-02-28", false,
         "`legacyDecision`. Vw-old art. 42(1): \"Op de aanvraag tot het verlenen van een verblijfsvergunning voor bepaalde tijd als bedoeld in artikel 28 ... wordt binnen zes maanden na ontvangst van de […]",
         "law::legacy::limits"),
    rule("legacy.limit.dublinViews", "Vb-old", "3.109c(8)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", true,
         "uiterlijk binnen twee weken. Indien de vreemdeling rechtens zijn vrijheid is ontnomen geldt hiervoor een termijn van een week.",
         "law::legacy::limits"),
    rule("legacy.limit.generalProcedureDecision", "Vb-old", "3.110(1)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", true,
         "Voor het onderzoek naar de aanvraag ... zijn in een Aanmeldcentrum zes dagen beschikbaar.",
         "law::legacy::limits"),
    rule("legacy.limit.intendedDecisionViews", "Vb-old", "3.116(1)(a)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", false,
         "`legacyIntendedDecisionViews`. Vb-old art. 3.116(1)(a): the intended decision to reject \"indien de termijnen, bedoeld in de artikelen 3.113, eerste en derde lid, of 3.114, eerste en zesde lid, dan […]",
         "law::legacy::limits"),
    rule("legacy.limit.registration", "Vb-old", "3.107b(1)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", true,
         "Wanneer een vreemdeling een verzoek om internationale bescherming ... doet bij Onze Minister of bij een ambtenaar belast met de grensbewaking of met het toezicht op vreemdelingen, vindt de registratie plaats binnen drie […]",
         "law::legacy::limits"),
    rule("legacy.limit.restPeriod", "Vb-old", "3.109(1)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", false,
         "`legacyRestPeriod`. Vb-old art. 3.109(1): \"Met ingang van de dag volgend op het einde van de aanmeldfase, bedoeld in artikel 3.108d, wordt de vreemdeling een rust- en voorbereidingstermijn gegeven […]",
         "law::legacy::limits"),
    rule("legacy.limit.safeCountryDecision", "Vb-old", "3.109ca(11)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", true,
         "De beschikking wordt uiterlijk op de achtste dag na het in het vierde lid bedoelde gehoor genomen en wordt bekendgemaakt door uitreiking of toezending ervan.",
         "law::legacy::limits"),
    rule("legacy.limit.safeCountryViews", "Vb-old", "3.109ca(8)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", true,
         "uiterlijk binnen een dag na de dag waarop het voornemen is uitgereikt of toegezonden",
         "law::legacy::limits"),
    rule("legacy.location.otherAc", "Vb-old", "3.110(1)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", false,
         "Where a case outside the border procedure is handled: Aanmeldcentrum Schiphol when the case says so, otherwise the central location Ter Apel. AC Budel and AC Zevenaar have no location value in the […]",
         "law::legacy::tracks"),
    rule("legacy.restPeriod.excluded", "Vb-old", "3.109(6)(a)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", false,
         "`legacyRestPeriod`. Vb-old art. 3.109(1): \"Met ingang van de dag volgend op het einde van de aanmeldfase, bedoeld in artikel 3.108d, wordt de vreemdeling een rust- en voorbereidingstermijn gegeven […]",
         "law::legacy::limits"),
    rule("legacy.restPeriod.none", "Vb-old", "3.109c(1)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", false,
         "`legacyRestPeriod`. Vb-old art. 3.109(1): \"Met ingang van de dag volgend op het einde van de aanmeldfase, bedoeld in artikel 3.108d, wordt de vreemdeling een rust- en voorbereidingstermijn gegeven […]",
         "law::legacy::limits"),
    rule("legacy.restPeriod.pending", "Vb-old", "3.109(1)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", false,
         "`legacyRestPeriod`. Vb-old art. 3.109(1): \"Met ingang van de dag volgend op het einde van de aanmeldfase, bedoeld in artikel 3.108d, wordt de vreemdeling een rust- en voorbereidingstermijn gegeven […]",
         "law::legacy::limits"),
    rule("legacy.safeCountry.derived", "Vw-old", "30b(1)(b)", "https://wetten.overheid.nl/BWBR0011823/2026-02-28", false,
         "Safe country of origin (Vw-old 30b(1)(b)): the case's `grounds.safeCountryOfOrigin` wins; when absent, derived from the **national** list only (Voorschrift Vreemdelingen 2000 art. 3.37f with Bijlage […]",
         "law::legacy::tracks"),
    rule("legacy.screening.notApplicable", "SR", "25", "http://data.europa.eu/eli/reg/2024/1356/oj", true,
         "It shall apply from 12 June 2026.",
         "law::legacy"),
    rule("legacy.track.border", "Vw-old", "3(3)", "https://wetten.overheid.nl/BWBR0011823/2026-02-28", false,
         "The old border procedure (Vw-old 3(3); Vb-old 3.109b).",
         "law::legacy::tracks"),
    rule("legacy.track.dublin", "Vw-old", "30(1)", "https://wetten.overheid.nl/BWBR0011823/2026-02-28", true,
         "Een aanvraag tot het verlenen van een verblijfsvergunning voor bepaalde tijd als bedoeld in artikel 28 wordt niet in behandeling genomen, indien op grond van de Dublinverordening is vastgesteld dat een andere lidstaat […]",
         "law::legacy::tracks"),
    rule("legacy.track.general", "Vb-old", "3.109(1)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", false,
         "Spoor 4: the algemene asielprocedure (Vb-old 3.109, 3.110), continuing as the verlengde asielprocedure when the AA limits are exceeded (Vb-old 3.116(1)(a)).",
         "law::legacy::tracks"),
    rule("legacy.track.safeCountry", "Vb-old", "3.109ca(1)", "https://wetten.overheid.nl/BWBR0011825/2026-01-01", true,
         "(a) vermoedelijk niet-ontvankelijk zal worden verklaard met toepassing van artikel 30a, eerste lid, onder a of e, van de Wet; (b) ... onder b, ... voor zover bedoelde bescherming is verleend door een staat die partij is […]",
         "law::legacy::tracks"),
    rule("legacy.track.undetermined", "Vw-old", "30", "https://wetten.overheid.nl/BWBR0011823/2026-02-28", false,
         "A deciding fact is unknown: the kind stays null (the missing facts are recorded).",
         "law::legacy::tracks"),
    rule("procedure.accelerated", "APR", "42(1)", "http://data.europa.eu/eli/reg/2024/1348/oj", true,
         "the determining authority shall … accelerate the examination on the merits … where",
         "law::procedure"),
    rule("procedure.border.excluded", "APR", "53(2)", "http://data.europa.eu/eli/reg/2024/1348/oj", true,
         "Member States shall not apply or shall cease to apply the border procedure at any stage of the procedure where: … (b) the necessary support cannot be provided to applicants with special reception needs, including […]",
         "law::procedure"),
    rule("procedure.border.mandatory", "APR", "43(1)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "The asylum border procedure (Vw-new 3(3): the application is examined at the border \"met dien verstande dat een van de in artikel 42, eerste lid, onderdelen a tot en met g, en j, en artikel 42, derde […]",
         "law::procedure"),
    rule("procedure.border.mandatoryUnknown", "APR", "43(1)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "The asylum border procedure (Vw-new 3(3): the application is examined at the border \"met dien verstande dat een van de in artikel 42, eerste lid, onderdelen a tot en met g, en j, en artikel 42, derde […]",
         "law::procedure"),
    rule("procedure.border.optional", "APR", "43(1)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "The asylum border procedure (Vw-new 3(3): the application is examined at the border \"met dien verstande dat een van de in artikel 42, eerste lid, onderdelen a tot en met g, en j, en artikel 42, derde […]",
         "law::procedure"),
    rule("procedure.capacity.adequateReached", "APR", "48(2)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "The asylum border procedure (Vw-new 3(3): the application is examined at the border \"met dien verstande dat een van de in artikel 42, eerste lid, onderdelen a tot en met g, en j, en artikel 42, derde […]",
         "law::procedure"),
    rule("procedure.capacity.annualMaximum", "APR", "50", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "The asylum border procedure (Vw-new 3(3): the application is examined at the border \"met dien verstande dat een van de in artikel 42, eerste lid, onderdelen a tot en met g, en j, en artikel 42, derde […]",
         "law::procedure"),
    rule("procedure.dublin", "APR", "39(1)(a)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "Applies the procedure choice (pact regime only; the legacy regime has its own tracks).",
         "law::procedure"),
    rule("procedure.grounds.lowRateDerived", "APR", "42(1)(j)", "http://data.europa.eu/eli/reg/2024/1348/oj", true,
         "of a nationality … for which the proportion of decisions by the determining authority granting international protection is, according to the latest available yearly Union-wide average Eurostat data, 20 % or lower",
         "law::procedure"),
    rule("procedure.grounds.lowRateFromCase", "APR", "42(1)(j)", "http://data.europa.eu/eli/reg/2024/1348/oj", true,
         "of a nationality … for which the proportion of decisions by the determining authority granting international protection is, according to the latest available yearly Union-wide average Eurostat data, 20 % or lower",
         "law::procedure"),
    rule("procedure.grounds.lowRateUnknown", "APR", "42(1)(j)", "http://data.europa.eu/eli/reg/2024/1348/oj", true,
         "of a nationality … for which the proportion of decisions by the determining authority granting international protection is, according to the latest available yearly Union-wide average Eurostat data, 20 % or lower",
         "law::procedure"),
    rule("procedure.grounds.safeCountryDerived", "APR", "42(1)(e)", "http://data.europa.eu/eli/reg/2024/1348/oj", true,
         "a third country may be considered to be a safe country of origin for the applicant within the meaning of this Regulation",
         "law::procedure"),
    rule("procedure.grounds.safeCountryFromCase", "APR", "42(1)(e)", "http://data.europa.eu/eli/reg/2024/1348/oj", true,
         "a third country may be considered to be a safe country of origin for the applicant within the meaning of this Regulation",
         "law::procedure"),
    rule("procedure.inadmissibility", "APR", "38(1)", "http://data.europa.eu/eli/reg/2024/1348/oj", true,
         "The determining authority may assess the admissibility … and may be authorised under national law to reject an application as inadmissible where any of the following grounds applies",
         "law::procedure"),
    rule("procedure.location", "Vw", "3(3)", "https://wetten.overheid.nl/BWBR0011823/2026-06-12", false,
         "Where the procedure runs (RULES §4): the border procedure at Aanmeldcentrum Schiphol, or, for families with minors and unaccompanied minors, the gesloten gezinsvoorziening Zeist (APR 54(2): \"families […]",
         "law::procedure"),
    rule("procedure.locationUndetermined", "APR", "54", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "Where the procedure runs (RULES §4): the border procedure at Aanmeldcentrum Schiphol, or, for families with minors and unaccompanied minors, the gesloten gezinsvoorziening Zeist (APR 54(2): \"families […]",
         "law::procedure"),
    rule("procedure.regular", "APR", "35(4)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "Applies the procedure choice (pact regime only; the legacy regime has its own tracks).",
         "law::procedure"),
    rule("procedure.unaccompaniedMinorDerived", "APR", "3(11)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "Unaccompanied minor (APR 42(3), 53(1)): the case's flag; else derived false where the date of birth shows an adult (18 or over) on the day the application was made; unknown otherwise.",
         "law::procedure"),
    rule("procedure.undetermined", "APR", "39(1)(a)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "Applies the procedure choice (pact regime only; the legacy regime has its own tracks).",
         "law::procedure"),
    rule("reception.dublinLapse", "AMMR", "18(1)", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "Pact regime: entitled to the RCD 17–20 reception until the transfer decision is notified (AMMR 18(1), RCD 21, Vw-new 44a(1)(d)); from then on only a standard of living in line with Union law and the […]",
         "law::reception"),
    rule("reception.entitled", "RCD", "17", "http://data.europa.eu/eli/dir/2024/1346/oj", false,
         "Pact regime: entitled to the RCD 17–20 reception until the transfer decision is notified (AMMR 18(1), RCD 21, Vw-new 44a(1)(d)); from then on only a standard of living in line with Union law and the […]",
         "law::reception"),
    rule("reception.entitledLegacy", "Rva 2005", "3", "https://wetten.overheid.nl/BWBR0017959", false,
         "Legacy regime: the right to reception under the Rva 2005; no lapse for Dublin claimants (Vw-old 44a has none).",
         "law::reception"),
    rule("reception.information", "Rva 2005", "2(3)", "https://wetten.overheid.nl/BWBR0017959", false,
         "Rva 2005 art. 2(3): information within at most fifteen days of lodging; a Dutch period (Awb 6:8, Atw 1–2).",
         "law::reception"),
    rule("reception.minimumStandard", "AMMR", "18(1)", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "Pact regime: entitled to the RCD 17–20 reception until the transfer decision is notified (AMMR 18(1), RCD 21, Vw-new 44a(1)(d)); from then on only a standard of living in line with Union law and the […]",
         "law::reception"),
    rule("reception.vulnerabilityAssessment", "RCD", "25(1)", "http://data.europa.eu/eli/dir/2024/1346/oj", true,
         "as early as possible",
         "law::reception"),
    rule("regime.lodgedBeforeCutover", "APR", "79(3)", "http://data.europa.eu/eli/reg/2024/1348/oj", true,
         "This Regulation shall apply to applications for international protection lodged as from 12 June 2026. Applications for international protection lodged before that date [...] shall be governed by Directive 2013/32/EU",
         "law::transition"),
    rule("regime.lodgedOnOrAfterCutover", "APR", "79(3)", "http://data.europa.eu/eli/reg/2024/1348/oj", true,
         "This Regulation shall apply to applications for international protection lodged as from 12 June 2026. Applications for international protection lodged before that date [...] shall be governed by Directive 2013/32/EU",
         "law::transition"),
    rule("regime.madeOnOrAfterCutover", "APR", "79(3)", "http://data.europa.eu/eli/reg/2024/1348/oj", true,
         "This Regulation shall apply to applications for international protection lodged as from 12 June 2026. Applications for international protection lodged before that date [...] shall be governed by Directive 2013/32/EU",
         "law::transition"),
    rule("regime.procedureUndetermined", "APR", "79(3)", "http://data.europa.eu/eli/reg/2024/1348/oj", true,
         "This Regulation shall apply to applications for international protection lodged as from 12 June 2026. Applications for international protection lodged before that date [...] shall be governed by Directive 2013/32/EU",
         "law::transition"),
    rule("regime.registeredBeforeAmmr", "AMMR", "84", "http://data.europa.eu/eli/reg/2024/1351/oj", true,
         "(1) Where an application has been registered after 1 July 2026, any events that are likely to entail the responsibility of a Member State [...] shall be taken into consideration, even if they precede that date. (2) […]",
         "law::transition"),
    rule("regime.registeredOnOrAfterAmmr", "AMMR", "84", "http://data.europa.eu/eli/reg/2024/1351/oj", true,
         "(1) Where an application has been registered after 1 July 2026, any events that are likely to entail the responsibility of a Member State [...] shall be taken into consideration, even if they precede that date. (2) […]",
         "law::transition"),
    rule("regime.responsibilityUndetermined", "AMMR", "84", "http://data.europa.eu/eli/reg/2024/1351/oj", true,
         "(1) Where an application has been registered after 1 July 2026, any events that are likely to entail the responsibility of a Member State [...] shall be taken into consideration, even if they precede that date. (2) […]",
         "law::transition"),
    rule("regime.workstream", "APR", "79(3)", "http://data.europa.eu/eli/reg/2024/1348/oj", false,
         "The workstream follows the procedure regime: legacy applications stay in the old workflow and information system until decided (RULES.md §2, the implementation letter).",
         "law::transition"),
    rule("responsibility.ammr.reply", "AMMR", "40(1)", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "AMMR 40(1): \"The requested Member State [...] shall reply to the request to take charge of an applicant without delay and in any event within one month of receipt of the request.\" 40(2): \"in the case […]",
         "law::responsibility"),
    rule("responsibility.ammr.reply.detained", "AMMR", "45(2)", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "AMMR 40(1): \"The requested Member State [...] shall reply to the request to take charge of an applicant without delay and in any event within one month of receipt of the request.\" 40(2): \"in the case […]",
         "law::responsibility"),
    rule("responsibility.ammr.reply.hit", "AMMR", "40(2)", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "AMMR 40(1): \"The requested Member State [...] shall reply to the request to take charge of an applicant without delay and in any event within one month of receipt of the request.\" 40(2): \"in the case […]",
         "law::responsibility"),
    rule("responsibility.ammr.reply.takeBack", "AMMR", "41(3)", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "AMMR 40(1): \"The requested Member State [...] shall reply to the request to take charge of an applicant without delay and in any event within one month of receipt of the request.\" 40(2): \"in the case […]",
         "law::responsibility"),
    rule("responsibility.ammr.request.detained", "AMMR", "45(1)", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "AMMR 39(1): \"it shall, immediately and in any event within two months of the date on which the application was registered, request that other Member State to take charge of the applicant. [...] in […]",
         "law::responsibility"),
    rule("responsibility.ammr.request.detainedLater", "AMMR", "45(1)", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "AMMR 39(1): \"it shall, immediately and in any event within two months of the date on which the application was registered, request that other Member State to take charge of the applicant. [...] in […]",
         "law::responsibility"),
    rule("responsibility.ammr.request.takeBack", "AMMR", "41(1)", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "AMMR 39(1): \"it shall, immediately and in any event within two months of the date on which the application was registered, request that other Member State to take charge of the applicant. [...] in […]",
         "law::responsibility"),
    rule("responsibility.ammr.request.takeCharge", "AMMR", "39(1)", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "AMMR 39(1): \"it shall, immediately and in any event within two months of the date on which the application was registered, request that other Member State to take charge of the applicant. [...] in […]",
         "law::responsibility"),
    rule("responsibility.ammr.request.takeChargeHit", "AMMR", "39(1)", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "AMMR 39(1): \"it shall, immediately and in any event within two months of the date on which the application was registered, request that other Member State to take charge of the applicant. [...] in […]",
         "law::responsibility"),
    rule("responsibility.ammr.transfer", "AMMR", "46(1)", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "AMMR 46(1): transfer \"as soon as practically possible and within six months of the acceptance of the take charge request, of the confirmation of the take back notification [...] or of the final […]",
         "law::responsibility"),
    rule("responsibility.ammr.transfer.detained", "AMMR", "45(3)", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "AMMR 46(1): transfer \"as soon as practically possible and within six months of the acceptance of the take charge request, of the confirmation of the take back notification [...] or of the final […]",
         "law::responsibility"),
    rule("responsibility.ammr.transferDecision", "AMMR", "42(1)", "http://data.europa.eu/eli/reg/2024/1351/oj", true,
         "The determining Member State whose take charge request [...] has been accepted or that made a take back notification [...] shall take a transfer decision within two weeks of the acceptance or confirmation.",
         "law::responsibility"),
    rule("responsibility.d3.reply.detained", "D3", "28(3)", "http://data.europa.eu/eli/reg/2013/604/oj", false,
         "D3 22(1): \"The requested Member State [...] shall give a decision on the request to take charge of an applicant within two months of receipt of the request.\" D3 25(1): take back \"no later than one […]",
         "law::responsibility"),
    rule("responsibility.d3.reply.takeBack", "D3", "25(1)", "http://data.europa.eu/eli/reg/2013/604/oj", false,
         "D3 22(1): \"The requested Member State [...] shall give a decision on the request to take charge of an applicant within two months of receipt of the request.\" D3 25(1): take back \"no later than one […]",
         "law::responsibility"),
    rule("responsibility.d3.reply.takeBackHit", "D3", "25(1)", "http://data.europa.eu/eli/reg/2013/604/oj", false,
         "D3 22(1): \"The requested Member State [...] shall give a decision on the request to take charge of an applicant within two months of receipt of the request.\" D3 25(1): take back \"no later than one […]",
         "law::responsibility"),
    rule("responsibility.d3.reply.takeCharge", "D3", "22(1)", "http://data.europa.eu/eli/reg/2013/604/oj", false,
         "D3 22(1): \"The requested Member State [...] shall give a decision on the request to take charge of an applicant within two months of receipt of the request.\" D3 25(1): take back \"no later than one […]",
         "law::responsibility"),
    rule("responsibility.d3.request", "D3", "21(1)", "http://data.europa.eu/eli/reg/2013/604/oj", false,
         "D3 21(1): take charge \"within three months of the date on which the application was lodged within the meaning of Article 20(2)\"; \"in the case of a Eurodac hit with data recorded pursuant to Article […]",
         "law::responsibility"),
    rule("responsibility.d3.request.detained", "D3", "28(3)", "http://data.europa.eu/eli/reg/2013/604/oj", false,
         "D3 21(1): take charge \"within three months of the date on which the application was lodged within the meaning of Article 20(2)\"; \"in the case of a Eurodac hit with data recorded pursuant to Article […]",
         "law::responsibility"),
    rule("responsibility.d3.request.hit", "D3", "21(1)", "http://data.europa.eu/eli/reg/2013/604/oj", false,
         "D3 21(1): take charge \"within three months of the date on which the application was lodged within the meaning of Article 20(2)\"; \"in the case of a Eurodac hit with data recorded pursuant to Article […]",
         "law::responsibility"),
    rule("responsibility.d3.transfer", "D3", "29(1)", "http://data.europa.eu/eli/reg/2013/604/oj", false,
         "D3 29(1): transfer \"at the latest within six months of acceptance of the request [...] or of the final decision on an appeal or review where there is a suspensive effect\". 29(2): \"This time limit may […]",
         "law::responsibility"),
    rule("responsibility.d3.transfer.detained", "D3", "28(3)", "http://data.europa.eu/eli/reg/2013/604/oj", false,
         "D3 29(1): transfer \"at the latest within six months of acceptance of the request [...] or of the final decision on an appeal or review where there is a suspensive effect\". 29(2): \"This time limit may […]",
         "law::responsibility"),
    rule("returnBorder.end", "RBPR", "4(2)", "http://data.europa.eu/eli/reg/2024/1349/oj", false,
         "The end of the return border procedure: 12 weeks (18 under a crisis derogation) from the end of the right to remain, for an application rejected in the asylum border procedure. A decision granting […]",
         "law::return_border"),
    rule("screening.authority", "Vw", "2ff", "https://wetten.overheid.nl/BWBR0011823/2026-06-12", false,
         "Vw-new 2ff(2): at the external border the KMar performs the screening tasks; within the territory the IND, at Ter Apel (RULES §3, the implementation letter).",
         "law::screening"),
    rule("screening.border", "SR", "5(2)", "http://data.europa.eu/eli/reg/2024/1356/oj", false,
         "SR 5 (external border) and SR 7(1) (territory): is the person to be screened?",
         "law::screening"),
    rule("screening.components", "SR", "8(5)", "http://data.europa.eu/eli/reg/2024/1356/oj", true,
         "The biometric data of a third-country national subject to the screening shall be taken once for the purpose of both the identification or verification of identity of that person and registration in Eurodac",
         "law::screening"),
    rule("screening.relocation", "SR", "18(3)", "http://data.europa.eu/eli/reg/2024/1356/oj", false,
         "SR 5 (external border) and SR 7(1) (territory): is the person to be screened?",
         "law::screening"),
    rule("screening.situationUnknown", "SR", "5", "http://data.europa.eu/eli/reg/2024/1356/oj", false,
         "Applies the Screening Regulation (pact regime only).",
         "law::screening"),
    rule("screening.territory", "SR", "7(1)", "http://data.europa.eu/eli/reg/2024/1356/oj", false,
         "SR 5 (external border) and SR 7(1) (territory): is the person to be screened?",
         "law::screening"),
    rule("screening.territoryPreviouslyScreened", "SR", "7(1)", "http://data.europa.eu/eli/reg/2024/1356/oj", false,
         "SR 5 (external border) and SR 7(1) (territory): is the person to be screened?",
         "law::screening"),
    rule("screening.territoryUnknown", "SR", "7(1)", "http://data.europa.eu/eli/reg/2024/1356/oj", false,
         "SR 5 (external border) and SR 7(1) (territory): is the person to be screened?",
         "law::screening"),
    rule("screening.timeLimit", "SR", "8(3)", "http://data.europa.eu/eli/reg/2024/1356/oj", true,
         "the screening shall be carried out without delay and in any case be completed within seven days from the apprehension in the external border area, the disembarkation in the territory of the Member State concerned or the […]",
         "law::screening"),
    rule("screening.timeLimitUnknown", "SR", "8(3)", "http://data.europa.eu/eli/reg/2024/1356/oj", true,
         "the screening shall be carried out without delay and in any case be completed within seven days from the apprehension in the external border area, the disembarkation in the territory of the Member State concerned or the […]",
         "law::screening"),
    rule("solidarity.fairShare.financial", "AMMR", "12(2)(b)", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "The fair share with its explanation: [`fair_share`] plus the pool default (AMMR 12(2)), provenance and notes.",
         "law::solidarity"),
    rule("solidarity.fairShare.relocations", "AMMR", "12(2)(a)", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "The fair share with its explanation: [`fair_share`] plus the pool default (AMMR 12(2)), provenance and notes.",
         "law::solidarity"),
    rule("solidarity.pool", "AMMR", "12(2)", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "The fair share with its explanation: [`fair_share`] plus the pool default (AMMR 12(2)), provenance and notes.",
         "law::solidarity"),
    rule("solidarity.referenceKey", "AMMR", "66", "http://data.europa.eu/eli/reg/2024/1351/oj", false,
         "The fair share with its explanation: [`fair_share`] plus the pool default (AMMR 12(2)), provenance and notes.",
         "law::solidarity"),
];

/// The row of `id`, if the rule is registered.
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES
        .binary_search_by(|r| r.id.cmp(id))
        .ok()
        .and_then(|i| RULES.get(i))
}

/// `docs/rules.md`: the legal reference generated from [`RULES`], grouped by module.
pub fn markdown() -> String {
    let mut modules: Vec<&str> = RULES.iter().map(|r| r.module).collect();
    modules.sort_unstable();
    modules.dedup();
    let mut out = String::from(
        "# Rules\n\n\
         Generated from the rule registry (`core/src/registry.rs`) by\n\
         `UPDATE_RULES=1 cargo test -p migratiepact-core --test rules`; do not edit by hand.\n\n\
         Every rule id the engine writes in `explanation[].rule`, with the act and article of its\n\
         first legal basis (an assessment lists every basis of each conclusion), the provision it\n\
         implements (quoted from the law, or *summarised* where the module quotes none) and the\n\
         module that holds it. The acts and the interpretations the engine takes are described in\n\
         [law.md](law.md).\n",
    );
    out.push_str(&format!(
        "\n{} rules in {} modules.\n",
        RULES.len(),
        modules.len()
    ));
    for m in modules {
        out.push_str(&format!(
            "\n## `{m}`\n\n| rule | basis | provision |\n| --- | --- | --- |\n"
        ));
        for r in RULES.iter().filter(|r| r.module == m) {
            let provision = r.provision.replace('|', "\\|");
            let provision = if r.quoted {
                format!("\"{provision}\"")
            } else {
                format!("*{provision}*")
            };
            let basis = if r.uri.is_empty() {
                format!("{} {}", r.act, r.article)
            } else {
                format!("[{} {}]({})", r.act, r.article, r.uri)
            };
            out.push_str(&format!("| `{}` | {basis} | {provision} |\n", r.id));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_sorted_unique_and_complete() {
        for w in RULES.windows(2) {
            assert!(w[0].id < w[1].id, "{} before {}", w[0].id, w[1].id);
        }
        for r in RULES {
            assert!(!r.act.is_empty() && !r.article.is_empty(), "{}", r.id);
            assert!(
                r.uri.starts_with("http") || r.article.starts_with('('),
                "{}",
                r.id
            );
            assert!(
                !r.provision.is_empty() && r.module.starts_with("law"),
                "{}",
                r.id
            );
            assert_eq!(find(r.id), Some(r));
        }
        assert_eq!(find("no.such.rule"), None);
    }
}
