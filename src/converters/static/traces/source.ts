// The Agent's `traces:` section (internal/static/traces config.go) as yaml.v2 decodes it
// strictly: each instance's own fields, the Collector-style maps it passes on as they are
// (receivers, batch, attributes, resolver, jaeger_remote_sampling), the defaults its
// UnmarshalYAML methods set and their load-time errors. Config.Validate, which the Agent
// runs later (after the other sections' defaults), is `validateTraces`.

import { goDuration } from "../../shared/go-duration.js";
import { httpClientSource, tlsConfigSource } from "../../shared/http-client.js";
import {
  anyValue, bool, DecodeFailure, int, list, map, nodeLine, string, struct, uint64, type Infer, type SourceType,
} from "../../yaml/types.js";

const anyMap = (goName = "map[string]interface {}") => map(anyValue, goName);

/**
 * ReceiverMap: any receivers, as generic values. Its UnmarshalYAML turns on
 * include_metadata for the http and grpc protocols of every `otlp…` receiver that does not
 * set it, and refuses an otlp receiver that is not a map or has no `protocols` map.
 */
const anyReceivers = anyMap("traces.plain");
const receiverMap: SourceType<Record<string, unknown>> = {
  goName: "traces.plain",
  decode(raw, ctx) {
    const receivers = anyReceivers.decode(raw, ctx);
    if (!receivers) return receivers;
    const line = nodeLine(raw, ctx);
    for (const [name, cfg] of Object.entries(receivers)) {
      if (!name.startsWith("otlp")) continue;
      if (!isMap(cfg)) throw new DecodeFailure(`failed to parse OTLP receiver config: ${name}`, line);
      const protocols = cfg.protocols;
      if (!isMap(protocols)) throw new DecodeFailure(`otlp receiver requires a "protocols" field which must be a YAML map: ${name}`, line);
      for (const protocol of ["http", "grpc"]) {
        if (!(protocol in protocols)) continue;
        const p = protocols[protocol];
        if (p === null || p === undefined) protocols[protocol] = { include_metadata: true };
        else if (isMap(p) && !("include_metadata" in p)) p.include_metadata = true;
      }
    }
    return receivers;
  },
};

export function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// prometheus/common's BasicAuth, as the Prometheus converter reads it.
const basicAuth = httpClientSource.basic_auth;

/** TLSClientSetting: the oauth2client extension's TLS settings, in the extension's keys. */
const tlsClientSetting = struct("traces.TLSClientSetting", {
  ca_file: string,
  ca_pem: string,
  include_system_ca_certs_pool: bool,
  cert_file: string,
  cert_pem: string,
  key_file: string,
  key_pem: string,
  min_version: string,
  max_version: string,
  cipher_suites: list(string),
  reload_interval: goDuration,
  insecure: bool,
  insecure_skip_verify: bool,
  server_name_override: string,
});

const oauth2Config = struct("traces.OAuth2Config", {
  client_id: string,
  client_secret: string,
  endpoint_params: map(list(string), "url.Values"),
  token_url: string,
  scopes: list(string),
  tls: tlsClientSetting,
  timeout: goDuration,
});
export type OAuth2Config = Infer<typeof oauth2Config>;

const remoteWriteConfig = struct(
  "traces.plain",
  {
    endpoint: string,
    compression: string,
    protocol: string,
    insecure: bool,
    format: string,
    insecure_skip_verify: bool,
    tls_config: tlsConfigSource,
    basic_auth: basicAuth,
    oauth2: oauth2Config,
    headers: map(string),
    sending_queue: anyMap(),
    retry_on_failure: anyMap(),
  },
  {
    defaults: () => ({ compression: "gzip", protocol: "grpc", format: "otlp" }),
    validate(c, _ctx, line) {
      if (c.compression !== "gzip" && c.compression !== "none") {
        throw new DecodeFailure(`unsupported compression '${c.compression ?? ""}', expected 'gzip' or 'none'`, line);
      }
      if (c.format !== "otlp" && c.format !== "jaeger") throw new DecodeFailure(`unsupported format '${c.format ?? ""}', expected 'otlp' or 'jaeger'`, line);
    },
  },
);
export type RemoteWriteConfig = Infer<typeof remoteWriteConfig>;
export type BasicAuthConfig = NonNullable<RemoteWriteConfig["basic_auth"]>;

/** A *string: an explicit null leaves it nil. */
const stringPointer: SourceType<string> = { goName: "string", decode: string.decode };

const dimension = struct("spanmetricsprocessor.Dimension", { name: string, default: stringPointer });

const spanMetricsConfig = struct("traces.SpanMetricsConfig", {
  latency_histogram_buckets: list(goDuration),
  dimensions: list(dimension),
  namespace: string,
  const_labels: map(string, "prometheus.Labels"),
  metrics_instance: string,
  handler_endpoint: string,
  dimensions_cache_size: int,
  aggregation_temporality: string,
  metrics_flush_interval: goDuration,
});
export type SpanMetricsConfig = Infer<typeof spanMetricsConfig>;

const overrideConfig = struct("automaticloggingprocessor.OverrideConfig", {
  logs_instance_tag: string,
  service_key: string,
  span_name_key: string,
  status_key: string,
  duration_key: string,
  trace_id_key: string,
  loki_tag: string,
});

const automaticLoggingConfig = struct("automaticloggingprocessor.AutomaticLoggingConfig", {
  backend: string,
  logs_instance_name: string,
  spans: bool,
  roots: bool,
  processes: bool,
  span_attributes: list(string),
  process_attributes: list(string),
  overrides: overrideConfig,
  timeout: goDuration,
  labels: list(string),
  loki_name: string,
});
export type AutomaticLoggingConfig = Infer<typeof automaticLoggingConfig>;

/** A sampling policy: its name and type, and every other key kept (yaml's `,inline` map). */
export interface Policy {
  name?: string;
  type?: string;
  rest: Record<string, unknown>;
}
const policyFields = anyMap("traces.policy");
const policy: SourceType<Policy> = {
  goName: "traces.policy",
  decode(raw, ctx) {
    const all = policyFields.decode(raw, ctx);
    if (!all) return undefined;
    const { name, type, ...rest } = all;
    // yaml.v2 reads any scalar into a string field.
    const text = (v: unknown) => (v === null || v === undefined ? undefined : typeof v === "object" ? undefined : String(v));
    return { name: text(name), type: text(type), rest };
  },
};

const tailSamplingConfig = struct("traces.tailSamplingConfig", {
  policies: list(policy),
  decision_wait: goDuration,
  num_traces: uint64,
  expected_new_traces_per_sec: uint64,
});
export type TailSamplingConfig = Infer<typeof tailSamplingConfig>;

const loadBalancingExporter = struct("traces.exporterConfig", {
  compression: string,
  insecure: bool,
  insecure_skip_verify: bool,
  basic_auth: basicAuth,
  format: string,
});

const loadBalancingConfig = struct("traces.loadBalancingConfig", {
  exporter: loadBalancingExporter,
  resolver: anyMap(),
  receiver_port: string,
  routing_key: string,
});
export type LoadBalancingConfig = Infer<typeof loadBalancingConfig>;

const serviceGraphsConfig = struct("traces.serviceGraphsConfig", { enabled: bool, wait: goDuration, max_items: int });

const instanceConfig = struct("traces.InstanceConfig", {
  name: string,
  remote_write: list(remoteWriteConfig, "[]traces.RemoteWriteConfig"),
  receivers: receiverMap,
  batch: anyMap(),
  attributes: anyMap(),
  scrape_configs: list(anyValue),
  prom_sd_operation_type: string,
  prom_sd_pod_associations: list(string),
  spanmetrics: spanMetricsConfig,
  automatic_logging: automaticLoggingConfig,
  tail_sampling: tailSamplingConfig,
  load_balancing: loadBalancingConfig,
  service_graphs: serviceGraphsConfig,
  jaeger_remote_sampling: list(anyMap("traces.JaegerRemoteSamplingConfig"), "[]traces.JaegerRemoteSamplingConfig"),
});
export type InstanceConfig = Infer<typeof instanceConfig>;

/** The `traces:` (or deprecated `tempo:`) section. */
export const tracesConfig = struct("traces.plain", { configs: list(instanceConfig, "[]traces.InstanceConfig") });
export type TracesConfig = Infer<typeof tracesConfig>;

/** What validateTraces needs of the `logs:` section: its instances' names. */
export interface LogsInstances {
  configs?: { name?: string }[];
}

/**
 * traces.Config.Validate, which the Agent runs after applying the other sections'
 * defaults: instance names present and unique, automatic_logging consistent with `logs:`.
 * Returns the error text (the Agent prefixes it with `error in config file: `).
 */
export function validateTraces(cfg: TracesConfig | undefined, logs: LogsInstances | undefined): string | undefined {
  const configs = cfg?.configs ?? [];
  const names = new Set<string>();
  for (const [i, inst] of configs.entries()) {
    const name = inst.name ?? "";
    if (name === "") return `traces config at index ${i} is missing a name`;
    if (names.has(name)) return `found multiple traces configs with name ${name}`;
    names.add(name);
  }
  for (const inst of configs) {
    if (!inst.automatic_logging) continue;
    const error = validateAutomaticLogging(inst.automatic_logging, logs);
    if (error) return `failed to validate automatic_logging for traces config ${inst.name}: ${error}`;
  }
  return undefined;
}

/** AutomaticLoggingConfig.Validate, with its migrations of the deprecated loki names. */
function validateAutomaticLogging(c: AutomaticLoggingConfig, logs: LogsInstances | undefined): string | undefined {
  if (c.backend === "loki") c.backend = "logs_instance";
  if (c.logs_instance_name && c.loki_name) {
    return "must configure at most one of logs_instance_name and loki_name. loki_name is deprecated in favor of logs_instance_name";
  }
  if (c.logs_instance_name && !logs) return `logs instance ${c.logs_instance_name} is set but no logs config is provided`;
  if (!c.logs_instance_name && c.loki_name) [c.logs_instance_name, c.loki_name] = [c.loki_name, ""];
  const o = c.overrides;
  if (o?.logs_instance_tag && o.loki_tag) {
    return "must configure at most one of overrides.logs_instance_tag and overrides.loki_tag. loki_tag is deprecated in favor of logs_instance_tag";
  }
  if (o && !o.logs_instance_tag && o.loki_tag) [o.logs_instance_tag, o.loki_tag] = [o.loki_tag, ""];
  if (c.backend === "logs_instance") {
    const found = (logs?.configs ?? []).some((inst) => (inst.name ?? "") === (c.logs_instance_name ?? ""));
    if (!found) return `specified logs config ${c.logs_instance_name ?? ""} not found in agent config`;
  }
  return undefined;
}
