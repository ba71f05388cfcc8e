// Source-format schemas as data: each YAML type a source program reads, with the Go type
// name its errors mention, its defaults and its load-time validation. Decoding follows
// Go's strict YAML decoding: type mismatches and unknown fields are collected with their
// line ("line 7: field x not found in type config.plain"); a failed validation stops the
// whole load with its message, as a Go UnmarshalYAML error does.

import { isMap, isScalar, isSeq, isAlias, type Alias, type Node, type Document, type LineCounter, type Pair, Scalar } from "yaml";
import type { SourceLocation } from "../../diagnostics.js";
import { BINARY_TAG, binaryScalarText } from "./binary.js";
import { goQuote } from "../shared/go-format.js";
import { AliasBudget, anchorTable, EXCESSIVE_ALIASING, walkIteratively } from "./limits.js";

export class DecodeFailure extends Error {
  /** Where the refused value stands; without a column the diagnostic points at the line's start. */
  constructor(message: string, readonly line?: number, readonly column?: number) {
    super(message);
  }

  /** A function that stops the load with its text, at `line`: the `fail` of a validation. */
  static thrower(line?: number): (text: string) => never {
    return (text) => {
      throw new DecodeFailure(text, line);
    };
  }

  /** A failure at a located key or struct (`locationOf`), falling back to a line. */
  static at(message: string, location: SourceLocation | undefined, line?: number): DecodeFailure {
    return new DecodeFailure(message, location?.line ?? line, location?.column);
  }
}

export interface DecodeContext {
  doc: Document;
  lines: LineCounter;
  /** Collected type errors, already formatted as `line N: …`. */
  typeErrors: { line: number; column: number; text: string }[];
  /** Alias targets and expansion counts, made on first use (see aliasState). */
  aliases?: AliasState;
}

interface AliasState {
  targets: Map<Alias, Node | undefined>;
  budget: AliasBudget;
  /** Aliases being expanded, so that an anchor containing itself is refused, not followed forever. */
  expanding: Set<Alias>;
}

/** Thrown when aliases expand past Go's limit; the detail names the limit. */
export class ExcessiveAliasing extends DecodeFailure {
  constructor(readonly detail: string) {
    super("yaml: " + EXCESSIVE_ALIASING);
  }
}

export interface SourceType<T> {
  /** The Go type name used in `cannot unmarshal … into <name>`. */
  readonly goName: string;
  /** Go's zero value, which an explicit YAML null sets (overriding a default); absent for nil-able types. */
  readonly zero?: T;
  decode(node: Node | null, ctx: DecodeContext): T | undefined;
}

export type Infer<S> = S extends SourceType<infer T> ? T : never;

const KEY_POSITIONS = Symbol("keyPositions");
const OWN_POSITION = Symbol("position");

/**
 * Where a struct's keys stand, kept as offsets: a big config has hundreds of thousands of
 * keys and few are ever asked for, so a key's line and column are found when asked.
 */
interface KeyOffsets {
  offsets: Record<string, number>;
  lines: LineCounter;
}

type Positioned = { [KEY_POSITIONS]?: KeyOffsets; [OWN_POSITION]?: SourceLocation };

/** Where a decoded struct, or one of its keys, stands in the YAML. */
export function locationOf(obj: object | undefined, key?: string): SourceLocation | undefined {
  if (!obj) return undefined;
  const located = obj as Positioned;
  if (key === undefined) return located[OWN_POSITION];
  const keys = located[KEY_POSITIONS];
  if (!keys || !Object.prototype.hasOwnProperty.call(keys.offsets, key)) return undefined;
  const { line, col } = keys.lines.linePos(keys.offsets[key]);
  return { line, column: col };
}

/** The YAML line of a decoded struct, or of one of its keys. */
export function lineOf(obj: object | undefined, key?: string): number | undefined {
  return locationOf(obj, key)?.line;
}

export function nodePosition(node: Node | null | undefined, ctx: DecodeContext): SourceLocation {
  const { line, col } = ctx.lines.linePos(node?.range?.[0] ?? 0);
  return { line, column: col };
}

export function nodeLine(node: Node | null | undefined, ctx: DecodeContext): number {
  return nodePosition(node, ctx).line;
}

function aliasState(ctx: DecodeContext): AliasState {
  if (!ctx.aliases) {
    const doc = ctx.doc ?? { contents: null };
    let targets: Map<Alias, Node | undefined> | undefined;
    // Every decoded value is counted here, but only an alias needs the anchor table, a
    // walk of the whole document: it is made when the first alias is resolved.
    ctx.aliases = {
      get targets() {
        return (targets ??= anchorTable(doc));
      },
      budget: new AliasBudget(),
      expanding: new Set(),
    };
  }
  return ctx.aliases;
}

/** The node an alias stands for (through aliases of aliases), from a table made once per document. */
export function resolve(node: Node | null, ctx: DecodeContext): Node | null {
  let n = node;
  for (let depth = 0; n && isAlias(n) && depth < 100; depth++) {
    const state = aliasState(ctx);
    // A node built after the table (by a caller's own Document) is looked up the slow way.
    n = (state.targets.has(n) ? state.targets.get(n) : (n.resolve(ctx.doc) as Node | undefined)) ?? null;
  }
  return n;
}

/**
 * Decodes one value as yaml.v2's decoder steps into it: counted, and through an alias
 * counted as aliased for as long as the alias is being expanded, so that nested aliases
 * cannot multiply the work past Go's limit (AliasBudget).
 */
export function decodeNode<R>(raw: Node | null, ctx: DecodeContext, decode: (node: Node | null) => R): R {
  const state = aliasState(ctx);
  if (!state.budget.count()) throw new ExcessiveAliasing(state.budget.describe());
  if (!raw || !isAlias(raw)) return decode(raw);
  if (state.expanding.has(raw)) throw new DecodeFailure(`yaml: anchor '${raw.source}' value contains itself`);
  state.expanding.add(raw);
  state.budget.depth++;
  try {
    return decodeNode(resolve(raw, ctx), ctx, decode);
  } finally {
    state.budget.depth--;
    state.expanding.delete(raw);
  }
}

/** `decodeNode` for a child value of a given type. */
function decodeChild<T>(type: SourceType<T>, raw: Node | null, ctx: DecodeContext): T | undefined {
  if (raw && isAlias(raw)) return decodeNode(raw, ctx, (node) => type.decode(node, ctx));
  countDecoded(ctx);
  return type.decode(raw, ctx);
}

/** Counts one decoded value that is not an alias (a key, a null), as decodeNode does. */
function countDecoded(ctx: DecodeContext): void {
  const state = aliasState(ctx);
  if (!state.budget.count()) throw new ExcessiveAliasing(state.budget.describe());
}

/** Sets a key as an own property, so that a key such as `__proto__` is an ordinary key. */
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function isNull(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

/** yaml.v2's short tag names, as its error texts show them. */
function yamlTag(node: Node): string {
  if (isMap(node)) return "!!map";
  if (isSeq(node)) return "!!seq";
  if (isScalar(node)) {
    if (node.tag && node.tag.startsWith("tag:yaml.org,2002:")) return "!!" + node.tag.slice(18);
    const v = node.value;
    if (v === null) return "!!null";
    if (typeof v === "boolean") return "!!bool";
    if (typeof v === "number") {
      // yaml.v2 reads an integer too big for 64 bits as a float.
      const exact = integerLiteral(scalarSource(node));
      if (exact !== undefined && exact >= INT64_MIN && exact <= UINT64_MAX) return "!!int";
      // The YAML 1.1 forms Go does not have (sexagesimal 1:20) are strings to yaml.v2.
      return isGoFloatText(scalarSource(node)) || exact !== undefined ? "!!float" : "!!str";
    }
    return "!!str";
  }
  return "!!str";
}

function scalarSource(node: Scalar): string {
  return node.source ?? String(node.value);
}

/** Records yaml.v2's `cannot unmarshal` error for a node. */
export function typeError(node: Node, goName: string, ctx: DecodeContext): undefined {
  const tag = yamlTag(node);
  let shown = "";
  if (tag !== "!!map" && tag !== "!!seq") {
    const text = isScalar(node) ? scalarSource(node) : "";
    shown = text.length > 10 ? " `" + text.slice(0, 7) + "...`" : " `" + text + "`";
  }
  ctx.typeErrors.push({ ...nodePosition(node, ctx), text: `cannot unmarshal ${tag}${shown} into ${goName}` });
  return undefined;
}

function scalarText(node: Node | null): string | undefined {
  if (!node || !isScalar(node) || node.value === null) return undefined;
  // yaml.v2 decodes a !!binary scalar's base64 wherever it stands, keys included.
  if (node.tag === BINARY_TAG) return binaryScalarText(scalarSource(node));
  return scalarSource(node);
}

function scalar<T>(goName: string, zero: T, parse: (text: string, node: Scalar) => T | undefined): SourceType<T> {
  return {
    goName,
    zero,
    decode(raw, ctx) {
      const node = resolve(raw, ctx);
      if (isNull(node)) return undefined;
      const text = scalarText(node);
      const v = text === undefined ? undefined : parse(text, node as Scalar);
      return v === undefined ? typeError(node!, goName, ctx) : v;
    },
  };
}

export const string: SourceType<string> = scalar("string", "", (text, node) =>
  typeof node.value === "string" ? node.value : text,
);

/** The exact integer a YAML 1.1 integer literal stands for (`0x1F`, `0o17`, `0b101`, `1_000`), or undefined. */
function integerLiteral(text: string): bigint | undefined {
  const m = /^([-+]?)(0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+|0[0-7_]+|[0-9][0-9_]*)$/i.exec(text);
  if (!m) return undefined;
  let digits = m[2].replace(/_/g, "");
  if (/^0[0-7]+$/.test(digits)) digits = "0o" + digits.slice(1);
  try {
    const v = BigInt(digits);
    return m[1] === "-" ? -v : v;
  } catch {
    return undefined;
  }
}

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/**
 * Go's int and uint as yaml.v2 fills them: an integer that fits the 64-bit type, or a float
 * truncated toward zero when it fits; one that does not fit is refused, never rounded into
 * a float such as 1e+23.
 */
function goInteger(min: bigint, max: bigint) {
  return (text: string, node: Scalar): number | undefined => {
    if (typeof node.value !== "number") return undefined;
    const exact = integerLiteral(text);
    if (exact !== undefined) return exact >= min && exact <= max ? node.value : undefined;
    const v = node.value;
    if (!Number.isFinite(v) || !isGoFloatText(text)) return undefined;
    const whole = Math.trunc(v);
    return whole >= Number(min) && whole < Number(max) ? whole : undefined;
  };
}

/** A plain scalar yaml.v2 reads as a float (its yamlStyleFloat, underscores dropped, or .inf/.nan). */
function isGoFloatText(text: string): boolean {
  return /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text.replace(/_/g, "")) || /^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/.test(text);
}

export const int: SourceType<number> = scalar("int", 0, goInteger(INT64_MIN, INT64_MAX));
export const int64: SourceType<number> = scalar("int64", 0, goInteger(INT64_MIN, INT64_MAX));

export const uint: SourceType<number> = scalar("uint", 0, goInteger(0n, UINT64_MAX));

// Go's sized unsigned integers: a value past the type's range is yaml.v2's type error.
export const uint8: SourceType<number> = scalar("uint8", 0, goInteger(0n, 255n));
export const uint32: SourceType<number> = scalar("uint32", 0, goInteger(0n, (1n << 32n) - 1n));
export const uint64: SourceType<number> = scalar("uint64", 0, goInteger(0n, UINT64_MAX));

export const float: SourceType<number> = scalar("float64", 0, (_text, node) =>
  typeof node.value === "number" ? node.value : undefined,
);

export const bool: SourceType<boolean> = scalar("bool", false, (_text, node) =>
  typeof node.value === "boolean" ? node.value : undefined,
);

/**
 * A string-like type with its own parsing, such as a duration or URL. Its UnmarshalYAML
 * first reads a string (so a map or list is a type error against `string`), then a parse
 * failure stops the load with `message(text)`.
 */
export function parsed<T>(parse: (text: string, line: number) => T, goName = "string"): SourceType<T> {
  return {
    goName,
    decode(raw, ctx) {
      const node = resolve(raw, ctx);
      if (isNull(node)) return undefined;
      if (!isScalar(node)) return typeError(node!, goName, ctx);
      const text = typeof node.value === "string" ? node.value : scalarText(node)!;
      return parse(text, nodeLine(node, ctx));
    },
  };
}

/**
 * A YAML sequence. `goName` names the Go slice type when the element's own name does not
 * give it (a slice of pointers to a type whose UnmarshalYAML decodes into `plain`).
 */
export function list<T>(of: SourceType<T>, goName = "[]" + of.goName): SourceType<T[]> {
  return {
    goName,
    decode(raw, ctx) {
      const node = resolve(raw, ctx);
      if (isNull(node)) return undefined;
      if (!isSeq(node)) return typeError(node!, goName, ctx);
      const out: T[] = [];
      const nulls: number[] = [];
      node.items.forEach((item, i) => {
        // A null entry is Go's zero value: kept for scalars; for a struct, a nil pointer,
        // which loaders refuse ("empty or null …"): left out and remembered (nullEntries).
        const isNullItem = isNull(resolve(item as Node | null, ctx));
        if (isNullItem && "fields" in of) {
          nulls.push(i);
          return;
        }
        const v = decodeChild(of, item as Node | null, ctx);
        if (v !== undefined) out.push(v);
        else if (isNullItem) {
          if (of.zero !== undefined) out.push(of.zero);
          else nulls.push(i);
        }
      });
      if (nulls.length > 0) Object.defineProperty(out, NULL_ENTRIES, { value: nulls, enumerable: false });
      return out;
    },
  };
}

const MERGE_TAG = "tag:yaml.org,2002:merge";

/** yaml.v2's merge key: a plain `<<` (a quoted one is an ordinary key), or one tagged !!merge. */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  return (key.tag === MERGE_TAG || key.type === "PLAIN" || key.type === undefined) && scalarSource(key) === "<<";
}

const MERGE_NEEDS_MAPS = "yaml: map merge requires map or sequence of maps as the value";

/**
 * Applies a merge key as yaml.v2 does: its value is a mapping, an alias of one, or a
 * sequence of those, merged from the last to the first so that earlier ones win. Anything
 * else stops the load.
 */
function mergeInto(pair: Pair, ctx: DecodeContext, decodePairs: (mapping: { items: Pair[] }) => void): void {
  const raw = pair.value as Node | null;
  const fail = () => {
    const at = nodePosition((pair.key as Node | null) ?? raw, ctx);
    return new DecodeFailure(MERGE_NEEDS_MAPS, at.line, at.column);
  };
  const one = (item: Node | null) => {
    if (!isMap(resolve(item, ctx))) throw fail();
    decodeNode(item, ctx, (node) => decodePairs(node as unknown as { items: Pair[] }));
  };
  const value = resolve(raw, ctx);
  if (isMap(value)) one(raw);
  else if (isSeq(value) && !isAlias(raw)) {
    for (let i = value.items.length - 1; i >= 0; i--) {
      const item = value.items[i] as Node | null;
      if (item && !isAlias(item) && !isMap(item)) throw fail();
      one(item);
    }
  } else throw fail();
}

/** A YAML mapping; `key`, when given, decodes (and validates) each key, as a Go key type's UnmarshalYAML does. */
export function map<T>(of: SourceType<T>, goName = "map[string]" + of.goName, keyType?: SourceType<string>): SourceType<Record<string, T>> {
  return {
    goName,
    decode(raw, ctx) {
      const node = resolve(raw, ctx);
      if (isNull(node)) return undefined;
      if (!isMap(node)) return typeError(node!, goName, ctx);
      const out: Record<string, T> = {};
      const decodePairs = (mapping: { items: Pair[] }): void => {
        for (const pair of mapping.items) {
          if (isMergeKey(pair.key)) {
            mergeInto(pair, ctx, (merged) => decodePairs(merged));
            continue;
          }
          const keyNode = resolve(pair.key as Node, ctx);
          const key = decodeNode(pair.key as Node, ctx, () => (keyType ? keyType.decode(keyNode, ctx) : scalarText(keyNode))) ?? "";
          const v = decodeChild(of, pair.value as Node | null, ctx);
          if (v === undefined) continue;
          // Strict yaml.v2 refuses a key the map already holds, a merged one included.
          if (Object.prototype.hasOwnProperty.call(out, key)) {
            const valueNode = resolve(pair.value as Node | null, ctx) ?? keyNode;
            ctx.typeErrors.push({ ...nodePosition(valueNode, ctx), text: `key ${goQuote(key)} already set in map` });
            continue;
          }
          setKey(out, key, v);
        }
      };
      decodePairs(node);
      return out;
    },
  };
}

const NULL_ENTRIES = Symbol("nullEntries");

/** The indexes of a decoded list's null entries that it left out (nil pointers in Go). */
export function nullEntries(list: readonly unknown[] | undefined): readonly number[] {
  return (list as { [NULL_ENTRIES]?: number[] } | undefined)?.[NULL_ENTRIES] ?? [];
}

/**
 * Any YAML value, as plain JS (for fields whose type is `interface{}` upstream), decoded as
 * yaml.v2 decodes into `interface{}`: merge keys applied, a repeated key refused, aliases
 * counted; walked without recursion, so that aliases nested thousands deep cannot exhaust
 * the stack.
 */
export const anyValue: SourceType<unknown> = {
  goName: "interface {}",
  decode(raw, ctx) {
    if (raw === null) return undefined;
    const state = aliasState(ctx);
    return walkIteratively<Node | null, unknown>(raw, function* walk(raw): Generator<Node | null, unknown, unknown> {
      if (!state.budget.count()) throw new ExcessiveAliasing(state.budget.describe());
      if (raw && isAlias(raw)) {
        if (state.expanding.has(raw)) throw new DecodeFailure(`yaml: anchor '${raw.source}' value contains itself`);
        state.expanding.add(raw);
        state.budget.depth++;
        const value = yield resolve(raw, ctx);
        state.budget.depth--;
        state.expanding.delete(raw);
        return value;
      }
      if (raw === null) return null;
      if (isSeq(raw)) {
        const out: unknown[] = [];
        for (const item of raw.items) out.push(yield item as Node | null);
        return out;
      }
      if (isMap(raw)) {
        const out: Record<string, unknown> = {};
        // The mappings to read, the latest merge on top: [mapping, next index, through an alias].
        const pending: [{ items: Pair[] }, number, boolean][] = [[raw, 0, false]];
        while (pending.length > 0) {
          const top = pending[pending.length - 1];
          const pair = top[0].items[top[1]++];
          if (!pair) {
            if (top[2]) state.budget.depth--;
            pending.pop();
            continue;
          }
          if (isMergeKey(pair.key)) {
            // yaml.v2 merges a sequence of mappings from the last to the first: the last
            // goes on top of the stack.
            const value = resolve(pair.value as Node | null, ctx);
            const items = isSeq(value) && !isAlias(pair.value) ? value.items : [pair.value];
            for (const item of items) {
              if (!isMap(resolve(item as Node | null, ctx))) {
                const at = nodePosition(pair.key as Node, ctx);
                throw new DecodeFailure(MERGE_NEEDS_MAPS, at.line, at.column);
              }
            }
            const chain = pending.length;
            for (const item of items) {
              const viaAlias = isAlias(item);
              const target = resolve(item as Node | null, ctx);
              // A mapping already being read further down the stack is one that merges itself.
              if (viaAlias && pending.some((p, i) => i < chain && p[0] === (target as unknown))) throw new DecodeFailure(`yaml: anchor '${(item as Alias).source}' value contains itself`);
              if (viaAlias) state.budget.depth++;
              if (!state.budget.count()) throw new ExcessiveAliasing(state.budget.describe());
              pending.push([resolve(item as Node | null, ctx) as unknown as { items: Pair[] }, 0, viaAlias]);
            }
            continue;
          }
          const key = yield pair.key as Node | null;
          const text = key === null || key === undefined ? "" : String(key);
          const value = yield pair.value as Node | null;
          if (Object.prototype.hasOwnProperty.call(out, text)) {
            const at = resolve(pair.value as Node | null, ctx) ?? (pair.key as Node);
            ctx.typeErrors.push({ ...nodePosition(at, ctx), text: `key ${typeof key === "string" ? goQuote(text) : text} already set in map` });
            continue;
          }
          setKey(out, text, value);
        }
        return out;
      }
      return isScalar(raw) ? raw.toJSON() : null;
    });
  },
};

/**
 * anyValue for entries that are read opaquely but reported by where they stand (an
 * unsupported service discovery): a mapping or list remembers its position for locationOf.
 */
export const positionedValue: SourceType<unknown> = {
  goName: anyValue.goName,
  decode(raw, ctx) {
    const node = resolve(raw, ctx);
    const value = anyValue.decode(node, ctx);
    if (value !== null && typeof value === "object") Object.defineProperty(value, OWN_POSITION, { value: nodePosition(node, ctx), enumerable: false });
    return value;
  },
};

/** A value together with where it stands, for fields read loosely but reported precisely. */
export interface Located<T> {
  value: T;
  location: SourceLocation;
}

export function located<T>(of: SourceType<T>): SourceType<Located<T>> {
  return {
    goName: of.goName,
    decode(raw, ctx) {
      const node = resolve(raw, ctx);
      const value = of.decode(node, ctx);
      return value === undefined ? undefined : { value, location: nodePosition(node, ctx) };
    },
  };
}

export type Fields = Record<string, SourceType<unknown>>;

export type StructOf<F extends Fields> = { [K in keyof F]?: Infer<F[K]> };

export interface StructOptions<T> {
  /** Values a key takes when the YAML leaves it out (Go's defaults before unmarshal). */
  defaults?: () => Partial<T>;
  /** Load-time validation; throw DecodeFailure to stop the load. Runs only when the struct decoded cleanly. */
  validate?: (value: T, ctx: DecodeContext, line: number) => void;
}

export interface StructType<T> extends SourceType<T> {
  readonly fields: Fields;
}

export function struct<F extends Fields>(goName: string, fields: F, options: StructOptions<StructOf<F>> = {}): StructType<StructOf<F>> {
  return {
    goName,
    fields,
    decode(raw, ctx) {
      const node = resolve(raw, ctx);
      const out = { ...(options.defaults?.() ?? {}) } as StructOf<F> & Positioned;
      const keyOffsets: Record<string, number> = {};
      const ownPosition = node ? nodePosition(node, ctx) : { line: 0, column: 0 };
      Object.defineProperty(out, KEY_POSITIONS, { value: { offsets: keyOffsets, lines: ctx.lines } satisfies KeyOffsets, enumerable: false });
      Object.defineProperty(out, OWN_POSITION, { value: ownPosition, enumerable: false });
      if (isNull(node)) return out;
      if (!isMap(node)) return typeError(node!, goName, ctx);
      const errorsBefore = ctx.typeErrors.length;
      const target = out as Record<string, unknown>;
      // One mapping's keys into the struct; a merge key (`<<: *base`) decodes the merged
      // mappings into the same struct where it stands, as yaml.v2 does (later keys win).
      const decodePairs = (mapping: { items: Pair[] }): void => {
        const done = new Set<string>();
        for (const pair of mapping.items) {
          if (isMergeKey(pair.key)) {
            mergeInto(pair, ctx, (merged) => decodePairs(merged));
            continue;
          }
          const keyNode = resolve(pair.key as Node, ctx);
          countDecoded(ctx);
          const key = scalarText(keyNode) ?? "";
          const type = Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
          if (!type) {
            ctx.typeErrors.push({ ...nodePosition(keyNode, ctx), text: `field ${key} not found in type ${goName}` });
            continue;
          }
          if (done.has(key)) {
            ctx.typeErrors.push({ ...nodePosition(keyNode, ctx), text: `field ${key} already set in type ${goName}` });
            continue;
          }
          done.add(key);
          keyOffsets[key] = keyNode?.range?.[0] ?? 0;
          const valueNode = resolve(pair.value as Node | null, ctx);
          if (isNull(valueNode)) {
            countDecoded(ctx);
            // An explicit null resets the field to Go's zero value, default or not.
            if (type.zero !== undefined) target[key] = type.zero;
            else delete target[key];
            continue;
          }
          const v = decodeChild(type, pair.value as Node | null, ctx);
          if (v !== undefined) target[key] = v;
        }
      };
      decodePairs(node);
      if (ctx.typeErrors.length === errorsBefore) {
        try {
          options.validate?.(out, ctx, ownPosition.line);
        } catch (e) {
          // A validation that names only the struct's line points at the struct itself.
          if (e instanceof DecodeFailure && e.column === undefined && e.line === ownPosition.line) throw new DecodeFailure(e.message, e.line, ownPosition.column);
          throw e;
        }
      }
      return out;
    },
  };
}
