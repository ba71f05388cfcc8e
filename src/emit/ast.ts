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
export interface ArrayExpr {
  kind: "array";
  elements: ArrayElement[];
  /** Each element on its own line, with a trailing comma. */
  multiline?: boolean;
  /** Comments before the closing bracket. */
  trailingComments?: string[];
}
export interface ArrayElement {
  value: Expr;
  leadingComments?: string[];
  trailingComment?: string;
}
export interface ObjectExpr {
  kind: "object";
  fields: ObjectField[];
  /** Objects print one field per line unless they are empty or marked inline. */
  inline?: boolean;
  trailingComments?: string[];
}
export interface ObjectField {
  key: string;
  /** Keys that are not identifiers print quoted; a key written quoted stays quoted. */
  quoted?: boolean;
  value: Expr;
  leadingComments?: string[];
  trailingComment?: string;
  blankLineBefore?: boolean;
}
export interface CallExpr {
  kind: "call";
  callee: Expr;
  args: ArrayElement[];
  multiline?: boolean;
  trailingComments?: string[];
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
  leadingComments?: string[];
  trailingComment?: string;
  /**
   * Forces (true) or suppresses (false) a blank line before the statement; when unset the
   * converter's rule applies: a block that is not first in its body gets one.
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
  /** Comments after the last statement, before the closing brace. */
  trailingComments?: string[];
}

export interface AlloyFile {
  body: Statement[];
  trailingComments?: string[];
}
