// `metrics:` → each instance's scrape configs and remote writes through the Prometheus
// converter, labelled `metrics_<instance>[_<job>]`, and what Alloy has no place for.

import { sanitizeIdentifier } from "../../components/labels.js";
import type { Block } from "../../emit/ast.js";
import type { Diagnostics } from "../../diagnostics.js";
import { locationOf } from "../yaml/types.js";
import { appendAllNested } from "../prometheus/convert.js";
import type { PrometheusConfig } from "../prometheus/source.js";
import type { LoadedStatic } from "./load.js";
import { METRICS_DEFAULT_WAL_DIR, type MetricsConfig } from "./source.js";

export function appendStaticPrometheus(out: Block[], loaded: LoadedStatic, diags: Diagnostics): void {
  const metrics = loaded.cfg.metrics;
  for (const instance of metrics.configs ?? []) {
    const cfg: PrometheusConfig = { global: metrics.global, scrape_configs: instance.scrape_configs, remote_write: instance.remote_write };
    const labelFor = (jobName: string) => sanitizeIdentifier(`metrics_${instance.name}` + (jobName === "" ? "" : `_${jobName}`));
    out.push(...appendAllNested(cfg, { labelFor }, diags));
  }
}

function unsupported(diags: Diagnostics, metrics: MetricsConfig, key: string): void {
  diags.error(`The converter does not support converting the provided ${key} metrics config.`, locationOf(metrics, key));
}

/** The scraping service's settings that are its defaults (anything else is reported). */
const SCRAPING_SERVICE_DEFAULTS: Record<string, unknown> = {
  enabled: false,
  reshard_interval: "1m",
  reshard_timeout: "30s",
  cluster_reshard_event_timeout: "30s",
  dangerous_allow_reading_files: false,
};

function isDefaultSection(section: unknown, defaults: Record<string, unknown>): boolean {
  if (section === undefined || section === null) return true;
  if (typeof section !== "object" || Array.isArray(section)) return false;
  return Object.entries(section).every(([k, v]) => v === null || (k in defaults && defaults[k] === v));
}

/** Alloy's validateMetrics: the settings of the Agent's metrics subsystem Alloy has no place for. */
export function validateMetrics(metrics: MetricsConfig, diags: Diagnostics): void {
  const ms = (d: { ms: number } | undefined) => d?.ms ?? 0;
  if (ms(metrics.wal_cleanup_age) !== 12 * 3_600_000) unsupported(diags, metrics, "wal_cleanup_age");
  if (ms(metrics.wal_cleanup_period) !== 30 * 60_000) unsupported(diags, metrics, "wal_cleanup_period");
  if (!isDefaultSection(metrics.scraping_service, SCRAPING_SERVICE_DEFAULTS)) unsupported(diags, metrics, "scraping_service");
  if (!isDefaultSection(metrics.scraping_service_client, {})) unsupported(diags, metrics, "scraping_service_client");
  if (ms(metrics.instance_restart_backoff) !== 5000) unsupported(diags, metrics, "instance_restart_backoff");
  if ((metrics.instance_mode ?? "shared") !== "shared") unsupported(diags, metrics, "instance_mode");
  if (metrics.http_disable_keepalives) unsupported(diags, metrics, "http_disable_keepalives");
  if (ms(metrics.http_idle_conn_timeout) !== 0) unsupported(diags, metrics, "http_idle_conn_timeout");
  if ((metrics.wal_directory ?? "") !== METRICS_DEFAULT_WAL_DIR) {
    diags.warning(
      "The converter does not support converting the provided metrics wal_directory config: Use the run command flag --storage.path instead.",
      locationOf(metrics, "wal_directory"),
    );
  }
}
