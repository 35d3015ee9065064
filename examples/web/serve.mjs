// Static server for the caseworker form: examples/web at /, the built package wasm/pkg at /pkg/,
// the NL Design System Rijkshuisstijl packages (npm, examples/web/node_modules) at /vendor/.
// Usage: node examples/web/serve.mjs [port]   (binds 127.0.0.1; port 0 picks a free one)
// Also imported by the end-to-end test: `start(port)` resolves to the http.Server.
import http from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const roots = {
  "/pkg/": path.resolve(here, "../../wasm/pkg"),
  "/vendor/": path.resolve(here, "node_modules/@rijkshuisstijl-community"),
  "/": here,
};
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json", ".wasm": "application/wasm", ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8", ".md": "text/plain; charset=utf-8", ".woff2": "font/woff2", ".woff": "font/woff",
};

export function start(port = 8080, host = "127.0.0.1") {
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      let pathname = decodeURIComponent(url.pathname);
      if (pathname.endsWith("/")) pathname += "index.html";
      const prefix = ["/pkg/", "/vendor/"].find((p) => pathname.startsWith(p)) ?? "/";
      const root = roots[prefix];
      const file = path.resolve(root, "." + pathname.slice(prefix.length - 1));
      const inside = file.startsWith(root + path.sep);
      if (!inside || file.includes(`${path.sep}e2e${path.sep}`)
        || (prefix === "/" && file.includes(`${path.sep}node_modules${path.sep}`))) {
        res.writeHead(403).end("forbidden");
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": types[path.extname(file)] || "application/octet-stream",
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const server = await start(port);
  const { port: p } = server.address();
  console.log(`migratiepact form: http://127.0.0.1:${p}/  (Ctrl-C to stop)`);
}
