// Go's time.Duration as upstream programs read it: time.ParseDuration with its error
// texts, and the yaml.v2 field type that parses a string with it.

import { isScalar, type Node } from "yaml";
import { Duration } from "../../components/values.js";
import { typeError, type SourceType } from "../yaml/types.js";
import { goQuote } from "./go-format.js";

const UNIT_MS: Record<string, number> = {
  ns: 1e-6, us: 1e-3, "µs": 1e-3, "μs": 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000,
};

/** time.ParseDuration: milliseconds, or Go's error text. */
export function parseGoDuration(text: string): { ms: number } | { error: string } {
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
    const size = UNIT_MS[unit];
    if (size === undefined) return { error: `time: unknown unit ${goQuote(unit)} in duration ${goQuote(text)}` };
    total += Number(`${whole || "0"}.${fraction || "0"}`) * size;
    s = s.slice(unit.length);
  }
  return { ms: sign * total };
}

/**
 * A time.Duration struct field: yaml.v2 parses a string with time.ParseDuration and reports
 * anything else, or a string that does not parse, as a type error.
 */
export const goDuration: SourceType<Duration> = {
  goName: "time.Duration",
  decode(raw, ctx) {
    const node = raw as Node | null;
    if (node === null || (isScalar(node) && node.value === null)) return undefined;
    const parsed = isScalar(node) && typeof node.value === "string" ? parseGoDuration(node.value) : undefined;
    return parsed && "ms" in parsed ? new Duration(parsed.ms) : typeError(node, "time.Duration", ctx);
  },
};
