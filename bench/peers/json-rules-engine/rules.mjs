// The pact procedure choice of RULES.md §4 as json-rules-engine rules (first hit: one priority
// per rule, and the engine stops at the first success).
//
// Order: Dublin → inadmissibility → border (border situation, no APR 53(2) exclusion, and a
// border ground: 42(1)(a)–(g), (j) for an adult, only 42(3)(b) = 42(1)(f) for an unaccompanied
// minor) → accelerated (any 42(1) ground; for an unaccompanied minor the 42(3) points c, e, f,
// g, j) → regular. Facts are the case's top-level objects (`applicant`, `application`,
// `grounds`, `dublin`), read with a `path`.
const G = {
  a: "irrelevantIssuesOnly", b: "inconsistentStatements", c: "misledAuthorities",
  d: "delayRemovalOnly", e: "safeCountryOfOrigin", f: "dangerToSecurityOrPublicOrder",
  g: "subsequentNotInadmissible", h: "irregularEntryNoPromptApplication",
  i: "lawfulEntryNoPromptApplication", j: "lowRecognitionRate",
};
const BORDER = ["borderCrossingPoint", "externalBorderApprehension", "searchAndRescue", "relocation"];
const is = (fact, field, value) => ({ fact, path: `$.${field}`, operator: "equal", value });
const ground = (p) => is("grounds", G[p], true);
const noExclusion = [
  is("applicant", "borderSupportUnavailable", false),
  is("applicant", "medicalReasonsAgainstBorder", false),
  is("applicant", "detentionGuaranteesUnmet", false),
];
const borderSituation = { fact: "application", path: "$.situation", operator: "in", value: BORDER };
const rule = (priority, kind, conditions) => ({ name: kind, priority, conditions, event: { type: "procedure", params: { kind } } });

export const rules = [
  rule(100, "dublin", { all: [is("dublin", "otherMemberStateResponsible", true)] }),
  rule(90, "inadmissibility", { all: [is("grounds", "inadmissible", true)] }),
  rule(80, "asylumBorder", { all: [borderSituation, is("applicant", "unaccompaniedMinor", false), ...noExclusion,
    { any: [..."abcdefgj"].map(ground) }] }),
  rule(79, "asylumBorder", { all: [borderSituation, is("applicant", "unaccompaniedMinor", true), ...noExclusion, ground("f")] }),
  rule(70, "accelerated", { all: [is("applicant", "unaccompaniedMinor", false), { any: [..."abcdefghij"].map(ground) }] }),
  rule(69, "accelerated", { all: [is("applicant", "unaccompaniedMinor", true), { any: [..."cefgj"].map(ground) }] }),
  rule(1, "regular", { all: [] }),
];
