// Integrations → Alloy, as Alloy's static converter does it. Each exporter integration
// becomes its prometheus.exporter.* component, then a scrape config of the Agent's making
// (job `integrations/<name>`, the instance and job relabel rules the Agent adds) goes
// through the Prometheus converter: discovery.relabel, prometheus.scrape, and
// prometheus.relabel for metric_relabel_configs. v1 integrations share one
// prometheus.remote_write "integrations"; v2 ones send to their metrics instance's.

import { labelForParts, sanitizeIdentifier } from "../../../components/labels.js";
import { encodeBuilderComponent } from "../../../components/builder.js";
import type { Diagnostics } from "../../../diagnostics.js";
import { appendAllNested } from "../../prometheus/convert.js";
import type { PrometheusConfig, RemoteWriteConfig, ScrapeConfig } from "../../prometheus/source.js";
import type { TargetSource } from "../../prometheus/targets.js";
import { httpClientDefaults } from "../../shared/http-client.js";
import type { RelabelConfig } from "../../shared/relabel.js";
import { INTEGRATIONS_LABEL_PREFIX, type ConfigBuilder } from "./builder.js";
import type { Autoscrape, V1Common, V2Common } from "./common.js";
import type { DecodedIntegration, IntegrationLocator, IntegrationsConfig } from "./config.js";

/** relabel.DefaultRelabelConfig with a target and replacement. */
function rule(target: string, replacement: string, sourceLabels?: string[]): RelabelConfig {
  return { source_labels: sourceLabels, separator: ";", regex: "(.*)", replacement, target_label: target, action: "replace" };
}

/** The Agent's job rule, unless the integration's own rules already set `job`. */
function jobRule(name: string, rules: RelabelConfig[] | undefined): RelabelConfig | undefined {
  if ((rules ?? []).some((r) => r.target_label === "job")) return undefined;
  return rule("job", `integrations/${name}`);
}

/** `integrations/<instance>` when an instance key is set, else `integrations/<name>`. */
function formatJobName(name: string, instanceKey: string | undefined): string {
  return `${INTEGRATIONS_LABEL_PREFIX}/${instanceKey ?? name}`;
}

/** Alloy's jobNameToCompLabel: `integrations_<job without its integrations/ prefix>`. */
function jobNameToLabel(jobName: string): string {
  const suffix = jobName.startsWith("integrations/") ? jobName.slice("integrations/".length) : jobName;
  return suffix === "" ? INTEGRATIONS_LABEL_PREFIX : `${INTEGRATIONS_LABEL_PREFIX}_${suffix}`;
}

/** prometheus.DefaultScrapeConfig, as the Agent starts an integration's scrape config from it. */
function defaultScrapeConfig(jobName: string): ScrapeConfig {
  return {
    job_name: jobName, metrics_path: "/metrics", scheme: "http", honor_timestamps: true, enable_compression: true,
    ...httpClientDefaults(),
  } as ScrapeConfig;
}

/** Writes an integration's exporter component; its targets feed the scrape. */
export function appendExporterBlock(b: ConfigBuilder, d: DecodedIntegration, configName: string, instanceKey: string | undefined): TargetSource[] {
  const exporter = d.kind.exporter?.exporter(d.cfg as never, b.diags, d.at);
  if (!exporter) return [];
  const label = sanitizeIdentifier(formatJobName(configName, instanceKey));
  b.append(encodeBuilderComponent(exporter.component, label, exporter.values));
  return [{ ref: `${exporter.component.name}.${label}.targets` }];
}

function appendNested(b: ConfigBuilder, cfg: PrometheusConfig, targets: TargetSource[], remoteWriteReceiver: string | undefined): void {
  b.out.push(...appendAllNested(cfg, { labelFor: jobNameToLabel, extraTargets: targets, remoteWriteReceiver }, b.diags));
}

// ---------------------------------------------------------------------------------------
// v1

function appendV1Exporter(b: ConfigBuilder, common: V1Common, name: string, targets: TargetSource[], at: IntegrationLocator): void {
  const integrations = b.loaded.integrations as Extract<IntegrationsConfig, { version: 1 }>;
  const manager = integrations.manager;
  const global = b.loaded.cfg.metrics!.global!;
  const extra: RelabelConfig[] = [];
  if (common.instance !== undefined) extra.push(rule("instance", common.instance));
  const job = jobRule(name, common.relabel_configs);
  if (job) extra.push(job);
  const sc = defaultScrapeConfig(formatJobName(name, undefined));
  sc.relabel_configs = [...(common.relabel_configs ?? []), ...extra];
  sc.metric_relabel_configs = common.metric_relabel_configs;
  sc.tls_config = manager.http_tls_config;
  sc.scrape_interval = common.scrape_interval?.ms || global.scrape_interval;
  sc.scrape_timeout = common.scrape_timeout?.ms || global.scrape_timeout;
  const remoteWrites = manager.prometheus_remote_write ?? [];
  if (remoteWrites.length === 0) {
    // The integration is what needs the manager's prometheus_remote_write.
    b.diags.critical("The converter does not support handling integrations which are not connected to a remote_write.", at());
  }
  appendNested(b, { global, scrape_configs: [sc], remote_write: remoteWrites as RemoteWriteConfig[] }, targets, b.integrationsRemoteWrite);
  b.integrationsRemoteWrite ??= `prometheus.remote_write.${INTEGRATIONS_LABEL_PREFIX}.receiver`;
}

function appendV1(b: ConfigBuilder, cfg: Extract<IntegrationsConfig, { version: 1 }>): void {
  for (const d of cfg.integrations) {
    const common = d.cfg as V1Common;
    if (!common.enabled) continue;
    const scrape = common.scrape_integration ?? cfg.manager.scrape_integrations ?? true;
    if (!scrape) {
      b.diags.critical(`The converter does not support handling integrations which are not being scraped: ${d.name}.`, d.at("scrape_integration") ?? d.at());
      continue;
    }
    const targets = d.kind.exporter ? appendExporterBlock(b, d, d.name, undefined) : [];
    if (targets.length > 0) appendV1Exporter(b, common, d.name, targets, d.at);
  }
}

// ---------------------------------------------------------------------------------------
// v2

/** MetricsConfig.ApplyDefaults: what an integration leaves unset comes from the subsystem's autoscrape. */
function autoscrapeWithDefaults(b: ConfigBuilder, own: Autoscrape | undefined): Autoscrape {
  const integrations = b.loaded.integrations as Extract<IntegrationsConfig, { version: 2 }>;
  const g = integrations.subsystem.metrics?.autoscrape ?? {};
  const a = { ...(own ?? {}) };
  a.enable ??= g.enable;
  a.metrics_instance ||= g.metrics_instance;
  a.scrape_interval ||= g.scrape_interval;
  a.scrape_timeout ||= g.scrape_timeout;
  return a;
}

export function appendV2Exporter(b: ConfigBuilder, common: V2Common, name: string, targets: TargetSource[], at: IntegrationLocator): void {
  const autoscrape = autoscrapeWithDefaults(b, common.autoscrape);
  const extra: RelabelConfig[] = [];
  const labels = common.extra_labels ?? {};
  for (const key of Object.keys(labels).sort()) extra.push(rule(key, labels[key], ["__address__"]));
  if (common.instance !== undefined) extra.push(rule("instance", common.instance));
  const job = jobRule(name, common.autoscrape?.relabel_configs);
  if (job) extra.push(job);
  const sc = defaultScrapeConfig(formatJobName(name, common.instance));
  sc.relabel_configs = [...(autoscrape.relabel_configs ?? []), ...extra];
  sc.metric_relabel_configs = autoscrape.metric_relabel_configs;
  sc.scrape_interval = autoscrape.scrape_interval;
  sc.scrape_timeout = autoscrape.scrape_timeout;

  const instance = (b.loaded.cfg.metrics?.configs ?? []).find((m) => m.name === autoscrape.metrics_instance);
  let receiver: string | undefined;
  if (instance) receiver = `prometheus.remote_write.${sanitizeIdentifier(`metrics_${instance.name}`)}.receiver`;
  else b.diags.critical(`integration ${name} is looking for an undefined metrics config: ${autoscrape.metrics_instance ?? ""}`, at("autoscrape") ?? at());
  appendNested(b, { global: b.loaded.cfg.metrics!.global!, scrape_configs: [sc] }, targets, receiver);
}

function appendV2(b: ConfigBuilder, cfg: Extract<IntegrationsConfig, { version: 2 }>): void {
  for (const d of cfg.integrations) {
    const common = d.cfg as V2Common;
    if (d.kind.special) {
      d.kind.special.appendV2?.(b, d.cfg, d.at);
      continue;
    }
    // A v2 shim's exporter is named after its v1 integration; the scrape after its v2 name.
    const exporterName = d.kind.v2Native ? d.name : (d.kind.v1Name ?? d.name);
    const targets = appendExporterBlock(b, d, exporterName, common.instance);
    if (targets.length > 0) appendV2Exporter(b, common, d.name, targets, d.at);
  }
}

export function appendIntegrations(b: ConfigBuilder): void {
  const cfg = b.loaded.integrations;
  if (cfg.version === 1) appendV1(b, cfg);
  else appendV2(b, cfg);
}

/** Alloy's label for a component an integration writes besides the exporter pipeline. */
export function integrationLabel(name: string): string {
  return sanitizeIdentifier(labelForParts(INTEGRATIONS_LABEL_PREFIX, name));
}

// ---------------------------------------------------------------------------------------
// validation

/** Alloy's validate step for the integrations: what is left out, and what it cannot convert. */
export function validateIntegrations(cfg: IntegrationsConfig, diags: Diagnostics): void {
  for (const d of cfg.integrations) {
    if (cfg.version === 1) {
      if (!(d.cfg as V1Common).enabled) {
        diags.warning(`disabled integrations do nothing and are not included in the output: ${d.name}.`, d.at("enabled") ?? d.at());
        continue;
      }
      const convertible = d.kind.exporter !== undefined || d.kind.special?.convertibleV1 === true;
      if (!convertible) diags.error(`The converter does not support converting the provided ${d.name} integration.`, d.at());
    } else if (d.kind.special) {
      d.kind.special.validateV2?.(d.cfg, diags, d.at);
    }
  }
}
