// `alloy-convert prepare`: the step in front of `alloy run`. It takes `alloy run`'s own
// conversion flags, so a deployment moves them from one command line to the other:
//
//   alloy run --config.format=static --config.extra-args="-config.expand-env" agent.yaml
//   alloy-convert prepare --config.format=static --config.extra-args="-config.expand-env" agent.yaml -o agent.alloy
//   alloy run agent.alloy
//
// OUT is replaced only by a successful conversion; a failing one keeps the last good OUT.
// --watch does it again at every change of the source, and --reload-url then asks the
// running Alloy to load the new file.

import { watch, type FSWatcher } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Option } from "commander";
import { commandFor, parseCommandLine } from "./command-line.js";
import { messenger, type CliIO } from "./terminal.js";
import { parseExtraArgs } from "./extra-args.js";
import { prepare, PREPARE_FORMATS, type PrepareFormat, type PrepareOptions, type PrepareResult } from "./prepare.js";
import { reloadAlloy, reloadEndpoint } from "./reload.js";

const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

interface PrepareFlags {
  "config.format": PrepareFormat;
  "config.bypassConversionErrors"?: boolean;
  "config.extraArgs"?: string;
  output: string;
  watch?: boolean;
  reloadUrl?: string;
  debounce: string;
  advice?: boolean;
}

const DESCRIPTION = `Convert SOURCE to Alloy ahead of \`alloy run\`, with alloy run's own flags, and
replace OUT atomically only when the conversion succeeds. A failing conversion
prints its diagnostics, keeps the last good OUT and exits 1.

--config.format=alloy (alloy run's default) validates an Alloy file, or a
directory of *.alloy files as alloy run loads it, and copies it to OUT.

--watch converts again at every change of SOURCE; --reload-url then POSTs to
Alloy's /-/reload after each write that changed OUT.

Exit status: 0 when OUT holds the conversion, 1 when the conversion or the
reload failed, 2 on misuse or an unreadable source or unwritable OUT. With
--watch it runs until interrupted.`;

export async function runPrepare(argv: readonly string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = commandFor("alloy-convert prepare", io)
    .usage("[options] <source> -o <out>")
    .description(DESCRIPTION)
    .argument("<source>", "The configuration file (for alloy, a file or a directory of *.alloy files).")
    .addOption(new Option("--config.format <format>", "The format of the source, as alloy run's flag.").choices(PREPARE_FORMATS).default("alloy"))
    .option("--config.bypass-conversion-errors", "Write OUT despite conversion Errors, as alloy run's flag (Criticals still stop it).")
    .option("--config.extra-args <args>", "Flags of the original program, as alloy run's flag, e.g. \"-config.expand-env\".")
    .requiredOption("-o, --output <out>", "Where the Alloy configuration is written (a directory for a directory of *.alloy files).")
    .option("--watch", "Keep running: convert again at every change of the source.")
    .option("--reload-url <url>", "After each write, POST to this Alloy's /-/reload (e.g. http://127.0.0.1:12345).")
    .option("--debounce <ms>", "With --watch: wait this long after the last change before converting.", "300")
    .option("--no-advice", "Leave out alloy-convert's own advice.")
    .helpOption("-h, --help", "Print this help and exit.")
    .action(async (source: string, flags: PrepareFlags) => {
      code = await prepareCommand(source, flags, io);
    });
  return (await parseCommandLine(program, argv)) ?? code;
}

async function prepareCommand(source: string, flags: PrepareFlags, io: CliIO): Promise<number> {
  const say = messenger(io);
  const usage = (message: string) => {
    io.stderr.write(`alloy-convert prepare: ${message}\nRun alloy-convert prepare --help for usage.\n`);
    return EXIT.usage;
  };
  if (source === "-") return usage("the source must be a file: stdin cannot be watched or read again");
  const format = flags["config.format"];
  const extraArgs = parseExtraArgs(flags["config.extraArgs"] ?? "");
  if (!extraArgs.ok) return usage(extraArgs.message);
  if (format === "alloy" && (flags["config.extraArgs"] || flags["config.bypassConversionErrors"])) {
    return usage("--config.extra-args and --config.bypass-conversion-errors apply to a conversion, not to --config.format=alloy");
  }
  const reloadUrl = flags.reloadUrl === undefined ? undefined : reloadEndpoint(flags.reloadUrl);
  if (flags.reloadUrl !== undefined && !reloadUrl) return usage(`--reload-url ${flags.reloadUrl}: not an http:// or https:// URL`);
  const debounce = Number(flags.debounce);
  if (!Number.isInteger(debounce) || debounce < 0 || debounce > 60_000) return usage(`--debounce ${flags.debounce}: a number of milliseconds from 0 to 60000`);

  const options: PrepareOptions = {
    format,
    source,
    output: flags.output,
    bypassErrors: flags["config.bypassConversionErrors"] === true,
    extraArgs: extraArgs.args,
  };

  /** One conversion: its diagnostics, what happened to OUT, the reload. */
  const once = async (): Promise<number> => {
    const result = await prepare(options);
    report(result, flags, say, flags.watch === true);
    if (result.status === "unusable") return EXIT.usage;
    if (result.status === "failed") return EXIT.failed;
    if (result.status === "written" && reloadUrl) {
      const reloaded = await reloadAlloy(reloadUrl);
      if (!reloaded.ok) {
        say.error(`reload at ${reloadUrl.href} failed after ${reloaded.attempts} tr${reloaded.attempts === 1 ? "y" : "ies"}: ${reloaded.message}`, EXIT.failed);
        return EXIT.failed;
      }
      say.note(`alloy-convert prepare: Alloy at ${reloadUrl.href} reloaded`);
    }
    return EXIT.ok;
  };

  if (!flags.watch) return once();
  return watchSource(source, debounce, once, io);
}

function report(result: PrepareResult, flags: PrepareFlags, say: ReturnType<typeof messenger>, watching: boolean): void {
  for (const d of result.diagnostics) if (d.severity !== "Info") say.diagnostic(d, d.file, false, result.texts[d.file]);
  if (flags.advice !== false) for (const a of result.advice) say.advice(a, flags.output, false);
  switch (result.status) {
    case "unusable":
      say.error(`prepare: ${result.message}${watching ? "; the last good output is kept" : ""}`, EXIT.usage);
      break;
    case "failed":
      say.error(`prepare: ${flags.output} not written: ${result.message}; the last good output is kept`, EXIT.failed);
      break;
    case "written":
      if (watching) say.note(`alloy-convert prepare: wrote ${[...result.written, ...result.removed.map((r) => `removed ${r}`)].join(", ")}`);
      break;
    case "unchanged":
      if (watching) say.note(`alloy-convert prepare: ${flags.output} is up to date`);
      break;
  }
}

/**
 * Watches the folder that holds the source, not the file: an editor that saves by writing
 * a new file and renaming it over the old one, and a Kubernetes ConfigMap update (a symlink
 * swapped in the folder), both replace the file a watch on it would follow. Each burst of
 * events is debounced, then the source is read and converted only if its content changed.
 */
async function watchSource(source: string, debounceMs: number, once: () => Promise<number>, io: CliIO): Promise<number> {
  const say = messenger(io);
  let lastSeen: string | undefined;
  const folders = new Set([(await isDirectory(source)) ? source : dirname(source)]);
  const real = await realpath(source).catch(() => undefined);
  if (real) folders.add((await isDirectory(real)) ? real : dirname(real));

  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  /** One run at a time: a change seen during a run is converted after it. */
  const exclusively = async (work: () => Promise<void>) => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await work();
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const tick = () =>
    exclusively(async () => {
      const seen = await fingerprint(source);
      // Gone for a moment (deleted before a rename) or unchanged: nothing to convert.
      if (seen !== undefined && seen !== lastSeen) {
        lastSeen = seen;
        await once();
      }
    });
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void tick(), debounceMs);
  };

  let failure: string | undefined;
  const watchers: FSWatcher[] = [];
  const stopped = new Promise<void>((resolve) => {
    for (const folder of folders) {
      const watcher = watch(folder, { persistent: true }, schedule);
      const primary = watchers.length === 0;
      watcher.on("error", (e) => {
        // The folder a symlinked source resolved to at start may go (a ConfigMap update
        // removes the old one); only the source's own folder is needed.
        if (!primary) return void watcher.close();
        failure = `${folder}: cannot watch any more: ${e.message}`;
        resolve();
      });
      watchers.push(watcher);
    }
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
  });
  // The first conversion runs once the folders are watched, as a run of its own: a change
  // made while it converts is seen and converted after it.
  await exclusively(async () => {
    lastSeen = await fingerprint(source);
    await once();
  });
  say.note(`alloy-convert prepare: watching ${source} (Ctrl-C stops)`);
  await stopped;
  clearTimeout(timer);
  for (const w of watchers) w.close();
  return failure ? say.error(`prepare: ${failure}`, EXIT.usage) : EXIT.ok;
}

/** The source's content (for a directory, every *.alloy file's name and content), or undefined when it cannot be read. */
async function fingerprint(source: string): Promise<string | undefined> {
  try {
    if (!(await isDirectory(source))) return await readFile(source, "utf8");
    const names = (await readdir(source)).filter((n) => n.endsWith(".alloy")).sort();
    const parts = await Promise.all(names.map(async (n) => `${n}\0${await readFile(join(source, n), "utf8").catch(() => "")}`));
    return parts.join("\0\0");
  } catch {
    return undefined;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}
