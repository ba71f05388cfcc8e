// Prometheus v3.13.2's own config test inputs (../shared/conformance/prometheus-config):
// each known-bad file must be refused with a Critical containing the error Prometheus's
// test demands; each known-good file must load without a Critical.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { convert } from "../../src/convert.js";
import { formatDiagnostic } from "../../src/diagnostics.js";
import { CORPUS } from "./conformance.js";

export const PROMETHEUS_CONFIG = join(CORPUS, "prometheus-config");
const TESTDATA = join(PROMETHEUS_CONFIG, "testdata");
const PARSE_PREFIX = "failed to parse Prometheus config: ";

export function prometheusConfigAvailable(): boolean {
  return existsSync(join(PROMETHEUS_CONFIG, "expected.json"));
}

export interface ConfigCase {
  file: string;
  /** The text the Critical must contain; undefined for a file that must load. */
  expected?: string;
}

export function listConfigCases(): ConfigCase[] {
  const { errors } = JSON.parse(readFileSync(join(PROMETHEUS_CONFIG, "expected.json"), "utf8")) as { errors: Record<string, string> };
  const bad = Object.entries(errors).map(([file, text]) => ({
    file,
    // Prometheus's own prefix when it read the file itself; not part of the loader's error.
    expected: text.replace(/^parsing YAML file testdata\/[^:]*: /, ""),
  }));
  const good = readdirSync(TESTDATA).filter((f) => f.endsWith(".good.yml")).map((file) => ({ file }));
  return [...bad, ...good].sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** Converts one input from testdata/ (relative file names resolve there); null when it passes. */
export function checkConfigCase(c: ConfigCase): string | null {
  const previous = process.cwd();
  process.chdir(TESTDATA);
  let diagnostics;
  try {
    diagnostics = convert(readFileSync(c.file), { sourceFormat: "prometheus" }).diagnostics;
  } finally {
    process.chdir(previous);
  }
  const criticals = diagnostics.filter((d) => d.severity === "Critical");
  const shown = diagnostics.filter((d) => d.severity !== "Info").map(formatDiagnostic).join("\n") || "(no diagnostics)";
  if (c.expected === undefined) return criticals.length === 0 ? null : `expected to load, got:\n${shown}`;
  const text = criticals[0] && formatDiagnostic(criticals[0]).replace(/^\(Critical\) /, "");
  if (text?.startsWith(PARSE_PREFIX) && text.includes(c.expected)) return null;
  return `expected a Critical "${PARSE_PREFIX}…${c.expected}…", got:\n${shown}`;
}
