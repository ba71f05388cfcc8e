// The conformance ratchet: every case listed in conformance-passing.txt must pass byte
// for byte. Cases that pass but are not listed are reported so they get added.
// UPDATE_RATCHET=1 rewrites the list with every passing case.

import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpusAvailable, listCases, readRatchet, runCase, RATCHET_FILE } from "./support/conformance.js";

const available = corpusAvailable();
if (!available) console.warn("conformance corpus not found at ../shared/conformance: skipping conformance tests");

describe.skipIf(!available)("conformance", () => {
  const cases = available ? listCases() : [];
  const ratchet = new Set(readRatchet());

  it("lists only cases that exist", () => {
    const ids = new Set(cases.map((c) => c.id));
    expect([...ratchet].filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const c of cases.filter((c) => ratchet.has(c.id))) {
    it(c.id, () => {
      const outcome = runCase(c);
      if (!outcome.pass) expect.fail(`${c.id} no longer matches Alloy:\n${outcome.explanation}`);
    });
  }

  it("reports passing cases missing from the ratchet", () => {
    const passing = cases.filter((c) => runCase(c).pass).map((c) => c.id);
    const unlisted = passing.filter((id) => !ratchet.has(id));
    if (process.env.UPDATE_RATCHET) {
      const kept = [...new Set([...ratchet, ...passing])].sort();
      writeFileSync(RATCHET_FILE, "# Conformance cases that pass byte for byte; CI keeps them passing.\n" + kept.join("\n") + "\n");
    } else if (unlisted.length > 0) {
      console.warn(`${unlisted.length} passing case(s) not in the ratchet (run with UPDATE_RATCHET=1):\n  ${unlisted.join("\n  ")}`);
    }
    console.info(`conformance: ${passing.length}/${cases.length} cases pass`);
  });
});
