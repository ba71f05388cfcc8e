// otelcol.receiver.influxdb (component/otelcol/receiver/influxdb): an HTTP server squashed
// into the arguments. The timeout defaults are inferred from the corpus (Alloy's converter
// leaves them zero and prints them), as for otelcol.receiver.otlp's http block.

import { type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, httpServerFieldsFor, outputBlock } from "../config.js";

export const influxdbReceiver: ComponentSchema = {
  name: "otelcol.receiver.influxdb",
  fields: [
    ...httpServerFieldsFor("localhost:8086"),
    debugMetricsBlock,
    outputBlock,
  ],
};
