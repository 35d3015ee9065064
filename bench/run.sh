#!/usr/bin/env bash
# The cross-surface benchmark of migratiepact with its peers, in one command:
#
#   bash bench/run.sh
#
# Builds the release artifacts (niced: this is a shared 2-core machine), generates the manifest,
# runs the differential gate (every runner must choose the same procedure as
# `migratiepact batch` on every case, or nothing is timed), times every surface and peer one
# after the other, and writes bench/results.json, the figures block of BENCHMARKS.md and
# bench/chart.svg. A surface whose artifact cannot be built (the WASM package, the C library)
# is reported as missing, not silently left out.
#
# Environment: BENCH_N (cases, default 10000), BENCH_SEED (default 20260612), BENCH_ITERS
# (timed passes, default 3), BENCH_BATCH_RUNS (default 5), BENCH_ROUNDS (default 3),
# BENCH_TARGET_DIR (below), BENCH_ZEN_RUST=0 to skip ZEN's Rust core (a cold build of the
# zen-engine crate takes 5–10 minutes on an idle machine, about an hour on a busy one; it lives
# outside the main workspace, in bench/peers/zen-rust, with its own target directory).
set -euo pipefail
cd "$(dirname "$0")/.."
NICE="nice -n 19"
log() { printf '==> %s\n' "$*" >&2; }

command -v node >/dev/null || { log "node is required (apt-get install nodejs npm)"; exit 2; }
command -v gcc >/dev/null || { log "gcc is required"; exit 2; }

log "manifest: ${BENCH_N:-10000} cases"
python3 bench/manifest/generate.py -n "${BENCH_N:-10000}" --seed "${BENCH_SEED:-20260612}" \
  -o bench/manifest/cases.jsonl --summary > bench/manifest/summary.json

log "build: CLI, C library, Rust bench driver (release)"
# BENCH_TARGET_DIR: the target directory for every Rust artifact measured (default: `target`);
# another one (e.g. target/bench) builds them all from one tree without waiting for the shared
# directory's lock while other release builds run.
export BENCH_TARGET_DIR="${BENCH_TARGET_DIR:-target}"
CARGO_TARGET_DIR="$BENCH_TARGET_DIR" $NICE cargo build --release -p migratiepact-cli -p migratiepact-ffi
CARGO_TARGET_DIR="$BENCH_TARGET_DIR" $NICE cargo bench -p migratiepact-core --bench surfaces --no-run

if [ -f "$BENCH_TARGET_DIR/release/libmigratiepact.so" ]; then
  ln -sf libmigratiepact.so "$BENCH_TARGET_DIR/release/libmigratiepact.so.0"  # its SONAME
  gcc -O2 -Wall -o bench/c/bench bench/c/bench.c -L"$BENCH_TARGET_DIR/release" -lmigratiepact
else
  rm -f bench/c/bench
  log "MISSING: $BENCH_TARGET_DIR/release/libmigratiepact.so — the C surface is not timed"
fi

if [ ! -f wasm/pkg/index.js ]; then
  if [ -f scripts/build-wasm.sh ]; then
    log "build: WASM package (scripts/build-wasm.sh)"
    $NICE bash scripts/build-wasm.sh || log "MISSING: the WASM build failed — the WASM surface is not timed"
  else
    log "MISSING: wasm/pkg and scripts/build-wasm.sh — the WASM surface is not timed"
  fi
fi

for peer in json-rules-engine zen-node; do
  if [ ! -d "bench/peers/$peer/node_modules" ]; then
    log "install: $peer (npm ci)"
    (cd "bench/peers/$peer" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
node bench/peers/zen-node/make-jdm.mjs >/dev/null

if [ "${BENCH_ZEN_RUST:-1}" != "0" ]; then
  log "build: ZEN Rust peer (outside the workspace; minutes when cold)"
  $NICE cargo build --release --manifest-path bench/peers/zen-rust/Cargo.toml
fi

python3 bench/run.py
