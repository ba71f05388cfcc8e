// The Collector config one traces instance runs in the Agent (InstanceConfig.OtelConfig),
// as the generic map the Agent builds before the Collector decodes it: the user's receivers
// plus the Agent's internal ones, an exporter per remote_write, the processors in the
// Agent's order, and one pipeline, or two around load balancing. Values are as yaml.v2
// writes them for the Collector to read back: durations as Go strings, nil maps as {}.

import { readFileSync } from "node:fs";
import type { SourceLocation } from "../../../diagnostics.js";
import { Duration } from "../../../components/values.js";
import type { ConfMap, ConfValue } from "../../confmap/tree.js";
import { locationOf } from "../../yaml/types.js";
import { type BasicAuthConfig, type InstanceConfig, type OAuth2Config, type Policy, type RemoteWriteConfig } from "./source.js";

export interface AgentPipeline {
  receivers: string[];
  processors: string[];
  exporters: string[];
}

export interface AgentOtelConfig {
  receivers: ConfMap;
  processors: ConfMap;
  exporters: ConfMap;
  extensions: ConfMap;
  /** Pipelines by their `signal[/name]` key. */
  pipelines: Record<string, AgentPipeline>;
  serviceExtensions: string[];
  /** Where in the YAML each component (`kind:id`) comes from, for diagnostics. */
  locations: Map<string, SourceLocation>;
}

export type BuiltOtelConfig = { config: AgentOtelConfig; error?: undefined } | { config?: undefined; error: string };

/** Go's order of the Agent's processors in a pipeline; others (prom_sd_processor) sort as 0. */
const PROCESSOR_ORDER: Record<string, number> = {
  attributes: 0,
  spanmetrics: 1,
  service_graphs: 2,
  tail_sampling: 3,
  automatic_logging: 4,
  batch: 5,
};
/** Processors that run after load balancing, in the pipeline that receives from it. */
const AFTER_LOAD_BALANCING = new Set(["batch", "tail_sampling", "automatic_logging", "spanmetrics", "service_graphs"]);

class BuildError extends Error {}

/** A decoded YAML value as yaml.v2 would write it for the Collector. */
export function toConf(v: unknown): ConfValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Duration) return v.toString();
  if (Array.isArray(v)) return v.map(toConf);
  if (typeof v === "object") {
    const out: ConfMap = {};
    for (const [k, x] of Object.entries(v)) out[k] = toConf(x);
    return out;
  }
  return v as ConfValue;
}

/** A Go map field: nil writes as an empty map. */
const mapOrEmpty = (v: Record<string, unknown> | undefined): ConfMap => (toConf(v ?? {}) as ConfMap);

export function buildAgentOtelConfig(inst: InstanceConfig): BuiltOtelConfig {
  try {
    return { config: build(inst) };
  } catch (e) {
    if (e instanceof BuildError) return { error: e.message };
    throw e;
  }
}

function build(inst: InstanceConfig): AgentOtelConfig {
  const locations = new Map<string, SourceLocation>();
  const at = (kind: string, id: string, key: keyof InstanceConfig) => {
    const loc = locationOf(inst, key);
    if (loc) locations.set(`${kind}:${id}`, loc);
  };

  if (!inst.receivers || Object.keys(inst.receivers).length === 0) throw new BuildError("must have at least one configured receiver");
  const receivers = toConf(inst.receivers) as ConfMap;
  for (const id of Object.keys(receivers)) at("receiver", id, "receivers");
  // The Agent's own receiver for traces that integrations push from inside the process.
  receivers["push_receiver"] = null;

  const extensions = buildExtensions(inst);
  for (const id of Object.keys(extensions)) at("extension", id, id.startsWith("oauth2client") ? "remote_write" : "jaeger_remote_sampling");
  const exporters = buildExporters(inst.remote_write ?? []);
  for (const id of Object.keys(exporters)) at("exporter", id, "remote_write");
  // Go ranges over a map here; sorted is one order it may take.
  const exporterNames = Object.keys(exporters).sort();

  const processors: ConfMap = {};
  let processorNames: string[] = [];
  const addProcessor = (name: string, cfg: ConfValue, key: keyof InstanceConfig) => {
    processors[name] = cfg;
    processorNames.push(name);
    at("processor", name, key);
  };
  if (inst.scrape_configs !== undefined) {
    addProcessor("prom_sd_processor", {
      scrape_configs: toConf(inst.scrape_configs),
      operation_type: inst.prom_sd_operation_type || "upsert",
      pod_associations: toConf(inst.prom_sd_pod_associations ?? []),
    }, "scrape_configs");
  }
  if (inst.automatic_logging) addProcessor("automatic_logging", { automatic_logging: toConf(inst.automatic_logging) }, "automatic_logging");
  if (inst.attributes) addProcessor("attributes", toConf(inst.attributes), "attributes");
  if (inst.batch) addProcessor("batch", toConf(inst.batch), "batch");

  const pipelines: Record<string, AgentPipeline> = {};
  const spanMetrics = inst.spanmetrics;
  if (spanMetrics) {
    const namespace = spanMetrics.namespace ? `${spanMetrics.namespace}_traces_spanmetrics` : "traces_spanmetrics";
    let exporterName: string;
    if (spanMetrics.metrics_instance && !spanMetrics.handler_endpoint) {
      exporterName = "remote_write";
      exporters[exporterName] = {
        namespace,
        const_labels: toConf(spanMetrics.const_labels),
        metrics_instance: spanMetrics.metrics_instance,
      };
    } else if (!spanMetrics.metrics_instance && spanMetrics.handler_endpoint) {
      exporterName = "prometheus";
      exporters[exporterName] = { endpoint: spanMetrics.handler_endpoint, namespace, const_labels: mapOrEmpty(spanMetrics.const_labels) };
    } else {
      throw new BuildError("must specify a prometheus instance or a metrics handler endpoint to export the metrics");
    }
    at("exporter", exporterName, "spanmetrics");
    const processor: ConfMap = {
      metrics_exporter: exporterName,
      latency_histogram_buckets: toConf(spanMetrics.latency_histogram_buckets ?? []),
      dimensions: toConf(spanMetrics.dimensions ?? []),
    };
    if (spanMetrics.aggregation_temporality) processor.aggregation_temporality = spanMetrics.aggregation_temporality;
    if (spanMetrics.metrics_flush_interval?.ms) processor.metrics_flush_interval = toConf(spanMetrics.metrics_flush_interval);
    if (spanMetrics.dimensions_cache_size) processor.dimensions_cache_size = spanMetrics.dimensions_cache_size;
    addProcessor("spanmetrics", processor, "spanmetrics");
    pipelines["metrics/spanmetrics"] = { receivers: ["noop"], processors: [], exporters: [exporterName] };
  }

  // Go ranges over the receivers map here; sorted is one order it may take.
  const receiverNames = Object.keys(receivers).sort();

  const tailSampling = inst.tail_sampling;
  if (tailSampling) {
    processorNames = ["tail_sampling", ...processorNames];
    processors["tail_sampling"] = {
      policies: formatPolicies(tailSampling.policies ?? []),
      decision_wait: tailSampling.decision_wait?.ms ? tailSampling.decision_wait.toString() : "5s",
      num_traces: tailSampling.num_traces || 50000,
      expected_new_traces_per_sec: tailSampling.expected_new_traces_per_sec ?? 0,
    };
    at("processor", "tail_sampling", "tail_sampling");
  }

  const loadBalancing = inst.load_balancing;
  if (loadBalancing) {
    exporters["loadbalancing"] = loadBalancingExporter(inst);
    at("exporter", "loadbalancing", "load_balancing");
    const port = loadBalancing.receiver_port || "4318";
    receivers["otlp/lb"] = { protocols: { grpc: { endpoint: joinHostPort("0.0.0.0", port) } } };
    at("receiver", "otlp/lb", "load_balancing");
  }

  if (inst.service_graphs?.enabled) {
    addProcessor("service_graphs", { wait: toConf(inst.service_graphs.wait ?? new Duration(0)), max_items: inst.service_graphs.max_items ?? 0 }, "service_graphs");
  }

  const ordered = orderProcessors(processorNames, loadBalancing !== undefined);
  if (loadBalancing) {
    pipelines["traces/0"] = { receivers: receiverNames, processors: ordered[0], exporters: ["loadbalancing"] };
    pipelines["traces/1"] = { receivers: ["otlp/lb"], processors: ordered[1], exporters: exporterNames };
  } else {
    pipelines["traces"] = { receivers: receiverNames, processors: ordered[0], exporters: exporterNames };
  }

  // A receiver for the span metrics pipeline, which the Collector requires to have one.
  if (spanMetrics) receivers["noop"] = null;

  return { receivers, processors, exporters, extensions, pipelines, serviceExtensions: Object.keys(extensions).sort(), locations };
}

function exporterName(index: number, protocol: string | undefined, format: string | undefined): string {
  switch (format) {
    case "otlp":
      if (protocol === "grpc") return `otlp/${index}`;
      if (protocol === "http") return `otlphttp/${index}`;
      throw new BuildError("unknown protocol, expected either 'http' or 'grpc'");
    case "jaeger":
      if (protocol === "grpc") return `jaeger/${index}`;
      throw new BuildError("unknown protocol, expected 'grpc'");
    default:
      throw new BuildError("unknown format, expected either 'otlp' or 'jaeger'");
  }
}

const authExtensionName = (exporter: string) => `oauth2client/${exporter.replaceAll("/", "")}`;

function buildExporters(remoteWrites: RemoteWriteConfig[]): ConfMap {
  const out: ConfMap = {};
  remoteWrites.forEach((rw, i) => {
    const exporter = exporterMap(rw);
    const name = exporterName(i, rw.protocol, rw.format);
    if (rw.oauth2) exporter.auth = { authenticator: authExtensionName(name) };
    out[name] = exporter;
  });
  return out;
}

function buildExtensions(inst: InstanceConfig): ConfMap {
  const out: ConfMap = {};
  (inst.remote_write ?? []).forEach((rw, i) => {
    if (!rw.oauth2) return;
    out[authExtensionName(exporterName(i, rw.protocol, rw.format))] = oauth2Map(rw.oauth2);
  });
  const sampling = inst.jaeger_remote_sampling;
  if (sampling !== undefined) {
    if (sampling.length === 0) throw new BuildError("at least one jaeger_remote_sampling configuration must be specified");
    sampling.forEach((cfg, i) => (out[`jaegerremotesampling/${i}`] = toConf(cfg)));
  }
  return out;
}

/** OAuth2Config as yaml.v2 writes it: its omitempty fields only when set. */
function oauth2Map(o: OAuth2Config): ConfMap {
  const out: ConfMap = { client_id: o.client_id ?? "", client_secret: o.client_secret ?? "", token_url: o.token_url ?? "" };
  if (o.endpoint_params && Object.keys(o.endpoint_params).length > 0) out.endpoint_params = toConf(o.endpoint_params);
  if (o.scopes && o.scopes.length > 0) out.scopes = o.scopes;
  const tls = o.tls;
  const tlsSet = tls && Object.values(tls).some((v) => (v instanceof Duration ? v.ms !== 0 : Array.isArray(v) ? v.length > 0 : Boolean(v)));
  if (tls && tlsSet) {
    const t: ConfMap = {
      include_system_ca_certs_pool: tls.include_system_ca_certs_pool ?? false,
      reload_interval: toConf(tls.reload_interval ?? new Duration(0)),
      insecure: tls.insecure ?? false,
      insecure_skip_verify: tls.insecure_skip_verify ?? false,
    };
    for (const key of ["ca_file", "ca_pem", "cert_file", "cert_pem", "key_file", "key_pem", "min_version", "max_version", "server_name_override"] as const) {
      if (tls[key]) t[key] = tls[key];
    }
    if (tls.cipher_suites && tls.cipher_suites.length > 0) t.cipher_suites = tls.cipher_suites;
    out.tls = t;
  }
  if (o.timeout?.ms) out.timeout = o.timeout.toString();
  return out;
}

/** An OTLP exporter's settings for a remote_write entry (the Agent's `exporter`). */
function exporterMap(rw: RemoteWriteConfig): ConfMap {
  if (!rw.endpoint) throw new BuildError("must have a configured a backend endpoint");
  const headers: Record<string, string> = { ...(rw.headers ?? {}) };
  if (rw.basic_auth && rw.oauth2) throw new BuildError("only one auth type may be configured per exporter (basic_auth or oauth2)");
  if (rw.basic_auth) headers["authorization"] = "Basic " + Buffer.from(`${rw.basic_auth.username ?? ""}:${basicAuthPassword(rw.basic_auth)}`).toString("base64");

  const exporter: ConfMap = {
    endpoint: rw.endpoint,
    compression: rw.compression || "none",
    sending_queue: mapOrEmpty(rw.sending_queue),
    retry_on_failure: mapOrEmpty(rw.retry_on_failure),
  };
  if (Object.keys(headers).length > 0) exporter.headers = headers;

  const tls: ConfMap = { insecure: rw.insecure ?? false };
  if (!rw.insecure) {
    if (rw.tls_config) {
      tls.ca_file = rw.tls_config.ca_file ?? "";
      tls.cert_file = rw.tls_config.cert_file ?? "";
      tls.key_file = rw.tls_config.key_file ?? "";
      tls.insecure_skip_verify = rw.tls_config.insecure_skip_verify ?? false;
    } else {
      tls.insecure_skip_verify = rw.insecure_skip_verify ?? false;
    }
  }
  exporter.tls = tls;

  // The Agent lowers the retry's give-up time from the Collector's 5m to 60s.
  if (rw.retry_on_failure === undefined) exporter.retry_on_failure = { max_elapsed_time: "60s" };
  else if ((exporter.retry_on_failure as ConfMap).max_elapsed_time == null) (exporter.retry_on_failure as ConfMap).max_elapsed_time = "60s";
  return exporter;
}

function basicAuthPassword(auth: BasicAuthConfig): string {
  if (!auth.password_file) return auth.password ?? "";
  try {
    return readFileSync(auth.password_file, "utf8").trim();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file or directory" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a directory" : String(e);
    throw new BuildError(`unable to load password file ${auth.password_file}: open ${auth.password_file}: ${reason}`);
  }
}

function loadBalancingExporter(inst: InstanceConfig): ConfMap {
  const lb = inst.load_balancing!;
  const exporter = exporterMap({
    // The load balancing exporter ignores the endpoint; the Agent sets a placeholder.
    endpoint: "noop:8888",
    compression: lb.exporter?.compression,
    insecure: lb.exporter?.insecure,
    tls_config: { insecure_skip_verify: lb.exporter?.insecure_skip_verify },
    basic_auth: lb.exporter?.basic_auth,
    format: lb.exporter?.format,
    headers: {},
  });
  return { protocol: { otlp: exporter }, resolver: resolverMap(lb.resolver), routing_key: lb.routing_key ?? "" };
}

function resolverMap(config: Record<string, unknown> | undefined): ConfMap {
  if (!config || Object.keys(config).length === 0) throw new BuildError("must configure one resolver (dns, static, or kubernetes)");
  const out: ConfMap = {};
  for (const [type, cfg] of Object.entries(config)) {
    if (type === "dns" || type === "static") out[type] = toConf(cfg);
    else if (type === "kubernetes") out["k8s"] = toConf(cfg);
    else throw new BuildError(`unsupported resolver config type: ${type}`);
  }
  return out;
}

/** The tail sampling policies as the Collector's processor reads them. */
function formatPolicies(policies: Policy[]): ConfValue[] {
  return policies.map((p, i) => {
    const type = p.type ?? "";
    if (type === "") throw new BuildError(`policy ${i} must have a type`);
    const name = p.name || `${type}/${i}`;
    if (type === "always_sample") return { name, type };
    return { name, type, [type]: toConf(p.rest[type]) };
  });
}

/** The processors in the Agent's order, split around load balancing when it is on. */
function orderProcessors(names: string[], split: boolean): [string[], string[]] {
  // Go sorts so few elements by insertion, which keeps equal ones in place: a stable sort.
  const sorted = [...names].sort((a, b) => (PROCESSOR_ORDER[a] ?? 0) - (PROCESSOR_ORDER[b] ?? 0));
  if (!split) return [sorted, []];
  let at = sorted.findIndex((p) => AFTER_LOAD_BALANCING.has(p));
  if (at < 0) at = sorted.length;
  return [sorted.slice(0, at), sorted.slice(at)];
}

/** net.JoinHostPort: brackets a host that holds a colon. */
function joinHostPort(host: string, port: string): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}
