// otelcol.receiver.jaeger (component/otelcol/receiver/jaeger): one optional block per
// protocol, each with this component's own defaults.

import { arg, blockOf, type ComponentSchema, type Schema } from "../../schema.js";
import { debugMetricsBlock, grpcServerFields, httpServerFieldsFor, outputBlock, withDefaults } from "../config.js";

/** ProtocolUDP as Thrift binary and compact share it; only the endpoint default differs. */
function udpFields(endpoint: string): Schema {
  return [
    arg("endpoint", "string", endpoint),
    arg("queue_size", "number", 1000),
    arg("max_packet_size", "bytes", "65KiB"),
    arg("workers", "number", 10),
    arg("socket_buffer_size", "bytes"),
  ];
}

export const jaegerReceiver: ComponentSchema = {
  name: "otelcol.receiver.jaeger",
  fields: [
    blockOf("protocols", [
      blockOf("grpc", withDefaults(grpcServerFields, { endpoint: "0.0.0.0:14250", transport: "tcp" })),
      // The HTTP server timeouts' defaults are inferred from the corpus (Alloy prints the
      // Collector's unset ones as "0s"), as for otelcol.receiver.otlp.
      blockOf(
        "thrift_http",
        httpServerFieldsFor("0.0.0.0:14268"),
      ),
      blockOf("thrift_binary", udpFields("0.0.0.0:6832")),
      blockOf("thrift_compact", udpFields("0.0.0.0:6831")),
    ]),
    debugMetricsBlock,
    outputBlock,
  ],
};
