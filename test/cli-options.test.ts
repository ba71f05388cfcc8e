// The command line's smaller promises, run through main() with the real converter on real
// files: did-you-mean for typos, unknown commands, --quiet, --max-warnings, --version,
// empty inputs, the JSON report of a batch, and code frames on a terminal.

import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { runCli } from "./support/cli.js";

// Each test starts a conversion through the CLI, loading its format on first use: room for a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const FIXTURES = resolve(import.meta.dirname, "fixtures/cli");
const fixture = (name: string) => join(FIXTURES, name);
const DOCS_EXAMPLE = resolve(import.meta.dirname, "fixtures/prometheus-docs/prometheus.yml");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "alloy-convert-options-"));
});

describe("typos", () => {
  it("a mistyped flag gets a did-you-mean and exit 2", async () => {
    const r = await runCli(["-f", "prometheus", "--outptu", join(dir, "x.alloy"), fixture("node.yml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--outptu'");
    expect(r.stderr).toContain("Did you mean --output?");
  });

  it("a mistyped --source-format gets the closest format and the list", async () => {
    const r = await runCli(["-f", "prometeus", fixture("node.yml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"prometeus" is not a source format (did you mean "prometheus"?); use one of prometheus, promtail, otelcol, static.');
  });

  it("a word far from every format gets the list without a guess", async () => {
    const r = await runCli(["--source-format", "nagios", fixture("node.yml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"nagios" is not a source format; use one of');
  });

  it("a mistyped --report-format gets a did-you-mean too", async () => {
    const r = await runCli(["-f", "prometheus", "-r", join(dir, "r"), "--report-format", "jsno", fixture("node.yml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(did you mean "json"?)');
  });

  it("an unknown command says so, with the closest command, instead of asking for -f", async () => {
    const r = await runCli(["frmt", "config.alloy"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frmt" (did you mean "fmt"?)');
    expect(r.stderr).not.toContain("-f, --source-format");
  });

  it("an existing file without an extension is still an input, not a command", async () => {
    const input = join(dir, "prom");
    copyFileSync(fixture("node.yml"), input);
    const r = await runCli(["-f", "prometheus", input]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('prometheus.scrape "node"');
  });
});

describe("--quiet and --max-warnings", () => {
  it("without --quiet, Warnings and advice are printed", async () => {
    const r = await runCli(["-f", "promtail", "-o", join(dir, "out.alloy"), fixture("promtail-warnings.yml")]);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/^\(Warning\)/gm)).toHaveLength(4);
  });

  it("--quiet leaves only Errors and Criticals on stderr", async () => {
    const quiet = await runCli(["-f", "promtail", "--quiet", "-o", join(dir, "out.alloy"), fixture("promtail-warnings.yml")]);
    expect(quiet).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(existsSync(join(dir, "out.alloy"))).toBe(true);

    const failing = await runCli(["-f", "prometheus", "-q", "-o", join(dir, "docs.alloy"), DOCS_EXAMPLE]);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/^\(Error\) The converter does not support converting the provided alerting config\./m);
    expect(failing.stderr).not.toContain("(Advice)");
  });

  it("--quiet drops the summary of a batch that succeeded", async () => {
    const r = await runCli(["-f", "prometheus", "-q", "-o", dir, fixture("node.yml"), fixture("empty.yml")]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("--max-warnings N exits 1 above N, still writing the output", async () => {
    const out = join(dir, "out.alloy");
    const over = await runCli(["-f", "promtail", "--max-warnings", "3", "-o", out, fixture("promtail-warnings.yml")]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain("alloy-convert: 4 warnings, more than --max-warnings 3 allows");
    expect(readFileSync(out, "utf8")).toContain("loki.write");

    const at = await runCli(["-f", "promtail", "--max-warnings", "4", "-o", out, fixture("promtail-warnings.yml")]);
    expect(at.code).toBe(0);
  });

  it("--max-warnings counts every file of a batch", async () => {
    const second = join(dir, "second.yml");
    copyFileSync(fixture("promtail-warnings.yml"), second);
    const out = mkdtempSync(join(tmpdir(), "alloy-convert-out-"));
    const r = await runCli(["-f", "promtail", "--max-warnings", "7", "-o", out, fixture("promtail-warnings.yml"), second]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("8 warnings, more than --max-warnings 7 allows");
  });

  it("--max-warnings takes a count", async () => {
    const r = await runCli(["-f", "promtail", "--max-warnings", "some", fixture("promtail-warnings.yml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"some" is not a number of warnings');
  });
});

describe("--version", () => {
  it("names the Alloy version whose output it reproduces", async () => {
    const r = await runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^alloy-convert \d+\.\d+\.\d+ \(output of Grafana Alloy v1\.19's alloy convert\)\n$/);
  });
});

describe("an empty input and a comments-only input", () => {
  /** The run with the input's name taken out, to compare two inputs' runs. */
  async function runOn(name: string, format: string, stdin?: string) {
    const out = join(dir, `${name}.alloy`);
    const args = ["-f", format, "-o", out, stdin === undefined ? fixture(name) : "-"];
    const r = await runCli(args, { stdin });
    return { code: r.code, stderr: r.stderr.split(fixture(name)).join("<input>"), output: existsSync(out) ? readFileSync(out, "utf8") : undefined };
  }

  it.each(["prometheus", "promtail", "static"])("convert the same way with -f %s: to an empty output, exit 0, with advice", async (format) => {
    const empty = await runOn("empty.yml", format);
    const comments = await runOn("comments-only.yml", format);
    expect(comments).toEqual(empty);
    expect(empty.code).toBe(0);
    expect(empty.output).toBe("");
    expect(empty.stderr).toContain("(Advice) The conversion is empty: the input has nothing that becomes an Alloy component");
  });

  it("are refused the same way by otelcol, as the Collector refuses an empty configuration", async () => {
    const empty = await runOn("empty.yml", "otelcol");
    const comments = await runOn("comments-only.yml", "otelcol");
    expect(comments).toEqual(empty);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain("(Critical) failed to validate config: empty configuration file");
  });

  it("from stdin, an empty one converts too", async () => {
    const r = await runCli(["-f", "prometheus"], { stdin: "" });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
  });
});

describe("the JSON report of a batch", () => {
  it("is one document listing every file", async () => {
    const report = join(dir, "report.json");
    const out = mkdtempSync(join(tmpdir(), "alloy-convert-out-"));
    const r = await runCli(["-f", "prometheus", "-o", out, "-r", report, "--report-format", "json", fixture("node.yml"), fixture("api.yml")]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(readFileSync(report, "utf8")) as { files: { source: string; outcome: string; diagnostics: { summary: string; line?: number }[] }[] };
    expect(doc.files.map((f) => [f.source, f.outcome])).toEqual([
      [fixture("node.yml"), "success"],
      [fixture("api.yml"), "error"],
    ]);
    const error = doc.files[1]!.diagnostics.find((d) => d.summary.includes("evaluation_interval"));
    expect(error?.line).toBe(2);
  });

  it("goes to stdout with -r -", async () => {
    const out = mkdtempSync(join(tmpdir(), "alloy-convert-out-"));
    const r = await runCli(["-f", "prometheus", "-o", out, "-r", "-", "--report-format", "json", fixture("node.yml"), fixture("api.yml")]);
    expect((JSON.parse(r.stdout) as { files: unknown[] }).files).toHaveLength(2);
  });

  it("a text report, which is Alloy's and about one file, is refused for a batch", async () => {
    const out = mkdtempSync(join(tmpdir(), "alloy-convert-out-"));
    const r = await runCli(["-f", "prometheus", "-o", out, "-r", join(dir, "r.txt"), fixture("node.yml"), fixture("api.yml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("needs --report-format json or sarif");
  });
});

describe("code frames", () => {
  const EVALUATION = "(Error) The converter does not support converting the provided global evaluation_interval config.";

  it("show the YAML lines with a marker at the column under a located diagnostic, on a terminal", async () => {
    const r = await runCli(["-f", "prometheus", "-o", join(dir, "o.alloy"), DOCS_EXAMPLE], { tty: true, env: { NO_COLOR: "1" } });
    const lines = r.stderr.split("\n");
    const at = lines.indexOf(EVALUATION);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines.slice(at + 1, at + 7)).toEqual([
      `  at ${DOCS_EXAMPLE}:4:3`,
      "    2 | global:",
      "    3 |   scrape_interval: 15s # Set the scrape interval to every 15 seconds. Default is every 1 minute.",
      "  > 4 |   evaluation_interval: 15s # Evaluate rules every 15 seconds. The default is every 1 minute.",
      "      |   ^",
      "    5 |   # scrape_timeout is set to the global default (10s).",
    ]);
  });

  it("keep the file's line numbers deep in a big file, the gutter as wide as its longest number", async () => {
    const input = join(dir, "big.yml");
    const jobs = Array.from({ length: 32 }, (_, j) => `  - job_name: j${j}\n    static_configs:\n      - targets: ["h:1"]\n`).join("");
    writeFileSync(input, `scrape_configs:\n${jobs}global:\n  evaluation_interval: 30s\n  scrape_interval: 1m\n`);
    const r = await runCli(["-f", "prometheus", "-o", join(dir, "o.alloy"), input], { tty: true, env: { NO_COLOR: "1" } });
    const lines = r.stderr.split("\n");
    const at = lines.indexOf(`  at ${input}:99:3`);
    expect(lines.slice(at + 1, at + 6)).toEqual([
      '     97 |       - targets: ["h:1"]',
      "     98 | global:",
      "  >  99 |   evaluation_interval: 30s",
      "        |   ^",
      "    100 |   scrape_interval: 1m",
    ]);
  });

  it("are coloured on a terminal, leaving Alloy's text itself as it is", async () => {
    const r = await runCli(["-f", "prometheus", "-o", join(dir, "o.alloy"), DOCS_EXAMPLE], { tty: true });
    expect(r.stderr).toContain("\x1b[31m\x1b[1m(Error)\x1b[22m\x1b[39m The converter does not support converting the provided global evaluation_interval config.\n");
    expect(r.stderr).toMatch(/\x1b\[31m\x1b\[1m>\x1b\[22m\x1b\[39m\x1b\[2m 4 \|\x1b\[22m {3}evaluation_interval: 15s/);
  });

  it("are not shown off a terminal", async () => {
    const r = await runCli(["-f", "prometheus", "-o", join(dir, "o.alloy"), DOCS_EXAMPLE]);
    expect(r.stderr).toContain(`${EVALUATION}\n  at ${DOCS_EXAMPLE}:4:3\n(Error)`);
    expect(r.stderr).not.toContain(" | ");
  });

  it("escape control characters from the input", async () => {
    const input = join(dir, "ctl.yml");
    writeFileSync(input, "global:\n  evaluation_interval: 30s # \x1b[2Jcleared\n");
    const r = await runCli(["-f", "prometheus", "-o", join(dir, "o.alloy"), input], { tty: true, env: { NO_COLOR: "1" } });
    expect(r.stderr).toContain("> 2 |   evaluation_interval: 30s # \\x1b[2Jcleared");
    expect(r.stderr).not.toContain("\x1b[2J");
  });
});
