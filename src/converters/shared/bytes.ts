// Byte sizes as upstream programs read them — units.Base2Bytes (`256KB`, `1MiB`) and flagext.ByteSize
// (c2h5oh/datasize, 1024-based, upper-cased first) — and as Alloy prints them, Base2Bytes's
// String (`1KiB`, `1MiB512KiB`, `0B`).

import { goQuote } from "./go-format.js";

const PREFIXES = ["", "K", "M", "G", "T", "P", "E"];

/** Base2Bytes.String: each non-zero power of 1024 from the largest, `0B` for zero. */
export function formatBase2Bytes(n: number | bigint): string {
  let rest = BigInt(typeof n === "number" ? Math.trunc(n) : n);
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
