// migratiepact for browsers and bundlers (the "browser" and "default" conditions of "."): the
// .wasm next to this module (`new URL(…, import.meta.url)`, which Vite and webpack 5 emit as an
// asset) is fetched and compiled while streaming at import (top-level await). To choose the URL
// or show a loading state, import "migratiepact/init" instead.
import { init } from "./init.js";

await init();

export { evaluate, evaluateJson, deadline, version, Engine, solidarityJson } from "./migratiepact.js";
export { labels } from "./labels.js";
