// Types of the package "migratiepact" (and of "migratiepact/init"): the JSON contract from
// contract.d.ts (generated from the Rust types: `| null` exactly where the engine writes null,
// string-literal unions for ids) and the functions of the WebAssembly module.
import type {
  Assessment,
  Case,
  ErrorReport,
  PeriodResult,
  Share,
  SolidarityRequest,
} from "./contract.js";

export type * from "./contract.js";

/** The answer of `evaluate`: an Assessment, or the ErrorReport of a bad case (never thrown). */
export type EvaluateResult = ({ type: "assessment" } & Assessment) | ({ type: "errors" } & ErrorReport);
/** The answer of `deadline`: a period, or the ErrorReport of bad arguments (never thrown). */
export type DeadlineResult = ({ type: "deadline" } & PeriodResult) | ({ type: "errors" } & ErrorReport);
/** The answer of `Engine.fromParams`: an engine, or the ErrorReport of a bad parameter set. */
export type EngineResult = Engine | ({ type: "errors" } & ErrorReport);
/** The law whose counting rules a standalone period follows: Reg. 1182/71 or Awb 6:8 + Atw. */
export type Law = "eu" | "nl";
/** The language of labels and notes. */
export type Language = "nl" | "en";

/** Evaluates a case (serialised with JSON.stringify: `undefined` members are unknown facts). */
export function evaluate(input: Case): EvaluateResult;
/** Evaluates a case given as JSON text: exactly the CLI's `evaluate --json` (Assessment or ErrorReport). */
export function evaluateJson(input: string): string;
/** A Member State's fair share of an Annual Solidarity Pool (AMMR 12(2), 66, Annex I), JSON in and out. */
export function solidarityJson(input: string): string;
/** One period from `from` (a date or an RFC 3339 instant), e.g. `deadline("2026-06-15", "P5D", "eu")`. */
export function deadline(from: string, period: string, law: Law, locale?: Language | null): DeadlineResult;
/** The engine version. */
export function version(): string;
/**
 * The engine's words for every id of the contract a form shows (procedure kinds, grounds,
 * deadlines, counting rules, acts, the question of each fact …), in Dutch (default) or English:
 * `{ group: { id: words } }`, the same words on every surface.
 */
export function labels(locale?: Language | null): Record<string, Record<string, string>>;

/** An engine with a replacement parameter set (the format of core/params/default.json). */
export class Engine {
  /** Throws an Error when the set is refused; `Engine.fromParams` returns the refusal instead. */
  constructor(json: string);
  static fromParams(json: string): EngineResult;
  /** The hash of the parameter set ("sha256:…"), as in `engine.parameters` of an Assessment. */
  readonly parameters: string;
  evaluate(input: Case): EvaluateResult;
  evaluateJson(input: string): string;
  deadline(from: string, period: string, law: Law, locale?: Language | null): DeadlineResult;
  /** Releases the engine's memory in the WebAssembly module. */
  free(): void;
}
