// exporters: googlecloud → otelcol.exporter.googlecloud

import { encodeBuilderComponent } from "../../../components/builder.js";
import { googlecloudExporter } from "../../../components/otelcol/exporter/googlecloud.js";
import { Duration, type Value } from "../../../components/values.js";
import { bool, duration, int, list, pointer, str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";
import { defaultQueue, queueConfig, queueValues, timeoutConfig } from "../shared/settings.js";

// The Google exporter library's own client settings, squashed into each signal's section.
const clientFields = {
  endpoint: { key: "endpoint", shape: str },
  compression: { key: "compression", shape: str },
  useInsecure: { key: "use_insecure", shape: bool },
  grpcPoolSize: { key: "grpc_pool_size", shape: int },
};

const resourceFilter = struct("collector.ResourceFilter", { prefix: { key: "prefix", shape: str }, regex: { key: "regex", shape: str } });

const config = struct("googlecloudexporter.Config", {
  project: { key: "project", shape: str },
  userAgent: { key: "user_agent", shape: str },
  impersonate: {
    key: "impersonate",
    shape: struct("collector.ImpersonateConfig", {
      targetPrincipal: { key: "target_principal", shape: str },
      subject: { key: "subject", shape: str },
      delegates: { key: "delegates", shape: list(str) },
    }),
  },
  log: {
    key: "log",
    shape: struct("collector.LogConfig", {
      ...clientFields,
      defaultLogName: { key: "default_log_name", shape: str },
      resourceFilters: { key: "resource_filters", shape: list(resourceFilter) },
      serviceResourceLabels: { key: "service_resource_labels", shape: bool },
      errorReportingType: { key: "error_reporting_type", shape: bool },
    }),
  },
  metric: {
    key: "metric",
    shape: struct("collector.MetricConfig", {
      ...clientFields,
      wal: {
        key: "experimental_wal_config",
        shape: pointer(struct("collector.WALConfig", { directory: { key: "directory", shape: str }, maxBackoff: { key: "max_backoff", shape: duration } })),
      },
      prefix: { key: "prefix", shape: str },
      knownDomains: { key: "known_domains", shape: list(str) },
      resourceFilters: { key: "resource_filters", shape: list(resourceFilter) },
      createMetricDescriptorBufferSize: { key: "create_metric_descriptor_buffer_size", shape: int },
      instrumentationLibraryLabels: { key: "instrumentation_library_labels", shape: bool },
      serviceResourceLabels: { key: "service_resource_labels", shape: bool },
      skipCreateDescriptor: { key: "skip_create_descriptor", shape: bool },
      createServiceTimeseries: { key: "create_service_timeseries", shape: bool },
      cumulativeNormalization: { key: "cumulative_normalization", shape: bool },
      sumOfSquaredDeviation: { key: "sum_of_squared_deviation", shape: bool },
    }),
  },
  trace: {
    key: "trace",
    shape: struct("collector.TraceConfig", {
      ...clientFields,
      attributeMappings: {
        key: "attribute_mappings",
        shape: list(struct("collector.AttributeMapping", { key: { key: "key", shape: str }, replacement: { key: "replacement", shape: str } })),
      },
    }),
  },
  destinationProjectQuota: { key: "destination_project_quota", shape: bool },
  timeout: { shape: timeoutConfig },
  queue: { key: "sending_queue", shape: queueConfig },
});

type Config = Infer<typeof config>;
const zeroClient = () => ({ endpoint: "", compression: "", useInsecure: false, grpcPoolSize: 0 });

/** Alloy's converter maps the lists element by element, so an absent list becomes an empty one. */
function filters(list: { prefix: string; regex: string }[] | undefined): Value[] {
  return (list ?? []).map((f) => ({ prefix: f.prefix, regex: f.regex }));
}

export const googlecloudExporterConverter: OtelcolComponent<Config> = {
  kind: "exporter",
  type: "googlecloud",
  config,
  defaultConfig: () => ({
    project: "",
    userAgent: "opentelemetry-collector-contrib {{version}}",
    impersonate: { targetPrincipal: "", subject: "", delegates: undefined },
    log: { ...zeroClient(), defaultLogName: "", resourceFilters: undefined, serviceResourceLabels: true, errorReportingType: false },
    metric: {
      ...zeroClient(),
      wal: undefined,
      prefix: "workload.googleapis.com",
      knownDomains: ["googleapis.com", "kubernetes.io", "istio.io", "knative.dev"],
      resourceFilters: undefined,
      createMetricDescriptorBufferSize: 10,
      instrumentationLibraryLabels: true,
      serviceResourceLabels: true,
      skipCreateDescriptor: false,
      createServiceTimeseries: false,
      cumulativeNormalization: true,
      sumOfSquaredDeviation: false,
    },
    trace: { ...zeroClient(), attributeMappings: undefined },
    destinationProjectQuota: false,
    timeout: { timeout: 12_000 },
    queue: defaultQueue(),
  }),
  inputName: "otelcol.exporter.googlecloud",
  convert(cfg, state) {
    const { metric: m, trace: t, log: l, impersonate: i } = cfg;
    state.append(
      encodeBuilderComponent(googlecloudExporter, state.label(), {
        sending_queue: queueValues(cfg.queue, state),
        project: cfg.project,
        destination_project_quota: cfg.destinationProjectQuota,
        user_agent: cfg.userAgent,
        impersonate: { target_principal: i.targetPrincipal, subject: i.subject, delegates: i.delegates },
        metric: {
          prefix: m.prefix,
          endpoint: m.endpoint,
          compression: m.compression,
          grpc_pool_size: m.grpcPoolSize,
          use_insecure: m.useInsecure,
          known_domains: m.knownDomains,
          skip_create_descriptor: m.skipCreateDescriptor,
          instrumentation_library_labels: m.instrumentationLibraryLabels,
          create_service_timeseries: m.createServiceTimeseries,
          create_metric_descriptor_buffer_size: m.createMetricDescriptorBufferSize,
          service_resource_labels: m.serviceResourceLabels,
          resource_filters: filters(m.resourceFilters),
          cumulative_normalization: m.cumulativeNormalization,
          sum_of_squared_deviation: m.sumOfSquaredDeviation,
          experimental_wal: m.wal && { directory: m.wal.directory, max_backoff: new Duration(m.wal.maxBackoff) },
        },
        trace: {
          endpoint: t.endpoint,
          grpc_pool_size: t.grpcPoolSize,
          use_insecure: t.useInsecure,
          attribute_mappings: (t.attributeMappings ?? []).map((a) => ({ key: a.key, replacement: a.replacement })),
        },
        log: {
          endpoint: l.endpoint,
          compression: l.compression,
          grpc_pool_size: l.grpcPoolSize,
          use_insecure: l.useInsecure,
          default_log_name: l.defaultLogName,
          resource_filters: filters(l.resourceFilters),
          service_resource_labels: l.serviceResourceLabels,
          error_reporting_type: l.errorReportingType,
        },
      }),
    );
  },
};
