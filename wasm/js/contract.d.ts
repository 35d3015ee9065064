// The JSON contract of migratiepact as TypeScript types. Generated from the Rust types of
// migratiepact-core by `cargo run -p migratiepact-wasm --example contract_dts`; do not edit
// (wasm/tests/contract_dts.rs fails when this file differs from what the code generates).

/** A deadline id, in the order of an assessment's `deadlines` (RULES.md §5, §6). */
export type DeadlineId = "screening" | "registration" | "lodging" | "eurodacTransmission" | "vulnerabilityAssessment" | "borderDecision" | "borderProcedureEnd" | "examination" | "dublinRequest" | "dublinReply" | "dublinTransferDecision" | "dublinTransfer" | "appeal" | "requestToRemain" | "returnBorderProcedureEnd" | "legacyRegistration" | "legacyRestPeriod" | "legacyGeneralProcedureDecision" | "legacyDecision" | "legacyBorderEntry" | "legacyDublinViews" | "legacySafeCountryViews" | "legacySafeCountryDecision" | "legacyIntendedDecisionViews" | "legacyAppeal" | "receptionInformation";

/** A counting rule (`counting` of a deadline or a period). */
export type CountingRule = "pr1182" | "ammr75" | "apr73" | "rbpr11" | "dublin3Art42" | "atw" | "atwLiberty" | "atwMinimum" | "acDays" | "acDaysSchiphol";

/** The name of an APR art. 42 ground (and the other grounds) of a case's `grounds`. */
export type GroundName = "dangerToSecurityOrPublicOrder" | "delayRemovalOnly" | "inadmissible" | "inadmissibleGround" | "inconsistentStatements" | "irregularEntryNoPromptApplication" | "irrelevantIssuesOnly" | "lawfulEntryNoPromptApplication" | "lowRecognitionRate" | "misledAuthorities" | "safeCountryOfOrigin" | "subsequentNotInadmissible";

/** The JSON Pointer of a fact of a Case (`missingFacts[].path`). */
export type CasePath = "/applicant" | "/applicant/borderSupportUnavailable" | "/applicant/dateOfBirth" | "/applicant/detentionGuaranteesUnmet" | "/applicant/familyWithMinors" | "/applicant/medicalReasonsAgainstBorder" | "/applicant/nationality" | "/applicant/unaccompaniedMinor" | "/application" | "/application/borderLocation" | "/application/detained" | "/application/lodgedAt" | "/application/madeAt" | "/application/madeToOtherAuthority" | "/application/registeredAt" | "/application/situation" | "/application/subsequent" | "/asOf" | "/caseId" | "/decision" | "/decision/inGeneralProcedure" | "/decision/kind" | "/decision/notifiedAt" | "/decision/rightToRemainEndedAt" | "/dublin" | "/dublin/absconded" | "/dublin/acceptedAt" | "/dublin/appealDecidedAt" | "/dublin/detainedAt" | "/dublin/eurodacHitAt" | "/dublin/imprisoned" | "/dublin/informedOfReceptionLapse" | "/dublin/memberState" | "/dublin/otherMemberStateResponsible" | "/dublin/requestSentAt" | "/dublin/requestType" | "/dublin/transferDecisionNotifiedAt" | "/grounds" | "/grounds/dangerToSecurityOrPublicOrder" | "/grounds/delayRemovalOnly" | "/grounds/inadmissible" | "/grounds/inadmissibleGround" | "/grounds/inconsistentStatements" | "/grounds/irregularEntryNoPromptApplication" | "/grounds/irrelevantIssuesOnly" | "/grounds/lawfulEntryNoPromptApplication" | "/grounds/lowRecognitionRate" | "/grounds/misledAuthorities" | "/grounds/safeCountryOfOrigin" | "/grounds/subsequentNotInadmissible" | "/legacy" | "/legacy/borderNotifiedAt" | "/legacy/euNational" | "/legacy/extensionGround" | "/legacy/familyCounterIndications" | "/legacy/generalProcedureExtended" | "/legacy/generalProcedureStartedAt" | "/legacy/intakeInterviewEndedAt" | "/legacy/intendedDecisionAt" | "/legacy/interviewAt" | "/legacy/nuisance" | "/legacy/protectionElsewhere" | "/legacy/responsibilityEstablishedAt" | "/legacy/suspectedFalseIdentity" | "/locale" | "/receipt" | "/schemaVersion" | "/screening" | "/screening/apprehendedAt" | "/screening/biometricsTakenAt" | "/screening/enteredLawfully" | "/screening/formCompletedAt" | "/screening/healthCheckedAt" | "/screening/identityRegisteredAt" | "/screening/previouslyScreened" | "/screening/securityCheckedAt" | "/screening/startedAt" | "/screening/stayedAtBorderOver72h" | "/screening/vulnerabilityCheckedAt";

/** Ground for extending the AA after its start (Vb-old 3.115(2)). */
export type AaExtensionGround = "aToE" | "f" | "g";

/** The limit as it would be if an unknown fact were established (RULES §0): the deadline itself gives the ordinary limit; this gives the other one and the fact that decides. */
export interface Alternative {
  /** The provision that sets the alternative limit. */
  basis: Basis[];
  /** Last Amsterdam day under that fact. */
  due: string;
  /** The instant the period runs out under that fact. */
  expiresAt: string;
  /** JSON Pointer of the unknown fact that would change the limit (e.g. "/application/detained"). */
  fact: string;
  /** The value of that fact under which this alternative applies. */
  ifValue: boolean;
  /** The period as stated in law under that fact. */
  period: string;
}

/** A fair share in one unit. */
export interface Amount {
  /** The exact value with 6 decimals, rounded half up. */
  decimal: string;
  /** pool × key, exact. */
  exact: Fraction;
  /** The value rounded by `rounding`. */
  rounded: string;
  /** The rounding rule applied (the AMMR states none; see the interpretation note). */
  rounding: string;
}

/** The applicant. */
export interface Applicant {
  /** APR 53(2)(b)/(c): special reception or procedural needs cannot be met at the border. */
  borderSupportUnavailable?: boolean | null;
  /** Date of birth. */
  dateOfBirth?: string | null;
  /** APR 53(2)(e): detention guarantees (RCD 10–13) cannot be met and the border procedure cannot be applied without detention. */
  detentionGuaranteesUnmet?: boolean | null;
  /** Applies together with minor children. */
  familyWithMinors?: boolean | null;
  /** APR 53(2)(d): medical reasons against the border procedure. */
  medicalReasonsAgainstBorder?: boolean | null;
  /** Nationality, ISO 3166-1 alpha-3 (XXA stateless). */
  nationality?: string | null;
  /** Unaccompanied minor (APR 42(3), 53(1)). */
  unaccompaniedMinor?: boolean | null;
}

/** The application. */
export interface Application {
  /** The Aanmeldcentrum where it is handled. */
  borderLocation?: BorderLocation | null;
  /** The applicant is detained. */
  detained?: boolean | null;
  /** When it was lodged (APR 28; decides the procedure regime, APR 79(3)). */
  lodgedAt?: Moment | null;
  /** When the application was made (the wish expressed). */
  madeAt?: Moment | null;
  /** Made to an authority that is not competent to register it (APR 27(3); Vb-old 3.107b). */
  madeToOtherAuthority?: boolean | null;
  /** When it was registered (APR 27; Vb-old 3.107b). */
  registeredAt?: Moment | null;
  /** Where it was made. */
  situation?: Situation | null;
  /** A subsequent application. */
  subsequent?: boolean | null;
}

/** The assessment. */
export interface Assessment {
  /** The caller's reference, echoed. */
  caseId: string | null;
  /** Crisis, force-majeure and emergency-plan derogations in force. */
  crisis: CrisisOutcome;
  /** Every time limit that can be computed from the facts, in the order of RULES.md §5–6. */
  deadlines: Deadline[];
  /** Engine and parameter versions. */
  engine: EngineInfo;
  /** Eurodac duties. */
  eurodac: EurodacOutcome;
  /** Every conclusion with its rule and basis. */
  explanation: Explanation[];
  /** Unknown facts that could change a conclusion (a form asks these next). */
  missingFacts: MissingFact[];
  /** What the independent monitoring mechanism needs (SR 10, APR 43(4)). */
  monitoring: MonitoringRecord | null;
  /** Interpretations and assumptions. */
  notes: Note[];
  /** The procedure. */
  procedure: ProcedureOutcome;
  /** A decision receipt, when the case asks for one (`"receipt": true`; docs/receipts.md). */
  receipt?: Receipt;
  /** Reception (COA). */
  reception: ReceptionOutcome;
  /** Which regime applies. */
  regime: Regime;
  /** Contract version (1). */
  schemaVersion: number;
  /** Screening (pact regime). */
  screening: ScreeningOutcome;
}

/** Screening authority. */
export type Authority = "kmar" | "ind";

/** A legal basis: the act, the article (with paragraph and point) and a resolvable URI. */
export interface Basis {
  /** Short name of the act: "APR", "AMMR", "SR", "RBPR", "EDR", "RCD", "CFR", "PR", "D3", "Vw", "Vw-old", "Vb-old", "Atw", "Awb", or the title of a decree. */
  act: string;
  /** Article, paragraph and point, e.g. "27(1)" or "42(1)(c)". */
  article: string;
  /** ELI (EU acts) or BWB (Dutch acts) URI of the act. */
  uri: string;
}

/** The Aanmeldcentrum (application centre) where the application is handled. */
export type BorderLocation = "schiphol" | "terApel" | "budel" | "zevenaar";

/** The case (input). */
export interface Case {
  /** The applicant. */
  applicant?: Applicant;
  /** The application. */
  application?: Application;
  /** The moment of assessment; gives every deadline a status. The engine has no clock. */
  asOf?: Moment | null;
  /** Caller's reference (≤ 128 characters), echoed back. */
  caseId?: string | null;
  /** The decision on the application, when one has been notified. */
  decision?: DecisionFacts;
  /** Responsibility (AMMR / Dublin III) facts. */
  dublin?: DublinFacts;
  /** Grounds of APR 42(1) (and 42(3) for unaccompanied minors), and inadmissibility. */
  grounds?: Grounds;
  /** Legacy-regime process dates (Vw-old / Vb-old). */
  legacy?: LegacyFacts;
  /** Language of texts: "nl" (default) or "en". */
  locale?: Locale | null;
  /** `true` asks for a decision receipt in the assessment (docs/receipts.md). Not a fact of the case: it is left out of the receipt's input hash. */
  receipt?: boolean | null;
  /** Contract version; must be 1. */
  schemaVersion: number;
  /** Screening facts (SR). */
  screening?: ScreeningFacts;
}

/** A screening component. */
export interface Component {
  /** Legal basis. */
  basis: Basis[];
  /** "identification" | "securityCheck" | "biometrics" | "healthCheck" | "vulnerabilityCheck" | "screeningForm". */
  id: string;
  /** Status. */
  status: ComponentStatus;
}

/** Status of a screening component. */
export type ComponentStatus = "done" | "required" | "notRequired";

/** Crisis outcome. */
export interface CrisisOutcome {
  /** Activations whose period covers a date that mattered for this case. */
  activations: string[];
  /** Derogations applied to this case. */
  derogationsApplied: string[];
}

/** A time limit. */
export interface Deadline {
  /** The limit under an unknown fact that would change it, if established (RULES §0). */
  alternatives?: Alternative[];
  /** The provision setting the limit, then the counting provisions applied. */
  basis: Basis[];
  /** Amsterdam date of the completing act, when recorded in the case (status met/missed). */
  completedAt?: string;
  /** Counting rule: "pr1182", "ammr75", "apr73", "rbpr11", "dublin3Art42", "atw", "atwLiberty", "atwMinimum", "acDays", "acDaysSchiphol". */
  counting: CountingRule;
  /** Last Amsterdam day on which the act is in time. */
  due: string;
  /** The instant the period has run out. */
  expiresAt: string;
  /** Pushed by PR 3(4)/3(5), AMMR 75 or Atw 1–2. */
  extended: boolean;
  /** The maximum extension the law allows, where one is possible. */
  extension?: Extension;
  /** Amsterdam date of the starting event. */
  from: string;
  /** Id of RULES.md §5/§6. */
  id: DeadlineId;
  /** ISO 8601 duration as stated in law. */
  period: string;
  /** "running" | "expired", only with `asOf`. */
  status?: DeadlineStatus;
  /** How days are counted: "calendarDays", "workingDays", "acDays", "hours", "weeks", "months", "years". */
  unit: string;
}

/** Status of a deadline relative to `asOf`. */
export type DeadlineStatus = "running" | "expired" | "met" | "missed";

/** The decision. */
export interface DecisionFacts {
  /** Legacy: the rejection was given within the algemene asielprocedure (Vw-old 69(2)(a)). */
  inGeneralProcedure?: boolean | null;
  /** Kind of decision. */
  kind?: DecisionKind | null;
  /** When it was notified. */
  notifiedAt?: Moment | null;
  /** When the right to remain ended (RBPR 4(2)). */
  rightToRemainEndedAt?: Moment | null;
}

/** Kind of a decision on the application. */
export type DecisionKind = "manifestlyUnfounded" | "unfounded" | "inadmissible" | "dublinTransfer" | "implicitWithdrawal" | "withdrawal" | "subsidiaryProtection" | "refugeeStatus";

/** Responsibility facts. */
export interface DublinFacts {
  /** Absconded (transfer limit up to 3 years; D3: 18 months). */
  absconded?: boolean | null;
  /** When the request was accepted (or the notification confirmed; tacitly or expressly). */
  acceptedAt?: Moment | null;
  /** When the final decision on an appeal with suspensive effect was given (AMMR 46(1)). */
  appealDecidedAt?: Moment | null;
  /** When the applicant was detained, if detained after the application (AMMR 45(1)). */
  detainedAt?: Moment | null;
  /** When the Eurodac or VIS hit was received. */
  eurodacHitAt?: Moment | null;
  /** Imprisoned (transfer limit up to 1 year). */
  imprisoned?: boolean | null;
  /** The applicant was informed that reception lapses on notification of a transfer decision (AMMR 18(1): "provided that the applicant has been informed"). */
  informedOfReceptionLapse?: boolean | null;
  /** The Member State asked (ISO 3166-1 alpha-2). */
  memberState?: string | null;
  /** Another Member State is (or is asked to be) responsible. */
  otherMemberStateResponsible?: boolean | null;
  /** When the request or notification was sent. */
  requestSentAt?: Moment | null;
  /** Take charge or take back. */
  requestType?: RequestType | null;
  /** When the transfer decision was notified. */
  transferDecisionNotifiedAt?: Moment | null;
}

/** One criterion of the key: the Member State's figure, the total over the n Member States, and the share. */
export interface Effect {
  /** The share in percent, 6 decimals, rounded half up (for reading; `share` is exact). */
  percent: string;
  /** state / total, exact. */
  share: Fraction;
  /** The Member State's figure (as given). */
  state: string;
  /** The sum over the n Member States listed. */
  total: string;
}

/** Engine identification. */
export interface EngineInfo {
  /** "sha256:<hex>" of the parameter set used. */
  parameters: string;
  /** Version of the encoded rules. */
  ruleset: string;
  /** Engine version (Cargo package version). */
  version: string;
}

/** Stable error codes (CONTRACT.md). Names are fixed; add, never rename. */
export type ErrorCode = "invalidJson" | "unsupportedSchemaVersion" | "unknownField" | "wrongType" | "invalidDate" | "invalidInstant" | "invalidCountry" | "outOfRange" | "inconsistent" | "tooLarge" | "missingField" | "invalidValue" | "tooManyErrors";

/** The ErrorReport (output for bad input). */
export interface ErrorReport {
  /** Every problem found, in document order. */
  errors: InputError[];
  /** Contract version (1). */
  schemaVersion: number;
}

/** One Eurodac category of the case (EDR 15, 18, 20, 22, 23, 24, 26) with its duty and limit. */
export interface EurodacCategory {
  /** The article of the EDR that sets the duty ("15", "22", "23", "24"). */
  article: string;
  /** The provision setting the duty and limit, then the counting provisions applied. */
  basis: Basis[];
  /** The category: "applicant" (15), "irregularCrossing" (22), "illegalStay" (23), "searchAndRescue" (24). */
  category: string;
  /** Last Amsterdam day of the transmission limit; absent when the event is unknown or the limit is "before release" (EDR 22(4)). */
  due?: string;
  /** The instant the transmission period runs out. */
  expiresAt?: string;
  /** Amsterdam date of the event the transmission limit runs from; absent when unknown. */
  from?: string;
  /** The transmission period as stated in law (PT72H). */
  period: string;
  /** Whether the biometrics must be taken (aged 6 or more on the day of the event); null when the age is unknown. */
  required: boolean | null;
}

/** Eurodac outcome. */
export interface EurodacOutcome {
  /** Whether biometrics must be taken; null when undetermined. */
  biometricsRequired: boolean | null;
  /** The Eurodac categories of Reg. (EU) 2024/1358 the case falls in (RULES §10), each with its duty and limit; omitted when none (the legacy regime, or no act on or after 12-06-2026). */
  categories?: EurodacCategory[];
  /** Minimum age under the applicable regulation. */
  minimumAge: number | null;
}

/** One conclusion with the rule that drew it. */
export interface Explanation {
  /** Where the law says so. Never empty. */
  basis: Basis[];
  /** Stable rule id, e.g. "regime.lodgedOnOrAfterCutover". */
  rule: string;
  /** The conclusion in words, in the assessment's language. */
  text: string;
}

/** A possible extension of a limit (flagged, not applied). */
export interface Extension {
  /** Legal basis of the extension. */
  basis: Basis[];
  /** The last day if fully extended. */
  due: string;
  /** The instant the fully extended period runs out. */
  expiresAt: string;
  /** The period the limit may be extended to, or by, as the law states it. */
  period: string;
}

/** Provenance of both criteria. */
export interface FiguresProvenance {
  /** GDP figures. */
  gdp: Provenance;
  /** Population figures. */
  population: Provenance;
}

/** The figures of the Member States. */
export interface FiguresRequest {
  /** Provenance of the GDP figures. */
  gdp?: Provenance;
  /** Population and GDP of each Member State in the key (the n of AMMR Annex I). */
  memberStates: MemberStateEntry[];
  /** Provenance of the population figures. */
  population?: Provenance;
}

/** An exact fraction: numerator and denominator as decimal strings. */
export interface Fraction {
  /** Denominator (never 0). */
  denominator: string;
  /** Numerator. */
  numerator: string;
}

/** Grounds (APR 42(1)(a)–(j), 42(3); APR 38). */
export interface Grounds {
  /** 42(1)(f), 42(3)(b): danger to national security or public order. */
  dangerToSecurityOrPublicOrder?: boolean | null;
  /** 42(1)(d): applied merely to delay or frustrate removal. */
  delayRemovalOnly?: boolean | null;
  /** An inadmissibility ground of APR 38 (Vw-new 30a) applies. */
  inadmissible?: boolean | null;
  /** Which inadmissibility ground (APR 38(1)(a)–(e), 38(2)); decides the APR 35(1) limit (two months, or ten working days for 38(1)(e)). */
  inadmissibleGround?: InadmissibleGround | null;
  /** 42(1)(b): clearly inconsistent, contradictory, false or improbable statements. */
  inconsistentStatements?: boolean | null;
  /** 42(1)(h): irregular entry or stay, no prompt application without good reason. */
  irregularEntryNoPromptApplication?: boolean | null;
  /** 42(1)(a): only issues not relevant to international protection. */
  irrelevantIssuesOnly?: boolean | null;
  /** 42(1)(i): lawful entry, no prompt application without good reason. */
  lawfulEntryNoPromptApplication?: boolean | null;
  /** 42(1)(j), 42(3)(e): nationality with a recognition rate of 20% or lower (derived from the tables when absent). */
  lowRecognitionRate?: boolean | null;
  /** 42(1)(c), 42(3)(d): misled the authorities or destroyed documents. */
  misledAuthorities?: boolean | null;
  /** 42(1)(e), 42(3)(a): safe country of origin (derived from the tables when absent). */
  safeCountryOfOrigin?: boolean | null;
  /** 42(1)(g), 42(3)(c): subsequent application that is not inadmissible. */
  subsequentNotInadmissible?: boolean | null;
}

/** An inadmissibility ground of APR 38. */
export type InadmissibleGround = "firstCountryOfAsylum" | "safeThirdCountry" | "protectionInOtherMemberState" | "internationalCourtRelocation" | "lateAfterReturnDecision" | "subsequentWithoutNewElements";

/** One problem in an input. */
export interface InputError {
  /** Stable code. */
  code: ErrorCode;
  /** What is wrong, in the case's locale (Dutch by default; English with `"locale":"en"` or a surface's locale option), for people and logs. Codes and paths are the contract. */
  message: string;
  /** JSON Pointer to the offending value ("" for the whole document). */
  path: string;
}

/** Legacy-regime process facts. */
export interface LegacyFacts {
  /** When the application at the border was notified (Vw-old 3(5)). */
  borderNotifiedAt?: Moment | null;
  /** The applicant is an EU national (spoor 2). */
  euNational?: boolean | null;
  /** The AA was extended after its start on a ground of Vb-old 3.115(2). */
  extensionGround?: AaExtensionGround | null;
  /** Counter-indications that allow a family in the old border procedure (Vb-old 5.1a(3)). */
  familyCounterIndications?: boolean | null;
  /** The AA was extended before its start (Vb-old 3.115(1)): decision by day 9. */
  generalProcedureExtended?: boolean | null;
  /** Start of the algemene asielprocedure (AA day 1). */
  generalProcedureStartedAt?: Moment | null;
  /** End of the aanmeldfase (Vb-old 3.108d(8)); the rest period starts the next day. */
  intakeInterviewEndedAt?: Moment | null;
  /** When the intended decision (voornemen) was issued or sent. */
  intendedDecisionAt?: Moment | null;
  /** The interview in spoor 2 (decision by the 8th day after it, Vb-old 3.109ca). */
  interviewAt?: Moment | null;
  /** Nuisance in or near the reception (no rest period, Vb-old 3.109(6)(b)). */
  nuisance?: boolean | null;
  /** Protection already granted in another EU/EEA state or Switzerland (spoor 2). */
  protectionElsewhere?: boolean | null;
  /** NL was found responsible after a Dublin examination (Vw-old 42(6)): when. */
  responsibilityEstablishedAt?: Moment | null;
  /** Suspected untrue identity, nationality or origin data (Vb-old 3.109(6)(d)). */
  suspectedFalseIdentity?: boolean | null;
}

/** Language of the texts in an assessment. */
export type Locale = "nl" | "en";

/** One Member State's figures as the JSON request gives them. */
export interface MemberStateEntry {
  /** Total GDP in the unit of `figures.gdp.unit` (a number, at most 6 decimals). */
  gdp: number;
  /** Population (persons, an integer). */
  population: number;
  /** ISO 3166-1 alpha-2 code of an EU Member State ("GR" for Greece). */
  state: string;
}

/** An unknown fact that could change a conclusion. */
export interface MissingFact {
  /** The conclusions it could change, e.g. "regime.procedure", "procedure.kind", "deadlines.registration". */
  affects: string[];
  /** JSON Pointer into the Case. */
  path: CasePath;
}

/** An RFC 3339 instant with offset, or a YYYY-MM-DD date (that Amsterdam day). */
export type Moment = string;

/** The monitoring record (SR 10, APR 43(4)). */
export interface MonitoringRecord {
  /** Why a record is kept. */
  basis: Basis[];
  /** The facts the engine used (JSON Pointers into the Case). */
  factsUsed: string[];
  /** The rule ids applied. */
  rulesApplied: string[];
}

/** A note on an interpretation or an assumption. */
export interface Note {
  /** The provisions the note is about. */
  basis: Basis[];
  /** What kind of note. */
  kind: NoteKind;
  /** The note in the assessment's language. */
  text: string;
}

/** Kind of a note. */
export type NoteKind = "interpretation" | "assumption" | "info";

/** One computed period. */
export interface PeriodResult {
  /** The counting provisions applied. */
  basis: Basis[];
  /** Counting rule applied. */
  counting: CountingRule;
  /** Last Amsterdam day on which the act is in time. */
  due: string;
  /** The instant the period has run out. */
  expiresAt: string;
  /** Whether the end was pushed by PR 3(4)/3(5) or Atw 1–2. */
  extended: boolean;
  /** Amsterdam date of the starting event. */
  from: string;
  /** Notes (assumptions, exclusions). */
  notes: Note[];
  /** The period as stated in law. */
  period: string;
}

/** The pool: relocations and financial contributions in euro. */
export interface Pool {
  /** Financial contributions in euro (AMMR 12(2)(b)). */
  eur: number;
  /** Relocations (AMMR 12(2)(a)). */
  relocations: number;
}

/** Procedure kind. */
export type ProcedureKind = "asylumBorder" | "accelerated" | "regular" | "dublin" | "inadmissibility" | "legacyDublin" | "legacySafeCountry" | "legacyGeneral" | "legacyBorder";

/** Where the procedure runs. */
export type ProcedureLocation = "acSchiphol" | "ggvZeist" | "terApel";

/** Procedure outcome. */
export interface ProcedureOutcome {
  /** Ids of the grounds that decided it, e.g. "apr42_1_c". */
  grounds: string[];
  /** Kind; null when undetermined. */
  kind: ProcedureKind | null;
  /** Where it runs; null when undetermined. */
  location: ProcedureLocation | null;
  /** Whether the law left no choice; null when undetermined. */
  mandatory: boolean | null;
}

/** Procedure regime. */
export type ProcedureRegime = "pact" | "legacy";

/** Where a set of figures comes from. */
export interface Provenance {
  /** The reference year of the data (Eurostat population: 1 January of that year). */
  referenceYear?: number;
  /** The source (e.g. Eurostat dataset code and extraction date). */
  source?: Source;
  /** The unit (e.g. "persons", "EUR million, current prices"). */
  unit?: string;
}

/** A decision receipt. */
export interface Receipt {
  /** The canonical form hashed ("migratiepact-c14n-1"). */
  canonicalization: string;
  /** Engine version (Cargo package version). */
  engineVersion: string;
  /** "sha256:<hex>" of the canonical case. */
  input: string;
  /** Language of the texts in the assessment (part of the output). */
  locale: Locale;
  /** "sha256:<hex>" of the canonical assessment without its receipt. */
  output: string;
  /** "sha256:<hex>" of the parameter set used. */
  parameters: string;
  /** Receipt format version (1). */
  receiptVersion: number;
  /** Version of the encoded rules. */
  ruleset: string;
}

/** Reception outcome. */
export interface ReceptionOutcome {
  /** Entitled to the material reception conditions; null when undetermined. */
  entitled: boolean | null;
  /** Only a standard of living in line with Union law and the Charter must be ensured. */
  minimumStandardOnly: boolean | null;
}

/** The regime. */
export interface Regime {
  /** Procedure regime; null when undetermined. */
  procedure: ProcedureRegime | null;
  /** Responsibility regime; null when undetermined. */
  responsibility: ResponsibilityRegime | null;
  /** The workstream (information system) that handles the case; null when undetermined. */
  workstream: ProcedureRegime | null;
}

/** Type of a Dublin request. */
export type RequestType = "takeCharge" | "takeBack";

/** Responsibility regime. */
export type ResponsibilityRegime = "ammr" | "dublin3";

/** Screening facts (SR). */
export interface ScreeningFacts {
  /** Apprehension, disembarkation or presentation at the border crossing point (SR 8(3)), or apprehension on the territory (SR 8(4)): the start of the screening limit. */
  apprehendedAt?: Moment | null;
  /** When biometrics were taken (SR 16; EDR). */
  biometricsTakenAt?: Moment | null;
  /** Entered the territory lawfully (e.g. on a visa): SR 7(1) covers only persons who crossed an external border "in an unauthorised manner". */
  enteredLawfully?: boolean | null;
  /** When the screening form was completed (SR 17). */
  formCompletedAt?: Moment | null;
  /** When the preliminary health check was done (SR 12(1)). */
  healthCheckedAt?: Moment | null;
  /** When identity was registered (SR 14). */
  identityRegisteredAt?: Moment | null;
  /** Already screened at the external border (SR 7 applies only to persons not screened). */
  previouslyScreened?: boolean | null;
  /** When the security check was done (SR 15). */
  securityCheckedAt?: Moment | null;
  /** When the screening started. */
  startedAt?: Moment | null;
  /** Apprehended and kept at the external border for more than 72 hours (SR 8(3), 2nd subpara). */
  stayedAtBorderOver72h?: boolean | null;
  /** When the vulnerability check was done (SR 12(3)). */
  vulnerabilityCheckedAt?: Moment | null;
}

/** Screening location. */
export type ScreeningLocation = "schiphol" | "terApel";

/** Screening outcome. */
export interface ScreeningOutcome {
  /** Who screens. */
  authority: Authority | null;
  /** Components with their status. */
  components: Component[];
  /** Where. */
  location: ScreeningLocation | null;
  /** Whether screening is required; null when undetermined. */
  required: boolean | null;
}

/** The answer of [`solidarity_json`]: the key, the fair share, the figures' provenance, and the explanation with its basis. */
export interface Share {
  /** The fair share expressed as a financial contribution in euro. */
  eur: Amount;
  /** Every conclusion with its rule and basis. */
  explanation: Explanation[];
  /** Provenance of the figures used (as given). */
  figures: FiguresProvenance;
  /** GDP effect (AMMR 66(b), Annex I). */
  gdp: Effect;
  /** The key: 50 % population effect + 50 % GDP effect, exact. */
  key: Fraction;
  /** The key in percent, 6 decimals, rounded half up. */
  keyPercent: string;
  /** n: how many Member States the key is computed over. */
  memberStates: number;
  /** Interpretations and assumptions. */
  notes: Note[];
  /** The pool shared. */
  pool: Pool;
  /** Where the pool comes from: "caller" or "ammr12_2Minimum". */
  poolSource: string;
  /** Population effect (AMMR 66(a), Annex I). */
  population: Effect;
  /** The fair share expressed as relocations. */
  relocations: Amount;
  /** Contract version (1). */
  schemaVersion: number;
  /** The Member State. */
  state: string;
}

/** Where the application was made (APR 43(1); SR 5, 7). */
export type Situation = "borderCrossingPoint" | "externalBorderApprehension" | "searchAndRescue" | "relocation" | "territory";

/** The JSON request of [`solidarity_json`]. */
export interface SolidarityRequest {
  /** The figures. */
  figures: FiguresRequest;
  /** "nl" (default) or "en". */
  locale?: Locale | null;
  /** The pool (default: the minimum of AMMR 12(2), 30 000 relocations and EUR 600 million). */
  pool?: Pool | null;
  /** Contract version; must be 1. */
  schemaVersion: number;
  /** The Member State whose share is asked (default "NL"). */
  state?: string | null;
}

/** Where a value comes from. */
export interface Source {
  /** Title or citation (e.g. "Besluit gelijkstelling …, Stcrt. 2025, 24713"). */
  title: string;
  /** Where to read it. */
  url?: string;
}
