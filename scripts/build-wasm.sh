#!/usr/bin/env bash
# Builds the npm package `migratiepact` into wasm/pkg/ (gitignored):
#   cargo build (wasm32-unknown-unknown, profile wasm-release) -> wasm-bindgen --target web
#   -> wasm-opt -Oz (npm binaryen; never Debian's binaryen 108, whose output breaks the externref
#   table) -> the universal ES module entry point wasm/js/index.js (Node >= 20 and browsers).
# Prints the raw and gzipped size of the .wasm and fails when gzip exceeds the regression limit.
# Needs: rustup target wasm32-unknown-unknown, wasm-bindgen-cli 0.2.130, and the npm dev tools in
# wasm/node_modules (scripts/test-wasm.sh installs all three when missing).
#
# WASM_NIGHTLY=1 (opt-in, not the default build): the same package built with a nightly
# toolchain that rebuilds the standard library for size (-Zbuild-std, std's optimize_for_size
# feature, panic strategy immediate-abort, no panic locations; own target dir target/wasm-nightly).
# Same outputs; ~18 KB smaller gzipped (144,789 B). Needs `rustup toolchain install nightly` with the
# rust-src component.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TARGET_GZ=150000          # bytes: the 150 KB target of issue 6 (not met on stable: see wasm/README.md)
# Hard limit: a regression past this fails the build. 170,000 B, the ceiling issue 15 allows
# where simplifying costs bytes (the law revision of December 2026, the parameter files through
# the one decoder, met/missed, messages in Dutch and English): measured 179,250 B with the
# labels inside the .wasm, 168,663 B with them as the generated module labels.js
# (wasm/examples/labels_js.rs), on 2026-12-01.
BUDGET_GZ=${WASM_BUDGET_GZ:-170000}
PKG="$ROOT/wasm/pkg"
WASM_OPT="$ROOT/wasm/node_modules/.bin/wasm-opt"
export PATH="$HOME/.cargo/bin:$PATH"

if ! command -v wasm-bindgen >/dev/null; then
  echo "build-wasm: wasm-bindgen not found; run scripts/test-wasm.sh (installs it) or" >&2
  echo "  cargo install wasm-bindgen-cli --version 0.2.130" >&2
  exit 1
fi
if [ ! -x "$WASM_OPT" ]; then
  echo "build-wasm: npm binaryen missing; installing into wasm/node_modules" >&2
  (cd wasm && npm install --no-audit --no-fund >/dev/null)
fi

# Size: the `wasm-release` profile (root Cargo.toml) is opt-level "z" with fat LTO and one codegen
# unit; the build runs in its own target directory (target/wasm) so the native artifacts and their
# lock are left alone.
if [ "${WASM_NIGHTLY:-0}" = 1 ]; then
  export CARGO_TARGET_DIR="$ROOT/target/wasm-nightly"
  echo "build-wasm: nightly, -Zbuild-std (optimize_for_size, panic immediate-abort), opt-level z, fat LTO"
  RUSTFLAGS="-Zlocation-detail=none -Zunstable-options -Cpanic=immediate-abort" \
    cargo +nightly build --profile wasm-release --target wasm32-unknown-unknown -p migratiepact-wasm \
    -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
else
  export CARGO_TARGET_DIR="$ROOT/target/wasm"
  echo "build-wasm: cargo build --profile wasm-release --target wasm32-unknown-unknown -p migratiepact-wasm (opt-level z, fat LTO)"
  cargo build --profile wasm-release --target wasm32-unknown-unknown -p migratiepact-wasm
fi
RAW_CARGO="$CARGO_TARGET_DIR/wasm32-unknown-unknown/wasm-release/migratiepact_wasm.wasm"

rm -rf "$PKG"
mkdir -p "$PKG"
wasm-bindgen --target web --out-dir "$PKG" --out-name migratiepact "$RAW_CARGO"
BG="$PKG/migratiepact_bg.wasm"
before=$(stat -c %s "$BG")
# -Oz until nothing changes (--converge), functions with one caller inlined up to 100 bytes
# (they vanish into the caller), and the producers/target-features custom sections dropped (read
# by no runtime): ~3 KB gzipped less than a plain -Oz, the same evaluateJson speed.
wasm_opt() {
  "$WASM_OPT" -Oz --converge --one-caller-inline-max-function-size=100 \
    --strip-producers --strip-target-features \
    --enable-reference-types --enable-bulk-memory --enable-sign-ext \
    --enable-mutable-globals --enable-nontrapping-float-to-int --enable-multivalue \
    "$1" -o "$1.opt" && mv "$1.opt" "$1"
}
wasm_opt "$BG"

# The caseload operations (agendaJson, impactJson; issue 17) as a second module for back-office
# tools, `migratiepact/ops`: the same crate with its `ops` feature. They cost ~22 KB gzipped for
# the agenda alone, which the forms' module has no room for; a form never loads this one.
if [ "${WASM_OPS:-1}" = 1 ] && [ "${WASM_NIGHTLY:-0}" != 1 ]; then
  echo "build-wasm: the ops module (--features ops)"
  cargo build --profile wasm-release --target wasm32-unknown-unknown -p migratiepact-wasm --features ops
  wasm-bindgen --target web --out-dir "$PKG" --out-name migratiepact_ops "$RAW_CARGO"
  OPS="$PKG/migratiepact_ops_bg.wasm"
  wasm_opt "$OPS"
  printf 'build-wasm: ops module %s: %d B raw, %d B gzip -9\n' "$OPS" "$(stat -c %s "$OPS")" "$(gzip -9 -c "$OPS" | wc -c)"
fi

VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
# The entry points (node.js, browser.js, init.js, init.node.js, require.cjs; index.js is the
# universal module the repository's own tests and examples/web import), their types
# (index.d.ts, init.d.ts, contract.d.ts generated from the Rust types), README and LICENSE.
cp wasm/js/*.js wasm/js/*.cjs wasm/js/*.d.ts "$PKG/"
cp wasm/README.md "$PKG/README.md"
cp LICENSE "$PKG/LICENSE"
sed "s/\"version\": \"0.0.0\"/\"version\": \"$VERSION\"/" wasm/js/package.json > "$PKG/package.json"
rm -f "$PKG/.gitignore"

raw=$(stat -c %s "$BG")
gz=$(gzip -9 -c "$BG" | wc -c)
printf 'build-wasm: %s\n' "$BG"
printf 'build-wasm: after wasm-bindgen %d B; after wasm-opt %d B raw, %d B gzip -9 (target %d B, limit %d B)\n' \
  "$before" "$raw" "$gz" "$TARGET_GZ" "$BUDGET_GZ"
if [ "$gz" -gt "$BUDGET_GZ" ]; then
  echo "build-wasm: FAIL: gzipped .wasm is $gz B, over the $BUDGET_GZ B regression limit" >&2
  exit 1
fi
if [ "$gz" -gt "$TARGET_GZ" ]; then
  echo "build-wasm: NOTE: gzipped .wasm is $gz B, $(( (gz - TARGET_GZ) / 1000 )) KB over the $TARGET_GZ B target" >&2
fi
echo "build-wasm: ok (package migratiepact $VERSION in wasm/pkg)"
