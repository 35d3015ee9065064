#!/usr/bin/env python3
"""Evaluates cases through the C library with ctypes.

    python3 examples/python/run.py CASE.json [...]     print each result (exit 1 if one is refused)
    python3 examples/python/run.py --check DIR         byte-compare DIR/NNNN.in -> NNNN.out
                                                      (the files scripts/test-c.sh generates)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import migratiepact as mp  # noqa: E402

REFUSALS = (mp.MP_INPUT_ERROR, mp.MP_INVALID_UTF8, mp.MP_TOO_LARGE)


def check(directory):
    d = Path(directory)
    passed = failed = 0
    for line in (d / "index.tsv").read_text().splitlines():
        ident, kind, ok, status, name = line.split("\t", 4)
        data = (d / f"{ident}.in").read_bytes()
        expected = (d / f"{ident}.out").read_bytes()
        got_status, out = mp.evaluate_json_bytes(data)
        why = None
        if out != expected:
            why = "output differs from the Rust output"
        elif ok == "1" and got_status != mp.MP_OK:
            why = f"status {mp.status_name(got_status)}"
        elif ok == "0" and got_status not in REFUSALS:
            why = f"status {mp.status_name(got_status)} is not a refusal"
        elif status != "-" and got_status != int(status):
            why = f"status {mp.status_name(got_status)}, expected {mp.status_name(int(status))}"
        if why:
            failed += 1
            print(f"FAIL {ident} {kind} {name}: {why}")
        else:
            passed += 1
    # typed helpers
    r = mp.regime(lodged_at=(2026, 3, 2), registered_at=(2026, 3, 2))
    assert r == {"procedure": "legacy", "responsibility": "dublin3", "workstream": "legacy"}, r
    dl = mp.deadline((2026, 9, 1), "PT72H", "eu", time=(10, 15, 0), utc_offset_seconds=7200)
    assert dl["expiresAt"] == "2026-09-04T11:00:00+02:00", dl
    passed += 2
    print(f"python check: {passed} passed, {failed} failed")
    return 1 if failed else 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--check":
        return check(argv[2])
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    rc = 0
    for path in argv[1:]:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        status, text = mp.evaluate_json(data)
        if status != mp.MP_OK:
            print(f"{path}: refused ({mp.status_name(status)})", file=sys.stderr)
            rc = 1
        print(text)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv))
