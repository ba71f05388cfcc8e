// The Agent's remote_write exporter (traces/remotewriteexporter), which writes span metrics
// to a metrics instance, → otelcol.exporter.prometheus forwarding to that instance's
// prometheus.remote_write, through a prometheus.relabel that adds the const labels.

import { encodeBuilderComponent } from "../../../components/builder.js";
import { sanitizeIdentifier } from "../../../components/labels.js";
import { prometheusExporter } from "../../../components/otelcol/exporter/prometheus.js";
import { prometheusRelabel } from "../../../components/prometheus/relabel.js";
import { encodeComponent } from "../../../components/schema.js";
import { Duration, Raw } from "../../../components/values.js";
import { array, sortedKeys, traversal } from "../../../emit/build.js";
import { duration, map, str, struct, type Infer } from "../../confmap/decode.js";
import type { OtelcolComponent } from "../../otelcol/component.js";
import { relabelRuleValues } from "../../shared/relabel.js";

const config = struct("remotewriteexporter.Config", {
  constLabels: { key: "const_labels", shape: map(str) },
  namespace: { key: "namespace", shape: str },
  promInstance: { key: "metrics_instance", shape: str },
  staleTime: { key: "stale_time", shape: duration },
  loopInterval: { key: "loop_interval", shape: duration },
});
type Config = Infer<typeof config>;

/** A relabel rule that sets one label to a constant, the other fields at their defaults. */
function constLabelRule(name: string, value: string) {
  return relabelRuleValues({ separator: ";", regex: "(.*)", modulus: 0, target_label: name, replacement: value, action: "replace" });
}

export const remoteWriteExporterConverter: OtelcolComponent<Config> = {
  kind: "exporter",
  type: "remote_write",
  config,
  defaultConfig: () => config.zero(),
  inputName: "otelcol.exporter.prometheus",
  convert(cfg, state) {
    const label = state.label();
    // The metrics instance's remote_write, as the static converter labels it.
    // Named as the metrics instance's remote_write is labelled (an identifier, whatever the name).
    let forwardTo = `prometheus.remote_write.${sanitizeIdentifier(`metrics_${cfg.promInstance}`)}.receiver`;
    const constLabels = cfg.constLabels ?? {};
    if (Object.keys(constLabels).length > 0) {
      state.append(
        encodeComponent(prometheusRelabel, label, {
          forward_to: new Raw(array([traversal(forwardTo)])),
          rule: sortedKeys(constLabels).map((k) => constLabelRule(k, constLabels[k])),
          max_cache_size: 100_000,
        }),
      );
      forwardTo = `prometheus.relabel.${label}.receiver`;
    }
    state.append(
      encodeBuilderComponent(prometheusExporter, label, {
        include_target_info: true,
        include_scope_info: false,
        include_scope_labels: true,
        gc_frequency: new Duration(cfg.staleTime),
        forward_to: new Raw(array([traversal(forwardTo)])),
        add_metric_suffixes: true,
        resource_to_telemetry_conversion: false,
      }),
    );
  },
};
