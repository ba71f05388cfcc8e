// Promtail stage configs as mitchellh/mapstructure reads them from YAML's generic values:
// Go field types as data, with mapstructure's conversions (plain or "weak"), its zero
// values for absent keys, case-insensitive key matching, unknown keys ignored, and its
// error texts, which Alloy's converter quotes in its diagnostics.

import { goKindOf, goQuote, goTypeName, goValue } from "../../shared/go-format.js";

interface DecodeContext {
  weak: boolean;
  errors: { name: string; text: string }[];
}

export interface Shape<T> {
  /** Go's name for the target type, as `expected type '…'` shows it. */
  readonly goType: string;
  zero(): T;
  /** Decodes a value that is not nil. */
  decode(name: string, data: unknown, ctx: DecodeContext): T;
}

export type Infer<S> = S extends Shape<infer T> ? T : never;

function fail<T>(ctx: DecodeContext, name: string, text: string, zero: T): T {
  ctx.errors.push({ name, text });
  return zero;
}

function unconvertible<T>(ctx: DecodeContext, name: string, shape: Shape<T>, data: unknown): T {
  return fail(
    ctx,
    name,
    `'${name}' expected type '${shape.goType}', got unconvertible type '${goTypeName(data)}', value: '${goValue(data)}'`,
    shape.zero(),
  );
}

function decodeOrZero<T>(shape: Shape<T>, name: string, data: unknown, ctx: DecodeContext): T {
  return data === null || data === undefined ? shape.zero() : shape.decode(name, data, ctx);
}

/** strconv.FormatFloat(f, 'f', -1, 64) */
function formatFloatPlain(n: number): string {
  if (Number.isInteger(n)) return BigInt(n).toString();
  const text = String(n);
  if (!text.includes("e")) return text;
  return n.toFixed(20).replace(/0+$/, "");
}

function parseBool(text: string): boolean | undefined {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(text)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(text)) return false;
  return undefined;
}

export const string: Shape<string> = {
  goType: "string",
  zero: () => "",
  decode(name, data, ctx) {
    const kind = goKindOf(data);
    if (kind === "string") return data as string;
    if (ctx.weak && kind === "bool") return data ? "1" : "0";
    if (ctx.weak && (kind === "int" || kind === "float64")) return formatFloatPlain(data as number);
    return unconvertible(ctx, name, this, data);
  },
};

export const bool: Shape<boolean> = {
  goType: "bool",
  zero: () => false,
  decode(name, data, ctx) {
    const kind = goKindOf(data);
    if (kind === "bool") return data as boolean;
    if (ctx.weak && (kind === "int" || kind === "float64")) return data !== 0;
    if (ctx.weak && kind === "string") {
      if (data === "") return false;
      const b = parseBool(data as string);
      if (b !== undefined) return b;
      return fail(ctx, name, `cannot parse '${name}' as bool: strconv.ParseBool: parsing ${goQuote(data as string)}: invalid syntax`, false);
    }
    return unconvertible(ctx, name, this, data);
  },
};

function numeric(goType: string, parseWeak: (text: string) => number | undefined, label: string, unsigned: boolean): Shape<number> {
  return {
    goType,
    zero: () => 0,
    decode(name, data, ctx) {
      const kind = goKindOf(data);
      if (kind === "int" || kind === "float64") {
        const n = data as number;
        if (unsigned && n < 0 && !ctx.weak) {
          const shown = kind === "int" ? String(n) : n.toFixed(6);
          return fail(ctx, name, `cannot parse '${name}', ${shown} overflows uint`, 0);
        }
        return goType === "float64" ? n : Math.trunc(n);
      }
      if (ctx.weak && kind === "bool") return data ? 1 : 0;
      if (ctx.weak && kind === "string") {
        const text = data === "" ? "0" : (data as string);
        const n = parseWeak(text);
        if (n !== undefined) return n;
        const fn = label === "float" ? "ParseFloat" : label === "uint" ? "ParseUint" : "ParseInt";
        return fail(ctx, name, `cannot parse '${name}' as ${label}: strconv.${fn}: parsing ${goQuote(text)}: invalid syntax`, 0);
      }
      return unconvertible(ctx, name, this, data);
    },
  };
}

const parseGoInt = (text: string): number | undefined =>
  /^[+-]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]*|[1-9][0-9]*|0)$/.test(text) ? Number(text.replace(/^([+-]?)0([0-7]+)$/, "$10o$2")) : undefined;
const parseGoFloat = (text: string): number | undefined =>
  /^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|[iI]nf(inity)?|NaN)$/.test(text) ? Number(text.replace(/^([+-]?)[iI]nf(inity)?$/, "$1Infinity")) : undefined;

export const int = numeric("int", parseGoInt, "int", false);
export const float64 = numeric("float64", parseGoFloat, "float", false);
export const uint64 = numeric("uint64", (t) => (t.startsWith("-") ? undefined : parseGoInt(t)), "uint", true);
/** flagext.ByteSize reads as a plain uint64 through mapstructure. */
export const byteSize = numeric("flagext.ByteSize", (t) => (t.startsWith("-") ? undefined : parseGoInt(t)), "uint", true);

/** interface{}: kept as it is. */
export const anything: Shape<unknown> = { goType: "interface {}", zero: () => undefined, decode: (_name, data) => data };

/** A Go pointer: nil (undefined) unless the key holds a value. */
export function pointer<T>(of: Shape<T>): Shape<T | undefined> {
  return { goType: of.goType, zero: () => undefined, decode: (name, data, ctx) => of.decode(name, data, ctx) };
}

export function slice<T>(of: Shape<T>): Shape<T[] | undefined> {
  return {
    goType: "[]" + of.goType,
    zero: () => undefined,
    decode(name, data, ctx) {
      const kind = goKindOf(data);
      if (kind !== "slice") {
        if (!ctx.weak) return fail(ctx, name, `'${name}': source data must be an array or slice, got ${kind}`, undefined);
        if (kind === "map" && Object.keys(data as object).length === 0) return [];
        return this.decode(name, [data], ctx);
      }
      return (data as unknown[]).map((item, i) => decodeOrZero(of, `${name}[${i}]`, item, ctx));
    },
  };
}

/** map[string]T; the field names in its errors come from reflect.Value.String of an interface key. */
export function map<T>(of: Shape<T>): Shape<Record<string, T> | undefined> {
  return {
    goType: "map[string]" + of.goType,
    zero: () => undefined,
    decode(name, data, ctx) {
      const kind = goKindOf(data);
      if (kind === "slice" && ctx.weak) {
        const merged: Record<string, T> = {};
        for (const part of data as unknown[]) Object.assign(merged, this.decode(name, part, ctx) ?? {});
        return merged;
      }
      if (kind !== "map") return fail(ctx, name, `'${name}' expected a map, got '${kind}'`, undefined);
      const out: Record<string, T> = {};
      for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
        out[key] = decodeOrZero(of, `${name}[<interface {} Value>]`, value, ctx);
      }
      return out;
    },
  };
}

type Fields = Record<string, Shape<unknown>>;
export type StructOf<F extends Fields> = { [K in keyof F]: Infer<F[K]> };

/** A struct whose fields are keyed by their mapstructure tags, in declaration order. */
export function struct<F extends Fields>(goType: string, fields: F): Shape<StructOf<F>> {
  const zero = (): StructOf<F> => {
    const out: Record<string, unknown> = {};
    for (const [tag, shape] of Object.entries(fields)) out[tag] = shape.zero();
    return out as StructOf<F>;
  };
  return {
    goType,
    zero,
    decode(name, data, ctx) {
      const kind = goKindOf(data);
      if (kind !== "map") return fail(ctx, name, `'${name}' expected a map, got '${kind}'`, zero());
      const source = data as Record<string, unknown>;
      const keys = Object.keys(source);
      const out = zero() as Record<string, unknown>;
      for (const [tag, shape] of Object.entries(fields)) {
        const key = keys.includes(tag) ? tag : keys.find((k) => k.toLowerCase() === tag.toLowerCase());
        if (key === undefined) continue;
        out[tag] = decodeOrZero(shape, name ? `${name}.${tag}` : tag, source[key], ctx);
      }
      return out as StructOf<F>;
    },
  };
}

export type DecodeResult<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * mapstructure.Decode (or WeakDecode when `weak`): a mismatch at the top is reported on
 * its own; errors inside are gathered as `N error(s) decoding:` with sorted points.
 */
export function decodeConfig<T>(shape: Shape<T>, data: unknown, weak: boolean): DecodeResult<T> {
  const ctx: DecodeContext = { weak, errors: [] };
  const value = decodeOrZero(shape, "", data, ctx);
  if (ctx.errors.length === 0) return { ok: true, value };
  if (ctx.errors.length === 1 && ctx.errors[0].name === "") return { ok: false, error: ctx.errors[0].text };
  const points = ctx.errors.map((e) => `* ${e.text}`).sort();
  return { ok: false, error: `${ctx.errors.length} error(s) decoding:\n\n${points.join("\n")}` };
}
