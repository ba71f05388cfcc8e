#!/usr/bin/env node
// The `alloy-convert` command as installed (scripts/bundle-cli.mjs makes dist/cli.cjs of
// it). Start-up is most of a small conversion's time, and most of start-up is V8 compiling
// the command's code. Node 20 keeps no compiled code between runs of an ES module, so the
// command is one CommonJS bundle (dist/cli-bundle.cjs) compiled here with V8's code cache
// (dist/cli-bundle.cjs.<format>.cache, written by the build after converting that format's
// example; dist/cli-bundle.cjs.cache after converting them all, for every other run).
// A cache V8 refuses (another Node, other V8 flags) costs only the time it saves. This
// launcher is CommonJS too: starting Node's ES module loader alone costs about 10 ms.

import { readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import type * as CommandLine from "./bin.js";
import { SOURCE_FORMATS } from "./formats/names.js";

export { SOURCE_FORMATS };

declare const __ALLOY_CONVERT_VERSION_TEXT__: string;

export const BUNDLE = fileURLToPath(new URL("./cli-bundle.cjs", import.meta.url));

/** The code cache for runs of one format, or (undefined) for every other run. */
export function codeCacheFor(format: string | undefined): string {
  return format === undefined ? `${BUNDLE}.cache` : `${BUNDLE}.${format}.cache`;
}

/**
 * The format the arguments ask for, as far as a glance can tell (`-f x`, `-fx`,
 * `--source-format x`, `--source-format=x`). A wrong guess only picks a cache that saves
 * less: the command reads its arguments itself.
 */
function formatAsked(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = a === "-f" || a === "--source-format" ? args[i + 1] : a.startsWith("--source-format=") ? a.slice(16) : a.startsWith("-f") ? a.slice(2) : undefined;
    if (value !== undefined && (SOURCE_FORMATS as readonly string[]).includes(value)) return value;
  }
  return undefined;
}

/** The bundle's exports, and its compiled script (whose code cache the build writes). */
export function loadCommandLine(cachedData?: Buffer): { commandLine: typeof CommandLine; script: Script } {
  // As Node wraps a CommonJS module, without the `#!` line.
  const source = readFileSync(BUNDLE, "utf8");
  const wrapped = "(function (exports, require, module, __filename, __dirname) { " + source + "\n})";
  const script = new Script(wrapped, { filename: BUNDLE, cachedData });
  const module = { exports: {} as typeof CommandLine };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { commandLine: module.exports, script };
}

function readCache(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function startedAsCommand(): boolean {
  try {
    // npm links the bin through a symlink; compare real paths.
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (startedAsCommand()) {
  const args = process.argv.slice(2);
  // The version alone needs none of the command's code.
  if (args.length === 1 && args[0] === "--version") process.stdout.write(__ALLOY_CONVERT_VERSION_TEXT__ + "\n");
  else loadCommandLine(readCache(codeCacheFor(formatAsked(args)))).commandLine.runCommandLine();
}
