// The Prometheus format's entry: what convert.ts links in and the CLI loads on demand.
import type { FormatEntry } from "../conversion.js";
import { convertPrometheus } from "../converters/prometheus/convert.js";

export const entry: FormatEntry = { convert: convertPrometheus };
