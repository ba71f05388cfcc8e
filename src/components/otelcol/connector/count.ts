// otelcol.connector.count (component/otelcol/connector/count): metrics counting spans,
// span events, metrics, data points and log records, one repeated block per signal.

import { arg, blocksOf, requiredArg, type ComponentSchema, type Schema } from "../../schema.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

const metricInfoFields: Schema = [
  arg("name", "string"),
  arg("description", "string"),
  arg("conditions", "list"),
  blocksOf("attributes", [requiredArg("key", "string"), arg("default_value", "expr")]),
];

export const countConnector: ComponentSchema = {
  name: "otelcol.connector.count",
  fields: [
    blocksOf("spans", metricInfoFields),
    blocksOf("spanevents", metricInfoFields),
    blocksOf("metrics", metricInfoFields),
    blocksOf("datapoints", metricInfoFields),
    blocksOf("logs", metricInfoFields),
    outputBlock,
    debugMetricsBlock,
  ],
};
