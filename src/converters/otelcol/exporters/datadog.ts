// exporters: datadog → otelcol.exporter.datadog

import { encodeBuilderComponent } from "../../../components/builder.js";
import { datadogExporter } from "../../../components/otelcol/exporter/datadog.js";
import { Duration } from "../../../components/values.js";
import { goQuote } from "../../shared/go-format.js";
import { bool, duration, enumString, int, integer, list, map, pointer, str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";
import { datadogApiConfig } from "../shared/datadog.js";
import { defaultHttpClient, defaultQueue, defaultRetry, httpClientConfig, queueConfig, queueValues, reducedHttpClientValues, retryConfig, retryValues } from "../shared/settings.js";

/** The TextUnmarshaler modes of pkg/datadog/config, with their error texts. */
const mode = (goType: string, allowed: string[], what: string) => enumString(goType, allowed, (v) => `invalid ${what} ${goQuote(v)}`);

// Endpoints are pointers here only to tell "set" from "unset": the Collector derives unset ones from the site.
const endpoint = { key: "endpoint", shape: pointer(str) };
// confignet.TCPAddrConfig's dialer, squashed beside each endpoint; Alloy has no argument for it.
const dialer = { key: "dialer", shape: struct("confignet.DialerConfig", { timeout: { key: "timeout", shape: duration } }) };

const config = struct("config.Config", {
  client: { shape: httpClientConfig },
  queue: { key: "sending_queue", shape: queueConfig },
  retry: { key: "retry_on_failure", shape: retryConfig },
  hostname: { key: "hostname", shape: str },
  api: { key: "api", shape: datadogApiConfig },
  metrics: {
    key: "metrics",
    shape: struct("config.MetricsConfig", {
      deltaTtl: { key: "delta_ttl", shape: integer("int64") },
      endpoint,
      dialer,
      exporter: {
        shape: struct("config.MetricsExporterConfig", {
          resourceAttributesAsTags: { key: "resource_attributes_as_tags", shape: bool },
          instrumentationScopeMetadataAsTags: { key: "instrumentation_scope_metadata_as_tags", shape: bool },
        }),
      },
      histograms: {
        key: "histograms",
        shape: struct("config.HistogramConfig", {
          mode: { key: "mode", shape: mode("config.HistogramMode", ["counters", "distributions", "nobuckets"], "histogram mode") },
          sendCountSum: { key: "send_count_sum_metrics", shape: bool },
          sendAggregations: { key: "send_aggregation_metrics", shape: bool },
        }),
      },
      sums: {
        key: "sums",
        shape: struct("config.SumConfig", {
          cumulativeMonotonicMode: {
            key: "cumulative_monotonic_mode",
            shape: mode("config.CumulativeMonotonicSumMode", ["to_delta", "raw_value"], "cumulative monotonic sum mode"),
          },
          initialCumulativeMonotonicMode: {
            key: "initial_cumulative_monotonic_value",
            shape: mode("config.InitialValueMode", ["auto", "drop", "keep"], "initial value mode"),
          },
        }),
      },
      summaries: {
        key: "summaries",
        shape: struct("config.SummaryConfig", { mode: { key: "mode", shape: mode("config.SummaryMode", ["noquantiles", "gauges"], "summary mode") } }),
      },
    }),
  },
  traces: {
    key: "traces",
    shape: struct("config.TracesExporterConfig", {
      endpoint,
      dialer,
      ignoreResources: { key: "ignore_resources", shape: list(str) },
      spanNameRemappings: { key: "span_name_remappings", shape: map(str) },
      spanNameAsResourceName: { key: "span_name_as_resource_name", shape: bool },
      computeStatsBySpanKind: { key: "compute_stats_by_span_kind", shape: bool },
      computeTopLevelBySpanKind: { key: "compute_top_level_by_span_kind", shape: bool },
      peerServiceAggregation: { key: "peer_service_aggregation", shape: bool },
      peerTagsAggregation: { key: "peer_tags_aggregation", shape: bool },
      peerTags: { key: "peer_tags", shape: list(str) },
      traceBuffer: { key: "trace_buffer", shape: int },
    }),
  },
  logs: {
    key: "logs",
    shape: struct("config.LogsConfig", {
      endpoint,
      dialer,
      useCompression: { key: "use_compression", shape: bool },
      compressionLevel: { key: "compression_level", shape: int },
      batchWait: { key: "batch_wait", shape: int },
    }),
  },
  hostMetadata: {
    key: "host_metadata",
    shape: struct("config.HostMetadataConfig", {
      enabled: { key: "enabled", shape: bool },
      hostnameSource: { key: "hostname_source", shape: mode("config.HostnameSource", ["first_resource", "config_or_system"], "host metadata hostname source") },
      tags: { key: "tags", shape: list(str) },
      reporterPeriod: { key: "reporter_period", shape: duration },
    }),
  },
  // Read only (its factory defaults unchecked, as nothing reads them): Alloy has no orchestrator explorer settings.
  orchestratorExplorer: {
    key: "orchestrator_explorer",
    shape: struct("config.OrchestratorExplorerConfig", { enabled: { key: "enabled", shape: bool }, endpoint: { key: "endpoint", shape: str }, dialer }),
  },
  onlyMetadata: { key: "only_metadata", shape: bool },
  hostnameDetectionTimeout: { key: "hostname_detection_timeout", shape: duration },
});

export const datadogExporterConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "exporter",
  type: "datadog",
  config,
  defaultConfig: () => ({
    client: { ...defaultHttpClient(), timeout: 15_000 },
    queue: defaultQueue(),
    retry: defaultRetry(),
    hostname: "",
    api: { key: "", site: "datadoghq.com", failOnInvalidKey: false },
    metrics: {
      deltaTtl: 3600,
      endpoint: undefined,
      dialer: { timeout: 0 },
      exporter: { resourceAttributesAsTags: false, instrumentationScopeMetadataAsTags: false },
      histograms: { mode: "distributions", sendCountSum: false, sendAggregations: false },
      sums: { cumulativeMonotonicMode: "to_delta", initialCumulativeMonotonicMode: "auto" },
      summaries: { mode: "gauges" },
    },
    traces: {
      endpoint: undefined,
      dialer: { timeout: 0 },
      ignoreResources: [],
      spanNameRemappings: undefined,
      spanNameAsResourceName: false,
      computeStatsBySpanKind: true,
      computeTopLevelBySpanKind: false,
      peerServiceAggregation: true,
      peerTagsAggregation: true,
      peerTags: undefined,
      traceBuffer: 0,
    },
    logs: { endpoint: undefined, dialer: { timeout: 0 }, useCompression: true, compressionLevel: 6, batchWait: 5 },
    hostMetadata: { enabled: true, hostnameSource: "config_or_system", tags: undefined, reporterPeriod: 30 * 60_000 },
    orchestratorExplorer: { enabled: false, endpoint: "", dialer: { timeout: 0 } },
    onlyMetadata: false,
    hostnameDetectionTimeout: 25_000,
  }),
  inputName: "otelcol.exporter.datadog",
  convert(cfg, state) {
    const { client: c, api, metrics: m, traces: t, logs: l, hostMetadata: h } = cfg;
    // The Collector fills in each endpoint not set in the YAML from the site.
    const site = api.site;
    state.append(
      encodeBuilderComponent(datadogExporter, state.label(), {
        client: reducedHttpClientValues(c),
        sending_queue: queueValues(cfg.queue, state),
        retry_on_failure: retryValues(cfg.retry),
        // The API key arrives trimmed, as the Collector's unmarshaling leaves it.
        api: { api_key: api.key.trim(), site, fail_on_invalid_key: api.failOnInvalidKey },
        traces: {
          endpoint: t.endpoint ?? `https://trace.agent.${site}`,
          ignore_resources: t.ignoreResources,
          span_name_remappings: t.spanNameRemappings,
          span_name_as_resource_name: t.spanNameAsResourceName,
          compute_stats_by_span_kind: t.computeStatsBySpanKind,
          compute_top_level_by_span_kind: t.computeTopLevelBySpanKind,
          peer_tags_aggregation: t.peerTagsAggregation,
          peer_tags: t.peerTags,
          trace_buffer: t.traceBuffer,
        },
        metrics: {
          delta_ttl: m.deltaTtl,
          endpoint: m.endpoint ?? `https://api.${site}`,
          exporter: {
            resource_attributes_as_tags: m.exporter.resourceAttributesAsTags,
            instrumentation_scope_metadata_as_tags: m.exporter.instrumentationScopeMetadataAsTags,
          },
          histograms: { mode: m.histograms.mode, send_aggregation_metrics: m.histograms.sendAggregations },
          sums: { cumulative_monotonic_mode: m.sums.cumulativeMonotonicMode, initial_cumulative_monotonic_value: m.sums.initialCumulativeMonotonicMode },
          summaries: { mode: m.summaries.mode },
        },
        logs: { endpoint: l.endpoint ?? `https://http-intake.logs.${site}`, use_compression: l.useCompression, compression_level: l.compressionLevel, batch_wait: l.batchWait },
        host_metadata: { enabled: h.enabled, hostname_source: h.hostnameSource, tags: h.tags },
        hostname_detection_timeout: new Duration(cfg.hostnameDetectionTimeout),
        only_metadata: cfg.onlyMetadata,
        hostname: cfg.hostname,
      }),
    );
  },
};
