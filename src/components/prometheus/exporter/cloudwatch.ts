// prometheus.exporter.cloudwatch (component/prometheus/exporter/cloudwatch Arguments), Go
// field order and SetToDefault. A job's regions and roles are a squashed struct, so they
// come first in its block; `nil_to_zero` is a *bool ("expr": only nil is left out).

import { arg, blockOf, blocksOf, requiredArg, type ComponentSchema, type Schema } from "../../schema.js";
import { Duration } from "../../values.js";

const roleBlocks = blocksOf("role", [requiredArg("role_arn", "string"), arg("external_id", "string")]);

const metricBlocks = blocksOf("metric", [
  requiredArg("name", "string"),
  requiredArg("statistics", "list"),
  requiredArg("period", "duration"),
  arg("length", "duration"),
  arg("nil_to_zero", "expr"),
]);

const discoveryJobFields: Schema = [
  requiredArg("regions", "list"),
  roleBlocks,
  arg("custom_tags", "map"),
  arg("search_tags", "map"),
  requiredArg("type", "string"),
  arg("dimension_name_requirements", "list"),
  metricBlocks,
  arg("nil_to_zero", "expr"),
  arg("recently_active_only", "bool"),
];

const staticJobFields: Schema = [
  requiredArg("regions", "list"),
  roleBlocks,
  arg("custom_tags", "map"),
  requiredArg("namespace", "string"),
  requiredArg("dimensions", "map"),
  metricBlocks,
  arg("nil_to_zero", "expr"),
];

const customNamespaceFields: Schema = [
  requiredArg("regions", "list"),
  roleBlocks,
  arg("custom_tags", "map"),
  arg("dimension_name_requirements", "list"),
  requiredArg("namespace", "string"),
  arg("recently_active_only", "bool"),
  metricBlocks,
  arg("nil_to_zero", "expr"),
];

export const cloudwatchExporter: ComponentSchema = {
  name: "prometheus.exporter.cloudwatch",
  fields: [
    requiredArg("sts_region", "string"),
    arg("fips_disabled", "bool", true),
    arg("debug", "bool"),
    arg("discovery_exported_tags", "map"),
    blocksOf("discovery", discoveryJobFields),
    blocksOf("static", staticJobFields, { label: "name" }),
    blocksOf("custom_namespace", customNamespaceFields, { label: "name" }),
    // A value struct whose defaults the parent sets: its own fields compare with zero.
    blockOf("decoupled_scraping", [arg("enabled", "bool"), arg("scrape_interval", "duration")], {
      omitWhenEmpty: true,
      defaultValue: { enabled: false, scrape_interval: new Duration(300_000) },
    }),
  ],
};
