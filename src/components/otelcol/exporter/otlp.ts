// otelcol.exporter.otlp (component/otelcol/exporter/otlp): a gRPC client with the
// exporter's own defaults.

import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, grpcClientFields, queueBlock, retryBlock, withDefaults } from "../config.js";

export const otlpExporter: ComponentSchema = {
  name: "otelcol.exporter.otlp",
  fields: [
    arg("timeout", "duration", new Duration(5000)),
    queueBlock,
    retryBlock,
    debugMetricsBlock,
    blockOf(
      "client",
      withDefaults(grpcClientFields, { compression: "gzip", write_buffer_size: "512KiB", headers: {}, balancer_name: "round_robin" }),
      { omitWhenEmpty: true },
    ),
  ],
};
