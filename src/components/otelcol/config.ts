// The argument blocks Alloy's otelcol components share (component/otelcol config_*.go):
// gRPC and HTTP servers and clients, TLS, keepalive, CORS, queue, retry, debug metrics and
// the output block, in Go struct order. Defaults differ per component, so the blocks a
// component reuses with its own defaults are functions of those defaults.

import { arg, blockOf, requiredArg, type Field, type Schema } from "../schema.js";
import { Duration, type Value, type Values } from "../values.js";

/** The schema with some argument defaults replaced, for a component's own SetToDefault. */
export function withDefaults(schema: Schema, defaults: Record<string, Value>): Schema {
  return schema.map((f): Field => (f.kind === "arg" && f.name in defaults ? { ...f, default: defaults[f.name] } : f));
}

export const tlsSettingFields: Schema = [
  arg("ca_pem", "string"),
  arg("ca_file", "string"),
  arg("cert_pem", "string"),
  arg("cert_file", "string"),
  arg("key_pem", "string"),
  arg("key_file", "string"),
  arg("min_version", "string"),
  arg("max_version", "string"),
  arg("reload_interval", "duration"),
  arg("cipher_suites", "list"),
  arg("include_insecure_cipher_suites", "bool"),
  arg("include_system_ca_certs_pool", "bool"),
  arg("curve_preferences", "list"),
  blockOf("tpm", [arg("enabled", "bool"), arg("path", "string"), arg("owner_auth", "string"), arg("auth", "string")]),
];

export const tlsServerFields: Schema = [...tlsSettingFields, arg("client_ca_file", "string")];

export const tlsClientFields: Schema = [
  ...tlsSettingFields,
  arg("insecure", "bool"),
  arg("insecure_skip_verify", "bool"),
  arg("server_name", "string"),
];

export const keepaliveServerFields: Schema = [
  blockOf("server_parameters", [
    arg("max_connection_idle", "duration"),
    arg("max_connection_age", "duration"),
    arg("max_connection_age_grace", "duration"),
    arg("time", "duration"),
    arg("timeout", "duration"),
  ]),
  blockOf("enforcement_policy", [arg("min_time", "duration"), arg("permit_without_stream", "bool")]),
];

export const grpcServerFields: Schema = [
  arg("endpoint", "string"),
  arg("transport", "string"),
  blockOf("tls", tlsServerFields),
  arg("max_recv_msg_size", "bytes"),
  arg("max_concurrent_streams", "number"),
  arg("read_buffer_size", "bytes"),
  arg("write_buffer_size", "bytes"),
  blockOf("keepalive", keepaliveServerFields),
  arg("auth", "expr"),
  arg("include_metadata", "bool"),
];

export const corsFields: Schema = [
  arg("allowed_origins", "list"),
  arg("allowed_headers", "list"),
  arg("exposed_headers", "list"),
  arg("max_age", "number"),
];

export const DEFAULT_COMPRESSION_ALGORITHMS = ["", "gzip", "zstd", "zlib", "snappy", "deflate", "lz4"];

export const httpServerFields: Schema = [
  arg("endpoint", "string"),
  blockOf("tls", tlsServerFields),
  blockOf("cors", corsFields),
  arg("auth", "expr"),
  arg("max_request_body_size", "bytes"),
  arg("include_metadata", "bool"),
  arg("compression_algorithms", "list"),
  arg("keep_alives_enabled", "bool"),
  arg("idle_timeout", "duration"),
  arg("read_timeout", "duration"),
  arg("write_timeout", "duration"),
  arg("read_header_timeout", "duration"),
];

/**
 * The HTTP server arguments with the defaults Alloy's receivers give them (Collector's
 * confighttp defaults: every compression, 20MiB bodies, 1m idle and header timeouts, 30s
 * writes), for one endpoint; `overrides` for the components that differ.
 */
export function httpServerFieldsFor(endpoint: string, overrides: Record<string, Value> = {}): Schema {
  return withDefaults(httpServerFields, {
    endpoint,
    compression_algorithms: DEFAULT_COMPRESSION_ALGORITHMS,
    max_request_body_size: "20MiB",
    idle_timeout: new Duration(60_000),
    write_timeout: new Duration(30_000),
    read_header_timeout: new Duration(60_000),
    ...overrides,
  });
}

export const keepaliveClientFields: Schema = [
  arg("ping_wait", "duration"),
  arg("ping_response_timeout", "duration"),
  arg("ping_without_stream", "bool"),
];

export const grpcClientFields: Schema = [
  requiredArg("endpoint", "string"),
  arg("compression", "string"),
  blockOf("tls", tlsClientFields, { omitWhenEmpty: true }),
  blockOf("keepalive", keepaliveClientFields),
  arg("read_buffer_size", "bytes"),
  arg("write_buffer_size", "bytes"),
  arg("wait_for_ready", "bool"),
  arg("headers", "map"),
  arg("balancer_name", "string"),
  arg("authority", "string"),
  arg("auth", "expr"),
];

export const httpClientFields: Schema = [
  requiredArg("endpoint", "string"),
  arg("proxy_url", "string"),
  arg("compression", "string"),
  blockOf("compression_params", [requiredArg("level", "number")]),
  blockOf("tls", tlsClientFields, { omitWhenEmpty: true }),
  arg("read_buffer_size", "bytes"),
  arg("write_buffer_size", "bytes"),
  arg("timeout", "duration"),
  arg("headers", "map"),
  arg("max_idle_conns", "number"),
  arg("max_idle_conns_per_host", "number"),
  arg("max_conns_per_host", "number"),
  arg("idle_conn_timeout", "duration"),
  arg("disable_keep_alives", "bool"),
  arg("http2_read_idle_timeout", "duration"),
  arg("http2_ping_timeout", "duration"),
  arg("force_attempt_http2", "bool"),
  arg("auth", "expr"),
  blockOf("cookies", [arg("enabled", "bool")]),
];

/** The small HTTP client the Datadog and Splunk HEC exporters have instead of the full one. */
export const reducedHttpClientFields: Schema = [
  arg("read_buffer_size", "number"),
  arg("write_buffer_size", "number"),
  arg("timeout", "duration", new Duration(15_000)),
  arg("max_idle_conns", "number", 100),
  arg("max_idle_conns_per_host", "number"),
  arg("max_conns_per_host", "number"),
  arg("idle_conn_timeout", "duration", new Duration(90_000)),
  arg("disable_keep_alives", "bool"),
  arg("insecure_skip_verify", "bool"),
];

export const queueFields: Schema = [
  arg("enabled", "bool", true),
  arg("num_consumers", "number", 10),
  arg("queue_size", "number", 1000),
  arg("block_on_overflow", "bool"),
  arg("sizer", "string", "requests"),
  arg("wait_for_result", "bool"),
  arg("storage", "expr"),
];

export const retryFields: Schema = [
  arg("enabled", "bool", true),
  arg("initial_interval", "duration", new Duration(5000)),
  arg("randomization_factor", "number", 0.5),
  arg("multiplier", "number", 1.5),
  arg("max_interval", "duration", new Duration(30_000)),
  arg("max_elapsed_time", "duration", new Duration(300_000)),
];

export const debugMetricsFields: Schema = [
  arg("disable_high_cardinality_metrics", "bool", true),
  arg("level", "string", "basic"),
];

/** The default every component gives its debug_metrics block. */
export const DEBUG_METRICS_DEFAULT: Values = { disable_high_cardinality_metrics: true, level: "basic" };

export const debugMetricsBlock = blockOf("debug_metrics", debugMetricsFields, { omitWhenEmpty: true, defaultValue: DEBUG_METRICS_DEFAULT });

export const outputBlock = blockOf("output", [arg("metrics", "list"), arg("logs", "list"), arg("traces", "list")]);

/** The queue and retry blocks of an exporter, with the defaults Alloy's exporters give them. */
export const queueBlock = blockOf("sending_queue", queueFields, { omitWhenEmpty: true, defaultValue: defaultsOf(queueFields) });
export const retryBlock = blockOf("retry_on_failure", retryFields, { omitWhenEmpty: true, defaultValue: defaultsOf(retryFields) });

/** A block type's own defaults as values, for a parent whose default is `SetToDefault()` of it. */
export function defaultsOf(schema: Schema): Values {
  const out: Values = {};
  for (const f of schema) if (f.kind === "arg" && f.default !== undefined) out[f.name] = f.default;
  return out;
}
