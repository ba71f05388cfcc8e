// The library's conversion entry: bytes in, Alloy text and diagnostics out. Never throws.
// Synchronous, so every format is linked in here; the CLI loads only the one it needs
// (formats/load.ts) and calls the same pipeline (conversion.ts).

import { convertWith, type ConvertOptions, type ConvertResult, type FormatEntry, type SourceFormat } from "./conversion.js";
import { entry as prometheus } from "./formats/prometheus.js";
import { entry as promtail } from "./formats/promtail.js";
import { entry as otelcol } from "./formats/otelcol.js";
import { entry as staticMode } from "./formats/static.js";

export { SOURCE_FORMATS } from "./conversion.js";
export type { ConvertOptions, ConvertResult, FormatConverter, SourceFormat } from "./conversion.js";

const CONVERTERS: Record<SourceFormat, FormatEntry> = { prometheus, promtail, otelcol, static: staticMode };

export function convert(source: string | Uint8Array, options: ConvertOptions): ConvertResult {
  return convertWith(Object.hasOwn(CONVERTERS, options.sourceFormat) ? CONVERTERS[options.sourceFormat] : undefined, source, options);
}
