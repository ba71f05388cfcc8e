// The common shape of a config file, composed straight from the `yaml` package's lexer
// tokens: block mappings and sequences, flow collections, plain, quoted and block scalars,
// anchors and aliases, comments. Building the package's concrete syntax tree and then its
// Document takes over six times as long as lexing (bench/yaml-layers.mjs), and a big
// config is mostly this shape. Anything else (tags, explicit keys, directives, more than
// one document, tabs, lone CR line ends, anything the package would report as an error)
// returns undefined, and the caller parses the text with the package's Document API as
// before, so the package still decides every refusal and its words.
//
// The nodes are the package's own (Scalar, YAMLMap, YAMLSeq, Pair, Alias), with the values,
// scalar types, sources, formats and start offsets its composer gives them; the line
// counter gets the same line starts. test/yaml-fast-compose.test.ts compares both ways on
// every config the project has and on mutations of them.

import { Alias, CST, Document, Lexer, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq, isScalar, type Node } from "yaml";

type Collection = YAMLMap | YAMLSeq;
type ScalarTag = { default?: boolean | "key"; test?: RegExp; format?: string; resolve(value: string, onError: (msg: string) => void, options: object): unknown };

/** First characters the package refuses for a plain scalar. */
const BAD_PLAIN_START = new Set(["\t", ",", "%", "|", ">", "@", "`"]);
/** First characters of the texts the null, bool, int, float, timestamp and merge tags of YAML 1.1 and 1.2 match. */
const TAGGED_START = new Set([..."~nNyYtTfFoO0123456789+-.<"]);

/**
 * libyaml's nesting limit, which it holds for block and flow collections each. Past it the
 * document is left to the package's path, which refuses it with libyaml's error; so a
 * document composed here needs no nesting scan.
 */
const MAX_FAST_DEPTH = 10_000;

/** Collections one line may open inside one another (`- - - x`, `- a: - b`). */
const MAX_NESTED_ON_LINE = 500;

/** A line end as the lexer gives it: LF, or CR LF (a lone CR is left to the package). */
function isNewline(token: string | undefined): boolean {
  return token === "\n" || token === "\r\n";
}

/** Thrown to give up on the fast path; the caller falls back to the Document API. */
class Unusual extends Error {}
const unusual = new Unusual();

/** A block collection being filled, with the column its entries start at. */
interface Frame {
  node: Collection;
  indent: number;
  /** A mapping's key, or a sequence's `-`, whose value has not come yet. */
  pending: Pair | "item" | undefined;
  /** Where the pending entry's indicator ended: an empty value is placed there. */
  emptyAt: number;
  /** An anchor written after the indicator, for a value on the lines below (`key: &a`). */
  anchor?: string;
}

/** The Document options of the two Go YAML libraries upstream reads with. */
export type ComposeOptions = { version: "1.1"; uniqueKeys: false } | { version: "1.2"; merge: true; uniqueKeys: true };
/** yaml.v2 (Prometheus, Promtail, static mode): YAML 1.1, repeated keys allowed. */
export const YAML_V2: ComposeOptions = { version: "1.1", uniqueKeys: false };
/** go-yaml v3 (the Collector): YAML 1.2 with merge keys, a repeated key refused. */
export const YAML_V3: ComposeOptions = { version: "1.2", merge: true, uniqueKeys: true };

export function composeFast(text: string, lines: LineCounter, options: ComposeOptions = YAML_V2): Document | undefined {
  // Characters whose handling differs in ways this path does not model.
  if (/[\t\ufeff]|\r(?!\n)/.test(text)) return undefined;
  try {
    return new FastComposer(text, options).compose(lines);
  } catch (e) {
    if (e instanceof Unusual) return undefined;
    throw e;
  }
}

class FastComposer {
  /** The cursor: the index of the token being read. */
  private i = 0;
  // The lexer's tokens through a window: only the few ahead of the cursor and behind it are
  // kept, so that a big file's half million tokens die young.
  private readonly lexer: Generator<string>;
  private window: string[] = [];
  private windowOffsets: number[] = [];
  /** The token index of window[0]. */
  private base = 0;
  private nextOffset = 0;
  private readonly doc: Document;
  private readonly tags: ScalarTag[];
  private readonly stringTag: ScalarTag;
  /** With unique keys, each open mapping's key values, to leave a repeated key to the package. */
  private readonly keysSeen: WeakMap<YAMLMap, Set<unknown>> | undefined;
  private readonly frames: Frame[] = [];
  private nestedOnLine = 0;
  private root: Node | null | undefined = undefined;
  private lineStart = 0;

  constructor(
    private readonly text: string,
    options: ComposeOptions,
  ) {
    this.lexer = new Lexer().lex(text);
    this.doc = new Document(undefined, { ...options, prettyErrors: false });
    this.tags = this.doc.schema.tags as unknown as ScalarTag[];
    this.stringTag = (this.doc.schema as unknown as Record<symbol, ScalarTag>)[Symbol.for("yaml.scalar")];
    this.keysSeen = options.uniqueKeys ? new WeakMap() : undefined;
  }

  /** A key added to a mapping; a repeated one (the package's test: the same scalar value) is left to the package. */
  private addKey(map: YAMLMap, key: Scalar): void {
    if (!this.keysSeen) return;
    let seen = this.keysSeen.get(map);
    if (!seen) this.keysSeen.set(map, (seen = new Set()));
    if (seen.has(key.value)) throw unusual;
    seen.add(key.value);
  }

  /** The token at the cursor, where content must be. */
  private current(): string {
    const token = this.tok(this.i);
    if (token === undefined) throw unusual;
    return token;
  }

  /** The token at index k (undefined past the end). */
  private tok(k: number): string | undefined {
    this.fillTo(k);
    return this.window[k - this.base];
  }

  /** Where the token at index k starts in the text (the text's length past the end). */
  private off(k: number): number {
    this.fillTo(k);
    return this.windowOffsets[k - this.base] ?? this.text.length;
  }

  private fillTo(k: number): void {
    while (k - this.base >= this.window.length) {
      const next = this.lexer.next();
      if (next.done) return;
      const token = next.value;
      if (this.window.length > 4096 && this.i - this.base > 4000) {
        // Keep a few tokens behind the cursor (a comment looks at the one before it).
        const drop = this.i - this.base - 8;
        this.window = this.window.slice(drop);
        this.windowOffsets = this.windowOffsets.slice(drop);
        this.base += drop;
      }
      this.window.push(token);
      this.windowOffsets.push(this.nextOffset);
      // The lexer's control tokens (document and scalar markers) take no room in the text.
      if (token !== "\x02" && token !== "\x1f" && token !== "\x18") this.nextOffset += token.length;
    }
  }

  compose(lines: LineCounter): Document | undefined {
    // Comments and blank lines may come before the document starts; `---` may start it.
    let started = false;
    for (let token = this.tok(this.i); token !== undefined; token = this.tok(this.i)) {
      if (token === "\x02" && !started) {
        started = true;
        this.i++;
        if (this.tok(this.i) === "---") this.i++;
        continue;
      }
      if (isNewline(token)) {
        this.i++;
        this.lineStart = this.off(this.i);
        continue;
      }
      if (this.trivia(token)) continue;
      this.lineContent();
    }
    while (this.frames.length > 0) this.close();
    if (this.root === undefined) throw unusual;
    this.doc.contents = this.root as never;
    lines.addNewLine(0);
    for (let at = this.text.indexOf("\n"); at !== -1; at = this.text.indexOf("\n", at + 1)) lines.addNewLine(at + 1);
    return this.doc;
  }

  /** Steps over spaces or a comment at the cursor; false for anything else. */
  private trivia(token: string): boolean {
    if (token[0] === " ") this.i++;
    else if (token[0] === "#") this.comment();
    else return false;
    return true;
  }

  /** A comment must follow white space (or start the text). */
  private comment(): void {
    const before = this.tok(this.i - 1) ?? "\n";
    if (this.i > 1 && !isNewline(before) && before !== "---" && before[0] !== " ") throw unusual;
    this.i++;
  }

  /** The first content of a line: closes what it dedents, then starts an entry or a value. */
  private lineContent(): void {
    this.nestedOnLine = 0;
    const column = this.off(this.i) - this.lineStart;
    const token = this.current();
    const isItem = token === "-";
    // Whether this line starts a mapping entry (`key:`), an item, or a bare value.
    const keyed = !isItem && this.startsKey();
    for (let top = this.frames.at(-1); top; top = this.frames.at(-1)) {
      if (top.indent > column) {
        this.close();
        continue;
      }
      // A sequence at its mapping key's own column ends where the mapping's next key starts.
      if (top.indent === column && top.node instanceof YAMLSeq && !isItem && this.frames.length > 1) {
        this.close();
        continue;
      }
      break;
    }
    const top = this.frames.at(-1);
    if (!top) {
      if (this.root !== undefined) throw unusual;
      if (isItem) return this.open("sequence", column, (node) => (this.root = node));
      if (keyed) return this.open("mapping", column, (node) => (this.root = node));
      this.root = this.value(-1);
      return this.endOfLine();
    }
    if (top.indent === column) {
      if (isItem && top.node instanceof YAMLSeq) return this.item(top);
      if (isItem && top.pending instanceof Pair) return this.open("sequence", column, (node) => this.fill(top, node));
      if (keyed && top.node instanceof YAMLMap) return this.entry(top);
      throw unusual;
    }
    if (!top.pending) throw unusual;
    if (isItem) return this.open("sequence", column, (node) => this.fill(top, node));
    if (keyed) return this.open("mapping", column, (node) => this.fill(top, node));
    this.fill(top, this.value(top.indent));
    this.endOfLine();
  }

  /** Ends the innermost block collection: an entry still waiting gets its empty value. */
  private close(): void {
    const frame = this.frames.pop()!;
    if (frame.pending) this.fillEmpty(frame);
    const { node } = frame;
    const end = this.off(this.i);
    node.range = [node.range![0], end, end];
  }

  private fill(frame: Frame, value: Node): void {
    const pending = frame.pending;
    if (pending instanceof Pair) pending.value = value;
    else if (pending) (frame.node as YAMLSeq).items.push(value);
    else throw unusual;
    if (frame.anchor !== undefined) (value as Scalar).anchor = frame.anchor;
    frame.pending = undefined;
    frame.anchor = undefined;
  }

  /** The pending entry gets no value: an empty one (an anchored empty value is left to the package). */
  private fillEmpty(frame: Frame): void {
    if (frame.anchor !== undefined) throw unusual;
    this.fill(frame, this.empty(frame.emptyAt));
  }

  /** A block sequence (at a `-`) or mapping (at a key) starting at `column`, and its first entry. */
  private open(kind: "sequence" | "mapping", column: number, place: (node: Node) => void): void {
    if (this.frames.length >= MAX_FAST_DEPTH) throw unusual;
    const node = kind === "sequence" ? new YAMLSeq(this.doc.schema) : new YAMLMap(this.doc.schema);
    node.range = [this.off(this.i), 0, 0];
    place(node);
    const frame: Frame = { node, indent: column, pending: undefined, emptyAt: 0 };
    this.frames.push(frame);
    if (kind === "sequence") this.item(frame);
    else this.entry(frame);
  }

  /** `-` and what follows it on its line. */
  private item(frame: Frame): void {
    if (frame.pending) this.fillEmpty(frame);
    this.i++;
    frame.pending = "item";
    frame.emptyAt = this.skipSpaces();
    this.inlineValue(frame);
  }

  /** `key:` and what follows it on its line. */
  private entry(frame: Frame): void {
    if (frame.pending) this.fillEmpty(frame);
    const key = this.scalar(true);
    const keySource = this.text.slice(key.range![0], this.off(this.i));
    // Implicit keys are on one line and at most 1,024 characters long.
    if (keySource.includes("\n") || keySource.length > 1024) throw unusual;
    while (this.tok(this.i)?.[0] === " ") this.i++;
    if (this.tok(this.i) !== ":") throw unusual;
    this.i++;
    const pair = new Pair(key);
    this.addKey(frame.node as YAMLMap, key);
    (frame.node as YAMLMap).items.push(pair);
    frame.pending = pair;
    frame.emptyAt = this.skipSpaces();
    this.inlineValue(frame);
  }

  /** What follows an indicator on its own line: a nested item or entry, a value, or nothing. */
  private inlineValue(frame: Frame): void {
    const token = this.current();
    if (token === undefined || isNewline(token) || token[0] === "#") return;
    if (token[0] === "&") {
      let j = this.i + 1;
      while (this.tok(j)?.[0] === " ") j++;
      const next = this.tok(j);
      if (next !== undefined && !isNewline(next) && next[0] !== "#") {
        this.fill(frame, this.value(frame.indent));
        return this.endOfLine();
      }
      // The anchor is for the value on the lines below.
      const anchor = token.slice(1);
      if (anchor === "") throw unusual;
      frame.anchor = anchor;
      this.i++;
      return this.endOfLine();
    }
    if (token[0] === "|" || token[0] === ">") return this.fill(frame, this.blockScalar(frame.indent));
    const column = this.off(this.i) - this.lineStart;
    // Collections opened on one line (`- - - x`) recurse here: a line of them past this is
    // left to the package.
    if ((token === "-" || this.startsKey()) && ++this.nestedOnLine > MAX_NESTED_ON_LINE) throw unusual;
    if (token === "-") {
      if (!(frame.pending instanceof Pair)) return this.open("sequence", column, (node) => this.fill(frame, node));
      throw unusual; // `key: - x` is an error
    }
    if (this.startsKey()) {
      if (frame.pending instanceof Pair) throw unusual; // `a: b: c` is an error
      return this.open("mapping", column, (node) => this.fill(frame, node));
    }
    this.fill(frame, this.value(frame.indent));
    this.endOfLine();
  }

  /** Whether the content at the cursor is an implicit key: a scalar followed by `:` on its line. */
  private startsKey(): boolean {
    let j = this.i;
    const token = this.current();
    if (token === "\x1f") j += 2;
    else if (token[0] === '"' || token[0] === "'") j += 1;
    else return false;
    while (this.tok(j)?.[0] === " ") j++;
    return this.tok(j) === ":";
  }

  /** Spaces after an indicator; where an empty value would be placed. */
  private skipSpaces(): number {
    while (this.tok(this.i)?.[0] === " ") this.i++;
    return this.off(this.i);
  }

  /** After a value, only spaces and a comment may be left on the line. */
  private endOfLine(): void {
    for (let token = this.tok(this.i); token !== undefined; token = this.tok(this.i)) {
      if (isNewline(token)) return;
      if (!this.trivia(token)) throw unusual;
    }
  }

  /** A value in block context: a scalar, an alias, an anchored scalar or a flow collection. */
  private value(parentIndent: number): Node {
    const token = this.current();
    if (token === "[" || token === "{") return this.flow(parentIndent);
    if (token[0] === "*") return this.alias();
    if (token[0] === "&") {
      const anchor = token.slice(1);
      this.i++;
      if (this.tok(this.i)?.[0] !== " ") throw unusual;
      this.i++;
      const next = this.tok(this.i);
      if (next !== "\x1f" && next?.[0] !== '"' && next?.[0] !== "'" && next !== "[" && next !== "{") throw unusual;
      if ((next === "\x1f" || next[0] === '"' || next[0] === "'") && this.startsKey()) throw unusual;
      const node = next === "[" || next === "{" ? this.flow(parentIndent) : this.scalar(false);
      if (anchor === "") throw unusual;
      (node as Scalar).anchor = anchor;
      return node;
    }
    return this.scalar(false);
  }

  private alias(): Node {
    const token = this.current();
    const name = token.slice(1);
    if (name === "" || name.endsWith(":")) throw unusual;
    const alias = new Alias(name);
    const start = this.off(this.i);
    alias.range = [start, start + token.length, start + token.length];
    this.i++;
    return alias as unknown as Node;
  }

  /** A plain or quoted scalar at the cursor, resolved as the composer resolves it. */
  private scalar(atKey: boolean): Scalar {
    let token = this.current();
    let type: "scalar" | "single-quoted-scalar" | "double-quoted-scalar";
    if (token === "\x1f") {
      this.i++;
      token = this.current();
      type = "scalar";
      if (isNewline(token)) throw unusual;
    } else if (token[0] === '"') type = "double-quoted-scalar";
    else if (token[0] === "'") type = "single-quoted-scalar";
    else throw unusual;
    const offset = this.off(this.i);
    this.i++;
    let value: string;
    let range: [number, number, number];
    let scalarType: Scalar.Type;
    if (type === "scalar" && !token.includes("\n") && !BAD_PLAIN_START.has(token[0])) {
      // One line of plain text is its own value (the lexer leaves no spaces around it).
      value = token;
      range = [offset, offset + token.length, offset + token.length];
      scalarType = "PLAIN";
    } else {
      let failed = false;
      const resolved = CST.resolveAsScalar({ type, offset, indent: 0, source: token }, false, () => (failed = true));
      if (failed) throw unusual;
      value = resolved.value;
      range = resolved.range;
      scalarType = resolved.type as Scalar.Type;
    }
    const tag = type === "scalar" ? this.tagFor(value, atKey) : this.stringTag;
    const scalar = this.resolve(tag, value);
    scalar.range = range;
    scalar.source = value;
    scalar.type = scalarType;
    return scalar;
  }

  /** The node a tag makes of a value, with the tag's format. */
  private resolve(tag: ScalarTag, value: string): Scalar {
    if (tag === this.stringTag) return new Scalar(value);
    let failed = false;
    const result = tag.resolve(value, () => (failed = true), this.doc.options);
    if (failed) throw unusual;
    const scalar = isScalar(result) ? result : new Scalar(result);
    if (tag.format) scalar.format = tag.format;
    return scalar;
  }

  /** The first default tag whose test the text passes, as the composer picks it. */
  private tagFor(value: string, atKey: boolean): ScalarTag {
    // Every YAML 1.1 tag's test needs one of these first characters (or an empty text).
    if (value !== "" && !TAGGED_START.has(value[0])) return this.stringTag;
    for (const tag of this.tags) if ((tag.default === true || (atKey && tag.default === "key")) && tag.test?.test(value)) return tag;
    return this.stringTag;
  }

  /**
   * A literal or folded block scalar: its header, what follows the header on its line, and
   * its content lines, resolved as the composer resolves them (`indent` is the column of
   * the collection it is a value in, as the parser gives it). Leaves the cursor at the start
   * of the line after its content.
   */
  private blockScalar(indent: number): Scalar {
    const offset = this.off(this.i);
    const props: { type: string; offset: number; indent: number; source: string }[] = [];
    props.push({ type: "block-scalar-header", offset, indent, source: this.current() });
    this.i++;
    for (let token = this.tok(this.i); !isNewline(token); token = this.tok(this.i)) {
      if (token === undefined) throw unusual;
      if (token[0] === " ") props.push({ type: "space", offset: this.off(this.i), indent, source: token });
      else if (token[0] === "#") props.push({ type: "comment", offset: this.off(this.i), indent, source: token });
      else throw unusual;
      this.i++;
    }
    props.push({ type: "newline", offset: this.off(this.i), indent, source: this.current() });
    this.i++;
    this.lineStart = this.off(this.i);
    let source = "";
    if (this.tok(this.i) === "\x1f") {
      this.i++;
      source = this.current();
      this.i++;
      // The content ends its last line; the lexer goes on from the next one.
      if (source.endsWith("\n")) this.lineStart = this.off(this.i);
    }
    let failed = false;
    const token = { type: "block-scalar", offset, indent, props, source } as Parameters<typeof CST.resolveAsScalar>[0];
    const resolved = CST.resolveAsScalar(token, true, () => (failed = true));
    if (failed || !resolved || resolved.type === null) throw unusual;
    const scalar = new Scalar(resolved.value);
    scalar.range = resolved.range;
    scalar.source = resolved.value;
    scalar.type = resolved.type as Scalar.Type;
    return scalar;
  }

  /** An empty value, resolved from `''` like any plain scalar (null in YAML 1.1). */
  private empty(at: number): Scalar {
    const scalar = this.resolve(this.tagFor("", false), "");
    scalar.range = [at, at, at];
    scalar.source = "";
    scalar.type = "PLAIN";
    return scalar;
  }

  /**
   * A flow collection and everything in it. Lines it continues on must be indented past
   * its parent block's column; a pair inside a flow sequence, a missing comma, a key
   * without `:` in a flow mapping and the like are left to the package.
   */
  private flow(parentIndent: number): Node {
    // emptyAt: where a value left empty is placed (after the `:` and the spaces on its line).
    type Open = { node: Collection; pair?: Pair; expectValue: boolean; afterComma: boolean; empty: boolean; emptyAt: number };
    const stack: Open[] = [];
    let result: Node | undefined;
    const put = (node: Node) => {
      const open = stack[stack.length - 1];
      if (!open) {
        result = node;
        return;
      }
      if (open.node instanceof YAMLSeq) {
        if (!open.afterComma && !open.empty) throw unusual;
        open.node.items.push(node);
      } else if (open.pair && open.expectValue) {
        open.pair.value = node;
        open.expectValue = false;
      } else throw unusual;
      open.afterComma = false;
      open.empty = false;
    };
    const begin = (closer: string) => {
      const node = closer === "]" ? new YAMLSeq(this.doc.schema) : new YAMLMap(this.doc.schema);
      node.flow = true;
      node.range = [this.off(this.i), 0, 0];
      this.i++;
      return { node, expectValue: false, afterComma: true, empty: true, emptyAt: 0 } as Open;
    };
    while (result === undefined) {
      const token = this.current();
      if (token === undefined) throw unusual;
      if (isNewline(token)) {
        this.i++;
        this.lineStart = this.off(this.i);
        const lead = this.tok(this.i);
        const indent = lead?.[0] === " " ? lead.length : 0;
        if (indent <= parentIndent) throw unusual;
        continue;
      }
      if (this.trivia(token)) continue;
      const open = stack[stack.length - 1];
      if (token === "[" || token === "{") {
        if (open && open.node instanceof YAMLMap && !open.expectValue) throw unusual; // a collection as a key
        if (this.frames.length + stack.length >= MAX_FAST_DEPTH) throw unusual;
        const child = begin(token === "[" ? "]" : "}");
        stack.push(child);
        continue;
      }
      if (token === "]" || token === "}") {
        if (!open || (token === "]") !== open.node instanceof YAMLSeq) throw unusual;
        if (open.pair && open.expectValue) {
          open.pair.value = this.empty(open.emptyAt);
          open.expectValue = false;
        } else if (open.pair && open.pair.value === null) {
          throw unusual; // `{a}`: a key without `:`
        }
        this.i++;
        const end = this.off(this.i);
        open.node.range = [open.node.range![0], end, end];
        stack.pop();
        put(open.node);
        continue;
      }
      if (!open) throw unusual;
      if (token === ",") {
        if (open.afterComma) throw unusual; // `[,]` or `[a,,b]`
        if (open.pair && open.expectValue) open.pair.value = this.empty(open.emptyAt);
        else if (open.pair && open.pair.value === null) throw unusual;
        open.pair = undefined;
        open.expectValue = false;
        open.afterComma = true;
        this.i++;
        continue;
      }
      if (open.node instanceof YAMLMap) {
        if (token === ":") {
          if (!open.pair || open.expectValue || open.pair.value !== null) throw unusual;
          open.expectValue = true;
          const after = this.tok(this.i + 1);
          open.emptyAt = this.off(this.i + 1) + (after?.[0] === " " ? after.length : 0);
          this.i++;
          continue;
        }
        if (!open.expectValue) {
          if (!open.afterComma || open.pair) throw unusual;
          const key = token[0] === "*" || token[0] === "&" ? undefined : this.scalar(true);
          if (!key) throw unusual;
          open.pair = new Pair(key);
          this.addKey(open.node, key);
          open.node.items.push(open.pair);
          open.afterComma = false;
          open.empty = false;
          continue;
        }
        put(this.flowValue());
        continue;
      }
      if (token === ":") throw unusual; // a pair in a flow sequence
      put(this.flowValue());
      // `[a: b]` makes a pair of the item: left to the package.
      let j = this.i;
      while (this.tok(j)?.[0] === " ") j++;
      if (this.tok(j) === ":") throw unusual;
    }
    return result;
  }

  private flowValue(): Node {
    const token = this.current();
    if (token[0] === "*") return this.alias();
    if (token[0] === "&") throw unusual;
    return this.scalar(false);
  }
}
