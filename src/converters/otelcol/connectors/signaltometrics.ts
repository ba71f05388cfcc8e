// connectors: signal_to_metrics (formerly signaltometrics) → otelcol.connector.signaltometrics

import { encodeBuilderComponent } from "../../../components/builder.js";
import { signaltometricsConnector } from "../../../components/otelcol/connector/signaltometrics.js";
import type { Values } from "../../../components/values.js";
import { anyValue, bool, float, integer, list, optional, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { anyToValue, lowerCaseEnum } from "../shared/connectors.js";

const attribute = struct("config.Attribute", {
  key: { key: "key", shape: str },
  optional: { key: "optional", shape: bool },
  defaultValue: { key: "default_value", shape: anyValue },
});
type Attribute = Infer<typeof attribute>;

const valueOnly = (goType: string) => struct(goType, { value: { key: "value", shape: str } });

const metricInfo = struct("config.MetricInfo", {
  name: { key: "name", shape: str },
  description: { key: "description", shape: str },
  unit: { key: "unit", shape: str },
  includeResourceAttributes: { key: "include_resource_attributes", shape: list(attribute) },
  attributes: { key: "attributes", shape: list(attribute) },
  conditions: { key: "conditions", shape: list(str) },
  histogram: {
    key: "histogram",
    shape: optional(
      struct("config.Histogram", {
        buckets: { key: "buckets", shape: list(float) },
        count: { key: "count", shape: str },
        value: { key: "value", shape: str },
      }),
    ),
  },
  exponentialHistogram: {
    key: "exponential_histogram",
    shape: optional(
      struct("config.ExponentialHistogram", {
        maxSize: { key: "max_size", shape: integer("int32") },
        count: { key: "count", shape: str },
        value: { key: "value", shape: str },
      }),
    ),
  },
  sum: { key: "sum", shape: optional(valueOnly("config.Sum")) },
  gauge: { key: "gauge", shape: optional(valueOnly("config.Gauge")) },
});
type MetricInfo = Infer<typeof metricInfo>;

const errorMode = lowerCaseEnum("ottl.ErrorMode", ["ignore", "silent", "propagate"], (m) => `unknown error mode ${m}`);

const config = struct("config.Config", {
  spans: { key: "spans", shape: list(metricInfo) },
  datapoints: { key: "datapoints", shape: list(metricInfo) },
  logs: { key: "logs", shape: list(metricInfo) },
  profiles: { key: "profiles", shape: list(metricInfo) },
  errorMode: { key: "error_mode", shape: errorMode },
});
type Config = Infer<typeof config>;

// Config.Unmarshal's ensureDefaults for a histogram given without buckets or size.
const DEFAULT_BUCKETS = [2, 4, 6, 8, 10, 50, 100, 200, 400, 800, 1000, 1400, 2000, 5000, 10_000, 15_000];
const DEFAULT_EXPONENTIAL_MAX_SIZE = 160;

function attributeValues(attrs: Attribute[] | undefined): Values[] | undefined {
  if (!attrs || attrs.length === 0) return undefined;
  return attrs.map((a) => ({ key: a.key, optional: a.optional, default_value: anyToValue(a.defaultValue) }));
}

function metricInfoValues(infos: MetricInfo[] | undefined): Values[] | undefined {
  if (!infos || infos.length === 0) return undefined;
  return infos.map((mi) => {
    const h = mi.histogram;
    const eh = mi.exponentialHistogram;
    return {
      name: mi.name,
      description: mi.description,
      unit: mi.unit,
      include_resource_attributes: attributeValues(mi.includeResourceAttributes),
      attributes: attributeValues(mi.attributes),
      conditions: mi.conditions,
      histogram: h && { buckets: h.buckets && h.buckets.length > 0 ? h.buckets : DEFAULT_BUCKETS, count: h.count, value: h.value },
      exponential_histogram: eh && { max_size: eh.maxSize === 0 ? DEFAULT_EXPONENTIAL_MAX_SIZE : eh.maxSize, count: eh.count, value: eh.value },
      sum: mi.sum && { value: mi.sum.value },
      gauge: mi.gauge && { value: mi.gauge.value },
    };
  });
}

export const signaltometricsConnectorConverter: OtelcolComponent<Config> = {
  kind: "connector",
  // Renamed in Collector v0.146, the old name kept as a deprecated alias.
  type: "signal_to_metrics",
  aliases: ["signaltometrics"],
  config,
  defaultConfig: () => ({ ...config.zero(), errorMode: "propagate" }),
  inputName: "otelcol.connector.signaltometrics",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(signaltometricsConnector, state.label(), {
        spans: metricInfoValues(cfg.spans),
        datapoints: metricInfoValues(cfg.datapoints),
        logs: metricInfoValues(cfg.logs),
        error_mode: cfg.errorMode,
        output: consumerOutput(state, ["metrics"]),
      }),
    );
  },
};
