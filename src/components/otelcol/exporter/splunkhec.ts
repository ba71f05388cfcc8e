// otelcol.exporter.splunkhec (component/otelcol/exporter/splunkhec): its own small HTTP
// client block, queue and retry, the Splunk settings, and the attribute → HEC metadata mapping.

import { arg, blockOf, requiredArg, type ComponentSchema } from "../../schema.js";
import { debugMetricsBlock, queueBlock, reducedHttpClientFields, retryBlock } from "../config.js";

const clientFields = [requiredArg("endpoint", "string"), ...reducedHttpClientFields];

const splunkFields = [
  blockOf("batcher", [
    arg("enabled", "bool"),
    arg("flush_timeout", "duration"),
    arg("min_size", "number"),
    arg("max_size", "number"),
    arg("sizer", "string"),
  ]),
  arg("log_data_enabled", "bool", true),
  arg("profiling_data_enabled", "bool", true),
  requiredArg("token", "string"),
  arg("source", "string"),
  arg("sourcetype", "string"),
  arg("index", "string"),
  arg("disable_compression", "bool"),
  arg("max_content_length_logs", "number", 2_097_152),
  arg("max_content_length_metrics", "number", 2_097_152),
  arg("max_content_length_traces", "number", 2_097_152),
  arg("max_event_size", "number", 5_242_880),
  arg("splunk_app_name", "string", "Alloy"),
  arg("splunk_app_version", "string"),
  blockOf("otel_to_hec_fields", [arg("severity_text", "string"), arg("severity_number", "string")], { omitWhenEmpty: true }),
  arg("health_path", "string", "/services/collector/health"),
  arg("health_check_enabled", "bool"),
  arg("export_raw", "bool"),
  arg("use_multi_metric_format", "bool"),
  blockOf("heartbeat", [arg("interval", "duration"), arg("startup", "bool")], { omitWhenEmpty: true }),
  blockOf("telemetry", [arg("enabled", "bool"), arg("override_metrics_names", "map"), arg("extra_attributes", "map")], { omitWhenEmpty: true }),
];

const OTEL_ATTRS_TO_HEC_DEFAULT = { source: "com.splunk.source", sourcetype: "com.splunk.sourcetype", index: "com.splunk.index", host: "host.name" };

export const splunkhecExporter: ComponentSchema = {
  name: "otelcol.exporter.splunkhec",
  fields: [
    // client and splunk are required value blocks: always written.
    blockOf("client", clientFields),
    queueBlock,
    retryBlock,
    blockOf("splunk", splunkFields),
    debugMetricsBlock,
    blockOf(
      "otel_attrs_to_hec_metadata",
      [
        arg("source", "string", OTEL_ATTRS_TO_HEC_DEFAULT.source),
        arg("sourcetype", "string", OTEL_ATTRS_TO_HEC_DEFAULT.sourcetype),
        arg("index", "string", OTEL_ATTRS_TO_HEC_DEFAULT.index),
        arg("host", "string", OTEL_ATTRS_TO_HEC_DEFAULT.host),
      ],
      { omitWhenEmpty: true, defaultValue: OTEL_ATTRS_TO_HEC_DEFAULT },
    ),
  ],
};
