// exporters: loadbalancing → otelcol.exporter.loadbalancing
//
// protocol.otlp is the OTLP exporter's own config; Alloy keeps its timeout, queue, retry and
// gRPC client (less the endpoint, which the resolvers supply). Resolvers are copied as the
// Collector holds them: its defaults (DNS port, intervals…) apply at run time, not in config.

import { encodeBuilderComponent } from "../../../components/builder.js";
import { loadbalancingExporter } from "../../../components/otelcol/exporter/loadbalancing.js";
import { Duration, type Values } from "../../../components/values.js";
import { bool, duration, integer, list, optional, pointer, str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";
import { defaultQueue, grpcClientValues, queueConfig, queueValues, retryConfig, retryValues, timeoutConfig } from "../shared/settings.js";
import { otlpExporterConverter } from "./otlp.js";

const resolverSettings = struct("loadbalancingexporter.ResolverSettings", {
  static: { key: "static", shape: optional(struct("loadbalancingexporter.StaticResolver", { hostnames: { key: "hostnames", shape: list(str) } })) },
  dns: {
    key: "dns",
    shape: optional(
      struct("loadbalancingexporter.DNSResolver", {
        hostname: { key: "hostname", shape: str },
        port: { key: "port", shape: str },
        interval: { key: "interval", shape: duration },
        timeout: { key: "timeout", shape: duration },
      }),
    ),
  },
  k8s: {
    key: "k8s",
    shape: optional(
      struct("loadbalancingexporter.K8sSvcResolver", {
        service: { key: "service", shape: str },
        ports: { key: "ports", shape: list(integer("int32")) },
        timeout: { key: "timeout", shape: duration },
        returnHostnames: { key: "return_hostnames", shape: bool },
      }),
    ),
  },
  awsCloudMap: {
    key: "aws_cloud_map",
    shape: optional(
      struct("loadbalancingexporter.AWSCloudMapResolver", {
        namespace: { key: "namespace", shape: str },
        serviceName: { key: "service_name", shape: str },
        healthStatus: { key: "health_status", shape: str },
        interval: { key: "interval", shape: duration },
        timeout: { key: "timeout", shape: duration },
        port: { key: "port", shape: pointer(integer("uint16")) },
      }),
    ),
  },
});
type ResolverSettings = Infer<typeof resolverSettings>;

const config = struct("loadbalancingexporter.Config", {
  timeout: { shape: timeoutConfig },
  retry: { key: "retry_on_failure", shape: retryConfig },
  queue: { key: "sending_queue", shape: queueConfig },
  protocol: { key: "protocol", shape: struct("loadbalancingexporter.Protocol", { otlp: { key: "otlp", shape: otlpExporterConverter.config } }) },
  resolver: { key: "resolver", shape: resolverSettings },
  routingKey: { key: "routing_key", shape: str },
  routingAttributes: { key: "routing_attributes", shape: list(str) },
});

function resolverValues(r: ResolverSettings): Values {
  const { static: fixed, dns, k8s, awsCloudMap: aws } = r;
  return {
    static: fixed && { hostnames: fixed.hostnames },
    dns: dns && { hostname: dns.hostname, port: dns.port, interval: new Duration(dns.interval), timeout: new Duration(dns.timeout) },
    // A nil list still differs from Alloy's default ports, and prints as [].
    kubernetes: k8s && { service: k8s.service, ports: k8s.ports ?? [], timeout: new Duration(k8s.timeout), return_hostnames: k8s.returnHostnames },
    aws_cloud_map: aws && {
      namespace: aws.namespace,
      service_name: aws.serviceName,
      health_status: aws.healthStatus,
      interval: new Duration(aws.interval),
      timeout: new Duration(aws.timeout),
      port: aws.port,
    },
  };
}

export const loadbalancingExporterConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "exporter",
  // Renamed upstream after v0.147 (snake_case type names); the old name stays a deprecated alias.
  type: "load_balancing",
  aliases: ["loadbalancing"],
  config,
  defaultConfig() {
    const otlp = otlpExporterConverter.defaultConfig();
    return {
      // Resilience is off at this level by default, but the queue is a default-valued optional.
      timeout: { timeout: 0 },
      retry: retryConfig.zero(),
      queue: defaultQueue(),
      protocol: { otlp: { ...otlp, client: { ...otlp.client, endpoint: "placeholder:4317" } } },
      resolver: resolverSettings.zero(),
      routingKey: "",
      routingAttributes: undefined,
    };
  },
  inputName: "otelcol.exporter.loadbalancing",
  convert(cfg, state) {
    const otlp = cfg.protocol.otlp;
    const { endpoint: _endpoint, ...client } = grpcClientValues(otlp.client, state);
    state.append(
      encodeBuilderComponent(loadbalancingExporter, state.label(), {
        protocol: {
          otlp: {
            timeout: new Duration(otlp.timeout.timeout),
            queue: queueValues(otlp.queue, state),
            retry: retryValues(otlp.retry),
            client,
          },
        },
        resolver: resolverValues(cfg.resolver),
        routing_key: cfg.routingKey || "traceID",
        timeout: new Duration(cfg.timeout.timeout),
        retry_on_failure: retryValues(cfg.retry),
        sending_queue: queueValues(cfg.queue, state),
      }),
    );
  },
};
