// Small pieces the connector converters share: config shapes for Go types the generic
// decoder has no shape for, and Go's byte-order sort of map keys.

import type { Value } from "../../../components/values.js";
import { typeMismatch, type Shape } from "../../confmap/decode.js";
import type { ConfValue } from "../../confmap/tree.js";

/**
 * A string type whose UnmarshalText lower-cases the text and accepts a fixed set
 * (metrics.Unit, ottl.ErrorMode); `error` is the text UnmarshalText returns.
 */
export function lowerCaseEnum(goType: string, allowed: readonly string[], error: (lowered: string) => string): Shape<string> {
  return {
    goType,
    zero: () => "",
    decode(name, data, ctx, current) {
      if (typeof data !== "string") return typeMismatch(ctx, name, goType, data, current);
      const lowered = data.toLowerCase();
      if (!allowed.includes(lowered)) {
        ctx.errors.push(`error decoding '${name}': ${error(lowered)}`);
        return current;
      }
      return lowered;
    },
  };
}

/** A pointer to a scalar (`*string`, `*int`): nil unless the key has a value; null keeps nil. */
export function scalarPointer<T>(inner: Shape<T>): Shape<T | undefined> {
  return {
    goType: `*${inner.goType}`,
    zero: () => undefined,
    decodeNull: (current) => current,
    decode: (name, data, ctx, current) => inner.decode(name, data, ctx, current ?? inner.zero()),
  };
}

/** A Go `any` decoded from YAML, as an Alloy value; nil stays undefined. */
export function anyToValue(v: ConfValue | undefined): Value | undefined {
  return v === null || v === undefined ? undefined : (v as Value);
}

/** sort.Strings: byte order of the UTF-8 encoding. */
export function goSortedKeys(map: Record<string, unknown> | undefined): string[] {
  const keys = Object.keys(map ?? {});
  const bytes = new Map(keys.map((k) => [k, Buffer.from(k, "utf8")]));
  return keys.sort((a, b) => Buffer.compare(bytes.get(a)!, bytes.get(b)!));
}
