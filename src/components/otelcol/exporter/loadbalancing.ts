// otelcol.exporter.loadbalancing (component/otelcol/exporter/loadbalancing): an OTLP
// protocol block with its own gRPC client arguments (no endpoint) and the backend resolvers.

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, defaultsOf, grpcClientFields, queueFields, retryFields, withDefaults } from "../config.js";

/** loadbalancing.GRPCClientArguments: otelcol's gRPC client without `endpoint`, same defaults as the OTLP exporter's. */
const clientFields = withDefaults(
  grpcClientFields.filter((f) => f.name !== "endpoint"),
  { compression: "gzip", write_buffer_size: "512KiB", headers: {}, balancer_name: "round_robin" },
);

const otlpFields = [
  arg("timeout", "duration", new Duration(5000)),
  blockOf("queue", queueFields, { omitWhenEmpty: true, defaultValue: defaultsOf(queueFields) }),
  blockOf("retry", retryFields, { omitWhenEmpty: true, defaultValue: defaultsOf(retryFields) }),
  // Not optional in Alloy, so always written, even empty.
  blockOf("client", clientFields),
];

const resolverFields = [
  blockOf("static", [requiredArg("hostnames", "list")]),
  blockOf("dns", [
    requiredArg("hostname", "string"),
    arg("port", "string", "4317"),
    arg("interval", "duration", new Duration(5000)),
    arg("timeout", "duration", new Duration(1000)),
  ]),
  blockOf("kubernetes", [
    requiredArg("service", "string"),
    arg("ports", "list", [4317]),
    arg("timeout", "duration", new Duration(1000)),
    arg("return_hostnames", "bool"),
  ]),
  blockOf("aws_cloud_map", [
    requiredArg("namespace", "string"),
    requiredArg("service_name", "string"),
    arg("health_status", "string", "HEALTHY"),
    arg("interval", "duration", new Duration(30_000)),
    arg("timeout", "duration", new Duration(5000)),
    arg("port", "number"),
  ]),
];

export const loadbalancingExporter: ComponentSchema = {
  name: "otelcol.exporter.loadbalancing",
  fields: [
    blockOf("protocol", [blockOf("otlp", otlpFields)]),
    blockOf("resolver", resolverFields),
    arg("routing_key", "string", "traceID"),
    arg("timeout", "duration"),
    // SetToDefault leaves these two zero at this level, unlike inside protocol.otlp.
    blockOf("retry_on_failure", retryFields, { omitWhenEmpty: true }),
    blockOf("sending_queue", queueFields, { omitWhenEmpty: true }),
    debugMetricsBlock,
  ],
};
