// Mutation fuzzing of the converters: real configs (the examples, our golden cases and
// fixtures, and Alloy's corpus when it is beside the clone) mutated by small YAML-minded
// edits from a seeded generator, each converted with the properties every input must
// keep: the conversion returns (no throw, no `internal error`), within a time bound, and
// any output it writes parses as Alloy; and the fast YAML composer gives the `yaml`
// Document API's nodes or leaves the input to it. Shared by the CI test (a few hundred
// inputs) and scripts/fuzz.ts (a million).

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { convert, type SourceFormat } from "../../src/convert.js";
import { formatAlloy } from "../../src/format.js";
import { compareComposers } from "./fast-compose-diff.js";
import { YAML_V2, YAML_V3 } from "../../src/converters/yaml/fast-compose.js";

export interface Seed {
  name: string;
  format: SourceFormat;
  text: string;
  extraArgs?: string[];
}

const ROOT = join(import.meta.dirname, "..", "..");
const FORMATS: SourceFormat[] = ["prometheus", "promtail", "otelcol", "static"];

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) stack.push(path);
      else if (/\.ya?ml$/.test(name)) out.push(path);
    }
  }
  return out.sort();
}

/** The format a seed file is written in, from the folder it is kept in. */
function formatOf(path: string): SourceFormat | undefined {
  const parts = path.split(/[\\/]/);
  for (const f of FORMATS) if (parts.includes(f)) return f;
  if (parts.includes("prometheus-docs") || parts.includes("locations") || parts.includes("prometheus-config")) return "prometheus";
  return undefined;
}

/** Every seed config: in-repo ones always, Alloy's corpus when it is at ../shared/conformance. */
export function loadSeeds(): Seed[] {
  const seeds: Seed[] = [];
  for (const f of FORMATS) {
    const example = join(ROOT, "examples", `${f}.yaml`);
    if (existsSync(example)) seeds.push({ name: relative(ROOT, example), format: f, text: readFileSync(example, "utf8"), extraArgs: f === "static" ? ["-config.expand-env"] : undefined });
  }
  const dirs = [join(ROOT, "golden"), join(ROOT, "test", "fixtures"), join(ROOT, "..", "shared", "conformance")];
  for (const dir of dirs) {
    for (const path of yamlFiles(dir)) {
      const format = formatOf(relative(dir, path));
      if (format) seeds.push({ name: relative(ROOT, path), format, text: readFileSync(path, "utf8") });
    }
  }
  return seeds;
}

/** mulberry32: small, fast and the same on every machine for a given seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fragments that YAML, the converters and the printer treat specially. */
const TOKENS = [
  "&a ", "*a", "&b ", "*b", "<<: *a", "<<: [*a, *b]", "<<: 5", "[", "]", "{", "}", ": ", "- ", "? ", ",", '"', "'", "\\", "\\q", "\\ud800", "\\x00",
  "\t", "#", "null", "~", "", ".nan", ".inf", "-.inf", "-1", "1e+23", "99999999999999999999", "9223372036854775808", "0x1F", "0o17", "1:20",
  "!!binary aGVsbG8=", "!!str", "!!int x", "!!map", "!!seq", "__proto__", "constructor", "\u0000", "\u2028", "😀", "\r", "\r\n",
  "%YAML 1.1\n---\n", "---\n", "...\n", "${env:X}", "${X:-d}", "$$", "${", "|\n  x\n", ">-\n  x\n", "y", "no", "on", "true", "TRUE",
  "1s", "-5m", "10000000h", "1000000000000000PB", "16MiB", "http://", "://", "a:b:c", "[a, b]", "{a: 1}", "0.0.0.0:0", ":::",
];

/** One random edit of a config: a token, a line moved, duplicated or re-indented, a splice of another config, a cut. */
export function mutate(text: string, rnd: () => number, donors: readonly Seed[]): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const lines = text.split("\n");
  const at = Math.floor(rnd() * lines.length);
  switch (Math.floor(rnd() * 10)) {
    case 0: {
      const pos = Math.floor(rnd() * (text.length + 1));
      return text.slice(0, pos) + pick(TOKENS) + text.slice(pos);
    }
    case 1: {
      // Replace a line's value with a token.
      const m = /^(\s*(?:- )?[^:#]*:\s)(.*)$/.exec(lines[at]);
      if (m) lines[at] = m[1] + pick(TOKENS);
      return lines.join("\n");
    }
    case 2:
      lines.splice(at, 1);
      return lines.join("\n");
    case 3:
      lines.splice(at, 0, lines[Math.floor(rnd() * lines.length)]);
      return lines.join("\n");
    case 4: {
      const delta = pick([-4, -2, -1, 1, 2, 4]);
      lines[at] = delta > 0 ? " ".repeat(delta) + lines[at] : lines[at].replace(new RegExp(`^ {0,${-delta}}`), "");
      return lines.join("\n");
    }
    case 5: {
      // Splice a few lines of another config of any format.
      const donor = pick(donors).text.split("\n");
      const from = Math.floor(rnd() * donor.length);
      lines.splice(at, 0, ...donor.slice(from, from + 1 + Math.floor(rnd() * 6)));
      return lines.join("\n");
    }
    case 6:
      return text.slice(0, Math.floor(rnd() * text.length));
    case 7: {
      // Repeat a line many times: long lists and repeated keys.
      const times = 1 + Math.floor(rnd() * 200);
      lines.splice(at, 0, ...Array<string>(times).fill(lines[at]));
      return lines.join("\n");
    }
    case 8: {
      // Anchor a line's value and use it elsewhere.
      const m = /^(\s*(?:- )?[\w.-]+:\s)(\S.*)$/.exec(lines[at]);
      if (m) lines[at] = m[1] + "&z " + m[2];
      const other = Math.floor(rnd() * lines.length);
      const v = /^(\s*(?:- )?[\w.-]+:\s)(\S.*)$/.exec(lines[other]);
      if (v) lines[other] = v[1] + "*z";
      return lines.join("\n");
    }
    default: {
      const a = Math.floor(rnd() * lines.length);
      [lines[at], lines[a]] = [lines[a], lines[at]];
      return lines.join("\n");
    }
  }
}

export interface FuzzFailure {
  seed: string;
  format: SourceFormat;
  input: string;
  problem: string;
}

/** Converts one input and returns what is wrong with the result, if anything. */
export function check(input: string, format: SourceFormat, extraArgs: string[] | undefined, timeLimitMs: number): string | undefined {
  const start = performance.now();
  let result;
  try {
    result = convert(input, { sourceFormat: format, extraArgs });
  } catch (e) {
    return `convert threw: ${e instanceof Error ? e.stack : String(e)}`;
  }
  const elapsed = performance.now() - start;
  if (elapsed > timeLimitMs) return `took ${elapsed.toFixed(0)} ms (limit ${timeLimitMs} ms)`;
  const internal = result.diagnostics.find((d) => /internal error/.test(d.summary));
  if (internal) return internal.summary;
  if (result.output !== undefined) {
    const formatted = formatAlloy(result.output);
    if (formatted.error) return `output does not parse as Alloy: ${formatted.error}`;
    // Alloy has no NaN or infinite numbers: as identifiers they name nothing.
    if (/(^|[\s=[(,])-?(NaN|Infinity)\b/m.test(result.output.replace(/"(?:[^"\\]|\\.)*"/g, '""'))) return "output holds NaN or Infinity";
  }
  // The fast composer must give the Document API's nodes, or leave the input to it.
  for (const options of [YAML_V2, YAML_V3]) {
    const composed = compareComposers(input, options);
    if (composed !== "fast" && composed !== "fallback") return `fast composer (YAML ${options.version}): ${composed}`;
  }
  return undefined;
}

export interface FuzzRun {
  runs: number;
  failures: FuzzFailure[];
  elapsedMs: number;
}

/**
 * Runs `runs` mutated inputs from `seed` (each input 1–3 edits of a seed config), stopping
 * early after `maxMs` if given; `onFailure` sees each failure as it is found.
 */
export function fuzz(options: { seed: number; runs: number; timeLimitMs: number; maxMs?: number; seeds?: Seed[]; onFailure?: (f: FuzzFailure) => void; onProgress?: (done: number) => void }): FuzzRun {
  const seeds = options.seeds ?? loadSeeds();
  const rnd = random(options.seed);
  const failures: FuzzFailure[] = [];
  const start = performance.now();
  let done = 0;
  for (; done < options.runs; done++) {
    if (options.maxMs !== undefined && performance.now() - start > options.maxMs) break;
    const base = seeds[Math.floor(rnd() * seeds.length)];
    let input = base.text;
    const edits = 1 + Math.floor(rnd() * 3);
    for (let e = 0; e < edits; e++) input = mutate(input, rnd, seeds);
    const problem = check(input, base.format, base.extraArgs, options.timeLimitMs);
    if (problem) {
      const failure = { seed: base.name, format: base.format, input, problem };
      failures.push(failure);
      options.onFailure?.(failure);
    }
    if (done % 1000 === 0) options.onProgress?.(done);
  }
  return { runs: done, failures, elapsedMs: performance.now() - start };
}
