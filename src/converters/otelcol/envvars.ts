// Alloy's last step for Collector configs: every string that is exactly an environment
// reference (`"${env:NAME}"`, `"${NAME:-default}"`) becomes `coalesce(sys.env("NAME"),
// "default")`. Alloy rewrites the printed text, then formats it again, so alignment
// follows the longer expressions; the default is kept as it was escaped in the string.

import { formatAlloy } from "../../format.js";

const ENV_REFERENCE = /"\$\{(?:env:)?([a-zA-Z_][a-zA-Z0-9_]*)(:-([^\n]*))?\}"/g;

export function rewriteEnvReferences(text: string): string {
  if (!text.includes("${")) return text;
  const rewritten = text.replace(ENV_REFERENCE, (_m, name: string, _d, fallback: string | undefined) => `coalesce(sys.env("${name}"), "${fallback ?? ""}")`);
  return formatAlloy(rewritten).output ?? rewritten;
}
