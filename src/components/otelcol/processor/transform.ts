// otelcol.processor.transform (component/otelcol/processor/transform).

import { arg, blockOf, blocksOf, requiredArg, type ComponentSchema, type Schema } from "../../schema.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

const contextStatementsFields: Schema = [
  requiredArg("context", "string"),
  arg("conditions", "list"),
  requiredArg("statements", "list"),
  arg("error_mode", "string"),
];

export const transformProcessor: ComponentSchema = {
  name: "otelcol.processor.transform",
  fields: [
    // As for the filter processor, `ignore` is the default since Collector v0.158.
    arg("error_mode", "string", "ignore"),
    blockOf("statements", [arg("trace", "list"), arg("metric", "list"), arg("log", "list")], { omitWhenEmpty: true }),
    blocksOf("trace_statements", contextStatementsFields),
    blocksOf("metric_statements", contextStatementsFields),
    blocksOf("log_statements", contextStatementsFields),
    outputBlock,
    debugMetricsBlock,
  ],
};
