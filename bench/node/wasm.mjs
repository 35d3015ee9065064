// The WASM surface of the cross-surface benchmark: every manifest case through the package's
// evaluateJson (wasm/pkg, Node), one call at a time, each call timed; plus the instantiate time.
//
//   node bench/node/wasm.mjs PKG_DIR CASES.jsonl ITERS [KINDS_OUT]
//
// Prints two JSON lines: {"mode":"instantiate",...} (import of the package in this fresh
// process: read, compile and instantiate the .wasm, and the module's own set-up), and
// {"mode":"evaluateJson",...} in the format every runner of bench/run.py prints.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { summarize, cpuSince } from "../lib/stats.mjs";

const [pkgDir, casesPath, itersArg, kindsOut] = process.argv.slice(2);
const iters = Number(itersArg || 1);
const t0 = process.hrtime.bigint();
const pkg = await import(pathToFileURL(resolve(pkgDir, "index.js")).href);
const instantiateNs = Number(process.hrtime.bigint() - t0);
console.log(JSON.stringify({ mode: "instantiate", instantiate_ms: instantiateNs / 1e6 }));

const lines = readFileSync(casesPath, "utf8").split("\n").filter(Boolean);
const kinds = [];
for (const l of lines) { // warm-up pass; gives the kinds
  const out = JSON.parse(pkg.evaluateJson(l));
  kinds.push(out.procedure?.kind ?? "null");
}
if (kindsOut) writeFileSync(kindsOut, kinds.join("\n") + "\n");
const lat = new Float64Array(lines.length * iters);
let k = 0;
const c0 = process.cpuUsage();
const w0 = process.hrtime.bigint();
for (let it = 0; it < iters; it++) {
  for (const l of lines) {
    const t = process.hrtime.bigint();
    pkg.evaluateJson(l);
    lat[k++] = Number(process.hrtime.bigint() - t);
  }
}
const wall = Number(process.hrtime.bigint() - w0) / 1e9;
console.log(JSON.stringify({ mode: "evaluateJson", threads: 1, ...summarize(lat, wall, lines.length, iters, cpuSince(c0)) }));
