// Prometheus's duration type (prometheus/common model.Duration) as read from YAML: a
// string such as `1d12h` whose parse failure stops the load with model.ParseDuration's text.

import { Duration } from "../../components/values.js";
import { DecodeFailure, parsed, type SourceType } from "../yaml/types.js";
import { goQuote } from "./go-format.js";

const UNITS: Record<string, { rank: number; ms: number }> = {
  y: { rank: 1, ms: 365 * 24 * 3_600_000 },
  w: { rank: 2, ms: 7 * 24 * 3_600_000 },
  d: { rank: 3, ms: 24 * 3_600_000 },
  h: { rank: 4, ms: 3_600_000 },
  m: { rank: 5, ms: 60_000 },
  s: { rank: 6, ms: 1000 },
  ms: { rank: 7, ms: 1 },
};

/** time.Duration's limit, in milliseconds. */
const MAX_MS = (2 ** 63 - 1) / 1e6;

/** model.ParseDuration: milliseconds, or the upstream error text. */
export function parseModelDuration(text: string): { ms: number } | { error: string } {
  if (text === "0") return { ms: 0 };
  if (text === "") return { error: "empty duration string" };
  const invalid = { error: `not a valid duration string: ${goQuote(text)}` };
  let rest = text;
  let lastRank = 0;
  let total = 0;
  while (rest !== "") {
    const m = /^(\d*)(\D*)/.exec(rest)!;
    const [whole, digits, unitName] = m;
    if (digits === "" || unitName === "") return invalid;
    const unit = UNITS[unitName];
    if (!unit) return { error: `unknown unit ${goQuote(unitName)} in duration ${goQuote(text)}` };
    if (unit.rank <= lastRank) return invalid;
    lastRank = unit.rank;
    total += Number(digits) * unit.ms;
    if (total > MAX_MS) return { error: "duration out of range" };
    rest = rest.slice(whole.length);
  }
  return { ms: total };
}

/** A model.Duration field, decoded to milliseconds. */
export const modelDuration: SourceType<number> = parsed((text, line) => {
  const result = parseModelDuration(text);
  if ("error" in result) throw new DecodeFailure(result.error, line);
  return result.ms;
});

/** A decoded model.Duration as the Go time.Duration Alloy's discovery arguments hold. */
export function goDurationOf(ms: number | undefined): Duration | undefined {
  return ms === undefined ? undefined : new Duration(ms, "go");
}
