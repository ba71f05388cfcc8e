// Promtail conformance cases and the Promtail-specific loading rules.

import { describe, expect, it } from "vitest";
import { convert } from "../src/convert.js";
import { formatDiagnostic } from "../src/diagnostics.js";
import { corpusAvailable, listCases, runCase } from "./support/conformance.js";

describe.skipIf(!corpusAvailable())("promtail conformance", () => {
  const cases = corpusAvailable() ? listCases().filter((c) => c.suite.sourceFormat === "promtail") : [];
  for (const c of cases) {
    it(c.id, () => {
      const outcome = runCase(c);
      if (!outcome.pass) expect.fail(outcome.explanation);
    });
  }
});

function diagnosticsOf(yaml: string, extraArgs: string[] = []): string[] {
  return convert(yaml, { sourceFormat: "promtail", extraArgs }).diagnostics.map(formatDiagnostic);
}

const QUIET = "tracing: {enabled: false}\nserver: {register_instrumentation: false}\n";

describe("promtail loading", () => {
  it("refuses extra arguments", () => {
    expect(diagnosticsOf(QUIET, ["-e", "x"])).toEqual(["(Critical) extra arguments are not supported for the promtail converter: [-e x]"]);
  });

  it("refuses a job without a name, with its line", () => {
    const result = convert(QUIET + "scrape_configs:\n  - journal: {}\n", { sourceFormat: "promtail" });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(["(Critical) failed to parse Promtail config: job_name is empty"]);
    expect(result.diagnostics[0].location?.line).toBe(4);
  });

  it("refuses duplicate job names", () => {
    expect(diagnosticsOf(QUIET + "scrape_configs:\n  - job_name: a\n  - job_name: a\n")).toEqual([
      '(Critical) failed to parse Promtail config: found multiple scrape configs with job name "a"',
    ]);
  });

  it("names nested Go types in unknown-field errors", () => {
    expect(diagnosticsOf(QUIET + "clients:\n  - url: http://x\n    nope: 1\n")).toEqual([
      "(Critical) failed to parse Promtail config: yaml: unmarshal errors:\n  line 5: field nope not found in type client.raw",
    ]);
  });

  it("refuses an unknown syslog format, with its line", () => {
    const yaml = QUIET + "scrape_configs:\n  - job_name: a\n    syslog:\n      listen_address: x\n      syslog_format: rfc1\n";
    const result = convert(yaml, { sourceFormat: "promtail" });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(['(Critical) unknown syslog format "rfc1"']);
    expect(result.diagnostics[0].location?.line).toBe(7);
    expect(result.output).toBeUndefined();
  });

  it("points a duplicate job name at the second job", () => {
    const result = convert(QUIET + "scrape_configs:\n  - job_name: a\n  - job_name: a\n", { sourceFormat: "promtail" });
    expect(result.diagnostics[0].location?.line).toBe(5);
  });

  it("adds the legacy client block to the clients", () => {
    const out = convert(QUIET + "client:\n  url: http://a/push\nclients:\n  - url: http://b/push\n", { sourceFormat: "promtail" }).output;
    expect(out).toContain('loki.write "default_2" {\n\tendpoint {\n\t\turl = "http://a/push"');
  });
});
