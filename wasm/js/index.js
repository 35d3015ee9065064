// migratiepact — one ES module for Node >= 20 and browsers.
//
// The glue is wasm-bindgen's `--target web` output (migratiepact.js). This module instantiates
// it once with top-level await, so importers can call the functions straight away:
//   import { evaluate, evaluateJson, deadline, version, Engine } from "migratiepact";
// In Node the .wasm file is read from disk (fetch() cannot read file: URLs); in a browser it is
// fetched next to this module (served as application/wasm, streamed compilation).
import init from "./migratiepact.js";

const wasmUrl = new URL("./migratiepact_bg.wasm", import.meta.url);
const isNode =
  typeof process === "object" && process !== null && !!(process.versions && process.versions.node);

if (isNode && wasmUrl.protocol === "file:") {
  const { readFile } = await import("node:fs/promises");
  await init({ module_or_path: await readFile(wasmUrl) });
} else {
  await init({ module_or_path: wasmUrl });
}

export { evaluate, evaluateJson, deadline, version, Engine, solidarityJson } from "./migratiepact.js";
