// otelcol.extension.jaeger_remote_sampling (component/otelcol/extension/jaeger_remote_sampling):
// gRPC and HTTP servers for the sampling document and the source it comes from, each
// server and the remote client with this component's own defaults. `source` is a required
// block, so it is always written.

import { arg, blockOf, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, grpcClientFields, grpcServerFields, httpServerFieldsFor, withDefaults } from "../config.js";

export const jaegerRemoteSampling: ComponentSchema = {
  name: "otelcol.extension.jaeger_remote_sampling",
  fields: [
    blockOf("grpc", withDefaults(grpcServerFields, { endpoint: "0.0.0.0:14250", transport: "tcp" })),
    blockOf(
      "http",
      httpServerFieldsFor("0.0.0.0:5778"),
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
