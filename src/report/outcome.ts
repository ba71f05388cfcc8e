// What a conversion came to, by Alloy's rule, and the report formats `-r` writes. Apart
// from report.ts so that a run without `-r` parses its flags and decides its exit status
// without loading the report's template engine.

import type { Diagnostic, Severity } from "../diagnostics.js";
import type { FOOTERS } from "./templates.js";

export const REPORT_FORMATS = ["text", "json", "sarif"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What a conversion came to, by Alloy's rule: a Critical always stops it, an Error unless bypassed. */
export type Outcome = keyof typeof FOOTERS;

export function outcomeOf(diagnostics: readonly Diagnostic[], bypassErrors: boolean): Outcome {
  if (has(diagnostics, "Critical")) return "critical";
  if (has(diagnostics, "Error") && !bypassErrors) return "error";
  return "success";
}

export function has(diagnostics: readonly Diagnostic[], severity: Severity): boolean {
  return diagnostics.some((d) => d.severity === severity);
}
