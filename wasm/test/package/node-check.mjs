// The installed npm package in Node (scripts/test-package.sh, run in a fresh consumer project):
// `import … from "migratiepact"` over every vector, byte for byte the CLI's `evaluate --json`
// (NNNN.out); "migratiepact/init" with an explicit wasmUrl in a fresh process; the CommonJS
// answer (a clear error). Prints "N passed, M failed".
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluate, evaluateJson, labels, version } from "migratiepact";
import { agendaJson, version as opsVersion } from "migratiepact/ops";

const dir = process.argv[2];
let passed = 0;
let failed = 0;
const check = (ok, what) => {
  if (ok) passed++;
  else {
    failed++;
    console.log(`FAIL: ${what}`);
  }
};

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
let skipped = 0;
for (const line of readFileSync(join(dir, "index.tsv"), "utf8").split("\n")) {
  const id = line.split("\t")[0];
  if (!id) continue;
  let text;
  try {
    text = utf8.decode(readFileSync(join(dir, `${id}.in`)));
  } catch {
    skipped++; // not UTF-8: a JavaScript string cannot carry it
    continue;
  }
  const want = readFileSync(join(dir, `${id}.out`), "utf8");
  check(evaluateJson(text) === want, `${id}: evaluateJson differs from the CLI`);
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    continue; // not JSON: evaluate() takes a value
  }
  const r = evaluate(doc);
  const a = JSON.parse(want);
  // evaluate(value) re-serialises the value: same answer unless the text had duplicate keys.
  if (!a.errors) check(r.type === "assessment" && JSON.stringify({ ...r, type: undefined }) === JSON.stringify(a), `${id}: evaluate`);
}
console.log(`vectors: ${passed} byte-identical, ${skipped} not UTF-8 (skipped); engine ${version()}`);

// migratiepact/init in a fresh process: nothing loaded at import, then a wasm file elsewhere.
const require = createRequire(import.meta.url);
const wasm = join(tmpdir(), `mp-${process.pid}.wasm`);
copyFileSync(require.resolve("migratiepact/migratiepact_bg.wasm"), wasm);
const initScript = `
import init, { evaluateJson } from "migratiepact/init";
let early = "no error";
try { evaluateJson("{}"); } catch (e) { early = "threw"; }
await init({ wasmUrl: ${JSON.stringify(wasm)} });
await init();
process.stdout.write(early + " " + evaluateJson('{"schemaVersion":1}'));`;
const initOut = execFileSync(process.execPath, ["--input-type=module", "-e", initScript], { encoding: "utf8" });
check(initOut === `threw ${evaluateJson('{"schemaVersion":1}')}`, `migratiepact/init with wasmUrl: ${initOut}`);

// The engine's words, and the caseload operations on their own subpath.
check(labels().procedureKind.asylumBorder === "Asielgrensprocedure" && labels("en").deadline.registration === "Registration of the application", "labels()");
const agenda = JSON.parse(agendaJson(readFileSync(join(dir, "0000.in"), "utf8").split("\n").join(" "), JSON.stringify({ asOf: "2026-12-01" })));
check(opsVersion() === version() && Array.isArray(agenda.rows) && agenda.summary.cases === 1, `migratiepact/ops agendaJson: ${JSON.stringify(agenda).slice(0, 200)}`);

// CommonJS: a clear error that says what to do.
try {
  require("migratiepact");
  check(false, "require() should fail");
} catch (e) {
  check(/ES module/.test(e.message) && /import\(/.test(e.message), `require() message: ${e.message}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
