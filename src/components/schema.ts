// Alloy component schemas as data, and the encoder that turns a component's values into
// syntax, writing an argument only when it differs from the component's Alloy default.

import type { Block, Expr, Statement } from "../emit/ast.js";
import { array, attr, block, bool, num, object, sortedKeys, str } from "../emit/build.js";
import { Duration, Raw, valuesEqual, type Value, type Values } from "./values.js";

/** The type of an argument decides its zero value, which counts as a default. */
export type ArgType = "string" | "number" | "bool" | "duration" | "bytes" | "list" | "map" | "expr";

export interface ArgField {
  kind: "arg";
  name: string;
  type: ArgType;
  /** Alloy's default; when absent the type's zero value is the default. */
  default?: Value;
  /** Written even when it equals the default (required arguments). */
  required?: boolean;
}

export interface BlockField {
  kind: "block";
  name: string;
  schema: Schema;
  /** A list of blocks of this name. */
  repeated?: boolean;
  /**
   * Leave the block out when nothing in it differs from its defaults. For the builder
   * encoder (builder.ts) this marks a Go value struct rather than a pointer.
   */
  omitWhenEmpty?: boolean;
  /** For the builder encoder: the default the parent struct gives this block, or list of blocks (nil when absent). */
  defaultValue?: Values | Values[];
  /** Go's `,label` field: the key of the block's values that is written as its label (`walk_param "name" { }`). */
  label?: string;
}

/**
 * Go's `enum` tag: an ordered list whose elements each set exactly one of several block
 * kinds, printed as `<name>.<variant>` blocks in list order (loki.process `stage.json`,
 * `stage.drop`, …). A value is a list of `{ <variant>: Values }`; an element with no
 * variant set prints nothing, as Alloy's encoder skips an all-nil element.
 */
export interface EnumField {
  kind: "enum";
  name: string;
  variants: Readonly<Record<string, Schema>>;
}

export type Field = ArgField | BlockField | EnumField;
export type Schema = readonly Field[];

export interface ComponentSchema {
  /** e.g. `prometheus.scrape` */
  name: string;
  fields: Schema;
}

export function arg(name: string, type: ArgType, defaultValue?: Value): ArgField {
  return { kind: "arg", name, type, default: defaultValue };
}
export function requiredArg(name: string, type: ArgType): ArgField {
  return { kind: "arg", name, type, required: true };
}
export function blockOf(name: string, schema: Schema, options: { omitWhenEmpty?: boolean; defaultValue?: Values; label?: string } = {}): BlockField {
  return { kind: "block", name, schema, ...options };
}
export function blocksOf(name: string, schema: Schema, options: { defaultValue?: Values[]; label?: string } = {}): BlockField {
  return { kind: "block", name, schema, repeated: true, ...options };
}

export function enumOf(name: string, variants: Readonly<Record<string, Schema>>): EnumField {
  return { kind: "enum", name, variants };
}

/** Go's zero value for an argument type; lists, maps and expressions have none (nil). */
export function zeroValue(type: ArgType): Value | undefined {
  switch (type) {
    case "string":
      return "";
    case "number":
      return 0;
    case "bool":
      return false;
    case "duration":
      return new Duration(0);
    case "bytes":
      return "0B";
    default:
      return undefined;
  }
}

/** Turns values into statements in schema order; unknown keys are a programming error. */
const fieldNames = new WeakMap<Schema, Set<string>>();

function namesOf(schema: Schema): Set<string> {
  let names = fieldNames.get(schema);
  if (!names) fieldNames.set(schema, (names = new Set(schema.map((f) => f.name))));
  return names;
}

export function encodeFields(schema: Schema, values: Values): Statement[] {
  const names = namesOf(schema);
  for (const key in values) {
    if (!names.has(key)) throw new Error(`no field ${key} in schema`);
  }
  const out: Statement[] = [];
  for (const field of schema) {
    const v = values[field.name];
    if (v === undefined) continue;
    if (field.kind === "arg") {
      if (!field.required && valuesEqual(v, field.default ?? zeroValue(field.type))) continue;
      out.push(attr(field.name, encodeValue(v)));
      continue;
    }
    if (field.kind === "enum") {
      for (const e of encodeEnum(field, v as Values[])) out.push(e);
      continue;
    }
    const items = field.repeated ? (v as Values[]) : [v as Values];
    for (const item of items) {
      const { label, values } = splitLabel(field, item);
      const body = encodeFields(field.schema, values);
      if (field.omitWhenEmpty && body.length === 0) continue;
      out.push(block(field.name, body, label));
    }
  }
  return out;
}

/** A labelled block's label and the rest of its values. */
export function splitLabel(field: BlockField, item: Values): { label?: string; values: Values } {
  if (field.label === undefined) return { values: item };
  const { [field.label]: label, ...values } = item;
  return { label: label as string | undefined, values };
}

function encodeEnum(field: EnumField, elements: Values[]): Statement[] {
  const out: Statement[] = [];
  for (const element of elements) {
    for (const [variant, body] of Object.entries(element)) {
      if (body === undefined) continue;
      const schema = field.variants[variant];
      if (!schema) throw new Error(`no variant ${variant} in ${field.name}`);
      out.push(block(`${field.name}.${variant}`, encodeFields(schema, body as Values)));
    }
  }
  return out;
}

export function encodeComponent(schema: ComponentSchema, label: string, values: Values): Block {
  return block(schema.name, encodeFields(schema.fields, values), label);
}

/** Encodes a value as Alloy prints it: maps with sorted keys over several lines. */
export function encodeValue(v: Value): Expr {
  if (typeof v === "string") return str(v);
  if (typeof v === "number") return num(v);
  if (typeof v === "boolean") return bool(v);
  if (v instanceof Duration) return str(v.toString());
  if (v instanceof Raw) return v.expr;
  if (Array.isArray(v)) return array(v.map(encodeValue));
  return object(
    sortedKeys(v)
      .filter((k) => v[k] !== undefined)
      .map((k) => [k, encodeValue(v[k]!)]),
  );
}
