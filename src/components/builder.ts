// Alloy's token-builder rule, for converters that fill in a component's whole Arguments
// struct the way Alloy's otelcol converter does. A missing value is Go's zero value (nil
// for pointers, lists and maps), not "unset". An optional field is left out when it
// deep-equals its default or when it and its default are both zero. A block's default is
// the one its parent sets (`defaultValue`, nil when absent); once written, the block's own
// fields are compared with the block type's defaults (its schema's argument defaults).
// A value (non-pointer) block that a mapping leaves out counts as equal to its default.

import type { Block, Statement } from "../emit/ast.js";
import { attr, block } from "../emit/build.js";
import { encodeValue, splitLabel, zeroValue, type ArgField, type BlockField, type ComponentSchema, type Field, type Schema } from "./schema.js";
import { Raw, valuesEqual, type Value, type Values } from "./values.js";

function argZero(field: ArgField): Value | undefined {
  return zeroValue(field.type);
}

function isZeroArg(field: ArgField, v: Value | undefined): boolean {
  if (v === undefined) return true;
  const zero = argZero(field);
  return zero !== undefined && valuesEqual(v, zero);
}

function isValueBlock(field: BlockField): boolean {
  return field.omitWhenEmpty === true && !field.repeated;
}

function isZeroField(field: Field, v: Value | undefined): boolean {
  if (v === undefined) return true;
  if (field.kind === "arg") return isZeroArg(field, v);
  if (field.kind === "block" && isValueBlock(field)) return isZeroStruct(field.schema, v as Values);
  return false;
}

function isZeroStruct(schema: Schema, values: Values): boolean {
  return schema.every((f) => isZeroField(f, values[f.name]));
}

/** reflect.DeepEqual over two Go values of a field, absent scalars read as zero. */
function fieldsEqual(field: Field, a: Value | undefined, b: Value | undefined): boolean {
  if (field.kind === "arg") {
    const zero = argZero(field);
    return valuesEqual(a ?? zero, b ?? zero) || (a === undefined && b === undefined);
  }
  if (field.kind === "enum" || field.repeated) {
    if (a === undefined || b === undefined) return a === b;
    const la = a as Values[];
    const lb = b as Values[];
    if (field.kind === "enum") return valuesEqual(la, lb);
    return la.length === lb.length && la.every((x, i) => structsEqual(field.schema, x, lb[i]));
  }
  if (isValueBlock(field)) return structsEqual(field.schema, (a ?? {}) as Values, (b ?? {}) as Values);
  if (a === undefined || b === undefined) return a === b;
  return structsEqual(field.schema, a as Values, b as Values);
}

function structsEqual(schema: Schema, a: Values, b: Values): boolean {
  for (const v of [a, b]) if (Object.values(v).some((x) => x instanceof Raw)) return false;
  return schema.every((f) => fieldsEqual(f, a[f.name], b[f.name]));
}

function defaultOf(field: Field): Value | undefined {
  if (field.kind === "arg") return field.default;
  if (field.kind === "block") return field.defaultValue;
  return undefined;
}

const checked = new WeakSet<Schema>();

function checkKeys(schema: Schema, values: Values): void {
  if (checked.has(schema) && Object.keys(values).length === 0) return;
  const names = new Set(schema.map((f) => f.name));
  for (const key in values) if (!names.has(key)) throw new Error(`no field ${key} in schema`);
  checked.add(schema);
}

export function encodeBuilderFields(schema: Schema, values: Values): Statement[] {
  checkKeys(schema, values);
  const out: Statement[] = [];
  for (const field of schema) {
    const v = values[field.name];
    const required = field.kind === "arg" && field.required;
    if (field.kind === "block" && isValueBlock(field) && v === undefined) continue;
    const d = defaultOf(field);
    if (!required && (fieldsEqual(field, v, d) || (isZeroField(field, d) && isZeroField(field, v)))) continue;
    if (field.kind === "arg") {
      // A nil list or map that must be written (its default is not nil) prints empty, as Alloy's value encoding does.
      const value = v ?? argZero(field) ?? (field.type === "map" ? {} : []);
      out.push(attr(field.name, encodeValue(value)));
    } else if (field.kind === "enum") {
      for (const element of (v ?? []) as Values[]) {
        for (const [variant, body] of Object.entries(element)) {
          if (body === undefined) continue;
          out.push(block(`${field.name}.${variant}`, encodeBuilderFields(field.variants[variant], body as Values)));
        }
      }
    } else {
      const items = field.repeated ? ((v ?? []) as Values[]) : [(v ?? {}) as Values];
      for (const item of items) {
        const { label, values } = splitLabel(field, item);
        out.push(block(field.name, encodeBuilderFields(field.schema, values), label));
      }
    }
  }
  return out;
}

export function encodeBuilderComponent(schema: ComponentSchema, label: string, values: Values): Block {
  return block(schema.name, encodeBuilderFields(schema.fields, values), label);
}
