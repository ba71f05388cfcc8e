// Typed decoding of the Collector's generic config values, as confmap does it with
// go-viper/mapstructure: each value is decoded over the component's default config (keys
// absent from the YAML keep their defaults), keys match case-sensitively, unknown keys
// and type mismatches are collected with mapstructure's texts, lists replace their
// defaults, strings become durations and comma-separated lists, and a key present with
// no value still enables an optional section with its defaults.

import { parseGoDuration } from "../shared/go-duration.js";
import { goKindOf, goValue } from "../shared/go-format.js";
import { isConfMap, type ConfMap, type ConfValue } from "./tree.js";

export interface DecodeContext {
  /** mapstructure's error texts, in the order found. */
  errors: string[];
}

export interface Shape<T> {
  /** Go's name for the type, as mapstructure's errors show it. */
  readonly goType: string;
  zero(): T;
  /** Decodes a present, non-null value over `current` (a default or the zero value). */
  decode(name: string, data: ConfValue, ctx: DecodeContext, current: T): T;
  /** What an explicit null does; by default it keeps `current`. */
  decodeNull?(current: T): T;
}

export type Infer<S> = S extends Shape<infer T> ? T : never;

/** mapstructure's complaint about a value of the wrong Go kind. */
export function typeMismatch<T>(ctx: DecodeContext, name: string, goType: string, data: ConfValue, fallback: T): T {
  const kind = goKindOf(data);
  const type = kind === "slice" ? "[]interface {}" : kind === "map" ? "map[string]interface {}" : kind;
  ctx.errors.push(`'${name}' expected type '${goType}', got unconvertible type '${type}', value: '${goValue(data)}'`);
  return fallback;
}

export function decodeValue<T>(shape: Shape<T>, name: string, data: ConfValue | undefined, ctx: DecodeContext, current: T): T {
  if (data === undefined) return current;
  if (data === null) return shape.decodeNull ? shape.decodeNull(current) : current;
  return shape.decode(name, data, ctx, current);
}

export const str: Shape<string> = {
  goType: "string",
  zero: () => "",
  decode: (name, data, ctx, current) => (typeof data === "string" ? data : typeMismatch(ctx, name, "string", data, current)),
};

/** A Go integer type; mapstructure also takes (and truncates) floats. */
export function integer(goType = "int"): Shape<number> {
  return {
    goType,
    zero: () => 0,
    decode: (name, data, ctx, current) => (typeof data === "number" ? goIntOfFloat(data) : typeMismatch(ctx, name, goType, data, current)),
  };
}
export const int = integer();

/**
 * mapstructure sets an int from a float with Go's int64(f): truncated, and for NaN, the
 * infinities and values beyond int64 the amd64 result, math.MinInt64.
 */
function goIntOfFloat(f: number): number {
  return Number.isFinite(f) && Math.abs(f) < 2 ** 63 ? Math.trunc(f) : -(2 ** 63);
}

export const float: Shape<number> = {
  goType: "float64",
  zero: () => 0,
  decode: (name, data, ctx, current) => (typeof data === "number" ? data : typeMismatch(ctx, name, "float64", data, current)),
};

export const bool: Shape<boolean> = {
  goType: "bool",
  zero: () => false,
  decode: (name, data, ctx, current) => (typeof data === "boolean" ? data : typeMismatch(ctx, name, "bool", data, current)),
};

/** time.Duration in milliseconds: a Go duration string, or an integer of nanoseconds. */
export const duration: Shape<number> = {
  goType: "time.Duration",
  zero: () => 0,
  decode(name, data, ctx, current) {
    if (typeof data === "number") return Math.trunc(data) / 1e6;
    if (typeof data !== "string") return typeMismatch(ctx, name, "time.Duration", data, current);
    const parsed = parseGoDuration(data);
    if ("error" in parsed) {
      ctx.errors.push(`error decoding '${name}': ${parsed.error}`);
      return current;
    }
    return parsed.ms;
  },
};

/** Anything, kept as the generic value (Go's `any` or `map[string]any`). */
export const anyValue: Shape<ConfValue> = {
  goType: "interface {}",
  zero: () => null,
  decode: (_name, data) => data,
};

/** A string from a fixed set, as a TextUnmarshaler with its own error would refuse others. */
export function enumString(goType: string, allowed: readonly string[], error: (value: string) => string): Shape<string> {
  return {
    goType,
    zero: () => "",
    decode(name, data, ctx, current) {
      if (typeof data !== "string") return typeMismatch(ctx, name, goType, data, current);
      if (!allowed.includes(data)) {
        ctx.errors.push(`error decoding '${name}': ${error(data)}`);
        return current;
      }
      return data;
    },
  };
}

/** A slice; absent is nil (undefined). Decoded values replace the default list. */
export function list<T>(item: Shape<T>): Shape<T[] | undefined> {
  return {
    goType: `[]${item.goType}`,
    zero: () => undefined,
    decodeNull: () => undefined,
    decode(name, data, ctx, current) {
      if (typeof data === "string" && item.goType === "string") {
        // confmap's string-to-slice hook splits on commas.
        return (data === "" ? [] : data.split(",")) as T[];
      }
      if (!Array.isArray(data)) return typeMismatch(ctx, name, `[]${item.goType}`, data, current);
      return data.map((x, i) => decodeValue(item, `${name}[${i}]`, x, ctx, item.zero()));
    },
  };
}

/** A map with string keys; decoded entries are merged into the default map. */
export function map<T>(value: Shape<T>): Shape<Record<string, T> | undefined> {
  return {
    goType: `map[string]${value.goType}`,
    zero: () => undefined,
    decodeNull: () => undefined,
    decode(name, data, ctx, current) {
      if (!isConfMap(data)) return typeMismatch(ctx, name, `map[string]${value.goType}`, data, current);
      const out: Record<string, T> = { ...(current ?? {}) };
      for (const [k, v] of Object.entries(data)) out[k] = decodeValue(value, `${name}[${k}]`, v, ctx, out[k] ?? value.zero());
      return out;
    },
  };
}

export interface FieldSpec {
  /** The mapstructure key; absent for a squashed (embedded) struct. */
  key?: string;
  shape: Shape<unknown>;
}

type Fields = Record<string, FieldSpec>;
type StructOf<F extends Fields> = { [K in keyof F]: Infer<F[K]["shape"]> };

export interface StructShape<T> extends Shape<T> {
  /** The keys this struct and its squashed structs take. */
  readonly keys: ReadonlySet<string>;
  /** Decodes the known keys of `data` into `current`, leaving unknown ones to the caller. */
  decodeFields(name: string, data: ConfMap, ctx: DecodeContext, current: T): T;
  /** mapstructure's `,remain` field, its own or a squashed struct's: what the keys no field names must be, instead of refused. */
  readonly remain?: Shape<unknown>;
}

/**
 * A Go struct: fields by property name, each with its mapstructure key or squashed.
 * The zero value has every field at its own zero.
 */
export function struct<F extends Fields>(goType: string, fields: F, options: { remain?: Shape<unknown> } = {}): StructShape<StructOf<F>> {
  const keys = new Set<string>();
  let remain = options.remain;
  for (const spec of Object.values(fields)) {
    if (spec.key !== undefined) keys.add(spec.key);
    else {
      const squashed = spec.shape as StructShape<unknown>;
      for (const k of squashed.keys) keys.add(k);
      remain ??= squashed.remain;
    }
  }
  const shape: StructShape<StructOf<F>> = {
    goType,
    keys,
    remain,
    zero() {
      const out = {} as Record<string, unknown>;
      for (const [prop, spec] of Object.entries(fields)) out[prop] = spec.shape.zero();
      return out as StructOf<F>;
    },
    decodeFields(name, data, ctx, current) {
      const out = { ...current } as Record<string, unknown>;
      for (const [prop, spec] of Object.entries(fields)) {
        if (spec.key === undefined) {
          out[prop] = (spec.shape as StructShape<unknown>).decodeFields(name, data, ctx, out[prop]);
        } else if (spec.key in data) {
          const fieldName = name === "" ? spec.key : `${name}.${spec.key}`;
          out[prop] = decodeValue(spec.shape, fieldName, data[spec.key], ctx, out[prop]);
        }
      }
      return out as StructOf<F>;
    },
    decode(name, data, ctx, current) {
      if (!isConfMap(data)) return typeMismatch(ctx, name, goType, data, current);
      const unknown = Object.keys(data).filter((k) => !keys.has(k));
      const out = shape.decodeFields(name, data, ctx, current);
      if (unknown.length === 0) return out;
      // The remaining keys are checked against the `,remain` field's type; nothing here converts them.
      if (remain) decodeValue(remain, name, Object.fromEntries(unknown.map((k) => [k, data[k]])), ctx, remain.zero());
      else ctx.errors.push(`'${name === "" ? goType : name}' has invalid keys: ${unknown.sort().join(", ")}`);
      return out;
    },
  };
  return shape;
}

/** A pointer to a struct: nil by default; present (even empty) it is the struct, decoded over its default. */
export function pointer<T>(inner: Shape<T>, whenPresent: () => T = () => inner.zero()): Shape<T | undefined> {
  return {
    goType: `*${inner.goType}`,
    zero: () => undefined,
    decodeNull: (current) => current ?? whenPresent(),
    decode: (name, data, ctx, current) => inner.decode(name, data, ctx, current ?? whenPresent()),
  };
}

/**
 * configoptional.Optional: absent keeps the default's presence; a key present, even with
 * no value, enables the section over its default (`whenPresent`).
 */
export const optional = pointer;

export function formatDecodeErrors(errors: string[]): string {
  return `decoding failed due to the following error(s):\n\n${errors.join("\n")}`;
}

