// exporters: splunk_hec → otelcol.exporter.splunkhec
//
// The deprecated `hec_metadata_to_otel_attrs` went in v0.137; `otel_attrs_to_hec_metadata` is its successor.

import { encodeBuilderComponent } from "../../../components/builder.js";
import { splunkhecExporter } from "../../../components/otelcol/exporter/splunkhec.js";
import { Duration } from "../../../components/values.js";
import { bool, duration, integer, map, str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";
import { defaultHttpClient, defaultQueue, defaultRetry, httpClientConfig, queueConfig, queueValues, reducedHttpClientValues, retryConfig, retryValues } from "../shared/settings.js";

const hecAttrs = (goType: string) =>
  struct(goType, {
    source: { key: "source", shape: str },
    sourceType: { key: "sourcetype", shape: str },
    index: { key: "index", shape: str },
    host: { key: "host", shape: str },
  });

const uint = integer("uint");

const config = struct("splunkhecexporter.Config", {
  client: { shape: httpClientConfig },
  queue: { key: "sending_queue", shape: queueConfig },
  retry: { key: "retry_on_failure", shape: retryConfig },
  batcher: {
    key: "batcher",
    shape: struct("splunkhecexporter.DeprecatedBatchConfig", {
      enabled: { key: "enabled", shape: bool },
      flushTimeout: { key: "flush_timeout", shape: duration },
      sizer: { key: "sizer", shape: str },
      minSize: { key: "min_size", shape: integer("int64") },
      maxSize: { key: "max_size", shape: integer("int64") },
    }),
  },
  logDataEnabled: { key: "log_data_enabled", shape: bool },
  profilingDataEnabled: { key: "profiling_data_enabled", shape: bool },
  token: { key: "token", shape: str },
  source: { key: "source", shape: str },
  sourceType: { key: "sourcetype", shape: str },
  index: { key: "index", shape: str },
  disableCompression: { key: "disable_compression", shape: bool },
  maxContentLengthLogs: { key: "max_content_length_logs", shape: uint },
  maxContentLengthMetrics: { key: "max_content_length_metrics", shape: uint },
  maxContentLengthTraces: { key: "max_content_length_traces", shape: uint },
  maxEventSize: { key: "max_event_size", shape: uint },
  splunkAppName: { key: "splunk_app_name", shape: str },
  splunkAppVersion: { key: "splunk_app_version", shape: str },
  otelAttrsToHec: { key: "otel_attrs_to_hec_metadata", shape: hecAttrs("splunk.HecToOtelAttrs") },
  hecFields: {
    key: "otel_to_hec_fields",
    shape: struct("splunkhecexporter.OtelToHecFields", { severityText: { key: "severity_text", shape: str }, severityNumber: { key: "severity_number", shape: str } }),
  },
  healthPath: { key: "health_path", shape: str },
  healthCheckEnabled: { key: "health_check_enabled", shape: bool },
  exportRaw: { key: "export_raw", shape: bool },
  useMultiMetricFormat: { key: "use_multi_metric_format", shape: bool },
  heartbeat: { key: "heartbeat", shape: struct("splunkhecexporter.HecHeartbeat", { interval: { key: "interval", shape: duration }, startup: { key: "startup", shape: bool } }) },
  telemetry: {
    key: "telemetry",
    shape: struct("splunkhecexporter.HecTelemetry", {
      enabled: { key: "enabled", shape: bool },
      overrideMetricsNames: { key: "override_metrics_names", shape: map(str) },
      extraAttributes: { key: "extra_attributes", shape: map(str) },
    }),
  },
});

const defaultAttrs = () => ({ source: "com.splunk.source", sourceType: "com.splunk.sourcetype", index: "com.splunk.index", host: "host.name" });

export const splunkhecExporterConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "exporter",
  type: "splunk_hec",
  config,
  defaultConfig: () => ({
    client: {
      ...defaultHttpClient(),
      timeout: 10_000,
      idleConnTimeout: 10_000,
      maxIdleConns: 100,
      maxIdleConnsPerHost: 100,
      http2ReadIdleTimeout: 10_000,
      http2PingTimeout: 10_000,
    },
    queue: defaultQueue(),
    retry: defaultRetry(),
    batcher: { enabled: false, flushTimeout: 200, sizer: "items", minSize: 8192, maxSize: 0 },
    logDataEnabled: true,
    profilingDataEnabled: true,
    token: "",
    source: "",
    sourceType: "",
    index: "",
    disableCompression: false,
    maxContentLengthLogs: 2 * 1024 * 1024,
    maxContentLengthMetrics: 2 * 1024 * 1024,
    maxContentLengthTraces: 2 * 1024 * 1024,
    maxEventSize: 5 * 1024 * 1024,
    splunkAppName: "OpenTelemetry Collector Contrib",
    splunkAppVersion: "",
    otelAttrsToHec: defaultAttrs(),
    hecFields: { severityText: "otel.log.severity.text", severityNumber: "otel.log.severity.number" },
    healthPath: "/services/collector/health",
    healthCheckEnabled: false,
    exportRaw: false,
    useMultiMetricFormat: false,
    heartbeat: { interval: 0, startup: false },
    telemetry: { enabled: false, overrideMetricsNames: {}, extraAttributes: {} },
  }),
  inputName: "otelcol.exporter.splunkhec",
  convert(cfg, state) {
    const c = cfg.client;
    const b = cfg.batcher;
    const t = cfg.telemetry;
    const attrs = cfg.otelAttrsToHec;
    state.append(
      encodeBuilderComponent(splunkhecExporter, state.label(), {
        client: { endpoint: c.endpoint, ...reducedHttpClientValues(c) },
        sending_queue: queueValues(cfg.queue, state),
        retry_on_failure: retryValues(cfg.retry),
        splunk: {
          batcher: b.enabled ? { enabled: b.enabled, flush_timeout: new Duration(b.flushTimeout), min_size: b.minSize, max_size: b.maxSize, sizer: b.sizer } : undefined,
          log_data_enabled: cfg.logDataEnabled,
          profiling_data_enabled: cfg.profilingDataEnabled,
          // The Collector's opaque string prints redacted, and Alloy's converter copies that text.
          token: "[REDACTED]",
          source: cfg.source,
          sourcetype: cfg.sourceType,
          index: cfg.index,
          disable_compression: cfg.disableCompression,
          max_content_length_logs: cfg.maxContentLengthLogs,
          max_content_length_metrics: cfg.maxContentLengthMetrics,
          max_content_length_traces: cfg.maxContentLengthTraces,
          max_event_size: cfg.maxEventSize,
          splunk_app_name: cfg.splunkAppName,
          splunk_app_version: cfg.splunkAppVersion,
          otel_to_hec_fields: { severity_text: cfg.hecFields.severityText, severity_number: cfg.hecFields.severityNumber },
          health_path: cfg.healthPath,
          health_check_enabled: cfg.healthCheckEnabled,
          export_raw: cfg.exportRaw,
          use_multi_metric_format: cfg.useMultiMetricFormat,
          heartbeat: { interval: new Duration(cfg.heartbeat.interval), startup: cfg.heartbeat.startup },
          telemetry: { enabled: t.enabled, override_metrics_names: t.overrideMetricsNames, extra_attributes: t.extraAttributes },
        },
        otel_attrs_to_hec_metadata: { source: attrs.source, sourcetype: attrs.sourceType, index: attrs.index, host: attrs.host },
      }),
    );
  },
};
