// Size and duration texts as Promtail reads them and Alloy prints them: flagext.ByteSize
// (c2h5oh/datasize, 1024-based, upper-cased first), units.Base2Bytes's String (`1MiB512KiB`)
// and time.ParseDuration with its error texts.

import { goQuote } from "../../shared/go-format.js";

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

const BASE2_MAGNITUDES = ["", "K", "M", "G", "T", "P", "E"];

/** units.Base2Bytes.String: each non-zero 1024-power part, largest first; zero is `0B`. */
export function formatBase2Bytes(bytes: bigint): string {
  const parts: string[] = [];
  let rest = bytes;
  for (let i = 0; i < BASE2_MAGNITUDES.length; i++) {
    const part = rest % 1024n;
    if (part !== 0n || (i === 0 && rest === 0n)) parts.unshift(`${part}${BASE2_MAGNITUDES[i]}${i === 0 ? "B" : "iB"}`);
    rest /= 1024n;
    if (rest === 0n) break;
  }
  return parts.join("");
}

const DURATION_UNIT_MS: Record<string, number> = {
  ns: 1e-6, us: 1e-3, "µs": 1e-3, "μs": 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000,
};

/** time.ParseDuration: milliseconds, or Go's error text. */
export function parseGoDurationText(text: string): { ms: number } | { error: string } {
  const invalid = { error: `time: invalid duration ${goQuote(text)}` };
  let s = text;
  let sign = 1;
  if (s.startsWith("-") || s.startsWith("+")) {
    if (s[0] === "-") sign = -1;
    s = s.slice(1);
  }
  if (s === "0") return { ms: 0 };
  if (s === "") return invalid;
  let total = 0;
  while (s !== "") {
    const number = /^(\d*)(\.(\d*))?/.exec(s)!;
    const whole = number[1];
    const fraction = number[3] ?? "";
    if (whole === "" && fraction === "") return invalid;
    s = s.slice(number[0].length);
    const unit = /^[^0-9.]*/.exec(s)![0];
    if (unit === "") return { error: `time: missing unit in duration ${goQuote(text)}` };
    const size = DURATION_UNIT_MS[unit];
    if (size === undefined) return { error: `time: unknown unit ${goQuote(unit)} in duration ${goQuote(text)}` };
    total += Number(`${whole || "0"}.${fraction || "0"}`) * size;
    s = s.slice(unit.length);
  }
  return { ms: sign * total };
}
