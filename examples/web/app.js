// Caseworker form over the `migratiepact` WASM package. Static files only; every conclusion,
// deadline and question comes from the engine (evaluate); this file only builds the Case from
// the inputs and draws the Assessment. No rule logic here.
import { evaluate, version } from "./pkg/index.js";

// ---------------------------------------------------------------------------------------------
// The form: one table of Case fields (JSON Pointer, kind, label nl/en). Kinds: text, country,
// date, instant (date + optional time, Amsterdam), bool (tri-state), enum.

const L = (nl, en) => ({ nl, en });

const ENUMS = {
  situation: [
    ["borderCrossingPoint", L("grensdoorlaatpost of transitzone", "border crossing point or transit zone")],
    ["externalBorderApprehension", L("aangehouden bij irreguliere grensoverschrijding", "apprehended crossing the external border")],
    ["searchAndRescue", L("ontscheept na opsporing en redding", "disembarked after search and rescue")],
    ["relocation", L("herplaatsing", "relocation")],
    ["territory", L("op het grondgebied", "within the territory")],
  ],
  borderLocation: [
    ["schiphol", L("Schiphol", "Schiphol")],
    ["terApel", L("Ter Apel", "Ter Apel")],
    ["budel", L("Budel", "Budel")],
    ["zevenaar", L("Zevenaar", "Zevenaar")],
  ],
  inadmissibleGround: [
    ["firstCountryOfAsylum", L("eerste land van asiel", "first country of asylum")],
    ["safeThirdCountry", L("veilig derde land", "safe third country")],
    ["protectionInOtherMemberState", L("bescherming in andere lidstaat", "protection in another Member State")],
    ["internationalCourtRelocation", L("overbrenging naar internationaal gerecht", "international court relocation")],
    ["lateAfterReturnDecision", L("te laat na terugkeerbesluit", "late, after a return decision")],
    ["subsequentWithoutNewElements", L("opvolgend zonder nieuwe elementen", "subsequent, no new elements")],
  ],
  requestType: [
    ["takeCharge", L("overname (take charge)", "take charge")],
    ["takeBack", L("terugname (take back)", "take back")],
  ],
  decisionKind: [
    ["manifestlyUnfounded", L("kennelijk ongegrond", "manifestly unfounded")],
    ["unfounded", L("ongegrond", "unfounded")],
    ["inadmissible", L("niet-ontvankelijk", "inadmissible")],
    ["dublinTransfer", L("Dublinoverdracht", "Dublin transfer")],
    ["implicitWithdrawal", L("impliciete intrekking", "implicit withdrawal")],
    ["withdrawal", L("intrekking bescherming", "withdrawal of protection")],
    ["subsidiaryProtection", L("subsidiaire bescherming", "subsidiary protection")],
    ["refugeeStatus", L("vluchtelingenstatus", "refugee status")],
  ],
  extensionGround: [
    ["aToE", L("gronden a–e", "grounds a–e")],
    ["f", L("grond f", "ground f")],
    ["g", L("grond g", "ground g")],
  ],
};

const SECTIONS = [
  { key: null, legend: L("Zaak", "Case"), fields: [
    ["/caseId", "text", L("Zaaknummer", "Case number")],
    ["/asOf", "instant", L("Peilmoment (voor de status van termijnen)", "As of (gives each deadline a status)")],
  ] },
  { key: "applicant", legend: L("Vreemdeling", "Applicant"), fields: [
    ["/applicant/dateOfBirth", "date", L("Geboortedatum", "Date of birth")],
    ["/applicant/nationality", "country", L("Nationaliteit (ISO alpha-3, bv. SYR)", "Nationality (ISO alpha-3, e.g. SYR)")],
    ["/applicant/unaccompaniedMinor", "bool", L("Alleenstaande minderjarige", "Unaccompanied minor")],
    ["/applicant/familyWithMinors", "bool", L("Reist met minderjarige kinderen", "Travels with minor children")],
    ["/applicant/borderSupportUnavailable", "bool", L("Bijzondere behoeften niet te bieden aan de grens (53(2)(b)/(c) APR)", "Special needs cannot be met at the border (APR 53(2)(b)/(c))")],
    ["/applicant/medicalReasonsAgainstBorder", "bool", L("Medische redenen tegen grensprocedure (53(2)(d))", "Medical reasons against the border procedure (53(2)(d))")],
    ["/applicant/detentionGuaranteesUnmet", "bool", L("Waarborgen bewaring niet te bieden (53(2)(e))", "Detention guarantees cannot be met (53(2)(e))")],
  ] },
  { key: "application", legend: L("Aanvraag", "Application"), fields: [
    ["/application/madeAt", "instant", L("Verzoek gedaan op", "Application made at")],
    ["/application/registeredAt", "instant", L("Geregistreerd op", "Registered at")],
    ["/application/lodgedAt", "instant", L("Ingediend op", "Lodged at")],
    ["/application/situation", "enum", L("Waar gedaan", "Where made"), "situation"],
    ["/application/borderLocation", "enum", L("Aanmeldcentrum", "Application centre"), "borderLocation"],
    ["/application/subsequent", "bool", L("Opvolgende aanvraag", "Subsequent application")],
    ["/application/detained", "bool", L("In bewaring", "Detained")],
    ["/application/madeToOtherAuthority", "bool", L("Gedaan bij een niet-bevoegde autoriteit", "Made to an authority not competent to register")],
  ] },
  { key: "grounds", legend: L("Gronden (art. 42 en 38 APR)", "Grounds (APR 42 and 38)"), fields: [
    ["/grounds/irrelevantIssuesOnly", "bool", L("Alleen niet-relevante kwesties (a)", "Only irrelevant issues (a)")],
    ["/grounds/inconsistentStatements", "bool", L("Tegenstrijdige of onwaarschijnlijke verklaringen (b)", "Inconsistent or improbable statements (b)")],
    ["/grounds/misledAuthorities", "bool", L("Autoriteiten misleid / documenten vernietigd (c)", "Misled the authorities / destroyed documents (c)")],
    ["/grounds/delayRemovalOnly", "bool", L("Alleen om verwijdering te vertragen (d)", "Only to delay removal (d)")],
    ["/grounds/safeCountryOfOrigin", "bool", L("Veilig land van herkomst (e)", "Safe country of origin (e)")],
    ["/grounds/dangerToSecurityOrPublicOrder", "bool", L("Gevaar voor nationale veiligheid of openbare orde (f)", "Danger to national security or public order (f)")],
    ["/grounds/subsequentNotInadmissible", "bool", L("Opvolgend, niet niet-ontvankelijk (g)", "Subsequent, not inadmissible (g)")],
    ["/grounds/irregularEntryNoPromptApplication", "bool", L("Irreguliere binnenkomst, niet tijdig aangevraagd (h)", "Irregular entry, no prompt application (h)")],
    ["/grounds/lawfulEntryNoPromptApplication", "bool", L("Rechtmatige binnenkomst, niet tijdig aangevraagd (i)", "Lawful entry, no prompt application (i)")],
    ["/grounds/lowRecognitionRate", "bool", L("Inwilligingspercentage ≤ 20% (j)", "Recognition rate ≤ 20% (j)")],
    ["/grounds/inadmissible", "bool", L("Niet-ontvankelijkheidsgrond (art. 38 APR)", "Inadmissibility ground (APR 38)")],
    ["/grounds/inadmissibleGround", "enum", L("Welke niet-ontvankelijkheidsgrond", "Which inadmissibility ground"), "inadmissibleGround"],
  ] },
  { key: "screening", legend: L("Screening", "Screening"), fields: [
    ["/screening/apprehendedAt", "instant", L("Aangehouden / aangemeld op", "Apprehended / presented at")],
    ["/screening/startedAt", "instant", L("Screening gestart", "Screening started")],
    ["/screening/biometricsTakenAt", "instant", L("Biometrie afgenomen", "Biometrics taken")],
    ["/screening/identityRegisteredAt", "instant", L("Identiteit geregistreerd", "Identity registered")],
    ["/screening/securityCheckedAt", "instant", L("Veiligheidscontrole", "Security check")],
    ["/screening/healthCheckedAt", "instant", L("Gezondheidscontrole", "Health check")],
    ["/screening/vulnerabilityCheckedAt", "instant", L("Kwetsbaarheidscontrole", "Vulnerability check")],
    ["/screening/formCompletedAt", "instant", L("Screeningsformulier voltooid", "Screening form completed")],
    ["/screening/stayedAtBorderOver72h", "bool", L("Langer dan 72 uur aan de grens", "Kept at the border over 72 hours")],
    ["/screening/previouslyScreened", "bool", L("Al eerder gescreend", "Previously screened")],
  ] },
  { key: "dublin", legend: L("Verantwoordelijkheid (Dublin)", "Responsibility (Dublin)"), fields: [
    ["/dublin/otherMemberStateResponsible", "bool", L("Andere lidstaat verantwoordelijk", "Another Member State responsible")],
    ["/dublin/requestType", "enum", L("Soort verzoek", "Request type"), "requestType"],
    ["/dublin/memberState", "text", L("Aangezochte lidstaat (alpha-2, bv. DE)", "Member State asked (alpha-2, e.g. DE)")],
    ["/dublin/eurodacHitAt", "instant", L("Eurodac-treffer", "Eurodac hit")],
    ["/dublin/requestSentAt", "instant", L("Verzoek verzonden", "Request sent")],
    ["/dublin/acceptedAt", "instant", L("Verzoek aanvaard", "Request accepted")],
    ["/dublin/appealDecidedAt", "instant", L("Beroep beslist", "Appeal decided")],
    ["/dublin/transferDecisionNotifiedAt", "instant", L("Overdrachtsbesluit bekendgemaakt", "Transfer decision notified")],
    ["/dublin/detainedAt", "instant", L("In bewaring gesteld", "Detained at")],
    ["/dublin/imprisoned", "bool", L("Gedetineerd", "Imprisoned")],
    ["/dublin/absconded", "bool", L("Ondergedoken", "Absconded")],
  ] },
  { key: "decision", legend: L("Besluit", "Decision"), fields: [
    ["/decision/kind", "enum", L("Soort besluit", "Kind of decision"), "decisionKind"],
    ["/decision/notifiedAt", "instant", L("Bekendgemaakt op", "Notified at")],
    ["/decision/rightToRemainEndedAt", "instant", L("Recht op verblijf geëindigd", "Right to remain ended")],
    ["/decision/inGeneralProcedure", "bool", L("Besluit in de algemene asielprocedure", "Decision within the general procedure")],
  ] },
  { key: "legacy", legend: L("Oud regime (Vw/Vb tot 12-06-2026)", "Legacy regime (Vw/Vb before 12-06-2026)"), fields: [
    ["/legacy/intakeInterviewEndedAt", "instant", L("Aanmeldgehoor afgerond", "Intake interview ended")],
    ["/legacy/generalProcedureStartedAt", "instant", L("Start algemene asielprocedure (AA dag 1)", "General procedure started (AA day 1)")],
    ["/legacy/generalProcedureExtended", "bool", L("AA vóór de start verlengd", "AA extended before its start")],
    ["/legacy/extensionGround", "enum", L("Verlengingsgrond na start (3.115(2) Vb)", "Extension ground after start (Vb 3.115(2))"), "extensionGround"],
    ["/legacy/intendedDecisionAt", "instant", L("Voornemen uitgebracht", "Intended decision issued")],
    ["/legacy/borderNotifiedAt", "instant", L("Aanvraag aan de grens bekendgemaakt", "Border application notified")],
    ["/legacy/interviewAt", "instant", L("Gehoor spoor 2", "Track 2 interview")],
    ["/legacy/nuisance", "bool", L("Overlast", "Nuisance")],
    ["/legacy/suspectedFalseIdentity", "bool", L("Vermoeden onjuiste identiteit", "Suspected false identity")],
    ["/legacy/protectionElsewhere", "bool", L("Bescherming elders in de EU", "Protection elsewhere in the EU")],
    ["/legacy/euNational", "bool", L("EU-onderdaan", "EU national")],
    ["/legacy/familyCounterIndications", "bool", L("Contra-indicaties gezin (5.1a(3) Vb)", "Family counter-indications (Vb 5.1a(3))")],
    ["/legacy/responsibilityEstablishedAt", "instant", L("Verantwoordelijkheid NL vastgesteld", "NL found responsible at")],
  ] },
].map((s) => ({
  ...s,
  fields: s.fields.map(([path, kind, label, enumKey]) => ({ path, kind, label, enumKey })),
}));

const FIELDS = SECTIONS.flatMap((s) => s.fields);
const FIELD_BY_PATH = new Map(FIELDS.map((f) => [f.path, f]));

// ---------------------------------------------------------------------------------------------
// Interface texts and the names of output values.

const T = {
  title: L("Migratiepact — beoordeling asielaanvraag", "Migration Pact — asylum application assessment"),
  subtitle: L(
    "Vul in wat bekend is. Leeg of ‘onbekend’ betekent: nog niet bekend. De uitkomst wordt bij elke wijziging opnieuw berekend, in uw browser.",
    "Fill in what is known. Empty or ‘unknown’ means: not known yet. The outcome is recomputed on every change, in your browser.",
  ),
  skipToResults: L("Naar de uitkomst", "Skip to the outcome"),
  langHint: L("Wissel de taal van het formulier en de uitkomst", "Switch the language of the form and the outcome"),
  reset: L("Formulier leegmaken", "Clear the form"),
  loading: L("Engine wordt geladen…", "Loading the engine…"),
  ready: L("Klaar. Elke wijziging wordt direct beoordeeld.", "Ready. Every change is assessed at once."),
  results: L("Uitkomst", "Outcome"),
  nextQuestions: L("Volgende vragen", "Next questions"),
  nextHint: L("Deze feiten zijn onbekend en kunnen de uitkomst veranderen.", "These facts are unknown and could change the outcome."),
  noneMissing: L("Geen openstaande vragen.", "No open questions."),
  summary: L("Regime, screening en procedure", "Regime, screening and procedure"),
  deadlines: L("Termijnen", "Deadlines"),
  timelineHint: L(
    "Elke balk loopt van de startdatum tot de laatste dag. Beweeg over of klik op een balk (of gebruik Tab en Enter) voor de wettelijke grondslag.",
    "Each bar runs from the start date to the last day. Hover or click a bar (or use Tab and Enter) for its legal basis.",
  ),
  noDeadlines: L("Nog geen termijnen te berekenen.", "No deadlines can be computed yet."),
  explanation: L("Toelichting per conclusie", "Explanation of each conclusion"),
  notes: L("Opmerkingen", "Notes"),
  rawJson: L("Invoer en uitvoer (JSON)", "Input and output (JSON)"),
  input: L("Invoer", "Input"),
  output: L("Uitvoer", "Output"),
  unknown: L("onbekend", "unknown"),
  yes: L("ja", "yes"),
  no: L("nee", "no"),
  time: L("tijd (optioneel)", "time (optional)"),
  errorsTitle: L("De invoer bevat fouten; los die eerst op:", "The input has errors; fix these first:"),
  fieldsWithErrors: L("fout(en) bij de velden", "error(s) at the fields"),
  regimeProcedure: L("Procedureregime", "Procedure regime"),
  regimeResponsibility: L("Verantwoordelijkheidsregime", "Responsibility regime"),
  workstream: L("Werkstroom", "Workstream"),
  screeningRequired: L("Screening", "Screening"),
  screeningBy: L("Screening door / waar", "Screened by / where"),
  components: L("Onderdelen screening", "Screening components"),
  procedureKind: L("Procedure", "Procedure"),
  mandatory: L("Verplicht", "Mandatory"),
  procedureGrounds: L("Bepalende gronden", "Deciding grounds"),
  location: L("Locatie", "Location"),
  reception: L("Opvang", "Reception"),
  required: L("vereist", "required"),
  notRequired: L("niet vereist", "not required"),
  from: L("vanaf", "from"),
  due: L("laatste dag", "last day"),
  expiresAt: L("verstrijkt", "runs out"),
  period: L("termijn", "period"),
  extended: L("verlengd (weekend/feestdag)", "extended (weekend/holiday)"),
  extension: L("maximale verlenging", "maximum extension"),
  basis: L("Grondslag", "Legal basis"),
  counting: L("telling", "counting"),
  status: L("status", "status"),
  asOf: L("peilmoment", "as of"),
  affects: L("bepaalt", "affects"),
};

const VALUE_NAMES = {
  pact: L("Pact (APR, Vw nieuw)", "Pact (APR, new Vw)"),
  legacy: L("Oud regime (Vw/Vb oud)", "Legacy (old Vw/Vb)"),
  ammr: L("AMMR", "AMMR"),
  dublin3: L("Dublin III", "Dublin III"),
  kmar: L("Koninklijke Marechaussee", "Royal Netherlands Marechaussee"),
  ind: L("IND", "IND"),
  schiphol: L("Schiphol", "Schiphol"),
  terApel: L("Ter Apel", "Ter Apel"),
  asylumBorder: L("Asielgrensprocedure", "Asylum border procedure"),
  accelerated: L("Versnelde behandeling", "Accelerated procedure"),
  regular: L("Reguliere behandeling", "Regular procedure"),
  dublin: L("Dublinprocedure", "Dublin procedure"),
  inadmissibility: L("Niet-ontvankelijkheid", "Inadmissibility"),
  legacyDublin: L("Spoor 1: Dublin (oud)", "Track 1: Dublin (legacy)"),
  legacySafeCountry: L("Spoor 2: veilig land (oud)", "Track 2: safe country (legacy)"),
  legacyGeneral: L("Spoor 4: algemene asielprocedure (oud)", "Track 4: general asylum procedure (legacy)"),
  legacyBorder: L("Grensprocedure (oud)", "Border procedure (legacy)"),
  acSchiphol: L("Aanmeldcentrum Schiphol", "Application centre Schiphol"),
  ggvZeist: L("Gesloten gezinsvoorziening Zeist", "Closed family facility Zeist"),
  done: L("gedaan", "done"),
  required: L("nog te doen", "to do"),
  notRequired: L("niet nodig", "not needed"),
  running: L("loopt", "running"),
  expired: L("verstreken", "expired"),
  identification: L("identificatie", "identification"),
  securityCheck: L("veiligheidscontrole", "security check"),
  biometrics: L("biometrie", "biometrics"),
  healthCheck: L("gezondheidscontrole", "health check"),
  vulnerabilityCheck: L("kwetsbaarheid", "vulnerability"),
  screeningForm: L("screeningsformulier", "screening form"),
};

const DEADLINE_NAMES = {
  screening: L("Screening", "Screening"),
  registration: L("Registratie", "Registration"),
  lodging: L("Indiening", "Lodging"),
  eurodacTransmission: L("Eurodac-doorzending", "Eurodac transmission"),
  vulnerabilityAssessment: L("Beoordeling opvangbehoeften", "Reception needs assessment"),
  receptionInformation: L("Informatie over opvang", "Reception information"),
  dublinTransfer: L("Dublinoverdracht", "Dublin transfer"),
  borderDecision: L("Beslissing grensprocedure", "Border procedure decision"),
  borderProcedureEnd: L("Einde grensprocedure", "End of border procedure"),
  returnBorderProcedureEnd: L("Einde terugkeergrensprocedure", "End of return border procedure"),
  examination: L("Beslistermijn", "Examination"),
  appeal: L("Beroepstermijn", "Appeal"),
  legacyRegistration: L("Registratie (oud)", "Registration (legacy)"),
  legacyRestPeriod: L("Rust- en voorbereidingstermijn", "Rest and preparation period"),
  legacyGeneralProcedureDecision: L("Beslissing AA", "AA decision"),
  legacyIntendedDecisionViews: L("Zienswijze op voornemen", "Views on intended decision"),
  legacyDecision: L("Beslistermijn (oud)", "Decision period (legacy)"),
  legacyBorderEntry: L("Toegang na grensprocedure (oud)", "Entry after border procedure (legacy)"),
  legacyDublinViews: L("Zienswijze Dublin (oud)", "Dublin views (legacy)"),
  legacySafeCountryDecision: L("Beslissing spoor 2", "Track 2 decision"),
  legacySafeCountryViews: L("Zienswijze spoor 2", "Track 2 views"),
  legacyAppeal: L("Beroepstermijn (oud)", "Appeal (legacy)"),
};

// ---------------------------------------------------------------------------------------------
// State and small helpers.

let lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "nl";
let lastResult = null;
let selectedDeadline = null;

const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c != null) e.append(c);
  return e;
};
const SVG = "http://www.w3.org/2000/svg";
const svg = (tag, attrs = {}, ...children) => {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) e.setAttribute(k, v);
  for (const c of children.flat()) if (c != null) e.append(c);
  return e;
};
const t = (key) => (T[key] ? T[key][lang] : key);
const name = (v) => (v == null ? null : VALUE_NAMES[v] ? VALUE_NAMES[v][lang] : String(v));
const idFor = (path) => "f" + path.replace(/\//g, "-");
const humanize = (id) => id.replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase());
const deadlineName = (id) => (DEADLINE_NAMES[id] ? DEADLINE_NAMES[id][lang] : humanize(id));
const fmtDate = (iso) => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(lang === "nl" ? "nl-NL" : "en-GB", {
    day: "numeric", month: "short", year: "numeric", timeZone: "UTC",
  });
};
const dayNumber = (iso) => {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86400000;
};
const isoOfDay = (n) => new Date(n * 86400000).toISOString().slice(0, 10);

// The UTC offset of Europe/Amsterdam at a local date and time ("+02:00"), so that a time typed
// in the form becomes an RFC 3339 instant. Presentation only: the engine does the law's time.
function amsterdamOffset(date, time) {
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  const local = Date.UTC(y, mo - 1, d, h, mi);
  const fmt = new Intl.DateTimeFormat("en-US", {
    timeZone: "Europe/Amsterdam", hourCycle: "h23", year: "numeric", month: "2-digit",
    day: "2-digit", hour: "2-digit", minute: "2-digit",
  });
  const offsetAt = (ms) => {
    const p = Object.fromEntries(fmt.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
    return (Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - ms) / 60000;
  };
  let off = offsetAt(local - 60 * 60000);
  off = offsetAt(local - off * 60000);
  const sign = off < 0 ? "-" : "+";
  const a = Math.abs(off);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
}

// ---------------------------------------------------------------------------------------------
// Building the form.

function buildForm() {
  const form = $("#case-form");
  for (const section of SECTIONS) {
    const fs = el("fieldset", { id: `section-${section.key || "case"}` },
      el("legend", { "data-legend": section.key || "case" }));
    for (const f of section.fields) fs.append(buildField(f));
    form.append(fs);
  }
}

function buildField(f) {
  const id = idFor(f.path);
  const errId = `${id}-error`;
  const common = { id, name: f.path, "data-path": f.path, "aria-describedby": errId };
  let control;
  if (f.kind === "bool") {
    control = el("select", common,
      el("option", { value: "" }), el("option", { value: "true" }), el("option", { value: "false" }));
  } else if (f.kind === "enum") {
    control = el("select", common, el("option", { value: "" }),
      ENUMS[f.enumKey].map(([v]) => el("option", { value: v })));
  } else if (f.kind === "date") {
    control = el("input", { ...common, type: "date", min: "1900-01-01", max: "2199-12-31" });
  } else if (f.kind === "instant") {
    const timeId = `${id}-time`;
    control = el("span", { class: "control" },
      el("input", { ...common, type: "date", min: "1900-01-01", max: "2199-12-31" }),
      el("label", { for: timeId, class: "time-label", "data-time-label": "" }),
      el("input", { id: timeId, type: "time", "data-time-for": f.path, "aria-describedby": errId }));
  } else {
    const extra = f.kind === "country"
      ? { autocapitalize: "characters", maxlength: "3", spellcheck: "false" }
      : { maxlength: "128" };
    control = el("input", { ...common, type: "text", autocomplete: "off", ...extra });
  }
  return el("div", { class: "field", "data-field": f.path },
    el("label", { for: id, "data-label": f.path }),
    control,
    el("span", { class: "field-error", id: errId, "aria-live": "polite" }));
}

function applyLanguage() {
  document.documentElement.lang = lang;
  for (const n of document.querySelectorAll("[data-i18n]")) n.textContent = t(n.dataset.i18n);
  document.title = t("title");
  $("#lang-toggle").textContent = lang === "nl" ? "English" : "Nederlands";
  $("#lang-toggle").setAttribute("lang", lang === "nl" ? "en" : "nl");
  for (const s of SECTIONS) $(`[data-legend="${s.key || "case"}"]`).textContent = s.legend[lang];
  for (const f of FIELDS) {
    $(`[data-label="${f.path}"]`).textContent = f.label[lang];
    const ctl = document.getElementById(idFor(f.path));
    if (f.kind === "bool") {
      const [u, y, n] = ctl.options;
      u.textContent = `— ${t("unknown")} —`; y.textContent = t("yes"); n.textContent = t("no");
    } else if (f.kind === "enum") {
      ctl.options[0].textContent = `— ${t("unknown")} —`;
      ENUMS[f.enumKey].forEach(([, label], i) => { ctl.options[i + 1].textContent = label[lang]; });
    } else if (f.kind === "instant") {
      $(`label[for="${idFor(f.path)}-time"]`).textContent = `${f.label[lang]}: ${t("time")}`;
    }
  }
  $("#next-list").dataset.none = t("noneMissing");
}

// ---------------------------------------------------------------------------------------------
// Form → Case.

function readCase() {
  const c = { schemaVersion: 1, locale: lang };
  for (const f of FIELDS) {
    const ctl = document.getElementById(idFor(f.path));
    let v = ctl.value.trim();
    if (v === "") continue;
    if (f.kind === "bool") v = v === "true";
    else if (f.kind === "country") v = v.toUpperCase();
    else if (f.kind === "instant") {
      const time = document.getElementById(`${idFor(f.path)}-time`).value;
      if (time && /^\d{4}-\d{2}-\d{2}$/.test(v)) v = `${v}T${time}:00${amsterdamOffset(v, time)}`;
    }
    const [, section, key] = f.path.split("/");
    if (key === undefined) c[section] = v;
    else (c[section] ??= {})[key] = v;
  }
  return c;
}

// ---------------------------------------------------------------------------------------------
// Assessment → page.

let lastInputText = null;

function run(force = false) {
  const input = readCase();
  const text = JSON.stringify(input);
  // "input" and "change" both fire for most controls: evaluate once per actual change.
  if (!force && text === lastInputText) return;
  lastInputText = text;
  const r = evaluate(input);
  lastResult = r;
  $("#json-in").textContent = JSON.stringify(input, null, 2);
  $("#json-out").textContent = JSON.stringify(r, null, 2);
  showFieldErrors(r.type === "errors" ? r.errors : []);
  if (r.type === "errors") {
    document.body.dataset.state = "errors";
    showQuestions([]);
    $("#summary-list").replaceChildren();
    $("#timeline-chart").replaceChildren();
    $("#deadline-detail").replaceChildren();
    $("#explanation-list").replaceChildren();
    $("#notes-list").replaceChildren();
    return;
  }
  document.body.dataset.state = "assessment";
  showQuestions(r.missingFacts);
  showSummary(r);
  showTimeline(r, input.asOf);
  showExplanation(r);
}

function showFieldErrors(errors) {
  for (const n of document.querySelectorAll(".field.invalid")) n.classList.remove("invalid");
  for (const n of document.querySelectorAll(".field-error")) n.textContent = "";
  for (const n of document.querySelectorAll("[aria-invalid]")) n.removeAttribute("aria-invalid");
  const unplaced = [];
  for (const e of errors) {
    // The field itself, or the nearest field or section the pointer lies under.
    let p = e.path;
    let field = null;
    while (p && !(field = document.querySelector(`.field[data-field="${CSS.escape(p)}"]`))) {
      p = p.slice(0, p.lastIndexOf("/"));
    }
    if (field && p === e.path) {
      field.classList.add("invalid");
      field.querySelector("[data-path]").setAttribute("aria-invalid", "true");
      const msg = field.querySelector(".field-error");
      msg.textContent = (msg.textContent ? msg.textContent + " " : "") + `${e.message} (${e.code})`;
    } else {
      unplaced.push(e);
    }
  }
  const box = $("#error-summary");
  if (!errors.length) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  box.hidden = false;
  const placed = errors.length - unplaced.length;
  box.replaceChildren(
    el("strong", { text: t("errorsTitle") }),
    el("ul", {},
      placed ? el("li", {}, `${placed} ${t("fieldsWithErrors")}: `,
        errors.filter((e) => !unplaced.includes(e)).map((e, i) =>
          [i ? ", " : "", el("a", { href: `#${idFor(e.path)}`, text: FIELD_BY_PATH.get(e.path)?.label[lang] ?? e.path })])) : null,
      unplaced.map((e) => el("li", { text: `${e.path || "/"}: ${e.message} (${e.code})` }))),
  );
}

function showQuestions(missing) {
  for (const n of document.querySelectorAll(".field.ask")) n.classList.remove("ask");
  const list = $("#next-list");
  list.replaceChildren();
  $("#next").classList.toggle("none", missing.length === 0);
  for (const m of missing) {
    const f = FIELD_BY_PATH.get(m.path);
    const field = document.querySelector(`.field[data-field="${CSS.escape(m.path)}"]`);
    if (field) field.classList.add("ask");
    const label = f ? f.label[lang] : m.path;
    const link = el("a", {
      href: `#${idFor(m.path)}`, "data-missing": m.path, text: label,
      onclick: (ev) => {
        ev.preventDefault();
        const ctl = document.getElementById(idFor(m.path));
        if (ctl) {
          ctl.scrollIntoView({ block: "center", behavior: "smooth" });
          ctl.focus({ preventScroll: true });
        }
      },
    });
    list.append(el("li", {}, link, " ", el("span", { class: "affects", text: `(${t("affects")}: ${m.affects.join(", ")})` })));
  }
}

function row(label, value, attrs = {}) {
  const dd = value == null || value === ""
    ? el("dd", { class: "unknown", ...attrs, text: t("unknown") })
    : el("dd", attrs, value);
  return [el("dt", { text: label }), dd];
}

function showSummary(r) {
  const yesNo = (b) => (b == null ? null : b ? t("yes") : t("no"));
  const comps = r.screening.components.map((c) =>
    el("span", { class: `tag ${c.status}`, title: c.basis.map((b) => `${b.act} ${b.article}`).join("; "),
      text: `${name(c.id)}: ${name(c.status)}` }));
  const screening = r.screening.required == null ? null : r.screening.required ? t("required") : t("notRequired");
  const by = [name(r.screening.authority), name(r.screening.location)].filter(Boolean).join(" — ");
  $("#summary-list").replaceChildren(
    ...row(t("regimeProcedure"), name(r.regime.procedure), { "data-out": "regime.procedure", "data-value": r.regime.procedure ?? "" }),
    ...row(t("regimeResponsibility"), name(r.regime.responsibility), { "data-out": "regime.responsibility", "data-value": r.regime.responsibility ?? "" }),
    ...row(t("workstream"), name(r.regime.workstream), { "data-out": "regime.workstream", "data-value": r.regime.workstream ?? "" }),
    ...row(t("screeningRequired"), screening, { "data-out": "screening.required", "data-value": String(r.screening.required) }),
    ...row(t("screeningBy"), by || null, { "data-out": "screening.location", "data-value": r.screening.location ?? "" }),
    ...(comps.length ? row(t("components"), el("span", {}, comps)) : []),
    ...row(t("procedureKind"), name(r.procedure.kind), { "data-out": "procedure.kind", "data-value": r.procedure.kind ?? "" }),
    ...row(t("mandatory"), yesNo(r.procedure.mandatory), { "data-out": "procedure.mandatory" }),
    ...(r.procedure.grounds.length ? row(t("procedureGrounds"), r.procedure.grounds.join(", ")) : []),
    ...row(t("location"), name(r.procedure.location), { "data-out": "procedure.location", "data-value": r.procedure.location ?? "" }),
    ...row(t("reception"), yesNo(r.reception.entitled), { "data-out": "reception.entitled" }),
  );
}

// The timeline: one row per deadline on a shared date axis (SVG), bar from `from` to `due`,
// a dashed line to the end of the maximum extension, and a marker at `asOf`.
function showTimeline(r, asOf) {
  const chart = $("#timeline-chart");
  const detail = $("#deadline-detail");
  const ds = r.deadlines;
  if (!ds.length) {
    chart.replaceChildren(el("p", { class: "tl-empty", text: t("noDeadlines") }));
    detail.replaceChildren();
    return;
  }
  const days = ds.flatMap((d) => [dayNumber(d.from), dayNumber(d.due), d.extension ? dayNumber(d.extension.due) : null])
    .filter((x) => x != null);
  const asOfDay = asOf ? dayNumber(asOf) : null;
  if (asOfDay != null) days.push(asOfDay);
  let lo = Math.min(...days) - 1;
  let hi = Math.max(...days) + 2;
  const W = 760, left = 190, right = 90, top = 26, rowH = 26;
  const H = top + ds.length * rowH + 8;
  const x = (day) => left + ((day - lo) / (hi - lo)) * (W - left - right);

  // Axis ticks: days, weeks or months, whichever gives about 4–10 ticks.
  const span = hi - lo;
  const ticks = [];
  if (span <= 21) for (let dd = Math.ceil(lo); dd <= hi; dd += span <= 10 ? 1 : 2) ticks.push(dd);
  else if (span <= 120) {
    let dd = Math.ceil(lo);
    while (new Date(dd * 86400000).getUTCDay() !== 1) dd++;
    for (; dd <= hi; dd += span <= 60 ? 7 : 14) ticks.push(dd);
  } else {
    const start = new Date(lo * 86400000);
    const step = span <= 400 ? 1 : span <= 1200 ? 3 : 6;
    for (let m = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)); m.getTime() / 86400000 <= hi;
      m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + step, 1))) ticks.push(m.getTime() / 86400000);
  }
  const axis = svg("g", { class: "tl-axis" },
    ticks.map((d) => svg("g", {},
      svg("line", { x1: x(d), x2: x(d), y1: top - 6, y2: H - 4 }),
      svg("text", { x: x(d), y: top - 10, "text-anchor": "middle" }, fmtDate(isoOfDay(d))))));

  const rows = ds.map((d, i) => {
    const y = top + i * rowH;
    const x0 = x(dayNumber(d.from));
    const x1 = x(dayNumber(d.due) + 1); // the bar covers the last day
    const basisText = d.basis.map((b) => `${b.act} ${b.article}`).join("; ");
    const tip = `${deadlineName(d.id)}: ${fmtDate(d.from)} → ${fmtDate(d.due)} (${d.period})\n${t("basis")}: ${basisText}`;
    const g = svg("g", {
      class: `tl-row${selectedDeadline === d.id ? " selected" : ""}`, tabindex: "0", role: "button",
      "data-deadline": d.id, "aria-label": tip.replace("\n", ". "),
    },
      svg("title", {}, tip),
      svg("text", { class: "tl-label", x: left - 8, y: y + 15, "text-anchor": "end" }, deadlineName(d.id)),
      d.extension ? svg("line", { class: "tl-ext", x1: x1, x2: x(dayNumber(d.extension.due) + 1), y1: y + 11, y2: y + 11 }) : null,
      svg("rect", {
        class: `tl-bar${d.status === "expired" ? " expired" : ""}${d.extended ? " extended" : ""}`,
        x: x0, y: y + 3, width: Math.max(2, x1 - x0), height: 16, rx: 3,
      }),
      svg("text", { class: "tl-due", x: Math.max(x1, d.extension ? x(dayNumber(d.extension.due) + 1) : 0) + 5, y: y + 15 }, fmtDate(d.due)));
    const open = () => { selectedDeadline = d.id; showDeadline(d); markSelected(); };
    g.addEventListener("click", open);
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); open(); } });
    return g;
  });
  const marker = asOfDay == null ? null : svg("g", { class: "tl-asof" },
    svg("line", { x1: x(asOfDay), x2: x(asOfDay), y1: top - 4, y2: H - 2 }),
    svg("text", { x: x(asOfDay) + 3, y: H - 2 }, t("asOf")));
  const focused = document.activeElement?.closest?.(".tl-row")?.dataset.deadline;
  chart.replaceChildren(svg("svg", {
    viewBox: `0 0 ${W} ${H}`, role: "group", "aria-labelledby": "timeline-title",
  }, axis, rows, marker));
  if (focused) chart.querySelector(`.tl-row[data-deadline="${CSS.escape(focused)}"]`)?.focus();
  const sel = ds.find((d) => d.id === selectedDeadline);
  if (sel) showDeadline(sel); else detail.replaceChildren();
}

function markSelected() {
  for (const g of document.querySelectorAll(".tl-row")) g.classList.toggle("selected", g.dataset.deadline === selectedDeadline);
}

function basisList(basis) {
  return el("ul", { class: "basis" }, basis.map((b) =>
    el("li", {}, `${b.act} art. ${b.article} `, el("a", { href: b.uri, target: "_blank", rel: "noopener", text: b.uri }))));
}

function showDeadline(d) {
  const facts = [
    `${t("period")}: ${d.period} (${d.unit}, ${t("counting")} ${d.counting})`,
    `${t("from")}: ${fmtDate(d.from)}`,
    `${t("due")}: ${fmtDate(d.due)} — ${t("expiresAt")} ${d.expiresAt}`,
    d.extended ? t("extended") : null,
    d.status ? `${t("status")}: ${name(d.status)}` : null,
    d.extension ? `${t("extension")}: ${d.extension.period} → ${fmtDate(d.extension.due)}` : null,
  ].filter(Boolean);
  $("#deadline-detail").replaceChildren(
    el("h4", { text: deadlineName(d.id) }),
    el("p", {}, facts.join(" · ")),
    el("strong", { text: t("basis") }),
    basisList(d.basis),
    d.extension ? el("strong", { text: `${t("basis")} — ${t("extension")}` }) : null,
    d.extension ? basisList(d.extension.basis) : null,
  );
}

function showExplanation(r) {
  $("#explanation-list").replaceChildren(...r.explanation.map((x) =>
    el("li", {}, el("div", { text: x.text }),
      el("code", { text: x.rule }), " ",
      el("span", { class: "basis" }, x.basis.map((b) => el("a", { href: b.uri, target: "_blank", rel: "noopener", text: `${b.act} ${b.article}` }))))));
  $("#notes-list").replaceChildren(...r.notes.map((n) =>
    el("li", {}, `[${n.kind}] ${n.text} `,
      el("span", { class: "basis" }, n.basis.map((b) => el("a", { href: b.uri, target: "_blank", rel: "noopener", text: `${b.act} ${b.article}` }))))));
}

// ---------------------------------------------------------------------------------------------

buildForm();
applyLanguage();
$("#engine-version").textContent = `engine ${version()}`;
const form = $("#case-form");
form.addEventListener("input", () => run());
form.addEventListener("change", () => run());
form.addEventListener("submit", (e) => e.preventDefault());
$("#lang-toggle").addEventListener("click", () => {
  lang = lang === "nl" ? "en" : "nl";
  applyLanguage();
  run(true);
});
$("#reset").addEventListener("click", () => {
  form.reset();
  selectedDeadline = null;
  run(true);
});
$("#form-status").textContent = t("ready");
$("#form-status").dataset.i18n = "ready";
run();
document.body.dataset.ready = "true";
