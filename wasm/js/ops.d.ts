// Types of "migratiepact/ops": the caseload operations (issue 17). JSON text in and out, exactly
// the core's `api::agenda_json` and `api::impact_json` (the CLI's `agenda` and `impact` rows).

/**
 * The deadline agenda of a caseload: `cases` is JSON Lines (one Case per line), `request` the
 * JSON text of `{ asOf: string; within?: string; authority?: "kmar" | "ind" | "coa" |
 * "applicant" | "otherMemberState"; lang?: "nl" | "en" }`. Returns `{ rows, summary }` (rows
 * sorted by due date, as `migratiepact agenda --format json` writes them) or an ErrorReport.
 */
export function agendaJson(cases: string, request: string): string;
/**
 * The impact on a caseload (JSON Lines) of replacing parameter set `base` ("" for the embedded
 * set) by `params`: `{ cases: [{ caseId, changes: [{ path, old, new }] }], summary }` or an
 * ErrorReport for a refused parameter set.
 */
export function impactJson(cases: string, base: string, params: string): string;
/** The engine version. */
export function version(): string;
