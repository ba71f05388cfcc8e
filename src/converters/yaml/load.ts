// Reads a YAML document into a source model the way Go's strict YAML decoding does, with
// yaml.v2's error texts so a refused config reads as the upstream program would report it.

import { isScalar, LineCounter, parseAllDocuments, parseDocument, type Document, type Node } from "yaml";
import type { SourceLocation } from "../../diagnostics.js";
import { composeFast, YAML_V2, type ComposeOptions } from "./fast-compose.js";
import { anchorTable, findExcessiveNesting, MAX_DEPTH, visitNodes } from "./limits.js";
import { depthProblem, escapeProblem, fromYamlError, goYamlMessage, readerProblem, type SyntaxProblem } from "./syntax.js";
import { DecodeFailure, ExcessiveAliasing, type DecodeContext, type SourceType } from "./types.js";

export interface LoadError {
  /** The upstream error text, e.g. `yaml: unmarshal errors:\n  line 7: field x not found in type config.plain`. */
  message: string;
  line?: number;
  column?: number;
  /** What alloy-convert adds to upstream's text, e.g. the limit an input went past. */
  detail?: string;
}

/** Where a load error points, for the diagnostic's location. */
export function loadErrorLocation(error: LoadError): SourceLocation | undefined {
  return error.line === undefined ? undefined : { line: error.line, column: error.column ?? 1 };
}

export type LoadResult<T> = { value: T; error?: undefined } | { value?: undefined; error: LoadError };

export function loadYaml<T>(text: string, type: SourceType<T>): LoadResult<T> {
  const read = readDocument(text, YAML_V2);
  if ("error" in read) return { error: read.error };
  const { doc, lines } = read;
  return decodeRoot((doc?.contents ?? null) as Node | null, type, { doc: doc as Document, lines, typeErrors: [] });
}

/**
 * The first document of a text as the upstream YAML library reads it, or the first problem
 * it reports: bytes that are not text, a syntax error, a bad escape, an undefined alias,
 * nesting past libyaml's limit. The fast composer takes the common shape of a file; the
 * package's Document API reads the rest and words every error. No document (empty text,
 * only comments) reads as null.
 */
export function readDocument(text: string, options: ComposeOptions): { doc?: Document; lines: LineCounter } | { error: LoadError } {
  const reader = checkReader(text);
  if (reader) return { error: reader };
  const fastLines = new LineCounter();
  const fast = composeFast(text, fastLines, options);
  const read = fast ? { doc: fast, lines: fastLines } : parseWithPackage(text, options);
  if ("error" in read) return read;
  const problem = read.doc && documentProblem(read.doc, text, read.lines);
  return problem ? { error: problem } : read;
}

function parseWithPackage(text: string, options: ComposeOptions): { doc?: Document; lines: LineCounter } | { error: LoadError } {
  const deep = checkNesting(text);
  if (deep) return { error: deep };
  const lines = new LineCounter();
  const parseOptions = { ...options, lineCounter: lines, prettyErrors: false };
  // go-yaml v3 (the Collector) refuses a second document; yaml.v2 reads the first one.
  if (options.uniqueKeys) return { doc: parseDocument(text, parseOptions), lines };
  const docs = parseAllDocuments(text, parseOptions);
  // A stream of nothing but directives or comments comes back as a non-array.
  return { doc: Array.isArray(docs) ? docs[0] : undefined, lines };
}

function errorAt(p: SyntaxProblem, text: string): LoadError {
  const { line, column } = offsetPosition(text, p.offset);
  return { message: goYamlMessage(p), line, column };
}

/** What libyaml refuses before any parsing: bytes that are not text, nesting past its limit. */
export function checkText(text: string): LoadError | undefined {
  return checkReader(text) ?? checkNesting(text);
}

/** Bytes libyaml's reader refuses. */
export function checkReader(text: string): LoadError | undefined {
  const reader = readerProblem(text);
  return reader ? errorAt(reader, text) : undefined;
}

/**
 * Nesting past libyaml's limit. A document the fast composer takes is well under it (it
 * leaves deeper ones to the package), so only the package's path needs this scan.
 */
export function checkNesting(text: string): LoadError | undefined {
  const deep = findExcessiveNesting(text);
  if (!deep) return undefined;
  const { line } = offsetPosition(text, deep.offset);
  return errorAt({ ...depthProblem(deep.offset, MAX_DEPTH), goLine: line > 1 ? line : undefined }, text);
}

/**
 * A parsed document's first problem as yaml.v2 reports it: a syntax error, an escape
 * libyaml refuses, or an alias whose anchor is not defined before it.
 */
export function documentProblem(doc: Document, text: string, lines: LineCounter): LoadError | undefined {
  const syntax = doc.errors[0];
  if (syntax) return errorAt(fromYamlError(syntax, text, lines), text);
  const escape = firstBadEscape(doc, text);
  if (escape) return errorAt(escape, text);
  // An alias is a `*` where a token starts: without one, the walk of the whole document is
  // saved (a `*` inside a regular expression, as in `.*`, does not start a token; after
  // `:` it may, in flow `{"a":*b}`).
  if (/(?:^|[\s[{,:])\*/m.test(text)) for (const [alias, target] of anchorTable(doc)) {
    if (target === undefined) {
      const { line, column } = offsetPosition(text, alias.range?.[0] ?? 0);
      return { message: `yaml: unknown anchor '${alias.source}' referenced`, line, column };
    }
  }
  return undefined;
}

function firstBadEscape(doc: Document, text: string): SyntaxProblem | undefined {
  if (!text.includes("\\")) return undefined;
  let found: SyntaxProblem | undefined;
  visitNodes(doc.contents, (node) => {
    if (!isScalar(node) || node.type !== "QUOTE_DOUBLE" || !node.range) return false;
    const problem = escapeProblem(text.slice(node.range[0], node.range[1]), node.range[0]);
    if (!problem) return false;
    const line = offsetPosition(text, problem.offset).line;
    found = { ...problem, goLine: line > 1 ? line : undefined };
    return true;
  });
  return found;
}

/** 1-based line and column of an offset, counting LF, CRLF and lone CR as line ends. */
export function offsetPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function decodeRoot<T>(root: Node | null, type: SourceType<T>, ctx: DecodeContext): LoadResult<T> {
  let value: T | undefined;
  try {
    value = type.decode(root, ctx);
  } catch (e) {
    if (e instanceof ExcessiveAliasing) return { error: { message: e.message, detail: e.detail } };
    if (e instanceof DecodeFailure) return { error: { message: e.message, line: e.line, column: e.column } };
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      // Our decoders recurse along the document's nesting; the parser has already bounded
      // it, so only a pathological mix of nesting and aliases gets here.
      return { error: { message: "yaml: nested too deeply for alloy-convert to decode (it runs out of stack)" } };
    }
    throw e;
  }
  if (ctx.typeErrors.length > 0) {
    const message = "yaml: unmarshal errors:\n" + ctx.typeErrors.map((t) => `  line ${t.line}: ${t.text}`).join("\n");
    const { line, column } = ctx.typeErrors[0];
    return { error: { message, line, column } };
  }
  return { value: value as T };
}

