// otelcol.exporter.googlecloud (component/otelcol/exporter/googlecloud): the queue, the
// project settings, and one block each for impersonation, metrics, traces and logs.

import { arg, blockOf, type ComponentSchema, type Schema } from "../../schema.js";
import { debugMetricsBlock, defaultsOf, queueBlock } from "../config.js";

const impersonateFields: Schema = [arg("target_principal", "string"), arg("subject", "string"), arg("delegates", "list")];

const metricFields: Schema = [
  arg("prefix", "string", "workload.googleapis.com"),
  arg("endpoint", "string", "monitoring.googleapis.com:443"),
  arg("compression", "string"),
  arg("grpc_pool_size", "number"),
  arg("use_insecure", "bool"),
  arg("known_domains", "list", ["googleapis.com", "kubernetes.io", "istio.io", "knative.dev"]),
  arg("skip_create_descriptor", "bool"),
  arg("instrumentation_library_labels", "bool", true),
  arg("create_service_timeseries", "bool"),
  arg("create_metric_descriptor_buffer_size", "number", 10),
  arg("service_resource_labels", "bool", true),
  arg("resource_filters", "list"),
  arg("cumulative_normalization", "bool", true),
  arg("sum_of_squared_deviation", "bool"),
  blockOf("experimental_wal", [arg("directory", "string"), arg("max_backoff", "duration")]),
];

const traceFields: Schema = [
  arg("endpoint", "string", "cloudtrace.googleapis.com:443"),
  arg("grpc_pool_size", "number"),
  arg("use_insecure", "bool"),
  arg("attribute_mappings", "list"),
];

const logFields: Schema = [
  arg("endpoint", "string", "logging.googleapis.com:443"),
  arg("compression", "string"),
  arg("grpc_pool_size", "number"),
  arg("use_insecure", "bool"),
  arg("default_log_name", "string"),
  arg("resource_filters", "list"),
  arg("service_resource_labels", "bool", true),
  arg("error_reporting_type", "bool"),
];

export const googlecloudExporter: ComponentSchema = {
  name: "otelcol.exporter.googlecloud",
  fields: [
    queueBlock,
    arg("project", "string"),
    arg("destination_project_quota", "bool"),
    arg("user_agent", "string", "opentelemetry-collector-contrib {{version}}"),
    blockOf("impersonate", impersonateFields, { omitWhenEmpty: true }),
    blockOf("metric", metricFields, { omitWhenEmpty: true, defaultValue: defaultsOf(metricFields) }),
    blockOf("trace", traceFields, { omitWhenEmpty: true, defaultValue: defaultsOf(traceFields) }),
    blockOf("log", logFields, { omitWhenEmpty: true, defaultValue: defaultsOf(logFields) }),
    debugMetricsBlock,
  ],
};
