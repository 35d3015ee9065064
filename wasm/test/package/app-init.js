// A bundled page with the explicit entry (scripts/test-package.sh builds it with Vite):
// "migratiepact/init" loads nothing at import; the page shows a loading state, loads the module
// from a URL of its own choosing (a CDN, a path its Content-Security-Policy allows), evaluates
// ./case.json and posts the answer back.
import init, { evaluateJson } from "migratiepact/init";

const post = (body) => fetch("/__result", { method: "POST", body: JSON.stringify(body) });
document.title = "loading…";
try {
  let early = false;
  try {
    evaluateJson("{}");
  } catch {
    early = true; // not loaded yet: calling before init throws
  }
  await init({ wasmUrl: "/custom/mp.wasm" });
  document.title = "ready";
  const text = await (await fetch("./case.json")).text();
  await post({ ok: early, out: evaluateJson(text), error: early ? "" : "a call before init did not throw" });
} catch (e) {
  await post({ ok: false, error: String((e && e.stack) || e) });
}
