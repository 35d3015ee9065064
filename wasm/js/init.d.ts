// Types of "migratiepact/init": explicit loading, then the functions of "migratiepact".
export * from "./index.js";

/** Where the WebAssembly module comes from (default: migratiepact_bg.wasm next to the module). */
export interface InitOptions {
  /** URL (or, in Node, a file path) of migratiepact_bg.wasm. */
  wasmUrl?: string | URL;
  /** The module itself, compiled or as bytes or a fetch Response. */
  module?: WebAssembly.Module | BufferSource | Response | Promise<Response>;
}

/** Loads the module once (later calls return the same promise); resolves when ready. */
export function init(options?: InitOptions): Promise<void>;
export default init;
