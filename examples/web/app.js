// Caseworker form over the `migratiepact` WASM package. Static files only. Every conclusion,
// deadline, question and legal word comes from the engine: `evaluate` for the Assessment,
// `labels(locale)` for the words of every id (procedure kinds, grounds, deadlines, counting
// rules, acts, the question of each fact). This file holds the layout of the form, the
// interface's own words (buttons, headings, date hints) and the reading of dates; no rule logic.
import { evaluate, version, labels } from "./pkg/index.js";

// ---------------------------------------------------------------------------------------------
// The form: the Case fields in the order of the procedure. Kinds: text, country, date, instant
// (date + optional 24-hour time, Amsterdam), bool (tri-state), enum (values from a label group).
// The question of each field is the engine's `labels().fact[path]`.

const SECTIONS = [
  ["case", [["/caseId", "text"], ["/asOf", "instant"]]],
  ["application", [
    ["/application/situation", "enum", "situation"],
    ["/application/borderLocation", "enum", "borderLocation"],
    ["/application/madeAt", "instant"],
    ["/application/registeredAt", "instant"],
    ["/application/lodgedAt", "instant"],
    ["/application/subsequent", "bool"],
    ["/application/detained", "bool"],
    ["/application/madeToOtherAuthority", "bool"],
  ]],
  ["applicant", [
    ["/applicant/nationality", "country"],
    ["/applicant/dateOfBirth", "date"],
    ["/applicant/familyWithMinors", "bool"],
    ["/applicant/unaccompaniedMinor", "bool"],
    ["/applicant/borderSupportUnavailable", "bool"],
    ["/applicant/medicalReasonsAgainstBorder", "bool"],
    ["/applicant/detentionGuaranteesUnmet", "bool"],
  ]],
  ["screening", [
    ["/screening/apprehendedAt", "instant"],
    ["/screening/startedAt", "instant"],
    ["/screening/enteredLawfully", "bool"],
    ["/screening/previouslyScreened", "bool"],
    ["/screening/stayedAtBorderOver72h", "bool"],
    ["/screening/biometricsTakenAt", "instant"],
    ["/screening/identityRegisteredAt", "instant"],
    ["/screening/securityCheckedAt", "instant"],
    ["/screening/healthCheckedAt", "instant"],
    ["/screening/vulnerabilityCheckedAt", "instant"],
    ["/screening/formCompletedAt", "instant"],
  ]],
  ["dublin", [
    ["/dublin/otherMemberStateResponsible", "bool"],
    ["/dublin/requestType", "enum", "requestType"],
    ["/dublin/memberState", "text"],
    ["/dublin/eurodacHitAt", "instant"],
    ["/dublin/requestSentAt", "instant"],
    ["/dublin/acceptedAt", "instant"],
    ["/dublin/appealDecidedAt", "instant"],
    ["/dublin/transferDecisionNotifiedAt", "instant"],
    ["/dublin/detainedAt", "instant"],
    ["/dublin/imprisoned", "bool"],
    ["/dublin/absconded", "bool"],
    ["/dublin/informedOfReceptionLapse", "bool"],
  ]],
  ["grounds", [
    ["/grounds/misledAuthorities", "bool"],
    ["/grounds/safeCountryOfOrigin", "bool"],
    ["/grounds/lowRecognitionRate", "bool"],
    ["/grounds/dangerToSecurityOrPublicOrder", "bool"],
    ["/grounds/irrelevantIssuesOnly", "bool"],
    ["/grounds/inconsistentStatements", "bool"],
    ["/grounds/delayRemovalOnly", "bool"],
    ["/grounds/subsequentNotInadmissible", "bool"],
    ["/grounds/irregularEntryNoPromptApplication", "bool"],
    ["/grounds/lawfulEntryNoPromptApplication", "bool"],
    ["/grounds/inadmissible", "bool"],
    ["/grounds/inadmissibleGround", "enum", "inadmissibleGround"],
  ]],
  ["decision", [
    ["/decision/kind", "enum", "decisionKind"],
    ["/decision/notifiedAt", "instant"],
    ["/decision/rightToRemainEndedAt", "instant"],
    ["/decision/inGeneralProcedure", "bool"],
  ]],
  ["legacy", [
    ["/legacy/intakeInterviewEndedAt", "instant"],
    ["/legacy/generalProcedureStartedAt", "instant"],
    ["/legacy/generalProcedureExtended", "bool"],
    ["/legacy/extensionGround", "enum", "extensionGround"],
    ["/legacy/intendedDecisionAt", "instant"],
    ["/legacy/borderNotifiedAt", "instant"],
    ["/legacy/interviewAt", "instant"],
    ["/legacy/nuisance", "bool"],
    ["/legacy/suspectedFalseIdentity", "bool"],
    ["/legacy/protectionElsewhere", "bool"],
    ["/legacy/euNational", "bool"],
    ["/legacy/familyCounterIndications", "bool"],
    ["/legacy/responsibilityEstablishedAt", "instant"],
  ]],
].map(([key, fields]) => ({ key, fields: fields.map(([path, kind, group]) => ({ path, kind, group, section: key })) }));

const FIELDS = SECTIONS.flatMap((s) => s.fields);
const FIELD_BY_PATH = new Map(FIELDS.map((f) => [f.path, f]));

// Progressive disclosure. Always asked: who, where and when. Everything else appears when the
// engine asks for it (`missingFacts`), when it has a value, or when the case so far makes it
// part of the procedure (below); "Alle vragen tonen" shows every question.
const ALWAYS = ["/caseId", "/asOf", "/application/situation", "/application/madeAt",
  "/applicant/nationality", "/applicant/dateOfBirth"];
function contextFields(a, input) {
  const out = [];
  if (input.application?.situation) out.push("/application/borderLocation");
  if (a?.regime.procedure === "legacy") {
    out.push("/legacy/intakeInterviewEndedAt", "/legacy/generalProcedureStartedAt", "/legacy/generalProcedureExtended");
  }
  if (input.dublin?.otherMemberStateResponsible === true) {
    out.push("/dublin/requestType", "/dublin/memberState", "/dublin/eurodacHitAt", "/dublin/requestSentAt", "/dublin/acceptedAt");
  }
  // The act that completes each deadline of the outcome (the engine's `deadlineCompletedBy`):
  // recorded, the deadline shows as met or missed. The decision's own dates come with the
  // decision questions below.
  for (const d of a?.deadlines ?? []) {
    const fact = W.deadlineCompletedBy?.[d.id];
    if (fact && !fact.startsWith("/decision/") && FIELD_BY_PATH.has(fact)) out.push(fact);
  }
  if (a?.procedure.kind) out.push("/decision/kind");
  if (input.decision?.kind) out.push("/decision/notifiedAt");
  if (input.grounds?.inadmissible === true) out.push("/grounds/inadmissibleGround");
  return out;
}

// ---------------------------------------------------------------------------------------------
// The interface's own words (not the law's: those come from the engine).

const L = (nl, en) => ({ nl, en });
const T = {
  org: L("Migratieketen", "Migration chain"),
  title: L("Beoordeling asielverzoek", "Assessment of an asylum application"),
  subtitle: L(
    "Beantwoord de vragen die gesteld worden; nieuwe vragen verschijnen als de zaak ze nodig heeft. De uitkomst wordt bij elke wijziging opnieuw berekend, in uw browser.",
    "Answer the questions asked; new questions appear when the case needs them. The outcome is recomputed on every change, in your browser.",
  ),
  skipToResults: L("Naar de uitkomst", "Skip to the outcome"),
  save: L("Zaak opslaan", "Save case"),
  open: L("Zaak openen", "Open case"),
  print: L("Afdrukken", "Print"),
  reset: L("Nieuwe zaak", "New case"),
  formTitle: L("Gegevens van de zaak", "Facts of the case"),
  loading: L("Engine wordt geladen…", "Loading the engine…"),
  ready: L("Vul in wat bekend is. Leeg of ‘nog niet bekend’ betekent: nog niet bekend.", "Fill in what is known. Empty or ‘not known yet’ means: not known yet."),
  check: L("Uitkomst bekijken", "View the outcome"),
  showAll: L("Alle vragen tonen", "Show all questions"),
  showAsked: L("Alleen de nodige vragen tonen", "Show only the questions needed"),
  noneOfTheRest: L("Overige gronden: geen van toepassing", "Other grounds: none applies"),
  asked: L("gevraagd", "asked"),
  results: L("Uitkomst", "Outcome"),
  stale: L("Verouderd: deze uitkomst hoort bij de laatste geldige invoer. Herstel eerst de fout.", "Out of date: this outcome belongs to the last valid input. Fix the error first."),
  summary: L("Procedure", "Procedure"),
  deadlines: L("Termijnen", "Deadlines"),
  timeline: L("Tijdlijn", "Timeline"),
  explanation: L("Toelichting per conclusie", "Explanation of each conclusion"),
  notes: L("Opmerkingen", "Notes"),
  rawJson: L("Technisch: invoer en uitvoer (JSON)", "Technical: input and output (JSON)"),
  input: L("Invoer (Case)", "Input (Case)"),
  output: L("Uitvoer", "Output"),
  errorsTitle: L("Controleer de invoer", "Check the input"),
  dateHint: L("Dag-maand-jaar, bijvoorbeeld 03-08-2026", "Day-month-year, for example 03-08-2026"),
  timeOf: L("Tijd (optioneel, 24 uur: uu:mm)", "Time (optional, 24-hour: hh:mm)"),
  badDate: L("Vul een bestaande datum in als dag-maand-jaar, bijvoorbeeld 03-08-2026.", "Enter a date that exists, as day-month-year, for example 03-08-2026."),
  badTime: L("Vul een tijd in als uu:mm, van 00:00 tot 23:59, bijvoorbeeld 14:30.", "Enter a time as hh:mm, from 00:00 to 23:59, for example 14:30."),
  timeWithoutDate: L("Vul eerst de datum in.", "Enter the date first."),
  badCountry: L("Vul een landcode van 3 letters in, bijvoorbeeld MAR.", "Enter a 3-letter country code, for example MAR."),
  asOfLine: L("Stand op {date}", "As of {date}"),
  noAsOf: L("Zonder peilmoment hebben de termijnen geen status.", "Without a moment of reference the deadlines have no status."),
  noDeadlines: L("Nog geen termijnen te berekenen: beantwoord eerst de vragen.", "No deadlines can be computed yet: answer the questions first."),
  colDeadline: L("Termijn", "Deadline"),
  colWho: L("Wie moet handelen", "Who must act"),
  colDue: L("Laatste dag", "Last day"),
  colStatus: L("Status", "Status"),
  colPeriod: L("Duur en telling", "Length and counting"),
  colBasis: L("Grondslag", "Legal basis"),
  from: L("vanaf", "from"),
  extended: L("Verschoven naar de eerstvolgende werkdag.", "Moved to the next working day."),
  extension: L("Verlenging mogelijk tot {date}", "May be extended to {date}"),
  alternative: L("Als het antwoord op ‘{q}’ {a} is: laatste dag {date}", "If the answer to ‘{q}’ is {a}: last day {date}"),
  legendRunning: L("loopt", "running"),
  legendToday: L("laatste dag vandaag", "last day today"),
  legendExpired: L("verlopen", "expired"),
  legendMet: L("voldaan", "met"),
  legendExtension: L("mogelijke verlenging", "possible extension"),
  legendAsOf: L("peilmoment", "moment of reference"),
  undetermined: L("nog niet te bepalen", "cannot be decided yet"),
  none: L("geen", "none"),
  screeningBy: L("{who} in {where}", "{who} at {where}"),
};

// ---------------------------------------------------------------------------------------------
// State and small helpers.

const STORE = "migratiepact.form.v1";
const saved = (() => { try { return JSON.parse(localStorage.getItem(STORE) || "null"); } catch { return null; } })();
const urlLang = new URLSearchParams(location.search).get("lang");
let lang = urlLang === "en" || urlLang === "nl" ? urlLang : saved?.lang === "en" ? "en" : "nl";
let W = labels(lang); // the engine's words: { group: { id: words } }
let lastAssessment = null; // the last valid Assessment (stays visible, dimmed, while an error is shown)
let lastInput = {};
let lastText = null;
let showAll = false;

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
  for (const c of children.flat()) if (c != null && c !== false) e.append(c);
  return e;
};
const t = (key, vars = {}) => (T[key] ? T[key][lang] : key).replace(/\{(\w+)\}/g, (_, k) => vars[k] ?? "");
const w = (group, id) => (id == null ? null : W[group]?.[id] ?? String(id)); // the engine's words, or the id
const tpl = (group, id, vars) => w(group, id).replace(/\{(\w+)\}/g, (_, k) => vars[k] ?? "");
const plural = (group, key, n) => tpl(group, `${key}.${n === 1 ? "one" : "other"}`, { n });
const idFor = (path) => "f" + path.replace(/\//g, "-");
const question = (path) => w("fact", path);
const inverted = (path) => W.invertedFact?.[path] != null;

// Dates: read as day-month-year whatever the browser's locale; written out in words.
const pad = (n) => String(n).padStart(2, "0");
function parseDate(text) {
  const s = text.trim();
  let m = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(s) || /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (!m) return null;
  const [d, mo, y] = [+m[1], +m[2], +m[3]];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || y > 2199 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}
function parseTime(text) {
  const m = /^(\d{1,2})[:.h]?(\d{2})$/.exec(text.trim());
  if (!m || +m[1] > 23 || +m[2] > 59) return null;
  return `${pad(+m[1])}:${m[2]}`;
}
const locTag = () => (lang === "nl" ? "nl-NL" : "en-GB");
const dateWords = (iso) => {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return new Intl.DateTimeFormat(locTag(), { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
    .format(new Date(Date.UTC(y, m - 1, d)));
};
const dateShort = (iso) => {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return new Intl.DateTimeFormat(locTag(), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })
    .format(new Date(Date.UTC(y, m - 1, d)));
};
const dmy = (iso) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const dayNumber = (iso) => {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86400000;
};

// The Amsterdam date and time of an instant, and the UTC offset of an Amsterdam local moment.
const AMS = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Amsterdam", hourCycle: "h23", year: "numeric", month: "2-digit",
  day: "2-digit", hour: "2-digit", minute: "2-digit",
});
function amsterdamParts(ms) {
  const p = Object.fromEntries(AMS.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, p };
}
function amsterdamOffset(date, time) {
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  const local = Date.UTC(y, mo - 1, d, h, mi);
  const offsetAt = (ms) => {
    const { p } = amsterdamParts(ms);
    return (Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - ms) / 60000;
  };
  let off = offsetAt(local - 60 * 60000);
  off = offsetAt(local - off * 60000);
  const a = Math.abs(off);
  return `${off < 0 ? "-" : "+"}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

// ---------------------------------------------------------------------------------------------
// Building the form.

function buildForm() {
  const host = $("#fieldsets");
  for (const s of SECTIONS) {
    const fs = el("fieldset", { class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset", id: `section-${s.key}`, "data-section": s.key },
      el("legend", { class: "utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend", "data-legend": s.key }));
    for (const f of s.fields) fs.append(buildField(f));
    if (s.key === "grounds") {
      fs.append(el("button", { type: "button", class: "utrecht-button utrecht-button--secondary-action", id: "grounds-none", "data-i18n": "noneOfTheRest" }));
    }
    host.append(fs);
  }
}

function buildField(f) {
  const id = idFor(f.path);
  const errId = `${id}-error`;
  const descId = `${id}-desc`;
  const labelId = `${id}-label`;
  const common = { id, name: f.path, "data-path": f.path, "aria-describedby": `${descId} ${errId}` };
  const parts = [];
  if (f.kind === "bool") {
    parts.push(el("select", { ...common, class: "utrecht-select utrecht-select--html-select" },
      el("option", { value: "" }), el("option", { value: "yes" }), el("option", { value: "no" })));
  } else if (f.kind === "enum") {
    parts.push(el("select", { ...common, class: "utrecht-select utrecht-select--html-select" }, el("option", { value: "" }),
      Object.keys(W[f.group] ?? {}).map((v) => el("option", { value: v }))));
  } else if (f.kind === "date" || f.kind === "instant") {
    // The NL Design System date pattern as one field: dd-mm-jjjj as text (never the browser's
    // date picker, whose format follows the browser's locale), then an optional 24-hour time.
    parts.push(el("input", { ...common, class: "utrecht-textbox utrecht-textbox--html-input date", type: "text", inputmode: "numeric", autocomplete: "off", spellcheck: "false", maxlength: "10", "data-kind": "date" }));
    if (f.kind === "instant") {
      const timeId = `${id}-time`;
      parts.push(el("div", { class: "time" },
        el("label", { class: "utrecht-form-label time-label", for: timeId, id: `${timeId}-label`, "data-i18n": "timeOf" }),
        el("input", { id: timeId, class: "utrecht-textbox utrecht-textbox--html-input", type: "text", inputmode: "numeric", autocomplete: "off", spellcheck: "false", maxlength: "5", "data-time-for": f.path, "aria-labelledby": `${timeId}-label ${labelId}`, "aria-describedby": errId })));
    }
  } else {
    const extra = f.kind === "country" ? { autocapitalize: "characters", maxlength: "3", spellcheck: "false" } : { maxlength: "128" };
    parts.push(el("input", { ...common, class: "utrecht-textbox utrecht-textbox--html-input short", type: "text", autocomplete: "off", ...extra }));
  }
  return el("div", { class: "utrecht-form-field field", "data-field": f.path, "data-kind": f.kind },
    el("label", { class: "utrecht-form-label utrecht-form-field__label", for: id, id: labelId, "data-label": f.path }),
    el("p", { class: "utrecht-form-field-description hint", id: descId, "data-desc": f.path }),
    el("p", { class: "utrecht-form-field-error-message field-error", id: errId, "data-error-for": f.path }),
    el("div", { class: "utrecht-form-field__input controls" }, parts),
    (f.kind === "date" || f.kind === "instant") ? el("p", { class: "utrecht-form-field-description in-words", "data-words-for": f.path, "aria-live": "polite" }) : null);
}

function applyLanguage() {
  W = labels(lang);
  document.documentElement.lang = lang;
  for (const n of document.querySelectorAll("[data-i18n]")) n.textContent = t(n.dataset.i18n);
  document.title = `${t("title")} — Migratiepact`;
  const toggle = $("#lang-toggle");
  toggle.textContent = lang === "nl" ? "English" : "Nederlands";
  toggle.setAttribute("lang", lang === "nl" ? "en" : "nl");
  $("#show-all").textContent = showAll ? t("showAsked") : t("showAll");
  $("#timeline-legend").setAttribute("aria-label", lang === "nl" ? "Legenda" : "Legend");
  for (const s of SECTIONS) $(`[data-legend="${s.key}"]`).textContent = w("section", s.key);
  for (const f of FIELDS) {
    $(`[data-label="${CSS.escape(f.path)}"]`).textContent = question(f.path);
    const ctl = document.getElementById(idFor(f.path));
    const desc = $(`[data-desc="${CSS.escape(f.path)}"]`);
    desc.textContent = f.kind === "date" || f.kind === "instant" ? t("dateHint") : "";
    desc.hidden = !desc.textContent;
    if (f.kind === "bool") {
      const [u, y, n] = ctl.options;
      u.textContent = w("answer", "null"); y.textContent = w("answer", "true"); n.textContent = w("answer", "false");
    } else if (f.kind === "enum") {
      ctl.options[0].textContent = w("answer", "null");
      for (const o of [...ctl.options].slice(1)) o.textContent = w(f.group, o.value);
    }
  }
  renderWords();
}

// ---------------------------------------------------------------------------------------------
// Form → Case, with the form's own errors (a date that does not exist is never "unknown").

function readForm() {
  const c = { schemaVersion: 1, locale: lang };
  const errors = [];
  for (const f of FIELDS) {
    const ctl = document.getElementById(idFor(f.path));
    const raw = ctl.value.trim();
    let v;
    if (f.kind === "bool") {
      if (raw === "") continue;
      v = (raw === "yes") !== inverted(f.path);
    } else if (f.kind === "date" || f.kind === "instant") {
      const timeCtl = f.kind === "instant" ? document.getElementById(`${idFor(f.path)}-time`) : null;
      const timeRaw = timeCtl ? timeCtl.value.trim() : "";
      if (raw === "") {
        if (timeRaw) errors.push({ path: f.path, message: t("timeWithoutDate"), form: true });
        continue;
      }
      const date = parseDate(raw);
      if (!date) { errors.push({ path: f.path, message: t("badDate"), form: true }); continue; }
      v = date;
      if (timeRaw) {
        const time = parseTime(timeRaw);
        if (!time) { errors.push({ path: f.path, message: t("badTime"), form: true, time: true }); continue; }
        v = `${date}T${time}:00${amsterdamOffset(date, time)}`;
      }
    } else if (f.kind === "country") {
      if (raw === "") continue;
      v = raw.toUpperCase();
      if (!/^[A-Z]{3}$/.test(v)) { errors.push({ path: f.path, message: t("badCountry"), form: true }); continue; }
    } else {
      if (raw === "") continue;
      v = f.path === "/dublin/memberState" ? raw.toUpperCase() : raw;
    }
    const [, section, key] = f.path.split("/");
    if (key === undefined) c[section] = v;
    else (c[section] ??= {})[key] = v;
  }
  return { input: c, errors };
}

// Case → form (opening a saved case, or restoring after a reload).
function fillForm(c) {
  for (const f of FIELDS) {
    const [, section, key] = f.path.split("/");
    const v = key === undefined ? c[section] : c[section]?.[key];
    const ctl = document.getElementById(idFor(f.path));
    const timeCtl = document.getElementById(`${idFor(f.path)}-time`);
    if (timeCtl) timeCtl.value = "";
    if (v == null) { ctl.value = ""; continue; }
    if (f.kind === "bool") ctl.value = (v === true) !== inverted(f.path) ? "yes" : "no";
    else if (f.kind === "date" || f.kind === "instant") {
      const s = String(v);
      if (/^\d{4}-\d{2}-\d{2}$/.test(s)) ctl.value = dmy(s);
      else {
        const ms = Date.parse(s);
        if (Number.isNaN(ms)) { ctl.value = s; continue; }
        const { date, time } = amsterdamParts(ms);
        ctl.value = dmy(date);
        if (timeCtl) timeCtl.value = time;
      }
    } else ctl.value = String(v);
  }
}

function nowAsOf() {
  const { date, time } = amsterdamParts(Date.now());
  $(`#${idFor("/asOf")}`).value = dmy(date);
  $(`#${idFor("/asOf")}-time`).value = time;
}

function rawState() {
  const s = {};
  for (const n of document.querySelectorAll("#case-form input[type=text], #case-form select")) if (n.value) s[n.id] = n.value;
  return s;
}
function persist() {
  try { localStorage.setItem(STORE, JSON.stringify({ lang, fields: rawState() })); } catch { /* private mode */ }
}

// ---------------------------------------------------------------------------------------------
// Evaluation and the page.

function run({ force = false, focusErrors = false } = {}) {
  const { input, errors: formErrors } = readForm();
  const text = JSON.stringify(input) + JSON.stringify(formErrors);
  persist();
  renderWords();
  if (!force && !focusErrors && text === lastText) return;
  lastText = text;
  $("#json-in").textContent = JSON.stringify(input, null, 2);
  let errors = formErrors;
  if (!formErrors.length) {
    const r = evaluate(input);
    $("#json-out").textContent = JSON.stringify(r, null, 2);
    if (r.type === "errors") errors = r.errors;
    else {
      lastAssessment = r;
      lastInput = input;
    }
  }
  showErrors(errors, focusErrors);
  document.body.dataset.state = errors.length ? "errors" : lastAssessment ? "assessment" : "empty";
  $("#stale-banner").hidden = !(errors.length && lastAssessment);
  $("#outcome").classList.toggle("stale", !!(errors.length && lastAssessment));
  $("#outcome").toggleAttribute("aria-disabled", !!(errors.length && lastAssessment));
  disclose(errors.length ? lastAssessment : lastAssessment, errors.length ? lastInput : input, errors);
  if (lastAssessment) showOutcome(lastAssessment, errors.length ? lastInput : input);
  else clearOutcome();
}

function renderWords() {
  for (const f of FIELDS) {
    if (f.kind !== "date" && f.kind !== "instant") continue;
    const out = $(`[data-words-for="${CSS.escape(f.path)}"]`);
    const raw = document.getElementById(idFor(f.path)).value;
    const date = raw.trim() ? parseDate(raw) : null;
    const time = f.kind === "instant" ? parseTime(document.getElementById(`${idFor(f.path)}-time`).value || "") : null;
    out.textContent = date ? `${dateWords(date)}${time ? `, ${time}` : ""}` : "";
    out.hidden = !date;
  }
}

function showErrors(errors, focus) {
  for (const n of document.querySelectorAll(".field.invalid")) n.classList.remove("invalid", "utrecht-form-field--invalid");
  for (const n of document.querySelectorAll(".field-error")) { n.textContent = ""; n.hidden = true; }
  for (const n of document.querySelectorAll("#case-form [aria-invalid]")) n.removeAttribute("aria-invalid");
  for (const n of document.querySelectorAll("#case-form .utrecht-textbox--invalid, #case-form .utrecht-select--invalid")) {
    n.classList.remove("utrecht-textbox--invalid", "utrecht-select--invalid");
  }
  const items = [];
  for (const e of errors) {
    // The field itself, or the nearest field the pointer lies under.
    let p = e.path || "";
    while (p && !FIELD_BY_PATH.has(p)) p = p.slice(0, p.lastIndexOf("/"));
    const f = FIELD_BY_PATH.get(p);
    if (f) {
      const field = $(`.field[data-field="${CSS.escape(p)}"]`);
      field.hidden = false;
      field.classList.add("invalid", "utrecht-form-field--invalid");
      const ctl = e.time ? document.getElementById(`${idFor(p)}-time`) : document.getElementById(idFor(p));
      ctl.setAttribute("aria-invalid", "true");
      ctl.classList.add(ctl.tagName === "SELECT" ? "utrecht-select--invalid" : "utrecht-textbox--invalid");
      const msg = $(`[data-error-for="${CSS.escape(p)}"]`);
      msg.hidden = false;
      msg.textContent = msg.textContent ? `${msg.textContent} ${e.message}` : e.message;
      if (e.code) msg.dataset.code = e.code;
      const target = ctl.id;
      items.push(el("li", {}, el("a", {
        class: "utrecht-link", href: `#${target}`, "data-error-link": p,
        onclick: (ev) => { ev.preventDefault(); const c = document.getElementById(target); c.scrollIntoView({ block: "center" }); c.focus(); },
      }, el("strong", { text: question(p) }), `: ${e.message}`)));
    } else {
      items.push(el("li", { text: e.message }));
    }
  }
  const box = $("#error-summary");
  box.hidden = !errors.length;
  $("#error-list").replaceChildren(...items);
  if (errors.length && focus) box.focus();
}

// Which questions are shown: the engine's missing facts, those with a value, those the case
// so far makes part of the procedure, the always-asked ones, and fields with an error.
function disclose(a, input, errors) {
  const shown = new Set(ALWAYS);
  for (const m of a?.missingFacts ?? []) shown.add(m.path);
  for (const p of contextFields(a, input)) shown.add(p);
  for (const e of errors) shown.add(e.path);
  const asked = new Set((a?.missingFacts ?? []).map((m) => m.path));
  for (const f of FIELDS) {
    const ctl = document.getElementById(idFor(f.path));
    const hasValue = ctl.value.trim() !== "" || !!document.getElementById(`${idFor(f.path)}-time`)?.value.trim();
    const field = $(`.field[data-field="${CSS.escape(f.path)}"]`);
    const visible = showAll || hasValue || shown.has(f.path) || field.contains(document.activeElement);
    field.hidden = !visible;
    field.classList.toggle("ask", asked.has(f.path) && !hasValue);
  }
  for (const s of SECTIONS) {
    const fs = $(`#section-${s.key}`);
    fs.hidden = ![...fs.querySelectorAll(".field")].some((n) => !n.hidden);
  }
  const none = $("#grounds-none");
  none.hidden = !(a?.missingFacts ?? []).some((m) => m.path.startsWith("/grounds/") && FIELD_BY_PATH.get(m.path)?.kind === "bool"
    && document.getElementById(idFor(m.path)).value === "");
  const open = [...asked].filter((p) => FIELD_BY_PATH.has(p)).length;
  $("#form-status").textContent = lang === "nl"
    ? `${t("ready")} ${open ? `Open vragen: ${open}.` : "Geen open vragen meer."}`
    : `${t("ready")} ${open ? `Open questions: ${open}.` : "No open questions left."}`;
}

function clearOutcome() {
  $("#asof-line").textContent = "";
  $("#summary-list").replaceChildren();
  $("#deadline-table").replaceChildren(el("p", { class: "utrecht-paragraph", text: t("noDeadlines") }));
  $("#timeline-chart").replaceChildren();
  $("#timeline-legend").replaceChildren();
  $("#explanation-list").replaceChildren();
  $("#notes-list").replaceChildren();
}

function showOutcome(a, input) {
  const asOfDate = input.asOf ? input.asOf.slice(0, 10) : null;
  $("#asof-line").textContent = asOfDate ? t("asOfLine", { date: dateWords(asOfDate) + (input.asOf.length > 10 ? `, ${input.asOf.slice(11, 16)}` : "") }) : t("noAsOf");
  showSummary(a);
  showDeadlines(a, asOfDate);
  showTimeline(a, asOfDate);
  showExplanation(a);
}

function row(key, value, id) {
  const known = value != null && value !== "" && !(Array.isArray(value) && !value.length);
  return el("div", { class: "utrecht-data-list__item" },
    el("dt", { class: "utrecht-data-list__item-key", text: w("outcome", key) }),
    el("dd", { class: `utrecht-data-list__item-value${known ? "" : " unknown"}`, "data-out": key, "data-value": id ?? "" },
      known ? value : t("undetermined")));
}

function showSummary(a) {
  const yesNo = (b) => (b == null ? null : w("answer", String(b)));
  const grounds = a.procedure.grounds.length
    ? el("ul", { class: "plain" }, a.procedure.grounds.map((g) => el("li", { "data-ground": g, text: w("ground", g) })))
    : null;
  const comps = a.screening.components.length
    ? el("ul", { class: "plain" }, a.screening.components.map((c) => el("li", { "data-component": c.id },
      `${w("component", c.id)}: `, el("span", { class: `comp ${c.status}`, text: w("componentStatus", c.status) }))))
    : null;
  const screening = a.screening.required == null ? null
    : a.screening.required
      ? (a.screening.authority ? t("screeningBy", { who: w("authority", a.screening.authority), where: w("screeningLocation", a.screening.location) ?? "…" }) : w("answer", "true"))
      : w("answer", "false");
  $("#summary-list").replaceChildren(...[
    row("procedure.kind", w("procedureKind", a.procedure.kind), a.procedure.kind),
    row("procedure.location", w("procedureLocation", a.procedure.location), a.procedure.location),
    row("procedure.grounds", grounds, a.procedure.grounds.join(" ")),
    row("procedure.mandatory", yesNo(a.procedure.mandatory), String(a.procedure.mandatory)),
    row("regime.procedure", w("procedureRegime", a.regime.procedure), a.regime.procedure),
    row("regime.responsibility", w("responsibilityRegime", a.regime.responsibility), a.regime.responsibility),
    row("screening.required", screening, a.screening.location ?? String(a.screening.required)),
    comps ? row("screening.components", comps) : null,
    row("reception.entitled", yesNo(a.reception.entitled), String(a.reception.entitled)),
    row("eurodac.biometricsRequired", yesNo(a.eurodac.biometricsRequired), String(a.eurodac.biometricsRequired)),
  ].filter(Boolean));
}

// The status of a deadline in words, from the engine's status and templates.
function statusOf(d, asOfDate) {
  if (d.status === "met") return { key: "met", text: tpl("status", "met", { date: dateWords(d.completedAt) }) };
  if (d.status === "missed") return { key: "missed", text: tpl("status", "missed", { date: dateWords(d.completedAt) }) };
  if (d.status === "expired") return { key: "expired", text: w("status", "expired") };
  if (d.status === "running" && asOfDate) {
    const n = dayNumber(d.due) - dayNumber(asOfDate);
    if (n <= 0) return { key: "today", text: w("status", "today") };
    return { key: "running", text: plural("status", "daysLeft", n) };
  }
  return { key: "unknown", text: w("status", "noAsOf") };
}
const STATUS_ICON = { running: "◷", today: "!", expired: "✕", met: "✓", missed: "✕", unknown: "?" };

function periodWords(d) {
  const m = /^P(?:T)?(\d+)([HDWMY])$/.exec(d.period);
  return m ? plural("period", d.unit, +m[1]) : d.period;
}
const basisText = (basis) => basis.map((b) => `${b.act} ${b.article}`).join("; ");
function basisLinks(basis) {
  return el("ul", { class: "plain basis" }, basis.map((b) => el("li", {},
    el("a", { class: "utrecht-link", href: b.uri, target: "_blank", rel: "noopener", title: w("act", b.act) }, `art. ${b.article} ${b.act}`))));
}

// Who must act: the catalogue's actor; for screening and the Eurodac transmission the catalogue
// names the screening authority of the territory and leaves the per-case authority to the
// Assessment (`screening.authority`, e.g. KMar at Schiphol), so that one is shown when known.
function actorOf(a, d) {
  const perCase = (d.id === "screening" || d.id === "eurodacTransmission") && a.screening.authority;
  return perCase ? w("authority", a.screening.authority) : w("deadlineActor", d.id);
}

function sortedDeadlines(a) {
  return [...a.deadlines].sort((x, y) => (x.due < y.due ? -1 : x.due > y.due ? 1 : 0));
}

function showDeadlines(a, asOfDate) {
  const host = $("#deadline-table");
  if (!a.deadlines.length) { host.replaceChildren(el("p", { class: "utrecht-paragraph", text: t("noDeadlines") })); return; }
  const head = ["colDeadline", "colDue", "colStatus", "colWho", "colPeriod", "colBasis"];
  const rows = sortedDeadlines(a).map((d) => {
    const st = statusOf(d, asOfDate);
    const extra = [
      d.extended ? el("p", { class: "small", text: t("extended") }) : null,
      d.extension ? el("p", { class: "small", text: t("extension", { date: dateWords(d.extension.due) }) }) : null,
      ...(d.alternatives ?? []).map((alt) => el("p", { class: "small", "data-alternative": alt.fact,
        text: t("alternative", { q: question(alt.fact).replace(/\?$/, ""), a: w("answer", String(alt.ifValue !== inverted(alt.fact))), date: dateWords(alt.due) }) })),
    ];
    const cells = [
      el("th", { scope: "row", class: "utrecht-table__header-cell" }, w("deadline", d.id)),
      el("td", { class: "utrecht-table__cell" }, el("span", { class: "due", text: dateWords(d.due) }), extra),
      el("td", { class: "utrecht-table__cell" }, el("span", { class: `status status-${st.key}`, "data-status": st.key },
        el("span", { class: "icon", "aria-hidden": "true", text: STATUS_ICON[st.key] }), ` ${st.text}`)),
      el("td", { class: "utrecht-table__cell", text: actorOf(a, d) }),
      el("td", { class: "utrecht-table__cell" }, `${periodWords(d)} ${t("from")} ${dateShort(d.from)}`,
        el("p", { class: "small", text: w("counting", d.counting) })),
      el("td", { class: "utrecht-table__cell" }, basisLinks(d.basis)),
    ];
    cells.forEach((c, i) => { if (i) c.dataset.label = t(head[i]); });
    return el("tr", { class: "utrecht-table__row", "data-deadline": d.id, "data-status": st.key }, cells);
  });
  const rules = [...new Set(a.deadlines.map((d) => d.counting))];
  const acts = [...new Set(a.deadlines.flatMap((d) => [...d.basis, ...(d.extension?.basis ?? [])].map((b) => b.act)))];
  const howCounted = el("dl", { class: "counting-rules" },
    rules.map((c) => el("div", {}, el("dt", { text: w("counting", c) }), el("dd", { text: w("countingRule", c) }))),
    acts.map((act) => el("div", { class: "act" }, el("dt", { text: act }), el("dd", { text: w("act", act) }))));
  host.replaceChildren(el("table", { class: "utrecht-table utrecht-table--html-table deadlines-table" },
    el("caption", { class: "utrecht-table__caption visually-hidden", text: t("deadlines") }),
    el("thead", { class: "utrecht-table__header" }, el("tr", { class: "utrecht-table__row" },
      head.map((h) => el("th", { scope: "col", class: "utrecht-table__header-cell", text: t(h) })))),
    el("tbody", { class: "utrecht-table__body" }, rows)), howCounted);
}

// The timeline: one row per deadline (sorted by due date) on a shared date axis, in HTML so
// that its text keeps the page's size on a phone. The bar runs from `from` to `due`; a dashed
// line shows the possible extension; the status is a word and a pattern, never colour alone.
function showTimeline(a, asOfDate) {
  const chart = $("#timeline-chart");
  const ds = sortedDeadlines(a);
  if (!ds.length) { chart.replaceChildren(); $("#timeline-legend").replaceChildren(); return; }
  // The axis covers every start, last day and the moment of reference; a possible extension
  // far beyond them runs to the edge (its date is in the table), so short limits stay visible.
  const days = ds.flatMap((d) => [dayNumber(d.from), dayNumber(d.due) + 1]);
  const asOfDay = asOfDate ? dayNumber(asOfDate) : null;
  if (asOfDay != null) days.push(asOfDay);
  const lo = Math.min(...days);
  const end = Math.max(...days);
  const extEnd = Math.max(end, ...ds.map((d) => (d.extension ? dayNumber(d.extension.due) + 1 : end)));
  const hi = Math.min(extEnd, end + Math.ceil((end - lo) * 0.15) + 1);
  const clip = (day) => Math.min(day, hi);
  const pct = (day) => `${(((day - lo) / Math.max(1, hi - lo)) * 100).toFixed(2)}%`;
  const marker = asOfDay == null ? null : el("span", { class: "tl-asof", style: `left:${pct(asOfDay)}`, "aria-hidden": "true" });
  const rows = ds.map((d) => {
    const st = statusOf(d, asOfDate);
    const x0 = dayNumber(d.from);
    const x1 = dayNumber(d.due) + 1;
    return el("li", { class: "tl-row", "data-deadline": d.id, "data-status": st.key },
      el("p", { class: "tl-label" }, el("strong", { text: w("deadline", d.id) }), " — ",
        el("span", { class: `status status-${st.key}` }, el("span", { class: "icon", "aria-hidden": "true", text: STATUS_ICON[st.key] }), ` ${st.text}`)),
      el("div", { class: "tl-track", "aria-hidden": "true" },
        d.extension ? el("span", { class: "tl-ext", style: `left:${pct(x1)};width:calc(${pct(clip(dayNumber(d.extension.due) + 1))} - ${pct(x1)})` }) : null,
        el("span", { class: `tl-bar tl-${st.key}`, style: `left:${pct(x0)};width:max(0.75rem, calc(${pct(x1)} - ${pct(x0)}))` }),
        marker?.cloneNode()),
      el("p", { class: "tl-dates small", text: `${dateShort(d.from)} → ${dateShort(d.due)}` }));
  });
  chart.replaceChildren(el("ol", { class: "tl", "aria-labelledby": "timeline-title" }, rows),
    el("p", { class: "tl-axis small", "aria-hidden": "true" }, el("span", { text: dateShort(new Date(lo * 86400000).toISOString()) }),
      el("span", { text: dateShort(new Date((hi - 1) * 86400000).toISOString()) })));
  const keys = new Set(ds.map((d) => statusOf(d, asOfDate).key));
  const legend = [
    ["running", t("legendRunning")], ["today", t("legendToday")], ["expired", t("legendExpired")],
    ["met", t("legendMet")], ["missed", w("deadlineStatus", "missed")], ["unknown", w("status", "noAsOf")],
  ].filter(([k]) => keys.has(k)).map(([k, text]) => el("li", {}, el("span", { class: `swatch tl-${k}`, "aria-hidden": "true" }),
    el("span", { class: "icon", "aria-hidden": "true", text: STATUS_ICON[k] }), ` ${text}`));
  if (ds.some((d) => d.extension)) legend.push(el("li", {}, el("span", { class: "swatch ext", "aria-hidden": "true" }), ` ${t("legendExtension")}`));
  if (asOfDay != null) legend.push(el("li", {}, el("span", { class: "swatch asof", "aria-hidden": "true" }), ` ${t("legendAsOf")}`));
  $("#timeline-legend").replaceChildren(...legend);
}

function showExplanation(a) {
  $("#explanation-list").replaceChildren(...a.explanation.map((x) =>
    el("li", {}, el("p", { class: "utrecht-paragraph", text: x.text }), basisLinks(x.basis))));
  $("#notes-list").replaceChildren(...a.notes.map((n) =>
    el("li", {}, el("strong", { text: `${w("noteKind", n.kind)}: ` }), n.text, basisLinks(n.basis))));
}

// ---------------------------------------------------------------------------------------------
// Save, open, print, language, reset.

function saveCase() {
  const { input } = readForm();
  const blob = new Blob([JSON.stringify(input, null, 2) + "\n"], { type: "application/json" });
  const a = el("a", { href: URL.createObjectURL(blob), download: `zaak-${(input.caseId || "zonder-kenmerk").replace(/[^\w.-]+/g, "_")}.json` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

async function openCase(file) {
  const c = JSON.parse(await file.text());
  if (c.locale === "en" || c.locale === "nl") { lang = c.locale; applyLanguage(); }
  fillForm(c);
  run({ force: true });
}

buildForm();
applyLanguage();
if (saved?.fields) {
  for (const [id, v] of Object.entries(saved.fields)) { const n = document.getElementById(id); if (n) n.value = v; }
}
if (!$(`#${idFor("/asOf")}`).value) nowAsOf();
$("#engine-version").textContent = `engine ${version()}`;
const form = $("#case-form");
// Selects answer at once; text fields when they are left (or Enter), so a date half typed is
// not reported as an error while it is being typed. The date in words follows every key.
form.addEventListener("change", () => run());
form.addEventListener("input", (e) => { if (e.target.tagName === "SELECT") run(); else renderWords(); });
form.addEventListener("submit", (e) => {
  e.preventDefault();
  run({ focusErrors: true });
  if (document.body.dataset.state !== "errors") $("#results").focus();
});
$("#grounds-none").addEventListener("click", () => {
  for (const m of lastAssessment?.missingFacts ?? []) {
    const f = FIELD_BY_PATH.get(m.path);
    const ctl = f && document.getElementById(idFor(f.path));
    if (f?.section === "grounds" && f.kind === "bool" && ctl.value === "") ctl.value = "no";
  }
  run();
  $("#results-title").scrollIntoView({ block: "nearest" });
});
$("#show-all").addEventListener("click", () => {
  showAll = !showAll;
  $("#show-all").setAttribute("aria-pressed", String(showAll));
  $("#show-all").textContent = showAll ? t("showAsked") : t("showAll");
  run({ force: true });
});
$("#lang-toggle").addEventListener("click", () => {
  lang = lang === "nl" ? "en" : "nl";
  const url = new URL(location.href);
  url.searchParams.set("lang", lang);
  history.replaceState(null, "", url);
  applyLanguage();
  run({ force: true });
});
$("#save").addEventListener("click", saveCase);
$("#open").addEventListener("change", (e) => { const f = e.target.files?.[0]; if (f) openCase(f).catch((err) => showErrors([{ path: "", message: String(err.message || err) }], true)); e.target.value = ""; });
$("#print").addEventListener("click", () => window.print());
$("#reset").addEventListener("click", () => {
  form.reset();
  for (const n of document.querySelectorAll("#case-form input[type=text], #case-form select")) n.value = "";
  lastAssessment = null;
  lastInput = {};
  nowAsOf();
  run({ force: true });
});
run({ force: true });
document.body.dataset.ready = "true";
