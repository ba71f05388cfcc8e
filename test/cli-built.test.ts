// The built package as users get it (`npm run build`): the library required from CommonJS
// and imported from ESM and TypeScript, and the bin in a pipeline whose reader leaves early.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const CLI = join(ROOT, "dist/cli.cjs");
const built = existsSync(join(ROOT, "dist/index.cjs")) && existsSync(CLI);
if (!built) console.warn("dist/ is not built (npm run build): skipping the tests of the built package");

const CONFIG = 'scrape_configs:\n  - job_name: node\n    static_configs:\n      - targets: ["node:9100"]\n';

/** A project that depends on alloy-convert, as `npm install` would lay it out. */
function project(type: "module" | "commonjs"): string {
  const dir = mkdtempSync(join(tmpdir(), "alloy-convert-user-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(ROOT, join(dir, "node_modules", "alloy-convert"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "user", private: true, type }));
  return dir;
}

function node(dir: string, file: string) {
  return spawnSync(process.execPath, [file], { cwd: dir, encoding: "utf8" });
}

describe.skipIf(!built)("the library", () => {
  it("works from CommonJS with a real require", () => {
    const dir = project("commonjs");
    writeFileSync(
      join(dir, "use.js"),
      `const { convert, format, formatDiagnostic } = require("alloy-convert");
const r = convert(${JSON.stringify(CONFIG)}, { sourceFormat: "prometheus" });
process.stdout.write(JSON.stringify({ output: r.output, advice: r.advice.length, fmt: format("a{\\nb=1}\\n").output, diag: formatDiagnostic({ severity: "Error", summary: "s" }) }));`,
    );
    const r = node(dir, "use.js");
    expect(r.stderr).toBe("");
    const got = JSON.parse(r.stdout) as { output: string; advice: number; fmt: string; diag: string };
    expect(got.output).toContain('prometheus.scrape "node" {');
    expect(got.advice).toBe(1);
    expect(got.fmt).toBe("a {\n\tb = 1\n}\n");
    expect(got.diag).toBe("(Error) s");
  });

  it("works from ESM with import, giving the same conversion", () => {
    const dir = project("module");
    writeFileSync(
      join(dir, "use.js"),
      `import { convert } from "alloy-convert";
import { createRequire } from "node:module";
const esm = convert(${JSON.stringify(CONFIG)}, { sourceFormat: "prometheus" });
const cjs = createRequire(import.meta.url)("alloy-convert").convert(${JSON.stringify(CONFIG)}, { sourceFormat: "prometheus" });
process.stdout.write(String(esm.output === cjs.output && esm.output.length > 0));`,
    );
    const r = node(dir, "use.js");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("true");
  });

  it.each([
    ["commonjs", "node16", "node16"],
    ["module", "node16", "node16"],
    ["module", "esnext", "bundler"],
  ] as const)("type-checks from a %s TypeScript project (module %s, moduleResolution %s)", (type, module, moduleResolution) => {
    const dir = project(type);
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "es2022", module, moduleResolution, strict: true, noEmit: true, types: [] } }));
    writeFileSync(
      join(dir, "use.ts"),
      `import { convert, type Diagnostic } from "alloy-convert";
const diagnostics: Diagnostic[] = convert("", { sourceFormat: "prometheus" }).diagnostics;
export const n: number = diagnostics.length;\n`,
    );
    const r = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", dir], { encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 60_000);
});

describe.skipIf(!built)("the bin in a pipeline", () => {
  it("a batch --check exits 1 on a difference even when the reader of stdout leaves early", () => {
    const dir = mkdtempSync(join(tmpdir(), "alloy-convert-pipe-"));
    const out = join(dir, "out");
    mkdirSync(out);
    const inputs: string[] = [];
    for (let i = 0; i < 5; i++) {
      const input = join(dir, `c${i}.yaml`);
      // Enough jobs that the diff is far bigger than a pipe's buffer.
      writeFileSync(input, "scrape_configs:\n" + Array.from({ length: 400 }, (_, j) => `  - job_name: job_${i}_${j}\n    static_configs:\n      - targets: ["h${j}:9100"]\n`).join(""));
      writeFileSync(join(out, `c${i}.alloy`), "// stale\n");
      inputs.push(input);
    }
    const command = `"${process.execPath}" "${CLI}" -f prometheus --check -o "${out}" ${inputs.map((i) => `"${i}"`).join(" ")} | head -c 10 > /dev/null`;
    const r = spawnSync("bash", ["-c", `set -o pipefail; ${command}`], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("0 of 5 files up to date, 5 differ or failed");
  }, 60_000);
});

describe.skipIf(!built)("the built fmt command", () => {
  it("formats, checks and rewrites real files", () => {
    const dir = mkdtempSync(join(tmpdir(), "alloy-convert-fmt-built-"));
    const file = join(dir, "x.alloy");
    writeFileSync(file, 'a "b" {\n  x = 1\n  longer = "y"\n}\n');
    const run = (...args: string[]) => spawnSync(process.execPath, [CLI, "fmt", ...args], { encoding: "utf8" });
    const tidy = 'a "b" {\n\tx      = 1\n\tlonger = "y"\n}\n';
    expect(run(file)).toMatchObject({ status: 0, stdout: tidy });
    expect(run("--check", file)).toMatchObject({ status: 1, stdout: file + "\n" });
    expect(run("-w", file).status).toBe(0);
    expect(run("--check", file)).toMatchObject({ status: 0, stdout: "" });
    writeFileSync(file, "a {\n  b = \n}\n");
    const bad = run(file);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${file}:3:1: `);
  });
});
