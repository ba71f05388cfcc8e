// Small constructors for the syntax model, so converters read as what they build.

import type { Attribute, Block, Expr, ObjectField, Statement } from "./ast.js";

export const str = (value: string): Expr => ({ kind: "string", value });
export const bool = (value: boolean): Expr => ({ kind: "bool", value });
export const num = (value: number): Expr => ({ kind: "number", text: formatNumber(value) });
export const ident = (name: string): Expr => ({ kind: "ident", name });

/** `a.b.c` from its dotted text. */
export function traversal(path: string): Expr {
  const parts = path.split(".");
  let expr = ident(parts[0]);
  for (let i = 1; i < parts.length; i++) expr = { kind: "access", target: expr, field: parts[i] };
  return expr;
}

export function array(elements: Expr[], multiline = false): Expr {
  return { kind: "array", elements: elements.map((value) => ({ value })), multiline };
}

/** An object with its keys in the order given. */
export function object(fields: [string, Expr][]): Expr {
  return { kind: "object", fields: fields.map(([key, value]): ObjectField => ({ key, value })) };
}

/** A string map as Alloy prints maps: keys sorted. */
export function stringMap(map: Record<string, string>): Expr {
  return object(sortedKeys(map).map((k) => [k, str(map[k])]));
}

export function sortedKeys(map: Record<string, unknown>): string[] {
  return Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function call(callee: string, args: Expr[], multiline = false): Expr {
  return { kind: "call", callee: traversal(callee), args: args.map((value) => ({ value })), multiline };
}

export function binary(op: string, left: Expr, right: Expr): Expr {
  return { kind: "binary", op, left, right };
}

export function attr(name: string, value: Expr): Attribute {
  return { kind: "attribute", name, value };
}

export function block(name: string, body: Statement[], label?: string): Block {
  return { kind: "block", name, label, body };
}

/** Numbers as Go's %v prints float64 and ints. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e21)) {
    // Go uses a two-digit minimum exponent: 1e-05, 1e+21.
    return n.toExponential().replace(/e([+-])(\d)$/, "e$10$2");
  }
  return String(n);
}
