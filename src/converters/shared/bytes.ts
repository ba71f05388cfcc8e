// Byte sizes as upstream programs read them — units.Base2Bytes (`256KB`, `1MiB`) and flagext.ByteSize
// (c2h5oh/datasize, 1024-based, upper-cased first) — and as Alloy prints them, Base2Bytes's
// String (`1KiB`, `1MiB512KiB`, `0B`).

import { goQuote } from "./go-format.js";

const PREFIXES = ["", "K", "M", "G", "T", "P", "E"];

/** Base2Bytes.String: each non-zero power of 1024 from the largest, `0B` for zero. */
export function formatBase2Bytes(n: number | bigint): string {
  // A float outside int64 (NaN, ±Inf, 1e300) is what Go's int64(f) makes of it on amd64.
  let rest = typeof n === "bigint" ? n : Number.isFinite(n) && Math.abs(n) < 2 ** 63 ? BigInt(Math.trunc(n)) : -(1n << 63n);
  if (rest === 0n) return "0B";
  const parts: string[] = [];
  for (let i = 0; i < PREFIXES.length && rest !== 0n; i++) {
    const digit = rest % 1024n;
    if (digit !== 0n) parts.unshift(`${digit}${PREFIXES[i]}${i === 0 ? "B" : "iB"}`);
    rest /= 1024n;
  }
  return parts.join("");
}

const UNIT_SIZES: Record<string, number> = { B: 1 };
PREFIXES.slice(1).forEach((p, i) => {
  UNIT_SIZES[p + "B"] = 1024 ** (i + 1);
  UNIT_SIZES[p + "iB"] = 1024 ** (i + 1);
});

/** units.ParseBase2Bytes (`256KB`, `1MiB`, `1KB512B`); undefined when the text does not parse. */
export function parseBase2Bytes(text: string): number | undefined {
  const re = /^(\d+)([A-Za-z]+)/;
  let rest = text;
  let total = 0;
  if (rest === "") return undefined;
  while (rest.length > 0) {
    const m = re.exec(rest);
    const size = m ? UNIT_SIZES[m[2]] : undefined;
    if (!m || size === undefined) return undefined;
    total += parseInt(m[1], 10) * size;
    rest = rest.slice(m[0].length);
  }
  return total;
}

const SIZE_UNITS: [string[], number][] = [
  [["", "b", "byte"], 0],
  [["k", "kb", "kilo", "kilobyte", "kilobytes"], 1],
  [["m", "mb", "mega", "megabyte", "megabytes"], 2],
  [["g", "gb", "giga", "gigabyte", "gigabytes"], 3],
  [["t", "tb", "tera", "terabyte", "terabytes"], 4],
  [["p", "pb", "peta", "petabyte", "petabytes"], 5],
  [["e", "eb"], 6],
];

const MAX_UINT64 = (1n << 64n) - 1n;

/** flagext.ByteSize.Set: a byte count, or the error text Go prints. */
export function parseByteSize(text: string): { bytes: bigint } | { error: string } {
  const upper = text.toUpperCase();
  const syntaxError = { error: `strconv.UnmarshalText: parsing ${goQuote(upper)}: invalid syntax` };
  const digits = /^[0-9]*/.exec(upper)![0];
  if (digits === "" && upper !== "") return syntaxError;
  const unit = upper.slice(digits.length).trim().toLowerCase();
  const entry = SIZE_UNITS.find(([names]) => names.includes(unit));
  if (!entry) return syntaxError;
  const bytes = BigInt(digits || "0") * 1024n ** BigInt(entry[1]);
  if (bytes > MAX_UINT64) return { error: `strconv.UnmarshalText: parsing ${goQuote(upper)}: value out of range` };
  return { bytes };
}

/** alecthomas/units unit maps for Base2Bytes: `KiB`… and the older `KB`…, both 1024-based. */
function base2UnitMap(suffix: string): Map<string, number> {
  const units = new Map<string, number>([["B", 1]]);
  PREFIXES.slice(1).forEach((p, i) => units.set(p + suffix, 1024 ** (i + 1)));
  return units;
}
const BYTES_UNITS = base2UnitMap("iB");
const OLD_BYTES_UNITS = base2UnitMap("B");

/** units.ParseUnit: a signed sum of `<number><unit>` terms, or Go's error text. */
function parseUnit(orig: string, units: Map<string, number>): { value: number } | { error: string } {
  const invalid = { error: `units: invalid ${orig}` };
  let s = orig;
  let neg = false;
  if (s !== "" && (s[0] === "-" || s[0] === "+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0") return { value: 0 };
  if (s === "") return invalid;
  let total = 0;
  while (s !== "") {
    if (!/^[.0-9]/.test(s)) return invalid;
    const whole = /^[0-9]*/.exec(s)![0];
    // leadingInt refuses what overflows an int64.
    if (whole !== "" && BigInt(whole) > (1n << 63n) - 1n) return invalid;
    s = s.slice(whole.length);
    let value = whole === "" ? 0 : Number(whole);
    let fraction = "";
    if (s.startsWith(".")) {
      fraction = /^[0-9]*/.exec(s.slice(1))![0];
      if (fraction !== "" && BigInt(fraction) > (1n << 63n) - 1n) return invalid;
      s = s.slice(1 + fraction.length);
      if (fraction !== "") value += Number(fraction) / 10 ** fraction.length;
    }
    if (whole === "" && fraction === "") return invalid;
    const unit = /^[^.0-9]*/.exec(s)![0];
    s = s.slice(unit.length);
    const size = units.get(unit);
    if (size === undefined) return { error: `units: unknown unit ${unit} in ${orig}` };
    total += value * size;
  }
  if (neg) total = -total;
  if (total < -(2 ** 63) || total > 2 ** 63 - 1) return { error: "units: overflow parsing unit" };
  return { value: Math.trunc(total) };
}

/** units.ParseBase2Bytes exactly: `KiB` units, else the older `KB` ones, whose error is reported. */
export function parseGoBase2Bytes(text: string): { bytes: number } | { error: string } {
  const modern = parseUnit(text, BYTES_UNITS);
  if ("value" in modern) return { bytes: modern.value };
  const old = parseUnit(text, OLD_BYTES_UNITS);
  return "value" in old ? { bytes: old.value } : old;
}
