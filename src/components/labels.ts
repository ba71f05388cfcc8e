// Component labels: how names from the source become Alloy identifiers, and the check
// that no two top-level components share a name and label.

import type { AlloyFile } from "../emit/ast.js";
import type { Diagnostics } from "../diagnostics.js";

/** Makes an identifier: invalid characters become `_`, a leading digit gets a `_` prefix. */
export function sanitizeIdentifier(s: string): string {
  let out = "";
  for (const ch of s) out += /[A-Za-z0-9_]/.test(ch) ? ch : "_";
  // A keyword is not an identifier either: `discovery.ec2.true.targets` does not parse.
  return /^[0-9]/.test(out) || out === "true" || out === "false" || out === "null" ? "_" + out : out;
}

/** Joins the non-empty parts with `_`, as an identifier. */
export function labelForParts(...parts: (string | number)[]): string {
  // Sanitized as Alloy's common.LabelForParts does: a part may come from a name in the
  // source (a static-mode logs config called `/path`), and a label must be an identifier.
  return sanitizeIdentifier(parts.filter((p) => p !== "").map(String).join("_"));
}

/** As labelForParts, with `_<index+1>` appended after the first (index 0 adds nothing). */
export function labelWithIndex(index: number, ...parts: (string | number)[]): string {
  return index === 0 ? labelForParts(...parts) : labelForParts(...parts, index + 1);
}

export function checkUniqueLabels(file: AlloyFile, diags: Diagnostics): void {
  const seen = new Set<string>();
  for (const stmt of file.body) {
    if (stmt.kind !== "block") continue;
    const key = stmt.label ? `${stmt.name}.${stmt.label}` : stmt.name;
    if (seen.has(key)) {
      diags.critical(
        `duplicate label after conversion "${key}". this is due to how valid Alloy labels are assembled and can be avoided by updating named properties in the source config.`,
      );
    } else seen.add(key);
  }
}
