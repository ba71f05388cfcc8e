// The conversion entry: bytes in, Alloy text and diagnostics out. Never throws.

import { Diagnostics, type Diagnostic } from "./diagnostics.js";
import { printFile } from "./emit/printer.js";
import type { AlloyFile } from "./emit/ast.js";
import { convertPrometheus } from "./converters/prometheus/convert.js";
import { convertPromtail } from "./converters/promtail/convert.js";
import { checkUniqueLabels } from "./components/labels.js";
import { adviseOnFile, adviseOnFormat, type Advice } from "./advice.js";
import { convertOtelcol } from "./converters/otelcol/convert.js";
import { rewriteEnvReferences } from "./converters/otelcol/envvars.js";
import { convertStatic } from "./converters/static/convert.js";

export const SOURCE_FORMATS = ["prometheus", "promtail", "otelcol", "static"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface ConvertOptions {
  sourceFormat: SourceFormat;
  /** e.g. ["-enable-features", "integrations-next", "-config.expand-env"] */
  extraArgs?: string[];
  /** Default true; false skips upstream validation where the format has it (otelcol). */
  validate?: boolean;
}

export interface ConvertResult {
  /** Present unless a Critical diagnostic stopped the conversion. */
  output?: string;
  /** Exactly Alloy's diagnostics. */
  diagnostics: Diagnostic[];
  /** What alloy-convert adds that `alloy convert` does not say (see advice.ts). */
  advice: Advice[];
}

/** A format's converter: reads the source and returns the Alloy file, or nothing on a Critical. */
export type FormatConverter = (source: string, options: ConvertOptions, diags: Diagnostics) => AlloyFile | undefined;

interface FormatEntry {
  convert: FormatConverter;
  /** A rewrite of the printed text that the format's Alloy converter applies last. */
  finish?: (text: string) => string;
}

const CONVERTERS: Partial<Record<SourceFormat, FormatEntry>> = {
  prometheus: { convert: convertPrometheus },
  promtail: { convert: convertPromtail },
  otelcol: { convert: convertOtelcol, finish: rewriteEnvReferences },
  static: { convert: convertStatic },
};

export function convert(source: string | Uint8Array, options: ConvertOptions): ConvertResult {
  const diags = new Diagnostics();
  const advice: Advice[] = [];
  try {
    const converter = CONVERTERS[options.sourceFormat];
    if (!converter) {
      diags.critical(`unsupported source format "${String(options.sourceFormat)}"; supported formats: ${Object.keys(CONVERTERS).join(", ")}`);
      return { diagnostics: diags.list, advice };
    }
    const text = decodeText(source);
    advice.push(...adviseOnFormat(text, options.sourceFormat));
    const file = converter.convert(text, options, diags);
    if (!file || diags.hasCritical()) return { diagnostics: diags.list, advice };
    checkUniqueLabels(file, diags);
    if (diags.hasCritical()) return { diagnostics: diags.list, advice };
    advice.push(...adviseOnFile(file));
    const printed = printFile(file);
    return { output: converter.finish ? converter.finish(printed) : printed, diagnostics: diags.list, advice };
  } catch (e) {
    // A converter bug must still surface as a diagnostic, not a crash of the caller.
    diags.critical(`internal error while converting: ${e instanceof Error ? e.message : String(e)}`);
    return { diagnostics: diags.list, advice };
  }
}

function decodeText(source: string | Uint8Array): string {
  const text = typeof source === "string" ? source : new TextDecoder("utf-8").decode(source);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
