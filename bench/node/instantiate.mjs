// Start-up cost of the WASM package in Node, split into its parts, in fresh processes.
//
//   node bench/node/instantiate.mjs [PKG_DIR] [PROCESSES]
//
// Each child process (a fresh `node`, so nothing is cached in V8) times with performance.now():
//   glue     import of the wasm-bindgen JS glue (migratiepact.js): JS only, no WebAssembly
//   read     reading the .wasm file
//   compile  WebAssembly.compile(bytes)
//   inst     instantiation: the glue's initSync (imports object, WebAssembly.Instance, start)
//   init     compile + inst: what the "< 20 ms" is about
//   first    the first evaluateJson call (parses the embedded parameter set once)
//   import   the whole `import` of the package entry point (index.js) in another fresh process:
//            glue + read + compile + instantiate (+ whatever else index.js does)
// Node's own start-up (tens of ms) is outside every figure. Prints one JSON line of medians.
// (Not the glue's async `init` for the split: in Node its `instanceof Response` test loads
// Node's fetch implementation, ~40 ms; the package's index.js uses initSync for that reason.)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";

const CASE = '{"schemaVersion":1,"application":{"madeAt":"2026-06-15","lodgedAt":"2026-06-20"}}';

if (process.argv[2] === "--child") {
  const [, , , pkgDir, mode] = process.argv;
  const pkg = resolve(pkgDir);
  if (mode === "import") {
    const t0 = performance.now();
    const m = await import(pathToFileURL(resolve(pkg, "index.js")).href);
    const t1 = performance.now();
    m.evaluateJson(CASE);
    const t2 = performance.now();
    console.log(JSON.stringify({ import: t1 - t0, first: t2 - t1 }));
  } else {
    const t0 = performance.now();
    const glue = await import(pathToFileURL(resolve(pkg, "migratiepact.js")).href);
    const t1 = performance.now();
    const bytes = readFileSync(resolve(pkg, "migratiepact_bg.wasm"));
    const t2 = performance.now();
    const module = await WebAssembly.compile(bytes);
    const t3 = performance.now();
    glue.initSync({ module });
    const t4 = performance.now();
    glue.evaluateJson(CASE);
    const t5 = performance.now();
    console.log(JSON.stringify({
      glue: t1 - t0, read: t2 - t1, compile: t3 - t2, inst: t4 - t3, init: t4 - t2, first: t5 - t4,
    }));
  }
} else {
  const here = new URL(import.meta.url).pathname;
  const pkgDir = process.argv[2] || resolve(new URL("../../wasm/pkg", import.meta.url).pathname);
  const n = Number(process.argv[3] || 15);
  const runs = { split: [], import: [] };
  for (let i = 0; i < n; i++) {
    for (const mode of ["split", "import"]) {
      const out = execFileSync(process.execPath, [...process.execArgv, here, "--child", pkgDir, mode], { encoding: "utf8" });
      runs[mode].push(JSON.parse(out));
    }
  }
  const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
  const result = { processes: n, node: process.version, execArgv: process.execArgv };
  for (const k of ["glue", "read", "compile", "inst", "init", "first"]) {
    result[`${k}_ms`] = +med(runs.split.map((r) => r[k])).toFixed(2);
  }
  result.import_ms = +med(runs.import.map((r) => r.import)).toFixed(2);
  result.import_first_ms = +med(runs.import.map((r) => r.first)).toFixed(2);
  console.log(JSON.stringify(result));
}
