// The SARIF report: valid against the official SARIF 2.1.0 JSON schema (the copy shipped
// by Microsoft's @microsoft/jest-sarif, validated with Ajv, not by hand), one run, a rule
// per kind of diagnostic, each result with its level, Alloy's message and YAML region;
// for one input and for a batch, through the library and through the CLI.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import AjvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { beforeEach, describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { convert } from "../src/convert.js";
import { sarifReport, type SarifInput } from "../src/report/sarif.js";

const require = createRequire(import.meta.url);
const schema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json") as object;
// The official schema's language pattern has a stray `]`, legal only in a non-Unicode RegExp.
// Both are CommonJS whose module object is also reachable as `.default`, the form NodeNext types.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

/* eslint-disable @typescript-eslint/no-explicit-any */
function valid(text: string): any {
  const log = JSON.parse(text);
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
  return log;
}

const PROMETHEUS = `global:
  scrape_interval: 15s
  evaluation_interval: 30s
rule_files: [alerts.yml]
scrape_configs:
  - job_name: node
    static_configs: [{targets: ["node:9100"]}]
    basic_auth: {username: u, password: hunter2}
remote_write: [{url: http://mimir/api/v1/push}]
`;
const BROKEN = "scrape_configs:\n  - job_name: a\n    not_a_field: 1\n";

function input(source: string, yaml: string, bypassErrors = false): SarifInput {
  const r = convert(yaml, { sourceFormat: "prometheus" });
  return { source, sourceFormat: "prometheus", bypassErrors, diagnostics: r.diagnostics, advice: r.advice };
}

describe("sarifReport", () => {
  it("one input: rules per kind, levels, messages, YAML regions, advice as notes; schema-valid", () => {
    const log = valid(sarifReport([input("configs/prometheus.yaml", PROMETHEUS)], "1.2.3"));
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: "alloy-convert", version: "1.2.3" });
    const ids = run.tool.driver.rules.map((r: any) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Both unsupported settings are one kind, one rule.
    const unsupported = run.results.filter((r: any) => r.ruleId === "alloy-convert/unsupported-setting");
    expect(unsupported.map((r: any) => [r.level, r.message.text, r.locations[0].physicalLocation.region])).toEqual([
      ["error", "(Error) The converter does not support converting the provided global evaluation_interval config.", { startLine: 3, startColumn: 3 }],
      ["error", "(Error) The converter does not support converting the provided rule_files config.", { startLine: 4, startColumn: 1 }],
    ]);
    expect(ids.filter((id: string) => id === "alloy-convert/unsupported-setting")).toHaveLength(1);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(unsupported[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "configs/prometheus.yaml", index: 0 });
    const secret = run.results.find((r: any) => r.ruleId === "alloy-convert/advice/inline-secret");
    expect(secret.level).toBe("note");
    expect(secret.message.text).toContain('password in prometheus.scrape "node" > basic_auth');
    expect(run.artifacts).toEqual([{ location: { uri: "configs/prometheus.yaml" }, properties: { sourceFormat: "prometheus", outcome: "error" } }]);
  });

  it("a batch: one run, results pointing at their own file; stdin has no file to point at", () => {
    const log = valid(
      sarifReport(
        [input("a.yaml", PROMETHEUS, true), input("dir with space/b.yaml", BROKEN), input("<stdin>", "scrape_configs: []\nrule_files: [x]\n"), input("/abs/c.yaml", "scrape_configs: []\n")],
        "0.1.0",
      ),
    );
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.artifacts.map((a: any) => [a.location.uri, a.properties.outcome])).toEqual([
      ["a.yaml", "success"],
      ["dir%20with%20space/b.yaml", "critical"],
      ["file:///abs/c.yaml", "success"],
    ]);
    const critical = run.results.find((r: any) => r.properties?.severity === "Critical");
    expect(critical).toMatchObject({ ruleId: "alloy-convert/unreadable-source", level: "error" });
    expect(critical.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "dir%20with%20space/b.yaml", index: 1 }, region: { startLine: 3, startColumn: 5 } });
    const fromStdin = run.results.filter((r: any) => r.locations === undefined);
    expect(fromStdin.map((r: any) => r.message.text)).toContain("(Error) The converter does not support converting the provided rule_files config.");
  });

  it("a diagnostic of no known kind gets a rule named by its words, the same for every value", () => {
    const d = (summary: string): SarifInput => ({ source: "x.yaml", sourceFormat: "static", bypassErrors: false, advice: [], diagnostics: [{ severity: "Warning", summary }] });
    const log = valid(sarifReport([d('node_meta "a" is not used by discovery.consulagent'), d('node_meta "b" is not used by discovery.consulagent')], "0.1.0"));
    expect(log.runs[0].tool.driver.rules.map((r: any) => r.id)).toEqual(["alloy-convert/node-meta-is-not-used-by-discovery-consulagent"]);
    expect(log.runs[0].results.map((r: any) => r.level)).toEqual(["warning", "warning"]);
  });
});

describe("--report-format sarif on the command line", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "alloy-convert-sarif-"));
  });
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  async function run(argv: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await main(argv, {
      stdin: Readable.from([]),
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      env: {},
    });
    return { code, stdout, stderr };
  }

  it("one input: the report even when the conversion fails, exit status as without it", async () => {
    const src = file("prometheus.yaml", PROMETHEUS);
    const r = await run(["-f", "prometheus", "-o", join(dir, "out.alloy"), "-r", join(dir, "report.sarif"), "--report-format", "sarif", src]);
    expect(r.code).toBe(1);
    const log = valid(readFileSync(join(dir, "report.sarif"), "utf8"));
    expect(log.runs[0].results.filter((x: any) => x.level === "error")).toHaveLength(2);
    expect(existsSync(join(dir, "out.alloy"))).toBe(false);
  });

  it("a batch: one report for every input, the batch's advice included", async () => {
    const a = file("a.yaml", "clients: [{url: http://a/push}]\nscrape_configs: []\n");
    const b = file("b.yaml", "clients: [{url: http://b/push}]\nscrape_configs:\n  - job_name: x\n    static_configs: [{targets: [localhost], labels: {__path__: /x}}]\n");
    const c = file("c.yaml", "clients: [{url: http://c/push}]\nscrape_configs:\n  - jobname: typo\n");
    const out = join(dir, "out");
    mkdirSync(out);
    const r = await run(["-f", "promtail", "-o", out, "-r", "-", "--report-format", "sarif", a, b, c]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${b}: (Advice) ${join(out, "b.alloy")} and ${join(out, "a.alloy")} both define loki.write "default": Alloy cannot load them together as one directory`);
    const log = valid(r.stdout);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].artifacts.map((x: any) => x.properties.outcome)).toEqual(["success", "success", "critical"]);
    const clash = log.runs[0].results.find((x: any) => x.ruleId === "alloy-convert/advice/directory-clash");
    expect(clash.locations[0].physicalLocation.artifactLocation.index).toBe(1);
    expect(r.stderr).toContain("2 of 3 files converted, 1 failed");
  });

  it("Alloy's text report still takes a single input", async () => {
    const r = await run(["-f", "promtail", "-o", dir, "-r", join(dir, "r.txt"), file("a.yaml", "scrape_configs: []\n"), file("b.yaml", "scrape_configs: []\n")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("-r/--report");
    expect(existsSync(join(dir, "r.txt"))).toBe(false);
  });

  const CLI = resolve(import.meta.dirname, "../dist/cli.cjs");
  it.skipIf(!existsSync(CLI))("the built CLI writes a schema-valid report for a batch", () => {
    file("a.yaml", PROMETHEUS);
    file("b.yaml", BROKEN);
    const r = spawnSync(process.execPath, [CLI, "-f", "prometheus", "-b", "-o", dir, "-r", "report.sarif", "--report-format", "sarif", "a.yaml", "b.yaml"], { cwd: dir, encoding: "utf8", timeout: 20_000 });
    expect(r.status).toBe(1);
    const log = valid(readFileSync(join(dir, "report.sarif"), "utf8"));
    expect(log.runs[0].artifacts.map((x: any) => x.location.uri)).toEqual(["a.yaml", "b.yaml"]);
    expect(log.runs[0].results.find((x: any) => x.ruleId === "alloy-convert/unreadable-source").locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 5 });
  });
});
