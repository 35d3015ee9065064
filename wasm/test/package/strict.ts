// TypeScript --strict against the installed package: the contract's ids are literal unions and
// members the engine writes as null are typed `| null` (not `| undefined`), so code that
// compiles does not crash at run time. Compiled and run by scripts/test-package.sh.
import { evaluate, deadline, type CountingRule, type DeadlineId, type CasePath } from "migratiepact";

const r = evaluate({
  schemaVersion: 1,
  application: { madeAt: "2026-09-01T10:00:00+02:00", lodgedAt: "2026-09-03" },
});
if (r.type === "errors") throw new Error(r.errors.map((e) => e.message).join("; "));
const ids: DeadlineId[] = r.deadlines.map((d) => d.id);
const rules: CountingRule[] = r.deadlines.map((d) => d.counting);
const paths: CasePath[] = r.missingFacts.map((m) => m.path);
// `caseId` is null at run time when the case has none: the type must say so.
const caseId: string | null = r.caseId;
if (caseId !== null) throw new Error("caseId should be null");
// @ts-expect-error: not a deadline id
const notAnId: DeadlineId = "nope";
void notAnId;
const p = deadline("2026-06-15", "P5D", "eu");
if (p.type !== "deadline") throw new Error("deadline refused");
const counting: CountingRule = p.counting;
console.log(`strict: ${ids.length} deadlines (${rules.join(",")}), ${paths.length} missing facts, ${counting}`);
