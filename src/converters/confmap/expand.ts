// The Collector's resolver expands `${scheme:value}` references in string values. Alloy
// registers only the `env` scheme (also the default for a reference without one), and its
// env provider returns the reference itself, escaped, so that `${env:NAME}` and
// `${NAME:-default}` reach the output as text for the printer's sys.env rewrite.
// `$$` is the escape for a literal `$`.

import { isConfMap, type ConfMap, type ConfValue } from "./tree.js";

export class ResolveError extends Error {}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/** Resolves every string of the tree; map keys are left as written, as the Collector does. */
export function expandReferences(value: ConfValue): ConfValue {
  if (typeof value === "string") return expandString(value);
  if (Array.isArray(value)) return value.map(expandReferences);
  if (isConfMap(value)) {
    for (const key of Object.keys(value)) (value as ConfMap)[key] = expandReferences(value[key]);
    return value;
  }
  return value;
}

function expandString(text: string): string {
  if (!text.includes("$")) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "$" && text[i + 1] === "$") {
      out += "$";
      i += 2;
      continue;
    }
    if (ch === "$" && text[i + 1] === "{") {
      const end = closingBrace(text, i + 2);
      if (end < 0) {
        out += text.slice(i);
        break;
      }
      out += resolveReference(text.slice(i + 2, end));
      i = end + 1;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "$" && text[i + 1] === "{") {
      depth++;
      i++;
    } else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

function resolveReference(inner: string): string {
  const uri = SCHEME.test(inner) ? inner : `env:${inner}`;
  const scheme = SCHEME.exec(uri)![1];
  if (scheme !== "env") throw new ResolveError(`scheme "${scheme}" is not supported for uri "${uri}"`);
  return `\${${uri}}`;
}
