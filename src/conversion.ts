// The conversion pipeline, given one format's converter: bytes in, Alloy text and
// diagnostics out. Never throws. Kept apart from the converters themselves so that the
// CLI can load only the format it is asked for (formats/load.ts) while the library's
// `convert()` (convert.ts) stays synchronous with every format linked in.

import { Diagnostics, type Diagnostic } from "./diagnostics.js";
import { printFile } from "./emit/printer.js";
import type { AlloyFile } from "./emit/ast.js";
import { checkUniqueLabels } from "./components/labels.js";
import { invalidLabels, nonFiniteNumbers } from "./emit/finite.js";
import { quoteString } from "./emit/strings.js";
import { adviseOnFile, adviseOnFormat, type Advice } from "./advice.js";
import { SOURCE_FORMATS, type SourceFormat } from "./formats/names.js";
import { decodeSource } from "./io/encoding.js";

export { SOURCE_FORMATS, type SourceFormat } from "./formats/names.js";

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

export interface FormatEntry {
  convert: FormatConverter;
  /** A rewrite of the printed text that the format's Alloy converter applies last. */
  finish?: (text: string) => string;
}

/** Converts with `entry`, the converter of `options.sourceFormat` (undefined: not a format we know). */
export function convertWith(entry: FormatEntry | undefined, source: string | Uint8Array, options: ConvertOptions): ConvertResult {
  const diags = new Diagnostics();
  const advice: Advice[] = [];
  try {
    if (!entry) {
      diags.critical(`unsupported source format "${String(options.sourceFormat)}"; supported formats: ${SOURCE_FORMATS.join(", ")}`);
      return { diagnostics: diags.list, advice };
    }
    const text = decodeText(source);
    advice.push(...adviseOnFormat(text, options.sourceFormat));
    const file = entry.convert(text, options, diags);
    if (!file || diags.hasCritical()) return { diagnostics: diags.list, advice };
    checkUniqueLabels(file, diags);
    for (const { where, text } of nonFiniteNumbers(file)) {
      diags.critical(`${where} would be ${text}, which Alloy cannot read: its syntax has no NaN or infinite numbers; use a finite value in the source`);
    }
    for (const { where, label } of invalidLabels(file)) {
      diags.critical(`${where} would be labelled ${quoteString(label)}, which Alloy cannot read: a block label must be an identifier (letters, digits and _, not starting with a digit); rename it in the source`);
    }
    if (diags.hasCritical()) return { diagnostics: diags.list, advice };
    advice.push(...adviseOnFile(file));
    const printed = printFile(file);
    return { output: entry.finish ? entry.finish(printed) : printed, diagnostics: diags.list, advice };
  } catch (e) {
    // A converter bug must still surface as a diagnostic, not a crash of the caller.
    diags.critical(`internal error while converting: ${e instanceof Error ? e.message : String(e)}`);
    return { diagnostics: diags.list, advice };
  }
}

function decodeText(source: string | Uint8Array): string {
  return decodeSource(source);
}
