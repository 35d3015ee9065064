// A bundled page with the zero-config entry (scripts/test-package.sh builds it with webpack 5):
// `import … from "migratiepact"` loads the .wasm the bundler emitted; the page evaluates
// ./case.json and posts the answer back.
import { evaluateJson } from "migratiepact";

const post = (body) => fetch("/__result", { method: "POST", body: JSON.stringify(body) });
try {
  const text = await (await fetch("./case.json")).text();
  await post({ ok: true, out: evaluateJson(text) });
} catch (e) {
  await post({ ok: false, error: String((e && e.stack) || e) });
}
