// What Alloy's static converter changes in the Agent's Collector config before converting
// it (builder_traces.go): the Agent's internal components go, automatic_logging becomes a
// debug exporter on every pipeline, and the span metrics processor with its metrics
// pipeline becomes the spanmetrics connector feeding a metrics pipeline per traces pipeline.

import { locationOf } from "../../yaml/types.js";
import type { Diagnostics } from "../../../diagnostics.js";
import type { ConfMap } from "../../confmap/tree.js";
import type { ComponentId, Signal } from "../../otelcol/component.js";
import type { CollectorConfig, PipelineConfig } from "../../otelcol/config.js";
import { componentsOf } from "../../otelcol/registry.js";
import { toConf } from "./agent-otel.js";
import { configured } from "./collector-config.js";
import type { InstanceConfig, SpanMetricsConfig } from "./source.js";

type Part = keyof PipelineConfig;
const TABLES = { receivers: "receivers", processors: "processors", exporters: "exporters" } as const;

/** Drops the unnamed component of a type, and its uses in the pipelines of one signal. */
function remove(cfg: CollectorConfig, part: Part, signal: Signal, type: string): void {
  const table = cfg[TABLES[part]];
  if (!table.has(type)) return;
  table.delete(type);
  for (const p of cfg.service.pipelines) {
    if (p.signal !== signal) continue;
    p.config = { ...p.config, [part]: p.config[part].filter((id) => id.type !== type) };
  }
}

function removePipeline(cfg: CollectorConfig, signal: Signal, name: string): void {
  cfg.service.pipelines = cfg.service.pipelines.filter((p) => !(p.signal === signal && p.name === name));
}

const id = (type: string, name = ""): ComponentId => ({ type, name });

/** The edits, in Alloy's order, with Alloy's diagnostics for what has no equivalent. */
export function editForAlloy(cfg: CollectorConfig, inst: InstanceConfig, diags: Diagnostics): void {
  // The push receiver only serves integrations inside the Agent.
  remove(cfg, "receivers", "traces", "push_receiver");

  if (cfg.processors.has("service_graphs")) {
    remove(cfg, "processors", "traces", "service_graphs");
    diags.error(
      "The service_graphs processor for traces has no direct Alloy equivalent. " +
        "This configuration appends metrics to the /metrics endpoint of the agent which is not possible in Alloy. " +
        "Alternatively, you can use the otelcol.connector.servicegraph component to build a pipeline which generates " +
        "and forwards service graph metrics.",
      locationOf(inst, "service_graphs"),
    );
  }

  translateAutomaticLogging(cfg, inst, diags);
  translateSpanMetrics(cfg, inst, diags);
}

function translateAutomaticLogging(cfg: CollectorConfig, inst: InstanceConfig, diags: Diagnostics): void {
  if (!cfg.processors.has("automatic_logging")) return;
  if (inst.automatic_logging?.backend === "stdout") {
    diags.warning(
      "automatic_logging for traces has no direct Alloy equivalent. " +
        "A best effort translation has been made to otelcol.exporter.debug but the behavior will differ.",
      locationOf(inst, "automatic_logging"),
    );
  } else {
    diags.error(
      "automatic_logging for traces has no direct Alloy equivalent. " +
        "A best effort translation can be made which only outputs to stdout and not directly to loki by bypassing errors.",
      locationOf(inst, "automatic_logging"),
    );
  }
  // A `logging` exporter with the debug exporter's defaults, at the end of every pipeline.
  const debug = componentsOf("exporter").get("debug")!;
  cfg.exporters.set("logging", configured(id("logging"), debug, null));
  for (const p of cfg.service.pipelines) p.config = { ...p.config, exporters: [...p.config.exporters, id("logging")] };
  remove(cfg, "processors", "traces", "automatic_logging");
}

function translateSpanMetrics(cfg: CollectorConfig, inst: InstanceConfig, diags: Diagnostics): void {
  if (!cfg.processors.has("spanmetrics")) return;
  remove(cfg, "processors", "traces", "spanmetrics");
  remove(cfg, "receivers", "metrics", "noop");
  remove(cfg, "exporters", "metrics", "prometheus");
  removePipeline(cfg, "metrics", "spanmetrics");

  const spanMetrics = inst.spanmetrics!;
  // Checked after the removals so that the rest of the config still converts.
  if (spanMetrics.handler_endpoint) {
    diags.error(
      "Cannot convert using configuration including spanmetrics handler_endpoint. " +
        "No equivalent exists for exposing a known /metrics endpoint. You can use metrics_instance instead to enabled conversion.",
      locationOf(spanMetrics, "handler_endpoint"),
    );
    return;
  }

  const connector = componentsOf("connector").get("spanmetrics")!;
  cfg.connectors.set("spanmetrics", configured(id("spanmetrics"), connector, spanmetricsConnectorMap(spanMetrics)));

  // Each traces pipeline also exports to the connector, which feeds a metrics pipeline of
  // the same name that writes to the remote_write exporter.
  for (const p of [...cfg.service.pipelines]) {
    if (p.signal !== "traces") continue;
    p.config = { ...p.config, exporters: [...p.config.exporters, id("spanmetrics")] };
    removePipeline(cfg, "metrics", p.name);
    cfg.service.pipelines.push({ signal: "metrics", name: p.name, config: { receivers: [id("spanmetrics")], processors: [], exporters: [id("remote_write")] } });
  }
}

/** The spanmetrics connector's settings that the Agent's span metrics config sets over its defaults. */
function spanmetricsConnectorMap(sm: SpanMetricsConfig): ConfMap {
  const out: ConfMap = {};
  if (sm.dimensions && sm.dimensions.length > 0) {
    out.dimensions = sm.dimensions.map((d): ConfMap => (d.default === undefined ? { name: d.name ?? "" } : { name: d.name ?? "", default: d.default }));
  }
  if (sm.dimensions_cache_size) out.dimensions_cache_size = sm.dimensions_cache_size;
  if (sm.aggregation_temporality) out.aggregation_temporality = sm.aggregation_temporality;
  if (sm.latency_histogram_buckets && sm.latency_histogram_buckets.length > 0) {
    out.histogram = { explicit: { buckets: toConf(sm.latency_histogram_buckets) } };
  }
  if (sm.metrics_flush_interval?.ms) out.metrics_flush_interval = toConf(sm.metrics_flush_interval);
  if (sm.namespace) out.namespace = sm.namespace;
  return out;
}
