// The Collector format's entry: what convert.ts links in and the CLI loads on demand.
import type { FormatEntry } from "../conversion.js";
import { convertOtelcol } from "../converters/otelcol/convert.js";
import { rewriteEnvReferences } from "../converters/otelcol/envvars.js";

export const entry: FormatEntry = { convert: convertOtelcol, finish: rewriteEnvReferences };
