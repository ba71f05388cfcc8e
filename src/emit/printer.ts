// Lays out the syntax model exactly as `alloy fmt` does: tab indentation, `=` aligned in
// runs of attributes, trailing comments aligned in runs of commented lines, `name { }` for
// empty blocks and trailing commas in multi-line arrays, objects and calls.

import type {
  AlloyFile,
  ArrayElement,
  Expr,
  ObjectField,
  Statement,
} from "./ast.js";
import { quoteString, isIdentifier } from "./strings.js";

export function printFile(file: AlloyFile): string {
  const lines = printBody(file.body, 0, file.trailingComments);
  return lines.length === 0 ? "" : lines.join("\n") + "\n";
}

/** One line of an aligned run: `key`, then `= value`, then an optional comment. */
interface AlignedEntry {
  key: string;
  /** The value with any separator (`,`) already attached; may span lines. */
  value: string;
  comment?: string;
  leadingComments?: string[];
  blankLineBefore: boolean;
}

function indentOf(level: number): string {
  return "\t".repeat(level);
}

function printBody(body: Statement[], level: number, trailingComments?: string[]): string[] {
  const out: string[] = [];
  const ind = indentOf(level);
  let i = 0;
  while (i < body.length) {
    const stmt = body[i];
    if (stmt.kind === "block") {
      if (i > 0 && stmt.blankLineBefore !== false) out.push("");
      else if (i === 0 && stmt.blankLineBefore) out.push("");
      for (const c of stmt.leadingComments ?? []) out.push(ind + c);
      const header = ind + stmt.name + (stmt.label !== undefined ? " " + quoteString(stmt.label) : "");
      const inner = printBody(stmt.body, level + 1, stmt.trailingComments);
      const trailer = stmt.trailingComment ? " " + stmt.trailingComment : "";
      if (inner.length === 0) out.push(header + " { }" + trailer);
      else out.push(header + " {", ...inner, ind + "}" + trailer);
      i++;
      continue;
    }
    const entries: AlignedEntry[] = [];
    while (i < body.length) {
      const s = body[i];
      if (s.kind !== "attribute") break;
      entries.push({
        key: s.name,
        value: printExpr(s.value, level),
        comment: s.trailingComment,
        leadingComments: s.leadingComments,
        blankLineBefore: i > 0 && s.blankLineBefore === true,
      });
      i++;
    }
    out.push(...alignEntries(entries, ind));
  }
  for (const c of trailingComments ?? []) out.push(ind + c);
  return out;
}

/**
 * Aligns `=` across a run of entries. A run ends at a blank line or comment line, and
 * after an entry whose value spans lines (that entry still aligns with the ones before it).
 */
function alignEntries(entries: AlignedEntry[], ind: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < entries.length) {
    let end = start;
    while (end < entries.length) {
      const e = entries[end];
      if (end > start && (e.blankLineBefore || (e.leadingComments?.length ?? 0) > 0)) break;
      end++;
      if (e.value.includes("\n")) break;
    }
    const run = entries.slice(start, end);
    const keyWidth = Math.max(...run.map((e) => e.key.length));
    const firstLines = run.map((e) => ind + e.key.padEnd(keyWidth) + " = " + firstLine(e.value));
    const commentColumn = commentColumns(run, firstLines);
    run.forEach((e, k) => {
      if (e.blankLineBefore) out.push("");
      for (const c of e.leadingComments ?? []) out.push(ind + c);
      let line = firstLines[k];
      const rest = e.value.includes("\n") ? e.value.slice(e.value.indexOf("\n")) : "";
      if (e.comment !== undefined) {
        if (rest) out.push(line + rest + " " + e.comment);
        else out.push(line.padEnd(commentColumn[k]) + " " + e.comment);
      } else {
        out.push(line + rest);
      }
    });
    start = end;
  }
  return out;
}

/** Trailing comments on consecutive single-line entries start in one column. */
function commentColumns(run: AlignedEntry[], firstLines: string[]): number[] {
  const columns = new Array<number>(run.length).fill(0);
  let k = 0;
  while (k < run.length) {
    if (run[k].comment === undefined || run[k].value.includes("\n")) {
      k++;
      continue;
    }
    let j = k;
    while (j < run.length && run[j].comment !== undefined && !run[j].value.includes("\n")) j++;
    const width = Math.max(...firstLines.slice(k, j).map((l) => l.length));
    for (let m = k; m < j; m++) columns[m] = width;
    k = j;
  }
  return columns;
}

function firstLine(s: string): string {
  const nl = s.indexOf("\n");
  return nl < 0 ? s : s.slice(0, nl);
}

/** Prints an expression whose first line starts at indentation `level`. */
export function printExpr(e: Expr, level: number): string {
  switch (e.kind) {
    case "string":
      return e.raw ? "`" + e.value + "`" : quoteString(e.value);
    case "number":
      return e.text;
    case "bool":
      return e.value ? "true" : "false";
    case "null":
      return "null";
    case "ident":
      return e.name;
    case "access":
      return printExpr(e.target, level) + "." + e.field;
    case "index":
      return printExpr(e.target, level) + "[" + printExpr(e.index, level) + "]";
    case "unary":
      return e.op + printExpr(e.operand, level);
    case "binary":
      return printExpr(e.left, level) + " " + e.op + " " + printExpr(e.right, level);
    case "paren":
      return "(" + printExpr(e.inner, level) + ")";
    case "array":
      return printSequence("[", "]", e.elements, e.multiline ?? false, level, e.trailingComments);
    case "call":
      return printExpr(e.callee, level) +
        printSequence("(", ")", e.args, e.multiline ?? false, level, e.trailingComments);
    case "object":
      return printObject(e.fields, e.inline ?? false, level, e.trailingComments);
  }
}

function printSequence(
  open: string,
  close: string,
  elements: ArrayElement[],
  multiline: boolean,
  level: number,
  trailingComments?: string[],
): string {
  if (!multiline) {
    return open + elements.map((el) => printExpr(el.value, level)).join(", ") + close;
  }
  const ind = indentOf(level + 1);
  const lines: string[] = [];
  for (const el of elements) {
    for (const c of el.leadingComments ?? []) lines.push(ind + c);
    const comment = el.trailingComment ? " " + el.trailingComment : "";
    lines.push(ind + printExpr(el.value, level + 1) + "," + comment);
  }
  for (const c of trailingComments ?? []) lines.push(ind + c);
  return open + "\n" + lines.join("\n") + "\n" + indentOf(level) + close;
}

function printObject(fields: ObjectField[], inline: boolean, level: number, trailingComments?: string[]): string {
  if (fields.length === 0 && !trailingComments?.length) return "{}";
  if (inline) {
    return "{ " + fields.map((f) => objectKey(f) + " = " + printExpr(f.value, level)).join(", ") + " }";
  }
  const ind = indentOf(level + 1);
  const entries: AlignedEntry[] = fields.map((f, k) => ({
    key: objectKey(f),
    value: printExpr(f.value, level + 1) + ",",
    comment: f.trailingComment,
    leadingComments: f.leadingComments,
    blankLineBefore: k > 0 && f.blankLineBefore === true,
  }));
  const lines = alignEntries(entries, ind);
  for (const c of trailingComments ?? []) lines.push(ind + c);
  return "{\n" + lines.join("\n") + "\n" + indentOf(level) + "}";
}

function objectKey(f: ObjectField): string {
  return f.quoted || !isIdentifier(f.key) ? quoteString(f.key) : f.key;
}
