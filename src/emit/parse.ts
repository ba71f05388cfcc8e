// Reads Alloy text into the syntax model, keeping what `alloy fmt` keeps from its input:
// comments, blank lines between statements, and which list items start on a new line.
// Errors carry Alloy's own message texts and positions (line, byte column).

import type {
  AlloyFile,
  ArrayElement,
  Attribute,
  Block,
  Expr,
  ObjectField,
  Statement,
} from "./ast.js";
import { describeRune, isIdentifier, quoteString, unquote } from "./strings.js";

export interface ParseError {
  line: number;
  column: number;
  message: string;
}

export interface ParseResult {
  /** Absent when there were errors, as Alloy discards the tree then. */
  file?: AlloyFile;
  errors: ParseError[];
  /**
   * Where each statement starts (line, byte column). Kept beside the tree rather than in
   * it, so the syntax model stays the same for the converters and the printer.
   */
  positions: WeakMap<Statement, { line: number; column: number }>;
}

/** Parses a whole Alloy file. */
export function parseAlloy(text: string): ParseResult {
  const parser = new Parser(text);
  const file = parser.parseFile();
  const positions = parser.positions;
  return parser.errors.length > 0 ? { errors: parser.errors, positions } : { file, errors: [], positions };
}

/** Renders errors the way `alloy fmt` prints them: `<file>:line:col: message`. */
export function formatParseErrors(errors: ParseError[], filename: string): string {
  return errors.map((e) => `${filename}:${e.line}:${e.column}: ${e.message}`).join("\n");
}

// ---------------------------------------------------------------------------
// Tokens

/** Token kinds are named as Alloy names them in messages (`expected IDENT, got =`). */
type Kind =
  | "ILLEGAL" | "EOF" | "COMMENT" | "IDENT" | "NUMBER" | "FLOAT" | "STRING" | "BOOL" | "NULL"
  | "TERMINATOR"
  | "||" | "&&" | "!" | "=" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "+" | "-" | "*" | "/" | "%" | "^"
  | "{" | "}" | "(" | ")" | "[" | "]" | "," | ".";

interface Token {
  kind: Kind;
  text: string;
  offset: number;
  line: number;
  /** Line of the token's last character (raw strings and block comments span lines). */
  endLine: number;
}

/** Kinds after which a newline ends the statement. */
const ENDS_STATEMENT = new Set<Kind>(["IDENT", "NUMBER", "FLOAT", "STRING", "BOOL", "NULL", "}", ")", "]"]);

const SINGLE: Record<string, Kind> = {
  "+": "+", "-": "-", "*": "*", "%": "%", "^": "^", "{": "{", "}": "}", "(": "(", ")": ")",
  "[": "[", "]": "]", ",": ",", ".": ".",
};
const WITH_EQUALS: Record<string, [Kind, Kind]> = {
  "!": ["!", "!="], "=": ["=", "=="], "<": ["<", "<="], ">": [">", ">="],
};

const LETTER = /[\p{L}_]/u;
const DIGIT = /\p{Nd}/u;

class Lexer {
  private pos = 0;
  private lineStarts = [0];
  /** Set after a token that a newline would end; the newline then becomes a TERMINATOR. */
  private newlineEnds = false;

  constructor(
    private readonly src: string,
    private readonly report: (offset: number, message: string) => void,
  ) {
    for (let i = 0; i < src.length; i++) if (src[i] === "\n") this.lineStarts.push(i + 1);
    if (src.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Go columns count bytes. */
  columnOf(offset: number): number {
    const start = this.lineStarts[this.lineOf(offset) - 1];
    return Buffer.byteLength(this.src.slice(start, offset)) + 1;
  }

  private peek(ahead = 0): string {
    return this.src[this.pos + ahead] ?? "";
  }

  private codePointAt(i: number): number {
    return this.src.codePointAt(i) ?? -1;
  }

  private token(kind: Kind, start: number, text = this.src.slice(start, this.pos)): Token {
    this.newlineEnds = ENDS_STATEMENT.has(kind);
    const line = this.lineOf(start);
    return { kind, text, offset: start, line, endLine: line + countNewlines(text) };
  }

  next(): Token {
    this.skipSpace();
    const start = this.pos;
    if (start >= this.src.length) {
      if (this.newlineEnds) {
        this.newlineEnds = false;
        return { kind: "TERMINATOR", text: "\n", offset: start, line: this.lineOf(start), endLine: this.lineOf(start) };
      }
      return this.token("EOF", start, "");
    }
    const cp = this.codePointAt(start);
    const ch = String.fromCodePoint(cp);
    if (LETTER.test(ch)) return this.identifier(start);
    if (isDecimal(this.peek()) || (this.peek() === "." && isDecimal(this.peek(1)))) return this.number(start);

    this.pos += ch.length;
    switch (ch) {
      case "\n":
        this.newlineEnds = false;
        return { kind: "TERMINATOR", text: "\n", offset: start, line: this.lineOf(start), endLine: this.lineOf(start) };
      case "'": {
        this.report(start, "illegal single-quoted string; use double quotes");
        this.stringBody(start, "'", true, false);
        const illegal = this.token("ILLEGAL", start);
        this.newlineEnds = true;
        return illegal;
      }
      case '"':
        this.stringBody(start, '"', true, false);
        return this.token("STRING", start);
      case "`":
        this.stringBody(start, "`", false, true);
        return this.token("STRING", start);
      case "|":
      case "&":
        if (this.peek() !== ch) this.report(this.pos, `missing second ${ch} in ${ch}${ch}`);
        else this.pos++;
        return this.token(ch === "|" ? "||" : "&&", start);
      case "/":
        if (this.peek() === "/" || this.peek() === "*") {
          if (this.newlineEnds && this.commentRunsToLineEnd()) {
            // The newline ending the statement comes before the comment.
            this.pos = start;
            this.newlineEnds = false;
            return { kind: "TERMINATOR", text: "\n", offset: start, line: this.lineOf(start), endLine: this.lineOf(start) };
          }
          return this.comment(start);
        }
        return this.token("/", start);
    }
    const paired = WITH_EQUALS[ch];
    if (paired) {
      if (this.peek() === "=") {
        this.pos++;
        return this.token(paired[1], start);
      }
      return this.token(paired[0], start);
    }
    const single = SINGLE[ch];
    if (single) return this.token(single, start);

    if (cp === 0) this.report(start, "illegal character NUL");
    if (cp === 0xfeff) this.report(start, "illegal byte order mark");
    else this.report(start, `illegal character ${describeRune(cp)}`);
    const kept = this.newlineEnds;
    const tok = this.token("ILLEGAL", start);
    this.newlineEnds = kept;
    return tok;
  }

  private skipSpace(): void {
    for (;;) {
      const c = this.peek();
      if (c === " " || c === "\t" || c === "\r" || (c === "\n" && !this.newlineEnds)) this.pos++;
      else return;
    }
  }

  private identifier(start: number): Token {
    while (this.pos < this.src.length) {
      const ch = String.fromCodePoint(this.codePointAt(this.pos));
      if (!LETTER.test(ch) && !DIGIT.test(ch)) break;
      this.pos += ch.length;
    }
    const text = this.src.slice(start, this.pos);
    const kind: Kind = text === "true" || text === "false" ? "BOOL" : text === "null" ? "NULL" : "IDENT";
    return this.token(kind, start);
  }

  private digits(): number {
    let n = 0;
    while (isDecimal(this.peek())) {
      this.pos++;
      n++;
    }
    return n;
  }

  private number(start: number): Token {
    let kind: Kind = "NUMBER";
    if (this.peek() !== ".") this.digits();
    if (this.peek() === ".") {
      kind = "FLOAT";
      this.pos++;
      this.digits();
    }
    if (this.peek() === "e" || this.peek() === "E") {
      kind = "FLOAT";
      this.pos++;
      if (this.peek() === "+" || this.peek() === "-") this.pos++;
      if (this.digits() === 0) this.report(start, "exponent has no digits");
    }
    return this.token(kind, start);
  }

  private stringBody(start: number, until: string, escapes: boolean, multiline: boolean): void {
    for (;;) {
      const c = this.peek();
      if ((!multiline && c === "\n") || c === "") {
        this.report(start, "string literal not terminated");
        return;
      }
      this.pos++;
      if (c === until) return;
      if (escapes && c === "\\") this.escape();
    }
  }

  private escape(): void {
    const at = this.pos;
    const c = this.peek();
    let size: number;
    let base: number;
    let max: number;
    if ("abfnrtv\\\"'".includes(c) && c !== "") {
      this.pos++;
      return;
    }
    if (c >= "0" && c <= "7" && c !== "") [size, base, max] = [3, 8, 255];
    else if (c === "x") [size, base, max] = [2, 16, 255];
    else if (c === "u") [size, base, max] = [4, 16, 0x10ffff];
    else if (c === "U") [size, base, max] = [8, 16, 0x10ffff];
    else {
      this.report(at, c === "" ? "escape sequence not terminated" : "unknown escape sequence");
      return;
    }
    if (base === 16) this.pos++;
    let value = 0;
    for (; size > 0; size--) {
      const d = this.peek();
      const digit = d === "" ? 16 : parseInt(d, 16);
      if (Number.isNaN(digit) || digit >= base) {
        this.report(at, d === "" ? "escape sequence not terminated" : `illegal character ${describeRune(this.codePointAt(this.pos))} in escape sequence`);
        return;
      }
      value = value * base + digit;
      this.pos++;
    }
    if (value > max || (value >= 0xd800 && value < 0xe000)) this.report(at, "escape sequence is invalid Unicode code point");
  }

  /** Whether the comment starting at `pos` (after its `/`) and any comments following it reach the end of the line. */
  private commentRunsToLineEnd(): boolean {
    let i = this.pos;
    while (this.src[i] === "/" || this.src[i] === "*") {
      if (this.src[i] === "/") return true;
      i++;
      for (;;) {
        if (i >= this.src.length) return true;
        if (this.src[i] === "\n") return true;
        if (this.src[i] === "*" && this.src[i + 1] === "/") {
          i += 2;
          break;
        }
        i++;
      }
      while (this.src[i] === " " || this.src[i] === "\t" || this.src[i] === "\r") i++;
      if (i >= this.src.length || this.src[i] === "\n") return true;
      if (this.src[i] !== "/") return false;
      i++;
    }
    return false;
  }

  private comment(start: number): Token {
    if (this.peek() === "/") {
      while (this.pos < this.src.length && this.peek() !== "\n") this.pos++;
    } else {
      this.pos++;
      let closed = false;
      while (this.pos < this.src.length) {
        const c = this.src[this.pos++];
        if (c === "*" && this.peek() === "/") {
          this.pos++;
          closed = true;
          break;
        }
      }
      if (!closed) this.report(start, "block comment not terminated");
    }
    const text = this.src.slice(start, this.pos).replace(/\r/g, "");
    const tok = this.token("COMMENT", start, text);
    this.newlineEnds = false;
    return tok;
  }
}

function isDecimal(c: string): boolean {
  return c >= "0" && c <= "9" && c !== "";
}

function countNewlines(s: string): number {
  let n = 0;
  for (const c of s) if (c === "\n") n++;
  return n;
}

// ---------------------------------------------------------------------------
// Parser

/** Binding strength of binary operators; `^` is right-associative. */
const PRECEDENCE: Partial<Record<Kind, number>> = {
  "||": 1, "&&": 2, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
  "+": 4, "-": 4, "*": 5, "/": 5, "%": 5, "^": 6,
};

/** Tokens at which an unparsable expression stops swallowing the line. */
const EXPRESSION_END = new Set<Kind>(["TERMINATOR", ")", "}", "]", ","]);

/** An expression with the lines it starts and ends on, for layout decisions. */
interface Spanned {
  expr: Expr;
  offset: number;
  line: number;
  endLine: number;
}

interface Comment {
  text: string;
  line: number;
  endLine: number;
}

/** Comments found between two tokens, split by where the printer puts them. */
interface CommentSplit {
  /** On the line of the token before: printed after it on that line. */
  sameLine?: string;
  /** The rest, one per line; "" marks a blank line (before, between or after them). */
  lines: string[];
  /** Line of the last thing before the next token (token or comment). */
  lastLine: number;
}

class Parser {
  readonly errors: ParseError[] = [];
  readonly positions = new WeakMap<Statement, { line: number; column: number }>();
  private readonly lexer: Lexer;
  private tok!: Token;
  /** Comments read but not yet given a place in the tree. */
  private pendingComments: Comment[] = [];
  private lastErrorLine = -1;

  constructor(src: string) {
    this.lexer = new Lexer(src, (offset, message) => this.errorAt(offset, message));
    this.advance();
  }

  private errorAt(offset: number, message: string): void {
    this.errors.push({ line: this.lexer.lineOf(offset), column: this.lexer.columnOf(offset), message });
  }

  /** A parse error; only the first on a line is kept. */
  private fail(message: string): void {
    if (this.tok.line === this.lastErrorLine) return;
    this.lastErrorLine = this.tok.line;
    this.errorAt(this.tok.offset, message);
  }

  private advance(): void {
    this.tok = this.lexer.next();
    while (this.kind() === "COMMENT") {
      this.pendingComments.push({ text: this.tok.text, line: this.tok.line, endLine: this.tok.endLine });
      this.tok = this.lexer.next();
    }
  }

  /** The current token's kind (a method, so checks after `advance()` are not narrowed away). */
  private kind(): Kind {
    return this.tok.kind;
  }

  private expect(kind: Kind): Token {
    const tok = this.tok;
    if (tok.kind !== kind) this.fail(`expected ${kind}, got ${tok.kind}`);
    this.advance();
    return tok;
  }

  private skipTo(kinds: Set<Kind>): void {
    while (this.kind() !== "EOF" && !kinds.has(this.kind())) this.advance();
  }

  /**
   * Takes the comments read so far, given the line of the last token before them and
   * the line of the token after them.
   */
  private takeComments(afterLine: number, beforeLine: number, atEof = false): CommentSplit {
    const comments = this.pendingComments;
    this.pendingComments = [];
    const split: CommentSplit = { lines: [], lastLine: afterLine };
    let k = 0;
    const sameLine: string[] = [];
    while (k < comments.length && comments[k].line === afterLine) sameLine.push(comments[k++].text);
    if (sameLine.length > 0) {
      split.sameLine = sameLine.join(" ");
      split.lastLine = comments[k - 1].endLine;
    }
    for (; k < comments.length; k++) {
      // Nothing, not even a blank line, is written before the first comment of a file.
      const atFileStart = split.lines.length === 0 && afterLine === 0;
      if (comments[k].line - split.lastLine > 1 && !atFileStart) split.lines.push("");
      split.lines.push(comments[k].text);
      split.lastLine = comments[k].endLine;
    }
    const commented = split.lines.length > 0 || split.sameLine !== undefined;
    if (commented && !atEof && beforeLine - split.lastLine > 1) split.lines.push("");
    return split;
  }

  parseFile(): AlloyFile {
    const { body, trailing } = this.parseBody("EOF", 0);
    const file: AlloyFile = { body };
    if (trailing.length > 0) file.trailingComments = trailing;
    return file;
  }

  /**
   * Statements up to `until`. `openLine` is the line of the `{` (0 for a file); a comment
   * on that line is returned as the header comment.
   */
  private parseBody(until: Kind, openLine: number): { body: Statement[]; trailing: string[]; header?: string } {
    const body: Statement[] = [];
    let header: string | undefined;
    let prevEnd = openLine;
    while (this.kind() !== until && this.kind() !== "EOF") {
      const split = this.takeComments(prevEnd, this.tok.line);
      const start = this.tok.line;
      const startOffset = this.tok.offset;
      const parsed = this.parseStatement();
      if (parsed) {
        const { stmt, endLine } = parsed;
        this.positions.set(stmt, { line: start, column: this.lexer.columnOf(startOffset) });
        const previous = body[body.length - 1];
        if (split.sameLine !== undefined) {
          if (previous) previous.trailingComment = split.sameLine;
          else if (openLine > 0) header = split.sameLine;
        }
        this.placeLeading(stmt, split, body.length, start, prevEnd);
        body.push(stmt);
        prevEnd = endLine;
      }
      if (this.kind() === until) break;
      if (this.kind() !== "TERMINATOR") {
        this.fail(`expected TERMINATOR, got ${this.kind()}`);
        this.skipStatement();
      }
      this.advance();
    }
    const split = this.takeComments(prevEnd, this.tok.line, until === "EOF");
    if (split.sameLine !== undefined) {
      const previous = body[body.length - 1];
      if (previous) previous.trailingComment = split.sameLine;
      else if (openLine > 0) header = split.sameLine;
    }
    return { body, trailing: split.lines, header };
  }

  /** Sets the comments and the blank line that come before a statement. */
  private placeLeading(stmt: Statement, split: CommentSplit, index: number, start: number, prevEnd: number): void {
    const blankFirst = split.lines[0] === "";
    const comments = blankFirst ? split.lines.slice(1) : split.lines;
    if (comments.length > 0) {
      stmt.leadingComments = comments;
      stmt.blankLineBefore = blankFirst;
    } else if (split.sameLine !== undefined) {
      // After a comment ending the previous line only the source spacing counts.
      stmt.blankLineBefore = start - split.lastLine > 1;
    } else {
      stmt.blankLineBefore = index > 0 && (stmt.kind === "block" || start - prevEnd > 1);
    }
  }

  /** Skips the rest of a malformed statement: up to a line end outside any open pair of brackets. */
  private skipStatement(): void {
    const open: Record<string, number> = { "{": 0, "[": 0, "(": 0 };
    const opener: Partial<Record<Kind, string>> = { "{": "{", "}": "{", "[": "[", "]": "[", "(": "(", ")": "(" };
    while (this.kind() !== "EOF") {
      const k = this.kind();
      const pair = opener[k];
      if (pair) open[pair] += k === pair ? 1 : -1;
      if (k === "TERMINATOR" && Object.values(open).every((n) => n <= 0)) return;
      this.advance();
    }
  }

  private parseStatement(): { stmt: Statement; endLine: number } | undefined {
    if (this.kind() !== "IDENT") {
      this.fail(`expected identifier, got ${this.kind()}`);
      this.skipTo(new Set(["IDENT"]));
      return undefined;
    }
    const nameTok = this.tok;
    const fragments = [nameTok.text];
    this.advance();
    while (this.kind() === ".") {
      this.advance();
      if (this.kind() !== "IDENT") this.fail(`expected identifier, got ${this.kind()}`);
      fragments.push(this.tok.text);
      this.advance();
    }
    let label: string | undefined;
    let labelTok: Token | undefined;
    if (this.kind() !== "=" && this.kind() !== "{") {
      if (this.kind() === "STRING") {
        labelTok = this.tok;
        const lit = this.tok.text;
        if (!lit.startsWith('"')) this.fail(`expected block label to be a double quoted string, but got ${quoteString(lit)}`);
        if (lit.length > 2) {
          label = lit.slice(1, -1);
          if (!isIdentifier(label)) this.fail(`expected block label to be a valid identifier, but got ${quoteString(label)}`);
        }
      } else {
        this.fail(`expected block label, got ${this.kind()}`);
      }
      this.advance();
    }

    if (this.kind() === "=") {
      this.advance();
      if (fragments.length !== 1) {
        this.errorAt(nameTok.offset, `attribute names may only consist of a single identifier with no "."`);
      } else if (labelTok) {
        this.errorAt(labelTok.offset, "attribute names may not have labels");
      }
      const value = this.parseExpression();
      const attr: Attribute = { kind: "attribute", name: fragments[0], value: value.expr };
      return { stmt: attr, endLine: value.endLine };
    }
    if (this.kind() === "{") {
      const open = this.expect("{");
      const { body, trailing, header } = this.parseBody("}", open.line);
      const close = this.expect("}");
      const block: Block = { kind: "block", name: fragments.join("."), body };
      if (label !== undefined) block.label = label;
      if (header !== undefined) block.headerComment = header;
      if (trailing.length > 0) block.trailingComments = trailing;
      return { stmt: block, endLine: close.endLine };
    }
    if (fragments.length === 1 && labelTok === undefined) {
      this.fail(`expected attribute assignment or block body, got ${this.kind()}`);
    } else {
      this.fail(`expected block body, got ${this.kind()}`);
    }
    this.skipTo(new Set(["IDENT"]));
    return undefined;
  }

  private parseExpression(minPrecedence = 1): Spanned {
    let left = this.parsePower();
    for (;;) {
      const op = this.kind();
      const precedence = PRECEDENCE[op] ?? 0;
      if (precedence < minPrecedence || op === "^") return left;
      this.advance();
      const right = this.parseExpression(precedence + 1);
      left = { expr: { kind: "binary", op, left: left.expr, right: right.expr }, offset: left.offset, line: left.line, endLine: right.endLine };
    }
  }

  private parsePower(): Spanned {
    const base = this.parseUnary();
    if (this.kind() !== "^") return base;
    this.advance();
    const exponent = this.parsePower();
    return { expr: { kind: "binary", op: "^", left: base.expr, right: exponent.expr }, offset: base.offset, line: base.line, endLine: exponent.endLine };
  }

  private parseUnary(): Spanned {
    if (this.kind() === "!" || this.kind() === "-") {
      const op = this.tok;
      this.advance();
      const operand = this.parseUnary();
      return { expr: { kind: "unary", op: op.kind, operand: operand.expr }, offset: op.offset, line: op.line, endLine: operand.endLine };
    }
    let primary = this.parsePrimary();
    for (;;) {
      switch (this.kind()) {
        case ".": {
          this.advance();
          const name = this.expect("IDENT");
          primary = { ...primary, expr: { kind: "access", target: primary.expr, field: name.text }, endLine: name.endLine };
          continue;
        }
        case "[": {
          this.advance();
          const index = this.parseExpression();
          const close = this.expect("]");
          primary = { ...primary, expr: { kind: "index", target: primary.expr, index: index.expr }, endLine: close.endLine };
          continue;
        }
        case "(": {
          const open = this.expect("(");
          const list = this.parseList(")", open.line);
          const close = this.expect(")");
          primary = {
            ...primary,
            expr: { kind: "call", callee: primary.expr, args: list.elements, ...list.layout(close.line) },
            endLine: close.endLine,
          };
          continue;
        }
        case "STRING":
        case "{":
          this.rejectBlockAsExpression(primary);
          return primary;
      }
      return primary;
    }
  }

  /** `attr = name "label" { ... }`: parse the block to report it as a whole. */
  private rejectBlockAsExpression(primary: Spanned): void {
    if (this.kind() === "STRING") this.advance();
    if (this.expect("{").kind !== "{") {
      this.skipStatement();
      return;
    }
    this.parseBody("}", this.tok.line);
    if (this.expect("}").kind !== "}") {
      this.skipStatement();
      return;
    }
    this.errorAt(primary.offset, "cannot use a block as an expression");
  }

  private parsePrimary(): Spanned {
    const tok = this.tok;
    const at = (expr: Expr, endLine = tok.endLine): Spanned => ({ expr, offset: tok.offset, line: tok.line, endLine });
    switch (tok.kind) {
      case "IDENT":
        this.advance();
        return at({ kind: "ident", name: tok.text });
      case "STRING": {
        this.advance();
        const raw = tok.text.startsWith("`");
        return at({ kind: "string", value: unquote(tok.text), source: tok.text, ...(raw ? { raw } : {}) });
      }
      case "NUMBER":
      case "FLOAT":
        this.advance();
        return at({ kind: "number", text: tok.text });
      case "BOOL":
        this.advance();
        return at({ kind: "bool", value: tok.text === "true" });
      case "NULL":
        this.advance();
        return at({ kind: "null" });
      case "(": {
        this.advance();
        const inner = this.parseExpression();
        const close = this.expect(")");
        return at({ kind: "paren", inner: inner.expr }, close.endLine);
      }
      case "[": {
        this.advance();
        const list = this.parseList("]", tok.line);
        const close = this.expect("]");
        return at({ kind: "array", elements: list.elements, ...list.layout(close.line) }, close.endLine);
      }
      case "{": {
        this.advance();
        const object = this.parseObject(tok.line);
        return at(object.expr, object.endLine);
      }
    }
    this.fail(`expected expression, got ${tok.kind}`);
    this.skipTo(EXPRESSION_END);
    return at({ kind: "null" });
  }

  /** Elements of an array or the arguments of a call, with their line layout and comments. */
  private parseList(close: Kind, openLine: number) {
    const elements: ArrayElement[] = [];
    let openComment: string | undefined;
    let prevEnd = openLine;
    while (this.kind() !== close && this.kind() !== "EOF") {
      const split = this.takeComments(prevEnd, this.tok.line);
      if (split.sameLine !== undefined) {
        if (elements.length > 0) elements[elements.length - 1].trailingComment = split.sameLine;
        else openComment = split.sameLine;
      }
      const value = this.parseExpression();
      const element: ArrayElement = { value: value.expr, newlineBefore: value.line !== prevEnd };
      if (split.lines.length > 0) element.leadingComments = split.lines;
      elements.push(element);
      prevEnd = value.endLine;
      if (this.kind() === close) break;
      if (this.kind() !== ",") this.fail("missing ',' in expression list");
      this.advance();
    }
    const split = this.takeComments(prevEnd, this.tok.line);
    if (split.sameLine !== undefined) {
      if (elements.length > 0) elements[elements.length - 1].trailingComment = split.sameLine;
      else openComment = split.sameLine;
    }
    const lastEnd = prevEnd;
    return {
      elements,
      layout: (closeLine: number) => ({
        closeOnNewLine: closeLine !== lastEnd,
        ...(openComment !== undefined ? { openComment } : {}),
        ...(split.lines.length > 0 ? { trailingComments: split.lines } : {}),
      }),
    };
  }

  private parseObject(openLine: number): { expr: Expr; endLine: number } {
    const fields: ObjectField[] = [];
    let openComment: string | undefined;
    // Upstream measures a field's line break from the previous field's key, not its value.
    let prevKeyLine = openLine;
    let prevEnd = openLine;
    while (this.kind() !== "}" && this.kind() !== "EOF") {
      const split = this.takeComments(prevEnd, this.tok.line);
      if (split.sameLine !== undefined) {
        if (fields.length > 0) fields[fields.length - 1].trailingComment = split.sameLine;
        else openComment = split.sameLine;
      }
      const keyTok = this.tok;
      const field: ObjectField = { key: "", value: { kind: "null" }, newlineBefore: keyTok.line !== prevKeyLine };
      if (keyTok.kind === "STRING" || keyTok.kind === "IDENT") {
        // A quoted key keeps its spelling between the quotes, as Alloy's formatter does.
        if (keyTok.kind === "STRING" && keyTok.text.length > 2) {
          field.key = keyTok.text.slice(1, -1);
          field.quoted = true;
        } else {
          field.key = keyTok.text;
        }
        this.advance();
      } else {
        this.fail(`expected field name (string or identifier), got ${keyTok.kind}`);
        this.skipTo(new Set(["="]));
      }
      this.expect("=");
      const value = this.parseExpression();
      field.value = value.expr;
      if (split.lines.length > 0) field.leadingComments = split.lines;
      fields.push(field);
      prevKeyLine = keyTok.endLine;
      prevEnd = value.endLine;
      if (this.kind() === "}") break;
      if (this.kind() !== ",") this.fail("missing ',' in field list");
      this.advance();
    }
    const split = this.takeComments(prevEnd, this.tok.line);
    if (split.sameLine !== undefined) {
      if (fields.length > 0) fields[fields.length - 1].trailingComment = split.sameLine;
      else openComment = split.sameLine;
    }
    const close = this.expect("}");
    const expr: Expr = {
      kind: "object",
      fields,
      closeOnNewLine: close.line !== prevKeyLine,
      ...(openComment !== undefined ? { openComment } : {}),
      ...(split.lines.length > 0 ? { trailingComments: split.lines } : {}),
    };
    return { expr, endLine: close.endLine };
  }
}
