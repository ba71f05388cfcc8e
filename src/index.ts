// The public API.
export { convert, SOURCE_FORMATS } from "./convert.js";
export type { ConvertOptions, ConvertResult, SourceFormat } from "./convert.js";
export { formatDiagnostic } from "./diagnostics.js";
export type { Diagnostic, Severity, SourceLocation } from "./diagnostics.js";
export { formatAlloy as format } from "./format.js";
export type { FormatResult } from "./format.js";
export type { Advice } from "./advice.js";
export { prepare, PREPARE_FORMATS } from "./prepare.js";
export type { PrepareDiagnostic, PrepareFormat, PrepareOptions, PrepareResult, PrepareStatus } from "./prepare.js";
export { reloadAlloy, reloadEndpoint } from "./reload.js";
export type { ReloadOptions, ReloadResult } from "./reload.js";
