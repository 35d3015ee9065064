// migratiepact is an ES module (its entry points wait for the WebAssembly module with top-level
// await, which require() cannot do). From CommonJS: `const m = await import("migratiepact");`.
throw new Error(
  'migratiepact is an ES module: use `import { evaluate } from "migratiepact"` or, from CommonJS, `const { evaluate } = await import("migratiepact")`'
);
