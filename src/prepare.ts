// The pre-run step: what `alloy run --config.format=X SOURCE` converts in memory at every
// start and reload, done ahead into a file that can be seen, kept and diffed. OUT is
// replaced (atomically, see io/output.ts) only when the conversion succeeds; a failing one
// leaves the last good OUT as it was. `alloy` as the format validates Alloy files as
// `alloy run` loads them (a file, or the `*.alloy` files of a directory) and copies them.

import { mkdir, readdir, readFile, stat, unlink } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Advice } from "./advice.js";
import { checkAlloySources, readAlloySources, type AlloySource } from "./alloy-files.js";
import type { SourceFormat } from "./convert.js";
import type { Diagnostic } from "./diagnostics.js";
import { describeFsError, readInput } from "./io/input.js";
import { identityOf, writeOutputFile } from "./io/output.js";

/** `alloy run`'s `--config.format` values: its own syntax, and the formats it converts. */
// Written out rather than spread from SOURCE_FORMATS, whose module links in every converter.
export const PREPARE_FORMATS = ["alloy", "prometheus", "promtail", "otelcol", "static"] as const satisfies readonly ("alloy" | SourceFormat)[];
export type PrepareFormat = (typeof PREPARE_FORMATS)[number];
/** Fails to compile when convert() learns a format this list lacks. */
const everySourceFormat: [Exclude<SourceFormat, PrepareFormat>] extends [never] ? true : Exclude<SourceFormat, PrepareFormat> = true;

export interface PrepareOptions {
  /** As `alloy run --config.format`. */
  format: PrepareFormat;
  /** The source file; for `alloy`, a file or a directory of `*.alloy` files. */
  source: string;
  /** The file to write; a directory when the source is one (or to write `x.alloy` into). */
  output: string;
  /** As `alloy run --config.bypass-conversion-errors`: Errors do not stop the write; Criticals do. */
  bypassErrors?: boolean;
  /** As `alloy run --config.extra-args`, already split: e.g. ["-config.expand-env"]. */
  extraArgs?: string[];
}

export interface PrepareDiagnostic extends Diagnostic {
  /** The file the diagnostic is about (a directory source has several). */
  file: string;
}

/**
 * - `written`: OUT now holds the source's conversion (or copy);
 * - `unchanged`: it already did, nothing was written;
 * - `failed`: the conversion or validation failed, OUT was left as it was;
 * - `unusable`: the source could not be read or OUT could not be written.
 */
export type PrepareStatus = "written" | "unchanged" | "failed" | "unusable";

export interface PrepareResult {
  status: PrepareStatus;
  diagnostics: PrepareDiagnostic[];
  advice: Advice[];
  /** Why OUT was not written (`failed`, `unusable`), one sentence. */
  message?: string;
  /** The files written (`written`) or removed as no longer in the source directory. */
  written: string[];
  removed: string[];
  /** The text of each source file read, by name, for showing where a diagnostic points. */
  texts: Record<string, string>;
}

export async function prepare(options: PrepareOptions): Promise<PrepareResult> {
  try {
    if (!(PREPARE_FORMATS as readonly string[]).includes(options.format)) {
      return unusable(`unknown format "${options.format}"; one of ${PREPARE_FORMATS.join(", ")}`);
    }
    if ((await identityOf(options.source)) === (await identityOf(options.output))) {
      return unusable(`-o ${options.output} is the source itself: it would be overwritten`);
    }
    return options.format === "alloy" ? await prepareAlloy(options) : await prepareConversion(options);
  } catch (e) {
    return unusable(describeFsError(e));
  }
}

function unusable(message: string, diagnostics: PrepareDiagnostic[] = [], advice: Advice[] = []): PrepareResult {
  return { status: "unusable", message, diagnostics, advice, written: [], removed: [], texts: {} };
}

async function prepareConversion(options: PrepareOptions): Promise<PrepareResult> {
  const format = options.format as Exclude<PrepareFormat, "alloy">;
  const input = await readInput(options.source, emptyStdin());
  if (!input.ok) return unusable(`${options.source}: ${input.message}`);
  // Loaded here: validating Alloy files needs none of the converters.
  const { convert } = await import("./convert.js");
  const { output, diagnostics, advice } = convert(input.bytes, { sourceFormat: format, extraArgs: options.extraArgs ?? [] });
  const located = diagnostics.map((d) => ({ ...d, file: options.source }));
  const texts = { [options.source]: Buffer.from(input.bytes).toString("utf8") };
  // Alloy's rule: a Critical always stops the conversion, an Error unless bypassed.
  const has = (severity: Diagnostic["severity"]) => diagnostics.some((d) => d.severity === severity);
  if (has("Critical") || output === undefined) {
    return { status: "failed", message: "critical issues stop the conversion", diagnostics: located, advice, written: [], removed: [], texts };
  }
  if (has("Error") && options.bypassErrors !== true) {
    const count = diagnostics.filter((d) => d.severity === "Error").length;
    const message = `${count} error${count === 1 ? "" : "s"} (--config.bypass-conversion-errors writes the output anyway, as alloy run would load it)`;
    return { status: "failed", message, diagnostics: located, advice, written: [], removed: [], texts };
  }
  const target = (await isDirectory(options.output)) ? join(options.output, alloyName(options.source)) : options.output;
  const written = await writeIfChanged(target, output);
  return { status: written ? "written" : "unchanged", diagnostics: located, advice, written: written ? [target] : [], removed: [], texts };
}

async function prepareAlloy(options: PrepareOptions): Promise<PrepareResult> {
  const read = await readAlloySources(options.source);
  if (!read.ok) return unusable(`${options.source}: ${read.message}`);
  const problems = checkAlloySources(read.sources);
  const texts = Object.fromEntries(read.sources.map((source) => [source.name, source.text]));
  if (problems.length > 0) {
    const diagnostics: PrepareDiagnostic[] = problems.map((p) => ({
      severity: "Error",
      summary: p.message,
      file: p.file,
      ...(p.line !== undefined ? { location: { line: p.line, column: p.column ?? 1 } } : {}),
    }));
    const message = `${problems.length} problem${problems.length === 1 ? "" : "s"}: alloy run would refuse to load it`;
    return { status: "failed", message, diagnostics, advice: [], written: [], removed: [], texts };
  }
  if (!read.directory) {
    const source = read.sources[0]!;
    const target = (await isDirectory(options.output)) ? join(options.output, basename(source.name)) : options.output;
    const written = await writeIfChanged(target, source.text);
    return { status: written ? "written" : "unchanged", diagnostics: [], advice: [], written: written ? [target] : [], removed: [], texts };
  }
  return { ...(await copyDirectory(read.sources, options.output)), texts };
}

/**
 * A directory source goes into a directory OUT, file by file, each replaced atomically.
 * `*.alloy` files in OUT that the source no longer has are removed: `alloy run OUT` loads
 * every one of them, and a stale file would declare its blocks twice.
 */
async function copyDirectory(sources: AlloySource[], out: string): Promise<PrepareResult> {
  const info = await stat(out).catch(() => undefined);
  if (info && !info.isDirectory()) return unusable(`-o ${out}: not a directory, and the source is one`);
  await mkdir(out, { recursive: true });
  const written: string[] = [];
  const keep = new Set<string>();
  for (const source of sources) {
    const target = join(out, basename(source.name));
    keep.add(basename(source.name));
    if (await writeIfChanged(target, source.text)) written.push(target);
  }
  const removed: string[] = [];
  for (const entry of await readdir(out, { withFileTypes: true })) {
    if (entry.name.endsWith(".alloy") && entry.isFile() && !keep.has(entry.name)) {
      await unlink(join(out, entry.name));
      removed.push(join(out, entry.name));
    }
  }
  const changed = written.length > 0 || removed.length > 0;
  return { status: changed ? "written" : "unchanged", diagnostics: [], advice: [], written, removed, texts: {} };
}

/** Writes only when the content differs, so an unchanged source causes no write and no reload. */
async function writeIfChanged(path: string, content: string): Promise<boolean> {
  const existing = await readFile(path, "utf8").catch(() => undefined);
  if (existing === content) return false;
  await writeOutputFile(path, content);
  return true;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}

/** x.yaml, x.yml and x become x.alloy, as the convert command names batch outputs. */
function alloyName(source: string): string {
  const name = basename(source);
  const ext = extname(name);
  return (ext === ".yaml" || ext === ".yml" ? name.slice(0, -ext.length) : name) + ".alloy";
}

async function* emptyStdin(): AsyncIterable<Uint8Array> {
  // prepare always reads a path; stdin cannot be watched or re-read.
}
