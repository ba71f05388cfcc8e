// Lays out the syntax model exactly as `alloy fmt` does. The walk below decides what goes
// on which line; alignment is then done the way Go's text/tabwriter (which `alloy fmt`
// uses) does it: `=` signs and trailing comments line up across consecutive lines that
// have a cell in the same column, and a "hard" line break (after a multi-line value, a
// blank line, a comment line or an opening bracket) ends every alignment run.

import type { AlloyFile, ArrayElement, Block, Expr, ObjectExpr, Statement } from "./ast.js";
import { isIdentifier, quoteString } from "./strings.js";
import { Layout } from "./layout.js";

/** The file as Alloy text, ending in a newline (empty for an empty file). */
export function printFile(file: AlloyFile): string {
  const text = printFileBody(file);
  return text === "" ? "" : text + "\n";
}

/** The file as `alloy fmt`'s printer writes it, without the final newline. */
export function printFileBody(file: AlloyFile): string {
  const out = new Layout();
  const pendingBlank = writeBody(out, file.body, file.trailingComments);
  void pendingBlank; // nothing follows the last comment of a file
  return out.finish();
}

/** Prints an expression whose first line starts at indentation `level`. */
export function printExpr(e: Expr, level: number): string {
  const out = new Layout();
  out.indent = level;
  writeExpr(out, e);
  // The first line carries no indentation: the caller places it.
  return out.finish().replace(/^\t+/, "");
}

/**
 * Writes comments one per line, each after a hard line break; "" entries make the next
 * break a blank line. Returns whether a blank line is due after the last one.
 */
function writeCommentLines(out: Layout, comments: readonly string[], blankFirst = false): boolean {
  let blank = blankFirst;
  for (const comment of comments) {
    if (comment === "") {
      blank = true;
      continue;
    }
    out.lineBreak(true, blank);
    out.write(comment);
    blank = false;
  }
  return blank;
}

/** A comment after code on the same line; a tab before it lets it align with its neighbours. */
function writeTrailingComment(out: Layout, comment: string | undefined): void {
  if (comment === undefined) return;
  out.cell(true);
  out.write(comment);
  out.commentEndsLine = comment.startsWith("//");
}

/** Writes the statements of a file or block; returns whether a blank line is due before what follows. */
function writeBody(out: Layout, body: readonly Statement[], trailingComments: readonly string[] | undefined): boolean {
  let previousMultiline = false;
  let previousCommented = false;
  body.forEach((stmt, i) => {
    const blank = stmt.blankLineBefore ?? (i > 0 && stmt.kind === "block");
    const comments = stmt.leadingComments ?? [];
    if (comments.length > 0) {
      const pending = writeCommentLines(out, comments, blank);
      out.lineBreak(true, pending);
    } else {
      const hard = i === 0 || blank || previousMultiline || (previousCommented && stmt.kind === "block");
      out.lineBreak(hard, blank);
    }
    const before = out.lineCount;
    writeStatement(out, stmt);
    previousMultiline = out.lineCount > before;
    writeTrailingComment(out, stmt.trailingComment);
    previousCommented = stmt.trailingComment !== undefined;
  });
  return writeCommentLines(out, trailingComments ?? []);
}

function writeStatement(out: Layout, stmt: Statement): void {
  if (stmt.kind === "attribute") {
    out.write(stmt.name);
    out.cell(false);
    out.write("= ");
    writeExpr(out, stmt.value);
    return;
  }
  writeBlock(out, stmt);
}

function writeBlock(out: Layout, block: Block): void {
  out.write(block.name + (block.label ? " " + quoteString(block.label) : "") + " {");
  writeTrailingComment(out, block.headerComment);
  const comments = block.trailingComments ?? [];
  if (block.body.length === 0 && comments.length === 0 && block.headerComment === undefined) {
    out.write(" }");
    return;
  }
  out.indent++;
  const pendingBlank = writeBody(out, block.body, comments);
  out.indent--;
  out.lineBreak(true, pendingBlank);
  out.write("}");
}

function writeExpr(out: Layout, e: Expr): void {
  switch (e.kind) {
    case "string":
      out.write(e.source ?? (e.raw ? "`" + e.value + "`" : quoteString(e.value)));
      return;
    case "number":
      out.write(e.text);
      return;
    case "bool":
      out.write(e.value ? "true" : "false");
      return;
    case "null":
      out.write("null");
      return;
    case "ident":
      out.write(e.name);
      return;
    case "access":
      writeExpr(out, e.target);
      // `1 .a` must not print as `1.a`, which would read back as a number.
      out.write((e.target.kind === "number" && /^\d+$/.test(e.target.text) ? " ." : ".") + e.field);
      return;
    case "index":
      writeExpr(out, e.target);
      out.write("[");
      writeExpr(out, e.index);
      out.write("]");
      return;
    case "unary":
      out.write(e.op);
      writeExpr(out, e.operand);
      return;
    case "binary":
      writeExpr(out, e.left);
      out.write(" " + e.op + " ");
      writeExpr(out, e.right);
      return;
    case "paren":
      out.write("(");
      writeExpr(out, e.inner);
      out.write(")");
      return;
    case "array":
      writeList(out, "[", "]", e.elements, e, false);
      return;
    case "call":
      writeExpr(out, e.callee);
      writeList(out, "(", ")", e.args, e, true);
      return;
    case "object":
      writeObject(out, e);
      return;
  }
}

interface ListShape {
  multiline?: boolean;
  closeOnNewLine?: boolean;
  openComment?: string;
  trailingComments?: string[];
}

/**
 * Array elements and call arguments. An item on a new line is indented one level; for
 * calls, `alloy fmt` indents only the item, so comments before it stay at the call's level.
 */
function writeList(out: Layout, open: string, close: string, items: readonly ArrayElement[], shape: ListShape, isCall: boolean): void {
  out.write(open);
  writeTrailingComment(out, shape.openComment);
  if (items.length === 0 && !isCall && shape.closeOnNewLine) out.countCollapsedLineBreak();
  // Calls get the trailing comma even without arguments (`f(\n)` formats as `f(,\n)`).
  const closeBreak = (shape.multiline || shape.closeOnNewLine === true) && (items.length > 0 || isCall);
  items.forEach((item, i) => {
    const comments = item.leadingComments ?? [];
    const newline = shape.multiline || item.newlineBefore === true || comments.length > 0 || out.commentEndsLine;
    if (newline) {
      if (!isCall) out.indent++;
      const pending = writeCommentLines(out, comments);
      if (isCall) out.indent++;
      out.lineBreak(true, pending);
    } else if (i > 0) {
      out.write(" ");
    }
    writeExpr(out, item.value);
    if (i + 1 < items.length || closeBreak) out.write(",");
    writeTrailingComment(out, item.trailingComment);
    if (newline) out.indent--;
  });
  writeClose(out, close, closeBreak, shape.trailingComments, !isCall, isCall && items.length === 0);
}

/** The closing bracket, on its own line when the list ends with a line break. */
function writeClose(
  out: Layout,
  close: string,
  closeBreak: boolean,
  comments: readonly string[] | undefined,
  commentsIndented: boolean,
  emptyCall: boolean,
): void {
  if (emptyCall && closeBreak) out.write(",");
  const hasComments = (comments ?? []).some((c) => c !== "");
  if (!closeBreak && !hasComments && !out.commentEndsLine) {
    out.write(close);
    return;
  }
  if (commentsIndented) out.indent++;
  const pending = writeCommentLines(out, comments ?? []);
  if (commentsIndented) out.indent--;
  out.lineBreak(true, pending);
  out.write(close);
}

function writeObject(out: Layout, o: ObjectExpr): void {
  const inline = o.inline ?? false;
  out.write("{");
  out.indent++;
  writeTrailingComment(out, o.openComment);
  const closeBreak = o.fields.length > 0 && (o.closeOnNewLine ?? !inline);
  if (o.fields.length === 0 && o.closeOnNewLine) out.countCollapsedLineBreak();
  let previousMultiline = false;
  o.fields.forEach((field, i) => {
    const comments = field.leadingComments ?? [];
    const newline = (field.newlineBefore ?? !inline) || comments.length > 0 || out.commentEndsLine;
    if (newline) {
      const pending = writeCommentLines(out, comments);
      // `=` signs align down a run of single-line fields.
      out.lineBreak(i === 0 || previousMultiline || comments.length > 0, pending);
    } else if (i > 0) {
      out.write(" ");
    }
    const before = out.lineCount;
    out.write(field.quoted || !isIdentifier(field.key) ? quoteString(field.key) : field.key);
    out.cell(false);
    out.write("= ");
    writeExpr(out, field.value);
    previousMultiline = out.lineCount > before;
    if (i + 1 < o.fields.length || closeBreak) out.write(",");
    writeTrailingComment(out, field.trailingComment);
  });
  const hasComments = (o.trailingComments ?? []).some((c) => c !== "");
  if (!closeBreak && !hasComments && !out.commentEndsLine) {
    out.indent--;
    out.write("}");
    return;
  }
  const pending = writeCommentLines(out, o.trailingComments ?? []);
  out.indent--;
  out.lineBreak(true, pending);
  out.write("}");
}
