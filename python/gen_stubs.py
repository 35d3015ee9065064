"""Generates migratiepact/__init__.pyi: TypedDicts of the JSON contract from the JSON Schemas in
schema/ (which are generated from the Rust types and checked for drift there), and the
signatures of the package. python/tests/test_stubs.py fails when the committed stub differs.

    python3 python/gen_stubs.py          # rewrite python/migratiepact/__init__.pyi
"""

from __future__ import annotations

import json
import keyword
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHEMAS = ["case", "assessment", "error-report", "period-result", "solidarity-request", "solidarity-share", "agenda", "impact"]
OUT = HERE / "migratiepact" / "__init__.pyi"

API = '''
# --- the package -------------------------------------------------------------------------------

__version__: str

def version() -> str: ...

class MigratiepactError(ValueError):
    report: ErrorReport
    errors: list[InputError]
    def __init__(self, report: ErrorReport) -> None: ...

def evaluate_json(text: str | bytes) -> str: ...
def evaluate(doc: Case | str | bytes) -> Assessment: ...
def evaluate_many(docs: Iterable[Case | str | bytes]) -> list[Assessment | ErrorReport]: ...
def evaluate_many_json(docs: Iterable[Case | str | bytes]) -> list[str]: ...
def solidarity_json(text: str | bytes) -> str: ...
def solidarity(doc: SolidarityRequest | str) -> Share: ...
def solidarity_many(docs: Iterable[SolidarityRequest | str | bytes]) -> list[Share | ErrorReport]: ...
def solidarity_many_json(docs: Iterable[SolidarityRequest | str | bytes]) -> list[str]: ...
def deadline(from_: str, period: str, law: Literal["eu", "nl"] = "eu", locale: Literal["nl", "en"] = "nl") -> PeriodResult: ...
def agenda(cases: Iterable[Case | str | bytes] | str | bytes, as_of: str, within: str = "P14D", authority: Literal["kmar", "ind", "coa", "applicant", "otherMemberState"] | None = None, lang: Literal["nl", "en"] = "nl") -> Agenda: ...
def impact(cases: Iterable[Case | str | bytes] | str | bytes, params: Mapping[str, Any] | str | bytes, base: Mapping[str, Any] | str | bytes | None = None) -> Impact: ...
def labels(locale: Literal["nl", "en"] = "nl") -> dict[str, dict[str, str]]: ...

class Engine:
    def __init__(self, params: Mapping[str, Any] | str | bytes) -> None: ...
    @property
    def parameters(self) -> str: ...
    def evaluate_json(self, text: str | bytes) -> str: ...
    def evaluate(self, doc: Case | str) -> Assessment: ...
    def evaluate_many(self, docs: Iterable[Case | str | bytes]) -> list[Assessment | ErrorReport]: ...
    def evaluate_many_json(self, docs: Iterable[Case | str | bytes]) -> list[str]: ...
    def deadline(self, from_: str, period: str, law: Literal["eu", "nl"] = "eu", locale: Literal["nl", "en"] = "nl") -> PeriodResult: ...
    def agenda(self, cases: Iterable[Case | str | bytes] | str | bytes, as_of: str, within: str = "P14D", authority: Literal["kmar", "ind", "coa", "applicant", "otherMemberState"] | None = None, lang: Literal["nl", "en"] = "nl") -> Agenda: ...
'''


def pytype(s: dict) -> str:
    if "$ref" in s:
        return s["$ref"].rsplit("/", 1)[1]
    if "const" in s:
        return "Literal[%s]" % json.dumps(s["const"])
    if "enum" in s:
        return "Literal[%s]" % ", ".join(json.dumps(v) for v in s["enum"])
    for key in ("oneOf", "anyOf"):
        if key in s:
            parts = []
            for alt in s[key]:
                if "type" in s and not any(k in alt for k in ("type", "$ref", "const", "enum")):
                    alt = {**alt, "type": s["type"]}  # {"type": "string", "anyOf": [{"format": …}]}
                t = pytype(alt)
                if t.startswith("Literal[") and parts and parts[-1].startswith("Literal["):
                    parts[-1] = parts[-1][:-1] + ", " + t[len("Literal["):]
                elif t not in parts:
                    parts.append(t)
            return " | ".join(parts)
    t = s.get("type")
    if isinstance(t, list):
        return " | ".join(pytype({**s, "type": x}) for x in t)
    if t == "string":
        return "str"
    if t == "integer":
        return "int"
    if t == "number":
        return "float"
    if t == "boolean":
        return "bool"
    if t == "null":
        return "None"
    if t == "array":
        return "list[%s]" % pytype(s.get("items", {}))
    if t == "object" and isinstance(s.get("additionalProperties"), dict) and not s.get("properties"):
        return "dict[str, %s]" % pytype(s["additionalProperties"])
    return "dict[str, Any]" if t == "object" else "Any"


def doc(s: dict, indent: str) -> list[str]:
    d = " ".join(s.get("description", "").split())
    return ['%s"""%s"""' % (indent, d.replace('"""', "'''").replace("\\", "\\\\"))] if d else []


def typed_dict(name: str, s: dict) -> list[str]:
    props = s.get("properties", {})
    required = set(s.get("required", []))
    if name == "Case":
        # RULES §0, every fact may be unknown: the decoder takes a Case with only its
        # schemaVersion (the sections default to empty), which the schema does not say.
        required &= {"schemaVersion"}
    fields = []
    for key, p in props.items():
        t = pytype(p)
        fields.append((key, t if key in required else "NotRequired[%s]" % t, p))
    if any(keyword.iskeyword(k) or not k.isidentifier() for k in props):
        body = ", ".join("%s: %s" % (json.dumps(k), t) for k, t, _ in fields)
        return ["%s = TypedDict(%s, {%s})" % (name, json.dumps(name), body)]
    lines = ["class %s(TypedDict):" % name] + doc(s, "    ")
    for key, t, p in fields:
        lines.append("    %s: %s" % (key, t))
        lines += doc(p, "    ")
    if len(lines) == 1:
        lines.append("    pass")
    return lines


def generate(root: Path) -> str:
    defs: dict[str, dict] = {}
    tops: dict[str, dict] = {}
    for f in SCHEMAS:
        s = json.loads((root / "schema" / ("%s.schema.json" % f)).read_text())
        tops[s["title"]] = s
        for k, v in s.get("$defs", {}).items():
            defs.setdefault(k, v)
    out = [
        '"""Types of migratiepact (generated by python/gen_stubs.py from schema/*.schema.json; do not edit)."""',
        "",
        "from typing import Any, Iterable, Literal, Mapping",
        "from typing_extensions import NotRequired, TypedDict",
        "",
    ]
    for name, s in sorted({**defs, **tops}.items()):
        if s.get("type") == "object" and "properties" in s:
            out += typed_dict(name, s) + [""]
        else:
            out += ["%s = %s" % (name, pytype(s))] + doc(s, "") + [""]
    out.append(API.strip("\n"))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    text = generate(HERE.parent)
    if "--check" in sys.argv:
        sys.exit(0 if OUT.read_text() == text else 1)
    OUT.write_text(text)
