// connectors: spanmetrics → otelcol.connector.spanmetrics

import { encodeBuilderComponent } from "../../../components/builder.js";
import { DEFAULT_SPANMETRICS_BUCKETS, spanmetricsConnector } from "../../../components/otelcol/connector/spanmetrics.js";
import { Duration, type Values } from "../../../components/values.js";
import { bool, duration, int, integer, list, optional, str, struct, type Infer } from "../../confmap/decode.js";
import { consumerOutput, type OtelcolComponent } from "../component.js";
import { lowerCaseEnum, scalarPointer } from "../shared/connectors.js";

const dimension = struct("spanmetricsconnector.Dimension", {
  name: { key: "name", shape: str },
  default: { key: "default", shape: scalarPointer(str) },
  glob: { key: "glob", shape: str },
});
type Dimension = Infer<typeof dimension>;

const unit = lowerCaseEnum("metrics.Unit", ["ms", "s"], (u) => `unknown Unit "${u}", allowed units are "ms" and "s"`);

const config = struct("spanmetricsconnector.Config", {
  dimensions: { key: "dimensions", shape: list(dimension) },
  callsDimensions: { key: "calls_dimensions", shape: list(dimension) },
  excludeDimensions: { key: "exclude_dimensions", shape: list(str) },
  dimensionsCacheSize: { key: "dimensions_cache_size", shape: int },
  resourceMetricsCacheSize: { key: "resource_metrics_cache_size", shape: int },
  resourceMetricsKeyAttributes: { key: "resource_metrics_key_attributes", shape: list(str) },
  aggregationTemporality: { key: "aggregation_temporality", shape: str },
  histogram: {
    key: "histogram",
    shape: struct("spanmetricsconnector.HistogramConfig", {
      disable: { key: "disable", shape: bool },
      unit: { key: "unit", shape: unit },
      exponential: {
        key: "exponential",
        shape: optional(struct("spanmetricsconnector.ExponentialHistogramConfig", { maxSize: { key: "max_size", shape: integer("int32") } })),
      },
      explicit: {
        key: "explicit",
        shape: optional(struct("spanmetricsconnector.ExplicitHistogramConfig", { buckets: { key: "buckets", shape: list(duration) } })),
      },
      dimensions: { key: "dimensions", shape: list(dimension) },
    }),
  },
  metricsFlushInterval: { key: "metrics_flush_interval", shape: duration },
  metricsExpiration: { key: "metrics_expiration", shape: duration },
  seriesExpiration: { key: "series_expiration", shape: duration },
  timestampCacheSize: { key: "metric_timestamp_cache_size", shape: scalarPointer(int) },
  namespace: { key: "namespace", shape: str },
  exemplars: {
    key: "exemplars",
    shape: struct("spanmetricsconnector.ExemplarsConfig", {
      enabled: { key: "enabled", shape: bool },
      maxPerDataPoint: { key: "max_per_data_point", shape: int },
    }),
  },
  events: {
    key: "events",
    shape: struct("spanmetricsconnector.EventsConfig", {
      enabled: { key: "enabled", shape: bool },
      dimensions: { key: "dimensions", shape: list(dimension) },
    }),
  },
  includeInstrumentationScope: { key: "include_instrumentation_scope", shape: list(str) },
  aggregationCardinalityLimit: { key: "aggregation_cardinality_limit", shape: int },
  addResourceAttributes: { key: "add_resource_attributes", shape: bool },
  enableMetricsSamplingMethod: { key: "enable_metrics_sampling_method", shape: bool },
});
type Config = Infer<typeof config>;

// Alloy's own metric_timestamp_cache_size default, used when the Collector leaves it nil.
const ALLOY_TIMESTAMP_CACHE_SIZE = 1000;

const TEMPORALITY: Record<string, string> = {
  AGGREGATION_TEMPORALITY_DELTA: "DELTA",
  AGGREGATION_TEMPORALITY_CUMULATIVE: "CUMULATIVE",
};

function dimensionValues(dims: Dimension[] | undefined): Values[] | undefined {
  return dims?.map((d) => ({ name: d.name, default: d.default, glob: d.glob }));
}

function histogramValues(h: Config["histogram"]): Values {
  const exponential = h.exponential && { max_size: h.exponential.maxSize };
  let explicit: Values | undefined = h.explicit && { buckets: h.explicit.buckets?.map((ms) => new Duration(ms)) };
  // Neither set: Alloy's converter gives the explicit histogram its default buckets.
  if (!exponential && !explicit) explicit = { buckets: DEFAULT_SPANMETRICS_BUCKETS };
  return { disable: h.disable, dimension: dimensionValues(h.dimensions), unit: h.unit, exponential, explicit };
}

export const spanmetricsConnectorConverter: OtelcolComponent<Config> = {
  kind: "connector",
  // Renamed upstream after v0.147 (snake_case type names); the old name stays a deprecated alias.
  type: "span_metrics",
  aliases: ["spanmetrics"],
  config,
  defaultConfig: () => ({
    ...config.zero(),
    aggregationTemporality: "AGGREGATION_TEMPORALITY_CUMULATIVE",
    resourceMetricsCacheSize: 1000,
    metricsFlushInterval: 60_000,
    histogram: { disable: false, unit: "ms", exponential: undefined, explicit: undefined, dimensions: undefined },
    namespace: "traces.span.metrics",
    exemplars: { enabled: false, maxPerDataPoint: 5 },
  }),
  inputName: "otelcol.connector.spanmetrics",
  convert(cfg, state) {
    state.append(
      encodeBuilderComponent(spanmetricsConnector, state.label(), {
        dimension: dimensionValues(cfg.dimensions),
        calls_dimension: dimensionValues(cfg.callsDimensions),
        exclude_dimensions: cfg.excludeDimensions,
        dimensions_cache_size: cfg.dimensionsCacheSize,
        resource_metrics_cache_size: cfg.resourceMetricsCacheSize,
        resource_metrics_key_attributes: cfg.resourceMetricsKeyAttributes,
        aggregation_cardinality_limit: cfg.aggregationCardinalityLimit,
        aggregation_temporality: TEMPORALITY[cfg.aggregationTemporality] ?? "",
        histogram: histogramValues(cfg.histogram),
        metrics_flush_interval: new Duration(cfg.metricsFlushInterval),
        metrics_expiration: new Duration(cfg.metricsExpiration),
        metric_timestamp_cache_size: cfg.timestampCacheSize ?? ALLOY_TIMESTAMP_CACHE_SIZE,
        namespace: cfg.namespace,
        exemplars: { enabled: cfg.exemplars.enabled, max_per_data_point: cfg.exemplars.maxPerDataPoint },
        // Alloy's converter fills the events dimensions from the top-level dimensions.
        events: { enabled: cfg.events.enabled, dimension: dimensionValues(cfg.dimensions) },
        include_instrumentation_scope: cfg.includeInstrumentationScope,
        output: consumerOutput(state, ["metrics"]),
      }),
    );
  },
};
