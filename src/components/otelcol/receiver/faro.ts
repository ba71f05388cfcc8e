// otelcol.receiver.faro (component/otelcol/receiver/faro): an HTTP server squashed into the
// arguments, with the defaults otelcol.receiver.influxdb's server has but its own endpoint.

import { type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, DEFAULT_COMPRESSION_ALGORITHMS, httpServerFields, outputBlock, withDefaults } from "../config.js";

export const faroReceiver: ComponentSchema = {
  name: "otelcol.receiver.faro",
  fields: [
    ...withDefaults(httpServerFields, {
      endpoint: "localhost:8080",
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
