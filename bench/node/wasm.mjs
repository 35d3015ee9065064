// The WASM surface of the cross-surface benchmark: every manifest case through the package's
// evaluateJson (wasm/pkg, Node), one call at a time, each call timed; plus the start-up.
//
//   node bench/node/wasm.mjs PKG_DIR CASES.jsonl ITERS [KINDS_OUT]
//
// Prints two JSON lines: {"mode":"instantiate",...} and {"mode":"evaluateJson",...} in the format
// every runner of bench/run.py prints. The package is set up as its entry point (index.js) does
// in Node, step by step, each step timed with performance.now() in this fresh process (Node's
// own start-up is before the first mark and in no figure):
//   instantiate_ms  WebAssembly.compile of the bytes + the glue's initSync (instantiation):
//                   the figure of the "< 20 ms" target
//   glue_ms         import of the wasm-bindgen JS glue (JavaScript only)
//   read_ms         reading the .wasm file
//   import_ms       glue + read + instantiate_ms: what `import "migratiepact"` costs in Node
//   first_call_ms   the first evaluateJson (compiles the functions it runs — V8 compiles wasm
//                   lazily — and parses the embedded parameter set)
// bench/node/instantiate.mjs gives the same split as medians over many fresh processes.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { summarize, cpuSince } from "../lib/stats.mjs";

const [pkgDir, casesPath, itersArg, kindsOut] = process.argv.slice(2);
const iters = Number(itersArg || 1);
const t0 = performance.now();
const pkg = await import(pathToFileURL(resolve(pkgDir, "migratiepact.js")).href);
const t1 = performance.now();
const bytes = readFileSync(resolve(pkgDir, "migratiepact_bg.wasm"));
const t2 = performance.now();
pkg.initSync({ module: await WebAssembly.compile(bytes) });
const t3 = performance.now();
pkg.evaluateJson('{"schemaVersion":1,"application":{"madeAt":"2026-06-15","lodgedAt":"2026-06-20"}}');
const t4 = performance.now();
const ms = (x) => +x.toFixed(3);
console.log(JSON.stringify({
  mode: "instantiate", instantiate_ms: ms(t3 - t2), glue_ms: ms(t1 - t0), read_ms: ms(t2 - t1),
  import_ms: ms(t3 - t0), first_call_ms: ms(t4 - t3),
}));

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
