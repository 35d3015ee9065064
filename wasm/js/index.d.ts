// Types of the package entry point: the wasm-bindgen declarations (generated from the Rust
// types by tsify and wasm-bindgen), without the init functions the entry point already ran.
export { evaluate, evaluateJson, deadline, version, Engine, solidarityJson } from "./migratiepact.js";
export type * from "./migratiepact.js";
