// json-rules-engine (npm) on the manifest: the procedure choice alone.
//
//   node bench/peers/json-rules-engine/run.mjs CASES.jsonl ITERS [KINDS_OUT]
//
// Prints one JSON line per mode: "jsonpath" (the engine's default path resolver, jsonpath-plus)
// and "plainPath" (a property-access pathResolver, the fastest the engine allows). Each run is
// sequential (one await at a time), first hit (`engine.stop()` on success).
import { readFileSync, writeFileSync } from "node:fs";
import { Engine } from "json-rules-engine";
import { rules } from "./rules.mjs";
import { summarize, cpuSince } from "../../lib/stats.mjs";

const [casesPath, itersArg, kindsOut] = process.argv.slice(2);
const iters = Number(itersArg || 1);
const cases = readFileSync(casesPath, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));

function makeEngine(pathResolver) {
  const engine = new Engine([], { allowUndefinedFacts: true, ...(pathResolver ? { pathResolver } : {}) });
  for (const r of rules) engine.addRule({ ...r, onSuccess: () => engine.stop() });
  return engine;
}
const plain = (value, path) => value?.[path.slice(2)];
const kindOf = (res) => res.events[0]?.params.kind ?? "null";

for (const [mode, resolver] of [["jsonpath", null], ["plainPath", plain]]) {
  const engine = makeEngine(resolver);
  const kinds = [];
  for (const c of cases) kinds.push(kindOf(await engine.run(c))); // warm-up + gate
  if (kindsOut && mode === "jsonpath") writeFileSync(kindsOut, kinds.join("\n") + "\n");
  if (kindsOut && mode === "plainPath") writeFileSync(kindsOut + ".plain", kinds.join("\n") + "\n");
  const lat = new Float64Array(cases.length * iters);
  let k = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let it = 0; it < iters; it++) {
    for (const c of cases) {
      const t = process.hrtime.bigint();
      await engine.run(c);
      lat[k++] = Number(process.hrtime.bigint() - t);
    }
  }
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(JSON.stringify({ mode, threads: 1, ...summarize(lat, wall, cases.length, iters, cpuSince(c0)) }));
}
