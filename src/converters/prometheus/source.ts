// The Prometheus configuration as prometheus/prometheus config.Load reads it: YAML keys,
// Go type names for strict-decoding errors, defaults and load-time validation.

import { modelDuration } from "../shared/duration.js";
import { httpClientDefaults, httpClientSource, secret, validateHttpClient } from "../shared/http-client.js";
import { relabelConfigSource } from "../shared/relabel.js";
import { targetGroupSource } from "../shared/target-group.js";
import { goUrl } from "../shared/url.js";
import {
  anyValue, bool, DecodeFailure, float, int, lineOf, list, locationOf, map, string, struct, uint, type Infer, type SourceType,
} from "../yaml/types.js";
import { DISCOVERY_CONVERTERS } from "./discovery/index.js";
import { goQuote } from "../shared/go-format.js";
import type { SourceLocation } from "../../diagnostics.js";

/** Every service discovery Prometheus knows, by scrape config key; Alloy converts only some. */
const PROMETHEUS_SD_KEYS = [
  "azure", "consul", "digitalocean", "dns", "docker", "dockerswarm", "ec2", "eureka", "file", "gce", "hetzner", "http",
  "ionos", "kubernetes", "kuma", "lightsail", "linode", "marathon", "nerve", "nomad", "openstack", "ovhcloud", "puppetdb",
  "scaleway", "serverset", "stackit", "triton", "uyuni", "vultr",
].map((name) => `${name}_sd_configs`);

/** The SD lists a scrape config accepts: converted ones with their schema, others as opaque entries. */
function discoveryFields(): Record<string, SourceType<unknown[]>> {
  const fields: Record<string, SourceType<unknown[]>> = {};
  for (const key of PROMETHEUS_SD_KEYS) fields[key] = list(anyValue);
  for (const conv of DISCOVERY_CONVERTERS) fields[conv.key] = list(conv.source);
  return fields;
}


/** Go's time.Duration zero and the globals' fallbacks, in milliseconds. */
const DEFAULT_SCRAPE_INTERVAL = 60_000;
const DEFAULT_SCRAPE_TIMEOUT = 10_000;
export const DEFAULT_EVALUATION_INTERVAL = 60_000;

/** The per-scrape limits `global` sets for every scrape config and each may override. */
const scrapeLimitsSource = {
  body_size_limit: string,
  sample_limit: uint,
  target_limit: uint,
  label_limit: uint,
  label_name_length_limit: uint,
  label_value_length_limit: uint,
};

export const globalSource = struct(
  "config.plain",
  {
    scrape_interval: modelDuration,
    scrape_timeout: modelDuration,
    scrape_protocols: list(string),
    evaluation_interval: modelDuration,
    rule_query_offset: modelDuration,
    query_log_file: string,
    scrape_failure_log_file: string,
    external_labels: map(string, "labels.Labels"),
    ...scrapeLimitsSource,
    keep_dropped_targets: uint,
    metric_name_validation_scheme: string,
    metric_name_escaping_scheme: string,
    scrape_native_histograms: bool,
    convert_classic_histograms_to_nhcb: bool,
    always_scrape_classic_histograms: bool,
    extra_scrape_metrics: bool,
  },
  {
    validate(g, _ctx, line) {
      g.scrape_interval ||= DEFAULT_SCRAPE_INTERVAL;
      if ((g.scrape_timeout ?? 0) > g.scrape_interval) throw DecodeFailure.at("global scrape timeout greater than scrape interval", locationOf(g, "scrape_timeout"), line);
      g.scrape_timeout ||= Math.min(DEFAULT_SCRAPE_TIMEOUT, g.scrape_interval);
      g.evaluation_interval ||= DEFAULT_EVALUATION_INTERVAL;
    },
  },
);
export type GlobalConfig = Infer<typeof globalSource>;

export function defaultGlobal(): GlobalConfig {
  return { scrape_interval: DEFAULT_SCRAPE_INTERVAL, scrape_timeout: DEFAULT_SCRAPE_TIMEOUT, evaluation_interval: DEFAULT_EVALUATION_INTERVAL };
}

export const scrapeConfigSource = struct(
  "config.plain",
  {
    job_name: string,
    honor_labels: bool,
    honor_timestamps: bool,
    track_timestamps_staleness: bool,
    params: map(list(string), "url.Values"),
    scrape_interval: modelDuration,
    scrape_timeout: modelDuration,
    scrape_protocols: list(string),
    fallback_scrape_protocol: string,
    scrape_native_histograms: bool,
    always_scrape_classic_histograms: bool,
    convert_classic_histograms_to_nhcb: bool,
    scrape_failure_log_file: string,
    metrics_path: string,
    scheme: string,
    enable_compression: bool,
    ...scrapeLimitsSource,
    native_histogram_bucket_limit: uint,
    native_histogram_min_bucket_factor: float,
    keep_dropped_targets: uint,
    metric_name_validation_scheme: string,
    metric_name_escaping_scheme: string,
    extra_scrape_metrics: bool,
    ...httpClientSource,
    static_configs: list(targetGroupSource),
    ...discoveryFields(),
    relabel_configs: list(relabelConfigSource),
    metric_relabel_configs: list(relabelConfigSource),
  },
  {
    defaults: () => ({ metrics_path: "/metrics", scheme: "http", honor_timestamps: true, enable_compression: true, ...httpClientDefaults() }),
    validate(c, _ctx, line) {
      if (!c.job_name) throw new DecodeFailure("job_name is empty", line);
      validateHttpClient(c, line);
      if (!c.relabel_configs || c.relabel_configs.length === 0) {
        for (const group of c.static_configs ?? []) {
          const bad = (group.targets ?? []).find((t) => t.includes("/"));
          if (bad !== undefined) throw DecodeFailure.at(`${goQuote(bad)} is not a valid hostname`, locationOf(group, "targets"), line);
        }
      }
    },
  },
);
export type ScrapeConfig = Infer<typeof scrapeConfigSource> & Record<string, unknown>;

function defaultQueueConfig() {
  // retry_on_http_429 is on by default in the Prometheus that Alloy builds with.
  return {
    capacity: 10000, max_shards: 50, min_shards: 1, max_samples_per_send: 2000, batch_send_deadline: 5000,
    min_backoff: 30, max_backoff: 5000, retry_on_http_429: true,
  };
}

function defaultMetadataConfig() {
  return { send: true, send_interval: 60_000, max_samples_per_send: 2000 };
}

// Nested structs keep Prometheus's defaults for the keys the YAML leaves out.
const queueConfigSource = struct("config.QueueConfig", {
  capacity: int,
  max_shards: int,
  min_shards: int,
  max_samples_per_send: int,
  batch_send_deadline: modelDuration,
  min_backoff: modelDuration,
  max_backoff: modelDuration,
  retry_on_http_429: bool,
  sample_age_limit: modelDuration,
}, { defaults: defaultQueueConfig });

const metadataConfigSource = struct("config.MetadataConfig", {
  send: bool,
  send_interval: modelDuration,
  max_samples_per_send: int,
}, { defaults: defaultMetadataConfig });

const sigv4Source = struct("sigv4.SigV4Config", {
  region: string,
  access_key: string,
  secret_key: secret,
  profile: string,
  role_arn: string,
  external_id: string,
  use_fips_sts_endpoint: bool,
});

const azureADSource = struct(
  "azuread.plain",
  {
    managed_identity: struct("azuread.ManagedIdentityConfig", { client_id: string }),
    oauth: struct("azuread.OAuthConfig", { client_id: string, client_secret: string, tenant_id: string }),
    sdk: struct("azuread.SDKConfig", { tenant_id: string }),
    cloud: string,
    scope: string,
  },
  { defaults: () => ({ cloud: "AzurePublic" }) },
);

/** Headers Prometheus reserves for itself in remote_write `headers`. */
const RESERVED_HEADERS = new Set([
  "host", "content-encoding", "content-length", "content-type", "user-agent", "connection", "keep-alive",
  "proxy-authenticate", "proxy-authorization", "www-authenticate", "accept-encoding", "x-prometheus-remote-write-version",
  "x-prometheus-remote-read-version", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256",
]);

function validateHeaders(headers: Record<string, string> | undefined, line: number): void {
  for (const name of Object.keys(headers ?? {})) {
    if (name.toLowerCase() === "authorization") {
      throw new DecodeFailure("authorization header must be changed via the basic_auth, authorization, oauth2, sigv4, azuread or google_iam parameter", line);
    }
    if (RESERVED_HEADERS.has(name.toLowerCase())) throw new DecodeFailure(`${name} is a reserved header. It must not be changed`, line);
  }
}

export const remoteWriteSource = struct(
  "config.plain",
  {
    url: goUrl,
    remote_timeout: modelDuration,
    headers: map(string),
    write_relabel_configs: list(relabelConfigSource),
    name: string,
    send_exemplars: bool,
    send_native_histograms: bool,
    round_robin_dns: bool,
    protobuf_message: string,
    ...httpClientSource,
    queue_config: queueConfigSource,
    metadata_config: metadataConfigSource,
    sigv4: sigv4Source,
    azuread: azureADSource,
    google_iam: anyValue,
  },
  {
    // Grafana's Prometheus fork, which Alloy builds with, sends exemplars by default.
    defaults: () => ({
      remote_timeout: 30_000,
      send_exemplars: true,
      ...httpClientDefaults(),
      queue_config: defaultQueueConfig(),
      metadata_config: defaultMetadataConfig(),
    }),
    validate(rw, _ctx, line) {
      if (rw.url === undefined) throw new DecodeFailure("url for remote_write is empty", line);
      validateHeaders(rw.headers, line);
      validateHttpClient(rw, line);
      const auth = [
        rw.basic_auth && "basic_auth", rw.authorization && "authorization", rw.oauth2 && "oauth2",
        rw.sigv4 && "sigv4", rw.azuread && "azuread", rw.google_iam !== undefined && "google_iam",
      ].filter((a): a is string => typeof a === "string");
      if (auth.length > 1) {
        throw new DecodeFailure(
          `at most one of basic_auth, authorization, oauth2, sigv4, azuread or google_iam must be configured. Currently configured: [${auth.join(" ")}]`,
          line,
        );
      }
    },
  },
);
export type RemoteWriteConfig = Infer<typeof remoteWriteSource>;

/** Rule file paths may hold a glob only in their last path segment. */
const RULE_PATH = /^[^*]*(\*[^/]*)?$/;

export const prometheusConfigSource = struct(
  "config.plain",
  {
    global: globalSource,
    runtime: anyValue,
    alerting: anyValue,
    rule_files: list(string),
    scrape_config_files: list(string),
    scrape_configs: list(scrapeConfigSource, "[]*config.ScrapeConfig"),
    storage: anyValue,
    tracing: anyValue,
    remote_write: list(remoteWriteSource, "[]*config.RemoteWriteConfig"),
    remote_read: list(anyValue, "[]*config.RemoteReadConfig"),
    otlp: anyValue,
  },
  {
    validate(cfg, _ctx, line) {
      for (const rf of cfg.rule_files ?? []) {
        if (!RULE_PATH.test(rf)) throw DecodeFailure.at(`invalid rule file path ${goQuote(rf)}`, locationOf(cfg, "rule_files"), line);
      }
      for (const sf of cfg.scrape_config_files ?? []) {
        if (!RULE_PATH.test(sf)) throw DecodeFailure.at(`invalid scrape config file path ${goQuote(sf)}`, locationOf(cfg, "scrape_config_files"), line);
      }
      const global = cfg.global ?? defaultGlobal();
      const jobs = new Set<string>();
      for (const sc of cfg.scrape_configs ?? []) {
        applyGlobal(sc as ScrapeConfig, global);
        // The second of the two is the one to rename or remove.
        if (jobs.has(sc.job_name!)) throw DecodeFailure.at(`found multiple scrape configs with job name ${goQuote(sc.job_name!)}`, locationOf(sc, "job_name"), line);
        jobs.add(sc.job_name!);
      }
      const names = new Set<string>();
      for (const rw of cfg.remote_write ?? []) {
        if (rw.name && names.has(rw.name)) throw DecodeFailure.at(`found multiple remote write configs with job name ${goQuote(rw.name)}`, locationOf(rw, "name"), line);
        names.add(rw.name ?? "");
      }
    },
  },
);
export type PrometheusConfig = Infer<typeof prometheusConfigSource>;

/** ScrapeConfig.Validate: fills what the job leaves to the globals, and checks the result. */
function applyGlobal(c: ScrapeConfig, g: GlobalConfig): void {
  const line = lineOf(c);
  c.scrape_interval ||= g.scrape_interval;
  if ((c.scrape_timeout ?? 0) > c.scrape_interval!) {
    const at = locationOf(c, "scrape_timeout") ?? locationOf(c, "scrape_interval") ?? locationOf(c);
    throw DecodeFailure.at(`scrape timeout greater than scrape interval for scrape config with job name ${goQuote(c.job_name ?? "")}`, at, line);
  }
  c.scrape_timeout ||= Math.min(g.scrape_timeout!, c.scrape_interval!);
  c.body_size_limit ||= g.body_size_limit;
  c.sample_limit ||= g.sample_limit;
  c.target_limit ||= g.target_limit;
  c.label_limit ||= g.label_limit;
  c.label_name_length_limit ||= g.label_name_length_limit;
  c.label_value_length_limit ||= g.label_value_length_limit;
  c.keep_dropped_targets ||= g.keep_dropped_targets;
  c.scrape_failure_log_file ||= g.scrape_failure_log_file;
  c.always_scrape_classic_histograms ??= g.always_scrape_classic_histograms;
  c.scrape_protocols ??= g.scrape_protocols;
  // Protocols the job inherits are the global setting's fault: point there.
  const protocolsAt = locationOf(c, "scrape_protocols") ?? locationOf(g, "scrape_protocols") ?? locationOf(c);
  if (c.scrape_protocols) validateScrapeProtocols(c.scrape_protocols, `for scrape config with job name ${goQuote(c.job_name ?? "")}`, protocolsAt);
}

const SCRAPE_PROTOCOLS = ["OpenMetricsText0.0.1", "OpenMetricsText1.0.0", "PrometheusProto", "PrometheusText0.0.4", "PrometheusText1.0.0"];

function validateScrapeProtocols(protocols: string[], where: string, at?: SourceLocation): void {
  const fail = (message: string) => DecodeFailure.at(message, at);
  if (protocols.length === 0) throw fail(`scrape_protocols cannot be empty ${where}`);
  const seen = new Set<string>();
  for (const p of protocols) {
    if (seen.has(p.toLowerCase())) throw fail(`duplicated protocol in scrape_protocols, got [${protocols.join(" ")}] ${where}`);
    if (!SCRAPE_PROTOCOLS.includes(p)) {
      throw fail(`scrape_protocols: unknown scrape protocol ${p}, supported: [${SCRAPE_PROTOCOLS.join(" ")}] ${where}`);
    }
    seen.add(p.toLowerCase());
  }
}
