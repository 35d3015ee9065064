// End-to-end test of the caseworker form in headless Debian Chromium (playwright-core).
// Fills a border case and a legacy case the way a caseworker would (answering the questions the
// engine asks next) and checks what the page shows against the engine's own output.
// Screenshots: artifacts/web-*.png (gitignored).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { start } from "../serve.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const artifacts = path.join(root, "artifacts");
const require = createRequire(path.join(root, "wasm/package.json"));
const pw = await import(pathToFileURL(require.resolve("playwright-core")).href);
const chromium = pw.chromium ?? pw.default.chromium;

let server, context, page, base, profile;
const problems = [];

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await start(0);
  base = `http://127.0.0.1:${server.address().port}/`;
  profile = mkdtempSync(path.join(tmpdir(), "mp-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  await page.goto(base);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
});

after(async () => {
  await context?.close();
  server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const id = (p) => "#f" + p.replace(/\//g, "-");
const shown = (out) => page.getAttribute(`dd[data-out="${out}"]`, "data-value");
const output = async () => JSON.parse(await page.textContent("#json-out"));

// Answers "no" to each yes/no question the engine asks next, until the procedure is decided.
async function answerNextQuestionsNo() {
  for (let round = 0; round < 12; round++) {
    if (await shown("procedure.kind")) return;
    const paths = await page.$$eval("#next-list a[data-missing]", (as) => as.map((a) => a.dataset.missing));
    const open = [];
    for (const p of paths) {
      const isBool = await page.$eval(id(p), (e) => e.tagName === "SELECT" && [...e.options].some((o) => o.value === "false")).catch(() => false);
      if (isBool && (await page.inputValue(id(p))) === "") open.push(p);
    }
    if (!open.length) return;
    await page.selectOption(id(open[0]), "false");
  }
}

test("loads in Dutch with every field labelled and one fieldset per Case section", async () => {
  assert.equal(await page.getAttribute("html", "lang"), "nl");
  const legends = await page.$$eval("form fieldset > legend", (ls) => ls.map((l) => l.textContent));
  assert.deepEqual(legends.slice(1), ["Vreemdeling", "Aanvraag", "Gronden (art. 42 en 38 APR)", "Screening",
    "Verantwoordelijkheid (Dublin)", "Besluit", "Oud regime (Vw/Vb tot 12-06-2026)"]);
  const unlabelled = await page.$$eval("form input, form select", (cs) =>
    cs.filter((c) => !c.id || !document.querySelector(`label[for="${c.id}"]`) || !document.querySelector(`label[for="${c.id}"]`).textContent.trim()).map((c) => c.id || c.outerHTML));
  assert.deepEqual(unlabelled, []);
  // Tri-state: unknown / yes / no.
  const opts = await page.$$eval(`${id("/grounds/misledAuthorities")} option`, (os) => os.map((o) => [o.value, o.textContent]));
  assert.deepEqual(opts.map((o) => o[0]), ["", "true", "false"]);
  assert.match(opts[0][1], /onbekend/);
});

test("an invalid value is shown at its field, and goes away when corrected", async () => {
  await page.fill(id("/applicant/nationality"), "QQQ");
  await page.waitForSelector(`.field.invalid[data-field="/applicant/nationality"]`);
  const msg = await page.textContent(`${id("/applicant/nationality")}-error`);
  assert.match(msg, /invalidCountry/);
  assert.equal(await page.isVisible("#error-summary"), true);
  await page.fill(id("/applicant/nationality"), "MAR");
  await page.waitForSelector(`.field.invalid`, { state: "detached" });
  assert.equal(await page.isVisible("#error-summary"), false);
});

test("border case: misled the authorities at Schiphol → asylum border procedure at AC Schiphol", async () => {
  await page.fill(id("/applicant/dateOfBirth"), "1990-01-01");
  await page.fill(id("/application/madeAt"), "2026-09-01");
  await page.fill(id("/application/madeAt") + "-time", "10:00");
  await page.fill(id("/application/lodgedAt"), "2026-09-03");
  await page.selectOption(id("/application/situation"), "borderCrossingPoint");
  await page.selectOption(id("/application/borderLocation"), "schiphol");
  await page.selectOption(id("/grounds/misledAuthorities"), "true");
  const input = JSON.parse(await page.textContent("#json-in"));
  assert.equal(input.application.madeAt, "2026-09-01T10:00:00+02:00");

  // The engine asks for facts that decide the procedure: they are listed and highlighted.
  const asked = await page.$$eval("#next-list a[data-missing]", (as) => as.map((a) => a.dataset.missing));
  assert.ok(asked.length > 0, "the engine asks the next questions");
  for (const p of asked) {
    assert.equal(await page.$eval(`.field[data-field="${p}"]`, (f) => f.classList.contains("ask")), true, p);
  }
  // Clicking a question moves the focus to its field.
  await page.click(`#next-list a[data-missing="${asked[0]}"]`);
  assert.equal(await page.evaluate(() => document.activeElement.id), id(asked[0]).slice(1));

  await answerNextQuestionsNo();
  assert.equal(await shown("regime.procedure"), "pact");
  assert.equal(await shown("screening.location"), "schiphol");
  assert.equal(await shown("procedure.kind"), "asylumBorder");
  assert.equal(await shown("procedure.location"), "acSchiphol");
  assert.match(await page.textContent(`dd[data-out="procedure.kind"]`), /Asielgrensprocedure/);

  // Every deadline of the output is drawn as a bar on the axis.
  const out = await output();
  assert.equal(out.type, "assessment");
  const rows = await page.$$eval("#timeline-chart svg .tl-row", (gs) => gs.map((g) => [g.dataset.deadline, !!g.querySelector("rect.tl-bar")]));
  assert.deepEqual(rows, out.deadlines.map((d) => [d.id, true]));
  assert.ok(rows.length >= 2, "a border case has several deadlines");
  // Hover text and click detail carry the legal basis with its link.
  const first = out.deadlines[0];
  const title = await page.textContent(`.tl-row[data-deadline="${first.id}"] title`);
  assert.ok(title.includes(`${first.basis[0].act} ${first.basis[0].article}`), title);
  await page.click(`.tl-row[data-deadline="${first.id}"] rect`);
  const href = await page.getAttribute("#deadline-detail a", "href");
  assert.equal(href, first.basis[0].uri);
  await page.screenshot({ path: path.join(artifacts, "web-border.png"), fullPage: false });
});

test("English toggle translates the form and the engine's texts", async () => {
  await page.click("#lang-toggle");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.textContent(`[data-legend="applicant"]`), "Applicant");
  assert.match(await page.textContent(`dd[data-out="procedure.kind"]`), /Asylum border procedure/);
  const out = await output();
  const input = JSON.parse(await page.textContent("#json-in"));
  assert.equal(input.locale, "en");
  assert.ok(out.explanation.length > 0);
  await page.screenshot({ path: path.join(artifacts, "web-border-en.png"), fullPage: false });
  await page.click("#lang-toggle");
  assert.equal(await page.getAttribute("html", "lang"), "nl");
});

test("legacy case: lodged 2026-05-04, AA from 2026-05-11 → legacy general procedure", async () => {
  await page.click("#reset");
  await page.fill(id("/application/lodgedAt"), "2026-05-04");
  await page.fill(id("/legacy/generalProcedureStartedAt"), "2026-05-11");
  assert.equal(await shown("regime.procedure"), "legacy");
  // The track depends on the nationality (safe country of origin) and on where the application
  // was made: facts that are not yes/no.
  await page.fill(id("/applicant/nationality"), "SYR");
  await page.selectOption(id("/application/situation"), "territory");
  await answerNextQuestionsNo();
  assert.equal(await shown("procedure.kind"), "legacyGeneral");
  const out = await output();
  const rows = await page.$$eval("#timeline-chart svg .tl-row", (gs) => gs.map((g) => g.dataset.deadline));
  assert.deepEqual(rows, out.deadlines.map((d) => d.id));
  assert.ok(rows.length >= 1);
  // Keyboard: a bar takes the focus and opens its detail with Enter.
  await page.focus(`.tl-row[data-deadline="${rows[0]}"]`);
  await page.keyboard.press("Enter");
  assert.match(await page.textContent("#deadline-detail"), /Grondslag/);
  await page.screenshot({ path: path.join(artifacts, "web-legacy.png"), fullPage: false });
});

test("no console errors or page errors", () => {
  assert.deepEqual(problems, []);
});
