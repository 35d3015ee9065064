"""The installed wheel over every conformance vector: each answer byte for byte the CLI's
`evaluate --json` of the same bytes. MP_VECTORS is a directory written by scripts/test-package.sh
(index.tsv, NNNN.in = the bytes sent, NNNN.out = the CLI's answer); MP_ROOT the repository."""

import json
import os
import threading
from pathlib import Path

import pytest

import migratiepact

VEC = Path(os.environ.get("MP_VECTORS", "target/package-test/vectors"))
ROOT = Path(os.environ.get("MP_ROOT", "."))
IDS = [line.split("\t")[0] for line in (VEC / "index.tsv").read_text().splitlines() if line]


def _in(i):
    return (VEC / (i + ".in")).read_bytes()


def _out(i):
    return (VEC / (i + ".out")).read_text(encoding="utf-8")


@pytest.mark.parametrize("i", IDS)
def test_evaluate_json_is_the_cli(i):
    assert migratiepact.evaluate_json(_in(i)) == _out(i)


def test_evaluate_gives_the_dict_or_raises_with_the_errors():
    for i in IDS:
        want = json.loads(_out(i))
        try:
            text = _in(i).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if "errors" in want:
            with pytest.raises(migratiepact.MigratiepactError) as e:
                migratiepact.evaluate(text)
            assert e.value.errors == want["errors"]
            assert e.value.report == want
        else:
            try:
                doc = json.loads(text)
            except ValueError:  # e.g. a byte-order mark the engine skips: pass the text
                doc = text
            assert migratiepact.evaluate(doc) == want


def test_evaluate_many_keeps_order_and_reports_in_place():
    docs = [_in(i) for i in IDS]
    assert migratiepact.evaluate_many(docs) == [json.loads(_out(i)) for i in IDS]
    assert migratiepact.evaluate_many_json(docs) == [_out(i) for i in IDS]


def test_evaluate_many_runs_beside_other_python_threads():
    docs = [_in(i) for i in IDS] * 3
    want = [json.loads(_out(i)) for i in IDS] * 3
    results = [None] * 4

    def work(k):
        results[k] = migratiepact.evaluate_many(docs)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [want] * 4


def test_engine_with_the_embedded_parameter_file_answers_the_same():
    engine = migratiepact.Engine((ROOT / "core" / "params" / "default.json").read_bytes())
    assert engine.parameters.startswith("sha256:")
    for i in IDS[:50]:
        assert engine.evaluate_json(_in(i)) == _out(i)


def test_a_refused_parameter_set_raises_with_every_error_and_no_noise(capfd):
    with pytest.raises(migratiepact.MigratiepactError) as e:
        migratiepact.Engine({"schemaVersion": 1})
    assert e.value.errors and all({"code", "path", "message"} <= set(x) for x in e.value.errors)
    import gc

    gc.collect()
    assert "Exception ignored" not in capfd.readouterr().err


def test_deadline_is_the_cli_deadline():
    p = migratiepact.deadline("2026-06-15", "P5D", "eu")
    assert p["counting"] == "pr1182" and p["from"] == "2026-06-15"
    with pytest.raises(migratiepact.MigratiepactError) as e:
        migratiepact.deadline("2026-06-15", "P5D", "mars")
    assert e.value.errors[0]["path"] == "/law"


def test_solidarity_of_a_bad_request_raises():
    with pytest.raises(migratiepact.MigratiepactError):
        migratiepact.solidarity({})
    assert "errors" in json.loads(migratiepact.solidarity_json("{}"))


def test_version_is_the_crate_version():
    assert migratiepact.__version__ == os.environ.get("MP_VERSION", migratiepact.__version__)


def test_committed_stubs_are_generated_from_the_schemas():
    import subprocess
    import sys

    gen = ROOT / "python" / "gen_stubs.py"
    assert subprocess.run([sys.executable, str(gen), "--check"]).returncode == 0, (
        "python/migratiepact/__init__.pyi is out of date: run python3 python/gen_stubs.py"
    )
