// Alloy's last step for Collector configs: every string that is exactly an environment
// reference (`"${env:NAME}"`, `"${NAME:-default}"`) becomes `coalesce(sys.env("NAME"),
// "default")`. Alloy rewrites the printed text, then formats it again, so alignment
// follows the longer expressions; the default is kept as it was escaped in the string.

import { formatAlloy } from "../../format.js";

const ENV_REFERENCE = /"\$\{(?:env:)?([a-zA-Z_][a-zA-Z0-9_]*)(:-([^\n]*))?\}"/g;

export function rewriteEnvReferences(text: string): string {
  if (!text.includes("${")) return text;
  const rewritten = text.replace(ENV_REFERENCE, (match: string, name: string, _d, fallback: string | undefined, offset: number) =>
    // A quote after a backslash is inside a string (`"a\"${env:X}"`), not the start of one.
    escaped(text, offset) ? match : `coalesce(sys.env("${name}"), "${fallback ?? ""}")`,
  );
  // A reference whose default spans other strings can still break the syntax: then the
  // strings stay as they were rather than the file becoming one Alloy cannot read.
  return formatAlloy(rewritten).output ?? text;
}

function escaped(text: string, offset: number): boolean {
  let backslashes = 0;
  for (let i = offset - 1; i >= 0 && text[i] === "\\"; i--) backslashes++;
  return backslashes % 2 === 1;
}
