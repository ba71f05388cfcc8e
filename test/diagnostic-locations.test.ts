// Every diagnostic about something in the input says where it is, exactly: the CLI run on
// real files, read back from its JSON report and its stderr.

import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runCli } from "./support/cli.js";

// Each test starts a conversion through the CLI, loading its format on first use: room for a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const DOCS = resolve(import.meta.dirname, "fixtures/prometheus-docs");
const HERE = resolve(import.meta.dirname, "fixtures/locations");

interface ReportedDiagnostic {
  severity: string;
  summary: string;
  line?: number;
  column?: number;
}

/** Converts with a JSON report and returns its diagnostics. */
async function diagnosticsOf(file: string, format: string, ...extra: string[]): Promise<ReportedDiagnostic[]> {
  const dir = mkdtempSync(join(tmpdir(), "alloy-convert-loc-"));
  const report = join(dir, "report.json");
  await runCli(["-f", format, ...extra, "-b", "-o", join(dir, "out.alloy"), "-r", report, "--report-format", "json", file]);
  return (JSON.parse(readFileSync(report, "utf8")) as { diagnostics: ReportedDiagnostic[] }).diagnostics;
}

const at = (d: ReportedDiagnostic | undefined) => (d?.line === undefined ? undefined : `${d.line}:${d.column}`);

describe("Prometheus's documentation examples", () => {
  const files = readdirSync(DOCS).filter((f) => f.endsWith(".yml"));

  it.each(files)("every diagnostic of %s has a location", async (name) => {
    const diagnostics = await diagnosticsOf(join(DOCS, name), "prometheus");
    const unlocated = diagnostics.filter((d) => d.line === undefined);
    expect(unlocated).toEqual([]);
  });

  it("the default prometheus.yml points at evaluation_interval and alerting, on stderr too", async () => {
    const r = await runCli(["-f", "prometheus", join(DOCS, "prometheus.yml")]);
    expect(r.stderr).toContain("(Error) The converter does not support converting the provided global evaluation_interval config.\n  at " + join(DOCS, "prometheus.yml") + ":4:3\n");
    expect(r.stderr).toContain("(Error) The converter does not support converting the provided alerting config.\n  at " + join(DOCS, "prometheus.yml") + ":8:1\n");
  });

  it("an unconverted service discovery points at its entry", async () => {
    const diagnostics = await diagnosticsOf(join(DOCS, "prometheus-hetzner.yml"), "prometheus");
    const hetzner = diagnostics.filter((d) => d.summary.includes("hetzner service discovery"));
    expect(hetzner).toHaveLength(3);
    // Each of the three jobs' hetzner_sd_configs, not the same place three times.
    expect(new Set(hetzner.map(at)).size).toBe(3);
  });

  it("each job's Info points at its job_name", async () => {
    const diagnostics = await diagnosticsOf(join(DOCS, "getting-started.yml"), "prometheus");
    const infos = diagnostics.filter((d) => d.severity === "Info").map((d) => [d.summary, at(d)]);
    expect(infos).toEqual([
      ['Converted scrape_configs job_name "prometheus" into...', "13:5"],
      ['Converted scrape_configs job_name "node" into...', "21:5"],
    ]);
  });
});

describe("exact locations", () => {
  it("a duplicate job_name points at the second one", async () => {
    const [d] = await diagnosticsOf(join(HERE, "duplicate-job.yml"), "prometheus");
    expect(d.summary).toBe('failed to parse Prometheus config: found multiple scrape configs with job name "node"');
    expect(at(d)).toBe("8:5");
  });

  it("a setting a job inherits from global points at the global setting; a job's own at the job's", async () => {
    const diagnostics = await diagnosticsOf(join(HERE, "global-setting.yml"), "prometheus");
    const kept = diagnostics.filter((d) => d.summary.includes("keep_dropped_targets"));
    // Alloy reports it once per job; the first job inherits it, the second sets its own.
    expect(kept.map(at)).toEqual(["3:3", "9:5"]);
  });

  it("Promtail's unsupported settings point at each setting", async () => {
    const diagnostics = await diagnosticsOf(join(HERE, "promtail-unsupported.yml"), "promtail");
    const where = Object.fromEntries(diagnostics.filter((d) => d.severity !== "Info").map((d) => [d.summary, at(d)]));
    expect(where).toEqual({
      "Promtail's WAL is currently not supported in Alloy": "6:3",
      "The converter does not support converting the provided server.log_level config: The equivalent feature in Alloy is to use the logging config block to set the level argument.": "3:3",
      "server.http_path_prefix is not supported": "4:3",
      // Promtail's tracing is on by default, so nothing in the file raised it.
      "If you have a tracing set up for Promtail, it cannot be migrated to Alloy automatically. Refer to the documentation on how to configure tracing in Alloy.": undefined,
      // Likewise Promtail's register_instrumentation default.
      "Alloy's metrics are different from the metrics emitted by Promtail. If you rely on Promtail's metrics, you must change your configuration, for example, your alerts and dashboards.": undefined,
    });
  });

  it("static mode's integration diagnostics point into the integrations section, though integrations are decoded re-marshalled", async () => {
    const diagnostics = await diagnosticsOf(join(HERE, "static-integrations.yml"), "static");
    const where = Object.fromEntries(diagnostics.filter((d) => d.severity !== "Info").map((d) => [d.summary, at(d)]));
    expect(where["The converter does not support handling integrations which are not being scraped: node_exporter."]).toBe("13:5");
    expect(where["disabled integrations do nothing and are not included in the output: statsd_exporter."]).toBe("15:5");
  });

  it("static mode's traces point at the setting Alloy has no equivalent for", async () => {
    const diagnostics = await diagnosticsOf(join(HERE, "static-traces.yml"), "static");
    const logging = diagnostics.find((d) => d.summary.startsWith("automatic_logging for traces has no direct Alloy equivalent"));
    expect(at(logging)).toBe("13:7");
  });

  it("static mode's instance checks point at the instance", async () => {
    const [d] = await diagnosticsOf(join(HERE, "static-missing-name.yml"), "static");
    expect(d.summary).toBe("failed to parse Static config: error in config file: error validating instance at index 1: missing instance name");
    expect(at(d)).toBe("7:7");
  });
});
