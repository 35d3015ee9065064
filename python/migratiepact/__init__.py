"""migratiepact: the rules engine for the EU Pact on Migration and Asylum as applied in the
Netherlands, for Python (a thin shell over the Rust core; the same answers as the CLI, the C
library and the WASM package, byte for byte).

    import migratiepact
    a = migratiepact.evaluate({"schemaVersion": 1, ...})       # the Assessment as a dict
    text = migratiepact.evaluate_json('{"schemaVersion": 1, ...}')  # the CLI's `evaluate --json`
    rows = migratiepact.evaluate_many(cases)                   # every core, without the GIL

A refused input raises MigratiepactError, whose `errors` is the ErrorReport's list (code, JSON
Pointer path, message) — except in `*_json` (which return the ErrorReport text, as the CLI
prints it) and in `*_many` (where a refused document gives its ErrorReport dict in its place,
so one bad row does not stop a batch).
"""

from __future__ import annotations

import json as _json

from . import _native

__all__ = [
    "Engine",
    "MigratiepactError",
    "agenda",
    "deadline",
    "evaluate",
    "evaluate_json",
    "evaluate_many",
    "evaluate_many_json",
    "impact",
    "labels",
    "solidarity",
    "solidarity_json",
    "solidarity_many",
    "solidarity_many_json",
    "version",
    "__version__",
]

__version__ = _native.version()


def version():
    """The engine version (as `engine.version` in every Assessment)."""
    return _native.version()


class MigratiepactError(ValueError):
    """An input the engine refused. `errors` is the ErrorReport's list: each error a dict with
    `code` (e.g. "missingField"), `path` (a JSON Pointer into the input) and `message`;
    `report` is the whole ErrorReport."""

    def __init__(self, report):
        self.report = report
        self.errors = list(report.get("errors", []))
        first = self.errors[0] if self.errors else {}
        more = "" if len(self.errors) < 2 else " (and %d more)" % (len(self.errors) - 1)
        super().__init__(
            "%s at %r: %s%s"
            % (first.get("code", "refused"), first.get("path", ""), first.get("message", ""), more)
        )


def _bytes(doc):
    """The bytes of a document given as a dict (or list), JSON text or bytes. Lone surrogates in
    a str pass through as the invalid UTF-8 they stand for, which the engine reports."""
    if isinstance(doc, (bytes, bytearray, memoryview)):
        return bytes(doc)
    if not isinstance(doc, str):
        doc = _json.dumps(doc, ensure_ascii=False)
    return doc.encode("utf-8", "surrogatepass")


def _value(ok_json):
    ok, text = ok_json
    value = _json.loads(text)
    if not ok:
        raise MigratiepactError(value)
    return value


def _bind(name, engine=None):
    """`(<name>_json, <name>, <name>_many, <name>_many_json)` for one function of the core's
    table."""
    native = _native.JSON_FUNCTIONS[name]

    def as_json(text):
        return native(_bytes(text), engine)[1]

    def as_dict(doc):
        return _value(native(_bytes(doc), engine))

    def many_json(docs):
        return [text for _, text in native.many([_bytes(d) for d in docs], engine)]

    def many(docs):
        return [_json.loads(text) for text in many_json(docs)]

    as_json.__name__, as_dict.__name__, many.__name__ = name + "_json", name, name + "_many"
    many_json.__name__ = name + "_many_json"
    many_json.__doc__ = "%s of every document as JSON text (no dicts: the fastest batch)." % name
    as_json.__doc__ = "The core's %s answer for a JSON text, as the CLI prints it." % name
    as_dict.__doc__ = "%s of a dict (or JSON text); raises MigratiepactError." % name
    many.__doc__ = "%s of every document, in order, on every core without the GIL." % name
    return as_json, as_dict, many, many_json


# One line per JSON function of the core (and one entry in src/lib.rs JSON_FUNCTIONS).
evaluate_json, evaluate, evaluate_many, evaluate_many_json = _bind("evaluate")
solidarity_json, solidarity, solidarity_many, solidarity_many_json = _bind("solidarity")


def deadline(from_, period, law="eu", locale="nl", *, _engine=None):
    """One period from `from_` ("YYYY-MM-DD" or an RFC 3339 instant), `period` (ISO 8601, e.g.
    "P5D", "P2W", "P6M", "PT72H") under `law` "eu" (Reg. 1182/71) or "nl" (Awb 6:8, Algemene
    termijnenwet): the CLI's `deadline --json` as a dict. Raises MigratiepactError."""
    return _value(_native.deadline(from_, period, law, locale, _engine))


def _lines(cases):
    """The JSON Lines of a caseload given as JSON Lines text or bytes, or as an iterable of
    cases (dicts, JSON texts or bytes)."""
    if isinstance(cases, (bytes, bytearray, memoryview, str)):
        return _bytes(cases)
    return b"\n".join(_bytes(c) for c in cases)


def agenda(cases, as_of, within="P14D", authority=None, lang="nl", *, _engine=None):
    """The deadline agenda of a caseload (an iterable of cases, or JSON Lines text): the rows
    not met that fall due within `within` of `as_of` (an RFC 3339 instant or a date), or expired
    without being met, sorted by due date, for one `authority` ("kmar", "ind", "coa",
    "applicant", "otherMemberState") or all; with a summary. As the CLI's `agenda --format json`
    computes it. Raises MigratiepactError for a bad query; a bad case is counted in
    `summary["errors"]`."""
    request = {"asOf": as_of, "within": within, "lang": lang}
    if authority is not None:
        request["authority"] = authority
    return _value(_native.agenda(_lines(cases), _bytes(request), _engine))


def impact(cases, params, base=None):
    """The impact on a caseload (an iterable of cases, or JSON Lines text) of replacing the
    parameter set `base` (default: the embedded set) by `params` (dicts, JSON text or bytes):
    one entry per changed case, with JSON Pointers into the Assessment and the old and new
    values, and a summary. Raises MigratiepactError for a refused parameter set."""
    base_bytes = b"" if base is None else _bytes(base)
    return _value(_native.impact(_lines(cases), base_bytes, _bytes(params)))


def labels(locale="nl"):
    """The engine's words for every id of the contract ({group: {id: words}}), in Dutch ("nl")
    or English ("en"): the words the form, the CLI and every surface show."""
    return _value(_native.labels(locale))


class Engine:
    """An engine with a replacement parameter set (the format of core/params/default.json),
    given as a dict, JSON text or bytes. Raises MigratiepactError when the set is refused."""

    def __init__(self, params):
        native, report = _native.Engine.load(_bytes(params))
        if native is None:
            raise MigratiepactError(_json.loads(report))
        self._native = native
        bound = _bind("evaluate", native)
        self.evaluate_json, self.evaluate, self.evaluate_many, self.evaluate_many_json = bound

    @property
    def parameters(self):
        """The hash of the parameter set ("sha256:…"), as in every Assessment it makes."""
        return self._native.parameters

    def deadline(self, from_, period, law="eu", locale="nl"):
        """As `migratiepact.deadline`, with this parameter set's holiday calendar."""
        return deadline(from_, period, law, locale, _engine=self._native)

    def agenda(self, cases, as_of, within="P14D", authority=None, lang="nl"):
        """As `migratiepact.agenda`, under this parameter set."""
        return agenda(cases, as_of, within, authority, lang, _engine=self._native)

    def __repr__(self):
        return "Engine(parameters=%r)" % self.parameters
