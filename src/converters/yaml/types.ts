// Source-format schemas as data: each YAML type a source program reads, with the Go type
// name its errors mention, its defaults and its load-time validation. Decoding follows
// Go's strict YAML decoding: type mismatches and unknown fields are collected with their
// line ("line 7: field x not found in type config.plain"); a failed validation stops the
// whole load with its message, as a Go UnmarshalYAML error does.

import { isMap, isScalar, isSeq, isAlias, type Node, type Document, type LineCounter, Scalar } from "yaml";
import type { SourceLocation } from "../../diagnostics.js";
import { BINARY_TAG, binaryScalarText } from "./binary.js";

export class DecodeFailure extends Error {
  /** Where the refused value stands; without a column the diagnostic points at the line's start. */
  constructor(message: string, readonly line?: number, readonly column?: number) {
    super(message);
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

type Positioned = { [KEY_POSITIONS]?: Record<string, SourceLocation>; [OWN_POSITION]?: SourceLocation };

/** Where a decoded struct, or one of its keys, stands in the YAML. */
export function locationOf(obj: object | undefined, key?: string): SourceLocation | undefined {
  if (!obj) return undefined;
  const located = obj as Positioned;
  return key === undefined ? located[OWN_POSITION] : located[KEY_POSITIONS]?.[key];
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

function resolve(node: Node | null, ctx: DecodeContext): Node | null {
  let n = node;
  for (let depth = 0; n && isAlias(n) && depth < 100; depth++) n = (n.resolve(ctx.doc) as Node | undefined) ?? null;
  return n;
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
    if (typeof v === "number") return Number.isInteger(v) && !scalarSource(node).includes(".") ? "!!int" : "!!float";
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

export const int: SourceType<number> = scalar("int", 0, (text, node) => {
  if (typeof node.value === "number" && Number.isInteger(node.value) && /^[-+]?(0x[0-9a-f]+|0o?[0-7]+|\d+)$/i.test(text))
    return node.value;
  return undefined;
});

export const uint: SourceType<number> = scalar("uint", 0, (text, node) =>
  typeof node.value === "number" && Number.isInteger(node.value) && node.value >= 0 && !text.includes(".") ? node.value : undefined,
);

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
        const v = of.decode(item as Node | null, ctx);
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

/** A YAML mapping; `key`, when given, decodes (and validates) each key, as a Go key type's UnmarshalYAML does. */
export function map<T>(of: SourceType<T>, goName = "map[string]" + of.goName, keyType?: SourceType<string>): SourceType<Record<string, T>> {
  return {
    goName,
    decode(raw, ctx) {
      const node = resolve(raw, ctx);
      if (isNull(node)) return undefined;
      if (!isMap(node)) return typeError(node!, goName, ctx);
      const out: Record<string, T> = {};
      for (const pair of node.items) {
        const keyNode = resolve(pair.key as Node, ctx);
        const key = (keyType ? keyType.decode(keyNode, ctx) : scalarText(keyNode)) ?? "";
        const v = of.decode(pair.value as Node | null, ctx);
        if (v !== undefined) out[key] = v;
      }
      return out;
    },
  };
}

const NULL_ENTRIES = Symbol("nullEntries");

/** The indexes of a decoded list's null entries that it left out (nil pointers in Go). */
export function nullEntries(list: readonly unknown[] | undefined): readonly number[] {
  return (list as { [NULL_ENTRIES]?: number[] } | undefined)?.[NULL_ENTRIES] ?? [];
}

/** Any YAML value, as plain JS (for fields whose type is `interface{}` upstream). */
export const anyValue: SourceType<unknown> = {
  goName: "interface {}",
  decode(raw, ctx) {
    const node = resolve(raw, ctx);
    return node ? (node as { toJSON(): unknown }).toJSON() : undefined;
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
      const keyPositions: Record<string, SourceLocation> = {};
      const ownPosition = node ? nodePosition(node, ctx) : { line: 0, column: 0 };
      Object.defineProperty(out, KEY_POSITIONS, { value: keyPositions, enumerable: false });
      Object.defineProperty(out, OWN_POSITION, { value: ownPosition, enumerable: false });
      if (isNull(node)) return out;
      if (!isMap(node)) return typeError(node!, goName, ctx);
      const errorsBefore = ctx.typeErrors.length;
      for (const pair of node.items) {
        const keyNode = resolve(pair.key as Node, ctx);
        const key = scalarText(keyNode) ?? "";
        const position = nodePosition(keyNode, ctx);
        if (key === "<<") continue;
        const type = Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
        if (!type) {
          ctx.typeErrors.push({ ...position, text: `field ${key} not found in type ${goName}` });
          continue;
        }
        keyPositions[key] = position;
        const valueNode = resolve(pair.value as Node | null, ctx);
        const target = out as Record<string, unknown>;
        if (isNull(valueNode)) {
          // An explicit null resets the field to Go's zero value, default or not.
          if (type.zero !== undefined) target[key] = type.zero;
          else delete target[key];
          continue;
        }
        const v = type.decode(valueNode, ctx);
        if (v !== undefined) target[key] = v;
      }
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
