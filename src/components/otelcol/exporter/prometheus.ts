// otelcol.exporter.prometheus (component/otelcol/exporter/prometheus).

import { arg, requiredArg, type ComponentSchema } from "../../schema.js";
import { Duration } from "../../values.js";

export const prometheusExporter: ComponentSchema = {
  name: "otelcol.exporter.prometheus",
  fields: [
    arg("include_target_info", "bool", true),
    arg("include_scope_info", "bool", false),
    arg("include_scope_labels", "bool", true),
    arg("gc_frequency", "duration", new Duration(5 * 60_000)),
    requiredArg("forward_to", "expr"),
    arg("add_metric_suffixes", "bool", true),
    arg("resource_to_telemetry_conversion", "bool", false),
  ],
};
