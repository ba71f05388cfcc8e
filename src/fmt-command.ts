// `alloy-convert fmt`: `alloy fmt` on files or stdin. Prints the formatted text, or with
// -w rewrites each file that changes (safely, as every output is written), or with --check
// lists the files that are not formatted, as prettier's check mode does.

import { commandFor, parseCommandLine } from "./command-line.js";
import { describeFsError, inputName, readInput } from "./io/input.js";
import { writeOutputFile } from "./io/output.js";
import { formatAlloy } from "./format.js";
import type { CliIO } from "./terminal.js";

const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

interface FmtFlags {
  write?: boolean;
  check?: boolean;
}

export async function runFmt(argv: readonly string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = commandFor("alloy-convert fmt", io)
    .usage("[options] [file...]")
    .description("Format Alloy configuration files as `alloy fmt` does.\n\nExit status: 0 when formatted, 1 on invalid Alloy or (--check) unformatted files, 2 on misuse or unreadable files.")
    .argument("[file...]", 'Alloy files to format; none or "-" reads stdin.')
    .option("-w, --write", "Rewrite each file in place when formatting changes it.")
    .option("--check", "List the files that are not formatted and exit 1 if there are any.")
    .helpOption("-h, --help", "Print this help and exit.")
    .action(async (files: string[], flags: FmtFlags) => {
      code = await formatFiles(files.length > 0 ? files : ["-"], flags, io);
    });
  return (await parseCommandLine(program, argv)) ?? code;
}

async function formatFiles(files: string[], flags: FmtFlags, io: CliIO): Promise<number> {
  if (flags.write && flags.check) return usage(io, "-w/--write and --check do opposite things: give one");
  if (flags.write && files.includes("-")) return usage(io, 'stdin ("-") cannot be rewritten in place: drop -w');
  let worst: number = EXIT.ok;
  for (const file of files) worst = Math.max(worst, await formatOne(file, flags, io));
  return worst;
}

async function formatOne(file: string, flags: FmtFlags, io: CliIO): Promise<number> {
  const name = inputName(file);
  // An empty file is valid Alloy; the other refusals (directories, binary, huge) are the converter's.
  const input = await readInput(file, io.stdin, { allowEmpty: true });
  if (!input.ok) {
    io.stderr.write(`alloy-convert fmt: ${name}: ${input.message}\n`);
    return EXIT.usage;
  }
  const source = Buffer.from(input.bytes).toString("utf8");
  const result = formatAlloy(source, name);
  if (result.output === undefined) {
    io.stderr.write(`${result.error}\n`);
    return EXIT.failed;
  }
  if (flags.check) {
    if (result.output === source) return EXIT.ok;
    io.stdout.write(`${name}\n`);
    return EXIT.failed;
  }
  if (!flags.write) {
    io.stdout.write(result.output);
    return EXIT.ok;
  }
  if (result.output === source) return EXIT.ok;
  try {
    await writeOutputFile(file, result.output);
    return EXIT.ok;
  } catch (e) {
    io.stderr.write(`alloy-convert fmt: ${name}: cannot write: ${describeFsError(e)}\n`);
    return EXIT.usage;
  }
}

function usage(io: CliIO, message: string): number {
  io.stderr.write(`alloy-convert fmt: ${message}\nRun alloy-convert fmt --help for usage.\n`);
  return EXIT.usage;
}
