#!/usr/bin/env bash
# Serves the caseworker form (examples/web) with the WASM package (wasm/pkg at /pkg/) on
# http://127.0.0.1:${PORT:-8080}/ . Builds the package first when wasm/pkg is missing.
#   scripts/serve-web.sh            # then open http://127.0.0.1:8080/  (?lang=en for English)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$ROOT/wasm/pkg/index.js" ]; then
  "$ROOT/scripts/build-wasm.sh" || [ -f "$ROOT/wasm/pkg/index.js" ]
fi
if [ ! -d "$ROOT/examples/web/node_modules/@rijkshuisstijl-community/components-css" ]; then
  (cd "$ROOT/examples/web" && npm ci --no-audit --no-fund)   # the Rijkshuisstijl components (npm)
fi
exec node "$ROOT/examples/web/serve.mjs" "${PORT:-8080}"
