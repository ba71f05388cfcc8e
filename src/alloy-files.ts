// Alloy files as `alloy run` loads them: one file, or every `*.alloy` file directly in a
// directory (subdirectories are not read), all of them one configuration. So a block
// name (`loki.write "default"`, or `logging` for an unlabelled block) may be declared only
// once across all the files. Used by `prepare --config.format=alloy` to validate before
// copying, and by the batch advice on converted outputs.

import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { AlloyFile, Statement } from "./emit/ast.js";
import { parseAlloy } from "./emit/parse.js";
import { describeFsError, MAX_INPUT_BYTES } from "./io/input.js";

export interface AlloySource {
  /** The path it is reported under. */
  name: string;
  text: string;
}

export interface AlloyProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface Declared {
  file: string;
  line?: number;
  column?: number;
}

/** A block name declared more than once, where each declaration is. */
export interface DuplicateBlock {
  /** `loki.write "default"`, or `logging`. */
  block: string;
  first: Declared;
  again: Declared;
}

/** The top-level block names of parsed files, and each name declared again after its first declaration. */
export function duplicateBlocks(files: { name: string; file: AlloyFile; positions?: WeakMap<Statement, { line: number; column: number }> }[]): DuplicateBlock[] {
  const first = new Map<string, Declared>();
  const duplicates: DuplicateBlock[] = [];
  for (const { name, file, positions } of files) {
    for (const stmt of file.body) {
      if (stmt.kind !== "block") continue;
      const block = stmt.label === undefined ? stmt.name : `${stmt.name} "${stmt.label}"`;
      const at: Declared = { file: name, ...positions?.get(stmt) };
      const earlier = first.get(block);
      if (earlier) duplicates.push({ block, first: earlier, again: at });
      else first.set(block, at);
    }
  }
  return duplicates;
}

export function where(d: Declared): string {
  return d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column}`;
}

/** Parse errors of every file, then block names declared twice; empty when `alloy run` would accept the set. */
export function checkAlloySources(sources: readonly AlloySource[]): AlloyProblem[] {
  const problems: AlloyProblem[] = [];
  const parsed: Parameters<typeof duplicateBlocks>[0] = [];
  for (const source of sources) {
    const { file, errors, positions } = parseAlloy(source.text);
    for (const e of errors) problems.push({ file: source.name, line: e.line, column: e.column, message: e.message });
    if (file) parsed.push({ name: source.name, file, positions });
  }
  for (const d of duplicateBlocks(parsed)) {
    problems.push({ file: d.again.file, line: d.again.line, column: d.again.column, message: `block ${d.block} already declared at ${where(d.first)}` });
  }
  return problems;
}

export type ReadSources = { ok: true; directory: boolean; sources: AlloySource[] } | { ok: false; message: string };

/** Reads one Alloy file, or the `*.alloy` files directly in a directory, in name order. */
export async function readAlloySources(path: string): Promise<ReadSources> {
  try {
    const info = await stat(path);
    if (info.isFile()) return { ok: true, directory: false, sources: [await readOne(path, info.size)] };
    if (!info.isDirectory()) return { ok: false, message: "not a regular file or directory" };
    const names = (await readdir(path, { withFileTypes: true }))
      .filter((e) => e.name.endsWith(".alloy") && (e.isFile() || e.isSymbolicLink()))
      .map((e) => e.name)
      .sort();
    const sources: AlloySource[] = [];
    for (const name of names) {
      const file = join(path, name);
      const entry = await stat(file);
      // A link to a directory is not a file `alloy run` would load.
      if (entry.isFile()) sources.push(await readOne(file, entry.size));
    }
    if (sources.length === 0) return { ok: false, message: "the directory holds no *.alloy file" };
    return { ok: true, directory: true, sources };
  } catch (e) {
    return { ok: false, message: e instanceof TooLarge ? e.message : describeFsError(e) };
  }
}

class TooLarge extends Error {}

async function readOne(path: string, size: number): Promise<AlloySource> {
  if (size > MAX_INPUT_BYTES) throw new TooLarge(`${basename(path)} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, too big to be a configuration file`);
  return { name: path, text: await readFile(path, "utf8") };
}
