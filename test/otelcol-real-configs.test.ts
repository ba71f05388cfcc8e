// Collector configs shaped like the ones projects ship (the Collector's example, the
// OpenTelemetry demo, an AWS distribution's): each converts without an internal error;
// what converts is valid Alloy that `alloy fmt` leaves as it is, and a config with
// components Alloy cannot convert is refused with a diagnostic naming one of them.

import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { convert } from "../src/convert.js";
import { formatDiagnostic } from "../src/diagnostics.js";
import { formatAlloy } from "../src/format.js";

const DIR = resolve(import.meta.dirname, "fixtures/otelcol");
const UNCONVERTIBLE: Record<string, string> = {
  "adot.yaml": "awsxray",
  "collector-example.yaml": "health_check",
  "otel-demo.yaml": "httpcheck",
};

describe("real-world Collector configs", () => {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith(".yaml"))) {
    it(name, () => {
      const result = convert(readFileSync(join(DIR, name)), { sourceFormat: "otelcol" });
      const texts = result.diagnostics.map(formatDiagnostic);
      expect(texts.filter((t) => t.includes("internal error"))).toEqual([]);
      const missing = UNCONVERTIBLE[name];
      if (missing) {
        expect(result.output).toBeUndefined();
        expect(texts.some((t) => t.startsWith("(Critical)") && t.includes(`unknown type: "${missing}"`))).toBe(true);
        return;
      }
      expect(texts.filter((t) => t.startsWith("(Critical)") || t.startsWith("(Error)"))).toEqual([]);
      const formatted = formatAlloy(result.output!);
      expect(formatted.error).toBeUndefined();
      expect(formatted.output).toBe(result.output);
    });
  }
});
