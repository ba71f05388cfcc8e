// The Collector's shared config structs (configtls, configgrpc, confighttp, configauth,
// exporterhelper's queue and timeout, configretry) as source shapes with the Collector's
// defaults, and their mapping to the shared Alloy argument blocks (components/otelcol/config.ts).

import { DEFAULT_COMPRESSION_ALGORITHMS } from "../../../components/otelcol/config.js";
import { Duration, Raw, type Values } from "../../../components/values.js";
import { traversal } from "../../../emit/build.js";
import { formatBase2Bytes } from "../../shared/bytes.js";
import { anyValue, bool, decodeValue, duration, enumString, float, int, integer, list, map, optional, pointer, str, struct, typeMismatch, type Infer, type Shape } from "../../confmap/decode.js";
import { isConfMap } from "../../confmap/tree.js";
import { goQuote } from "../../shared/go-format.js";
import type { ConvertState } from "../component.js";
import { parseComponentId } from "../config.js";

// --- configtls ---

const tlsFields = {
  caFile: { key: "ca_file", shape: str },
  caPem: { key: "ca_pem", shape: str },
  includeSystemCaCertsPool: { key: "include_system_ca_certs_pool", shape: bool },
  certFile: { key: "cert_file", shape: str },
  certPem: { key: "cert_pem", shape: str },
  keyFile: { key: "key_file", shape: str },
  keyPem: { key: "key_pem", shape: str },
  minVersion: { key: "min_version", shape: str },
  maxVersion: { key: "max_version", shape: str },
  cipherSuites: { key: "cipher_suites", shape: list(str) },
  includeInsecureCipherSuites: { key: "include_insecure_cipher_suites", shape: bool },
  curvePreferences: { key: "curve_preferences", shape: list(str) },
  reloadInterval: { key: "reload_interval", shape: duration },
  tpm: {
    key: "tpm",
    shape: struct("configtls.TPMConfig", {
      enabled: { key: "enabled", shape: bool },
      path: { key: "path", shape: str },
      ownerAuth: { key: "owner_auth", shape: str },
      auth: { key: "auth", shape: str },
    }),
  },
};
export const tlsConfig = struct("configtls.Config", tlsFields);
export type TlsConfig = Infer<typeof tlsConfig>;

export const tlsClientConfig = struct("configtls.ClientConfig", {
  config: { shape: tlsConfig },
  insecure: { key: "insecure", shape: bool },
  insecureSkipVerify: { key: "insecure_skip_verify", shape: bool },
  serverName: { key: "server_name_override", shape: str },
});
export type TlsClientConfig = Infer<typeof tlsClientConfig>;

export const tlsServerConfig = struct("configtls.ServerConfig", {
  config: { shape: tlsConfig },
  clientCaFile: { key: "client_ca_file", shape: str },
  reloadClientCaFile: { key: "client_ca_file_reload", shape: bool },
});
export type TlsServerConfig = Infer<typeof tlsServerConfig>;

export function tlsSettingValues(cfg: TlsConfig): Values {
  const tpm = cfg.tpm;
  const tpmSet = tpm.enabled || tpm.path !== "" || tpm.ownerAuth !== "" || tpm.auth !== "";
  return {
    ca_pem: cfg.caPem,
    ca_file: cfg.caFile,
    cert_pem: cfg.certPem,
    cert_file: cfg.certFile,
    key_pem: cfg.keyPem,
    key_file: cfg.keyFile,
    min_version: cfg.minVersion,
    max_version: cfg.maxVersion,
    reload_interval: new Duration(cfg.reloadInterval),
    cipher_suites: cfg.cipherSuites,
    include_insecure_cipher_suites: cfg.includeInsecureCipherSuites,
    include_system_ca_certs_pool: cfg.includeSystemCaCertsPool,
    curve_preferences: cfg.curvePreferences,
    tpm: tpmSet ? { enabled: tpm.enabled, path: tpm.path, owner_auth: tpm.ownerAuth, auth: tpm.auth } : undefined,
  };
}

export function tlsClientValues(cfg: TlsClientConfig): Values {
  return { ...tlsSettingValues(cfg.config), insecure: cfg.insecure, insecure_skip_verify: cfg.insecureSkipVerify, server_name: cfg.serverName };
}

export function tlsServerValues(cfg: TlsServerConfig | undefined): Values | undefined {
  return cfg && { ...tlsSettingValues(cfg.config), client_ca_file: cfg.clientCaFile };
}

// --- configauth ---

export const authConfig = struct("configauth.Config", { authenticator: { key: "authenticator", shape: str } });
export type AuthConfig = Infer<typeof authConfig>;

/** An HTTP server's auth: the authenticator plus the request parameters it is given. */
const httpServerAuthConfig = struct("confighttp.AuthConfig", {
  config: { shape: authConfig },
  requestParams: { key: "request_params", shape: list(str) },
});

/** `<extension component>.<label>.handler` for an authenticator reference; undefined when unset. */
export function authHandler(auth: { authenticator: string } | undefined, state: ConvertState): Raw | undefined {
  if (!auth) return undefined;
  return extensionHandler(auth.authenticator, state);
}

/** A reference to the `handler` export of the Alloy component an extension became. */
export function extensionHandler(idText: string, state: ConvertState): Raw | undefined {
  const id = parseComponentId(idText);
  const ref = "error" in id ? undefined : state.extension(id);
  if (!ref) {
    state.diags.critical(`no component name found for extension ${JSON.stringify("error" in id ? idText : id.name)}`);
    return undefined;
  }
  return new Raw(traversal(`${ref.name}.${ref.label}.handler`));
}

// --- confignet ---

const TRANSPORT_TYPES = ["tcp", "tcp4", "tcp6", "udp", "udp4", "udp6", "ip", "ip4", "ip6", "unix", "unixgram", "unixpacket", ""];

/** confignet.AddrConfig's fields, squashed into the gRPC and HTTP servers. */
const addrFields = {
  endpoint: { key: "endpoint", shape: str },
  transport: { key: "transport", shape: enumString("confignet.TransportType", TRANSPORT_TYPES, (t) => `unsupported transport type ${goQuote(t)}`) },
  dialer: { key: "dialer", shape: struct("confignet.DialerConfig", { timeout: { key: "timeout", shape: duration } }) },
};

// --- configopaque ---

const opaquePair = struct("configopaque.Pair", { name: { key: "name", shape: str }, value: { key: "value", shape: str } });

/**
 * configopaque.MapList: a map (its own Unmarshal, which replaces the default) or a list of
 * name/value pairs; kept as a record in the list's order, a later pair winning.
 */
export const mapList: Shape<Record<string, string> | undefined> = {
  goType: "configopaque.MapList",
  zero: () => undefined,
  decodeNull: () => undefined,
  decode(name, data, ctx, current) {
    if (isConfMap(data)) return map(str).decode(name, data, ctx, undefined);
    if (!Array.isArray(data)) return typeMismatch(ctx, name, "configopaque.MapList", data, current);
    const out: Record<string, string> = {};
    data.forEach((item, i) => {
      const pair = decodeValue(opaquePair, `${name}[${i}]`, item, ctx, opaquePair.zero());
      out[pair.name] = pair.value;
    });
    return out;
  },
};

// --- configgrpc ---

const keepaliveServerConfig = struct("configgrpc.KeepaliveServerConfig", {
  serverParameters: {
    key: "server_parameters",
    shape: pointer(
      struct("configgrpc.KeepaliveServerParameters", {
        maxConnectionIdle: { key: "max_connection_idle", shape: duration },
        maxConnectionAge: { key: "max_connection_age", shape: duration },
        maxConnectionAgeGrace: { key: "max_connection_age_grace", shape: duration },
        time: { key: "time", shape: duration },
        timeout: { key: "timeout", shape: duration },
      }),
    ),
  },
  enforcementPolicy: {
    key: "enforcement_policy",
    shape: pointer(
      struct("configgrpc.KeepaliveEnforcementPolicy", {
        minTime: { key: "min_time", shape: duration },
        permitWithoutStream: { key: "permit_without_stream", shape: bool },
      }),
    ),
  },
});

export const grpcServerConfig = struct("configgrpc.ServerConfig", {
  ...addrFields,
  tls: { key: "tls", shape: optional(tlsServerConfig) },
  maxRecvMsgSizeMiB: { key: "max_recv_msg_size_mib", shape: int },
  maxConcurrentStreams: { key: "max_concurrent_streams", shape: integer("uint32") },
  readBufferSize: { key: "read_buffer_size", shape: int },
  writeBufferSize: { key: "write_buffer_size", shape: int },
  keepalive: { key: "keepalive", shape: optional(keepaliveServerConfig) },
  includeMetadata: { key: "include_metadata", shape: bool },
  auth: { key: "auth", shape: optional(authConfig) },
  middlewares: { key: "middlewares", shape: list(anyValue) },
});
export type GrpcServerConfig = Infer<typeof grpcServerConfig>;

export function defaultGrpcServer(endpoint: string): GrpcServerConfig {
  return { ...grpcServerConfig.zero(), endpoint, transport: "tcp" };
}

const MiB = 1024 * 1024;

export function grpcServerValues(cfg: GrpcServerConfig | undefined, state: ConvertState): Values | undefined {
  if (!cfg) return undefined;
  const ka = cfg.keepalive;
  return {
    endpoint: cfg.endpoint,
    transport: cfg.transport,
    tls: tlsServerValues(cfg.tls),
    max_recv_msg_size: formatBase2Bytes(cfg.maxRecvMsgSizeMiB * MiB),
    max_concurrent_streams: cfg.maxConcurrentStreams,
    read_buffer_size: formatBase2Bytes(cfg.readBufferSize),
    write_buffer_size: formatBase2Bytes(cfg.writeBufferSize),
    keepalive: ka && {
      server_parameters: ka.serverParameters && {
        max_connection_idle: new Duration(ka.serverParameters.maxConnectionIdle),
        max_connection_age: new Duration(ka.serverParameters.maxConnectionAge),
        max_connection_age_grace: new Duration(ka.serverParameters.maxConnectionAgeGrace),
        time: new Duration(ka.serverParameters.time),
        timeout: new Duration(ka.serverParameters.timeout),
      },
      enforcement_policy: ka.enforcementPolicy && {
        min_time: new Duration(ka.enforcementPolicy.minTime),
        permit_without_stream: ka.enforcementPolicy.permitWithoutStream,
      },
    },
    auth: authHandler(cfg.auth, state),
    include_metadata: cfg.includeMetadata,
  };
}

const keepaliveClientConfig = struct("configgrpc.KeepaliveClientConfig", {
  time: { key: "time", shape: duration },
  timeout: { key: "timeout", shape: duration },
  permitWithoutStream: { key: "permit_without_stream", shape: bool },
});

export const grpcClientConfig = struct("configgrpc.ClientConfig", {
  endpoint: { key: "endpoint", shape: str },
  compression: { key: "compression", shape: str },
  tls: { key: "tls", shape: tlsClientConfig },
  keepalive: { key: "keepalive", shape: optional(keepaliveClientConfig) },
  readBufferSize: { key: "read_buffer_size", shape: int },
  writeBufferSize: { key: "write_buffer_size", shape: int },
  waitForReady: { key: "wait_for_ready", shape: bool },
  headers: { key: "headers", shape: mapList },
  balancerName: { key: "balancer_name", shape: str },
  authority: { key: "authority", shape: str },
  auth: { key: "auth", shape: optional(authConfig) },
  middlewares: { key: "middlewares", shape: list(anyValue) },
  userAgent: { key: "user_agent", shape: str },
});
export type GrpcClientConfig = Infer<typeof grpcClientConfig>;

/** configgrpc.NewDefaultClientConfig as the OTLP exporter's factory sets it. */
export function defaultGrpcClient(): GrpcClientConfig {
  return { ...grpcClientConfig.zero(), compression: "gzip", writeBufferSize: 512 * 1024, headers: {} };
}

export function grpcClientValues(cfg: GrpcClientConfig, state: ConvertState): Values {
  const ka = cfg.keepalive;
  return {
    endpoint: cfg.endpoint,
    compression: cfg.compression,
    tls: tlsClientValues(cfg.tls),
    keepalive: ka && { ping_wait: new Duration(ka.time), ping_response_timeout: new Duration(ka.timeout), ping_without_stream: ka.permitWithoutStream },
    read_buffer_size: formatBase2Bytes(cfg.readBufferSize),
    write_buffer_size: formatBase2Bytes(cfg.writeBufferSize),
    wait_for_ready: cfg.waitForReady,
    headers: { ...(cfg.headers ?? {}) },
    // Alloy fills in the balancer the Collector picks when none is set.
    balancer_name: cfg.balancerName || "round_robin",
    authority: cfg.authority,
    auth: authHandler(cfg.auth, state),
  };
}

// --- confighttp ---

export const corsConfig = struct("confighttp.CORSConfig", {
  allowedOrigins: { key: "allowed_origins", shape: list(str) },
  allowedHeaders: { key: "allowed_headers", shape: list(str) },
  exposedHeaders: { key: "exposed_headers", shape: list(str) },
  maxAge: { key: "max_age", shape: int },
});

export const httpServerConfig = struct("confighttp.ServerConfig", {
  ...addrFields,
  tls: { key: "tls", shape: optional(tlsServerConfig) },
  cors: { key: "cors", shape: optional(corsConfig) },
  auth: { key: "auth", shape: optional(httpServerAuthConfig) },
  maxRequestBodySize: { key: "max_request_body_size", shape: integer("int64") },
  includeMetadata: { key: "include_metadata", shape: bool },
  responseHeaders: { key: "response_headers", shape: mapList },
  compressionAlgorithms: { key: "compression_algorithms", shape: list(str) },
  readTimeout: { key: "read_timeout", shape: duration },
  readHeaderTimeout: { key: "read_header_timeout", shape: duration },
  writeTimeout: { key: "write_timeout", shape: duration },
  idleTimeout: { key: "idle_timeout", shape: duration },
  keepAlivesEnabled: { key: "keep_alives_enabled", shape: bool },
  middlewares: { key: "middlewares", shape: list(anyValue) },
});
export type HttpServerConfig = Infer<typeof httpServerConfig>;

/** confighttp.NewDefaultServerConfig with the component's endpoint. */
export function defaultHttpServer(endpoint: string): HttpServerConfig {
  return {
    ...httpServerConfig.zero(),
    endpoint,
    transport: "tcp",
    maxRequestBodySize: 20 * MiB,
    readHeaderTimeout: 60_000,
    writeTimeout: 30_000,
    idleTimeout: 60_000,
    keepAlivesEnabled: true,
  };
}

/** Alloy's HTTP server arguments from the Collector's; the timeouts are not carried over. */
export function httpServerValues(cfg: HttpServerConfig, state: ConvertState): Values {
  const cors = cfg.cors;
  return {
    endpoint: cfg.endpoint,
    tls: tlsServerValues(cfg.tls),
    cors: cors && { allowed_origins: cors.allowedOrigins, allowed_headers: cors.allowedHeaders, exposed_headers: cors.exposedHeaders, max_age: cors.maxAge },
    auth: authHandler(cfg.auth?.config, state),
    max_request_body_size: formatBase2Bytes(cfg.maxRequestBodySize),
    include_metadata: cfg.includeMetadata,
    compression_algorithms: cfg.compressionAlgorithms?.length ? [...cfg.compressionAlgorithms] : [...DEFAULT_COMPRESSION_ALGORITHMS],
  };
}


// --- exporterhelper ---

export const timeoutConfig = struct("exporterhelper.TimeoutConfig", { timeout: { key: "timeout", shape: duration } });

export const queueConfig = struct("exporterhelper.QueueBatchConfig", {
  enabled: { key: "enabled", shape: bool },
  waitForResult: { key: "wait_for_result", shape: bool },
  sizer: { key: "sizer", shape: str },
  queueSize: { key: "queue_size", shape: integer("int64") },
  blockOnOverflow: { key: "block_on_overflow", shape: bool },
  storage: { key: "storage", shape: optional(str) },
  numConsumers: { key: "num_consumers", shape: int },
  batch: {
    key: "batch",
    shape: optional(
      struct("queuebatch.BatchConfig", {
        flushTimeout: { key: "flush_timeout", shape: duration },
        sizer: { key: "sizer", shape: str },
        minSize: { key: "min_size", shape: integer("int64") },
        maxSize: { key: "max_size", shape: integer("int64") },
        partition: { key: "partition", shape: struct("queuebatch.PartitionConfig", { metadataKeys: { key: "metadata_keys", shape: list(str) } }) },
      }),
    ),
  },
});
export type QueueConfig = Infer<typeof queueConfig>;

export function defaultQueue(): QueueConfig {
  return { ...queueConfig.zero(), enabled: true, sizer: "requests", queueSize: 1000, numConsumers: 10 };
}

export function queueValues(cfg: QueueConfig, state: ConvertState): Values {
  return {
    enabled: cfg.enabled,
    num_consumers: cfg.numConsumers,
    queue_size: cfg.queueSize,
    block_on_overflow: cfg.blockOnOverflow,
    sizer: cfg.sizer,
    wait_for_result: cfg.waitForResult,
    storage: cfg.storage === undefined ? undefined : extensionHandler(cfg.storage, state),
  };
}

export const retryConfig = struct("configretry.BackOffConfig", {
  enabled: { key: "enabled", shape: bool },
  initialInterval: { key: "initial_interval", shape: duration },
  randomizationFactor: { key: "randomization_factor", shape: float },
  multiplier: { key: "multiplier", shape: float },
  maxInterval: { key: "max_interval", shape: duration },
  maxElapsedTime: { key: "max_elapsed_time", shape: duration },
});
export type RetryConfig = Infer<typeof retryConfig>;

export function defaultRetry(): RetryConfig {
  return { enabled: true, initialInterval: 5000, randomizationFactor: 0.5, multiplier: 1.5, maxInterval: 30_000, maxElapsedTime: 300_000 };
}

export function retryValues(cfg: RetryConfig): Values {
  return {
    enabled: cfg.enabled,
    initial_interval: new Duration(cfg.initialInterval),
    randomization_factor: cfg.randomizationFactor,
    multiplier: cfg.multiplier,
    max_interval: new Duration(cfg.maxInterval),
    max_elapsed_time: new Duration(cfg.maxElapsedTime),
  };
}

// --- confighttp client ---

export const httpClientConfig = struct("confighttp.ClientConfig", {
  endpoint: { key: "endpoint", shape: str },
  proxyUrl: { key: "proxy_url", shape: str },
  tls: { key: "tls", shape: tlsClientConfig },
  readBufferSize: { key: "read_buffer_size", shape: int },
  writeBufferSize: { key: "write_buffer_size", shape: int },
  timeout: { key: "timeout", shape: duration },
  headers: { key: "headers", shape: mapList },
  auth: { key: "auth", shape: optional(authConfig) },
  compression: { key: "compression", shape: str },
  compressionParams: { key: "compression_params", shape: struct("configcompression.CompressionParams", { level: { key: "level", shape: int } }) },
  maxIdleConns: { key: "max_idle_conns", shape: int },
  maxIdleConnsPerHost: { key: "max_idle_conns_per_host", shape: int },
  maxConnsPerHost: { key: "max_conns_per_host", shape: int },
  idleConnTimeout: { key: "idle_conn_timeout", shape: duration },
  disableKeepAlives: { key: "disable_keep_alives", shape: bool },
  http2ReadIdleTimeout: { key: "http2_read_idle_timeout", shape: duration },
  http2PingTimeout: { key: "http2_ping_timeout", shape: duration },
  forceAttemptHttp2: { key: "force_attempt_http2", shape: bool },
  cookies: { key: "cookies", shape: optional(struct("confighttp.CookiesConfig", { enabled: { key: "enabled", shape: bool } })) },
  middlewares: { key: "middlewares", shape: list(anyValue) },
});
export type HttpClientConfig = Infer<typeof httpClientConfig>;

/** confighttp.NewDefaultClientConfig; factories then set their own endpoint, timeout, compression… */
export function defaultHttpClient(): HttpClientConfig {
  return { ...httpClientConfig.zero(), headers: {}, maxIdleConns: 100, idleConnTimeout: 90_000, forceAttemptHttp2: true };
}

/** Alloy's HTTP client arguments from the Collector's, as Alloy's converter copies them. */
export function httpClientValues(cfg: HttpClientConfig, state: ConvertState): Values {
  return {
    endpoint: cfg.endpoint,
    proxy_url: cfg.proxyUrl,
    compression: cfg.compression,
    tls: tlsClientValues(cfg.tls),
    read_buffer_size: formatBase2Bytes(cfg.readBufferSize),
    write_buffer_size: formatBase2Bytes(cfg.writeBufferSize),
    timeout: new Duration(cfg.timeout),
    headers: { ...(cfg.headers ?? {}) },
    max_idle_conns: cfg.maxIdleConns,
    max_idle_conns_per_host: cfg.maxIdleConnsPerHost,
    max_conns_per_host: cfg.maxConnsPerHost,
    idle_conn_timeout: new Duration(cfg.idleConnTimeout),
    disable_keep_alives: cfg.disableKeepAlives,
    http2_ping_timeout: new Duration(cfg.http2PingTimeout),
    http2_read_idle_timeout: new Duration(cfg.http2ReadIdleTimeout),
    auth: authHandler(cfg.auth, state),
  };
}

/** The Datadog and Splunk HEC exporters' small client; Alloy's converters fill insecure_skip_verify from tls.insecure. */
export function reducedHttpClientValues(c: HttpClientConfig): Values {
  return {
    read_buffer_size: c.readBufferSize,
    write_buffer_size: c.writeBufferSize,
    timeout: new Duration(c.timeout),
    max_idle_conns: c.maxIdleConns,
    max_idle_conns_per_host: c.maxIdleConnsPerHost,
    max_conns_per_host: c.maxConnsPerHost,
    idle_conn_timeout: new Duration(c.idleConnTimeout),
    disable_keep_alives: c.disableKeepAlives,
    insecure_skip_verify: c.tls.insecure,
  };
}
