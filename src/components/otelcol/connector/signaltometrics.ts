// otelcol.connector.signaltometrics (component/otelcol/connector/signaltometrics): metrics
// defined by OTTL expressions over spans, data points and log records.

import { arg, blockOf, blocksOf, requiredArg, type ComponentSchema, type Schema } from "../../schema.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

const attributeFields: Schema = [requiredArg("key", "string"), arg("optional", "bool"), arg("default_value", "expr")];

const metricInfoFields: Schema = [
  requiredArg("name", "string"),
  arg("description", "string"),
  arg("unit", "string"),
  blocksOf("include_resource_attributes", attributeFields),
  blocksOf("attributes", attributeFields),
  arg("conditions", "list"),
  blockOf("histogram", [
    arg("buckets", "list", [2, 4, 6, 8, 10, 50, 100, 200, 400, 800, 1000, 1400, 2000, 5000, 10_000, 15_000]),
    arg("count", "string"),
    requiredArg("value", "string"),
  ]),
  blockOf("exponential_histogram", [arg("max_size", "number", 160), arg("count", "string"), requiredArg("value", "string")]),
  blockOf("sum", [requiredArg("value", "string")]),
  blockOf("gauge", [requiredArg("value", "string")]),
];

export const signaltometricsConnector: ComponentSchema = {
  name: "otelcol.connector.signaltometrics",
  fields: [
    blocksOf("spans", metricInfoFields),
    blocksOf("datapoints", metricInfoFields),
    blocksOf("logs", metricInfoFields),
    arg("error_mode", "string", "propagate"),
    outputBlock,
    debugMetricsBlock,
  ],
};
