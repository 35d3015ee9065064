// Start-up time and evaluations per second in Node. Prints one JSON line.
// Start-up as the package entry point (index.js) does it in Node, each step timed: import of the
// JS glue, reading the .wasm, WebAssembly.compile + initSync (compileAndInstantiateMs: the
// "< 20 ms" figure), and the first call (V8 compiles wasm functions lazily, on first use; the
// embedded parameter set is parsed then too).
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const t0 = performance.now();
const glue = await import("../pkg/migratiepact.js");
const bytes = readFileSync(new URL("../pkg/migratiepact_bg.wasm", import.meta.url));
const t1 = performance.now();
glue.initSync({ module: await WebAssembly.compile(bytes) });
const t2 = performance.now();
glue.evaluateJson('{"schemaVersion":1,"application":{"madeAt":"2026-06-15","lodgedAt":"2026-06-20"}}');
const t3 = performance.now();

const cases = [
  { schemaVersion: 1, applicant: { dateOfBirth: "1990-01-01", nationality: "MAR" },
    application: { madeAt: "2026-09-01T10:00:00+02:00", lodgedAt: "2026-09-03", situation: "borderCrossingPoint", borderLocation: "schiphol" },
    grounds: { misledAuthorities: true } },
  { schemaVersion: 1, application: { madeAt: "2026-05-01", registeredAt: "2026-05-01", lodgedAt: "2026-05-04" },
    legacy: { generalProcedureStartedAt: "2026-05-11" } },
  { schemaVersion: 1, asOf: "2026-10-01", applicant: { nationality: "SYR" },
    application: { madeAt: "2026-09-01", lodgedAt: "2026-09-05", situation: "territory" } },
];
for (let i = 0; i < 300; i++) glue.evaluate(cases[i % cases.length]);
let n = 0;
const start = performance.now();
while (performance.now() - start < 2000) {
  for (let i = 0; i < 50; i++) glue.evaluate(cases[(n + i) % cases.length]);
  n += 50;
}
const secs = (performance.now() - start) / 1000;
let m = 0;
const texts = cases.map((c) => JSON.stringify(c));
const s2 = performance.now();
while (performance.now() - s2 < 1000) {
  for (let i = 0; i < 50; i++) glue.evaluateJson(texts[(m + i) % texts.length]);
  m += 50;
}
const secs2 = (performance.now() - s2) / 1000;
console.log(JSON.stringify({
  readAndImportMs: +(t1 - t0).toFixed(1),
  compileAndInstantiateMs: +(t2 - t1).toFixed(1),
  firstCallMs: +(t3 - t2).toFixed(1),
  evaluatePerSecond: Math.round(n / secs),
  evaluateJsonPerSecond: Math.round(m / secs2),
}));
