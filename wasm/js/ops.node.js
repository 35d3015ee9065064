// migratiepact/ops for Node >= 20 (the "node" condition): the caseload operations module read
// from disk and instantiated synchronously at import (see ops.js).
import { readFile } from "node:fs/promises";
import { initSync } from "./migratiepact_ops.js";

initSync({ module: await WebAssembly.compile(await readFile(new URL("./migratiepact_ops_bg.wasm", import.meta.url))) });

export { agendaJson, impactJson, version } from "./migratiepact_ops.js";
