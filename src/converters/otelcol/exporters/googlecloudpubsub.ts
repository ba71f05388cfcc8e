// exporters: googlecloudpubsub → otelcol.exporter.googlecloudpubsub

import { encodeBuilderComponent } from "../../../components/builder.js";
import { googlecloudpubsubExporter } from "../../../components/otelcol/exporter/googlecloudpubsub.js";
import { Duration } from "../../../components/values.js";
import { bool, duration, map, str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../component.js";
import { queueConfig, queueValues, retryConfig, retryValues, timeoutConfig } from "../shared/settings.js";

/** Per-signal message attributes and encoding extension: read, but Alloy has no arguments for them. */
const signalConfig = struct("googlecloudpubsubexporter.SignalConfig", {
  attributes: { key: "attributes", shape: map(str) },
  encoding: { key: "encoding", shape: { ...str, goType: "component.ID" } },
});

const config = struct("googlecloudpubsubexporter.Config", {
  timeout: { shape: timeoutConfig },
  queue: { key: "sending_queue", shape: queueConfig },
  retry: { key: "retry_on_failure", shape: retryConfig },
  project: { key: "project", shape: str },
  userAgent: { key: "user_agent", shape: str },
  endpoint: { key: "endpoint", shape: str },
  insecure: { key: "insecure", shape: bool },
  universeDomain: { key: "universe_domain", shape: str },
  topic: { key: "topic", shape: str },
  compression: { key: "compression", shape: str },
  watermark: {
    key: "watermark",
    shape: struct("googlecloudpubsubexporter.WatermarkConfig", { behavior: { key: "behavior", shape: str }, allowedDrift: { key: "allowed_drift", shape: duration } }),
  },
  ordering: {
    key: "ordering",
    shape: struct("googlecloudpubsubexporter.OrderingConfig", {
      enabled: { key: "enabled", shape: bool },
      fromResourceAttribute: { key: "from_resource_attribute", shape: str },
      removeResourceAttribute: { key: "remove_resource_attribute", shape: bool },
    }),
  },
  logs: { key: "logs", shape: signalConfig },
  metrics: { key: "metrics", shape: signalConfig },
  traces: { key: "traces", shape: signalConfig },
});

export const googlecloudpubsubExporterConverter: OtelcolComponent<Infer<typeof config>> = {
  kind: "exporter",
  type: "googlecloudpubsub",
  config,
  // The factory leaves the queue and retry settings at their zero values.
  defaultConfig: () => ({
    ...config.zero(),
    timeout: { timeout: 12_000 },
    userAgent: "opentelemetry-collector-contrib {{version}}",
    watermark: { behavior: "current", allowedDrift: 0 },
  }),
  inputName: "otelcol.exporter.googlecloudpubsub",
  convert(cfg, state) {
    const w = cfg.watermark;
    const o = cfg.ordering;
    state.append(
      encodeBuilderComponent(googlecloudpubsubExporter, state.label(), {
        sending_queue: queueValues(cfg.queue, state),
        retry_on_failure: retryValues(cfg.retry),
        project: cfg.project,
        user_agent: cfg.userAgent,
        topic: cfg.topic,
        compression: cfg.compression,
        watermark: { behavior: w.behavior, allowed_drift: new Duration(w.allowedDrift) },
        endpoint: cfg.endpoint,
        universe_domain: cfg.universeDomain,
        insecure: cfg.insecure,
        ordering: { enabled: o.enabled, from_resource_attribute: o.fromResourceAttribute, remove_resource_attribute: o.removeResourceAttribute },
        timeout: new Duration(cfg.timeout.timeout),
      }),
    );
  },
};
