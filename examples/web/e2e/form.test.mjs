// End-to-end test of the caseworker form in headless Debian Chromium (playwright-core).
// The three cases of issue 13 entered the way a caseworker would (answering only the questions
// the page asks), dates typed in Dutch terms (also in a browser set to US English), a date that
// does not exist, reflow at 320 px, axe-core (WCAG 2.1 A and AA) on the empty, filled and error
// states, save / open / reload. Every word checked is compared with the engine's own
// (`labels(locale)` and `evaluate` of the package, run here in Node).
// Screenshots: target/e2e/*.png (gitignored); a summary of interactions and axe results in
// target/e2e/report.json.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { start } from "../serve.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../..");
const shots = path.join(root, "target/e2e");
const require = createRequire(path.join(root, "wasm/package.json"));
const pw = await import(pathToFileURL(require.resolve("playwright-core")).href);
const chromium = pw.chromium ?? pw.default.chromium;
const axeSource = readFileSync(createRequire(path.join(here, "../package.json")).resolve("axe-core/axe.min.js"), "utf8");
const pkg = await import(pathToFileURL(path.join(root, "wasm/pkg/index.js")).href);
const engine = { labels: pkg.labels }; // the engine's words, as the page gets them
const NL = engine.labels("nl");

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
let server, base, browser;
const contexts = [];
const profiles = [];
const problems = [];
const report = { interactions: {}, tabStopsToOutcome: {}, axe: {}, screenshots: [] };

before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await start(0);
  base = `http://127.0.0.1:${server.address().port}/`;
});

after(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  for (const p of profiles) rmSync(p, { recursive: true, force: true, maxRetries: 3 });
  await browser?.close();
  server?.close();
  writeFileSync(path.join(shots, "report.json"), JSON.stringify(report, null, 2) + "\n");
  console.log(`# e2e report: ${JSON.stringify(report)}`);
});

// A fresh browser profile (persistent, so local storage survives a reload) with a locale.
async function open({ locale = "nl-NL", width = 1366, height = 900, query = "" } = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), "mp-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true, locale, timezoneId: "Europe/Amsterdam", acceptDownloads: true,
    viewport: { width, height },
    args: [...ARGS, `--lang=${locale}`],
  });
  contexts.push(context);
  profiles.push(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  await page.goto(base + query);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
  return page;
}

const id = (p) => "#f" + p.replace(/\//g, "-");
const shown = (page, out) => page.getAttribute(`dd[data-out="${out}"]`, "data-value");
const caseSent = async (page) => JSON.parse(await page.textContent("#json-in"));
const output = async (page) => JSON.parse(await page.textContent("#json-out"));

// A caseworker's actions, counted: typing a field and leaving it, choosing an answer, a click.
function worker(page, name) {
  report.interactions[name] = 0;
  const count = () => { report.interactions[name] += 1; };
  return {
    async type(p, text) {
      assert.equal(await page.isVisible(id(p)), true, `${p} is asked before it is typed`);
      await page.fill(id(p), text); await page.press(id(p), "Tab"); count();
    },
    async time(p, text) { await page.fill(`${id(p)}-time`, text); await page.press(`${id(p)}-time`, "Tab"); count(); },
    async choose(p, value) {
      assert.equal(await page.isVisible(id(p)), true, `${p} is asked before it is answered`);
      await page.selectOption(id(p), value); count();
    },
    async click(sel) { await page.click(sel); count(); },
    // Answers every yes/no or choice question the page asks, from what the caseworker knows;
    // a question the case does not know is a failure (the page asked something it should not).
    // With `groundsNone`, the grounds of APR 42 the case does not know are answered in one
    // click ("Overige gronden: geen van toepassing").
    async answerQuestions(known, { groundsNone = false } = {}) {
      for (let round = 0; round < 30; round++) {
        const open = await page.$$eval(".field.ask:not([hidden])", (fs) => fs
          .filter((f) => ["bool", "enum"].includes(f.dataset.kind))
          .map((f) => f.dataset.field)
          .filter((p) => document.querySelector(`[data-path="${p}"]`).value === ""));
        if (!open.length) return;
        const p = open.find((q) => q in known) ?? open[0];
        if (!(p in known) && groundsNone && p.startsWith("/grounds/") && (await page.isVisible("#grounds-none"))) {
          await this.click("#grounds-none");
          continue;
        }
        assert.ok(p in known, `the page asks ${p}, which this case does not know`);
        await this.choose(p, known[p]);
      }
    },
  };
}

async function axe(page, state) {
  await page.evaluate(axeSource);
  const r = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  }));
  report.axe[state] = { violations: r.violations.length, passes: r.passes.length };
  assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [], `axe (${state})`);
}

async function shot(page, name) {
  const file = path.join(shots, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  report.screenshots.push(path.relative(root, file));
}

// Reflow: no horizontal scroll; controls at least 44 px high; text at least 16 px.
async function checkReflow(page, width) {
  await page.setViewportSize({ width, height: 800 });
  const m = await page.evaluate(() => {
    const visible = (n) => n.offsetParent !== null && n.getClientRects().length;
    const controls = [...document.querySelectorAll("input[type=text], select, button, .file-button, summary")].filter(visible);
    const small = controls.filter((n) => n.getBoundingClientRect().height < 44).map((n) => n.id || n.textContent.trim());
    const texts = [...document.querySelectorAll("body *")].filter((n) => visible(n)
      && [...n.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim()));
    const tiny = texts.filter((n) => parseFloat(getComputedStyle(n).fontSize) < 16).map((n) => `${n.tagName}.${n.className}: ${n.textContent.trim().slice(0, 30)}`);
    return { scroll: document.documentElement.scrollWidth, small, tiny };
  });
  assert.ok(m.scroll <= width, `page is ${m.scroll} px wide at ${width} px`);
  assert.deepEqual(m.small, [], `controls under 44 px at ${width} px`);
  assert.deepEqual(m.tiny, [], `text under 16 px at ${width} px`);
}

// No code of the contract in the outcome a caseworker reads.
async function checkWords(page) {
  const text = await page.innerText("#outcome");
  for (const code of [/apr42_/, /vbOld/, /vwOld/, /\bP\d+[DWMY]\b/, /\bPT\d+H\b/, /calendarDays/, /pr1182/, /T\d\d:\d\d:\d\d/, /null/, /undefined/]) {
    assert.doesNotMatch(text, code);
  }
}

// Tab stops from the top of the page to the outcome (the skip link reaches it in one).
async function tabStops(page, name) {
  const n = await page.evaluate(() => {
    const results = document.getElementById("results");
    return [...document.querySelectorAll("a[href], button, input, select, summary, [tabindex]:not([tabindex='-1'])")]
      .filter((e) => e.getClientRects().length && !e.disabled
        && (e.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING)).length;
  });
  report.tabStopsToOutcome[name] = n;
  return n;
}

// Deadlines sorted by due date, each with a status in words.
async function checkDeadlines(page) {
  const out = await output(page);
  const rows = await page.$$eval(".deadlines-table tbody tr", (trs) => trs.map((tr) => [tr.dataset.deadline, tr.dataset.status, tr.innerText]));
  const byDue = [...out.deadlines].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)).map((d) => d.id);
  assert.deepEqual(rows.map((r) => r[0]), byDue);
  for (const [dl, status, text] of rows) {
    assert.ok(text.includes(NL.deadline[dl]), `${dl} named in words`);
    assert.match(text, /nog \d+ dag|vandaag|verlopen|voldaan/, `${dl} status in words`);
    assert.notEqual(status, "unknown");
  }
  const tl = await page.$$eval("#timeline-chart .tl-row", (rs) => rs.map((r) => r.dataset.deadline));
  assert.deepEqual(tl, byDue);
  assert.ok(await page.isVisible("#timeline-legend li"), "the timeline has a legend");
  return out;
}

test("empty form: Dutch, the engine's words, as-of is now, few questions, axe clean", async () => {
  const page = await open();
  assert.equal(await page.getAttribute("html", "lang"), "nl");
  assert.equal(await page.textContent(`[data-label="/application/madeAt"]`), NL.fact["/application/madeAt"]);
  assert.equal(await page.textContent(`[data-legend="applicant"]`), NL.section.applicant);
  // Peilmoment pre-filled with now (Amsterdam).
  const today = new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date()).replace(/\//g, "-");
  assert.equal(await page.inputValue(id("/asOf")), today);
  assert.ok((await caseSent(page)).asOf.startsWith(today.split("-").reverse().join("-")));
  // Every control has a data-path or belongs to one (the time of an instant), and a label.
  const bad = await page.$$eval("#case-form input[type=text], #case-form select", (cs) => cs
    .filter((c) => !(c.dataset.path || c.dataset.timeFor) || !document.querySelector(`label[for="${c.id}"]`)?.textContent.trim())
    .map((c) => c.id));
  assert.deepEqual(bad, []);
  const visible = await page.$$eval(".field:not([hidden])", (fs) => fs.map((f) => f.dataset.field));
  assert.ok(visible.length <= 10, `only the first questions are shown: ${visible}`);
  assert.ok(!(await page.isVisible(`#section-legacy`)), "no legacy questions for a new case");
  await axe(page, "empty");
  await shot(page, "empty-1366");
});

test("30-02-2026 is an error at the field; the last outcome stays, dimmed; the summary moves focus", async () => {
  const page = await open();
  const cw = worker(page, "error");
  await cw.type("/application/madeAt", "03-08-2026");
  assert.equal((await caseSent(page)).application.madeAt, "2026-08-03");
  assert.equal(await page.textContent(`[data-words-for="/application/madeAt"]`), "maandag 3 augustus 2026");
  await cw.type("/application/madeAt", "30-02-2026");
  await page.waitForSelector(`.field.invalid[data-field="/application/madeAt"]`);
  assert.match(await page.textContent(`${id("/application/madeAt")}-error`), /bestaande datum/);
  assert.equal(await page.getAttribute(id("/application/madeAt"), "aria-invalid"), "true");
  // Never "unknown": the outcome of 03-08-2026 stays visible, marked out of date.
  assert.equal(await page.isVisible("#stale-banner"), true);
  assert.equal(await page.$eval("#outcome", (o) => o.classList.contains("stale")), true);
  assert.equal(await page.getAttribute("body", "data-state"), "errors");
  // The summary names the field by its question; its link moves the focus to the field.
  const link = `#error-summary a[data-error-link="/application/madeAt"]`;
  assert.ok((await page.textContent(link)).includes(NL.fact["/application/madeAt"]));
  await page.click("#check");
  assert.equal(await page.evaluate(() => document.activeElement.id), "error-summary");
  await page.click(link);
  assert.equal(await page.evaluate(() => document.activeElement.id), id("/application/madeAt").slice(1));
  await axe(page, "error");
  // A time that is not a 24-hour time is an error too.
  await cw.type("/application/madeAt", "03-08-2026");
  await cw.time("/application/madeAt", "9:75");
  assert.match(await page.textContent(`${id("/application/madeAt")}-error`), /uu:mm/);
  await shot(page, "error-1366");
  await cw.time("/application/madeAt", "21:30");
  await page.waitForSelector(".field.invalid", { state: "detached" });
  assert.equal((await caseSent(page)).application.madeAt, "2026-08-03T21:30:00+02:00");
  assert.equal(await page.isVisible("#error-summary"), false);
  // An engine error (an unknown country) is shown at its field, without a code.
  await cw.type("/applicant/nationality", "QQQ");
  await page.waitForSelector(`.field.invalid[data-field="/applicant/nationality"]`);
  assert.doesNotMatch(await page.textContent(`${id("/applicant/nationality")}-error`), /invalidCountry/);
});

test("a Dutch date typed in a browser set to US English still means day-month-year", async () => {
  const page = await open({ locale: "en-US" });
  assert.equal(await page.evaluate(() => navigator.language), "en-US");
  await page.fill(id("/application/madeAt"), "03082026");
  await page.press(id("/application/madeAt"), "Tab");
  assert.equal((await caseSent(page)).application.madeAt, "2026-08-03");
  assert.equal(await page.textContent(`[data-words-for="/application/madeAt"]`), "maandag 3 augustus 2026");
});

test("case 1: a Moroccan adult at Schiphol with false documents, 03-08-2026 → asylum border procedure", async () => {
  const page = await open();
  const cw = worker(page, "schiphol");
  await cw.type("/caseId", "IND-2026-0803-01");
  await cw.type("/asOf", "04-08-2026"); await cw.time("/asOf", "09:00");
  await cw.choose("/application/situation", "borderCrossingPoint");
  await cw.choose("/application/borderLocation", "schiphol");
  await cw.type("/application/madeAt", "03-08-2026"); await cw.time("/application/madeAt", "14:30");
  await cw.type("/applicant/nationality", "MAR");
  await cw.type("/applicant/dateOfBirth", "12-03-1995");
  await cw.answerQuestions({
    "/grounds/misledAuthorities": "yes",
    "/applicant/familyWithMinors": "no",
    "/applicant/unaccompaniedMinor": "no",
    "/applicant/borderSupportUnavailable": "yes", // "Kan de nodige bijzondere ondersteuning aan de grens worden geboden?" ja
    "/applicant/medicalReasonsAgainstBorder": "no",
    "/applicant/detentionGuaranteesUnmet": "yes", // "Kunnen de waarborgen voor bewaring worden nagekomen?" ja
    "/dublin/otherMemberStateResponsible": "no",
    "/grounds/inadmissible": "no",
    "/application/subsequent": "no",
  });
  const input = await caseSent(page);
  assert.equal(input.applicant.borderSupportUnavailable, false);
  assert.equal(input.grounds.misledAuthorities, true);
  assert.equal(await shown(page, "procedure.kind"), "asylumBorder");
  assert.equal(await shown(page, "procedure.location"), "acSchiphol");
  assert.equal(await shown(page, "screening.required"), "schiphol");
  assert.match(await page.textContent(`dd[data-out="procedure.kind"]`), new RegExp(NL.procedureKind.asylumBorder));
  assert.ok((await page.textContent(`dd[data-out="procedure.grounds"]`)).includes(NL.ground.apr42_1_c));
  await checkWords(page);
  await checkDeadlines(page);
  assert.ok(await tabStops(page, "schiphol") < 40, "a short way to the outcome");
  assert.ok(!(await page.isVisible("#section-legacy")), "no legacy questions");
  await axe(page, "filled");
  await shot(page, "schiphol-1366");
  await checkReflow(page, 390);
  await shot(page, "schiphol-390");
  await checkReflow(page, 320);
  await shot(page, "schiphol-320");
  // English: the engine's words in English.
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.click("#lang-toggle");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.match(await page.textContent(`dd[data-out="procedure.kind"]`), new RegExp(engine.labels("en").procedureKind.asylumBorder));
  assert.equal((await caseSent(page)).locale, "en");
  await shot(page, "schiphol-en-1366");
  // Language and case survive a reload.
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await shown(page, "procedure.kind"), "asylumBorder");
  assert.equal(await page.inputValue(id("/caseId")), "IND-2026-0803-01");
  // Save the case as JSON, open it again in an empty form.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#save")]);
  const file = await download.path();
  const savedCase = JSON.parse(readFileSync(file, "utf8"));
  assert.deepEqual(savedCase, await caseSent(page));
  await page.click("#reset");
  assert.equal(await page.inputValue(id("/caseId")), "");
  await page.setInputFiles("#open", file);
  await page.waitForFunction(() => document.querySelector(`dd[data-out="procedure.kind"]`)?.dataset.value === "asylumBorder");
  assert.deepEqual(await caseSent(page), savedCase);
  // Print: a one-page summary with the legal bases.
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 718, height: 1000 }); // A4 less 12 mm margins, at 96 dpi
  await shot(page, "print-a4");
  assert.equal(await page.isVisible("#case-form"), false);
  assert.equal(await page.isVisible(".deadlines-table .basis a"), true);
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, "the print summary fits one page");
  await page.emulateMedia({ media: "screen" });
});

test("case 2: a family with two children found in Ter Apel on 14-09-2026 after an irregular crossing", async () => {
  const page = await open();
  const cw = worker(page, "family");
  await cw.type("/asOf", "15-09-2026"); await cw.time("/asOf", "09:00");
  await cw.choose("/application/situation", "territory");
  await cw.choose("/application/borderLocation", "terApel");
  await cw.type("/application/madeAt", "14-09-2026");
  await cw.type("/applicant/nationality", "SYR");
  await cw.type("/applicant/dateOfBirth", "01-05-1988");
  const known = {
    "/applicant/familyWithMinors": "yes",
    "/applicant/unaccompaniedMinor": "no",
    "/screening/enteredLawfully": "no",
    "/screening/previouslyScreened": "no",
    "/dublin/otherMemberStateResponsible": "no",
    "/grounds/inadmissible": "no",
    "/application/subsequent": "no",
    "/applicant/borderSupportUnavailable": "yes",
    "/applicant/medicalReasonsAgainstBorder": "no",
    "/applicant/detentionGuaranteesUnmet": "yes",
  };
  // The grounds of APR 42: none applies to this family, answered in one click.
  await cw.answerQuestions(known, { groundsNone: true });
  const out = await output(page);
  assert.equal(out.type, "assessment");
  assert.equal(await shown(page, "procedure.kind"), "regular");
  assert.equal(await shown(page, "procedure.location"), "terApel");
  await checkWords(page);
  await checkDeadlines(page);
  await tabStops(page, "family");
  await shot(page, "family-1366");
  await checkReflow(page, 390);
  await shot(page, "family-390");
});

test("case 3: a legacy case lodged 04-05-2026 in the general procedure at Ter Apel", async () => {
  const page = await open();
  const cw = worker(page, "legacy");
  await cw.type("/asOf", "20-05-2026"); await cw.time("/asOf", "09:00");
  await cw.choose("/application/situation", "territory");
  await cw.choose("/application/borderLocation", "terApel");
  await cw.type("/application/madeAt", "01-05-2026");
  await cw.type("/applicant/nationality", "SYR");
  await cw.type("/applicant/dateOfBirth", "01-01-1990");
  await cw.type("/application/lodgedAt", "04-05-2026");
  assert.equal(await shown(page, "regime.procedure"), "legacy");
  // A legacy case brings the legacy questions; the general procedure started a week later.
  await cw.type("/legacy/generalProcedureStartedAt", "11-05-2026");
  await cw.answerQuestions({
    "/application/madeToOtherAuthority": "no",
    "/dublin/otherMemberStateResponsible": "no",
    "/legacy/protectionElsewhere": "no",
    "/legacy/euNational": "no",
    "/legacy/nuisance": "no",
    "/legacy/suspectedFalseIdentity": "no",
    "/legacy/generalProcedureExtended": "no",
    "/grounds/safeCountryOfOrigin": "no",
    "/application/subsequent": "no",
    "/applicant/familyWithMinors": "no",
    "/applicant/unaccompaniedMinor": "no",
  });
  assert.equal(await shown(page, "procedure.kind"), "legacyGeneral");
  assert.match(await page.textContent(`dd[data-out="procedure.kind"]`), new RegExp(NL.procedureKind.legacyGeneral.replace(/[()]/g, ".")));
  await checkWords(page);
  const out = await checkDeadlines(page);
  await tabStops(page, "legacy");
  assert.ok(out.deadlines.some((d) => d.status === "expired"), "some limits of May have expired by 20 May");
  assert.ok(await page.isVisible(`.tl-row[data-status="expired"] .tl-expired`), "expired drawn as expired");

  await axe(page, "legacy");
  await shot(page, "legacy-1366");
  await checkReflow(page, 390);
  await shot(page, "legacy-390");
  // Registered on 04-05-2026, within the three working days of Vb-old 3.107b from 01-05: the
  // registration limit is met, and the table says so in words with the date.
  await page.setViewportSize({ width: 1366, height: 900 });
  await cw.type("/application/registeredAt", "04-05-2026");
  const after = await output(page);
  assert.equal(after.deadlines.find((d) => d.id === "legacyRegistration").status, "met");
  const regRow = await page.innerText(`.deadlines-table tr[data-deadline="legacyRegistration"]`);
  assert.match(regRow, /voldaan/);
  assert.match(regRow, /4 mei 2026/);
  assert.equal(await page.getAttribute(`.tl-row[data-deadline="legacyRegistration"]`, "data-status"), "met");
  await checkWords(page);
});

test("a Dublin claimant whose detention is unknown: the ordinary limit, and the limit if detained", async () => {
  const page = await open();
  const cw = worker(page, "dublin");
  await cw.type("/asOf", "01-09-2026"); await cw.time("/asOf", "09:00");
  await cw.choose("/application/situation", "territory");
  await cw.choose("/application/borderLocation", "terApel");
  await cw.type("/application/madeAt", "31-08-2026");
  await cw.type("/application/registeredAt", "01-09-2026");
  await cw.type("/applicant/nationality", "SYR");
  await cw.type("/applicant/dateOfBirth", "01-01-1990");
  await cw.choose("/dublin/otherMemberStateResponsible", "yes");
  await cw.choose("/dublin/requestType", "takeCharge");
  const out = await output(page);
  const req = out.deadlines.find((d) => d.id === "dublinRequest");
  assert.ok(req, "a Dublin request limit");
  const alt = (req.alternatives ?? []).find((a) => a.fact === "/application/detained");
  assert.ok(alt, "the limit if detained is given while detention is unknown (RULES §0)");
  const row = page.locator(`.deadlines-table tr[data-deadline="dublinRequest"] [data-alternative="/application/detained"]`);
  const text = await row.innerText();
  assert.match(text, /15 september 2026/, "the detained alternative in words, with its date");
  assert.doesNotMatch(text, /\/application\/|true|false|null/);
  await checkWords(page);
  await axe(page, "dublin-alternative");
});

test("no console errors or page errors", () => {
  assert.deepEqual(problems, []);
});
