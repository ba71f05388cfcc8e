// Prometheus v3.13.2's own config test inputs: every known-bad file is refused with the
// error Prometheus's test demands, every known-good file loads (see
// ../shared/conformance/prometheus-config/README.md). Skipped when the folder is absent.

import { describe, expect, it } from "vitest";
import { checkConfigCase, listConfigCases, prometheusConfigAvailable } from "./support/prometheus-config.js";

const available = prometheusConfigAvailable();
if (!available) console.warn("prometheus-config corpus not found at ../shared/conformance/prometheus-config: skipping its tests");

describe.skipIf(!available)("prometheus-config", () => {
  const cases = available ? listConfigCases() : [];

  it("has both known-bad and known-good files", () => {
    expect(cases.filter((c) => c.expected !== undefined).length).toBeGreaterThan(100);
    expect(cases.filter((c) => c.expected === undefined).length).toBeGreaterThan(50);
  });

  for (const c of cases) {
    it(c.file, () => {
      const failure = checkConfigCase(c);
      if (failure) expect.fail(`${c.file}: ${failure}`);
    });
  }
});
