// The package as Node sees it: `import … from "migratiepact"` (wasm/pkg/index.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { evaluate, evaluateJson, deadline, version, labels, Engine, solidarityJson } from "../pkg/index.js";

const root = new URL("../../", import.meta.url);
const cargoVersion = /^version = "(.*)"/m.exec(readFileSync(new URL("Cargo.toml", root), "utf8"))[1];
const defaultParams = readFileSync(new URL("core/params/default.json", root), "utf8");

const border = {
  schemaVersion: 1,
  applicant: { dateOfBirth: "1990-01-01", nationality: "MAR" },
  application: {
    madeAt: "2026-09-01T10:00:00+02:00",
    lodgedAt: "2026-09-03",
    situation: "borderCrossingPoint",
    borderLocation: "schiphol",
  },
  grounds: { misledAuthorities: true },
};

test("version() is the crate version", () => {
  assert.equal(version(), cargoVersion);
});

test("evaluate(case) is evaluateJson(JSON.stringify(case)) with a type tag first", () => {
  const r = evaluate(border);
  assert.equal(Object.keys(r)[0], "type");
  assert.equal(r.type, "assessment");
  const { type, ...rest } = r;
  assert.equal(JSON.stringify(rest), evaluateJson(JSON.stringify(border)));
  assert.equal(r.schemaVersion, 1);
  assert.equal(r.engine.version, cargoVersion);
});

test("undefined members are unknown facts (absent), not errors", () => {
  const r = evaluate({ ...border, caseId: undefined, grounds: { misledAuthorities: true, inadmissible: undefined } });
  assert.equal(r.type, "assessment");
});

test("a bad case is a value: every error with its JSON Pointer", () => {
  const r = evaluate({ schemaVersion: 1, application: { madeAt: "2026-02-30", lodgedAt: "yesterday" }, extra: 1 });
  assert.equal(r.type, "errors");
  const paths = r.errors.map((e) => e.path);
  assert.ok(paths.includes("/application/madeAt"), paths.join());
  assert.ok(paths.includes("/application/lodgedAt"), paths.join());
  assert.ok(r.errors.some((e) => e.code === "unknownField" && e.path === "/extra"));
});

test("values JSON cannot carry never throw", () => {
  for (const bad of [undefined, () => 1, 10n, (() => { const o = { schemaVersion: 1 }; o.self = o; return o; })()]) {
    const r = evaluate(bad);
    assert.equal(r.type, "errors");
    assert.equal(r.errors[0].code, "invalidJson");
  }
  assert.equal(evaluate("not a case").type, "errors");
  assert.equal(evaluate(null).type, "errors");
});

test("evaluateJson returns the ErrorReport for text that is not JSON", () => {
  const out = JSON.parse(evaluateJson("{"));
  assert.equal(out.errors[0].code, "invalidJson");
});

test("deadline(): Reg. 1182/71 and the Algemene termijnenwet", () => {
  // 5 days from Monday 15 June 2026 end on Saturday 20 June; PR 3(4) moves the end to Monday.
  const eu = deadline("2026-06-15", "P5D", "eu");
  assert.equal(eu.type, "deadline");
  assert.equal(eu.due, "2026-06-22");
  assert.equal(eu.extended, true);
  assert.equal(eu.counting, "pr1182");
  assert.ok(eu.basis.length > 0);
  const nl = deadline("2026-06-15", "P1W", "nl", "en");
  assert.equal(nl.counting, "atw");
  assert.equal(nl.due, "2026-06-22");
});

test("deadline() errors are values with pointers", () => {
  const r = deadline("2026-13-01", "P5X", "eu");
  assert.equal(r.type, "errors");
  assert.deepEqual(r.errors.map((e) => e.path).sort(), ["/from", "/period"]);
  assert.equal(deadline("2026-06-15", "P5D", "xx").errors[0].path, "/law");
  assert.equal(deadline("2026-06-15", "P5D", "eu", "de").errors[0].path, "/locale");
});

test("Engine with the default parameter set agrees with the free functions", () => {
  const engine = new Engine(defaultParams);
  const text = JSON.stringify(border);
  assert.equal(engine.evaluateJson(text), evaluateJson(text));
  assert.deepEqual(engine.evaluate(border), evaluate(border));
  assert.equal(engine.parameters, evaluate(border).engine.parameters);
  assert.deepEqual(engine.deadline("2026-06-15", "P5D", "eu"), deadline("2026-06-15", "P5D", "eu"));
  engine.free();
});

test("Engine with a replacement parameter set reports its own hash", () => {
  const params = JSON.parse(defaultParams);
  params.name = `${params.name} (test copy)`;
  const r = Engine.fromParams(JSON.stringify(params));
  assert.ok(r instanceof Engine);
  const a = r.evaluate(border);
  assert.equal(a.type, "assessment");
  assert.notEqual(a.engine.parameters, evaluate(border).engine.parameters);
  assert.equal(a.engine.parameters, r.parameters);
});

test("a refused parameter set is a value (fromParams) or an Error (constructor)", () => {
  const r = Engine.fromParams('{"nope":1}');
  assert.equal(r.type, "errors");
  assert.ok(r.errors.length >= 1);
  assert.throws(() => new Engine("{"));
});

test("solidarityJson(request) computes the AMMR fair share (hand-computed 3/8 of 30 000)", () => {
  // NL: ½·population share ½ + ½·GDP share ¼ = 3/8 → 11 250 relocations (AMMR 66, Annex I).
  const out = JSON.parse(
    solidarityJson(
      JSON.stringify({ memberStates: [{ state: "NL", population: 1, gdp: 1 }, { state: "BE", population: 1, gdp: 3 }] }),
    ),
  );
  assert.equal(out.relocations.rounded, "11250");
  assert.ok(JSON.parse(solidarityJson("{not json")).errors.length > 0);
});

test("labels(locale): the engine's words, Dutch by default, English on request", () => {
  const nl = labels();
  const en = labels("en");
  assert.equal(nl.procedureKind.asylumBorder, "Asielgrensprocedure");
  assert.notEqual(en.procedureKind.asylumBorder, nl.procedureKind.asylumBorder);
  assert.deepEqual(Object.keys(en).sort(), Object.keys(nl).sort());
  // Every deadline and counting rule an assessment gives has words in both languages.
  const case_ = JSON.parse(readFileSync(new URL("examples/cases/legacy-ter-apel.json", root), "utf8"));
  const a = evaluate(case_);
  assert.equal(a.type, "assessment");
  for (const d of a.deadlines) {
    for (const words of [nl, en]) {
      assert.ok(words.counting[d.counting], `counting ${d.counting}`);
      assert.ok(words.deadline[d.id], `deadline ${d.id}`);
    }
  }
});
