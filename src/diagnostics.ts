// Diagnostics: Alloy's severities and text, plus where in the YAML the problem is. The
// location is kept apart from the text so the rendered text stays exactly Alloy's.

export type Severity = "Critical" | "Error" | "Warning" | "Info";

const RANK: Record<Severity, number> = { Critical: 4, Error: 3, Warning: 2, Info: 1 };

export interface SourceLocation {
  line: number;
  column: number;
}

export interface Diagnostic {
  severity: Severity;
  summary: string;
  detail?: string;
  location?: SourceLocation;
}

/** Alloy's rendering: `(Error) summary`, and the detail on the next line when there is one. */
export function formatDiagnostic(d: Diagnostic): string {
  return `(${d.severity}) ${d.summary}` + (d.detail ? "\n" + d.detail : "");
}

export function atLeast(d: Diagnostic, severity: Severity): boolean {
  return RANK[d.severity] >= RANK[severity];
}

/** Collects diagnostics in emission order. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];

  add(severity: Severity, summary: string, location?: SourceLocation, detail?: string): void {
    const d: Diagnostic = { severity, summary };
    if (detail) d.detail = detail;
    if (location) d.location = location;
    this.list.push(d);
  }
  critical(summary: string, location?: SourceLocation): void {
    this.add("Critical", summary, location);
  }
  error(summary: string, location?: SourceLocation): void {
    this.add("Error", summary, location);
  }
  warning(summary: string, location?: SourceLocation): void {
    this.add("Warning", summary, location);
  }
  info(summary: string, location?: SourceLocation): void {
    this.add("Info", summary, location);
  }

  hasCritical(): boolean {
    return this.list.some((d) => d.severity === "Critical");
  }
}
