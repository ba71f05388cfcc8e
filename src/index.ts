// The public API.
export { convert, SOURCE_FORMATS } from "./convert.js";
export type { ConvertOptions, ConvertResult, SourceFormat } from "./convert.js";
export { formatDiagnostic } from "./diagnostics.js";
export type { Diagnostic, Severity, SourceLocation } from "./diagnostics.js";
export { formatAlloy as format } from "./format.js";
export type { FormatResult } from "./format.js";
export type { Advice } from "./advice.js";
