// Reads a YAML document into a source model the way Go's strict YAML decoding does, with
// yaml.v2's error texts so a refused config reads as the upstream program would report it.

import { LineCounter, parseAllDocuments, type Node } from "yaml";
import type { SourceLocation } from "../../diagnostics.js";
import { DecodeFailure, type DecodeContext, type SourceType } from "./types.js";

export interface LoadError {
  /** The upstream error text, e.g. `yaml: unmarshal errors:\n  line 7: field x not found in type config.plain`. */
  message: string;
  line?: number;
  column?: number;
}

/** Where a load error points, for the diagnostic's location. */
export function loadErrorLocation(error: LoadError): SourceLocation | undefined {
  return error.line === undefined ? undefined : { line: error.line, column: error.column ?? 1 };
}

export type LoadResult<T> = { value: T; error?: undefined } | { value?: undefined; error: LoadError };

export function loadYaml<T>(text: string, type: SourceType<T>): LoadResult<T> {
  if (/[\x00-\x08\x0e-\x1f\x7f]/.test(text.replace(/\x1b\[[0-9;]*m/g, ""))) {
    const line = text.slice(0, text.search(/[\x00-\x08\x0e-\x1f\x7f]/)).split("\n").length;
    return { error: { message: "yaml: control characters are not allowed", line } };
  }
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, version: "1.1", uniqueKeys: false, prettyErrors: false });
  if (!Array.isArray(docs)) {
    // Only a stream of nothing but directives/comments comes back as a non-array.
    return decodeRoot(null, type, { doc: docs as never, lines, typeErrors: [] });
  }
  const doc = docs[0];
  if (!doc) return decodeRoot(null, type, { doc: undefined as never, lines, typeErrors: [] });
  const syntax = doc.errors[0];
  if (syntax) {
    const { line, col } = lines.linePos(syntax.pos[0]);
    return { error: { message: `yaml: line ${line}: ${goSyntaxMessage(syntax.code, syntax.message)}`, line, column: col } };
  }
  return decodeRoot(doc.contents as Node | null, type, { doc, lines, typeErrors: [] });
}

function decodeRoot<T>(root: Node | null, type: SourceType<T>, ctx: DecodeContext): LoadResult<T> {
  let value: T | undefined;
  try {
    value = type.decode(root, ctx);
  } catch (e) {
    if (e instanceof DecodeFailure) return { error: { message: e.message, line: e.line, column: e.column } };
    throw e;
  }
  if (ctx.typeErrors.length > 0) {
    const message = "yaml: unmarshal errors:\n" + ctx.typeErrors.map((t) => `  line ${t.line}: ${t.text}`).join("\n");
    const { line, column } = ctx.typeErrors[0];
    return { error: { message, line, column } };
  }
  return { value: value as T };
}

/** The libyaml wording Go users know, for the syntax errors that have one. */
function goSyntaxMessage(code: string, fallback: string): string {
  switch (code) {
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "did not find expected key";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return "mapping values are not allowed in this context";
    case "UNEXPECTED_TOKEN":
      return "found character that cannot start any token";
    case "BAD_SCALAR_START":
      return "found character that cannot start any token";
    case "MISSING_ANCHOR":
    case "BAD_ALIAS":
      return "unknown anchor referenced";
    case "DUPLICATE_KEY":
      return "mapping key already defined";
    default:
      return fallback.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  }
}
