// migratiepact for Node >= 20 (the "node" condition of "."): loaded from disk at import (top-level
// await), so the functions can be called straight away. Without the global Response (Node's
// fetch, ~40 ms to load): the .wasm is compiled and instantiated synchronously.
import { init } from "./init.node.js";

await init();

export { evaluate, evaluateJson, deadline, version, Engine, solidarityJson } from "./migratiepact.js";
export { labels } from "./labels.js";
