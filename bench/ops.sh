#!/usr/bin/env bash
# Caseload operations against batch (issue #17 item 5), on the same generated caseload:
#   bash bench/ops.sh 1000000 [--against]
# Prints one line per command: cases, wall seconds, CPU seconds (user + system), cases per
# CPU second, and the peak resident memory (/usr/bin/time -v). On a machine shared with other
# jobs wall time is noise; CPU time per case is the figure to compare. --against also runs
# `impact --against` on stored batch answers (about 1 KB… 10 KB per case on disk).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
AGAINST=${2:-}
DIR=${BENCH_DIR:-target/bench-ops}
mkdir -p "$DIR"
cargo build --release --quiet --bin migratiepact -p migratiepact-cli
cargo build --release --quiet -p migratiepact-caseload
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
MP=target/release/migratiepact
CASES="$DIR/cases-$N.jsonl"
[ -f "$CASES" ] || target/release/caseload --cases "$N" --seed 17 -o "$CASES"
python3 - "$DIR" <<'PY'
import json, sys
p = json.load(open("core/params/default.json"))
e = dict(p["safeCountries"][0]); e["country"] = "IRQ"
p["safeCountries"].append(e)
json.dump(p, open(f"{sys.argv[1]}/params-irq.json", "w"))
PY
measure() {
  local name=$1; shift
  /usr/bin/time -v "$@" 2>"$DIR/time-$name.txt" >/dev/null || true
  python3 - "$name" "$N" "$DIR/time-$name.txt" <<'PY'
import re, sys
name, n, f = sys.argv[1], int(sys.argv[2]), open(sys.argv[3]).read()
g = lambda k: re.search(k + r":\s*([\d.:]+)", f).group(1)
wall = g("Elapsed \(wall clock\) time \(h:mm:ss or m:ss\)").split(":")
wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
cpu = float(g("User time \(seconds\)")) + float(g("System time \(seconds\)"))
rss = int(g("Maximum resident set size \(kbytes\)")) / 1024
print(f"| {name} | {n:,} | {wall:.1f} | {cpu:.1f} | {n / cpu:,.0f} | {rss:.0f} |")
PY
}
echo "| command | cases | wall s | CPU s | cases per CPU s | peak RSS MiB |"
echo "|---|---:|---:|---:|---:|---:|"
measure batch "$MP" batch "$CASES" -o /dev/null
measure agenda "$MP" agenda "$CASES" --as-of 2026-12-01T09:00:00+01:00 --within P14D --format json -o /dev/null
measure impact-params "$MP" impact "$CASES" --params "$DIR/params-irq.json" -o /dev/null
if [ "$AGAINST" = "--against" ]; then
  "$MP" batch "$CASES" -o "$DIR/stored-$N.jsonl" 2>/dev/null
  measure impact-against "$MP" impact "$CASES" --against "$DIR/stored-$N.jsonl" -o /dev/null
  rm -f "$DIR/stored-$N.jsonl"
fi
