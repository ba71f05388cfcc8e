// Go's fmt verbs as upstream error texts use them: %q for strings, and %v, %s and %T on
// what yaml.v2 decodes into an interface{} (Alloy quotes Promtail stage configs that way),
// which needs Go's rendering of maps (`map[k:v]`, keys sorted), slices (`[a b]`) and nil (`<nil>`).

import { formatNumber } from "../../emit/build.js";
import { quoteString } from "../../emit/strings.js";

type GoKind = "nil" | "string" | "int" | "float64" | "bool" | "slice" | "map";

export function goKindOf(v: unknown): GoKind {
  if (v === null || v === undefined) return "nil";
  if (typeof v === "string") return "string";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float64";
  if (Array.isArray(v)) return "slice";
  return "map";
}

/** %T: the dynamic Go type yaml.v2 gives the value. */
export function goTypeName(v: unknown): string {
  const kind = goKindOf(v);
  if (kind === "nil") return "<nil>";
  if (kind === "slice") return "[]interface {}";
  if (kind === "map") return "map[interface {}]interface {}";
  return kind;
}

function sortedEntries(map: Record<string, unknown>): [string, unknown][] {
  return Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** %v */
export function goValue(v: unknown): string {
  const kind = goKindOf(v);
  switch (kind) {
    case "nil":
      return "<nil>";
    case "string":
      return v as string;
    case "int":
    case "float64":
      return formatNumber(v as number);
    case "bool":
      return String(v);
    case "slice":
      return "[" + (v as unknown[]).map(goValue).join(" ") + "]";
    case "map":
      return "map[" + sortedEntries(v as Record<string, unknown>).map(([k, x]) => `${k}:${goValue(x)}`).join(" ") + "]";
  }
}

/** %s: strings as they are, other scalars as Go's `%!s(type=value)` complaint. */
export function goString(v: unknown): string {
  const kind = goKindOf(v);
  switch (kind) {
    case "string":
      return v as string;
    case "nil":
      return "%!s(<nil>)";
    case "slice":
      return "[" + (v as unknown[]).map(goString).join(" ") + "]";
    case "map":
      return "map[" + sortedEntries(v as Record<string, unknown>).map(([k, x]) => `${k}:${goString(x)}`).join(" ") + "]";
    default:
      return `%!s(${kind}=${goValue(v)})`;
  }
}

/** %q / strconv.Quote, as Go's error texts quote strings; Alloy's string syntax uses the same rules. */
export function goQuote(s: string): string {
  if (!ESCAPED_BYTE.test(s)) return quoteString(s);
  // A byte that is not UTF-8 (see yaml/binary.ts) is printed as Go prints it: `\xff`.
  const parts = s.split(ESCAPED_BYTES).map((part) =>
    ESCAPED_BYTE.test(part) ? [...part].map((c) => "\\x" + (c.charCodeAt(0) - 0xdc00).toString(16).padStart(2, "0")).join("") : quoteString(part).slice(1, -1),
  );
  return '"' + parts.join("") + '"';
}

/** A lone low surrogate U+DC80–U+DCFF: a byte of a Go string that is not UTF-8. */
const ESCAPED_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;
const ESCAPED_BYTES = /((?:(?<![\uD800-\uDBFF])[\uDC80-\uDCFF])+)/;
