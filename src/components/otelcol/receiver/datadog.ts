// otelcol.receiver.datadog (component/otelcol/receiver/datadog): an HTTP server (squashed)
// with this component's defaults, and idle-series cleanup.

import { arg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, DEFAULT_COMPRESSION_ALGORITHMS, httpServerFields, outputBlock, withDefaults } from "../config.js";

export const datadogReceiver: ComponentSchema = {
  name: "otelcol.receiver.datadog",
  fields: [
    // The timeouts and idle_series_cleanup_interval have non-zero Alloy v1.19 defaults: the
    // corpus prints them as "0s" since the converter leaves them unset.
    ...withDefaults(httpServerFields, {
      endpoint: "localhost:8126",
      compression_algorithms: DEFAULT_COMPRESSION_ALGORITHMS,
      idle_timeout: new Duration(60_000),
      read_timeout: new Duration(60_000),
      write_timeout: new Duration(30_000),
      read_header_timeout: new Duration(60_000),
    }),
    arg("idle_series_cleanup_interval", "duration", new Duration(300_000)),
    debugMetricsBlock,
    outputBlock,
  ],
};
