#!/usr/bin/env bash
# Runs every test of migratiepact on every surface: native Rust (unit, property, schema,
# conformance through the Rust API and the CLI), the C library (gcc, valgrind, ASan/UBSan,
# threads, Python ctypes), the WASM package (Node, TypeScript, headless Chromium), the hostile
# input catalogue, the release packages (C, Python, Java, npm: scripts/test-package.sh) and
# bounded fuzzing. Installs what it needs when missing.
#
#   bash scripts/test.sh            # everything
#   bash scripts/test.sh native c   # only some stages (native c wasm surfaces ops package fuzz)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(native c wasm surfaces ops package fuzz)

log() { printf '\n==> %s\n' "$*"; }

# --- prerequisites (idempotent) -------------------------------------------------------------
need_apt=()
command -v gcc >/dev/null || need_apt+=(gcc)
command -v valgrind >/dev/null || need_apt+=(valgrind)
command -v node >/dev/null || need_apt+=(nodejs npm)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing ${need_apt[*]} (apt)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
if ! rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown; then
  log "installing the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q '0.2.130'; then
  log "installing wasm-bindgen-cli 0.2.130 (about 2 minutes)"
  cargo install wasm-bindgen-cli --version 0.2.130
fi
export PATH="$HOME/.cargo/bin:$PATH"

passed=0; failed=0; failed_names=()
run_stage() {
  local name=$1; shift
  log "stage $name"
  local start=$SECONDS
  if "$@"; then
    passed=$((passed + 1)); echo "stage $name: ok ($((SECONDS - start)) s)"
  else
    failed=$((failed + 1)); failed_names+=("$name"); echo "stage $name: FAILED ($((SECONDS - start)) s)"
  fi
}

native() {
  cargo build --release --workspace && cargo test --workspace --quiet
}
c_surface() { [ -f scripts/test-c.sh ] && bash scripts/test-c.sh; }
wasm_surface() { [ -f scripts/test-wasm.sh ] && bash scripts/test-wasm.sh; }
surfaces() { [ -f scripts/test-surfaces.sh ] && bash scripts/test-surfaces.sh; }
fuzz() { [ -f scripts/test-fuzz.sh ] && bash scripts/test-fuzz.sh; }
ops_reports() { [ -f scripts/test-ops.sh ] && bash scripts/test-ops.sh; }
# The release artifacts (scripts/package.sh) installed in clean directories and used as an
# integrator would (C with pkg-config, pip, java -jar, npm with Node, TypeScript, Vite, webpack).
package() { [ -f scripts/test-package.sh ] && bash scripts/test-package.sh; }

for s in "${stages[@]}"; do
  case $s in
    native) run_stage native native ;;
    c) run_stage c c_surface ;;
    wasm) run_stage wasm wasm_surface ;;
    surfaces) run_stage surfaces surfaces ;;
    ops) run_stage ops ops_reports ;;
    package) run_stage package package ;;
    fuzz) run_stage fuzz fuzz ;;
    *) echo "unknown stage $s"; exit 2 ;;
  esac
done

echo
[ $failed -gt 0 ] && echo "failed stages: ${failed_names[*]}"
echo "stages: $passed passed, $failed failed"
[ $failed -eq 0 ]
