// Caseload operations in the package (issue #17): agendaJson and impactJson give what the
// native core gives (the CLI's rows, byte for byte, when the native CLI is built), from the
// package's second module "migratiepact/ops".
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync, writeFileSync, mkdtempSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
// The second module of the package, "migratiepact/ops" (scripts/build-wasm.sh builds it).
const { agendaJson, impactJson, version } = await import("../pkg/ops.node.js");
const { version: formsVersion } = await import("../pkg/index.js");

const root = new URL("../../", import.meta.url);
const defaultParams = readFileSync(new URL("core/params/default.json", root), "utf8");
const vector = (name) =>
  JSON.stringify(JSON.parse(readFileSync(new URL(`tests/vectors/${name}.json`, root), "utf8")).input);
const cases = [
  vector("ops-000-registration-met-lodging-missed"),
  vector("ops-001-dublin-request-met-reply-missed-transfer-decision-met"),
  vector("ops-002-legacy-decision-met-by-notification"),
].join("\n");
const request = { asOf: "2026-09-14T09:00:00+02:00", within: "P30D", lang: "en" };

test("agendaJson: rows sorted by due date, a summary, an ErrorReport for a bad request", () => {
  const a = JSON.parse(agendaJson(cases, JSON.stringify(request)));
  assert.equal(a.summary.cases, 3);
  assert.ok(a.rows.length > 0);
  const dues = a.rows.map((r) => r.due);
  assert.deepEqual(dues, [...dues].sort());
  for (const r of a.rows) for (const k of ["caseId", "id", "due", "status", "actor", "name", "basis"]) assert.ok(k in r, k);
  const bad = JSON.parse(agendaJson(cases, JSON.stringify({ asOf: "tomorrow", within: "P1M" })));
  assert.deepEqual(bad.errors.map((e) => e.path), ["/asOf", "/within"]);
});

test("agendaJson rows are the native CLI's rows, byte for byte", (t) => {
  const cli = process.env.MP_CLI ?? new URL("target/release/migratiepact", root).pathname;
  if (!existsSync(cli)) return t.skip("native CLI not built");
  const dir = mkdtempSync(path.join(tmpdir(), "mp-ops-"));
  writeFileSync(path.join(dir, "cases.jsonl"), cases + "\n");
  const out = execFileSync(cli, ["agenda", path.join(dir, "cases.jsonl"), "--as-of", request.asOf,
    "--within", request.within, "--lang", "en", "--format", "json"], { stdio: ["ignore", "pipe", "ignore"] });
  const native = out.toString().split("\n").filter(Boolean);
  const wasm = JSON.parse(agendaJson(cases, JSON.stringify(request))).rows.map((r) => JSON.stringify(r));
  assert.deepEqual(wasm, native);
});

test("impactJson: identical parameter sets change nothing; a dropped recognition rate changes exactly the Zeist family", () => {
  const same = JSON.parse(impactJson(cases, "", defaultParams));
  assert.deepEqual(same.cases, []);
  assert.equal(same.summary.cases, 3);
  const examples = ["border-misled-schiphol", "family-low-recognition-zeist", "legacy-ter-apel"]
    .map((n) => JSON.stringify(JSON.parse(readFileSync(new URL(`examples/cases/${n}.json`, root), "utf8"))))
    .join("\n");
  const p = JSON.parse(defaultParams);
  p.recognitionRates = p.recognitionRates.filter((r) => r.country !== "BGD");
  const changed = JSON.parse(impactJson(examples, "", JSON.stringify(p)));
  assert.deepEqual(changed.cases.map((c) => c.caseId), ["IND-2026-000456"]);
  const grounds = changed.cases[0].changes.find((c) => c.path === "/procedure/grounds");
  assert.deepEqual([grounds.old, grounds.new], [["apr42_1_e", "apr42_1_j"], ["apr42_1_e"]]);
  const bad = JSON.parse(impactJson(examples, "", "{}"));
  assert.ok(Array.isArray(bad.errors) && bad.errors.length > 0);
});

test("the ops module is the same engine as the forms' module", () => {
  assert.equal(version(), formsVersion());
});
