// The command line through main(argv, io): exit codes, stdin, atomic outputs, reports,
// --check and batch. A scripted converter makes each outcome (clean, Error, Critical)
// deterministic; the library's own behaviour is tested elsewhere.

import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { beforeEach, describe, expect, it } from "vitest";
import { main, outputName, parseExtraArgs, type Converter } from "../src/cli.js";
import type { Diagnostic } from "../src/diagnostics.js";
import { textReport } from "../src/report/report.js";

/** Converts by keyword: `critical` or `error` in the input raise that diagnostic at line 2. */
const scripted: Converter = (source) => {
  const text = Buffer.from(source).toString("utf8");
  const diagnostics: Diagnostic[] = [];
  if (text.includes("info")) diagnostics.push({ severity: "Info", summary: "an info" });
  if (text.includes("warning")) diagnostics.push({ severity: "Warning", summary: "a warning" });
  if (text.includes("error")) diagnostics.push({ severity: "Error", summary: "an error", location: { line: 2, column: 1 } });
  const advice = text.includes("advice") ? [{ summary: "some advice", detail: "what to do" }] : [];
  if (text.includes("critical")) return { diagnostics: [...diagnostics, { severity: "Critical", summary: "a critical" }], advice };
  return { output: `// from ${text.trim()}\n`, diagnostics, advice };
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], opts: { stdin?: string; tty?: boolean; env?: Record<string, string> } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(
    argv,
    {
      stdin: Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]),
      stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty },
      stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty },
      env: opts.env ?? {},
    },
    scripted,
  );
  return { code, stdout, stderr };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "alloy-convert-cli-"));
});

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("converting one input", () => {
  it("writes the conversion to stdout and exits 0", async () => {
    const r = await run(["-f", "prometheus", file("a.yaml", "clean")]);
    expect(r).toEqual({ code: 0, stdout: "// from clean\n", stderr: "" });
  });

  it("accepts the explicit convert command", async () => {
    const r = await run(["convert", "-f", "prometheus", file("a.yaml", "clean")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("// from clean\n");
  });

  it("reads stdin when no file or '-' is given", async () => {
    expect((await run(["-f", "prometheus"], { stdin: "piped" })).stdout).toBe("// from piped\n");
    expect((await run(["-f", "prometheus", "-"], { stdin: "dash" })).stdout).toBe("// from dash\n");
  });

  it("writes -o atomically, leaving no temporary file", async () => {
    const out = join(dir, "out.alloy");
    const r = await run(["-f", "prometheus", "-o", out, file("a.yaml", "clean")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe("// from clean\n");
    expect(readdirSync(dir).sort()).toEqual(["a.yaml", "out.alloy"]);
  });

  it("prints diagnostics but Info with their YAML location on stderr, even on success", async () => {
    const r = await run(["-f", "prometheus", "-b", file("a.yaml", "info warning error")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`(Warning) a warning\n(Error) an error\n  at ${join(dir, "a.yaml")}:2:1\n`);
  });
});

describe("failures leave outputs alone", () => {
  it("an Error stops the conversion without -b and leaves the existing output untouched", async () => {
    const out = file("out.alloy", "previous\n");
    const r = await run(["-f", "prometheus", "-o", out, file("a.yaml", "error")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("(Error) an error");
    expect(r.stderr).toContain("-b/--bypass-errors");
    expect(readFileSync(out, "utf8")).toBe("previous\n");
  });

  it("-b writes the output despite Errors", async () => {
    const out = file("out.alloy", "previous\n");
    const r = await run(["-f", "prometheus", "-b", "-o", out, file("a.yaml", "error")]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe("// from error\n");
  });

  it("a Critical stops the conversion even with -b", async () => {
    const out = file("out.alloy", "previous\n");
    const r = await run(["-f", "prometheus", "-b", "-o", out, file("a.yaml", "critical")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe("previous\n");
  });

  it("uses the library's converter by default: unparsable YAML is a Critical", async () => {
    let stderr = "";
    const code = await main(["-f", "prometheus", file("a.yaml", "scrape_configs: [")], {
      stdin: Readable.from([]),
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
      env: {},
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^\(Critical\) /);
  });
});

describe("bad invocations and inputs exit 2 with a message, never a stack trace", () => {
  const cases: [string, () => string[], RegExp][] = [
    ["missing -f", () => [file("a.yaml", "x")], /required option '-f, --source-format/],
    ["unknown format", () => ["-f", "nagios", file("a.yaml", "x")], /"nagios" is not a source format; use one of prometheus, promtail, otelcol, static/],
    ["missing file", () => ["-f", "prometheus", join(dir, "nope.yaml")], /nope\.yaml: no such file or directory/],
    ["directory", () => ["-f", "prometheus", dir], /is a directory/],
    ["binary file", () => ["-f", "prometheus", file("b.yaml", "ab\0cd")], /b\.yaml: input looks like a binary file/],
    ["bad extra args", () => ["-f", "prometheus", "-e", "a=b", file("a.yaml", "x")], /invalid flag found: a=b/],
    ["--check without -o", () => ["-f", "prometheus", "--check", file("a.yaml", "x")], /--check compares with an existing output file/],
    ["several files without -o", () => ["-f", "prometheus", file("a.yaml", "x"), file("b.yaml", "y")], /needs -o <directory>/],
    ["--report-format without -r", () => ["-f", "prometheus", "--report-format", "json", file("a.yaml", "x")], /give -r <path> too/],
  ];
  for (const [name, argv, message] of cases) {
    it(name, async () => {
      const r = await run(argv());
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    });
  }

  it("no file while stdin is a terminal", async () => {
    let stderr = "";
    const stdin = Object.assign(Readable.from([]), { isTTY: true });
    const code = await main(["-f", "prometheus"], { stdin, stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: {} }, scripted);
    expect(code).toBe(2);
    expect(stderr).toContain("no input: give a file, or pipe the configuration into stdin");
  });

  it("empty stdin is converted, as Alloy converts it (see cli-options.test.ts), not refused", async () => {
    const r = await run(["-f", "prometheus"], { stdin: "" });
    expect(r.code).toBe(0);
  });
});

describe("reports", () => {
  it("-r writes Alloy's text report with its footer, even when the conversion fails", async () => {
    const report = join(dir, "report.txt");
    const r = await run(["-f", "prometheus", "-r", report, file("a.yaml", "warning error")]);
    expect(r.code).toBe(1);
    expect(readFileSync(report, "utf8")).toBe(
      "(Error) an error\n\nA configuration file was not generated due to errors. Refer to the error messages for more information.\n\n" +
        "You can bypass the errors by using the --bypass-errors flag. Bypassing errors isn't recommended for production environments.",
    );
  });

  it("the text report keeps every diagnostic on success and only Criticals on a Critical", () => {
    const warning: Diagnostic = { severity: "Warning", summary: "w", detail: "more" };
    const critical: Diagnostic = { severity: "Critical", summary: "c" };
    expect(textReport([warning], false)).toBe("(Warning) w\nmore\n\nA configuration file was generated successfully.");
    expect(textReport([], false)).toBe("\n\nA configuration file was generated successfully.");
    expect(textReport([warning, critical], true)).toBe(
      "(Critical) c\n\nA configuration file was not generated due to critical issues. Refer to the critical messages for more information.",
    );
  });

  it("--report-format json lists every diagnostic with its location", async () => {
    const report = join(dir, "report.json");
    const input = file("a.yaml", "warning error");
    const r = await run(["-f", "prometheus", "-b", "-r", report, "--report-format", "json", input]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(report, "utf8"))).toEqual({
      source: input,
      sourceFormat: "prometheus",
      outcome: "bypassed",
      diagnostics: [
        { severity: "Warning", summary: "a warning", text: "(Warning) a warning" },
        { severity: "Error", summary: "an error", line: 2, column: 1, text: "(Error) an error" },
      ],
      advice: [],
    });
  });
});

describe("diagnostics on stderr", () => {
  it("start each line with the file in a batch", async () => {
    mkdirSync(join(dir, "out"));
    const r = await run(["-f", "prometheus", "-o", join(dir, "out"), file("a.yaml", "warning"), file("b.yaml", "error")]);
    const a = join(dir, "a.yaml");
    const b = join(dir, "b.yaml");
    expect(r.stderr).toContain(`${a}: (Warning) a warning\n`);
    expect(r.stderr).toContain(`${b}: (Error) an error\n${b}:   at ${b}:2:1\n`);
  });

  it("never pass control characters from the input to the terminal", async () => {
    const hostile: Converter = () => ({ output: "", diagnostics: [{ severity: "Warning", summary: "bad value \x1b[2J\rforged" }], advice: [] });
    let stderr = "";
    await main(["-f", "prometheus", file("a.yaml", "x")], { stdin: Readable.from([]), stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: {} }, hostile);
    expect(stderr).toBe("(Warning) bad value \\x1b[2J\\x0dforged\n");
  });
});

describe("advice", () => {
  it("follows the diagnostics, marked as advice, and --no-advice leaves it out", async () => {
    const input = file("a.yaml", "warning advice");
    expect((await run(["-f", "prometheus", input])).stderr).toBe("(Warning) a warning\n(Advice) some advice\n  what to do\n");
    expect((await run(["-f", "prometheus", "--no-advice", input])).stderr).toBe("(Warning) a warning\n");
  });

  it("is in the JSON report and not in Alloy's text report", async () => {
    const input = file("a.yaml", "advice");
    await run(["-f", "prometheus", "-r", join(dir, "r.json"), "--report-format", "json", "-o", join(dir, "o.alloy"), input]);
    expect(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).advice).toEqual([{ summary: "some advice", detail: "what to do" }]);
    await run(["-f", "prometheus", "-r", join(dir, "r.txt"), "-o", join(dir, "o.alloy"), input]);
    expect(readFileSync(join(dir, "r.txt"), "utf8")).not.toContain("advice");
  });
});

describe("--check", () => {
  it("exits 0 and prints nothing when the -o file is up to date", async () => {
    const out = file("a.alloy", "// from clean\n");
    const r = await run(["-f", "prometheus", "--check", "-o", out, file("a.yaml", "clean")]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("exits 1 with a unified diff when it differs, and does not write", async () => {
    const out = file("a.alloy", "// stale\n");
    const r = await run(["-f", "prometheus", "--check", "-o", out, file("a.yaml", "clean")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`--- ${out}\n+++ ${out} (converted)\n@@ -1,1 +1,1 @@\n-// stale\n+// from clean\n`);
    expect(readFileSync(out, "utf8")).toBe("// stale\n");
  });

  it("treats a missing -o file as a difference", async () => {
    const out = join(dir, "missing.alloy");
    const r = await run(["-f", "prometheus", "--check", "-o", out, file("a.yaml", "clean")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`--- ${out} (does not exist)`);
  });
});

describe("batch", () => {
  it("converts each x.yaml to x.alloy in the -o directory and summarises", async () => {
    const out = join(dir, "out");
    mkdirSync(out);
    const r = await run(["-f", "prometheus", "-o", out, file("a.yaml", "one"), file("b.yml", "two")]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, "a.alloy"), "utf8")).toBe("// from one\n");
    expect(readFileSync(join(out, "b.alloy"), "utf8")).toBe("// from two\n");
    expect(r.stderr).toBe("2 of 2 files converted\n");
  });

  it("exits non-zero when any file fails, still converting the others", async () => {
    const out = join(dir, "out");
    mkdirSync(out);
    const r = await run(["-f", "prometheus", "-o", out, file("a.yaml", "one"), file("b.yaml", "critical")]);
    expect(r.code).toBe(1);
    expect(readdirSync(out)).toEqual(["a.alloy"]);
    expect(r.stderr).toContain("1 of 2 files converted, 1 failed");
  });

  it("refuses a missing -o directory for several inputs instead of creating it", async () => {
    const r = await run(["-f", "prometheus", "-o", join(dir, "out"), file("a.yaml", "1"), file("b.yaml", "2")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no such directory; create it first");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("refuses two inputs that would write the same output", async () => {
    mkdirSync(join(dir, "x"));
    mkdirSync(join(dir, "out"));
    const r = await run(["-f", "prometheus", "-o", join(dir, "out"), file("a.yaml", "1"), file("x/a.yaml", "2")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("would both be written to");
  });

  it("writes a single input into -o when it is an existing directory", async () => {
    const out = join(dir, "out");
    mkdirSync(out);
    const r = await run(["-f", "prometheus", "-o", out, file("a.yaml", "one")]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(out, "a.alloy"), "utf8")).toBe("// from one\n");
  });

  it("names outputs after inputs", () => {
    expect(["a.yaml", "dir/b.yml", "c", "d.json"].map(outputName)).toEqual(["a.alloy", "b.alloy", "c.alloy", "d.json.alloy"]);
  });
});

describe("colour", () => {
  it("colours severities on a terminal", async () => {
    const r = await run(["-f", "prometheus", "-b", file("a.yaml", "error")], { tty: true });
    expect(r.stderr).toContain("\u001b[");
  });

  it("never colours under NO_COLOR or off a terminal", async () => {
    const input = file("a.yaml", "error");
    expect((await run(["-f", "prometheus", "-b", input], { tty: true, env: { NO_COLOR: "1" } })).stderr).not.toContain("\u001b[");
    expect((await run(["-f", "prometheus", "-b", input])).stderr).not.toContain("\u001b[");
  });
});

describe("help and version", () => {
  it("--version prints package.json's version and the Alloy version whose output it reproduces", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(await run(["--version"])).toEqual({ code: 0, stdout: `alloy-convert ${pkg.version} (output of Grafana Alloy v1.19's alloy convert)\n`, stderr: "" });
  });

  it("--help documents every flag", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    for (const flag of ["--source-format", "--output", "--report", "--report-format", "--bypass-errors", "--extra-args", "--check"]) {
      expect(r.stdout).toContain(flag);
    }
  });
});

describe("-e/--extra-args, split as Alloy splits them", () => {
  it.each([
    ["", []],
    ["-config.expand-env", ["-config.expand-env"]],
    ["-enable-features=integrations-next -config.expand-env", ["-enable-features", "integrations-next", "-config.expand-env"]],
    ["  --a=b=c   -x ", ["--a", "b=c", "-x"]],
    ["--empty=", ["--empty"]],
  ])("%j", (text, args) => {
    expect(parseExtraArgs(text)).toEqual({ ok: true, args });
  });

  it("refuses a bare word with a value", () => {
    expect(parseExtraArgs("-ok word=value")).toEqual({ ok: false, message: "invalid flag found: word=value" });
  });
});
