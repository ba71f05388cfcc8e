// otelcol.receiver.influxdb (component/otelcol/receiver/influxdb): an HTTP server squashed
// into the arguments. The timeout defaults are inferred from the corpus (Alloy's converter
// leaves them zero and prints them), as for otelcol.receiver.otlp's http block.

import { type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, DEFAULT_COMPRESSION_ALGORITHMS, httpServerFields, outputBlock, withDefaults } from "../config.js";

export const influxdbReceiver: ComponentSchema = {
  name: "otelcol.receiver.influxdb",
  fields: [
    ...withDefaults(httpServerFields, {
      endpoint: "localhost:8086",
      compression_algorithms: DEFAULT_COMPRESSION_ALGORITHMS,
      max_request_body_size: "20MiB",
      idle_timeout: new Duration(60_000),
      write_timeout: new Duration(30_000),
      read_header_timeout: new Duration(60_000),
    }),
    debugMetricsBlock,
    outputBlock,
  ],
};
