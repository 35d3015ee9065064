#!/usr/bin/env bash
# One answer everywhere: every conformance input (shared vectors, project vectors and the hostile
# catalogue in tests/hostile/) goes through every surface, and the outputs must be identical byte
# for byte to the Rust API's:
#   rust      migratiepact_core::evaluate_json (tests/examples/surface_inputs.rs writes the inputs
#             and the reference outputs once)
#   cli       target/release/migratiepact evaluate --json -   (and exit 0 ⇔ Assessment)
#   c         mp_evaluate_json from target/release/libmigratiepact.so (status 0 ⇔ Assessment,
#             3 ⇔ not UTF-8, 4 ⇔ over 1 MiB)
#   wasm      evaluateJson of wasm/pkg in Node (inputs that are not UTF-8 cannot be a JS string
#             and are left out on this surface)
#   chromium  evaluateJson of wasm/pkg in headless Chromium, for every UTF-8 input up to 64 KiB
# A difference fails with a readable line diff of the two outputs. Then: one million FFI calls
# with flat memory (RSS growth under MP_RSS_LIMIT_KB, default 4096).
#
# A surface that is not built (wasm/pkg, node, chromium) is skipped with a clear message during
# development (SURFACES_WAIT=SECONDS waits for it first), and fails the script in CI (CI=true).
#
#   bash scripts/test-surfaces.sh
#   MP_FFI_CALLS=100000 bash scripts/test-surfaces.sh     # fewer FFI calls
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
CI=${CI:-false}
CALLS=${MP_FFI_CALLS:-1000000}
RSS_LIMIT_KB=${MP_RSS_LIMIT_KB:-4096}
WAIT=${SURFACES_WAIT:-0}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mp-surfaces.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

log() { printf '==> %s\n' "$*"; }
problems=()
skipped=()
missing_surface() { # name, why
  if [ "$CI" = "true" ]; then
    echo "FAILED: surface $1 is missing in CI: $2"
    problems+=("surface $1 missing")
  else
    echo "SKIPPED: surface $1 — $2"
    skipped+=("$1")
  fi
}

# --- build the native surfaces and the inputs -------------------------------------------------
# The whole workspace, as scripts/test.sh's native stage builds it: the same feature set, so
# nothing is rebuilt there (building single packages would unify features differently).
log "building the CLI and the C library (release)"
if ! cargo build --release --quiet --workspace; then
  echo "FAILED: cargo build --release"; echo "0 passed, 1 failed"; exit 1
fi
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
CLI=$TARGET/release/migratiepact
LIB=$TARGET/release/libmigratiepact.so

log "writing every input and the Rust API's answer to $WORK"
if ! cargo build --quiet --workspace --examples \
  || ! "$TARGET/debug/examples/surface_inputs" "$WORK"; then
  echo "FAILED: tests/examples/surface_inputs"; echo "0 passed, 1 failed"; exit 1
fi
mapfile -t IDS < <(cut -f1 "$WORK/index.tsv")
echo "${#IDS[@]} inputs"

# --- CLI --------------------------------------------------------------------------------------
log "surface cli: $CLI"
mkdir -p "$WORK/cli"
for id in "${IDS[@]}"; do
  "$CLI" evaluate --json - <"$WORK/in/$id" >"$WORK/cli/$id.raw" 2>"$WORK/cli/$id.err"
  echo $? >"$WORK/cli/$id.code"
  # The CLI ends its one line with a newline; the output document is the line.
  head -c -1 "$WORK/cli/$id.raw" >"$WORK/cli/$id"
  if [ "$(tail -c 1 "$WORK/cli/$id.raw" | od -An -c | tr -d ' ')" != '\n' ]; then
    cp "$WORK/cli/$id.raw" "$WORK/cli/$id"
  fi
done

# --- C library --------------------------------------------------------------------------------
cat >"$WORK/surfaces.c" <<'EOF'
/* Drives mp_evaluate_json over DIR/in/<id> for every id of DIR/index.tsv, writing DIR/c/<id>
 * (the output bytes) and DIR/c/<id>.status; or, with --rss N FILE..., makes N calls cycling over
 * the files and reports the resident set size before and after. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "migratiepact.h"

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc(n > 0 ? (size_t)n : 1);
    if (buf && n > 0 && fread(buf, 1, (size_t)n, f) != (size_t)n) { free(buf); buf = NULL; }
    fclose(f);
    *len = n > 0 ? (size_t)n : 0;
    return buf;
}

static long rss_kb(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0) kb = atol(line + 6);
    if (f) fclose(f);
    return kb;
}

int main(int argc, char **argv) {
    if (argc >= 4 && strcmp(argv[1], "--rss") == 0) {
        long calls = atol(argv[2]);
        int nfiles = argc - 3;
        char **in = calloc((size_t)nfiles, sizeof *in);
        size_t *len = calloc((size_t)nfiles, sizeof *len);
        for (int i = 0; i < nfiles; i++)
            if (!(in[i] = slurp(argv[3 + i], &len[i]))) { perror(argv[3 + i]); return 2; }
        long warm = calls / 100 > 1000 ? calls / 100 : 1000, before = 0;
        for (long k = 0; k < calls + warm; k++) {
            if (k == warm) before = rss_kb();
            char *out = NULL;
            size_t out_len = 0;
            MpStatus st = mp_evaluate_json(in[k % nfiles], len[k % nfiles], &out, &out_len);
            if (st == MP_PANIC || st == MP_NULL_POINTER || !out) {
                fprintf(stderr, "call %ld: status %d\n", k, (int)st);
                return 1;
            }
            mp_string_free(out);
        }
        long after = rss_kb();
        printf("%ld %ld\n", before, after);
        for (int i = 0; i < nfiles; i++) free(in[i]);
        free(in);
        free(len);
        return 0;
    }
    if (argc != 2) { fprintf(stderr, "usage: surfaces DIR | --rss N FILE...\n"); return 2; }
    char path[4096], id[64];
    snprintf(path, sizeof path, "%s/index.tsv", argv[1]);
    FILE *index = fopen(path, "r");
    if (!index) { perror(path); return 2; }
    char line[8192];
    int failures = 0;
    while (fgets(line, sizeof line, index)) {
        if (sscanf(line, "%63[^\t]", id) != 1) continue;
        snprintf(path, sizeof path, "%s/in/%s", argv[1], id);
        size_t len = 0;
        char *input = slurp(path, &len);
        if (!input) { perror(path); return 2; }
        char *out = NULL;
        size_t out_len = 0;
        MpStatus st = mp_evaluate_json(input, len, &out, &out_len);
        free(input);
        snprintf(path, sizeof path, "%s/c/%s.status", argv[1], id);
        FILE *s = fopen(path, "w");
        fprintf(s, "%d\n", (int)st);
        fclose(s);
        if (!out) { failures++; continue; }
        if (strlen(out) != out_len) fprintf(stderr, "%s: out_len %zu but strlen %zu\n", id, out_len, strlen(out));
        snprintf(path, sizeof path, "%s/c/%s", argv[1], id);
        FILE *o = fopen(path, "wb");
        fwrite(out, 1, out_len, o);
        fclose(o);
        mp_string_free(out);
    }
    fclose(index);
    return failures ? 1 : 0;
}
EOF
log "surface c: $LIB"
mkdir -p "$WORK/c"
HAVE_C=false
RSS_PID=""
if ! command -v gcc >/dev/null; then
  missing_surface c "gcc is not installed"
elif [ ! -f "$LIB" ] || [ ! -f ffi/include/migratiepact.h ]; then
  missing_surface c "$LIB or ffi/include/migratiepact.h missing"
elif ! ln -sf libmigratiepact.so "$TARGET/release/libmigratiepact.so.0" ||  # the SONAME (ffi/build.rs)
     ! gcc -std=c11 -O2 -Wall -Wextra -Iffi/include "$WORK/surfaces.c" -L"$TARGET/release" \
      -lmigratiepact -Wl,-rpath,"$TARGET/release" -o "$WORK/surfaces"; then
  echo "FAILED: compiling the C driver"; problems+=("c driver does not compile")
else
  "$WORK/surfaces" "$WORK" || { echo "FAILED: C driver"; problems+=("c driver"); }
  HAVE_C=true
  # The million-call memory loop runs in the background while the other surfaces are tested.
  small=()
  while IFS=$'\t' read -r id name _; do
    case $name in
      registration-ends-saturday|border-misled-adult-schiphol|error-unknown-field|error-invalid-json|\
      hostile-utf8-bom-tolerated|hostile-wrong-types-everywhere|hostile-invalid-utf8-latin1)
        small+=("$WORK/in/$id") ;;
    esac
  done <"$WORK/index.tsv"
  echo "memory loop: $CALLS calls over ${#small[@]} inputs (an Assessment, ErrorReports, a BOM, bad UTF-8), in the background"
  ( s=$SECONDS; "$WORK/surfaces" --rss "$CALLS" "${small[@]}" >"$WORK/rss.out" 2>"$WORK/rss.err"
    rc=$?; echo $((SECONDS - s)) >"$WORK/rss.time"; exit $rc ) &
  RSS_PID=$!
fi

# --- WASM in Node -----------------------------------------------------------------------------
HAVE_NODE=false
command -v node >/dev/null && HAVE_NODE=true
PKG=$ROOT/wasm/pkg/index.js
waited=0
while [ ! -f "$PKG" ] && [ "$waited" -lt "$WAIT" ]; do
  [ "$waited" -eq 0 ] && echo "waiting up to ${WAIT} s for wasm/pkg (scripts/build-wasm.sh)…"
  sleep 5; waited=$((waited + 5))
done
if [ ! -f "$PKG" ] && [ "$CI" = "true" ] && [ -f scripts/build-wasm.sh ]; then
  log "wasm/pkg missing in CI: building it (scripts/build-wasm.sh)"
  bash scripts/build-wasm.sh || true
fi
HAVE_WASM=false
if ! $HAVE_NODE; then
  missing_surface wasm "node is not installed"
elif [ ! -f "$PKG" ]; then
  missing_surface wasm "wasm/pkg is not built (bash scripts/build-wasm.sh)"
else
  log "surface wasm (Node $(node --version)): wasm/pkg"
  if [ -n "$(find core/src wasm/src -name '*.rs' -newer wasm/pkg/migratiepact_bg.wasm 2>/dev/null | head -1)" ]; then
    echo "note: wasm/pkg is older than core/src or wasm/src; differences may only mean a stale build"
    echo "      (rebuild: bash scripts/build-wasm.sh)"
  fi
  mkdir -p "$WORK/wasm"
  cat >"$WORK/wasm.mjs" <<'EOF'
import fs from "node:fs";
import { pathToFileURL } from "node:url";
const [pkg, dir] = process.argv.slice(2);
const { evaluateJson } = await import(pathToFileURL(pkg).href);
let n = 0;
for (const line of fs.readFileSync(`${dir}/index.tsv`, "utf8").split("\n")) {
  if (!line) continue;
  const [id, , , utf8] = line.split("\t");
  if (utf8 !== "1") continue; // not representable as a JS string
  const text = fs.readFileSync(`${dir}/in/${id}`).toString("utf8"); // keeps a BOM
  fs.writeFileSync(`${dir}/wasm/${id}`, evaluateJson(text), "utf8");
  n++;
}
console.log(`wasm: ${n} inputs evaluated`);
EOF
  if node "$WORK/wasm.mjs" "$PKG" "$WORK"; then HAVE_WASM=true; else
    echo "FAILED: the WASM package in Node"; problems+=("wasm in node")
  fi
fi

# --- WASM in headless Chromium ----------------------------------------------------------------
CHROME=""
for c in chromium chromium-browser google-chrome; do
  command -v "$c" >/dev/null && { CHROME=$(command -v "$c"); break; }
done
if ! $HAVE_WASM; then
  missing_surface chromium "needs node and wasm/pkg"
elif [ -z "$CHROME" ]; then
  missing_surface chromium "no chromium binary"
else
  log "surface chromium ($("$CHROME" --version 2>/dev/null | head -1)): headless, wasm/pkg"
  mkdir -p "$WORK/chromium"
  cat >"$WORK/browser.mjs" <<'EOF'
// Serves the repository and a test page, starts headless Chromium on it, and collects the
// outputs the page posts back. Inputs: every UTF-8 input of index.tsv up to 64 KiB.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { spawn } from "node:child_process";
const [root, dir, chrome] = process.argv.slice(2);
const ids = [];
for (const line of fs.readFileSync(`${dir}/index.tsv`, "utf8").split("\n")) {
  const [id, , , utf8] = line.split("\t");
  if (id && utf8 === "1" && fs.statSync(`${dir}/in/${id}`).size <= 65536) ids.push(id);
}
const inputs = Object.fromEntries(ids.map((id) => [id, fs.readFileSync(`${dir}/in/${id}`).toString("base64")]));
const page = `<!doctype html><meta charset="utf-8"><title>migratiepact surfaces</title>
<script type="module">
const b64bytes = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
const bytesb64 = (b) => { let s = ""; for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192)); return btoa(s); };
try {
  const { evaluateJson } = await import("/wasm/pkg/index.js");
  const inputs = await (await fetch("/__inputs.json")).json();
  const dec = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const out = {};
  for (const [id, b64] of Object.entries(inputs)) out[id] = bytesb64(new TextEncoder().encode(evaluateJson(dec.decode(b64bytes(b64)))));
  await fetch("/__result", { method: "POST", body: JSON.stringify({ ok: true, out }) });
} catch (e) {
  await fetch("/__result", { method: "POST", body: JSON.stringify({ ok: false, error: String(e && e.stack || e) }) });
}
</script>`;
const types = { ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json", ".html": "text/html" };
let child;
const finish = (code, msg) => { if (msg) console.log(msg); if (child) child.kill("SIGKILL"); server.close(); process.exit(code); };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/__page.html") return res.writeHead(200, { "content-type": "text/html" }).end(page);
  if (url.pathname === "/__inputs.json") return res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(inputs));
  if (url.pathname === "/__result" && req.method === "POST") {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      res.end("ok");
      const r = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      if (!r.ok) return finish(1, `chromium: the page failed: ${r.error}`);
      for (const [id, b64] of Object.entries(r.out)) fs.writeFileSync(`${dir}/chromium/${id}`, Buffer.from(b64, "base64"));
      finish(0, `chromium: ${Object.keys(r.out).length} inputs evaluated`);
    });
    return;
  }
  const file = path.join(root, path.normalize(url.pathname));
  if (!file.startsWith(path.join(root, "wasm", "pkg")) || !fs.existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" }).end(fs.readFileSync(file));
});
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address();
  child = spawn(chrome, ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--no-first-run", "--no-default-browser-check", `--user-data-dir=${dir}/chrome-profile`,
    `http://127.0.0.1:${port}/__page.html`], { stdio: "ignore" });
  child.on("exit", (code) => finish(1, `chromium exited (${code}) before the page answered`));
});
setTimeout(() => finish(1, "chromium: no answer within 90 s"), 90000);
EOF
  if ! node "$WORK/browser.mjs" "$ROOT" "$WORK" "$CHROME"; then
    echo "FAILED: the WASM package in headless Chromium"; problems+=("wasm in chromium")
  fi
fi

# --- compare ----------------------------------------------------------------------------------
log "comparing every surface with the Rust API, byte for byte"
cat >"$WORK/compare.py" <<'EOF'
import json, os, sys
d = sys.argv[1]
surfaces = [s for s in ["cli", "c", "wasm", "chromium"] if os.path.isdir(os.path.join(d, s))]
passed = failed = 0
counts = {s: 0 for s in surfaces}
def pretty(b):
    try:
        return json.dumps(json.loads(b.decode("utf-8")), indent=1, ensure_ascii=False).splitlines()
    except Exception:
        return [repr(b[:2000])]
def show_diff(a, b):
    la, lb = pretty(a), pretty(b)
    import difflib
    lines = list(difflib.unified_diff(la, lb, "rust", "surface", lineterm="", n=2))
    return "\n".join(("    " + l) for l in lines[:60]) + ("\n    …" if len(lines) > 60 else "")
for line in open(os.path.join(d, "index.tsv"), encoding="utf-8"):
    idx, name, source, utf8, ok, file = line.rstrip("\n").split("\t")
    ref = open(os.path.join(d, "rust", idx), "rb").read()
    for s in surfaces:
        p = os.path.join(d, s, idx)
        if not os.path.exists(p):
            if s == "c" or s == "cli" or (s == "wasm" and utf8 == "1"):
                failed += 1
                print(f"FAIL [{s}] {name} ({file}): no output")
            continue
        counts[s] += 1
        got = open(p, "rb").read()
        why = []
        if got != ref:
            why.append("output differs from the Rust API:\n" + show_diff(ref, got))
        if s == "cli":
            code = open(p + ".code").read().strip()
            want = "0" if ok == "1" else "1"
            if code != want:
                why.append(f"exit {code}, expected {want}; stderr: {open(p + '.err', errors='replace').read()[:300]}")
        if s == "c":
            st = int(open(p + ".status").read())
            raw = open(os.path.join(d, "in", idx), "rb").read()
            if ok == "1":
                want = {0}
            elif len(raw) > 1024 * 1024:
                want = {4}
            else:
                body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
                try:
                    body.decode("utf-8"); want = {1}
                except UnicodeDecodeError:
                    want = {3}
            if st not in want:
                why.append(f"status {st}, expected {sorted(want)}")
        if why:
            failed += 1
            print(f"FAIL [{s}] {name} ({file}): " + "; ".join(why))
        else:
            passed += 1
print("compared: " + ", ".join(f"{s} {n}" for s, n in counts.items()))
print(f"surfaces: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
EOF
if ! python3 "$WORK/compare.py" "$WORK"; then problems+=("outputs differ between surfaces"); fi

# --- one million FFI calls, flat memory (collected) ---------------------------------------------
if [ -n "$RSS_PID" ]; then
  log "memory: $CALLS calls of mp_evaluate_json + mp_string_free"
  if wait "$RSS_PID" && read -r before after <"$WORK/rss.out"; then
    growth=$((after - before))
    echo "RSS ${before} kB -> ${after} kB after $CALLS calls: growth ${growth} kB (limit ${RSS_LIMIT_KB} kB), $(cat "$WORK/rss.time") s"
    if [ "$growth" -gt "$RSS_LIMIT_KB" ]; then
      echo "FAILED: memory grows over repeated FFI calls"; problems+=("ffi memory growth ${growth} kB")
    fi
  else
    echo "FAILED: the FFI call loop"; cat "$WORK/rss.err"; problems+=("ffi call loop")
  fi
fi

echo
[ ${#skipped[@]} -gt 0 ] && echo "skipped surfaces (not built; these FAIL in CI): ${skipped[*]}"
if [ ${#problems[@]} -gt 0 ]; then
  echo "test-surfaces: FAILED: ${problems[*]}"
  exit 1
fi
echo "test-surfaces: ok"
