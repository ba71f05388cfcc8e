// otelcol.exporter.otlphttp (component/otelcol/exporter/otlphttp): an HTTP client with the
// exporter's own defaults, per-signal endpoint overrides and the payload encoding.

import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, httpClientFields, queueBlock, retryBlock, withDefaults } from "../config.js";

export const otlphttpExporter: ComponentSchema = {
  name: "otelcol.exporter.otlphttp",
  fields: [
    blockOf(
      "client",
      withDefaults(httpClientFields, {
        max_idle_conns: 100,
        idle_conn_timeout: new Duration(90_000),
        timeout: new Duration(30_000),
        headers: {},
        compression: "gzip",
        write_buffer_size: "512KiB",
        http2_ping_timeout: new Duration(15_000),
      }),
      { omitWhenEmpty: true },
    ),
    queueBlock,
    retryBlock,
    debugMetricsBlock,
    arg("traces_endpoint", "string"),
    arg("metrics_endpoint", "string"),
    arg("logs_endpoint", "string"),
    arg("encoding", "string", "proto"),
  ],
};
