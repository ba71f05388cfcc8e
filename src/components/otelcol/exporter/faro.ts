// otelcol.exporter.faro (component/otelcol/exporter/faro): an HTTP client block with the
// exporter's own defaults (its HTTPClientArguments.SetToDefault), the queue and retry.

import { blockOf, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, httpClientFields, queueBlock, retryBlock, withDefaults } from "../config.js";

export const faroExporter: ComponentSchema = {
  name: "otelcol.exporter.faro",
  fields: [
    blockOf(
      "client",
      withDefaults(httpClientFields, {
        timeout: new Duration(30_000),
        max_idle_conns: 100,
        idle_conn_timeout: new Duration(90_000),
        headers: {},
        compression: "gzip",
        write_buffer_size: "512KiB",
        force_attempt_http2: true,
      }),
    ),
    queueBlock,
    retryBlock,
    debugMetricsBlock,
  ],
};
