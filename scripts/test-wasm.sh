#!/usr/bin/env bash
# Tests the WASM package `migratiepact` and the caseworker form, installing what is missing:
#   1. build (scripts/build-wasm.sh): cargo → wasm-bindgen → wasm-opt -Oz; gzip size ≤ the regression limit (target 150 KB)
#   2. wasm-bindgen-test in Node (wasm/tests/node.rs)
#   3. Node tests of the package (wasm/test/*.test.mjs): the API, and every conformance vector
#      through the package compared byte for byte with native evaluate_json, computed now
#   4. tsc --noEmit over the typed example (wasm/types-example.ts)
#   5. end-to-end test of examples/web in headless Chromium (playwright-core): the three cases of
#      issue 13, dates, reflow at 320 px, axe-core (WCAG 2.1 A/AA); screenshots and a report of
#      interactions and axe results in target/e2e/
#   6. timings: instantiate time and evaluations per second in Node (printed, not a test)
# Ends with "N passed, M failed"; exit status 0 only when nothing failed.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="$ROOT/target/wasm"   # the wasm build's own target dir (see build-wasm.sh)
PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + $1)); }
fail() { FAILED=$((FAILED + $1)); }
step() { printf '\n== %s\n' "$*"; }

# ---- tools -------------------------------------------------------------------------------------
step "tools"
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
if ! command -v wasm-bindgen >/dev/null || [ "$(wasm-bindgen --version | awk '{print $2}')" != "0.2.130" ]; then
  # Without --locked: a locked webpki-roots version is missing from this registry's index.
  cargo install wasm-bindgen-cli --version 0.2.130
fi
if [ ! -x wasm/node_modules/.bin/wasm-opt ] || [ ! -x wasm/node_modules/.bin/tsc ] \
  || [ ! -d wasm/node_modules/playwright-core ]; then
  (cd wasm && npm install --no-audit --no-fund)   # binaryen (npm, never Debian's), playwright-core, typescript
fi
if [ ! -d examples/web/node_modules/axe-core ] \
  || [ ! -d examples/web/node_modules/@rijkshuisstijl-community/components-css ]; then
  (cd examples/web && npm ci --no-audit --no-fund)   # Rijkshuisstijl components + tokens, axe-core
fi
if [ ! -x /usr/bin/chromium ]; then
  apt-get update && apt-get install -y chromium chromium-driver
fi
echo "wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), node $(node --version), $(/usr/bin/chromium --version 2>/dev/null)"

# ---- 1. build and size budget --------------------------------------------------------------------
step "1. build (size budget)"
if scripts/build-wasm.sh; then pass 1; else
  echo "FAILED: build-wasm.sh"
  fail 1
  [ -f wasm/pkg/index.js ] || { printf '\n%d passed, %d failed\n' "$PASSED" "$FAILED"; exit 1; }
fi

# ---- 2. wasm-bindgen-test in Node ----------------------------------------------------------------
step "2. wasm-bindgen-test (Node)"
out=$(CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown -p migratiepact-wasm --test node 2>&1)
rc=$?
echo "$out" | grep -E "^test |test result" || echo "$out" | tail -20
p=$(echo "$out" | sed -n 's/^test result: .* \([0-9]*\) passed; \([0-9]*\) failed.*/\1/p' | awk '{s+=$1} END {print s+0}')
f=$(echo "$out" | sed -n 's/^test result: .* \([0-9]*\) passed; \([0-9]*\) failed.*/\2/p' | awk '{s+=$1} END {print s+0}')
pass "$p"; fail "$f"
if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then fail 1; fi

# ---- 3. Node: API and conformance vectors against native output computed now --------------------
step "3. package in Node: API + conformance vectors (native reference built now)"
# The native CLI too: the ops module's agenda rows are compared with `migratiepact agenda`.
if cargo build --release -p migratiepact-wasm --example reference -p migratiepact-cli --bin migratiepact 2>&1 | tail -1; then
  out=$(MP_REFERENCE="$CARGO_TARGET_DIR/release/examples/reference" MP_CLI="$CARGO_TARGET_DIR/release/migratiepact" \
    node --test wasm/test/*.test.mjs 2>&1)
  echo "$out" | grep -E "^not ok|# vectors:|^# (tests|pass|fail)" | head -40
  pass "$(echo "$out" | sed -n 's/^# pass \([0-9]*\)/\1/p')"
  fail "$(echo "$out" | sed -n 's/^# fail \([0-9]*\)/\1/p')"
else
  echo "FAILED: reference build"; fail 1
fi

# ---- 4. TypeScript ------------------------------------------------------------------------------
step "4. tsc --noEmit (wasm/types-example.ts)"
if (cd wasm && node_modules/.bin/tsc --noEmit -p .); then echo "ok"; pass 1; else fail 1; fi

# ---- 5. end to end in Chromium ------------------------------------------------------------------
step "5. examples/web end to end (headless Chromium)"
out=$(node --test examples/web/e2e/*.test.mjs 2>&1)
echo "$out" | grep -E "^(not )?ok|^# (pass|fail)"
echo "$out" | grep -A12 "^not ok" | head -60
echo "$out" | grep -o 'e2e report: .*' | head -1   # interactions per case, axe results, screenshots
pass "$(echo "$out" | sed -n 's/^# pass \([0-9]*\)/\1/p')"
fail "$(echo "$out" | sed -n 's/^# fail \([0-9]*\)/\1/p')"
ls target/e2e/*.png 2>/dev/null

# ---- 6. timings ---------------------------------------------------------------------------------
step "6. timings (Node)"
node wasm/bench/bench.mjs || true

printf '\n%d passed, %d failed\n' "$PASSED" "$FAILED"
[ "$FAILED" -eq 0 ]
