// Loads each bundler build (a directory with index.html; `DIR:custom` when the page loads the
// module from its own wasmUrl) in headless Chromium and checks that the page's answer for the case
// is byte for byte the CLI's `evaluate --json` (case.cli). The server sends .wasm as
// application/wasm and answers the page's POST; the case is served as /case.json and the module
// a second time as /custom/mp.wasm, which a `:custom` page must fetch. "N passed, M failed".
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const [caseFile, ...dirs] = process.argv.slice(2);
const want = fs.readFileSync("case.cli", "utf8");
const wasm = createRequire(import.meta.url).resolve("migratiepact/migratiepact_bg.wasm");
const chrome = process.env.CHROME || "/usr/bin/chromium";
const types = { ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json", ".html": "text/html" };
let passed = 0;
let failed = 0;

function run(root, custom) {
  return new Promise((resolve) => {
    let child;
    let fetchedCustom = false;
    let timer;
    let finished = false;
    const done = (ok, msg) => {
      if (finished) return;
      finished = true;
      console.log(`${path.basename(root)}: ${msg}`);
      ok ? passed++ : failed++;
      clearTimeout(timer);
      if (child) child.kill("SIGKILL");
      server.close();
      resolve();
    };
    const server = http.createServer((req, res) => {
      const url = new URL(req.url, "http://localhost");
      if (url.pathname === "/__result" && req.method === "POST") {
        const chunks = [];
        req.on("data", (c) => chunks.push(c));
        req.on("end", () => {
          res.end("ok");
          const r = JSON.parse(Buffer.concat(chunks).toString("utf8"));
          if (!r.ok) return done(false, `the page failed: ${r.error}`);
          if (custom && !fetchedCustom) return done(false, "the page did not load the module from its wasmUrl");
          const same = r.out + "\n" === want;
          done(same, same ? `byte-identical to the CLI${custom ? " (module from its wasmUrl)" : ""}` : "differs from the CLI");
        });
        return;
      }
      let file = url.pathname === "/" ? path.join(root, "index.html") : path.join(root, path.normalize(url.pathname));
      if (url.pathname === "/case.json") file = caseFile;
      if (url.pathname === "/custom/mp.wasm") {
        file = wasm;
        fetchedCustom = true;
      }
      if (!file.startsWith(root) && file !== caseFile && file !== wasm) return res.writeHead(403).end();
      if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) return res.writeHead(404).end();
      res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" }).end(fs.readFileSync(file));
    });
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      const profile = fs.mkdtempSync(path.join(root, ".chrome-"));
      child = spawn(chrome, ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--no-default-browser-check", `--user-data-dir=${profile}`, `http://127.0.0.1:${port}/`], { stdio: "ignore" });
      child.on("exit", (code) => done(false, `chromium exited (${code}) before the page answered`));
    });
    timer = setTimeout(() => done(false, "no answer within 60 s"), 60000);
  });
}

for (const d of dirs) {
  const [dir, mode] = d.split(":");
  await run(path.resolve(dir), mode === "custom");
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
