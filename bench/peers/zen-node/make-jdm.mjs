// Writes procedure.jdm.json: the pact procedure choice of RULES.md §4 as one GoRules JDM
// decision table (hit policy "first"), shared by the ZEN Node peer and the ZEN Rust peer.
//
//   node bench/peers/zen-node/make-jdm.mjs
//
// Order: Dublin → inadmissibility → border (border situation, no APR 53(2) exclusion, and a
// border ground: 42(1)(a)–(g), (j) for an adult, only 42(3)(b) = 42(1)(f) for an unaccompanied
// minor) → accelerated (any 42(1) ground; for an unaccompanied minor only the 42(3) points
// c, e, f, g, j) → regular. One row per ground, as a decision table author would write it.
import { writeFileSync } from "node:fs";

const GROUNDS = {
  a: "irrelevantIssuesOnly", b: "inconsistentStatements", c: "misledAuthorities",
  d: "delayRemovalOnly", e: "safeCountryOfOrigin", f: "dangerToSecurityOrPublicOrder",
  g: "subsequentNotInadmissible", h: "irregularEntryNoPromptApplication",
  i: "lawfulEntryNoPromptApplication", j: "lowRecognitionRate",
};
const BORDER = '"borderCrossingPoint", "externalBorderApprehension", "searchAndRescue", "relocation"';

const inputs = [
  ["dublin", "dublin.otherMemberStateResponsible"],
  ["inadmissible", "grounds.inadmissible"],
  ["situation", "application.situation"],
  ["uam", "applicant.unaccompaniedMinor"],
  ["support", "applicant.borderSupportUnavailable"],
  ["medical", "applicant.medicalReasonsAgainstBorder"],
  ["detention", "applicant.detentionGuaranteesUnmet"],
  ...Object.entries(GROUNDS).map(([p, name]) => [`g_${p}`, `grounds.${name}`]),
].map(([id, field]) => ({ id, name: field, field }));

const rows = [];
// Every row names every input column ("" = any): the Node binding treats a missing cell as no match.
const blank = Object.fromEntries(inputs.map((i) => [i.id, ""]));
const row = (cells, kind) => rows.push({ _id: `r${rows.length + 1}`, ...blank, ...cells, kind: `"${kind}"` });
const noExclusion = { support: "false", medical: "false", detention: "false" };
row({ dublin: "true" }, "dublin");
row({ inadmissible: "true" }, "inadmissibility");
for (const p of "abcdefgj") row({ situation: BORDER, uam: "false", ...noExclusion, [`g_${p}`]: "true" }, "asylumBorder");
row({ situation: BORDER, uam: "true", ...noExclusion, g_f: "true" }, "asylumBorder");
for (const p of "abcdefghij") row({ uam: "false", [`g_${p}`]: "true" }, "accelerated");
for (const p of "cefgj") row({ uam: "true", [`g_${p}`]: "true" }, "accelerated");
row({}, "regular");

const jdm = {
  nodes: [
    { id: "in", name: "case", type: "inputNode", content: {} },
    {
      id: "table", name: "procedure choice (APR, RULES.md §4)", type: "decisionTableNode",
      content: {
        hitPolicy: "first",
        inputs,
        outputs: [{ id: "kind", name: "procedure kind", field: "kind" }],
        rules: rows,
      },
    },
    { id: "out", name: "result", type: "outputNode", content: {} },
  ],
  edges: [
    { id: "e1", sourceId: "in", targetId: "table" },
    { id: "e2", sourceId: "table", targetId: "out" },
  ],
};
const path = new URL("./procedure.jdm.json", import.meta.url);
writeFileSync(path, JSON.stringify(jdm, null, 1) + "\n");
console.log(`wrote ${path.pathname}: ${rows.length} rows, ${inputs.length} input columns`);
