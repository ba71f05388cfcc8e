// The Prometheus configuration as prometheus/prometheus config.Load reads it: YAML keys,
// Go type names for strict-decoding errors, defaults and load-time validation.

import { modelDuration } from "../shared/duration.js";
import { httpClientDefaults, httpClientSource, validateHttpClient } from "../shared/http-client.js";
import { goUrl } from "../shared/url.js";
import {
  bool, DecodeFailure, float, int, lineOf, list, locationOf, map, nullEntries, parsed, string, struct, uint, type Infer,
} from "../yaml/types.js";
import { checkDiscoveryNulls, discoveryConfigFields } from "./discovery/configs.js";
import {
  alertingSource, azureADSource, base2Bytes, googleIAMSource, otlpSource, refuseNullRules, relabelList, remoteReadSource, runtimeSource,
  entriesWithNulls, sigv4Source, storageSource, tracingSource, validateHeaders, validateProtobufMessage, validateQueueConfig, validateTranslationStrategy,
} from "./sections.js";
import { validateLabels } from "../shared/label-names.js";
import { expandEnvLikeGo } from "../shared/os-expand.js";
import { goQuote } from "../shared/go-format.js";
import type { SourceLocation } from "../../diagnostics.js";


/** Go's time.Duration zero and the globals' fallbacks, in milliseconds. */
const DEFAULT_SCRAPE_INTERVAL = 60_000;
const DEFAULT_SCRAPE_TIMEOUT = 10_000;
export const DEFAULT_EVALUATION_INTERVAL = 60_000;

/** The per-scrape limits `global` sets for every scrape config and each may override. */
const scrapeLimitsSource = {
  body_size_limit: base2Bytes,
  sample_limit: uint,
  target_limit: uint,
  label_limit: uint,
  label_name_length_limit: uint,
  label_value_length_limit: uint,
};

/** model.ValidationScheme: `legacy`, `utf8`, or empty for unset. */
const validationScheme = parsed((text, line) => {
  if (text !== "" && text !== "legacy" && text !== "utf8") throw new DecodeFailure(`unrecognized ValidationScheme: ${goQuote(text)}`, line);
  return text;
});

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
    metric_name_validation_scheme: validationScheme,
    metric_name_escaping_scheme: string,
    scrape_native_histograms: bool,
    convert_classic_histograms_to_nhcb: bool,
    always_scrape_classic_histograms: bool,
    extra_scrape_metrics: bool,
  },
  {
    validate(g, _ctx, line) {
      validateLabels(g.external_labels, locationOf(g, "external_labels")?.line ?? line);
      g.scrape_interval ||= DEFAULT_SCRAPE_INTERVAL;
      if ((g.scrape_timeout ?? 0) > g.scrape_interval) throw DecodeFailure.at("global scrape timeout greater than scrape interval", locationOf(g, "scrape_timeout"), line);
      g.scrape_timeout ||= Math.min(DEFAULT_SCRAPE_TIMEOUT, g.scrape_interval);
      g.evaluation_interval ||= DEFAULT_EVALUATION_INTERVAL;
      if (g.scrape_protocols) validateScrapeProtocols(g.scrape_protocols, "for global config", locationOf(g, "scrape_protocols"));
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
    metric_name_validation_scheme: validationScheme,
    metric_name_escaping_scheme: string,
    extra_scrape_metrics: bool,
    ...httpClientSource,
    ...discoveryConfigFields(),
    relabel_configs: relabelList,
    metric_relabel_configs: relabelList,
  },
  {
    defaults: () => ({ metrics_path: "/metrics", scheme: "http", honor_timestamps: true, enable_compression: true, ...httpClientDefaults() }),
    validate(c, _ctx, line) {
      checkDiscoveryNulls(c, line);
      if (!c.job_name) throw new DecodeFailure("job_name is empty", line);
      validateHttpClient(c, line);
      // A null rule still counts as a rule here: Go checks the slice's length.
      if ((c.relabel_configs?.length ?? 0) + nullEntries(c.relabel_configs).length === 0) {
        for (const group of c.static_configs ?? []) {
          const bad = (group.targets ?? []).find((t) => t.includes("/"));
          if (bad !== undefined) throw DecodeFailure.at(`${goQuote(bad)} is not a valid hostname`, locationOf(group, "targets"), line);
        }
      }
      refuseNullRules(c.relabel_configs, "empty or null target relabeling rule in scrape config", line);
      refuseNullRules(c.metric_relabel_configs, "empty or null metric relabeling rule in scrape config", line);
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
}, { defaults: defaultQueueConfig, validate: (q, _ctx, line) => validateQueueConfig(q, line) });

const metadataConfigSource = struct("config.MetadataConfig", {
  send: bool,
  send_interval: modelDuration,
  max_samples_per_send: int,
}, { defaults: defaultMetadataConfig });

export const remoteWriteSource = struct(
  "config.plain",
  {
    url: goUrl,
    remote_timeout: modelDuration,
    headers: map(string),
    write_relabel_configs: relabelList,
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
    google_iam: googleIAMSource,
  },
  {
    // Grafana's Prometheus fork, which Alloy builds with, sends exemplars by default.
    defaults: () => ({
      remote_timeout: 30_000,
      send_exemplars: true,
      ...httpClientDefaults(),
      queue_config: defaultQueueConfig(),
      metadata_config: defaultMetadataConfig(),
      protobuf_message: "prometheus.WriteRequest",
    }),
    validate(rw, _ctx, line) {
      if (rw.url === undefined) throw new DecodeFailure("url for remote_write is empty", line);
      refuseNullRules(rw.write_relabel_configs, "empty or null relabeling rule in remote write config", line);
      validateHeaders(rw.headers, line);
      validateProtobufMessage(rw.protobuf_message, line);
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
    runtime: runtimeSource,
    alerting: alertingSource,
    rule_files: list(string),
    scrape_config_files: list(string),
    scrape_configs: list(scrapeConfigSource, "[]*config.ScrapeConfig"),
    storage: storageSource,
    tracing: tracingSource,
    remote_write: list(remoteWriteSource, "[]*config.RemoteWriteConfig"),
    remote_read: list(remoteReadSource, "[]*config.RemoteReadConfig"),
    otlp: otlpSource,
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
      for (const sc of entriesWithNulls(cfg.scrape_configs)) {
        if (sc === null) throw DecodeFailure.at("empty or null scrape config section", locationOf(cfg, "scrape_configs"), line);
        applyGlobal(sc as ScrapeConfig, global);
        // The second of the two is the one to rename or remove.
        if (jobs.has(sc.job_name!)) throw DecodeFailure.at(`found multiple scrape configs with job name ${goQuote(sc.job_name!)}`, locationOf(sc, "job_name"), line);
        jobs.add(sc.job_name!);
      }
      const names = new Set<string>();
      for (const rw of entriesWithNulls(cfg.remote_write)) {
        if (rw === null) throw DecodeFailure.at("empty or null remote write config section", locationOf(cfg, "remote_write"), line);
        if (rw.name && names.has(rw.name)) throw DecodeFailure.at(`found multiple remote write configs with job name ${goQuote(rw.name)}`, locationOf(rw, "name"), line);
        names.add(rw.name ?? "");
      }
      const readNames = new Set<string>();
      for (const rr of entriesWithNulls(cfg.remote_read)) {
        if (rr === null) throw DecodeFailure.at("empty or null remote read config section", locationOf(cfg, "remote_read"), line);
        if (rr.name && readNames.has(rr.name)) throw DecodeFailure.at(`found multiple remote read configs with job name ${goQuote(rr.name)}`, locationOf(rr, "name"), line);
        readNames.add(rr.name ?? "");
      }
      // What config.Load does once the YAML is read: external label values expand
      // environment variables, then the OTLP translation strategy is checked.
      if (global.external_labels) {
        for (const [name, value] of Object.entries(global.external_labels)) global.external_labels[name] = expandEnvLikeGo(value);
      }
      validateTranslationStrategy(cfg.otlp, global.metric_name_validation_scheme, locationOf(cfg, "otlp")?.line ?? line);
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
  if (c.fallback_scrape_protocol && !SCRAPE_PROTOCOLS.includes(c.fallback_scrape_protocol)) {
    throw DecodeFailure.at(
      `invalid fallback_scrape_protocol for scrape config with job name ${goQuote(c.job_name ?? "")}: ` +
        `unknown scrape protocol ${c.fallback_scrape_protocol}, supported: [${SCRAPE_PROTOCOLS.join(" ")}]`,
      locationOf(c, "fallback_scrape_protocol"), line,
    );
  }
  validateNameSchemes(c, g, line);
}

const ESCAPING_SCHEMES = ["allow-utf-8", "underscores", "dots", "values"];
const ESCAPING_LIST = ESCAPING_SCHEMES.map((e) => `'${e}'`);
const ESCAPING_CHOICES = `${ESCAPING_LIST.slice(0, -1).join(", ")}, or ${ESCAPING_LIST.at(-1)}`;

/**
 * The metric name validation and escaping checks of ScrapeConfig.Validate: unset settings
 * come from global (the validation scheme defaulting to utf8, escaping following it), and
 * escaping that keeps UTF-8 names needs UTF-8 validation. Prometheus does not keep what it
 * infers here in the config Alloy reads, so neither do we.
 */
function validateNameSchemes(c: ScrapeConfig, g: GlobalConfig, line?: number): void {
  const globalValidation = g.metric_name_validation_scheme || "utf8";
  const localUnset = !c.metric_name_validation_scheme;
  const validation = c.metric_name_validation_scheme || globalValidation;
  let globalEscaping = g.metric_name_escaping_scheme ?? "";
  if (globalEscaping === "") globalEscaping = globalValidation === "legacy" ? "underscores" : "allow-utf-8";
  else if (!ESCAPING_SCHEMES.includes(globalEscaping)) {
    throw DecodeFailure.at(
      `unknown global name escaping method specified, must be one of ${ESCAPING_CHOICES}, got ${goQuote(globalEscaping)}`,
      locationOf(g, "metric_name_escaping_scheme"), line,
    );
  }
  let escaping = c.metric_name_escaping_scheme ?? "";
  if (escaping === "") escaping = localUnset ? globalEscaping : validation === "legacy" ? "underscores" : "allow-utf-8";
  const at = locationOf(c, "metric_name_escaping_scheme") ?? locationOf(c, "metric_name_validation_scheme") ?? locationOf(g, "metric_name_escaping_scheme");
  if (escaping === "allow-utf-8") {
    if (validation !== "utf8") throw DecodeFailure.at("utf8 metric names requested but validation scheme is not set to UTF8", at, line);
  } else if (!ESCAPING_SCHEMES.includes(escaping)) {
    throw DecodeFailure.at(`unknown scrape config name escaping method specified, must be one of ${ESCAPING_CHOICES}, got ${goQuote(escaping)}`, at, line);
  }
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
