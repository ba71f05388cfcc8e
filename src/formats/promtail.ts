// The Promtail format's entry: what convert.ts links in and the CLI loads on demand.
import type { FormatEntry } from "../conversion.js";
import { convertPromtail } from "../converters/promtail/convert.js";

export const entry: FormatEntry = { convert: convertPromtail };
