// Runs the conformance corpus by its manifest's rules and explains failures as diffs.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createTwoFilesPatch } from "diff";
import { convert, type SourceFormat } from "../../src/convert.js";
import { formatDiagnostic } from "../../src/diagnostics.js";

export const CORPUS = resolve(import.meta.dirname, "../../../shared/conformance");

interface Suite {
  dir: string;
  sourceFormat: SourceFormat;
  extraArgs: string[];
  cwd?: string;
  ignoreDiagnostics?: string[];
  options?: { validate?: boolean };
}

export interface Case {
  /** `<suite dir>/<case>`, the name the ratchet lists. */
  id: string;
  suite: Suite;
  yamlPath: string;
}

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS, "manifest.json"));
}

export function listCases(): Case[] {
  const manifest = JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8")) as { suites: Suite[] };
  const cases: Case[] = [];
  for (const suite of manifest.suites) {
    const dir = join(CORPUS, suite.dir);
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith(".yaml")) continue;
      const name = f.slice(0, -5);
      cases.push({ id: `${suite.dir}/${name}`, suite, yamlPath: join(dir, f) });
    }
  }
  return cases;
}

export interface Outcome {
  pass: boolean;
  /** Unified diffs of expected versus actual, empty when passing. */
  explanation: string;
}

function readExpected(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8").replace(/\r\n/g, "\n") : undefined;
}

export function runCase(c: Case): Outcome {
  const base = c.yamlPath.slice(0, -5);
  const expectedAlloy = readExpected(base + ".alloy");
  const expectedDiags = readExpected(base + ".diags") ?? "";
  const previous = process.cwd();
  if (c.suite.cwd) process.chdir(join(CORPUS, c.suite.cwd));
  let result;
  try {
    result = convert(readFileSync(c.yamlPath), {
      sourceFormat: c.suite.sourceFormat,
      extraArgs: c.suite.extraArgs,
      validate: c.suite.options?.validate,
    });
  } finally {
    process.chdir(previous);
  }
  const ignored = new Set(c.suite.ignoreDiagnostics ?? []);
  const actualDiags = result.diagnostics
    .filter((d) => d.severity !== "Info")
    .map(formatDiagnostic)
    .filter((text) => !ignored.has(text))
    .map((text) => text + "\n")
    .join("");
  let explanation = "";
  if (actualDiags !== expectedDiags) {
    explanation += createTwoFilesPatch("expected.diags", "actual.diags", expectedDiags, actualDiags);
  }
  if (expectedAlloy !== undefined && result.output !== expectedAlloy) {
    explanation += createTwoFilesPatch("expected.alloy", "actual.alloy", expectedAlloy, result.output ?? "<no output>");
  }
  return { pass: explanation === "", explanation };
}

export const RATCHET_FILE = resolve(import.meta.dirname, "../conformance-passing.txt");

export function readRatchet(): string[] {
  if (!existsSync(RATCHET_FILE)) return [];
  return readFileSync(RATCHET_FILE, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
}
