import { describe, expect, it } from "vitest";
import { checkUniqueLabels, labelForParts, labelWithIndex, sanitizeIdentifier } from "../src/components/labels.js";
import { block } from "../src/emit/build.js";
import { Diagnostics, formatDiagnostic } from "../src/diagnostics.js";

describe("labels", () => {
  it("sanitizes identifiers", () => {
    expect(sanitizeIdentifier("prometheus-1")).toBe("prometheus_1");
    expect(sanitizeIdentifier("1job")).toBe("_1job");
  });
  it("joins parts and indexes after the first", () => {
    expect(labelForParts("a", "", "b")).toBe("a_b");
    expect(labelWithIndex(0, "job")).toBe("job");
    expect(labelWithIndex(2, "job")).toBe("job_3");
  });
  it("reports duplicate component labels as Critical", () => {
    const diags = new Diagnostics();
    checkUniqueLabels({ body: [block("loki.write", [], "default"), block("loki.write", [], "default")] }, diags);
    expect(diags.list.map(formatDiagnostic)).toEqual([
      '(Critical) duplicate label after conversion "loki.write.default". this is due to how valid Alloy labels are assembled and can be avoided by updating named properties in the source config.',
    ]);
  });
});
