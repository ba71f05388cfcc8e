// otelcol.connector.spanmetrics (component/otelcol/connector/spanmetrics): R.E.D. metrics
// from spans. `histogram` is a required block, so it is always written.

import { arg, blockOf, blocksOf, type ComponentSchema, type Schema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, outputBlock } from "../config.js";

/** The explicit histogram's own default buckets (ExplicitHistogramConfig.SetToDefault). */
export const DEFAULT_SPANMETRICS_BUCKETS: Duration[] = [2, 4, 6, 8, 10, 50, 100, 200, 400, 800, 1000, 1400, 2000, 5000, 10_000, 15_000].map(
  (ms) => new Duration(ms),
);

// `default` is a *string: nil is left out, any set value (even "") is written, which an
// argument with no zero value ("expr") gives.
const dimensionFields: Schema = [arg("name", "string"), arg("default", "expr"), arg("glob", "string")];

const histogramFields: Schema = [
  arg("disable", "bool"),
  blocksOf("dimension", dimensionFields),
  arg("unit", "string", "ms"),
  blockOf("exponential", [arg("max_size", "number", 160)]),
  blockOf("explicit", [arg("buckets", "list", DEFAULT_SPANMETRICS_BUCKETS)]),
];

export const spanmetricsConnector: ComponentSchema = {
  name: "otelcol.connector.spanmetrics",
  fields: [
    blocksOf("dimension", dimensionFields),
    blocksOf("calls_dimension", dimensionFields),
    arg("exclude_dimensions", "list"),
    arg("dimensions_cache_size", "number"),
    arg("resource_metrics_cache_size", "number", 1000),
    arg("resource_metrics_key_attributes", "list"),
    arg("aggregation_cardinality_limit", "number"),
    arg("aggregation_temporality", "string", "CUMULATIVE"),
    blockOf("histogram", histogramFields),
    arg("metrics_flush_interval", "duration", new Duration(60_000)),
    arg("metrics_expiration", "duration"),
    arg("series_expiration", "duration"),
    arg("metric_timestamp_cache_size", "number", 1000),
    arg("namespace", "string", "traces.span.metrics"),
    blockOf("exemplars", [arg("enabled", "bool"), arg("max_per_data_point", "number")], { omitWhenEmpty: true, defaultValue: { max_per_data_point: 5 } }),
    blockOf("events", [arg("enabled", "bool"), blocksOf("dimension", dimensionFields)], { omitWhenEmpty: true }),
    outputBlock,
    debugMetricsBlock,
    arg("include_instrumentation_scope", "list"),
    arg("include_collector_instance_id", "bool"),
  ],
};
