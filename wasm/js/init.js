// migratiepact/init — explicit loading (browsers, bundlers, workers): nothing is fetched at
// import; `await init({ wasmUrl })` loads the .wasm from where the application says (a CDN, a
// path allowed by its Content-Security-Policy) and resolves when the functions can be called,
// so the application can show a loading state. Calling a function before then throws.
//   import init, { evaluate } from "migratiepact/init";
//   await init({ wasmUrl: "/assets/migratiepact_bg.wasm" });
import wbgInit from "./migratiepact.js";

let ready = null;

export function init(options = {}) {
  if (ready === null) {
    const source =
      options.module ?? options.wasmUrl ?? new URL("./migratiepact_bg.wasm", import.meta.url);
    ready = wbgInit({ module_or_path: source }).then(() => undefined);
    ready.catch(() => {
      ready = null;
    });
  }
  return ready;
}

export default init;
export { evaluate, evaluateJson, deadline, version, Engine, solidarityJson } from "./migratiepact.js";
export { labels } from "./labels.js";
