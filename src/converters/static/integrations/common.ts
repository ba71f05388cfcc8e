// The settings every integration shares, as the Agent reads them: v1's Common (inline in
// each integration) and v2's MetricsConfig (instance, autoscrape, extra_labels), with the
// managers' own settings around the integrations.

import { remoteWriteSource } from "../../prometheus/source.js";
import { modelDuration } from "../../shared/duration.js";
import { goDuration } from "../../shared/go-duration.js";
import { tlsConfigSource } from "../../shared/http-client.js";
import { relabelConfigSource } from "../../shared/relabel.js";
import { bool, list, map, string, struct, type Infer, type StructOf } from "../../yaml/types.js";

/** v1 config.Common: inline in every v1 integration. */
export const v1CommonFields = {
  enabled: bool,
  instance: string,
  scrape_integration: bool,
  scrape_interval: goDuration,
  scrape_timeout: goDuration,
  relabel_configs: list(relabelConfigSource),
  metric_relabel_configs: list(relabelConfigSource),
  wal_truncate_frequency: goDuration,
};
export type V1Common = StructOf<typeof v1CommonFields>;

/** v2 autoscrape.Config: how one integration is scraped. */
const autoscrapeSource = struct("autoscrape.Config", {
  enable: bool,
  metrics_instance: string,
  scrape_interval: modelDuration,
  scrape_timeout: modelDuration,
  relabel_configs: list(relabelConfigSource),
  metric_relabel_configs: list(relabelConfigSource),
});
export type Autoscrape = Infer<typeof autoscrapeSource>;

/** v2 common.MetricsConfig: inline in every v2 integration that has metrics. */
export const v2CommonFields = {
  autoscrape: autoscrapeSource,
  instance: string,
  extra_labels: map(string, "labels.Labels"),
};
export type V2Common = StructOf<typeof v2CommonFields>;

/** v1 ManagerConfig's own keys beside the integrations. */
export const v1ManagerFields = {
  scrape_integrations: bool,
  labels: map(string, "model.LabelSet"),
  prometheus_remote_write: list(remoteWriteSource, "[]*config.RemoteWriteConfig"),
  integration_restart_backoff: goDuration,
  http_tls_config: tlsConfigSource,
  replace_instance_label: bool,
  use_hostname_label: bool,
};
export type V1Manager = StructOf<typeof v1ManagerFields>;

export const v1ManagerDefaults = (): V1Manager => ({ scrape_integrations: true, replace_instance_label: true, use_hostname_label: true });

/** v2 autoscrape.Global: the defaults of every integration's autoscrape. */
const autoscrapeGlobalSource = struct(
  "autoscrape.Global",
  { enable: bool, metrics_instance: string, scrape_interval: modelDuration, scrape_timeout: modelDuration },
  { defaults: () => ({ enable: true, metrics_instance: "default" }) },
);
export type AutoscrapeGlobal = Infer<typeof autoscrapeGlobalSource>;

/** v2 SubsystemOptions' own keys beside the integrations. */
export const v2SubsystemFields = {
  metrics: struct(
    "integrations.MetricsSubsystemOptions",
    { autoscrape: autoscrapeGlobalSource },
    { defaults: () => ({ autoscrape: { enable: true, metrics_instance: "default" } }) },
  ),
};
export type V2Subsystem = StructOf<typeof v2SubsystemFields>;
