// migratiepact/ops — the caseload operations of the engine (issue 17) for back-office tools in
// browsers and bundlers: the deadline agenda of a caseload and the impact of a change of
// parameters. A second WebAssembly module (the whole engine with its `ops` feature), fetched
// and compiled at import, so that the forms' module ("migratiepact") stays small.
//   import { agendaJson } from "migratiepact/ops";
//   const agenda = JSON.parse(agendaJson(jsonLines, JSON.stringify({ asOf: "2026-12-01" })));
import init from "./migratiepact_ops.js";

await init({ module_or_path: new URL("./migratiepact_ops_bg.wasm", import.meta.url) });

export { agendaJson, impactJson, version } from "./migratiepact_ops.js";
