// migratiepact — one ES module for Node >= 20 and browsers.
//
// The glue is wasm-bindgen's `--target web` output (migratiepact.js). This module instantiates
// it once with top-level await, so importers can call the functions straight away:
//   import { evaluate, evaluateJson, deadline, version, Engine } from "migratiepact";
// In Node the .wasm file is read from disk (fetch() cannot read file: URLs), compiled with
// WebAssembly.compile and instantiated with the glue's initSync. Not the glue's async init: it
// tests `module instanceof Response`, and in Node the first touch of the global `Response`
// loads Node's fetch implementation (undici), ~40 ms, more than compiling and instantiating the
// module together. In a browser the .wasm is fetched next to this module (served as
// application/wasm: streamed compilation).
import init, { initSync } from "./migratiepact.js";

const wasmUrl = new URL("./migratiepact_bg.wasm", import.meta.url);
const isNode =
  typeof process === "object" && process !== null && !!(process.versions && process.versions.node);

if (isNode && wasmUrl.protocol === "file:") {
  const { readFile } = await import("node:fs/promises");
  initSync({ module: await WebAssembly.compile(await readFile(wasmUrl)) });
} else {
  await init({ module_or_path: wasmUrl });
}

export { evaluate, evaluateJson, deadline, version, Engine, solidarityJson } from "./migratiepact.js";
export { labels } from "./labels.js";
