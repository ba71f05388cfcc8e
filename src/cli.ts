#!/usr/bin/env node
// The `alloy-convert` command line: which command runs (convert, the default, as in
// `alloy convert`; fmt; prepare), and the process around it (arguments, streams, exit
// code). Each command lives in its own module; what they show on the terminal is in
// terminal.ts.

import { existsSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Converter } from "./convert-command.js";
import { describeFsError } from "./io/input.js";
import { EXIT, loadPresentation, messenger, type CliIO, type TextSink } from "./terminal.js";
import { didYouMean } from "./suggest.js";

export { EXIT, escapeControls, messenger, type CliIO, type TextSink } from "./terminal.js";
export { parseExtraArgs } from "./extra-args.js";
export { outputName, type Converter } from "./convert-command.js";

// What a run needs is loaded when it needs it: the asked format's converter, the report's
// template engine with -r, the diff with --check, chalk for a terminal. Start-up is most
// of a small conversion's time.

/** `converter` replaces the library's (tests); by default the asked format's is loaded. */
export async function main(argv: readonly string[], io: CliIO, converter?: Converter): Promise<number> {
  await loadPresentation(io);
  if (argv[0] === "fmt") {
    // Loaded only for this command, so conversions do not pay for it.
    const { runFmt } = await import("./fmt-command.js");
    return runFmt(argv.slice(1), io);
  }
  if (argv[0] === "prepare") {
    const { runPrepare } = await import("./prepare-command.js");
    return runPrepare(argv.slice(1), io);
  }
  const unknown = unknownCommand(argv[0]);
  if (unknown) return messenger(io).usage(unknown);
  // `convert` is the default command, as in `alloy convert`.
  const args = argv[0] === "convert" ? argv.slice(1) : [...argv];
  const { runConvertCommand } = await import("./convert-command.js");
  return runConvertCommand(args, io, converter);
}

const COMMANDS = ["convert", "fmt", "prepare"];

/**
 * A first word that names no command and no file (`alloy-convert frmt`) is a mistyped
 * command, not an input to convert: say so instead of asking for -f. A word that could be a
 * path (a dot or a slash in it) or an existing file is left to convert as an input.
 */
function unknownCommand(word: string | undefined): string | undefined {
  if (word === undefined || word.startsWith("-") || /[./\\]/.test(word) || COMMANDS.includes(word) || existsSync(word)) return undefined;
  return `unknown command "${word}"${didYouMean(word, COMMANDS)}: the commands are ${COMMANDS.join(", ")}; a file to convert named "${word}" would be ./${word}, and it does not exist`;
}

/** Whether the module at `moduleUrl` is the script node was started with. */
export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    // npm links the bin through a symlink; compare real paths.
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

let started = false;

/** Runs the command on this process's arguments, streams and exit code, once. */
export function runCommandLine(): void {
  if (started) return;
  started = true;
  // A closed pipe (`alloy-convert … | head`) is not an error worth a stack trace, nor a
  // reason to stop: what is left to print is dropped, and the run still ends with the exit
  // status it comes to (a batch --check whose diff nobody reads still fails).
  // Any other failure to write stdout (a full disk, /dev/full) is one line, not a stack trace.
  let stdoutClosed = false;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") {
      stdoutClosed = true;
      return;
    }
    process.stderr.write(`alloy-convert: cannot write to stdout: ${describeFsError(e)}\n`);
    process.exit(EXIT.usage);
  });
  const stdout: TextSink = {
    write: (text: string) => stdoutClosed || process.stdout.write(text),
    isTTY: process.stdout.isTTY,
  };
  const io: CliIO = { stdin: process.stdin, stdout, stderr: process.stderr, env: process.env };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`alloy-convert: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = EXIT.failed;
    },
  );
}

// Run directly from the source; the installed command starts through launcher.ts.
if (isEntryPoint(import.meta.url)) runCommandLine();
