#!/usr/bin/env bash
# The C surface: builds target/release/libmigratiepact.{so,a}, compiles examples/c/harness.c with
# gcc against both, and checks, against the CURRENT Rust output (never stored outputs):
#   - every conformance vector (tests/vectors/public, tests/vectors) and example case, sent as the
#     conformance runner sends it, gives byte-for-byte the output of migratiepact_core::evaluate_json
#     (shared and static library, and through Python ctypes);
#   - NULL pointers, invalid UTF-8, empty and oversized input give their documented statuses;
#   - 8 threads at once give identical results;
#   - valgrind (--leak-check=full) and an AddressSanitizer+UBSan build run clean;
#   - the committed header is what cbindgen generates (cargo test -p migratiepact-ffi);
# then measures calls/second through C and through the Rust API.
#
#   bash scripts/test-c.sh          (BENCH_SECONDS=0 skips the measurement)
# Prints a final line "N passed, M failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/c
VEC=$OUT/vectors
LIB=$ROOT/target/release
BENCH_SECONDS=${BENCH_SECONDS:-2}
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
mkdir -p "$OUT"

. "$ROOT/scripts/steps.sh"   # passed, failed, log, step

# --- tools -----------------------------------------------------------------------------------
need=()
command -v gcc >/dev/null || need+=(gcc)
command -v make >/dev/null || need+=(make)
command -v valgrind >/dev/null || need+=(valgrind)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# --- build -----------------------------------------------------------------------------------
log "cargo build --release -p migratiepact-ffi (lib + examples)"
if ! cargo build --release -p migratiepact-ffi --lib --examples 2>&1 | tail -n 3; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
for f in "$LIB/libmigratiepact.so" "$LIB/libmigratiepact.a" "$LIB/examples/vectors"; do
  if [ -f "$f" ]; then echo "built $f ($(stat -c %s "$f") bytes)"; else echo "missing $f"; echo "0 passed, 1 failed"; exit 1; fi
done
# Test copies taken right after the build, so that a concurrent `cargo build` in the same target
# directory cannot put a library from other sources next to the outputs generated here.
rm -rf "$OUT/lib" && mkdir -p "$OUT/lib"
cp "$LIB/libmigratiepact.so" "$LIB/libmigratiepact.a" "$LIB/examples/vectors" "$OUT/lib/"
# The SONAME (ffi/build.rs) that programs linked against the .so look for at run time.
ln -sf libmigratiepact.so "$OUT/lib/libmigratiepact.so.0"
LIB=$OUT/lib

# The system libraries a Rust staticlib needs (rustc --print native-static-libs). The crate and
# its dependencies link no native library of their own, so the list is that of std.
printf '' >"$OUT/empty.rs"
NATIVE_LIBS=$(rustc --crate-type staticlib --print native-static-libs "$OUT/empty.rs" -o "$OUT/empty.a" 2>&1 |
  sed -n 's/.*native-static-libs: //p')
NATIVE_LIBS=${NATIVE_LIBS:-"-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc"}
echo "native-static-libs: $NATIVE_LIBS"

# --- expected outputs from the current Rust engine --------------------------------------------
SHARED="$ROOT/tests/vectors/public"
rm -rf "$VEC"
specs=()
[ -n "$SHARED" ] && specs+=("$SHARED:public")
[ -d tests/vectors ] && specs+=("tests/vectors:project")
[ -d examples/cases ] && specs+=("examples/cases:case")
step "generate inputs and current Rust outputs (${specs[*]})" \
  "$LIB/vectors" gen "$VEC" "${specs[@]}"
echo "$(wc -l <"$VEC/index.tsv") inputs: $(cut -f2 "$VEC/index.tsv" | sort | uniq -c | tr '\n' ' ')"

# --- compile the harness ---------------------------------------------------------------------
CFLAGS="-std=c11 -Wall -Wextra -Werror -O2 -g -I$ROOT/ffi/include"
step "gcc: harness against libmigratiepact.so" \
  gcc $CFLAGS examples/c/harness.c -L"$LIB" -Wl,-rpath,"$LIB" -lmigratiepact -lpthread -o "$OUT/harness"
step "gcc: harness against libmigratiepact.a" \
  gcc $CFLAGS examples/c/harness.c "$LIB/libmigratiepact.a" $NATIVE_LIBS -o "$OUT/harness-static"
step "gcc: harness with AddressSanitizer + UBSan against libmigratiepact.a" \
  gcc $CFLAGS -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
  examples/c/harness.c "$LIB/libmigratiepact.a" $NATIVE_LIBS -o "$OUT/harness-asan"
mkdir -p "$OUT/make"
step "make -C examples/c (the documented build)" \
  make -s -C examples/c OUT="$OUT/make" ROOT="$ROOT" LIBDIR="$LIB" all

# --- run -------------------------------------------------------------------------------------
for bin in harness harness-static; do
  step "$bin --check (byte-for-byte against evaluate_json)" "$OUT/$bin" --check "$VEC"
  step "$bin --selftest (documented statuses)" "$OUT/$bin" --selftest
  step "$bin --threads 8 (identical results)" "$OUT/$bin" --threads "$VEC" 8 3
done
step "harness --check through an engine with the embedded parameter file" \
  "$OUT/harness" --check "$VEC" --params core/params/default.json
step "harness evaluates an example case file" "$OUT/harness" examples/cases/legacy-ter-apel.json
step "harness --regime / --deadline" \
  bash -c "'$OUT/harness' --regime 2026-03-02 2026-03-02 && '$OUT/harness' --deadline 2026-09-01T10:15:00+02:00 PT72H eu && '$OUT/harness' --deadline 2026-08-31 P5D nl"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
step "ASan+UBSan: --check" "$OUT/harness-asan" --check "$VEC"
step "ASan+UBSan: --selftest" "$OUT/harness-asan" --selftest
step "ASan+UBSan: --threads 8" "$OUT/harness-asan" --threads "$VEC" 8 1
unset ASAN_OPTIONS UBSAN_OPTIONS

VG="valgrind --quiet --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=3"
step "valgrind: --selftest (shared)" $VG "$OUT/harness" --selftest
step "valgrind: --check (shared)" $VG "$OUT/harness" --check "$VEC"
step "valgrind: --check (static)" $VG "$OUT/harness-static" --check "$VEC"
step "valgrind: --threads 8 (shared)" $VG "$OUT/harness" --threads "$VEC" 8 1
step "valgrind: engine + example case (shared)" $VG "$OUT/harness" --params core/params/default.json examples/cases/legacy-ter-apel.json

step "python ctypes: run.py --check" env MIGRATIEPACT_LIB="$LIB/libmigratiepact.so" python3 examples/python/run.py --check "$VEC"
step "python ctypes: run.py CASE.json" env MIGRATIEPACT_LIB="$LIB/libmigratiepact.so" python3 examples/python/run.py examples/cases/legacy-ter-apel.json

step "cargo test -p migratiepact-ffi (header up to date, ABI from Rust, 8 threads)" \
  cargo test -q -p migratiepact-ffi

# --- measurement -----------------------------------------------------------------------------
if [ "$BENCH_SECONDS" != "0" ]; then
  log "calls/second over the public vectors (${BENCH_SECONDS}s each, one thread)"
  "$OUT/harness" --bench "$VEC" "$BENCH_SECONDS" | tee "$OUT/bench.txt"
  "$LIB/vectors" bench "$VEC" "$BENCH_SECONDS" | tee -a "$OUT/bench.txt"
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
