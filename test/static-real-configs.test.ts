// Agent static-mode configs shaped like the Agent's examples and documentation: each
// converts without an internal error, to valid Alloy that `alloy fmt` leaves as it is, or
// is refused with a diagnostic that says why.

import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { convert } from "../src/convert.js";
import { formatDiagnostic } from "../src/diagnostics.js";
import { formatAlloy } from "../src/format.js";

const DIR = resolve(import.meta.dirname, "fixtures/static");

describe("real-world Agent static configs", () => {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith(".yaml"))) {
    it(name, () => {
      const result = convert(readFileSync(join(DIR, name)), { sourceFormat: "static", extraArgs: ["-config.expand-env"] });
      const texts = result.diagnostics.map(formatDiagnostic);
      expect(texts.filter((t) => t.includes("internal error"))).toEqual([]);
      if (result.output === undefined) {
        expect(texts.some((t) => t.startsWith("(Critical)"))).toBe(true);
        return;
      }
      const formatted = formatAlloy(result.output);
      expect(formatted.error).toBeUndefined();
      expect(formatted.output).toBe(result.output);
    });
  }
});
