// GoRules ZEN through its Node binding (@gorules/zen-engine, NAPI) on the manifest.
//
//   node bench/peers/zen-node/run.mjs CASES.jsonl ITERS [KINDS_OUT]
//
// Prints one JSON line per mode: "sequential" (one await at a time: per-call latency) and
// "inflight64" (64 evaluations in flight: the binding's throughput mode; no per-call latency).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const { ZenEngine } = require("@gorules/zen-engine");
import { summarize, cpuSince } from "../../lib/stats.mjs";

const [casesPath, itersArg, kindsOut] = process.argv.slice(2);
const iters = Number(itersArg || 1);
const cases = readFileSync(casesPath, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const engine = new ZenEngine();
const decision = engine.createDecision(readFileSync(new URL("./procedure.jdm.json", import.meta.url)));

// Warm-up pass, which also gives the kinds for the differential gate.
const kinds = [];
for (const c of cases) kinds.push((await decision.evaluate(c)).result.kind ?? "null");
if (kindsOut) writeFileSync(kindsOut, kinds.join("\n") + "\n");

{
  const lat = new Float64Array(cases.length * iters);
  let k = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let it = 0; it < iters; it++) {
    for (const c of cases) {
      const t = process.hrtime.bigint();
      await decision.evaluate(c);
      lat[k++] = Number(process.hrtime.bigint() - t);
    }
  }
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(JSON.stringify({ mode: "sequential", threads: 1, ...summarize(lat, wall, cases.length, iters, cpuSince(c0)) }));
}
{
  const inflight = 64;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < cases.length; i += inflight) {
      await Promise.all(cases.slice(i, i + inflight).map((c) => decision.evaluate(c)));
    }
  }
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const n = cases.length * iters;
  console.log(JSON.stringify({ mode: "inflight64", threads: 1, cases: cases.length, iters, wall_s: wall,
    busy_s: wall, cpu_s: cpuSince(c0), cases_per_s: n / wall, p50_ns: null, p99_ns: null }));
}
