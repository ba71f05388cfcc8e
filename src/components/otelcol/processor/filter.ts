// otelcol.processor.filter (component/otelcol/processor/filter).

import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

export const filterProcessor: ComponentSchema = {
  name: "otelcol.processor.filter",
  fields: [
    // The upstream default became `ignore` with Collector v0.158; Alloy follows it
    // (the corpus drops an explicit `error_mode: ignore`).
    arg("error_mode", "string", "ignore"),
    blockOf("traces", [arg("span", "list"), arg("spanevent", "list")], { omitWhenEmpty: true }),
    blockOf("metrics", [arg("metric", "list"), arg("datapoint", "list")], { omitWhenEmpty: true }),
    blockOf("logs", [arg("log_record", "list")], { omitWhenEmpty: true }),
    outputBlock,
    debugMetricsBlock,
  ],
};
