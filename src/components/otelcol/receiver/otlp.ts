// otelcol.receiver.otlp (component/otelcol/receiver/otlp): gRPC and HTTP servers with this
// component's own defaults.

import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, DEFAULT_COMPRESSION_ALGORITHMS, grpcServerFields, httpServerFields, outputBlock, withDefaults } from "../config.js";
import { Duration } from "../../values.js";

export const otlpReceiver: ComponentSchema = {
  name: "otelcol.receiver.otlp",
  fields: [
    blockOf("grpc", withDefaults(grpcServerFields, { endpoint: "0.0.0.0:4317", transport: "tcp", read_buffer_size: "512KiB" })),
    blockOf("http", [
      ...withDefaults(httpServerFields, {
        endpoint: "0.0.0.0:4318",
        compression_algorithms: DEFAULT_COMPRESSION_ALGORITHMS,
        max_request_body_size: "20MiB",
        idle_timeout: new Duration(60_000),
        write_timeout: new Duration(30_000),
        read_header_timeout: new Duration(60_000),
      }),
      arg("traces_url_path", "string", "/v1/traces"),
      arg("metrics_url_path", "string", "/v1/metrics"),
      arg("logs_url_path", "string", "/v1/logs"),
    ]),
    debugMetricsBlock,
    outputBlock,
  ],
};
