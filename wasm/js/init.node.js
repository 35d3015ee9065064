// migratiepact/init for Node (the "node" condition): as init.js, but a file: URL or path is read
// from disk (Node's fetch cannot read file: URLs) and instantiated synchronously.
import { initSync } from "./migratiepact.js";
import { readFile } from "node:fs/promises";

let ready = null;

async function load(options) {
  let source = options.module ?? options.wasmUrl ?? new URL("./migratiepact_bg.wasm", import.meta.url);
  if (typeof source === "string" && !/^[a-z]+:/i.test(source)) source = await readFile(source);
  else if (source instanceof URL || typeof source === "string") {
    const url = new URL(source);
    source = url.protocol === "file:" ? await readFile(url) : await (await fetch(url)).arrayBuffer();
  } else if (typeof Response === "function" && (source instanceof Response || source instanceof Promise)) {
    source = await (await source).arrayBuffer();
  }
  const module = source instanceof WebAssembly.Module ? source : await WebAssembly.compile(source);
  initSync({ module });
}

export function init(options = {}) {
  if (ready === null) {
    ready = load(options);
    ready.catch(() => {
      ready = null;
    });
  }
  return ready;
}

export default init;
export { evaluate, evaluateJson, deadline, version, Engine, solidarityJson } from "./migratiepact.js";
export { labels } from "./labels.js";
