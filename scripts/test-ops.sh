#!/usr/bin/env bash
# Caseload operations (issue #17) end to end, bounded: generates a seeded caseload of 3,000
# cases, writes the agenda (every format) and the impact of a safe country added (every format),
# parses the calendar with Python's icalendar as a second independent parser, renders both HTML
# reports in headless Chromium without console errors, and keeps the screenshots in
# target/ops-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/ops-artifacts
mkdir -p "$OUT"
cargo build --release --quiet --bin migratiepact -p migratiepact-cli
cargo build --release --quiet -p migratiepact-caseload
MP=target/release/migratiepact
target/release/caseload --cases 3000 --seed 17 -o "$OUT/cases.jsonl"
for f in table csv json ics html; do
  "$MP" agenda "$OUT/cases.jsonl" --as-of 2026-12-01T09:00:00+01:00 --within P14D --format "$f" \
    -o "$OUT/agenda.$f" 2>/dev/null
done
"$MP" agenda "$OUT/cases.jsonl" --as-of 2026-12-01T09:00:00+01:00 --format html --lang en -o "$OUT/agenda-en.html" 2>/dev/null
python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
p = json.load(open("core/params/default.json"))
e = dict(p["safeCountries"][0]); e["country"] = "IRQ"
p["safeCountries"].append(e)
json.dump(p, open(f"{out}/params-irq.json", "w"))
PY
for f in json csv html; do
  "$MP" impact "$OUT/cases.jsonl" --params "$OUT/params-irq.json" --format "$f" -o "$OUT/impact.$f"
done
# An independent ICS parser (PyPI icalendar), installed when missing.
if ! python3 -c "import icalendar" 2>/dev/null; then
  pip install --quiet icalendar 2>/dev/null || pip install --quiet --break-system-packages icalendar
fi
python3 - "$OUT/agenda.ics" "$OUT/agenda.json" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
events = [c for c in cal.walk("VEVENT")]
rows = [l for l in open(sys.argv[2]) if l.strip()]
assert len(events) == len(rows), (len(events), len(rows))
for e in events:
    assert e.get("DTSTART") and e.get("SUMMARY") and e.get("UID"), e
print(f"icalendar: {len(events)} events parse, one per agenda row")
PY
[ -d wasm/node_modules/playwright-core ] || npm ci --prefix wasm --silent
node tests/ops/render.mjs "$OUT" "$OUT/agenda.html" "$OUT/agenda-en.html" "$OUT/impact.html"
