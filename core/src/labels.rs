//! Words for the ids of the contract, in Dutch and English: what a form shows instead of a code.
//!
//! Every surface that shows an Assessment to a person (the web form, a summary, a letter) names
//! a procedure kind, a ground, a deadline, a counting rule, an act or a fact the same way, from
//! this one table. The per-case texts (explanations, notes, error messages) stay with the rules;
//! these are the words that are the same for every case. Deadline names and actors come from the
//! deadline catalogue ([`crate::catalog`]).
//!
//! [`labels_json`] gives every group as one JSON object, `{ group: { id: words } }`; an id that
//! a group does not hold (a new counting rule, say) is shown as the id itself
//! ([`label_or_id`]).
//!
//! The `status` and `period` groups are templates: `{n}` stands for a number and `{date}` for a
//! date the form writes out in words; `….one` is the form for 1, `….other` for any other number.

use crate::catalog;
use crate::explain::Locale;

/// One label: the id, the words in Dutch, the words in English.
pub type Row = (&'static str, &'static str, &'static str);

/// A group of labels for the values of one kind of id.
#[derive(Debug, Clone, Copy)]
pub struct Group {
    /// Name of the group in [`labels_json`].
    pub name: &'static str,
    /// Its labels.
    pub rows: &'static [Row],
}

/// Procedure regimes (`regime.procedure`).
const PROCEDURE_REGIME: &[Row] = &[
    (
        "pact",
        "Pact: Procedureverordening (APR) en de nieuwe Vreemdelingenwet",
        "Pact: Asylum Procedure Regulation (APR) and the new Aliens Act",
    ),
    (
        "legacy",
        "Oud regime: Procedurerichtlijn (Vw en Vb tot 12-06-2026)",
        "Legacy: Asylum Procedures Directive (Aliens Act and Decree before 12-06-2026)",
    ),
];

/// Responsibility regimes (`regime.responsibility`).
const RESPONSIBILITY_REGIME: &[Row] = &[
    (
        "ammr",
        "AMMR (Verordening asiel- en migratiebeheer)",
        "AMMR (Asylum and Migration Management Regulation)",
    ),
    (
        "dublin3",
        "Dublinverordening (Dublin III)",
        "Dublin Regulation (Dublin III)",
    ),
];

/// Workstreams (`regime.workstream`): the information system that handles the case.
const WORKSTREAM: &[Row] = &[
    ("pact", "Werkstroom Pact", "Pact workstream"),
    ("legacy", "Werkstroom oud regime", "Legacy workstream"),
];

/// Screening authorities (`screening.authority`).
const AUTHORITY: &[Row] = &[
    (
        "kmar",
        "Koninklijke Marechaussee",
        "Royal Netherlands Marechaussee",
    ),
    (
        "ind",
        "IND (Immigratie- en Naturalisatiedienst)",
        "IND (Immigration and Naturalisation Service)",
    ),
];

/// Screening locations (`screening.location`).
const SCREENING_LOCATION: &[Row] = &[
    (
        "schiphol",
        "Schiphol (buitengrens)",
        "Schiphol (external border)",
    ),
    ("terApel", "Ter Apel (grondgebied)", "Ter Apel (territory)"),
];

/// Screening components (`screening.components[].id`).
const COMPONENT: &[Row] = &[
    ("identification", "Identificatie", "Identification"),
    ("securityCheck", "Veiligheidscontrole", "Security check"),
    ("biometrics", "Biometrie (Eurodac)", "Biometrics (Eurodac)"),
    ("healthCheck", "Gezondheidscontrole", "Health check"),
    (
        "vulnerabilityCheck",
        "Kwetsbaarheidscontrole",
        "Vulnerability check",
    ),
    ("screeningForm", "Screeningsformulier", "Screening form"),
];

/// Status of a screening component (`screening.components[].status`).
const COMPONENT_STATUS: &[Row] = &[
    ("done", "gedaan", "done"),
    ("required", "nog te doen", "to do"),
    ("notRequired", "niet nodig", "not needed"),
];

/// Procedure kinds (`procedure.kind`).
const PROCEDURE_KIND: &[Row] = &[
    (
        "asylumBorder",
        "Asielgrensprocedure",
        "Asylum border procedure",
    ),
    (
        "accelerated",
        "Versnelde behandeling",
        "Accelerated examination",
    ),
    ("regular", "Gewone behandeling", "Regular examination"),
    (
        "dublin",
        "Dublinprocedure: een andere lidstaat is verantwoordelijk",
        "Dublin procedure: another Member State is responsible",
    ),
    (
        "inadmissibility",
        "Niet-ontvankelijkheid",
        "Inadmissibility",
    ),
    (
        "legacyDublin",
        "Spoor 1: Dublin (oud regime)",
        "Track 1: Dublin (legacy)",
    ),
    (
        "legacySafeCountry",
        "Spoor 2: veilig land van herkomst of bescherming elders (oud regime)",
        "Track 2: safe country of origin or protection elsewhere (legacy)",
    ),
    (
        "legacyGeneral",
        "Spoor 4: algemene asielprocedure (oud regime)",
        "Track 4: general asylum procedure (legacy)",
    ),
    (
        "legacyBorder",
        "Grensprocedure (oud regime)",
        "Border procedure (legacy)",
    ),
];

/// Where the procedure runs (`procedure.location`).
const PROCEDURE_LOCATION: &[Row] = &[
    (
        "acSchiphol",
        "Aanmeldcentrum Schiphol",
        "Application centre Schiphol",
    ),
    (
        "ggvZeist",
        "Gesloten gezinsvoorziening Zeist",
        "Closed family facility Zeist",
    ),
    (
        "terApel",
        "Centrale locatie Ter Apel",
        "Central location Ter Apel",
    ),
];

/// The grounds that decide a procedure (`procedure.grounds`).
const GROUND: &[Row] = &[
    (
        "apr42_1_a",
        "Alleen kwesties aangevoerd die niet relevant zijn voor internationale bescherming (art. 42(1)(a) APR)",
        "Only issues raised that are not relevant to international protection (APR 42(1)(a))",
    ),
    (
        "apr42_1_b",
        "Kennelijk tegenstrijdige, onjuiste of onwaarschijnlijke verklaringen (art. 42(1)(b) APR)",
        "Clearly inconsistent, false or improbable statements (APR 42(1)(b))",
    ),
    (
        "apr42_1_c",
        "De autoriteiten misleid met valse informatie of documenten, of documenten vernietigd (art. 42(1)(c) APR)",
        "Misled the authorities with false information or documents, or destroyed documents (APR 42(1)(c))",
    ),
    (
        "apr42_1_d",
        "Verzoek alleen om verwijdering uit te stellen of te verijdelen (art. 42(1)(d) APR)",
        "Application only to delay or frustrate removal (APR 42(1)(d))",
    ),
    (
        "apr42_1_e",
        "Veilig land van herkomst (art. 42(1)(e) APR)",
        "Safe country of origin (APR 42(1)(e))",
    ),
    (
        "apr42_1_f",
        "Gevaar voor de nationale veiligheid of de openbare orde (art. 42(1)(f) APR)",
        "Danger to national security or public order (APR 42(1)(f))",
    ),
    (
        "apr42_1_g",
        "Opvolgend verzoek dat niet niet-ontvankelijk is (art. 42(1)(g) APR)",
        "Subsequent application that is not inadmissible (APR 42(1)(g))",
    ),
    (
        "apr42_1_h",
        "Irregulier binnengekomen en niet zo snel mogelijk een verzoek gedaan (art. 42(1)(h) APR)",
        "Entered irregularly and did not apply as soon as possible (APR 42(1)(h))",
    ),
    (
        "apr42_1_i",
        "Rechtmatig binnengekomen en niet zo snel mogelijk een verzoek gedaan (art. 42(1)(i) APR)",
        "Entered lawfully and did not apply as soon as possible (APR 42(1)(i))",
    ),
    (
        "apr42_1_j",
        "Nationaliteit met een inwilligingspercentage van 20% of minder (art. 42(1)(j) APR)",
        "Nationality with a recognition rate of 20% or lower (APR 42(1)(j))",
    ),
    (
        "apr42_3_a",
        "Alleenstaande minderjarige uit een veilig land van herkomst (art. 42(3)(a) APR)",
        "Unaccompanied minor from a safe country of origin (APR 42(3)(a))",
    ),
    (
        "apr42_3_b",
        "Alleenstaande minderjarige die een gevaar vormt voor de nationale veiligheid of de openbare orde (art. 42(3)(b) APR)",
        "Unaccompanied minor who is a danger to national security or public order (APR 42(3)(b))",
    ),
    (
        "apr42_3_c",
        "Alleenstaande minderjarige met een opvolgend verzoek (art. 42(3)(c) APR)",
        "Unaccompanied minor with a subsequent application (APR 42(3)(c))",
    ),
    (
        "apr42_3_d",
        "Alleenstaande minderjarige die de autoriteiten heeft misleid (art. 42(3)(d) APR)",
        "Unaccompanied minor who misled the authorities (APR 42(3)(d))",
    ),
    (
        "apr42_3_e",
        "Alleenstaande minderjarige met een nationaliteit met een inwilligingspercentage van 20% of minder (art. 42(3)(e) APR)",
        "Unaccompanied minor of a nationality with a recognition rate of 20% or lower (APR 42(3)(e))",
    ),
    (
        "apr38",
        "Niet-ontvankelijkheidsgrond (art. 38 APR)",
        "Ground of inadmissibility (APR 38)",
    ),
    (
        "apr39_1_a",
        "Een andere lidstaat is verantwoordelijk (art. 39(1)(a) APR)",
        "Another Member State is responsible (APR 39(1)(a))",
    ),
    (
        "vwOld30",
        "Een andere lidstaat is verantwoordelijk (art. 30 Vw, oud)",
        "Another Member State is responsible (Aliens Act art. 30, legacy)",
    ),
    (
        "vwOld30a",
        "Bescherming in een andere lidstaat (art. 30a Vw, oud)",
        "Protection in another Member State (Aliens Act art. 30a, legacy)",
    ),
    (
        "vwOld30b_1_b",
        "Veilig land van herkomst (art. 30b(1)(b) Vw, oud)",
        "Safe country of origin (Aliens Act art. 30b(1)(b), legacy)",
    ),
    (
        "vwOld30b_1_a",
        "Alleen kwesties aangevoerd die niet relevant zijn (art. 30b(1)(a) Vw, oud)",
        "Only irrelevant issues raised (Aliens Act art. 30b(1)(a), legacy)",
    ),
    (
        "vwOld30b_1_c",
        "De autoriteiten misleid of documenten vernietigd (art. 30b(1)(c)–(d) Vw, oud)",
        "Misled the authorities or destroyed documents (Aliens Act art. 30b(1)(c)–(d), legacy)",
    ),
    (
        "vwOld30b_1_e",
        "Kennelijk tegenstrijdige of onjuiste verklaringen (art. 30b(1)(e) Vw, oud)",
        "Clearly inconsistent or false statements (Aliens Act art. 30b(1)(e), legacy)",
    ),
    (
        "vwOld30b_1_f",
        "Aanvraag alleen om verwijdering te verijdelen (art. 30b(1)(f) Vw, oud)",
        "Application only to frustrate removal (Aliens Act art. 30b(1)(f), legacy)",
    ),
    (
        "vwOld30b_1_g",
        "Opvolgende aanvraag die niet niet-ontvankelijk is (art. 30b(1)(g) Vw, oud)",
        "Subsequent application that is not inadmissible (Aliens Act art. 30b(1)(g), legacy)",
    ),
    (
        "vwOld30b_1_h",
        "Onrechtmatig binnengekomen en niet tijdig een aanvraag ingediend (art. 30b(1)(h) Vw, oud)",
        "Entered unlawfully and did not apply promptly (Aliens Act art. 30b(1)(h), legacy)",
    ),
    (
        "vwOld30b_1_j",
        "Op ernstige gronden een gevaar voor de openbare orde of nationale veiligheid (art. 30b(1)(j) Vw, oud)",
        "On serious grounds a danger to public order or national security (Aliens Act art. 30b(1)(j), legacy)",
    ),
    (
        "vbOld3_109b",
        "Grensprocedure (art. 3.109b Vb, oud)",
        "Border procedure (Aliens Decree art. 3.109b, legacy)",
    ),
    (
        "vbOld3_109c",
        "Dublinspoor (art. 3.109c Vb, oud)",
        "Dublin track (Aliens Decree art. 3.109c, legacy)",
    ),
    (
        "vbOld3_109ca",
        "Spoor 2: veilig land of bescherming elders (art. 3.109ca Vb, oud)",
        "Track 2: safe country or protection elsewhere (Aliens Decree art. 3.109ca, legacy)",
    ),
    (
        "vbOld3_109ca_1_d",
        "Onderdaan van een lidstaat van de EU (art. 3.109ca(1)(d) Vb, oud)",
        "National of an EU Member State (Aliens Decree art. 3.109ca(1)(d), legacy)",
    ),
    (
        "vbOld3_110",
        "Algemene asielprocedure (art. 3.109 en 3.110 Vb, oud)",
        "General asylum procedure (Aliens Decree art. 3.109 and 3.110, legacy)",
    ),
];

/// Units of a period (`deadlines[].unit`).
const UNIT: &[Row] = &[
    ("calendarDays", "kalenderdagen", "calendar days"),
    ("workingDays", "werkdagen", "working days"),
    (
        "acDays",
        "dagen van de algemene asielprocedure (AC-dagen)",
        "days of the general asylum procedure (AC days)",
    ),
    ("hours", "uren", "hours"),
    ("weeks", "weken", "weeks"),
    ("months", "maanden", "months"),
    ("years", "jaren", "years"),
];

/// A period in words by unit: `{n}` is the number (`P5W` in `weeks` is "5 weken").
const PERIOD: &[Row] = &[
    ("calendarDays.one", "{n} dag", "{n} day"),
    ("calendarDays.other", "{n} dagen", "{n} days"),
    ("workingDays.one", "{n} werkdag", "{n} working day"),
    ("workingDays.other", "{n} werkdagen", "{n} working days"),
    ("acDays.one", "{n} AC-dag", "{n} AC day"),
    ("acDays.other", "{n} AC-dagen", "{n} AC days"),
    ("hours.one", "{n} uur", "{n} hour"),
    ("hours.other", "{n} uur", "{n} hours"),
    ("weeks.one", "{n} week", "{n} week"),
    ("weeks.other", "{n} weken", "{n} weeks"),
    ("months.one", "{n} maand", "{n} month"),
    ("months.other", "{n} maanden", "{n} months"),
    ("years.one", "{n} jaar", "{n} year"),
    ("years.other", "{n} jaar", "{n} years"),
];

/// Counting rules (`deadlines[].counting`): the name of the rule.
const COUNTING: &[Row] = &[
    (
        "pr1182",
        "Termijnenverordening 1182/71",
        "Regulation 1182/71 on time limits",
    ),
    ("ammr75", "Art. 75 AMMR", "AMMR art. 75"),
    (
        "dublin3Art42",
        "Art. 42 Dublinverordening",
        "Dublin Regulation art. 42",
    ),
    ("atw", "Algemene termijnenwet", "General Time Limits Act"),
    (
        "atwLiberty",
        "Termijn van vrijheidsbeneming (art. 4 Atw)",
        "Limit on a deprivation of liberty (Atw art. 4)",
    ),
    (
        "atwMinimum",
        "Minimumtermijn (art. 6:8 Awb)",
        "Minimum period (Awb art. 6:8)",
    ),
    (
        "acDays",
        "AC-dagen (art. 3.110 Vb, oud)",
        "AC days (Aliens Decree art. 3.110, legacy)",
    ),
    (
        "acDaysSchiphol",
        "AC-dagen Schiphol (art. 3.110 Vb, oud)",
        "AC days at Schiphol (Aliens Decree art. 3.110, legacy)",
    ),
    ("apr73", "Art. 73 APR", "APR art. 73"),
    (
        "rbpr11",
        "Art. 11 Terugkeergrensprocedureverordening",
        "Return Border Procedure Regulation art. 11",
    ),
];

/// How each counting rule counts (`deadlines[].counting`), in a sentence.
const COUNTING_RULE: &[Row] = &[
    (
        "pr1182",
        "De dag van de gebeurtenis telt niet mee; eindigt de termijn op een zaterdag, zondag of feestdag, dan eindigt hij de volgende werkdag; een termijn van twee dagen of meer omvat ten minste twee werkdagen (art. 3 Verordening 1182/71).",
        "The day of the event does not count; a limit ending on a Saturday, Sunday or holiday ends on the next working day; a limit of two days or more includes at least two working days (Regulation 1182/71 art. 3).",
    ),
    (
        "ammr75",
        "Als Verordening 1182/71 (verschuiving naar de volgende werkdag), zonder de regel van ten minste twee werkdagen.",
        "As Regulation 1182/71 (moved to the next working day), without the rule of at least two working days.",
    ),
    (
        "dublin3Art42",
        "De dag van de gebeurtenis telt niet mee; de termijn wordt niet verschoven.",
        "The day of the event does not count; the limit is not moved.",
    ),
    (
        "atw",
        "De termijn begint de dag na de gebeurtenis (art. 6:8 Awb); eindigt hij op een zaterdag, zondag of feestdag, dan eindigt hij de volgende werkdag (art. 1 Atw).",
        "The limit starts the day after the event (Awb art. 6:8); ending on a Saturday, Sunday or holiday, it ends on the next working day (Atw art. 1).",
    ),
    (
        "atwLiberty",
        "De termijn begrenst een vrijheidsbeneming: de Algemene termijnenwet verschuift hem niet (art. 4(1)(c) Atw).",
        "The limit bounds a deprivation of liberty: the General Time Limits Act does not move it (Atw art. 4(1)(c)).",
    ),
    (
        "atwMinimum",
        "Een minimum waarbinnen niemand iets hoeft te doen: de termijn begint de dag na de gebeurtenis (art. 6:8 Awb) en wordt niet verschoven; de volgende stap mag de dag na de laatste dag plaatsvinden, welke dag dat ook is.",
        "A minimum within which nobody has to act: it starts the day after the event (Awb art. 6:8) and is not moved; the next step may take place on the day after its last day, whatever day that is.",
    ),
    (
        "acDays",
        "Alleen werkdagen tellen: zaterdag, zondag en feestdagen tellen niet mee; dag 1 is de eerste werkdag vanaf de start (art. 3.110(3) Vb, oud).",
        "Only working days count: Saturdays, Sundays and holidays do not; day 1 is the first working day from the start (Aliens Decree art. 3.110(3), legacy).",
    ),
    (
        "acDaysSchiphol",
        "In het aanmeldcentrum Schiphol telt elke dag mee, ook zaterdag, zondag en feestdagen (art. 3.110(3) Vb, oud).",
        "At the application centre Schiphol every day counts, Saturdays, Sundays and holidays too (Aliens Decree art. 3.110(3), legacy).",
    ),
    (
        "apr73",
        "Als Verordening 1182/71 (verschuiving naar de volgende werkdag), zonder de regel van ten minste twee werkdagen.",
        "As Regulation 1182/71 (moved to the next working day), without the rule of at least two working days.",
    ),
    (
        "rbpr11",
        "Als Verordening 1182/71 (verschuiving naar de volgende werkdag), zonder de regel van ten minste twee werkdagen.",
        "As Regulation 1182/71 (moved to the next working day), without the rule of at least two working days.",
    ),
];

/// Status of a deadline (`deadlines[].status`).
const DEADLINE_STATUS: &[Row] = &[
    ("running", "loopt", "running"),
    ("expired", "verlopen", "expired"),
    ("met", "voldaan", "met"),
    ("missed", "te laat voldaan", "missed"),
];

/// The status of a deadline in words, as templates (`{n}` days, `{date}` a date in words).
const STATUS_TEXT: &[Row] = &[
    ("daysLeft.one", "nog {n} dag", "{n} day left"),
    ("daysLeft.other", "nog {n} dagen", "{n} days left"),
    ("today", "vandaag (laatste dag)", "today (last day)"),
    ("expired", "verlopen", "expired"),
    ("expiredOn", "verlopen op {date}", "expired on {date}"),
    ("met", "voldaan op {date}", "met on {date}"),
    (
        "missed",
        "te laat voldaan op {date}",
        "missed: done on {date}",
    ),
    (
        "noAsOf",
        "geen peilmoment: status onbekend",
        "no moment of reference: status unknown",
    ),
];

/// Kinds of a note (`notes[].kind`).
const NOTE_KIND: &[Row] = &[
    ("interpretation", "Interpretatie", "Interpretation"),
    ("assumption", "Aanname", "Assumption"),
    ("info", "Ter informatie", "For information"),
];

/// The acts cited (`basis[].act`), in full.
const ACT: &[Row] = &[
    (
        "CJEU",
        "Hof van Justitie van de Europese Unie (arrest)",
        "Court of Justice of the European Union (judgment)",
    ),
    (
        "APR",
        "Procedureverordening (Verordening (EU) 2024/1348)",
        "Asylum Procedure Regulation (Regulation (EU) 2024/1348)",
    ),
    (
        "AMMR",
        "Verordening asiel- en migratiebeheer (Verordening (EU) 2024/1351)",
        "Asylum and Migration Management Regulation (Regulation (EU) 2024/1351)",
    ),
    (
        "SR",
        "Screeningsverordening (Verordening (EU) 2024/1356)",
        "Screening Regulation (Regulation (EU) 2024/1356)",
    ),
    (
        "RBPR",
        "Verordening terugkeergrensprocedure (Verordening (EU) 2024/1349)",
        "Return Border Procedure Regulation (Regulation (EU) 2024/1349)",
    ),
    (
        "EDR",
        "Eurodacverordening (Verordening (EU) 2024/1358)",
        "Eurodac Regulation (Regulation (EU) 2024/1358)",
    ),
    (
        "RCD",
        "Opvangrichtlijn (Richtlijn (EU) 2024/1346)",
        "Reception Conditions Directive (Directive (EU) 2024/1346)",
    ),
    (
        "CFR",
        "Crisis- en overmachtverordening (Verordening (EU) 2024/1359)",
        "Crisis and Force Majeure Regulation (Regulation (EU) 2024/1359)",
    ),
    (
        "PR",
        "Termijnenverordening (Verordening (EEG, Euratom) nr. 1182/71)",
        "Regulation on periods, dates and time limits (Regulation (EEC, Euratom) No 1182/71)",
    ),
    (
        "D3",
        "Dublinverordening (Verordening (EU) nr. 604/2013)",
        "Dublin Regulation (Regulation (EU) No 604/2013)",
    ),
    (
        "APD",
        "Procedurerichtlijn (Richtlijn 2013/32/EU)",
        "Asylum Procedures Directive (Directive 2013/32/EU)",
    ),
    (
        "QR",
        "Kwalificatieverordening (Verordening (EU) 2024/1347)",
        "Qualification Regulation (Regulation (EU) 2024/1347)",
    ),
    (
        "Eurodac 603/2013",
        "Eurodacverordening (oud, Verordening (EU) nr. 603/2013)",
        "Eurodac Regulation (old, Regulation (EU) No 603/2013)",
    ),
    ("Vw", "Vreemdelingenwet 2000", "Aliens Act 2000"),
    (
        "Vw-old",
        "Vreemdelingenwet 2000 (tekst tot 12-06-2026)",
        "Aliens Act 2000 (text before 12-06-2026)",
    ),
    (
        "Vb-old",
        "Vreemdelingenbesluit 2000 (tekst tot 12-06-2026)",
        "Aliens Decree 2000 (text before 12-06-2026)",
    ),
    ("Vb", "Vreemdelingenbesluit 2000", "Aliens Decree 2000"),
    ("Atw", "Algemene termijnenwet", "General Time Limits Act"),
    (
        "Awb",
        "Algemene wet bestuursrecht",
        "General Administrative Law Act",
    ),
    (
        "Rva 2005",
        "Regeling verstrekkingen asielzoekers en andere categorieën vreemdelingen 2005",
        "Regulation on provisions for asylum seekers and other categories of aliens 2005",
    ),
    (
        "Koningsdag",
        "Besluit van 30 januari 2013 over Koningsdag",
        "Decree of 30 January 2013 on King's Day",
    ),
];

/// The sections of a Case, as a form groups its questions.
const SECTION: &[Row] = &[
    ("case", "Zaak", "Case"),
    ("applicant", "Vreemdeling", "Applicant"),
    ("application", "Aanvraag", "Application"),
    ("screening", "Screening", "Screening"),
    (
        "grounds",
        "Gronden voor versnelde behandeling of niet-ontvankelijkheid",
        "Grounds for accelerated examination or inadmissibility",
    ),
    (
        "dublin",
        "Verantwoordelijke lidstaat (Dublin)",
        "Responsible Member State (Dublin)",
    ),
    ("decision", "Besluit", "Decision"),
    (
        "legacy",
        "Oud regime (aanvraag ingediend vóór 12-06-2026)",
        "Legacy regime (application lodged before 12-06-2026)",
    ),
];

/// The question a form asks for each fact of the Case (its JSON Pointer), phrased positively.
const FACT: &[Row] = &[
    ("/caseId", "Zaaknummer", "Case number"),
    (
        "/asOf",
        "Peilmoment (de status van elke termijn geldt op dit moment)",
        "Moment of reference (the status of each deadline is given at this moment)",
    ),
    ("/applicant/dateOfBirth", "Geboortedatum", "Date of birth"),
    (
        "/applicant/nationality",
        "Nationaliteit (landcode, bijvoorbeeld MAR of SYR)",
        "Nationality (country code, for example MAR or SYR)",
    ),
    (
        "/applicant/unaccompaniedMinor",
        "Is de vreemdeling een alleenstaande minderjarige?",
        "Is the applicant an unaccompanied minor?",
    ),
    (
        "/applicant/familyWithMinors",
        "Reist de vreemdeling met minderjarige kinderen?",
        "Does the applicant travel with minor children?",
    ),
    (
        "/applicant/borderSupportUnavailable",
        "Kan de nodige bijzondere ondersteuning aan de grens worden geboden?",
        "Can the necessary special support be given at the border?",
    ),
    (
        "/applicant/medicalReasonsAgainstBorder",
        "Zijn er medische redenen tegen de grensprocedure?",
        "Are there medical reasons against the border procedure?",
    ),
    (
        "/applicant/detentionGuaranteesUnmet",
        "Kunnen de waarborgen voor bewaring worden nagekomen?",
        "Can the guarantees for detention be met?",
    ),
    (
        "/application/madeAt",
        "Wanneer is het verzoek gedaan?",
        "When was the application made?",
    ),
    (
        "/application/registeredAt",
        "Wanneer is het verzoek geregistreerd?",
        "When was the application registered?",
    ),
    (
        "/application/lodgedAt",
        "Wanneer is het verzoek ingediend?",
        "When was the application lodged?",
    ),
    (
        "/application/situation",
        "Waar is het verzoek gedaan?",
        "Where was the application made?",
    ),
    (
        "/application/borderLocation",
        "Bij welk aanmeldcentrum?",
        "At which application centre?",
    ),
    (
        "/application/subsequent",
        "Is het een opvolgend verzoek?",
        "Is it a subsequent application?",
    ),
    (
        "/application/detained",
        "Is de vreemdeling in bewaring?",
        "Is the applicant detained?",
    ),
    (
        "/application/madeToOtherAuthority",
        "Is het verzoek gedaan bij een autoriteit die het niet mag registreren?",
        "Was the application made to an authority that may not register it?",
    ),
    (
        "/grounds/irrelevantIssuesOnly",
        "Voert de vreemdeling alleen kwesties aan die niet relevant zijn voor bescherming?",
        "Does the applicant raise only issues not relevant to protection?",
    ),
    (
        "/grounds/inconsistentStatements",
        "Zijn de verklaringen kennelijk tegenstrijdig, onjuist of onwaarschijnlijk?",
        "Are the statements clearly inconsistent, false or improbable?",
    ),
    (
        "/grounds/misledAuthorities",
        "Heeft de vreemdeling de autoriteiten misleid met valse informatie of documenten?",
        "Did the applicant mislead the authorities with false information or documents?",
    ),
    (
        "/grounds/delayRemovalOnly",
        "Is het verzoek alleen gedaan om verwijdering uit te stellen?",
        "Was the application made only to delay removal?",
    ),
    (
        "/grounds/safeCountryOfOrigin",
        "Komt de vreemdeling uit een veilig land van herkomst?",
        "Does the applicant come from a safe country of origin?",
    ),
    (
        "/grounds/dangerToSecurityOrPublicOrder",
        "Vormt de vreemdeling een gevaar voor de nationale veiligheid of de openbare orde?",
        "Is the applicant a danger to national security or public order?",
    ),
    (
        "/grounds/subsequentNotInadmissible",
        "Is het een opvolgend verzoek met nieuwe elementen (dus ontvankelijk)?",
        "Is it a subsequent application with new elements (so admissible)?",
    ),
    (
        "/grounds/irregularEntryNoPromptApplication",
        "Is de vreemdeling irregulier binnengekomen en heeft hij pas later om bescherming gevraagd?",
        "Did the applicant enter irregularly and apply for protection only later?",
    ),
    (
        "/grounds/lawfulEntryNoPromptApplication",
        "Is de vreemdeling rechtmatig binnengekomen en heeft hij pas later om bescherming gevraagd?",
        "Did the applicant enter lawfully and apply for protection only later?",
    ),
    (
        "/grounds/lowRecognitionRate",
        "Heeft de nationaliteit een inwilligingspercentage van 20% of minder?",
        "Does the nationality have a recognition rate of 20% or lower?",
    ),
    (
        "/grounds/inadmissible",
        "Is er een grond om het verzoek niet-ontvankelijk te verklaren?",
        "Is there a ground to declare the application inadmissible?",
    ),
    (
        "/grounds/inadmissibleGround",
        "Welke grond van niet-ontvankelijkheid?",
        "Which ground of inadmissibility?",
    ),
    (
        "/screening/apprehendedAt",
        "Wanneer is de vreemdeling aangehouden of heeft hij zich gemeld?",
        "When was the applicant apprehended or did they present themselves?",
    ),
    (
        "/screening/startedAt",
        "Wanneer is de screening begonnen?",
        "When did the screening start?",
    ),
    (
        "/screening/biometricsTakenAt",
        "Wanneer zijn de biometrische gegevens afgenomen?",
        "When were the biometric data taken?",
    ),
    (
        "/screening/identityRegisteredAt",
        "Wanneer is de identiteit vastgelegd?",
        "When was the identity registered?",
    ),
    (
        "/screening/securityCheckedAt",
        "Wanneer is de veiligheidscontrole gedaan?",
        "When was the security check done?",
    ),
    (
        "/screening/healthCheckedAt",
        "Wanneer is de gezondheidscontrole gedaan?",
        "When was the health check done?",
    ),
    (
        "/screening/vulnerabilityCheckedAt",
        "Wanneer is de kwetsbaarheidscontrole gedaan?",
        "When was the vulnerability check done?",
    ),
    (
        "/screening/formCompletedAt",
        "Wanneer is het screeningsformulier ingevuld?",
        "When was the screening form completed?",
    ),
    (
        "/screening/stayedAtBorderOver72h",
        "Is de vreemdeling langer dan 72 uur aan de grens gehouden?",
        "Was the applicant kept at the border for more than 72 hours?",
    ),
    (
        "/screening/previouslyScreened",
        "Is de vreemdeling al eerder gescreend?",
        "Has the applicant been screened before?",
    ),
    (
        "/screening/enteredLawfully",
        "Is de vreemdeling rechtmatig binnengekomen (bijvoorbeeld met een visum)?",
        "Did the applicant enter lawfully (for example on a visa)?",
    ),
    (
        "/dublin/otherMemberStateResponsible",
        "Is een andere lidstaat mogelijk verantwoordelijk?",
        "May another Member State be responsible?",
    ),
    (
        "/dublin/requestType",
        "Soort verzoek aan de andere lidstaat",
        "Kind of request to the other Member State",
    ),
    (
        "/dublin/memberState",
        "Aangezochte lidstaat (landcode, bijvoorbeeld DE)",
        "Requested Member State (country code, for example DE)",
    ),
    (
        "/dublin/eurodacHitAt",
        "Wanneer was de Eurodac-treffer?",
        "When was the Eurodac hit?",
    ),
    (
        "/dublin/requestSentAt",
        "Wanneer is het verzoek verzonden?",
        "When was the request sent?",
    ),
    (
        "/dublin/acceptedAt",
        "Wanneer heeft de lidstaat het verzoek aanvaard?",
        "When did the Member State accept the request?",
    ),
    (
        "/dublin/appealDecidedAt",
        "Wanneer is op het beroep beslist?",
        "When was the appeal decided?",
    ),
    (
        "/dublin/transferDecisionNotifiedAt",
        "Wanneer is het overdrachtsbesluit bekendgemaakt?",
        "When was the transfer decision notified?",
    ),
    (
        "/dublin/detainedAt",
        "Wanneer is de vreemdeling in bewaring gesteld?",
        "When was the applicant detained?",
    ),
    (
        "/dublin/imprisoned",
        "Zit de vreemdeling een gevangenisstraf uit?",
        "Is the applicant imprisoned?",
    ),
    (
        "/dublin/absconded",
        "Is de vreemdeling ondergedoken?",
        "Has the applicant absconded?",
    ),
    (
        "/dublin/informedOfReceptionLapse",
        "Is de vreemdeling geïnformeerd dat de opvang eindigt bij het overdrachtsbesluit?",
        "Was the applicant informed that reception ends with the transfer decision?",
    ),
    (
        "/decision/kind",
        "Welk besluit is genomen?",
        "Which decision was taken?",
    ),
    (
        "/decision/notifiedAt",
        "Wanneer is het besluit bekendgemaakt?",
        "When was the decision notified?",
    ),
    (
        "/decision/rightToRemainEndedAt",
        "Wanneer eindigde het recht om te blijven?",
        "When did the right to remain end?",
    ),
    (
        "/decision/inGeneralProcedure",
        "Is het besluit genomen in de algemene asielprocedure?",
        "Was the decision taken in the general asylum procedure?",
    ),
    (
        "/legacy/intakeInterviewEndedAt",
        "Wanneer is het aanmeldgehoor afgerond?",
        "When did the intake interview end?",
    ),
    (
        "/legacy/generalProcedureStartedAt",
        "Wanneer begon de algemene asielprocedure (dag 1)?",
        "When did the general asylum procedure start (day 1)?",
    ),
    (
        "/legacy/generalProcedureExtended",
        "Is de algemene asielprocedure vóór de start verlengd?",
        "Was the general asylum procedure extended before it started?",
    ),
    (
        "/legacy/extensionGround",
        "Grond voor verlenging na de start (art. 3.115(2) Vb, oud)",
        "Ground for extension after the start (Aliens Decree art. 3.115(2), legacy)",
    ),
    (
        "/legacy/intendedDecisionAt",
        "Wanneer is het voornemen uitgebracht?",
        "When was the intended decision issued?",
    ),
    (
        "/legacy/borderNotifiedAt",
        "Wanneer is de aanvraag aan de grens bekendgemaakt?",
        "When was the border application notified?",
    ),
    (
        "/legacy/interviewAt",
        "Wanneer was het gehoor in spoor 2?",
        "When was the interview in track 2?",
    ),
    (
        "/legacy/nuisance",
        "Veroorzaakt de vreemdeling overlast?",
        "Does the applicant cause nuisance?",
    ),
    (
        "/legacy/suspectedFalseIdentity",
        "Is er een vermoeden van een onjuiste identiteit?",
        "Is a false identity suspected?",
    ),
    (
        "/legacy/protectionElsewhere",
        "Heeft de vreemdeling bescherming in een andere lidstaat?",
        "Does the applicant have protection in another Member State?",
    ),
    (
        "/legacy/euNational",
        "Is de vreemdeling onderdaan van een EU-lidstaat?",
        "Is the applicant a national of an EU Member State?",
    ),
    (
        "/legacy/familyCounterIndications",
        "Zijn er contra-indicaties voor het gezin (art. 5.1a(3) Vb, oud)?",
        "Are there counter-indications for the family (Aliens Decree art. 5.1a(3), legacy)?",
    ),
    (
        "/legacy/responsibilityEstablishedAt",
        "Wanneer is vastgesteld dat Nederland verantwoordelijk is?",
        "When was the Netherlands found responsible?",
    ),
];

/// Facts whose question is the opposite of the Case field (the field says "cannot", the
/// question asks "can"): a form shows "yes" for `false` and "no" for `true`.
const INVERTED_FACT: &[Row] = &[
    ("/applicant/borderSupportUnavailable", "ja", "yes"),
    ("/applicant/detentionGuaranteesUnmet", "ja", "yes"),
];

/// Where an application is made (`application.situation`).
const SITUATION: &[Row] = &[
    (
        "borderCrossingPoint",
        "Aan de grens: grensdoorlaatpost of transitzone (bijvoorbeeld Schiphol)",
        "At the border: border crossing point or transit zone (for example Schiphol)",
    ),
    (
        "externalBorderApprehension",
        "Aangehouden bij het irregulier overschrijden van de buitengrens",
        "Apprehended crossing the external border irregularly",
    ),
    (
        "searchAndRescue",
        "Ontscheept na een opsporings- en reddingsactie",
        "Disembarked after a search and rescue operation",
    ),
    ("relocation", "Herplaatsing", "Relocation"),
    (
        "territory",
        "Op het grondgebied (bijvoorbeeld aangemeld in Ter Apel)",
        "Within the territory (for example presented at Ter Apel)",
    ),
];

/// Application centres (`application.borderLocation`).
const BORDER_LOCATION: &[Row] = &[
    ("schiphol", "Schiphol", "Schiphol"),
    ("terApel", "Ter Apel", "Ter Apel"),
    ("budel", "Budel", "Budel"),
    ("zevenaar", "Zevenaar", "Zevenaar"),
];

/// Grounds of inadmissibility (`grounds.inadmissibleGround`).
const INADMISSIBLE_GROUND: &[Row] = &[
    (
        "firstCountryOfAsylum",
        "Eerste land van asiel",
        "First country of asylum",
    ),
    (
        "safeThirdCountry",
        "Veilig derde land",
        "Safe third country",
    ),
    (
        "protectionInOtherMemberState",
        "Bescherming in een andere lidstaat",
        "Protection in another Member State",
    ),
    (
        "internationalCourtRelocation",
        "Overgebracht naar een internationaal gerecht",
        "Relocated to an international court",
    ),
    (
        "lateAfterReturnDecision",
        "Te laat ingediend na een terugkeerbesluit",
        "Made late, after a return decision",
    ),
    (
        "subsequentWithoutNewElements",
        "Opvolgend verzoek zonder nieuwe elementen",
        "Subsequent application without new elements",
    ),
];

/// Kinds of a Dublin request (`dublin.requestType`).
const REQUEST_TYPE: &[Row] = &[
    ("takeCharge", "Overnameverzoek", "Take charge request"),
    ("takeBack", "Terugnameverzoek", "Take back request"),
];

/// Kinds of a decision (`decision.kind`).
const DECISION_KIND: &[Row] = &[
    (
        "manifestlyUnfounded",
        "Kennelijk ongegrond",
        "Manifestly unfounded",
    ),
    ("unfounded", "Ongegrond", "Unfounded"),
    ("inadmissible", "Niet-ontvankelijk", "Inadmissible"),
    (
        "dublinTransfer",
        "Overdrachtsbesluit (Dublin)",
        "Transfer decision (Dublin)",
    ),
    (
        "implicitWithdrawal",
        "Stilzwijgende intrekking",
        "Implicit withdrawal",
    ),
    (
        "withdrawal",
        "Intrekking van de bescherming",
        "Withdrawal of protection",
    ),
    (
        "subsidiaryProtection",
        "Subsidiaire bescherming verleend",
        "Subsidiary protection granted",
    ),
    (
        "refugeeStatus",
        "Vluchtelingenstatus verleend",
        "Refugee status granted",
    ),
];

/// Extension grounds of the legacy general procedure (`legacy.extensionGround`).
const EXTENSION_GROUND: &[Row] = &[
    (
        "aToE",
        "Gronden a tot en met e (art. 3.115(2) Vb, oud)",
        "Grounds a to e (Aliens Decree art. 3.115(2), legacy)",
    ),
    (
        "f",
        "Grond f (art. 3.115(2) Vb, oud)",
        "Ground f (Aliens Decree art. 3.115(2), legacy)",
    ),
    (
        "g",
        "Grond g (art. 3.115(2) Vb, oud)",
        "Ground g (Aliens Decree art. 3.115(2), legacy)",
    ),
];

/// The conclusions a missing fact may change (`missingFacts[].affects`), by their first part.
const CONCLUSION: &[Row] = &[
    ("regime", "het regime", "the regime"),
    ("screening", "de screening", "the screening"),
    ("procedure", "de procedure", "the procedure"),
    ("deadlines", "een termijn", "a deadline"),
    ("reception", "de opvang", "reception"),
    ("eurodac", "Eurodac", "Eurodac"),
    ("crisis", "de crisisafwijkingen", "the crisis derogations"),
];

/// The outcome's headings (the parts of an Assessment).
const OUTCOME: &[Row] = &[
    ("regime.procedure", "Procedureregime", "Procedure regime"),
    (
        "regime.responsibility",
        "Regime voor de verantwoordelijke lidstaat",
        "Regime for the responsible Member State",
    ),
    ("regime.workstream", "Werkstroom", "Workstream"),
    ("screening.required", "Screening nodig", "Screening needed"),
    ("screening.authority", "Screening door", "Screened by"),
    ("screening.location", "Screening in", "Screened at"),
    (
        "screening.components",
        "Onderdelen van de screening",
        "Parts of the screening",
    ),
    ("procedure.kind", "Procedure", "Procedure"),
    (
        "procedure.mandatory",
        "Verplicht door de wet",
        "Required by law",
    ),
    ("procedure.grounds", "Bepalende gronden", "Deciding grounds"),
    (
        "procedure.location",
        "Plaats van de procedure",
        "Place of the procedure",
    ),
    (
        "reception.entitled",
        "Recht op materiële opvang",
        "Entitled to material reception conditions",
    ),
    (
        "reception.minimumStandardOnly",
        "Alleen een minimale levensstandaard",
        "Only a minimum standard of living",
    ),
    (
        "eurodac.biometricsRequired",
        "Biometrie afnemen (Eurodac)",
        "Take biometrics (Eurodac)",
    ),
    (
        "eurodac.minimumAge",
        "Minimumleeftijd Eurodac",
        "Eurodac minimum age",
    ),
    (
        "crisis.derogationsApplied",
        "Crisisafwijkingen",
        "Crisis derogations",
    ),
];

/// Words for yes, no and unknown.
const ANSWER: &[Row] = &[
    ("true", "ja", "yes"),
    ("false", "nee", "no"),
    ("null", "nog niet bekend", "not known yet"),
];

/// The groups, in the order of [`labels_json`].
pub const GROUPS: &[Group] = &[
    Group {
        name: "procedureRegime",
        rows: PROCEDURE_REGIME,
    },
    Group {
        name: "responsibilityRegime",
        rows: RESPONSIBILITY_REGIME,
    },
    Group {
        name: "workstream",
        rows: WORKSTREAM,
    },
    Group {
        name: "authority",
        rows: AUTHORITY,
    },
    Group {
        name: "screeningLocation",
        rows: SCREENING_LOCATION,
    },
    Group {
        name: "component",
        rows: COMPONENT,
    },
    Group {
        name: "componentStatus",
        rows: COMPONENT_STATUS,
    },
    Group {
        name: "procedureKind",
        rows: PROCEDURE_KIND,
    },
    Group {
        name: "procedureLocation",
        rows: PROCEDURE_LOCATION,
    },
    Group {
        name: "ground",
        rows: GROUND,
    },
    Group {
        name: "unit",
        rows: UNIT,
    },
    Group {
        name: "period",
        rows: PERIOD,
    },
    Group {
        name: "counting",
        rows: COUNTING,
    },
    Group {
        name: "countingRule",
        rows: COUNTING_RULE,
    },
    Group {
        name: "deadlineStatus",
        rows: DEADLINE_STATUS,
    },
    Group {
        name: "status",
        rows: STATUS_TEXT,
    },
    Group {
        name: "noteKind",
        rows: NOTE_KIND,
    },
    Group {
        name: "act",
        rows: ACT,
    },
    Group {
        name: "section",
        rows: SECTION,
    },
    Group {
        name: "fact",
        rows: FACT,
    },
    Group {
        name: "invertedFact",
        rows: INVERTED_FACT,
    },
    Group {
        name: "situation",
        rows: SITUATION,
    },
    Group {
        name: "borderLocation",
        rows: BORDER_LOCATION,
    },
    Group {
        name: "inadmissibleGround",
        rows: INADMISSIBLE_GROUND,
    },
    Group {
        name: "requestType",
        rows: REQUEST_TYPE,
    },
    Group {
        name: "decisionKind",
        rows: DECISION_KIND,
    },
    Group {
        name: "extensionGround",
        rows: EXTENSION_GROUND,
    },
    Group {
        name: "conclusion",
        rows: CONCLUSION,
    },
    Group {
        name: "outcome",
        rows: OUTCOME,
    },
    Group {
        name: "answer",
        rows: ANSWER,
    },
];

const fn words(row: &Row, locale: Locale) -> &'static str {
    match locale {
        Locale::Nl => row.1,
        Locale::En => row.2,
    }
}

/// The words for `id` in `group`: from this table, or for the groups `deadline`, `actor` and
/// `deadlineActor` from the deadline catalogue. `None` when the group does not hold the id.
pub fn label(group: &str, id: &str, locale: Locale) -> Option<&'static str> {
    match group {
        "deadline" => catalog::deadline(id).map(|d| d.name(locale)),
        "deadlineActor" => catalog::deadline(id).map(|d| d.actor.label(locale)),
        "actor" => catalog::Actor::VALUES
            .iter()
            .find(|(name, _)| *name == id)
            .map(|(_, a)| a.label(locale)),
        _ => GROUPS
            .iter()
            .find(|g| g.name == group)?
            .rows
            .iter()
            .find(|r| r.0 == id)
            .map(|r| words(r, locale)),
    }
}

/// The words for `id` in `group`, or the id itself when the group does not hold it.
pub fn label_or_id<'a>(group: &str, id: &'a str, locale: Locale) -> &'a str {
    label(group, id, locale).unwrap_or(id)
}

/// Every group as one JSON object `{ group: { id: words } }` in `locale`, in the order of the
/// tables: the words a form shows for the ids of an Assessment and the facts of a Case.
pub fn labels_json(locale: Locale) -> String {
    let mut out = String::with_capacity(16 * 1024);
    out.push('{');
    for g in GROUPS {
        group(
            &mut out,
            g.name,
            g.rows.iter().map(|r| (r.0, words(r, locale))),
        );
    }
    group(
        &mut out,
        "deadline",
        catalog::DEADLINES.iter().map(|d| (d.id, d.name(locale))),
    );
    group(
        &mut out,
        "deadlineActor",
        catalog::DEADLINES
            .iter()
            .map(|d| (d.id, d.actor.label(locale))),
    );
    // Not words but the fact that records the act completing each deadline (status met /
    // missed): a form asks for it once the deadline is in the outcome.
    group(
        &mut out,
        "deadlineCompletedBy",
        catalog::DEADLINES
            .iter()
            .filter_map(|d| d.completed_by.as_ref().map(|c| (d.id, c.fact.pointer()))),
    );
    group(
        &mut out,
        "actor",
        catalog::Actor::VALUES
            .iter()
            .map(|(name, a)| (*name, a.label(locale))),
    );
    out.pop(); // the comma after the last group
    out.push('}');
    out
}

/// Appends `"name":{"id":"words",…},` in the order of the tables (each string escaped by
/// `serde_json`).
fn group<'a>(out: &mut String, name: &str, rows: impl Iterator<Item = (&'a str, &'a str)>) {
    string(out, name);
    out.push_str(":{");
    let mut first = true;
    for (id, words) in rows {
        if !first {
            out.push(',');
        }
        first = false;
        string(out, id);
        out.push(':');
        string(out, words);
    }
    out.push_str("},");
}

/// A JSON string literal, escaped by `serde_json`.
fn string(out: &mut String, s: &str) {
    if let Ok(json) = serde_json::to_string(s) {
        out.push_str(&json);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_group_has_words_in_both_languages_and_no_id_twice() {
        for g in GROUPS {
            for (i, r) in g.rows.iter().enumerate() {
                assert!(!r.1.is_empty() && !r.2.is_empty(), "{}/{}", g.name, r.0);
                assert!(
                    g.rows[..i].iter().all(|o| o.0 != r.0),
                    "{}/{} twice",
                    g.name,
                    r.0
                );
            }
        }
    }

    #[test]
    fn labels_json_holds_every_group_and_the_catalogue() {
        let v: serde_json::Value = serde_json::from_str(&labels_json(Locale::Nl)).unwrap();
        for g in GROUPS {
            assert!(v[g.name].is_object(), "{}", g.name);
        }
        assert_eq!(v["procedureKind"]["asylumBorder"], "Asielgrensprocedure");
        assert_eq!(v["deadline"]["registration"], "Registratie van het verzoek");
        assert_eq!(v["deadlineActor"]["dublinReply"], "Aangezochte lidstaat");
        assert_eq!(v["actor"]["coa"], "COA");
        let en: serde_json::Value = serde_json::from_str(&labels_json(Locale::En)).unwrap();
        assert_eq!(en["status"]["daysLeft.other"], "{n} days left");
        assert_eq!(
            en["deadline"]["registration"],
            "Registration of the application"
        );
    }

    #[test]
    fn strings_are_escaped() {
        let mut out = String::new();
        string(&mut out, "a\"b\\c\n\u{1}é");
        assert_eq!(out, r#""a\"b\\c\n\u0001é""#);
        let v: serde_json::Value = serde_json::from_str(&format!("[{out}]")).unwrap();
        assert_eq!(v[0], "a\"b\\c\n\u{1}é");
    }

    #[test]
    fn every_counting_rule_has_a_name_and_a_sentence() {
        for c in crate::calendar::Counting::ALL {
            for locale in [Locale::Nl, Locale::En] {
                assert!(
                    label("counting", c.name(), locale).is_some(),
                    "{}",
                    c.name()
                );
                assert!(
                    COUNTING_RULE.iter().any(|r| r.0 == c.name()),
                    "{}",
                    c.name()
                );
            }
        }
    }

    #[test]
    fn an_id_without_words_is_shown_as_itself() {
        assert_eq!(
            label_or_id("counting", "noSuchRule", Locale::Nl),
            "noSuchRule"
        );
        assert_eq!(label("noSuchGroup", "pact", Locale::Nl), None);
        assert_eq!(
            label("deadline", "lodging", Locale::En),
            Some("Lodging of the application")
        );
    }

    #[test]
    fn every_fact_of_the_case_has_a_question() {
        // The questions cover every leaf of the Case schema (schema/case.schema.json is checked
        // against the contract types by the schema test).
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../../schema/case.schema.json")).unwrap();
        let mut paths = Vec::new();
        collect_paths(&schema, &schema, "", &mut paths);
        let skip = ["/schemaVersion", "/locale", "/receipt"];
        for p in paths.iter().filter(|p| !skip.contains(&p.as_str())) {
            assert!(
                label("fact", p, Locale::Nl).is_some(),
                "no question for {p}"
            );
        }
        assert!(paths.len() > 60, "{paths:?}");
    }

    fn collect_paths(
        root: &serde_json::Value,
        node: &serde_json::Value,
        at: &str,
        out: &mut Vec<String>,
    ) {
        let node = match node.get("$ref").and_then(|r| r.as_str()) {
            Some(r) => {
                let name = r.rsplit('/').next().unwrap();
                root.get("$defs")
                    .or_else(|| root.get("definitions"))
                    .and_then(|d| d.get(name))
                    .unwrap()
            }
            None => node,
        };
        let node = node
            .get("anyOf")
            .and_then(|a| a.as_array())
            .and_then(|a| a.iter().find(|x| x.get("type") != Some(&"null".into())))
            .unwrap_or(node);
        match node.get("properties").and_then(|p| p.as_object()) {
            Some(props) if node.get("$ref").is_none() => {
                for (k, v) in props {
                    collect_paths(root, v, &format!("{at}/{k}"), out);
                }
            }
            _ if node.get("$ref").is_some() => collect_paths(root, node, at, out),
            _ => out.push(at.to_owned()),
        }
    }
}
