// Every conformance vector through the package, compared byte for byte with native
// `migratiepact_core::evaluate_json` computed now (wasm/examples/reference.rs; never stored).
// Vectors: tests/vectors/ of the repo (with the public ones in tests/vectors/public/), or MP_VECTOR_DIRS
// (colon-separated).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { evaluate, evaluateJson } from "../pkg/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dirs = (process.env.MP_VECTOR_DIRS || `${root}tests/vectors`)
  .split(":")
  .filter((d) => d && existsSync(d));
const reference =
  process.env.MP_REFERENCE || path.join(root, "target/release/examples/reference");

const files = dirs.flatMap((d) =>
  readdirSync(d, { recursive: true })
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => path.join(d, f)),
);

const vectors = files.map((file) => {
  const v = JSON.parse(readFileSync(file, "utf8"));
  const text = typeof v.raw === "string" ? v.raw : JSON.stringify(v.input);
  return { file, v, text };
});

// One native run for all vectors: one JSON string (the document text) per line.
const native = vectors.length
  ? execFileSync(reference, { input: vectors.map((x) => JSON.stringify(x.text)).join("\n") + "\n", maxBuffer: 1 << 28 })
      .toString("utf8")
      .split("\n")
      .filter((l) => l.length)
  : [];

test("the vectors are there", () => {
  assert.ok(vectors.length > 0, `no vectors in ${dirs.join(", ")}`);
  assert.equal(native.length, vectors.length);
});

let assertionsHeld = 0;
let assertionsTotal = 0;

function at(doc, ptr) {
  if (ptr === "") return doc;
  return ptr.split("/").slice(1).map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((o, k) => (o == null ? undefined : o[k]), doc);
}
const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const includes = (el, pairs) => el && Object.entries(pairs).every(([k, val]) => same(el[k], val));

vectors.forEach(({ file, v, text }, i) => {
  test(`vector ${path.basename(file)}`, () => {
    const expected = native[i];
    // evaluateJson: the exact bytes of the native core.
    assert.equal(evaluateJson(text), expected);
    // evaluate(object): the same document with a type tag in front.
    if (typeof v.raw !== "string") {
      const r = evaluate(v.input);
      const { type, ...rest } = r;
      assert.equal(type, JSON.parse(expected).errors ? "errors" : "assessment");
      assert.equal(JSON.stringify(rest), expected);
    }
    // The vector's own assertions are the conformance runner's job (the rules are still being
    // written); here they are only counted.
    const out = JSON.parse(expected);
    for (const a of v.expect || []) {
      assertionsTotal++;
      const val = at(out, a.path);
      let ok;
      if ("equals" in a) ok = same(val, a.equals);
      else if ("notEquals" in a) ok = !same(val, a.notEquals);
      else if ("find" in a) ok = Array.isArray(val) && val.some((el) => includes(el, a.find) && includes(el, a.has || {}));
      if (ok) assertionsHeld++;
    }
  });
});

test("summary (informational)", (t) => {
  t.diagnostic(`vectors: ${vectors.length} from ${dirs.join(", ")}; their own assertions holding: ${assertionsHeld}/${assertionsTotal}`);
});
