// Conversion reports: Alloy's text report (`-r`), and a JSON form for machines that keeps
// every diagnostic with its YAML location.

import Handlebars from "handlebars";
import type { Advice } from "../advice.js";
import { formatDiagnostic, type Diagnostic, type Severity } from "../diagnostics.js";
import { FOOTERS, TEXT_REPORT } from "./templates.js";

export const REPORT_FORMATS = ["text", "json", "sarif"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What a conversion came to, by Alloy's rule: a Critical always stops it, an Error unless bypassed. */
export type Outcome = keyof typeof FOOTERS;

export function outcomeOf(diagnostics: readonly Diagnostic[], bypassErrors: boolean): Outcome {
  if (has(diagnostics, "Critical")) return "critical";
  if (has(diagnostics, "Error") && !bypassErrors) return "error";
  return "success";
}

function has(diagnostics: readonly Diagnostic[], severity: Severity): boolean {
  return diagnostics.some((d) => d.severity === severity);
}

/** Severities the text report keeps: on failure Alloy lists only what caused it. */
const KEPT: Record<Outcome, readonly Severity[]> = {
  critical: ["Critical"],
  error: ["Critical", "Error"],
  success: ["Critical", "Error", "Warning", "Info"],
};

const renderText = Handlebars.compile<{ diagnostics: string[]; footer: string }>(TEXT_REPORT, {
  noEscape: true,
  strict: true,
});

export function textReport(diagnostics: readonly Diagnostic[], bypassErrors: boolean): string {
  const outcome = outcomeOf(diagnostics, bypassErrors);
  const kept = diagnostics.filter((d) => KEPT[outcome].includes(d.severity));
  return renderText({ diagnostics: kept.map(formatDiagnostic), footer: FOOTERS[outcome] });
}

export interface JsonReportInput {
  source: string;
  sourceFormat: string;
  bypassErrors: boolean;
  diagnostics: readonly Diagnostic[];
  advice: readonly Advice[];
}

/** The JSON report's outcome: Alloy's, with `bypassed` when -b let Errors through. */
function jsonOutcome(input: JsonReportInput): Outcome | "bypassed" {
  const outcome = outcomeOf(input.diagnostics, input.bypassErrors);
  return outcome === "success" && has(input.diagnostics, "Error") ? "bypassed" : outcome;
}

export function jsonReport(input: JsonReportInput): string {
  const report = {
    source: input.source,
    sourceFormat: input.sourceFormat,
    outcome: jsonOutcome(input),
    diagnostics: input.diagnostics.map((d) => ({
      severity: d.severity,
      summary: d.summary,
      ...(d.detail ? { detail: d.detail } : {}),
      ...(d.location ? { line: d.location.line, column: d.location.column } : {}),
      text: formatDiagnostic(d),
    })),
    advice: input.advice,
  };
  return JSON.stringify(report, null, 2) + "\n";
}
