#!/usr/bin/env bash
# Bounded fuzzing with cargo-fuzz (libFuzzer + AddressSanitizer, nightly): every target in fuzz/
# runs for FUZZ_SECONDS (default 45, 20 in CI) from a corpus seeded with every vector and hostile input.
# Any crash, panic, failed invariant, leak or timeout fails the script; the input that caused it
# is printed (base64) so it can become a regression input: tests/hostile/ for the engine's
# entry points, fuzz/regressions/<target>/ for any target (run first on every run).
#
#   bash scripts/test-fuzz.sh                    # all targets, 45 s each
#   FUZZ_SECONDS=300 bash scripts/test-fuzz.sh evaluate_json
#
# Targets: evaluate_json (core's bytes-in, JSON-out entry point), ffi_evaluate_json (the C entry
# point mp_evaluate_json through the ffi crate's rlib: status, length, ownership and byte
# equality with the Rust API), calendar_compute (the period calculator and its invariants).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$PATH"
# 45 s per target by default; 20 s in CI (CI=true), where the fuzz build starts from scratch and
# the surfaces and fuzz stages together must stay within 5 minutes.
if [ "${CI:-}" = "true" ]; then SECONDS_EACH=${FUZZ_SECONDS:-20}; else SECONDS_EACH=${FUZZ_SECONDS:-45}; fi
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(evaluate_json ffi_evaluate_json calendar_compute)

log() { printf '==> %s\n' "$*"; }

# --- toolchain (idempotent) -----------------------------------------------------------------
if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  log "installing the nightly toolchain (cargo-fuzz needs -Z sanitizer flags)"
  rustup toolchain install nightly --profile minimal || exit 1
fi
if ! command -v cargo-fuzz >/dev/null 2>&1; then
  log "installing cargo-fuzz"
  cargo install cargo-fuzz --locked || exit 1
fi

# --- seed corpora from the vectors and the hostile catalogue --------------------------------
# Inputs over 64 KiB are left out (libFuzzer's -max_len below); the size limit itself is covered
# by the hostile catalogue.
seed() {
  local dir=$1
  mkdir -p "$dir"
  if command -v node >/dev/null 2>&1; then
    node - "$ROOT" "$dir" <<'EOF'
const fs = require("fs"), path = require("path"), crypto = require("crypto");
const [root, out] = process.argv.slice(2);
const dirs = [path.join(root, "tests/vectors/public"), path.join(root, "tests/vectors"), path.join(root, "tests/hostile")];
let n = 0;
for (const d of dirs) {
  if (!fs.existsSync(d)) continue;
  for (const f of fs.readdirSync(d).filter((f) => f.endsWith(".json"))) {
    const v = JSON.parse(fs.readFileSync(path.join(d, f), "utf8"));
    let bytes;
    if (typeof v.rawBase64 === "string") bytes = Buffer.from(v.rawBase64, "base64");
    else if (typeof v.raw === "string") bytes = Buffer.from(v.raw, "utf8");
    else if (Array.isArray(v.rawRepeat)) continue;
    else if (v.input !== undefined) bytes = Buffer.from(JSON.stringify(v.input), "utf8");
    else continue;
    if (bytes.length > 65536) continue;
    const name = crypto.createHash("sha1").update(bytes).digest("hex");
    fs.writeFileSync(path.join(out, name), bytes);
    n++;
  }
}
console.error(`seeded ${n} inputs`);
EOF
  else
    python3 - "$ROOT" "$dir" <<'PY'
import base64, hashlib, json, os, sys
root, out = sys.argv[1], sys.argv[2]
dirs = [os.path.join(root, "tests/vectors/public"),
        os.path.join(root, "tests/vectors"), os.path.join(root, "tests/hostile")]
for d in dirs:
    if not os.path.isdir(d):
        continue
    for f in sorted(os.listdir(d)):
        if not f.endswith(".json"):
            continue
        v = json.load(open(os.path.join(d, f), encoding="utf-8"))
        if "rawBase64" in v: b = base64.b64decode(v["rawBase64"])
        elif "raw" in v: b = v["raw"].encode()
        elif "input" in v: b = json.dumps(v["input"], ensure_ascii=False, separators=(",", ":")).encode()
        else: continue
        if len(b) <= 65536:
            open(os.path.join(out, hashlib.sha1(b).hexdigest()), "wb").write(b)
PY
  fi
}

log "building fuzz targets (nightly, AddressSanitizer)"
build_start=$SECONDS
if ! ( cd fuzz && cargo +nightly fuzz build ); then
  echo "FAILED: building the fuzz targets"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "built in $((SECONDS - build_start)) s"

total_runs=0
failed=()
for t in "${targets[@]}"; do
  corpus=fuzz/corpus/$t
  mkdir -p "$corpus" "fuzz/artifacts/$t"
  [ "$t" != calendar_compute ] && seed "$corpus"
  log "fuzzing $t for ${SECONDS_EACH} s"
  logf=$(mktemp)
  # -timeout: one input taking over 10 s is a hang; -rss_limit_mb guards runaway memory.
  # Earlier failures (fuzz/regressions/<target>/, committed) run first as a read-only corpus.
  extra=()
  [ -d "fuzz/regressions/$t" ] && extra+=("regressions/$t")
  ( cd fuzz && cargo +nightly fuzz run "$t" "corpus/$t" "${extra[@]}" -- \
      -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 ) >"$logf" 2>&1
  rc=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$logf" | grep -o '[0-9]*$' | tail -1)
  runs=${runs:-0}
  total_runs=$((total_runs + runs))
  echo "$t: $runs executions, exit $rc"
  if [ $rc -ne 0 ]; then
    failed+=("$t")
    echo "---- $t failed; last lines of the fuzzer's log:"
    grep -v '^#[0-9]' "$logf" | tail -40
    for a in fuzz/artifacts/"$t"/*; do
      [ -f "$a" ] || continue
      echo "---- crashing input $a (base64; add it to tests/hostile/ as rawBase64):"
      base64 -w0 "$a"; echo
    done
  fi
  rm -f "$logf"
done

echo
echo "fuzz executions: $total_runs (${#targets[@]} targets, ${SECONDS_EACH} s each)"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED targets: ${failed[*]}"
  echo "0 passed, ${#failed[@]} failed"
  exit 1
fi
echo "fuzz: ${#targets[@]} passed, 0 failed"
