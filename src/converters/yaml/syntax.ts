// What libyaml (inside Go's yaml.v2 and go-yaml v3) says about text it cannot read, in its
// own words and with the line numbers yaml.v2 prints. We parse with the `yaml` package,
// whose errors are worded differently and sit at other places; this turns them into the
// libyaml problem a Go user would see. libyaml's scanner errors carry the 1-based line of
// the problem, its parser errors the 0-based line of the offending token (so one less than
// the line it is on), and an error on the first line carries none.

import type { LineCounter, YAMLError } from "yaml";

export interface SyntaxProblem {
  /** libyaml's text, e.g. `did not find expected key`. */
  problem: string;
  /** The line yaml.v2's message names, when it names one. */
  goLine?: number;
  /** Where the problem really is, for the diagnostic's location. */
  offset: number;
}

/** `yaml: line N: problem`, or `yaml: problem` when yaml.v2 names no line. */
export function goYamlMessage(p: SyntaxProblem): string {
  return p.goLine === undefined ? `yaml: ${p.problem}` : `yaml: line ${p.goLine}: ${p.problem}`;
}

function scannerLine(line: number): number | undefined {
  return line > 1 ? line : undefined;
}

function parserLine(line: number): number | undefined {
  return line - 1 > 0 ? line - 1 : undefined;
}

/**
 * libyaml's reader: its UTF-8 (or UTF-16) decoding and its rule that only printable
 * characters, tab and line breaks may appear. Bytes that were not UTF-8 arrive here as
 * the lone surrogates U+DC80–U+DCFF (see decodeSource in io/input.ts).
 */
export function readerProblem(text: string): SyntaxProblem | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) continue;
    if (c === 0x09 || c === 0x0a || c === 0x0d || c === 0x85 || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd)) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (c >= 0xdc80 && c <= 0xdcff) return { problem: utf8Problem(text, i), offset: i };
    if (c >= 0xd800 && c <= 0xdfff) return { problem: "invalid Unicode character", offset: i };
    return { problem: "control characters are not allowed", offset: i };
  }
  return undefined;
}

/** Why libyaml's UTF-8 decoder stops at a byte that was not UTF-8 (escaped as U+DCxx). */
function utf8Problem(text: string, i: number): string {
  const byteAt = (k: number): number | undefined => {
    const c = text.charCodeAt(k);
    if (c >= 0xdc80 && c <= 0xdcff) return c - 0xdc00;
    return c < 0x80 ? c : undefined; // a decoded character: not a trailing octet
  };
  const lead = byteAt(i)!;
  const width = (lead & 0xe0) === 0xc0 ? 2 : (lead & 0xf0) === 0xe0 ? 3 : (lead & 0xf8) === 0xf0 ? 4 : 0;
  if (width === 0) return "invalid leading UTF-8 octet";
  let value = lead & (width === 2 ? 0x1f : width === 3 ? 0x0f : 0x07);
  for (let k = 1; k < width; k++) {
    if (i + k >= text.length) return "incomplete UTF-8 octet sequence";
    const b = byteAt(i + k);
    if (b === undefined || (b & 0xc0) !== 0x80) return "invalid trailing UTF-8 octet";
    value = (value << 6) | (b & 0x3f);
  }
  const shortest = value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4;
  if (shortest !== width) return "invalid length of a UTF-8 sequence";
  return "invalid Unicode character";
}

/**
 * A double-quoted scalar's `\u`/`\U` escape that names a surrogate or lies beyond
 * U+10FFFF, which libyaml refuses and the `yaml` package lets through; `raw` is the
 * scalar's source text starting at `offset`.
 */
export function escapeProblem(raw: string, offset: number): SyntaxProblem | undefined {
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== "\\") continue;
    const kind = raw[i + 1];
    const size = kind === "x" ? 2 : kind === "u" ? 4 : kind === "U" ? 8 : 0;
    if (size > 0) {
      const hex = raw.slice(i + 2, i + 2 + size);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length < size) return { problem: "did not find expected hexdecimal number", offset: offset + i };
      const value = parseInt(hex, 16);
      if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) return { problem: "found invalid Unicode character escape code", offset: offset + i };
    }
    i++;
  }
  return undefined;
}

/** yaml.v2's `exceeded max depth of 10000`, a scanner error at the bracket or indentation. */
export function depthProblem(offset: number, max: number): SyntaxProblem {
  return { problem: `exceeded max depth of ${max}`, offset };
}

/** A `yaml` package syntax error as libyaml would have reported it. */
export function fromYamlError(error: YAMLError, text: string, lines: LineCounter): SyntaxProblem {
  const offset = error.pos[0];
  const line = lines.linePos(offset).line;
  const eofLine = lines.linePos(text.length).line;
  const scanner = (problem: string, at = offset): SyntaxProblem => ({ problem, goLine: scannerLine(lines.linePos(at).line), offset: at });
  const parser = (problem: string, at = offset): SyntaxProblem => ({ problem, goLine: parserLine(lines.linePos(at).line), offset: at });
  if (/Maximum call stack size exceeded|too much recursion/i.test(error.message)) {
    // The `yaml` package composes nested nodes recursively; libyaml does not, and yaml.v2
    // accepts up to 10,000 levels. Say plainly that this is our limit, not the config's.
    return { problem: "nested too deeply for alloy-convert to read (its YAML reader runs out of stack)", goLine: line, offset };
  }
  switch (error.code) {
    case "BAD_DQ_ESCAPE":
      return scanner(/\\[xuU]/.test(error.message) ? "did not find expected hexdecimal number" : "found unknown escape character");
    case "BAD_SCALAR_START":
    case "TAB_AS_INDENT":
      return scanner("found character that cannot start any token");
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      // libyaml meets a `:` where no key can start: the first one after the error.
      return scanner("mapping values are not allowed in this context", nextMappingIndicator(text, offset));
    case "MISSING_CHAR":
      if (/quote/i.test(error.message)) return { problem: "found unexpected end of stream", goLine: scannerLine(eofLine), offset: text.length };
      if (/map values/.test(error.message)) {
        // A required simple key goes stale at the next line's first token.
        return { problem: "could not find expected ':'", goLine: scannerLine(Math.min(line + 1, eofLine)), offset };
      }
      if (/flow map/i.test(error.message) || /[{]/.test(error.message)) return { problem: "did not find expected ',' or '}'", goLine: parserLine(eofLine), offset };
      return parser(blockExpectation(text, offset));
    case "BAD_INDENT":
      // An unterminated flow collection runs to the end of the stream in libyaml.
      if (/Flow sequence/.test(error.message)) return { problem: "did not find expected ',' or ']'", goLine: parserLine(eofLine), offset };
      if (/Flow map/.test(error.message)) return { problem: "did not find expected ',' or '}'", goLine: parserLine(eofLine), offset };
      return parser(blockExpectation(text, offset));
    case "UNEXPECTED_TOKEN":
      return parser(blockExpectation(text, offset));
    case "MULTIPLE_ANCHORS":
    case "MULTIPLE_TAGS":
    case "BAD_PROP_ORDER":
      return parser("did not find expected node content");
    case "BAD_DIRECTIVE":
      return scanner("found unknown directive name");
    default:
      return { problem: error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, ""), goLine: line, offset };
  }
}

/** The first `:` that acts as a mapping indicator at or after `from`, outside quotes. */
function nextMappingIndicator(text: string, from: number): number {
  let quote = "";
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (quote === '"' && ch === "\\") i++;
      else if (ch === quote) quote = "";
    } else if ((ch === '"' || ch === "'") && (i === from || /[\s,[{]/.test(text[i - 1]))) quote = ch;
    else if (ch === ":" && (i + 1 >= text.length || /\s/.test(text[i + 1]))) return i;
  }
  return from;
}

/**
 * What libyaml's parser expected where a block collection went wrong: the next `-` of a
 * sequence when the line's siblings are sequence entries, else the next key.
 */
function blockExpectation(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const indent = /^ */.exec(text.slice(lineStart))![0].length;
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const content = line.trimStart();
    if (content === "" || content.startsWith("#")) continue;
    const own = line.length - content.length;
    if (own > indent) continue;
    return own === indent && /^-(\s|$)/.test(content) ? "did not find expected '-' indicator" : "did not find expected key";
  }
  return "did not find expected key";
}
