// Conversion reports: Alloy's text report (`-r`), and a JSON form for machines that keeps
// every diagnostic with its YAML location.

import Handlebars from "handlebars";
import type { Advice } from "../advice.js";
import { formatDiagnostic, type Diagnostic, type Severity } from "../diagnostics.js";
import { has, outcomeOf, type Outcome } from "./outcome.js";
import { FOOTERS, TEXT_REPORT } from "./templates.js";

export { outcomeOf, REPORT_FORMATS, type Outcome, type ReportFormat } from "./outcome.js";

/** Severities the text report keeps: on failure Alloy lists only what caused it. */
const KEPT: Record<Outcome, readonly Severity[]> = {
  critical: ["Critical"],
  error: ["Critical", "Error"],
  success: ["Critical", "Error", "Warning", "Info"],
};

type TextReportData = { diagnostics: string[]; footer: string };
let renderText: HandlebarsTemplateDelegate<TextReportData> | undefined;

export function textReport(diagnostics: readonly Diagnostic[], bypassErrors: boolean): string {
  const outcome = outcomeOf(diagnostics, bypassErrors);
  const kept = diagnostics.filter((d) => KEPT[outcome].includes(d.severity));
  // Compiled on first use: importing the module (for the JSON report) does not pay for it.
  renderText ??= Handlebars.compile<TextReportData>(TEXT_REPORT, { noEscape: true, strict: true });
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
  return JSON.stringify(jsonReportObject(input), null, 2) + "\n";
}

/** A batch's JSON report: one document, `{ "files": [...] }`, each entry a single file's report. */
export function jsonBatchReport(inputs: readonly JsonReportInput[]): string {
  return JSON.stringify({ files: inputs.map(jsonReportObject) }, null, 2) + "\n";
}

function jsonReportObject(input: JsonReportInput) {
  return {
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
}
