// Typed values a converter hands to the encoder: plain JS values for strings, numbers,
// booleans, lists and maps, plus the two kinds the encoder must not guess at.

import type { Expr } from "../emit/ast.js";

/** A duration and the notation Alloy prints it in: Go's (`1m0s`) or Prometheus's (`1m`). */
export class Duration {
  constructor(
    readonly ms: number,
    readonly style: "go" | "prometheus" = "go",
  ) {}

  toString(): string {
    return this.style === "go" ? formatGoDuration(this.ms) : formatPrometheusDuration(this.ms);
  }

  as(style: "go" | "prometheus"): Duration {
    return new Duration(this.ms, style);
  }
}

/** An expression written as is, such as a reference to another component's export. */
export class Raw {
  constructor(readonly expr: Expr) {}
}

export type Value =
  | string
  | number
  | boolean
  | Duration
  | Raw
  | Value[]
  | { [key: string]: Value | undefined };

/** The arguments and blocks of one component or block, keyed by Alloy name. */
export type Values = { [name: string]: Value | undefined };

export function valuesEqual(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  if (a instanceof Duration || b instanceof Duration) {
    return a instanceof Duration && b instanceof Duration && a.ms === b.ms;
  }
  if (a instanceof Raw || b instanceof Raw) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]));
  }
  if (typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => valuesEqual(a[k], b[k]));
  }
  return false;
}

const NS_UNITS: [string, number][] = [
  ["h", 3_600_000],
  ["m", 60_000],
];

/** Go's time.Duration.String for a whole or fractional number of milliseconds. */
export function formatGoDuration(ms: number): string {
  if (ms === 0) return "0s";
  const sign = ms < 0 ? "-" : "";
  let rest = Math.abs(ms);
  if (rest < 1000) {
    // Below a second Go picks ms, µs or ns with a decimal fraction.
    const ns = Math.round(rest * 1e6);
    if (ns < 1000) return sign + ns + "ns";
    if (ns < 1_000_000) return sign + trimDecimal(ns / 1000) + "µs";
    return sign + trimDecimal(ns / 1e6) + "ms";
  }
  let out = "";
  for (const [unit, size] of NS_UNITS) {
    const n = Math.floor(rest / size);
    if (n > 0 || out) out += n + unit;
    rest -= n * size;
  }
  return sign + out + trimDecimal(rest / 1000) + "s";
}

function trimDecimal(n: number): string {
  return String(Number(n.toFixed(9)));
}

const PROM_UNITS: [string, number][] = [
  ["y", 365 * 24 * 3_600_000],
  ["w", 7 * 24 * 3_600_000],
  ["d", 24 * 3_600_000],
  ["h", 3_600_000],
  ["m", 60_000],
  ["s", 1000],
  ["ms", 1],
];

/** Prometheus's model.Duration.String: largest units first, zero units left out. */
export function formatPrometheusDuration(ms: number): string {
  if (ms === 0) return "0s";
  let rest = Math.round(ms);
  let out = "";
  for (const [unit, size] of PROM_UNITS) {
    // Years, weeks and days appear only when they divide the duration exactly.
    if ((unit === "y" || unit === "w" || unit === "d") && rest % size !== 0) continue;
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += n + unit;
      rest -= n * size;
    }
  }
  return out;
}
