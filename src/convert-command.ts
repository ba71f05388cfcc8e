// `alloy-convert [convert]`: the flags of `alloy convert` (and ours), which inputs go where,
// each conversion, its report, its output or --check, and the exit status. What it shows on
// the terminal goes through terminal.ts; writing files through io/.

import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import { commandFor, parseCommandLine } from "./command-line.js";
import type { ConvertOptions, ConvertResult } from "./conversion.js";
import { SOURCE_FORMATS, type SourceFormat } from "./formats/names.js";
import type { Advice } from "./advice.js";
import type { SarifInput } from "./report/sarif.js";
import { describeFsError, inputName, readInput } from "./io/input.js";
import { identityOf, writeOutputFile } from "./io/output.js";
import { outcomeOf, REPORT_FORMATS, type ReportFormat } from "./report/outcome.js";
import { parseExtraArgs } from "./extra-args.js";
import { colourDiff, EXIT, messenger, painter, type CliIO } from "./terminal.js";
import { packageVersion, versionText } from "./version.js";
import { didYouMean } from "./suggest.js";
import type { Diagnostic } from "./diagnostics.js";

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
  /** Only Errors and Criticals on stderr. */
  quiet?: boolean;
  /** Exit 1 when the run's Warnings are more than this. */
  maxWarnings?: number;
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

Exit status: 0 on success, 1 when a conversion failed, --check found a
difference or the Warnings exceed --max-warnings, 2 when the command was misused
or a file could not be read or written.`;

/** `alloy-convert [convert] …`: parses the flags and runs the conversion. */
export async function runConvertCommand(args: readonly string[], io: CliIO, converter?: Converter): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io).action(async (files: string[], flags: Flags) => {
    exitCode = await runConvert(files, flags, io, converter);
  });
  return (await parseCommandLine(program, args)) ?? exitCode;
}

function buildProgram(io: CliIO): Command {
  return commandFor("alloy-convert", io)
    .usage("[convert] [options] [file...]\n       alloy-convert fmt [-w | --check] [file...]\n       alloy-convert prepare [--config.format <format>] [--watch] <source> -o <out>")
    .description(DESCRIPTION)
    .version(versionText(), "-v, --version", "Print the version and exit.")
    .helpOption("-h, --help", "Print this help and exit.")
    .argument("[file...]", 'Configuration files to convert; none or "-" reads stdin.')
    .addOption(
      new Option("-f, --source-format <format>", `The format of the source file (required): ${SOURCE_FORMATS.join(", ")}.`)
        .argParser(oneOf("source format", SOURCE_FORMATS))
        .makeOptionMandatory(),
    )
    .option("-o, --output <path>", "The filepath and filename where the output is written; a directory for several files.")
    .option("-r, --report <path>", "The filepath and filename where the report is written.")
    .addOption(new Option("--report-format <format>", 'The format of the -r report: "text" (Alloy\'s, the default; one input only), "json" (one document for a whole batch too), or "sarif" (SARIF 2.1.0 for code scanning; one report for a whole batch).').argParser(oneOf("report format", REPORT_FORMATS)))
    .option("-b, --bypass-errors", "Enable bypassing errors when converting.")
    .option("-e, --extra-args <args>", "Extra arguments from the original format used by the converter. Multiple arguments can be passed by separating them with a space.")
    .option("--check", "Compare the conversion with the existing -o file instead of writing it; print a diff and exit 1 when they differ.")
    .option("--no-advice", "Leave out alloy-convert's own advice (printed after Alloy's diagnostics).")
    .option("-q, --quiet", "Print only Errors and Criticals on stderr: no Warnings, advice or batch summary.")
    .addOption(new Option("--max-warnings <n>", "Exit 1 when the run gives more than n Warnings (all files of a batch together); the output is still written.").argParser(count));
}

/** A value from a fixed list, refused with the list and the closest value (a typo). */
function oneOf<T extends string>(what: string, values: readonly T[]): (value: string) => T {
  return (value) => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`"${value}" is not a ${what}${didYouMean(value, values)}; use one of ${values.join(", ")}.`);
  };
}

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`"${value}" is not a number of warnings (0 or more).`);
  return Number(value);
}

async function runConvert(files: string[], flags: Flags, io: CliIO, converter: Converter | undefined): Promise<number> {
  const say = messenger(io);
  const extraArgs = parseExtraArgs(flags.extraArgs ?? "");
  if (!extraArgs.ok) return say.usage(extraArgs.message);
  // Waiting on a terminal for a config nobody is typing looks like a hang.
  if (files.length === 0 && io.stdin.isTTY) return say.usage("no input: give a file, or pipe the configuration into stdin");
  if (flags.reportFormat && !flags.report) return say.usage("--report-format chooses the format of the -r report: give -r <path> too");
  const jobs = await planJobs(files.length > 0 ? files : ["-"], flags);
  if (!jobs.ok) return say.usage(jobs.message);

  const options: ConvertOptions = { sourceFormat: flags.sourceFormat, extraArgs: extraArgs.args };
  if (!converter) {
    const [{ convertWith }, { loadFormat }] = await Promise.all([import("./conversion.js"), import("./formats/load.js")]);
    const entry = await loadFormat(flags.sourceFormat);
    converter = (source, opts) => convertWith(entry, source, opts);
  }
  const codes: number[] = [];
  const batch = jobs.jobs.length > 1;
  // A SARIF report, and a JSON one for a batch, are one document for the whole run.
  const runWide = flags.reportFormat === "sarif" || (batch && flags.reportFormat === "json");
  const collected: Collected = { reports: runWide ? [] : undefined, outputs: [], warnings: 0 };
  for (const job of jobs.jobs) codes.push(await convertOne(job, flags, options, io, converter, batch, collected));
  if (batch && flags.advice !== false && !flags.quiet) await adviseOnBatch(collected, io);
  const reported = collected.reports ? await writeRunReport(flags, collected.reports, io) : EXIT.ok;
  if (batch && !(flags.quiet && codes.every((c) => c === EXIT.ok))) say.note(batchSummary(codes, flags.check === true));
  const tooMany = flags.maxWarnings !== undefined && collected.warnings > flags.maxWarnings;
  if (tooMany) say.error(`${plural(collected.warnings, "warning")}, more than --max-warnings ${flags.maxWarnings} allows`, EXIT.failed);
  return Math.max(...codes, reported, tooMany ? EXIT.failed : EXIT.ok);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
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
    if (flags.report && flags.reportFormat !== "sarif" && flags.reportFormat !== "json") {
      return fail("-r/--report with several input files needs --report-format json or sarif: Alloy's text report is about one file");
    }
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
  /** The entries of a report written once for the run (SARIF, or JSON for a batch). */
  reports?: (SarifInput & { advice: Advice[] })[];
  outputs: { input: string; output: string; text: string }[];
  /** Warnings so far, for --max-warnings. */
  warnings: number;
}

/** What --quiet leaves on stderr. */
function shown(d: Diagnostic, flags: Flags): boolean {
  // Info diagnostics only list what each source section became: the report keeps them.
  if (d.severity === "Info") return false;
  return !flags.quiet || d.severity === "Error" || d.severity === "Critical";
}

/** The input as text, for the code frames under diagnostics. */
function inputText(bytes: Uint8Array): string {
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function convertOne(job: Job, flags: Flags, options: ConvertOptions, io: CliIO, converter: Converter, batch: boolean, collected: Collected): Promise<number> {
  const say = messenger(io);
  const name = inputName(job.input);
  const input = await readInput(job.input, io.stdin);
  if (!input.ok) return say.error(`${name}: ${input.message}`, EXIT.usage);

  const { output, diagnostics, advice } = converter(input.bytes, options);
  // The text for code frames, decoded only when a diagnostic is shown (a big input converts
  // with none, and would otherwise be decoded twice).
  let text: string | undefined;
  for (const d of diagnostics) if (shown(d, flags)) say.diagnostic(d, name, batch, (text ??= inputText(input.bytes)));
  if (flags.advice !== false && !flags.quiet) for (const a of advice) say.advice(a, name, batch);
  collected.warnings += diagnostics.filter((d) => d.severity === "Warning").length;
  const bypass = flags.bypassErrors === true;
  // A run-wide report is written after the last input.
  collected.reports?.push({ source: name, sourceFormat: flags.sourceFormat, bypassErrors: bypass, diagnostics, advice: flags.advice !== false ? [...advice] : [] });

  if (flags.report && !collected.reports) {
    const { jsonReport, textReport } = await import("./report/report.js");
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
    collected.reports?.find((e) => e.source === input)?.advice.push(advice);
  }
}

/** The report of the whole run: SARIF, or JSON listing every file of a batch. */
async function writeRunReport(flags: Flags, entries: (SarifInput & { advice: Advice[] })[], io: CliIO): Promise<number> {
  const path = flags.report!;
  let report: string;
  if (flags.reportFormat === "sarif") {
    const { sarifReport } = await import("./report/sarif.js");
    report = sarifReport(entries, packageVersion());
  } else {
    const { jsonBatchReport } = await import("./report/report.js");
    report = jsonBatchReport(entries);
  }
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
  const { outputDiff } = await import("./report/check.js");
  const diff = outputDiff(path, existing, converted);
  if (!diff) return EXIT.ok;
  io.stdout.write(colourDiff(diff, painter(io.stdout, io.env)));
  return EXIT.failed;
}

function batchSummary(codes: number[], check: boolean): string {
  const good = codes.filter((c) => c === EXIT.ok).length;
  const bad = codes.length - good;
  const done = check ? "up to date" : "converted";
  return `${good} of ${codes.length} files ${done}` + (bad > 0 ? `, ${bad} ${check ? "differ or failed" : "failed"}` : "");
}
