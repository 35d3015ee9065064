// Typed use of the package; checked with `tsc --noEmit -p wasm` (scripts/test-wasm.sh).
// The types come from the Rust types (tsify on migratiepact-core's contract, wasm-bindgen for
// the functions), so a renamed field or value breaks this file.
import {
  evaluate,
  evaluateJson,
  deadline,
  version,
  Engine,
  type Case,
  type Assessment,
  type EvaluateResult,
  type DeadlineResult,
  type ProcedureKind,
  type InputError,
} from "migratiepact";

const borderCase: Case = {
  schemaVersion: 1,
  caseId: "IND-2026-000123",
  locale: "en",
  applicant: { dateOfBirth: "1990-01-01", nationality: "MAR" },
  application: {
    madeAt: "2026-09-01T10:00:00+02:00",
    lodgedAt: "2026-09-03",
    situation: "borderCrossingPoint",
    borderLocation: "schiphol",
  },
  grounds: { misledAuthorities: true },
};

// Only schemaVersion is required: every fact may be unknown.
const empty: Case = { schemaVersion: 1 };

function kindOf(r: EvaluateResult): ProcedureKind | null | undefined {
  if (r.type === "errors") {
    const first: InputError | undefined = r.errors[0];
    console.log(first?.code, first?.path);
    return undefined;
  }
  // Narrowed to an Assessment.
  const a: Assessment = r;
  for (const d of a.deadlines) console.log(d.id, d.due, d.basis[0]?.act, d.basis[0]?.article);
  for (const m of a.missingFacts) console.log(m.path, m.affects.join(","));
  return a.procedure.kind;
}

const kind = kindOf(evaluate(borderCase));
kindOf(evaluate(empty));
const text: string = evaluateJson(JSON.stringify(borderCase));
const d: DeadlineResult = deadline("2026-06-15", "P5D", "eu");
if (d.type === "deadline") console.log(d.due, d.expiresAt, d.extended);
const v: string = version();

const engine = Engine.fromParams("{}");
if (engine instanceof Engine) {
  console.log(engine.parameters, engine.evaluate(borderCase).type);
  engine.free();
} else {
  console.log(engine.errors.length);
}

// @ts-expect-error: "airport" is not a Situation.
const wrong: Case = { schemaVersion: 1, application: { situation: "airport" } };

console.log(kind, text.length, v, wrong);
