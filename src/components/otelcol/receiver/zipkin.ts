// otelcol.receiver.zipkin (component/otelcol/receiver/zipkin): an HTTP server with this
// component's own defaults.

import { arg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, DEFAULT_COMPRESSION_ALGORITHMS, httpServerFields, outputBlock, withDefaults } from "../config.js";

export const zipkinReceiver: ComponentSchema = {
  name: "otelcol.receiver.zipkin",
  fields: [
    arg("parse_string_tags", "bool"),
    // The server is squashed into the component's arguments. Timeout defaults inferred
    // from the corpus, as for otelcol.receiver.otlp's http block.
    ...withDefaults(httpServerFields, {
      endpoint: "0.0.0.0:9411",
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
