#!/usr/bin/env bash
# Mutation testing of the law: cargo-mutants changes the code of core/src/law and
# core/src/calendar one mutant at a time (a `<` becomes `<=`, a function returns a default, a
# `!` goes, …) and runs the conformance vectors (with the parameter-file and solidarity vectors
# of the coverage test) and the golden assessments (which pin every text) against each. A
# mutant the tests notice is "caught"; one they do not notice is "missed" — a rule no test
# pins. The method and the last score are in docs/testing.md. Too slow for CI (hours in
# full): run by hand, whole or one shard for a quick look.
#
#   bash scripts/mutants.sh                 # every mutant
#   bash scripts/mutants.sh --shard 0/80    # the first of 80 shards (~10 mutants)
#   bash scripts/mutants.sh --list          # the mutants, without running them
#
# Extra arguments go to cargo-mutants. MIGRATIEPACT_SKIP_VECTORS=name,name leaves out vectors
# that fail before any mutation (cargo-mutants needs a green baseline); the test says how many.
# Results: mutants.out/ (outcomes.json, caught.txt, missed.txt, timeout.txt, unviable.txt).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-mutants >/dev/null 2>&1; then
    cargo install cargo-mutants --locked
fi

export MIGRATIEPACT_VECTORS_RUST_ONLY=1
exec cargo mutants \
    --file 'core/src/law/**' \
    --file 'core/src/calendar/**' \
    --cargo-test-arg=--package=migratiepact-conformance \
    --cargo-test-arg=--lib \
    --cargo-test-arg=--test=conformance \
    --cargo-test-arg=--test=coverage \
    --cargo-test-arg=--test=golden \
    --cargo-test-arg=--test=periods \
    --cargo-test-arg=--test=solidarity \
    --timeout-multiplier 3 \
    "$@"
