// otelcol.processor.deltatocumulative (component/otelcol/processor/deltatocumulative).

import { arg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

/** Go's math.MaxInt, the "no limit" both sides default max_streams to (as a JS number). */
export const MAX_INT = 2 ** 63 - 1;

export const deltatocumulativeProcessor: ComponentSchema = {
  name: "otelcol.processor.deltatocumulative",
  fields: [arg("max_stale", "duration", new Duration(300_000)), arg("max_streams", "number", MAX_INT), outputBlock, debugMetricsBlock],
};
