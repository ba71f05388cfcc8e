// otelcol.extension.jaeger_remote_sampling (component/otelcol/extension/jaeger_remote_sampling):
// gRPC and HTTP servers for the sampling document and the source it comes from, each
// server and the remote client with this component's own defaults. `source` is a required
// block, so it is always written.

import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, DEFAULT_COMPRESSION_ALGORITHMS, grpcClientFields, grpcServerFields, httpServerFields, withDefaults } from "../config.js";

export const jaegerRemoteSampling: ComponentSchema = {
  name: "otelcol.extension.jaeger_remote_sampling",
  fields: [
    blockOf("grpc", withDefaults(grpcServerFields, { endpoint: "0.0.0.0:14250", transport: "tcp" })),
    blockOf(
      "http",
      withDefaults(httpServerFields, {
        endpoint: "0.0.0.0:5778",
        compression_algorithms: DEFAULT_COMPRESSION_ALGORITHMS,
        max_request_body_size: "20MiB",
        idle_timeout: new Duration(60_000),
        write_timeout: new Duration(30_000),
        read_header_timeout: new Duration(60_000),
      }),
    ),
    blockOf(
      "source",
      [
        arg("content", "string"),
        blockOf("remote", withDefaults(grpcClientFields, { headers: {}, compression: "gzip", write_buffer_size: "512KiB", balancer_name: "round_robin" })),
        arg("file", "string"),
        arg("reload_interval", "duration"),
      ],
    ),
    debugMetricsBlock,
  ],
};
