"""Caseload operations and labels in Python (issue #17): `agenda` gives the CLI's rows byte for
byte, `impact` the changes of a parameter set, `labels` the engine's words. MP_ROOT is the
repository, MP_CLI the reference CLI (scripts/test-package.sh sets both)."""

import copy
import json
import os
import subprocess
from pathlib import Path

import pytest

import migratiepact

ROOT = Path(os.environ.get("MP_ROOT", "."))
CLI = os.environ.get("MP_CLI", str(ROOT / "target" / "release" / "migratiepact"))
NAMES = [
    "ops-000-registration-met-lodging-missed",
    "ops-001-dublin-request-met-reply-missed-transfer-decision-met",
    "ops-002-legacy-decision-met-by-notification",
]
CASES = [json.loads((ROOT / "tests" / "vectors" / (n + ".json")).read_text())["input"] for n in NAMES]
AS_OF = "2026-09-14T09:00:00+02:00"


def test_agenda_rows_sorted_with_actor_and_summary():
    a = migratiepact.agenda(CASES, AS_OF, within="P30D", lang="en")
    assert a["summary"]["cases"] == 3
    assert a["rows"], "the ops vectors have open and missed deadlines"
    dues = [r["due"] for r in a["rows"]]
    assert dues == sorted(dues)
    for r in a["rows"]:
        assert {"caseId", "id", "due", "status", "actor", "name", "basis"} <= r.keys()


def test_agenda_rows_are_the_cli_rows_byte_for_byte(tmp_path):
    if not Path(CLI).exists():
        pytest.skip("reference CLI not built")
    lines = "\n".join(json.dumps(c, ensure_ascii=False) for c in CASES) + "\n"
    (tmp_path / "cases.jsonl").write_text(lines, encoding="utf-8")
    out = subprocess.run(
        [CLI, "agenda", str(tmp_path / "cases.jsonl"), "--as-of", AS_OF, "--within", "P30D",
         "--lang", "en", "--format", "json"],
        check=True, capture_output=True,
    ).stdout.decode("utf-8")
    native = [line for line in out.split("\n") if line]
    rows = migratiepact.agenda(lines, AS_OF, within="P30D", lang="en")["rows"]
    assert [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows] == native


def test_agenda_for_one_authority_and_a_bad_query():
    coa = migratiepact.agenda(CASES, AS_OF, within="P30D", authority="coa")
    assert all(r["actor"] == "coa" for r in coa["rows"])
    with pytest.raises(migratiepact.MigratiepactError) as e:
        migratiepact.agenda(CASES, "tomorrow", within="P1M")
    assert [x["path"] for x in e.value.errors] == ["/asOf", "/within"]


def test_impact_of_an_identical_set_is_nothing_and_of_a_dropped_rate_is_a_change():
    examples = [json.loads(p.read_text()) for p in sorted((ROOT / "examples" / "cases").glob("*.json"))]
    params = json.loads((ROOT / "core" / "params" / "default.json").read_text())
    assert migratiepact.impact(examples, params)["cases"] == []
    # Without Bangladesh's recognition rate, APR 42(1)(j) no longer applies to the Zeist family.
    changed = copy.deepcopy(params)
    changed["recognitionRates"] = [r for r in changed["recognitionRates"] if r["country"] != "BGD"]
    out = migratiepact.impact(examples, changed)
    assert out["summary"]["cases"] == 3
    assert [c["caseId"] for c in out["cases"]] == ["IND-2026-000456"]
    grounds = next(c for c in out["cases"][0]["changes"] if c["path"] == "/procedure/grounds")
    assert grounds["old"] == ["apr42_1_e", "apr42_1_j"] and grounds["new"] == ["apr42_1_e"]
    with pytest.raises(migratiepact.MigratiepactError):
        migratiepact.impact(examples, {"formatVersion": "nonsense"})


def test_labels_are_the_engines_words_in_both_languages():
    nl, en = migratiepact.labels(), migratiepact.labels("en")
    assert nl["procedureKind"]["asylumBorder"] == "Asielgrensprocedure"
    assert nl.keys() == en.keys()
    a = migratiepact.evaluate(json.loads((ROOT / "examples" / "cases" / "legacy-ter-apel.json").read_text()))
    for d in a["deadlines"]:
        assert d["id"] in nl["deadline"] and d["id"] in en["deadline"]
        assert d["counting"] in nl["counting"] and d["counting"] in en["counting"]
    with pytest.raises(migratiepact.MigratiepactError):
        migratiepact.labels("fr")
