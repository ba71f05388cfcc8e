// Prometheus → Alloy, as grafana/alloy's prometheusconvert does it: each scrape config
// becomes its discovery components, a discovery.relabel for relabel_configs, a
// prometheus.scrape and a prometheus.relabel for metric_relabel_configs; all remote_write
// entries become one prometheus.remote_write "default". Diagnostics for what Alloy cannot
// express follow in Alloy's order, after the conversion.

import type { AlloyFile, Block } from "../../emit/ast.js";
import { array, traversal } from "../../emit/build.js";
import { Diagnostics, type SourceLocation } from "../../diagnostics.js";
import { locationOf, nullEntries } from "../yaml/types.js";
import type { ConvertOptions } from "../../convert.js";
import { discoveryRelabel } from "../../components/discovery/relabel.js";
import { labelWithIndex, sanitizeIdentifier } from "../../components/labels.js";
import { prometheusRelabel } from "../../components/prometheus/relabel.js";
import { prometheusRemoteWrite } from "../../components/prometheus/remote_write.js";
import { prometheusScrape } from "../../components/prometheus/scrape.js";
import { encodeComponent, type ComponentSchema } from "../../components/schema.js";
import { Duration, Raw, type Values } from "../../components/values.js";
import { httpClientValues, reportUnsupportedHttpClient } from "../shared/http-client.js";
import { relabelRuleValues, type RelabelConfig } from "../shared/relabel.js";
import { loadConfigWithoutExtraArgs } from "../load-config.js";
import { discoveryFor, unsupportedDiscoveryMessage } from "./discovery/index.js";
import {
  DEFAULT_EVALUATION_INTERVAL, defaultGlobal, prometheusConfigSource,
  type GlobalConfig, type PrometheusConfig, type RemoteWriteConfig, type ScrapeConfig,
} from "./source.js";
import { staticTargets, targetsExpr, type TargetSource } from "./targets.js";
import { goQuote } from "../shared/go-format.js";
import { formatBase2Bytes } from "../shared/bytes.js";

const formatBase2BytesSigned = (n: number): string => (n < 0 ? "-" + formatBase2Bytes(-n) : formatBase2Bytes(n));

export function convertPrometheus(source: string, options: ConvertOptions, diags: Diagnostics): AlloyFile | undefined {
  const config = loadConfigWithoutExtraArgs({ id: "prometheus", title: "Prometheus", config: prometheusConfigSource }, source, options, diags);
  if (!config) return undefined;
  const built = buildPrometheusBlocks(config);
  reportUnsupported(config, built.discoveryDiags, diags);
  reportScrapeInfo(built, diags);
  return { body: built.all() } as AlloyFile;
}

/**
 * Alloy's AppendAllNested: the components of one embedded config, then its diagnostics in
 * Alloy's order (what cannot be converted, then what each job became).
 */
export function appendAllNested(cfg: PrometheusConfig, nested: NestedOptions, diags: Diagnostics): Block[] {
  const built = buildPrometheusBlocks(cfg, "default", nested);
  reportUnsupported(cfg, built.discoveryDiags, diags);
  reportScrapeInfo(built, diags);
  return built.all();
}

/** A generated component and what the info diagnostics say about it. */
interface Generated {
  block: Block;
  name: string;
  label: string;
}

/** The generated components by kind; Alloy writes the kinds in this order. */
export class PrometheusBlocks {
  readonly discovery: Generated[] = [];
  readonly discoveryRelabel: Generated[] = [];
  readonly scrape: (Generated & { jobName: string; location?: SourceLocation })[] = [];
  readonly relabel: Generated[] = [];
  readonly remoteWrite: (Generated & { endpointNames: string[]; location?: SourceLocation })[] = [];
  /** Per scrape config, in order: the diagnostics of each of its service discoveries. */
  readonly discoveryDiags: Diagnostics[][] = [];

  all(): Block[] {
    return [...this.discovery, ...this.discoveryRelabel, ...this.scrape, ...this.relabel, ...this.remoteWrite].map((g) => g.block);
  }
}

function generate(schema: ComponentSchema, label: string, values: Values): Generated {
  return { block: encodeComponent(schema, label, values), name: schema.name, label };
}

/** What a converter embedding Prometheus configs (static mode) changes: Alloy's AppendAllNested options. */
export interface NestedOptions {
  /** Alloy's jobNameToCompLabelsFunc: a job's component label; for "" the remote_write's. */
  labelFor?: (jobName: string) => string;
  /** Targets every scrape config scrapes besides its own (an integration's exporter). */
  extraTargets?: TargetSource[];
  /** The receiver of a remote_write built elsewhere; when given, none is created here. */
  remoteWriteReceiver?: string;
}

/** Builds all components of a loaded config (Alloy's AppendAll). */
export function buildPrometheusBlocks(cfg: PrometheusConfig, remoteWriteLabel = "default", nested: NestedOptions = {}): PrometheusBlocks {
  const pb = new PrometheusBlocks();
  const global = cfg.global ?? defaultGlobal();
  const remoteWrites = cfg.remote_write ?? [];
  let remoteWriteReceiver = nested.remoteWriteReceiver;
  if (remoteWriteReceiver === undefined) {
    const prefix = nested.labelFor ? sanitizeIdentifier(nested.labelFor("")) : "";
    const rwLabel = prefix === "" ? remoteWriteLabel : prefix;
    if (remoteWrites.length > 0) {
      pb.remoteWrite.push({
        ...generate(prometheusRemoteWrite, rwLabel, remoteWriteValues(global, remoteWrites)),
        endpointNames: remoteWrites.map((rw) => rw.name ?? ""),
        location: locationOf(cfg, "remote_write"),
      });
    }
    remoteWriteReceiver = `prometheus.remote_write.${rwLabel}.receiver`;
  }
  for (const sc of (cfg.scrape_configs ?? []) as ScrapeConfig[]) {
    const label = sanitizeIdentifier(nested.labelFor ? nested.labelFor(sc.job_name!) : sc.job_name!);
    let forwardTo = remoteWriteReceiver;
    if (sc.metric_relabel_configs && sc.metric_relabel_configs.length > 0) {
      pb.relabel.push(generate(prometheusRelabel, label, {
        forward_to: new Raw(array([traversal(remoteWriteReceiver)])),
        rule: rulesValues(sc.metric_relabel_configs),
        max_cache_size: 100_000,
      }));
      forwardTo = `prometheus.relabel.${label}.receiver`;
    }
    let targets = [...appendDiscoveries(pb, sc, label), ...(nested.extraTargets ?? [])];
    if (sc.relabel_configs && sc.relabel_configs.length > 0) {
      pb.discoveryRelabel.push(generate(discoveryRelabel, label, {
        targets: new Raw(targetsExpr(targets)),
        rule: rulesValues(sc.relabel_configs),
      }));
      targets = [{ ref: `discovery.relabel.${label}.output` }];
    }
    pb.scrape.push({
      ...generate(prometheusScrape, label, scrapeValues(sc, targets, forwardTo)),
      jobName: sc.job_name!,
      location: locationOf(sc, "job_name"),
    });
  }
  return pb;
}

/** Prometheus's order of a scrape config's discoveries: by YAML key, static targets last. */
function appendDiscoveries(pb: PrometheusBlocks, sc: ScrapeConfig, label: string): TargetSource[] {
  const targets: TargetSource[] = [];
  const diagsPerSd: Diagnostics[] = [];
  const counts = new Map<string, number>();
  const keys = Object.keys(sc).filter((k) => k.endsWith("_sd_configs")).sort();
  for (const key of keys) {
    const conv = discoveryFor(key);
    for (const sd of (sc[key] as unknown[] | undefined) ?? []) {
      if (sd === null || sd === undefined) continue;
      const sdDiags = new Diagnostics();
      diagsPerSd.push(sdDiags);
      if (!conv) {
        sdDiags.error(unsupportedDiscoveryMessage(key), locationOf(sd as object) ?? locationOf(sc, key));
        continue;
      }
      const index = counts.get(key) ?? 0;
      counts.set(key, index + 1);
      const sdLabel = labelWithIndex(index, label);
      pb.discovery.push(generate(conv.component, sdLabel, conv.toValues(sd, sdDiags)));
      targets.push({ ref: `${conv.component.name}.${sdLabel}.targets` });
    }
  }
  // A loop, not push(...): a job may have more targets than a call takes arguments.
  for (const t of staticTargets(sc.static_configs ?? [])) targets.push(t);
  pb.discoveryDiags.push(diagsPerSd);
  return targets;
}

function rulesValues(rules: RelabelConfig[]): Values[] {
  return rules.map(relabelRuleValues);
}

const goDuration = (ms: number | undefined) => (ms === undefined ? undefined : new Duration(ms, "go"));

function scrapeValues(sc: ScrapeConfig, targets: TargetSource[], forwardTo: string): Values {
  return {
    targets: new Raw(targetsExpr(targets)),
    forward_to: new Raw(array([traversal(forwardTo)])),
    job_name: sc.job_name,
    honor_labels: sc.honor_labels ?? false,
    honor_timestamps: sc.honor_timestamps ?? false,
    track_timestamps_staleness: sc.track_timestamps_staleness ?? false,
    params: sc.params,
    scrape_classic_histograms: sc.always_scrape_classic_histograms ?? false,
    scrape_interval: goDuration(sc.scrape_interval),
    scrape_timeout: goDuration(sc.scrape_timeout),
    scrape_failure_log_file: sc.scrape_failure_log_file,
    scrape_protocols: sc.scrape_protocols,
    metrics_path: sc.metrics_path ?? "",
    scheme: sc.scheme ?? "",
    // units.Base2Bytes as Alloy writes it (its MarshalText): `15MB` becomes "15MiB".
    body_size_limit: sc.body_size_limit ? formatBase2BytesSigned(sc.body_size_limit) : undefined,
    sample_limit: sc.sample_limit,
    target_limit: sc.target_limit,
    label_limit: sc.label_limit,
    label_name_length_limit: sc.label_name_length_limit,
    label_value_length_limit: sc.label_value_length_limit,
    ...httpClientValues(sc),
    enable_compression: sc.enable_compression ?? false,
    native_histogram_bucket_limit: sc.native_histogram_bucket_limit,
  };
}

function remoteWriteValues(global: GlobalConfig, remoteWrites: RemoteWriteConfig[]): Values {
  const externalLabels = global.external_labels && Object.keys(global.external_labels).length > 0 ? global.external_labels : undefined;
  return {
    external_labels: externalLabels,
    endpoint: remoteWrites.map(endpointValues),
    wal: {},
  };
}

function endpointValues(rw: RemoteWriteConfig): Values {
  const queue = rw.queue_config ?? {};
  const metadata = rw.metadata_config ?? {};
  return {
    name: rw.name,
    url: rw.url,
    remote_timeout: goDuration(rw.remote_timeout ?? 0),
    headers: rw.headers,
    send_exemplars: rw.send_exemplars ?? false,
    send_native_histograms: rw.send_native_histograms,
    ...httpClientValues(rw),
    queue_config: {
      capacity: queue.capacity ?? 0,
      max_shards: queue.max_shards ?? 0,
      min_shards: queue.min_shards ?? 0,
      max_samples_per_send: queue.max_samples_per_send ?? 0,
      batch_send_deadline: goDuration(queue.batch_send_deadline ?? 0),
      min_backoff: goDuration(queue.min_backoff ?? 0),
      max_backoff: goDuration(queue.max_backoff ?? 0),
      retry_on_http_429: queue.retry_on_http_429 ?? false,
      sample_age_limit: goDuration(queue.sample_age_limit),
    },
    metadata_config: {
      send: metadata.send ?? false,
      send_interval: goDuration(metadata.send_interval ?? 0),
      max_samples_per_send: metadata.max_samples_per_send ?? 0,
    },
    write_relabel_config: rw.write_relabel_configs && rulesValues(rw.write_relabel_configs),
    sigv4: rw.sigv4 && {
      region: rw.sigv4.region,
      access_key: rw.sigv4.access_key,
      secret_key: rw.sigv4.secret_key,
      profile: rw.sigv4.profile,
      role_arn: rw.sigv4.role_arn,
    },
    azuread: rw.azuread && {
      managed_identity: rw.azuread.managed_identity && { client_id: rw.azuread.managed_identity.client_id ?? "" },
      oauth: rw.azuread.oauth && {
        client_id: rw.azuread.oauth.client_id ?? "",
        client_secret: rw.azuread.oauth.client_secret ?? "",
        tenant_id: rw.azuread.oauth.tenant_id ?? "",
      },
      sdk: rw.azuread.sdk && { tenant_id: rw.azuread.sdk.tenant_id ?? "" },
      cloud: rw.azuread.cloud ?? "",
    },
  };
}

function unsupported(diags: Diagnostics, what: string, location: SourceLocation | undefined): void {
  diags.error(`The converter does not support converting the provided ${what} config.`, location);
}

function hasContent(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.values(v).some(hasContent);
  return true;
}

/** Alloy's validate step: what the conversion could not carry over, in Alloy's order. */
function reportUnsupported(cfg: PrometheusConfig, discoveryDiags: Diagnostics[][], diags: Diagnostics): void {
  const global = cfg.global ?? defaultGlobal();
  if (global.evaluation_interval !== DEFAULT_EVALUATION_INTERVAL) unsupported(diags, "global evaluation_interval", locationOf(cfg.global, "evaluation_interval"));
  if (global.query_log_file) unsupported(diags, "global query_log_file", locationOf(cfg.global, "query_log_file"));
  const alerting = cfg.alerting;
  // A null Alertmanager entry, which Prometheus accepts, is still an entry.
  const alertmanagers = (alerting?.alertmanagers?.length ?? 0) + nullEntries(alerting?.alertmanagers).length;
  if (alertmanagers > 0 || (alerting?.alert_relabel_configs?.length ?? 0) > 0) unsupported(diags, "alerting", locationOf(cfg, "alerting"));
  if ((cfg.rule_files?.length ?? 0) > 0) unsupported(diags, "rule_files", locationOf(cfg, "rule_files"));
  (cfg.scrape_configs ?? []).forEach((sc, i) => {
    if (sc.track_timestamps_staleness) unsupported(diags, "scrape_configs track_timestamps_staleness", locationOf(sc, "track_timestamps_staleness"));
    if (sc.native_histogram_bucket_limit) unsupported(diags, "scrape_configs native_histogram_bucket_limit", locationOf(sc, "native_histogram_bucket_limit"));
    // A job inherits keep_dropped_targets from global: Alloy reports it per job, we point at where it is set.
    if (sc.keep_dropped_targets) unsupported(diags, "scrape_configs keep_dropped_targets", locationOf(sc, "keep_dropped_targets") ?? locationOf(cfg.global, "keep_dropped_targets"));
    reportUnsupportedHttpClient(sc, diags);
    for (const sdDiags of discoveryDiags[i] ?? []) diags.list.push(...sdDiags.list);
  });
  if (storageConfigured(cfg.storage)) unsupported(diags, "storage", locationOf(cfg, "storage"));
  if (hasContent(cfg.tracing)) unsupported(diags, "tracing", locationOf(cfg, "tracing"));
  for (const rw of cfg.remote_write ?? []) reportUnsupportedHttpClient(rw, diags);
  if ((cfg.remote_read?.length ?? 0) > 0) unsupported(diags, "remote_read", locationOf(cfg, "remote_read"));
}

/** Storage counts as configured when it differs from what Prometheus fills in by default. */
function storageConfigured(storage: unknown): boolean {
  const s = storage as { tsdb?: unknown; exemplars?: { max_exemplars?: number } } | undefined;
  if (!s) return false;
  const exemplars = s.exemplars?.max_exemplars;
  return hasContent(s.tsdb) || (exemplars !== undefined && exemplars !== 100000);
}

/** Alloy's Info diagnostics naming the components each scrape config became. */
function reportScrapeInfo(pb: PrometheusBlocks, diags: Diagnostics): void {
  const others = [...pb.discovery, ...pb.discoveryRelabel, ...pb.relabel];
  const byLabel = new LabelPrefixIndex(others.map((g) => g.label));
  for (const scrape of pb.scrape) {
    const related = byLabel.withPrefix(scrape.label).map((i) => others[i]);
    const detail = [scrape, ...related].map((g) => `\tA ${g.name}.${g.label} component`).join("\n");
    diags.add("Info", `Converted scrape_configs job_name ${goQuote(scrape.jobName)} into...`, scrape.location, detail);
  }
  for (const rw of pb.remoteWrite) {
    diags.add(
      "Info",
      `Converted ${rw.endpointNames.length} remote_write[s] ${goQuote(rw.endpointNames.join(","))} into...`,
      rw.location,
      `\tA prometheus.remote_write.${rw.label} component`,
    );
  }
}

/**
 * Finds, in their original order, the labels that start with a prefix. Labels sharing a
 * prefix are contiguous once sorted, so a lookup is a binary search rather than a scan:
 * the info diagnostics would otherwise cost jobs × components.
 */
class LabelPrefixIndex {
  private readonly sorted: { label: string; index: number }[];

  constructor(labels: string[]) {
    this.sorted = labels.map((label, index) => ({ label, index })).sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.index - b.index));
  }

  withPrefix(prefix: string): number[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].label < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i].label.startsWith(prefix); i++) found.push(this.sorted[i].index);
    return found.sort((a, b) => a - b);
  }
}
