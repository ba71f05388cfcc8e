// otelcol.receiver.otlp (component/otelcol/receiver/otlp): gRPC and HTTP servers with this
// component's own defaults.

import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, grpcServerFields, httpServerFieldsFor, outputBlock, withDefaults } from "../config.js";

export const otlpReceiver: ComponentSchema = {
  name: "otelcol.receiver.otlp",
  fields: [
    blockOf("grpc", withDefaults(grpcServerFields, { endpoint: "0.0.0.0:4317", transport: "tcp", read_buffer_size: "512KiB" })),
    blockOf("http", [
      ...httpServerFieldsFor("0.0.0.0:4318"),
      arg("traces_url_path", "string", "/v1/traces"),
      arg("metrics_url_path", "string", "/v1/metrics"),
      arg("logs_url_path", "string", "/v1/logs"),
    ]),
    debugMetricsBlock,
    outputBlock,
  ],
};
