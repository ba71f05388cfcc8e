// Loading a static-mode config as the Agent does (config.LoadFromFunc): the flags, the
// optional environment expansion, the strict YAML decoding, the integrations for the
// selected version, then Validate: each section's defaults and checks. Errors carry the
// Agent's wrapping ("error loading config file convert: …", "error in config file: …").

import path from "node:path/posix";
import { goQuote } from "../shared/go-format.js";
import { loadYaml } from "../yaml/load.js";
import { locationOf } from "../yaml/types.js";
import type { SourceLocation } from "../../diagnostics.js";
import type { RemoteWriteConfig, ScrapeConfig } from "../prometheus/source.js";
import { EnvsubstError, expandEnv } from "./envsubst.js";
import { FlagError, parseAgentFlags, type AgentFlags } from "./flags.js";
import { decodeIntegrations, type IntegrationsConfig } from "./integrations/config.js";
import type { V1Common } from "./integrations/common.js";
import { generatedRemoteWriteName } from "./remote-write-name.js";
import { metricsDefaults, staticConfigSource, type InstanceConfig, type LogsConfig, type MetricsConfig, type MetricsGlobal, type StaticConfig } from "./source.js";
import { validateTraces } from "./traces/index.js";

export interface LoadedStatic {
  cfg: StaticConfig & { metrics: MetricsConfig & { global: MetricsGlobal } };
  integrations: IntegrationsConfig;
  flags: AgentFlags;
}

export class LoadError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
    /** What alloy-convert adds to the Agent's text, e.g. the aliasing limit that was reached. */
    readonly detail?: string,
  ) {
    super(message);
  }
}

const SCRAPE_PROTOCOLS = ["OpenMetricsText0.0.1", "OpenMetricsText1.0.0", "PrometheusProto", "PrometheusText0.0.4", "PrometheusText1.0.0"];

function validateScrapeProtocols(protocols: string[]): string | undefined {
  if (protocols.length === 0) return "scrape_protocols cannot be empty";
  const seen = new Set<string>();
  for (const p of protocols) {
    if (seen.has(p.toLowerCase())) return `duplicated protocol in scrape_protocols, got [${protocols.join(" ")}]`;
    if (!SCRAPE_PROTOCOLS.includes(p)) return `scrape_protocols: unknown scrape protocol ${p}, supported: [${SCRAPE_PROTOCOLS.join(" ")}]`;
    seen.add(p.toLowerCase());
  }
  return undefined;
}

/** A check that failed: the Agent's text, and where in the file it is about. */
interface Refusal {
  message: string;
  at?: SourceLocation;
}

function refuse(message: string, at?: SourceLocation): Refusal {
  return { message, at };
}

/** instance.Config.ApplyDefaults: the globals' fallbacks, checks, and remote_write names. */
function applyInstanceDefaults(c: InstanceConfig, global: MetricsGlobal): Refusal | undefined {
  const ms = (d: { ms: number } | undefined) => d?.ms ?? 0;
  const key = (k: string) => locationOf(c, k) ?? locationOf(c);
  if (!c.name) return refuse("missing instance name", locationOf(c));
  if (ms(c.wal_truncate_frequency) <= 0) return refuse("wal_truncate_frequency must be greater than 0s", key("wal_truncate_frequency"));
  if (ms(c.remote_flush_deadline) <= 0) return refuse("remote_flush_deadline must be greater than 0s", key("remote_flush_deadline"));
  if (ms(c.min_wal_time) > ms(c.max_wal_time)) return refuse("min_wal_time must be less than max_wal_time", key("min_wal_time"));
  const jobs = new Set<string>();
  for (const sc of (c.scrape_configs ?? []) as ScrapeConfig[]) {
    const job = goQuote(sc.job_name ?? "");
    const jobAt = (k: string) => locationOf(sc, k) ?? locationOf(sc, "job_name") ?? locationOf(sc);
    sc.scrape_interval ||= global.scrape_interval;
    if ((sc.scrape_timeout ?? 0) > sc.scrape_interval!) return refuse(`scrape timeout greater than scrape interval for scrape config with job name ${job}`, jobAt("scrape_timeout"));
    if (sc.scrape_interval! > ms(c.wal_truncate_frequency)) {
      return refuse(`scrape interval greater than wal_truncate_frequency for scrape config with job name ${job}`, jobAt("scrape_interval"));
    }
    sc.scrape_timeout ||= Math.min(global.scrape_timeout, sc.scrape_interval!);
    // Unset protocols stay unset: the Agent's default list is Alloy's default.
    sc.scrape_protocols ??= global.scrape_protocols;
    if (sc.scrape_protocols) {
      const err = validateScrapeProtocols(sc.scrape_protocols);
      if (err) return refuse(`invalid scrape protocols provided: ${err}`, jobAt("scrape_protocols"));
    }
    if (jobs.has(sc.job_name ?? "")) return refuse(`found multiple scrape configs with job name ${job}`, jobAt("job_name"));
    jobs.add(sc.job_name ?? "");
  }
  // An instance without remote_write uses the global ones: the same configs, so a name
  // generated here is what every later user of them sees.
  if (!c.remote_write || c.remote_write.length === 0) c.remote_write = global.remote_write ?? [];
  const names = new Set<string>();
  for (const rw of c.remote_write as RemoteWriteConfig[]) {
    let generated = false;
    if (!rw.name) {
      rw.name = generatedRemoteWriteName(c.name, rw);
      generated = true;
    }
    const rwAt = locationOf(rw, generated ? undefined : "name") ?? locationOf(rw);
    if (names.has(rw.name)) return refuse(generated ? "found two identical remote_write configs" : `found duplicate remote write configs with name ${goQuote(rw.name)}`, rwAt);
    names.add(rw.name);
  }
  return undefined;
}

/** metrics.Config.ApplyDefaults. */
function applyMetricsDefaults(m: MetricsConfig & { global: MetricsGlobal }): Refusal | undefined {
  const service = (m.scraping_service ?? {}) as { enabled?: unknown };
  const serviceEnabled = service.enabled === true;
  const configs = m.configs ?? [];
  if ((configs.length > 0 || serviceEnabled) && !m.wal_directory) return refuse("no wal_directory configured", locationOf(m, "wal_directory") ?? locationOf(m, "configs"));
  if (serviceEnabled && configs.length > 0) return refuse("cannot use configs when scraping_service mode is enabled", locationOf(m, "configs"));
  const used = new Set<string>();
  for (const [i, c] of configs.entries()) {
    const err = applyInstanceDefaults(c, m.global);
    if (err) return refuse(`error validating instance ${c.name || `at index ${i}`}: ${err.message}`, err.at);
    if (used.has(c.name!)) return refuse(`prometheus instance names must be unique. found multiple instances with name ${c.name}`, locationOf(c, "name"));
    used.add(c.name!);
  }
  return undefined;
}

/** logs.Config.ApplyDefaults. */
function applyLogsDefaults(l: LogsConfig): Refusal | undefined {
  const names = new Set<string>();
  const positions = new Map<string, string>();
  for (const [i, ic] of (l.configs ?? []).entries()) {
    if (!ic.name) return refuse(`Loki config index ${i} must have a name`, locationOf(ic));
    if (names.has(ic.name)) return refuse(`found two Loki configs with name ${ic.name}`, locationOf(ic, "name"));
    names.add(ic.name);
    ic.positions ??= {};
    if (!ic.positions.filename) {
      if (!l.positions_directory) return refuse(`cannot generate Loki positions file path for ${ic.name} because positions_directory is not configured`, locationOf(ic));
      ic.positions.filename = path.join(l.positions_directory, `${ic.name}.yml`);
    }
    const orig = positions.get(ic.positions.filename);
    if (orig !== undefined) return refuse(`Loki configs ${orig} and ${ic.name} must have different positions file paths`, locationOf(ic, "positions") ?? locationOf(ic));
    positions.set(ic.positions.filename, ic.name);
    if (!ic.clients || ic.clients.length === 0) ic.clients = l.global?.clients ?? [];
  }
  return undefined;
}

/** The integrations' ApplyDefaults: v1 takes the metrics globals, v2 its autoscrape defaults. */
function applyIntegrationsDefaults(i: IntegrationsConfig, m: MetricsConfig & { global: MetricsGlobal }): Refusal | undefined {
  if (i.version === 1) {
    if (!i.manager.prometheus_remote_write || i.manager.prometheus_remote_write.length === 0) {
      i.manager.prometheus_remote_write = m.global.remote_write ?? [];
    }
    for (const d of i.integrations) {
      const common = d.cfg as V1Common;
      if (!common.enabled) continue;
      const scrape = common.scrape_integration ?? i.manager.scrape_integrations ?? true;
      if (scrape && !m.wal_directory) return refuse("no wal_directory configured", d.at());
    }
    return undefined;
  }
  const metrics = (i.subsystem.metrics ??= {});
  const autoscrape = (metrics.autoscrape ??= { enable: true, metrics_instance: "default" });
  autoscrape.scrape_interval ||= m.global.scrape_interval;
  autoscrape.scrape_timeout ||= m.global.scrape_timeout;
  return undefined;
}

function lineAndColumn(at: SourceLocation | undefined): [number?, number?] {
  return at ? [at.line, at.column] : [];
}

function fail(message: string, line?: number, column?: number, detail?: string): never {
  throw new LoadError(message, line, column, detail);
}

/** LoadFromFunc over the converter's input; throws LoadError with the Agent's text. */
export function loadStatic(source: string, extraArgs: string[]): LoadedStatic {
  let flags: AgentFlags;
  try {
    flags = parseAgentFlags(extraArgs);
  } catch (e) {
    if (e instanceof FlagError) fail(`error parsing flags: ${e.message}`);
    throw e;
  }
  const loading = "error loading config file convert: ";
  let text = source;
  if (flags.expandEnv) {
    try {
      text = expandEnv(source);
    } catch (e) {
      if (e instanceof EnvsubstError) fail(`${loading}unable to substitute config with environment variables: ${e.message}`);
      throw e;
    }
  }
  const loaded = loadYaml(text, staticConfigSource);
  if (loaded.error) fail(loading + loaded.error.message, loaded.error.line, loaded.error.column, loaded.error.detail);
  const cfg = loaded.value as LoadedStatic["cfg"];

  // The deprecated section names, moved to the current ones.
  const raw = cfg as StaticConfig;
  if (raw.prometheus && locationOf(raw, "metrics")) fail(`${loading}at most one of prometheus and metrics should be specified`, ...lineAndColumn(locationOf(raw, "prometheus")));
  if (raw.prometheus) cfg.metrics = raw.prometheus as LoadedStatic["cfg"]["metrics"];
  // `metrics:` left null: read as the defaults rather than leaving nothing to convert from.
  cfg.metrics ??= metricsDefaults() as LoadedStatic["cfg"]["metrics"];
  cfg.metrics.global ??= metricsDefaults().global as LoadedStatic["cfg"]["metrics"]["global"];
  if (raw.loki && raw.logs) fail(`${loading}at most one of loki and logs should be specified`, ...lineAndColumn(locationOf(raw, "loki")));
  if (raw.loki) cfg.logs = raw.loki;
  if (raw.tempo && locationOf(raw, "traces")) fail(`${loading}at most one of tempo and traces should be specified`, ...lineAndColumn(locationOf(raw, "tempo")));
  if (raw.tempo) cfg.traces = raw.tempo;

  const integrations = decodeIntegrations(cfg.integrations, flags.features.has("integrations-next") ? 2 : 1);
  if ("error" in integrations) fail(loading + integrations.error, undefined, undefined, integrations.detail);

  const invalid = "error in config file: ";
  if (!cfg.server) fail(`${invalid}an empty server config is invalid`);
  const refused = (r: Refusal) => fail(invalid + r.message, r.at?.line, r.at?.column);
  const metricsError = applyMetricsDefaults(cfg.metrics);
  if (metricsError) refused(metricsError);
  if (cfg.logs) {
    const logsError = applyLogsDefaults(cfg.logs);
    if (logsError) refused(logsError);
  }
  const integrationsError = applyIntegrationsDefaults(integrations.value, cfg.metrics);
  if (integrationsError) refused(integrationsError);
  const tracesError = validateTraces(cfg.traces, cfg.logs);
  if (tracesError) fail(invalid + tracesError);
  return { cfg, integrations: integrations.value, flags };
}
