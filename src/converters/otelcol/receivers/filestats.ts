// receivers: filestats → otelcol.receiver.file_stats

import { encodeBuilderComponent } from "../../../components/builder.js";
import { FILE_STATS_METRICS, FILE_STATS_RESOURCE_ATTRIBUTES, fileStatsReceiver } from "../../../components/otelcol/receiver/file_stats.js";
import type { Values } from "../../../components/values.js";
import { bool, list, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { controllerConfig, controllerValues, defaultControllerConfig, defaultToggles, toggles } from "../shared/scraper.js";

const filterConfig = struct("filter.Config", {
  strict: { key: "strict", shape: str },
  regexp: { key: "regexp", shape: str },
});

const resourceAttributeConfig = struct("metadata.ResourceAttributeConfig", {
  enabled: { key: "enabled", shape: bool },
  metricsInclude: { key: "metrics_include", shape: list(filterConfig) },
  metricsExclude: { key: "metrics_exclude", shape: list(filterConfig) },
});
type ResourceAttributeConfig = Infer<typeof resourceAttributeConfig>;

const config = struct("filestatsreceiver.Config", {
  controller: { shape: controllerConfig },
  metricsBuilder: {
    shape: struct("metadata.MetricsBuilderConfig", {
      metrics: { key: "metrics", shape: toggles("metadata.MetricsConfig", Object.keys(FILE_STATS_METRICS)) },
      resourceAttributes: {
        key: "resource_attributes",
        shape: toggles("metadata.ResourceAttributesConfig", Object.keys(FILE_STATS_RESOURCE_ATTRIBUTES), resourceAttributeConfig),
      },
    }),
  },
  include: { key: "include", shape: str },
});
type Config = Infer<typeof config>;

function resourceAttributeValues(cfg: ResourceAttributeConfig): Values {
  // Alloy's converter always builds the filter lists, empty rather than nil.
  const filters = (list: ResourceAttributeConfig["metricsInclude"]) => (list ?? []).map((f) => ({ strict: f.strict, regexp: f.regexp }));
  return { enabled: cfg.enabled, metrics_include: filters(cfg.metricsInclude), metrics_exclude: filters(cfg.metricsExclude) };
}

export const fileStatsReceiverConverter: OtelcolComponent<Config> = {
  kind: "receiver",
  type: "filestats",
  config,
  defaultConfig: () => ({
    controller: defaultControllerConfig(),
    metricsBuilder: {
      metrics: defaultToggles(FILE_STATS_METRICS),
      resourceAttributes: Object.fromEntries(
        Object.entries(FILE_STATS_RESOURCE_ATTRIBUTES).map(([name, enabled]) => [name, { enabled, metricsInclude: undefined, metricsExclude: undefined }]),
      ),
    },
    include: "",
  }),
  inputName: "",
  convert(cfg, state) {
    const { metrics, resourceAttributes } = cfg.metricsBuilder;
    const values = {
      include: cfg.include,
      ...controllerValues(cfg.controller),
      metrics: Object.fromEntries(Object.keys(FILE_STATS_METRICS).map((name) => [name, { enabled: metrics[name].enabled }])),
      resource_attributes: Object.fromEntries(Object.keys(FILE_STATS_RESOURCE_ATTRIBUTES).map((name) => [name, resourceAttributeValues(resourceAttributes[name])])),
      output: consumerOutput(state, ["metrics"]),
    };
    state.append(encodeBuilderComponent(fileStatsReceiver, state.label(), values));
  },
};
