// otelcol.processor.memory_limiter (component/otelcol/processor/memorylimiter).

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

export const memoryLimiterProcessor: ComponentSchema = {
  name: "otelcol.processor.memory_limiter",
  fields: [
    requiredArg("check_interval", "duration"),
    arg("limit", "bytes"),
    arg("spike_limit", "bytes"),
    arg("limit_percentage", "number"),
    arg("spike_limit_percentage", "number"),
    outputBlock,
    debugMetricsBlock,
  ],
};
