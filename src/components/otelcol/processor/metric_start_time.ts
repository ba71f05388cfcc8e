// otelcol.processor.metric_start_time (component/otelcol/processor/metricstarttime).

import { arg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

export const metricStartTimeProcessor: ComponentSchema = {
  name: "otelcol.processor.metric_start_time",
  fields: [
    arg("strategy", "string", "true_reset_point"),
    arg("gc_interval", "duration", new Duration(600_000)),
    arg("start_time_metric_regex", "string"),
    outputBlock,
    debugMetricsBlock,
  ],
};
