// The Grafana Agent static-mode config file as the Agent reads it (internal/static/config):
// the top-level sections with their Go type names, defaults and load-time checks. The
// `integrations:` section is kept raw: the Agent decodes it only once the flags say which
// integrations version applies (integrations.ts).

import { isScalar, type Document, type LineCounter, type Node } from "yaml";
import { Duration } from "../../components/values.js";
import { globalSource, remoteWriteSource, scrapeConfigSource, type GlobalConfig, type RemoteWriteConfig } from "../prometheus/source.js";
import {
  clientSource, limitsSource, positionsSource, scrapeConfigSource as promtailScrapeConfigSource, targetConfigSource, watchConfigSource,
} from "../promtail/source.js";
import { goDuration } from "../shared/go-duration.js";
import { relabelConfigSource } from "../shared/relabel.js";
import { anyValue, bool, DecodeFailure, list, parsed, string, struct, type Infer, type SourceType, type StructType } from "../yaml/types.js";
import { tracesConfig } from "./traces/index.js";

// ---------------------------------------------------------------------------------------
// server

const LOG_LEVELS = new Set(["debug", "info", "warn", "error"]);

/** dskit's log.Level: one of four names, anything else stops the load. */
const logLevel = parsed((text, line) => {
  if (!LOG_LEVELS.has(text)) throw new DecodeFailure(`unrecognized log level "${text}"`, line);
  return text;
});

/** Go's secure TLS cipher suites (tls.CipherSuites), the names the Agent accepts. */
export const TLS_CIPHERS = [
  "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
  "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
  "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
];
const CURVES = ["CurveP256", "CurveP384", "CurveP521", "X25519"];
const TLS_VERSIONS = ["TLS13", "TLS12", "TLS11", "TLS10"];
export const CLIENT_AUTH_TYPES = [
  "RequestClientCert", "RequireAnyClientCert", "RequireClientCert", "VerifyClientCertIfGiven", "RequireAndVerifyClientCert", "", "NoClientCert",
];

function named(known: string[], error: string): SourceType<string> {
  return parsed((text, line) => {
    if (!known.includes(text)) throw new DecodeFailure(error + text, line);
    return text;
  });
}

const serverTlsSource = struct("server.TLSConfig", {
  cert_file: string,
  key_file: string,
  client_auth_type: string,
  client_ca_file: string,
  cipher_suites: list(named(TLS_CIPHERS, "unknown cipher: "), "[]server.TLSCipher"),
  curve_preferences: list(named(CURVES, "unknown curve: "), "[]server.TLSCurve"),
  min_version: named(TLS_VERSIONS, "unknown TLS version: "),
  max_version: named(TLS_VERSIONS, "unknown TLS version: "),
  prefer_server_cipher_suites: bool,
  windows_certificate_filter: struct("server.WindowsCertificateFilter", {
    server: struct("server.WindowsServerFilter", {
      store: string,
      system_store: string,
      issuer_common_names: list(string),
      template_id: string,
      refresh_interval: goDuration,
    }),
    client: struct("server.WindowsClientFilter", {
      issuer_common_names: list(string),
      subject_regex: string,
      template_id: string,
    }),
  }),
});
export type ServerTlsConfig = Infer<typeof serverTlsSource>;

const serverDefaults = () => ({ log_level: "info", log_format: "logfmt" });
const serverSource = struct(
  "server.config",
  { log_level: logLevel, log_format: string, grpc_tls_config: serverTlsSource, http_tls_config: serverTlsSource },
  { defaults: serverDefaults },
);
export type ServerConfig = Infer<typeof serverSource>;

// ---------------------------------------------------------------------------------------
// metrics

/** instance.DefaultGlobalConfig: Prometheus's global defaults, and no remote_write. */
export const metricsGlobalDefaults = () => ({ scrape_interval: 60_000, scrape_timeout: 10_000, evaluation_interval: 60_000 });

// Prometheus's global config is inline here, so its own UnmarshalYAML (defaults and
// checks) does not run: the Agent's defaults stand for what the YAML leaves out.
export type MetricsGlobal = GlobalConfig & {
  scrape_interval: number;
  scrape_timeout: number;
  evaluation_interval: number;
  remote_write?: RemoteWriteConfig[];
};
const metricsGlobalSource = struct(
  "instance.plain",
  { ...globalSource.fields, remote_write: list(remoteWriteSource, "[]*config.RemoteWriteConfig") },
  { defaults: metricsGlobalDefaults as () => object },
) as unknown as StructType<MetricsGlobal>;

const instanceDefaults = () => ({
  host_filter: false,
  wal_truncate_frequency: new Duration(3_600_000),
  min_wal_time: new Duration(300_000),
  max_wal_time: new Duration(14_400_000),
  remote_flush_deadline: new Duration(60_000),
  write_stale_on_shutdown: false,
});
const instanceSource = struct(
  "instance.plain",
  {
    name: string,
    host_filter: bool,
    host_filter_relabel_configs: list(relabelConfigSource),
    scrape_configs: list(scrapeConfigSource, "[]*config.ScrapeConfig"),
    remote_write: list(remoteWriteSource, "[]*config.RemoteWriteConfig"),
    wal_truncate_frequency: goDuration,
    min_wal_time: goDuration,
    max_wal_time: goDuration,
    remote_flush_deadline: goDuration,
    write_stale_on_shutdown: bool,
  },
  { defaults: instanceDefaults },
);
export type InstanceConfig = Infer<typeof instanceSource>;

const INSTANCE_MODES = ["distinct", "shared"];
const instanceMode = parsed((text, line) => {
  if (!INSTANCE_MODES.includes(text)) throw new DecodeFailure(`unsupported instance_mode '${text}'. supported values 'shared', 'distinct'`, line);
  return text;
});

export const METRICS_DEFAULT_WAL_DIR = "data-alloy/";

export const metricsDefaults = () => ({
  global: metricsGlobalDefaults(),
  wal_directory: METRICS_DEFAULT_WAL_DIR,
  wal_cleanup_age: new Duration(12 * 3_600_000),
  wal_cleanup_period: new Duration(30 * 60_000),
  instance_restart_backoff: new Duration(5000),
  instance_mode: "shared",
});
const metricsSource = struct(
  "metrics.plain",
  {
    global: metricsGlobalSource,
    wal_directory: string,
    wal_cleanup_age: goDuration,
    wal_cleanup_period: goDuration,
    // The scraping service (dskit KV store and ring settings) has no Alloy equivalent: any
    // setting of it is reported, so it is read as a whole.
    scraping_service: anyValue,
    scraping_service_client: anyValue,
    configs: list(instanceSource, "[]instance.Config"),
    instance_restart_backoff: goDuration,
    instance_mode: instanceMode,
    http_disable_keepalives: bool,
    http_idle_conn_timeout: goDuration,
  },
  { defaults: metricsDefaults },
);
export type MetricsConfig = Infer<typeof metricsSource>;

// ---------------------------------------------------------------------------------------
// logs

const logsGlobalSource = struct(
  "logs.plain",
  { file_watch_config: watchConfigSource, clients: list(clientSource, "[]client.Config") },
  { defaults: () => ({ file_watch_config: { min_poll_frequency: new Duration(250), max_poll_frequency: new Duration(250) }, clients: [] }) },
);

// An instance's Promtail settings start from Promtail's flag defaults for positions and
// target_config (the positions file blanked: the Agent derives it), limits from zero.
const instancePositionsDefaults = () => ({ sync_period: new Duration(10_000), filename: "" });
const instancePositionsSource = struct(positionsSource.goName, positionsSource.fields, { defaults: instancePositionsDefaults }) as typeof positionsSource;
const instanceLimitsSource = struct(limitsSource.goName, limitsSource.fields) as typeof limitsSource;

const logsInstanceSource = struct(
  "logs.instanceConfig",
  {
    name: string,
    clients: list(clientSource, "[]client.Config"),
    positions: instancePositionsSource,
    scrape_configs: list(promtailScrapeConfigSource, "[]scrapeconfig.Config"),
    target_config: targetConfigSource,
    limits_config: instanceLimitsSource,
  },
  { defaults: () => ({ positions: instancePositionsDefaults(), target_config: { sync_period: new Duration(10_000) } }) },
);
export type LogsInstanceConfig = Infer<typeof logsInstanceSource>;

const logsSource = struct("logs.config", {
  positions_directory: string,
  global: logsGlobalSource,
  configs: list(logsInstanceSource, "[]*logs.InstanceConfig"),
});
export type LogsConfig = Infer<typeof logsSource>;

// ---------------------------------------------------------------------------------------
// integrations, agent_management, the whole file

/** The `integrations:` node, decoded later for the integrations version the flags select. */
export interface RawIntegrations {
  node: Node;
  doc: Document;
  lines?: LineCounter;
}

const rawIntegrations: SourceType<RawIntegrations> = {
  goName: "config.VersionedIntegrations",
  decode(raw, ctx) {
    if (raw === null || (isScalar(raw) && raw.value === null)) return undefined;
    // The file's line counter, to find each integration's position before re-marshalling.
    return { node: raw, doc: ctx.doc, lines: ctx.lines };
  },
};

const agentManagementSource = struct("config.AgentManagementConfig", {
  host: string,
  protocol: string,
  polling_interval: goDuration,
  http_client_config: anyValue,
  remote_configuration: anyValue,
});

export const staticConfigSource = struct(
  "config.config",
  {
    server: serverSource,
    metrics: metricsSource,
    integrations: rawIntegrations,
    traces: tracesConfig,
    logs: logsSource,
    agent_management: agentManagementSource,
    // The Agent's deprecated names for metrics, logs and traces.
    prometheus: metricsSource,
    loki: logsSource,
    tempo: tracesConfig,
  },
  { defaults: () => ({ server: serverDefaults(), metrics: metricsDefaults() }) },
);
export type StaticConfig = Infer<typeof staticConfigSource>;
