// What every command shows on the terminal, in one place: colour (only on a terminal, never
// under NO_COLOR), diagnostics in Alloy's own text with where they are and, on a terminal,
// the YAML lines around that place; advice; one-line errors; the --check diff. Commands
// (convert, fmt, prepare) print through here and never style text themselves.

import type { ChalkInstance } from "chalk";
import type { Advice } from "./advice.js";
import { formatDiagnostic, type Diagnostic, type SourceLocation } from "./diagnostics.js";

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

/** Colour only for a terminal, and never when NO_COLOR asks for none (https://no-color.org). */
function colourWanted(sink: TextSink, env: CliIO["env"]): boolean {
  return sink.isTTY === true && !env.NO_COLOR;
}

type CodeFrame = (text: string, location: SourceLocation) => string;

let chalk: typeof import("chalk") | undefined;
let codeFrame: CodeFrame | undefined;

/**
 * Loads what the terminal needs before a command prints: chalk when a sink will be coloured,
 * the code frame renderer when stderr is a terminal. Runs into files and pipes do without
 * either, so they do not pay for loading them.
 */
export async function loadPresentation(io: CliIO): Promise<void> {
  if (!chalk && (colourWanted(io.stdout, io.env) || colourWanted(io.stderr, io.env))) chalk = await import("chalk");
  if (!codeFrame && io.stderr.isTTY === true) {
    const babel = await import("@babel/code-frame");
    const render = babel.codeFrameColumns ?? (babel as unknown as { default: typeof babel }).default.codeFrameColumns;
    // Babel's highlighting reads JavaScript tokens, which is wrong for YAML: the frame is
    // plain, and only its marker and gutter are coloured here.
    codeFrame = (text, location) => renderWindow(text, location, (window, at) => render(window, { start: at }, { highlightCode: false, linesAbove: ABOVE, linesBelow: BELOW }));
  }
}

const ABOVE = 2;
const BELOW = 1;

/** The last input split into lines: a file's many diagnostics share one split. */
let split: { text: string; lines: string[] } | undefined;

/**
 * Renders the frame from only the lines it shows, not the whole input (a big config with
 * thousands of diagnostics would be split once per diagnostic), then puts the file's line
 * numbers back into the gutter.
 */
function renderWindow(text: string, { line, column }: SourceLocation, render: (window: string, at: SourceLocation) => string): string {
  if (split?.text !== text) split = { text, lines: text.split(/\r\n|\r|\n/) };
  const first = Math.max(1, line - ABOVE);
  const window = split.lines.slice(first - 1, line + BELOW).join("\n");
  const offset = first - 1;
  const width = String(Math.min(line + BELOW, split.lines.length)).length;
  return render(window, { line: line - offset, column })
    .split("\n")
    .map((l) => l.replace(/^([> ]) +(\d*) \|/, (_, mark: string, n: string) => `${mark} ${(n === "" ? "" : String(Number(n) + offset)).padStart(width)} |`))
    .join("\n");
}

/**
 * Chalk's chained styles (`paint.red.bold(text)`) that leave the text as it is, for sinks
 * without colour: any chain of names ends in a call that returns its argument.
 */
const PLAIN: ChalkInstance = new Proxy(((text: string) => text) as unknown as ChalkInstance, { get: () => PLAIN });

export function painter(sink: TextSink, env: CliIO["env"]): ChalkInstance {
  return chalk && colourWanted(sink, env) ? new chalk.Chalk({ level: 1 }) : PLAIN;
}

const SEVERITY_COLOUR = { Critical: "red", Error: "red", Warning: "yellow", Info: "cyan" } as const;

/** How every command shows diagnostics, advice and errors on stderr. */
export function messenger(io: CliIO) {
  const paint = painter(io.stderr, io.env);
  const frames = io.stderr.isTTY === true && codeFrame !== undefined;
  const write = (lines: string[], source: string | undefined) => {
    // In a batch every line starts with the file it is about.
    const fileMark = source === undefined ? "" : `${escapeControls(source)}: `;
    io.stderr.write(lines.map((l) => fileMark + l).join("\n") + "\n");
  };
  return {
    /**
     * Alloy's text first, untouched apart from colour and escaped control characters, then
     * where in the YAML it is and, on a terminal, the lines there (`text` is the input).
     */
    diagnostic(d: Diagnostic, source: string, batch: boolean, text?: string): void {
      const [head, ...rest] = formatDiagnostic(d).split("\n").map(escapeControls);
      const prefix = `(${d.severity})`;
      const lines = [paint[SEVERITY_COLOUR[d.severity]].bold(prefix) + head!.slice(prefix.length), ...rest];
      if (d.location) {
        lines.push(paint.dim(`  at ${escapeControls(source)}:${d.location.line}:${d.location.column}`));
        if (frames && text !== undefined) lines.push(...frameLines(text, d.location, paint));
      }
      write(lines, batch ? source : undefined);
    },
    /** Ours, not Alloy's: marked as advice, after the diagnostics. */
    advice(a: Advice, source: string, batch: boolean): void {
      const lines = [`${paint.magenta.bold("(Advice)")} ${escapeControls(a.summary)}`, ...(a.detail ? a.detail.split("\n").map((l) => "  " + escapeControls(l)) : [])];
      write(lines, batch ? source : undefined);
    },
    error(message: string, code: number): number {
      io.stderr.write(`${paint.red.bold("alloy-convert:")} ${message}\n`);
      return code;
    },
    usage(message: string, help = "alloy-convert --help"): number {
      io.stderr.write(`${paint.red.bold("alloy-convert:")} ${message}\nRun ${help} for usage.\n`);
      return EXIT.usage;
    },
    note(message: string): void {
      io.stderr.write(`${message}\n`);
    },
  };
}

export type Messenger = ReturnType<typeof messenger>;

/**
 * The input's lines around a location, with a marker under the column, indented under the
 * diagnostic. Control characters in the input are escaped like the rest of the diagnostic.
 */
function frameLines(text: string, location: SourceLocation, paint: ChalkInstance): string[] {
  let frame: string;
  try {
    frame = codeFrame!(text, location);
  } catch {
    // A frame is a help, never a reason to fail the run.
    return [];
  }
  return frame.split("\n").map((raw) => {
    const line = escapeControls(raw);
    const gutter = /^([> ] +\d* \|)(.*)$/.exec(line);
    if (!gutter) return "  " + line;
    const [, bar, code] = gutter;
    const marked = bar!.startsWith(">");
    const styledBar = marked ? paint.red.bold(">") + paint.dim(bar!.slice(1)) : paint.dim(bar!);
    // The marker line holds only spaces and carets after the bar.
    const styledCode = /^\s*\^+$/.test(code!) ? paint.red.bold(code!) : code!;
    return "  " + styledBar + styledCode;
  });
}

/**
 * Text from the input (YAML values and keys quoted in diagnostics) must not reach a terminal
 * raw: an escape sequence could restyle it, a carriage return forge a line. Newlines stay,
 * they separate a diagnostic's summary from its detail.
 */
export function escapeControls(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** A unified diff (`--check`), coloured by line kind on a terminal. */
export function colourDiff(diff: string, paint: ChalkInstance): string {
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
