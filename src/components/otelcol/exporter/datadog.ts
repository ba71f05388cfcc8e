// otelcol.exporter.datadog (component/otelcol/exporter/datadog): a reduced HTTP client,
// queue and retry, and the Datadog API, traces, metrics, logs and host metadata settings.

import { arg, blockOf, requiredArg, type ComponentSchema, type Schema } from "../../schema.js";
import { Duration } from "../../values.js";
import { debugMetricsBlock, defaultsOf, queueBlock, reducedHttpClientFields, retryBlock } from "../config.js";

const clientFields: Schema = reducedHttpClientFields;

const apiFields: Schema = [requiredArg("api_key", "string"), arg("site", "string", "datadoghq.com"), arg("fail_on_invalid_key", "bool")];

const tracesFields: Schema = [
  arg("endpoint", "string"),
  arg("ignore_resources", "list", []),
  arg("span_name_remappings", "map"),
  arg("span_name_as_resource_name", "bool"),
  arg("compute_stats_by_span_kind", "bool"),
  arg("compute_top_level_by_span_kind", "bool"),
  arg("peer_tags_aggregation", "bool"),
  arg("peer_tags", "list"),
  arg("trace_buffer", "number"),
];

const metricsExporterFields: Schema = [arg("resource_attributes_as_tags", "bool"), arg("instrumentation_scope_metadata_as_tags", "bool", true)];
const histogramFields: Schema = [arg("mode", "string", "distributions"), arg("send_aggregation_metrics", "bool")];
const sumFields: Schema = [arg("cumulative_monotonic_mode", "string", "to_delta"), arg("initial_cumulative_monotonic_value", "string", "auto")];
const summaryFields: Schema = [arg("mode", "string", "gauges")];

/** A value block whose parent default is its own SetToDefault. */
const valueBlock = (name: string, schema: Schema) => blockOf(name, schema, { omitWhenEmpty: true, defaultValue: defaultsOf(schema) });

const metricsFields: Schema = [
  arg("delta_ttl", "number", 3600),
  arg("endpoint", "string"),
  valueBlock("exporter", metricsExporterFields),
  valueBlock("histograms", histogramFields),
  valueBlock("sums", sumFields),
  valueBlock("summaries", summaryFields),
];

const logsFields: Schema = [
  arg("endpoint", "string"),
  arg("use_compression", "bool", true),
  arg("compression_level", "number", 6),
  arg("batch_wait", "number", 5),
];

const hostMetadataFields: Schema = [arg("enabled", "bool", true), arg("hostname_source", "string", "config_or_system"), arg("tags", "list")];

export const datadogExporter: ComponentSchema = {
  name: "otelcol.exporter.datadog",
  fields: [
    valueBlock("client", clientFields),
    queueBlock,
    retryBlock,
    // A required value block: always written.
    blockOf("api", apiFields),
    valueBlock("traces", tracesFields),
    blockOf("metrics", metricsFields, {
      omitWhenEmpty: true,
      defaultValue: {
        ...defaultsOf(metricsFields),
        exporter: defaultsOf(metricsExporterFields),
        histograms: defaultsOf(histogramFields),
        sums: defaultsOf(sumFields),
        summaries: defaultsOf(summaryFields),
      },
    }),
    valueBlock("logs", logsFields),
    valueBlock("host_metadata", hostMetadataFields),
    arg("hostname_detection_timeout", "duration", new Duration(25_000)),
    arg("only_metadata", "bool"),
    arg("hostname", "string"),
    debugMetricsBlock,
  ],
};
