// The Alloy syntax model: what the printer lays out. Layout choices that `alloy fmt`
// keeps from its input (an array or call written over several lines, a blank line, a
// comment) are carried as flags so a parsed file prints back as it was formatted.

export type Expr =
  | StringLit
  | NumberLit
  | BoolLit
  | NullLit
  | Ident
  | Access
  | Index
  | ArrayExpr
  | ObjectExpr
  | CallExpr
  | UnaryExpr
  | BinaryExpr
  | ParenExpr;

export interface StringLit {
  kind: "string";
  value: string;
  /** A raw (backtick) string prints verbatim. */
  raw?: boolean;
  /** The literal as written in parsed text; `alloy fmt` prints literals as written. */
  source?: string;
}
/** Numbers keep their text so that Go's number printing is decided where the value is made. */
export interface NumberLit {
  kind: "number";
  text: string;
}
export interface BoolLit {
  kind: "bool";
  value: boolean;
}
export interface NullLit {
  kind: "null";
}
export interface Ident {
  kind: "ident";
  name: string;
}
/** `a.b.c` — a field access on any expression. */
export interface Access {
  kind: "access";
  target: Expr;
  field: string;
}
export interface Index {
  kind: "index";
  target: Expr;
  index: Expr;
}
/**
 * Line layout of a bracketed list (array elements, call arguments, object fields), as
 * `alloy fmt` keeps it from its input. Comment lists hold one comment per line, with ""
 * for a blank line.
 */
interface ListLayout {
  /** The closing bracket on its own line, after a trailing comma. */
  closeOnNewLine?: boolean;
  /** Comment after the opening bracket, on its line. */
  openComment?: string;
  /** Comments before the closing bracket. */
  trailingComments?: string[];
}
interface ListItemLayout {
  /** The item starts on a new line (the line after the previous item, or the opening bracket). */
  newlineBefore?: boolean;
  leadingComments?: string[];
  /** Comment after the item and its comma, on the same line. */
  trailingComment?: string;
}
export interface ArrayExpr extends ListLayout {
  kind: "array";
  elements: ArrayElement[];
  /** Shorthand: every element on its own line, and the closing bracket too. */
  multiline?: boolean;
}
export interface ArrayElement extends ListItemLayout {
  value: Expr;
}
export interface ObjectExpr extends ListLayout {
  kind: "object";
  fields: ObjectField[];
  /**
   * Objects print one field per line unless they are empty or marked inline (all fields
   * on the line of the braces); per-field `newlineBefore` and `closeOnNewLine` override.
   */
  inline?: boolean;
}
export interface ObjectField extends ListItemLayout {
  key: string;
  /** Keys that are not identifiers print quoted; a key written quoted stays quoted. */
  quoted?: boolean;
  value: Expr;
}
export interface CallExpr extends ListLayout {
  kind: "call";
  callee: Expr;
  args: ArrayElement[];
  /** Shorthand: every argument on its own line, and the closing parenthesis too. */
  multiline?: boolean;
}
export interface UnaryExpr {
  kind: "unary";
  op: string;
  operand: Expr;
}
export interface BinaryExpr {
  kind: "binary";
  op: string;
  left: Expr;
  right: Expr;
}
export interface ParenExpr {
  kind: "paren";
  inner: Expr;
}

export type Statement = Attribute | Block;

interface StatementLayout {
  /** One comment per line; "" marks a blank line between them or before the statement. */
  leadingComments?: string[];
  /** Comment after the statement, on its last line. */
  trailingComment?: string;
  /**
   * Forces (true) or suppresses (false) a blank line before the statement (before its
   * leading comments, if any); when unset the converter's rule applies: a block that is
   * not first in its body gets one.
   */
  blankLineBefore?: boolean;
}

export interface Attribute extends StatementLayout {
  kind: "attribute";
  name: string;
  value: Expr;
}

export interface Block extends StatementLayout {
  kind: "block";
  /** Dotted name, e.g. `prometheus.scrape` or `stage.json`. */
  name: string;
  label?: string;
  body: Statement[];
  /** Comment after the opening brace, on its line. */
  headerComment?: string;
  /** Comments after the last statement, before the closing brace ("" for a blank line). */
  trailingComments?: string[];
}

export interface AlloyFile {
  body: Statement[];
  trailingComments?: string[];
}
