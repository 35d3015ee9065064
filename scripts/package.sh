#!/usr/bin/env bash
# Builds every release artifact of migratiepact into dist/, named with the version:
#
#   dist/migratiepact-c-VERSION-x86_64-linux-gnu.tar.gz   the C library in an install prefix:
#       include/migratiepact.h, lib/libmigratiepact.so.VERSION (SONAME libmigratiepact.so.MAJOR)
#       with the symlinks libmigratiepact.so.MAJOR and libmigratiepact.so, lib/libmigratiepact.a,
#       lib/pkgconfig/migratiepact.pc (relocatable: ${pcfiledir}; Libs.private for static links),
#       share/doc/migratiepact/{LICENSE,README.md}
#   dist/migratiepact-VERSION-cp39-abi3-manylinux2014_x86_64.manylinux_2_17_x86_64.whl
#                                                       the Python package (maturin, PyO3 abi3)
#   dist/migratiepact-VERSION.jar                       the Java binding (JNA), with the C
#                                                       library inside; `java -jar` runs a case
#   dist/migratiepact-VERSION.tgz                       the npm package (`npm pack` of wasm/pkg)
#
# The native libraries are built against glibc 2.17 (the manylinux2014 baseline: RHEL/CentOS 7,
# Ubuntu 14.04 and later) with cargo-zigbuild and zig from PyPI's `ziglang`; scripts/test-package.sh
# checks that no symbol needs a newer GLIBC_ version. The native build goes to target/dist (kept
# between runs, so a rerun only relinks).
#
#   bash scripts/package.sh            # everything
#   bash scripts/package.sh c python   # some artifacts (c python java npm); java needs c
#
# Installs what it needs when missing: ziglang, cargo-zigbuild and maturin from PyPI (pinned),
# javac/jar and JNA from Debian (openjdk-17-jdk-headless, libjna-java); the npm package needs what
# scripts/build-wasm.sh needs (scripts/test-wasm.sh installs it).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}

VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
MAJOR="${VERSION%%.*}"
TRIPLE=x86_64-unknown-linux-gnu
GLIBC=2.17
DIST="$ROOT/dist"
export CARGO_TARGET_DIR="$ROOT/target/dist"
NATIVE="$CARGO_TARGET_DIR/$TRIPLE/release"
JNA_JAR=/usr/share/java/jna.jar

ZIGLANG_VERSION=0.17.0
ZIGBUILD_VERSION=0.24.0
MATURIN_VERSION=1.16.0

artifacts=("$@")
[ ${#artifacts[@]} -eq 0 ] && artifacts=(c python java npm)
want() { local a; for a in "${artifacts[@]}"; do [ "$a" = "$1" ] && return 0; done; return 1; }
log() { printf '\n--> package: %s\n' "$*"; }

# --- tools (idempotent) -----------------------------------------------------------------------
pip_need=()
python3 -c 'import ziglang' 2>/dev/null || pip_need+=("ziglang==$ZIGLANG_VERSION")
command -v cargo-zigbuild >/dev/null || pip_need+=("cargo-zigbuild==$ZIGBUILD_VERSION")
if want python && ! command -v maturin >/dev/null; then pip_need+=("maturin==$MATURIN_VERSION"); fi
if [ ${#pip_need[@]} -gt 0 ]; then
  log "pip install ${pip_need[*]}"
  python3 -m pip install -q "${pip_need[@]}"
fi
if want java && { ! command -v javac >/dev/null || [ ! -f "$JNA_JAR" ]; }; then
  log "apt-get install openjdk-17-jdk-headless libjna-java"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless libjna-java >/dev/null
fi
command -v strip >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binutils >/dev/null; }
mkdir -p "$DIST"

# --- C library --------------------------------------------------------------------------------
c_library() {
  log "cargo zigbuild --release --target $TRIPLE.$GLIBC -p migratiepact-ffi"
  cargo zigbuild --release --target "$TRIPLE.$GLIBC" -p migratiepact-ffi --lib
  local name="migratiepact-c-$VERSION-x86_64-linux-gnu"
  local stage="$CARGO_TARGET_DIR/package/$name"
  rm -rf "$stage" && mkdir -p "$stage/include" "$stage/lib/pkgconfig" "$stage/share/doc/migratiepact"
  cp ffi/include/migratiepact.h "$stage/include/"
  # The shared library without symbol tables beyond the dynamic ones; the static one without
  # debug information (std's would make it ~3x larger).
  strip --strip-unneeded -o "$stage/lib/libmigratiepact.so.$VERSION" "$NATIVE/libmigratiepact.so"
  ln -s "libmigratiepact.so.$VERSION" "$stage/lib/libmigratiepact.so.$MAJOR"
  ln -s "libmigratiepact.so.$MAJOR" "$stage/lib/libmigratiepact.so"
  strip --strip-debug -o "$stage/lib/libmigratiepact.a" "$NATIVE/libmigratiepact.a"
  # The system libraries a Rust static library needs (rustc --print native-static-libs; the
  # crate's dependencies link none of their own, so it is std's list).
  local tmp native_libs
  tmp="$(mktemp -d)"
  printf '' >"$tmp/empty.rs"
  native_libs=$(rustc --crate-type staticlib --print native-static-libs "$tmp/empty.rs" -o "$tmp/empty.a" 2>&1 |
    sed -n 's/.*native-static-libs: //p')
  rm -rf "$tmp"
  native_libs=${native_libs:-"-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc"}
  cat >"$stage/lib/pkgconfig/migratiepact.pc" <<EOF
prefix=\${pcfiledir}/../..
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: migratiepact
Description: Rules engine for the EU Pact on Migration and Asylum as applied in the Netherlands (C ABI)
URL: https://example.invalid/migratiepact
Version: $VERSION
Libs: -L\${libdir} -lmigratiepact
Libs.private: $native_libs
Cflags: -I\${includedir}
EOF
  cp LICENSE "$stage/share/doc/migratiepact/LICENSE"
  cp README.md "$stage/share/doc/migratiepact/README.md"
  tar -C "$(dirname "$stage")" --owner=0 --group=0 --numeric-owner -czf "$DIST/$name.tar.gz" "$name"
  echo "package: $DIST/$name.tar.gz"
}

# --- Python wheel -----------------------------------------------------------------------------
python_wheel() {
  log "maturin build --release --zig --compatibility manylinux2014 (python/)"
  rm -f "$DIST"/migratiepact-*.whl
  local log="$CARGO_TARGET_DIR/maturin.log"
  if ! (cd python && maturin build --release --zig --compatibility manylinux2014 --target "$TRIPLE" \
    --out "$DIST" >"$log" 2>&1); then
    grep -v '^ *Compiling' "$log" | tail -n 40
    return 1
  fi
  tail -n 2 "$log"
  ls "$DIST"/migratiepact-"$VERSION"-*.whl
}

# --- Java jar ---------------------------------------------------------------------------------
java_jar() {
  log "javac + jar (JNA; the C library inside the jar)"
  [ -f "$NATIVE/libmigratiepact.so" ] || c_library
  local out="$CARGO_TARGET_DIR/java"
  rm -rf "$out" && mkdir -p "$out/classes/linux-x86-64" "$out/classes/META-INF"
  javac --release 8 -Xlint:-options -encoding UTF-8 -cp "$JNA_JAR" -d "$out/classes" java/src/nl/migratiepact/*.java
  # JNA's own resource path for linux/x86-64: found inside the jar without any flag.
  strip --strip-unneeded -o "$out/classes/linux-x86-64/libmigratiepact.so" "$NATIVE/libmigratiepact.so"
  cp LICENSE "$out/classes/META-INF/LICENSE"
  # JNA from beside the jar (jna.jar, e.g. from Maven Central) or Debian's libjna-java.
  printf 'Main-Class: nl.migratiepact.Main\nClass-Path: jna.jar %s\nImplementation-Title: migratiepact\nImplementation-Version: %s\n' \
    "$JNA_JAR" "$VERSION" >"$out/manifest.txt"
  jar --create --file "$DIST/migratiepact-$VERSION.jar" --manifest "$out/manifest.txt" -C "$out/classes" .
  echo "package: $DIST/migratiepact-$VERSION.jar"
}

# --- npm tarball ------------------------------------------------------------------------------
npm_tarball() {
  log "scripts/build-wasm.sh + npm pack"
  # wasm/pkg as the wasm stage of the tests left it, when nothing it is built from is newer.
  local bg=wasm/pkg/migratiepact_bg.wasm
  if [ -f "$bg" ] && [ -z "$(find core wasm/src wasm/js wasm/Cargo.toml wasm/README.md Cargo.lock LICENSE -newer "$bg" -type f 2>/dev/null | head -1)" ]; then
    echo "package: wasm/pkg is up to date ($(stat -c %s "$bg") B .wasm)"
  else
    (unset CARGO_TARGET_DIR; bash scripts/build-wasm.sh) | tail -n 3
  fi
  rm -f "$DIST"/migratiepact-*.tgz
  (cd "$DIST" && npm pack "$ROOT/wasm/pkg" --quiet >/dev/null)
  ls "$DIST/migratiepact-$VERSION.tgz"
}

times=()
for a in c python java npm; do
  want "$a" || continue
  start=$SECONDS
  case $a in
    c) c_library ;;
    python) python_wheel ;;
    java) java_jar ;;
    npm) npm_tarball ;;
  esac
  times+=("$a $((SECONDS - start)) s")
done
echo "package: times: ${times[*]}"

log "dist/"
(cd "$DIST" && for f in *; do printf '%10d B  %s\n' "$(stat -c %s "$f")" "$f"; done)
