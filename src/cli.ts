#!/usr/bin/env node
// The `alloy-convert` command: flags, files, stdin/stdout, exit codes and colour. The
// flags and their meaning follow `alloy convert`; conversion itself is the library's.

import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Chalk, type ChalkInstance } from "chalk";
import { Command, CommanderError, Option } from "commander";
import { convert, SOURCE_FORMATS, type ConvertOptions, type ConvertResult, type SourceFormat } from "./convert.js";
import { formatDiagnostic, type Diagnostic } from "./diagnostics.js";
import type { Advice } from "./advice.js";
import type { SarifInput } from "./report/sarif.js";
import { describeFsError, inputName, readInput } from "./io/input.js";
import { identityOf, writeOutputFile } from "./io/output.js";
import { outputDiff } from "./report/check.js";
import { jsonReport, outcomeOf, REPORT_FORMATS, textReport, type ReportFormat } from "./report/report.js";

/** Exit codes: conversion failed or `--check` found a difference; the command itself was misused or an input unreadable. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface TextSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  stdout: TextSink;
  stderr: TextSink;
  env: Record<string, string | undefined>;
}

export type Converter = (source: Uint8Array, options: ConvertOptions) => ConvertResult;

interface Flags {
  sourceFormat: SourceFormat;
  output?: string;
  report?: string;
  reportFormat?: ReportFormat;
  bypassErrors?: boolean;
  extraArgs?: string;
  check?: boolean;
  /** `--no-advice` sets it false. */
  advice?: boolean;
}

/** One input and where its conversion goes (`undefined`: stdout). */
interface Job {
  input: string;
  output?: string;
}

const DESCRIPTION = `Convert a Prometheus, Promtail, OpenTelemetry Collector or Grafana Agent static
configuration file to a Grafana Alloy configuration, as \`alloy convert\` does.

With no file, or with the file "-", the configuration is read from stdin.
Without -o the Alloy configuration is written to stdout.
Errors are issues found during conversion that still leave an output; -b writes
the output despite them. Critical issues always stop the conversion, and then
nothing is written and an existing output file is left as it was.

Several input files convert at once into the directory named by -o, each
x.yaml to x.alloy.

Exit status: 0 on success, 1 when a conversion failed or --check found a
difference, 2 when the command was misused or a file could not be read or written.`;

export async function main(argv: readonly string[], io: CliIO, converter: Converter = convert): Promise<number> {
  if (argv[0] === "fmt") {
    // Loaded only for this command, so conversions do not pay for it.
    const { runFmt } = await import("./fmt-command.js");
    return runFmt(argv.slice(1), io);
  }
  if (argv[0] === "prepare") {
    const { runPrepare } = await import("./prepare-command.js");
    return runPrepare(argv.slice(1), io);
  }
  // `convert` is the default command, as in `alloy convert`.
  const args = argv[0] === "convert" ? argv.slice(1) : [...argv];
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io).action(async (files: string[], flags: Flags) => {
    exitCode = await runConvert(files, flags, io, converter);
  });
  try {
    await program.parseAsync(args, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
  return exitCode;
}

function buildProgram(io: CliIO): Command {
  return new Command("alloy-convert")
    .usage("[convert] [options] [file...]\n       alloy-convert fmt [-w | --check] [file...]\n       alloy-convert prepare [--config.format <format>] [--watch] <source> -o <out>")
    .description(DESCRIPTION)
    .version(packageVersion(), "-v, --version", "Print the version and exit.")
    .helpOption("-h, --help", "Print this help and exit.")
    .argument("[file...]", 'Configuration files to convert; none or "-" reads stdin.')
    .addOption(
      new Option("-f, --source-format <format>", "The format of the source file (required).")
        .choices(SOURCE_FORMATS)
        .makeOptionMandatory(),
    )
    .option("-o, --output <path>", "The filepath and filename where the output is written; a directory for several files.")
    .option("-r, --report <path>", "The filepath and filename where the report is written.")
    .addOption(new Option("--report-format <format>", 'The format of the -r report: "text" (Alloy\'s, the default), "json", or "sarif" (SARIF 2.1.0 for code scanning; one report for a whole batch).').choices(REPORT_FORMATS))
    .option("-b, --bypass-errors", "Enable bypassing errors when converting.")
    .option("-e, --extra-args <args>", "Extra arguments from the original format used by the converter. Multiple arguments can be passed by separating them with a space.")
    .option("--check", "Compare the conversion with the existing -o file instead of writing it; print a diff and exit 1 when they differ.")
    .option("--no-advice", "Leave out alloy-convert's own advice (printed after Alloy's diagnostics).")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}

function packageVersion(): string {
  // dist/cli.js and src/cli.ts both sit one level below package.json.
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

async function runConvert(files: string[], flags: Flags, io: CliIO, converter: Converter): Promise<number> {
  const say = messenger(io);
  const extraArgs = parseExtraArgs(flags.extraArgs ?? "");
  if (!extraArgs.ok) return say.usage(extraArgs.message);
  // Waiting on a terminal for a config nobody is typing looks like a hang.
  if (files.length === 0 && io.stdin.isTTY) return say.usage("no input: give a file, or pipe the configuration into stdin");
  if (flags.reportFormat && !flags.report) return say.usage("--report-format chooses the format of the -r report: give -r <path> too");
  const jobs = await planJobs(files.length > 0 ? files : ["-"], flags);
  if (!jobs.ok) return say.usage(jobs.message);

  const options: ConvertOptions = { sourceFormat: flags.sourceFormat, extraArgs: extraArgs.args };
  const codes: number[] = [];
  const batch = jobs.jobs.length > 1;
  const collected: Collected = { sarif: flags.reportFormat === "sarif" ? [] : undefined, outputs: [] };
  for (const job of jobs.jobs) codes.push(await convertOne(job, flags, options, io, converter, batch, collected));
  if (batch && flags.advice !== false) await adviseOnBatch(collected, io);
  const reported = collected.sarif ? await writeSarif(flags.report!, collected.sarif, io) : EXIT.ok;
  if (jobs.jobs.length > 1) say.note(batchSummary(codes, flags.check === true));
  return Math.max(...codes, reported);
}

type Plan = { ok: true; jobs: Job[] } | { ok: false; message: string };

/** Decides where each input's conversion goes and refuses combinations that cannot work. */
async function planJobs(inputs: string[], flags: Flags): Promise<Plan> {
  const fromStdin = inputs.includes("-");
  const toStdout = flags.output === "-";
  if (flags.check && (!flags.output || toStdout)) return fail("--check compares with an existing output file: give it with -o");
  if (flags.report === "-" && (flags.output === undefined || toStdout)) return fail("-r - and the converted output would both go to stdout: give the output a file with -o");
  const intoDirectory = !toStdout && (inputs.length > 1 || (flags.output !== undefined && isDirectory(flags.output)));
  let jobs: Job[];
  if (!intoDirectory) {
    if (inputs.length > 1) return fail("several files need -o <directory> to be written into");
    jobs = [{ input: inputs[0]!, output: toStdout ? undefined : flags.output }];
  } else {
    if (fromStdin) return fail('stdin ("-") can only be converted on its own, into a file or stdout');
    if (!flags.output) return fail("converting several files needs -o <directory> to write them into");
    if (flags.report && flags.reportFormat !== "sarif") return fail("-r/--report takes a single input file (a SARIF report, --report-format sarif, holds a batch)");
    if (!existsSync(flags.output)) return fail(`${flags.output}: no such directory; create it first (several files are written into a directory)`);
    if (!isDirectory(flags.output)) return fail(`${flags.output}: not a directory, and several files need one`);
    jobs = inputs.map((input) => ({ input, output: join(flags.output!, outputName(input)) }));
    const clash = firstDuplicate(jobs.map((j) => resolve(j.output!)));
    if (clash) return fail(`two inputs would both be written to ${clash}`);
  }
  const overwritten = await firstInputOverwritten(jobs, flags.report);
  return overwritten ? fail(overwritten) : { ok: true, jobs };
}

/** Refuses, before anything is written, an output or report that is one of the inputs or each other. */
async function firstInputOverwritten(jobs: Job[], report: string | undefined): Promise<string | undefined> {
  const inputs = new Map<string, string>();
  for (const job of jobs) if (job.input !== "-") inputs.set(await identityOf(job.input), job.input);
  const report_ = report !== undefined && report !== "-" ? await identityOf(report) : undefined;
  if (report_ !== undefined && inputs.has(report_)) return `-r ${report} would overwrite the input ${inputs.get(report_)}`;
  for (const job of jobs) {
    if (job.output === undefined) continue;
    const target = await identityOf(job.output);
    if (inputs.has(target)) return `${job.output} would overwrite the input ${inputs.get(target)}`;
    if (target === report_) return `-o and -r both name ${job.output}`;
  }
  return undefined;
}

function fail(message: string): Plan {
  return { ok: false, message };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** x.yaml, x.yml and x become x.alloy. */
export function outputName(input: string): string {
  const name = basename(input);
  const ext = extname(name);
  return (ext === ".yaml" || ext === ".yml" ? name.slice(0, -ext.length) : name) + ".alloy";
}

function firstDuplicate(values: string[]): string | undefined {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) return v;
    seen.add(v);
  }
  return undefined;
}

/** What a run gathers across its inputs: the SARIF report's entries, and the outputs the batch advice compares. */
interface Collected {
  sarif?: (SarifInput & { advice: Advice[] })[];
  outputs: { input: string; output: string; text: string }[];
}

async function convertOne(job: Job, flags: Flags, options: ConvertOptions, io: CliIO, converter: Converter, batch: boolean, collected: Collected): Promise<number> {
  const say = messenger(io);
  const name = inputName(job.input);
  const input = await readInput(job.input, io.stdin);
  if (!input.ok) return say.error(`${name}: ${input.message}`, EXIT.usage);

  const { output, diagnostics, advice } = converter(input.bytes, options);
  // Info diagnostics only list what each source section became: the report keeps them.
  for (const d of diagnostics) if (d.severity !== "Info") say.diagnostic(d, name, batch);
  if (flags.advice !== false) for (const a of advice) say.advice(a, name, batch);
  const bypass = flags.bypassErrors === true;
  // The SARIF report is one for the whole run, written after the last input.
  collected.sarif?.push({ source: name, sourceFormat: flags.sourceFormat, bypassErrors: bypass, diagnostics, advice: flags.advice !== false ? [...advice] : [] });

  if (flags.report && !collected.sarif) {
    const report =
      flags.reportFormat === "json"
        ? jsonReport({ source: name, sourceFormat: flags.sourceFormat, bypassErrors: bypass, diagnostics, advice })
        : textReport(diagnostics, bypass);
    if (flags.report === "-") io.stdout.write(report);
    else {
      const written = await writeOutput(flags.report, report);
      if (written) return say.error(`${flags.report}: cannot write the report: ${written}`, EXIT.usage);
    }
  }

  const outcome = outcomeOf(diagnostics, bypass);
  if (outcome === "critical" || output === undefined) return say.error(`${name}: not converted: critical issues stop the conversion`, EXIT.failed);
  if (outcome === "error") {
    const count = diagnostics.filter((d) => d.severity === "Error").length;
    return say.error(`${name}: not converted: ${count} error${count === 1 ? "" : "s"} (-b/--bypass-errors writes the output anyway)`, EXIT.failed);
  }

  collected.outputs.push({ input: name, output: job.output ?? "<stdout>", text: output });
  if (flags.check) return checkOutput(job.output!, output, io);
  if (job.output === undefined) {
    io.stdout.write(output);
    return EXIT.ok;
  }
  const written = await writeOutput(job.output, output);
  return written ? say.error(`${job.output}: cannot write the output: ${written}`, EXIT.usage) : EXIT.ok;
}

/** The same block name from two outputs of a batch: they cannot be loaded together as one directory. */
async function adviseOnBatch(collected: Collected, io: CliIO): Promise<void> {
  const { adviseOnBatch: advise } = await import("./advice-batch.js");
  for (const { file, advice } of advise(collected.outputs.map((o) => ({ name: o.output, text: o.text })))) {
    const input = collected.outputs.find((o) => o.output === file)!.input;
    messenger(io).advice(advice, input, true);
    collected.sarif?.find((e) => e.source === input)?.advice.push(advice);
  }
}

async function writeSarif(path: string, entries: SarifInput[], io: CliIO): Promise<number> {
  const { sarifReport } = await import("./report/sarif.js");
  const report = sarifReport(entries, packageVersion());
  if (path === "-") {
    io.stdout.write(report);
    return EXIT.ok;
  }
  const written = await writeOutput(path, report);
  return written ? messenger(io).error(`${path}: cannot write the report: ${written}`, EXIT.usage) : EXIT.ok;
}

/** Writes safely (see io/output.ts); returns why it failed, or undefined. */
async function writeOutput(path: string, content: string): Promise<string | undefined> {
  try {
    await writeOutputFile(path, content);
    return undefined;
  } catch (e) {
    return describeFsError(e);
  }
}

async function checkOutput(path: string, converted: string, io: CliIO): Promise<number> {
  let existing: string | undefined;
  try {
    existing = await readFile(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") return messenger(io).error(`${path}: ${describeFsError(e)}`, EXIT.usage);
  }
  const diff = outputDiff(path, existing, converted);
  if (!diff) return EXIT.ok;
  io.stdout.write(colourDiff(diff, painter(io.stdout, io.env)));
  return EXIT.failed;
}

function colourDiff(diff: string, paint: ChalkInstance): string {
  return diff
    .split("\n")
    .map((line) => {
      if (line.startsWith("+++") || line.startsWith("---")) return paint.bold(line);
      if (line.startsWith("@@")) return paint.cyan(line);
      if (line.startsWith("+")) return paint.green(line);
      if (line.startsWith("-")) return paint.red(line);
      return line;
    })
    .join("\n");
}

function batchSummary(codes: number[], check: boolean): string {
  const good = codes.filter((c) => c === EXIT.ok).length;
  const bad = codes.length - good;
  const done = check ? "up to date" : "converted";
  return `${good} of ${codes.length} files ${done}` + (bad > 0 ? `, ${bad} ${check ? "differ or failed" : "failed"}` : "");
}

/** Colour only for a terminal, and never when NO_COLOR asks for none (https://no-color.org). */
function painter(sink: TextSink, env: CliIO["env"]): ChalkInstance {
  const wanted = sink.isTTY === true && !env.NO_COLOR;
  return new Chalk({ level: wanted ? 1 : 0 });
}

const SEVERITY_COLOUR = { Critical: "red", Error: "red", Warning: "yellow", Info: "cyan" } as const;

/** How every command shows diagnostics, advice and errors on stderr. */
export function messenger(io: CliIO) {
  const paint = painter(io.stderr, io.env);
  return {
    /**
     * Alloy's text first, untouched apart from colour and escaped control characters, then
     * where in the YAML it is. In a batch every line starts with the file it is about.
     */
    diagnostic(d: Diagnostic, source: string, batch: boolean): void {
      const [head, ...rest] = formatDiagnostic(d).split("\n").map(escapeControls);
      const prefix = `(${d.severity})`;
      const lines = [paint[SEVERITY_COLOUR[d.severity]].bold(prefix) + head!.slice(prefix.length), ...rest];
      if (d.location) lines.push(paint.dim(`  at ${escapeControls(source)}:${d.location.line}:${d.location.column}`));
      const fileMark = batch ? `${escapeControls(source)}: ` : "";
      io.stderr.write(lines.map((l) => fileMark + l).join("\n") + "\n");
    },
    /** Ours, not Alloy's: marked as advice, after the diagnostics. */
    advice(a: Advice, source: string, batch: boolean): void {
      const lines = [`${paint.magenta.bold("(Advice)")} ${escapeControls(a.summary)}`, ...(a.detail ? a.detail.split("\n").map((l) => "  " + escapeControls(l)) : [])];
      const fileMark = batch ? `${escapeControls(source)}: ` : "";
      io.stderr.write(lines.map((l) => fileMark + l).join("\n") + "\n");
    },
    error(message: string, code: number): number {
      io.stderr.write(`${paint.red.bold("alloy-convert:")} ${message}\n`);
      return code;
    },
    usage(message: string): number {
      io.stderr.write(`${paint.red.bold("alloy-convert:")} ${message}\nRun alloy-convert --help for usage.\n`);
      return EXIT.usage;
    },
    note(message: string): void {
      io.stderr.write(`${message}\n`);
    },
  };
}

/**
 * Text from the input (YAML values and keys quoted in diagnostics) must not reach a terminal
 * raw: an escape sequence could restyle it, a carriage return forge a line. Newlines stay,
 * they separate a diagnostic's summary from its detail.
 */
export function escapeControls(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

type ExtraArgs = { ok: true; args: string[] } | { ok: false; message: string };

/**
 * `-e` is one string of the original program's flags separated by spaces, read as Alloy
 * reads it: `-key=value` becomes `-key`, `value`; a bare word with `=` is refused.
 */
export function parseExtraArgs(text: string): ExtraArgs {
  const args: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const eq = word.indexOf("=");
    const value = eq < 0 ? "" : word.slice(eq + 1);
    if (value === "") {
      args.push(eq < 0 ? word : word.slice(0, eq));
      continue;
    }
    if (!word.startsWith("-")) return { ok: false, message: `invalid flag found: ${word}` };
    args.push(word.slice(0, eq), value);
  }
  return { ok: true, args };
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    // npm links the bin through a symlink; compare real paths.
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // A closed pipe (`alloy-convert … | head`) is not an error worth a stack trace.
  // Any other failure to write stdout (a full disk, /dev/full) is one line, not a stack trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
    process.stderr.write(`alloy-convert: cannot write to stdout: ${describeFsError(e)}\n`);
    process.exit(EXIT.usage);
  });
  const io: CliIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
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
