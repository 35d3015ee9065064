#!/usr/bin/env bash
# The packaging stage (`bash scripts/test.sh package`): builds every artifact with
# scripts/package.sh, installs each in a clean temporary directory and uses it as an integrator
# would, comparing every answer byte for byte with the CLI's `evaluate --json` of the same bytes:
#   C       the tarball unpacked as a prefix: SONAME and symlinks, no symbol needs a glibc newer
#           than 2.17 (objdump -T), only mp_* exported (nm -D), the header as C89/C99/C11/C++98
#           with -pedantic -Werror, programs built with `pkg-config --cflags --libs migratiepact`
#           (shared, and static with Libs.private) over every vector, the README's C snippet;
#   Python  `pip install` of the wheel into a fresh venv, pytest over every vector (python/tests),
#           the README's Python and pandas snippets;
#   Java    `java -jar` of the jar on a case, the plain vector test on `-cp` (4 threads, an
#           Engine), the README's Java snippet;
#   npm     `npm install` of the tarball into a fresh project: Node ESM over every vector, the
#           CommonJS answer, TypeScript --strict, a Vite build and a webpack 5 build each loaded
#           in headless Chromium, `migratiepact/init` with an explicit wasmUrl, the README's
#           JavaScript snippet.
# Caches (kept between runs): target/dist (native build), target/package-test/npm-project and
# npm-cache (the consumer project's dev tools; the package is installed afresh), pip's cache. Prints "N passed, M failed".
#
#   bash scripts/test-package.sh            SKIP_BUILD=1 reuses dist/ as it is
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/package-test
VEC=$OUT/vectors
DIST=$ROOT/dist
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
export PATH="$HOME/.cargo/bin:$PATH"
mkdir -p "$OUT"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/mp-package.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

STEP_TAIL=15
. "$ROOT/scripts/steps.sh"   # passed, failed, log, step
timed() { times+=("$1 $2 s"); }
# The code block after `<!-- snippet: NAME -->` in README.md.
snippet() { awk -v name="$1" '$0 ~ "<!-- snippet: " name " -->" {f=1; next} f && /^```/ {if (in_) exit; in_=1; next} f && in_ {print}' "$ROOT/README.md"; }

# --- tools (idempotent; scripts/package.sh installs its own) ------------------------------------
need=()
command -v pkg-config >/dev/null || need+=(pkg-config)
command -v g++ >/dev/null || need+=(g++)
command -v objdump >/dev/null || need+=(binutils)
python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  log "apt-get install ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# --- artifacts --------------------------------------------------------------------------------
start=$SECONDS
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  step "scripts/package.sh (every artifact)" bash scripts/package.sh
fi
timed build $((SECONDS - start))
C_TGZ=$DIST/migratiepact-c-$VERSION-x86_64-linux-gnu.tar.gz
WHEEL=$(ls "$DIST"/migratiepact-"$VERSION"-*.whl 2>/dev/null | head -1)
JAR=$DIST/migratiepact-$VERSION.jar
NPM_TGZ=$DIST/migratiepact-$VERSION.tgz
for f in "$C_TGZ" "$WHEEL" "$JAR" "$NPM_TGZ"; do
  if [ -n "$f" ] && [ -f "$f" ]; then echo "artifact $(basename "$f"): $(stat -c %s "$f") B"; else echo "missing artifact ${f:-wheel}"; fi
done

# --- the reference: the CLI's `evaluate --json` of every vector -------------------------------
start=$SECONDS
log "cargo build --release -p migratiepact-cli -p migratiepact-ffi --bins --examples (the reference)"
cargo build --release -p migratiepact-cli -p migratiepact-ffi --bins --examples 2>&1 | tail -n 2
CLI=$ROOT/target/release/migratiepact
rm -rf "$VEC"
step "vector inputs (tests/vectors, tests/vectors/public, examples/cases)" \
  "$ROOT/target/release/examples/vectors" gen "$VEC" tests/vectors/public:public tests/vectors:project examples/cases:case
cli_reference() {
  local id n=0 bad=0
  while IFS=$'\t' read -r id _; do
    "$CLI" evaluate "$VEC/$id.in" --json >"$VEC/$id.cli" 2>/dev/null
    # The CLI ends its line with a newline; the library's answer has none.
    printf '%s' "$(cat "$VEC/$id.cli")" >"$VEC/$id.cli"
    if cmp -s "$VEC/$id.cli" "$VEC/$id.out"; then n=$((n + 1)); else bad=$((bad + 1)); echo "CLI differs from the core: $id"; fi
    mv "$VEC/$id.cli" "$VEC/$id.out"
  done <"$VEC/index.tsv"
  echo "$n passed, $bad failed"
}
step "the CLI's evaluate --json of every input is the reference (NNNN.out)" cli_reference
CASE=examples/cases/border-misled-schiphol.json
"$CLI" evaluate "$CASE" --json >"$OUT/case.cli"
timed reference $((SECONDS - start))

# --- C ----------------------------------------------------------------------------------------
start=$SECONDS
C=$TMP/c && mkdir -p "$C/prefix"
tar -xzf "$C_TGZ" -C "$C/prefix" --strip-components=1
PREFIX=$C/prefix
export PKG_CONFIG_PATH=$PREFIX/lib/pkgconfig
c_layout() {
  local ok=0 bad=0 soname
  soname=$(readelf -d "$PREFIX/lib/libmigratiepact.so.$VERSION" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
  [ "$soname" = "libmigratiepact.so.${VERSION%%.*}" ] && ok=$((ok + 1)) || { bad=$((bad + 1)); echo "SONAME is '$soname'"; }
  [ "$(readlink "$PREFIX/lib/libmigratiepact.so.${VERSION%%.*}")" = "libmigratiepact.so.$VERSION" ] && ok=$((ok + 1)) || { bad=$((bad + 1)); echo "bad symlink .so.MAJOR"; }
  [ "$(readlink "$PREFIX/lib/libmigratiepact.so")" = "libmigratiepact.so.${VERSION%%.*}" ] && ok=$((ok + 1)) || { bad=$((bad + 1)); echo "bad symlink .so"; }
  [ -f "$PREFIX/include/migratiepact.h" ] && [ -f "$PREFIX/lib/libmigratiepact.a" ] && [ -f "$PREFIX/share/doc/migratiepact/LICENSE" ] && ok=$((ok + 1)) || { bad=$((bad + 1)); echo "layout incomplete"; }
  [ "$(pkg-config --modversion migratiepact)" = "$VERSION" ] && ok=$((ok + 1)) || { bad=$((bad + 1)); echo "pkg-config --modversion"; }
  pkg-config --static --libs migratiepact | grep -q -- '-lpthread' && ok=$((ok + 1)) || { bad=$((bad + 1)); echo "no Libs.private"; }
  echo "pkg-config --cflags --libs migratiepact: $(pkg-config --cflags --libs migratiepact)"
  echo "$ok passed, $bad failed"
}
step "C: prefix layout, SONAME, symlinks, pkg-config" c_layout
glibc_baseline() {
  local newest
  newest=$(objdump -T "$PREFIX/lib/libmigratiepact.so.$VERSION" | grep -o 'GLIBC_[0-9][0-9.]*' | sort -u -t. -k1,1 -k2,2n -k3,3n | tail -n 1)
  echo "glibc baseline: the newest symbol version the library needs is $newest (limit GLIBC_2.17)"
  printf '%s\n%s\n' "${newest#GLIBC_}" 2.17 | sort -C -V
}
step "C: no symbol needs a glibc newer than 2.17 (objdump -T)" glibc_baseline
only_mp() {
  local other
  other=$(nm -D --defined-only "$PREFIX/lib/libmigratiepact.so.$VERSION" | awk '{print $3}' | grep -v '^mp_')
  echo "exported: $(nm -D --defined-only "$PREFIX/lib/libmigratiepact.so.$VERSION" | awk '{print $3}' | tr '\n' ' ')"
  [ -z "$other" ] || { echo "not mp_*: $other"; return 1; }
}
step "C: nm -D --defined-only lists only mp_* (no wasm-bindgen in native builds)" only_mp
header_standards() {
  local ok=0 bad=0 std
  printf '#include <migratiepact.h>\nint main(void) { return mp_version() == 0; }\n' >"$C/h.c"
  cp "$C/h.c" "$C/h.cpp"
  for std in c89 c99 c11; do
    if gcc -std=$std -pedantic -Werror -Wall -Wextra $(pkg-config --cflags migratiepact) -c "$C/h.c" -o "$C/h.o"; then ok=$((ok + 1)); else bad=$((bad + 1)); echo "FAIL $std"; fi
  done
  if g++ -std=c++98 -pedantic -Werror -Wall -Wextra $(pkg-config --cflags migratiepact) -c "$C/h.cpp" -o "$C/h.o"; then ok=$((ok + 1)); else bad=$((bad + 1)); echo "FAIL c++98"; fi
  echo "$ok passed, $bad failed"
}
step "C: header compiles as C89, C99, C11 and C++98 with -pedantic -Werror" header_standards
c_programs() {
  local libdir
  libdir=$(pkg-config --variable=libdir migratiepact)
  # shellcheck disable=SC2046
  gcc -std=c11 -O2 examples/c/harness.c $(pkg-config --cflags --libs migratiepact) -lpthread -Wl,-rpath,"$libdir" -o "$C/harness" || return 1
  # A static link: the archive by name, then Libs.private (pkg-config --static).
  # shellcheck disable=SC2046
  gcc -std=c11 -O2 examples/c/harness.c $(pkg-config --cflags migratiepact) \
    $(pkg-config --static --libs migratiepact | sed 's/-lmigratiepact\b/-l:libmigratiepact.a/') -o "$C/harness-static" || return 1
  readelf -d "$C/harness" | grep -q 'NEEDED.*libmigratiepact.so.0' || { echo "the program does not record libmigratiepact.so.0"; return 1; }
  "$C/harness" --check "$VEC" | tail -n 2 && "$C/harness-static" --check "$VEC" | tail -n 2 && "$C/harness" --threads "$VEC" 4 1 | tail -n 1
}
step "C: harness built with pkg-config (shared + static) over every vector" c_programs
c_snippet() {
  snippet c >"$C/app.c"
  [ -s "$C/app.c" ] || { echo "no C snippet in README.md"; return 1; }
  (cd "$C" && eval "$(snippet c-build)") || return 1
  "$C/app" "$ROOT/$CASE" >"$C/snippet.out" || return 1
  cmp "$C/snippet.out" "$OUT/case.cli" && echo "the README's C program prints the CLI's evaluate --json"
}
step "C: the README's C snippet, built with its pkg-config line" c_snippet
timed c $((SECONDS - start))

# --- Python -----------------------------------------------------------------------------------
start=$SECONDS
PY=$TMP/py
python_venv() {
  python3 -m venv "$PY" || return 1
  "$PY/bin/pip" install -q --disable-pip-version-check "$WHEEL" pytest==8.4.2 pandas typing_extensions mypy 2>&1 | tail -n 3
  "$PY/bin/python" -c "import migratiepact, sys; print('installed', migratiepact.__version__, migratiepact.__file__)"
}
step "Python: pip install the wheel into a fresh venv" python_venv
wheel_glibc() {
  local so newest
  so=$(ls "$PY"/lib/python3*/site-packages/migratiepact/_native*.so)
  newest=$(objdump -T "$so" | grep -o 'GLIBC_[0-9][0-9.]*' | sort -u -t. -k1,1 -k2,2n -k3,3n | tail -n 1)
  echo "wheel: the extension's newest glibc symbol version is $newest (manylinux2014: GLIBC_2.17)"
  printf '%s\n%s\n' "${newest#GLIBC_}" 2.17 | sort -C -V
}
step "Python: the extension needs no glibc newer than 2.17" wheel_glibc
step "Python: pytest over every vector, byte-identical to the CLI" \
  env MP_VECTORS="$VEC" MP_VERSION="$VERSION" MP_ROOT="$ROOT" MP_CLI="$CLI" "$PY/bin/python" -m pytest -q -p no:cacheprovider python/tests
python_snippets() {
  snippet python >"$TMP/snippet.py" && snippet pandas >"$TMP/pandas_example.py"
  [ -s "$TMP/snippet.py" ] && [ -s "$TMP/pandas_example.py" ] || { echo "snippets missing in README.md"; return 1; }
  (cd "$ROOT" && "$PY/bin/python" "$TMP/snippet.py" "$CASE" >"$TMP/snippet.out") || return 1
  cmp "$TMP/snippet.out" "$OUT/case.cli" || return 1
  (cd "$ROOT" && "$PY/bin/python" "$TMP/pandas_example.py") || return 1
  echo "the README's Python snippets run"
}
step "Python: the README's snippets (evaluate_json, pandas)" python_snippets
step "Python: mypy --strict on a typed program over the stubs" \
  bash -c "cd '$TMP' && printf '%s\n' 'import migratiepact' 'a = migratiepact.evaluate({\"schemaVersion\": 1})' 'd: str = a[\"deadlines\"][0][\"due\"] if a[\"deadlines\"] else \"\"' 'p = migratiepact.deadline(\"2026-06-15\", \"P5D\", \"eu\")' 'e: str = p[\"expiresAt\"]' >typed.py && '$PY/bin/python' -m mypy --strict typed.py"
timed python $((SECONDS - start))

# --- Java -------------------------------------------------------------------------------------
start=$SECONDS
J=$TMP/java && mkdir -p "$J/classes"
cp "$JAR" "$J/"
JARJ=$J/$(basename "$JAR")
java_run() {
  (cd "$J" && java -jar "$JARJ" "$ROOT/$CASE" >"$J/case.out")
  cmp "$J/case.out" "$OUT/case.cli" && echo "java -jar prints the CLI's evaluate --json"
}
step "Java: java -jar dist/migratiepact-$VERSION.jar CASE.json" java_run
java_vectors() {
  javac -encoding UTF-8 -cp "$JARJ:/usr/share/java/jna.jar" -d "$J/classes" java/test/nl/migratiepact/VectorsTest.java || return 1
  java -Dmigratiepact.version="$VERSION" -cp "$JARJ:/usr/share/java/jna.jar:$J/classes" nl.migratiepact.VectorsTest "$VEC" core/params/default.json
}
step "Java: VectorsTest over every vector (-cp), with an Engine from 4 threads" java_vectors
java_snippet() {
  mkdir -p "$J/snippet" && snippet java >"$J/snippet/Example.java"
  [ -s "$J/snippet/Example.java" ] || { echo "no Java snippet in README.md"; return 1; }
  javac -cp "$JARJ" -d "$J/snippet" "$J/snippet/Example.java" || return 1
  (cd "$ROOT" && java -cp "$JARJ:$J/snippet" Example "$CASE" >"$J/snippet.out") || return 1
  cmp "$J/snippet.out" "$OUT/case.cli" && echo "the README's Java program prints the CLI's evaluate --json"
}
step "Java: the README's Java snippet" java_snippet
timed java $((SECONDS - start))

# --- npm --------------------------------------------------------------------------------------
start=$SECONDS
# The consumer project keeps its dev tools (TypeScript, Vite, webpack) between runs; the package
# itself is removed and installed afresh from the tarball every run.
N=$OUT/npm-project
NPM_CACHE=$OUT/npm-cache
rm -rf "$N/node_modules/migratiepact" "$N/dist-vite" "$N/dist-webpack" "$N/out" "$N/src"
mkdir -p "$N" "$NPM_CACHE"
npm_install() {
  rm -f "$N/package-lock.json"
  cat >"$N/package.json" <<EOF
{ "name": "consumer", "private": true, "type": "module",
  "devDependencies": { "typescript": "^5", "vite": "8.3.8", "webpack": "5.112.2", "webpack-cli": "7.3.1", "@types/node": "^20" } }
EOF
  (cd "$N" && npm install --no-audit --no-fund --cache "$NPM_CACHE" --prefer-offline --loglevel=error >/dev/null &&
    npm install --no-audit --no-fund --cache "$NPM_CACHE" --prefer-offline --loglevel=error "$NPM_TGZ" >/dev/null) || return 1
  local files
  files=$(tar -tzf "$NPM_TGZ" | sort | tr '\n' ' ')
  echo "tarball: $files"
  for f in package/README.md package/LICENSE package/contract.d.ts package/init.js package/node.js package/browser.js; do
    case " $files " in *" $f "*) ;; *) echo "missing $f"; return 1 ;; esac
  done
  node -e "const p=require('$N/node_modules/migratiepact/package.json'); if(!p.repository||!p.homepage) process.exit(1)"
}
step "npm: npm install the tarball into a fresh project (README, LICENSE, repository, homepage)" npm_install
cp wasm/test/package/*.mjs wasm/test/package/*.ts "$N/"
step "npm: Node ESM over every vector, byte-identical to the CLI; init with wasmUrl; require()" \
  bash -c "cd '$N' && node node-check.mjs '$VEC'"
typescript_strict() {
  cd "$N" || return 1
  npx tsc --strict --module nodenext --moduleResolution nodenext --target es2022 --types node --outDir out strict.ts || return 1
  node out/strict.js
}
step "npm: TypeScript --strict (types match the runtime: null, literal unions), compiled and run" typescript_strict
bundles() {
  mkdir -p "$N/src" "$N/dist-webpack"
  cp "$OUT/case.cli" "$N/case.cli"
  # Vite: the explicit entry "migratiepact/init" with a wasmUrl of the page's own.
  cp wasm/test/package/app-init.js "$N/src/app.js" && cp wasm/test/package/index.html "$N/index.html"
  (cd "$N" && npx vite build --logLevel error --outDir dist-vite) || return 1
  # webpack 5, out of the box: the zero-config entry (the "browser" condition, no node: module).
  cp wasm/test/package/app-zero.js "$N/src/app-zero.js"
  (cd "$N" && npx webpack --mode production --entry ./src/app-zero.js --output-path dist-webpack \
    --output-filename app.js --stats errors-warnings) || return 1
  printf '<!doctype html><meta charset="utf-8"><title>webpack</title><script src="./app.js"></script>\n' >"$N/dist-webpack/index.html"
  (cd "$N" && node browser-check.mjs "$ROOT/$CASE" dist-vite:custom dist-webpack)
}
step "npm: a Vite build and a webpack 5 build, each loaded in headless Chromium" bundles
js_snippet() {
  snippet js >"$N/snippet.mjs"
  [ -s "$N/snippet.mjs" ] || { echo "no JavaScript snippet in README.md"; return 1; }
  (cd "$N" && node snippet.mjs "$ROOT/$CASE" >"$N/snippet.out") || return 1
  cmp "$N/snippet.out" "$OUT/case.cli" && echo "the README's JavaScript prints the CLI's evaluate --json"
}
step "npm: the README's JavaScript snippet" js_snippet
timed npm $((SECONDS - start))

echo
echo "package stage times: ${times[*]}"
(cd "$DIST" && for f in *; do printf 'artifact %10d B  %s\n' "$(stat -c %s "$f")" "$f"; done)
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
