// The static-mode format's entry: what convert.ts links in and the CLI loads on demand.
import type { FormatEntry } from "../conversion.js";
import { convertStatic } from "../converters/static/convert.js";

export const entry: FormatEntry = { convert: convertStatic };
