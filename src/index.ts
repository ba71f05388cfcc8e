// The public API.
export { convert, SOURCE_FORMATS } from "./convert.js";
export type { ConvertOptions, ConvertResult, SourceFormat } from "./convert.js";
export { formatDiagnostic } from "./diagnostics.js";
export type { Diagnostic, Severity, SourceLocation } from "./diagnostics.js";
